//! Waiting and watching: reads that block until Consul's index moves (one request per change,
//! not a poll a second), deadlines, and the failures a wait or a watch rides out.

use std::hash::{Hash, Hasher};
use std::time::{Duration, Instant};

use crate::api::{
    next_index, ApiError, Client, Consistency, Cutoff, IndexedAnswer, JsonAnswer, ReadOptions,
    RetryPolicy, TransportKind,
};
use crate::commands::Context;
use crate::error::Error;

/// The longest a single blocking read waits: Consul's own default. A wait with no deadline
/// (`--watch`) sends one request per change, or one per this much while nothing changes.
pub const MAX_WAIT: Duration = Duration::from_secs(300);

/// The floor between two requests to an endpoint that does not block.
pub const MIN_SPACING: Duration = Duration::from_secs(1);

/// How long to hold off after a blocking read that came back early with the answer it gave
/// before (Consul does this now and then, and a misbehaving agent may move its index on every
/// answer): Consul's docs ask clients to rate-limit such reads. Short enough that a change
/// right after it is still seen at once, as far as people can tell.
pub const REPEAT_SPACING: Duration = Duration::from_millis(250);

/// The least time between the starts of two reads, even when each answer brought a change:
/// an agent that sends a new answer at once every time still gets a bounded rate.
pub const MIN_GAP: Duration = Duration::from_millis(50);

/// The most a wait's requests may run past its deadline: Consul holds a blocking read up to a
/// sixteenth of its wait longer than asked, and a change in that moment is still taken.
const MAX_GRACE: Duration = Duration::from_secs(1);

/// When a wait gives up (`None`: never).
#[derive(Debug, Clone, Copy)]
pub struct Deadline {
    at: Option<Instant>,
    timeout: Option<Duration>,
}

impl Deadline {
    pub fn after(timeout: Option<Duration>) -> Deadline {
        Deadline {
            at: timeout.map(|t| Instant::now() + t),
            timeout,
        }
    }

    /// Time left; `None` when there is no deadline.
    pub fn left(&self) -> Option<Duration> {
        self.at
            .map(|at| at.saturating_duration_since(Instant::now()))
    }

    pub fn passed(&self) -> bool {
        self.left().is_some_and(|left| left.is_zero())
    }

    /// Sleeps `pause`, or until the deadline if that comes first.
    pub fn sleep(&self, pause: Duration) {
        std::thread::sleep(self.left().map_or(pause, |left| left.min(pause)));
    }

    /// The bound the client keeps for the wait's requests, retries included.
    pub fn cutoff(&self) -> Option<Cutoff> {
        let (at, timeout) = (self.at?, self.timeout?);
        Some(Cutoff {
            at,
            grace: (timeout / 16).min(MAX_GRACE),
        })
    }

    /// Whether `error` is a read the deadline cut short (rather than a failure of Consul's).
    pub fn cut_short(&self, error: &ApiError) -> bool {
        self.passed()
            && matches!(
                error,
                ApiError::Transport {
                    kind: TransportKind::Timeout,
                    ..
                }
            )
    }
}

/// Whether a failure is passing (no leader, an agent restarting, 429/502/503/504, no answer in
/// time): the class `--retry` tries again. The one place commands ask.
pub fn transient(error: &ApiError) -> bool {
    RetryPolicy::default().retryable(&reqwest::Method::GET, error)
}

/// Maps a failed read of a wait or a watch to the user's error. The client rode out passing
/// failures (see [`crate::api::Client::renew_retry_budget`]); one that lasted to the end means
/// Consul could not be reached (exit 3), whatever the status it came with. A read that the
/// deadline cut short, before Consul ever answered, says so.
pub fn read_error<'c, 'a>(
    ctx: &'c Context<'a>,
    action: &str,
    deadline: Deadline,
) -> impl Fn(ApiError) -> Error + use<'c, 'a> {
    let as_usual = ctx.api_error(action);
    let action = action.to_string();
    move |error| {
        if deadline.cut_short(&error) {
            if let (ApiError::Transport { url, .. }, Some(timeout)) = (&error, deadline.timeout) {
                return Error::unreachable(format!(
                    "{action}: Consul at {url} did not answer before --timeout {} ran out; check the agent",
                    crate::duration::display(timeout)
                ));
            }
        }
        let passing = transient(&error);
        let error = as_usual(error);
        if passing {
            Error::unreachable(error.message())
        } else {
            error
        }
    }
}

/// Follows one endpoint with blocking reads, by Consul's rules: the first read answers at once;
/// each later one waits until the index passes the last one seen, or until its wait runs out.
pub struct Follower<'a> {
    datacenter: Option<&'a str>,
    max_wait: Duration,
    index: Option<u64>,
    /// The previous read answered: later reads block (or, without an index, are spaced).
    started: bool,
    /// A digest of the last answer: an answer that came early with the same one changed nothing.
    last_answer: Option<u64>,
    /// No read starts before this (see [`REPEAT_SPACING`] and [`MIN_GAP`]).
    not_before: Option<Instant>,
}

