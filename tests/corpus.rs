//! The fuzzers' seed corpus (tests/corpus/<decoder>/, read by src/fuzz): a real Consul agent's
//! answers. This test sets up varied state on an agent of its own (services with tags and meta,
//! checks of every kind and status, maintenance, prepared queries with failover, templates and a
//! session), asks every endpoint consulctl decodes, and checks that each fresh answer decodes
//! with consulctl's models and that no committed corpus folder is empty.
//! `UPDATE_CORPUS=1 cargo test --test runner corpus` writes the answers into tests/corpus/.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use consulctl::api::models::{
    AgentChecks, AgentSelf, AgentServices, Member, PreparedQuery, QueryExecution,
};
use consulctl::api::{CatalogCheck, CatalogNode, ServiceHealth};
use serde_json::{json, Value};

use crate::support::agent::{eventually, http_client, AgentOptions};
use crate::support::{unused_port, Agent};

/// One answer: where it goes (`folder/name`), its status and its body as sent.
struct Capture {
    folder: &'static str,
    name: String,
    status: u16,
    body: Vec<u8>,
}

/// Answers Consul never sent here but could: empty lists and maps, `null`.
const EDGES: &[(&str, &str, &str)] = &[
    ("members", "edge-empty.json", "[]"),
    ("members", "edge-null.json", "null"),
    ("services", "edge-empty.json", "{}"),
    ("checks", "edge-empty.json", "{}"),
    ("checks", "edge-null.json", "null"),
    ("service", "edge-empty.json", "{}"),
    ("query_list", "edge-empty.json", "[]"),
    ("query_list", "edge-null.json", "null"),
    ("query_get", "edge-empty.json", "[]"),
    (
        "query_execute",
        "edge-null-nodes.json",
        r#"{"Service":"api","Nodes":null,"DNS":{"TTL":""},"Datacenter":"dc1","Failovers":0}"#,
    ),
    ("query_explain", "edge-empty-query.json", r#"{"Query":{}}"#),
];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

struct Session<'a> {
    agent: &'a Agent,
    client: reqwest::blocking::Client,
    captures: Vec<Capture>,
}

impl Session<'_> {
    /// A request straight to the agent: its status and body as sent.
    fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> (u16, Vec<u8>) {
        let url = format!("{}{path}", self.agent.http_url());
        let mut request = self.client.request(method.clone(), &url);
        if let Some(body) = body {
            request = request.body(body.to_string());
        }
        let response = request
            .send()
            .unwrap_or_else(|e| panic!("{method} {url}: {e}"));
        let status = response.status().as_u16();
        let bytes = response
            .bytes()
            .unwrap_or_else(|e| panic!("{method} {url}: {e}"));
        (status, bytes.to_vec())
    }

    /// Sets up state: must succeed.
    fn put(&self, path: &str, body: Value) -> Vec<u8> {
        let (status, answer) = self.call(reqwest::Method::PUT, path, Some(body));
        assert_eq!(
            status,
            200,
            "PUT {path}: {}",
            String::from_utf8_lossy(&answer)
        );
        answer
    }

    fn keep(
        &mut self,
        folder: &'static str,
        name: &str,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
        status: u16,
    ) -> Vec<u8> {
        let (got, answer) = self.call(method.clone(), path, body);
        assert_eq!(
            got,
            status,
            "{method} {path}: {}",
            String::from_utf8_lossy(&answer)
        );
        self.captures.push(Capture {
            folder,
            name: name.to_string(),
            status,
            body: answer.clone(),
        });
        answer
    }

    fn get(&mut self, folder: &'static str, name: &str, path: &str) -> Vec<u8> {
        self.keep(folder, name, reqwest::Method::GET, path, None, 200)
    }

    /// An error answer: its body goes to `errors/`.
    fn error(
        &mut self,
        name: &str,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
        status: u16,
    ) {
        self.keep(
            "errors",
            &format!("{status}-{name}.txt"),
            method,
            path,
            body,
            status,
        );
    }
}

