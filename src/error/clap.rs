//! clap's own messages (help, version, usage mistakes) and arguments that are not UTF-8.

use super::{shown_bytes, Error, ExitCode};

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
    let error = Error::usage(message).with_hint("give text in UTF-8 (see --help)");
    let _ = error.report(&mut std::io::stderr());
    error.exit()
}

/// clap's own messages (help, version, usage mistakes), printed; returns the exit status. Usage
/// mistakes become one line plus clap's "did you mean" tip, or the `corrected` command line
/// when there is one, exit 2; an argument that is not UTF-8 is named (`args` is the command
/// line, `root` the command tree).
pub fn report_clap_error(
    e: clap::Error,
    args: &[std::ffi::OsString],
    root: &clap::Command,
    corrected: Option<String>,
) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::InvalidUtf8 => report_invalid_utf8(args, root),
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
            match corrected {
                // clap's tips would point elsewhere ("use '-- --service-name'").
                Some(line) => message.push_str(&format!("; did you mean `{line}`?")),
                None => {
                    for line in paragraphs.flat_map(str::lines).map(str::trim) {
                        if line.starts_with("tip:") {
                            message.push_str("; ");
                            message.push_str(line);
                        }
                    }
                }
            }
            if !message.contains("--help") {
                message.push_str(" (see --help)");
            }
            // clap's text starts with its own "error: "; the renderer writes that.
            let message = message.strip_prefix("error: ").unwrap_or(&message);
            let error = Error::usage(message);
            let _ = error.report(&mut std::io::stderr());
            error.exit()
        }
    }
}
