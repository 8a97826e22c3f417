//! Every command over every Consul version's answers (tests/corpus for the real 1.8.7 agent,
//! tests/corpus/versions/ for 1.10, 1.15, 1.21 Community and Enterprise, and 1.22), in every
//! output format, against a wiremock agent that answers as that version does. What a user sees
//! is checked: exit 0, nothing panics, `-o json` is Consul's answer as sent (every number's
//! text included), tables never show port 0 or a blank datacenter; the tricky tables against
//! text written by hand; writes by the body sent, fields consulctl does not know included.

use std::path::{Path, PathBuf};

use serde_json::Value;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock as Expect, Request, ResponseTemplate};

use crate::support::{consulctl_at, run, stderr_of, stdout_of, Mock};

/// The versions, each with the folder of its answers.
pub(crate) fn versions() -> Vec<(&'static str, PathBuf)> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut all = vec![("1.8.7", corpus.clone())];
    for version in ["1.10", "1.15", "1.21-ce", "1.21-ent", "1.22"] {
        all.push((version, corpus.join("versions").join(version)));
    }
    all
}

/// The files of `dir/decoder/`, sorted, each with its bytes.
pub(crate) fn files(dir: &Path, decoder: &str) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir.join(decoder))
        .unwrap_or_else(|e| panic!("{}/{decoder}: {e}", dir.display()))
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

pub(crate) fn file(dir: &Path, decoder: &str, name: &str) -> Vec<u8> {
    let path = dir.join(decoder).join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The JSON text without the spaces and line breaks between tokens: two answers that differ
/// only in layout are equal here, and every string and number must match byte for byte.
pub(crate) fn tokens(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len());
    let mut in_string = false;
    let mut escaped = false;
    for &b in json {
        if in_string {
            out.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if b == b'"' {
            in_string = true;
            out.push(b);
        } else if !b.is_ascii_whitespace() {
            out.push(b);
        }
    }
    out
}

/// Every number of a JSON text, as written.
fn number_texts(json: &[u8]) -> Vec<String> {
    let compact = tokens(json);
    let mut numbers = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    let mut i = 0;
    while i < compact.len() {
        let b = compact[i];
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if b == b'"' {
            in_string = true;
        } else if b == b'-' || b.is_ascii_digit() {
            let start = i;
            while i < compact.len() && !matches!(compact[i], b',' | b']' | b'}') {
                i += 1;
            }
            numbers.push(String::from_utf8_lossy(&compact[start..i]).into_owned());
            continue;
        }
        i += 1;
    }
    numbers
}

/// A mock agent answering as `dir`'s version: every read consulctl makes, and 200 to writes.
fn agent(dir: &Path) -> Mock {
    let mock = Mock::start();
    let ok = |bytes: Vec<u8>| {
        ResponseTemplate::new(200).set_body_raw(bytes, "application/json; charset=utf-8")
    };
    let get = |route: &str, bytes: Vec<u8>| {
        mock.expect(
            Expect::given(method("GET"))
                .and(path(route))
                .respond_with(ok(bytes)),
        )
    };
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .and(query_param("wan", "1"))
            .respond_with(ok(file(dir, "members", "wan.json")))
            .with_priority(1),
    );
    get("/v1/agent/members", file(dir, "members", "lan.json"));
    get("/v1/agent/self", file(dir, "agent_self", "self.json"));
    get("/v1/agent/services", file(dir, "services", "all.json"));
    get("/v1/agent/checks", file(dir, "checks", "all.json"));
    get("/v1/agent/service/web", file(dir, "service", "web.json"));
    get("/v1/query", file(dir, "query_list", "all.json"));
    for (_, bytes) in files(dir, "query_get") {
        let queries: Vec<Value> = serde_json::from_slice(&bytes).unwrap();
        if let Some(id) = queries.first().and_then(|q| q["ID"].as_str()) {
            get(&format!("/v1/query/{id}"), bytes.clone());
        }
    }
    for (name, bytes) in files(dir, "query_execute") {
        let stem = name.trim_end_matches(".json");
        get(&format!("/v1/query/{stem}/execute"), bytes);
    }
    get(
        "/v1/query/api/explain",
        file(dir, "query_explain", "api.json"),
    );
    mock.expect(
        Expect::given(method("POST"))
            .and(path("/v1/query"))
            .respond_with(ok(file(dir, "query_create", "api.json"))),
    );
    for verb in ["PUT", "DELETE"] {
        mock.expect(Expect::given(method(verb)).respond_with(ResponseTemplate::new(200)));
    }
    mock
}

/// Runs consulctl against the mock; it must exit 0 and not panic.
pub(crate) fn ok_run(mock: &Mock, version: &str, args: &[&str]) -> String {
    let out = run(consulctl_at(&mock.addr()).args(args));
    let stderr = stderr_of(&out);
    assert!(
        !stderr.contains("panicked"),
        "{version}: consulctl {args:?} panicked: {stderr}"
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{version}: consulctl {args:?}\nstdout: {}\nstderr: {stderr}",
        stdout_of(&out)
    );
    stdout_of(&out)
}

