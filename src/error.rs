//! The one place where failures become one-line messages and exit codes.

use std::fmt;
use std::io::Write;
use std::time::Duration;

use crate::api::{ApiError, EnterpriseFeature, Refusal, TransportKind};
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
    /// `plan --exit-code`: the definitions and Consul differ.
    Drift,
    /// `check run`: the command's own exit status, passed on.
    Job(u8),
}

impl ExitCode {
    /// The statuses consulctl itself exits with, in order.
    pub const DOCUMENTED: [ExitCode; 6] = [
        ExitCode::Success,
        ExitCode::Api,
        ExitCode::Usage,
        ExitCode::Unreachable,
        ExitCode::TimedOut,
        ExitCode::Drift,
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
            ExitCode::Drift => 5,
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
            ExitCode::Drift => {
                "plan --exit-code: changes are pending (the definition files and Consul differ)"
            }
            ExitCode::Job(_) => "the status of the command that check run ran",
        }
    }
}

/// What ends a command before it is done.
#[derive(Debug)]
pub enum Error {
    /// A failure: one line in plain words (empty when there is nothing to add, as when `check
    /// run` passes on its command's status), what to do about it, and the status to exit with.
    Failed {
        exit: ExitCode,
        message: String,
        /// Said after the message, in order (as jj's errors carry theirs).
        hints: Vec<String>,
    },
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
            hints: Vec::new(),
        }
    }

    /// Adds what the user can do about it, after the hints already there.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        if let Error::Failed { hints, .. } = &mut self {
            hints.push(hint.into());
        }
        self
    }

    /// The same failure, said in other words (`reword` gets the message); the hints stay.
    pub fn map_message(mut self, reword: impl FnOnce(&str) -> String) -> Self {
        if let Error::Failed { message, .. } = &mut self {
            *message = reword(message);
        }
        self
    }

    /// The same failure, exiting with another status.
    pub fn with_exit(self, exit: ExitCode) -> Self {
        match self {
            Error::Failed { message, hints, .. } => Error::Failed {
                exit,
                message,
                hints,
            },
            Error::Stopped => Error::Stopped,
        }
    }

    pub fn exit(&self) -> ExitCode {
        match self {
            Error::Failed { exit, .. } => *exit,
            Error::Stopped => ExitCode::Success,
        }
    }

    /// What failed, without the hints ("" when there is nothing to say).
    pub fn message(&self) -> &str {
        match self {
            Error::Failed { message, .. } => message,
            Error::Stopped => "",
        }
    }

    pub fn hints(&self) -> &[String] {
        match self {
            Error::Failed { hints, .. } => hints,
            Error::Stopped => &[],
        }
    }

    /// The line for stderr: the message and its hints, control characters escaped and the
    /// length bounded, so that no outside byte can move the cursor, recolour the terminal or
    /// add a line ("" when there is nothing to say).
    pub fn line(&self) -> String {
        if self.message().is_empty() {
            return String::new();
        }
        let mut line = bounded(&escaped(self.message()), MESSAGE_CHARS);
        for hint in self.hints() {
            line.push_str("; ");
            line.push_str(&bounded(&escaped(hint), HINT_CHARS));
        }
        line
    }

    /// Writes `error: ` and [`Error::line`] on `stderr`; nothing when there is nothing to say.
    /// Every failure consulctl reports reaches the terminal here.
    pub fn report(&self, stderr: &mut dyn Write) -> std::io::Result<()> {
        let line = self.line();
        if line.is_empty() {
            return Ok(());
        }
        writeln!(stderr, "error: {line}")
    }
}

/// The most of a message, in characters once escaped, that a line shows; values inside it are
/// cut much shorter where they are built (IDs as `input::shown` cuts them, Consul's
/// words as [`one_line`] does), so only a message made of many of them reaches this.
const MESSAGE_CHARS: usize = 2000;

/// The most of one hint a line shows.
const HINT_CHARS: usize = 500;

/// `text` with every character that a terminal acts on, or that would end the line, written
/// as an escape (`\u{1b}`, `\n`): C0 and C1 controls, DEL, Unicode line and paragraph
/// separators and the bidirectional controls that reorder what is shown.
pub fn escaped(text: &str) -> std::borrow::Cow<'_, str> {
    let acts = |c: char| {
        c.is_control()
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
                    | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
            )
    };
    if !text.chars().any(acts) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if acts(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out.into()
}

