//! Shared test helpers: the consulctl command with a clean environment, a wiremock server on a
//! runtime of its own, tables of refused command lines, and real Consul agents on loopback.

#![allow(dead_code)]

pub mod acl;
pub mod agent;
pub mod federation;
pub mod mock;
pub mod proxy;
pub mod refusals;

use std::sync::atomic::{AtomicU32, Ordering};

pub use agent::{unused_port, Agent};
pub use mock::{silent_mock, Mock};

/// A token value that must never appear in anything consulctl prints.
pub const CANARY: &str = "canary-5ecret-token";

/// consulctl with nothing from the caller's environment but what a test sets.
pub fn consulctl() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_consulctl"));
    cmd.env_clear().timeout(std::time::Duration::from_secs(60));
    cmd
}

/// consulctl pointed at `addr` through CONSUL_HTTP_ADDR.
pub fn consulctl_at(addr: &str) -> assert_cmd::Command {
    let mut cmd = consulctl();
    cmd.env("CONSUL_HTTP_ADDR", addr);
    cmd
}

/// A name no other test uses, so many tests can share one agent.
pub fn unique(prefix: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!(
        "{prefix}-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// Runs a prepared command to the end.
pub fn run(cmd: &mut assert_cmd::Command) -> std::process::Output {
    cmd.output().expect("consulctl runs")
}

/// Asserts stderr is exactly one non-empty line, and returns it without the newline.
pub fn one_line(stderr: &str) -> &str {
    assert!(
        stderr.ends_with('\n'),
        "stderr does not end a line: {stderr:?}"
    );
    let line = &stderr[..stderr.len() - 1];
    assert!(
        !line.trim().is_empty() && !line.contains('\n'),
        "stderr is not one line: {stderr:?}"
    );
    line
}

/// Stdout of a finished command, as UTF-8.
pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

/// Stderr of a finished command, as UTF-8.
pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Parses a command's stdout as JSON.
pub fn json_of(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", stdout_of(output)))
}

/// Asserts exit 0 and nothing on stderr, and returns stdout.
pub fn ok(output: &std::process::Output) -> String {
    assert_eq!(
        output.status.code(),
        Some(0),
        "stdout: {}\nstderr: {}",
        stdout_of(output),
        stderr_of(output)
    );
    assert_eq!(stderr_of(output), "", "nothing on stderr on success");
    stdout_of(output)
}

/// Asserts exit `code`, nothing on stdout and one `error: …` line on stderr, and returns it.
pub fn fails(output: &std::process::Output, code: i32) -> String {
    let err = stderr_of(output);
    assert_eq!(
        output.status.code(),
        Some(code),
        "stdout: {}\nstderr: {err}",
        stdout_of(output)
    );
    assert_eq!(stdout_of(output), "", "nothing on stdout on failure");
    assert!(err.starts_with("error: "), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    err
}

/// Runs `consulctl ARGS` on a pseudo-terminal (util-linux's `script`), with only `PATH` and
/// `env` in its environment, typing `answer` to it: its exit status and what the terminal
/// showed (stdout and stderr together, carriage returns taken out).
pub fn on_terminal(args: &str, env: &[(&str, &str)], answer: &str) -> (Option<i32>, String) {
    use std::io::Write;
    let line = format!("exec {} {args}", env!("CARGO_BIN_EXE_consulctl"));
    let mut child = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(env.iter().copied())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("`script` (util-linux) runs consulctl on a pseudo-terminal");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(answer.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let shown = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    (out.status.code(), shown)
}
