//! When a failed request is tried again, and how long to wait in between.
//!
//! A request is retried only when trying again cannot do harm and may help: the request never
//! reached Consul (nothing listening, a name that did not resolve), or Consul said the failure
//! is passing (429, 502/503/504, a 500 about a missing leader or no server to ask) or the
//! answer never came (timeout, cut-off) — the last two only for idempotent methods (GET, PUT,
//! DELETE), unless the user forces it. 4xx answers are never retried.

use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, SystemTime};

use reqwest::Method;

use super::error::{ApiError, TransportKind};

/// How hard to try. `retries == 0` sends each request once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub retries: u32,
    /// No new attempt starts this long after the command's first request.
    pub max_time: Duration,
    /// Also retry non-idempotent requests (POST) after failures where they may have arrived.
    pub force_unsafe: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            retries: 0,
            max_time: Duration::from_secs(30),
            force_unsafe: false,
        }
    }
}

/// 500 bodies that say the cluster is between states rather than that the request is wrong,
/// once a client agent's "rpc error making call: " is taken off (it precedes every error a
/// server returns, transient or not).
const TRANSIENT_500: [&str; 8] = [
    "no cluster leader",
    // A client agent whose server went away: "failed to get conn: dial tcp …: connect:
    // connection refused", after the read under way ended with "EOF".
    "rpc error getting client: failed to get conn",
    "leadership lost",
    "raft leader not found",
    "no known consul servers",
    "i/o timeout",
    "connection reset",
    "connection refused",
];

impl RetryPolicy {
    /// Whether `error` from a `method` request is worth another attempt.
    pub fn retryable(&self, method: &Method, error: &ApiError) -> bool {
        let idempotent = matches!(
            *method,
            Method::GET | Method::PUT | Method::DELETE | Method::HEAD
        );
        let may_repeat = idempotent || self.force_unsafe;
        match error {
            ApiError::Transport { kind, .. } => match kind {
                // The request never left: safe for any method.
                TransportKind::Refused | TransportKind::Dns => true,
                TransportKind::Timeout | TransportKind::CutOff => may_repeat,
                TransportKind::Tls | TransportKind::Other => false,
            },
            ApiError::Status { status, body } => {
                let transient = match status {
                    429 | 502 | 503 | 504 => true,
                    500 => {
                        let reason = super::error::reason(body).to_ascii_lowercase();
                        // Starts: a retried answer carries a note on how many attempts it took.
                        reason.starts_with("eof")
                            || TRANSIENT_500.iter().any(|p| reason.starts_with(p))
                    }
                    _ => false,
                };
                transient && may_repeat
            }
            ApiError::Decode { .. }
            | ApiError::TooLarge { .. }
            | ApiError::Setup(_)
            | ApiError::DryRun => false,
        }
    }

    /// The pause before retry number `attempt` (1-based): 250 ms doubling up to 8 s, half of it
    /// random ("equal jitter") so that many cron jobs failing together do not retry together.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let half = Self::ceiling(attempt) / 2;
        half + random_up_to(half)
    }

    /// The pause before retry number `attempt` when the answer said how long to wait
    /// (`Retry-After`): never less than that, and up to half the usual pause more, so that the
    /// many clients told the same time do not all come back at once.
    pub fn pause_asked(&self, attempt: u32, asked: Duration) -> Duration {
        asked + random_up_to(Self::ceiling(attempt) / 2)
    }

    fn ceiling(attempt: u32) -> Duration {
        Duration::from_millis(250)
            .saturating_mul(1 << attempt.saturating_sub(1).min(5))
            .min(Duration::from_secs(8))
    }
}

/// A random duration from zero to `limit`, both included.
fn random_up_to(limit: Duration) -> Duration {
    let random = std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish();
    Duration::from_nanos(random % (limit.as_nanos() as u64 + 1))
}

/// Whether an answer with this status may carry a `Retry-After` worth obeying: 429 (too many
/// requests) and 503 (unavailable), the two where it says when to come back.
pub fn honours_retry_after(status: u16) -> bool {
    matches!(status, 429 | 503)
}

