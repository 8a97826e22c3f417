use std::io::Write;

use clap::Args;
use serde_json::value::RawValue;

use crate::api::models::Listener;
use crate::api::{JsonAnswer, ServiceHealth};
use crate::cli::values::{self, PositiveDuration};
use crate::commands::blocking::{self, Deadline, Follower};
use crate::commands::{Context, Facts, Leaf};
use crate::config::OutputFormat;
use crate::error::{one_line, Error, Result};
use crate::input;
use crate::output::{self, TenancyColumns, Text};

#[derive(Debug, Args)]
#[command(
    after_help = "Waits on the catalog's health of the service (blocking queries: one request \
per change, an answer within moments of it) until at least --min instances are healthy, then \
prints them and exits 0. An instance is healthy when every check on it, its node's included, \
is passing (or warning, with --allow-warning). When --timeout passes first, consulctl exits 4 \
and says which instances were not healthy and the output of their failing checks. --timeout \
is kept whatever --request-timeout says. Passing failures (no leader, an agent restarting: \
those --retry tries again) are ridden out until then; one that lasts to the end, or Consul \
that cannot be reached, exits 3.\n\n\
--max N waits until at most N instances are healthy (--min is then 0 unless given); \
--absent waits until no instance is registered at all, for teardown.\n\n\
With -o addrs, only instances with an address:port are counted and printed: one on a unix \
socket, without a usable port, or whose address is no IP address or host name (Consul stores any \
text there), is left out with a note on stderr.\n\n\
Examples:\n  consulctl service wait web --min 3 --timeout 2m\n  \
consulctl service wait api --tag v2 --timeout 90s -o addrs | head -1\n  \
consulctl service wait web --absent --timeout 1m"
)]
pub struct WaitArgs {
    /// The service's name, as the catalog knows it
    #[arg(value_name = "NAME", value_parser = values::non_empty)]
    name: String,

    /// Only instances with this tag (repeat for all of several)
    #[arg(long = "tag", value_name = "TAG", value_parser = values::non_empty)]
    tags: Vec<String>,

    /// Healthy instances needed [default: 1, or 0 with --max]
    #[arg(long, value_name = "N", value_parser = values::instances, allow_hyphen_values = true)]
    min: Option<u32>,

    /// At most this many healthy instances (--max 0: the service has drained)
    #[arg(long, value_name = "N", value_parser = values::instances, allow_hyphen_values = true)]
    max: Option<u32>,

    /// Wait until no instance of the service is registered at all
    #[arg(long, conflicts_with_all = ["min", "max", "allow_warning", "passing"])]
    absent: bool,

    /// Count only instances whose checks all pass (the default)
    #[arg(long)]
    passing: bool,

    /// Count instances with warning checks as healthy too
    #[arg(long, conflicts_with = "passing")]
    allow_warning: bool,

    /// Give up (exit 4) when the condition does not hold within this long
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "5m",
        allow_hyphen_values = true
    )]
    timeout: PositiveDuration,
}

/// What the wait is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Goal {
    /// Healthy instances within `min..=max`.
    Healthy { min: u32, max: Option<u32> },
    /// No instance registered.
    Absent,
}

impl WaitArgs {
    fn goal(&self) -> Result<Goal> {
        if self.absent {
            return Ok(Goal::Absent);
        }
        let min = self.min.unwrap_or(if self.max.is_some() { 0 } else { 1 });
        if let Some(max) = self.max {
            if max < min {
                return Err(Error::usage(format!(
                    "--max {max} is below --min {min}: no number of instances could satisfy both"
                )));
            }
        }
        Ok(Goal::Healthy { min, max: self.max })
    }

    fn healthy(&self, instance: &ServiceHealth) -> bool {
        instance_healthy(instance, self.allow_warning)
    }

    /// The instances that carry every `--tag` (Consul filters by them too; an older agent may
    /// only take one).
    fn tagged(&self, entries: &[ServiceHealth]) -> Vec<usize> {
        entries
            .iter()
            .enumerate()
            .filter(|(_, e)| self.tags.iter().all(|t| e.service.tags.contains(t)))
            .map(|(n, _)| n)
            .collect()
    }

