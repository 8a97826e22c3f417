//! Every local check of what the user gives: clap value parsers, the address and token checks,
//! input files, and the text `check run` and `--note-file` cut to fit. Properties: no panic, no
//! hang, a one-line message without control characters that names the value (where messages
//! do), never a secret in a message, and the promises each function makes.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::path::Path;
use std::time::Duration;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::Value;

use super::harness::{Plan, Stats, Target};
use super::json::{self, Mutant, Seed};
use crate::api::{Client, ClientOptions, Endpoint, RetryPolicy};
use crate::cli::values;
use crate::config::{self, Config, GlobalInput, Source, Terminal};
use crate::input;

/// The characters that end a line somewhere (terminals, editors, Unicode).
const LINE_BREAKS: [char; 7] = ['\n', '\r', '\x0b', '\x0c', '\u{85}', '\u{2028}', '\u{2029}'];

/// One line, and nothing a terminal would act on.
fn plain_line(message: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        !message
            .chars()
            .any(|c| c.is_control() || LINE_BREAKS.contains(&c)),
        "the message is not one plain line: {message:?}"
    );
    Ok(())
}

fn quoted(text: &str) -> String {
    format!("{text:?}")
}

/// A clap value parser or check of one string.
struct Validator {
    name: &'static str,
    /// The shape of values people type, which the fuzzer bends.
    grammar: &'static str,
    check: fn(&str) -> Result<(), String>,
    /// Whether `message` names `value` well enough.
    names: fn(value: &str, message: &str) -> bool,
}

fn ok<T>(result: Result<T, String>) -> Result<(), String> {
    result.map(drop)
}

/// Duration messages name the value, except for an empty one and one too long to be meant.
fn names_duration(value: &str, message: &str) -> bool {
    value.is_empty() || value.len() > 64 || message.contains(&quoted(value))
}

/// Quoted whole, or (a long value) by its start and length, as `input::shown` writes it.
fn names_value(value: &str, message: &str) -> bool {
    message.contains(&quoted(value)) || message.contains(&crate::input::shown(value))
}

/// The parser clap uses for IDs that go into URL paths.
fn identifier_parser() -> values::Identifier<values::CheckId> {
    use clap::builder::ValueParserFactory;
    values::Id::<values::CheckId>::value_parser()
}

fn names_nonblank(value: &str, message: &str) -> bool {
    value.trim().is_empty() || names_value(value, message)
}

const DURATION: &str = r"[+-]?([0-9]{0,4}(\.[0-9]{0,3})?(ns|us|µs|μs|ms|s|m|h|d|)){1,3}";

