//! Definition files for `plan` and `apply`: files and folders of `*.json` and `*.hcl`, each
//! holding services and checks in an agent config file's shape (or the API's) and prepared
//! queries in the API's shape. Everything is read and checked before anything is sent, and a
//! mistake names the file, the object and the problem.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::commands::query::create::checked_query;
use crate::error::{Error, Result};
use crate::input;

/// A service or check to register on the agent: its ID, the registration body in the API's
/// shape, and where it was declared (`file: services[1]`).
#[derive(Debug)]
pub struct Declared {
    pub id: String,
    pub body: Map<String, Value>,
    pub source: String,
    /// A service's own checks, by the IDs the agent gives them.
    pub check_ids: Vec<String>,
}

/// A prepared query, found by its name in each datacenter it belongs in.
#[derive(Debug)]
pub struct DeclaredQuery {
    pub name: String,
    pub body: Map<String, Value>,
    /// The `datacenters` the file names for it; `None`: every datacenter selected.
    pub datacenters: Option<Vec<String>>,
    pub source: String,
}

#[derive(Debug, Default)]
pub struct Definitions {
    pub services: Vec<Declared>,
    pub checks: Vec<Declared>,
    pub queries: Vec<DeclaredQuery>,
}

impl Definitions {
    pub fn len(&self) -> usize {
        self.services.len() + self.checks.len() + self.queries.len()
    }
}

/// Reads every path: a file as it is, a folder's `*.json` and `*.hcl` files in name order.
pub fn load(paths: &[PathBuf]) -> Result<Definitions> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let shown = input::source_name(path);
            let entries = std::fs::read_dir(path)
                .map_err(|e| Error::usage(format!("cannot read the folder {shown}: {e}")))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && is_definition_file(p))
                .collect();
            if found.is_empty() {
                return Err(Error::usage(format!(
                    "the folder {shown} holds no definitions (no *.json or *.hcl file): give the folder of your definition files"
                )));
            }
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    let mut definitions = Definitions::default();
    for file in &files {
        read_file(file, &mut definitions)?;
    }
    if definitions.len() == 0 {
        let named: Vec<_> = paths.iter().map(|p| input::source_name(p)).collect();
        return Err(Error::usage(format!(
            "{} declare no service, check or query: a definition file holds \"service\", \"services\", \"check\", \"checks\", \"query\" or \"queries\"",
            named.join(", ")
        )));
    }
    refuse_twice_declared(&definitions)?;
    Ok(definitions)
}

/// A folder's files that hold definitions: `*.json` and `*.hcl` (read as [`input::document`]
/// says).
fn is_definition_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "json" || e == "hcl")
}

/// The file's top-level object, parsed as its name says (JSON unless it ends in `.hcl`).
fn parse(path: &Path, source: &str) -> Result<Map<String, Value>> {
    let text = input::text_file(path, source)?;
    let value = input::document(&text, path, source)?;
    match value {
        Value::Object(map) => Ok(map),
        other => Err(Error::usage(format!(
            "{source} holds a JSON {}, not an object with \"services\", \"checks\" or \"queries\"",
            input::json_kind(&other)
        ))),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Service,
    Check,
    Query,
}

fn kind_of(key: &str) -> Option<Kind> {
    match key.to_ascii_lowercase().as_str() {
        "service" | "services" => Some(Kind::Service),
        "check" | "checks" => Some(Kind::Check),
        "query" | "queries" => Some(Kind::Query),
        _ => None,
    }
}

fn read_file(path: &Path, definitions: &mut Definitions) -> Result<()> {
    let file = input::source_name(path);
    for (key, value) in parse(path, &file)? {
        let Some(kind) = kind_of(&key) else {
            return Err(Error::usage(format!(
                "{file}: unknown top-level key {}: a definition file holds \"service\", \"services\", \"check\", \"checks\", \"query\" and \"queries\"",
                input::shown(&key)
            )));
        };
        // One object, or a list; HCL writes a repeated block as a list too.
        let items = match value {
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(n, item)| (format!("{file}: {key}[{n}]"), item))
                .collect(),
            item => vec![(format!("{file}: {key}"), item)],
        };
        for (source, item) in items {
            let Value::Object(object) = item else {
                return Err(Error::usage(format!(
                    "{source} is a JSON {}, not an object",
                    input::json_kind(&item)
                )));
            };
            match kind {
                Kind::Service => definitions.services.push(service(object, source)?),
                Kind::Check => definitions.checks.push(check(object, source)?),
                Kind::Query => definitions.queries.push(query(object, source)?),
            }
        }
    }
    Ok(())
}

