//! `consulctl export DIR`: what the agent and the datacenters hold, written as definition
//! files that `plan` and `apply` read, so that a plan of the folder right after is in sync.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;
use serde_json::{Map, Value};

use super::plan::{agent_listing, refuse_two_selections, selected_datacenters};
use crate::api::models::HIDDEN_TOKEN;
use crate::api::ReadOptions;
use crate::commands::query::folded_name;
use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, Result};
use crate::output;

/// Left in the folder beside the files: it marks the folder as one export may write again.
const MARKER: &str = ".consulctl-export";
const MARKER_TEXT: &str =
    "Written by consulctl export, which may replace the *.json files beside this one.\n";
const FILES: [&str; 3] = ["services.json", "checks.json", "queries.json"];

#[derive(Debug, Args)]
#[command(
    after_help = "Writes services.json (the agent's services), checks.json (its checks) and \
queries.json (each selected datacenter's prepared queries, each with the \"datacenters\" it was \
found in: a query equal in several is written once with all of them, one that differs once per \
datacenter), pretty JSON in a stable order, and a marker file .consulctl-export. Left out: \
Consul's own \"consul\" service, maintenance checks, Consul's bookkeeping (ID, CreateIndex, \
ModifyIndex, ContentHash, ...), zero values, queries without a name (noted on stderr) and stored \
tokens (plan and apply then keep the stored one). A sidecar proxy is written inside its service \
(connect.sidecar_service) and the checks the agent gave it are left out; a service's other checks \
are written as checks of their own with its ServiceID, which registers them the same way. The \
agent does not report a check's HTTP URL, TCP address, arguments or (1.8.7) TTL and interval, so \
an exported check holds what it reports: enough for plan to watch it, not to create it afresh.\n\n\
DIR is created if missing; an existing DIR must be empty, or hold the marker and only the files \
export writes: any other file makes export refuse (exit 2) before anything is read, so it never \
overwrites or deletes your files.\n\nExamples:\n  consulctl export exported/\n  consulctl export --all-datacenters exported/\n  \
consulctl plan --all-datacenters --exit-code exported/"
)]
pub struct ExportArgs {
    /// Export the queries of every datacenter of the federation (/v1/catalog/datacenters), not
    /// only the agent's (or --datacenter's)
    #[arg(long)]
    all_datacenters: bool,

    /// Write each query's stored token too; every file is then created with mode 0600
    #[arg(long)]
    show_token: bool,

    /// The folder to write: new, empty, or one export wrote before
    #[arg(value_name = "DIR")]
    dir: PathBuf,
}

impl Leaf for ExportArgs {
    fn facts(&self) -> Facts {
        Facts::READS.with_several_datacenters()
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        refuse_two_selections(ctx, self.all_datacenters)?;
        writable_folder(&self.dir)?;
        let client = ctx.client()?;
        let services = agent_listing(client.agent_services_answer(None), ctx, "services")?;
        let checks = agent_listing(client.agent_checks_answer(None), ctx, "checks")?;
        let datacenters = selected_datacenters(ctx, self.all_datacenters)?;
        let mut found = Vec::new();
        for dc in &datacenters {
            let options = ReadOptions {
                datacenter: Some(dc),
                ..ReadOptions::default()
            };
            let action = format!("reading the queries of datacenter {}", output::shown(dc));
            let list = client
                .query_list(&options)
                .map_err(ctx.api_error(&action))?;
            let mut unnamed = 0;
            for (typed, raw) in &list.value {
                if typed.name.as_deref().is_none_or(str::is_empty) {
                    unnamed += 1;
                    continue;
                }
                let stored: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
                found.push((dc.clone(), exported_query(stored, self.show_token)));
            }
            if unnamed > 0 {
                ctx.note(&format!(
                    "note: {unnamed} quer{} of datacenter {} without a name left out: plan and apply find each query by its name",
                    if unnamed == 1 { "y" } else { "ies" },
                    output::shown(dc)
                ));
            }
        }
        let (services, sidecar_checks) = exported_services(&services);
        let checks = exported_checks(&checks, &sidecar_checks);
        let unregistrable = checks
            .iter()
            .filter(|c| c.as_object().and_then(super::checks::kind).is_none())
            .count();
        if unregistrable > 0 {
            ctx.note(&format!(
                "note: the agent does not report what {unregistrable} of the checks run (TTL, HTTP, TCP, arguments, interval): checks.json holds what it reports, enough for plan to compare; add those fields before applying the files to another agent"
            ));
        }
        let queries = grouped_queries(found);
        let counts = [services.len(), checks.len(), queries.len()];
        let documents = [
            ("services", services),
            ("checks", checks),
            ("queries", queries),
        ];
        write_folder(&self.dir, &documents, self.show_token)?;
        report(ctx, out, &self.dir, &counts, &datacenters)
    }
}

