use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::Value;

use crate::api::models::{CheckDefinition, ServiceDefinition};
use crate::cli::values::{self, Id, NewName, PositiveDuration};
use crate::commands::check::kind::{Kind, Timing};
use crate::commands::query::changes;
use crate::commands::{check, Context, Facts, Leaf};
use crate::error::{Error, Result};
use crate::input;

#[derive(Debug, Args)]
#[command(
    group = clap::ArgGroup::new("check_kind").multiple(false),
    after_help = "A check is optional; give at most one of --check-ttl, --check-http, --check-tcp or a \
script check (-- CMD ARGS..., last, as in `check run`; or --check-args CMD ARGS..., which takes every \
word after it, flags included: put it last or end it with ';'). A word --check-args took that is one \
of this command's own flags, not otherwise given, is refused rather than sent as the script's.\n\n\
Examples:\n  consulctl service register web --port 8080 --tag primary --meta version=1.4 \\\n      --check-http http://127.0.0.1:8080/health --check-interval 10s\n  \
consulctl service register batch --check-ttl 2h\n  \
consulctl service register --file web.json"
)]
pub struct RegisterArgs {
    /// Name of the service (also its ID unless --id is given)
    #[arg(value_name = "NAME", required_unless_present = "file")]
    name: Option<Id<NewName>>,

    /// Service ID [default: NAME]
    #[arg(long, value_name = "ID")]
    id: Option<Id<NewName>>,

    /// Address of the service [default: the node's address]
    #[arg(long, value_name = "ADDR", value_parser = values::service_address)]
    address: Option<String>,

    /// Port of the service (1-65535)
    #[arg(long, value_name = "PORT", value_parser = clap::value_parser!(u16).range(1..))]
    port: Option<u16>,

    /// Tag, repeatable
    #[arg(long = "tag", value_name = "TAG", value_parser = values::service_tag)]
    tags: Vec<String>,

    /// Metadata KEY=VALUE, repeatable
    #[arg(long = "meta", value_name = "K=V", value_parser = values::key_value)]
    meta: Vec<(String, String)>,

    /// Let the catalog's tags override this agent's (anti-entropy)
    #[arg(long)]
    enable_tag_override: bool,

    /// Remove checks of the service that this registration does not name
    #[arg(long)]
    replace_existing_checks: bool,

    /// Add a TTL check, with the ID service:ID: critical unless passed within this long
    /// (consulctl check ttl pass service:ID)
    #[arg(
        long,
        group = "check_kind",
        value_name = "DURATION",
        allow_hyphen_values = true
    )]
    check_ttl: Option<PositiveDuration>,

    /// Add an HTTP check of this URL
    #[arg(long, group = "check_kind", value_name = "URL", value_parser = values::http_url)]
    check_http: Option<String>,

    /// Add a TCP check of HOST:PORT
    #[arg(long, group = "check_kind", value_name = "HOST:PORT", value_parser = values::host_port)]
    check_tcp: Option<String>,

    /// Add a script check running this command and its arguments
    #[arg(
        long,
        group = "check_kind",
        value_name = "CMD",
        num_args = 1..,
        allow_hyphen_values = true,
        value_terminator = ";"
    )]
    check_args: Option<Vec<String>>,

    /// Add a script check running this command and its arguments, given after `--`
    #[arg(value_name = "CMD", last = true, group = "check_kind")]
    command: Vec<String>,

    /// How often the check runs (HTTP, TCP, script)
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    check_interval: Option<PositiveDuration>,

    /// How long one run of the check may take
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    check_timeout: Option<PositiveDuration>,

    /// Deregister the service after its check has been critical this long
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    check_deregister_critical_after: Option<PositiveDuration>,

    /// Register the service written as JSON in FILE (- for stdin): an agent config file's
    /// shape ({"service": {"name": ...}}) or the API's ({"Name": ...}); HCL when FILE ends in
    /// .hcl
    #[arg(
        long,
        value_name = "FILE",
        conflicts_with_all = [
            "name", "id", "address", "port", "tags", "meta", "enable_tag_override", "check_ttl",
            "check_http", "check_tcp", "check_args", "command", "check_interval", "check_timeout", "check_deregister_critical_after",
        ]
    )]
    file: Option<PathBuf>,
}