/// A service in either shape, as the API takes it.
fn service(object: Map<String, Value>, source: String) -> Result<Declared> {
    let wrapped = Map::from_iter([("service".to_string(), Value::Object(object))]);
    let body = input::unwrap_definition(wrapped, "service", &source)?;
    input::checked_definition(&body, "service", &source)?;
    crate::commands::service::register::checked_port(&body, &source)?;
    let name = input::definition_name(&body).unwrap_or_default();
    let id = input::definition_str(&body, &["ID"])
        .filter(|id| !id.is_empty())
        .unwrap_or(name)
        .to_string();
    let check_ids = own_check_ids(&body, &id);
    Ok(Declared {
        id,
        body,
        source,
        check_ids,
    })
}

/// The IDs the agent gives a service's checks: the one written, else `service:ID`, or
/// `service:ID:N` (from 1, `Check` first, then `Checks`) when the service has more than one.
pub(super) fn own_check_ids(body: &Map<String, Value>, service_id: &str) -> Vec<String> {
    let checks = own_checks(body);
    let numbered = checks.len() > 1;
    checks
        .iter()
        .enumerate()
        .map(|(n, check)| {
            check
                .as_object()
                .and_then(|c| input::definition_str(c, &["CheckID"]))
                .filter(|id| !id.is_empty())
                .map(str::to_string)
                .unwrap_or_else(|| match numbered {
                    true => format!("service:{service_id}:{}", n + 1),
                    false => format!("service:{service_id}"),
                })
        })
        .collect()
}

/// A service's own checks as its definition declares them, `Check` first, then `Checks`: the
/// order the agent numbers them in.
pub(super) fn own_checks(body: &Map<String, Value>) -> Vec<&Value> {
    let mut checks: Vec<&Value> = Vec::new();
    for key in ["check", "checks"] {
        for (k, value) in body.iter().filter(|(k, _)| k.eq_ignore_ascii_case(key)) {
            match (k.to_ascii_lowercase().as_str(), value) {
                ("check", check @ Value::Object(_)) => checks.push(check),
                ("checks", Value::Array(list)) => checks.extend(list),
                _ => {}
            }
        }
    }
    checks
}

fn check(object: Map<String, Value>, source: String) -> Result<Declared> {
    let wrapped = Map::from_iter([("check".to_string(), Value::Object(object))]);
    let body = input::unwrap_definition(wrapped, "check", &source)?;
    input::checked_definition(&body, "check", &source)?;
    let name = input::definition_name(&body).unwrap_or_default();
    let id = input::definition_str(&body, &["ID", "CheckID"])
        .filter(|id| !id.is_empty())
        .unwrap_or(name)
        .to_string();
    Ok(Declared {
        id,
        body,
        source,
        check_ids: Vec::new(),
    })
}

/// A query in the API's shape, with an optional `datacenters` list of its own (not Consul's:
/// taken out before the query is checked and sent).
fn query(mut object: Map<String, Value>, source: String) -> Result<DeclaredQuery> {
    let key = object
        .keys()
        .find(|k| k.eq_ignore_ascii_case("datacenters"))
        .cloned();
    let datacenters = match key.and_then(|k| object.remove(&k)) {
        None => None,
        Some(Value::Array(items)) => {
            let mut names = Vec::new();
            for item in items {
                match item.as_str().map(input::identifier) {
                    Some(Ok(name)) => names.push(name),
                    _ => {
                        return Err(Error::usage(format!(
                            "{source}: \"datacenters\" holds {}, not a datacenter's name: give a list of names",
                            match &item {
                                Value::String(text) => input::shown(text),
                                other => format!("a JSON {}", input::json_kind(other)),
                            }
                        )))
                    }
                }
            }
            Some(names)
        }
        Some(other) => {
            return Err(Error::usage(format!(
                "{source}: \"datacenters\" is a JSON {}, not a list of datacenter names",
                input::json_kind(&other)
            )))
        }
    };
    let Some(name) = input::definition_name(&object).map(str::to_string) else {
        return Err(Error::usage(format!(
            "{source}: the query has no \"Name\"; plan and apply find each query by its name"
        )));
    };
    checked_query(&object, &source)?;
    Ok(DeclaredQuery {
        name,
        body: object,
        datacenters,
        source,
    })
}

