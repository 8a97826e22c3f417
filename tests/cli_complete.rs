//! Dynamic completion (`COMPLETE=SHELL consulctl -- WORDS…`) against agents that fail: nothing
//! listening, a listener that never answers, a wrong token. The shell waiting on a Tab must get
//! no candidates, no words on stderr and exit 0, quickly; and the token is sent, never shown.
//! The live names themselves are tested against a real agent in `e2e_complete`.

use std::process::Output;
use std::time::{Duration, Instant};

use serde_json::json;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock as Expect, ResponseTemplate};

use crate::cli_faults::Hung;
use crate::support::{consulctl, consulctl_at, stderr_of, stdout_of, unused_port, Mock, CANARY};

/// The shells clap_complete registers for, by the name `COMPLETE` takes.
pub(crate) const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "elvish", "powershell"];

/// Runs what a shell's completion function runs when Tab is pressed after `words` (the program
/// name first, the word being completed last): `COMPLETE=SHELL consulctl -- WORDS…`, with the
/// variables clap_complete's registration script passes for that shell.
pub(crate) fn complete(cmd: assert_cmd::Command, shell: &str, words: &[&str]) -> Output {
    complete_at(cmd, shell, words, words.len() - 1)
}

/// [`complete`] with the cursor on `words[index]` (bash, zsh and elvish say where it is; fish
/// and powershell pass the words up to the cursor only).
pub(crate) fn complete_at(
    mut cmd: assert_cmd::Command,
    shell: &str,
    words: &[&str],
    index: usize,
) -> Output {
    let index = index.to_string();
    cmd.env("COMPLETE", shell);
    match shell {
        "bash" => {
            cmd.env("_CLAP_COMPLETE_INDEX", &index)
                .env("_CLAP_COMPLETE_COMP_TYPE", "9")
                .env("_CLAP_COMPLETE_SPACE", "true")
                .env("_CLAP_IFS", "\n");
        }
        "zsh" | "elvish" => {
            cmd.env("_CLAP_COMPLETE_INDEX", &index)
                .env("_CLAP_IFS", "\n");
        }
        _ => {}
    }
    cmd.arg("--").args(words).output().unwrap()
}

/// The candidates a shell would be given, each with its help where the shell shows help (zsh,
/// fish, powershell); bash and elvish get values alone.
pub(crate) fn candidates(shell: &str, output: &Output) -> Vec<(String, Option<String>)> {
    stdout_of(output)
        .lines()
        .filter(|l| !l.is_empty())
        .map(|line| match shell {
            "zsh" => {
                // `value:help`, with `:` and `\` in the value escaped by a backslash.
                let mut value = String::new();
                let mut chars = line.chars();
                let mut help = None;
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => value.extend(chars.next()),
                        ':' => {
                            help = Some(chars.as_str().to_string());
                            break;
                        }
                        c => value.push(c),
                    }
                }
                (value, help)
            }
            "fish" | "powershell" => match line.split_once('\t') {
                Some((value, help)) => (value.to_string(), Some(help.to_string())),
                None => (line.to_string(), None),
            },
            _ => (line.to_string(), None),
        })
        .collect()
}

/// Asserts what a failure must look like to the shell: exit 0, nothing at all on stdout or
/// stderr. That it gave up by itself shows in its exiting at all: the hung agent never answers
/// and never closes, and the harness would kill a consulctl that waited on (no clock is read:
/// performance belongs in benchmarks).
fn silent(what: &str, output: &Output) {
    assert_eq!(output.status.code(), Some(0), "{what}: {output:?}");
    assert_eq!(stdout_of(output), "", "{what}: no candidates");
    assert_eq!(stderr_of(output), "", "{what}: nothing on stderr");
}

/// One completion of each kind of live name. The typed prefix `x` matches no flag, so anything
/// printed would have come from the agent.
const LIVE_LINES: [&[&str]; 7] = [
    &["consulctl", "check", "ttl", "pass", "x"],
    &["consulctl", "check", "deregister", "x"],
    &["consulctl", "service", "deregister", "x"],
    &[
        "consulctl",
        "check",
        "register",
        "c",
        "--ttl",
        "1m",
        "--service-id",
        "x",
    ],
    &["consulctl", "query", "execute", "x"],
    &["consulctl", "agent", "force-leave", "x"],
    &["consulctl", "query", "create", "--ignore-check", "x"],
];

