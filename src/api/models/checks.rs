//! The agent's checks.

use std::borrow::Cow;

use serde::Deserialize;

use super::ById;

/// One check of `/v1/agent/checks` (keyed by check ID): the fields consulctl reads. JSON output
/// is the answer as it came ([`crate::api::JsonAnswer`]), so nothing else is kept: a tree of every
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
    /// Free text for people; maintenance checks hold their reason here.
    #[serde(rename = "Notes", default, borrow)]
    pub notes: Cow<'a, str>,
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
            notes: self.notes.into_owned().into(),
            service_id: self.service_id.into_owned().into(),
            kind: self.kind.into_owned().into(),
            namespace: self.namespace.into_owned().into(),
            partition: self.partition.into_owned().into(),
        }
    }
}

/// `/v1/agent/checks`, keyed by check ID.
pub type AgentChecks<'a> = ById<AgentCheck<'a>>;
