use std::collections::BTreeMap;
use std::io::Write;

use clap::Args;
use serde_json::value::RawValue;

use super::CheckStatus;
use crate::api::{ApiError, CatalogCheck, Client, JsonAnswer};
use crate::cli::values::{CheckId, Id, PositiveDuration};
use crate::commands::blocking::{self, filter_string, Deadline, Follower};
use crate::commands::{Context, Facts, Leaf};
use crate::error::{one_line, Error, Result};
use crate::output::{self, Text};

#[derive(Debug, Args)]
#[command(
    after_help = "Waits until the check, registered on this agent, has the status (passing \
unless --status says otherwise), then prints it and exits 0. The agent's checks cannot be \
waited on directly, so consulctl waits on the catalog's copy of this node's checks (blocking \
queries: one request per change) and reads the agent's own answer whenever it moves. When \
--timeout passes first (whatever --request-timeout says), consulctl exits 4 and says the \
check's status and output; it exits 1 when no such check is registered. Passing failures (no \
leader, an agent restarting: those --retry tries again) are ridden out until --timeout; one \
that lasts to the end, or Consul that cannot be reached, exits 3.\n\n\
Examples:\n  consulctl check wait service:web --timeout 2m\n  \
consulctl check wait db-ttl --status critical --timeout 30s"
)]
pub struct WaitArgs {
    /// ID of the check
    #[arg(value_name = "ID")]
    id: Id<CheckId>,

    /// The status to wait for
    #[arg(long, value_name = "STATUS", default_value = "passing")]
    status: CheckStatus,

    /// Give up (exit 4) when the check does not have the status within this long
    #[arg(
        long,
        value_name = "DURATION",
        default_value = "5m",
        allow_hyphen_values = true
    )]
    timeout: PositiveDuration,
}

impl WaitArgs {
    /// The agent's checks: the one waited on (`None` when it is not registered), decoded and
    /// as Consul sent it.
    fn read_agent(&self, client: &Client) -> std::result::Result<Seen, ApiError> {
        let answer = client.agent_checks_answer(None)?;
        let checks: BTreeMap<String, CatalogCheck> = answer.decode()?;
        Ok(Seen {
            check: checks.get(self.id.as_str()).cloned(),
            answer,
        })
    }

    fn print(&self, ctx: &Context, out: &mut dyn Write, seen: &Seen) -> Result<()> {
        let check = seen.check.as_ref().expect("printed once found");
        if ctx.json_output() {
            let raw: BTreeMap<String, &RawValue> =
                seen.answer.decode().map_err(ctx.api_error("waiting"))?;
            let one = raw.get(self.id.as_str()).map_or("null", |r| r.get());
            return Ok(output::json_answer(out, one.as_bytes(), ctx.style())?);
        }
        let row = vec![
            Text::from(check.check_id.as_str()),
            Text::from(check.name.as_str()),
            Text::status(&check.status),
            Text::from(check.service_id.as_str()),
            Text::free_text(check.output.as_str()),
        ];
        let headers = ["ID", "Name", "Status", "Service", "Output"];
        Ok(output::table(out, &headers, vec![row], ctx.style())?)
    }
}

/// What the agent answered about its checks.
struct Seen {
    check: Option<CatalogCheck>,
    answer: JsonAnswer,
}

impl Leaf for WaitArgs {
    fn facts(&self) -> Facts {
        Facts::READS_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let wanted = self.status.word();
        let action = format!("waiting for check {:?} to be {wanted}", self.id.as_str());
        let client = ctx.client()?;
        let deadline = Deadline::after(Some(self.timeout.value));
        client.set_cutoff(deadline.cutoff());
        let failed = blocking::read_error(ctx, &action, deadline);
        client.renew_retry_budget();
        let mut seen = self.read_agent(client).map_err(&failed)?;
        let Some(first) = &seen.check else {
            let checks: Option<crate::api::models::AgentChecks> =
                seen.answer.decode().unwrap_or_default();
            let fix = checks
                .as_ref()
                .and_then(|checks| super::meant_check(checks, &self.id, false))
                .map_or("see `consulctl check list`".to_string(), |meant| {
                    super::did_you_mean(ctx, meant)
                });
            return Err(Error::api(format!(
                "{action}: no check {:?} is registered on this agent{}; {fix}",
                self.id.as_str(),
                ctx.maybe_hidden()
            )));
        };
        let node = first.node.clone();
        let filter = format!("CheckID == {}", filter_string(self.id.as_str()));
        let mut follower = Follower::new(None);
        loop {
            if seen.check.as_ref().is_some_and(|c| c.status == wanted) {
                return self.print(ctx, out, &seen);
            }
            client.renew_retry_budget();
            let moved = follower
                .next(deadline, |options| {
                    client.health_node(&node, Some(&filter), options)
                })
                .map_err(&failed)?;
            if moved.is_none() {
                return Err(self.timed_out(seen.check.as_ref()));
            }
            seen = match self.read_agent(client) {
                Ok(now) => now,
                Err(e) if deadline.cut_short(&e) => return Err(self.timed_out(seen.check.as_ref())),
                Err(e) => return Err(failed(e)),
            };
        }
    }
}

impl WaitArgs {
    fn timed_out(&self, check: Option<&CatalogCheck>) -> Error {
        let after = format!(
            "timed out after {} waiting for check {:?} to be {}",
            self.timeout.as_str(),
            self.id.as_str(),
            self.status.word()
        );
        match check {
            None => Error::timed_out(format!("{after}: it is no longer registered")),
            Some(check) => Error::timed_out(format!(
                "{after}: it is {}: {}",
                output::shown(&check.status),
                if check.output.trim().is_empty() {
                    "no output".to_string()
                } else {
                    one_line(&check.output)
                }
            )),
        }
    }
}
