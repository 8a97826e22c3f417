//! Answers and fields of newer Consul than the real agent here (1.8.7): multi-port services
//! (1.22), services on a unix socket, cluster peering in prepared queries (1.14+: failover
//! Targets, Service.Peer, PeerName) and sameness groups (Enterprise 1.16+). The answers are the
//! fixtures in tests/corpus named in [`SHAPES`], each with where its shape comes from; tables are
//! checked against text written by hand, writes by the body sent.

use std::process::Output;

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::cli_errors::failed;
use crate::support::{consulctl_at, ok, run, stderr_of, stdout_of, Mock};

/// Every fixture of this file and the source of its shape.
const SHAPES: [(&str, &str); 7] = [
    (
        "query_execute/multi_port_1.22.json",
        "Consul 1.22 multi-port services: `ports = [{name, port, default}]` \
         (developer.hashicorp.com/consul/docs/connect/proxy/multiport), answered in \
         NodeService.Ports as [{Name, Port, Default}] with Port 0 (web-1) or absent (web-2); \
         web-3 is a single-port instance of a rolling upgrade. Node and check fields as 1.21 \
         answers them (agent/structs CheckServiceNode).",
    ),
    (
        "query_execute/socket_path_1.21.json",
        "NodeService.SocketPath (agent/structs: a service on a unix socket has Port 0 and no \
         Address); one instance with a port beside it.",
    ),
    (
        "query_execute/peer_failover_1.21.json",
        "PreparedQueryExecuteResponse after a failover to a cluster peer (1.14+, \
         agent/structs/prepared_query.go: PeerName; Node.PeerName and Service.PeerName on the \
         instances). Uncertain: whether Datacenter is blank or the peer's datacenter; blank is \
         the case that needs PeerName.",
    ),
    (
        "services/multi_port_1.22.json",
        "GET /v1/agent/services on 1.22: AgentService.Ports [{Name, Port, Default}] with Port 0 \
         or absent, and AgentService.SocketPath (api/agent.go).",
    ),
    (
        "query_get/targets_1.21.json",
        "A query with failover Targets as Community 1.21 answers it (api/prepared_query.go \
         QueryFailoverOptions{NearestN, Datacenters, Targets []QueryFailoverTarget{Peer, \
         Datacenter}}; ServiceQuery.Peer). Every target carries its empty fields.",
    ),
    (
        "query_list/peering_1.21.json",
        "GET /v1/query on Community 1.21: a Targets failover, a query of a peer's imported \
         service (ServiceQuery.Peer) and an older NearestN/Datacenters failover.",
    ),
    (
        "query_list/sameness_group_1.21+ent.json",
        "GET /v1/query on Enterprise 1.21: ServiceQuery.SamenessGroup, Namespace and Partition \
         (json omitempty, so absent on Community); targets with Partition and Namespace. \
         Uncertain: whether Enterprise fills a target's empty Partition/Namespace with \
         \"default\"; these are blank.",
    ),
];

fn corpus(name: &str) -> Value {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name);
    assert!(
        SHAPES.iter().any(|(n, _)| *n == name),
        "{name}: name its source in SHAPES"
    );
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{name}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_fixture_names_the_source_of_its_shape() {
    for (name, source) in SHAPES {
        assert!(!source.trim().is_empty(), "{name}");
        corpus(name);
    }
}

fn answering(verb: &str, at: &str, body: Value) -> Mock {
    let mock = Mock::start();
    also(
        &mock,
        verb,
        at,
        ResponseTemplate::new(200).set_body_json(body),
    );
    mock
}

fn also(mock: &Mock, verb: &str, at: &str, response: ResponseTemplate) {
    mock.expect(
        Expect::given(method(verb))
            .and(path(at))
            .respond_with(response),
    );
}

/// `GET /v1/agent/self` answering as an agent of `version`.
fn at_version(mock: &Mock, version: &str) {
    also(
        mock,
        "GET",
        "/v1/agent/self",
        ResponseTemplate::new(200).set_body_json(json!({
            "Config": {"Datacenter": "dc1", "NodeName": "n1", "Version": version}
        })),
    );
}