/// DIR is new, an empty folder, or one export wrote (the marker and only export's files).
fn writable_folder(dir: &Path) -> Result<()> {
    let shown = crate::input::source_name(dir);
    let refuse = |why: String| {
        Error::usage(format!("{shown} {why}")).with_hint(
            "give a new or empty folder: export writes only where it wrote before, and never overwrites or deletes other files",
        )
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !dir.is_symlink() => return Ok(()),
        Err(_) if dir.exists() && !dir.is_dir() => {
            return Err(refuse("is a file, not a folder".to_string()))
        }
        Err(e) => return Err(refuse(format!("cannot be read: {e}"))),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| refuse(format!("cannot be read: {e}")))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = FILES.contains(&name.as_str())
            || name == MARKER
            || FILES.iter().any(|f| name == partial_name(f));
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if !ours || !is_file {
            return Err(refuse(format!(
                "holds {}, which export did not write",
                crate::input::shown(&name)
            )));
        }
        names.push(name);
    }
    if !names.is_empty() && !names.iter().any(|n| n == MARKER) {
        return Err(refuse(format!(
            "holds {} but no {MARKER}: export did not write it",
            names.join(", ")
        )));
    }
    Ok(())
}

fn partial_name(file: &str) -> String {
    format!(".{file}.partial")
}

/// Writes each document beside a marker, each file whole or not at all (a new file renamed
/// over the old), created with mode 0600 when it may hold tokens.
fn write_folder(dir: &Path, documents: &[(&str, Vec<Value>); 3], secret: bool) -> Result<()> {
    let failed = |path: &Path, e: std::io::Error| {
        Error::usage(format!(
            "cannot write {}: {e}",
            crate::input::source_name(path)
        ))
    };
    std::fs::create_dir_all(dir).map_err(|e| failed(dir, e))?;
    let mut files = vec![(MARKER.to_string(), MARKER_TEXT.to_string())];
    for ((key, items), name) in documents.iter().zip(FILES) {
        let document = serde_json::json!({ *key: items });
        let text = serde_json::to_string_pretty(&document).expect("JSON values serialize");
        files.push((name.to_string(), format!("{text}\n")));
    }
    for (name, text) in files {
        let target = dir.join(&name);
        let partial = dir.join(partial_name(&name));
        output::replace_file(&target, &partial, text.as_bytes(), secret.then_some(0o600))
            .map_err(|e| failed(&target, e))?;
    }
    Ok(())
}

