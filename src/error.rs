//! The one place where failures become one-line messages and exit codes.

use std::fmt;
use std::io::Write;
use std::time::Duration;

use crate::api::{ApiError, TransportKind};
use crate::secret::TokenOrigin;

/// The exit statuses. Each owns its number ([`ExitCode::code`]) and its meaning
/// ([`ExitCode::meaning`]): `--help`, the man pages and the README's table all give these words,
/// and a test compares them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Success,
    Api,
    Usage,
    Unreachable,
    /// A wait (`service wait`, `check wait`, `query execute --wait-min`) ran out of time.
    TimedOut,
    /// `check run`: the command's own exit status, passed on.
    Job(u8),
}

impl ExitCode {
    /// The statuses consulctl itself exits with, in order.
    pub const DOCUMENTED: [ExitCode; 5] = [
        ExitCode::Success,
        ExitCode::Api,
        ExitCode::Usage,
        ExitCode::Unreachable,
        ExitCode::TimedOut,
    ];

    /// Said after the exit statuses wherever they are listed.
    pub const NOTES: [&'static str; 4] = [
        "query execute --min N exits 1 when fewer than N healthy instances answer (without --min, \
         an empty answer is a success).",
        "query execute --port-name NAME exits 1 when no instance in the answer has a port of that \
         name (the refusal lists the names it has).",
        "check run exits with its command's own status instead.",
        "check list and service list with --all-datacenters exit 3 when a datacenter could not \
         be read (each is named on stderr; the others are still shown).",
    ];

    pub fn code(self) -> u8 {
        match self {
            ExitCode::Success => 0,
            ExitCode::Api => 1,
            ExitCode::Usage => 2,
            ExitCode::Unreachable => 3,
            ExitCode::TimedOut => 4,
            ExitCode::Job(code) => code,
        }
    }

    /// What the status means, as the documentation says it.
    pub fn meaning(self) -> &'static str {
        match self {
            ExitCode::Success => "success",
            ExitCode::Api => "Consul answered with an error, or what was asked for does not exist",
            ExitCode::Usage => "the command line or an input file is invalid; nothing was sent",
            ExitCode::Unreachable => {
                "Consul could not be reached or did not answer in time (refused, DNS, TLS, \
                 timeout, cut-off answer)"
            }
            ExitCode::TimedOut => {
                "a wait (service wait, check wait, query execute --wait-min) timed out before \
                 what it waited for held"
            }
            ExitCode::Job(_) => "the status of the command that check run ran",
        }
    }
}

/// What ends a command before it is done.
#[derive(Debug)]
pub enum Error {
    /// A failure: one line in plain words (empty when there is nothing to add, as when `check
    /// run` passes on its command's status) and the status to exit with.
    Failed { exit: ExitCode, message: String },
    /// Not a failure: the command stops early and exits 0. The reader closed our output (`|
    /// head`), or a dry run reached a request whose answer it would need.
    Stopped,
}

impl Error {
    /// Bad command line or input file: exit 2, nothing sent.
    pub fn usage(message: impl Into<String>) -> Self {
        Error::failed(ExitCode::Usage, message)
    }

    /// Consul refused, failed, or the object does not exist: exit 1.
    pub fn api(message: impl Into<String>) -> Self {
        Error::failed(ExitCode::Api, message)
    }

    /// Consul could not be reached or did not answer in time: exit 3.
    pub fn unreachable(message: impl Into<String>) -> Self {
        Error::failed(ExitCode::Unreachable, message)
    }

    /// A wait ran out of time before its condition held: exit 4.
    pub fn timed_out(message: impl Into<String>) -> Self {
        Error::failed(ExitCode::TimedOut, message)
    }

    /// A failure with any status but success (an early success is [`Error::Stopped`]).
    pub fn failed(exit: ExitCode, message: impl Into<String>) -> Self {
        debug_assert!(exit != ExitCode::Success, "a success is Error::Stopped");
        Error::Failed {
            exit,
            message: message.into(),
        }
    }

    pub fn exit(&self) -> ExitCode {
        match self {
            Error::Failed { exit, .. } => *exit,
            Error::Stopped => ExitCode::Success,
        }
    }

