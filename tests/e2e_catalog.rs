//! The datacenter-wide views: `service list --all-nodes` (the catalog's services with their
//! instances' health) and `--all-datacenters` across a real two-datacenter federation on
//! loopback, with one datacenter stopped.

use std::sync::OnceLock;
use std::time::Duration;

use serde_json::{json, Value};

use crate::support::agent::{eventually, table_rows};
use crate::support::federation::{federate, Federation};
use crate::support::{consulctl_at, fails, json_of, ok, stderr_of, stdout_of, unique, Agent};

/// The federation the listing tests share (never stopped).
fn federation() -> &'static Federation {
    static FEDERATION: OnceLock<Federation> = OnceLock::new();
    FEDERATION.get_or_init(|| federate("cat", ["127.0.0.31", "127.0.0.32"]))
}

/// Registers an instance of `name` on `agent`, with one TTL check in `status` and `tags`.
fn register(agent: &Agent, id: &str, name: &str, tags: &[&str], status: &str) {
    agent.put(
        "/v1/agent/service/register",
        Some(json!({
            "ID": id, "Name": name, "Port": 8080, "Tags": tags,
            "Check": {"CheckID": format!("{id}-ttl"), "TTL": "1h", "Status": status},
        })),
    );
}

/// The `service list --all-nodes` row of `name`, once the catalog shows `instances` of it.
fn row_once_synced(
    agent: &Agent,
    args: &[&str],
    name: &str,
    instances: &str,
) -> std::collections::BTreeMap<String, String> {
    eventually(
        "the catalog holds the instances",
        Duration::from_secs(10),
        || {
            let table = ok(&consulctl_at(&agent.addr())
                .args(["service", "list", "--all-nodes"])
                .args(args)
                .output()
                .unwrap());
            table_rows(&table)
                .into_iter()
                .find(|r| r["Service"] == name && r["Instances"] == instances)
                .ok_or(table)
        },
    )
}

