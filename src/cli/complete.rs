//! `consulctl completions SHELL`: the same script as the committed `completions/` file; and
//! `COMPLETE=SHELL consulctl`: dynamic completion, where the shell asks consulctl itself at each
//! Tab, so that live names (check and service IDs, query names, members) come from the agent
//! (see [`super::live`]).

use std::ffi::OsString;
use std::io::Write;

use clap::{Args, CommandFactory, ValueEnum};
use clap_complete::{CompleteEnv, Shell};

use crate::error::{ExitCode, Result};

#[derive(Debug, Args)]
#[command(after_help = "\
These scripts complete commands and flags. For live names from the agent too (check and \
service IDs, query names, members), let the shell ask consulctl at each Tab instead: \
source <(COMPLETE=bash consulctl) in ~/.bashrc (zsh: COMPLETE=zsh; fish: \
COMPLETE=fish consulctl | source). It uses --http-addr and --token on the line, else \
CONSUL_HTTP_ADDR and the token variables, and stays silent when the agent does not answer \
within half a second.

Examples:
  consulctl completions bash \\\n      > ~/.local/share/bash-completion/completions/consulctl
  consulctl completions zsh > \"${fpath[1]}/_consulctl\"
  consulctl completions fish > ~/.config/fish/completions/consulctl.fish")]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    shell: ShellName,
}

/// clap_complete's shells, spelled as people type them.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum ShellName {
    Bash,
    Zsh,
    Fish,
    Elvish,
    #[value(name = "powershell")]
    PowerShell,
}

impl CompletionsArgs {
    /// Needs no agent and no configuration: it works even where CONSUL_HTTP_ADDR is wrong.
    pub fn run(&self, out: &mut dyn Write) -> Result<()> {
        let shell = match self.shell {
            ShellName::Bash => Shell::Bash,
            ShellName::Zsh => Shell::Zsh,
            ShellName::Fish => Shell::Fish,
            ShellName::Elvish => Shell::Elvish,
            ShellName::PowerShell => Shell::PowerShell,
        };
        script(shell, out)?;
        Ok(())
    }
}

/// The completion script for `shell`, as committed under `completions/`.
pub fn script(shell: Shell, out: &mut dyn Write) -> std::io::Result<()> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut super::Cli::command(), "consulctl", &mut buf);
    out.write_all(&buf)
}

/// The variable that turns a run into a completion request, as clap_complete names it.
const COMPLETE: &str = "COMPLETE";

/// `COMPLETE=bash consulctl` prints the shell code that registers dynamic completion;
/// `COMPLETE=bash consulctl -- consulctl check ttl pass w` (what that code runs) prints the
/// candidates. Returns `None` on a normal run, having done nothing but look up one variable: no
/// command is built and nothing is allocated unless the variable is set (clap's own
/// `CompleteEnv::complete` would first read the arguments and the working directory).
pub fn complete_if_asked(args: &[OsString]) -> Option<ExitCode> {
    let shell = std::env::var_os(COMPLETE)?;
    // clap_complete's own spelling of "off".
    if shell.is_empty() || shell == "0" {
        return None;
    }
    // Only the two shapes the protocol uses: `consulctl` alone (registration) and
    // `consulctl -- WORDS` (a Tab). A COMPLETE left in the environment of a script or cron job
    // must not turn `consulctl check ttl pass backup` into printing shell code.
    if args.len() > 1 && args[1] != "--" {
        return None;
    }
    // The shell shows whatever is printed: a panic, on any thread, must stay silent.
    std::panic::set_hook(Box::new(|_| {}));
    // Still single-threaded here: no candidate thread has started.
    super::unset_empty_variables();
    let words: Vec<OsString> = args
        .iter()
        .skip_while(|a| *a != "--")
        .skip(1)
        .cloned()
        .collect();
    let registering = words.is_empty();
    super::live::remember_line(words);
    let current_dir = std::env::current_dir().ok();
    match CompleteEnv::with_factory(super::live::command)
        .var(COMPLETE)
        .try_complete(args.to_vec(), current_dir.as_deref())
    {
        Ok(true) => Some(ExitCode::Success),
        Ok(false) => None,
        // Setting up (an unknown shell in COMPLETE) deserves a message; a failure while the
        // shell waits for candidates does not: it gives none, and bash drops what it got.
        Err(e) if registering => {
            let e = e.to_string();
            let why = e.trim().trim_start_matches("error: ");
            let _ = writeln!(std::io::stderr(), "error: {COMPLETE}={shell:?}: {why}");
            Some(ExitCode::Usage)
        }
        Err(_) => Some(ExitCode::Api),
    }
}
