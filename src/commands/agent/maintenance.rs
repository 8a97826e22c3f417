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
    /// Say whether this node is in maintenance, and why
    #[command(after_help = MAINTENANCE_STATUS_HELP)]
    Status,
}

/// How `agent maintenance status` and `service maintenance status` answer.
pub(crate) const MAINTENANCE_STATUS_HELP: &str = "Prints whether maintenance is on and the reason \
given (the maintenance check's notes). With -o json: the maintenance check as Consul sent it, \
or null when maintenance is off.\n\n\
Examples:\n  consulctl agent maintenance status\n  consulctl service maintenance status web -o json";

/// Prints whether the maintenance check `check_id` is in the agent's checks (`answer`), and
/// its notes: the reason. JSON output is the check as Consul sent it, or `null`.
pub(crate) fn print_status(
    ctx: &Context,
    out: &mut dyn Write,
    answer: &crate::api::JsonAnswer,
    check_id: &str,
) -> Result<()> {
    let action = "reading the maintenance check";
    let raw: Option<std::collections::BTreeMap<String, Box<serde_json::value::RawValue>>> =
        answer.decode().map_err(ctx.api_error(action))?;
    let raw = raw.unwrap_or_default();
    let check = raw.get(check_id);
    if ctx.json_output() {
        let as_sent = check.map_or("null", |c| c.get());
        return Ok(crate::output::json_answer(
            out,
            as_sent.as_bytes(),
            ctx.style(),
        )?);
    }
    let Some(check) = check else {
        return Ok(crate::output::fields(
            out,
            &[("Maintenance", "off".to_string())],
        )?);
    };
    let check: crate::api::models::AgentCheck = serde_json::from_str(check.get()).map_err(|e| {
        ctx.api_error(action)(crate::api::ApiError::Decode {
            url: "/v1/agent/checks".into(),
            detail: e.to_string(),
        })
    })?;
    Ok(crate::output::fields(
        out,
        &[
            ("Maintenance", "on".to_string()),
            ("Reason", check.notes.to_string()),
            ("Check", check.check_id.to_string()),
            ("Status", check.status.to_string()),
        ],
    )?)
}

#[derive(Debug, Args)]
pub struct ReasonArgs {
    /// Why, shown in the maintenance check's notes
    #[arg(long, value_name = "TEXT")]
    reason: Option<String>,
}

/// The check Consul adds while the node is in maintenance.
const NODE_MAINTENANCE: &str = "_node_maintenance";

impl Leaf for MaintenanceCommand {
    fn facts(&self) -> Facts {
        match self {
            MaintenanceCommand::Status => Facts::READS_AGENT,
            _ => Facts::WRITES_AGENT,
        }
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let (enable, reason) = match self {
            MaintenanceCommand::Enable(args) => (true, args.reason.as_deref()),
            MaintenanceCommand::Disable => (false, None),
            MaintenanceCommand::Status => {
                let filter = format!("CheckID == `{NODE_MAINTENANCE}`");
                let answer = ctx
                    .client()?
                    .agent_checks_answer(Some(&filter))
                    .map_err(ctx.api_error("reading node maintenance"))?;
                return print_status(ctx, out, &answer, NODE_MAINTENANCE);
            }
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
