//! `query …` as the user sees it (exit code, stdout, stderr) and as it reaches the wire
//! (wiremock): method, path, parameters, token header and JSON bodies. Bad input is refused
//! before anything is sent, and no token ever shows.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Output;

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::cli_errors::failed;
use crate::support::refusals::refused;
use crate::support::{consulctl_at, fails, json_of, ok, run, stderr_of, stdout_of, Mock, CANARY};

const ID: &str = "8f2c1c5e-0b1a-4c7e-9d35-6a1f0e2b7c44";
const OTHER_ID: &str = "c7e3228a-d4e7-d3ef-5d65-fbcea27e6cdc";
const NEW_ID: &str = "0c5f8a3e-6b7d-4e21-9a0f-3d2c1b4a5e6f";

/// The token stored in a query: as secret as the caller's own.
const STORED: &str = "stored-5ecret-query-token";

/// A name that needs escaping in a URL path, and how it must arrive: one segment.
const ODD: &str = "web/1?x#y z ünï";
const ODD_ESCAPED: &str = "web%2F1%3Fx%23y%20z%20%C3%BCn%C3%AF";

// ---------------------------------------------------------------------------------------------
// Helpers.

fn json_answer(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

fn text_answer(status: u16, text: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_string(text)
}

/// Answers `VERB PATH` with `response`, as often as asked. Anything else gets wiremock's 404;
/// tests check the exact requests with [`routes`] or [`sent`].
fn on(mock: &Mock, verb: &str, at: &str, response: ResponseTemplate) {
    mock.expect(
        Expect::given(method(verb))
            .and(path(at))
            .respond_with(response),
    );
}

fn cli(mock: &Mock, args: &[&str]) -> Output {
    run(consulctl_at(&mock.addr()).args(args))
}

/// A command line's words (for arguments without spaces).
fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

fn at_id(id: &str) -> String {
    format!("/v1/query/{id}")
}

/// One request as the mock received it.
#[derive(Debug)]
struct Sent {
    /// `GET /v1/query/ID`: the method and the path as sent (still escaped).
    route: String,
    query: BTreeMap<String, String>,
    token: Option<String>,
    content_type: Option<String>,
    body: Option<Value>,
}

fn sent(mock: &Mock) -> Vec<Sent> {
    let header = |r: &wiremock::Request, name: &str| {
        r.headers
            .get(name)
            .map(|v| v.to_str().expect("ASCII header").to_string())
    };
    mock.requests()
        .iter()
        .map(|r| Sent {
            route: format!("{} {}", r.method, r.url.path()),
            query: r
                .url
                .query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
            token: header(r, "x-consul-token"),
            content_type: header(r, "content-type"),
            body: (!r.body.is_empty()).then(|| {
                serde_json::from_slice(&r.body).unwrap_or_else(|e| {
                    panic!(
                        "body is not JSON ({e}): {}",
                        String::from_utf8_lossy(&r.body)
                    )
                })
            }),
        })
        .collect()
}

fn routes(mock: &Mock) -> Vec<String> {
    sent(mock).into_iter().map(|s| s.route).collect()
}

fn params(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The only body sent with `verb` (asserting there was exactly one such request).
fn body_of(mock: &Mock, verb: &str) -> Value {
    let mut bodies: Vec<Sent> = sent(mock)
        .into_iter()
        .filter(|s| s.route.starts_with(&format!("{verb} ")))
        .collect();
    assert_eq!(bodies.len(), 1, "one {verb}: {bodies:?}");
    let request = bodies.remove(0);
    assert_eq!(request.content_type.as_deref(), Some("application/json"));
    request.body.expect("a JSON body")
}

/// `value` with the field at each JSON pointer set.
fn with(mut value: Value, fields: &[(&str, Value)]) -> Value {
    for (pointer, new) in fields {
        let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
        let object = value
            .pointer_mut(parent)
            .and_then(Value::as_object_mut)
            .unwrap_or_else(|| panic!("no object at {parent:?}"));
        object.insert(key.to_string(), new.clone());
    }
    value
}

/// `value` without the field at each JSON pointer (which must be there).
fn without(mut value: Value, pointers: &[&str]) -> Value {
    for pointer in pointers {
        let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
        let removed = value
            .pointer_mut(parent)
            .and_then(Value::as_object_mut)
            .and_then(|o| o.remove(key));
        assert!(removed.is_some(), "no field at {pointer:?}");
    }
    value
}

/// Consul's Go structs decode `null` and an absent field alike; an update may leave nulls out.
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        other => other,
    }
}

/// A query as Consul 1.8.7 answers it: every field present, unset ones as zero values and null.
fn consul_query(id: &str, name: &str) -> Value {
    json!({
        "ID": id, "Name": name, "Session": "", "Token": "",
        "Template": {"Type": "", "Regexp": "", "RemoveEmptyTags": false},
        "Service": {
            "Service": name,
            "Failover": {"NearestN": 0, "Datacenters": null},
            "OnlyPassing": false, "IgnoreCheckIDs": null, "Near": "", "Tags": null,
            "NodeMeta": null, "ServiceMeta": null, "Connect": false
        },
        "DNS": {"TTL": ""},
        "CreateIndex": 10, "ModifyIndex": 10
    })
}

/// A template query with every field set (no zero value, no null), a stored token, and fields
/// of a later Consul at every level, which must survive an update untouched.
fn full_query() -> Value {
    json!({
        "ID": ID, "Name": "api", "Session": "sess-1", "Token": STORED,
        "Template": {"Type": "name_prefix_match", "Regexp": "^api(-.*)?$",
                     "RemoveEmptyTags": true, "Future": "t"},
        "Service": {
            "Service": "api",
            "Failover": {"NearestN": 2, "Datacenters": ["dc2", "dc3"],
                         "Future": [{"Kind": "k1"}]},
            "OnlyPassing": true, "IgnoreCheckIDs": ["maint"], "Near": "_agent",
            "Tags": ["v1", "!canary"],
            "NodeMeta": {"rack": "r1"}, "ServiceMeta": {"version": "1"}, "Connect": true,
            "Bar": {"x": 1}
        },
        "DNS": {"TTL": "10s", "Baz": true},
        "Foo": 1,
        "CreateIndex": 10, "ModifyIndex": 12
    })
}

fn hidden(query: Value) -> Value {
    with(query, &[("/Token", json!("<hidden>"))])
}

/// Rows of a table, each as header → cell. A column starts where the header line has a word
/// after at least two spaces (headers such as "DNS TTL" hold one space).
fn table(text: &str) -> Vec<BTreeMap<String, String>> {
    let mut lines = text.lines();
    let header: Vec<char> = lines.next().expect("a header line").chars().collect();
    let mut starts = vec![0];
    for i in 2..header.len() {
        if header[i] != ' ' && header[i - 1] == ' ' && header[i - 2] == ' ' {
            starts.push(i);
        }
    }
    let cells = |line: &[char]| -> Vec<String> {
        (0..starts.len())
            .map(|n| {
                let to = starts.get(n + 1).copied().unwrap_or(usize::MAX);
                let to = to.min(line.len());
                let from = starts[n].min(to);
                line[from..to].iter().collect::<String>().trim().to_string()
            })
            .collect()
    };
    let names = cells(&header);
    lines
        .map(|line| {
            let line: Vec<char> = line.chars().collect();
            names.iter().cloned().zip(cells(&line)).collect()
        })
        .collect()
}

/// A row for [`table`] comparisons.
fn row(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    params(pairs)
}

