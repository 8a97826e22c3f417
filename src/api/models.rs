//! Consul's shapes, with Consul's field names. Read models keep every field they do not name in
//! `other`, so JSON output is Consul's own answer; write models send only the fields set.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// One entry of `/v1/agent/members`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Member {
    pub name: String,
    pub addr: String,
    pub port: u16,
    #[serde(default)]
    pub tags: Map<String, Value>,
    pub status: u8,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl Member {
    pub fn tag(&self, key: &str) -> &str {
        self.tags.get(key).and_then(Value::as_str).unwrap_or("")
    }

    /// Serf's status number, in the words Consul's own CLI uses.
    pub fn status_word(&self) -> &'static str {
        match self.status {
            0 => "none",
            1 => "alive",
            2 => "leaving",
            3 => "left",
            4 => "failed",
            _ => "unknown",
        }
    }
}

/// `/v1/agent/self`: only the parts the table shows are named.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AgentSelf {
    pub config: SelfConfig,
    #[serde(default)]
    pub member: Option<Member>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SelfConfig {
    #[serde(default)]
    pub datacenter: String,
    #[serde(default)]
    pub node_name: String,
    #[serde(default, rename = "NodeID")]
    pub node_id: String,
    #[serde(default)]
    pub server: bool,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub revision: String,
    /// Consul Enterprise 1.11 or newer: the agent's admin partition.
    #[serde(default)]
    pub partition: String,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// One service of `/v1/agent/services` (keyed by service ID): the fields consulctl reads. JSON
/// output is the answer as it came ([`super::JsonAnswer`]), so nothing else is kept, and the
/// strings borrow from the answer: a tree of every field would hold many times the answer
/// (bench/README.md). The fields of newer Consul that most services lack sit behind one
/// pointer, so that a service without them costs no more than it did before they existed.
#[derive(Debug, Clone, Deserialize)]
#[serde(from = "AgentServiceWire<'a>", bound(deserialize = "'de: 'a"))]
pub struct AgentService<'a> {
    pub id: Cow<'a, str>,
    pub service: Cow<'a, str>,
    /// The `Tags` array as the answer wrote it (empty for none): a list of its own for every
    /// service would be one more allocation each, for words only a table joins.
    tags_json: Cow<'a, str>,
    pub address: Cow<'a, str>,
    pub port: u16,
    newer: Option<Box<NewerServiceFields<'a>>>,
}

/// What [`AgentService`] keeps of newer Consul, when a service has any of it.
#[derive(Debug, Clone, Default)]
struct NewerServiceFields<'a> {
    ports: Vec<NamedPort>,
    socket_path: Cow<'a, str>,
    namespace: Cow<'a, str>,
    partition: Cow<'a, str>,
}

/// A service as `/v1/agent/services` writes it, read into an [`AgentService`].
#[derive(Deserialize)]
struct AgentServiceWire<'a> {
    #[serde(rename = "ID", borrow)]
    id: Cow<'a, str>,
    #[serde(rename = "Service", borrow)]
    service: Cow<'a, str>,
    #[serde(rename = "Tags", default, deserialize_with = "tags_as_written", borrow)]
    tags_json: Cow<'a, str>,
    #[serde(rename = "Address", default, borrow)]
    address: Cow<'a, str>,
    #[serde(rename = "Port", default)]
    port: u16,
    /// Consul 1.22 multi-port services: their named ports (`Port` is then 0 or absent).
    #[serde(rename = "Ports", default, deserialize_with = "null_as_default")]
    ports: Vec<NamedPort>,
    /// A service that listens on a unix socket instead of an address and port.
    #[serde(rename = "SocketPath", default, borrow)]
    socket_path: Cow<'a, str>,
    /// Consul Enterprise; absent on Community Edition.
    #[serde(rename = "Namespace", default, borrow)]
    namespace: Cow<'a, str>,
    /// Consul Enterprise; absent on Community Edition.
    #[serde(rename = "Partition", default, borrow)]
    partition: Cow<'a, str>,
}

