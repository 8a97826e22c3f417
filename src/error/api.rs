//! A failed API call as a message: what failed, where, and what to do about it.

use std::time::Duration;

use super::render::bounded;
use super::{one_line, size_text, Error};
use crate::api::{ApiError, EnterpriseFeature, Refusal, TransportKind};
use crate::secret::TokenOrigin;

/// Turns a failed API call into a message: `action` says what we were doing ("registering check
/// \"web\""), `address` where the agent was looked for (an answer may come from a proxy there),
/// `token` how the token was given. The token itself is never known here.
pub fn from_api(
    err: ApiError,
    action: &str,
    address: &str,
    token: Option<&TokenOrigin>,
    timeout: Duration,
) -> Error {
    match err {
        ApiError::Transport { url, kind, detail } => {
            let url = shown_url(&url);
            let (what, hint) = match kind {
                TransportKind::Refused => (
                    format!("cannot reach Consul at {url}: {detail}"),
                    Some("is the agent running, and is --http-addr (CONSUL_HTTP_ADDR) right?".to_string()),
                ),
                TransportKind::Timeout => (
                    format!(
                        "Consul at {url} did not answer within {}{}",
                        crate::duration::display(timeout),
                        // "timed out" says again what the sentence says; its note stays.
                        match detail.strip_prefix("timed out").unwrap_or(&detail).trim() {
                            "" => String::new(),
                            note if note.starts_with('(') => format!(" {note}"),
                            note => format!(" ({note})"),
                        }
                    ),
                    Some("check the agent or raise --request-timeout".to_string()),
                ),
                TransportKind::Dns => (
                    format!("cannot resolve the host in {url}: {detail}"),
                    Some("check --http-addr (CONSUL_HTTP_ADDR)".to_string()),
                ),
                TransportKind::Tls => (
                    format!("TLS with {url} failed: {detail}"),
                    tls_hint(&detail).map(str::to_string),
                ),
                TransportKind::CutOff => (
                    format!("the connection to {url} broke before the answer was complete ({detail})"),
                    Some("the agent or a proxy in between closed it: try again, or use --retry N".to_string()),
                ),
                TransportKind::Other => (
                    format!("cannot talk to Consul at {url}: {detail}"),
                    Some("is --http-addr (CONSUL_HTTP_ADDR) the agent's HTTP address?".to_string()),
                ),
            };
            hinted(Error::unreachable(format!("{action}: {what}")), hint)
        }
        ApiError::Status { status: 403, body } => {
            let permission = Refusal::of(403, &body) == Refusal::PermissionDenied;
            let body = one_line(&body);
            match (token, permission) {
                (Some(origin), true) => Error::api(format!(
                    "{action}: permission denied (403 {body}): {origin} is valid but its policy does not allow this operation"
                )),
                (Some(origin), false) => Error::api(format!(
                    "{action}: Consul refused {origin} (403 {body})"
                ))
                .with_hint("check that the token exists in this datacenter"),
                (None, _) => Error::api(format!(
                    "{action}: Consul refused the request without a token (403 {body})"
                ))
                .with_hint("give one with --token, --token-file or CONSUL_HTTP_TOKEN"),
            }
        }
        ApiError::Status { status, .. } if (300..400).contains(&status) => Error::api(format!(
            "{action}: Consul at {address} answered with a redirect ({status}), which consulctl does not follow"
        ))
        .with_hint("point --http-addr at the agent itself"),
        ApiError::Status { status, body } => {
            let web_page = html_summary(&body);
            let mut hint = status_hint(status, Refusal::of(status, &body), &body);
            if hint.is_none() && web_page.is_some() {
                hint = Some("a web server or proxy answered, not the agent: check --http-addr (CONSUL_HTTP_ADDR)");
            }
            let body = web_page.unwrap_or_else(|| one_line(&body));
            let body = if hint.is_none() {
                body.as_str()
            } else {
                body.trim_end_matches('.')
            };
            hinted(
                Error::api(format!("{action}: Consul at {address} answered {status}: {body}")),
                hint.map(str::to_string),
            )
        }
        ApiError::Decode { url, detail } => Error::api(format!(
            "{action}: the answer from {} is not the JSON Consul sends ({detail})",
            shown_url(&url)
        ))
        .with_hint("is --http-addr a Consul agent?"),
        ApiError::TooLarge { url, limit } => Error::api(format!(
            "{action}: the answer from {} is larger than {}, so consulctl stopped reading it",
            shown_url(&url),
            size_text(limit)
        ))
        .with_hint("narrow the request or raise --max-answer-size (CONSULCTL_MAX_ANSWER_SIZE)"),
        ApiError::Setup(detail) => Error::usage(format!("{action}: {detail}")),
        // Not a failure: the command stops where it would have needed the answer.
        ApiError::DryRun => Error::Stopped,
    }
}

fn hinted(error: Error, hint: Option<String>) -> Error {
    match hint {
        Some(hint) => error.with_hint(hint),
        None => error,
    }
}

/// A URL as a message names it: whole unless a long query (a note of thousands of bytes)
/// would make it most of the line.
fn shown_url(url: &str) -> std::borrow::Cow<'_, str> {
    const URL_CHARS: usize = 200;
    if url.chars().count() <= URL_CHARS {
        url.into()
    } else {
        bounded(url, URL_CHARS).into()
    }
}

