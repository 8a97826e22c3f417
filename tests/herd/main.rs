//! Cron across a fleet's worth of jobs on one agent: many `check run` processes at once, the
//! agent killed and restarted under them, and many processes reporting to one check.
//!
//! A test binary of its own (not a module of `runner`): cargo runs test binaries one after
//! another, so hundreds of processes here never compete with the tests there, and theirs never
//! slow these past their bounds.
//!
//! Each test prints the herd's wall time and the processes' peak RSS (`--nocapture` shows it).
//! They are of the test build of consulctl unless `CONSULCTL_HERD_BIN` names another binary
//! (`target/release/consulctl`, for the figures in the README).

// Not every helper is used here.
#[allow(unused_imports)]
#[path = "../support/mod.rs"]
mod support;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::agent::{Agent, AgentOptions};

/// Settings every process of a herd runs with: the bound on each is the job's own time plus
/// `RETRY_MAX_TIME`, plus a `REQUEST_TIMEOUT` for each of the (at most) three requests a
/// `check run --ensure-ttl` makes (read the check, register it, report).
const RETRY_MAX_TIME: Duration = Duration::from_secs(20);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
const REQUESTS: u32 = 3;

/// One finished process: how it ended, how long it ran, its peak resident set, and its stderr
/// (the `-v` log of its requests, and any error).
struct Ended {
    code: Option<i32>,
    wall: Duration,
    peak_rss_kib: i64,
    stderr: String,
}

impl Ended {
    /// Its stderr without the `-v` log: what the user would have seen.
    fn errors(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| !(l.starts_with("> ") || l.starts_with("< ") || l.starts_with("! ")))
            // --ensure-ttl's one warning when it creates a check that belongs to no service.
            .filter(|l| !(l.starts_with("warning: check ") && l.contains("belongs to no service")))
            .collect()
    }

    /// Whether some request of it failed and was tried again.
    fn retried(&self) -> bool {
        self.stderr.lines().any(|l| l.starts_with("! attempt"))
    }
}

/// Starts `consulctl` with `args` at `addr`, its stderr in `dir`; returns a thread that reaps
/// it (wait4, for its peak RSS) and measures it from just before it was started.
fn start(addr: &str, args: &[String], dir: &Path, n: usize) -> std::thread::JoinHandle<Ended> {
    let stderr_path = dir.join(format!("{n}.stderr"));
    let started = Instant::now();
    let binary = std::env::var_os("CONSULCTL_HERD_BIN")
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_consulctl").into());
    let child = Command::new(binary)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("CONSUL_HTTP_ADDR", addr)
        .args([
            "-v",
            "--retry",
            "10",
            "--retry-max-time",
            "20s",
            "--request-timeout",
            "5s",
        ])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&stderr_path).unwrap())
        .spawn()
        .expect("consulctl starts");
    let pid = child.id() as libc::pid_t;
    std::thread::spawn(move || {
        let mut status = 0;
        // SAFETY: a zeroed rusage is a valid value for wait4 to fill.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: `pid` is our own child, reaped only here (its `Child` is never waited on).
        let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        assert_eq!(reaped, pid, "wait4: {}", std::io::Error::last_os_error());
        drop(child);
        Ended {
            code: libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status)),
            wall: started.elapsed(),
            peak_rss_kib: usage.ru_maxrss,
            stderr: std::fs::read_to_string(stderr_path).unwrap_or_default(),
        }
    })
}

fn status_for(code: i32) -> &'static str {
    match code {
        0 => "passing",
        1 => "warning",
        _ => "critical",
    }
}

fn report(what: &str, ended: &[Ended], herd_wall: Duration) {
    let mut rss: Vec<i64> = ended.iter().map(|e| e.peak_rss_kib).collect();
    rss.sort();
    let mut walls: Vec<Duration> = ended.iter().map(|e| e.wall).collect();
    walls.sort();
    eprintln!(
        "{what}: {} processes; herd wall time {:.2} s; per process: peak RSS median {:.1} MiB, \
         max {:.1} MiB; wall time median {:.2} s, max {:.2} s",
        ended.len(),
        herd_wall.as_secs_f64(),
        rss[rss.len() / 2] as f64 / 1024.0,
        rss[rss.len() - 1] as f64 / 1024.0,
        walls[walls.len() / 2].as_secs_f64(),
        walls[walls.len() - 1].as_secs_f64(),
    );
}

