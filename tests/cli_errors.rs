//! Error classes and exit codes as the user sees them (one line on stderr, documented codes), the
//! token never shown, and bad global input refused before anything is sent. The helpers at the
//! top are shared with the other `cli_*` modules.

use std::process::Output;

use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::support::refusals::refused;
use crate::support::{
    consulctl, consulctl_at, one_line, run, silent_mock, stderr_of, stdout_of, Mock, CANARY,
};

/// Asserts `output` exited with `code`, printed one line on stderr holding every needle, and
/// never the canary token. Returns that line.
pub(crate) fn failed(output: &Output, code: i32, needles: &[&str]) -> String {
    let stderr = stderr_of(output);
    assert_eq!(
        output.status.code(),
        Some(code),
        "exit status; stderr: {stderr}; stdout: {}",
        stdout_of(output)
    );
    let line = one_line(&stderr).to_string();
    for needle in needles {
        assert!(line.contains(needle), "stderr lacks {needle:?}: {line}");
    }
    assert!(!line.contains(CANARY), "stderr shows the token: {line}");
    assert!(
        !stdout_of(output).contains(CANARY),
        "stdout shows the token"
    );
    line
}

/// Runs `cmd` (pointed at `mock`, a [`silent_mock`]) and asserts it was refused locally: exit 2,
/// one line naming every needle, nothing on stdout, no request sent. Returns the line.
pub(crate) fn assert_refused(
    mock: &Mock,
    cmd: &mut assert_cmd::Command,
    needles: &[&str],
) -> String {
    let output = run(cmd);
    let line = failed(&output, 2, needles);
    assert!(output.stdout.is_empty(), "stdout: {}", stdout_of(&output));
    assert!(
        mock.requests().is_empty(),
        "a refused command sent {:?}",
        mock.requests()
            .iter()
            .map(|r| format!("{} {}", r.method, r.url))
            .collect::<Vec<_>>()
    );
    mock.verify();
    line
}

/// A mock answering `GET /v1/agent/checks` with `status` and `body` (exactly once).
pub(crate) fn checks_answer(template: ResponseTemplate) -> Mock {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .respond_with(template)
            .expect(1),
    );
    mock
}

// ---------------------------------------------------------------------------------------------
// Consul answers with an error: exit 1, Consul's words kept, one line. Faults of the agent, the
// network or whatever answers in its place (5xx, cut-off or unreadable answers, timeouts,
// redirects) are in cli_faults.

#[test]
fn not_found_404_is_exit_1() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/self"))
            .respond_with(ResponseTemplate::new(404).set_body_string("404 page not found"))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "self"]));
    failed(&output, 1, &["404", "404 page not found"]);
    mock.verify();
}

#[test]
fn acl_not_found_with_token_flag_names_the_flag_not_the_token() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(403).set_body_string("ACL not found"))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["check", "list", "--token", CANARY]));
    failed(&output, 1, &["403", "ACL not found", "--token"]);
    mock.verify();
}

#[test]
fn acl_not_found_with_token_env_names_the_variable_not_the_token() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(403).set_body_string("ACL not found"))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr())
        .env("CONSUL_HTTP_TOKEN", CANARY)
        .args(["check", "list"]));
    failed(&output, 1, &["ACL not found", "CONSUL_HTTP_TOKEN"]);
    mock.verify();
}

#[test]
fn acl_not_found_with_token_file_flag_names_the_file_not_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token");
    std::fs::write(&file, format!("{CANARY}\n")).unwrap();
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(403).set_body_string("ACL not found"))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr())
        .args(["check", "list", "--token-file"])
        .arg(&file));
    failed(
        &output,
        1,
        &["ACL not found", "--token-file", &file.display().to_string()],
    );
    mock.verify();
}

#[test]
fn acl_not_found_with_token_file_env_names_the_variable_not_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token");
    std::fs::write(&file, CANARY).unwrap();
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/services"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(403).set_body_string("ACL not found"))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr())
        .env("CONSUL_HTTP_TOKEN_FILE", &file)
        .args(["service", "list"]));
    failed(
        &output,
        1,
        &[
            "ACL not found",
            "CONSUL_HTTP_TOKEN_FILE",
            &file.display().to_string(),
        ],
    );
    mock.verify();
}

#[test]
fn permission_denied_says_so_and_hides_the_token() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/service/register"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(403).set_body_string(
                "Permission denied: token with AccessorID 'abc' lacks permission 'service:write' on \"web\"",
            ))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr())
        .env("CONSUL_HTTP_TOKEN", CANARY)
        .args(["service", "register", "web"]));
    failed(
        &output,
        1,
        &["permission denied", "service:write", "CONSUL_HTTP_TOKEN"],
    );
    mock.verify();
}

