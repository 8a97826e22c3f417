//! Messages that name the fix, where no real agent is needed: clap's mistakes shown as the
//! corrected line, durations and addresses people get wrong, and what `--retry` and `-v` say.
//! What needs an agent is in `e2e_messages`.

use crate::cli_faults::Hung;
use crate::support::{consulctl, consulctl_at, run, stderr_of, stdout_of, unused_port};

/// Runs against an address where nothing listens (nothing may be sent), and returns stderr;
/// asserts exit 2 and an empty stdout.
fn refused(args: &[&str]) -> String {
    let out = run(consulctl_at(&format!("127.0.0.1:{}", unused_port())).args(args));
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "");
    stderr_of(&out)
}

#[test]
fn clap_mistakes_show_the_corrected_line() {
    for (args, line) in [
        (
            &["check", "run", "foo", "echo", "hi"][..],
            "error: unexpected argument 'echo' found; did you mean `consulctl check run foo -- echo hi`? (see --help)",
        ),
        (
            &["-o", "json", "check", "run", "foo", "--ensure-ttl", "1m", "echo", "a b"][..],
            "error: unexpected argument 'echo' found; did you mean `consulctl -o json check run foo --ensure-ttl 1m -- echo 'a b'`? (see --help)",
        ),
        (
            &["query", "apply", "web.json"][..],
            "error: unexpected argument 'web.json' found; did you mean `consulctl query apply --file web.json`? (see --help)",
        ),
        (
            &["check", "ttl", "pass", "a b", "--output", "hi"][..],
            "error: invalid value 'hi' for '--output <FORMAT>' [possible values: table, json, addrs]; did you mean `consulctl check ttl pass 'a b' --note hi`? (see --help)",
        ),
        (
            &["check", "update", "x", "--status", "passing", "--output=all good"][..],
            "error: invalid value 'all good' for '--output <FORMAT>' [possible values: table, json, addrs]; did you mean `consulctl check update x --status passing '--note=all good'`? (see --help)",
        ),
        (
            &["query", "create", "--name", "web", "--service-name", "web"][..],
            "error: unexpected argument '--service-name' found; did you mean `consulctl query create --name web --service web`? (see --help)",
        ),
    ] {
        assert_eq!(refused(args), format!("{line}\n"), "{args:?}");
    }
    // Where no correction is known, clap's own tip stays.
    let err = refused(&["check", "ttl", "pass", "x", "--nte", "hi"]);
    assert!(
        err.contains("tip: a similar argument exists: '--note'"),
        "{err}"
    );
}

#[test]
fn days_and_weeks_get_the_hours_go_needs() {
    let err = refused(&["check", "register", "backup", "--ttl", "1d"]);
    assert_eq!(
        err,
        "error: invalid value '1d' for '--ttl <DURATION>': invalid duration \"1d\": Go's durations have no days or weeks; did you mean 24h? (see --help)\n"
    );
    let err = refused(&["check", "run", "backup", "--ensure-ttl", "2w", "--", "true"]);
    assert!(err.contains("did you mean 336h?"), "{err}");
}

#[test]
fn addresses_people_get_wrong_are_refused_naming_the_fix() {
    let err = refused(&[
        "--http-addr",
        "http://admin:s3cret@127.0.0.1:8500",
        "agent",
        "self",
    ]);
    assert_eq!(
        err,
        "error: --http-addr \"http://***@127.0.0.1:8500\" is not a usable address: credentials do not belong in the address: give user:password in CONSUL_HTTP_AUTH or --http-auth; give host:port, http://host:port, https://host:port or unix:///path/to/socket\n"
    );
    assert!(!err.contains("s3cret"));
    for (addr, without) in [
        ("127.0.0.1:8500/v1", "http://127.0.0.1:8500"),
        ("http://127.0.0.1:8500/v1/", "http://127.0.0.1:8500"),
        (
            "https://127.0.0.1:8501/consul/v1",
            "https://127.0.0.1:8501/consul",
        ),
    ] {
        let err = refused(&["--http-addr", addr, "agent", "self"]);
        assert_eq!(
            err,
            format!("error: --http-addr {addr:?} is not a usable address: it ends in /v1, which consulctl adds to every request itself: give {without}; give host:port, http://host:port, https://host:port or unix:///path/to/socket\n")
        );
    }
}

#[test]
fn verbose_says_that_an_address_without_a_port_means_port_80() {
    let out = run(consulctl()
        .args(["-v", "--http-addr", "127.0.0.1", "--request-timeout", "2s"])
        .args(["agent", "self"]));
    let err = stderr_of(&out);
    assert_eq!(
        err.lines().next(),
        Some("* http://127.0.0.1 names no port: requests go to port 80, the default for http, not to 8500 where agents listen unless configured otherwise"),
        "{err}"
    );
    assert_eq!(
        err.lines().nth(1),
        Some("> GET http://127.0.0.1/v1/agent/self")
    );
    // Without -v, or with a port, nothing is said.
    let out = run(consulctl().args([
        "--http-addr",
        "127.0.0.1",
        "--request-timeout",
        "2s",
        "agent",
        "self",
    ]));
    assert!(!stderr_of(&out).contains("names no port"));
    let out = run(consulctl().args([
        "-v",
        "--http-addr",
        &format!("127.0.0.1:{}", unused_port()),
        "agent",
        "self",
    ]));
    assert!(!stderr_of(&out).contains("names no port"));
}

#[test]
fn a_post_that_is_not_retried_says_why() {
    let hung = Hung::start();
    let out = run(consulctl_at(&hung.addr)
        .args(["--request-timeout", "500ms", "--retry", "3"])
        .args(["query", "create", "--name", "api", "--service", "api"]));
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    assert_eq!(
        stderr_of(&out),
        format!("error: creating query \"api\": Consul at http://{}/v1/query did not answer within 500ms (not retried: a POST is repeated only with --retry-unsafe, as it may then be done twice); check the agent or raise --request-timeout\n", hung.addr)
    );
}

#[test]
fn a_timeout_after_retries_has_one_pair_of_parentheses() {
    let hung = Hung::start();
    let out = run(consulctl_at(&hung.addr)
        .args(["--request-timeout", "300ms", "--retry", "1"])
        .args(["agent", "self"]));
    assert_eq!(out.status.code(), Some(3));
    let err = stderr_of(&out);
    let prefix = format!(
        "error: reading the agent's configuration: Consul at http://{}/v1/agent/self did not answer within 300ms (after 2 attempts over ",
        hung.addr
    );
    assert!(err.starts_with(&prefix), "{err}");
    assert!(
        err.ends_with("s); check the agent or raise --request-timeout\n"),
        "{err}"
    );
    assert!(!err.contains("))"), "{err}");
}

#[test]
fn an_empty_404_asks_whether_this_is_the_agent() {
    let mock = crate::support::Mock::start();
    mock.expect(
        wiremock::Mock::given(wiremock::matchers::any())
            .respond_with(wiremock::ResponseTemplate::new(404)),
    );
    let out = run(consulctl_at(&mock.addr()).args(["agent", "members"]));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr_of(&out),
        format!("error: listing members: Consul at {} answered 404: (no body); nothing there answers this path: is --http-addr (CONSUL_HTTP_ADDR) a Consul agent, and one new enough for this command?\n", mock.uri())
    );
}
