//! What `apply` last sent for a check, kept in the set's record as a digest: the agent answers
//! nothing of a check's HTTP URL, TCP address, arguments, headers, TLS settings or thresholds
//! (and 1.8.7 nothing of its durations), so comparing the files with what apply sent is the one
//! way a change to those is seen.
//!
//! The digest is SHA-256 of the check's fields normalised as the agent reads them: keys without
//! regard to case or underscores (`tls_skip_verify` is `TLSSkipVerify`, `args` is `ScriptArgs`),
//! the last of two spellings winning, durations as Go reads them (`10s` is `10000ms`), zero
//! values as absent, header names as Go's `http.Header` folds them. Left out: what the agent
//! reports and `checks` compares (ID, name, notes, service), the status a check only starts
//! with, and secrets (the token, credential headers' values): a digest of a password kept in
//! the KV store would let anyone who reads it test guesses of the password.

use std::collections::BTreeMap;

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// Keys (folded) that are not part of the digest.
const LEFT_OUT: [&str; 7] = [
    "id",
    "checkid",
    "name",
    "notes",
    "serviceid",
    "status",
    "token",
];

/// Keys (folded) whose values are Go durations.
const DURATIONS: [&str; 4] = [
    "interval",
    "timeout",
    "ttl",
    "deregistercriticalserviceafter",
];

/// The digest of what registering `check` sends that the agent does not report, as lowercase
/// hex.
pub(super) fn digest(check: &Map<String, Value>) -> String {
    let text = serde_json::to_vec(&normalised(check)).expect("JSON values always serialize");
    format!("{:x}", Sha256::digest(text))
}

/// The fields the digest is taken of, sorted by folded key (a `BTreeMap`, so that the order a
/// file writes them in does not matter).
fn normalised(check: &Map<String, Value>) -> BTreeMap<String, Value> {
    let shown = crate::api::without_secret_headers(&Value::Object(check.clone()));
    let mut found = BTreeMap::new();
    for (key, value) in shown.as_object().into_iter().flatten() {
        let mut folded = key.replace('_', "").to_ascii_lowercase();
        if folded == "args" {
            folded = "scriptargs".to_string();
        }
        if LEFT_OUT.contains(&folded.as_str()) {
            continue;
        }
        let value = if DURATIONS.contains(&folded.as_str()) {
            duration(value)
        } else if folded == "header" {
            headers(value)
        } else if folded == "http" {
            without_userinfo(value)
        } else {
            value.clone()
        };
        // The last spelling wins, even when it is a zero value.
        if crate::commands::query::changes::is_zero(&value) {
            found.remove(&folded);
        } else {
            found.insert(folded, value);
        }
    }
    found
}

/// A Go duration as nanoseconds; a text no duration parser takes is kept as written.
fn duration(value: &Value) -> Value {
    super::checks::nanos(value)
        .and_then(|n| u64::try_from(n).ok())
        .map_or_else(|| value.clone(), Value::from)
}

/// Header names as Go's `http.Header` folds them (values of one name in two spellings are
/// both sent), sorted.
fn headers(value: &Value) -> Value {
    let Value::Object(map) = value else {
        return value.clone();
    };
    let mut folded: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for (name, values) in map {
        let values = match values {
            Value::Array(list) => list.clone(),
            other => vec![other.clone()],
        };
        folded
            .entry(name.to_ascii_lowercase())
            .or_default()
            .extend(values);
    }
    folded.retain(|_, values| !values.is_empty());
    serde_json::to_value(folded).expect("JSON values always serialize")
}