impl<'a> From<AgentServiceWire<'a>> for AgentService<'a> {
    fn from(wire: AgentServiceWire<'a>) -> Self {
        let newer = NewerServiceFields {
            ports: wire.ports,
            socket_path: wire.socket_path,
            namespace: wire.namespace,
            partition: wire.partition,
        };
        let none = newer.ports.is_empty()
            && newer.socket_path.is_empty()
            && newer.namespace.is_empty()
            && newer.partition.is_empty();
        AgentService {
            id: wire.id,
            service: wire.service,
            tags_json: wire.tags_json,
            address: wire.address,
            port: wire.port,
            newer: (!none).then(|| Box::new(newer)),
        }
    }
}

impl AgentService<'_> {
    /// The service with its strings copied, free of the answer it was read from.
    pub fn into_owned(self) -> AgentService<'static> {
        AgentService {
            id: self.id.into_owned().into(),
            service: self.service.into_owned().into(),
            tags_json: self.tags_json.into_owned().into(),
            address: self.address.into_owned().into(),
            port: self.port,
            newer: self.newer.map(|newer| {
                Box::new(NewerServiceFields {
                    ports: newer.ports,
                    socket_path: newer.socket_path.into_owned().into(),
                    namespace: newer.namespace.into_owned().into(),
                    partition: newer.partition.into_owned().into(),
                })
            }),
        }
    }

    /// Where the service listens, as tables show it (its default port for a multi-port one).
    pub fn listener(&self) -> Listener<'_> {
        match &self.newer {
            Some(newer) => listener(self.port, &newer.ports, &newer.socket_path, None),
            None => listener(self.port, &[], "", None),
        }
    }

    /// Consul Enterprise's namespace of the service ("" on Community Edition).
    pub fn namespace(&self) -> &str {
        self.newer.as_ref().map_or("", |n| &n.namespace)
    }

    /// Consul Enterprise's admin partition of the service ("" on Community Edition).
    pub fn partition(&self) -> &str {
        self.newer.as_ref().map_or("", |n| &n.partition)
    }
}

/// One named port of a multi-port service (Consul 1.22: `Ports: [{Name, Port, Default}]`).
/// Owned: the names are short, and the health models (which own their strings) share it.
#[derive(Debug, Clone, Deserialize)]
pub struct NamedPort {
    #[serde(rename = "Name", default)]
    pub name: String,
    #[serde(rename = "Port", default)]
    pub port: u16,
    #[serde(rename = "Default", default)]
    pub default: bool,
}

/// Where a service instance can be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listener<'a> {
    /// A TCP port (never 0).
    Port(u16),
    /// A unix socket: no address and port to hand on.
    Socket(&'a str),
    /// Neither: port 0, a multi-port service without a default, or no port by the name asked.
    Unusable,
}

/// Where an instance listens: with `name`, its port of that name; otherwise its socket, its
/// `Port`, or (a multi-port service, whose `Port` is 0) the port marked `Default`. Port 0 is
/// never a place to send traffic to, so it is [`Listener::Unusable`].
pub fn listener<'a>(
    port: u16,
    ports: &[NamedPort],
    socket_path: &'a str,
    name: Option<&str>,
) -> Listener<'a> {
    let usable = |p: u16| {
        if p == 0 {
            Listener::Unusable
        } else {
            Listener::Port(p)
        }
    };
    if let Some(name) = name {
        return ports
            .iter()
            .find(|p| p.name == name)
            .map_or(Listener::Unusable, |p| usable(p.port));
    }
    if !socket_path.is_empty() {
        return Listener::Socket(socket_path);
    }
    if port != 0 {
        return Listener::Port(port);
    }
    ports
        .iter()
        .find(|p| p.default)
        .map_or(Listener::Unusable, |p| usable(p.port))
}

impl AgentService<'_> {
    /// The service's tags.
    pub fn tags(&self) -> Vec<Cow<'_, str>> {
        if self.tags_json.is_empty() {
            return Vec::new();
        }
        serde_json::from_str::<Option<Vec<Cow<str>>>>(&self.tags_json)
            .expect("checked when the answer was read")
            .unwrap_or_default()
    }
}

