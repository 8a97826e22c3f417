//! `service wait`, `check wait`, `check list --all-nodes` and `--watch`, on a two-node cluster of
//! real agents (a dev server and a client joined to it, each on a loopback address of its own),
//! and the requests they send while nothing changes, counted by a proxy in the test; and waits
//! that ride out their agent, or a client agent's server, being killed and restarted.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::agent::{eventually, table_rows, AgentOptions};
use crate::support::proxy::CountingProxy;
use crate::support::{consulctl_at, fails, json_of, ok, unique, Agent};

/// A dev server and a client agent that joined it: two nodes in one datacenter.
struct Cluster {
    server: Agent,
    client: Agent,
}

fn cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(|| {
        let mut server_options = AgentOptions::dev(&unique("wait-server"));
        server_options.ip = "127.0.0.61".to_string();
        let server = Agent::start(server_options);
        let mut client_options = AgentOptions::client(&unique("wait-client"), "127.0.0.62");
        client_options.join = Some(server.serf_lan_addr());
        let client = Agent::start(client_options);
        eventually(
            "the client's node is in the catalog",
            Duration::from_secs(30),
            || {
                let nodes = server.get("/v1/catalog/nodes");
                match nodes.as_array() {
                    Some(list) if list.len() == 2 => Ok(()),
                    _ => Err(nodes.to_string()),
                }
            },
        );
        Cluster { server, client }
    })
}

/// Registers an instance of `name` on `agent` with a TTL check that starts `status`.
fn register(agent: &Agent, id: &str, name: &str, status: &str) {
    agent.put(
        "/v1/agent/service/register",
        Some(json!({"ID": id, "Name": name, "Port": 8080,
                    "Check": {"TTL": "10m", "Status": status}})),
    );
}

fn ttl(agent: &Agent, id: &str, state: &str, note: &str) {
    agent.put(
        &format!("/v1/agent/check/{state}/service:{id}?note={note}"),
        None,
    );
}

/// The catalog (as the server answers) lists `count` instances of `name`.
fn in_catalog(cluster: &Cluster, name: &str, count: usize) {
    eventually(
        "the catalog holds the instances",
        Duration::from_secs(10),
        || {
            let list = cluster.server.get(&format!("/v1/health/service/{name}"));
            match list.as_array() {
                Some(l) if l.len() == count => Ok(()),
                _ => Err(list.to_string()),
            }
        },
    );
}

/// consulctl started in the background, its output collected.
fn spawn(addr: &str, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_consulctl"))
        .env_clear()
        .env("CONSUL_HTTP_ADDR", addr)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("consulctl starts")
}

/// Waits for the background consulctl to end (at most `limit`), noting when it did.
fn finish(child: Child, limit: Duration) -> (std::process::Output, Instant) {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let output = child.wait_with_output();
        let _ = sender.send((output, Instant::now()));
    });
    let (output, ended) = receiver
        .recv_timeout(limit)
        .expect("consulctl ended in time");
    (output.expect("its output"), ended)
}

#[test]
fn a_wait_returns_once_instances_on_both_nodes_pass() {
    let c = cluster();
    let name = unique("gate");
    let (a, b) = (format!("{name}-a"), format!("{name}-b"));
    register(&c.server, &a, &name, "critical");
    register(&c.client, &b, &name, "critical");
    in_catalog(c, &name, 2);

    let wait = spawn(
        &c.server.addr(),
        &[
            "service",
            "wait",
            &name,
            "--min",
            "2",
            "--timeout",
            "30s",
            "-o",
            "addrs",
        ],
    );
    std::thread::sleep(Duration::from_secs(2));
    ttl(&c.server, &a, "pass", "up");
    ttl(&c.client, &b, "pass", "up");
    let last_passed = Instant::now();
    let (output, ended) = finish(wait, Duration::from_secs(30));
    // One instance on each node, each at its node's address.
    let mut addrs: Vec<String> = ok(&output).lines().map(String::from).collect();
    addrs.sort();
    assert_eq!(addrs, ["127.0.0.61:8080", "127.0.0.62:8080"]);
    // The behavioural bound: the wait reacts to the change, it does not poll for it.
    let reaction = ended.saturating_duration_since(last_passed);
    assert!(
        reaction < Duration::from_secs(1),
        "the wait ended {reaction:?} after the last instance passed"
    );
}

