use std::collections::BTreeMap;
use std::io::Write;

use clap::Args;
use serde_json::value::RawValue;

use crate::api::models::is_default_tenancy;
use crate::api::{CatalogCheck, Client, IndexedAnswer, JsonAnswer, ReadOptions};
use crate::cli::values;
use crate::commands::agent::checks;
use crate::commands::blocking::{filter_string, read_error, Deadline, Follower};
use crate::commands::datacenters;
use crate::commands::watch::{self, compact, Item, Snapshot, WatchArgs};
use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, Result};
use crate::output::{self, TenancyColumns, Text};

#[derive(Debug, Args)]
#[command(
    after_help = "Without --all-nodes: the checks registered on this agent (same as `agent \
checks`). With --all-nodes: the checks of every node in the datacenter from the catalog's \
health endpoints, with a Node column, the most severe first; -o json is Consul's answer as it \
came.\n\n\
--all-datacenters (with --all-nodes) reads every datacenter of the federation \
(/v1/catalog/datacenters) through this agent and adds a Datacenter column; -o json is then \
{\"DC\": that datacenter's answer as sent, ...}. A datacenter that cannot be read is named on \
stderr and left out, the others are shown, and consulctl exits 3.\n\n\
--watch prints the current state, then a line per change of status (TIME NODE CHECK old -> \
new OUTPUT; with -o json one object a line with Before and After) until interrupted, waiting \
on the catalog with blocking queries. A command after `--` runs per change with the change as \
JSON on its stdin. consulctl exits 3 when the agent goes away (after --retry), 0 on Ctrl-C.\n\n\
Without checks to show, --node or --service naming a node or service the catalog does not know \
is an error (exit 1), so that a typo does not read as no checks; with --watch it is a note \
on stderr, and the watch goes on.\n\n\
Examples:\n  consulctl check list\n  consulctl check list --all-nodes --state critical\n  \
consulctl check list --all-nodes --service web --watch -- ./notify.sh"
)]
pub struct ListArgs {
    /// Consul filter expression, passed through (e.g. 'Status == "critical"')
    #[arg(long, value_name = "EXPR")]
    filter: Option<String>,

    /// The checks of every node in the datacenter (from the catalog), not only this agent's
    #[arg(long)]
    all_nodes: bool,

    /// With --all-nodes: only checks in this state
    #[arg(long, value_name = "STATE", requires = "all_nodes")]
    state: Option<CheckState>,

    /// With --all-nodes: only the checks of this service's instances
    #[arg(long, value_name = "SERVICE", requires = "all_nodes", value_parser = values::non_empty)]
    service: Option<String>,

    /// With --all-nodes: only the checks on this node
    #[arg(long, value_name = "NODE", requires = "all_nodes", value_parser = values::non_empty)]
    node: Option<String>,

    /// With --all-nodes: every datacenter of the federation, with a Datacenter column
    #[arg(long, requires = "all_nodes", conflicts_with_all = ["datacenter", "watch"])]
    all_datacenters: bool,

    #[command(flatten)]
    watch: WatchArgs,
}

/// A check state, or `any`, as `/v1/health/state/…` takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum CheckState {
    Passing,
    Warning,
    Critical,
    Any,
}

impl CheckState {
    fn word(self) -> &'static str {
        match self {
            CheckState::Passing => "passing",
            CheckState::Warning => "warning",
            CheckState::Critical => "critical",
            CheckState::Any => "any",
        }
    }
}

/// Which health endpoint answers, and the filter that narrows it.
enum Source {
    State(&'static str),
    Service(String),
    Node(String),
}

impl ListArgs {
    /// The narrowest endpoint for the options, and Consul's filter for the rest (so that the
    /// answer, as Consul sent it, is what `-o json` prints).
    fn source(&self) -> (Source, Option<String>) {
        let state = self.state.unwrap_or(CheckState::Any);
        let mut parts: Vec<String> = self.filter.iter().map(|f| format!("({f})")).collect();
        let source = match (&self.service, &self.node) {
            (Some(service), node) => {
                if let Some(node) = node {
                    parts.push(format!("Node == {}", filter_string(node)));
                }
                Source::Service(service.clone())
            }
            (None, Some(node)) => Source::Node(node.clone()),
            (None, None) => Source::State(state.word()),
        };
        if state != CheckState::Any && !matches!(source, Source::State(_)) {
            parts.push(format!("Status == {}", filter_string(state.word())));
        }
        let filter = (!parts.is_empty()).then(|| parts.join(" and "));
        (source, filter)
    }

    fn read(
        client: &Client,
        source: &Source,
        filter: Option<&str>,
        options: &ReadOptions,
    ) -> std::result::Result<IndexedAnswer, crate::api::ApiError> {
        match source {
            Source::State(state) => client.health_state(state, filter, options),
            Source::Service(service) => client.health_service_checks(service, filter, options),
            Source::Node(node) => client.health_node(node, filter, options),
        }
    }

