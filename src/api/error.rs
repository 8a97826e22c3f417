use std::error::Error as _;
use std::fmt;

use super::refusal::Refusal;

/// Why a request got no usable answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransportKind {
    /// Nothing listens at the address (connection refused, or no such unix socket).
    Refused,
    /// No answer within the request timeout (connect included).
    Timeout,
    /// The host name did not resolve.
    Dns,
    /// The TLS handshake failed (certificate, name or protocol).
    Tls,
    /// The connection closed or was reset before the whole answer arrived.
    CutOff,
    /// Anything else below HTTP.
    Other,
}

/// A failed API call. Never carries the token: it is only ever in a header, and URLs are
/// rebuilt from the base address and path.
#[derive(Debug)]
pub enum ApiError {
    Transport {
        url: String,
        kind: TransportKind,
        detail: String,
    },
    Status {
        status: u16,
        body: String,
    },
    Decode {
        url: String,
        detail: String,
    },
    /// The answer was longer than the limit; reading stopped there.
    TooLarge {
        url: String,
        limit: u64,
    },
    /// The client could not be set up (a CA or certificate file that cannot be used); nothing
    /// was sent. The message names the file or value.
    Setup(String),
    /// `--dry-run` kept a request whose answer the command would have needed: it ends here.
    DryRun,
}

impl ApiError {
    pub(crate) fn from_reqwest(url: &str, err: reqwest::Error) -> Self {
        let detail = cause_chain(&err);
        let lower = detail.to_ascii_lowercase();
        let kind = if err.is_timeout() || lower.contains("timed out") {
            TransportKind::Timeout
        } else if lower.contains("dns error") || lower.contains("failed to lookup address") {
            TransportKind::Dns
        } else if lower.contains("certificate")
            || lower.contains("tls")
            || lower.contains("handshake")
            || lower.contains("peer sent")
            || lower.contains("fatal alert")
            || lower.contains("corrupt message")
        {
            TransportKind::Tls
        } else if is_not_http(&lower) {
            // Something answered, but not in HTTP (another protocol's port): an unreadable
            // answer, as an HTML page would be, rather than an agent that cannot be reached.
            return ApiError::Decode {
                url: url.to_string(),
                detail: format!("it is not HTTP: {}", without_layers(&detail)),
            };
        } else if lower.contains("connection refused") || lower.contains("no such file") {
            TransportKind::Refused
        } else if err.is_body()
            || err.is_decode()
            || lower.contains("connection closed")
            || lower.contains("connection reset")
        {
            TransportKind::CutOff
        } else {
            TransportKind::Other
        };
        // The chain ("client error (Connect): tcp connect error: …") says more than people need
        // for the common cases.
        let detail = match kind {
            TransportKind::Refused if lower.contains("no such file") => {
                "no such socket".to_string()
            }
            TransportKind::Refused => "connection refused".to_string(),
            TransportKind::Timeout => "timed out".to_string(),
            _ => without_layers(&detail).to_string(),
        };
        ApiError::Transport {
            url: url.to_string(),
            kind,
            detail,
        }
    }
}

impl ApiError {
    /// reqwest could not make a request of `url` (`length` bytes): nothing was sent, and the
    /// cause is here (a value too long for a URL), not the agent's reach.
    pub(crate) fn unsendable(url: &str, length: usize, err: &reqwest::Error) -> Self {
        // The `http` crate's limit on a request target.
        const URL_LIMIT: usize = u16::MAX as usize - 1;
        if length > URL_LIMIT {
            ApiError::Setup(format!(
                "the request's URL would be {length} bytes, more than HTTP allows ({URL_LIMIT}): \
                 shorten the values that go into it; nothing was sent"
            ))
        } else {
            ApiError::Setup(format!(
                "consulctl could not build the request for {url}: {}; nothing was sent",
                without_layers(&cause_chain(err))
            ))
        }
    }

