//! The writes `apply` sends: each planned object's registration, creation, update or (with
//! `--prune`) delete, then the set's record of what it created.

use std::io::Write;

use super::lock;
use super::plan::{checked, plan_definitions, Action, Item, Plan, Request};
use super::print::{failure, report, Tense};
use super::ApplyArgs;
use crate::commands::query;
use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, Result};

impl Leaf for ApplyArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES.with_several_datacenters()
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let definitions = checked(ctx, &self.selection)?;
        let mut plan = plan_definitions(ctx, &self.selection, &definitions)?;
        // An apply with nothing to write takes no lock: a second apply of the same files
        // changes nothing in Consul, not even a lock key. One with writes takes the set's lock
        // and plans again under it, so that it acts on what the apply before it left, and
        // holds it until its last write. A dry run writes nothing.
        let lock = if plan.writes() && !ctx.config.dry_run {
            let held = lock::take(ctx, &self.selection, self.lock_timeout)?;
            plan = plan_definitions(ctx, &self.selection, &definitions)?;
            Some(held)
        } else {
            None
        };
        plan.note_never_applied(ctx, &self.selection);
        let Plan {
            items: mut planned,
            mut records,
        } = plan;
        confirm_deletes(ctx, &planned)?;
        let client = ctx.client()?;
        // The IDs of the queries created, by item: what the record keeps of them.
        let mut created = Vec::new();
        // An object refused while planning (a hidden stored token) is not written.
        for (index, item) in planned.iter_mut().enumerate() {
            if item.failed.is_some() {
                continue;
            }
            let Some(write) = &item.write else { continue };
            if let Some(Err(lost)) = lock.as_ref().map(lock::Held::check) {
                item.failed = Some(lost);
                continue;
            }
            let action = match item.action {
                Action::Delete => format!("deleting {}", item.describe()),
                _ => format!("applying {}", item.describe()),
            };
            // Fields the agent is too old to know are refused by name, as register and create
            // do: those the file asks for (what Consul stores, it knows).
            let asked = match write {
                Request::Service(body)
                | Request::Check(body)
                | Request::QueryCreate(body)
                | Request::QueryUpdate(_, _, body) => Some(body),
                Request::ServiceDeregister(_)
                | Request::CheckDeregister(_)
                | Request::QueryDelete(_) => None,
            };
            if let Some(Err(e)) = asked.map(|body| ctx.require_agent_version(body, &action)) {
                item.failed = Some(e);
                continue;
            }
            let dc = item.datacenter.as_deref();
            let sent = match write {
                Request::Service(body) => client
                    .service_register(body, false)
                    .map_err(|e| crate::commands::check::explain_register_error(ctx, &action, e)),
                Request::Check(body) => client
                    .check_register(body)
                    .map_err(|e| crate::commands::check::explain_register_error(ctx, &action, e)),
                Request::QueryCreate(body) => client
                    .query_create(body, dc)
                    .map(|id| created.push((index, id)))
                    .map_err(query::write_error(ctx, &action)),
                Request::QueryUpdate(id, body, _) => client
                    .query_update(id, body, dc)
                    .map_err(query::write_error(ctx, &action)),
                Request::ServiceDeregister(id) => client
                    .service_deregister(id)
                    .map_err(ctx.api_error(&action)),
                Request::CheckDeregister(id) => {
                    client.check_deregister(id).map_err(ctx.api_error(&action))
                }
                Request::QueryDelete(id) => client
                    .query_delete(id, dc)
                    .map_err(query::write_error(ctx, &action)),
            };
            match sent {
                Ok(()) => {}
                // A dry run keeps each write to show it; the rest are planned too.
                Err(Error::Stopped) if ctx.config.dry_run => {}
                Err(e @ Error::Stopped) => return Err(e),
                Err(e) => item.failed = Some(e),
            }
        }
        // Written even when the lock was lost meanwhile: what this apply created exists, and a
        // record without it could never prune it; check-and-set merges it with any other
        // writer's change, so nothing is lost either way.
        if !ctx.config.dry_run {
            let unrecorded = records.update(ctx, &planned, &created);
            planned.extend(unrecorded);
        }
        report(ctx, out, &planned, Tense::Applied)?;
        failure(&planned, Tense::Applied).map_or(Ok(()), Err)
    }
}

/// On a terminal, a plan that deletes is shown and asked for before anything is sent; `--yes`
/// skips the question, and without a terminal (a CI job) the apply goes ahead.
fn confirm_deletes(ctx: &Context, planned: &[Item]) -> Result<()> {
    let deletes = planned
        .iter()
        .filter(|i| i.action == Action::Delete && i.failed.is_none())
        .count();
    if deletes == 0 || ctx.config.yes || ctx.config.dry_run {
        return Ok(());
    }
    // Shown on stderr with the question: stdout keeps the one report of what was done.
    let mut shown = Vec::new();
    report(ctx, &mut shown, planned, Tense::Planned)?;
    let question = format!(
        "{}Delete {deletes} object{}, and apply the rest?",
        String::from_utf8_lossy(&shown),
        if deletes == 1 { "" } else { "s" }
    );
    match crate::commands::ask(&question)? {
        None | Some(true) => Ok(()),
        Some(false) => Err(Error::usage(
            "not confirmed: nothing was changed (add --yes to skip the question)",
        )),
    }
}
