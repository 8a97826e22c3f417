//! `agent …` (and the `service list` / `check list` aliases): requests as they reach the wire,
//! and the table and JSON the user sees. One section per command, in `agent --help`'s order,
//! each ending with the command's refusals as a table of cases; then what holds for every
//! command's output.

use serde_json::{json, Value};
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::cli_errors::failed;
use crate::support::refusals::{all_refused, case, line};
use crate::support::{consulctl_at, json_of, run, stderr_of, stdout_of, Mock, CANARY};

// ---------------------------------------------------------------------------------------------
// Helpers.

fn ok_json(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

/// A PUT to `p` answered 200 with no body, expected once.
fn expect_put(mock: &Mock, p: &str) {
    mock.expect(
        Expect::given(method("PUT"))
            .and(path(p))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
}

/// Splits a table into its rows of whitespace-separated words, the header row first.
fn table_rows(stdout: &str) -> Vec<Vec<String>> {
    stdout
        .lines()
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// agent members

/// Members as Consul answers them: numbers for status, build with its revision, unsorted.
fn members_answer() -> Value {
    json!([
        {
            "Name": "web-2", "Addr": "10.0.0.12", "Port": 8301,
            "Tags": {"role": "node", "dc": "dc1", "build": "1.17.1:abcdef12", "vsn": "2", "segment": ""},
            "Status": 4, "ProtocolMin": 1, "ProtocolMax": 5, "ProtocolCur": 2,
            "DelegateMin": 2, "DelegateMax": 5, "DelegateCur": 4
        },
        {
            "Name": "consul-1", "Addr": "10.0.0.2", "Port": 8301,
            "Tags": {"role": "consul", "dc": "dc1", "build": "1.17.1:abcdef12", "vsn": "2"},
            "Status": 1, "ProtocolMin": 1, "ProtocolMax": 5, "ProtocolCur": 2,
            "DelegateMin": 2, "DelegateMax": 5, "DelegateCur": 4
        },
        {
            "Name": "db-1", "Addr": "10.0.0.7", "Port": 8301,
            "Tags": {"role": "node", "dc": "dc1", "build": "1.16.0:0123", "vsn": "2", "segment": "alpha"},
            "Status": 3, "ProtocolMin": 1, "ProtocolMax": 5, "ProtocolCur": 2,
            "DelegateMin": 2, "DelegateMax": 5, "DelegateCur": 4
        }
    ])
}

#[test]
fn members_lists_the_lan_with_the_token_header() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .and(query_param_is_missing("wan"))
            .and(query_param_is_missing("segment"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ok_json(members_answer()))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "members", "--token", CANARY]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    mock.verify();
    assert!(mock.requests()[0].body.is_empty(), "a GET carries no body");
}

#[test]
fn members_wan_asks_for_the_wan_pool() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .and(query_param("wan", "1"))
            .respond_with(ok_json(json!([])))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "members", "--wan"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    mock.verify();
}

#[test]
fn members_segment_is_passed_through() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .and(query_param("segment", "alpha"))
            .and(query_param_is_missing("wan"))
            .respond_with(ok_json(json!([])))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "members", "--segment", "alpha"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    mock.verify();
}

#[test]
fn members_table_has_the_documented_headers_words_and_order() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .respond_with(ok_json(members_answer()))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "members"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    let rows = table_rows(&stdout);
    assert_eq!(
        rows[0],
        ["Node", "Address", "Status", "Type", "Build", "Protocol", "DC", "Segment"],
        "{stdout}"
    );
    assert_eq!(rows.len(), 4, "{stdout}");
    assert_eq!(
        rows[1],
        [
            "consul-1",
            "10.0.0.2:8301",
            "alive",
            "server",
            "1.17.1",
            "2",
            "dc1"
        ]
    );
    assert_eq!(
        rows[2],
        [
            "db-1",
            "10.0.0.7:8301",
            "left",
            "client",
            "1.16.0",
            "2",
            "dc1",
            "alpha"
        ]
    );
    assert_eq!(
        rows[3],
        [
            "web-2",
            "10.0.0.12:8301",
            "failed",
            "client",
            "1.17.1",
            "2",
            "dc1"
        ]
    );
    assert!(!stdout.contains('\x1b'), "no colour off a terminal");
    mock.verify();
}