#[test]
fn a_wait_prints_addresses_and_json_as_consul_sent_them() {
    let c = cluster();
    let name = unique("ready");
    register(&c.client, &format!("{name}-1"), &name, "passing");
    in_catalog(c, &name, 1);
    let addrs = ok(&consulctl_at(&c.server.addr())
        .args(["service", "wait", &name, "-o", "addrs", "--timeout", "10s"])
        .output()
        .unwrap());
    assert_eq!(addrs, "127.0.0.62:8080\n");
    let listed = json_of(
        &consulctl_at(&c.server.addr())
            .args(["service", "wait", &name, "-o", "json", "--timeout", "10s"])
            .output()
            .unwrap(),
    );
    let direct = c.server.get(&format!("/v1/health/service/{name}"));
    assert_eq!(listed, direct);
}

#[test]
fn a_wait_that_times_out_names_the_unhealthy_instance_and_its_check() {
    let c = cluster();
    let name = unique("broken");
    let id = format!("{name}-1");
    // A status change reaches the catalog at once, its output with it (an output alone waits
    // for the agent's next sync, minutes later).
    register(&c.client, &id, &name, "passing");
    ttl(&c.client, &id, "fail", "disk%20full");
    eventually(
        "the catalog has the failure",
        Duration::from_secs(10),
        || {
            let checks = c.server.get(&format!("/v1/health/checks/{name}"));
            match checks[0]["Output"].as_str() {
                Some("disk full") => Ok(()),
                _ => Err(checks.to_string()),
            }
        },
    );
    let output = consulctl_at(&c.server.addr())
        .args(["service", "wait", &name, "--timeout", "1s"])
        .output()
        .unwrap();
    let message = fails(&output, 4);
    assert!(
        message.starts_with(&format!(
            "error: timed out after 1s waiting for 1 healthy instance of \"{name}\""
        )),
        "{message}"
    );
    assert!(
        message.contains(&format!("{id} on {}", c.client.options.node)),
        "{message}"
    );
    assert!(
        message.contains(&format!("check \"service:{id}\"")) && message.contains("disk full"),
        "{message}"
    );
}

#[test]
fn a_wait_for_absence_returns_once_the_service_drained() {
    let c = cluster();
    let name = unique("drain");
    let (a, b) = (format!("{name}-a"), format!("{name}-b"));
    register(&c.server, &a, &name, "passing");
    register(&c.client, &b, &name, "passing");
    in_catalog(c, &name, 2);
    let healthy_none = spawn(
        &c.server.addr(),
        &["service", "wait", &name, "--max", "0", "--timeout", "30s"],
    );
    let absent = spawn(
        &c.server.addr(),
        &["service", "wait", &name, "--absent", "--timeout", "30s"],
    );
    std::thread::sleep(Duration::from_millis(500));
    ttl(&c.server, &a, "fail", "stopping");
    ttl(&c.client, &b, "fail", "stopping");
    let (output, _) = finish(healthy_none, Duration::from_secs(30));
    assert_eq!(ok(&output), format!("No healthy instance of \"{name}\".\n"));
    // Failing is not gone: the absence wait goes on until both are deregistered.
    for (agent, id) in [(&c.server, &a), (&c.client, &b)] {
        agent.put(&format!("/v1/agent/service/deregister/{id}"), None);
    }
    let (output, _) = finish(absent, Duration::from_secs(30));
    assert_eq!(
        ok(&output),
        format!("No instance of \"{name}\" is registered.\n")
    );
}

