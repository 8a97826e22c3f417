//! The key/value store, `/v1/kv`, and sessions, `/v1/session`: what a set of definitions keeps
//! in Consul about itself (the record of what it applied, the lock two applies take turns on).
//! KV entries and sessions belong to one datacenter.

use base64::Engine;
use reqwest::Method;
use serde::{Deserialize, Serialize};

use super::client::{Client, Extra};
use super::error::{found, ApiError};
use super::query::{borrowed, Indexed, ReadOptions};

/// One key as Consul stores it: its value decoded from base64, and the indexes that a
/// check-and-set write and a lock compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KvEntry {
    pub key: String,
    pub value: Vec<u8>,
    /// What a check-and-set write names to replace exactly this version.
    pub modify_index: u64,
    /// The session holding the key as a lock, if one does.
    pub session: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct StoredEntry {
    key: String,
    value: Option<String>,
    modify_index: u64,
    session: Option<String>,
}

/// A session to hold a lock with: gone when it is not renewed within `ttl` (Consul may take up
/// to twice that), or when the agent it was made on fails its health.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct SessionRequest {
    pub name: String,
    #[serde(rename = "TTL")]
    pub ttl: String,
    /// How long, after the session is invalidated, its locks cannot be taken again (Go syntax).
    pub lock_delay: String,
    /// `release` keeps the keys it held (their value stays, unlocked), `delete` removes them.
    pub behavior: String,
}

fn key_segments(key: &str) -> Vec<&str> {
    std::iter::once("kv").chain(key.split('/')).collect()
}

fn place(datacenter: Option<&str>) -> Vec<(&'static str, String)> {
    datacenter
        .map(|dc| vec![("dc", dc.to_string())])
        .unwrap_or_default()
}

impl Client {
    /// `GET /v1/kv/<key>`: the entry, or `None` when there is no such key.
    pub fn kv_get(&self, key: &str, datacenter: Option<&str>) -> Result<Option<KvEntry>, ApiError> {
        let options = ReadOptions {
            datacenter,
            ..ReadOptions::default()
        };
        self.kv_read(key, &options).map(|read| read.value)
    }

    /// `GET /v1/kv/<key>`, blocking when `options` ask: the entry (`None` when there is no such
    /// key) and the index to wait past for its next change.
    pub fn kv_read(
        &self,
        key: &str,
        options: &ReadOptions,
    ) -> Result<Indexed<Option<KvEntry>>, ApiError> {
        let query = options.query();
        let extra = Extra {
            timeout: options.timeout(self.request_timeout()),
            ..Extra::default()
        };
        let read: Option<(Option<Vec<StoredEntry>>, Option<u64>)> =
            found(self.read(Method::GET, &key_segments(key), &borrowed(&query), extra))?;
        let Some((entries, index)) = read else {
            return Ok(Indexed {
                value: None,
                index: None,
            });
        };
        let Some(entry) = entries.into_iter().flatten().find(|e| e.key == key) else {
            return Ok(Indexed { value: None, index });
        };
        let value = match entry.value {
            None => Vec::new(),
            Some(text) => base64::engine::general_purpose::STANDARD
                .decode(text.as_bytes())
                .map_err(|e| ApiError::Decode {
                    url: format!("/v1/kv/{key}"),
                    detail: format!("the value is not base64: {e}"),
                })?,
        };
        let entry = KvEntry {
            key: entry.key,
            value,
            modify_index: entry.modify_index,
            session: entry.session.filter(|s| !s.is_empty()),
        };
        Ok(Indexed {
            value: Some(entry),
            index,
        })
    }

    /// `PUT /v1/kv/<key>?cas=N`: writes `value` only if the key is still at `modify_index` (0:
    /// only if there is no such key). `false`: another writer came first, nothing was written.
    pub fn kv_put_cas(
        &self,
        key: &str,
        value: &[u8],
        modify_index: u64,
        datacenter: Option<&str>,
    ) -> Result<bool, ApiError> {
        let mut query = place(datacenter);
        query.push(("cas", modify_index.to_string()));
        self.kv_write(Method::PUT, key, &query, Some(value))
    }

    /// `DELETE /v1/kv/<key>?cas=N`: deletes the key only if it is still at `modify_index`.
    pub fn kv_delete_cas(
        &self,
        key: &str,
        modify_index: u64,
        datacenter: Option<&str>,
    ) -> Result<bool, ApiError> {
        let mut query = place(datacenter);
        query.push(("cas", modify_index.to_string()));
        self.kv_write(Method::DELETE, key, &query, None)
    }

    /// `PUT /v1/kv/<key>?acquire=SESSION`: takes the key as a lock for `session`, writing
    /// `value` (who holds it). `false`: another session holds it, or its lock delay runs.
    pub fn kv_acquire(
        &self,
        key: &str,
        value: &[u8],
        session: &str,
        datacenter: Option<&str>,
    ) -> Result<bool, ApiError> {
        let mut query = place(datacenter);
        query.push(("acquire", session.to_string()));
        self.kv_write(Method::PUT, key, &query, Some(value))
    }

    /// `PUT /v1/kv/<key>?release=SESSION`: lets go of a lock `session` holds (its value is
    /// emptied: a PUT writes its body, here none).
    pub fn kv_release(
        &self,
        key: &str,
        session: &str,
        datacenter: Option<&str>,
    ) -> Result<bool, ApiError> {
        let mut query = place(datacenter);
        query.push(("release", session.to_string()));
        self.kv_write(Method::PUT, key, &query, None)
    }

    /// The KV writes answer `true` or `false`.
    fn kv_write(
        &self,
        method: Method,
        key: &str,
        query: &[(&'static str, String)],
        value: Option<&[u8]>,
    ) -> Result<bool, ApiError> {
        let extra = Extra {
            body: value.map(<[u8]>::to_vec),
            timeout: None,
        };
        let (done, _) = self.read(method, &key_segments(key), &borrowed(query), extra)?;
        Ok(done)
    }

    /// `PUT /v1/session/create`: a new session's ID.
    pub fn session_create(
        &self,
        request: &SessionRequest,
        datacenter: Option<&str>,
    ) -> Result<String, ApiError> {
        #[derive(Deserialize)]
        struct Created {
            #[serde(rename = "ID")]
            id: String,
        }
        let query = place(datacenter);
        let extra = Extra {
            body: Some(serde_json::to_vec(request).expect("request bodies always serialize")),
            timeout: None,
        };
        let (created, _): (Created, _) = self.read(
            Method::PUT,
            &["session", "create"],
            &borrowed(&query),
            extra,
        )?;
        Ok(created.id)
    }

    /// `PUT /v1/session/renew/<id>`: `false` when the session is gone (expired or destroyed),
    /// and with it the locks it held.
    pub fn session_renew(&self, id: &str, datacenter: Option<&str>) -> Result<bool, ApiError> {
        let query = place(datacenter);
        let renewed: Option<serde::de::IgnoredAny> = found(
            self.read(
                Method::PUT,
                &["session", "renew", id],
                &borrowed(&query),
                Extra::default(),
            )
            .map(|(answer, _)| answer),
        )?;
        Ok(renewed.is_some())
    }

    /// `PUT /v1/session/destroy/<id>`: ends the session; the locks it held are released.
    pub fn session_destroy(&self, id: &str, datacenter: Option<&str>) -> Result<(), ApiError> {
        let query = place(datacenter);
        self.write::<()>(
            Method::PUT,
            &["session", "destroy", id],
            &borrowed(&query),
            None,
        )
    }
}
