//! Consul's answers → decode → render: real commands (parsed with clap, run by their own
//! handlers) against a fake agent on loopback that answers whatever the fuzzer made. A case
//! passes when nothing panics, an error is one line, stdout is UTF-8, and JSON output parses.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use clap::Parser;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseResult;
use serde_json::Value;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use super::harness::{Plan, Stats, Target};
use super::json::{self, Mutant, Seed};
use crate::api::models::HIDDEN_TOKEN;
use crate::api::{Endpoint, RetryPolicy};
use crate::cli::{Action, Cli, Command};
use crate::commands::Context;
use crate::config::{Config, OutputFormat};
use crate::secret::{Token, TokenOrigin};

/// What the fake agent answers, for reads (GET) and for writes (PUT, POST, DELETE).
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
    /// `X-Consul-Index`
    pub index: Option<String>,
}

impl Answer {
    pub fn ok(body: Vec<u8>) -> Answer {
        Answer {
            status: 200,
            body,
            index: None,
        }
    }
}

#[derive(Clone)]
struct Answers(Arc<Mutex<(Answer, Answer)>>);

impl Respond for Answers {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let answers = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let answer = if request.method == wiremock::http::Method::GET {
            &answers.0
        } else {
            &answers.1
        };
        let mut template = ResponseTemplate::new(answer.status)
            .set_body_raw(answer.body.clone(), "application/json");
        if let Some(index) = &answer.index {
            template = template.insert_header("X-Consul-Index", index.as_str());
        }
        template
    }
}

/// An HTTP server on loopback (wiremock, on a runtime of its own) that answers every request
/// with what it was last told.
pub struct FakeAgent {
    /// Runs the server; dropped with it.
    _runtime: tokio::runtime::Runtime,
    server: MockServer,
    answers: Answers,
}

impl FakeAgent {
    pub fn start() -> FakeAgent {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a tokio runtime");
        let server = runtime.block_on(MockServer::builder().disable_request_recording().start());
        let answers = Answers(Arc::new(Mutex::new((
            Answer::ok(vec![]),
            Answer::ok(vec![]),
        ))));
        runtime.block_on(
            Mock::given(wiremock::matchers::any())
                .respond_with(answers.clone())
                .mount(&server),
        );
        FakeAgent {
            _runtime: runtime,
            server,
            answers,
        }
    }

    pub fn set(&self, read: Answer, write: Answer) {
        *self.answers.0.lock().unwrap_or_else(|e| e.into_inner()) = (read, write);
    }

    pub fn endpoint(&self) -> Endpoint {
        Endpoint::Url(self.server.uri().parse().expect("wiremock's URI parses"))
    }
}

/// The settings commands run with: every output format, plain and terminal-like, with and
/// without a token.
pub fn configs(endpoint: &Endpoint, formats: &[OutputFormat]) -> Vec<Config> {
    let mut configs = Vec::new();
    for &output in formats {
        for (tty, color, token) in [(false, false, false), (true, true, true)] {
            configs.push(Config {
                endpoint: endpoint.clone(),
                token: token.then(|| Token {
                    secret: crate::config::secret_text("fuzz-token".into(), &"the fuzz token")
                        .expect("a valid token"),
                    origin: TokenOrigin::Flag,
                }),
                basic_auth: None,
                tls: Default::default(),
                namespace: None,
                partition: None,
                max_answer: 32 << 20,
                dry_run: false,
                datacenter: None,
                datacenters: Vec::new(),
                output,
                pretty_json: tty,
                color,
                request_timeout: Duration::from_secs(30),
                retry: RetryPolicy::default(),
                verbose: false,
                quiet: false,
                stdout_is_tty: tty,
                context: None,
                protected: false,
                yes: false,
                ignored_variables: Vec::new(),
                settings: Vec::new(),
            });
        }
    }
    configs
}

/// What messages call the command being fuzzed.
pub(super) const FUZZED: &str = "fuzzed command";