impl RegisterArgs {
    fn check(&self) -> Result<Option<CheckDefinition>> {
        let kind = if let Some(ttl) = &self.check_ttl {
            Kind::Ttl(ttl.text.clone())
        } else if let Some(url) = &self.check_http {
            Kind::Http {
                url: url.clone(),
                method: None,
                headers: Vec::new(),
                body: None,
                tls_skip_verify: false,
                tls_server_name: None,
            }
        } else if let Some(address) = &self.check_tcp {
            Kind::Tcp(address.clone())
        } else if let Some(args) = self
            .check_args
            .as_ref()
            .or((!self.command.is_empty()).then_some(&self.command))
        {
            if args.iter().all(|a| a.trim().is_empty()) {
                return Err(Error::usage(
                    "a script check needs a command to run: give it after -- (or with --check-args)",
                ));
            }
            Kind::Script(args.clone())
        } else {
            // clap's `requires` would say so without naming the flag; say it here.
            let timing = [
                (
                    "--check-interval",
                    self.check_interval.as_ref().map(PositiveDuration::as_str),
                ),
                (
                    "--check-timeout",
                    self.check_timeout.as_ref().map(PositiveDuration::as_str),
                ),
                (
                    "--check-deregister-critical-after",
                    self.check_deregister_critical_after
                        .as_ref()
                        .map(PositiveDuration::as_str),
                ),
            ];
            if let Some((flag, value)) = crate::commands::first_given(&timing) {
                return Err(Error::usage(format!(
                    "{flag} {value:?} needs a check: add --check-ttl, --check-http, --check-tcp, --check-args or a script after --"
                )));
            }
            return Ok(None);
        };
        let timing = Timing {
            interval: self.check_interval.clone().map(String::from),
            timeout: self.check_timeout.clone().map(String::from),
            deregister_critical_after: self
                .check_deregister_critical_after
                .clone()
                .map(String::from),
        };
        let mut def = CheckDefinition::default();
        kind.apply(timing, "--check-", &mut def)?;
        Ok(Some(def))
    }

    fn definition(&self) -> Result<ServiceDefinition> {
        Ok(ServiceDefinition {
            name: self
                .name
                .clone()
                .expect("clap requires NAME without --file")
                .into(),
            id: self.id.clone().map(String::from),
            address: self.address.clone(),
            port: self.port,
            tags: (!self.tags.is_empty()).then(|| self.tags.clone()),
            meta: input::key_values("--meta", &self.meta)?,
            enable_tag_override: self.enable_tag_override.then_some(true),
            check: self.check()?,
        })
    }
}

impl Leaf for RegisterArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let body: Value = match &self.file {
            Some(path) => Value::Object(service_file(path)?),
            None => serde_json::to_value(self.definition()?).expect("definitions serialize"),
        };
        let map = body.as_object().expect("a service definition is an object");
        let name = input::definition_name(map).unwrap_or_default().to_string();
        let id = input::definition_str(map, &["ID"])
            .unwrap_or(&name)
            .to_string();
        let action = format!("registering service {name:?}");
        ctx.require_agent_version(&body, &action)?;
        // Registering over an existing ID replaces it whole: what it loses is said, which
        // takes a read of it first, made only when the sentence will be printed.
        let says = !ctx.config.quiet && !ctx.json_output();
        let replaced = if says {
            replaced_fields(ctx, &id, &body)?
        } else {
            Vec::new()
        };
        ctx.client()?
            .service_register(&body, self.replace_existing_checks)
            .map_err(|e| check::explain_register_error(ctx, &action, e))?;
        let mut sentence = if id == name {
            format!("Service {name:?} registered")
        } else {
            format!("Service {name:?} registered with ID {id:?}")
        };
        if replaced.is_empty() {
            sentence.push('.');
        } else {
            sentence.push_str(", replacing the one registered with this ID:");
            for change in &replaced {
                sentence.push_str(&format!(
                    "\n  {}",
                    crate::output::shown(&changes::describe(change))
                ));
            }
        }
        // The definition as sent, but for the values of credential headers.
        ctx.done(out, &sentence, &crate::api::without_secret_headers(&body))
    }
}

/// The fields a registration sets that the agent's answer for the service gives back, as the
/// agent names them there and as a registration does.
pub(crate) const REPLACED_FIELDS: [(&str, &str); 6] = [
    ("Service", "Name"),
    ("Address", "Address"),
    ("Port", "Port"),
    ("Tags", "Tags"),
    ("Meta", "Meta"),
    ("EnableTagOverride", "EnableTagOverride"),
];