#[test]
fn service_list_all_nodes_counts_each_instance_by_its_worst_check() {
    let fed = federation();
    let name = unique("counted");
    register(
        &fed.dc1,
        &format!("{name}-a"),
        &name,
        &["primary"],
        "passing",
    );
    register(
        &fed.dc1,
        &format!("{name}-b"),
        &name,
        &["secondary"],
        "warning",
    );
    register(
        &fed.dc1,
        &format!("{name}-c"),
        &name,
        &["secondary"],
        "critical",
    );

    let row = row_once_synced(&fed.dc1, &[], &name, "3");
    assert_eq!(row["Passing"], "1", "{row:?}");
    assert_eq!(row["Warning"], "1", "{row:?}");
    assert_eq!(row["Critical"], "1", "{row:?}");
    let mut tags: Vec<&str> = row["Tags"].split(',').collect();
    tags.sort();
    assert_eq!(tags, ["primary", "secondary"]);
    assert!(!row.contains_key("Datacenter") && !row.contains_key("Namespace"));

    let json = json_of(
        &consulctl_at(&fed.dc1.addr())
            .args(["service", "list", "--all-nodes", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(
        json["Services"][name.as_str()].as_array().map(Vec::len),
        Some(2)
    );
    let health = &json["Health"][name.as_str()];
    assert_eq!(health.as_array().map(Vec::len), Some(3), "{health}");
    let as_sent = fed.dc1.get(&format!("/v1/health/service/{name}"));
    assert_eq!(health, &as_sent);
    let mut names: Vec<&String> = json["Health"].as_object().unwrap().keys().collect();
    let mut listed: Vec<String> = json["Services"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    names.sort();
    listed.sort();
    assert_eq!(names, listed.iter().collect::<Vec<_>>());
}

#[test]
fn service_list_tag_lists_the_tagged_services_and_counts_the_tagged_instances() {
    let fed = federation();
    let name = unique("tagged");
    let other = unique("untagged");
    let tag = unique("blue");
    register(&fed.dc1, &format!("{name}-a"), &name, &[&tag], "passing");
    register(
        &fed.dc1,
        &format!("{name}-b"),
        &name,
        &["green"],
        "critical",
    );
    register(
        &fed.dc1,
        &format!("{other}-a"),
        &other,
        &["green"],
        "passing",
    );

    let row = row_once_synced(&fed.dc1, &["--tag", &tag], &name, "1");
    assert_eq!(
        (&*row["Passing"], &*row["Warning"], &*row["Critical"]),
        ("1", "0", "0")
    );
    let table = ok(&consulctl_at(&fed.dc1.addr())
        .args(["service", "list", "--all-nodes", "--tag", &tag])
        .output()
        .unwrap());
    let rows = table_rows(&table);
    assert_eq!(rows.len(), 1, "only the tagged service: {table}");

    let json = json_of(
        &consulctl_at(&fed.dc1.addr())
            .args([
                "service",
                "list",
                "--all-nodes",
                "--tag",
                &tag,
                "-o",
                "json",
            ])
            .output()
            .unwrap(),
    );
    let health = json["Health"].as_object().unwrap();
    assert_eq!(health.keys().collect::<Vec<_>>(), [&name]);
    assert_eq!(
        health[&name],
        fed.dc1.get(&format!("/v1/health/service/{name}?tag={tag}"))
    );
}

#[test]
fn service_list_all_nodes_refuses_what_does_not_apply() {
    let fed = federation();
    for (args, needle) in [
        (vec!["--tag", "x"], "--all-nodes"),
        (vec!["--all-datacenters"], "--all-nodes"),
        (
            vec!["--all-nodes", "--filter", "Service == \"x\""],
            "--filter",
        ),
        (vec!["--all-nodes", "--watch"], "--watch"),
        (
            vec!["--all-nodes", "--all-datacenters", "--datacenter", "dc2"],
            "--datacenter",
        ),
    ] {
        let out = consulctl_at(&fed.dc1.addr())
            .args(["service", "list"])
            .args(&args)
            .output()
            .unwrap();
        let err = fails(&out, 2);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    }
}

#[test]
fn all_datacenters_lists_both_datacenters_with_a_datacenter_column() {
    let fed = federation();
    let name = unique("both");
    register(&fed.dc1, &format!("{name}-1"), &name, &["one"], "passing");
    register(&fed.dc2, &format!("{name}-2"), &name, &["two"], "critical");
    let args = ["--all-datacenters"];
    eventually(
        "both catalogs hold the instance",
        Duration::from_secs(10),
        || {
            let table = ok(&consulctl_at(&fed.dc1.addr())
                .args(["service", "list", "--all-nodes"])
                .args(args)
                .output()
                .unwrap());
            let rows: Vec<_> = table_rows(&table)
                .into_iter()
                .filter(|r| r["Service"] == name)
                .collect();
            if rows.len() != 2 {
                return Err(table);
            }
            assert_eq!(rows[0]["Datacenter"], "dc1");
            assert_eq!((&*rows[0]["Passing"], &*rows[0]["Tags"]), ("1", "one"));
            assert_eq!(rows[1]["Datacenter"], "dc2");
            assert_eq!((&*rows[1]["Critical"], &*rows[1]["Tags"]), ("1", "two"));
            Ok(())
        },
    );

    let json = json_of(
        &consulctl_at(&fed.dc1.addr())
            .args([
                "service",
                "list",
                "--all-nodes",
                "--all-datacenters",
                "-o",
                "json",
            ])
            .output()
            .unwrap(),
    );
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["dc1", "dc2"]);
    assert_eq!(
        json["dc2"]["Health"][name.as_str()],
        fed.dc2.get(&format!("/v1/health/service/{name}"))
    );
    assert_eq!(json["dc2"]["Services"], fed.dc2.get("/v1/catalog/services"));

    // check list --all-nodes, the same way: each datacenter's checks, as each sent them.
    let table = ok(&consulctl_at(&fed.dc1.addr())
        .args(["check", "list", "--all-nodes", "--all-datacenters"])
        .args(["--service", &name])
        .output()
        .unwrap());
    let rows = table_rows(&table);
    let dcs: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r["Datacenter"].as_str(), r["Status"].as_str()))
        .collect();
    assert_eq!(dcs, [("dc1", "passing"), ("dc2", "critical")], "{table}");
    let json = json_of(
        &consulctl_at(&fed.dc1.addr())
            .args([
                "check",
                "list",
                "--all-nodes",
                "--all-datacenters",
                "-o",
                "json",
            ])
            .args(["--service", &name])
            .output()
            .unwrap(),
    );
    assert_eq!(
        json["dc1"],
        fed.dc1.get(&format!("/v1/health/checks/{name}"))
    );
    assert_eq!(
        json["dc2"],
        fed.dc2.get(&format!("/v1/health/checks/{name}"))
    );
}

#[test]
fn all_datacenters_with_one_datacenter_down_shows_the_others_and_exits_3() {
    let fed = federate("down", ["127.0.0.33", "127.0.0.34"]);
    let name = unique("survivor");
    register(&fed.dc1, &format!("{name}-1"), &name, &[], "passing");
    let row = row_once_synced(&fed.dc1, &[], &name, "1");
    assert_eq!((&*row["Passing"], &*row["Critical"]), ("1", "0"), "{row:?}");
    // A node check counts for every instance on the node: node maintenance (a critical node
    // check) makes the passing instance critical, as Consul's health endpoints judge it.
    ok(&consulctl_at(&fed.dc1.addr())
        .args(["agent", "maintenance", "enable"])
        .output()
        .unwrap());
    eventually(
        "the node check reaches the catalog",
        Duration::from_secs(10),
        || {
            let row = row_once_synced(&fed.dc1, &[], &name, "1");
            match (&*row["Passing"], &*row["Critical"]) {
                ("0", "1") => Ok(()),
                _ => Err(format!("{row:?}")),
            }
        },
    );
    let Federation { dc1, dc2 } = fed;
    dc2.kill();
    // dc1 still lists dc2 (a WAN member is reaped only much later); its reads fail.
    assert_eq!(dc1.get("/v1/catalog/datacenters"), json!(["dc1", "dc2"]));

    for args in [
        vec!["service", "list", "--all-nodes", "--all-datacenters"],
        vec!["check", "list", "--all-nodes", "--all-datacenters"],
    ] {
        let out = consulctl_at(&dc1.addr())
            .args(&args)
            .args(["--request-timeout", "10s"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}: {}", stderr_of(&out));
        let err = stderr_of(&out);
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 2, "{args:?}: {err}");
        assert!(
            lines[0].starts_with("error: datacenter dc2: listing the datacenter's"),
            "{err}"
        );
        assert!(lines[0].contains("answered 500"), "{err}");
        assert!(
            lines[1].contains("1 of 2 datacenters could not be read (dc2)"),
            "{err}"
        );
        let table = stdout_of(&out);
        let rows = table_rows(&table);
        assert!(!rows.is_empty(), "{table}");
        assert!(rows.iter().all(|r| r["Datacenter"] == "dc1"), "{table}");

        let out = consulctl_at(&dc1.addr())
            .args(&args)
            .args(["-o", "json"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["dc1"], "{args:?}");
    }
}
