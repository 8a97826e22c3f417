//! The writes `apply` sends: each planned object's registration, creation or update.

use std::io::Write;

use super::plan::{plan, Request};
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
        let mut planned = plan(ctx, &self.selection)?;
        let client = ctx.client()?;
        // An object refused while planning (a hidden stored token) is not written.
        for item in planned.iter_mut().filter(|i| i.failed.is_none()) {
            let Some(write) = &item.write else { continue };
            let action = format!("applying {}", item.describe());
            // Fields the agent is too old to know are refused by name, as register and create
            // do: those the file asks for (what Consul stores, it knows).
            let asked = match write {
                Request::Service(body)
                | Request::Check(body)
                | Request::QueryCreate(body)
                | Request::QueryUpdate(_, _, body) => body,
            };
            if let Err(e) = ctx.require_agent_version(asked, &action) {
                item.failed = Some(e);
                continue;
            }
            let sent = match write {
                Request::Service(body) => client
                    .service_register(body, false)
                    .map_err(|e| crate::commands::check::explain_register_error(ctx, &action, e)),
                Request::Check(body) => client
                    .check_register(body)
                    .map_err(|e| crate::commands::check::explain_register_error(ctx, &action, e)),
                Request::QueryCreate(body) => client
                    .query_create(body, item.datacenter.as_deref())
                    .map(drop)
                    .map_err(query::write_error(ctx, &action)),
                Request::QueryUpdate(id, body, _) => client
                    .query_update(id, body, item.datacenter.as_deref())
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
        report(ctx, out, &planned, Tense::Applied)?;
        failure(&planned, Tense::Applied).map_or(Ok(()), Err)
    }
}
