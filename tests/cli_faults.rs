//! Faults of the agent, the network or whatever answers in the agent's place: each ends in one
//! line on stderr with its documented exit code (3 when Consul cannot be reached or does not
//! answer in time, 1 when an answer came and is an error or unreadable), nothing on stdout, and
//! no panic or hang.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use wiremock::matchers::{any, method, path};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::cli_errors::failed;
use crate::support::{consulctl, consulctl_at, run, stderr_of, stdout_of, unused_port, Mock};

use crate::cli_errors::checks_answer;

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

// ---------------------------------------------------------------------------------------------
// The matrix: each fault against a read (`agent checks`), a write (`check ttl pass X`) and
// `query execute api` (in table, json and addrs when an answer is read at all). Every run ends
// by itself, prints nothing on stdout and one line on stderr that says what was being done,
// names the address and says what to do.
//
// | fault                                             | exit | the line says                   |
// |---------------------------------------------------|------|---------------------------------|
// | nothing listens (refused)                         | 3    | cannot reach Consul at URL …; is the agent running, and is --http-addr right? |
// | accepts, never answers                            | 3    | Consul at URL did not answer within 1s …; raise --request-timeout |
// | headers, then silence                             | 3    | … did not answer within 1s (the answer stopped after 0 of 1000 bytes) … |
// | a byte every 100 ms, past the timeout             | 3    | … did not answer within 1s (the answer stopped after N of 1000 bytes) … |
// | Content-Length 1000, 10 bytes, close              | 3    | the connection to URL broke before the answer was complete (cut off after 10 of 1000 bytes: …); … use --retry N |
// | chunked, cut inside a chunk                       | 3    | … broke before the answer was complete (cut off after N bytes: …) … |
// | headers and 10 bytes, then a reset (RST)          | 3    | … broke before the answer was complete (… reset by peer …) … |
// | accepts, reads, closes without an answer          | 3    | … broke before the answer was complete (connection closed …) … |
// | not HTTP at all (an SSH banner)                   | 1    | the answer from URL is not the JSON Consul sends (it is not HTTP: …); is --http-addr a Consul agent? |
// | 200, JSON cut short with a correct length         | 1    | … is not the JSON Consul sends (EOF while parsing …) … |
// | 200, malformed JSON                               | 1    | … is not the JSON Consul sends (…) … |
// | 200, an HTML page (writes too)                    | 1    | … is not the JSON Consul sends (…) … |
// | 200, empty / JSON of the wrong shape (reads)      | 1    | … is not the JSON Consul sends (…) … (tests above) |
// | 500 with Consul's words                           | 1    | Consul at ADDR answered 500: WORDS |
// | 500 "No cluster leader"                           | 1    | … answered 500: …; the cluster is between states …: try again later, or use --retry N |
// | 500 without a body                                | 1    | … answered 500: (no body); the agent's log says why |
// | 500, an HTML page                                 | 1    | … answered 500: an HTML page (TEXT); a web server or proxy answered, not the agent: check --http-addr |
// | 502 from a proxy, 503                             | 1    | … answered 502: an HTML page (502 Bad Gateway); … try again later, or use --retry N |
// | 429                                               | 1    | … answered 429: …; Consul is limiting the request rate: try again later, or use --retry N |
// | 301, 302, 303, 307, 308                           | 1    | … answered with a redirect (307), which consulctl does not follow; point --http-addr at the agent itself |
// | 50 MB, with or without Content-Length             | 1    | the answer from URL is larger than 32 MiB, so consulctl stopped reading it; … raise --max-answer-size |
// | 50 MB under --max-answer-size 64MiB               | 0    | (processed)                     |

const READ: &[&str] = &["agent", "checks"];
const WRITE: &[&str] = &["check", "ttl", "pass", "X"];
const EXECUTE: &[&str] = &["query", "execute", "api"];

/// The read, the write and `query execute`: for faults that strike before any answer is read,
/// where the output format cannot matter.
fn each_kind() -> Vec<Vec<&'static str>> {
    vec![READ.to_vec(), WRITE.to_vec(), EXECUTE.to_vec()]
}

/// [`each_kind`], and `query execute` in its json and addrs formats too.
fn every_command() -> Vec<Vec<&'static str>> {
    let mut commands = each_kind();
    for format in ["json", "addrs"] {
        commands.push([EXECUTE, &["-o", format]].concat());
    }
    commands
}

