//! The catalog's health endpoints, `/v1/health/*`, and the catalog's views of one node, of
//! every service and of the federation's datacenters: reads that take `?dc=` and block
//! (`?index=&wait=`), for listing, waiting on and watching health.

use reqwest::Method;
use serde::Deserialize;

use super::client::{Client, Extra, JsonAnswer};
use super::error::ApiError;
use super::models::{listener, Listener, NamedPort};
use super::query::{borrowed, ReadOptions};

/// One check as the catalog holds it (`/v1/health/state/…`, `/v1/health/node/…`, the `Checks`
/// of `/v1/health/service/…`): the fields consulctl reads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CatalogCheck {
    #[serde(default)]
    pub node: String,
    #[serde(rename = "CheckID", default)]
    pub check_id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub output: String,
    /// Free text for people; maintenance checks hold their reason here.
    #[serde(default)]
    pub notes: String,
    #[serde(rename = "ServiceID", default)]
    pub service_id: String,
    #[serde(default)]
    pub service_name: String,
    /// `ttl`, `http`, `tcp`, ...; empty for Serf's own check and on Consul before 1.7.
    #[serde(rename = "Type", default)]
    pub kind: String,
    /// Consul Enterprise: the check's namespace and partition (absent on Community Edition).
    #[serde(default)]
    pub namespace: String,
    #[serde(default)]
    pub partition: String,
}

/// One instance of `/v1/health/service/…`: its node, the service, and every check that bears
/// on it (the node's own checks too).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ServiceHealth {
    pub node: HealthNode,
    pub service: HealthService,
    #[serde(default, deserialize_with = "null_is_empty")]
    pub checks: Vec<CatalogCheck>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HealthNode {
    #[serde(default)]
    pub node: String,
    #[serde(default)]
    pub address: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct HealthService {
    #[serde(rename = "ID", default)]
    pub id: String,
    #[serde(default)]
    pub service: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub port: u16,
    /// Consul 1.22 multi-port services: their named ports (`Port` is then 0 or absent).
    #[serde(default, deserialize_with = "null_is_empty")]
    pub ports: Vec<NamedPort>,
    /// A service that listens on a unix socket instead of an address and port.
    #[serde(default)]
    pub socket_path: String,
    #[serde(default, deserialize_with = "null_is_empty")]
    pub tags: Vec<String>,
    /// Consul Enterprise: the instance's namespace and partition (absent on Community Edition).
    #[serde(default)]
    pub namespace: String,
    #[serde(default)]
    pub partition: String,
}

impl HealthService {
    /// Where the instance listens (its default port for a multi-port service).
    pub fn listener(&self) -> Listener<'_> {
        listener(self.port, &self.ports, &self.socket_path, None)
    }
}

/// `/v1/catalog/node/…`: the services the catalog holds for one node (`null` for an unknown
/// node), keyed by service ID.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CatalogNode {
    #[serde(default, deserialize_with = "null_is_empty")]
    pub services: std::collections::BTreeMap<String, HealthService>,
}

fn null_is_empty<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// An answer kept as Consul sent it, with the `X-Consul-Index` it carried.
pub struct IndexedAnswer {
    pub answer: JsonAnswer,
    pub index: Option<u64>,
}

impl Client {
    /// `GET /v1/health/service/NAME[?tag=T…]`: every instance with its checks, healthy or not.
    pub fn health_service(
        &self,
        name: &str,
        tags: &[String],
        options: &ReadOptions,
    ) -> Result<IndexedAnswer, ApiError> {
        let extra: Vec<_> = tags.iter().map(|t| ("tag", t.clone())).collect();
        self.health_read(&["health", "service", name], extra, options)
    }

    /// `GET /v1/health/state/STATE` (`any` for every check), Consul filter optional.
    pub fn health_state(
        &self,
        state: &str,
        filter: Option<&str>,
        options: &ReadOptions,
    ) -> Result<IndexedAnswer, ApiError> {
        self.health_read(&["health", "state", state], filter_query(filter), options)
    }

    /// `GET /v1/health/checks/SERVICE`: the checks of every instance of a service.
    pub fn health_service_checks(
        &self,
        service: &str,
        filter: Option<&str>,
        options: &ReadOptions,
    ) -> Result<IndexedAnswer, ApiError> {
        self.health_read(
            &["health", "checks", service],
            filter_query(filter),
            options,
        )
    }

    /// `GET /v1/health/node/NODE`: the checks of one node (its own and its services').
    pub fn health_node(
        &self,
        node: &str,
        filter: Option<&str>,
        options: &ReadOptions,
    ) -> Result<IndexedAnswer, ApiError> {
        self.health_read(&["health", "node", node], filter_query(filter), options)
    }

    /// `GET /v1/catalog/node/NODE`: the node and its services as the catalog holds them.
    pub fn catalog_node(
        &self,
        node: &str,
        options: &ReadOptions,
    ) -> Result<IndexedAnswer, ApiError> {
        self.health_read(&["catalog", "node", node], Vec::new(), options)
    }

    /// `GET /v1/catalog/services`: every service name in the datacenter with its tags (those of
    /// all its instances), Consul filter optional.
    pub fn catalog_services(
        &self,
        filter: Option<&str>,
        options: &ReadOptions,
    ) -> Result<IndexedAnswer, ApiError> {
        self.health_read(&["catalog", "services"], filter_query(filter), options)
    }

    /// A read that may block: the options' datacenter, consistency, index and wait, then
    /// `extra`; the request may take the wait plus Consul's jitter on top of the usual timeout.
    fn health_read(
        &self,
        segments: &[&str],
        extra: Vec<(&'static str, String)>,
        options: &ReadOptions,
    ) -> Result<IndexedAnswer, ApiError> {
        let mut query = options.query();
        query.extend(extra);
        let timeout = options.timeout(self.request_timeout());
        let (answer, index) = self.read_json(
            Method::GET,
            segments,
            &borrowed(&query),
            Extra {
                timeout,
                ..Extra::default()
            },
        )?;
        Ok(IndexedAnswer { answer, index })
    }
}

fn filter_query(filter: Option<&str>) -> Vec<(&'static str, String)> {
    filter
        .map(|f| ("filter", f.to_string()))
        .into_iter()
        .collect()
}

/// The index to send next, by Consul's rules for blocking queries: an index that went backwards
/// (a snapshot restore, a new leader) starts over with 0, and an index of 0 (never valid after a
/// read) is taken as 1 so the next read still blocks.
pub fn next_index(previous: Option<u64>, answered: Option<u64>) -> Option<u64> {
    match (previous, answered) {
        (_, None) => None,
        (_, Some(0)) => Some(1),
        (Some(before), Some(now)) if now < before => Some(0),
        (_, Some(now)) => Some(now),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_follows_consuls_rules() {
        assert_eq!(next_index(None, Some(7)), Some(7));
        assert_eq!(next_index(Some(7), Some(9)), Some(9));
        assert_eq!(
            next_index(Some(9), Some(3)),
            Some(0),
            "backwards: start over"
        );
        assert_eq!(next_index(Some(9), Some(0)), Some(1), "zero is never valid");
        assert_eq!(next_index(Some(9), None), None, "no header: no blocking");
    }

    #[test]
    fn service_health_reads_nulls_as_empty() {
        let text = r#"{"Node":{"Node":"n1","Address":"127.0.0.1"},
            "Service":{"ID":"web-1","Service":"web","Port":80,"Tags":null},"Checks":null}"#;
        let entry: ServiceHealth = serde_json::from_str(text).unwrap();
        assert!(entry.checks.is_empty() && entry.service.tags.is_empty());
    }
}
