//! The config file of named contexts (`$XDG_CONFIG_HOME/consulctl/config.toml`): read only when
//! it exists, each key checked by the very parser of the option it stands for, and the choice
//! of the context a command runs in. What a chosen context means for each setting is decided
//! with the flags and variables in `config`.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::ops::Range;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use clap::parser::ValueSource;
use clap::{ArgMatches, Args, FromArgMatches};
use toml::de::{DeTable, DeValue};

use super::GlobalArgs;
use crate::config::{declarations, ChosenBy, ChosenContext, ContextFile, GlobalInput, Source};
use crate::error::{Error, Result};

/// Where the file is: `$XDG_CONFIG_HOME/consulctl/config.toml`, or under `~/.config`.
pub fn file_path(env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let set = |name: &str| env(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    let base = set("XDG_CONFIG_HOME")
        .filter(|p| p.is_absolute())
        .or_else(|| set("HOME").map(|home| home.join(".config")))?;
    Some(base.join("consulctl").join("config.toml"))
}

/// The file, when there is one: a command without it pays one failed open.
pub fn load(path: &Path) -> Result<Option<ContextFile>> {
    let cannot = |e: std::io::Error| {
        Error::usage(format!(
            "cannot read the config file {}: {e}",
            path.display()
        ))
    };
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(cannot(e)),
    };
    let mode = file.metadata().map_err(cannot)?.permissions().mode();
    let bytes = crate::config::read_bounded(file)
        .map_err(cannot)?
        .ok_or_else(|| {
            Error::usage(format!(
                "the config file {} is larger than {}; is it the right file?",
                path.display(),
                crate::config::MAX_FILE_SHOWN
            ))
        })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::usage(format!(
            "the config file {} is not UTF-8 text",
            path.display()
        ))
    })?;
    parse(path, text, mode).map(Some)
}

/// The line of `text` a byte offset is on, counted from 1.
fn line_of(text: &str, span: &Range<usize>) -> usize {
    text[..span.start.min(text.len())].matches('\n').count() + 1
}

/// Reads the file's text; `mode` is its permission bits, for the check that nobody but its
/// owner can change a file naming a command consulctl runs.
pub fn parse(path: &Path, text: String, mode: u32) -> Result<ContextFile> {
    let shown = path.display().to_string();
    let at = |span: &Range<usize>| format!("{shown} line {}", line_of(&text, span));
    let doc = DeTable::parse(&text).map_err(|e| {
        let place = e.span().map_or_else(|| shown.clone(), |s| at(&s));
        Error::usage(format!(
            "{place}: not valid TOML: {}",
            e.message().lines().next().unwrap_or_default()
        ))
    })?;
    let mut current = None;
    let mut contexts = BTreeMap::new();
    for (key, value) in doc.get_ref() {
        match key.get_ref().as_ref() {
            "current-context" => match value.get_ref() {
                DeValue::String(name) => current = Some((name.to_string(), value.span())),
                other => {
                    return Err(Error::usage(format!(
                        "{}: current-context must be a string (a context's name), not {}",
                        at(&key.span()),
                        other.type_str()
                    )))
                }
            },
            "contexts" => {
                let Some(table) = value.get_ref().as_table() else {
                    return Err(Error::usage(format!(
                        "{}: contexts must be a table: write [contexts.NAME] headers",
                        at(&key.span())
                    )));
                };
                for (name, body) in table {
                    let name = name.get_ref().to_string();
                    let context = context(path, &at, &name, body.get_ref(), &body.span())?;
                    contexts.insert(name, context);
                }
            }
            other => {
                return Err(Error::usage(format!(
                    "{}: unknown key {other:?}; the file holds current-context and [contexts.NAME] tables",
                    at(&key.span())
                )))
            }
        }
    }
    let runs_commands = contexts.values().any(|c| c.token_command.is_some());
    if runs_commands && mode & 0o022 != 0 {
        return Err(Error::usage(format!(
            "the config file {shown} is writable by others than its owner (mode {:04o}) and names a token-command, which consulctl would run: chmod go-w {shown}",
            mode & 0o7777
        )));
    }
    let (current, current_span) = match current {
        Some((name, span)) => (Some(name), Some(span)),
        None => (None, None),
    };
    Ok(ContextFile {
        path: path.to_path_buf(),
        text,
        current,
        current_span,
        contexts,
    })
}

