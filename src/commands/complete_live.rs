//! Live values for dynamic completion (`COMPLETE=bash consulctl`, see [`super::completions`]):
//! check IDs, service IDs, prepared query names and member names, asked of the agent while the
//! user presses Tab.
//!
//! The arguments that name things on the agent are listed in [`LIVE_ARGS`] and given their
//! candidates by [`command`], which only the completion hook calls: a normal run builds its
//! command without them. (Written as `add = ArgValueCandidates::new(…)` on each argument, they
//! cost every run 4 allocations per argument and per command build, 184 allocations and ~3% of
//! the instructions of a whole `check ttl pass` run.)
//!
//! A shell waits for these answers, so they are fast or nothing: one request, no retry, and
//! whatever has not arrived [`BUDGET`] after the first question is given up on. Any failure (no
//! agent, a wrong token, a bad variable, a panic) gives no candidates and prints nothing.
//!
//! The agent is found as a normal run finds it: `--http-addr`, `--token`, `--token-file`, TLS and
//! the other global flags already typed on the line being completed, else their variables
//! (`CONSUL_HTTP_ADDR`, `CONSUL_HTTP_TOKEN`, `CONSUL_HTTP_TOKEN_FILE`, `CONSUL_CACERT` …). clap's
//! candidate functions are not told the line, so the completion hook hands it over through
//! [`remember_line`].

use std::ffi::OsString;
use std::sync::{mpsc, OnceLock};
use std::time::{Duration, Instant};

use clap::{CommandFactory, FromArgMatches};
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::api::{Client, Consistency, ReadOptions, RetryPolicy};
use crate::cli::{Cli, GlobalArgs};
use crate::commands::Context;
use crate::config::{Config, Terminal};

/// How long one completion may spend asking the agent, all questions together.
pub const BUDGET: Duration = Duration::from_millis(500);

/// The words of the command line being completed (program name first), as the shell sent them.
static LINE: OnceLock<Vec<OsString>> = OnceLock::new();

/// When the first question was asked: [`BUDGET`] counts from there.
static STARTED: OnceLock<Instant> = OnceLock::new();

/// Keeps the line being completed, so that the flags typed on it choose the agent.
pub fn remember_line(words: Vec<OsString>) {
    let _ = LINE.set(words);
}

/// What an argument names on the agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wanted {
    /// Check IDs with status, name and service as help; `ttl_only` for pass/warn/fail, update
    /// and run, which Consul refuses on other checks.
    Checks { ttl_only: bool },
    /// Service IDs with name and port as help.
    Services,
    /// Query names (IDs for unnamed queries, and every ID once a typed prefix matches no name)
    /// with the query's service as help.
    Queries,
    /// Member names with status and address as help.
    Members,
}

const CHECKS: Wanted = Wanted::Checks { ttl_only: false };
const TTL_CHECKS: Wanted = Wanted::Checks { ttl_only: true };

/// Each command (its path under `consulctl`) and argument (clap's ID, the field's name) that
/// names something live, and what.
const LIVE_ARGS: [(&str, &str, Wanted); 23] = [
    ("check deregister", "id", CHECKS),
    ("check ttl pass", "id", TTL_CHECKS),
    ("check ttl warn", "id", TTL_CHECKS),
    ("check ttl fail", "id", TTL_CHECKS),
    ("check update", "id", TTL_CHECKS),
    ("check run", "id", TTL_CHECKS),
    ("check ttl pass", "service_id", Wanted::Services),
    ("check ttl warn", "service_id", Wanted::Services),
    ("check ttl fail", "service_id", Wanted::Services),
    ("check run", "service_id", Wanted::Services),
    ("check register", "service_id", Wanted::Services),
    ("check register", "alias_service", Wanted::Services),
    ("service deregister", "id", Wanted::Services),
    ("service maintenance enable", "id", Wanted::Services),
    ("service maintenance disable", "id", Wanted::Services),
    ("query get", "query", Wanted::Queries),
    ("query update", "query", Wanted::Queries),
    ("query delete", "query", Wanted::Queries),
    ("query execute", "query", Wanted::Queries),
    ("query explain", "query", Wanted::Queries),
    ("query create", "ignore_checks", CHECKS),
    ("query update", "ignore_checks", CHECKS),
    ("agent force-leave", "node", Wanted::Members),
];

