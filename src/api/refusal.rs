//! Consul's refusals, read in one place: an error answer (status and body) becomes a
//! [`Refusal`], and the rest of consulctl matches on its variants, never on Consul's words.
//!
//! Consul answers many mistakes with a 500 and a sentence, and the status of a sentence has
//! changed between versions (an unknown `ServiceID` is 500 up to 1.9 or so, 404 later), so most
//! variants are recognised by their words whatever the status. The ones that say the cluster
//! rather than the request is at fault ([`Refusal::is_transient`]) keep the status they come
//! with: a 500 from a server between states, 429 and 502–504.

/// What an error answer from Consul means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal<'b> {
    /// 500: the cluster has no leader now (no leader elected yet, leadership lost).
    NoLeader,
    /// 500: a client agent knows no server to forward the request to.
    NoServers,
    /// 500: the connection between the agent and a server broke while the request was under way
    /// (`rpc error making call: EOF`, an i/o timeout, a reset).
    ServerConnectionLost,
    /// 429: Consul limits the request rate.
    RateLimited,
    /// 502, 503, 504: the agent, or a proxy in front of it, cannot serve requests now.
    Unavailable,
    /// 403 for a token Consul does not know (`ACL not found`), or for no token at all.
    TokenRefused,
    /// 403 `Permission denied`: the token is known but its policy does not allow the request.
    PermissionDenied,
    /// 400 from Go's HTTP server: plain http was sent to a port that speaks https.
    PlainHttpToHttps,
    /// 400 from Community editions for a tenancy parameter only Enterprise has.
    EnterpriseOnly(EnterpriseFeature),
    /// 405: the endpoint does not take this method.
    MethodNotAllowed,
    /// 400: the request body or a parameter did not decode (`Request decode failed: …`).
    DecodeFailed { reason: &'b str },
    /// 400: a check or service definition Consul will not register (no name, no TTL or
    /// interval, a status that is not one).
    InvalidDefinition,
    /// 500: a `filter` expression names a field the answer does not have.
    BadFilter,
    /// A TTL write (pass, warn, fail, update) on a check that is not a TTL check, or unknown.
    NotTtlCheck,
    /// A check registered for a service the agent does not have.
    UnknownServiceOfCheck,
    /// A script check (`Args`), which this agent does not run when it is registered over HTTP.
    ScriptsDisabled,
    /// The service ID is not registered on this agent.
    UnknownService,
    /// `force-leave`: no member has this name.
    UnknownMember,
    /// 404: no prepared query with this ID (or name, for execute and explain).
    QueryNotFound,
    /// A prepared query by name where only IDs are accepted (`UUID must be 36 characters`).
    QueryNotAnId,
    /// Another prepared query has this name already; `name` as Consul quotes it (`'api'`).
    QueryNameTaken { name: &'b str },
    /// A prepared query definition Consul will not store; `reason` in Consul's words.
    InvalidQuery { reason: &'b str },
    /// A prepared query template that does not compile; `reason` in Consul's words.
    InvalidTemplate { reason: &'b str },
    /// A write to a prepared query that no longer exists.
    QueryGone,
    /// The datacenter asked for is not known to the cluster.
    NoPathToDatacenter,
    /// Anything else: Consul's words are all there is to say.
    Other,
}

/// What a Community agent refuses because only Enterprise has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnterpriseFeature {
    Namespaces,
    Partitions,
}

/// 500 reasons that say the cluster is between states, once a client agent's "rpc error making
/// call: " is taken off (it precedes every error a server returns, transient or not). Matched
/// at the start, without regard to case.
const NO_LEADER: [&str; 3] = [
    "no cluster leader",
    "leadership lost",
    "raft leader not found",
];
const NO_SERVERS: &str = "no known consul servers";
const CONNECTION_LOST: [&str; 4] = [
    "i/o timeout",
    "connection reset",
    "connection refused",
    // A client agent whose server went away: "failed to get conn: dial tcp …: connect:
    // connection refused", after the read under way ended with "EOF".
    "rpc error getting client: failed to get conn",
];

impl<'b> Refusal<'b> {
    /// Reads an error answer: its status and its body as sent.
    pub fn of(status: u16, body: &'b str) -> Self {
        let reason = reason(body);
        match status {
            429 => return Refusal::RateLimited,
            502..=504 => return Refusal::Unavailable,
            403 if reason.to_ascii_lowercase().contains("permission denied") => {
                return Refusal::PermissionDenied
            }
            403 => return Refusal::TokenRefused,
            405 => return Refusal::MethodNotAllowed,
            500 => {
                if let Some(transient) = transient_500(reason) {
                    return transient;
                }
            }
            _ => {}
        }
        by_words(status, reason)
    }

    /// Whether trying the same request again later may succeed: the cluster, not the request,
    /// is at fault. `--retry` retries these (idempotent requests only), and waits and watches
    /// ride them out until their deadline.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Refusal::NoLeader
                | Refusal::NoServers
                | Refusal::ServerConnectionLost
                | Refusal::RateLimited
                | Refusal::Unavailable
        )
    }
}

