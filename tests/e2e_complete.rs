//! Dynamic completion end to end: live check IDs, service IDs, query names and member names from
//! the shared real agent, through each shell's protocol (`COMPLETE=SHELL consulctl -- WORDS…`)
//! and through a real bash that sourced `COMPLETE=bash consulctl`.

use serde_json::json;

use crate::cli_complete::{candidates, complete, complete_at, SHELLS};
use crate::support::{consulctl_at, ok, unique, unused_port, Agent};

/// What one test registers on the shared agent, every name starting with `prefix`.
struct Registered {
    prefix: String,
    ttl_check: String,
    http_check: String,
    service: String,
    query_name: String,
    query_id: String,
}

fn register(agent: &Agent) -> Registered {
    let prefix = unique("cmp");
    let ttl_check = format!("{prefix}-ttl");
    let http_check = format!("{prefix}-http");
    let service = format!("{prefix}-svc");
    let query_name = format!("{prefix}-q");
    agent.put(
        "/v1/agent/check/register",
        Some(json!({"Name": ttl_check, "TTL": "10m"})),
    );
    // Never passes, and is not a TTL check: pass/warn/fail cannot report to it.
    agent.put(
        "/v1/agent/check/register",
        Some(json!({
            "Name": http_check, "HTTP": format!("http://127.0.0.1:{}/", unused_port()),
            "Interval": "1h"
        })),
    );
    agent.put(
        "/v1/agent/service/register",
        Some(json!({"Name": service, "Port": 8080, "Check": {"TTL": "10m"}})),
    );
    let output = consulctl_at(&agent.addr())
        .args([
            "query",
            "create",
            "--name",
            &query_name,
            "--service",
            &service,
        ])
        .output()
        .unwrap();
    let query_id = ok(&output).trim().to_string();
    Registered {
        prefix,
        ttl_check,
        http_check,
        service,
        query_name,
        query_id,
    }
}

/// A candidate's value and its help ("" for none).
type Candidate = (String, String);

/// The candidate values offered for `words` in `shell`, sorted.
fn values(agent: &Agent, shell: &str, words: &[&str]) -> Vec<String> {
    let output = complete(consulctl_at(&agent.addr()), shell, words);
    ok(&output);
    let mut values: Vec<String> = candidates(shell, &output)
        .into_iter()
        .map(|(value, _)| value)
        .collect();
    values.sort();
    values
}

#[test]
fn live_names_are_completed_by_prefix_in_every_shell() {
    let agent = Agent::shared();
    let r = register(agent);
    let p = r.prefix.as_str();
    let id_start = &r.query_id[..8];
    let service_check = format!("service:{}", r.service);
    let cases: Vec<(Vec<&str>, Vec<&str>)> = vec![
        // Only TTL checks take pass/warn/fail/update/run.
        (vec!["check", "ttl", "pass", p], vec![&r.ttl_check]),
        (vec!["check", "ttl", "fail", p], vec![&r.ttl_check]),
        (vec!["check", "update", p], vec![&r.ttl_check]),
        (vec!["check", "run", p], vec![&r.ttl_check]),
        (
            vec!["check", "ttl", "warn", "service:"],
            vec![&service_check],
        ),
        (
            vec!["check", "deregister", p],
            vec![&r.http_check, &r.ttl_check],
        ),
        (vec!["service", "deregister", p], vec![&r.service]),
        (
            vec!["service", "maintenance", "disable", p],
            vec![&r.service],
        ),
        (
            vec!["check", "register", "c", "--ttl", "1m", "--service-id", p],
            vec![&r.service],
        ),
        (
            vec![
                "check",
                "ttl",
                "pass",
                "x",
                "--ensure-ttl",
                "1m",
                "--service-id",
                p,
            ],
            vec![&r.service],
        ),
        (vec!["query", "execute", p], vec![&r.query_name]),
        (vec!["query", "explain", p], vec![&r.query_name]),
        (vec!["query", "delete", p], vec![&r.query_name]),
        // An ID is offered once what is typed matches no name.
        (vec!["query", "get", id_start], vec![&r.query_id]),
        (vec!["query", "update", id_start], vec![&r.query_id]),
        (vec!["agent", "force-leave", "shar"], vec!["shared"]),
    ];
    for shell in SHELLS {
        for (line, expected) in &cases {
            let words: Vec<&str> = std::iter::once("consulctl").chain(line.clone()).collect();
            let got = values(agent, shell, &words);
            // Other tests share the agent: only `service:<ours>` counts among service checks.
            let got: Vec<String> = if line.last() == Some(&"service:") {
                got.into_iter().filter(|v| v == &service_check).collect()
            } else {
                got
            };
            assert_eq!(&got, expected, "{shell}: {words:?}");
        }
    }
}