#[test]
fn nothing_listening_gives_no_candidates_and_no_words() {
    let addr = format!("127.0.0.1:{}", unused_port());
    for shell in SHELLS {
        for line in LIVE_LINES {
            let output = complete(consulctl_at(&addr), shell, line);
            silent(&format!("{shell} {line:?}"), &output);
        }
    }
}

#[test]
fn an_agent_that_never_answers_is_given_up_on_within_the_budget() {
    let hung = Hung::start();
    for line in LIVE_LINES {
        let started = Instant::now();
        let output = complete(consulctl_at(&hung.addr), "bash", line);
        silent(&format!("{line:?}"), &output);
        // The budget is about half a second: the wait was for the agent, then it stopped.
        let took = started.elapsed();
        assert!(
            took >= Duration::from_millis(400),
            "{line:?}: took {took:?}"
        );
    }
    // Flags typed on the line choose the agent, as in a normal run: the hung one here,
    // although the environment names one where nothing listens.
    let started = Instant::now();
    let nowhere = format!("127.0.0.1:{}", unused_port());
    let output = complete(
        consulctl_at(&nowhere),
        "fish",
        &[
            "consulctl",
            "--http-addr",
            &hung.addr,
            "check",
            "deregister",
            "x",
        ],
    );
    silent("--http-addr on the line", &output);
    assert!(started.elapsed() >= Duration::from_millis(400));
}

/// A mock agent with one TTL check, `x-canary-check`, for whoever shows `CANARY`.
fn agent_for_the_canary() -> Mock {
    let mock = Mock::start();
    mock.expect(
        Expect::given(method("GET"))
            .and(path("/v1/agent/checks"))
            .and(header("X-Consul-Token", CANARY))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "x-canary-check": {
                    "CheckID": "x-canary-check", "Name": "x-canary-check",
                    "Status": "passing", "Output": "", "ServiceID": "", "Type": "ttl"
                }
            }))),
    );
    mock.expect(
        Expect::given(method("GET"))
            .respond_with(ResponseTemplate::new(403).set_body_string("ACL not found")),
    );
    mock
}

#[test]
fn the_token_is_sent_and_never_shown() {
    let mock = agent_for_the_canary();
    let dir = tempfile::tempdir().unwrap();
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, format!("{CANARY}\n")).unwrap();
    let line = ["consulctl", "check", "ttl", "pass", "x"];
    let token_line = ["consulctl", "--token", CANARY, "check", "ttl", "pass", "x"];
    let runs: [(&str, assert_cmd::Command, &[&str]); 3] = [
        (
            "CONSUL_HTTP_TOKEN",
            {
                let mut cmd = consulctl_at(&mock.addr());
                cmd.env("CONSUL_HTTP_TOKEN", CANARY);
                cmd
            },
            &line,
        ),
        (
            "CONSUL_HTTP_TOKEN_FILE",
            {
                let mut cmd = consulctl_at(&mock.addr());
                cmd.env("CONSUL_HTTP_TOKEN_FILE", &token_file);
                cmd
            },
            &line,
        ),
        (
            "--token on the line",
            consulctl_at(&mock.addr()),
            &token_line,
        ),
    ];
    for (how, cmd, words) in runs {
        let output = complete(cmd, "fish", words);
        assert_eq!(output.status.code(), Some(0), "{how}: {output:?}");
        assert_eq!(
            candidates("fish", &output),
            [("x-canary-check".to_string(), Some("passing".to_string()))],
            "{how}: the check the token may see"
        );
        assert!(!stdout_of(&output).contains(CANARY), "{how}: stdout");
        assert_eq!(stderr_of(&output), "", "{how}: stderr");
    }
    let sent: Vec<_> = mock
        .requests()
        .iter()
        .map(|r| r.headers.get("X-Consul-Token").cloned())
        .collect();
    assert_eq!(sent.len(), 3, "one request a completion, no retry");
    assert!(sent.iter().all(|t| t.as_ref().is_some_and(|t| t == CANARY)));
    assert!(
        mock.requests()
            .iter()
            .all(|r| !r.url.as_str().contains(CANARY)),
        "the token travels in the header only"
    );
}

