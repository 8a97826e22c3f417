//! Tables as a person at a terminal sees them, against the real agent: `script` gives
//! consulctl a pseudo-terminal of a set width. Status words are coloured only on a terminal
//! and never with NO_COLOR; the table fits the terminal where its identifiers leave room, and
//! never splits an identifier, a word of a name or a header; a long output is wrapped and cut
//! with a marker on a terminal, and never cut in a pipe or in JSON. A terminal of width 0 has
//! said nothing of its width: the table is not fitted to it.

use std::process::Command;

use std::sync::OnceLock;

use crate::support::agent::AgentOptions;
use crate::support::{consulctl_at, ok, unique, Agent};

const COLUMNS: usize = 100;

/// The ID of the agent's one long check.
const LONG_ID: &str = "a-rather-long-check-id-a-rather-long-check-id-";

/// The headers of `check list`.
const HEADERS: [&str; 6] = ["ID", "Name", "Status", "Type", "Service", "Output"];

/// An agent of these tests' own: on the shared one, other tests' checks (with IDs of any
/// length) would decide the columns' widths.
fn agent() -> &'static Agent {
    static AGENT: OnceLock<Agent> = OnceLock::new();
    AGENT.get_or_init(|| {
        let agent = Agent::start(AgentOptions::dev("terminal"));
        // A long ID takes much of the width, as on a real agent: the short columns (status,
        // type) must still not be squeezed into wrapping.
        ok(&consulctl_at(&agent.addr())
            .args([
                "-q",
                "check",
                "register",
                "a long check name of words",
                "--id",
                LONG_ID,
                "--ttl",
                "1h",
            ])
            .output()
            .unwrap());
        agent
    })
}

/// consulctl ARGS on a pseudo-terminal COLUMNS wide; what the terminal showed, without `\r`.
fn on_terminal(agent: &Agent, args: &str, env: &[(&str, &str)]) -> String {
    on_terminal_of_width(COLUMNS, agent, args, env)
}

/// [`on_terminal`] on a terminal `columns` wide.
fn on_terminal_of_width(columns: usize, agent: &Agent, args: &str, env: &[(&str, &str)]) -> String {
    let line = format!(
        "stty cols {columns} rows 200; exec {} {args}",
        env!("CARGO_BIN_EXE_consulctl")
    );
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TERM", "xterm-256color")
        .env("CONSUL_HTTP_ADDR", agent.addr());
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = cmd
        .output()
        .expect("`script` (util-linux) runs consulctl on a pseudo-terminal");
    assert!(out.status.success(), "{args}: {out:?}");
    String::from_utf8(out.stdout).unwrap().replace('\r', "")
}

/// Text without the terminal's colour sequences.
fn without_escapes(text: &str) -> String {
    let mut plain = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
}

fn fits(text: &str) {
    for line in without_escapes(text).lines() {
        assert!(
            line.chars().count() <= COLUMNS,
            "wider than the {COLUMNS}-column terminal: {line:?}\n{text}"
        );
    }
}

/// Three checks, passing, warning and critical, the first with a long output.
fn checks(agent: &Agent) -> (String, String, String, String) {
    let long_note: String = (0..60).map(|i| format!("word{i} ")).collect();
    let long_note = long_note.trim_end().to_string();
    let ids = [unique("tty-pass"), unique("tty-warn"), unique("tty-crit")];
    for (id, status) in ids.iter().zip(["passing", "warning", "critical"]) {
        // A name of words, as most are: a long one-word name could not leave the output room.
        let name = format!("tty {status} check");
        ok(&consulctl_at(&agent.addr())
            .args(["-q", "check", "register", &name, "--id", id, "--ttl", "10m"])
            .args(["--status", status])
            .output()
            .unwrap());
    }
    ok(&consulctl_at(&agent.addr())
        .args(["check", "ttl", "pass", &ids[0], "--note", &long_note])
        .output()
        .unwrap());
    let [pass, warn, crit] = ids;
    (pass, warn, crit, long_note)
}

#[test]
fn status_words_are_coloured_on_a_terminal_and_the_table_fits_it() {
    let agent = agent();
    let (pass, warn, crit, long_note) = checks(agent);
    let shown = on_terminal(agent, "check list", &[]);
    for (id, colour) in [
        (&pass, "\x1b[38;5;10mpassing"),
        (&warn, "\x1b[38;5;11mwarning"),
        (&crit, "\x1b[38;5;9mcritical"),
    ] {
        let row = shown
            .lines()
            .find(|l| l.starts_with(id.as_str()))
            .unwrap_or_else(|| panic!("no row for {id}:\n{shown}"));
        assert!(row.contains(colour), "{id}: {row:?}");
    }
    fits(&shown);
    // The long output is wrapped in its column, then cut with a marker.
    let plain = without_escapes(&shown);
    assert!(plain.contains('…'), "{plain}");
    assert!(
        !plain.contains(&long_note[long_note.len() - 20..]),
        "{plain}"
    );
}

