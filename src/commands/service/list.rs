use std::collections::BTreeMap;
use std::io::Write;

use clap::Args;
use serde_json::value::RawValue;

use crate::api::models::Listener;
use crate::api::{HealthService, JsonAnswer, ReadOptions, ServiceHealth};
use crate::cli::values;
use crate::commands::agent::services;
use crate::commands::datacenters;
use crate::commands::watch::{self, compact, Item, Snapshot, WatchArgs};
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;
use crate::output::{self, TenancyColumns, Text};

#[derive(Debug, Args)]
#[command(
    after_help = "Without --all-nodes: the services registered on this agent (same as `agent \
services`). With --all-nodes: every service in the datacenter's catalog, one row per service \
with its instance count, how many instances are passing, warning and critical, and its tags. \
An instance counts as its worst check, its node's checks included, as Consul's health \
endpoints judge it (maintenance is critical; no checks is passing). consulctl reads \
/v1/catalog/services, then /v1/health/service/NAME for each service (the one public read that \
also counts instances without checks of their own). With --tag T, only the services with an \
instance tagged T, counting those instances only. -o json is an object of Consul's answers as \
sent: {\"Services\": the catalog's answer, \"Health\": {\"NAME\": that service's answer, ...}}.\n\n\
--all-datacenters reads every datacenter of the federation (/v1/catalog/datacenters) through \
this agent and adds a Datacenter column; -o json is then {\"DC\": that object, ...}. A \
datacenter that cannot be read is named on stderr and left out, the others are shown, and \
consulctl exits 3.\n\n\
--watch prints them, then a line per service registered or removed (TIME NODE SERVICE old -> \
new ADDRESS:PORT; with -o json one object a line with Before and After) until interrupted. \
/v1/agent/services does not block, so consulctl waits on the catalog's copy of this node \
(blocking queries) and asks the agent each time it moves. A command after `--` runs per change \
with the change as JSON on its stdin. consulctl exits 3 when the agent goes away (after \
--retry), 0 on Ctrl-C.\n\n\
Examples:\n  consulctl service list --filter 'Service == \"web\"' -o json\n  \
consulctl service list --watch -- logger -t consul-services\n  \
consulctl service list --all-nodes --all-datacenters"
)]
pub struct ListArgs {
    /// Consul filter expression, passed through (e.g. 'Service == "web"')
    #[arg(long, value_name = "EXPR", conflicts_with = "all_nodes")]
    filter: Option<String>,

    /// Every service in the datacenter's catalog, with its instances' health, not only this
    /// agent's
    #[arg(long, conflicts_with = "watch")]
    all_nodes: bool,

    /// With --all-nodes: only services with an instance carrying this tag (counting those)
    #[arg(long, value_name = "TAG", requires = "all_nodes", value_parser = values::service_tag)]
    tag: Option<String>,

    /// With --all-nodes: every datacenter of the federation, with a Datacenter column
    #[arg(long, requires = "all_nodes", conflicts_with = "datacenter")]
    all_datacenters: bool,

    #[command(flatten)]
    watch: WatchArgs,
}

/// One datacenter's services: the catalog's list, then each service's instances, as sent.
struct Catalog {
    services: JsonAnswer,
    health: Vec<(String, JsonAnswer)>,
}

impl Catalog {
    /// `{"Services": ..., "Health": {"NAME": ..., ...}}`, each answer as Consul sent it.
    fn json(&self) -> Vec<u8> {
        let health = output::answer_object(
            self.health
                .iter()
                .map(|(name, answer)| (name.as_str(), answer.bytes())),
        );
        output::answer_object([("Services", self.services.bytes()), ("Health", &health[..])])
    }
}

/// One row: a service in one namespace and partition, and how its instances stand.
struct Summary<'a> {
    datacenter: Option<&'a str>,
    name: &'a str,
    namespace: String,
    partition: String,
    tags: String,
    instances: usize,
    passing: usize,
    warning: usize,
    critical: usize,
}

