//! Help as a user reads it: every command's `-h` and `--help` kept as a committed snapshot
//! under tests/help/ (so any change shows in review), short leaf help that points to the global
//! options instead of repeating them, and variables shown in `[env: …]` only as they truly are.
//! Refresh the snapshots with: UPDATE_GENERATED=1 cargo test --test runner generated

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use clap::CommandFactory;
use consulctl::cli::Cli;

use crate::support::{consulctl, ok, stderr_of, stdout_of, unused_port};

/// Every command's path below the root (`["check", "ttl", "pass"]`), the root first, in the
/// tree's order.
fn command_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, path: Vec<String>, into: &mut Vec<Vec<String>>) {
        into.push(path.clone());
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let mut inner = path.clone();
            inner.push(sub.get_name().to_string());
            walk(sub, inner, into);
        }
    }
    let mut paths = Vec::new();
    walk(&Cli::command(), Vec::new(), &mut paths);
    paths
}

/// What `consulctl PATH… FLAG` prints, in a clean environment.
fn help(path: &[String], flag: &str) -> String {
    ok(&consulctl().args(path).arg(flag).output().unwrap())
}

/// One file per command: its `-h`, then its `--help` where that says more.
fn snapshots() -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for path in command_paths() {
        let line = std::iter::once("consulctl".to_string())
            .chain(path.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ");
        let short = help(&path, "-h");
        let long = help(&path, "--help");
        let mut text = format!("$ {line} -h\n{short}");
        if long != short {
            text.push_str(&format!("\n$ {line} --help\n{long}"));
        }
        let name = line.replace(' ', "-");
        files.insert(
            PathBuf::from("tests/help").join(format!("{name}.txt")),
            text.into_bytes(),
        );
    }
    files
}

/// Named so that the refresh command of completions/ and man/ refreshes these too.
#[test]
fn generated_help_snapshots_are_fresh() {
    crate::generated::ensure("tests/help", snapshots());
}

/// The option lines (`  -o, --output <FORMAT>  …`, `      --note <TEXT>`) of a help text, as
/// their long flags.
fn option_lines(help: &str) -> Vec<String> {
    help.lines()
        .filter_map(|line| {
            let trimmed = line.trim_start();
            let flag = trimmed
                .strip_prefix('-')
                .filter(|_| line.starts_with("  "))?;
            let long = if flag.starts_with('-') {
                trimmed
            } else {
                trimmed.split_once(", ")?.1
            };
            let long = long.split([' ', '[', '=']).next()?;
            long.starts_with("--").then(|| long.to_string())
        })
        .collect()
}

/// The long flags of the root's options, which every command takes.
fn global_longs() -> BTreeSet<String> {
    Cli::command()
        .get_arguments()
        .filter_map(|a| a.get_long())
        .map(|l| format!("--{l}"))
        .collect()
}

#[test]
fn a_leaf_lists_its_own_options_and_one_line_for_the_global_ones() {
    let short = help(&["check".into(), "ttl".into(), "pass".into()], "-h");
    let lines = short.lines().count();
    assert!(lines <= 45, "check ttl pass -h is {lines} lines:\n{short}");
    assert_eq!(
        option_lines(&short),
        [
            "--note",
            "--note-file",
            "--ensure-ttl",
            "--name",
            "--service-id",
            "--help"
        ]
    );
    assert!(
        short.contains(
            "\nGlobal options (--http-addr, --token, -o, -v, --dry-run, …): consulctl --help\n"
        ),
        "{short}"
    );
    // The examples follow, and no line wraps on an 80-column terminal.
    assert!(short.ends_with(
        "Examples:\n  consulctl check ttl pass backup\n  \
         consulctl check ttl pass backup --note 'backup finished in 42s'\n"
    ));
    // The root keeps the full list.
    let root = help(&[], "--help");
    for long in global_longs() {
        assert!(
            option_lines(&root).contains(&long),
            "consulctl --help lacks {long}"
        );
    }
}

