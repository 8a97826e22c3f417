use std::path::PathBuf;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderValue, CONTENT_TYPE};
use reqwest::{Method, Url};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::answer::read_body;
pub use super::answer::{Answer, JsonAnswer};
use super::error::{ApiError, TransportKind};
use super::retry::RetryPolicy;
use super::tls::{self, TlsOptions};

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
    fn base_url(&self) -> Url {
        match self {
            Endpoint::Url(url) => url.clone(),
            Endpoint::Unix(_) => Url::parse("http://localhost/").expect("static URL parses"),
        }
    }
}

/// Receives one line per request and per answer when the user asked for `--verbose`.
pub type RequestLog = Box<dyn Fn(&str)>;

/// One attempt's failure, with the pause the answer asked for (`Retry-After`, and the header as
/// sent, for the log) when it asked for one.
struct Failure {
    error: ApiError,
    retry_after: Option<(Duration, String)>,
}

impl From<ApiError> for Failure {
    fn from(error: ApiError) -> Self {
        Failure {
            error,
            retry_after: None,
        }
    }
}

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
/// both, and so do the catalog's health and node endpoints; members, join and force-leave a partition only; agent self and node maintenance
/// neither, nor prepared queries, which take only `dc` (a query names its namespace in its
/// definition).
fn tenancy(segments: &[&str]) -> (bool, bool) {
    match segments {
        ["agent", "members" | "join" | "force-leave", ..] => (false, true),
        ["agent", "self" | "maintenance", ..] | ["catalog", "datacenters"] => (false, false),
        ["agent", ..] | ["health", ..] | ["catalog", ..] => (true, true),
        _ => (false, false),
    }
}

/// When a wait gives up, for the requests it sends: no attempt starts after `at`, and none runs
/// past `at` plus `grace` (Consul answers a blocking read up to a sixteenth of its wait late).
#[derive(Debug, Clone, Copy)]
pub struct Cutoff {
    pub at: Instant,
    pub grace: Duration,
}

