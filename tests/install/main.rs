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

/// The fenced blocks (```` ```LANG ````) of the section under `## heading`, in order.
fn blocks(readme: &str, heading: &str, lang: &str) -> Vec<String> {
    let start = readme
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("README has no \"## {heading}\" section"));
    let mut rest = &readme[start + heading.len() + 4..];
    rest = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
    let open = format!("```{lang}\n");
    let mut found = Vec::new();
    while let Some(at) = rest.find(&open) {
        let body = &rest[at + open.len()..];
        let end = body.find("```").expect("a closed block");
        found.push(body[..end].to_string());
        rest = &body[end + 3..];
    }
    found
}

/// The first fenced block (```` ```LANG ````) under `## heading`.
fn block(readme: &str, heading: &str, lang: &str) -> String {
    blocks(readme, heading, lang)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("README's \"## {heading}\" has no ```{lang} block"))
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

/// A clone of the committed tree (HEAD), as a user gets it: made once per run, and shared by
/// the tests here, so that the package's build reuses the install's.
fn clone() -> &'static Path {
    static CLONE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    CLONE.get_or_init(|| {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let clone = manifest.join("target/install-check/clone");
        if clone.exists() {
            std::fs::remove_dir_all(&clone).unwrap();
        }
        run(Command::new("git")
            .args(["clone", "--quiet", "--no-hardlinks"])
            .arg(manifest)
            .arg(&clone));
        clone
    })
}

/// Runs `commands` (a README block) in `clone` as written; only where it builds and how long it
/// optimises are ours. The build folder is kept between runs, so that only the first run
/// builds everything; whole-program optimisation (LTO, one codegen unit) makes users' binaries
/// smaller and quicker to start, and changes nothing these tests see, so it is left out here to
/// keep a plain `cargo test` quick.
fn build_as_written(clone: &Path, commands: &str) -> Command {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut command = Command::new("bash");
    command
        .args(["-euc", commands])
        .current_dir(clone)
        .env("CARGO_TARGET_DIR", manifest.join("target/install-check"))
        .env("CARGO_PROFILE_RELEASE_LTO", "off")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16");
    command
}

/// Runs the README's install commands in a fresh clone, once per run; returns the folder
/// holding the installed binary.
fn installed() -> &'static Path {
    static INSTALLED: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    INSTALLED.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/install-check");
        install(&root)
    })
}

fn install(work: &Path) -> PathBuf {
    let clone = clone();
    let root = work.join("installed");
    if root.exists() {
        std::fs::remove_dir_all(&root).unwrap();
    }
    let commands = block(&readme(), "Install", "sh");
    assert!(commands.contains("cargo install"), "{commands}");
    run(build_as_written(clone, &commands).env("CARGO_INSTALL_ROOT", &root));
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
    steps(&block(&readme(), "Quick tour", "console"))
}

/// A console transcript's `$ command` lines, each with the lines after it.
fn steps(transcript: &str) -> Vec<(String, String)> {
    let mut steps: Vec<(String, String)> = Vec::new();
    for line in transcript.lines() {
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
    let bin = installed();

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

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The committed man pages' file names (`consulctl-check-run.1` …).
fn man_pages() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let mut pages: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".1"))
        .collect();
    pages.sort();
    assert!(pages.len() > 20, "{pages:?}");
    pages
}

