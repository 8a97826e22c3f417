//! What a query definition may not hold before it is sent, and the failover texts it names.

use crate::api::models::{PreparedQuery, QueryFailover};
use crate::cli::values;
use crate::error::{Error, Result};

use super::{DefinitionArgs, PREFIX_MATCH};

impl DefinitionArgs {
    /// Consul refuses Targets together with NearestN or Datacenters. When one side comes from
    /// the stored query and the other from these flags, say which and how to get there.
    pub(super) fn refuse_mixed_failover(
        &self,
        stored: &QueryFailover,
        wanted: Option<&QueryFailover>,
    ) -> Result<()> {
        let Some(wanted) = wanted.filter(|w| w.has_targets() && w.has_datacenters()) else {
            return Ok(());
        };
        let datacenter_flags =
            self.failover_nearest.is_some_and(|n| n > 0) || !self.failover_dcs.is_empty();
        let target_flags = !self.failover_targets.is_empty();
        if datacenter_flags && !target_flags {
            return Err(Error::usage(format!(
                "the query fails over to targets ({}), and Consul does not combine targets with --failover-dc or --failover-nearest: give the datacenters as --failover-target dc:NAME (repeat it; the list replaces the targets), or remove the targets with --clear-failover-targets",
                targets_text(wanted)
            )));
        }
        if target_flags && !datacenter_flags && stored.has_datacenters() {
            let mut clear = Vec::new();
            if wanted.datacenters.as_ref().is_some_and(|d| !d.is_empty()) {
                clear.push("--clear-failover-dcs");
            }
            if wanted.nearest_n.is_some_and(|n| n > 0) {
                clear.push("--failover-nearest 0");
            }
            return Err(Error::usage(format!(
                "the query fails over to datacenters ({}), and Consul does not combine them with --failover-target: add {} (or give those datacenters as --failover-target dc:NAME too)",
                datacenters_text(wanted),
                clear.join(" and ")
            )));
        }
        Ok(())
    }
}

/// `peer:p1, dc:dc2`: the targets as `--failover-target` takes them (a name with a control
/// character quoted, so that a message stays one line).
pub fn targets_text(failover: &QueryFailover) -> String {
    failover
        .named_targets()
        .map(|target| crate::output::shown(&target.to_string()).into_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `nearest 2, then dc2, dc3`, or empty.
pub fn datacenters_text(failover: &QueryFailover) -> String {
    let mut parts = Vec::new();
    if let Some(n) = failover.nearest_n.filter(|n| *n > 0) {
        parts.push(format!("nearest {n}"));
    }
    if let Some(dcs) = failover.datacenters.as_ref().filter(|d| !d.is_empty()) {
        let shown: Vec<_> = dcs.iter().map(|dc| crate::output::shown(dc)).collect();
        parts.push(shown.join(", "));
    }
    parts.join(", then ")
}

/// What can be seen wrong in a whole definition before it is sent.
pub fn check(query: &PreparedQuery) -> Result<()> {
    let template = query.template.as_ref().filter(|t| !t.kind.is_empty());
    let has_name = query.name.as_deref().is_some_and(|n| !n.is_empty());
    if query.service.service.trim().is_empty() {
        return Err(Error::usage(
            "the query names no service to look up: give --service (in a file: \"Service\": {\"Service\": \"NAME\"})",
        ));
    }
    if !has_name && query.session.as_deref().is_none_or(str::is_empty) {
        return Err(Error::usage(
            "the query has neither a name nor a session: give --name (or --session for an unnamed query that ends with its session; in a file: \"Name\")",
        ));
    }
    match template {
        Some(t) if t.kind != PREFIX_MATCH => {
            return Err(Error::usage(format!(
                "template type {:?} is unknown: Consul has one, {PREFIX_MATCH} (with an optional Regexp)",
                t.kind
            )))
        }
        Some(_) if !has_name => {
            return Err(Error::usage(
                "a template needs a name (--name): the prefix of the names it answers",
            ))
        }
        None if query.template.as_ref().is_some_and(|t| {
            t.regexp.as_deref().is_some_and(|r| !r.is_empty()) || t.remove_empty_tags == Some(true)
        }) =>
        {
            return Err(Error::usage(
                "--regexp and --remove-empty-tags apply to templates only: add --template",
            ))
        }
        _ => {}
    }
    if let Some(re) = template
        .and_then(|t| t.regexp.as_deref())
        .filter(|r| !r.is_empty())
    {
        values::go_regexp(re).map_err(Error::usage)?;
    }
    let failover = query.service.failover.clone().unwrap_or_default();
    // Consul counts every listed target, one that names nothing too.
    let listed = failover.targets.as_ref().is_some_and(|t| !t.is_empty());
    if listed && failover.has_datacenters() {
        let targets = match targets_text(&failover) {
            named if named.is_empty() => "a target naming nothing".to_string(),
            named => named,
        };
        let mut ways = Vec::new();
        if failover.datacenters.as_ref().is_some_and(|d| !d.is_empty()) {
            ways.push(
                "give the datacenters as targets too (--failover-target dc:NAME; in a file: \"Targets\": [{\"Datacenter\": \"NAME\"}])",
            );
        }
        if failover.nearest_n.is_some_and(|n| n > 0) {
            // Nearest-first has no target form: it can only be dropped.
            ways.push("drop the nearest-first failover (--failover-nearest 0; in a file: \"NearestN\": 0)");
        }
        return Err(Error::usage(format!(
            "failover targets ({targets}) cannot be combined with NearestN or Datacenters ({}): Consul refuses that; {}",
            datacenters_text(&failover),
            ways.join(", and ")
        )));
    }
    let group = query
        .service
        .sameness_group
        .as_deref()
        .filter(|g| !g.is_empty());
    if let Some(group) = group {
        if failover.has_targets() || failover.has_datacenters() {
            return Err(Error::usage(format!(
                "the sameness group {group:?} cannot be combined with a failover ({}): the group's members are the failover order; remove one of them (--clear-sameness-group, or --clear-failover-dcs, --failover-nearest 0, --clear-failover-targets)",
                [datacenters_text(&failover), targets_text(&failover)]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(", then ")
            )));
        }
    }
    Ok(())
}
