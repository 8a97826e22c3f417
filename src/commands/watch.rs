//! `--watch`: after the current state, one line per change until interrupted, and a handler
//! command run per change with the event on its stdin (as `consul watch` runs its handlers).

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::Write;
use std::time::{Duration, SystemTime};

use clap::Args;

use crate::api::{ApiError, Client, IndexedAnswer, JsonAnswer, ReadOptions};
use crate::cli::values::PositiveDuration;
use crate::commands::blocking::{self, Deadline, Follower};
use crate::commands::Context;
use crate::error::{one_line, Result};
use crate::job::{self, Ending, OUTPUT_LIMIT};
use crate::output;

/// `--watch`, `--handler-timeout` and `-- HANDLER ARGS`, shared by the commands that watch.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// After the current state, print one line per change until interrupted (Ctrl-C exits 0)
    #[arg(long)]
    pub watch: bool,

    /// Kill a handler (and its process group: SIGTERM, then SIGKILL 5s later) that runs longer
    /// than this
    #[arg(
        long,
        value_name = "DURATION",
        requires = "handler",
        allow_hyphen_values = true
    )]
    pub handler_timeout: Option<PositiveDuration>,

    /// With --watch: a command to run per change, after `--`, with the change as JSON on its
    /// stdin
    #[arg(value_name = "HANDLER", last = true, num_args = 1.., requires = "watch")]
    pub handler: Vec<OsString>,
}

/// One thing a watch follows (a check on a node, a service instance): what changes are told by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub node: String,
    /// The check's or the service's ID.
    pub id: String,
    /// Its status (`passing` …), or what it is (`registered`).
    pub state: String,
    /// Shown after the change: a check's output, an instance's address.
    pub detail: String,
    /// Consul's object for it, compact on one line, as Consul sent it.
    pub raw: String,
}

/// Everything a watch follows, by node and ID.
pub type Snapshot = BTreeMap<(String, String), Item>;

/// A JSON value as Consul sent it, on one line (a dev agent indents its answers): only the
/// spacing goes, every string and number stays as Consul wrote it.
pub fn compact(raw: &str) -> String {
    let style = crate::output::Style {
        color: false,
        pretty_json: false,
        fit_terminal: false,
    };
    let mut out = Vec::with_capacity(raw.len() + 1);
    match crate::output::json_answer(&mut out, raw.as_bytes(), style) {
        Ok(()) => {
            out.pop(); // its newline
            String::from_utf8(out).unwrap_or_else(|_| raw.to_string())
        }
        Err(_) => raw.to_string(),
    }
}

/// A listing of this agent's (its checks, its services) that a watch follows. The agent's
/// endpoint does not block, so the catalog's copy of the agent's node is waited on (blocking
/// queries), and the agent asked again each time it moves.
pub struct AgentListing<'a> {
    /// "watching the agent's checks", for messages.
    pub action: &'a str,
    /// The ID's name in JSON events (`CheckID`, `ServiceID`).
    pub id_field: &'a str,
    /// The agent's answer.
    pub read: &'a dyn Fn(&Client) -> std::result::Result<JsonAnswer, ApiError>,
    /// The catalog's (blocking) read of the agent's node.
    pub catalog: fn(&Client, &str, &ReadOptions) -> std::result::Result<IndexedAnswer, ApiError>,
    /// The current state as the command prints it without --watch.
    pub print: fn(&Context, &mut dyn Write, &JsonAnswer) -> Result<()>,
    /// The agent's answer as a snapshot, given the agent's node.
    pub snapshot: &'a dyn Fn(&JsonAnswer, &str) -> Result<Snapshot>,
}

