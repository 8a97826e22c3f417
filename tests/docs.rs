//! The README, `--help` and the man pages say the same things: the usage block, the global
//! options and their environment variables, and the exit statuses. Each is compared here with
//! the command definition (`consulctl::cli`), so that none of the three can drift.

use std::collections::BTreeMap;

use clap::CommandFactory;
use consulctl::cli::{Cli, ENVIRONMENT};
use consulctl::error::ExitCode;

use crate::support::{consulctl, ok};

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

/// The README's text under `## heading`, up to the next `## `.
fn section(readme: &str, heading: &str) -> String {
    let start = readme
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("README has no \"## {heading}\" section"));
    let rest = &readme[start + heading.len() + 5..];
    rest[..rest.find("\n## ").unwrap_or(rest.len())].to_string()
}

/// The rows of the first markdown table in `text`, header and rule left out; `\|` is a `|`
/// inside a cell.
fn table_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|line| {
            let line = line.trim().trim_start_matches('|').trim_end_matches('|');
            let mut cells = vec![String::new()];
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\\' if chars.peek() == Some(&'|') => {
                        cells.last_mut().unwrap().push('|');
                        chars.next();
                    }
                    '|' => cells.push(String::new()),
                    c => cells.last_mut().unwrap().push(c),
                }
            }
            cells.iter().map(|c| c.trim().to_string()).collect()
        })
        .collect()
}