/// `text` cut after `limit` characters, saying how long it was, as IDs are cut.
fn bounded(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        None => text.to_string(),
        Some((end, _)) => format!("{}… ({} bytes in all)", &text[..end], text.len()),
    }
}

/// How many of a list a message names; the rest are counted.
pub const FIRST_FEW: usize = 6;

/// The first [`FIRST_FEW`] of `items` joined by `separator`, then how many more there are
/// (`a, b, c, d, e, f, and 1,994 more`): a message about thousands of checks stays short.
pub fn first_few(items: impl IntoIterator<Item = String>, separator: &str) -> String {
    let mut items = items.into_iter();
    let mut shown: Vec<String> = items.by_ref().take(FIRST_FEW).collect();
    let more = items.count();
    if more > 0 {
        shown.push(format!("and {} more", thousands(more)));
    }
    shown.join(separator)
}

/// A count with a comma between thousands (`1,994`), as the sentences around it are English.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())?;
        for hint in self.hints() {
            write!(f, "; {hint}")?;
        }
        Ok(())
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
            let url = shown_url(&url);
            let (what, hint) = match kind {
                TransportKind::Refused => (
                    format!("cannot reach Consul at {url}: {detail}"),
                    Some("is the agent running, and is --http-addr (CONSUL_HTTP_ADDR) right?".to_string()),
                ),
                TransportKind::Timeout => (
                    format!(
                        "Consul at {url} did not answer within {}{}",
                        crate::duration::display(timeout),
                        // "timed out" says again what the sentence says; its note stays.
                        match detail.strip_prefix("timed out").unwrap_or(&detail).trim() {
                            "" => String::new(),
                            note if note.starts_with('(') => format!(" {note}"),
                            note => format!(" ({note})"),
                        }
                    ),
                    Some("check the agent or raise --request-timeout".to_string()),
                ),
                TransportKind::Dns => (
                    format!("cannot resolve the host in {url}: {detail}"),
                    Some("check --http-addr (CONSUL_HTTP_ADDR)".to_string()),
                ),
                TransportKind::Tls => (
                    format!("TLS with {url} failed: {detail}"),
                    tls_hint(&detail).map(str::to_string),
                ),
                TransportKind::CutOff => (
                    format!("the connection to {url} broke before the answer was complete ({detail})"),
                    Some("the agent or a proxy in between closed it: try again, or use --retry N".to_string()),
                ),
                TransportKind::Other => (
                    format!("cannot talk to Consul at {url}: {detail}"),
                    Some("is --http-addr (CONSUL_HTTP_ADDR) the agent's HTTP address?".to_string()),
                ),
            };
            hinted(Error::unreachable(format!("{action}: {what}")), hint)
        }
        ApiError::Status { status: 403, body } => {
            let permission = Refusal::of(403, &body) == Refusal::PermissionDenied;
            let body = one_line(&body);
            match (token, permission) {
                (Some(origin), true) => Error::api(format!(
                    "{action}: permission denied (403 {body}): {origin} is valid but its policy does not allow this operation"
                )),
                (Some(origin), false) => Error::api(format!(
                    "{action}: Consul refused {origin} (403 {body})"
                ))
                .with_hint("check that the token exists in this datacenter"),
                (None, _) => Error::api(format!(
                    "{action}: Consul refused the request without a token (403 {body})"
                ))
                .with_hint("give one with --token, --token-file or CONSUL_HTTP_TOKEN"),
            }
        }
        ApiError::Status { status, .. } if (300..400).contains(&status) => Error::api(format!(
            "{action}: Consul at {address} answered with a redirect ({status}), which consulctl does not follow"
        ))
        .with_hint("point --http-addr at the agent itself"),
        ApiError::Status { status, body } => {
            let web_page = html_summary(&body);
            let mut hint = status_hint(status, Refusal::of(status, &body), &body);
            if hint.is_none() && web_page.is_some() {
                hint = Some("a web server or proxy answered, not the agent: check --http-addr (CONSUL_HTTP_ADDR)");
            }
            let body = web_page.unwrap_or_else(|| one_line(&body));
            let body = if hint.is_none() {
                body.as_str()
            } else {
                body.trim_end_matches('.')
            };
            hinted(
                Error::api(format!("{action}: Consul at {address} answered {status}: {body}")),
                hint.map(str::to_string),
            )
        }
        ApiError::Decode { url, detail } => Error::api(format!(
            "{action}: the answer from {} is not the JSON Consul sends ({detail})",
            shown_url(&url)
        ))
        .with_hint("is --http-addr a Consul agent?"),
        ApiError::TooLarge { url, limit } => Error::api(format!(
            "{action}: the answer from {} is larger than {}, so consulctl stopped reading it",
            shown_url(&url),
            size_text(limit)
        ))
        .with_hint("narrow the request or raise --max-answer-size (CONSULCTL_MAX_ANSWER_SIZE)"),
        ApiError::Setup(detail) => Error::usage(format!("{action}: {detail}")),
        // Not a failure: the command stops where it would have needed the answer.
        ApiError::DryRun => Error::Stopped,
    }
}