/// Network segments are Consul Enterprise's: where every member's is empty, as on Community
/// Edition, the table has no Segment column (e2e_tables: on the real agent too).
#[test]
fn members_table_has_no_segment_column_when_no_member_has_one() {
    let mock = Mock::start();
    let answer: Vec<Value> = members_answer()
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["Tags"]["segment"] != "alpha")
        .cloned()
        .collect();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .respond_with(ok_json(Value::Array(answer)))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "members"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        "\
Node      Address         Status  Type    Build   Protocol  DC
consul-1  10.0.0.2:8301   alive   server  1.17.1  2         dc1
web-2     10.0.0.12:8301  failed  client  1.17.1  2         dc1
"
    );
    mock.verify();
}

#[test]
fn members_status_is_never_a_raw_number() {
    let mock = Mock::start();
    let answer: Vec<Value> = (0..=6)
        .map(|status| {
            json!({"Name": format!("n{status}"), "Addr": "10.0.0.1", "Port": 8301,
                   "Tags": {"role": "node"}, "Status": status})
        })
        .collect();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .respond_with(ok_json(Value::Array(answer)))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "members"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let statuses: Vec<String> = table_rows(&stdout_of(&output))[1..]
        .iter()
        .map(|row| row[2].clone())
        .collect();
    assert_eq!(
        statuses,
        ["none", "alive", "leaving", "left", "failed", "unknown", "unknown"]
    );
    mock.verify();
}

#[test]
fn members_json_keeps_consuls_fields_sorted_by_name() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .respond_with(ok_json(members_answer()))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "members", "-o", "json"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let members = json_of(&output);
    let members = members.as_array().expect("an array");
    let names: Vec<&str> = members
        .iter()
        .map(|m| m["Name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["consul-1", "db-1", "web-2"]);
    let web = &members[2];
    assert_eq!(web["Addr"], "10.0.0.12");
    assert_eq!(web["Port"], 8301);
    assert_eq!(web["Status"], 4, "JSON keeps Consul's number");
    assert_eq!(web["Tags"]["build"], "1.17.1:abcdef12");
    assert_eq!(
        web["DelegateCur"], 4,
        "fields consulctl does not name are kept"
    );
    assert_eq!(web["ProtocolMax"], 5);
    mock.verify();
}

#[test]
fn members_empty_table_has_just_the_headers() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .respond_with(ok_json(json!([])))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "members"]));
    assert!(output.status.success());
    let rows = table_rows(&stdout_of(&output));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][0], "Node");
    mock.verify();
}

#[test]
fn agent_members_refusals() {
    all_refused(vec![line(
        "agent members --wan --segment alpha",
        &["--wan", "--segment"],
    )]);
}

// ---------------------------------------------------------------------------------------------
// agent self

fn self_answer() -> Value {
    json!({
        "Config": {
            "Datacenter": "dc1", "NodeName": "consul-1",
            "NodeID": "4f9a0c2e-1111-2222-3333-444455556666",
            "Server": true, "Revision": "abcdef12", "Version": "1.17.1",
            "PrimaryDatacenter": "dc1"
        },
        "DebugConfig": {"Bootstrap": true},
        "Coord": {"Vec": [0.0, 0.0], "Error": 1.5},
        "Member": {"Name": "consul-1", "Addr": "10.0.0.2", "Port": 8301,
                   "Tags": {"role": "consul"}, "Status": 1},
        "Stats": {"agent": {"checks": "3"}},
        "Meta": {"consul-network-segment": ""}
    })
}

/// A value Consul left empty (a build without its revision, as the real 1.8.7 agent's is: see
/// e2e_tables) is no row: a table never shows a value Consul did not mean.
#[test]
fn agent_self_has_no_row_for_an_empty_value() {
    let mut answer = self_answer();
    answer["Config"]["Revision"] = json!("");
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/self"))
            .respond_with(ok_json(answer))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "self"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        "\
Name        consul-1
Node ID     4f9a0c2e-1111-2222-3333-444455556666
Datacenter  dc1
Version     1.17.1
Server      yes
Address     10.0.0.2:8301
"
    );
    mock.verify();
}

