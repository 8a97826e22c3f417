//! apply's lock on a set, on a real two-datacenter federation on loopback: two applies started
//! together take turns (the first slowed by a proxy that logs every request with its time), a
//! third refuses at once naming the first, another set is not blocked, and a holder killed
//! with SIGKILL frees its set once Consul ends its session and the lock delay has run.

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::Value;

use crate::support::agent::{eventually, http_client};
use crate::support::federation::{federate, Federation};
use crate::support::proxy::forward_each;
use crate::support::{stderr_of, stdout_of, unique};

fn federation() -> &'static Federation {
    static FEDERATION: OnceLock<Federation> = OnceLock::new();
    FEDERATION.get_or_init(|| federate("lock", ["127.0.0.45", "127.0.0.46"]))
}

/// One request as a proxy passed it on.
#[derive(Debug, Clone)]
struct Seen {
    at: Instant,
    /// Which proxy: which apply sent it.
    by: &'static str,
    method: String,
    /// Path and query.
    target: String,
}

impl Seen {
    fn is_read(&self) -> bool {
        self.method == "GET"
    }

    /// A write of a definition (a service, a check, a query), not of the lock or its session.
    fn writes_an_object(&self) -> bool {
        !self.is_read()
            && !self.target.starts_with("/v1/kv/")
            && !self.target.starts_with("/v1/session/")
    }
}

type Log = Arc<Mutex<Vec<Seen>>>;

/// A proxy on loopback that logs each request (method, path and query, when it was passed
/// on), bodies passed through by their Content-Length. `slow` holds each write of an object
/// that long before passing it on; with `hold`, the first such write is logged as `held` and
/// never passed on (its sender is to be killed meanwhile).
struct LogProxy {
    addr: String,
}

impl LogProxy {
    fn start(target: String, by: &'static str, log: &Log, slow: Duration, hold: bool) -> LogProxy {
        let log = Arc::clone(log);
        let addr = forward_each(target, move |method, target| {
            let mut seen = Seen {
                at: Instant::now(),
                by,
                method: method.to_string(),
                target: target.to_string(),
            };
            if seen.writes_an_object() {
                if hold {
                    let held = Seen {
                        method: "held".to_string(),
                        ..seen
                    };
                    log.lock().unwrap().push(held);
                    loop {
                        std::thread::park();
                    }
                }
                std::thread::sleep(slow);
                seen.at = Instant::now();
            }
            log.lock().unwrap().push(seen);
        });
        LogProxy { addr }
    }
}

/// consulctl as a process of its own, started at once, that a test may kill; killed when
/// dropped, should the test fail first.
struct Running(Option<Child>);

impl Running {
    fn pid(&self) -> u32 {
        self.0.as_ref().unwrap().id()
    }

    fn finish(mut self) -> Output {
        self.0.take().unwrap().wait_with_output().unwrap()
    }

