//! `query …` end to end against the shared real agent.
//!
//! Other tests run on the same agent at the same time, so every query, service and node name is
//! unique and the query list is never assumed empty. Service instances live on catalog nodes of
//! each test's own (`PUT /v1/catalog/register`), not on the agent's node: other tests leave
//! critical node-level checks on that node, and an execute drops every instance of a node with
//! any critical check.

use std::collections::BTreeMap;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use crate::support::agent::{healthy_once_synced, table_rows};
use crate::support::proxy::HoldingProxy;
use crate::support::{consulctl_at, fails, json_of, ok, stderr_of, stdout_of, unique, Agent};

/// The address of the test nodes: what instances without an address of their own answer with.
const NODE_ADDRESS: &str = "127.0.0.2";

/// `consulctl query ARGS…` against the shared agent.
fn query(args: &[&str]) -> Output {
    consulctl_at(&Agent::shared().addr())
        .arg("query")
        .args(args)
        .output()
        .unwrap()
}

/// [`query`] that must succeed with JSON on stdout.
fn query_json(args: &[&str]) -> Value {
    ok_json(&query(args))
}

/// Asserts success ([`ok`]) and parses stdout as JSON.
fn ok_json(out: &Output) -> Value {
    ok(out);
    json_of(out)
}

/// `query create ARGS…` as `ID=$(consulctl query create …)` uses it: exit 0, nothing on stderr
/// and stdout exactly the new ID and a newline.
fn create(args: &[&str]) -> String {
    let mut all = vec!["create"];
    all.extend_from_slice(args);
    let stdout = ok(&query(&all));
    let id = stdout.strip_suffix('\n').unwrap_or("");
    assert!(is_uuid(id), "create prints the ID alone: {stdout:?}");
    id.to_string()
}

fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// A UUID no query has.
fn random_uuid() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let hex = format!("{:032x}", nanos ^ (u128::from(std::process::id()) << 80));
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// One instance of a service: its ID suffix, port, own address ("" for the node's), tags and
/// the status of its one TTL check.
struct Instance {
    id: &'static str,
    port: u16,
    address: &'static str,
    tags: &'static [&'static str],
    status: &'static str,
}

const fn instance(id: &'static str, port: u16, status: &'static str) -> Instance {
    Instance {
        id,
        port,
        address: "",
        tags: &[],
        status,
    }
}

/// Registers the instances of `service` (IDs `SERVICE-ID`) on a new node at [`NODE_ADDRESS`];
/// returns the node's name.
fn register(service: &str, instances: &[Instance]) -> String {
    let node = unique("qnode");
    for i in instances {
        let id = format!("{service}-{}", i.id);
        Agent::shared().put(
            "/v1/catalog/register",
            Some(json!({
                "Node": node,
                "Address": NODE_ADDRESS,
                "Service": {"ID": id, "Service": service, "Port": i.port,
                            "Address": i.address, "Tags": i.tags},
                "Check": {"CheckID": format!("service:{id}"), "Name": format!("{id} ttl"),
                          "Type": "ttl", "Status": i.status, "ServiceID": id},
            })),
        );
    }
    node
}

/// A service with one passing instance on a node at [`NODE_ADDRESS`]; returns its name.
fn one_instance_service(prefix: &str, port: u16) -> String {
    let service = unique(prefix);
    register(&service, &[instance("1", port, "passing")]);
    service
}

/// `SERVICE-ID` for each ID, sorted: what [`executed_ids`] answers.
fn service_ids(service: &str, ids: &[&str]) -> Vec<String> {
    let mut ids: Vec<String> = ids.iter().map(|id| format!("{service}-{id}")).collect();
    ids.sort();
    ids
}

