//! Named contexts of the config file against real agents: two independent dev agents (A on
//! 127.0.0.91, B on 127.0.0.92), each context pointing at one, and the shared ACL agent for
//! token-commands. Every test has a config folder of its own (XDG_CONFIG_HOME).

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use assert_cmd::Command;

use crate::support::acl::{acl_agent, token_with_rules};
use crate::support::agent::AgentOptions;
use crate::support::{
    consulctl, fails, json_of, ok, run, stderr_of, stdout_of, unique, Agent, CANARY,
};

fn agent_on(name: &'static str, ip: &str) -> Agent {
    let mut options = AgentOptions::dev(name);
    options.ip = ip.to_string();
    Agent::start(options)
}

fn agent_a() -> &'static Agent {
    static A: OnceLock<Agent> = OnceLock::new();
    A.get_or_init(|| agent_on("ctx-a", "127.0.0.91"))
}

fn agent_b() -> &'static Agent {
    static B: OnceLock<Agent> = OnceLock::new();
    B.get_or_init(|| agent_on("ctx-b", "127.0.0.92"))
}

/// A config folder of its own, holding `config.toml`.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn with(text: &str) -> Home {
        let home = Home {
            dir: tempfile::tempdir().unwrap(),
        };
        std::fs::create_dir_all(home.dir.path().join("consulctl")).unwrap();
        std::fs::write(home.file(), text).unwrap();
        std::fs::set_permissions(home.file(), std::fs::Permissions::from_mode(0o600)).unwrap();
        home
    }

    fn file(&self) -> PathBuf {
        self.dir.path().join("consulctl").join("config.toml")
    }

    fn consulctl(&self) -> Command {
        let mut cmd = consulctl();
        cmd.env("XDG_CONFIG_HOME", self.dir.path());
        cmd
    }
}

/// The file most tests use: `a` (current) at agent A, `b` at agent B.
fn two_contexts() -> Home {
    Home::with(&format!(
        "current-context = \"a\"\n\n[contexts.a]\nhttp-addr = \"{}\"\n\n[contexts.b]\nhttp-addr = \"{}\"\n",
        agent_a().addr(),
        agent_b().addr()
    ))
}

