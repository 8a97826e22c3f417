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

/// A service with one instance on a plain loopback address and three whose address Consul
/// took as it was sent (it validates none): a line break, a terminal escape, and (through its
/// node, for an instance without an address of its own) a space. Registering these sends
/// nothing to them. The instances are on nodes of the test's own: other tests leave critical
/// checks on the agent's node, which make every instance there unhealthy. Returns the nodes.
fn register_injected(service: &str) -> [String; 2] {
    let agent = Agent::shared();
    let nodes = [unique("inj-node"), unique("spaced-node")];
    for (id, address, port) in [
        ("good", "127.0.0.9", 80),
        ("nl", "127.0.0.7\n127.0.0.66", 80),
        ("esc", "\u{1b}[31m127.0.0.8", 81),
    ] {
        agent.put(
            "/v1/catalog/register",
            Some(json!({
                "Node": nodes[0],
                "Address": "127.0.0.2",
                "Service": {"Service": service, "ID": format!("{service}-{id}"),
                            "Address": address, "Port": port}
            })),
        );
    }
    agent.put(
        "/v1/catalog/register",
        Some(json!({
            "Node": nodes[1],
            "Address": "127.0.0.5 127.0.0.6",
            "Service": {"Service": service, "ID": format!("{service}-node"), "Port": 82}
        })),
    );
    nodes
}

fn deregister_nodes(nodes: &[String]) {
    for node in nodes {
        Agent::shared().put("/v1/catalog/deregister", Some(json!({"Node": node})));
    }
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
    let nodes = register_injected(&service);

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
    deregister_nodes(&nodes);
}

#[test]
fn query_execute_leaves_addresses_that_are_no_host_out_of_addrs() {
    let service = unique("injq");
    let nodes = register_injected(&service);
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
    deregister_nodes(&nodes);
}

