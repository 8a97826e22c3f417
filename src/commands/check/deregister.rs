use std::io::Write;

use clap::Args;

use crate::cli::values::{CheckId, Id};
use crate::commands::{Context, Facts, Leaf, Lookup};
use crate::error::Result;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl check deregister web-health\n  consulctl check deregister old-check --missing-ok"
)]
pub struct DeregisterArgs {
    /// ID of the check
    #[arg(value_name = "ID")]
    id: Id<CheckId>,

    /// Succeed when no such check is registered (for idempotent clean-up scripts)
    #[arg(long)]
    missing_ok: bool,
}

impl Leaf for DeregisterArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
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
