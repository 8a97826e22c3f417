//! One folder per command group; each leaf file holds its `Args` beside its handler.

mod agent;
mod check;
pub(crate) mod input;
mod query;
mod service;

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
}

impl Command {
    pub fn run(&self, ctx: &mut Context, out: &mut dyn Write) -> Result<()> {
        let addrs_ok = matches!(self, Command::Query(q) if q.accepts_addrs());
        if ctx.config.output == OutputFormat::Addrs && !addrs_ok {
            return Err(Error::usage(
                "--output addrs applies to `query execute` only; use table or json here",
            ));
        }
        match self {
            Command::Agent(cmd) => cmd.run(ctx, out),
            Command::Check(cmd) => cmd.run(ctx, out),
            Command::Service(cmd) => cmd.run(ctx, out),
            Command::Query(cmd) => cmd.run(ctx, out),
        }
    }
}

/// What every handler gets: the resolved config, a client made on first use, and stderr for
/// notes that are not the command's output.
pub struct Context<'a> {
    pub config: &'a Config,
    err: RefCell<&'a mut dyn Write>,
    client: OnceCell<Client>,
}

impl<'a> Context<'a> {
    pub fn new(config: &'a Config, err: &'a mut dyn Write) -> Self {
        Context {
            config,
            err: RefCell::new(err),
            client: OnceCell::new(),
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

    /// Maps an API failure to the user's error, saying what we were doing.
    pub fn api_error(&self, action: &str) -> impl Fn(ApiError) -> Error + use<'_, 'a> {
        let action = action.to_string();
        let config = self.config;
        move |e| {
            error::from_api(
                e,
                &action,
                &config.endpoint.display(),
                config.token.as_ref().map(|t| &t.origin),
                config.request_timeout,
            )
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

/// `check deregister` and `service deregister`: the agent answers 200 for any ID, so look first
/// and refuse (or, with `--missing-ok`, accept) an unknown one instead of reporting a typo as done.
/// `kind` is "check" or "service"; `id_field` Consul's name for the ID in JSON output.
pub(crate) fn deregister(
    ctx: &Context,
    out: &mut dyn Write,
    (kind, id_field, id): (&str, &str, &str),
    missing_ok: bool,
    exists: impl FnOnce(&Client) -> std::result::Result<bool, ApiError>,
    remove: impl FnOnce(&Client) -> std::result::Result<(), ApiError>,
) -> Result<()> {
    let action = format!("deregistering {kind} {id:?}");
    let client = ctx.client()?;
    let title = output::capitalized(kind);
    if !exists(client).map_err(ctx.api_error(&action))? {
        if missing_ok {
            return ctx.done(
                out,
                &format!("{title} {id:?} was not registered; nothing to do."),
                &serde_json::json!({id_field: id, "Deregistered": false}),
            );
        }
        return Err(Error::api(format!(
            "{action}: no {kind} {id:?} is registered on this agent; see `consulctl {kind} list` (add --missing-ok to accept that)"
        )));
    }
    remove(client).map_err(ctx.api_error(&action))?;
    ctx.done(
        out,
        &format!("{title} {id:?} deregistered."),
        &serde_json::json!({id_field: id, "Deregistered": true}),
    )
}