/// Sets up the agent and asks every endpoint.
fn capture(agent: &Agent) -> Vec<Capture> {
    use reqwest::Method;
    let mut s = Session {
        agent,
        client: http_client(Duration::from_secs(10)),
        captures: Vec::new(),
    };
    // Nothing listens on these: HTTP, TCP and gRPC checks go critical with real error output.
    let closed = format!("127.0.0.1:{}", unused_port());

    // Executes drop every instance of a node with a critical check (or a warning, for
    // OnlyPassing): the failing checks belong to db-1, and node maintenance comes after the
    // queries have run.
    s.put(
        "/v1/agent/service/register",
        json!({"ID": "web", "Name": "web", "Tags": ["primary", "v1.4"], "Address": "127.0.0.1", "Port": 8080,
               "Meta": {"version": "1.4", "team": "core"}, "EnableTagOverride": true,
               "Checks": [{"Name": "web ttl", "TTL": "10m", "Status": "passing", "Notes": "kept alive by cron"},
                          {"Name": "web http", "HTTP": format!("http://{closed}/health"), "Interval": "1h",
                           "Timeout": "1s", "Status": "passing"}]}),
    );
    s.put(
        "/v1/agent/service/register",
        json!({"ID": "db-1", "Name": "db", "Port": 5432, "Tags": [], "Weights": {"Passing": 3, "Warning": 1},
               "Check": {"TTL": "1h", "Status": "warning"}}),
    );
    for n in 1..=2 {
        s.put(
            "/v1/agent/service/register",
            json!({"ID": format!("api-{n}"), "Name": "api", "Port": 9000 + n, "Tags": ["v1", format!("zone-{n}")],
                   "Address": if n == 2 { "::1" } else { "" },
                   "Check": {"TTL": "1h", "Status": if n == 2 { "warning" } else { "passing" }}}),
        );
    }
    s.put(
        "/v1/agent/check/register",
        json!({"ID": "web", "Name": "web", "TTL": "1h"}),
    );
    s.put(
        "/v1/agent/check/pass/web?note=backup%20finished%20in%2042s",
        json!({}),
    );
    s.put(
        "/v1/agent/check/register",
        json!({"ID": "disk", "Name": "disk", "TTL": "1h", "ServiceID": "db-1"}),
    );
    s.put(
        "/v1/agent/check/update/disk",
        json!({"Status": "warning", "Output": "disk 85% full \u{2014} /var \u{fc}n\u{ef}c\u{f6}d\u{e9} \u{2713}\nsecond line\ttab"}),
    );
    s.put("/v1/agent/check/register", json!({"ID": "backup", "Name": "nightly backup", "TTL": "26h", "Notes": "never reported", "ServiceID": "db-1"}));
    s.put("/v1/agent/check/register", json!({"ID": "tcp", "Name": "tcp", "TCP": closed, "Interval": "1s", "Timeout": "1s", "ServiceID": "db-1"}));
    s.put("/v1/agent/check/register", json!({"ID": "grpc", "Name": "grpc", "GRPC": format!("{closed}/health.v1"), "GRPCUseTLS": false, "Interval": "1s", "ServiceID": "db-1"}));
    s.put("/v1/agent/check/register", json!({"ID": "script", "Name": "script", "Args": ["/bin/sh", "-c", "echo 'all good'; exit 1"], "Interval": "1s", "ServiceID": "db-1"}));
    s.put("/v1/agent/check/register", json!({"ID": "alias-web", "Name": "alias of web", "AliasService": "web", "ServiceID": "db-1"}));

    let session: Value =
        serde_json::from_slice(&s.put("/v1/session/create", json!({"Name": "corpus"})))
            .expect("a session ID");
    let queries = [
        (
            "api",
            json!({"Name": "api", "Token": "corpus-query-token",
            "Service": {"Service": "api", "Near": "_agent", "Tags": ["v1", "!canary"],
                        "IgnoreCheckIDs": ["service:api-9"], "NodeMeta": {}, "ServiceMeta": {},
                        "Failover": {"NearestN": 2, "Datacenters": ["dc2", "dc3"]}},
            "DNS": {"TTL": "10s"}}),
        ),
        (
            "only-passing",
            json!({"Name": "api-passing", "Service": {"Service": "api", "OnlyPassing": true}}),
        ),
        (
            "geo-template",
            json!({"Name": "geo-", "Template": {"Type": "name_prefix_match"},
            "Service": {"Service": "${name.suffix}"}}),
        ),
        (
            "regexp-template",
            json!({"Name": "re-", "Template": {"Type": "name_prefix_match",
            "Regexp": "^re-(.*?)-([^-]*)$", "RemoveEmptyTags": true},
            "Service": {"Service": "${match(1)}", "Tags": ["${match(2)}", ""]}}),
        ),
        (
            "session",
            json!({"Session": session["ID"], "Service": {"Service": "db", "Connect": false}}),
        ),
    ];
    let mut ids = Vec::new();
    for (name, body) in queries {
        let created = s.keep(
            "query_create",
            &format!("{name}.json"),
            Method::POST,
            "/v1/query",
            Some(body),
            200,
        );
        let id: Value = serde_json::from_slice(&created).expect("query create answers JSON");
        ids.push((name, id["ID"].as_str().expect("an ID").to_string()));
    }
    s.get("query_list", "all.json", "/v1/query");
    for (name, id) in &ids {
        s.get(
            "query_get",
            &format!("{name}.json"),
            &format!("/v1/query/{id}"),
        );
    }
    s.get("query_execute", "api.json", "/v1/query/api/execute");
    s.get(
        "query_execute",
        "only-passing.json",
        "/v1/query/api-passing/execute",
    );
    s.get(
        "query_execute",
        "template-web.json",
        "/v1/query/geo-web/execute",
    );
    s.get(
        "query_execute",
        "regexp-api.json",
        "/v1/query/re-api-v1/execute?limit=1",
    );
    s.get(
        "query_execute",
        "no-healthy.json",
        "/v1/query/geo-db/execute",
    );
    s.get(
        "query_execute",
        "unknown-service.json",
        "/v1/query/geo-nothing/execute",
    );
    s.get("query_explain", "api.json", "/v1/query/api/explain");
    s.get(
        "query_explain",
        "template-web.json",
        "/v1/query/geo-web/explain",
    );
    s.get(
        "query_explain",
        "regexp.json",
        "/v1/query/re-web-primary/explain",
    );

    // Service health before any maintenance: api-1 passes, api-2 warns.
    for service in ["web", "api", "db"] {
        s.get(
            "health_service",
            &format!("{service}.json"),
            &format!("/v1/health/service/{service}"),
        );
    }
    s.get(
        "health_service",
        "api-tag-zone-1.json",
        "/v1/health/service/api?tag=zone-1",
    );
    s.get(
        "health_service",
        "unknown.json",
        "/v1/health/service/nothing",
    );
    // The catalog's services at the same moment, for `service list --all-nodes`.
    s.get("catalog_services", "all.json", "/v1/catalog/services");
    s.put(
        "/v1/agent/service/maintenance/db-1?enable=true&reason=deploying%201.5",
        json!({}),
    );
    s.put(
        "/v1/agent/maintenance?enable=true&reason=kernel%20upgrade",
        json!({}),
    );
    // Periodic checks first run at a random point of their interval (here 1s): wait for them.
    eventually(
        "the script, TCP and gRPC checks have run",
        Duration::from_secs(30),
        || {
            let checks: Value =
                serde_json::from_slice(&s.call(Method::GET, "/v1/agent/checks", None).1)
                    .map_err(|e| e.to_string())?;
            for id in ["script", "tcp", "grpc"] {
                if checks[id]["Output"].as_str().unwrap_or("").is_empty() {
                    return Err(format!("{id} has no output yet"));
                }
            }
            Ok(())
        },
    );
    // The catalog's health endpoints, with the maintenance checks in force.
    let self_answer: Value = serde_json::from_slice(&s.call(Method::GET, "/v1/agent/self", None).1)
        .expect("agent self answers JSON");
    let node = self_answer["Config"]["NodeName"]
        .as_str()
        .expect("a node name")
        .to_string();
    for state in ["any", "passing", "warning", "critical"] {
        s.get(
            "health_state",
            &format!("{state}.json"),
            &format!("/v1/health/state/{state}"),
        );
    }
    s.get(
        "health_state",
        "filtered-none.json",
        "/v1/health/state/any?filter=Node%20%3D%3D%20%22nowhere%22",
    );
    for service in ["web", "db", "nothing"] {
        s.get(
            "health_checks",
            &format!("{service}.json"),
            &format!("/v1/health/checks/{service}"),
        );
    }
    s.get(
        "health_node",
        "node.json",
        &format!("/v1/health/node/{node}"),
    );
    s.get(
        "health_node",
        "check-web.json",
        &format!("/v1/health/node/{node}?filter=CheckID%20%3D%3D%20%22web%22"),
    );
    s.get("health_node", "unknown.json", "/v1/health/node/nowhere");
    s.get(
        "catalog_node",
        "node.json",
        &format!("/v1/catalog/node/{node}"),
    );
    s.get("catalog_node", "unknown.json", "/v1/catalog/node/nowhere");
    s.get("members", "lan.json", "/v1/agent/members");
    s.get("members", "wan.json", "/v1/agent/members?wan=1");
    s.get("agent_self", "self.json", "/v1/agent/self");
    s.get("services", "all.json", "/v1/agent/services");
    s.get(
        "services",
        "filtered.json",
        "/v1/agent/services?filter=Service%20%3D%3D%20%22api%22",
    );
    s.get(
        "services",
        "filtered-none.json",
        "/v1/agent/services?filter=Service%20%3D%3D%20%22none%22",
    );
    s.get("checks", "all.json", "/v1/agent/checks");
    s.get(
        "checks",
        "critical.json",
        "/v1/agent/checks?filter=Status%20%3D%3D%20%22critical%22",
    );
    s.get("service", "web.json", "/v1/agent/service/web");
    s.get("service", "db-1.json", "/v1/agent/service/db-1");

    let unknown = "c7e3228a-d4e7-d3ef-5d65-fbcea27e6cdc";
    s.error(
        "unknown-service",
        Method::GET,
        "/v1/agent/service/nope",
        None,
        404,
    );
    s.error(
        "pass-unknown-check",
        Method::PUT,
        "/v1/agent/check/pass/nope",
        None,
        500,
    );
    s.error(
        "pass-non-ttl-check",
        Method::PUT,
        "/v1/agent/check/pass/tcp",
        None,
        500,
    );
    s.error(
        "update-bad-status",
        Method::PUT,
        "/v1/agent/check/update/web",
        Some(json!({"Status": "bogus"})),
        400,
    );
    s.error(
        "register-no-name",
        Method::PUT,
        "/v1/agent/check/register",
        Some(json!({"TTL": "1m"})),
        400,
    );
    s.error(
        "register-bad-ttl",
        Method::PUT,
        "/v1/agent/check/register",
        Some(json!({"Name": "x", "TTL": "30"})),
        400,
    );
    s.error(
        "register-unknown-field",
        Method::PUT,
        "/v1/agent/check/register",
        Some(json!({"Name": "x", "TTL": "1m", "Bogus": 1})),
        400,
    );
    s.error(
        "register-unknown-service",
        Method::PUT,
        "/v1/agent/check/register",
        Some(json!({"Name": "x", "TTL": "1m", "ServiceID": "nope"})),
        500,
    );
    s.error(
        "service-no-name",
        Method::PUT,
        "/v1/agent/service/register",
        Some(json!({"Port": 1})),
        400,
    );
    s.error(
        "maintenance-unknown-service",
        Method::PUT,
        "/v1/agent/service/maintenance/nope?enable=true",
        None,
        404,
    );
    s.error(
        "force-leave-unknown",
        Method::PUT,
        "/v1/agent/force-leave/nope",
        None,
        500,
    );
    s.error(
        "bad-filter",
        Method::GET,
        "/v1/agent/checks?filter=Bogus%20%3D%3D%201",
        None,
        500,
    );
    s.error(
        "query-not-found",
        Method::GET,
        &format!("/v1/query/{unknown}"),
        None,
        404,
    );
    s.error("query-by-name", Method::GET, "/v1/query/api", None, 500);
    s.error(
        "query-modify-unknown",
        Method::PUT,
        &format!("/v1/query/{unknown}"),
        Some(json!({"Name": "x", "Service": {"Service": "x"}})),
        500,
    );
    s.error(
        "query-no-service",
        Method::POST,
        "/v1/query",
        Some(json!({"Name": "x"})),
        500,
    );
    s.error(
        "query-duplicate-name",
        Method::POST,
        "/v1/query",
        Some(json!({"Name": "api", "Service": {"Service": "api"}})),
        500,
    );
    s.error(
        "query-bad-dns-ttl",
        Method::POST,
        "/v1/query",
        Some(json!({"Name": "x", "Service": {"Service": "x"}, "DNS": {"TTL": "abc"}})),
        500,
    );
    s.error(
        "query-bad-template",
        Method::POST,
        "/v1/query",
        Some(json!({"Name": "x", "Template": {"Type": "x"}, "Service": {"Service": "x"}})),
        500,
    );
    s.error("query-bad-regexp", Method::POST, "/v1/query", Some(json!({"Name": "y", "Template": {"Type": "name_prefix_match", "Regexp": "("}, "Service": {"Service": "x"}})), 500);
    s.error(
        "execute-unknown-dc",
        Method::GET,
        "/v1/query/api/execute?dc=nowhere",
        None,
        500,
    );
    s.error(
        "wrong-method",
        Method::GET,
        "/v1/agent/check/pass/web",
        None,
        405,
    );
    s.captures
}

