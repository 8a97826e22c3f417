//! When a failed request is tried again, and how long to wait in between.
//!
//! A request is retried only when trying again cannot do harm and may help: the request never
//! reached Consul (nothing listening, a name that did not resolve), or Consul said the failure
//! is passing (429, 502/503/504, a 500 about a missing leader or no server to ask) or the
//! answer never came (timeout, cut-off) — the last two only for idempotent methods (GET, PUT,
//! DELETE), unless the user forces it. 4xx answers are never retried.

use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

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
const TRANSIENT_500: [&str; 7] = [
    "no cluster leader",
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
                        reason == "eof" || TRANSIENT_500.iter().any(|p| reason.starts_with(p))
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
        let ceiling = Duration::from_millis(250)
            .saturating_mul(1 << attempt.saturating_sub(1).min(5))
            .min(Duration::from_secs(8));
        let half = ceiling / 2;
        let random = std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish();
        half + Duration::from_nanos(random % (half.as_nanos() as u64 + 1))
    }
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
