//! `plan`, `apply` and `export` against every version's answers in the corpus
//! (tests/corpus/versions/: query lists, services and checks), answered by a mock: the fields
//! newer versions add (Targets, Peer, SamenessGroup, Enterprise's namespaces and partitions,
//! multi-port `Ports`, `SocketPath`, fields consulctl does not know) are never drift and never
//! dropped from a write.

use std::path::{Path, PathBuf};

use base64::Engine;
use serde_json::{json, Value};
use wiremock::matchers::{method, path, path_regex, query_param};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::support::{consulctl_at, run, stderr_of, stdout_of, Mock};

fn versions() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/versions");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("query_list/all.json").is_file())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 5, "{dirs:?}");
    dirs
}

/// The session apply's lock is taken with, as the mock answers.
const SESSION: &str = "6aeefa85-5662-a0bd-2ac7-4608522ab361";

/// Answers apply's lock of the default set as a free one: no key, a session, the acquire,
/// release and destroy.
fn lock_answers(mock: &Mock) {
    lock_answers_of(mock, "default");
}

/// [`lock_answers`] for the set `set`.
fn lock_answers_of(mock: &Mock, set: &str) {
    let lock = format!("/v1/kv/consulctl/sets/{set}/lock");
    let answer =
        |body: &str| ResponseTemplate::new(200).set_body_raw(body.to_string(), "application/json");
    mock.expect(
        Expect::given(method("GET"))
            .and(path(lock.as_str()))
            .respond_with(ResponseTemplate::new(404)),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/session/create"))
            .respond_with(answer(&format!(r#"{{"ID":"{SESSION}"}}"#))),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .and(path(lock.as_str()))
            .respond_with(answer("true")),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .and(path(format!("/v1/session/destroy/{SESSION}")))
            .respond_with(answer("true")),
    );
}

/// The lock's writes an apply sent, in order: what it takes and gives back.
fn lock_writes(mock: &Mock) -> Vec<String> {
    mock.requests()
        .iter()
        .filter(|r| r.method.as_str() != "GET")
        .filter(|r| !r.url.path().starts_with("/v1/query"))
        .map(|r| match r.url.query() {
            Some(query) => format!("{} {}?{query}", r.method, r.url.path()),
            None => format!("{} {}", r.method, r.url.path()),
        })
        .collect()
}

/// The agent's record of the default set accepts a write, as the KV store does.
fn record_answers(mock: &Mock) {
    mock.expect(
        Expect::given(method("PUT"))
            .and(path_regex("^/v1/kv/consulctl/sets/default/agents/[^/]+$"))
            .respond_with(
                ResponseTemplate::new(200).set_body_raw("true".to_string(), "application/json"),
            ),
    );
}

/// What a free lock's apply sends for it around the first write of the agent's record
/// (`node`'s): the record of what apply sent for the checks it registered.
fn taken_and_released_recording(node: &str) -> Vec<String> {
    let mut sent = taken_and_released();
    sent.insert(
        2,
        format!("PUT /v1/kv/consulctl/sets/default/agents/{node}?cas=0"),
    );
    sent
}

/// The node name of a version's agent, which names its record.
fn node_of(dir: &Path) -> String {
    let answered: Value =
        serde_json::from_slice(&std::fs::read(dir.join("agent_self/self.json")).unwrap()).unwrap();
    answered["Config"]["NodeName"].as_str().unwrap().to_string()
}

/// What a free lock's apply sends for it.
fn taken_and_released() -> Vec<String> {
    let lock = "/v1/kv/consulctl/sets/default/lock";
    vec![
        "PUT /v1/session/create".to_string(),
        format!("PUT {lock}?acquire={SESSION}"),
        format!("PUT {lock}?release={SESSION}"),
        format!("PUT /v1/session/destroy/{SESSION}"),
    ]
}

fn mock_with(list: &[u8]) -> Mock {
    let mock = Mock::start();
    lock_answers(&mock);
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/query"))
            .respond_with(
                ResponseTemplate::new(200).set_body_raw(list.to_vec(), "application/json"),
            ),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .and(path_regex("^/v1/query/[^/]+$"))
            .respond_with(ResponseTemplate::new(200)),
    );
    mock
}

fn without(query: &Value, keys: &[&str]) -> Value {
    let mut query = query.clone();
    query
        .as_object_mut()
        .unwrap()
        .retain(|k, _| !keys.contains(&k.as_str()));
    query
}

#[test]
fn every_versions_queries_are_in_sync_with_files_that_name_them_or_copy_them() {
    for dir in versions() {
        let list = std::fs::read(dir.join("query_list/all.json")).unwrap();
        let stored: Vec<Value> = serde_json::from_slice(&list).unwrap();
        let named: Vec<&Value> = stored.iter().filter(|q| q["Name"] != "").collect();
        let mock = mock_with(&list);
        // A file naming each query and its service only; and one copying each query whole, as
        // Consul answers it (its counters, ID and token aside).
        let minimal: Vec<Value> = named
            .iter()
            .map(|q| json!({"Name": q["Name"], "Service": {"Service": q["Service"]["Service"]}}))
            .collect();
        let whole: Vec<Value> = named
            .iter()
            .map(|q| without(q, &["ID", "CreateIndex", "ModifyIndex", "Token"]))
            .collect();
        for queries in [minimal, whole] {
            let files = tempfile::tempdir().unwrap();
            let file = files.path().join("queries.json");
            std::fs::write(&file, json!({ "queries": queries }).to_string()).unwrap();
            let output = run(consulctl_at(&mock.addr())
                .args(["--datacenter", "dc1", "plan", "--exit-code"])
                .arg(&file));
            assert_eq!(
                (output.status.code(), stdout_of(&output)),
                (
                    Some(0),
                    format!(
                        "Plan: 0 to create, 0 to change, {} unchanged.\n",
                        named.len()
                    )
                ),
                "{}: {}",
                dir.display(),
                stderr_of(&output)
            );
        }
        assert!(mock.requests().iter().all(|r| r.method.as_str() == "GET"));
    }
}

#[test]
fn a_change_keeps_every_field_the_file_does_not_mention_in_every_version() {
    for dir in versions() {
        let list = std::fs::read(dir.join("query_list/all.json")).unwrap();
        let stored: Vec<Value> = serde_json::from_slice(&list).unwrap();
        let mock = mock_with(&list);
        let named: Vec<&Value> = stored.iter().filter(|q| q["Name"] != "").collect();
        let queries: Vec<Value> = named
            .iter()
            .map(|q| {
                json!({"Name": q["Name"],
                       "Service": {"Service": q["Service"]["Service"], "OnlyPassing": true}})
            })
            .collect();
        let files = tempfile::tempdir().unwrap();
        let file = files.path().join("queries.json");
        std::fs::write(&file, json!({ "queries": queries }).to_string()).unwrap();
        let output = run(consulctl_at(&mock.addr())
            .args(["--datacenter", "dc1", "apply"])
            .arg(&file));
        let to_change: Vec<&&Value> = named
            .iter()
            .filter(|q| q["Service"]["OnlyPassing"] != true)
            .collect();
        let hidden: Vec<&&&Value> = to_change
            .iter()
            .filter(|q| q["Token"] == "<hidden>")
            .collect();
        let changed = to_change.len() - hidden.len();
        let unchanged = named.len() - to_change.len();
        let failed = if hidden.is_empty() {
            String::new()
        } else {
            format!(", {} failed", hidden.len())
        };
        let text = stdout_of(&output);
        assert!(
            text.ends_with(&format!(
                "Applied: 0 created, {changed} changed, {unchanged} unchanged{failed}.\n"
            )),
            "{}: {text}{}",
            dir.display(),
            stderr_of(&output)
        );
        // A query whose stored token Consul hides cannot be written without losing it: it
        // fails, names why, and the others are still written.
        assert_eq!(
            output.status.code(),
            Some(if hidden.is_empty() { 0 } else { 1 })
        );
        if !hidden.is_empty() {
            assert!(
                text.contains("Consul hides the query's stored token"),
                "{text}"
            );
        }
        assert_eq!(
            lock_writes(&mock),
            taken_and_released(),
            "{}",
            dir.display()
        );
        let writes: Vec<(String, Value)> = mock
            .requests()
            .iter()
            .filter(|r| r.method.as_str() == "PUT" && r.url.path().starts_with("/v1/query/"))
            .map(|r| {
                (
                    r.url.path().to_string(),
                    serde_json::from_slice(&r.body).unwrap(),
                )
            })
            .collect();
        assert_eq!(writes.len(), changed, "{}", dir.display());
        for query in to_change.iter().filter(|q| q["Token"] != "<hidden>") {
            let id = query["ID"].as_str().unwrap();
            let (_, body) = writes
                .iter()
                .find(|(p, _)| p == &format!("/v1/query/{id}"))
                .unwrap_or_else(|| panic!("{}: no write of {id}", dir.display()));
            let mut wanted = without(query, &["CreateIndex", "ModifyIndex"]);
            wanted["Service"]["OnlyPassing"] = json!(true);
            assert_eq!(body, &wanted, "{}", dir.display());
        }
    }
}

fn federation_mock() -> Mock {
    let mock = Mock::start();
    lock_answers(&mock);
    let answer =
        |body: &str| ResponseTemplate::new(200).set_body_raw(body.to_string(), "application/json");
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/catalog/datacenters"))
            .respond_with(answer(r#"["dc1","dc2"]"#)),
    );
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/query"))
            .and(query_param("dc", "dc1"))
            .respond_with(answer("[]")),
    );
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/query"))
            .and(query_param("dc", "dc2"))
            .respond_with(
                ResponseTemplate::new(500).set_body_string("rpc error: permission denied"),
            ),
    );
    mock.expect(
        Expect::given(method("POST"))
            .and(path("/v1/query"))
            .respond_with(answer(r#"{"ID":"c7e3228a-d4e7-d3ef-5d65-fbcea27e6cdc"}"#)),
    );
    // The set's record of what apply created: none yet, and its first write taken.
    mock.expect(
        Expect::given(method("GET"))
            .and(path_regex("^/v1/kv/"))
            .respond_with(ResponseTemplate::new(404)),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .and(path_regex("^/v1/kv/"))
            .respond_with(answer("true")),
    );
    mock
}

fn query_file() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("q.json"),
        r#"{"query": {"Name": "q", "Service": {"Service": "api"}}}"#,
    )
    .unwrap();
    dir
}

/// A datacenter whose queries cannot be read fails alone: the others are applied, the report
/// names it, and the exit status says it failed.
#[test]
fn a_failing_datacenter_fails_alone() {
    let mock = federation_mock();
    let dir = query_file();
    let output = run(consulctl_at(&mock.addr())
        .args(["apply", "--all-datacenters"])
        .arg(dir.path()));
    assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
    let text = stdout_of(&output);
    assert!(
        text.starts_with("+ query \"q\" in \"dc1\": created\n! query \"q\" in \"dc2\": failed: reading the queries of datacenter dc2: "),
        "{text}"
    );
    assert!(text.contains("permission denied"), "{text}");
    assert!(
        text.ends_with("Applied: 1 created, 0 changed, 0 unchanged, 1 failed.\n"),
        "{text}"
    );
    assert!(
        stderr_of(&output).starts_with(
            "error: 1 of 2 objects failed (query \"q\" in \"dc2\"); 1 other change went through"
        ),
        "{}",
        stderr_of(&output)
    );
    let posts: Vec<String> = mock
        .requests()
        .iter()
        .filter(|r| r.method.as_str() == "POST")
        .map(|r| r.url.query().unwrap_or("").to_string())
        .collect();
    assert_eq!(posts, ["dc=dc1"]);
}

/// `--dry-run apply` shows every write it would send, and sends none.
#[test]
fn a_dry_run_apply_shows_each_write() {
    let mock = federation_mock();
    let dir = query_file();
    let output = run(consulctl_at(&mock.addr())
        .args(["--dry-run", "apply", "--datacenter", "dc1"])
        .arg(dir.path()));
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let text = stdout_of(&output);
    assert!(text.contains("POST"), "{text}");
    assert!(text.contains("/v1/query?dc=dc1"), "{text}");
    assert!(mock.requests().iter().all(|r| r.method.as_str() == "GET"));
    // It writes nothing, so it takes no lock: not even a read of it.
    assert!(
        mock.requests()
            .iter()
            .all(|r| !r.url.path().starts_with("/v1/kv")),
        "{:?}",
        mock.requests()
    );
}

/// Makes `mock` answer `/v1/agent/self` as the 1.10 agent of the corpus does: its datacenter,
/// node name and version.
fn answers_agent_self_as_1_10(mock: &Mock) {
    let agent_self = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/versions/1.10/agent_self/self.json");
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/self"))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_raw(std::fs::read(agent_self).unwrap(), "application/json"),
            ),
    );
}

