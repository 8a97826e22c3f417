//! `agent …` end to end against real agents: the shared dev agent, and agents of their own for
//! what changes the node (joins, failures, node maintenance).

use std::process::Output;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::support::agent::{eventually, table_rows, AgentOptions};
use crate::support::{
    consulctl_at, fails, json_of, ok, stderr_of, stdout_of, unique, unused_port, Agent,
};

/// consulctl against `agent` with `args`.
fn run(agent: &Agent, args: &[&str]) -> Output {
    consulctl_at(&agent.addr()).args(args).output().unwrap()
}

/// The `Status` cell of `node`'s row in the `agent members` table, if it is listed.
fn member_status(agent: &Agent, node: &str) -> Option<String> {
    let out = run(agent, &["agent", "members"]);
    table_rows(&ok(&out))
        .into_iter()
        .find(|row| row["Node"] == node)
        .map(|row| row["Status"].clone())
}

/// `node`'s entry in `agent members -o json`.
fn member_json(agent: &Agent, node: &str) -> Value {
    let out = run(agent, &["agent", "members", "-o", "json"]);
    ok(&out);
    json_of(&out)
        .as_array()
        .expect("members is a JSON array")
        .iter()
        .find(|m| m["Name"] == node)
        .cloned()
        .unwrap_or_else(|| panic!("{node} is not in {}", stdout_of(&out)))
}

const MEMBER_HEADERS: [&str; 7] = [
    "Node", "Address", "Status", "Type", "Build", "Protocol", "DC",
];

#[test]
fn members_table_and_json_show_the_agent() {
    let agent = Agent::shared();
    let out = run(agent, &["agent", "members"]);
    let text = ok(&out);
    let header: Vec<&str> = text.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header, MEMBER_HEADERS);
    let rows = table_rows(&text);
    let row = rows
        .iter()
        .find(|r| r["Node"] == "shared")
        .unwrap_or_else(|| panic!("no row for the agent: {text}"));
    let cells: Vec<&str> = MEMBER_HEADERS.iter().map(|h| row[*h].as_str()).collect();
    let address = agent.serf_lan_addr();
    assert_eq!(
        cells,
        [
            "shared",
            address.as_str(),
            "alive",
            "server",
            "1.8.7",
            "2",
            "dc1"
        ]
    );

    let member = member_json(agent, "shared");
    assert_eq!(member["Addr"], "127.0.0.1");
    assert_eq!(member["Port"], agent.ports.serf_lan);
    assert_eq!(member["Status"], 1);
    assert_eq!(member["Tags"]["role"], "consul");
    assert_eq!(member["Tags"]["dc"], "dc1");
}

#[test]
fn members_wan_lists_node_dot_datacenter() {
    let agent = Agent::shared();
    let out = run(agent, &["agent", "members", "--wan"]);
    let rows = table_rows(&ok(&out));
    let row = rows
        .iter()
        .find(|r| r["Node"] == "shared.dc1")
        .unwrap_or_else(|| panic!("no shared.dc1 row: {}", stdout_of(&out)));
    assert_eq!(row["Address"], agent.serf_wan_addr());
    assert_eq!(row["Status"], "alive");
    assert_eq!(row["Type"], "server");
    assert_eq!(row["DC"], "dc1");
    assert!(
        rows.iter().all(|r| r["Node"].ends_with(".dc1")),
        "WAN names are node.dc: {}",
        stdout_of(&out)
    );

    let out = run(agent, &["agent", "members", "--wan", "-o", "json"]);
    ok(&out);
    let names: Vec<Value> = json_of(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["Name"].clone())
        .collect();
    assert_eq!(names, [json!("shared.dc1")]);
}