/// A `Tags` value kept as written, once it is known to be a list of strings (or null).
fn tags_as_written<'de: 'a, 'a, D>(deserializer: D) -> Result<Cow<'a, str>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let raw = <&'de serde_json::value::RawValue>::deserialize(deserializer)?;
    serde_json::from_str::<Option<Vec<Cow<str>>>>(raw.get())
        .map_err(|e| serde::de::Error::custom(format!("Tags: {e}")))?;
    Ok(Cow::Borrowed(raw.get()))
}

/// `/v1/agent/services`, keyed by service ID.
pub type AgentServices<'a> = ById<AgentService<'a>>;

/// An object keyed by ID (`/v1/agent/services`, `/v1/agent/checks`), held as the list of its
/// values in the answer's order, which is by ID: Consul's JSON encoder writes a map's keys
/// sorted. A map would hold a copy of every ID as its key, and its nodes, beside values that
/// already name their ID.
#[derive(Debug, Clone)]
pub struct ById<T>(Vec<T>);

/// A value of a [`ById`] object: the ID it is keyed by.
pub trait Keyed {
    fn key(&self) -> &str;
}

impl Keyed for AgentService<'_> {
    fn key(&self) -> &str {
        &self.id
    }
}

impl Keyed for AgentCheck<'_> {
    fn key(&self) -> &str {
        &self.check_id
    }
}

impl<T> Default for ById<T> {
    fn default() -> Self {
        ById(Vec::new())
    }
}

impl<T: Keyed> ById<T> {
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value with this ID (the list is sorted by ID).
    pub fn get(&self, id: &str) -> Option<&T> {
        self.0
            .binary_search_by(|value| value.key().cmp(id))
            .ok()
            .map(|at| &self.0[at])
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.get(id).is_some()
    }
}

impl<T> IntoIterator for ById<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<T> FromIterator<T> for ById<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        ById(values.into_iter().collect())
    }
}

impl<'de, T: Deserialize<'de> + Keyed> Deserialize<'de> for ById<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Values<T>(std::marker::PhantomData<T>);

        impl<'de, T: Deserialize<'de> + Keyed> serde::de::Visitor<'de> for Values<T> {
            type Value = ById<T>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object keyed by ID")
            }

            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<Self::Value, M::Error> {
                let mut values: Vec<T> = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some((serde::de::IgnoredAny, value)) =
                    map.next_entry::<serde::de::IgnoredAny, T>()?
                {
                    values.push(value);
                }
                // Another sender's order is put right, as a map keyed by ID would have.
                if !values.is_sorted_by(|a, b| a.key() <= b.key()) {
                    values.sort_by(|a, b| a.key().cmp(b.key()));
                }
                Ok(ById(values))
            }
        }

        deserializer.deserialize_map(Values(std::marker::PhantomData))
    }
}

/// One check of `/v1/agent/checks` (keyed by check ID): the fields consulctl reads. JSON output
/// is the answer as it came ([`super::JsonAnswer`]), so nothing else is kept: a tree of every
/// field would hold many times the answer (bench/README.md).
/// The strings borrow from the answer where Consul wrote them without escapes.
#[derive(Debug, Clone, Deserialize)]
pub struct AgentCheck<'a> {
    #[serde(rename = "CheckID", borrow)]
    pub check_id: Cow<'a, str>,
    #[serde(rename = "Name", default, borrow)]
    pub name: Cow<'a, str>,
    #[serde(rename = "Status", default, borrow)]
    pub status: Cow<'a, str>,
    #[serde(rename = "Output", default, borrow)]
    pub output: Cow<'a, str>,
    #[serde(rename = "ServiceID", default, borrow)]
    pub service_id: Cow<'a, str>,
    #[serde(rename = "Type", default, borrow)]
    pub kind: Cow<'a, str>,
    /// Consul Enterprise; absent on Community Edition.
    #[serde(rename = "Namespace", default, borrow)]
    pub namespace: Cow<'a, str>,
    /// Consul Enterprise; absent on Community Edition.
    #[serde(rename = "Partition", default, borrow)]
    pub partition: Cow<'a, str>,
}

