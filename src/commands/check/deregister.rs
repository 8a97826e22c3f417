use std::io::Write;

use clap::Args;
use serde_json::json;

use crate::commands::{input, Context};
use crate::error::{Error, Result};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl check deregister web-health\n  consulctl check deregister old-check --missing-ok"
)]
pub struct DeregisterArgs {
    /// ID of the check
    #[arg(value_name = "ID", value_parser = input::Identifier)]
    id: String,

    /// Succeed when no such check is registered (for idempotent clean-up scripts)
    #[arg(long)]
    missing_ok: bool,
}

impl DeregisterArgs {
    pub fn run(&self, ctx: &mut Context, out: &mut dyn Write) -> Result<()> {
        let action = format!("deregistering check {:?}", self.id);
        let client = ctx.client()?;
        // The agent answers 200 for unknown IDs; look first so a typo is not reported as done.
        let checks = client.agent_checks(None).map_err(ctx.api_error(&action))?;
        if !checks.contains_key(&self.id) {
            if self.missing_ok {
                return ctx.done(
                    out,
                    &format!("Check {:?} was not registered; nothing to do.", self.id),
                    &json!({"CheckID": self.id, "Deregistered": false}),
                );
            }
            return Err(Error::api(format!(
                "{action}: no check {:?} is registered on this agent; see `consulctl check list` (add --missing-ok to accept that)",
                self.id
            )));
        }
        client
            .check_deregister(&self.id)
            .map_err(ctx.api_error(&action))?;
        ctx.done(
            out,
            &format!("Check {:?} deregistered.", self.id),
            &json!({"CheckID": self.id, "Deregistered": true}),
        )
    }
}
