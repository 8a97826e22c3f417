//! What every handler gets: the settings, a client made on first use, and stderr for notes.

use std::cell::{OnceCell, RefCell};
use std::io::Write;

use serde::Serialize;

use crate::api::{ApiError, Client};
use crate::config::{Config, OutputFormat};
use crate::error::{self, Error, Result};
use crate::output::{self, Style};

/// What every handler gets: the resolved config, a client made on first use, and stderr for
/// notes that are not the command's output.
pub struct Context<'a> {
    pub config: &'a Config,
    /// The command's names after `consulctl` (`check ttl pass`), for messages.
    pub command: &'a str,
    err: RefCell<&'a mut dyn Write>,
    client: OnceCell<Client>,
    /// `--dry-run` of a command that only reads: its reads are shown, not sent.
    plan_reads: std::cell::Cell<bool>,
    /// The agent's settings from `/v1/agent/self`, once read.
    agent_config: OnceCell<crate::api::models::SelfConfig>,
    /// Reading them failed once: what only checks the version does not ask again.
    agent_config_failed: std::cell::Cell<bool>,
}

/// Request fields older agents refuse with a bare 400 (`unknown field`): the field (compared
/// without case or underscores, so agent-config files count too), what it is, and the first
/// Consul version that takes it.
const NEWER_FIELDS: [(&str, &str, [u64; 3]); 5] = [
    ("h2ping", "an H2PING check", [1, 10, 0]),
    ("tlsservername", "a check's TLSServerName", [1, 10, 0]),
    (
        "targets",
        "a query's failover Targets (--failover-target)",
        [1, 14, 0],
    ),
    ("peer", "a query's Peer (--peer)", [1, 14, 0]),
    (
        "samenessgroup",
        "a query's SamenessGroup (--sameness-group)",
        [1, 16, 0],
    ),
];

/// Maps whose keys are the user's own (metadata, HTTP headers), not Consul's fields.
const USER_MAPS: [&str; 4] = ["meta", "nodemeta", "servicemeta", "header"];

impl<'a> Context<'a> {
    pub fn new(config: &'a Config, command: &'a str, err: &'a mut dyn Write) -> Self {
        Context {
            config,
            command,
            err: RefCell::new(err),
            client: OnceCell::new(),
            plan_reads: std::cell::Cell::new(false),
            agent_config: OnceCell::new(),
            agent_config_failed: std::cell::Cell::new(false),
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
            let log = self.request_log();
            if let Some(note) = self.config.verbose.then(|| self.implied_port()).flatten() {
                self.always_note(&note);
            }
            if self.config.endpoint.is_https() && !self.config.tls.verify {
                // Printed even with --quiet: nobody should forget that this is on.
                self.always_note(
                    "warning: TLS certificate verification is off (--http-ssl-verify=false or CONSUL_HTTP_SSL_VERIFY=false): anyone on the network path can pose as the agent",
                );
            }
            let mut options = self.config.client_options(log);
            options.dry_run_reads = self.plan_reads.get();
            let client = Client::new(options).map_err(self.api_error("connecting"))?;
            if self.config.partition.is_some() {
                self.refuse_partition_without_enterprise(&client)?;
            }
            let _ = self.client.set(client);
        }
        Ok(self.client.get().expect("client was just built"))
    }

    /// Each request and answer on stderr, with `--verbose`.
    fn request_log(&self) -> Option<crate::api::RequestLog> {
        self.config.verbose.then(|| {
            // Never eprintln!: it panics when stderr is a closed pipe.
            Box::new(|line: &str| {
                let _ = writeln!(std::io::stderr(), "{line}");
            }) as crate::api::RequestLog
        })
    }

    /// A client of its own, built as [`Context::client`] builds the command's, for work on
    /// another thread (a client is not shared between threads).
    pub fn another_client(&self) -> Result<Client> {
        self.client()?;
        Client::new(self.config.client_options(self.request_log()))
            .map_err(self.api_error("connecting"))
    }

    /// An address without a port means the scheme's (80 for http, as in Consul's own Go
    /// client), not the agent's 8500: `-v` says so, since nothing else would.
    fn implied_port(&self) -> Option<String> {
        let crate::api::Endpoint::Url(url) = &self.config.endpoint else {
            return None;
        };
        if url.port().is_some() {
            return None;
        }
        let port = url.port_or_known_default()?;
        let agent = if url.scheme() == "https" { 8501 } else { 8500 };
        Some(format!(
            "* {} names no port: requests go to port {port}, the default for {}, not to {agent} where agents listen unless configured otherwise",
            self.config.endpoint,
            url.scheme()
        ))
    }

