//! `consulctl query …`: prepared queries. The API takes IDs for get, update and delete; names
//! are resolved through the list here. Execute and explain send names as they are, so that
//! templates match.

mod apply;
pub(crate) mod changes;
mod concurrency;
pub(crate) mod create;
pub(crate) mod definition;
mod delete;
mod execute;
mod explain;
mod get;
mod list;
pub(crate) mod read;
mod update;

use std::borrow::Cow;
use std::io::Write;

use clap::Subcommand;
use serde_json::value::RawValue;

use super::{Context, Leaf};
use crate::api::models::{PreparedQuery, HIDDEN_TOKEN};
use crate::api::{ApiError, Indexed, QueryRead, ReadOptions, Refusal};
use crate::error::{self, Error, Result};

#[derive(Debug, Subcommand)]
pub enum QueryCommand {
    /// Create a prepared query from flags or a JSON file; prints its ID
    Create(Box<create::CreateArgs>),
    /// List the prepared queries of a datacenter
    List(list::ListArgs),
    /// Show one query's definition
    Get(get::GetArgs),
    /// Change some fields of a query, keeping all the others
    Update(Box<update::UpdateArgs>),
    /// Delete a query
    Delete(delete::DeleteArgs),
    /// Create or update a query from a JSON file so that it matches the file (idempotent)
    Apply(apply::ApplyArgs),
    /// Run a query: the healthy instances of its service
    Execute(execute::ExecuteArgs),
    /// Show a query as it would run for a name (a template rendered)
    Explain(explain::ExplainArgs),
}

impl QueryCommand {
    pub fn leaf(&self) -> &dyn Leaf {
        match self {
            QueryCommand::Create(args) => args.as_ref(),
            QueryCommand::List(args) => args,
            QueryCommand::Get(args) => args,
            QueryCommand::Update(args) => args.as_ref(),
            QueryCommand::Delete(args) => args,
            QueryCommand::Apply(args) => args,
            QueryCommand::Execute(args) => args,
            QueryCommand::Explain(args) => args,
        }
    }
}

