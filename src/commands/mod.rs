//! One folder per command group; each leaf file holds its `Args` beside its handler.

pub(crate) mod agent;
pub(crate) mod check;
pub(crate) mod complete_live;
pub mod completions;
mod dry_run;
pub(crate) mod input;
pub(crate) mod query;
pub(crate) mod service;

use std::cell::{OnceCell, RefCell};
use std::io::Write;

use clap::Subcommand;
use serde::Serialize;

use crate::api::{ApiError, Client, ClientOptions};
use crate::config::{Config, OutputFormat};
use crate::error::{self, Error, Result};
use crate::output::{self, Style};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The local agent: members, configuration, services, checks, joins, maintenance
    #[command(subcommand)]
    Agent(agent::AgentCommand),
    /// Health checks: register, TTL pass/warn/fail, update, deregister, list
    #[command(subcommand)]
    Check(check::CheckCommand),
    /// Services: register (with a check), deregister, maintenance, list
    #[command(subcommand)]
    Service(service::ServiceCommand),
    /// Prepared queries: create, list, get, update, delete, apply, execute, explain
    #[command(subcommand)]
    Query(query::QueryCommand),
    /// Shell completion scripts: bash, zsh, fish, elvish, powershell
    Completions(completions::CompletionsArgs),
}

impl Command {
    pub fn run(&self, ctx: &mut Context, out: &mut dyn Write) -> Result<()> {
        let addrs_ok = matches!(self, Command::Query(q) if q.accepts_addrs());
        if ctx.config.output == OutputFormat::Addrs && !addrs_ok {
            return Err(Error::usage(
                "--output addrs applies to `query execute` only; use table or json here",
            ));
        }
        if !ctx.config.dry_run {
            return self.run_handler(ctx, out);
        }
        if !self.changes_something() {
            return Err(Error::usage(
                "--dry-run applies to commands that change something; this one only reads, so run it without --dry-run",
            ));
        }
        // The handler's own words ("Registered check …") would claim what did not happen: keep
        // them unless nothing would be sent, then say what the handler said (e.g. no changes).
        let mut said = Vec::new();
        let result = self.run_handler(ctx, &mut said);
        if let Err(e) = result {
            if e.exit != error::ExitCode::Success {
                return Err(e);
            }
        }
        let planned = ctx.client.get().map(Client::planned).unwrap_or_default();
        if planned.is_empty() {
            out.write_all(&said)?;
            ctx.note("dry run: nothing would be sent");
            return Ok(());
        }
        dry_run::print(ctx.config, ctx.style(), &planned, out)?;
        ctx.note(&format!(
            "dry run: {} not sent",
            if planned.len() == 1 {
                "this request was".to_string()
            } else {
                format!("these {} requests were", planned.len())
            }
        ));
        Ok(())
    }

    fn run_handler(&self, ctx: &mut Context, out: &mut dyn Write) -> Result<()> {
        match self {
            Command::Agent(cmd) => cmd.run(ctx, out),
            Command::Check(cmd) => cmd.run(ctx, out),
            Command::Service(cmd) => cmd.run(ctx, out),
            Command::Query(cmd) => cmd.run(ctx, out),
            Command::Completions(cmd) => cmd.run(out),
        }
    }

    /// Whether the command writes to Consul (and so takes `--dry-run`).
    fn changes_something(&self) -> bool {
        use agent::AgentCommand as A;
        use check::CheckCommand as C;
        use query::QueryCommand as Q;
        use service::ServiceCommand as S;
        match self {
            Command::Agent(cmd) => matches!(cmd, A::Join(_) | A::ForceLeave(_) | A::Maintenance(_)),
            Command::Check(cmd) => !matches!(cmd, C::List(_)),
            Command::Service(cmd) => !matches!(cmd, S::List(_)),
            Command::Query(cmd) => matches!(
                cmd,
                Q::Create(_) | Q::Update(_) | Q::Delete(_) | Q::Apply(_)
            ),
            Command::Completions(_) => false,
        }
    }
}

/// What every handler gets: the resolved config, a client made on first use, and stderr for
/// notes that are not the command's output.
pub struct Context<'a> {
    pub config: &'a Config,
    err: RefCell<&'a mut dyn Write>,
    client: OnceCell<Client>,
    /// The agent's version from `/v1/agent/self`, asked once (`None`: it could not be read).
    agent_version: OnceCell<Option<String>>,
}

