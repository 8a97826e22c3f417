use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum MaintenanceCommand {
    /// Take this node out of service: its services fail health queries until disabled
    #[command(
        after_help = "Examples:\n  consulctl agent maintenance enable --reason 'kernel upgrade'"
    )]
    Enable(ReasonArgs),
    /// Put this node back into service
    #[command(after_help = "Examples:\n  consulctl agent maintenance disable")]
    Disable,
}

#[derive(Debug, Args)]
pub struct ReasonArgs {
    /// Why, shown in the maintenance check's notes
    #[arg(long, value_name = "TEXT")]
    reason: Option<String>,
}

impl Leaf for MaintenanceCommand {
    fn facts(&self) -> Facts {
        Facts::WRITES_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let (enable, reason) = match self {
            MaintenanceCommand::Enable(args) => (true, args.reason.as_deref()),
            MaintenanceCommand::Disable => (false, None),
        };
        let action = if enable {
            "enabling node maintenance"
        } else {
            "disabling node maintenance"
        };
        ctx.client()?
            .agent_maintenance(enable, reason)
            .map_err(ctx.api_error(action))?;
        let sentence = if enable {
            "Node maintenance enabled."
        } else {
            "Node maintenance disabled."
        };
        ctx.done(
            out,
            sentence,
            &json!({"Maintenance": enable, "Reason": reason}),
        )
    }
}
