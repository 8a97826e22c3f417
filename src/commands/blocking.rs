//! Waiting and watching: reads that block until Consul's index moves (one request per change,
//! not a poll a second), and deadlines.

use std::time::{Duration, Instant};

use crate::api::{next_index, ApiError, Consistency, IndexedAnswer, JsonAnswer, ReadOptions};

/// The longest a single blocking read waits: Consul's own default. A wait with no deadline
/// (`--watch`) sends one request per change, or one per this much while nothing changes.
pub const MAX_WAIT: Duration = Duration::from_secs(300);

/// How long to hold off after an answer that came back early without a change (Consul does this
/// now and then), or from an endpoint that does not block: the floor between two requests.
pub const MIN_SPACING: Duration = Duration::from_secs(1);

/// When a wait gives up (`None`: never).
#[derive(Debug, Clone, Copy)]
pub struct Deadline(Option<Instant>);

impl Deadline {
    pub fn after(timeout: Option<Duration>) -> Deadline {
        Deadline(timeout.map(|t| Instant::now() + t))
    }

    /// Time left; `None` when there is no deadline.
    pub fn left(&self) -> Option<Duration> {
        self.0
            .map(|at| at.saturating_duration_since(Instant::now()))
    }

    pub fn passed(&self) -> bool {
        self.left().is_some_and(|left| left.is_zero())
    }

    /// Sleeps `pause`, or until the deadline if that comes first.
    pub fn sleep(&self, pause: Duration) {
        std::thread::sleep(self.left().map_or(pause, |left| left.min(pause)));
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
}

impl<'a> Follower<'a> {
    pub fn new(datacenter: Option<&'a str>) -> Follower<'a> {
        Follower {
            datacenter,
            max_wait: MAX_WAIT,
            index: None,
            started: false,
        }
    }

    /// Waits at most `max_wait` per read (below [`MAX_WAIT`]), for a caller that must look
    /// again now and then whatever the index says.
    pub fn with_max_wait(self, max_wait: Duration) -> Follower<'a> {
        Follower {
            max_wait: max_wait.min(MAX_WAIT),
            ..self
        }
    }

    /// The next answer: at once the first time, then once something changed or the wait ran
    /// out. `Ok(None)` once the deadline has passed. `read` sends the request with the options.
    pub fn next(
        &mut self,
        deadline: Deadline,
        read: impl FnOnce(&ReadOptions) -> Result<IndexedAnswer, ApiError>,
    ) -> Result<Option<JsonAnswer>, ApiError> {
        if self.started && deadline.passed() {
            return Ok(None);
        }
        let wait = match (self.started, self.index) {
            (false, _) => None,
            (true, Some(_)) => {
                // Consul holds the read up to the wait plus a sixteenth of it as jitter, so a
                // deadline may be passed by that much; asking for less would take one more
                // request at the end of every idle wait, and stopping short would miss a change
                // in its last moments.
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
        let IndexedAnswer { answer, index } = read(&options)?;
        let before = self.index;
        self.index = next_index(before, index);
        self.started = true;
        let early = wait.is_some_and(|w| sent.elapsed() < w / 2);
        if early && before.is_some() && before == self.index {
            // An early answer with nothing new: hold off, so a misbehaving agent cannot turn
            // the wait into a busy loop.
            deadline.sleep(MIN_SPACING);
        }
        Ok(Some(answer))
    }
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
