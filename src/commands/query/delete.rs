use std::io::Write;

use clap::Args;

use crate::api::ReadOptions;
use crate::cli::values::{Id, QueryRef};
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl query delete api\n  consulctl query delete old-api --missing-ok"
)]
pub struct DeleteArgs {
    /// The query's ID or name
    #[arg(value_name = "ID|NAME")]
    query: Id<QueryRef>,

    /// Succeed when no such query exists (for scripts that must be safe to repeat)
    #[arg(long)]
    missing_ok: bool,
}

impl Leaf for DeleteArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let action = format!("deleting query {:?}", self.query);
        let dc = ctx.config.datacenter.as_deref();
        let options = ReadOptions {
            datacenter: dc,
            ..ReadOptions::default()
        };
        let Some(found) = super::find(ctx, &self.query, &action, &options)? else {
            let hidden = ctx.maybe_hidden();
            if self.missing_ok {
                return ctx.done(
                    out,
                    &format!("No query {:?} exists{hidden}; nothing to do.", self.query),
                    &serde_json::json!({"Query": self.query, "Deleted": false}),
                );
            }
            return Err(super::not_found(&action, &self.query, dc, &hidden));
        };
        let query = found.value.0;
        let id = query.id.clone().unwrap_or_default();
        ctx.client()?
            .query_delete(&id, dc)
            .map_err(super::write_error(ctx, &action))?;
        ctx.done(
            out,
            &format!("Deleted {}.", super::describe(&query)),
            &serde_json::json!({"ID": id, "Name": query.name, "Deleted": true}),
        )
    }
}