/// No command below the root lists a global option among its own, in `-h`, `--help` or
/// `consulctl help PATH`; each names where they are.
#[test]
fn no_command_below_the_root_interleaves_global_options() {
    let globals = global_longs();
    for path in command_paths().into_iter().skip(1) {
        let mut via_help = vec!["help".to_string()];
        via_help.extend(path.iter().cloned());
        let texts = [
            help(&path, "-h"),
            help(&path, "--help"),
            ok(&consulctl().args(&via_help).output().unwrap()),
        ];
        for text in texts {
            let interleaved: Vec<String> = option_lines(&text)
                .into_iter()
                .filter(|l| globals.contains(l) && l != "--help")
                .collect();
            assert!(interleaved.is_empty(), "{path:?}: {interleaved:?}\n{text}");
            assert!(
                text.contains("Global options (") && text.contains("): consulctl --help"),
                "{path:?}:\n{text}"
            );
        }
    }
}

/// Hidden from a command's help, the global options are still taken anywhere on the line.
#[test]
fn global_options_are_still_taken_anywhere_on_the_line() {
    let addr = format!("127.0.0.1:{}", unused_port());
    let lines: [&[&str]; 4] = [
        &["--http-addr", &addr, "check", "ttl", "pass", "x"],
        &["check", "--http-addr", &addr, "ttl", "pass", "x"],
        &["check", "ttl", "--http-addr", &addr, "pass", "x"],
        &["check", "ttl", "pass", "x", "--http-addr", &addr, "-v"],
    ];
    for line in lines {
        // The environment names an address nothing could be at: only the flag can have won.
        let output = consulctl()
            .env("CONSUL_HTTP_ADDR", "127.0.0.1:1")
            .args(line)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(3), "{line:?}: {output:?}");
        assert!(
            stderr_of(&output).contains(&addr),
            "{line:?}: {}",
            stderr_of(&output)
        );
    }
}

/// The man page of a command lists its own options in SYNOPSIS and OPTIONS, and points to
/// consulctl(1) for the others; consulctl(1) lists them all.
#[test]
fn a_man_page_lists_its_own_options() {
    let pages = crate::generated::man_pages();
    let page =
        |name: &str| String::from_utf8(pages[&PathBuf::from("man").join(name)].clone()).unwrap();
    let section = |page: &str, name: &str| {
        let heading = if name.contains(' ') {
            format!(".SH \"{name}\"\n")
        } else {
            format!(".SH {name}\n")
        };
        let start = page.find(&heading).unwrap_or_else(|| panic!("no {name}"));
        let rest = &page[start + 1..];
        rest[..rest.find("\n.SH ").unwrap_or(rest.len())].to_string()
    };
    let run = page("consulctl-check-run.1");
    for section_name in ["SYNOPSIS", "OPTIONS"] {
        let text = section(&run, section_name);
        assert!(text.contains("service\\-id"), "{section_name}: {text}");
        for global in ["http\\-addr", "token", "retry", "ca\\-file"] {
            assert!(
                !text.contains(&format!("\\-\\-{global}")),
                "{section_name} lists --{global}: {text}"
            );
        }
    }
    assert!(section(&run, "GLOBAL OPTIONS").contains("\\-\\-http\\-addr"));
    let root = section(&page("consulctl.1"), "SYNOPSIS");
    for global in ["http\\-addr", "token", "retry", "ca\\-file"] {
        assert!(root.contains(&format!("\\-\\-{global}")), "{global}");
    }
}

/// The variables the root's description names: the CONSUL* words of its paragraph on them.
fn variables_named_in_the_description(help: &str) -> BTreeSet<String> {
    let paragraph = help
        .split("\n\n")
        .find(|p| p.starts_with("Options may also come from"))
        .expect("the root's help names the variables")
        .to_string();
    paragraph
        .split(|c: char| !(c.is_ascii_uppercase() || c == '_'))
        .filter(|w| w.starts_with("CONSUL"))
        .map(String::from)
        .collect()
}

/// Every variable an option may come from, as the command tree says: those clap reads, and
/// those an option's help names as its own (`[env: CONSUL_HTTP_SSL]`, read by the config).
fn variables_of_the_tree() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for arg in Cli::command().get_arguments() {
        found.extend(arg.get_env().map(|e| e.to_string_lossy().into_owned()));
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        for part in help.split("[env: ").skip(1) {
            found.insert(part.split([']', '=']).next().unwrap().to_string());
        }
    }
    found
}

