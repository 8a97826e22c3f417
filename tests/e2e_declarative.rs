//! `plan` and `apply` against a real two-datacenter federation on loopback, with a proxy in
//! front of dc1's agent that counts every request by method and path: plan writes nothing,
//! apply creates services (JSON and HCL), checks and queries in both datacenters, a second
//! apply writes nothing, a changed tag is planned and applied and its service's passing TTL
//! check stays passing, and bad input is refused with nothing sent.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::Value;

use crate::support::federation::{federate, Federation};
use crate::support::proxy::forward_each;
use crate::support::{consulctl_at, fails, json_of, ok, stdout_of, unique, Agent};

pub(crate) fn federation() -> &'static Federation {
    static FEDERATION: OnceLock<Federation> = OnceLock::new();
    FEDERATION.get_or_init(|| federate("decl", ["127.0.0.41", "127.0.0.42"]))
}

/// A proxy on loopback that counts requests by `METHOD /path`, bodies included (it reads each
/// request's head and its Content-Length body before passing it on).
pub(crate) struct RequestCounter {
    pub(crate) addr: String,
    counts: Arc<Mutex<BTreeMap<String, usize>>>,
}

impl RequestCounter {
    pub(crate) fn start(target: String) -> RequestCounter {
        let counts = Arc::new(Mutex::new(BTreeMap::new()));
        let shared = Arc::clone(&counts);
        let addr = forward_each(target, move |method, target| {
            let path = target.split('?').next().unwrap_or("");
            *shared
                .lock()
                .unwrap()
                .entry(format!("{method} {path}"))
                .or_insert(0) += 1;
        });
        RequestCounter { addr, counts }
    }

    /// The counts so far, emptied.
    pub(crate) fn take(&self) -> BTreeMap<String, usize> {
        std::mem::take(&mut *self.counts.lock().unwrap())
    }
}

/// The requests that are not reads; the session apply's lock is taken with is named SESSION,
/// as its ID changes from one apply to the next.
pub(crate) fn writes(counts: &BTreeMap<String, usize>) -> BTreeMap<String, usize> {
    let mut found = BTreeMap::new();
    for (request, n) in counts.iter().filter(|(r, _)| !r.starts_with("GET ")) {
        let request = match request.strip_prefix("PUT /v1/session/destroy/") {
            Some(_) => "PUT /v1/session/destroy/SESSION".to_string(),
            None => request.clone(),
        };
        *found.entry(request).or_insert(0) += n;
    }
    found
}

/// What an apply of the default set writes for its lock and nothing else: a session, the
/// key acquired and released, the session ended.
pub(crate) fn lock_only() -> BTreeMap<String, usize> {
    lock_of("default")
}

/// What an apply of `set` writes for its lock.
pub(crate) fn lock_of(set: &str) -> BTreeMap<String, usize> {
    BTreeMap::from([
        ("PUT /v1/session/create".to_string(), 1),
        (format!("PUT /v1/kv/consulctl/sets/{set}/lock"), 2),
        ("PUT /v1/session/destroy/SESSION".to_string(), 1),
    ])
}

pub(crate) fn run(proxy: &RequestCounter, args: &[&str], dir: &Path) -> std::process::Output {
    consulctl_at(&proxy.addr)
        .args(args)
        .arg(dir)
        .output()
        .unwrap()
}

pub(crate) fn query_names(agent: &Agent) -> Vec<String> {
    let mut names: Vec<String> = agent
        .get("/v1/query")
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["Name"].as_str().map(str::to_string))
        .collect();
    names.sort();
    names
}

pub(crate) fn stored_query(agent: &Agent, name: &str) -> Value {
    agent
        .get("/v1/query")
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["Name"] == name)
        .cloned()
        .unwrap_or_else(|| panic!("no query {name}"))
}

