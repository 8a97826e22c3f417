//! `plan --prune` and `apply --prune` on the real two-datacenter federation of
//! `e2e_declarative`, through its counting proxy: what a set created and the files dropped is
//! deleted in both datacenters, and nothing else (a service, check and query registered by
//! hand, a service changed by the set but not created by it, another set's objects); the set's
//! record is written only when it changes; plan writes nothing; a set never applied prunes
//! nothing and says so; on a terminal apply asks before deleting.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{json, Value};

use crate::e2e_declarative::{
    federation, lock_of, query_names, run, stored_query, writes, RequestCounter,
};
use crate::support::{consulctl_at, fails, json_of, ok, stderr_of, stdout_of, unique, Agent};

fn write(dir: &Path, file: &str, value: Value) {
    std::fs::write(dir.join(file), value.to_string()).unwrap();
}

/// The set's files: services `web` (with a TTL check) and each of `extra`, a check `disk`,
/// queries `q` and each of `extra` (`N-q` for an extra service N) in every datacenter.
fn write_set(dir: &Path, name: &str, extra: &[&str]) {
    let mut services = vec![json!({"name": format!("{name}-web"),
        "check": {"id": format!("{name}-web-ttl"), "ttl": "1h"}})];
    let mut queries = vec![json!({"Name": format!("{name}-q"),
        "Service": {"Service": format!("{name}-web")}})];
    for service in extra {
        services.push(json!({"name": format!("{name}-{service}"), "tags": ["set"]}));
        queries.push(json!({"Name": format!("{name}-{service}-q"),
            "Service": {"Service": format!("{name}-{service}")}}));
    }
    write(
        dir,
        "set.json",
        json!({"services": services,
               "checks": [{"id": format!("{name}-disk"), "name": "disk", "ttl": "1h"}],
               "queries": queries}),
    );
}

fn has_query(agent: &Agent, name: &str) -> bool {
    query_names(agent).iter().any(|n| n == name)
}

fn create_query(agent: &Agent, name: &str, dc: &str) {
    ok(&consulctl_at(&agent.addr())
        .args(["-q", "query", "create", "--name", name, "--service", name])
        .args(["--datacenter", dc])
        .output()
        .unwrap());
}

/// What the record keeps of a check apply sent: SHA-256, in hex, of its normalised fields.
fn digest_of(normalised: &str) -> String {
    use sha2::Digest;
    format!("{:x}", sha2::Sha256::digest(normalised.as_bytes()))
}