#[test]
fn agent_self_shows_name_datacenter_version_and_role() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/self"))
            .respond_with(ok_json(self_answer()))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "self"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    for (key, value) in [
        ("Name", "consul-1"),
        ("Node ID", "4f9a0c2e-1111-2222-3333-444455556666"),
        ("Datacenter", "dc1"),
        ("Version", "1.17.1"),
        ("Revision", "abcdef12"),
        ("Server", "yes"),
        ("Address", "10.0.0.2:8301"),
    ] {
        assert!(
            stdout
                .lines()
                .any(|l| l.starts_with(key) && l.trim_end().ends_with(value)),
            "no {key}: {value} line in {stdout}"
        );
    }
    mock.verify();
}

#[test]
fn agent_self_json_is_consuls_whole_answer() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/self"))
            .respond_with(ok_json(self_answer()))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "self", "--output", "json"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let value = json_of(&output);
    assert_eq!(value["Config"]["NodeName"], "consul-1");
    assert_eq!(
        value["Config"]["NodeID"],
        "4f9a0c2e-1111-2222-3333-444455556666"
    );
    assert_eq!(value["Config"]["PrimaryDatacenter"], "dc1");
    assert_eq!(value["Stats"]["agent"]["checks"], "3");
    assert_eq!(value["DebugConfig"]["Bootstrap"], true);
    assert_eq!(value["Member"]["Status"], 1);
    mock.verify();
}

// ---------------------------------------------------------------------------------------------
// agent services (and service list)

fn services_answer() -> Value {
    json!({
        "web-1": {"ID": "web-1", "Service": "web", "Tags": ["primary", "v2"],
                  "Meta": {"version": "1.4"}, "Port": 8080, "Address": "10.0.0.5",
                  "Weights": {"Passing": 1, "Warning": 1}, "EnableTagOverride": false,
                  "Datacenter": "dc1"},
        "db": {"ID": "db", "Service": "postgres", "Tags": [], "Meta": {}, "Port": 5432,
               "Address": "", "Datacenter": "dc1"}
    })
}

#[test]
fn agent_services_table_and_filter() {
    let filter = r#"Service == "web" and "primary" in Tags"#;
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/services"))
            .and(query_param("filter", filter))
            .respond_with(ok_json(services_answer()))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "services", "--filter", filter]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let rows = table_rows(&stdout_of(&output));
    assert_eq!(rows[0], ["ID", "Service", "Address", "Port", "Tags"]);
    assert!(rows.contains(&vec![
        "web-1".to_string(),
        "web".into(),
        "10.0.0.5".into(),
        "8080".into(),
        "primary,v2".into()
    ]));
    assert!(rows.contains(&vec!["db".to_string(), "postgres".into(), "5432".into()]));
    mock.verify();
}

#[test]
fn service_list_is_agent_services_in_json() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/services"))
            .and(query_param_is_missing("filter"))
            .respond_with(ok_json(services_answer()))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["service", "list", "-o", "json"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let value = json_of(&output);
    assert_eq!(value["web-1"]["Service"], "web");
    assert_eq!(value["web-1"]["Tags"], json!(["primary", "v2"]));
    assert_eq!(value["web-1"]["Meta"]["version"], "1.4");
    assert_eq!(value["web-1"]["Weights"]["Passing"], 1);
    assert_eq!(value["db"]["Port"], 5432);
    mock.verify();
}

// ---------------------------------------------------------------------------------------------
// agent checks (and check list)

fn checks_answer() -> Value {
    json!({
        "service:web-1": {"Node": "consul-1", "CheckID": "service:web-1", "Name": "Service 'web' check",
                          "Status": "critical", "Notes": "", "Output": "connection refused",
                          "ServiceID": "web-1", "ServiceName": "web", "ServiceTags": [],
                          "Type": "http", "Interval": "10s", "Timeout": "2s"},
        "backup": {"Node": "consul-1", "CheckID": "backup", "Name": "backup", "Status": "passing",
                   "Notes": "nightly", "Output": "ok", "ServiceID": "", "ServiceName": "",
                   "Type": "ttl"}
    })
}

