use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::Value;

use super::kind::{Kind, Timing};
use crate::api::models::CheckDefinition;
use crate::cli::values::{self, Id, NewName, OtherId, PositiveDuration, ServiceId};
use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, Result};
use crate::input;

#[derive(Debug, Args)]
#[command(
    group = clap::ArgGroup::new("kind").multiple(false),
    after_help = "Give exactly one kind: --ttl, --http, --tcp, --grpc, --h2ping, a script (-- CMD ARGS..., \
--args or --script), --docker-container-id with a script, or --alias-service; or the whole check as \
JSON with --file.\n\
A script check's command goes last, after `--`, as in `check run`. --args CMD ARGS... takes every \
word after it, flags included: put it last or end it with ';'. A word it took that is one of this \
command's own flags, not otherwise given, is refused rather than sent as the script's.\n\n\
Examples:\n  consulctl check register backup --ttl 26h --notes 'nightly backup'\n  \
consulctl check register web-health --http http://127.0.0.1:8080/health \\\n      --interval 10s --timeout 2s\n  \
consulctl check register disk --interval 1m \\\n      -- /usr/lib/nagios/plugins/check_disk -w 10%"
)]
pub struct RegisterArgs {
    /// Name of the check (also its ID unless --id is given)
    #[arg(value_name = "NAME", required_unless_present = "file")]
    name: Option<Id<NewName>>,

    /// Check ID [default: NAME]
    #[arg(long, value_name = "ID")]
    id: Option<Id<NewName>>,

    /// Attach the check to this service (registered on the same agent)
    #[arg(long, value_name = "SID")]
    service_id: Option<Id<ServiceId>>,

    /// Free text for humans, shown with the check
    #[arg(long, value_name = "TEXT")]
    notes: Option<String>,

    /// Initial status [Consul's default: critical]
    #[arg(long, value_name = "STATUS", value_parser = ["passing", "warning", "critical"])]
    status: Option<String>,

    /// TTL check: critical unless told pass/warn within this long (e.g. 30s, 26h)
    #[arg(
        long,
        group = "kind",
        value_name = "DURATION",
        allow_hyphen_values = true
    )]
    ttl: Option<PositiveDuration>,

    /// HTTP check: GET this URL; 2xx passes, 429 warns, anything else fails
    #[arg(long, group = "kind", value_name = "URL", value_parser = values::http_url)]
    http: Option<String>,

    /// HTTP method for --http [default: GET]
    #[arg(long, value_name = "METHOD", value_parser = values::http_method)]
    method: Option<String>,

    /// Header for --http, repeatable: 'Name: value'
    #[arg(long = "header", value_name = "'K: V'", value_parser = values::header)]
    headers: Vec<(String, String)>,

    /// Request body for --http
    #[arg(long, value_name = "TEXT")]
    body: Option<String>,

    /// Do not verify the certificate of an https --http URL or a TLS --grpc target
    #[arg(long)]
    tls_skip_verify: bool,

    /// TCP check: connect to HOST:PORT
    #[arg(long, group = "kind", value_name = "HOST:PORT", value_parser = values::host_port)]
    tcp: Option<String>,

    /// gRPC health check: HOST:PORT[/service]
    #[arg(long, group = "kind", value_name = "HOST:PORT", value_parser = values::grpc_target)]
    grpc: Option<String>,

    /// Use TLS for --grpc
    #[arg(long)]
    grpc_use_tls: bool,

    /// HTTP/2 ping check of HOST:PORT, over TLS (needs Consul 1.10 or newer)
    #[arg(long, group = "kind", value_name = "HOST:PORT", value_parser = values::host_port)]
    h2ping: Option<String>,

    /// Name to expect on the certificate of an https --http URL or a TLS --grpc target, for the
    /// agent's check (needs Consul 1.10 or newer; --tls-server-name is consulctl's own)
    #[arg(long, value_name = "NAME")]
    check_tls_server_name: Option<String>,

    /// Script check: the command and its arguments, run by the agent (exit 0 passes, 1 warns)
    #[arg(
        long,
        group = "kind",
        value_name = "CMD",
        num_args = 1..,
        allow_hyphen_values = true,
        value_terminator = ";"
    )]
    args: Option<Vec<String>>,

    /// Script check: the command and its arguments, after `--`
    #[arg(value_name = "CMD", last = true, group = "kind")]
    command: Vec<String>,

    /// Script check from a shell line (the legacy Script field): sent as Args ["/bin/sh", "-c", LINE]
    #[arg(long, group = "kind", value_name = "LINE")]
    script: Option<String>,

    /// Docker check: run --args inside this container
    #[arg(long, value_name = "ID")]
    docker_container_id: Option<Id<OtherId>>,

    /// Alias check: mirror the health of this service
    #[arg(long, group = "kind", value_name = "SID")]
    alias_service: Option<Id<ServiceId>>,

    /// How often to run the check (HTTP, TCP, gRPC, script, Docker)
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    interval: Option<PositiveDuration>,

    /// How long one run may take
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    timeout: Option<PositiveDuration>,

    /// Deregister the check's service after it has been critical this long
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    deregister_critical_after: Option<PositiveDuration>,

    /// Consecutive passes needed before the status turns passing
    #[arg(long, value_name = "N")]
    success_before_passing: Option<u32>,

    /// Consecutive failures needed before the status turns critical
    #[arg(long, value_name = "N")]
    failures_before_critical: Option<u32>,

    /// Register the check written as JSON in FILE (- for stdin): Consul's API shape
    /// ({"Name": ...}) or an agent config file's ({"check": {"name": ...}}); HCL when FILE ends
    /// in .hcl
    #[arg(
        long,
        value_name = "FILE",
        conflicts_with_all = [
            "name", "id", "service_id", "notes", "status", "ttl", "http", "tcp", "grpc", "args", "command",
            "script", "alias_service", "method", "headers", "body", "grpc_use_tls",
            "docker_container_id", "interval", "timeout", "deregister_critical_after",
            "success_before_passing", "failures_before_critical", "tls_skip_verify", "h2ping",
            "check_tls_server_name",
        ]
    )]
    file: Option<PathBuf>,
}