/// The node name of the agent that answered `agent self`.
fn answered_by(cmd: &mut Command) -> String {
    let out = run(cmd.args(["agent", "self", "-o", "json"]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    json_of(&out)["Config"]["NodeName"]
        .as_str()
        .unwrap()
        .to_string()
}

fn has_service(agent: &Agent, id: &str) -> bool {
    agent.services().get(id).is_some()
}

#[test]
fn each_way_of_choosing_a_context() {
    let home = two_contexts();
    assert_eq!(answered_by(&mut home.consulctl()), "ctx-a");
    assert_eq!(
        answered_by(home.consulctl().args(["--context", "b"])),
        "ctx-b"
    );
    // Global: anywhere on the line.
    let out = run(home
        .consulctl()
        .args(["agent", "self", "-o", "json", "--context", "b"]));
    assert_eq!(json_of(&out)["Config"]["NodeName"], "ctx-b");
    assert_eq!(
        answered_by(home.consulctl().env("CONSULCTL_CONTEXT", "b")),
        "ctx-b"
    );
    // The flag beats the variable.
    assert_eq!(
        answered_by(
            home.consulctl()
                .env("CONSULCTL_CONTEXT", "b")
                .args(["--context", "a"])
        ),
        "ctx-a"
    );
}

#[test]
fn a_chosen_context_replaces_the_shells_dev_address() {
    let home = two_contexts();
    let id = unique("ctx-shell");
    let out = run(home
        .consulctl()
        .env("CONSUL_HTTP_ADDR", agent_a().addr())
        .env("CONSUL_HTTP_TOKEN", "dev-token")
        .args([
            "--context",
            "b",
            "-v",
            "service",
            "register",
            &id,
            "--id",
            &id,
        ]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(has_service(agent_b(), &id), "B got the registration");
    assert!(!has_service(agent_a(), &id), "A got nothing");
    let err = stderr_of(&out);
    assert!(
        err.lines().any(|l| l
            == "context b: ignored CONSUL_HTTP_ADDR, CONSUL_HTTP_TOKEN (a context replaces the CONSUL_* variables)"),
        "{err}"
    );
    assert!(!err.contains("dev-token"), "{err}");
    // CONSULCTL_CONTEXT chooses as explicitly.
    assert_eq!(
        answered_by(
            home.consulctl()
                .env("CONSUL_HTTP_ADDR", agent_a().addr())
                .env("CONSULCTL_CONTEXT", "b")
        ),
        "ctx-b"
    );
}

#[test]
fn the_shells_address_beats_the_current_context_and_a_flag_beats_everything() {
    let home = two_contexts();
    // CONSUL_HTTP_ADDR set, no context chosen: the variables, not the current context (a).
    assert_eq!(
        answered_by(home.consulctl().env("CONSUL_HTTP_ADDR", agent_b().addr())),
        "ctx-b"
    );
    // A flag wins for its own value, within a chosen context too.
    assert_eq!(
        answered_by(
            home.consulctl()
                .args(["--context", "b", "--http-addr", &agent_a().addr()])
        ),
        "ctx-a"
    );
    // No file: today's defaults, as `context show` says.
    let none = Home::with("");
    std::fs::remove_file(none.file()).unwrap();
    let shown = ok(&run(none.consulctl().args(["context", "show"])));
    assert!(
        shown
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()
                == ["http-addr", "127.0.0.1:8500", "default"]),
        "{shown}"
    );
}

#[test]
fn context_show_names_each_source_and_list_marks_the_current() {
    let home = two_contexts();
    let shown = ok(&run(home
        .consulctl()
        .env("CONSUL_HTTP_ADDR", agent_a().addr())
        .args(["--context", "b", "--datacenter", "dc1", "context", "show"])));
    let rows: Vec<Vec<&str>> = shown
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert!(
        rows.contains(&vec!["http-addr", &agent_b().addr(), "context", "b"]),
        "{shown}"
    );
    assert!(rows.contains(&vec!["datacenter", "dc1", "flag"]), "{shown}");
    assert!(
        rows.contains(&vec!["request-timeout", "10s", "default"]),
        "{shown}"
    );
    assert!(
        rows.iter().any(|r| r.first() == Some(&"CONSUL_HTTP_ADDR")),
        "{shown}"
    );
    // The token only by where it comes from.
    let shown = ok(&run(home
        .consulctl()
        .args(["--token", CANARY, "context", "show"])));
    assert!(!shown.contains(CANARY), "{shown}");
    assert!(
        shown.lines().any(
            |l| l.split_whitespace().collect::<Vec<_>>() == ["token", "(not", "shown)", "flag"]
        ),
        "{shown}"
    );
    let listed = ok(&run(home.consulctl().args(["context", "list"])));
    let rows: Vec<Vec<&str>> = listed
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows[1], ["*", "a", &agent_a().addr()]);
    assert_eq!(rows[2], ["b", &agent_b().addr()]);
}

#[test]
fn context_use_changes_the_current_context_and_keeps_every_comment() {
    let text = format!(
        "# clusters I work on\ncurrent-context = \"a\"   # the usual one\n\n[contexts.a] # dev\nhttp-addr = \"{}\"\n\n# production\n[contexts.b]\nhttp-addr = \"{}\"\n",
        agent_a().addr(),
        agent_b().addr()
    );
    let home = Home::with(&text);
    let out = run(home.consulctl().args(["context", "use", "b"]));
    assert_eq!(ok(&out), "Current context: b\n");
    assert_eq!(
        std::fs::read_to_string(home.file()).unwrap(),
        text.replace("current-context = \"a\"", "current-context = \"b\"")
    );
    assert_eq!(
        std::fs::metadata(home.file()).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(answered_by(&mut home.consulctl()), "ctx-b");
    // A current-context naming no context stops commands, but not the ones that fix it.
    let broken = Home::with("current-context = \"gone\"\n[contexts.a]\n");
    let err = fails(&run(broken.consulctl().args(["agent", "self"])), 2);
    assert!(
        err.contains("no context \"gone\" (the current-context)"),
        "{err}"
    );
    ok(&run(broken.consulctl().args(["context", "list"])));
    ok(&run(broken.consulctl().args(["context", "use", "a"])));
    assert_eq!(
        std::fs::read_to_string(broken.file()).unwrap(),
        "current-context = \"a\"\n[contexts.a]\n"
    );
    // An unknown name changes nothing and lists the known ones.
    let err = fails(&run(home.consulctl().args(["context", "use", "c"])), 2);
    assert!(
        err.contains("no context \"c\"") && err.contains("\"a\", \"b\""),
        "{err}"
    );
    assert!(std::fs::read_to_string(home.file())
        .unwrap()
        .contains("current-context = \"b\""));
}

#[test]
fn an_unknown_context_or_key_is_refused_naming_it() {
    let home = two_contexts();
    let err = fails(
        &run(home
            .consulctl()
            .args(["--context", "prod", "agent", "self"])),
        2,
    );
    assert_eq!(
        err,
        format!(
            "error: no context \"prod\" (--context) in {}; the known ones are: \"a\", \"b\"\n",
            home.file().display()
        )
    );
    let bad = Home::with("[contexts.a]\nhttp-addr = \"127.0.0.91:8500\"\ntoken = \"s3cret\"\n");
    let err = fails(&run(bad.consulctl().args(["agent", "self"])), 2);
    assert!(
        err.starts_with(&format!(
            "error: {} line 3: unknown key \"token\" in context \"a\"",
            bad.file().display()
        )),
        "{err}"
    );
    assert!(!err.contains("s3cret"), "{err}");
}

/// A context at the ACL agent whose token-command prints `token` (and counts its runs in
/// `runs`).
fn acl_context(command: &str) -> Home {
    Home::with(&format!(
        "current-context = \"acl\"\n[contexts.acl]\nhttp-addr = \"{}\"\ntoken-command = '''{command}'''\n",
        acl_agent().addr()
    ))
}

#[test]
fn a_token_command_s_token_reaches_the_agent_and_never_the_output() {
    let token = token_with_rules(
        r#"node_prefix "" { policy = "read" } agent_prefix "" { policy = "read" }"#,
    );
    let runs = tempfile::NamedTempFile::new().unwrap();
    let home = acl_context(&format!(
        "echo run >> {}; printf '%s\\n' {token}",
        runs.path().display()
    ));
    let out = run(home
        .consulctl()
        .args(["-v", "agent", "members", "-o", "json"]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(json_of(&out).as_array().is_some_and(|m| !m.is_empty()));
    assert!(!stdout_of(&out).contains(&token) && !stderr_of(&out).contains(&token));
    assert_eq!(
        std::fs::read_to_string(runs.path()).unwrap(),
        "run\n",
        "run once"
    );
    // Without it the agent refuses: the token did the work.
    let out = run(home.consulctl().args([
        "--token",
        "00000000-0000-0000-0000-000000000000",
        "agent",
        "members",
    ]));
    assert_ne!(out.status.code(), Some(0));
    // `context show` names the command and does not run it.
    let shown = ok(&run(home.consulctl().args(["context", "show"])));
    assert!(shown.contains("(from token-command, not shown)"), "{shown}");
    assert!(!shown.contains(&token), "{shown}");
    assert_eq!(
        std::fs::read_to_string(runs.path()).unwrap(),
        "run\n",
        "neither --token nor context show ran it"
    );
}

#[test]
fn a_failing_token_command_names_the_context_and_sends_nothing() {
    let id = unique("ctx-nosend");
    let home = Home::with(&format!(
        "[contexts.vault]\nhttp-addr = \"{}\"\ntoken-command = \"echo 'vault: permission denied' >&2; exit 1\"\n",
        agent_a().addr()
    ));
    let out = run(home.consulctl().args([
        "--context",
        "vault",
        "service",
        "register",
        &id,
        "--id",
        &id,
    ]));
    assert_eq!(
        fails(&out, 2),
        "error: the token-command of context vault failed: it exited with 1 (vault: permission denied); run it yourself to see why\n"
    );
    assert!(!has_service(agent_a(), &id));
    let empty = Home::with(&format!(
        "[contexts.vault]\nhttp-addr = \"{}\"\ntoken-command = \"true\"\n",
        agent_a().addr()
    ));
    let err = fails(
        &run(empty
            .consulctl()
            .args(["--context", "vault", "agent", "self"])),
        2,
    );
    assert!(
        err.contains("context vault failed: it printed no token"),
        "{err}"
    );
}

#[test]
fn a_token_command_that_hangs_is_stopped() {
    let home = Home::with(&format!(
        "[contexts.slow]\nhttp-addr = \"{}\"\ntoken-command = \"sleep 60; echo late\"\n",
        agent_a().addr()
    ));
    let started = Instant::now();
    let out = run(home
        .consulctl()
        .args(["--context", "slow", "agent", "self"]));
    let took = started.elapsed();
    assert_eq!(
        fails(&out, 2),
        "error: the token-command of context slow failed: it gave no answer in 10s and was stopped; run it yourself to see why\n"
    );
    assert!(took < Duration::from_secs(30), "{took:?}");
}

#[test]
fn a_file_naming_a_command_that_others_can_change_is_refused() {
    let home = Home::with(&format!(
        "[contexts.a]\nhttp-addr = \"{}\"\ntoken-command = \"echo t\"\n",
        agent_a().addr()
    ));
    std::fs::set_permissions(home.file(), std::fs::Permissions::from_mode(0o664)).unwrap();
    let file = home.file().display().to_string();
    assert_eq!(
        fails(&run(home.consulctl().args(["--context", "a", "agent", "self"])), 2),
        format!("error: the config file {file} is writable by others than its owner (mode 0664) and names a token-command, which consulctl would run: chmod go-w {file}\n")
    );
}

#[test]
fn a_protected_context_refuses_a_change_without_yes_and_reads_freely() {
    let home = Home::with(&format!(
        "[contexts.prod]\nhttp-addr = \"{}\"\nprotected = true\n",
        agent_b().addr()
    ));
    let id = unique("ctx-protected");
    let register = ["--context", "prod", "service", "register", &id, "--id", &id];
    let err = fails(&run(home.consulctl().args(register)), 2);
    assert_eq!(
        err,
        "error: context prod is protected and there is no terminal to ask on: add --yes to run `consulctl service register` there\n"
    );
    assert!(!has_service(agent_b(), &id));
    assert_eq!(
        answered_by(home.consulctl().args(["--context", "prod"])),
        "ctx-b"
    );
    // --yes anywhere on the line.
    let out = run(home.consulctl().args(register).arg("--yes"));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(has_service(agent_b(), &id));
}

#[test]
fn context_names_complete_from_the_file() {
    use crate::cli_complete::{candidates, complete};
    let home = two_contexts();
    for words in [
        &["consulctl", "--context", ""][..],
        &["consulctl", "agent", "members", "--context", ""],
        &["consulctl", "context", "use", ""],
        &["consulctl", "context", "show", ""],
    ] {
        let out = complete(home.consulctl(), "fish", words);
        // Before a positional, the shell is offered the flags too.
        let names: Vec<_> = candidates("fish", &out)
            .into_iter()
            .filter(|(value, _)| !value.starts_with('-'))
            .collect();
        assert_eq!(
            names,
            [
                ("a".to_string(), Some(agent_a().addr())),
                ("b".to_string(), Some(agent_b().addr()))
            ],
            "{words:?}"
        );
    }
}

/// consulctl on a pseudo-terminal (`script`), `answer` typed on it; its exit status and what
/// the terminal showed.
fn on_terminal(home: &Home, args: &str, answer: &str) -> (Option<i32>, String) {
    crate::support::on_terminal(
        args,
        &[("XDG_CONFIG_HOME", &home.dir.path().display().to_string())],
        answer,
    )
}

#[test]
fn a_protected_context_asks_on_a_terminal() {
    let home = Home::with(&format!(
        "[contexts.prod]\nhttp-addr = \"{}\"\nprotected = true\n",
        agent_b().addr()
    ));
    let id = unique("ctx-asked");
    let register = format!("--context prod service register {id} --id {id}");
    let (code, shown) = on_terminal(&home, &register, "n\n");
    assert_eq!(code, Some(2), "{shown}");
    assert!(
        shown.contains("Context prod is protected: run `consulctl service register` there? [y/N] "),
        "{shown}"
    );
    assert!(
        shown.contains("not confirmed: nothing was sent to context prod"),
        "{shown}"
    );
    assert!(!has_service(agent_b(), &id));
    let (code, shown) = on_terminal(&home, &register, "y\n");
    assert_eq!(code, Some(0), "{shown}");
    assert!(has_service(agent_b(), &id));
}

/// A command that sends several requests still runs the token-command once, and sends its
/// token with each request.
#[test]
fn a_token_command_runs_once_for_a_command_of_several_requests() {
    let token = token_with_rules(
        r#"service_prefix "" { policy = "read" } node_prefix "" { policy = "read" }"#,
    );
    let runs = tempfile::NamedTempFile::new().unwrap();
    let home = acl_context(&format!(
        "echo run >> {}; printf '%s\\n' {token}",
        runs.path().display()
    ));
    let out = run(home
        .consulctl()
        .args(["-v", "service", "list", "--all-nodes", "-o", "json"]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    let requests = err.lines().filter(|l| l.starts_with("> GET ")).count();
    let tokens = err
        .lines()
        .filter(|l| *l == "> X-Consul-Token: <redacted>")
        .count();
    assert!(requests >= 2, "{err}");
    assert_eq!(tokens, requests, "{err}");
    assert!(!stdout_of(&out).contains(&token) && !err.contains(&token));
    assert_eq!(
        std::fs::read_to_string(runs.path()).unwrap(),
        "run\n",
        "run once"
    );
}
