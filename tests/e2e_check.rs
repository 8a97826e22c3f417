//! `check …` end to end against the shared real agent.

use crate::support::{consulctl_at, fails, json_of, ok, stderr_of, stdout_of, unique, Agent};

#[test]
fn ttl_check_register_pass_warn_fail_and_list() {
    let agent = Agent::shared();
    let id = unique("ttl");
    consulctl_at(&agent.addr())
        .args([
            "check",
            "register",
            &id,
            "--ttl",
            "1m",
            "--notes",
            "from a test",
        ])
        .assert()
        .success()
        .stdout(format!("Check {id:?} registered.\n"));

    let checks = agent.get("/v1/agent/checks");
    assert_eq!(
        checks[&id]["Status"], "critical",
        "a new check starts critical"
    );
    assert_eq!(checks[&id]["Notes"], "from a test");

    for (word, status) in [
        ("pass", "passing"),
        ("warn", "warning"),
        ("fail", "critical"),
    ] {
        consulctl_at(&agent.addr())
            .args(["check", "ttl", word, &id, "--note", &format!("note {word}")])
            .assert()
            .success();
        let check = &agent.get("/v1/agent/checks")[&id];
        assert_eq!(check["Status"], status);
        assert_eq!(check["Output"], format!("note {word}"));
    }

    let out = consulctl_at(&agent.addr())
        .args(["check", "list"])
        .output()
        .unwrap();
    let table = stdout_of(&out);
    let row = table
        .lines()
        .find(|l| l.starts_with(&id))
        .expect("the check is listed");
    assert!(
        row.contains("critical") && row.contains("ttl") && row.contains("note fail"),
        "{row}"
    );

    let out = consulctl_at(&agent.addr())
        .args(["check", "list", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(json_of(&out)[&id]["CheckID"], id.as_str());
}

#[test]
fn ttl_pass_on_unknown_check_says_it_is_not_registered() {
    let agent = Agent::shared();
    let id = unique("nosuch");
    let out = consulctl_at(&agent.addr())
        .args(["check", "ttl", "pass", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!("no check {id:?} is registered on this agent")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

use std::process::Output;
use std::time::Duration;

use serde_json::{json, Value};

use crate::support::agent::{eventually, table_rows, AgentOptions};

fn run(args: &[&str]) -> Output {
    run_on(Agent::shared(), args)
}

fn run_on(agent: &Agent, args: &[&str]) -> Output {
    consulctl_at(&agent.addr()).args(args).output().unwrap()
}

/// Waits (bounded) until check `id` on `agent` has `status`, and returns the check.
fn wait_for_status(agent: &Agent, id: &str, status: &str) -> Value {
    eventually(
        &format!("check {id} becomes {status}"),
        Duration::from_secs(15),
        || {
            let check = agent.checks()[id].clone();
            if check["Status"] == status {
                Ok(check)
            } else {
                Err(check.to_string())
            }
        },
    )
}

/// Registers a TTL check straight on the shared agent, for tests about what comes after.
fn ttl_check(prefix: &str) -> String {
    let id = unique(prefix);
    Agent::shared().put(
        "/v1/agent/check/register",
        Some(json!({"Name": id, "TTL": "10m"})),
    );
    id
}

#[test]
fn http_check_of_the_agent_itself_passes() {
    let agent = Agent::shared();
    let id = unique("http");
    let url = format!("{}/v1/status/leader", agent.http_url());
    let out = run(&[
        "check",
        "register",
        &id,
        "--http",
        &url,
        "--interval",
        "1s",
        "--timeout",
        "2s",
    ]);
    assert_eq!(ok(&out), format!("Check {id:?} registered.\n"));
    let check = wait_for_status(agent, &id, "passing");
    assert_eq!(check["Type"], "http");
    let output = check["Output"].as_str().unwrap();
    assert!(
        output.contains(&url) && output.contains("200 OK"),
        "{output}"
    );

    let out = run(&["check", "list"]);
    let rows = table_rows(&ok(&out));
    let row = rows.iter().find(|r| r["ID"] == id).expect("listed");
    assert_eq!(row["Status"], "passing");
    assert_eq!(row["Type"], "http");
}

#[test]
fn tcp_check_of_the_agents_http_port_passes() {
    let agent = Agent::shared();
    let id = unique("tcp");
    let out = run(&[
        "check",
        "register",
        &id,
        "--tcp",
        &agent.addr(),
        "--interval",
        "1s",
    ]);
    assert_eq!(ok(&out), format!("Check {id:?} registered.\n"));
    let check = wait_for_status(agent, &id, "passing");
    assert_eq!(check["Type"], "tcp");
    let output = check["Output"].as_str().unwrap();
    assert!(output.contains(&agent.addr()), "{output}");
}

#[test]
fn script_check_with_args_that_exits_1_becomes_warning() {
    let agent = Agent::shared();
    let id = unique("script-args");
    let out = run(&[
        "check",
        "register",
        &id,
        "--interval",
        "1s",
        "--args",
        "/bin/sh",
        "-c",
        "echo hi; exit 1",
    ]);
    assert_eq!(ok(&out), format!("Check {id:?} registered.\n"));
    let check = wait_for_status(agent, &id, "warning");
    assert_eq!(check["Type"], "script");
    assert_eq!(check["Output"], "hi\n");
}

#[test]
fn script_check_words_in_the_order_people_type_them() {
    let agent = Agent::shared();
    let id = unique("script-order");
    // `--args` would take `--interval` for the script's: refused, naming it, nothing registered.
    let out = run(&[
        "check",
        "register",
        &id,
        "--args",
        "/bin/sh",
        "-c",
        "echo hi; exit 1",
        "--interval",
        "1s",
    ]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: --interval was read as part of --args; put --args last or end it with ';'\n"
    );
    let checks = agent.get("/v1/agent/checks");
    assert!(checks.get(&id).is_none(), "{checks}");
    // The command after `--`, as with `check run`.
    let out = run(&[
        "check",
        "register",
        &id,
        "--interval",
        "1s",
        "--",
        "/bin/sh",
        "-c",
        "echo hi; exit 1",
    ]);
    assert_eq!(ok(&out), format!("Check {id:?} registered.\n"));
    let check = wait_for_status(agent, &id, "warning");
    assert_eq!(check["Type"], "script");
    assert_eq!(check["Output"], "hi\n");
}

#[test]
fn script_check_from_a_shell_line_runs_it() {
    let agent = Agent::shared();
    let passing = unique("script-line");
    let out = run(&[
        "check",
        "register",
        &passing,
        "--interval",
        "1s",
        "--script",
        "echo fine; exit 0",
    ]);
    assert_eq!(ok(&out), format!("Check {passing:?} registered.\n"));
    let failing = unique("script-line");
    ok(&run(&[
        "check",
        "register",
        &failing,
        "--status",
        "passing",
        "--interval",
        "1s",
        "--script",
        "echo broken >&2; exit 2",
    ]));
    let check = wait_for_status(agent, &passing, "passing");
    assert_eq!(check["Type"], "script");
    assert_eq!(check["Output"], "fine\n");
    let check = wait_for_status(agent, &failing, "critical");
    assert_eq!(check["Output"], "broken\n");
}

#[test]
fn alias_check_mirrors_the_service() {
    // An agent of its own: an alias check also fails while any node-level check fails, which
    // the shared agent always has. For the same reason the alias belongs to a service (as a
    // sidecar's would): a node-level alias would count its own critical start.
    let mut options = AgentOptions::dev(&unique("alias"));
    options.ip = "127.77.0.4".to_string();
    let agent = Agent::start(options);
    ok(&run_on(
        &agent,
        &["service", "register", "web", "--check-ttl", "10m"],
    ));
    ok(&run_on(&agent, &["service", "register", "web-sidecar"]));
    let out = run_on(
        &agent,
        &[
            "check",
            "register",
            "web-alias",
            "--service-id",
            "web-sidecar",
            "--alias-service",
            "web",
        ],
    );
    assert_eq!(ok(&out), "Check \"web-alias\" registered.\n");
    let check = &agent.checks()["web-alias"];
    assert_eq!(check["Type"], "alias");
    assert_eq!(check["ServiceID"], "web-sidecar");

    ok(&run_on(&agent, &["check", "ttl", "pass", "service:web"]));
    wait_for_status(&agent, "web-alias", "passing");
    ok(&run_on(&agent, &["check", "ttl", "fail", "service:web"]));
    wait_for_status(&agent, "web-alias", "critical");
}

#[test]
fn check_with_a_service_id_belongs_to_the_service() {
    let agent = Agent::shared();
    let service = unique("owner");
    ok(&run(&["service", "register", &service, "--port", "80"]));
    let id = unique("owned");
    let out = run(&[
        "check",
        "register",
        &id,
        "--service-id",
        &service,
        "--ttl",
        "1m",
        "--status",
        "passing",
        "--notes",
        "owned by a service",
    ]);
    assert_eq!(ok(&out), format!("Check {id:?} registered.\n"));
    let check = &agent.checks()[&id];
    assert_eq!(check["ServiceID"], service.as_str());
    assert_eq!(check["ServiceName"], service.as_str());
    assert_eq!(check["Status"], "passing");
    assert_eq!(check["Notes"], "owned by a service");

    let out = run(&["check", "list"]);
    let rows = table_rows(&ok(&out));
    let row = rows.iter().find(|r| r["ID"] == id).expect("listed");
    assert_eq!(row["Service"], service);
    assert_eq!(row["Status"], "passing");
}

#[test]
fn check_for_an_unknown_service_exits_1_in_plain_words() {
    let agent = Agent::shared();
    let id = unique("orphan");
    let service = unique("nosuch-svc");
    let err = fails(
        &run(&[
            "check",
            "register",
            &id,
            "--service-id",
            &service,
            "--ttl",
            "1m",
        ]),
        1,
    );
    assert!(err.contains("not registered on this agent"), "{err}");
    assert!(err.contains(&service), "{err}");
    assert!(err.contains("consulctl service register"), "{err}");
    assert!(agent.checks().get(&id).is_none());
}

#[test]
fn register_with_an_id_and_json_output() {
    let agent = Agent::shared();
    let name = unique("named");
    let id = format!("{name}-id");
    let out = run(&["check", "register", &name, "--id", &id, "--ttl", "1m"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        format!("Check {name:?} registered with ID {id:?}.\n")
    );
    assert_eq!(stderr_of(&out), node_level_warning(&id));
    let check = &agent.checks()[&id];
    assert_eq!(check["Name"], name.as_str());
    assert_eq!(check["CheckID"], id.as_str());

    let name = unique("json");
    let out = run(&[
        "check", "register", &name, "--ttl", "90s", "--notes", "n", "-o", "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stderr_of(&out), node_level_warning(&name));
    assert_eq!(
        json_of(&out),
        json!({"Name": name, "Notes": "n", "TTL": "90s"})
    );
    assert_eq!(agent.checks()[&name]["Notes"], "n");
}

#[test]
fn register_from_a_file_in_api_and_config_shape() {
    let agent = Agent::shared();
    let dir = tempfile::tempdir().unwrap();

    let name = unique("api-file");
    let id = format!("{name}-id");
    let path = dir.path().join("api.json");
    std::fs::write(
        &path,
        json!({"Name": name, "ID": id, "TTL": "30s", "Notes": "api", "Status": "passing"})
            .to_string(),
    )
    .unwrap();
    let out = run(&["check", "register", "--file", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        format!("Check {name:?} registered with ID {id:?}.\n")
    );
    assert_eq!(stderr_of(&out), node_level_warning(&id));
    let check = &agent.checks()[&id];
    assert_eq!(check["Status"], "passing");
    assert_eq!(check["Notes"], "api");
    assert_eq!(check["Type"], "ttl");

    let service = unique("file-owner");
    ok(&run(&["service", "register", &service]));
    let name = unique("config-file");
    let path = dir.path().join("config.json");
    std::fs::write(
        &path,
        json!({"check": {"name": name, "ttl": "30s", "notes": "cfg", "service_id": service}})
            .to_string(),
    )
    .unwrap();
    let out = run(&["check", "register", "--file", path.to_str().unwrap()]);
    assert_eq!(ok(&out), format!("Check {name:?} registered.\n"));
    let check = &agent.checks()[&name];
    assert_eq!(check["Notes"], "cfg");
    assert_eq!(check["ServiceID"], service.as_str());
    assert_eq!(check["Type"], "ttl");

    // A periodic check in config shape, with JSON output: the definition as sent.
    let name = unique("config-http");
    let path = dir.path().join("http.json");
    let url = format!("{}/v1/status/leader", agent.http_url());
    let definition = json!({"check": {"name": name, "http": url, "interval": "1s"}});
    std::fs::write(&path, definition.to_string()).unwrap();
    let out = run(&[
        "check",
        "register",
        "--file",
        path.to_str().unwrap(),
        "-o",
        "json",
    ]);
    ok(&out);
    assert_eq!(json_of(&out), definition["check"]);
    let check = wait_for_status(agent, &name, "passing");
    assert_eq!(check["Type"], "http");
}

#[test]
fn ttl_pass_without_a_note_clears_the_output() {
    let agent = Agent::shared();
    let id = ttl_check("clear");
    ok(&run(&[
        "check",
        "ttl",
        "warn",
        &id,
        "--note",
        "disk 85% full",
    ]));
    assert_eq!(agent.checks()[&id]["Output"], "disk 85% full");

    let out = run(&["check", "ttl", "pass", &id]);
    assert_eq!(ok(&out), format!("Check {id:?} is passing.\n"));
    let check = &agent.checks()[&id];
    assert_eq!(check["Status"], "passing");
    assert_eq!(check["Output"], "");

    let out = run(&[
        "check", "ttl", "fail", &id, "--note", "exit 2", "-o", "json",
    ]);
    ok(&out);
    assert_eq!(
        json_of(&out),
        json!({"CheckID": id, "Status": "critical", "Output": "exit 2"})
    );
    let check = &agent.checks()[&id];
    assert_eq!(check["Status"], "critical");
    assert_eq!(check["Output"], "exit 2");
}

#[test]
fn update_sets_status_and_output() {
    let agent = Agent::shared();
    let id = ttl_check("update");
    let out = run(&[
        "check",
        "update",
        &id,
        "--status",
        "warning",
        "--note",
        "slow: 41m",
    ]);
    assert_eq!(ok(&out), format!("Check {id:?} is warning.\n"));
    let check = &agent.checks()[&id];
    assert_eq!(check["Status"], "warning");
    assert_eq!(check["Output"], "slow: 41m");

    let out = run(&["check", "update", &id, "--status", "passing"]);
    assert_eq!(ok(&out), format!("Check {id:?} is passing.\n"));
    let check = &agent.checks()[&id];
    assert_eq!(check["Status"], "passing");
    assert_eq!(check["Output"], "");

    let out = run(&[
        "check", "update", &id, "--status", "critical", "--note", "down", "-o", "json",
    ]);
    ok(&out);
    assert_eq!(
        json_of(&out),
        json!({"CheckID": id, "Status": "critical", "Output": "down"})
    );
    let check = &agent.checks()[&id];
    assert_eq!(check["Status"], "critical");
    assert_eq!(check["Output"], "down");
}

#[test]
fn ttl_and_update_refuse_a_check_that_is_not_ttl() {
    let agent = Agent::shared();
    let id = unique("not-ttl");
    ok(&run(&[
        "check",
        "register",
        &id,
        "--tcp",
        &agent.addr(),
        "--interval",
        "10m",
    ]));
    for args in [
        vec!["check", "ttl", "pass", &id],
        vec!["check", "ttl", "warn", &id, "--note", "x"],
        vec!["check", "ttl", "fail", &id],
        vec!["check", "update", &id, "--status", "warning"],
    ] {
        let err = fails(&run(&args), 1);
        assert!(
            err.contains(&format!("check {id:?} is a tcp check, not a TTL check")),
            "{args:?}: {err}"
        );
    }
    assert_eq!(agent.checks()[&id]["Type"], "tcp");
}

#[test]
fn deregister_removes_the_check() {
    let agent = Agent::shared();
    let id = ttl_check("dereg");
    let out = run(&["check", "deregister", &id]);
    assert_eq!(ok(&out), format!("Check {id:?} deregistered.\n"));
    assert!(agent.checks().get(&id).is_none());

    let id = ttl_check("dereg-json");
    let out = run(&["check", "deregister", &id, "-o", "json"]);
    ok(&out);
    assert_eq!(json_of(&out), json!({"CheckID": id, "Deregistered": true}));
    assert!(agent.checks().get(&id).is_none());
}

#[test]
fn deregister_of_an_unknown_check_exits_1_unless_missing_ok() {
    let id = unique("nosuch-check");
    let err = fails(&run(&["check", "deregister", &id]), 1);
    assert!(
        err.contains(&format!("no check {id:?} is registered on this agent")),
        "{err}"
    );
    assert!(err.contains("--missing-ok"), "{err}");

    let out = run(&["check", "deregister", &id, "--missing-ok"]);
    assert_eq!(
        ok(&out),
        format!("Check {id:?} was not registered; nothing to do.\n")
    );
    let out = run(&["check", "deregister", &id, "--missing-ok", "-o", "json"]);
    ok(&out);
    assert_eq!(json_of(&out), json!({"CheckID": id, "Deregistered": false}));
}

/// What `check register` says on stderr when it registers a TTL check that belongs to no
/// service: the cron trap, every service on the node unhealthy while it is critical.
fn node_level_warning(id: &str) -> String {
    format!(
        "warning: check {id:?} belongs to no service, so while it is critical every service on this node counts as unhealthy (service wait, query execute, DNS); to affect one service only, register it with --service-id SID\n"
    )
}
