//! A typed client over Consul's HTTP API: one method per endpoint, one private `send` that adds
//! the token and maps answers to [`ApiError`]. Nothing here knows about clap or printing.

mod agent;
mod answer;
mod client;
mod decode;
mod error;
mod health;
mod kv;
pub mod models;
mod options;
mod query;
mod redact;
mod refusal;
mod retry;
mod send;
mod tls;

pub use agent::TtlState;
pub use client::{Client, JsonAnswer, PlannedRequest};
pub use error::{ApiError, TransportKind};
pub use health::{
    next_index, CatalogCheck, CatalogNode, HealthNode, HealthService, IndexedAnswer, ServiceHealth,
};
pub use kv::{KvEntry, SessionRequest};
pub use options::{ClientOptions, Endpoint, RequestLog};
pub use query::{Consistency, ExecuteOptions, Indexed, QueryRead, ReadOptions};
pub use redact::{each_secret_header, without_secret_headers};
pub use refusal::{reason, EnterpriseFeature, Refusal};
pub use retry::RetryPolicy;
pub use send::Cutoff;
pub use tls::TlsOptions;