/// Consul's IDs are UUIDs; anything else can only be a name.
fn looks_like_id(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Finds a query by ID or by exact name. Consul accepts names that look like UUIDs, so an ID
/// that matches nothing is tried as a name too.
fn resolve(ctx: &Context, id_or_name: &str, action: &str) -> Result<PreparedQuery> {
    let options = ReadOptions {
        datacenter: ctx.config.datacenter.as_deref(),
        ..ReadOptions::default()
    };
    resolve_read(ctx, id_or_name, action, &options).map(|found| found.value.0)
}

/// [`resolve`] with the read options asked for (consistency, blocking wait).
fn resolve_read(
    ctx: &Context,
    id_or_name: &str,
    action: &str,
    options: &ReadOptions,
) -> Result<Indexed<QueryRead>> {
    find(ctx, id_or_name, action, options)?
        .ok_or_else(|| not_found(action, id_or_name, options.datacenter, &ctx.maybe_hidden()))
}

/// [`resolve_read`], with `None` when no query has this ID or name. Each query comes typed and
/// as Consul's JSON.
fn find(
    ctx: &Context,
    id_or_name: &str,
    action: &str,
    options: &ReadOptions,
) -> Result<Option<Indexed<QueryRead>>> {
    let client = ctx.client()?;
    if looks_like_id(id_or_name) {
        if let Some(found) = client
            .query_get(id_or_name, options)
            .map_err(ctx.api_error(action))?
        {
            return Ok(Some(found));
        }
    }
    let list_options = ReadOptions {
        wait: None,
        index: None,
        ..options.clone()
    };
    let list = client
        .query_list(&list_options)
        .map_err(ctx.api_error(action))?;
    let mut named = list
        .value
        .into_iter()
        .filter(|(q, _)| q.name.as_deref().is_some_and(|n| same_name(n, id_or_name)));
    let query = match (named.next(), named.next()) {
        (Some(query), None) => query,
        (Some(_), Some(_)) => {
            return Err(Error::api(format!(
                "{action}: more than one query is named {id_or_name:?}; give its ID (see `consulctl query list`)"
            )))
        }
        (None, _) => return Ok(None),
    };
    if options.wait.is_none() {
        return Ok(Some(Indexed {
            value: query,
            index: list.index,
        }));
    }
    let id = query.0.id.clone().unwrap_or_default();
    client
        .query_get(&id, options)
        .map_err(ctx.api_error(action))
}

/// `update --file` and `apply` on an existing query: replace it with the file as written, when
/// it differs. A stored token that Consul hides from the caller can neither be kept (the file
/// would drop it) nor compared: the file must carry one, and it is written without comparing.
fn replace_with_file(
    ctx: &Context,
    out: &mut dyn Write,
    current: PreparedQuery,
    wanted: &serde_json::Value,
    (source, action): (&str, &str),
) -> Result<()> {
    let plan_on = |current: &PreparedQuery| file_plan(current, wanted, (source, action));
    let plan = plan_on(&current)?;
    if current.token.as_deref() == Some(HIDDEN_TOKEN) {
        ctx.note("note: Consul hides the stored token from your token, so it was not compared; the file's token is written with any other change");
    }
    if plan.changes.is_empty() {
        return report_changes(ctx, out, &current, "unchanged", &plan.changes);
    }
    let again = format!(
        "put their change in {source} if it is to stay, and run this again (the file then replaces what the query holds now)"
    );
    let written = concurrency::write(ctx, action, &current, plan, plan_on, &again)?;
    let done = if written.changes.is_empty() {
        "unchanged"
    } else {
        "updated"
    };
    report_changes(ctx, out, &written.shown, done, &written.changes)
}

/// The file written over `current`: what it changes there, and the query named as the file
/// names it (it may change the name's case).
fn file_plan(
    current: &PreparedQuery,
    wanted: &serde_json::Value,
    (source, action): (&str, &str),
) -> Result<concurrency::Plan> {
    let map = wanted.as_object().expect("a definition file is an object");
    let hidden = current.token.as_deref() == Some(HIDDEN_TOKEN);
    if hidden && crate::input::definition_str(map, &["Token"]).is_none_or(str::is_empty) {
        return Err(Error::api(format!(
            "{action}: Consul hides the query's stored token from your token, and {source} has none: writing it would remove the stored token; put the token in the file (\"Token\"), or use a token with acl = \"write\""
        )));
    }
    let mut before = changes::as_value(current);
    let mut after = wanted.clone();
    if hidden {
        for side in [&mut before, &mut after] {
            if let Some(map) = side.as_object_mut() {
                map.retain(|k, _| !k.eq_ignore_ascii_case("Token"));
            }
        }
    }
    let name = crate::input::definition_name(map).map(str::to_string);
    Ok(concurrency::Plan {
        body: wanted.clone(),
        changes: changes::diff(&before, &after),
        shown: PreparedQuery {
            name: name.or(current.name.clone()),
            ..current.clone()
        },
    })
}

/// Says what `update` or `apply` changed (or that nothing needed to), for people or as JSON.
fn report_changes(
    ctx: &Context,
    out: &mut dyn Write,
    query: &PreparedQuery,
    action: &str,
    changes: &[changes::Change],
) -> Result<()> {
    if ctx.json_output() {
        let value = serde_json::json!({
            "ID": query.id,
            "Name": query.name,
            "Action": action,
            "Changes": changes,
        });
        return Ok(crate::output::json(out, &value, ctx.style())?);
    }
    if ctx.config.quiet {
        return Ok(());
    }
    let what = describe(query);
    match action {
        "unchanged" => writeln!(
            out,
            "{} is already as asked; nothing to do.",
            crate::output::capitalized(&what)
        )?,
        "created" => writeln!(out, "Created {what}.")?,
        _ => {
            writeln!(out, "Updated {what}:")?;
            for change in changes {
                writeln!(out, "  {}", changes::describe(change))?;
            }
        }
    }
    Ok(())
}

/// Consul keeps query names unique without regard to case and finds them so (execute, explain,
/// and the name-taken refusal on create): consulctl's lookups by name match alike.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    a == b || folded_name(a) == folded_name(b)
}

