use std::io::Write;

use clap::Args;

use crate::api::models::CheckUpdate;
use crate::cli::values::{Id, TtlCheckId};
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl check update backup --status warning --note 'slow: 41m'\n  consulctl check update backup --status passing"
)]
pub struct UpdateArgs {
    /// ID of the TTL check
    #[arg(value_name = "ID")]
    id: Id<TtlCheckId>,

    /// New status
    #[arg(long, value_name = "STATUS", value_parser = ["passing", "warning", "critical"])]
    status: String,

    // Not `--output`: that is the global output format (-o), and an argument of the same name
    // here shadows it (clap then panics reading the global one).
    /// Text stored as the check's output (without it the output is cleared)
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
}

impl Leaf for UpdateArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let update = CheckUpdate {
            status: self.status.clone(),
            output: self.note.clone(),
        };
        let action = format!("updating check {:?}", self.id);
        ctx.client()?
            .check_update(&self.id, &update)
            .map_err(super::ttl_write_error(
                ctx,
                &self.id,
                &action,
                Default::default(),
            ))?;
        ctx.done(
            out,
            &format!("Check {:?} is {}.", self.id, self.status),
            &serde_json::json!({
                "CheckID": self.id,
                "Status": update.status,
                "Output": update.output.as_deref().unwrap_or(""),
            }),
        )
    }
}
