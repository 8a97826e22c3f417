use std::io::Write;

use clap::Args;
use serde_json::json;

use crate::commands::{input, Context};
use crate::error::{Error, Result};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl service deregister web\n  consulctl service deregister web-2 --missing-ok"
)]
pub struct DeregisterArgs {
    /// ID of the service
    #[arg(value_name = "ID", value_parser = input::Identifier)]
    id: String,

    /// Succeed when no such service is registered (for idempotent clean-up scripts)
    #[arg(long)]
    missing_ok: bool,
}

impl DeregisterArgs {
    pub fn run(&self, ctx: &mut Context, out: &mut dyn Write) -> Result<()> {
        let action = format!("deregistering service {:?}", self.id);
        let client = ctx.client()?;
        // The agent answers 200 for unknown IDs; look first so a typo is not reported as done.
        let known = client
            .agent_service(&self.id)
            .map_err(ctx.api_error(&action))?
            .is_some();
        if !known {
            if self.missing_ok {
                return ctx.done(
                    out,
                    &format!("Service {:?} was not registered; nothing to do.", self.id),
                    &json!({"ServiceID": self.id, "Deregistered": false}),
                );
            }
            return Err(Error::api(format!(
                "{action}: no service {:?} is registered on this agent; see `consulctl service list` (add --missing-ok to accept that)",
                self.id
            )));
        }
        client
            .service_deregister(&self.id)
            .map_err(ctx.api_error(&action))?;
        ctx.done(
            out,
            &format!("Service {:?} deregistered.", self.id),
            &json!({"ServiceID": self.id, "Deregistered": true}),
        )
    }
}
