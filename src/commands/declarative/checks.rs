//! A declared check compared with what the agent's `/v1/agent/checks` says of it: the one
//! place that decides which of a check's fields can differ.
//!
//! The agent reports little of a check's definition. Every version answers `Name`, `Notes`,
//! `ServiceID` and `Type` (`ttl`, `http`, `tcp`, …); Consul 1.10 and newer add `Interval` and
//! `Timeout`, later versions `TTL`, each as a Go duration (`0s` or empty for none). `Definition`
//! is answered empty (`{}`) for the agent's own checks, and the HTTP URL, TCP address, headers,
//! arguments and thresholds are answered nowhere. A field is compared only where the answer
//! holds it: comparing one it does not hold would be a change on every run; what it does not
//! hold is compared with what `apply` last sent instead ([`unreported_change`]). `Status` is the
//! status a new check starts with and moves by itself afterwards, so it is never compared.

use serde_json::{Map, Value};

use crate::commands::query::changes::Change;
use crate::commands::service::register::field;

/// The durations a check declares that newer agents report back, as both name them.
pub(super) const DURATIONS: [&str; 3] = ["Interval", "Timeout", "TTL"];

/// What re-registering `declared` would change in the agent's check `existing`. `own`: a
/// service's own check, whose service is the one declaring it and whose name the agent makes
/// up (`Service 'web' check`) when the definition gives none.
pub(super) fn check_changes(
    existing: &Map<String, Value>,
    declared: &Map<String, Value>,
    own: bool,
) -> Vec<Change> {
    let mut found = Vec::new();
    let mut text = |field: &str, before: Option<&Value>, after: Option<&Value>| {
        let before = before.cloned().unwrap_or(Value::Null);
        let after = after.cloned().unwrap_or(Value::Null);
        if !same_text(&before, &after) {
            found.push(change(field, before, after));
        }
    };
    let name = field(declared, &["Name"]);
    if !own || name.is_some_and(|n| !is_empty(n)) {
        text("Name", field(existing, &["Name"]), name);
    }
    text(
        "Notes",
        field(existing, &["Notes"]),
        field(declared, &["Notes"]),
    );
    if !own {
        text(
            "ServiceID",
            field(existing, &["ServiceID"]),
            field(declared, &["ServiceID"]),
        );
    }
    // An agent that does not say a check's kind (an empty Type) has nothing to compare it to.
    let reported = field(existing, &["Type"]).and_then(Value::as_str);
    if let (Some(before), Some(after)) = (reported.filter(|t| !t.is_empty()), kind(declared)) {
        if before != after {
            found.push(change("Type", before.into(), after.into()));
        }
    }
    for name in DURATIONS {
        let Some(before) = field(existing, &[name]) else {
            continue;
        };
        let after = field(declared, &[name]).cloned().unwrap_or(Value::Null);
        if !same_duration(before, &after) {
            found.push(change(name, before.clone(), after));
        }
    }
    found
}

fn change(field: &str, before: Value, after: Value) -> Change {
    Change {
        field: field.to_string(),
        before,
        after,
    }
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        _ => false,
    }
}

/// Strings, an absent one as empty (Go answers every field).
fn same_text(before: &Value, after: &Value) -> bool {
    (is_empty(before) && is_empty(after)) || before == after
}

/// Durations as Go reads them: `10s` is `10000ms`, an absent or empty one is `0s`, and a
/// number is nanoseconds. A text no duration parser takes is compared as written.
fn same_duration(before: &Value, after: &Value) -> bool {
    match (nanos(before), nanos(after)) {
        (Some(a), Some(b)) => a == b,
        _ => before == after,
    }
}

pub(super) fn nanos(value: &Value) -> Option<u128> {
    match value {
        Value::Null => Some(0),
        Value::String(s) if s.is_empty() => Some(0),
        Value::String(s) => crate::duration::parse(s).ok().map(|d| d.as_nanos()),
        Value::Number(n) => n.as_u64().map(u128::from),
        _ => None,
    }
}

/// The kind the agent gives a check of this definition, decided as Consul's `CheckType.Type`
/// decides it (gRPC before HTTP before TTL …); `None` for one it would not know.
pub(super) fn kind(declared: &Map<String, Value>) -> Option<&'static str> {
    let set = |names: &[&str]| {
        field(declared, names).is_some_and(|v| match v {
            Value::String(s) => !s.is_empty(),
            Value::Array(list) => !list.is_empty(),
            _ => false,
        })
    };
    let positive =
        |name: &str| field(declared, &[name]).is_some_and(|v| nanos(v).is_some_and(|n| n > 0));
    let interval = positive("Interval");
    let script = set(&["Args", "ScriptArgs"]);
    let found = if set(&["GRPC"]) && interval {
        "grpc"
    } else if set(&["HTTP"]) && interval {
        "http"
    } else if positive("TTL") {
        "ttl"
    } else if set(&["TCP"]) && interval {
        "tcp"
    } else if set(&["UDP"]) && interval {
        "udp"
    } else if set(&["AliasNode", "AliasService"]) {
        "alias"
    } else if script && set(&["DockerContainerID"]) && interval {
        "docker"
    } else if script {
        "script"
    } else if set(&["H2PING"]) && interval {
        "h2ping"
    } else if set(&["OSService"]) && interval {
        "os_service"
    } else {
        return None;
    };
    Some(found)
}

