//! `check …` requests as they reach the wire (wiremock), and local validation. One section per
//! command, in `check --help`'s order (`check list` is in cli_agent, `check run` in e2e_cron and
//! cli_bad_input); each ends with the command's refusals as a table of cases (exit 2, the value
//! named, nothing sent).

use std::path::Path;

use serde_json::{json, Value};
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::cli_errors::failed;
use crate::support::refusals::{all_refused, case, line};
use crate::support::{consulctl_at, json_of, run, stderr_of, stdout_of, Mock, CANARY};

// ---------------------------------------------------------------------------------------------
// Helpers.

fn write(dir: &Path, name: &str, contents: &[u8]) -> std::path::PathBuf {
    let file = dir.join(name);
    std::fs::write(&file, contents).unwrap();
    file
}

fn known_checks(ids: &[&str]) -> Value {
    let mut map = serde_json::Map::new();
    for id in ids {
        map.insert(
            id.to_string(),
            json!({"CheckID": id, "Name": id, "Status": "passing", "Type": "ttl"}),
        );
    }
    Value::Object(map)
}

/// An ID that needs escaping in a URL path, and how it must arrive: one segment.
const ODD_ID: &str = "a/b?c#d e é✓";
const ODD_ID_ESCAPED: &str = "a%2Fb%3Fc%23d%20e%20%C3%A9%E2%9C%93";

/// A mock answering every PUT with 200 and GET /v1/agent/checks with a check named `ODD_ID`.
fn odd_mock() -> Mock {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .respond_with(ResponseTemplate::new(200).set_body_json(known_checks(&[ODD_ID])))
            .expect(0..=1),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    mock
}

/// The one PUT the mock saw: its raw path and query.
fn the_put(mock: &Mock) -> (String, Option<String>) {
    let requests = mock.requests();
    let puts: Vec<_> = requests
        .iter()
        .filter(|r| r.method.as_str() == "PUT")
        .collect();
    assert_eq!(puts.len(), 1);
    (
        puts[0].url.path().to_string(),
        puts[0].url.query().map(str::to_string),
    )
}

// ---------------------------------------------------------------------------------------------
// check register: one body per kind.

/// Runs `check register ARGS` against a mock that accepts exactly `body` (and the token, when
/// given), and returns the command's output.
fn registers(args: &[&str], body: Value) -> std::process::Output {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/register"))
            .and(query_param_is_missing("replace-existing-checks"))
            .and(header("X-Consul-Token", CANARY))
            .and(body_json(&body))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr())
        .env("CONSUL_HTTP_TOKEN", CANARY)
        .args(["check", "register"])
        .args(args));
    assert!(
        output.status.success(),
        "{args:?}: {}; sent {:?}",
        stderr_of(&output),
        mock.requests()
            .iter()
            .map(|r| String::from_utf8_lossy(&r.body).into_owned())
            .collect::<Vec<_>>()
    );
    mock.verify();
    let sent = &mock.requests()[0];
    assert_eq!(
        sent.headers
            .get("content-type")
            .map(|v| v.to_str().unwrap()),
        Some("application/json")
    );
    output
}

#[test]
fn http_check_register_sends_only_the_fields_set() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/register"))
            .and(body_json(serde_json::json!({
                "Name": "web",
                "HTTP": "http://127.0.0.1:8080/health",
                "Method": "POST",
                "Header": {"X-A": ["1", "2"]},
                "Interval": "10s",
                "Timeout": "2s"
            })))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    consulctl_at(&mock.addr())
        .args([
            "check",
            "register",
            "web",
            "--http",
            "http://127.0.0.1:8080/health",
            "--method",
            "post",
            "--header",
            "X-A: 1",
            "--header",
            "X-A: 2",
            "--interval",
            "10s",
            "--timeout",
            "2s",
        ])
        .assert()
        .success();
    mock.verify();
}

#[test]
fn register_ttl_check() {
    let output = registers(
        &["backup", "--ttl", "26h", "--notes", "nightly backup"],
        json!({"Name": "backup", "TTL": "26h", "Notes": "nightly backup"}),
    );
    assert_eq!(stdout_of(&output), "Check \"backup\" registered.\n");
}