fn report(
    ctx: &Context,
    out: &mut dyn Write,
    dir: &Path,
    counts: &[usize; 3],
    datacenters: &[String],
) -> Result<()> {
    let kinds = ["services", "checks", "queries"];
    if ctx.json_output() {
        let files: Vec<Value> = FILES
            .iter()
            .zip(kinds)
            .zip(counts)
            .map(|((file, kind), count)| {
                serde_json::json!({"File": dir.join(file).display().to_string(),
                                   "Kind": kind, "Count": count})
            })
            .collect();
        let value = serde_json::json!({"Files": files, "Datacenters": datacenters});
        return Ok(output::json(out, &value, ctx.style())?);
    }
    if ctx.config.quiet {
        return Ok(());
    }
    for ((file, kind), count) in FILES.iter().zip(kinds).zip(counts) {
        let path = dir.join(file).display().to_string();
        let what = match (kind, count) {
            ("services", 1) => "service",
            ("checks", 1) => "check",
            ("queries", 1) => "query",
            _ => kind,
        };
        writeln!(out, "{}: {count} {what}", output::shown(&path))?;
    }
    Ok(())
}

/// The agent's services as registrations (`Service` is a registration's `Name`), Consul's own
/// `consul` service left out, each sidecar proxy inside its service. Also the IDs of those
/// sidecars, whose checks from the agent their registration brings back.
fn exported_services(services: &Map<String, Value>) -> (Vec<Value>, Vec<String>) {
    let mut by_id: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    for (id, service) in services {
        let Some(service) = service.as_object() else {
            continue;
        };
        if id == "consul" && service.get("Service").and_then(Value::as_str) == Some("consul") {
            continue;
        }
        by_id.insert(id.clone(), registration(service));
    }
    let sidecars: Vec<(String, String)> = by_id
        .iter()
        .filter_map(|(id, service)| {
            let parent = sidecar_parent(id, service)?;
            by_id
                .contains_key(parent)
                .then(|| (id.clone(), parent.to_string()))
        })
        .collect();
    let mut sidecar_checks = Vec::new();
    for (id, parent) in sidecars {
        let mut sidecar = by_id.remove(&id).expect("listed above");
        let parent = by_id.get_mut(&parent).expect("listed above");
        sidecar_checks.push(id.clone());
        as_sidecar_service(&mut sidecar, parent);
        let mut connect = Map::new();
        connect.insert("SidecarService".to_string(), Value::Object(sidecar));
        parent.insert("Connect".to_string(), Value::Object(connect));
    }
    (
        by_id.into_values().map(Value::Object).collect(),
        sidecar_checks,
    )
}

/// The service a sidecar proxy was registered with (`connect.sidecar_service`): a
/// `connect-proxy` named `ID-sidecar-proxy` for the service `ID`.
fn sidecar_parent<'s>(id: &str, service: &'s Map<String, Value>) -> Option<&'s str> {
    if service.get("Kind").and_then(Value::as_str) != Some("connect-proxy") {
        return None;
    }
    let parent = service
        .get("Proxy")?
        .get("DestinationServiceID")?
        .as_str()?;
    (id == format!("{parent}-sidecar-proxy")).then_some(parent)
}

/// A sidecar's registration without what the agent derives from its service (its ID, name,
/// kind, destination and local address and port), as `sidecar_service` declares it.
fn as_sidecar_service(sidecar: &mut Map<String, Value>, parent: &Map<String, Value>) {
    let parent_name = parent.get("Name").and_then(Value::as_str).unwrap_or("");
    sidecar.remove("ID");
    sidecar.remove("Kind");
    if sidecar.get("Name").and_then(Value::as_str) == Some(&format!("{parent_name}-sidecar-proxy"))
    {
        sidecar.remove("Name");
    }
    if let Some(Value::Object(proxy)) = sidecar.get_mut("Proxy") {
        proxy.remove("DestinationServiceName");
        proxy.remove("DestinationServiceID");
        if proxy.get("LocalServiceAddress").and_then(Value::as_str) == Some("127.0.0.1") {
            proxy.remove("LocalServiceAddress");
        }
        if proxy.get("LocalServicePort") == parent.get("Port") {
            proxy.remove("LocalServicePort");
        }
        if proxy.is_empty() {
            sidecar.remove("Proxy");
        }
    }
}