/// Table output never shows a port 0 (as `:0` or a lone `0` under Port) nor a datacenter left
/// blank in a sentence.
pub(crate) fn table_shows_only_meant_values(version: &str, args: &[&str], table: &str) {
    let what = format!("{version}: consulctl {args:?}:\n{table}");
    for line in table.lines() {
        assert!(
            !line.split_whitespace().any(|word| word.ends_with(":0")),
            "port 0 in {what}"
        );
    }
    let mut lines = table.lines();
    if let Some(header) = lines.next() {
        if let Some(at) = header.find("  Port") {
            let column = at + 2;
            for line in lines {
                let cell = line.get(column..).unwrap_or("").split_whitespace().next();
                assert_ne!(cell, Some("0"), "port 0 in {what}");
            }
        }
    }
    let lower = table.to_ascii_lowercase();
    assert!(
        !lower.contains("datacenter  answered"),
        "blank datacenter in {what}"
    );
    assert!(
        !lower.contains("datacenter answered"),
        "blank datacenter in {what}"
    );
}

/// `-o json` of an answer consulctl shows as it came: the same tokens, only the layout may
/// differ. Go writes an empty map as `null`; consulctl then writes `{}`.
pub(crate) fn json_is_the_answer(version: &str, args: &[&str], out: &str, answer: &[u8]) {
    let answer = if answer == b"null" {
        &b"{}"[..]
    } else {
        answer
    };
    assert_eq!(
        String::from_utf8_lossy(&tokens(out.as_bytes())),
        String::from_utf8_lossy(&tokens(answer)),
        "{version}: consulctl {args:?} -o json is not Consul's answer"
    );
}

/// A query as consulctl shows it without --show-token: a stored token is `<hidden>`.
fn token_hidden(mut query: Value) -> Value {
    if let Some(token) = query.get_mut("Token") {
        if token.as_str().is_some_and(|t| !t.is_empty()) {
            *token = Value::String("<hidden>".into());
        }
    }
    query
}

/// `-o json` of queries: `query` (Consul's answer; a stored token at its top is hidden here, one
/// deeper is hidden by the caller), every number as written in `raw`.
fn json_is_the_query(version: &str, args: &[&str], out: &str, query: &Value, raw: &[u8]) {
    let shown: Value = serde_json::from_str(out)
        .unwrap_or_else(|e| panic!("{version}: consulctl {args:?}: not JSON ({e}): {out}"));
    assert_eq!(
        shown,
        token_hidden(query.clone()),
        "{version}: consulctl {args:?}"
    );
    assert_eq!(
        number_texts(out.as_bytes()),
        number_texts(raw),
        "{version}: consulctl {args:?}: a number's text changed"
    );
}

/// The raw text of each element of a JSON array answer.
pub(crate) fn raw_items(answer: &[u8]) -> Vec<String> {
    let items: Option<Vec<Box<serde_json::value::RawValue>>> =
        serde_json::from_slice(answer).unwrap();
    items
        .unwrap_or_default()
        .into_iter()
        .map(|raw| raw.get().to_string())
        .collect()
}

#[test]
fn every_read_command_over_every_version_in_every_format() {
    for (version, dir) in versions() {
        let mock = agent(&dir);

        // Members: sorted by name, each as Consul wrote it.
        for (args, answer) in [
            (&["agent", "members"][..], file(&dir, "members", "lan.json")),
            (
                &["agent", "members", "--wan"],
                file(&dir, "members", "wan.json"),
            ),
        ] {
            table_shows_only_meant_values(version, args, &ok_run(&mock, version, args));
            let json = ok_run(&mock, version, &[args, &["-o", "json"]].concat());
            let mut items = raw_items(&answer);
            items.sort_by_key(|item| {
                serde_json::from_str::<Value>(item).unwrap()["Name"]
                    .as_str()
                    .unwrap()
                    .to_string()
            });
            let sorted = format!("[{}]", items.join(","));
            json_is_the_answer(version, args, &json, sorted.as_bytes());
        }

        // Answers shown as they came.
        for (args, answer) in [
            (
                &["agent", "self"][..],
                file(&dir, "agent_self", "self.json"),
            ),
            (&["agent", "services"], file(&dir, "services", "all.json")),
            (&["service", "list"], file(&dir, "services", "all.json")),
            (&["agent", "checks"], file(&dir, "checks", "all.json")),
            (&["check", "list"], file(&dir, "checks", "all.json")),
        ] {
            let table = ok_run(&mock, version, args);
            // Multi-port services show their default port, socket services their path.
            table_shows_only_meant_values(version, args, &table);
            let json = ok_run(&mock, version, &[args, &["-o", "json"]].concat());
            json_is_the_answer(version, args, &json, &answer);
        }

        // Prepared queries: the list, each query by name, a template explained.
        let list_answer = file(&dir, "query_list", "all.json");
        let queries: Vec<Value> = serde_json::from_slice(&list_answer).unwrap();
        let table = ok_run(&mock, version, &["query", "list"]);
        table_shows_only_meant_values(version, &["query", "list"], &table);
        let json = ok_run(&mock, version, &["query", "list", "-o", "json"]);
        json_is_the_query(
            version,
            &["query", "list"],
            &json,
            &Value::Array(queries.iter().cloned().map(token_hidden).collect()),
            &list_answer,
        );
        for (name, raw) in files(&dir, "query_get") {
            let Some(query) = serde_json::from_slice::<Vec<Value>>(&raw)
                .unwrap()
                .first()
                .cloned()
            else {
                continue;
            };
            let Some(id) = query["ID"].as_str() else {
                continue;
            };
            if !queries.iter().any(|q| q["ID"] == query["ID"]) {
                // Another spelling of a listed query (see versions/README.md): by ID only.
                let args = ["query", "get", id, "-o", "json"];
                let json = ok_run(&mock, version, &args);
                let expected = Value::Array(vec![token_hidden(query.clone())]);
                json_is_the_query(version, &args, &json, &expected, &raw);
                continue;
            }
            let by = query["Name"]
                .as_str()
                .filter(|n| !n.is_empty())
                .unwrap_or(id);
            let table = ok_run(&mock, version, &["query", "get", by]);
            table_shows_only_meant_values(version, &["query", "get", by], &table);
            let args = ["query", "get", by, "-o", "json"];
            let json = ok_run(&mock, version, &args);
            // Consul's answer to a read by ID (a list of one), found by name too.
            let expected = Value::Array(vec![token_hidden(query.clone())]);
            json_is_the_query(version, &args, &json, &expected, &raw);
            let _ = name;
        }
        let explain = file(&dir, "query_explain", "api.json");
        let explained: Value = serde_json::from_slice(&explain).unwrap();
        ok_run(&mock, version, &["query", "explain", "api"]);
        let args = ["query", "explain", "api", "-o", "json"];
        let json = ok_run(&mock, version, &args);
        let mut expected = explained.clone();
        expected["Query"] = token_hidden(explained["Query"].clone());
        json_is_the_query(version, &args, &json, &expected, &explain);

        // Executes: every answer of this version, in table, JSON and address lines.
        for (name, answer) in files(&dir, "query_execute") {
            let stem = name.trim_end_matches(".json");
            let args = ["query", "execute", stem];
            let table = ok_run(&mock, version, &args);
            let addrs = ok_run(&mock, version, &[&args[..], &["-o", "addrs"]].concat());
            // Multi-port instances give their default port; socket instances and those
            // without a usable port are left out of the address lines.
            table_shows_only_meant_values(version, &args, &table);
            assert!(
                addrs.lines().all(|l| !l.ends_with(":0") && !l.is_empty()),
                "{version}: {args:?} -o addrs:\n{addrs}"
            );
            let json = ok_run(&mock, version, &[&args[..], &["-o", "json"]].concat());
            json_is_the_answer(version, &args, &json, &answer);
        }
    }
}

