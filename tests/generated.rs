//! completions/ and man/ are generated from the real command definition and committed; this
//! test regenerates them in memory and fails when the committed files are stale.
//! Refresh with: UPDATE_GENERATED=1 cargo test --test runner generated

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use consulctl::cli::Cli;

const REFRESH: &str = "UPDATE_GENERATED=1 cargo test --test runner generated";

fn completions() -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for (shell, file) in [
        (Shell::Bash, "consulctl.bash"),
        (Shell::Zsh, "_consulctl"),
        (Shell::Fish, "consulctl.fish"),
        (Shell::Elvish, "consulctl.elv"),
        (Shell::PowerShell, "_consulctl.ps1"),
    ] {
        let mut buf = Vec::new();
        consulctl::cli::complete::script(shell, &mut buf).unwrap();
        files.insert(PathBuf::from("completions").join(file), buf);
    }
    files
}

/// One page for `consulctl`, and one per subcommand at every depth (`consulctl-check-ttl-pass.1`).
/// clap_mangen writes NAME, SYNOPSIS, DESCRIPTION, the options and SUBCOMMANDS; the sections a
/// man page reader looks for next come from the same sources as `--help` and the README:
/// NOTES and EXAMPLES from the command's help epilogue (a group page gathers its commands'
/// first examples), ENVIRONMENT and EXIT STATUS from `cli::ENVIRONMENT` and `error::ExitCode`.
pub fn man_pages() -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(cmd: &clap::Command, name: String, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
        let children: Vec<&clap::Command> = cmd
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        files.insert(
            PathBuf::from("man").join(format!("{name}.1")),
            page(cmd, &name),
        );
        for sub in children {
            walk(sub, format!("{name}-{}", sub.get_name()), files);
        }
    }
    let mut cmd = Cli::command();
    cmd.build();
    let mut files = BTreeMap::new();
    walk(&cmd, "consulctl".to_string(), &mut files);
    files
}

/// The text after "Examples:" in a command's help epilogue, and the text before it.
fn epilogue(cmd: &clap::Command) -> (String, Vec<String>) {
    let text = cmd
        .get_after_long_help()
        .or(cmd.get_after_help())
        .map(|h| h.to_string())
        .unwrap_or_default();
    let (notes, examples) = text.split_once("Examples:").unwrap_or((&text, ""));
    let examples = examples
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    (notes.trim().to_string(), examples)
}

/// The examples a page shows: the command's own, or for a group the first of each command in it.
fn examples(cmd: &clap::Command) -> Vec<String> {
    let (_, own) = epilogue(cmd);
    if !own.is_empty() {
        return own;
    }
    cmd.get_subcommands()
        .filter(|s| s.get_name() != "help")
        .filter_map(|s| examples(s).into_iter().next())
        .collect()
}

fn page(cmd: &clap::Command, name: &str) -> Vec<u8> {
    use roff::{bold, roman, Roff};

    let root = name == "consulctl";
    let notes = if root { String::new() } else { epilogue(cmd).0 };
    let page_cmd = cmd
        .clone()
        .name(&*Box::leak(name.to_string().into_boxed_str()))
        .version(env!("CARGO_PKG_VERSION"))
        .after_help(None::<&str>)
        .after_long_help(None::<&str>)
        // Below the root, a page lists the command's own options, as its `--help` does; the
        // global ones are on consulctl(1), which GLOBAL OPTIONS points to.
        .mut_args(|arg| {
            if !root && arg.is_global_set() {
                arg.hide(true)
            } else {
                arg
            }
        });
    let mut generated = Vec::new();
    clap_mangen::Man::new(page_cmd)
        .render(&mut generated)
        .expect("render a man page");
    let generated = String::from_utf8(generated).expect("man pages are UTF-8");

    let mut ours = Roff::new();
    if !root {
        ours.control("SH", ["GLOBAL OPTIONS"]);
        ours.control("PP", []);
        let mut text = vec![roman("The options of "), bold("consulctl"), roman("(1) (")];
        for option in consulctl::cli::docs::named_global_options(cmd) {
            text.push(bold(option));
            text.push(roman(", "));
        }
        text.push(roman(
            "and the others) are taken here too, anywhere on the line.",
        ));
        ours.text(text);
    }
    if !notes.is_empty() {
        ours.control("SH", ["NOTES"]);
        for paragraph in notes.split("\n\n") {
            ours.control("PP", []);
            ours.text([roman(paragraph.replace('\n', " "))]);
        }
    }
    let examples = if root {
        // The root's examples are the first steps its help shows.
        consulctl::cli::FIRST_STEPS
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("consulctl "))
            .map(String::from)
            .collect()
    } else {
        examples(cmd)
    };
    if !examples.is_empty() {
        ours.control("SH", ["EXAMPLES"]);
        ours.control("PP", []);
        ours.control("RS", ["4"]);
        ours.control("nf", []);
        for example in &examples {
            ours.text([roman(example.as_str())]);
        }
        ours.control("fi", []);
        ours.control("RE", []);
    }
    ours.control("SH", ["ENVIRONMENT"]);
    ours.control("PP", []);
    ours.text([roman(
        "A flag beats its variable; an empty variable counts as unset.",
    )]);
    for var in consulctl::cli::ENVIRONMENT {
        ours.control("TP", []);
        ours.text([bold(var.name)]);
        ours.text([
            roman(format!("{}. Flag: ", var.meaning)),
            bold(var.option),
            roman(format!("; default: {}.", var.default)),
        ]);
    }
    ours.control("SH", ["EXIT STATUS"]);
    for exit in consulctl::error::ExitCode::DOCUMENTED {
        ours.control("TP", []);
        ours.text([bold(exit.code().to_string())]);
        ours.text([roman(exit.meaning())]);
    }
    for note in consulctl::error::ExitCode::NOTES {
        ours.control("PP", []);
        ours.text([roman(note)]);
    }
    let mut see_also: Vec<String> = Vec::new();
    if let Some((parent, _)) = name.rsplit_once('-') {
        see_also.push(parent.to_string());
    }
    see_also.extend(
        cmd.get_subcommands()
            .filter(|s| s.get_name() != "help")
            .map(|s| format!("{name}-{}", s.get_name())),
    );
    if !see_also.is_empty() {
        ours.control("SH", ["SEE ALSO"]);
        let mut refs = Vec::new();
        for (i, page) in see_also.iter().enumerate() {
            if i > 0 {
                refs.push(roman(", "));
            }
            refs.push(bold(page.as_str()));
            refs.push(roman("(1)"));
        }
        ours.text(refs);
    }
    // Without the apostrophe preamble clap_mangen's part already begins with.
    let preamble = Roff::new().render();
    let ours = ours.render();
    let ours = ours
        .strip_prefix(&preamble)
        .expect("roff output begins with its preamble");

    let (head, version) = generated
        .split_once("\n.SH VERSION\n")
        .expect("clap_mangen writes a VERSION section last");
    format!("{head}\n{ours}.SH VERSION\n{version}").into_bytes()
}

