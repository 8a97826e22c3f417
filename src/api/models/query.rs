//! Prepared query definitions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A prepared query definition (`/v1/query`). Every level keeps the fields it does not name in
/// `other`, and fields absent from an answer stay absent when it is written back: an update
/// built from a read sends back exactly what Consul holds, changed only where we changed it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PreparedQuery {
    #[serde(rename = "ID", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    /// The ACL token stored with the query and used when it runs. Never printed unasked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<QueryTemplate>,
    #[serde(default)]
    pub service: QueryService,
    #[serde(rename = "DNS", default, skip_serializing_if = "Option::is_none")]
    pub dns: Option<QueryDns>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// What Consul answers for a stored token the caller may not see.
pub const HIDDEN_TOKEN: &str = "<hidden>";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueryService {
    #[serde(default)]
    pub service: String,
    /// The cluster peer whose imported service is queried (Consul 1.14 or newer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer: Option<String>,
    /// The sameness group queried, its members in failover order (Consul Enterprise 1.16 or
    /// newer). Consul does not combine it with `Failover`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sameness_group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failover: Option<QueryFailover>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_passing: Option<bool>,
    #[serde(
        rename = "IgnoreCheckIDs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ignore_check_ids: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub near: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_meta: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_meta: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connect: Option<bool>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueryFailover {
    #[serde(rename = "NearestN", default, skip_serializing_if = "Option::is_none")]
    pub nearest_n: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datacenters: Option<Vec<String>>,
    /// Peers and datacenters tried in order (Consul 1.14 or newer). Consul refuses them together
    /// with `NearestN` or `Datacenters`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<Vec<QueryFailoverTarget>>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl QueryService {
    /// Consul Enterprise's `Namespace` or `Partition` of the queried service (kept in `other`);
    /// empty when absent, as on Community Edition.
    pub fn tenancy(&self, key: &str) -> &str {
        self.other
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .and_then(|(_, v)| v.as_str())
            .unwrap_or_default()
    }
}

impl QueryFailover {
    /// The targets that name something (Consul answers each with its empty fields too).
    pub fn named_targets(&self) -> impl Iterator<Item = &QueryFailoverTarget> {
        self.targets
            .iter()
            .flatten()
            .filter(|t| !t.to_string().is_empty())
    }

    pub fn has_targets(&self) -> bool {
        self.named_targets().next().is_some()
    }

    /// NearestN or Datacenters: the failover that Targets replace.
    pub fn has_datacenters(&self) -> bool {
        self.nearest_n.is_some_and(|n| n > 0)
            || self.datacenters.as_ref().is_some_and(|d| !d.is_empty())
    }
}

/// One failover target: a peer or a datacenter (Enterprise adds Partition and Namespace, kept in
/// `other`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueryFailoverTarget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub peer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datacenter: Option<String>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// `peer:NAME` or `dc:NAME`, as `--failover-target` takes it, with `partition:NAME` and
/// `namespace:NAME` after it on Enterprise (empty for a target naming nothing).
impl std::fmt::Display for QueryFailoverTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let other = |key: &str| {
            self.other
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .and_then(|(_, v)| v.as_str())
        };
        // HashiCorp's API docs spell the peer `PeerName` where the Go struct has `Peer`: either
        // names the peer (and goes back to Consul as it came).
        let peer = self
            .peer
            .as_deref()
            .filter(|p| !p.is_empty())
            .or_else(|| other("PeerName"));
        let parts = [
            ("peer", peer),
            ("dc", self.datacenter.as_deref()),
            ("partition", other("Partition")),
            ("namespace", other("Namespace")),
        ];
        let named: Vec<String> = parts
            .iter()
            .filter_map(|(what, name)| {
                name.filter(|n| !n.is_empty())
                    .map(|n| format!("{what}:{n}"))
            })
            .collect();
        write!(f, "{}", named.join(" "))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueryTemplate {
    #[serde(rename = "Type", default)]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regexp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove_empty_tags: Option<bool>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueryDns {
    #[serde(rename = "TTL", default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<String>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// Calls `change` on the value of every `Token` field (any case) that holds a string, at any
/// depth: a prepared query's stored ACL token, wherever a body carries one.
pub fn each_token(value: &mut Value, change: &mut dyn FnMut(&mut Value)) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map.iter_mut() {
                if key.eq_ignore_ascii_case("token") && inner.is_string() {
                    change(inner);
                } else {
                    each_token(inner, change);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| each_token(item, change)),
        _ => {}
    }
}