/// The member tables written out by hand: IPv6 in brackets, the Enterprise partition column
/// only where a member is outside the default partition.
#[test]
fn member_tables_by_hand() {
    let dir = |v: &str| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/corpus/versions")
            .join(v)
    };
    let mock = agent(&dir("1.15"));
    assert_eq!(
        ok_run(&mock, "1.15", &["agent", "members"]),
        "\
Node          Address              Status  Type    Build    Protocol  DC
client-v6     [2001:db8::21]:8301  failed  client  1.15.10  2         dc1
client-web-1  10.0.0.21:8301       alive   client  1.15.10  2         dc1
server-1      10.0.0.10:8301       alive   server  1.15.10  2         dc1
"
    );
    assert_eq!(
        ok_run(&mock, "1.15", &["agent", "members", "--wan"]),
        "\
Node          Address         Status  Type    Build    Protocol  DC
server-1.dc1  10.0.0.10:8302  alive   server  1.15.10  2         dc1
server-1.dc2  10.1.0.10:8302  left    server  1.15.10  2         dc2
"
    );
    let mock = agent(&dir("1.21-ent"));
    assert_eq!(
        ok_run(&mock, "1.21-ent", &["agent", "members"]),
        "\
Node           Address              Status  Type    Build       Protocol  DC   Partition
client-team-a  10.0.1.5:8301        alive   client  1.21.4+ent  2         dc1  team-a
client-v6      [2001:db8::21]:8301  failed  client  1.21.4+ent  2         dc1  default
client-web-1   10.0.0.21:8301       alive   client  1.21.4+ent  2         dc1  default
server-1       10.0.0.10:8301       alive   server  1.21.4+ent  2         dc1  default
"
    );
    assert_eq!(
        ok_run(&mock, "1.21-ent", &["agent", "self"]),
        "\
Name        server-1
Node ID     0b3e2d7c-5d8e-4f4b-9d8a-2f6c1b7e9a10
Datacenter  dc1
Version     1.21.4+ent
Revision    2f0b4a07
Server      yes
Address     10.0.0.10:8301
"
    );
    // An agent outside the default partition says which one it is in.
    let answer = String::from_utf8(file(&dir("1.21-ent"), "agent_self", "self.json"))
        .unwrap()
        .replacen(r#""Partition":"default""#, r#""Partition":"team-a""#, 1);
    let team_a = Mock::start();
    team_a.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/self"))
            .respond_with(ResponseTemplate::new(200).set_body_raw(answer, "application/json")),
    );
    assert_eq!(
        ok_run(&team_a, "1.21-ent", &["agent", "self"]),
        "\
Name        server-1
Node ID     0b3e2d7c-5d8e-4f4b-9d8a-2f6c1b7e9a10
Datacenter  dc1
Partition   team-a
Version     1.21.4+ent
Revision    2f0b4a07
Server      yes
Address     10.0.0.10:8301
"
    );
}

