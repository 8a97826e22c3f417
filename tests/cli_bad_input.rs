//! Bad input, category by category across every command group (agent, check, service, query,
//! check run) and the transport options: each case exits 2 with one line on stderr that names
//! the offending value, prints nothing on stdout, and sends nothing (a catch-all mock expects no
//! request; https cases point at a bare listener that must see no connection; `check run` cases
//! must not run their job either).
//!
//! The cases here are the ones no other file tests; the other files hold their own command's
//! refusals (cli_check, cli_service, cli_agent, cli_query, and cli_errors for the global ones).

use std::ffi::OsStr;
use std::net::TcpListener;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use wiremock::matchers::{method, path};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::support::refusals::{all_refused, assert_refused_output, case, line, os_case, Case};
use crate::support::{
    consulctl_at, one_line, run, silent_mock, stderr_of, stdout_of, Mock, CANARY,
};

/// A folder of input files for the cases.
struct Files(tempfile::TempDir);

impl Files {
    fn new() -> Files {
        Files(tempfile::tempdir().expect("a temporary directory"))
    }

    /// Writes `name` holding `bytes` and returns its path as text.
    fn write(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.0.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    }

    /// An empty folder `name`.
    fn folder(&self, name: &str) -> String {
        let path = self.0.path().join(name);
        std::fs::create_dir(&path).unwrap();
        path.to_str().unwrap().to_string()
    }

    fn path(&self, name: &str) -> String {
        self.0.path().join(name).to_str().unwrap().to_string()
    }
}

/// `check run` cases end with `-- touch MARKER`: a refused command line must not run the job.
struct Job {
    dir: tempfile::TempDir,
}

