//! `service wait`, `check wait`, `check list --all-nodes` and the watches of `check list` and
//! `service list` over every Consul version's answers
//! of the catalog's health endpoints (tests/corpus/health_* for the real 1.8.7 agent,
//! tests/corpus/versions/*/health_* for 1.10 to 1.22), in every output format, against a
//! wiremock agent that answers as that version does, with an `X-Consul-Index` on every read as
//! Consul sends it. The commands need one answer when the condition already holds; when it does
//! not, they block again until their --timeout, and exit with the documented status 4.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use serde_json::Value;
use wiremock::matchers::{method, path, path_regex, query_param};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::cli_versions_corpus::{
    file, files, json_is_the_answer, ok_run, raw_items, table_shows_only_meant_values, tokens,
    versions,
};
use crate::support::{consulctl_at, run, stderr_of, stdout_of, Mock};

/// The documented status of a wait whose --timeout passed.
const TIMED_OUT: i32 = 4;

fn indexed(bytes: Vec<u8>) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .insert_header("X-Consul-Index", "57")
        .insert_header("X-Consul-Knownleader", "true")
        .set_body_raw(bytes, "application/json; charset=utf-8")
}

fn stem(name: &str) -> &str {
    name.trim_end_matches(".json")
}

/// The node a health_node answer is about (its checks' `Node`).
fn node_of(answer: &[u8]) -> Option<String> {
    let checks: Vec<Value> = serde_json::from_slice(answer).ok()?;
    Some(checks.first()?["Node"].as_str()?.to_string())
}

/// A mock agent answering the health endpoints as `dir`'s version does, and the agent's own
/// checks and self (which `check wait` reads).
fn health_agent(dir: &Path) -> Mock {
    let mock = Mock::start();
    let get = |route: String, bytes: Vec<u8>| {
        mock.expect(
            Expect::given(method("GET"))
                .and(path(route))
                .respond_with(indexed(bytes)),
        )
    };
    get("/v1/agent/checks".into(), file(dir, "checks", "all.json"));
    get(
        "/v1/agent/self".into(),
        file(dir, "agent_self", "self.json"),
    );
    for (name, bytes) in files(dir, "health_service") {
        match stem(&name).split_once("-tag-") {
            // Answered to `?tag=T`.
            Some((service, tag)) => mock.expect(
                Expect::given(method("GET"))
                    .and(path(format!("/v1/health/service/{service}")))
                    .and(query_param("tag", tag))
                    .respond_with(indexed(bytes))
                    .with_priority(1),
            ),
            None => get(format!("/v1/health/service/{}", stem(&name)), bytes),
        }
    }
    for (name, bytes) in files(dir, "health_state") {
        get(format!("/v1/health/state/{}", stem(&name)), bytes);
    }
    for (name, bytes) in files(dir, "health_checks") {
        match stem(&name).split_once('-') {
            // Answered to `?filter=Status == "STATE"`.
            Some((service, state)) => mock.expect(
                Expect::given(method("GET"))
                    .and(path(format!("/v1/health/checks/{service}")))
                    .and(query_param("filter", format!("Status == \"{state}\"")))
                    .respond_with(indexed(bytes))
                    .with_priority(1),
            ),
            None => get(format!("/v1/health/checks/{}", stem(&name)), bytes),
        }
    }
    let node = file(dir, "health_node", "node.json");
    get(
        format!(
            "/v1/health/node/{}",
            node_of(&node).expect("a node's checks")
        ),
        node,
    );
    get(
        "/v1/health/node/nowhere".into(),
        file(dir, "health_node", "unknown.json"),
    );
    get(
        "/v1/agent/services".into(),
        file(dir, "services", "all.json"),
    );
    // The watches of the agent's lists wait on the catalog's copy of the agent's node.
    let (_, node) = files(dir, "catalog_node")
        .into_iter()
        .find(|(name, _)| name != "unknown.json")
        .expect("a node's services");
    mock.expect(
        Expect::given(method("GET"))
            .and(path_regex("^/v1/catalog/node/[^/]+$"))
            .respond_with(indexed(node)),
    );
    mock
}

