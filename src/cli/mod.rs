//! The command-line surface: the root parser, the command tree's top, and the global options
//! in flattened groups (connection, TLS, format, requests, output), handed on as the clap-free
//! [`GlobalInput`]. Beside it: `values` (every reusable value parser), `docs` (overview, first
//! steps, environment, epilogue) and `complete` with `live` (shell completion). Each command's
//! own arguments live beside its handler in `commands`.

pub mod complete;
pub mod contexts;
pub mod corrections;
pub mod docs;
mod live;
pub mod values;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::parser::ValueSource;
use clap::{ArgMatches, Args, Parser, Subcommand, ValueEnum};

use crate::commands::contexts::ContextCommand;
use crate::commands::{agent, check, declarative, query, service, Leaf};
use crate::config::{declarations, ColorChoice, Given, GlobalInput, OutputFormat, Source};
use crate::secret::Secret;
use values::PositiveDuration;

pub use docs::{ENVIRONMENT, FIRST_STEPS};

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

#[derive(Debug, Parser)]
#[command(
    name = "consulctl",
    version,
    about = "Manage a Consul agent's checks, services and prepared queries",
    long_about = docs::root_long_about(),
    after_help = docs::root_epilogue(),
    subcommand_required = true,
    // Every option of the root applies to every command.
    mut_args = docs::global_option,
    // Below the root, a command's help lists its own options and one line pointing here.
    mut_subcommands = |sub: clap::Command| sub.defer(docs::inherit_global_options)
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The local agent: members, configuration, services, checks, joins, maintenance
    #[command(subcommand)]
    Agent(agent::AgentCommand),
    /// Health checks: register, TTL pass/warn/fail, update, deregister, list, wait, watch
    #[command(subcommand)]
    Check(check::CheckCommand),
    /// Services: register (with a check), deregister, maintenance, list, wait for health
    #[command(subcommand)]
    Service(service::ServiceCommand),
    /// Prepared queries: create, list, get, update, delete, apply, execute, explain
    #[command(subcommand)]
    Query(query::QueryCommand),
    /// Compare definition files with Consul: what apply would do
    Plan(declarative::PlanArgs),
    /// Make Consul hold what definition files declare
    Apply(declarative::ApplyArgs),
    /// Write what the agent and the datacenters hold as definition files
    Export(declarative::ExportArgs),
    /// Named contexts of the config file: list, show, use
    #[command(subcommand)]
    Context(ContextCommand),
    /// Shell completion scripts: bash, zsh, fish, elvish, powershell
    Completions(complete::CompletionsArgs),
}

/// What a command line asks for.
pub enum Action<'a> {
    /// A completion script: printed with no agent and no settings, so none can be wrong.
    Script(&'a complete::CompletionsArgs),
    /// A command that talks to the agent.
    Leaf(&'a dyn Leaf),
    /// A command about the config file's contexts, which asks no agent.
    Contexts(&'a ContextCommand),
}

impl Command {
    pub fn action(&self) -> Action<'_> {
        match self {
            Command::Agent(group) => Action::Leaf(group.leaf()),
            Command::Check(group) => Action::Leaf(group.leaf()),
            Command::Service(group) => Action::Leaf(group.leaf()),
            Command::Query(group) => Action::Leaf(group.leaf()),
            Command::Plan(args) => Action::Leaf(args),
            Command::Apply(args) => Action::Leaf(args),
            Command::Export(args) => Action::Leaf(args),
            Command::Context(command) => Action::Contexts(command),
            Command::Completions(args) => Action::Script(args),
        }
    }
}

/// The options every command takes, in groups. The groups keep the order in which the options
/// are listed in `--help`, the man pages and the completion scripts; each sets its own heading
/// (none: "Options").
#[derive(Debug, Args)]
pub struct GlobalArgs {
    #[command(flatten)]
    pub connection: ConnectionArgs,

    #[command(flatten)]
    pub tls: TlsArgs,

    #[command(flatten)]
    pub format: FormatArgs,

    #[command(flatten)]
    pub requests: RequestArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

/// Where the agent is, and who is asking.
#[derive(Debug, Args)]
#[command(next_help_heading = "Connection options")]
pub struct ConnectionArgs {
    /// Address of the Consul agent: host:port, http(s)://host:port or unix:///path
    /// [default: 127.0.0.1:8500; https with --http-ssl]
    #[arg(long, value_name = "ADDR")]
    pub http_addr: Option<String>,

    /// ACL token, sent in the X-Consul-Token header (never printed)
    #[arg(long, value_name = "TOKEN", value_parser = values::secret)]
    pub token: Option<Secret>,

    /// File holding the ACL token (trailing newlines are trimmed); beats --token's variable
    #[arg(long, value_name = "PATH")]
    pub token_file: Option<PathBuf>,

    /// HTTP basic auth for a proxy in front of the agent: USER or USER:PASSWORD (never printed)
    #[arg(long, value_name = "USER:PASSWORD", value_parser = values::secret)]
    pub http_auth: Option<Secret>,

    /// Named context of $XDG_CONFIG_HOME/consulctl/config.toml to use (its address, TLS files,
    /// token source). A flag always wins for its own value; a context chosen here or by
    /// CONSULCTL_CONTEXT replaces the CONSUL_* variables entirely; otherwise CONSUL_HTTP_ADDR,
    /// when set, means the variables are used and not the file's current-context; otherwise the
    /// current-context applies
    #[arg(long, value_name = "NAME")]
    pub context: Option<String>,

    /// Datacenter to ask, for endpoints that take one; plan, apply and export take several
    /// (repeat the flag)
    #[arg(
        long,
        visible_alias = "dc",
        value_name = "DC",
        action = clap::ArgAction::Append,
        value_parser = values::datacenter
    )]
    pub datacenter: Vec<String>,

    /// Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints
    #[arg(long, value_name = "NS")]
    pub namespace: Option<String>,

    /// Consul Enterprise admin partition, sent as ?partition= to the service, check, health
    /// and member endpoints
    #[arg(long, value_name = "PARTITION")]
    pub partition: Option<String>,
}