#[test]
fn no_color_on_a_terminal_means_no_colour_and_the_table_still_fits() {
    let agent = agent();
    let (pass, ..) = checks(agent);
    // A check's output may hold terminal escapes; they are written out, never sent raw.
    let escaping = unique("tty-esc");
    ok(&consulctl_at(&agent.addr())
        .args([
            "-q", "check", "register", "escaping", "--id", &escaping, "--ttl", "10m",
        ])
        .output()
        .unwrap());
    ok(&consulctl_at(&agent.addr())
        .args([
            "check",
            "ttl",
            "warn",
            &escaping,
            "--note",
            "\x1b[2J\x1b]0;owned\x07red",
        ])
        .output()
        .unwrap());
    for (args, env) in [
        ("check list", &[("NO_COLOR", "1")][..]),
        ("check list --color never", &[][..]),
    ] {
        let shown = on_terminal(agent, args, env);
        assert!(shown.contains(&pass), "{shown}");
        assert!(
            !shown.contains('\x1b'),
            "{args} {env:?}: colour written:\n{shown}"
        );
        fits(&shown);
    }
}

/// Piped, a table loses nothing (`check list | grep backup` sees the whole output), and stays
/// one line a row with control bytes written out.
#[test]
fn off_a_terminal_rows_stay_whole_lines_and_lose_nothing() {
    let agent = agent();
    let (pass, _, _, long_note) = checks(agent);
    let escaping = unique("pipe-esc");
    ok(&consulctl_at(&agent.addr())
        .args([
            "-q", "check", "register", "escaping", "--id", &escaping, "--ttl", "10m",
        ])
        .output()
        .unwrap());
    ok(&consulctl_at(&agent.addr())
        .args(["check", "ttl", "warn", &escaping])
        .args(["--note", "two\nlines\x1b[2J\u{9b}0m"])
        .output()
        .unwrap());
    let out = ok(&consulctl_at(&agent.addr())
        .args(["check", "list"])
        .output()
        .unwrap());
    assert!(!out.contains('\x1b') && !out.contains('\u{9b}'), "{out}");
    let row = |id: &str| {
        out.lines()
            .find(|l| l.starts_with(id))
            .unwrap_or_else(|| panic!("no row for {id}:\n{out}"))
            .to_string()
    };
    assert!(row(&pass).ends_with(&format!("  {long_note}")), "{out}");
    assert!(!out.contains('…'), "{out}");
    assert!(
        row(&escaping).ends_with("  two lines\\u{1b}[2J\\u{9b}0m"),
        "{out}"
    );
    assert_eq!(
        out.lines()
            .next()
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>(),
        HEADERS
    );
}

/// A terminal that reports 0 columns (under `script`, some CI runners, serial consoles) gets
/// the table as a pipe does, coloured: not one-letter columns.
#[test]
fn a_terminal_of_width_0_gets_the_table_unfitted() {
    let agent = agent();
    let (pass, warn, _, long_note) = checks(agent);
    let shown = on_terminal_of_width(0, agent, "check list", &[]);
    assert!(shown.contains("\x1b[38;5;10mpassing"), "coloured: {shown}");
    let plain = without_escapes(&shown);
    let header = plain.lines().next().unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        HEADERS,
        "{plain}"
    );
    for id in [&pass, &warn] {
        assert_eq!(
            plain.lines().filter(|l| l.starts_with(id.as_str())).count(),
            1,
            "{plain}"
        );
    }
    let row = plain
        .lines()
        .find(|l| l.starts_with(pass.as_str()))
        .unwrap();
    assert!(row.ends_with(&format!("  {long_note}")), "{plain}");
}

/// At 40 and 80 columns the identifier columns alone are wider than the terminal: they stay
/// whole, and as the terminal wraps every line anyway, no cell is wrapped too: a row stays one
/// line, its output cut with a marker.
#[test]
fn on_narrow_terminals_identifiers_names_and_headers_never_split() {
    let agent = agent();
    let (pass, warn, crit, long_note) = checks(agent);
    for columns in [40, 80] {
        let shown = on_terminal_of_width(columns, agent, "check list --color never", &[]);
        let header = shown.lines().next().unwrap();
        assert_eq!(
            header.split_whitespace().collect::<Vec<_>>(),
            HEADERS,
            "{shown}"
        );
        let words: Vec<&str> = shown.split_whitespace().collect();
        for whole in [
            pass.as_str(),
            &warn,
            &crit,
            LONG_ID,
            "passing",
            "warning",
            "critical",
            "ttl",
        ] {
            assert!(words.contains(&whole), "{columns}: {whole} split:\n{shown}");
        }
        let rows = shown
            .lines()
            .filter(|l| l.starts_with(pass.as_str()))
            .count();
        assert_eq!(rows, 1, "{shown}");
        assert!(
            !shown.lines().any(|l| l.starts_with(' ')),
            "a row a line: {shown}"
        );
        assert!(
            shown.contains('…'),
            "the output is cut on a terminal: {shown}"
        );
        assert!(
            !shown.contains(&long_note[long_note.len() - 20..]),
            "{shown}"
        );
    }
}

#[test]
fn json_is_never_cut_on_a_terminal_or_off_it() {
    let agent = agent();
    let (pass, _, _, long_note) = checks(agent);
    let shown = on_terminal(agent, "check list -o json", &[]);
    let on_tty: serde_json::Value = serde_json::from_str(&shown).expect("JSON on a terminal");
    assert_eq!(on_tty[&pass]["Output"], long_note.as_str());
    assert!(shown.contains("\n  "), "indented on a terminal: {shown}");
    let out = ok(&consulctl_at(&agent.addr())
        .args(["check", "list", "-o", "json"])
        .output()
        .unwrap());
    let piped: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(piped[&pass]["Output"], long_note.as_str());
    assert_eq!(out.lines().count(), 1, "one line off a terminal");
}
