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

/// Why a TTL write on `id` was refused as [`Refusal::NotTtlCheck`]: the check is missing,
/// or it is not a TTL check. Asks the agent to tell which.
pub(crate) fn explain_not_ttl(ctx: &Context, id: &str, action: &str, consul: &str) -> Error {
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
        None => Error::api(format!(
            "{action}: no check {id:?} is registered on this agent (Consul: {consul})"
        ))
        .with_hint(format!(
            "see `consulctl check list`, or register it with `consulctl check register NAME --id {id} --ttl 1m`"
        )),
        Some(check) => Error::api(format!(
            "{action}: check {id:?} is a {} check, not a TTL check; only TTL checks take pass/warn/fail/update (Consul: {consul})",
            if check.kind.is_empty() { "non-TTL".into() } else { crate::output::shown(&check.kind) }
        )),
    }
}

/// Maps the failure of a TTL write (pass/warn/fail/update) on `id`: Consul's refusal of a
/// check that is not a TTL check is explained by [`explain_not_ttl`], followed by `hint` when
/// given; anything else as usual.
pub(crate) fn ttl_write_error<'c, 'a>(
    ctx: &'c Context<'a>,
    id: &'c str,
    action: &'c str,
    hint: Option<&'c str>,
) -> impl Fn(ApiError) -> Error + use<'c, 'a> {
    move |e| match (e.refusal(), &e) {
        (Some(Refusal::NotTtlCheck), ApiError::Status { body, .. }) => {
            let e = explain_not_ttl(ctx, id, action, body);
            match hint {
                Some(hint) => e.with_hint(hint),
                None => e,
            }
        }
        _ => ctx.api_error(action)(e),
    }
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
