//! The notes on stderr after an answer that found nothing: unknown failover datacenters, and
//! the instances that are not passing.

use super::ExecuteArgs;
use crate::api::models::QueryExecution;
use crate::commands::Context;

impl ExecuteArgs {
    /// Consul skips a failover datacenter it does not know without a word, so "No healthy
    /// instance" after "no failover" may hide a misspelt name: this says which names are
    /// unknown. Only an answer that found nothing costs the requests for the query's definition
    /// and the known datacenters; one that found instances, at home or after a failover, costs
    /// none. They are best effort: a refusal leaves the note out.
    pub(super) fn note_unknown_failover_datacenters(&self, ctx: &Context, answer: &QueryExecution) {
        if !answer.nodes.is_empty() {
            return;
        }
        let Ok(client) = ctx.client() else { return };
        let dc = ctx.config.datacenter.as_deref();
        let Ok(Some((query, _))) = client.query_explain(&self.query, dc) else {
            return;
        };
        let Some(failover) = &query.service.failover else {
            return;
        };
        let targets = failover.targets.iter().flatten();
        let named: Vec<&str> = failover
            .datacenters
            .iter()
            .flatten()
            .map(String::as_str)
            .chain(
                targets
                    .filter(|t| t.peer.as_deref().is_none_or(str::is_empty))
                    .filter_map(|t| t.datacenter.as_deref()),
            )
            .filter(|name| !name.is_empty())
            .collect();
        if named.is_empty() {
            return;
        }
        let Ok(known) = client.catalog_datacenters() else {
            return;
        };
        let unknown: Vec<String> = named
            .iter()
            .filter(|name| !known.iter().any(|k| k == *name))
            .map(|name| format!("{name:?}"))
            .collect();
        if unknown.is_empty() {
            return;
        }
        let (which, them) = if unknown.len() == 1 {
            ("a datacenter", "it")
        } else {
            ("datacenters", "them")
        };
        ctx.note(&format!(
            "note: the failover of query {:?} names {which} Consul does not know, so Consul skipped {them}: {}",
            self.query,
            unknown.join(", ")
        ));
    }
}

/// An empty answer says nothing of why: a note on stderr names the instances of the service in
/// the datacenter that answered and their failing checks, as `service wait` does. A failure to
/// ask leaves the answer as it was.
pub(super) fn explain_no_healthy_instance(ctx: &Context, answer: &QueryExecution) {
    let options = crate::api::ReadOptions {
        datacenter: Some(&answer.datacenter)
            .filter(|dc| !dc.is_empty())
            .map(|dc| &**dc),
        ..crate::api::ReadOptions::default()
    };
    let Some(instances) = ctx.client().ok().and_then(|client| {
        let health = client.health_service(&answer.service, &[], &options).ok()?;
        health
            .answer
            .decode::<Vec<crate::api::ServiceHealth>>()
            .ok()
    }) else {
        return;
    };
    let not_passing = crate::commands::service::wait::not_healthy(&instances, false);
    if instances.is_empty() {
        ctx.note(&format!(
            "note: no instance of {:?} is registered in that datacenter",
            answer.service
        ));
    } else if !not_passing.is_empty() {
        ctx.note(&format!(
            "note: not passing: {}",
            crate::error::first_few(not_passing, ", ")
        ));
    }
}