/// The service IDs `query execute ARGS… -o json` answers, sorted.
fn executed_ids(args: &[&str]) -> Vec<String> {
    let mut all = vec!["execute"];
    all.extend_from_slice(args);
    all.extend(["-o", "json"]);
    let answer = query_json(&all);
    let mut ids: Vec<String> = answer["Nodes"]
        .as_array()
        .unwrap_or_else(|| panic!("Nodes is a list: {answer}"))
        .iter()
        .map(|n| n["Service"]["ID"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

/// The lines of `query execute ARGS… -o addrs`, sorted (Consul shuffles the answer).
fn executed_addrs(args: &[&str]) -> Vec<String> {
    let mut all = vec!["execute"];
    all.extend_from_slice(args);
    all.extend(["-o", "addrs"]);
    let mut lines: Vec<String> = ok(&query(&all)).lines().map(str::to_string).collect();
    lines.sort();
    lines
}

/// The `key  value` lines of `query get` and `query explain` as a map.
fn fields(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .map(|line| match line.split_once("  ") {
            Some((key, value)) => (key.trim().to_string(), value.trim().to_string()),
            None => (line.trim().to_string(), String::new()),
        })
        .collect()
}

/// The query as the agent keeps it (`GET /v1/query/ID`).
fn stored(id: &str) -> Value {
    Agent::shared().get(&format!("/v1/query/{id}"))[0].clone()
}

/// Every query the agent has named `name` (`GET /v1/query`).
fn stored_named(name: &str) -> Vec<Value> {
    let all = Agent::shared().get("/v1/query");
    all.as_array()
        .map(|queries| {
            queries
                .iter()
                .filter(|q| q["Name"] == name)
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// [`table_rows`] for tables whose headers hold a space ("Service ID", "DNS TTL"), which it
/// would read as two columns; the keys keep the space.
fn table(text: &str) -> Vec<BTreeMap<String, String>> {
    let (header, body) = text.split_once('\n').unwrap_or((text, ""));
    let joined = header
        .replace("Service ID", "Service_ID")
        .replace("DNS TTL", "DNS_TTL");
    table_rows(&format!("{joined}\n{body}"))
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|(k, v)| (k.replace('_', " "), v))
                .collect()
        })
        .collect()
}

fn lists(queries: &Value, id: &str) -> bool {
    queries
        .as_array()
        .is_some_and(|list| list.iter().any(|q| q["ID"] == id))
}

#[test]
fn create_list_get_and_delete_by_id_and_by_name() {
    let name = unique("q-crud");
    let service = unique("svc-crud");
    let id = create(&[
        "--name",
        &name,
        "--service",
        &service,
        "--tag",
        "v1",
        "--dns-ttl",
        "15s",
    ]);
    let kept = stored(&id);
    assert_eq!(kept["Name"], name.as_str());
    assert_eq!(kept["Service"]["Service"], service.as_str());
    assert_eq!(kept["Service"]["Tags"], json!(["v1"]));
    assert_eq!(kept["DNS"]["TTL"], "15s");

    let rows = table(&ok(&query(&["list"])));
    let row = rows.iter().find(|r| r["ID"] == id).expect("listed");
    assert_eq!(row["Name"], name);
    assert_eq!(row["Service"], service);
    assert_eq!(row["Tags"], "v1");
    assert_eq!(row["OnlyPassing"], "no");
    assert_eq!(row["Failover"], "");
    assert_eq!(row["DNS TTL"], "15s");
    let listed = query_json(&["list", "-o", "json"]);
    let entry = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["ID"] == id.as_str())
        .expect("listed in JSON");
    assert_eq!(entry["Name"], name.as_str());
    assert_eq!(entry["ModifyIndex"], kept["ModifyIndex"]);

    let by_name = ok(&query(&["get", &name]));
    assert_eq!(by_name, ok(&query(&["get", &id])), "by name = by ID");
    let shown = fields(&by_name);
    assert_eq!(shown["ID"], id);
    assert_eq!(shown["Name"], name);
    assert_eq!(shown["Service"], service);
    assert_eq!(shown["Tags"], "v1");
    assert_eq!(shown["OnlyPassing"], "no");
    assert_eq!(shown["DNS TTL"], "15s");
    assert_eq!(shown["Token"], "(none)");
    assert!(!shown.contains_key("Template"), "{by_name}");
    for key in [&name, &id] {
        let got = query_json(&["get", key, "-o", "json"]);
        assert_eq!(
            got.as_array().map(Vec::len),
            Some(1),
            "a list of one: {got}"
        );
        assert_eq!(got[0]["ID"], id.as_str());
        assert_eq!(got[0]["Service"]["Tags"], json!(["v1"]));
        assert_eq!(got[0]["CreateIndex"], kept["CreateIndex"]);
    }

    // JSON create answers {"ID": …}.
    let other = unique("q-crud-json");
    let created = query_json(&[
        "create",
        "--name",
        &other,
        "--service",
        &service,
        "-o",
        "json",
    ]);
    let other_id = created["ID"].as_str().expect("an ID").to_string();
    assert_eq!(created, json!({"ID": other_id}));
    assert_eq!(stored(&other_id)["Name"], other.as_str());

    assert_eq!(
        ok(&query(&["delete", &name])),
        format!("Deleted query {name:?} ({id}).\n")
    );
    assert!(stored_named(&name).is_empty(), "deleted");
    assert_eq!(
        query_json(&["delete", &other_id, "-o", "json"]),
        json!({"ID": other_id, "Name": other, "Deleted": true})
    );
    assert!(stored_named(&other).is_empty(), "deleted");
    fails(&query(&["delete", &name]), 1);
    assert_eq!(
        ok(&query(&["delete", &name, "--missing-ok"])),
        format!("No query {name:?} exists; nothing to do.\n")
    );
}

/// `get -o json` and `explain -o json` print the agent's answers as sent (a list of one, and
/// `{"Query": …}`), only the layout changed and the stored token hidden unless asked: what
/// `curl …/v1/query/ID | jq '.[0]'` and `curl …/explain | jq .Query` read, they read too.
#[test]
fn get_and_explain_json_are_the_agents_answers_as_sent() {
    use crate::cli_versions_corpus::tokens;
    let service = one_instance_service("svc-as-sent", 27001);
    let name = unique("q-as-sent");
    let id = create(&[
        "--name",
        &name,
        "--service",
        &service,
        "--failover-nearest",
        "2",
        "--query-token",
        "s3cret-as-sent",
    ]);
    let text = |out: &Output| {
        ok(out);
        out.stdout.clone()
    };
    let hide = |answer: Vec<u8>| {
        let compact = String::from_utf8(tokens(&answer)).unwrap();
        assert!(compact.contains(r#""Token":"s3cret-as-sent""#), "{compact}");
        compact.replace(r#""Token":"s3cret-as-sent""#, r#""Token":"<hidden>""#)
    };
    for key in [&id, &name] {
        let answer = Agent::shared().get_bytes(&format!("/v1/query/{id}"));
        let shown = text(&query(&["get", key, "-o", "json", "--show-token"]));
        assert_eq!(
            String::from_utf8(tokens(&shown)).unwrap(),
            String::from_utf8(tokens(&answer)).unwrap(),
            "get {key} -o json --show-token is the agent's answer"
        );
        let shown = text(&query(&["get", key, "-o", "json"]));
        assert_eq!(String::from_utf8(tokens(&shown)).unwrap(), hide(answer));
        assert_eq!(
            json_of(&query(&["get", key, "-o", "json"]))[0]["ID"],
            id.as_str()
        );

        let answer = Agent::shared().get_bytes(&format!("/v1/query/{key}/explain"));
        let shown = text(&query(&["explain", key, "-o", "json", "--show-token"]));
        assert_eq!(
            String::from_utf8(tokens(&shown)).unwrap(),
            String::from_utf8(tokens(&answer)).unwrap(),
            "explain {key} -o json --show-token is the agent's answer"
        );
        let shown = text(&query(&["explain", key, "-o", "json"]));
        assert_eq!(String::from_utf8(tokens(&shown)).unwrap(), hide(answer));
    }
}

#[test]
fn execute_and_explain_by_id_and_by_name_in_every_format() {
    let service = unique("svc-exec");
    let node = register(
        &service,
        &[
            Instance {
                tags: &["v1"],
                ..instance("a", 21001, "passing")
            },
            Instance {
                address: "127.0.0.9",
                tags: &["v1", "canary"],
                ..instance("b", 21002, "passing")
            },
        ],
    );
    let name = unique("q-exec");
    let id = create(&["--name", &name, "--service", &service]);

    for key in [&name, &id] {
        let text = ok(&query(&["execute", key]));
        let (listing, footer) = text.split_once("\n\n").expect("a table, then a footer");
        assert_eq!(footer, "Datacenter dc1 answered, no failover.\n");
        let mut rows = table(listing);
        rows.sort_by(|a, b| a["Service ID"].cmp(&b["Service ID"]));
        let expected = [
            ("a", NODE_ADDRESS, "21001", "v1"),
            ("b", "127.0.0.9", "21002", "v1,canary"),
        ];
        assert_eq!(rows.len(), expected.len(), "{text}");
        for (row, (suffix, address, port, tags)) in rows.iter().zip(expected) {
            assert_eq!(row["Service ID"], format!("{service}-{suffix}"));
            assert_eq!(row["Node"], node);
            assert_eq!(
                row["Address"], address,
                "the node's address when the service has none"
            );
            assert_eq!(row["Port"], port);
            assert_eq!(row["Tags"], tags);
            assert_eq!(row["Health"], "1 passing");
        }

        let answer = query_json(&["execute", key, "-o", "json"]);
        assert_eq!(answer["Service"], service.as_str());
        assert_eq!(answer["Datacenter"], "dc1");
        assert_eq!(answer["Failovers"], 0);
        assert_eq!(executed_ids(&[key]), service_ids(&service, &["a", "b"]));
        assert_eq!(
            executed_addrs(&[key]),
            [
                format!("{NODE_ADDRESS}:21001"),
                "127.0.0.9:21002".to_string()
            ]
        );

        let explained = fields(&ok(&query(&["explain", key])));
        assert_eq!(explained["ID"], id);
        assert_eq!(explained["Name"], name);
        assert_eq!(explained["Service"], service);
        let explained = query_json(&["explain", key, "-o", "json"]);
        assert_eq!(explained["Query"]["ID"], id.as_str());
        assert_eq!(explained["Query"]["Service"]["Service"], service.as_str());
    }
}

#[test]
fn templates_render_the_name_they_are_executed_under() {
    let service = one_instance_service("svc-tpl", 22001);
    let address = format!("{NODE_ADDRESS}:22001");

    // name_prefix_match: "geo-…-" executed as "geo-…-SERVICE" looks up SERVICE.
    let prefix = format!("{}-", unique("geo"));
    let prefix_id = create(&[
        "--name",
        &prefix,
        "--service",
        "${name.suffix}",
        "--template",
        "name_prefix_match",
    ]);
    // regexp: the first group of "^re-…-(.+)$" is the service.
    let re_name = format!("{}-", unique("re"));
    let regexp = format!("^{re_name}(.+)$");
    let re_id = create(&[
        "--name",
        &re_name,
        "--service",
        "${match(1)}",
        "--template",
        "regexp",
        "--regexp",
        &regexp,
    ]);

    for (name, id, service_field, re) in [
        (&prefix, &prefix_id, "${name.suffix}", ""),
        (&re_name, &re_id, "${match(1)}", regexp.as_str()),
    ] {
        let full = format!("{name}{service}");
        assert_eq!(executed_addrs(&[&full]), vec![address.as_str()]);
        assert_eq!(
            query_json(&["execute", &full, "-o", "json"])["Service"],
            service.as_str()
        );

        let explained = fields(&ok(&query(&["explain", &full])));
        assert_eq!(explained["ID"], *id);
        assert_eq!(explained["Name"], *name);
        assert_eq!(explained["Service"], service, "rendered for {full}");
        assert_eq!(explained["Template"], "name_prefix_match");
        assert_eq!(explained.get("Regexp").map_or("", String::as_str), re);
        let explained = query_json(&["explain", &full, "-o", "json"]);
        assert_eq!(explained["Query"]["Service"]["Service"], service.as_str());

        // The stored query keeps the placeholder; Consul has one template type.
        let kept = stored(id);
        assert_eq!(kept["Service"]["Service"], service_field);
        assert_eq!(
            kept["Template"],
            json!({"Type": "name_prefix_match", "Regexp": re, "RemoveEmptyTags": false})
        );
        let shown = fields(&ok(&query(&["get", name])));
        assert_eq!(shown["Service"], service_field);
        assert_eq!(shown["Template"], "name_prefix_match");
    }
}

#[test]
fn execute_filters_by_tags_and_health_and_honours_limit_near_and_min() {
    let service = unique("svc-filter");
    register(
        &service,
        &[
            Instance {
                tags: &["v1"],
                ..instance("pass", 23001, "passing")
            },
            Instance {
                tags: &["v1", "canary"],
                address: "127.0.0.9",
                ..instance("canary", 23002, "passing")
            },
            Instance {
                tags: &["v1"],
                ..instance("warn", 23003, "warning")
            },
            Instance {
                tags: &["v1"],
                ..instance("crit", 23004, "critical")
            },
            Instance {
                tags: &["v2"],
                ..instance("v2", 23005, "passing")
            },
        ],
    );
    let all = unique("q-all");
    create(&["--name", &all, "--service", &service]);
    let tagged = unique("q-tags");
    create(&[
        "--name",
        &tagged,
        "--service",
        &service,
        "--tag",
        "v1",
        "--tag",
        "!canary",
    ]);
    let passing = unique("q-passing");
    create(&["--name", &passing, "--service", &service, "--only-passing"]);

    // A critical instance is always left out; a warning one only with --only-passing.
    let healthy = service_ids(&service, &["canary", "pass", "v2", "warn"]);
    assert_eq!(executed_ids(&[&all]), healthy);
    assert_eq!(
        executed_ids(&[&tagged]),
        service_ids(&service, &["pass", "warn"])
    );
    assert_eq!(
        executed_ids(&[&passing]),
        service_ids(&service, &["canary", "pass", "v2"])
    );
    let rows = table(
        ok(&query(&["execute", &tagged]))
            .split_once("\n\n")
            .expect("a table")
            .0,
    );
    let warn = rows
        .iter()
        .find(|r| r["Service ID"] == format!("{service}-warn"))
        .expect("the warning instance");
    assert_eq!(warn["Health"], "1 warning");

    assert_eq!(executed_ids(&[&all, "--limit", "2"]).len(), 2);
    assert_eq!(executed_addrs(&[&all, "--limit", "1"]).len(), 1);
    assert_eq!(executed_ids(&[&all, "--near", "_agent"]), healthy);
    assert_eq!(executed_ids(&[&all, "--min", "4"]), healthy);

    let err = fails(&query(&["execute", &all, "--min", "5", "-o", "addrs"]), 1);
    assert_eq!(
        err,
        format!(
            "error: query {all:?} found 4 healthy instances of {service:?} with a usable port \
             (datacenter dc1 answered, no failover), fewer than --min 5\n"
        )
    );
}

#[test]
fn an_empty_answer_succeeds_unless_min_asks_for_more() {
    let service = unique("svc-none");
    let name = unique("q-none");
    create(&["--name", &name, "--service", &service]);
    let out = query(&["execute", &name]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout_of(&out),
        format!("No healthy instance of {service:?}: datacenter dc1 answered, no failover.\n")
    );
    assert_eq!(
        stderr_of(&out),
        format!("note: no instance of {service:?} is registered in that datacenter\n")
    );
    assert_eq!(ok(&query(&["execute", &name, "-o", "addrs"])), "");
    assert_eq!(
        query_json(&["execute", &name, "-o", "json"])["Nodes"],
        json!([])
    );
    let err = fails(&query(&["execute", &name, "--min", "1", "-o", "addrs"]), 1);
    assert!(
        err.contains("found 0 healthy instances") && err.contains("fewer than --min 1"),
        "{err}"
    );
}

#[test]
fn update_changes_only_the_fields_given() {
    let name = unique("q-full");
    let service = unique("svc-full");
    let id = create(&[
        "--name",
        &name,
        "--service",
        &service,
        "--tag",
        "v1",
        "--tag",
        "!canary",
        "--only-passing",
        "--near",
        "_agent",
        "--ignore-check",
        "serfHealth",
        "--node-meta",
        "rack=r1",
        "--service-meta",
        "version=2",
        "--failover-nearest",
        "2",
        "--failover-dc",
        "dc2",
        "--failover-dc",
        "dc3",
        "--dns-ttl",
        "10s",
        "--query-token",
        "s3cret-token",
    ]);
    let full = |key: &str| query_json(&["get", key, "-o", "json", "--show-token"])[0].clone();
    let before = full(&name);
    let expected_service = json!({
        "Service": service, "Tags": ["v1", "!canary"], "OnlyPassing": true, "Near": "_agent",
        "IgnoreCheckIDs": ["serfHealth"], "NodeMeta": {"rack": "r1"},
        "ServiceMeta": {"version": "2"}, "Failover": {"NearestN": 2, "Datacenters": ["dc2", "dc3"]},
        "Connect": false,
    });
    assert_eq!(before["Service"], expected_service);
    assert_eq!(before["DNS"]["TTL"], "10s");
    assert_eq!(before["Token"], "s3cret-token");
    assert_eq!(
        before,
        stored(&id),
        "get shows the query as Consul keeps it"
    );
    assert_eq!(
        query_json(&["get", &name, "-o", "json"])[0]["Token"],
        "<hidden>"
    );
    assert_eq!(
        fields(&ok(&query(&["get", &name])))["Token"],
        "(set; shown with --show-token)"
    );

    assert_eq!(
        ok(&query(&["update", &name, "--dns-ttl", "30s"])),
        format!("Updated query {name:?} ({id}):\n  DNS.TTL: \"10s\" -> \"30s\"\n")
    );
    let after = full(&id);
    assert!(
        after["ModifyIndex"].as_u64() > before["ModifyIndex"].as_u64(),
        "{after}"
    );
    let mut expected = before.clone();
    expected["DNS"]["TTL"] = json!("30s");
    expected["ModifyIndex"] = after["ModifyIndex"].clone();
    assert_eq!(after, expected, "only the TTL (and ModifyIndex) changed");

    // The same value again: nothing to do, nothing sent.
    assert_eq!(
        ok(&query(&["update", &id, "--dns-ttl", "30s"])),
        format!("Query {name:?} ({id}) is already as asked; nothing to do.\n")
    );
    assert_eq!(
        query_json(&["update", &name, "--dns-ttl", "30s", "-o", "json"]),
        json!({"ID": id, "Name": name, "Action": "unchanged", "Changes": []})
    );
    assert_eq!(full(&id), after, "untouched");

    assert_eq!(
        ok(&query(&[
            "update",
            &name,
            "--clear-tags",
            "--no-only-passing"
        ])),
        format!(
            "Updated query {name:?} ({id}):\n  Service.OnlyPassing: true -> false\n  \
             Service.Tags: [\"v1\",\"!canary\"] -> (none)\n"
        )
    );
    let mut cleared = stored(&id);
    assert_eq!(cleared["Service"]["OnlyPassing"], false);
    // Consul answers an empty list as null.
    let tags = cleared["Service"].as_object_mut().unwrap().remove("Tags");
    assert!(tags.as_ref().is_none_or(Value::is_null), "{tags:?}");
    let mut expected = after.clone();
    expected["Service"]["OnlyPassing"] = json!(false);
    expected["Service"].as_object_mut().unwrap().remove("Tags");
    expected["ModifyIndex"] = cleared["ModifyIndex"].clone();
    assert_eq!(cleared, expected, "everything else kept, the token too");

    assert_eq!(
        query_json(&["update", &id, "--dns-ttl", "45s", "-o", "json"]),
        json!({"ID": id, "Name": name, "Action": "updated",
               "Changes": [{"Field": "DNS.TTL", "Before": "30s", "After": "45s"}]})
    );
    assert_eq!(stored(&id)["DNS"]["TTL"], "45s");
}

#[test]
fn apply_creates_then_leaves_alone_then_updates() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("query.json");
    let name = unique("q-apply");
    let service = unique("svc-apply");
    let write = |definition: Value| std::fs::write(&file, definition.to_string()).unwrap();
    let apply = |output: &str| query(&["apply", "--file", file.to_str().unwrap(), "-o", output]);

    write(
        json!({"Name": name, "Service": {"Service": service, "Tags": ["v1"], "OnlyPassing": true}}),
    );
    let out = apply("table");
    let kept = stored_named(&name);
    assert_eq!(kept.len(), 1, "{kept:?}");
    let id = kept[0]["ID"].as_str().unwrap().to_string();
    assert_eq!(ok(&out), format!("Created query {name:?} ({id}).\n"));
    assert_eq!(kept[0]["Service"]["Tags"], json!(["v1"]));
    let created_index = kept[0]["ModifyIndex"].clone();

    assert_eq!(
        ok(&apply("table")),
        format!("Query {name:?} ({id}) is already as asked; nothing to do.\n")
    );
    assert_eq!(stored(&id)["ModifyIndex"], created_index, "nothing written");

    write(
        json!({"Name": name, "Service": {"Service": service, "Tags": ["v2"], "OnlyPassing": true},
                 "DNS": {"TTL": "5s"}}),
    );
    assert_eq!(
        ok(&apply("table")),
        format!(
            "Updated query {name:?} ({id}):\n  Service.Tags: [\"v1\"] -> [\"v2\"]\n  \
             DNS.TTL: (none) -> \"5s\"\n"
        )
    );
    let updated = stored(&id);
    assert!(updated["ModifyIndex"].as_u64() > created_index.as_u64());
    assert_eq!(updated["Service"]["Tags"], json!(["v2"]));
    assert_eq!(updated["Service"]["OnlyPassing"], true);
    assert_eq!(updated["DNS"]["TTL"], "5s");
    assert_eq!(stored_named(&name).len(), 1, "updated in place");
    assert_eq!(
        ok_json(&apply("json")),
        json!({"ID": id, "Name": name, "Action": "unchanged", "Changes": []})
    );
    assert_eq!(stored(&id)["ModifyIndex"], updated["ModifyIndex"]);
}

/// `consulctl query list --wait 10s --index N -o json`, as a plain process.
fn blocking_list(index: u64) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_consulctl"));
    cmd.env_clear()
        .env("CONSUL_HTTP_ADDR", Agent::shared().addr())
        .args(["query", "list", "--wait", "10s", "--index"])
        .arg(index.to_string())
        .args(["-o", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

#[test]
fn blocking_list_answers_when_a_query_is_created() {
    let first = query_json(&["list", "--wait", "1s", "-o", "json"]);
    let index = first["Index"].as_u64().expect("an Index");
    assert!(first["Queries"].is_array(), "{first}");

    let started = Instant::now();
    let waiting = blocking_list(index).spawn().unwrap();
    // Not a timing assertion: lets the read reach the agent before the change.
    std::thread::sleep(Duration::from_millis(300));
    let name = unique("q-block");
    let id = create(&["--name", &name, "--service", "web"]);
    let out = waiting.wait_with_output().unwrap();
    let elapsed = started.elapsed();
    assert!(
        elapsed < Duration::from_secs(8),
        "answered on the change, not at the end of the 10s wait: {elapsed:?}"
    );
    let mut answer = ok_json(&out);
    let mut last = index;
    // Another test's change may wake it first; then follow the index until ours shows.
    for _ in 0..20 {
        let now = answer["Index"].as_u64().expect("an Index");
        assert!(now > last, "the Index moves on: {now} after {last}");
        if lists(&answer["Queries"], &id) {
            break;
        }
        last = now;
        answer = ok_json(&blocking_list(now).output().unwrap());
    }
    assert!(lists(&answer["Queries"], &id), "{answer}");
}

#[test]
fn stale_and_consistent_reads_work() {
    let service = one_instance_service("svc-consistency", 24001);
    let name = unique("q-consistency");
    let id = create(&["--name", &name, "--service", &service]);
    for (flag, level) in [("--stale", "stale"), ("--consistent", "consistent")] {
        assert!(lists(&query_json(&["list", flag, "-o", "json"]), &id));
        assert!(ok(&query(&["list", flag])).contains(&id));
        assert_eq!(
            query_json(&["get", &name, flag, "-o", "json"])[0]["ID"],
            id.as_str()
        );
        assert_eq!(
            query_json(&["get", &id, flag, "-o", "json"])[0]["ID"],
            id.as_str()
        );
        let answer = query_json(&["execute", &name, flag, "-o", "json"]);
        assert_eq!(answer["ConsistencyLevel"], level);
        assert_eq!(answer["Nodes"].as_array().map(Vec::len), Some(1));
    }
    let err = fails(&query(&["list", "--stale", "--consistent"]), 2);
    assert!(
        err.contains("--stale") && err.contains("--consistent"),
        "{err}"
    );
}

#[test]
fn unknown_ids_and_names_are_said_in_plain_words() {
    for missing in [random_uuid(), unique("nosuch")] {
        for (verb, args) in [
            ("reading", vec!["get"]),
            ("executing", vec!["execute"]),
            ("explaining", vec!["explain"]),
            ("deleting", vec!["delete"]),
            ("updating", vec!["update", "--dns-ttl", "5s"]),
        ] {
            let mut all = args.clone();
            all.insert(1, &missing);
            assert_eq!(
                fails(&query(&all), 1),
                format!(
                    "error: {verb} query {missing:?}: no prepared query has the ID or name \
                     {missing:?}; see `consulctl query list`\n"
                ),
                "{all:?}"
            );
        }
    }
}

#[test]
fn mistakes_in_a_definition_are_refused() {
    let name = unique("q-dup");
    create(&["--name", &name, "--service", "web"]);
    let err = fails(&query(&["create", "--name", &name, "--service", "web"]), 1);
    assert!(
        err.contains(&format!("named '{name}' exists already")),
        "{err}"
    );
    assert_eq!(stored_named(&name).len(), 1, "no second query");

    let refused = unique("q-refused");
    for (args, says) in [
        (vec!["--name", &refused], "--service"),
        (
            vec!["--name", &refused, "--service", "web", "--dns-ttl", "abc"],
            "--dns-ttl",
        ),
        (
            vec!["--name", &refused, "--service", "web", "--dns-ttl", "30"],
            "--dns-ttl",
        ),
        (
            vec![
                "--name",
                &refused,
                "--service",
                "web",
                "--failover-nearest",
                "-1",
            ],
            "is negative",
        ),
        (
            vec![
                "--name",
                &refused,
                "--service",
                "web",
                "--template",
                "regexp",
                "--regexp",
                "^(unclosed",
            ],
            "not a valid regular expression",
        ),
    ] {
        let mut all = vec!["create"];
        all.extend(args);
        let err = fails(&query(&all), 2);
        assert!(err.contains(says), "{all:?}: {err}");
    }
    assert!(stored_named(&refused).is_empty(), "nothing was created");
}

#[test]
fn names_with_spaces_punctuation_slashes_and_unicode_work() {
    let service = one_instance_service("svc-names", 25001);
    let address = format!("{NODE_ADDRESS}:25001");
    let u = unique("n");
    for name in [
        format!("with space {u}"),
        format!("what?{u}"),
        format!("hash#{u}"),
        format!("slash/{u}"),
        format!("ünï-cødé-名前-{u}"),
    ] {
        let id = create(&["--name", &name, "--service", &service]);
        assert_eq!(stored(&id)["Name"], name.as_str());
        assert_eq!(executed_addrs(&[&name]), vec![address.as_str()], "{name}");
        assert_eq!(
            query_json(&["explain", &name, "-o", "json"])["Query"]["ID"],
            id.as_str()
        );
        assert_eq!(
            query_json(&["get", &name, "-o", "json"])[0]["ID"],
            id.as_str()
        );
        ok(&query(&["update", &name, "--dns-ttl", "3s"]));
        assert_eq!(stored(&id)["DNS"]["TTL"], "3s");
        assert_eq!(
            ok(&query(&["delete", &name])),
            format!("Deleted query {name:?} ({id}).\n")
        );
        assert!(stored_named(&name).is_empty());
    }
}

#[test]
fn names_match_without_regard_to_case_as_consul_matches_them() {
    let service = one_instance_service("svc-case", 26001);
    let name = unique("Q-Case");
    let lower = name.to_lowercase();
    let id = create(&["--name", &name, "--service", &service]);

    // Consul itself finds the query under any case …
    assert_eq!(executed_ids(&[&lower]), service_ids(&service, &["1"]));
    assert_eq!(
        query_json(&["explain", &lower, "-o", "json"])["Query"]["ID"],
        id.as_str()
    );
    let err = fails(&query(&["create", "--name", &lower, "--service", "web"]), 1);
    assert!(err.contains("exists already"), "{err}");
    // … so get, update, delete and apply do too.
    assert_eq!(
        query_json(&["get", &lower, "-o", "json"])[0]["ID"],
        id.as_str()
    );
    ok(&query(&["update", &lower, "--dns-ttl", "4s"]));
    assert_eq!(stored(&id)["DNS"]["TTL"], "4s");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("query.json");
    std::fs::write(
        &file,
        json!({"Name": lower, "Service": {"Service": service}, "DNS": {"TTL": "4s"}}).to_string(),
    )
    .unwrap();
    assert_eq!(
        ok(&query(&["apply", "--file", file.to_str().unwrap()])),
        format!("Updated query {lower:?} ({id}):\n  Name: {name:?} -> {lower:?}\n"),
        "the message names the query as it is called now"
    );
    assert_eq!(stored(&id)["Name"], lower.as_str(), "renamed in place");
    ok(&query(&["delete", &name]));
    assert!(stored_named(&lower).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Fields of newer Consul against the real 1.8.7 agent

/// 1.8.7 refuses a query body with `Targets`, `Peer` or `SamenessGroup` with a bare 400
/// (`Request decode failed: json: unknown field "Peer"`): consulctl names the version needed
/// instead, and nothing is created or changed.
#[test]
fn peering_and_sameness_flags_get_the_version_message_from_a_1_8_agent() {
    let service = one_instance_service("peered", 8123);
    let name = unique("peered-q");
    for (flags, what) in [
        (
            &["--failover-target", "peer:cluster-02"][..],
            "a query's failover Targets (--failover-target) needs Consul 1.14.0 or newer",
        ),
        (
            &["--peer", "cluster-02"],
            "a query's Peer (--peer) needs Consul 1.14.0 or newer",
        ),
        (
            &["--sameness-group", "prod"],
            "a query's SamenessGroup (--sameness-group) needs Consul 1.16.0 or newer",
        ),
    ] {
        let args = [
            &["create", "--name", &name, "--service", &service][..],
            flags,
        ]
        .concat();
        let line = fails(&query(&args), 1);
        assert!(line.contains(what) && line.contains("runs 1.8.7"), "{line}");
        assert_eq!(stored_named(&name), Vec::<Value>::new());
    }

    let id = create(&["--name", &name, "--service", &service]);
    let before = stored(&id);
    let line = fails(&query(&["update", &id, "--peer", "cluster-02"]), 1);
    assert!(
        line.contains("a query's Peer (--peer) needs Consul 1.14.0"),
        "{line}"
    );
    assert_eq!(stored(&id), before);

    // Clearing what a 1.8.7 query cannot hold changes nothing and sends nothing new.
    let text = ok(&query(&[
        "update",
        &id,
        "--clear-peer",
        "--clear-failover-targets",
        "--clear-sameness-group",
    ]));
    assert!(
        text.contains("is already as asked; nothing to do."),
        "{text}"
    );
    assert_eq!(stored(&id), before);
}

/// Mixed failovers are refused before anything is sent: exit 2, no query created or changed.
#[test]
fn mixed_failovers_are_refused_locally_on_a_real_agent() {
    let service = one_instance_service("mixed", 8124);
    let name = unique("mixed-q");
    let line = fails(
        &query(&[
            "create",
            "--name",
            &name,
            "--service",
            &service,
            "--failover-target",
            "peer:cluster-02",
            "--failover-dc",
            "dc2",
        ]),
        2,
    );
    assert!(
        line.contains("cannot be combined with NearestN or Datacenters"),
        "{line}"
    );
    assert_eq!(stored_named(&name), Vec::<Value>::new());

    let id = create(&[
        "--name",
        &name,
        "--service",
        &service,
        "--failover-dc",
        "dc2",
    ]);
    let before = stored(&id);
    let line = fails(&query(&["update", &id, "--failover-target", "dc:dc3"]), 2);
    assert!(
        line.contains("the query fails over to datacenters (dc2)")
            && line.contains("--clear-failover-dcs"),
        "{line}"
    );
    assert_eq!(stored(&id), before);
}

/// A 1.8.7 answer has no named ports: `--port-name` is refused after the answer (exit 1),
/// while the default output is as before.
#[test]
fn port_name_on_single_port_instances_is_refused_with_exit_1() {
    let service = one_instance_service("oneport", 8125);
    let name = unique("oneport-q");
    create(&["--name", &name, "--service", &service]);
    let addrs = healthy_once_synced(|| query(&["execute", &name, "-o", "addrs", "--min", "1"]));
    assert_eq!(addrs, format!("{NODE_ADDRESS}:8125\n"));
    let line = fails(
        &query(&["execute", &name, "--port-name", "http", "-o", "addrs"]),
        1,
    );
    assert!(
        line.contains(&format!(
            "no instance of {service:?} has a port named \"http\""
        )) && line.contains("its instances have no named ports"),
        "{line}"
    );
}

// ---------------------------------------------------------------------------------------------
// Concurrent writers. Consul's query PUT has no check-and-set: a writer whose read is answered
// late (a proxy of the test's own holds it) while another writer changes the query must keep
// the other change, or refuse.

/// `consulctl query ARGS…` through `proxy`, running until the caller waits for it.
fn query_through(proxy: &HoldingProxy, args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_consulctl"))
        .env_clear()
        .env("CONSUL_HTTP_ADDR", &proxy.addr)
        .arg("query")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Runs `first` through a proxy that holds its first read of the query's definition until
/// `second` (straight to the agent) is done, then lets `first` finish and returns its output.
fn race(first: &[&str], second: &[&str]) -> Output {
    let proxy = HoldingProxy::start(Agent::shared().addr(), "GET /v1/query");
    let writer = query_through(&proxy, first);
    proxy.wait_held();
    ok(&query(second));
    proxy.release();
    writer.wait_with_output().unwrap()
}

#[test]
fn update_over_a_concurrent_change_keeps_both_or_refuses() {
    let service = one_instance_service("svc-race", 28001);
    let name = unique("q-race");
    let id = create(&["--name", &name, "--service", &service, "--tag", "a"]);

    // Different fields: the update is built again on the other writer's definition.
    let first = race(
        &["update", &name, "--only-passing"],
        &["update", &name, "--tag", "b"],
    );
    let err = String::from_utf8_lossy(&first.stderr);
    assert_eq!(first.status.code(), Some(0), "{err}");
    assert_eq!(
        stdout_of(&first),
        format!("Updated query {name:?} ({id}):\n  Service.OnlyPassing: false -> true\n")
    );
    assert!(
        err.contains("changed by another writer after it was read (Service.Tags)"),
        "{err}"
    );
    let kept = stored(&id);
    assert_eq!(
        kept["Service"]["Tags"],
        json!(["b"]),
        "the other change stays"
    );
    assert_eq!(kept["Service"]["OnlyPassing"], true, "and this one is made");

    // The same field: refused, nothing written, the other change stays.
    let before = stored(&id)["ModifyIndex"].clone();
    let first = race(
        &["update", &id, "--tag", "c", "--dns-ttl", "7s"],
        &["update", &id, "--tag", "d"],
    );
    let err = fails(&first, 1);
    assert!(
        err.contains("another writer changed the query after it was read (Service.Tags, which this update changes too); nothing was written")
            && err.contains(&format!("consulctl query get {id}")),
        "{err}"
    );
    let kept = stored(&id);
    assert_eq!(kept["Service"]["Tags"], json!(["d"]));
    assert_eq!(
        kept["DNS"]["TTL"], "",
        "nothing of the refused update is written"
    );
    assert_ne!(
        kept["ModifyIndex"], before,
        "the other writer's change is there"
    );
}

#[test]
fn update_file_and_apply_refuse_to_undo_a_concurrent_change() {
    let service = one_instance_service("svc-race-file", 28002);
    let name = unique("q-race-file");
    let id = create(&["--name", &name, "--service", &service, "--tag", "a"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("query.json");
    let definition = json!({"Name": name, "Service": {"Service": service, "Tags": ["a"],
                            "OnlyPassing": true}});
    std::fs::write(&file, definition.to_string()).unwrap();
    let file = file.to_str().unwrap();

    // The file says Tags ["a"]: writing it would undo the other writer's tag.
    for (n, first) in [
        vec!["update", name.as_str(), "--file", file],
        vec!["apply", "--file", file],
    ]
    .iter()
    .enumerate()
    {
        let tag = format!("b{n}");
        let output = race(first, &["update", &id, "--tag", &tag]);
        let err = fails(&output, 1);
        assert!(
            err.contains("(Service.Tags, which this update changes too); nothing was written")
                && err.contains(&format!("put their change in {file}")),
            "{first:?}: {err}"
        );
        let kept = stored(&id);
        assert_eq!(kept["Service"]["Tags"], json!([tag]), "{first:?}");
        assert_eq!(kept["Service"]["OnlyPassing"], false, "{first:?}");
    }

    // The other writer made the file's change: nothing is left to write.
    std::fs::write(
        dir.path().join("query.json"),
        json!({"Name": name, "Service": {"Service": service, "Tags": ["b1"],
               "OnlyPassing": true}})
        .to_string(),
    )
    .unwrap();
    let output = race(
        &["apply", "--file", file],
        &["update", &id, "--only-passing"],
    );
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{err}");
    assert!(
        err.contains("changed by another writer after it was read (Service.OnlyPassing)"),
        "{err}"
    );
    assert_eq!(
        stdout_of(&output),
        format!("Query {name:?} ({id}) is already as asked; nothing to do.\n")
    );
    assert_eq!(stored(&id)["Service"]["OnlyPassing"], true);
}
