//! What the reading commands share: consistency flags, blocking reads, and how one query is
//! shown.

use std::io::Write;
use std::time::Duration;

use clap::Args;

use crate::api::models::{is_default_tenancy, PreparedQuery, QueryFailover, HIDDEN_TOKEN};
use crate::api::{Consistency, ReadOptions};
use crate::cli::values;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::output;

#[derive(Debug, Args)]
pub struct ConsistencyArgs {
    /// Let any server answer, possibly a little behind the leader (fast; works without a leader)
    #[arg(long, conflicts_with = "consistent")]
    pub stale: bool,

    /// Make the leader confirm it still leads before answering (slower, never stale)
    #[arg(long)]
    pub consistent: bool,
}

impl ConsistencyArgs {
    pub fn consistency(&self) -> Consistency {
        if self.stale {
            Consistency::Stale
        } else if self.consistent {
            Consistency::Consistent
        } else {
            Consistency::Default
        }
    }
}

#[derive(Debug, Args)]
pub struct BlockingArgs {
    /// Blocking read: wait up to this long for a change past --index (Go duration, at most
    /// 10m); the answer's index is reported (stderr in table mode, "Index" in JSON)
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true, value_parser = values::wait_duration)]
    pub wait: Option<Duration>,

    /// The X-Consul-Index of the last answer: with --wait, answer only once something changed
    #[arg(long, value_name = "N")]
    pub index: Option<u64>,
}

impl BlockingArgs {
    /// --index needs --wait. Checked here rather than with clap's `requires`, whose message
    /// names the missing --wait but not the --index that needs it.
    pub fn check(&self) -> Result<()> {
        match (self.index, self.wait) {
            (Some(index), None) => Err(Error::usage(format!(
                "--index {index} needs --wait: a blocking read waits for a change past the index (e.g. --wait 5m --index {index})"
            ))),
            _ => Ok(()),
        }
    }

    pub fn blocking(&self) -> bool {
        self.wait.is_some()
    }
}

/// The flags of `query list` and `query get`: how to read, and whether to show stored tokens.
#[derive(Debug, Args)]
pub struct ReadFlags {
    #[command(flatten)]
    pub consistency: ConsistencyArgs,

    #[command(flatten)]
    pub blocking: BlockingArgs,

    /// Show the tokens stored in queries (hidden otherwise, in JSON too)
    #[arg(long)]
    pub show_token: bool,
}

impl ReadFlags {
    /// The read options for `datacenter`, once the flags are checked.
    pub fn options<'a>(&self, datacenter: Option<&'a str>) -> Result<ReadOptions<'a>> {
        self.blocking.check()?;
        Ok(ReadOptions {
            datacenter,
            consistency: self.consistency.consistency(),
            wait: self.blocking.wait,
            index: self.blocking.index,
        })
    }

    /// JSON output: `value` as read, or with the index it carried for a blocking read.
    /// The JSON to print: Consul's `body` as sent, inside `{"Index": N, key: body}` for a
    /// blocking read (so a script can pass the index to its next read).
    pub fn json(&self, key: &str, body: &str, index: Option<u64>) -> String {
        if self.blocking.blocking() {
            let index = index.map_or_else(|| "null".to_string(), |i| i.to_string());
            let key = serde_json::to_string(key).unwrap_or_default();
            format!("{{\"Index\":{index},{key}:{body}}}")
        } else {
            body.to_string()
        }
    }
}

/// Reports the index of a blocking read on stderr in table mode (even with --quiet: the caller
/// asked for it).
pub fn report_index(ctx: &Context, index: Option<u64>) {
    if let Some(index) = index {
        ctx.always_note(&format!("X-Consul-Index: {index}"));
    }
}

/// A query as `key  value` lines, for `get` and `explain`.
pub fn show(out: &mut dyn Write, query: &PreparedQuery, show_token: bool) -> Result<()> {
    let service = &query.service;
    let list = |v: &Option<Vec<String>>| v.as_deref().map(|l| l.join(", ")).unwrap_or_default();
    let map = |m: &Option<std::collections::BTreeMap<String, String>>| {
        m.as_ref()
            .map(|m| {
                m.iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
    };
    let yes_no = |b: Option<bool>| if b == Some(true) { "yes" } else { "no" }.to_string();
    let failover = service.failover.clone().unwrap_or_default();
    let template = query.template.as_ref().filter(|t| !t.kind.is_empty());
    let token = match query.token.as_deref() {
        None | Some("") => "(none)".to_string(),
        Some(HIDDEN_TOKEN) => "(set; Consul hides it from this caller)".to_string(),
        Some(t) if show_token => t.to_string(),
        Some(_) => "(set; shown with --show-token)".to_string(),
    };
    let mut pairs = vec![
        ("ID", query.id.clone().unwrap_or_default()),
        ("Name", query.name.clone().unwrap_or_default()),
        ("Service", service.service.clone()),
        ("Tags", list(&service.tags)),
        ("OnlyPassing", yes_no(service.only_passing)),
        ("Near", service.near.clone().unwrap_or_default()),
        ("IgnoreCheckIDs", list(&service.ignore_check_ids)),
        ("NodeMeta", map(&service.node_meta)),
        ("ServiceMeta", map(&service.service_meta)),
        ("Connect", yes_no(service.connect)),
        ("Failover", failover_text(&failover)),
        (
            "DNS TTL",
            query
                .dns
                .as_ref()
                .and_then(|d| d.ttl.clone())
                .unwrap_or_default(),
        ),
        ("Session", query.session.clone().unwrap_or_default()),
        ("Token", token),
    ];
    // Newer than most agents: shown when set, so that older queries read as before.
    let set = |v: &Option<String>| v.clone().filter(|v| !v.is_empty());
    if let Some(peer) = set(&service.peer) {
        pairs.insert(3, ("Peer", peer));
    }
    // Consul Enterprise: shown when outside the default, after the service they qualify.
    for key in ["Namespace", "Partition"] {
        let value = service.tenancy(key);
        if !is_default_tenancy(value) {
            let at = pairs.iter().position(|(k, _)| *k == "Tags").unwrap_or(0);
            pairs.insert(at, (key, value.to_string()));
        }
    }
    if let Some(group) = set(&service.sameness_group) {
        let at = pairs
            .iter()
            .position(|(k, _)| *k == "Failover")
            .unwrap_or(0);
        pairs.insert(at, ("SamenessGroup", group));
    }
    if let Some(t) = template {
        pairs.push(("Template", t.kind.clone()));
        if let Some(re) = t.regexp.as_deref().filter(|r| !r.is_empty()) {
            pairs.push(("Regexp", re.to_string()));
        }
        pairs.push(("RemoveEmptyTags", yes_no(t.remove_empty_tags)));
    }
    Ok(output::fields(out, &pairs)?)
}

/// `nearest 2, then dc2, dc3`, or the targets (`peer:p1, dc:dc2`), or empty.
pub fn failover_text(failover: &QueryFailover) -> String {
    [
        super::definition::datacenters_text(failover),
        super::definition::targets_text(failover),
    ]
    .into_iter()
    .filter(|t| !t.is_empty())
    .collect::<Vec<_>>()
    .join(", then ")
}
