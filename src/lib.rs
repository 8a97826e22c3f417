//! consulctl: manage a Consul agent's checks, services and prepared queries from the shell.
//!
//! Layers, each knowing only those below it: `cli` (clap) → `commands` (handlers) → `api`
//! (typed HTTP client) and `output` (tables, JSON); `config` holds the resolved settings and
//! `error` the exit codes.

pub mod api;
pub mod cli;
pub mod commands;
pub mod config;
pub mod duration;
pub mod error;
#[cfg(test)]
mod fuzz;
pub mod job;
pub mod output;

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
    if let Some(exit) = commands::completions::complete_if_asked(&args) {
        return exit;
    }
    if args.len() <= 1 {
        // No command at all: a short overview of what there is. clap's own
        // `arg_required_else_help` stays silent when CONSUL_HTTP_ADDR or another variable counts
        // as an argument given.
        let _ = write!(std::io::stderr(), "{}", cli::overview(&cli::Cli::command()));
        return ExitCode::Usage;
    }
    // Still single-threaded here: nothing else reads the environment concurrently.
    cli::unset_empty_variables();
    // Built once: the tree of every command and flag is most of what start-up costs in
    // consulctl's own code (callgrind on `check ttl pass`: 2.95 M instructions with two, 2.50 M).
    // Built after the clean-up above: clap reads the variables when it builds the arguments.
    let command = cli::Cli::command();
    let args = cli::official_spelling(args, &command);
    let stdout = std::io::stdout();
    let mut stderr = std::io::stderr();
    let terminal = Terminal {
        stdout_is_tty: stdout.is_terminal(),
    };
    let matches = match command.try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) if e.kind() == clap::error::ErrorKind::InvalidUtf8 => {
            return report_invalid_utf8(&args, &cli::Cli::command());
        }
        Err(e) => return report_clap_error(e),
    };
    let parsed = cli::Cli::from_arg_matches(&matches).map_err(|e| e.to_string());
    let result = parsed.map_err(Error::usage).and_then(|cli| {
        if let commands::Command::Completions(args) = &cli.command {
            // No configuration needed, so none can be wrong.
            let mut out = stdout.lock();
            return args
                .run(&mut out)
                .and_then(|()| out.flush().map_err(Error::from));
        }
        let input = cli.global.to_input(&matches);
        let config = Config::resolve(input, &|name| std::env::var_os(name), terminal)?;
        let mut ctx = commands::Context::new(&config, &mut stderr);
        let mut out = stdout.lock();
        cli.command.run(&mut ctx, &mut out)?;
        out.flush().map_err(Error::from)
    });
    match result {
        Ok(()) => ExitCode::Success,
        Err(e) => {
            if !e.message.is_empty() {
                let _ = writeln!(std::io::stderr(), "error: {}", e.message);
            }
            e.exit
        }
    }
}

/// clap says only that some argument is not UTF-8; this names it: the flag (or variable) and,
/// unless it is a secret, the value as bytes. Exit 2, as for any usage mistake.
fn report_invalid_utf8(args: &[std::ffi::OsString], root: &clap::Command) -> ExitCode {
    const SECRETS: &[&str] = &["--token", "--http-auth", "--query-token"];
    let value_of = |flag: &str, value: &[u8]| {
        if SECRETS.contains(&flag) {
            format!("the value of '{flag}' is not UTF-8")
        } else {
            format!(
                "invalid value {} for '{flag}': it is not UTF-8",
                shown_bytes(value)
            )
        }
    };
    let on_line = args.iter().enumerate().skip(1).find_map(|(i, arg)| {
        arg.to_str().is_none().then_some(())?;
        let bytes = arg.as_encoded_bytes();
        let flag_and_value = bytes
            .starts_with(b"--")
            .then(|| bytes.iter().position(|&b| b == b'='))
            .flatten()
            .and_then(|eq| Some((std::str::from_utf8(&bytes[..eq]).ok()?, &bytes[eq + 1..])));
        let before = args[i - 1].to_str().filter(|p| p.starts_with('-') && i > 1);
        Some(match (flag_and_value, before) {
            (Some((flag, value)), _) => value_of(flag, value),
            _ if bytes.starts_with(b"-") => format!("the flag {} is not UTF-8", shown_bytes(bytes)),
            (None, Some(flag)) => value_of(flag, bytes),
            (None, None) => format!("the argument {} is not UTF-8", shown_bytes(bytes)),
        })
    });
    // Not on the command line: a variable clap read for an option (its value is not shown:
    // it may be a token).
    let message = on_line.or_else(|| {
        root.get_arguments().find_map(|opt| {
            let (env, long) = (opt.get_env()?, opt.get_long()?);
            std::env::var_os(env)
                .is_some_and(|v| v.to_str().is_none())
                .then(|| {
                    format!(
                        "the variable {} (for --{long}) is not UTF-8",
                        env.to_string_lossy()
                    )
                })
        })
    });
    let message = message.unwrap_or_else(|| "an argument is not UTF-8".to_string());
    let _ = writeln!(
        std::io::stderr(),
        "error: {message}; give text in UTF-8 (see --help)"
    );
    ExitCode::Usage
}

/// Bytes as a quoted string, with what is not UTF-8 as `\xNN`: the `Debug` of an `OsStr`,
/// which is how the IDs' own value parser (`input::Identifier`) names a value.
fn shown_bytes(bytes: &[u8]) -> String {
    use std::os::unix::ffi::OsStrExt;
    format!("{:?}", std::ffi::OsStr::from_bytes(bytes))
}

/// clap's own messages (help, version, usage mistakes). Usage mistakes become one line plus
/// clap's "did you mean" tip, exit 2.
fn report_clap_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            ExitCode::Success
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::Usage
        }
        _ => {
            // clap's first paragraph is the error (the missing arguments are on its following,
            // indented lines); later paragraphs are usage and tips. Keep the error and the tips.
            let rendered = e.render().to_string();
            let mut paragraphs = rendered.split("\n\n");
            let first = paragraphs.next().unwrap_or("error: invalid command line");
            let mut message = first.split_whitespace().collect::<Vec<_>>().join(" ");
            for line in paragraphs.flat_map(str::lines).map(str::trim) {
                if line.starts_with("tip:") {
                    message.push_str("; ");
                    message.push_str(line);
                }
            }
            if !message.contains("--help") {
                message.push_str(" (see --help)");
            }
            let _ = writeln!(std::io::stderr(), "{message}");
            ExitCode::Usage
        }
    }
}