/// A field the agent is too old to know fails its object by name, before it is sent; the others
/// are written.
#[test]
fn a_field_too_new_for_the_agent_fails_its_object_alone() {
    let mock = federation_mock();
    answers_agent_self_as_1_10(&mock);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("q.json"),
        r#"{"queries": [{"Name": "peered", "Service": {"Service": "api", "Peer": "p1"}},
                        {"Name": "plain", "Service": {"Service": "api"}}]}"#,
    )
    .unwrap();
    let output = run(consulctl_at(&mock.addr())
        .args(["apply", "--datacenter", "dc1"])
        .arg(dir.path()));
    assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
    let text = stdout_of(&output);
    assert!(
        text.starts_with("! query \"peered\" in \"dc1\": failed: applying query \"peered\" in \"dc1\": a query's Peer (--peer) needs Consul 1.14.0 or newer"),
        "{text}"
    );
    assert!(
        text.contains("+ query \"plain\" in \"dc1\": created\n"),
        "{text}"
    );
    let posts = mock
        .requests()
        .iter()
        .filter(|r| r.method.as_str() == "POST")
        .count();
    assert_eq!(posts, 1);
}

/// A mock answering one version's agent listings, query list and agent self (their files in
/// `dir`), with `checks` for the agent's checks; writes answer 200. As a real Enterprise agent
/// does, a listing read without `ns` holds the default namespace's objects only, and one read
/// with `ns=X` those of X (the corpus's listings hold every namespace).
fn agent_mock(dir: &Path, checks: &[u8]) -> Mock {
    let mock = mock_with(&std::fs::read(dir.join("query_list/all.json")).unwrap());
    let answer = |body: Vec<u8>| ResponseTemplate::new(200).set_body_raw(body, "application/json");
    let services = std::fs::read(dir.join("services/all.json")).unwrap();
    for (endpoint, body) in [
        ("/v1/agent/services", services.as_slice()),
        ("/v1/agent/checks", checks),
    ] {
        let listing: Value = serde_json::from_slice(body).unwrap();
        let namespaces: std::collections::BTreeSet<&str> = listing
            .as_object()
            .unwrap()
            .values()
            .map(|listed| listed["Namespace"].as_str().unwrap_or("default"))
            .collect();
        for namespace in namespaces {
            let view = namespace_view(&listing, namespace).to_string().into_bytes();
            mock.expect(
                Expect::given(method("GET"))
                    .and(path(endpoint))
                    .and(query_param("ns", namespace))
                    .respond_with(answer(view.clone())),
            );
            if namespace == "default" {
                mock.expect(
                    Expect::given(method("GET"))
                        .and(path(endpoint))
                        .and(wiremock::matchers::query_param_is_missing("ns"))
                        .respond_with(answer(view)),
                );
            }
        }
    }
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/self"))
            .respond_with(answer(
                std::fs::read(dir.join("agent_self/self.json")).unwrap(),
            )),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .and(path_regex("^/v1/agent/(check|service)/register$"))
            .respond_with(ResponseTemplate::new(200)),
    );
    record_answers(&mock);
    mock
}

