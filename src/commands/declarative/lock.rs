//! The lock `apply` holds on its set, when its plan has writes, from before it reads the plan
//! again until after its last write, so that two applies of one set (two CI jobs) take turns
//! instead of interleaving. It is a key
//! in the KV store of the agent's own datacenter, `consulctl/sets/NAME/lock`, taken with a
//! session (as Terraform's Consul backend locks its state). The key's value names the holder,
//! so that the apply that finds it taken can say whom it waits for.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};

use super::set;
use super::Selection;
use crate::api::{ApiError, Client, Indexed, KvEntry, ReadOptions, SessionRequest};
use crate::commands::blocking::{Deadline, MAX_WAIT, MIN_GAP, MIN_SPACING};
use crate::commands::Context;
use crate::duration::display;
use crate::error::{first_few, Error, Result};
use crate::input::shown;

/// The session's TTL: the least Consul takes, so that a holder that died frees the set soon.
/// Consul ends a session that is not renewed within twice its TTL.
const TTL: Duration = Duration::from_secs(10);

/// How often the session is renewed: three times per TTL, so that one lost renewal is no loss.
const RENEW_EVERY: Duration = Duration::from_millis(3_300);

/// How long, after a session ends while holding the lock (its holder killed, its agent's node
/// failed), Consul refuses the lock to everyone. A live holder learns that its session ended at
/// its next renewal and stops writing; the delay lets a write it had under way land before the
/// next apply starts. Consul's own default (15s) would add that much to every dead holder.
const LOCK_DELAY: Duration = Duration::from_secs(5);

/// The hint of a refusal when apply did not wait.
const WAIT_HINT: &str = "to wait for it, add --lock-timeout 5m";

/// The set's lock key in the agent's datacenter.
fn key(set: &str) -> String {
    format!("{}/lock", set::prefix(set))
}

/// Who holds the lock: the key's value. Nothing secret (no command line, which may hold a
/// token): where, who, since when, and what it applies.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Holder {
    host: String,
    user: String,
    #[serde(rename = "PID")]
    pid: u32,
    since: String,
    set: String,
    paths: Vec<String>,
}

impl Holder {
    fn this_process(selection: &Selection) -> Holder {
        Holder {
            host: host_name(),
            user: user_name(),
            pid: std::process::id(),
            since: httpdate::fmt_http_date(SystemTime::now()),
            set: selection.set.clone(),
            paths: selection
                .paths
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
        }
    }

    /// The holder in a message, every value Consul sent quoted and escaped.
    fn describe(&self) -> String {
        format!(
            "user {} on host {} (pid {}, since {}), applying {}",
            shown(&self.user),
            shown(&self.host),
            self.pid,
            since(&self.since),
            first_few(self.paths.iter().map(|p| shown(p)), ", ")
        )
    }
}

/// When the holder took the lock: as it was written when it reads as a date, else quoted.
fn since(text: &str) -> String {
    httpdate::parse_http_date(text).map_or_else(|_| shown(text), httpdate::fmt_http_date)
}

/// Whoever a lock's key names: consulctl's record, or the session and raw value another tool
/// left.
fn holder_of(entry: &KvEntry) -> String {
    match serde_json::from_slice::<Holder>(&entry.value) {
        Ok(holder) => holder.describe(),
        Err(_) => format!(
            "session {} (the key's value: {})",
            shown(entry.session.as_deref().unwrap_or("")),
            shown(&String::from_utf8_lossy(&entry.value))
        ),
    }
}

/// The lock, held: renewed from a thread of its own until it is dropped, which releases it and
/// ends the session.
pub(super) struct Held<'c, 'a> {
    key: String,
    set: String,
    session: Session<'c, 'a>,
}

impl Held<'_, '_> {
    /// Refuses the next write once the lock may be lost: Consul said the session is gone, or no
    /// renewal went through for a whole TTL (Consul may end the session from then on).
    pub(super) fn check(&self) -> Result<()> {
        match self.session.renewal.lost() {
            None => Ok(()),
            // The hint in the message: the report shows each object's message alone.
            Some(why) => Err(Error::api(format!(
                "not sent: apply lost the lock of set {} ({why}), so another apply may be writing; run apply again to finish",
                shown(&self.set)
            ))),
        }
    }
}