/// How https is spoken to the agent.
#[derive(Debug, Args)]
#[command(next_help_heading = "TLS options (https addresses only)")]
pub struct TlsArgs {
    /// Use https for an address given without a scheme [env: CONSUL_HTTP_SSL]
    #[arg(
        long,
        value_name = "BOOL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_parser = values::go_bool
    )]
    pub http_ssl: Option<bool>,

    /// Check the agent's certificate; false accepts any certificate and warns on every run
    /// [env: CONSUL_HTTP_SSL_VERIFY] [default: true]
    #[arg(
        long,
        value_name = "BOOL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_parser = values::go_bool
    )]
    pub http_ssl_verify: Option<bool>,

    /// PEM file of the CA(s) to trust instead of the system's
    #[arg(long, value_name = "PATH")]
    pub ca_file: Option<PathBuf>,

    /// Folder of PEM CA files to trust instead of the system's (--ca-file wins over it)
    #[arg(long, value_name = "DIR")]
    pub ca_path: Option<PathBuf>,

    /// PEM client certificate, for agents with verify_incoming (needs --client-key)
    #[arg(long, value_name = "PATH")]
    pub client_cert: Option<PathBuf>,

    /// PEM private key of --client-cert
    #[arg(long, value_name = "PATH")]
    pub client_key: Option<PathBuf>,

    /// Name the agent's certificate must hold when the address does not (server.DC.consul)
    #[arg(long, value_name = "NAME")]
    pub tls_server_name: Option<String>,
}

/// How the answer is printed.
#[derive(Debug, Args)]
#[command(next_help_heading = None::<&'static str>)]
pub struct FormatArgs {
    /// Output format: a table for people, Consul's JSON for programs, or (query execute, service
    /// wait) one address:port a line
    #[arg(short, long, value_name = "FORMAT", default_value = "table")]
    pub output: OutputFormat,
}

/// How each request is sent: its time limit, the largest answer taken, and retries.
#[derive(Debug, Args)]
#[command(next_help_heading = "Connection options")]
pub struct RequestArgs {
    /// Longest wait for each request, connecting included (Go duration: 10s, 1m, 500ms)
    #[arg(
        long,
        value_name = "DURATION",
        default_value = declarations::REQUEST_TIMEOUT.default,
        allow_hyphen_values = true
    )]
    pub request_timeout: PositiveDuration,

    /// Refuse answers longer than this instead of holding them in memory (1048576, 512KiB,
    /// 64MiB, 1GiB)
    #[arg(
        long,
        value_name = "SIZE",
        default_value = declarations::MAX_ANSWER_SIZE.default,
        allow_hyphen_values = true,
        value_parser = values::size
    )]
    pub max_answer_size: u64,

    /// Try a failed request up to N more times, with growing random pauses, when it cannot
    /// have done harm: it never reached Consul, or Consul answered a passing failure (no
    /// leader, 429/502/503/504); POST (query create) only when it never arrived
    #[arg(
        long,
        value_name = "N",
        default_value = declarations::RETRY.default,
        value_parser = clap::value_parser!(u32).range(0..=100)
    )]
    pub retry: u32,

    /// No retry starts later than this after the command's first request (Go duration)
    #[arg(
        long,
        value_name = "DURATION",
        default_value = declarations::RETRY_MAX_TIME.default,
        allow_hyphen_values = true
    )]
    pub retry_max_time: PositiveDuration,

    /// With --retry, also repeat a POST (query create) that may have reached Consul: it may
    /// then be done twice
    #[arg(long)]
    pub retry_unsafe: bool,
}