/// The digest of a check whose one field beside its ID and name is `"ttl": "1h"`.
fn ttl_1h() -> String {
    digest_of(r#"{"ttl":3600000000000}"#)
}

/// The set's record at `key` in `agent`'s datacenter, as it is stored.
fn record(agent: &Agent, key: &str) -> Value {
    agent.get(&format!("/v1/kv/{key}?raw"))
}

#[test]
fn prune_deletes_what_the_set_created_and_dropped_in_both_datacenters_and_nothing_else() {
    let fed = federation();
    let proxy = RequestCounter::start(fed.dc1.addr());
    let name = unique("prune");
    let set = format!("{name}-set");
    let other_set = format!("{name}-other");
    let dir = tempfile::tempdir().unwrap();
    let other_dir = tempfile::tempdir().unwrap();

    // What is not the set's: registered by hand (one service the set will declare and change
    // too), and another set's.
    fed.dc1.put(
        "/v1/agent/service/register",
        Some(json!({"Name": format!("{name}-hand")})),
    );
    fed.dc1.put(
        "/v1/agent/service/register",
        Some(json!({"Name": format!("{name}-adopted"), "Tags": ["hand"]})),
    );
    fed.dc1.put(
        "/v1/agent/check/register",
        Some(json!({"ID": format!("{name}-hand-check"), "Name": "hand", "TTL": "1h"})),
    );
    for dc in ["dc1", "dc2"] {
        create_query(&fed.dc1, &format!("{name}-hand-q"), dc);
    }
    write(
        other_dir.path(),
        "other.json",
        json!({"service": {"name": format!("{name}-theirs")},
               "query": {"Name": format!("{name}-theirs-q"),
                         "Service": {"Service": format!("{name}-theirs")}}}),
    );
    let all = "--all-datacenters";
    ok(&run(
        &proxy,
        &["apply", all, "--set", &other_set],
        other_dir.path(),
    ));

    // The set creates web, old, disk and the queries, and changes the hand-made "adopted".
    write_set(dir.path(), &name, &["old", "adopted"]);
    proxy.take();
    let output = run(&proxy, &["apply", all, "--set", &set], dir.path());
    assert!(
        ok(&output).ends_with("Applied: 9 created, 1 changed, 0 unchanged.\n"),
        "{output:?}"
    );
    let counts = writes(&proxy.take());
    let agent_key = format!("consulctl/sets/{set}/agents/decl-dc1");
    let queries_key = format!("consulctl/sets/{set}/queries");
    assert_eq!(counts[&format!("PUT /v1/kv/{agent_key}")], 1, "{counts:?}");
    assert_eq!(
        counts[&format!("PUT /v1/kv/{queries_key}")],
        2,
        "one record per datacenter: {counts:?}"
    );
    assert_eq!(
        record(&fed.dc1, &agent_key),
        json!({"Format": 1, "Services": [format!("{name}-old"), format!("{name}-web")],
               "Checks": [format!("{name}-disk")],
               // What was sent for the checks it registered, kept apart from what it created.
               "Sent": {"Checks": {format!("{name}-disk"): ttl_1h()},
                        "Services": {format!("{name}-web"): {format!("{name}-web-ttl"): ttl_1h()}}}})
    );
    for agent in [&fed.dc1, &fed.dc2] {
        let recorded = record(agent, &queries_key);
        let names: Vec<&str> = recorded["Queries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["Name"].as_str().unwrap())
            .collect();
        // Created by the set: "adopted-q" and "old-q" too, unlike the service "adopted".
        assert_eq!(
            names,
            [
                format!("{name}-adopted-q"),
                format!("{name}-old-q"),
                format!("{name}-q")
            ]
        );
        let id = &recorded["Queries"][1]["ID"];
        assert_eq!(&stored_query(agent, &format!("{name}-old-q"))["ID"], id);
    }

    // Again, with --prune: nothing to delete, not one write, the records untouched.
    let output = run(
        &proxy,
        &["apply", all, "--set", &set, "--prune"],
        dir.path(),
    );
    assert_eq!(
        ok(&output),
        "Applied: 0 created, 0 changed, 10 unchanged.\n"
    );
    assert_eq!(stderr_of(&output), "");
    assert_eq!(writes(&proxy.take()), BTreeMap::new());

    // Dropped from the files: "old" and its query, and "adopted" and its query.
    write_set(dir.path(), &name, &[]);
    let old_ids: Vec<String> = [&fed.dc1, &fed.dc2]
        .iter()
        .map(|agent| {
            stored_query(agent, &format!("{name}-old-q"))["ID"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let adopted_ids: Vec<String> = [&fed.dc1, &fed.dc2]
        .iter()
        .map(|agent| {
            stored_query(agent, &format!("{name}-adopted-q"))["ID"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let planned = format!(
        "- service \"{name}-old\": delete\n- query \"{name}-adopted-q\" in \"dc1\": delete\n- query \"{name}-old-q\" in \"dc1\": delete\n- query \"{name}-adopted-q\" in \"dc2\": delete\n- query \"{name}-old-q\" in \"dc2\": delete\n"
    );

    // The plan shows the deletes, counts them as pending, and writes nothing.
    let output = run(
        &proxy,
        &["plan", all, "--set", &set, "--prune", "--exit-code"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(5), "{output:?}");
    assert_eq!(
        stdout_of(&output),
        format!("{planned}Plan: 0 to create, 0 to change, 5 to delete, 4 unchanged.\n")
    );
    // Each record and each listing is read once.
    let counts = proxy.take();
    assert_eq!(writes(&counts), BTreeMap::new());
    assert_eq!(counts[&format!("GET /v1/kv/{agent_key}")], 1, "{counts:?}");
    assert_eq!(
        counts[&format!("GET /v1/kv/{queries_key}")],
        2,
        "{counts:?}"
    );
    assert_eq!(counts["GET /v1/agent/services"], 1, "{counts:?}");
    assert_eq!(counts["GET /v1/agent/checks"], 1, "{counts:?}");
    assert_eq!(counts["GET /v1/query"], 2, "{counts:?}");
    let plan = json_of(&run(
        &proxy,
        &["plan", all, "--set", &set, "--prune", "-o", "json"],
        dir.path(),
    ));
    assert_eq!(plan["Delete"], 5);
    assert_eq!(plan["Unchanged"], 4);
    assert!(
        plan["Objects"].as_array().unwrap().contains(&json!({
            "Kind": "service", "ID": format!("{name}-old"), "Datacenter": null,
            "Action": "delete", "Changes": []})),
        "{plan}"
    );
    assert_eq!(writes(&proxy.take()), BTreeMap::new());
    // Without --prune nothing is to be deleted.
    assert_eq!(
        ok(&run(
            &proxy,
            &["plan", all, "--set", &set, "--exit-code"],
            dir.path()
        )),
        "Plan: 0 to create, 0 to change, 4 unchanged.\n"
    );

    // The apply (no terminal here: it does not ask) deletes them, and writes each record once.
    let output = run(
        &proxy,
        &["apply", all, "--set", &set, "--prune"],
        dir.path(),
    );
    assert_eq!(
        ok(&output),
        format!(
            "{}Applied: 0 created, 0 changed, 5 deleted, 4 unchanged.\n",
            planned.replace(": delete\n", ": deleted\n")
        )
    );
    let mut expected = lock_of(&set);
    expected.extend([
        (format!("PUT /v1/agent/service/deregister/{name}-old"), 1),
        (format!("PUT /v1/kv/{agent_key}"), 1),
        (format!("PUT /v1/kv/{queries_key}"), 2),
    ]);
    for id in old_ids.iter().chain(&adopted_ids) {
        expected.insert(format!("DELETE /v1/query/{id}"), 1);
    }
    assert_eq!(writes(&proxy.take()), expected);

    let services = fed.dc1.services();
    assert!(services.get(format!("{name}-old")).is_none());
    for kept in ["web", "hand", "adopted", "theirs"] {
        assert!(services.get(format!("{name}-{kept}")).is_some(), "{kept}");
    }
    assert_eq!(services[format!("{name}-adopted")]["Tags"], json!(["set"]));
    let checks = fed.dc1.checks();
    for kept in ["disk", "web-ttl", "hand-check"] {
        assert!(checks.get(format!("{name}-{kept}")).is_some(), "{kept}");
    }
    for agent in [&fed.dc1, &fed.dc2] {
        assert!(!has_query(agent, &format!("{name}-old-q")));
        assert!(!has_query(agent, &format!("{name}-adopted-q")));
        for kept in ["q", "hand-q", "theirs-q"] {
            assert!(has_query(agent, &format!("{name}-{kept}")), "{kept}");
        }
    }
    assert_eq!(
        record(&fed.dc1, &agent_key),
        json!({"Format": 1, "Services": [format!("{name}-web")],
               "Checks": [format!("{name}-disk")],
               "Sent": {"Checks": {format!("{name}-disk"): ttl_1h()},
                        "Services": {format!("{name}-web"): {format!("{name}-web-ttl"): ttl_1h()}}}})
    );

    // Once more: in sync, no write, the records not rewritten.
    let output = run(
        &proxy,
        &["apply", all, "--set", &set, "--prune"],
        dir.path(),
    );
    assert_eq!(ok(&output), "Applied: 0 created, 0 changed, 4 unchanged.\n");
    assert_eq!(writes(&proxy.take()), BTreeMap::new());
    // The other set still holds its own.
    assert_eq!(
        ok(&run(
            &proxy,
            &["plan", all, "--set", &other_set, "--prune", "--exit-code"],
            other_dir.path()
        )),
        "Plan: 0 to create, 0 to change, 3 unchanged.\n"
    );
}

#[test]
fn a_set_never_applied_prunes_nothing_and_says_so() {
    let fed = federation();
    let proxy = RequestCounter::start(fed.dc1.addr());
    let name = unique("prune-new");
    let dir = tempfile::tempdir().unwrap();
    fed.dc1.put(
        "/v1/agent/service/register",
        Some(json!({"Name": format!("{name}-hand")})),
    );
    write(
        dir.path(),
        "q.json",
        json!({"query": {"Name": format!("{name}-q"), "Service": {"Service": "x"}}}),
    );
    let set = ["--set", &name, "--prune"];
    let said = format!(
        "note: set \"{name}\" has no record here (it was never applied, or everything it created is gone): --prune deletes nothing\n"
    );
    let output = run(&proxy, &[&["plan"][..], &set].concat(), dir.path());
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(
        stdout_of(&output),
        format!("+ query \"{name}-q\" in \"dc1\": create\nPlan: 1 to create, 0 to change, 0 unchanged.\n")
    );
    assert_eq!(stderr_of(&output), said);
    let counts = proxy.take();
    assert_eq!(writes(&counts), BTreeMap::new());
    // The agent's settings (its datacenter, and its node name, which names the record) are
    // read once.
    assert_eq!(counts.get("GET /v1/agent/self"), Some(&1), "{counts:?}");
    let output = run(&proxy, &[&["apply"][..], &set].concat(), dir.path());
    assert_eq!(stderr_of(&output), said);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(
        stdout_of(&output),
        format!("+ query \"{name}-q\" in \"dc1\": created\nApplied: 1 created, 0 changed, 0 unchanged.\n")
    );
    let counts = writes(&proxy.take());
    assert_eq!(
        counts,
        BTreeMap::from_iter(lock_of(&name).into_iter().chain([
            ("POST /v1/query".to_string(), 1),
            (format!("PUT /v1/kv/consulctl/sets/{name}/queries"), 1),
        ]))
    );
    assert!(fed.dc1.services().get(format!("{name}-hand")).is_some());
    // -q keeps the note back, as every note.
    let output = run(&proxy, &[&["-q", "plan"][..], &set].concat(), dir.path());
    assert_eq!(ok(&output), "");
    assert_eq!(stderr_of(&output), "");
    proxy.take();
    // A name that cannot be a KV key segment is bad input, refused before anything is sent.
    let err = fails(
        &run(&proxy, &["plan", "--prune", "--set", "a/b"], dir.path()),
        2,
    );
    assert!(err.contains("a/b"), "{err}");
    assert_eq!(proxy.take(), BTreeMap::new());
}

/// consulctl on a pseudo-terminal (`script`) against `addr`, `answer` typed on it; its exit
/// status and what the terminal showed.
fn on_terminal(addr: &str, args: &str, answer: &str) -> (Option<i32>, String) {
    crate::support::on_terminal(args, &[("CONSUL_HTTP_ADDR", addr)], answer)
}

#[test]
fn on_a_terminal_apply_asks_before_deleting_and_yes_skips_the_question() {
    let fed = federation();
    let name = unique("prune-tty");
    let dir = tempfile::tempdir().unwrap();
    let service = |id: &str| json!({"name": format!("{name}-{id}")});
    write(
        dir.path(),
        "s.json",
        json!({"services": [service("a"), service("b"), service("c")]}),
    );
    let apply = format!("apply --set {name} --prune {}", dir.path().display());
    let (code, shown) = on_terminal(&fed.dc1.addr(), &apply, "");
    assert_eq!(code, Some(0), "nothing to delete, nothing asked: {shown}");
    assert!(!shown.contains("[y/N]"), "{shown}");

    write(
        dir.path(),
        "s.json",
        json!({"services": [service("a"), service("c")]}),
    );
    let question = format!(
        "- service \"{name}-b\": delete\nPlan: 0 to create, 0 to change, 1 to delete, 2 unchanged.\nDelete 1 object, and apply the rest? [y/N] "
    );
    let (code, shown) = on_terminal(&fed.dc1.addr(), &apply, "n\n");
    assert_eq!(code, Some(2), "{shown}");
    assert!(shown.contains(&question), "{shown}");
    assert!(
        shown
            .contains("error: not confirmed: nothing was changed (add --yes to skip the question)"),
        "{shown}"
    );
    assert!(fed.dc1.services().get(format!("{name}-b")).is_some());

    let (code, shown) = on_terminal(&fed.dc1.addr(), &apply, "y\n");
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains(&question), "{shown}");
    assert!(
        shown.contains(&format!("- service \"{name}-b\": deleted\n")),
        "{shown}"
    );
    assert!(fed.dc1.services().get(format!("{name}-b")).is_none());

    // --yes: no question.
    write(dir.path(), "s.json", json!({"services": [service("a")]}));
    let (code, shown) = on_terminal(&fed.dc1.addr(), &format!("--yes {apply}"), "");
    assert_eq!(code, Some(0), "{shown}");
    assert!(!shown.contains("[y/N]"), "{shown}");
    assert!(fed.dc1.services().get(format!("{name}-c")).is_none());
    assert!(fed.dc1.services().get(format!("{name}-a")).is_some());
}

/// With ACLs, the rights the README names are enough for apply and prune; a token that may take
/// the lock but not write the records still applies the objects, and the record's failure is reported, naming what it
/// leaves unrecorded.
#[test]
fn with_acls_the_named_rights_suffice_and_a_record_refused_is_reported() {
    use crate::support::acl::{acl_agent, as_master, token_with_rules};
    let agent = acl_agent();
    let name = unique("prune-acl");
    let objects = format!(
        r#"service_prefix "{name}" {{ policy = "write" }}
node_prefix "" {{ policy = "write" }}
query_prefix "{name}" {{ policy = "write" }}
agent_prefix "" {{ policy = "read" }}
session_prefix "" {{ policy = "write" }}
"#
    );
    let full = token_with_rules(&format!(
        "key_prefix \"consulctl/sets/\" {{ policy = \"write\" }}\n{objects}"
    ));
    // The lock's key alone: apply takes the lock, and may not write the records.
    let without_kv = token_with_rules(&format!(
        "key \"consulctl/sets/{name}/lock\" {{ policy = \"write\" }}\n{objects}"
    ));
    let dir = tempfile::tempdir().unwrap();
    let files = |services: &[&str]| {
        let services: Vec<Value> = services
            .iter()
            .map(|s| json!({"name": format!("{name}-{s}")}))
            .collect();
        write(
            dir.path(),
            "s.json",
            json!({"services": services,
                   "checks": [{"id": format!("{name}-disk"), "name": "disk", "ttl": "1h"}],
                   "queries": services.iter().map(|s| json!({"Name": s["name"],
                        "Service": {"Service": s["name"]}})).collect::<Vec<_>>()}),
        );
    };
    let apply = |token: &str, args: &[&str]| {
        consulctl_at(&agent.addr())
            .env("CONSUL_HTTP_TOKEN", token)
            .args(["apply", "--set", &name])
            .args(args)
            .arg(dir.path())
            .output()
            .unwrap()
    };
    files(&["a", "b"]);
    assert!(ok(&apply(&full, &[])).ends_with("Applied: 5 created, 0 changed, 0 unchanged.\n"));
    files(&["a"]);
    assert_eq!(
        ok(&apply(&full, &["--prune"])),
        format!("- service \"{name}-b\": deleted\n- query \"{name}-b\" in \"dc1\": deleted\nApplied: 0 created, 0 changed, 2 deleted, 3 unchanged.\n")
    );

    files(&["a", "c"]);
    let output = apply(&without_kv, &[]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    // The check "disk" is there: what was sent for it could not be read, said once.
    assert_eq!(
        stderr_of(&output)
            .matches(&format!("note: reading the record consulctl/sets/{name}/agents/acl: permission denied (403 Permission denied)"))
            .count(),
        1,
        "{output:?}"
    );
    assert!(
        stderr_of(&output).contains(": a change to a check's fields the agent does not report (HTTP, TCP, Args, Header, ...) is not seen\n"),
        "{output:?}"
    );
    let text = stdout_of(&output);
    assert!(
        text.contains(&format!(
            "+ service \"{name}-c\": created\n+ query \"{name}-c\" in \"dc1\": created\n"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "! record \"consulctl/sets/{name}/agents/acl\": failed: reading the record consulctl/sets/{name}/agents/acl: "
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "; not recorded, so --prune will not delete them: service \"{name}-c\"\n"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "; not recorded, so --prune will not delete them: query \"{name}-c\"\n"
        )),
        "{text}"
    );
    assert!(
        text.ends_with("Applied: 2 created, 0 changed, 3 unchanged, 2 failed.\n"),
        "{text}"
    );
    let services = as_master(reqwest::Method::GET, "/v1/agent/services", Value::Null);
    assert!(services.get(format!("{name}-c")).is_some(), "{services}");
    assert!(services.get(format!("{name}-b")).is_none(), "{services}");

    // A token that may not see "a" (Consul leaves it out of the lists): "a" is neither deleted
    // nor forgotten by the record.
    let narrow = token_with_rules(&format!(
        r#"key_prefix "consulctl/sets/" {{ policy = "write" }}
service_prefix "{name}-c" {{ policy = "write" }}
node_prefix "" {{ policy = "write" }}
query_prefix "{name}-c" {{ policy = "write" }}
agent_prefix "" {{ policy = "read" }}
session_prefix "" {{ policy = "write" }}
"#
    ));
    files(&["c"]);
    let output = apply(&narrow, &["--prune"]);
    assert_eq!(ok(&output), "Applied: 0 created, 0 changed, 3 unchanged.\n");
    let services = as_master(reqwest::Method::GET, "/v1/agent/services", Value::Null);
    assert!(services.get(format!("{name}-a")).is_some(), "{services}");
    let key = format!("/v1/kv/consulctl/sets/{name}/agents/acl?raw");
    assert_eq!(
        as_master(reqwest::Method::GET, &key, Value::Null),
        json!({"Format": 1, "Services": [format!("{name}-a")], "Checks": [format!("{name}-disk")],
               "Sent": {"Checks": {format!("{name}-disk"): ttl_1h()}}})
    );
}

/// An object the set created and someone deleted by hand leaves the record when `--prune`
/// finds it gone, so one registered later under the same ID by hand is not taken for the set's.
#[test]
fn what_was_deleted_by_hand_leaves_the_record_and_a_later_one_of_its_id_is_not_the_sets() {
    let fed = federation();
    let proxy = RequestCounter::start(fed.dc1.addr());
    let name = unique("prune-gone");
    let dir = tempfile::tempdir().unwrap();
    let files = |service: &str, query: Option<&str>| {
        let mut value = json!({"service": {"name": format!("{name}-{service}")}});
        if let Some(query) = query {
            value["query"] = json!({"Name": format!("{name}-{query}"),
                                    "Service": {"Service": format!("{name}-{query}")}});
        }
        write(dir.path(), "s.json", value);
    };
    let set = ["--set", &name, "--prune"];
    files("x", Some("xq"));
    assert!(ok(&run(&proxy, &["apply", "--set", &name], dir.path()))
        .ends_with("Applied: 2 created, 0 changed, 0 unchanged.\n"));
    fed.dc1
        .put(&format!("/v1/agent/service/deregister/{name}-x"), None);
    ok(&consulctl_at(&fed.dc1.addr())
        .args(["-q", "query", "delete", &format!("{name}-xq")])
        .output()
        .unwrap());

    files("y", None);
    proxy.take();
    assert_eq!(
        ok(&run(&proxy, &[&["apply"][..], &set].concat(), dir.path())),
        format!("+ service \"{name}-y\": created\nApplied: 1 created, 0 changed, 0 unchanged.\n")
    );
    let agent_key = format!("consulctl/sets/{name}/agents/decl-dc1");
    assert_eq!(
        writes(&proxy.take()),
        BTreeMap::from_iter(lock_of(&name).into_iter().chain([
            ("PUT /v1/agent/service/register".to_string(), 1),
            (format!("PUT /v1/kv/{agent_key}"), 1),
            // The queries' record is left empty: it goes.
            (format!("DELETE /v1/kv/consulctl/sets/{name}/queries"), 1),
        ]))
    );
    assert_eq!(
        record(&fed.dc1, &agent_key),
        json!({"Format": 1, "Services": [format!("{name}-y")]})
    );

    // "x" again, by hand: not the set's, so not pruned, and nothing written.
    fed.dc1.put(
        "/v1/agent/service/register",
        Some(json!({"Name": format!("{name}-x")})),
    );
    assert_eq!(
        ok(&run(&proxy, &[&["apply"][..], &set].concat(), dir.path())),
        "Applied: 0 created, 0 changed, 1 unchanged.\n"
    );
    assert_eq!(writes(&proxy.take()), BTreeMap::new());
    assert!(fed.dc1.services().get(format!("{name}-x")).is_some());
}

/// Writes the files of `check_fields`' set: a TTL check, an HTTP check, a service with a TTL
/// check of its own, and `hand`, a check registered by hand before.
fn write_checks(dir: &Path, name: &str, ttl: &str, http_port: u16, tag: &str) {
    write(
        dir,
        "checks.json",
        json!({
            "services": [{"name": format!("{name}-web"), "tags": [tag],
                          "check": {"id": format!("{name}-web-ttl"), "ttl": ttl}}],
            "checks": [
                {"id": format!("{name}-ttl"), "name": "ttl", "ttl": ttl},
                {"id": format!("{name}-http"), "name": "http", "interval": "1h",
                 "http": format!("http://127.0.0.1:{http_port}/health")},
                {"id": format!("{name}-hand"), "name": "hand", "ttl": ttl}
            ]
        }),
    );
}

#[test]
fn a_change_the_agent_does_not_report_is_planned_from_what_apply_last_sent() {
    let fed = federation();
    let proxy = RequestCounter::start(fed.dc1.addr());
    let name = unique("sent");
    let set = format!("{name}-set");
    let dir = tempfile::tempdir().unwrap();
    let agent_key = format!("consulctl/sets/{set}/agents/decl-dc1");
    // Registered by hand, with a TTL the files will not match: nothing was sent for it, so
    // nothing is claimed of it.
    fed.dc1.put(
        "/v1/agent/check/register",
        Some(json!({"ID": format!("{name}-hand"), "Name": "hand", "TTL": "5h"})),
    );
    let first_port = crate::support::unused_port();
    write_checks(dir.path(), &name, "1h", first_port, "v1");
    let output = run(&proxy, &["apply", "--set", &set], dir.path());
    assert_eq!(
        ok(&output),
        format!(
            "+ service \"{name}-web\": created\n+ check \"{name}-ttl\": created\n+ check \"{name}-http\": created\nApplied: 3 created, 0 changed, 1 unchanged.\n"
        )
    );
    let recorded = record(&fed.dc1, &agent_key);
    let sent = |recorded: &Value| -> BTreeMap<String, String> {
        let mut found = BTreeMap::new();
        for (id, digest) in recorded["Sent"]["Checks"].as_object().unwrap() {
            found.insert(id.clone(), digest.as_str().unwrap().to_string());
        }
        for (service, checks) in recorded["Sent"]["Services"].as_object().unwrap() {
            for (id, digest) in checks.as_object().unwrap() {
                found.insert(
                    format!("{service}/{id}"),
                    digest.as_str().unwrap().to_string(),
                );
            }
        }
        found
    };
    let before = sent(&recorded);
    // What was sent for the set's three checks, and nothing of the hand-made one; ownership
    // is kept apart and unchanged.
    assert_eq!(
        before.keys().cloned().collect::<Vec<_>>(),
        [
            format!("{name}-http"),
            format!("{name}-ttl"),
            format!("{name}-web/{name}-web-ttl")
        ]
    );
    assert!(before
        .values()
        .all(|d| d.len() == 64 && d.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f'))));
    assert_eq!(recorded["Services"], json!([format!("{name}-web")]));
    assert_eq!(
        recorded["Checks"],
        json!([format!("{name}-http"), format!("{name}-ttl")])
    );
    assert_eq!(
        fed.dc1.checks()[format!("{name}-http")]["Status"],
        "critical"
    );
    fed.dc1
        .put(&format!("/v1/agent/check/pass/{name}-ttl"), None);
    fed.dc1
        .put(&format!("/v1/agent/check/pass/{name}-web-ttl"), None);
    fed.dc1
        .put(&format!("/v1/agent/check/pass/{name}-hand"), None);

    // The TTL and the URL changed: the agent reports neither, and the plan says what it knows.
    let second_port = crate::support::unused_port();
    write_checks(dir.path(), &name, "2h", second_port, "v1");
    proxy.take();
    let output = run(&proxy, &["plan", "--set", &set, "--exit-code"], dir.path());
    assert_eq!(output.status.code(), Some(5), "{output:?}");
    let said = "\"as last applied\" -> \"changed in a field the agent does not report (HTTP, TCP, Args, Header, Method, Body, TLS, thresholds, durations, ...)\"";
    assert_eq!(
        stdout_of(&output),
        format!(
            "~ service \"{name}-web\": change\n    Checks[\"{name}-web-ttl\"].Definition: {said}\n~ check \"{name}-ttl\": change\n    Definition: {said}\n~ check \"{name}-http\": change\n    Definition: {said}\nPlan: 0 to create, 3 to change, 1 unchanged.\n"
        )
    );
    assert_eq!(stderr_of(&output), "");
    // One read more than before, of the record; the node's name comes from the checks.
    let counts = proxy.take();
    assert_eq!(writes(&counts), BTreeMap::new());
    assert_eq!(
        counts,
        BTreeMap::from([
            ("GET /v1/agent/services".to_string(), 1),
            ("GET /v1/agent/checks".to_string(), 1),
            (format!("GET /v1/kv/{agent_key}"), 1),
        ])
    );

    // Applied: one registration each, one record write, and the statuses as Consul keeps them.
    let output = run(&proxy, &["apply", "--set", &set], dir.path());
    assert_eq!(
        ok(&output),
        format!(
            "~ service \"{name}-web\": changed\n    Checks[\"{name}-web-ttl\"].Definition: {said}\n~ check \"{name}-ttl\": changed\n    Definition: {said}\n~ check \"{name}-http\": changed\n    Definition: {said}\nApplied: 0 created, 3 changed, 1 unchanged.\n"
        )
    );
    assert_eq!(
        writes(&proxy.take()),
        BTreeMap::from_iter(lock_of(&set).into_iter().chain([
            ("PUT /v1/agent/service/register".to_string(), 1),
            ("PUT /v1/agent/check/register".to_string(), 2),
            (format!("PUT /v1/kv/{agent_key}"), 1),
        ]))
    );
    let after = sent(&record(&fed.dc1, &agent_key));
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    assert!(after.iter().all(|(id, digest)| before[id] != *digest));
    // Nothing listens at either URL, and a check of a 1h interval is first run at a random
    // moment within it: the HTTP check keeps the status it started with.
    let checks = fed.dc1.checks();
    for (id, status) in [
        (format!("{name}-http"), "critical"),
        (format!("{name}-ttl"), "passing"),
        (format!("{name}-web-ttl"), "passing"),
        (format!("{name}-hand"), "passing"),
    ] {
        assert_eq!(checks[&id]["Status"], status, "{id}: {checks}");
    }

    // Again: in sync, and not one write.
    let output = run(&proxy, &["apply", "--set", &set], dir.path());
    assert_eq!(ok(&output), "Applied: 0 created, 0 changed, 4 unchanged.\n");
    assert_eq!(writes(&proxy.take()), BTreeMap::new());
    ok(&run(
        &proxy,
        &["plan", "--set", &set, "--exit-code"],
        dir.path(),
    ));

    // A new tag re-registers the service and its check as they were sent: the record, read by
    // each plan (before the lock and under it), is neither read again nor written.
    write_checks(dir.path(), &name, "2h", second_port, "v2");
    proxy.take();
    let output = run(&proxy, &["apply", "--set", &set], dir.path());
    assert_eq!(
        ok(&output),
        format!("~ service \"{name}-web\": changed\n    Tags: [\"v1\"] -> [\"v2\"]\nApplied: 0 created, 1 changed, 3 unchanged.\n")
    );
    let counts = proxy.take();
    assert_eq!(
        writes(&counts),
        BTreeMap::from_iter(
            lock_of(&set)
                .into_iter()
                .chain([("PUT /v1/agent/service/register".to_string(), 1)])
        )
    );
    assert_eq!(counts[&format!("GET /v1/kv/{agent_key}")], 2, "{counts:?}");
    assert_eq!(sent(&record(&fed.dc1, &agent_key)), after);
    assert_eq!(
        fed.dc1.checks()[format!("{name}-web-ttl")]["Status"],
        "passing"
    );
}
