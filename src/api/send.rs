//! Sending one request: the dry-run record, the verbose log, and trying again or riding out
//! failures within the retry budget and a wait's cutoff.

use std::time::{Duration, Instant};

use reqwest::header::CONTENT_TYPE;
use reqwest::{Method, Url};

use super::answer::{read_body, Answer};
use super::client::{Client, Extra, PlannedRequest};
use super::error::ApiError;
use super::retry::RetryPolicy;

/// One attempt's failure, with the pause the answer asked for (`Retry-After`, and the header as
/// sent, for the log) when it asked for one.
struct Failure {
    error: ApiError,
    retry_after: Option<(Duration, String)>,
}

impl From<ApiError> for Failure {
    fn from(error: ApiError) -> Self {
        Failure {
            error,
            retry_after: None,
        }
    }
}

/// When a wait gives up, for the requests it sends: no attempt starts after `at`, and none runs
/// past `at` plus `grace` (Consul answers a blocking read up to a sixteenth of its wait late).
#[derive(Debug, Clone, Copy)]
pub struct Cutoff {
    pub at: Instant,
    pub grace: Duration,
}

impl Client {
    /// Sends a request, trying again as the [`RetryPolicy`] allows.
    pub(crate) fn send(&self, method: Method, url: Url, extra: Extra) -> Result<Answer, ApiError> {
        if self.held_back(&method) {
            // Reads still go out (a command may need them to build its write); writes do not.
            self.planned.borrow_mut().push(PlannedRequest {
                method: method.to_string(),
                url: url.to_string(),
                body: extra.body,
            });
            return Ok(Answer {
                body: Vec::new(),
                index: None,
            });
        }
        let mut url = url;
        let mut shown = self.shown(&url);
        if let Some(log) = &self.log {
            log(&format!("> {method} {shown}"));
            if self.token.is_some() {
                log("> X-Consul-Token: <redacted>");
            }
            if self.basic_auth.is_some() {
                log("> Authorization: <redacted>");
            }
            if let Some(body) = &extra.body {
                log(&format!("> {}", redacted_body(body)));
            }
        }
        let started = Instant::now();
        let following = self.following.get();
        // Riding out: no count of attempts, only the time.
        let rides_out = following && self.retry.retries == 0;
        let cutoff = self.cutoff.get();
        if !following && self.first_request.get().is_none() {
            self.first_request.set(Some(started));
        }
        let mut attempt = 0;
        // The error a command ends with: after more than one attempt, it says how many.
        let given_up = |error: ApiError, attempt: u32| {
            if attempt > 1 {
                error.after_attempts(attempt, started.elapsed())
            } else {
                error
            }
        };
        loop {
            let result = self.send_once(method.clone(), url.clone(), &extra, &shown, cutoff);
            let Failure { error, retry_after } = match result {
                Ok(answer) => return Ok(answer),
                Err(failure) => failure,
            };
            attempt += 1;
            let first = match self.first_request.get() {
                Some(first) => first,
                None => {
                    let now = Instant::now();
                    self.first_request.set(Some(now));
                    now
                }
            };
            let retries_end = first + self.retry.max_time;
            let budget_end = match cutoff {
                Some(cutoff) if rides_out => cutoff.at,
                Some(cutoff) => cutoff.at.min(retries_end),
                None => retries_end,
            };
            let budget_left = budget_end.saturating_duration_since(Instant::now());
            let retryable = self.retry.retryable(&method, &error);
            if (!rides_out && attempt > self.retry.retries) || !retryable || budget_left.is_zero() {
                // --retry was given, and would have applied but for the method: say so, or
                // the flag looks broken.
                let forced = RetryPolicy {
                    force_unsafe: true,
                    ..self.retry
                };
                if !retryable && attempt <= self.retry.retries && forced.retryable(&method, &error)
                {
                    return Err(given_up(error, attempt).noted(&format!(
                        "not retried: a {method} is repeated only with --retry-unsafe, as it may then be done twice"
                    )));
                }
                return Err(given_up(error, attempt));
            }
            let limit = if cutoff.is_some() {
                "the wait's --timeout"
            } else {
                "--retry-max-time"
            };
            let pause = match &retry_after {
                // Coming back sooner than asked would only be refused again.
                Some((asked, _)) if *asked > budget_left => {
                    let asked = crate::duration::display(*asked);
                    if let Some(log) = &self.log {
                        log(&format!(
                            "! attempt {attempt} failed ({error}); Consul asked for a pause of {asked}, past the time left for retries: not retrying"
                        ));
                    }
                    let note =
                        format!("Consul asked to be retried after {asked}, later than {limit} allows");
                    return Err(given_up(error, attempt).noted(&note));
                }
                Some((asked, _)) => self.retry.pause_asked(attempt, *asked),
                None => self.retry.backoff(attempt),
            }
            .min(budget_left);
            if let Some(log) = &self.log {
                let asked = retry_after
                    .as_ref()
                    .map(|(_, header)| format!(" (Retry-After: {header})"))
                    .unwrap_or_default();
                let riding = if rides_out {
                    format!(
                        "; riding it out for {} more, until {limit}",
                        crate::duration::display(budget_left)
                    )
                } else {
                    String::new()
                };
                log(&format!(
                    "! attempt {attempt} failed ({error}); retrying in {} ms{asked}{riding}",
                    pause.as_millis()
                ));
            }
            std::thread::sleep(pause);
            if let Some(plain) = without_index(&url) {
                url = plain;
                shown = self.shown(&url);
            }
        }
    }

