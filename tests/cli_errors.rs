//! Error classes and exit codes as the user sees them (one line on stderr, documented codes), the
//! token never shown, and bad global input refused before anything is sent. The helpers at the
//! top are shared with the other `cli_*` modules.

use std::process::Output;

use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::support::refusals::{all_refused, case, line};
use crate::support::{
    consulctl_at, one_line, run, silent_mock, stderr_of, stdout_of, Mock, CANARY,
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
fn bad_global_options_are_refused() {
    all_refused(vec![
        // The address and how to reach it.
        line(
            "--http-addr ftp://x agent members",
            &["--http-addr", "ftp://x"],
        ),
        line(
            "--http-addr host:99999 agent self",
            &["--http-addr", "host:99999"],
        ),
        line("check list", &["CONSUL_HTTP_ADDR", "ftp://x"]).env("CONSUL_HTTP_ADDR", "ftp://x"),
        line("check list", &["CONSUL_HTTP_SSL", "maybe"]).env("CONSUL_HTTP_SSL", "maybe"),
        // Timeouts, output and logging.
        line(
            "--request-timeout 0 agent self",
            &["'0'", "--request-timeout", "zero"],
        ),
        line(
            "agent self --request-timeout 10",
            &["'10'", "--request-timeout", "10s"],
        ),
        line(
            "agent self --request-timeout soon",
            &["'soon'", "--request-timeout"],
        ),
        line("--output yaml agent members", &["'yaml'", "--output"]),
        line(
            "agent members --color sometimes",
            &["'sometimes'", "--color"],
        ),
        line("-q -v check list", &["--quiet", "--verbose"]),
    ]);
}

#[test]
fn bad_tokens_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let token_file = dir.path().join("token").display().to_string();
    std::fs::write(&token_file, CANARY).unwrap();
    let missing = dir.path().join("no-such-token").display().to_string();
    let empty = dir.path().join("empty-token").display().to_string();
    std::fs::write(&empty, "\n\n").unwrap();
    let with_newline = format!("{CANARY}\nx");
    all_refused(vec![
        case(
            &[
                "check",
                "list",
                "--token",
                CANARY,
                "--token-file",
                &token_file,
            ],
            &["--token", "--token-file"],
        ),
        case(
            &["check", "list", "--token-file", &missing],
            &[&missing, "--token-file"],
        ),
        line(
            "agent members",
            &[&empty, "empty", "CONSUL_HTTP_TOKEN_FILE"],
        )
        .env("CONSUL_HTTP_TOKEN_FILE", &empty),
        // Refused without echoing it: the runner checks the token never shows.
        case(
            &["check", "list", "--token", &with_newline],
            &["--token", "control"],
        ),
    ]);
}

/// Typos get clap's "did you mean" or a tip, on the same one line.
#[test]
fn mistyped_commands_and_flags_are_refused_with_a_suggestion() {
    all_refused(vec![
        line("agent membrs", &["'membrs'", "tip:", "'members'"]),
        line("chek list", &["'chek'", "tip:", "'check'"]),
        line("chek list", &["'chek'", "similar", "'check'"]),
        line("check lst", &["'lst'", "similar", "'list'"]),
        line("query exeucte api", &["'exeucte'", "similar", "'execute'"]),
        line(
            "check register x --tll 1m",
            &["'--tll'", "similar", "'--ttl'"],
        ),
        line(
            "--htp-addr 127.0.0.1:1 agent members",
            &["'--htp-addr'", "similar", "'--http-addr'"],
        ),
    ]);
}

/// A mock agent in datacenter dc1 that answers `agent self` (asked to compare `--datacenter`
/// with) and must receive nothing else.
fn agent_in_dc1() -> Mock {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/self"))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(serde_json::json!({"Config": {"Datacenter": "dc1"}})),
            )
            .with_priority(1),
    );
    mock.expect(
        Expect::given(wiremock::matchers::any())
            .respond_with(ResponseTemplate::new(200))
            .expect(0)
            .with_priority(10),
    );
    mock
}

/// These commands act on the agent at --http-addr, whatever --datacenter says: another
/// datacenter than the agent's is refused (after one read of the agent's settings).
#[test]
fn datacenter_is_refused_by_agent_check_and_service_commands() {
    let mock = agent_in_dc1();
    let cases = vec![
        line(
            "agent members --datacenter dc2",
            &["\"dc2\"", "`agent members`"],
        ),
        line(
            "agent self --dc dc2",
            &["--datacenter", "\"dc2\"", "`agent self`"],
        ),
        line(
            "agent services --dc dc2",
            &["--datacenter", "\"dc2\"", "`agent services`"],
        ),
        line(
            "agent checks --dc dc2",
            &["--datacenter", "\"dc2\"", "`agent checks`"],
        ),
        line(
            "agent join 127.0.0.2 --dc dc2",
            &["--datacenter", "\"dc2\"", "`agent join`"],
        ),
        line(
            "agent force-leave node-1 --dc dc2",
            &["--datacenter", "\"dc2\"", "`agent force-leave`"],
        ),
        line(
            "agent maintenance enable --dc dc2",
            &["--datacenter", "\"dc2\"", "`agent maintenance enable`"],
        ),
        line(
            "agent maintenance disable --dc dc2",
            &["--datacenter", "\"dc2\"", "`agent maintenance disable`"],
        ),
        line(
            "--datacenter dc2 check list",
            &["--datacenter", "\"dc2\"", "`check list`"],
        ),
        line(
            "--datacenter dc2 check register web --ttl 30s",
            &["--datacenter", "\"dc2\"", "`check register`"],
        ),
        line(
            "--datacenter dc2 check ttl pass web",
            &["--datacenter", "\"dc2\"", "`check ttl pass`"],
        ),
        line(
            "--datacenter dc2 check update web --status passing",
            &["--datacenter", "\"dc2\"", "`check update`"],
        ),
        line(
            "--datacenter dc2 check deregister web",
            &["--datacenter", "\"dc2\"", "`check deregister`"],
        ),
        line(
            "service list --datacenter dc2",
            &["--datacenter", "\"dc2\"", "`service list`"],
        ),
        line(
            "service register web --datacenter dc2",
            &["--datacenter", "\"dc2\"", "`service register`"],
        ),
        line(
            "service deregister web --datacenter dc2",
            &["--datacenter", "\"dc2\"", "`service deregister`"],
        ),
        line(
            "service maintenance enable web --datacenter dc2",
            &["--datacenter", "\"dc2\"", "`service maintenance enable`"],
        ),
        // From cli_wait's refusals: it now reads the agent's settings first.
        line("check list --datacenter dc2", &["dc2", "--datacenter"]),
    ];
    for case in &cases {
        let before = mock.requests().len();
        crate::support::refusals::assert_refused_output(
            case,
            &run(&mut case.command(&mock.addr())),
        );
        let sent: Vec<String> = mock.requests()[before..]
            .iter()
            .map(|r| format!("{} {}", r.method, r.url.path()))
            .collect();
        assert_eq!(sent, ["GET /v1/agent/self"], "{}", case.what());
    }
    mock.verify();
}