const VALIDATORS: &[Validator] = &[
    Validator {
        name: "duration::parse",
        grammar: DURATION,
        check: |t| ok(crate::duration::parse(t)),
        names: names_duration,
    },
    Validator {
        name: "values::positive_duration",
        grammar: DURATION,
        check: |t| ok(values::positive_duration(t)),
        names: names_duration,
    },
    Validator {
        name: "values::wait_duration",
        grammar: DURATION,
        check: |t| ok(values::wait_duration(t)),
        names: names_duration,
    },
    Validator {
        name: "values::dns_ttl",
        grammar: DURATION,
        check: |t| ok(values::dns_ttl(t)),
        names: names_duration,
    },
    Validator {
        name: "values::key_value",
        grammar: "[a-z =_.]{0,12}",
        check: |t| ok(values::key_value(t)),
        names: names_value,
    },
    Validator {
        name: "values::header",
        grammar: "[A-Za-z0-9 :_-]{0,16}",
        check: |t| ok(values::header(t)),
        names: names_value,
    },
    Validator {
        name: "values::host_port",
        grammar: r"(\[?[0-9a-f:.]{0,12}\]?|[a-z.-]{0,10}):[0-9]{0,6}",
        check: |t| ok(values::host_port(t)),
        names: names_value,
    },
    Validator {
        name: "values::grpc_target",
        grammar: r"(\[?[0-9a-f:.]{0,12}\]?|[a-z.-]{0,10}):[0-9]{0,6}(/[a-z.]{0,8})?",
        check: |t| ok(values::grpc_target(t)),
        // The message names the address part, which is what is wrong.
        names: |t, m| m.contains(&quoted(t.split_once('/').map_or(t, |(a, _)| a))),
    },
    Validator {
        name: "values::http_url",
        grammar: r"(https?|ftp|unix|)(://)?[a-z0-9.:@\[\]%-]{0,16}(/[a-z%.?#]{0,8})?",
        check: |t| ok(values::http_url(t)),
        names: names_value,
    },
    Validator {
        name: "input::identifier",
        grammar: r"[a-z0-9./ %?#:-]{0,12}",
        check: |t| ok(input::identifier(t)),
        names: |t, m| names_nonblank(t, m) || (t.len() > 512 && m.contains("bytes long")),
    },
    Validator {
        name: "values::http_method",
        grammar: "[A-Za-z -]{0,8}",
        check: |t| ok(values::http_method(t)),
        names: names_value,
    },
    Validator {
        name: "values::join_address",
        grammar: r"\[?[0-9a-f:.]{0,16}\]?(:[0-9]{0,6})?",
        check: |t| ok(values::join_address(t)),
        names: names_value,
    },
    Validator {
        name: "values::non_empty",
        grammar: "[a-z ]{0,6}",
        check: |t| ok(values::non_empty(t)),
        names: names_nonblank,
    },
    Validator {
        name: "values::query_tag",
        grammar: "!{0,2}[a-z ]{0,6}",
        check: |t| ok(values::query_tag(t)),
        names: names_nonblank,
    },
    Validator {
        name: "values::datacenter",
        grammar: "[a-z0-9_.-]{0,8}",
        check: |t| ok(values::datacenter(t)),
        names: names_value,
    },
    Validator {
        name: "values::count",
        grammar: " ?[+-]?[0-9]{0,22} ?",
        check: |t| ok(values::count(t)),
        names: names_value,
    },
    Validator {
        name: "values::go_regexp",
        grammar: r"[a-z()*+?{}\[\]\\^$.|0-9,:=<>PpLdswb-]{0,16}",
        check: |t| ok(values::go_regexp(t)),
        names: |t, m| t.is_empty() || m.contains(&quoted(t)),
    },
    Validator {
        name: "values::codes",
        grammar: "[0-9, -]{0,12}",
        check: |t| ok(values::codes(t)),
        names: names_value,
    },
    Validator {
        name: "input::key_values",
        grammar: "[a-c]{0,2}=[a-z]{0,2}(,[a-c]{0,2}=[a-z]{0,2}){0,4}",
        check: |t| {
            let pairs: Vec<_> = t
                .split(',')
                .filter_map(|p| values::key_value(p).ok())
                .collect();
            input::key_values("--meta", &pairs)
                .map(drop)
                .map_err(|e| e.message().to_string())
        },
        names: |_, m| m.starts_with("--meta key "),
    },
    Validator {
        name: "config::parse_address",
        grammar: r"(https?://|unix://|ftp://|)[a-z0-9.:@\[\]%-]{0,16}(/[a-z%.?#]{0,8})?",
        check: |t| ok(config::parse_address(t, false)).and(ok(config::parse_address(t, true))),
        // Its caller names the address (without credentials).
        names: |_, _| true,
    },
];

pub fn fuzz_validators(plan: &Plan, share: Duration) -> Stats {
    let strategy =
        (0..VALIDATORS.len()).prop_flat_map(|i| (Just(i), json::near(VALIDATORS[i].grammar)));
    let target = Target {
        name: "validators",
        fixed: Vec::new(),
        strategy,
        case_limit: Duration::from_secs(2),
    };
    target.run(plan, share, |(i, text)| {
        let validator = &VALIDATORS[*i];
        if let Err(message) = (validator.check)(text) {
            plain_line(&message)?;
            prop_assert!(
                (validator.names)(text, &message),
                "{}: the message does not name the value {text:?}: {message:?}",
                validator.name
            );
        }
        Ok(())
    })
}