/// The objects of an agent listing (keyed by ID) in `namespace`: those that name it, or name
/// none when it is the default one.
fn namespace_view(listing: &Value, namespace: &str) -> Value {
    Value::Object(
        listing
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, listed)| in_namespace(listed, namespace))
            .map(|(id, listed)| (id.clone(), listed.clone()))
            .collect(),
    )
}

/// Every leaf of a JSON value that is not a zero value, by dotted path (list items by index),
/// skipping the top-level `skipped` keys.
fn non_zero_leaves(value: &Value, skipped: &[&str]) -> Vec<(String, Value)> {
    fn walk(prefix: String, value: &Value, out: &mut Vec<(String, Value)>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    walk(format!("{prefix}.{k}"), v, out);
                }
            }
            Value::Array(items) => {
                for (n, v) in items.iter().enumerate() {
                    walk(format!("{prefix}[{n}]"), v, out);
                }
            }
            Value::Null | Value::Bool(false) => {}
            Value::String(s) if s.is_empty() => {}
            Value::Number(n) if n.as_f64() == Some(0.0) => {}
            other => out.push((prefix, other.clone())),
        }
    }
    let mut out = Vec::new();
    for (k, v) in value.as_object().unwrap() {
        if !skipped.contains(&k.as_str()) {
            walk(k.clone(), v, &mut out);
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// `export` over every version's answers writes files that `plan` finds in sync, and keeps
/// every field those versions add (Targets, Peer, SamenessGroup, namespaces, partitions,
/// multi-port Ports, sockets), leaving out only Consul's bookkeeping, zero values and tokens.
#[test]
fn every_versions_answers_export_to_files_plan_finds_in_sync() {
    for dir in versions() {
        let checks = std::fs::read(dir.join("checks/all.json")).unwrap();
        let mock = agent_mock(&dir, &checks);
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("exported");
        let output = run(consulctl_at(&mock.addr())
            .args(["--datacenter", "dc1", "export"])
            .arg(&out));
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}: {}",
            dir.display(),
            stderr_of(&output)
        );
        let read = |file: &str| -> Value {
            serde_json::from_str(&std::fs::read_to_string(out.join(file)).unwrap()).unwrap()
        };
        let services = read("services.json");
        let exported_checks = read("checks.json");
        let queries = read("queries.json");

        let stored: Value =
            serde_json::from_slice(&std::fs::read(dir.join("query_list/all.json")).unwrap())
                .unwrap();
        let named: Vec<&Value> = stored
            .as_array()
            .unwrap()
            .iter()
            .filter(|q| q["Name"] != "")
            .collect();
        let written = queries["queries"].as_array().unwrap();
        assert_eq!(written.len(), named.len(), "{}", dir.display());
        for query in &named {
            let file = written
                .iter()
                .find(|w| w["Name"] == query["Name"])
                .unwrap_or_else(|| panic!("{}: {} not written", dir.display(), query["Name"]));
            assert_eq!(file["datacenters"], json!(["dc1"]));
            let hidden = query["Token"] == "<hidden>";
            assert_eq!(
                non_zero_leaves(file, &["datacenters"]),
                non_zero_leaves(query, &["ID", "CreateIndex", "ModifyIndex", "Token"]),
                "{}: {}{}",
                dir.display(),
                query["Name"],
                if hidden { " (hidden token)" } else { "" }
            );
        }
        // What the agent answers a read without `ns`: the default namespace's.
        let answered = namespace_view(
            &serde_json::from_slice(&std::fs::read(dir.join("services/all.json")).unwrap())
                .unwrap(),
            "default",
        );
        let services = services["services"].as_array().unwrap();
        assert_eq!(services.len(), answered.as_object().unwrap().len());
        for service in services {
            let id = service["ID"].as_str().unwrap();
            let mut wanted = answered[id].clone();
            let name = wanted.as_object_mut().unwrap().remove("Service").unwrap();
            wanted["Name"] = name;
            let default_weights = wanted["Weights"] == json!({"Passing": 1, "Warning": 1});
            let mut skipped = vec!["Datacenter"];
            if default_weights {
                skipped.push("Weights");
            }
            assert_eq!(
                non_zero_leaves(service, &[]),
                non_zero_leaves(&wanted, &skipped),
                "{}: {id}",
                dir.display()
            );
        }
        let answered_checks: Value = serde_json::from_slice(&checks).unwrap();
        for check in exported_checks["checks"].as_array().unwrap() {
            let id = check["ID"].as_str().unwrap();
            let answer = &answered_checks[id];
            for field in [
                "Name",
                "Notes",
                "ServiceID",
                "Interval",
                "Timeout",
                "Namespace",
            ] {
                let kept = &answer[field];
                let zero = kept.is_null() || kept == "";
                assert_eq!(
                    check.get(field),
                    (!zero).then_some(kept),
                    "{}: {id}.{field}",
                    dir.display()
                );
            }
        }
        assert!(mock.requests().iter().all(|r| r.method.as_str() == "GET"));

        let output = run(consulctl_at(&mock.addr())
            .args(["--datacenter", "dc1", "plan", "--exit-code"])
            .arg(&out));
        let objects =
            services.len() + exported_checks["checks"].as_array().unwrap().len() + written.len();
        assert_eq!(
            (output.status.code(), stdout_of(&output)),
            (
                Some(0),
                format!("Plan: 0 to create, 0 to change, {objects} unchanged.\n")
            ),
            "{}: {}",
            dir.display(),
            stderr_of(&output)
        );

        // Again into the folder it wrote, saying what it wrote as JSON.
        let output = run(consulctl_at(&mock.addr())
            .args(["--datacenter", "dc1", "-o", "json", "export"])
            .arg(&out));
        let said: Value = serde_json::from_slice(&output.stdout).unwrap();
        let file = |name: &str| out.join(name).display().to_string();
        assert_eq!(
            said,
            json!({"Files": [
                {"File": file("services.json"), "Kind": "services", "Count": services.len()},
                {"File": file("checks.json"), "Kind": "checks",
                 "Count": exported_checks["checks"].as_array().unwrap().len()},
                {"File": file("queries.json"), "Kind": "queries", "Count": written.len()}],
                "Datacenters": ["dc1"]}),
            "{}",
            dir.display()
        );
    }
}