/// consulctl's status, stdout and stderr; nothing may panic.
fn run_any(mock: &Mock, version: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let out = run(consulctl_at(&mock.addr()).args(args));
    let stderr = stderr_of(&out);
    assert!(
        !stderr.contains("panicked"),
        "{version}: consulctl {args:?} panicked: {stderr}"
    );
    (out.status.code(), stdout_of(&out), stderr)
}

/// Every `address:port` line is one a client can dial: no port 0, IPv6 in brackets.
fn addrs_are_dialable(version: &str, args: &[&str], addrs: &str) {
    for line in addrs.lines() {
        let (host, port) = line
            .rsplit_once(':')
            .unwrap_or_else(|| panic!("{version}: {args:?}: not address:port: {line:?}"));
        assert!(
            port.parse::<u16>().is_ok_and(|p| p != 0),
            "{version}: {args:?}: port of {line:?}"
        );
        if host.contains(':') {
            assert!(
                host.starts_with('[') && host.ends_with(']'),
                "{version}: {args:?}: IPv6 without brackets: {line:?}"
            );
        }
        assert!(
            !host.is_empty(),
            "{version}: {args:?}: no address: {line:?}"
        );
    }
}

/// Whether every check on an instance passes (or warns, when allowed): Consul's own rule for
/// a healthy instance.
fn healthy(entry: &Value, allow_warning: bool) -> bool {
    entry["Checks"].as_array().into_iter().flatten().all(|c| {
        let status = c["Status"].as_str().unwrap_or("");
        status == "passing" || (allow_warning && status == "warning")
    })
}

/// Where an instance listens: `None` for a unix socket, else its port (a multi-port service's
/// default one).
fn port_of(service: &Value) -> Option<u64> {
    if service["SocketPath"]
        .as_str()
        .is_some_and(|s| !s.is_empty())
    {
        return None;
    }
    let port = service["Port"].as_u64().unwrap_or(0);
    if port != 0 {
        return Some(port);
    }
    service["Ports"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["Default"] == Value::Bool(true))
        .and_then(|p| p["Port"].as_u64())
}

