//! Reaching secured agents end to end: ACL tokens (the shared default-deny agent on
//! 127.0.0.23), TLS with client certificates (an agent of its own on 127.0.0.5, its certificates
//! made by `consul tls`) and an HTTP API on a unix socket (127.0.0.41).

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Output};
use std::sync::OnceLock;
use std::time::Duration;

use assert_cmd::Command;
use serde_json::{json, Value};

use crate::support::acl::{acl_agent, as_master, token_with_rules, MASTER};
use crate::support::agent::{
    consul_binary, eventually, healthy_once_synced, table_rows, AgentOptions,
};
use crate::support::Agent;
use crate::support::{consulctl, consulctl_at, fails, json_of, ok, stderr_of, stdout_of, unique};

/// Asserts that no secret shows anywhere in what a command printed.
fn shows_none_of(out: &Output, secrets: &[&str]) {
    let (stdout, stderr) = (stdout_of(out), stderr_of(out));
    for secret in secrets {
        assert!(
            !stdout.contains(secret) && !stderr.contains(secret),
            "a token was printed:\nstdout: {stdout}\nstderr: {stderr}"
        );
    }
}

/// The row of `table` (consulctl's table output) whose `column` is `value`.
fn row_of(table: &str, column: &str, value: &str) -> std::collections::BTreeMap<String, String> {
    table_rows(table)
        .into_iter()
        .find(|row| row[column] == value)
        .unwrap_or_else(|| panic!("no row with {column} {value:?}:\n{table}"))
}

// ---------------------------------------------------------------------------------------------
// ACL tokens

/// The four ways to give a token, and how messages name each.
#[derive(Debug, Clone, Copy)]
enum Given {
    Flag,
    Env,
    FlagFile,
    EnvFile,
}

const EVERY_WAY: [Given; 4] = [Given::Flag, Given::Env, Given::FlagFile, Given::EnvFile];

impl Given {
    /// consulctl at the ACL agent with `token` given this way; a file is written in `dir`.
    fn command(self, token: &str, dir: &Path) -> Command {
        let mut cmd = consulctl_at(&acl_agent().addr());
        let file = || {
            let path = dir.join("token");
            std::fs::write(&path, format!("{token}\n")).unwrap();
            path
        };
        match self {
            Given::Flag => cmd.args(["--token", token]),
            Given::Env => cmd.env("CONSUL_HTTP_TOKEN", token),
            Given::FlagFile => cmd.arg("--token-file").arg(file()),
            Given::EnvFile => cmd.env("CONSUL_HTTP_TOKEN_FILE", file()),
        };
        cmd
    }

    /// How messages name a token given this way (with [`Given::command`]'s file in `dir`).
    fn origin(self, dir: &Path) -> String {
        let file = dir.join("token");
        match self {
            Given::Flag => "the token given with --token".to_string(),
            Given::Env => "the token in CONSUL_HTTP_TOKEN".to_string(),
            Given::FlagFile => format!("the token read from --token-file {}", file.display()),
            Given::EnvFile => format!(
                "the token read from CONSUL_HTTP_TOKEN_FILE ({})",
                file.display()
            ),
        }
    }
}

/// The agent's checks, services or queries as the master token sees them.
fn acl_checks() -> Value {
    as_master(reqwest::Method::GET, "/v1/agent/checks", Value::Null)
}

fn acl_services() -> Value {
    as_master(reqwest::Method::GET, "/v1/agent/services", Value::Null)
}

