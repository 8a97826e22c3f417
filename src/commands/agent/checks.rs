use std::io::Write;

use clap::Args;

use crate::api::models::AgentChecks;
use crate::api::JsonAnswer;
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;
use crate::output::{self, TenancyColumns, Text};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl check list\n  consulctl agent checks --filter 'Status != \"passing\"'\n  consulctl check list -o json | \\\n      jq -r '.[] | select(.Status == \"critical\") | .CheckID'"
)]
pub struct ChecksArgs {
    /// Consul filter expression, passed through (e.g. 'Status == "critical"')
    #[arg(long, value_name = "EXPR")]
    filter: Option<String>,
}

impl Leaf for ChecksArgs {
    fn facts(&self) -> Facts {
        Facts::READS_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        list(ctx, out, self.filter.as_deref())
    }
}

/// A Notes column, only when some check has notes: a maintenance check's reason is there (its
/// Output is empty), and most other checks have none.
pub(crate) struct NotesColumn(bool);

impl NotesColumn {
    pub(crate) fn of<'n>(mut notes: impl Iterator<Item = &'n str>) -> NotesColumn {
        NotesColumn(notes.any(|n| !n.is_empty()))
    }

    pub(crate) fn headers(&self, headers: &[&'static str]) -> Vec<&'static str> {
        let mut all = headers.to_vec();
        if self.0 {
            all.push("Notes");
        }
        all
    }

    pub(crate) fn row<'t>(&self, mut row: Vec<Text<'t>>, notes: &'t str) -> Vec<Text<'t>> {
        if self.0 {
            row.push(Text::from(notes));
        }
        row
    }
}

/// `agent checks` and `check list`: the agent's checks, as a table or as Consul sent them.
pub(crate) fn list(ctx: &Context, out: &mut dyn Write, filter: Option<&str>) -> Result<()> {
    let answer = ctx
        .client()?
        .agent_checks_answer(filter)
        .map_err(ctx.api_error("listing checks"))?;
    print(ctx, out, &answer)
}

/// The agent's checks as a table, or as Consul sent them.
pub(crate) fn print(ctx: &Context, out: &mut dyn Write, answer: &JsonAnswer) -> Result<()> {
    // Decoded for JSON output too: an answer of the wrong shape is refused in every format.
    let checks: Option<AgentChecks> = answer.decode().map_err(ctx.api_error("listing checks"))?;
    if ctx.json_output() {
        // Go writes an empty map as `null`: scripts get one shape, `{}`.
        let as_sent = if checks.is_some() {
            answer.bytes()
        } else {
            b"{}"
        };
        return Ok(output::json_answer(out, as_sent, ctx.style())?);
    }
    let checks = checks.unwrap_or_default();
    let tenancy = TenancyColumns::of(checks.iter().map(|c| (&*c.namespace, &*c.partition)));
    let notes = NotesColumn::of(checks.iter().map(|c| &*c.notes));
    let rows = checks.iter().map(|c| {
        let row = vec![
            Text::from(c.check_id.as_ref()),
            Text::from(c.name.as_ref()),
            Text::status(&c.status),
            Text::from(c.kind.as_ref()),
            Text::from(c.service_id.as_ref()),
            Text::free_text(c.output.as_ref()),
        ];
        tenancy.row(notes.row(row, &c.notes), &c.namespace, &c.partition)
    });
    let headers =
        tenancy.headers(&notes.headers(&["ID", "Name", "Status", "Type", "Service", "Output"]));
    Ok(output::table_of(out, &headers, rows, ctx.style())?)
}
