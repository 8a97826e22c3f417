//! Consul's shapes, with Consul's field names. Read models keep every field they do not name in
//! `other`, so JSON output is Consul's own answer; write models send only the fields set.

mod agent;
mod by_id;
mod checks;
mod definitions;
mod execute;
mod query;
mod services;

pub use agent::*;
pub use by_id::*;
pub use checks::*;
pub use definitions::*;
pub use execute::*;
pub use query::*;
pub use services::*;

use serde::Deserialize;

/// Go writes an empty list as `null`.
fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use serde_json::Map;

    use super::*;

    #[test]
    fn failover_targets_read_as_the_flag_takes_them() {
        let targets: Vec<QueryFailoverTarget> = serde_json::from_value(serde_json::json!([
            {"Peer": "cluster-02", "Datacenter": ""},
            {"Peer": "", "Datacenter": "dc2", "Partition": "", "Namespace": ""},
            {"Datacenter": "dc3", "Partition": "ap2", "Namespace": "web"},
            {"Peer": "", "Datacenter": ""}
        ]))
        .unwrap();
        let shown: Vec<String> = targets.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "peer:cluster-02",
                "dc:dc2",
                "dc:dc3 partition:ap2 namespace:web",
                ""
            ]
        );
        let failover = QueryFailover {
            targets: Some(targets),
            ..QueryFailover::default()
        };
        assert_eq!(failover.named_targets().count(), 3);
    }

    #[test]
    fn agent_services_are_the_values_in_id_order() {
        let ids = |json: &str| -> Vec<String> {
            serde_json::from_str::<AgentServices>(json)
                .unwrap()
                .iter()
                .map(|s| s.id.to_string())
                .collect()
        };
        let service = |id: &str| format!(r#"{{"ID":"{id}","Service":"s","Port":80}}"#);
        let sorted = format!(r#"{{"a":{},"b":{}}}"#, service("a"), service("b"));
        assert_eq!(ids(&sorted), ["a", "b"]);
        let unsorted = format!(
            r#"{{"web":{},"api":{},"db":{}}}"#,
            service("web"),
            service("api"),
            service("db")
        );
        assert_eq!(ids(&unsorted), ["api", "db", "web"]);
        assert!(ids("{}").is_empty());
        let checks: AgentChecks = serde_json::from_str(
            r#"{"web":{"CheckID":"web","Status":"passing"},"api":{"CheckID":"api","Status":"critical"}}"#,
        )
        .unwrap();
        assert_eq!(checks.get("web").unwrap().status, "passing");
        assert_eq!(checks.get("api").unwrap().status, "critical");
        assert!(checks.get("db").is_none() && !checks.contains_key("we"));
        let tags = |json: &str| -> Result<Vec<String>, String> {
            let services =
                serde_json::from_str::<AgentServices>(json).map_err(|e| e.to_string())?;
            let service = services.iter().next().unwrap();
            Ok(service.tags().iter().map(|t| t.to_string()).collect())
        };
        let with = |tags: &str| format!(r#"{{"a":{{"ID":"a","Service":"s","Tags":{tags}}}}}"#);
        assert_eq!(
            tags(&with(r#"["v2", "say \"hi\"", "ü"]"#)).unwrap(),
            ["v2", "say \"hi\"", "ü"]
        );
        assert!(tags(&with("null")).unwrap().is_empty());
        assert!(tags(&with("[]")).unwrap().is_empty());
        assert!(tags(r#"{"a":{"ID":"a","Service":"s"}}"#)
            .unwrap()
            .is_empty());
        let error = tags(&with(r#"["v2", 3]"#)).unwrap_err();
        assert!(error.contains("Tags"), "{error}");
        let owned = serde_json::from_str::<AgentServices>(&with(r#"["x","y"]"#))
            .unwrap()
            .into_iter()
            .next()
            .unwrap()
            .into_owned();
        assert_eq!(owned.tags(), ["x", "y"]);
        let error = serde_json::from_str::<AgentServices>("[]").unwrap_err();
        assert!(
            error.to_string().contains("an object keyed by ID"),
            "{error}"
        );
    }

    #[test]
    fn member_status_numbers_become_words() {
        let words: Vec<_> = (0..=5)
            .map(|status| {
                let member = Member {
                    name: String::new(),
                    addr: String::new(),
                    port: 0,
                    tags: Map::new(),
                    status,
                    other: Map::new(),
                };
                member.status_word()
            })
            .collect();
        assert_eq!(
            words,
            ["none", "alive", "leaving", "left", "failed", "unknown"]
        );
    }
}
