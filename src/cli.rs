//! The root parser and the global options. Subcommands live beside their handlers in `commands`.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

use clap::builder::PossibleValue;
use clap::parser::ValueSource;
use clap::{ArgMatches, Args, Parser, ValueEnum};

use crate::commands::Command;
use crate::config::{ColorChoice, GlobalInput, OutputFormat, Secret, Source};

/// What each exit status means. `--help`, the man pages and the README's table all give these
/// words; a test compares them.
pub const EXIT_CODES: &[(u8, &str)] = &[
    (0, "success"),
    (
        1,
        "Consul answered with an error, or what was asked for does not exist",
    ),
    (
        2,
        "the command line or an input file is invalid; nothing was sent",
    ),
    (
        3,
        "Consul could not be reached or did not answer in time (refused, DNS, TLS, timeout, \
         cut-off answer)",
    ),
];

/// Said after the exit statuses wherever they are listed.
pub const EXIT_NOTES: &[&str] = &[
    "query execute --min N exits 1 when fewer than N healthy instances answer (without --min, \
     an empty answer is a success).",
    "check run exits with its command's own status instead.",
];

/// An environment variable consulctl reads, with the option it stands for.
#[derive(Debug, Clone, Copy)]
pub struct EnvVar {
    pub name: &'static str,
    /// The long flag that beats it.
    pub option: &'static str,
    pub default: &'static str,
    pub meaning: &'static str,
}

/// Every variable that stands for an option (COMPLETE, which registers dynamic completion, is
/// the one other). The man pages' ENVIRONMENT sections are made from this list, a test compares
/// it with the README's table and with `--help`, and another with every variable clap reads.
pub const ENVIRONMENT: &[EnvVar] = &[
    EnvVar {
        name: "CONSUL_HTTP_ADDR",
        option: "--http-addr",
        default: "127.0.0.1:8500",
        meaning: "host:port, http://..., https://... or unix:///path",
    },
    EnvVar {
        name: "CONSUL_HTTP_TOKEN",
        option: "--token",
        default: "none",
        meaning: "ACL token, sent as X-Consul-Token (never in the URL)",
    },
    EnvVar {
        name: "CONSUL_HTTP_TOKEN_FILE",
        option: "--token-file",
        default: "none",
        meaning: "file holding the token; trailing newlines trimmed",
    },
    EnvVar {
        name: "CONSUL_HTTP_AUTH",
        option: "--http-auth",
        default: "none",
        meaning: "HTTP basic auth, for a proxy in front of the agent",
    },
    EnvVar {
        name: "CONSUL_NAMESPACE",
        option: "--namespace",
        default: "none",
        meaning: "Consul Enterprise namespace, sent as ?ns= on every request",
    },
    EnvVar {
        name: "CONSULCTL_MAX_ANSWER_SIZE",
        option: "--max-answer-size",
        default: "32MiB",
        meaning: "longer answers are refused (exit 1), never held in memory",
    },
    EnvVar {
        name: "CONSULCTL_RETRY",
        option: "--retry",
        default: "0",
        meaning: "try a failed request up to N more times, when that is safe",
    },
    EnvVar {
        name: "CONSULCTL_RETRY_MAX_TIME",
        option: "--retry-max-time",
        default: "30s",
        meaning: "no retry starts later than this after the first attempt",
    },
    EnvVar {
        name: "CONSUL_HTTP_SSL",
        option: "--http-ssl",
        default: "false",
        meaning: "use https for a bare host:port",
    },
    EnvVar {
        name: "CONSUL_HTTP_SSL_VERIFY",
        option: "--http-ssl-verify",
        default: "true",
        meaning: "false accepts any certificate, with a warning on every run",
    },
    EnvVar {
        name: "CONSUL_CACERT",
        option: "--ca-file",
        default: "system roots",
        meaning: "PEM CA certificate(s) to trust instead of the system's",
    },
    EnvVar {
        name: "CONSUL_CAPATH",
        option: "--ca-path",
        default: "system roots",
        meaning: "folder of PEM CA files; --ca-file wins when both are set",
    },
    EnvVar {
        name: "CONSUL_CLIENT_CERT",
        option: "--client-cert",
        default: "none",
        meaning: "PEM client certificate, for verify_incoming agents",
    },
    EnvVar {
        name: "CONSUL_CLIENT_KEY",
        option: "--client-key",
        default: "none",
        meaning: "its PEM private key (both or neither)",
    },
    EnvVar {
        name: "CONSUL_TLS_SERVER_NAME",
        option: "--tls-server-name",
        default: "the address's host",
        meaning: "the name the agent's certificate must hold",
    },
    EnvVar {
        name: "NO_COLOR",
        option: "--color",
        default: "auto",
        meaning: "colour status words in tables; auto colours only a terminal without NO_COLOR",
    },
];