/// An HTTP endpoint on loopback that answers 200 to everything and keeps the head of each
/// request: what an HTTP check that Consul runs sends.
struct RecordingEndpoint {
    port: u16,
    heads: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl RecordingEndpoint {
    fn start() -> RecordingEndpoint {
        use std::io::{BufRead, BufReader, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let heads = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let kept = std::sync::Arc::clone(&heads);
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let mut head = String::new();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                    head.push_str(&line);
                    line.clear();
                }
                kept.lock().unwrap().push(head);
                let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            }
        });
        RecordingEndpoint { port, heads }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Waits until a request for `path` arrived with a header line `line` (any case), which
    /// Consul sends within the check's interval (and a stagger of at most as long).
    fn saw(&self, path: &str, line: &str) -> bool {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while std::time::Instant::now() < deadline {
            let heads = self.heads.lock().unwrap().clone();
            if heads.iter().any(|h| {
                h.starts_with(&format!("GET {path} "))
                    && h.lines().any(|l| l.eq_ignore_ascii_case(line))
            }) {
                return true;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        false
    }
}

#[test]
fn credential_headers_are_hidden_wherever_a_body_is_shown_but_reach_the_check() {
    let agent = Agent::shared();
    let endpoint = RecordingEndpoint::start();
    let id = unique("hc");
    // On a service of its own, passing from the start: a critical check of the node would make
    // every instance on the shared agent unhealthy.
    let service = unique("hc-service");
    agent.put(
        "/v1/agent/service/register",
        Some(json!({"Name": service, "Port": 80})),
    );
    let register = |extra: &[&str], id: &str| {
        consulctl_at(&agent.addr())
            .args(extra)
            .args(["check", "register", id, "--service-id", &service])
            .args(["--status", "passing", "--interval", "1s", "--http"])
            .arg(endpoint.url(&format!("/{id}")))
            .args(["--header", "Authorization: Bearer hc-5ecret"])
            .args(["--header", "cookie: session=c00kie-5ecret"])
            .args(["--header", "X-Trace: visible"])
            .output()
            .unwrap()
    };
    let no_secret = |text: &str| {
        assert!(!text.contains("hc-5ecret"), "{text}");
        assert!(!text.contains("c00kie-5ecret"), "{text}");
    };

    let out = register(&["-v"], &id);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let log = stderr_of(&out);
    no_secret(&log);
    assert!(
        log.contains(r#""Header":{"Authorization":["<redacted>"],"X-Trace":["visible"],"cookie":["<redacted>"]}"#),
        "{log}"
    );
    assert!(
        endpoint.saw(&format!("/{id}"), "authorization: Bearer hc-5ecret"),
        "Consul's check never sent the header"
    );

    let out = register(&["-o", "json"], &id);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    no_secret(&stdout_of(&out));
    let echoed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(echoed["Header"]["Authorization"], json!(["<redacted>"]));
    assert_eq!(echoed["Header"]["X-Trace"], json!(["visible"]));

    // The dry run's curl line takes the values from variables, and sends them.
    let by_curl = unique("hc-curl");
    for format in ["json", "table"] {
        let out = register(&["--dry-run", "-o", format], &by_curl);
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        no_secret(&stdout_of(&out));
        assert!(
            stdout_of(&out).contains("$CONSUL_HEADER_AUTHORIZATION"),
            "{}",
            stdout_of(&out)
        );
    }
    let out = register(&["--dry-run"], &by_curl);
    let curl = stdout_of(&out)
        .lines()
        .find(|l| l.starts_with("curl "))
        .expect("a curl line")
        .to_string();
    assert!(
        curl.contains(r#""Authorization":["'"$CONSUL_HEADER_AUTHORIZATION"'"]"#),
        "{curl}"
    );
    let shell = std::process::Command::new("sh")
        .args(["-ec", &curl])
        .env("CONSUL_HEADER_AUTHORIZATION", "Bearer curl-5ecret")
        .env("CONSUL_HEADER_COOKIE", "session=curl-c00kie")
        .output()
        .unwrap();
    assert!(shell.status.success(), "{curl}: {shell:?}");
    assert!(
        endpoint.saw(&format!("/{by_curl}"), "authorization: Bearer curl-5ecret"),
        "the curl line's check never sent the header"
    );
    agent.put(&format!("/v1/agent/service/deregister/{service}"), None);
}

#[test]
fn the_dry_run_curl_line_fills_in_the_stored_token_field_only() {
    let agent = Agent::shared();
    let name = unique("tokq");
    let out = consulctl_at(&agent.addr())
        .args([
            "--dry-run",
            "query",
            "create",
            "--name",
            &name,
            "--service",
            "web",
        ])
        .args(["--query-token", "stored-5ecret"])
        .args(["--service-meta", "k=$CONSUL_QUERY_TOKEN"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let shown = stdout_of(&out);
    assert!(!shown.contains("stored-5ecret"), "{shown}");
    let curl = shown
        .lines()
        .find(|l| l.starts_with("curl "))
        .expect("a curl line")
        .to_string();
    let shell = std::process::Command::new("sh")
        .args(["-ec", &curl])
        .env("CONSUL_QUERY_TOKEN", "stored-5ecret")
        .output()
        .unwrap();
    assert!(shell.status.success(), "{curl}: {shell:?}");
    let queries = agent.get("/v1/query");
    let stored = queries
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["Name"] == name.as_str())
        .expect("the curl line created the query");
    assert_eq!(stored["Token"], "stored-5ecret");
    assert_eq!(stored["Service"]["ServiceMeta"]["k"], "$CONSUL_QUERY_TOKEN");
    let id = stored["ID"].as_str().unwrap();
    let _ = consulctl_at(&agent.addr())
        .args(["query", "delete", id])
        .output();
}

/// A forward proxy on loopback that counts the connections made to it and answers each with
/// 502.
fn counting_proxy() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = std::sync::Arc::clone(&count);
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let mut buffer = [0u8; 4096];
            let _ = stream.read(&mut buffer);
            let _ = stream.write_all(
                b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    });
    (url, count)
}

#[test]
fn an_agent_on_v4_mapped_loopback_is_not_asked_through_the_proxy() {
    let agent = Agent::shared();
    let (proxy, count) = counting_proxy();
    let port = agent.addr().rsplit(':').next().unwrap().to_string();
    let through = |addr: &str| {
        crate::support::consulctl()
            .args(["--http-addr", addr, "--token", crate::support::CANARY])
            .args(["service", "list"])
            .env("HTTP_PROXY", &proxy)
            .env("http_proxy", &proxy)
            .output()
            .unwrap()
    };
    let out = through(&format!("[::ffff:127.0.0.1]:{port}"));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 0);
    // The proxy is in force for an agent elsewhere (the name is never resolved: the proxy is
    // asked for it, and refuses).
    let _ = through("http://consul.invalid:8500");
    assert!(count.load(std::sync::atomic::Ordering::SeqCst) >= 1);
}

#[test]
fn a_token_file_that_never_ends_is_refused_before_anything_is_sent() {
    let nowhere = format!("127.0.0.1:{}", crate::support::unused_port());
    let out = consulctl_at(&nowhere)
        .args(["--token-file", "/dev/zero", "service", "list"])
        .output()
        .unwrap();
    assert_eq!(
        fails(&out, 2),
        "error: the token file /dev/zero (--token-file) is larger than 16 MiB; is it the right file?\n"
    );
    let out = consulctl_at(&nowhere)
        .args(["query", "create", "--name", "q", "--service", "web"])
        .args(["--query-token-file", "/dev/zero"])
        .output()
        .unwrap();
    let err = fails(&out, 2);
    assert!(
        err.starts_with(
            "error: the token file /dev/zero (--query-token-file) is larger than 16 MiB"
        ),
        "{err}"
    );
}

/// `KIND register --file` with `definition` written as it is (keys repeated in other cases
/// included, which `json!` cannot write).
fn register_file(kind: &str, definition: &str) -> (Output, String) {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), definition).unwrap();
    let path = file.path().display().to_string();
    (run(&[kind, "register", "--file", &path]), path)
}