/// Consul Enterprise's default partition or namespace, or none (Community Edition): a table
/// shows a Partition or Namespace column only when some row holds another.
pub fn is_default_tenancy(name: &str) -> bool {
    name.is_empty() || name == "default"
}

impl AgentCheck<'_> {
    /// The check with its strings copied, free of the answer it was read from.
    pub fn into_owned(self) -> AgentCheck<'static> {
        AgentCheck {
            check_id: self.check_id.into_owned().into(),
            name: self.name.into_owned().into(),
            status: self.status.into_owned().into(),
            output: self.output.into_owned().into(),
            service_id: self.service_id.into_owned().into(),
            kind: self.kind.into_owned().into(),
            namespace: self.namespace.into_owned().into(),
            partition: self.partition.into_owned().into(),
        }
    }
}

/// `/v1/agent/checks`, keyed by check ID.
pub type AgentChecks<'a> = ById<AgentCheck<'a>>;

/// The body of `PUT /v1/agent/check/register`, and of a service's `Check`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CheckDefinition {
    #[serde(rename = "Name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Sent as `ID`: the register endpoint refuses `CheckID` (400 unknown field), although
    /// check listings name the same value `CheckID`. Never set for a service's `Check`.
    #[serde(rename = "ID", skip_serializing_if = "Option::is_none")]
    pub check_id: Option<String>,
    #[serde(rename = "ServiceID", skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    #[serde(rename = "Notes", skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(rename = "Status", skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "TTL", skip_serializing_if = "Option::is_none")]
    pub ttl: Option<String>,
    #[serde(rename = "HTTP", skip_serializing_if = "Option::is_none")]
    pub http: Option<String>,
    #[serde(rename = "Method", skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    #[serde(rename = "Header", skip_serializing_if = "Option::is_none")]
    pub header: Option<BTreeMap<String, Vec<String>>>,
    #[serde(rename = "Body", skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(rename = "TLSSkipVerify", skip_serializing_if = "Option::is_none")]
    pub tls_skip_verify: Option<bool>,
    #[serde(rename = "TCP", skip_serializing_if = "Option::is_none")]
    pub tcp: Option<String>,
    #[serde(rename = "GRPC", skip_serializing_if = "Option::is_none")]
    pub grpc: Option<String>,
    #[serde(rename = "GRPCUseTLS", skip_serializing_if = "Option::is_none")]
    pub grpc_use_tls: Option<bool>,
    /// Consul 1.10 or newer.
    #[serde(rename = "H2PING", skip_serializing_if = "Option::is_none")]
    pub h2ping: Option<String>,
    /// Consul 1.10 or newer.
    #[serde(rename = "TLSServerName", skip_serializing_if = "Option::is_none")]
    pub tls_server_name: Option<String>,
    #[serde(rename = "Args", skip_serializing_if = "Option::is_none")]
    pub args: Option<Vec<String>>,
    #[serde(rename = "DockerContainerID", skip_serializing_if = "Option::is_none")]
    pub docker_container_id: Option<String>,
    #[serde(rename = "AliasService", skip_serializing_if = "Option::is_none")]
    pub alias_service: Option<String>,
    #[serde(rename = "Interval", skip_serializing_if = "Option::is_none")]
    pub interval: Option<String>,
    #[serde(rename = "Timeout", skip_serializing_if = "Option::is_none")]
    pub timeout: Option<String>,
    #[serde(
        rename = "DeregisterCriticalServiceAfter",
        skip_serializing_if = "Option::is_none"
    )]
    pub deregister_critical_service_after: Option<String>,
    #[serde(
        rename = "SuccessBeforePassing",
        skip_serializing_if = "Option::is_none"
    )]
    pub success_before_passing: Option<u32>,
    #[serde(
        rename = "FailuresBeforeCritical",
        skip_serializing_if = "Option::is_none"
    )]
    pub failures_before_critical: Option<u32>,
}

