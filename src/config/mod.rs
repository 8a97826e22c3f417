//! The resolved settings every command uses: flags > environment > defaults, decided once.
//! Nothing here knows about clap; `cli` hands over what the user typed and where it came from.

mod address;
pub mod declarations;
mod resolve;
mod secrets;
mod settings;

use std::path::PathBuf;
use std::time::Duration;

use crate::api::{ClientOptions, Endpoint, RequestLog, RetryPolicy, TlsOptions};
use crate::secret::{Secret, Token};

pub use address::{parse_address, without_credentials};
pub use declarations::Declaration;
pub use resolve::parse_go_bool;
pub use secrets::{
    read_bounded, secret_file, secret_text, MAX_FILE, MAX_FILE_SHOWN, TOKEN_COMMAND_TIMEOUT,
};
pub use settings::{Origin, Setting};

pub const DEFAULT_ADDR: &str = "127.0.0.1:8500";
/// `--request-timeout`'s default, as typed and as used.
pub const DEFAULT_REQUEST_TIMEOUT: &str = "10s";
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// `--max-answer-size`'s default, as typed and as used.
pub const DEFAULT_MAX_ANSWER_SIZE: &str = "32MiB";
pub const DEFAULT_MAX_ANSWER: u64 = 32 << 20;

/// Where a value came from, so messages can say how a token was given without showing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Flag,
    Env,
    /// The chosen context's key of the same name.
    Context,
}

/// A value the user gave, and where.
pub type Given<T> = Option<(T, Source)>;

/// How a context was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChosenBy {
    Flag,
    /// `CONSULCTL_CONTEXT`.
    Env,
    /// The file's `current-context`.
    Current,
}

/// The context a command runs in: its settings (as the flags would give them), the command that
/// prints its token, and whether its changes are asked for.
#[derive(Debug, Clone)]
pub struct ChosenContext {
    pub name: String,
    pub chosen_by: ChosenBy,
    /// The config file it is written in, for messages.
    pub file: PathBuf,
    pub settings: GlobalInput,
    pub token_command: Option<String>,
    pub protected: bool,
}

/// The config file of named contexts, as read.
#[derive(Debug, Clone)]
pub struct ContextFile {
    pub path: PathBuf,
    pub text: String,
    pub current: Option<String>,
    /// Where `current-context`'s value is in `text`, so that `context use` changes only it.
    pub current_span: Option<std::ops::Range<usize>>,
    pub contexts: std::collections::BTreeMap<String, ChosenContext>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Table,
    Json,
    /// One `address:port` a line (`query execute`).
    Addrs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What the user typed for the global options, and where each came from (`None`: not given,
/// the default applies).
#[derive(Debug, Default, Clone)]
pub struct GlobalInput {
    pub http_addr: Given<String>,
    pub token: Given<Secret>,
    pub token_file: Given<PathBuf>,
    pub http_auth: Given<Secret>,
    /// `--http-ssl`; `CONSUL_HTTP_SSL` is read by `Config::resolve`, so that the flag can beat
    /// it.
    pub http_ssl: Given<bool>,
    /// `--http-ssl-verify`; `CONSUL_HTTP_SSL_VERIFY` likewise.
    pub http_ssl_verify: Given<bool>,
    pub ca_file: Given<PathBuf>,
    pub ca_path: Given<PathBuf>,
    pub client_cert: Given<PathBuf>,
    pub client_key: Given<PathBuf>,
    pub tls_server_name: Given<String>,
    pub namespace: Given<String>,
    pub partition: Given<String>,
    pub max_answer: Given<u64>,
    pub dry_run: bool,
    /// Every `--datacenter` given, in order.
    pub datacenters: Given<Vec<String>>,
    pub output: Option<OutputFormat>,
    pub request_timeout: Given<Duration>,
    pub retries: Given<u32>,
    pub retry_max_time: Given<Duration>,
    pub retry_unsafe: bool,
    pub verbose: bool,
    pub quiet: bool,
    pub color: Option<ColorChoice>,
    /// `--yes`: a protected context's changes are not asked for.
    pub yes: bool,
    /// The context in use, if any.
    pub context: Option<Box<ChosenContext>>,
    /// Only describe where the settings come from (`context show`): a token-command is named,
    /// not run.
    pub describe_only: bool,
}

/// Facts about the terminal, passed in so resolution stays testable.
#[derive(Debug, Clone, Copy, Default)]
pub struct Terminal {
    pub stdout_is_tty: bool,
}

/// `CONSUL_HTTP_AUTH`: HTTP basic auth for a proxy in front of the agent.
#[derive(Debug, Clone)]
pub struct BasicAuth {
    pub user: String,
    pub password: Option<Secret>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub endpoint: Endpoint,
    pub token: Option<Token>,
    pub basic_auth: Option<BasicAuth>,
    /// Read only when the endpoint is https.
    pub tls: TlsOptions,
    pub namespace: Option<String>,
    /// Consul Enterprise admin partition.
    pub partition: Option<String>,
    /// Answers longer than this are refused.
    pub max_answer: u64,
    /// Show the requests that would change something instead of sending them.
    pub dry_run: bool,
    /// The datacenter of every command that takes one: the first of `datacenters`.
    pub datacenter: Option<String>,
    /// Every datacenter given, in order: plan, apply and export take several, and every other
    /// command is refused more than one (see [`Config::distinct_datacenters`]).
    pub datacenters: Vec<String>,
    pub output: OutputFormat,
    pub pretty_json: bool,
    pub color: bool,
    pub request_timeout: Duration,
    pub retry: RetryPolicy,
    pub verbose: bool,
    pub quiet: bool,
    pub stdout_is_tty: bool,
    /// The context in use and how it was chosen.
    pub context: Option<(String, ChosenBy)>,
    /// The context in use is protected: its changes are asked for (unless `yes`).
    pub protected: bool,
    pub yes: bool,
    /// The `CONSUL_*` variables that were set but ignored, because a context is in use.
    pub ignored_variables: Vec<&'static str>,
    /// Each setting that has one, with where it came from.
    pub settings: Vec<Setting>,
}

impl Config {
    /// The datacenters given, each once (Consul's names are case-insensitive: the first
    /// spelling is kept), in the order given.
    pub fn distinct_datacenters(&self) -> Vec<&str> {
        let mut distinct: Vec<&str> = Vec::new();
        for dc in &self.datacenters {
            if !distinct.iter().any(|d| d.eq_ignore_ascii_case(dc)) {
                distinct.push(dc);
            }
        }
        distinct
    }

    /// How the API client is built for these settings; `log` receives each request and answer
    /// (`--verbose`).
    pub fn client_options(&self, log: Option<RequestLog>) -> ClientOptions {
        ClientOptions {
            endpoint: self.endpoint.clone(),
            token: self.token.as_ref().map(|t| t.secret.expose().to_string()),
            basic_auth: self.basic_auth.as_ref().map(|auth| {
                (
                    auth.user.clone(),
                    auth.password.as_ref().map(|p| p.expose().to_string()),
                )
            }),
            tls: self.tls.clone(),
            namespace: self.namespace.clone(),
            partition: self.partition.clone(),
            request_timeout: self.request_timeout,
            retry: self.retry,
            max_answer: self.max_answer,
            dry_run: self.dry_run,
            dry_run_reads: false,
            log,
        }
    }
}