/// What to type first: a service with a TTL check, passed. `consulctl` alone and
/// `consulctl --help` both show it.
pub const FIRST_STEPS: &str = "\
First steps (an agent at 127.0.0.1:8500, or set CONSUL_HTTP_ADDR):
  consulctl agent members
  consulctl service register web --port 8080 --check-ttl 30s
  consulctl check ttl pass service:web --note \"deployed\"
  consulctl agent checks";

/// An empty variable counts as unset, as in the official CLI (clap would take it as a value
/// given, and `CONSULCTL_RETRY=` would be refused). Call before the command tree is built: clap
/// reads the variables as it builds the arguments. Only while the process is single-threaded.
pub fn unset_empty_variables() {
    for var in ENVIRONMENT {
        if std::env::var_os(var.name).is_some_and(|v| v.is_empty()) {
            std::env::remove_var(var.name);
        }
    }
}

/// The root command's `--help` epilogue: first steps and the exit statuses, wrapped to 80
/// columns so that continuation lines keep their indent (clap re-wraps only narrower
/// terminals).
fn root_epilogue() -> String {
    let mut text = format!("{FIRST_STEPS}\n\nExit status:");
    for (code, meaning) in EXIT_CODES {
        wrap_into(&mut text, &format!("  {code}  "), "     ", meaning);
    }
    for note in EXIT_NOTES {
        wrap_into(&mut text, "  ", "    ", note);
    }
    text
}