impl ListArgs {
    fn read_catalog(&self, ctx: &Context, options: &ReadOptions) -> Result<Catalog> {
        let action = "listing the datacenter's services";
        let client = ctx.client()?;
        // Filtered here, from the catalog's tags: some agents (1.8 among them) ignore `filter`
        // on /v1/catalog/services.
        let services = client
            .catalog_services(None, options)
            .map_err(ctx.api_error(action))?
            .answer;
        let listed: BTreeMap<String, Option<Vec<String>>> =
            services.decode().map_err(ctx.api_error(action))?;
        let names = listed.into_iter().filter_map(|(name, tags)| {
            let tagged = match &self.tag {
                Some(tag) => tags.unwrap_or_default().contains(tag),
                None => true,
            };
            tagged.then_some(name)
        });
        let tags: Vec<String> = self.tag.iter().cloned().collect();
        let mut health = Vec::new();
        for name in names {
            client.renew_retry_budget();
            let answer = client
                .health_service(&name, &tags, options)
                .map_err(ctx.api_error(&format!("reading the health of service {name:?}")))?
                .answer;
            health.push((name, answer));
        }
        Ok(Catalog { services, health })
    }

    fn all_nodes(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        if !self.all_datacenters {
            let options = ReadOptions {
                datacenter: ctx.config.datacenter.as_deref(),
                ..ReadOptions::default()
            };
            let catalog = self.read_catalog(ctx, &options)?;
            if ctx.json_output() {
                return Ok(output::json_answer(out, &catalog.json(), ctx.style())?);
            }
            let rows = summaries(ctx, None, &catalog)?;
            return print_summaries(ctx, out, false, rows);
        }
        let found = datacenters::read_each(ctx, |options| {
            let catalog = self.read_catalog(ctx, options)?;
            let json = catalog.json();
            Ok((catalog, json))
        })?;
        if ctx.json_output() {
            let object = found.json_object(|(_, json)| json);
            output::json_answer(out, &object, ctx.style())?;
        } else {
            let mut rows = Vec::new();
            for (dc, (catalog, _)) in &found.answers {
                rows.extend(summaries(ctx, Some(dc), catalog)?);
            }
            print_summaries(ctx, out, true, rows)?;
        }
        found.outcome()
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
        if self.all_nodes {
            return self.all_nodes(ctx, out);
        }
        self.watch.begin();
        if !self.watch.watch {
            return services::list(ctx, out, self.filter.as_deref());
        }
        let action = "watching the agent's services";
        let listing = watch::AgentListing {
            action,
            id_field: "ServiceID",
            read: &|client| client.agent_services_answer(self.filter.as_deref()),
            catalog: |client, node, options| client.catalog_node(node, options),
            print: services::print,
            snapshot: &|answer, node| snapshot(ctx, answer, node, action),
        };
        watch::follow_agent(ctx, out, &self.watch, &listing)
    }
}

/// One datacenter's rows, by service, namespace and partition: each instance counted by its
/// worst check.
fn summaries<'a>(
    ctx: &Context,
    datacenter: Option<&'a str>,
    catalog: &'a Catalog,
) -> Result<Vec<Summary<'a>>> {
    let action = "listing the datacenter's services";
    let tags: BTreeMap<&str, Option<Vec<&str>>> =
        catalog.services.decode().map_err(ctx.api_error(action))?;
    let mut rows = Vec::new();
    for (name, answer) in &catalog.health {
        let instances: Vec<ServiceHealth> = answer.decode().map_err(ctx.api_error(action))?;
        let tags = tags
            .get(name.as_str())
            .and_then(|t| t.as_ref())
            .map(|t| t.join(","))
            .unwrap_or_default();
        let mut by_tenancy: BTreeMap<(String, String), Summary> = BTreeMap::new();
        if instances.is_empty() {
            by_tenancy.insert(Default::default(), summary(datacenter, name, &tags));
        }
        for instance in &instances {
            let key = (
                instance.service.partition.clone(),
                instance.service.namespace.clone(),
            );
            let row = by_tenancy.entry(key.clone()).or_insert_with(|| Summary {
                namespace: key.1,
                partition: key.0,
                ..summary(datacenter, name, &tags)
            });
            row.instances += 1;
            match worst(instance.checks.iter().map(|c| c.status.as_str())) {
                "critical" => row.critical += 1,
                "warning" => row.warning += 1,
                _ => row.passing += 1,
            }
        }
        rows.extend(by_tenancy.into_values());
    }
    Ok(rows)
}

