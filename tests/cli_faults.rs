//! Faults of the agent, the network or whatever answers in the agent's place: each ends in one
//! line on stderr with its documented exit code (3 when Consul cannot be reached or does not
//! answer in time, 1 when an answer came and is an error or unreadable), nothing on stdout, and
//! no panic or hang.

use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use wiremock::matchers::{method, path};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::cli_errors::{failed, run};
use crate::support::{consulctl, consulctl_at, unused_port, Mock};

/// A mock answering `GET /v1/agent/checks` with `status` and `body` (exactly once).
fn checks_answer(template: ResponseTemplate) -> Mock {
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
// Consul answers with an error: exit 1, Consul's words kept, one line.

#[test]
fn server_error_500_on_a_read_is_exit_1_with_consuls_text() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .respond_with(
                ResponseTemplate::new(500)
                    .set_body_string("rpc error making call: No cluster leader"),
            )
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "members"]));
    let line = failed(
        &output,
        1,
        &[
            "listing members",
            "500",
            "rpc error making call: No cluster leader",
        ],
    );
    assert!(line.starts_with("error: "), "{line}");
    assert!(output.stdout.is_empty());
    mock.verify();
}

#[test]
fn server_error_500_on_a_write_is_exit_1_with_consuls_text() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/register"))
            .respond_with(
                ResponseTemplate::new(500)
                    .set_body_string("Invalid check: TTL must be > 0 for TTL checks"),
            )
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["check", "register", "web", "--ttl", "30s"]));
    failed(
        &output,
        1,
        &[
            "registering check \"web\"",
            "500",
            "TTL must be > 0 for TTL checks",
        ],
    );
    mock.verify();
}

#[test]
fn a_multi_line_error_body_is_folded_into_one_line() {
    let mock = checks_answer(
        ResponseTemplate::new(500).set_body_string("first line\nsecond line\n\n  third\n"),
    );
    let output = run(consulctl_at(&mock.addr()).args(["check", "list"]));
    failed(&output, 1, &["first line second line third"]);
    mock.verify();
}

#[test]
fn non_json_answer_to_a_read_is_exit_1() {
    let mock = checks_answer(ResponseTemplate::new(200).set_body_string("hello, I am not consul"));
    let output = run(consulctl_at(&mock.addr()).args(["check", "list"]));
    failed(
        &output,
        1,
        &["not the JSON Consul sends", "/v1/agent/checks"],
    );
    assert!(output.stdout.is_empty());
    mock.verify();
}

#[test]
fn html_answer_to_a_read_is_exit_1_in_one_line() {
    let html = "<!DOCTYPE html>\n<html>\n<head><title>Welcome</title></head>\n<body>\n<h1>It works</h1>\n</body>\n</html>\n";
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .respond_with(
                ResponseTemplate::new(200)
                    .insert_header("Content-Type", "text/html")
                    .set_body_string(html),
            )
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "members"]));
    failed(&output, 1, &["not the JSON Consul sends"]);
    mock.verify();
}

#[test]
fn empty_answer_to_a_read_is_exit_1() {
    let mock = checks_answer(ResponseTemplate::new(200));
    let output = run(consulctl_at(&mock.addr()).args(["agent", "checks", "-o", "json"]));
    failed(&output, 1, &["not the JSON Consul sends"]);
    mock.verify();
}

#[test]
fn json_of_the_wrong_shape_is_exit_1() {
    let mock = checks_answer(ResponseTemplate::new(200).set_body_json(serde_json::json!([1, 2])));
    let output = run(consulctl_at(&mock.addr()).args(["check", "list"]));
    failed(&output, 1, &["not the JSON Consul sends"]);
    mock.verify();
}

#[test]
fn a_redirect_is_exit_1_and_not_followed() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .respond_with(
                ResponseTemplate::new(307)
                    .insert_header("Location", format!("{}/elsewhere", mock.uri()).as_str()),
            )
            .expect(1),
    );
    mock.expect(
        Expect::given(path("/elsewhere"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([])))
            .expect(0),
    );
    let output = run(consulctl_at(&mock.addr()).args(["agent", "members"]));
    failed(&output, 1, &["redirect", "307"]);
    mock.verify();
}

// ---------------------------------------------------------------------------------------------
// Consul cannot be reached or does not answer: exit 3.

#[test]
fn unreachable_agent_is_exit_3_at_once() {
    let addr = format!("127.0.0.1:{}", unused_port());
    let started = Instant::now();
    let output = run(consulctl_at(&addr).args(["agent", "members"]));
    let took = started.elapsed();
    failed(&output, 3, &["cannot reach Consul", &addr]);
    assert!(took < Duration::from_secs(1), "took {took:?}");
}

#[test]
fn unreachable_agent_on_a_write_is_exit_3() {
    let addr = format!("127.0.0.1:{}", unused_port());
    let output = run(consulctl()
        .args(["--http-addr", &format!("http://{addr}")])
        .args(["check", "ttl", "pass", "web"]));
    failed(
        &output,
        3,
        &[
            "marking check \"web\" passing",
            "cannot reach Consul",
            &addr,
        ],
    );
}

/// A TCP listener that accepts connections and never answers on them.
pub(crate) struct Hung {
    pub(crate) addr: String,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Hung {
    pub(crate) fn start() -> Hung {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("non-blocking");
        let addr = listener.local_addr().unwrap().to_string();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            let mut held = Vec::new();
            while !flag.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => held.push(stream),
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Hung {
            addr,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Hung {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[test]
fn hung_agent_times_out_with_exit_3_naming_the_timeout() {
    let hung = Hung::start();
    let started = Instant::now();
    let output =
        run(consulctl_at(&hung.addr).args(["--request-timeout", "500ms", "agent", "self"]));
    let took = started.elapsed();
    failed(
        &output,
        3,
        &["did not answer within 500ms", "--request-timeout"],
    );
    assert!(
        took >= Duration::from_millis(450) && took < Duration::from_secs(5),
        "took {took:?}"
    );
}

#[test]
fn hung_agent_on_a_write_times_out_with_exit_3() {
    let hung = Hung::start();
    let output = run(consulctl_at(&hung.addr).args([
        "check",
        "update",
        "web",
        "--status",
        "passing",
        "--request-timeout",
        "300ms",
    ]));
    failed(&output, 3, &["updating check \"web\"", "300ms"]);
}
