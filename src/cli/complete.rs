//! `consulctl completions SHELL`: the same script as the committed `completions/` file; and
//! `COMPLETE=SHELL consulctl`: dynamic completion, where the shell asks consulctl itself at each
//! Tab, so that live names (check and service IDs, query names, members) come from the agent
//! (see [`super::live`]).

use std::ffi::OsString;
use std::io::Write;

use clap::{Args, CommandFactory, ValueEnum};
use clap_complete::env::{Elvish, EnvCompleter, Fish, Powershell, Shells, Zsh};
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
    if shell == Shell::Bash {
        let text = String::from_utf8_lossy(&buf);
        return out.write_all(bash_words_before_flags(&text).as_bytes());
    }
    out.write_all(&buf)
}

/// What clap_complete's bash script offers at every position: the words allowed there, flags
/// first. Offered as they are, a Tab on an empty word after a command that takes no subcommand
/// inserts a lone `-` (every word starts with one), and a group's commands come after its
/// flags. So bash offers flags once a dash is typed, and before that the other words
/// (subcommands, values) only, as git and kubectl do.
const BASH_OFFER: &str = r#"COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )"#;
const BASH_OFFER_WORDS_FIRST: &str = r#"COMPREPLY=( $(_consulctl_offer "${opts}" "${cur}") )"#;
const BASH_OFFER_FUNCTION: &str = r#"# Flags once a dash is typed; before that the subcommands and values only, so that a Tab
# never inserts a lone "-" and a group's commands are not buried under its flags.
_consulctl_offer() {
    if [[ $2 == -* ]]; then
        compgen -W "$1" -- "$2"
        return
    fi
    local word words=()
    for word in $1; do
        [[ $word == -* ]] || words+=("$word")
    done
    compgen -W "${words[*]}" -- "$2"
}

"#;

fn bash_words_before_flags(script: &str) -> String {
    let start = script
        .find("_consulctl() {")
        .expect("clap_complete's bash script defines _consulctl");
    let (head, body) = script.split_at(start);
    format!(
        "{head}{BASH_OFFER_FUNCTION}{}",
        body.replace(BASH_OFFER, BASH_OFFER_WORDS_FIRST)
    )
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
        .shells(Shells(&[&JoinedWords, &Elvish, &Fish, &Powershell, &Zsh]))
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

/// Dynamic completion in bash, as clap_complete's own but for two things. Bash splits a word at
/// the characters of `COMP_WORDBREAKS`, `:` and `=` among them by default: `service:web`
/// arrives as `service`, `:`, `web`, and consulctl would complete `:` as a word of its own (and
/// offer `--`). The registration joins again the pieces that touch on the line, asks for the
/// word as typed, and takes what stands before the last piece off each candidate, since bash
/// replaces that piece only. And flags are offered once a dash is typed, as in the static
/// script: before that the live names, subcommands and values only.
struct JoinedWords;

const BASH_REGISTRATION: &str = r#"
_clap_complete_NAME() {
    local IFS=$'\013'
    local _CLAP_COMPLETE_COMP_TYPE=${COMP_TYPE}
    if compopt +o nospace 2> /dev/null; then
        local _CLAP_COMPLETE_SPACE=false
    else
        local _CLAP_COMPLETE_SPACE=true
    fi
    # The word bash completes: after the last break character, up to the cursor.
    local cur=$2
    [[ "${BASH_VERSINFO[0]}" -ge 4 ]] || cur=${COMP_WORDS[COMP_CWORD]}
    local words=() line=$COMP_LINE cword=0 start=0 from=0 i piece rest
    for (( i = 0; i < ${#COMP_WORDS[@]}; i++ )); do
        piece=${COMP_WORDS[i]}
        rest=${line#"${line%%[![:space:]]*}"}
        if (( i > 0 && ${#rest} == ${#line} )) && [[ -n $piece && -n ${words[${#words[@]}-1]} ]]; then
            words[${#words[@]}-1]+=$piece
        else
            words+=("$piece")
            start=$(( ${#COMP_LINE} - ${#rest} ))
        fi
        if (( i == COMP_CWORD )); then
            cword=$(( ${#words[@]} - 1 ))
            from=$start
            [[ -n $piece ]] || from=$COMP_POINT
        fi
        [[ -z $piece ]] || line=${rest#"$piece"}
    done
    # The whole word up to the cursor, as typed; bash replaces only its part after `before`.
    words[cword]=${COMP_LINE:from:COMP_POINT-from}
    local before=${words[cword]%"$cur"}
    COMPREPLY=( $( \
        _CLAP_IFS="$IFS" \
        _CLAP_COMPLETE_INDEX="$cword" \
        _CLAP_COMPLETE_COMP_TYPE="$_CLAP_COMPLETE_COMP_TYPE" \
        _CLAP_COMPLETE_SPACE="$_CLAP_COMPLETE_SPACE" \
        VAR="bash" \
        COMPLETER -- "${words[@]}" \
    ) )
    if [[ $? != 0 ]]; then
        unset COMPREPLY
        return
    fi
    if [[ -n $before ]]; then
        local kept=()
        for piece in "${COMPREPLY[@]}"; do
            [[ $piece == "$before"* ]] && kept+=("${piece#"$before"}")
        done
        COMPREPLY=("${kept[@]}")
    fi
    if [[ $_CLAP_COMPLETE_SPACE == false ]] && [[ "${COMPREPLY-}" =~ [=/:]$ ]]; then
        compopt -o nospace
    fi
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -o nospace -o bashdefault -o nosort -F _clap_complete_NAME BIN
else
    complete -o nospace -o bashdefault -F _clap_complete_NAME BIN
fi
"#;

impl EnvCompleter for JoinedWords {
    fn name(&self) -> &'static str {
        "bash"
    }

    fn is(&self, name: &str) -> bool {
        name == "bash"
    }

    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        // One shell word, whatever the path holds.
        let completer = format!("'{}'", completer.replace('\'', r"'\''"));
        let script = BASH_REGISTRATION
            .replace("NAME", &name.replace('-', "_"))
            .replace("BIN", bin)
            .replace("COMPLETER", &completer)
            .replace("VAR", var);
        writeln!(buf, "{script}")
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn Write,
    ) -> std::io::Result<()> {
        let index: usize = std::env::var("_CLAP_COMPLETE_INDEX")
            .ok()
            .and_then(|i| i.parse().ok())
            .unwrap_or_default();
        let ifs = std::env::var("_CLAP_IFS").unwrap_or_else(|_| "\n".into());
        let typed_a_dash = args
            .get(index)
            .is_some_and(|word| word.as_encoded_bytes().starts_with(b"-"));
        let candidates = clap_complete::engine::complete(cmd, args, index, current_dir)?;
        let values: Vec<String> = candidates
            .iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .filter(|value| typed_a_dash || !value.starts_with('-'))
            .collect();
        write!(buf, "{}", values.join(&ifs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every place clap_complete's bash script offers words goes through `_consulctl_offer`:
    /// a new clap_complete that words it otherwise fails here, not silently in a shell.
    #[test]
    fn the_static_bash_script_offers_flags_only_after_a_dash() {
        let mut buf = Vec::new();
        script(Shell::Bash, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(!text.contains(BASH_OFFER));
        assert!(text.matches(BASH_OFFER_WORDS_FIRST).count() > 40);
        assert_eq!(text.matches("_consulctl_offer() {").count(), 1);
    }
}