#[test]
fn register_http_check_with_every_http_option() {
    registers(
        &[
            "web-health",
            "--http",
            "https://127.0.0.1:8443/health?full=1",
            "--method",
            "PUT",
            "--header",
            "Authorization: Bearer x",
            "--header",
            "X-Trace: 1",
            "--header",
            "X-Trace: 2",
            "--body",
            "{\"deep\":true}",
            "--tls-skip-verify",
            "--interval",
            "10s",
            "--timeout",
            "2s",
        ],
        json!({
            "Name": "web-health",
            "HTTP": "https://127.0.0.1:8443/health?full=1",
            "Method": "PUT",
            "Header": {"Authorization": ["Bearer x"], "X-Trace": ["1", "2"]},
            "Body": "{\"deep\":true}",
            "TLSSkipVerify": true,
            "Interval": "10s",
            "Timeout": "2s"
        }),
    );
}

#[test]
fn register_tcp_check() {
    registers(
        &["db", "--tcp", "db.local:5432", "--interval", "15s"],
        json!({"Name": "db", "TCP": "db.local:5432", "Interval": "15s"}),
    );
}

#[test]
fn register_tcp_check_on_ipv6() {
    registers(
        &["db6", "--tcp", "[::1]:5432", "--interval", "15s"],
        json!({"Name": "db6", "TCP": "[::1]:5432", "Interval": "15s"}),
    );
}

#[test]
fn register_grpc_check() {
    registers(
        &[
            "grpc",
            "--grpc",
            "127.0.0.1:9000/health.v1",
            "--interval",
            "5s",
        ],
        json!({"Name": "grpc", "GRPC": "127.0.0.1:9000/health.v1", "Interval": "5s"}),
    );
}

#[test]
fn register_grpc_check_with_tls() {
    registers(
        &[
            "grpc",
            "--grpc",
            "127.0.0.1:9000",
            "--grpc-use-tls",
            "--tls-skip-verify",
            "--interval",
            "5s",
        ],
        json!({"Name": "grpc", "GRPC": "127.0.0.1:9000", "GRPCUseTLS": true,
               "TLSSkipVerify": true, "Interval": "5s"}),
    );
}

#[test]
fn register_args_check_takes_every_word_after_it() {
    // `--timeout 5s` after --args is the plugin's own: the check's timeout was given before.
    registers(
        &[
            "disk",
            "--interval",
            "1m",
            "--timeout",
            "10s",
            "--args",
            "/usr/lib/nagios/plugins/check_disk",
            "-w",
            "10%",
            "--timeout",
            "5s",
        ],
        json!({
            "Name": "disk",
            "Args": ["/usr/lib/nagios/plugins/check_disk", "-w", "10%", "--timeout", "5s"],
            "Interval": "1m",
            "Timeout": "10s"
        }),
    );
}

#[test]
fn register_script_check_takes_the_command_after_double_dash() {
    registers(
        &[
            "disk",
            "--interval",
            "10s",
            "--",
            "/bin/df",
            "-h",
            "--interval",
            "5s",
        ],
        json!({"Name": "disk", "Args": ["/bin/df", "-h", "--interval", "5s"], "Interval": "10s"}),
    );
}

#[test]
fn register_args_refuses_to_take_a_flag_the_check_then_lacks() {
    all_refused(vec![
        line(
            "check register disk --args /bin/df -h --interval 10s",
            &["--interval was read as part of --args; put --args last or end it with ';'"],
        ),
        line(
            "check register disk --interval 10s --args /bin/df -h --timeout=5s",
            &["--timeout was read as part of --args"],
        ),
        line(
            "check register disk --args /bin/df -h ; --ttl 1m",
            &["--ttl", "--args", "cannot be used with"],
        ),
        line(
            "check register disk --interval 10s --",
            &["no kind of check", "a command after --"],
        ),
    ]);
}

#[test]
fn register_args_check_ends_at_a_semicolon() {
    registers(
        &[
            "disk",
            "--args",
            "check_disk",
            "-w",
            "10%",
            ";",
            "--interval",
            "1m",
            "--timeout",
            "5s",
        ],
        json!({"Name": "disk", "Args": ["check_disk", "-w", "10%"], "Interval": "1m", "Timeout": "5s"}),
    );
}

#[test]
fn register_script_check_is_sent_as_sh_c_args() {
    registers(
        &[
            "load",
            "--script",
            "test $(cut -d' ' -f1 /proc/loadavg | cut -d. -f1) -lt 4",
            "--interval",
            "30s",
        ],
        json!({
            "Name": "load",
            "Args": ["/bin/sh", "-c", "test $(cut -d' ' -f1 /proc/loadavg | cut -d. -f1) -lt 4"],
            "Interval": "30s"
        }),
    );
}