fn hinted(error: Error, hint: Option<String>) -> Error {
    match hint {
        Some(hint) => error.with_hint(hint),
        None => error,
    }
}

/// A URL as a message names it: whole unless a long query (a note of thousands of bytes)
/// would make it most of the line.
fn shown_url(url: &str) -> std::borrow::Cow<'_, str> {
    const URL_CHARS: usize = 200;
    if url.chars().count() <= URL_CHARS {
        url.into()
    } else {
        bounded(url, URL_CHARS).into()
    }
}

/// What to do about answers whose cause is in how consulctl was pointed at the agent, or in
/// the cluster's state.
fn status_hint(status: u16, refusal: Refusal, body: &str) -> Option<&'static str> {
    Some(match refusal {
        Refusal::PlainHttpToHttps => {
            "this port speaks https: write https:// in --http-addr (or set CONSUL_HTTP_SSL=true)"
        }
        Refusal::EnterpriseOnly(EnterpriseFeature::Namespaces) => {
            "this agent has no namespaces: leave out --namespace and unset CONSUL_NAMESPACE"
        }
        Refusal::EnterpriseOnly(EnterpriseFeature::Partitions) => {
            "this agent has no admin partitions (Consul Enterprise only): leave out --partition and unset CONSUL_PARTITION"
        }
        Refusal::RateLimited => {
            "Consul is limiting the request rate: try again later, or use --retry N"
        }
        Refusal::Unavailable => {
            "the agent, or a proxy in front of it, cannot serve requests now: try again later, or use --retry N"
        }
        Refusal::NoLeader | Refusal::NoServers | Refusal::ServerConnectionLost => {
            "the cluster is between states (no leader, or no server to ask): try again later, or use --retry N"
        }
        // Consul words its own 404s ("Query not found"), but for a path it has no endpoint
        // for it answers nothing, as many web servers do.
        _ if status == 404 && body.trim().is_empty() => {
            "nothing there answers this path: is --http-addr (CONSUL_HTTP_ADDR) a Consul agent, and one new enough for this command?"
        }
        _ if (500..=599).contains(&status) && body.trim().is_empty() => "the agent's log says why",
        _ => return None,
    })
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
fn tls_hint(detail: &str) -> Option<&'static str> {
    let lower = detail.to_ascii_lowercase();
    Some(
        if lower.contains("unknownissuer") || lower.contains("unknown issuer") {
            "the agent's certificate is not signed by a CA consulctl trusts: give the CA with --ca-file (CONSUL_CACERT)"
        } else if lower.contains("not valid for name") || lower.contains("notvalidforname") {
            "the certificate does not name the host in the address: give the name it holds with --tls-server-name (CONSUL_TLS_SERVER_NAME), e.g. server.DATACENTER.consul"
        } else if lower.contains("certificaterequired")
            || lower.contains("certificate required")
            || lower.contains("badcertificate")
            || lower.contains("bad certificate")
        {
            "the agent wants a client certificate: give --client-cert and --client-key (CONSUL_CLIENT_CERT, CONSUL_CLIENT_KEY)"
        } else if lower.contains("wrong version number") || lower.contains("corrupt message") {
            "is the agent serving plain http on this port? Use http:// in --http-addr"
        } else {
            return None;
        },
    )
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
    let error = Error::usage(message).with_hint("give text in UTF-8 (see --help)");
    let _ = error.report(&mut std::io::stderr());
    error.exit()
}

/// As much of a value as a message shows: what the ID rule (`input::shown`) shows of text.
const SHOWN_BYTES: usize = 60;