/// Appends `words` as lines of at most 80 columns, the first after `first`, the rest after
/// `rest`.
fn wrap_into(text: &mut String, first: &str, rest: &str, words: &str) {
    let mut line = first.to_string();
    let mut empty = true;
    for word in words.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > 80 {
            text.push('\n');
            text.push_str(&line);
            line = rest.to_string();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    text.push('\n');
    text.push_str(&line);
}

#[derive(Debug, Parser)]
#[command(
    name = "consulctl",
    version,
    about = "Manage a Consul agent's checks, services and prepared queries",
    long_about = "Manage a Consul agent's health checks, services and members, and Consul's \
                  prepared queries, over the HTTP API.\n\n\
                  Options may also come from the official CLI's environment variables \
                  (CONSUL_HTTP_ADDR, CONSUL_HTTP_TOKEN, CONSUL_HTTP_TOKEN_FILE, CONSUL_HTTP_AUTH, \
                  CONSUL_HTTP_SSL, CONSUL_HTTP_SSL_VERIFY, CONSUL_CACERT, CONSUL_CAPATH, \
                  CONSUL_CLIENT_CERT, CONSUL_CLIENT_KEY, CONSUL_TLS_SERVER_NAME, CONSUL_NAMESPACE) \
                  and from CONSULCTL_RETRY, CONSULCTL_RETRY_MAX_TIME and \
                  CONSULCTL_MAX_ANSWER_SIZE; a flag beats its variable.",
    after_help = root_epilogue(),
    subcommand_required = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Address of the Consul agent: host:port, http(s)://host:port or unix:///path
    /// [default: 127.0.0.1:8500; https with --http-ssl]
    #[arg(
        long,
        global = true,
        env = "CONSUL_HTTP_ADDR",
        value_name = "ADDR",
        help_heading = CONNECTION
    )]
    pub http_addr: Option<String>,

    /// ACL token, sent in the X-Consul-Token header (never printed)
    #[arg(
        long,
        global = true,
        env = "CONSUL_HTTP_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN",
        value_parser = secret,
        help_heading = CONNECTION
    )]
    pub token: Option<Secret>,

    /// File holding the ACL token (trailing newlines are trimmed); beats --token's variable
    #[arg(
        long,
        global = true,
        env = "CONSUL_HTTP_TOKEN_FILE",
        value_name = "PATH",
        help_heading = CONNECTION
    )]
    pub token_file: Option<PathBuf>,

    /// HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)
    #[arg(
        long,
        global = true,
        env = "CONSUL_HTTP_AUTH",
        hide_env_values = true,
        value_name = "USER:PASSWORD",
        value_parser = secret,
        help_heading = CONNECTION
    )]
    pub http_auth: Option<Secret>,

    /// Datacenter to ask, for endpoints that take one
    #[arg(
        long,
        visible_alias = "dc",
        global = true,
        value_name = "DC",
        value_parser = crate::commands::input::datacenter,
        help_heading = CONNECTION
    )]
    pub datacenter: Option<String>,

    /// Consul Enterprise namespace, sent as ?ns= on every request
    #[arg(
        long,
        global = true,
        env = "CONSUL_NAMESPACE",
        value_name = "NS",
        help_heading = CONNECTION
    )]
    pub namespace: Option<String>,

    /// Use https for an address given without a scheme [env: CONSUL_HTTP_SSL=]
    #[arg(
        long,
        global = true,
        value_name = "BOOL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_parser = parse_bool_flag,
        help_heading = TLS
    )]
    pub http_ssl: Option<bool>,

    /// Check the agent's certificate; false accepts any certificate and warns on every run
    /// [env: CONSUL_HTTP_SSL_VERIFY=] [default: true]
    #[arg(
        long,
        global = true,
        value_name = "BOOL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_parser = parse_bool_flag,
        help_heading = TLS
    )]
    pub http_ssl_verify: Option<bool>,

    /// PEM file of the CA(s) to trust instead of the system's
    #[arg(
        long,
        global = true,
        env = "CONSUL_CACERT",
        value_name = "PATH",
        help_heading = TLS
    )]
    pub ca_file: Option<PathBuf>,

    /// Folder of PEM CA files to trust instead of the system's (--ca-file wins over it)
    #[arg(
        long,
        global = true,
        env = "CONSUL_CAPATH",
        value_name = "DIR",
        help_heading = TLS
    )]
    pub ca_path: Option<PathBuf>,

    /// PEM client certificate, for agents with verify_incoming (needs --client-key)
    #[arg(
        long,
        global = true,
        env = "CONSUL_CLIENT_CERT",
        value_name = "PATH",
        help_heading = TLS
    )]
    pub client_cert: Option<PathBuf>,

    /// PEM private key of --client-cert
    #[arg(
        long,
        global = true,
        env = "CONSUL_CLIENT_KEY",
        value_name = "PATH",
        help_heading = TLS
    )]
    pub client_key: Option<PathBuf>,

    /// Name the agent's certificate must hold when the address does not (server.DC.consul)
    #[arg(
        long,
        global = true,
        env = "CONSUL_TLS_SERVER_NAME",
        value_name = "NAME",
        help_heading = TLS
    )]
    pub tls_server_name: Option<String>,

    /// Output format: a table for people, Consul's JSON for programs, or (query execute) one
    /// address:port a line
    #[arg(
        short,
        long,
        global = true,
        value_name = "FORMAT",
        default_value = "table"
    )]
    pub output: OutputFormat,

    /// Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)
    #[arg(
        long,
        global = true,
        value_name = "DURATION",
        default_value = crate::config::DEFAULT_REQUEST_TIMEOUT,
        allow_hyphen_values = true,
        value_parser = parse_positive_duration,
        help_heading = CONNECTION
    )]
    pub request_timeout: Duration,

    /// Refuse answers longer than this instead of holding them in memory (1048576, 512KiB,
    /// 64MiB, 1GiB)
    #[arg(
        long,
        global = true,
        env = "CONSULCTL_MAX_ANSWER_SIZE",
        value_name = "SIZE",
        default_value = crate::config::DEFAULT_MAX_ANSWER_SIZE,
        allow_hyphen_values = true,
        value_parser = parse_size,
        help_heading = CONNECTION
    )]
    pub max_answer_size: u64,

    /// Try a failed request up to N more times, with growing random pauses, when it cannot
    /// have done harm: it never reached Consul, or Consul answered a passing failure (no
    /// leader, 429/502/503/504); POST (query create) only when it never arrived
    #[arg(
        long,
        global = true,
        env = "CONSULCTL_RETRY",
        value_name = "N",
        default_value = "0",
        value_parser = clap::value_parser!(u32).range(0..=100),
        help_heading = CONNECTION
    )]
    pub retry: u32,

    /// No retry starts later than this after the command's first request (Go duration)
    #[arg(
        long,
        global = true,
        env = "CONSULCTL_RETRY_MAX_TIME",
        value_name = "DURATION",
        default_value = "30s",
        allow_hyphen_values = true,
        value_parser = parse_positive_duration,
        help_heading = CONNECTION
    )]
    pub retry_max_time: Duration,

    /// With --retry, also repeat a POST (query create) that may have reached Consul: it may
    /// then be done twice
    #[arg(long, global = true, help_heading = CONNECTION)]
    pub retry_unsafe: bool,

    /// Commands that change something: print the requests they would send (method, URL,
    /// body and a curl line) and send none of them; reads they need are still made
    #[arg(long, global = true)]
    pub dry_run: bool,

    /// Print each request and answer on stderr (the token is never shown)
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Print nothing on success but the data asked for
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Colour in tables: auto (a terminal and NO_COLOR unset), always or never
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: ColorChoice,
}