/// Fields of the agent's answer for a service that are not part of registering it.
const SERVICE_BOOKKEEPING: [&str; 5] = [
    "ContentHash",
    "CreateIndex",
    "ModifyIndex",
    "Datacenter",
    "PeerName",
];

/// A service of the agent's answer as a registration.
fn registration(service: &Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    for (key, value) in service {
        if SERVICE_BOOKKEEPING.contains(&key.as_str()) {
            continue;
        }
        // Consul's weights unless the service chose others; kept whole, since a weight of 0
        // within them is a choice.
        if key == "Weights" {
            if *value != serde_json::json!({"Passing": 1, "Warning": 1}) {
                out.insert(key.clone(), value.clone());
            }
            continue;
        }
        let key = if key == "Service" { "Name" } else { key };
        if let Some(value) = without_zeros(key, value) {
            out.insert(key.to_string(), value);
        }
    }
    out
}

/// The agent's checks as registrations: maintenance checks and the checks the agent gave
/// exported sidecars (`Connect Sidecar Listening`, `… Aliasing`) left out, and only what a
/// registration takes of what the agent reports.
fn exported_checks(checks: &Map<String, Value>, sidecars: &[String]) -> Vec<Value> {
    const KEPT: [&str; 8] = [
        "Name",
        "Notes",
        "ServiceID",
        "Interval",
        "Timeout",
        "TTL",
        "Namespace",
        "Partition",
    ];
    let mut by_id: BTreeMap<&str, Value> = BTreeMap::new();
    for (id, check) in checks {
        let maintenance = id == "_node_maintenance" || id.starts_with("_service_maintenance:");
        let Some(check) = check.as_object() else {
            continue;
        };
        let text = |key: &str| check.get(key).and_then(Value::as_str).unwrap_or("");
        let from_sidecar = sidecars.iter().any(|s| s == text("ServiceID"))
            && text("Name").starts_with("Connect Sidecar ");
        if maintenance || from_sidecar {
            continue;
        }
        let mut out = Map::new();
        out.insert("ID".to_string(), Value::String(id.clone()));
        for (key, value) in check {
            let kept = KEPT.contains(&key.as_str());
            // The agent's zero for a duration it does not have (`0s`), in any spelling.
            let zero_duration = super::checks::DURATIONS.contains(&key.as_str())
                && super::checks::nanos(value) == Some(0);
            if !kept || zero_duration {
                continue;
            }
            if let Some(value) = without_zeros(key, value) {
                out.insert(key.clone(), value);
            }
        }
        by_id.insert(id, Value::Object(out));
    }
    by_id.into_values().collect()
}

/// A stored query as a definition: Consul's bookkeeping, zero values and (unless asked for)
/// the stored token left out. A token Consul hides is never written.
fn exported_query(stored: Value, show_token: bool) -> Value {
    let Value::Object(map) = stored else {
        return stored;
    };
    let mut out = Map::new();
    for (key, value) in map {
        let folded = key.to_ascii_lowercase();
        if ["id", "createindex", "modifyindex"].contains(&folded.as_str()) {
            continue;
        }
        if folded == "token" && (!show_token || value.as_str() == Some(HIDDEN_TOKEN)) {
            continue;
        }
        if let Some(value) = without_zeros(&key, &value) {
            out.insert(key, value);
        }
    }
    Value::Object(out)
}