#[test]
fn definition_files_with_an_id_nothing_could_reach_register_nothing() {
    let agent = Agent::shared();
    let good = unique("good");
    let services = [
        // The ID is the name, and Consul keeps the last of keys that differ in case only.
        format!(r#"{{"Name": "{good}", "name": "a/../b"}}"#),
        format!(r#"{{"Name": "{good}", "ID": "{good}", "id": "a/../b"}}"#),
        format!(r#"{{"Name": "{good}", "Check": {{"CheckID": "a/../b", "TTL": "10s"}}}}"#),
        format!(
            r#"{{"Name": "{good}", "Checks": [{{"CheckID": "{good}-c", "TTL": "10s"}},
                {{"CheckId": "ok", "checkid": "a/../b", "TTL": "10s"}}]}}"#
        ),
    ];
    for definition in &services {
        let (out, path) = register_file("service", definition);
        let err = fails(&out, 2);
        assert!(err.contains(&path) && err.contains(r#""a/../b""#), "{err}");
    }
    let (out, path) = register_file(
        "check",
        &format!(r#"{{"Name": "{good}", "ID": "{good}", "iD": "a/../b", "TTL": "10s"}}"#),
    );
    let err = fails(&out, 2);
    assert!(
        err.contains(&path) && err.contains(r#""iD" "a/../b""#),
        "{err}"
    );

    let registered =
        |id: &str| agent.services().get(id).is_some() || agent.checks().get(id).is_some();
    for id in ["a/../b", "b", good.as_str(), &format!("{good}-c")] {
        assert!(!registered(id), "{id} was registered");
    }
}

#[test]
fn a_definition_file_registers_and_names_the_last_of_repeated_keys() {
    let agent = Agent::shared();
    let (first, second) = (unique("first"), unique("second"));
    let (out, _) = register_file(
        "service",
        &format!(
            r#"{{"name": "{first}", "Name": "{second}", "ID": "{first}-id", "id": "{second}-id",
                "Port": 80}}"#
        ),
    );
    assert_eq!(
        crate::support::ok(&out),
        format!("Service {second:?} registered with ID \"{second}-id\".\n")
    );
    let services = agent.services();
    assert_eq!(
        services[&format!("{second}-id")]["Service"],
        second.as_str()
    );
    assert!(services.get(format!("{first}-id")).is_none());

    let (out, _) = register_file(
        "check",
        // On the service just registered, passing: a critical check of the node would make
        // every instance on the shared agent unhealthy.
        &format!(
            r#"{{"Name": "{first}", "NAME": "{second}", "TTL": "10m", "Status": "passing",
                "ServiceID": "{second}-id"}}"#
        ),
    );
    assert_eq!(
        crate::support::ok(&out),
        format!("Check {second:?} registered.\n")
    );
    let checks = agent.checks();
    assert_eq!(checks[&second]["Name"], second.as_str());
    assert!(checks.get(&first).is_none());
    agent.put(&format!("/v1/agent/service/deregister/{second}-id"), None);
}
