//! Live values for dynamic completion (`COMPLETE=bash consulctl`, see [`super::complete`]):
//! check IDs, service IDs, prepared query names and member names, asked of the agent while the
//! user presses Tab.
//!
//! Which arguments name things on the agent, and what, is said by their types: an argument of
//! type `Id<TtlCheckId>` completes TTL check IDs (see [`values::names_of`]). [`command`], which
//! only the completion hook calls, gives those arguments their candidates: a normal run builds
//! its command without them, as candidates on every argument would cost every run allocations
//! for nothing.
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

use super::values::{self, Names};
use super::{Cli, GlobalArgs};
use crate::api::models::Listener;
use crate::api::{Client, Consistency, ReadOptions};
use crate::config::{Config, Source, Terminal};

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

/// The command tree with live candidates on every argument that names something on the agent:
/// the factory the completion hook gives clap.
pub fn command() -> clap::Command {
    attach(Cli::command())
}

fn attach(cmd: clap::Command) -> clap::Command {
    // In place: `mut_arg` would move the argument last, and a positional's place is its meaning.
    let cmd = cmd.mut_args(|arg| match values::names_of(&arg).flatten() {
        Some(names) => arg.add(ArgValueCandidates::new(move || ask(names))),
        None if names_a_context(&arg) => arg.add(ArgValueCandidates::new(context_names)),
        None => arg,
    });
    cmd.mut_subcommands(attach)
}

/// `--context` and the context commands' NAME: completed from the config file, not the agent.
fn names_a_context(arg: &clap::Arg) -> bool {
    arg.get_id() == "context"
}

