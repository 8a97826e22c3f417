use std::io::Write;

use clap::Args;
use serde_json::json;

use super::read::{self, BlockingArgs, ConsistencyArgs};
use crate::api::ReadOptions;
use crate::commands::Context;
use crate::error::Result;
use crate::output;

#[derive(Debug, Args)]
#[command(
    after_help = "A name is looked up in the query list (the API itself takes IDs only).\n\n\
Examples:\n  consulctl query get api\n  consulctl query get 8f2c1c5e-0b1a-4c7e-9d35-6a1f0e2b7c44 -o json\n  \
consulctl query get api -o json --wait 5m --index 42   # answers when it changes"
)]
pub struct GetArgs {
    /// The query's ID or name
    #[arg(value_name = "ID|NAME", value_parser = super::super::input::Identifier)]
    query: String,

    #[command(flatten)]
    consistency: ConsistencyArgs,

    #[command(flatten)]
    blocking: BlockingArgs,

    /// Show the token stored in the query (hidden otherwise, in JSON too)
    #[arg(long)]
    show_token: bool,
}

impl GetArgs {
    pub fn run(&self, ctx: &mut Context, out: &mut dyn Write) -> Result<()> {
        self.blocking.check()?;
        let action = format!("reading query {:?}", self.query);
        let options = ReadOptions {
            datacenter: ctx.config.datacenter.as_deref(),
            consistency: self.consistency.consistency(),
            wait: self.blocking.wait,
            index: self.blocking.index,
        };
        let answer = super::resolve_read(ctx, &self.query, &action, &options)?;
        let (query, mut raw) = answer.value;
        if ctx.json_output() {
            super::hide_token(&mut raw, self.show_token);
            let value = if self.blocking.blocking() {
                json!({"Index": answer.index, "Query": raw})
            } else {
                raw
            };
            return Ok(output::json(out, &value, ctx.style())?);
        }
        if self.blocking.blocking() {
            read::report_index(ctx, answer.index);
        }
        read::show(out, &query, self.show_token)
    }
}