/// Newer agents report a check's interval and timeout: a changed interval is planned (as Go
/// durations: `5000ms` is `5s`), applied with one registration, and once the agent reports
/// the new one, a second apply sends no write.
#[test]
fn a_changed_interval_is_planned_and_applied_where_the_agent_reports_it() {
    for dir in versions() {
        let checks = std::fs::read(dir.join("checks/all.json")).unwrap();
        let answered: Value = serde_json::from_slice(&checks).unwrap();
        let web = &answered["service:web"];
        assert_eq!(
            (&web["Type"], &web["Interval"], &web["Timeout"]),
            (&json!("tcp"), &json!("5s"), &json!("2s")),
            "{}",
            dir.display()
        );
        // Enterprise's check is in a namespace of its own: read and written with --namespace.
        let ns: Vec<&str> = match web["Namespace"].as_str() {
            Some(namespace) if namespace != "default" => vec!["--namespace", namespace],
            _ => Vec::new(),
        };
        let files = tempfile::tempdir().unwrap();
        let write = |interval: &str| {
            let check = json!({"check": {"id": "service:web", "name": web["Name"],
                "service_id": "web", "tcp": "127.0.0.1:8080", "interval": interval,
                "timeout": "2000ms"}});
            std::fs::write(files.path().join("check.json"), check.to_string()).unwrap();
        };
        let plan = |mock: &Mock| {
            run(consulctl_at(&mock.addr())
                .args(&ns)
                .args(["plan", "--exit-code"])
                .arg(files.path()))
        };
        let mock = agent_mock(&dir, &checks);
        write("5000ms");
        let output = plan(&mock);
        assert_eq!(
            (output.status.code(), stdout_of(&output)),
            (
                Some(0),
                "Plan: 0 to create, 0 to change, 1 unchanged.\n".to_string()
            ),
            "{}: {}",
            dir.display(),
            stderr_of(&output)
        );
        write("7s");
        let output = plan(&mock);
        assert_eq!(
            (output.status.code(), stdout_of(&output)),
            (
                Some(5),
                "~ check \"service:web\": change\n    Interval: \"5s\" -> \"7s\"\nPlan: 0 to create, 1 to change, 0 unchanged.\n".to_string()
            ),
            "{}: {}",
            dir.display(),
            stderr_of(&output)
        );
        let output = run(consulctl_at(&mock.addr())
            .args(&ns)
            .arg("apply")
            .arg(files.path()));
        assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
        let sent: Vec<Value> = mock
            .requests()
            .iter()
            .filter(|r| r.method.as_str() == "PUT" && r.url.path().starts_with("/v1/agent/"))
            .map(|r| {
                assert_eq!(r.url.path(), "/v1/agent/check/register");
                serde_json::from_slice(&r.body).unwrap()
            })
            .collect();
        assert_eq!(sent.len(), 1, "{}", dir.display());
        let others: Vec<String> = lock_writes(&mock)
            .into_iter()
            .filter(|w| !w.starts_with("PUT /v1/agent/"))
            .collect();
        // The set's lock and record are kept in the namespace the command works in.
        let in_namespace: Vec<String> = taken_and_released_recording(&node_of(&dir))
            .into_iter()
            .map(|w| match ns.get(1) {
                Some(namespace) if w.contains('?') => format!("{w}&ns={namespace}"),
                Some(namespace) => format!("{w}?ns={namespace}"),
                None => w,
            })
            .collect();
        assert_eq!(others, in_namespace, "{}", dir.display());
        assert_eq!(sent[0]["interval"], "7s");

        let mut moved = answered.clone();
        moved["service:web"]["Interval"] = json!("7s");
        let mock = agent_mock(&dir, moved.to_string().as_bytes());
        let output = run(consulctl_at(&mock.addr())
            .args(&ns)
            .arg("apply")
            .arg(files.path()));
        assert_eq!(
            stdout_of(&output),
            "Applied: 0 created, 0 changed, 1 unchanged.\n",
            "{}",
            dir.display()
        );
        assert!(mock.requests().iter().all(|r| r.method.as_str() == "GET"));
    }
}

