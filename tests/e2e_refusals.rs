//! Values too long for the agent or for HTTP, end to end against the shared real agent: what
//! the agent would not keep is cut as consulctl says, and what cannot be sent is a local
//! mistake (exit 2), never an agent that cannot be reached (exit 3).

use crate::support::{consulctl_at, fails, ok, unique, Agent};

/// A job's log of exactly `size` bytes: a long first line, numbered lines, then `last`.
fn log_of(size: usize, last: &str) -> String {
    let lines: String = (0..size / 40)
        .map(|n| format!("line {n:06} of the job's log\n"))
        .collect();
    let first = "x".repeat(size - lines.len() - last.len() - 1);
    format!("{first}\n{lines}{last}")
}

#[test]
fn a_note_past_the_agents_4096_bytes_keeps_its_end_as_a_note_file_does() {
    let agent = Agent::shared();
    let id = unique("long-note");
    ok(&consulctl_at(&agent.addr())
        .args(["-q", "check", "register", &id, "--ttl", "10m"])
        .output()
        .unwrap());
    let note = log_of(66_000, "done: backup failed with status 2");
    assert_eq!(note.len(), 66_000);
    for word in ["pass", "fail"] {
        let output = consulctl_at(&agent.addr())
            .args(["check", "ttl", word, &id, "--note", &note])
            .output()
            .unwrap();
        ok(&output);
        let check = &agent.checks()[&id];
        let stored = check["Output"].as_str().unwrap();
        let kept = stored.len() - stored.find('\n').unwrap() - 1;
        assert!(
            stored.starts_with(&format!("(the last {kept} of 66000 bytes of --note)\n")),
            "{}",
            &stored[..80]
        );
        assert!(stored.len() <= 4096, "{} bytes stored", stored.len());
        assert!(stored.len() > 3_900, "{} bytes stored", stored.len());
        assert!(
            stored.ends_with("of the job's log\ndone: backup failed with status 2"),
            "{stored}"
        );
        // The cut starts at a line, and the agent stored it whole (no " ... (captured").
        let first_kept = stored.lines().nth(1).unwrap();
        assert!(first_kept.starts_with("line 0"), "{first_kept}");
        assert!(!stored.contains("captured"), "{stored}");
    }
    // The same text from a file is kept the same way.
    let file = std::env::temp_dir().join(format!("{id}.log"));
    std::fs::write(&file, &note).unwrap();
    ok(&consulctl_at(&agent.addr())
        .args(["check", "ttl", "pass", &id, "--note-file"])
        .arg(&file)
        .output()
        .unwrap());
    let from_file = agent.checks()[&id]["Output"].as_str().unwrap().to_string();
    let _ = std::fs::remove_file(&file);
    assert!(
        from_file.starts_with("(the last ") && from_file.ends_with("with status 2"),
        "{from_file}"
    );
    // A note that fits is stored as given.
    ok(&consulctl_at(&agent.addr())
        .args(["check", "ttl", "pass", &id, "--note", "all fine"])
        .output()
        .unwrap());
    assert_eq!(agent.checks()[&id]["Output"], "all fine");
}

#[test]
fn a_url_longer_than_http_allows_is_a_local_mistake_not_an_unreachable_agent() {
    let agent = Agent::shared();
    let filter = format!("Name == \"{}\"", "a".repeat(70_000));
    let output = consulctl_at(&agent.addr())
        .args(["check", "list", "--filter", &filter])
        .output()
        .unwrap();
    let line = fails(&output, 2);
    assert!(
        line.contains("listing checks: the request's URL would be")
            && line.contains("more than HTTP allows")
            && line.contains("nothing was sent"),
        "{line}"
    );
    assert!(
        !line.contains("cannot") && !line.contains("--http-addr"),
        "{line}"
    );
    assert!(line.len() < 400, "{line}");
}
