//! `consulctl context …`: the named contexts of the config file. They read the file and the
//! resolved settings only; no agent is asked.

use std::io::Write;
use std::path::Path;

use clap::{Args, Subcommand};

use crate::config::{ChosenBy, Config, ContextFile, Origin};
use crate::error::{Error, Result};
use crate::output::{self, Style, Text};

#[derive(Debug, Subcommand)]
pub enum ContextCommand {
    /// List the contexts of the config file (the current one marked *)
    #[command(after_help = "Examples:\n  consulctl context list")]
    List,
    /// Show each setting a command would use in a context, and where it comes from
    #[command(
        after_help = "Examples:\n  consulctl context show\n  consulctl context show prod-eu\n  consulctl --context prod-eu context show"
    )]
    Show(ShowArgs),
    /// Make a context the file's current-context (the rest of the file is kept as it is)
    #[command(after_help = "Examples:\n  consulctl context use dev")]
    Use(UseArgs),
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The context (default: the one a command would use here)
    #[arg(value_name = "NAME")]
    pub context: Option<String>,
}

#[derive(Debug, Args)]
pub struct UseArgs {
    /// The context to make current
    #[arg(value_name = "NAME")]
    pub context: String,
}

impl ContextCommand {
    pub fn run(
        &self,
        file: Option<&ContextFile>,
        path: Option<&Path>,
        config: &Config,
        out: &mut dyn Write,
    ) -> Result<()> {
        let style = Style {
            color: config.color,
            pretty_json: config.pretty_json,
            fit_terminal: config.stdout_is_tty,
        };
        match self {
            ContextCommand::List => list(file, path, style, out),
            ContextCommand::Show(_) => show(config, style, out),
            ContextCommand::Use(args) => use_context(file, path, &args.context, config, out),
        }
    }
}

fn no_file(path: Option<&Path>) -> Error {
    let path = path.map_or_else(|| "(no HOME)".to_string(), |p| p.display().to_string());
    Error::usage(format!(
        "there is no config file {path}; write your contexts there as [contexts.NAME] tables"
    ))
}

fn list(
    file: Option<&ContextFile>,
    path: Option<&Path>,
    style: Style,
    out: &mut dyn Write,
) -> Result<()> {
    let file = file.ok_or_else(|| no_file(path))?;
    let rows = file
        .contexts
        .values()
        .map(|c| {
            let current = file.current.as_deref() == Some(c.name.as_str());
            let addr = c.settings.http_addr.as_ref().map_or_else(
                || crate::config::DEFAULT_ADDR.to_string(),
                |(a, _)| crate::config::without_credentials(a),
            );
            vec![
                Text::from(if current { "*" } else { "" }),
                Text::from(c.name.clone()),
                Text::from(addr),
                Text::from(
                    c.settings
                        .datacenters
                        .as_ref()
                        .map(|(dcs, _)| dcs.join(", "))
                        .unwrap_or_default(),
                ),
                Text::from(if c.protected { "yes" } else { "" }),
            ]
        })
        .collect();
    output::table(
        out,
        &["Current", "Name", "Address", "Datacenter", "Protected"],
        rows,
        style,
    )?;
    Ok(())
}

fn show(config: &Config, style: Style, out: &mut dyn Write) -> Result<()> {
    let context = match &config.context {
        Some((name, by)) => format!(
            "{name} (chosen by {})",
            match by {
                ChosenBy::Flag => "--context",
                ChosenBy::Env => "CONSULCTL_CONTEXT",
                ChosenBy::Current => "the file's current-context",
            }
        ),
        None => "none".to_string(),
    };
    let mut rows = vec![vec![
        Text::from("context"),
        Text::from(context),
        Text::from(""),
    ]];
    for setting in &config.settings {
        // The token is never shown: where it comes from is.
        let value = match (&setting.value, &setting.origin) {
            (Some(value), _) => value.clone(),
            (None, Origin::Context(_)) => "(from token-command, not shown)".to_string(),
            (None, _) => "(not shown)".to_string(),
        };
        rows.push(vec![
            Text::from(setting.name),
            Text::from(value),
            Text::from(setting.origin.to_string()),
        ]);
    }
    if config.protected {
        rows.push(vec![
            Text::from("protected"),
            Text::from("true"),
            Text::from(
                config
                    .context
                    .as_ref()
                    .map_or_else(String::new, |(n, _)| format!("context {n}")),
            ),
        ]);
    }
    for var in &config.ignored_variables {
        rows.push(vec![
            Text::from(*var),
            Text::from("(ignored)"),
            Text::from("a context replaces the CONSUL_* variables"),
        ]);
    }
    output::table(out, &["Setting", "Value", "Source"], rows, style)?;
    Ok(())
}

fn use_context(
    file: Option<&ContextFile>,
    path: Option<&Path>,
    name: &str,
    config: &Config,
    out: &mut dyn Write,
) -> Result<()> {
    let file = file.ok_or_else(|| no_file(path))?;
    if !file.contexts.contains_key(name) {
        return Err(Error::usage(format!(
            "no context {name:?} in {}; the known ones are: {}",
            file.path.display(),
            known(file)
        )));
    }
    let text = with_current_context(&file.text, file.current_span.clone(), name);
    write_in_place(&file.path, &text)?;
    if !config.quiet {
        writeln!(out, "Current context: {}", output::shown(name))?;
    }
    Ok(())
}

fn known(file: &ContextFile) -> String {
    let names: Vec<String> = file.contexts.keys().map(|n| format!("{n:?}")).collect();
    names.join(", ")
}

/// `text` with `current-context` set to `name`: only the value's bytes change (`span`), or,
/// when the key is missing, one line is put first; every other byte, comments included, stays.
pub fn with_current_context(
    text: &str,
    span: Option<std::ops::Range<usize>>,
    name: &str,
) -> String {
    let value = toml_string(name);
    match span {
        Some(span) => format!("{}{value}{}", &text[..span.start], &text[span.end..]),
        None => format!("current-context = {value}\n{text}"),
    }
}

/// A TOML basic string holding `text`.
fn toml_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04X}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Replaces the file by a new one beside it (same mode), so that a crash never leaves half a
/// file.
fn write_in_place(path: &Path, text: &str) -> Result<()> {
    let failed = |e: std::io::Error| {
        Error::usage(format!(
            "cannot write the config file {}: {e}",
            path.display()
        ))
    };
    let permissions = std::fs::metadata(path).map_err(failed)?.permissions();
    #[cfg(unix)]
    let mode = Some(std::os::unix::fs::PermissionsExt::mode(&permissions) & 0o7777);
    #[cfg(not(unix))]
    let mode = None;
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".consulctl-new");
    crate::output::replace_file(
        path,
        &std::path::PathBuf::from(temporary),
        text.as_bytes(),
        mode,
    )
    .map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn use_changes_only_the_value() {
        let text = "# my clusters\ncurrent-context = \"dev\" # the usual\n\n[contexts.dev] # local\nhttp-addr = \"127.0.0.1:8500\"\n";
        let start = text.find("\"dev\"").unwrap();
        let changed = with_current_context(text, Some(start..start + 5), "prod \"eu\"");
        assert_eq!(
            changed,
            "# my clusters\ncurrent-context = \"prod \\\"eu\\\"\" # the usual\n\n[contexts.dev] # local\nhttp-addr = \"127.0.0.1:8500\"\n"
        );
        assert_eq!(
            with_current_context("[contexts.a]\n", None, "a"),
            "current-context = \"a\"\n[contexts.a]\n"
        );
    }
}