#[test]
fn self_shows_name_datacenter_version_and_role() {
    let agent = Agent::shared();
    let out = run(agent, &["agent", "self"]);
    let text = ok(&out);
    let field = |name: &str| -> String {
        text.lines()
            .find_map(|l| {
                let (key, value) = l.split_at(l.find("  ")?);
                (key == name).then(|| value.trim().to_string())
            })
            .unwrap_or_else(|| panic!("no {name:?} line: {text}"))
    };
    assert_eq!(field("Name"), "shared");
    assert_eq!(field("Datacenter"), "dc1");
    assert_eq!(field("Version"), "1.8.7");
    assert_eq!(field("Server"), "yes");
    assert_eq!(field("Address"), agent.serf_lan_addr());
    let node_id = field("Node ID");

    let out = run(agent, &["agent", "self", "-o", "json"]);
    ok(&out);
    let info = json_of(&out);
    assert_eq!(info["Config"]["NodeName"], "shared");
    assert_eq!(info["Config"]["Datacenter"], "dc1");
    assert_eq!(info["Config"]["Version"], "1.8.7");
    assert_eq!(info["Config"]["Server"], true);
    assert_eq!(info["Config"]["NodeID"], node_id.as_str());
    assert_eq!(info["Member"]["Name"], "shared");
    // Consul's answer is passed on whole, not only the parts the table shows.
    assert!(info["DebugConfig"].is_object(), "{info}");
}

#[test]
fn services_and_service_list_pass_the_filter_through() {
    let agent = Agent::shared();
    let (web, db) = (unique("svc-web"), unique("svc-db"));
    agent.put(
        "/v1/agent/service/register",
        Some(json!({"Name": web, "Port": 8080, "Tags": ["primary", "v1"], "Address": "127.0.0.9"})),
    );
    agent.put(
        "/v1/agent/service/register",
        Some(json!({"Name": db, "Port": 5432})),
    );

    for command in [["agent", "services"], ["service", "list"]] {
        let out = run(agent, &command);
        let text = ok(&out);
        let header: Vec<&str> = text.lines().next().unwrap().split_whitespace().collect();
        assert_eq!(header, ["ID", "Service", "Address", "Port", "Tags"]);
        let rows = table_rows(&text);
        let row = rows.iter().find(|r| r["ID"] == web).expect("web is listed");
        assert_eq!(row["Service"], web);
        assert_eq!(row["Address"], "127.0.0.9");
        assert_eq!(row["Port"], "8080");
        assert_eq!(row["Tags"], "primary,v1");
        assert!(rows.iter().any(|r| r["ID"] == db), "{text}");

        let filter = format!("Service == {web:?}");
        let mut args = command.to_vec();
        args.extend(["--filter", &filter]);
        let out = run(agent, &args);
        let rows = table_rows(&ok(&out));
        let ids: Vec<&str> = rows.iter().map(|r| r["ID"].as_str()).collect();
        assert_eq!(ids, [web.as_str()], "{}", stdout_of(&out));

        args.extend(["-o", "json"]);
        let out = run(agent, &args);
        ok(&out);
        let services = json_of(&out);
        let ids: Vec<&String> = services.as_object().unwrap().keys().collect();
        assert_eq!(ids, [&web]);
        assert_eq!(services[&web]["Port"], 8080);
        assert_eq!(services[&web]["Tags"], json!(["primary", "v1"]));
    }

    // Unfiltered JSON is keyed by service ID and holds both.
    let out = run(agent, &["agent", "services", "-o", "json"]);
    ok(&out);
    let services = json_of(&out);
    assert_eq!(services[&db]["Service"], db.as_str());
    assert_eq!(services[&db]["Port"], 5432);
}