/// The global options alone, reading no variable (the root attaches those): a context's keys
/// are checked and typed by the parsers the flags use.
pub(super) fn settings_command() -> clap::Command {
    GlobalArgs::augment_args(clap::Command::new("consulctl").no_binary_name(true))
}

fn context(
    path: &Path,
    at: &dyn Fn(&Range<usize>) -> String,
    name: &str,
    body: &DeValue,
    span: &Range<usize>,
) -> Result<ChosenContext> {
    let Some(table) = body.as_table() else {
        return Err(Error::usage(format!(
            "{}: contexts.{name:?} must be a table of settings",
            at(span)
        )));
    };
    let command = settings_command();
    let mut words = Vec::new();
    let (mut token_command, mut protected) = (None, false);
    for (key, value) in table {
        let (key_text, place) = (key.get_ref().as_ref(), at(&key.span()));
        let wrong_type = |want: &str| {
            Error::usage(format!(
                "{place}: {key_text} in context {name:?} must be {want}, not {}",
                value.get_ref().type_str()
            ))
        };
        match key_text {
            "token-command" => match value.get_ref() {
                DeValue::String(text) if !text.trim().is_empty() => {
                    token_command = Some(text.to_string())
                }
                DeValue::String(_) => return Err(wrong_type("a command")),
                _ => return Err(wrong_type("a string")),
            },
            "protected" => protected = value.get_ref().as_bool().ok_or_else(|| wrong_type("true or false"))?,
            key => match declarations::declaration(key) {
                Some(declared) if declared.secret => {
                    return Err(Error::usage(format!(
                        "{place}: unknown key {key:?} in context {name:?}: a secret does not belong in this file; use token-file or token-command"
                    )))
                }
                Some(declared) if declared.in_context => {
                    let text = match value.get_ref() {
                        DeValue::String(text) => text.to_string(),
                        DeValue::Boolean(b) => b.to_string(),
                        DeValue::Integer(n) if n.radix() == 10 => n.as_str().replace('_', ""),
                        _ => return Err(wrong_type("a string")),
                    };
                    let word = format!("{}={text}", declared.flag);
                    if let Err(e) = command.clone().try_get_matches_from([&word]) {
                        let why = e.to_string();
                        let why = why.lines().next().unwrap_or_default();
                        return Err(Error::usage(format!(
                            "{place}: {key} = {text:?} in context {name:?}: {}",
                            why.trim_start_matches("error: ")
                        )));
                    }
                    words.push(word);
                }
                _ => {
                    return Err(Error::usage(format!(
                        "{place}: unknown key {key:?} in context {name:?}; a context holds {}, token-command and protected",
                        declarations::context_keys().collect::<Vec<_>>().join(", ")
                    )))
                }
            },
        }
    }
    let token_file = format!("{}=", declarations::TOKEN_FILE.flag);
    if token_command.is_some() && words.iter().any(|w| w.starts_with(&token_file)) {
        return Err(Error::usage(format!(
            "{}: context {name:?} has both token-file and token-command: keep one",
            at(span)
        )));
    }
    let settings = typed(command, &words)
        .map_err(|e| Error::usage(format!("{}: context {name:?}: {e}", at(span))))?;
    Ok(ChosenContext {
        name: name.to_string(),
        chosen_by: ChosenBy::Current,
        file: path.to_path_buf(),
        settings,
        token_command,
        protected,
    })
}