/// What to do about answers whose cause is in how consulctl was pointed at the agent, or in
/// the cluster's state.
fn status_hint(status: u16, refusal: Refusal, body: &str) -> Option<&'static str> {
    Some(match refusal {
        Refusal::PlainHttpToHttps => {
            "this port speaks https: write https:// in --http-addr (or set CONSUL_HTTP_SSL=true)"
        }
        Refusal::EnterpriseOnly(EnterpriseFeature::Namespaces) => {
            "this agent has no namespaces: leave out --namespace and unset CONSUL_NAMESPACE"
        }
        Refusal::EnterpriseOnly(EnterpriseFeature::Partitions) => {
            "this agent has no admin partitions (Consul Enterprise only): leave out --partition and unset CONSUL_PARTITION"
        }
        Refusal::RateLimited => {
            "Consul is limiting the request rate: try again later, or use --retry N"
        }
        Refusal::Unavailable => {
            "the agent, or a proxy in front of it, cannot serve requests now: try again later, or use --retry N"
        }
        Refusal::NoLeader | Refusal::NoServers | Refusal::ServerConnectionLost => {
            "the cluster is between states (no leader, or no server to ask): try again later, or use --retry N"
        }
        // Consul words its own 404s ("Query not found"), but for a path it has no endpoint
        // for it answers nothing, as many web servers do.
        _ if status == 404 && body.trim().is_empty() => {
            "nothing there answers this path: is --http-addr (CONSUL_HTTP_ADDR) a Consul agent, and one new enough for this command?"
        }
        _ if (500..=599).contains(&status) && body.trim().is_empty() => "the agent's log says why",
        _ => return None,
    })
}

/// An HTML error page (from a proxy or another web server) as a few words: its title, or its
/// text without tags. `None` when the body is not HTML.
fn html_summary(body: &str) -> Option<String> {
    let body = body.trim_start();
    let lower = body.to_ascii_lowercase();
    if !(lower.starts_with("<!doctype html") || lower.starts_with("<html")) {
        return None;
    }
    let title = lower.find("<title>").and_then(|start| {
        let from = start + "<title>".len();
        let end = from + lower[from..].find("</title>")?;
        body.get(from..end)
    });
    let text = match title {
        Some(title) if !title.trim().is_empty() => one_line(title),
        _ => {
            let mut text = String::new();
            let mut in_tag = false;
            for c in body.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => {
                        in_tag = false;
                        text.push(' ');
                    }
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            one_line(&text)
        }
    };
    Some(format!("an HTML page ({text})"))
}

/// What to do about the TLS failures people meet: an unknown CA, a certificate for another
/// name, a client certificate the agent wants.
fn tls_hint(detail: &str) -> Option<&'static str> {
    let lower = detail.to_ascii_lowercase();
    Some(
        if lower.contains("unknownissuer") || lower.contains("unknown issuer") {
            "the agent's certificate is not signed by a CA consulctl trusts: give the CA with --ca-file (CONSUL_CACERT)"
        } else if lower.contains("not valid for name") || lower.contains("notvalidforname") {
            "the certificate does not name the host in the address: give the name it holds with --tls-server-name (CONSUL_TLS_SERVER_NAME), e.g. server.DATACENTER.consul"
        } else if lower.contains("certificaterequired")
            || lower.contains("certificate required")
            || lower.contains("badcertificate")
            || lower.contains("bad certificate")
        {
            "the agent wants a client certificate: give --client-cert and --client-key (CONSUL_CLIENT_CERT, CONSUL_CLIENT_KEY)"
        } else if lower.contains("wrong version number") || lower.contains("corrupt message") {
            "is the agent serving plain http on this port? Use http:// in --http-addr"
        } else {
            return None;
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ExitCode;

    const ADDR: &str = "http://127.0.0.1:8500";

    #[test]
    fn api_errors_map_to_exit_codes() {
        let t = Duration::from_secs(1);
        let refused = ApiError::Transport {
            url: "http://127.0.0.1:1".into(),
            kind: TransportKind::Refused,
            detail: "connection refused".into(),
        };
        assert_eq!(
            from_api(refused, "x", ADDR, None, t).exit(),
            ExitCode::Unreachable
        );
        let status = ApiError::Status {
            status: 500,
            body: "boom\nmore".into(),
        };
        let e = from_api(status, "listing checks", ADDR, None, t);
        assert_eq!(e.exit(), ExitCode::Api);
        assert_eq!(
            e.message(),
            "listing checks: Consul at http://127.0.0.1:8500 answered 500: boom more"
        );
    }

    #[test]
    fn refused_token_names_its_origin() {
        let t = Duration::from_secs(1);
        let e = from_api(
            ApiError::Status {
                status: 403,
                body: "ACL not found".into(),
            },
            "listing checks",
            ADDR,
            Some(&TokenOrigin::Env),
            t,
        );
        assert!(
            e.message()
                .contains("refused the token in CONSUL_HTTP_TOKEN"),
            "{}",
            e.message()
        );
        let e = from_api(
            ApiError::Status {
                status: 403,
                body: "Permission denied".into(),
            },
            "registering check \"x\"",
            ADDR,
            Some(&TokenOrigin::Flag),
            t,
        );
        assert!(e.message().contains("permission denied"), "{}", e.message());
    }
}