#[test]
fn readme_debian_package_installs_binary_man_pages_and_completions() {
    let work = tempfile::tempdir().unwrap();
    let clone = clone();
    let commands = blocks(&readme(), "Install", "sh")
        .into_iter()
        .find(|b| b.contains("cargo deb"))
        .expect("README's Install section gives the command that builds the Debian package");
    run(&mut build_as_written(clone, &commands));
    let arch = stdout(&run(Command::new("dpkg").arg("--print-architecture")));
    let version = env!("CARGO_PKG_VERSION");
    let deb = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
        "target/install-check/debian/consulctl_{version}-1_{}.deb",
        arch.trim()
    ));
    assert!(deb.is_file(), "{} was not built", deb.display());

    // The control fields.
    let info = stdout(&run(Command::new("dpkg-deb").arg("--info").arg(&deb)));
    let field = |name: &str| -> String {
        info.lines()
            .find_map(|l| l.trim_start().strip_prefix(&format!("{name}: ")))
            .unwrap_or_else(|| panic!("no {name} in the control file:\n{info}"))
            .to_string()
    };
    assert_eq!(field("Package"), "consulctl");
    assert_eq!(field("Version"), format!("{version}-1"));
    assert_eq!(field("Architecture"), arch.trim());
    assert_eq!(field("Section"), "admin");
    assert_eq!(field("Description"), env!("CARGO_PKG_DESCRIPTION"));
    assert!(field("Depends").starts_with("libc6"), "{info}");
    assert!(!field("Maintainer").is_empty());

    // The file list: the binary, every man page gzipped, the three completions, the docs.
    let contents = stdout(&run(Command::new("dpkg-deb").arg("--contents").arg(&deb)));
    let files: Vec<(&str, &str)> = contents
        .lines()
        .filter(|l| !l.starts_with('d'))
        .map(|l| {
            let mode = l.split_whitespace().next().unwrap();
            let path = l.split_whitespace().last().unwrap();
            (path.trim_start_matches('.'), mode)
        })
        .collect();
    let mut expected = vec![
        ("/usr/bin/consulctl".to_string(), "-rwxr-xr-x"),
        (
            "/usr/share/bash-completion/completions/consulctl".into(),
            "-rw-r--r--",
        ),
        (
            "/usr/share/zsh/vendor-completions/_consulctl".into(),
            "-rw-r--r--",
        ),
        (
            "/usr/share/fish/vendor_completions.d/consulctl.fish".into(),
            "-rw-r--r--",
        ),
        ("/usr/share/doc/consulctl/README.md".into(), "-rw-r--r--"),
        ("/usr/share/doc/consulctl/copyright".into(), "-rw-r--r--"),
    ];
    for page in man_pages() {
        expected.push((format!("/usr/share/man/man1/{page}.gz"), "-rw-r--r--"));
    }
    let mut listed: Vec<(String, &str)> = files.iter().map(|(p, m)| (p.to_string(), *m)).collect();
    listed.sort();
    expected.sort();
    assert_eq!(listed, expected, "dpkg-deb --contents:\n{contents}");

    // Unpacked into a root of its own: the binary runs, the pages read, the files are the repo's.
    let root = work.path().join("root");
    run(Command::new("dpkg-deb").arg("-x").arg(&deb).arg(&root));
    let installed = root.join("usr/bin/consulctl");
    let version_line = stdout(&run(Command::new(&installed).arg("--version")));
    assert_eq!(version_line.trim(), format!("consulctl {version}"));
    let help = run(Command::new(&installed).args(["check", "run", "--help"]));
    assert!(stdout(&help).contains("--ensure-ttl"), "{}", stdout(&help));
    let page = root.join("usr/share/man/man1/consulctl-check-ttl-pass.1.gz");
    let shown = stdout(&run(Command::new("man")
        .arg("-l")
        .arg(&page)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .env("MAN_KEEP_FORMATTING", "")));
    assert!(
        shown.contains("consulctl-check-ttl-pass - Mark a TTL check passing")
            && shown.contains("EXAMPLES"),
        "man -l {}:\n{shown}",
        page.display()
    );
    for page in man_pages() {
        let unpacked = run(Command::new("gzip")
            .arg("-dc")
            .arg(root.join(format!("usr/share/man/man1/{page}.gz"))));
        assert!(
            unpacked.stdout == std::fs::read(clone.join("man").join(&page)).unwrap(),
            "the packaged {page} is not the committed one"
        );
    }
    for (packaged, committed) in [
        (
            "usr/share/bash-completion/completions/consulctl",
            "completions/consulctl.bash",
        ),
        (
            "usr/share/zsh/vendor-completions/_consulctl",
            "completions/_consulctl",
        ),
        (
            "usr/share/fish/vendor_completions.d/consulctl.fish",
            "completions/consulctl.fish",
        ),
    ] {
        assert!(
            std::fs::read(root.join(packaged)).unwrap()
                == std::fs::read(clone.join(committed)).unwrap(),
            "{packaged} is not {committed}"
        );
    }
}

