//! `--wait-min`: the query executed until enough instances answer, following the health of
//! the answer's service in between.

use std::time::Duration;

use super::{answered_by, ExecuteArgs};
use crate::api::models::QueryExecution;
use crate::api::JsonAnswer;
use crate::commands::blocking::{self, Deadline, HealthFollower};
use crate::commands::Context;
use crate::error::{Error, Result};

impl ExecuteArgs {
    /// `--wait-min`: executes the query until enough instances answer, or `--timeout` passes
    /// (exit 4). The execute endpoint does not block, so in between the catalog's health of the
    /// answer's service, in the datacenter that answered, is waited on (a blocking query) and
    /// the query executed again as soon as it moves. That read waits a second the first time,
    /// then longer, up to [`POLL_MOST`]: polls for what it cannot see (a failover elsewhere, a
    /// peer, a token that may not read health).
    pub(super) fn poll(&self, ctx: &Context, action: &str, wanted: u32) -> Result<JsonAnswer> {
        let client = ctx.client()?;
        let deadline = Deadline::after(Some(self.timeout.value));
        client.set_cutoff(deadline.cutoff());
        let failed = blocking::read_error(ctx, action, deadline);
        let mut pause = POLL_FIRST;
        let mut health = HealthFollower::default();
        let mut last: Option<JsonAnswer> = None;
        loop {
            client.renew_retry_budget();
            let raw = match self.execute_api(ctx, client) {
                Ok(Some(raw)) => raw,
                Ok(None) => return Err(self.not_found(ctx, action)),
                // Cut short by the deadline: what the last execute found is the answer.
                Err(e) => match &last {
                    Some(last) if deadline.cut_short(&e) => {
                        return Err(self.too_few(ctx, action, wanted, last))
                    }
                    _ => return Err(failed(e)),
                },
            };
            let answer: QueryExecution = raw.decode().map_err(ctx.api_error(action))?;
            // Counted as --min counts: instances a client could connect to.
            if self.usable(&answer) >= wanted as usize {
                // A --watch that follows has no deadline.
                client.set_cutoff(None);
                return Ok(raw);
            }
            if deadline.passed() {
                return Err(self.too_few(ctx, action, wanted, &raw));
            }
            let datacenter = match answer.datacenter.as_ref() {
                "" => ctx.config.datacenter.clone(),
                dc => Some(dc.to_string()),
            };
            let followed = answer.peer_name.is_empty() && !answer.service.is_empty();
            if followed {
                let service = answer.service.to_string();
                health.until_moved(ctx, client, deadline, pause, &service, datacenter);
            } else {
                deadline.sleep(pause);
            }
            pause = (pause * 2).min(POLL_MOST);
            last = Some(raw);
        }
    }

    /// Exit 4 for `--wait-min`: what the last execute found.
    fn too_few(&self, ctx: &Context, action: &str, wanted: u32, raw: &JsonAnswer) -> Error {
        let answer: QueryExecution = match raw.decode() {
            Ok(answer) => answer,
            Err(e) => return ctx.api_error(action)(e),
        };
        Error::timed_out(format!(
            "timed out after {} waiting for {wanted} healthy instance{} with a usable port from query {:?}: it found {} of {:?} ({})",
            self.timeout.as_str(),
            if wanted == 1 { "" } else { "s" },
            self.query,
            self.usable(&answer),
            answer.service,
            answered_by(&answer)
        ))
    }
}

/// The first pause of `--wait-min`, and the longest.
const POLL_FIRST: Duration = Duration::from_secs(1);
const POLL_MOST: Duration = Duration::from_secs(4);
