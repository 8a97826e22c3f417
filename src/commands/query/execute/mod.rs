//! `consulctl query execute`: its arguments, one execute, and the answer as a table, addresses
//! or JSON.

mod notes;
mod wait;
mod watch;

use std::io::Write;

use clap::Args;

use super::read::ConsistencyArgs;
use crate::api::models::{Listener, QueryExecution, ServiceNode};
use crate::api::{ApiError, Client, ExecuteOptions, JsonAnswer};
use crate::cli::values::{self, Id, PositiveDuration, QueryRef};
use crate::commands::watch::WatchArgs;
use crate::commands::{Context, Facts, Leaf};
use crate::config::OutputFormat;
use crate::error::{Error, Result};
use crate::input;
use crate::output::{self, TenancyColumns, Text};
use notes::explain_no_healthy_instance;

#[derive(Debug, Args)]
#[command(
    after_help = "An answer with no healthy instance is not an error (exit 0) unless \
--min says so: in CI, `consulctl query execute api -o addrs --min 1` exits 1 when nothing is \
healthy, 3 when Consul cannot be reached, and 1 with another message when there is no such query. \
Consul skips a failover datacenter it does not know; when nothing answers, a note on stderr names \
them.\n\n\
A multi-port service (Consul 1.22) answers with its default port; --port-name picks another \
one (exit 1 when no instance has a port of that name: the names there are listed). Instances \
without a port (a unix socket, or port 0) are shown in the table, left out of -o addrs with a \
note on stderr, and not counted by --min; so are instances whose address is no IP address or \
host name (Consul stores any text there).\n\n\
--wait-min N executes the query until N healthy instances answer, and exits 4 when --timeout \
passes first. The execute endpoint does not block, so in between consulctl waits on the \
catalog's health of the answer's service in the datacenter that answered (a blocking query) \
and executes again as soon as it moves, or after 1s, 2s, then every 4s at most (a failover \
elsewhere moves nothing there). Passing failures (no leader, an agent restarting) are ridden \
out until --timeout. --watch prints the \
answer, then a line per instance that turns healthy or stops being so (TIME NODE SERVICE old \
-> new ADDRESS:PORT, where new is `maintenance` when maintenance took the instance out; with -o \
json one object a line with Before and After), executing the query \
again whenever the catalog's health of its service moves (a blocking query), or once a minute; \
a command after `--` runs per change with the change as JSON on its stdin.\n\n\
Examples:\n  consulctl query execute api -o addrs --min 1 | head -1\n  \
consulctl query execute api --wait-min 2 --timeout 2m -o addrs\n  \
consulctl query execute geo-db --near _agent --limit 3 --dc dc2 -o json"
)]
pub struct ExecuteArgs {
    /// The query's ID or name (a template answers names that start with its own)
    #[arg(value_name = "ID|NAME")]
    query: Id<QueryRef>,

    /// Sort by round-trip time from this node: a node name or _agent (overrides the query's)
    #[arg(long, value_name = "NODE")]
    near: Option<String>,

    /// Answer at most N instances
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    limit: Option<u32>,

    /// Fail (exit 1) when fewer than N healthy instances with a usable port come back
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    min: Option<u32>,

    /// Multi-port services (Consul 1.22): use the port of this name instead of the default one
    #[arg(long, value_name = "NAME", value_parser = values::non_empty)]
    port_name: Option<String>,

    /// Execute again, as soon as the service's health moves (every 4s at least), until N
    /// healthy instances come back; exit 4 when --timeout passes first
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..), conflicts_with = "min")]
    wait_min: Option<u32>,

    /// With --wait-min: give up (exit 4) after this long
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "5m",
        allow_hyphen_values = true,
        requires = "wait_min"
    )]
    timeout: PositiveDuration,

    #[command(flatten)]
    watch: WatchArgs,

    #[command(flatten)]
    consistency: ConsistencyArgs,
}

impl ExecuteArgs {
    fn table(&self, ctx: &Context, out: &mut dyn Write, answer: &QueryExecution) -> Result<()> {
        if answer.nodes.is_empty() {
            writeln!(
                out,
                "No healthy instance of {:?}: {}.",
                answer.service,
                answered_by(answer)
            )?;
            return Ok(());
        }
        let tenancy = TenancyColumns::of(
            answer
                .nodes
                .iter()
                .map(|n| (&*n.service.namespace, &*n.service.partition)),
        );
        let rows = answer.nodes.iter().map(|n| {
            // A socket stands where the address would; a port that is not there stays blank.
            let (address, port) = match n.service.listener(self.port_name.as_deref()) {
                Listener::Port(port) => (output::address_cell(address(n)), port.to_string()),
                Listener::Socket(path) => (path.to_string(), String::new()),
                Listener::Unusable => (output::address_cell(address(n)), String::new()),
            };
            let row = vec![
                Text::from(&*n.node.node),
                Text::from(address),
                Text::from(port),
                Text::from(&*n.service.id),
                Text::from(n.service.tags.join(",")),
                health(n),
            ];
            tenancy.row(row, &n.service.namespace, &n.service.partition)
        });
        let headers = tenancy.headers(&["Node", "Address", "Port", "Service ID", "Tags", "Health"]);
        output::table_of(out, &headers, rows, ctx.style())?;
        writeln!(out, "\n{}.", output::capitalized(&answered_by(answer)))?;
        Ok(())
    }

