//! `consulctl completions SHELL`: the same script as the committed `completions/` file.

use std::io::Write;

use clap::{Args, CommandFactory, ValueEnum};
use clap_complete::Shell;

use crate::error::Result;

#[derive(Debug, Args)]
#[command(after_help = "\
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
    clap_complete::generate(
        shell,
        &mut crate::cli::Cli::command(),
        "consulctl",
        &mut buf,
    );
    out.write_all(&buf)
}