/// A blocking client for one agent.
pub struct Client {
    http: reqwest::blocking::Client,
    base: Url,
    /// Shown in messages: the address as the user gave it, without credentials.
    display_base: String,
    token: Option<HeaderValue>,
    basic_auth: Option<(String, Option<String>)>,
    namespace: Option<String>,
    partition: Option<String>,
    max_answer: u64,
    dry_run: bool,
    dry_run_reads: bool,
    planned: std::cell::RefCell<Vec<PlannedRequest>>,
    log: Option<RequestLog>,
    request_timeout: Duration,
    retry: RetryPolicy,
    /// When the first request was sent: `--retry-max-time` bounds all of a command's retrying
    /// (a wait or a watch starts the count again for each of its reads, at its first failure).
    first_request: std::cell::Cell<Option<Instant>>,
    /// The requests belong to a wait or a watch (see [`Client::renew_retry_budget`]).
    following: std::cell::Cell<bool>,
    /// A wait's deadline (see [`Client::set_cutoff`]).
    cutoff: std::cell::Cell<Option<Cutoff>>,
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
    fn shown(&self, url: &Url) -> String {
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
    fn held_back(&self, method: &Method) -> bool {
        self.dry_run && (*method != Method::GET || self.dry_run_reads)
    }

    /// Sends a request, trying again as the [`RetryPolicy`] allows.
    pub(crate) fn send(&self, method: Method, url: Url, extra: Extra) -> Result<Answer, ApiError> {
        if self.held_back(&method) {
            // Reads still go out (a command may need them to build its write); writes do not.
            self.planned.borrow_mut().push(PlannedRequest {
                method: method.to_string(),
                url: url.to_string(),
                body: extra.body,
            });
            return Ok(Answer {
                body: Vec::new(),
                index: None,
            });
        }
        let mut url = url;
        let mut shown = self.shown(&url);
        if let Some(log) = &self.log {
            log(&format!("> {method} {shown}"));
            if self.token.is_some() {
                log("> X-Consul-Token: <redacted>");
            }
            if self.basic_auth.is_some() {
                log("> Authorization: <redacted>");
            }
            if let Some(body) = &extra.body {
                log(&format!("> {}", redacted_body(body)));
            }
        }
        let started = Instant::now();
        let following = self.following.get();
        // Riding out: no count of attempts, only the time.
        let rides_out = following && self.retry.retries == 0;
        let cutoff = self.cutoff.get();
        if !following && self.first_request.get().is_none() {
            self.first_request.set(Some(started));
        }
        let mut attempt = 0;
        // The error a command ends with: after more than one attempt, it says how many.
        let given_up = |error: ApiError, attempt: u32| {
            if attempt > 1 {
                error.after_attempts(attempt, started.elapsed())
            } else {
                error
            }
        };
        loop {
            let result = self.send_once(method.clone(), url.clone(), &extra, &shown, cutoff);
            let Failure { error, retry_after } = match result {
                Ok(answer) => return Ok(answer),
                Err(failure) => failure,
            };
            attempt += 1;
            let first = match self.first_request.get() {
                Some(first) => first,
                None => {
                    let now = Instant::now();
                    self.first_request.set(Some(now));
                    now
                }
            };
            let retries_end = first + self.retry.max_time;
            let budget_end = match cutoff {
                Some(cutoff) if rides_out => cutoff.at,
                Some(cutoff) => cutoff.at.min(retries_end),
                None => retries_end,
            };
            let budget_left = budget_end.saturating_duration_since(Instant::now());
            let retryable = self.retry.retryable(&method, &error);
            if (!rides_out && attempt > self.retry.retries) || !retryable || budget_left.is_zero() {
                // --retry was given, and would have applied but for the method: say so, or
                // the flag looks broken.
                let forced = RetryPolicy {
                    force_unsafe: true,
                    ..self.retry
                };
                if !retryable && attempt <= self.retry.retries && forced.retryable(&method, &error)
                {
                    return Err(given_up(error, attempt).noted(&format!(
                        "not retried: a {method} is repeated only with --retry-unsafe, as it may then be done twice"
                    )));
                }
                return Err(given_up(error, attempt));
            }
            let limit = if cutoff.is_some() {
                "the wait's --timeout"
            } else {
                "--retry-max-time"
            };
            let pause = match &retry_after {
                // Coming back sooner than asked would only be refused again.
                Some((asked, _)) if *asked > budget_left => {
                    let asked = crate::duration::display(*asked);
                    if let Some(log) = &self.log {
                        log(&format!(
                            "! attempt {attempt} failed ({error}); Consul asked for a pause of {asked}, past the time left for retries: not retrying"
                        ));
                    }
                    let note =
                        format!("Consul asked to be retried after {asked}, later than {limit} allows");
                    return Err(given_up(error, attempt).noted(&note));
                }
                Some((asked, _)) => self.retry.pause_asked(attempt, *asked),
                None => self.retry.backoff(attempt),
            }
            .min(budget_left);
            if let Some(log) = &self.log {
                let asked = retry_after
                    .as_ref()
                    .map(|(_, header)| format!(" (Retry-After: {header})"))
                    .unwrap_or_default();
                let riding = if rides_out {
                    format!(
                        "; riding it out for {} more, until {limit}",
                        crate::duration::display(budget_left)
                    )
                } else {
                    String::new()
                };
                log(&format!(
                    "! attempt {attempt} failed ({error}); retrying in {} ms{asked}{riding}",
                    pause.as_millis()
                ));
            }
            std::thread::sleep(pause);
            if let Some(plain) = without_index(&url) {
                url = plain;
                shown = self.shown(&url);
            }
        }
    }

    fn send_once(
        &self,
        method: Method,
        url: Url,
        extra: &Extra,
        shown: &str,
        cutoff: Option<Cutoff>,
    ) -> Result<Answer, Failure> {
        let started = Instant::now();
        let length = url.as_str().len();
        let mut request = self.http.request(method, url);
        if let Some(token) = &self.token {
            request = request.header("X-Consul-Token", token.clone());
        }
        if let Some((user, password)) = &self.basic_auth {
            // reqwest marks the header sensitive.
            request = request.basic_auth(user, password.as_ref());
        }
        // Set on each request, not only on the client: reqwest's blocking client bounds each
        // read of the body by the client's timeout anew, so an agent that trickles its answer
        // a byte at a time would hold us for ever; a request's own timeout covers the body too.
        let mut timeout = extra.timeout.unwrap_or(self.request_timeout);
        if let Some(cutoff) = cutoff {
            // A wait's deadline is kept whatever --request-timeout says, and a blocking read
            // asked to wait past it is cut there (a zero timeout would mean none at all).
            let left = (cutoff.at + cutoff.grace).saturating_duration_since(started);
            timeout = timeout.min(left.max(Duration::from_millis(1)));
        }
        request = request.timeout(timeout);
        if let Some(body) = &extra.body {
            request = request
                .header(CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        let response = request.send().map_err(|e| {
            if e.is_builder() {
                ApiError::unsendable(shown, length, &e)
            } else {
                ApiError::from_reqwest(shown, e)
            }
        })?;
        let status = response.status();
        let index = response
            .headers()
            .get("X-Consul-Index")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok());
        let retry_after = if super::retry::honours_retry_after(status.as_u16()) {
            response
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|header| {
                    super::retry::retry_after(header, std::time::SystemTime::now())
                        .map(|asked| (asked, header.trim().to_string()))
                })
        } else {
            None
        };
        let bytes = read_body(response, shown, self.max_answer)?;
        if let Some(log) = &self.log {
            log(&format!(
                "< {} in {} ms, {} bytes",
                status,
                started.elapsed().as_millis(),
                bytes.len()
            ));
        }
        if status.is_success() {
            Ok(Answer { body: bytes, index })
        } else {
            Err(Failure {
                error: ApiError::Status {
                    status: status.as_u16(),
                    body: String::from_utf8_lossy(&bytes).trim().to_string(),
                },
                retry_after,
            })
        }
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

/// A blocking read tried again after a failure asks without its index and wait: the agent may
/// have restarted meanwhile, its indexes starting over lower, and it would hold a read for an
/// index it has not reached for the whole wait. Answered at once, the read gives the index to
/// wait past anew (`None`: not a blocking read).
fn without_index(url: &Url) -> Option<Url> {
    if !url.query_pairs().any(|(key, _)| key == "index") {
        return None;
    }
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(key, _)| key != "index" && key != "wait")
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    let mut plain = url.clone();
    plain.set_query(None);
    if !kept.is_empty() {
        plain.query_pairs_mut().extend_pairs(kept);
    }
    Some(plain)
}

/// A request body for the verbose log: the value of any `Token` field (a prepared query's stored
/// ACL token) and of any credential header of a check is replaced, at any depth.
fn redacted_body(body: &[u8]) -> String {
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(mut value) => {
            super::models::each_token(&mut value, &mut |token| {
                *token = serde_json::Value::String("<redacted>".into());
            });
            super::without_secret_headers(&value).to_string()
        }
        // We only send JSON; anything else is shown by size alone.
        Err(_) => format!("<{} bytes>", body.len()),
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