fn transient_500(reason: &str) -> Option<Refusal<'static>> {
    let lower = reason.to_ascii_lowercase();
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| lower.starts_with(p));
    if starts(&NO_LEADER) {
        Some(Refusal::NoLeader)
    } else if lower.starts_with(NO_SERVERS) {
        Some(Refusal::NoServers)
    } else if starts(&CONNECTION_LOST) || is_eof(&lower) {
        Some(Refusal::ServerConnectionLost)
    } else {
        None
    }
}

/// `EOF` alone, or followed by the note consulctl adds after several attempts (` (after 3
/// attempts …)`): the connection to the server closed mid-call.
fn is_eof(lower: &str) -> bool {
    lower
        .strip_prefix("eof")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(" ("))
}

/// The refusals told by their words.
fn by_words(status: u16, reason: &str) -> Refusal<'_> {
    let has = |words: &str| reason.contains(words);
    if let Some(reason) = reason.strip_prefix("Request decode failed: ") {
        Refusal::DecodeFailed { reason }
    } else if has("HTTP request to an HTTPS server") {
        Refusal::PlainHttpToHttps
    } else if has("Namespaces are a Consul Enterprise feature") {
        Refusal::EnterpriseOnly(EnterpriseFeature::Namespaces)
    } else if has("Partitions are a Consul Enterprise feature") {
        Refusal::EnterpriseOnly(EnterpriseFeature::Partitions)
    } else if has("does not have associated TTL") || reason.starts_with("Unknown check") {
        Refusal::NotTtlCheck
    } else if reason.starts_with("ServiceID ") && has("does not exist") {
        Refusal::UnknownServiceOfCheck
    } else if reason.starts_with("Scripts are disabled") {
        Refusal::ScriptsDisabled
    } else if reason.starts_with("unknown service ID")
        || reason.starts_with("No service registered with ID")
        || reason.starts_with("Unknown service")
    {
        Refusal::UnknownService
    } else if has("No node found with name") {
        Refusal::UnknownMember
    } else if status == 404 && reason.starts_with("Query not found") {
        Refusal::QueryNotFound
    } else if has("UUID must be 36 characters") {
        Refusal::QueryNotAnId
    } else if let Some(at) = reason.find(" aliases an existing query name") {
        let name = reason[..at].trim_start_matches("name ").trim();
        Refusal::QueryNameTaken { name }
    } else if let Some(reason) = reason.strip_prefix("Invalid prepared query: ") {
        Refusal::InvalidQuery { reason }
    } else if let Some(reason) = reason.strip_prefix("failed compiling template: ") {
        Refusal::InvalidTemplate { reason }
    } else if reason.starts_with("Cannot modify non-existent prepared query") {
        Refusal::QueryGone
    } else if reason.starts_with("No path to datacenter") {
        Refusal::NoPathToDatacenter
    } else if reason.starts_with("Selector ") && has(" is not valid") {
        Refusal::BadFilter
    } else if status == 400
        && (reason.starts_with("Invalid check")
            || reason.starts_with("Missing check name")
            || reason.starts_with("Missing service name")
            || reason.starts_with("Bad check status"))
    {
        Refusal::InvalidDefinition
    } else {
        Refusal::Other
    }
}