impl Drop for Held<'_, '_> {
    /// Released before the session ends: a released lock can be taken again at once, while one
    /// whose session ends holding it waits out the lock delay.
    fn drop(&mut self) {
        let session = &self.session;
        match session
            .client
            .kv_release(&self.key, &session.id, None)
        {
            Ok(_) => {}
            Err(e) => session.ctx.note(&format!(
                "warning: the lock of set {} could not be released ({e}); it frees itself when its session ends",
                shown(&self.set)
            )),
        }
    }
}

/// A session of this apply's, renewed until dropped, then destroyed.
struct Session<'c, 'a> {
    ctx: &'c Context<'a>,
    client: &'c Client,
    id: String,
    renewal: Renewal,
}

impl<'c, 'a> Session<'c, 'a> {
    fn create(ctx: &'c Context<'a>, set: &str) -> std::result::Result<Self, Error> {
        let client = ctx.client()?;
        let renewing = ctx.another_client()?;
        let request = SessionRequest {
            name: format!("consulctl apply --set {set}"),
            ttl: format!("{}s", TTL.as_secs()),
            lock_delay: format!("{}s", LOCK_DELAY.as_secs()),
            behavior: "release".to_string(),
        };
        let asked = Instant::now();
        let id = client
            .session_create(&request, None)
            .map_err(ctx.api_error(&format!("creating a session for the lock of set {set:?}")))?;
        let renewal = Renewal::start(renewing, id.clone(), asked);
        Ok(Session {
            ctx,
            client,
            id,
            renewal,
        })
    }
}

impl Drop for Session<'_, '_> {
    fn drop(&mut self) {
        self.renewal.stop();
        if let Err(e) = self.client.session_destroy(&self.id, None) {
            self.ctx.note(&format!(
                "warning: the lock's session {} could not be ended ({e}); Consul ends it within {} unrenewed",
                shown(&self.id),
                display(TTL * 2)
            ));
        }
    }
}

/// The renewals of a session, on a thread of their own, and what they learnt.
struct Renewal {
    status: Arc<Mutex<Renewed>>,
    stop: mpsc::Sender<()>,
}

struct Renewed {
    /// When the last renewal that went through was asked for (the creation, at first).
    confirmed: Instant,
    /// Consul answered that the session is gone.
    gone: bool,
    /// Why the last renewal failed, when it did.
    failure: Option<String>,
}

impl Renewal {
    fn start(client: Client, id: String, created: Instant) -> Renewal {
        let status = Arc::new(Mutex::new(Renewed {
            confirmed: created,
            gone: false,
            failure: None,
        }));
        let (stop, stopped) = mpsc::channel::<()>();
        let shared = Arc::clone(&status);
        std::thread::spawn(move || loop {
            match stopped.recv_timeout(RENEW_EVERY) {
                Err(RecvTimeoutError::Timeout) => {}
                Ok(()) | Err(RecvTimeoutError::Disconnected) => return,
            }
            let asked = Instant::now();
            let renewed = client.session_renew(&id, None);
            let mut status = shared.lock().unwrap_or_else(|e| e.into_inner());
            match renewed {
                Ok(true) => {
                    status.confirmed = asked;
                    status.failure = None;
                }
                Ok(false) => {
                    status.gone = true;
                    return;
                }
                // Tried again at the next turn; `lost` says when it is too late.
                Err(e) => status.failure = Some(e.to_string()),
            }
        });
        Renewal { status, stop }
    }

    /// Why the lock may be lost, if it may.
    fn lost(&self) -> Option<String> {
        let status = self.status.lock().unwrap_or_else(|e| e.into_inner());
        if status.gone {
            return Some("Consul answered that its session is gone".to_string());
        }
        if status.confirmed.elapsed() < TTL {
            return None;
        }
        let failure = status
            .failure
            .as_ref()
            .map_or_else(String::new, |f| format!(": {f}"));
        Some(format!(
            "its session was not renewed for {}{failure}",
            display(TTL)
        ))
    }