#[test]
fn agent_checks_table_and_filter() {
    let filter = r#"Status != "passing""#;
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .and(query_param("filter", filter))
            .respond_with(ok_json(checks_answer()))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "checks", "--filter", filter]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    let rows = table_rows(&stdout);
    // A Notes column, as one check has notes.
    assert_eq!(
        rows[0],
        ["ID", "Name", "Status", "Type", "Service", "Output", "Notes"]
    );
    assert!(rows.contains(&vec![
        "backup".to_string(),
        "backup".into(),
        "passing".into(),
        "ttl".into(),
        "ok".into(),
        "nightly".into()
    ]));
    let web = stdout
        .lines()
        .find(|l| l.starts_with("service:web-1"))
        .unwrap();
    assert!(
        web.contains("critical") && web.contains("connection refused"),
        "{web}"
    );
    mock.verify();
}

#[test]
fn check_list_is_agent_checks_in_json() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .and(query_param_is_missing("filter"))
            .respond_with(ok_json(checks_answer()))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["check", "list", "-o", "json"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let value = json_of(&output);
    assert_eq!(value["backup"]["CheckID"], "backup");
    assert_eq!(value["backup"]["Status"], "passing");
    assert_eq!(value["service:web-1"]["ServiceName"], "web");
    assert_eq!(value["service:web-1"]["Interval"], "10s");
    mock.verify();
}

#[test]
fn check_list_filter_is_passed_through() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .and(query_param("filter", "ServiceName == \"web\""))
            .respond_with(ok_json(json!({})))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args([
        "check",
        "list",
        "--filter",
        "ServiceName == \"web\"",
    ]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    mock.verify();
}

// ---------------------------------------------------------------------------------------------
// agent join

#[test]
fn join_puts_each_address_on_the_lan() {
    let mock = Mock::start();
    for p in ["/v1/agent/join/127.0.0.2", "/v1/agent/join/127.0.0.3:8301"] {
        mock.expect(
            Expect::given(method("PUT"))
                .and(path(p))
                .and(query_param_is_missing("wan"))
                .and(header("X-Consul-Token", CANARY))
                .respond_with(ResponseTemplate::new(200))
                .expect(1),
        );
    }
    let output = run(consulctl_at(&mock.addr())
        .env("CONSUL_HTTP_TOKEN", CANARY)
        .args(["agent", "join", "127.0.0.2", "127.0.0.3:8301"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        "Joined 127.0.0.2, 127.0.0.3:8301 (LAN).\n"
    );
    mock.verify();
}

#[test]
fn join_wan_sends_wan_1() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/join/127.0.0.9:8302"))
            .and(query_param("wan", "1"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args([
        "agent",
        "join",
        "--wan",
        "127.0.0.9:8302",
        "-o",
        "json",
    ]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(
        json_of(&output),
        json!({"Joined": ["127.0.0.9:8302"], "WAN": true})
    );
    mock.verify();
}

#[test]
fn join_ipv6_address_stays_one_segment() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "join", "[::1]:8301"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let requests = mock.requests();
    let segments: Vec<&str> = requests[0].url.path_segments().unwrap().collect();
    assert_eq!(segments.len(), 4, "{}", requests[0].url);
    assert_eq!(&segments[..3], ["v1", "agent", "join"]);
    assert!(
        segments[3] == "[::1]:8301" || segments[3] == "%5B::1%5D:8301",
        "{}",
        segments[3]
    );
    mock.verify();
}

#[test]
fn join_tries_every_address_and_fails_when_one_fails() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/join/127.0.0.2"))
            .respond_with(ResponseTemplate::new(500).set_body_string(
                "1 error occurred:\n\t* Failed to join 127.0.0.2:8301: dial tcp 127.0.0.2:8301: connect: connection refused\n",
            ))
            .expect(1),
    );
    expect_put(&mock, "/v1/agent/join/127.0.0.3");
    let output = run(consulctl_at(&mock.addr()).args(["agent", "join", "127.0.0.2", "127.0.0.3"]));
    failed(
        &output,
        1,
        &["joining 127.0.0.2", "Failed to join 127.0.0.2:8301"],
    );
    assert_eq!(stdout_of(&output), "Joined 127.0.0.3 (LAN).\n");
    mock.verify();
}

#[test]
fn agent_join_refusals() {
    all_refused(vec![
        line("agent join 127.0.0.2:0", &["\"127.0.0.2:0\""]),
        case(&["agent", "join", "127.0.0.2", "a b"], &["\"a b\""]),
    ]);
}

// ---------------------------------------------------------------------------------------------
// agent force-leave

#[test]
fn force_leave_puts_the_node() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/force-leave/web-7"))
            .and(query_param_is_missing("prune"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "force-leave", "web-7"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "Member \"web-7\" forced to leave.\n");
    assert!(mock.requests()[0].body.is_empty());
    mock.verify();
}

#[test]
fn force_leave_prune_sends_prune() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/force-leave/web-7"))
            .and(query_param("prune", "1"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "force-leave", "--prune", "web-7"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    mock.verify();
}

#[test]
fn force_leave_of_an_unknown_node_is_exit_1_naming_it() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/force-leave/ghost"))
            .respond_with(
                ResponseTemplate::new(500)
                    .set_body_string("agent: No node found with name 'ghost'"),
            )
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "force-leave", "ghost"]));
    failed(
        &output,
        1,
        &["no member is named \"ghost\"", "agent members"],
    );
    mock.verify();
}

