//! The answer of a prepared query's execution.

use std::borrow::Cow;

use serde::Deserialize;

use super::{listener, null_as_default, Listener, NamedPort};

/// The answer of `/v1/query/:id/execute`: only what the table, `-o addrs` and `--min` read. JSON
/// output is the answer as it came ([`crate::api::JsonAnswer`]), so nothing else is kept, and the
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