#[test]
fn candidates_carry_help_where_the_shell_shows_it() {
    let agent = Agent::shared();
    let r = register(agent);
    let p = r.prefix.as_str();
    let port = agent.ports.serf_lan;
    let service_checks = format!("service:{p}");
    let cases: Vec<(Vec<&str>, Vec<Candidate>)> = vec![
        (
            vec!["check", "deregister", p],
            vec![
                (r.http_check.clone(), "critical".to_string()),
                (r.ttl_check.clone(), "critical".to_string()),
            ],
        ),
        (
            vec!["check", "ttl", "pass", &service_checks],
            vec![(
                format!("service:{}", r.service),
                format!(
                    "critical, Service '{}' check, service {}",
                    r.service, r.service
                ),
            )],
        ),
        (
            vec!["service", "deregister", p],
            vec![(r.service.clone(), "port 8080".to_string())],
        ),
        (
            vec!["query", "execute", p],
            vec![(r.query_name.clone(), format!("service {}", r.service))],
        ),
        (
            vec!["query", "get", &r.query_id[..8]],
            vec![(
                r.query_id.clone(),
                format!("{}, service {}", r.query_name, r.service),
            )],
        ),
        (
            vec!["agent", "force-leave", "shared"],
            vec![("shared".to_string(), format!("alive, 127.0.0.1:{port}"))],
        ),
    ];
    for shell in ["zsh", "fish", "powershell"] {
        for (line, expected) in &cases {
            let words: Vec<&str> = std::iter::once("consulctl").chain(line.clone()).collect();
            let output = complete(consulctl_at(&agent.addr()), shell, &words);
            ok(&output);
            let mut got: Vec<Candidate> = candidates(shell, &output)
                .into_iter()
                .map(|(v, h)| (v, h.unwrap_or_default()))
                .collect();
            got.sort();
            assert_eq!(&got, expected, "{shell}: {words:?}");
        }
    }
}

#[test]
fn flags_on_the_line_choose_the_agent_over_the_environment() {
    let agent = Agent::shared();
    let r = register(agent);
    let nowhere = format!("127.0.0.1:{}", unused_port());
    let addr = agent.addr();
    let with_flag = format!("--http-addr={addr}");
    let official = format!("-http-addr={addr}");
    for words in [
        vec![
            "consulctl",
            "--http-addr",
            &addr,
            "check",
            "deregister",
            &r.prefix,
        ],
        vec!["consulctl", "check", "deregister", &with_flag, &r.prefix],
        // The official CLI's single-dash spelling, as a normal run takes it.
        vec!["consulctl", &official, "check", "deregister", &r.prefix],
        // A flag after the word being completed counts too.
        vec![
            "consulctl",
            "check",
            "deregister",
            &r.prefix,
            "--http-addr",
            &addr,
        ],
    ] {
        // The cursor is on the prefix (in the last case, before a flag typed already).
        let index = words.iter().position(|w| *w == r.prefix).unwrap();
        let output = complete_at(consulctl_at(&nowhere), "bash", &words, index);
        let mut got: Vec<String> = candidates("bash", &output)
            .into_iter()
            .map(|(v, _)| v)
            .collect();
        got.sort();
        assert_eq!(got, [r.http_check.as_str(), &r.ttl_check], "{words:?}");
    }
    // And a flag on the line pointing nowhere wins over a good environment.
    let nowhere_flag = format!("--http-addr={nowhere}");
    let output = complete(
        consulctl_at(&addr),
        "bash",
        &["consulctl", &nowhere_flag, "check", "deregister", &r.prefix],
    );
    assert_eq!(ok(&output), "");
}