#[test]
fn force_leave_node_name_is_escaped_as_one_segment() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "force-leave", "rack 1/node?#é"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let url = &mock.requests()[0].url;
    assert_eq!(
        url.path(),
        "/v1/agent/force-leave/rack%201%2Fnode%3F%23%C3%A9"
    );
    assert_eq!(url.query(), None);
    mock.verify();
}

// ---------------------------------------------------------------------------------------------
// agent maintenance enable|disable

#[test]
fn node_maintenance_enable_sends_enable_and_reason() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/maintenance"))
            .and(query_param("enable", "true"))
            .and(query_param("reason", "kernel upgrade & reboot"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args([
        "agent",
        "maintenance",
        "enable",
        "--reason",
        "kernel upgrade & reboot",
        "--token",
        CANARY,
    ]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "Node maintenance enabled.\n");
    mock.verify();
}

#[test]
fn node_maintenance_enable_without_reason_sends_no_reason() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/maintenance"))
            .and(query_param("enable", "true"))
            .and(query_param_is_missing("reason"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output =
        run(consulctl_at(&mock.addr()).args(["agent", "maintenance", "enable", "-o", "json"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(
        json_of(&output),
        json!({"Maintenance": true, "Reason": null})
    );
    mock.verify();
}

#[test]
fn node_maintenance_disable_sends_enable_false() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/maintenance"))
            .and(query_param("enable", "false"))
            .and(query_param_is_missing("reason"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "maintenance", "disable"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "Node maintenance disabled.\n");
    mock.verify();
}

#[test]
fn agent_maintenance_refusals() {
    all_refused(vec![line(
        "agent maintenance disable --reason x",
        &["'--reason'"],
    )]);
}

// ---------------------------------------------------------------------------------------------
// Every command's output: -q, and a reader that stops early.

#[test]
fn quiet_write_prints_nothing() {
    let mock = Mock::start();
    expect_put(&mock, "/v1/agent/maintenance");
    let output = run(consulctl_at(&mock.addr()).args(["-q", "agent", "maintenance", "disable"]));
    assert!(output.status.success());
    assert_eq!(stdout_of(&output), "");
    assert_eq!(stderr_of(&output), "");
    mock.verify();
}

/// `consulctl … | head -c 10`: a reader that stops early is no failure, in any format, also
/// when the answer is written out as it streams (JSON is re-encoded straight to stdout).
#[test]
fn a_closed_pipe_ends_large_outputs_quietly_in_every_format() {
    use std::io::Read;
    let mock = Mock::start();
    let checks: serde_json::Map<String, Value> = (0..3000)
        .map(|i| {
            let id = format!("check-{i}");
            (
                id.clone(),
                json!({"Node": "n1", "CheckID": id, "Name": "a check", "Status": "passing",
                       "Output": "all is well, ".repeat(10), "ServiceID": "", "Type": "ttl"}),
            )
        })
        .collect();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .respond_with(ok_json(Value::Object(checks))),
    );
    for format in ["table", "json"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_consulctl"))
            .args(["check", "list", "-o", format])
            .env_clear()
            .env("CONSUL_HTTP_ADDR", mock.addr())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 10];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The read end is closed here, long before the 1 MB of output is written.
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{format}: {output:?}");
        assert_eq!(stderr_of(&output), "", "{format}");
    }
}
