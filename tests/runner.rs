//! The one integration-test binary (one link, one shared agent). Every file under tests/ must
//! be a module here; `no_test_file_is_forgotten` checks it.
//!
//! Where a command's tests are. `cli_*` run consulctl against a wiremock mock, with no Consul
//! agent unless said; `e2e_*` against real agents (they need CONSUL_BIN).
//!
//! - `cli_agent`: `agent …` and the `service list` / `check list` aliases, one section per
//!   command.
//! - `cli_check`: `check register` (flags, then `--file`), `deregister`, `ttl`, `update`, one
//!   section per command.
//! - `cli_service`: `service register` (flags, then `--file`), `deregister`, `maintenance`, one
//!   section per command.
//! - `cli_query`: `query create`, `list`, `get`, `update`, `delete`, `apply`, `execute`,
//!   `explain`, one section per command; then Consul's refusals, bad input and secrets across
//!   them.
//! - `cli_bad_input`: bad input by kind (durations, ports, addresses, words, files, TLS files,
//!   non-UTF-8 words, huge values …) across every command, `check run` included.
//! - `cli_errors`: error classes and exit codes, the token never shown, where the token comes
//!   from, bad global options.
//! - `cli_faults`: an agent that fails, hangs or answers garbage (exit 3 or 1, one line).
//! - `cli_retry`: `--retry`, what is tried again.
//! - `cli_messages`: hints that name the fix without an agent: clap's mistakes as the
//!   corrected line, durations and addresses people get wrong, what `--retry` and `-v` say.
//! - `cli_wait`: `service wait`, `check wait`, `query execute --wait-min`, `--all-nodes` and
//!   `--watch`: what is refused before anything is sent.
//! - `cli_deadlines`: the waits and watches against loopback agents that hang, never answer,
//!   move their index on every answer, or fail with a passing error before they answer.
//! - `cli_versions`: fields newer than the agent (one test on the shared real agent).
//! - `cli_newer_shapes`: answers of Consul newer than 1.8.7 (multi-port services, sockets,
//!   peering and sameness groups in queries) from fixtures in tests/corpus, and the query flags
//!   for them.
//! - `cli_versions_corpus`: every command over the answers of every Consul version
//!   (tests/corpus/versions/), in every output format.
//! - `cli_versions_health`: `service wait`, `check wait`, `check list --all-nodes` and the
//!   `--watch`es over every version's answers of the catalog's health endpoints, in every format.
//! - `cli_dry_run`: `--dry-run` of every command that changes something (its curl lines run on
//!   the shared real agent).
//! - `cli_complete`: dynamic completion when the agent fails.
//! - `e2e_agent`, `e2e_check`, `e2e_service`, `e2e_query`: each command group end to end.
//! - `e2e_cron`: `check run` and `--ensure-ttl`, as a crontab line uses them.
//! - `e2e_complete`: dynamic completion with live names, through each shell.
//! - `e2e_contexts`: named contexts of the config file: choosing one, the precedence rule,
//!   `context use`, token-commands, the file-mode refusal, protected contexts.
//! - `e2e_messages`: hints that name the fix on a real agent: the check meant, names that do
//!   not exist, maintenance, node-level checks, a service registration that replaces another.
//! - `e2e_export`: `export` on a federation of its own, then `plan` of what it wrote; a
//!   changed check planned and applied.
//! - `e2e_federation`: prepared queries across two datacenters, and with ACLs.
//! - `e2e_hostile`: what hostile registrations put in Consul (addresses that are no host, IDs
//!   nothing could reach in definition files).
//! - `e2e_prune`: `plan --prune` and `apply --prune` on `e2e_declarative`'s federation: the
//!   set's record, what is deleted and what never is, the question on a terminal.
//! - `e2e_lock`: apply's lock on a set on a two-datacenter federation: turns, refusals, a
//!   holder killed with SIGKILL.
//! - `e2e_refusals`: values too long for the agent (`--note`) or for a URL (exit 2, not 3).
//! - `e2e_security`: ACL tokens, TLS client certificates, a unix socket.
//! - `e2e_tables`: which columns and rows tables show (members, self, the datacenter's checks,
//!   query list, a query watch's maintenance, an unknown failover datacenter).
//! - `e2e_terminal`: tables on a pseudo-terminal (colour, width, cut-off).
//! - `e2e_wait`: `service wait`, `check wait`, `check list --all-nodes` and `--watch` on a
//!   two-node cluster, the requests they send while idle, and agents killed under a wait.
//! - `corpus`: the fuzzers' seed corpus (tests/corpus/), from an agent of its own.
//! - `docs`: the README, `--help` and the man pages agree with the command definition.
//! - `generated`: completions/ and man/ are not stale.
//! - `help`: every command's help as a committed snapshot (tests/help/), short leaf help, what
//!   `[env: …]` shows.
//!
//! Helpers every file may use are in `support` (`support::refusals`: tables of refused command
//! lines); `cli_errors` has the few more the `cli_*` files share. Refusals are tables of cases:
//! a new one is a row in its command's table (`check_register_value_refusals` …, in cli_query
//! under "Bad input"), in `cli_bad_input`'s table of its kind, or in `cli_errors`' for a global
//! option.

mod support;

mod cli_agent;
mod cli_bad_input;
mod cli_check;
mod cli_complete;
mod cli_deadlines;
mod cli_declarative;
mod cli_dry_run;
mod cli_errors;
mod cli_faults;
mod cli_messages;
mod cli_newer_shapes;
mod cli_query;
mod cli_retry;
mod cli_service;
mod cli_versions;
mod cli_versions_corpus;
mod cli_versions_health;
mod cli_wait;
mod corpus;
mod docs;
mod e2e_agent;
mod e2e_catalog;
mod e2e_check;
mod e2e_complete;
mod e2e_contexts;
mod e2e_contexts_federated;
mod e2e_cron;
mod e2e_declarative;
mod e2e_export;
mod e2e_federation;
mod e2e_hostile;
mod e2e_lock;
mod e2e_messages;
mod e2e_prune;
mod e2e_query;
mod e2e_refusals;
mod e2e_security;
mod e2e_service;
mod e2e_tables;
mod e2e_terminal;
mod e2e_wait;
mod generated;
mod help;

#[test]
fn no_test_file_is_forgotten() {
    let runner = include_str!("runner.rs");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(module) = name.strip_suffix(".rs") {
            if module != "runner" {
                assert!(
                    runner.contains(&format!("mod {module};")),
                    "tests/{name} is not in runner.rs"
                );
            }
        }
    }
}