/// What else is printed, and whether anything is sent.
#[derive(Debug, Args)]
#[command(next_help_heading = None::<&'static str>)]
pub struct OutputArgs {
    /// Commands that change something: print the requests they would send (method, URL,
    /// body and a curl line) and send none of them; reads they need are still made. A command
    /// that only reads prints the read it would send first
    #[arg(long)]
    pub dry_run: bool,

    /// Change something in a protected context, or delete with `apply --prune`, without asking
    #[arg(long)]
    pub yes: bool,

    /// Print each request and answer on stderr (the token is never shown)
    #[arg(short, long)]
    pub verbose: bool,

    /// Print nothing on success but the data asked for
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Colour in tables: auto (a terminal and NO_COLOR unset), always or never
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    pub color: ColorChoice,
}

impl GlobalArgs {
    /// Hands the options to the clap-free config, with where each one came from; an option
    /// left at its default is not given (a context's key may then set it).
    pub fn to_input(&self, matches: &ArgMatches) -> GlobalInput {
        let source = |id: &str| match matches.value_source(id) {
            Some(ValueSource::EnvVariable) => Some(Source::Env),
            Some(ValueSource::CommandLine) => Some(Source::Flag),
            _ => None,
        };
        fn given<T: Clone>(value: &Option<T>, source: Option<Source>) -> Given<T> {
            Some((value.clone()?, source.unwrap_or(Source::Flag)))
        }
        let (connection, tls, requests, output) =
            (&self.connection, &self.tls, &self.requests, &self.output);
        GlobalInput {
            http_addr: given(&connection.http_addr, source("http_addr")),
            token: given(&connection.token, source("token")),
            token_file: given(&connection.token_file, source("token_file")),
            http_auth: given(&connection.http_auth, source("http_auth")),
            http_ssl: given(&tls.http_ssl, source("http_ssl")),
            http_ssl_verify: given(&tls.http_ssl_verify, source("http_ssl_verify")),
            ca_file: given(&tls.ca_file, source("ca_file")),
            ca_path: given(&tls.ca_path, source("ca_path")),
            client_cert: given(&tls.client_cert, source("client_cert")),
            client_key: given(&tls.client_key, source("client_key")),
            tls_server_name: given(&tls.tls_server_name, source("tls_server_name")),
            namespace: given(&connection.namespace, source("namespace")),
            partition: given(&connection.partition, source("partition")),
            max_answer: source("max_answer_size").map(|s| (requests.max_answer_size, s)),
            dry_run: output.dry_run,
            datacenters: given(
                &Some(connection.datacenter.clone()).filter(|dcs| !dcs.is_empty()),
                source("datacenter"),
            ),
            output: Some(self.format.output),
            request_timeout: source("request_timeout").map(|s| (requests.request_timeout.value, s)),
            retries: source("retry").map(|s| (requests.retry, s)),
            retry_max_time: source("retry_max_time").map(|s| (requests.retry_max_time.value, s)),
            retry_unsafe: requests.retry_unsafe,
            verbose: output.verbose,
            quiet: output.quiet,
            color: Some(output.color),
            yes: output.yes,
            context: None,
            describe_only: false,
        }
    }
}

