//! The handlers: one folder per command group, each leaf file holding its `Args` beside its
//! handler and the facts about it ([`Leaf`]). This file runs a leaf: it acts on those facts
//! (`-o addrs`, `--dry-run`, `--datacenter`) before and around the handler.

pub(crate) mod agent;
pub(crate) mod blocking;
pub(crate) mod check;
mod context;
pub(crate) mod contexts;
pub(crate) mod datacenters;
pub(crate) mod declarative;
pub(crate) mod query;
pub(crate) mod service;
pub(crate) mod watch;

use std::io::Write;

pub use context::Context;

use crate::api::{ApiError, Client};
use crate::config::OutputFormat;
use crate::error::{Error, Result};
use crate::output;

/// A command that talks to the agent: what the dispatcher must know about it, and its handler.
/// Every leaf states its facts; none has a default, so a new command cannot inherit a wrong one.
pub trait Leaf: std::fmt::Debug {
    fn facts(&self) -> Facts;

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()>;
}

/// Facts about a command, declared beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    /// It changes something in Consul, and so takes `--dry-run`.
    pub writes: bool,
    /// It prints `-o addrs`.
    pub addrs: bool,
    /// It acts on the agent at `--http-addr`, where `--datacenter` would be silently ignored:
    /// that flag is refused.
    pub agent_only: bool,
    /// It takes `--datacenter` more than once, acting in each; every other command is refused
    /// two different ones.
    pub several_datacenters: bool,
}

impl Facts {
    /// Reads from the datacenter (or the one `--datacenter` names).
    pub const READS: Facts = Facts {
        writes: false,
        addrs: false,
        agent_only: false,
        several_datacenters: false,
    };
    /// Changes something in the datacenter.
    pub const WRITES: Facts = Facts {
        writes: true,
        ..Facts::READS
    };
    /// Reads from the agent itself.
    pub const READS_AGENT: Facts = Facts {
        agent_only: true,
        ..Facts::READS
    };
    /// Changes something on the agent itself.
    pub const WRITES_AGENT: Facts = Facts {
        writes: true,
        agent_only: true,
        ..Facts::READS
    };

    /// The same, and it takes several datacenters.
    pub const fn with_several_datacenters(self) -> Facts {
        Facts {
            several_datacenters: true,
            ..self
        }
    }

    /// The same, and it prints `-o addrs` too.
    pub const fn with_addrs(self) -> Facts {
        Facts {
            addrs: true,
            ..self
        }
    }
}

/// Runs a command: refuses the global flags that do not apply to it, then runs its handler, or
/// with `--dry-run` shows the requests it would have sent instead of sending them.
pub fn run(leaf: &dyn Leaf, ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let facts = leaf.facts();
    if let [first, second, ..] = ctx.config.distinct_datacenters()[..] {
        if !facts.several_datacenters {
            return Err(Error::usage(format!(
                "--datacenter {first:?} and --datacenter {second:?}: `{}` acts in one datacenter; only plan, apply and export take several",
                ctx.command
            )));
        }
    }
    if ctx.config.output == OutputFormat::Addrs && !facts.addrs {
        return Err(Error::usage(
            "--output addrs applies to `query execute` and `service wait` only; use table or json here",
        ));
    }
    if ctx.config.dry_run && !facts.writes {
        // Nothing would change: what a dry run can show is the read it would send first.
        ctx.plan_reads();
    }
    if facts.agent_only {
        ctx.refuse_datacenter()?;
    }
    if facts.writes && !ctx.config.dry_run {
        confirm_protected(ctx)?;
    }
    if !ctx.config.dry_run {
        return leaf.run(ctx, out);
    }
    // The handler's own words ("Registered check …") would claim what did not happen: keep
    // them unless nothing would be sent, then say what the handler said (e.g. no changes).
    let mut said = Vec::new();
    match leaf.run(ctx, &mut said) {
        Ok(()) | Err(Error::Stopped) => {}
        Err(e) => return Err(e),
    }
    let planned = ctx.planned();
    if planned.is_empty() {
        out.write_all(&said)?;
        ctx.note("dry run: nothing would be sent");
        return Ok(());
    }
    output::dry_run::print(ctx.config, ctx.style(), &planned, out)?;
    ctx.note(&format!(
        "dry run: {} not sent",
        if planned.len() == 1 {
            "this request was".to_string()
        } else {
            format!("these {} requests were", planned.len())
        }
    ));
    Ok(())
}

