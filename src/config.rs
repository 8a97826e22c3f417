//! The resolved settings every command uses: flags > environment > defaults, decided once.
//! Nothing here knows about clap; `cli` hands over what the user typed and where it came from.

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use reqwest::Url;

use crate::api::{ClientOptions, Endpoint, RequestLog, RetryPolicy, TlsOptions};
use crate::error::{escaped, Error, Result};
use crate::secret::{Secret, Token, TokenOrigin};

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

/// Where one resolved setting came from, as `context show` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Flag,
    Env(&'static str),
    Context(String),
    Default,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Flag => f.write_str("flag"),
            Origin::Env(var) => write!(f, "environment {var}"),
            Origin::Context(name) => write!(f, "context {name}"),
            Origin::Default => f.write_str("default"),
        }
    }
}

/// One resolved setting: its option's long name, the value as shown (`None`: never shown, as
/// the token) and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    pub name: &'static str,
    pub value: Option<String>,
    pub origin: Origin,
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
    /// `--http-ssl`; `CONSUL_HTTP_SSL` is read here, so that the flag can beat it.
    pub http_ssl: Option<bool>,
    /// `--http-ssl-verify`; `CONSUL_HTTP_SSL_VERIFY` likewise.
    pub http_ssl_verify: Option<bool>,
    pub ca_file: Given<PathBuf>,
    pub ca_path: Given<PathBuf>,
    pub client_cert: Given<PathBuf>,
    pub client_key: Given<PathBuf>,
    pub tls_server_name: Given<String>,
    pub namespace: Given<String>,
    pub partition: Given<String>,
    pub max_answer: Given<u64>,
    pub dry_run: bool,
    pub datacenter: Option<String>,
    pub output: Option<OutputFormat>,
    pub request_timeout: Option<Duration>,
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
    pub datacenter: Option<String>,
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

/// Decides each setting from its layers: a flag, then its variable (a `CONSUL_*` one only when
/// no context is in use: a context replaces them all), then the context's key; recording where
/// each value came from.
struct Layers<'a> {
    context: Option<&'a ChosenContext>,
    ignored: Vec<&'static str>,
    settings: Vec<Setting>,
}

impl Layers<'_> {
    fn pick<T>(
        &mut self,
        (name, var): (&'static str, Option<&'static str>),
        given: Given<T>,
        from_context: impl FnOnce(&GlobalInput) -> Given<T>,
        shown: impl Fn(&T) -> Option<String>,
    ) -> Given<T> {
        let replaced = self.context.is_some() && var.is_some_and(|v| v.starts_with("CONSUL_"));
        let given = match given {
            Some((_, Source::Env)) if replaced => {
                self.ignored.extend(var);
                None
            }
            other => other,
        };
        let picked = given.or_else(|| {
            let context = self.context?;
            from_context(&context.settings).map(|(v, _)| (v, Source::Context))
        });
        let origin = match (&picked, self.context) {
            (None, _) => Origin::Default,
            (Some((_, Source::Flag)), _) => Origin::Flag,
            (Some((_, Source::Env)), _) => Origin::Env(var.unwrap_or_default()),
            (Some((_, Source::Context)), Some(c)) => Origin::Context(c.name.clone()),
            (Some((_, Source::Context)), None) => Origin::Default,
        };
        if picked.is_some() {
            self.settings.push(Setting {
                name,
                value: picked.as_ref().and_then(|(v, _)| shown(v)),
                origin,
            });
        }
        picked
    }

    /// A setting that was not given anywhere, with the default that applies.
    fn default(&mut self, name: &'static str, value: impl Into<String>) {
        if !self.settings.iter().any(|s| s.name == name) {
            self.settings.push(Setting {
                name,
                value: Some(value.into()),
                origin: Origin::Default,
            });
        }
    }
}

