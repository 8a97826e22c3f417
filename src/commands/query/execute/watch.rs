//! `--watch`: the query executed again as its service's health moves, its answers as
//! snapshots, and instances that maintenance took out.

use std::io::Write;
use std::time::Duration;

use serde_json::value::RawValue;

use super::{address, address_port, ExecuteArgs};
use crate::api::models::{Listener, QueryExecution, ServiceNode};
use crate::api::{JsonAnswer, ServiceHealth};
use crate::commands::blocking::{self, Deadline, Follower};
use crate::commands::watch::{self, compact, Item, Snapshot};
use crate::commands::Context;
use crate::error::Result;
use crate::output;

impl ExecuteArgs {
    /// `--watch`: the execute endpoint does not block, so the catalog's health of the query's
    /// service is waited on (blocking queries) and the query executed again each time it moves,
    /// or after [`WATCH_MOST`] at the latest (a failover to another datacenter moves nothing
    /// here).
    pub(super) fn follow(
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
        let failed = blocking::read_error(ctx, action, forever);
        let mut moved = || -> Result<JsonAnswer> {
            client.renew_retry_budget();
            let catalog = follower
                .next(forever, |o| client.health_service(service, &[], o))
                .map_err(&failed)?;
            Ok(catalog.expect("a read without a deadline always answers"))
        };
        // The first read of the catalog answers at once: it only gives the index to wait past.
        moved()?;
        let current = snapshot(ctx, first, action, self.port_name.as_deref())?;
        let mut listed: Vec<(String, String)> = current.keys().cloned().collect();
        watch::follow(ctx, out, &self.watch, "ServiceID", current, || {
            let catalog = moved()?;
            let mut next = snapshot(
                ctx,
                &self.execute_or(ctx, action, &failed)?,
                action,
                self.port_name.as_deref(),
            )?;
            let port_name = self.port_name.as_deref();
            in_maintenance(ctx, &mut next, &catalog, &listed, action, port_name)?;
            listed = next.keys().cloned().collect();
            Ok(next)
        })
    }
}

/// The longest a query watch goes without executing the query again.
const WATCH_MOST: Duration = Duration::from_secs(60);

/// The healthy instances of an execute answer, by node and service ID.
fn snapshot(
    ctx: &Context,
    raw: &JsonAnswer,
    action: &str,
    port_name: Option<&str>,
) -> Result<Snapshot> {
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
                detail: where_it_listens(node, port_name),
                raw: compact(raw.get()),
            };
            ((item.node.clone(), item.id.clone()), item)
        })
        .collect())
}

/// What a watch line shows after an instance: its `address:port`, or its socket.
fn where_it_listens(node: &ServiceNode, port_name: Option<&str>) -> String {
    match node.service.listener(port_name) {
        Listener::Port(port) if output::plausible_host(address(node)) => address_port(node, port),
        Listener::Port(port) => format!("{}:{port}", output::address_cell(address(node))),
        Listener::Socket(path) => path.to_string(),
        Listener::Unusable => output::address_cell(address(node)),
    }
}

/// Adds to `next` the instances of `listed` (the last snapshot's) that the query no longer
/// answers because they are in maintenance (their service's `_service_maintenance:ID` check or
/// their node's `_node_maintenance` check is critical), so that a watch says `healthy ->
/// maintenance` rather than that they went away. Only instances the query answered before
/// count: the catalog also holds instances the query's tags or filters leave out.
fn in_maintenance(
    ctx: &Context,
    next: &mut Snapshot,
    catalog: &JsonAnswer,
    listed: &[(String, String)],
    action: &str,
    port_name: Option<&str>,
) -> Result<()> {
    // The catalog's entries have the shape of an execute answer's nodes, with check IDs.
    let instances: Vec<ServiceHealth> = catalog.decode().map_err(ctx.api_error(action))?;
    let nodes: Vec<ServiceNode> = catalog.decode().map_err(ctx.api_error(action))?;
    let raws: Vec<&RawValue> = catalog.decode().map_err(ctx.api_error(action))?;
    for ((instance, node), raw) in instances.iter().zip(&nodes).zip(raws) {
        let key = (instance.node.node.clone(), instance.service.id.clone());
        let service_check = format!("_service_maintenance:{}", instance.service.id);
        let maintenance = instance.checks.iter().any(|c| {
            c.status == "critical"
                && (c.check_id == "_node_maintenance" || c.check_id == service_check)
        });
        if !maintenance || next.contains_key(&key) || !listed.contains(&key) {
            continue;
        }
        let item = Item {
            node: key.0.clone(),
            id: key.1.clone(),
            state: "maintenance".to_string(),
            detail: where_it_listens(node, port_name),
            raw: compact(raw.get()),
        };
        next.insert(key, item);
    }
    Ok(())
}
