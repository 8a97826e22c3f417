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

/// The pause `-v` said it would take before the first retry, in milliseconds.
fn logged_pause(stderr: &str) -> u64 {
    let after = stderr
        .split("retrying in ")
        .nth(1)
        .unwrap_or_else(|| panic!("no retry logged: {stderr}"));
    after
        .split(" ms")
        .next()
        .and_then(|ms| ms.parse().ok())
        .unwrap_or_else(|| panic!("no pause logged: {stderr}"))
}

#[test]
fn retry_after_in_seconds_is_waited_for_and_shown() {
    let mock = flaky(
        "PUT",
        PASS,
        ResponseTemplate::new(429)
            .insert_header("Retry-After", "1")
            .set_body_string("rate limit exceeded"),
        1,
    );
    let started = Instant::now();
    let out =
        run(consulctl_at(&mock.addr())
            .args(["-v", "--retry", "2", "check", "ttl", "pass", "backup"]));
    let spent = started.elapsed();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(attempts(&mock), 2);
    assert!(err.contains("(Retry-After: 1)"), "{err}");
    // Never sooner than asked, and not much later (the jitter is at most 125 ms here).
    let pause = logged_pause(&err);
    assert!((1000..=1125).contains(&pause), "{err}");
    assert!(spent >= Duration::from_secs(1), "{spent:?}");
}

#[test]
fn retry_after_as_an_http_date_is_waited_for() {
    // Whole seconds only: two seconds from now is between one and two seconds away.
    let when = std::time::SystemTime::now() + Duration::from_secs(2);
    let date = httpdate::fmt_http_date(when);
    let mock = flaky(
        "PUT",
        PASS,
        ResponseTemplate::new(503)
            .insert_header("Retry-After", date.as_str())
            .set_body_string("overloaded"),
        1,
    );
    let started = Instant::now();
    let out =
        run(consulctl_at(&mock.addr())
            .args(["-v", "--retry", "2", "check", "ttl", "pass", "backup"]));
    let spent = started.elapsed();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(attempts(&mock), 2);
    assert!(err.contains(&format!("(Retry-After: {date})")), "{err}");
    let pause = logged_pause(&err);
    assert!((900..=2125).contains(&pause), "{err}");
    assert!(spent >= Duration::from_millis(900), "{spent:?}");
}

#[test]
fn retry_after_past_the_time_left_ends_the_retries_at_once() {
    let busy = |status: u16| {
        flaky(
            "PUT",
            PASS,
            ResponseTemplate::new(status)
                .insert_header("Retry-After", "60")
                .set_body_string("busy"),
            5,
        )
    };
    let args = [
        "--retry",
        "5",
        "--retry-max-time",
        "10s",
        "check",
        "ttl",
        "pass",
        "backup",
    ];
    for status in [429, 503] {
        let mock = busy(status);
        let out = run(consulctl_at(&mock.addr()).args(args));
        let line = failed(
            &out,
            1,
            &[
                "busy",
                "Consul asked to be retried after 1m0s, later than --retry-max-time allows",
            ],
        );
        assert!(!line.contains("attempts over"), "{line}");
        assert_eq!(attempts(&mock), 1, "{status}");
    }
    let mock = busy(503);
    let out = run(consulctl_at(&mock.addr()).arg("-v").args(args));
    let err = stderr_of(&out);
    assert!(
        err.contains("! attempt 1 failed (503: busy); Consul asked for a pause of 1m0s, past the time left for retries: not retrying"),
        "{err}"
    );
}

#[test]
fn retry_after_is_obeyed_only_on_429_and_503() {
    // HTTP gives Retry-After a meaning on 429 and 503 (and redirects) only.
    let mock = flaky(
        "PUT",
        PASS,
        ResponseTemplate::new(502).insert_header("Retry-After", "30"),
        1,
    );
    let out =
        run(consulctl_at(&mock.addr())
            .args(["-v", "--retry", "1", "check", "ttl", "pass", "backup"]));
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("Retry-After"), "{err}");
    assert!(logged_pause(&err) <= 250, "{err}");
}
