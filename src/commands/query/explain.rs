use std::io::Write;

use clap::Args;

use crate::cli::values::{Id, QueryRef};
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;
use crate::output;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl query explain geo-db-eu   # what the geo-db- template renders\n  \
consulctl query explain api -o json"
)]
pub struct ExplainArgs {
    /// The query's ID, or a name (a template renders for the name given)
    #[arg(value_name = "ID|NAME")]
    query: Id<QueryRef>,

    /// Show the token stored in the query (hidden otherwise, in JSON too)
    #[arg(long)]
    show_token: bool,
}

impl Leaf for ExplainArgs {
    fn facts(&self) -> Facts {
        Facts::READS
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let dc = ctx.config.datacenter.as_deref();
        let action = format!("explaining query {:?}", self.query);
        let (query, raw) = ctx
            .client()?
            .query_explain(&self.query, dc)
            .map_err(ctx.api_error(&action))?
            .ok_or_else(|| super::not_found(&action, &self.query, dc, ""))?;
        if ctx.json_output() {
            let shown = super::shown_explained(&raw, self.show_token);
            return Ok(output::json_answer(out, shown.as_bytes(), ctx.style())?);
        }
        super::read::show(out, &query, self.show_token)
    }
}