#[test]
fn register_docker_check() {
    registers(
        &[
            "in-container",
            "--docker-container-id",
            "f972c95ebf0e",
            "--interval",
            "10s",
            "--args",
            "/bin/check",
            "--quick",
        ],
        json!({
            "Name": "in-container",
            "DockerContainerID": "f972c95ebf0e",
            "Args": ["/bin/check", "--quick"],
            "Interval": "10s"
        }),
    );
}

#[test]
fn register_alias_check() {
    registers(
        &["web-alias", "--alias-service", "web"],
        json!({"Name": "web-alias", "AliasService": "web"}),
    );
}

#[test]
fn register_with_every_common_option() {
    let output = registers(
        &[
            "web-health",
            "--id",
            "web-health-1",
            "--service-id",
            "web-1",
            "--notes",
            "checks /health",
            "--status",
            "passing",
            "--http",
            "http://127.0.0.1:8080/health",
            "--interval",
            "10s",
            "--timeout",
            "1500ms",
            "--deregister-critical-after",
            "90m",
            "--success-before-passing",
            "2",
            "--failures-before-critical",
            "3",
        ],
        json!({
            "Name": "web-health",
            "ID": "web-health-1",
            "ServiceID": "web-1",
            "Notes": "checks /health",
            "Status": "passing",
            "HTTP": "http://127.0.0.1:8080/health",
            "Interval": "10s",
            "Timeout": "1500ms",
            "DeregisterCriticalServiceAfter": "90m",
            "SuccessBeforePassing": 2,
            "FailuresBeforeCritical": 3
        }),
    );
    assert_eq!(
        stdout_of(&output),
        "Check \"web-health\" registered with ID \"web-health-1\".\n"
    );
}

#[test]
fn register_status_words() {
    for status in ["passing", "warning", "critical"] {
        registers(
            &["s", "--ttl", "1m", "--status", status],
            json!({"Name": "s", "TTL": "1m", "Status": status}),
        );
    }
}

#[test]
fn register_json_output_is_the_definition_sent() {
    let output = registers(
        &["backup", "--ttl", "30s", "-o", "json"],
        json!({"Name": "backup", "TTL": "30s"}),
    );
    assert_eq!(json_of(&output), json!({"Name": "backup", "TTL": "30s"}));
}

#[test]
fn register_failure_from_consul_keeps_its_words() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/register"))
            .respond_with(
                ResponseTemplate::new(400).set_body_string("Invalid check: Interval must be > 1s"),
            )
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args([
        "check",
        "register",
        "fast",
        "--tcp",
        "127.0.0.1:1",
        "--interval",
        "10ms",
    ]));
    failed(
        &output,
        1,
        &["registering check \"fast\"", "Interval must be > 1s"],
    );
    mock.verify();
}

#[test]
fn register_script_refused_by_the_agent_says_how_to_allow_it() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/register"))
            .respond_with(ResponseTemplate::new(500).set_body_string(
                "Scripts are disabled on this agent; to enable, configure 'enable_script_checks' or 'enable_local_script_checks' to true",
            ))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args([
        "check",
        "register",
        "s",
        "--interval",
        "10s",
        "--args",
        "true",
    ]));
    failed(&output, 1, &["enable_script_checks"]);
    mock.verify();
}

