//! The client for one agent: its construction, the URLs it builds, and the typed reads and writes
//! the endpoint modules call.

use std::time::{Duration, Instant};

use reqwest::header::HeaderValue;
use reqwest::{Method, Url};
use serde::de::DeserializeOwned;
use serde::Serialize;

pub use super::answer::JsonAnswer;
use super::error::{ApiError, TransportKind};
use super::options::{ClientOptions, Endpoint, RequestLog};
use super::retry::RetryPolicy;
use super::send::Cutoff;
use super::tls;

/// A request `--dry-run` kept instead of sending.
#[derive(Debug, Clone)]
pub struct PlannedRequest {
    pub method: String,
    /// The full URL, query included (for a unix socket, with the placeholder host `localhost`).
    pub url: String,
    pub body: Option<Vec<u8>>,
}

/// Whether the endpoint at `segments` takes Consul Enterprise's `ns` and `partition` (from
/// the API docs and agent/agent_endpoint.go): the agent's service and check endpoints take
/// both, and so do the catalog's health and node endpoints, the KV store and sessions; members,
/// join and force-leave a partition only; agent self and node maintenance neither, nor prepared
/// queries, which take only `dc` (a query names its namespace in its definition).
fn tenancy(segments: &[&str]) -> (bool, bool) {
    match segments {
        ["agent", "members" | "join" | "force-leave", ..] => (false, true),
        ["agent", "self" | "maintenance", ..] | ["catalog", "datacenters"] => (false, false),
        ["agent", ..] | ["health", ..] | ["catalog", ..] | ["kv", ..] | ["session", ..] => {
            (true, true)
        }
        _ => (false, false),
    }
}

/// A blocking client for one agent.
pub struct Client {
    pub(super) http: reqwest::blocking::Client,
    base: Url,
    /// Shown in messages: the address as the user gave it, without credentials.
    display_base: String,
    pub(super) token: Option<HeaderValue>,
    pub(super) basic_auth: Option<(String, Option<String>)>,
    namespace: Option<String>,
    partition: Option<String>,
    pub(super) max_answer: u64,
    dry_run: bool,
    dry_run_reads: bool,
    pub(super) planned: std::cell::RefCell<Vec<PlannedRequest>>,
    pub(super) log: Option<RequestLog>,
    pub(super) request_timeout: Duration,
    pub(super) retry: RetryPolicy,
    /// When the first request was sent: `--retry-max-time` bounds all of a command's retrying
    /// (a wait or a watch starts the count again for each of its reads, at its first failure).
    pub(super) first_request: std::cell::Cell<Option<Instant>>,
    /// The requests belong to a wait or a watch (see [`Client::renew_retry_budget`]).
    pub(super) following: std::cell::Cell<bool>,
    /// A wait's deadline (see [`Client::set_cutoff`]).
    pub(super) cutoff: std::cell::Cell<Option<Cutoff>>,
}

/// One request: what `send` needs beyond the method and URL.
#[derive(Default)]
pub(crate) struct Extra {
    pub body: Option<Vec<u8>>,
    /// Replaces the request timeout (blocking reads wait longer on purpose).
    pub timeout: Option<Duration>,
}

impl Client {
    pub fn new(options: ClientOptions) -> Result<Self, ApiError> {
        let base = options.endpoint.base_url();
        let display_base = options.endpoint.to_string();
        let mut builder = reqwest::blocking::Client::builder()
            .timeout(options.request_timeout)
            .connect_timeout(options.request_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("consulctl/", env!("CARGO_PKG_VERSION")))
            .pool_max_idle_per_host(1);
        install_crypto_provider();
        if base.scheme() == "https" {
            let config = tls::client_config(&options.tls).map_err(ApiError::Setup)?;
            builder = builder.tls_backend_preconfigured(config);
        } else {
            // Plain HTTP never needs certificates: keep the system's roots unloaded.
            builder = builder.tls_certs_only(Vec::new());
        }
        if is_loopback(&base) {
            builder = builder.no_proxy();
        }
        if let Endpoint::Unix(path) = &options.endpoint {
            builder = builder.unix_socket(path.clone());
        }
        let http = builder
            .build()
            .map_err(|e| ApiError::from_reqwest(&display_base, e))?;
        let token = match options.token {
            Some(token) => {
                let mut value = HeaderValue::from_str(&token).map_err(|_| ApiError::Transport {
                    url: display_base.clone(),
                    kind: TransportKind::Other,
                    detail: "the ACL token holds characters that cannot be sent in an HTTP header"
                        .to_string(),
                })?;
                value.set_sensitive(true);
                Some(value)
            }
            None => None,
        };
        Ok(Client {
            http,
            base,
            display_base,
            token,
            basic_auth: options.basic_auth,
            namespace: options.namespace,
            partition: options.partition,
            max_answer: options.max_answer,
            dry_run: options.dry_run,
            dry_run_reads: options.dry_run_reads,
            planned: Default::default(),
            log: options.log,
            request_timeout: options.request_timeout,
            retry: options.retry,
            first_request: std::cell::Cell::new(None),
            following: std::cell::Cell::new(false),
            cutoff: std::cell::Cell::new(None),
        })
    }

    /// The requests `--dry-run` kept, in order.
    pub fn planned(&self) -> Vec<PlannedRequest> {
        self.planned.borrow().clone()
    }

    /// Gives `--retry-max-time` anew to the requests from now on, counted from their first
    /// failure: a wait or a watch that runs for hours retries a lost agent as a one-shot command
    /// would, not never, and a blocking read that waited minutes before failing still has it
    /// all. Unless `--retry` gave a number of attempts, the requests of a wait or a watch ride
    /// out passing failures (the ones `--retry` would try again): for `--retry-max-time`, or
    /// until the cutoff when one is set.
    pub fn renew_retry_budget(&self) {
        self.first_request.set(None);
        self.following.set(true);
    }

