//! The flags that describe a query, shared by `create` and `update`, and how they change a
//! [`PreparedQuery`]. Each flag given sets its field to exactly what was given; fields whose
//! flags are absent are left as they are.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::api::models::{
    PreparedQuery, QueryDns, QueryFailover, QueryFailoverTarget, QueryTemplate,
};
use crate::cli::values::{self, FailoverTarget, Id, IgnoredCheckId, NewName};
use crate::error::{Error, Result};
use crate::input;
use crate::secret::Secret;

mod rules;

pub use rules::{check, datacenters_text, targets_text};

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
    #[arg(long, value_name = "NAME")]
    pub name: Option<Id<NewName>>,

    /// Service the query looks up (templates may use ${name.suffix}, ${match(1)} and so on)
    #[arg(long, value_name = "SERVICE", value_parser = values::non_empty)]
    pub service: Option<String>,

    /// Only instances with this tag, repeatable; !TAG excludes instances with TAG
    #[arg(long = "tag", value_name = "TAG", value_parser = values::query_tag)]
    pub tags: Vec<String>,

    /// Leave out instances whose checks warn (critical ones are always left out)
    #[arg(long)]
    pub only_passing: bool,

    /// Sort by round-trip time from this node: a node name, _agent (the agent asked) or _ip
    /// (the caller's address)
    #[arg(long, value_name = "NODE")]
    pub near: Option<String>,

    /// Check ID whose failure is ignored when filtering, repeatable
    #[arg(long = "ignore-check", value_name = "ID")]
    pub ignore_checks: Vec<Id<IgnoredCheckId>>,

    /// Only nodes with this metadata, repeatable
    #[arg(long = "node-meta", value_name = "K=V", value_parser = values::key_value)]
    pub node_meta: Vec<(String, String)>,

    /// Only service instances with this metadata, repeatable
    #[arg(long = "service-meta", value_name = "K=V", value_parser = values::key_value)]
    pub service_meta: Vec<(String, String)>,

    /// Only Connect-capable instances (proxies and native services)
    #[arg(long)]
    pub connect: bool,

    /// When no instance is healthy here, try the N nearest other datacenters (0: none)
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = values::count)]
    pub failover_nearest: Option<u32>,

    /// Datacenter to fail over to, repeatable, tried in the order given (after --failover-nearest)
    #[arg(long = "failover-dc", value_name = "DC", value_parser = values::datacenter)]
    pub failover_dcs: Vec<String>,

    /// Cluster peer (peer:NAME) or datacenter (dc:NAME) to fail over to, repeatable, tried in
    /// the order given; Consul 1.14+, not with --failover-nearest or --failover-dc
    #[arg(
        long = "failover-target",
        value_name = "peer:NAME|dc:NAME",
        value_parser = values::failover_target
    )]
    pub failover_targets: Vec<FailoverTarget>,

    /// Query the service in this sameness group, its members tried in order (Consul Enterprise
    /// 1.16+; not with failover)
    #[arg(long, value_name = "GROUP", value_parser = values::non_empty)]
    pub sameness_group: Option<String>,

    /// Query the service as imported from this cluster peer (Consul 1.14+)
    #[arg(long, value_name = "PEER", value_parser = values::peer_name)]
    pub peer: Option<String>,

    /// TTL of the DNS answers for this query (Go duration, e.g. 10s; empty: the agent's default)
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true, value_parser = values::dns_ttl)]
    pub dns_ttl: Option<String>,

    /// Session the query belongs to: it is deleted with the session (empty: none)
    #[arg(long, value_name = "ID")]
    pub session: Option<String>,

    /// Make the query a template that answers many names
    #[arg(long, value_name = "TYPE")]
    pub template: Option<TemplateKind>,

    /// The regular expression of a regexp template (Go RE2 syntax), matched against the name
    #[arg(long, value_name = "RE", value_parser = values::go_regexp)]
    pub regexp: Option<String>,

    /// Template: drop empty tags after interpolation (so "${match(2)}" may yield no tag)
    #[arg(long)]
    pub remove_empty_tags: bool,

    /// ACL token stored in the query and used when it runs (not the caller's --token)
    #[arg(
        long,
        value_name = "TOKEN",
        hide_env_values = true,
        conflicts_with = "query_token_file",
        value_parser = values::secret
    )]
    pub query_token: Option<Secret>,

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

    /// Remove all failover targets (peers and datacenters given with --failover-target)
    #[arg(long, conflicts_with = "failover_targets")]
    pub clear_failover_targets: bool,

    /// Stop querying a sameness group
    #[arg(long, conflicts_with = "sameness_group")]
    pub clear_sameness_group: bool,

    /// Query the local service again instead of a peer's
    #[arg(long, conflicts_with = "peer")]
    pub clear_peer: bool,

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
    pub failover_targets: bool,
    pub sameness_group: bool,
    pub peer: bool,
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
            failover_targets: self.clear_failover_targets,
            sameness_group: self.clear_sameness_group,
            peer: self.clear_peer,
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
            || self.failover_targets
            || self.sameness_group
            || self.peer
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
            || !self.failover_targets.is_empty()
            || self.sameness_group.is_some()
            || self.peer.is_some()
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
            let secret = crate::config::secret_text(token.expose().to_string(), &"--query-token")?;
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
            query.name = Some(name.to_string());
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
        let stored_failover = service.failover.clone().unwrap_or_default();
        if self.failover_nearest.is_some()
            || !self.failover_dcs.is_empty()
            || clears.failover_dcs
            || !self.failover_targets.is_empty()
            || clears.failover_targets
        {
            let failover = service.failover.get_or_insert_with(QueryFailover::default);
            if let Some(n) = self.failover_nearest {
                failover.nearest_n = Some(i64::from(n));
            }
            set_list(
                &mut failover.datacenters,
                &self.failover_dcs,
                clears.failover_dcs,
            );
            if clears.failover_targets {
                failover.targets = None;
            } else if !self.failover_targets.is_empty() {
                failover.targets = Some(self.failover_targets.iter().map(target).collect());
            }
        }
        set_text(
            &mut service.sameness_group,
            &self.sameness_group,
            clears.sameness_group,
        );
        set_text(&mut service.peer, &self.peer, clears.peer);
        self.refuse_mixed_failover(&stored_failover, service.failover.as_ref())?;

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

fn target(given: &FailoverTarget) -> QueryFailoverTarget {
    match given {
        FailoverTarget::Peer(peer) => QueryFailoverTarget {
            peer: Some(peer.clone()),
            ..QueryFailoverTarget::default()
        },
        FailoverTarget::Datacenter(dc) => QueryFailoverTarget {
            datacenter: Some(dc.clone()),
            ..QueryFailoverTarget::default()
        },
    }
}

fn set_text(field: &mut Option<String>, given: &Option<String>, clear: bool) {
    if clear {
        *field = None;
    } else if let Some(given) = given {
        *field = Some(given.clone());
    }
}

fn set_list<T: AsRef<str>>(field: &mut Option<Vec<String>>, given: &[T], clear: bool) {
    if clear {
        *field = None;
    } else if !given.is_empty() {
        *field = Some(given.iter().map(|g| g.as_ref().to_string()).collect());
    }
}

fn set_flag(field: &mut Option<bool>, on: bool, off: bool) {
    if on {
        *field = Some(true);
    } else if off {
        *field = Some(false);
    }
}