fn acl_query_names() -> Vec<String> {
    let list = as_master(reqwest::Method::GET, "/v1/query", Value::Null);
    list.as_array()
        .unwrap()
        .iter()
        .map(|q| q["Name"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn the_master_token_works_given_by_flag_env_and_file() {
    for given in EVERY_WAY {
        let dir = tempfile::tempdir().unwrap();
        let run = |args: &[&str]| {
            let out = given
                .command(MASTER, dir.path())
                .args(args)
                .output()
                .unwrap();
            shows_none_of(&out, &[MASTER]);
            out
        };
        let members = ok(&run(&["agent", "members"]));
        assert_eq!(
            row_of(&members, "Node", "acl")["Status"],
            "alive",
            "{given:?}"
        );

        let check = unique("acl-check");
        ok(&run(&["-q", "check", "register", &check, "--ttl", "1m"]));
        assert_eq!(acl_checks()[&check]["Status"], "critical", "{given:?}");
        ok(&run(&[
            "check",
            "ttl",
            "pass",
            &check,
            "--note",
            "via token",
        ]));
        assert_eq!(acl_checks()[&check]["Status"], "passing", "{given:?}");
        assert_eq!(acl_checks()[&check]["Output"], "via token");
        let listed = ok(&run(&["check", "list"]));
        assert_eq!(row_of(&listed, "ID", &check)["Status"], "passing");
        ok(&run(&["check", "deregister", &check]));
        assert!(acl_checks().get(&check).is_none(), "{given:?}");

        let service = unique("acl-svc");
        ok(&run(&["service", "register", &service, "--port", "7100"]));
        assert_eq!(acl_services()[&service]["Port"], 7100, "{given:?}");

        let query = unique("acl-q");
        let id = ok(&run(&[
            "query",
            "create",
            "--name",
            &query,
            "--service",
            &service,
        ]));
        assert!(acl_query_names().contains(&query), "{given:?}");
        let listed = ok(&run(&["query", "list"]));
        assert_eq!(row_of(&listed, "Name", &query)["ID"], id.trim());
        let answer = run(&["query", "execute", &query, "-o", "json"]);
        ok(&answer);
        assert_eq!(json_of(&answer)["Service"], service);
        ok(&run(&["query", "delete", &query]));
        assert!(!acl_query_names().contains(&query), "{given:?}");

        ok(&run(&["service", "deregister", &service]));
        assert!(acl_services().get(&service).is_none(), "{given:?}");
    }
}

#[test]
fn a_wrong_token_is_refused_and_the_message_says_how_it_was_given() {
    let wrong = "0bad0bad-0000-4000-8000-00000000dead";
    for given in EVERY_WAY {
        let dir = tempfile::tempdir().unwrap();
        let origin = given.origin(dir.path());
        let check = unique("refused");
        for (args, action) in [
            (vec!["agent", "members"], "listing members".to_string()),
            (
                vec!["check", "register", &check, "--ttl", "1m"],
                format!("registering check {check:?}"),
            ),
            (
                vec!["query", "list"],
                "listing prepared queries".to_string(),
            ),
        ] {
            let out = given
                .command(wrong, dir.path())
                .args(&args)
                .output()
                .unwrap();
            let err = fails(&out, 1);
            assert!(
                err.starts_with(&format!(
                    "error: {action}: Consul refused {origin} (403 ACL not found)"
                )),
                "{given:?} {args:?}: {err}"
            );
            shows_none_of(&out, &[wrong]);
        }
        assert!(acl_checks().get(&check).is_none());
    }

    // No token at all: the anonymous token may not write, and the message says to give one.
    let service = unique("anonymous");
    let out = consulctl_at(&acl_agent().addr())
        .args(["service", "register", &service])
        .output()
        .unwrap();
    let err = fails(&out, 1);
    assert!(
        err.contains(&format!(
            "registering service {service:?}: Consul refused the request without a token"
        )) && err.contains("give one with --token"),
        "{err}"
    );
    assert!(acl_services().get(&service).is_none());
}

#[test]
fn a_token_flag_beats_the_token_variables() {
    let dir = tempfile::tempdir().unwrap();
    let wrong = "0bad0bad-0000-4000-8000-00000000beef";
    let wrong_file = dir.path().join("wrong");
    std::fs::write(&wrong_file, wrong).unwrap();
    let right_file = dir.path().join("right");
    std::fs::write(&right_file, MASTER).unwrap();
    let at = || consulctl_at(&acl_agent().addr());
    let members = |mut cmd: Command| {
        let out = cmd.args(["agent", "members"]).output().unwrap();
        shows_none_of(&out, &[MASTER, wrong]);
        out
    };

    // The right flag wins over a wrong variable, whichever it is.
    let table = ok(&members({
        let mut cmd = at();
        cmd.env("CONSUL_HTTP_TOKEN", wrong)
            .args(["--token", MASTER]);
        cmd
    }));
    row_of(&table, "Node", "acl");
    ok(&members({
        let mut cmd = at();
        cmd.env("CONSUL_HTTP_TOKEN_FILE", &wrong_file)
            .args(["--token", MASTER]);
        cmd
    }));
    ok(&members({
        let mut cmd = at();
        cmd.env("CONSUL_HTTP_TOKEN", wrong)
            .env("CONSUL_HTTP_TOKEN_FILE", &wrong_file)
            .arg("--token-file")
            .arg(&right_file);
        cmd
    }));

    // The other way round, the wrong flag is what was sent, and the message names it.
    let err = fails(
        &members({
            let mut cmd = at();
            cmd.env("CONSUL_HTTP_TOKEN", MASTER)
                .args(["--token", wrong]);
            cmd
        }),
        1,
    );
    assert!(
        err.contains("Consul refused the token given with --token"),
        "{err}"
    );
    let err = fails(
        &members({
            let mut cmd = at();
            cmd.env("CONSUL_HTTP_TOKEN_FILE", &right_file)
                .arg("--token-file")
                .arg(&wrong_file);
            cmd
        }),
        1,
    );
    assert!(
        err.contains(&format!(
            "Consul refused the token read from --token-file {}",
            wrong_file.display()
        )),
        "{err}"
    );

    // Between the variables, the file wins, as in Consul's own client.
    let err = fails(
        &members({
            let mut cmd = at();
            cmd.env("CONSUL_HTTP_TOKEN", MASTER)
                .env("CONSUL_HTTP_TOKEN_FILE", &wrong_file);
            cmd
        }),
        1,
    );
    assert!(
        err.contains("Consul refused the token read from CONSUL_HTTP_TOKEN_FILE"),
        "{err}"
    );
}

#[test]
fn a_read_only_token_is_told_permission_denied_for_each_write() {
    let reader = token_with_rules(
        r#"node_prefix "" { policy = "read" } service_prefix "" { policy = "read" }"#,
    );
    let master = |args: &[&str]| {
        ok(&consulctl_at(&acl_agent().addr())
            .args(["--token", MASTER])
            .args(args)
            .output()
            .unwrap())
    };
    // The check belongs to the test's own service: a critical node-level check would drop
    // every instance on this shared agent from the other tests' prepared queries.
    let service = unique("ro-svc");
    master(&["service", "register", &service, "--port", "7200"]);
    let check = unique("ro-check");
    master(&[
        "check",
        "register",
        &check,
        "--ttl",
        "1m",
        "--service-id",
        &service,
    ]);
    let query = unique("ro-q");
    let query_id = master(&["query", "create", "--name", &query, "--service", &service]);
    let query_id = query_id.trim();

    let dir = tempfile::tempdir().unwrap();
    for given in EVERY_WAY {
        let origin = given.origin(dir.path());
        let run = |args: &[&str]| {
            let out = given
                .command(&reader, dir.path())
                .args(args)
                .output()
                .unwrap();
            shows_none_of(&out, &[&reader, MASTER]);
            out
        };

        // Reading is allowed.
        row_of(&ok(&run(&["agent", "members"])), "Node", "acl");
        row_of(&ok(&run(&["check", "list"])), "ID", &check);
        row_of(&ok(&run(&["service", "list"])), "ID", &service);

        // Every write is refused, the message names the operation, and nothing changed.
        let new_check = unique("ro-new-check");
        let new_service = unique("ro-new-svc");
        let new_query = unique("ro-new-q");
        for (args, action) in [
            (
                vec!["check", "register", &new_check, "--ttl", "1m"],
                format!("registering check {new_check:?}"),
            ),
            (
                vec!["check", "ttl", "pass", &check],
                format!("marking check {check:?} passing"),
            ),
            (
                vec!["check", "update", &check, "--status", "warning"],
                format!("updating check {check:?}"),
            ),
            (
                vec!["check", "deregister", &check],
                format!("deregistering check {check:?}"),
            ),
            (
                vec!["service", "register", &new_service],
                format!("registering service {new_service:?}"),
            ),
            (
                vec!["service", "deregister", &service],
                format!("deregistering service {service:?}"),
            ),
            (
                vec!["service", "maintenance", "enable", &service],
                format!("enabling maintenance of service {service:?}"),
            ),
            (
                vec![
                    "query",
                    "create",
                    "--name",
                    &new_query,
                    "--service",
                    &service,
                ],
                format!("creating query {new_query:?}"),
            ),
            (
                vec!["query", "delete", query_id],
                format!("deleting query {query_id:?}"),
            ),
        ] {
            let err = fails(&run(&args), 1);
            assert!(
                err.starts_with(&format!(
                    "error: {action}: permission denied (403 Permission denied"
                )) && err.ends_with(&format!(
                    "{origin} is valid but its policy does not allow this operation\n"
                )),
                "{given:?} {args:?}: {err}"
            );
        }
        let checks = acl_checks();
        assert_eq!(checks[&check]["Status"], "critical");
        assert!(checks.get(&new_check).is_none());
        let services = acl_services();
        assert!(services.get(&service).is_some() && services.get(&new_service).is_none());
        assert!(checks
            .get(format!("_service_maintenance:{service}"))
            .is_none());
        let names = acl_query_names();
        assert!(names.contains(&query) && !names.contains(&new_query));
    }
}

#[test]
fn what_a_token_may_not_see_is_not_called_missing() {
    // This token may read nothing on the agent: Consul leaves the check and the query out of
    // its lists, so consulctl cannot tell "hidden" from "absent" and says both.
    let blind = token_with_rules(r#"key_prefix "unrelated/" { policy = "read" }"#);
    let check = unique("hidden-check");
    let query = unique("hidden-q");
    for args in [
        // Passing: a critical node-level check would drop every instance on this shared agent
        // from the other tests' prepared queries.
        vec![
            "-q", "check", "register", &check, "--ttl", "1m", "--status", "passing",
        ],
        vec!["query", "create", "--name", &query, "--service", "web"],
    ] {
        ok(&consulctl_at(&acl_agent().addr())
            .args(["--token", MASTER])
            .args(&args)
            .output()
            .unwrap());
    }
    let dir = tempfile::tempdir().unwrap();
    for given in [Given::Flag, Given::EnvFile] {
        let origin = given.origin(dir.path());
        let hidden = format!(", or {origin} may not see it (Consul leaves out of its answers what a token may not read)");
        let run = |args: &[&str]| {
            let out = given
                .command(&blind, dir.path())
                .args(args)
                .output()
                .unwrap();
            shows_none_of(&out, &[&blind]);
            out
        };

        let err = fails(&run(&["check", "deregister", &check]), 1);
        assert_eq!(
            err,
            format!(
                "error: deregistering check {check:?}: no check {check:?} is registered on this agent{hidden}; see `consulctl check list` (add --missing-ok to accept that)\n"
            )
        );
        let out = ok(&run(&["check", "deregister", &check, "--missing-ok"]));
        assert_eq!(
            out,
            format!("Check {check:?} was not registered{hidden}; nothing to do.\n")
        );
        assert!(
            acl_checks().get(&check).is_some(),
            "the check is still there"
        );

        for (verb, action) in [
            ("get", "reading"),
            ("delete", "deleting"),
            ("update", "updating"),
        ] {
            let mut args = vec!["query", verb, &query];
            if verb == "update" {
                args.extend(["--tag", "x"]);
            }
            let err = fails(&run(&args), 1);
            assert_eq!(
                err,
                format!(
                    "error: {action} query {query:?}: no prepared query has the ID or name {query:?}{hidden}; see `consulctl query list`\n"
                )
            );
        }
        let out = ok(&run(&["query", "delete", &query, "--missing-ok"]));
        assert_eq!(
            out,
            format!("No query {query:?} exists{hidden}; nothing to do.\n")
        );
        assert!(
            acl_query_names().contains(&query),
            "the query is still there"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// TLS

/// A dev agent on 127.0.0.5 whose HTTPS port wants a client certificate
/// (`verify_incoming_https`); its plain HTTP port stays open for checking state.
struct TlsAgent {
    agent: Agent,
    /// `consul tls ca create`, `cert create -server` and `-client` for dc1, and `ca-only/`, a
    /// folder holding the CA alone (for --ca-path).
    certs: tempfile::TempDir,
    /// A second CA, which signed nothing the agent shows.
    other: tempfile::TempDir,
}

const SERVER_NAME: &str = "server.dc1.consul";

/// `consul tls …` in `dir`, where it writes its files.
fn consul_tls(dir: &Path, args: &[&str]) {
    let out = Process::new(consul_binary())
        .arg("tls")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "consul tls {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn tls_agent() -> &'static TlsAgent {
    static TLS: OnceLock<TlsAgent> = OnceLock::new();
    TLS.get_or_init(|| {
        let certs = tempfile::tempdir().unwrap();
        consul_tls(certs.path(), &["ca", "create"]);
        consul_tls(certs.path(), &["cert", "create", "-server", "-dc", "dc1"]);
        consul_tls(certs.path(), &["cert", "create", "-client", "-dc", "dc1"]);
        let ca_only = certs.path().join("ca-only");
        std::fs::create_dir(&ca_only).unwrap();
        std::fs::copy(
            certs.path().join("consul-agent-ca.pem"),
            ca_only.join("consul-agent-ca.pem"),
        )
        .unwrap();
        let other = tempfile::tempdir().unwrap();
        consul_tls(other.path(), &["ca", "create"]);

        let file = |name: &str| certs.path().join(name).display().to_string();
        let mut options = AgentOptions::dev("tls");
        options.ip = "127.0.0.5".to_string();
        options.https = true;
        options.hcl.push(format!(
            r#"verify_incoming_https = true ca_file = "{}" cert_file = "{}" key_file = "{}""#,
            file("consul-agent-ca.pem"),
            file("dc1-server-consul-0.pem"),
            file("dc1-server-consul-0-key.pem"),
        ));
        TlsAgent {
            agent: Agent::start(options),
            certs,
            other,
        }
    })
}

impl TlsAgent {
    fn ca(&self) -> PathBuf {
        self.certs.path().join("consul-agent-ca.pem")
    }

    fn ca_only(&self) -> PathBuf {
        self.certs.path().join("ca-only")
    }

    fn client_cert(&self) -> PathBuf {
        self.certs.path().join("dc1-client-consul-0.pem")
    }

    fn client_key(&self) -> PathBuf {
        self.certs.path().join("dc1-client-consul-0-key.pem")
    }

    fn other_ca(&self) -> PathBuf {
        self.other.path().join("consul-agent-ca.pem")
    }

    /// `https://127.0.0.5:PORT`
    fn url(&self) -> String {
        format!("https://{}", self.agent.https_addr())
    }

    /// consulctl at the HTTPS port with all it needs given as flags.
    fn with_flags(&self) -> Command {
        self.flags(&self.url(), Some(&self.ca()), true, Some(SERVER_NAME))
    }

    /// consulctl at `url` with the TLS flags asked for: a CA file, the client certificate,
    /// a server name.
    fn flags(&self, url: &str, ca: Option<&Path>, client: bool, name: Option<&str>) -> Command {
        let mut cmd = consulctl();
        cmd.args(["--http-addr", url]);
        if let Some(ca) = ca {
            cmd.arg("--ca-file").arg(ca);
        }
        if client {
            cmd.arg("--client-cert")
                .arg(self.client_cert())
                .arg("--client-key")
                .arg(self.client_key());
        }
        if let Some(name) = name {
            cmd.args(["--tls-server-name", name]);
        }
        cmd
    }

    /// consulctl at the HTTPS port with all it needs in the environment.
    fn with_env(&self) -> Command {
        let mut cmd = consulctl();
        cmd.env("CONSUL_HTTP_ADDR", self.url())
            .env("CONSUL_CACERT", self.ca())
            .env("CONSUL_CLIENT_CERT", self.client_cert())
            .env("CONSUL_CLIENT_KEY", self.client_key())
            .env("CONSUL_TLS_SERVER_NAME", SERVER_NAME);
        cmd
    }

    /// The start of every TLS failure's message.
    fn failed_with(&self) -> String {
        format!("TLS with {}/v1/agent/members failed: ", self.url())
    }
}

/// A set of commands over TLS, each checked against the agent's state (read over plain HTTP).
fn commands_over_tls(tls: &TlsAgent, command: impl Fn() -> Command) {
    let run = |args: &[&str]| ok(&command().args(args).output().unwrap());
    let agent = &tls.agent;
    assert_eq!(
        row_of(&run(&["agent", "members"]), "Node", "tls")["Status"],
        "alive"
    );

    let check = unique("tls-check");
    run(&["-q", "check", "register", &check, "--ttl", "1m"]);
    assert_eq!(agent.checks()[&check]["Status"], "critical");
    run(&["check", "ttl", "pass", &check, "--note", "over TLS"]);
    assert_eq!(agent.checks()[&check]["Output"], "over TLS");
    let listed = run(&["agent", "checks"]);
    assert_eq!(row_of(&listed, "ID", &check)["Status"], "passing");
    run(&["check", "deregister", &check]);
    assert!(agent.checks().get(&check).is_none());

    let service = unique("tls-svc");
    run(&["service", "register", &service, "--port", "9443"]);
    assert_eq!(agent.services()[&service]["Port"], 9443);
    row_of(&run(&["agent", "services"]), "ID", &service);
    let query = unique("tls-q");
    run(&["query", "create", "--name", &query, "--service", &service]);
    let addrs = healthy_once_synced(|| {
        command()
            .args(["query", "execute", &query, "-o", "addrs", "--min", "1"])
            .output()
            .unwrap()
    });
    assert_eq!(addrs, "127.0.0.5:9443\n");
    run(&["query", "delete", &query]);
    let queries = agent.get("/v1/query");
    assert!(!queries
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["Name"] == query));
    run(&["service", "deregister", &service]);
    assert!(agent.services().get(&service).is_none());
}

#[test]
fn tls_with_the_ca_and_a_client_certificate_from_flags() {
    let tls = tls_agent();
    commands_over_tls(tls, || tls.with_flags());
}

#[test]
fn tls_with_the_ca_and_a_client_certificate_from_the_environment() {
    let tls = tls_agent();
    commands_over_tls(tls, || tls.with_env());
}

#[test]
fn consul_http_ssl_makes_a_bare_address_https() {
    let tls = tls_agent();
    let members = |mut cmd: Command| cmd.args(["agent", "members"]).output().unwrap();
    let bare = || {
        let mut cmd = tls.with_env();
        cmd.env("CONSUL_HTTP_ADDR", tls.agent.https_addr());
        cmd
    };
    let mut cmd = bare();
    cmd.env("CONSUL_HTTP_SSL", "true");
    row_of(&ok(&members(cmd)), "Node", "tls");
    let mut cmd = bare();
    cmd.arg("--http-ssl");
    row_of(&ok(&members(cmd)), "Node", "tls");

    // Without it, a bare address is plain http, which the TLS port refuses with a hint; the
    // flag turned off beats the variable.
    for cmd in [bare(), {
        let mut cmd = bare();
        cmd.env("CONSUL_HTTP_SSL", "true").arg("--http-ssl=false");
        cmd
    }] {
        let err = fails(&members(cmd), 1);
        assert!(
            err.contains("Client sent an HTTP request to an HTTPS server")
                && err.contains("this port speaks https: write https:// in --http-addr"),
            "{err}"
        );
    }
}

#[test]
fn ca_path_with_a_folder_holding_the_ca() {
    let tls = tls_agent();
    let mut cmd = tls.flags(&tls.url(), None, true, Some(SERVER_NAME));
    cmd.arg("--ca-path")
        .arg(tls.ca_only())
        .args(["agent", "self"]);
    let text = ok(&cmd.output().unwrap());
    assert!(text.starts_with("Name        tls\n"), "{text}");

    let mut cmd = tls.with_env();
    cmd.env_remove("CONSUL_CACERT")
        .env("CONSUL_CAPATH", tls.ca_only())
        .args(["agent", "members"]);
    row_of(&ok(&cmd.output().unwrap()), "Node", "tls");
}

#[test]
fn tls_flags_beat_their_variables() {
    let tls = tls_agent();
    let missing = tls.certs.path().join("no-such-file.pem");
    // Every variable wrong, every flag right.
    let mut cmd = tls.with_flags();
    cmd.env("CONSUL_HTTP_ADDR", "127.0.0.1:1")
        .env("CONSUL_CACERT", tls.other_ca())
        .env("CONSUL_CLIENT_CERT", &missing)
        .env("CONSUL_CLIENT_KEY", &missing)
        .env("CONSUL_TLS_SERVER_NAME", "wrong.dc9.consul")
        .args(["agent", "members"]);
    row_of(&ok(&cmd.output().unwrap()), "Node", "tls");

    // And the other way round: a wrong flag is what counts.
    let mut cmd = tls.with_env();
    cmd.arg("--ca-file")
        .arg(tls.other_ca())
        .args(["agent", "members"]);
    let err = fails(&cmd.output().unwrap(), 3);
    assert!(err.contains("UnknownIssuer"), "{err}");
    let mut cmd = tls.with_env();
    cmd.args(["--tls-server-name", "wrong.dc9.consul", "agent", "members"]);
    let err = fails(&cmd.output().unwrap(), 3);
    assert!(
        err.contains("not valid for name \"wrong.dc9.consul\""),
        "{err}"
    );
}

#[test]
fn verification_turned_off_accepts_the_certificate_and_warns_every_time() {
    let tls = tls_agent();
    let warning = "warning: TLS certificate verification is off (--http-ssl-verify=false or CONSUL_HTTP_SSL_VERIFY=false): anyone on the network path can pose as the agent\n";
    // No CA and no server name: only the client certificate, which the agent wants.
    let unverified = || tls.flags(&tls.url(), None, true, None);
    for extra in [
        &["--http-ssl-verify=false"][..],
        &["--http-ssl-verify=false", "-q"],
    ] {
        let out = unverified()
            .args(extra)
            .args(["agent", "members"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        assert_eq!(stderr_of(&out), warning, "{extra:?}");
        row_of(&stdout_of(&out), "Node", "tls");
    }
    let out = unverified()
        .env("CONSUL_HTTP_SSL_VERIFY", "false")
        // Passing: a critical node-level check would drop every instance on this shared agent
        // from the other tests' prepared queries.
        .args([
            "-q",
            "check",
            "register",
            &unique("unverified"),
            "--ttl",
            "1m",
            "--status",
            "passing",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stderr_of(&out), warning);
    assert_eq!(stdout_of(&out), "");

    // Without it, the same command fails: the system's CAs do not know the agent's.
    let err = fails(
        &unverified().args(["agent", "members"]).output().unwrap(),
        3,
    );
    assert!(err.contains("UnknownIssuer"), "{err}");
}

#[test]
fn the_wrong_scheme_for_the_port_gets_a_hint() {
    let tls = tls_agent();
    let https_port_over_http = format!("http://{}", tls.agent.https_addr());
    let mut cmd = tls.flags(
        &https_port_over_http,
        Some(&tls.ca()),
        true,
        Some(SERVER_NAME),
    );
    let err = fails(&cmd.args(["agent", "members"]).output().unwrap(), 1);
    assert_eq!(
        err,
        format!("error: listing members: Consul at {https_port_over_http} answered 400: Client sent an HTTP request to an HTTPS server; this port speaks https: write https:// in --http-addr (or set CONSUL_HTTP_SSL=true)\n")
    );

    let http_port_over_https = format!("https://{}", tls.agent.addr());
    let mut cmd = tls.flags(
        &http_port_over_https,
        Some(&tls.ca()),
        true,
        Some(SERVER_NAME),
    );
    let err = fails(&cmd.args(["agent", "members"]).output().unwrap(), 3);
    assert!(
        err.starts_with(&format!(
            "error: listing members: TLS with {http_port_over_https}/v1/agent/members failed: "
        )) && err.ends_with(
            "; is the agent serving plain http on this port? Use http:// in --http-addr\n"
        ),
        "{err}"
    );
}

#[test]
fn tls_failures_are_exit_3_and_name_the_fix() {
    let tls = tls_agent();
    let members = |cmd: &mut Command| cmd.args(["agent", "members"]).output().unwrap();

    // No client certificate: the agent ends the handshake.
    let mut cmd = tls.flags(&tls.url(), Some(&tls.ca()), false, Some(SERVER_NAME));
    let err = fails(&members(&mut cmd), 3);
    assert!(
        err.starts_with(&format!("error: listing members: {}", tls.failed_with()))
            && err.ends_with("; the agent wants a client certificate: give --client-cert and --client-key (CONSUL_CLIENT_CERT, CONSUL_CLIENT_KEY)\n"),
        "{err}"
    );

    // A CA that did not sign the agent's certificate.
    let mut cmd = tls.flags(&tls.url(), Some(&tls.other_ca()), true, Some(SERVER_NAME));
    let err = fails(&members(&mut cmd), 3);
    assert!(
        err.starts_with(&format!("error: listing members: {}", tls.failed_with()))
            && err.contains("UnknownIssuer")
            && err.ends_with("; the agent's certificate is not signed by a CA consulctl trusts: give the CA with --ca-file (CONSUL_CACERT)\n"),
        "{err}"
    );

    // The certificate names server.dc1.consul, localhost and 127.0.0.1, not 127.0.0.5.
    let mut cmd = tls.with_env();
    cmd.env_remove("CONSUL_TLS_SERVER_NAME");
    let err = fails(&members(&mut cmd), 3);
    assert!(
        err.starts_with(&format!("error: listing members: {}", tls.failed_with()))
            && err.contains("certificate not valid for name \"127.0.0.5\"")
            && err.ends_with("; the certificate does not name the host in the address: give the name it holds with --tls-server-name (CONSUL_TLS_SERVER_NAME), e.g. server.DATACENTER.consul\n"),
        "{err}"
    );
}

#[test]
fn unusable_certificate_files_are_exit_2_and_named() {
    let tls = tls_agent();
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.pem");
    let empty = dir.path().join("empty.pem");
    std::fs::write(&empty, "").unwrap();
    let not_pem = dir.path().join("not-pem.pem");
    std::fs::write(&not_pem, "this is not a certificate\n").unwrap();

    let members = |mut cmd: Command| cmd.args(["agent", "members"]).output().unwrap();
    let named = |file: &Path| format!("{} (--ca-file, CONSUL_CACERT)", file.display());
    for (file, want) in [
        (
            &missing,
            format!("cannot read {}: No such file", named(&missing)),
        ),
        (
            &empty,
            format!("{} holds no PEM certificate", named(&empty)),
        ),
        (
            &not_pem,
            format!("{} holds no PEM certificate", named(&not_pem)),
        ),
    ] {
        let mut by_flag = tls.with_env();
        by_flag.arg("--ca-file").arg(file);
        let mut by_env = tls.with_env();
        by_env.env("CONSUL_CACERT", file);
        for cmd in [by_flag, by_env] {
            let err = fails(&members(cmd), 2);
            assert!(
                err.starts_with(&format!("error: connecting: {want}")),
                "{err}"
            );
        }
    }

    // The client certificate's files likewise.
    let mut cmd = tls.with_env();
    cmd.env("CONSUL_CLIENT_KEY", &missing);
    let err = fails(&members(cmd), 2);
    assert!(
        err.contains(&format!(
            "cannot read {} (--client-key, CONSUL_CLIENT_KEY)",
            missing.display()
        )),
        "{err}"
    );
    let server_key = tls.certs.path().join("dc1-server-consul-0-key.pem");
    let mut cmd = tls.with_env();
    cmd.arg("--client-key").arg(&server_key);
    let err = fails(&members(cmd), 2);
    assert!(
        err.contains(&format!(
            "the client certificate {} and key {} do not make a usable pair",
            tls.client_cert().display(),
            server_key.display()
        )),
        "{err}"
    );

    // A CA folder with a file that is not a certificate, and one with nothing in it.
    let mut cmd = tls.with_env();
    cmd.env_remove("CONSUL_CACERT")
        .env("CONSUL_CAPATH", dir.path());
    let err = fails(&members(cmd), 2);
    assert!(
        err.contains(&empty.display().to_string()) && err.contains("CONSUL_CAPATH"),
        "{err}"
    );
    let nothing = tempfile::tempdir().unwrap();
    let mut cmd = tls.with_env();
    cmd.env_remove("CONSUL_CACERT")
        .arg("--ca-path")
        .arg(nothing.path());
    let err = fails(&members(cmd), 2);
    assert!(
        err.contains(&format!(
            "the CA folder {} (--ca-path, CONSUL_CAPATH) holds no certificates",
            nothing.path().display()
        )),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// A unix socket

/// How the socket address is given.
#[derive(Debug, Clone, Copy)]
enum Via {
    Flag,
    Env,
}

fn through(agent: &Agent, via: Via) -> Command {
    match via {
        Via::Flag => {
            let mut cmd = consulctl();
            cmd.args(["--http-addr", &agent.addr()]);
            cmd
        }
        Via::Env => consulctl_at(&agent.addr()),
    }
}

/// Every command that works on one agent, through its socket, each checked against the
/// agent's state.
fn every_command_through(agent: &Agent, via: Via) {
    let run = |args: &[&str]| {
        let out = through(agent, via).args(args).output().unwrap();
        ok(&out)
    };

    // agent
    let members = run(&["agent", "members"]);
    let me = row_of(&members, "Node", "unix");
    assert_eq!(
        (me["Status"].as_str(), me["Address"].clone()),
        ("alive", agent.serf_lan_addr())
    );
    assert!(run(&["agent", "self"]).starts_with("Name        unix\n"));

    // service
    let service = unique("sock-svc");
    run(&[
        "service",
        "register",
        &service,
        "--port",
        "8080",
        "--tag",
        "t1",
        "--check-ttl",
        "1m",
    ]);
    assert_eq!(agent.services()[&service]["Tags"], json!(["t1"]));
    row_of(&run(&["agent", "services"]), "ID", &service);
    assert_eq!(
        row_of(&run(&["service", "list"]), "ID", &service)["Port"],
        "8080"
    );
    let maintenance = format!("_service_maintenance:{service}");
    run(&[
        "service",
        "maintenance",
        "enable",
        &service,
        "--reason",
        "socket",
    ]);
    assert_eq!(agent.checks()[&maintenance]["Notes"], "socket");
    run(&["service", "maintenance", "disable", &service]);
    assert!(agent.checks().get(&maintenance).is_none());

    // check
    let check = unique("sock-check");
    run(&["-q", "check", "register", &check, "--ttl", "1m"]);
    assert_eq!(agent.checks()[&check]["Status"], "critical");
    for (word, status) in [
        ("pass", "passing"),
        ("warn", "warning"),
        ("fail", "critical"),
    ] {
        run(&["check", "ttl", word, &check, "--note", word]);
        let now = &agent.checks()[&check];
        assert_eq!(
            (now["Status"].as_str(), now["Output"].as_str()),
            (Some(status), Some(word))
        );
    }
    run(&[
        "check", "update", &check, "--status", "warning", "--note", "updated",
    ]);
    assert_eq!(agent.checks()[&check]["Status"], "warning");
    assert_eq!(agent.checks()[&check]["Output"], "updated");
    let job = unique("sock-job");
    // -q: the note that a node-level check was created (e2e_cron tests it) is not this test's.
    run(&[
        "-q",
        "check",
        "run",
        &job,
        "--ensure-ttl",
        "1m",
        "--",
        "true",
    ]);
    assert_eq!(agent.checks()[&job]["Status"], "passing");
    let listed = run(&["check", "list"]);
    assert_eq!(row_of(&listed, "ID", &check)["Status"], "warning");
    assert_eq!(
        row_of(&run(&["agent", "checks"]), "ID", &job)["Status"],
        "passing"
    );
    run(&["check", "deregister", &check]);
    run(&["check", "deregister", &job]);
    let checks = agent.checks();
    assert!(checks.get(&check).is_none() && checks.get(&job).is_none());

    // query (the service's own TTL check must pass for it to be healthy)
    run(&["check", "ttl", "pass", &format!("service:{service}")]);
    let query = unique("sock-q");
    let id = run(&["query", "create", "--name", &query, "--service", &service]);
    let id = id.trim();
    let stored = || {
        agent
            .get("/v1/query")
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["ID"] == id)
            .cloned()
    };
    assert_eq!(stored().expect("created")["Name"], query);
    assert_eq!(row_of(&run(&["query", "list"]), "Name", &query)["ID"], id);
    assert!(run(&["query", "get", &query]).starts_with(&format!("ID              {id}\n")));
    run(&["query", "update", &query, "--tag", "t1"]);
    assert_eq!(stored().unwrap()["Service"]["Tags"], json!(["t1"]));
    let file = tempfile::NamedTempFile::new().unwrap();
    let definition = json!({"Name": query, "Service": {"Service": service, "Tags": ["t1"], "OnlyPassing": true}});
    std::fs::write(file.path(), definition.to_string()).unwrap();
    let applied = through(agent, via)
        .args(["query", "apply", "--file"])
        .arg(file.path())
        .output()
        .unwrap();
    assert!(ok(&applied).contains("Service.OnlyPassing: false -> true"));
    assert_eq!(stored().unwrap()["Service"]["OnlyPassing"], true);
    let explained = through(agent, via)
        .args(["query", "explain", &query, "-o", "json"])
        .output()
        .unwrap();
    ok(&explained);
    let explained = json_of(&explained);
    assert_eq!(explained["Query"]["ID"], id);
    assert_eq!(explained["Query"]["Service"]["OnlyPassing"], true);
    let addrs = healthy_once_synced(|| {
        through(agent, via)
            .args(["query", "execute", &query, "-o", "addrs", "--min", "1"])
            .output()
            .unwrap()
    });
    assert_eq!(addrs, "127.0.0.41:8080\n");
    run(&["query", "delete", &query]);
    assert!(stored().is_none());

    // node maintenance, then the service goes
    run(&["agent", "maintenance", "enable", "--reason", "socket"]);
    assert_eq!(agent.checks()["_node_maintenance"]["Notes"], "socket");
    run(&["agent", "maintenance", "disable"]);
    assert!(agent.checks().get("_node_maintenance").is_none());
    run(&["service", "deregister", &service]);
    assert!(agent.services().get(&service).is_none());
}

#[test]
fn every_command_works_through_a_unix_socket() {
    let dir = tempfile::tempdir().unwrap();
    let mut options = AgentOptions::dev("unix");
    options.ip = "127.0.0.41".to_string();
    options.http_socket = Some(dir.path().join("consul.sock"));
    // A client to join and force out, started meanwhile.
    let peer_name = unique("sock-peer");
    let (agent, peer) = std::thread::scope(|s| {
        let peer = s.spawn(|| Agent::start(AgentOptions::client(&peer_name, "127.0.0.42")));
        (Agent::start(options), peer.join().unwrap())
    });

    every_command_through(&agent, Via::Flag);
    every_command_through(&agent, Via::Env);

    // join and force-leave
    let status = |agent: &Agent| {
        let table = ok(&through(agent, Via::Env)
            .args(["agent", "members"])
            .output()
            .unwrap());
        table_rows(&table)
            .into_iter()
            .find(|row| row["Node"] == peer_name)
            .map(|row| row["Status"].clone())
    };
    for via in [Via::Flag, Via::Env] {
        let out = through(&agent, via)
            .args(["agent", "join", &peer.serf_lan_addr()])
            .output()
            .unwrap();
        assert_eq!(
            ok(&out),
            format!("Joined {} (LAN).\n", peer.serf_lan_addr())
        );
    }
    eventually(
        "the peer is a member",
        Duration::from_secs(10),
        || match status(&agent) {
            Some(s) if s == "alive" => Ok(()),
            other => Err(format!("{other:?}")),
        },
    );
    // Stopped, the client leaves (or, if it had no time, fails).
    drop(peer);
    eventually(
        "the stopped peer is gone",
        Duration::from_secs(30),
        || match status(&agent) {
            Some(s) if s == "left" || s == "failed" => Ok(()),
            other => Err(format!("{other:?}")),
        },
    );
    let out = through(&agent, Via::Env)
        .args(["agent", "force-leave", &peer_name])
        .output()
        .unwrap();
    assert_eq!(ok(&out), format!("Member {peer_name:?} forced to leave.\n"));
    eventually(
        "the peer has left",
        Duration::from_secs(10),
        || match status(&agent) {
            Some(s) if s == "left" => Ok(()),
            other => Err(format!("{other:?}")),
        },
    );
    let out = through(&agent, Via::Flag)
        .args(["agent", "force-leave", &peer_name, "--prune"])
        .output()
        .unwrap();
    ok(&out);
    eventually(
        "the pruned peer is no member",
        Duration::from_secs(10),
        || match status(&agent) {
            None => Ok(()),
            other => Err(format!("{other:?}")),
        },
    );
}

#[test]
fn a_missing_socket_is_exit_3_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let socket = format!("unix://{}", dir.path().join("consul.sock").display());
    let by_flag = {
        let mut cmd = consulctl();
        cmd.args(["--http-addr", &socket]);
        cmd
    };
    for mut cmd in [by_flag, consulctl_at(&socket)] {
        let err = fails(&cmd.args(["agent", "members"]).output().unwrap(), 3);
        assert_eq!(
            err,
            format!("error: listing members: cannot reach Consul at {socket}/v1/agent/members: no such socket; is the agent running, and is --http-addr (CONSUL_HTTP_ADDR) right?\n")
        );
    }
}