fn summary<'a>(datacenter: Option<&'a str>, name: &'a str, tags: &str) -> Summary<'a> {
    Summary {
        datacenter,
        name,
        namespace: String::new(),
        partition: String::new(),
        tags: tags.to_string(),
        instances: 0,
        passing: 0,
        warning: 0,
        critical: 0,
    }
}

/// An instance's state as Consul's health endpoints judge it: its worst check; any status
/// other than passing or warning (maintenance is critical) counts as critical, and an
/// instance without checks is passing.
fn worst<'s>(statuses: impl Iterator<Item = &'s str>) -> &'static str {
    statuses.fold("passing", |worst, status| match (worst, status) {
        ("critical", _) => "critical",
        (_, "passing") => worst,
        ("passing", "warning") => "warning",
        (_, "warning") => worst,
        _ => "critical",
    })
}

fn print_summaries(
    ctx: &Context,
    out: &mut dyn Write,
    with_datacenter: bool,
    rows: Vec<Summary>,
) -> Result<()> {
    let tenancy = TenancyColumns::of(rows.iter().map(|r| (&*r.namespace, &*r.partition)));
    let cells = rows.iter().map(|r| {
        let count = |n: usize, word: &'static str| {
            if n == 0 {
                Text::from("0")
            } else {
                Text::status_colored(n.to_string(), word)
            }
        };
        let row = vec![
            Text::from(r.name),
            Text::from(r.instances.to_string()),
            count(r.passing, "passing"),
            count(r.warning, "warning"),
            count(r.critical, "critical"),
            Text::from(r.tags.as_str()),
        ];
        datacenters::row(r.datacenter, tenancy.row(row, &r.namespace, &r.partition))
    });
    let headers = tenancy.headers(&[
        "Service",
        "Instances",
        "Passing",
        "Warning",
        "Critical",
        "Tags",
    ]);
    let headers = datacenters::headers(with_datacenter, headers);
    Ok(output::table_of(out, &headers, cells, ctx.style())?)
}

/// The agent's services, by node and service ID.
fn snapshot(ctx: &Context, answer: &JsonAnswer, node: &str, action: &str) -> Result<Snapshot> {
    let found: BTreeMap<String, HealthService> = answer.decode().map_err(ctx.api_error(action))?;
    let raw: BTreeMap<String, &RawValue> = answer.decode().map_err(ctx.api_error(action))?;
    Ok(found
        .iter()
        .filter_map(|(id, service)| {
            let item = Item {
                node: node.to_string(),
                id: id.clone(),
                state: "registered".to_string(),
                detail: match (service.address.as_str(), service.listener()) {
                    (_, Listener::Socket(path)) => path.to_string(),
                    ("", Listener::Unusable) => String::new(),
                    ("", Listener::Port(port)) => format!("port {port}"),
                    (address, Listener::Unusable) => address.to_string(),
                    (address, Listener::Port(port)) => output::host_port(address, port),
                },
                raw: compact(raw.get(id)?.get()),
            };
            Some(((node.to_string(), id.clone()), item))
        })
        .collect())
}

#[cfg(test)]
mod summary_tests {
    use super::worst;

    #[test]
    fn an_instance_is_its_worst_check() {
        assert_eq!(worst([].into_iter()), "passing");
        assert_eq!(worst(["passing", "warning"].into_iter()), "warning");
        assert_eq!(worst(["warning", "passing"].into_iter()), "warning");
        assert_eq!(
            worst(["passing", "critical", "warning"].into_iter()),
            "critical"
        );
        assert_eq!(worst(["maintenance"].into_iter()), "critical");
    }
}