/// `--watch` on a listing of this agent: prints it, then a line per change (see [`follow`]).
pub fn follow_agent(
    ctx: &Context,
    out: &mut dyn Write,
    args: &WatchArgs,
    listing: &AgentListing,
) -> Result<()> {
    let action = listing.action;
    let client = ctx.client()?;
    let node = client
        .agent_self()
        .map_err(ctx.api_error(action))?
        .config
        .node_name;
    let forever = Deadline::after(None);
    let failed = blocking::read_error(ctx, action, forever);
    let read_agent = || (listing.read)(client).map_err(&failed);
    let mut follower = Follower::new(None);
    let mut moved = || -> Result<()> {
        client.renew_retry_budget();
        follower
            .next(forever, |o| (listing.catalog)(client, &node, o))
            .map_err(&failed)?;
        Ok(())
    };
    // The first read of the catalog answers at once: it only gives the index to wait past.
    moved()?;
    let first = read_agent()?;
    (listing.print)(ctx, out, &first)?;
    let current = (listing.snapshot)(&first, &node)?;
    follow(ctx, out, args, listing.id_field, current, || {
        moved()?;
        (listing.snapshot)(&read_agent()?, &node)
    })
}

/// Prints a line per change from `previous` on, each snapshot coming from `next`, until `next`
/// fails (the agent went away, after --retry) or the user interrupts (exit 0). `id_field` names
/// the ID in JSON events (`CheckID`, `ServiceID`).
pub fn follow(
    ctx: &Context,
    out: &mut dyn Write,
    args: &WatchArgs,
    id_field: &str,
    mut previous: Snapshot,
    mut next: impl FnMut() -> Result<Snapshot>,
) -> Result<()> {
    exit_zero_on_interrupt();
    out.flush()?;
    loop {
        let current = next()?;
        for (before, after) in changes(&previous, &current) {
            let event = event_json(id_field, before, after);
            if ctx.json_output() {
                writeln!(out, "{event}")?;
            } else {
                let item = after.or(before).expect("a change has a side");
                let line = format!(
                    "{}  {}  {}  {} -> {}  {}",
                    utc_now(),
                    output::shown(&item.node),
                    output::shown(&item.id),
                    state_word(before),
                    state_word(after),
                    output::shown(&one_line_or_empty(&item.detail))
                );
                writeln!(out, "{}", line.trim_end())?;
            }
            out.flush()?;
            if let Some((program, rest)) = args.handler.split_first() {
                run_handler(ctx, args, program, rest, event);
            }
        }
        previous = current;
    }
}

fn state_word(side: Option<&Item>) -> &str {
    side.map_or("absent", |i| i.state.as_str())
}

fn one_line_or_empty(text: &str) -> String {
    if text.trim().is_empty() {
        String::new()
    } else {
        one_line(text)
    }
}

/// The changes between two snapshots, in order of node and ID: what appeared, changed state,
/// or went away.
pub fn changes<'s>(
    before: &'s Snapshot,
    after: &'s Snapshot,
) -> Vec<(Option<&'s Item>, Option<&'s Item>)> {
    let mut found = Vec::new();
    let mut keys: Vec<&(String, String)> = before.keys().chain(after.keys()).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        match (before.get(key), after.get(key)) {
            (Some(old), Some(new)) if old.state == new.state => {}
            (old, new) => found.push((old, new)),
        }
    }
    found
}

/// One change as one line of JSON: when, where, and Consul's object before and after (`null`
/// for absent).
fn event_json(id_field: &str, before: Option<&Item>, after: Option<&Item>) -> String {
    let item = after.or(before).expect("a change has a side");
    let raw = |side: Option<&Item>| side.map_or("null".to_string(), |i| i.raw.clone());
    format!(
        "{{\"Time\":{},\"Node\":{},{}:{},\"Before\":{},\"After\":{}}}",
        serde_json::Value::from(utc_now()),
        serde_json::Value::from(item.node.as_str()),
        serde_json::Value::from(id_field),
        serde_json::Value::from(item.id.as_str()),
        raw(before),
        raw(after)
    )
}