#[test]
fn service_wait_over_every_version_in_every_format() {
    for (version, dir) in versions() {
        let mock = health_agent(&dir);
        for (name, answer) in files(&dir, "health_service") {
            let mut args = vec!["service", "wait"];
            match stem(&name).split_once("-tag-") {
                Some((service, tag)) => args.extend([service, "--tag", tag]),
                None => args.push(stem(&name)),
            }
            let entries: Vec<Value> = serde_json::from_slice(&answer).unwrap();
            let raw = raw_items(&answer);
            for allow_warning in [false, true] {
                let mut args = args.clone();
                if allow_warning {
                    args.push("--allow-warning");
                }
                let kept: Vec<usize> = (0..entries.len())
                    .filter(|&n| healthy(&entries[n], allow_warning))
                    .collect();
                if entries.is_empty() {
                    if allow_warning {
                        // --absent counts registered instances, healthy or not.
                        continue;
                    }
                    args.push("--absent");
                } else if kept.is_empty() {
                    // Nothing healthy: the wait blocks on until its timeout, then says why.
                    args.extend(["--timeout", "300ms"]);
                    let (code, stdout, stderr) = run_any(&mock, version, &args);
                    assert_eq!(code, Some(TIMED_OUT), "{version}: {args:?}: {stderr}");
                    assert_eq!(stdout, "", "{version}: {args:?}");
                    assert!(
                        stderr.contains("timed out after 300ms") && stderr.contains("not healthy"),
                        "{version}: {args:?}: {stderr}"
                    );
                    for entry in &entries {
                        let id = entry["Service"]["ID"].as_str().unwrap();
                        assert!(stderr.contains(id), "{version}: {args:?}: {id}: {stderr}");
                    }
                    continue;
                }

                let table = ok_run(&mock, version, &args);
                table_shows_only_meant_values(version, &args, &table);
                if kept.is_empty() {
                    assert!(table.contains("No instance of"), "{version}: {table}");
                } else {
                    assert_eq!(table.lines().count(), kept.len() + 1, "{version}: {table}");
                }

                let json_args = [&args[..], &["-o", "json"]].concat();
                let json = ok_run(&mock, version, &json_args);
                let as_sent: Vec<&str> = kept.iter().map(|&n| raw[n].as_str()).collect();
                json_is_the_answer(
                    version,
                    &json_args,
                    &json,
                    format!("[{}]", as_sent.join(",")).as_bytes(),
                );

                let addrs_args = [&args[..], &["-o", "addrs"]].concat();
                let (code, addrs, stderr) = run_any(&mock, version, &addrs_args);
                assert_eq!(code, Some(0), "{version}: {addrs_args:?}: {stderr}");
                addrs_are_dialable(version, &addrs_args, &addrs);
                let sockets: Vec<&str> = kept
                    .iter()
                    .filter(|&&n| port_of(&entries[n]["Service"]).is_none())
                    .map(|&n| entries[n]["Service"]["ID"].as_str().unwrap())
                    .collect();
                assert_eq!(
                    addrs.lines().count(),
                    kept.len() - sockets.len(),
                    "{version}: {addrs_args:?}:\n{addrs}"
                );
                for &n in &kept {
                    if let Some(port) = port_of(&entries[n]["Service"]) {
                        assert!(
                            addrs.lines().any(|l| l.ends_with(&format!(":{port}"))),
                            "{version}: {addrs_args:?}: port {port} missing:\n{addrs}"
                        );
                    }
                }
                if sockets.is_empty() {
                    assert_eq!(stderr, "", "{version}: {addrs_args:?}");
                } else {
                    assert_eq!(stderr.lines().count(), 1, "{version}: {stderr}");
                    assert!(
                        stderr.contains("left out of -o addrs"),
                        "{version}: {stderr}"
                    );
                    for id in sockets {
                        assert!(stderr.contains(id), "{version}: {id}: {stderr}");
                    }
                }
            }
        }
    }
}

#[test]
fn check_list_all_nodes_over_every_version_in_every_format() {
    for (version, dir) in versions() {
        let mock = health_agent(&dir);
        let mut cases: Vec<(Vec<String>, Vec<u8>)> = Vec::new();
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        cases.push((
            words("check list --all-nodes"),
            file(&dir, "health_state", "any.json"),
        ));
        for (name, answer) in files(&dir, "health_state") {
            if ["any", "passing", "warning", "critical"].contains(&stem(&name)) {
                let line = format!("check list --all-nodes --state {}", stem(&name));
                cases.push((words(&line), answer));
            }
        }
        for (name, answer) in files(&dir, "health_checks") {
            let line = match stem(&name).split_once('-') {
                Some((service, state)) => {
                    format!("check list --all-nodes --service {service} --state {state}")
                }
                None => format!("check list --all-nodes --service {}", stem(&name)),
            };
            cases.push((words(&line), answer));
        }
        let node_answer = file(&dir, "health_node", "node.json");
        let node = node_of(&node_answer).unwrap();
        cases.push((
            words(&format!("check list --all-nodes --node {node}")),
            node_answer,
        ));
        cases.push((
            words("check list --all-nodes --node nowhere"),
            file(&dir, "health_node", "unknown.json"),
        ));
        for (line, answer) in cases {
            let args: Vec<&str> = line.iter().map(String::as_str).collect();
            let table = ok_run(&mock, version, &args);
            table_shows_only_meant_values(version, &args, &table);
            let checks = raw_items(&answer);
            assert_eq!(
                table.lines().count(),
                checks.len() + 1,
                "{version}: {args:?}: one row a check:\n{table}"
            );
            let json_args = [&args[..], &["-o", "json"]].concat();
            let json = ok_run(&mock, version, &json_args);
            json_is_the_answer(version, &json_args, &json, &answer);
        }
    }
}

