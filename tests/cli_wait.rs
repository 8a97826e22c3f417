//! `service wait`, `check wait`, `query execute --wait-min` and `--watch`: the command lines
//! refused before anything is sent (exit 2, one line naming the value), and Consul's index rules
//! on answers a real agent does not give. What they do is tested on real agents in `e2e_wait`.

use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::support::refusals::{all_refused, line};
use crate::support::{consulctl_at, stderr_of, stdout_of, Mock};

#[test]
fn wait_refusals() {
    all_refused(vec![
        line(
            "service wait web --timeout 0s",
            &["0s", "--timeout", "zero"],
        ),
        line(
            "service wait web --timeout -5s",
            &["-5s", "--timeout", "negative"],
        ),
        line("service wait web --min -1", &["-1", "--min", "negative"]),
        line("service wait web --max -1", &["-1", "--max", "negative"]),
        line("service wait web --min 3 --max 2", &["--max 2", "--min 3"]),
        line("service wait web --absent --min 1", &["--absent", "--min"]),
        line(
            "service wait web --passing --allow-warning",
            &["--allow-warning", "--passing"],
        ),
        line("check wait web --status bogus", &["bogus", "--status"]),
        line(
            "check wait web --timeout 0",
            &["\"0\"", "--timeout", "zero"],
        ),
        line("query execute api --wait-min 0", &["'0'", "--wait-min"]),
        line("query execute api --timeout 5s", &["--wait-min"]),
        line(
            "query execute api --wait-min 2 --limit 1",
            &["--limit 1", "--wait-min 2"],
        ),
        line(
            "query execute api --wait-min 1 --min 1",
            &["--wait-min", "--min"],
        ),
    ]);
}

#[test]
fn all_nodes_and_watch_refusals() {
    all_refused(vec![
        line(
            "check list --all-nodes --state bogus",
            &["bogus", "--state"],
        ),
        line("check list --state critical", &["--all-nodes"]),
        line("check list --service web", &["--all-nodes"]),
        line(
            "query execute api --watch -o addrs",
            &["--watch", "-o addrs"],
        ),
        line("service wait web --watch", &["--watch"]),
        line("check list -- ./notify.sh", &["--watch"]),
        line("service list --handler-timeout 1s", &["HANDLER"]),
        line(
            "check list --watch --handler-timeout 0s -- true",
            &["0s", "--handler-timeout", "zero"],
        ),
    ]);
}

/// One instance of `web` on node `n1` whose one check has `status`.
fn instances(status: &str) -> serde_json::Value {
    serde_json::json!([{
        "Node": {"Node": "n1", "Address": "127.0.0.9"},
        "Service": {"ID": "web-1", "Service": "web", "Port": 8080, "Tags": null},
        "Checks": [{"Node": "n1", "CheckID": "service:web-1", "Name": "web", "Status": status,
                    "Output": "", "ServiceID": "web-1"}]
    }])
}

/// Answers a read of `web`'s health carrying `index` (None: the first read, without one) with
/// `status` and the index `answered`, once.
fn answer(mock: &Mock, index: Option<&str>, status: &str, answered: &str) {
    let given = Expect::given(method("GET")).and(path("/v1/health/service/web"));
    let given = match index {
        Some(index) => given.and(query_param("index", index)),
        None => given.and(query_param_is_missing("index")),
    };
    mock.expect(
        given
            .respond_with(
                ResponseTemplate::new(200)
                    .insert_header("X-Consul-Index", answered)
                    .set_body_json(instances(status)),
            )
            .expect(1),
    );
}

#[test]
fn an_index_that_goes_backwards_starts_over_and_a_zero_counts_as_one() {
    let mock = Mock::start();
    answer(&mock, None, "critical", "10");
    // A restored snapshot: the index went backwards, so the next read starts over from 0.
    answer(&mock, Some("10"), "critical", "5");
    // An index of 0 is never valid after a read: the next read waits past 1.
    answer(&mock, Some("0"), "critical", "0");
    answer(&mock, Some("1"), "passing", "12");
    let output = consulctl_at(&mock.addr())
        .args(["service", "wait", "web", "--timeout", "10s", "-o", "addrs"])
        .output()
        .unwrap();
    assert_eq!(
        stdout_of(&output),
        "127.0.0.9:8080\n",
        "{}",
        stderr_of(&output)
    );
    mock.verify();
    let waits: Vec<String> = mock
        .requests()
        .iter()
        .filter_map(|r| {
            r.url
                .query_pairs()
                .find(|(k, _)| k == "wait")
                .map(|(_, v)| v.into_owned())
        })
        .collect();
    assert_eq!(
        waits.len(),
        3,
        "every read after the first blocks: {waits:?}"
    );
}

#[test]
fn a_wait_exits_3_when_consul_cannot_be_reached_after_its_retries() {
    let addr = format!("127.0.0.1:{}", crate::support::unused_port());
    for args in [
        &["service", "wait", "web"][..],
        &["check", "wait", "web"],
        &["query", "execute", "api", "--wait-min", "1"],
    ] {
        let output = consulctl_at(&addr)
            .args(["--retry", "1"])
            .args(args)
            .output()
            .unwrap();
        let message = crate::support::fails(&output, 3);
        assert!(
            message.contains("cannot reach Consul") && message.contains("after 2 attempts"),
            "{args:?}: {message}"
        );
    }
}
