//! `service …` requests as they reach the wire (wiremock), and local validation.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::cli_errors::{assert_refused, failed};
use crate::support::refusals::refused;
use crate::support::{consulctl_at, json_of, run, silent_mock, stderr_of, stdout_of, Mock, CANARY};

/// Runs `service register ARGS` (with `stdin`, if any) against a mock that accepts exactly
/// `body`, with `replace-existing-checks=true` in the query when `replace`, and the token.
fn registers_with(
    args: &[&str],
    stdin: Option<&str>,
    replace: bool,
    body: Value,
) -> std::process::Output {
    let mock = Mock::start();
    let expectation = Expect::given(method("PUT"))
        .and(path("/v1/agent/service/register"))
        .and(header("X-Consul-Token", CANARY))
        .and(body_json(&body));
    let expectation = if replace {
        expectation.and(query_param("replace-existing-checks", "true"))
    } else {
        expectation.and(query_param_is_missing("replace-existing-checks"))
    };
    mock.expect(
        expectation
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let mut cmd = consulctl_at(&mock.addr());
    cmd.args(["service", "register", "--token", CANARY])
        .args(args);
    if let Some(stdin) = stdin {
        cmd.write_stdin(stdin);
    }
    let output = run(&mut cmd);
    assert!(
        output.status.success(),
        "{args:?}: {}; sent {:?}",
        stderr_of(&output),
        mock.requests()
            .iter()
            .map(|r| format!("{} {}", r.url, String::from_utf8_lossy(&r.body)))
            .collect::<Vec<_>>()
    );
    mock.verify();
    output
}

fn registers(args: &[&str], body: Value) -> std::process::Output {
    registers_with(args, None, false, body)
}

#[test]
fn register_with_a_name_only() {
    let output = registers(&["web"], json!({"Name": "web"}));
    assert_eq!(stdout_of(&output), "Service \"web\" registered.\n");
}

#[test]
fn register_with_every_field() {
    let output = registers(
        &[
            "web",
            "--id",
            "web-1",
            "--address",
            "10.0.0.5",
            "--port",
            "8080",
            "--tag",
            "primary",
            "--tag",
            "v2",
            "--tag",
            "a b",
            "--meta",
            "version=1.4",
            "--meta",
            "url=http://x/?a=b",
            "--meta",
            "empty=",
            "--enable-tag-override",
        ],
        json!({
            "Name": "web",
            "ID": "web-1",
            "Address": "10.0.0.5",
            "Port": 8080,
            "Tags": ["primary", "v2", "a b"],
            "Meta": {"version": "1.4", "url": "http://x/?a=b", "empty": ""},
            "EnableTagOverride": true
        }),
    );
    assert_eq!(
        stdout_of(&output),
        "Service \"web\" registered with ID \"web-1\".\n"
    );
}

#[test]
fn register_replace_existing_checks_goes_in_the_query() {
    registers_with(
        &["web", "--port", "80", "--replace-existing-checks"],
        None,
        true,
        json!({"Name": "web", "Port": 80}),
    );
}

#[test]
fn register_with_a_ttl_check() {
    registers(
        &[
            "batch",
            "--check-ttl",
            "2h",
            "--check-deregister-critical-after",
            "90m",
        ],
        json!({"Name": "batch", "Check": {"TTL": "2h", "DeregisterCriticalServiceAfter": "90m"}}),
    );
}

#[test]
fn register_with_an_http_check() {
    registers(
        &[
            "web",
            "--port",
            "8080",
            "--check-http",
            "http://127.0.0.1:8080/health",
            "--check-interval",
            "10s",
            "--check-timeout",
            "2s",
            "--check-deregister-critical-after",
            "30m",
        ],
        json!({
            "Name": "web",
            "Port": 8080,
            "Check": {
                "HTTP": "http://127.0.0.1:8080/health",
                "Interval": "10s",
                "Timeout": "2s",
                "DeregisterCriticalServiceAfter": "30m"
            }
        }),
    );
}

#[test]
fn register_with_a_tcp_check() {
    registers(
        &[
            "db",
            "--port",
            "5432",
            "--check-tcp",
            "127.0.0.1:5432",
            "--check-interval",
            "15s",
        ],
        json!({"Name": "db", "Port": 5432, "Check": {"TCP": "127.0.0.1:5432", "Interval": "15s"}}),
    );
}

#[test]
fn register_with_a_script_check_taking_every_word_after_it() {
    registers(
        &[
            "mem",
            "--check-interval",
            "1m",
            "--check-args",
            "/bin/check_mem",
            "-w",
            "90",
            "--tag",
            "x",
        ],
        json!({
            "Name": "mem",
            "Check": {"Args": ["/bin/check_mem", "-w", "90", "--tag", "x"], "Interval": "1m"}
        }),
    );
}

#[test]
fn register_json_output_is_the_definition_sent() {
    let output = registers(
        &["web", "--port", "80", "-o", "json"],
        json!({"Name": "web", "Port": 80}),
    );
    assert_eq!(json_of(&output), json!({"Name": "web", "Port": 80}));
}

fn write(dir: &Path, name: &str, contents: &[u8]) -> PathBuf {
    let file = dir.join(name);
    std::fs::write(&file, contents).unwrap();
    file
}

#[test]
fn register_file_in_config_shape_sends_the_inner_object() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "web.json",
        br#"{"service": {"name": "web", "id": "web-2", "port": 8080, "tags": ["primary"],
             "check": {"http": "http://127.0.0.1:8080/health", "interval": "10s"}}}"#,
    );
    let output = registers(
        &["--file", file.to_str().unwrap()],
        json!({"name": "web", "id": "web-2", "port": 8080, "tags": ["primary"],
               "check": {"http": "http://127.0.0.1:8080/health", "interval": "10s"}}),
    );
    assert_eq!(
        stdout_of(&output),
        "Service \"web\" registered with ID \"web-2\".\n"
    );
}