/// The set's record as the KV store answers a read of it: `record` at `index`.
fn kv_answer(key: &str, record: &Value, index: u64) -> ResponseTemplate {
    use base64::Engine;
    let value = base64::engine::general_purpose::STANDARD.encode(record.to_string());
    ResponseTemplate::new(200).set_body_raw(
        json!([{"Key": key, "Value": value, "ModifyIndex": index, "CreateIndex": 1,
                "LockIndex": 0, "Flags": 0}])
        .to_string(),
        "application/json",
    )
}

/// Another writer changes the set's record between apply's read and its check-and-set write:
/// the write is refused, apply reads again and writes the merge, losing neither's entry. One
/// that keeps changing fails the record, naming what is left unrecorded.
#[test]
fn a_record_changed_under_apply_is_read_again_and_merged() {
    let key = "consulctl/sets/web/queries";
    let created = "c7e3228a-d4e7-d3ef-5d65-fbcea27e6cdc";
    let theirs = json!({"Format": 1, "Queries": [{"Name": "a", "ID": "1"}]});
    let merged_before =
        json!({"Format": 1, "Queries": [{"Name": "a", "ID": "1"}, {"Name": "b", "ID": "2"}]});
    for keeps_changing in [false, true] {
        let mock = Mock::start();
        lock_answers_of(&mock, "web");
        let answer = |body: &str| {
            ResponseTemplate::new(200).set_body_raw(body.to_string(), "application/json")
        };
        mock.expect(
            Expect::given(method("GET"))
                .and(path("/v1/query"))
                .respond_with(answer("[]")),
        );
        mock.expect(
            Expect::given(method("POST"))
                .and(path("/v1/query"))
                .respond_with(answer(&format!(r#"{{"ID":"{created}"}}"#))),
        );
        mock.expect(
            Expect::given(method("GET"))
                .and(path(format!("/v1/kv/{key}")))
                .respond_with(kv_answer(key, &theirs, 5))
                .up_to_n_times(if keeps_changing { 100 } else { 1 }),
        );
        mock.expect(
            Expect::given(method("GET"))
                .and(path(format!("/v1/kv/{key}")))
                .respond_with(kv_answer(key, &merged_before, 7)),
        );
        for (index, done) in [("5", "false"), ("7", "true")] {
            mock.expect(
                Expect::given(method("PUT"))
                    .and(path(format!("/v1/kv/{key}")))
                    .and(query_param("cas", index))
                    .respond_with(answer(done)),
            );
        }
        let dir = query_file();
        let output = run(consulctl_at(&mock.addr())
            .args(["apply", "--datacenter", "dc1", "--set", "web"])
            .arg(dir.path()));
        let puts: Vec<(String, Value)> = mock
            .requests()
            .iter()
            .filter(|r| r.method.as_str() == "PUT" && r.url.path() == format!("/v1/kv/{key}"))
            .map(|r| {
                (
                    r.url.query().unwrap_or("").to_string(),
                    serde_json::from_slice(&r.body).unwrap(),
                )
            })
            .collect();
        let mine = json!({"Name": "q", "ID": created});
        if keeps_changing {
            assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
            assert_eq!(puts.len(), 5, "{puts:?}");
            assert_eq!(
                stdout_of(&output),
                format!("+ query \"q\" in \"dc1\": created\n! record \"{key}\" in \"dc1\": failed: writing the record {key}: another writer changed it 5 times while this apply merged its change in; run the apply again; not recorded, so --prune will not delete them: query \"q\"\nApplied: 1 created, 0 changed, 0 unchanged, 1 failed.\n")
            );
            continue;
        }
        assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
        assert_eq!(
            puts,
            [
                (
                    "dc=dc1&cas=5".to_string(),
                    json!({"Format": 1, "Queries": [{"Name": "a", "ID": "1"}, mine]})
                ),
                (
                    "dc=dc1&cas=7".to_string(),
                    json!({"Format": 1, "Queries": [{"Name": "a", "ID": "1"}, {"Name": "b", "ID": "2"}, mine]})
                ),
            ]
        );
    }
}

/// With --prune, a datacenter whose queries cannot be read fails its deletes too, named, and
/// the other datacenter is still applied.
#[test]
fn with_prune_a_failing_datacenter_fails_its_deletes_alone() {
    let mock = federation_mock();
    answers_agent_self_as_1_10(&mock);
    for listing in ["services", "checks"] {
        mock.expect(
            Expect::given(method("GET"))
                .and(path(format!("/v1/agent/{listing}")))
                .respond_with(ResponseTemplate::new(200).set_body_raw("{}", "application/json")),
        );
    }
    let dir = query_file();
    let output = run(consulctl_at(&mock.addr())
        .args(["apply", "--all-datacenters", "--prune"])
        .arg(dir.path()));
    assert_eq!(output.status.code(), Some(1), "{}", stderr_of(&output));
    let text = stdout_of(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert_eq!(lines[0], "+ query \"q\" in \"dc1\": created");
    assert!(
        lines[1].starts_with(
            "! query \"q\" in \"dc2\": failed: reading the queries of datacenter dc2: "
        ),
        "{text}"
    );
    assert!(
        lines[2].starts_with("! set \"default\" in \"dc2\": failed: its deletes could not be planned: reading the queries of datacenter dc2: "),
        "{text}"
    );
    assert_eq!(
        lines[3],
        "Applied: 1 created, 0 changed, 0 unchanged, 2 failed."
    );
    let recorded: Vec<String> = mock
        .requests()
        .iter()
        .filter(|r| r.method.as_str() == "PUT")
        .map(|r| format!("{}?{}", r.url.path(), r.url.query().unwrap_or("")))
        .filter(|w| w.starts_with("/v1/kv/consulctl/sets/default/queries"))
        .collect();
    assert_eq!(
        recorded,
        ["/v1/kv/consulctl/sets/default/queries?dc=dc1&cas=0"]
    );
    let lock: Vec<String> = lock_writes(&mock)
        .into_iter()
        .filter(|w| !w.contains("/queries?"))
        .collect();
    assert_eq!(lock, taken_and_released());
}

/// A set another apply holds is refused at once (exit 4), naming the holder from the lock's
/// value, escaped; not one write is sent, not even a session. The plan is read first: an apply
/// with nothing to write takes no lock.
#[test]
fn a_held_set_is_refused_naming_the_holder_and_nothing_is_written() {
    let mock = federation_mock();
    let holder = json!({"Host": "runner-7", "User": "ci\u{1b}[2J", "PID": 4242,
        "Since": "Tue, 08 Dec 2026 01:50:00 GMT", "Set": "default", "Paths": ["web/", "db.hcl"]});
    let value = base64::engine::general_purpose::STANDARD.encode(holder.to_string());
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/kv/consulctl/sets/default/lock"))
            .respond_with(
                ResponseTemplate::new(200)
                    .insert_header("X-Consul-Index", "17")
                    .set_body_raw(
                        json!([{"LockIndex": 1, "Key": "consulctl/sets/default/lock",
                            "Flags": 0, "Value": value, "Session": "5e55-10n",
                            "CreateIndex": 16, "ModifyIndex": 17}])
                        .to_string(),
                        "application/json",
                    ),
            )
            .with_priority(1),
    );
    let dir = query_file();
    let output = run(consulctl_at(&mock.addr())
        .args(["apply", "--datacenter", "dc1"])
        .arg(dir.path()));
    assert_eq!(output.status.code(), Some(4), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "");
    assert_eq!(
        stderr_of(&output),
        "error: set \"default\" is held by another apply: user \"ci\\u{1b}[2J\" on host \"runner-7\" (pid 4242, since Tue, 08 Dec 2026 01:50:00 GMT), applying \"web/\", \"db.hcl\"; nothing was applied; to wait for it, add --lock-timeout 5m\n"
    );
    let sent: Vec<String> = mock
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.url.path()))
        .collect();
    assert_eq!(
        sent,
        ["GET /v1/query", "GET /v1/kv/consulctl/sets/default/lock"]
    );
}

/// `--lock-timeout` takes Go's durations; a bad one is refused before anything is sent.
#[test]
fn a_bad_lock_timeout_is_refused_before_anything_is_sent() {
    let mock = crate::support::silent_mock();
    let dir = query_file();
    let output = run(consulctl_at(&mock.addr())
        .args(["apply", "--lock-timeout", "30"])
        .arg(dir.path()));
    assert_eq!(output.status.code(), Some(2));
    let err = stderr_of(&output);
    assert!(
        err.contains("missing unit in duration \"30\": did you mean 30s?"),
        "{err}"
    );
    mock.verify();
}

/// A wait for the lock keeps --lock-timeout when the agent holds the blocking read and never
/// answers, whatever --request-timeout says; it then exits 4 naming the holder it saw.
#[test]
fn a_wait_for_the_lock_keeps_its_deadline_when_the_agent_stops_answering() {
    let mock = federation_mock();
    let holder = json!({"Host": "runner-7", "User": "ci", "PID": 7,
        "Since": "Tue, 08 Dec 2026 01:50:00 GMT", "Set": "default", "Paths": ["q/"]});
    let entry = json!([{"LockIndex": 1, "Key": "consulctl/sets/default/lock", "Flags": 0,
        "Value": base64::engine::general_purpose::STANDARD.encode(holder.to_string()),
        "Session": "5e55-10n", "CreateIndex": 16, "ModifyIndex": 17}])
    .to_string();
    let held = ResponseTemplate::new(200)
        .insert_header("X-Consul-Index", "17")
        .set_body_raw(entry, "application/json");
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/kv/consulctl/sets/default/lock"))
            .and(wiremock::matchers::query_param_is_missing("index"))
            .respond_with(held.clone())
            .with_priority(1),
    );
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/kv/consulctl/sets/default/lock"))
            .and(query_param("index", "17"))
            .respond_with(held.set_delay(std::time::Duration::from_secs(120)))
            .with_priority(1),
    );
    let dir = query_file();
    // A guard, not a measure: a wait that did not keep its deadline would run for minutes.
    let output = run(consulctl_at(&mock.addr())
        .args(["--request-timeout", "2m", "apply", "--datacenter", "dc1"])
        .args(["--lock-timeout", "2s"])
        .arg(dir.path())
        .timeout(std::time::Duration::from_secs(30)));
    assert_eq!(output.status.code(), Some(4), "{}", stderr_of(&output));
    assert_eq!(
        stderr_of(&output),
        "error: set \"default\" is held by another apply after --lock-timeout 2s: user \"ci\" on host \"runner-7\" (pid 7, since Tue, 08 Dec 2026 01:50:00 GMT), applying \"q/\"; nothing was applied; a longer --lock-timeout waits longer\n"
    );
    assert!(mock.requests().iter().all(|r| r.method.as_str() == "GET"));
}