    fn what(&self, goal: Goal) -> String {
        let tags = if self.tags.is_empty() {
            String::new()
        } else {
            format!(" tagged {}", self.tags.join(", "))
        };
        let kind = if self.allow_warning {
            "healthy (passing or warning)"
        } else {
            "healthy"
        };
        match goal {
            Goal::Absent => format!("no instance of {:?}{tags} to be registered", self.name),
            Goal::Healthy {
                min: 0,
                max: Some(max),
            } => format!(
                "at most {max} {kind} instance{} of {:?}{tags}",
                plural(max),
                self.name
            ),
            Goal::Healthy {
                min,
                max: Some(max),
            } => format!("{min} to {max} {kind} instances of {:?}{tags}", self.name),
            Goal::Healthy { min, max: None } => format!(
                "{min} {kind} instance{} of {:?}{tags}",
                plural(min),
                self.name
            ),
        }
    }

    fn print(
        &self,
        ctx: &Context,
        out: &mut dyn Write,
        goal: Goal,
        answer: &JsonAnswer,
        entries: &[ServiceHealth],
        shown: &[usize],
    ) -> Result<()> {
        match ctx.config.output {
            OutputFormat::Json => {
                // Consul's entries as they came, the healthy ones only.
                let raw: Vec<&RawValue> = answer.decode().map_err(ctx.api_error("waiting"))?;
                let kept: Vec<&str> = shown.iter().map(|&n| raw[n].get()).collect();
                let list = format!("[{}]", kept.join(","));
                Ok(output::json_answer(out, list.as_bytes(), ctx.style())?)
            }
            OutputFormat::Addrs => {
                let mut left_out = Vec::new();
                let mut not_hosts = Vec::new();
                for &n in shown {
                    match (address_port(&entries[n]), implausible_address(&entries[n])) {
                        (Some(line), _) => writeln!(out, "{line}")?,
                        (None, Some(address)) => not_hosts.push(format!(
                            "{} has the address {}",
                            instance_name(&entries[n]),
                            input::shown(address)
                        )),
                        (None, None) => left_out.push(instance_name(&entries[n])),
                    }
                }
                out.flush()?;
                if !left_out.is_empty() {
                    ctx.note(&format!(
                        "note: left out of -o addrs, having no address:port (a unix socket, or no port): {}",
                        left_out.join("; ")
                    ));
                }
                if !not_hosts.is_empty() {
                    ctx.note(&format!(
                        "note: left out of -o addrs, having an address that is no IP address or host name: {}",
                        not_hosts.join("; ")
                    ));
                }
                Ok(())
            }
            OutputFormat::Table => {
                if shown.is_empty() {
                    let sentence = match goal {
                        Goal::Absent => format!("No instance of {:?} is registered.", self.name),
                        _ => format!("No healthy instance of {:?}.", self.name),
                    };
                    writeln!(out, "{sentence}")?;
                    return Ok(());
                }
                // Enterprise's namespace and partition, as the agent's service table shows
                // them: a column only when an instance is outside the default.
                let tenancy = TenancyColumns::of(shown.iter().map(|&n| {
                    let service = &entries[n].service;
                    (service.namespace.as_str(), service.partition.as_str())
                }));
                let rows = shown.iter().map(|&n| {
                    let service = &entries[n].service;
                    tenancy.row(
                        instance_row(&entries[n]),
                        &service.namespace,
                        &service.partition,
                    )
                });
                let headers =
                    tenancy.headers(&["Node", "Address", "Port", "Service ID", "Tags", "Health"]);
                Ok(output::table_of(out, &headers, rows, ctx.style())?)
            }
        }
    }
}

