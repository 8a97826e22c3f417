use std::io::Write;

use clap::Args;

use crate::cli::values::{Id, ServiceId};
use crate::commands::{Context, Facts, Leaf, Lookup};
use crate::error::Result;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl service deregister web\n  consulctl service deregister web-2 --missing-ok"
)]
pub struct DeregisterArgs {
    /// ID of the service
    #[arg(value_name = "ID")]
    id: Id<ServiceId>,

    /// Succeed when no such service is registered (for idempotent clean-up scripts)
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
            ("service", "ServiceID", id),
            (Lookup::Read, self.missing_ok),
            |c| c.agent_service(id).map(|s| s.is_some()),
            |c| c.service_deregister(id),
        )
    }
}
