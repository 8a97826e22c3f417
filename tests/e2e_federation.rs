//! Prepared queries across two federated datacenters (real agents of their own, on loopback
//! addresses of their own), and on the shared ACL-enabled agent (`support::acl`).

use std::sync::OnceLock;

use serde_json::{json, Value};

use crate::support::acl::{acl_agent, as_master, token_with_rules, MASTER};
use crate::support::agent::{healthy_once_synced, table_rows};
use crate::support::federation::{federate, Federation};
use crate::support::{consulctl_at, fails, json_of, ok, stderr_of, stdout_of, unique, Agent};

/// The federation these tests share.
fn federation() -> &'static Federation {
    static FEDERATION: OnceLock<Federation> = OnceLock::new();
    FEDERATION.get_or_init(|| federate("fed", ["127.0.0.21", "127.0.0.22"]))
}

/// Registers a service instance straight on `agent`.
fn register(agent: &Agent, id: &str, name: &str, port: u16) {
    agent.put(
        "/v1/agent/service/register",
        Some(json!({"ID": id, "Name": name, "Port": port})),
    );
}

#[test]
fn a_query_in_dc1_fails_over_to_the_only_instances_in_dc2() {
    let fed = federation();
    let service = unique("only-dc2");
    register(&fed.dc2, &service, &service, 9000);
    let name = unique("fo");
    let id = ok(&consulctl_at(&fed.dc1.addr())
        .args(["query", "create", "--name", &name, "--service", &service])
        .args(["--failover-dc", "dc2"])
        .output()
        .unwrap());
    let id = id.trim();
    // dc2's catalog holds the instance a moment after its agent registered it.
    let addrs = healthy_once_synced(|| {
        consulctl_at(&fed.dc1.addr())
            .args(["query", "execute", &name, "-o", "addrs", "--min", "1"])
            .output()
            .unwrap()
    });
    assert_eq!(addrs, "127.0.0.22:9000\n");

    // The query lives in dc1; the answer comes from dc2, and the output says so.
    let table = ok(&consulctl_at(&fed.dc1.addr())
        .args(["query", "execute", &name])
        .output()
        .unwrap());
    let (rows, footer) = table
        .split_once("\n\n")
        .expect("a table, a blank line, a footer");
    let rows = table_rows(rows);
    assert_eq!(rows.len(), 1, "{table}");
    assert_eq!(rows[0]["Node"], "fed-dc2");
    assert_eq!(rows[0]["Address"], "127.0.0.22");
    assert_eq!(rows[0]["Port"], "9000");
    assert_eq!(footer, "Datacenter dc2 answered, after 1 failover.\n");

    let answer = json_of(
        &consulctl_at(&fed.dc1.addr())
            .args(["query", "execute", id, "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(answer["Datacenter"], "dc2");
    assert_eq!(answer["Failovers"], 1);
    assert_eq!(answer["Nodes"][0]["Node"]["Node"], "fed-dc2");

    let addrs = ok(&consulctl_at(&fed.dc1.addr())
        .args(["query", "execute", &name, "-o", "addrs", "--min", "1"])
        .output()
        .unwrap());
    assert_eq!(addrs, "127.0.0.22:9000\n");

    // Without the failover, dc1 alone has nothing: an empty answer, and --min makes it fail.
    let plain = unique("no-fo");
    ok(&consulctl_at(&fed.dc1.addr())
        .args(["query", "create", "--name", &plain, "--service", &service])
        .output()
        .unwrap());
    let err = fails(
        &consulctl_at(&fed.dc1.addr())
            .args(["query", "execute", &plain, "-o", "addrs", "--min", "1"])
            .output()
            .unwrap(),
        1,
    );
    assert!(
        err.contains("found 0 healthy instances") && err.contains("datacenter dc1 answered"),
        "{err}"
    );
}

#[test]
fn datacenter_flag_runs_queries_in_the_other_datacenter() {
    let fed = federation();
    let service = unique("dc2-svc");
    register(&fed.dc2, &service, &service, 9100);
    let name = unique("in-dc2");
    let at_dc1 = || {
        let mut cmd = consulctl_at(&fed.dc1.addr());
        cmd.args(["--datacenter", "dc2"]);
        cmd
    };
    let id = ok(&at_dc1()
        .args(["query", "create", "--name", &name, "--service", &service])
        .output()
        .unwrap());

    // Created in dc2 through dc1's agent: dc2 holds it, dc1 does not.
    let in_dc2 = fed.dc2.get("/v1/query");
    assert!(
        in_dc2
            .as_array()
            .unwrap()
            .iter()
            .any(|q| q["ID"] == id.trim()),
        "{in_dc2}"
    );
    let in_dc1 = fed.dc1.get("/v1/query");
    assert!(
        !in_dc1.as_array().unwrap().iter().any(|q| q["Name"] == name),
        "{in_dc1}"
    );

    let listed = json_of(
        &at_dc1()
            .args(["query", "list", "-o", "json"])
            .output()
            .unwrap(),
    );
    assert!(listed.as_array().unwrap().iter().any(|q| q["Name"] == name));
    // dc2's catalog holds the instance a moment after its agent registered it.
    healthy_once_synced(|| {
        at_dc1()
            .args(["query", "execute", &name, "--min", "1"])
            .output()
            .unwrap()
    });
    let answer = json_of(
        &at_dc1()
            .args(["query", "execute", &name, "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(answer["Datacenter"], "dc2");
    assert_eq!(answer["Failovers"], 0);
    assert_eq!(answer["Nodes"][0]["Service"]["Port"], 9100);

    // By name in dc1 it does not exist.
    let err = fails(
        &consulctl_at(&fed.dc1.addr())
            .args(["query", "get", &name])
            .output()
            .unwrap(),
        1,
    );
    assert!(err.contains("no prepared query"), "{err}");

    ok(&at_dc1().args(["query", "delete", &name]).output().unwrap());
    assert!(!fed
        .dc2
        .get("/v1/query")
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["Name"] == name));
}

#[test]
fn an_unknown_datacenter_is_an_error_in_plain_words() {
    let fed = federation();
    let err = fails(
        &consulctl_at(&fed.dc1.addr())
            .args(["--datacenter", "dc9", "query", "list"])
            .output()
            .unwrap(),
        1,
    );
    assert!(err.contains("No path to datacenter"), "{err}");
}

/// A token whose policy may write queries and read services, but not read ACLs: Consul hides
/// stored query tokens from it.
fn query_writer() -> String {
    token_with_rules(
        r#"query_prefix "" { policy = "write" } service_prefix "" { policy = "read" } node_prefix "" { policy = "read" }"#,
    )
}

#[test]
fn a_stored_token_is_hidden_and_lets_a_caller_without_a_token_execute() {
    let agent = acl_agent();
    let service = unique("acl-svc");
    as_master(
        reqwest::Method::PUT,
        "/v1/agent/service/register",
        json!({"ID": service, "Name": service, "Port": 7000}),
    );
    let name = unique("acl-q");
    let token_file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(token_file.path(), format!("{MASTER}\n")).unwrap();
    ok(&consulctl_at(&agent.addr())
        .env("CONSUL_HTTP_TOKEN", MASTER)
        .args(["query", "create", "--name", &name, "--service", &service])
        .arg("--query-token-file")
        .arg(token_file.path())
        .output()
        .unwrap());

    // Consul shows the master token the stored token; consulctl does not, unless asked.
    let listing = consulctl_at(&agent.addr())
        .env("CONSUL_HTTP_TOKEN", MASTER)
        .args(["query", "list", "-o", "json"])
        .output()
        .unwrap();
    assert!(!ok(&listing).contains(MASTER));
    let mine = |list: &Value| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|q| q["Name"] == name)
            .cloned()
            .unwrap()
    };
    assert_eq!(mine(&json_of(&listing))["Token"], "<hidden>");
    let table = ok(&consulctl_at(&agent.addr())
        .env("CONSUL_HTTP_TOKEN", MASTER)
        .args(["query", "get", &name])
        .output()
        .unwrap());
    assert!(!table.contains(MASTER), "{table}");
    assert!(table.contains("shown with --show-token"), "{table}");
    let shown = json_of(
        &consulctl_at(&agent.addr())
            .env("CONSUL_HTTP_TOKEN", MASTER)
            .args(["query", "list", "-o", "json", "--show-token"])
            .output()
            .unwrap(),
    );
    assert_eq!(mine(&shown)["Token"], MASTER);

    // A caller with no token at all runs the query: the stored token reads the service (held
    // by the catalog a moment after the agent registered it).
    let addrs = healthy_once_synced(|| {
        consulctl_at(&agent.addr())
            .args(["query", "execute", &name, "-o", "addrs", "--min", "1"])
            .output()
            .unwrap()
    });
    assert_eq!(addrs, "127.0.0.23:7000\n");

    // Without a stored token, the anonymous caller sees nothing of the service.
    let bare = unique("acl-bare");
    ok(&consulctl_at(&agent.addr())
        .args(["--token", MASTER])
        .args(["query", "create", "--name", &bare, "--service", &service])
        .output()
        .unwrap());
    let out = consulctl_at(&agent.addr())
        .args(["query", "execute", &bare, "-o", "addrs", "--min", "1"])
        .output()
        .unwrap();
    let err = fails(&out, 1);
    assert!(err.contains("found 0 healthy instances"), "{err}");
}

#[test]
fn update_never_overwrites_a_stored_token_it_cannot_see() {
    let agent = acl_agent();
    let writer = query_writer();
    let name = unique("acl-upd");
    let service = unique("acl-upd-svc");
    ok(&consulctl_at(&agent.addr())
        .args(["--token", MASTER])
        .args(["query", "create", "--name", &name, "--service", &service])
        .args(["--query-token", MASTER, "--tag", "v1"])
        .output()
        .unwrap());
    let stored = || {
        let list = as_master(reqwest::Method::GET, "/v1/query", Value::Null);
        list.as_array()
            .unwrap()
            .iter()
            .find(|q| q["Name"] == name)
            .cloned()
            .unwrap()
    };

    // The writer may change the query, but Consul answers its stored token as "<hidden>":
    // writing that back would replace the real token, so consulctl refuses.
    let err = fails(
        &consulctl_at(&agent.addr())
            .args(["--token", &writer])
            .args(["query", "update", &name, "--tag", "v2"])
            .output()
            .unwrap(),
        1,
    );
    assert!(err.contains("hides the query's stored token"), "{err}");
    assert!(!err.contains(MASTER) && !err.contains(&writer), "{err}");
    let after = stored();
    assert_eq!(after["Token"], MASTER);
    assert_eq!(after["Service"]["Tags"], json!(["v1"]));

    // `apply` with a file that has no token would remove it: refused for the same reason.
    let file = tempfile::NamedTempFile::new().unwrap();
    let definition = json!({"Name": name, "Service": {"Service": service, "Tags": ["v3"]}});
    std::fs::write(file.path(), definition.to_string()).unwrap();
    let err = fails(
        &consulctl_at(&agent.addr())
            .args(["--token", &writer, "query", "apply", "--file"])
            .arg(file.path())
            .output()
            .unwrap(),
        1,
    );
    assert!(err.contains("would remove the stored token"), "{err}");
    assert_eq!(stored()["Token"], MASTER);
    let err = fails(
        &consulctl_at(&agent.addr())
            .args(["--token", &writer, "query", "update", &name, "--file"])
            .arg(file.path())
            .output()
            .unwrap(),
        1,
    );
    assert!(err.contains("would remove the stored token"), "{err}");
    assert_eq!(stored()["Token"], MASTER);

    // With the token in the file, apply cannot compare it but still settles: the second run
    // changes nothing.
    let definition = json!({"Name": name, "Service": {"Service": service, "Tags": ["v3"]},
                            "Token": MASTER});
    std::fs::write(file.path(), definition.to_string()).unwrap();
    let apply = || {
        consulctl_at(&agent.addr())
            .args(["--token", &writer, "query", "apply", "--file"])
            .arg(file.path())
            .output()
            .unwrap()
    };
    let first = apply();
    assert_eq!(first.status.code(), Some(0), "{}", stderr_of(&first));
    assert!(
        stdout_of(&first).contains("Service.Tags"),
        "{}",
        stdout_of(&first)
    );
    let second = apply();
    assert_eq!(second.status.code(), Some(0), "{}", stderr_of(&second));
    assert!(
        stdout_of(&second).contains("nothing to do"),
        "{}",
        stdout_of(&second)
    );
    assert!(
        stderr_of(&second).contains("not compared"),
        "{}",
        stderr_of(&second)
    );
    assert_eq!(stored()["Token"], MASTER);
    assert_eq!(stored()["Service"]["Tags"], json!(["v3"]));

    // The master token sees the stored token, so its update carries it over.
    ok(&consulctl_at(&agent.addr())
        .args(["--token", MASTER])
        .args(["query", "update", &name, "--tag", "v2"])
        .output()
        .unwrap());
    let after = stored();
    assert_eq!(after["Token"], MASTER);
    assert_eq!(after["Service"]["Tags"], json!(["v2"]));

    // A wrong caller token is refused, and the message says how it was given.
    let err = fails(
        &consulctl_at(&agent.addr())
            .env("CONSUL_HTTP_TOKEN", "00000000-0000-0000-0000-000000000000")
            .args(["query", "list"])
            .output()
            .unwrap(),
        1,
    );
    assert!(err.contains("CONSUL_HTTP_TOKEN"), "{err}");
}
