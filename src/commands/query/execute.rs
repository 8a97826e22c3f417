use std::io::Write;

use clap::Args;

use super::read::ConsistencyArgs;
use crate::api::models::{QueryExecution, ServiceNode};
use crate::api::ExecuteOptions;
use crate::cli::values::{Id, QueryRef};
use crate::commands::{Context, Facts, Leaf};
use crate::config::OutputFormat;
use crate::error::{Error, Result};
use crate::output::{self, Text};

#[derive(Debug, Args)]
#[command(
    after_help = "An answer with no healthy instance is not an error (exit 0) unless \
--min says so: in CI, `consulctl query execute api -o addrs --min 1` exits 1 when nothing is \
healthy, 3 when Consul cannot be reached, and 1 with another message when there is no such query.\n\n\
Examples:\n  consulctl query execute api\n  consulctl query execute api -o addrs --min 1 | head -1\n  \
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
        if let (Some(limit), Some(min)) = (self.limit, self.min) {
            if limit < min {
                return Err(Error::usage(format!(
                    "--limit {limit} is below --min {min}: the query could never succeed"
                )));
            }
        }
        let dc = ctx.config.datacenter.as_deref();
        let options = ExecuteOptions {
            datacenter: dc,
            consistency: self.consistency.consistency(),
            near: self.near.as_deref(),
            limit: self.limit,
        };
        let action = format!("executing query {:?}", self.query);
        let raw = ctx
            .client()?
            .query_execute(&self.query, &options)
            .map_err(ctx.api_error(&action))?
            .ok_or_else(|| super::not_found(&action, &self.query, dc, ""))?;
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
            OutputFormat::Json => Ok(output::json_answer(out, raw.bytes(), ctx.style())?),
            OutputFormat::Addrs => {
                let mut out = std::io::BufWriter::new(out);
                for node in &answer.nodes {
                    writeln!(out, "{}", address_port(node))?;
                }
                Ok(out.flush()?)
            }
            OutputFormat::Table => self.table(ctx, out, &answer),
        }
    }
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
    output::host_port(address(node), node.service.port)
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