#[test]
fn a_check_wait_sees_its_ttl_check_pass() {
    let c = cluster();
    let name = unique("own");
    let id = format!("{name}-1");
    register(&c.client, &id, &name, "critical");
    let check = format!("service:{id}");
    let wait = spawn(
        &c.client.addr(),
        &["check", "wait", &check, "--timeout", "30s", "-o", "json"],
    );
    std::thread::sleep(Duration::from_millis(500));
    ttl(&c.client, &id, "pass", "ready");
    let (output, _) = finish(wait, Duration::from_secs(30));
    let shown = json_of(&output);
    assert_eq!(shown["Status"], "passing");
    assert_eq!(shown["Output"], "ready");

    let output = consulctl_at(&c.client.addr())
        .args([
            "check",
            "wait",
            &check,
            "--status",
            "critical",
            "--timeout",
            "1s",
        ])
        .output()
        .unwrap();
    assert_eq!(
        fails(&output, 4),
        format!(
            "error: timed out after 1s waiting for check \"{check}\" to be critical: it is passing: ready\n"
        )
    );
}

#[test]
fn an_idle_wait_of_ten_seconds_sends_at_most_two_requests() {
    let c = cluster();
    let name = unique("idle");
    register(&c.client, &format!("{name}-1"), &name, "critical");
    in_catalog(c, &name, 1);
    let proxy = CountingProxy::start(c.server.addr());
    let output = consulctl_at(&proxy.addr)
        .args(["service", "wait", &name, "--timeout", "10s"])
        .output()
        .unwrap();
    fails(&output, 4);
    let counts = proxy.counts();
    let path = format!("/v1/health/service/{name}");
    assert!(
        (1..=2).contains(&counts[&path]) && counts.len() == 1,
        "{counts:?}"
    );
}

/// The lines a background consulctl prints, as they come.
fn lines_of(child: &mut Child) -> std::sync::mpsc::Receiver<String> {
    let stdout = child.stdout.take().expect("stdout is piped");
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    receiver
}

/// The first line `lines` gives that `wanted` accepts, within `limit`.
fn line_where(
    lines: &std::sync::mpsc::Receiver<String>,
    limit: Duration,
    wanted: impl Fn(&str) -> bool,
) -> String {
    let deadline = Instant::now() + limit;
    let mut seen = Vec::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match lines.recv_timeout(left) {
            Ok(line) if wanted(&line) => return line,
            Ok(line) => seen.push(line),
            Err(_) => break,
        }
    }
    panic!("no such line within {limit:?}; seen: {seen:#?}")
}

/// Ctrl-C, as a user ends a watch; returns how it exited.
fn interrupt(mut child: Child) -> std::process::ExitStatus {
    // SAFETY: kill(2) with a plain pid and signal.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    child.wait().expect("consulctl ends")
}

#[test]
fn a_datacenter_watch_sees_a_ttl_check_expire() {
    let c = cluster();
    // A service's check, not the node's: a critical node check would make every instance on
    // the node unhealthy, in the other tests too.
    let service = unique("lease");
    c.client.put(
        "/v1/agent/service/register",
        Some(json!({"ID": service, "Name": service,
                    "Check": {"TTL": "2s", "Status": "passing"}})),
    );
    let check = format!("service:{service}");
    let mut watch = spawn(
        &c.server.addr(),
        &["check", "list", "--all-nodes", "--watch", "-o", "json"],
    );
    let lines = lines_of(&mut watch);
    // The current state first: Consul's answer, with the check in it.
    let first = line_where(&lines, Duration::from_secs(10), |_| true);
    let listed: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["CheckID"] == check),
        "{first}"
    );
    let event = line_where(&lines, Duration::from_secs(15), |l| l.contains(&check));
    let event: serde_json::Value = serde_json::from_str(&event).unwrap();
    assert_eq!(event["Node"], c.client.options.node.as_str());
    assert_eq!(event["CheckID"], check.as_str());
    assert_eq!(event["Before"]["Status"], "passing");
    assert_eq!(event["After"]["Status"], "critical");
    assert_eq!(event["After"]["Output"], "TTL expired");
    assert_eq!(interrupt(watch).code(), Some(0));
}