    /// `--port-name` is checked against the answer (the only place the names are): refused
    /// when no instance has a port of that name, listing the names there are.
    fn refuse_unknown_port_name(&self, answer: &QueryExecution, name: &str) -> Result<()> {
        if answer.nodes.is_empty()
            || answer
                .nodes
                .iter()
                .any(|n| n.service.ports.iter().any(|p| p.name == name))
        {
            return Ok(());
        }
        let mut names: Vec<&str> = answer
            .nodes
            .iter()
            .flat_map(|n| n.service.ports.iter().map(|p| &*p.name))
            .collect();
        names.sort_unstable();
        names.dedup();
        let there = if names.is_empty() {
            "its instances have no named ports (only Consul 1.22 multi-port services have them); leave --port-name out".to_string()
        } else {
            format!(
                "the names there are: {}",
                names
                    .iter()
                    .map(|n| output::shown(n).into_owned())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        Err(Error::api(format!(
            "query {:?}: no instance of {:?} has a port named {name:?}; {there}",
            self.query, answer.service
        )))
    }
}

impl Leaf for ExecuteArgs {
    fn facts(&self) -> Facts {
        Facts::READS.with_addrs()
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        self.watch.begin();
        if let (Some(limit), Some(min)) = (self.limit, self.min.or(self.wait_min)) {
            if limit < min {
                return Err(Error::usage(format!(
                    "--limit {limit} is below --{} {min}: the query could never succeed",
                    if self.min.is_some() {
                        "min"
                    } else {
                        "wait-min"
                    }
                )));
            }
        }
        if self.watch.watch && ctx.config.output == OutputFormat::Addrs {
            return Err(Error::usage(
                "--watch prints its changes as lines of a table or of JSON, which -o addrs has no form for: use -o table or -o json with --watch",
            ));
        }
        let action = format!("executing query {:?}", self.query);
        let raw = match self.wait_min {
            Some(wanted) => self.poll(ctx, &action, wanted)?,
            None => self.execute(ctx, &action)?,
        };
        // Decoded for JSON output too: an answer of the wrong shape is refused in every format.
        let answer: QueryExecution = raw.decode().map_err(ctx.api_error(&action))?;
        if let Some(name) = &self.port_name {
            self.refuse_unknown_port_name(&answer, name)?;
        }
        self.note_unknown_failover_datacenters(ctx, &answer);
        let port_name = self.port_name.as_deref();
        if let Some(min) = self.min {
            let found = self.usable(&answer);
            if found < min as usize {
                let without = answer.nodes.len() - found;
                let more = if without == 0 {
                    String::new()
                } else {
                    format!(" ({without} more without one)")
                };
                return Err(Error::api(format!(
                    "query {:?} found {found} healthy instance{} of {:?} with a usable port{more} ({}), fewer than --min {min}",
                    self.query,
                    if found == 1 { "" } else { "s" },
                    answer.service,
                    answered_by(&answer)
                )));
            }
        }
        match ctx.config.output {
            OutputFormat::Json => output::json_answer(out, raw.bytes(), ctx.style())?,
            OutputFormat::Addrs => {
                let mut out = std::io::BufWriter::new(&mut *out);
                let mut left_out = Vec::new();
                for node in &answer.nodes {
                    match node.service.listener(port_name) {
                        Listener::Port(port) if output::plausible_host(address(node)) => {
                            writeln!(out, "{}", address_port(node, port))?
                        }
                        Listener::Port(_) => left_out.push(format!(
                            "{} on {} has the address {}, which is no IP address or host name",
                            output::shown(&node.service.id),
                            output::shown(&node.node.node),
                            input::shown(address(node))
                        )),
                        Listener::Socket(path) => left_out.push(format!(
                            "{} on {} listens on the unix socket {}",
                            output::shown(&node.service.id),
                            output::shown(&node.node.node),
                            output::shown(path)
                        )),
                        Listener::Unusable => left_out.push(format!(
                            "{} on {} has {}",
                            output::shown(&node.service.id),
                            output::shown(&node.node.node),
                            match port_name {
                                Some(name) => format!("no port named {name:?}"),
                                None => "no port (0, or several ports and none marked default)"
                                    .to_string(),
                            }
                        )),
                    }
                }
                out.flush()?;
                if !left_out.is_empty() {
                    ctx.note(&format!(
                        "note: left out of -o addrs, having no address:port: {}",
                        left_out.join("; ")
                    ));
                }
            }
            OutputFormat::Table => self.table(ctx, out, &answer)?,
        }
        if answer.nodes.is_empty() && ctx.config.output == OutputFormat::Table {
            explain_no_healthy_instance(ctx, &answer);
        }
        if !self.watch.watch {
            return Ok(());
        }
        let service = answer.service.to_string();
        self.follow(ctx, out, &action, &service, &raw)
    }
}

impl ExecuteArgs {
    /// One execute: the answer as Consul sent it.
    fn execute(&self, ctx: &Context, action: &str) -> Result<JsonAnswer> {
        self.execute_or(ctx, action, &ctx.api_error(action))
    }

    /// [`ExecuteArgs::execute`], a failure mapped by `failed`.
    fn execute_or(
        &self,
        ctx: &Context,
        action: &str,
        failed: &dyn Fn(ApiError) -> Error,
    ) -> Result<JsonAnswer> {
        self.execute_api(ctx, ctx.client()?)
            .map_err(failed)?
            .ok_or_else(|| self.not_found(ctx, action))
    }

    /// One execute, as the API answers it (`None`: no such query).
    fn execute_api(
        &self,
        ctx: &Context,
        client: &Client,
    ) -> std::result::Result<Option<JsonAnswer>, ApiError> {
        let options = ExecuteOptions {
            datacenter: ctx.config.datacenter.as_deref(),
            consistency: self.consistency.consistency(),
            near: self.near.as_deref(),
            limit: self.limit,
        };
        client.query_execute(&self.query, &options)
    }

    fn not_found(&self, ctx: &Context, action: &str) -> Error {
        super::not_found(action, &self.query, ctx.config.datacenter.as_deref(), "")
    }

    /// The instances of an answer with a usable port (the one `--port-name` names, if given) on
    /// an address that is an IP address or a host name: those `-o addrs` prints.
    fn usable(&self, answer: &QueryExecution) -> usize {
        let port_name = self.port_name.as_deref();
        answer
            .nodes
            .iter()
            .filter(|n| {
                matches!(n.service.listener(port_name), Listener::Port(_))
                    && output::plausible_host(address(n))
            })
            .count()
    }
}

/// "datacenter dc2 answered, after 1 failover", or "peer p1 answered, …" after a failover to a
/// cluster peer.
fn answered_by(answer: &QueryExecution) -> String {
    let failovers = match answer.failovers {
        0 => "no failover".to_string(),
        1 => "after 1 failover".to_string(),
        n => format!("after {n} failovers"),
    };
    if !answer.peer_name.is_empty() {
        return format!(
            "peer {} answered, {failovers}",
            output::shown(&answer.peer_name)
        );
    }
    if answer.datacenter.is_empty() {
        // No datacenter named (an odd answer): a blank name would read as a word left out.
        return format!("Consul answered, {failovers}");
    }
    format!(
        "datacenter {} answered, {failovers}",
        output::shown(&answer.datacenter)
    )
}

/// The service's own address, or its node's when the service has none (as DNS answers).
fn address<'a>(node: &'a ServiceNode<'_>) -> &'a str {
    if node.service.address.is_empty() {
        &node.node.address
    } else {
        &node.service.address
    }
}

/// `address:port`, with an IPv6 address in brackets so the port stays separable.
fn address_port(node: &ServiceNode, port: u16) -> String {
    output::host_port(address(node), port)
}

/// "2 passing, 1 warning", coloured by the worst status.
fn health(node: &ServiceNode) -> Text<'static> {
    output::health_summary(node.checks.iter().map(|c| &*c.status))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(node_addr: &str, service_addr: &str) -> ServiceNode<'static> {
        let text = serde_json::json!({
            "Node": {"Node": "n1", "Address": node_addr},
            "Service": {"ID": "api", "Address": service_addr, "Port": 8080, "Tags": null},
            "Checks": [{"CheckID": "a", "Status": "passing"}, {"CheckID": "b", "Status": "warning"}]
        })
        .to_string();
        serde_json::from_str(text.leak()).unwrap()
    }

