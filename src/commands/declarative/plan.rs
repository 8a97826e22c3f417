//! The plan: what the agent and the datacenters hold, read once, compared with each declared
//! object.

use serde_json::{Map, Value};

use super::checks;
use super::load::{self, Declared, DeclaredQuery, Definitions};
use super::prune;
use super::record::{Records, Sent};
use super::Selection;
use crate::api::models::HIDDEN_TOKEN;
use crate::api::ReadOptions;
use crate::commands::query;
use crate::commands::query::changes::{self, Change};
use crate::commands::service::register::{field_changes, REPLACED_FIELDS};
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::output;

/// What is to be done with one declared object, in one datacenter for a query.
#[derive(Debug)]
pub(super) struct Item {
    pub(super) kind: &'static str,
    pub(super) id: String,
    pub(super) datacenter: Option<String>,
    pub(super) action: Action,
    pub(super) changes: Vec<Change>,
    pub(super) write: Option<Request>,
    pub(super) failed: Option<Error>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Action {
    Create,
    Change,
    Unchanged,
    /// With `--prune`: the set created it, and the files no longer declare it.
    Delete,
}

#[derive(Debug)]
pub(super) enum Request {
    Service(Value),
    Check(Value),
    QueryCreate(Value),
    /// The query's ID, its whole new definition, and what the file asks of it.
    QueryUpdate(String, Value, Value),
    ServiceDeregister(String),
    CheckDeregister(String),
    /// The query's ID.
    QueryDelete(String),
}

/// A plan: each object's item, and the set's records as `--prune` read them.
#[derive(Debug)]
pub(super) struct Plan {
    pub(super) items: Vec<Item>,
    pub(super) records: Records,
}

impl Plan {
    /// Whether applying the plan sends any write: an object's, or a record's that lost what was
    /// deleted by hand.
    pub(super) fn writes(&self) -> bool {
        self.items
            .iter()
            .any(|i| i.write.is_some() && i.failed.is_none())
            || !self.records.gone.is_empty()
    }