#[test]
fn checks_and_check_list_pass_the_filter_through() {
    let agent = Agent::shared();
    let (first, second) = (unique("chk-first"), unique("chk-second"));
    agent.put(
        "/v1/agent/check/register",
        Some(json!({"Name": first, "TTL": "10m", "Status": "passing"})),
    );
    agent.put(
        "/v1/agent/check/register",
        Some(json!({"Name": second, "TTL": "10m"})),
    );
    agent.put(
        &format!("/v1/agent/check/warn/{second}?note=half%20full"),
        None,
    );

    for command in [["agent", "checks"], ["check", "list"]] {
        let out = run(agent, &command);
        let text = ok(&out);
        let header: Vec<&str> = text.lines().next().unwrap().split_whitespace().collect();
        assert_eq!(
            header,
            ["ID", "Name", "Status", "Type", "Service", "Output"]
        );
        let rows = table_rows(&text);
        let row = rows.iter().find(|r| r["ID"] == second).expect("listed");
        assert_eq!(row["Name"], second);
        assert_eq!(row["Status"], "warning");
        assert_eq!(row["Type"], "ttl");
        assert_eq!(row["Service"], "");
        assert_eq!(row["Output"], "half full");
        assert!(rows.iter().any(|r| r["ID"] == first), "{text}");

        let filter = format!("Name == {first:?}");
        let mut args = command.to_vec();
        args.extend(["--filter", &filter]);
        let out = run(agent, &args);
        let rows = table_rows(&ok(&out));
        let ids: Vec<&str> = rows.iter().map(|r| r["ID"].as_str()).collect();
        assert_eq!(ids, [first.as_str()], "{}", stdout_of(&out));
        assert_eq!(rows[0]["Status"], "passing");

        args.extend(["-o", "json"]);
        let out = run(agent, &args);
        ok(&out);
        let checks = json_of(&out);
        let ids: Vec<&String> = checks.as_object().unwrap().keys().collect();
        assert_eq!(ids, [&first]);
        assert_eq!(checks[&first]["Status"], "passing");
        assert_eq!(checks[&first]["Type"], "ttl");
    }
}