    #[test]
    fn service_address_falls_back_to_node_address() {
        assert_eq!(address_port(&node("10.0.0.1", ""), 8080), "10.0.0.1:8080");
        assert_eq!(
            address_port(&node("10.0.0.1", "127.0.0.9"), 8080),
            "127.0.0.9:8080"
        );
        assert_eq!(address_port(&node("::1", ""), 8080), "[::1]:8080");
    }

    #[test]
    fn an_answer_naming_no_datacenter_and_no_peer_leaves_no_blank() {
        let text = r#"{"Service": "api", "Datacenter": "", "Failovers": 1}"#;
        let answer: QueryExecution = serde_json::from_str(text).unwrap();
        assert_eq!(answered_by(&answer), "Consul answered, after 1 failover");
        let text = r#"{"Service": "api", "Datacenter": "", "PeerName": "p1", "Failovers": 1}"#;
        let answer: QueryExecution = serde_json::from_str(text).unwrap();
        assert_eq!(answered_by(&answer), "peer p1 answered, after 1 failover");
    }

    #[test]
    fn an_odd_datacenter_name_stays_on_one_line() {
        // Found by fuzzing: the name went into `--min`'s one-line error as it came.
        let text = r#"{"Service": "api", "Datacenter": "dc\n2", "Failovers": 2}"#;
        let answer: QueryExecution = serde_json::from_str(text).unwrap();
        assert_eq!(
            answered_by(&answer),
            r#"datacenter "dc\n2" answered, after 2 failovers"#
        );
    }
}
