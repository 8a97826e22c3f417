//! The benchmark behind bench/README.md: `scripts/bench` builds the release binary and runs
//! this harness, which starts real Consul agents on loopback, fills them, and times
//! consulctl side by side with curl and the official `consul` CLI, printing one table.
//!
//! Each command is run twice per round: once started straight from here, timed from spawn to
//! reap (wall time; `wait4` gives its own user + system CPU time), and once under
//! `/usr/bin/time -f %M` for its peak RSS (the "Maximum resident set size" of `/usr/bin/time -v`).
//! The commands of one row group run interleaved, one after the other in every round, so that
//! noise from other work on the machine falls on all of them alike; the figures are medians over
//! the rounds, after warm-up rounds that are not counted.
//! Output goes to /dev/null (not a terminal: compact JSON, tables not fitted), as under cron.
//!
//! Only loopback is ever contacted.

use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The tests' agent launcher: one copy of how an agent is started, made ready and stopped.
/// Much of it serves the tests only.
#[allow(dead_code)]
#[path = "../tests/support/agent.rs"]
mod agent;

/// The tests' counting proxy: how many requests an idle wait or watch sends (the holding
/// proxy beside it serves the tests only).
#[allow(dead_code)]
#[path = "../tests/support/proxy.rs"]
mod proxy;

mod declarative;

const USAGE: &str = "\
usage: bench --consul PATH --consulctl PATH [--runs N] [--warmup N] [--quick]
             [--only GROUPS] [--build-secs S] [--machine TEXT] [--serve C N] [--waiting]

Starts Consul agents on 127.0.0.77 to 127.0.0.81 (none in -dev mode, which pretty-prints
its answers) and prints one table (Markdown) comparing consulctl with curl and `consul`:
one-shot latency, CPU time and peak RSS, `agent checks` over 1 000 / 10 000 / 50 000 checks,
`agent services` over as many services, `query execute` over 1 000 / 10 000 nodes, `plan` and
`apply` of 1 000 services and 300 prepared queries in two federated datacenters (requests
counted), `service wait`'s reaction time and the requests an idle wait or watch sends a minute,
and the binary's size.

  --runs N        measured rounds per row group, at least 1 (default 20; medians are reported)
  --warmup N      rounds run first and not counted (default 3)
  --quick         smaller sizes (100 / 1 000 checks and services, 100 / 1 000 nodes, 100
                  services and 30 queries for plan and apply) and 5 runs; idle requests
                  counted over 10 s instead of 60 s
  --waiting       measure only `service wait` (its reaction time, and the requests an idle
                  wait and watch send, beside a curl loop): the same as --only waiting
  --only GROUPS   only these groups of rows, comma-separated: one-shot, checks, services, query,
                  declarative, waiting
  --build-secs S  cold build time to report (scripts/bench measures it)
  --machine TEXT  a description of the machine, printed above the table
  --serve C N     measure nothing: start the agent with C checks and N nodes, print its address
                  and the query's ID, and keep it until stdin closes (for profiling by hand)";

struct Options {
    consul: String,
    consulctl: String,
    runs: usize,
    warmup: usize,
    quick: bool,
    build_secs: Option<String>,
    machine: Option<String>,
    serve: Option<(usize, usize)>,
    waiting_only: bool,
    only: Option<Vec<String>>,
}

const GROUPS: [&str; 6] = [
    "one-shot",
    "checks",
    "services",
    "query",
    "declarative",
    "waiting",
];

impl Options {
    /// Whether the group of rows `name` (one of [`GROUPS`]) is to be measured.
    fn runs_group(&self, name: &str) -> bool {
        self.only
            .as_ref()
            .is_none_or(|only| only.iter().any(|g| g == name))
    }
}

