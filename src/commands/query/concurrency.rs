//! Writing a whole query over a concurrent change. Consul's query `PUT` replaces the whole
//! definition and has no check-and-set (`?cas=` is ignored), so an update built from a read
//! would undo whatever another writer changed after that read. The query is therefore read
//! again right before the `PUT`: when its `ModifyIndex` moved, the update is built again on
//! what the query holds now, and refused when the other writer changed a field that this
//! update changes too. What remains is the write's own flight: a change that lands between
//! that last read and the `PUT` is still overwritten, which Consul's API cannot prevent.

use serde_json::Value;

use super::changes::{self, Change};
use crate::api::models::PreparedQuery;
use crate::api::{Consistency, ReadOptions};
use crate::commands::Context;
use crate::error::{Error, Result};

/// How many times a moved query is built on again before giving up: each time means another
/// writer changed it within moments.
const REBUILDS: usize = 3;

/// A whole-query write: the body, what it changes in the query it was built on, and the query
/// as the report names it.
pub(super) struct Plan {
    pub body: Value,
    pub changes: Vec<Change>,
    pub shown: PreparedQuery,
}

/// Writes `plan`, built on `read`, unless the query moved since; then builds it again with
/// `plan_on` on what the query holds now (see the module's words). Returns the plan written;
/// its `changes` are empty when the other writer already made them and nothing was sent.
/// `again` is what the user can do when the write is refused.
pub(super) fn write(
    ctx: &Context,
    action: &str,
    read: &PreparedQuery,
    mut plan: Plan,
    plan_on: impl Fn(&PreparedQuery) -> Result<Plan>,
    again: &str,
) -> Result<Plan> {
    let id = read.id.clone().unwrap_or_default();
    let datacenter = ctx.config.datacenter.as_deref();
    let read_value = changes::as_value(read);
    let mut built_on = read.clone();
    for _ in 0..=REBUILDS {
        if plan.changes.is_empty() {
            return Ok(plan);
        }
        ctx.require_agent_version(&plan.body, action)?;
        let options = ReadOptions {
            datacenter,
            consistency: Consistency::Consistent,
            ..ReadOptions::default()
        };
        let client = ctx.client()?;
        let now = client
            .query_get(&id, &options)
            .map_err(ctx.api_error(action))?
            .map(|found| found.value.0)
            .ok_or_else(|| deleted(action))?;
        if modify_index(&now) == modify_index(&built_on) {
            client
                .query_update(&id, &plan.body, datacenter)
                .map_err(super::write_error(ctx, action))?;
            return Ok(plan);
        }
        let theirs = changes::diff(&read_value, &changes::as_value(&now));
        let rebuilt = plan_on(&now)?;
        let both: Vec<&str> = theirs
            .iter()
            .filter(|t| {
                rebuilt
                    .changes
                    .iter()
                    .any(|ours| ours.field.eq_ignore_ascii_case(&t.field))
            })
            .map(|change| change.field.as_str())
            .collect();
        if !both.is_empty() {
            return Err(Error::api(format!(
                "{action}: another writer changed the query after it was read ({}, which this update changes too); nothing was written: see what it holds now with `consulctl query get {id}`, then {again}",
                both.join(", ")
            )));
        }
        ctx.note(&format!(
            "note: query {id} was changed by another writer after it was read ({}); the update is built again on what it holds now",
            fields(&theirs)
        ));
        built_on = now;
        plan = rebuilt;
    }
    Err(Error::api(format!(
        "{action}: the query kept changing while it was being written ({} times); nothing was written: try again",
        REBUILDS + 1
    )))
}

/// Consul's count of the query's last change: it moves with every write.
fn modify_index(query: &PreparedQuery) -> Option<u64> {
    query
        .other
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case("ModifyIndex"))
        .and_then(|(_, index)| index.as_u64())
}

fn fields(theirs: &[Change]) -> String {
    if theirs.is_empty() {
        return "no field this update compares".to_string();
    }
    theirs
        .iter()
        .map(|change| change.field.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn deleted(action: &str) -> Error {
    Error::api(format!(
        "{action}: the query no longer exists (deleted meanwhile?); see `consulctl query list`"
    ))
}