impl<'a> Follower<'a> {
    pub fn new(datacenter: Option<&'a str>) -> Follower<'a> {
        Follower {
            datacenter,
            max_wait: MAX_WAIT,
            index: None,
            started: false,
            last_answer: None,
            not_before: None,
        }
    }

    /// Waits at most `max_wait` per read (below [`MAX_WAIT`]), for a caller that must look
    /// again now and then whatever the index says.
    pub fn with_max_wait(mut self, max_wait: Duration) -> Follower<'a> {
        self.set_max_wait(max_wait);
        self
    }

    /// [`Follower::with_max_wait`] from the next read on.
    pub fn set_max_wait(&mut self, max_wait: Duration) {
        self.max_wait = max_wait.min(MAX_WAIT);
    }

    /// The next answer: at once the first time, then once something changed or the wait ran
    /// out. `Ok(None)` once the deadline has passed (a blocking read it cut short included).
    /// `read` sends the request with the options.
    pub fn next(
        &mut self,
        deadline: Deadline,
        read: impl FnOnce(&ReadOptions) -> Result<IndexedAnswer, ApiError>,
    ) -> Result<Option<JsonAnswer>, ApiError> {
        if self.started && deadline.passed() {
            return Ok(None);
        }
        if let Some(at) = self.not_before.take() {
            deadline.sleep(at.saturating_duration_since(Instant::now()));
            if deadline.passed() {
                return Ok(None);
            }
        }
        let wait = match (self.started, self.index) {
            (false, _) => None,
            (true, Some(_)) => {
                // Consul holds the read up to the wait plus a sixteenth of it as jitter, and the
                // client cuts it at the deadline plus that grace: asking for less would take one
                // more request at the end of every idle wait, and stopping short would miss a
                // change in its last moments.
                let wait = deadline
                    .left()
                    .map_or(self.max_wait, |left| left.min(self.max_wait));
                if wait < Duration::from_millis(1) {
                    return Ok(None);
                }
                Some(wait)
            }
            (true, None) => {
                // Without an index the endpoint does not block: space the reads instead.
                deadline.sleep(MIN_SPACING);
                if deadline.passed() {
                    return Ok(None);
                }
                None
            }
        };
        let options = ReadOptions {
            datacenter: self.datacenter,
            consistency: Consistency::Default,
            wait,
            index: wait.and(self.index),
        };
        let sent = Instant::now();
        let IndexedAnswer { answer, index } = match read(&options) {
            Ok(answered) => answered,
            // Nothing changed before the wait ran out: an idle end, as an answer would be.
            Err(error) if wait.is_some() && deadline.cut_short(&error) => return Ok(None),
            Err(error) => return Err(error),
        };
        self.index = next_index(self.index, index);
        self.started = true;
        let digest = digest(answer.bytes());
        let repeated = self.last_answer == Some(digest);
        self.last_answer = Some(digest);
        let early = wait.is_some_and(|w| sent.elapsed() < w / 2);
        // Held off before the next read, not now: the caller takes this answer at once.
        let spacing = if early && repeated {
            REPEAT_SPACING
        } else {
            MIN_GAP
        };
        self.not_before = Some(sent + spacing);
        Ok(Some(answer))
    }
}

/// Blocking reads of a service's health in a datacenter that may change from one read to the
/// next (the one that answered a prepared query, for `--wait-min`): a new follower when it
/// changes (indexes of two datacenters do not compare), and none once the health cannot be read
/// (the caller's polls go on alone).
#[derive(Default)]
pub struct HealthFollower {
    datacenter: Option<String>,
    follower: Option<Follower<'static>>,
    unreadable: bool,
}

impl HealthFollower {
    /// Returns once the service's health moved, `most` passed, or the deadline came.
    pub fn until_moved(
        &mut self,
        ctx: &Context,
        client: &Client,
        deadline: Deadline,
        most: Duration,
        service: &str,
        datacenter: Option<String>,
    ) {
        if self.unreadable {
            deadline.sleep(most);
            return;
        }
        if self.follower.is_none() || self.datacenter != datacenter {
            self.follower = Some(Follower::new(None));
            self.datacenter = datacenter;
        }
        let follower = self.follower.as_mut().expect("set above");
        follower.set_max_wait(most);
        let dc = self.datacenter.as_deref();
        let read = follower.next(deadline, |options| {
            let options = ReadOptions {
                datacenter: dc,
                ..options.clone()
            };
            client.health_service(service, &[], &options)
        });
        if let Err(e) = read {
            if ctx.config.verbose {
                ctx.always_note(&format!(
                    "! the health of {} cannot be read ({e}); polling instead",
                    crate::output::shown(service)
                ));
            }
            self.unreadable = true;
            deadline.sleep(most);
        }
    }
}

fn digest(bytes: &[u8]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// A string value inside a Consul filter expression: quoted, with `"` and `\` escaped.
pub fn filter_string(value: &str) -> String {
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('"');
    for c in value.chars() {
        if c == '"' || c == '\\' {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_strings_are_quoted() {
        assert_eq!(filter_string("web"), r#""web""#);
        assert_eq!(filter_string(r#"a"b\c"#), r#""a\"b\\c""#);
    }

    #[test]
    fn a_deadline_without_time_never_passes() {
        assert!(!Deadline::after(None).passed());
        assert!(Deadline::after(Some(Duration::ZERO)).passed());
    }
}