/// Runs the handler with the event on its stdin, under `check run`'s rules: its output passes
/// through, a timeout kills its process group. How it ended is said on stderr when it failed;
/// the watch goes on either way.
fn run_handler(
    ctx: &Context,
    args: &WatchArgs,
    program: &OsString,
    rest: &[OsString],
    event: String,
) {
    let mut input = event.into_bytes();
    input.push(b'\n');
    let timeout = args.handler_timeout.as_ref().map(|t| t.value);
    let outcome = job::run_with_input(program, rest, timeout, OUTPUT_LIMIT, Some(input));
    // Ctrl-C while the handler ran was meant for the watch too: it ends, as it would have
    // between changes (the runner passed it on to the handler).
    if job::interrupted() {
        std::process::exit(0);
    }
    // The runner puts SIGINT back to its default when the command ends.
    exit_zero_on_interrupt();
    let name = std::path::Path::new(program).display();
    let failed = match outcome.ending {
        Ending::Exited(0) => return,
        Ending::Exited(code) => format!("exited with status {code}"),
        Ending::Signaled(signal) => format!("was ended by signal {signal}"),
        Ending::TimedOut(limit) => format!(
            "ran longer than --handler-timeout {} and was killed",
            crate::duration::display(limit)
        ),
        Ending::NotStarted(why, _) => format!("could not be started: {why}"),
    };
    ctx.always_note(&format!("warning: handler {name} {failed}"));
}

/// Ctrl-C (SIGINT) ends a watch with status 0: it is how a watch is meant to end. The handler
/// only calls `_exit`, which is safe in a signal handler (`exit` would run atexit handlers and
/// flush stdio there); a watch flushes what it prints line by line, so nothing is lost.
/// Installed again after each handler command, whose runner puts SIGINT back to its default
/// when the command ends.
fn exit_zero_on_interrupt() {
    extern "C" fn on_interrupt(_: libc::c_int) {
        // SAFETY: _exit(2) is async-signal-safe.
        unsafe { libc::_exit(0) }
    }
    // SAFETY: the handler only calls _exit(2), which is async-signal-safe.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_interrupt as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
}

impl WatchArgs {
    /// Ctrl-C ends a watch with exit 0 from its very start: a user may press it as soon as the
    /// current state is printed, before the first wait for a change begins.
    pub fn begin(&self) {
        if self.watch {
            exit_zero_on_interrupt();
        }
    }
}

/// Now in UTC, to the second: `2026-12-05T11:52:03Z`.
fn utc_now() -> String {
    let seconds = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs();
    utc(seconds)
}

/// Seconds since 1970 as an RFC 3339 UTC time (Howard Hinnant's days-to-civil algorithm).
fn utc(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let rest = seconds % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(node: &str, id: &str, state: &str) -> Item {
        Item {
            node: node.into(),
            id: id.into(),
            state: state.into(),
            detail: String::new(),
            raw: format!(r#"{{"Status":"{state}"}}"#),
        }
    }

    fn snapshot(items: &[Item]) -> Snapshot {
        items
            .iter()
            .map(|i| ((i.node.clone(), i.id.clone()), i.clone()))
            .collect()
    }

    #[test]
    fn changes_are_new_gone_or_another_state() {
        let before = snapshot(&[item("a", "x", "passing"), item("a", "y", "passing")]);
        let after = snapshot(&[item("a", "x", "critical"), item("b", "z", "passing")]);
        let found: Vec<(Option<&str>, Option<&str>)> = changes(&before, &after)
            .into_iter()
            .map(|(b, a)| (b.map(|i| i.id.as_str()), a.map(|i| i.state.as_str())))
            .collect();
        assert_eq!(
            found,
            [
                (Some("x"), Some("critical")),
                (Some("y"), None),
                (None, Some("passing"))
            ]
        );
        assert!(changes(&after, &after).is_empty());
    }

    #[test]
    fn events_carry_consuls_objects() {
        let line = event_json("CheckID", Some(&item("n", "c", "passing")), None);
        let event: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(event["Node"], "n");
        assert_eq!(event["CheckID"], "c");
        assert_eq!(event["Before"]["Status"], "passing");
        assert!(event["After"].is_null());
    }

    #[test]
    fn times_are_utc() {
        assert_eq!(utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(utc(1_796_471_523), "2026-12-05T11:52:03Z");
    }

    #[test]
    fn compact_keeps_the_values() {
        assert_eq!(
            compact("{\n  \"A\": 1,\n  \"B\": [ 2 ]\n}"),
            r#"{"A":1,"B":[2]}"#
        );
    }
}
