//! `service …` end to end against the shared real agent.

use std::process::Output;
use std::time::Duration;

use serde_json::{json, Value};

use crate::support::agent::{eventually, table_rows};
use crate::support::{consulctl_at, fails, json_of, ok, unique, Agent};

fn run(args: &[&str]) -> Output {
    consulctl_at(&Agent::shared().addr())
        .args(args)
        .output()
        .unwrap()
}

/// The agent's checks that belong to service `id`, by check ID.
fn checks_of(agent: &Agent, id: &str) -> Vec<(String, Value)> {
    let checks = agent.checks();
    checks
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, c)| c["ServiceID"] == id)
        .map(|(k, c)| (k.clone(), c.clone()))
        .collect()
}

#[test]
fn register_with_port_tags_meta_address_and_a_ttl_check() {
    let agent = Agent::shared();
    let name = unique("web");
    let out = run(&[
        "service",
        "register",
        &name,
        "--port",
        "8080",
        "--tag",
        "primary",
        "--tag",
        "v1",
        "--meta",
        "version=1.4",
        "--meta",
        "team=core",
        "--address",
        "127.0.0.9",
        "--check-ttl",
        "30s",
    ]);
    assert_eq!(ok(&out), format!("Service {name:?} registered.\n"));

    let service = &agent.services()[&name];
    assert_eq!(service["Service"], name.as_str());
    assert_eq!(service["Port"], 8080);
    assert_eq!(service["Address"], "127.0.0.9");
    assert_eq!(service["Tags"], json!(["primary", "v1"]));
    assert_eq!(service["Meta"], json!({"version": "1.4", "team": "core"}));

    let checks = checks_of(agent, &name);
    assert_eq!(checks.len(), 1, "{checks:?}");
    let (check_id, check) = &checks[0];
    assert_eq!(check_id, &format!("service:{name}"));
    assert_eq!(check["Type"], "ttl");
    assert_eq!(check["Status"], "critical");

    let out = run(&["service", "list"]);
    let rows = table_rows(&ok(&out));
    let row = rows.iter().find(|r| r["ID"] == name).expect("listed");
    assert_eq!(row["Service"], name);
    assert_eq!(row["Address"], "127.0.0.9");
    assert_eq!(row["Port"], "8080");
    assert_eq!(row["Tags"], "primary,v1");

    // The service's TTL check takes pass like any other.
    let check_id = format!("service:{name}");
    ok(&run(&["check", "ttl", "pass", &check_id, "--note", "up"]));
    assert_eq!(agent.checks()[&check_id]["Status"], "passing");
}

#[test]
fn register_with_an_id_and_json_output() {
    let agent = Agent::shared();
    let name = unique("api");
    let id = format!("{name}-2");
    let out = run(&[
        "service",
        "register",
        &name,
        "--id",
        &id,
        "--port",
        "9000",
        "--tag",
        "blue",
        "--check-ttl",
        "1m",
    ]);
    assert_eq!(
        ok(&out),
        format!("Service {name:?} registered with ID {id:?}.\n")
    );
    assert_eq!(agent.services()[&id]["Service"], name.as_str());
    assert_eq!(
        agent.checks()[&format!("service:{id}")]["ServiceID"],
        id.as_str()
    );

    let other = unique("api-json");
    let out = run(&[
        "service", "register", &other, "--port", "9001", "--meta", "k=v", "-o", "json",
    ]);
    ok(&out);
    assert_eq!(
        json_of(&out),
        json!({"Name": other, "Port": 9001, "Meta": {"k": "v"}})
    );
    assert_eq!(agent.services()[&other]["Port"], 9001);
}

#[test]
fn register_with_an_http_check_that_passes() {
    let agent = Agent::shared();
    let name = unique("http-svc");
    let url = format!("{}/v1/status/leader", agent.http_url());
    let out = run(&[
        "service",
        "register",
        &name,
        "--port",
        &agent.ports.http.to_string(),
        "--check-http",
        &url,
        "--check-interval",
        "1s",
    ]);
    assert_eq!(ok(&out), format!("Service {name:?} registered.\n"));
    let check_id = format!("service:{name}");
    let check = eventually("the HTTP check passes", Duration::from_secs(15), || {
        let check = agent.checks()[&check_id].clone();
        if check["Status"] == "passing" {
            Ok(check)
        } else {
            Err(check.to_string())
        }
    });
    assert_eq!(check["Type"], "http");
    assert_eq!(check["ServiceID"], name.as_str());
    let output = check["Output"].as_str().unwrap();
    assert!(
        output.contains(&url) && output.contains("200 OK"),
        "{output}"
    );
}

