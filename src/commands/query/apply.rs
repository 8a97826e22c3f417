use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde_json::Value;

use super::changes;
use crate::api::models::PreparedQuery;
use crate::api::ReadOptions;
use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, Result};
use crate::input;

#[derive(Debug, Args)]
#[command(
    after_help = "The query is found by the file's Name: created when no query has that \
name, replaced by the file when it differs, left alone when it matches (zero values such as \
false, 0, \"\" and [] count as absent, as they do for Consul). Prints what changed.\n\n\
Examples:\n  consulctl query apply --file queries/api.json\n  \
jq -n '{Name: \"api\", Service: {Service: \"api\", OnlyPassing: true}}' | \\\n      consulctl query apply --file -"
)]
pub struct ApplyArgs {
    /// The query as JSON in Consul's API shape, with a Name (- for stdin; HCL when FILE ends in
    /// .hcl)
    #[arg(long, value_name = "FILE", required = true)]
    file: PathBuf,
}

impl Leaf for ApplyArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let (map, source) = super::create::query_file(&self.file)?;
        let Some(name) = input::definition_name(&map).map(str::to_string) else {
            return Err(Error::usage(format!(
                "{source} has no \"Name\": apply finds the query to update by its name"
            )));
        };
        let dc = ctx.config.datacenter.clone();
        let options = ReadOptions {
            datacenter: dc.as_deref(),
            ..ReadOptions::default()
        };
        let wanted = Value::Object(map);
        let action = format!("applying query {name:?}");
        let client = ctx.client()?;
        let current = client
            .query_list(&options)
            .map_err(ctx.api_error(&action))?
            .value
            .into_iter()
            .map(|(query, _)| query)
            .find(|q| {
                q.name
                    .as_deref()
                    .is_some_and(|n| super::same_name(n, &name))
            });
        let Some(current) = current else {
            ctx.require_agent_version(&wanted, &action)?;
            let id = client
                .query_create(&wanted, dc.as_deref())
                .map_err(super::write_error(ctx, &action))?;
            let created = PreparedQuery {
                id: Some(id),
                name: Some(name),
                ..PreparedQuery::default()
            };
            let changes = changes::diff(&Value::Null, &wanted);
            return super::report_changes(ctx, out, &created, "created", &changes);
        };
        super::replace_with_file(ctx, out, current, &wanted, (&source, &action))
    }
}
