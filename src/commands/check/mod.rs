//! `consulctl check …`

mod deregister;
mod ensure;
pub mod kind;
mod list;
pub(crate) mod register;
pub(crate) mod run;
mod ttl;
mod update;
pub(crate) mod wait;

use clap::Subcommand;

use super::{Context, Leaf};
use crate::api::{ApiError, Refusal};
use crate::error::Error;

#[derive(Debug, Subcommand)]
pub enum CheckCommand {
    /// Register a check (TTL, HTTP, TCP, gRPC, script, Docker or alias) on this agent
    Register(Box<register::RegisterArgs>),
    /// Remove a check from this agent
    Deregister(deregister::DeregisterArgs),
    /// Report a TTL check's state: pass, warn or fail
    #[command(subcommand)]
    Ttl(ttl::TtlCommand),
    /// Set a TTL check's status and output in one call
    Update(update::UpdateArgs),
    /// Run a command and report how it ended to a TTL check (for cron)
    Run(run::RunArgs),
    /// List the checks on this agent (same as `agent checks`), or on every node with --all-nodes
    List(list::ListArgs),
    /// Wait until a check on this agent has a status (passing by default)
    Wait(wait::WaitArgs),
}

/// A check's status, as Consul words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckStatus {
    Passing,
    Warning,
    Critical,
}

impl CheckStatus {
    pub fn word(self) -> &'static str {
        match self {
            CheckStatus::Passing => "passing",
            CheckStatus::Warning => "warning",
            CheckStatus::Critical => "critical",
        }
    }
}

impl CheckCommand {
    pub fn leaf(&self) -> &dyn Leaf {
        match self {
            CheckCommand::Register(args) => args.as_ref(),
            CheckCommand::Deregister(args) => args,
            CheckCommand::Ttl(cmd) => cmd,
            CheckCommand::Update(args) => args,
            CheckCommand::Run(args) => args,
            CheckCommand::List(args) => args,
            CheckCommand::Wait(args) => args,
        }
    }
}

/// What a TTL write adds to its refusal: when the check is missing, and when it is not a TTL
/// check (`None`: the plain explanation).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TtlHints<'h> {
    pub missing: Option<&'h str>,
    pub not_ttl: Option<&'h str>,
}

/// The check a person most likely meant by `id` when no check has that ID: the check of the
/// service `id` (`service:db` for `db`), or the check named `id`. Only TTL checks when
/// `ttl_only` (what a TTL write can take).
pub(crate) fn meant_check<'c>(
    checks: &'c crate::api::models::AgentChecks<'_>,
    id: &str,
    ttl_only: bool,
) -> Option<&'c str> {
    let service_check = format!("service:{id}");
    let candidates = checks
        .iter()
        .filter(|c| !ttl_only || c.kind.is_empty() || c.kind == "ttl");
    let mut best = None;
    for check in candidates {
        let rank = if check.check_id == service_check {
            0
        } else if check.service_id == id {
            1
        } else if check.name == id {
            2
        } else {
            continue;
        };
        if best.is_none_or(|(r, _)| rank < r) {
            best = Some((rank, check.check_id.as_ref()));
        }
    }
    best.map(|(_, id)| id)
}

/// The clause that suggests `meant` instead of the ID given: "did you mean service:db
/// (`consulctl check ttl fail service:db`)?".
pub(crate) fn did_you_mean(ctx: &Context, meant: &str) -> String {
    let meant = crate::output::shell::word(meant);
    format!(
        "did you mean {meant} (`consulctl {} {meant}`)?",
        ctx.command
    )
}

/// Why a TTL write on `id` was refused as [`Refusal::NotTtlCheck`]: the check is missing,
/// or it is not a TTL check. Asks the agent to tell which.
pub(crate) fn explain_not_ttl(
    ctx: &Context,
    id: &str,
    action: &str,
    consul: &str,
    hints: TtlHints,
) -> Error {
    // Consul's words go inside a one-line message.
    let consul = crate::error::one_line(consul);
    let checks = match ctx
        .client()
        .and_then(|c| c.agent_checks(None).map_err(ctx.api_error(action)))
    {
        Ok(checks) => checks,
        Err(_) => return Error::api(format!("{action}: Consul answered: {consul}")),
    };
    match checks.get(id) {
        None => {
            let fix = match meant_check(&checks, id, true) {
                Some(meant) => did_you_mean(ctx, meant),
                None => format!(
                    "see `consulctl check list`, or register it with `consulctl check register {} --ttl 1m`",
                    crate::output::shell::word(id)
                ),
            };
            let error = Error::api(format!(
                "{action}: no check {id:?} is registered on this agent (Consul: {consul})"
            ))
            .with_hint(fix);
            match hints.missing {
                Some(hint) => error.with_hint(hint),
                None => error,
            }
        }
        Some(check) => {
            let fix = hints.not_ttl.unwrap_or(
                "only TTL checks take pass/warn/fail/update; the agent sets this one's status itself",
            );
            Error::api(format!(
                "{action}: check {id:?} is a {} check, not a TTL check; {fix} (Consul: {consul})",
                if check.kind.is_empty() {
                    "non-TTL".into()
                } else {
                    crate::output::shown(&check.kind)
                }
            ))
        }
    }
}

/// Maps the failure of a TTL write (pass/warn/fail/update) on `id`: Consul's refusal of a
/// check that is not a TTL check is explained by [`explain_not_ttl`] with `hints`; anything
/// else as usual.
pub(crate) fn ttl_write_error<'c, 'a>(
    ctx: &'c Context<'a>,
    id: &'c str,
    action: &'c str,
    hints: TtlHints<'c>,
) -> impl Fn(ApiError) -> Error + use<'c, 'a> {
    move |e| match (e.refusal(), &e) {
        (Some(Refusal::NotTtlCheck), ApiError::Status { body, .. }) => {
            explain_not_ttl(ctx, id, action, body, hints)
        }
        _ => ctx.api_error(action)(e),
    }
}

/// A check that belongs to no service is the node's: Consul counts every service on the node
/// unhealthy while it is critical, which a failing cron job's check should rarely do. Said on
/// stderr (`-q` silences it) when `--ensure-ttl` or `check register` creates such a TTL check.
pub(crate) fn warn_node_level(ctx: &Context, id: &str) {
    ctx.note(&format!(
        "warning: check {id:?} belongs to no service, so while it is critical every service on this node counts as unhealthy (service wait, query execute, DNS); to affect one service only, register it with --service-id SID"
    ));
}

/// Register failures whose Consul wording does not say what to do.
pub(crate) fn explain_register_error(ctx: &Context, action: &str, err: ApiError) -> Error {
    let ApiError::Status { status, body } = &err else {
        return ctx.api_error(action)(err);
    };
    let consul = crate::error::one_line(body);
    match Refusal::of(*status, body) {
        Refusal::ScriptsDisabled => Error::api(format!(
            "{action}: this agent refuses script checks from the API; start it with enable_script_checks = true (Consul: {consul})"
        )),
        // 500 up to Consul 1.9 or so, 404 on newer agents.
        Refusal::UnknownServiceOfCheck => Error::api(format!(
            "{action}: the service is not registered on this agent (Consul: {consul})"
        ))
        .with_hint("register it first with `consulctl service register`, or check --service-id"),
        _ if *status == 400 => {
            Error::api(format!("{action}: Consul rejected the definition: {consul}"))
        }
        _ => ctx.api_error(action)(err),
    }
}
