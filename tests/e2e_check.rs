//! `check …` end to end against the shared real agent.

use crate::support::{consulctl_at, json_of, stderr_of, stdout_of, unique, Agent};

#[test]
fn ttl_check_register_pass_warn_fail_and_list() {
    let agent = Agent::shared();
    let id = unique("ttl");
    consulctl_at(&agent.addr())
        .args([
            "check",
            "register",
            &id,
            "--ttl",
            "1m",
            "--notes",
            "from a test",
        ])
        .assert()
        .success()
        .stdout(format!("Check {id:?} registered.\n"));

    let checks = agent.get("/v1/agent/checks");
    assert_eq!(
        checks[&id]["Status"], "critical",
        "a new check starts critical"
    );
    assert_eq!(checks[&id]["Notes"], "from a test");

    for (word, status) in [
        ("pass", "passing"),
        ("warn", "warning"),
        ("fail", "critical"),
    ] {
        consulctl_at(&agent.addr())
            .args(["check", "ttl", word, &id, "--note", &format!("note {word}")])
            .assert()
            .success();
        let check = &agent.get("/v1/agent/checks")[&id];
        assert_eq!(check["Status"], status);
        assert_eq!(check["Output"], format!("note {word}"));
    }

    let out = consulctl_at(&agent.addr())
        .args(["check", "list"])
        .output()
        .unwrap();
    let table = stdout_of(&out);
    let row = table
        .lines()
        .find(|l| l.starts_with(&id))
        .expect("the check is listed");
    assert!(
        row.contains("critical") && row.contains("ttl") && row.contains("note fail"),
        "{row}"
    );

    let out = consulctl_at(&agent.addr())
        .args(["check", "list", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(json_of(&out)[&id]["CheckID"], id.as_str());
}

#[test]
fn ttl_pass_on_unknown_check_says_it_is_not_registered() {
    let agent = Agent::shared();
    let id = unique("nosuch");
    let out = consulctl_at(&agent.addr())
        .args(["check", "ttl", "pass", &id])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!("no check {id:?} is registered on this agent")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}
