//! `--ensure-ttl`: a crontab line needs no separate set-up step. The check is registered as a
//! TTL check only when it does not exist; an existing check is never replaced (re-registering
//! would reset its status and could turn another kind of check into a TTL one).

use clap::Args;

use crate::api::models::CheckDefinition;
use crate::cli::values::{Id, PositiveDuration, ServiceId};
use crate::commands::Context;
use crate::error::{Error, Result};

#[derive(Debug, Args)]
pub struct EnsureArgs {
    /// First register the check as a TTL check with this TTL if it does not exist (an existing
    /// check is left as it is), e.g. 15m for a job that runs every 5 minutes
    #[arg(long, value_name = "DURATION")]
    pub ensure_ttl: Option<PositiveDuration>,

    /// Name of a check that --ensure-ttl creates [default: its ID]
    #[arg(long, value_name = "NAME", requires = "ensure_ttl")]
    pub name: Option<String>,

    /// Attach a check that --ensure-ttl creates to this service
    #[arg(long, value_name = "SID", requires = "ensure_ttl")]
    pub service_id: Option<Id<ServiceId>>,
}

/// What `--ensure-ttl` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ensured {
    NotAsked,
    Existed,
    Created,
}

impl EnsureArgs {
    pub fn ensure(&self, ctx: &Context, id: &str) -> Result<Ensured> {
        let Some(ttl) = &self.ensure_ttl else {
            return Ok(Ensured::NotAsked);
        };
        let action = format!("ensuring TTL check {id:?}");
        let client = ctx.client()?;
        // A filter keeps the answer small on agents with many checks; an ID with a backtick
        // cannot be written as a raw string in one, so it is looked up in the whole list.
        let filter = (!id.contains('`')).then(|| format!("CheckID == `{id}`"));
        let checks = client
            .agent_checks(filter.as_deref())
            .map_err(ctx.api_error(&action))?;
        if let Some(check) = checks.get(id) {
            if !check.kind.is_empty() && check.kind != "ttl" {
                return Err(Error::api(format!(
                    "{action}: check {id:?} exists and is a {} check, not a TTL check; choose another ID",
                    crate::output::shown(&check.kind)
                )));
            }
            return Ok(Ensured::Existed);
        }
        let definition = CheckDefinition {
            name: Some(self.name.clone().unwrap_or_else(|| id.to_string())),
            check_id: Some(id.to_string()),
            service_id: self.service_id.clone().map(String::from),
            ttl: Some(ttl.text.clone()),
            ..CheckDefinition::default()
        };
        client
            .check_register(&definition)
            .map_err(|e| super::explain_register_error(ctx, &action, e))?;
        if self.service_id.is_none() {
            super::warn_node_level(ctx, id);
        }
        Ok(Ensured::Created)
    }
}