/// Checks in a namespace other than the default get a Namespace column (Enterprise); on
/// Community Edition the table is as it always was.
#[test]
fn check_tables_by_hand() {
    let dir = |v: &str| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/corpus/versions")
            .join(v)
    };
    let mock = agent(&dir("1.21-ent"));
    assert_eq!(
        ok_run(&mock, "1.21-ent", &["check", "list"]),
        "\
ID             Name                 Status    Type    Service  Output                                                                          Namespace
backup         nightly backup       passing   ttl              backup exited with status 0 after 6ms dumping db                                default
h2             h2ping               passing   h2ping           HTTP2 ping was successful                                                       default
service:api-1  Service 'api' check  warning   http    api-1    HTTP GET http://10.0.0.21:9001/health: 429 Too Many Requests Output: slow down  default
service:web    Service 'web' check  critical  tcp     web      dial tcp [2001:db8::21]:8080: connect: connection refused                       frontend
"
    );
    let mock = agent(&dir("1.21-ce"));
    assert_eq!(
        ok_run(&mock, "1.21-ce", &["check", "list"]),
        "\
ID             Name                 Status    Type    Service  Output
backup         nightly backup       passing   ttl              backup exited with status 0 after 6ms dumping db
h2             h2ping               passing   h2ping           HTTP2 ping was successful
service:api-1  Service 'api' check  warning   http    api-1    HTTP GET http://10.0.0.21:9001/health: 429 Too Many Requests Output: slow down
service:web    Service 'web' check  critical  tcp     web      dial tcp [2001:db8::21]:8080: connect: connection refused
"
    );
}

/// `value` without its `null` fields: Go decodes an absent field and a `null` alike.
fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

/// The bodies of the query PUTs, as JSON.
fn put_bodies(mock: &Mock) -> Vec<Value> {
    mock.requests()
        .into_iter()
        .filter(|r: &Request| r.method.as_str() == "PUT" && r.url.path().starts_with("/v1/query/"))
        .map(|r| serde_json::from_slice(&r.body).expect("a JSON body"))
        .collect()
}

/// `query update` sends back the whole query as Consul holds it, changed only where asked:
/// fields consulctl does not know (newer versions', and ones no version has yet) come back
/// unchanged, every number with its text.
#[test]
fn query_update_sends_back_every_field_of_every_version() {
    for (version, dir) in versions() {
        let list = file(&dir, "query_list", "all.json");
        let queries: Vec<Value> = serde_json::from_slice(&list).unwrap();
        for query in &queries {
            let Some(name) = query["Name"].as_str().filter(|n| !n.is_empty()) else {
                continue;
            };
            let mock = agent(&dir);
            // A token Consul hides must be given again, or the update is refused.
            ok_run(
                &mock,
                version,
                &[
                    "query",
                    "update",
                    name,
                    "--dns-ttl",
                    "42s",
                    "--query-token",
                    "t0ken",
                ],
            );
            let bodies = put_bodies(&mock);
            assert_eq!(bodies.len(), 1, "{version}: one PUT for {name}");
            let mut expected = query.clone();
            let expected_map = expected.as_object_mut().unwrap();
            expected_map.insert("Token".into(), Value::String("t0ken".into()));
            expected_map["DNS"]["TTL"] = Value::String("42s".into());
            for read_only in ["ID", "CreateIndex", "ModifyIndex"] {
                if !bodies[0].as_object().unwrap().contains_key(read_only) {
                    expected_map.remove(read_only);
                }
            }
            assert_eq!(
                without_nulls(&bodies[0]),
                without_nulls(&expected),
                "{version}: query update {name}"
            );
            let sent = mock
                .requests()
                .into_iter()
                .find(|r| r.method.as_str() == "PUT")
                .unwrap()
                .body;
            let original = serde_json::to_vec(query).unwrap();
            let mut kept = number_texts(&original);
            kept.retain(|n| n != "27" && n != "31");
            let mut sent_numbers = number_texts(&sent);
            sent_numbers.retain(|n| n != "27" && n != "31");
            assert_eq!(sent_numbers, kept, "{version}: {name}: numbers' text");
        }
    }
}

/// `query update` to failover targets, on every version: the datacenters go, the targets come,
/// every other field stays; agents older than 1.14 are told the version needed, and nothing is
/// written.
#[test]
fn query_update_to_failover_targets_over_every_version() {
    for (version, dir) in versions() {
        let list = file(&dir, "query_list", "all.json");
        let queries: Vec<Value> = serde_json::from_slice(&list).unwrap();
        let query = queries.iter().find(|q| q["Name"] == "api").unwrap();
        let mock = agent(&dir);
        let args = [
            "query",
            "update",
            "api",
            "--clear-failover-dcs",
            "--failover-nearest",
            "0",
            "--failover-target",
            "peer:cluster-02",
            "--failover-target",
            "dc:dc9",
            "--query-token",
            "t0ken",
        ];
        if matches!(version, "1.8.7" | "1.10") {
            let out = run(consulctl_at(&mock.addr()).args(args));
            assert_eq!(out.status.code(), Some(1), "{version}: {}", stderr_of(&out));
            assert!(
                stderr_of(&out).contains("needs Consul 1.14.0 or newer"),
                "{version}: {}",
                stderr_of(&out)
            );
            assert_eq!(writes_since(&mock, 0), [], "{version}");
            continue;
        }
        ok_run(&mock, version, &args);
        let bodies = put_bodies(&mock);
        assert_eq!(bodies.len(), 1, "{version}");
        let mut expected = query.clone();
        expected["Token"] = Value::String("t0ken".into());
        let failover = &mut expected["Service"]["Failover"];
        failover["NearestN"] = 0.into();
        failover.as_object_mut().unwrap().remove("Datacenters");
        failover["Targets"] = serde_json::json!([{"Peer": "cluster-02"}, {"Datacenter": "dc9"}]);
        let expected_map = expected.as_object_mut().unwrap();
        for read_only in ["ID", "CreateIndex", "ModifyIndex"] {
            if !bodies[0].as_object().unwrap().contains_key(read_only) {
                expected_map.remove(read_only);
            }
        }
        assert_eq!(
            without_nulls(&bodies[0]),
            without_nulls(&expected),
            "{version}"
        );
    }
}

