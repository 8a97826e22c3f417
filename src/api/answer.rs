//! What comes back: the answer types, and reading an answer's body within its limit.

use std::io::Read;

use reqwest::blocking::Response;
use serde::de::Deserialize;

use super::error::{ApiError, TransportKind};

/// An answer with a 2xx status.
pub struct Answer {
    pub body: Vec<u8>,
    /// `X-Consul-Index`: what a blocking read waits past.
    pub index: Option<u64>,
}

/// A JSON answer kept as Consul sent it: decoded into a model when needed (a repeated key
/// last-wins, as Consul's Go client reads it), and written out as it came for JSON output. Large listings (tens of thousands of checks, thousands of nodes) then
/// cost the answer's bytes plus the few fields a table shows, not a tree of every value.
pub struct JsonAnswer {
    pub(super) body: Vec<u8>,
    /// The URL as shown in messages.
    pub(super) shown: String,
}

impl JsonAnswer {
    /// Decodes the answer into `T`, which may borrow from it.
    pub fn decode<'a, T: Deserialize<'a>>(&'a self) -> Result<T, ApiError> {
        super::decode::from_answer(&self.body).map_err(|e| ApiError::Decode {
            url: self.shown.clone(),
            detail: e.to_string(),
        })
    }

    /// Decodes one part of the answer (a list item kept as a [`serde_json::value::RawValue`]).
    pub fn decode_part<'a, T: Deserialize<'a>>(&self, part: &'a str) -> Result<T, ApiError> {
        super::decode::from_answer(part.as_bytes()).map_err(|e| ApiError::Decode {
            url: self.shown.clone(),
            detail: e.to_string(),
        })
    }

    /// The answer's bytes, as Consul sent them.
    pub fn bytes(&self) -> &[u8] {
        &self.body
    }
}

/// Reads the whole answer, but never more than `limit` bytes: a larger answer is refused
/// before it can take the memory, whether its length is announced or not.
pub(super) fn read_body(response: Response, shown: &str, limit: u64) -> Result<Vec<u8>, ApiError> {
    let announced = response.content_length();
    let too_large = || ApiError::TooLarge {
        url: shown.to_string(),
        limit,
    };
    if announced.is_some_and(|len| len > limit) {
        return Err(too_large());
    }
    // Room for the whole announced answer at once (it is within the limit): growing by doubling
    // would hold up to twice a large answer's size. Up to 64 MiB only: a length is a claim, and
    // a raised --max-answer-size must not let a server make us reserve what it never sends.
    let reserve = announced.unwrap_or(0).min(64 << 20);
    let mut bytes = Vec::with_capacity(reserve as usize);
    response
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| body_error(&e, shown, bytes.len(), announced))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Reading the answer's body failed after `got` bytes: the request timeout ran out while the
/// agent was still sending, or the connection broke.
fn body_error(e: &std::io::Error, shown: &str, got: usize, announced: Option<u64>) -> ApiError {
    // reqwest hands its own error inside the io::Error; its words for the layers ("error
    // decoding response body") say nothing, the causes below them do.
    let inner = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<reqwest::Error>());
    let timed_out =
        e.kind() == std::io::ErrorKind::TimedOut || inner.is_some_and(reqwest::Error::is_timeout);
    let of = announced.map_or(String::new(), |len| format!(" of {len}"));
    if timed_out {
        return ApiError::Transport {
            url: shown.to_string(),
            kind: TransportKind::Timeout,
            detail: format!("the answer stopped after {got}{of} bytes"),
        };
    }
    // The deepest cause says what happened ("end of file before message length reached");
    // the layers above it only say where.
    let mut cause: &dyn std::error::Error = e;
    while let Some(source) = cause.source() {
        cause = source;
    }
    ApiError::Transport {
        url: shown.to_string(),
        kind: TransportKind::CutOff,
        detail: format!("cut off after {got}{of} bytes: {cause}"),
    }
}