    fn send_once(
        &self,
        method: Method,
        url: Url,
        extra: &Extra,
        shown: &str,
        cutoff: Option<Cutoff>,
    ) -> Result<Answer, Failure> {
        let started = Instant::now();
        let length = url.as_str().len();
        let mut request = self.http.request(method, url);
        if let Some(token) = &self.token {
            request = request.header("X-Consul-Token", token.clone());
        }
        if let Some((user, password)) = &self.basic_auth {
            // reqwest marks the header sensitive.
            request = request.basic_auth(user, password.as_ref());
        }
        // Set on each request, not only on the client: reqwest's blocking client bounds each
        // read of the body by the client's timeout anew, so an agent that trickles its answer
        // a byte at a time would hold us for ever; a request's own timeout covers the body too.
        let mut timeout = extra.timeout.unwrap_or(self.request_timeout);
        if let Some(cutoff) = cutoff {
            // A wait's deadline is kept whatever --request-timeout says, and a blocking read
            // asked to wait past it is cut there (a zero timeout would mean none at all).
            let left = (cutoff.at + cutoff.grace).saturating_duration_since(started);
            timeout = timeout.min(left.max(Duration::from_millis(1)));
        }
        request = request.timeout(timeout);
        if let Some(body) = &extra.body {
            request = request
                .header(CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        let response = request.send().map_err(|e| {
            if e.is_builder() {
                ApiError::unsendable(shown, length, &e)
            } else {
                ApiError::from_reqwest(shown, e)
            }
        })?;
        let status = response.status();
        let index = response
            .headers()
            .get("X-Consul-Index")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse().ok());
        let retry_after = if super::retry::honours_retry_after(status.as_u16()) {
            response
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|header| {
                    super::retry::retry_after(header, std::time::SystemTime::now())
                        .map(|asked| (asked, header.trim().to_string()))
                })
        } else {
            None
        };
        let bytes = read_body(response, shown, self.max_answer)?;
        if let Some(log) = &self.log {
            log(&format!(
                "< {} in {} ms, {} bytes",
                status,
                started.elapsed().as_millis(),
                bytes.len()
            ));
        }
        if status.is_success() {
            Ok(Answer { body: bytes, index })
        } else {
            Err(Failure {
                error: ApiError::Status {
                    status: status.as_u16(),
                    body: String::from_utf8_lossy(&bytes).trim().to_string(),
                },
                retry_after,
            })
        }
    }
}

/// A blocking read tried again after a failure asks without its index and wait: the agent may
/// have restarted meanwhile, its indexes starting over lower, and it would hold a read for an
/// index it has not reached for the whole wait. Answered at once, the read gives the index to
/// wait past anew (`None`: not a blocking read).
fn without_index(url: &Url) -> Option<Url> {
    if !url.query_pairs().any(|(key, _)| key == "index") {
        return None;
    }
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(key, _)| key != "index" && key != "wait")
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    let mut plain = url.clone();
    plain.set_query(None);
    if !kept.is_empty() {
        plain.query_pairs_mut().extend_pairs(kept);
    }
    Some(plain)
}

/// A request body for the verbose log: the value of any `Token` field (a prepared query's stored
/// ACL token) and of any credential header of a check is replaced, at any depth.
fn redacted_body(body: &[u8]) -> String {
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(mut value) => {
            super::models::each_token(&mut value, &mut |token| {
                *token = serde_json::Value::String("<redacted>".into());
            });
            super::without_secret_headers(&value).to_string()
        }
        // We only send JSON; anything else is shown by size alone.
        Err(_) => format!("<{} bytes>", body.len()),
    }
}
