//! Which columns and rows tables show, against the real agent: only what Consul meant (no Segment
//! column that is empty on every row, no row for an empty value), the datacenter's checks with
//! the agent's columns, queries by name with templates marked, an instance entering maintenance
//! named so by a query watch, and a failover to a datacenter Consul does not know said so.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::agent::{eventually, table_rows, AgentOptions};
use crate::support::{consulctl_at, json_of, ok, stderr_of, stdout_of, unique, Agent};

/// An agent of these tests' own: on the shared one, other tests' node checks and node
/// maintenance make every instance unhealthy for a while.
fn agent() -> &'static Agent {
    static AGENT: std::sync::OnceLock<Agent> = std::sync::OnceLock::new();
    AGENT.get_or_init(|| Agent::start(AgentOptions::dev("tables")))
}

fn run(agent: &Agent, args: &[&str]) -> Output {
    consulctl_at(&agent.addr()).args(args).output().unwrap()
}

/// The words of a table's header line.
fn header(table: &str) -> Vec<&str> {
    table
        .lines()
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect()
}

/// Registers an instance of `name` on `agent` with a TTL check that passes: a service's
/// check, never the node's, whose failing would make every instance on the node unhealthy.
fn register_passing(agent: &Agent, id: &str, name: &str) {
    agent.put(
        "/v1/agent/service/register",
        Some(json!({"ID": id, "Name": name, "Port": 18099,
                    "Check": {"TTL": "10m", "Status": "passing"}})),
    );
}

#[test]
fn members_on_community_edition_have_no_segment_column() {
    let shown = ok(&run(agent(), &["agent", "members"]));
    assert_eq!(
        header(&shown),
        ["Node", "Address", "Status", "Type", "Build", "Protocol", "DC"],
        "{shown}"
    );
}

/// Consul 1.8.7's release build has an empty revision: no Revision row says nothing.
#[test]
fn agent_self_has_no_row_for_an_empty_revision() {
    let agent = agent();
    let answer = json_of(&run(agent, &["agent", "self", "-o", "json"]));
    assert_eq!(
        answer["Config"]["Revision"], "",
        "the real agent's revision"
    );
    let shown = ok(&run(agent, &["agent", "self"]));
    let keys: Vec<&str> = shown
        .lines()
        .map(|l| l.split("  ").next().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "Name",
            "Node ID",
            "Datacenter",
            "Version",
            "Server",
            "Address"
        ],
        "{shown}"
    );
}

#[test]
fn the_datacenters_checks_have_the_agents_type_column() {
    let agent = agent();
    let id = unique("typed");
    register_passing(agent, &id, &id);
    let check = format!("service:{id}");
    let args = ["check", "list", "--all-nodes", "--service", &id];
    let shown = eventually(
        "the check is in the catalog",
        Duration::from_secs(10),
        || {
            let shown = ok(&run(agent, &args));
            match shown.contains(&check) {
                true => Ok(shown),
                false => Err(shown),
            }
        },
    );
    assert_eq!(
        header(&shown),
        ["Node", "ID", "Name", "Status", "Type", "Service", "Output"],
        "{shown}"
    );
    let rows = table_rows(&shown);
    let row = rows.iter().find(|r| r["ID"] == check).unwrap();
    assert_eq!(row["Type"], "ttl", "{shown}");
    assert_eq!(row["Service"], id, "{shown}");
    let agents = ok(&run(agent, &["check", "list"]));
    let agents_row = table_rows(&agents)
        .into_iter()
        .find(|r| r["ID"] == check)
        .unwrap();
    assert_eq!(agents_row["Type"], row["Type"]);
}

#[test]
fn queries_are_listed_by_name_and_templates_say_so() {
    let agent = agent();
    let prefix = unique("qlist");
    let (a, b, template) = (
        format!("{prefix}-a"),
        format!("{prefix}-b"),
        format!("{prefix}-t-"),
    );
    // Created out of order, so their IDs do not give the names' order.
    for (name, extra) in [
        (&b, &[][..]),
        (&template, &["--template", "name_prefix_match"][..]),
        (&a, &[][..]),
    ] {
        ok(&run(
            agent,
            &[
                &["query", "create", "--name", name, "--service", &prefix][..],
                extra,
            ]
            .concat(),
        ));
    }
    let shown = ok(&run(agent, &["query", "list"]));
    assert_eq!(
        header(&shown)[..4],
        ["ID", "Name", "Template", "Service"],
        "{shown}"
    );
    let rows = table_rows(&shown);
    let names: Vec<&str> = rows.iter().map(|r| r["Name"].as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "{shown}");
    let mine: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r["Name"].starts_with(&prefix))
        .map(|r| (r["Name"].as_str(), r["Template"].as_str()))
        .collect();
    assert_eq!(
        mine,
        [
            (a.as_str(), ""),
            (b.as_str(), ""),
            (template.as_str(), "name_prefix_match")
        ],
        "{shown}"
    );
}

