//! `check run`, `--ensure-ttl` and retries, end to end: what a crontab line relies on.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::cli_faults::Hung;
use crate::support::agent::{eventually, AgentOptions};
use crate::support::{consulctl_at, stderr_of, stdout_of, unique, unused_port, Agent};

/// `check run ID --ensure-ttl 10m -- sh -c SCRIPT` on the shared agent.
fn run_job(id: &str, extra: &[&str], script: &str) -> std::process::Output {
    consulctl_at(&Agent::shared().addr())
        .args(["check", "run", id, "--ensure-ttl", "10m"])
        .args(extra)
        .args(["--", "sh", "-c", script])
        .output()
        .unwrap()
}

/// What `--ensure-ttl` says when it creates a check that belongs to no service.
fn node_level_warning(id: &str) -> String {
    format!("warning: check {id:?} belongs to no service, so while it is critical every service on this node counts as unhealthy (service wait, query execute, DNS); to affect one service only, register it with --service-id SID\n")
}

fn check(id: &str) -> serde_json::Value {
    Agent::shared().checks()[id].clone()
}

#[test]
fn exit_codes_map_to_passing_warning_critical_and_pass_through() {
    for (code, status) in [
        (0, "passing"),
        (1, "warning"),
        (2, "critical"),
        (7, "critical"),
    ] {
        let id = unique("job");
        let out = run_job(&id, &[], &format!("echo doing it; exit {code}"));
        assert_eq!(out.status.code(), Some(code), "{}", stderr_of(&out));
        assert_eq!(
            stdout_of(&out),
            "doing it\n",
            "the job's own output passes through"
        );
        assert_eq!(
            stderr_of(&out),
            node_level_warning(&id),
            "nothing of our own on stderr but the warning that a node-level check was created"
        );
        let check = check(&id);
        assert_eq!(check["Status"], status, "exit {code}");
        assert_eq!(check["Type"], "ttl");
        let output = check["Output"].as_str().unwrap();
        let first = output.lines().next().unwrap();
        assert!(
            first.starts_with(&format!("sh exited with status {code} after ")),
            "{output}"
        );
        assert!(output.ends_with("doing it\n"), "{output}");
    }
}

#[test]
fn warn_on_and_fail_on_change_the_mapping() {
    let id = unique("job-map");
    let out = run_job(&id, &["--warn-on", "3-4"], "exit 3");
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(check(&id)["Status"], "warning");
    let out = run_job(&id, &["--warn-on", "3-4"], "exit 1");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        check(&id)["Status"],
        "critical",
        "--warn-on replaces the default 1"
    );
    let out = run_job(&id, &["--fail-on", "0"], "exit 0");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(check(&id)["Status"], "critical");
}

#[test]
fn a_job_killed_by_a_signal_is_critical_and_exits_128_plus_the_signal() {
    let id = unique("job-sig");
    let out = run_job(&id, &[], "echo before; kill -9 $$");
    assert_eq!(out.status.code(), Some(137));
    let check = check(&id);
    assert_eq!(check["Status"], "critical");
    let output = check["Output"].as_str().unwrap();
    assert!(
        output.starts_with("sh was killed by signal 9 (SIGKILL) after "),
        "{output}"
    );
    assert!(output.ends_with("before\n"), "{output}");
}

/// Whether process `pid` still runs (a zombie waiting for its reaper does not).
fn running(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{}/stat", pid.trim()))
        .map(|stat| {
            let state = stat
                .rsplit_once(')')
                .map_or("", |(_, rest)| rest.trim_start());
            !state.starts_with('Z')
        })
        .unwrap_or(false)
}