#[test]
fn the_root_help_names_every_variable_of_the_tree() {
    let named = variables_named_in_the_description(&help(&[], "--help"));
    assert!(named.contains("CONSUL_PARTITION"), "{named:?}");
    assert_eq!(named, variables_of_the_tree());
}

#[test]
fn an_unset_variable_does_not_read_as_set_to_empty() {
    let root = help(&[], "--help");
    for name in [
        "CONSUL_HTTP_TOKEN_FILE",
        "CONSUL_NAMESPACE",
        "CONSUL_HTTP_ADDR",
    ] {
        assert!(root.contains(&format!("[env: {name}]")), "{name}:\n{root}");
    }
    assert!(!root.contains("=]"), "{root}");
    // Set, a plain value is shown; set to empty, it counts as unset.
    for (value, shown) in [
        ("team-a", "[env: CONSUL_NAMESPACE=team-a]"),
        ("", "[env: CONSUL_NAMESPACE]"),
    ] {
        let output = consulctl()
            .env("CONSUL_NAMESPACE", value)
            .arg("--help")
            .output()
            .unwrap();
        assert!(stdout_of(&output).contains(shown), "{value:?}: {output:?}");
    }
}

#[test]
fn a_password_in_the_address_variable_is_never_shown_in_help() {
    for (addr, shown) in [
        (
            "http://admin:S3CRETPW@127.0.0.1:8500",
            "[env: CONSUL_HTTP_ADDR=http://***@127.0.0.1:8500]",
        ),
        (
            "admin:S3CRETPW@127.0.0.1:8500",
            "[env: CONSUL_HTTP_ADDR=***@127.0.0.1:8500]",
        ),
    ] {
        for line in [&["--help"][..], &["-h"], &["help"], &["check", "--help"]] {
            let output = consulctl()
                .env("CONSUL_HTTP_ADDR", addr)
                .args(line)
                .output()
                .unwrap();
            let text = format!("{}{}", stdout_of(&output), stderr_of(&output));
            assert!(!text.contains("S3CRETPW"), "{addr} {line:?}:\n{text}");
            assert!(!text.contains("admin:"), "{addr} {line:?}:\n{text}");
            if line[0] != "check" {
                let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(words.contains(shown), "{addr} {line:?}:\n{text}");
            }
        }
    }
    // An address without credentials is shown as it is.
    let output = consulctl()
        .env("CONSUL_HTTP_ADDR", "http://127.0.0.1:8500")
        .arg("--help")
        .output()
        .unwrap();
    let words = stdout_of(&output)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(words.contains("[env: CONSUL_HTTP_ADDR=http://127.0.0.1:8500]"));
}

/// `consulctl` alone says where the man pages are: `man consulctl` finds nothing after
/// `cargo install`.
#[test]
fn the_overview_says_where_the_man_pages_are() {
    let output = consulctl().output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let text = stderr_of(&output);
    assert!(!text.contains(", man consulctl"), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    assert!(
        text.contains("man pages: man/ in the source (man -l man/consulctl.1),\n"),
        "{text}"
    );
    assert!(text.contains("Debian package"), "{text}");
    assert!(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("man/consulctl.1")
            .is_file(),
        "the page the overview names"
    );
}

/// A variable's value comes from outside: in `[env: …]` its control characters and line breaks
/// are written out, so it neither reaches the terminal raw nor adds a line to the help.
#[test]
fn a_variables_control_characters_are_escaped_in_help() {
    let output = consulctl()
        .env("CONSUL_NAMESPACE", "team\u{1b}[31m\nline")
        .arg("--help")
        .output()
        .unwrap();
    let text = stdout_of(&output);
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(r#"[env: CONSUL_NAMESPACE="team\u{1b}[31m\nline"]"#),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(
        !text.lines().any(|l| l.trim_start().starts_with("line]")),
        "{text}"
    );
}
