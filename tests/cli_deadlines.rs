//! Waits and watches against agents that misbehave in ways a real one only does by accident:
//! one that hangs after its first answer or never answers, one whose index moves on every
//! answer, one that fails with a passing error (`500 rpc error making call: EOF`) before it
//! answers. Each is a loopback server of the test's own. A wait keeps its --timeout whatever
//! --request-timeout says, does not spin, and rides out passing failures until its deadline.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::cli_faults::Hung;
use crate::support::{consulctl_at, fails, ok, stderr_of, stdout_of};

/// How long a run may take before it is killed: a guard that proves it ended by itself (a
/// wait of a few seconds that did not keep its deadline runs for a minute), not a measure.
const GUARD: Duration = Duration::from_secs(30);

/// What the script answers: a whole HTTP answer, or `None` to hold the connection, silent.
type Script = dyn Fn(usize, &str) -> Option<String> + Send + Sync;

/// A loopback "agent" that answers each request as its script says, given the request's number
/// for its path (0 for the first request to that path) and its path with the query.
struct Scripted {
    addr: String,
    /// Every request's path with its query, in order.
    seen: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Scripted {
    fn start(script: impl Fn(usize, &str) -> Option<String> + Send + Sync + 'static) -> Scripted {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.set_nonblocking(true).expect("non-blocking");
        let addr = listener.local_addr().unwrap().to_string();
        let stop = Arc::new(AtomicBool::new(false));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let script: Arc<Script> = Arc::new(script);
        let (flag, shared) = (Arc::clone(&stop), Arc::clone(&seen));
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (script, seen) = (Arc::clone(&script), Arc::clone(&shared));
                        std::thread::spawn(move || serve(stream, &*script, &seen));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Scripted {
            addr,
            seen,
            stop,
            thread: Some(thread),
        }
    }

    /// How many requests reached each path (without the query).
    fn counts(&self) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for target in self.seen.lock().unwrap().iter() {
            let path = target.split('?').next().unwrap_or("").to_string();
            *counts.entry(path).or_insert(0) += 1;
        }
        counts
    }
}

impl Drop for Scripted {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Answers the requests of one connection (kept alive) until the client goes away or the
/// script says to hold it.
fn serve(mut stream: TcpStream, script: &Script, seen: &Mutex<Vec<String>>) {
    stream.set_nonblocking(false).expect("blocking");
    stream.set_read_timeout(Some(GUARD)).expect("read timeout");
    loop {
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            match stream.read(&mut byte) {
                Ok(1) => head.push(byte[0]),
                _ => return,
            }
        }
        let head = String::from_utf8_lossy(&head).into_owned();
        let target = head.split_whitespace().nth(1).unwrap_or("").to_string();
        let path = target.split('?').next().unwrap_or("").to_string();
        let number = {
            let mut seen = seen.lock().unwrap();
            let number = seen
                .iter()
                .filter(|t| t.split('?').next() == Some(path.as_str()))
                .count();
            seen.push(target.clone());
            number
        };
        match script(number, &target) {
            Some(answer) => {
                if stream.write_all(answer.as_bytes()).is_err() {
                    return;
                }
            }
            None => {
                // Silent until the client gives up and closes its end.
                let mut buffer = [0u8; 512];
                while matches!(stream.read(&mut buffer), Ok(n) if n > 0) {}
                return;
            }
        }
    }
}