/// Addresses and tokens (given, from the environment, or in a file): a message never shows a
/// password or a token, and names how it was given.
pub fn fuzz_tokens_and_addresses(plan: &Plan, share: Duration, dir: &Path) -> Stats {
    let secret = "[A-Za-z0-9]{6}".prop_map(|s| format!("S3CRET{s}"));
    let address = prop_oneof![
        2 => json::near(r"(https?://|unix://|ftp://|)[a-z0-9.:\[\]%-]{0,16}(/[a-z%.?#]{0,8})?").prop_map(|a| (a, None)),
        1 => (
            "(https?://|ftp://|//|)",
            json::near("[a-z:@.]{0,6}"),
            secret.clone(),
            json::near(r"[a-z0-9.:@\[\]-]{0,16}(/[a-z]{0,4})?"),
        )
            .prop_map(|(scheme, user, secret, rest)| (format!("{scheme}{user}:{secret}@{rest}"), Some(secret))),
    ];
    let token = prop_oneof![
        json::text(),
        secret.clone().prop_map(|s| format!(" {s}\n")),
        (secret, json::special_char()).prop_map(|(s, c)| format!(" {s}{c}x\n")),
    ];
    let ssl = prop_oneof![
        Just(None),
        select(&["true", "false", "1", "yes", ""][..]).prop_map(|s| Some(s.to_string())),
        json::text().prop_map(Some)
    ];
    let garbage = prop_oneof![3 => Just(vec![]), 1 => vec(any::<u8>(), 1..8)];
    let strategy = (address, any::<bool>(), token, any::<bool>(), ssl, garbage);
    let path = dir.join("token");
    let shown = path.display().to_string();
    let target = Target {
        name: "tokens_and_addresses",
        fixed: Vec::new(),
        strategy,
        case_limit: Duration::from_secs(2),
    };
    target.run(
        plan,
        share,
        |((address, password), from_env, token, token_from_env, ssl, garbage)| {
            let source = |env: bool| if env { Source::Env } else { Source::Flag };
            let input = GlobalInput {
                http_addr: Some((address.clone(), source(*from_env))),
                token: Some((token.as_str().into(), source(*token_from_env))),
                ..GlobalInput::default()
            };
            let env = |name: &str| {
                (name == "CONSUL_HTTP_SSL")
                    .then(|| ssl.clone().map(OsString::from))
                    .flatten()
            };
            if let Err(e) = Config::resolve(input, &env, Terminal::default()) {
                plain_line(e.message())?;
                if let Some(password) = password {
                    prop_assert!(
                        !e.message().contains(password.as_str()),
                        "the message shows the password: {:?}",
                        e.message()
                    );
                }
                let trimmed = token.trim();
                if trimmed.starts_with("S3CRET") {
                    prop_assert!(
                        !e.message().contains(trimmed),
                        "the message shows the token: {:?}",
                        e.message()
                    );
                }
            }
            // The token check alone, with a name of its own.
            if let Err(e) =
                crate::config::secret_text(token.clone(), &"the token given with --token")
            {
                plain_line(e.message())?;
                prop_assert!(
                    e.message().starts_with("the token given with --token "),
                    "{:?}",
                    e.message()
                );
                if token.trim().starts_with("S3CRET") {
                    prop_assert!(
                        !e.message().contains(token.trim()),
                        "the message shows the token: {:?}",
                        e.message()
                    );
                }
            }
            // A token file, perhaps with bytes that are not UTF-8 after the token.
            let mut bytes = token.clone().into_bytes();
            bytes.extend(garbage);
            std::fs::write(&path, &bytes).expect("a temporary file");
            if let Err(e) = crate::config::secret_file(&path, "--token-file") {
                plain_line(e.message())?;
                prop_assert!(e.message().contains(&shown), "{:?}", e.message());
                let secret = token.trim().trim_end_matches('x');
                if secret.starts_with("S3CRET") {
                    prop_assert!(
                        !e.message().contains(secret),
                        "the message shows the token: {:?}",
                        e.message()
                    );
                }
            }
            Ok(())
        },
    )
}