/// What registering `body` would change in the service registered here with `id` (nothing
/// when there is none, or it cannot be read: the registration goes ahead either way).
fn replaced_fields(ctx: &Context, id: &str, body: &Value) -> Result<Vec<changes::Change>> {
    let Ok(Some(existing)) = ctx.client()?.agent_service(id) else {
        return Ok(Vec::new());
    };
    let empty = serde_json::Map::new();
    let body = body.as_object().unwrap_or(&empty);
    Ok(field_changes(&existing, body, &REPLACED_FIELDS))
}

/// What registering `body` changes in `existing` (an agent's answer for the object) in the
/// `fields` given, each as (the answer's name, the registration's name).
pub(crate) fn field_changes(
    existing: &serde_json::Map<String, Value>,
    body: &serde_json::Map<String, Value>,
    fields: &[(&str, &str)],
) -> Vec<changes::Change> {
    let pairs: Vec<(&str, Option<&Value>, Option<&Value>)> = fields
        .iter()
        .map(|&(answered, registered)| {
            (
                registered,
                field(existing, &[answered]),
                field(body, &[registered]),
            )
        })
        .collect();
    // Equal or both absent, field by field: nothing to take apart (most services are in sync).
    let absent = |v: Option<&Value>| v.is_none_or(changes::is_zero);
    if pairs
        .iter()
        .all(|&(_, before, after)| before == after || (absent(before) && absent(after)))
    {
        return Vec::new();
    }
    let mut before = serde_json::Map::new();
    let mut after = serde_json::Map::new();
    for (registered, old, new) in pairs {
        if let Some(value) = old {
            before.insert(registered.to_string(), value.clone());
        }
        if let Some(value) = new {
            after.insert(registered.to_string(), value.clone());
        }
    }
    changes::diff(&Value::Object(before), &Value::Object(after))
}

/// The value of the last key that names one of `names` as [`same_key`] matches them: Consul's
/// decoder reads a definition so, the last duplicate winning.
pub(crate) fn field<'m>(
    map: &'m serde_json::Map<String, Value>,
    names: &[&str],
) -> Option<&'m Value> {
    map.iter()
        .rev()
        .find(|(k, _)| names.iter().any(|n| same_key(k, n)))
        .map(|(_, v)| v)
}

/// Whether `key` names `field` as an agent reads it: without regard to case or underscores
/// (`enable_tag_override` is `EnableTagOverride`). Compared byte by byte, with nothing
/// allocated: a plan compares every declared service's and check's fields.
pub(crate) fn same_key(key: &str, field: &str) -> bool {
    let mut letters = key.bytes().filter(|&b| b != b'_');
    field
        .bytes()
        .all(|f| letters.next().is_some_and(|k| k.eq_ignore_ascii_case(&f)))
        && letters.next().is_none()
}

/// A service definition file, checked for what can be seen locally.
pub(crate) fn service_file(path: &Path) -> Result<serde_json::Map<String, Value>> {
    let (map, source) = input::definition_file(path, "service")?;
    checked_port(&map, &source)?;
    Ok(map)
}

/// A service definition's port, if it has one, is a number from 1 to 65535; or 0 beside a list
/// of `Ports`, as a multi-port service's registration and Consul's answer for it write it.
pub(crate) fn checked_port(map: &serde_json::Map<String, Value>, source: &str) -> Result<()> {
    let multi_port = map.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("ports") && v.as_array().is_some_and(|l| !l.is_empty())
    });
    let lowest = if multi_port { 0 } else { 1 };
    if let Some((key, value)) = map.iter().find(|(k, _)| k.eq_ignore_ascii_case("port")) {
        if !value
            .as_u64()
            .is_some_and(|p| (lowest..=65535).contains(&p))
        {
            // Only a number or a string is shown as it is (escaped); anything else by its kind,
            // so that no control character from the file reaches the terminal.
            let shown = match value {
                Value::Number(n) => n.to_string(),
                Value::String(text) => format!("{text:?}"),
                Value::Bool(b) => b.to_string(),
                Value::Null => "null".to_string(),
                other => format!("an {}", input::json_kind(other)),
            };
            return Err(Error::usage(format!(
                "{source}: {key:?} is {shown}, not a port from 1 to 65535"
            )));
        }
    }
    Ok(())
}