    /// Said once, of the plan acted on, when `--prune` found no record anywhere it looked,
    /// and when what apply sent for the checks could not be read.
    pub(super) fn note_never_applied(&self, ctx: &Context, selection: &Selection) {
        self.records.note_unread(ctx);
        if selection.prune {
            prune::note_never_applied(ctx, &self.records);
        }
    }
}

impl Item {
    pub(super) fn describe(&self) -> String {
        let place = self
            .datacenter
            .as_deref()
            .map_or_else(String::new, |dc| format!(" in {}", crate::input::shown(dc)));
        format!("{} {}{place}", self.kind, crate::input::shown(&self.id))
    }
}

/// Reads what the definitions are compared with, once each, and plans every object.
pub(super) fn plan(ctx: &Context, selection: &Selection) -> Result<Plan> {
    let definitions = checked(ctx, selection)?;
    let plan = plan_definitions(ctx, selection, &definitions)?;
    plan.note_never_applied(ctx, selection);
    Ok(plan)
}

/// The definitions, read and checked before anything is sent.
pub(super) fn checked(ctx: &Context, selection: &Selection) -> Result<Definitions> {
    refuse_two_selections(ctx, selection.all_datacenters)?;
    let definitions = load::load(&selection.paths)?;
    refuse_other_namespaces(ctx, &definitions)?;
    Ok(definitions)
}

/// The agent's services and checks are read in the command's namespace (`--namespace`, else
/// the default one): one declared in another would be planned as created on every run.
fn refuse_other_namespaces(ctx: &Context, definitions: &Definitions) -> Result<()> {
    let used = ctx
        .config
        .namespace
        .as_deref()
        .filter(|ns| !ns.is_empty())
        .unwrap_or("default");
    let declared = (definitions.services.iter().map(|d| ("service", d)))
        .chain(definitions.checks.iter().map(|d| ("check", d)));
    for (kind, object) in declared {
        let Some(namespace) = crate::input::definition_str(&object.body, &["Namespace"])
            .filter(|ns| !ns.is_empty() && !ns.eq_ignore_ascii_case(used))
        else {
            continue;
        };
        return Err(Error::usage(format!(
            "{}: {kind} {} is in namespace {}, and this command reads namespace {}: declare it in a folder applied with --namespace {}",
            object.source,
            output::shown(&object.id),
            output::shown(namespace),
            output::shown(used),
            output::shown(namespace)
        )));
    }
    Ok(())
}

/// [`plan`] of definitions already [`checked`].
pub(super) fn plan_definitions(
    ctx: &Context,
    selection: &Selection,
    definitions: &Definitions,
) -> Result<Plan> {
    let mut items = Vec::new();
    let mut records = Records::new(&selection.set);
    let client = ctx.client()?;
    let agent_declared = !definitions.services.is_empty() || !definitions.checks.is_empty();
    if agent_declared || selection.prune {
        let services = agent_listing(client.agent_services_answer(None), ctx, "services")?;
        let checks = agent_listing(client.agent_checks_answer(None), ctx, "checks")?;
        let sent = records.sent(ctx, definitions, &checks)?;
        for service in &definitions.services {
            items.push(plan_service(service, &services, &checks, &sent));
        }
        for check in &definitions.checks {
            items.push(plan_check(check, &checks, &sent));
        }
        if selection.prune {
            prune::agent_deletes(
                ctx,
                &mut records,
                definitions,
                &services,
                &checks,
                &mut items,
            );
        }
    }
    if !definitions.queries.is_empty() || selection.prune {
        plan_queries(ctx, selection, definitions, &mut records, &mut items)?;
    }
    Ok(Plan { items, records })
}

/// `--all-datacenters` and `--datacenter` both say where the queries are: one is asked for.
pub(super) fn refuse_two_selections(ctx: &Context, all_datacenters: bool) -> Result<()> {
    if all_datacenters {
        if let Some(dc) = &ctx.config.datacenter {
            return Err(Error::usage(format!(
                "--all-datacenters and --datacenter {} both choose where the queries go: give one",
                output::shown(dc)
            )));
        }
    }
    Ok(())
}

pub(super) fn agent_listing(
    answer: std::result::Result<crate::api::JsonAnswer, crate::api::ApiError>,
    ctx: &Context,
    listing: &str,
) -> Result<Map<String, Value>> {
    let action = format!("reading the agent's {listing}");
    let answer = answer.map_err(ctx.api_error(&action))?;
    let map: Option<Map<String, Value>> = answer.decode().map_err(ctx.api_error(&action))?;
    Ok(map.unwrap_or_default())
}

fn plan_service(
    service: &Declared,
    services: &Map<String, Value>,
    checks: &Map<String, Value>,
    sent: &Sent,
) -> Item {
    let body = || Value::Object(service.body.clone());
    let existing = services.get(&service.id).and_then(Value::as_object);
    let (action, changes) = match existing {
        None => (Action::Create, created_fields(&body())),
        Some(existing) => {
            let mut found = field_changes(existing, &service.body, &REPLACED_FIELDS);
            // The service's own checks, compared as checks are; one the agent does not have is
            // added by registering the service.
            let declared = load::own_checks(&service.body);
            for (id, check) in service.check_ids.iter().zip(declared) {
                match checks.get(id).and_then(Value::as_object) {
                    None => found.push(checks::missing_own_check(id)),
                    Some(existing) => {
                        let empty = Map::new();
                        let check = check.as_object().unwrap_or(&empty);
                        let mut changed = checks::check_changes(existing, check, true);
                        let recorded = sent.own_check(&service.id, id);
                        changed.extend(checks::unreported_change(recorded, check));
                        found.extend(checks::own_check_changes(id, changed));
                    }
                }
            }
            let action = if found.is_empty() {
                Action::Unchanged
            } else {
                Action::Change
            };
            (action, found)
        }
    };
    item("service", &service.id, None, action, changes, || {
        Request::Service(body())
    })
}

/// A new service's or check's fields as a plan shows them: credential headers redacted.
fn created_fields(body: &Value) -> Vec<Change> {
    changes::diff(&Value::Null, &crate::api::without_secret_headers(body))
}

fn plan_check(check: &Declared, checks: &Map<String, Value>, sent: &Sent) -> Item {
    let body = || Value::Object(check.body.clone());
    let (action, changes) = match checks.get(&check.id).and_then(Value::as_object) {
        None => (Action::Create, created_fields(&body())),
        Some(existing) => {
            let mut found = checks::check_changes(existing, &check.body, false);
            let recorded = sent.checks.get(&check.id);
            found.extend(checks::unreported_change(recorded, &check.body));
            let action = if found.is_empty() {
                Action::Unchanged
            } else {
                Action::Change
            };
            (action, found)
        }
    };
    item("check", &check.id, None, action, changes, || {
        Request::Check(body())
    })
}

fn item(
    kind: &'static str,
    id: &str,
    datacenter: Option<String>,
    action: Action,
    changes: Vec<Change>,
    write: impl FnOnce() -> Request,
) -> Item {
    Item {
        kind,
        id: id.to_string(),
        datacenter,
        action,
        changes,
        // Built only when sent: most objects planned are in sync.
        write: (action != Action::Unchanged).then(write),
        failed: None,
    }
}

/// The datacenters the queries go to: the federation's, every one --datacenter names (each
/// once, in the order given), or the agent's own.
pub(super) fn selected_datacenters(ctx: &Context, all_datacenters: bool) -> Result<Vec<String>> {
    let client = ctx.client()?;
    if all_datacenters {
        return client
            .catalog_datacenters()
            .map_err(ctx.api_error("listing the federation's datacenters"));
    }
    let given = ctx.config.distinct_datacenters();
    if !given.is_empty() {
        return Ok(given.into_iter().map(str::to_string).collect());
    }
    let own = ctx.agent_settings("reading the agent's datacenter")?;
    Ok(vec![own.datacenter.clone()])
}

fn plan_queries(
    ctx: &Context,
    selection: &Selection,
    definitions: &Definitions,
    records: &mut Records,
    items: &mut Vec<Item>,
) -> Result<()> {
    let client = ctx.client()?;
    for dc in selected_datacenters(ctx, selection.all_datacenters)? {
        let wanted: Vec<&DeclaredQuery> = definitions
            .queries
            .iter()
            .filter(|q| {
                q.datacenters
                    .as_ref()
                    .is_none_or(|dcs| dcs.iter().any(|d| d.eq_ignore_ascii_case(&dc)))
            })
            .collect();
        if wanted.is_empty() && !selection.prune {
            continue;
        }
        let options = ReadOptions {
            datacenter: Some(&dc),
            ..ReadOptions::default()
        };
        let action = format!("reading the queries of datacenter {}", output::shown(&dc));
        let stored = match client.query_list(&options) {
            Ok(list) => list.value,
            Err(e) => {
                // This datacenter's queries fail; the others are still planned.
                let error = ctx.api_error(&action)(e);
                items.extend(wanted.iter().map(|query| Item {
                    kind: "query",
                    id: query.name.clone(),
                    datacenter: Some(dc.clone()),
                    action: Action::Unchanged,
                    changes: Vec::new(),
                    write: None,
                    failed: Some(Error::failed(error.exit(), error.message())),
                }));
                if selection.prune {
                    items.push(prune::unplanned(&selection.set, &dc, &error));
                }
                continue;
            }
        };
        // Names compare as Consul compares them (without regard to case), each folded once.
        let by_name: std::collections::HashMap<String, &crate::api::QueryRead> = stored
            .iter()
            .filter_map(|read| Some((query::folded_name(read.0.name.as_deref()?), read)))
            .collect();
        for query in &wanted {
            let found = by_name.get(&query::folded_name(&query.name)).copied();
            items.push(plan_query(query, &dc, found));
        }
        if selection.prune {
            prune::query_deletes(ctx, records, &dc, &wanted, &stored, items);
        }
    }
    Ok(())
}

fn plan_query(query: &DeclaredQuery, dc: &str, found: Option<&crate::api::QueryRead>) -> Item {
    let Some((typed, raw)) = found else {
        let body = Value::Object(query.body.clone());
        let changes = changes::diff(&Value::Null, &body);
        return item(
            "query",
            &query.name,
            Some(dc.to_string()),
            Action::Create,
            changes,
            || Request::QueryCreate(body),
        );
    };
    let stored: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
    if adds_nothing(&stored, &query.body) {
        // The file only repeats what Consul stores: the merge would be the stored query.
        return Item {
            kind: "query",
            id: query.name.clone(),
            datacenter: Some(dc.to_string()),
            action: Action::Unchanged,
            changes: Vec::new(),
            write: None,
            failed: None,
        };
    }
    let body = Value::Object(query.body.clone());
    let merged = merged(&stored, &body);
    let hidden = typed.token.as_deref() == Some(HIDDEN_TOKEN);
    let file_token =
        crate::input::definition_str(&query.body, &["Token"]).is_some_and(|t| !t.is_empty());
    let found_changes = if hidden {
        changes::diff(&without_token(&stored), &without_token(&merged))
    } else {
        changes::diff(&stored, &merged)
    };
    let id = typed.id.clone().unwrap_or_default();
    let action = if found_changes.is_empty() {
        Action::Unchanged
    } else {
        Action::Change
    };
    let mut planned = item(
        "query",
        &query.name,
        Some(dc.to_string()),
        action,
        found_changes,
        || Request::QueryUpdate(id, without_bookkeeping(merged), body),
    );
    if hidden && !file_token && planned.write.is_some() {
        planned.failed = Some(Error::api(format!(
            "{}: Consul hides the query's stored token from your token, so a write would overwrite it with {HIDDEN_TOKEN:?}: use a token with acl = \"write\", or put the token in the file (\"Token\")",
            query.source
        )));
    }
    planned
}

/// `stored` with the file's fields written over it: objects field by field (keys without
/// regard to case, as Consul reads them), anything else (lists, metadata maps) whole. What the
/// file does not mention keeps what Consul stores, so an update loses nothing.
fn merged(stored: &Value, file: &Value) -> Value {
    match (stored, file) {
        (Value::Object(stored), Value::Object(file)) => {
            let mut result = stored.clone();
            for (key, value) in file {
                let existing = result.keys().find(|k| k.eq_ignore_ascii_case(key)).cloned();
                let user_map =
                    key.eq_ignore_ascii_case("NodeMeta") || key.eq_ignore_ascii_case("ServiceMeta");
                match existing {
                    Some(existing) if !user_map => {
                        let inner = merged(&result[&existing], value);
                        result.insert(existing, inner);
                    }
                    Some(existing) => {
                        result.insert(existing, value.clone());
                    }
                    None => {
                        result.insert(key.clone(), value.clone());
                    }
                }
            }
            Value::Object(result)
        }
        (_, file) => file.clone(),
    }
}

/// Whether merging `file` over `stored` ([`merged`]) would leave `stored` as it is.
fn adds_nothing(stored: &Value, file: &Map<String, Value>) -> bool {
    let Value::Object(stored) = stored else {
        return false;
    };
    file.iter().all(|(key, value)| {
        let user_map =
            key.eq_ignore_ascii_case("NodeMeta") || key.eq_ignore_ascii_case("ServiceMeta");
        match (
            stored.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)),
            value,
        ) {
            (Some((_, existing)), Value::Object(inner)) if !user_map => {
                adds_nothing(existing, inner)
            }
            (Some((_, existing)), value) => existing == value,
            (None, _) => false,
        }
    })
}