impl RegisterArgs {
    /// The script's words, from `-- CMD ARGS...` or `--args`.
    fn script_words(&self) -> Option<&Vec<String>> {
        self.args
            .as_ref()
            .or((!self.command.is_empty()).then_some(&self.command))
    }

    fn kind(&self) -> Result<Kind> {
        if self.tls_skip_verify
            && self.http.is_none()
            && self.grpc.is_none()
            && self.h2ping.is_none()
        {
            return Err(Error::usage(
                "--tls-skip-verify applies to --http, --grpc and --h2ping checks only",
            ));
        }
        if let (Some(name), None, None) = (&self.check_tls_server_name, &self.http, &self.grpc) {
            return Err(Error::usage(format!(
                "--check-tls-server-name {name:?} applies to --http and --grpc checks only"
            )));
        }
        // Checked here rather than with clap's `requires`: clap lets a requirement go when the
        // required flag conflicts with one given (--method with --ttl), and the option would be
        // dropped without a word.
        if self.http.is_none() {
            let header = self.headers.first().map(|(k, v)| format!("{k}: {v}"));
            let http_only = [
                ("--method", self.method.as_deref()),
                ("--header", header.as_deref()),
                ("--body", self.body.as_deref()),
            ];
            if let Some((flag, value)) = crate::commands::first_given(&http_only) {
                return Err(Error::usage(format!(
                    "{flag} {value:?} applies to --http checks only"
                )));
            }
        }
        if self.grpc_use_tls && self.grpc.is_none() {
            return Err(Error::usage("--grpc-use-tls applies to --grpc checks only"));
        }
        if let (Some(container), None) = (&self.docker_container_id, self.script_words()) {
            return Err(Error::usage(format!(
                "--docker-container-id {container:?} needs the command to run in the container: give it after -- (or with --args)"
            )));
        }
        let kind = if let Some(ttl) = &self.ttl {
            Kind::Ttl(ttl.text.clone())
        } else if let Some(url) = &self.http {
            Kind::Http {
                url: url.clone(),
                method: self.method.clone(),
                headers: self.headers.clone(),
                body: self.body.clone(),
                tls_skip_verify: self.tls_skip_verify,
                tls_server_name: self.check_tls_server_name.clone(),
            }
        } else if let Some(address) = &self.tcp {
            Kind::Tcp(address.clone())
        } else if let Some(target) = &self.grpc {
            Kind::Grpc {
                target: target.clone(),
                use_tls: self.grpc_use_tls,
                tls_skip_verify: self.tls_skip_verify,
                tls_server_name: self.check_tls_server_name.clone(),
            }
        } else if let Some(target) = &self.h2ping {
            Kind::H2ping {
                target: target.clone(),
                tls_skip_verify: self.tls_skip_verify,
            }
        } else if let Some(args) = self.script_words() {
            if args.iter().all(|a| a.trim().is_empty()) {
                return Err(Error::usage(
                    "a script check needs a command to run: give it after -- (or with --args)",
                ));
            }
            match &self.docker_container_id {
                Some(container) => Kind::Docker {
                    container: container.to_string(),
                    args: args.clone(),
                },
                None => Kind::Script(args.clone()),
            }
        } else if let Some(line) = &self.script {
            Kind::Script(vec!["/bin/sh".into(), "-c".into(), line.clone()])
        } else if let Some(service) = &self.alias_service {
            Kind::Alias(service.to_string())
        } else {
            return Err(Error::usage(
                "no kind of check given: add one of --ttl, --http, --tcp, --grpc, --h2ping, --alias-service, --script, --args or a command after -- (or give --file)",
            ));
        };
        Ok(kind)
    }