/// The `key  value` lines of `get` and `explain`.
fn fields(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(|line| match line.split_once("  ") {
            Some((key, value)) => (key.to_string(), value.trim().to_string()),
            None => (line.to_string(), String::new()),
        })
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn write(dir: &Path, name: &str, contents: &str) -> String {
    let file = dir.join(name);
    std::fs::write(&file, contents).unwrap();
    file.to_str().unwrap().to_string()
}

/// Asserts success with nothing on stderr, and parses stdout as JSON.
fn ok_json(output: &Output) -> Value {
    ok(output);
    json_of(output)
}

/// Neither the caller's token nor a stored one anywhere in what the user sees.
fn assert_no_secret(output: &Output) {
    for text in [stdout_of(output), stderr_of(output)] {
        for secret in [CANARY, STORED] {
            assert!(!text.contains(secret), "{secret} shows in: {text}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// create

/// `query create ARGS` against a mock answering the POST with a new ID. Returns the output and
/// the mock, whose only request must be that POST.
fn creates(args: &[&str]) -> (Output, Mock) {
    let mock = Mock::start();
    on(
        &mock,
        "POST",
        "/v1/query",
        json_answer(json!({ "ID": NEW_ID })),
    );
    let output = cli(&mock, &[&["query", "create"], args].concat());
    assert_eq!(routes(&mock), ["POST /v1/query"], "{}", stderr_of(&output));
    (output, mock)
}

#[test]
fn create_with_every_flag_sends_the_whole_definition() {
    let flags = format!(
        "--name api --service api-svc --tag v1 --tag !canary --only-passing --near _agent \
         --ignore-check maint --ignore-check serfHealth --node-meta rack=r1 --node-meta zone=a=b \
         --service-meta version=2 --connect --failover-nearest 2 --failover-dc dc3 \
         --failover-dc dc2 --dns-ttl 10s --session sess-1 --template regexp --regexp ^api-(.*)$ \
         --remove-empty-tags --query-token {STORED} --token {CANARY}"
    );
    let (output, mock) = creates(&words(&flags));
    assert_eq!(ok(&output), format!("{NEW_ID}\n"));
    let request = &sent(&mock)[0];
    assert_eq!(request.token.as_deref(), Some(CANARY), "the caller's token");
    assert_eq!(request.query, params(&[]));
    assert_eq!(
        body_of(&mock, "POST"),
        json!({
            "Name": "api",
            "Session": "sess-1",
            "Token": STORED,
            "Template": {"Type": "name_prefix_match", "Regexp": "^api-(.*)$",
                         "RemoveEmptyTags": true},
            "Service": {
                "Service": "api-svc",
                "Tags": ["v1", "!canary"],
                "OnlyPassing": true,
                "Near": "_agent",
                "IgnoreCheckIDs": ["maint", "serfHealth"],
                "NodeMeta": {"rack": "r1", "zone": "a=b"},
                "ServiceMeta": {"version": "2"},
                "Connect": true,
                "Failover": {"NearestN": 2, "Datacenters": ["dc3", "dc2"]}
            },
            "DNS": {"TTL": "10s"}
        })
    );
}

#[test]
fn create_with_a_name_and_service_only_sends_just_those() {
    let (output, mock) = creates(&["--name", "api", "--service", "api"]);
    assert_eq!(ok(&output), format!("{NEW_ID}\n"));
    assert_eq!(sent(&mock)[0].token, None);
    assert_eq!(
        body_of(&mock, "POST"),
        json!({"Name": "api", "Service": {"Service": "api"}})
    );
}

#[test]
fn create_an_unnamed_query_bound_to_a_session() {
    let (output, mock) = creates(&["--service", "api", "--session", "sess-9"]);
    ok(&output);
    assert_eq!(
        body_of(&mock, "POST"),
        json!({"Session": "sess-9", "Service": {"Service": "api"}})
    );
}

#[test]
fn create_a_prefix_template() {
    let (output, mock) = creates(&words(
        "--name geo- --service ${name.suffix} --template name_prefix_match",
    ));
    ok(&output);
    assert_eq!(
        body_of(&mock, "POST"),
        json!({"Name": "geo-", "Template": {"Type": "name_prefix_match"},
               "Service": {"Service": "${name.suffix}"}})
    );
}

#[test]
fn create_a_regexp_template_sends_consuls_one_type_with_the_regexp() {
    let (output, mock) = creates(&words(
        "--name geo-db- --service db-${match(1)} --template regexp --regexp ^geo-db-(.*?)-([^-]*)$",
    ));
    ok(&output);
    assert_eq!(
        body_of(&mock, "POST"),
        json!({"Name": "geo-db-",
               "Template": {"Type": "name_prefix_match", "Regexp": "^geo-db-(.*?)-([^-]*)$"},
               "Service": {"Service": "db-${match(1)}"}})
    );
}

#[test]
fn create_reads_the_stored_token_from_a_file_without_its_newline() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "token", &format!("{STORED}\n"));
    let (output, mock) = creates(&[
        "--name",
        "api",
        "--service",
        "api",
        "--query-token-file",
        &file,
    ]);
    ok(&output);
    assert_eq!(
        body_of(&mock, "POST"),
        json!({"Name": "api", "Token": STORED, "Service": {"Service": "api"}})
    );
    assert_eq!(sent(&mock)[0].token, None, "not sent as the caller's token");
}

#[test]
fn create_json_output_is_the_new_id() {
    let (output, _) = creates(&["--name", "api", "--service", "api", "-o", "json"]);
    assert_eq!(json_of(&output), json!({ "ID": NEW_ID }));
    assert_eq!(ok(&output).lines().count(), 1);
}

#[test]
fn create_in_another_datacenter_adds_dc() {
    let (output, mock) = creates(&["--name", "api", "--service", "api", "--datacenter", "dc2"]);
    assert_eq!(ok(&output), format!("{NEW_ID}\n"));
    assert_eq!(sent(&mock)[0].query, params(&[("dc", "dc2")]));
}

#[test]
fn create_from_a_file_sends_it_as_written() {
    // Lower-case keys, as Consul accepts them, and a field consulctl does not know.
    let definition = json!({
        "name": "api",
        "service": {"service": "api", "onlypassing": true, "tags": ["v1"],
                    "failover": {"datacenters": ["dc2"]}},
        "dns": {"ttl": "5s"},
        "Future": {"a": [1, 2]}
    });
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "q.json", &definition.to_string());
    let (output, mock) = creates(&["--file", &file]);
    assert_eq!(ok(&output), format!("{NEW_ID}\n"));
    assert_eq!(body_of(&mock, "POST"), definition);
}

#[test]
fn create_from_stdin_sends_it_as_written() {
    let mock = Mock::start();
    on(
        &mock,
        "POST",
        "/v1/query",
        json_answer(json!({ "ID": NEW_ID })),
    );
    let definition = json!({"Name": "api", "Service": {"Service": "api", "Connect": true}});
    let output = run(consulctl_at(&mock.addr())
        .args(["query", "create", "--file", "-"])
        .write_stdin(definition.to_string()));
    assert_eq!(ok(&output), format!("{NEW_ID}\n"));
    assert_eq!(body_of(&mock, "POST"), definition);
}

// ---------------------------------------------------------------------------------------------
// list

/// A mock answering the query list with `queries` (and `X-Consul-Index: 42`).
fn list_mock(queries: Value) -> Mock {
    let mock = Mock::start();
    on(
        &mock,
        "GET",
        "/v1/query",
        json_answer(queries).insert_header("X-Consul-Index", "42"),
    );
    mock
}

fn two_queries() -> Value {
    json!([full_query(), consul_query(OTHER_ID, "web")])
}

#[test]
fn list_shows_a_table() {
    let mock = list_mock(two_queries());
    let output = cli(&mock, &["query", "list", "--token", CANARY]);
    let text = ok(&output);
    assert_eq!(
        text.lines()
            .next()
            .unwrap()
            .split("  ")
            .filter(|h| !h.is_empty())
            .map(str::trim)
            .collect::<Vec<_>>(),
        [
            "ID",
            "Name",
            "Template",
            "Service",
            "Tags",
            "OnlyPassing",
            "Failover",
            "DNS TTL"
        ]
    );
    // `api` is a template: its kind says so; `web` is not one.
    assert_eq!(
        table(&text),
        [
            row(&[
                ("ID", ID),
                ("Name", "api"),
                ("Template", "name_prefix_match"),
                ("Service", "api"),
                ("Tags", "v1,!canary"),
                ("OnlyPassing", "yes"),
                ("Failover", "nearest 2, then dc2, dc3"),
                ("DNS TTL", "10s"),
            ]),
            row(&[
                ("ID", OTHER_ID),
                ("Name", "web"),
                ("Template", ""),
                ("Service", "web"),
                ("Tags", ""),
                ("OnlyPassing", "no"),
                ("Failover", ""),
                ("DNS TTL", ""),
            ]),
        ]
    );
    assert_no_secret(&output);
    let requests = sent(&mock);
    assert_eq!(routes(&mock), ["GET /v1/query"]);
    assert_eq!(requests[0].query, params(&[]));
    assert_eq!(requests[0].token.as_deref(), Some(CANARY));
}

#[test]
fn list_json_is_consuls_answer_with_stored_tokens_hidden() {
    let mock = list_mock(two_queries());
    let output = cli(&mock, &["query", "list", "-o", "json"]);
    ok(&output);
    assert_eq!(
        json_of(&output),
        json!([hidden(full_query()), consul_query(OTHER_ID, "web")])
    );
    assert_no_secret(&output);
}

#[test]
fn list_json_with_show_token_is_consuls_answer() {
    let mock = list_mock(two_queries());
    let output = cli(&mock, &["query", "list", "-o", "json", "--show-token"]);
    ok(&output);
    assert_eq!(json_of(&output), two_queries());
}

#[test]
fn list_of_nothing_is_an_empty_table_and_an_empty_json_list() {
    for answer in [json!([]), Value::Null] {
        let mock = list_mock(answer);
        let text = ok(&cli(&mock, &["query", "list"]));
        assert_eq!(table(&text), Vec::<BTreeMap<String, String>>::new());
        assert_eq!(
            json_of(&cli(&mock, &["query", "list", "-o", "json"])),
            json!([])
        );
    }
}

#[test]
fn list_consistency_and_datacenter_go_in_the_query_string() {
    for (args, expected) in [
        (vec!["--stale"], params(&[("stale", "")])),
        (vec!["--consistent"], params(&[("consistent", "")])),
        (vec!["--dc", "dc2"], params(&[("dc", "dc2")])),
        (
            vec!["--datacenter", "dc2", "--stale"],
            params(&[("dc", "dc2"), ("stale", "")]),
        ),
    ] {
        let mock = list_mock(json!([]));
        ok(&cli(&mock, &[&["query", "list"], &args[..]].concat()));
        assert_eq!(sent(&mock)[0].query, expected, "{args:?}");
    }
}

#[test]
fn list_blocking_read_sends_wait_and_index_and_reports_the_new_index_on_stderr() {
    let mock = list_mock(two_queries());
    let output = cli(&mock, &["query", "list", "--wait", "5s", "--index", "7"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(stderr_of(&output), "X-Consul-Index: 42\n");
    assert_eq!(table(&stdout_of(&output)).len(), 2);
    let request = &sent(&mock)[0];
    assert_eq!(request.route, "GET /v1/query");
    assert_eq!(request.query, params(&[("wait", "5000ms"), ("index", "7")]));
}

#[test]
fn list_blocking_read_in_json_wraps_the_index() {
    let mock = list_mock(two_queries());
    let output = cli(&mock, &["query", "list", "--wait", "1m", "-o", "json"]);
    ok(&output);
    assert_eq!(
        json_of(&output),
        json!({"Index": 42, "Queries": [hidden(full_query()), consul_query(OTHER_ID, "web")]})
    );
    assert_eq!(sent(&mock)[0].query, params(&[("wait", "60000ms")]));
}

#[test]
fn list_failure_is_exit_1_with_consuls_words() {
    let mock = Mock::start();
    on(
        &mock,
        "GET",
        "/v1/query",
        text_answer(500, "No path to datacenter"),
    );
    let output = cli(&mock, &["query", "list", "--dc", "dc9"]);
    failed(
        &output,
        1,
        &["listing prepared queries", "No path to datacenter"],
    );
}

// ---------------------------------------------------------------------------------------------
// get

fn by_id_mock(query: &Value) -> Mock {
    let mock = Mock::start();
    let id = query["ID"].as_str().unwrap();
    on(
        &mock,
        "GET",
        &at_id(id),
        json_answer(json!([query])).insert_header("X-Consul-Index", "77"),
    );
    mock
}

fn full_query_fields(token: &str) -> Vec<(String, String)> {
    pairs(&[
        ("ID", ID),
        ("Name", "api"),
        ("Service", "api"),
        ("Tags", "v1, !canary"),
        ("OnlyPassing", "yes"),
        ("Near", "_agent"),
        ("IgnoreCheckIDs", "maint"),
        ("NodeMeta", "rack=r1"),
        ("ServiceMeta", "version=1"),
        ("Connect", "yes"),
        ("Failover", "nearest 2, then dc2, dc3"),
        ("DNS TTL", "10s"),
        ("Session", "sess-1"),
        ("Token", token),
        ("Template", "name_prefix_match"),
        ("Regexp", "^api(-.*)?$"),
        ("RemoveEmptyTags", "yes"),
    ])
}

#[test]
fn get_by_id_reads_that_query_only() {
    let mock = by_id_mock(&full_query());
    let output = cli(&mock, &["query", "get", ID, "--token", CANARY]);
    assert_eq!(
        fields(&ok(&output)),
        full_query_fields("(set; shown with --show-token)")
    );
    assert_no_secret(&output);
    let requests = sent(&mock);
    assert_eq!(routes(&mock), [format!("GET {}", at_id(ID))]);
    assert_eq!(requests[0].query, params(&[]));
    assert_eq!(requests[0].token.as_deref(), Some(CANARY));
}

#[test]
fn get_with_show_token_shows_the_stored_token() {
    let mock = by_id_mock(&full_query());
    let output = cli(&mock, &["query", "get", ID, "--show-token"]);
    assert_eq!(fields(&ok(&output)), full_query_fields(STORED));
}

#[test]
fn get_says_when_consul_hides_the_token_and_when_there_is_none() {
    let mock = by_id_mock(&hidden(full_query()));
    let text = ok(&cli(&mock, &["query", "get", ID, "--show-token"]));
    assert!(
        fields(&text).contains(&pairs(&[("Token", "(set; Consul hides it from this caller)")])[0]),
        "{text}"
    );
    let mock = by_id_mock(&consul_query(OTHER_ID, "web"));
    let text = ok(&cli(&mock, &["query", "get", OTHER_ID]));
    assert_eq!(
        fields(&text),
        pairs(&[
            ("ID", OTHER_ID),
            ("Name", "web"),
            ("Service", "web"),
            ("Tags", ""),
            ("OnlyPassing", "no"),
            ("Near", ""),
            ("IgnoreCheckIDs", ""),
            ("NodeMeta", ""),
            ("ServiceMeta", ""),
            ("Connect", "no"),
            ("Failover", ""),
            ("DNS TTL", ""),
            ("Session", ""),
            ("Token", "(none)"),
        ])
    );
}

#[test]
fn get_json_is_consuls_query_with_the_token_hidden() {
    let mock = by_id_mock(&full_query());
    let output = cli(&mock, &["query", "get", ID, "-o", "json"]);
    ok(&output);
    // Consul's answer: a list of one, as `curl … | jq '.[0]'` reads it.
    assert_eq!(json_of(&output), json!([hidden(full_query())]));
    assert_no_secret(&output);
    let output = cli(&mock, &["query", "get", ID, "-o", "json", "--show-token"]);
    assert_eq!(json_of(&output), json!([full_query()]));
}

#[test]
fn get_json_keeps_consuls_nulls() {
    let mock = by_id_mock(&consul_query(OTHER_ID, "web"));
    let output = cli(&mock, &["query", "get", OTHER_ID, "-o", "json"]);
    ok(&output);
    assert_eq!(json_of(&output), json!([consul_query(OTHER_ID, "web")]));
}

/// Numbers Go writes that a binary float or a 64-bit integer cannot carry: get, list and
/// explain print them as Consul wrote them, with the stored token hidden in the same bytes.
#[test]
fn query_json_keeps_every_number_as_consul_wrote_it() {
    let query = format!(
        r#"{{"ID":"{ID}","Name":"api","Token":"{STORED}","Service":{{"Service":"api","Failover":{{"NearestN":0,"Datacenters":null}}}},"Future":100000000000000000000,"Weights":[0.1,1e-7,0.30000000000000004,-2.3e-7]}}"#
    );
    let numbers =
        r#""Future":100000000000000000000,"Weights":[0.1,1e-7,0.30000000000000004,-2.3e-7]"#;
    let mock = Mock::start();
    let list = format!("[{query}]");
    on(
        &mock,
        "GET",
        &format!("/v1/query/{ID}"),
        ResponseTemplate::new(200).set_body_raw(list.clone(), "application/json"),
    );
    on(
        &mock,
        "GET",
        "/v1/query",
        ResponseTemplate::new(200).set_body_raw(list, "application/json"),
    );
    on(
        &mock,
        "GET",
        "/v1/query/api/explain",
        ResponseTemplate::new(200)
            .set_body_raw(format!(r#"{{"Query":{query}}}"#), "application/json"),
    );
    for args in [
        &["query", "get", ID, "-o", "json"][..],
        &["query", "list", "-o", "json"],
        &["query", "explain", "api", "-o", "json"],
    ] {
        let output = cli(&mock, args);
        ok(&output);
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.contains(numbers), "{args:?}: {text}");
        assert!(text.contains(r#""Token":"<hidden>""#), "{args:?}: {text}");
        assert_no_secret(&output);
    }
}

#[test]
fn get_by_name_is_resolved_through_the_list() {
    let mock = list_mock(two_queries());
    let output = cli(&mock, &["query", "get", "web", "-o", "json", "--dc", "dc2"]);
    // Found in the list, shown as Consul answers a read by ID: a list of one.
    assert_eq!(ok_json(&output), json!([consul_query(OTHER_ID, "web")]));
    // The list holds the whole definition: no second read.
    let requests = sent(&mock);
    assert_eq!(routes(&mock), ["GET /v1/query"]);
    assert_eq!(requests[0].query, params(&[("dc", "dc2")]));
}

#[test]
fn get_by_name_with_wait_reads_the_query_by_id_blocking() {
    let mock = list_mock(two_queries());
    on(
        &mock,
        "GET",
        &at_id(ID),
        json_answer(json!([full_query()])).insert_header("X-Consul-Index", "99"),
    );
    let output = cli(
        &mock,
        &[
            "query", "get", "api", "--wait", "2s", "--index", "12", "--stale",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(stderr_of(&output), "X-Consul-Index: 99\n");
    assert_eq!(fields(&stdout_of(&output))[0], pairs(&[("ID", ID)])[0]);
    let requests = sent(&mock);
    assert_eq!(
        routes(&mock),
        ["GET /v1/query".to_string(), format!("GET {}", at_id(ID))]
    );
    assert_eq!(
        requests[0].query,
        params(&[("stale", "")]),
        "the lookup does not block"
    );
    assert_eq!(
        requests[1].query,
        params(&[("stale", ""), ("wait", "2000ms"), ("index", "12")])
    );
    let output = cli(
        &mock,
        &["query", "get", "api", "--wait", "2s", "-o", "json"],
    );
    assert_eq!(
        ok_json(&output),
        json!({"Index": 99, "Query": [hidden(full_query())]})
    );
}

#[test]
fn get_unknown_name_is_exit_1_naming_it() {
    let mock = list_mock(two_queries());
    let err = fails(&cli(&mock, &["query", "get", "nope"]), 1);
    assert!(
        err.contains("reading query \"nope\"")
            && err.contains("no prepared query has the ID or name \"nope\""),
        "{err}"
    );
    let err = fails(&cli(&mock, &["query", "get", "nope", "--dc", "dc2"]), 1);
    assert!(err.contains("in datacenter \"dc2\""), "{err}");
}

#[test]
fn get_unknown_id_is_tried_as_a_name_then_exit_1() {
    let mock = list_mock(json!([consul_query(OTHER_ID, "web")]));
    on(
        &mock,
        "GET",
        &at_id(NEW_ID),
        text_answer(404, "Query not found"),
    );
    let err = fails(&cli(&mock, &["query", "get", NEW_ID]), 1);
    assert!(err.contains(&format!("\"{NEW_ID}\"")), "{err}");
    assert_eq!(
        routes(&mock),
        [
            format!("GET {}", at_id(NEW_ID)),
            "GET /v1/query".to_string()
        ]
    );
}

#[test]
fn get_a_name_that_looks_like_an_id() {
    let named = consul_query(OTHER_ID, NEW_ID);
    let mock = list_mock(json!([named]));
    on(
        &mock,
        "GET",
        &at_id(NEW_ID),
        text_answer(404, "Query not found"),
    );
    let output = cli(&mock, &["query", "get", NEW_ID, "-o", "json"]);
    assert_eq!(ok_json(&output), json!([named]));
}

#[test]
fn get_a_name_two_queries_share_asks_for_the_id() {
    let mock = list_mock(json!([
        consul_query(ID, "api"),
        consul_query(OTHER_ID, "api")
    ]));
    let err = fails(&cli(&mock, &["query", "get", "api"]), 1);
    assert!(
        err.contains("more than one query is named \"api\"") && err.contains("give its ID"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// update

/// `query update ID ARGS` against a mock storing `stored` under ID. Returns the output and the
/// body PUT, if one was; the requests must be the read by ID and, when something changes, the
/// read again right before the write (consistent) and that one PUT.
fn updates(stored: &Value, args: &[&str]) -> (Output, Option<Value>) {
    let mock = by_id_mock(stored);
    on(&mock, "PUT", &at_id(ID), ResponseTemplate::new(200));
    let output = cli(&mock, &[&["query", "update", ID], args].concat());
    let requests = sent(&mock);
    assert_eq!(
        requests.first().map(|s| s.route.clone()),
        Some(format!("GET {}", at_id(ID))),
        "{}",
        stderr_of(&output)
    );
    assert!(requests.len() == 1 || requests.len() == 3, "{requests:?}");
    if let Some(again) = requests.get(1) {
        assert_eq!(again.route, format!("GET {}", at_id(ID)));
        assert_eq!(again.query, params(&[("consistent", "")]));
    }
    let put = requests.get(2).map(|request| {
        assert_eq!(request.route, format!("PUT {}", at_id(ID)));
        assert_eq!(request.query, params(&[]));
        assert_eq!(request.content_type.as_deref(), Some("application/json"));
        request.body.clone().expect("a PUT body")
    });
    (output, put)
}

#[test]
fn update_changes_one_field_and_sends_every_other_back_untouched() {
    let (output, put) = updates(&full_query(), &["--tag", "v2"]);
    assert_eq!(
        ok(&output),
        format!(
            "Updated query \"api\" ({ID}):\n  Service.Tags: [\"v1\",\"!canary\"] -> [\"v2\"]\n"
        )
    );
    assert_eq!(
        put,
        Some(with(full_query(), &[("/Service/Tags", json!(["v2"]))]))
    );
}

#[test]
fn update_with_every_definition_flag() {
    let (output, put) = updates(
        &full_query(),
        &words(
            "--name api-v2 --service api2 --tag v3 --tag !old --near node-7 --ignore-check c9 \
             --node-meta zone=z2 --service-meta tier=gold --failover-nearest 1 --failover-dc dc9 \
             --dns-ttl 30s --session sess-2 --template regexp --regexp ^api-v2-(.*)$",
        ),
    );
    ok(&output);
    assert_eq!(
        put,
        Some(with(
            full_query(),
            &[
                ("/Name", json!("api-v2")),
                ("/Session", json!("sess-2")),
                ("/Template/Regexp", json!("^api-v2-(.*)$")),
                ("/Service/Service", json!("api2")),
                ("/Service/Tags", json!(["v3", "!old"])),
                ("/Service/Near", json!("node-7")),
                ("/Service/IgnoreCheckIDs", json!(["c9"])),
                ("/Service/NodeMeta", json!({"zone": "z2"})),
                ("/Service/ServiceMeta", json!({"tier": "gold"})),
                ("/Service/Failover/NearestN", json!(1)),
                ("/Service/Failover/Datacenters", json!(["dc9"])),
                ("/DNS/TTL", json!("30s")),
            ]
        ))
    );
}

#[test]
fn update_turns_fields_off_and_empties_them() {
    let cases: Vec<(Vec<&str>, Value)> = vec![
        (
            vec!["--no-only-passing"],
            with(full_query(), &[("/Service/OnlyPassing", json!(false))]),
        ),
        (
            vec!["--no-connect"],
            with(full_query(), &[("/Service/Connect", json!(false))]),
        ),
        (
            vec!["--no-remove-empty-tags"],
            with(full_query(), &[("/Template/RemoveEmptyTags", json!(false))]),
        ),
        (
            vec!["--clear-tags"],
            without(full_query(), &["/Service/Tags"]),
        ),
        (
            vec!["--clear-ignore-checks"],
            without(full_query(), &["/Service/IgnoreCheckIDs"]),
        ),
        (
            vec!["--clear-node-meta"],
            without(full_query(), &["/Service/NodeMeta"]),
        ),
        (
            vec!["--clear-service-meta"],
            without(full_query(), &["/Service/ServiceMeta"]),
        ),
        (
            vec!["--clear-failover-dcs"],
            without(full_query(), &["/Service/Failover/Datacenters"]),
        ),
        (
            vec!["--failover-nearest", "0"],
            with(full_query(), &[("/Service/Failover/NearestN", json!(0))]),
        ),
        (vec!["--no-template"], without(full_query(), &["/Template"])),
        (
            vec!["--clear-query-token"],
            with(full_query(), &[("/Token", json!(""))]),
        ),
        (
            vec!["--dns-ttl", ""],
            with(full_query(), &[("/DNS/TTL", json!(""))]),
        ),
        (
            vec!["--session", ""],
            with(full_query(), &[("/Session", json!(""))]),
        ),
        (
            vec!["--clear-tags", "--no-only-passing", "--near", "_ip"],
            with(
                without(full_query(), &["/Service/Tags"]),
                &[
                    ("/Service/OnlyPassing", json!(false)),
                    ("/Service/Near", json!("_ip")),
                ],
            ),
        ),
    ];
    for (args, expected) in cases {
        let (output, put) = updates(&full_query(), &args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr_of(&output)
        );
        assert_eq!(put, Some(expected), "{args:?}");
        assert_no_secret(&output);
    }
}

#[test]
fn update_turns_fields_on() {
    let base = consul_query(ID, "api");
    let (output, put) = updates(&base, &["--only-passing", "--connect", "--tag", "v1"]);
    assert_eq!(
        ok(&output),
        format!(
            "Updated query \"api\" ({ID}):\n  Service.OnlyPassing: false -> true\n  \
             Service.Connect: false -> true\n  Service.Tags: (none) -> [\"v1\"]\n"
        )
    );
    // Consul decodes a missing field as null: leaving its nulls out changes nothing.
    assert_eq!(
        put,
        Some(without_nulls(with(
            base,
            &[
                ("/Service/OnlyPassing", json!(true)),
                ("/Service/Connect", json!(true)),
                ("/Service/Tags", json!(["v1"])),
            ]
        )))
    );
}

#[test]
fn update_stores_a_new_token_from_the_flag_or_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "token", "new-5ecret\n\n");
    for args in [
        vec!["--query-token", "new-5ecret"],
        vec!["--query-token-file", &file],
    ] {
        let (output, put) = updates(&full_query(), &args);
        let text = ok(&output);
        assert_eq!(
            text,
            format!("Updated query \"api\" ({ID}):\n  Token: \"<hidden>\" -> \"<hidden>\"\n")
        );
        assert!(!text.contains("new-5ecret"));
        assert_eq!(
            put,
            Some(with(full_query(), &[("/Token", json!("new-5ecret"))])),
            "{args:?}"
        );
    }
}

#[test]
fn update_by_name_resolves_through_the_list_then_puts_by_id() {
    let mock = list_mock(two_queries());
    on(&mock, "GET", &at_id(ID), json_answer(json!([full_query()])));
    on(&mock, "PUT", &at_id(ID), ResponseTemplate::new(200));
    let line = format!("query update api --dns-ttl 1m --dc dc2 --token {CANARY}");
    let output = cli(&mock, &words(&line));
    ok(&output);
    let requests = sent(&mock);
    // Read again by ID right before the write: the PUT has no check-and-set.
    assert_eq!(
        routes(&mock),
        [
            "GET /v1/query".to_string(),
            format!("GET {}", at_id(ID)),
            format!("PUT {}", at_id(ID))
        ]
    );
    for (n, request) in requests.iter().enumerate() {
        let expected = if n == 1 {
            params(&[("dc", "dc2"), ("consistent", "")])
        } else {
            params(&[("dc", "dc2")])
        };
        assert_eq!(request.query, expected);
        assert_eq!(request.token.as_deref(), Some(CANARY));
    }
    assert_eq!(
        body_of(&mock, "PUT"),
        with(full_query(), &[("/DNS/TTL", json!("1m"))])
    );
}

#[test]
fn update_json_output_lists_the_changes() {
    let (output, _) = updates(
        &full_query(),
        &["--tag", "v2", "--no-connect", "-o", "json"],
    );
    assert_eq!(
        ok_json(&output),
        json!({
            "ID": ID, "Name": "api", "Action": "updated",
            // A flag turned off reads false, not absent.
            "Changes": [
                {"Field": "Service.Tags", "Before": ["v1", "!canary"], "After": ["v2"]},
                {"Field": "Service.Connect", "Before": true, "After": false}
            ]
        })
    );
}

#[test]
fn update_without_a_change_puts_nothing() {
    let (output, put) = updates(
        &full_query(),
        &["--tag", "v1", "--tag", "!canary", "--connect"],
    );
    assert_eq!(
        ok(&output),
        format!("Query \"api\" ({ID}) is already as asked; nothing to do.\n")
    );
    assert_eq!(put, None);
    let (output, put) = updates(&full_query(), &["--service", "api", "-o", "json"]);
    assert_eq!(
        ok_json(&output),
        json!({"ID": ID, "Name": "api", "Action": "unchanged", "Changes": []})
    );
    assert_eq!(put, None);
}

#[test]
fn update_without_flags_is_refused_before_anything_is_sent() {
    refused(
        &["query", "update", "api"],
        &["nothing to change", "--file"],
    );
}

#[test]
fn update_refuses_to_overwrite_a_token_consul_hides() {
    let (output, put) = updates(&hidden(full_query()), &["--tag", "v2", "--token", CANARY]);
    let err = failed(&output, 1, &["updating query", "hides", "--query-token"]);
    assert!(err.starts_with("error: "), "{err}");
    assert_eq!(put, None);
}

#[test]
fn update_of_a_hidden_token_with_a_new_one_or_cleared_is_allowed() {
    let (output, put) = updates(
        &hidden(full_query()),
        &["--tag", "v2", "--query-token", "t2"],
    );
    ok(&output);
    assert_eq!(
        put,
        Some(with(
            full_query(),
            &[("/Service/Tags", json!(["v2"])), ("/Token", json!("t2"))]
        ))
    );
    let (output, put) = updates(&hidden(full_query()), &["--clear-query-token"]);
    ok(&output);
    assert_eq!(put, Some(with(full_query(), &[("/Token", json!(""))])));
}

#[test]
fn update_from_a_file_sends_it_as_written() {
    let definition = json!({"Name": "api", "service": {"service": "api", "onlypassing": true}});
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "q.json", &definition.to_string());
    let (output, put) = updates(&consul_query(ID, "api"), &["--file", &file]);
    assert_eq!(
        ok(&output),
        format!("Updated query \"api\" ({ID}):\n  Service.OnlyPassing: false -> true\n")
    );
    assert_eq!(put, Some(definition));
}

#[test]
fn update_from_a_file_that_matches_puts_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "q.json",
        r#"{"name": "api", "service": {"service": "api", "tags": [], "onlypassing": false}}"#,
    );
    let (output, put) = updates(&consul_query(ID, "api"), &["--file", &file]);
    assert_eq!(
        ok(&output),
        format!("Query \"api\" ({ID}) is already as asked; nothing to do.\n")
    );
    assert_eq!(put, None);
}

#[test]
fn update_of_an_unknown_query_is_exit_1_and_puts_nothing() {
    let mock = list_mock(two_queries());
    on(&mock, "PUT", &at_id(ID), ResponseTemplate::new(200));
    let err = fails(&cli(&mock, &["query", "update", "nope", "--tag", "v2"]), 1);
    assert!(err.contains("\"nope\""), "{err}");
    assert_eq!(routes(&mock), ["GET /v1/query"]);
}

/// A mock whose query under ID moves on each read: `answer(n)` for the n-th read (from 0).
fn moving_mock(answer: impl Fn(u64) -> Value + Send + Sync + 'static) -> Mock {
    let mock = Mock::start();
    let reads = std::sync::atomic::AtomicU64::new(0);
    mock.expect(
        Expect::given(method("GET"))
            .and(path(at_id(ID)))
            .respond_with(move |_: &wiremock::Request| {
                let n = reads.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                json_answer(json!([answer(n)]))
            }),
    );
    on(&mock, "PUT", &at_id(ID), ResponseTemplate::new(200));
    mock
}

#[test]
fn update_refuses_when_another_writer_changed_the_same_field_meanwhile() {
    let mock = moving_mock(|n| {
        if n == 0 {
            full_query()
        } else {
            with(
                full_query(),
                &[
                    ("/Service/Tags", json!(["theirs"])),
                    ("/ModifyIndex", json!(13)),
                ],
            )
        }
    });
    let output = cli(&mock, &["query", "update", ID, "--tag", "v2"]);
    failed(
        &output,
        1,
        &[
            "updating query",
            "another writer changed the query after it was read (Service.Tags, which this update changes too); nothing was written",
            &format!("`consulctl query get {ID}`"),
        ],
    );
    assert_eq!(
        routes(&mock),
        [format!("GET {}", at_id(ID)), format!("GET {}", at_id(ID))],
        "no PUT"
    );
}

#[test]
fn update_builds_again_on_a_change_to_other_fields_meanwhile() {
    let mock = moving_mock(|n| {
        if n == 0 {
            full_query()
        } else {
            with(
                full_query(),
                &[("/DNS/TTL", json!("1m")), ("/ModifyIndex", json!(13))],
            )
        }
    });
    let output = cli(&mock, &["query", "update", ID, "--tag", "v2"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(
        stderr_of(&output),
        format!("note: query {ID} was changed by another writer after it was read (DNS.TTL); the update is built again on what it holds now\n")
    );
    let expected = with(
        full_query(),
        &[
            ("/Service/Tags", json!(["v2"])),
            ("/DNS/TTL", json!("1m")),
            ("/ModifyIndex", json!(13)),
        ],
    );
    assert_eq!(body_of(&mock, "PUT"), expected);
    assert_eq!(routes(&mock).len(), 4, "read, read again twice, write");
}

#[test]
fn update_gives_up_without_writing_on_a_query_that_keeps_changing() {
    let mock = moving_mock(|n| with(full_query(), &[("/ModifyIndex", json!(12 + n))]));
    let output = cli(&mock, &["query", "update", ID, "--tag", "v2", "--quiet"]);
    failed(
        &output,
        1,
        &["the query kept changing while it was being written (4 times); nothing was written"],
    );
    assert!(
        routes(&mock).iter().all(|r| r.starts_with("GET ")),
        "no PUT"
    );
}

#[test]
fn update_of_a_query_deleted_meanwhile_says_so() {
    let mock = by_id_mock(&full_query());
    on(
        &mock,
        "PUT",
        &at_id(ID),
        text_answer(
            500,
            &format!("Cannot modify non-existent prepared query: '{ID}'"),
        ),
    );
    let output = cli(&mock, &["query", "update", ID, "--tag", "v2"]);
    failed(&output, 1, &["updating query", "no longer exists"]);
}

// ---------------------------------------------------------------------------------------------
// delete

#[test]
fn delete_by_id_reads_then_deletes() {
    let mock = by_id_mock(&full_query());
    on(&mock, "DELETE", &at_id(ID), ResponseTemplate::new(200));
    let output = cli(&mock, &["query", "delete", ID, "--token", CANARY]);
    assert_eq!(ok(&output), format!("Deleted query \"api\" ({ID}).\n"));
    let requests = sent(&mock);
    assert_eq!(
        routes(&mock),
        [
            format!("GET {}", at_id(ID)),
            format!("DELETE {}", at_id(ID))
        ]
    );
    assert_eq!(requests[1].body, None);
    assert!(requests.iter().all(|r| r.token.as_deref() == Some(CANARY)));
}

#[test]
fn delete_by_name_resolves_through_the_list() {
    let mock = list_mock(two_queries());
    on(
        &mock,
        "DELETE",
        &at_id(OTHER_ID),
        ResponseTemplate::new(200),
    );
    let output = cli(
        &mock,
        &["query", "delete", "web", "--dc", "dc2", "-o", "json"],
    );
    assert_eq!(
        ok_json(&output),
        json!({"ID": OTHER_ID, "Name": "web", "Deleted": true})
    );
    let requests = sent(&mock);
    assert_eq!(
        routes(&mock),
        [
            "GET /v1/query".to_string(),
            format!("DELETE {}", at_id(OTHER_ID))
        ]
    );
    assert!(requests.iter().all(|r| r.query == params(&[("dc", "dc2")])));
}

#[test]
fn delete_unknown_is_exit_1_and_deletes_nothing() {
    let mock = list_mock(two_queries());
    let err = fails(&cli(&mock, &["query", "delete", "nope"]), 1);
    assert!(
        err.contains("deleting query \"nope\"") && err.contains("no prepared query"),
        "{err}"
    );
    assert_eq!(routes(&mock), ["GET /v1/query"]);
}

#[test]
fn delete_unknown_with_missing_ok_is_exit_0() {
    let mock = list_mock(two_queries());
    let output = cli(&mock, &["query", "delete", "nope", "--missing-ok"]);
    assert_eq!(ok(&output), "No query \"nope\" exists; nothing to do.\n");
    let output = cli(
        &mock,
        &["query", "delete", "nope", "--missing-ok", "-o", "json"],
    );
    assert_eq!(ok_json(&output), json!({"Query": "nope", "Deleted": false}));
    assert_eq!(routes(&mock), ["GET /v1/query", "GET /v1/query"]);
}

#[test]
fn delete_of_a_query_deleted_meanwhile_says_so() {
    let mock = by_id_mock(&full_query());
    on(
        &mock,
        "DELETE",
        &at_id(ID),
        text_answer(
            500,
            &format!("Cannot modify non-existent prepared query: '{ID}'"),
        ),
    );
    failed(
        &cli(&mock, &["query", "delete", ID]),
        1,
        &["deleting query", "no longer exists"],
    );
}

#[test]
fn delete_sends_an_odd_id_as_one_escaped_segment() {
    let mock = list_mock(json!([consul_query(ODD, "odd")]));
    on(
        &mock,
        "DELETE",
        &at_id(ODD_ESCAPED),
        ResponseTemplate::new(200),
    );
    ok(&cli(&mock, &["query", "delete", "odd"]));
    assert_eq!(
        routes(&mock),
        [
            "GET /v1/query".to_string(),
            format!("DELETE {}", at_id(ODD_ESCAPED))
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// apply

/// `query apply --file F` (F holding `definition`) against a list of `stored` queries. POSTs
/// answer a new ID, PUTs 200.
fn applies(stored: Value, definition: &Value, extra: &[&str]) -> (Output, Mock) {
    let mock = list_mock(stored.clone());
    on(
        &mock,
        "POST",
        "/v1/query",
        json_answer(json!({ "ID": NEW_ID })),
    );
    on(&mock, "PUT", &at_id(ID), ResponseTemplate::new(200));
    // The query under ID, read again right before a write.
    if let Some(query) = stored
        .as_array()
        .and_then(|list| list.iter().find(|q| q["ID"] == ID))
    {
        on(&mock, "GET", &at_id(ID), json_answer(json!([query])));
    }
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "q.json", &definition.to_string());
    let output = cli(
        &mock,
        &[&["query", "apply", "--file", &file], extra].concat(),
    );
    (output, mock)
}

fn api_definition() -> Value {
    json!({"Name": "api", "Service": {"Service": "api", "OnlyPassing": true,
                                      "Failover": {"Datacenters": ["dc2"]}}})
}

#[test]
fn apply_creates_a_query_no_other_has_the_name_of() {
    let (output, mock) = applies(
        json!([consul_query(OTHER_ID, "web")]),
        &api_definition(),
        &[],
    );
    assert_eq!(ok(&output), format!("Created query \"api\" ({NEW_ID}).\n"));
    assert_eq!(routes(&mock), ["GET /v1/query", "POST /v1/query"]);
    assert_eq!(body_of(&mock, "POST"), api_definition());
}

#[test]
fn apply_create_json_output() {
    let (output, _) = applies(json!([]), &api_definition(), &["-o", "json"]);
    assert_eq!(
        ok_json(&output),
        json!({
            "ID": NEW_ID, "Name": "api", "Action": "created",
            "Changes": [
                {"Field": "Name", "Before": null, "After": "api"},
                {"Field": "Service.Service", "Before": null, "After": "api"},
                {"Field": "Service.OnlyPassing", "Before": null, "After": true},
                {"Field": "Service.Failover.Datacenters", "Before": null, "After": ["dc2"]}
            ]
        })
    );
}

#[test]
fn apply_updates_a_query_that_differs_with_the_file_as_written() {
    let (output, mock) = applies(two_queries_with_plain_api(), &api_definition(), &[]);
    assert_eq!(
        ok(&output),
        format!(
            "Updated query \"api\" ({ID}):\n  Service.OnlyPassing: false -> true\n  \
             Service.Failover.Datacenters: (none) -> [\"dc2\"]\n"
        )
    );
    assert_eq!(
        routes(&mock),
        [
            "GET /v1/query".to_string(),
            format!("GET {}", at_id(ID)),
            format!("PUT {}", at_id(ID))
        ]
    );
    assert_eq!(body_of(&mock, "PUT"), api_definition());
}

fn two_queries_with_plain_api() -> Value {
    json!([consul_query(OTHER_ID, "web"), consul_query(ID, "api")])
}

#[test]
fn apply_update_json_output() {
    let (output, _) = applies(
        two_queries_with_plain_api(),
        &api_definition(),
        &["-o", "json"],
    );
    assert_eq!(
        ok_json(&output),
        json!({
            "ID": ID, "Name": "api", "Action": "updated",
            "Changes": [
                {"Field": "Service.OnlyPassing", "Before": false, "After": true},
                {"Field": "Service.Failover.Datacenters", "Before": null, "After": ["dc2"]}
            ]
        })
    );
}

#[test]
fn apply_leaves_a_matching_query_alone_counting_zero_values_as_absent() {
    // Consul answers every field; the file names only some, with zero values for others.
    let definition = json!({
        "name": "api", "session": "", "token": "",
        "service": {"service": "api", "onlypassing": false, "tags": [], "near": "",
                    "failover": {"nearestn": 0, "datacenters": null}, "nodemeta": {}},
        "dns": {"ttl": ""}
    });
    let (output, mock) = applies(two_queries_with_plain_api(), &definition, &[]);
    assert_eq!(
        ok(&output),
        format!("Query \"api\" ({ID}) is already as asked; nothing to do.\n")
    );
    assert_eq!(routes(&mock), ["GET /v1/query"]);
    let (output, mock) = applies(two_queries_with_plain_api(), &definition, &["-o", "json"]);
    assert_eq!(
        ok_json(&output),
        json!({"ID": ID, "Name": "api", "Action": "unchanged", "Changes": []})
    );
    assert_eq!(routes(&mock), ["GET /v1/query"]);
}

#[test]
fn apply_in_another_datacenter_adds_dc_everywhere() {
    let (output, mock) = applies(json!([]), &api_definition(), &["--dc", "dc2"]);
    ok(&output);
    assert!(sent(&mock)
        .iter()
        .all(|r| r.query == params(&[("dc", "dc2")])));
}

#[test]
fn apply_hides_the_token_it_changes() {
    let definition = with(api_definition(), &[("/Token", json!(CANARY))]);
    let (output, mock) = applies(
        json!([with(consul_query(ID, "api"), &[("/Token", json!(STORED))])]),
        &definition,
        &[],
    );
    let text = ok(&output);
    assert!(
        text.contains("  Token: \"<hidden>\" -> \"<hidden>\"\n"),
        "{text}"
    );
    assert_no_secret(&output);
    assert_eq!(body_of(&mock, "PUT"), definition);
}

// ---------------------------------------------------------------------------------------------
// execute

fn instance(
    node: &str,
    node_address: &str,
    id: &str,
    address: &str,
    port: u16,
    tags: Value,
    statuses: &[&str],
) -> Value {
    let checks: Vec<Value> = statuses
        .iter()
        .enumerate()
        .map(|(n, status)| {
            json!({"Node": node, "CheckID": format!("check-{n}"), "Name": "c", "Status": status,
                   "Notes": "", "Output": "", "ServiceID": id, "ServiceName": "api"})
        })
        .collect();
    json!({
        "Node": {"ID": "", "Node": node, "Address": node_address, "Datacenter": "dc2",
                 "TaggedAddresses": {"lan": node_address}, "Meta": null,
                 "CreateIndex": 5, "ModifyIndex": 5},
        "Service": {"Kind": "", "ID": id, "Service": "api", "Tags": tags, "Address": address,
                    "Meta": null, "Port": port, "Weights": {"Passing": 1, "Warning": 1},
                    "EnableTagOverride": false, "CreateIndex": 6, "ModifyIndex": 6},
        "Checks": checks
    })
}

fn execution(nodes: Value, datacenter: &str, failovers: u64) -> Value {
    json!({"Service": "api", "Nodes": nodes, "DNS": {"TTL": ""}, "Datacenter": datacenter,
           "Failovers": failovers, "Index": 0, "LastContact": 0, "KnownLeader": true,
           "ConsistencyLevel": "default"})
}

fn three_instances() -> Value {
    json!([
        instance(
            "n1",
            "10.0.0.1",
            "api-1",
            "",
            8080,
            json!(["v1", "blue"]),
            &["passing"]
        ),
        instance(
            "n2",
            "10.0.0.2",
            "api-2",
            "10.0.1.7",
            9090,
            Value::Null,
            &["passing", "warning"]
        ),
        instance(
            "n3",
            "10.0.0.3",
            "api-3",
            "2001:db8::5",
            7070,
            json!([]),
            &[]
        ),
    ])
}

/// A mock answering `GET /v1/query/NAME/execute` (NAME as sent) with `answer`.
fn execute_mock(name: &str, answer: ResponseTemplate) -> Mock {
    let mock = Mock::start();
    on(&mock, "GET", &format!("/v1/query/{name}/execute"), answer);
    mock
}

#[test]
fn execute_sends_its_options_and_shows_a_table_with_who_answered() {
    let mock = execute_mock("api", json_answer(execution(three_instances(), "dc2", 1)));
    let line = format!(
        "query execute api --near _agent --limit 3 --datacenter dc2 --stale --token {CANARY}"
    );
    let output = cli(&mock, &words(&line));
    let text = ok(&output);
    let (grid, footer) = text
        .split_once("\n\n")
        .expect("a footer after a blank line");
    assert_eq!(footer, "Datacenter dc2 answered, after 1 failover.\n");
    assert_eq!(
        table(grid),
        [
            row(&[
                ("Node", "n1"),
                ("Address", "10.0.0.1"),
                ("Port", "8080"),
                ("Service ID", "api-1"),
                ("Tags", "v1,blue"),
                ("Health", "1 passing")
            ]),
            row(&[
                ("Node", "n2"),
                ("Address", "10.0.1.7"),
                ("Port", "9090"),
                ("Service ID", "api-2"),
                ("Tags", ""),
                ("Health", "1 passing, 1 warning")
            ]),
            row(&[
                ("Node", "n3"),
                ("Address", "2001:db8::5"),
                ("Port", "7070"),
                ("Service ID", "api-3"),
                ("Tags", ""),
                ("Health", "no checks")
            ]),
        ]
    );
    let requests = sent(&mock);
    assert_eq!(routes(&mock), ["GET /v1/query/api/execute"]);
    assert_eq!(
        requests[0].query,
        params(&[
            ("near", "_agent"),
            ("limit", "3"),
            ("dc", "dc2"),
            ("stale", "")
        ])
    );
    assert_eq!(requests[0].token.as_deref(), Some(CANARY));
}

#[test]
fn execute_footer_counts_failovers() {
    for (failovers, words) in [(0, "no failover"), (2, "after 2 failovers")] {
        let mock = execute_mock(
            "api",
            json_answer(execution(three_instances(), "dc1", failovers)),
        );
        let text = ok(&cli(&mock, &["query", "execute", "api", "--consistent"]));
        assert!(
            text.ends_with(&format!("\n\nDatacenter dc1 answered, {words}.\n")),
            "{text}"
        );
        assert_eq!(sent(&mock)[0].query, params(&[("consistent", "")]));
    }
}

#[test]
fn execute_addrs_prints_one_address_and_port_a_line_and_nothing_else() {
    let mock = execute_mock("api", json_answer(execution(three_instances(), "dc2", 1)));
    let output = cli(&mock, &["query", "execute", "api", "-o", "addrs"]);
    assert_eq!(
        ok(&output),
        "10.0.0.1:8080\n10.0.1.7:9090\n[2001:db8::5]:7070\n"
    );
}

#[test]
fn execute_json_is_consuls_answer_as_it_came() {
    let answer = execution(three_instances(), "dc2", 1);
    let mock = execute_mock("api", json_answer(answer.clone()));
    let output = cli(&mock, &["query", "execute", "api", "-o", "json"]);
    assert_eq!(ok_json(&output), answer);
}

#[test]
fn execute_with_fewer_than_min_is_exit_1_and_prints_nothing() {
    let one = json!([instance(
        "n1",
        "10.0.0.1",
        "api-1",
        "",
        8080,
        Value::Null,
        &["passing"]
    )]);
    let mock = execute_mock("api", json_answer(execution(one, "dc1", 0)));
    for format in ["table", "addrs", "json"] {
        let err = fails(
            &cli(
                &mock,
                &["query", "execute", "api", "--min", "2", "-o", format],
            ),
            1,
        );
        assert!(
            err.contains("found 1 healthy instance of \"api\"")
                && err.contains("fewer than --min 2")
                && err.contains("datacenter dc1 answered"),
            "{err}"
        );
    }
    let output = cli(
        &mock,
        &["query", "execute", "api", "--min", "1", "-o", "addrs"],
    );
    assert_eq!(ok(&output), "10.0.0.1:8080\n");
}

#[test]
fn execute_with_no_healthy_instance_is_not_an_error_without_min() {
    for nodes in [json!([]), Value::Null] {
        let mock = execute_mock("api", json_answer(execution(nodes, "dc1", 0)));
        assert_eq!(
            ok(&cli(&mock, &["query", "execute", "api"])),
            "No healthy instance of \"api\": datacenter dc1 answered, no failover.\n"
        );
        assert_eq!(
            ok(&cli(&mock, &["query", "execute", "api", "-o", "addrs"])),
            ""
        );
        let err = fails(&cli(&mock, &["query", "execute", "api", "--min", "1"]), 1);
        assert!(err.contains("found 0 healthy instances"), "{err}");
    }
}

#[test]
fn execute_of_an_unknown_query_is_exit_1() {
    let mock = execute_mock("nope", text_answer(404, "Query not found"));
    let err = fails(&cli(&mock, &["query", "execute", "nope", "-o", "addrs"]), 1);
    assert!(
        err.contains("executing query \"nope\"") && err.contains("no prepared query"),
        "{err}"
    );
}

#[test]
fn execute_and_explain_send_an_odd_name_as_one_escaped_segment() {
    let mock = Mock::start();
    on(
        &mock,
        "GET",
        &format!("/v1/query/{ODD_ESCAPED}/execute"),
        json_answer(execution(json!([]), "dc1", 0)),
    );
    on(
        &mock,
        "GET",
        &format!("/v1/query/{ODD_ESCAPED}/explain"),
        json_answer(json!({"Query": consul_query(ID, ODD)})),
    );
    ok(&cli(&mock, &["query", "execute", ODD]));
    ok(&cli(&mock, &["query", "explain", ODD]));
    // An execute that found nothing reads the query's failover (through explain, which
    // renders a template for the name), to name the datacenters Consul skipped; then its
    // service's instances, to say why none is healthy. The last explain is the command's own.
    assert_eq!(
        routes(&mock),
        [
            format!("GET /v1/query/{ODD_ESCAPED}/execute"),
            format!("GET /v1/query/{ODD_ESCAPED}/explain"),
            "GET /v1/health/service/api".to_string(),
            format!("GET /v1/query/{ODD_ESCAPED}/explain"),
        ]
    );
}

#[test]
fn addrs_output_applies_to_query_execute_only() {
    for args in [
        &["query", "list", "-o", "addrs"][..],
        &["query", "get", "api", "-o", "addrs"],
        &["query", "explain", "api", "-o", "addrs"],
        &words("query create --name a --service a -o addrs"),
        &["query", "delete", "api", "-o", "addrs"],
        &["agent", "members", "-o", "addrs"],
        &["check", "list", "-o", "addrs"],
    ] {
        refused(args, &["addrs", "query execute"]);
    }
}

// ---------------------------------------------------------------------------------------------
// explain

fn rendered() -> Value {
    with(
        full_query(),
        &[
            ("/Name", json!("api-eu")),
            ("/Service/Service", json!("api-eu")),
        ],
    )
}

#[test]
fn explain_shows_the_rendered_query() {
    let mock = Mock::start();
    on(
        &mock,
        "GET",
        "/v1/query/api-eu/explain",
        json_answer(json!({"Query": rendered()})),
    );
    let output = cli(
        &mock,
        &[
            "query", "explain", "api-eu", "--dc", "dc2", "--token", CANARY,
        ],
    );
    let mut expected = full_query_fields("(set; shown with --show-token)");
    expected[1].1 = "api-eu".into();
    expected[2].1 = "api-eu".into();
    assert_eq!(fields(&ok(&output)), expected);
    assert_no_secret(&output);
    let requests = sent(&mock);
    assert_eq!(routes(&mock), ["GET /v1/query/api-eu/explain"]);
    assert_eq!(requests[0].query, params(&[("dc", "dc2")]));
    assert_eq!(requests[0].token.as_deref(), Some(CANARY));
}

#[test]
fn explain_json_is_the_query_with_the_token_hidden() {
    let mock = Mock::start();
    on(
        &mock,
        "GET",
        "/v1/query/api-eu/explain",
        json_answer(json!({"Query": rendered()})),
    );
    let output = cli(&mock, &["query", "explain", "api-eu", "-o", "json"]);
    // Consul's answer as sent, as `curl … | jq .Query` reads it.
    assert_eq!(ok_json(&output), json!({"Query": hidden(rendered())}));
    assert_no_secret(&output);
    let output = cli(
        &mock,
        &["query", "explain", "api-eu", "-o", "json", "--show-token"],
    );
    assert_eq!(ok_json(&output), json!({"Query": rendered()}));
}

/// The sample answer of "Explain Prepared Query" in HashiCorp's API docs
/// (website/source/api/query.html.md), as written there: `"Name"` twice.
const DOCS_EXPLAIN_SAMPLE: &str = r#"{
  "Query": {
    "ID": "8f246b77-f3e1-ff88-5b48-8ec93abf3e05",
    "Name": "my-query",
    "Session": "adf4238a-882b-9ddc-4a9d-5b6758e4159e",
    "Token": "<hidden>",
    "Name": "geo-db",
    "Template": {
      "Type": "name_prefix_match",
      "Regexp": "^geo-db-(.*?)-([^\\-]+?)$"
    },
    "Service": {
      "Service": "mysql-customer",
      "Failover": {
        "NearestN": 3,
        "Datacenters": ["dc1", "dc2"]
      },
      "OnlyPassing": true,
      "Tags": ["primary"],
      "NodeMeta": {"instance_type": "m3.large"}
    }
  }
}
"#;

/// Consul's Go client takes the last of a repeated key; so does consulctl, in every format.
#[test]
fn explain_of_the_docs_sample_with_a_repeated_name_takes_the_last() {
    let mock = Mock::start();
    on(
        &mock,
        "GET",
        "/v1/query/geo-db-customer-primary/explain",
        ResponseTemplate::new(200).set_body_raw(DOCS_EXPLAIN_SAMPLE, "application/json"),
    );
    let output = cli(&mock, &["query", "explain", "geo-db-customer-primary"]);
    assert_eq!(
        fields(&ok(&output)),
        pairs(&[
            ("ID", "8f246b77-f3e1-ff88-5b48-8ec93abf3e05"),
            ("Name", "geo-db"),
            ("Service", "mysql-customer"),
            ("Tags", "primary"),
            ("OnlyPassing", "yes"),
            ("Near", ""),
            ("IgnoreCheckIDs", ""),
            ("NodeMeta", "instance_type=m3.large"),
            ("ServiceMeta", ""),
            ("Connect", "no"),
            ("Failover", "nearest 3, then dc1, dc2"),
            ("DNS TTL", ""),
            ("Session", "adf4238a-882b-9ddc-4a9d-5b6758e4159e"),
            ("Token", "(set; Consul hides it from this caller)"),
            ("Template", "name_prefix_match"),
            ("Regexp", r"^geo-db-(.*?)-([^\-]+?)$"),
            ("RemoveEmptyTags", "no"),
        ])
    );
    // JSON is the answer as sent, both Names included, only the layout changed.
    for extra in [&[][..], &["--show-token"]] {
        let args = [
            &["query", "explain", "geo-db-customer-primary", "-o", "json"],
            extra,
        ]
        .concat();
        let output = cli(&mock, &args);
        assert_eq!(
            ok(&output),
            format!(
                "{}\n",
                String::from_utf8(crate::cli_versions_corpus::tokens(
                    DOCS_EXPLAIN_SAMPLE.as_bytes()
                ))
                .unwrap()
            ),
            "{args:?}"
        );
    }
}

/// Not explain alone: every answer takes a repeated key last-wins (here get and execute).
#[test]
fn answers_that_repeat_a_key_are_read_last_wins() {
    let mock = Mock::start();
    let query = format!(
        r#"[{{"ID":"{ID}","Name":"old","Service":{{"Service":"api","Tags":["a"],"Tags":["b"]}},"Name":"api"}}]"#
    );
    on(
        &mock,
        "GET",
        &at_id(ID),
        ResponseTemplate::new(200).set_body_raw(query.clone(), "application/json"),
    );
    let shown = fields(&ok(&cli(&mock, &["query", "get", ID])));
    assert_eq!(shown[1], pairs(&[("Name", "api")])[0]);
    assert_eq!(shown[3], pairs(&[("Tags", "b")])[0]);
    let output = cli(&mock, &["query", "get", ID, "-o", "json"]);
    assert_eq!(ok(&output), format!("{query}\n"), "as sent");

    let mut answer = execution(three_instances(), "dc1", 0).to_string();
    answer.insert_str(answer.len() - 1, r#","Datacenter":"dc3","Failovers":2"#);
    let mock = execute_mock(
        "api",
        ResponseTemplate::new(200).set_body_raw(answer, "application/json"),
    );
    let text = ok(&cli(&mock, &["query", "execute", "api"]));
    assert!(
        text.ends_with("\n\nDatacenter dc3 answered, after 2 failovers.\n"),
        "{text}"
    );
}

#[test]
fn explain_of_an_unknown_query_is_exit_1() {
    let mock = Mock::start();
    on(
        &mock,
        "GET",
        "/v1/query/nope/explain",
        text_answer(404, "Query not found"),
    );
    let err = fails(&cli(&mock, &["query", "explain", "nope"]), 1);
    assert!(
        err.contains("explaining query \"nope\"") && err.contains("no prepared query"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// Consul's 500s for query definitions become plain words.

#[test]
fn consuls_refusals_of_a_definition_are_exit_1_in_plain_words() {
    for (body, needles) in [
        (
            "name 'api' aliases an existing query name",
            &[
                "creating query \"api\"",
                "a prepared query named 'api' exists already",
                "query update",
            ][..],
        ),
        (
            "Invalid prepared query: Must provide a Service name to query",
            &[
                "creating query \"api\"",
                "Consul refused the definition: Must provide a Service name",
            ],
        ),
        (
            "Invalid prepared query: Bad DNS TTL 'abc': time: invalid duration abc",
            &["Consul refused the definition: Bad DNS TTL 'abc'"],
        ),
        (
            "failed compiling template: Bad Regexp: error parsing regexp: missing closing ): `^(x`",
            &["Consul cannot compile the template: Bad Regexp"],
        ),
        (
            "failed compiling template: Bad Template.Type 'x'",
            &["Consul cannot compile the template: Bad Template.Type 'x'"],
        ),
        (
            "rpc error making call: something else",
            &[
                "creating query \"api\"",
                "answered 500: rpc error making call: something else",
            ],
        ),
    ] {
        let mock = Mock::start();
        on(&mock, "POST", "/v1/query", text_answer(500, body));
        let line = format!("query create --name api --service api --query-token {CANARY}");
        let output = cli(&mock, &words(&line));
        let line = failed(&output, 1, needles);
        let verbatim = format!("Consul at {} answered 500", mock.uri());
        assert_eq!(line.contains(&verbatim), body.starts_with("rpc"), "{line}");
        assert_eq!(routes(&mock), ["POST /v1/query"]);
    }
}

#[test]
fn apply_create_of_a_duplicate_name_says_so() {
    let mock = list_mock(json!([]));
    on(
        &mock,
        "POST",
        "/v1/query",
        text_answer(500, "name 'api' aliases an existing query name"),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "q.json", &api_definition().to_string());
    failed(
        &cli(&mock, &["query", "apply", "--file", &file]),
        1,
        &["applying query \"api\"", "exists already"],
    );
}

// ---------------------------------------------------------------------------------------------
// Bad input: exit 2, the value named, nothing sent.

/// [`refused`] for a command line of words without spaces.
fn refuses(line: &str, needles: &[&str]) {
    refused(&words(line), needles);
}

#[test]
fn create_without_service_is_refused() {
    refuses("query create --name api", &["--service"]);
}

#[test]
fn create_without_name_or_session_is_refused() {
    refuses("query create --service api", &["--name", "--session"]);
}

const CREATE: &str = "query create --name api --service api";

#[test]
fn bad_definition_flags_are_refused() {
    for (flags, needles) in [
        ("--dns-ttl abc", &["'abc'", "--dns-ttl"][..]),
        ("--dns-ttl 30", &["'30'", "--dns-ttl"]),
        (
            "--failover-nearest -1",
            &["'-1'", "--failover-nearest", "negative"],
        ),
        ("--failover-nearest x", &["'x'", "--failover-nearest"]),
        ("--template regexp --regexp ^(x", &["^(x", "--regexp"]),
        (
            "--template regexp --regexp a{1001}",
            &["a{1001}", "at most 1000"],
        ),
        ("--template regexp --regexp \\p{Foo}", &["Foo", "--regexp"]),
        ("--template regexp", &["--template regexp needs --regexp"]),
        ("--regexp ^api-(.*)$", &["--regexp", "--template"]),
        (
            "--remove-empty-tags",
            &["--remove-empty-tags", "--template"],
        ),
        ("--template other", &["'other'", "--template"]),
        ("--tag !", &["'!'", "--tag"]),
        ("--node-meta rack", &["'rack'", "--node-meta"]),
        (
            "--node-meta rack=a --node-meta rack=b",
            &["--node-meta", "\"rack\"", "twice"],
        ),
        (
            "--service-meta v=1 --service-meta v=2",
            &["--service-meta", "\"v\"", "twice"],
        ),
        (
            "--query-token a --query-token-file /x",
            &["--query-token", "--query-token-file"],
        ),
        (
            "--file /nonexistent.json",
            &["--file", "cannot be used with"],
        ),
    ] {
        refuses(&format!("{CREATE} {flags}"), needles);
    }
    let create = |extra: &[&'static str]| [&words(CREATE)[..], extra].concat();
    refused(
        &create(&["--failover-dc", "d c"]),
        &["'d c'", "--failover-dc"],
    );
    refused(&create(&["--tag", ""]), &["--tag"]);
    // An ignored check ID is checked as other IDs are: named, escaped, on one line.
    refused(
        &create(&["--ignore-check", " "]),
        &["--ignore-check", "empty"],
    );
    refused(
        &create(&["--ignore-check", "a\nb"]),
        &["\"a\\nb\"", "--ignore-check", "control characters"],
    );
    refused(&create(&["--query-token", ""]), &["--query-token", "empty"]);
    refuses(
        "query create --service api --template name_prefix_match --session s",
        &["template needs a name"],
    );
}

#[test]
fn bad_query_token_files_are_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing").to_str().unwrap().to_string();
    let empty = write(dir.path(), "empty", "\n");
    for (file, why) in [(missing.as_str(), "cannot read"), (empty.as_str(), "empty")] {
        let args = [
            "query",
            "create",
            "--name",
            "api",
            "--service",
            "api",
            "--query-token-file",
            file,
        ];
        refused(&args, &[file, why, "--query-token-file"]);
        refused(
            &["query", "update", "api", "--query-token-file", file],
            &[file, why, "--query-token-file"],
        );
    }
}

#[test]
fn bad_definition_files_are_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir
        .path()
        .join("missing.json")
        .to_str()
        .unwrap()
        .to_string();
    let cases = [
        (missing.clone(), vec!["cannot read"]),
        (write(dir.path(), "empty.json", " \n"), vec!["empty"]),
        (
            write(dir.path(), "bad.json", "{\"Name\": "),
            vec!["not valid JSON"],
        ),
        (
            write(dir.path(), "list.json", "[{\"Name\": \"api\"}]"),
            vec!["array", "not an object"],
        ),
        (
            write(
                dir.path(),
                "shape.json",
                r#"{"Name": "api", "Service": "api"}"#,
            ),
            vec!["not a prepared query definition"],
        ),
        (
            write(
                dir.path(),
                "noservice.json",
                r#"{"Name": "api", "Service": {}}"#,
            ),
            vec!["names no service"],
        ),
        (
            write(
                dir.path(),
                "type.json",
                r#"{"Name": "geo-", "Template": {"Type": "regexp", "Regexp": "^geo-(.*)$"},
                    "Service": {"Service": "x"}}"#,
            ),
            vec!["\"regexp\"", "name_prefix_match"],
        ),
        (
            write(
                dir.path(),
                "re.json",
                r#"{"Name": "geo-", "Template": {"Type": "name_prefix_match", "Regexp": "^(x"},
                    "Service": {"Service": "x"}}"#,
            ),
            vec!["^(x", "regular expression"],
        ),
    ];
    for (file, needles) in &cases {
        let named: Vec<&str> = std::iter::once(file.as_str())
            .chain(needles.iter().copied())
            .collect();
        refused(&["query", "create", "--file", file], &named);
        refused(&["query", "apply", "--file", file], &named);
        refused(&["query", "update", ID, "--file", file], &named);
    }
}

#[test]
fn apply_file_without_a_name_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "q.json",
        r#"{"Session": "s1", "Service": {"Service": "api"}}"#,
    );
    refused(&["query", "apply", "--file", &file], &[&file, "\"Name\""]);
    refused(&["query", "apply"], &["--file"]);
}

#[test]
fn update_file_with_clear_flags_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "q.json", &api_definition().to_string());
    refused(
        &["query", "update", "api", "--file", &file, "--clear-tags"],
        &["--file", "--clear-"],
    );
    refused(
        &["query", "update", "api", "--file", &file, "--tag", "x"],
        &["--file", "--tag"],
    );
}

#[test]
fn update_flags_that_cannot_go_together_are_refused() {
    for (flags, needles) in [
        ("--tag a --clear-tags", &["--tag", "--clear-tags"][..]),
        ("--connect --no-connect", &["--connect", "--no-connect"]),
        (
            "--only-passing --no-only-passing",
            &["--only-passing", "--no-only-passing"],
        ),
        (
            "--template name_prefix_match --no-template",
            &["--template", "--no-template"],
        ),
        (
            "--query-token x --clear-query-token",
            &["--query-token", "--clear-query-token"],
        ),
        (
            "--node-meta a=1 --node-meta a=2",
            &["--node-meta", "\"a\"", "twice"],
        ),
        ("--template regexp", &["--template regexp needs --regexp"]),
    ] {
        refuses(&format!("query update {ID} {flags}"), needles);
    }
}

#[test]
fn bad_read_and_execute_flags_are_refused() {
    for (line, needles) in [
        ("query execute api --limit 0", &["'0'", "--limit"][..]),
        ("query execute api --min 0", &["'0'", "--min"]),
        (
            "query execute api --limit 1 --min 2",
            &["--limit 1", "--min 2"],
        ),
        ("query list --wait 0s", &["'0s'", "--wait"]),
        ("query list --wait 11m", &["'11m'", "10m"]),
        ("query list --wait 5", &["'5'", "--wait"]),
        ("query list --index 7", &["--index 7", "--wait"]),
        ("query get api --index 7", &["--index 7", "--wait"]),
        (
            "query list --stale --consistent",
            &["--stale", "--consistent"],
        ),
        ("query get ..", &["'..'"]),
    ] {
        refuses(line, needles);
    }
    refused(&["query", "execute", ""], &["empty"]);
}

// ---------------------------------------------------------------------------------------------
// Secrets: neither the caller's token nor a stored one ever shows, -v included.

/// A mock answering every query endpoint, with the stored token in what it holds.
fn everything_mock() -> Mock {
    let mock = list_mock(json!([full_query()]));
    on(&mock, "GET", &at_id(ID), json_answer(json!([full_query()])));
    on(
        &mock,
        "POST",
        "/v1/query",
        json_answer(json!({ "ID": NEW_ID })),
    );
    on(&mock, "PUT", &at_id(ID), ResponseTemplate::new(200));
    on(&mock, "DELETE", &at_id(ID), ResponseTemplate::new(200));
    on(
        &mock,
        "GET",
        "/v1/query/api/execute",
        json_answer(execution(three_instances(), "dc1", 0)),
    );
    on(
        &mock,
        "GET",
        "/v1/query/api/explain",
        json_answer(json!({"Query": full_query()})),
    );
    mock
}

#[test]
fn no_token_ever_shows_with_verbose_or_without() {
    let dir = tempfile::tempdir().unwrap();
    let token_file = write(dir.path(), "token", &format!("{CANARY}\n"));
    let new_file = write(
        dir.path(),
        "new.json",
        &json!({"Name": "new", "Token": CANARY, "Service": {"Service": "new"}}).to_string(),
    );
    let change_file = write(
        dir.path(),
        "api.json",
        &with(
            full_query(),
            &[("/Token", json!(CANARY)), ("/DNS/TTL", json!("1s"))],
        )
        .to_string(),
    );
    let commands: Vec<Vec<&str>> = vec![
        vec![
            "create",
            "--name",
            "a",
            "--service",
            "a",
            "--query-token",
            CANARY,
        ],
        vec![
            "create",
            "--name",
            "a",
            "--service",
            "a",
            "--query-token-file",
            &token_file,
        ],
        vec!["create", "--file", &new_file],
        vec!["list"],
        vec!["get", "api"],
        vec!["get", ID],
        vec!["update", "api", "--tag", "v9"],
        vec!["update", ID, "--query-token", CANARY],
        vec![
            "update",
            ID,
            "--query-token-file",
            &token_file,
            "--no-connect",
        ],
        vec!["update", ID, "--file", &change_file],
        vec!["apply", "--file", &new_file],
        vec!["apply", "--file", &change_file],
        vec!["delete", "api"],
        vec!["execute", "api"],
        vec!["explain", "api"],
    ];
    for command in &commands {
        for format in ["table", "json"] {
            for verbose in [true, false] {
                let mock = everything_mock();
                let mut args = vec!["--token", CANARY, "-o", format, "query"];
                if verbose {
                    args.insert(0, "-v");
                }
                args.extend(command);
                let output = cli(&mock, &args);
                assert_eq!(
                    output.status.code(),
                    Some(0),
                    "{args:?}: {}",
                    stderr_of(&output)
                );
                assert_no_secret(&output);
                let stderr = stderr_of(&output);
                if verbose {
                    assert!(stderr.contains("X-Consul-Token: <redacted>"), "{stderr}");
                }
                let requests = sent(&mock);
                assert!(!requests.is_empty(), "{args:?}");
                for request in requests {
                    assert_eq!(request.token.as_deref(), Some(CANARY), "{args:?}");
                }
            }
        }
    }
}

#[test]
fn verbose_log_shows_a_query_body_with_its_token_redacted() {
    let flags = format!("-v --name api --service api --query-token {CANARY}");
    let (output, mock) = creates(&words(&flags));
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), format!("{NEW_ID}\n"));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains(&format!("> POST {}/v1/query", mock.uri())),
        "{stderr}"
    );
    assert!(stderr.contains(r#""Token":"<redacted>""#), "{stderr}");
    assert_no_secret(&output);
    assert_eq!(body_of(&mock, "POST")["Token"], json!(CANARY));
}

#[test]
fn a_token_in_the_environment_never_shows_either() {
    let mock = everything_mock();
    let output = run(consulctl_at(&mock.addr())
        .env("CONSUL_HTTP_TOKEN", CANARY)
        .args(["-v", "query", "update", ID, "--query-token", CANARY]));
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_no_secret(&output);
    assert_eq!(body_of(&mock, "PUT")["Token"], json!(CANARY));
}

#[test]
fn names_that_could_never_be_addressed_are_refused() {
    refuses(
        "query create --service api --name a/../b",
        &["a/../b", "--name"],
    );
}
