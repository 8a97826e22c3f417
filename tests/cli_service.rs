//! `service …` requests as they reach the wire (wiremock), and local validation. One section per
//! command, in `service --help`'s order (`service list` is in cli_agent); each ends with the
//! command's refusals as a table of cases (exit 2, the value named, nothing sent).

use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::cli_errors::failed;
use crate::support::refusals::{all_refused, case, line};
use crate::support::{consulctl_at, json_of, run, stderr_of, stdout_of, Mock, CANARY};

// ---------------------------------------------------------------------------------------------
// Helpers.

fn write(dir: &Path, name: &str, contents: &[u8]) -> PathBuf {
    let file = dir.join(name);
    std::fs::write(&file, contents).unwrap();
    file
}

/// An ID that needs escaping in a URL path, and how it must arrive: one segment.
const ODD_ID: &str = "web/1?x#y z ünï";
const ODD_ID_ESCAPED: &str = "web%2F1%3Fx%23y%20z%20%C3%BCn%C3%AF";

// ---------------------------------------------------------------------------------------------
// service register: one body per set of flags.

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
            "--tag",
            "x",
            "--check-args",
            "/bin/check_mem",
            "-w",
            "90",
            "--tag",
            "y",
        ],
        json!({
            "Name": "mem",
            "Tags": ["x"],
            "Check": {"Args": ["/bin/check_mem", "-w", "90", "--tag", "y"], "Interval": "1m"}
        }),
    );
}

#[test]
fn register_with_a_script_check_after_double_dash() {
    registers(
        &["disk", "--check-interval", "10s", "--", "/bin/df", "-h"],
        json!({"Name": "disk", "Check": {"Args": ["/bin/df", "-h"], "Interval": "10s"}}),
    );
}

#[test]
fn register_check_args_refuses_to_take_a_flag_the_service_then_lacks() {
    all_refused(vec![
        line(
            "service register disk --check-args /bin/df -h --check-interval 10s",
            &["--check-interval was read as part of --check-args; put --check-args last or end it with ';'"],
        ),
        line(
            "service register web --check-interval 10s --check-args /bin/check --port 80",
            &["--port was read as part of --check-args"],
        ),
    ]);
}

#[test]
fn register_json_output_is_the_definition_sent() {
    let output = registers(
        &["web", "--port", "80", "-o", "json"],
        json!({"Name": "web", "Port": 80}),
    );
    assert_eq!(json_of(&output), json!({"Name": "web", "Port": 80}));
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

#[test]
fn service_register_refusals() {
    all_refused(vec![
        // Ports, meta and the name.
        line("service register web --port 0", &["'0'", "--port"]),
        line("service register web --port 70000", &["'70000'", "--port"]),
        line("service register web --port abc", &["'abc'", "--port"]),
        line("service register web --port=-1", &["'-1'", "--port"]),
        line(
            "service register web --meta version",
            &["'version'", "--meta"],
        ),
        line("service register web --meta =1", &["'=1'", "--meta"]),
        line(
            "service register web --meta v=1 --meta v=2",
            &["--meta", "\"v\"", "twice"],
        ),
        case(&["service", "register", ""], &["''", "NAME"]),
        // The one check: its values, one kind, and only the options of that kind.
        line(
            "service register web --check-ttl 30",
            &["'30'", "--check-ttl"],
        ),
        line(
            "service register web --check-http /health --check-interval 10s",
            &["'/health'", "--check-http"],
        ),
        line(
            "service register web --check-tcp db.local --check-interval 10s",
            &["'db.local'", "--check-tcp"],
        ),
        line(
            "service register web --check-tcp h:1 --check-interval 1d",
            &["'1d'", "--check-interval"],
        ),
        line(
            "service register web --check-http http://127.0.0.1/",
            &["--check-interval"],
        ),
        line(
            "service register web --check-ttl 30s --check-interval 10s",
            &["--check-interval", "\"10s\""],
        ),
        line(
            "service register web --check-interval 10s",
            &["--check-interval"],
        ),
        line(
            "service register web --check-ttl 30s --check-tcp h:1",
            &["--check-ttl", "--check-tcp", "cannot be used with"],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// service register --file: API shape and agent config shape, from a file or stdin.

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
fn service_register_file_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let file =
        |name: &str, contents: &[u8]| write(dir.path(), name, contents).display().to_string();
    // `service register --file FILE`, refused naming FILE and every needle.
    let refused_file = |file: &str, needles: &[&str]| {
        let mut named = vec![file];
        named.extend(needles);
        case(&["service", "register", "--file", file], &named)
    };
    let missing = dir.path().join("missing.json").display().to_string();
    let services = file(
        "services.json",
        br#"{"services": [{"name": "a"}, {"name": "b"}]}"#,
    );
    let unnamed = file("unnamed.json", br#"{"service": {"port": 80}}"#);
    let port_zero = file("port-zero.json", br#"{"Name": "web", "Port": 0}"#);
    let port_string = file("port-string.json", br#"{"name": "web", "port": "80"}"#);
    let not_json = file("not-json.json", b"service { name = \"web\" }");
    let good = file("good.json", br#"{"Name": "web"}"#);
    all_refused(vec![
        // The file itself.
        refused_file(&missing, &[]),
        refused_file(&services, &["\"services\"", "one service per file"]),
        refused_file(&unnamed, &["\"Name\""]),
        refused_file(&port_zero, &["\"Port\"", "0"]),
        refused_file(&port_string, &["\"port\""]),
        refused_file(&not_json, &["not valid JSON"]),
        line("service register --file -", &["stdin", "array"]).stdin(r#"[{"Name": "web"}]"#),
        // A file and the flags it replaces.
        case(
            &["service", "register", "web", "--file", &good],
            &["--file", "[NAME]"],
        ),
        case(
            &["service", "register", "--file", &good, "--port", "80"],
            &["--file", "--port"],
        ),
    ]);
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
fn service_deregister_refusals() {
    all_refused(vec![
        // A URL path cannot carry a dot step.
        line("service deregister .", &["'.'", "<ID>"]),
        line("service deregister ..", &["'..'", "<ID>"]),
    ]);
}

// ---------------------------------------------------------------------------------------------
// service maintenance enable|disable.

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
fn service_maintenance_refusals() {
    all_refused(vec![
        // A URL path cannot carry a dot step.
        line("service maintenance disable .", &["'.'", "<ID>"]),
        line("service maintenance disable ..", &["'..'", "<ID>"]),
    ]);
}
