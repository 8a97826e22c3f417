//! The command line a person most likely meant, for clap's usage mistakes that its own tips do
//! not fix.

/// Flags people reach for that a command spells otherwise: the wrong one and the right one.
const MISSPELT_FLAGS: [(&str, &str); 1] = [("--service-name", "--service")];

/// The command line as the user most likely meant it, for the mistakes clap's tips do not fix:
/// a command's words without the `--` before them (`check run ID -- CMD`), a file without
/// `--file`, `--output TEXT` (the output format) for a check's `--note`, and
/// [`MISSPELT_FLAGS`].
pub fn corrected_line(
    e: &clap::Error,
    args: &[std::ffi::OsString],
    root: &clap::Command,
) -> Option<String> {
    use clap::error::{ContextKind, ContextValue};
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(text)) => Some(text.as_str()),
        _ => None,
    };
    let words: Vec<&str> = args.iter().map(|a| a.to_str()).collect::<Option<_>>()?;
    // The leaf command: the last word that names a subcommand of the one before.
    let (mut leaf, mut leaf_at) = (root, 0);
    for (i, word) in words.iter().enumerate().skip(1) {
        if *word == "--" {
            break;
        }
        if let Some(sub) = leaf.find_subcommand(word) {
            (leaf, leaf_at) = (sub, i);
        }
    }
    let has_long = |name: &str| leaf.get_arguments().any(|a| a.get_long() == Some(name));
    let invalid = context(ContextKind::InvalidArg)?;
    let flag_at = |flag: &str| {
        (leaf_at + 1..words.len()).find(|&i| {
            words[i] == flag
                || words[i]
                    .strip_prefix(flag)
                    .is_some_and(|v| v.starts_with('='))
        })
    };
    let mut fixed: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    match e.kind() {
        clap::error::ErrorKind::InvalidValue
            if invalid.starts_with("--output ") && has_long("note") =>
        {
            let at = flag_at("--output")?;
            fixed[at] = fixed[at].replacen("--output", "--note", 1);
        }
        clap::error::ErrorKind::UnknownArgument if invalid.starts_with("--") => {
            let name = invalid.split('=').next()?;
            let (_, right) = MISSPELT_FLAGS.iter().find(|(wrong, _)| *wrong == name)?;
            if !has_long(right.trim_start_matches('-')) {
                return None;
            }
            let at = flag_at(name)?;
            fixed[at] = fixed[at].replacen(name, right, 1);
        }
        clap::error::ErrorKind::UnknownArgument if !invalid.starts_with('-') => {
            let at = (leaf_at + 1..words.len()).find(|&i| words[i] == invalid)?;
            if leaf.get_positionals().any(clap::Arg::is_last_set) {
                fixed.insert(at, "--".to_string());
            } else if has_long("file") {
                fixed.insert(at, "--file".to_string());
            } else {
                return None;
            }
        }
        _ => return None,
    }
    Some(format!(
        "consulctl {}",
        crate::output::shell::command_line(&fixed[1..])
    ))
}