/// consulctl started in the background; its stdout a line at a time.
fn spawn(agent: &Agent, args: &[&str]) -> (Child, Receiver<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_consulctl"))
        .env_clear()
        .env("CONSUL_HTTP_ADDR", agent.addr())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("consulctl starts");
    let stdout = child.stdout.take().expect("stdout is piped");
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    (child, receiver)
}

/// The first line that `wanted` accepts, within 10 seconds.
fn line_where(lines: &Receiver<String>, wanted: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut seen = Vec::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match lines.recv_timeout(left) {
            Ok(line) if wanted(&line) => return line,
            Ok(line) => seen.push(line),
            Err(_) => break,
        }
    }
    panic!("no such line; seen: {seen:#?}")
}

#[test]
fn a_query_watch_says_an_instance_went_into_maintenance_and_came_back() {
    let agent = agent();
    let service = unique("maint");
    let id = format!("{service}-1");
    register_passing(agent, &id, &service);
    let query = unique("maint-q");
    ok(&run(
        agent,
        &["query", "create", "--name", &query, "--service", &service],
    ));
    eventually("the instance answers", Duration::from_secs(10), || {
        let out = run(agent, &["query", "execute", &query, "-o", "addrs"]);
        match stdout_of(&out).as_str() {
            "127.0.0.1:18099\n" => Ok(()),
            other => Err(other.to_string()),
        }
    });
    let (mut watch, lines) = spawn(agent, &["query", "execute", &query, "--watch"]);
    line_where(&lines, |l| l.contains("answered"));
    let transition = |from: &str, to: &str| {
        let line = line_where(&lines, |l| l.contains(&id));
        let words: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(
            words[1..],
            ["tables", &id, from, "->", to, "127.0.0.1:18099"],
            "{line}"
        );
    };
    ok(&run(
        agent,
        &[
            "service",
            "maintenance",
            "enable",
            &id,
            "--reason",
            "deploying",
        ],
    ));
    transition("healthy", "maintenance");
    ok(&run(agent, &["service", "maintenance", "disable", &id]));
    transition("maintenance", "healthy");
    agent.put(&format!("/v1/agent/service/deregister/{id}"), None);
    transition("healthy", "absent");
    // SAFETY: kill(2) with a plain pid and signal.
    unsafe {
        libc::kill(watch.id() as libc::pid_t, libc::SIGINT);
    }
    assert_eq!(watch.wait().unwrap().code(), Some(0));
}

/// Consul skips a failover datacenter it does not know without a word; consulctl names it on
/// stderr. A query answered in its own datacenter costs no request more than the execute.
#[test]
fn a_failover_to_an_unknown_datacenter_is_named() {
    let agent = agent();
    let service = unique("nowhere");
    let query = unique("failover-q");
    ok(&run(
        agent,
        &[
            "query",
            "create",
            "--name",
            &query,
            "--service",
            &service,
            "--failover-dc",
            "dc1",
            "--failover-dc",
            "dc-nosuch",
        ],
    ));
    let out = run(agent, &["query", "execute", &query]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        format!("No healthy instance of \"{service}\": datacenter dc1 answered, no failover.\n")
    );
    assert_eq!(
        stderr_of(&out),
        format!(
            "note: the failover of query \"{query}\" names a datacenter Consul does not know, so Consul skipped it: \"dc-nosuch\"\n\
             note: no instance of \"{service}\" is registered in that datacenter\n"
        )
    );
    // -q keeps stdout for the data asked for and says nothing else.
    let quiet = run(agent, &["query", "execute", &query, "-q"]);
    assert_eq!(stderr_of(&quiet), "");

    let id = format!("{service}-1");
    register_passing(agent, &id, &service);
    let requests = eventually("the instance answers", Duration::from_secs(10), || {
        let out = run(agent, &["query", "execute", &query, "-v"]);
        let requests: Vec<String> = stderr_of(&out)
            .lines()
            .filter(|l| l.starts_with("> "))
            .map(String::from)
            .collect();
        match stdout_of(&out).contains(&id) {
            true => Ok(requests),
            false => Err(stdout_of(&out)),
        }
    });
    assert_eq!(
        requests,
        [format!(
            "> GET http://{}/v1/query/{query}/execute",
            agent.addr()
        )],
        "answered at home: one request"
    );
    agent.put(&format!("/v1/agent/service/deregister/{id}"), None);
}