/// Whether a fresh answer decodes with the model consulctl reads it with.
fn decode(capture: &Capture) -> Result<(), String> {
    fn typed<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<(), String> {
        serde_json::from_slice::<T>(bytes)
            .map(drop)
            .map_err(|e| e.to_string())
    }
    let body = &capture.body;
    match capture.folder {
        "members" => typed::<Vec<Member>>(body),
        "agent_self" => typed::<AgentSelf>(body),
        // Borrows from the answer, as the checks and execute models do.
        "services" => serde_json::from_slice::<AgentServices>(body)
            .map(drop)
            .map_err(|e| e.to_string()),
        // Borrows from the answer, so it is not `DeserializeOwned`.
        "checks" => serde_json::from_slice::<AgentChecks>(body)
            .map(drop)
            .map_err(|e| e.to_string()),
        "service" => typed::<serde_json::Map<String, Value>>(body),
        "query_list" | "query_get" => typed::<Option<Vec<PreparedQuery>>>(body),
        "query_create" => {
            match serde_json::from_slice::<Value>(body).map_err(|e| e.to_string())?["ID"] {
                Value::String(_) => Ok(()),
                ref other => Err(format!("ID is {other}")),
            }
        }
        // Borrows from the answer too.
        "query_execute" => serde_json::from_slice::<QueryExecution>(body)
            .map(drop)
            .map_err(|e| e.to_string()),
        "query_explain" => {
            let answer: Value = serde_json::from_slice(body).map_err(|e| e.to_string())?;
            serde_json::from_value::<PreparedQuery>(answer["Query"].clone())
                .map(drop)
                .map_err(|e| e.to_string())
        }
        "health_service" => typed::<Vec<ServiceHealth>>(body),
        "health_state" | "health_checks" | "health_node" => typed::<Vec<CatalogCheck>>(body),
        "catalog_node" => typed::<Option<CatalogNode>>(body),
        "catalog_services" => {
            typed::<std::collections::BTreeMap<String, Option<Vec<String>>>>(body)
        }
        "errors" => match std::str::from_utf8(body) {
            Ok(text) if !text.trim().is_empty() && capture.status >= 400 => Ok(()),
            _ => Err("an error answer is a non-empty text".to_string()),
        },
        other => Err(format!("no model for folder {other}")),
    }
}

