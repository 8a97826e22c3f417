use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::definition::{self, Clears, DefinitionArgs};
use crate::api::models::PreparedQuery;
use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, Result};
use crate::input;

#[derive(Debug, Args)]
#[command(
    mut_arg("service", |a| a.required_unless_present("file")),
    after_help = "Prints the new query's ID alone (table mode), so ID=$(consulctl query create ...) works.\n\n\
Examples:\n  consulctl query create --name api --service api --only-passing \\\n      --failover-dc dc2\n  \
consulctl query create --name geo- --service '${name.suffix}' \\\n      --template name_prefix_match\n  \
consulctl query create --name api --service api \\\n      --failover-target peer:cluster-02 --failover-target dc:dc2"
)]
pub struct CreateArgs {
    #[command(flatten)]
    definition: DefinitionArgs,

    /// Create the query written as JSON in FILE (- for stdin), in Consul's API shape (HCL when
    /// FILE ends in .hcl)
    #[arg(long, value_name = "FILE", conflicts_with_all = definition_flags())]
    file: Option<PathBuf>,
}

/// Every flag of [`DefinitionArgs`]: `--file` excludes them all.
pub(super) fn definition_flags() -> [&'static str; 21] {
    [
        "name",
        "service",
        "tags",
        "only_passing",
        "near",
        "ignore_checks",
        "node_meta",
        "service_meta",
        "connect",
        "failover_nearest",
        "failover_dcs",
        "failover_targets",
        "sameness_group",
        "peer",
        "dns_ttl",
        "session",
        "template",
        "regexp",
        "remove_empty_tags",
        "query_token",
        "query_token_file",
    ]
}

impl Leaf for CreateArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let dc = ctx.config.datacenter.clone();
        let (body, name) = match &self.file {
            Some(path) => {
                let (map, _) = query_file(path)?;
                let name = input::definition_name(&map).map(str::to_string);
                (serde_json::Value::Object(map), name)
            }
            None => {
                let token = self.definition.stored_token()?;
                let mut query = PreparedQuery::default();
                self.definition
                    .apply(&mut query, &Clears::default(), token)?;
                let name = query.name.clone();
                (
                    serde_json::to_value(&query).expect("definitions serialize"),
                    name,
                )
            }
        };
        let action = match &name {
            Some(name) => format!("creating query {name:?}"),
            None => "creating a query".to_string(),
        };
        ctx.require_agent_version(&body, &action)?;
        let id = ctx
            .client()?
            .query_create(&body, dc.as_deref())
            .map_err(super::write_error(ctx, &action))?;
        if ctx.json_output() {
            return Ok(crate::output::json(
                out,
                &serde_json::json!({ "ID": id }),
                ctx.style(),
            )?);
        }
        writeln!(out, "{id}")?;
        Ok(())
    }
}
/// A query definition file: a JSON object in the API's shape, checked for what can be seen
/// locally. Returns the object and how to name the file.
pub(crate) fn query_file(
    path: &std::path::Path,
) -> Result<(serde_json::Map<String, serde_json::Value>, String)> {
    let source = input::source_name(path);
    let map = input::json_object_file(path)?;
    checked_query(&map, &source)?;
    Ok((map, source))
}

/// Checks a query definition in the API's shape for what can be seen locally, as `create`
/// would; `source` names it in messages.
pub(crate) fn checked_query(
    map: &serde_json::Map<String, serde_json::Value>,
    source: &str,
) -> Result<()> {
    let query: PreparedQuery =
        serde_json::from_value(serde_json::Value::Object(canonical_keys(map))).map_err(|e| {
            Error::usage(format!("{source} is not a prepared query definition: {e}"))
        })?;
    if let Some(name) = query.name.as_deref().filter(|n| !n.is_empty()) {
        input::identifier(name).map_err(|why| {
            Error::usage(format!(
                "{source}: the name {name:?} could not address the query: {why}"
            ))
        })?;
    }
    definition::check(&query).map_err(|e| e.map_message(|m| format!("{source}: {m}")))
}

/// Consul matches JSON keys without regard to case; the typed model wants its own spelling.
fn canonical_keys(
    map: &serde_json::Map<String, serde_json::Value>,
) -> serde_json::Map<String, serde_json::Value> {
    const KNOWN: [&str; 27] = [
        "ID",
        "Name",
        "Session",
        "Token",
        "Template",
        "Type",
        "Regexp",
        "RemoveEmptyTags",
        "Service",
        "Failover",
        "NearestN",
        "Datacenters",
        "OnlyPassing",
        "IgnoreCheckIDs",
        "Near",
        "Tags",
        "NodeMeta",
        "ServiceMeta",
        "Connect",
        "DNS",
        "TTL",
        "CreateIndex",
        "ModifyIndex",
        "Targets",
        "Peer",
        "Datacenter",
        "SamenessGroup",
    ];
    map.iter()
        .map(|(key, value)| {
            let canonical = KNOWN
                .iter()
                .find(|k| k.eq_ignore_ascii_case(key))
                .map_or_else(|| key.clone(), |k| k.to_string());
            let user_map = canonical == "NodeMeta" || canonical == "ServiceMeta";
            let canonical_object = |value: &serde_json::Value| match value {
                serde_json::Value::Object(inner) => {
                    serde_json::Value::Object(canonical_keys(inner))
                }
                other => other.clone(),
            };
            let value = match value {
                serde_json::Value::Object(_) if !user_map => canonical_object(value),
                // Failover targets are a list of objects.
                serde_json::Value::Array(items) => {
                    serde_json::Value::Array(items.iter().map(canonical_object).collect())
                }
                other => other.clone(),
            };
            (canonical, value)
        })
        .collect()
}