#[test]
fn an_agent_watch_prints_a_line_per_change_and_runs_its_handler() {
    let c = cluster();
    let service = unique("beat");
    register(&c.client, &service, &service, "critical");
    let check = format!("service:{service}");
    let dir = tempfile::tempdir().unwrap();
    let events = dir.path().join("events");
    let handler = format!("cat >> {}", events.display());
    let mut watch = spawn(
        &c.client.addr(),
        &["check", "list", "--watch", "--", "sh", "-c", &handler],
    );
    let lines = lines_of(&mut watch);
    line_where(&lines, Duration::from_secs(10), |l| l.starts_with(&check));
    ttl_check(&c.client, &check, "pass", "fine");
    let line = line_where(&lines, Duration::from_secs(10), |l| l.contains(" -> "));
    let words: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(
        words[1..],
        [
            c.client.options.node.as_str(),
            check.as_str(),
            "critical",
            "->",
            "passing",
            "fine"
        ],
        "{line}"
    );
    assert!(words[0].ends_with('Z'), "{line}");
    // One event a line; other tests change checks on this agent too.
    let event = eventually("the handler got the event", Duration::from_secs(10), || {
        let text = std::fs::read_to_string(&events).map_err(|e| e.to_string())?;
        let line = text
            .lines()
            .find(|l| l.contains(&check) && l.contains("fine"))
            .ok_or_else(|| text.clone())?;
        serde_json::from_str::<serde_json::Value>(line).map_err(|e| format!("{e}: {line}"))
    });
    assert_eq!(event["CheckID"], check.as_str());
    assert_eq!(event["After"]["Output"], "fine");
    assert_eq!(interrupt(watch).code(), Some(0));
}

fn ttl_check(agent: &Agent, check: &str, state: &str, note: &str) {
    agent.put(
        &format!("/v1/agent/check/{state}/{check}?note={note}"),
        None,
    );
}

#[test]
fn all_nodes_lists_the_checks_of_both_nodes() {
    let c = cluster();
    let output = consulctl_at(&c.client.addr())
        .args(["check", "list", "--all-nodes", "--state", "passing"])
        .output()
        .unwrap();
    let table = ok(&output);
    let rows = table_rows(&table);
    for node in [&c.server.options.node, &c.client.options.node] {
        assert!(
            rows.iter()
                .any(|r| &r["Node"] == node && r["ID"] == "serfHealth" && r["Status"] == "passing"),
            "{table}"
        );
    }
    // -o json is Consul's answer as it came (of a service no other test changes).
    let service = unique("still");
    register(&c.server, &format!("{service}-1"), &service, "passing");
    register(&c.client, &format!("{service}-2"), &service, "passing");
    in_catalog(c, &service, 2);
    let node = &c.server.options.node;
    let output = consulctl_at(&c.client.addr())
        .args([
            "check",
            "list",
            "--all-nodes",
            "--service",
            &service,
            "--node",
            node,
        ])
        .args(["-o", "json"])
        .output()
        .unwrap();
    let direct = c.client.get(&format!(
        "/v1/health/checks/{service}?filter=Node%20%3D%3D%20%22{node}%22"
    ));
    assert_eq!(direct.as_array().map(Vec::len), Some(1), "{direct}");
    assert_eq!(json_of(&output), direct);
}

#[test]
fn a_watch_exits_3_when_its_agent_goes_away() {
    let mut options = AgentOptions::dev(&unique("gone"));
    options.ip = "127.0.0.63".to_string();
    let agent = Agent::start(options);
    let mut watch = spawn(
        &agent.addr(),
        &["--retry", "1", "check", "list", "--all-nodes", "--watch"],
    );
    let lines = lines_of(&mut watch);
    line_where(&lines, Duration::from_secs(10), |l| {
        l.contains("serfHealth")
    });
    agent.kill();
    let mut stderr = String::new();
    watch
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = watch.wait().unwrap();
    assert_eq!(status.code(), Some(3), "{stderr}");
    assert!(
        stderr.starts_with("error: listing the datacenter's checks: "),
        "{stderr}"
    );
    assert!(stderr.contains("after 2 attempts"), "{stderr}");
}