impl Leaf for WaitArgs {
    fn facts(&self) -> Facts {
        Facts::READS.with_addrs()
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let goal = self.goal()?;
        let action = format!("waiting for {}", self.what(goal));
        let client = ctx.client()?;
        let deadline = Deadline::after(Some(self.timeout.value));
        client.set_cutoff(deadline.cutoff());
        let failed = blocking::read_error(ctx, &action, deadline);
        let mut follower = Follower::new(ctx.config.datacenter.as_deref());
        let mut last: Option<Vec<ServiceHealth>> = None;
        loop {
            client.renew_retry_budget();
            let answer = follower
                .next(deadline, |options| {
                    client.health_service(&self.name, &self.tags, options)
                })
                .map_err(&failed)?;
            let Some(answer) = answer else {
                let addrs_only = ctx.config.output == OutputFormat::Addrs;
                return Err(self.timed_out(goal, last.as_deref().unwrap_or_default(), addrs_only));
            };
            let entries: Vec<ServiceHealth> = answer.decode().map_err(ctx.api_error(&action))?;
            let tagged = self.tagged(&entries);
            let healthy: Vec<usize> = tagged
                .iter()
                .copied()
                .filter(|&n| self.healthy(&entries[n]))
                .collect();
            let addrs_only = ctx.config.output == OutputFormat::Addrs;
            let counted = healthy
                .iter()
                .filter(|&&n| !addrs_only || address_port(&entries[n]).is_some())
                .count();
            let met = match goal {
                Goal::Absent => tagged.is_empty(),
                Goal::Healthy { min, max } => {
                    counted >= min as usize && max.is_none_or(|max| counted <= max as usize)
                }
            };
            if met {
                return self.print(ctx, out, goal, &answer, &entries, &healthy);
            }
            last = Some(tagged.into_iter().map(|n| entries[n].clone()).collect());
        }
    }
}

impl WaitArgs {
    /// Exit 4, saying what was seen last: the unhealthy instances and their failing checks
    /// (waiting for health), or those still there (waiting for a drain).
    fn timed_out(&self, goal: Goal, instances: &[ServiceHealth], addrs_only: bool) -> Error {
        let after = format!(
            "timed out after {} waiting for {}",
            self.timeout.as_str(),
            self.what(goal)
        );
        // Thousands of instances or checks are named by their first few, then counted.
        let healthy = instances.iter().filter(|i| self.healthy(i)).count();
        let without_address = instances
            .iter()
            .filter(|i| self.healthy(i) && address_port(i).is_none());
        let without_address_count = without_address.clone().count();
        let detail = match goal {
            Goal::Healthy { min, .. }
                if addrs_only
                    && healthy >= min as usize
                    && healthy - without_address_count < min as usize =>
            {
                format!(
                    "{healthy} healthy, {} of them with an address:port (-o addrs counts only \
those); without one: {}",
                    healthy - without_address_count,
                    crate::error::first_few(without_address.map(instance_name), ", ")
                )
            }
            Goal::Absent => format!(
                "still registered: {}",
                crate::error::first_few(instances.iter().map(instance_name), ", ")
            ),
            Goal::Healthy { min, .. } if healthy >= min as usize => format!(
                "{healthy} healthy: {}",
                crate::error::first_few(
                    instances
                        .iter()
                        .filter(|i| self.healthy(i))
                        .map(instance_name),
                    ", "
                )
            ),
            Goal::Healthy { .. } if instances.is_empty() => "no instance is registered".to_string(),
            Goal::Healthy { .. } => format!(
                "{healthy} healthy; not healthy: {}",
                crate::error::first_few(not_healthy(instances, self.allow_warning), ", ")
            ),
        };
        Error::timed_out(format!("{after}: {detail}"))
    }
}

/// The instances that are not healthy, each with its failing checks and their output:
/// `api-1 on n1 [check "backup" (backup) critical: exited 2]`. The service's own checks come
/// before its node's, which every service on the node shares: when only the first few are
/// named, they are the ones most likely to say why.
pub(crate) fn not_healthy(instances: &[ServiceHealth], allow_warning: bool) -> Vec<String> {
    instances
        .iter()
        .filter(|i| !instance_healthy(i, allow_warning))
        .map(|i| {
            let (own, node): (Vec<_>, Vec<_>) = i
                .checks
                .iter()
                .filter(|c| !status_ok(&c.status, allow_warning))
                .partition(|c| !c.service_id.is_empty());
            let failing = own.into_iter().chain(node).map(|c| {
                format!(
                    "check {:?} ({}) {}: {}",
                    c.check_id,
                    output::shown(&c.name),
                    output::shown(&c.status),
                    if c.output.trim().is_empty() {
                        "no output".to_string()
                    } else {
                        one_line(&c.output)
                    }
                )
            });
            format!(
                "{} [{}]",
                instance_name(i),
                crate::error::first_few(failing, "; ")
            )
        })
        .collect()
}