#[test]
fn check_register_value_refusals() {
    all_refused(vec![
        // Durations: Go's syntax, with a unit, above zero.
        line("check register x --ttl 30", &["'30'", "--ttl", "30s"]),
        line("check register x --ttl abc", &["'abc'", "--ttl"]),
        line(
            "check register x --ttl=-5s",
            &["'-5s'", "--ttl", "negative"],
        ),
        line("check register x --ttl -5s", &["-5"]),
        line("check register x --ttl 0", &["'0'", "--ttl", "zero"]),
        line("check register x --ttl 1d", &["'1d'", "--ttl"]),
        line(
            "check register x --tcp h:1 --interval 10",
            &["'10'", "--interval", "10s"],
        ),
        line(
            "check register x --tcp h:1 --interval 10s --timeout fast",
            &["'fast'", "--timeout"],
        ),
        line(
            "check register x --ttl 1m --deregister-critical-after 1d",
            &["'1d'", "--deregister-critical-after"],
        ),
        // Addresses: a port where one is needed, URLs with an http(s) scheme.
        line(
            "check register x --tcp 127.0.0.1 --interval 10s",
            &["'127.0.0.1'", "--tcp", "no port"],
        ),
        line(
            "check register x --tcp 127.0.0.1:0 --interval 10s",
            &["127.0.0.1:0", "--tcp"],
        ),
        line(
            "check register x --tcp 127.0.0.1:70000 --interval 10s",
            &["127.0.0.1:70000", "65535"],
        ),
        line(
            "check register x --tcp db:abc --interval 10s",
            &["\"abc\"", "--tcp"],
        ),
        line(
            "check register x --grpc 127.0.0.1/health --interval 10s",
            &["127.0.0.1", "--grpc"],
        ),
        line(
            "check register x --http localhost:8080/health --interval 10s",
            &["'localhost:8080/health'", "--http"],
        ),
        line(
            "check register x --http ftp://files.local/ --interval 10s",
            &["'ftp://files.local/'", "--http"],
        ),
        // Words, headers, methods, numbers and names.
        line(
            "check register x --ttl 1m --status healthy",
            &["'healthy'", "--status"],
        ),
        line(
            "check register x --http http://h/ --interval 10s --header X-A=1",
            &["'X-A=1'", "--header"],
        ),
        case(
            &[
                "check",
                "register",
                "x",
                "--http",
                "http://h/",
                "--interval",
                "10s",
                "--header",
                "X A: 1",
            ],
            &["X A", "--header"],
        ),
        case(
            &[
                "check",
                "register",
                "x",
                "--http",
                "http://h/",
                "--interval",
                "10s",
                "--method",
                "GET /",
            ],
            &["'GET /'", "--method"],
        ),
        line(
            "check register x --ttl 1m --success-before-passing two",
            &["'two'", "--success-before-passing"],
        ),
        case(
            &["check", "register", "x", "--interval", "10s", "--args", " "],
            &["--args", "command"],
        ),
        case(
            &["check", "register", "", "--ttl", "30s"],
            &["''", "NAME", "empty"],
        ),
        case(
            &["check", "register", "x", "--ttl", "30s", "--service-id", ""],
            &["''", "--service-id", "empty"],
        ),
    ]);
}

#[test]
fn check_register_kind_refusals() {
    all_refused(vec![
        line(
            "check register x --ttl 30s --tcp h:1",
            &["--ttl", "--tcp", "cannot be used with"],
        ),
        line(
            "check register x --interval 10s --script true --args true",
            &["--script", "--args"],
        ),
        line("check register x", &["no kind of check", "--ttl", "--http"]),
        line(
            "check register x --http http://127.0.0.1/health",
            &["HTTP", "--interval"],
        ),
        line(
            "check register x --tcp 127.0.0.1:22",
            &["TCP", "--interval"],
        ),
        line("check register x --args /bin/true", &["--interval"]),
        line(
            "check register x --ttl 30s --interval 10s",
            &["--interval", "\"10s\"", "TTL"],
        ),
        line(
            "check register x --alias-service web --timeout 1s",
            &["--timeout", "\"1s\"", "alias"],
        ),
        line("check register x --method POST", &["--method", "--http"]),
        line(
            "check register x --ttl 30s --method POST",
            &["--method", "\"POST\"", "--http"],
        ),
        case(
            &[
                "check",
                "register",
                "x",
                "--tcp",
                "h:1",
                "--interval",
                "10s",
                "--header",
                "X-A: 1",
            ],
            &["--header", "X-A: 1", "--http"],
        ),
        line(
            "check register x --ttl 30s --body {}",
            &["--body", "--http"],
        ),
        line(
            "check register x --grpc-use-tls",
            &["--grpc-use-tls", "--grpc"],
        ),
        line(
            "check register x --http http://h/ --interval 10s --grpc-use-tls",
            &["--grpc-use-tls", "--grpc"],
        ),
        line(
            "check register x --ttl 30s --tls-skip-verify",
            &["--tls-skip-verify"],
        ),
        line(
            "check register x --docker-container-id f972c95ebf0e",
            &["--docker-container-id", "--args"],
        ),
        line(
            "check register x --alias-service web --docker-container-id f972c95ebf0e",
            &["--docker-container-id", "\"f972c95ebf0e\"", "--args"],
        ),
        line(
            "check register x --interval 10s --script true --docker-container-id c1",
            &["--docker-container-id", "--args"],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// check register --file: API shape and agent config shape, from a file or stdin.

#[test]
fn register_file_in_api_shape_is_sent_as_is() {
    let definition = json!({
        "Name": "web-health", "ID": "wh", "HTTP": "http://127.0.0.1:8080/",
        "Interval": "10s", "Header": {"X-A": ["1"]}
    });
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "check.json", definition.to_string().as_bytes());
    let output = registers(&["--file", file.to_str().unwrap()], definition);
    assert_eq!(
        stdout_of(&output),
        "Check \"web-health\" registered with ID \"wh\".\n"
    );
}

#[test]
fn register_file_in_config_shape_sends_the_inner_object() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "check.json",
        br#"{"check": {"name": "mem", "args": ["/bin/check_mem"], "interval": "30s"}}"#,
    );
    let output = registers(
        &["--file", file.to_str().unwrap()],
        json!({"name": "mem", "args": ["/bin/check_mem"], "interval": "30s"}),
    );
    assert_eq!(stdout_of(&output), "Check \"mem\" registered.\n");
}

/// `check register --file -` with `stdin`, against a mock accepting exactly `body`.
fn registers_from_stdin(stdin: &str, body: Value) {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/register"))
            .and(body_json(&body))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr())
        .args(["check", "register", "--file", "-"])
        .write_stdin(stdin));
    assert!(output.status.success(), "{}", stderr_of(&output));
    mock.verify();
}