/// The command tree with live candidates on the arguments of [`LIVE_ARGS`]: the factory the
/// completion hook gives clap. An entry that no longer matches the tree is skipped (a unit test
/// keeps the table in step with the commands).
pub fn command() -> clap::Command {
    let mut root = Cli::command();
    for (path, arg, wanted) in LIVE_ARGS {
        let _ = attach(&mut root, path, arg, wanted);
    }
    root
}

fn attach(root: &mut clap::Command, path: &str, arg: &str, wanted: Wanted) -> Option<()> {
    let mut cmd = root;
    for name in path.split(' ') {
        cmd = cmd.find_subcommand_mut(name)?;
    }
    cmd.get_arguments().find(|a| a.get_id() == arg)?;
    // In place: `mut_arg` would move the argument last, and a positional's place is its meaning.
    *cmd = std::mem::take(cmd).mut_args(|a| {
        if a.get_id() == arg {
            a.add(ArgValueCandidates::new(move || ask(wanted)))
        } else {
            a
        }
    });
    Some(())
}

/// One candidate as the agent described it; turned into clap's type on the calling thread.
struct Found {
    value: String,
    help: String,
    /// Offered only when no visible candidate matches what was typed (query IDs).
    hidden: bool,
}

/// Asks on a thread of its own and waits no longer than what is left of [`BUDGET`]: whatever
/// the request does (a listener that never answers, a slow DNS, a token file on a FIFO), the
/// shell gets its answer in time. A thread still waiting is dropped when the process exits.
fn ask(wanted: Wanted) -> Vec<CompletionCandidate> {
    let started = *STARTED.get_or_init(Instant::now);
    let Some(left) = BUDGET.checked_sub(started.elapsed()) else {
        return Vec::new();
    };
    let line = LINE.get().cloned().unwrap_or_default();
    let (sender, receiver) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("complete".into())
        .spawn(move || {
            // The release build aborts on a panic (panic = "abort"): the whole completion then
            // ends silently (the hook prints nothing) and the shell shows no candidates, flags
            // included; in a debug build it ends this thread only and reads as "nothing".
            let _ = sender.send(fetch(wanted, &line, left));
        });
    if spawned.is_err() {
        return Vec::new();
    }
    let found = receiver
        .recv_timeout(left)
        .ok()
        .flatten()
        .unwrap_or_default();
    found
        .into_iter()
        .map(|f| {
            let help = (!f.help.is_empty()).then(|| f.help.into());
            CompletionCandidate::new(f.value).help(help).hide(f.hidden)
        })
        .collect()
}

/// The candidates, or `None` for any failure.
fn fetch(wanted: Wanted, line: &[OsString], timeout: Duration) -> Option<Vec<Found>> {
    let config = config_for(line, timeout)?;
    // The context builds the client exactly as a command does; what it would say (the
    // certificate-verification warning) goes nowhere.
    let mut silent = std::io::sink();
    let ctx = Context::new(&config, &mut silent);
    let client = ctx.client().ok()?;
    found(wanted, client, config.datacenter.as_deref())
}