fn cli(mock: &Mock, args: &[&str]) -> Output {
    run(consulctl_at(&mock.addr()).args(args))
}

/// The requests sent, as `VERB /path`.
fn routes(mock: &Mock) -> Vec<String> {
    mock.requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.url.path()))
        .collect()
}

/// The body of the one request sent with `verb`.
fn body_of(mock: &Mock, verb: &str) -> Value {
    let bodies: Vec<Value> = mock
        .requests()
        .iter()
        .filter(|r| r.method.as_str() == verb)
        .map(|r| serde_json::from_slice(&r.body).expect("a JSON body"))
        .collect();
    assert_eq!(bodies.len(), 1, "one {verb}: {:?}", routes(mock));
    bodies.into_iter().next().unwrap()
}

/// Consul decodes `null` and an absent field alike; an update may leave nulls out.
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        other => other,
    }
}

// ---------------------------------------------------------------------------------------------
// query execute: multi-port services and sockets

fn execute(fixture: &str, args: &[&str]) -> (Output, Mock) {
    let mock = answering("GET", "/v1/query/web/execute", corpus(fixture));
    let output = cli(&mock, &[&["query", "execute", "web"], args].concat());
    (output, mock)
}

#[test]
fn multi_port_instances_show_their_default_port() {
    let (output, _) = execute("query_execute/multi_port_1.22.json", &[]);
    assert_eq!(
        ok(&output),
        "\
Node  Address    Port  Service ID  Tags  Health
n1    127.0.0.1  8080  web-1       v2    2 passing
n2    127.0.0.2  8081  web-2       v2    2 passing
n3    127.0.0.3  8082  web-3       v1    2 passing

Datacenter dc1 answered, no failover.
"
    );
    let (output, _) = execute("query_execute/multi_port_1.22.json", &["-o", "addrs"]);
    assert_eq!(
        ok(&output),
        "127.0.0.1:8080\n127.0.0.2:8081\n127.0.0.3:8082\n"
    );
}

/// Consul Enterprise: an instance outside the default namespace adds a Namespace column; a
/// partition left at the default adds none. (The shape of 1.21 Enterprise's execute answer,
/// `agent/structs` `CheckServiceNode`, as in tests/corpus/versions/README.md.)
#[test]
fn execute_on_enterprise_shows_a_namespace_only_when_one_is_not_the_default() {
    let instance = |node: &str, address: &str, namespace: &str| {
        serde_json::json!({
            "Node": {"Node": node, "Address": address, "Partition": "default"},
            "Service": {"ID": "api", "Service": "api", "Tags": ["v1"], "Port": 9001,
                "Namespace": namespace, "Partition": "default"},
            "Checks": [{"CheckID": "serfHealth", "Status": "passing",
                "Namespace": "default", "Partition": "default"}]
        })
    };
    let answer = |namespaces: [&str; 2]| {
        serde_json::json!({
            "Service": "api", "Datacenter": "dc1", "Failovers": 0,
            "EnterpriseMeta": {"Partition": "default", "Namespace": "default"},
            "Nodes": [instance("n1", "10.0.0.1", namespaces[0]), instance("n2", "10.0.0.2", namespaces[1])],
            "DNS": {"TTL": ""}
        })
    };
    let mock = answering(
        "GET",
        "/v1/query/api/execute",
        answer(["default", "frontend"]),
    );
    assert_eq!(
        ok(&cli(&mock, &["query", "execute", "api"])),
        "\
Node  Address   Port  Service ID  Tags  Health     Namespace
n1    10.0.0.1  9001  api         v1    1 passing  default
n2    10.0.0.2  9001  api         v1    1 passing  frontend

Datacenter dc1 answered, no failover.
"
    );
    let mock = answering("GET", "/v1/query/api/execute", answer(["default", ""]));
    assert_eq!(
        ok(&cli(&mock, &["query", "execute", "api"])),
        "\
Node  Address   Port  Service ID  Tags  Health
n1    10.0.0.1  9001  api         v1    1 passing
n2    10.0.0.2  9001  api         v1    1 passing

Datacenter dc1 answered, no failover.
"
    );
}