/// What a Consul error body says, without the "rpc error making call: " that a client agent
/// puts in front of every error a server returned.
pub fn reason(body: &str) -> &str {
    let mut rest = body.trim();
    while let Some(inner) = ["rpc error making call: ", "rpc error: "]
        .iter()
        .find_map(|prefix| rest.strip_prefix(prefix))
    {
        rest = inner.trim_start();
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every error body in the corpus (a real 1.8.7 agent's in `errors/`, newer versions' by
    /// hand in `versions/*/errors/`), by its path under tests/corpus, and what it is read as.
    /// The status is the start of the file's name.
    const CORPUS: &[(&str, Refusal<'static>)] = &[
        (
            "errors/400-register-bad-ttl.txt",
            Refusal::DecodeFailed {
                reason: "time: missing unit in duration \"30\"",
            },
        ),
        (
            "errors/400-register-no-name.txt",
            Refusal::InvalidDefinition,
        ),
        (
            "errors/400-register-unknown-field.txt",
            Refusal::DecodeFailed {
                reason: "json: unknown field \"Bogus\"",
            },
        ),
        ("errors/400-service-no-name.txt", Refusal::InvalidDefinition),
        (
            "errors/400-update-bad-status.txt",
            Refusal::InvalidDefinition,
        ),
        (
            "errors/404-maintenance-unknown-service.txt",
            Refusal::UnknownService,
        ),
        ("errors/404-query-not-found.txt", Refusal::QueryNotFound),
        ("errors/404-unknown-service.txt", Refusal::UnknownService),
        ("errors/405-wrong-method.txt", Refusal::MethodNotAllowed),
        ("errors/500-bad-filter.txt", Refusal::BadFilter),
        (
            "errors/500-execute-unknown-dc.txt",
            Refusal::NoPathToDatacenter,
        ),
        ("errors/500-force-leave-unknown.txt", Refusal::UnknownMember),
        ("errors/500-pass-non-ttl-check.txt", Refusal::NotTtlCheck),
        ("errors/500-pass-unknown-check.txt", Refusal::NotTtlCheck),
        (
            "errors/500-query-bad-dns-ttl.txt",
            Refusal::InvalidQuery {
                reason: "Bad DNS TTL 'abc': time: invalid duration \"abc\"",
            },
        ),
        (
            "errors/500-query-bad-regexp.txt",
            Refusal::InvalidTemplate {
                reason: "Bad Regexp: error parsing regexp: missing closing ): `(`",
            },
        ),
        (
            "errors/500-query-bad-template.txt",
            Refusal::InvalidTemplate {
                reason: "Bad Template.Type 'x'",
            },
        ),
        ("errors/500-query-by-name.txt", Refusal::QueryNotAnId),
        (
            "errors/500-query-duplicate-name.txt",
            Refusal::QueryNameTaken { name: "'api'" },
        ),
        ("errors/500-query-modify-unknown.txt", Refusal::QueryGone),
        (
            "errors/500-query-no-service.txt",
            Refusal::InvalidQuery {
                reason: "Must provide a Service name to query",
            },
        ),
        (
            "errors/500-register-unknown-service.txt",
            Refusal::UnknownServiceOfCheck,
        ),
        (
            "versions/1.10/errors/404-register-unknown-service.txt",
            Refusal::UnknownServiceOfCheck,
        ),
        (
            "versions/1.15/errors/400-namespace-community.txt",
            Refusal::EnterpriseOnly(EnterpriseFeature::Namespaces),
        ),
        (
            "versions/1.15/errors/400-partition-community.txt",
            Refusal::EnterpriseOnly(EnterpriseFeature::Partitions),
        ),
        (
            "versions/1.15/errors/404-register-unknown-service.txt",
            Refusal::UnknownServiceOfCheck,
        ),
        (
            "versions/1.21-ce/errors/400-namespace-community.txt",
            Refusal::EnterpriseOnly(EnterpriseFeature::Namespaces),
        ),
        (
            "versions/1.21-ce/errors/400-partition-community.txt",
            Refusal::EnterpriseOnly(EnterpriseFeature::Partitions),
        ),
        (
            "versions/1.21-ce/errors/404-register-unknown-service.txt",
            Refusal::UnknownServiceOfCheck,
        ),
        (
            "versions/1.21-ent/errors/404-register-unknown-service.txt",
            Refusal::UnknownServiceOfCheck,
        ),
        (
            "versions/1.22/errors/400-namespace-community.txt",
            Refusal::EnterpriseOnly(EnterpriseFeature::Namespaces),
        ),
        (
            "versions/1.22/errors/400-partition-community.txt",
            Refusal::EnterpriseOnly(EnterpriseFeature::Partitions),
        ),
        (
            "versions/1.22/errors/404-register-unknown-service.txt",
            Refusal::UnknownServiceOfCheck,
        ),
    ];

    fn corpus_root() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
    }

    /// The error bodies under tests/corpus, by their path there.
    fn corpus_error_files() -> Vec<String> {
        let root = corpus_root();
        let mut folders = vec![root.join("errors")];
        for version in std::fs::read_dir(root.join("versions")).unwrap() {
            let errors = version.unwrap().path().join("errors");
            if errors.is_dir() {
                folders.push(errors);
            }
        }
        let mut files = Vec::new();
        for folder in folders {
            for file in std::fs::read_dir(&folder).unwrap() {
                let path = file.unwrap().path();
                let relative = path.strip_prefix(&root).unwrap();
                files.push(relative.to_string_lossy().into_owned());
            }
        }
        files.sort();
        files
    }

    #[test]
    fn every_corpus_error_body_is_read_as_the_table_says() {
        let files = corpus_error_files();
        assert!(files.len() >= CORPUS.len(), "{files:?}");
        for file in &files {
            let Some((_, expected)) = CORPUS.iter().find(|(name, _)| name == file) else {
                panic!("tests/corpus/{file} is not in the table: say what it is read as");
            };
            let status: u16 = file
                .rsplit('/')
                .next()
                .and_then(|name| name.get(..3))
                .and_then(|digits| digits.parse().ok())
                .unwrap_or_else(|| panic!("{file}: the name starts with no status"));
            let body = std::fs::read_to_string(corpus_root().join(file)).unwrap();
            assert_eq!(Refusal::of(status, &body), *expected, "{file}: {body:?}");
            assert!(!expected.is_transient(), "{file}");
            // A client agent forwards the server's words, wrapped.
            let wrapped = format!("rpc error making call: {body}");
            assert_eq!(Refusal::of(status, &wrapped), *expected, "{file} wrapped");
        }
        for (name, _) in CORPUS {
            assert!(
                files.iter().any(|f| f == name),
                "{name} is not in the corpus"
            );
        }
    }

    #[test]
    fn the_agents_other_refusals_are_read_too() {
        for (status, body, expected) in [
            (400, "Missing check name", Refusal::InvalidDefinition),
            (400, "Bad check status", Refusal::InvalidDefinition),
            (
                400,
                "Invalid check: TTL must be > 0 for TTL checks",
                Refusal::InvalidDefinition,
            ),
            (403, "ACL not found", Refusal::TokenRefused),
            (403, "Permission denied", Refusal::PermissionDenied),
            (
                500,
                "Scripts are disabled on this agent from remote calls; to enable, configure 'enable_script_checks' to true",
                Refusal::ScriptsDisabled,
            ),
            (
                500,
                "Invalid prepared query: Must be bound to a session",
                Refusal::InvalidQuery {
                    reason: "Must be bound to a session",
                },
            ),
            (500, "boom", Refusal::Other),
            (404, "", Refusal::Other),
        ] {
            assert_eq!(Refusal::of(status, body), expected, "{status} {body:?}");
        }
    }

    #[test]
    fn a_client_agents_wrapping_is_read_through() {
        assert_eq!(
            Refusal::of(500, "rpc error making call: rpc error: No cluster leader"),
            Refusal::NoLeader
        );
        assert_eq!(
            Refusal::of(500, "rpc error making call: EOF"),
            Refusal::ServerConnectionLost
        );
        assert_eq!(
            Refusal::of(
                500,
                "rpc error making call: failed compiling template: Bad Regexp"
            ),
            Refusal::InvalidTemplate {
                reason: "Bad Regexp"
            }
        );
        assert_eq!(
            Refusal::of(500, "rpc error making call: invalid session \"x\""),
            Refusal::Other
        );
    }

    #[test]
    fn transient_refusals_are_the_ones_retry_knows() {
        for (status, body) in [
            (500, "No cluster leader"),
            (500, "leadership lost while committing log"),
            (500, "raft leader not found"),
            (500, "No known Consul servers"),
            (500, "rpc error making call: EOF"),
            (500, "EOF (after 3 attempts over 1.2s)"),
            (500, "rpc error: i/o timeout"),
            (500, "connection reset by peer"),
            (500, "connection refused"),
            (429, ""),
            (502, "<html>Bad Gateway</html>"),
            (503, "Service Unavailable"),
            (504, ""),
        ] {
            assert!(
                Refusal::of(status, body).is_transient(),
                "{status} {body:?}"
            );
        }
        for (status, body) in [
            (500, "EOFish"),
            (500, "Invalid check status: 'x'"),
            (500, ""),
            (501, "No cluster leader"),
            (400, "No cluster leader"),
            (403, "ACL not found"),
            (404, "Query not found"),
        ] {
            assert!(
                !Refusal::of(status, body).is_transient(),
                "{status} {body:?}"
            );
        }
    }

    #[test]
    fn words_other_versions_use_are_read_too() {
        assert_eq!(
            Refusal::of(500, "Unknown check \"nope\""),
            Refusal::NotTtlCheck
        );
        assert_eq!(
            Refusal::of(
                500,
                "Unknown check ID \"nope\". Ensure that the check ID is passed, not the check name."
            ),
            Refusal::NotTtlCheck
        );
        assert_eq!(
            Refusal::of(404, "Unknown service ID \"ghost\""),
            Refusal::UnknownService
        );
        assert_eq!(
            Refusal::of(500, "Unknown service {\"nosuch\" {}}"),
            Refusal::UnknownService
        );
        assert_eq!(
            Refusal::of(400, "Client sent an HTTP request to an HTTPS server.\n"),
            Refusal::PlainHttpToHttps
        );
        assert_eq!(
            Refusal::of(403, "Permission denied: token lacks service:write"),
            Refusal::PermissionDenied
        );
        assert_eq!(Refusal::of(403, ""), Refusal::TokenRefused);
    }
}