    fn stop(&self) {
        let _ = self.stop.send(());
    }
}

/// Takes the set's lock, waiting up to `timeout` while another apply holds it (blocking reads
/// of the key: one request per change); refuses, naming the holder, when it is still held then.
pub(super) fn take<'c, 'a>(
    ctx: &'c Context<'a>,
    selection: &Selection,
    timeout: Duration,
) -> Result<Held<'c, 'a>> {
    let set = selection.set.as_str();
    let key = key(set);
    let client = ctx.client()?;
    let failed = ctx.api_error(&format!("taking the lock of set {set:?}"));
    let deadline = Deadline::after(Some(timeout));
    let value =
        serde_json::to_vec(&Holder::this_process(selection)).expect("a holder always serializes");
    let mut session: Option<Session> = None;
    let mut index = None;
    let mut last_seen: Option<KvEntry> = None;
    loop {
        let Some(read) = read(client, &key, index, deadline).map_err(&failed)? else {
            return Err(refusal(set, timeout, last_seen.as_ref()));
        };
        let ours = |entry: &KvEntry| {
            entry.session.is_some() && entry.session.as_deref() == session.as_ref().map(|s| &*s.id)
        };
        match read.value {
            // Taken by an acquire whose answer was lost on the way.
            Some(entry) if ours(&entry) => {
                let session = session.take().expect("ours");
                return Ok(Held {
                    key,
                    set: set.to_string(),
                    session,
                });
            }
            Some(entry) if entry.session.is_some() => {
                if deadline.passed() {
                    return Err(refusal(set, timeout, Some(&entry)));
                }
                // Consul's rules for the next blocking read: an index gone backwards starts
                // over, and 0 is never sent as if it were one.
                index = crate::api::next_index(index, read.index.or(Some(entry.modify_index)));
                last_seen = Some(entry);
                deadline.sleep(MIN_GAP);
                continue;
            }
            seen => last_seen = seen,
        }
        if session.is_none() {
            session = Some(Session::create(ctx, set)?);
        }
        let id = &session.as_ref().expect("created above").id;
        if client.kv_acquire(&key, &value, id, None).map_err(&failed)? {
            let session = session.take().expect("created above");
            return Ok(Held {
                key,
                set: set.to_string(),
                session,
            });
        }
        // Refused though no session held it: another apply came first (the next read names
        // it), or a session ended holding it and its lock delay runs, which no read would see
        // end: look again after a pause.
        if deadline.passed() {
            let now = client.kv_get(&key, None).map_err(&failed)?;
            return Err(refusal(set, timeout, now.as_ref().or(last_seen.as_ref())));
        }
        deadline.sleep(MIN_SPACING);
        index = None;
    }
}

/// The lock's key: at once when `index` is `None`, else once it moves past `index` or the
/// deadline comes (`Ok(None)`: nothing changed in time). The deadline is kept even when the
/// agent stops answering.
fn read(
    client: &Client,
    key: &str,
    index: Option<u64>,
    deadline: Deadline,
) -> std::result::Result<Option<Indexed<Option<KvEntry>>>, ApiError> {
    let Some(index) = index else {
        return client.kv_read(key, &ReadOptions::default()).map(Some);
    };
    let wait = deadline.left().unwrap_or(MAX_WAIT).min(MAX_WAIT);
    if wait < Duration::from_millis(1) {
        return Ok(None);
    }
    let options = ReadOptions {
        wait: Some(wait),
        index: Some(index),
        ..ReadOptions::default()
    };
    client.set_cutoff(deadline.cutoff());
    let read = client.kv_read(key, &options);
    client.set_cutoff(None);
    match read {
        Err(e) if deadline.cut_short(&e) => Ok(None),
        read => read.map(Some),
    }
}