    /// SIGKILL: no chance to let go of anything.
    fn kill(mut self) {
        let mut child = self.0.take().unwrap();
        child.kill().unwrap();
        child.wait().unwrap();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(child) = &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn consulctl(addr: &str, user: &str, args: &[&str], dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_consulctl"));
    cmd.env_clear()
        .env("CONSUL_HTTP_ADDR", addr)
        .env("USER", user)
        .args(args)
        .arg(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

fn start(addr: &str, user: &str, args: &[&str], dir: &Path) -> Running {
    Running(Some(consulctl(addr, user, args, dir).spawn().unwrap()))
}

fn run(addr: &str, user: &str, args: &[&str], dir: &Path) -> Output {
    consulctl(addr, user, args, dir).output().unwrap()
}

fn lock_path(set: &str) -> String {
    format!("/v1/kv/consulctl/sets/{set}/lock")
}

/// The lock's key in a datacenter's KV store: its value (the holder) and session, or `None`.
fn lock_entry(agent: &crate::support::Agent, set: &str) -> Option<(Value, Option<String>)> {
    let url = format!("http://{}{}", agent.addr(), lock_path(set));
    let response = http_client(Duration::from_secs(10))
        .get(&url)
        .send()
        .unwrap();
    if response.status() == 404 {
        return None;
    }
    let entries: Value = serde_json::from_slice(&response.bytes().unwrap()).unwrap();
    let entry = &entries[0];
    let value = base64::engine::general_purpose::STANDARD
        .decode(entry["Value"].as_str().unwrap_or(""))
        .unwrap();
    let session = entry["Session"].as_str().map(str::to_string);
    Some((
        serde_json::from_slice(&value).unwrap_or(Value::Null),
        session,
    ))
}

fn host_name() -> String {
    let mut buffer = [0u8; 256];
    // SAFETY: the buffer is valid for its whole length.
    assert_eq!(
        unsafe { libc::gethostname(buffer.as_mut_ptr().cast(), buffer.len()) },
        0
    );
    let end = buffer.iter().position(|&b| b == 0).unwrap();
    String::from_utf8_lossy(&buffer[..end]).into_owned()
}

/// What an apply refused at once says of the holder its lock's value names.
fn refusal(set: &str, holder: &Value, dir: &Path) -> String {
    format!(
        "error: set \"{set}\" is held by another apply: user {:?} on host {:?} (pid {}, since {}), applying {:?}; nothing was applied; to wait for it, add --lock-timeout 5m\n",
        holder["User"].as_str().unwrap(),
        holder["Host"].as_str().unwrap(),
        holder["PID"],
        holder["Since"].as_str().unwrap(),
        dir.display().to_string()
    )
}

/// Three services and a query for both datacenters: five writes of objects.
fn write_definitions(dir: &Path, name: &str) {
    std::fs::write(
        dir.join("defs.json"),
        serde_json::json!({
            "services": [{"name": format!("{name}-a")}, {"name": format!("{name}-b")},
                         {"name": format!("{name}-c")}],
            "query": {"Name": format!("{name}-q"), "Service": {"Service": format!("{name}-a")}}
        })
        .to_string(),
    )
    .unwrap();
}

fn wait_for(log: &Log, what: &str, found: impl Fn(&Seen) -> bool) {
    eventually(what, Duration::from_secs(30), || {
        if log.lock().unwrap().iter().any(&found) {
            Ok(())
        } else {
            Err(format!("{:?}", log.lock().unwrap()))
        }
    });
}

fn of(log: &Log, by: &str) -> Vec<Seen> {
    log.lock()
        .unwrap()
        .iter()
        .filter(|s| s.by == by)
        .cloned()
        .collect()
}

#[test]
fn two_applies_of_a_set_take_turns_and_a_third_is_refused_naming_the_first() {
    let fed = federation();
    let name = unique("lock");
    let set = name.as_str();
    let dir = tempfile::tempdir().unwrap();
    write_definitions(dir.path(), &name);
    let log: Log = Arc::default();
    let slow = LogProxy::start(
        fed.dc1.addr(),
        "first",
        &log,
        Duration::from_millis(600),
        false,
    );
    let fast = LogProxy::start(fed.dc1.addr(), "second", &log, Duration::ZERO, false);
    let third = LogProxy::start(fed.dc1.addr(), "third", &log, Duration::ZERO, false);
    let other = LogProxy::start(fed.dc1.addr(), "other", &log, Duration::ZERO, false);
    let all = ["apply", "--all-datacenters", "--set", set];

    // Started together, the second once the first holds the lock (it reads the plan again
    // under it), so that the one slowed is the one that goes first; the second waits as long
    // as it takes.
    let first = start(&slow.addr, "ci-first", &all, dir.path());
    eventually(
        "the first apply reads the plan again, holding the lock",
        Duration::from_secs(30),
        || {
            let reads = of(&log, "first")
                .iter()
                .filter(|s| s.target.starts_with("/v1/agent/services"))
                .count();
            if reads >= 2 {
                Ok(())
            } else {
                Err(format!("{:?}", log.lock().unwrap()))
            }
        },
    );
    let waiting = [&all[..], &["--lock-timeout", "2m"]].concat();
    let second = start(&fast.addr, "ci-second", &waiting, dir.path());

    // The key, in the agent's own datacenter only, names the first.
    let (holder, session) = lock_entry(&fed.dc1, set).expect("the lock's key");
    assert!(session.is_some(), "{holder}");
    assert_eq!(holder["Host"], host_name());
    assert_eq!(holder["User"], "ci-first");
    assert_eq!(holder["PID"], first.pid());
    assert_eq!(holder["Set"], set);
    assert_eq!(
        holder["Paths"],
        serde_json::json!([dir.path().display().to_string()])
    );
    assert_eq!(lock_entry(&fed.dc2, set), None, "no lock in dc2");

    // A third, without --lock-timeout, is refused at once, naming the first; it writes nothing.
    let refused = run(&third.addr, "ci-third", &all, dir.path());
    assert_eq!(refused.status.code(), Some(4), "{refused:?}");
    assert_eq!(stdout_of(&refused), "");
    assert_eq!(stderr_of(&refused), refusal(set, &holder, dir.path()));
    let sent = of(&log, "third");
    assert!(
        !sent.is_empty() && sent.iter().all(Seen::is_read),
        "{sent:?}"
    );

    // Another set is not held up by this one.
    let other_dir = tempfile::tempdir().unwrap();
    std::fs::write(
        other_dir.path().join("o.json"),
        serde_json::json!({"service": {"name": format!("{name}-other")}}).to_string(),
    )
    .unwrap();
    let output = run(
        &other.addr,
        "ci-other",
        &["apply", "--set", &format!("{name}-other")],
        other_dir.path(),
    );
    assert_eq!(
        (output.status.code(), stdout_of(&output), stderr_of(&output)),
        (
            Some(0),
            format!("+ service \"{name}-other\": created\nApplied: 1 created, 0 changed, 0 unchanged.\n"),
            String::new()
        )
    );

    let first = first.finish();
    assert_eq!(
        (first.status.code(), stderr_of(&first)),
        (Some(0), String::new()),
        "{}",
        stdout_of(&first)
    );
    assert!(
        stdout_of(&first).ends_with("Applied: 5 created, 0 changed, 0 unchanged.\n"),
        "{}",
        stdout_of(&first)
    );
    // The second waited, then found everything done: not one write of an object.
    let second = second.finish();
    assert_eq!(
        (second.status.code(), stdout_of(&second), stderr_of(&second)),
        (
            Some(0),
            "Applied: 0 created, 0 changed, 5 unchanged.\n".to_string(),
            String::new()
        )
    );

    // Never interleaved: the first's writes of objects span a time in which the second wrote
    // nothing at all, and the second took the lock only after the first had let go.
    let firsts = of(&log, "first");
    let objects: Vec<&Seen> = firsts.iter().filter(|s| s.writes_an_object()).collect();
    assert_eq!(objects.len(), 5, "{firsts:?}");
    let (began, ended) = (objects[0].at, objects[4].at);
    let seconds = of(&log, "second");
    let during: Vec<&Seen> = seconds
        .iter()
        .filter(|s| !s.is_read() && s.at >= began && s.at <= ended)
        .collect();
    assert_eq!(
        during.len(),
        0,
        "the second wrote while the first did: {during:?}"
    );
    assert!(seconds.iter().all(|s| !s.writes_an_object()), "{seconds:?}");
    let released = firsts
        .iter()
        .find(|s| {
            s.target
                .starts_with(&format!("{}?release=", lock_path(set)))
        })
        .expect("the first released the lock")
        .at;
    let taken = seconds
        .iter()
        .find(|s| {
            s.target
                .starts_with(&format!("{}?acquire=", lock_path(set)))
        })
        .expect("the second took the lock")
        .at;
    assert!(
        taken > released && released > ended,
        "{firsts:?}\n{seconds:?}"
    );
    // Released before its session ended, the lock had no lock delay: one acquire took it.
    let acquires = seconds
        .iter()
        .filter(|s| {
            s.target
                .starts_with(&format!("{}?acquire=", lock_path(set)))
        })
        .count();
    assert_eq!(acquires, 1, "{seconds:?}");
    // It waited with blocking reads of the key, not a poll.
    let reads = seconds
        .iter()
        .filter(|s| s.target.starts_with(&lock_path(set)) && s.is_read())
        .count();
    assert!(
        seconds.iter().any(|s| s.is_read()
            && s.target.starts_with(&lock_path(set))
            && s.target.contains("index=")),
        "{seconds:?}"
    );
    assert!(reads <= 4, "{reads} reads of the key: {seconds:?}");
    // Let go at the end: the key is free (its session gone), and no session is left.
    let (_, session) = lock_entry(&fed.dc1, set).expect("the key stays, free");
    assert_eq!(session, None);
}

#[test]
fn a_holder_killed_with_sigkill_frees_its_set_once_its_session_ends_and_the_lock_delay_runs() {
    let fed = federation();
    let name = unique("lock-kill");
    let set = name.as_str();
    let dir = tempfile::tempdir().unwrap();
    write_definitions(dir.path(), &name);
    let log: Log = Arc::default();
    let holding = LogProxy::start(fed.dc1.addr(), "killed", &log, Duration::ZERO, true);
    let next = LogProxy::start(fed.dc1.addr(), "next", &log, Duration::ZERO, false);
    let args = ["apply", "--set", set];

    let killed = start(&holding.addr, "ci-killed", &args, dir.path());
    let pid = killed.pid();
    wait_for(
        &log,
        "the first write reaches the proxy, which holds it",
        |s| s.by == "killed" && s.method == "held",
    );
    let (holder, _) = lock_entry(&fed.dc1, set).expect("the lock's key");
    assert_eq!(holder["PID"], pid);
    killed.kill();
    let killed_at = Instant::now();

    // The session outlives its holder: the set is still held, by the dead process.
    let refused = run(&fed.dc1.addr(), "ci-refused", &args, dir.path());
    assert_eq!(refused.status.code(), Some(4), "{refused:?}");
    assert_eq!(stderr_of(&refused), refusal(set, &holder, dir.path()));

    // A later apply that waits takes it once Consul ended the session and the lock delay ran.
    let waiting = [&args[..], &["--lock-timeout", "1m"]].concat();
    let output = run(&next.addr, "ci-next", &waiting, dir.path());
    let waited = killed_at.elapsed();
    assert_eq!(
        (output.status.code(), stderr_of(&output)),
        (Some(0), String::new()),
        "{}",
        stdout_of(&output)
    );
    assert!(
        stdout_of(&output).ends_with("Applied: 4 created, 0 changed, 0 unchanged.\n"),
        "{}",
        stdout_of(&output)
    );
    // Consul never ends a session before its TTL.
    assert!(waited >= Duration::from_secs(10), "{waited:?}");
    // Blocking reads while the session lived, then a try a second during the lock delay: a
    // handful of requests, not a poll.
    let reads = of(&log, "next")
        .iter()
        .filter(|s| s.is_read() && s.target.starts_with(&lock_path(set)))
        .count();
    assert!(reads <= 15, "{reads} reads of the key in {waited:?}");
}

/// Once the renewal learns that the session is gone (here destroyed by hand while apply
/// writes), apply sends no further write: the objects left are reported failed, saying why.
#[test]
fn an_apply_whose_session_is_gone_sends_no_further_write() {
    let fed = federation();
    let name = unique("lock-lost");
    let set = name.as_str();
    let dir = tempfile::tempdir().unwrap();
    write_definitions(dir.path(), &name);
    let log: Log = Arc::default();
    // Each write slowed so that a renewal or two fall between the session's end and the last
    // write, whatever the renewals' phase.
    let slow = LogProxy::start(
        fed.dc1.addr(),
        "lost",
        &log,
        Duration::from_millis(2500),
        false,
    );

    let apply = start(&slow.addr, "ci-lost", &["apply", "--set", set], dir.path());
    wait_for(&log, "the first write of an object", |s| {
        s.writes_an_object()
    });
    let (_, session) = lock_entry(&fed.dc1, set).expect("the lock's key");
    fed.dc1.put(
        &format!("/v1/session/destroy/{}", session.expect("held")),
        None,
    );
    let output = apply.finish();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let text = stdout_of(&output);
    let created: Vec<&str> = text.lines().filter(|l| l.ends_with(": created")).collect();
    let not_sent = format!(
        ": failed: not sent: apply lost the lock of set \"{set}\" (Consul answered that its session is gone), so another apply may be writing; run apply again to finish"
    );
    let failed: Vec<&str> = text.lines().filter(|l| l.ends_with(&not_sent)).collect();
    assert!(!created.is_empty() && !failed.is_empty(), "{text}");
    assert_eq!(created.len() + failed.len(), 4, "{text}");
    let written = of(&log, "lost")
        .iter()
        .filter(|s| s.writes_an_object())
        .count();
    assert_eq!(written, created.len(), "{text}");
    let services = fed.dc1.services();
    for line in failed.iter().filter(|l| l.starts_with("! service ")) {
        let id = line.split('"').nth(1).unwrap();
        assert!(services.get(id).is_none(), "{id} was written: {text}");
    }
    assert!(
        stderr_of(&output).starts_with(&format!("error: {} of 4 objects failed (", failed.len())),
        "{}",
        stderr_of(&output)
    );
}

/// What the README says the lock needs, on an agent with ACLs (default deny): `session:write`
/// on the agent's node and `key:write` on the set's keys, beside the objects' own rights.
/// Without either, apply fails before it writes an object.
#[test]
fn the_lock_needs_session_write_on_the_node_and_key_write_on_the_sets_keys() {
    use crate::support::acl::{acl_agent, as_master, token_with_rules};
    let agent = acl_agent();
    let name = unique("lock-acl");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("s.json"),
        serde_json::json!({"service": {"name": name}}).to_string(),
    )
    .unwrap();
    // The record of what the set created is named after the agent's node, read with agent:read.
    let objects = format!(
        "service_prefix \"{name}\" {{ policy = \"write\" }}\nagent \"{}\" {{ policy = \"read\" }}\n",
        agent.options.node
    );
    let keys = format!("key_prefix \"consulctl/sets/{name}/\" {{ policy = \"write\" }}\n");
    let session = format!(
        "session \"{}\" {{ policy = \"write\" }}\n",
        agent.options.node
    );
    let apply = |rules: String| {
        let token = token_with_rules(&rules);
        crate::support::consulctl_at(&agent.addr())
            .env("CONSUL_HTTP_TOKEN", token)
            .args(["apply", "--set", &name])
            .arg(dir.path())
            .output()
            .unwrap()
    };
    let registered = || {
        as_master(reqwest::Method::GET, "/v1/agent/services", Value::Null)
            .get(&name)
            .is_some()
    };

    for (rules, refused) in [
        (
            format!("{objects}{keys}"),
            format!("error: creating a session for the lock of set \"{name}\": "),
        ),
        (
            format!("{objects}{session}"),
            format!("error: taking the lock of set \"{name}\": "),
        ),
    ] {
        let output = apply(rules);
        let err = crate::support::fails(&output, 1);
        assert!(err.starts_with(&refused), "{err}");
        assert!(err.contains("Permission denied"), "{err}");
        assert!(!registered(), "nothing is written without the lock");
    }
    let output = apply(format!("{objects}{keys}{session}"));
    assert_eq!(
        crate::support::ok(&output),
        format!("+ service \"{name}\": created\nApplied: 1 created, 0 changed, 0 unchanged.\n")
    );
    assert!(registered());
}
