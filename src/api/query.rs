//! The prepared query endpoints, `/v1/query`. Only execute and explain accept a name; the
//! others take the query's ID.

use std::time::Duration;

use reqwest::Method;
use serde::Serialize;
use serde_json::value::RawValue;

use super::client::{Client, Extra, JsonAnswer};
use super::error::{found, ApiError};
use super::models::PreparedQuery;
#[allow(unused_imports)] // named in doc links
use super::models::QueryExecution;

/// Which server may answer a read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Consistency {
    /// The leader, without the extra round of `consistent`.
    #[default]
    Default,
    /// Any server, possibly behind the leader: fast and available without a leader.
    Stale,
    /// The leader, after confirming it still leads.
    Consistent,
}

/// How a read is made: datacenter, consistency, and an optional blocking wait.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions<'a> {
    pub datacenter: Option<&'a str>,
    pub consistency: Consistency,
    /// Blocking read: answer once the index passes `index`, or after `wait`.
    pub wait: Option<Duration>,
    pub index: Option<u64>,
}

/// A query as read: typed, to show and change it, and Consul's JSON as it came, byte for byte,
/// for JSON output (the query itself; for an explain, the whole answer). The typed model cannot
/// tell `null` from an absent field, and a number read into a binary one may come back out with
/// other digits.
pub type QueryRead = (PreparedQuery, Box<RawValue>);

/// Consul's JSON, typed, and as it came.
fn decode<T: serde::de::DeserializeOwned>(
    raw: Box<RawValue>,
    url: &str,
) -> Result<(T, Box<RawValue>), ApiError> {
    let typed = super::decode::from_answer(raw.get().as_bytes()).map_err(|e| ApiError::Decode {
        url: url.to_string(),
        detail: e.to_string(),
    })?;
    Ok((typed, raw))
}

/// What a read answered, with the `X-Consul-Index` it carried.
#[derive(Debug, Clone)]
pub struct Indexed<T> {
    pub value: T,
    pub index: Option<u64>,
}

/// Options of an execute.
#[derive(Debug, Clone, Default)]
pub struct ExecuteOptions<'a> {
    pub datacenter: Option<&'a str>,
    pub consistency: Consistency,
    pub near: Option<&'a str>,
    pub limit: Option<u32>,
}

impl ReadOptions<'_> {
    pub(super) fn query(&self) -> Vec<(&'static str, String)> {
        let mut query = common(self.datacenter, self.consistency);
        if let Some(wait) = self.wait {
            query.push(("wait", format!("{}ms", wait.as_millis())));
        }
        if let Some(index) = self.index {
            query.push(("index", index.to_string()));
        }
        query
    }

    /// Consul holds a blocking read up to `wait` plus a sixteenth of it as jitter; the request
    /// timeout comes on top of that.
    pub(super) fn timeout(&self, request_timeout: Duration) -> Option<Duration> {
        self.wait.map(|w| w + w / 16 + request_timeout)
    }
}

fn common(datacenter: Option<&str>, consistency: Consistency) -> Vec<(&'static str, String)> {
    let mut query = Vec::new();
    if let Some(dc) = datacenter {
        query.push(("dc", dc.to_string()));
    }
    match consistency {
        Consistency::Default => {}
        Consistency::Stale => query.push(("stale", String::new())),
        Consistency::Consistent => query.push(("consistent", String::new())),
    }
    query
}

pub(super) fn borrowed<'a>(query: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    query.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

impl Client {
    /// `GET /v1/query`: every query, as Consul answers (lossless).
    pub fn query_list(&self, options: &ReadOptions) -> Result<Indexed<Vec<QueryRead>>, ApiError> {
        let (value, index) = self.read_queries(&["query"], options)?;
        let value = null_is_empty(value)
            .into_iter()
            .map(|raw| decode(raw, "/v1/query"))
            .collect::<Result<_, _>>()?;
        Ok(Indexed { value, index })
    }

    /// `GET /v1/query/:id`; `Ok(None)` when no query has this ID.
    pub fn query_get(
        &self,
        id: &str,
        options: &ReadOptions,
    ) -> Result<Option<Indexed<QueryRead>>, ApiError> {
        let answer = found(self.read_queries(&["query", id], options))?;
        let Some((list, index)) = answer else {
            return Ok(None);
        };
        null_is_empty(list)
            .into_iter()
            .next()
            .map(|raw| {
                decode(raw, &format!("/v1/query/{id}")).map(|value| Indexed { value, index })
            })
            .transpose()
    }

