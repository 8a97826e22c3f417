//! The `declarative` group: `plan` and `apply` of services on one agent and prepared queries in
//! the two datacenters of a federation, every request counted by a proxy, beside the reads a
//! plan needs made by curl and the writes an apply needs sent by the bench itself.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::{client, measure, median, ms, parallel, send, Agent, Cmd, Options, Report, Role};

/// The datacenters of the federation, each a server of its own.
const DATACENTERS: [&str; 2] = ["dc1", "dc2"];

pub fn declarative(report: &mut Report, options: &Options) {
    let (services, queries) = if options.quick {
        (100, 30)
    } else {
        (1_000, 300)
    };
    eprintln!("bench: plan and apply: two federated datacenters");
    let dc1 = Agent::start(&options.consul, Role::Datacenter(DATACENTERS[0]));
    let dc2 = Agent::start(&options.consul, Role::Datacenter(DATACENTERS[1]));
    dc1.join_wan(&dc2);

    let definitions = tempfile::tempdir().expect("a folder for the definitions");
    write_definitions(definitions.path(), services, queries);
    let folder = definitions.path().display().to_string();
    let target = dc1.http.trim_start_matches("http://").to_string();
    let proxy = RecordingProxy::start(target);
    let consulctl = |label: &str, addr: &str, command: &[&str]| {
        Cmd::new(label, &options.consulctl)
            .args(["--http-addr", addr])
            .args(command.iter().copied())
            .args(["--all-datacenters", &folder])
    };
    let apply = ["apply"];
    let plan = ["plan", "--exit-code"];
    let objects = services + queries * DATACENTERS.len();

    // From nothing: the first apply goes through the proxy, which keeps its writes to be sent
    // again by the bench; the timed ones go straight to the agent, each from nothing.
    let load = Instant::now();
    let (proxied, _) = consulctl("apply", &proxy.addr, &apply).time_once();
    let first_apply = proxy.take();
    eprintln!(
        "bench: {objects} objects applied from nothing ({:.1} s through the proxy)",
        proxied.as_secs_f64()
    );
    dc1.expect_declared(services, queries);
    let writes: Vec<Recorded> = first_apply
        .iter()
        .filter(|r| r.method != "GET" && is_object_write(&r.target))
        .cloned()
        .collect();
    assert_eq!(
        writes.len(),
        objects,
        "apply from nothing sends a write each"
    );
    let apply_rounds = if options.quick {
        1
    } else {
        options.runs.min(3)
    };
    let mut apply_walls = Vec::new();
    let mut apply_cpus = Vec::new();
    let mut replay_walls = Vec::new();
    for _ in 0..apply_rounds {
        dc1.remove_declared(services);
        replay_walls.push(replay(&dc1.http, &writes));
        dc1.expect_declared(services, queries);
        dc1.remove_declared(services);
        let (wall, cpu) = consulctl("apply", &dc1.http, &apply).time_once();
        apply_walls.push(wall);
        apply_cpus.push(cpu);
        dc1.expect_declared(services, queries);
    }
    eprintln!(
        "bench: apply from nothing timed {apply_rounds} times ({:.0} s in all)",
        load.elapsed().as_secs_f64()
    );

    // In sync: what a plan and a second apply send, then their time beside the reads alone.
    consulctl("apply", &proxy.addr, &apply).time_once();
    let second_apply = proxy.take();
    let planned = consulctl("plan", &proxy.addr, &plan).output();
    let plan_requests = proxy.take();
    assert_eq!(
        planned,
        format!("Plan: 0 to create, 0 to change, {objects} unchanged.\n"),
        "a plan right after an apply is in sync"
    );
    let reads: Vec<String> = plan_requests
        .iter()
        .map(|r| format!("{}{}", dc1.http, r.target))
        .collect();
    let commands = [
        consulctl(
            &format!("consulctl plan --all-datacenters, {services} services, {queries} queries × 2"),
            &dc1.http,
            &plan,
        ),
        consulctl(
            &format!("consulctl apply --all-datacenters (in sync), {services} services, {queries} queries × 2"),
            &dc1.http,
            &apply,
        ),
        Cmd::new(
            &format!("curl, the plan's {} reads in one process", reads.len()),
            "curl",
        )
        .args(["-s", "-f"])
        .args(reads.iter().map(String::as_str)),
    ];
    let results = measure(&commands, options);
    let alone = reads_alone(&reads, options);
    let bytes: usize = reads.iter().map(|url| crate::answer_bytes(url)).sum();
    dc2.stop();
    dc1.stop();

    report.section(&format!(
        "`plan` and `apply` ({services} services on one agent, {queries} prepared queries in each of 2 datacenters)"
    ));
    let curl = &results[2];
    report.row(&results[0], Some(("curl's reads", curl)));
    report.row(&results[1], Some(("curl's reads", curl)));
    report.row(curl, None);
    report.line(&format!(
        "| the same reads from the bench's own client (one connection, no process started) | {:.1} | | | answers {:.2} MiB in all |",
        ms(alone),
        bytes as f64 / crate::MIB
    ));
    report.line(&format!(
        "| consulctl apply --all-datacenters, from nothing (median of {apply_rounds}, no warm-up) | {:.1} | {:.1} | | {objects} writes; {:.2}× the time of the same writes sent by the bench |",
        ms(median(apply_walls.clone())),
        ms(median(apply_cpus)),
        ms(median(apply_walls)) / ms(median(replay_walls.clone()))
    ));
    report.line(&format!(
        "| the same {objects} writes, sent one after the other by the bench (one connection) | {:.1} | | | |",
        ms(median(replay_walls))
    ));

    report.line("\n**Requests** (counted by a proxy on loopback in front of dc1's agent)\n");
    report.line("| command | requests | writes | by endpoint |");
    report.line("|---|---:|---:|---|");
    for (label, seen) in [
        ("consulctl apply, from nothing", &first_apply),
        ("consulctl apply, again (in sync)", &second_apply),
        ("consulctl plan (in sync)", &plan_requests),
    ] {
        report.line(&format!(
            "| {label} | {} | {} | {} |",
            seen.len(),
            seen.iter().filter(|r| r.method != "GET").count(),
            by_endpoint(seen)
        ));
    }
}