#[test]
fn forbidden_without_a_token_says_how_to_give_one() {
    let mock = checks_answer(ResponseTemplate::new(403).set_body_string("Permission denied"));
    let output = run(consulctl_at(&mock.addr()).args(["check", "list"]));
    failed(&output, 1, &["without a token", "--token"]);
    assert!(
        mock.requests()[0].headers.get("X-Consul-Token").is_none(),
        "no token was given, none may be sent"
    );
    mock.verify();
}

// ---------------------------------------------------------------------------------------------
// -v shows the requests, never the token.

#[test]
fn verbose_shows_requests_and_redacts_the_token() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["-v", "check", "list", "--token", CANARY]));
    assert!(output.status.success(), "{}", stderr_of(&output));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains(&format!("> GET {}/v1/agent/checks", mock.uri())),
        "{stderr}"
    );
    assert!(stderr.contains("X-Consul-Token: <redacted>"), "{stderr}");
    assert!(stderr.contains("< 200"), "{stderr}");
    assert!(!stderr.contains(CANARY), "{stderr}");
    assert!(!stdout_of(&output).contains(CANARY));
    mock.verify();
}

#[test]
fn verbose_shows_the_body_of_a_write_and_still_hides_a_file_token() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token");
    std::fs::write(&file, format!("{CANARY}\n")).unwrap();
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/update/web"))
            .and(header("X-Consul-Token", CANARY))
            .and(body_json(
                serde_json::json!({"Status": "warning", "Output": "slow"}),
            ))
            .respond_with(ResponseTemplate::new(403).set_body_string("Permission denied"))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr())
        .env("CONSUL_HTTP_TOKEN_FILE", &file)
        .args([
            "--verbose",
            "check",
            "update",
            "web",
            "--status",
            "warning",
            "--note",
            "slow",
        ]));
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains(&format!("> PUT {}/v1/agent/check/update/web", mock.uri())),
        "{stderr}"
    );
    assert!(
        stderr.contains(r#"{"Status":"warning","Output":"slow"}"#),
        "{stderr}"
    );
    assert!(stderr.contains("X-Consul-Token: <redacted>"), "{stderr}");
    assert!(stderr.contains("< 403"), "{stderr}");
    assert!(!stderr.contains(CANARY), "{stderr}");
    let last = stderr.lines().last().unwrap();
    assert!(
        last.starts_with("error: ") && last.contains("permission denied"),
        "{last}"
    );
    mock.verify();
}

#[test]
fn without_verbose_a_success_prints_nothing_on_stderr() {
    let mock = checks_answer(ResponseTemplate::new(200).set_body_json(serde_json::json!({})));
    let output = run(consulctl_at(&mock.addr()).args(["check", "list"]));
    assert!(output.status.success());
    assert_eq!(stderr_of(&output), "");
    mock.verify();
}

// ---------------------------------------------------------------------------------------------
// Where the token comes from.

#[test]
fn token_flag_beats_token_variables() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token");
    std::fs::write(&file, "from-env-file").unwrap();
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .and(header("X-Consul-Token", "from-flag"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
            .expect(1),
    );
    run(consulctl_at(&mock.addr())
        .env("CONSUL_HTTP_TOKEN", "from-env")
        .env("CONSUL_HTTP_TOKEN_FILE", &file)
        .args(["check", "list", "--token", "from-flag"]));
    mock.verify();
}

#[test]
fn token_file_is_trimmed_of_its_newline() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token");
    std::fs::write(&file, format!("{CANARY}\r\n\n")).unwrap();
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr())
        .args(["check", "list", "--token-file"])
        .arg(&file));
    assert!(output.status.success(), "{}", stderr_of(&output));
    mock.verify();
}

// ---------------------------------------------------------------------------------------------
// Bad global input: exit 2, the value named, nothing sent.

#[test]
fn http_addr_with_ftp_scheme_is_refused() {
    refused(
        &["--http-addr", "ftp://x", "agent", "members"],
        &["--http-addr", "ftp://x"],
    );
}

#[test]
fn http_addr_with_port_out_of_range_is_refused() {
    refused(
        &["--http-addr", "host:99999", "agent", "self"],
        &["--http-addr", "host:99999"],
    );
}

#[test]
fn consul_http_addr_that_is_not_an_address_is_refused() {
    let mock = silent_mock();
    assert_refused(
        &mock,
        consulctl()
            .env("CONSUL_HTTP_ADDR", "ftp://x")
            .args(["check", "list"]),
        &["CONSUL_HTTP_ADDR", "ftp://x"],
    );
}

