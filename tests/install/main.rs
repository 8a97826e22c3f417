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
use std::sync::{Mutex, MutexGuard};

use assert_cmd::assert::OutputAssertExt;
use predicates::prelude::*;
use predicates::str::contains;

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
    Command::new(&installed)
        .args(["check", "run", "--help"])
        .assert()
        .success()
        .stdout(contains("--ensure-ttl"));
    let page = root.join("usr/share/man/man1/consulctl-check-ttl-pass.1.gz");
    Command::new("man")
        .arg("-l")
        .arg(&page)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .env("MAN_KEEP_FORMATTING", "")
        .assert()
        .success()
        .stdout(
            contains("consulctl-check-ttl-pass - Mark a TTL check passing")
                .and(contains("EXAMPLES")),
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

/// One demo run at a time: each starts an agent and runs the tour, on a shared machine.
static ONE_DEMO: Mutex<()> = Mutex::new(());

fn one_demo() -> MutexGuard<'static, ()> {
    ONE_DEMO
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// What scripts/demo adds to its HTTP port for its other ports (DNS, Serf LAN and WAN, server,
/// gRPC), as its `--help` says.
const DEMO_PORT_OFFSETS: [i32; 5] = [100, -199, -198, -200, 2];

/// A loopback address for a demo agent of the tests' own, never the README's 127.0.0.1:18500:
/// the README says to leave the demo's agent running there while the tests run. An HTTP port
/// whose companions are free too (TCP and UDP), below the kernel's ephemeral range, so that no
/// test agent or connection is handed one of them, and far from any port given before.
fn free_demo_addr() -> String {
    static GIVEN: Mutex<Vec<u16>> = Mutex::new(Vec::new());
    let mut given = GIVEN
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let seed = u64::from(std::process::id())
        ^ u64::from(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .subsec_nanos(),
        );
    for attempt in 0..500u64 {
        let http = 20_200 + (seed.wrapping_add(attempt * 7_919) % 9_000) as u16;
        if given.iter().any(|port| port.abs_diff(http) < 400) {
            continue;
        }
        let all_free = std::iter::once(0).chain(DEMO_PORT_OFFSETS).all(|offset| {
            let port = (i32::from(http) + offset) as u16;
            std::net::TcpListener::bind(("127.0.0.1", port)).is_ok()
                && std::net::UdpSocket::bind(("127.0.0.1", port)).is_ok()
        });
        if all_free {
            given.push(http);
            return format!("127.0.0.1:{http}");
        }
    }
    panic!("no free ports for a demo agent between 20000 and 29300 on 127.0.0.1");
}

/// The address of the Serf LAN port scripts/demo gives the agent at `addr`.
fn demo_serf_addr(addr: &str) -> String {
    let (ip, port) = addr.rsplit_once(':').unwrap();
    let port: i32 = port.parse().unwrap();
    format!("{ip}:{}", port + DEMO_PORT_OFFSETS[1])
}

/// `scripts/demo` with its state in `state` and its agent at `addr`, consulctl from the install
/// above.
fn demo(state: &Path, addr: &str, args: &[&str]) -> std::process::Output {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    Command::new(manifest.join("scripts/demo"))
        .args(args)
        .env("CONSULCTL_DEMO_STATE", state)
        .env("CONSULCTL_DEMO_ADDR", addr)
        .env("CONSULCTL_DEMO_BIN", installed().join("consulctl"))
        .env_remove("CONSUL_HTTP_ADDR")
        .output()
        .unwrap()
}

/// Stops the demo's agent however the test ends.
struct StopsDemo<'a>(&'a Path, String);

impl Drop for StopsDemo<'_> {
    fn drop(&mut self) {
        let _ = demo(self.0, &self.1, &["stop"]);
    }
}

/// The tour's steps as the demo printed them, up to its closing words, with its agent's Serf
/// address as the README shows it (the README was captured from an agent whose Serf port was
/// 18301).
fn demo_tour(output: &std::process::Output, addr: &str) -> Vec<(String, String)> {
    let text =
        String::from_utf8_lossy(&output.stdout).replace(&demo_serf_addr(addr), "127.0.0.1:18301");
    let tour = &text[..text
        .find("The demo agent keeps running")
        .unwrap_or_else(|| panic!("the demo did not finish: {text}"))];
    steps(tour)
        .into_iter()
        .map(|(command, output)| (command, output.trim_end().to_string()))
        .collect()
}

/// The README's tour, each step's output without trailing blank lines.
fn expected_tour() -> Vec<(String, String)> {
    tour()
        .into_iter()
        .map(|(command, output)| (command, output.trim_end().to_string()))
        .collect()
}

fn demo_agent_answers(addr: &str) -> bool {
    Command::new(installed().join("consulctl"))
        .args(["--http-addr", addr, "agent", "members"])
        .output()
        .unwrap()
        .status
        .success()
}

