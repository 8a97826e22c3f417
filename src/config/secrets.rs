//! Tokens and basic auth: token files read within bounds, a context's token-command run
//! within its time limit, and which given token wins.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{BasicAuth, Source};
use crate::error::{escaped, Error, Result};
use crate::secret::{Secret, Token, TokenOrigin};

/// Longest a `token-command` may take before it is stopped and the command refused.
pub const TOKEN_COMMAND_TIMEOUT: Duration = Duration::from_secs(10);

/// Runs a context's `token-command` through `/bin/sh -c`: its trimmed stdout is the token. A
/// failure (non-zero exit, no output, or no answer in [`TOKEN_COMMAND_TIMEOUT`]) names the
/// context with the first line of the command's stderr, and nothing is sent.
pub(super) fn token_from_command(context: &str, command: &str) -> Result<Secret> {
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};
    let failed = |why: String| {
        Error::usage(format!(
            "the token-command of context {context} failed: {why}; run it yourself to see why"
        ))
    };
    let mut child = Command::new("/bin/sh")
        .arg("-c")
        .arg(command)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group, so that a timeout stops whatever it started too.
        .process_group(0)
        .spawn()
        .map_err(|e| failed(format!("cannot start /bin/sh: {e}")))?;
    let started = std::time::Instant::now();
    // Read on threads of their own, and waited for within the same time limit: something the
    // command left running in the background may hold its pipes open.
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = sender.send(pipe.map(read_bounded).and_then(|r| r.ok().flatten()));
        });
        move || {
            let left = TOKEN_COMMAND_TIMEOUT.saturating_sub(started.elapsed());
            receiver.recv_timeout(left).ok().flatten()
        }
    };
    let stdout = reader(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = reader(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    // Waited for on a thread, so that the answer is taken the moment it comes and the timeout
    // still holds.
    let group = child.id() as libc::pid_t;
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(child.wait());
    });
    let status =
        match receiver.recv_timeout(TOKEN_COMMAND_TIMEOUT.saturating_sub(started.elapsed())) {
            Ok(Ok(status)) => status,
            Ok(Err(e)) => return Err(failed(e.to_string())),
            Err(_) => {
                // SAFETY: kill(2) on the process group the child leads; no memory is involved.
                unsafe { libc::kill(-group, libc::SIGKILL) };
                return Err(failed(format!(
                    "it gave no answer in {}s and was stopped",
                    TOKEN_COMMAND_TIMEOUT.as_secs()
                )));
            }
        };
    let first_line = |bytes: Option<Vec<u8>>| {
        let text = String::from_utf8_lossy(&bytes.unwrap_or_default()).into_owned();
        let line = text.lines().map(str::trim).find(|l| !l.is_empty());
        line.map(|l| format!(" ({})", escaped(&l.chars().take(200).collect::<String>())))
            .unwrap_or_default()
    };
    let out = stdout().unwrap_or_default();
    if !status.success() {
        let err = first_line(stderr());
        let code = status
            .code()
            .map_or_else(|| "a signal".to_string(), |c| c.to_string());
        return Err(failed(format!("it exited with {code}{err}")));
    }
    let text = String::from_utf8(out).map_err(|_| failed("its output is not UTF-8".into()))?;
    if text.trim().is_empty() {
        let err = first_line(stderr());
        return Err(failed(format!("it printed no token{err}")));
    }
    secret_text(
        text,
        &format_args!("the token printed by the token-command of context {context}"),
    )
}

/// `USER` or `USER:PASSWORD`, split at the first colon as Consul's API client does. Neither
/// part is ever echoed.
pub(super) fn basic_auth((text, source): (Secret, Source)) -> Result<BasicAuth> {
    let text = text.expose();
    let via = match source {
        Source::Env => "CONSUL_HTTP_AUTH",
        // A context has no http-auth key.
        Source::Flag | Source::Context => "--http-auth",
    };
    if text.chars().any(char::is_control) {
        return Err(Error::usage(format!(
            "{via} holds control characters; give USER:PASSWORD"
        )));
    }
    let (user, password) = match text.split_once(':') {
        Some((user, password)) => (user, Some(password)),
        None => (text, None),
    };
    if user.is_empty() {
        return Err(Error::usage(format!(
            "{via} has no user name before the colon; give USER:PASSWORD"
        )));
    }
    Ok(BasicAuth {
        user: user.to_string(),
        password: password.map(Secret::from),
    })
}