/// Writes the captures and the edge answers as the corpus, replacing what was there.
fn update(captures: &[Capture]) {
    let dir = corpus_dir();
    let folders: BTreeSet<&str> = captures.iter().map(|c| c.folder).collect();
    for folder in &folders {
        let path = dir.join(folder);
        if path.exists() {
            std::fs::remove_dir_all(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        std::fs::create_dir_all(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    let edges = EDGES
        .iter()
        .map(|(folder, name, body)| (*folder, name.to_string(), body.as_bytes()));
    for (folder, name, body) in captures
        .iter()
        .map(|c| (c.folder, c.name.clone(), &c.body[..]))
        .chain(edges)
    {
        let path = dir.join(folder).join(name);
        std::fs::write(&path, body).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

#[test]
fn corpus_is_the_real_agents_answers_and_they_decode() {
    let mut options = AgentOptions::dev("corpus");
    options.hcl.push("enable_script_checks = true".to_string());
    let agent = Agent::start(options);
    let captures = capture(&agent);

    let failures: Vec<String> = captures
        .iter()
        .filter_map(|c| {
            decode(c)
                .err()
                .map(|e| format!("{}/{}: {e}", c.folder, c.name))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "answers that consulctl's models do not decode:\n{}",
        failures.join("\n")
    );

    if std::env::var_os("UPDATE_CORPUS").is_some_and(|v| v == "1") {
        update(&captures);
    }
    let captured: BTreeSet<&str> = captures.iter().map(|c| c.folder).collect();
    let committed: BTreeSet<String> = std::fs::read_dir(corpus_dir())
        .expect("tests/corpus exists; UPDATE_CORPUS=1 cargo test --test runner corpus writes it")
        .map(|e| {
            e.expect("a corpus folder")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        // Written by hand from HashiCorp's docs and Go structs (its README names the sources);
        // tests/cli_versions_corpus.rs reads it.
        .filter(|folder| folder != "versions")
        .collect();
    let captured_names: BTreeSet<String> = captured.iter().map(|f| f.to_string()).collect();
    assert_eq!(
        committed, captured_names,
        "tests/corpus/ has one folder per decoder; UPDATE_CORPUS=1 refreshes it"
    );
    for folder in &committed {
        let files = std::fs::read_dir(corpus_dir().join(folder))
            .map(|d| d.count())
            .unwrap_or(0);
        assert!(files > 0, "tests/corpus/{folder} is empty; UPDATE_CORPUS=1 cargo test --test runner corpus fills it");
    }
    for (folder, name, _) in EDGES {
        assert!(
            corpus_dir().join(folder).join(name).is_file(),
            "tests/corpus/{folder}/{name} is missing"
        );
    }
}