/// Runs a parsed command as `consulctl` does once its settings are resolved.
pub(super) fn run(
    command: &Command,
    ctx: &Context,
    out: &mut dyn std::io::Write,
) -> crate::error::Result<()> {
    match command.action() {
        Action::Script(args) => args.run(out),
        Action::Leaf(leaf) => crate::commands::run(leaf, ctx, out),
        Action::Contexts(command) => command.run(None, None, ctx.config, out),
    }
}

/// `consulctl ARGS…` parsed; `{file}` stands for a query definition file.
pub(super) fn command(args: &[&str], file: &std::path::Path) -> Command {
    let file = file.display().to_string();
    let argv = std::iter::once("consulctl".to_string())
        .chain(args.iter().map(|a| a.replace("{file}", &file)));
    Cli::try_parse_from(argv)
        .unwrap_or_else(|e| panic!("fuzz command {args:?} does not parse: {e}"))
        .command
}

/// Runs one command (`args` as typed) and checks what a user would see.
fn check(ctx: &Context, command: &Command, args: &[&str]) -> TestCaseResult {
    let mut out = Vec::new();
    let json_output = ctx.json_output();
    let result = run(command, ctx, &mut out);
    let stdout = String::from_utf8(out)
        .map_err(|e| TestCaseError::fail(format!("stdout is not UTF-8: {e}")))?;
    match result {
        Ok(()) if json_output => {
            let documents: Result<Vec<Value>, _> = serde_json::Deserializer::from_str(&stdout)
                .into_iter::<Value>()
                .collect();
            match documents {
                Ok(documents) => tokens_hidden(args, &documents)?,
                // Consul's own numbers go out as written, and JSON sets no bound on them
                // (`1e400`), while serde_json's Value does: such output need only be JSON.
                Err(e) if e.to_string().contains("number out of range") => {
                    let syntax: Result<Vec<serde::de::IgnoredAny>, _> =
                        serde_json::Deserializer::from_str(&stdout)
                            .into_iter()
                            .collect();
                    prop_assert!(
                        syntax.is_ok(),
                        "JSON output does not parse ({e}): {stdout:?}"
                    );
                }
                Err(e) => prop_assert!(false, "JSON output does not parse ({e}): {stdout:?}"),
            }
        }
        Ok(()) => {}
        Err(e) => {
            prop_assert!(
                !e.message().contains(['\n', '\r']),
                "the error is not one line: {:?}",
                e.message()
            );
        }
    }
    Ok(())
}

/// `query list/get/explain -o json` show a stored token only with --show-token.
fn tokens_hidden(args: &[&str], documents: &[Value]) -> TestCaseResult {
    if args.contains(&"--show-token") || args.first() != Some(&"query") {
        return Ok(());
    }
    let blocking = args.contains(&"--wait");
    let queries: Vec<&Value> = match (args.get(1).copied(), documents) {
        (Some("list"), [list]) => {
            let list = if blocking { &list["Queries"] } else { list };
            list.as_array()
                .map(|l| l.iter().collect())
                .unwrap_or_default()
        }
        // Consul's answers as sent: a list of one, and `{"Query": …}`.
        (Some("get"), [answer]) => {
            let list = if blocking { &answer["Query"] } else { answer };
            list.as_array()
                .map(|l| l.iter().collect())
                .unwrap_or_default()
        }
        (Some("explain"), [answer]) => vec![&answer["Query"]],
        _ => Vec::new(),
    };
    for query in queries.iter().filter_map(|q| q.as_object()) {
        for (key, token) in query {
            let shown = key.eq_ignore_ascii_case("token")
                && token
                    .as_str()
                    .is_some_and(|t| !t.is_empty() && t != HIDDEN_TOKEN);
            prop_assert!(!shown, "{args:?} shows a stored token: {key}: {token}");
        }
    }
    Ok(())
}

/// A body for a decoder: the corpus mutated, or arbitrary JSON, or arbitrary bytes.
#[derive(Debug, Clone)]
pub enum Body {
    Mutant(Mutant),
    Json(Value),
    Bytes(Vec<u8>),
}

impl Body {
    fn bytes(&self, seeds: &[Seed]) -> Vec<u8> {
        match self {
            Body::Mutant(m) => m.apply(seeds),
            Body::Json(v) => serde_json::to_vec(v).expect("a Value serializes"),
            Body::Bytes(b) => b.clone(),
        }
    }
}

