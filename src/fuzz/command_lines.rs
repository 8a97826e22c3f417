//! Whole command lines: every subcommand with any mix of its options and positional values, as
//! clap parses them, run against the fake agent (which answers with the corpus). What the
//! value parsers let through meets the handlers' own checks (flag combinations, definitions);
//! nothing may panic, and an error is one line. `check run` is left out: it runs its command.
//! `--watch` is left out too (a watch ends only when interrupted), and a wait is given a
//! short `--timeout` of its own, so that every case ends.

use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{ArgAction, CommandFactory, FromArgMatches, ValueHint};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, Index};

use super::answers::{configs, Answer, FakeAgent};
use super::harness::{Plan, Stats, Target};
use super::json::{self, Seed};
use crate::cli::Cli;
use crate::commands::Context;
use crate::config::OutputFormat;

/// One option or positional argument of a subcommand.
#[derive(Debug)]
struct Spec {
    long: Option<String>,
    takes_value: bool,
    path: bool,
    possible: Vec<String>,
}

/// A subcommand (`query create`) and its arguments.
#[derive(Debug)]
struct Leaf {
    path: Vec<String>,
    options: Vec<Spec>,
    positionals: Vec<Spec>,
}

fn leaves() -> Vec<Leaf> {
    fn walk(command: &clap::Command, path: &mut Vec<String>, out: &mut Vec<Leaf>) {
        let subcommands: Vec<_> = command
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        if subcommands.is_empty() {
            if path.join(" ") == "check run" {
                return;
            }
            let mut leaf = Leaf {
                path: path.clone(),
                options: Vec::new(),
                positionals: Vec::new(),
            };
            let waits = WAITS.contains(&path.join(" ").as_str());
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                if arg.is_global_set()
                    || ["help", "version", "watch", "handler_timeout"].contains(&id)
                    || (waits && id == "timeout")
                {
                    continue;
                }
                let spec = Spec {
                    long: arg.get_long().map(|l| format!("--{l}")),
                    takes_value: !matches!(
                        arg.get_action(),
                        ArgAction::SetTrue | ArgAction::SetFalse | ArgAction::Count
                    ),
                    path: matches!(
                        arg.get_value_hint(),
                        ValueHint::AnyPath | ValueHint::FilePath
                    ) || arg.get_id().as_str().ends_with("file"),
                    possible: arg
                        .get_possible_values()
                        .iter()
                        .map(|v| v.get_name().to_string())
                        .collect(),
                };
                if arg.is_positional() {
                    leaf.positionals.push(spec);
                } else {
                    leaf.options.push(spec);
                }
            }
            out.push(leaf);
        }
        for sub in subcommands {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut root = Cli::command();
    root.build();
    let mut out = Vec::new();
    walk(&root, &mut Vec::new(), &mut out);
    out
}

/// Commands whose `--timeout` bounds a wait: the fuzzer sets it (see [`WAIT_TIMEOUT`]).
const WAITS: [&str; 3] = ["service wait", "check wait", "query execute"];

/// How long a fuzzed wait may wait: the fake agent never makes a condition come true.
const WAIT_TIMEOUT: &str = "20ms";

/// Values people type for options of every kind.
const VALUES: &[&str] = &[
    "1m",
    "10s",
    "0",
    "-1",
    "0s",
    "11m",
    "api",
    "web",
    "db",
    "geo-",
    "127.0.0.1:8080",
    "[::1]:80",
    "http://127.0.0.1:8080/health",
    "k=v",
    "k=",
    "X-A: 1",
    "1,3-5",
    "dc2",
    "name_prefix_match",
    "regexp",
    "^geo-(.*)$",
    "passing",
    "critical",
    "bogus",
    "",
    "-",
    "--",
    "!canary",
    "_agent",
    "c7e3228a-d4e7-d3ef-5d65-fbcea27e6cdc",
    "42",
    "4294967296",
    "GET",
    "/bin/true",
    ";",
];

#[derive(Debug, Clone)]
pub struct Line {
    leaf: Index,
    options: Vec<(Index, Value)>,
    positionals: Vec<Value>,
    format: Index,
    read: Index,
}

#[derive(Debug, Clone)]
enum Value {
    Known(&'static str),
    Text(String),
    Possible(Index),
    File(Index),
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => select(VALUES).prop_map(Value::Known),
        2 => json::text().prop_map(Value::Text),
        2 => any::<Index>().prop_map(Value::Possible),
        1 => any::<Index>().prop_map(Value::File),
    ]
}

/// Files for the path options: definitions, odd files, and one that does not exist.
fn files(dir: &Path) -> Vec<PathBuf> {
    let contents: [(&str, &[u8]); 6] = [
        (
            "query.json",
            br#"{"Name": "api", "Service": {"Service": "api"}, "Token": "t"}"#,
        ),
        ("check.json", br#"{"check": {"name": "web", "ttl": "1m"}}"#),
        (
            "service.json",
            br#"{"Name": "web", "Port": 80, "Check": {"TTL": "1m"}}"#,
        ),
        ("not-json", b"\xff\xfe{"),
        ("token", b" s3cret-token\n\n"),
        ("empty", b""),
    ];
    let mut paths: Vec<PathBuf> = contents
        .iter()
        .map(|(name, bytes)| {
            let path = dir.join(name);
            std::fs::write(&path, bytes).expect("a temporary file");
            path
        })
        .collect();
    paths.push(dir.join("missing"));
    paths
}

pub fn fuzz_command_lines(plan: &Plan, share: Duration, agent: &FakeAgent, dir: &Path) -> Stats {
    let leaves = leaves();
    let files = files(dir);
    let seeds: Vec<Seed> = [
        "members",
        "agent_self",
        "services",
        "checks",
        "service",
        "query_list",
        "query_execute",
        "query_explain",
    ]
    .into_iter()
    .flat_map(json::corpus)
    .collect();
    let created = json::corpus("query_create").remove(0).bytes;
    let formats = [OutputFormat::Table, OutputFormat::Json, OutputFormat::Addrs];
    let configs = configs(&agent.endpoint(), &formats);
    let mut sinks: Vec<std::io::Sink> = configs.iter().map(|_| std::io::sink()).collect();
    let contexts: Vec<Context> = configs
        .iter()
        .zip(sinks.iter_mut())
        .map(|(config, sink)| Context::new(config, super::answers::FUZZED, sink))
        .collect();
    let strategy = (
        any::<Index>(),
        vec((any::<Index>(), value()), 0..7),
        vec(value(), 0..3),
        any::<Index>(),
        any::<Index>(),
    )
        .prop_map(|(leaf, options, positionals, format, read)| Line {
            leaf,
            options,
            positionals,
            format,
            read,
        });
    let target = Target {
        name: "command_lines",
        fixed: Vec::new(),
        strategy,
        case_limit: Duration::from_secs(10),
    };
    let text = |v: &Value, spec: &Spec| -> String {
        if spec.path {
            // Never `-`: that reads stdin, which a test must not wait on.
            let i = match v {
                Value::File(i) | Value::Possible(i) => i.index(files.len()),
                _ => files.len() - 1,
            };
            return files[i].display().to_string();
        }
        match v {
            Value::Known(k) => k.to_string(),
            Value::Text(t) => t.clone(),
            Value::Possible(i) if !spec.possible.is_empty() => {
                spec.possible[i.index(spec.possible.len())].clone()
            }
            Value::Possible(_) | Value::File(_) => VALUES[0].to_string(),
        }
    };
    let ran = std::cell::Cell::new(0u64);
    let stats = target.run(plan, share, |line| {
        let leaf = &leaves[line.leaf.index(leaves.len())];
        let mut argv: Vec<String> = vec!["consulctl".to_string()];
        argv.extend(leaf.path.iter().cloned());
        for (spec, value) in leaf.positionals.iter().zip(&line.positionals) {
            argv.push(text(value, spec));
        }
        for (i, value) in &line.options {
            if leaf.options.is_empty() {
                break;
            }
            let spec = &leaf.options[i.index(leaf.options.len())];
            let Some(long) = &spec.long else { continue };
            argv.push(long.clone());
            if spec.takes_value {
                argv.push(text(value, spec));
            }
        }
        // `query execute` takes --timeout only with --wait-min; the waits always do.
        let path = leaf.path.join(" ");
        if WAITS.contains(&path.as_str())
            && (path != "query execute" || argv.iter().any(|a| a == "--wait-min"))
        {
            argv.extend(["--timeout".to_string(), WAIT_TIMEOUT.to_string()]);
        }
        let Ok(matches) = Cli::command().try_get_matches_from(&argv) else {
            return Ok(());
        };
        let cli = Cli::from_arg_matches(&matches).map_err(|e| {
            TestCaseError::fail(format!(
                "{argv:?}: clap parsed what the derive cannot read: {e}"
            ))
        })?;
        let read = &seeds[line.read.index(seeds.len())];
        agent.set(Answer::ok(read.bytes.clone()), Answer::ok(created.clone()));
        let ctx = &contexts[line.format.index(contexts.len())];
        let mut out = Vec::new();
        ran.set(ran.get() + 1);
        if let Err(e) = super::answers::run(&cli.command, ctx, &mut out) {
            prop_assert!(
                !e.message().contains(['\n', '\r']),
                "{argv:?}: the error is not one line: {:?}",
                e.message()
            );
        }
        Ok(())
    });
    super::report(&format!(
        "fuzz: command_lines: {} of {} parsed and ran",
        ran.get(),
        stats.cases
    ));
    stats
}
