//! Messages that name the fix, on a real agent: the check a person meant, a check `check run`
//! cannot report to, names that do not exist, maintenance, the node-level check that makes a
//! node unhealthy, and a service registration that replaces another.

use serde_json::json;

use crate::support::{consulctl_at, run, stderr_of, stdout_of, unique, unused_port, Agent};

fn on_agent(args: &[&str]) -> std::process::Output {
    run(consulctl_at(&Agent::shared().addr()).args(args))
}

/// A service `name` (ID the same) with one TTL check, `service:NAME`.
fn service_with_ttl(name: &str) {
    Agent::shared().put(
        "/v1/agent/service/register",
        Some(json!({"Name": name, "ID": name, "Check": {"TTL": "10m"}})),
    );
}

#[test]
fn a_ttl_write_to_a_service_id_suggests_its_check() {
    let db = unique("db");
    service_with_ttl(&db);
    let out = on_agent(&["check", "ttl", "fail", &db]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr_of(&out),
        format!("error: marking check \"{db}\" critical: no check \"{db}\" is registered on this agent (Consul: CheckID \"{db}\" does not have associated TTL); did you mean service:{db} (`consulctl check ttl fail service:{db}`)?\n")
    );
    let out = on_agent(&["check", "update", &db, "--status", "passing"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).ends_with(&format!(
            "; did you mean service:{db} (`consulctl check update service:{db}`)?\n"
        )),
        "{}",
        stderr_of(&out)
    );
    let out = on_agent(&["check", "wait", &db, "--timeout", "5s"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr_of(&out),
        format!("error: waiting for check \"{db}\" to be passing: no check \"{db}\" is registered on this agent; did you mean service:{db} (`consulctl check wait service:{db}`)?\n")
    );
}

#[test]
fn suggested_commands_are_quoted_for_the_shell() {
    let id = format!("{} b", unique("a"));
    let out = on_agent(&["check", "ttl", "pass", &id]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr_of(&out),
        format!("error: marking check \"{id}\" passing: no check \"{id}\" is registered on this agent (Consul: CheckID \"{id}\" does not have associated TTL); see `consulctl check list`, or register it with `consulctl check register '{id}' --ttl 1m`\n")
    );
    let out = on_agent(&["check", "wait", &id, "--timeout", "5s"]);
    assert_eq!(
        stderr_of(&out),
        format!("error: waiting for check \"{id}\" to be passing: no check \"{id}\" is registered on this agent; see `consulctl check list`\n")
    );
}

#[test]
fn check_run_on_a_check_the_agent_runs_says_what_to_do() {
    let api = unique("api");
    Agent::shared().put(
        "/v1/agent/service/register",
        Some(json!({"Name": api, "ID": api, "Check": {
            "HTTP": format!("http://127.0.0.1:{}/health", unused_port()), "Interval": "1h"}})),
    );
    let id = format!("service:{api}");
    let out = on_agent(&["check", "run", &id, "--", "true"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert_eq!(
        err,
        format!("error: reporting passing to check \"{id}\": check \"{id}\" is a http check, not a TTL check; the agent sets its status itself, so `check run` cannot report to it: give the job a TTL check of its own (another ID, with --ensure-ttl DURATION to create it) (Consul: CheckID \"{id}\" does not have associated TTL) (the command itself succeeded)\n")
    );
    assert!(!err.contains("add --ensure-ttl"), "{err}");

    // A missing check: --ensure-ttl is the fix, after the check the name likely meant.
    let db = unique("db");
    service_with_ttl(&db);
    let out = on_agent(&["check", "run", &db, "--", "true"]);
    assert!(
        stderr_of(&out).contains(&format!("(the command itself succeeded); did you mean service:{db} (`consulctl check run service:{db}`)?; or add --ensure-ttl DURATION to create it\n")),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(stdout_of(&out), "");
}

/// The shared agent's node name.
fn node_name() -> String {
    Agent::shared().get("/v1/agent/self")["Config"]["NodeName"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn check_list_all_nodes_names_a_node_or_service_that_does_not_exist() {
    let node = unique("n2");
    let out = on_agent(&["check", "list", "--all-nodes", "--node", &node]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout_of(&out), "", "no header for nothing");
    assert_eq!(
        stderr_of(&out),
        format!("error: listing the datacenter's checks: there is no node \"{node}\" in the datacenter; see `consulctl agent members`\n")
    );
    let service = unique("nosuch");
    let out = on_agent(&[
        "check",
        "list",
        "--all-nodes",
        "--service",
        &service,
        "-o",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout_of(&out), "");
    assert_eq!(
        stderr_of(&out),
        format!("error: listing the datacenter's checks: there is no service \"{service}\" on any node of the datacenter\n")
    );
    // A node that exists but has no such checks is an empty answer, not an error.
    let out = on_agent(&[
        "check",
        "list",
        "--all-nodes",
        "--node",
        &node_name(),
        "--filter",
        "Name == \"no-such-check\"",
        "-o",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).trim(), "[]");
    assert_eq!(stderr_of(&out), "");
}

#[test]
fn query_execute_without_a_healthy_instance_names_the_failing_checks() {
    let api = unique("unhealthy-api");
    // Passing first: the agent hands a change of output alone to the catalog only minutes
    // later, a change of status at once.
    Agent::shared().put(
        "/v1/agent/service/register",
        Some(json!({"Name": api, "ID": api, "Check": {"TTL": "10m", "Status": "passing"}})),
    );
    let out = on_agent(&[
        "check",
        "ttl",
        "fail",
        &format!("service:{api}"),
        "--note",
        "db down",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let out = on_agent(&["query", "create", "--name", &api, "--service", &api]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let node = node_name();
    // Other tests leave critical node-level checks on the shared agent, which are listed too
    // (they make every instance on the node unhealthy): the service's own is looked for.
    let start = format!("note: not passing: {api} on {node} [");
    let own = format!("check \"service:{api}\" (Service '{api}' check) critical: db down");
    let out = crate::support::agent::eventually(
        "the catalog has the failing check",
        std::time::Duration::from_secs(10),
        || {
            let out = on_agent(&["query", "execute", &api]);
            let err = stderr_of(&out);
            if err.starts_with(&start) && err.contains(&own) && err.lines().count() == 1 {
                Ok(out)
            } else {
                Err(stderr_of(&out))
            }
        },
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout_of(&out).starts_with(&format!("No healthy instance of \"{api}\": ")),
        "{}",
        stdout_of(&out)
    );
    let out = on_agent(&["-q", "query", "execute", &api]);
    assert_eq!(stderr_of(&out), "", "-q silences the note");
}

#[test]
fn maintenance_status_and_tables_show_the_reason() {
    let mut options = crate::support::agent::AgentOptions::dev("maint");
    options.ip = "127.0.0.71".to_string();
    let agent = Agent::start(options);
    let on = |args: &[&str]| run(consulctl_at(&agent.addr()).args(args));
    agent.put(
        "/v1/agent/service/register",
        Some(json!({"Name": "api", "ID": "api-1", "Port": 18090})),
    );
    assert_eq!(
        stdout_of(&on(&["service", "maintenance", "status", "api-1"])),
        "Maintenance  off\n"
    );
    assert_eq!(
        stdout_of(&on(&[
            "service",
            "maintenance",
            "status",
            "api-1",
            "-o",
            "json"
        ]))
        .trim(),
        "null"
    );
    let out = on(&[
        "service",
        "maintenance",
        "enable",
        "api-1",
        "--reason",
        "deploying v3",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));

    let out = on(&["service", "maintenance", "status", "api-1"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "Maintenance  on\nReason       deploying v3\nCheck        _service_maintenance:api-1\nStatus       critical\n"
    );
    let out = on(&["service", "maintenance", "status", "api-1", "-o", "json"]);
    let check: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        check,
        agent.checks()["_service_maintenance:api-1"],
        "as Consul sent it"
    );
    assert_eq!(check["Notes"], "deploying v3");

    // The tables show the reason, which Consul keeps in the check's Notes.
    let out = on(&["check", "list"]);
    let rows = crate::support::agent::table_rows(&stdout_of(&out));
    let row = rows
        .iter()
        .find(|r| r["ID"] == "_service_maintenance:api-1")
        .expect("the maintenance check is listed");
    assert_eq!(row["Notes"], "deploying v3");
    assert_eq!(row["Status"], "critical");
    let listed = crate::support::agent::eventually(
        "the catalog has the maintenance check",
        std::time::Duration::from_secs(10),
        || {
            let text = stdout_of(&on(&["check", "list", "--all-nodes", "--service", "api"]));
            if text.contains("deploying v3") {
                Ok(text)
            } else {
                Err(text)
            }
        },
    );
    let rows = crate::support::agent::table_rows(&listed);
    assert_eq!(rows[0]["Notes"], "deploying v3", "{listed}");

    // A service that is not registered is an error, not "off".
    let out = on(&["service", "maintenance", "status", "nosuch"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr_of(&out),
        "error: reading maintenance of service \"nosuch\": no service \"nosuch\" is registered on this agent; see `consulctl service list`\n"
    );

    // The node's own maintenance.
    assert_eq!(
        stdout_of(&on(&["agent", "maintenance", "status"])),
        "Maintenance  off\n"
    );
    let out = on(&[
        "agent",
        "maintenance",
        "enable",
        "--reason",
        "kernel upgrade",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&on(&["agent", "maintenance", "status"])),
        "Maintenance  on\nReason       kernel upgrade\nCheck        _node_maintenance\nStatus       critical\n"
    );
    let out = on(&["agent", "maintenance", "status", "-o", "json"]);
    let check: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(check, agent.checks()["_node_maintenance"]);
}

#[test]
fn registering_over_a_service_says_what_it_replaced() {
    let id = unique("api-1");
    let first = on_agent(&[
        "service",
        "register",
        "api",
        "--id",
        &id,
        "--port",
        "18080",
        "--address",
        "127.0.0.9",
        "--tag",
        "v1",
        "--meta",
        "version=1",
    ]);
    assert_eq!(
        stdout_of(&first),
        format!("Service \"api\" registered with ID \"{id}\".\n"),
        "nothing to replace"
    );

    let out = on_agent(&["service", "register", "api", "--id", &id, "--port", "18090"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        format!("Service \"api\" registered with ID \"{id}\", replacing the one registered with this ID:\n  Address: \"127.0.0.9\" -> (none)\n  Port: 18080 -> 18090\n  Tags: [\"v1\"] -> (none)\n  Meta.version: \"1\" -> (none)\n")
    );
    assert_eq!(stderr_of(&out), "");
    let service = &Agent::shared().services()[&id];
    assert_eq!(service["Port"], 18090);
    assert_eq!(service["Address"], "");

    // The same again changes nothing, and says nothing more.
    let out = on_agent(&["service", "register", "api", "--id", &id, "--port", "18090"]);
    assert_eq!(
        stdout_of(&out),
        format!("Service \"api\" registered with ID \"{id}\".\n")
    );

    // -q: nothing said.
    let out = on_agent(&[
        "-q", "service", "register", "api", "--id", &id, "--port", "18091",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "");
    // -o json prints the body sent, which needs no read of the service first.
    let out = on_agent(&[
        "-v", "-o", "json", "service", "register", "api", "--id", &id, "--port", "18092",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let log = stderr_of(&out);
    let requests: Vec<&str> = log
        .lines()
        .filter(|l| l.starts_with("> GET") || l.starts_with("> PUT"))
        .collect();
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert!(requests[0].starts_with("> PUT "), "{requests:?}");
}
