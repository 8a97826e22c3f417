//! The set's record: what a set of definitions created, kept in Consul's KV store beside the
//! objects, so that `--prune` deletes only those. Checks and prepared queries have no metadata
//! to mark them with, so the record is the one place that says what belongs to a set; services
//! are not marked in their Meta either (a marker would be drift on every service registered
//! before, and would travel with a service's definition into another set's files).
//!
//! One record per agent for its services and checks (`consulctl/sets/NAME/agents/NODE`, in the
//! agent's datacenter) and one per datacenter for its queries (`consulctl/sets/NAME/queries`).
//! A record holds what the set *created*: an object found already there (registered by hand,
//! by the agent's config files, by another tool or another set) stays its owner's, even when
//! `apply` changes it to match the files, and `--prune` never deletes it.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::plan::{Action, Item, Request};
use super::set;
use crate::api::Client;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::output;

/// The record's format; a record of a newer one is refused rather than rewritten without what
/// it holds.
const FORMAT: u64 = 1;

/// How many times an update re-reads and merges when another writer changed the record between
/// its read and its write.
const ATTEMPTS: usize = 5;

#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct Record {
    pub(super) format: u64,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub(super) services: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub(super) checks: BTreeSet<String>,
    /// A query by its ID (what a delete names), with its name (what the files name).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub(super) queries: BTreeSet<RecordedQuery>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub(super) struct RecordedQuery {
    #[serde(rename = "Name")]
    pub(super) name: String,
    #[serde(rename = "ID")]
    pub(super) id: String,
}

impl Record {
    fn is_empty(&self) -> bool {
        self.services.is_empty() && self.checks.is_empty() && self.queries.is_empty()
    }
}

/// Where a record lives: the agent's (its services and checks) or a datacenter's (its queries).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Place {
    Agent,
    Datacenter(String),
}

/// One object of a record, to add to it or take out of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Entry {
    Service(String),
    Check(String),
    Query(RecordedQuery),
}

/// The records of one set as `plan --prune` read them, and the entries of objects that are no
/// longer there (deleted by hand): `apply` takes those out of the record, so that an object
/// registered later under the same ID is not taken for the set's.
#[derive(Debug)]
pub(super) struct Records {
    set: String,
    node: Option<String>,
    /// A record was found in at least one of the places read.
    pub(super) found_any: bool,
    pub(super) read_any: bool,
    pub(super) gone: Vec<(Place, Entry)>,
}

impl Records {
    pub(super) fn new(set: &str) -> Records {
        Records {
            set: set.to_string(),
            node: None,
            found_any: false,
            read_any: false,
            gone: Vec::new(),
        }
    }

    pub(super) fn set(&self) -> &str {
        &self.set
    }

    /// The KV key of the record at `place`, and the datacenter to ask (`None`: the agent's).
    fn key(&mut self, ctx: &Context, place: &Place) -> Result<(String, Option<String>)> {
        let prefix = set::prefix(&self.set);
        match place {
            Place::Agent => {
                let node = match &self.node {
                    Some(node) => node.clone(),
                    None => {
                        let node = agent_node(ctx)?;
                        self.node = Some(node.clone());
                        node
                    }
                };
                Ok((format!("{prefix}/agents/{node}"), None))
            }
            Place::Datacenter(dc) => Ok((format!("{prefix}/queries"), Some(dc.clone()))),
        }
    }

    /// The record at `place`, or an empty one when the set has none there.
    pub(super) fn read(&mut self, ctx: &Context, place: &Place) -> Result<Record> {
        let (key, dc) = self.key(ctx, place)?;
        let read = read_at(ctx, &key, dc.as_deref())?;
        self.read_any = true;
        self.found_any |= read.is_some();
        Ok(read.map(|(record, _)| record).unwrap_or_default())
    }

    /// After `apply`'s writes: adds what was created, takes out what was deleted and what is
    /// gone, one check-and-set write per record that changes and none for one that does not.
    /// A record that cannot be written becomes a failed item, naming what it leaves unrecorded.
    pub(super) fn update(
        &mut self,
        ctx: &Context,
        items: &[Item],
        created: &[(usize, String)],
    ) -> Vec<Item> {
        let mut edits: BTreeMap<Place, (Vec<Entry>, Vec<Entry>)> = BTreeMap::new();
        for (place, entry) in self.gone.drain(..) {
            edits.entry(place).or_default().1.push(entry);
        }
        for (index, item) in items.iter().enumerate() {
            if item.failed.is_some() || item.write.is_none() {
                continue;
            }
            let place = item
                .datacenter
                .clone()
                .map_or(Place::Agent, Place::Datacenter);
            let entry = match (item.kind, item.action, &item.write) {
                ("service", Action::Create | Action::Delete, _) => Entry::Service(item.id.clone()),
                ("check", Action::Create | Action::Delete, _) => Entry::Check(item.id.clone()),
                ("query", Action::Create, _) => {
                    let Some((_, id)) = created.iter().find(|(i, _)| *i == index) else {
                        continue;
                    };
                    Entry::Query(RecordedQuery {
                        name: item.id.clone(),
                        id: id.clone(),
                    })
                }
                ("query", Action::Delete, Some(Request::QueryDelete(id))) => {
                    Entry::Query(RecordedQuery {
                        name: item.id.clone(),
                        id: id.clone(),
                    })
                }
                _ => continue,
            };
            let edit = edits.entry(place).or_default();
            match item.action {
                Action::Delete => edit.1.push(entry),
                _ => edit.0.push(entry),
            }
        }
        let mut failed = Vec::new();
        for (place, (added, removed)) in edits {
            if let Err(e) = self.edit(ctx, &place, &added, &removed) {
                if matches!(e, Error::Stopped) {
                    continue;
                }
                let unrecorded = if added.is_empty() {
                    String::new()
                } else {
                    format!(
                        "; not recorded, so --prune will not delete them: {}",
                        added.iter().map(describe).collect::<Vec<_>>().join(", ")
                    )
                };
                let key = self
                    .key(ctx, &place)
                    .map_or_else(|_| set::prefix(&self.set), |(key, _)| key);
                failed.push(Item {
                    kind: "record",
                    id: key,
                    datacenter: match place {
                        Place::Agent => None,
                        Place::Datacenter(dc) => Some(dc),
                    },
                    action: Action::Unchanged,
                    changes: Vec::new(),
                    write: None,
                    failed: Some(Error::failed(
                        e.exit(),
                        format!("{}{unrecorded}", e.message()),
                    )),
                });
            }
        }
        failed
    }