#[test]
fn register_file_in_api_shape_with_replace_existing_checks() {
    let definition =
        json!({"Name": "web", "Port": 8080, "Checks": [{"TTL": "30s"}, {"TTL": "1m"}]});
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "web.json", definition.to_string().as_bytes());
    registers_with(
        &[
            "--file",
            file.to_str().unwrap(),
            "--replace-existing-checks",
        ],
        None,
        true,
        definition,
    );
}

#[test]
fn register_stdin_in_api_shape() {
    registers_with(
        &["--file", "-"],
        Some(r#"{"Name": "api", "Port": 9000, "Meta": {"team": "core"}}"#),
        false,
        json!({"Name": "api", "Port": 9000, "Meta": {"team": "core"}}),
    );
}

#[test]
fn register_stdin_in_config_shape() {
    registers_with(
        &["--file", "-"],
        Some(r#"{"Service": {"Name": "api", "Port": 9000}}"#),
        false,
        json!({"Name": "api", "Port": 9000}),
    );
}

#[test]
fn register_failure_for_a_bad_definition_keeps_consuls_words() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/service/register"))
            .respond_with(ResponseTemplate::new(400).set_body_string(
                "Invalid Service Meta: Key prefix 'consul-' is reserved for internal use",
            ))
            .expect(1),
    );
    // A key consulctl cannot judge locally (a key with a space never gets this far).
    let output = run(consulctl_at(&mock.addr()).args([
        "service",
        "register",
        "web",
        "--meta",
        "consul-version=1",
    ]));
    failed(
        &output,
        1,
        &["registering service \"web\"", "reserved for internal use"],
    );
    mock.verify();
}

// ---------------------------------------------------------------------------------------------
// service deregister: looks first, then PUTs.

#[test]
fn deregister_looks_up_the_service_then_puts() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/service/web-1"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "ID": "web-1", "Service": "web", "Port": 8080, "ContentHash": "abc"
            })))
            .expect(1),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/service/deregister/web-1"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr())
        .env("CONSUL_HTTP_TOKEN", CANARY)
        .args(["service", "deregister", "web-1"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "Service \"web-1\" deregistered.\n");
    let methods: Vec<String> = mock
        .requests()
        .iter()
        .map(|r| r.method.to_string())
        .collect();
    assert_eq!(methods, ["GET", "PUT"]);
    assert!(mock.requests()[1].body.is_empty());
    mock.verify();
}

#[test]
fn deregister_unknown_service_is_exit_1_and_sends_no_put() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/service/ghost"))
            .respond_with(ResponseTemplate::new(404).set_body_string("unknown service ID: ghost"))
            .expect(1),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(0),
    );
    let output = run(consulctl_at(&mock.addr()).args(["service", "deregister", "ghost"]));
    failed(&output, 1, &["no service \"ghost\"", "--missing-ok"]);
    mock.verify();
}