/// `query apply --file` sends the file as written, unknown fields included, and finds the
/// query by name in every version's list.
#[test]
fn query_apply_sends_the_file_with_fields_consulctl_does_not_know() {
    for (version, dir) in versions() {
        let mock = agent(&dir);
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("api.json");
        // Failover Targets need 1.14: older agents get a failover by datacenter (consulctl
        // refuses Targets for them before writing, as cli_newer_shapes checks).
        let failover = if matches!(version, "1.8.7" | "1.10") {
            r#"{"Datacenters": ["dc2"]}"#
        } else {
            r#"{"Targets": [{"Peer": "cluster-02", "Datacenter": "", "Partition": "team-a"}]}"#
        };
        let wanted = format!(
            r#"{{"Name": "api", "Token": "t0ken", "Service": {{"Service": "api", "OnlyPassing": true, "Balance": {{"Mode": "least_request", "Weights": [0.25, 0.75]}}, "Failover": {failover}}}, "Audit": {{"Owner": "team-a"}}, "DNS": {{"TTL": "10s"}}}}"#
        );
        let wanted = wanted.as_str();
        std::fs::write(&path, wanted).unwrap();
        ok_run(
            &mock,
            version,
            &["query", "apply", "--file", path.to_str().unwrap()],
        );
        let bodies = put_bodies(&mock);
        assert_eq!(bodies.len(), 1, "{version}: one PUT");
        assert_eq!(
            bodies[0],
            serde_json::from_str::<Value>(wanted).unwrap(),
            "{version}"
        );
        let sent = mock
            .requests()
            .into_iter()
            .find(|r| r.method.as_str() == "PUT")
            .unwrap()
            .body;
        assert_eq!(number_texts(&sent), ["0.25", "0.75"], "{version}");

        // A name no query has yet: the file is created as written.
        let fresh = wanted.replacen(r#""Name": "api""#, r#""Name": "api-next""#, 1);
        std::fs::write(&path, &fresh).unwrap();
        let seen = mock.requests().len();
        ok_run(
            &mock,
            version,
            &["query", "apply", "--file", path.to_str().unwrap()],
        );
        assert_eq!(
            writes_since(&mock, seen),
            [(
                "POST".to_string(),
                "/v1/query".to_string(),
                Some(serde_json::from_str::<Value>(&fresh).unwrap())
            )],
            "{version}"
        );
    }
}

/// One request that is not a read: method, path with its query string, JSON body.
type Write = (String, String, Option<Value>);

/// The writes a run sent (every request but the reads), each as method, path with its query
/// string, and JSON body (none when empty).
fn writes_since(mock: &Mock, seen: usize) -> Vec<Write> {
    mock.requests()
        .into_iter()
        .skip(seen)
        .filter(|r: &Request| r.method.as_str() != "GET")
        .map(|r| {
            let target = match r.url.query() {
                Some(query) => format!("{}?{query}", r.url.path()),
                None => r.url.path().to_string(),
            };
            let body =
                (!r.body.is_empty()).then(|| serde_json::from_slice(&r.body).expect("a JSON body"));
            (r.method.to_string(), target, body)
        })
        .collect()
}

/// Every write over every version, checked by what reached the agent: method, path, query
/// string and body. The bodies of the older writes do not depend on the version; the fields and
/// flags that need a newer agent are sent to the versions that have them and refused (exit 1,
/// nothing written) on the others, `+ent` versions included.
#[test]
fn agent_writes_over_every_version() {
    use serde_json::json;
    for (version, dir) in versions() {
        let mock = agent(&dir);
        let list: Vec<Value> =
            serde_json::from_slice(&file(&dir, "query_list", "all.json")).unwrap();
        let api_id = list
            .iter()
            .find(|q| q["Name"] == "api")
            .and_then(|q| q["ID"].as_str())
            .expect("every version lists a query named api")
            .to_string();
        // (a version that has it, or every version) for the newer fields.
        let since = |wanted: &str| {
            let order = ["1.8.7", "1.10", "1.15", "1.21-ce", "1.21-ent", "1.22"];
            let at = |v: &str| order.iter().position(|o| *o == v).unwrap();
            at(version) >= at(wanted)
        };
        let put = |target: &str, body: Option<Value>| ("PUT".to_string(), target.to_string(), body);
        let cases: Vec<(Vec<&str>, bool, Vec<Write>)> = vec![
            (
                vec![
                    "check",
                    "register",
                    "disk",
                    "--ttl",
                    "1m",
                    "--service-id",
                    "web",
                ],
                true,
                vec![put(
                    "/v1/agent/check/register",
                    Some(json!({"Name": "disk", "ServiceID": "web", "TTL": "1m"})),
                )],
            ),
            (
                vec!["check", "ttl", "pass", "disk", "--note", "ok"],
                true,
                vec![put("/v1/agent/check/pass/disk?note=ok", None)],
            ),
            (
                vec!["check", "ttl", "warn", "disk"],
                true,
                vec![put("/v1/agent/check/warn/disk", None)],
            ),
            (
                vec!["check", "ttl", "fail", "disk", "--note", "down"],
                true,
                vec![put("/v1/agent/check/fail/disk?note=down", None)],
            ),
            (
                vec![
                    "check",
                    "ttl",
                    "pass",
                    "cron",
                    "--ensure-ttl",
                    "15m",
                    "--note",
                    "ok",
                ],
                true,
                vec![
                    put(
                        "/v1/agent/check/register",
                        Some(json!({"Name": "cron", "ID": "cron", "TTL": "15m"})),
                    ),
                    put("/v1/agent/check/pass/cron?note=ok", None),
                ],
            ),
            (
                vec!["check", "ttl", "pass", "backup", "--ensure-ttl", "15m"],
                true,
                vec![put("/v1/agent/check/pass/backup", None)],
            ),
            (
                vec!["check", "update", "disk", "--status", "warning"],
                true,
                vec![put(
                    "/v1/agent/check/update/disk",
                    Some(json!({"Status": "warning"})),
                )],
            ),
            (
                vec!["check", "deregister", "backup"],
                true,
                vec![put("/v1/agent/check/deregister/backup", None)],
            ),
            (
                vec![
                    "check",
                    "register",
                    "h2",
                    "--h2ping",
                    "127.0.0.1:8443",
                    "--interval",
                    "10s",
                ],
                since("1.10"),
                vec![put(
                    "/v1/agent/check/register",
                    Some(json!({"Name": "h2", "H2PING": "127.0.0.1:8443", "Interval": "10s"})),
                )],
            ),
            (
                vec![
                    "service",
                    "register",
                    "web",
                    "--port",
                    "8080",
                    "--address",
                    "::1",
                ],
                true,
                vec![put(
                    "/v1/agent/service/register",
                    Some(json!({"Name": "web", "Address": "::1", "Port": 8080})),
                )],
            ),
            (
                vec![
                    "service",
                    "maintenance",
                    "enable",
                    "web",
                    "--reason",
                    "deploy",
                ],
                true,
                vec![put(
                    "/v1/agent/service/maintenance/web?enable=true&reason=deploy",
                    None,
                )],
            ),
            (
                vec!["service", "maintenance", "disable", "web"],
                true,
                vec![put("/v1/agent/service/maintenance/web?enable=false", None)],
            ),
            (
                vec!["service", "deregister", "web"],
                true,
                vec![put("/v1/agent/service/deregister/web", None)],
            ),
            (
                vec!["agent", "maintenance", "enable", "--reason", "patching"],
                true,
                vec![put(
                    "/v1/agent/maintenance?enable=true&reason=patching",
                    None,
                )],
            ),
            (
                vec!["agent", "maintenance", "disable"],
                true,
                vec![put("/v1/agent/maintenance?enable=false", None)],
            ),
            (
                vec!["agent", "join", "127.0.0.2"],
                true,
                vec![put("/v1/agent/join/127.0.0.2", None)],
            ),
            (
                vec!["agent", "join", "--wan", "[::1]:8302"],
                true,
                vec![put("/v1/agent/join/[::1]:8302?wan=1", None)],
            ),
            (
                vec!["agent", "force-leave", "client-v6"],
                true,
                vec![put("/v1/agent/force-leave/client-v6", None)],
            ),
            (
                vec!["query", "create", "--name", "web", "--service", "web"],
                true,
                vec![(
                    "POST".into(),
                    "/v1/query".into(),
                    Some(json!({"Name": "web", "Service": {"Service": "web"}})),
                )],
            ),
            (
                vec![
                    "query",
                    "create",
                    "--name",
                    "web",
                    "--service",
                    "web",
                    "--failover-target",
                    "peer:cluster-02",
                    "--failover-target",
                    "dc:dc2",
                ],
                since("1.15"),
                vec![(
                    "POST".into(),
                    "/v1/query".into(),
                    Some(
                        json!({"Name": "web", "Service": {"Service": "web", "Failover": {
                        "Targets": [{"Peer": "cluster-02"}, {"Datacenter": "dc2"}]}}}),
                    ),
                )],
            ),
            (
                vec![
                    "query",
                    "create",
                    "--name",
                    "web",
                    "--service",
                    "web",
                    "--peer",
                    "cluster-02",
                ],
                since("1.15"),
                vec![(
                    "POST".into(),
                    "/v1/query".into(),
                    Some(
                        json!({"Name": "web", "Service": {"Service": "web", "Peer": "cluster-02"}}),
                    ),
                )],
            ),
            (
                vec![
                    "query",
                    "create",
                    "--name",
                    "web",
                    "--service",
                    "web",
                    "--sameness-group",
                    "prod",
                ],
                since("1.21-ce"),
                vec![(
                    "POST".into(),
                    "/v1/query".into(),
                    Some(
                        json!({"Name": "web", "Service": {"Service": "web", "SamenessGroup": "prod"}}),
                    ),
                )],
            ),
            (
                vec!["query", "delete", "api"],
                true,
                vec![("DELETE".into(), format!("/v1/query/{api_id}"), None)],
            ),
        ];
        for (args, accepted, expected) in cases {
            let seen = mock.requests().len();
            if accepted {
                ok_run(&mock, version, &args);
                assert_eq!(writes_since(&mock, seen), expected, "{version}: {args:?}");
            } else {
                let out = run(consulctl_at(&mock.addr()).args(&args));
                assert_eq!(
                    out.status.code(),
                    Some(1),
                    "{version}: {args:?} needs a newer agent: {}",
                    stderr_of(&out)
                );
                assert!(
                    stderr_of(&out).contains("or newer"),
                    "{version}: {args:?}: {}",
                    stderr_of(&out)
                );
                assert_eq!(writes_since(&mock, seen), [], "{version}: {args:?}");
            }
        }

        // check run reports how the command ended; its run time is in the output.
        let seen = mock.requests().len();
        ok_run(&mock, version, &["check", "run", "disk", "--", "true"]);
        let writes = writes_since(&mock, seen);
        assert_eq!(writes.len(), 1, "{version}: check run: {writes:?}");
        let (verb, target, body) = &writes[0];
        assert_eq!(
            (verb.as_str(), target.as_str()),
            ("PUT", "/v1/agent/check/update/disk")
        );
        let body = body.as_ref().expect("check run sends a body");
        assert_eq!(body["Status"], "passing", "{version}: {body}");
        assert!(
            body["Output"]
                .as_str()
                .is_some_and(|o| o.starts_with("true exited with status 0 after ")),
            "{version}: {body}"
        );
    }
}

/// On Enterprise, `--namespace` and `--partition` go to the writes whose endpoints take them:
/// services and checks both, join and force-leave the partition only, node maintenance and
/// prepared queries neither.
#[test]
fn enterprise_writes_carry_namespace_and_partition_where_the_api_takes_them() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/versions/1.21-ent");
    let mock = agent(&dir);
    let tenancy = ["--namespace", "frontend", "--partition", "team-a"];
    for (args, target) in [
        (
            &["service", "register", "web", "--port", "8080"][..],
            "/v1/agent/service/register?ns=frontend&partition=team-a",
        ),
        (
            &["check", "register", "disk", "--ttl", "1m"],
            "/v1/agent/check/register?ns=frontend&partition=team-a",
        ),
        (
            &["check", "ttl", "pass", "disk"],
            "/v1/agent/check/pass/disk?ns=frontend&partition=team-a",
        ),
        (
            &["service", "maintenance", "enable", "web"],
            "/v1/agent/service/maintenance/web?enable=true&ns=frontend&partition=team-a",
        ),
        (
            &["agent", "maintenance", "enable"],
            "/v1/agent/maintenance?enable=true",
        ),
        (
            &["agent", "join", "127.0.0.2"],
            "/v1/agent/join/127.0.0.2?partition=team-a",
        ),
        (
            &["agent", "force-leave", "client-v6"],
            "/v1/agent/force-leave/client-v6?partition=team-a",
        ),
        (
            &["query", "create", "--name", "w", "--service", "w"],
            "/v1/query",
        ),
    ] {
        let seen = mock.requests().len();
        ok_run(&mock, "1.21-ent", &[&tenancy[..], args].concat());
        let targets: Vec<String> = writes_since(&mock, seen)
            .into_iter()
            .map(|(_, target, _)| target)
            .collect();
        assert_eq!(targets, [target], "{args:?}");
    }
}