fn body(vocabulary: Arc<Vec<String>>) -> BoxedStrategy<Body> {
    prop_oneof![
        8 => json::mutant(vocabulary.clone()).prop_map(Body::Mutant),
        2 => json::value(vocabulary).prop_map(Body::Json),
        1 => proptest::collection::vec(any::<u8>(), 0..64).prop_map(Body::Bytes),
    ]
    .boxed()
}

/// `X-Consul-Index` values: mostly numbers, some not.
fn index_header() -> BoxedStrategy<Option<String>> {
    prop_oneof![
        3 => Just(None),
        1 => any::<u64>().prop_map(|n| Some(n.to_string())),
        1 => "[ -~]{0,24}".prop_map(Some),
    ]
    .boxed()
}

/// One decoder: the corpus folder of its answers and the commands that read them.
pub struct Decoder {
    pub name: &'static str,
    pub folder: &'static str,
    pub commands: &'static [&'static [&'static str]],
    pub formats: &'static [OutputFormat],
    /// The answers to writes are decoded too (query create).
    pub writes: bool,
}

const TABLE_JSON: &[OutputFormat] = &[OutputFormat::Table, OutputFormat::Json];

pub const DECODERS: &[Decoder] = &[
    Decoder {
        name: "members",
        folder: "members",
        commands: &[&["agent", "members"], &["agent", "members", "--wan"]],
        formats: TABLE_JSON,
        writes: false,
    },
    Decoder {
        name: "agent_self",
        folder: "agent_self",
        commands: &[&["agent", "self"]],
        formats: TABLE_JSON,
        writes: false,
    },
    Decoder {
        name: "services",
        folder: "services",
        commands: &[&["agent", "services"], &["service", "list"]],
        formats: TABLE_JSON,
        writes: false,
    },
    Decoder {
        name: "checks",
        folder: "checks",
        commands: &[
            &["agent", "checks"],
            &["check", "list"],
            &["check", "deregister", "web"],
            &["check", "deregister", "gone", "--missing-ok"],
            &["check", "ttl", "pass", "web", "--ensure-ttl", "1m"],
        ],
        formats: TABLE_JSON,
        writes: false,
    },
    Decoder {
        name: "service",
        folder: "service",
        commands: &[
            &["service", "deregister", "web"],
            &["service", "deregister", "web", "--missing-ok"],
        ],
        formats: TABLE_JSON,
        writes: false,
    },
    Decoder {
        name: "query_list",
        folder: "query_list",
        commands: &[
            &["query", "list"],
            &["query", "list", "--wait", "1s", "--index", "7"],
            &["query", "list", "--show-token"],
            &["query", "get", "api"],
            &["query", "delete", "api", "--missing-ok"],
            &[
                "query",
                "update",
                "api",
                "--tag",
                "v2",
                "--failover-dc",
                "dc2",
                "--no-only-passing",
            ],
            &["query", "update", "api", "--file", "{file}"],
            &["query", "apply", "--file", "{file}"],
        ],
        formats: TABLE_JSON,
        writes: false,
    },
    Decoder {
        name: "query_get",
        folder: "query_get",
        commands: &[
            &["query", "get", "c7e3228a-d4e7-d3ef-5d65-fbcea27e6cdc"],
            &[
                "query",
                "get",
                "c7e3228a-d4e7-d3ef-5d65-fbcea27e6cdc",
                "--show-token",
                "--wait",
                "2s",
            ],
        ],
        formats: TABLE_JSON,
        writes: false,
    },
    Decoder {
        name: "query_create",
        folder: "query_create",
        commands: &[&["query", "create", "--name", "api", "--service", "api"]],
        formats: TABLE_JSON,
        writes: true,
    },
    Decoder {
        name: "query_execute",
        folder: "query_execute",
        commands: &[
            &["query", "execute", "api"],
            &["query", "execute", "api", "--min", "2", "--limit", "3"],
        ],
        formats: &[OutputFormat::Table, OutputFormat::Json, OutputFormat::Addrs],
        writes: false,
    },
    Decoder {
        name: "health_service",
        folder: "health_service",
        // A short timeout: an answer that never meets the goal ends the case quickly.
        commands: &[
            &["service", "wait", "api", "--timeout", "5ms"],
            &[
                "service",
                "wait",
                "api",
                "--tag",
                "v1",
                "--min",
                "2",
                "--allow-warning",
                "--timeout",
                "5ms",
            ],
        ],
        formats: &[OutputFormat::Table, OutputFormat::Json, OutputFormat::Addrs],
        writes: false,
    },
    Decoder {
        name: "health_state",
        folder: "health_state",
        commands: &[
            &["check", "list", "--all-nodes"],
            &["check", "list", "--all-nodes", "--state", "critical"],
        ],
        formats: TABLE_JSON,
        writes: false,
    },
    Decoder {
        name: "health_checks",
        folder: "health_checks",
        commands: &[&[
            "check",
            "list",
            "--all-nodes",
            "--service",
            "web",
            "--state",
            "warning",
        ]],
        formats: TABLE_JSON,
        writes: false,
    },
    Decoder {
        name: "health_node",
        folder: "health_node",
        commands: &[&["check", "list", "--all-nodes", "--node", "node-1"]],
        formats: TABLE_JSON,
        writes: false,
    },
    Decoder {
        name: "query_explain",
        folder: "query_explain",
        commands: &[
            &["query", "explain", "api"],
            &["query", "explain", "api", "--show-token"],
        ],
        formats: TABLE_JSON,
        writes: false,
    },
];

/// A query definition for the commands that take `--file`.
pub fn definition_file(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("query.json");
    std::fs::write(
        &path,
        r#"{"Name": "api", "Service": {"Service": "api", "OnlyPassing": true}, "Token": "t"}"#,
    )
    .expect("a temporary file");
    path
}

pub fn fuzz_decoder(
    decoder: &Decoder,
    plan: &Plan,
    share: Duration,
    agent: &FakeAgent,
    dir: &std::path::Path,
) -> Stats {
    let seeds = json::corpus(decoder.folder);
    let vocabulary = json::vocabulary(&seeds);
    let file = definition_file(dir);
    let commands: Vec<Command> = decoder
        .commands
        .iter()
        .map(|args| command(args, &file))
        .collect();
    let configs = configs(&agent.endpoint(), decoder.formats);
    let mut sinks: Vec<std::io::Sink> = configs.iter().map(|_| std::io::sink()).collect();
    let contexts: Vec<Context> = configs
        .iter()
        .zip(sinks.iter_mut())
        .map(|(config, sink)| Context::new(config, FUZZED, sink))
        .collect();
    // Every seed as it is, through every command and setting.
    let mut fixed = Vec::new();
    for seed in &seeds {
        for c in 0..commands.len() {
            for x in 0..contexts.len() {
                fixed.push((Body::Bytes(seed.bytes.clone()), None, c, x));
            }
        }
    }
    let strategy = (
        body(vocabulary),
        index_header(),
        0..commands.len(),
        0..contexts.len(),
    );
    let target = Target {
        name: decoder.name,
        fixed,
        strategy,
        case_limit: Duration::from_secs(10),
    };
    target.run(plan, share, |(body, index, c, x)| {
        let bytes = body.bytes(&seeds);
        let answer = Answer {
            status: 200,
            body: bytes,
            index: index.clone(),
        };
        let write = if decoder.writes {
            answer.clone()
        } else {
            Answer::ok(vec![])
        };
        agent.set(answer, write);
        check(&contexts[*x], &commands[*c], decoder.commands[*c])
    })
}

/// Commands whose failures are worded from Consul's error bodies, with the corpus folder whose
/// answers their reads get (when the write fails, the read says why).
const FAILING: &[(&[&str], Option<&str>)] = &[
    (&["agent", "members"], None),
    (&["agent", "self"], None),
    (&["agent", "join", "127.0.0.2"], None),
    (&["agent", "force-leave", "web-7"], None),
    (&["agent", "maintenance", "enable", "--reason", "r"], None),
    (&["check", "register", "web", "--ttl", "1m"], None),
    (
        &[
            "check",
            "register",
            "disk",
            "--interval",
            "1m",
            "--args",
            "/bin/true",
        ],
        None,
    ),
    (
        &["check", "ttl", "pass", "web", "--note", "n"],
        Some("checks"),
    ),
    (
        &["check", "ttl", "warn", "web", "--ensure-ttl", "1m"],
        Some("checks"),
    ),
    (
        &["check", "update", "web", "--status", "passing"],
        Some("checks"),
    ),
    (&["check", "deregister", "web"], Some("checks")),
    (
        &[
            "service",
            "register",
            "web",
            "--port",
            "80",
            "--check-ttl",
            "1m",
        ],
        None,
    ),
    (&["service", "deregister", "web"], Some("service")),
    (&["service", "maintenance", "enable", "web"], None),
    (
        &["query", "create", "--name", "api", "--service", "api"],
        None,
    ),
    (
        &["query", "update", "api", "--tag", "v2"],
        Some("query_list"),
    ),
    (&["query", "delete", "api"], Some("query_list")),
    (&["query", "apply", "--file", "{file}"], Some("query_list")),
    (&["query", "get", "api"], None),
    (&["query", "execute", "api"], None),
    (&["query", "explain", "api"], None),
];

const STATUSES: &[u16] = &[
    400, 403, 404, 405, 429, 500, 502, 503, 504, 301, 302, 304, 418,
];

/// An error answer, and what reads get meanwhile.
#[derive(Debug, Clone)]
pub struct Failure {
    status: Index,
    body: Body,
    /// Reads get the command's corpus (mutated), or the same failure.
    read: Option<Mutant>,
    command: Index,
    context: Index,
}

pub fn fuzz_error_answers(
    plan: &Plan,
    share: Duration,
    agent: &FakeAgent,
    dir: &std::path::Path,
) -> Stats {
    let errors = json::corpus("errors");
    let vocabulary = json::vocabulary(&errors);
    let folders: Vec<Option<Vec<Seed>>> = FAILING
        .iter()
        .map(|(_, folder)| folder.map(json::corpus))
        .collect();
    let file = definition_file(dir);
    let commands: Vec<Command> = FAILING
        .iter()
        .map(|(args, _)| command(args, &file))
        .collect();
    let configs = configs(&agent.endpoint(), TABLE_JSON);
    let mut sinks: Vec<std::io::Sink> = configs.iter().map(|_| std::io::sink()).collect();
    let contexts: Vec<Context> = configs
        .iter()
        .zip(sinks.iter_mut())
        .map(|(config, sink)| Context::new(config, FUZZED, sink))
        .collect();
    let body = prop_oneof![
        3 => json::mutant(vocabulary.clone()).prop_map(Body::Mutant),
        2 => json::text().prop_map(|t| Body::Bytes(t.into_bytes())),
        1 => proptest::collection::vec(any::<u8>(), 0..64).prop_map(Body::Bytes),
    ];
    let read = prop_oneof![1 => Just(None), 3 => json::mutant(vocabulary).prop_map(Some)];
    let strategy = (any::<Index>(), body, read, any::<Index>(), any::<Index>()).prop_map(
        |(status, body, read, command, context)| Failure {
            status,
            body,
            read,
            command,
            context,
        },
    );
    let target = Target {
        name: "error_answers",
        fixed: Vec::new(),
        strategy,
        case_limit: Duration::from_secs(10),
    };
    target.run(plan, share, |failure| {
        let c = failure.command.index(commands.len());
        let failed = Answer {
            status: STATUSES[failure.status.index(STATUSES.len())],
            body: failure.body.bytes(&errors),
            index: None,
        };
        let read = match (&failure.read, &folders[c]) {
            (Some(mutant), Some(seeds)) => Answer::ok(mutant.apply(seeds)),
            _ => failed.clone(),
        };
        agent.set(read, failed);
        check(
            &contexts[failure.context.index(contexts.len())],
            &commands[c],
            FAILING[c].0,
        )
    })
}