/// IDs that `identifier` accepts reach Consul as one path segment, exactly as typed, in a path
/// Go's router leaves alone; and clap's parser for them agrees with it.
pub fn fuzz_identifiers_in_urls(plan: &Plan, share: Duration) -> Stats {
    let clients: Vec<(Client, String)> = [
        "127.0.0.1:8500",
        "http://127.0.0.1:8500/consul/",
        "https://[::1]:8501/a/b",
        "unix:///tmp/consulctl-fuzz.sock",
    ]
    .into_iter()
    .map(|address| {
        let endpoint = config::parse_address(address, false).expect("a valid address");
        let prefix = match &endpoint {
            Endpoint::Url(url) => url.path().trim_end_matches('/').to_string(),
            Endpoint::Unix(_) => String::new(),
        };
        let client = Client::new(ClientOptions {
            endpoint,
            token: None,
            basic_auth: None,
            tls: Default::default(),
            namespace: None,
            partition: None,
            request_timeout: Duration::from_secs(1),
            retry: RetryPolicy::default(),
            max_answer: 32 << 20,
            dry_run: false,
            dry_run_reads: false,
            log: None,
        })
        .expect("a client");
        (client, prefix)
    })
    .collect();
    let command = clap::Command::new("fuzz");
    let strategy = (
        json::near(r"[a-zA-Z0-9./ %?#:;\\-]{0,12}"),
        json::text(),
        vec(any::<u8>(), 0..16),
        any::<Index>(),
    );
    let target = Target {
        name: "identifiers_in_urls",
        fixed: Vec::new(),
        strategy,
        case_limit: Duration::from_secs(2),
    };
    target.run(plan, share, |(id, note, raw, which)| {
        use clap::builder::TypedValueParser;
        let accepted = input::identifier(id);
        let parsed = identifier_parser().parse_ref(&command, None, std::ffi::OsStr::new(id));
        prop_assert_eq!(
            accepted.is_ok(),
            parsed.is_ok(),
            "identifier and its clap parser disagree on {:?}",
            id
        );
        let raw = OsString::from_vec(raw.clone());
        let _ = identifier_parser().parse_ref(&command, None, &raw);
        if accepted.is_err() {
            return Ok(());
        }
        let (client, prefix) = &clients[which.index(clients.len())];
        let url = client.url(&["agent", "check", "pass", id], &[("note", note)]);
        let path = percent_encoding::percent_decode_str(url.path())
            .decode_utf8_lossy()
            .into_owned();
        prop_assert_eq!(
            &path,
            &format!("{prefix}/v1/agent/check/pass/{id}"),
            "the path Consul sees: {}",
            url
        );
        let clean =
            !path.contains("//") && !path.split('/').any(|step| step == "." || step == "..");
        prop_assert!(clean, "Go's router would rewrite {path:?}");
        let notes: Vec<String> = url
            .query_pairs()
            .filter(|(k, _)| k == "note")
            .map(|(_, v)| v.into_owned())
            .collect();
        prop_assert_eq!(
            notes,
            vec![note.clone()],
            "the note does not come back from {}",
            url
        );
        Ok(())
    })
}

/// Definition files as bytes: check, service and query definitions, API and config-file shapes.
pub fn fuzz_definition_files(plan: &Plan, share: Duration, dir: &Path) -> Stats {
    let seeds = definition_seeds();
    let vocabulary = json::vocabulary(&seeds);
    let path = dir.join("definition.json");
    let strategy = prop_oneof![
        6 => json::mutant(vocabulary.clone()).prop_map(FileBody::Mutant),
        1 => json::value(vocabulary).prop_map(FileBody::Json),
        1 => vec(any::<u8>(), 0..32).prop_map(FileBody::Bytes),
    ];
    let fixed = (0..seeds.len())
        .map(|n| FileBody::Bytes(seeds[n].bytes.clone()))
        .collect();
    let target = Target {
        name: "definition_files",
        fixed,
        strategy,
        case_limit: Duration::from_secs(2),
    };
    let shown = path.display().to_string();
    target.run(plan, share, |body| {
        let bytes = match body {
            FileBody::Mutant(m) => m.apply(&seeds),
            FileBody::Json(v) => serde_json::to_vec(v).expect("a Value serializes"),
            FileBody::Bytes(b) => b.clone(),
        };
        std::fs::write(&path, &bytes).expect("a temporary file");
        let messages = [
            input::json_object_file(&path).err(),
            input::definition_file(&path, "check").err(),
            input::definition_file(&path, "service").err(),
            crate::commands::check::register::check_file(&path).err(),
            crate::commands::service::register::service_file(&path).err(),
            crate::commands::query::create::query_file(&path).err(),
        ];
        for e in messages.into_iter().flatten() {
            plain_line(e.message())?;
            prop_assert!(
                e.message().contains(&shown),
                "the message does not name the file: {:?}",
                e.message()
            );
        }
        Ok(())
    })
}

#[derive(Debug, Clone)]
pub enum FileBody {
    Mutant(Mutant),
    Json(Value),
    Bytes(Vec<u8>),
}

/// Definitions as people write them: the queries, services and checks of the corpus, bare and
/// wrapped as agent config files wrap them.
fn definition_seeds() -> Vec<Seed> {
    let mut values: Vec<(String, Value)> = Vec::new();
    for seed in json::corpus("query_get") {
        if let Some(Value::Array(queries)) = seed.json {
            values.extend(queries.into_iter().map(|q| (seed.name.clone(), q)));
        }
    }
    for seed in json::corpus("service") {
        if let Some(v) = seed.json {
            values.push((
                seed.name.clone(),
                serde_json::json!({ "service": v.clone() }),
            ));
            values.push((seed.name, v));
        }
    }
    for seed in json::corpus("checks") {
        if let Some(Value::Object(checks)) = seed.json {
            for (_, c) in checks {
                values.push((seed.name.clone(), serde_json::json!({ "check": c.clone() })));
                values.push((seed.name.clone(), c));
            }
        }
    }
    values
        .into_iter()
        .enumerate()
        .map(|(n, (name, v))| Seed {
            name: format!("{name}#{n}"),
            bytes: serde_json::to_vec_pretty(&v).expect("a Value serializes"),
            json: Some(v),
        })
        .collect()
}

