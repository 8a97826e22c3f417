//! `plan` and `apply` against every version's query list, services and checks in the corpus
//! (tests/corpus/versions/), answered by a mock: the fields newer versions add (Targets, Peer,
//! SamenessGroup, Enterprise's namespaces and partitions, multi-port `Ports`, `SocketPath`,
//! fields consulctl does not know) are never drift and never dropped from a write.

use std::path::{Path, PathBuf};

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

fn mock_with(list: &[u8]) -> Mock {
    let mock = Mock::start();
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
        let writes: Vec<(String, Value)> = mock
            .requests()
            .iter()
            .filter(|r| r.method.as_str() == "PUT")
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
}

/// A field the agent is too old to know fails its object by name, before it is sent; the others
/// are written.
#[test]
fn a_field_too_new_for_the_agent_fails_its_object_alone() {
    let mock = federation_mock();
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

/// An agent answering as `dir`'s version does: its services, checks and settings, taking
/// registrations.
fn agent_mock(dir: &Path) -> Mock {
    let mock = Mock::start();
    for (endpoint, file) in [
        ("/v1/agent/services", "services/all.json"),
        ("/v1/agent/checks", "checks/all.json"),
        ("/v1/agent/self", "agent_self/self.json"),
    ] {
        mock.expect(
            Expect::given(method("GET"))
                .and(path(endpoint))
                .respond_with(
                    ResponseTemplate::new(200)
                        .set_body_raw(std::fs::read(dir.join(file)).unwrap(), "application/json"),
                ),
        );
    }
    mock.expect(
        Expect::given(method("PUT"))
            .and(path_regex("^/v1/agent/(service|check)/register$"))
            .respond_with(ResponseTemplate::new(200)),
    );
    mock
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
        let mock = agent_mock(&dir);
        let services: Vec<Value> = listed(&dir, "services/all.json")
            .iter()
            .map(declared_service)
            .collect();
        let checks: Vec<Value> = listed(&dir, "checks/all.json")
            .iter()
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
        assert_eq!(
            requests,
            ["GET /v1/agent/services", "GET /v1/agent/checks"],
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
        let mock = agent_mock(&dir);
        let services: Vec<Value> = listed(&dir, "services/all.json")
            .iter()
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
        for (listed, service) in listed(&dir, "services/all.json").iter().zip(&services) {
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
            .filter(|r| r.method.as_str() == "PUT")
            .map(|r| {
                assert_eq!(r.url.query(), None, "{}", dir.display());
                (
                    r.url.path().to_string(),
                    serde_json::from_slice(&r.body).unwrap(),
                )
            })
            .collect();
        assert_eq!(sent, registrations, "{}", dir.display());
    }
}