    /// The line for stderr ("" when there is none).
    pub fn message(&self) -> &str {
        match self {
            Error::Failed { message, .. } => message,
            Error::Stopped => "",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<std::io::Error> for Error {
    /// Writing our own output failed. A closed pipe (`| head`) is not a failure: exit quietly.
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::Stopped
        } else {
            Error::api(format!("cannot write output: {e}"))
        }
    }
}

/// Turns a failed API call into a message: `action` says what we were doing ("registering check
/// \"web\""), `address` where the agent was looked for (an answer may come from a proxy there),
/// `token` how the token was given. The token itself is never known here.
pub fn from_api(
    err: ApiError,
    action: &str,
    address: &str,
    token: Option<&TokenOrigin>,
    timeout: Duration,
) -> Error {
    match err {
        ApiError::Transport { url, kind, detail } => {
            let what = match kind {
                TransportKind::Refused => format!(
                    "cannot reach Consul at {url}: {detail}; is the agent running, and is --http-addr (CONSUL_HTTP_ADDR) right?"
                ),
                TransportKind::Timeout => format!(
                    "Consul at {url} did not answer within {} ({detail}); check the agent or raise --request-timeout",
                    crate::duration::display(timeout)
                ),
                TransportKind::Dns => format!(
                    "cannot resolve the host in {url}: {detail}; check --http-addr (CONSUL_HTTP_ADDR)"
                ),
                TransportKind::Tls => format!("TLS with {url} failed: {detail}{}", tls_hint(&detail)),
                TransportKind::CutOff => format!(
                    "the connection to {url} broke before the answer was complete ({detail}); the agent or a proxy in between closed it: try again, or use --retry N"
                ),
                TransportKind::Other => format!(
                    "cannot talk to Consul at {url}: {detail}; is --http-addr (CONSUL_HTTP_ADDR) the agent's HTTP address?"
                ),
            };
            Error::unreachable(format!("{action}: {what}"))
        }
        ApiError::Status { status: 403, body } => {
            let body = one_line(&body);
            let permission = body.to_ascii_lowercase().contains("permission denied");
            Error::api(match (token, permission) {
                (Some(origin), true) => format!(
                    "{action}: permission denied (403 {body}): {origin} is valid but its policy does not allow this operation"
                ),
                (Some(origin), false) => format!(
                    "{action}: Consul refused {origin} (403 {body}); check that the token exists in this datacenter"
                ),
                (None, _) => format!(
                    "{action}: Consul refused the request without a token (403 {body}); give one with --token, --token-file or CONSUL_HTTP_TOKEN"
                ),
            })
        }
        ApiError::Status { status, .. } if (300..400).contains(&status) => Error::api(format!(
            "{action}: Consul at {address} answered with a redirect ({status}), which consulctl does not follow; point --http-addr at the agent itself"
        )),
        ApiError::Status { status, body } => {
            let web_page = html_summary(&body);
            let mut hint = status_hint(status, &body);
            if hint.is_empty() && web_page.is_some() {
                hint = "; a web server or proxy answered, not the agent: check --http-addr (CONSUL_HTTP_ADDR)";
            }
            let body = web_page.unwrap_or_else(|| one_line(&body));
            let body = if hint.is_empty() {
                body.as_str()
            } else {
                body.trim_end_matches('.')
            };
            Error::api(format!(
                "{action}: Consul at {address} answered {status}: {body}{hint}"
            ))
        }
        ApiError::Decode { url, detail } => Error::api(format!(
            "{action}: the answer from {url} is not the JSON Consul sends ({detail}); is --http-addr a Consul agent?"
        )),
        ApiError::TooLarge { url, limit } => Error::api(format!(
            "{action}: the answer from {url} is larger than {}, so consulctl stopped reading it; narrow the request or raise --max-answer-size (CONSULCTL_MAX_ANSWER_SIZE)",
            size_text(limit)
        )),
        ApiError::Setup(detail) => Error::usage(format!("{action}: {detail}")),
        // Not a failure: the command stops where it would have needed the answer.
        ApiError::DryRun => Error::Stopped,
    }
}

/// What to do about answers whose cause is in how consulctl was pointed at the agent.
fn status_hint(status: u16, body: &str) -> &'static str {
    match status {
        400 if body.contains("HTTP request to an HTTPS server") => {
            "; this port speaks https: write https:// in --http-addr (or set CONSUL_HTTP_SSL=true)"
        }
        400 if body.contains("Namespaces are a Consul Enterprise feature") => {
            "; this agent has no namespaces: leave out --namespace and unset CONSUL_NAMESPACE"
        }
        400 if body.contains("Partitions are a Consul Enterprise feature") => {
            "; this agent has no admin partitions (Consul Enterprise only): leave out --partition and unset CONSUL_PARTITION"
        }
        429 => "; Consul is limiting the request rate: try again later, or use --retry N",
        502..=504 => {
            "; the agent, or a proxy in front of it, cannot serve requests now: try again later, or use --retry N"
        }
        500 if is_transient_500(body) => {
            "; the cluster is between states (no leader, or no server to ask): try again later, or use --retry N"
        }
        500..=599 if body.trim().is_empty() => "; the agent's log says why",
        _ => "",
    }
}

/// A 500 that `--retry` would try again: the cluster, not the request, is at fault.
fn is_transient_500(body: &str) -> bool {
    let error = ApiError::Status {
        status: 500,
        body: body.to_string(),
    };
    crate::api::RetryPolicy::default().retryable(&reqwest::Method::GET, &error)
}