fn write_web(dir: &Path, name: &str, tag: &str) {
    std::fs::write(
        dir.join("web.json"),
        serde_json::json!({
            "service": {"name": format!("{name}-web"), "port": 8080, "tags": [tag],
                        "check": {"id": format!("{name}-web-ttl"), "ttl": "1h"}},
            "checks": [{"id": format!("{name}-disk"), "name": "disk", "ttl": "1h"}]
        })
        .to_string(),
    )
    .unwrap();
}

fn write_queries(dir: &Path, name: &str, only_passing: bool) {
    std::fs::write(
        dir.join("queries.json"),
        serde_json::json!({"queries": [
            {"Name": format!("{name}-q"),
             "Service": {"Service": format!("{name}-web"), "OnlyPassing": only_passing}},
            {"Name": format!("{name}-q2"), "datacenters": ["dc2"],
             "Service": {"Service": format!("{name}-api")}}
        ]})
        .to_string(),
    )
    .unwrap();
}

#[test]
fn plan_writes_nothing_apply_makes_it_so_and_again_writes_nothing() {
    let fed = federation();
    let proxy = RequestCounter::start(fed.dc1.addr());
    let name = unique("decl");
    let dir = tempfile::tempdir().unwrap();
    write_web(dir.path(), &name, "v1");
    std::fs::write(
        dir.path().join("api.hcl"),
        format!("service {{\n  name = \"{name}-api\"\n  port = 9090\n}}\n"),
    )
    .unwrap();
    write_queries(dir.path(), &name, true);
    let all = ["--all-datacenters"];

    // The plan: every object to create, nothing written, each listing read once.
    let output = run(&proxy, &["plan", all[0], "--exit-code"], dir.path());
    assert_eq!(output.status.code(), Some(5), "{output:?}");
    assert_eq!(
        stdout_of(&output),
        format!(
            "+ service \"{name}-api\": create\n+ service \"{name}-web\": create\n+ check \"{name}-disk\": create\n+ query \"{name}-q\" in \"dc1\": create\n+ query \"{name}-q\" in \"dc2\": create\n+ query \"{name}-q2\" in \"dc2\": create\nPlan: 6 to create, 0 to change, 0 unchanged.\n"
        )
    );
    let counts = proxy.take();
    assert_eq!(writes(&counts), BTreeMap::new());
    assert_eq!(counts["GET /v1/agent/services"], 1, "{counts:?}");
    assert_eq!(counts["GET /v1/agent/checks"], 1, "{counts:?}");
    assert_eq!(
        counts["GET /v1/query"], 2,
        "one list per datacenter: {counts:?}"
    );
    assert!(query_names(&fed.dc1).iter().all(|n| !n.starts_with(&name)));

    // Without --exit-code a plan that could be made exits 0.
    ok(&run(&proxy, &["plan", all[0]], dir.path()));
    proxy.take();

    // The apply: one write per object, in both datacenters.
    let output = run(&proxy, &["apply", all[0]], dir.path());
    assert_eq!(
        ok(&output),
        format!(
            "+ service \"{name}-api\": created\n+ service \"{name}-web\": created\n+ check \"{name}-disk\": created\n+ query \"{name}-q\" in \"dc1\": created\n+ query \"{name}-q\" in \"dc2\": created\n+ query \"{name}-q2\" in \"dc2\": created\nApplied: 6 created, 0 changed, 0 unchanged.\n"
        )
    );
    let counts = writes(&proxy.take());
    assert_eq!(counts["PUT /v1/agent/service/register"], 2, "{counts:?}");
    assert_eq!(counts["PUT /v1/agent/check/register"], 1, "{counts:?}");
    assert_eq!(counts["POST /v1/query"], 3, "{counts:?}");
    let services = fed.dc1.services();
    assert_eq!(
        services[format!("{name}-web")]["Tags"],
        serde_json::json!(["v1"])
    );
    assert_eq!(services[format!("{name}-api")]["Port"], 9090);
    let checks = fed.dc1.checks();
    assert_eq!(
        checks[format!("{name}-web-ttl")]["ServiceID"],
        format!("{name}-web")
    );
    assert_eq!(checks[format!("{name}-disk")]["Name"], "disk");
    let ours = |names: Vec<String>| -> Vec<String> {
        names.into_iter().filter(|n| n.starts_with(&name)).collect()
    };
    assert_eq!(ours(query_names(&fed.dc1)), [format!("{name}-q")]);
    assert_eq!(
        ours(query_names(&fed.dc2)),
        [format!("{name}-q"), format!("{name}-q2")]
    );

    // Again: in sync, and not one write, not even the lock's (an apply with nothing to write
    // takes none).
    let output = run(&proxy, &["apply", all[0]], dir.path());
    assert_eq!(ok(&output), "Applied: 0 created, 0 changed, 6 unchanged.\n");
    assert_eq!(writes(&proxy.take()), BTreeMap::new());
    let output = run(&proxy, &["plan", all[0], "--exit-code"], dir.path());
    assert_eq!(
        ok(&output),
        "Plan: 0 to create, 0 to change, 6 unchanged.\n"
    );
    proxy.take();

    // A field the files do not mention, set by hand, is neither drift nor lost.
    ok(&consulctl_at(&fed.dc1.addr())
        .args(["query", "update", &format!("{name}-q"), "--dns-ttl", "7s"])
        .output()
        .unwrap());
    ok(&run(&proxy, &["plan", all[0], "--exit-code"], dir.path()));

    // A changed tag: planned, applied with one write, and the passing check stays passing.
    fed.dc1
        .put(&format!("/v1/agent/check/pass/{name}-web-ttl"), None);
    write_web(dir.path(), &name, "v2");
    write_queries(dir.path(), &name, false);
    proxy.take();
    let output = run(&proxy, &["plan", all[0], "--exit-code"], dir.path());
    assert_eq!(output.status.code(), Some(5), "{output:?}");
    assert_eq!(
        stdout_of(&output),
        format!(
            "~ service \"{name}-web\": change\n    Tags: [\"v1\"] -> [\"v2\"]\n~ query \"{name}-q\" in \"dc1\": change\n    Service.OnlyPassing: true -> false\n~ query \"{name}-q\" in \"dc2\": change\n    Service.OnlyPassing: true -> false\nPlan: 0 to create, 3 to change, 3 unchanged.\n"
        )
    );
    let plan = json_of(&run(&proxy, &["plan", all[0], "-o", "json"], dir.path()));
    assert_eq!(plan["Change"], 3);
    assert_eq!(plan["Unchanged"], 3);
    let web = plan["Objects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["ID"] == format!("{name}-web"))
        .unwrap()
        .clone();
    assert_eq!(
        web,
        serde_json::json!({"Kind": "service", "ID": format!("{name}-web"), "Datacenter": null,
            "Action": "change",
            "Changes": [{"Field": "Tags", "Before": ["v1"], "After": ["v2"]}]})
    );
    assert_eq!(writes(&proxy.take()), BTreeMap::new());
    let output = run(&proxy, &["apply", all[0]], dir.path());
    assert!(
        ok(&output).ends_with("Applied: 0 created, 3 changed, 3 unchanged.\n"),
        "{output:?}"
    );
    let counts = writes(&proxy.take());
    assert_eq!(
        counts,
        BTreeMap::from_iter(lock_only().into_iter().chain([
            ("PUT /v1/agent/service/register".to_string(), 1),
            (
                format!(
                    "PUT /v1/query/{}",
                    stored_query(&fed.dc1, &format!("{name}-q"))["ID"]
                        .as_str()
                        .unwrap()
                ),
                1
            ),
            (
                format!(
                    "PUT /v1/query/{}",
                    stored_query(&fed.dc2, &format!("{name}-q"))["ID"]
                        .as_str()
                        .unwrap()
                ),
                1
            ),
        ]))
    );
    assert_eq!(
        fed.dc1.services()[format!("{name}-web")]["Tags"],
        serde_json::json!(["v2"])
    );
    assert_eq!(
        fed.dc1.checks()[format!("{name}-web-ttl")]["Status"],
        "passing"
    );
    let q = stored_query(&fed.dc1, &format!("{name}-q"));
    assert_eq!(q["Service"]["OnlyPassing"], false);
    assert_eq!(q["DNS"]["TTL"], "7s", "kept: {q}");
    assert_eq!(
        stored_query(&fed.dc2, &format!("{name}-q"))["Service"]["OnlyPassing"],
        false
    );
    ok(&run(&proxy, &["plan", all[0], "--exit-code"], dir.path()));
}

#[test]
fn queries_go_to_the_agents_datacenter_or_the_one_named() {
    let fed = federation();
    let proxy = RequestCounter::start(fed.dc1.addr());
    let name = unique("decl-dc");
    let dir = tempfile::tempdir().unwrap();
    write_queries(dir.path(), &name, true);
    let output = run(&proxy, &["plan"], dir.path());
    assert_eq!(
        ok(&output),
        format!("+ query \"{name}-q\" in \"dc1\": create\nPlan: 1 to create, 0 to change, 0 unchanged.\n")
    );
    // A set of its own: the tests here share the agent, and an apply of a set another test's
    // apply holds would be refused.
    let output = run(
        &proxy,
        &["apply", "--datacenter", "dc2", "--set", &name],
        dir.path(),
    );
    assert_eq!(
        ok(&output),
        format!("+ query \"{name}-q\" in \"dc2\": created\n+ query \"{name}-q2\" in \"dc2\": created\nApplied: 2 created, 0 changed, 0 unchanged.\n")
    );
    assert!(query_names(&fed.dc1).iter().all(|n| !n.starts_with(&name)));
    let err = fails(
        &run(
            &proxy,
            &["plan", "--all-datacenters", "--datacenter", "dc2"],
            dir.path(),
        ),
        2,
    );
    assert!(err.contains("--all-datacenters and --datacenter"), "{err}");
}

#[test]
fn bad_input_is_refused_naming_the_file_and_nothing_is_sent() {
    let fed = federation();
    let proxy = RequestCounter::start(fed.dc1.addr());
    let cases: [(&[(&str, &str)], &str); 10] = [
        (
            &[("a.hcl", "service {\n  name =\n}\n")],
            "a.hcl is not valid HCL at line ",
        ),
        (
            &[("a.json", r#"{"services": [{"name": "x"},]}"#)],
            "a.json is not valid JSON: ",
        ),
        (
            &[("a.json", r#"{"servcies": [{"name": "x"}]}"#)],
            r#"a.json: unknown top-level key "servcies""#,
        ),
        (
            &[("a.json", r#"{"services": [{"port": 80}]}"#)],
            r#"a.json: services[0]: the service has no "Name""#,
        ),
        (
            &[
                ("a.json", r#"{"service": {"name": "x"}}"#),
                ("b.hcl", "service {\n  name = \"x\"\n}\n"),
            ],
            r#"b.hcl: service: the service ID "x" is declared twice (also in "#,
        ),
        (
            &[
                (
                    "a.json",
                    r#"{"check": {"id": "c", "ttl": "1m", "name": "c"}}"#,
                ),
                (
                    "b.json",
                    r#"{"checks": [{"id": "c", "name": "d", "ttl": "1m"}]}"#,
                ),
            ],
            r#"b.json: checks[0]: the check ID "c" is declared twice (also in "#,
        ),
        (
            &[
                (
                    "a.json",
                    r#"{"query": {"Name": "q", "Service": {"Service": "s"}}}"#,
                ),
                (
                    "b.json",
                    r#"{"query": {"Name": "Q", "Service": {"Service": "s"}}}"#,
                ),
            ],
            r#"b.json: query: the query name "Q" is declared twice (also in "#,
        ),
        (
            &[(
                "a.json",
                r#"{"query": {"Name": "q", "Service": {"Service": "s", "Failover": {"NearestN": 2, "Targets": [{"Peer": "p"}]}}}}"#,
            )],
            "a.json: query: failover targets",
        ),
        (
            &[("a.json", r#"{"service": {"name": "x", "id": "a/../b"}}"#)],
            r#"a.json: service: the service's "id" "a/../b""#,
        ),
        (
            &[("README.md", "# notes")],
            "holds no definitions (no *.json or *.hcl file)",
        ),
    ];
    for (files, said) in cases {
        let dir = tempfile::tempdir().unwrap();
        for (file, text) in files {
            std::fs::write(dir.path().join(file), text).unwrap();
        }
        for command in ["plan", "apply"] {
            let err = fails(&run(&proxy, &[command, "--all-datacenters"], dir.path()), 2);
            assert!(
                err.contains(said),
                "{command} {files:?}: {err}\nwanted: {said}"
            );
            assert!(err.contains(&dir.path().display().to_string()), "{err}");
            assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        }
        assert_eq!(proxy.take(), BTreeMap::new(), "{files:?}: nothing is sent");
    }
}

/// Checks without an ID get the agent's own IDs (`service:ID`, `service:ID:N`), so a second
/// plan finds them; a service the agent refuses fails alone, named, and the rest is applied.
#[test]
fn unnamed_checks_settle_and_a_refused_service_fails_alone() {
    let fed = federation();
    let proxy = RequestCounter::start(fed.dc1.addr());
    let name = unique("decl-ids");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.hcl"),
        format!(
            "service {{\n  name = \"{name}-one\"\n  check {{\n    ttl = \"1h\"\n  }}\n}}\nservice {{\n  name = \"{name}-two\"\n  check {{\n    ttl = \"1h\"\n  }}\n  checks = [{{ ttl = \"1h\" }}, {{ ttl = \"2h\" }}]\n}}\n"
        ),
    )
    .unwrap();
    // A set of its own, as the tests here share the agent.
    ok(&run(&proxy, &["apply", "--set", &name], dir.path()));
    let checks = fed.dc1.checks();
    for id in [
        format!("service:{name}-one"),
        format!("service:{name}-two:1"),
        format!("service:{name}-two:2"),
        format!("service:{name}-two:3"),
    ] {
        assert!(checks.get(&id).is_some(), "{id}: {checks}");
    }
    proxy.take();
    assert_eq!(
        ok(&run(&proxy, &["plan", "--exit-code"], dir.path())),
        "Plan: 0 to create, 0 to change, 2 unchanged.\n"
    );

    std::fs::write(
        dir.path().join("b.json"),
        serde_json::json!({"services": [
            {"name": format!("{name}-bad"), "check": {"ttl": "soon"}},
            {"name": format!("{name}-good")}
        ]})
        .to_string(),
    )
    .unwrap();
    let output = run(&proxy, &["apply", "--set", &name], dir.path());
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let text = stdout_of(&output);
    assert!(
        text.contains(&format!("! service \"{name}-bad\": failed: ")),
        "{text}"
    );
    assert!(
        text.ends_with("Applied: 1 created, 0 changed, 2 unchanged, 1 failed.\n"),
        "{text}"
    );
    let err = crate::support::stderr_of(&output);
    assert!(
        err.starts_with(&format!(
            "error: 1 of 4 objects failed (service \"{name}-bad\"); 1 other change went through"
        )),
        "{err}"
    );
    let services = fed.dc1.services();
    assert!(services.get(format!("{name}-good")).is_some());
    assert!(services.get(format!("{name}-bad")).is_none());
}

/// `service register --file`, `check register --file`, `query create --file` and `query apply
/// --file` read a file ending in .hcl as HCL, as the agent reads consul.d.
#[test]
fn the_file_options_read_hcl() {
    let fed = federation();
    let name = unique("decl-hcl");
    let dir = tempfile::tempdir().unwrap();
    let file = |file: &str, text: String| {
        let path = dir.path().join(file);
        std::fs::write(&path, text).unwrap();
        path
    };
    let at = |args: &[&str], path: &Path| {
        ok(&consulctl_at(&fed.dc1.addr())
            .args(args)
            .arg(path)
            .output()
            .unwrap())
    };
    let service = file(
        "web.hcl",
        format!("service {{\n  name = \"{name}\"\n  tags = [\"hcl\"]\n  check {{\n    id  = \"{name}-ttl\"\n    ttl = \"1h\"\n  }}\n}}\n"),
    );
    at(&["service", "register", "--file"], &service);
    assert_eq!(
        fed.dc1.services()[&name]["Tags"],
        serde_json::json!(["hcl"])
    );
    assert_eq!(
        fed.dc1.checks()[format!("{name}-ttl")]["ServiceID"],
        name.as_str()
    );
    let check = file(
        "check.hcl",
        format!("check {{\n  id   = \"{name}-disk\"\n  name = \"disk\"\n  ttl  = \"1h\"\n}}\n"),
    );
    // A TTL check of the node: its register warns (the cron trap), which is not what this reads.
    at(&["-q", "check", "register", "--file"], &check);
    assert_eq!(fed.dc1.checks()[format!("{name}-disk")]["Name"], "disk");
    let query = file(
        "q.hcl",
        format!("Name = \"{name}\"\nService {{\n  Service = \"{name}\"\n}}\n"),
    );
    at(&["query", "create", "--file"], &query);
    assert_eq!(
        stored_query(&fed.dc1, &name)["Service"]["Service"],
        name.as_str()
    );
    let changed = file(
        "q.hcl",
        format!(
            "Name = \"{name}\"\nService {{\n  Service = \"{name}\"\n  OnlyPassing = true\n}}\n"
        ),
    );
    at(&["query", "apply", "--file"], &changed);
    assert_eq!(
        stored_query(&fed.dc1, &name)["Service"]["OnlyPassing"],
        true
    );

    let broken = file("broken.hcl", "service {\n  name = \n}\n".to_string());
    let err = fails(
        &consulctl_at(&fed.dc1.addr())
            .args(["service", "register", "--file"])
            .arg(&broken)
            .output()
            .unwrap(),
        2,
    );
    assert!(
        err.contains("broken.hcl is not valid HCL at line "),
        "{err}"
    );
}

#[test]
fn each_datacenter_given_is_planned_once_in_order() {
    let fed = federation();
    let proxy = RequestCounter::start(fed.dc1.addr());
    let name = unique("decl-dcs");
    let dir = tempfile::tempdir().unwrap();
    write_queries(dir.path(), &name, true);
    let both = format!(
        "+ query \"{name}-q\" in \"dc1\": create\n+ query \"{name}-q\" in \"dc2\": create\n+ query \"{name}-q2\" in \"dc2\": create\nPlan: 3 to create, 0 to change, 0 unchanged.\n"
    );
    let output = run(
        &proxy,
        &["plan", "--datacenter", "dc1", "--datacenter", "dc2"],
        dir.path(),
    );
    assert_eq!(ok(&output), both);
    let counts = proxy.take();
    assert_eq!(
        counts["GET /v1/query"], 2,
        "one list per datacenter: {counts:?}"
    );
    assert_eq!(writes(&counts), BTreeMap::new());
    // Before and after the command's name, and a datacenter given twice, read once.
    let output = consulctl_at(&proxy.addr)
        .args(["--dc", "dc1", "plan", "--dc", "dc2", "--dc", "dc1"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(ok(&output), both);
    assert_eq!(proxy.take()["GET /v1/query"], 2);
    let err = fails(
        &run(
            &proxy,
            &[
                "plan",
                "--all-datacenters",
                "--datacenter",
                "dc1",
                "--dc",
                "dc2",
            ],
            dir.path(),
        ),
        2,
    );
    assert!(err.contains("--all-datacenters and --datacenter"), "{err}");
    assert!(query_names(&fed.dc1).iter().all(|n| !n.starts_with(&name)));
    assert!(query_names(&fed.dc2).iter().all(|n| !n.starts_with(&name)));
}
