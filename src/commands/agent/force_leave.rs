use std::io::Write;

use clap::Args;
use serde_json::json;

use crate::api::ApiError;
use crate::commands::{input, Context};
use crate::error::{Error, Result};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl agent force-leave web-7\n  consulctl agent force-leave web-7 --prune"
)]
pub struct ForceLeaveArgs {
    /// Name of the failed member
    #[arg(value_name = "NODE", value_parser = input::Identifier)]
    node: String,

    /// Also remove the member from the list at once (instead of after the reap interval)
    #[arg(long)]
    prune: bool,
}

impl ForceLeaveArgs {
    pub fn run(&self, ctx: &mut Context, out: &mut dyn Write) -> Result<()> {
        ctx.refuse_datacenter("agent force-leave")?;
        let action = format!("forcing {:?} to leave", self.node);
        match ctx.client()?.agent_force_leave(&self.node, self.prune) {
            Ok(()) => {
                let sentence = format!("Member {:?} forced to leave.", self.node);
                ctx.done(
                    out,
                    &sentence,
                    &json!({"Node": self.node, "Prune": self.prune}),
                )
            }
            Err(ApiError::Status { status: 500, body }) if body.contains("No node found") => {
                Err(Error::api(format!(
                    "{action}: no member is named {:?} (Consul: {}); see `consulctl agent members`",
                    self.node,
                    crate::error::one_line(&body)
                )))
            }
            Err(e) => Err(ctx.api_error(&action)(e)),
        }
    }
}