/// Whether every check on the instance passes (or warns, when that is allowed). An instance
/// without checks is healthy, as Consul counts it.
pub(crate) fn instance_healthy(instance: &ServiceHealth, allow_warning: bool) -> bool {
    instance
        .checks
        .iter()
        .all(|c| status_ok(&c.status, allow_warning))
}

fn status_ok(status: &str, allow_warning: bool) -> bool {
    status == "passing" || (allow_warning && status == "warning")
}

/// `web-2 on node-b`
pub(crate) fn instance_name(instance: &ServiceHealth) -> String {
    format!(
        "{} on {}",
        output::shown(&instance.service.id),
        output::shown(&instance.node.node)
    )
}

/// The service's own address, or its node's when the service has none (as DNS answers).
fn address(instance: &ServiceHealth) -> &str {
    if instance.service.address.is_empty() {
        &instance.node.address
    } else {
        &instance.service.address
    }
}

/// `address:port` (an IPv6 address in brackets), or nothing for an instance that listens on a
/// unix socket, has no usable port, or has an address that is no host (see
/// [`implausible_address`]).
pub(crate) fn address_port(instance: &ServiceHealth) -> Option<String> {
    match instance.service.listener() {
        Listener::Port(port) if output::plausible_host(address(instance)) => {
            Some(output::host_port(address(instance), port))
        }
        Listener::Port(_) | Listener::Socket(_) | Listener::Unusable => None,
    }
}

/// The address of an instance on a port whose address is no IP address or host name: Consul
/// stores any text there, and a line break in it would add a line to `-o addrs`.
fn implausible_address(instance: &ServiceHealth) -> Option<&str> {
    match instance.service.listener() {
        Listener::Port(_) => Some(address(instance)).filter(|a| !output::plausible_host(a)),
        Listener::Socket(_) | Listener::Unusable => None,
    }
}

/// A table row: node, address (a socket's path), port (blank when there is none), service ID,
/// tags, health.
pub(crate) fn instance_row(instance: &ServiceHealth) -> Vec<Text<'static>> {
    let (address, port) = match instance.service.listener() {
        Listener::Port(port) => (output::address_cell(address(instance)), port.to_string()),
        Listener::Socket(path) => (path.to_string(), String::new()),
        Listener::Unusable => (output::address_cell(address(instance)), String::new()),
    };
    vec![
        Text::from(instance.node.node.clone()),
        Text::from(address),
        Text::from(port),
        Text::from(instance.service.id.clone()),
        Text::from(instance.service.tags.join(",")),
        health(instance),
    ]
}

/// "2 passing, 1 warning", coloured by the worst status.
fn health(instance: &ServiceHealth) -> Text<'static> {
    output::health_summary(instance.checks.iter().map(|c| c.status.as_str()))
}

fn plural(n: u32) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance(statuses: &[&str]) -> ServiceHealth {
        let checks: Vec<_> = statuses
            .iter()
            .map(|s| serde_json::json!({"CheckID": "c", "Status": s}))
            .collect();
        serde_json::from_value(serde_json::json!({
            "Node": {"Node": "n1", "Address": "127.0.0.1"},
            "Service": {"ID": "web-1", "Service": "web", "Port": 80},
            "Checks": checks,
        }))
        .unwrap()
    }

    #[test]
    fn health_needs_every_check() {
        assert!(instance_healthy(&instance(&[]), false));
        assert!(instance_healthy(&instance(&["passing", "passing"]), false));
        assert!(!instance_healthy(&instance(&["passing", "warning"]), false));
        assert!(instance_healthy(&instance(&["passing", "warning"]), true));
        assert!(!instance_healthy(&instance(&["critical"]), true));
    }
}
