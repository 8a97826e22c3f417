use std::io::Write;

use clap::Args;

use crate::api::models::AgentChecks;
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;
use crate::output::{self, Text};

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
        let answer = ctx
            .client()?
            .agent_checks_answer(self.filter.as_deref())
            .map_err(ctx.api_error("listing checks"))?;
        // Decoded for JSON output too: an answer of the wrong shape is refused in every format.
        let checks: AgentChecks = answer.decode().map_err(ctx.api_error("listing checks"))?;
        if ctx.json_output() {
            return Ok(output::json_answer(out, answer.bytes(), ctx.style())?);
        }
        let rows = checks.iter().map(|c| {
            vec![
                Text::from(c.check_id.as_ref()),
                Text::from(c.name.as_ref()),
                Text::status(&c.status),
                Text::from(c.kind.as_ref()),
                Text::from(c.service_id.as_ref()),
                Text::from(c.output.as_ref()),
            ]
        });
        let headers = ["ID", "Name", "Status", "Type", "Service", "Output"];
        Ok(output::table_of(out, &headers, rows, ctx.style())?)
    }
}
