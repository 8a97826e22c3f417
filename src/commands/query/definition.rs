//! The flags that describe a query, shared by `create` and `update`, and how they change a
//! [`PreparedQuery`]. Each flag given sets its field to exactly what was given; fields whose
//! flags are absent are left as they are.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::api::models::{PreparedQuery, QueryDns, QueryFailover, QueryTemplate};
use crate::commands::input;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TemplateKind {
    /// The query answers every name that starts with its own; ${name.suffix} is the rest
    #[value(name = "name_prefix_match")]
    NamePrefixMatch,
    /// name_prefix_match with --regexp (required): its groups are ${match(N)}
    #[value(name = "regexp")]
    Regexp,
}

/// Consul's one template type; a regexp template is this type with a `Regexp`.
const PREFIX_MATCH: &str = "name_prefix_match";

#[derive(Debug, Args)]
pub struct DefinitionArgs {
    /// Name of the query: executes by name, and DNS answers NAME.query.consul
    #[arg(long, value_name = "NAME", value_parser = input::Identifier)]
    pub name: Option<String>,

    /// Service the query looks up (templates may use ${name.suffix}, ${match(1)} and so on)
    #[arg(long, value_name = "SERVICE", value_parser = non_empty)]
    pub service: Option<String>,

    /// Only instances with this tag, repeatable; !TAG excludes instances with TAG
    #[arg(long = "tag", value_name = "TAG", value_parser = tag)]
    pub tags: Vec<String>,

    /// Leave out instances whose checks warn (critical ones are always left out)
    #[arg(long)]
    pub only_passing: bool,

    /// Sort by round-trip time from this node: a node name, _agent (the agent asked) or _ip
    /// (the caller's address)
    #[arg(long, value_name = "NODE")]
    pub near: Option<String>,

    /// Check ID whose failure is ignored when filtering, repeatable
    #[arg(long = "ignore-check", value_name = "ID", value_parser = non_empty)]
    pub ignore_checks: Vec<String>,

    /// Only nodes with this metadata, repeatable
    #[arg(long = "node-meta", value_name = "K=V", value_parser = input::key_value)]
    pub node_meta: Vec<(String, String)>,

    /// Only service instances with this metadata, repeatable
    #[arg(long = "service-meta", value_name = "K=V", value_parser = input::key_value)]
    pub service_meta: Vec<(String, String)>,

    /// Only Connect-capable instances (proxies and native services)
    #[arg(long)]
    pub connect: bool,

    /// When no instance is healthy here, try the N nearest other datacenters (0: none)
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = count)]
    pub failover_nearest: Option<u32>,

    /// Datacenter to fail over to, repeatable, tried in the order given (after --failover-nearest)
    #[arg(long = "failover-dc", value_name = "DC", value_parser = crate::commands::input::datacenter)]
    pub failover_dcs: Vec<String>,

    /// TTL of the DNS answers for this query (Go duration, e.g. 10s; empty: the agent's default)
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true, value_parser = dns_ttl)]
    pub dns_ttl: Option<String>,

    /// Session the query belongs to: it is deleted with the session (empty: none)
    #[arg(long, value_name = "ID")]
    pub session: Option<String>,

    /// Make the query a template that answers many names
    #[arg(long, value_name = "TYPE")]
    pub template: Option<TemplateKind>,

    /// The regular expression of a regexp template (Go RE2 syntax), matched against the name
    #[arg(long, value_name = "RE", value_parser = go_regexp)]
    pub regexp: Option<String>,

    /// Template: drop empty tags after interpolation (so "${match(2)}" may yield no tag)
    #[arg(long)]
    pub remove_empty_tags: bool,

    /// ACL token stored in the query and used when it runs (not the caller's --token)
    #[arg(
        long,
        value_name = "TOKEN",
        hide_env_values = true,
        conflicts_with = "query_token_file"
    )]
    pub query_token: Option<String>,

    /// File holding the token to store in the query (trailing newlines are trimmed)
    #[arg(long, value_name = "PATH")]
    pub query_token_file: Option<PathBuf>,
}

/// The flags only `update` has: turning booleans off and emptying lists and maps.
#[derive(Debug, Args)]
pub struct ClearArgs {
    /// Turn --only-passing off
    #[arg(long, conflicts_with = "only_passing")]
    pub no_only_passing: bool,

