//! Tables of command lines consulctl must refuse before sending anything. A refusal is exit 2,
//! nothing on stdout, one `error: …` line on stderr naming the offending value (and never the
//! canary token), and no request at the mock it was pointed at.
//!
//! A table is a `Vec<Case>` run by [`all_refused`]: one row per command line, built from words
//! ([`case`]), a line of words ([`line`]) or words that need not be UTF-8 ([`os_case`]), with the
//! environment, stdin or a secret it must not show added on. Every assertion names its row's
//! arguments, so a failing row is easy to find. [`refused`] is a table of one row.

use std::ffi::{OsStr, OsString};
use std::process::Output;

use super::{consulctl_at, one_line, run, silent_mock, stderr_of, stdout_of, Mock, CANARY};

/// The exit status of every refusal: a usage mistake, caught before anything is sent.
pub const REFUSED: i32 = 2;

/// One command line that must be refused.
pub struct Case {
    pub args: Vec<OsString>,
    pub env: Vec<(&'static str, OsString)>,
    pub stdin: Option<Vec<u8>>,
    /// What the one line must hold: the offending value first, often the flag too.
    pub needles: Vec<String>,
    /// Text the line must not hold (a secret given with the mistake), besides the canary.
    pub secret: Option<&'static str>,
}

/// A case from plain words.
pub fn case(args: &[&str], needles: &[&str]) -> Case {
    Case {
        args: args.iter().map(OsString::from).collect(),
        env: Vec::new(),
        stdin: None,
        needles: needles.iter().map(|n| n.to_string()).collect(),
        secret: None,
    }
}

/// A case from a line of words, each separated by one space.
pub fn line(text: &str, needles: &[&str]) -> Case {
    case(&text.split(' ').collect::<Vec<_>>(), needles)
}

/// A case whose words need not be UTF-8.
pub fn os_case(args: &[&OsStr], needles: &[&str]) -> Case {
    Case {
        args: args.iter().map(|a| a.to_os_string()).collect(),
        ..case(&[], needles)
    }
}

impl Case {
    /// Sets a variable (after CONSUL_HTTP_ADDR, which it may override).
    pub fn env(mut self, name: &'static str, value: impl Into<OsString>) -> Case {
        self.env.push((name, value.into()));
        self
    }

    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Case {
        self.stdin = Some(input.into());
        self
    }

    pub fn hiding(mut self, secret: &'static str) -> Case {
        self.secret = Some(secret);
        self
    }

    /// The row as a failure names it: its arguments, and its variables if any.
    pub fn what(&self) -> String {
        if self.env.is_empty() {
            format!("{:?}", self.args)
        } else {
            format!("{:?} with {:?}", self.args, self.env)
        }
    }

    /// consulctl pointed at `addr` with this row's variables, arguments and stdin.
    pub fn command(&self, addr: &str) -> assert_cmd::Command {
        let mut cmd = consulctl_at(addr);
        for (name, value) in &self.env {
            cmd.env(name, value);
        }
        cmd.args(&self.args);
        if let Some(stdin) = &self.stdin {
            cmd.write_stdin(stdin.clone());
        }
        cmd
    }
}

/// Asserts what a refused case shows: exit 2, nothing on stdout, one `error:` line holding every
/// needle (and neither the canary token nor the row's secret), no panic. Returns the line.
pub fn assert_refused_output(case: &Case, output: &Output) -> String {
    let stderr = stderr_of(output);
    let what = case.what();
    assert_eq!(
        output.status.code(),
        Some(REFUSED),
        "{what}: exit status; stderr: {stderr}"
    );
    assert_eq!(stdout_of(output), "", "{what}: nothing on stdout");
    assert!(
        stderr.ends_with('\n') && stderr.lines().count() == 1,
        "{what}: stderr is not one line: {stderr:?}"
    );
    let line = one_line(&stderr);
    assert!(line.starts_with("error: "), "{what}: {line}");
    assert!(!line.contains("panicked"), "{what}: {line}");
    for needle in &case.needles {
        assert!(
            line.contains(needle.as_str()),
            "{what}: lacks {needle:?}: {line}"
        );
    }
    assert!(!line.contains(CANARY), "{what}: shows the token: {line}");
    if let Some(secret) = case.secret {
        assert!(!line.contains(secret), "{what}: shows the secret: {line}");
    }
    line.to_string()
}

/// Runs `case` against `mock` (a [`silent_mock`]) and asserts it was refused with nothing sent.
fn refused_at(mock: &Mock, case: &Case) -> String {
    let line = assert_refused_output(case, &run(&mut case.command(&mock.addr())));
    let sent = mock.requests();
    assert!(
        sent.is_empty(),
        "{} sent {:?}",
        case.what(),
        sent.iter()
            .map(|r| format!("{} {}", r.method, r.url))
            .collect::<Vec<_>>()
    );
    line
}

/// Runs every case against one mock that must see no request: after each case its requests are
/// checked (so a failure names the case), and its `.expect(0)` at the end. Returns the count.
pub fn all_refused(cases: Vec<Case>) -> usize {
    let mock = silent_mock();
    for case in &cases {
        refused_at(&mock, case);
    }
    mock.verify();
    cases.len()
}

/// `consulctl ARGS`: refused, naming every needle, sending nothing. Returns the line.
pub fn refused(args: &[&str], needles: &[&str]) -> String {
    let mock = silent_mock();
    let line = refused_at(&mock, &case(args, needles));
    mock.verify();
    line
}
