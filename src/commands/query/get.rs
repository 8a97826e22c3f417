use std::io::Write;

use clap::Args;

use super::read::{self, ReadFlags};
use crate::cli::values::{Id, QueryRef};
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;
use crate::output;

#[derive(Debug, Args)]
#[command(
    after_help = "A name is looked up in the query list (the API itself takes IDs only).\n\n\
Examples:\n  consulctl query get api\n  consulctl query get 8f2c1c5e-0b1a-4c7e-9d35-6a1f0e2b7c44 -o json\n  \
consulctl query get api -o json --wait 5m --index 42  # when it changes"
)]
pub struct GetArgs {
    /// The query's ID or name
    #[arg(value_name = "ID|NAME")]
    query: Id<QueryRef>,

    #[command(flatten)]
    read: ReadFlags,
}

impl Leaf for GetArgs {
    fn facts(&self) -> Facts {
        Facts::READS
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let options = self.read.options(ctx.config.datacenter.as_deref())?;
        let action = format!("reading query {:?}", self.query);
        let answer = super::resolve_read(ctx, &self.query, &action, &options)?;
        let (query, raw) = answer.value;
        if ctx.json_output() {
            // Consul answers a one-element list, found by name or by ID alike.
            let shown = format!("[{}]", super::shown_json(&raw, self.read.show_token));
            let text = self.read.json("Query", &shown, answer.index);
            return Ok(output::json_answer(out, text.as_bytes(), ctx.style())?);
        }
        if self.read.blocking.blocking() {
            read::report_index(ctx, answer.index);
        }
        read::show(out, &query, self.read.show_token)
    }
}