fn without_token(query: &Value) -> Value {
    let mut query = query.clone();
    if let Some(map) = query.as_object_mut() {
        map.retain(|k, _| !k.eq_ignore_ascii_case("Token"));
    }
    query
}

/// Consul's own counters are not part of a definition it is sent.
fn without_bookkeeping(mut query: Value) -> Value {
    if let Some(map) = query.as_object_mut() {
        map.retain(|k, _| {
            !k.eq_ignore_ascii_case("CreateIndex") && !k.eq_ignore_ascii_case("ModifyIndex")
        });
    }
    query
}
#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_file_is_merged_over_what_consul_stores_keeping_what_it_does_not_mention() {
        let stored = json!({"ID": "x", "Name": "api", "Token": "kept",
            "Service": {"Service": "api", "OnlyPassing": false, "Peer": "",
                        "Failover": {"Targets": [{"Peer": "p1"}]},
                        "NodeMeta": {"rack": "a", "zone": "1"}},
            "DNS": {"TTL": "7s"}, "Audit": {"Owner": "team-a"}});
        let file = json!({"name": "api", "service": {"onlypassing": true,
            "NodeMeta": {"rack": "b"}}});
        assert_eq!(
            merged(&stored, &file),
            json!({"ID": "x", "Name": "api", "Token": "kept",
                "Service": {"Service": "api", "OnlyPassing": true, "Peer": "",
                            "Failover": {"Targets": [{"Peer": "p1"}]},
                            "NodeMeta": {"rack": "b"}},
                "DNS": {"TTL": "7s"}, "Audit": {"Owner": "team-a"}})
        );
    }

    #[test]
    fn a_file_adds_nothing_exactly_when_the_merge_is_the_stored_query() {
        let stored = json!({"ID": "x", "Name": "api", "Token": "",
            "Service": {"Service": "api", "OnlyPassing": true, "NodeMeta": {"rack": "a", "zone": "1"}},
            "DNS": {"TTL": "10s"}});
        for (file, nothing) in [
            (
                json!({"name": "api", "service": {"onlypassing": true}}),
                true,
            ),
            (json!({"Name": "api", "DNS": {"TTL": "10s"}}), true),
            (json!({"Name": "api", "DNS": {"TTL": "7s"}}), false),
            (json!({"Name": "api", "Session": ""}), false),
            (json!({"Service": {"NodeMeta": {"rack": "a"}}}), false),
            (
                json!({"Service": {"NodeMeta": {"rack": "a", "zone": "1"}}}),
                true,
            ),
            (json!({"DNS": "10s"}), false),
        ] {
            let map = file.as_object().unwrap();
            assert_eq!(adds_nothing(&stored, map), nothing, "{file}");
            assert_eq!(merged(&stored, &file) == stored, nothing, "{file}");
        }
    }

    #[test]
    fn a_created_checks_credential_headers_are_not_shown() {
        let body = json!({"Name": "web", "HTTP": "http://127.0.0.1/",
            "Header": {"Authorization": ["Bearer s3cret"], "X-Trace": ["1"]}});
        let shown = serde_json::to_string(&created_fields(&body)).unwrap();
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("X-Trace"), "{shown}");
    }
}