impl GlobalArgs {
    /// Hands the options to the clap-free config, with where each one came from.
    pub fn to_input(&self, matches: &ArgMatches) -> GlobalInput {
        let source = |id: &str| match matches.value_source(id) {
            Some(ValueSource::EnvVariable) => Source::Env,
            _ => Source::Flag,
        };
        GlobalInput {
            http_addr: self.http_addr.clone().map(|v| (v, source("http_addr"))),
            token: self.token.clone().map(|v| (v, source("token"))),
            token_file: self.token_file.clone().map(|v| (v, source("token_file"))),
            http_auth: self.http_auth.clone().map(|v| (v, source("http_auth"))),
            http_ssl: self.http_ssl,
            http_ssl_verify: self.http_ssl_verify,
            ca_file: self.ca_file.clone(),
            ca_path: self.ca_path.clone(),
            client_cert: self.client_cert.clone(),
            client_key: self.client_key.clone(),
            tls_server_name: self.tls_server_name.clone(),
            namespace: self.namespace.clone(),
            max_answer: Some(self.max_answer_size),
            dry_run: self.dry_run,
            datacenter: self.datacenter.clone(),
            output: Some(self.output),
            request_timeout: Some(self.request_timeout),
            retry: crate::api::RetryPolicy {
                retries: self.retry,
                max_time: self.retry_max_time,
                force_unsafe: self.retry_unsafe,
            },
            verbose: self.verbose,
            quiet: self.quiet,
            color: Some(self.color),
        }
    }
}