/// The config file's contexts, each with its address; none when there is no file or it cannot
/// be read (the command itself will say why).
fn context_names() -> Vec<CompletionCandidate> {
    let env = |name: &str| std::env::var_os(name);
    let file = super::contexts::file_path(&env)
        .and_then(|path| super::contexts::load(&path).ok().flatten());
    file.map(|file| {
        file.contexts
            .values()
            .map(|c| {
                let addr = c
                    .settings
                    .http_addr
                    .as_ref()
                    .map_or(crate::config::DEFAULT_ADDR, |(a, _)| a.as_str());
                CompletionCandidate::new(c.name.clone())
                    .help(Some(crate::config::without_credentials(addr).into()))
            })
            .collect()
    })
    .unwrap_or_default()
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
fn ask(names: Names) -> Vec<CompletionCandidate> {
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
            let _ = sender.send(fetch(names, &line, left));
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
fn fetch(names: Names, line: &[OsString], timeout: Duration) -> Option<Vec<Found>> {
    let config = config_for(line, timeout)?;
    // Built exactly as a command builds it, without the request log.
    let client = Client::new(config.client_options(None)).ok()?;
    found(names, &client, config.datacenter.as_deref())
}

fn found(names: Names, client: &Client, datacenter: Option<&str>) -> Option<Vec<Found>> {
    Some(match names {
        Names::Checks | Names::TtlChecks => client
            .agent_checks(None)
            .ok()?
            .into_iter()
            .filter(|c| names == Names::Checks || c.kind.is_empty() || c.kind == "ttl")
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
        Names::Services => client
            .agent_services(None)
            .ok()?
            .into_iter()
            .map(|s| Found {
                help: joined([
                    if s.service == s.id { "" } else { &*s.service },
                    &match s.listener() {
                        Listener::Port(port) => format!("port {port}"),
                        Listener::Socket(path) => format!("socket {path}"),
                        Listener::Unusable => String::new(),
                    },
                ]),
                value: s.id.into_owned(),
                hidden: false,
            })
            .collect(),
        Names::Queries => {
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
        Names::Members => client
            .agent_members(false, None)
            .ok()?
            .into_iter()
            .map(|m| Found {
                help: joined([m.status_word(), &crate::output::host_port(&m.addr, m.port)]),
                value: m.name,
                hidden: false,
            })
            .collect(),
    })
}

/// The settings a normal run of this line would use, with a short timeout and no retry.
fn config_for(line: &[OsString], timeout: Duration) -> Option<Config> {
    let line = super::official_spelling(line.to_vec(), &Cli::command());
    // A line clap cannot read even leniently (`--help` on it) still has the environment.
    let program = line.first().cloned().unwrap_or_else(|| "consulctl".into());
    let matches = [line.clone(), vec![program]]
        .into_iter()
        .find_map(|words| {
            Cli::command()
                .ignore_errors(true)
                .try_get_matches_from(words)
                .ok()
        })?;
    let global = GlobalArgs::from_arg_matches(&matches).ok()?;
    let env = |name: &str| std::env::var_os(name);
    let (mut input, _, _) = super::contexts::global_input(
        &global,
        &line,
        &matches,
        &env,
        super::contexts::Choice::AsTyped,
    )
    .ok()?;
    // As flags: a flag beats the context's keys and the variables.
    input.request_timeout = Some((timeout, Source::Flag));
    input.retries = Some((0, Source::Flag));
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

    /// Every argument of the tree at every depth, after its command's path
    /// (`consulctl check ttl pass`).
    fn arguments(root: &clap::Command) -> Vec<(String, &clap::Arg)> {
        fn walk<'a>(cmd: &'a clap::Command, path: &str, into: &mut Vec<(String, &'a clap::Arg)>) {
            into.extend(cmd.get_arguments().map(|arg| (path.to_string(), arg)));
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), into);
            }
        }
        let mut found = Vec::new();
        walk(root, root.get_name(), &mut found);
        found
    }

    #[test]
    fn every_live_argument_gets_its_candidates() {
        let root = command();
        root.clone().debug_assert();
        let wrong: Vec<String> = arguments(&root)
            .into_iter()
            .filter(|(_, arg)| {
                (values::names_of(arg).flatten().is_some() || names_a_context(arg))
                    != arg.get::<ArgValueCandidates>().is_some()
            })
            .map(|(path, arg)| format!("{path} {}", arg.get_id()))
            .collect();
        assert!(wrong.is_empty(), "{wrong:?}");
        // The names each command completes, as a user would meet them.
        let live: Vec<String> = arguments(&root)
            .into_iter()
            .filter_map(|(path, arg)| {
                let names = values::names_of(arg).flatten()?;
                Some(format!("{path} {}: {names:?}", arg.get_id()))
            })
            .collect();
        assert_eq!(
            live,
            [
                "consulctl agent force-leave node: Members",
                "consulctl check register service_id: Services",
                "consulctl check register alias_service: Services",
                "consulctl check deregister id: Checks",
                "consulctl check ttl pass id: TtlChecks",
                "consulctl check ttl pass service_id: Services",
                "consulctl check ttl warn id: TtlChecks",
                "consulctl check ttl warn service_id: Services",
                "consulctl check ttl fail id: TtlChecks",
                "consulctl check ttl fail service_id: Services",
                "consulctl check update id: TtlChecks",
                "consulctl check run id: TtlChecks",
                "consulctl check run service_id: Services",
                "consulctl check wait id: Checks",
                "consulctl service deregister id: Services",
                "consulctl service maintenance enable id: Services",
                "consulctl service maintenance disable id: Services",
                "consulctl service maintenance status id: Services",
                "consulctl query create ignore_checks: Checks",
                "consulctl query get query: Queries",
                "consulctl query update query: Queries",
                "consulctl query update ignore_checks: Checks",
                "consulctl query delete query: Queries",
                "consulctl query execute query: Queries",
                "consulctl query explain query: Queries",
            ]
        );
    }

    /// An argument that looks like it names something (its value is an ID, a NAME, a NODE or a
    /// query) says by its type what it names: live completion then knows it, or a type such as
    /// `Id<NewName>` says there is nothing to offer. A new argument that does neither fails
    /// here, unless it is exempt below: what it names is no ID consulctl could list.
    #[test]
    fn every_id_like_argument_completes_or_is_exempt() {
        const EXEMPT: &[&str] = &[
            // Consul's own sessions, the catalog's services and nodes: not on this agent.
            "query create session",
            "query create service",
            "query create near",
            "query update session",
            "query update service",
            "query update near",
            "query execute near",
            // A port's name is known only from an execute answer: there is no list to offer.
            "query execute port_name",
            "service wait name",
            "check list service",
            "check list node",
            // Free text: a check's name, a TLS server name.
            "check ttl pass name",
            "check ttl warn name",
            "check ttl fail name",
            "check run name",
            "check register check_tls_server_name",
            // Names from the config file, completed from it (names_a_context), not the agent.
            "context show context",
            "context use context",
            // A set's name is the user's to choose: the first apply of a set makes it.
            "plan set",
            "apply set",
        ];
        fn id_like(arg: &clap::Arg) -> bool {
            let names = arg.get_value_names().unwrap_or_default();
            let id = arg.get_id().as_str();
            !arg.is_global_set()
                && (id.ends_with("id")
                    || ["node", "query", "name", "near", "session", "service"].contains(&id)
                    || names
                        .iter()
                        .any(|n| ["ID", "SID", "NAME", "NODE", "ID|NAME"].contains(&n.as_str())))
        }
        let root = Cli::command();
        let found: Vec<(String, bool)> = arguments(&root)
            .into_iter()
            .filter(|(_, arg)| id_like(arg))
            .map(|(path, arg)| {
                let path = path.strip_prefix("consulctl ").unwrap_or_default();
                let typed = values::names_of(arg).is_some();
                (format!("{path} {}", arg.get_id()), typed)
            })
            .collect();
        let wrong: Vec<&String> = found
            .iter()
            .filter(|(at, typed)| *typed == EXEMPT.contains(&at.as_str()))
            .map(|(at, _)| at)
            .collect();
        assert!(
            wrong.is_empty(),
            "give each an Id<…> type, or (exempt only) say why it names nothing to list: {wrong:?}"
        );
        for exempt in EXEMPT {
            assert!(
                found.iter().any(|(at, _)| at == exempt),
                "{exempt}: no such argument, or it no longer looks like an ID"
            );
        }
    }

    #[test]
    fn arguments_keep_their_places() {
        let ids = |root: &clap::Command| -> Vec<String> {
            arguments(root)
                .into_iter()
                .map(|(path, arg)| format!("{path} {}", arg.get_id()))
                .collect()
        };
        assert_eq!(ids(&Cli::command()), ids(&command()));
    }

    #[test]
    fn a_normal_run_builds_its_command_without_candidates() {
        let mut root = Cli::command();
        root.build();
        for (path, arg) in arguments(&root) {
            assert!(
                arg.get::<ArgValueCandidates>().is_none(),
                "{path} {}",
                arg.get_id()
            );
        }
    }
}