/// An HTML error page (from a proxy or another web server) as a few words: its title, or its
/// text without tags. `None` when the body is not HTML.
fn html_summary(body: &str) -> Option<String> {
    let body = body.trim_start();
    let lower = body.to_ascii_lowercase();
    if !(lower.starts_with("<!doctype html") || lower.starts_with("<html")) {
        return None;
    }
    let title = lower.find("<title>").and_then(|start| {
        let from = start + "<title>".len();
        let end = from + lower[from..].find("</title>")?;
        body.get(from..end)
    });
    let text = match title {
        Some(title) if !title.trim().is_empty() => one_line(title),
        _ => {
            let mut text = String::new();
            let mut in_tag = false;
            for c in body.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => {
                        in_tag = false;
                        text.push(' ');
                    }
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            one_line(&text)
        }
    };
    Some(format!("an HTML page ({text})"))
}

/// What to do about the TLS failures people meet: an unknown CA, a certificate for another
/// name, a client certificate the agent wants.
fn tls_hint(detail: &str) -> &'static str {
    let lower = detail.to_ascii_lowercase();
    if lower.contains("unknownissuer") || lower.contains("unknown issuer") {
        "; the agent's certificate is not signed by a CA consulctl trusts: give the CA with --ca-file (CONSUL_CACERT)"
    } else if lower.contains("not valid for name") || lower.contains("notvalidforname") {
        "; the certificate does not name the host in the address: give the name it holds with --tls-server-name (CONSUL_TLS_SERVER_NAME), e.g. server.DATACENTER.consul"
    } else if lower.contains("certificaterequired")
        || lower.contains("certificate required")
        || lower.contains("badcertificate")
        || lower.contains("bad certificate")
    {
        "; the agent wants a client certificate: give --client-cert and --client-key (CONSUL_CLIENT_CERT, CONSUL_CLIENT_KEY)"
    } else if lower.contains("wrong version number") || lower.contains("corrupt message") {
        "; is the agent serving plain http on this port? Use http:// in --http-addr"
    } else {
        ""
    }
}

/// A byte count as people write it: `32 MiB`, `1.5 GiB`, `900 bytes`.
pub fn size_text(bytes: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    for (unit, size) in UNITS {
        if bytes >= size {
            let value = bytes as f64 / size as f64;
            return if bytes.is_multiple_of(size) {
                format!("{} {unit}", bytes / size)
            } else {
                format!("{value:.1} {unit}")
            };
        }
    }
    format!("{bytes} bytes")
}

/// Error bodies can be long or span lines (an HTML page from a proxy): keep one short line.
pub fn one_line(body: &str) -> String {
    let joined = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() > 300 {
        let kept: String = joined.chars().take(299).collect();
        format!("{kept}…")
    } else if joined.is_empty() {
        "(no body)".to_string()
    } else {
        joined
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
/// which is how the IDs' own value parser (`cli::values::Identifier`) names a value.
fn shown_bytes(bytes: &[u8]) -> String {
    use std::os::unix::ffi::OsStrExt;
    format!("{:?}", std::ffi::OsStr::from_bytes(bytes))
}

/// clap's own messages (help, version, usage mistakes), printed; returns the exit status. Usage
/// mistakes become one line plus clap's "did you mean" tip, exit 2; an argument that is not
/// UTF-8 is named (`args` is the command line, `root` the command tree).
pub fn report_clap_error(
    e: clap::Error,
    args: &[std::ffi::OsString],
    root: &clap::Command,
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

#[cfg(test)]
mod tests {
    use super::*;

    const ADDR: &str = "http://127.0.0.1:8500";

    #[test]
    fn exit_codes_are_the_documented_numbers() {
        assert_eq!(ExitCode::Success.code(), 0);
        assert_eq!(ExitCode::Api.code(), 1);
        assert_eq!(ExitCode::Usage.code(), 2);
        assert_eq!(ExitCode::Unreachable.code(), 3);
        assert_eq!(ExitCode::TimedOut.code(), 4);
    }

    #[test]
    fn api_errors_map_to_exit_codes() {
        let t = Duration::from_secs(1);
        let refused = ApiError::Transport {
            url: "http://127.0.0.1:1".into(),
            kind: TransportKind::Refused,
            detail: "connection refused".into(),
        };
        assert_eq!(
            from_api(refused, "x", ADDR, None, t).exit(),
            ExitCode::Unreachable
        );
        let status = ApiError::Status {
            status: 500,
            body: "boom\nmore".into(),
        };
        let e = from_api(status, "listing checks", ADDR, None, t);
        assert_eq!(e.exit(), ExitCode::Api);
        assert_eq!(
            e.message(),
            "listing checks: Consul at http://127.0.0.1:8500 answered 500: boom more"
        );
    }

    #[test]
    fn refused_token_names_its_origin() {
        let t = Duration::from_secs(1);
        let e = from_api(
            ApiError::Status {
                status: 403,
                body: "ACL not found".into(),
            },
            "listing checks",
            ADDR,
            Some(&TokenOrigin::Env),
            t,
        );
        assert!(
            e.message()
                .contains("refused the token in CONSUL_HTTP_TOKEN"),
            "{}",
            e.message()
        );
        let e = from_api(
            ApiError::Status {
                status: 403,
                body: "Permission denied".into(),
            },
            "registering check \"x\"",
            ADDR,
            Some(&TokenOrigin::Flag),
            t,
        );
        assert!(e.message().contains("permission denied"), "{}", e.message());
    }
}
