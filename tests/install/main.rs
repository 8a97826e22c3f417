//! The README's first steps, as a newcomer takes them: its install command, run in a clean
//! clone, gives a working `consulctl`, and its quick tour, run with that binary against a real
//! dev agent, prints what the README shows.
//!
//! A test binary of its own (not a module of `runner`): cargo runs test binaries one after
//! another, so the release build here never competes with the timing-sensitive tests there.
//! The clone is of the committed tree (HEAD): uncommitted changes are not in it, as they would
//! not be in a user's clone.

// Not every helper is used here.
#[allow(unused_imports)]
#[path = "../support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::agent::{Agent, AgentOptions};

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

/// The first fenced block (```` ```LANG ````) under `## heading`.
fn block(readme: &str, heading: &str, lang: &str) -> String {
    let start = readme
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("README has no \"## {heading}\" section"));
    let rest = &readme[start..];
    let open = format!("```{lang}\n");
    let body = &rest[rest.find(&open).expect("a fenced block") + open.len()..];
    body[..body.find("```").expect("a closed block")].to_string()
}

fn run(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Runs the README's install commands in a fresh clone; returns the folder holding the
/// installed binary.
fn install(work: &Path) -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let clone = work.join("consulctl");
    run(Command::new("git")
        .args(["clone", "--quiet", "--no-hardlinks"])
        .arg(manifest)
        .arg(&clone));
    let root = work.join("installed");
    let commands = block(&readme(), "Install", "sh");
    assert!(commands.contains("cargo install"), "{commands}");
    // As written, in the clone; only where it installs to, where it builds and how long it
    // optimises are ours. The build folder is kept between runs, so that only the first run
    // builds everything; whole-program optimisation (LTO, one codegen unit) makes users'
    // binaries smaller and quicker to start, and changes nothing this test sees, so it is left
    // out here to keep a plain `cargo test` quick.
    run(Command::new("bash")
        .args(["-euc", &commands])
        .current_dir(&clone)
        .env("CARGO_INSTALL_ROOT", &root)
        .env("CARGO_TARGET_DIR", manifest.join("target/install-check"))
        .env("CARGO_PROFILE_RELEASE_LTO", "off")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16"));
    let bin = root.join("bin");
    let version = run(Command::new(bin.join("consulctl")).arg("--version"));
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("consulctl {}", env!("CARGO_PKG_VERSION"))
    );
    bin
}

/// The quick tour: `$ command` lines, each followed by the output it shows.
fn tour() -> Vec<(String, String)> {
    let mut steps: Vec<(String, String)> = Vec::new();
    for line in block(&readme(), "Quick tour", "console").lines() {
        if let Some(command) = line.strip_prefix("$ ") {
            steps.push((command.to_string(), String::new()));
        } else if let Some((_, output)) = steps.last_mut() {
            output.push_str(line);
            output.push('\n');
        }
    }
    steps
}

#[test]
fn readme_install_and_quick_tour_work_as_written() {
    let work = tempfile::tempdir().unwrap();
    let bin = install(work.path());

    let agent = Agent::start(AgentOptions::dev("n1"));
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let steps = tour();
    assert!(steps.len() >= 8, "{steps:?}");
    for (command, shown) in steps {
        let out = Command::new("bash")
            .args(["-c", &format!("{{ {command}\n}} 2>&1")])
            .env_clear()
            .env("PATH", &path)
            .env("HOME", work.path())
            .env("CONSUL_HTTP_ADDR", agent.addr())
            .current_dir(work.path())
            .output()
            .unwrap();
        // The README was captured from an agent whose Serf port was 18301.
        let printed = String::from_utf8_lossy(&out.stdout)
            .replace(&agent.serf_lan_addr(), "127.0.0.1:18301")
            .trim_end()
            .to_string();
        assert_eq!(
            printed,
            shown.trim_end(),
            "README's quick tour shows other output for `{command}`"
        );
    }
}