    /// `--all-datacenters`: each datacenter read once, as `--all-nodes` reads one.
    fn all_datacenters(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let action = "listing the datacenter's checks";
        let client = ctx.client()?;
        let (source, filter) = self.source();
        let found = datacenters::read_each(ctx, |options| {
            let answer = Self::read(client, &source, filter.as_deref(), options)
                .map_err(ctx.api_error(action))?
                .answer;
            let checks: Vec<CatalogCheck> = answer.decode().map_err(ctx.api_error(action))?;
            Ok((answer, checks))
        })?;
        if ctx.json_output() {
            let object = found.json_object(|(answer, _)| answer.bytes());
            output::json_answer(out, &object, ctx.style())?;
        } else {
            let checks = found.answers.iter().flat_map(|(dc, (_, checks))| {
                checks.iter().map(move |c| (Some(dc.as_str()), c.clone()))
            });
            print_table(ctx, out, checks.collect())?;
        }
        found.outcome()
    }

    fn all_nodes(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        if self.all_datacenters {
            return self.all_datacenters(ctx, out);
        }
        let action = "listing the datacenter's checks";
        let client = ctx.client()?;
        let (source, filter) = self.source();
        let mut follower = Follower::new(ctx.config.datacenter.as_deref());
        let forever = Deadline::after(None);
        let mut next = || -> Result<JsonAnswer> {
            client.renew_retry_budget();
            let answer = follower
                .next(forever, |o| {
                    Self::read(client, &source, filter.as_deref(), o)
                })
                .map_err(read_error(ctx, action, forever))?;
            Ok(answer.expect("a read without a deadline always answers"))
        };
        let first = next()?;
        let checks: Vec<CatalogCheck> = first.decode().map_err(ctx.api_error(action))?;
        if checks.is_empty() {
            if let Some(missing) = self.unknown_name(ctx, client) {
                // A watch may wait for the node or service to come; a listing has nothing to
                // show, and a typo must not read as "no checks".
                if !self.watch.watch {
                    return Err(Error::api(format!("{action}: {missing}")));
                }
                ctx.note(&format!("note: {missing}; watching for its checks"));
            }
        }
        if ctx.json_output() {
            output::json_answer(out, first.bytes(), ctx.style())?;
        } else {
            print_table(ctx, out, checks.into_iter().map(|c| (None, c)).collect())?;
        }
        if !self.watch.watch {
            return Ok(());
        }
        let snapshot = catalog_snapshot(ctx, &first, action)?;
        watch::follow(ctx, out, &self.watch, "CheckID", snapshot, || {
            catalog_snapshot(ctx, &next()?, action)
        })
    }

    /// When `--node` or `--service` names nothing the catalog knows: says so (`None` when
    /// both are known, none was given, or the catalog could not be asked: the listing itself
    /// succeeded, and a lookup that fails must not turn it into a failure).
    fn unknown_name(&self, ctx: &Context, client: &Client) -> Option<String> {
        let options = ReadOptions {
            datacenter: ctx.config.datacenter.as_deref(),
            ..ReadOptions::default()
        };
        let node_missing = self.node.as_ref().filter(|node| {
            client
                .catalog_node(node, &options)
                .ok()
                .and_then(|a| a.answer.decode::<Option<serde::de::IgnoredAny>>().ok())
                .is_some_and(|found| found.is_none())
        });
        if let Some(node) = node_missing {
            return Some(format!(
                "there is no node {node:?} in the datacenter{}; see `consulctl agent members`",
                ctx.maybe_hidden()
            ));
        }
        let service_missing = self.service.as_ref().filter(|service| {
            client
                .health_service(service, &[], &options)
                .ok()
                .and_then(|a| a.answer.decode::<Vec<serde::de::IgnoredAny>>().ok())
                .is_some_and(|instances| instances.is_empty())
        });
        service_missing.map(|service| {
            format!(
                "there is no service {service:?} on any node of the datacenter{}",
                ctx.maybe_hidden()
            )
        })
    }

