//! `check …` requests as they reach the wire (wiremock), and local validation.

use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::support::{consulctl_at, Mock};

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
fn bad_duration_is_exit_2_and_sends_nothing() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(0),
    );
    consulctl_at(&mock.addr())
        .args(["check", "register", "x", "--ttl", "30"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("'30'").and(predicates::str::contains("30s")));
    mock.verify();
}

use predicates::prelude::PredicateBooleanExt;
