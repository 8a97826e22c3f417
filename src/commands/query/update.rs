use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde_json::Value;

use super::changes;
use super::concurrency::{self, Plan};
use super::definition::{self, ClearArgs, DefinitionArgs};
use crate::api::models::{PreparedQuery, HIDDEN_TOKEN};
use crate::cli::values::{Id, QueryRef};
use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, Result};

#[derive(Debug, Args)]
#[command(
    after_help = "Consul replaces a whole query on update, so consulctl reads it first and \
changes only the fields whose flags are given (a repeatable flag sets the whole list; the \
--clear-* and --no-* flags empty or turn off a field). The stored token is carried over untouched. \
Consul refuses failover targets together with --failover-nearest or --failover-dc: an update \
that would mix them with what the query stores is refused, naming the flag that gets there. \
--file instead replaces the definition with the file as written. Right before the write the \
query is read again: if another writer changed it meanwhile, the flags are applied to what it \
holds now, and the update is refused (exit 1, nothing written) when both changed the same field.\n\n\
Examples:\n  consulctl query update api --tag v2 --failover-dc dc2 --failover-dc dc3\n  \
consulctl query update api --clear-tags --no-only-passing\n  \
consulctl query update 8f2c1c5e-0b1a-4c7e-9d35-6a1f0e2b7c44 \\\n      --file api-query.json"
)]
pub struct UpdateArgs {
    /// The query's ID or name
    #[arg(value_name = "ID|NAME")]
    query: Id<QueryRef>,

    #[command(flatten)]
    definition: DefinitionArgs,

    #[command(flatten)]
    clears: ClearArgs,

    /// Replace the whole definition with the JSON in FILE (- for stdin), as written (HCL when
    /// FILE ends in .hcl)
    #[arg(long, value_name = "FILE", conflicts_with_all = super::create::definition_flags())]
    file: Option<PathBuf>,
}

impl Leaf for UpdateArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let action = format!("updating query {:?}", self.query);
        let clears = self.clears.clears();
        if let Some(path) = &self.file {
            if clears.any() {
                return Err(Error::usage(
                    "--file replaces the whole definition: the --clear-* and --no-* flags do not apply",
                ));
            }
            let (map, source) = super::create::query_file(path)?;
            let current = super::resolve(ctx, &self.query, &action)?;
            let wanted = Value::Object(map);
            return super::replace_with_file(ctx, out, current, &wanted, (&source, &action));
        }
        if !self.definition.any(&clears) {
            return Err(Error::usage(
                "nothing to change: give the flags of the fields to change (see --help), or --file",
            ));
        }
        self.definition.check_flags()?;
        let token = self.definition.stored_token()?;
        let current = super::resolve(ctx, &self.query, &action)?;
        // The flags applied to a definition as read: once, and again if another writer changes
        // the query before the write.
        let plan_on = |current: &PreparedQuery| -> Result<Plan> {
            if current.token.as_deref() == Some(HIDDEN_TOKEN)
                && token.is_none()
                && !clears.query_token
            {
                return Err(Error::api(format!(
                    "{action}: Consul hides the query's stored token from your token, so an update would overwrite it with {HIDDEN_TOKEN:?}; use a token with acl = \"write\", or give --query-token/--query-token-file (or --clear-query-token)"
                )));
            }
            let mut wanted = current.clone();
            self.definition.apply(&mut wanted, &clears, token.clone())?;
            Ok(Plan {
                body: changes::as_value(&wanted),
                changes: changes::diff(&changes::as_value(current), &changes::as_value(&wanted)),
                shown: wanted,
            })
        };
        let plan = plan_on(&current)?;
        let failover = plan.shown.service.failover.clone().unwrap_or_default();
        if plan.changes.is_empty() && clears.failover_dcs && failover.has_targets() {
            // "Already as asked" would read as "no failover", while the targets still fail over.
            if !ctx.json_output() && !ctx.config.quiet {
                writeln!(
                    out,
                    "{} has no failover datacenters to clear; its failover targets stay in force: {} (--clear-failover-targets removes them).",
                    crate::output::capitalized(&super::describe(&current)),
                    definition::targets_text(&failover)
                )?;
                return Ok(());
            }
            return super::report_changes(ctx, out, &current, "unchanged", &plan.changes);
        }
        if plan.changes.is_empty() {
            return super::report_changes(ctx, out, &current, "unchanged", &plan.changes);
        }
        let again = "run the update again: it applies its flags to the new definition";
        let written = concurrency::write(ctx, &action, &current, plan, plan_on, again)?;
        let done = if written.changes.is_empty() {
            "unchanged"
        } else {
            "updated"
        };
        super::report_changes(ctx, out, &written.shown, done, &written.changes)
    }
}
