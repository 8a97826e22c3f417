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
        Facts::WRITES_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let (id, enable, reason) = match self {
            MaintenanceCommand::Enable(a) => (&a.id, true, a.reason.as_deref()),
            MaintenanceCommand::Disable(a) => (&a.id, false, None),
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
