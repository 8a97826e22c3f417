//! `consulctl plan` and `consulctl apply`: definition files compared with what the agent and
//! the datacenters hold, and made so. What is compared is read once (the agent's services and
//! checks, each datacenter's query list), every object's plan is made from those reads, and
//! `apply` sends only the writes the plan needs.

mod load;

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::api::models::HIDDEN_TOKEN;
use crate::api::ReadOptions;
use crate::commands::query;
use crate::commands::query::changes::{self, Change};
use crate::commands::service::register::{field_changes, REPLACED_FIELDS};
use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, ExitCode, Result};
use crate::output;
use load::{Declared, DeclaredQuery, Definitions};

/// What plan and apply share: which datacenters take the queries, and the definitions.
#[derive(Debug, Args)]
pub struct Selection {
    /// Put the queries in every datacenter of the federation (/v1/catalog/datacenters), not
    /// only the agent's (or --datacenter's)
    #[arg(long)]
    all_datacenters: bool,

    /// Definition files, or folders whose *.json and *.hcl files are read in name order
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
}

const DEFINITIONS_HELP: &str = "A definition file holds any of \"service\"/\"services\" and \
\"check\"/\"checks\" in an agent config file's shape (snake_case, as in consul.d; the API's \
CamelCase is read too) and \"query\"/\"queries\" in the API's shape (the fields `query apply \
--file` takes), in JSON or HCL. A query may name the datacenters it belongs in \
(\"datacenters\": [\"dc1\", \"dc2\"]): it then goes to those of the selected datacenters; one \
that names none goes to each selected datacenter. Services and checks belong to the agent at \
--http-addr. Zero values count as absent, a query's fields that the file does not mention keep \
what Consul stores (its stored token too), and a re-registered service keeps its checks' \
status. Not yet: --prune, a lock against two applies at once, export, --set, and asking \
before a change.";

#[derive(Debug, Args)]
#[command(after_help = format!("{DEFINITIONS_HELP}\n\nWrites nothing. Prints each object to create or change (field by field) and how many are unchanged. With --exit-code, pending changes exit {}; without it, a plan that could be made exits 0.\n\nExamples:\n  consulctl plan consul.d/\n  consulctl plan --all-datacenters --exit-code definitions/", ExitCode::Drift.code()))]
pub struct PlanArgs {
    #[command(flatten)]
    selection: Selection,

    /// Exit with a status of its own when changes are pending (0 only when in sync)
    #[arg(long)]
    exit_code: bool,
}

#[derive(Debug, Args)]
#[command(after_help = format!("{DEFINITIONS_HELP}\n\nAn object that already matches gets no write. When an object or a datacenter fails, the others are still applied; the report names each, and the exit status says it failed.\n\nExamples:\n  consulctl apply consul.d/\n  consulctl apply --all-datacenters definitions/"))]
pub struct ApplyArgs {
    #[command(flatten)]
    selection: Selection,
}

impl Leaf for PlanArgs {
    fn facts(&self) -> Facts {
        Facts::READS
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let planned = plan(ctx, &self.selection)?;
        report(ctx, out, &planned, Tense::Planned)?;
        if let Some(failure) = failure(&planned, Tense::Planned) {
            return Err(failure);
        }
        let pending = planned.iter().any(|item| item.write.is_some());
        if self.exit_code && pending {
            return Err(Error::failed(ExitCode::Drift, ""));
        }
        Ok(())
    }
}