/// An agent answering as `dir`'s version does: its services, checks and settings, taking
/// registrations.
fn version_agent_mock(dir: &Path) -> Mock {
    agent_mock(dir, &std::fs::read(dir.join("checks/all.json")).unwrap())
}

/// Whether the agent answered `listed` in `namespace` (Enterprise's answers name it; the
/// others' are all in the default one). The other namespaces' are planned with --namespace.
fn in_namespace(listed: &Value, namespace: &str) -> bool {
    listed["Namespace"].as_str().unwrap_or("default") == namespace
}

/// A service or check declared in a namespace the command does not read would be planned as
/// created on every run: it is refused, naming the file, the object and the option to use; with
/// that option it is in sync.
#[test]
fn services_and_checks_of_another_namespace_are_planned_with_its_namespace_only() {
    let dir = versions()
        .into_iter()
        .find(|dir| dir.ends_with("1.21-ent"))
        .expect("the 1.21 Enterprise corpus");
    let of_frontend = |listing: &str| -> Vec<Value> {
        listed(&dir, listing)
            .into_iter()
            .filter(|listed| in_namespace(listed, "frontend"))
            .collect()
    };
    let services: Vec<Value> = of_frontend("services/all.json")
        .iter()
        .map(declared_service)
        .collect();
    let checks: Vec<Value> = of_frontend("checks/all.json")
        .iter()
        .map(declared_check)
        .collect();
    assert!(
        !services.is_empty(),
        "the corpus has a service in namespace frontend"
    );
    let (_files, file) = definitions_file(&services, &checks);

    let silent = crate::support::silent_mock();
    let output = run(consulctl_at(&silent.addr()).arg("plan").arg(&file));
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr_of(&output).lines().next().unwrap(),
        format!(
            "error: {}: services[0]: service {} is in namespace frontend, and this command reads namespace default: declare it in a folder applied with --namespace frontend",
            file.display(),
            services[0]["ID"].as_str().unwrap()
        )
    );
    silent.verify();

    let mock = version_agent_mock(&dir);
    let output = run(consulctl_at(&mock.addr())
        .args(["--namespace", "frontend", "plan", "--exit-code"])
        .arg(&file));
    assert_eq!(
        (output.status.code(), stdout_of(&output)),
        (
            Some(0),
            format!(
                "Plan: 0 to create, 0 to change, {} unchanged.\n",
                services.len() + checks.len()
            )
        ),
        "{}",
        stderr_of(&output)
    );
    // The listings, and the set's record of what apply sent, all read in that namespace.
    let read: Vec<String> = mock
        .requests()
        .iter()
        .map(|r| {
            format!(
                "{} {}?{}",
                r.method,
                r.url.path(),
                r.url.query().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            "GET /v1/agent/services?ns=frontend".to_string(),
            "GET /v1/agent/checks?ns=frontend".to_string(),
            format!(
                "GET /v1/kv/consulctl/sets/default/agents/{}?ns=frontend",
                node_of(&dir)
            ),
        ]
    );
}

