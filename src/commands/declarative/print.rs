//! What plan and apply print (lines per object and a summary, or JSON) and the failure a run
//! ends with.

use std::io::Write;

use serde::Serialize;

use super::plan::{Action, Item};
use crate::commands::query::changes::{self, Change};
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::output;

/// The failures, worded for the whole run, with the first one's status: exit 1 when Consul
/// refused something, 3 when it could not be reached.
pub(super) fn failure(items: &[Item], tense: Tense) -> Option<Error> {
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
pub(super) enum Tense {
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
        (_, Action::Delete, Tense::Planned) => "delete",
        (_, Action::Delete, Tense::Applied) => "deleted",
        (_, Action::Unchanged, _) => "unchanged",
    }
}

pub(super) fn report(
    ctx: &Context,
    out: &mut dyn Write,
    items: &[Item],
    tense: Tense,
) -> Result<()> {
    let count = |action: Action| {
        items
            .iter()
            .filter(|i| i.failed.is_none() && i.action == action)
            .count()
    };
    let (create, change, delete, unchanged) = (
        count(Action::Create),
        count(Action::Change),
        count(Action::Delete),
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
            "Delete": delete,
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
        Tense::Planned => ["to create", "to change", "to delete"],
        Tense::Applied => ["created", "changed", "deleted"],
    };
    // Deletes are counted where --prune found some, so that a plan without it reads as before.
    let deletes = if delete > 0 {
        format!(" {delete} {},", verb[2])
    } else {
        String::new()
    };
    let mut summary = format!(
        "{}: {create} {}, {change} {},{deletes} {unchanged} unchanged",
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
        (_, Action::Delete) => "-",
    }
}