    /// Turn --connect off
    #[arg(long, conflicts_with = "connect")]
    pub no_connect: bool,

    /// Turn --remove-empty-tags off
    #[arg(long, conflicts_with = "remove_empty_tags")]
    pub no_remove_empty_tags: bool,

    /// Remove all tag filters
    #[arg(long, conflicts_with = "tags")]
    pub clear_tags: bool,

    /// Remove all ignored check IDs
    #[arg(long, conflicts_with = "ignore_checks")]
    pub clear_ignore_checks: bool,

    /// Remove all node metadata filters
    #[arg(long, conflicts_with = "node_meta")]
    pub clear_node_meta: bool,

    /// Remove all service metadata filters
    #[arg(long, conflicts_with = "service_meta")]
    pub clear_service_meta: bool,

    /// Remove all failover datacenters
    #[arg(long, conflicts_with = "failover_dcs")]
    pub clear_failover_dcs: bool,

    /// Make the query an ordinary one again (no template)
    #[arg(long, conflicts_with_all = ["template", "regexp", "remove_empty_tags"])]
    pub no_template: bool,

    /// Remove the stored token: the query runs with the caller's token
    #[arg(long, conflicts_with_all = ["query_token", "query_token_file"])]
    pub clear_query_token: bool,
}

type Meta = std::collections::BTreeMap<String, String>;

/// The `update`-only flags as plain facts, so `create` can pass "none".
#[derive(Debug, Default, Clone, Copy)]
pub struct Clears {
    pub only_passing_off: bool,
    pub connect_off: bool,
    pub remove_empty_tags_off: bool,
    pub tags: bool,
    pub ignore_checks: bool,
    pub node_meta: bool,
    pub service_meta: bool,
    pub failover_dcs: bool,
    pub template: bool,
    pub query_token: bool,
}

impl ClearArgs {
    pub fn clears(&self) -> Clears {
        Clears {
            only_passing_off: self.no_only_passing,
            connect_off: self.no_connect,
            remove_empty_tags_off: self.no_remove_empty_tags,
            tags: self.clear_tags,
            ignore_checks: self.clear_ignore_checks,
            node_meta: self.clear_node_meta,
            service_meta: self.clear_service_meta,
            failover_dcs: self.clear_failover_dcs,
            template: self.no_template,
            query_token: self.clear_query_token,
        }
    }
}

impl Clears {
    pub fn any(&self) -> bool {
        self.only_passing_off
            || self.connect_off
            || self.remove_empty_tags_off
            || self.tags
            || self.ignore_checks
            || self.node_meta
            || self.service_meta
            || self.failover_dcs
            || self.template
            || self.query_token
    }
}

impl DefinitionArgs {
    /// Whether any flag that changes the definition was given.
    pub fn any(&self, clears: &Clears) -> bool {
        self.name.is_some()
            || self.service.is_some()
            || !self.tags.is_empty()
            || self.only_passing
            || self.near.is_some()
            || !self.ignore_checks.is_empty()
            || !self.node_meta.is_empty()
            || !self.service_meta.is_empty()
            || self.connect
            || self.failover_nearest.is_some()
            || !self.failover_dcs.is_empty()
            || self.dns_ttl.is_some()
            || self.session.is_some()
            || self.template.is_some()
            || self.regexp.is_some()
            || self.remove_empty_tags
            || self.query_token.is_some()
            || self.query_token_file.is_some()
            || clears.any()
    }

    /// The token to store, read and checked now (before anything is sent).
    pub fn stored_token(&self) -> Result<Option<String>> {
        if let Some(token) = &self.query_token {
            let secret = crate::config::secret_text(token.clone(), &"--query-token")?;
            return Ok(Some(secret.expose().to_string()));
        }
        if let Some(path) = &self.query_token_file {
            let secret = crate::config::secret_file(path, "--query-token-file")?;
            return Ok(Some(secret.expose().to_string()));
        }
        Ok(None)
    }

    /// The mistakes the flags alone show, so that `update` refuses them before it reads the
    /// query (exit 2 means nothing was sent).
    pub fn check_flags(&self) -> Result<()> {
        self.metadata().map(drop)
    }

