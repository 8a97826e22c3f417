//! Fields newer than the agent: consulctl reads the agent's version (once) and names the version
//! needed instead of passing on Consul's bare 400 "unknown field".

use serde_json::json;
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::cli_errors::failed;
use crate::support::agent::Agent;
use crate::support::{consulctl, consulctl_at, run, stderr_of, Mock};

fn agent_at_version(version: &str) -> Mock {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/self"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "Config": {"Datacenter": "dc1", "NodeName": "n1", "Version": version}
            })))
            .expect(1),
    );
    mock
}

#[test]
fn h2ping_and_tls_server_name_go_out_to_a_new_enough_agent() {
    let mock = agent_at_version("1.10.0");
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/register"))
            .and(body_partial_json(
                json!({"H2PING": "127.0.0.1:8443", "Interval": "10s"}),
            ))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let out = run(consulctl_at(&mock.addr()).args([
        "check",
        "register",
        "h2",
        "--h2ping",
        "127.0.0.1:8443",
        "--interval",
        "10s",
    ]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    mock.verify();

    let mock = agent_at_version("1.15.2+ent");
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/register"))
            .and(body_partial_json(
                json!({"HTTP": "https://127.0.0.1:8443/health", "TLSServerName": "web.internal"}),
            ))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let out = run(consulctl_at(&mock.addr()).args([
        "check",
        "register",
        "web-tls",
        "--http",
        "https://127.0.0.1:8443/health",
        "--interval",
        "10s",
        "--check-tls-server-name",
        "web.internal",
    ]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    mock.verify();
}

#[test]
fn an_older_agent_is_told_which_version_is_needed_and_nothing_is_registered() {
    for (args, what) in [
        (
            &[
                "check",
                "register",
                "h2",
                "--h2ping",
                "127.0.0.1:8443",
                "--interval",
                "10s",
            ][..],
            "an H2PING check needs Consul 1.10.0 or newer",
        ),
        (
            &[
                "check",
                "register",
                "g",
                "--grpc",
                "127.0.0.1:9090",
                "--grpc-use-tls",
                "--interval",
                "10s",
                "--check-tls-server-name",
                "grpc.internal",
            ],
            "a check's TLSServerName needs Consul 1.10.0 or newer",
        ),
    ] {
        let mock = agent_at_version("1.9.17");
        mock.expect(
            Expect::given(method("PUT"))
                .respond_with(ResponseTemplate::new(200))
                .expect(0),
        );
        let out = run(consulctl_at(&mock.addr()).args(args));
        failed(&out, 1, &[what, "runs 1.9.17", &mock.uri()]);
        mock.verify();
    }
}

#[test]
fn a_service_file_with_a_newer_check_field_is_gated_too() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("web.json");
    std::fs::write(
        &file,
        r#"{"service": {"name": "web", "port": 8080, "check": {"h2ping": "127.0.0.1:8443", "interval": "10s"}}}"#,
    )
    .unwrap();
    let mock = agent_at_version("1.8.7");
    mock.expect(
        Expect::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(0),
    );
    let out = run(consulctl_at(&mock.addr()).args([
        "service",
        "register",
        "--file",
        file.to_str().unwrap(),
    ]));
    failed(&out, 1, &["H2PING", "1.10.0", "runs 1.8.7"]);
    mock.verify();
}

/// Without agent:read the version cannot be known: the request goes out and Consul decides.
#[test]
fn an_unreadable_version_does_not_block_the_request() {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/self"))
            .respond_with(ResponseTemplate::new(403).set_body_string("Permission denied"))
            .expect(1),
    );
    mock.expect(
        Expect::given(method("PUT"))
            .and(path("/v1/agent/check/register"))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let out = run(consulctl_at(&mock.addr()).args([
        "check",
        "register",
        "h2",
        "--h2ping",
        "127.0.0.1:8443",
        "--interval",
        "10s",
    ]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    mock.verify();
}

/// The real 1.8.7 agent answers `400 Request decode failed: json: unknown field "H2PING"`;
/// consulctl says what is needed instead, and registers nothing.
#[test]
fn real_1_8_agent_gets_the_version_message() {
    let agent = Agent::shared();
    let id = crate::support::unique("h2ping");
    let out = run(consulctl().args([
        "--http-addr",
        &agent.addr(),
        "check",
        "register",
        &id,
        "--h2ping",
        "127.0.0.1:8443",
        "--interval",
        "10s",
    ]));
    failed(
        &out,
        1,
        &["an H2PING check needs Consul 1.10.0 or newer", "runs 1.8.7"],
    );
    assert!(agent.checks().get(&id).is_none());
}

/// Consul Enterprise: `--partition` and `--namespace` (and their variables) go where the API
/// takes them, and nowhere else (prepared queries take neither).
#[test]
fn partition_and_namespace_go_to_the_endpoints_that_take_them() {
    let sent = |args: &[&str]| -> Vec<String> {
        let mock = agent_at_version("1.21.4+ent");
        mock.expect(
            Expect::given(method("GET"))
                .and(path("/v1/agent/members"))
                .respond_with(ResponseTemplate::new(200).set_body_string("[]")),
        );
        mock.expect(
            Expect::given(method("GET"))
                .and(path("/v1/agent/services"))
                .respond_with(ResponseTemplate::new(200).set_body_string("{}")),
        );
        mock.expect(
            Expect::given(method("GET"))
                .and(path("/v1/query"))
                .respond_with(ResponseTemplate::new(200).set_body_string("[]")),
        );
        for health in ["/v1/health/state/any", "/v1/health/service/web"] {
            mock.expect(
                Expect::given(method("GET")).and(path(health)).respond_with(
                    ResponseTemplate::new(200)
                        .insert_header("X-Consul-Index", "7")
                        .set_body_string("[]"),
                ),
            );
        }
        mock.expect(Expect::given(method("PUT")).respond_with(ResponseTemplate::new(200)));
        let out = run(consulctl_at(&mock.addr())
            .env("CONSUL_NAMESPACE", "frontend")
            .args(["--partition", "team-a"])
            .args(args));
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr_of(&out));
        mock.verify();
        mock.requests()
            .iter()
            .filter(|r| r.url.path() != "/v1/agent/self")
            .map(|r| {
                format!(
                    "{} {}?{}",
                    r.method,
                    r.url.path(),
                    r.url.query().unwrap_or("")
                )
            })
            .collect()
    };
    assert_eq!(
        sent(&["service", "list"]),
        ["GET /v1/agent/services?ns=frontend&partition=team-a"]
    );
    assert_eq!(
        sent(&["check", "register", "disk", "--ttl", "1m"]),
        ["PUT /v1/agent/check/register?ns=frontend&partition=team-a"]
    );
    assert_eq!(
        sent(&["check", "ttl", "pass", "disk"]),
        ["PUT /v1/agent/check/pass/disk?ns=frontend&partition=team-a"]
    );
    assert_eq!(
        sent(&["service", "maintenance", "enable", "web"]),
        ["PUT /v1/agent/service/maintenance/web?enable=true&ns=frontend&partition=team-a"]
    );
    assert_eq!(
        sent(&["agent", "members"]),
        ["GET /v1/agent/members?partition=team-a"]
    );
    assert_eq!(
        sent(&["agent", "force-leave", "n2"]),
        ["PUT /v1/agent/force-leave/n2?partition=team-a"]
    );
    // The catalog's health endpoints take both (an instance or check is in one namespace).
    assert_eq!(
        sent(&["check", "list", "--all-nodes"]),
        ["GET /v1/health/state/any?ns=frontend&partition=team-a"]
    );
    assert_eq!(
        sent(&["service", "wait", "web", "--absent"]),
        ["GET /v1/health/service/web?ns=frontend&partition=team-a"]
    );
    assert_eq!(sent(&["query", "list"]), ["GET /v1/query?"]);
    assert_eq!(
        sent(&["agent", "maintenance", "enable"]),
        ["PUT /v1/agent/maintenance?enable=true"]
    );
}

/// Community Edition 1.11 and newer refuse a partition with a 400; consulctl says what to do.
#[test]
fn a_community_agent_refusing_a_partition_gets_a_hint() {
    let mock = Mock::start();
    // Without agent:read the version is unknown: the request goes out and Consul decides.
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/self"))
            .respond_with(ResponseTemplate::new(403).set_body_string("Permission denied")),
    );
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/services"))
            .respond_with(ResponseTemplate::new(400).set_body_string(
                "Invalid query parameter: \"partition\" - Partitions are a Consul Enterprise feature",
            ))
            .expect(1),
    );
    let out = run(consulctl_at(&mock.addr())
        .env("CONSUL_PARTITION", "team-a")
        .args(["service", "list"]));
    failed(
        &out,
        1,
        &[
            "Partitions are a Consul Enterprise feature",
            "leave out --partition and unset CONSUL_PARTITION",
        ],
    );
    mock.verify();

    // A version that says Community Edition is refused before anything else is sent.
    let mock = agent_at_version("1.21.4");
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/members"))
            .respond_with(ResponseTemplate::new(200).set_body_string("[]"))
            .expect(0),
    );
    let out = run(consulctl_at(&mock.addr()).args(["--partition", "team-a", "agent", "members"]));
    failed(
        &out,
        1,
        &[
            "--partition (CONSUL_PARTITION) needs Consul Enterprise",
            "runs 1.21.4",
        ],
    );
    mock.verify();
}

/// The real 1.8.7 agent ignores `?partition=` (it answers for everything, as if not asked), and
/// refuses `?ns=` with a 400: consulctl says, for both, that this is a Community agent.
#[test]
fn real_1_8_agent_refuses_partitions_and_namespaces_clearly() {
    let agent = Agent::shared();
    for args in [
        &["--partition", "team-a", "agent", "members"][..],
        &["--partition", "team-a", "service", "list"],
    ] {
        let out = run(consulctl().args(["--http-addr", &agent.addr()]).args(args));
        failed(
            &out,
            1,
            &[
                "--partition (CONSUL_PARTITION) needs Consul Enterprise",
                "runs 1.8.7 (Community Edition)",
                "unset CONSUL_PARTITION",
            ],
        );
    }
    let out = run(consulctl().env("CONSUL_PARTITION", "team-a").args([
        "--http-addr",
        &agent.addr(),
        "check",
        "list",
    ]));
    failed(&out, 1, &["needs Consul Enterprise", "runs 1.8.7"]);
    let out = run(consulctl().args([
        "--http-addr",
        &agent.addr(),
        "--namespace",
        "team-a",
        "check",
        "list",
    ]));
    failed(
        &out,
        1,
        &[
            "Namespaces are a Consul Enterprise feature",
            "leave out --namespace and unset CONSUL_NAMESPACE",
        ],
    );
}