#[test]
fn timeout_kills_the_whole_process_group_and_reports_critical() {
    let id = unique("job-slow");
    let dir = tempfile::tempdir().unwrap();
    let stubborn = dir.path().join("stubborn.pid");
    let plain = dir.path().join("plain.pid");
    // One background child ignores SIGTERM: the SIGKILL that follows must reach it too.
    let script = format!(
        "(trap '' TERM; exec sleep 60) & echo $! > {}; sleep 60 & echo $! > {}; echo started; wait",
        stubborn.display(),
        plain.display()
    );
    // setsid: no controlling terminal, as under cron, whatever runs the tests.
    let started = Instant::now();
    let out = Command::new("setsid")
        .arg("-w")
        .arg(env!("CARGO_BIN_EXE_consulctl"))
        .env_clear()
        .env("CONSUL_HTTP_ADDR", Agent::shared().addr())
        .args([
            "check",
            "run",
            &id,
            "--ensure-ttl",
            "10m",
            "--timeout",
            "1s",
        ])
        .args(["--", "sh", "-c", &script])
        .output()
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(124), "{}", stderr_of(&out));
    let check = check(&id);
    assert_eq!(check["Status"], "critical");
    let output = check["Output"].as_str().unwrap();
    assert!(
        output.starts_with("sh ran longer than --timeout 1s and was killed after "),
        "{output}"
    );
    assert!(output.ends_with("started\n"), "{output}");
    for pid_file in [&stubborn, &plain] {
        let pid = std::fs::read_to_string(pid_file).unwrap();
        eventually(
            "the background sleep ends",
            Duration::from_secs(10),
            || match running(&pid) {
                true => Err(format!("process {} still runs", pid.trim())),
                false => Ok(()),
            },
        );
    }
}

#[test]
fn at_a_terminal_the_job_may_read_it() {
    // `script` gives consulctl a terminal: the job stays in the foreground and can read it
    // (in a process group of its own it would be stopped for good).
    let id = unique("job-tty");
    let line = format!(
        "{} check run {id} --ensure-ttl 10m -- sh -c 'read answer </dev/tty; echo got $answer'",
        env!("CARGO_BIN_EXE_consulctl")
    );
    let out = assert_cmd::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env_clear()
        .env("CONSUL_HTTP_ADDR", Agent::shared().addr())
        .write_stdin("yes\n")
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout_of(&out));
    let check = check(&id);
    assert_eq!(check["Status"], "passing");
    assert!(
        check["Output"].as_str().unwrap().ends_with("got yes\n"),
        "{check}"
    );
}

