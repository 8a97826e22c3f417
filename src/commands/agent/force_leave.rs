use std::io::Write;

use clap::Args;
use serde_json::json;

use crate::api::{ApiError, Refusal};
use crate::cli::values::{Id, MemberName};
use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, Result};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl agent force-leave web-7\n  consulctl agent force-leave web-7 --prune"
)]
pub struct ForceLeaveArgs {
    /// Name of the failed member
    #[arg(value_name = "NODE")]
    node: Id<MemberName>,

    /// Also remove the member from the list at once (instead of after the reap interval)
    #[arg(long)]
    prune: bool,
}

impl Leaf for ForceLeaveArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
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
            Err(ApiError::Status { status, body })
                if Refusal::of(status, &body) == Refusal::UnknownMember =>
            {
                Err(Error::api(format!(
                    "{action}: no member is named {:?} (Consul: {})",
                    self.node,
                    crate::error::one_line(&body)
                ))
                .with_hint("see `consulctl agent members`"))
            }
            Err(e) => Err(ctx.api_error(&action)(e)),
        }
    }
}