#[test]
fn a_refused_token_gives_no_candidates_and_no_words() {
    let mock = agent_for_the_canary();
    let mut cmd = consulctl_at(&mock.addr());
    cmd.env("CONSUL_HTTP_TOKEN", "not-the-canary");
    let output = complete(cmd, "zsh", &["consulctl", "check", "ttl", "pass", "x"]);
    silent("a 403", &output);
}

#[test]
fn a_bad_setting_gives_no_candidates_and_no_words() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-token-file");
    let settings: [(&str, &str); 4] = [
        ("CONSUL_HTTP_ADDR", "not a valid address::"),
        ("CONSUL_HTTP_TOKEN_FILE", missing.to_str().unwrap()),
        ("CONSUL_HTTP_SSL", "maybe"),
        ("CONSUL_HTTP_AUTH", ":no-user"),
    ];
    for (name, value) in settings {
        let mut cmd = consulctl();
        cmd.env(name, value);
        let output = complete(cmd, "bash", &["consulctl", "check", "ttl", "pass", "x"]);
        silent(name, &output);
    }
}

#[test]
fn every_shell_gets_a_registration_script() {
    for shell in SHELLS {
        let output = consulctl().env("COMPLETE", shell).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{shell}: {output:?}");
        assert_eq!(stderr_of(&output), "", "{shell}");
        let script = stdout_of(&output);
        assert!(
            script.contains("consulctl") && script.contains("COMPLETE"),
            "{shell}: {script}"
        );
    }
}

#[test]
fn complete_unset_empty_or_zero_is_a_normal_run() {
    let addr = format!("127.0.0.1:{}", unused_port());
    // Also a shell name: a COMPLETE left in a script's or cron job's environment must not turn
    // a command into printing shell code (found in review).
    for value in [None, Some(""), Some("0"), Some("bash"), Some("1")] {
        let mut cmd = consulctl_at(&addr);
        if let Some(value) = value {
            cmd.env("COMPLETE", value);
        }
        let output = cmd.args(["check", "list"]).output().unwrap();
        assert_eq!(output.status.code(), Some(3), "{value:?}: {output:?}");
        assert!(
            stderr_of(&output).starts_with("error: listing checks: cannot reach Consul"),
            "{value:?}: {}",
            stderr_of(&output)
        );
    }
}

