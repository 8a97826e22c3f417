use std::io::Write;

use clap::Args;

use super::read::ConsistencyArgs;
use crate::api::models::{QueryExecution, ServiceNode};
use crate::api::ExecuteOptions;
use std::time::Duration;

use serde_json::value::RawValue;

use crate::api::JsonAnswer;
use crate::cli::values::{Id, PositiveDuration, QueryRef};
use crate::commands::blocking::{Deadline, Follower};
use crate::commands::watch::{self, compact, Item, Snapshot, WatchArgs};
use crate::commands::{Context, Facts, Leaf};
use crate::config::OutputFormat;
use crate::error::{Error, Result};
use crate::output::{self, Text};

#[derive(Debug, Args)]
#[command(
    after_help = "An answer with no healthy instance is not an error (exit 0) unless \
--min says so: in CI, `consulctl query execute api -o addrs --min 1` exits 1 when nothing is \
healthy, 3 when Consul cannot be reached, and 1 with another message when there is no such query.\n\n\
The execute endpoint does not block, so --wait-min N polls: it executes the query again a \
second later, then less and less often (every 4s at most, never more than once a second), \
until N healthy instances answer, and exits 4 when --timeout passes first. --watch prints the \
answer, then a line per instance that turns healthy or stops being so (TIME NODE SERVICE old \
-> new ADDRESS:PORT; with -o json one object a line with Before and After), executing the query \
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

    /// Fail (exit 1) when fewer than N healthy instances come back
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    min: Option<u32>,

    /// Execute again (polling: at most once a second, then less often) until N healthy
    /// instances come back; exit 4 when --timeout passes first
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
        let rows = answer.nodes.iter().map(|n| {
            vec![
                Text::from(&*n.node.node),
                Text::from(address(n)),
                Text::from(n.service.port.to_string()),
                Text::from(&*n.service.id),
                Text::from(n.service.tags.join(",")),
                health(n),
            ]
        });
        let headers = ["Node", "Address", "Port", "Service ID", "Tags", "Health"];
        output::table_of(out, &headers, rows, ctx.style())?;
        writeln!(out, "\n{}.", output::capitalized(&answered_by(answer)))?;
        Ok(())
    }
}