#[test]
fn register_stdin_in_api_shape() {
    registers_from_stdin(
        r#"{"Name": "backup", "TTL": "26h", "Notes": "from stdin"}"#,
        json!({"Name": "backup", "TTL": "26h", "Notes": "from stdin"}),
    );
}

#[test]
fn register_stdin_in_config_shape() {
    registers_from_stdin(
        "{\n  \"check\": {\n    \"name\": \"backup\",\n    \"ttl\": \"26h\"\n  }\n}\n",
        json!({"name": "backup", "ttl": "26h"}),
    );
}

#[test]
fn check_register_file_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let file =
        |name: &str, contents: &[u8]| write(dir.path(), name, contents).display().to_string();
    // `check register --file FILE`, refused naming FILE and every needle.
    let refused_file = |file: &str, needles: &[&str]| {
        let mut named = vec![file];
        named.extend(needles);
        case(&["check", "register", "--file", file], &named)
    };
    let missing = dir.path().join("nope.json").display().to_string();
    let empty = file("empty.json", b"  \n");
    let not_json = file("not-json.json", b"name = \"web\"\n");
    let array = file("array.json", br#"[{"Name": "web", "TTL": "30s"}]"#);
    let unnamed = file("unnamed.json", br#"{"TTL": "30s"}"#);
    let script = file(
        "script.json",
        br#"{"Name": "old", "Script": "/bin/true", "Interval": "10s"}"#,
    );
    let latin1 = file("latin1.json", b"{\"Name\": \"caf\xe9\", \"TTL\": \"30s\"}");
    let checks = file(
        "checks.json",
        br#"{"checks": [{"name": "a", "ttl": "30s"}, {"name": "b", "ttl": "30s"}]}"#,
    );
    let string = file("string.json", br#"{"check": "web"}"#);
    let good = file("good.json", br#"{"Name": "web", "TTL": "30s"}"#);
    all_refused(vec![
        // The file itself.
        refused_file(&missing, &["cannot read"]),
        refused_file(&empty, &["empty"]),
        refused_file(&not_json, &["not valid JSON"]),
        refused_file(&array, &["array", "not an object"]),
        refused_file(&unnamed, &["\"Name\""]),
        refused_file(&script, &["\"Script\"", "Args"]),
        refused_file(&latin1, &["UTF-8"]),
        refused_file(&checks, &["\"checks\"", "one check per file"]),
        refused_file(&string, &["\"check\"", "string"]),
        line("check register --file -", &["stdin", "empty"]).stdin(""),
        // A file and the flags it replaces.
        case(
            &["check", "register", "web", "--file", &good],
            &["--file", "[NAME]", "cannot be used with"],
        ),
        case(
            &["check", "register", "--file", &good, "--ttl", "30s"],
            &["--file", "--ttl", "cannot be used with"],
        ),
        case(
            &["check", "register", "--file", &good, "--method", "POST"],
            &["--file", "--method"],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// check deregister: looks first, then PUTs.

#[test]
fn deregister_looks_up_the_check_then_puts() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(200).set_body_json(known_checks(&["web", "db"])))
            .expect(1),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/deregister/web"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output =
        run(consulctl_at(&mock.addr()).args(["check", "deregister", "web", "--token", CANARY]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "Check \"web\" deregistered.\n");
    let methods: Vec<String> = mock
        .requests()
        .iter()
        .map(|r| r.method.to_string())
        .collect();
    assert_eq!(methods, ["GET", "PUT"], "looks before it deletes");
    assert!(mock.requests()[1].body.is_empty());
    mock.verify();
}

#[test]
fn deregister_unknown_check_is_exit_1_and_sends_no_put() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .respond_with(ResponseTemplate::new(200).set_body_json(known_checks(&["db"])))
            .expect(1),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(0),
    );
    let output = run(consulctl_at(&mock.addr()).args(["check", "deregister", "web"]));
    failed(&output, 1, &["no check \"web\"", "--missing-ok"]);
    assert!(output.stdout.is_empty());
    mock.verify();
}

#[test]
fn deregister_unknown_check_with_missing_ok_is_exit_0_and_sends_no_put() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
            .expect(1),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(0),
    );
    let output = run(consulctl_at(&mock.addr()).args([
        "check",
        "deregister",
        "web",
        "--missing-ok",
        "-o",
        "json",
    ]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(
        json_of(&output),
        json!({"CheckID": "web", "Deregistered": false})
    );
    mock.verify();
}

#[test]
fn deregister_when_the_lookup_is_refused_sends_no_put() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .respond_with(ResponseTemplate::new(403).set_body_string("ACL not found"))
            .expect(1),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(0),
    );
    let output = run(consulctl_at(&mock.addr())
        .env("CONSUL_HTTP_TOKEN", CANARY)
        .args(["check", "deregister", "web"]));
    failed(
        &output,
        1,
        &["deregistering check \"web\"", "CONSUL_HTTP_TOKEN"],
    );
    mock.verify();
}

#[test]
fn deregister_id_is_one_escaped_segment() {
    let mock = odd_mock();
    let output = run(consulctl_at(&mock.addr()).args(["check", "deregister", ODD_ID]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let (path, query) = the_put(&mock);
    assert_eq!(path, format!("/v1/agent/check/deregister/{ODD_ID_ESCAPED}"));
    assert_eq!(query, None);
    mock.verify();
}

#[test]
fn check_deregister_refusals() {
    all_refused(vec![
        // A URL path cannot carry a dot step.
        line("check deregister .", &["'.'", "<ID>"]),
        line("check deregister ..", &["'..'", "<ID>"]),
    ]);
}

// ---------------------------------------------------------------------------------------------
// check ttl pass|warn|fail.

#[test]
fn ttl_pass_sends_put_with_note_and_token_header() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/pass/backup"))
            .and(query_param("note", "all good"))
            .and(header("X-Consul-Token", "secret-1"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    consulctl_at(&mock.addr())
        .args([
            "check", "ttl", "pass", "backup", "--note", "all good", "--token", "secret-1",
        ])
        .assert()
        .success();
    mock.verify();
}

#[test]
fn ttl_warn_and_fail_use_their_paths_without_a_note() {
    for (word, status) in [
        ("pass", "passing"),
        ("warn", "warning"),
        ("fail", "critical"),
    ] {
        let mock = Mock::start();
        mock.expect(
            Expect::given(method("PUT"))
                .and(path(format!("/v1/agent/check/{word}/backup")))
                .and(query_param_is_missing("note"))
                .respond_with(ResponseTemplate::new(200))
                .expect(1),
        );
        let output = run(consulctl_at(&mock.addr()).args(["check", "ttl", word, "backup"]));
        assert!(output.status.success(), "{word}: {}", stderr_of(&output));
        assert_eq!(
            stdout_of(&output),
            format!("Check \"backup\" is {status}.\n")
        );
        assert!(mock.requests()[0].body.is_empty());
        mock.verify();
    }
}

#[test]
fn ttl_fail_note_json_output() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/fail/backup"))
            .and(query_param("note", "exit 2: disk full"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args([
        "check",
        "ttl",
        "fail",
        "backup",
        "--note",
        "exit 2: disk full",
        "-o",
        "json",
    ]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(
        json_of(&output),
        json!({"CheckID": "backup", "Status": "critical", "Output": "exit 2: disk full"})
    );
    mock.verify();
}

#[test]
fn ttl_on_an_unknown_check_explains_after_looking() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/pass/nope"))
            .respond_with(
                ResponseTemplate::new(500).set_body_string("Unknown check ID \"nope\". Ensure that the check ID is passed, not the check name."),
            )
            .expect(1),
    );
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .respond_with(ResponseTemplate::new(200).set_body_json(known_checks(&["backup"])))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["check", "ttl", "pass", "nope"]));
    failed(
        &output,
        1,
        &["no check \"nope\" is registered", "check register"],
    );
    mock.verify();
}

#[test]
fn ttl_on_a_non_ttl_check_says_what_kind_it_is() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/warn/web"))
            .respond_with(
                ResponseTemplate::new(500)
                    .set_body_string("CheckID \"web\" does not have associated TTL"),
            )
            .expect(1),
    );
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "web": {"CheckID": "web", "Name": "web", "Status": "passing", "Type": "http"}
            })))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["check", "ttl", "warn", "web"]));
    failed(&output, 1, &["is a http check, not a TTL check"]);
    mock.verify();
}

