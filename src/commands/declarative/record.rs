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
//!
//! Beside what it created, the agent's record keeps what `apply` last sent for each check it
//! registered (`Sent`, a [`digest`] per check), so that a plan sees a change to a check's
//! fields the agent does not report. That is not ownership: a check found there and changed by
//! `apply` gets a digest, and `--prune` still never deletes it.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use serde_json::{Map, Value};

use super::digest::digest;
use super::load::{self, Definitions};
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
    /// Absent in records written before it was kept: those checks are compared on what the
    /// agent reports alone.
    #[serde(default, skip_serializing_if = "Sent::is_empty")]
    pub(super) sent: Sent,
}

/// What `apply` last sent for each check it registered, as a [`digest`]: a check of the
/// files' by its ID, a service's own checks by the service's ID and then the check's, so that
/// registering a service again replaces what is kept of all its checks at once.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(super) struct Sent {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) checks: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) services: BTreeMap<String, BTreeMap<String, String>>,
}

impl Sent {
    fn is_empty(&self) -> bool {
        self.checks.is_empty() && self.services.is_empty()
    }

    /// What was last sent for check `id` of service `service`.
    pub(super) fn own_check(&self, service: &str, id: &str) -> Option<&String> {
        self.services.get(service)?.get(id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub(super) struct RecordedQuery {
    #[serde(rename = "Name")]
    pub(super) name: String,
    #[serde(rename = "ID")]
    pub(super) id: String,
}

impl Record {
    /// Whether what was sent, as `entry` says it, is what the record keeps already.
    fn holds(&self, entry: &Entry) -> bool {
        match entry {
            Entry::SentCheck(id, digest) => self.sent.checks.get(id) == Some(digest),
            Entry::SentService(id, digests) => self.sent.services.get(id) == Some(digests),
            Entry::Service(_) | Entry::Check(_) | Entry::Query(_) => false,
        }
    }

    fn is_empty(&self) -> bool {
        self.services.is_empty()
            && self.checks.is_empty()
            && self.queries.is_empty()
            && self.sent.is_empty()
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
    /// What was sent for a check of the files' (its ID and digest).
    SentCheck(String, String),
    /// What was sent for each of a service's own checks (the service's ID; by check ID).
    SentService(String, BTreeMap<String, String>),
}

/// The records of one set as `plan --prune` read them, and the entries of objects that are no
/// longer there (deleted by hand): `apply` takes those out of the record, so that an object
/// registered later under the same ID is not taken for the set's.
#[derive(Debug)]
pub(super) struct Records {
    set: String,
    node: Option<String>,
    /// The agent's record once read: plan reads it for what was sent, and `--prune` for what
    /// the set created.
    agent: Option<Record>,
    /// Why what was sent for the checks could not be read, to say once of the plan acted on.
    unread: Option<String>,
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
            agent: None,
            unread: None,
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
        if let (Place::Agent, Some(record)) = (place, &self.agent) {
            return Ok(record.clone());
        }
        let (key, dc) = self.key(ctx, place)?;
        let read = read_at(ctx, &key, dc.as_deref())?;
        self.read_any = true;
        self.found_any |= read.is_some();
        let record = read.map(|(record, _)| record).unwrap_or_default();
        if *place == Place::Agent {
            self.agent = Some(record.clone());
        }
        Ok(record)
    }

    /// What `apply` last sent for the agent's checks. The record is read only when a declared
    /// check is on the agent (one that is not will be created: there is nothing to compare),
    /// and the agent's node name, which names the record, is taken from that check's `Node`,
    /// so no other read is needed. A record that cannot be read leaves the checks compared on
    /// what the agent reports alone, which [`Records::note_unread`] says.
    pub(super) fn sent(
        &mut self,
        ctx: &Context,
        definitions: &Definitions,
        checks: &Map<String, Value>,
    ) -> Result<Sent> {
        let declared = definitions.checks.iter().map(|c| &c.id).chain(
            definitions
                .services
                .iter()
                .flat_map(|service| &service.check_ids),
        );
        let Some(found) = declared.filter_map(|id| checks.get(id.as_str())).next() else {
            return Ok(Sent::default());
        };
        if self.node.is_none() {
            self.node = found
                .get("Node")
                .and_then(Value::as_str)
                .and_then(|node| key_segment(node).ok());
        }
        match self.read(ctx, &Place::Agent) {
            Ok(record) => Ok(record.sent),
            Err(e @ Error::Stopped) => Err(e),
            Err(e) => {
                self.unread = Some(e.message().to_string());
                Ok(Sent::default())
            }
        }
    }

    /// Said once, of the plan acted on, when what was sent for the checks could not be read.
    pub(super) fn note_unread(&self, ctx: &Context) {
        if let Some(why) = &self.unread {
            ctx.note(&format!(
                "note: {why}: a change to a check's fields the agent does not report (HTTP, TCP, Args, Header, ...) is not seen"
            ));
        }
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
            if let Some(sent) = sent_entry(item) {
                edits.entry(Place::Agent).or_default().0.push(sent);
            }
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
            // What the plan read under the set's lock already holds needs no read again: a
            // service re-registered for a tag keeps its checks' digests as they were.
            let known = self.agent.as_ref().filter(|_| place == Place::Agent);
            if removed.is_empty() && known.is_some_and(|r| added.iter().all(|e| r.holds(e))) {
                continue;
            }
            if let Err(e) = self.edit(ctx, &place, &added, &removed) {
                if matches!(e, Error::Stopped) {
                    continue;
                }
                let (sent, owned): (Vec<&Entry>, Vec<&Entry>) = added
                    .iter()
                    .partition(|e| matches!(e, Entry::SentCheck(..) | Entry::SentService(..)));
                let mut unrecorded = String::new();
                if !owned.is_empty() {
                    unrecorded += &format!(
                        "; not recorded, so --prune will not delete them: {}",
                        owned
                            .iter()
                            .map(|e| describe(e))
                            .collect::<Vec<_>>()
                            .join(", ")
                    );
                }
                if !sent.is_empty() {
                    unrecorded += &format!(
                        "; what was sent is not recorded, so a later plan compares only what the agent reports of: {}",
                        sent.iter().map(|e| describe(e)).collect::<Vec<_>>().join(", ")
                    );
                }
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
                    // What the set deleted leaves nothing of it behind.
                    Entry::Service(id) => {
                        after.services.remove(id);
                        after.sent.services.remove(id);
                    }
                    Entry::Check(id) => {
                        after.checks.remove(id);
                        after.sent.checks.remove(id);
                    }
                    Entry::SentService(id, _) => drop(after.sent.services.remove(id)),
                    Entry::SentCheck(id, _) => drop(after.sent.checks.remove(id)),
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
                    Entry::SentCheck(id, digest) => {
                        after.sent.checks.insert(id.clone(), digest.clone());
                    }
                    Entry::SentService(id, digests) if digests.is_empty() => {
                        after.sent.services.remove(id);
                    }
                    Entry::SentService(id, digests) => {
                        after.sent.services.insert(id.clone(), digests.clone());
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

/// What was sent for the checks a written item registered: a check's definition, or each of a
/// service's own checks (registering a service registers all of them). A service declaring
/// none has nothing to keep: one that declared some before keeps their digests until it is
/// deleted, and they are read for no check of its.
fn sent_entry(item: &Item) -> Option<Entry> {
    match &item.write {
        Some(Request::Check(Value::Object(body))) => {
            Some(Entry::SentCheck(item.id.clone(), digest(body)))
        }
        Some(Request::Service(Value::Object(body))) => {
            let empty = Map::new();
            let digests = load::own_check_ids(body, &item.id)
                .into_iter()
                .zip(load::own_checks(body))
                .map(|(id, check)| (id, digest(check.as_object().unwrap_or(&empty))))
                .collect::<BTreeMap<_, _>>();
            (!digests.is_empty()).then(|| Entry::SentService(item.id.clone(), digests))
        }
        _ => None,
    }
}

/// The agent's node name: one record per agent, by the name it has in the catalog.
fn agent_node(ctx: &Context) -> Result<String> {
    let settings = ctx.agent_settings(
        "reading the agent's node name (where the set's record of its services and checks is kept)",
    )?;
    key_segment(&settings.node_name)
}

/// The node name as one segment of a KV key (as the record's is), or why it cannot be one.
fn key_segment(node: &str) -> Result<String> {
    if node.is_empty() || node == "." || node == ".." || node.contains('/') {
        return Err(Error::api(format!(
            "the agent's node name {} cannot name a KV key for the set's record",
            output::shown(node)
        )));
    }
    Ok(node.to_string())
}

fn describe(entry: &Entry) -> String {
    match entry {
        Entry::Service(id) => format!("service {}", crate::input::shown(id)),
        Entry::Check(id) => format!("check {}", crate::input::shown(id)),
        Entry::Query(q) => format!("query {}", crate::input::shown(&q.name)),
        Entry::SentCheck(id, _) => format!("check {}", crate::input::shown(id)),
        Entry::SentService(id, _) => format!("service {}'s checks", crate::input::shown(id)),
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
            sent: Sent::default(),
        };
        let text = serde_json::to_string(&record).unwrap();
        assert_eq!(
            text,
            r#"{"Format":1,"Services":["api","web"],"Queries":[{"Name":"api","ID":"0b6c"}]}"#
        );
        assert_eq!(serde_json::from_str::<Record>(&text).unwrap(), record);
    }

    #[test]
    fn a_record_without_what_was_sent_reads_and_one_with_it_keeps_it_apart_from_ownership() {
        let old = r#"{"Format":1,"Services":["web"],"Checks":["disk"]}"#;
        let record: Record = serde_json::from_str(old).unwrap();
        assert_eq!(record.sent, Sent::default());
        assert_eq!(serde_json::to_string(&record).unwrap(), old);
        let record = Record {
            format: FORMAT,
            sent: Sent {
                checks: [("disk".to_string(), "ab".to_string())].into(),
                services: [(
                    "web".to_string(),
                    [("web-ttl".to_string(), "cd".to_string())].into(),
                )]
                .into(),
            },
            ..Record::default()
        };
        let text = serde_json::to_string(&record).unwrap();
        assert_eq!(
            text,
            r#"{"Format":1,"Sent":{"Checks":{"disk":"ab"},"Services":{"web":{"web-ttl":"cd"}}}}"#
        );
        assert!(!record.is_empty());
        assert!(record.checks.is_empty() && record.services.is_empty());
        assert_eq!(record.sent.own_check("web", "web-ttl").unwrap(), "cd");
    }
}