/// A query name as [`same_name`] compares it: two names are the same query when these match.
pub(crate) fn folded_name(name: &str) -> String {
    name.chars().flat_map(char::to_lowercase).collect()
}

/// `hidden`: [`Context::maybe_hidden`] when the lookup went through the list, which Consul
/// filters by ACL; "" when Consul itself looked the name up.
fn not_found(action: &str, id_or_name: &str, dc: Option<&str>, hidden: &str) -> Error {
    let place = dc.map_or_else(String::new, |dc| format!(" in datacenter {dc:?}"));
    Error::api(format!(
        "{action}: no prepared query has the ID or name {id_or_name:?}{place}{hidden}; see `consulctl query list`"
    ))
}

/// "query \"api\" (ID)" for messages.
fn describe(query: &PreparedQuery) -> String {
    let id = query.id.as_deref().unwrap_or("?");
    match query.name.as_deref().filter(|n| !n.is_empty()) {
        Some(name) => format!("query {name:?} ({id})"),
        None => format!("query {id}"),
    }
}

/// A query as Consul sent it, its stored token hidden unless `show`: the token is a
/// credential, shown only with --show-token. Everything else keeps Consul's bytes, so every
/// number and string stays as Consul wrote it.
fn shown_json(raw: &RawValue, show: bool) -> Cow<'_, str> {
    if show {
        return Cow::Borrowed(raw.get());
    }
    let is_token = |key: &str, value: &RawValue| {
        key.eq_ignore_ascii_case("token")
            && serde_json::from_str::<String>(value.get()).is_ok_and(|t| !t.is_empty())
    };
    let hidden = serde_json::to_string(HIDDEN_TOKEN).unwrap_or_default();
    members_replaced(raw, |key, value| {
        is_token(key, value).then(|| Cow::Owned(hidden.clone()))
    })
}

/// An explain answer (`{"Query": …}`) as Consul sent it, the stored token of its query hidden
/// unless `show`, as [`shown_json`] hides it.
fn shown_explained(raw: &RawValue, show: bool) -> Cow<'_, str> {
    members_replaced(raw, |key, value| {
        key.eq_ignore_ascii_case("Query")
            .then(|| shown_json(value, show))
    })
}

/// A JSON object with the members `replace` answers for written anew (the others keep their
/// bytes); `raw` itself when nothing changes or it is no object.
fn members_replaced<'r>(
    raw: &'r RawValue,
    replace: impl for<'v> Fn(&str, &'v RawValue) -> Option<Cow<'v, str>>,
) -> Cow<'r, str> {
    /// A JSON object's members in order, each value as written (a repeated key included).
    struct Members<'a>(Vec<(String, &'a RawValue)>);
    impl<'de: 'a, 'a> serde::Deserialize<'de> for Members<'a> {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
            struct Visit<'a>(std::marker::PhantomData<&'a ()>);
            impl<'de: 'a, 'a> serde::de::Visitor<'de> for Visit<'a> {
                type Value = Members<'a>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a JSON object")
                }
                fn visit_map<M: serde::de::MapAccess<'de>>(
                    self,
                    mut map: M,
                ) -> std::result::Result<Self::Value, M::Error> {
                    let mut members = Vec::new();
                    while let Some(member) = map.next_entry::<String, &'de RawValue>()? {
                        members.push(member);
                    }
                    Ok(Members(members))
                }
            }
            d.deserialize_map(Visit(std::marker::PhantomData))
        }
    }
    let Ok(Members(members)) = serde_json::from_str::<Members>(raw.get()) else {
        return Cow::Borrowed(raw.get());
    };
    let replaced: Vec<Option<Cow<str>>> = members
        .iter()
        .map(|(key, value)| replace(key, value).filter(|new| new.as_ref() != value.get()))
        .collect();
    if replaced.iter().all(Option::is_none) {
        return Cow::Borrowed(raw.get());
    }
    let mut text = String::with_capacity(raw.get().len());
    text.push('{');
    for (n, ((key, value), new)) in members.iter().zip(&replaced).enumerate() {
        if n > 0 {
            text.push(',');
        }
        text.push_str(&serde_json::to_string(key).unwrap_or_default());
        text.push(':');
        text.push_str(new.as_deref().unwrap_or(value.get()));
    }
    text.push('}');
    Cow::Owned(text)
}