fn listed(dir: &Path, listing: &str) -> Vec<Value> {
    let text = std::fs::read(dir.join(listing)).unwrap();
    let map: serde_json::Map<String, Value> = serde_json::from_slice(&text).unwrap();
    map.into_values().collect()
}

/// A service as a definition file declares it, copied from the agent's answer with every field
/// a registration takes: `Service` is the registration's `Name`, and `Datacenter` is where the
/// agent runs, not part of the service.
fn declared_service(listed: &Value) -> Value {
    let mut service = without(listed, &["Service", "Datacenter"]);
    service["Name"] = listed["Service"].clone();
    service
}

/// A check as a definition file declares it, copied from the agent's answer: what it is
/// (`CheckID`, `Name`, `Notes`, `ServiceID`, `Interval`, `Timeout`, `Namespace`, `Partition`),
/// and what it runs, which the answer does not say, as a user writes it.
fn declared_check(listed: &Value) -> Value {
    let mut check: serde_json::Map<String, Value> = listed
        .as_object()
        .unwrap()
        .iter()
        .filter(|(key, value)| {
            [
                "CheckID",
                "Name",
                "Notes",
                "ServiceID",
                "Interval",
                "Timeout",
                "Namespace",
                "Partition",
            ]
            .contains(&key.as_str())
                && *value != ""
        })
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    let (kind, target) = match listed["Type"].as_str().unwrap() {
        "ttl" => ("TTL", "10m"),
        "http" => ("HTTP", "http://10.0.0.21:9001/health"),
        "tcp" => ("TCP", "[2001:db8::21]:8080"),
        "h2ping" => ("H2PING", "10.0.0.21:8443"),
        other => panic!("a check of type {other:?} in the corpus"),
    };
    check.insert(kind.to_string(), json!(target));
    Value::Object(check)
}