/// An HTTP answer with `status`, `X-Consul-Index` when given, and a body.
fn answer(status: u16, index: Option<u64>, body: &str) -> String {
    let (reason, kind) = match status {
        200 => ("OK", "application/json"),
        _ => ("Internal Server Error", "text/plain; charset=utf-8"),
    };
    let index = index.map_or(String::new(), |i| format!("X-Consul-Index: {i}\r\n"));
    format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {kind}\r\n{index}Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

/// What a client agent answers when its server went away during the read.
fn rpc_eof() -> String {
    answer(500, None, "rpc error making call: EOF")
}

/// One instance of `web` on node `n1`, its one check `status`.
fn web(status: &str) -> String {
    serde_json::json!([{
        "Node": {"Node": "n1", "Address": "127.0.0.9"},
        "Service": {"ID": "web-1", "Service": "web", "Port": 8080, "Tags": null},
        "Checks": [{"Node": "n1", "CheckID": "service:web-1", "Name": "web", "Status": status,
                    "Output": "still starting", "ServiceID": "web-1"}]
    }])
    .to_string()
}

/// This agent's checks: `c1`, `status`.
fn agent_checks(status: &str) -> String {
    serde_json::json!({"c1": {"Node": "n1", "CheckID": "c1", "Name": "c1", "Status": status,
                               "Output": "still starting", "ServiceID": ""}})
    .to_string()
}

/// The catalog's copy of check `c1` on `n1`.
fn node_checks(status: &str) -> String {
    serde_json::json!([{"Node": "n1", "CheckID": "c1", "Name": "c1", "Status": status,
                        "Output": "still starting", "ServiceID": ""}])
    .to_string()
}

/// An execute answer of query `api` for `web`: its one instance when `healthy`, none otherwise.
fn executed(healthy: bool) -> String {
    let nodes = if healthy {
        serde_json::json!([{
            "Node": {"Node": "n1", "Address": "127.0.0.9"},
            "Service": {"ID": "web-1", "Service": "web", "Port": 8080},
            "Checks": [{"CheckID": "service:web-1", "Status": "passing"}]
        }])
    } else {
        serde_json::json!([])
    };
    serde_json::json!({"Service": "web", "Nodes": nodes, "DNS": {"TTL": ""},
                       "Datacenter": "dc1", "Failovers": 0})
    .to_string()
}

/// The three waits, as run against the scripts below.
const SERVICE_WAIT: &[&str] = &["service", "wait", "web", "-o", "addrs"];
const CHECK_WAIT: &[&str] = &["check", "wait", "c1"];
const QUERY_WAIT: &[&str] = &["query", "execute", "api", "--wait-min", "1", "-o", "addrs"];

/// Answers every wait's reads, `status` for the check and the instance; `hold` says which
/// requests (by number on their path, and path) get no answer at all.
fn waits_script(
    status: &'static str,
    hold: impl Fn(usize, &str) -> bool + Send + Sync + 'static,
) -> impl Fn(usize, &str) -> Option<String> + Send + Sync + 'static {
    move |n, target| {
        let path = target.split('?').next().unwrap_or("");
        if hold(n, path) {
            return None;
        }
        let healthy = status == "passing";
        Some(match path {
            "/v1/health/service/web" => answer(200, Some(10 + n as u64), &web(status)),
            "/v1/agent/checks" => answer(200, None, &agent_checks(status)),
            "/v1/health/node/n1" => answer(200, Some(10 + n as u64), &node_checks(status)),
            "/v1/query/api/execute" => answer(200, None, &executed(healthy)),
            _ => answer(404, None, "not here"),
        })
    }
}

/// Runs `args` against `addr` with `extra` global options first.
fn run_at(addr: &str, extra: &[&str], args: &[&str], timeout: &str) -> std::process::Output {
    let output = consulctl_at(addr)
        .args(extra)
        .args(args)
        .args(["--timeout", timeout])
        .timeout(GUARD)
        .output()
        .unwrap();
    assert!(
        output.status.code().is_some(),
        "{args:?} did not end by itself within {GUARD:?}: {}",
        stderr_of(&output)
    );
    output
}

#[test]
fn a_wait_keeps_its_timeout_when_the_agent_hangs_after_its_first_answer() {
    // Each endpoint answers once (the blocking reads' first read, the agent's checks, every
    // execute), then holds every later blocking read without a word.
    let hangs_later = || {
        Scripted::start(waits_script("critical", |n, path| {
            n > 0 && path.starts_with("/v1/health/")
        }))
    };
    for request_timeout in ["10s", "1m"] {
        let extra = ["--request-timeout", request_timeout];
        let server = hangs_later();
        let output = run_at(&server.addr, &extra, SERVICE_WAIT, "3s");
        let message = fails(&output, 4);
        assert!(
            message.starts_with(
                "error: timed out after 3s waiting for 1 healthy instance of \"web\": 0 healthy; not healthy: web-1 on n1 [check \"service:web-1\" (web) critical: still starting]"
            ),
            "{message}"
        );
        let server = hangs_later();
        let output = run_at(&server.addr, &extra, CHECK_WAIT, "3s");
        assert_eq!(
            fails(&output, 4),
            "error: timed out after 3s waiting for check \"c1\" to be passing: it is critical: still starting\n"
        );
        let server = hangs_later();
        let output = run_at(&server.addr, &extra, QUERY_WAIT, "3s");
        assert_eq!(
            fails(&output, 4),
            "error: timed out after 3s waiting for 1 healthy instance with a usable port from query \"api\": it found 0 of \"web\" (datacenter dc1 answered, no failover)\n"
        );
    }
}