/// Newer agents answer 404 to a check for an unknown service (1.8.7: 500): both keep the hint.
#[test]
fn a_check_for_an_unknown_service_is_explained_on_old_and_new_agents() {
    let answers = versions().into_iter().map(|(version, dir)| {
        let (status, name) = if version == "1.8.7" {
            (500, "500-register-unknown-service.txt")
        } else {
            (404, "404-register-unknown-service.txt")
        };
        (status, file(&dir, "errors", name))
    });
    for (status, body) in answers {
        let mock = Mock::start();
        mock.expect(
            Expect::given(method("PUT"))
                .and(path("/v1/agent/check/register"))
                .respond_with(ResponseTemplate::new(status).set_body_raw(body, "text/plain"))
                .expect(1),
        );
        let out = run(consulctl_at(&mock.addr()).args([
            "check",
            "register",
            "x",
            "--ttl",
            "1m",
            "--service-id",
            "nope",
        ]));
        crate::cli_errors::failed(
            &out,
            1,
            &["not registered on this agent", "register it first", "nope"],
        );
        mock.verify();
    }
}

/// A client agent answers the WAN members with `null`: the list is empty, in every format, and
/// a note on stderr says why.
#[test]
fn wan_members_of_a_client_are_an_empty_list_with_a_note() {
    for (version, dir) in versions().into_iter().skip(1) {
        let mock = Mock::start();
        mock.expect(
            Expect::given(method("GET"))
                .and(path("/v1/agent/members"))
                .and(query_param("wan", "1"))
                .respond_with(
                    ResponseTemplate::new(200)
                        .set_body_raw(file(&dir, "members", "wan-client.json"), "application/json"),
                ),
        );
        let out = run(consulctl_at(&mock.addr()).args(["agent", "members", "--wan"]));
        assert_eq!(out.status.code(), Some(0), "{version}: {}", stderr_of(&out));
        assert_eq!(
            stdout_of(&out),
            "Node  Address  Status  Type  Build  Protocol  DC\n"
        );
        assert!(
            stderr_of(&out).contains("only servers are in the WAN pool"),
            "{version}: {}",
            stderr_of(&out)
        );
        let out = run(consulctl_at(&mock.addr()).args(["agent", "members", "--wan", "-o", "json"]));
        assert_eq!(stdout_of(&out), "[]\n", "{version}");
        let out = run(consulctl_at(&mock.addr()).args(["-q", "agent", "members", "--wan"]));
        assert_eq!(
            stderr_of(&out),
            "",
            "{version}: --quiet keeps the note back"
        );
    }
}