#[test]
fn deregister_unknown_service_with_missing_ok_is_exit_0() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/service/ghost"))
            .respond_with(ResponseTemplate::new(404).set_body_string("unknown service ID: ghost"))
            .expect(1),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(0),
    );
    let output =
        run(consulctl_at(&mock.addr()).args(["service", "deregister", "ghost", "--missing-ok"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(
        stdout_of(&output),
        "Service \"ghost\" was not registered; nothing to do.\n"
    );
    mock.verify();
}

#[test]
fn deregister_when_the_lookup_fails_sends_no_put() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/service/web"))
            .respond_with(ResponseTemplate::new(500).set_body_string("agent is shutting down"))
            .expect(1),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(0),
    );
    let output = run(consulctl_at(&mock.addr()).args(["service", "deregister", "web"]));
    failed(
        &output,
        1,
        &["deregistering service \"web\"", "agent is shutting down"],
    );
    mock.verify();
}

// ---------------------------------------------------------------------------------------------
// service maintenance.

#[test]
fn maintenance_enable_sends_enable_and_reason() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/service/maintenance/web"))
            .and(query_param("enable", "true"))
            .and(query_param("reason", "deploying 1.5"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args([
        "service",
        "maintenance",
        "enable",
        "web",
        "--reason",
        "deploying 1.5",
        "--token",
        CANARY,
    ]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "Service \"web\" is in maintenance.\n");
    assert!(mock.requests()[0].body.is_empty());
    mock.verify();
}

#[test]
fn maintenance_disable_sends_enable_false_without_reason() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/service/maintenance/web"))
            .and(query_param("enable", "false"))
            .and(query_param_is_missing("reason"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args([
        "service",
        "maintenance",
        "disable",
        "web",
        "-o",
        "json",
    ]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(
        json_of(&output),
        json!({"ServiceID": "web", "Maintenance": false, "Reason": null})
    );
    mock.verify();
}

#[test]
fn maintenance_of_an_unknown_service_is_exit_1() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/service/maintenance/ghost"))
            .respond_with(
                ResponseTemplate::new(404).set_body_string("Unknown service ID \"ghost\""),
            )
            .expect(1),
    );
    let output =
        run(consulctl_at(&mock.addr()).args(["service", "maintenance", "enable", "ghost"]));
    failed(&output, 1, &["no service \"ghost\"", "service list"]);
    mock.verify();
}

// ---------------------------------------------------------------------------------------------
// IDs arrive percent-escaped as one path segment.

const ODD_ID: &str = "web/1?x#y z ünï";
const ODD_ID_ESCAPED: &str = "web%2F1%3Fx%23y%20z%20%C3%BCn%C3%AF";

#[test]
fn deregister_id_is_one_escaped_segment_in_both_requests() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(json!({"ID": ODD_ID, "Service": "web"})),
            )
            .expect(1),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["service", "deregister", ODD_ID]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let requests = mock.requests();
    assert_eq!(
        requests[0].url.path(),
        format!("/v1/agent/service/{ODD_ID_ESCAPED}")
    );
    assert_eq!(requests[0].url.query(), None);
    assert_eq!(
        requests[1].url.path(),
        format!("/v1/agent/service/deregister/{ODD_ID_ESCAPED}")
    );
    assert_eq!(requests[1].url.query(), None);
    mock.verify();
}

#[test]
fn maintenance_id_is_one_escaped_segment() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args([
        "service",
        "maintenance",
        "enable",
        ODD_ID,
        "--reason",
        "a&b",
    ]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let url = &mock.requests()[0].url;
    assert_eq!(
        url.path(),
        format!("/v1/agent/service/maintenance/{ODD_ID_ESCAPED}")
    );
    assert_eq!(url.query(), Some("enable=true&reason=a%26b"));
    mock.verify();
}