#[test]
fn json_output_of_a_multi_port_answer_is_the_answer_as_it_came() {
    let (output, _) = execute("query_execute/multi_port_1.22.json", &["-o", "json"]);
    let printed: Value = serde_json::from_str(&ok(&output)).unwrap();
    assert_eq!(printed, corpus("query_execute/multi_port_1.22.json"));
}

#[test]
fn port_name_picks_a_named_port_and_leaves_out_instances_without_it() {
    let (output, _) = execute(
        "query_execute/multi_port_1.22.json",
        &["--port-name", "grpc", "-o", "addrs"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert_eq!(stdout_of(&output), "127.0.0.1:9090\n127.0.0.2:9091\n");
    assert_eq!(
        stderr_of(&output),
        "note: left out of -o addrs, having no address:port: web-3 on n3 has no port named \"grpc\"\n"
    );

    let (output, _) = execute(
        "query_execute/multi_port_1.22.json",
        &["--port-name", "grpc"],
    );
    assert_eq!(
        ok(&output),
        "\
Node  Address    Port  Service ID  Tags  Health
n1    127.0.0.1  9090  web-1       v2    2 passing
n2    127.0.0.2  9091  web-2       v2    2 passing
n3    127.0.0.3        web-3       v1    2 passing

Datacenter dc1 answered, no failover.
"
    );
}

#[test]
fn min_counts_only_instances_with_a_usable_port() {
    let (output, _) = execute(
        "query_execute/multi_port_1.22.json",
        &["--port-name", "grpc", "--min", "3", "-o", "addrs"],
    );
    failed(
        &output,
        1,
        &[
            "found 2 healthy instances of \"web\" with a usable port (1 more without one)",
            "fewer than --min 3",
        ],
    );
    let (output, _) = execute("query_execute/socket_path_1.21.json", &["--min", "2"]);
    failed(
        &output,
        1,
        &["found 1 healthy instance of \"web\" with a usable port (1 more without one)"],
    );
    let (output, _) = execute("query_execute/multi_port_1.22.json", &["--min", "3"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
}

#[test]
fn an_unknown_port_name_is_refused_with_the_names_there_are() {
    let (output, _) = execute(
        "query_execute/multi_port_1.22.json",
        &["--port-name", "admin", "-o", "addrs"],
    );
    failed(
        &output,
        1,
        &[
            "no instance of \"web\" has a port named \"admin\"",
            "the names there are: grpc, http",
        ],
    );
    let (output, _) = execute(
        "query_execute/socket_path_1.21.json",
        &["--port-name", "http"],
    );
    failed(&output, 1, &["its instances have no named ports"]);
}

#[test]
fn a_socket_instance_shows_its_socket_and_is_left_out_of_addrs_with_one_note() {
    let (output, _) = execute("query_execute/socket_path_1.21.json", &[]);
    assert_eq!(
        ok(&output),
        "\
Node  Address            Port  Service ID  Tags  Health
n1    127.0.0.1          8080  web-1             2 passing
n2    /run/web/web.sock        web-sock          2 passing

Datacenter dc1 answered, no failover.
"
    );
    let (output, _) = execute("query_execute/socket_path_1.21.json", &["-o", "addrs"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout_of(&output), "127.0.0.1:8080\n");
    assert_eq!(
        stderr_of(&output),
        "note: left out of -o addrs, having no address:port: web-sock on n2 listens on the unix socket /run/web/web.sock\n"
    );
    let (output, _) = execute(
        "query_execute/socket_path_1.21.json",
        &["-o", "addrs", "--quiet"],
    );
    assert_eq!(ok(&output), "127.0.0.1:8080\n");
}

#[test]
fn after_a_peer_failover_execute_names_the_peer() {
    let (output, _) = execute("query_execute/peer_failover_1.21.json", &[]);
    assert_eq!(
        ok(&output),
        "\
Node  Address    Port  Service ID  Tags  Health
n3    127.0.0.3  8080  web-1       v1    2 passing

Peer cluster-02 answered, after 1 failover.
"
    );
}

// ---------------------------------------------------------------------------------------------
// agent services / service list

#[test]
fn service_list_shows_default_ports_and_sockets() {
    let mock = answering(
        "GET",
        "/v1/agent/services",
        corpus("services/multi_port_1.22.json"),
    );
    for command in [&["service", "list"][..], &["agent", "services"]] {
        assert_eq!(
            ok(&cli(&mock, command)),
            "\
ID        Service   Address            Port  Tags
db        postgres                     5432  primary
web-1     web       127.0.0.1          8080  v2
web-2     web                          8081  v2
web-sock  web       /run/web/web.sock
"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// query list and get

#[test]
fn query_list_shows_targets_and_peer() {
    let mock = answering("GET", "/v1/query", corpus("query_list/peering_1.21.json"));
    assert_eq!(
        ok(&cli(&mock, &["query", "list"])),
        "\
ID                                    Name          Service  Peer        Tags  OnlyPassing  Failover                  DNS TTL
5b3f6c2e-8d41-4e0a-9c7b-1a2d3e4f5a62  web-dcs       web                        no           nearest 2, then dc2, dc3
5b3f6c2e-8d41-4e0a-9c7b-1a2d3e4f5a61  web-imported  web      cluster-03        no
5b3f6c2e-8d41-4e0a-9c7b-1a2d3e4f5a60  web-peers     web                        no           peer:cluster-02, dc:dc2
"
    );
}

#[test]
fn query_list_shows_the_sameness_group_on_enterprise() {
    let mock = answering(
        "GET",
        "/v1/query",
        corpus("query_list/sameness_group_1.21+ent.json"),
    );
    assert_eq!(
        ok(&cli(&mock, &["query", "list"])),
        "\
ID                                    Name       Service  Tags  OnlyPassing  SamenessGroup  Failover         DNS TTL
5b3f6c2e-8d41-4e0a-9c7b-1a2d3e4f5a63  web-group  web            no           prod
5b3f6c2e-8d41-4e0a-9c7b-1a2d3e4f5a64  web-peers  web            no                          peer:cluster-02
"
    );
}

const TARGETS_ID: &str = "5b3f6c2e-8d41-4e0a-9c7b-1a2d3e4f5a60";
const IMPORTED_ID: &str = "5b3f6c2e-8d41-4e0a-9c7b-1a2d3e4f5a61";
const DCS_ID: &str = "5b3f6c2e-8d41-4e0a-9c7b-1a2d3e4f5a62";

/// The query of the peering list with `id`, as `GET /v1/query/ID` answers it.
fn stored(id: &str) -> Value {
    stored_in("query_list/peering_1.21.json", id)
}

fn stored_in(fixture: &str, id: &str) -> Value {
    let list = corpus(fixture);
    let query = list
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["ID"] == id)
        .unwrap()
        .clone();
    json!([query])
}

#[test]
fn query_get_shows_targets() {
    let mock = answering(
        "GET",
        &format!("/v1/query/{TARGETS_ID}"),
        corpus("query_get/targets_1.21.json"),
    );
    let text = ok(&cli(&mock, &["query", "get", TARGETS_ID]));
    assert!(
        text.contains("\nFailover        peer:cluster-02, dc:dc2\n"),
        "{text}"
    );
    let mock = answering(
        "GET",
        &format!("/v1/query/{IMPORTED_ID}"),
        stored(IMPORTED_ID),
    );
    let text = ok(&cli(&mock, &["query", "get", IMPORTED_ID]));
    assert!(
        text.starts_with(&format!(
            "ID              {IMPORTED_ID}\nName            web-imported\nService         web\nPeer            cluster-03\n"
        )),
        "{text}"
    );
}

// ---------------------------------------------------------------------------------------------
// query apply: Targets settle

fn apply(file_body: &Value, version: &str) -> (Output, Mock) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("q.json");
    std::fs::write(&file, file_body.to_string()).unwrap();
    let list = corpus("query_list/peering_1.21.json");
    let mock = answering("GET", "/v1/query", list.clone());
    // Read again right before a write (the query PUT has no check-and-set).
    let stored = list
        .as_array()
        .and_then(|l| l.iter().find(|q| q["ID"] == TARGETS_ID));
    also(
        &mock,
        "GET",
        &format!("/v1/query/{TARGETS_ID}"),
        ResponseTemplate::new(200).set_body_json(json!([stored.expect("the targets query")])),
    );
    also(
        &mock,
        "PUT",
        &format!("/v1/query/{TARGETS_ID}"),
        ResponseTemplate::new(200),
    );
    at_version(&mock, version);
    let output = cli(&mock, &["query", "apply", "--file", file.to_str().unwrap()]);
    (output, mock)
}

#[test]
fn apply_of_targets_settles_although_consul_fills_in_their_empty_fields() {
    let file = json!({"Name": "web-peers", "Service": {"Service": "web",
        "Failover": {"Targets": [{"Peer": "cluster-02"}, {"Datacenter": "dc2"}]}}});
    let (output, mock) = apply(&file, "1.21.4");
    assert_eq!(
        ok(&output),
        format!("Query \"web-peers\" ({TARGETS_ID}) is already as asked; nothing to do.\n")
    );
    assert_eq!(routes(&mock), ["GET /v1/query"]);

    let changed = json!({"Name": "web-peers", "Service": {"Service": "web",
        "Failover": {"Targets": [{"Peer": "cluster-02"}, {"Datacenter": "dc3"}]}}});
    let (output, mock) = apply(&changed, "1.21.4");
    assert_eq!(
        ok(&output),
        format!(
            "Updated query \"web-peers\" ({TARGETS_ID}):\n  Service.Failover.Targets: \
             [{{\"Peer\":\"cluster-02\",\"Datacenter\":\"\"}},{{\"Peer\":\"\",\"Datacenter\":\"dc2\"}}] \
             -> [{{\"Peer\":\"cluster-02\"}},{{\"Datacenter\":\"dc3\"}}]\n"
        )
    );
    assert_eq!(body_of(&mock, "PUT"), changed);
}

// ---------------------------------------------------------------------------------------------
// query create and update: the new flags

fn create(args: &[&str], version: &str) -> (Output, Mock) {
    let mock = answering(
        "POST",
        "/v1/query",
        json!({"ID": "0c5f8a3e-6b7d-4e21-9a0f-3d2c1b4a5e6f"}),
    );
    at_version(&mock, version);
    let output = cli(&mock, &[&["query", "create"], args].concat());
    (output, mock)
}

#[test]
fn create_sends_targets_peer_and_sameness_group() {
    let (output, mock) = create(
        &[
            "--name",
            "web-peers",
            "--service",
            "web",
            "--failover-target",
            "peer:cluster-02",
            "--failover-target",
            "dc:dc2",
        ],
        "1.21.4",
    );
    assert_eq!(ok(&output), "0c5f8a3e-6b7d-4e21-9a0f-3d2c1b4a5e6f\n");
    assert_eq!(
        body_of(&mock, "POST"),
        json!({"Name": "web-peers", "Service": {"Service": "web",
            "Failover": {"Targets": [{"Peer": "cluster-02"}, {"Datacenter": "dc2"}]}}})
    );

    let (output, mock) = create(
        &[
            "--name",
            "web-imported",
            "--service",
            "web",
            "--peer",
            "cluster-03",
        ],
        "1.14.0",
    );
    ok(&output);
    assert_eq!(
        body_of(&mock, "POST"),
        json!({"Name": "web-imported", "Service": {"Service": "web", "Peer": "cluster-03"}})
    );

    let (output, mock) = create(
        &[
            "--name",
            "web-group",
            "--service",
            "web",
            "--sameness-group",
            "prod",
        ],
        "1.21.4+ent",
    );
    ok(&output);
    assert_eq!(
        body_of(&mock, "POST"),
        json!({"Name": "web-group", "Service": {"Service": "web", "SamenessGroup": "prod"}})
    );
}

#[test]
fn an_older_agent_is_told_which_version_each_new_flag_needs_and_nothing_is_created() {
    for (args, version, words) in [
        (
            &["--failover-target", "peer:cluster-02"][..],
            "1.13.9",
            &[
                "a query's failover Targets (--failover-target) needs Consul 1.14.0 or newer",
                "runs 1.13.9",
            ][..],
        ),
        (
            &["--peer", "cluster-02"],
            "1.13.9",
            &["a query's Peer (--peer) needs Consul 1.14.0 or newer"],
        ),
        (
            &["--sameness-group", "prod"],
            "1.15.4+ent",
            &["a query's SamenessGroup (--sameness-group) needs Consul 1.16.0 or newer"],
        ),
    ] {
        let (output, mock) = create(
            &[&["--name", "q", "--service", "web"], args].concat(),
            version,
        );
        failed(&output, 1, words);
        assert_eq!(routes(&mock), ["GET /v1/agent/self"]);
    }
}

#[test]
fn mixed_failovers_and_bad_targets_are_refused_before_anything_is_sent() {
    let dir = tempfile::tempdir().unwrap();
    let mixed_file = dir.path().join("mixed.json");
    std::fs::write(
        &mixed_file,
        r#"{"Name": "q", "Service": {"Service": "web", "Failover": {"NearestN": 2, "targets": [{"peer": "p1"}]}}}"#,
    )
    .unwrap();
    let mixed_file = mixed_file.to_str().unwrap();
    for (args, words) in [
        (
            &["--failover-target", "peer:p1", "--failover-dc", "dc2"][..],
            &[
                "failover targets (peer:p1) cannot be combined with NearestN or Datacenters (dc2)",
                "--failover-target dc:NAME",
            ][..],
        ),
        (
            &["--failover-target", "dc:dc3", "--failover-nearest", "2"],
            &[
                "failover targets (dc:dc3) cannot be combined",
                "(nearest 2)",
                "--failover-nearest 0",
            ],
        ),
        (
            &["--sameness-group", "prod", "--failover-dc", "dc2"],
            &["the sameness group \"prod\" cannot be combined with a failover (dc2)"],
        ),
        (
            &["--failover-target", "cluster-02"],
            &[
                "\"cluster-02\" is not a failover target",
                "peer:NAME",
                "dc:NAME",
            ],
        ),
        (
            &["--failover-target", "peer:Cluster_02"],
            &["\"Cluster_02\" is not a peer name"],
        ),
        (&["--peer", "Cluster"], &["\"Cluster\" is not a peer name"]),
    ] {
        let (output, mock) = create(
            &[&["--name", "q", "--service", "web"], args].concat(),
            "1.21.4",
        );
        failed(&output, 2, words);
        assert_eq!(routes(&mock), Vec::<String>::new(), "{args:?}");
    }
    let (output, mock) = create(&["--file", mixed_file], "1.21.4");
    failed(
        &output,
        2,
        &[
            "mixed.json",
            "failover targets (peer:p1) cannot be combined",
        ],
    );
    assert_eq!(routes(&mock), Vec::<String>::new());
    // Consul refuses any listed target beside NearestN, one that names nothing too.
    let empty_target = dir.path().join("empty-target.json");
    std::fs::write(
        &empty_target,
        r#"{"Name": "q", "Service": {"Service": "web", "Failover": {"NearestN": 2, "Targets": [{}]}}}"#,
    )
    .unwrap();
    let (output, mock) = create(&["--file", empty_target.to_str().unwrap()], "1.21.4");
    failed(
        &output,
        2,
        &[
            "empty-target.json",
            "failover targets (a target naming nothing) cannot be combined",
            "(nearest 2)",
        ],
    );
    assert_eq!(routes(&mock), Vec::<String>::new());
}

/// `query update ID ARGS` against the stored query of the peering list with that ID.
fn update(id: &str, args: &[&str]) -> (Output, Mock) {
    update_of(stored(id), id, args)
}

fn update_of(query: Value, id: &str, args: &[&str]) -> (Output, Mock) {
    let mock = answering("GET", &format!("/v1/query/{id}"), query);
    also(
        &mock,
        "PUT",
        &format!("/v1/query/{id}"),
        ResponseTemplate::new(200),
    );
    at_version(&mock, "1.21.4");
    let output = cli(&mock, &[&["query", "update", id], args].concat());
    (output, mock)
}

#[test]
fn update_refuses_to_mix_failover_dcs_with_stored_targets() {
    let (output, mock) = update(TARGETS_ID, &["--failover-dc", "dc3"]);
    failed(
        &output,
        2,
        &[
            "the query fails over to targets (peer:cluster-02, dc:dc2)",
            "give the datacenters as --failover-target dc:NAME",
            "--clear-failover-targets",
        ],
    );
    assert_eq!(routes(&mock), [format!("GET /v1/query/{TARGETS_ID}")]);
}

#[test]
fn update_to_targets_needs_the_stored_datacenters_cleared() {
    let (output, mock) = update(DCS_ID, &["--failover-target", "peer:cluster-02"]);
    failed(
        &output,
        2,
        &[
            "the query fails over to datacenters (nearest 2, then dc2, dc3)",
            "add --clear-failover-dcs and --failover-nearest 0",
        ],
    );
    assert_eq!(routes(&mock), [format!("GET /v1/query/{DCS_ID}")]);

    let (output, mock) = update(
        DCS_ID,
        &[
            "--failover-target",
            "peer:cluster-02",
            "--clear-failover-dcs",
            "--failover-nearest",
            "0",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let mut expected = without_nulls(stored(DCS_ID)[0].clone());
    expected["Service"]["Failover"] = json!({"NearestN": 0, "Targets": [{"Peer": "cluster-02"}]});
    assert_eq!(without_nulls(body_of(&mock, "PUT")), expected);
}

#[test]
fn clear_failover_dcs_says_the_targets_stay_in_force() {
    let (output, mock) = update(TARGETS_ID, &["--clear-failover-dcs"]);
    assert_eq!(
        ok(&output),
        format!(
            "Query \"web-peers\" ({TARGETS_ID}) has no failover datacenters to clear; its failover \
             targets stay in force: peer:cluster-02, dc:dc2 (--clear-failover-targets removes them).\n"
        )
    );
    assert_eq!(routes(&mock), [format!("GET /v1/query/{TARGETS_ID}")]);
}

#[test]
fn clear_flags_remove_targets_peer_and_sameness_group_keeping_every_other_field() {
    let (output, mock) = update(TARGETS_ID, &["--clear-failover-targets"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let mut expected = without_nulls(stored(TARGETS_ID)[0].clone());
    expected["Service"]["Failover"] = json!({"NearestN": 0});
    assert_eq!(without_nulls(body_of(&mock, "PUT")), expected);

    let (output, mock) = update(IMPORTED_ID, &["--clear-peer"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let mut expected = without_nulls(stored(IMPORTED_ID)[0].clone());
    expected["Service"].as_object_mut().unwrap().remove("Peer");
    assert_eq!(without_nulls(body_of(&mock, "PUT")), expected);
    assert!(
        stdout_of(&output).contains("Service.Peer: \"cluster-03\" -> (none)"),
        "{}",
        stdout_of(&output)
    );

    let group_id = "5b3f6c2e-8d41-4e0a-9c7b-1a2d3e4f5a63";
    let group = stored_in("query_list/sameness_group_1.21+ent.json", group_id);
    let (output, mock) = update_of(group.clone(), group_id, &["--clear-sameness-group"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let mut expected = without_nulls(group[0].clone());
    expected["Service"]
        .as_object_mut()
        .unwrap()
        .remove("SamenessGroup");
    assert_eq!(without_nulls(body_of(&mock, "PUT")), expected);
}