/// Flags beat the environment; at each level a token file beats a token, as in Consul's API
/// client. Giving both flags is a mistake we name rather than guess at.
pub(super) fn resolve_token(
    token: Option<(Secret, Source)>,
    file: Option<(PathBuf, Source)>,
) -> Result<Option<Token>> {
    let flag_token = token.as_ref().filter(|(_, s)| *s == Source::Flag);
    let flag_file = file.as_ref().filter(|(_, s)| *s == Source::Flag);
    if flag_token.is_some() && flag_file.is_some() {
        return Err(Error::usage(
            "--token and --token-file were both given: use one of them",
        ));
    }
    if let Some((value, _)) = flag_token {
        return checked(value.expose().to_string(), TokenOrigin::Flag).map(Some);
    }
    if let Some((path, _)) = flag_file {
        return read_token_file(path, "--token-file", TokenOrigin::FlagFile(path.clone()))
            .map(Some);
    }
    if let Some((path, _)) = &file {
        return read_token_file(
            path,
            "CONSUL_HTTP_TOKEN_FILE",
            TokenOrigin::EnvFile(path.clone()),
        )
        .map(Some);
    }
    match token {
        Some((value, _)) => checked(value.expose().to_string(), TokenOrigin::Env).map(Some),
        None => Ok(None),
    }
}

fn checked(value: String, origin: TokenOrigin) -> Result<Token> {
    Ok(Token {
        secret: secret_text(value, &origin)?,
        origin,
    })
}

pub(super) fn read_token_file(path: &Path, via: &str, origin: TokenOrigin) -> Result<Token> {
    Ok(Token {
        secret: secret_file(path, via)?,
        origin,
    })
}

/// A token given as text: surrounding whitespace trimmed; `what` names it in messages
/// ("the token given with --token") without showing it.
pub fn secret_text(value: String, what: &dyn std::fmt::Display) -> Result<Secret> {
    let value = value.trim().to_string();
    if value.is_empty() {
        return Err(Error::usage(format!("{what} is empty")));
    }
    if value.chars().any(|c| c.is_control() || !c.is_ascii()) {
        return Err(Error::usage(format!(
            "{what} holds control or non-ASCII characters, which no Consul token has"
        )));
    }
    Ok(Secret::from(value.as_str()))
}

/// Largest definition or token file read: both are small, so anything bigger is a mistake (or
/// a device such as /dev/zero, which never ends).
pub const MAX_FILE: u64 = 16 * 1024 * 1024;

/// [`MAX_FILE`] as messages say it.
pub const MAX_FILE_SHOWN: &str = "16 MiB";

/// Everything `reader` holds, or `None` when that is more than [`MAX_FILE`] (only one byte
/// more is read).
pub fn read_bounded(reader: impl Read) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(MAX_FILE + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= MAX_FILE).then_some(bytes))
}

/// A token read from a file (trailing newlines trimmed); `via` names the option that gave it.
pub fn secret_file(path: &Path, via: &str) -> Result<Secret> {
    let bytes = std::fs::File::open(path)
        .and_then(read_bounded)
        .map_err(|e| {
            Error::usage(format!(
                "cannot read the token file {} ({via}): {e}",
                path.display()
            ))
        })?
        .ok_or_else(|| {
            Error::usage(format!(
                "the token file {} ({via}) is larger than {}; is it the right file?",
                path.display(),
                MAX_FILE_SHOWN
            ))
        })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::usage(format!(
            "the token file {} ({via}) is not UTF-8 text",
            path.display()
        ))
    })?;
    if text.trim().is_empty() {
        return Err(Error::usage(format!(
            "the token file {} ({via}) is empty",
            path.display()
        )));
    }
    secret_text(
        text,
        &format_args!("the token read from {via} {}", path.display()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_command_prints_the_token_once_and_its_failures_name_the_context() {
        assert_eq!(
            token_from_command("prod", "printf '  tok-1\\n'")
                .unwrap()
                .expose(),
            "tok-1"
        );
        let err = token_from_command("prod", "echo 'no vault\\033[2J' >&2; exit 3").unwrap_err();
        assert_eq!(err.exit(), crate::error::ExitCode::Usage);
        assert_eq!(
            err.message(),
            "the token-command of context prod failed: it exited with 3 (no vault\\u{1b}[2J); run it yourself to see why"
        );
        let err = token_from_command("prod", "true").unwrap_err();
        assert!(
            err.message().contains("printed no token"),
            "{}",
            err.message()
        );
    }
}