#[test]
fn dot_ids_are_refused_because_a_url_path_cannot_carry_them() {
    for id in [".", ".."] {
        refused(
            &["service", "deregister", id],
            &[&format!("'{id}'"), "<ID>"],
        );
        refused(
            &["service", "maintenance", "disable", id],
            &[&format!("'{id}'"), "<ID>"],
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Bad input: exit 2, the value named, nothing sent.

#[test]
fn port_zero_is_refused() {
    refused(
        &["service", "register", "web", "--port", "0"],
        &["'0'", "--port"],
    );
}

#[test]
fn port_out_of_range_is_refused() {
    refused(
        &["service", "register", "web", "--port", "70000"],
        &["'70000'", "--port"],
    );
}

#[test]
fn port_that_is_no_number_is_refused() {
    refused(
        &["service", "register", "web", "--port", "abc"],
        &["'abc'", "--port"],
    );
}

#[test]
fn negative_port_is_refused() {
    refused(
        &["service", "register", "web", "--port=-1"],
        &["'-1'", "--port"],
    );
}

#[test]
fn meta_without_equals_is_refused() {
    refused(
        &["service", "register", "web", "--meta", "version"],
        &["'version'", "--meta"],
    );
}

#[test]
fn meta_without_a_key_is_refused() {
    refused(
        &["service", "register", "web", "--meta", "=1"],
        &["'=1'", "--meta"],
    );
}

#[test]
fn meta_key_given_twice_is_refused() {
    refused(
        &[
            "service", "register", "web", "--meta", "v=1", "--meta", "v=2",
        ],
        &["--meta", "\"v\"", "twice"],
    );
}

#[test]
fn check_ttl_without_unit_is_refused() {
    refused(
        &["service", "register", "web", "--check-ttl", "30"],
        &["'30'", "--check-ttl"],
    );
}

#[test]
fn check_http_that_is_not_a_url_is_refused() {
    refused(
        &[
            "service",
            "register",
            "web",
            "--check-http",
            "/health",
            "--check-interval",
            "10s",
        ],
        &["'/health'", "--check-http"],
    );
}

#[test]
fn check_tcp_without_port_is_refused() {
    refused(
        &[
            "service",
            "register",
            "web",
            "--check-tcp",
            "db.local",
            "--check-interval",
            "10s",
        ],
        &["'db.local'", "--check-tcp"],
    );
}

#[test]
fn check_http_without_interval_is_refused() {
    refused(
        &[
            "service",
            "register",
            "web",
            "--check-http",
            "http://127.0.0.1/",
        ],
        &["--check-interval"],
    );
}

#[test]
fn check_ttl_with_interval_is_refused() {
    refused(
        &[
            "service",
            "register",
            "web",
            "--check-ttl",
            "30s",
            "--check-interval",
            "10s",
        ],
        &["--check-interval", "\"10s\""],
    );
}

#[test]
fn check_interval_without_a_check_is_refused() {
    refused(
        &["service", "register", "web", "--check-interval", "10s"],
        &["--check-interval"],
    );
}

#[test]
fn two_check_kinds_are_refused() {
    refused(
        &[
            "service",
            "register",
            "web",
            "--check-ttl",
            "30s",
            "--check-tcp",
            "h:1",
        ],
        &["--check-ttl", "--check-tcp", "cannot be used with"],
    );
}

#[test]
fn check_interval_in_days_is_refused() {
    refused(
        &[
            "service",
            "register",
            "web",
            "--check-tcp",
            "h:1",
            "--check-interval",
            "1d",
        ],
        &["'1d'", "--check-interval"],
    );
}

#[test]
fn empty_service_name_is_refused() {
    refused(&["service", "register", ""], &["''", "NAME"]);
}

/// `service register --file FILE` (FILE holding `contents`) is refused naming every needle.
fn file_refused(contents: &[u8], needles: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "svc.json", contents);
    let shown = file.display().to_string();
    let mut all = vec![shown.as_str()];
    all.extend(needles);
    refused(&["service", "register", "--file", &shown], &all);
}

#[test]
fn file_with_a_services_list_is_refused() {
    file_refused(
        br#"{"services": [{"name": "a"}, {"name": "b"}]}"#,
        &["\"services\"", "one service per file"],
    );
}

#[test]
fn file_without_a_name_is_refused() {
    file_refused(br#"{"service": {"port": 80}}"#, &["\"Name\""]);
}

#[test]
fn file_with_port_zero_is_refused() {
    file_refused(br#"{"Name": "web", "Port": 0}"#, &["\"Port\"", "0"]);
}

#[test]
fn file_with_a_port_string_is_refused() {
    file_refused(br#"{"name": "web", "port": "80"}"#, &["\"port\""]);
}

#[test]
fn file_that_is_not_json_is_refused() {
    file_refused(b"service { name = \"web\" }", &["not valid JSON"]);
}

#[test]
fn missing_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("missing.json");
    refused(
        &["service", "register", "--file", file.to_str().unwrap()],
        &[file.to_str().unwrap()],
    );
}

#[test]
fn file_with_a_name_argument_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "svc.json", br#"{"Name": "web"}"#);
    refused(
        &[
            "service",
            "register",
            "web",
            "--file",
            file.to_str().unwrap(),
        ],
        &["--file", "[NAME]"],
    );
}

#[test]
fn file_with_a_port_flag_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "svc.json", br#"{"Name": "web"}"#);
    refused(
        &[
            "service",
            "register",
            "--file",
            file.to_str().unwrap(),
            "--port",
            "80",
        ],
        &["--file", "--port"],
    );
}

#[test]
fn stdin_holding_a_json_array_is_refused() {
    let mock = silent_mock();
    assert_refused(
        &mock,
        consulctl_at(&mock.addr())
            .args(["service", "register", "--file", "-"])
            .write_stdin(r#"[{"Name": "web"}]"#),
        &["stdin", "array"],
    );
}