/// How a command ended, for `check run`'s output.
fn ending() -> impl Strategy<Value = crate::job::Ending> {
    use crate::job::Ending;
    prop_oneof![
        any::<i32>().prop_map(Ending::Exited),
        (0..70i32).prop_map(Ending::Signaled),
        any::<u64>().prop_map(|ms| Ending::TimedOut(Duration::from_millis(ms % (1 << 40)))),
        json::text().prop_map(|why| Ending::NotStarted(why, std::io::ErrorKind::NotFound)),
    ]
}

/// `check run`'s output and `--note-file`: always within the agent's 4096 bytes, the end kept.
pub fn fuzz_check_output(plan: &Plan, share: Duration, dir: &Path) -> Stats {
    use crate::commands::check::run::check_output;
    use crate::job::{tail_within, OUTPUT_LIMIT};
    use crate::job::{Outcome, Tail};
    let output = prop_oneof![
        2 => json::text().prop_map(String::into_bytes),
        1 => vec(any::<u8>(), 0..6000),
        1 => (json::text(), 1..400usize).prop_map(|(t, n)| format!("{t}\n").repeat(n).into_bytes()),
    ];
    let program = prop_oneof![
        json::text().prop_map(OsString::from),
        vec(any::<u8>(), 0..300).prop_map(OsString::from_vec),
        // Long, but no longer than one argument may be (Linux's MAX_ARG_STRLEN, 128 KiB).
        (json::text(), 1..3000usize).prop_map(|(t, n)| {
            let long: String = format!("/bin/{}", t.repeat(n))
                .chars()
                .take(32 * 1024)
                .collect();
            OsString::from(long)
        }),
    ];
    let strategy = (
        output,
        prop_oneof![Just(0u64), 0..10_000u64, Just(u64::MAX / 2)],
        program,
        ending(),
        any::<u32>(),
        0..6000usize,
        vec(1..5000usize, 0..4),
    );
    let path = dir.join("note");
    let target = Target {
        name: "check_output",
        fixed: Vec::new(),
        strategy,
        case_limit: Duration::from_secs(2),
    };
    target.run(
        plan,
        share,
        |(bytes, dropped, program, ending, elapsed_ms, room, chunks)| {
            let keep = bytes.len().min(OUTPUT_LIMIT);
            let outcome = Outcome {
                ending: ending.clone(),
                elapsed: Duration::from_millis(u64::from(*elapsed_ms)),
                tail: bytes[bytes.len() - keep..].to_vec(),
                total: bytes.len() as u64 + dropped,
            };
            let text = check_output(&outcome, program);
            prop_assert!(
                text.len() <= OUTPUT_LIMIT,
                "check run's output is {} bytes",
                text.len()
            );

            let whole = String::from_utf8_lossy(bytes);
            let tail = tail_within(&whole, *room);
            prop_assert!(whole.ends_with(tail));
            prop_assert!(tail.len() <= *room || tail.len() == whole.len());

            std::fs::write(&path, bytes).expect("a temporary file");
            let note = input::text_tail(&path, OUTPUT_LIMIT)
                .map_err(|e| TestCaseError::fail(e.message().to_string()))?;
            prop_assert!(
                note.len() <= OUTPUT_LIMIT,
                "--note-file gave {} bytes",
                note.len()
            );

            // The tail of the stream, pushed in chunks of any size.
            let mut tail = Tail::new(OUTPUT_LIMIT);
            let mut rest = &bytes[..];
            for size in chunks
                .iter()
                .cycle()
                .take(if chunks.is_empty() { 0 } else { 1000 })
            {
                if rest.is_empty() {
                    break;
                }
                let (chunk, after) = rest.split_at((*size).min(rest.len()));
                tail.push(chunk);
                rest = after;
            }
            tail.push(rest);
            prop_assert_eq!(tail.total(), bytes.len() as u64);
            prop_assert_eq!(&tail.kept()[..], &bytes[bytes.len() - keep..]);
            Ok(())
        },
    )
}