/// `services.json` with `services` bare services and `queries.json` with `queries` prepared
/// queries that name no datacenter (so each goes to every one selected).
fn write_definitions(folder: &std::path::Path, services: usize, queries: usize) {
    let services: Vec<String> = (0..services)
        .map(|n| {
            format!(
                r#"{{"id":"svc-{n}","name":"batch-{}","port":{},"tags":["bench","v2"],"meta":{{"owner":"scripts/bench"}}}}"#,
                n % 100,
                8000 + n % 1000
            )
        })
        .collect();
    let queries: Vec<String> = (0..queries)
        .map(|n| {
            format!(
                r#"{{"Name":"bench-{n}","Service":{{"Service":"batch-{}","Tags":["v2"],"OnlyPassing":true,"Failover":{{"NearestN":2}}}},"DNS":{{"TTL":"10s"}}}}"#,
                n % 100
            )
        })
        .collect();
    let write = |name: &str, text: String| {
        std::fs::write(folder.join(name), text).expect("a definition file written");
    };
    write(
        "services.json",
        format!(r#"{{"services":[{}]}}"#, services.join(",")),
    );
    write(
        "queries.json",
        format!(r#"{{"queries":[{}]}}"#, queries.join(",")),
    );
}

impl Agent {
    /// Joins `other`'s server over the WAN and waits until this one can reach its datacenter.
    fn join_wan(&self, other: &Agent) {
        self.put(
            &format!("/v1/agent/join/{}?wan=1", other.running.serf_wan_addr()),
            "",
        );
        let deadline = Instant::now() + Duration::from_secs(60);
        let url = format!(
            "{}/v1/query?dc={}",
            self.http, other.running.options.datacenter
        );
        while !client()
            .get(&url)
            .send()
            .is_ok_and(|a| a.status().is_success())
        {
            assert!(
                Instant::now() < deadline,
                "no path from {} to {} within 60 s",
                self.http,
                other.http
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn queries(&self, dc: &str) -> Vec<serde_json::Value> {
        let url = format!("{}/v1/query?dc={dc}", self.http);
        serde_json::from_slice(&self.get(&url)).expect("a list of queries")
    }

    /// Makes sure the agent holds the declared services and each datacenter the declared
    /// queries: an apply that left some out would make the figures mislead.
    fn expect_declared(&self, services: usize, queries: usize) {
        self.expect_entries("/v1/agent/services", services);
        for dc in DATACENTERS {
            assert_eq!(self.queries(dc).len(), queries, "queries in {dc}");
        }
    }

    /// Removes the declared services and every query, so that the next apply starts from
    /// nothing.
    fn remove_declared(&self, services: usize) {
        parallel(0, services, |http, n| {
            send(
                http,
                "PUT",
                &format!("{}/v1/agent/service/deregister/svc-{n}", self.http),
                "",
            );
        });
        for dc in DATACENTERS {
            let ids: Vec<String> = self
                .queries(dc)
                .iter()
                .filter_map(|q| q["ID"].as_str().map(str::to_string))
                .collect();
            parallel(0, ids.len(), |http, n| {
                send(
                    http,
                    "DELETE",
                    &format!("{}/v1/query/{}?dc={dc}", self.http, ids[n]),
                    "",
                );
            });
        }
        self.expect_declared(0, 0);
    }
}

impl Cmd {
    /// Runs once and returns its stdout (for checking what it found, not for timing).
    fn output(&self) -> String {
        let output = std::process::Command::new(&self.program)
            .args(&self.args)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run `{}`: {e}", self.label));
        assert!(
            output.status.success(),
            "`{}` failed: {}\n{}",
            self.label,
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }
}

/// A write of a declared object, not of the set's lock or record (sessions and KV), which the
/// bench does not send again: a replayed lock would name a session that is gone.
fn is_object_write(target: &str) -> bool {
    target.starts_with("/v1/agent/service/") || target.starts_with("/v1/query")
}

/// Sends `writes` one after the other on one connection, as they were recorded; the time
/// they took.
fn replay(http: &str, writes: &[Recorded]) -> Duration {
    let client = client();
    let started = Instant::now();
    for write in writes {
        let method = reqwest::Method::from_bytes(write.method.as_bytes()).expect("a method");
        let answer = client
            .request(method, format!("{http}{}", write.target))
            .body(write.body.clone())
            .send()
            .unwrap_or_else(|e| panic!("{} {}: {e}", write.method, write.target));
        assert!(
            answer.status().is_success(),
            "{} {}: {}",
            write.method,
            write.target,
            answer.status()
        );
        answer.bytes().expect("an answer");
    }
    started.elapsed()
}

/// The reads, one after the other from a client of the bench's own (a new one each round, so
/// its connection is made as consulctl's is): the median time of a round.
fn reads_alone(urls: &[String], options: &Options) -> Duration {
    let mut rounds = Vec::new();
    for round in 0..options.warmup + options.runs {
        let client = client();
        let started = Instant::now();
        for url in urls {
            let answer = client.get(url).send().expect("a read");
            assert!(answer.status().is_success(), "GET {url}");
            answer.bytes().expect("an answer");
        }
        if round >= options.warmup {
            rounds.push(started.elapsed());
        }
    }
    median(rounds)
}

/// "GET /v1/agent/services 1, …": the requests by method and target, in the order of the
/// targets.
fn by_endpoint(seen: &[Recorded]) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for request in seen {
        *counts
            .entry(format!("{} {}", request.method, request.target))
            .or_default() += 1;
    }
    counts
        .iter()
        .map(|(endpoint, n)| format!("`{endpoint}` {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One request as it passed the proxy.
#[derive(Clone)]
struct Recorded {
    method: String,
    /// The path and the query string.
    target: String,
    body: Vec<u8>,
}

/// A proxy on loopback in front of an agent that keeps every request passing through it, to
/// count them and to send the same writes again. The tests' counting proxy
/// (tests/support/proxy.rs) passes only requests without a body, and `apply`'s writes have one.
struct RecordingProxy {
    addr: String,
    seen: Arc<Mutex<Vec<Recorded>>>,
}

impl RecordingProxy {
    fn start(upstream: String) -> RecordingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port for the proxy");
        let addr = listener.local_addr().expect("the proxy's port").to_string();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let shared = Arc::clone(&seen);
        std::thread::spawn(move || {
            for downstream in listener.incoming().flatten() {
                let upstream = TcpStream::connect(&upstream).expect("the agent takes a connection");
                // Passed on as they come, not held back for more (Nagle's algorithm).
                let _ = upstream.set_nodelay(true);
                let _ = downstream.set_nodelay(true);
                let (mut answers, mut client) = (
                    upstream.try_clone().expect("a socket"),
                    downstream.try_clone().expect("a socket"),
                );
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut answers, &mut client);
                    let _ = client.shutdown(Shutdown::Write);
                });
                let seen = Arc::clone(&shared);
                std::thread::spawn(move || forward_requests(downstream, upstream, &seen));
            }
        });
        RecordingProxy { addr, seen }
    }

    /// The requests seen since the last call, in the order they came.
    fn take(&self) -> Vec<Recorded> {
        std::mem::take(&mut *self.seen.lock().expect("the proxy's record"))
    }
}

/// Passes each request of one connection on: its head, read up to the blank line, and the
/// body its Content-Length gives.
fn forward_requests(downstream: TcpStream, mut upstream: TcpStream, seen: &Mutex<Vec<Recorded>>) {
    let mut reader = BufReader::new(downstream);
    'requests: loop {
        let mut head = Vec::new();
        let mut request_line = None;
        let mut length = 0;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                break 'requests;
            }
            head.extend_from_slice(line.as_bytes());
            if line == "\r\n" {
                break;
            }
            if request_line.is_none() {
                request_line = Some(line.trim_end().to_string());
            } else if let Some((name, value)) = line.split_once(':') {
                assert!(
                    !name.eq_ignore_ascii_case("transfer-encoding"),
                    "the proxy passes only bodies of a given length, and a request came {}",
                    line.trim_end()
                );
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().expect("a Content-Length");
                }
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            break;
        }
        let request_line = request_line.unwrap_or_default();
        let mut words = request_line.split_whitespace();
        seen.lock().expect("the proxy's record").push(Recorded {
            method: words.next().unwrap_or("").to_string(),
            target: words.next().unwrap_or("").to_string(),
            body: body.clone(),
        });
        // One write a request: head and body apart would wait on Nagle's algorithm.
        head.extend_from_slice(&body);
        if upstream.write_all(&head).is_err() {
            break;
        }
    }
    let _ = upstream.shutdown(Shutdown::Write);
}
