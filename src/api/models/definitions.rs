//! What consulctl writes to the agent: check and service registrations, check updates.

use std::collections::BTreeMap;

use serde::Serialize;

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