#[test]
fn demo_runs_the_quick_tour_reuses_its_agent_and_stops_only_its_own() {
    let _one = one_demo();
    let state = tempfile::tempdir().unwrap();
    let addr = free_demo_addr();
    let _stop = StopsDemo(state.path(), addr.clone());
    let expected = expected_tour();

    let first = demo(state.path(), &addr, &[]).assert().success().stdout(
        contains(format!("export CONSUL_HTTP_ADDR={addr}\n")).and(contains("scripts/demo stop\n")),
    );
    assert_eq!(
        demo_tour(first.get_output(), &addr),
        expected,
        "scripts/demo's tour is not the README's"
    );
    assert!(
        demo_agent_answers(&addr),
        "the demo's agent was not left running"
    );

    let again = demo(state.path(), &addr, &[])
        .assert()
        .success()
        .stderr(contains("reusing the demo agent"));
    assert_eq!(demo_tour(again.get_output(), &addr), expected);

    // The same state, another address: its agent is not reused as if it listened there.
    let elsewhere = free_demo_addr();
    demo(state.path(), &elsewhere, &[])
        .assert()
        .code(1)
        .stderr(contains(format!(
            "listens at another address than {elsewhere}; stop it first with scripts/demo stop"
        )));
    assert!(!demo_agent_answers(&elsewhere));

    demo(state.path(), &addr, &["stop"]).assert().success();
    assert!(
        !demo_agent_answers(&addr),
        "scripts/demo stop left its agent running"
    );

    // A pid file naming a process that is not its agent: left alone.
    let mut other = Command::new("sleep").arg("30").spawn().unwrap();
    std::fs::write(state.path().join("consul.pid"), other.id().to_string()).unwrap();
    demo(state.path(), &addr, &["stop"])
        .assert()
        .success()
        .stderr(contains("nothing stopped"));
    assert!(
        other.try_wait().unwrap().is_none(),
        "scripts/demo stop killed a stranger"
    );
    other.kill().unwrap();
    other.wait().unwrap();

    // Something else on its port: not taken for its agent, not touched.
    let listener = std::net::TcpListener::bind(&addr).unwrap();
    let port = addr.rsplit_once(':').unwrap().1;
    demo(state.path(), &addr, &[])
        .assert()
        .code(1)
        .stderr(contains(format!(
            "port {port} on 127.0.0.1 is in use by something this script did not start"
        )));
    assert!(listener.local_addr().is_ok());

    // An address off loopback is refused before anything starts.
    demo(state.path(), "10.0.0.1:18500", &[])
        .assert()
        .code(2)
        .stderr(contains(
            "CONSULCTL_DEMO_ADDR=10.0.0.1:18500 is not a loopback address and port such as \
             127.0.0.1:18500",
        ));
}

/// The README's "On a fresh machine", its two commands in their order: `scripts/demo`, run as
/// written in a clean clone (its own build included), starts its agent and leaves it running;
/// then the tests run beside that agent and pass, and it is still up. Its state folder and
/// address are the test's own, since the developer's own demo may hold the default ones.
/// `scripts/test` itself is not run here: it would run this test again, and the whole suite
/// inside one test takes far too long. What runs beside the agent is the suite's own demo test,
/// which starts a second demo agent, runs the tour and stops only its own.
#[test]
fn readme_fresh_machine_demo_left_running_while_the_tests_run() {
    let commands = blocks(&readme(), "On a fresh machine", "sh");
    assert_eq!(
        commands.iter().map(|c| c.trim()).collect::<Vec<_>>(),
        ["scripts/demo", "scripts/test"],
        "README's fresh-machine commands"
    );
    // The install's release build first, which the demo's `cargo build --release` then reuses.
    installed();
    let state = tempfile::tempdir().unwrap();
    let addr = {
        let _one = one_demo();
        let addr = free_demo_addr();
        let first = run(build_as_written(clone(), &commands[0])
            .env("CONSULCTL_DEMO_STATE", state.path())
            .env("CONSULCTL_DEMO_ADDR", &addr)
            .env_remove("CONSULCTL_DEMO_BIN")
            .env_remove("CONSUL_HTTP_ADDR"));
        assert_eq!(
            demo_tour(&first, &addr),
            expected_tour(),
            "the clone's scripts/demo's tour is not the README's"
        );
        addr
    };
    let _stop = StopsDemo(state.path(), addr.clone());
    assert!(
        demo_agent_answers(&addr),
        "the demo's agent was not left running"
    );

    demo_runs_the_quick_tour_reuses_its_agent_and_stops_only_its_own();

    assert!(
        demo_agent_answers(&addr),
        "the tests stopped the demo agent the README says to leave running"
    );
}