/// What `consulctl` alone prints: the commands grouped by what people do, generated from the
/// command tree so that it cannot drift, and a first few steps.
pub fn overview(root: &clap::Command) -> String {
    fn leaves(cmd: &clap::Command) -> String {
        cmd.get_subcommands()
            .filter(|c| c.get_name() != "help" && !c.is_hide_set())
            .map(|c| {
                if c.has_subcommands() {
                    let inner: Vec<&str> = c
                        .get_subcommands()
                        .map(clap::Command::get_name)
                        .filter(|n| *n != "help")
                        .collect();
                    format!("{} {}", c.get_name(), inner.join("|"))
                } else {
                    c.get_name().to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
    let mut text = String::from(
        "consulctl: manage a Consul agent's checks, services and prepared queries.\n\n",
    );
    for group in root
        .get_subcommands()
        .filter(|c| c.get_name() != "help" && !c.is_hide_set())
    {
        let what = group.get_about().map(|a| a.to_string()).unwrap_or_default();
        let what = what.split(':').next().unwrap_or_default();
        text.push_str(&format!("  {:<12} {what}\n", group.get_name()));
        if group.has_subcommands() {
            text.push_str(&format!("  {:<12} {}\n", "", leaves(group)));
        }
    }
    text.push('\n');
    text.push_str(FIRST_STEPS);
    text.push_str(
        "\n\nMore: consulctl --help (all options and exit statuses),\n      \
         consulctl COMMAND --help (with examples), man consulctl\n",
    );
    text
}

/// The official CLI's habit of single-dash long flags (`-http-addr=…`, `-token-file f`): a
/// single-dash word that is one of our long flags becomes `--word`. Without this, clap would
/// read `-http-addr` as `-h` and print the help. Nothing after `--` is touched.
pub fn official_spelling(args: Vec<OsString>, root: &clap::Command) -> Vec<OsString> {
    /// The `name` of a `-name` or `-name=value` word (not `-x`, not `--name`). As bytes: a
    /// value after `=` need not be UTF-8 (its flag still is, and then the value is named as
    /// any other that is not).
    fn single_dash_name(arg: &OsString) -> Option<&str> {
        let bytes = arg.as_encoded_bytes();
        if bytes.len() <= 2 || bytes[0] != b'-' || bytes[1] == b'-' {
            return None;
        }
        let rest = &bytes[1..];
        std::str::from_utf8(&rest[..rest.iter().position(|&b| b == b'=').unwrap_or(rest.len())])
            .ok()
    }
    fn longs<'a>(cmd: &'a clap::Command, names: &mut Vec<&'a str>) {
        for arg in cmd.get_arguments() {
            names.extend(arg.get_long());
            names.extend(arg.get_all_aliases().into_iter().flatten());
        }
        for sub in cmd.get_subcommands() {
            longs(sub, names);
        }
    }
    // Most command lines have no such word: they pay for this look, not for the walk below.
    let options = || args.iter().skip(1).take_while(|a| *a != "--");
    if !options().any(|a| single_dash_name(a).is_some()) {
        return args;
    }
    let mut names = Vec::new();
    longs(root, &mut names);
    let mut past_separator = false;
    args.into_iter()
        .enumerate()
        .map(|(i, arg)| {
            if i == 0 || past_separator {
                return arg;
            }
            if arg == "--" {
                past_separator = true;
                return arg;
            }
            if single_dash_name(&arg).is_some_and(|name| names.contains(&name)) {
                let mut long = OsString::from("-");
                long.push(&arg);
                return long;
            }
            arg
        })
        .collect()
}

const CONNECTION: &str = "Connection options";
const TLS: &str = "TLS options (https addresses only)";

/// clap value parser that keeps a token or password out of every `Debug` of the command line;
/// the config checks it and says how it was given.
fn secret(text: &str) -> Result<Secret, String> {
    Ok(Secret::from(text))
}

/// clap value parser for `true`/`false` in Go's `strconv.ParseBool` spelling, as the
/// variables that go with these flags.
fn parse_bool_flag(text: &str) -> Result<bool, String> {
    crate::config::parse_go_bool(text)
        .ok_or_else(|| format!("{text:?} is not a boolean: use true or false"))
}

/// clap value parser for a byte count: plain bytes or KiB, MiB, GiB.
pub fn parse_size(text: &str) -> Result<u64, String> {
    crate::config::parse_size(text)
}

/// clap value parser for Go-syntax durations.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    crate::duration::parse(text)
}

/// clap value parser for Go-syntax durations that must be above zero.
pub fn parse_positive_duration(text: &str) -> Result<Duration, String> {
    match crate::duration::parse(text)? {
        d if d.is_zero() => Err(format!(
            "{text:?} is zero: give a positive duration such as 10s"
        )),
        d => Ok(d),
    }
}

impl ValueEnum for OutputFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[OutputFormat::Table, OutputFormat::Json, OutputFormat::Addrs]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            OutputFormat::Table => PossibleValue::new("table"),
            OutputFormat::Json => PossibleValue::new("json"),
            OutputFormat::Addrs => PossibleValue::new("addrs").help("query execute only"),
        })
    }
}