    /// Says that this was the last of several attempts.
    pub(crate) fn after_attempts(self, attempts: u32, spent: std::time::Duration) -> Self {
        self.noted(&format!(
            "after {attempts} attempts over {}",
            crate::duration::display(spent)
        ))
    }

    /// Adds ` (note)` to what the error says about the failure.
    pub(crate) fn noted(self, note: &str) -> Self {
        let note = format!(" ({note})");
        match self {
            ApiError::Transport { url, kind, detail } => ApiError::Transport {
                url,
                kind,
                detail: detail + &note,
            },
            ApiError::Status { status, body } => ApiError::Status {
                status,
                body: body + &note,
            },
            other => other,
        }
    }
}

impl ApiError {
    /// What Consul's error answer means; `None` when no answer came or it was not an error.
    pub fn refusal(&self) -> Option<Refusal<'_>> {
        match self {
            ApiError::Status { status, body } => Some(Refusal::of(*status, body)),
            _ => None,
        }
    }

    /// Whether the same request may succeed later, whatever its method: the agent could not
    /// be reached or its answer broke off, or Consul said the cluster is between states. The
    /// retry policy adds what is safe to repeat; a wait or watch rides these out.
    pub fn is_transient(&self) -> bool {
        match self {
            ApiError::Transport { kind, .. } => matches!(
                kind,
                TransportKind::Refused
                    | TransportKind::Dns
                    | TransportKind::Timeout
                    | TransportKind::CutOff
            ),
            ApiError::Status { .. } => self.refusal().is_some_and(|r| r.is_transient()),
            ApiError::Decode { .. }
            | ApiError::TooLarge { .. }
            | ApiError::Setup(_)
            | ApiError::DryRun => false,
        }
    }
}

/// `Ok(None)` for a 404: what was asked for does not exist.
pub(crate) fn found<T>(result: Result<T, ApiError>) -> Result<Option<T>, ApiError> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(ApiError::Status { status: 404, .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `text` with any of `prefixes` taken off its start, again and again, in any order.
fn without_prefixes<'t>(text: &'t str, prefixes: &[&str]) -> &'t str {
    let mut rest = text;
    while let Some(inner) = prefixes.iter().find_map(|prefix| rest.strip_prefix(prefix)) {
        rest = inner.trim_start();
    }
    rest
}

/// hyper's words for an answer that does not parse as HTTP/1.
fn is_not_http(lower: &str) -> bool {
    [
        "invalid http",
        "message head is too large",
        "invalid content-length",
        "invalid transfer-encoding",
        "invalid uri",
    ]
    .iter()
    .any(|words| lower.contains(words))
}

/// The chain without hyper's and reqwest's layer names ("client error (Connect): "), which
/// say nothing to people.
fn without_layers(detail: &str) -> &str {
    without_prefixes(
        detail,
        &[
            "client error (Connect): ",
            "client error (SendRequest): ",
            "connection error: ",
        ],
    )
}

/// The messages of an error and its sources, joined, without the repetitions reqwest and hyper
/// produce when one layer wraps another.
fn cause_chain(err: &reqwest::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut current: Option<&dyn std::error::Error> = err.source();
    while let Some(e) = current {
        let text = e.to_string();
        if !text.is_empty() && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        current = e.source();
    }
    if parts.is_empty() {
        parts.push(err.to_string());
    }
    parts.join(": ")
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Transport { url, detail, .. } => write!(f, "{url}: {detail}"),
            ApiError::Status { status, body } => write!(f, "{status}: {body}"),
            ApiError::Decode { url, detail } => write!(f, "{url}: unreadable answer: {detail}"),
            ApiError::TooLarge { url, limit } => {
                write!(f, "{url}: the answer is larger than {limit} bytes")
            }
            ApiError::Setup(detail) => f.write_str(detail),
            ApiError::DryRun => f.write_str("not sent (dry run)"),
        }
    }
}

impl std::error::Error for ApiError {}