/// Consul answers most mistakes in a query definition with a 500 and a sentence; say them as
/// the user's mistake, in plain words.
pub(crate) fn write_error<'c, 'a>(
    ctx: &'c Context<'a>,
    action: &str,
) -> impl Fn(ApiError) -> Error + use<'c, 'a> {
    let action = action.to_string();
    let fallback = ctx.api_error(&action);
    move |e| {
        let words = |text: &str| error::one_line(text);
        match e.refusal() {
            Some(Refusal::QueryNameTaken { name }) => Error::api(format!(
                "{action}: a prepared query named {} exists already",
                words(name)
            ))
            .with_hint("change it with `consulctl query update` or `consulctl query apply`"),
            Some(Refusal::InvalidQuery { reason }) => Error::api(format!(
                "{action}: Consul refused the definition: {}",
                words(reason)
            )),
            Some(Refusal::InvalidTemplate { reason }) => Error::api(format!(
                "{action}: Consul cannot compile the template: {}",
                words(reason)
            )),
            Some(Refusal::QueryGone) => Error::api(format!(
                "{action}: the query no longer exists (deleted meanwhile?)"
            ))
            .with_hint("see `consulctl query list`"),
            _ => fallback(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_uuids() {
        assert!(looks_like_id("c7e3228a-d4e7-d3ef-5d65-fbcea27e6cdc"));
        assert!(!looks_like_id("api"));
        assert!(!looks_like_id("c7e3228a-d4e7-d3ef-5d65-fbcea27e6cdg"));
        assert!(!looks_like_id("c7e3228ad-4e7-d3ef-5d65-fbcea27e6cdc"));
    }

    #[test]
    fn names_match_without_regard_to_case() {
        assert!(same_name("Geo-DB", "geo-db"));
        assert!(same_name("ÜBER", "über"));
        assert!(!same_name("geo-db", "geo-db-eu"));
    }

    #[test]
    fn tokens_are_hidden_unless_asked_and_nothing_else_changes() {
        let raw = |text: &str| RawValue::from_string(text.to_string()).unwrap();
        let q = raw(
            r#"{"Name": "api","Token" :"s3cret", "DNS": {"TTL": "1e+20"}, "N": 100000000000000000000, "F": 0.000018}"#,
        );
        assert_eq!(shown_json(&q, true), q.get());
        assert_eq!(
            shown_json(&q, false),
            r#"{"Name":"api","Token":"<hidden>","DNS":{"TTL": "1e+20"},"N":100000000000000000000,"F":0.000018}"#
        );
        for untouched in [r#"{"Token": ""}"#, r#"{"Name": "x"}"#, "null"] {
            assert_eq!(shown_json(&raw(untouched), false), untouched);
        }
        // An escaped token is a token too.
        assert_eq!(
            shown_json(&raw(r#"{"token":"s\u0033cret"}"#), false),
            r#"{"token":"<hidden>"}"#
        );
    }

    #[test]
    fn explain_answers_keep_their_shape_with_the_token_hidden_inside() {
        let raw = |text: &str| RawValue::from_string(text.to_string()).unwrap();
        let answer = raw(r#"{"Query": {"Name": "a", "Token": "s3cret", "Name": "b", "N": 1e+21}}"#);
        assert_eq!(shown_explained(&answer, true), answer.get());
        assert_eq!(
            shown_explained(&answer, false),
            r#"{"Query":{"Name":"a","Token":"<hidden>","Name":"b","N":1e+21}}"#
        );
        let untouched = raw(r#"{"Query": {"Token": ""}, "Other": 0.10}"#);
        assert_eq!(shown_explained(&untouched, false), untouched.get());
    }
}
