//! The words around the commands: the overview that `consulctl` alone prints, the first steps,
//! the environment variables, the root `--help` description and epilogue with the exit
//! statuses, and how the global options show in help (in full at the root, as one line below
//! it). The man pages and the README are checked against these.

use crate::config::declarations::{self, Declaration, SETTINGS};
use crate::error::ExitCode;

/// The root's description in `--help`: what consulctl does, and every variable an option may
/// come from, named from [`ENVIRONMENT`] so that the list cannot fall behind it.
pub fn root_long_about() -> String {
    let names = |own: bool| {
        ENVIRONMENT
            .iter()
            .map(|var| var.name)
            .filter(|name| name.starts_with("CONSULCTL_") == own && name.starts_with("CONSUL"))
            .collect::<Vec<_>>()
    };
    let own = names(true);
    let (last, others) = own
        .split_last()
        .expect("consulctl has variables of its own");
    format!(
        "Manage a Consul agent's health checks, services and members, and Consul's prepared \
         queries, over the HTTP API.\n\n\
         Options may also come from the official CLI's environment variables ({}) and from {} \
         and {last}; a flag beats its variable.",
        names(false).join(", "),
        others.join(", "),
    )
}

/// How every root option is declared: global, so that it is taken anywhere on the line, and
/// with its variable's value shown in `--help` only where that says something true and
/// harmless. clap would print an unset variable as `[env: NAME=]`, which reads as "set to
/// empty", an address as it is, password included, and a value's control characters and line
/// breaks raw to the terminal.
pub fn global_option(arg: clap::Arg) -> clap::Arg {
    let arg = with_declared_variable(arg.global(true));
    let Some(name) = arg.get_env().map(|n| n.to_os_string()) else {
        return arg;
    };
    if arg.is_hide_env_values_set() {
        return arg;
    }
    let Some(value) = std::env::var_os(&name) else {
        return arg.hide_env_values(true);
    };
    let value = value.to_string_lossy();
    let masked = crate::config::without_credentials(&value);
    let shown = crate::output::shown(&masked);
    if shown == value {
        return arg;
    }
    // Said by us, in clap's words and place (right after the help text), with the credentials
    // masked as an error message masks them, and escaped as a word from outside is.
    let said = format!("[env: {}={shown}]", name.to_string_lossy());
    let help = arg.get_help().map(|h| format!("{h} {said}"));
    let long_help = arg.get_long_help().map(|h| format!("{h}\n\n{said}"));
    let arg = arg.hide_env(true);
    let arg = match help {
        Some(help) => arg.help(help),
        None => arg,
    };
    match long_help {
        Some(help) => arg.long_help(help),
        None => arg,
    }
}

/// The option with the variable its declaration names, when clap is the one to read it; a
/// secret's value is never shown.
fn with_declared_variable(arg: clap::Arg) -> clap::Arg {
    let declared = arg.get_long().and_then(declarations::declaration);
    match declared {
        Some(d) if d.variable_by_clap => {
            let hidden = d.secret || arg.is_hide_env_values_set();
            arg.env(d.variable).hide_env_values(hidden)
        }
        _ => arg,
    }
}

/// The global options a command's help names in the line that points to the root's help: the
/// ones a user reaches for first.
const NAMED_GLOBAL_OPTIONS: &[&str] = &["http_addr", "token", "output", "verbose", "dry_run"];

/// The spellings (`-o`, `--token`) of the global options that a command's help and man page
/// name, as `cmd` (the root, or a command that has inherited them) spells them.
pub fn named_global_options(cmd: &clap::Command) -> Vec<String> {
    NAMED_GLOBAL_OPTIONS
        .iter()
        .filter_map(|id| cmd.get_arguments().find(|a| a.get_id() == *id))
        .filter_map(|arg| match (arg.get_short(), arg.get_long()) {
            (Some(short), _) => Some(format!("-{short}")),
            (None, Some(long)) => Some(format!("--{long}")),
            (None, None) => None,
        })
        .collect()
}

/// Run by clap as it builds a command below the root, once the root's options have been
/// copied into it: they stay accepted and completed there, but its help lists only the
/// command's own options and then one line naming where the others are (as gh's "INHERITED
/// FLAGS" does). `consulctl --help` and `man consulctl` keep the full list.
pub fn inherit_global_options(cmd: clap::Command) -> clap::Command {
    let named = named_global_options(&cmd);
    let heading = cmd.get_styles().get_header();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{{all-args}}\n\n\
         {heading}Global options{heading:#} ({}, …): consulctl --help{{after-help}}",
        named.join(", ")
    );
    cmd.mut_args(|arg| {
        if arg.is_global_set() {
            arg.hide_short_help(true).hide_long_help(true)
        } else {
            arg
        }
    })
    .help_template(template)
    .mut_subcommands(|sub| sub.defer(inherit_global_options))
}

