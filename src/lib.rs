//! consulctl: manage a Consul agent's checks, services and prepared queries from the shell.
//!
//! The modules, from the top; each uses only modules below it (the README's Development section
//! maps every file, and tests keep the map and this order true to the tree):
//!
//! - `cli`: the command line: root parser, global options, value parsers, help texts, completion;
//! - `commands`: one handler per command, with its arguments and the facts about it;
//! - `output`: everything printed;
//! - `input` (definition and note files), `job` (`check run`'s command);
//! - `config`: the resolved settings;
//! - `error`: exit codes and one-line messages; `secret`: tokens and how they were given;
//! - `api`: the typed HTTP client; `duration`: Go's duration syntax.
//!
//! The one exception is the loop clap's derive forces: `cli` embeds the commands' argument
//! types, and those name their parsers in `cli::values`.

pub mod api;
pub mod cli;
pub mod commands;
pub mod config;
pub mod duration;
pub mod error;
#[cfg(test)]
mod fuzz;
pub mod input;
pub mod job;
pub mod output;
pub mod secret;

use std::io::{IsTerminal, Write};

use clap::{CommandFactory, FromArgMatches};

use crate::config::{Config, Terminal};
use crate::error::{Error, ExitCode};

/// Parses the command line, runs the command, prints any error as one line on stderr and
/// returns the exit status.
pub fn run_main<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString>,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    // `COMPLETE=bash consulctl …`: the shell asking for completions. Otherwise one lookup.
    if let Some(exit) = cli::complete::complete_if_asked(&args) {
        return exit;
    }
    if args.len() <= 1 {
        // No command at all: a short overview of what there is. clap's own
        // `arg_required_else_help` stays silent when CONSUL_HTTP_ADDR or another variable counts
        // as an argument given.
        let _ = write!(
            std::io::stderr(),
            "{}",
            cli::docs::overview(&cli::Cli::command())
        );
        return ExitCode::Usage;
    }
    // Still single-threaded here: nothing else reads the environment concurrently.
    cli::unset_empty_variables();
    // Built once, after the clean-up above (clap reads the variables as it builds the
    // arguments): the command tree is most of what start-up costs in consulctl's own code.
    let mut command = cli::Cli::command();
    let args = cli::official_spelling(args, &command);
    let matches = match command.try_get_matches_from_mut(&args) {
        Ok(m) => m,
        Err(e) => {
            let corrected = cli::corrections::corrected_line(&e, &args, &command);
            return error::report_clap_error(e, &args, &cli::Cli::command(), corrected);
        }
    };
    let outcome = match cli::swallowed_flag(&command, &matches) {
        Some(message) => Err(Error::usage(message)),
        None => run(&args, &matches),
    };
    match outcome {
        Ok(()) => ExitCode::Success,
        Err(e) => {
            let _ = e.report(&mut std::io::stderr());
            e.exit()
        }
    }
}

/// Runs the parsed command line.
fn run(args: &[std::ffi::OsString], matches: &clap::ArgMatches) -> Result<(), Error> {
    let cli = cli::Cli::from_arg_matches(matches).map_err(|e| Error::usage(e.to_string()))?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cli.command.action() {
        cli::Action::Script(args) => args.run(&mut out)?,
        cli::Action::Leaf(leaf) => {
            let terminal = Terminal {
                stdout_is_tty: stdout.is_terminal(),
            };
            let env = |name: &str| std::env::var_os(name);
            let (input, _, _) = cli::contexts::global_input(
                &cli.global,
                args,
                matches,
                &env,
                cli::contexts::Choice::AsTyped,
            )?;
            let config = Config::resolve(input, &env, terminal)?;
            let path = cli::command_path(matches);
            let mut stderr = std::io::stderr();
            if config.verbose && !config.ignored_variables.is_empty() {
                if let Some((name, _)) = &config.context {
                    let _ = writeln!(
                        stderr,
                        "context {}: ignored {} (a context replaces the CONSUL_* variables)",
                        output::shown(name),
                        config.ignored_variables.join(", ")
                    );
                }
            }
            let ctx = commands::Context::new(&config, &path, &mut stderr);
            commands::run(leaf, &ctx, &mut out)?;
        }
        cli::Action::Contexts(command) => {
            let terminal = Terminal {
                stdout_is_tty: stdout.is_terminal(),
            };
            let env = |name: &str| std::env::var_os(name);
            let choice = match command {
                commands::contexts::ContextCommand::Show(args) => match &args.context {
                    Some(name) => cli::contexts::Choice::Named(name),
                    None => cli::contexts::Choice::AsTyped,
                },
                _ => cli::contexts::Choice::FileOnly,
            };
            let (mut input, file, path) =
                cli::contexts::global_input(&cli.global, args, matches, &env, choice)?;
            input.describe_only = true;
            let config = Config::resolve(input, &env, terminal)?;
            command.run(file.as_ref(), path.as_deref(), &config, &mut out)?;
        }
    }
    out.flush().map_err(Error::from)
}