/// Services outside Enterprise's default namespace add a Namespace column; Community Edition's
/// table has none. (The whole service table, with its multi-port and socket rows, is written
/// out by hand with the other half of this work: only the column is checked here.)
#[test]
fn service_tables_show_a_namespace_only_on_enterprise() {
    let dir = |v: &str| {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/corpus/versions")
            .join(v)
    };
    let mock = agent(&dir("1.21-ent"));
    let table = ok_run(&mock, "1.21-ent", &["service", "list"]);
    let rows = crate::support::agent::table_rows(&table);
    let namespaces: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r["ID"].as_str(), r["Namespace"].as_str()))
        .collect();
    assert_eq!(
        namespaces,
        [
            ("api-1", "default"),
            ("api-v6", "default"),
            ("grpc-sock", "default"),
            ("web", "frontend")
        ],
        "{table}"
    );
    for version in ["1.10", "1.21-ce", "1.22"] {
        let mock = agent(&dir(version));
        let table = ok_run(&mock, version, &["service", "list"]);
        let header = table.lines().next().unwrap_or("");
        assert!(
            !header.contains("Namespace") && !header.contains("Partition"),
            "{version}: {table}"
        );
    }
}

/// Consul 1.22's service table written out by hand: a multi-port service shows its default
/// port (with `Port` 0 or absent), a socket service its path, an IPv6 address stays bare in
/// its own column, and no row shows a port 0.
#[test]
fn service_table_of_1_22_by_hand() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/versions/1.22");
    let mock = agent(&dir);
    assert_eq!(
        ok_run(&mock, "1.22", &["service", "list"]),
        "\
ID            Service    Address              Port  Tags
api-1         api                             9001  v1
api-v6        api        2001:db8::21         9002  v1
grpc-sock     grpc-sock  /run/grpc/grpc.sock
multi         multi      10.0.0.21            8080  mp
multi-noport  multi                           8081
web           web        10.0.0.21            8080  primary
"
    );
}