/// Every `--datacenter` of the command line `args` (as parsed into `matches`), in order. clap
/// keeps a global option's values from the deepest command given it and drops those given
/// before (`--dc dc1 plan --dc dc2` would be dc2 alone); the words before each command's name
/// are global options only, so they are read here again with those alone.
pub fn datacenters_given(args: &[OsString], matches: &ArgMatches) -> Vec<String> {
    let values = |m: &ArgMatches| -> Vec<String> {
        m.get_many::<String>("datacenter")
            .map(|v| v.cloned().collect())
            .unwrap_or_default()
    };
    let kept = values(matches);
    let options = contexts::settings_command();
    let mut upper: Vec<Vec<String>> = Vec::new();
    let (mut at, mut start) = (matches, 1);
    while let Some((name, inner)) = at.subcommand() {
        let segment = (start..args.len()).find_map(|end| {
            if args[end] != name {
                return None;
            }
            let parsed = options
                .clone()
                .try_get_matches_from(&args[start..end])
                .ok()?;
            Some((end, values(&parsed)))
        });
        let Some((end, given)) = segment else {
            return kept;
        };
        upper.push(given);
        (at, start) = (inner, end + 1);
    }
    // What clap kept is the deepest command's own values, or else those of the last command
    // above it that was given some.
    let last_above = upper.iter().rev().find(|v| !v.is_empty());
    let deepest = if last_above == Some(&kept) {
        Vec::new()
    } else {
        kept
    };
    upper.into_iter().flatten().chain(deepest).collect()
}

/// The names of the commands on a parsed command line, after `consulctl`: `check ttl pass`.
pub fn command_path(matches: &ArgMatches) -> String {
    let mut names = Vec::new();
    let mut at = matches;
    while let Some((name, inner)) = at.subcommand() {
        names.push(name);
        at = inner;
    }
    names.join(" ")
}

/// An option that collects words (`--args CMD ARGS...`, ended only by `;`) takes consulctl's own
/// flags too, so `check register disk --args /bin/df -h --interval 10s` would send `--interval`
/// to the script and then say that no interval was given. When a collected word is one of the
/// same command's own flags and that flag was not given otherwise, this says so, as the message
/// the command returns; a word that is also a flag the command was given is the script's.
pub fn swallowed_flag(root: &clap::Command, matches: &ArgMatches) -> Option<String> {
    let (mut command, mut at) = (root, matches);
    while let Some((name, inner)) = at.subcommand() {
        command = command.find_subcommand(name)?;
        at = inner;
    }
    let collectors = command
        .get_arguments()
        .filter(|arg| arg.get_value_terminator().is_some() && arg.get_long().is_some());
    for collector in collectors {
        let Ok(Some(words)) = at.try_get_raw(collector.get_id().as_str()) else {
            continue;
        };
        for word in words {
            let Some(name) = word.to_str().and_then(|w| w.strip_prefix("--")) else {
                continue;
            };
            let name = name.split('=').next().unwrap_or(name);
            let own = command.get_arguments().find(|arg| {
                arg.get_long() == Some(name)
                    && !arg.is_global_set()
                    && arg.get_id() != collector.get_id()
                    && matches!(
                        arg.get_action(),
                        clap::ArgAction::Set | clap::ArgAction::Append | clap::ArgAction::SetTrue
                    )
            });
            let Some(own) = own else { continue };
            let given = matches!(
                at.value_source(own.get_id().as_str()),
                Some(ValueSource::CommandLine | ValueSource::EnvVariable)
            );
            if !given {
                let collector = collector.get_long().unwrap_or_default();
                return Some(format!(
                    "--{name} was read as part of --{collector}; put --{collector} last or end it with ';'"
                ));
            }
        }
    }
    None
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

impl ValueEnum for OutputFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[OutputFormat::Table, OutputFormat::Json, OutputFormat::Addrs]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            OutputFormat::Table => PossibleValue::new("table"),
            OutputFormat::Json => PossibleValue::new("json"),
            OutputFormat::Addrs => {
                PossibleValue::new("addrs").help("query execute and service wait only")
            }
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

    #[test]
    fn every_datacenter_is_kept_wherever_it_is_given() {
        let given = |line: &str| {
            let args: Vec<OsString> = line.split(' ').map(OsString::from).collect();
            let matches = Cli::command().try_get_matches_from(&args).unwrap();
            datacenters_given(&args, &matches)
        };
        assert_eq!(given("consulctl plan --dc a --datacenter b x"), ["a", "b"]);
        assert_eq!(given("consulctl --dc a --dc b plan x"), ["a", "b"]);
        assert_eq!(
            given("consulctl --dc a plan --dc=b x --dc c"),
            ["a", "b", "c"]
        );
        assert_eq!(
            given("consulctl --namespace query --dc a query --dc b list --dc c"),
            ["a", "b", "c"]
        );
        assert_eq!(given("consulctl --dc a query list"), ["a"]);
        assert!(given("consulctl query list").is_empty());
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