impl Leaf for ApplyArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let mut planned = plan(ctx, &self.selection)?;
        let client = ctx.client()?;
        // An object refused while planning (a hidden stored token) is not written.
        for item in planned.iter_mut().filter(|i| i.failed.is_none()) {
            let Some(write) = &item.write else { continue };
            let action = format!("applying {}", item.describe());
            // Fields the agent is too old to know are refused by name, as register and create
            // do: those the file asks for (what Consul stores, it knows).
            let asked = match write {
                Request::Service(body)
                | Request::Check(body)
                | Request::QueryCreate(body)
                | Request::QueryUpdate(_, _, body) => body,
            };
            if let Err(e) = ctx.require_agent_version(asked, &action) {
                item.failed = Some(e);
                continue;
            }
            let sent = match write {
                Request::Service(body) => client
                    .service_register(body, false)
                    .map_err(|e| crate::commands::check::explain_register_error(ctx, &action, e)),
                Request::Check(body) => client
                    .check_register(body)
                    .map_err(|e| crate::commands::check::explain_register_error(ctx, &action, e)),
                Request::QueryCreate(body) => client
                    .query_create(body, item.datacenter.as_deref())
                    .map(drop)
                    .map_err(query::write_error(ctx, &action)),
                Request::QueryUpdate(id, body, _) => client
                    .query_update(id, body, item.datacenter.as_deref())
                    .map_err(query::write_error(ctx, &action)),
            };
            match sent {
                Ok(()) => {}
                // A dry run keeps each write to show it; the rest are planned too.
                Err(Error::Stopped) if ctx.config.dry_run => {}
                Err(e @ Error::Stopped) => return Err(e),
                Err(e) => item.failed = Some(e),
            }
        }
        report(ctx, out, &planned, Tense::Applied)?;
        failure(&planned, Tense::Applied).map_or(Ok(()), Err)
    }
}

/// What is to be done with one declared object, in one datacenter for a query.
#[derive(Debug)]
struct Item {
    kind: &'static str,
    id: String,
    datacenter: Option<String>,
    action: Action,
    changes: Vec<Change>,
    write: Option<Request>,
    failed: Option<Error>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Create,
    Change,
    Unchanged,
}

#[derive(Debug)]
enum Request {
    Service(Value),
    Check(Value),
    QueryCreate(Value),
    /// The query's ID, its whole new definition, and what the file asks of it.
    QueryUpdate(String, Value, Value),
}

impl Item {
    fn describe(&self) -> String {
        let place = self
            .datacenter
            .as_deref()
            .map_or_else(String::new, |dc| format!(" in {}", crate::input::shown(dc)));
        format!("{} {}{place}", self.kind, crate::input::shown(&self.id))
    }
}

/// Reads what the definitions are compared with, once each, and plans every object.
fn plan(ctx: &Context, selection: &Selection) -> Result<Vec<Item>> {
    if selection.all_datacenters {
        if let Some(dc) = &ctx.config.datacenter {
            return Err(Error::usage(format!(
                "--all-datacenters and --datacenter {} both choose where the queries go: give one",
                output::shown(dc)
            )));
        }
    }
    let definitions = load::load(&selection.paths)?;
    let mut items = Vec::new();
    let client = ctx.client()?;
    if !definitions.services.is_empty() || !definitions.checks.is_empty() {
        let services = agent_listing(client.agent_services_answer(None), ctx, "services")?;
        let checks = agent_listing(client.agent_checks_answer(None), ctx, "checks")?;
        for service in &definitions.services {
            items.push(plan_service(service, &services, &checks));
        }
        for check in &definitions.checks {
            items.push(plan_check(check, &checks));
        }
    }
    if !definitions.queries.is_empty() {
        plan_queries(ctx, selection, &definitions, &mut items)?;
    }
    Ok(items)
}