/// Two declarations of one service ID, check ID (a service's own checks included) or query
/// name (compared as Consul compares them, without regard to case) are refused, naming both.
fn refuse_twice_declared(definitions: &Definitions) -> Result<()> {
    let twice = |what: &str, id: &str, first: &str, second: &str| {
        Error::usage(format!(
            "{second}: the {what} {} is declared twice (also in {first}): declare each once",
            input::shown(id)
        ))
    };
    let mut services: HashMap<&str, &str> = HashMap::new();
    let mut checks: HashMap<&str, &str> = HashMap::new();
    for service in &definitions.services {
        if let Some(first) = services.insert(&service.id, &service.source) {
            return Err(twice("service ID", &service.id, first, &service.source));
        }
        for id in &service.check_ids {
            if let Some(first) = checks.insert(id, &service.source) {
                return Err(twice("check ID", id, first, &service.source));
            }
        }
    }
    for check in &definitions.checks {
        if let Some(first) = checks.insert(&check.id, &check.source) {
            return Err(twice("check ID", &check.id, first, &check.source));
        }
    }
    // One name may be declared once per datacenter: a query that differs between datacenters
    // (as export writes it) is declared for each with its own `datacenters`.
    let mut queries: HashMap<String, Vec<&DeclaredQuery>> = HashMap::new();
    for query in &definitions.queries {
        let folded = crate::commands::query::folded_name(&query.name);
        let same_name = queries.entry(folded).or_default();
        if let Some(first) = same_name.iter().find(|q| share_a_datacenter(q, query)) {
            return Err(twice(
                "query name",
                &query.name,
                &first.source,
                &query.source,
            ));
        }
        same_name.push(query);
    }
    Ok(())
}