    /// Re-reads the record, merges the change in, and writes it only if it changed, naming the
    /// version read: when another writer came in between, reads and merges again.
    fn edit(
        &mut self,
        ctx: &Context,
        place: &Place,
        added: &[Entry],
        removed: &[Entry],
    ) -> Result<()> {
        let (key, dc) = self.key(ctx, place)?;
        let client = ctx.client()?;
        let action = format!("writing the record {}", output::shown(&key));
        for _ in 0..ATTEMPTS {
            let (before, index) =
                read_at(ctx, &key, dc.as_deref())?.unwrap_or_else(|| (Record::default(), 0));
            let mut after = before.clone();
            after.format = FORMAT;
            for entry in removed {
                match entry {
                    Entry::Service(id) => drop(after.services.remove(id)),
                    Entry::Check(id) => drop(after.checks.remove(id)),
                    Entry::Query(query) => after.queries.retain(|q| q.id != query.id),
                }
            }
            for entry in added {
                match entry {
                    Entry::Service(id) => drop(after.services.insert(id.clone())),
                    Entry::Check(id) => drop(after.checks.insert(id.clone())),
                    Entry::Query(query) => {
                        after.queries.retain(|q| q.id != query.id);
                        after.queries.insert(query.clone());
                    }
                }
            }
            if after.is_empty() && index == 0 {
                return Ok(());
            }
            if after == before && index != 0 {
                return Ok(());
            }
            let written = if after.is_empty() {
                client.kv_delete_cas(&key, index, dc.as_deref())
            } else {
                let text = serde_json::to_vec(&after).expect("a record always serializes");
                client.kv_put_cas(&key, &text, index, dc.as_deref())
            };
            if written.map_err(ctx.api_error(&action))? {
                return Ok(());
            }
        }
        Err(Error::api(format!(
            "{action}: another writer changed it {ATTEMPTS} times while this apply merged its change in; run the apply again"
        )))
    }
}

/// The record at `key` and the version read, or `None` when there is none.
fn read_at(ctx: &Context, key: &str, dc: Option<&str>) -> Result<Option<(Record, u64)>> {
    let client: &Client = ctx.client()?;
    let action = format!("reading the record {}", output::shown(key));
    let Some(entry) = client.kv_get(key, dc).map_err(ctx.api_error(&action))? else {
        return Ok(None);
    };
    let record: Record = serde_json::from_slice(&entry.value).map_err(|e| {
        Error::api(format!(
            "{action}: it is not a record consulctl wrote ({e}): move the key aside, or name another --set"
        ))
    })?;
    if record.format > FORMAT {
        return Err(Error::api(format!(
            "{action}: it is of format {}, newer than this consulctl's ({FORMAT}): use a newer consulctl for this set",
            record.format
        )));
    }
    Ok(Some((record, entry.modify_index)))
}

/// The agent's node name: one record per agent, by the name it has in the catalog.
fn agent_node(ctx: &Context) -> Result<String> {
    let client = ctx.client()?;
    let node = client
        .agent_self()
        .map_err(ctx.api_error("reading the agent's node name (where the set's record of its services and checks is kept)"))?
        .config
        .node_name;
    // The name becomes one segment of a KV key.
    if node.is_empty() || node == "." || node == ".." || node.contains('/') {
        return Err(Error::api(format!(
            "the agent's node name {} cannot name a KV key for the set's record",
            output::shown(&node)
        )));
    }
    Ok(node)
}

fn describe(entry: &Entry) -> String {
    match entry {
        Entry::Service(id) => format!("service {}", crate::input::shown(id)),
        Entry::Check(id) => format!("check {}", crate::input::shown(id)),
        Entry::Query(q) => format!("query {}", crate::input::shown(&q.name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_small_sorted_json_that_reads_back() {
        let record = Record {
            format: FORMAT,
            services: ["web".to_string(), "api".to_string()].into(),
            checks: BTreeSet::new(),
            queries: [RecordedQuery {
                name: "api".to_string(),
                id: "0b6c".to_string(),
            }]
            .into(),
        };
        let text = serde_json::to_string(&record).unwrap();
        assert_eq!(
            text,
            r#"{"Format":1,"Services":["api","web"],"Queries":[{"Name":"api","ID":"0b6c"}]}"#
        );
        assert_eq!(serde_json::from_str::<Record>(&text).unwrap(), record);
    }
}
