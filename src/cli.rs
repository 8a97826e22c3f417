//! The root parser and the global options. Subcommands live beside their handlers in `commands`.

use std::path::PathBuf;
use std::time::Duration;

use clap::builder::PossibleValue;
use clap::parser::ValueSource;
use clap::{ArgMatches, Args, Parser, ValueEnum};

use crate::commands::Command;
use crate::config::{ColorChoice, GlobalInput, OutputFormat, Source};

pub const EXIT_CODES_HELP: &str = "\
Exit status:
  0  success
  1  Consul answered with an error, or what was asked for does not exist
     (also: query execute --min N got fewer than N healthy instances)
  2  the command line or an input file is invalid; nothing was sent
  3  Consul could not be reached or did not answer in time
  check run exits with its command's own status (see check run --help)";

#[derive(Debug, Parser)]
#[command(
    name = "consulctl",
    version,
    about = "Manage a Consul agent's checks, services and prepared queries",
    long_about = "Manage a Consul agent's health checks, services and members, and Consul's \
                  prepared queries, over the HTTP API.\n\n\
                  Options may also come from the official CLI's environment variables \
                  (CONSUL_HTTP_ADDR, CONSUL_HTTP_TOKEN, CONSUL_HTTP_TOKEN_FILE, CONSUL_HTTP_SSL) \
                  and from CONSULCTL_RETRY and CONSULCTL_RETRY_MAX_TIME; a flag beats its variable.",
    after_help = EXIT_CODES_HELP,
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
    /// [default: 127.0.0.1:8500; https when CONSUL_HTTP_SSL=true]
    #[arg(long, global = true, env = "CONSUL_HTTP_ADDR", value_name = "ADDR")]
    pub http_addr: Option<String>,

    /// ACL token, sent in the X-Consul-Token header
    #[arg(
        long,
        global = true,
        env = "CONSUL_HTTP_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN"
    )]
    pub token: Option<String>,

    /// File holding the ACL token (trailing newlines are trimmed)
    #[arg(
        long,
        global = true,
        env = "CONSUL_HTTP_TOKEN_FILE",
        value_name = "PATH"
    )]
    pub token_file: Option<PathBuf>,

    /// Datacenter to ask, for endpoints that take one
    #[arg(long, visible_alias = "dc", global = true, value_name = "DC")]
    pub datacenter: Option<String>,

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
        value_parser = parse_positive_duration
    )]
    pub request_timeout: Duration,

    /// Try a failed request up to N more times, with growing random pauses, when it cannot
    /// have done harm: it never reached Consul, or Consul answered a passing failure (no
    /// leader, 429/502/503/504); POST (query create) only when it never arrived
    #[arg(
        long,
        global = true,
        env = "CONSULCTL_RETRY",
        value_name = "N",
        default_value = "0",
        value_parser = clap::value_parser!(u32).range(0..=100)
    )]
    pub retry: u32,

    /// No retry starts later than this after the command's first request (Go duration)
    #[arg(
        long,
        global = true,
        env = "CONSULCTL_RETRY_MAX_TIME",
        value_name = "DURATION",
        default_value = "30s",
        value_parser = parse_positive_duration
    )]
    pub retry_max_time: Duration,

    /// With --retry, also repeat a POST (query create) that may have reached Consul: it may
    /// then be done twice
    #[arg(long, global = true)]
    pub retry_unsafe: bool,

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
}