/// Enterprise's query list written out by hand, by name: the template `geo-` (its kind in the
/// Template column) looks in namespace `frontend`, so a Namespace column is added (no Partition
/// column: every query is in the default one), and `query get` names the namespace after the
/// service.
#[test]
fn query_tables_of_enterprise_by_hand() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/versions/1.21-ent");
    let mock = agent(&dir);
    assert_eq!(
        ok_run(&mock, "1.21-ent", &["query", "list"]),
        "\
ID                                    Name          Template           Service         Peer        Tags        OnlyPassing  SamenessGroup  Failover                  DNS TTL  Namespace
8f246b77-f3e1-ff88-5b48-8ec93abf3e05  api                              api                         v1,!canary  no                          nearest 2, then dc2, dc3  10s      default
2a9e5f16-4b7c-4d3e-9f20-1c8b7a6d5e4f  api-peers                        api                                     no                          peer:cluster-02, dc:dc2            default
c4e5f6a7-b8c9-4d0e-a1f2-3b4c5d6e7f80  api-sameness                     api                                     no           prod-group                                        default
7c3d1e9a-0b2f-4e6d-8a5c-9f1e2d3c4b5a  billing-peer                     billing         cluster-03              no                                                             default
e0f1a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b  geo-          name_prefix_match  ${name.suffix}                          no                          nearest 1                          frontend
"
    );
    let get = ok_run(&mock, "1.21-ent", &["query", "get", "geo-"]);
    assert!(
        get.starts_with(
            "\
ID               e0f1a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b
Name             geo-
Service          ${name.suffix}
Namespace        frontend
Tags
"
        ),
        "{get}"
    );
    let get = ok_run(&mock, "1.21-ent", &["query", "get", "api"]);
    assert!(!get.contains("Namespace"), "{get}");
    // The docs' spelling of a target's peer (`PeerName`) names the peer as `Peer` does.
    let get = ok_run(
        &mock,
        "1.21-ent",
        &["query", "get", "2a9e5f16-4b7c-4d3e-9f20-1c8b7a6d5e50"],
    );
    assert!(
        get.contains("\nFailover        peer:cluster-02, dc:dc2\n"),
        "{get}"
    );
    for version in ["1.21-ce", "1.22"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/corpus/versions")
            .join(version);
        let list = ok_run(&agent(&dir), version, &["query", "list"]);
        let header = list.lines().next().unwrap_or("");
        assert!(!header.contains("Namespace"), "{version}: {list}");
    }
}

/// `query apply` of a file that says only what the user means settles on every version that
/// has failover targets: what Consul fills in (empty fields of each target, Enterprise's
/// `default` namespace and partition) is no change, and nothing is written.
#[test]
fn query_apply_of_targets_settles_on_every_newer_version() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("api-peers.json");
    std::fs::write(
        &path,
        r#"{"Name": "api-peers", "Service": {"Service": "api", "Failover": {"Targets": [{"Peer": "cluster-02"}, {"Datacenter": "dc2"}]}}}"#,
    )
    .unwrap();
    for (version, dir) in versions().into_iter().skip(2) {
        let mock = agent(&dir);
        let out = ok_run(
            &mock,
            version,
            &["query", "apply", "--file", path.to_str().unwrap()],
        );
        assert!(out.contains("already as"), "{version}: {out}");
        assert_eq!(writes_since(&mock, 0), [], "{version}: {out}");
    }
}