    fn definition(&self) -> Result<CheckDefinition> {
        let name = self
            .name
            .clone()
            .expect("clap requires NAME without --file");
        let mut def = CheckDefinition {
            name: Some(name.into()),
            check_id: self.id.clone().map(String::from),
            service_id: self.service_id.clone().map(String::from),
            notes: self.notes.clone(),
            status: self.status.clone(),
            success_before_passing: self.success_before_passing,
            failures_before_critical: self.failures_before_critical,
            ..Default::default()
        };
        let timing = Timing {
            interval: self.interval.clone().map(String::from),
            timeout: self.timeout.clone().map(String::from),
            deregister_critical_after: self.deregister_critical_after.clone().map(String::from),
        };
        self.kind()?.apply(timing, "--", &mut def)?;
        Ok(def)
    }
}

impl Leaf for RegisterArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let body: Value = match &self.file {
            Some(path) => Value::Object(check_file(path)?),
            None => serde_json::to_value(self.definition()?).expect("definitions serialize"),
        };
        let map = body.as_object().expect("a check definition is an object");
        let name = input::definition_name(map).unwrap_or_default().to_string();
        let id = input::definition_str(map, &["CheckID", "ID", "check_id"])
            .unwrap_or(&name)
            .to_string();
        let action = format!("registering check {name:?}");
        ctx.require_agent_version(&body, &action)?;
        ctx.client()?
            .check_register(&body)
            .map_err(|e| super::explain_register_error(ctx, &action, e))?;
        let sentence = if id == name {
            format!("Check {name:?} registered.")
        } else {
            format!("Check {name:?} registered with ID {id:?}.")
        };
        // The definition as sent, but for the values of credential headers.
        ctx.done(out, &sentence, &crate::api::without_secret_headers(&body))?;
        // A TTL check is what jobs report to, and it starts critical: the trap. Node-level
        // HTTP, TCP or script checks watch the node itself, and are the node's on purpose.
        let service = input::definition_str(map, &["ServiceID", "service_id"]);
        let ttl = input::definition_str(map, &["TTL"]).is_some();
        if ttl && service.is_none_or(str::is_empty) {
            super::warn_node_level(ctx, &id);
        }
        Ok(())
    }
}

/// A check definition file, checked for what can be seen locally.
pub(crate) fn check_file(path: &Path) -> Result<serde_json::Map<String, Value>> {
    let (map, source) = input::definition_file(path, "check")?;
    if let Some(key) = map.keys().find(|k| k.eq_ignore_ascii_case("script")) {
        return Err(Error::usage(format!(
            "{source}: \"{key}\" is the legacy script field, which Consul refuses; use \"Args\": [\"/bin/sh\", \"-c\", \"…\"]"
        )));
    }
    Ok(map)
}