fn found(wanted: Wanted, client: &Client, datacenter: Option<&str>) -> Option<Vec<Found>> {
    Some(match wanted {
        Wanted::Checks { ttl_only } => client
            .agent_checks(None)
            .ok()?
            .into_values()
            .filter(|c| !ttl_only || c.kind.is_empty() || c.kind == "ttl")
            .map(|c| Found {
                help: joined([
                    &*c.status,
                    if c.name == c.check_id { "" } else { &*c.name },
                    &prefixed("service ", &c.service_id),
                ]),
                value: c.check_id.into_owned(),
                hidden: false,
            })
            .collect(),
        Wanted::Services => client
            .agent_services(None)
            .ok()?
            .into_values()
            .map(|s| Found {
                help: joined([
                    if s.service == s.id { "" } else { &*s.service },
                    &if s.port == 0 {
                        String::new()
                    } else {
                        format!("port {}", s.port)
                    },
                ]),
                value: s.id.into_owned(),
                hidden: false,
            })
            .collect(),
        Wanted::Queries => {
            let options = ReadOptions {
                datacenter,
                // Any server may answer: quicker, and works while the cluster has no leader.
                consistency: Consistency::Stale,
                ..ReadOptions::default()
            };
            let mut found = Vec::new();
            for (query, _) in client.query_list(&options).ok()?.value {
                let id = query.id.unwrap_or_default();
                let service = prefixed("service ", &query.service.service);
                match query.name.filter(|n| !n.is_empty()) {
                    Some(name) => {
                        found.push(Found {
                            value: id,
                            help: joined([name.as_str(), &service]),
                            hidden: true,
                        });
                        found.push(Found {
                            value: name,
                            help: service,
                            hidden: false,
                        });
                    }
                    None => found.push(Found {
                        value: id,
                        help: service,
                        hidden: false,
                    }),
                }
            }
            found.retain(|f| !f.value.is_empty());
            found
        }
        Wanted::Members => client
            .agent_members(false, None)
            .ok()?
            .into_iter()
            .map(|m| Found {
                help: joined([
                    crate::commands::agent::members::status_word(m.status),
                    &format!("{}:{}", m.addr, m.port),
                ]),
                value: m.name,
                hidden: false,
            })
            .collect(),
    })
}

/// The settings a normal run of this line would use, with a short timeout and no retry.
fn config_for(line: &[OsString], timeout: Duration) -> Option<Config> {
    let line = crate::cli::official_spelling(line.to_vec(), &Cli::command());
    // A line clap cannot read even leniently (`--help` on it) still has the environment.
    let program = line.first().cloned().unwrap_or_else(|| "consulctl".into());
    let matches = [line, vec![program]].into_iter().find_map(|words| {
        Cli::command()
            .ignore_errors(true)
            .try_get_matches_from(words)
            .ok()
    })?;
    let global = GlobalArgs::from_arg_matches(&matches).ok()?;
    let mut input = global.to_input(&matches);
    input.request_timeout = Some(timeout);
    input.retry = RetryPolicy {
        retries: 0,
        ..RetryPolicy::default()
    };
    input.verbose = false;
    input.dry_run = false;
    Config::resolve(input, &|name| std::env::var_os(name), Terminal::default()).ok()
}

fn prefixed(prefix: &str, value: &str) -> String {
    if value.is_empty() {
        String::new()
    } else {
        format!("{prefix}{value}")
    }
}

/// The non-empty parts, comma-separated.
fn joined<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_live_argument_exists_and_gets_its_candidates() {
        let mut root = Cli::command();
        for (path, arg, wanted) in LIVE_ARGS {
            assert!(
                attach(&mut root, path, arg, wanted).is_some(),
                "`consulctl {path}` has no argument {arg:?}"
            );
        }
        let root = command();
        for (path, arg, _) in LIVE_ARGS {
            let cmd = path
                .split(' ')
                .fold(&root, |cmd, name| cmd.find_subcommand(name).unwrap());
            let found = cmd.get_arguments().find(|a| a.get_id() == arg).unwrap();
            assert!(
                found.get::<ArgValueCandidates>().is_some(),
                "consulctl {path} {arg}"
            );
        }
        command().debug_assert();
    }

    #[test]
    fn arguments_keep_their_places() {
        fn ids(cmd: &clap::Command, path: &str, into: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                into.push(format!("{path} {}", arg.get_id()));
            }
            for sub in cmd.get_subcommands() {
                ids(sub, &format!("{path} {}", sub.get_name()), into);
            }
        }
        let (mut plain, mut live) = (Vec::new(), Vec::new());
        ids(&Cli::command(), "consulctl", &mut plain);
        ids(&command(), "consulctl", &mut live);
        assert_eq!(plain, live);
    }

    #[test]
    fn a_normal_run_builds_its_command_without_candidates() {
        let mut root = Cli::command();
        root.build();
        fn walk(cmd: &clap::Command) {
            for arg in cmd.get_arguments() {
                assert!(
                    arg.get::<ArgValueCandidates>().is_none(),
                    "{}",
                    arg.get_id()
                );
            }
            cmd.get_subcommands().for_each(walk);
        }
        walk(&root);
    }
}
