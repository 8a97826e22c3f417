//! `--retry`: which failures are tried again and which never are, counted at a mock agent.

use std::time::{Duration, Instant};

use wiremock::matchers::{any, method, path};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::cli_errors::failed;
use crate::support::{consulctl_at, run, stderr_of, Mock};

/// A mock that answers `path` with `first` for the first `times` requests, then 200.
fn flaky(verb: &str, at: &str, first: ResponseTemplate, times: u64) -> Mock {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method(verb))
            .and(path(at))
            .respond_with(first)
            .up_to_n_times(times)
            .with_priority(1),
    );
    mock.expect(
        Expect::given(method(verb))
            .and(path(at))
            .respond_with(ResponseTemplate::new(200).set_body_string("{\"ID\":\"q1\"}"))
            .with_priority(2),
    );
    mock
}

fn attempts(mock: &Mock) -> usize {
    mock.requests().len()
}

const PASS: &str = "/v1/agent/check/pass/backup";

fn pass(mock: &Mock, retry: &str) -> std::process::Output {
    run(consulctl_at(&mock.addr()).args(["--retry", retry, "check", "ttl", "pass", "backup"]))
}

#[test]
fn a_missing_leader_is_retried_until_it_answers() {
    let mock = flaky(
        "PUT",
        PASS,
        ResponseTemplate::new(500).set_body_string("No cluster leader"),
        2,
    );
    let out = pass(&mock, "3");
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(attempts(&mock), 3);
}

#[test]
fn passing_5xx_statuses_are_retried() {
    for status in [429, 502, 503, 504] {
        let mock = flaky("PUT", PASS, ResponseTemplate::new(status), 1);
        let out = pass(&mock, "2");
        assert_eq!(out.status.code(), Some(0), "{status}: {}", stderr_of(&out));
        assert_eq!(attempts(&mock), 2, "{status}");
    }
}

#[test]
fn no_retry_without_the_flag() {
    let mock = flaky(
        "PUT",
        PASS,
        ResponseTemplate::new(500).set_body_string("No cluster leader"),
        1,
    );
    failed(&pass(&mock, "0"), 1, &["No cluster leader"]);
    assert_eq!(attempts(&mock), 1);
}

#[test]
fn client_errors_and_permanent_500s_are_never_retried() {
    for (status, body) in [
        (400, "Bad check status"),
        (403, "ACL not found"),
        (404, "unknown"),
        (500, "CheckID \"backup\" does not have associated TTL"),
    ] {
        let update = "/v1/agent/check/update/backup";
        let mock = flaky(
            "PUT",
            update,
            ResponseTemplate::new(status).set_body_string(body),
            5,
        );
        let out = run(consulctl_at(&mock.addr()).args([
            "--retry", "4", "check", "update", "backup", "--status", "passing",
        ]));
        assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
        let updates = mock
            .requests()
            .iter()
            .filter(|r| r.url.path() == update)
            .count();
        assert_eq!(updates, 1, "{status} {body}: tried once");
    }
}

#[test]
fn a_post_that_may_have_arrived_is_retried_only_when_forced() {
    let create = ["query", "create", "--name", "api", "--service", "api"];
    let leaderless = || ResponseTemplate::new(500).set_body_string("No cluster leader");
    let mock = flaky("POST", "/v1/query", leaderless(), 1);
    failed(
        &run(consulctl_at(&mock.addr())
            .arg("--retry")
            .arg("3")
            .args(create)),
        1,
        &["No cluster leader"],
    );
    assert_eq!(attempts(&mock), 1, "query create may not run twice unasked");

    let mock = flaky("POST", "/v1/query", leaderless(), 1);
    let out = run(consulctl_at(&mock.addr())
        .args(["--retry", "3", "--retry-unsafe"])
        .args(create));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(attempts(&mock), 2);
}

#[test]
fn the_environment_sets_the_retry_count_and_a_flag_beats_it() {
    let mock = flaky("PUT", PASS, ResponseTemplate::new(503), 1);
    let out = run(consulctl_at(&mock.addr())
        .env("CONSULCTL_RETRY", "2")
        .args(["check", "ttl", "pass", "backup"]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(attempts(&mock), 2);

    let mock = flaky("PUT", PASS, ResponseTemplate::new(503), 1);
    let out = run(consulctl_at(&mock.addr())
        .env("CONSULCTL_RETRY", "2")
        .args(["--retry", "0", "check", "ttl", "pass", "backup"]));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(attempts(&mock), 1);
}

#[test]
fn retries_stop_at_the_time_cap_and_say_how_many_were_made() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(any()).respond_with(ResponseTemplate::new(503).set_body_string("busy")),
    );
    let started = Instant::now();
    let out = run(consulctl_at(&mock.addr()).args([
        "--retry",
        "100",
        "--retry-max-time",
        "1500ms",
        "check",
        "ttl",
        "pass",
        "backup",
    ]));
    let spent = started.elapsed();
    assert!(spent < Duration::from_secs(10), "{spent:?}");
    let line = failed(&out, 1, &["busy", "attempts over"]);
    let made = attempts(&mock);
    assert!((3..100).contains(&made), "{made} attempts");
    assert!(line.contains(&format!("after {made} attempts")), "{line}");
}

#[test]
fn verbose_shows_each_retry() {
    let mock = flaky("PUT", PASS, ResponseTemplate::new(503), 1);
    let out =
        run(consulctl_at(&mock.addr())
            .args(["-v", "--retry", "1", "check", "ttl", "pass", "backup"]));
    assert_eq!(out.status.code(), Some(0));
    let err = stderr_of(&out);
    assert!(
        err.contains("attempt 1 failed") && err.contains("retrying in"),
        "{err}"
    );
}

#[test]
fn bad_retry_values_are_refused_before_anything_is_sent() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(any())
            .respond_with(ResponseTemplate::new(200))
            .expect(0),
    );
    for (args, needle) in [
        (vec!["--retry", "-1"], "-1"),
        (vec!["--retry", "many"], "many"),
        (vec!["--retry", "101"], "101"),
        (vec!["--retry-max-time", "30"], "30"),
        (vec!["--retry-max-time", "0s"], "0s"),
    ] {
        let out = run(consulctl_at(&mock.addr())
            .args(&args)
            .args(["check", "ttl", "pass", "x"]));
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr_of(&out).contains(needle),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    let out = run(consulctl_at(&mock.addr())
        .env("CONSULCTL_RETRY", "lots")
        .args(["check", "ttl", "pass", "x"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("lots"), "{}", stderr_of(&out));
    mock.verify();
}

#[test]
fn through_a_client_agent_only_the_reason_decides() {
    // A client agent puts "rpc error making call: " before every error a server returns.
    let wrapped = |reason: &str| {
        ResponseTemplate::new(500).set_body_string(format!("rpc error making call: {reason}"))
    };
    let mock = flaky("PUT", PASS, wrapped("No cluster leader"), 1);
    let out = pass(&mock, "2");
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(attempts(&mock), 2);

    let mock = flaky("PUT", PASS, wrapped("Permission denied"), 5);
    failed(&pass(&mock, "4"), 1, &["Permission denied"]);
    assert_eq!(attempts(&mock), 1);
}