fn agent_listing(
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
) -> Item {
    let body = Value::Object(service.body.clone());
    let existing = services.get(&service.id).and_then(Value::as_object);
    let (action, changes) = match existing {
        None => (Action::Create, created_fields(&body)),
        Some(existing) => {
            let mut found = field_changes(existing, &body, &REPLACED_FIELDS);
            // A check of the service that the agent does not have is added by registering it.
            for id in &service.check_ids {
                if !checks.contains_key(id) {
                    found.push(Change {
                        field: format!("Checks[{}]", crate::input::shown(id)),
                        before: Value::Null,
                        after: Value::String("registered".to_string()),
                    });
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
    item(
        "service",
        &service.id,
        None,
        action,
        changes,
        Request::Service(body),
    )
}

/// A new service's or check's fields as a plan shows them: credential headers redacted.
fn created_fields(body: &Value) -> Vec<Change> {
    changes::diff(&Value::Null, &crate::api::without_secret_headers(body))
}

/// The fields of a check the agent's listing gives back, as it names them and as a
/// registration does.
const CHECK_FIELDS: [(&str, &str); 3] = [
    ("Name", "Name"),
    ("Notes", "Notes"),
    ("ServiceID", "ServiceID"),
];

fn plan_check(check: &Declared, checks: &Map<String, Value>) -> Item {
    let body = Value::Object(check.body.clone());
    let (action, changes) = match checks.get(&check.id).and_then(Value::as_object) {
        None => (Action::Create, created_fields(&body)),
        Some(existing) => {
            let found = field_changes(existing, &body, &CHECK_FIELDS);
            let action = if found.is_empty() {
                Action::Unchanged
            } else {
                Action::Change
            };
            (action, found)
        }
    };
    item(
        "check",
        &check.id,
        None,
        action,
        changes,
        Request::Check(body),
    )
}

fn item(
    kind: &'static str,
    id: &str,
    datacenter: Option<String>,
    action: Action,
    changes: Vec<Change>,
    write: Request,
) -> Item {
    Item {
        kind,
        id: id.to_string(),
        datacenter,
        action,
        changes,
        write: (action != Action::Unchanged).then_some(write),
        failed: None,
    }
}

/// The datacenters the queries go to: the federation's, the one --datacenter names, or the
/// agent's own.
fn selected_datacenters(ctx: &Context, selection: &Selection) -> Result<Vec<String>> {
    let client = ctx.client()?;
    if selection.all_datacenters {
        return client
            .catalog_datacenters()
            .map_err(ctx.api_error("listing the federation's datacenters"));
    }
    if let Some(dc) = &ctx.config.datacenter {
        return Ok(vec![dc.clone()]);
    }
    let own = client
        .agent_self()
        .map_err(ctx.api_error("reading the agent's datacenter"))?;
    Ok(vec![own.config.datacenter])
}

fn plan_queries(
    ctx: &Context,
    selection: &Selection,
    definitions: &Definitions,
    items: &mut Vec<Item>,
) -> Result<()> {
    let client = ctx.client()?;
    for dc in selected_datacenters(ctx, selection)? {
        let wanted: Vec<&DeclaredQuery> = definitions
            .queries
            .iter()
            .filter(|q| {
                q.datacenters
                    .as_ref()
                    .is_none_or(|dcs| dcs.iter().any(|d| d.eq_ignore_ascii_case(&dc)))
            })
            .collect();
        if wanted.is_empty() {
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
                continue;
            }
        };
        // Names compare as Consul compares them (without regard to case), each folded once.
        let by_name: std::collections::HashMap<String, &crate::api::QueryRead> = stored
            .iter()
            .filter_map(|read| Some((query::folded_name(read.0.name.as_deref()?), read)))
            .collect();
        for query in wanted {
            let found = by_name.get(&query::folded_name(&query.name)).copied();
            items.push(plan_query(query, &dc, found));
        }
    }
    Ok(())
}

fn plan_query(query: &DeclaredQuery, dc: &str, found: Option<&crate::api::QueryRead>) -> Item {
    let body = Value::Object(query.body.clone());
    let Some((typed, raw)) = found else {
        let changes = changes::diff(&Value::Null, &body);
        return item(
            "query",
            &query.name,
            Some(dc.to_string()),
            Action::Create,
            changes,
            Request::QueryCreate(body),
        );
    };
    let stored: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
    let merged = merged(&stored, &body);
    let hidden = typed.token.as_deref() == Some(HIDDEN_TOKEN);
    let file_token =
        crate::input::definition_str(&query.body, &["Token"]).is_some_and(|t| !t.is_empty());
    let (before, after) = if hidden {
        (without_token(&stored), without_token(&merged))
    } else {
        (stored.clone(), merged.clone())
    };
    let found_changes = changes::diff(&before, &after);
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
        Request::QueryUpdate(id, without_bookkeeping(merged), body),
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

/// The failures, worded for the whole run, with the first one's status: exit 1 when Consul
/// refused something, 3 when it could not be reached.
fn failure(items: &[Item], tense: Tense) -> Option<Error> {
    let failed: Vec<&Item> = items.iter().filter(|i| i.failed.is_some()).collect();
    let first = failed.first()?.failed.as_ref()?;
    let named = failed
        .iter()
        .map(|i| i.describe())
        .collect::<Vec<_>>()
        .join(", ");
    let message = match tense {
        Tense::Planned => format!(
            "{} of {} objects could not be planned ({named})",
            failed.len(),
            items.len()
        ),
        Tense::Applied => {
            let others = items
                .iter()
                .filter(|i| i.write.is_some() && i.failed.is_none())
                .count();
            format!(
                "{} of {} objects failed ({named}); {others} other change{} went through",
                failed.len(),
                items.len(),
                if others == 1 { "" } else { "s" }
            )
        }
    };
    Some(Error::failed(first.exit(), message))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Planned,
    Applied,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct JsonItem<'a> {
    kind: &'a str,
    #[serde(rename = "ID")]
    id: &'a str,
    datacenter: Option<&'a str>,
    action: &'a str,
    changes: &'a [Change],
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

fn action_word(item: &Item, tense: Tense) -> &'static str {
    match (item.failed.is_some(), item.action, tense) {
        (true, _, _) => "failed",
        (_, Action::Create, Tense::Planned) => "create",
        (_, Action::Change, Tense::Planned) => "change",
        (_, Action::Create, Tense::Applied) => "created",
        (_, Action::Change, Tense::Applied) => "changed",
        (_, Action::Unchanged, _) => "unchanged",
    }
}

fn report(ctx: &Context, out: &mut dyn Write, items: &[Item], tense: Tense) -> Result<()> {
    let count = |action: Action| {
        items
            .iter()
            .filter(|i| i.failed.is_none() && i.action == action)
            .count()
    };
    let (create, change, unchanged) = (
        count(Action::Create),
        count(Action::Change),
        count(Action::Unchanged),
    );
    let failed = items.iter().filter(|i| i.failed.is_some()).count();
    if ctx.json_output() {
        let objects: Vec<JsonItem> = items
            .iter()
            .map(|item| JsonItem {
                kind: item.kind,
                id: &item.id,
                datacenter: item.datacenter.as_deref(),
                action: action_word(item, tense),
                changes: &item.changes,
                error: item.failed.as_ref().map(Error::message),
            })
            .collect();
        let value = serde_json::json!({
            "Objects": objects,
            "Create": create,
            "Change": change,
            "Unchanged": unchanged,
            "Failed": failed,
        });
        return Ok(output::json(out, &value, ctx.style())?);
    }
    if ctx.config.quiet {
        return Ok(());
    }
    for item in items
        .iter()
        .filter(|i| i.action != Action::Unchanged || i.failed.is_some())
    {
        let word = action_word(item, tense);
        match &item.failed {
            Some(e) => writeln!(
                out,
                "{} {}: {word}: {}",
                prefix(item),
                item.describe(),
                output::shown(e.message())
            )?,
            None => writeln!(out, "{} {}: {word}", prefix(item), item.describe())?,
        }
        if item.action == Action::Change {
            for change in &item.changes {
                writeln!(out, "    {}", output::shown(&changes::describe(change)))?;
            }
        }
    }
    let verb = match tense {
        Tense::Planned => ["to create", "to change"],
        Tense::Applied => ["created", "changed"],
    };
    let mut summary = format!(
        "{}: {create} {}, {change} {}, {unchanged} unchanged",
        match tense {
            Tense::Planned => "Plan",
            Tense::Applied => "Applied",
        },
        verb[0],
        verb[1]
    );
    if failed > 0 {
        summary.push_str(&format!(", {failed} failed"));
    }
    summary.push('.');
    writeln!(out, "{summary}")?;
    Ok(())
}

fn prefix(item: &Item) -> &'static str {
    match (item.failed.is_some(), item.action) {
        (true, _) => "!",
        (_, Action::Create) => "+",
        (_, Action::Change) => "~",
        (_, Action::Unchanged) => "=",
    }
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
    fn a_created_checks_credential_headers_are_not_shown() {
        let body = json!({"Name": "web", "HTTP": "http://127.0.0.1/",
            "Header": {"Authorization": ["Bearer s3cret"], "X-Trace": ["1"]}});
        let shown = serde_json::to_string(&created_fields(&body)).unwrap();
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("X-Trace"), "{shown}");
    }
}