#[test]
fn a_wait_on_an_agent_that_never_answers_ends_at_its_timeout_with_exit_3() {
    let hung = Hung::start();
    for args in [SERVICE_WAIT, CHECK_WAIT, QUERY_WAIT] {
        let output = run_at(&hung.addr, &["--request-timeout", "1m"], args, "2s");
        let message = fails(&output, 3);
        assert!(
            message.contains(&format!("Consul at http://{}", hung.addr))
                && message.contains("did not answer before --timeout 2s ran out"),
            "{args:?}: {message}"
        );
    }
}

#[test]
fn a_wait_does_not_spin_on_an_index_that_moves_with_every_answer() {
    // Up on every answer, 0 on every answer, and down on every answer (each a reset to 0).
    let moving: [fn(usize) -> u64; 3] = [|n| 10 + n as u64, |_| 0, |n| 1_000_000 - n as u64];
    for index in moving {
        let server =
            Scripted::start(move |n, _| Some(answer(200, Some(index(n)), &web("critical"))));
        let output = run_at(&server.addr, &[], &["service", "wait", "web"], "3s");
        fails(&output, 4);
        let counts = server.counts();
        let reads = counts["/v1/health/service/web"];
        assert!(counts.len() == 1 && (2..=75).contains(&reads), "{counts:?}");
    }
}

#[test]
fn a_change_is_taken_at_once_even_on_an_index_that_moves_with_every_answer() {
    // Answered at once every time, the instance passing from the fourth read on.
    let server = Scripted::start(|n, _| {
        let status = if n >= 3 { "passing" } else { "critical" };
        Some(answer(200, Some(10 + n as u64), &web(status)))
    });
    let output = run_at(&server.addr, &[], SERVICE_WAIT, "30s");
    assert_eq!(ok(&output), "127.0.0.9:8080\n");
    assert_eq!(server.counts()["/v1/health/service/web"], 4);
}

#[test]
fn a_wait_rides_out_a_passing_error_and_says_so_with_verbose() {
    // The agent's server went away twice during the read, then the answer came.
    let script = |fails_on: &'static str| {
        let passing = waits_script("passing", |_, _| false);
        move |n: usize, target: &str| {
            if n < 2 && target.starts_with(fails_on) {
                Some(rpc_eof())
            } else {
                passing(n.saturating_sub(2), target)
            }
        }
    };
    for (args, fails_on, shown) in [
        (SERVICE_WAIT, "/v1/health/service/web", "127.0.0.9:8080\n"),
        (QUERY_WAIT, "/v1/query/api/execute", "127.0.0.9:8080\n"),
        (CHECK_WAIT, "/v1/agent/checks", ""),
    ] {
        let server = Scripted::start(script(fails_on));
        let output = run_at(&server.addr, &[], args, "1m");
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr_of(&output)
        );
        assert_eq!(
            stderr_of(&output),
            "",
            "{args:?}: nothing on stderr without -v"
        );
        if !shown.is_empty() {
            assert_eq!(stdout_of(&output), shown, "{args:?}");
        } else {
            assert!(stdout_of(&output).contains("passing"), "{args:?}");
        }
        assert_eq!(server.counts()[fails_on], 3, "{args:?}");

        let server = Scripted::start(script(fails_on));
        let output = run_at(&server.addr, &["-v"], args, "1m");
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr_of(&output)
        );
        let stderr = stderr_of(&output);
        for attempt in [
            "! attempt 1 failed (500: rpc error making call: EOF); retrying in ",
            "! attempt 2 failed (500: rpc error making call: EOF); retrying in ",
        ] {
            let line = stderr
                .lines()
                .find(|l| l.starts_with(attempt))
                .unwrap_or_else(|| panic!("{args:?}: no {attempt:?} in {stderr}"));
            assert!(
                line.contains("riding it out for ") && line.ends_with("until the wait's --timeout"),
                "{line}"
            );
        }
    }
}