#[test]
fn consul_http_ssl_that_is_not_a_boolean_is_refused() {
    let mock = silent_mock();
    assert_refused(
        &mock,
        consulctl_at(&mock.addr())
            .env("CONSUL_HTTP_SSL", "maybe")
            .args(["check", "list"]),
        &["CONSUL_HTTP_SSL", "maybe"],
    );
}

#[test]
fn token_and_token_file_together_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token");
    std::fs::write(&file, CANARY).unwrap();
    let mock = silent_mock();
    assert_refused(
        &mock,
        consulctl_at(&mock.addr())
            .args(["check", "list", "--token", CANARY, "--token-file"])
            .arg(&file),
        &["--token", "--token-file"],
    );
}

#[test]
fn missing_token_file_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("no-such-token");
    let mock = silent_mock();
    assert_refused(
        &mock,
        consulctl_at(&mock.addr())
            .args(["check", "list", "--token-file"])
            .arg(&file),
        &[&file.display().to_string(), "--token-file"],
    );
}

#[test]
fn empty_token_file_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("empty-token");
    std::fs::write(&file, "\n\n").unwrap();
    let mock = silent_mock();
    assert_refused(
        &mock,
        consulctl_at(&mock.addr())
            .env("CONSUL_HTTP_TOKEN_FILE", &file)
            .args(["agent", "members"]),
        &[
            &file.display().to_string(),
            "empty",
            "CONSUL_HTTP_TOKEN_FILE",
        ],
    );
}

#[test]
fn token_with_a_newline_is_refused_without_echoing_it() {
    let mock = silent_mock();
    assert_refused(
        &mock,
        consulctl_at(&mock.addr()).args(["check", "list", "--token", &format!("{CANARY}\nx")]),
        &["--token", "control"],
    );
}

#[test]
fn request_timeout_zero_is_refused() {
    refused(
        &["--request-timeout", "0", "agent", "self"],
        &["'0'", "--request-timeout", "zero"],
    );
}

#[test]
fn request_timeout_without_unit_is_refused() {
    refused(
        &["agent", "self", "--request-timeout", "10"],
        &["'10'", "--request-timeout", "10s"],
    );
}

#[test]
fn request_timeout_that_is_no_duration_is_refused() {
    refused(
        &["agent", "self", "--request-timeout", "soon"],
        &["'soon'", "--request-timeout"],
    );
}

#[test]
fn output_yaml_is_refused() {
    refused(
        &["--output", "yaml", "agent", "members"],
        &["'yaml'", "--output"],
    );
}

#[test]
fn color_sometimes_is_refused() {
    refused(
        &["agent", "members", "--color", "sometimes"],
        &["'sometimes'", "--color"],
    );
}

#[test]
fn quiet_and_verbose_together_are_refused() {
    refused(&["-q", "-v", "check", "list"], &["--quiet", "--verbose"]);
}

#[test]
fn unknown_subcommand_gets_a_did_you_mean_tip_on_the_same_line() {
    let line = refused(&["agent", "membrs"], &["'membrs'", "tip:", "'members'"]);
    assert!(line.starts_with("error: "), "{line}");
}

#[test]
fn unknown_top_level_subcommand_gets_a_tip() {
    refused(&["chek", "list"], &["'chek'", "tip:", "'check'"]);
}

#[test]
fn datacenter_is_refused_by_agent_members() {
    refused(
        &["agent", "members", "--datacenter", "dc2"],
        &["\"dc2\"", "agent members"],
    );
}

#[test]
fn datacenter_is_refused_by_every_agent_command() {
    for args in [
        &["agent", "self"][..],
        &["agent", "services"],
        &["agent", "checks"],
        &["agent", "join", "127.0.0.2"],
        &["agent", "force-leave", "node-1"],
        &["agent", "maintenance", "enable"],
        &["agent", "maintenance", "disable"],
    ] {
        let mut full = args.to_vec();
        full.extend(["--dc", "dc2"]);
        refused(&full, &["--datacenter", "\"dc2\""]);
    }
}

#[test]
fn datacenter_is_refused_by_check_commands() {
    for args in [
        &["check", "list"][..],
        &["check", "register", "web", "--ttl", "30s"],
        &["check", "ttl", "pass", "web"],
        &["check", "update", "web", "--status", "passing"],
        &["check", "deregister", "web"],
    ] {
        let mut full = vec!["--datacenter", "dc2"];
        full.extend(args);
        refused(&full, &["--datacenter", "\"dc2\"", "`check`"]);
    }
}

