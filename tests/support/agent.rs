//! Real Consul agents on loopback, started by the tests themselves.
//!
//! The binary comes from CONSUL_BIN, else the cache `scripts/install-consul` fills, else PATH.
//! A test that needs an agent and finds none fails loudly: it never passes by skipping.
//!
//! The benchmark harness (bench/main.rs) starts its agents with this file too, so it needs
//! nothing from the rest of tests/support.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// A loopback port nothing listens on (bound, then released).
pub fn unused_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind an ephemeral port");
    listener.local_addr().unwrap().port()
}

/// Ports one agent listens on.
#[derive(Debug, Clone, Copy)]
pub struct Ports {
    pub http: u16,
    pub dns: u16,
    pub serf_lan: u16,
    pub serf_wan: u16,
    pub server: u16,
    pub grpc: u16,
    /// Listened on only when [`AgentOptions::https`] asks for it.
    pub https: u16,
}

impl Ports {
    /// Seven different free ports: each stays bound until all are chosen, since a port let go
    /// can be handed out again by the next bind (and Consul refuses two roles on one port).
    fn free() -> Ports {
        let held: Vec<std::net::TcpListener> = (0..7)
            .map(|_| std::net::TcpListener::bind("127.0.0.1:0").expect("bind an ephemeral port"))
            .collect();
        let port = |n: usize| held[n].local_addr().unwrap().port();
        Ports {
            http: port(0),
            dns: port(1),
            serf_lan: port(2),
            serf_wan: port(3),
            server: port(4),
            grpc: port(5),
            https: port(6),
        }
    }
}

/// How to start an agent.
#[derive(Debug, Clone)]
pub struct AgentOptions {
    pub node: String,
    pub datacenter: String,
    /// A loopback address of its own (127.0.0.x).
    pub ip: String,
    /// `-dev` server; otherwise a client that joins `join`.
    pub dev: bool,
    pub join: Option<String>,
    pub hcl: Vec<String>,
    /// Ready once a leader is known (a dev server, or a client that joins `join`). `false`:
    /// ready once the HTTP API answers, for a client that is told to join later (a client only
    /// learns of a leader after joining).
    pub wait_for_leader: bool,
    /// Also serve the API over TLS on `ports.https`; `hcl` must name the certificates. The
    /// plain HTTP port stays open, for readiness and for checking state.
    pub https: bool,
    /// Serve the HTTP API on this unix socket instead of TCP (`addresses { http = "unix://…" }`):
    /// [`Agent::addr`] is then `unix://PATH`, and readiness and [`Agent::get`] use the socket.
    pub http_socket: Option<PathBuf>,
    /// A JSON configuration file's contents, written into the agent's directory and read with
    /// `-config-dir`: for configurations too large for `-hcl` flags on a command line.
    pub config: Option<String>,
    /// How long the agent may take to become ready.
    pub ready_within: Duration,
    /// The Consul binary; `None`: [`consul_binary`].
    pub binary: Option<PathBuf>,
    /// The data directory of a non-dev agent; `None`: one in the agent's own temporary folder.
    /// Given, it outlives the agent, so that a restart finds what the agent had persisted.
    pub data_dir: Option<PathBuf>,
}

impl AgentOptions {
    pub fn dev(node: &str) -> AgentOptions {
        AgentOptions {
            node: node.to_string(),
            datacenter: "dc1".to_string(),
            ip: "127.0.0.1".to_string(),
            dev: true,
            join: None,
            hcl: Vec::new(),
            wait_for_leader: true,
            https: false,
            http_socket: None,
            config: None,
            ready_within: Duration::from_secs(60),
            binary: None,
            data_dir: None,
        }
    }

    /// A client agent (not dev: it gets a data dir) on its own loopback IP that joins nobody
    /// yet; ready as soon as its HTTP API answers.
    pub fn client(node: &str, ip: &str) -> AgentOptions {
        AgentOptions {
            node: node.to_string(),
            datacenter: "dc1".to_string(),
            ip: ip.to_string(),
            dev: false,
            join: None,
            hcl: Vec::new(),
            wait_for_leader: false,
            https: false,
            http_socket: None,
            config: None,
            ready_within: Duration::from_secs(60),
            binary: None,
            data_dir: None,
        }
    }
}