/// What the line starts with for each command.
fn action(args: &[&str]) -> &'static str {
    match args[0] {
        "agent" => "listing checks",
        "check" => "marking check \"X\" passing",
        _ => "executing query \"api\"",
    }
}

/// How long a faulty run may take before it is killed: the 1 s request timeout the runs use,
/// plus a wide margin for a loaded machine. A guard that proves the process ended by itself, not
/// a measure of speed.
const GUARD: Duration = Duration::from_secs(15);

/// Runs `consulctl --http-addr ADDR --request-timeout 1s ARGS` and asserts a fault's outcome:
/// it ended by itself with `code`, nothing on stdout, one line on stderr that names the action,
/// the address and every needle, and no panic or backtrace. Returns the line.
fn faulted(addr: &str, args: &[&str], code: i32, needles: &[&str]) -> String {
    faulted_within("1s", addr, args, code, needles)
}

/// [`faulted`] with another request timeout.
fn faulted_within(timeout: &str, addr: &str, args: &[&str], code: i32, needles: &[&str]) -> String {
    let output = run(consulctl()
        .args(["--http-addr", addr, "--request-timeout", timeout])
        .args(args)
        .timeout(GUARD));
    let stderr = stderr_of(&output);
    assert!(
        output.status.code().is_some(),
        "{args:?} against {addr} did not end by itself within {GUARD:?}; stderr: {stderr}"
    );
    for word in ["panicked", "RUST_BACKTRACE", "backtrace"] {
        assert!(!stderr.contains(word), "{args:?}: {stderr}");
    }
    assert_eq!(stdout_of(&output), "", "{args:?}: nothing on stdout");
    let mut all = vec![action(args), addr];
    all.extend(needles);
    let line = failed(&output, code, &all);
    assert!(line.starts_with("error: "), "{line}");
    line
}

