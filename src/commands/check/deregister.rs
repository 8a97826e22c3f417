use std::io::Write;

use clap::Args;

use crate::commands::{input, Context, Lookup};
use crate::error::Result;

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
        let id = self.id.as_str();
        crate::commands::deregister(
            ctx,
            out,
            ("check", "CheckID", id),
            (Lookup::FilteredList, self.missing_ok),
            |c| c.agent_checks(None).map(|checks| checks.contains_key(id)),
            |c| c.check_deregister(id),
        )
    }
}