#[test]
fn check_wait_over_every_version_in_every_format() {
    for (version, dir) in versions() {
        let mock = health_agent(&dir);
        let answer = file(&dir, "checks", "all.json");
        let checks: serde_json::Map<String, Value> = serde_json::from_slice(&answer).unwrap();
        let raw: std::collections::BTreeMap<String, Box<serde_json::value::RawValue>> =
            serde_json::from_slice(&answer).unwrap();
        for (id, check) in &checks {
            let status = check["Status"].as_str().unwrap();
            if !["passing", "warning", "critical"].contains(&status) {
                continue;
            }
            // The status already holds: one answer is enough.
            let args = ["check", "wait", id.as_str(), "--status", status];
            let table = ok_run(&mock, version, &args);
            table_shows_only_meant_values(version, &args, &table);
            assert!(table.contains(id.as_str()), "{version}: {args:?}: {table}");
            let json_args = [&args[..], &["-o", "json"]].concat();
            let json = ok_run(&mock, version, &json_args);
            json_is_the_answer(version, &json_args, &json, raw[id].get().as_bytes());
        }
        // A status that does not come: blocking reads of the node's checks until the timeout.
        let (id, check) = checks
            .iter()
            .find(|(_, c)| c["Status"] != "critical")
            .expect("a check that is not critical");
        let args = [
            "check",
            "wait",
            id.as_str(),
            "--status",
            "critical",
            "--timeout",
            "300ms",
        ];
        let (code, stdout, stderr) = run_any(&mock, version, &args);
        assert_eq!(code, Some(TIMED_OUT), "{version}: {args:?}: {stderr}");
        assert_eq!(stdout, "", "{version}: {args:?}");
        assert!(
            stderr.contains(id.as_str()) && stderr.contains(check["Status"].as_str().unwrap()),
            "{version}: {args:?}: {stderr}"
        );
        let blocked = mock
            .requests()
            .into_iter()
            .filter(|r| r.url.path().starts_with("/v1/health/node/"))
            .filter(|r| r.url.query_pairs().any(|(k, v)| k == "index" && v == "57"))
            .count();
        assert!(
            blocked >= 1,
            "{version}: {args:?}: no blocking read with the index"
        );
    }
}

/// Every health answer of every version decodes with the models consulctl reads it with (the
/// catalog's view of a node is only waited on by `service list --watch`, never shown).
#[test]
fn health_answers_of_every_version_decode() {
    use consulctl::api::{CatalogCheck, CatalogNode, ServiceHealth};
    fn decodes<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<(), String> {
        serde_json::from_slice::<T>(bytes)
            .map(drop)
            .map_err(|e| e.to_string())
    }
    for (version, dir) in versions() {
        for (folder, decode) in [
            (
                "health_service",
                decodes::<Vec<ServiceHealth>> as fn(&[u8]) -> _,
            ),
            ("health_state", decodes::<Vec<CatalogCheck>>),
            ("health_checks", decodes::<Vec<CatalogCheck>>),
            ("health_node", decodes::<Vec<CatalogCheck>>),
            ("catalog_node", decodes::<Option<CatalogNode>>),
            (
                "catalog_services",
                decodes::<std::collections::BTreeMap<String, Option<Vec<String>>>>,
            ),
        ] {
            let answers = files(&dir, folder);
            assert!(!answers.is_empty(), "{version}: {folder}/ is empty");
            for (name, bytes) in answers {
                assert!(!tokens(&bytes).is_empty(), "{version}: {folder}/{name}");
                if let Err(e) = decode(&bytes) {
                    panic!("{version}: {folder}/{name}: {e}");
                }
            }
        }
    }
}

fn version_dir(version: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/versions")
        .join(version)
}

