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
        consulctl::commands::completions::script(shell, &mut buf).unwrap();
        files.insert(PathBuf::from("completions").join(file), buf);
    }
    files
}

/// One page for `consulctl`, and one per subcommand at every depth (`consulctl-check-ttl-pass.1`).
fn man_pages() -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(cmd: &clap::Command, name: String, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
        let page_cmd = cmd.clone().name(&*Box::leak(name.clone().into_boxed_str()));
        let mut buf = Vec::new();
        clap_mangen::Man::new(page_cmd)
            .render(&mut buf)
            .expect("render a man page");
        files.insert(PathBuf::from("man").join(format!("{name}.1")), buf);
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            walk(sub, format!("{name}-{}", sub.get_name()), files);
        }
    }
    let mut cmd = Cli::command();
    cmd.build();
    let mut files = BTreeMap::new();
    walk(&cmd, "consulctl".to_string(), &mut files);
    files
}

fn ensure(dir: &str, expected: BTreeMap<PathBuf, Vec<u8>>) {
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
    let Ok(probe) = std::process::Command::new("groff")
        .arg("--version")
        .output()
    else {
        eprintln!("groff is not installed here: rendering is checked where it is");
        return;
    };
    if !probe.status.success() {
        return;
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