    /// A (possibly blocking) read of a list of queries: `/v1/query` or `/v1/query/:id`.
    fn read_queries(
        &self,
        segments: &[&str],
        options: &ReadOptions,
    ) -> Result<(Option<RawQueries>, Option<u64>), ApiError> {
        let query = options.query();
        let extra = Extra {
            timeout: options.timeout(self.request_timeout()),
            ..Extra::default()
        };
        self.read(Method::GET, segments, &borrowed(&query), extra)
    }

    /// `POST /v1/query`: returns the new query's ID. The body is a [`PreparedQuery`] or a JSON
    /// object from a file.
    pub fn query_create<B: Serialize>(
        &self,
        body: &B,
        datacenter: Option<&str>,
    ) -> Result<String, ApiError> {
        #[derive(serde::Deserialize)]
        struct Created {
            #[serde(rename = "ID")]
            id: String,
        }
        let query = common(datacenter, Consistency::Default);
        let extra = Extra {
            body: Some(serde_json::to_vec(body).expect("request bodies always serialize")),
            timeout: None,
        };
        let (created, _): (Created, _) =
            self.read(Method::POST, &["query"], &borrowed(&query), extra)?;
        Ok(created.id)
    }

    /// `PUT /v1/query/:id`: replaces the whole query with `body`.
    pub fn query_update<B: Serialize>(
        &self,
        id: &str,
        body: &B,
        datacenter: Option<&str>,
    ) -> Result<(), ApiError> {
        let query = common(datacenter, Consistency::Default);
        self.write(Method::PUT, &["query", id], &borrowed(&query), Some(body))
    }

    pub fn query_delete(&self, id: &str, datacenter: Option<&str>) -> Result<(), ApiError> {
        let query = common(datacenter, Consistency::Default);
        self.write::<()>(Method::DELETE, &["query", id], &borrowed(&query), None)
    }

    /// `GET /v1/query/:id-or-name/execute`; `Ok(None)` when nothing matches (templates included).
    /// The answer comes as Consul sent it, to decode as a [`QueryExecution`] or show as it is.
    pub fn query_execute(
        &self,
        id_or_name: &str,
        options: &ExecuteOptions,
    ) -> Result<Option<JsonAnswer>, ApiError> {
        let mut query = common(options.datacenter, options.consistency);
        if let Some(near) = options.near {
            query.push(("near", near.to_string()));
        }
        if let Some(limit) = options.limit {
            query.push(("limit", limit.to_string()));
        }
        let answer = found(self.read_json(
            Method::GET,
            &["query", id_or_name, "execute"],
            &borrowed(&query),
            Extra::default(),
        ))?;
        Ok(answer.map(|(answer, _)| answer))
    }

    /// `GET /v1/query/:id-or-name/explain`: the query as it would run (a template rendered for
    /// the name), typed, and the whole answer (`{"Query": …}`) as Consul sent it; `Ok(None)`
    /// when nothing matches.
    pub fn query_explain(
        &self,
        id_or_name: &str,
        datacenter: Option<&str>,
    ) -> Result<Option<QueryRead>, ApiError> {
        #[derive(serde::Deserialize)]
        struct Explained {
            #[serde(rename = "Query")]
            query: PreparedQuery,
        }
        let query = common(datacenter, Consistency::Default);
        let answer = found(self.read::<Box<RawValue>>(
            Method::GET,
            &["query", id_or_name, "explain"],
            &borrowed(&query),
            Extra::default(),
        ))?;
        answer
            .map(|(raw, _)| {
                let (explained, raw): (Explained, _) =
                    decode(raw, &format!("/v1/query/{id_or_name}/explain"))?;
                Ok((explained.query, raw))
            })
            .transpose()
    }

    /// `GET /v1/catalog/datacenters`: the datacenters the agent's servers know, which are the
    /// ones a query's failover can reach (Consul skips any other name without a word).
    pub fn catalog_datacenters(&self) -> Result<Vec<String>, ApiError> {
        let known: Option<Vec<String>> = self.get(&["catalog", "datacenters"], &[])?;
        Ok(known.unwrap_or_default())
    }
}

/// Queries as Consul wrote them, each its own bytes.
type RawQueries = Vec<Box<RawValue>>;

/// Go writes an empty list as `null`.
fn null_is_empty(list: Option<RawQueries>) -> RawQueries {
    list.unwrap_or_default()
}