/// Markdown as plain words: no backticks, links as their text, one space between words.
fn plain(markdown: &str) -> String {
    let mut text = markdown.replace('`', "");
    while let Some(open) = text.find('[') {
        let Some(mid) = text[open..].find("](").map(|i| open + i) else {
            break;
        };
        let Some(close) = text[mid..].find(')').map(|i| mid + i) else {
            break;
        };
        text = format!(
            "{}{}{}",
            &text[..open],
            &text[open + 1..mid],
            &text[close + 1..]
        );
    }
    squeeze(&text)
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A man page's roff as plain words, with the escapes clap_mangen and roff write undone.
fn unroff(page: &[u8]) -> String {
    let text = String::from_utf8_lossy(page)
        .replace("\\-", "-")
        .replace("\\*(Aq", "'")
        .replace("\\fB", "")
        .replace("\\fI", "")
        .replace("\\fR", "")
        .replace("\\(bu", "*");
    squeeze(&text)
}

fn help() -> String {
    ok(&consulctl()
        .arg("--help")
        .env_remove("COLUMNS")
        .output()
        .unwrap())
}

fn root_man_page() -> Vec<u8> {
    crate::generated::man_pages()
        .remove(std::path::Path::new("man/consulctl.1"))
        .expect("a man page for consulctl")
}

/// The README's usage block is what `consulctl --help` prints from `Usage:` to its options, and
/// the man page lists the same commands.
#[test]
fn readme_usage_block_is_the_help_text() {
    let readme = readme();
    let usage = section(&readme, "Usage");
    let block = usage
        .split_once("```text\n")
        .and_then(|(_, rest)| rest.split_once("```"))
        .map(|(block, _)| block.trim_end())
        .expect("a ```text block under ## Usage");
    let help = help();
    let from_help = help
        .find("Usage:")
        .map(|start| &help[start..])
        .and_then(|rest| rest.split_once("\nOptions:"))
        .map(|(block, _)| block.trim_end())
        .expect("--help has Usage: and Options:");
    assert_eq!(
        block, from_help,
        "README's usage block differs from `consulctl --help`: paste the help's lines from \
         \"Usage:\" to \"Options:\" into the README"
    );
    let man = unroff(&root_man_page());
    let commands: Vec<&str> = block
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .collect();
    assert!(commands.len() >= 5, "{block}");
    for command in commands {
        assert!(
            man.contains(&format!("consulctl-{command}(1)")),
            "man/consulctl.1 does not list {command}"
        );
        let own = crate::generated::man_pages();
        assert!(
            own.contains_key(std::path::Path::new(&format!("man/consulctl-{command}.1"))),
            "no man page for {command}"
        );
    }
}

/// Every global option is a row of the README's options table, with the same variable and
/// default as the command definition; every variable consulctl reads is in that table, in
/// `--help` and in the man page's ENVIRONMENT section, with the same meaning.
#[test]
fn readme_environment_table_matches_help_and_man_pages() {
    let readme = readme();
    let rows = table_rows(&section(&readme, "Global options and environment"));
    assert!(rows.len() >= 20, "{rows:?}");
    let mut readme_flags = BTreeMap::new();
    for row in &rows {
        assert_eq!(row.len(), 4, "README options row {row:?} has not 4 cells");
        let flag = plain(&row[0])
            .split([' ', '=', '['])
            .find(|w| w.starts_with("--"))
            .unwrap_or_else(|| panic!("no --flag in README row {row:?}"))
            .to_string();
        readme_flags.insert(flag, row.clone());
    }

    // The clap definition: every global option, its variable and its default.
    let root = Cli::command();
    for arg in root.get_arguments() {
        let Some(long) = arg.get_long() else { continue };
        if ["help", "version"].contains(&long) {
            continue;
        }
        let flag = format!("--{long}");
        let row = readme_flags
            .get(&flag)
            .unwrap_or_else(|| panic!("{flag} is a global option missing from README's table"));
        if let Some(env) = arg.get_env() {
            assert_eq!(
                plain(&row[1]),
                env.to_string_lossy(),
                "README gives another variable for {flag}"
            );
        }
        if let Some(default) = arg.get_default_values().first() {
            assert_eq!(
                plain(&row[2]),
                default.to_string_lossy(),
                "README gives another default for {flag}"
            );
        }
    }
    for flag in readme_flags.keys() {
        assert!(
            root.get_arguments()
                .any(|a| a.get_long().map(|l| format!("--{l}")).as_deref() == Some(flag)),
            "README's table names {flag}, which is not a global option"
        );
    }

    // The variables: the README rows that have one, and cli::ENVIRONMENT, are the same list.
    let readme_vars: BTreeMap<String, (String, String, String)> = readme_flags
        .iter()
        .filter(|(_, row)| !row[1].is_empty())
        .map(|(flag, row)| {
            (
                plain(&row[1]),
                (flag.clone(), plain(&row[2]), plain(&row[3])),
            )
        })
        .collect();
    let ours: BTreeMap<String, (String, String, String)> = ENVIRONMENT
        .iter()
        .map(|v| {
            (
                v.name.to_string(),
                (
                    v.option.to_string(),
                    v.default.to_string(),
                    squeeze(v.meaning),
                ),
            )
        })
        .collect();
    for (name, (flag, default, meaning)) in &ours {
        let Some((r_flag, r_default, r_meaning)) = readme_vars.get(name) else {
            panic!("{name} is read by consulctl but missing from README's table");
        };
        assert_eq!(r_flag, flag, "{name}: README pairs it with another flag");
        assert_eq!(r_default, default, "{name}: README gives another default");
        assert!(
            r_meaning.starts_with(meaning.trim_end_matches('.')),
            "{name}: README says {r_meaning:?}, cli::ENVIRONMENT (the man pages) says {meaning:?}"
        );
    }
    for name in readme_vars.keys() {
        assert!(
            ours.contains_key(name),
            "README names {name}, which cli::ENVIRONMENT (the man pages) lacks"
        );
    }

    let help = help();
    let man = unroff(&root_man_page());
    let environment = man
        .split_once(".SH ENVIRONMENT")
        .and_then(|(_, rest)| rest.split_once(".SH \"EXIT STATUS\""))
        .map(|(section, _)| section.to_string())
        .expect("man/consulctl.1 has ENVIRONMENT before EXIT STATUS");
    for var in ENVIRONMENT {
        assert!(help.contains(var.name), "--help never names {}", var.name);
        assert!(
            environment.contains(&format!(
                "{} {}. Flag: {}; default: {}.",
                var.name,
                squeeze(var.meaning),
                var.option,
                var.default
            )),
            "man page's ENVIRONMENT lacks {}: {environment}",
            var.name
        );
    }
}

/// Each declared setting is a row of the README's options table with its variable (or none) and
/// its default, and the README's Contexts section names every key a context may hold.
#[test]
fn readme_options_and_context_keys_match_the_declared_settings() {
    use consulctl::config::declarations::{context_keys, SETTINGS};
    let readme = readme();
    let rows = table_rows(&section(&readme, "Global options and environment"));
    for declared in SETTINGS {
        let row = rows
            .iter()
            .find(|row| {
                plain(&row[0])
                    .split([' ', '=', '['])
                    .any(|w| w == declared.flag)
            })
            .unwrap_or_else(|| panic!("{} has no row in README's options table", declared.flag));
        assert_eq!(
            plain(&row[1]),
            declared.variable.unwrap_or_default(),
            "README gives another variable for {}",
            declared.flag
        );
        assert_eq!(
            plain(&row[2]),
            declared.default,
            "README gives another default for {}",
            declared.flag
        );
    }
    let contexts = section(&readme, "Contexts");
    for key in context_keys() {
        assert!(
            contexts.contains(&format!("`{key}`")),
            "README's Contexts section does not name the key {key}"
        );
    }
}

/// The README's exit-code table, `--help` and the man page give the same statuses and words,
/// and they are the codes the program returns.
#[test]
fn readme_exit_codes_match_help_and_man_pages() {
    let readme = readme();
    let exit_section = section(&readme, "Exit codes");
    let rows: Vec<(u8, String)> = table_rows(&exit_section)
        .into_iter()
        .map(|row| (row[0].parse().expect("an exit code"), plain(&row[1])))
        .collect();
    let ours: Vec<(u8, String)> = ExitCode::DOCUMENTED
        .iter()
        .map(|exit| (exit.code(), squeeze(exit.meaning())))
        .collect();
    assert_eq!(
        rows, ours,
        "README's exit codes differ from error::ExitCode's"
    );
    let prose = plain(&exit_section);
    for note in ExitCode::NOTES {
        assert!(
            prose.contains(&squeeze(note)),
            "README's exit codes do not say {note:?}"
        );
    }

    let help = squeeze(&help());
    let man = unroff(&root_man_page());
    for exit in ExitCode::DOCUMENTED {
        let (code, meaning) = (exit.code(), exit.meaning());
        assert!(
            help.contains(&format!("{code} {}", squeeze(meaning))),
            "--help lacks exit status {code}: {meaning}"
        );
        assert!(
            man.contains(&format!(".TP {code} {}", squeeze(meaning))),
            "man/consulctl.1 lacks exit status {code}"
        );
    }
    for note in ExitCode::NOTES {
        assert!(help.contains(&squeeze(note)), "--help lacks {note:?}");
        assert!(man.contains(&squeeze(note)), "man page lacks {note:?}");
    }
}

/// A newcomer's path: the first steps `consulctl --help` shows register a service with a TTL
/// check and pass it, on a fresh agent, as printed.
#[test]
fn first_steps_in_help_register_a_service_and_pass_its_ttl_check() {
    let help = help();
    let steps: Vec<&str> = help
        .split_once("First steps")
        .map(|(_, rest)| rest)
        .expect("--help shows first steps")
        .lines()
        .skip(1)
        .map(str::trim)
        .take_while(|l| l.starts_with("consulctl "))
        .collect();
    assert!(
        steps.iter().any(|s| s.contains("--check-ttl"))
            && steps.iter().any(|s| s.contains("check ttl pass")),
        "{steps:?}"
    );
    let agent = crate::support::Agent::start(crate::support::agent::AgentOptions::dev("newcomer"));
    for step in &steps {
        let words = shlex::split(step).expect("shell words");
        ok(&crate::support::consulctl_at(&agent.addr())
            .args(&words[1..])
            .output()
            .unwrap());
    }
    let checks = agent.checks();
    let check = checks
        .as_object()
        .and_then(|all| all.values().find(|c| c["ServiceID"] == "web"))
        .unwrap_or_else(|| panic!("no check of service web: {checks}"));
    assert_eq!(check["Type"], "ttl", "{check}");
    assert_eq!(check["Status"], "passing", "{check}");
    assert_eq!(check["Output"], "deployed", "{check}");
}

/// The paths the README's map of the code (Development) names, from the top; a row may name
/// several, comma-separated.
fn code_map() -> Vec<String> {
    table_rows(&section(&readme(), "Development"))
        .iter()
        .flat_map(|row| {
            row[0]
                .split(", ")
                .map(|p| p.trim_matches('`').to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The files under `path`, relative to the crate's root; `path` itself when it is a file.
fn files_under(path: &std::path::Path) -> Vec<String> {
    if path.is_dir() {
        let mut files: Vec<String> = std::fs::read_dir(path)
            .unwrap()
            .flat_map(|entry| files_under(&entry.unwrap().path()))
            .collect();
        files.sort();
        return files;
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let relative = path.strip_prefix(root).unwrap_or(path);
    vec![relative.to_string_lossy().into_owned()]
}

/// The README's map of the code (Development) names every file under `src/`, each once, and
/// nothing that is not there: `src/x/` covers the folder, `<group>` stands for any one folder,
/// and a row may name several paths, comma-separated.
#[test]
fn readme_map_of_the_code_matches_the_tree() {
    fn covers(entry: &str, file: &str) -> bool {
        let (entry, file): (Vec<&str>, Vec<&str>) =
            (entry.split('/').collect(), file.split('/').collect());
        let folder = entry.last() == Some(&"");
        let steps = if folder {
            &entry[..entry.len() - 1]
        } else {
            &entry[..]
        };
        let fits = |(a, b): (&&str, &&str)| a == b || (*a == "<group>" && !b.ends_with(".rs"));
        if folder {
            file.len() > steps.len() && steps.iter().zip(&file).all(fits)
        } else {
            file.len() == steps.len() && steps.iter().zip(&file).all(fits)
        }
    }
    let tree = files_under(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let entries = code_map();
    assert!(
        entries.len() > 10,
        "no map in the README's Development section"
    );
    for entry in &entries {
        assert!(
            tree.iter().any(|file| covers(entry, file)),
            "the README's map names {entry}, which is not in the tree"
        );
    }
    for file in &tree {
        let by: Vec<&String> = entries.iter().filter(|e| covers(e, file)).collect();
        assert_eq!(
            by.len(),
            1,
            "{file} is covered by {by:?} in the README's map of the code: give it one row"
        );
    }
}

/// Each module of `src/` uses only modules below it in the README's map of the code, but for the
/// one loop clap's derive forces: `commands` names its parsers in `cli::values`, above it. Read
/// from the `crate::` paths of the code (tests left out).
#[test]
fn modules_use_only_those_below_them_in_the_readme_map() {
    use std::collections::{BTreeMap, BTreeSet};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    // The modules in the order the README's map gives them, from the top.
    let mut names: Vec<String> = Vec::new();
    for path in code_map() {
        let path = path.trim_start_matches("src/");
        let module = path.split(['/', '.']).next().unwrap().to_string();
        if !["main", "lib", "fuzz"].contains(&module.as_str()) && !names.contains(&module) {
            names.push(module);
        }
    }
    let modules: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut edges: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for &module in &modules {
        let mut used = BTreeSet::new();
        for path in [src.join(module), src.join(format!("{module}.rs"))] {
            if !path.exists() {
                continue;
            }
            for file in files_under(&path) {
                let text = std::fs::read_to_string(root.join(file)).unwrap();
                let code = text.split("#[cfg(test)]\nmod tests").next().unwrap();
                for (i, _) in code.match_indices("crate::") {
                    let name: String = code[i + 7..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    used.insert(name);
                }
            }
        }
        used.retain(|m| m != module && modules.contains(&m.as_str()));
        edges.insert(module, used);
    }
    let place = |module: &str| modules.iter().position(|m| *m == module).unwrap();
    let upward: Vec<String> = edges
        .iter()
        .flat_map(|(from, to)| to.iter().map(move |to| (*from, to.as_str())))
        .filter(|(from, to)| place(to) < place(from))
        .map(|(from, to)| format!("{from} -> {to}"))
        .collect();
    assert_eq!(
        upward,
        ["commands -> cli"],
        "modules in the README's order: {modules:?}; what each uses: {edges:?}"
    );
}

/// The leaves of the clap tree that the backticked names in `cell` name: `check ttl pass\|fail`
/// names two; a span that does not start at the root (`disable` after `agent maintenance
/// enable`) is read beside the command the span before it named.
fn leaves_named(cell: &str) -> Vec<String> {
    let root = Cli::command();
    let mut leaves = Vec::new();
    let mut last_parent: Option<Vec<String>> = None;
    for span in cell.split('`').skip(1).step_by(2) {
        let words: Vec<&str> = span.split_whitespace().collect();
        let starts = if root
            .find_subcommand(words.first().copied().unwrap_or(""))
            .is_some()
        {
            Some(Vec::new())
        } else {
            last_parent.clone()
        };
        let Some(start) = starts else { continue };
        // Every path the span can name, alternatives (`a|b`) included.
        let mut paths: Vec<Vec<String>> = vec![start];
        for word in &words {
            let mut next = Vec::new();
            for path in &paths {
                let command = path
                    .iter()
                    .fold(&root, |c, name| c.find_subcommand(name).unwrap());
                for alternative in word.split('|') {
                    if command.find_subcommand(alternative).is_some() {
                        let mut longer = path.clone();
                        longer.push(alternative.to_string());
                        next.push(longer);
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            paths = next;
        }
        for path in paths {
            let command = path
                .iter()
                .fold(&root, |c, name| c.find_subcommand(name).unwrap());
            if !path.is_empty() && !command.has_subcommands() {
                last_parent = Some(path[..path.len() - 1].to_vec());
                leaves.push(path.join(" "));
            }
        }
    }
    leaves
}

/// The `--flags` a piece of markdown names.
fn flags_named(text: &str) -> std::collections::BTreeSet<String> {
    let mut flags = std::collections::BTreeSet::new();
    for (at, _) in text.match_indices("--") {
        let name: String = text[at + 2..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let before = text[..at].chars().next_back();
        if !name.is_empty() && !matches!(before, Some(c) if c.is_ascii_alphanumeric() || c == '-') {
            flags.insert(format!("--{name}"));
        }
    }
    flags
}

/// The README's Commands table keeps to the clap tree: each row names commands that exist, every
/// `--flag` a row names is one of its commands' own or a global option, and every own flag of a
/// command is named in a row of that command. Each command has a row (`completions` has a
/// section of its own).
#[test]
fn readme_commands_table_names_each_commands_flags() {
    let root = Cli::command();
    let global: std::collections::BTreeSet<String> = root
        .get_arguments()
        .flat_map(|arg| {
            let names: Vec<&str> = arg.get_long().into_iter().collect();
            names
                .into_iter()
                .chain(arg.get_all_aliases().into_iter().flatten())
                .map(|name| format!("--{name}"))
                .collect::<Vec<_>>()
        })
        .chain(["--help".to_string()])
        .collect();
    let leaf = |path: &str| {
        path.split(' ').fold(root.clone(), |c, name| {
            c.find_subcommand(name).unwrap().clone()
        })
    };
    // A leaf's own flags: every long name, and those a row must name (no alias, not hidden).
    let own = |path: &str| -> (Vec<String>, Vec<String>) {
        let command = leaf(path);
        let mut names = Vec::new();
        let mut required = Vec::new();
        for arg in command.get_arguments() {
            let Some(long) = arg.get_long() else { continue };
            let flag = format!("--{long}");
            if global.contains(&flag) {
                continue;
            }
            if !arg.is_hide_set() {
                required.push(flag.clone());
            }
            names.push(flag);
            names.extend(
                arg.get_all_aliases()
                    .into_iter()
                    .flatten()
                    .map(|a| format!("--{a}")),
            );
        }
        (names, required)
    };

    let rows = table_rows(&section(&readme(), "Commands"));
    assert!(rows.len() > 20, "{rows:?}");
    let mut named_for: BTreeMap<String, std::collections::BTreeSet<String>> = BTreeMap::new();
    // Leaves named in one row share their rows' flags (`agent checks` (= `check list`), `query
    // update`'s FLAGS being `query create`'s).
    let mut shared: Vec<Vec<String>> = Vec::new();
    for row in &rows {
        let text = row.join(" ");
        let leaves = leaves_named(&row[0]);
        assert!(
            !leaves.is_empty(),
            "README's Commands row {:?} names no command of the tree",
            row[0]
        );
        let exists: std::collections::BTreeSet<String> = leaves
            .iter()
            .flat_map(|path| own(path).0)
            .chain(global.iter().cloned())
            .collect();
        for flag in flags_named(&text) {
            assert!(
                exists.contains(&flag),
                "README's Commands row {:?} names {flag}, which none of {leaves:?} has",
                row[0]
            );
        }
        for path in &leaves {
            named_for
                .entry(path.clone())
                .or_default()
                .extend(flags_named(&text));
        }
        shared.push(leaves);
    }
    let own_rows = named_for.clone();
    for leaves in &shared {
        let together: std::collections::BTreeSet<String> = leaves
            .iter()
            .flat_map(|path| own_rows[path].iter().cloned())
            .collect();
        for path in leaves {
            named_for
                .get_mut(path)
                .unwrap()
                .extend(together.iter().cloned());
        }
    }

    let mut leaves = Vec::new();
    fn walk(command: &clap::Command, path: &mut Vec<String>, leaves: &mut Vec<String>) {
        if !command.has_subcommands() {
            leaves.push(path.join(" "));
        }
        for sub in command.get_subcommands() {
            path.push(sub.get_name().to_string());
            walk(sub, path, leaves);
            path.pop();
        }
    }
    walk(&root, &mut Vec::new(), &mut leaves);
    let mut drift = Vec::new();
    for path in leaves
        .iter()
        .filter(|path| !path.is_empty() && !path.starts_with("completions"))
    {
        let Some(named) = named_for.get(path) else {
            drift.push(format!("`{path}` has no row"));
            continue;
        };
        let missing: Vec<String> = own(path)
            .1
            .into_iter()
            .filter(|flag| !named.contains(flag))
            .collect();
        if !missing.is_empty() {
            drift.push(format!("`{path}` lacks {}", missing.join(" ")));
        }
    }
    assert!(
        drift.is_empty(),
        "README's Commands table is not the command tree:\n{}",
        drift.join("\n")
    );
}

/// The two licences `Cargo.toml` names are in the repository, in their standard texts, and the
/// changelog is in Keep a Changelog's form: an Unreleased section first, then this version.
#[test]
fn licence_files_and_changelog_match_cargo_toml() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| {
        std::fs::read_to_string(root.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    assert_eq!(env!("CARGO_PKG_LICENSE"), "MIT OR Apache-2.0");
    let mit = read("LICENSE-MIT");
    assert!(
        mit.starts_with("MIT License\n\nCopyright (c) ")
            && mit
                .lines()
                .nth(2)
                .unwrap()
                .ends_with(" The consulctl developers")
            && squeeze(&mit).contains(
                "Permission is hereby granted, free of charge, to any person obtaining a copy"
            )
            && squeeze(&mit).ends_with("OTHER DEALINGS IN THE SOFTWARE."),
        "LICENSE-MIT is not the MIT licence of the consulctl developers:\n{mit}"
    );
    let apache = squeeze(&read("LICENSE-APACHE"));
    assert!(
        apache.starts_with("Apache License Version 2.0, January 2004")
            && apache.contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION")
            && apache.contains("END OF TERMS AND CONDITIONS"),
        "LICENSE-APACHE is not the Apache License 2.0"
    );

    let changelog = read("CHANGELOG.md");
    let versions: Vec<&str> = changelog
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .collect();
    assert_eq!(
        versions.first(),
        Some(&"[Unreleased]"),
        "CHANGELOG.md starts with an Unreleased section: {versions:?}"
    );
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        versions
            .iter()
            .any(|v| v.starts_with(&format!("[{version}] - 20"))),
        "CHANGELOG.md has no \"## [{version}] - DATE\" entry: {versions:?}"
    );
    for line in changelog.lines().filter(|l| l.starts_with("### ")) {
        assert!(
            [
                "Added",
                "Changed",
                "Deprecated",
                "Removed",
                "Fixed",
                "Security"
            ]
            .contains(&&line[4..]),
            "CHANGELOG.md: {line:?} is not one of Keep a Changelog's kinds of change"
        );
    }
}