/// How long a `Retry-After` value asks the client to wait, as of `now`: either whole seconds
/// (`120`) or an HTTP date (`Fri, 31 Dec 1999 23:59:59 GMT`, and the two older forms HTTP
/// still accepts). A date already past asks for no wait; a value that is neither is ignored.
pub fn retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Too many digits for a u64 is still "a very long time".
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(status: u16, body: &str) -> ApiError {
        ApiError::Status {
            status,
            body: body.into(),
        }
    }

    fn transport(kind: TransportKind) -> ApiError {
        ApiError::Transport {
            url: "http://127.0.0.1:1".into(),
            kind,
            detail: String::new(),
        }
    }

    #[test]
    fn only_passing_failures_are_retried() {
        let p = RetryPolicy::default();
        assert!(p.retryable(&Method::PUT, &transport(TransportKind::Refused)));
        assert!(p.retryable(&Method::PUT, &transport(TransportKind::Timeout)));
        assert!(p.retryable(&Method::GET, &status(500, "No cluster leader")));
        assert!(p.retryable(&Method::GET, &status(500, "rpc error making call: EOF")));
        assert!(p.retryable(
            &Method::GET,
            &status(
                500,
                "rpc error getting client: failed to get conn: dial tcp 127.0.0.86:0->127.0.0.85:18904: connect: connection refused"
            )
        ));
        assert!(p.retryable(
            &Method::GET,
            &status(500, "rpc error making call: No cluster leader")
        ));
        // A client agent wraps every server error the same way: only the reason counts.
        assert!(!p.retryable(
            &Method::PUT,
            &status(
                500,
                "rpc error making call: failed compiling template: Bad Regexp"
            )
        ));
        assert!(!p.retryable(
            &Method::PUT,
            &status(500, "rpc error making call: invalid session \"x\"")
        ));
        assert!(p.retryable(&Method::PUT, &status(503, "")));
        assert!(p.retryable(&Method::GET, &status(429, "")));
        assert!(!p.retryable(&Method::PUT, &status(500, "Invalid check status: 'x'")));
        assert!(!p.retryable(&Method::PUT, &status(400, "Bad check status")));
        assert!(!p.retryable(&Method::GET, &status(403, "ACL not found")));
        assert!(!p.retryable(&Method::GET, &status(404, "Query not found")));
        assert!(!p.retryable(&Method::GET, &transport(TransportKind::Tls)));
    }

    #[test]
    fn post_is_retried_only_when_it_cannot_have_arrived_unless_forced() {
        let p = RetryPolicy::default();
        assert!(p.retryable(&Method::POST, &transport(TransportKind::Refused)));
        assert!(!p.retryable(&Method::POST, &transport(TransportKind::Timeout)));
        assert!(!p.retryable(&Method::POST, &status(500, "No cluster leader")));
        let forced = RetryPolicy {
            force_unsafe: true,
            ..p
        };
        assert!(forced.retryable(&Method::POST, &transport(TransportKind::Timeout)));
        assert!(forced.retryable(&Method::POST, &status(500, "No cluster leader")));
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
        assert_eq!(retry_after("120", now), Some(Duration::from_secs(120)));
        assert_eq!(retry_after(" 0 ", now), Some(Duration::ZERO));
        // 784111777 is Sun, 06 Nov 1994 08:49:37 GMT, RFC 9110's own example.
        assert_eq!(
            retry_after("Sun, 06 Nov 1994 08:49:40 GMT", now),
            Some(Duration::from_secs(3))
        );
        assert_eq!(
            retry_after("Sunday, 06-Nov-94 08:50:37 GMT", now),
            Some(Duration::from_secs(60))
        );
        assert_eq!(
            retry_after("Sun Nov  6 08:49:47 1994", now),
            Some(Duration::from_secs(10))
        );
        assert_eq!(
            retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now),
            Some(Duration::ZERO),
            "a date past asks for no wait"
        );
        assert_eq!(
            retry_after("99999999999999999999999", now),
            Some(Duration::from_secs(u64::MAX))
        );
        for nonsense in ["", "-1", "1.5", "soon", "5s", "Sun, 06 Nov 1994"] {
            assert_eq!(retry_after(nonsense, now), None, "{nonsense:?}");
        }
    }

    #[test]
    fn a_pause_asked_for_is_never_shortened() {
        let p = RetryPolicy::default();
        for _ in 0..50 {
            let pause = p.pause_asked(1, Duration::from_secs(2));
            assert!(pause >= Duration::from_secs(2) && pause <= Duration::from_millis(2125));
            let late = p.pause_asked(30, Duration::ZERO);
            assert!(late <= Duration::from_secs(4));
        }
        assert!(honours_retry_after(429) && honours_retry_after(503));
        assert!(
            !honours_retry_after(502) && !honours_retry_after(504) && !honours_retry_after(500)
        );
    }

    #[test]
    fn backoff_doubles_with_jitter_and_a_ceiling() {
        let p = RetryPolicy::default();
        for _ in 0..50 {
            let first = p.backoff(1);
            assert!(first >= Duration::from_millis(125) && first <= Duration::from_millis(250));
            let third = p.backoff(3);
            assert!(third >= Duration::from_millis(500) && third <= Duration::from_secs(1));
            let late = p.backoff(30);
            assert!(late >= Duration::from_secs(4) && late <= Duration::from_secs(8));
        }
    }
}