impl Config {
    pub fn resolve(
        input: GlobalInput,
        env: &dyn Fn(&str) -> Option<OsString>,
        terminal: Terminal,
    ) -> Result<Config> {
        let env_str = |name: &str| {
            env(name)
                .and_then(|v| v.into_string().ok())
                .filter(|v| !v.is_empty())
        };
        let env_bool = |name: &str| -> Result<Option<bool>> {
            match env_str(name) {
                Some(v) => parse_go_bool(&v).map(Some).ok_or_else(|| {
                    Error::usage(format!("{name}={v:?} is not a boolean: use true or false"))
                }),
                None => Ok(None),
            }
        };
        let context = input.context.as_deref();
        let mut layers = Layers {
            context,
            ignored: Vec::new(),
            settings: Vec::new(),
        };
        let flag_or_env = |flag: Option<bool>, env: Option<bool>| {
            flag.map(|v| (v, Source::Flag))
                .or(env.map(|v| (v, Source::Env)))
        };
        let bool_shown = |b: &bool| Some(b.to_string());
        let path_shown = |p: &PathBuf| Some(p.display().to_string());
        let text_shown = |t: &String| Some(t.clone());
        // Each variable is read even when its flag wins, so a bad value is never ignored.
        let ssl = flag_or_env(input.http_ssl, env_bool("CONSUL_HTTP_SSL")?);
        let ssl = layers.pick(
            ("http-ssl", Some("CONSUL_HTTP_SSL")),
            ssl,
            |c| c.http_ssl.map(|v| (v, Source::Flag)),
            bool_shown,
        );
        let ssl = ssl.is_some_and(|(v, _)| v);
        let verify = flag_or_env(input.http_ssl_verify, env_bool("CONSUL_HTTP_SSL_VERIFY")?);
        let verify = layers.pick(
            ("http-ssl-verify", Some("CONSUL_HTTP_SSL_VERIFY")),
            verify,
            |c| c.http_ssl_verify.map(|v| (v, Source::Flag)),
            bool_shown,
        );
        let verify = verify.is_none_or(|(v, _)| v);
        let addr = layers.pick(
            ("http-addr", Some("CONSUL_HTTP_ADDR")),
            input.http_addr,
            |c| c.http_addr.clone(),
            |a| Some(without_credentials(a)),
        );
        let (addr, addr_source) = addr.unwrap_or_else(|| (DEFAULT_ADDR.to_string(), Source::Flag));
        let endpoint = parse_address(&addr, ssl).map_err(|why| {
            let addr = without_credentials(&addr);
            let origin = match (addr_source, context) {
                (Source::Context, Some(c)) => {
                    format!("http-addr of context {} ({})", c.name, c.file.display())
                }
                (Source::Env, _) => "CONSUL_HTTP_ADDR".to_string(),
                _ => "--http-addr".to_string(),
            };
            Error::usage(format!(
                "{origin} {addr:?} is not a usable address: {why}; give host:port, http://host:port, https://host:port or unix:///path/to/socket"
            ))
        })?;

        let token = layers.pick(
            ("token", Some("CONSUL_HTTP_TOKEN")),
            input.token,
            |_| None,
            |_| None,
        );
        let token_file = layers.pick(
            ("token-file", Some("CONSUL_HTTP_TOKEN_FILE")),
            input.token_file,
            |c| c.token_file.clone(),
            path_shown,
        );
        let token = match (token, token_file, context) {
            // A flag beats the context's token, however that one is given.
            (token, file, _) if has_flag(&token) || has_flag(&file) => resolve_token(token, file)?,
            (None, Some((path, Source::Context)), Some(c)) => Some(read_token_file(
                &path,
                &format!("token-file of context {}", c.name),
                TokenOrigin::ContextFile(c.name.clone(), path.clone()),
            )?),
            (None, None, Some(c)) if c.token_command.is_some() => {
                layers.settings.push(Setting {
                    name: "token",
                    value: None,
                    origin: Origin::Context(c.name.clone()),
                });
                if input.describe_only {
                    None
                } else {
                    let command = c.token_command.as_deref().unwrap_or_default();
                    Some(Token {
                        secret: token_from_command(&c.name, command)?,
                        origin: TokenOrigin::ContextCommand(c.name.clone()),
                    })
                }
            }
            (token, file, _) => resolve_token(token, file)?,
        };
        let basic_auth = layers
            .pick(
                ("http-auth", Some("CONSUL_HTTP_AUTH")),
                input.http_auth,
                |_| None,
                |_| None,
            )
            .map(basic_auth)
            .transpose()?;
        let ca_file = layers.pick(
            ("ca-file", Some("CONSUL_CACERT")),
            input.ca_file,
            |c| c.ca_file.clone(),
            path_shown,
        );
        let ca_path = layers.pick(
            ("ca-path", Some("CONSUL_CAPATH")),
            input.ca_path,
            |c| c.ca_path.clone(),
            path_shown,
        );
        let client_cert = layers.pick(
            ("client-cert", Some("CONSUL_CLIENT_CERT")),
            input.client_cert,
            |c| c.client_cert.clone(),
            path_shown,
        );
        let client_key = layers.pick(
            ("client-key", Some("CONSUL_CLIENT_KEY")),
            input.client_key,
            |c| c.client_key.clone(),
            path_shown,
        );
        let tls_server_name = layers.pick(
            ("tls-server-name", Some("CONSUL_TLS_SERVER_NAME")),
            input.tls_server_name,
            |c| c.tls_server_name.clone(),
            text_shown,
        );
        let cert_origin = |given: &Given<PathBuf>, option| {
            origin_label(
                option,
                given.as_ref().map_or(Source::Flag, |(_, s)| *s),
                context,
            )
        };
        let cert_label = cert_origin(&client_cert, "--client-cert (CONSUL_CLIENT_CERT)");
        let key_label = cert_origin(&client_key, "--client-key (CONSUL_CLIENT_KEY)");
        let (ca_file, ca_path, client_cert, client_key, tls_server_name) = (
            ca_file.map(|(v, _)| v),
            ca_path.map(|(v, _)| v),
            client_cert.map(|(v, _)| v),
            client_key.map(|(v, _)| v),
            tls_server_name.map(|(v, _)| v),
        );
        match (&client_cert, &client_key) {
            (Some(cert), None) => {
                return Err(Error::usage(format!(
                    "{cert_label} {} was given without --client-key (CONSUL_CLIENT_KEY): give both",
                    cert.display()
                )))
            }
            (None, Some(key)) => {
                return Err(Error::usage(format!(
                "{key_label} {} was given without --client-cert (CONSUL_CLIENT_CERT): give both",
                key.display()
            )))
            }
            _ => {}
        }
        let namespace = layers
            .pick(
                ("namespace", Some("CONSUL_NAMESPACE")),
                input.namespace,
                |c| c.namespace.clone(),
                text_shown,
            )
            .map(|(ns, source)| {
                let origin = origin_label("--namespace (CONSUL_NAMESPACE)", source, context);
                checked_tenancy(ns, &origin, "namespace")
            })
            .transpose()?;
        let partition = layers
            .pick(
                ("partition", Some("CONSUL_PARTITION")),
                input.partition,
                |c| c.partition.clone(),
                text_shown,
            )
            .map(|(ap, source)| {
                let origin = origin_label("--partition (CONSUL_PARTITION)", source, context);
                checked_tenancy(ap, &origin, "partition")
            })
            .transpose()?;
        let datacenter = layers
            .pick(
                ("datacenter", None),
                input.datacenter.map(|dc| (dc, Source::Flag)),
                |c| c.datacenter.clone().map(|dc| (dc, Source::Flag)),
                text_shown,
            )
            .map(|(dc, _)| dc);
        let duration_shown = |d: &Duration| Some(crate::duration::display(*d));
        let request_timeout = layers
            .pick(
                ("request-timeout", None),
                input.request_timeout.map(|d| (d, Source::Flag)),
                |c| c.request_timeout.map(|d| (d, Source::Flag)),
                duration_shown,
            )
            .map_or(DEFAULT_TIMEOUT, |(d, _)| d);
        let max_answer = layers
            .pick(
                ("max-answer-size", Some("CONSULCTL_MAX_ANSWER_SIZE")),
                input.max_answer,
                |c| c.max_answer,
                |n| Some(n.to_string()),
            )
            .map_or(DEFAULT_MAX_ANSWER, |(n, _)| n);
        let defaults = RetryPolicy::default();
        let retry = RetryPolicy {
            retries: layers
                .pick(
                    ("retry", Some("CONSULCTL_RETRY")),
                    input.retries,
                    |c| c.retries,
                    |n| Some(n.to_string()),
                )
                .map_or(defaults.retries, |(n, _)| n),
            max_time: layers
                .pick(
                    ("retry-max-time", Some("CONSULCTL_RETRY_MAX_TIME")),
                    input.retry_max_time,
                    |c| c.retry_max_time,
                    duration_shown,
                )
                .map_or(defaults.max_time, |(d, _)| d),
            force_unsafe: input.retry_unsafe,
        };
        layers.default("http-addr", DEFAULT_ADDR);
        layers.default("request-timeout", DEFAULT_REQUEST_TIMEOUT);
        let color = match input.color.unwrap_or(ColorChoice::Auto) {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                terminal.stdout_is_tty && env("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        let Layers {
            ignored, settings, ..
        } = layers;
        Ok(Config {
            endpoint,
            token,
            basic_auth,
            tls: TlsOptions {
                ca_file,
                ca_path,
                client_cert,
                client_key,
                server_name: tls_server_name,
                verify,
            },
            namespace,
            partition,
            max_answer,
            dry_run: input.dry_run,
            datacenter,
            output: input.output.unwrap_or(OutputFormat::Table),
            pretty_json: terminal.stdout_is_tty,
            color,
            request_timeout,
            retry,
            verbose: input.verbose,
            quiet: input.quiet,
            stdout_is_tty: terminal.stdout_is_tty,
            context: context.map(|c| (c.name.clone(), c.chosen_by)),
            protected: context.is_some_and(|c| c.protected),
            yes: input.yes,
            ignored_variables: ignored,
            settings,
        })
    }
}

impl Config {
    /// Where a setting (by its option's long name) came from, when it was given at all.
    pub fn origin(&self, name: &str) -> Option<&Origin> {
        self.settings
            .iter()
            .find(|s| s.name == name)
            .map(|s| &s.origin)
    }
}

/// How a message names where a value came from: the option (with its variable), or the key of
/// the context that gave it.
fn origin_label(option: &str, source: Source, context: Option<&ChosenContext>) -> String {
    match (source, context) {
        (Source::Context, Some(c)) => {
            let key = option.trim_start_matches("--");
            let key = key.split(' ').next().unwrap_or(key);
            format!("{key} of context {} ({})", c.name, c.file.display())
        }
        _ => option.to_string(),
    }
}

fn has_flag<T>(given: &Given<T>) -> bool {
    matches!(given, Some((_, Source::Flag)))
}

/// Longest a `token-command` may take before it is stopped and the command refused.
pub const TOKEN_COMMAND_TIMEOUT: Duration = Duration::from_secs(10);

/// Runs a context's `token-command` through `/bin/sh -c`: its trimmed stdout is the token. A
/// failure (non-zero exit, no output, or no answer in [`TOKEN_COMMAND_TIMEOUT`]) names the
/// context with the first line of the command's stderr, and nothing is sent.
fn token_from_command(context: &str, command: &str) -> Result<Secret> {
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

impl Config {
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

/// The address as it may be shown: whatever stands before the last `@` (after the scheme)
/// replaced, so an error never echoes a password, with or without a scheme (`user:pw@host`).
pub fn without_credentials(addr: &str) -> String {
    let Some(at) = addr.rfind('@') else {
        return addr.to_string();
    };
    let start = addr.find("://").map_or(0, |i| i + 3);
    let start = if start <= at { start } else { 0 };
    format!("{}***{}", &addr[..start], &addr[at..])
}

/// `USER` or `USER:PASSWORD`, split at the first colon as Consul's API client does. Neither
/// part is ever echoed.
fn basic_auth((text, source): (Secret, Source)) -> Result<BasicAuth> {
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

/// Namespaces and partitions are names, not paths or queries: refuse what Consul could never
/// hold. `option` names where the value came from, `what` what it is.
fn checked_tenancy(ns: String, option: &str, what: &str) -> Result<String> {
    let ns = ns.trim().to_string();
    if ns.is_empty() {
        return Err(Error::usage(format!(
            "{option} is empty: give a {what} name or leave it out"
        )));
    }
    if let Some(bad) = ns
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(Error::usage(format!(
            "{option} {ns:?} holds {bad:?}: a {what} name has letters, digits, '-' and '_' only"
        )));
    }
    Ok(ns)
}

/// `strconv.ParseBool`, which the official CLI uses for CONSUL_HTTP_SSL.
pub fn parse_go_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// `host:port`, `http(s)://host:port[/prefix]` or `unix:///path`, as the official CLI reads it.
pub fn parse_address(addr: &str, ssl: bool) -> std::result::Result<Endpoint, String> {
    let addr = addr.trim();
    if addr.is_empty() {
        return Err("it is empty".into());
    }
    if let Some(path) = addr.strip_prefix("unix://") {
        if path.is_empty() {
            return Err("the socket path is missing".into());
        }
        return Ok(Endpoint::Unix(PathBuf::from(path)));
    }
    let with_scheme = if addr.contains("://") {
        addr.to_string()
    } else {
        format!("{}://{addr}", if ssl { "https" } else { "http" })
    };
    // `host:` parses as the scheme's default port (80), which nobody who typed the colon meant.
    let authority = with_scheme.split_once("://").map_or("", |(_, rest)| {
        rest.split(['/', '?', '#']).next().unwrap_or("")
    });
    if authority.ends_with(':') {
        return Err("the port after ':' is missing".into());
    }
    let url = Url::parse(&with_scheme).map_err(|e| e.to_string())?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "the scheme {:?} is not http, https or unix",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err("the host is missing".into());
    }
    if url.port() == Some(0) {
        return Err("port 0 is no port an agent listens on".into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(
            "credentials do not belong in the address: give user:password in CONSUL_HTTP_AUTH or --http-auth"
                .into(),
        );
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err("an address has no query or fragment".into());
    }
    // consulctl puts `/v1` before every path itself: a prefix ending in it would be sent twice.
    if url.path().trim_end_matches('/').ends_with("/v1") {
        let mut without = url.clone();
        without.set_path(url.path().trim_end_matches('/').trim_end_matches("/v1"));
        return Err(format!(
            "it ends in /v1, which consulctl adds to every request itself: give {}",
            without.as_str().trim_end_matches('/')
        ));
    }
    Ok(Endpoint::Url(url))
}

/// Flags beat the environment; at each level a token file beats a token, as in Consul's API
/// client. Giving both flags is a mistake we name rather than guess at.
fn resolve_token(
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

fn read_token_file(path: &Path, via: &str, origin: TokenOrigin) -> Result<Token> {
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

    fn no_env(_: &str) -> Option<OsString> {
        None
    }

    fn resolve(input: GlobalInput, env: &[(&str, &str)]) -> Result<Config> {
        let owned: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let lookup = move |name: &str| {
            owned
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| OsString::from(v))
        };
        Config::resolve(input, &lookup, Terminal::default())
    }

    fn url(config: &Config) -> String {
        match &config.endpoint {
            Endpoint::Url(u) => u.to_string(),
            Endpoint::Unix(p) => format!("unix://{}", p.display()),
        }
    }

    #[test]
    fn default_address_is_local_http() {
        let c = Config::resolve(GlobalInput::default(), &no_env, Terminal::default()).unwrap();
        assert_eq!(url(&c), "http://127.0.0.1:8500/");
        assert_eq!(c.request_timeout, Duration::from_secs(10));
        assert!(c.token.is_none());
    }

    #[test]
    fn address_forms() {
        let cases = [
            ("127.0.0.2:8500", false, "http://127.0.0.2:8500/"),
            ("127.0.0.2:8501", true, "https://127.0.0.2:8501/"),
            ("http://h:1/prefix", true, "http://h:1/prefix"),
            ("https://h:1", false, "https://h:1/"),
            ("[::1]:8500", false, "http://[::1]:8500/"),
        ];
        for (addr, ssl, want) in cases {
            match parse_address(addr, ssl).unwrap() {
                Endpoint::Url(u) => assert_eq!(u.as_str(), want, "{addr}"),
                other => panic!("{addr}: {other:?}"),
            }
        }
        assert_eq!(
            parse_address("unix:///tmp/c.sock", false).unwrap(),
            Endpoint::Unix(PathBuf::from("/tmp/c.sock"))
        );
        for bad in [
            "",
            "ftp://h:1",
            "http://",
            "h:99999",
            "http://u:p@h:1",
            "h:1?x=1",
            "unix://",
            "127.0.0.1:",
            "http://h:/v1",
            "127.0.0.1:0",
            "http://[::1]:0",
            "127.0.0.1:8500/v1",
            "http://h:1/consul/v1/",
        ] {
            assert!(
                parse_address(bad, false).is_err(),
                "{bad:?} should be rejected"
            );
        }
    }

    #[test]
    fn credentials_in_a_bad_address_are_not_echoed() {
        let input = GlobalInput {
            http_addr: Some(("http://u:PASSWORD@127.0.0.1:1".into(), Source::Flag)),
            ..Default::default()
        };
        let err = resolve(input, &[]).unwrap_err();
        assert!(!err.message().contains("PASSWORD"), "{}", err.message());
        assert!(
            err.message().contains("http://***@127.0.0.1:1"),
            "{}",
            err.message()
        );
    }

    #[test]
    fn consul_http_ssl_switches_bare_addresses_to_https() {
        let input = GlobalInput {
            http_addr: Some(("127.0.0.1:8501".into(), Source::Env)),
            ..Default::default()
        };
        let c = resolve(input, &[("CONSUL_HTTP_SSL", "true")]).unwrap();
        assert_eq!(url(&c), "https://127.0.0.1:8501/");
        let err = resolve(GlobalInput::default(), &[("CONSUL_HTTP_SSL", "yes")]).unwrap_err();
        assert_eq!(err.exit(), crate::error::ExitCode::Usage);
        assert!(err.message().contains("\"yes\""));
    }

    #[test]
    fn bad_address_names_value_and_origin() {
        let input = GlobalInput {
            http_addr: Some(("ftp://x".into(), Source::Env)),
            ..Default::default()
        };
        let err = resolve(input, &[]).unwrap_err();
        assert!(
            err.message().contains("CONSUL_HTTP_ADDR \"ftp://x\""),
            "{}",
            err.message()
        );
    }

    #[test]
    fn token_precedence_flag_then_file_then_env() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t");
        std::fs::write(&file, "from-file\n\n").unwrap();

        let input = GlobalInput {
            token: Some(("from-flag".into(), Source::Flag)),
            token_file: Some((file.clone(), Source::Env)),
            ..Default::default()
        };
        let t = resolve(input, &[]).unwrap().token.unwrap();
        assert_eq!(
            (t.secret.expose(), t.origin),
            ("from-flag", TokenOrigin::Flag)
        );

        let input = GlobalInput {
            token: Some(("from-env".into(), Source::Env)),
            token_file: Some((file.clone(), Source::Env)),
            ..Default::default()
        };
        let t = resolve(input, &[]).unwrap().token.unwrap();
        assert_eq!(t.secret.expose(), "from-file");
        assert_eq!(t.origin, TokenOrigin::EnvFile(file.clone()));

        let input = GlobalInput {
            token: Some(("from-env".into(), Source::Env)),
            ..Default::default()
        };
        let t = resolve(input, &[]).unwrap().token.unwrap();
        assert_eq!(
            (t.secret.expose(), t.origin),
            ("from-env", TokenOrigin::Env)
        );

        let input = GlobalInput {
            token: Some(("a".into(), Source::Flag)),
            token_file: Some((file, Source::Flag)),
            ..Default::default()
        };
        assert!(resolve(input, &[]).is_err());
    }

    #[test]
    fn token_file_problems_are_usage_errors_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty");
        std::fs::write(&empty, "\n").unwrap();
        for path in [empty, dir.path().join("missing")] {
            let input = GlobalInput {
                token_file: Some((path.clone(), Source::Flag)),
                ..Default::default()
            };
            let err = resolve(input, &[]).unwrap_err();
            assert_eq!(err.exit(), crate::error::ExitCode::Usage);
            assert!(err.message().contains(&path.display().to_string()));
        }
    }

    #[test]
    fn a_token_file_that_never_ends_is_refused_naming_it() {
        let path = PathBuf::from("/dev/zero");
        let input = GlobalInput {
            token_file: Some((path, Source::Flag)),
            ..Default::default()
        };
        let err = resolve(input, &[]).unwrap_err();
        assert_eq!(err.exit(), crate::error::ExitCode::Usage);
        assert_eq!(
            err.message(),
            "the token file /dev/zero (--token-file) is larger than 16 MiB; is it the right file?"
        );
    }

    #[test]
    fn ssl_flags_beat_their_variables() {
        let https = |input: GlobalInput, env: &[(&str, &str)]| {
            let c = resolve(input, env).unwrap();
            (c.endpoint.is_https(), c.tls.verify)
        };
        assert_eq!(https(GlobalInput::default(), &[]), (false, true));
        let env = [
            ("CONSUL_HTTP_SSL", "true"),
            ("CONSUL_HTTP_SSL_VERIFY", "false"),
        ];
        assert_eq!(https(GlobalInput::default(), &env), (true, false));
        let flags = GlobalInput {
            http_ssl: Some(false),
            http_ssl_verify: Some(true),
            ..Default::default()
        };
        assert_eq!(https(flags, &env), (false, true));
        // A bad variable is an error even when its flag is given.
        let flags = GlobalInput {
            http_ssl_verify: Some(true),
            ..Default::default()
        };
        let err = resolve(flags, &[("CONSUL_HTTP_SSL_VERIFY", "no")]).unwrap_err();
        assert!(
            err.message().contains("CONSUL_HTTP_SSL_VERIFY=\"no\""),
            "{}",
            err.message()
        );
    }

    #[test]
    fn basic_auth_splits_at_the_first_colon_and_never_echoes() {
        let auth = |text: &str| {
            resolve(
                GlobalInput {
                    http_auth: Some((text.into(), Source::Env)),
                    ..Default::default()
                },
                &[],
            )
        };
        let a = auth("ops:pa:ss").unwrap().basic_auth.unwrap();
        assert_eq!(a.user, "ops");
        assert_eq!(a.password.unwrap().expose(), "pa:ss");
        assert!(auth("ops").unwrap().basic_auth.unwrap().password.is_none());
        for bad in [":SECRETPW", "ops:SECRET\nPW"] {
            let err = auth(bad).unwrap_err();
            assert_eq!(err.exit(), crate::error::ExitCode::Usage);
            assert!(
                err.message().contains("CONSUL_HTTP_AUTH"),
                "{}",
                err.message()
            );
            assert!(!err.message().contains("SECRET"), "{}", err.message());
        }
    }

    #[test]
    fn client_certificate_needs_its_key() {
        let input = GlobalInput {
            client_cert: Some(("/tmp/c.pem".into(), Source::Flag)),
            ..Default::default()
        };
        let err = resolve(input, &[]).unwrap_err();
        assert!(err.message().contains("/tmp/c.pem") && err.message().contains("--client-key"));
        let input = GlobalInput {
            client_key: Some(("/tmp/k.pem".into(), Source::Flag)),
            ..Default::default()
        };
        assert!(resolve(input, &[])
            .unwrap_err()
            .message()
            .contains("/tmp/k.pem"));
    }

    #[test]
    fn namespaces_and_sizes() {
        let ns = |text: &str| {
            resolve(
                GlobalInput {
                    namespace: Some((text.into(), Source::Flag)),
                    ..Default::default()
                },
                &[],
            )
        };
        assert_eq!(ns(" team-a ").unwrap().namespace.as_deref(), Some("team-a"));
        assert!(ns("a/b").unwrap_err().message().contains("\"a/b\""));
        assert!(ns(" ").is_err());
        let c = resolve(GlobalInput::default(), &[]).unwrap();
        assert_eq!(c.max_answer, 32 << 20);
    }

    #[test]
    fn secret_debug_is_redacted() {
        let s = Secret::from("canary-123");
        assert_eq!(format!("{s:?}"), "<redacted>");
    }

    fn prod(settings: GlobalInput) -> Option<Box<ChosenContext>> {
        Some(Box::new(ChosenContext {
            name: "prod".into(),
            chosen_by: ChosenBy::Flag,
            file: "/c.toml".into(),
            settings,
            token_command: None,
            protected: false,
        }))
    }

    #[test]
    fn a_context_replaces_the_consul_variables_and_a_flag_beats_it() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t");
        std::fs::write(&file, "prod-token\n").unwrap();
        let context = GlobalInput {
            http_addr: Some(("127.0.0.9:8500".into(), Source::Flag)),
            token_file: Some((file.clone(), Source::Flag)),
            datacenter: Some("eu1".into()),
            ..Default::default()
        };
        let input = GlobalInput {
            http_addr: Some(("127.0.0.1:1".into(), Source::Env)),
            token: Some(("dev-token".into(), Source::Env)),
            context: prod(context.clone()),
            ..Default::default()
        };
        let c = resolve(input, &[]).unwrap();
        assert_eq!(url(&c), "http://127.0.0.9:8500/");
        let token = c.token.clone().unwrap();
        assert_eq!(token.secret.expose(), "prod-token");
        assert_eq!(token.origin, TokenOrigin::ContextFile("prod".into(), file));
        assert_eq!(
            c.ignored_variables,
            ["CONSUL_HTTP_ADDR", "CONSUL_HTTP_TOKEN"]
        );
        assert_eq!(c.origin("http-addr"), Some(&Origin::Context("prod".into())));
        assert_eq!(c.datacenter.as_deref(), Some("eu1"));

        // A flag wins for its own value; the rest still comes from the context.
        let input = GlobalInput {
            http_addr: Some(("127.0.0.2:8500".into(), Source::Flag)),
            datacenter: Some("dc9".into()),
            context: prod(context),
            ..Default::default()
        };
        let c = resolve(input, &[]).unwrap();
        assert_eq!(url(&c), "http://127.0.0.2:8500/");
        assert_eq!(c.origin("http-addr"), Some(&Origin::Flag));
        assert_eq!(c.datacenter.as_deref(), Some("dc9"));
        assert_eq!(c.token.unwrap().secret.expose(), "prod-token");
    }