/// The settings the checked words give, as the flags would give them.
fn typed(command: clap::Command, words: &[String]) -> std::result::Result<GlobalInput, String> {
    let matches = command
        .try_get_matches_from(words)
        .map_err(|e| e.to_string().lines().next().unwrap_or_default().to_string())?;
    let args = GlobalArgs::from_arg_matches(&matches).map_err(|e| e.to_string())?;
    Ok(args.to_input(&matches))
}

/// The context a command runs in: the one `--context` or `CONSULCTL_CONTEXT` names; else none
/// when `CONSUL_HTTP_ADDR` is set (the shell chose its agent); else the file's current one.
pub fn choose(
    file: Option<&ContextFile>,
    path: Option<&Path>,
    named: Option<(String, Source)>,
    http_addr_in_env: bool,
) -> Result<Option<ChosenContext>> {
    let (name, chosen_by) = match named {
        Some((name, Source::Env)) => (name, ChosenBy::Env),
        Some((name, _)) => (name, ChosenBy::Flag),
        None if http_addr_in_env => return Ok(None),
        None => match file.and_then(|f| f.current.clone()) {
            Some(name) => (name, ChosenBy::Current),
            None => return Ok(None),
        },
    };
    let by = match chosen_by {
        ChosenBy::Flag => "--context",
        ChosenBy::Env => "CONSULCTL_CONTEXT",
        ChosenBy::Current => "the current-context",
    };
    let Some(file) = file else {
        let path = path.map_or_else(|| "(no HOME)".to_string(), |p| p.display().to_string());
        return Err(Error::usage(format!(
            "no context {name:?} ({by}): there is no config file {path}; write [contexts.{name}] there"
        )));
    };
    match file.contexts.get(&name) {
        Some(context) => Ok(Some(ChosenContext {
            chosen_by,
            ..context.clone()
        })),
        None => Err(Error::usage(format!(
            "no context {name:?} ({by}) in {}; the known ones are: {}",
            file.path.display(),
            known(file)
        ))),
    }
}

/// The context names, for messages.
pub fn known(file: &ContextFile) -> String {
    if file.contexts.is_empty() {
        return "none".to_string();
    }
    let names: Vec<String> = file.contexts.keys().map(|n| format!("{n:?}")).collect();
    names.join(", ")
}

/// What a command line asks of the contexts.
#[derive(Debug, Clone, Copy)]
pub enum Choice<'a> {
    /// The one the command line chooses (`--context`, the variable, the current one).
    AsTyped,
    /// This one instead (`context show NAME`).
    Named(&'a str),
    /// None: the command manages the file (`context list`, `context use`), which must work
    /// even when its current-context names no context.
    FileOnly,
}

