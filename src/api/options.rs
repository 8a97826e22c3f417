//! What a client is built from: the agent's address and the options the command layer resolves.

use std::path::PathBuf;
use std::time::Duration;

use reqwest::Url;

use super::retry::RetryPolicy;
use super::tls::TlsOptions;

/// Where the agent's HTTP API listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    /// `http://…` or `https://…`, with any path prefix kept.
    Url(Url),
    /// `unix:///path/to/socket`: plain HTTP over a unix socket.
    Unix(PathBuf),
}

/// The address as shown in messages (credentials are refused earlier, so there are none).
impl std::fmt::Display for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Endpoint::Url(url) => f.write_str(url.as_str().trim_end_matches('/')),
            Endpoint::Unix(path) => write!(f, "unix://{}", path.display()),
        }
    }
}

impl Endpoint {
    /// Whether requests go over TLS.
    pub fn is_https(&self) -> bool {
        matches!(self, Endpoint::Url(url) if url.scheme() == "https")
    }

    /// The URL requests are built from (a placeholder host for unix sockets).
    pub(super) fn base_url(&self) -> Url {
        match self {
            Endpoint::Url(url) => url.clone(),
            Endpoint::Unix(_) => Url::parse("http://localhost/").expect("static URL parses"),
        }
    }
}

/// Receives one line per request and per answer when the user asked for `--verbose`; `Send`, so
/// that a client may work on a thread of its own (the renewal of apply's lock).
pub type RequestLog = Box<dyn Fn(&str) + Send>;

/// Everything the client needs to know; built by the command layer from the resolved config.
pub struct ClientOptions {
    pub endpoint: Endpoint,
    pub token: Option<String>,
    /// `CONSUL_HTTP_AUTH`: HTTP basic auth, user and optional password.
    pub basic_auth: Option<(String, Option<String>)>,
    /// Used only for `https://` endpoints.
    pub tls: TlsOptions,
    /// `CONSUL_NAMESPACE`: sent as `?ns=` where the endpoint takes it.
    pub namespace: Option<String>,
    /// `CONSUL_PARTITION`: sent as `?partition=` where the endpoint takes it.
    pub partition: Option<String>,
    pub request_timeout: Duration,
    pub retry: RetryPolicy,
    /// Answers longer than this many bytes are refused rather than held in memory.
    pub max_answer: u64,
    /// `--dry-run`: requests that change something are recorded, not sent.
    pub dry_run: bool,
    /// With `dry_run`, reads are recorded too: a command that only reads has nothing else
    /// to show.
    pub dry_run_reads: bool,
    pub log: Option<RequestLog>,
}