#[test]
fn datacenter_is_refused_by_service_commands() {
    for args in [
        &["service", "list"][..],
        &["service", "register", "web"],
        &["service", "deregister", "web"],
        &["service", "maintenance", "enable", "web"],
    ] {
        let mut full = args.to_vec();
        full.extend(["--datacenter", "dc2"]);
        refused(&full, &["--datacenter", "\"dc2\"", "`service`"]);
    }
}

#[test]
fn empty_id_is_refused() {
    refused(&["check", "deregister", ""], &["''", "<ID>", "empty"]);
}

#[test]
fn blank_id_is_refused() {
    refused(&["service", "deregister", "  "], &["<ID>", "empty"]);
}

#[test]
fn id_with_a_newline_is_refused_naming_it() {
    refused(
        &["check", "ttl", "pass", "web\nx"],
        &[r#""web\nx""#, "<ID>", "control characters"],
    );
}

#[test]
fn missing_required_argument_is_named() {
    refused(&["check", "update", "web"], &["--status"]);
    refused(&["agent", "join"], &["<ADDR>"]);
}

// ---------------------------------------------------------------------------------------------
// Found in review: empty variables, path-step IDs, service maintenance's 500, -v on a closed pipe.

#[test]
fn empty_variables_count_as_unset() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/self"))
            .respond_with(ResponseTemplate::new(200).set_body_string(
                r#"{"Config":{"NodeName":"n1","Datacenter":"dc1","Version":"1.8.7","Server":true}}"#,
            ))
            .expect(1),
    );
    let mut cmd = consulctl_at(&mock.addr());
    // Every variable consulctl reads (but the address, which the mock needs) set empty: each
    // counts as unset, none is refused as an empty value (CONSULCTL_RETRY= was, found in review).
    for var in consulctl::cli::ENVIRONMENT {
        if var.name != "CONSUL_HTTP_ADDR" {
            cmd.env(var.name, "");
        }
    }
    cmd.args(["agent", "self"]).assert().success();
    mock.verify();
    let requests = mock.requests();
    assert!(requests[0].headers.get("X-Consul-Token").is_none());
}

#[test]
fn ids_with_empty_or_dot_steps_are_refused_locally() {
    for id in ["a//b", "/a", "a/./b", "a/../b", "a/"] {
        refused(&["check", "ttl", "pass", id], &[id, "step"]);
        refused(&["check", "register", id, "--ttl", "1m"], &[id, "step"]);
    }
}

#[test]
fn service_maintenance_on_an_unknown_service_in_plain_words() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/service/maintenance/nosuch"))
            .respond_with(
                ResponseTemplate::new(500).set_body_string("Unknown service {\"nosuch\" {}}"),
            )
            .expect(1),
    );
    let out = run(consulctl_at(&mock.addr()).args(["service", "maintenance", "enable", "nosuch"]));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("no service \"nosuch\" is registered on this agent"),
        "{err}"
    );
    mock.verify();
}

#[test]
fn verbose_log_to_a_closed_stderr_does_not_panic() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .respond_with(ResponseTemplate::new(200).set_body_string("[]"))
            .expect(1),
    );
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_consulctl"))
        .env_clear()
        .env("CONSUL_HTTP_ADDR", mock.addr())
        .args(["-v", "agent", "members"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn no_arguments_prints_the_overview_even_with_consul_variables_set() {
    let mock = silent_mock();
    let out = run(consulctl_at(&mock.addr()).env("CONSUL_HTTP_TOKEN", CANARY));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    for group in [
        "agent",
        "check",
        "service",
        "query",
        "consulctl COMMAND --help",
    ] {
        assert!(err.contains(group), "{err}");
    }
    assert!(!err.contains(CANARY), "{err}");
    mock.verify();
}

/// Typos get clap's "did you mean", on one line, exit 2, with nothing sent.
#[test]
fn mistyped_commands_and_flags_get_a_suggestion_and_nothing_is_sent() {
    let mock = silent_mock();
    for (args, typed, suggested) in [
        (&["chek", "list"][..], "'chek'", "'check'"),
        (&["check", "lst"][..], "'lst'", "'list'"),
        (&["query", "exeucte", "api"][..], "'exeucte'", "'execute'"),
        (
            &["check", "register", "x", "--tll", "1m"][..],
            "'--tll'",
            "'--ttl'",
        ),
        (
            &["--htp-addr", "127.0.0.1:1", "agent", "members"][..],
            "'--htp-addr'",
            "'--http-addr'",
        ),
    ] {
        let out = consulctl_at(&mock.addr()).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr_of(&out);
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.contains(typed) && err.contains("similar") && err.contains(suggested),
            "{args:?}: {err}"
        );
    }
    mock.verify();
}
