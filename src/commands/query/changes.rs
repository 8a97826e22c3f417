//! What differs between two query definitions, field by field, as people and `apply` see it.
//! Go cannot tell an absent field from its zero value (`null`, `false`, `0`, `""`, `[]`, `{}`),
//! and Consul answers every field, so zero values count as absent. Keys compare without regard
//! to case, as Consul decodes them. The stored token's value is never shown.

use serde::Serialize;
use serde_json::{Map, Value};

/// Fields Consul sets itself: never part of what a user asks for.
const BOOKKEEPING: [&str; 3] = ["id", "createindex", "modifyindex"];

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Change {
    pub field: String,
    pub before: Value,
    pub after: Value,
}

/// The fields that differ, in the order they first appear (`before`'s, then `after`'s).
pub fn diff(before: &Value, after: &Value) -> Vec<Change> {
    // Most definitions compared are in sync: equal ones are not taken apart.
    if before == after {
        return Vec::new();
    }
    let mut left = Vec::new();
    flatten("", before, true, &mut left);
    let mut right = Vec::new();
    flatten("", after, true, &mut right);
    static ABSENT: Value = Value::Null;
    let mut changes = Vec::new();
    for &(ref path, old) in &left {
        let new = right
            .iter()
            .find(|(p, _)| p.eq_ignore_ascii_case(path))
            .map_or(&ABSENT, |&(_, v)| v);
        let key = path.rsplit('.').next().unwrap_or(path);
        if !same(&as_compared(key, old), &as_compared(key, new)) {
            changes.push(change(path, old.clone(), new.clone()));
        }
    }
    for &(ref path, new) in &right {
        let key = path.rsplit('.').next().unwrap_or(path);
        if !is_zero(&as_compared(key, new))
            && !left.iter().any(|(p, _)| p.eq_ignore_ascii_case(path))
        {
            changes.push(change(path, Value::Null, new.clone()));
        }
    }
    changes
}

fn change(path: &str, before: Value, after: Value) -> Change {
    let secret = path.eq_ignore_ascii_case("Token");
    let mask = |v: Value| match v {
        Value::String(s) if secret && !s.is_empty() => Value::String("<hidden>".into()),
        other => other,
    };
    Change {
        field: path.to_string(),
        before: mask(before),
        after: mask(after),
    }
}

/// Leaves, zero values included (so a field turned off shows its new value), keyed by dotted
/// path, borrowed from `value`. Lists and user maps are leaves.
fn flatten<'v>(prefix: &str, value: &'v Value, top: bool, out: &mut Vec<(String, &'v Value)>) {
    // Only objects have fields (a definition that is `null`: none).
    let Value::Object(map) = value else { return };
    for (key, inner) in map {
        if top && BOOKKEEPING.contains(&key.to_ascii_lowercase().as_str()) {
            continue;
        }
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        // Maps of the user's own data (meta) are leaves: their keys are case-sensitive.
        if inner.is_object() && !is_user_map(key) {
            flatten(&path, inner, false, out);
        } else {
            out.push((path, inner));
        }
    }
}

fn is_user_map(key: &str) -> bool {
    key.eq_ignore_ascii_case("NodeMeta") || key.eq_ignore_ascii_case("ServiceMeta")
}

/// Consul Enterprise stores an empty `Namespace` or `Partition` as `"default"`: the same
/// place, so compared as the zero value.
fn as_compared<'v>(key: &str, value: &'v Value) -> std::borrow::Cow<'v, Value> {
    let tenancy = key.eq_ignore_ascii_case("Namespace") || key.eq_ignore_ascii_case("Partition");
    if tenancy && value.as_str() == Some("default") {
        std::borrow::Cow::Owned(Value::String(String::new()))
    } else {
        std::borrow::Cow::Borrowed(value)
    }
}

/// Go's zero value: what an absent field reads as.
pub(crate) fn is_zero(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.values().all(is_zero),
    }
}

fn same(a: &Value, b: &Value) -> bool {
    if is_zero(a) && is_zero(b) {
        return true;
    }
    match (a, b) {
        // Lists of objects (failover targets): Consul answers each with its empty fields too.
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_item(a, b))
        }
        _ => a == b,
    }
}

/// An item of a list: an object compares field by field (without regard to the keys' case,
/// a missing field as its zero value); anything else as it is.
fn same_item(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(left), Value::Object(right)) => {
            let field = |map: &Map<String, Value>, key: &str| {
                map.iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(key))
                    .map_or(Value::Null, |(_, v)| v.clone())
            };
            left.keys().chain(right.keys()).all(|key| {
                same(
                    &as_compared(key, &field(left, key)),
                    &as_compared(key, &field(right, key)),
                )
            })
        }
        _ => same(a, b),
    }
}