impl ValueEnum for ColorChoice {
    fn value_variants<'a>() -> &'a [Self] {
        &[ColorChoice::Auto, ColorChoice::Always, ColorChoice::Never]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            ColorChoice::Auto => PossibleValue::new("auto"),
            ColorChoice::Always => PossibleValue::new("always"),
            ColorChoice::Never => PossibleValue::new("never"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Every `consulctl …` line of the overview is a command line clap accepts.
    #[test]
    fn overview_examples_parse() {
        let text = overview(&Cli::command());
        let examples: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("consulctl ") && !l.contains("COMMAND"))
            .collect();
        assert!(examples.len() >= 3, "{text}");
        for line in examples {
            let words = shlex::split(line).expect("example lines are shell words");
            if let Err(e) = Cli::command().try_get_matches_from(&words) {
                panic!("{line}: {e}");
            }
        }
    }

    /// Every leaf command's help has 1-3 examples, and each is a command line clap accepts.
    #[test]
    fn every_leaf_command_has_examples_that_parse() {
        fn walk(cmd: &clap::Command, path: String, problems: &mut Vec<String>) {
            let subs: Vec<&clap::Command> = cmd
                .get_subcommands()
                .filter(|c| c.get_name() != "help")
                .collect();
            if !subs.is_empty() {
                for sub in subs {
                    walk(sub, format!("{path} {}", sub.get_name()), problems);
                }
                return;
            }
            let help = cmd
                .get_after_help()
                .or(cmd.get_after_long_help())
                .map(|h| h.to_string())
                .unwrap_or_default();
            let block = help
                .split_once("Examples:")
                .map(|(_, rest)| rest)
                .unwrap_or("");
            // An example is copied from a terminal: none may wrap on an 80-column one.
            for line in block.lines().filter(|l| l.chars().count() > 80) {
                problems.push(format!("{path}: example line over 80 columns: {line}"));
            }
            // A long example goes on with a shell continuation (` \` and an indented line).
            let joined = block
                .split(" \\\n")
                .map(str::trim_start)
                .collect::<Vec<_>>()
                .join(" ");
            let examples: Vec<&str> = joined
                .lines()
                .map(str::trim)
                .filter(|l| l.starts_with("consulctl "))
                .collect();
            if !(1..=3).contains(&examples.len()) {
                problems.push(format!("{path}: {} examples", examples.len()));
            }
            for line in examples {
                // What a shell would pass: redirections and pipes are not ours.
                let line = line.split(['>', '|']).next().unwrap_or(line);
                let words = shlex::split(line).expect("example lines are shell words");
                if let Err(e) = Cli::command().try_get_matches_from(&words) {
                    problems.push(format!(
                        "{path}: `{line}`: {}",
                        e.render().to_string().lines().next().unwrap_or("")
                    ));
                }
            }
        }
        let mut problems = Vec::new();
        let mut root = Cli::command();
        root.build();
        walk(&root, "consulctl".into(), &mut problems);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Empty variables are dropped from this list; one clap reads but the list lacks would
    /// keep an empty value as given.
    #[test]
    fn every_variable_clap_reads_is_in_the_environment_list() {
        fn walk(cmd: &clap::Command, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                if let Some(env) = arg.get_env() {
                    if !ENVIRONMENT.iter().any(|v| env == v.name) {
                        missing.push(env.to_string_lossy().into_owned());
                    }
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), &mut missing);
        assert!(missing.is_empty(), "not in cli::ENVIRONMENT: {missing:?}");
    }

    #[test]
    fn single_dash_long_flags_become_double_dash() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        let fixed = official_spelling(
            args(&[
                "consulctl",
                "-http-addr=127.0.0.1:1",
                "check",
                "run",
                "x",
                "-token-file",
                "f",
                "-v",
                "-dc=dc1",
                "-nonsense",
                "--",
                "-http-addr",
            ]),
            &Cli::command(),
        );
        assert_eq!(
            fixed,
            args(&[
                "consulctl",
                "--http-addr=127.0.0.1:1",
                "check",
                "run",
                "x",
                "--token-file",
                "f",
                "-v",
                "--dc=dc1",
                "-nonsense",
                "--",
                "-http-addr",
            ])
        );
    }
}