#[test]
fn a_signal_during_the_report_ends_consulctl_at_once() {
    let addr = format!("127.0.0.1:{}", unused_port());
    let mut running = Command::new(env!("CARGO_BIN_EXE_consulctl"))
        .env_clear()
        .env("CONSUL_HTTP_ADDR", &addr)
        .args(["--retry", "50", "--retry-max-time", "60s"])
        .args(["check", "run", "backup", "--", "true"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    let sent = Instant::now();
    Command::new("kill")
        .args(["-TERM", &running.id().to_string()])
        .status()
        .unwrap();
    let status = running.wait().unwrap();
    assert!(
        sent.elapsed() < Duration::from_secs(5),
        "{:?}",
        sent.elapsed()
    );
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(15), "{status:?}");
}

#[test]
fn ten_thousand_lines_keep_the_end_within_4096_bytes() {
    let id = unique("job-loud");
    let out = run_job(
        &id,
        &[],
        "i=1; while [ $i -le 10000 ]; do echo \"line $i\"; i=$((i+1)); done; exit 2",
    );
    assert_eq!(out.status.code(), Some(2));
    let passed = stdout_of(&out);
    assert_eq!(
        passed.lines().count(),
        10_000,
        "every line reaches our stdout"
    );
    let check = check(&id);
    assert_eq!(check["Status"], "critical");
    let output = check["Output"].as_str().unwrap();
    assert!(output.len() <= 4096, "{} bytes", output.len());
    assert!(
        !output.contains("captured"),
        "the agent did not have to cut it"
    );
    let mut lines = output.lines();
    let first = lines.next().unwrap();
    assert!(
        first.starts_with("sh exited with status 2 after "),
        "{first}"
    );
    assert!(first.contains("output: the last "), "{first}");
    assert!(first.ends_with(" of 98894 bytes"), "{first}");
    let kept: Vec<&str> = lines.collect();
    assert_eq!(kept.last(), Some(&"line 10000"));
    assert!(
        kept.iter().all(|l| l.starts_with("line ")),
        "whole lines only"
    );
    assert!(kept.len() > 300, "{} lines kept", kept.len());
}

#[test]
fn ensure_ttl_creates_the_check_once() {
    let id = unique("job-new");
    assert!(check(&id).is_null());
    for _ in 0..2 {
        let out = consulctl_at(&Agent::shared().addr())
            .args([
                "check",
                "run",
                &id,
                "--ensure-ttl",
                "15m",
                "--name",
                "nightly job",
            ])
            .args(["--", "true"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    }
    let checks = Agent::shared().checks();
    let mine: Vec<_> = checks
        .as_object()
        .unwrap()
        .values()
        .filter(|c| c["CheckID"].as_str().unwrap().contains(&id))
        .collect();
    assert_eq!(mine.len(), 1, "{checks}");
    assert_eq!(mine[0]["Name"], "nightly job");
    assert_eq!(mine[0]["Status"], "passing");

    // `check ttl` takes it too, and its note from a file.
    let id = unique("ttl-new");
    let out = consulctl_at(&Agent::shared().addr())
        .args([
            "check",
            "ttl",
            "warn",
            &id,
            "--ensure-ttl",
            "1h",
            "--note-file",
            "-",
        ])
        .write_stdin("disk 91% full\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(check(&id)["Status"], "warning");
    assert_eq!(check(&id)["Output"], "disk 91% full\n");
}

#[test]
fn ensure_ttl_never_replaces_another_kind_of_check_but_the_job_still_runs() {
    let agent = Agent::shared();
    let id = unique("tcp-check");
    agent.put(
        "/v1/agent/check/register",
        Some(serde_json::json!({"ID": id, "Name": id, "TCP": format!("127.0.0.1:{}", unused_port()), "Interval": "1h"})),
    );
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("ran");
    let out = consulctl_at(&agent.addr())
        .args(["check", "run", &id, "--ensure-ttl", "5m", "--", "touch"])
        .arg(&marker)
        .output()
        .unwrap();
    assert!(
        marker.exists(),
        "the job ran although the check could not be ensured"
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(err.contains("is a tcp check, not a TTL check"), "{err}");
    assert!(err.contains("the command itself succeeded"), "{err}");
    assert_eq!(agent.checks()[&id]["Type"], "tcp");
}

#[test]
fn a_report_lands_when_the_agent_comes_back_within_the_retry_window() {
    let mut options = AgentOptions::dev("cron-restart");
    options.ip = "127.0.0.31".to_string();
    let agent = Agent::start(options.clone());
    let ports = agent.ports;
    let addr = agent.addr();
    agent.kill();

    let job = Command::new(env!("CARGO_BIN_EXE_consulctl"))
        .env_clear()
        .env("CONSUL_HTTP_ADDR", &addr)
        .args(["--retry", "30", "--retry-max-time", "60s"])
        .args([
            "check",
            "run",
            "backup",
            "--ensure-ttl",
            "15m",
            "--",
            "true",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    let back = Agent::start_on(options, ports);
    let out = job.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let check = back.checks()["backup"].clone();
    assert_eq!(check["Status"], "passing", "{check}");
}

#[test]
fn an_agent_that_stays_down_costs_a_bounded_time_and_a_clear_message() {
    let addr = format!("127.0.0.1:{}", unused_port());
    let started = Instant::now();
    let out = consulctl_at(&addr)
        .args(["--retry", "10", "--retry-max-time", "2s"])
        .args(["check", "run", "backup", "--", "true"])
        .output()
        .unwrap();
    let spent = started.elapsed();
    assert!(spent < Duration::from_secs(15), "{spent:?}");
    assert_eq!(
        out.status.code(),
        Some(3),
        "Consul unreachable, the job itself fine"
    );
    let err = stderr_of(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cannot reach Consul"), "{err}");
    assert!(err.contains("attempts over"), "{err}");
    assert!(err.contains("the command itself succeeded"), "{err}");

    // A failed job keeps its own status: the reporting error does not hide it.
    let out = consulctl_at(&addr)
        .args(["check", "run", "backup", "--", "sh", "-c", "exit 5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let err = stderr_of(&out);
    assert!(
        err.contains("the command itself exited with status 5"),
        "{err}"
    );
}

#[test]
fn a_hung_agent_is_cut_off_by_the_request_timeout() {
    let hung = Hung::start();
    let started = Instant::now();
    let out = consulctl_at(&hung.addr)
        .args(["--request-timeout", "1s"])
        .args(["check", "run", "backup", "--", "true"])
        .output()
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(15));
    assert_eq!(out.status.code(), Some(3));
    let err = stderr_of(&out);
    assert!(err.contains("did not answer within 1s"), "{err}");
}

#[test]
fn a_command_that_cannot_start_is_named_whole_on_stderr() {
    let agent = Agent::shared();
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("not executable.sh");
    std::fs::write(&script, "#!/bin/sh\necho hi\n").unwrap();
    let script = script.to_str().unwrap().to_string();
    let cases = [
        (
            vec!["/no/such/cmd", "--flag", "a b"],
            127,
            "cannot run /no/such/cmd --flag 'a b': no such file (or the interpreter its #! line names is missing)".to_string(),
        ),
        (
            vec!["no-such-cmd-anywhere"],
            127,
            "cannot run no-such-cmd-anywhere: not found in PATH".to_string(),
        ),
        (
            vec![script.as_str()],
            126,
            format!("cannot run '{script}': permission denied (it is not executable, or is a directory)"),
        ),
    ];
    for (command, code, line) in cases {
        let id = unique("job-missing");
        agent.put(
            "/v1/agent/check/register",
            Some(serde_json::json!({"ID": id, "Name": id, "TTL": "10m"})),
        );
        let out = consulctl_at(&agent.addr())
            .args(["-q", "check", "run", &id, "--"])
            .args(&command)
            .env("PATH", "/usr/bin:/bin")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "{}", stderr_of(&out));
        assert_eq!(stdout_of(&out), "");
        assert_eq!(
            stderr_of(&out),
            format!("error: {line}; check \"{id}\" was reported critical\n"),
            "printed even with -q: cron mails it"
        );
        let check = check(&id);
        assert_eq!(check["Status"], "critical");
        assert!(
            check["Output"]
                .as_str()
                .unwrap()
                .contains(" could not be started: "),
            "{check}"
        );
    }
}

#[test]
fn ensure_ttl_warns_once_when_it_creates_a_node_level_check() {
    let agent = Agent::shared();
    let id = unique("job-node");
    let first = run_job(&id, &[], "exit 0");
    assert_eq!(first.status.code(), Some(0));
    assert_eq!(stderr_of(&first), node_level_warning(&id));
    let again = run_job(&id, &[], "exit 0");
    assert_eq!(
        stderr_of(&again),
        "",
        "the check existed: nothing to warn about"
    );
    let quiet = run_job(&unique("job-node-q"), &["-q"], "exit 0");
    assert_eq!(stderr_of(&quiet), "", "-q silences it");

    // Attached to a service, the check makes only that service unhealthy: no warning.
    let service = unique("cron-svc");
    agent.put(
        "/v1/agent/service/register",
        Some(serde_json::json!({"Name": service, "ID": service})),
    );
    let id = unique("job-svc");
    let out = run_job(&id, &["--service-id", &service], "exit 0");
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stderr_of(&out), "");
    assert_eq!(check(&id)["ServiceID"], service.as_str());
}