    /// The agent's version, asked once; `None` when it cannot be read (an ACL token without
    /// agent:read), or is empty.
    fn agent_version(&self, client: &Client) -> Option<&str> {
        Some(self.agent_config(client)?.version.as_str()).filter(|v| !v.is_empty())
    }

    /// The agent's settings, asked once; `None` when they cannot be read.
    fn agent_config(&self, client: &Client) -> Option<&crate::api::models::SelfConfig> {
        if let Some(config) = self.agent_config.get() {
            return Some(config);
        }
        if self.agent_config_failed.get() {
            return None;
        }
        match client.agent_self() {
            Ok(read) => Some(self.agent_config.get_or_init(|| read.config)),
            Err(_) => {
                self.agent_config_failed.set(true);
                None
            }
        }
    }

    /// The agent's settings (`/v1/agent/self`: its datacenter, node name, version), read once
    /// per command whichever part of it asks; a failure is the command's, worded by `action`.
    pub fn agent_settings(&self, action: &str) -> Result<&crate::api::models::SelfConfig> {
        if let Some(config) = self.agent_config.get() {
            return Ok(config);
        }
        let read = self
            .client()?
            .agent_self()
            .map_err(self.api_error(action))?;
        Ok(self.agent_config.get_or_init(|| read.config))
    }

    /// Community Edition 1.11 and newer refuse `?partition=` (400, and the error hint says
    /// so), but older agents, 1.8 included, ignore it and answer for the default partition as
    /// if asked: so the version is read first, and an agent that is not Enterprise (`+ent`)
    /// is refused before anything else is sent. When the version cannot be read, the request
    /// goes out and Consul decides.
    fn refuse_partition_without_enterprise(&self, client: &Client) -> Result<()> {
        match self.agent_version(client) {
            Some(version) if !version.contains("+ent") => Err(Error::api(format!(
                "--partition (CONSUL_PARTITION) needs Consul Enterprise, and the agent at {} runs {version} (Community Edition), which has no admin partitions and would ignore it; leave out --partition and unset CONSUL_PARTITION",
                self.config.endpoint
            ))),
            _ => Ok(()),
        }
    }

    /// Refuses, naming the version needed, a request body with fields the agent is too old to
    /// know. The version is asked only when such a field is there; when it cannot be read (an
    /// ACL without agent:read), the request goes out and Consul decides.
    pub fn require_agent_version(&self, body: &serde_json::Value, action: &str) -> Result<()> {
        fn keys(value: &serde_json::Value, found: &mut Vec<String>) {
            match value {
                serde_json::Value::Object(map) => {
                    for (key, inner) in map {
                        let key = key.replace('_', "").to_ascii_lowercase();
                        if !USER_MAPS.contains(&key.as_str()) {
                            keys(inner, found);
                        }
                        found.push(key);
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
        let Some(version) = self.agent_version(self.client()?) else {
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

    /// A dry run of a command that only reads: its first read is shown instead of sent.
    pub(super) fn plan_reads(&self) {
        self.plan_reads.set(true);
    }

    /// The requests a dry run held back.
    pub(super) fn planned(&self) -> Vec<crate::api::PlannedRequest> {
        self.client.get().map(Client::planned).unwrap_or_default()
    }

    pub fn json_output(&self) -> bool {
        self.config.output == OutputFormat::Json
    }

    /// Agent endpoints act on the agent that answers; a datacenter given to them would be
    /// silently ignored, so it is refused, unless it is the agent's own, where it changes
    /// nothing: that costs one read of the agent's settings, made only when a datacenter is
    /// given.
    pub(super) fn refuse_datacenter(&self) -> Result<()> {
        let own = |dc: &str| {
            self.client()
                .ok()
                .and_then(|client| self.agent_config(client))
                .is_some_and(|config| config.datacenter.eq_ignore_ascii_case(dc))
        };
        // A context's datacenter is for the commands that take one, not a request to refuse.
        let from_context = matches!(
            self.config.origin("datacenter"),
            Some(crate::config::Origin::Context(_))
        );
        match &self.config.datacenter {
            _ if from_context => Ok(()),
            Some(dc) if own(dc) => Ok(()),
            Some(dc) => Err(Error::usage(format!(
                "--datacenter {dc:?} does not apply to `{}`: it acts on the agent at --http-addr; point --http-addr at an agent in that datacenter instead",
                self.command
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