#[test]
fn a_wait_rides_out_its_agent_restarting() {
    let service = unique("phoenix");
    let mut options = AgentOptions::dev(&unique("phoenix-node"));
    options.ip = "127.0.0.64".to_string();
    // In the agent's configuration, so that the restarted agent has it again.
    options.config = Some(
        json!({"services": [{"id": service, "name": service, "port": 8080,
                             "check": {"ttl": "10m"}}]})
        .to_string(),
    );
    let agent = Agent::start(options.clone());
    let ports = agent.ports;
    let wait = spawn(
        &agent.addr(),
        &[
            "-v",
            "service",
            "wait",
            &service,
            "--timeout",
            "1m",
            "-o",
            "addrs",
        ],
    );
    std::thread::sleep(Duration::from_secs(1));
    // The blocking read under way is cut, then nothing listens until the agent is back (with
    // an index that starts over).
    agent.kill();
    std::thread::sleep(Duration::from_secs(1));
    let agent = Agent::start_on(options, ports);
    ttl(&agent, &service, "pass", "back");
    let (output, _) = finish(wait, Duration::from_secs(60));
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "127.0.0.64:8080\n");
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("! attempt 1 failed (") && l.contains("riding it out")),
        "{stderr}"
    );
}

#[test]
fn a_wait_on_a_client_agent_rides_out_its_server_going_away() {
    // A server that keeps its state (not -dev), so that restarted it rejoins the client.
    let data = tempfile::tempdir().unwrap();
    let mut server_options = AgentOptions::client(&unique("lost-server"), "127.0.0.65");
    server_options.hcl = vec!["server = true".into(), "bootstrap_expect = 1".into()];
    server_options.wait_for_leader = true;
    server_options.data_dir = Some(data.path().to_path_buf());
    let server = Agent::start(server_options.clone());
    let server_ports = server.ports;
    let mut client_options = AgentOptions::client(&unique("lost-client"), "127.0.0.66");
    client_options.join = Some(server.serf_lan_addr());
    client_options.wait_for_leader = true;
    let client = Agent::start(client_options);
    let service = unique("orphan");
    register(&client, &service, &service, "critical");
    eventually(
        "the catalog has the instance",
        Duration::from_secs(30),
        || {
            let list = server.get(&format!("/v1/health/service/{service}"));
            match list.as_array() {
                Some(l) if l.len() == 1 => Ok(()),
                _ => Err(list.to_string()),
            }
        },
    );
    let wait = spawn(
        &client.addr(),
        &[
            "-v",
            "service",
            "wait",
            &service,
            "--timeout",
            "2m",
            "-o",
            "addrs",
        ],
    );
    std::thread::sleep(Duration::from_secs(1));
    // The client's read under way ends with "rpc error making call: EOF", the next ones with
    // the client unable to reach a server, then without a leader, until the server is back.
    server.kill();
    std::thread::sleep(Duration::from_secs(1));
    let _server = Agent::start_on(server_options, server_ports);
    eventually(
        "the client reaches a leader again",
        Duration::from_secs(60),
        || {
            let leader = client.get("/v1/status/leader");
            match leader.as_str() {
                Some(l) if !l.is_empty() => Ok(()),
                _ => Err(leader.to_string()),
            }
        },
    );
    ttl(&client, &service, "pass", "back");
    let (output, _) = finish(wait, Duration::from_secs(120));
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "127.0.0.66:8080\n");
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("! attempt 1 failed (500: rpc error")
                && l.contains("riding it out")),
        "{stderr}"
    );
}

#[test]
fn an_idle_watch_of_ten_seconds_sends_at_most_two_requests() {
    let c = cluster();
    let proxy = CountingProxy::start(c.server.addr());
    let service = unique("quiet");
    register(&c.server, &format!("{service}-1"), &service, "passing");
    in_catalog(c, &service, 1);
    let mut watch = spawn(
        &proxy.addr,
        &[
            "check",
            "list",
            "--all-nodes",
            "--service",
            &service,
            "--watch",
        ],
    );
    let lines = lines_of(&mut watch);
    line_where(&lines, Duration::from_secs(10), |l| l.contains(&service));
    std::thread::sleep(Duration::from_secs(10));
    assert_eq!(interrupt(watch).code(), Some(0));
    let counts = proxy.counts();
    let path = format!("/v1/health/checks/{service}");
    assert!(
        counts.len() == 1 && (1..=2).contains(&counts[&path]),
        "{counts:?}"
    );
}

