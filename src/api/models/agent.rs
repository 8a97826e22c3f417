//! The agent itself: its members and what it says about itself.

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