/// The body of `PUT /v1/agent/service/register`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServiceDefinition {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "ID", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "Address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(rename = "Port", skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(rename = "Meta", skip_serializing_if = "Option::is_none")]
    pub meta: Option<BTreeMap<String, String>>,
    #[serde(rename = "EnableTagOverride", skip_serializing_if = "Option::is_none")]
    pub enable_tag_override: Option<bool>,
    #[serde(rename = "Check", skip_serializing_if = "Option::is_none")]
    pub check: Option<CheckDefinition>,
}

/// The body of `PUT /v1/agent/check/update/:id`.
#[derive(Debug, Clone, Serialize)]
pub struct CheckUpdate {
    #[serde(rename = "Status")]
    pub status: String,
    #[serde(rename = "Output", skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
}

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

/// The answer of `/v1/query/:id/execute`: only what the table, `-o addrs` and `--min` read. JSON
/// output is the answer as it came ([`super::JsonAnswer`]), so nothing else is kept, and the
/// strings borrow from the answer where Consul wrote them without escapes: a tree of every field
/// would hold many times the answer (bench/README.md).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct QueryExecution<'a> {
    #[serde(default, borrow)]
    pub service: Cow<'a, str>,
    #[serde(default, deserialize_with = "null_as_default", borrow)]
    pub nodes: Vec<ServiceNode<'a>>,
    #[serde(default, borrow)]
    pub datacenter: Cow<'a, str>,
    #[serde(default)]
    pub failovers: u64,
    /// The cluster peer that answered, after a failover to a peer (Consul 1.14 or newer).
    #[serde(default, borrow)]
    pub peer_name: Cow<'a, str>,
}

/// One healthy instance in an execute answer: the node, the service on it, and its checks.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceNode<'a> {
    #[serde(borrow)]
    pub node: NodeInfo<'a>,
    #[serde(borrow)]
    pub service: NodeService<'a>,
    #[serde(default, deserialize_with = "null_as_default", borrow)]
    pub checks: Vec<HealthCheck<'a>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NodeInfo<'a> {
    #[serde(default, borrow)]
    pub node: Cow<'a, str>,
    #[serde(default, borrow)]
    pub address: Cow<'a, str>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NodeService<'a> {
    #[serde(rename = "ID", default, borrow)]
    pub id: Cow<'a, str>,
    #[serde(default, borrow)]
    pub address: Cow<'a, str>,
    #[serde(default)]
    pub port: u16,
    /// Consul 1.22 multi-port services: their named ports (`Port` is then 0 or absent).
    #[serde(default, deserialize_with = "null_as_default")]
    pub ports: Vec<NamedPort>,
    /// A service that listens on a unix socket instead of an address and port.
    #[serde(default, borrow)]
    pub socket_path: Cow<'a, str>,
    #[serde(default, deserialize_with = "null_as_default", borrow)]
    pub tags: Vec<Cow<'a, str>>,
    /// Consul Enterprise; absent on Community Edition.
    #[serde(rename = "Namespace", default, borrow)]
    pub namespace: Cow<'a, str>,
    /// Consul Enterprise; absent on Community Edition.
    #[serde(rename = "Partition", default, borrow)]
    pub partition: Cow<'a, str>,
}

impl NodeService<'_> {
    /// Where the instance listens; `port_name` picks a named port of a multi-port service.
    pub fn listener(&self, port_name: Option<&str>) -> Listener<'_> {
        listener(self.port, &self.ports, &self.socket_path, port_name)
    }
}

/// A check of an instance: its status is all the Health column counts.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HealthCheck<'a> {
    #[serde(default, borrow)]
    pub status: Cow<'a, str>,
}

/// Go writes an empty list as `null`.
fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
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

#[cfg(test)]
mod tests {
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