#[test]
fn a_herd_of_cron_jobs_reports_through_an_agent_restart() {
    const HERD: usize = 200;
    let work = tempfile::tempdir().unwrap();
    let mut options = AgentOptions::client("herd", "127.0.0.41");
    // The restarted agent reads what the first one persisted (checks and their TTL status).
    options.data_dir = Some(work.path().join("data"));
    let agent = Agent::start(options.clone());
    let ports = agent.ports;
    let addr = agent.addr();

    // All start at once; the jobs end over two seconds, so that reports are on their way
    // before, while and after the agent is down.
    let herd_started = Instant::now();
    let jobs: Vec<_> = (0..HERD)
        .map(|n| {
            let job = format!("sleep {}.{:02}; exit {}", n / 100, n % 100, n % 3);
            let args: Vec<String> = [
                "check",
                "run",
                &format!("herd-{n}"),
                "--ensure-ttl",
                "10m",
                "--",
                "sh",
                "-c",
                &job,
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            start(&addr, &args, work.path(), n)
        })
        .collect();
    std::thread::sleep(Duration::from_secs(1).saturating_sub(herd_started.elapsed()));
    agent.kill();
    let agent = Agent::start_on(options, ports);
    let ended: Vec<Ended> = jobs.into_iter().map(|j| j.join().unwrap()).collect();
    let herd_wall = herd_started.elapsed();
    report("check run herd, agent restarted 1 s in", &ended, herd_wall);
    let retried = ended.iter().filter(|e| e.retried()).count();
    eprintln!("{retried} of the {HERD} processes met the agent down and tried again");
    assert!(
        retried > 0,
        "no report was on its way while the agent was down: the restart tested nothing"
    );

    let checks = agent.checks();
    for (n, ended) in ended.iter().enumerate() {
        let code = (n % 3) as i32;
        assert_eq!(
            ended.code,
            Some(code),
            "herd-{n} ended otherwise than its job: {}",
            ended.stderr
        );
        assert!(ended.errors().is_empty(), "herd-{n}: {}", ended.stderr);
        let job = Duration::from_millis(10 * n as u64);
        let bound = job + RETRY_MAX_TIME + REQUEST_TIMEOUT * REQUESTS;
        assert!(
            ended.wall <= bound,
            "herd-{n} ran {:?}, past its bound of {bound:?}",
            ended.wall
        );
        let check = &checks[format!("herd-{n}")];
        assert_eq!(
            check["Status"],
            status_for(code),
            "herd-{n} (exit {code}): {check}"
        );
        let output = check["Output"].as_str().unwrap_or_default();
        assert!(
            output.starts_with(&format!("sh exited with status {code} after ")),
            "herd-{n}: {output}"
        );
    }
}

#[test]
fn many_processes_reporting_to_one_check_leave_one_of_their_reports() {
    const REPORTERS: usize = 50;
    let work = tempfile::tempdir().unwrap();
    let agent = Agent::start(AgentOptions::client("one-check", "127.0.0.42"));
    let addr = agent.addr();
    let started = Instant::now();
    let reporters: Vec<_> = (0..REPORTERS)
        .map(|n| {
            let job = format!("echo reporter-{n}; exit {}", n % 3);
            let args: Vec<String> = [
                "check",
                "run",
                "shared-job",
                "--ensure-ttl",
                "10m",
                "--",
                "sh",
                "-c",
                &job,
            ]
            .iter()
            .map(|s| s.to_string())
            .collect();
            start(&addr, &args, work.path(), n)
        })
        .collect();
    let ended: Vec<Ended> = reporters.into_iter().map(|j| j.join().unwrap()).collect();
    report("50 reporters to one check", &ended, started.elapsed());
    for (n, ended) in ended.iter().enumerate() {
        assert_eq!(ended.code, Some((n % 3) as i32), "{}", ended.stderr);
        assert!(ended.errors().is_empty(), "reporter-{n}: {}", ended.stderr);
    }
    // The check holds one reporter's report whole: its status with its output.
    let check = agent.checks()["shared-job"].clone();
    let output = check["Output"].as_str().unwrap_or_default();
    let reporter: usize = output
        .trim_end()
        .rsplit_once("reporter-")
        .and_then(|(_, n)| n.parse().ok())
        .unwrap_or_else(|| panic!("the check's output is none of the reports: {check}"));
    assert!(reporter < REPORTERS, "{check}");
    assert_eq!(
        check["Status"],
        status_for((reporter % 3) as i32),
        "status and output come from different reports: {check}"
    );
}