fn definitions_file(services: &[Value], checks: &[Value]) -> (tempfile::TempDir, PathBuf) {
    let files = tempfile::tempdir().unwrap();
    let file = files.path().join("agent.json");
    std::fs::write(
        &file,
        json!({ "services": services, "checks": checks }).to_string(),
    )
    .unwrap();
    (files, file)
}

/// Every version's services and checks, copied into a file with the fields newer versions add
/// (multi-port `Ports` with `Port` 0 or absent, `SocketPath`, Enterprise's `Namespace` and
/// `Partition`), are in sync: nothing to create or change, and nothing written.
#[test]
fn every_versions_services_and_checks_are_in_sync_with_files_that_copy_them() {
    for dir in versions() {
        let mock = version_agent_mock(&dir);
        let services: Vec<Value> = listed(&dir, "services/all.json")
            .iter()
            .filter(|listed| in_namespace(listed, "default"))
            .map(declared_service)
            .collect();
        let checks: Vec<Value> = listed(&dir, "checks/all.json")
            .iter()
            .filter(|listed| in_namespace(listed, "default"))
            .map(declared_check)
            .collect();
        let (_files, file) = definitions_file(&services, &checks);
        let output = run(consulctl_at(&mock.addr())
            .args(["plan", "--exit-code"])
            .arg(&file));
        assert_eq!(
            (output.status.code(), stdout_of(&output)),
            (
                Some(0),
                format!(
                    "Plan: 0 to create, 0 to change, {} unchanged.\n",
                    services.len() + checks.len()
                )
            ),
            "{}: {}",
            dir.display(),
            stderr_of(&output)
        );
        let requests: Vec<String> = mock
            .requests()
            .iter()
            .map(|r| format!("{} {}", r.method, r.url.path()))
            .collect();
        // The agent's record too, for what apply last sent (none here): the files declare
        // checks the agent has.
        assert_eq!(
            requests,
            [
                "GET /v1/agent/services".to_string(),
                "GET /v1/agent/checks".to_string(),
                format!("GET /v1/kv/consulctl/sets/default/agents/{}", node_of(&dir))
            ],
            "{}",
            dir.display()
        );
    }
}

/// A changed tag and changed notes are applied with every other field the file copies from
/// the agent, the newer versions' included: each registration sent is the file's, whole.
#[test]
fn every_versions_services_and_checks_keep_their_newer_fields_when_changed() {
    for dir in versions() {
        let mock = version_agent_mock(&dir);
        let services: Vec<Value> = listed(&dir, "services/all.json")
            .iter()
            .filter(|listed| in_namespace(listed, "default"))
            .map(|listed| {
                let mut service = declared_service(listed);
                service["Tags"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!("canary"));
                service
            })
            .collect();
        let checks: Vec<Value> = listed(&dir, "checks/all.json")
            .iter()
            .filter(|listed| in_namespace(listed, "default"))
            .map(|listed| {
                let mut check = declared_check(listed);
                check["Notes"] = json!("changed by the corpus test");
                check
            })
            .collect();
        let (_files, file) = definitions_file(&services, &checks);
        let output = run(consulctl_at(&mock.addr()).arg("apply").arg(&file));
        let shown = |tags: &Value| match tags.as_array().unwrap().is_empty() {
            true => "(none)".to_string(),
            false => tags.to_string(),
        };
        let mut wanted = String::new();
        let default_namespace = listed(&dir, "services/all.json")
            .into_iter()
            .filter(|listed| in_namespace(listed, "default"));
        for (listed, service) in default_namespace.zip(&services) {
            wanted += &format!(
                "~ service {}: changed\n    Tags: {} -> {}\n",
                service["ID"],
                shown(&listed["Tags"]),
                service["Tags"]
            );
        }
        for check in &checks {
            wanted += &format!(
                "~ check {}: changed\n    Notes: (none) -> \"changed by the corpus test\"\n",
                check["CheckID"]
            );
        }
        wanted += &format!(
            "Applied: 0 created, {} changed, 0 unchanged.\n",
            services.len() + checks.len()
        );
        assert_eq!(
            (output.status.code(), stdout_of(&output)),
            (Some(0), wanted),
            "{}: {}",
            dir.display(),
            stderr_of(&output)
        );
        // A registration replaces the whole object: each is the file's, whole (a check's
        // `CheckID` sent as a check registration names it, `ID`).
        let mut registrations: Vec<(String, Value)> = services
            .iter()
            .map(|s| ("/v1/agent/service/register".to_string(), s.clone()))
            .collect();
        registrations.extend(checks.iter().map(|check| {
            let mut sent = without(check, &["CheckID"]);
            sent["ID"] = check["CheckID"].clone();
            ("/v1/agent/check/register".to_string(), sent)
        }));
        let sent: Vec<(String, Value)> = mock
            .requests()
            .iter()
            .filter(|r| r.method.as_str() == "PUT" && r.url.path().starts_with("/v1/agent/"))
            .map(|r| {
                assert_eq!(r.url.query(), None, "{}", dir.display());
                (
                    r.url.path().to_string(),
                    serde_json::from_slice(&r.body).unwrap(),
                )
            })
            .collect();
        assert_eq!(sent, registrations, "{}", dir.display());
        let others: Vec<String> = lock_writes(&mock)
            .into_iter()
            .filter(|w| !w.starts_with("PUT /v1/agent/"))
            .collect();
        assert_eq!(
            others,
            taken_and_released_recording(&node_of(&dir)),
            "{}",
            dir.display()
        );
    }
}