impl Leaf for ExecuteArgs {
    fn facts(&self) -> Facts {
        Facts::READS.with_addrs()
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
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
        let found = answer.nodes.len();
        if let Some(min) = self.min {
            if found < min as usize {
                return Err(Error::api(format!(
                    "query {:?} found {found} healthy instance{} of {:?} ({}), fewer than --min {min}",
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
                for node in &answer.nodes {
                    writeln!(out, "{}", address_port(node))?;
                }
                out.flush()?;
            }
            OutputFormat::Table => self.table(ctx, out, &answer)?,
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
        let dc = ctx.config.datacenter.as_deref();
        let options = ExecuteOptions {
            datacenter: dc,
            consistency: self.consistency.consistency(),
            near: self.near.as_deref(),
            limit: self.limit,
        };
        ctx.client()?
            .query_execute(&self.query, &options)
            .map_err(ctx.api_error(action))?
            .ok_or_else(|| super::not_found(action, &self.query, dc, ""))
    }

    /// `--wait-min`: the execute endpoint does not block, so it is asked again, a second after
    /// the first time and then less and less often (never more than once a second), until
    /// enough instances answer or `--timeout` passes (exit 4).
    fn poll(&self, ctx: &Context, action: &str, wanted: u32) -> Result<JsonAnswer> {
        let deadline = Deadline::after(Some(self.timeout.value));
        let mut pause = POLL_FIRST;
        loop {
            ctx.client()?.renew_retry_budget();
            let raw = self.execute(ctx, action)?;
            let answer: QueryExecution = raw.decode().map_err(ctx.api_error(action))?;
            let found = answer.nodes.len();
            if found >= wanted as usize {
                return Ok(raw);
            }
            if deadline.passed() {
                return Err(Error::timed_out(format!(
                    "timed out after {} waiting for {wanted} healthy instance{} from query {:?}: it found {found} of {:?} ({})",
                    self.timeout.as_str(),
                    if wanted == 1 { "" } else { "s" },
                    self.query,
                    answer.service,
                    answered_by(&answer)
                )));
            }
            deadline.sleep(pause);
            pause = (pause * 2).min(POLL_MOST);
        }
    }

    /// `--watch`: the execute endpoint does not block, so the catalog's health of the query's
    /// service is waited on (blocking queries) and the query executed again each time it moves,
    /// or after [`WATCH_MOST`] at the latest (a failover to another datacenter moves nothing
    /// here).
    fn follow(
        &self,
        ctx: &Context,
        out: &mut dyn Write,
        action: &str,
        service: &str,
        first: &JsonAnswer,
    ) -> Result<()> {
        let client = ctx.client()?;
        let mut follower =
            Follower::new(ctx.config.datacenter.as_deref()).with_max_wait(WATCH_MOST);
        let forever = Deadline::after(None);
        let mut moved = || -> Result<()> {
            client.renew_retry_budget();
            follower
                .next(forever, |o| client.health_service(service, &[], o))
                .map_err(ctx.api_error(action))?;
            Ok(())
        };
        // The first read of the catalog answers at once: it only gives the index to wait past.
        moved()?;
        let current = snapshot(ctx, first, action)?;
        watch::follow(ctx, out, &self.watch, "ServiceID", current, || {
            moved()?;
            snapshot(ctx, &self.execute(ctx, action)?, action)
        })
    }
}

/// The first pause of `--wait-min`, and the longest.
const POLL_FIRST: Duration = Duration::from_secs(1);
const POLL_MOST: Duration = Duration::from_secs(4);

/// The longest a query watch goes without executing the query again.
const WATCH_MOST: Duration = Duration::from_secs(60);

/// The healthy instances of an execute answer, by node and service ID.
fn snapshot(ctx: &Context, raw: &JsonAnswer, action: &str) -> Result<Snapshot> {
    #[derive(serde::Deserialize)]
    struct Nodes<'a> {
        #[serde(rename = "Nodes", borrow, default)]
        nodes: Option<Vec<&'a RawValue>>,
    }
    let answer: QueryExecution = raw.decode().map_err(ctx.api_error(action))?;
    let nodes: Nodes = raw.decode().map_err(ctx.api_error(action))?;
    Ok(answer
        .nodes
        .iter()
        .zip(nodes.nodes.unwrap_or_default())
        .map(|(node, raw)| {
            let item = Item {
                node: node.node.node.to_string(),
                id: node.service.id.to_string(),
                state: "healthy".to_string(),
                detail: address_port(node),
                raw: compact(raw.get()),
            };
            ((item.node.clone(), item.id.clone()), item)
        })
        .collect())
}

/// "datacenter dc2 answered, after 1 failover"
fn answered_by(answer: &QueryExecution) -> String {
    let failovers = match answer.failovers {
        0 => "no failover".to_string(),
        1 => "after 1 failover".to_string(),
        n => format!("after {n} failovers"),
    };
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
fn address_port(node: &ServiceNode) -> String {
    let address = address(node);
    if address.contains(':') && !address.starts_with('[') {
        format!("[{address}]:{}", node.service.port)
    } else {
        format!("{address}:{}", node.service.port)
    }
}

/// "2 passing, 1 warning", coloured by the worst status.
fn health(node: &ServiceNode) -> Text<'static> {
    let words = ["passing", "warning", "critical", "maintenance"];
    let mut parts = Vec::new();
    let mut worst = "passing";
    for word in words {
        let count = node.checks.iter().filter(|c| c.status == word).count();
        if count > 0 {
            parts.push(format!("{count} {word}"));
            worst = word;
        }
    }
    if parts.is_empty() {
        return Text::from("no checks");
    }
    Text::status_colored(parts.join(", "), worst)
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
        assert_eq!(address_port(&node("10.0.0.1", "")), "10.0.0.1:8080");
        assert_eq!(
            address_port(&node("10.0.0.1", "127.0.0.9")),
            "127.0.0.9:8080"
        );
        assert_eq!(address_port(&node("::1", "")), "[::1]:8080");
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
