//! What the fuzzers found, kept as plain tests with the smallest input that showed it.

use std::path::Path;

use super::answers::{command, configs, Answer, FakeAgent};
use crate::commands::Context;
use crate::config::{Config, GlobalInput, OutputFormat, Source, Terminal};

/// Runs `consulctl ARGS…` (table output) against a fake agent that answers reads with `read`
/// and writes with `write`; returns stdout, or the error message.
fn run(args: &[&str], read: Answer, write: Answer) -> Result<String, String> {
    let agent = FakeAgent::start();
    agent.set(read, write);
    let config = configs(&agent.endpoint(), &[OutputFormat::Table]).remove(0);
    let mut err = std::io::sink();
    let ctx = Context::new(&config, super::answers::FUZZED, &mut err);
    let mut out = Vec::new();
    super::answers::run(&command(args, Path::new("unused.json")), &ctx, &mut out)
        .map(|()| String::from_utf8(out).expect("UTF-8"))
        .map_err(|e| e.message().to_string())
}

fn status(status: u16, body: &str) -> Answer {
    Answer {
        status,
        body: body.as_bytes().to_vec(),
        index: None,
    }
}

fn json(body: serde_json::Value) -> Answer {
    Answer::ok(body.to_string().into_bytes())
}

fn one_line(message: &str) {
    assert!(!message.contains(['\n', '\r']), "not one line: {message:?}");
}

#[test]
fn a_datacenter_name_with_a_line_break_stays_on_the_errors_line() {
    let answer = json(
        serde_json::json!({"Service": "api", "Nodes": [], "Datacenter": "dc\n1", "Failovers": 1}),
    );
    let message = run(
        &["query", "execute", "api", "--min", "1"],
        answer.clone(),
        Answer::ok(vec![]),
    )
    .unwrap_err();
    one_line(&message);
    assert!(
        message.contains(r#"(datacenter "dc\n1" answered, after 1 failover)"#),
        "{message}"
    );
    let stdout = run(&["query", "execute", "api"], answer, Answer::ok(vec![])).unwrap();
    assert_eq!(
        stdout,
        "No healthy instance of \"api\": datacenter \"dc\\n1\" answered, after 1 failover.\n"
    );
}

#[test]
fn check_types_from_consul_are_escaped_in_messages_only_when_odd() {
    let checks = |kind: &str| json(serde_json::json!({"web": {"CheckID": "web", "Type": kind}}));
    let message = run(
        &["check", "ttl", "pass", "web", "--ensure-ttl", "1m"],
        checks("ht\ntp"),
        Answer::ok(vec![]),
    )
    .unwrap_err();
    one_line(&message);
    assert!(
        message.contains(r#"is a "ht\ntp" check, not a TTL check"#),
        "{message}"
    );

    let not_ttl = status(500, "CheckID \"web\" does not have associated TTL\n<br>");
    let message = run(
        &["check", "ttl", "pass", "web"],
        checks("tcp"),
        not_ttl.clone(),
    )
    .unwrap_err();
    one_line(&message);
    assert!(
        message.contains("is a tcp check, not a TTL check"),
        "{message}"
    );
    let message = run(
        &["check", "ttl", "pass", "web"],
        checks("x\u{1b}[2J"),
        not_ttl,
    )
    .unwrap_err();
    assert!(message.contains(r#"is a "x\u{1b}[2J" check"#), "{message}");
}

#[test]
fn consul_error_bodies_quoted_in_messages_are_one_line() {
    let cases: [(&[&str], Answer); 4] = [
        (
            &["agent", "force-leave", "web-7"],
            status(500, "agent: No node found with name 'web-7'\n\n<html>"),
        ),
        (
            &["service", "maintenance", "enable", "web"],
            status(404, "No service registered\r\nwith ID \"web\""),
        ),
        (
            &[
                "check",
                "register",
                "disk",
                "--interval",
                "1m",
                "--args",
                "/bin/true",
            ],
            status(500, "Scripts are disabled on this agent\nfrom remote calls"),
        ),
        (
            &[
                "check",
                "register",
                "x",
                "--ttl",
                "1m",
                "--service-id",
                "db",
            ],
            status(500, "ServiceID \"db\"\ndoes not exist"),
        ),
    ];
    for (args, answer) in cases {
        let message = run(args, answer.clone(), answer).unwrap_err();
        one_line(&message);
        assert!(message.contains("(Consul: "), "{message}");
    }
}

#[test]
fn a_password_in_an_address_without_a_scheme_is_not_echoed() {
    for address in [
        "user:S3CRET@127.0.0.1:99999",
        "//:S3CRET@",
        "u:S3CRET@h://x",
        "http://u:S3CRET@h:1",
    ] {
        let input = GlobalInput {
            http_addr: Some((address.to_string(), Source::Flag)),
            ..GlobalInput::default()
        };
        let message = Config::resolve(input, &|_| None, Terminal::default())
            .unwrap_err()
            .message()
            .to_string();
        assert!(!message.contains("S3CRET"), "{message}");
        assert!(message.contains("***@"), "{message}");
    }
}

#[test]
fn a_service_file_port_of_the_wrong_shape_is_named_by_its_kind() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("definition.json");
    std::fs::write(
        &file,
        "{\"Name\": \"web\", \"Port\": {\"Address\": \"\\u007f\"}}",
    )
    .unwrap();
    let message = crate::commands::service::register::service_file(&file)
        .unwrap_err()
        .message()
        .to_string();
    assert!(!message.chars().any(char::is_control), "{message:?}");
    assert!(
        message.ends_with("\"Port\" is an object, not a port from 1 to 65535"),
        "{message}"
    );
}

#[test]
fn a_wait_that_times_out_names_odd_checks_on_one_line() {
    // Long enough for the first answer to come on a loaded machine: a wait cut off before any
    // answer has no checks to name.
    let instance = serde_json::json!([{
        "Node": {"Node": "n1", "Address": "127.0.0.1"},
        "Service": {"ID": "api-1", "Service": "api", "Port": 9001},
        "Checks": [{"CheckID": "c1", "Name": "a\nname", "Status": "\n", "Output": ""}],
    }]);
    let message = run(
        &["service", "wait", "api", "--timeout", "300ms"],
        json(instance),
        Answer::ok(vec![]),
    )
    .expect_err("nothing healthy: the wait times out");
    one_line(&message);
    assert!(
        message.contains(r#"check "c1" ("a\nname") "\n": no output"#),
        "{message}"
    );
    let checks = serde_json::json!({"c1": {"CheckID": "c1", "Node": "n1", "Status": "\n"}});
    let message = run(
        &["check", "wait", "c1", "--timeout", "300ms"],
        json(checks),
        Answer::ok(vec![]),
    )
    .expect_err("never passing: the wait times out");
    one_line(&message);
    assert!(message.contains(r#"it is "\n""#), "{message}");
}

#[test]
fn a_query_file_with_odd_failover_names_is_refused_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("definition.json");
    std::fs::write(
        &file,
        r#"{"Name": "q", "Service": {"Service": "api", "SamenessGroup": "\n1", "Failover": {"Datacenters": ["d\nc"], "Targets": [{"Peer": "p\n2"}]}}}"#,
    )
    .unwrap();
    let message = crate::commands::query::create::query_file(&file)
        .unwrap_err()
        .message()
        .to_string();
    one_line(&message);
    assert!(message.contains(r#""d\nc""#), "{message}");
}