/// Bytes as a quoted string, with what is not UTF-8 as `\xNN` (the `Debug` of an `OsStr`),
/// cut as `input::shown` cuts text: after its first [`SHOWN_BYTES`], with the length said. The
/// IDs' own value parser (`cli::values::Identifier`) names a value that is not UTF-8 this way
/// too.
pub fn shown_bytes(bytes: &[u8]) -> String {
    use std::os::unix::ffi::OsStrExt;
    let limit = SHOWN_BYTES;
    if bytes.len() <= limit {
        return format!("{:?}", std::ffi::OsStr::from_bytes(bytes));
    }
    let quoted = format!("{:?}", std::ffi::OsStr::from_bytes(&bytes[..limit]));
    format!("{}…\" ({} bytes)", &quoted[..quoted.len() - 1], bytes.len())
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
    fn hints_follow_the_message_on_its_one_line() {
        let e = Error::api("registering check \"x\"")
            .with_hint("first")
            .with_hint("second");
        assert_eq!(e.message(), "registering check \"x\"");
        assert_eq!(e.hints(), ["first", "second"]);
        assert_eq!(e.line(), "registering check \"x\"; first; second");
        assert_eq!(e.to_string(), e.line());
        let mut out = Vec::new();
        e.report(&mut out).unwrap();
        assert_eq!(out, b"error: registering check \"x\"; first; second\n");
        let reworded = e
            .with_exit(ExitCode::Job(5))
            .map_message(|m| format!("{m} (more)"));
        assert_eq!(reworded.exit(), ExitCode::Job(5));
        assert_eq!(
            reworded.line(),
            "registering check \"x\" (more); first; second"
        );
        let mut out = Vec::new();
        Error::Stopped.report(&mut out).unwrap();
        Error::failed(ExitCode::Job(3), "")
            .report(&mut out)
            .unwrap();
        assert!(out.is_empty());
    }

    #[test]
    fn the_line_escapes_what_a_terminal_acts_on() {
        let e = Error::api(
            "answered 500: a\u{1b}[2Jb\u{7}c\u{8}d\re\nf\tg\u{9b}h\u{7f}i\u{2028}j\u{202e}k",
        )
        .with_hint("x\u{1b}]0;title\u{7}");
        assert_eq!(
            e.line(),
            "answered 500: a\\u{1b}[2Jb\\u{7}c\\u{8}d\\re\\nf\\tg\\u{9b}h\\u{7f}i\\u{2028}j\\u{202e}k; x\\u{1b}]0;title\\u{7}"
        );
        // Escapes already written (a value quoted with {:?}) stay as they are.
        assert_eq!(Error::api("id \"a\\u{1b}\"").line(), "id \"a\\u{1b}\"");
        assert_eq!(escaped("plain: ünïcode ✓"), "plain: ünïcode ✓");
    }

    #[test]
    fn the_line_is_bounded() {
        let long = "x".repeat(100_000);
        let line = Error::api(format!("listing: {long}")).with_hint("h").line();
        assert!(line.chars().count() < MESSAGE_CHARS + 40, "{}", line.len());
        assert!(
            line.ends_with("… (100009 bytes in all); h"),
            "{}",
            &line[1990..]
        );
        let hint = Error::api("m").with_hint("y".repeat(10_000)).line();
        assert!(hint.len() < HINT_CHARS + 40);
        // Each escape counts as what it shows.
        let escapes = Error::api("\u{1b}".repeat(100_000)).line();
        assert!(escapes.len() < MESSAGE_CHARS + 40, "{}", escapes.len());
    }

    #[test]
    fn bytes_that_are_not_utf8_are_shown_cut() {
        assert_eq!(shown_bytes(b"ab\xff"), "\"ab\\xFF\"");
        let huge = vec![0xffu8; 100_000];
        let shown = shown_bytes(&huge);
        assert!(shown.len() < 300, "{}", shown.len());
        assert!(shown.ends_with("\\xFF…\" (100000 bytes)"), "{shown}");
        assert_eq!(SHOWN_BYTES, crate::input::SHOWN_CHARS);
    }

    #[test]
    fn long_lists_name_the_first_few_and_count_the_rest() {
        let items = |n: usize| (0..n).map(|i| format!("c{i}"));
        assert_eq!(first_few(items(0), ", "), "");
        assert_eq!(first_few(items(2), ", "), "c0, c1");
        assert_eq!(first_few(items(FIRST_FEW), "; "), "c0; c1; c2; c3; c4; c5");
        assert_eq!(
            first_few(items(2000), ", "),
            "c0, c1, c2, c3, c4, c5, and 1,994 more"
        );
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
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