fn parse_options() -> Options {
    let mut args = std::env::args().skip(1);
    let mut options = Options {
        consul: String::new(),
        consulctl: String::new(),
        runs: 20,
        warmup: 3,
        quick: false,
        build_secs: None,
        machine: None,
        serve: None,
        waiting_only: false,
        only: None,
    };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .unwrap_or_else(|| fail(&format!("{name} needs a value")))
        };
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--consul" => options.consul = value("--consul"),
            "--consulctl" => options.consulctl = value("--consulctl"),
            "--runs" => options.runs = number(&value("--runs")),
            "--warmup" => options.warmup = number(&value("--warmup")),
            "--quick" => options.quick = true,
            "--waiting" => options.waiting_only = true,
            "--only" => {
                let groups: Vec<String> = value("--only").split(',').map(str::to_string).collect();
                if let Some(bad) = groups.iter().find(|g| !GROUPS.contains(&g.as_str())) {
                    fail(&format!(
                        "--only: no group {bad:?} (groups: {})",
                        GROUPS.join(", ")
                    ));
                }
                options.only = Some(groups);
            }
            "--build-secs" => options.build_secs = Some(value("--build-secs")),
            "--machine" => options.machine = Some(value("--machine")),
            "--serve" => {
                let checks = number(&value("--serve"));
                let nodes = number(&value("--serve"));
                options.serve = Some((checks, nodes));
            }
            other => fail(&format!("unknown argument {other:?}")),
        }
    }
    if options.consul.is_empty() || options.consulctl.is_empty() {
        fail("--consul and --consulctl are required");
    }
    if options.runs < 1 {
        fail("--runs must be at least 1: the figures are medians over the runs");
    }
    if options.quick {
        options.runs = options.runs.min(5);
        options.warmup = options.warmup.min(1);
    }
    options
}

fn number(text: &str) -> usize {
    text.parse()
        .unwrap_or_else(|_| fail(&format!("not a number: {text:?}")))
}

fn fail(message: &str) -> ! {
    eprintln!("bench: {message}\n\n{USAGE}");
    std::process::exit(2)
}