/// The line a plan shows for a check whose definition differs from what `apply` last sent
/// for it (`recorded`, a [`super::digest::digest`]): the agent does not report those fields,
/// so which one changed is not known, only that one did. A check with no digest recorded
/// (registered by hand, or by an older consulctl) is compared on what the agent reports alone,
/// and so is a definition that does not say what the check runs (no TTL, URL, address, …: what
/// `export` writes when the agent does not report it), which watches a check, not defines it.
pub(super) fn unreported_change(
    recorded: Option<&String>,
    declared: &Map<String, Value>,
) -> Option<Change> {
    let recorded = recorded?;
    kind(declared)?;
    (*recorded != super::digest::digest(declared)).then(|| {
        change(
            "Definition",
            Value::String("as last applied".to_string()),
            Value::String(
                "changed in a field the agent does not report (HTTP, TCP, Args, Header, Method, Body, TLS, thresholds, durations, ...)"
                    .to_string(),
            ),
        )
    })
}

/// One line of the plan for a service's own check: `Checks["web-ttl"].Interval`.
pub(super) fn own_check_changes(id: &str, found: Vec<Change>) -> Vec<Change> {
    found
        .into_iter()
        .map(|c| Change {
            field: format!("Checks[{}].{}", crate::input::shown(id), c.field),
            ..c
        })
        .collect()
}

/// A check the agent does not have, as a service's plan shows it: registering the service
/// adds it.
pub(super) fn missing_own_check(id: &str) -> Change {
    Change {
        field: format!("Checks[{}]", crate::input::shown(id)),
        before: Value::Null,
        after: Value::String("registered".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    /// The agent's answer for an HTTP check, as 1.8.7 gives it (no durations) and as 1.10 and
    /// newer do.
    fn answered(with_durations: bool) -> Map<String, Value> {
        let mut check = json!({"Node": "n1", "CheckID": "web", "Name": "web", "Status": "passing",
            "Notes": "", "Output": "HTTP GET http://127.0.0.1/: 200 OK", "ServiceID": "",
            "ServiceName": "", "ServiceTags": [], "Type": "http", "Definition": {},
            "CreateIndex": 0, "ModifyIndex": 0});
        if with_durations {
            check["Interval"] = json!("10s");
            check["Timeout"] = json!("0s");
            check["ExposedPort"] = json!(0);
        }
        map(check)
    }

    fn declared(interval: &str) -> Map<String, Value> {
        map(
            json!({"ID": "web", "Name": "web", "HTTP": "http://127.0.0.1/",
                   "interval": interval, "Status": "critical"}),
        )
    }

    #[test]
    fn durations_compare_as_go_durations_where_the_agent_reports_them() {
        assert_eq!(
            check_changes(&answered(true), &declared("10000ms"), false),
            []
        );
        assert_eq!(
            check_changes(&answered(true), &declared("15s"), false),
            [change("Interval", json!("10s"), json!("15s"))]
        );
        // 1.8.7 reports no interval: nothing to compare, so no change on every run.
        assert_eq!(check_changes(&answered(false), &declared("15s"), false), []);
        // A timeout the file does not give is the agent's 0s.
        let mut with_timeout = declared("10s");
        with_timeout.insert("timeout".into(), json!("2s"));
        assert_eq!(
            check_changes(&answered(true), &with_timeout, false),
            [change("Timeout", json!("0s"), json!("2s"))]
        );
    }

    #[test]
    fn a_new_kind_of_check_is_a_change_and_status_is_never_one() {
        let tcp = map(json!({"ID": "web", "Name": "web", "TCP": "127.0.0.1:80",
                             "Interval": "10s"}));
        assert_eq!(
            check_changes(&answered(false), &tcp, false),
            [change("Type", json!("http"), json!("tcp"))]
        );
        let docker = map(json!({"Name": "web", "docker_container_id": "c1",
                                "args": ["true"], "interval": "1m"}));
        assert_eq!(kind(&docker), Some("docker"));
        let alias = map(json!({"Name": "web", "AliasService": "api"}));
        assert_eq!(kind(&alias), Some("alias"));
        assert_eq!(
            kind(&map(json!({"Name": "web", "ttl": "30s"}))),
            Some("ttl")
        );
        assert_eq!(kind(&map(json!({"Name": "web"}))), None);
    }

    #[test]
    fn notes_and_service_are_compared_and_an_own_checks_made_up_name_is_not() {
        let mut existing = answered(false);
        existing.insert("Name".into(), json!("Service 'web' check"));
        existing.insert("ServiceID".into(), json!("web"));
        existing.insert("Notes".into(), json!("old"));
        let own = map(json!({"CheckID": "web", "HTTP": "http://127.0.0.1/", "Interval": "5s"}));
        assert_eq!(
            check_changes(&existing, &own, true),
            [change("Notes", json!("old"), Value::Null)]
        );
        assert_eq!(
            check_changes(&existing, &declared("10s"), false)
                .iter()
                .map(|c| c.field.as_str())
                .collect::<Vec<_>>(),
            ["Name", "Notes", "ServiceID"]
        );
    }

    #[test]
    fn only_a_definition_that_says_what_the_check_runs_is_compared_with_what_was_sent() {
        let sent = map(json!({"HTTP": "http://127.0.0.1:1/", "Interval": "10s"}));
        let recorded = super::super::digest::digest(&sent);
        assert_eq!(unreported_change(Some(&recorded), &sent), None);
        let moved = map(json!({"http": "http://127.0.0.1:2/", "interval": "10s"}));
        assert_eq!(
            unreported_change(Some(&recorded), &moved).map(|c| c.field),
            Some("Definition".to_string())
        );
        // Nothing recorded, or a definition as export writes it: nothing is claimed.
        assert_eq!(unreported_change(None, &moved), None);
        let watched = map(json!({"Name": "web", "Notes": "", "ServiceID": ""}));
        assert_eq!(unreported_change(Some(&recorded), &watched), None);
    }
}