    /// The --node-meta and --service-meta maps, once the flags alone are checked.
    fn metadata(&self) -> Result<(Option<Meta>, Option<Meta>)> {
        let node_meta = input::key_values("--node-meta", &self.node_meta)?;
        let service_meta = input::key_values("--service-meta", &self.service_meta)?;
        if self.template == Some(TemplateKind::Regexp) && self.regexp.is_none() {
            return Err(Error::usage(
                "--template regexp needs --regexp RE: the expression matched against the name",
            ));
        }
        Ok((node_meta, service_meta))
    }

    /// Changes `query` as the flags say. `token` is [`Self::stored_token`]'s answer.
    pub fn apply(
        &self,
        query: &mut PreparedQuery,
        clears: &Clears,
        token: Option<String>,
    ) -> Result<()> {
        let (node_meta, service_meta) = self.metadata()?;
        if let Some(name) = &self.name {
            query.name = Some(name.clone());
        }
        if let Some(session) = &self.session {
            query.session = Some(session.clone());
        }
        if let Some(token) = token {
            query.token = Some(token);
        }
        if clears.query_token {
            query.token = Some(String::new());
        }

        let service = &mut query.service;
        if let Some(name) = &self.service {
            service.service = name.clone();
        }
        set_list(&mut service.tags, &self.tags, clears.tags);
        set_list(
            &mut service.ignore_check_ids,
            &self.ignore_checks,
            clears.ignore_checks,
        );
        set_flag(
            &mut service.only_passing,
            self.only_passing,
            clears.only_passing_off,
        );
        set_flag(&mut service.connect, self.connect, clears.connect_off);
        if let Some(near) = &self.near {
            service.near = Some(near.clone());
        }
        if node_meta.is_some() || clears.node_meta {
            service.node_meta = node_meta.filter(|m| !m.is_empty());
        }
        if service_meta.is_some() || clears.service_meta {
            service.service_meta = service_meta.filter(|m| !m.is_empty());
        }
        if self.failover_nearest.is_some() || !self.failover_dcs.is_empty() || clears.failover_dcs {
            let failover = service.failover.get_or_insert_with(QueryFailover::default);
            if let Some(n) = self.failover_nearest {
                failover.nearest_n = Some(i64::from(n));
            }
            set_list(
                &mut failover.datacenters,
                &self.failover_dcs,
                clears.failover_dcs,
            );
        }

        if let Some(ttl) = &self.dns_ttl {
            query.dns.get_or_insert_with(QueryDns::default).ttl = Some(ttl.clone());
        }

        if clears.template {
            query.template = None;
        }
        if self.template.is_some()
            || self.regexp.is_some()
            || self.remove_empty_tags
            || clears.remove_empty_tags_off
        {
            let template = query.template.get_or_insert_with(QueryTemplate::default);
            if self.template.is_some() {
                template.kind = PREFIX_MATCH.to_string();
            }
            if let Some(re) = &self.regexp {
                template.regexp = Some(re.clone());
            }
            set_flag(
                &mut template.remove_empty_tags,
                self.remove_empty_tags,
                clears.remove_empty_tags_off,
            );
        }
        check(query)
    }
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
        go_regexp(re).map_err(Error::usage)?;
    }
    Ok(())
}

fn set_list(field: &mut Option<Vec<String>>, given: &[String], clear: bool) {
    if clear {
        *field = None;
    } else if !given.is_empty() {
        *field = Some(given.to_vec());
    }
}

fn set_flag(field: &mut Option<bool>, on: bool, off: bool) {
    if on {
        *field = Some(true);
    } else if off {
        *field = Some(false);
    }
}

pub(crate) fn non_empty(text: &str) -> std::result::Result<String, String> {
    if text.trim().is_empty() {
        return Err("it is empty".to_string());
    }
    if text.chars().any(char::is_control) {
        return Err(format!("{text:?} holds control characters"));
    }
    Ok(text.to_string())
}

pub(crate) fn tag(text: &str) -> std::result::Result<String, String> {
    let name = non_empty(text)?;
    if name.trim_start_matches('!').trim().is_empty() {
        return Err(format!(
            "{text:?} names no tag: write TAG to require it or !TAG to exclude it"
        ));
    }
    Ok(name)
}