/// Request fields older agents refuse with a bare 400 (`unknown field`): the field (compared
/// without case or underscores, so agent-config files count too), what it is, and the first
/// Consul version that takes it.
const NEWER_FIELDS: [(&str, &str, [u64; 3]); 2] = [
    ("h2ping", "an H2PING check", [1, 10, 0]),
    ("tlsservername", "a check's TLSServerName", [1, 10, 0]),
];

impl<'a> Context<'a> {
    pub fn new(config: &'a Config, err: &'a mut dyn Write) -> Self {
        Context {
            config,
            err: RefCell::new(err),
            client: OnceCell::new(),
            agent_version: OnceCell::new(),
        }
    }

    /// A line on stderr that is not the command's output (suppressed by --quiet).
    pub fn note(&self, line: &str) {
        if !self.config.quiet {
            let _ = writeln!(self.err.borrow_mut(), "{line}");
        }
    }

    /// A line on stderr that the user asked for, so it is printed even with --quiet.
    pub fn always_note(&self, line: &str) {
        let _ = writeln!(self.err.borrow_mut(), "{line}");
    }

    /// The API client, built on first use so that local validation comes first.
    pub fn client(&self) -> Result<&Client> {
        if self.client.get().is_none() {
            let log: Option<crate::api::RequestLog> = self.config.verbose.then(|| {
                // Never eprintln!: it panics when stderr is a closed pipe.
                Box::new(|line: &str| {
                    let _ = writeln!(std::io::stderr(), "{line}");
                }) as crate::api::RequestLog
            });
            let options = ClientOptions {
                endpoint: self.config.endpoint.clone(),
                token: self
                    .config
                    .token
                    .as_ref()
                    .map(|t| t.secret.expose().to_string()),
                basic_auth: self.config.basic_auth.as_ref().map(|auth| {
                    (
                        auth.user.clone(),
                        auth.password.as_ref().map(|p| p.expose().to_string()),
                    )
                }),
                tls: self.config.tls.clone(),
                namespace: self.config.namespace.clone(),
                request_timeout: self.config.request_timeout,
                retry: self.config.retry,
                max_answer: self.config.max_answer,
                dry_run: self.config.dry_run,
                log,
            };
            if self.config.endpoint.is_https() && !self.config.tls.verify {
                // Printed even with --quiet: nobody should forget that this is on.
                self.always_note(
                    "warning: TLS certificate verification is off (--http-ssl-verify=false or CONSUL_HTTP_SSL_VERIFY=false): anyone on the network path can pose as the agent",
                );
            }
            let client = Client::new(options).map_err(self.api_error("connecting"))?;
            let _ = self.client.set(client);
        }
        Ok(self.client.get().expect("client was just built"))
    }