#[test]
fn a_bad_filter_exits_1_with_consuls_text() {
    let agent = Agent::shared();
    // Consul 1.8.7 only checks a filter against something to filter: with no checks at all it
    // answers 200 `{}` whatever the expression.
    let name = unique("filtered");
    agent.put(
        "/v1/agent/check/register",
        Some(json!({"Name": name, "TTL": "10m"})),
    );
    agent.put("/v1/agent/service/register", Some(json!({"Name": name})));
    for command in [
        ["agent", "services"],
        ["service", "list"],
        ["agent", "checks"],
        ["check", "list"],
    ] {
        let mut args = command.to_vec();
        args.extend(["--filter", "Bogus == 1"]);
        let err = fails(&run(agent, &args), 1);
        assert!(err.contains(r#"Selector "Bogus" is not valid"#), "{err}");
        assert!(err.contains("500"), "{err}");
    }
}

#[test]
fn a_client_joins_fails_and_is_forced_to_leave() {
    let server_node = unique("join-server");
    let client_node = unique("join-client");
    let mut server_options = AgentOptions::dev(&server_node);
    server_options.ip = "127.77.0.1".to_string();
    let client_options = AgentOptions::client(&client_node, "127.77.0.2");
    let (server, client) = std::thread::scope(|s| {
        let server = s.spawn(|| Agent::start(server_options));
        let client = s.spawn(|| Agent::start(client_options));
        (server.join().unwrap(), client.join().unwrap())
    });

    // Alone, the client sees only itself.
    let out = run(&client, &["agent", "members"]);
    let rows = table_rows(&ok(&out));
    let nodes: Vec<&str> = rows.iter().map(|r| r["Node"].as_str()).collect();
    assert_eq!(nodes, [client_node.as_str()]);

    let out = run(&client, &["agent", "join", &server.serf_lan_addr()]);
    assert_eq!(
        ok(&out),
        format!("Joined {} (LAN).\n", server.serf_lan_addr())
    );

    // The server lists both, alive; the client is a client.
    let rows = eventually(
        "the server lists both members alive",
        Duration::from_secs(10),
        || {
            let out = run(&server, &["agent", "members"]);
            let text = ok(&out);
            let rows = table_rows(&text);
            let alive = |node: &str| {
                rows.iter()
                    .any(|r| r["Node"] == node && r["Status"] == "alive")
            };
            if alive(&server_node) && alive(&client_node) && rows.len() == 2 {
                Ok(rows)
            } else {
                Err(text)
            }
        },
    );
    let client_row = rows.iter().find(|r| r["Node"] == client_node).unwrap();
    assert_eq!(client_row["Address"], client.serf_lan_addr());
    assert_eq!(client_row["Type"], "client");
    assert_eq!(client_row["Build"], "1.8.7");
    let server_row = rows.iter().find(|r| r["Node"] == server_node).unwrap();
    assert_eq!(server_row["Type"], "server");
    let member = member_json(&server, &client_node);
    assert_eq!(member["Status"], 1);
    assert_eq!(member["Addr"], "127.77.0.2");
    assert_eq!(member["Tags"]["role"], "node");

    let out = run(&client, &["agent", "self"]);
    assert!(
        ok(&out)
            .lines()
            .any(|l| l.starts_with("Server") && l.ends_with("  no (client)")),
        "{}",
        stdout_of(&out)
    );

    // Only servers are in the WAN pool: a client answers `null`, which consulctl shows as an
    // empty list, with a note on stderr saying why and where to ask; the server lists itself.
    assert_eq!(client.get("/v1/agent/members?wan=1"), Value::Null);
    let out = run(&client, &["agent", "members", "--wan"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(
        stdout_of(&out),
        "Node  Address  Status  Type  Build  Protocol  DC\n"
    );
    let note = stderr_of(&out);
    assert!(
        note.contains("only servers are in the WAN pool") && note.contains(&client.addr()),
        "{note}"
    );
    let out = run(&client, &["agent", "members", "--wan", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "[]\n");
    let rows = table_rows(&ok(&run(&server, &["agent", "members", "--wan"])));
    let wan_name = format!("{server_node}.dc1");
    assert!(rows.iter().any(|r| r["Node"] == wan_name), "{rows:?}");

    // A crashed client: the server notices it has failed.
    let client_addr = client.addr();
    client.kill();
    eventually(
        "the killed client is listed as failed",
        Duration::from_secs(30),
        || match member_status(&server, &client_node) {
            Some(status) if status == "failed" => Ok(()),
            other => Err(format!("{other:?}")),
        },
    );
    assert_eq!(member_json(&server, &client_node)["Status"], 4);

    // Nothing answers at the dead client's address any more: exit 3, fast.
    let started = Instant::now();
    let out = consulctl_at(&client_addr)
        .args(["agent", "members"])
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    let err = fails(&out, 3);
    assert!(err.contains("cannot reach Consul"), "{err}");
    assert!(elapsed < Duration::from_secs(1), "took {elapsed:?}");

    let out = run(&server, &["agent", "force-leave", &client_node]);
    assert_eq!(
        ok(&out),
        format!("Member {client_node:?} forced to leave.\n")
    );
    eventually(
        "the forced member is listed as left",
        Duration::from_secs(10),
        || match member_status(&server, &client_node) {
            Some(status) if status == "left" => Ok(()),
            other => Err(format!("{other:?}")),
        },
    );
    assert_eq!(member_json(&server, &client_node)["Status"], 3);
    assert_eq!(
        member_status(&server, &server_node).as_deref(),
        Some("alive")
    );
}

#[test]
fn force_leave_of_an_unknown_node_exits_1_naming_it() {
    let agent = Agent::shared();
    let node = unique("nosuch-node");
    let err = fails(&run(agent, &["agent", "force-leave", &node]), 1);
    assert!(
        err.contains(&format!("no member is named {node:?}")),
        "{err}"
    );
    assert!(err.contains("agent members"), "{err}");

    let out = run(agent, &["agent", "force-leave", &node, "-o", "json"]);
    fails(&out, 1);
}

#[test]
fn node_maintenance_adds_and_removes_its_check() {
    // An agent of its own: a node in maintenance fails every health query on it.
    let mut options = AgentOptions::dev(&unique("maint"));
    options.ip = "127.77.0.3".to_string();
    let agent = Agent::start(options);

    let out = run(
        &agent,
        &[
            "agent",
            "maintenance",
            "enable",
            "--reason",
            "kernel upgrade",
        ],
    );
    assert_eq!(ok(&out), "Node maintenance enabled.\n");
    let check = &agent.checks()["_node_maintenance"];
    assert_eq!(check["Status"], "critical");
    assert_eq!(check["Notes"], "kernel upgrade");
    assert_eq!(check["Type"], "maintenance");

    let out = run(&agent, &["check", "list"]);
    let rows = table_rows(&ok(&out));
    let row = rows
        .iter()
        .find(|r| r["ID"] == "_node_maintenance")
        .expect("listed");
    assert_eq!(row["Status"], "critical");

    let out = run(&agent, &["agent", "maintenance", "disable"]);
    assert_eq!(ok(&out), "Node maintenance disabled.\n");
    assert!(
        agent.checks().get("_node_maintenance").is_none(),
        "{}",
        agent.checks()
    );

    // JSON output says what was done.
    let out = run(
        &agent,
        &[
            "agent",
            "maintenance",
            "enable",
            "--reason",
            "r2",
            "-o",
            "json",
        ],
    );
    ok(&out);
    assert_eq!(json_of(&out), json!({"Maintenance": true, "Reason": "r2"}));
    assert_eq!(agent.checks()["_node_maintenance"]["Notes"], "r2");
    let out = run(&agent, &["agent", "maintenance", "disable", "-o", "json"]);
    ok(&out);
    assert_eq!(json_of(&out), json!({"Maintenance": false, "Reason": null}));
    assert!(agent.checks().get("_node_maintenance").is_none());
}

#[test]
fn a_stopped_agent_exits_3_within_a_second() {
    let addr = format!("127.0.0.1:{}", unused_port());
    for args in [
        vec!["agent", "members"],
        vec!["agent", "self", "-o", "json"],
        vec!["check", "list"],
        vec!["check", "ttl", "pass", "x"],
        vec!["service", "register", "web", "--port", "80"],
        vec!["agent", "maintenance", "enable"],
    ] {
        let started = Instant::now();
        let out = consulctl_at(&addr).args(&args).output().unwrap();
        let elapsed = started.elapsed();
        let err = fails(&out, 3);
        assert!(
            err.contains(&format!("cannot reach Consul at http://{addr}/v1/")),
            "{args:?}: {err}"
        );
        assert!(
            elapsed < Duration::from_secs(1),
            "{args:?} took {elapsed:?}"
        );
    }
}

/// `consulctl check list -o json | head -c 10` against a real agent whose listings are far
/// larger than the output buffer: the reader stopping early is no failure, in JSON (re-encoded
/// as it streams) and in tables, for checks and services.
#[test]
fn a_closed_pipe_ends_large_listings_quietly() {
    use std::io::Read;
    let checks: Vec<String> = (0..800)
        .map(|i| format!(r#"{{id = "pipe-check-{i}", name = "a check of the pipe", ttl = "1h"}}"#))
        .collect();
    let services: Vec<String> = (0..1200)
        .map(|i| {
            format!(
                r#"{{id = "pipe-svc-{i}", name = "pipe", port = {}}}"#,
                1000 + i
            )
        })
        .collect();
    let mut options = AgentOptions::dev("pipes");
    options
        .hcl
        .push(format!("checks = [{}]", checks.join(", ")));
    options
        .hcl
        .push(format!("services = [{}]", services.join(", ")));
    let agent = Agent::start(options);
    for listing in ["checks", "services"] {
        let size = agent.get(&format!("/v1/agent/{listing}")).to_string().len();
        assert!(size > 128 * 1024, "{listing}: only {size} bytes");
        for format in ["json", "table"] {
            let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_consulctl"))
                .args(["agent", listing, "-o", format])
                .env_clear()
                .env("CONSUL_HTTP_ADDR", agent.addr())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            let mut first = [0u8; 10];
            child.stdout.take().unwrap().read_exact(&mut first).unwrap();
            let output = child.wait_with_output().unwrap();
            assert_eq!(
                output.status.code(),
                Some(0),
                "{listing} {format}: {output:?}"
            );
            assert_eq!(
                String::from_utf8_lossy(&output.stderr),
                "",
                "{listing} {format}"
            );
        }
    }
}
