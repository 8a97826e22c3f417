//! `consulctl plan` and `consulctl apply`: definition files compared with what the agent and
//! the datacenters hold, and made so. What is compared is read once (the agent's services and
//! checks, each datacenter's query list), every object's plan is made from those reads, and
//! `apply` sends only the writes the plan needs.

mod apply;
mod load;
mod plan;
mod print;

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, ExitCode, Result};
use plan::plan;
use print::{failure, report, Tense};

/// What plan and apply share: which datacenters take the queries, and the definitions.
#[derive(Debug, Args)]
pub struct Selection {
    /// Put the queries in every datacenter of the federation (/v1/catalog/datacenters), not
    /// only the agent's (or --datacenter's)
    #[arg(long)]
    all_datacenters: bool,

    /// Definition files, or folders whose *.json and *.hcl files are read in name order
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
}

const DEFINITIONS_HELP: &str = "A definition file holds any of \"service\"/\"services\" and \
\"check\"/\"checks\" in an agent config file's shape (snake_case, as in consul.d; the API's \
CamelCase is read too) and \"query\"/\"queries\" in the API's shape (the fields `query apply \
--file` takes), in JSON or HCL. A query may name the datacenters it belongs in \
(\"datacenters\": [\"dc1\", \"dc2\"]): it then goes to those of the selected datacenters; one \
that names none goes to each selected datacenter. Services and checks belong to the agent at \
--http-addr. Zero values count as absent, a query's fields that the file does not mention keep \
what Consul stores (its stored token too), and a re-registered service keeps its checks' \
status. Not yet: --prune, a lock against two applies at once, export, --set, and asking \
before a change.";

#[derive(Debug, Args)]
#[command(after_help = format!("{DEFINITIONS_HELP}\n\nWrites nothing. Prints each object to create or change (field by field) and how many are unchanged. With --exit-code, pending changes exit {}; without it, a plan that could be made exits 0.\n\nExamples:\n  consulctl plan consul.d/\n  consulctl plan --all-datacenters --exit-code definitions/", ExitCode::Drift.code()))]
pub struct PlanArgs {
    #[command(flatten)]
    selection: Selection,

    /// Exit with a status of its own when changes are pending (0 only when in sync)
    #[arg(long)]
    exit_code: bool,
}

#[derive(Debug, Args)]
#[command(after_help = format!("{DEFINITIONS_HELP}\n\nAn object that already matches gets no write. When an object or a datacenter fails, the others are still applied; the report names each, and the exit status says it failed.\n\nExamples:\n  consulctl apply consul.d/\n  consulctl apply --all-datacenters definitions/"))]
pub struct ApplyArgs {
    #[command(flatten)]
    selection: Selection,
}

impl Leaf for PlanArgs {
    fn facts(&self) -> Facts {
        Facts::READS.with_several_datacenters()
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let planned = plan(ctx, &self.selection)?;
        report(ctx, out, &planned, Tense::Planned)?;
        if let Some(failure) = failure(&planned, Tense::Planned) {
            return Err(failure);
        }
        let pending = planned.iter().any(|item| item.write.is_some());
        if self.exit_code && pending {
            return Err(Error::failed(ExitCode::Drift, ""));
        }
        Ok(())
    }
}