pub(crate) fn ensure(dir: &str, expected: BTreeMap<PathBuf, Vec<u8>>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("UPDATE_GENERATED").is_some();
    if update {
        let _ = std::fs::remove_dir_all(root.join(dir));
        std::fs::create_dir_all(root.join(dir)).unwrap();
        for (path, bytes) in &expected {
            std::fs::write(root.join(path), bytes).unwrap();
        }
        return;
    }
    let mut stale = Vec::new();
    for (path, bytes) in &expected {
        if std::fs::read(root.join(path)).ok().as_ref() != Some(bytes) {
            stale.push(path.display().to_string());
        }
    }
    for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten() {
        let path = PathBuf::from(dir).join(entry.unwrap().file_name());
        if !expected.contains_key(&path) {
            stale.push(format!("{} (no longer generated)", path.display()));
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {}; refresh them with: {REFRESH}",
        stale.join(", ")
    );
}

#[test]
fn completions_are_fresh() {
    ensure("completions", completions());
}

#[test]
fn man_pages_are_fresh() {
    ensure("man", man_pages());
}

#[test]
fn man_pages_render_without_warnings() {
    // A lint that skipped where groff is missing would pass without checking anything.
    const INSTALL: &str = "install groff (Debian: apt-get install groff-base; scripts/test does)";
    match std::process::Command::new("groff")
        .arg("--version")
        .output()
    {
        Ok(probe) => assert!(
            probe.status.success(),
            "`groff --version` failed ({}): {}; the man pages cannot be rendered: {INSTALL}",
            probe.status,
            String::from_utf8_lossy(&probe.stderr).trim()
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            panic!("groff is not installed, so the man pages cannot be rendered: {INSTALL}")
        }
        Err(e) => panic!("cannot run groff ({e}), so the man pages cannot be rendered: {INSTALL}"),
    }
    for (path, bytes) in man_pages() {
        let mut child = std::process::Command::new("groff")
            .args(["-ww", "-man", "-Tutf8", "-z"])
            .stdin(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child.stdin.take().unwrap().write_all(&bytes).unwrap();
        let out = child.wait_with_output().unwrap();
        let warnings = String::from_utf8_lossy(&out.stderr);
        assert!(warnings.trim().is_empty(), "{}: {warnings}", path.display());
    }
}

/// `consulctl completions SHELL` prints exactly the committed script.
#[test]
fn completions_command_prints_the_committed_scripts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in [
        ("bash", "consulctl.bash"),
        ("zsh", "_consulctl"),
        ("fish", "consulctl.fish"),
        ("elvish", "consulctl.elv"),
        ("powershell", "_consulctl.ps1"),
    ] {
        let out = crate::support::consulctl()
            .args(["completions", shell])
            // A broken configuration does not matter to completions.
            .env("CONSUL_HTTP_ADDR", "ftp://nowhere")
            .output()
            .unwrap();
        assert!(out.status.success(), "{shell}: {out:?}");
        let committed = std::fs::read(root.join("completions").join(file)).unwrap();
        assert!(
            out.stdout == committed,
            "{shell}: differs from completions/{file}; refresh with {REFRESH}"
        );
    }
}
