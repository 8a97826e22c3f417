//! `service wait`, `check wait`, `query execute --wait-min` and `--watch`: the command lines
//! refused before anything is sent (exit 2, one line naming the value). What they do is tested
//! on real agents in `e2e_wait`.

use crate::support::refusals::{all_refused, line};

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
        line("check list --datacenter dc2", &["dc2", "--datacenter"]),
        line("--dry-run check list --watch", &["--dry-run"]),
        line("--dry-run check list --all-nodes --watch", &["--dry-run"]),
        line("--dry-run service list --watch", &["--dry-run"]),
        line("--dry-run query execute api --watch", &["--dry-run"]),
        line("check list -- ./notify.sh", &["--watch"]),
        line("service list --handler-timeout 1s", &["HANDLER"]),
        line(
            "check list --watch --handler-timeout 0s -- true",
            &["0s", "--handler-timeout", "zero"],
        ),
    ]);
}