#[test]
fn replace_existing_checks_drops_the_checks_not_named() {
    let agent = Agent::shared();
    let name = unique("replace");
    ok(&run(&["service", "register", &name, "--check-ttl", "30s"]));
    let extra = unique("extra");
    ok(&run(&[
        "check",
        "register",
        &extra,
        "--service-id",
        &name,
        "--ttl",
        "1m",
    ]));
    let ids = |agent: &Agent| -> Vec<String> {
        let mut ids: Vec<String> = checks_of(agent, &name).into_iter().map(|c| c.0).collect();
        ids.sort();
        ids
    };
    let own = format!("service:{name}");
    let mut both = vec![own.clone(), extra.clone()];
    both.sort();
    assert_eq!(ids(agent), both);

    // Without the flag, a re-registration keeps the other check.
    ok(&run(&[
        "service",
        "register",
        &name,
        "--port",
        "81",
        "--check-ttl",
        "45s",
    ]));
    assert_eq!(ids(agent), both);
    assert_eq!(agent.services()[&name]["Port"], 81);

    // With it, only the check this registration names is left.
    let out = run(&[
        "service",
        "register",
        &name,
        "--port",
        "82",
        "--check-ttl",
        "45s",
        "--replace-existing-checks",
    ]);
    // The port it replaced is named (registering over a service says what changed).
    assert_eq!(
        ok(&out),
        format!("Service {name:?} registered, replacing the one registered with this ID:\n  Port: 81 -> 82\n")
    );
    assert_eq!(ids(agent), [own]);
    assert_eq!(agent.services()[&name]["Port"], 82);

    // And a registration with no check at all removes every check of the service.
    ok(&run(&[
        "service",
        "register",
        &name,
        "--port",
        "82",
        "--replace-existing-checks",
    ]));
    assert_eq!(ids(agent), Vec::<String>::new());
}

#[test]
fn register_from_a_file_in_config_and_api_shape() {
    let agent = Agent::shared();
    let dir = tempfile::tempdir().unwrap();

    let name = unique("cfg-file");
    let path = dir.path().join("config.json");
    std::fs::write(
        &path,
        json!({"service": {"name": name, "port": 7001, "tags": ["a"], "check": {"ttl": "30s"}}})
            .to_string(),
    )
    .unwrap();
    let out = run(&["service", "register", "--file", path.to_str().unwrap()]);
    assert_eq!(ok(&out), format!("Service {name:?} registered.\n"));
    let service = &agent.services()[&name];
    assert_eq!(service["Port"], 7001);
    assert_eq!(service["Tags"], json!(["a"]));
    let check = &agent.checks()[&format!("service:{name}")];
    assert_eq!(check["Type"], "ttl");
    assert_eq!(check["ServiceID"], name.as_str());

    let name = unique("api-file");
    let id = format!("{name}-id");
    let path = dir.path().join("api.json");
    std::fs::write(
        &path,
        json!({"Name": name, "ID": id, "Port": 7002, "Check": {"TTL": "30s", "Notes": "n"}})
            .to_string(),
    )
    .unwrap();
    let out = run(&["service", "register", "--file", path.to_str().unwrap()]);
    assert_eq!(
        ok(&out),
        format!("Service {name:?} registered with ID {id:?}.\n")
    );
    assert_eq!(agent.services()[&id]["Port"], 7002);
    assert_eq!(agent.checks()[&format!("service:{id}")]["Notes"], "n");

    // JSON output is the definition that was sent.
    let name = unique("json-file");
    let path = dir.path().join("json.json");
    let definition = json!({"service": {"name": name, "port": 7003}});
    std::fs::write(&path, definition.to_string()).unwrap();
    let out = run(&[
        "service",
        "register",
        "--file",
        path.to_str().unwrap(),
        "-o",
        "json",
    ]);
    ok(&out);
    assert_eq!(json_of(&out), definition["service"]);
    assert_eq!(agent.services()[&name]["Port"], 7003);
}

#[test]
fn deregister_removes_the_service_and_its_checks() {
    let agent = Agent::shared();
    let name = unique("gone");
    ok(&run(&["service", "register", &name, "--check-ttl", "30s"]));
    let extra = unique("gone-extra");
    ok(&run(&[
        "check",
        "register",
        &extra,
        "--service-id",
        &name,
        "--ttl",
        "1m",
    ]));
    assert_eq!(checks_of(agent, &name).len(), 2);

    let out = run(&["service", "deregister", &name]);
    assert_eq!(ok(&out), format!("Service {name:?} deregistered.\n"));
    assert!(agent.services().get(&name).is_none());
    assert_eq!(checks_of(agent, &name), []);
    let checks = agent.checks();
    assert!(checks.get(format!("service:{name}")).is_none());
    assert!(checks.get(&extra).is_none());

    // JSON output.
    let name = unique("gone-json");
    ok(&run(&["service", "register", &name]));
    let out = run(&["service", "deregister", &name, "-o", "json"]);
    ok(&out);
    assert_eq!(
        json_of(&out),
        json!({"ServiceID": name, "Deregistered": true})
    );
    assert!(agent.services().get(&name).is_none());
}