impl Job {
    fn new() -> Job {
        Job {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn marker(&self) -> PathBuf {
        self.dir.path().join("ran")
    }

    /// `check run ARGS -- touch MARKER`
    fn case(&self, args: &[&str], needles: &[&str]) -> Case {
        let mut words = vec!["check", "run"];
        words.extend(args);
        let marker = self.marker();
        let mut case = case(&words, needles);
        case.args.push("--".into());
        case.args.push("touch".into());
        case.args.push(marker.into());
        case
    }

    fn assert_never_ran(&self) {
        assert!(
            !self.marker().exists(),
            "a refused check run ran its command"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Durations: Go's syntax, above zero, not absurd.

#[test]
fn bad_durations_are_refused_in_every_group() {
    let huge = "1000000000000000000000000000000h";
    let job = Job::new();
    all_refused(vec![
        case(
            &["--request-timeout", huge, "agent", "members"],
            &[huge, "--request-timeout"],
        ),
        line(
            "agent self --request-timeout=-1s",
            &["'-1s'", "--request-timeout", "negative"],
        ),
        line(
            "--retry-max-time 1e3s agent checks",
            &["'1e3s'", "--retry-max-time"],
        ),
        line("agent services", &["'30'", "--retry-max-time", "30s"])
            .env("CONSULCTL_RETRY_MAX_TIME", "30"),
        case(&["check", "register", "x", "--ttl", huge], &[huge, "--ttl"]),
        case(
            &["check", "register", "x", "--ttl", ""],
            &["''", "--ttl", "empty duration"],
        ),
        line("check register x --ttl 1h-1m", &["'1h-1m'", "--ttl"]),
        line(
            "check register x --tcp 127.0.0.1:22 --interval 10s --deregister-critical-after 5",
            &["'5'", "--deregister-critical-after", "5s"],
        ),
        line(
            "check ttl pass x --ensure-ttl 30",
            &["'30'", "--ensure-ttl", "30s"],
        ),
        line(
            "service register web --check-tcp 127.0.0.1:22 --check-interval 10s --check-timeout 10",
            &["'10'", "--check-timeout", "10s"],
        ),
        line(
            "service register web --check-ttl 0",
            &["'0'", "--check-ttl", "zero"],
        ),
        line(
            "service register web --check-ttl 1m --check-deregister-critical-after abc",
            &["'abc'", "--check-deregister-critical-after"],
        ),
        line(
            "query get api --wait 99999999999999999999h",
            &["'99999999999999999999h'", "--wait"],
        ),
        line("query list --wait -1m", &["'-1m'", "--wait", "negative"]),
        line(
            "query create --name a --service a --dns-ttl -5s",
            &["'-5s'", "--dns-ttl", "negative"],
        ),
        job.case(&["x", "--timeout", "0"], &["'0'", "--timeout", "zero"]),
        job.case(&["x", "--timeout", "30"], &["'30'", "--timeout", "30s"]),
        job.case(&["x", "--ensure-ttl", "abc"], &["'abc'", "--ensure-ttl"]),
    ]);
    job.assert_never_ran();
}

// ---------------------------------------------------------------------------------------------
// Ports: 1 to 65535, present when the colon is.

#[test]
fn bad_ports_are_refused_in_every_group() {
    let job = Job::new();
    all_refused(vec![
        line(
            "--http-addr 127.0.0.1: agent self",
            &["\"127.0.0.1:\"", "--http-addr", "port"],
        ),
        line(
            "--http-addr [::1]:0 agent self",
            &["\"[::1]:0\"", "--http-addr", "port 0"],
        ),
        line(
            "agent join 127.0.0.2:70000",
            &["'127.0.0.2:70000'", "\"70000\"", "port"],
        ),
        line(
            "check register x --interval 10s --grpc 127.0.0.1:0",
            &["'127.0.0.1:0'", "--grpc"],
        ),
        line(
            "check register x --interval 10s --grpc 127.0.0.1:70000/health.v1",
            &["\"70000\"", "--grpc"],
        ),
        line(
            "check register x --interval 10s --tcp ::1:80",
            &["\"::1:80\"", "brackets"],
        ),
        line(
            "service register web --check-tcp 127.0.0.1:0",
            &["'127.0.0.1:0'", "--check-tcp"],
        ),
        line(
            "service register web --check-tcp db:65536",
            &["\"65536\"", "--check-tcp"],
        ),
        line(
            "service register web --address 10.0.0.5:8080",
            &["\"10.0.0.5:8080\"", "--address", "--port"],
        ),
        line(
            "query execute api --limit 99999999999",
            &["'99999999999'", "--limit"],
        ),
        job.case(&["x", "--warn-on", "256"], &["\"256\"", "--warn-on"]),
    ]);
    job.assert_never_ran();
}

// ---------------------------------------------------------------------------------------------
// Addresses and URLs.

#[test]
fn bad_addresses_and_urls_are_refused_in_every_group() {
    all_refused(vec![
        line(
            "--http-addr http://127.0.0.1:8500/v1?x agent members",
            &["\"http://127.0.0.1:8500/v1?x\"", "query"],
        ),
        line(
            "--http-addr unix:// agent members",
            &["\"unix://\"", "socket path"],
        ),
        line(
            "--http-addr http:// check list",
            &["\"http://\"", "--http-addr"],
        ),
        case(
            &["--http-addr", "127.0.0.1 8500", "service", "list"],
            &["\"127.0.0.1 8500\"", "--http-addr"],
        ),
        line(
            "query list",
            &["\"https://127.0.0.1:1/#top\"", "CONSUL_HTTP_ADDR"],
        )
        .env("CONSUL_HTTP_ADDR", "https://127.0.0.1:1/#top"),
        line(
            "--http-addr http://ops:HUNTER2@127.0.0.1:1 agent self",
            &["\"http://***@127.0.0.1:1\"", "credentials"],
        )
        .hiding("HUNTER2"),
        line("agent join [::1", &["\"[::1\"", "']'"]),
        line("agent join a:b:c", &["\"a:b:c\""]),
        case(&["agent", "join", ""], &["''", "HOST"]),
        line("agent join host/x", &["\"host/x\""]),
        line("agent join h?x", &["\"h?x\""]),
        line(
            "check register x --interval 10s --http http://",
            &["'http://'", "--http"],
        ),
        line(
            "check register x --interval 10s --http /health",
            &["'/health'", "--http"],
        ),
        line(
            "check register x --interval 10s --http http://[::1",
            &["'http://[::1'", "--http"],
        ),
        line(
            "service register web --check-interval 10s --check-http localhost:8080/health",
            &["'localhost:8080/health'", "--check-http"],
        ),
        case(
            &["service", "register", "web", "--address", "a b"],
            &["\"a b\"", "--address"],
        ),
        line(
            "service register web --address http://10.0.0.5",
            &["\"http://10.0.0.5\"", "--address", "scheme"],
        ),
        case(
            &["service", "register", "web", "--address", ""],
            &["''", "--address", "empty"],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Status words, subcommand words and other fixed choices.

#[test]
fn bad_status_and_choice_words_are_refused_in_every_group() {
    all_refused(vec![
        line(
            "check register x --ttl 1m --status Passing",
            &["'Passing'", "--status", "'passing'"],
        ),
        line(
            "check update x --status maintenance",
            &["'maintenance'", "--status"],
        ),
        line("check ttl PASS x", &["'PASS'"]),
        line("agent maintenance on", &["'on'"]),
        line("service maintenance toggle web", &["'toggle'"]),
        line("--color yes agent members", &["'yes'", "--color"]),
        line("-o JSON query list", &["'JSON'", "--output"]),
        line(
            "query create --name a --service a --template Regexp",
            &["'Regexp'", "--template", "'regexp'"],
        ),
        line("--http-ssl=maybe agent members", &["'maybe'", "--http-ssl"]),
        line(
            "check list --http-ssl-verify=no",
            &["'no'", "--http-ssl-verify"],
        ),
        line("service list", &["\"yes\"", "CONSUL_HTTP_SSL_VERIFY"])
            .env("CONSUL_HTTP_SSL_VERIFY", "yes"),
        line("query list", &["\"2\"", "CONSUL_HTTP_SSL"]).env("CONSUL_HTTP_SSL", "2"),
    ]);
}

// ---------------------------------------------------------------------------------------------
// KEY=VALUE: a key Consul could hold.

#[test]
fn bad_key_values_are_refused_in_every_group() {
    let long_key = format!("{}=1", "k".repeat(129));
    all_refused(vec![
        case(
            &["service", "register", "web", "--meta", ""],
            &["''", "--meta", "KEY=VALUE"],
        ),
        case(
            &["service", "register", "web", "--meta", "bad key=1"],
            &["\"bad key\"", "--meta", "' '"],
        ),
        line("service register web --meta a/b=1", &["\"a/b\"", "'/'"]),
        case(
            &["service", "register", "web", "--meta", &long_key],
            &["\"kkkk", "129 bytes", "128"],
        ),
        line(
            "query create --name a --service a --service-meta v",
            &["'v'", "--service-meta", "KEY=VALUE"],
        ),
        line(
            "query create --name a --service a --node-meta =x",
            &["'=x'", "--node-meta"],
        ),
        line(
            "query update api --node-meta rack?=1",
            &["\"rack?\"", "--node-meta"],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Headers and methods of HTTP checks.

#[test]
fn bad_headers_and_methods_are_refused() {
    let http = [
        "check",
        "register",
        "x",
        "--interval",
        "10s",
        "--http",
        "http://h/",
    ];
    let with = |extra: &[&'static str]| [&http[..], extra].concat();
    all_refused(vec![
        case(&with(&["--header", ": v"]), &["\": v\"", "header name"]),
        case(&with(&["--header", "X-Ä: v"]), &["\"X-Ä\"", "header name"]),
        case(
            &with(&["--header", "X-A: v\nX-B: w"]),
            &[r#""X-A: v\nX-B: w""#, "control character"],
        ),
        case(
            &with(&["--method", "GET POST"]),
            &["'GET POST'", "--method"],
        ),
        case(&with(&["--method", ""]), &["''", "--method"]),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Options that cannot go together, or that need another.

#[test]
fn conflicting_and_missing_options_are_refused_in_every_group() {
    let job = Job::new();
    let mut cases = vec![
        line("agent force-leave", &["<NODE>"]),
        line("agent members --prune", &["'--prune'"]),
        line("service register", &["<NAME>"]),
        line("service maintenance enable", &["<ID>"]),
        line(
            "check ttl pass x --note a --note-file /dev/null",
            &["--note", "--note-file"],
        ),
        line("check ttl pass x --name n", &["--ensure-ttl"]),
        line("check ttl pass x --status passing", &["'--status'"]),
        line("query get", &["<ID|NAME>"]),
        line(
            "query execute api --stale --consistent",
            &["--stale", "--consistent"],
        ),
        case(&["--token", "", "agent", "self"], &["--token", "empty"]),
        line(
            "--client-cert /nonexistent/c.pem agent self",
            &["/nonexistent/c.pem", "--client-key"],
        ),
        line("check list", &["/nonexistent/k.pem", "--client-cert"])
            .env("CONSUL_CLIENT_KEY", "/nonexistent/k.pem"),
        job.case(&["x", "--name", "n"], &["--ensure-ttl"]),
        job.case(
            &["x", "--warn-on", "2", "--fail-on", "1-3"],
            &["exit code 2", "--warn-on", "--fail-on"],
        ),
        job.case(&["x", "--warn-on", "5-3"], &["\"5-3\"", "empty range"]),
        job.case(&["x", "--fail-on", "x"], &["\"x\"", "--fail-on"]),
    ];
    cases.push(line("check run x", &["<COMMAND>"]));
    all_refused(cases);
    job.assert_never_ran();
}

// ---------------------------------------------------------------------------------------------
// Input files: missing, folders, empty, not JSON, the wrong shape, not UTF-8, too large.

#[test]
fn bad_input_files_are_refused_in_every_group() {
    let files = Files::new();
    let missing = files.path("missing.txt");
    let folder = files.folder("folder");
    let empty = files.write("empty.json", b"");
    let latin1 = files.write("latin1.json", b"{\"Name\": \"caf\xe9\"}");
    let string = files.write("string.json", br#"{"service": "web"}"#);
    let binary = files.write("token.bin", b"\xff\xfe\x00");
    let too_large = files.path("large.json");
    std::fs::write(&too_large, vec![b' '; 16 * 1024 * 1024 + 1]).unwrap();
    all_refused(vec![
        case(
            &["check", "ttl", "pass", "x", "--note-file", &missing],
            &[&missing, "cannot read"],
        ),
        case(
            &["check", "ttl", "warn", "x", "--note-file", &folder],
            &[&folder, "directory"],
        ),
        case(
            &["check", "register", "--file", &folder],
            &[&folder, "directory"],
        ),
        case(
            &["service", "register", "--file", &empty],
            &[&empty, "empty"],
        ),
        case(
            &["service", "register", "--file", &latin1],
            &[&latin1, "UTF-8"],
        ),
        case(
            &["service", "register", "--file", &string],
            &[&string, "\"service\"", "string"],
        ),
        case(
            &["service", "register", "--file", &folder],
            &[&folder, "directory"],
        ),
        case(&["query", "create", "--file", &latin1], &[&latin1, "UTF-8"]),
        case(
            &["query", "apply", "--file", &folder],
            &[&folder, "directory"],
        ),
        case(
            &["query", "create", "--file", &too_large],
            &[&too_large, "16 MiB"],
        ),
        case(
            &[
                "query",
                "create",
                "--name",
                "a",
                "--service",
                "a",
                "--query-token-file",
                &binary,
            ],
            &[&binary, "--query-token-file", "UTF-8"],
        ),
        case(
            &["--token-file", &binary, "agent", "self"],
            &[&binary, "--token-file", "UTF-8"],
        ),
        line("agent members", &[&folder, "CONSUL_HTTP_TOKEN_FILE"])
            .env("CONSUL_HTTP_TOKEN_FILE", &folder),
    ]);
}

// ---------------------------------------------------------------------------------------------
// Transport options: basic auth, namespace, answer size, datacenter.

#[test]
fn bad_transport_options_are_refused() {
    all_refused(vec![
        case(
            &["--http-auth", "", "agent", "self"],
            &["--http-auth", "user"],
        ),
        line("agent members", &["CONSUL_HTTP_AUTH", "user"])
            .env("CONSUL_HTTP_AUTH", ":PW-CANARY")
            .hiding("PW-CANARY"),
        case(
            &["--http-auth", "ops:PW-CANARY\r", "check", "list"],
            &["--http-auth", "control"],
        )
        .hiding("PW-CANARY"),
        line(
            "--namespace a/b agent members",
            &["\"a/b\"", "--namespace", "'/'"],
        ),
        line(
            "--namespace équipe query list",
            &["\"équipe\"", "--namespace"],
        ),
        line("check list", &["\"a b\"", "CONSUL_NAMESPACE"]).env("CONSUL_NAMESPACE", "a b"),
        case(
            &["--namespace", " ", "service", "list"],
            &["--namespace", "empty"],
        ),
        line(
            "--partition team/a agent members",
            &["\"team/a\"", "--partition", "'/'", "partition name"],
        ),
        line("check list", &["\"a?b\"", "CONSUL_PARTITION"]).env("CONSUL_PARTITION", "a?b"),
        case(
            &["--partition", "", "service", "list"],
            &["--partition", "empty"],
        ),
        line(
            "--max-answer-size 0 agent members",
            &["'0'", "--max-answer-size", "zero"],
        ),
        line(
            "--max-answer-size 10MB query list",
            &["'10MB'", "--max-answer-size", "unit"],
        ),
        line(
            "--max-answer-size 99999999999999999999GiB check list",
            &["'99999999999999999999GiB'", "--max-answer-size"],
        ),
        line(
            "--max-answer-size -1 service list",
            &["'-1'", "--max-answer-size"],
        ),
        line("agent self", &["'lots'", "--max-answer-size"])
            .env("CONSULCTL_MAX_ANSWER_SIZE", "lots"),
        case(
            &["--datacenter", "d c", "query", "list"],
            &["\"d c\"", "--datacenter"],
        ),
        line("--dc dc/2 query execute api", &["\"dc/2\"", "--datacenter"]),
        case(
            &[
                "--datacenter",
                "",
                "query",
                "create",
                "--name",
                "a",
                "--service",
                "a",
            ],
            &["\"\"", "--datacenter"],
        ),
    ]);
}

// ---------------------------------------------------------------------------------------------
// TLS files, read only for https addresses: the listener at the address must see no connection.

/// A certificate block that parses as PEM (the check of its contents comes later, in the
/// handshake), so that the key file is the one at fault.
const CERT_PEM: &[u8] =
    b"-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUZ3Vlc3Q=\n-----END CERTIFICATE-----\n";

#[test]
fn bad_tls_files_are_refused_before_connecting() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let addr = format!("https://{}", listener.local_addr().unwrap());
    let files = Files::new();
    let missing = files.path("missing-ca.pem");
    let empty = files.write("empty.pem", b"");
    let not_pem = files.write("notes.txt", b"this is no certificate\n");
    let folder = files.folder("no-cas");
    let cert = files.write("client.pem", CERT_PEM);
    let job = Job::new();
    let marker = job.marker().display().to_string();
    let cases = vec![
        case(
            &["--ca-file", &missing, "agent", "self"],
            &[&missing, "--ca-file"],
        ),
        line("check list", &[&missing, "CONSUL_CACERT"]).env("CONSUL_CACERT", &missing),
        case(
            &["--ca-file", &empty, "service", "list"],
            &[&empty, "no PEM certificate"],
        ),
        case(
            &["--ca-file", &not_pem, "query", "list"],
            &[&not_pem, "no PEM certificate"],
        ),
        line("agent members", &[&folder, "holds no certificates"]).env("CONSUL_CAPATH", &folder),
        case(
            &["--ca-path", &missing, "check", "ttl", "pass", "x"],
            &[&missing, "--ca-path"],
        ),
        case(
            &[
                "--client-cert",
                &cert,
                "--client-key",
                &cert,
                "agent",
                "self",
            ],
            &[&cert, "--client-key", "no PEM private key"],
        ),
        case(
            &[
                "--client-cert",
                &not_pem,
                "--client-key",
                &cert,
                "query",
                "execute",
                "api",
            ],
            &[&not_pem, "--client-cert", "no PEM certificate"],
        ),
        case(
            &[
                "--tls-server-name",
                "server dc1",
                "service",
                "register",
                "web",
            ],
            &["\"server dc1\"", "--tls-server-name"],
        ),
        // check run refuses before its job: a report that can never be sent is a usage
        // mistake, and exit 2 must mean nothing happened.
        case(
            &[
                "--ca-file",
                &missing,
                "check",
                "run",
                "nightly",
                "--",
                "touch",
                &marker,
            ],
            &[&missing, "--ca-file"],
        ),
    ];
    for case in &cases {
        assert_refused_output(case, &run(&mut case.command(&addr)));
        assert!(
            listener.accept().is_err(),
            "{} connected to the agent",
            case.what()
        );
    }
    job.assert_never_ran();
}

// ---------------------------------------------------------------------------------------------
// Arguments that are not UTF-8.

#[test]
fn arguments_that_are_not_utf8_are_refused_naming_them() {
    let word = |bytes: &'static [u8]| OsStr::from_bytes(bytes);
    let s = |text: &'static str| OsStr::new(text);
    let job = Job::new();
    let marker = job.marker();
    let run_case = os_case(
        &[
            s("check"),
            s("run"),
            word(b"nightly\xff"),
            s("--"),
            s("touch"),
            marker.as_os_str(),
        ],
        &[r#""nightly\xFF""#, "<ID>", "UTF-8"],
    );
    all_refused(vec![
        os_case(
            &[s("check"), s("ttl"), s("pass"), word(b"caf\xe9")],
            &[r#""caf\xE9""#, "<ID>", "not UTF-8"],
        ),
        os_case(
            &[s("check"), s("deregister"), word(b"\xc3\x28")],
            &[r#""\xC3(""#, "<ID>"],
        ),
        os_case(
            &[s("service"), s("register"), word(b"w\xffb")],
            &[r#""w\xFFb""#, "[NAME]"],
        ),
        os_case(
            &[s("service"), s("deregister"), word(b"\xff")],
            &[r#""\xFF""#, "<ID>"],
        ),
        os_case(
            &[s("query"), s("execute"), word(b"q\xff")],
            &[r#""q\xFF""#, "<ID|NAME>"],
        ),
        os_case(
            &[s("query"), s("delete"), word(b"\xfeq")],
            &[r#""\xFEq""#, "<ID|NAME>"],
        ),
        os_case(
            &[s("agent"), s("force-leave"), word(b"n\xff")],
            &[r#""n\xFF""#, "<NODE>"],
        ),
        run_case,
        // Text flags and variables, which clap alone reports without a name.
        os_case(
            &[
                s("check"),
                s("ttl"),
                s("pass"),
                s("x"),
                s("--note"),
                word(b"caf\xe9"),
            ],
            &[r#""caf\xE9""#, "'--note'", "not UTF-8"],
        ),
        os_case(
            &[
                s("check"),
                s("ttl"),
                s("pass"),
                s("x"),
                word(b"--note=caf\xe9"),
            ],
            &[r#""caf\xE9""#, "'--note'", "not UTF-8"],
        ),
        os_case(
            &[
                s("service"),
                s("register"),
                s("web"),
                s("--tag"),
                word(b"v\xff1"),
            ],
            &[r#""v\xFF1""#, "'--tag'", "not UTF-8"],
        ),
        os_case(
            &[s("--token"), word(b"sekrit\xff"), s("agent"), s("members")],
            &["'--token'", "not UTF-8"],
        )
        .hiding("sekrit"),
        // The official CLI's spelling, with a value that is not UTF-8 (was read as -h and
        // printed the help, exit 0).
        os_case(
            &[
                word(b"-http-addr=127.0.0.1:85\xff00"),
                s("agent"),
                s("members"),
            ],
            &[r#""127.0.0.1:85\xFF00""#, "'--http-addr'", "not UTF-8"],
        ),
        os_case(
            &[word(b"-token=sekrit\xff"), s("agent"), s("members")],
            &["'--token'", "not UTF-8"],
        )
        .hiding("sekrit"),
        case(
            &["agent", "members"],
            &["CONSUL_HTTP_TOKEN", "--token", "not UTF-8"],
        )
        .env("CONSUL_HTTP_TOKEN", OsStr::from_bytes(b"sekrit\xff"))
        .hiding("sekrit"),
        case(&["agent", "members"], &["CONSUL_HTTP_AUTH", "not UTF-8"])
            .env("CONSUL_HTTP_AUTH", OsStr::from_bytes(b"user:sekrit\xff"))
            .hiding("sekrit"),
    ]);
    job.assert_never_ran();
}

// ---------------------------------------------------------------------------------------------
// Huge values: a long ID is named without being printed whole; numbers out of their range.

#[test]
fn huge_values_are_refused_without_echoing_them_whole() {
    let files = Files::new();
    let long_id = "i".repeat(100_000);
    let megabyte = "m".repeat(1 << 20);
    let check_file = files.write(
        "check.json",
        format!(r#"{{"Name": "x", "ID": "{megabyte}", "TTL": "1m"}}"#).as_bytes(),
    );
    let service_file = files.write(
        "service.json",
        format!(r#"{{"service": {{"name": "{megabyte}"}}}}"#).as_bytes(),
    );
    let prefix = |c: &str| format!("\"{}…\"", c.repeat(60));
    let job = Job::new();
    let cases =
        vec![
        case(
            &["check", "ttl", "pass", &long_id],
            &[&prefix("i"), "100000 bytes", "<ID>", "512"],
        ),
        case(
            &["service", "maintenance", "enable", &long_id],
            &[&prefix("i"), "100000 bytes"],
        ),
        case(
            &["query", "explain", &long_id],
            &[&prefix("i"), "100000 bytes"],
        ),
        case(
            &["check", "register", "--file", &check_file],
            &[&check_file, "\"ID\"", &prefix("m"), "1048576 bytes"],
        ),
        case(
            &["service", "register", "--file", &service_file],
            &[&service_file, "\"name\"", &prefix("m"), "1048576 bytes"],
        ),
        line("service register web --port 99999999999999999999",
            &["'99999999999999999999'", "--port"],
        ),
        line("service register web --port 70000",
            &["'70000'", "--port"],
        ),
        line("query create --name a --service a --failover-nearest 1000000000000000000000000000000",
            &["'1000000000000000000000000000000'", "--failover-nearest"],
        ),
        line("query list --wait 1m --index 1000000000000000000000000000000",
            &["'1000000000000000000000000000000'", "--index"],
        ),
        line("--retry 1000000000000000000000000000000 agent self",
            &["'1000000000000000000000000000000'", "--retry"],
        ),
        line("check register x --ttl 1m --success-before-passing 99999999999",
            &["'99999999999'", "--success-before-passing"],
        ),
        job.case(
            &["x", "--fail-on", "1000000000000000000000"],
            &["\"1000000000000000000000\"", "--fail-on"],
        ),
    ];
    for case in &cases {
        // The line stays short: a few hundred bytes, not the value.
        let mock = silent_mock();
        let output = run(&mut case.command(&mock.addr()));
        assert_refused_output(case, &output);
        assert!(
            output.stderr.len() < 1000,
            "{}: {} bytes",
            case.what(),
            output.stderr.len()
        );
        assert!(
            mock.requests().is_empty(),
            "{}: sent a request",
            case.what()
        );
        mock.verify();
    }
    job.assert_never_ran();
}

// ---------------------------------------------------------------------------------------------
// Names with '/', '?', '#', spaces and unicode where consulctl cannot send them.

#[test]
fn names_that_could_never_be_addressed_are_refused_in_every_group() {
    let files = Files::new();
    let dotted = files.write(
        "dotted.json",
        br#"{"Name": "backup", "ID": "jobs/../backup", "TTL": "1m"}"#,
    );
    let control = files.write("control.json", b"{\"Name\": \"web\\n1\"}");
    let job = Job::new();
    all_refused(vec![
        case(
            &["check", "register", "--file", &dotted],
            &[&dotted, "\"jobs/../backup\"", "step"],
        ),
        case(
            &["service", "register", "--file", &control],
            &[&control, r#""web\n1""#, "control"],
        ),
        line("service register web/", &["'web/'", "step"]),
        line("service deregister é//x", &["'é//x'", "step"]),
        line("service maintenance disable ./web", &["'./web'", "step"]),
        case(&["agent", "force-leave", "n 1/"], &["'n 1/'", "step"]),
        line("agent join h#x", &["\"h#x\""]),
        case(&["agent", "join", "h x"], &["\"h x\""]),
        line("query update a/./b --tag x", &["'a/./b'", "step"]),
        line("query get #/", &["'#/'", "step"]),
        line("--namespace team?x query list", &["\"team?x\"", "'?'"]),
        line("--namespace team#x agent self", &["\"team#x\"", "'#'"]),
        line(
            "--datacenter dc#1 query list",
            &["\"dc#1\"", "--datacenter"],
        ),
        line(
            "--dc 数据中心 query execute api",
            &["\"数据中心\"", "--datacenter"],
        ),
        job.case(&["a/./b"], &["'a/./b'", "step"]),
        job.case(
            &["x", "--ensure-ttl", "1m", "--service-id", "web//1"],
            &["'web//1'", "step"],
        ),
    ]);
    job.assert_never_ran();
}

// ---------------------------------------------------------------------------------------------
// Where such names are valid, they travel as one escaped path segment.

#[test]
fn check_run_reports_to_an_odd_id_as_one_escaped_segment() {
    let id = "jobs/nightly?full#1 é";
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("PUT"))
            .and(path(
                "/v1/agent/check/update/jobs%2Fnightly%3Ffull%231%20%C3%A9",
            ))
            .respond_with(ResponseTemplate::new(200))
            .expect(1),
    );
    let output = run(consulctl_at(&mock.addr()).args(["check", "run", id, "--", "true"]));
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let requests = mock.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].url.path(),
        "/v1/agent/check/update/jobs%2Fnightly%3Ffull%231%20%C3%A9"
    );
    mock.verify();
}

// ---------------------------------------------------------------------------------------------
// The canary: every command, through its error paths, never prints the token or the password.

/// A basic-auth password that must never be printed either.
const PASSWORD: &str = "canary-pa55word";

/// Every leaf command with arguments that make it send a request.
fn every_leaf(files: &Files) -> Vec<(String, Vec<String>)> {
    let query_file = files.write(
        "query.json",
        format!(r#"{{"Name": "api", "Token": "{CANARY}", "Service": {{"Service": "api"}}}}"#)
            .as_bytes(),
    );
    let definitions = files.write(
        "definitions.json",
        format!(
            r#"{{"service": {{"name": "web", "check": {{"http": "http://127.0.0.1/", "interval": "10s", "header": {{"Authorization": ["{CANARY}"]}}}}}}, "query": {{"Name": "api", "Token": "{CANARY}", "Service": {{"Service": "api"}}}}}}"#
        )
        .as_bytes(),
    );
    let exported = files.path("exported");
    let leaves: Vec<(&str, Vec<&str>)> = vec![
        ("agent members", vec![]),
        ("agent self", vec![]),
        ("agent services", vec![]),
        ("agent checks", vec![]),
        ("agent join", vec!["127.0.0.2"]),
        ("agent force-leave", vec!["n1"]),
        ("agent maintenance enable", vec!["--reason", "patching"]),
        ("agent maintenance disable", vec![]),
        ("agent maintenance status", vec![]),
        ("check register", vec!["web", "--ttl", "1m"]),
        ("check deregister", vec!["web"]),
        ("check ttl pass", vec!["web", "--note", "ok"]),
        ("check ttl warn", vec!["web"]),
        ("check ttl fail", vec!["web"]),
        ("check update", vec!["web", "--status", "passing"]),
        ("check run", vec!["web", "--ensure-ttl", "1m", "--", "true"]),
        ("check list", vec![]),
        ("check wait", vec!["web", "--timeout", "1s"]),
        ("service register", vec!["web", "--port", "80"]),
        ("service deregister", vec!["web"]),
        ("service maintenance enable", vec!["web"]),
        ("service maintenance disable", vec!["web"]),
        ("service maintenance status", vec!["web"]),
        ("service list", vec![]),
        ("service wait", vec!["web", "--timeout", "1s"]),
        (
            "query create",
            vec!["--name", "api", "--service", "api", "--query-token", CANARY],
        ),
        ("query list", vec![]),
        ("query get", vec!["api"]),
        ("query update", vec!["api", "--tag", "v2"]),
        ("query delete", vec!["api"]),
        ("query apply", vec!["--file", &query_file]),
        ("query execute", vec!["api"]),
        ("query explain", vec!["api"]),
        ("plan", vec!["--all-datacenters", &definitions]),
        ("apply", vec!["--all-datacenters", &definitions]),
        (
            "export",
            vec!["--all-datacenters", "--show-token", &exported],
        ),
    ];
    leaves
        .into_iter()
        .map(|(name, args)| {
            let mut words: Vec<String> = name.split(' ').map(str::to_string).collect();
            words.extend(args.into_iter().map(str::to_string));
            (name.to_string(), words)
        })
        .collect()
}

/// The leaf commands of clap's tree: `agent members`, `check ttl pass` …
fn leaves_of(cmd: &clap::Command, prefix: &str, found: &mut Vec<String>) {
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("{prefix}{}", sub.get_name());
        if sub.has_subcommands() {
            leaves_of(sub, &format!("{name} "), found);
        } else {
            found.push(name);
        }
    }
}

/// How the token reaches consulctl.
#[derive(Debug, Clone, Copy)]
enum TokenSource {
    Flag,
    Variable,
    FileFlag,
    FileVariable,
}

/// How the failing agent fails.
#[derive(Debug, Clone, Copy)]
enum Failure {
    AclNotFound,
    PermissionDenied,
    ServerError,
    Refused,
}

impl Failure {
    fn answer(self) -> Option<ResponseTemplate> {
        match self {
            Failure::AclNotFound => {
                Some(ResponseTemplate::new(403).set_body_string("ACL not found"))
            }
            Failure::PermissionDenied => Some(ResponseTemplate::new(403).set_body_string(
                "Permission denied: token with AccessorID '9d3e' lacks permission 'service:write'",
            )),
            Failure::ServerError => Some(ResponseTemplate::new(500).set_body_string(
                "rpc error making call: rpc error: Internal error\nat raft.Apply",
            )),
            Failure::Refused => None,
        }
    }

    fn exit(self) -> i32 {
        match self {
            Failure::Refused => 3,
            _ => 1,
        }
    }
}

#[test]
fn no_command_ever_prints_the_token_or_the_password_on_its_error_paths() {
    use clap::CommandFactory;
    let files = Files::new();
    let token_file = files.write("token", format!("{CANARY}\n").as_bytes());
    let leaves = every_leaf(&files);

    let mut in_tree = Vec::new();
    leaves_of(&consulctl::cli::Cli::command(), "", &mut in_tree);
    // `completions` prints a script and the `context` commands read the config file; neither
    // asks Consul, so they have no error path to check here (tests/e2e_contexts.rs checks that
    // `context show` never prints the token).
    in_tree.retain(|name| name != "completions" && !name.starts_with("context "));
    let mut covered: Vec<String> = leaves.iter().map(|(name, _)| name.clone()).collect();
    in_tree.sort();
    covered.sort();
    assert_eq!(
        covered, in_tree,
        "every leaf command is in the canary's table"
    );

    let failures = [
        Failure::AclNotFound,
        Failure::PermissionDenied,
        Failure::ServerError,
        Failure::Refused,
    ];
    let mocks: Vec<Option<Mock>> = failures
        .iter()
        .map(|failure| {
            failure.answer().map(|answer| {
                let mock = Mock::start();
                mock.expect(Expect::given(wiremock::matchers::any()).respond_with(answer));
                mock
            })
        })
        .collect();
    let refused_addr = format!("127.0.0.1:{}", crate::support::unused_port());
    let sources = [
        TokenSource::Flag,
        TokenSource::Variable,
        TokenSource::FileFlag,
        TokenSource::FileVariable,
    ];

    // Every leaf meets every failure. The token's source turns with the leaf and the failure,
    // -v and the password's source every few leaves, so that each failure meets every source
    // with and without -v, and each leaf every source, without running the whole product.
    for (leaf, (name, words)) in leaves.iter().enumerate() {
        for (nth, (failure, mock)) in failures.iter().zip(&mocks).enumerate() {
            let source = sources[(leaf + nth) % sources.len()];
            let verbose = (leaf / sources.len() + nth).is_multiple_of(2);
            let auth_in_variable = (leaf / 2 + nth).is_multiple_of(2);

            let addr = mock.as_ref().map_or(refused_addr.clone(), Mock::addr);
            let mut cmd = consulctl_at(&addr);
            let mut args: Vec<String> = Vec::new();
            if verbose {
                args.push("-v".into());
            }
            match source {
                TokenSource::Flag => args.extend(["--token".into(), CANARY.into()]),
                TokenSource::Variable => {
                    cmd.env("CONSUL_HTTP_TOKEN", CANARY);
                }
                TokenSource::FileFlag => args.extend(["--token-file".into(), token_file.clone()]),
                TokenSource::FileVariable => {
                    cmd.env("CONSUL_HTTP_TOKEN_FILE", &token_file);
                }
            }
            let auth = format!("ops:{PASSWORD}");
            if auth_in_variable {
                cmd.env("CONSUL_HTTP_AUTH", &auth);
            } else {
                args.extend(["--http-auth".into(), auth]);
            }
            args.extend(words.iter().cloned());
            let output = run(cmd.args(&args));
            let what = format!("{name} / {failure:?} / {source:?} / -v {verbose}");
            let (stdout, stderr) = (stdout_of(&output), stderr_of(&output));
            assert_eq!(
                output.status.code(),
                Some(failure.exit()),
                "{what}: {stderr}"
            );
            for secret in [CANARY, PASSWORD] {
                assert!(!stdout.contains(secret), "{what}: stdout shows {secret}");
                assert!(
                    !stderr.contains(secret),
                    "{what}: stderr shows {secret}: {stderr}"
                );
            }
            let last = stderr.lines().last().unwrap_or_default();
            assert!(last.starts_with("error: "), "{what}: {stderr}");
            if verbose {
                assert!(
                    stderr.contains("X-Consul-Token: <redacted>"),
                    "{what}: {stderr}"
                );
                assert!(
                    stderr.contains("Authorization: <redacted>"),
                    "{what}: {stderr}"
                );
            } else {
                one_line(&stderr);
            }
        }
    }
}