/// `scripts/demo` with its state in `state`, consulctl from the install above.
fn demo(state: &Path, args: &[&str]) -> std::process::Output {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    Command::new(manifest.join("scripts/demo"))
        .args(args)
        .env("CONSULCTL_DEMO_STATE", state)
        .env("CONSULCTL_DEMO_BIN", installed().join("consulctl"))
        .env_remove("CONSUL_HTTP_ADDR")
        .output()
        .unwrap()
}

/// Stops the demo's agent however the test ends.
struct StopsDemo<'a>(&'a Path);

impl Drop for StopsDemo<'_> {
    fn drop(&mut self) {
        let _ = demo(self.0, &["stop"]);
    }
}

/// The tour's steps as the demo printed them, up to its closing words.
fn demo_tour(output: &std::process::Output) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(&output.stdout);
    let tour = &text[..text
        .find("The demo agent keeps running")
        .unwrap_or_else(|| panic!("the demo did not finish: {text}"))];
    steps(tour)
        .into_iter()
        .map(|(command, output)| (command, output.trim_end().to_string()))
        .collect()
}

fn demo_agent_answers() -> bool {
    Command::new(installed().join("consulctl"))
        .args(["--http-addr", "127.0.0.1:18500", "agent", "members"])
        .output()
        .unwrap()
        .status
        .success()
}

#[test]
fn demo_runs_the_quick_tour_reuses_its_agent_and_stops_only_its_own() {
    let state = tempfile::tempdir().unwrap();
    let _stop = StopsDemo(state.path());
    let expected: Vec<(String, String)> = tour()
        .into_iter()
        .map(|(command, output)| (command, output.trim_end().to_string()))
        .collect();

    let first = demo(state.path(), &[]);
    assert!(first.status.success(), "{first:?}");
    assert_eq!(
        demo_tour(&first),
        expected,
        "scripts/demo's tour is not the README's"
    );
    let closing = stdout(&first);
    assert!(
        closing.contains("export CONSUL_HTTP_ADDR=127.0.0.1:18500\n")
            && closing.contains("scripts/demo stop\n"),
        "{closing}"
    );
    assert!(
        demo_agent_answers(),
        "the demo's agent was not left running"
    );

    let again = demo(state.path(), &[]);
    assert!(again.status.success(), "{again:?}");
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("reusing the demo agent"),
        "{again:?}"
    );
    assert_eq!(demo_tour(&again), expected);

    let stopped = demo(state.path(), &["stop"]);
    assert!(stopped.status.success(), "{stopped:?}");
    assert!(
        !demo_agent_answers(),
        "scripts/demo stop left its agent running"
    );

    // A pid file naming a process that is not its agent: left alone.
    let mut other = Command::new("sleep").arg("30").spawn().unwrap();
    std::fs::write(state.path().join("consul.pid"), other.id().to_string()).unwrap();
    let refused = demo(state.path(), &["stop"]);
    assert!(refused.status.success(), "{refused:?}");
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("nothing stopped"),
        "{refused:?}"
    );
    assert!(
        other.try_wait().unwrap().is_none(),
        "scripts/demo stop killed a stranger"
    );
    other.kill().unwrap();
    other.wait().unwrap();

    // Something else on its port: not taken for its agent, not touched.
    let listener = std::net::TcpListener::bind("127.0.0.1:18500").unwrap();
    let busy = demo(state.path(), &[]);
    assert_eq!(busy.status.code(), Some(1), "{busy:?}");
    assert!(
        String::from_utf8_lossy(&busy.stderr)
            .contains("port 18500 on 127.0.0.1 is in use by something this script did not start"),
        "{busy:?}"
    );
    assert!(listener.local_addr().is_ok());
}