/// An HTTP check's URL without the user and password it may carry: like a credential
/// header's value, a password is not digested (anyone who may read the KV store could test
/// guesses against the digest), so a change to it alone is not seen.
fn without_userinfo(value: &Value) -> Value {
    let Some(mut url) = value
        .as_str()
        .and_then(|text| reqwest::Url::parse(text).ok())
    else {
        return value.clone();
    };
    if url.password().is_none() && url.username().is_empty() {
        return value.clone();
    }
    // Only URLs that cannot have credentials refuse these, and this one has them.
    let _ = url.set_password(None);
    let _ = url.set_username("");
    Value::String(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn of(value: Value) -> String {
        digest(value.as_object().unwrap())
    }

    #[test]
    fn spellings_durations_order_and_zero_values_do_not_change_the_digest() {
        let api = of(
            json!({"CheckID": "web", "Name": "web", "HTTP": "http://127.0.0.1:1/",
            "Interval": "10s", "TLSSkipVerify": true, "ScriptArgs": ["a"],
            "DeregisterCriticalServiceAfter": "1m", "Header": {"X-Trace": ["1"]}}),
        );
        let config_file = of(json!({"header": {"x-trace": ["1"]},
            "deregister_critical_service_after": "60s", "args": ["a"],
            "tls_skip_verify": true, "interval": "10000ms", "http": "http://127.0.0.1:1/",
            "timeout": "", "success_before_passing": 0, "method": "", "notes": "other",
            "name": "renamed", "id": "web", "status": "passing"}));
        assert_eq!(api, config_file);
        assert_eq!(api.len(), 64);
        assert!(api
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_uppercase()));
        // A number is nanoseconds, as Go reads it.
        assert_eq!(
            of(json!({"TTL": "30s"})),
            of(json!({"ttl": 30_000_000_000_u64}))
        );
        // The last of two spellings wins.
        assert_eq!(
            of(json!({"HTTP": "http://127.0.0.1:1/", "http": "http://127.0.0.1:2/"})),
            of(json!({"HTTP": "http://127.0.0.1:2/"}))
        );
        assert_eq!(of(json!({"TTL": "30s", "ttl": ""})), of(json!({})));
    }

    #[test]
    fn a_field_the_agent_does_not_report_changes_the_digest() {
        let base = json!({"HTTP": "http://127.0.0.1:1/", "Interval": "10s"});
        let changed = [
            json!({"HTTP": "http://127.0.0.1:2/", "Interval": "10s"}),
            json!({"HTTP": "http://127.0.0.1:1/", "Interval": "11s"}),
            json!({"HTTP": "http://127.0.0.1:1/", "Interval": "10s", "Method": "POST"}),
            json!({"HTTP": "http://127.0.0.1:1/", "Interval": "10s", "Body": "{}"}),
            json!({"HTTP": "http://127.0.0.1:1/", "Interval": "10s",
                   "Header": {"X-Trace": ["1"]}}),
            json!({"HTTP": "http://127.0.0.1:1/", "Interval": "10s",
                   "failures_before_critical": 3}),
            json!({"TCP": "127.0.0.1:1", "Interval": "10s"}),
        ];
        for other in changed {
            assert_ne!(of(base.clone()), of(other.clone()), "{other}");
        }
    }

    #[test]
    fn secrets_are_not_digested() {
        let with = |token: &str, auth: &str| {
            of(json!({"HTTP": "http://127.0.0.1:1/", "Token": token,
                      "Header": {"Authorization": [auth], "X-Trace": ["1"]}}))
        };
        assert_eq!(with("t1", "Basic c2VjcmV0"), with("t2", "Basic b3RoZXI="));
        // That there is a credential header is part of it; its value is not.
        assert_ne!(
            with("t1", "Basic c2VjcmV0"),
            of(json!({"HTTP": "http://127.0.0.1:1/", "Header": {"X-Trace": ["1"]}}))
        );
        // Nor is the password of an HTTP check's URL; its host and path are.
        let url = |http: &str| of(json!({"HTTP": http, "Interval": "10s"}));
        assert_eq!(
            url("http://ops:s3cret@127.0.0.1:1/health"),
            url("http://ops:other@127.0.0.1:1/health")
        );
        assert_eq!(
            normalised(
                json!({"HTTP": "http://ops:s3cret@127.0.0.1:1/health"})
                    .as_object()
                    .unwrap()
            )["http"],
            "http://127.0.0.1:1/health"
        );
        assert_ne!(
            url("http://ops:s3cret@127.0.0.1:1/health"),
            url("http://ops:s3cret@127.0.0.1:1/ready")
        );
    }
}