    /// Bounds the requests from now on by a wait's deadline, retries and their pauses included
    /// (`None`: no bound but each request's own timeout).
    pub fn set_cutoff(&self, cutoff: Option<Cutoff>) {
        self.cutoff.set(cutoff);
    }

    pub(crate) fn request_timeout(&self) -> Duration {
        self.request_timeout
    }

    /// Builds `BASE/v1/<segments…>?<query>`; each segment is escaped on its own, so an ID with
    /// `/`, `?`, `#` or spaces stays one segment.
    pub(crate) fn url(&self, segments: &[&str], query: &[(&str, &str)]) -> Url {
        let mut url = self.base.clone();
        url.path_segments_mut()
            .expect("http(s) URLs have a path")
            .pop_if_empty()
            .push("v1")
            .extend(segments);
        let (takes_ns, takes_partition) = tenancy(segments);
        let namespace = self
            .namespace
            .as_deref()
            .filter(|_| takes_ns)
            .map(|ns| ("ns", ns));
        let partition = self
            .partition
            .as_deref()
            .filter(|_| takes_partition)
            .map(|ap| ("partition", ap));
        if !query.is_empty() || namespace.is_some() || partition.is_some() {
            let mut pairs = url.query_pairs_mut();
            for (key, value) in query.iter().copied().chain(namespace).chain(partition) {
                pairs.append_pair(key, value);
            }
        }
        url
    }

    /// The URL as shown to people: the unix socket instead of the placeholder host.
    pub(super) fn shown(&self, url: &Url) -> String {
        let mut tail = url.path().to_string();
        if let Some(q) = url.query() {
            tail.push('?');
            tail.push_str(q);
        }
        let base_path = self.base.path().trim_end_matches('/');
        let tail = tail.strip_prefix(base_path).unwrap_or(&tail);
        format!("{}{}", self.display_base, tail)
    }

    /// Whether a dry run keeps a `method` request instead of sending it.
    pub(super) fn held_back(&self, method: &Method) -> bool {
        self.dry_run && (*method != Method::GET || self.dry_run_reads)
    }

    pub(crate) fn get<T: DeserializeOwned>(
        &self,
        segments: &[&str],
        query: &[(&str, &str)],
    ) -> Result<T, ApiError> {
        self.read(Method::GET, segments, query, Extra::default())
            .map(|(value, _)| value)
    }

    /// Sends a request and decodes its JSON answer; also returns `X-Consul-Index`.
    pub(crate) fn read<T: DeserializeOwned>(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, &str)],
        extra: Extra,
    ) -> Result<(T, Option<u64>), ApiError> {
        let (answer, index) = self.read_json(method, segments, query, extra)?;
        Ok((answer.decode()?, index))
    }

    /// Sends a request and keeps its JSON answer undecoded; also returns `X-Consul-Index`.
    pub(crate) fn read_json(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, &str)],
        extra: Extra,
    ) -> Result<(JsonAnswer, Option<u64>), ApiError> {
        let url = self.url(segments, query);
        let shown = self.shown(&url);
        let planned_only = self.held_back(&method);
        let answer = self.send(method, url, extra)?;
        if planned_only {
            // There is no answer to decode: the command ends here.
            return Err(ApiError::DryRun);
        }
        let json = JsonAnswer {
            body: answer.body,
            shown,
        };
        Ok((json, answer.index))
    }

    /// A `PUT` whose answer body, if any, is ignored (agent writes answer 200 with no body).
    pub(crate) fn put<B: Serialize>(
        &self,
        segments: &[&str],
        query: &[(&str, &str)],
        body: Option<&B>,
    ) -> Result<(), ApiError> {
        self.write(Method::PUT, segments, query, body)
    }

    /// A write (`PUT`, `DELETE`) whose answer body, if any, is ignored.
    pub(crate) fn write<B: Serialize>(
        &self,
        method: Method,
        segments: &[&str],
        query: &[(&str, &str)],
        body: Option<&B>,
    ) -> Result<(), ApiError> {
        let url = self.url(segments, query);
        let shown = self.shown(&url);
        let body = body.map(|b| serde_json::to_vec(b).expect("request bodies always serialize"));
        let answer = self.send(
            method,
            url,
            Extra {
                body,
                timeout: None,
            },
        )?;
        // Consul answers its writes with nothing (or JSON): a web page or other text with a 200
        // comes from something else, and taking it for success would report a write that never
        // happened (a TTL check that silently goes critical).
        let text = answer.body.trim_ascii();
        if !text.is_empty() {
            if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(text) {
                return Err(ApiError::Decode {
                    url: shown,
                    detail: e.to_string(),
                });
            }
        }
        Ok(())
    }
}

/// Whether the agent is on this machine, so that no proxy is asked, as Go's rule (which
/// Consul's own client follows) decides: `localhost`, 127.0.0.0/8, `::1`, and 127.0.0.0/8
/// written as IPv4-mapped IPv6 (`[::ffff:127.0.0.1]`), which Rust's `is_loopback` says is not.
fn is_loopback(url: &Url) -> bool {
    let host = url.host_str().unwrap_or("");
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.to_canonical().is_loopback())
}

/// reqwest is built without a bundled crypto provider: ring is smaller and builds without cmake.
fn install_crypto_provider() {
    // An error only means a provider is installed already.
    let _ = rustls::crypto::ring::default_provider().install_default();
}