/// The set is taken: by whom, and how to wait for it (exit 4, as a wait that ran out).
fn refusal(set: &str, timeout: Duration, entry: Option<&KvEntry>) -> Error {
    let waited = if timeout.is_zero() {
        String::new()
    } else {
        format!(" after --lock-timeout {}", display(timeout))
    };
    let message = match entry {
        Some(entry) if entry.session.is_some() => format!(
            "set {set:?} is held by another apply{waited}: {}; nothing was applied",
            holder_of(entry)
        ),
        Some(entry) => format!(
            "set {set:?} is not free yet{waited}: its last holder, {}, ended without releasing it and Consul holds it back for the lock delay; nothing was applied",
            holder_of(entry)
        ),
        None => format!(
            "set {set:?} could not be locked{waited}: Consul refused the lock; nothing was applied"
        ),
    };
    let hint = if timeout.is_zero() {
        WAIT_HINT.to_string()
    } else {
        "a longer --lock-timeout waits longer".to_string()
    };
    Error::timed_out(message).with_hint(hint)
}

fn host_name() -> String {
    let mut buffer = [0u8; 256];
    // SAFETY: the buffer is valid for its whole length, which is what gethostname may write.
    let status = unsafe { libc::gethostname(buffer.as_mut_ptr().cast(), buffer.len()) };
    if status != 0 {
        return "unknown".to_string();
    }
    let end = buffer.iter().position(|&b| b == 0).unwrap_or(buffer.len());
    String::from_utf8_lossy(&buffer[..end]).into_owned()
}

fn user_name() -> String {
    ["USER", "LOGNAME"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| {
            // SAFETY: getuid has no preconditions and cannot fail.
            format!("uid {}", unsafe { libc::getuid() })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_is_the_sets_own_key() {
        assert_eq!(key("web"), "consulctl/sets/web/lock");
        assert_ne!(key("web"), key("web2"));
    }

    fn renewal(renewed: Renewed) -> Renewal {
        Renewal {
            status: Arc::new(Mutex::new(renewed)),
            stop: mpsc::channel().0,
        }
    }

    #[test]
    fn the_lock_counts_as_lost_when_consul_says_so_or_no_renewal_went_through_for_a_ttl() {
        let now = Instant::now();
        let fresh = Renewed {
            confirmed: now,
            gone: false,
            failure: Some("timed out".to_string()),
        };
        assert_eq!(renewal(fresh).lost(), None);
        let gone = Renewed {
            confirmed: now,
            gone: true,
            failure: None,
        };
        assert_eq!(
            renewal(gone).lost().as_deref(),
            Some("Consul answered that its session is gone")
        );
        let Some(long_ago) = now.checked_sub(TTL) else {
            return;
        };
        let stale = Renewed {
            confirmed: long_ago,
            gone: false,
            failure: Some("Consul did not answer".to_string()),
        };
        assert_eq!(
            renewal(stale).lost().as_deref(),
            Some("its session was not renewed for 10s: Consul did not answer")
        );
    }

    #[test]
    fn a_refusal_names_the_holder_escaped() {
        let holder = Holder {
            host: "ci\u{1b}[31m".to_string(),
            user: "build".to_string(),
            pid: 42,
            since: "Tue, 08 Dec 2026 01:50:00 GMT".to_string(),
            set: "web".to_string(),
            paths: vec!["defs/".to_string()],
        };
        let entry = KvEntry {
            key: key("web"),
            value: serde_json::to_vec(&holder).unwrap(),
            modify_index: 7,
            session: Some("s1".to_string()),
        };
        let refused = refusal("web", Duration::ZERO, Some(&entry));
        assert_eq!(
            refused.to_string(),
            "set \"web\" is held by another apply: user \"build\" on host \"ci\\u{1b}[31m\" (pid 42, since Tue, 08 Dec 2026 01:50:00 GMT), applying \"defs/\"; nothing was applied; to wait for it, add --lock-timeout 5m"
        );
        assert_eq!(refused.exit(), crate::error::ExitCode::TimedOut);
        let foreign = KvEntry {
            value: b"held by a script".to_vec(),
            ..entry
        };
        assert_eq!(
            refusal("web", Duration::from_secs(30), Some(&foreign)).to_string(),
            "set \"web\" is held by another apply after --lock-timeout 30s: session \"s1\" (the key's value: \"held by a script\"); nothing was applied; a longer --lock-timeout waits longer"
        );
    }
}
