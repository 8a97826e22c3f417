//! The `/v1/agent/*` endpoints: they act on the agent that answers, so none takes `?dc=`.

use serde::Serialize;
use serde_json::{Map, Value};

use super::client::{Client, Extra, JsonAnswer};
use super::error::{found, ApiError};
use super::models::{
    AgentCheck, AgentChecks, AgentSelf, AgentService, AgentServices, CheckUpdate, Member,
};
#[allow(unused_imports)] // named in doc links
use super::models::{CheckDefinition, ServiceDefinition};

/// What a TTL check is told: pass, warn or fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TtlState {
    Pass,
    Warn,
    Fail,
}

impl TtlState {
    pub fn path_word(self) -> &'static str {
        match self {
            TtlState::Pass => "pass",
            TtlState::Warn => "warn",
            TtlState::Fail => "fail",
        }
    }

    pub fn status(self) -> &'static str {
        match self {
            TtlState::Pass => "passing",
            TtlState::Warn => "warning",
            TtlState::Fail => "critical",
        }
    }
}

impl Client {
    /// `GET /v1/agent/members`, decoded; an agent with no such members (a client asked for the
    /// WAN pool answers `null`) gives an empty list.
    pub fn agent_members(&self, wan: bool, segment: Option<&str>) -> Result<Vec<Member>, ApiError> {
        let answer = self.agent_members_answer(wan, segment)?;
        Ok(answer.decode::<Option<Vec<Member>>>()?.unwrap_or_default())
    }

    /// `GET /v1/agent/members` as it came, to decode or to show as it is.
    pub fn agent_members_answer(
        &self,
        wan: bool,
        segment: Option<&str>,
    ) -> Result<JsonAnswer, ApiError> {
        let mut query = Vec::new();
        if wan {
            query.push(("wan", "1"));
        }
        if let Some(segment) = segment {
            query.push(("segment", segment));
        }
        let (answer, _) = self.read_json(
            reqwest::Method::GET,
            &["agent", "members"],
            &query,
            Extra::default(),
        )?;
        Ok(answer)
    }

    pub fn agent_self(&self) -> Result<AgentSelf, ApiError> {
        self.agent_self_answer()?.decode()
    }

    /// `GET /v1/agent/self` as it came, to decode or to show as it is.
    pub fn agent_self_answer(&self) -> Result<JsonAnswer, ApiError> {
        let (answer, _) = self.read_json(
            reqwest::Method::GET,
            &["agent", "self"],
            &[],
            Extra::default(),
        )?;
        Ok(answer)
    }

    pub fn agent_services(&self, filter: Option<&str>) -> Result<AgentServices<'static>, ApiError> {
        let answer = self.agent_services_answer(filter)?;
        let services: AgentServices = answer.decode::<Option<_>>()?.unwrap_or_default();
        Ok(services.into_iter().map(AgentService::into_owned).collect())
    }

    /// `GET /v1/agent/services` as it came: an [`AgentServices`] to decode, or to show as it is.
    pub fn agent_services_answer(&self, filter: Option<&str>) -> Result<JsonAnswer, ApiError> {
        self.agent_listing("services", filter)
    }

    /// `GET /v1/agent/LISTING[?filter=EXPR]`, its answer kept as it came.
    fn agent_listing(&self, listing: &str, filter: Option<&str>) -> Result<JsonAnswer, ApiError> {
        let query: Vec<_> = filter.map(|f| ("filter", f)).into_iter().collect();
        let (answer, _) = self.read_json(
            reqwest::Method::GET,
            &["agent", listing],
            &query,
            Extra::default(),
        )?;
        Ok(answer)
    }

    /// `GET /v1/agent/service/:id`: the service's full definition, `Ok(None)` when unknown.
    pub fn agent_service(&self, id: &str) -> Result<Option<Map<String, Value>>, ApiError> {
        found(self.get(&["agent", "service", id], &[]))
    }

    pub fn agent_checks(&self, filter: Option<&str>) -> Result<AgentChecks<'static>, ApiError> {
        let answer = self.agent_checks_answer(filter)?;
        let checks: AgentChecks = answer.decode::<Option<_>>()?.unwrap_or_default();
        Ok(checks.into_iter().map(AgentCheck::into_owned).collect())
    }

    /// `GET /v1/agent/checks` as it came: an [`AgentChecks`] to decode, or to show as it is.
    pub fn agent_checks_answer(&self, filter: Option<&str>) -> Result<JsonAnswer, ApiError> {
        self.agent_listing("checks", filter)
    }

    pub fn agent_join(&self, address: &str, wan: bool) -> Result<(), ApiError> {
        let query: Vec<_> = wan.then_some(("wan", "1")).into_iter().collect();
        self.put::<()>(&["agent", "join", address], &query, None)
    }

    pub fn agent_force_leave(&self, node: &str, prune: bool) -> Result<(), ApiError> {
        let query: Vec<_> = prune.then_some(("prune", "1")).into_iter().collect();
        self.put::<()>(&["agent", "force-leave", node], &query, None)
    }

    pub fn agent_maintenance(&self, enable: bool, reason: Option<&str>) -> Result<(), ApiError> {
        let mut query = vec![("enable", if enable { "true" } else { "false" })];
        if let Some(reason) = reason {
            query.push(("reason", reason));
        }
        self.put::<()>(&["agent", "maintenance"], &query, None)
    }

    /// Registers (or replaces) a check: a [`CheckDefinition`] or a JSON object from a file.
    pub fn check_register<B: Serialize>(&self, body: &B) -> Result<(), ApiError> {
        self.put(&["agent", "check", "register"], &[], Some(body))
    }

    pub fn check_deregister(&self, id: &str) -> Result<(), ApiError> {
        self.put::<()>(&["agent", "check", "deregister", id], &[], None)
    }

    pub fn check_ttl(&self, id: &str, state: TtlState, note: Option<&str>) -> Result<(), ApiError> {
        let query: Vec<_> = note.map(|n| ("note", n)).into_iter().collect();
        self.put::<()>(&["agent", "check", state.path_word(), id], &query, None)
    }

    pub fn check_update(&self, id: &str, update: &CheckUpdate) -> Result<(), ApiError> {
        self.put(&["agent", "check", "update", id], &[], Some(update))
    }

    /// Registers (or replaces) a service: a [`ServiceDefinition`] or a JSON object from a file.
    pub fn service_register<B: Serialize>(
        &self,
        body: &B,
        replace_checks: bool,
    ) -> Result<(), ApiError> {
        let query: Vec<_> = replace_checks
            .then_some(("replace-existing-checks", "true"))
            .into_iter()
            .collect();
        self.put(&["agent", "service", "register"], &query, Some(body))
    }

    pub fn service_deregister(&self, id: &str) -> Result<(), ApiError> {
        self.put::<()>(&["agent", "service", "deregister", id], &[], None)
    }

    pub fn service_maintenance(
        &self,
        id: &str,
        enable: bool,
        reason: Option<&str>,
    ) -> Result<(), ApiError> {
        let mut query = vec![("enable", if enable { "true" } else { "false" })];
        if let Some(reason) = reason {
            query.push(("reason", reason));
        }
        self.put::<()>(&["agent", "service", "maintenance", id], &query, None)
    }
}