pub(crate) fn count(text: &str) -> std::result::Result<u32, String> {
    match text.trim().parse::<i64>() {
        Ok(n) if n < 0 => Err(format!(
            "{text:?} is negative: give 0 or more (0 turns nearest-datacenter failover off)"
        )),
        Ok(n) => u32::try_from(n).map_err(|_| format!("{text:?} is too large")),
        Err(_) => Err(format!("{text:?} is not a whole number such as 3")),
    }
}

/// Consul keeps the TTL as text and parses it with Go's rules; empty means the agent's default.
pub(crate) fn dns_ttl(text: &str) -> std::result::Result<String, String> {
    if text.is_empty() {
        return Ok(String::new());
    }
    crate::duration::parse(text)?;
    Ok(text.to_string())
}

/// Consul compiles template expressions with Go's regexp package (RE2 syntax); regex-syntax
/// parses the same language, so a mistake is caught before anything is sent.
pub(crate) fn go_regexp(text: &str) -> std::result::Result<String, String> {
    if text.is_empty() {
        return Err("it is empty: give the expression a regexp template matches".to_string());
    }
    // The errors' own Display draws the expression and a caret over several lines: keep to the
    // kind and where.
    let invalid = |kind: &dyn std::fmt::Display, at: usize| {
        format!("{text:?} is not a valid regular expression: {kind} (at byte {at})")
    };
    let hir = regex_syntax::Parser::new()
        .parse(text)
        .map_err(|e| match e {
            regex_syntax::Error::Parse(e) => invalid(e.kind(), e.span().start.offset),
            regex_syntax::Error::Translate(e) => invalid(e.kind(), e.span().start.offset),
            other => format!(
                "{text:?} is not a valid regular expression: {}",
                crate::error::one_line(&other.to_string())
            ),
        })?;
    if let Some(count) = largest_repeat(&hir).filter(|n| *n > GO_MAX_REPEAT) {
        return Err(format!(
            "{text:?} repeats {count} times; Go's regexp allows at most {GO_MAX_REPEAT}"
        ));
    }
    Ok(text.to_string())
}

/// Go's regexp refuses counted repetitions above this (`a{1001}`).
const GO_MAX_REPEAT: u32 = 1000;

fn largest_repeat(hir: &regex_syntax::hir::Hir) -> Option<u32> {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Repetition(r) => {
            let own = r.max.unwrap_or(r.min).max(r.min);
            Some(largest_repeat(&r.sub).map_or(own, |inner| inner.max(own)))
        }
        HirKind::Capture(c) => largest_repeat(&c.sub),
        HirKind::Concat(items) | HirKind::Alternation(items) => {
            items.iter().filter_map(largest_repeat).max()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regexps_are_checked_locally() {
        assert!(go_regexp("^geo-db-(.*?)-([^-]*)$").is_ok());
        assert!(go_regexp(r"^(\p{L}+)$").is_ok());
        assert!(go_regexp(r"\p{Foo}").unwrap_err().contains("Foo"));
        // Found by fuzzing: errors of the translation step came with regex-syntax's drawing of
        // the expression, over several lines.
        let e = go_regexp(r"\P<").unwrap_err();
        assert_eq!(
            e,
            r#""\\P<" is not a valid regular expression: Unicode property not found (at byte 0)"#
        );
        assert!(go_regexp("a{1001}").unwrap_err().contains("1000"));
        assert!(go_regexp("a{2,1000}").is_ok());
        let e = go_regexp("^(unclosed").unwrap_err();
        assert!(e.contains("^(unclosed") && e.contains("byte"), "{e}");
    }

    #[test]
    fn counts_name_negative_values() {
        assert_eq!(count("3"), Ok(3));
        assert!(count("-1").unwrap_err().contains("negative"));
        assert!(count("x").unwrap_err().contains("\"x\""));
    }

    #[test]
    fn dns_ttl_uses_go_durations() {
        assert_eq!(dns_ttl("10s").as_deref(), Ok("10s"));
        assert_eq!(dns_ttl("").as_deref(), Ok(""));
        assert!(dns_ttl("abc").is_err());
        assert!(dns_ttl("30").is_err());
    }

    #[test]
    fn tags_need_a_name() {
        assert!(tag("!").is_err());
        assert_eq!(tag("!canary").as_deref(), Ok("!canary"));
    }
}