/// Consul 1.22's healthy instances written out by hand: a multi-port instance shows its default
/// port (with `Port` 0, and with no `Port`, on an IPv6 node), a socket instance its path and no
/// port; the warning instance api-3 is left out.
#[test]
fn service_wait_table_of_1_22_by_hand() {
    let mock = health_agent(&version_dir("1.22"));
    assert_eq!(
        ok_run(&mock, "1.22", &["service", "wait", "api"]),
        "\
Node          Address            Port  Service ID    Tags       Health
client-web-1  10.0.0.21          9001  api-1         v1,zone-1  2 passing
client-v6     2001:db8::21       9002  api-v6        v1         2 passing
client-web-1  /run/api/api.sock        api-sock      v1,sock    2 passing
client-web-1  10.0.0.21          9101  api-multi     v1,mp      2 passing
client-v6     2001:db8::21       9102  api-multi-v6  v1,mp      2 passing
"
    );
    let (code, addrs, stderr) = run_any(&mock, "1.22", &["service", "wait", "api", "-o", "addrs"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        addrs,
        "\
10.0.0.21:9001
[2001:db8::21]:9002
10.0.0.21:9101
[2001:db8::21]:9102
"
    );
    assert!(stderr.contains("api-sock on client-web-1"), "{stderr}");
}

/// Consul 1.21 Enterprise: the instances of the default namespace show no tenancy column; those
/// of namespace `frontend` add a Namespace column (the partition is the default: no column).
#[test]
fn service_wait_table_of_1_21_enterprise_by_hand() {
    let mock = health_agent(&version_dir("1.21-ent"));
    assert_eq!(
        ok_run(
            &mock,
            "1.21-ent",
            &["service", "wait", "api", "--allow-warning"]
        ),
        "\
Node          Address            Port  Service ID  Tags       Health
client-web-1  10.0.0.21          9001  api-1       v1,zone-1  2 passing
client-v6     2001:db8::21       9002  api-v6      v1         2 passing
server-1      10.0.0.10          9003  api-3       v1,canary  1 passing, 1 warning
client-web-1  /run/api/api.sock        api-sock    v1,sock    2 passing
"
    );
    assert_eq!(
        ok_run(
            &mock,
            "1.21-ent",
            &["service", "wait", "cart", "--min", "2"]
        ),
        "\
Node          Address       Port  Service ID  Tags  Health     Namespace
client-web-1  10.0.0.21     7070  cart-1      v3    2 passing  frontend
client-v6     2001:db8::21  7070  cart-2      v3    2 passing  frontend
"
    );
}

/// The datacenter's checks on Consul 1.22, written out by hand: the most severe first, then by
/// node and ID, with the agent's Type column (empty for Serf's own check); no tenancy columns on
/// Community Edition.
#[test]
fn check_list_all_nodes_of_1_22_by_hand() {
    let mock = health_agent(&version_dir("1.22"));
    assert_eq!(
        ok_run(&mock, "1.22", &["check", "list", "--all-nodes", "--state", "warning"]),
        "\
Node      ID             Name                 Status   Type  Service  Output
server-1  backup         nightly backup       warning  ttl            backup took 3h, longer than its 2h window
server-1  service:api-3  Service 'api' check  warning  http  api-3    HTTP GET http://10.0.0.10:9003/health: 429 Too Many Requests Output: slow down
"
    );
    assert_eq!(
        ok_run(&mock, "1.22", &["check", "list", "--all-nodes", "--node", "server-1"]),
        "\
Node      ID             Name                 Status   Type  Service  Output
server-1  backup         nightly backup       warning  ttl            backup took 3h, longer than its 2h window
server-1  service:api-3  Service 'api' check  warning  http  api-3    HTTP GET http://10.0.0.10:9003/health: 429 Too Many Requests Output: slow down
server-1  serfHealth     Serf Health Status   passing                 Agent alive and reachable
"
    );
}

/// Consul 1.21 Enterprise: `check list --all-nodes` adds a Namespace column when a check is
/// outside the default namespace, as `check list` on the agent does; none when every check is in
/// the default one.
#[test]
fn check_list_all_nodes_of_1_21_enterprise_by_hand() {
    let mock = health_agent(&version_dir("1.21-ent"));
    assert_eq!(
        ok_run(&mock, "1.21-ent", &["check", "list", "--all-nodes", "--state", "critical"]),
        "\
Node          ID           Name                 Status    Type  Service  Output                                                Namespace
client-web-1  service:web  Service 'web' check  critical  http  web      dial tcp 10.0.0.21:8080: connect: connection refused  frontend
"
    );
    assert_eq!(
        ok_run(&mock, "1.21-ent", &["check", "list", "--all-nodes", "--state", "warning"]),
        "\
Node      ID             Name                 Status   Type  Service  Output
server-1  backup         nightly backup       warning  ttl            backup took 3h, longer than its 2h window
server-1  service:api-3  Service 'api' check  warning  http  api-3    HTTP GET http://10.0.0.10:9003/health: 429 Too Many Requests Output: slow down
"
    );
    let table = ok_run(&mock, "1.21-ent", &["check", "list", "--all-nodes"]);
    let header = table.lines().next().unwrap();
    assert!(header.ends_with("Namespace"), "{table}");
    assert!(!header.contains("Partition"), "{table}");
    assert_eq!(
        table.lines().filter(|l| l.ends_with("  frontend")).count(),
        1,
        "{table}"
    );
}

/// With -o addrs, --min counts the instances it can print: on Consul 1.22 five `api` instances
/// are healthy, one of them on a unix socket, so four addresses meet --min 4 and not --min 5
/// (which a table meets), and the timeout says why.
#[test]
fn service_wait_addrs_counts_only_instances_with_an_address() {
    let mock = health_agent(&version_dir("1.22"));
    let (code, addrs, stderr) = run_any(
        &mock,
        "1.22",
        &["service", "wait", "api", "--min", "4", "-o", "addrs"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(addrs.lines().count(), 4, "{addrs}");
    let table = ok_run(&mock, "1.22", &["service", "wait", "api", "--min", "5"]);
    assert_eq!(table.lines().count(), 6, "{table}");
    let args = [
        "service",
        "wait",
        "api",
        "--min",
        "5",
        "-o",
        "addrs",
        "--timeout",
        "300ms",
    ];
    let (code, addrs, stderr) = run_any(&mock, "1.22", &args);
    assert_eq!(code, Some(TIMED_OUT), "{stderr}");
    assert_eq!(addrs, "");
    assert_eq!(
        stderr,
        "error: timed out after 300ms waiting for 5 healthy instances of \"api\": 5 healthy, 4 of \
them with an address:port (-o addrs counts only those); without one: api-sock on client-web-1\n"
    );
}

/// A watch started in the background against the mock; its stdout lines as they come.
fn watch(mock: &Mock, args: &[&str]) -> (Child, Receiver<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_consulctl"))
        .env_clear()
        .env("CONSUL_HTTP_ADDR", mock.addr())
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

/// The first `count` lines of a watch (a generous limit: an answer is at hand at once).
fn first_lines(version: &str, args: &[&str], lines: &Receiver<String>, count: usize) -> String {
    let mut seen = String::new();
    for _ in 0..count {
        match lines.recv_timeout(Duration::from_secs(20)) {
            Ok(line) => {
                seen.push_str(&line);
                seen.push('\n');
            }
            Err(_) => panic!("{version}: {args:?}: only this came:\n{seen}"),
        }
    }
    seen
}

/// Ctrl-C, as a user ends a watch: exit 0, and nothing printed after the first state (the
/// answers do not change).
fn interrupt(version: &str, args: &[&str], mut child: Child, lines: Receiver<String>) {
    // SAFETY: kill(2) with a plain pid and signal.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let status = child.wait().expect("consulctl ends");
    assert_eq!(status.code(), Some(0), "{version}: {args:?}");
    let rest: Vec<String> = lines.iter().collect();
    assert!(
        rest.is_empty(),
        "{version}: {args:?}: a change where none was: {rest:?}"
    );
}

/// The watches over every version's answers: the current state first (a table as without
/// --watch, or Consul's answer as sent), nothing more while nothing changes, exit 0 on Ctrl-C.
#[test]
fn watches_over_every_version_in_every_format() {
    for (version, dir) in versions() {
        let mock = health_agent(&dir);
        for (args, answer) in [
            (
                &["check", "list", "--all-nodes", "--watch"][..],
                file(&dir, "health_state", "any.json"),
            ),
            (
                &["service", "list", "--watch"],
                file(&dir, "services", "all.json"),
            ),
            (
                &["check", "list", "--watch"],
                file(&dir, "checks", "all.json"),
            ),
        ] {
            let once = ok_run(&mock, version, &args[..args.len() - 1]);
            let (child, lines) = watch(&mock, args);
            let table = first_lines(version, args, &lines, once.lines().count());
            assert_eq!(table, once, "{version}: {args:?}");
            table_shows_only_meant_values(version, args, &table);
            interrupt(version, args, child, lines);

            let json_args = [args, &["-o", "json"]].concat();
            let (child, lines) = watch(&mock, &json_args);
            let json = first_lines(version, &json_args, &lines, 1);
            json_is_the_answer(version, &json_args, &json, &answer);
            interrupt(version, &json_args, child, lines);
        }
    }
}

/// A mock agent for the datacenter-wide views: [`health_agent`], the catalog's services, two
/// datacenters (each answered alike: the mock does not look at `?dc=`), and for a service whose
/// instances the corpus does not hold (1.8.7's `consul`), the answer for an unknown service.
fn catalog_agent(dir: &Path) -> Mock {
    let mock = health_agent(dir);
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/catalog/services"))
            .respond_with(indexed(file(dir, "catalog_services", "all.json"))),
    );
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/catalog/datacenters"))
            .respond_with(indexed(br#"["dc1","dc2"]"#.to_vec())),
    );
    mock.expect(
        Expect::given(method("GET"))
            .and(path_regex("^/v1/health/service/[^/]+$"))
            .respond_with(indexed(file(dir, "health_service", "unknown.json")))
            .with_priority(10),
    );
    mock
}

/// The answer the mock gives for `/v1/health/service/NAME`.
fn health_answer(dir: &Path, name: &str) -> Vec<u8> {
    match std::fs::read(dir.join("health_service").join(format!("{name}.json"))) {
        Ok(bytes) => bytes,
        Err(_) => file(dir, "health_service", "unknown.json"),
    }
}

/// `{"Services": catalog, "Health": {"NAME": answer, ...}}` from the corpus files' own bytes.
fn catalog_object(dir: &Path, names: &[String]) -> Vec<u8> {
    let mut health = b"{".to_vec();
    for (n, name) in names.iter().enumerate() {
        if n > 0 {
            health.push(b',');
        }
        health.extend(format!("{name:?}:").bytes());
        health.extend(health_answer(dir, name));
    }
    health.push(b'}');
    let mut object = b"{\"Services\":".to_vec();
    object.extend(file(dir, "catalog_services", "all.json"));
    object.extend(b",\"Health\":");
    object.extend(health);
    object.push(b'}');
    object
}

/// Each row the table must show for `name`: (namespace, instances, passing, warning, critical),
/// an instance counted by its worst check, worked out here from the answer.
fn expected_rows(answer: &[u8]) -> Vec<(String, [usize; 4])> {
    let entries: Vec<Value> = serde_json::from_slice(answer).unwrap();
    let mut rows: std::collections::BTreeMap<String, [usize; 4]> = Default::default();
    if entries.is_empty() {
        rows.insert(String::new(), [0; 4]);
    }
    for entry in &entries {
        let namespace = entry["Service"]["Namespace"]
            .as_str()
            .unwrap_or("")
            .to_string();
        let statuses: Vec<&str> = entry["Checks"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| c["Status"].as_str().unwrap())
            .collect();
        let column = if statuses.iter().any(|s| !["passing", "warning"].contains(s)) {
            3
        } else if statuses.contains(&"warning") {
            2
        } else {
            1
        };
        let row = rows.entry(namespace).or_default();
        row[0] += 1;
        row[column] += 1;
    }
    rows.into_iter().collect()
}

#[test]
fn service_list_all_nodes_over_every_version_in_every_format() {
    use crate::support::agent::table_rows;
    for (version, dir) in versions() {
        let mock = catalog_agent(&dir);
        let catalog: std::collections::BTreeMap<String, Value> =
            serde_json::from_slice(&file(&dir, "catalog_services", "all.json")).unwrap();
        let names: Vec<String> = catalog.keys().cloned().collect();

        let args = ["service", "list", "--all-nodes"];
        let table = ok_run(&mock, version, &args);
        table_shows_only_meant_values(version, &args, &table);
        let rows = table_rows(&table);
        let mut expected = Vec::new();
        for name in &names {
            for (namespace, counts) in expected_rows(&health_answer(&dir, name)) {
                expected.push((name.clone(), namespace, counts));
            }
        }
        let namespaced = expected
            .iter()
            .any(|(_, ns, _)| !ns.is_empty() && ns != "default");
        assert_eq!(
            table.lines().next().unwrap().contains("Namespace"),
            namespaced,
            "{version}: a Namespace column exactly when a service is outside the default:\n{table}"
        );
        assert_eq!(rows.len(), expected.len(), "{version}:\n{table}");
        for (row, (name, namespace, counts)) in rows.iter().zip(&expected) {
            let shown = ["Instances", "Passing", "Warning", "Critical"].map(|c| row[c].clone());
            assert_eq!(row["Service"], *name, "{version}:\n{table}");
            assert_eq!(
                shown,
                counts.map(|n| n.to_string()),
                "{version}: {name}:\n{table}"
            );
            if namespaced {
                assert_eq!(row["Namespace"], *namespace, "{version}:\n{table}");
            }
        }

        let json_args = [&args[..], &["-o", "json"]].concat();
        let json = ok_run(&mock, version, &json_args);
        let object = catalog_object(&dir, &names);
        json_is_the_answer(version, &json_args, &json, &object);

        // --tag: only the services the catalog lists with the tag.
        let tag_args = [&args[..], &["--tag", "primary", "-o", "json"]].concat();
        let json = ok_run(&mock, version, &tag_args);
        let tagged: Vec<String> = catalog
            .iter()
            .filter(|(_, tags)| {
                tags.as_array()
                    .is_some_and(|t| t.contains(&"primary".into()))
            })
            .map(|(name, _)| name.clone())
            .collect();
        json_is_the_answer(version, &tag_args, &json, &catalog_object(&dir, &tagged));

        // --all-datacenters: each datacenter's object, and a Datacenter column.
        let fed_args = [&args[..], &["--all-datacenters"]].concat();
        let table = ok_run(&mock, version, &fed_args);
        let rows = table_rows(&table);
        assert_eq!(rows.len(), 2 * expected.len(), "{version}:\n{table}");
        assert!(rows[..expected.len()]
            .iter()
            .all(|r| r["Datacenter"] == "dc1"));
        assert!(rows[expected.len()..]
            .iter()
            .all(|r| r["Datacenter"] == "dc2"));
        let json_args = [&fed_args[..], &["-o", "json"]].concat();
        let json = ok_run(&mock, version, &json_args);
        let both = [&b"{\"dc1\":"[..], &object, b",\"dc2\":", &object, b"}"].concat();
        json_is_the_answer(version, &json_args, &json, &both);

        // check list --all-nodes --all-datacenters: each datacenter's answer as sent.
        let check_args = ["check", "list", "--all-nodes", "--all-datacenters"];
        let any = file(&dir, "health_state", "any.json");
        let table = ok_run(&mock, version, &check_args);
        table_shows_only_meant_values(version, &check_args, &table);
        assert_eq!(
            table.lines().count(),
            2 * raw_items(&any).len() + 1,
            "{version}:\n{table}"
        );
        assert!(table.starts_with("Datacenter  "), "{version}:\n{table}");
        let json_args = [&check_args[..], &["-o", "json"]].concat();
        let json = ok_run(&mock, version, &json_args);
        let both = [&b"{\"dc1\":"[..], &any, b",\"dc2\":", &any, b"}"].concat();
        json_is_the_answer(version, &json_args, &json, &both);
    }
}