pub struct Agent {
    pub options: AgentOptions,
    pub ports: Ports,
    /// Closing it tells the wrapper shell to stop the agent (see `spawn`).
    lifeline: Option<ChildStdin>,
    wrapper: Child,
    dir: tempfile::TempDir,
}

/// Where the Consul binary is; panics with what to do when there is none.
pub fn consul_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("CONSUL_BIN") {
        return PathBuf::from(path);
    }
    let cache = std::env::var_os("CONSULCTL_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            std::env::var_os("XDG_CACHE_HOME")
                .map(PathBuf::from)
                .unwrap_or_else(|| {
                    PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache")
                })
                .join("consulctl")
        });
    let cached = cache.join("consul-1.8.7/root/usr/bin/consul");
    if cached.is_file() {
        return cached;
    }
    if let Ok(output) = Command::new("consul").arg("version").output() {
        if output.status.success() {
            return PathBuf::from("consul");
        }
    }
    panic!(
        "no Consul agent binary: these tests need a real agent. Run `scripts/install-consul` \
         (the README's test command does) or set CONSUL_BIN"
    );
}

impl Agent {
    /// One dev agent (dc1, script checks enabled) that many tests share with unique names.
    pub fn shared() -> &'static Agent {
        static SHARED: OnceLock<Agent> = OnceLock::new();
        SHARED.get_or_init(|| {
            let mut options = AgentOptions::dev("shared");
            options.hcl.push("enable_script_checks = true".to_string());
            Agent::start(options)
        })
    }

    pub fn start(options: AgentOptions) -> Agent {
        let ports = Ports::free();
        Agent::start_on(options, ports)
    }

    /// Starts an agent on given ports (a restart reuses its ports) and waits until it is ready.
    pub fn start_on(options: AgentOptions, ports: Ports) -> Agent {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let mut args: Vec<String> = vec!["agent".into()];
        if options.dev {
            args.push("-dev".into());
        } else {
            let data_dir = (options.data_dir.clone()).unwrap_or_else(|| dir.path().join("data"));
            args.push(format!("-data-dir={}", data_dir.display()));
        }
        let ip = &options.ip;
        args.extend([
            format!("-node={}", options.node),
            format!("-datacenter={}", options.datacenter),
            format!("-bind={ip}"),
            format!("-client={ip}"),
            format!("-http-port={}", ports.http),
            format!("-dns-port={}", ports.dns),
            format!("-serf-lan-port={}", ports.serf_lan),
            format!("-serf-wan-port={}", ports.serf_wan),
            format!("-server-port={}", ports.server),
            format!("-grpc-port={}", ports.grpc),
            "-log-level=warn".into(),
        ]);
        if let Some(join) = &options.join {
            args.push(format!("-retry-join={join}"));
            args.push("-retry-interval=1s".into());
        }
        if options.https {
            args.push(format!("-https-port={}", ports.https));
        }
        if let Some(socket) = &options.http_socket {
            args.push(format!(
                r#"-hcl=addresses {{ http = "unix://{}" }}"#,
                socket.display()
            ));
        }
        for hcl in &options.hcl {
            args.push(format!("-hcl={hcl}"));
        }
        if let Some(config) = &options.config {
            let config_dir = dir.path().join("config");
            std::fs::create_dir(&config_dir).expect("a configuration folder");
            std::fs::write(config_dir.join("config.json"), config)
                .expect("the agent's configuration written");
            args.push(format!("-config-dir={}", config_dir.display()));
        }
        let binary = options.binary.clone().unwrap_or_else(consul_binary);
        let (wrapper, lifeline) = spawn(&binary, &args, &dir.path().join("agent.log"));
        let agent = Agent {
            options,
            ports,
            lifeline: Some(lifeline),
            wrapper,
            dir,
        };
        agent.wait_ready();
        agent
    }

    /// `http://IP:PORT` (not for an agent on a unix socket: see [`Agent::addr`]).
    pub fn http_url(&self) -> String {
        assert!(
            self.options.http_socket.is_none(),
            "{} listens on a unix socket",
            self.options.node
        );
        format!("http://{}:{}", self.options.ip, self.ports.http)
    }

    /// `IP:PORT` of the HTTP API (`unix://PATH` for a socket), as CONSUL_HTTP_ADDR takes it.
    pub fn addr(&self) -> String {
        match &self.options.http_socket {
            Some(socket) => format!("unix://{}", socket.display()),
            None => format!("{}:{}", self.options.ip, self.ports.http),
        }
    }

    /// `IP:PORT` of the HTTPS API ([`AgentOptions::https`]).
    pub fn https_addr(&self) -> String {
        assert!(self.options.https, "{} serves no https", self.options.node);
        format!("{}:{}", self.options.ip, self.ports.https)
    }

    /// `IP:PORT` of Serf LAN, what `agent join` takes.
    pub fn serf_lan_addr(&self) -> String {
        format!("{}:{}", self.options.ip, self.ports.serf_lan)
    }

    pub fn serf_wan_addr(&self) -> String {
        format!("{}:{}", self.options.ip, self.ports.serf_wan)
    }

    pub fn log(&self) -> String {
        let mut text = String::new();
        if let Ok(mut f) = std::fs::File::open(self.dir.path().join("agent.log")) {
            let _ = f.read_to_string(&mut text);
        }
        text
    }

    /// A GET straight to the agent (not through consulctl), for checking what a command did.
    pub fn get(&self, path: &str) -> serde_json::Value {
        let bytes = self.get_bytes(path);
        serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("GET {path}: not JSON: {e}"))
    }

    /// [`Agent::get`]'s answer byte for byte, as Consul sent it.
    pub fn get_bytes(&self, path: &str) -> Vec<u8> {
        let (client, base) = self.api(Duration::from_secs(10));
        let url = format!("{base}{path}");
        let response = client
            .get(&url)
            .send()
            .unwrap_or_else(|e| panic!("GET {url}: {e}"));
        assert!(
            response.status().is_success(),
            "GET {url}: {}",
            response.status()
        );
        response
            .bytes()
            .unwrap_or_else(|e| panic!("GET {url}: {e}"))
            .to_vec()
    }

    /// A PUT straight to the agent, for setting up state.
    pub fn put(&self, path: &str, body: Option<serde_json::Value>) {
        let (client, base) = self.api(Duration::from_secs(10));
        let url = format!("{base}{path}");
        let mut request = client.put(&url);
        if let Some(body) = body {
            request = request.body(body.to_string());
        }
        let response = request.send().unwrap_or_else(|e| panic!("PUT {url}: {e}"));
        let status = response.status();
        assert!(
            status.is_success(),
            "PUT {url}: {status}: {}",
            response.text().unwrap_or_default()
        );
    }

    fn wait_ready(&self) {
        let limit = self.options.ready_within;
        let deadline = Instant::now() + limit;
        let (client, base) = self.api(Duration::from_secs(2));
        // A dev server is ready with a leader; a client once it has joined and can see one,
        // or, when it joins later, once its HTTP API answers.
        let path = if self.options.wait_for_leader {
            "/v1/status/leader"
        } else {
            "/v1/agent/self"
        };
        let url = format!("{base}{path}");
        loop {
            if let Ok(response) = client.get(&url).send() {
                let ok = response.status().is_success();
                let body = response.bytes().unwrap_or_default();
                if !self.options.wait_for_leader && ok {
                    return;
                }
                if let Ok(leader) = serde_json::from_slice::<String>(&body) {
                    if !leader.is_empty() {
                        return;
                    }
                }
            }
            if Instant::now() > deadline {
                panic!(
                    "the Consul agent {} did not become ready within {limit:?}; its log:\n{}",
                    self.options.node,
                    self.log()
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// A plain-HTTP client for the agent's API and the base URL to put paths after: the
    /// HTTP port, or the unix socket (with a placeholder host).
    fn api(&self, timeout: Duration) -> (reqwest::blocking::Client, String) {
        match &self.options.http_socket {
            Some(socket) => (
                http_client_builder(timeout)
                    .unix_socket(socket.as_path())
                    .build()
                    .expect("an HTTP client"),
                "http://localhost".to_string(),
            ),
            None => (http_client(timeout), self.http_url()),
        }
    }

    /// The agent's checks (`GET /v1/agent/checks`), keyed by check ID.
    pub fn checks(&self) -> serde_json::Value {
        self.get("/v1/agent/checks")
    }

    /// The agent's services (`GET /v1/agent/services`), keyed by service ID.
    pub fn services(&self) -> serde_json::Value {
        self.get("/v1/agent/services")
    }

    /// Stops the agent the hard way (SIGKILL), as a crashed node would.
    pub fn kill(mut self) {
        self.stop(true);
    }

    fn stop(&mut self, hard: bool) {
        if hard {
            let _ = Command::new("pkill")
                .args(["-KILL", "-P", &self.wrapper.id().to_string()])
                .status();
        }
        // The wrapper stops the agent when its stdin closes, then exits.
        drop(self.lifeline.take());
        let _ = self.wrapper.wait();
    }
}

impl Drop for Agent {
    fn drop(&mut self) {
        self.stop(false);
    }
}

/// Calls `probe` every 100 ms until it returns `Ok`, for at most `limit`; panics naming `what`
/// and the last thing `probe` reported (its `Err`) when time runs out.
pub fn eventually<T>(
    what: &str,
    limit: Duration,
    mut probe: impl FnMut() -> Result<T, String>,
) -> T {
    let deadline = Instant::now() + limit;
    loop {
        match probe() {
            Ok(value) => return value,
            Err(last) if Instant::now() > deadline => {
                panic!("{what}: not within {limit:?}; last seen: {last}")
            }
            Err(_) => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}

/// The stdout of `execute`, a `query execute … --min N` run, once it succeeds: the agent hands
/// new services and check states to the catalog, which queries read, a moment after they
/// change. Runs it every 100 ms for at most 10 s, then fails with what it last printed on stderr.
pub fn healthy_once_synced(mut execute: impl FnMut() -> std::process::Output) -> String {
    eventually(
        "the query finds its healthy instances",
        Duration::from_secs(10),
        || {
            let out = execute();
            if out.status.success() {
                Ok(String::from_utf8_lossy(&out.stdout).into_owned())
            } else {
                Err(String::from_utf8_lossy(&out.stderr).into_owned())
            }
        },
    )
}

/// Reads a table as consulctl prints it (a header line, columns flush left, two spaces apart):
/// one map per row from header to cell, empty cells included.
pub fn table_rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut lines = text.lines();
    let header: Vec<char> = lines.next().expect("a header line").chars().collect();
    let mut starts = Vec::new();
    for (i, c) in header.iter().enumerate() {
        if *c != ' ' && (i == 0 || header[i - 1] == ' ') {
            starts.push(i);
        }
    }
    let cell = |line: &[char], from: usize, to: usize| -> String {
        let to = to.min(line.len());
        let from = from.min(to);
        line[from..to].iter().collect::<String>().trim().to_string()
    };
    let names: Vec<String> = starts
        .iter()
        .enumerate()
        .map(|(n, &from)| {
            cell(
                &header,
                from,
                starts.get(n + 1).copied().unwrap_or(usize::MAX),
            )
        })
        .collect();
    lines
        .map(|line| {
            let line: Vec<char> = line.chars().collect();
            starts
                .iter()
                .enumerate()
                .map(|(n, &from)| {
                    let to = starts.get(n + 1).copied().unwrap_or(usize::MAX);
                    (names[n].clone(), cell(&line, from, to))
                })
                .collect()
        })
        .collect()
}

/// A plain-HTTP client for talking to agents directly.
pub fn http_client(timeout: Duration) -> reqwest::blocking::Client {
    http_client_builder(timeout)
        .build()
        .expect("an HTTP client")
}

fn http_client_builder(timeout: Duration) -> reqwest::blocking::ClientBuilder {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::builder()
        .no_proxy()
        .timeout(timeout)
        .tls_certs_only(Vec::new())
}

/// Runs consul under a small shell that kills it when our end of its stdin closes: on `Drop`,
/// or when the test process exits in any way (the shared agent lives in a static, which is
/// never dropped), so no agent outlives the tests.
fn spawn(binary: &PathBuf, args: &[String], log: &PathBuf) -> (Child, ChildStdin) {
    let script = r#"log="$1"; shift; "$@" </dev/null >"$log" 2>&1 & agent=$!
read -r _ || true
kill -TERM "$agent" 2>/dev/null
for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$agent" 2>/dev/null || exit 0; sleep 0.2; done
kill -KILL "$agent" 2>/dev/null; wait "$agent""#;
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg("consul-wrapper")
        .arg(log)
        .arg(binary)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
    let stdin = child.stdin.take().expect("piped stdin");
    (child, stdin)
}
