//! The agent's services, and where an instance listens.

use std::borrow::Cow;

use serde::Deserialize;

use super::{null_as_default, ById};

/// One service of `/v1/agent/services` (keyed by service ID): the fields consulctl reads. JSON
/// output is the answer as it came ([`crate::api::JsonAnswer`]), so nothing else is kept, and the
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