/// One line per change for people: `Service.Tags: ["v1"] -> ["v2"]`.
pub fn describe(change: &Change) -> String {
    // A flag turned off reads as false, not as a field that went away.
    let show = |v: &Value| match v {
        Value::Bool(b) => b.to_string(),
        v if is_zero(v) => "(none)".to_string(),
        v => v.to_string(),
    };
    format!(
        "{}: {} -> {}",
        change.field,
        show(&change.before),
        show(&change.after)
    )
}

/// A definition as JSON for comparison.
pub fn as_value<T: Serialize>(definition: &T) -> Value {
    serde_json::to_value(definition).unwrap_or(Value::Object(Map::new()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn zero_values_equal_absent_and_bookkeeping_is_ignored() {
        let stored = json!({"ID": "x", "Name": "api", "Session": "", "Token": "",
            "Service": {"Service": "api", "Tags": null, "OnlyPassing": false,
                        "Failover": {"NearestN": 0, "Datacenters": null}},
            "DNS": {"TTL": ""}, "CreateIndex": 5, "ModifyIndex": 9});
        let file = json!({"name": "api", "service": {"service": "api"}});
        assert_eq!(diff(&stored, &file), vec![]);
    }

    #[test]
    fn changed_fields_are_listed_with_their_paths() {
        let stored = json!({"Name": "api", "Service": {"Service": "api", "Tags": ["v1"]}});
        let file = json!({"Name": "api", "Service": {"Service": "api", "Tags": ["v2"],
                           "Failover": {"Datacenters": ["dc2"]}}});
        let changes = diff(&stored, &file);
        assert_eq!(changes.len(), 2);
        assert_eq!(describe(&changes[0]), r#"Service.Tags: ["v1"] -> ["v2"]"#);
        assert_eq!(
            describe(&changes[1]),
            r#"Service.Failover.Datacenters: (none) -> ["dc2"]"#
        );
    }

    #[test]
    fn flags_turned_off_read_false() {
        let changes = diff(
            &json!({"Service": {"OnlyPassing": true}}),
            &json!({"Service": {"OnlyPassing": false}}),
        );
        assert_eq!(describe(&changes[0]), "Service.OnlyPassing: true -> false");
    }

    #[test]
    fn token_values_are_never_shown() {
        let changes = diff(
            &json!({"Token": "old-secret"}),
            &json!({"Token": "new-secret"}),
        );
        let text = describe(&changes[0]);
        assert!(!text.contains("secret"), "{text}");
        assert_eq!(text, r#"Token: "<hidden>" -> "<hidden>""#);
    }

    #[test]
    fn failover_targets_settle_although_consul_fills_in_their_empty_fields() {
        let stored = json!({"Service": {"Failover": {"NearestN": 0, "Datacenters": null,
            "Targets": [{"Peer": "p1", "Datacenter": "", "Partition": "", "Namespace": ""},
                        {"Peer": "", "Datacenter": "dc2", "Partition": "", "Namespace": ""}]}}});
        let file =
            json!({"service": {"failover": {"targets": [{"peer": "p1"}, {"Datacenter": "dc2"}]}}});
        assert_eq!(diff(&stored, &file), vec![]);
        let reordered =
            json!({"Service": {"Failover": {"Targets": [{"Datacenter": "dc2"}, {"Peer": "p1"}]}}});
        assert_eq!(
            diff(&stored, &reordered).len(),
            1,
            "the order is the failover order"
        );
        let another =
            json!({"Service": {"Failover": {"Targets": [{"Peer": "p1"}, {"Peer": "p2"}]}}});
        assert_eq!(diff(&stored, &another).len(), 1);
    }

    #[test]
    fn enterprise_default_namespace_and_partition_equal_none() {
        let stored = json!({"Name": "q", "Service": {"Service": "api",
            "Namespace": "default", "Partition": "default",
            "Failover": {"Targets": [{"Peer": "p1", "Partition": "default", "Namespace": ""}]}}});
        let file = json!({"Name": "q", "Service": {"Service": "api",
            "Failover": {"Targets": [{"Peer": "p1"}]}}});
        assert_eq!(diff(&stored, &file), []);
        let elsewhere = json!({"Name": "q", "Service": {"Service": "api", "Namespace": "frontend",
            "Failover": {"Targets": [{"Peer": "p1", "Partition": "team-a"}]}}});
        let fields: Vec<String> = diff(&stored, &elsewhere)
            .into_iter()
            .map(|c| c.field)
            .collect();
        assert_eq!(fields, ["Service.Namespace", "Service.Failover.Targets"]);
    }

    #[test]
    fn meta_keys_are_case_sensitive() {
        let a = json!({"Service": {"NodeMeta": {"rack": "a"}}});
        let b = json!({"Service": {"NodeMeta": {"Rack": "a"}}});
        assert_eq!(diff(&a, &b).len(), 1);
    }
}