#[test]
fn a_passing_error_that_lasts_to_the_deadline_is_exit_3() {
    let server = Scripted::start(|_, _| Some(rpc_eof()));
    for args in [SERVICE_WAIT, CHECK_WAIT, QUERY_WAIT] {
        let output = run_at(&server.addr, &[], args, "2s");
        let message = fails(&output, 3);
        assert!(
            message.contains("answered 500: rpc error making call: EOF (after ")
                && message.contains(" attempts over "),
            "{args:?}: {message}"
        );
    }
    // A watch has no deadline: it rides out a failure for --retry-max-time, then exits 3.
    let server = Scripted::start(|_, target| {
        Some(match target.split('?').next().unwrap_or("") {
            "/v1/agent/self" => answer(200, None, r#"{"Config": {"NodeName": "n1"}}"#),
            _ => rpc_eof(),
        })
    });
    let output = consulctl_at(&server.addr)
        .args(["--retry-max-time", "2s", "check", "list", "--watch"])
        .timeout(GUARD)
        .output()
        .unwrap();
    let message = fails(&output, 3);
    assert!(
        message.starts_with("error: watching the agent's checks: ")
            && message.contains("answered 500: rpc error making call: EOF (after "),
        "{message}"
    );
}

#[test]
fn a_watch_after_a_wait_is_not_held_to_the_waits_timeout() {
    // The instance is healthy at once; the health of its service moves 3 s later, past the
    // wait's 1 s, and the query then finds it gone.
    let server = Scripted::start(|n, target| {
        Some(match target.split('?').next().unwrap_or("") {
            "/v1/query/api/execute" => answer(200, None, &executed(n == 0)),
            "/v1/health/service/web" => {
                if n == 1 {
                    std::thread::sleep(Duration::from_secs(3));
                }
                answer(200, Some(10 + n as u64), &web("passing"))
            }
            _ => answer(404, None, "not here"),
        })
    });
    let mut watch = std::process::Command::new(env!("CARGO_BIN_EXE_consulctl"))
        .env_clear()
        .env("CONSUL_HTTP_ADDR", &server.addr)
        .args([
            "query",
            "execute",
            "api",
            "--wait-min",
            "1",
            "--timeout",
            "1s",
        ])
        .args(["--watch", "-o", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = watch.stdout.take().unwrap();
    let (sender, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = sender.send(line);
        }
    });
    let mut seen = Vec::new();
    let gone = loop {
        match lines.recv_timeout(GUARD) {
            Ok(line) if line.contains("\"After\":null") => break line,
            Ok(line) => seen.push(line),
            Err(_) => break String::new(),
        }
    };
    // SAFETY: kill(2) with a plain pid and signal.
    unsafe {
        libc::kill(watch.id() as libc::pid_t, libc::SIGINT);
    }
    let status = watch.wait().unwrap();
    let mut stderr = String::new();
    watch
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(!gone.is_empty(), "no change seen: {seen:#?} {stderr}");
    let event: serde_json::Value = serde_json::from_str(&gone).unwrap();
    assert_eq!(event["ServiceID"], "web-1");
    assert_eq!(status.code(), Some(0), "{stderr}");
}

#[test]
fn a_datacenter_watch_ends_a_lasting_passing_error_with_exit_3() {
    let server = Scripted::start(|_, _| Some(rpc_eof()));
    let output = consulctl_at(&server.addr)
        .args([
            "--retry-max-time",
            "1s",
            "check",
            "list",
            "--all-nodes",
            "--watch",
        ])
        .timeout(GUARD)
        .output()
        .unwrap();
    let message = fails(&output, 3);
    assert!(
        message.starts_with("error: listing the datacenter's checks: ")
            && message.contains("answered 500: rpc error making call: EOF (after "),
        "{message}"
    );
}
