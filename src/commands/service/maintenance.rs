use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::api::{ApiError, Refusal};
use crate::cli::values::{Id, ServiceId};
use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, Result};

#[derive(Debug, Subcommand)]
pub enum MaintenanceCommand {
    /// Take the service out of service discovery until disabled
    #[command(
        after_help = "Examples:\n  consulctl service maintenance enable web --reason 'deploying 1.5'"
    )]
    Enable(EnableArgs),
    /// Put the service back into service discovery
    #[command(after_help = "Examples:\n  consulctl service maintenance disable web")]
    Disable(DisableArgs),
    /// Say whether the service is in maintenance, and why
    #[command(after_help = crate::commands::agent::maintenance::MAINTENANCE_STATUS_HELP)]
    Status(DisableArgs),
}

#[derive(Debug, Args)]
pub struct EnableArgs {
    /// ID of the service
    #[arg(value_name = "ID")]
    id: Id<ServiceId>,

    /// Why, shown in the maintenance check's notes
    #[arg(long, value_name = "TEXT")]
    reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct DisableArgs {
    /// ID of the service
    #[arg(value_name = "ID")]
    id: Id<ServiceId>,
}

impl Leaf for MaintenanceCommand {
    fn facts(&self) -> Facts {
        match self {
            MaintenanceCommand::Status(_) => Facts::READS_AGENT,
            _ => Facts::WRITES_AGENT,
        }
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let (id, enable, reason) = match self {
            MaintenanceCommand::Enable(a) => (&a.id, true, a.reason.as_deref()),
            MaintenanceCommand::Disable(a) => (&a.id, false, None),
            MaintenanceCommand::Status(a) => return status(ctx, out, &a.id),
        };
        let verb = if enable { "enabling" } else { "disabling" };
        let action = format!("{verb} maintenance of service {id:?}");
        match ctx.client()?.service_maintenance(id, enable, reason) {
            Ok(()) => {
                let state = if enable { "in" } else { "out of" };
                ctx.done(
                    out,
                    &format!("Service {id:?} is {state} maintenance."),
                    &json!({"ServiceID": id, "Maintenance": enable, "Reason": reason}),
                )
            }
            Err(ApiError::Status { status, body })
                if status == 404 || Refusal::of(status, &body) == Refusal::UnknownService =>
            {
                Err(Error::api(format!(
                    "{action}: no service {id:?} is registered on this agent (Consul: {})",
                    crate::error::one_line(&body)
                ))
                .with_hint("see `consulctl service list`"))
            }
            Err(e) => Err(ctx.api_error(&action)(e)),
        }
    }
}

/// `service maintenance status ID`: the service must be registered here (a typo would read as
/// "off"), then its maintenance check is looked for.
fn status(ctx: &Context, out: &mut dyn Write, id: &str) -> Result<()> {
    let action = format!("reading maintenance of service {id:?}");
    let client = ctx.client()?;
    if client
        .agent_service(id)
        .map_err(ctx.api_error(&action))?
        .is_none()
    {
        return Err(Error::api(format!(
            "{action}: no service {id:?} is registered on this agent{}; see `consulctl service list`",
            ctx.maybe_hidden()
        )));
    }
    let check_id = format!("_service_maintenance:{id}");
    // The whole list when the ID holds a backtick, which a filter's raw string cannot.
    let filter = (!check_id.contains('`')).then(|| format!("CheckID == `{check_id}`"));
    let answer = client
        .agent_checks_answer(filter.as_deref())
        .map_err(ctx.api_error(&action))?;
    crate::commands::agent::maintenance::print_status(ctx, out, &answer, &check_id)
}