fn main() {
    let options = parse_options();
    let started = Instant::now();
    let agent = Agent::start(&options.consul, Role::Server);
    let http = agent.http.clone();
    let mut report = Report::default();
    if let Some((checks, nodes)) = options.serve {
        let holder = Agent::start(&options.consul, Role::Checks(checks));
        agent.register_nodes(0, nodes);
        println!("{} {http} {}", holder.http, agent.create_query());
        let _ = std::io::stdin().read_line(&mut String::new());
        holder.stop();
        agent.stop();
        return;
    }

    if options.waiting_only {
        waiting(&mut report, &options, &agent);
        agent.stop();
        if let Some(machine) = &options.machine {
            println!("Machine: {machine}\n");
        }
        println!(
            "Medians of {} runs after {} warm-up runs; the bench took {:.0} s.",
            options.runs,
            options.warmup,
            started.elapsed().as_secs_f64()
        );
        print!("{}", report.text);
        return;
    }

    if options.runs_group("one-shot") {
        eprintln!("bench: one-shot commands");
        agent.put("/v1/agent/check/register", r#"{"Name":"t1","TTL":"10m"}"#);
        let one_shot = [
            Cmd::new("consulctl check ttl pass t1", &options.consulctl).args([
                "--http-addr",
                &http,
                "check",
                "ttl",
                "pass",
                "t1",
                "-q",
            ]),
            Cmd::new("curl -X PUT …/v1/agent/check/pass/t1", "curl").args([
                "-s",
                "-f",
                "-X",
                "PUT",
                &format!("{http}/v1/agent/check/pass/t1"),
            ]),
            Cmd::new("consulctl agent members", &options.consulctl).args([
                "--http-addr",
                &http,
                "agent",
                "members",
            ]),
            Cmd::new("consul members", &options.consul)
                .args(["members", &format!("-http-addr={http}")]),
            Cmd::new("curl …/v1/agent/members", "curl").args([
                "-s",
                "-f",
                &format!("{http}/v1/agent/members"),
            ]),
        ];
        let results = measure(&one_shot, &options);
        report.section("One-shot (medians)");
        let curl_put = &results[1];
        let consul_members = &results[3];
        report.row(&results[0], Some(("curl PUT", curl_put)));
        report.row(curl_put, None);
        report.row(&results[2], Some(("consul members", consul_members)));
        report.row(consul_members, None);
        report.row(&results[4], None);
        report.ratio_line(&results[0], curl_put, "curl PUT");
        report.ratio_line(&results[0], consul_members, "consul members");
        report.ratio_line(&results[2], curl_put, "curl PUT");
        report.ratio_line(&results[2], consul_members, "consul members");
    }

    let check_sizes: &[usize] = if options.quick {
        &[100, 1_000]
    } else {
        &[1_000, 10_000, 50_000]
    };
    if options.runs_group("checks") {
        listing(
            &mut report,
            &options,
            check_sizes,
            "checks",
            "`agent checks` (N TTL checks)",
            Role::Checks,
        );
    }
    if options.runs_group("services") {
        listing(
            &mut report,
            &options,
            check_sizes,
            "services",
            "`agent services` (N services without checks)",
            Role::Services,
        );
    }

    if options.runs_group("query") {
        let node_sizes: &[usize] = if options.quick {
            &[100, 1_000]
        } else {
            &[1_000, 10_000]
        };
        report.section("`query execute` (N nodes with one healthy instance each)");
        let query_id = agent.create_query();
        let mut registered = 0;
        let mut previous: Option<(usize, Vec<Measured>)> = None;
        for &size in node_sizes {
            let load = Instant::now();
            agent.register_nodes(registered, size);
            registered = size;
            eprintln!(
                "bench: {size} nodes registered ({:.1} s)",
                load.elapsed().as_secs_f64()
            );
            let url = format!("{http}/v1/query/{query_id}/execute");
            let bytes = answer_bytes(&url);
            let base = ["--http-addr", &http, "query", "execute", &query_id];
            let commands = [
                Cmd::new(
                    &format!("consulctl query execute, {size}"),
                    &options.consulctl,
                )
                .args(base),
                Cmd::new(
                    &format!("consulctl query execute -o json, {size}"),
                    &options.consulctl,
                )
                .args(base)
                .args(["-o", "json"]),
                Cmd::new(
                    &format!("consulctl query execute -o addrs, {size}"),
                    &options.consulctl,
                )
                .args(base)
                .args(["-o", "addrs"]),
                Cmd::new(&format!("curl …/v1/query/ID/execute, {size}"), "curl")
                    .args(["-s", "-f", &url]),
            ];
            let results = measure(&commands, &options);
            report.scale_rows(&results, bytes, previous.as_ref().map(|(n, r)| (*n, r)));
            previous = Some((bytes, results));
        }
    }

    if options.runs_group("declarative") {
        declarative::declarative(&mut report, &options);
    }

    if options.runs_group("waiting") {
        waiting(&mut report, &options, &agent);
    }

    report.line("\n**Binary**\n");
    report.line("| what | figure |");
    report.line("|---|---:|");
    let size = std::fs::metadata(&options.consulctl)
        .map(|m| m.len())
        .unwrap_or(0);
    report.line(&format!(
        "| release binary (stripped) | {:.2} MiB |",
        size as f64 / MIB
    ));
    if let Some(secs) = &options.build_secs {
        report.line(&format!(
            "| cold release build (empty target directory) | {secs} s |"
        ));
    }
    agent.stop();

    if let Some(machine) = &options.machine {
        println!("Machine: {machine}\n");
    }
    println!(
        "Medians of {} runs after {} warm-up runs; the bench took {:.0} s.\n",
        options.runs,
        options.warmup,
        started.elapsed().as_secs_f64()
    );
    print!("{}", report.text);
}

const MIB: f64 = 1024.0 * 1024.0;

/// `service wait`: how soon it exits once its condition holds on the agent, beside how soon a
/// blocking query of the bench's own sees the change (the agent's own propagation); then the
/// requests that an idle wait and an idle watch send in a minute, beside a `curl` loop with
/// `sleep 1`.
fn waiting(report: &mut Report, options: &Options, agent: &Agent) {
    eprintln!("bench: service wait");
    let http = &agent.http;
    agent.put(
        "/v1/agent/service/register",
        r#"{"ID":"gate-1","Name":"gate","Port":9000,"Check":{"CheckID":"gate-ttl","TTL":"10m","Status":"critical"}}"#,
    );
    let url = format!("{http}/v1/health/service/gate");
    let status = |body: &[u8]| -> String {
        let list: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
        list[0]["Checks"]
            .as_array()
            .and_then(|checks| checks.iter().find(|c| c["CheckID"] == "gate-ttl"))
            .and_then(|c| c["Status"].as_str())
            .unwrap_or("")
            .to_string()
    };
    let http_client = client();
    let read = |query: &str| {
        let answer = http_client
            .get(format!("{url}{query}"))
            .timeout(Duration::from_secs(60))
            .send()
            .expect("a read of the service's health");
        let index: u64 = answer
            .headers()
            .get("X-Consul-Index")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        (index, answer.bytes().expect("an answer").to_vec())
    };
    let mut reactions = Vec::new();
    let mut propagations = Vec::new();
    for round in 0..options.warmup + options.runs {
        agent.put("/v1/agent/check/fail/gate-ttl", "");
        let index = loop {
            let (index, body) = read("");
            if status(&body) == "critical" {
                break index;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut wait = Command::new(&options.consulctl)
            .args([
                "--http-addr",
                http,
                "service",
                "wait",
                "gate",
                "--timeout",
                "60s",
            ])
            .stdout(Stdio::null())
            .spawn()
            .expect("consulctl starts");
        // Its first read is answered and its blocking read is on its way.
        std::thread::sleep(Duration::from_millis(300));
        let (reaction, propagation) = std::thread::scope(|s| {
            let watcher = s.spawn(|| {
                let (_, body) = read(&format!("?index={index}&wait=60s"));
                (Instant::now(), status(&body))
            });
            std::thread::sleep(Duration::from_millis(50));
            let holds = Instant::now();
            agent.put("/v1/agent/check/pass/gate-ttl", "");
            let exited = wait.wait().expect("consulctl ends");
            let reaped = Instant::now();
            assert!(exited.success(), "service wait failed: {exited}");
            let (seen, seen_status) = watcher.join().expect("the bench's own read");
            assert_eq!(seen_status, "passing", "the bench's blocking read");
            (reaped - holds, seen - holds)
        });
        if round >= options.warmup {
            reactions.push(reaction);
            propagations.push(propagation);
        }
    }
    let (reaction, propagation) = (median(reactions), median(propagations));
    report.line("\n**Waiting (`service wait`, blocking queries)**\n");
    report.line("| what | figure |");
    report.line("|---|---:|");
    report.line(&format!(
        "| consulctl service wait: the check passes on the agent → consulctl has exited | {:.1} ms |",
        ms(reaction)
    ));
    report.line(&format!(
        "| the agent's own propagation: the check passes → a blocking read of the bench's sees it | {:.1} ms |",
        ms(propagation)
    ));
    report.line(&format!(
        "| difference (consulctl's part: its answer decoded, the process ended and reaped) | {:.1} ms |",
        ms(reaction) - ms(propagation)
    ));

    eprintln!("bench: idle requests");
    agent.put("/v1/agent/check/fail/gate-ttl", "");
    let window = if options.quick {
        Duration::from_secs(10)
    } else {
        Duration::from_secs(60)
    };
    let target = http.trim_start_matches("http://").to_string();
    let waiting_proxy = proxy::CountingProxy::start(target.clone());
    let watching_proxy = proxy::CountingProxy::start(target.clone());
    let curl_proxy = proxy::CountingProxy::start(target);
    let mut idle = vec![
        Command::new(&options.consulctl)
            .args(["--http-addr", &waiting_proxy.addr, "service", "wait", "gate"])
            .args(["--timeout", "10m"])
            .stdout(Stdio::null())
            .spawn()
            .expect("consulctl starts"),
        Command::new(&options.consulctl)
            .args(["--http-addr", &watching_proxy.addr, "check", "list"])
            .args(["--all-nodes", "--service", "gate", "--watch"])
            .stdout(Stdio::null())
            .spawn()
            .expect("consulctl starts"),
        Command::new("sh")
            .args([
                "-c",
                &format!(
                    "while :; do curl -s -f -o /dev/null http://{}/v1/health/service/gate; sleep 1; done",
                    curl_proxy.addr
                ),
            ])
            .process_group(0)
            .spawn()
            .expect("sh starts"),
    ];
    std::thread::sleep(window);
    for child in &mut idle {
        // SAFETY: kill(2) with plain integers; the loop's shell leads a group of its own.
        unsafe {
            libc::kill(-(child.id() as libc::pid_t), libc::SIGKILL);
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    let sent = |proxy: &proxy::CountingProxy| -> usize { proxy.counts().values().sum() };
    report.line(&format!(
        "\n**Requests while nothing changes** (counted by a proxy on loopback over {} s)\n",
        window.as_secs()
    ));
    report.line(&format!("| command | requests in {} s |", window.as_secs()));
    report.line("|---|---:|");
    report.line(&format!(
        "| consulctl service wait gate (never healthy) | {} |",
        sent(&waiting_proxy)
    ));
    report.line(&format!(
        "| consulctl check list --all-nodes --service gate --watch | {} |",
        sent(&watching_proxy)
    ));
    report.line(&format!(
        "| while :; do curl …/v1/health/service/gate; sleep 1; done | {} |",
        sent(&curl_proxy)
    ));
}

/// One command line to time.
#[derive(Clone)]
struct Cmd {
    label: String,
    program: String,
    args: Vec<String>,
}

impl Cmd {
    fn new(label: &str, program: &str) -> Cmd {
        Cmd {
            label: label.to_string(),
            program: program.to_string(),
            args: Vec::new(),
        }
    }

    fn args<'a>(mut self, args: impl IntoIterator<Item = &'a str>) -> Cmd {
        self.args.extend(args.into_iter().map(str::to_string));
        self
    }

    /// Runs once, output discarded: the wall time, from spawn to reap, and the CPU time (user +
    /// system) the child itself used, as `wait4` reports it when reaping it.
    fn time_once(&self) -> (Duration, Duration) {
        let started = Instant::now();
        let child = self
            .command(&self.program, &self.args)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run `{}`: {e}", self.label));
        let mut status = 0;
        // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: the pid is our own unreaped child; std never waits for it (Child is dropped
        // without wait), so only this call reaps it.
        let reaped = loop {
            let reaped = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
            if reaped >= 0
                || std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted
            {
                break reaped;
            }
        };
        let wall = started.elapsed();
        drop(child);
        assert!(
            reaped > 0,
            "wait4 `{}`: {}",
            self.label,
            std::io::Error::last_os_error()
        );
        if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
            panic!("`{}` failed: wait status {status:#x}", self.label);
        }
        let seconds = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
        (wall, seconds(usage.ru_utime) + seconds(usage.ru_stime))
    }

    /// Runs once under `/usr/bin/time`: the peak RSS in bytes. Not measured here with `wait4`:
    /// a child's peak RSS starts at the RSS of the process that spawned it (Linux keeps the
    /// high-water mark of the memory it replaced on exec), so it would count this harness too.
    fn rss_once(&self, scratch: &std::path::Path) -> u64 {
        let mut args = vec!["-f".to_string(), "%M".into(), "-o".into()];
        args.push(scratch.display().to_string());
        args.push(self.program.clone());
        args.extend(self.args.iter().cloned());
        let status = self.command("/usr/bin/time", &args).status();
        self.check(status);
        let text = std::fs::read_to_string(scratch).unwrap_or_default();
        let kib: u64 = text
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("/usr/bin/time wrote {text:?}"));
        kib * 1024
    }

    fn command(&self, program: &str, args: &[String]) -> Command {
        let mut command = Command::new(program);
        command
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    }

    fn check(&self, status: std::io::Result<std::process::ExitStatus>) {
        match status {
            Ok(status) if status.success() => {}
            Ok(status) => panic!("`{}` failed: {status}", self.label),
            Err(e) => panic!("cannot run `{}`: {e}", self.label),
        }
    }
}

struct Measured {
    label: String,
    wall: Duration,
    /// User + system CPU time of the command's own process (not the agent's).
    cpu: Duration,
    rss: u64,
}

/// Runs the commands interleaved, round after round; medians per command.
/// One listing (`agent checks`, `agent services`) at each size: an agent holding that many,
/// then consulctl's table and JSON against curl fetching the same answer.
fn listing(
    report: &mut Report,
    options: &Options,
    sizes: &[usize],
    listing: &str,
    title: &str,
    role: fn(usize) -> Role,
) {
    report.section(title);
    let mut previous: Option<(usize, Vec<Measured>)> = None;
    for &size in sizes {
        let load = Instant::now();
        let holder = Agent::start(&options.consul, role(size));
        eprintln!(
            "bench: an agent with {size} {listing} started ({:.1} s)",
            load.elapsed().as_secs_f64()
        );
        let url = format!("{}/v1/agent/{listing}", holder.http);
        let bytes = answer_bytes(&url);
        let base = ["--http-addr", &holder.http, "agent", listing];
        let commands = [
            Cmd::new(
                &format!("consulctl agent {listing}, {size}"),
                &options.consulctl,
            )
            .args(base),
            Cmd::new(
                &format!("consulctl agent {listing} -o json, {size}"),
                &options.consulctl,
            )
            .args(base)
            .args(["-o", "json"]),
            Cmd::new(&format!("curl …/v1/agent/{listing}, {size}"), "curl")
                .args(["-s", "-f", &url]),
        ];
        let results = measure(&commands, options);
        holder.stop();
        report.scale_rows(&results, bytes, previous.as_ref().map(|(n, r)| (*n, r)));
        previous = Some((bytes, results));
    }
}

fn measure(commands: &[Cmd], options: &Options) -> Vec<Measured> {
    // Where `/usr/bin/time` writes each peak RSS.
    let scratch = tempfile::NamedTempFile::new().expect("a temporary file");
    for _ in 0..options.warmup {
        for command in commands {
            command.time_once();
        }
    }
    let mut walls = vec![Vec::new(); commands.len()];
    let mut cpus = vec![Vec::new(); commands.len()];
    let mut rsss = vec![Vec::new(); commands.len()];
    for _ in 0..options.runs {
        for (n, command) in commands.iter().enumerate() {
            let (wall, cpu) = command.time_once();
            walls[n].push(wall);
            cpus[n].push(cpu);
            rsss[n].push(command.rss_once(scratch.path()));
        }
    }
    commands
        .iter()
        .enumerate()
        .map(|(n, command)| Measured {
            label: command.label.clone(),
            wall: median(std::mem::take(&mut walls[n])),
            cpu: median(std::mem::take(&mut cpus[n])),
            rss: median(std::mem::take(&mut rsss[n])),
        })
        .collect()
}

fn median<T: Ord + Copy>(mut values: Vec<T>) -> T {
    values.sort();
    values[values.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The table, as Markdown.
#[derive(Default)]
struct Report {
    text: String,
}

impl Report {
    fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn section(&mut self, title: &str) {
        if !self.text.is_empty() {
            self.line("");
        }
        self.line(&format!("**{title}**\n"));
        self.line("| command | wall ms | CPU ms | peak RSS MiB | notes |");
        self.line("|---|---:|---:|---:|---|");
    }

    fn row(&mut self, m: &Measured, against: Option<(&str, &Measured)>) {
        let notes = against.map_or(String::new(), |(name, other)| {
            format!(
                "{:.2}× the time, {:.2}× the RSS of {name}",
                ms(m.wall) / ms(other.wall),
                m.rss as f64 / other.rss as f64
            )
        });
        self.line(&format!(
            "| {} | {:.1} | {:.1} | {:.1} | {notes} |",
            m.label,
            ms(m.wall),
            ms(m.cpu),
            m.rss as f64 / MIB
        ));
    }

    fn ratio_line(&mut self, m: &Measured, other: &Measured, name: &str) {
        self.line(&format!(
            "| ↳ {} vs {name} | {:.2}× | {:.2}× | {:.2}× | |",
            m.label,
            ms(m.wall) / ms(other.wall),
            ms(m.cpu) / ms(other.cpu),
            m.rss as f64 / other.rss as f64
        ));
    }

    /// consulctl's rows against the last (curl) row, with the answer's size, memory per answer
    /// byte and growth since the previous size: of the wall time, of the command's own CPU time,
    /// and the wall time's growth divided by the bytes' (1.00 is linear; curl's row shows how far
    /// the agent alone strays from it).
    fn scale_rows(
        &mut self,
        results: &[Measured],
        bytes: usize,
        previous: Option<(usize, &Vec<Measured>)>,
    ) {
        let curl = results.last().expect("curl is the last row");
        for (n, m) in results.iter().enumerate() {
            let mut notes = Vec::new();
            if n + 1 < results.len() {
                notes.push(format!("{:.2}× curl's time", ms(m.wall) / ms(curl.wall)));
                notes.push(format!(
                    "RSS {:.2}× the answer",
                    m.rss as f64 / bytes as f64
                ));
            } else {
                notes.push(format!("answer {:.2} MiB", bytes as f64 / MIB));
            }
            if let Some((previous_bytes, previous)) = previous {
                let byte_growth = bytes as f64 / previous_bytes as f64;
                let time_growth = ms(m.wall) / ms(previous[n].wall);
                notes.push(format!(
                    "{byte_growth:.1}× the bytes: {time_growth:.1}× the time \
                     ({:.2} per byte), {:.1}× the CPU",
                    time_growth / byte_growth,
                    ms(m.cpu) / ms(previous[n].cpu)
                ));
            }
            self.line(&format!(
                "| {} | {:.1} | {:.1} | {:.1} | {} |",
                m.label,
                ms(m.wall),
                ms(m.cpu),
                m.rss as f64 / MIB,
                notes.join("; ")
            ));
        }
    }
}

/// What an agent is for.
#[derive(Clone, Copy)]
enum Role {
    /// A single server on 127.0.0.77 that elects itself (`server = true`, `bootstrap_expect = 1`,
    /// a data directory of its own): one-shot commands, and the catalog behind the query. Not
    /// `-dev`: a dev agent pretty-prints every JSON answer, far more bytes than a production agent
    /// sends.
    Server,
    /// A client agent on 127.0.0.78 that joins nobody and holds this many TTL checks, read from
    /// its configuration at start, which is quick even at the largest size. Registering them one
    /// request at a time on a dev server was far slower and got slower as it went, likely the
    /// agent's sync of every change to the catalog, which a client without servers skips; the
    /// agent's own answer, what `agent checks` reads, is the same. Services with a check each
    /// were far slower to load, hence services apart, without checks:
    Checks(usize),
    /// A client agent like `Checks` on 127.0.0.79 holding this many bare services (no checks),
    /// read from its configuration at start, quickly too.
    Services(usize),
    /// The server of datacenter `dc1` on 127.0.0.80 or `dc2` on 127.0.0.81, which elects
    /// itself like `Server`: the federation `plan` and `apply` put their queries in.
    Datacenter(&'static str),
}

/// A Consul agent started by the tests' launcher, with free ports, stopped when dropped or when
/// this process ends in any way.
struct Agent {
    http: String,
    running: agent::Agent,
}

impl Agent {
    fn start(consul: &str, role: Role) -> Agent {
        let ip = match role {
            Role::Server => "127.0.0.77",
            Role::Checks(_) => "127.0.0.78",
            Role::Services(_) => "127.0.0.79",
            Role::Datacenter("dc1") => "127.0.0.80",
            Role::Datacenter(_) => "127.0.0.81",
        };
        // A client that joins nobody, ready once it answers; the server is ready once it leads.
        let mut options = agent::AgentOptions::client("bench", ip);
        options.binary = Some(consul.into());
        // Loading tens of thousands of checks or services from the configuration takes a while.
        options.ready_within = Duration::from_secs(300);
        match role {
            Role::Server | Role::Datacenter(_) => {
                options.hcl.push("server = true".into());
                options.hcl.push("bootstrap_expect = 1".into());
                options.wait_for_leader = true;
            }
            Role::Checks(count) => options.config = Some(checks_config(count)),
            Role::Services(count) => options.config = Some(services_config(count)),
        }
        if let Role::Datacenter(dc) = role {
            options.datacenter = dc.to_string();
        }
        let running = agent::Agent::start(options);
        let agent = Agent {
            http: running.http_url(),
            running,
        };
        match role {
            Role::Server | Role::Datacenter(_) => {}
            Role::Checks(count) => agent.expect_entries("/v1/agent/checks", count),
            Role::Services(count) => agent.expect_entries("/v1/agent/services", count),
        }
        agent
    }

    /// Stops the agent at once (SIGKILL): nothing of its state is wanted, and a graceful stop
    /// would only add to the bench's time.
    fn stop(self) {
        self.running.kill();
    }

    fn get(&self, url: &str) -> Vec<u8> {
        let answer = client().get(url).send().expect("a GET to the agent");
        assert!(
            answer.status().is_success(),
            "GET {url}: {}",
            answer.status()
        );
        answer.bytes().expect("an answer").to_vec()
    }

    fn put(&self, path: &str, body: &str) {
        send(&client(), "PUT", &format!("{}{path}", self.http), body);
    }

    /// Makes sure the agent holds `count` checks or services: a bench over fewer would mislead.
    fn expect_entries(&self, path: &str, count: usize) {
        let url = format!("{}{path}", self.http);
        let got =
            serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&self.get(&url))
                .map(|m| m.len())
                .unwrap_or(0);
        assert_eq!(got, count, "{path} holds {got} entries, not {count}");
    }

    /// Nodes `from..to` in the catalog, each with one instance of `bench-api` and a passing
    /// check, so that the bench query answers every one.
    fn register_nodes(&self, from: usize, to: usize) {
        parallel(from, to, |http, n| {
            let body = format!(
                r#"{{"Node":"node-{n}","Address":"127.1.{}.{}","NodeMeta":{{"rack":"r{}"}},"Service":{{"ID":"api-{n}","Service":"bench-api","Port":8080,"Tags":["v2","bench"]}},"Check":{{"CheckID":"api-{n}-alive","Name":"api alive","Status":"passing","ServiceID":"api-{n}"}}}}"#,
                n / 250,
                n % 250 + 1,
                n % 16
            );
            send(
                http,
                "PUT",
                &format!("{}/v1/catalog/register", self.http),
                &body,
            );
        });
    }

    fn create_query(&self) -> String {
        let answer = send(
            &client(),
            "POST",
            &format!("{}/v1/query", self.http),
            r#"{"Name":"bench","Service":{"Service":"bench-api"}}"#,
        );
        let created: serde_json::Value = serde_json::from_str(&answer).expect("a JSON answer");
        created["ID"].as_str().expect("an ID").to_string()
    }
}

/// An agent configuration with `count` TTL checks, some passing, some warning, some critical.
fn checks_config(count: usize) -> String {
    let checks: Vec<String> = (0..count)
        .map(|n| {
            let status = ["passing", "passing", "warning", "critical"][n % 4];
            format!(
                r#"{{"id":"chk-{n}","name":"backup job {n}","ttl":"30m","status":"{status}","notes":"registered by scripts/bench"}}"#
            )
        })
        .collect();
    format!(r#"{{"checks":[{}]}}"#, checks.join(","))
}

/// An agent configuration with `count` bare services (no checks), a hundred names among them.
fn services_config(count: usize) -> String {
    let services: Vec<String> = (0..count)
        .map(|n| {
            format!(
                r#"{{"id":"svc-{n}","name":"batch-{}","port":{},"tags":["bench","v2"],"meta":{{"owner":"scripts/bench"}}}}"#,
                n % 100,
                8000 + n % 1000
            )
        })
        .collect();
    format!(r#"{{"services":[{}]}}"#, services.join(","))
}

/// The size of the answer at `url` as curl receives it (the body, as sent: neither consulctl nor
/// curl here asks for compression).
fn answer_bytes(url: &str) -> usize {
    let output = Command::new("curl")
        .args(["-s", "-f", "-o", "/dev/null", "-w", "%{size_download}", url])
        .output()
        .expect("curl runs");
    assert!(output.status.success(), "curl {url}: {}", output.status);
    let text = String::from_utf8_lossy(&output.stdout);
    text.trim()
        .parse()
        .unwrap_or_else(|_| panic!("curl -w %{{size_download}} wrote {text:?}"))
}

fn client() -> reqwest::blocking::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::builder()
        .no_proxy()
        .tls_certs_only(Vec::new())
        .timeout(Duration::from_secs(120))
        .build()
        .expect("an HTTP client")
}

fn send(http: &reqwest::blocking::Client, method: &str, url: &str, body: &str) -> String {
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
    let answer = http
        .request(method, url)
        .body(body.to_string())
        .send()
        .unwrap_or_else(|e| panic!("{url}: {e}"));
    let status = answer.status();
    let text = answer.text().unwrap_or_default();
    assert!(status.is_success(), "{url}: {status} {text}");
    text
}

/// Calls `each(client, n)` for every n in `from..to`, from a few threads sharing the work.
fn parallel(from: usize, to: usize, each: impl Fn(&reqwest::blocking::Client, usize) + Sync) {
    const THREADS: usize = 8;
    let next = AtomicUsize::new(from);
    std::thread::scope(|scope| {
        for _ in 0..THREADS {
            scope.spawn(|| {
                let http = client();
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    if n >= to {
                        break;
                    }
                    each(&http, n);
                }
            });
        }
    });
}