    /// `--watch` on this agent's checks: /v1/agent/checks does not block, so the catalog's
    /// copy of this node's checks is waited on, and the agent asked each time it moves.
    fn agent_watch(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let action = "watching the agent's checks";
        let listing = watch::AgentListing {
            action,
            id_field: "CheckID",
            read: &|client| client.agent_checks_answer(self.filter.as_deref()),
            catalog: |client, node, options| client.health_node(node, None, options),
            print: checks::print,
            snapshot: &|answer, _node| agent_snapshot(ctx, answer, action),
        };
        watch::follow_agent(ctx, out, &self.watch, &listing)
    }
}

impl Leaf for ListArgs {
    fn facts(&self) -> Facts {
        if self.all_nodes {
            Facts::READS
        } else {
            Facts::READS_AGENT
        }
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        self.watch.begin();
        match (self.all_nodes, self.watch.watch) {
            (true, _) => self.all_nodes(ctx, out),
            (false, true) => self.agent_watch(ctx, out),
            (false, false) => checks::list(ctx, out, self.filter.as_deref()),
        }
    }
}

/// The datacenter's checks (with `--all-datacenters`, by datacenter), most severe first, then
/// by node and ID.
fn print_table(
    ctx: &Context,
    out: &mut dyn Write,
    mut located: Vec<(Option<&str>, CatalogCheck)>,
) -> Result<()> {
    located.sort_by(|(dc_a, a), (dc_b, b)| {
        (dc_a, severity(&a.status), &a.node, &a.check_id).cmp(&(
            dc_b,
            severity(&b.status),
            &b.node,
            &b.check_id,
        ))
    });
    let (dcs, checks): (Vec<_>, Vec<_>) = located.into_iter().unzip();
    // Enterprise's namespace and partition, as `check list` on the agent shows them: a column
    // only when a check is outside the default.
    let tenancy = TenancyColumns::of(checks.iter().map(|c| (&*c.namespace, &*c.partition)));
    let notes = checks::NotesColumn::of(checks.iter().map(|c| c.notes.as_str()));
    let rows = checks.iter().zip(&dcs).map(|(c, dc)| {
        let row = vec![
            Text::from(c.node.as_str()),
            Text::from(c.check_id.as_str()),
            Text::from(c.name.as_str()),
            Text::status(&c.status),
            Text::from(c.kind.as_str()),
            Text::from(c.service_id.as_str()),
            Text::free_text(c.output.as_str()),
        ];
        datacenters::row(
            *dc,
            tenancy.row(notes.row(row, &c.notes), &c.namespace, &c.partition),
        )
    });
    // The columns of the agent's `check list`, with the node first.
    let headers = tenancy
        .headers(&notes.headers(&["Node", "ID", "Name", "Status", "Type", "Service", "Output"]));
    let headers = datacenters::headers(dcs.iter().any(Option::is_some), headers);
    Ok(output::table_of(out, &headers, rows, ctx.style())?)
}

/// Critical first, then warning, then passing, then anything else.
fn severity(status: &str) -> u8 {
    match status {
        "critical" => 0,
        "warning" => 1,
        "passing" => 2,
        _ => 3,
    }
}

/// A check's place in a snapshot: its node and ID, and on Enterprise its partition and
/// namespace too (an answer for every namespace may hold one ID twice on a node).
fn item(check: &CatalogCheck, raw: &RawValue) -> ((String, String), Item) {
    let key = if is_default_tenancy(&check.namespace) && is_default_tenancy(&check.partition) {
        check.check_id.clone()
    } else {
        format!("{}/{}/{}", check.partition, check.namespace, check.check_id)
    };
    (
        (check.node.clone(), key),
        Item {
            node: check.node.clone(),
            id: check.check_id.clone(),
            state: check.status.clone(),
            detail: check.output.clone(),
            raw: compact(raw.get()),
        },
    )
}

/// A list of checks from a health endpoint, by node and check ID.
fn catalog_snapshot(ctx: &Context, answer: &JsonAnswer, action: &str) -> Result<Snapshot> {
    let checks: Vec<CatalogCheck> = answer.decode().map_err(ctx.api_error(action))?;
    let raw: Vec<&RawValue> = answer.decode().map_err(ctx.api_error(action))?;
    Ok(checks
        .iter()
        .zip(raw)
        .map(|(check, raw)| item(check, raw))
        .collect())
}

/// The agent's checks (keyed by check ID), by node and check ID.
fn agent_snapshot(ctx: &Context, answer: &JsonAnswer, action: &str) -> Result<Snapshot> {
    let checks: BTreeMap<String, CatalogCheck> = answer.decode().map_err(ctx.api_error(action))?;
    let raw: BTreeMap<String, &RawValue> = answer.decode().map_err(ctx.api_error(action))?;
    Ok(checks
        .iter()
        .filter_map(|(id, check)| Some(item(check, raw.get(id)?)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_check_id_in_two_namespaces_is_two_items() {
        let text = r#"[
            {"Node":"n1","CheckID":"service:web","Status":"passing","Namespace":"default","Partition":"default"},
            {"Node":"n1","CheckID":"service:web","Status":"critical","Namespace":"frontend","Partition":"default"}
        ]"#;
        let checks: Vec<CatalogCheck> = serde_json::from_str(text).unwrap();
        let raw: Vec<&RawValue> = serde_json::from_str(text).unwrap();
        let snapshot: crate::commands::watch::Snapshot = checks
            .iter()
            .zip(raw)
            .map(|(check, raw)| item(check, raw))
            .collect();
        let mut states: Vec<&str> = snapshot.values().map(|i| i.state.as_str()).collect();
        states.sort();
        assert_eq!(states, ["critical", "passing"]);
        assert!(snapshot.values().all(|i| i.id == "service:web"));
    }
}