#[test]
fn deregister_of_an_unknown_service_exits_1_unless_missing_ok() {
    let name = unique("nosuch-svc");
    let err = fails(&run(&["service", "deregister", &name]), 1);
    assert!(
        err.contains(&format!("no service {name:?} is registered on this agent")),
        "{err}"
    );
    assert!(err.contains("--missing-ok"), "{err}");

    let out = run(&["service", "deregister", &name, "--missing-ok"]);
    assert_eq!(
        ok(&out),
        format!("Service {name:?} was not registered; nothing to do.\n")
    );
}

#[test]
fn maintenance_adds_and_removes_the_service_maintenance_check() {
    let agent = Agent::shared();
    let name = unique("maint-svc");
    ok(&run(&["service", "register", &name, "--port", "80"]));
    let check_id = format!("_service_maintenance:{name}");

    let out = run(&[
        "service",
        "maintenance",
        "enable",
        &name,
        "--reason",
        "deploying 1.5",
    ]);
    assert_eq!(ok(&out), format!("Service {name:?} is in maintenance.\n"));
    let check = &agent.checks()[&check_id];
    assert_eq!(check["Status"], "critical");
    assert_eq!(check["Notes"], "deploying 1.5");
    assert_eq!(check["ServiceID"], name.as_str());
    assert_eq!(check["Type"], "maintenance");

    let out = run(&["service", "maintenance", "disable", &name]);
    assert_eq!(
        ok(&out),
        format!("Service {name:?} is out of maintenance.\n")
    );
    assert!(agent.checks().get(&check_id).is_none());

    let out = run(&["service", "maintenance", "enable", &name, "-o", "json"]);
    ok(&out);
    assert_eq!(
        json_of(&out),
        json!({"ServiceID": name, "Maintenance": true, "Reason": null})
    );
    assert_eq!(agent.checks()[&check_id]["Status"], "critical");
    ok(&run(&["service", "maintenance", "disable", &name]));
    assert!(agent.checks().get(&check_id).is_none());
}

#[test]
fn maintenance_of_an_unknown_service_exits_1() {
    let name = unique("nosuch-maint");
    for verb in ["enable", "disable"] {
        let err = fails(&run(&["service", "maintenance", verb, &name]), 1);
        assert!(
            err.contains(&format!("no service {name:?} is registered on this agent")),
            "{err}"
        );
    }
    assert!(Agent::shared()
        .checks()
        .get(format!("_service_maintenance:{name}"))
        .is_none());
}

#[test]
fn config_file_snake_case_keys_reach_the_agent() {
    // Keys an agent config file writes but the HTTP API knows only without underscores.
    let agent = Agent::shared();
    let dir = tempfile::tempdir().unwrap();
    let name = unique("snake");
    let path = dir.path().join("snake.json");
    std::fs::write(
        &path,
        json!({"service": {
            "name": name,
            "port": 7010,
            "enable_tag_override": true,
            "meta": {"build_id": "42"},
            "check": {"id": format!("{name}-ttl"), "ttl": "30s", "success_before_passing": 2,
                      "deregister_critical_service_after": "90m"}
        }})
        .to_string(),
    )
    .unwrap();
    let out = run(&["service", "register", "--file", path.to_str().unwrap()]);
    assert_eq!(ok(&out), format!("Service {name:?} registered.\n"));
    let service = &agent.get(&format!("/v1/agent/service/{name}"));
    assert_eq!(service["EnableTagOverride"], true);
    assert_eq!(
        service["Meta"],
        json!({"build_id": "42"}),
        "user data keys stay as written"
    );
    let check = &agent.checks()[&format!("{name}-ttl")];
    assert_eq!(check["ServiceID"], name.as_str());
    assert_eq!(check["Type"], "ttl");

    let check_id = unique("snake-check");
    let path = dir.path().join("check.json");
    std::fs::write(
        &path,
        json!({"check": {"check_id": check_id, "name": "snake check", "service_id": name,
                         "ttl": "1m", "failures_before_critical": 3}})
        .to_string(),
    )
    .unwrap();
    let out = run(&["check", "register", "--file", path.to_str().unwrap()]);
    assert_eq!(
        ok(&out),
        format!("Check \"snake check\" registered with ID {check_id:?}.\n")
    );
    assert_eq!(agent.checks()[&check_id]["ServiceID"], name.as_str());
}
