use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::api::TtlState;
use crate::cli::values::{Id, TtlCheckId};
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;
use crate::input;

#[derive(Debug, Subcommand)]
pub enum TtlCommand {
    /// Mark a TTL check passing
    #[command(
        after_help = "Examples:\n  consulctl check ttl pass backup\n  consulctl check ttl pass backup --note 'backup finished in 42s'"
    )]
    Pass(TtlArgs),
    /// Mark a TTL check warning
    #[command(after_help = "Examples:\n  consulctl check ttl warn backup --note 'disk 85% full'")]
    Warn(TtlArgs),
    /// Mark a TTL check critical
    #[command(
        after_help = "Examples:\n  consulctl check ttl fail backup --note 'backup exited 2'"
    )]
    Fail(TtlArgs),
}

#[derive(Debug, Args)]
pub struct TtlArgs {
    /// ID of the TTL check
    #[arg(value_name = "ID")]
    id: Id<TtlCheckId>,

    /// Text stored as the check's output (without it the output is cleared); its end is kept
    /// within the agent's 4096 bytes
    #[arg(long, value_name = "TEXT", conflicts_with = "note_file")]
    note: Option<String>,

    /// Read the output from FILE (- for stdin); its end is kept within the agent's 4096 bytes
    #[arg(long, value_name = "FILE")]
    note_file: Option<std::path::PathBuf>,

    #[command(flatten)]
    ensure: super::ensure::EnsureArgs,
}

impl Leaf for TtlCommand {
    fn facts(&self) -> Facts {
        Facts::WRITES_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let (state, args) = match self {
            TtlCommand::Pass(a) => (TtlState::Pass, a),
            TtlCommand::Warn(a) => (TtlState::Warn, a),
            TtlCommand::Fail(a) => (TtlState::Fail, a),
        };
        // The agent keeps no more than OUTPUT_LIMIT bytes of a check's output, and a long note
        // would make a URL longer than HTTP allows: keep its end, as --note-file does.
        let note = match (&args.note_file, &args.note) {
            (Some(path), _) => Some(input::text_tail(path, crate::job::OUTPUT_LIMIT)?),
            (None, Some(note)) => {
                Some(input::text_within(note, crate::job::OUTPUT_LIMIT, "--note"))
            }
            (None, None) => None,
        };
        let action = format!("marking check {:?} {}", args.id, state.status());
        args.ensure.ensure(ctx, &args.id)?;
        ctx.client()?
            .check_ttl(&args.id, state, note.as_deref())
            .map_err(super::ttl_write_error(
                ctx,
                &args.id,
                &action,
                Default::default(),
            ))?;
        ctx.done(
            out,
            &format!("Check {:?} is {}.", args.id, state.status()),
            &json!({"CheckID": args.id, "Status": state.status(), "Output": note.as_deref().unwrap_or("")}),
        )
    }
}