#[test]
fn ttl_id_is_one_escaped_segment() {
    let mock = odd_mock();
    let output =
        run(consulctl_at(&mock.addr()).args(["check", "ttl", "pass", ODD_ID, "--note", "a&b=c"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let (path, query) = the_put(&mock);
    assert_eq!(path, format!("/v1/agent/check/pass/{ODD_ID_ESCAPED}"));
    assert_eq!(query.as_deref(), Some("note=a%26b%3Dc"));
    mock.verify();
}

#[test]
fn percent_and_backslash_ids_are_escaped_not_decoded() {
    for (id, escaped) in [
        ("50%25", "50%2525"),
        ("a\\b", "a%5Cb"),
        ("%2e%2E", "%252e%252E"),
    ] {
        let mock = odd_mock();
        let output = run(consulctl_at(&mock.addr()).args(["check", "ttl", "warn", id]));
        assert!(output.status.success(), "{id}: {}", stderr_of(&output));
        let (path, _) = the_put(&mock);
        assert_eq!(path, format!("/v1/agent/check/warn/{escaped}"), "{id}");
        mock.verify();
    }
}

#[test]
fn check_ttl_refusals() {
    all_refused(vec![
        line("check ttl ok x", &["'ok'"]),
        // A URL path cannot carry a dot step.
        line("check ttl pass .", &["'.'", "<ID>"]),
        line("check ttl pass ..", &["'..'", "<ID>"]),
    ]);
}

// ---------------------------------------------------------------------------------------------
// check update.

#[test]
fn update_sends_status_and_output() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/update/backup"))
            .and(header("X-Consul-Token", CANARY))
            .and(body_json(
                json!({"Status": "warning", "Output": "slow: 41m"}),
            ))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr())
        .env("CONSUL_HTTP_TOKEN", CANARY)
        .args([
            "check",
            "update",
            "backup",
            "--status",
            "warning",
            "--note",
            "slow: 41m",
        ]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "Check \"backup\" is warning.\n");
    mock.verify();
}

#[test]
fn update_without_output_sends_only_the_status() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/update/backup"))
            .and(body_json(json!({"Status": "passing"})))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args([
        "check", "update", "backup", "--status", "passing", "-o", "json",
    ]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert_eq!(
        json_of(&output),
        json!({"CheckID": "backup", "Status": "passing", "Output": ""})
    );
    mock.verify();
}

#[test]
fn update_id_is_one_escaped_segment() {
    let mock = odd_mock();
    let output =
        run(consulctl_at(&mock.addr()).args(["check", "update", ODD_ID, "--status", "critical"]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let (path, query) = the_put(&mock);
    assert_eq!(path, format!("/v1/agent/check/update/{ODD_ID_ESCAPED}"));
    assert_eq!(query, None);
    mock.verify();
}

#[test]
fn check_update_refusals() {
    all_refused(vec![line(
        "check update x --status ok",
        &["'ok'", "--status"],
    )]);
}