/// Two declarations of one query name meet in a datacenter: one names none (every datacenter),
/// or both name the same one.
fn share_a_datacenter(a: &DeclaredQuery, b: &DeclaredQuery) -> bool {
    match (&a.datacenters, &b.datacenters) {
        (Some(a), Some(b)) => a
            .iter()
            .any(|x| b.iter().any(|y| x.eq_ignore_ascii_case(y))),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loaded(files: &[(&str, &str)]) -> std::result::Result<Definitions, String> {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let shown = dir.path().display().to_string();
        load(&[dir.path().to_path_buf()]).map_err(|e| e.message().replace(&shown, "DIR"))
    }

    #[test]
    fn hcl_blocks_and_json_lists_both_declare() {
        let definitions = loaded(&[
            (
                "a.hcl",
                "service {\n  name = \"web\"\n  tags = [\"v1\"]\n  check {\n    id = \"web-ttl\"\n    ttl = \"30s\"\n  }\n}\nservice {\n  name = \"api\"\n}\nquery {\n  Name = \"web\"\n  datacenters = [\"dc2\"]\n  Service {\n    Service = \"web\"\n  }\n}\n",
            ),
            (
                "b.json",
                r#"{"checks": [{"id": "disk", "name": "Disk", "ttl": "1m"}], "Services": [{"Name": "db", "ID": "db-1"}]}"#,
            ),
        ])
        .unwrap();
        let ids: Vec<_> = definitions.services.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["web", "api", "db-1"]);
        assert_eq!(definitions.services[0].check_ids, ["web-ttl"]);
        assert_eq!(
            Value::Object(definitions.services[0].body.clone()),
            serde_json::json!({"name": "web", "tags": ["v1"],
                               "check": {"CheckID": "web-ttl", "ttl": "30s"}})
        );
        assert_eq!(definitions.checks[0].id, "disk");
        assert_eq!(definitions.queries[0].name, "web");
        assert_eq!(
            definitions.queries[0].datacenters.as_deref(),
            Some(&["dc2".to_string()][..])
        );
        assert!(!definitions.queries[0].body.contains_key("datacenters"));
    }

    #[test]
    fn a_query_name_may_be_declared_once_per_datacenter() {
        let definitions = loaded(&[(
            "a.json",
            r#"{"queries": [{"Name": "geo", "datacenters": ["dc1"], "Service": {"Service": "a"}},
                            {"Name": "Geo", "datacenters": ["dc2"], "Service": {"Service": "b"}}]}"#,
        )])
        .unwrap();
        assert_eq!(definitions.queries.len(), 2);
    }

    #[test]
    fn bad_input_names_the_file_the_object_and_the_problem() {
        for (files, said) in [
            (
                vec![("a.hcl", "service {\n  name = \n}\n")],
                "DIR/a.hcl is not valid HCL at line 2, column 10: invalid expression",
            ),
            (
                vec![("a.json", "{\"services\": [}")],
                "DIR/a.json is not valid JSON: ",
            ),
            (
                vec![("a.json", r#"{"servcies": []}"#)],
                r#"DIR/a.json: unknown top-level key "servcies""#,
            ),
            (
                vec![("a.json", r#"{"services": [{"name": "a"}, {"port": 80}]}"#)],
                r#"DIR/a.json: services[1]: the service has no "Name""#,
            ),
            (
                vec![
                    ("a.json", r#"{"service": {"name": "web"}}"#),
                    ("b.json", r#"{"services": [{"name": "web"}]}"#),
                ],
                r#"DIR/b.json: services[0]: the service ID "web" is declared twice (also in DIR/a.json: service)"#,
            ),
            (
                vec![
                    (
                        "a.json",
                        r#"{"service": {"name": "web", "check": {"id": "c"}}}"#,
                    ),
                    ("b.json", r#"{"check": {"name": "c"}}"#),
                ],
                r#"DIR/b.json: check: the check ID "c" is declared twice (also in DIR/a.json: service)"#,
            ),
            (
                vec![
                    (
                        "a.json",
                        r#"{"query": {"Name": "Geo", "Service": {"Service": "a"}}}"#,
                    ),
                    (
                        "b.json",
                        r#"{"query": {"Name": "geo", "Service": {"Service": "a"}}}"#,
                    ),
                ],
                r#"DIR/b.json: query: the query name "geo" is declared twice (also in DIR/a.json: query)"#,
            ),
            (
                vec![(
                    "a.json",
                    r#"{"queries": [{"Name": "geo", "datacenters": ["dc1"], "Service": {"Service": "a"}},
                                    {"Name": "geo", "datacenters": ["dc2", "DC1"], "Service": {"Service": "b"}}]}"#,
                )],
                r#"DIR/a.json: queries[1]: the query name "geo" is declared twice (also in DIR/a.json: queries[0])"#,
            ),
            (
                vec![(
                    "a.json",
                    r#"{"query": {"Name": "q", "Service": {"Service": "a",
                    "Failover": {"Datacenters": ["dc2"], "Targets": [{"Peer": "p"}]}}}}"#,
                )],
                "DIR/a.json: query: failover targets",
            ),
            (
                vec![("a.json", r#"{"query": {"Service": {"Service": "a"}}}"#)],
                r#"DIR/a.json: query: the query has no "Name""#,
            ),
            (
                vec![("a.json", r#"{"check": {"name": "c", "id": "a/../b"}}"#)],
                r#"DIR/a.json: check: the check's "ID" "a/../b""#,
            ),
            (
                vec![("a.json", r#"{"service": {"name": "web", "port": 70000}}"#)],
                r#"DIR/a.json: service: "port" is 70000, not a port from 1 to 65535"#,
            ),
            (
                vec![("notes.txt", "x")],
                "the folder DIR holds no definitions",
            ),
            (
                vec![("a.json", "{}")],
                "DIR declare no service, check or query",
            ),
        ] {
            let message = loaded(&files).unwrap_err();
            assert!(message.starts_with(said), "{message}\nwanted: {said}");
            assert!(!message.contains('\n'), "{message}");
        }
    }
}