/// Queries of one name that are equal in several datacenters once, with all of them; those
/// that differ once each, with theirs. In name order, then datacenter order.
fn grouped_queries(found: Vec<(String, Value)>) -> Vec<Value> {
    let mut by_name: BTreeMap<String, Vec<(Vec<String>, Value)>> = BTreeMap::new();
    for (dc, query) in found {
        let name = query.get("Name").and_then(Value::as_str).unwrap_or("");
        let groups = by_name.entry(folded_name(name)).or_default();
        match groups.iter_mut().find(|(_, same)| *same == query) {
            Some((dcs, _)) => dcs.push(dc),
            None => groups.push((vec![dc], query)),
        }
    }
    let mut out = Vec::new();
    for (dcs, query) in by_name.into_values().flatten() {
        let Value::Object(map) = query else { continue };
        let mut entry = Map::new();
        for (key, value) in map {
            let name = key.eq_ignore_ascii_case("Name");
            entry.insert(key, value);
            if name {
                entry.insert("datacenters".to_string(), serde_json::json!(dcs));
            }
        }
        out.push(Value::Object(entry));
    }
    out
}

/// `value` without its zero values (`""`, `false`, `0`, `null`, `[]`, `{}`, and objects left
/// empty), which Consul cannot tell from absent; `None` when nothing is left. Maps of the
/// user's own data keep every key they hold.
fn without_zeros(key: &str, value: &Value) -> Option<Value> {
    let user_map = [
        "Meta",
        "NodeMeta",
        "ServiceMeta",
        "Header",
        "TaggedAddresses",
    ]
    .iter()
    .any(|k| key.eq_ignore_ascii_case(k));
    match value {
        Value::Null => None,
        Value::Bool(false) => None,
        Value::Number(n) if n.as_f64() == Some(0.0) => None,
        Value::String(s) if s.is_empty() => None,
        Value::Array(items) if items.is_empty() => None,
        Value::Array(items) => Some(Value::Array(
            items
                .iter()
                .map(|item| match item {
                    Value::Object(_) => {
                        without_zeros("", item).unwrap_or(Value::Object(Map::new()))
                    }
                    other => other.clone(),
                })
                .collect(),
        )),
        Value::Object(map) if map.is_empty() => None,
        Value::Object(map) if user_map => Some(Value::Object(map.clone())),
        Value::Object(map) => {
            let kept: Map<String, Value> = map
                .iter()
                .filter_map(|(k, v)| without_zeros(k, v).map(|v| (k.clone(), v)))
                .collect();
            (!kept.is_empty()).then_some(Value::Object(kept))
        }
        other => Some(other.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_query_equal_in_two_datacenters_is_written_once_and_one_that_differs_per_datacenter() {
        let a = exported_query(
            json!({"ID": "1", "Name": "api", "Token": "s3cret", "Service": {"Service": "api",
                   "OnlyPassing": false, "Failover": {"NearestN": 0, "Datacenters": [],
                   "Targets": [{"Peer": "p1", "Datacenter": ""}]}}, "DNS": {"TTL": ""},
                   "CreateIndex": 7, "ModifyIndex": 9}),
            false,
        );
        let b = exported_query(
            json!({"ID": "2", "Name": "api", "Token": "other",
                   "Service": {"Service": "api", "Failover": {"Targets": [{"Peer": "p1"}]}}}),
            false,
        );
        let c = exported_query(
            json!({"ID": "3", "Name": "API", "Service": {"Service": "web"}}),
            false,
        );
        let grouped = grouped_queries(vec![
            ("dc1".into(), a),
            ("dc2".into(), b),
            ("dc3".into(), c),
        ]);
        assert_eq!(
            grouped,
            [
                json!({"Name": "api", "datacenters": ["dc1", "dc2"],
                       "Service": {"Service": "api", "Failover": {"Targets": [{"Peer": "p1"}]}}}),
                json!({"Name": "API", "datacenters": ["dc3"], "Service": {"Service": "web"}}),
            ]
        );
        let shown = exported_query(json!({"Name": "q", "Token": "s3cret"}), true);
        assert_eq!(shown, json!({"Name": "q", "Token": "s3cret"}));
        let hidden = exported_query(json!({"Name": "q", "Token": HIDDEN_TOKEN}), true);
        assert_eq!(hidden, json!({"Name": "q"}));
    }

    #[test]
    fn a_sidecar_is_written_inside_its_service_and_consul_is_left_out() {
        let services = json!({
            "consul": {"ID": "consul", "Service": "consul", "Port": 8300},
            "side": {"ID": "side", "Service": "side", "Tags": [], "Meta": {}, "Port": 9000,
                     "Address": "", "Weights": {"Passing": 1, "Warning": 1},
                     "EnableTagOverride": false, "Datacenter": "dc1"},
            "side-sidecar-proxy": {"Kind": "connect-proxy", "ID": "side-sidecar-proxy",
                "Service": "side-sidecar-proxy", "Tags": [], "Meta": {}, "Port": 21000,
                "Address": "", "Weights": {"Passing": 1, "Warning": 1},
                "EnableTagOverride": false,
                "Proxy": {"DestinationServiceName": "side", "DestinationServiceID": "side",
                          "LocalServiceAddress": "127.0.0.1", "LocalServicePort": 9000,
                          "MeshGateway": {}, "Expose": {}}},
            "gateway": {"Kind": "mesh-gateway", "ID": "gateway", "Service": "gateway",
                        "Port": 8443, "Weights": {"Passing": 3, "Warning": 0},
                        "Meta": {"empty": ""}}
        });
        let (exported, sidecar_checks) = exported_services(services.as_object().unwrap());
        assert_eq!(
            exported,
            [
                json!({"Kind": "mesh-gateway", "ID": "gateway", "Name": "gateway", "Port": 8443,
                       "Weights": {"Passing": 3, "Warning": 0}, "Meta": {"empty": ""}}),
                json!({"ID": "side", "Name": "side", "Port": 9000,
                       "Connect": {"SidecarService": {"Port": 21000}}}),
            ]
        );
        let checks = json!({
            "service:side-sidecar-proxy:1": {"CheckID": "service:side-sidecar-proxy:1",
                "Name": "Connect Sidecar Listening", "ServiceID": "side-sidecar-proxy"},
            "_node_maintenance": {"CheckID": "_node_maintenance", "Name": "Node Maintenance Mode"},
            "_service_maintenance:side": {"CheckID": "_service_maintenance:side", "Name": "m"},
            "web": {"Node": "n1", "CheckID": "web", "Name": "web", "Status": "passing",
                    "Notes": "", "Output": "ok", "ServiceID": "side", "ServiceName": "side",
                    "ServiceTags": [], "Type": "http", "Interval": "10s", "Timeout": "0s",
                    "ExposedPort": 0, "Definition": {}, "CreateIndex": 0, "ModifyIndex": 0}
        });
        assert_eq!(
            exported_checks(checks.as_object().unwrap(), &sidecar_checks),
            [json!({"ID": "web", "Name": "web", "ServiceID": "side", "Interval": "10s"})]
        );
    }

    #[test]
    fn only_a_new_empty_or_exported_folder_is_written() {
        let root = tempfile::tempdir().unwrap();
        assert!(writable_folder(&root.path().join("new")).is_ok());
        assert!(writable_folder(root.path()).is_ok());
        std::fs::write(root.path().join("services.json"), "{}").unwrap();
        let refused = writable_folder(root.path()).unwrap_err();
        assert!(
            refused
                .message()
                .ends_with("but no .consulctl-export: export did not write it"),
            "{}",
            refused.message()
        );
        std::fs::write(root.path().join(MARKER), MARKER_TEXT).unwrap();
        assert!(writable_folder(root.path()).is_ok());
        std::fs::write(root.path().join("notes.txt"), "mine").unwrap();
        let refused = writable_folder(root.path()).unwrap_err();
        assert!(
            refused
                .message()
                .ends_with("holds \"notes.txt\", which export did not write"),
            "{}",
            refused.message()
        );
        let file = root.path().join("notes.txt");
        assert!(writable_folder(&file)
            .unwrap_err()
            .message()
            .ends_with("is a file, not a folder"));
    }
}