/// The global options as typed, with the file and the context they choose.
pub fn global_input(
    global: &GlobalArgs,
    args: &[OsString],
    matches: &ArgMatches,
    env: &dyn Fn(&str) -> Option<OsString>,
    choice: Choice,
) -> Result<(GlobalInput, Option<ContextFile>, Option<PathBuf>)> {
    let mut input = global.to_input(matches);
    if let Some((datacenters, _)) = input.datacenters.as_mut() {
        *datacenters = super::datacenters_given(args, matches);
    }
    let path = file_path(env);
    let file = match &path {
        Some(path) => load(path)?,
        None => None,
    };
    let named = match choice {
        Choice::FileOnly => return Ok((input, file, path)),
        Choice::Named(name) => Some((name.to_string(), Source::Flag)),
        Choice::AsTyped => global.connection.context.clone().map(|name| {
            let source = match matches.value_source("context") {
                Some(ValueSource::EnvVariable) => Source::Env,
                _ => Source::Flag,
            };
            (name, source)
        }),
    };
    let http_addr_in_env = env("CONSUL_HTTP_ADDR").is_some_and(|v| !v.is_empty());
    input.context = choose(file.as_ref(), path.as_deref(), named, http_addr_in_env)?.map(Box::new);
    Ok((input, file, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str, mode: u32) -> Result<ContextFile> {
        parse(Path::new("/c.toml"), text.to_string(), mode)
    }

    #[test]
    fn keys_are_checked_by_the_flags_parsers_and_named_with_their_line() {
        let file = parsed(
            "current-context = \"dev\"\n[contexts.dev]\nhttp-addr = \"127.0.0.1:8500\"\nretry = 3\nhttp-ssl = true\nrequest-timeout = \"2s\"\n",
            0o644,
        )
        .unwrap();
        let dev = &file.contexts["dev"];
        assert_eq!(dev.settings.retries, Some((3, Source::Flag)));
        assert_eq!(dev.settings.http_ssl, Some((true, Source::Flag)));
        assert_eq!(
            dev.settings.request_timeout,
            Some((std::time::Duration::from_secs(2), Source::Flag))
        );
        assert_eq!(file.current.as_deref(), Some("dev"));

        let err = parsed("[contexts.dev]\n\nhttp-adr = \"x\"\n", 0o600).unwrap_err();
        assert_eq!(err.exit(), crate::error::ExitCode::Usage);
        assert!(
            err.message()
                .starts_with("/c.toml line 3: unknown key \"http-adr\" in context \"dev\""),
            "{}",
            err.message()
        );
        let err = parsed("[contexts.dev]\ntoken = \"s3cret\"\n", 0o600).unwrap_err();
        assert!(err.message().contains("line 2: unknown key \"token\""));
        assert!(!err.message().contains("s3cret"));
        let err = parsed("[contexts.dev]\nretry = 500\n", 0o600).unwrap_err();
        assert!(
            err.message()
                .starts_with("/c.toml line 2: retry = \"500\" in context \"dev\": "),
            "{}",
            err.message()
        );
        let both = "[contexts.dev]\ntoken-file = \"/t\"\ntoken-command = \"echo t\"\n";
        let err = parsed(both, 0o600).unwrap_err();
        assert!(err
            .message()
            .ends_with("has both token-file and token-command: keep one"));
        let err = parsed("[contexts.dev]\ndatacenter = \"a b\"\n", 0o600).unwrap_err();
        assert!(
            err.message().contains("line 2: datacenter"),
            "{}",
            err.message()
        );
    }

    #[test]
    fn a_file_naming_a_command_must_be_its_owners_alone() {
        let text = "[contexts.p]\ntoken-command = \"echo t\"\n";
        let err = parsed(text, 0o100664).unwrap_err();
        assert_eq!(
            err.message(),
            "the config file /c.toml is writable by others than its owner (mode 0664) and names a token-command, which consulctl would run: chmod go-w /c.toml"
        );
        assert!(parsed(text, 0o100644).is_ok());
        assert!(parsed("[contexts.p]\n", 0o100666).is_ok());
    }

    #[test]
    fn choosing_follows_the_rule() {
        let file = parsed(
            "current-context = \"a\"\n[contexts.a]\n[contexts.b]\n",
            0o600,
        )
        .unwrap();
        let chosen = |named: Option<(&str, Source)>, addr_in_env: bool| {
            choose(
                Some(&file),
                None,
                named.map(|(n, s)| (n.to_string(), s)),
                addr_in_env,
            )
            .map(|c| c.map(|c| (c.name, c.chosen_by)))
        };
        assert_eq!(
            chosen(None, false).unwrap(),
            Some(("a".into(), ChosenBy::Current))
        );
        assert_eq!(chosen(None, true).unwrap(), None);
        assert_eq!(
            chosen(Some(("b", Source::Env)), true).unwrap(),
            Some(("b".into(), ChosenBy::Env))
        );
        assert_eq!(
            chosen(Some(("b", Source::Flag)), true).unwrap(),
            Some(("b".into(), ChosenBy::Flag))
        );
        let err = chosen(Some(("c", Source::Flag)), false).unwrap_err();
        assert_eq!(
            err.message(),
            "no context \"c\" (--context) in /c.toml; the known ones are: \"a\", \"b\""
        );
    }
}
