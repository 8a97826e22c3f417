//! `--prune`: the deletes a plan adds, of what the set's record says it created and the files
//! no longer declare. Only the record decides: an object the set did not create is never
//! deleted, whoever registered it.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::load::{DeclaredQuery, Definitions};
use super::plan::{Action, Item, Request};
use super::record::{Entry, Place, Records};
use crate::api::{ApiError, Client, QueryRead, ReadOptions};
use crate::commands::query;
use crate::commands::Context;
use crate::error::Error;

/// The agent's services and checks the set created that the files no longer declare.
pub(super) fn agent_deletes(
    ctx: &Context,
    records: &mut Records,
    definitions: &Definitions,
    services: &Map<String, Value>,
    checks: &Map<String, Value>,
    items: &mut Vec<Item>,
) {
    let record = match records.read(ctx, &Place::Agent) {
        Ok(record) => record,
        Err(e) => return items.push(failed(records.set(), None, &e)),
    };
    let declared_services: HashSet<&str> =
        definitions.services.iter().map(|s| s.id.as_str()).collect();
    // A service's own checks go with it; a check declared inside a service is declared too.
    let declared_checks: HashSet<&str> = definitions
        .checks
        .iter()
        .map(|c| c.id.as_str())
        .chain(
            definitions
                .services
                .iter()
                .flat_map(|s| s.check_ids.iter().map(String::as_str)),
        )
        .collect();
    for id in record
        .services
        .iter()
        .filter(|id| !declared_services.contains(id.as_str()))
    {
        if services.contains_key(id) {
            items.push(delete(
                "service",
                id,
                None,
                Request::ServiceDeregister(id.clone()),
            ));
        } else if confirmed_gone(ctx, |client| client.agent_service(id).map(|s| s.is_none())) {
            records
                .gone
                .push((Place::Agent, Entry::Service(id.clone())));
        }
    }
    for id in record
        .checks
        .iter()
        .filter(|id| !declared_checks.contains(id.as_str()))
    {
        if checks.contains_key(id) {
            items.push(delete(
                "check",
                id,
                None,
                Request::CheckDeregister(id.clone()),
            ));
        } else {
            records.gone.push((Place::Agent, Entry::Check(id.clone())));
        }
    }
}

/// The queries of datacenter `dc` the set created there that the files no longer declare for
/// it. A recorded query is found by its ID: one of the same name made by someone else after
/// it was deleted is not the set's.
pub(super) fn query_deletes(
    ctx: &Context,
    records: &mut Records,
    dc: &str,
    wanted: &[&DeclaredQuery],
    stored: &[QueryRead],
    items: &mut Vec<Item>,
) {
    let place = Place::Datacenter(dc.to_string());
    let record = match records.read(ctx, &place) {
        Ok(record) => record,
        Err(e) => return items.push(failed(records.set(), Some(dc), &e)),
    };
    let declared: HashSet<String> = wanted.iter().map(|q| query::folded_name(&q.name)).collect();
    for recorded in &record.queries {
        let found = stored
            .iter()
            .find(|(typed, _)| typed.id.as_deref() == Some(recorded.id.as_str()));
        let Some((typed, _)) = found else {
            let options = ReadOptions {
                datacenter: Some(dc),
                ..ReadOptions::default()
            };
            if confirmed_gone(ctx, |client| {
                client
                    .query_get(&recorded.id, &options)
                    .map(|q| q.is_none())
            }) {
                records
                    .gone
                    .push((place.clone(), Entry::Query(recorded.clone())));
            }
            continue;
        };
        let name = typed.name.clone().unwrap_or_else(|| recorded.name.clone());
        if declared.contains(&query::folded_name(&name)) {
            continue;
        }
        items.push(delete(
            "query",
            &name,
            Some(dc),
            Request::QueryDelete(recorded.id.clone()),
        ));
    }
}

/// A recorded object missing from a list may be hidden from the token (Consul filters lists
/// by ACL without a word): it is taken for gone only when a read of it says there is no such
/// object (404, where a hidden one is 403). Checks have no such read: one missing from the
/// list is taken for gone.
fn confirmed_gone(
    ctx: &Context,
    absent: impl FnOnce(&Client) -> std::result::Result<bool, ApiError>,
) -> bool {
    ctx.client()
        .ok()
        .is_some_and(|client| absent(client).unwrap_or(false))
}

/// The deletes of datacenter `dc` could not be planned: its queries could not be read.
pub(super) fn unplanned(set: &str, dc: &str, error: &Error) -> Item {
    failed(set, Some(dc), error)
}

fn delete(kind: &'static str, id: &str, dc: Option<&str>, write: Request) -> Item {
    Item {
        kind,
        id: id.to_string(),
        datacenter: dc.map(str::to_string),
        action: Action::Delete,
        changes: Vec::new(),
        write: Some(write),
        failed: None,
    }
}

/// The set's deletes at one place could not be planned (its record could not be read).
fn failed(set: &str, dc: Option<&str>, error: &Error) -> Item {
    Item {
        kind: "set",
        id: set.to_string(),
        datacenter: dc.map(str::to_string),
        action: Action::Unchanged,
        changes: Vec::new(),
        write: None,
        failed: Some(Error::failed(
            error.exit(),
            format!("its deletes could not be planned: {}", error.message()),
        )),
    }
}

/// Said once when `--prune` found no record anywhere it looked: nothing is deleted.
pub(super) fn note_never_applied(ctx: &Context, records: &Records) {
    if records.read_any && !records.found_any {
        ctx.note(&format!(
            "note: set {} has no record here (it was never applied, or everything it created is gone): --prune deletes nothing",
            crate::input::shown(records.set())
        ));
    }
}
