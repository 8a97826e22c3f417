//! What a hostile or careless registration can put in Consul, end to end against the shared
//! real agent: addresses that are no host, definition files with IDs nothing could reach.

use std::process::Output;

use serde_json::json;

use crate::support::{consulctl_at, fails, stderr_of, stdout_of, unique, Agent};

fn run(args: &[&str]) -> Output {
    consulctl_at(&Agent::shared().addr())
        .args(args)
        .output()
        .unwrap()
}

/// A service with one instance on a plain loopback address and three whose address the agent
/// took as it was sent (Consul validates none): a line break, a terminal escape, and (through
/// its node, for an instance without an address of its own) a space. Registering these sends
/// nothing to them.
fn register_injected(service: &str) -> String {
    let agent = Agent::shared();
    let register = |id: &str, address: &str, port: u16| {
        agent.put(
            "/v1/agent/service/register",
            Some(json!({"Name": service, "ID": id, "Address": address, "Port": port})),
        )
    };
    register(&format!("{service}-good"), "127.0.0.9", 80);
    register(&format!("{service}-nl"), "127.0.0.7\n127.0.0.66", 80);
    register(&format!("{service}-esc"), "\u{1b}[31m127.0.0.8", 81);
    let node = unique("spaced-node");
    agent.put(
        "/v1/catalog/register",
        Some(json!({
            "Node": node,
            "Address": "127.0.0.5 127.0.0.6",
            "Service": {"Service": service, "ID": format!("{service}-node"), "Port": 82}
        })),
    );
    node
}

fn deregister_node(node: &str) {
    Agent::shared().put("/v1/catalog/deregister", Some(json!({"Node": node})));
}

/// Stderr is one `note:` line naming each instance whose address is no host, escaped.
fn assert_noted_escaped(err: &str, service: &str) {
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(err.starts_with("note: left out of -o addrs"), "{err:?}");
    assert!(!err.contains('\u{1b}'), "{err:?}");
    for (id, shown) in [
        ("nl", r#""127.0.0.7\n127.0.0.66""#),
        ("esc", r#""\u{1b}[31m127.0.0.8""#),
        ("node", r#""127.0.0.5 127.0.0.6""#),
    ] {
        assert!(
            err.contains(&format!("{service}-{id} on ")),
            "{id}: {err:?}"
        );
        assert!(err.contains(shown), "{shown}: {err:?}");
    }
}

/// The table shows every instance, with the addresses that are no host quoted and escaped.
fn assert_table_escaped(table: &str) {
    assert!(!table.contains('\u{1b}'), "{table:?}");
    assert!(table.contains(r#""127.0.0.7\n127.0.0.66""#), "{table}");
    assert!(table.contains(r#""\u{1b}[31m127.0.0.8""#), "{table}");
    assert!(table.contains(r#""127.0.0.5 127.0.0.6""#), "{table}");
    assert!(table.contains("127.0.0.9"), "{table}");
}

#[test]
fn service_wait_leaves_addresses_that_are_no_host_out_of_addrs() {
    let service = unique("inj");
    let node = register_injected(&service);

    let out = run(&["service", "wait", &service, "--min", "1", "-o", "addrs"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "127.0.0.9:80\n");
    assert_noted_escaped(&stderr_of(&out), &service);

    // Counted as -o addrs prints them: one instance, not four.
    let out = run(&[
        "service",
        "wait",
        &service,
        "--min",
        "2",
        "-o",
        "addrs",
        "--timeout",
        "1s",
    ]);
    let err = fails(&out, 4);
    assert!(
        err.contains("4 healthy, 1 of them with an address:port (-o addrs counts only those)"),
        "{err}"
    );
    assert!(!err.contains('\u{1b}'), "{err:?}");

    let out = run(&["service", "wait", &service, "--min", "4"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let table = stdout_of(&out);
    assert_eq!(table.lines().count(), 5, "{table}");
    assert_table_escaped(&table);
    deregister_node(&node);
}

#[test]
fn query_execute_leaves_addresses_that_are_no_host_out_of_addrs() {
    let service = unique("injq");
    let node = register_injected(&service);
    let name = unique("injq");
    let out = run(&["query", "create", "--name", &name, "--service", &service]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));

    let out = run(&["query", "execute", &name, "-o", "addrs"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "127.0.0.9:80\n");
    assert_noted_escaped(&stderr_of(&out), &service);

    // --min counts what -o addrs can print, in every format.
    for format in ["addrs", "table"] {
        let out = run(&["query", "execute", &name, "--min", "2", "-o", format]);
        let err = fails(&out, 1);
        assert!(
            err.contains("found 1 healthy instance of") && err.contains("(3 more without one)"),
            "{err}"
        );
    }

    let out = run(&["query", "execute", &name]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_table_escaped(&stdout_of(&out));
    deregister_node(&node);
}
