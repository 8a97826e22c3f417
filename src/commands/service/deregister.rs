use std::io::Write;

use clap::Args;

use crate::commands::{input, Context, Lookup};
use crate::error::Result;

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
        let id = self.id.as_str();
        crate::commands::deregister(
            ctx,
            out,
            ("service", "ServiceID", id),
            (Lookup::Read, self.missing_ok),
            |c| c.agent_service(id).map(|s| s.is_some()),
            |c| c.service_deregister(id),
        )
    }
}