/// bash completion as a user gets it: the registration sourced, then the function `complete -p`
/// names called the way bash calls it on Tab (COMP_WORDS, COMP_CWORD; the word, the previous
/// word as arguments), printing COMPREPLY.
fn real_bash(agent: &Agent, words: &[&str]) -> Vec<String> {
    let script = r#"
set -u
source <(COMPLETE=bash "$CONSULCTL") || exit 91
spec=$(complete -p consulctl) || exit 92
fn=${spec##*-F }; fn=${fn%% *}
read -r -a COMP_WORDS <<< "$WORDS"
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE="$WORDS"; COMP_POINT=${#COMP_LINE}; COMP_TYPE=9
COMPREPLY=()
"$fn" consulctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
"#;
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .env_clear()
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("CONSULCTL", env!("CARGO_BIN_EXE_consulctl"))
        .env("CONSUL_HTTP_ADDR", agent.addr())
        .env("WORDS", words.join(" "))
        .output()
        .expect("bash (the test scripts need it too)");
    assert!(
        output.status.success() && output.stderr.is_empty(),
        "{output:?}"
    );
    let mut got: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    got.sort();
    got
}

#[test]
fn a_real_bash_completes_live_names_after_sourcing_the_registration() {
    let agent = Agent::shared();
    let r = register(agent);
    assert_eq!(
        real_bash(agent, &["consulctl", "check", "ttl", "pass", &r.prefix]),
        [r.ttl_check.as_str()]
    );
    assert_eq!(
        real_bash(agent, &["consulctl", "query", "execute", &r.prefix]),
        [r.query_name.as_str()]
    );
}

/// A person at an interactive bash (readline, the default `COMP_WORDBREAKS`, `:` and `=`
/// among its characters) who sourced `COMPLETE=bash consulctl`, on an agent of this test's own
/// whose only TTL checks are two services' (on the shared one, other tests' checks would
/// change what `serv` completes to).
#[test]
fn a_word_with_a_colon_completes_in_bash_as_typed() {
    let agent = crate::support::Agent::start(crate::support::agent::AgentOptions::dev("colon"));
    for name in ["web", "api"] {
        agent.put(
            "/v1/agent/service/register",
            Some(json!({"Name": name, "Port": 8080, "Check": {"TTL": "10m"}})),
        );
    }
    let addr = agent.addr();
    let got = crate::cli_complete::interactive_bash(
        "source <(COMPLETE=bash consulctl)",
        &[("CONSUL_HTTP_ADDR", &addr)],
        &[
            // Both checks' common part, then the same again (not `service:--`), then one.
            "consulctl check ttl pass serv\t",
            "consulctl check ttl pass serv\t\t",
            "consulctl check ttl pass serv\tw\t",
            "consulctl check ttl pass service:a\t",
            // Nothing typed: the live names' common part, never a lone `-`.
            "consulctl check ttl pass \t",
            // A group's commands, not its flags, until a dash is typed.
            "consulctl check ttl \t\t",
            "consulctl check ttl pass service:web --not\t",
            // `=` splits words too: the value after it completes.
            "consulctl check ttl pass service:web --output=j\t",
            // Global options complete below the root, though its help does not list them.
            "consulctl check ttl pass service:web --http-ad\t",
        ],
    );
    let lines: Vec<&str> = got.iter().map(|(line, _)| line.as_str()).collect();
    assert_eq!(
        lines,
        [
            "consulctl check ttl pass service:",
            "consulctl check ttl pass service:",
            "consulctl check ttl pass service:web ",
            "consulctl check ttl pass service:api ",
            "consulctl check ttl pass service:",
            "consulctl check ttl ",
            "consulctl check ttl pass service:web --note",
            "consulctl check ttl pass service:web --output=json ",
            "consulctl check ttl pass service:web --http-addr ",
        ]
    );
    let listed: Vec<&str> = got[5].1.split_whitespace().collect();
    for word in ["pass", "warn", "fail"] {
        assert!(listed.contains(&word), "{listed:?}");
    }
    assert!(!listed.iter().any(|w| w.starts_with('-')), "{listed:?}");
}