/// A protected context's change goes ahead only when `--yes` was given or the user says so on
/// the terminal; without one, nothing is sent.
fn confirm_protected(ctx: &Context) -> Result<()> {
    let (true, false, Some((name, _))) =
        (ctx.config.protected, ctx.config.yes, &ctx.config.context)
    else {
        return Ok(());
    };
    let name = output::shown(name);
    let question = format!(
        "Context {name} is protected: run `consulctl {}` there?",
        ctx.command
    );
    match ask(&question)? {
        Some(true) => Ok(()),
        None => Err(Error::usage(format!(
            "context {name} is protected and there is no terminal to ask on: add --yes to run `consulctl {}` there",
            ctx.command
        ))),
        Some(false) => Err(Error::usage(format!(
            "not confirmed: nothing was sent to context {name} (add --yes to skip the question)"
        ))),
    }
}

/// Asks a yes-or-no `question` on the terminal (stdin and stderr); `None` when there is no
/// terminal to ask on. Only "y" or "yes" is a yes.
pub(crate) fn ask(question: &str) -> Result<Option<bool>> {
    use std::io::IsTerminal;
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Ok(None);
    }
    let mut stderr = std::io::stderr();
    let _ = write!(stderr, "{question} [y/N] ");
    let _ = stderr.flush();
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer)?;
    Ok(Some(matches!(
        answer.trim(),
        "y" | "Y" | "yes" | "YES" | "Yes"
    )))
}

/// The first of `flags` the user gave, with its value: for refusing options that do not apply.
pub fn first_given<'a>(flags: &[(&'a str, Option<&'a str>)]) -> Option<(&'a str, &'a str)> {
    flags
        .iter()
        .find_map(|&(flag, value)| value.map(|v| (flag, v)))
}

/// How `deregister` looks an ID up before removing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lookup {
    /// A read of the one object: a token that may not read it is refused (403).
    Read,
    /// A list, which Consul filters by ACL without a word: an object the token may not read is
    /// left out, so "not listed" may mean "hidden".
    FilteredList,
}

/// `check deregister` and `service deregister`: the agent answers 200 for any ID, so look first
/// and refuse (or, with `--missing-ok`, accept) an unknown one instead of reporting a typo as done.
/// `kind` is "check" or "service"; `id_field` Consul's name for the ID in JSON output.
pub(crate) fn deregister(
    ctx: &Context,
    out: &mut dyn Write,
    (kind, id_field, id): (&str, &str, &str),
    (lookup, missing_ok): (Lookup, bool),
    exists: impl FnOnce(&Client) -> std::result::Result<bool, ApiError>,
    remove: impl FnOnce(&Client) -> std::result::Result<(), ApiError>,
) -> Result<()> {
    let action = format!("deregistering {kind} {id:?}");
    let client = ctx.client()?;
    let title = output::capitalized(kind);
    if !exists(client).map_err(ctx.api_error(&action))? {
        let hidden = match lookup {
            Lookup::Read => String::new(),
            Lookup::FilteredList => ctx.maybe_hidden(),
        };
        if missing_ok {
            return ctx.done(
                out,
                &format!("{title} {id:?} was not registered{hidden}; nothing to do."),
                &serde_json::json!({id_field: id, "Deregistered": false}),
            );
        }
        return Err(Error::api(format!(
            "{action}: no {kind} {id:?} is registered on this agent{hidden}; see `consulctl {kind} list` (add --missing-ok to accept that)"
        )));
    }
    remove(client).map_err(ctx.api_error(&action))?;
    ctx.done(
        out,
        &format!("{title} {id:?} deregistered."),
        &serde_json::json!({id_field: id, "Deregistered": true}),
    )
}