#[test]
fn an_unknown_shell_is_named_in_one_line() {
    let output = consulctl().env("COMPLETE", "tcsh").output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert_eq!(stdout_of(&output), "");
    let err = stderr_of(&output);
    assert!(
        err.starts_with("error: COMPLETE=\"tcsh\": unknown shell `tcsh`"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// What a person at an interactive bash sees: a bash on a pseudo-terminal (`script`, as
/// `e2e_terminal` uses), readline and the default `COMP_WORDBREAKS` included, after `setup`
/// (lines of its start-up file), typing each of `typed` (Tab is `\t`) on a fresh line. For
/// each, the line as it stands after the keys, and what the terminal showed meanwhile (a
/// double Tab's list). `env` is the whole environment besides PATH (with consulctl's folder
/// first), HOME and TERM.
pub(crate) fn interactive_bash(
    setup: &str,
    env: &[(&str, &str)],
    typed: &[&str],
) -> Vec<(String, String)> {
    use std::io::{Read, Write};

    const PROMPT: &str = "READY$ ";
    let dir = tempfile::tempdir().unwrap();
    let rc = dir.path().join("bashrc");
    // Ctrl-T prints the line between markers; Ctrl-U then clears it for the next one.
    let rc_text = format!(
        "PS1='{PROMPT}'\nbind 'set bell-style none'\n{setup}\n\
         bind -x '\"\\C-t\": printf \"\\n@@LINE[%s]@@\\n\" \"$READLINE_LINE\"'\n"
    );
    std::fs::write(&rc, rc_text).unwrap();
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_consulctl"))
        .parent()
        .unwrap()
        .to_path_buf();
    let mut child = std::process::Command::new("script")
        .args(["-qfec"])
        .arg(format!("bash --rcfile {} -i", rc.display()))
        .arg("/dev/null")
        .env_clear()
        .env(
            "PATH",
            format!("{}:/usr/local/bin:/usr/bin:/bin", bin.display()),
        )
        .env("HOME", dir.path())
        .env("TERM", "dumb")
        .env("INPUTRC", "/dev/null")
        .envs(env.iter().copied())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("script (util-linux) and bash");
    let mut stdout = child.stdout.take().unwrap();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 || sender.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    // Reads until the terminal has shown `text` `times` times.
    let wait_for = |text: &str, times: usize, seen: &mut Vec<u8>| {
        while String::from_utf8_lossy(seen).matches(text).count() < times {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match receiver.recv_timeout(left) {
                Ok(bytes) => seen.extend(bytes),
                Err(_) => panic!(
                    "bash never showed {text:?}; it showed: {}",
                    String::from_utf8_lossy(seen)
                ),
            }
        }
    };
    // Keys typed before readline runs would go to the terminal's line editing: wait for it.
    wait_for(PROMPT, 1, &mut seen);
    let mut stdin = child.stdin.take().unwrap();
    for keys in typed {
        stdin.write_all(keys.as_bytes()).unwrap();
        stdin.write_all(b"\x14\x15").unwrap();
    }
    stdin.write_all(b"exit\n").unwrap();
    stdin.flush().unwrap();
    let markers = typed.len();
    wait_for("]@@", markers, &mut seen);
    drop(stdin);
    let _ = child.wait();
    let text = String::from_utf8_lossy(&seen).replace('\r', "");
    let mut results = Vec::new();
    let mut rest = text.as_str();
    for _ in 0..markers {
        let start = rest
            .find("@@LINE[")
            .unwrap_or_else(|| panic!("a line missing from: {text}"));
        let end = rest[start..].find("]@@").expect("a marker's end") + start;
        results.push((
            rest[start + "@@LINE[".len()..end].to_string(),
            rest[..start].to_string(),
        ));
        rest = &rest[end + 3..];
    }
    results
}

/// The committed static script (completions/consulctl.bash), as `source` in ~/.bashrc loads it.
fn static_bash(typed: &[&str]) -> Vec<(String, String)> {
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/consulctl.bash");
    interactive_bash(&format!("source '{}'", script.display()), &[], typed)
}

#[test]
fn static_bash_completion_offers_subcommands_and_values_before_flags() {
    let got = static_bash(&[
        // Nothing to offer but flags: nothing is inserted (clap's script inserted a lone `-`).
        "consulctl check ttl pass \t",
        // A group's commands, and not its flags.
        "consulctl check ttl \t\t",
        "consulctl check ttl p\t",
        // Flags once a dash is typed.
        "consulctl check ttl pass --not\t",
        "consulctl check ttl pass x --output \t\t",
        "consulctl completions z\t",
        // Global options complete below the root, though its help does not list them.
        "consulctl check ttl pass x --http-ad\t",
    ]);
    assert_eq!(got[0].0, "consulctl check ttl pass ", "{got:?}");
    let listed: Vec<&str> = got[1].1.split_whitespace().collect();
    for word in ["pass", "warn", "fail"] {
        assert!(listed.contains(&word), "{listed:?}");
    }
    assert!(
        !listed.iter().any(|w| w.starts_with('-')),
        "flags listed before a dash is typed: {listed:?}"
    );
    assert_eq!(got[2].0, "consulctl check ttl pass ");
    // `--note` and `--note-file`: the common part, no space.
    assert_eq!(got[3].0, "consulctl check ttl pass --note");
    let listed: Vec<&str> = got[4].1.split_whitespace().collect();
    for word in ["table", "json", "addrs"] {
        assert!(listed.contains(&word), "{listed:?}");
    }
    assert_eq!(got[5].0, "consulctl completions zsh ");
    assert_eq!(got[6].0, "consulctl check ttl pass x --http-addr ");
}