#[test]
fn a_query_waits_by_polling_until_an_instance_is_healthy() {
    let c = cluster();
    let service = unique("polled");
    let id = format!("{service}-1");
    register(&c.client, &id, &service, "critical");
    in_catalog(c, &service, 1);
    let query = unique("polled-q");
    ok(&consulctl_at(&c.server.addr())
        .args(["query", "create", "--name", &query, "--service", &service])
        .output()
        .unwrap());
    let output = consulctl_at(&c.server.addr())
        .args([
            "query",
            "execute",
            &query,
            "--wait-min",
            "1",
            "--timeout",
            "1s",
        ])
        .output()
        .unwrap();
    assert_eq!(
        fails(&output, 4),
        format!(
            "error: timed out after 1s waiting for 1 healthy instance with a usable port from query \"{query}\": it found 0 of \"{service}\" (datacenter dc1 answered, no failover)\n"
        )
    );
    let wait = spawn(
        &c.server.addr(),
        &[
            "query",
            "execute",
            &query,
            "--wait-min",
            "1",
            "--timeout",
            "30s",
            "-o",
            "addrs",
        ],
    );
    std::thread::sleep(Duration::from_millis(500));
    ttl(&c.client, &id, "pass", "up");
    let (output, _) = finish(wait, Duration::from_secs(30));
    assert_eq!(ok(&output), "127.0.0.62:8080\n");
}

#[test]
fn a_query_wait_blocks_on_the_health_of_its_service_and_executes_again_when_it_moves() {
    let c = cluster();
    let service = unique("blocked");
    let id = format!("{service}-1");
    register(&c.client, &id, &service, "critical");
    in_catalog(c, &service, 1);
    let query = unique("blocked-q");
    ok(&consulctl_at(&c.server.addr())
        .args(["query", "create", "--name", &query, "--service", &service])
        .output()
        .unwrap());
    let proxy = CountingProxy::start(c.server.addr());
    let wait = spawn(
        &proxy.addr,
        &[
            "query",
            "execute",
            &query,
            "--wait-min",
            "1",
            "--timeout",
            "30s",
            "-o",
            "addrs",
        ],
    );
    // Past the first poll of a second, before the second one.
    std::thread::sleep(Duration::from_millis(1500));
    ttl(&c.client, &id, "pass", "up");
    let (output, _) = finish(wait, Duration::from_secs(30));
    assert_eq!(ok(&output), "127.0.0.62:8080\n");
    let counts = proxy.counts();
    // The health of the service in the answering datacenter was waited on: the read that
    // gives the index, and at least one that blocked on it.
    let health = format!("/v1/health/service/{service}");
    assert!(counts.get(&health).is_some_and(|&n| n >= 2), "{counts:?}");
    assert!(
        counts
            .keys()
            .all(|path| path == &health || path.ends_with("/execute")),
        "{counts:?}"
    );
}

#[test]
fn query_and_service_watches_see_instances_come_and_go() {
    let c = cluster();
    let service = unique("comes");
    let id = format!("{service}-1");
    let query = unique("comes-q");
    ok(&consulctl_at(&c.server.addr())
        .args(["query", "create", "--name", &query, "--service", &service])
        .output()
        .unwrap());
    let mut queried = spawn(
        &c.server.addr(),
        &["query", "execute", &query, "--watch", "-o", "json"],
    );
    let mut listed = spawn(&c.client.addr(), &["service", "list", "--watch"]);
    let (query_lines, list_lines) = (lines_of(&mut queried), lines_of(&mut listed));
    line_where(&query_lines, Duration::from_secs(10), |l| {
        l.contains("\"Nodes\"")
    });
    line_where(&list_lines, Duration::from_secs(10), |l| {
        l.starts_with("ID")
    });
    register(&c.client, &id, &service, "passing");

    let line = line_where(&list_lines, Duration::from_secs(10), |l| l.contains(&id));
    let words: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(
        words[1..],
        [
            c.client.options.node.as_str(),
            &id,
            "absent",
            "->",
            "registered",
            "port",
            "8080"
        ],
        "{line}"
    );
    let event = line_where(&query_lines, Duration::from_secs(10), |l| l.contains(&id));
    let event: serde_json::Value = serde_json::from_str(&event).unwrap();
    assert_eq!(event["ServiceID"], id.as_str());
    assert!(event["Before"].is_null(), "{event}");
    assert_eq!(event["After"]["Service"]["ID"], id.as_str());

    ttl(&c.client, &id, "fail", "down");
    let event = line_where(&query_lines, Duration::from_secs(10), |l| l.contains(&id));
    let event: serde_json::Value = serde_json::from_str(&event).unwrap();
    assert!(event["After"].is_null(), "{event}");
    assert_eq!(interrupt(queried).code(), Some(0));
    assert_eq!(interrupt(listed).code(), Some(0));
}