/// The agent's own datacenter changes nothing for them, and is accepted.
#[test]
fn the_agents_own_datacenter_is_accepted_by_agent_commands() {
    let mock = agent_in_dc1();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
            .expect(1)
            .with_priority(1),
    );
    let out = run(consulctl_at(&mock.addr()).args([
        "--datacenter",
        "DC1",
        "check",
        "list",
        "-o",
        "json",
    ]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out).trim(), "{}");
    assert_eq!(stderr_of(&out), "");
    mock.verify();
}

/// Only plan, apply and export act in several datacenters: any other command given two
/// different ones is refused naming both, before any request (the agent commands' read of the
/// agent's settings included); the same one twice is one.
#[test]
fn two_datacenters_are_refused_by_every_other_command() {
    let needles = |command: &str| {
        [
            "--datacenter \"dc1\" and --datacenter \"dc2\"",
            command,
            "only plan, apply and export take several",
        ]
        .map(String::from)
    };
    let cases: Vec<_> = [
        ("--dc dc1 --dc dc2 query list", "`query list`"),
        (
            "query list --datacenter dc1 --datacenter dc2",
            "`query list`",
        ),
        (
            "--datacenter dc1 service list --all-nodes --dc dc2",
            "`service list`",
        ),
        (
            "--dc dc1 --dc dc2 --dc dc1 agent members",
            "`agent members`",
        ),
        ("--dc dc1 query delete web --dc dc2", "`query delete`"),
    ]
    .into_iter()
    .map(|(text, command)| {
        let needles = needles(command);
        line(
            text,
            &needles.iter().map(String::as_str).collect::<Vec<_>>(),
        )
    })
    .collect();
    all_refused(cases);

    // The same datacenter twice is one, and is sent.
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/query"))
            .and(wiremock::matchers::query_param("dc", "dc1"))
            .respond_with(ResponseTemplate::new(200).set_body_string("[]"))
            .expect(1),
    );
    let out = run(consulctl_at(&mock.addr())
        .args(["--dc", "dc1", "query", "list", "--dc", "DC1", "-o", "json"]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    mock.verify();
}

#[test]
fn bad_or_missing_ids_and_arguments_are_refused() {
    let mut cases = vec![
        case(&["check", "deregister", ""], &["''", "<ID>", "empty"]),
        case(&["service", "deregister", "  "], &["<ID>", "empty"]),
        case(
            &["check", "ttl", "pass", "web\nx"],
            &[r#""web\nx""#, "<ID>", "control characters"],
        ),
        line("check update web", &["--status"]),
        line("agent join", &["<ADDR>"]),
    ];
    // Empty or dot steps in an ID (found in review): refused locally, not sent for the agent
    // to resolve.
    for id in ["a//b", "/a", "a/./b", "a/../b", "a/"] {
        cases.push(line(&format!("check ttl pass {id}"), &[id, "step"]));
        cases.push(line(
            &format!("check register {id} --ttl 1m"),
            &[id, "step"],
        ));
    }
    all_refused(cases);
}

// ---------------------------------------------------------------------------------------------
// Found in review: empty variables, service maintenance's 500, -v on a closed pipe (path-step
// IDs are in bad_or_missing_ids_and_arguments_are_refused above).

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

// ---------------------------------------------------------------------------------------------
// Values echoed in an error are cut: a huge value is named by its start and its size.

#[test]
fn a_huge_value_that_is_not_utf8_is_named_by_its_start_and_size() {
    use std::os::unix::ffi::OsStringExt;
    let huge = || std::ffi::OsString::from_vec([b'a', 0xff].repeat(50_000));
    // Nothing listens there: a request sent would end in exit 3, not 2.
    let addr = format!("127.0.0.1:{}", crate::support::unused_port());
    let mut note = consulctl_at(&addr);
    note.args(["check", "ttl", "pass", "backup", "--note"])
        .arg(huge());
    let mut id = consulctl_at(&addr);
    id.args(["check", "ttl", "pass"]).arg(huge());
    for (what, mut command) in [("--note", note), ("ID", id)] {
        let output = run(&mut command);
        let line = failed(&output, 2, &["not UTF-8", "a\\xFFa\\xFF", "(100000 bytes)"]);
        assert!(line.len() < 500, "{what}: a line of {} bytes", line.len());
    }
}
