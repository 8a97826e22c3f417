use std::collections::BTreeMap;
use std::io::Write;

use clap::Args;
use serde_json::value::RawValue;

use crate::api::models::Listener;
use crate::api::{HealthService, JsonAnswer};
use crate::commands::agent::services;
use crate::commands::watch::{self, compact, Item, Snapshot, WatchArgs};
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;
use crate::output;

#[derive(Debug, Args)]
#[command(
    after_help = "The services registered on this agent (same as `agent services`).\n\n\
--watch prints them, then a line per service registered or removed (TIME NODE SERVICE old -> \
new ADDRESS:PORT; with -o json one object a line with Before and After) until interrupted. \
/v1/agent/services does not block, so consulctl waits on the catalog's copy of this node \
(blocking queries) and asks the agent each time it moves. A command after `--` runs per change \
with the change as JSON on its stdin. consulctl exits 3 when the agent goes away (after \
--retry), 0 on Ctrl-C.\n\n\
Examples:\n  consulctl service list\n  consulctl service list --filter 'Service == \"web\"' -o json\n  \
consulctl service list --watch -- logger -t consul-services"
)]
pub struct ListArgs {
    /// Consul filter expression, passed through (e.g. 'Service == "web"')
    #[arg(long, value_name = "EXPR")]
    filter: Option<String>,

    #[command(flatten)]
    watch: WatchArgs,
}

impl Leaf for ListArgs {
    fn facts(&self) -> Facts {
        Facts::READS_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
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