/// A loopback "agent" that answers byte by byte: it reads each request, then `answer` writes
/// what it likes (or nothing) before the connection is closed.
struct Raw {
    addr: String,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Raw {
    fn start(answer: impl Fn(&mut TcpStream) + Send + Sync + 'static) -> Raw {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("non-blocking");
        let addr = listener.local_addr().unwrap().to_string();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let answer = Arc::new(answer);
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((mut stream, _)) => {
                        let answer = Arc::clone(&answer);
                        std::thread::spawn(move || {
                            if read_request(&mut stream) {
                                answer(&mut stream);
                            }
                        });
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Raw {
            addr,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Reads one request's head and body (by its Content-Length); `false` if the client went away.
fn read_request(stream: &mut TcpStream) -> bool {
    stream.set_nonblocking(false).expect("blocking");
    stream.set_read_timeout(Some(GUARD)).expect("read timeout");
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !seen.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => seen.push(byte[0]),
            _ => return false,
        }
    }
    let head = String::from_utf8_lossy(&seen).to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|n| n.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).is_ok()
}

/// Waits until the client closes its end (it gave up), so a silent answer stays silent.
fn wait_for_close(stream: &mut TcpStream) {
    let mut buffer = [0u8; 512];
    while matches!(stream.read(&mut buffer), Ok(n) if n > 0) {}
}

/// Makes closing `stream` send a reset (RST) instead of an orderly end (FIN).
fn reset_on_close(stream: &TcpStream) {
    use std::os::fd::AsRawFd;
    let linger = libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    // SAFETY: a valid socket, and a pointer to a linger struct of the size given.
    let done = unsafe {
        libc::setsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            (&linger as *const libc::linger).cast(),
            std::mem::size_of::<libc::linger>() as libc::socklen_t,
        )
    };
    assert_eq!(done, 0, "SO_LINGER");
}

/// A 200 status line and `headers` (each ending in CRLF), then the blank line.
fn ok_head(headers: &str) -> Vec<u8> {
    format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{headers}\r\n").into_bytes()
}

#[test]
fn a_refused_connection_is_exit_3_for_every_kind_of_command() {
    let addr = format!("127.0.0.1:{}", unused_port());
    for args in each_kind() {
        faulted(
            &addr,
            &args,
            3,
            &[
                "cannot reach Consul at",
                "is the agent running",
                "--http-addr",
            ],
        );
    }
}

#[test]
fn an_agent_that_accepts_and_never_answers_times_out_with_exit_3() {
    let hung = Hung::start();
    for args in each_kind() {
        faulted(
            &hung.addr,
            &args,
            3,
            &["did not answer within 1s", "--request-timeout"],
        );
    }
}

#[test]
fn an_answer_that_stops_after_its_headers_times_out_with_exit_3() {
    let raw = Raw::start(|stream| {
        let _ = stream.write_all(&ok_head("Content-Length: 1000\r\n"));
        wait_for_close(stream);
    });
    for args in each_kind() {
        faulted(
            &raw.addr,
            &args,
            3,
            &[
                "did not answer within 1s",
                "the answer stopped after 0 of 1000 bytes",
                "--request-timeout",
            ],
        );
    }
}

#[test]
fn an_answer_trickling_in_past_the_timeout_times_out_with_exit_3() {
    // A byte every 100 ms: each read is quick, the whole answer would take 100 s.
    let raw = Raw::start(|stream| {
        let _ = stream.write_all(&ok_head("Content-Length: 1000\r\n"));
        for _ in 0..1000 {
            if stream.write_all(b" ").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    for args in each_kind() {
        faulted(
            &raw.addr,
            &args,
            3,
            &[
                "did not answer within 1s",
                "the answer stopped after",
                "--request-timeout",
            ],
        );
    }
}

/// A length is a claim: with --max-answer-size raised, an announced 900 GB answer that is cut
/// off is exit 3, not an abort for the memory it announced (found in review).
#[test]
fn a_huge_announced_length_within_a_raised_limit_is_not_reserved() {
    let raw = Raw::start(|stream| {
        let _ = stream.write_all(&ok_head("Content-Length: 900000000000\r\n"));
        let _ = stream.write_all(br#"{"X": {"Ch"#);
    });
    for args in every_command() {
        let args = [&args[..], &["--max-answer-size", "1000GiB"]].concat();
        faulted(
            &raw.addr,
            &args,
            3,
            &["cut off after 10 of 900000000000 bytes"],
        );
    }
}

#[test]
fn a_connection_closed_mid_answer_is_exit_3() {
    let raw = Raw::start(|stream| {
        let _ = stream.write_all(&ok_head("Content-Length: 1000\r\n"));
        let _ = stream.write_all(br#"{"X": {"Ch"#);
    });
    for args in every_command() {
        faulted(
            &raw.addr,
            &args,
            3,
            &[
                "broke before the answer was complete",
                "cut off after 10 of 1000 bytes",
                "--retry",
            ],
        );
    }
}

#[test]
fn a_chunked_answer_cut_in_the_middle_of_a_chunk_is_exit_3() {
    let raw = Raw::start(|stream| {
        let _ = stream.write_all(&ok_head("Transfer-Encoding: chunked\r\n"));
        let _ = stream.write_all(b"20\r\n{\"X\": {\"CheckID\": ");
    });
    for args in every_command() {
        faulted(
            &raw.addr,
            &args,
            3,
            &[
                "broke before the answer was complete",
                "cut off after",
                "--retry",
            ],
        );
    }
}

#[test]
fn an_answer_reset_mid_body_is_exit_3() {
    let raw = Raw::start(|stream| {
        let _ = stream.write_all(&ok_head("Content-Length: 1000\r\n"));
        let _ = stream.write_all(br#"{"X": {"Ch"#);
        reset_on_close(stream);
    });
    for args in every_command() {
        faulted(
            &raw.addr,
            &args,
            3,
            &[
                "broke before the answer was complete",
                "reset by peer",
                "--retry",
            ],
        );
    }
}

#[test]
fn a_connection_closed_without_an_answer_is_exit_3() {
    let raw = Raw::start(|_| {});
    for args in each_kind() {
        faulted(
            &raw.addr,
            &args,
            3,
            &["broke before the answer was complete", "--retry"],
        );
    }
}

#[test]
fn an_answer_that_is_not_http_is_exit_1() {
    let raw = Raw::start(|stream| {
        let _ = stream.write_all(b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
    });
    for args in each_kind() {
        faulted(
            &raw.addr,
            &args,
            1,
            &["it is not HTTP", "is --http-addr a Consul agent?"],
        );
    }
}

#[test]
fn truncated_json_with_a_correct_length_is_exit_1_for_reads_and_writes() {
    let raw = Raw::start(|stream| {
        let body = br#"{"X": {"CheckID": "X", "Sta"#;
        let _ = stream.write_all(&ok_head(&format!("Content-Length: {}\r\n", body.len())));
        let _ = stream.write_all(body);
    });
    for args in every_command() {
        faulted(
            &raw.addr,
            &args,
            1,
            &[
                "is not the JSON Consul sends",
                "EOF while parsing",
                "is --http-addr a Consul agent?",
            ],
        );
    }
}

/// A mock that answers every request with `template`.
fn answering(template: ResponseTemplate) -> Mock {
    let mock = Mock::start();
    mock.expect(Expect::given(any()).respond_with(template));
    mock
}

#[test]
fn malformed_json_is_exit_1_for_reads_and_writes() {
    let mock = answering(
        ResponseTemplate::new(200)
            .insert_header("Content-Type", "application/json")
            .set_body_string(r#"{"X": {"CheckID": "X",}}"#),
    );
    for args in every_command() {
        faulted(
            &mock.addr(),
            &args,
            1,
            &[
                "is not the JSON Consul sends",
                "is --http-addr a Consul agent?",
            ],
        );
    }
}

const WELCOME_PAGE: &str = "<!DOCTYPE html>\n<html>\n<head><title>Welcome to nginx!</title></head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n";

#[test]
fn an_html_page_with_200_is_exit_1_for_reads_and_writes() {
    // A write answered so must not pass for done: Consul answers its writes with nothing.
    let mock = answering(
        ResponseTemplate::new(200)
            .insert_header("Content-Type", "text/html")
            .set_body_string(WELCOME_PAGE),
    );
    for args in every_command() {
        faulted(
            &mock.addr(),
            &args,
            1,
            &[
                "is not the JSON Consul sends",
                "is --http-addr a Consul agent?",
            ],
        );
    }
}

#[test]
fn error_statuses_name_the_address_and_say_what_to_do() {
    let proxy_page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
    let untitled_page =
        "<!doctype html><html><body><h1>Internal error</h1><p>Try later.</p></body></html>";
    let cases: [(u16, &str, &[&str]); 7] = [
        (
            500,
            "rpc error making call: rpc: can't find method Agent.Bogus",
            &["answered 500: rpc error making call: rpc: can't find method Agent.Bogus"],
        ),
        (
            500,
            "rpc error making call: No cluster leader",
            &[
                "answered 500: rpc error making call: No cluster leader",
                "--retry",
            ],
        ),
        (500, "", &["answered 500: (no body)", "the agent's log"]),
        (
            500,
            untitled_page,
            &[
                "answered 500: an HTML page (Internal error Try later.)",
                "a web server or proxy answered",
                "--http-addr",
            ],
        ),
        (
            502,
            proxy_page,
            &["answered 502: an HTML page (502 Bad Gateway)", "--retry"],
        ),
        (
            503,
            "Service Unavailable\n",
            &[
                "answered 503: Service Unavailable",
                "try again later",
                "--retry",
            ],
        ),
        (
            429,
            "rate limit exceeded",
            &[
                "answered 429: rate limit exceeded",
                "limiting the request rate",
                "--retry",
            ],
        ),
    ];
    for (status, body, needles) in cases {
        let mock = answering(ResponseTemplate::new(status).set_body_string(body));
        let at = format!("Consul at {} answered", mock.uri());
        for args in each_kind() {
            let line = faulted(&mock.addr(), &args, 1, needles);
            assert!(line.contains(&at), "{line}");
        }
    }
}

#[test]
fn redirects_are_not_followed_for_any_kind_of_command() {
    for status in [301, 302, 303, 307, 308] {
        let mock = Mock::start();
        mock.expect(
            Expect::given(path("/elsewhere"))
                .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
                .expect(0),
        );
        mock.expect(
            Expect::given(any()).respond_with(
                ResponseTemplate::new(status)
                    .insert_header("Location", format!("{}/elsewhere", mock.uri()).as_str()),
            ),
        );
        for args in each_kind() {
            faulted(
                &mock.addr(),
                &args,
                1,
                &[
                    &format!("answered with a redirect ({status})"),
                    "does not follow",
                    "--http-addr",
                ],
            );
        }
        mock.verify();
    }
}

#[test]
fn consuls_words_spanning_lines_stay_on_one_line_in_explained_errors() {
    let two_lines = |first: &str| format!("{first}\ngoroutine 1 [running]:\nmain.main()\n");
    let cases: [(&str, &str, u16, String, &[&str]); 4] = [
        (
            "PUT",
            "/v1/agent/check/pass/X",
            500,
            two_lines("CheckID \"X\" does not have associated TTL"),
            &["check", "ttl", "pass", "X"],
        ),
        (
            "PUT",
            "/v1/agent/service/maintenance/web",
            404,
            two_lines("No service registered with ID \"web\""),
            &["service", "maintenance", "enable", "web"],
        ),
        (
            "PUT",
            "/v1/agent/force-leave/n9",
            500,
            two_lines("agent: No node found with name 'n9'"),
            &["agent", "force-leave", "n9"],
        ),
        (
            "PUT",
            "/v1/agent/check/register",
            500,
            two_lines("Scripts are disabled on this agent from remote calls"),
            &[
                "check",
                "register",
                "job",
                "--interval",
                "1m",
                "--args",
                "true",
            ],
        ),
    ];
    for (verb, at, status, body, args) in cases {
        let mock = Mock::start();
        mock.expect(
            Expect::given(method(verb))
                .and(path(at))
                .respond_with(ResponseTemplate::new(status).set_body_string(body))
                .expect(1),
        );
        // `check ttl` asks for the agent's checks to explain Consul's answer.
        mock.expect(
            Expect::given(method("GET"))
                .and(path("/v1/agent/checks"))
                .respond_with(ResponseTemplate::new(200).set_body_string("{}")),
        );
        let output = run(consulctl_at(&mock.addr()).args(args));
        failed(&output, 1, &["goroutine 1 [running]: main.main()"]);
        mock.verify();
    }
}

// ---------------------------------------------------------------------------------------------
// Answers of 50 MB: refused above --max-answer-size, length announced or not, without holding
// them; processed when the limit is raised.

/// How many checks make an answer of about 50 MB.
const BIG_CHECKS: usize = 50_000;

/// One check of about 1 KB, as the agent lists it, with a comma before all but the first.
fn big_check(n: usize) -> String {
    format!(
        r#"{}"c{n}":{{"Node":"n1","CheckID":"c{n}","Name":"check {n}","Status":"passing","Notes":"","Output":"{}","ServiceID":"","ServiceName":"","Type":"ttl"}}"#,
        if n == 0 { "" } else { "," },
        "x".repeat(900)
    )
}

/// Streams an answer of [`BIG_CHECKS`] checks, chunked or with its length announced, a check
/// at a time, until the client stops reading.
fn big_answer(chunked: bool) -> Raw {
    Raw::start(move |stream| {
        let parts = || {
            std::iter::once("{".to_string())
                .chain((0..BIG_CHECKS).map(big_check))
                .chain(std::iter::once("}".to_string()))
        };
        let mut out = std::io::BufWriter::with_capacity(1 << 16, stream);
        if chunked {
            if out
                .write_all(&ok_head("Transfer-Encoding: chunked\r\n"))
                .is_err()
            {
                return;
            }
            for part in parts() {
                let chunk = format!("{:x}\r\n{part}\r\n", part.len());
                if out.write_all(chunk.as_bytes()).is_err() {
                    return;
                }
            }
            let _ = out.write_all(b"0\r\n\r\n");
        } else {
            let length: usize = parts().map(|p| p.len()).sum();
            if out
                .write_all(&ok_head(&format!("Content-Length: {length}\r\n")))
                .is_err()
            {
                return;
            }
            for part in parts() {
                if out.write_all(part.as_bytes()).is_err() {
                    return;
                }
            }
        }
        let _ = out.flush();
    })
}

#[test]
fn an_answer_of_50_mb_is_refused_naming_the_limit_with_or_without_a_length() {
    for chunked in [false, true] {
        let raw = big_answer(chunked);
        for args in every_command() {
            // The 32 MiB read before an unannounced answer is refused may take more than a
            // second on a loaded machine.
            faulted_within(
                "10s",
                &raw.addr,
                &args,
                1,
                &["is larger than 32 MiB", "--max-answer-size"],
            );
        }
    }
}

#[test]
fn the_size_limit_named_is_the_one_given() {
    let raw = big_answer(true);
    let output = run(consulctl_at(&raw.addr)
        .env("CONSULCTL_MAX_ANSWER_SIZE", "1KiB")
        .args(READ));
    failed(
        &output,
        1,
        &[
            "listing checks",
            &raw.addr,
            "is larger than 1 KiB",
            "--max-answer-size",
        ],
    );
}

#[test]
fn an_answer_of_50_mb_is_processed_under_a_raised_limit() {
    let raw = big_answer(true);
    let output = run(consulctl_at(&raw.addr)
        .args(["--max-answer-size", "64MiB", "--request-timeout", "1m"])
        .args(["-o", "json"])
        .args(READ)
        .timeout(Duration::from_secs(120)));
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(stderr_of(&output), "");
    assert!(
        output.stdout.len() > 50_000_000,
        "{} bytes",
        output.stdout.len()
    );
    let checks: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&output.stdout).expect("stdout is a JSON object");
    assert_eq!(checks.len(), BIG_CHECKS);
    let last = format!("c{}", BIG_CHECKS - 1);
    assert_eq!(checks[&last]["CheckID"], last.as_str());
}

// ---------------------------------------------------------------------------------------------
// Bytes from outside reach the terminal escaped and bounded: whatever an answer holds, the
// error stays one line that cannot move the cursor, retitle the window or erase what is shown.

/// A loopback "agent" answering every request with `status`, `headers` and `body` as sent,
/// after `delay` (a blocking read's wait, so a wait does not spin).
fn answering_raw(status: &str, headers: &str, body: Vec<u8>, delay: Duration) -> Raw {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\n{headers}\r\n",
        body.len()
    );
    Raw::start(move |stream| {
        std::thread::sleep(delay);
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(&body);
        let _ = stream.flush();
    })
}

#[test]
fn control_bytes_in_an_error_body_are_escaped_on_the_one_line() {
    // Erase the screen, set the window title, back over the text, a C1 CSI, a NUL, a DEL.
    let body = "bad \u{1b}[2J\u{1b}]0;owned\u{7} thing\u{8}\u{8}\u{8} \u{9b}31m\u{0}\u{7f} done";
    let raw = answering_raw(
        "500 Internal Server Error",
        "Content-Type: text/plain\r\n",
        body.as_bytes().to_vec(),
        Duration::ZERO,
    );
    for args in each_kind() {
        let line = faulted(
            &raw.addr,
            &args,
            1,
            &[
                r"answered 500: bad \u{1b}[2J\u{1b}]0;owned\u{7} thing\u{8}\u{8}\u{8} \u{9b}31m\u{0}\u{7f} done",
            ],
        );
        assert!(
            !line.chars().any(|c| c.is_control()),
            "{args:?}: a control character reached the terminal: {line:?}"
        );
    }
}

/// One instance of `web` per entry of `checks_per_instance`, each with that many critical
/// checks, as `/v1/health/service/web` lists them.
fn failing_instances(checks_per_instance: &[usize]) -> Vec<u8> {
    let instances: Vec<serde_json::Value> = checks_per_instance
        .iter()
        .enumerate()
        .map(|(n, &checks)| {
            let checks: Vec<serde_json::Value> = (0..checks)
                .map(|c| {
                    serde_json::json!({"Node": format!("n{n}"), "CheckID": format!("c{c}"),
                        "Name": format!("check {c}"), "Status": "critical",
                        "Output": "HTTP GET http://10.0.0.1/health: 503 Service Unavailable",
                        "ServiceID": format!("web-{n}")})
                })
                .collect();
            serde_json::json!({"Node": {"Node": format!("n{n}"), "Address": "127.0.0.9"},
                "Service": {"ID": format!("web-{n}"), "Service": "web", "Port": 8080, "Tags": null},
                "Checks": checks})
        })
        .collect();
    serde_json::to_vec(&instances).unwrap()
}

#[test]
fn a_timed_out_wait_over_thousands_of_failing_checks_names_the_first_few() {
    for (shape, body) in [
        ("one instance, 2000 checks", failing_instances(&[2000])),
        ("2000 instances", failing_instances(&[1; 2000])),
    ] {
        let raw = answering_raw(
            "200 OK",
            "Content-Type: application/json\r\nX-Consul-Index: 7\r\n",
            body,
            Duration::from_millis(300),
        );
        let output = run(consulctl()
            .args(["--http-addr", &raw.addr])
            .args(["service", "wait", "web", "--timeout", "1s"])
            .timeout(GUARD));
        let line = failed(
            &output,
            4,
            &[
                "timed out after 1s waiting for",
                "0 healthy; not healthy: ",
                "check \"c0\" (check 0) critical: HTTP GET http://10.0.0.1/health: 503",
                "and 1,994 more",
            ],
        );
        assert!(
            line.len() < 2_500,
            "{shape}: a line of {} bytes: {line}",
            line.len()
        );
    }
}