    #[test]
    fn a_bad_value_from_a_context_names_the_context() {
        let input = GlobalInput {
            context: prod(GlobalInput {
                namespace: Some(("a/b".into(), Source::Flag)),
                ..Default::default()
            }),
            ..Default::default()
        };
        let err = resolve(input, &[]).unwrap_err();
        assert!(
            err.message()
                .starts_with("namespace of context prod (/c.toml) \"a/b\""),
            "{}",
            err.message()
        );
    }

    #[test]
    fn without_a_context_the_variables_count() {
        let input = GlobalInput {
            http_addr: Some(("127.0.0.1:7".into(), Source::Env)),
            ..Default::default()
        };
        let c = resolve(input, &[]).unwrap();
        assert_eq!(url(&c), "http://127.0.0.1:7/");
        assert_eq!(
            c.origin("http-addr"),
            Some(&Origin::Env("CONSUL_HTTP_ADDR"))
        );
        assert_eq!(c.origin("request-timeout"), Some(&Origin::Default));
        assert!(c.ignored_variables.is_empty());
    }

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

    #[test]
    fn color_follows_tty_and_no_color() {
        let tty = Terminal {
            stdout_is_tty: true,
        };
        let c = Config::resolve(GlobalInput::default(), &no_env, tty).unwrap();
        assert!(c.color && c.pretty_json);
        let with_no_color = |name: &str| (name == "NO_COLOR").then(|| OsString::from("1"));
        let c = Config::resolve(GlobalInput::default(), &with_no_color, tty).unwrap();
        assert!(!c.color);
        let always = GlobalInput {
            color: Some(ColorChoice::Always),
            ..Default::default()
        };
        assert!(
            Config::resolve(always, &no_env, Terminal::default())
                .unwrap()
                .color
        );
    }
}
