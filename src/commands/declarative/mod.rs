//! `consulctl plan` and `consulctl apply`: definition files compared with what the agent and
//! the datacenters hold, and made so. What is compared is read once (the agent's services and
//! checks, each datacenter's query list), every object's plan is made from those reads, and
//! `apply` sends only the writes the plan needs.

mod apply;
mod checks;
mod digest;
mod export;
mod load;
mod lock;
mod plan;
mod print;
mod prune;
mod record;
mod set;

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, ExitCode, Result};
pub use export::ExportArgs;
use plan::plan;
use print::{failure, report, Tense};

/// What plan and apply share: which datacenters take the queries, and the definitions.
#[derive(Debug, Args)]
pub struct Selection {
    /// Put the queries in every datacenter of the federation (/v1/catalog/datacenters), not
    /// only the agent's (or --datacenter's)
    #[arg(long)]
    all_datacenters: bool,

    /// The name of this set of definitions: what --prune may delete and the lock apply holds
    /// are this set's alone (letters, digits, '-', '_' and '.')
    #[arg(long = "set", value_name = "NAME", default_value = set::DEFAULT, value_parser = set::name)]
    set: String,

    /// Also delete what this set created before (its record in Consul's KV store says what)
    /// and the files no longer declare; nothing else is ever deleted
    #[arg(long)]
    prune: bool,

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
status. A check (a service's own too) is compared on its name, notes, service and kind (ttl, \
http, tcp, ...), and on its Interval, Timeout and TTL as Go durations where the agent reports \
them (Consul 1.10 and newer report Interval and Timeout; 1.8.7 reports none of the three). No \
agent reports a check's HTTP URL, TCP address, headers, arguments or thresholds: for those, a \
check is compared with what apply last sent for it (a digest kept in the set's record), and one \
that differs is planned as a change (\"Definition\"). A check apply never registered (one \
registered by hand), or whose definition names nothing to run (as export writes one), is compared \
on what the agent reports alone, and a token or credential \
header's value is never compared: register it again to change those (`check register --file` \
keeps its status). A check's Status is the one it starts with, never compared. With --prune, \
what this set created before and the files no longer declare is deleted too, and nothing else: \
the set's record of what it created is kept in the KV store under consulctl/sets/NAME/.";

/// What `-h` says of the files; `--help` says it all ([`DEFINITIONS_HELP`]).
const DEFINITIONS_BRIEF: &str = "A definition file holds services and checks in an agent config \
file's shape (consul.d's snake_case, or the API's CamelCase) and prepared queries in the API's \
shape, in JSON or HCL; a query's \"datacenters\" list says where it goes. --help says what is \
compared and what is kept.";

/// The help after plan's options: `brief` for `-h`, the whole for `--help`.
fn plan_help(definitions: &str) -> String {
    format!("{definitions}\n\nWrites nothing. Prints each object to create, change (field by field) or delete (--prune) and how many are unchanged. With --exit-code, pending changes exit {}; without it, a plan that could be made exits 0.\n\nExamples:\n  consulctl plan consul.d/\n  consulctl plan --all-datacenters --exit-code definitions/", ExitCode::Drift.code())
}

/// The help after apply's options, as [`plan_help`]; the lock's details only in `--help`.
fn apply_help(definitions: &str, lock: bool) -> String {
    let lock = if lock {
        format!(" Two applies of one set take turns: apply holds the set's lock (the key consulctl/sets/NAME/lock in the agent's datacenter, taken with a session) when its plan has something to write, reads the plan again under it, and holds it until its last write; with nothing to write it takes none. Another apply of the set waits --lock-timeout for it, then exits {} naming the holder; a holder that dies frees the set once its session runs out (about 25s). --dry-run takes no lock.", ExitCode::TimedOut.code())
    } else {
        format!(
            " Another apply of the set holding its lock: waits --lock-timeout, then exits {}.",
            ExitCode::TimedOut.code()
        )
    };
    format!("{definitions}\n\nAn object that already matches gets no write. When an object or a datacenter fails, the others are still applied; the report names each, and the exit status says it failed.{lock} On a terminal, a plan that deletes (--prune) is shown and asked for first; --yes skips the question, and without a terminal apply goes ahead.\n\nExamples:\n  consulctl apply --all-datacenters definitions/\n  consulctl apply --set web --lock-timeout 5m web/\n  consulctl apply --set web --prune --yes definitions/")
}

#[derive(Debug, Args)]
#[command(after_help = plan_help(DEFINITIONS_BRIEF), after_long_help = plan_help(DEFINITIONS_HELP))]
pub struct PlanArgs {
    #[command(flatten)]
    selection: Selection,

    /// Exit with a status of its own when changes are pending (0 only when in sync)
    #[arg(long)]
    exit_code: bool,
}

#[derive(Debug, Args)]
#[command(
    after_help = apply_help(DEFINITIONS_BRIEF, false),
    after_long_help = apply_help(DEFINITIONS_HELP, true)
)]
pub struct ApplyArgs {
    #[command(flatten)]
    selection: Selection,

    /// While another apply of the set holds its lock, wait this long for it, then give up
    /// (exit 4); 0 gives up at once
    #[arg(long, value_name = "DURATION", default_value = "0s", value_parser = crate::duration::parse)]
    lock_timeout: std::time::Duration,
}

impl Leaf for PlanArgs {
    fn facts(&self) -> Facts {
        Facts::READS.with_several_datacenters()
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let planned = plan(ctx, &self.selection)?.items;
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