#[test]
fn a_handler_that_overruns_its_timeout_is_killed_and_the_watch_goes_on() {
    let c = cluster();
    let service = unique("slow");
    register(&c.server, &service, &service, "critical");
    let check = format!("service:{service}");
    let mut watch = spawn(
        &c.server.addr(),
        &[
            "check",
            "list",
            "--watch",
            "--handler-timeout",
            "300ms",
            "--",
            "sleep",
            "30",
        ],
    );
    let lines = lines_of(&mut watch);
    let stderr = watch.stderr.take().unwrap();
    let (sender, warnings) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = sender.send(line);
        }
    });
    line_where(&lines, Duration::from_secs(10), |l| l.starts_with(&check));
    ttl(&c.server, &service, "pass", "one");
    line_where(&lines, Duration::from_secs(10), |l| {
        l.contains(&check) && l.contains("-> passing")
    });
    let warning = warnings
        .recv_timeout(Duration::from_secs(10))
        .expect("a warning about the handler");
    assert_eq!(
        warning,
        "warning: handler sleep ran longer than --handler-timeout 300ms and was killed"
    );
    // The watch went on: the next change is seen too.
    ttl(&c.server, &service, "fail", "two");
    line_where(&lines, Duration::from_secs(10), |l| {
        l.contains(&check) && l.contains("-> critical")
    });
    assert_eq!(interrupt(watch).code(), Some(0));
}

/// Ctrl-C while a handler runs ends the watch with 0 and reaches the handler too, for the
/// second handler as for the first: each runs in a group of its own (no terminal here), so it
/// would outlive the watch if the signal were not passed on.
#[test]
fn ctrl_c_during_a_later_handler_ends_the_watch_and_the_handler() {
    let c = cluster();
    let service = unique("handled");
    register(&c.server, &service, &service, "critical");
    let check = format!("service:{service}");
    let dir = tempfile::tempdir().unwrap();
    // The first run notes its pid and ends; the second notes its pid and sleeps.
    let script = format!(
        "d={}; n=$(ls \"$d\" | wc -l); cat >/dev/null; echo $$ > \"$d/$n\"; [ \"$n\" -ge 1 ] && exec sleep 30; exit 0",
        dir.path().display()
    );
    let mut watch = spawn(
        &c.server.addr(),
        &["check", "list", "--watch", "--", "sh", "-c", &script],
    );
    let lines = lines_of(&mut watch);
    line_where(&lines, Duration::from_secs(10), |l| l.starts_with(&check));
    ttl(&c.server, &service, "pass", "one");
    eventually("the first handler ran", Duration::from_secs(10), || {
        std::fs::read_to_string(dir.path().join("0")).map_err(|e| e.to_string())
    });
    ttl(&c.server, &service, "fail", "two");
    let sleeper: libc::pid_t =
        eventually("the second handler runs", Duration::from_secs(10), || {
            let text = std::fs::read_to_string(dir.path().join("1")).map_err(|e| e.to_string())?;
            text.trim().parse().map_err(|e| format!("{e}: {text:?}"))
        });
    assert_eq!(interrupt(watch).code(), Some(0));
    eventually(
        "the handler ended with the watch",
        Duration::from_secs(10),
        || {
            // Gone, or a zombie that no one has reaped yet: either way it no longer runs.
            let stat = std::fs::read_to_string(format!("/proc/{sleeper}/stat")).unwrap_or_default();
            let state = stat
                .rsplit(')')
                .next()
                .and_then(|rest| rest.split_whitespace().next());
            if matches!(state, Some(s) if s != "Z" && s != "X") {
                Err(format!("pid {sleeper} still runs"))
            } else {
                Ok(())
            }
        },
    );
}
