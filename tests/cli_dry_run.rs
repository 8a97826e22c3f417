//! `--dry-run`: every command that changes something prints the requests it would send (method,
//! URL, body, a curl line using $CONSUL_HTTP_TOKEN) and sends none of them; reads it needs still
//! go out. The curl lines are run against the real agent to show they do what the command does.

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::support::agent::Agent;
use crate::support::{
    consulctl, consulctl_at, json_of, run, silent_mock, stderr_of, stdout_of, unique, Mock, CANARY,
};

const QUERY_ID: &str = "8f3a1b2c-0000-4000-8000-000000000001";

/// A mock that answers the reads commands make before writing, and must receive no write.
fn reads_only_mock() -> Mock {
    let mock = Mock::start();
    let check =
        json!({"web": {"CheckID": "web", "Name": "web", "Status": "passing", "Type": "ttl"}});
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .respond_with(ResponseTemplate::new(200).set_body_json(check)),
    );
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/service/web"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(json!({"ID": "web", "Service": "web"})),
            ),
    );
    let query = json!([{"ID": QUERY_ID, "Name": "q1", "Service": {"Service": "web"}}]);
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/query"))
            .respond_with(ResponseTemplate::new(200).set_body_json(query.clone())),
    );
    mock.expect(
        Expect::given(method("GET"))
            .and(path(format!("/v1/query/{QUERY_ID}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(query)),
    );
    for write in ["PUT", "POST", "DELETE"] {
        mock.expect(
            Expect::given(method(write))
                .respond_with(ResponseTemplate::new(200))
                .expect(0),
        );
    }
    mock
}

/// Every command that changes something, with what its first printed request must be.
const CASES: &[(&[&str], &str)] = &[
    (
        &["agent", "join", "127.0.0.1:8301"],
        "PUT /v1/agent/join/127.0.0.1:8301",
    ),
    (
        &["agent", "force-leave", "node-1"],
        "PUT /v1/agent/force-leave/node-1",
    ),
    (
        &["agent", "maintenance", "enable", "--reason", "patching"],
        "PUT /v1/agent/maintenance?enable=true&reason=patching",
    ),
    (
        &["agent", "maintenance", "disable"],
        "PUT /v1/agent/maintenance?enable=false",
    ),
    (
        &["check", "register", "web", "--ttl", "30s"],
        "PUT /v1/agent/check/register",
    ),
    (
        &["check", "deregister", "web"],
        "PUT /v1/agent/check/deregister/web",
    ),
    (
        &["check", "ttl", "pass", "web"],
        "PUT /v1/agent/check/pass/web",
    ),
    (
        &["check", "ttl", "warn", "web", "--note", "slow"],
        "PUT /v1/agent/check/warn/web?note=slow",
    ),
    (
        &["check", "ttl", "fail", "web"],
        "PUT /v1/agent/check/fail/web",
    ),
    (
        &["check", "update", "web", "--status", "warning"],
        "PUT /v1/agent/check/update/web",
    ),
    (
        &["check", "run", "web", "--", "false"],
        "PUT /v1/agent/check/update/web",
    ),
    (
        &["service", "register", "web", "--port", "8080"],
        "PUT /v1/agent/service/register",
    ),
    (
        &["service", "deregister", "web"],
        "PUT /v1/agent/service/deregister/web",
    ),
    (
        &["service", "maintenance", "enable", "web"],
        "PUT /v1/agent/service/maintenance/web?enable=true",
    ),
    (
        &["service", "maintenance", "disable", "web"],
        "PUT /v1/agent/service/maintenance/web?enable=false",
    ),
    (
        &["query", "create", "--name", "q2", "--service", "web"],
        "POST /v1/query",
    ),
    (
        &["query", "update", "q1", "--tag", "v2"],
        "PUT /v1/query/8f3a1b2c-0000-4000-8000-000000000001",
    ),
    (
        &["query", "delete", "q1"],
        "DELETE /v1/query/8f3a1b2c-0000-4000-8000-000000000001",
    ),
];

#[test]
fn every_changing_command_prints_its_request_and_sends_nothing() {
    for (args, want) in CASES {
        let mock = reads_only_mock();
        let out = run(consulctl_at(&mock.addr())
            .arg("--dry-run")
            .args(*args)
            .env("CONSUL_HTTP_TOKEN", CANARY));
        let stdout = stdout_of(&out);
        let stderr = stderr_of(&out);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        let (verb, rest) = want.split_once(' ').unwrap();
        let first = format!("{verb} {}{rest}", mock.uri());
        assert_eq!(
            stdout.lines().next(),
            Some(first.as_str()),
            "{args:?}: {stdout}"
        );
        let curl = stdout
            .lines()
            .find(|l| l.starts_with("curl "))
            .unwrap_or_else(|| panic!("{args:?}: no curl line: {stdout}"));
        assert!(curl.contains(&format!("-X {verb}")), "{curl}");
        assert!(
            curl.contains("-H \"X-Consul-Token: $CONSUL_HTTP_TOKEN\""),
            "{curl}"
        );
        assert!(stderr.contains("dry run:"), "{args:?}: {stderr}");
        assert!(
            !stdout.contains(CANARY) && !stderr.contains(CANARY),
            "{args:?}"
        );
        // Whatever the command says after a write ("Registered …") did not happen.
        assert!(
            !stdout.contains("Registered") && !stdout.contains("Deleted"),
            "{stdout}"
        );
        mock.verify();
    }
}

#[test]
fn check_run_dry_run_does_not_run_the_command() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    let mock = reads_only_mock();
    let out = run(consulctl_at(&mock.addr()).args([
        "check",
        "run",
        "job",
        "--dry-run",
        "--",
        "touch",
        marker.to_str().unwrap(),
    ]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(!marker.exists(), "the job ran");
    assert!(
        stderr_of(&out).contains("touch was not run"),
        "{}",
        stderr_of(&out)
    );
    mock.verify();
}

#[test]
fn json_dry_run_lists_method_url_body_and_curl() {
    let mock = reads_only_mock();
    let out = run(consulctl_at(&mock.addr()).args([
        "query",
        "create",
        "--name",
        "q2",
        "--service",
        "web",
        "--query-token",
        CANARY,
        "--dry-run",
        "-o",
        "json",
    ]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let list = json_of(&out);
    let first = &list[0];
    assert_eq!(first["Method"], "POST");
    assert_eq!(first["URL"], format!("{}/v1/query", mock.uri()));
    assert_eq!(first["Body"]["Service"]["Service"], "web");
    // The stored token is a secret too: the curl line takes it from a variable.
    assert_eq!(first["Body"]["Token"], "$CONSUL_QUERY_TOKEN");
    assert!(first["Curl"]
        .as_str()
        .unwrap()
        .contains(r#""Token":"'"$CONSUL_QUERY_TOKEN"'""#));
    assert!(!stdout_of(&out).contains(CANARY));
    mock.verify();
}

#[test]
fn an_update_that_changes_nothing_says_so_and_sends_nothing() {
    let mock = reads_only_mock();
    let out = run(consulctl_at(&mock.addr()).args([
        "query",
        "update",
        "q1",
        "--service",
        "web",
        "--dry-run",
    ]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("nothing would be sent"),
        "{}",
        stderr_of(&out)
    );
    mock.verify();
}

/// A command that only reads has no write to show: its dry run shows the read it would send
/// first, sends nothing and exits 0.
#[test]
fn reading_commands_show_their_first_read_and_send_nothing() {
    for (args, path) in [
        (&["agent", "members"][..], "/v1/agent/members"),
        (&["check", "list"], "/v1/agent/checks"),
        (&["query", "execute", "q1"], "/v1/query/q1/execute"),
        (&["query", "list"], "/v1/query"),
    ] {
        let mock = silent_mock();
        let out = run(consulctl_at(&mock.addr()).args(args).arg("--dry-run"));
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
        let url = format!("{}{path}", mock.uri());
        assert_eq!(
            stdout_of(&out),
            format!("GET {url}\ncurl -sS --fail-with-body -X GET '{url}'\n"),
            "{args:?}"
        );
        assert_eq!(stderr_of(&out), "dry run: this request was not sent\n");
        mock.verify();
    }
    // A watch too (these were refused while --dry-run refused every read): its first read.
    for args in [
        &["check", "list", "--watch"][..],
        &["check", "list", "--all-nodes", "--watch"],
        &["service", "list", "--watch"],
        &["query", "execute", "api", "--watch"],
    ] {
        let mock = silent_mock();
        let out = run(consulctl_at(&mock.addr()).arg("--dry-run").args(args));
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
        let stdout = stdout_of(&out);
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.len(), 2, "{args:?}: {stdout}");
        assert!(
            lines[0].starts_with(&format!("GET {}/v1/", mock.uri())),
            "{stdout}"
        );
        assert!(
            lines[1].starts_with("curl -sS --fail-with-body -X GET '"),
            "{stdout}"
        );
        assert_eq!(stderr_of(&out), "dry run: this request was not sent\n");
        mock.verify();
    }
}

/// The printed curl lines, run by a shell against the real agent, do what the commands do.
#[test]
fn curl_lines_do_what_the_command_would() {
    let agent = Agent::shared();
    let id = unique("dry-curl");
    let query = unique("dry-curl-q");
    let token_file = tempfile::NamedTempFile::new().unwrap();
    let mut script = String::new();
    for args in [
        vec![
            "check",
            "register",
            &id,
            "--ttl",
            "5m",
            "--notes",
            "it's quoted",
        ],
        vec![
            "check",
            "ttl",
            "warn",
            &id,
            "--note",
            "half \"done\" & 'so'",
        ],
        vec![
            "query",
            "create",
            "--name",
            &query,
            "--service",
            &id,
            "--query-token-file",
            token_file.path().to_str().unwrap(),
        ],
    ] {
        std::fs::write(token_file.path(), "stored-query-token\n").unwrap();
        let out = run(consulctl()
            .args(["--http-addr", &agent.addr(), "--dry-run"])
            .args(&args));
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
        let curl = stdout_of(&out)
            .lines()
            .filter(|l| l.starts_with("curl "))
            .collect::<Vec<_>>()
            .join("\n");
        script.push_str(&curl);
        script.push('\n');
    }
    assert!(
        agent.checks().get(&id).is_none(),
        "the dry run registered the check"
    );
    let shell = std::process::Command::new("sh")
        .arg("-ec")
        .arg(&script)
        .env("CONSUL_HTTP_TOKEN", "")
        .env("CONSUL_QUERY_TOKEN", "stored-query-token")
        .output()
        .unwrap();
    assert!(
        shell.status.success(),
        "{script}\n{}",
        String::from_utf8_lossy(&shell.stderr)
    );
    let check: &Value = &agent.checks()[&id];
    assert_eq!(check["Status"], "warning");
    assert_eq!(check["Output"], "half \"done\" & 'so'");
    assert_eq!(check["Notes"], "it's quoted");
    let queries = agent.get("/v1/query");
    let stored = queries
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["Name"] == query.as_str())
        .expect("the curl line created the query");
    assert_eq!(stored["Token"], "stored-query-token");
    assert_eq!(stored["Service"]["Service"], id.as_str());
    let _ = run(consulctl().args(["--http-addr", &agent.addr(), "query", "delete", &query]));
    let _ = run(consulctl().args(["--http-addr", &agent.addr(), "check", "deregister", &id]));
}