/// An environment variable consulctl reads, with the option it stands for.
#[derive(Debug, Clone, Copy)]
pub struct EnvVar {
    pub name: &'static str,
    /// The long flag that beats it.
    pub option: &'static str,
    pub default: &'static str,
    pub meaning: &'static str,
}

/// Every variable that stands for an option (COMPLETE, which registers dynamic completion, is
/// the one other), in the order of [`declarations::SETTINGS`], from which it is made. The man
/// pages' ENVIRONMENT sections are made from this list, a test compares it with the README's
/// table and with `--help`, and another with every variable clap reads.
pub const ENVIRONMENT: &[EnvVar] = &VARIABLES;

const VARIABLES: [EnvVar; variables(SETTINGS)] = environment(SETTINGS);

/// How many settings have a variable.
const fn variables(settings: &[Declaration]) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < settings.len() {
        if settings[i].variable.is_some() {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The variables of `settings`, each with its flag, default and meaning.
const fn environment<const N: usize>(settings: &[Declaration]) -> [EnvVar; N] {
    let mut rows = [EnvVar {
        name: "",
        option: "",
        default: "",
        meaning: "",
    }; N];
    let (mut i, mut n) = (0, 0);
    while i < settings.len() {
        if let Some(name) = settings[i].variable {
            rows[n] = EnvVar {
                name,
                option: settings[i].flag,
                default: settings[i].default,
                meaning: settings[i].meaning,
            };
            n += 1;
        }
        i += 1;
    }
    rows
}

/// What to type first: a service with a TTL check, passed. `consulctl` alone and
/// `consulctl --help` both show it.
pub const FIRST_STEPS: &str = "\
First steps (an agent at 127.0.0.1:8500, or set CONSUL_HTTP_ADDR):
  consulctl agent members
  consulctl service register web --port 8080 --check-ttl 30s
  consulctl check ttl pass service:web --note \"deployed\"
  consulctl agent checks";

/// The root command's `--help` epilogue: first steps and the exit statuses, wrapped to 80
/// columns so that continuation lines keep their indent (clap re-wraps only narrower
/// terminals).
pub fn root_epilogue() -> String {
    let mut text = format!("{FIRST_STEPS}\n\nExit status:");
    for exit in ExitCode::DOCUMENTED {
        wrap_into(
            &mut text,
            &format!("  {}  ", exit.code()),
            "     ",
            exit.meaning(),
        );
    }
    for note in ExitCode::NOTES {
        wrap_into(&mut text, "  ", "    ", note);
    }
    text
}

/// Appends `words` as lines of at most 80 columns, the first after `first`, the rest after
/// `rest`.
fn wrap_into(text: &mut String, first: &str, rest: &str, words: &str) {
    let mut line = first.to_string();
    let mut empty = true;
    for word in words.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > 80 {
            text.push('\n');
            text.push_str(&line);
            line = rest.to_string();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    text.push('\n');
    text.push_str(&line);
}

/// What `consulctl` alone prints: the commands grouped by what people do, generated from the
/// command tree so that it cannot drift, and a first few steps.
pub fn overview(root: &clap::Command) -> String {
    fn leaves(cmd: &clap::Command) -> String {
        cmd.get_subcommands()
            .filter(|c| c.get_name() != "help" && !c.is_hide_set())
            .map(|c| {
                if c.has_subcommands() {
                    let inner: Vec<&str> = c
                        .get_subcommands()
                        .map(clap::Command::get_name)
                        .filter(|n| *n != "help")
                        .collect();
                    format!("{} {}", c.get_name(), inner.join("|"))
                } else {
                    c.get_name().to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
    let mut text = String::from(
        "consulctl: manage a Consul agent's checks, services and prepared queries.\n\n",
    );
    for group in root
        .get_subcommands()
        .filter(|c| c.get_name() != "help" && !c.is_hide_set())
    {
        let what = group.get_about().map(|a| a.to_string()).unwrap_or_default();
        let what = what.split(':').next().unwrap_or_default();
        text.push_str(&format!("  {:<12} {what}\n", group.get_name()));
        if group.has_subcommands() {
            // Wrapped to 80 columns under the group's name (wrap_into starts with a newline).
            let indent = " ".repeat(15);
            let mut lines = String::new();
            wrap_into(&mut lines, &indent, &indent, &leaves(group));
            text.push_str(&lines[1..]);
            text.push('\n');
        }
    }
    text.push('\n');
    text.push_str(FIRST_STEPS);
    text.push_str(
        "\n\nMore: consulctl --help (all options and exit statuses),\n      \
         consulctl COMMAND --help (with examples),\n      \
         man pages: man/ in the source (man -l man/consulctl.1),\n      \
         installed by the Debian package (then: man consulctl)\n",
    );
    text
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;

    /// Every `consulctl …` line of the overview is a command line clap accepts.
    #[test]
    fn overview_examples_parse() {
        let text = overview(&Cli::command());
        let examples: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("consulctl ") && !l.contains("COMMAND"))
            .collect();
        assert!(examples.len() >= 3, "{text}");
        for line in examples {
            let words = shlex::split(line).expect("example lines are shell words");
            if let Err(e) = Cli::command().try_get_matches_from(&words) {
                panic!("{line}: {e}");
            }
        }
    }

    /// Every leaf command's help has 1-3 examples, and each is a command line clap accepts.
    #[test]
    fn every_leaf_command_has_examples_that_parse() {
        fn walk(cmd: &clap::Command, path: String, problems: &mut Vec<String>) {
            let subs: Vec<&clap::Command> = cmd
                .get_subcommands()
                .filter(|c| c.get_name() != "help")
                .collect();
            if !subs.is_empty() {
                for sub in subs {
                    walk(sub, format!("{path} {}", sub.get_name()), problems);
                }
                return;
            }
            let help = cmd
                .get_after_help()
                .or(cmd.get_after_long_help())
                .map(|h| h.to_string())
                .unwrap_or_default();
            let block = help
                .split_once("Examples:")
                .map(|(_, rest)| rest)
                .unwrap_or("");
            // An example is copied from a terminal: none may wrap on an 80-column one.
            for line in block.lines().filter(|l| l.chars().count() > 80) {
                problems.push(format!("{path}: example line over 80 columns: {line}"));
            }
            // A long example goes on with a shell continuation (` \` and an indented line).
            let joined = block
                .split(" \\\n")
                .map(str::trim_start)
                .collect::<Vec<_>>()
                .join(" ");
            let examples: Vec<&str> = joined
                .lines()
                .map(str::trim)
                .filter(|l| l.starts_with("consulctl "))
                .collect();
            if !(1..=3).contains(&examples.len()) {
                problems.push(format!("{path}: {} examples", examples.len()));
            }
            for line in examples {
                // What a shell would pass: redirections and pipes are not ours.
                let line = line.split(['>', '|']).next().unwrap_or(line);
                let words = shlex::split(line).expect("example lines are shell words");
                let mut command = Cli::command();
                match command.try_get_matches_from_mut(&words) {
                    Err(e) => problems.push(format!(
                        "{path}: `{line}`: {}",
                        e.render().to_string().lines().next().unwrap_or("")
                    )),
                    Ok(matches) => {
                        if let Some(message) = crate::cli::swallowed_flag(&command, &matches) {
                            problems.push(format!("{path}: `{line}`: {message}"));
                        }
                    }
                }
            }
        }
        let mut problems = Vec::new();
        let mut root = Cli::command();
        root.build();
        walk(&root, "consulctl".into(), &mut problems);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Each declaration is a global option, and clap reads for it the variable declared.
    #[test]
    fn every_declared_setting_is_a_global_option_with_its_variable() {
        let root = Cli::command();
        for declared in SETTINGS {
            let arg = root
                .get_arguments()
                .find(|a| a.get_long() == Some(declared.name()))
                .unwrap_or_else(|| panic!("{} is declared but no global option", declared.flag));
            assert_eq!(
                arg.get_env().and_then(|e| e.to_str()),
                declared.variable.filter(|_| declared.variable_by_clap),
                "{}",
                declared.flag
            );
            assert_eq!(
                arg.is_hide_env_values_set() && declared.secret,
                declared.secret,
                "{}: a secret's value is never shown",
                declared.flag
            );
            // A variable clap does not read is named by the option's own help.
            if let (Some(var), false) = (declared.variable, declared.variable_by_clap) {
                let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                assert!(
                    help.contains(var),
                    "{}'s help never names {var}",
                    declared.flag
                );
            }
        }
    }

    /// Empty variables are dropped from this list; one clap reads but the list lacks would
    /// keep an empty value as given.
    #[test]
    fn every_variable_clap_reads_is_in_the_environment_list() {
        fn walk(cmd: &clap::Command, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                if let Some(env) = arg.get_env() {
                    if !ENVIRONMENT.iter().any(|v| env == v.name) {
                        missing.push(env.to_string_lossy().into_owned());
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), &mut missing);
        assert!(missing.is_empty(), "not in cli::ENVIRONMENT: {missing:?}");
    }
}