    /// Refuses, naming the version needed, a request body with fields the agent is too old to
    /// know. The version is asked only when such a field is there; when it cannot be read (an
    /// ACL without agent:read), the request goes out and Consul decides.
    pub fn require_agent_version(&self, body: &serde_json::Value, action: &str) -> Result<()> {
        fn keys(value: &serde_json::Value, found: &mut Vec<String>) {
            match value {
                serde_json::Value::Object(map) => {
                    for (key, inner) in map {
                        found.push(key.replace('_', "").to_ascii_lowercase());
                        keys(inner, found);
                    }
                }
                serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, found)),
                _ => {}
            }
        }
        let mut found = Vec::new();
        keys(body, &mut found);
        let Some((_, what, needed)) = NEWER_FIELDS
            .iter()
            .find(|(field, _, _)| found.iter().any(|k| k == field))
        else {
            return Ok(());
        };
        let version = self.agent_version.get_or_init(|| {
            self.client()
                .ok()
                .and_then(|c| c.agent_self().ok())
                .map(|s| s.config.version)
                .filter(|v| !v.is_empty())
        });
        let Some(version) = version else {
            return Ok(());
        };
        if version_numbers(version) >= *needed {
            return Ok(());
        }
        let [major, minor, patch] = needed;
        Err(Error::api(format!(
            "{action}: {what} needs Consul {major}.{minor}.{patch} or newer, and the agent at {} runs {version}; upgrade the agent or leave the field out",
            self.config.endpoint
        )))
    }

    /// Maps an API failure to the user's error, saying what we were doing.
    pub fn api_error(&self, action: &str) -> impl Fn(ApiError) -> Error + use<'_, 'a> {
        let action = action.to_string();
        let config = self.config;
        move |e| {
            error::from_api(
                e,
                &action,
                &config.endpoint.to_string(),
                config.token.as_ref().map(|t| &t.origin),
                config.request_timeout,
            )
        }
    }

    /// Consul leaves out of its lists, without a word, what the token may not read: when a
    /// token was given, what a list lacks may be hidden from it rather than absent. A clause for
    /// "not found" messages that says so ("" without a token: then the caveat would be noise
    /// on every agent without ACLs).
    pub fn maybe_hidden(&self) -> String {
        match &self.config.token {
            Some(token) => format!(
                ", or {} may not see it (Consul leaves out of its answers what a token may not read)",
                token.origin
            ),
            None => String::new(),
        }
    }

    pub fn style(&self) -> Style {
        Style {
            color: self.config.color,
            pretty_json: self.config.pretty_json,
            fit_terminal: self.config.stdout_is_tty,
        }
    }

    pub fn json_output(&self) -> bool {
        self.config.output == OutputFormat::Json
    }

    /// Agent endpoints act on the agent that answers; a datacenter given to them would be
    /// silently ignored, so it is refused before anything is sent.
    pub fn refuse_datacenter(&self, command: &str) -> Result<()> {
        match &self.config.datacenter {
            Some(dc) => Err(Error::usage(format!(
                "--datacenter {dc:?} does not apply to `{command}`: it acts on the agent at --http-addr; point --http-addr at an agent in that datacenter instead"
            ))),
            None => Ok(()),
        }
    }

    /// Reports a change: a sentence for people (unless --quiet), or `value` as JSON.
    pub fn done<T: Serialize>(&self, out: &mut dyn Write, sentence: &str, value: &T) -> Result<()> {
        if self.json_output() {
            output::json(out, value, self.style())?;
        } else if !self.config.quiet {
            writeln!(out, "{sentence}")?;
        }
        Ok(())
    }
}

/// `1.10.3`, `1.9.0-beta1`, `1.15.2+ent` → the three numbers (missing ones are 0).
fn version_numbers(version: &str) -> [u64; 3] {
    let mut numbers = version
        .trim_start_matches('v')
        .split(|c: char| !c.is_ascii_digit())
        .take(3)
        .map(|n| n.parse().unwrap_or(0));
    [
        numbers.next().unwrap_or(0),
        numbers.next().unwrap_or(0),
        numbers.next().unwrap_or(0),
    ]
}

/// How `deregister` looks an ID up before removing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// A read of the one object: a token that may not read it is refused (403).
    Read,
    /// A list, which Consul filters by ACL without a word: an object the token may not read is
    /// left out, so "not listed" may mean "hidden".
    FilteredList,
}

/// `check deregister` and `service deregister`: the agent answers 200 for any ID, so look first
/// and refuse (or, with `--missing-ok`, accept) an unknown one instead of reporting a typo as done.
/// `kind` is "check" or "service"; `id_field` Consul's name for the ID in JSON output.
pub(crate) fn deregister(
    ctx: &Context,
    out: &mut dyn Write,
    (kind, id_field, id): (&str, &str, &str),
    (lookup, missing_ok): (Lookup, bool),
    exists: impl FnOnce(&Client) -> std::result::Result<bool, ApiError>,
    remove: impl FnOnce(&Client) -> std::result::Result<(), ApiError>,
) -> Result<()> {
    let action = format!("deregistering {kind} {id:?}");
    let client = ctx.client()?;
    let title = output::capitalized(kind);
    if !exists(client).map_err(ctx.api_error(&action))? {
        let hidden = match lookup {
            Lookup::Read => String::new(),
            Lookup::FilteredList => ctx.maybe_hidden(),
        };
        if missing_ok {
            return ctx.done(
                out,
                &format!("{title} {id:?} was not registered{hidden}; nothing to do."),
                &serde_json::json!({id_field: id, "Deregistered": false}),
            );
        }
        return Err(Error::api(format!(
            "{action}: no {kind} {id:?} is registered on this agent{hidden}; see `consulctl {kind} list` (add --missing-ok to accept that)"
        )));
    }
    remove(client).map_err(ctx.api_error(&action))?;
    ctx.done(
        out,
        &format!("{title} {id:?} deregistered."),
        &serde_json::json!({id_field: id, "Deregistered": true}),
    )
}
