//! Every reusable value parser: what a flag's text must be, checked before anything is sent,
//! with the offending value named and a hint. clap calls these; commands name them in their
//! `#[arg(value_parser = …)]`, or get them from a field's type (`Id<…>`, `PositiveDuration`).

mod id;

use std::fmt;
use std::time::Duration;

use reqwest::Url;

#[cfg(test)]
pub(crate) use id::id;
pub use id::{
    names_of, CheckId, Id, IdKind, Identifier, IgnoredCheckId, MemberName, Names, NewName, OtherId,
    QueryRef, ServiceId, TtlCheckId,
};

use crate::input::shown;
use crate::secret::Secret;

/// Where a prepared query fails over to (`--failover-target`): a cluster peer or a datacenter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FailoverTarget {
    Peer(String),
    Datacenter(String),
}

impl fmt::Display for FailoverTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FailoverTarget::Peer(name) => write!(f, "peer:{name}"),
            FailoverTarget::Datacenter(name) => write!(f, "dc:{name}"),
        }
    }
}

/// `peer:NAME` or `dc:NAME`.
pub fn failover_target(text: &str) -> Result<FailoverTarget, String> {
    match text.split_once(':') {
        Some(("peer", name)) => peer_name(name).map(FailoverTarget::Peer),
        Some(("dc", name)) => datacenter(name).map(FailoverTarget::Datacenter),
        _ => Err(format!(
            "{} is not a failover target: write peer:NAME (a cluster peer) or dc:NAME (a datacenter), e.g. peer:cluster-02 or dc:dc2",
            shown(text)
        )),
    }
}

/// A cluster peering name: Consul takes lowercase DNS labels (letters, digits and '-', at most
/// 63 characters, no '-' at either end).
pub fn peer_name(text: &str) -> Result<String, String> {
    let label = !text.is_empty()
        && text.len() <= 63
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !text.starts_with('-')
        && !text.ends_with('-');
    if !label {
        return Err(format!(
            "{} is not a peer name (lowercase letters, digits and '-', at most 63, e.g. cluster-02); see `consul peering list`",
            shown(text)
        ));
    }
    Ok(text.to_string())
}

/// A Go-syntax duration above zero, with the words it was typed in: Consul gets those words,
/// consulctl's own timers the [`Duration`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositiveDuration {
    pub text: String,
    pub value: Duration,
}

impl PositiveDuration {
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl From<PositiveDuration> for String {
    fn from(duration: PositiveDuration) -> String {
        duration.text
    }
}

impl clap::builder::ValueParserFactory for PositiveDuration {
    type Parser = fn(&str) -> Result<PositiveDuration, String>;

    fn value_parser() -> Self::Parser {
        positive_duration
    }
}

/// The one parser of durations that must be above zero.
pub fn positive_duration(text: &str) -> Result<PositiveDuration, String> {
    match crate::duration::parse(text)? {
        d if d.is_zero() => Err(format!(
            "{text:?} is zero: give a positive duration such as 10s"
        )),
        value => Ok(PositiveDuration {
            text: text.to_string(),
            value,
        }),
    }
}

/// How long a blocking read may wait: positive, and within Consul's 10-minute cap.
pub fn wait_duration(text: &str) -> Result<Duration, String> {
    match positive_duration(text)?.value {
        d if d > Duration::from_secs(600) => Err(format!(
            "{text:?} is longer than Consul's 10m limit for a blocking read"
        )),
        d => Ok(d),
    }
}

/// A prepared query's DNS TTL: Consul keeps it as text and parses it with Go's rules; empty
/// means the agent's default.
pub fn dns_ttl(text: &str) -> Result<String, String> {
    if text.is_empty() {
        return Ok(String::new());
    }
    crate::duration::parse(text)?;
    Ok(text.to_string())
}

/// A byte count: plain bytes, or a number with KiB, MiB or GiB (any case; K, M, G too).
pub fn size(text: &str) -> Result<u64, String> {
    let trimmed = text.trim();
    let split = trimmed
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(trimmed.len());
    let (number, unit) = trimmed.split_at(split);
    let hint = "give bytes or a whole number with KiB, MiB or GiB, such as 64MiB";
    let number: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a size: {hint}"))?;
    let scale: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        _ => return Err(format!("{text:?} has an unknown unit: {hint}")),
    };
    match number.checked_mul(scale) {
        Some(0) => Err(format!("{text:?} is zero: {hint}")),
        Some(bytes) => Ok(bytes),
        None => Err(format!("{text:?} is too large: {hint}")),
    }
}

/// `true`/`false` in Go's `strconv.ParseBool` spelling, as the variables that go with these
/// flags.
pub fn go_bool(text: &str) -> Result<bool, String> {
    crate::config::parse_go_bool(text)
        .ok_or_else(|| format!("{text:?} is not a boolean: use true or false"))
}

/// A token or password: secret from the start, so that no `Debug` of the command line shows
/// it; the config checks it and says how it was given.
pub fn secret(text: &str) -> Result<Secret, String> {
    Ok(Secret::from(text))
}

/// A whole number of 0 or more (`--failover-nearest`).
pub fn count(text: &str) -> Result<u32, String> {
    match text.trim().parse::<i64>() {
        Ok(n) if n < 0 => Err(format!(
            "{text:?} is negative: give 0 or more (0 turns nearest-datacenter failover off)"
        )),
        Ok(n) => u32::try_from(n).map_err(|_| format!("{text:?} is too large")),
        Err(_) => Err(format!("{text:?} is not a whole number such as 3")),
    }
}

/// A number of instances, 0 or more (`--min`, `--max` of a wait).
pub fn instances(text: &str) -> Result<u32, String> {
    match text.trim().parse::<i64>() {
        Ok(n) if n < 0 => Err(format!(
            "{text:?} is negative: give a number of instances, 0 or more"
        )),
        Ok(n) => u32::try_from(n).map_err(|_| format!("{text:?} is too large")),
        Err(_) => Err(format!("{text:?} is not a whole number such as 2")),
    }
}

/// Text that is not blank and stays on one line.
pub fn non_empty(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err("it is empty".to_string());
    }
    if text.chars().any(char::is_control) {
        return Err(format!("{text:?} holds control characters"));
    }
    Ok(text.to_string())
}

/// A service tag: not empty (an unset variable: `--tag "$T"`) and on one line.
pub fn service_tag(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err("a tag cannot be empty".to_string());
    }
    if text.chars().any(char::is_control) {
        return Err(format!("{} holds control characters", shown(text)));
    }
    Ok(text.to_string())
}

/// A prepared query's tag filter: `TAG` to require it, `!TAG` to exclude it.
pub fn query_tag(text: &str) -> Result<String, String> {
    let name = non_empty(text)?;
    if name.trim_start_matches('!').trim().is_empty() {
        return Err(format!(
            "{text:?} names no tag: write TAG to require it or !TAG to exclude it"
        ));
    }
    Ok(name)
}

/// `KEY=VALUE` for metadata (split at the first `=`; the value may be empty, the key may not).
/// Keys follow Consul's rule for metadata keys (letters, digits, '-' and '_', at most 128),
/// which it checks on every node and service: a key it would refuse could never match either.
pub fn key_value(text: &str) -> Result<(String, String), String> {
    let (key, value) = match text.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() => (k.trim(), v),
        _ => {
            return Err(format!(
                "{} is not KEY=VALUE (for example version=1.2)",
                shown(text)
            ))
        }
    };
    if let Some(bad) = key
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(format!(
            "{}: the key {} holds {bad:?}; metadata keys have letters, digits, '-' and '_' only",
            shown(text),
            shown(key)
        ));
    }
    if key.len() > 128 {
        return Err(format!(
            "{}: the key is {} bytes long; Consul takes at most 128",
            shown(text),
            key.len()
        ));
    }
    Ok((key.to_string(), value.to_string()))
}

/// `Name: value`, as HTTP writes headers.
pub fn header(text: &str) -> Result<(String, String), String> {
    let (name, value) = text
        .split_once(':')
        .ok_or_else(|| format!("{text:?} is not a header: write it as 'Name: value'"))?;
    let name = name.trim();
    let token_char = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    if name.is_empty() || !name.chars().all(token_char) {
        return Err(format!("{name:?} is not a valid header name (in {text:?})"));
    }
    // A newline would end the header early when the agent sends it (or smuggle another one).
    if value.chars().any(char::is_control) {
        return Err(format!(
            "the value of header {name:?} holds a control character (in {text:?}): give one header a flag"
        ));
    }
    Ok((name.to_string(), value.trim().to_string()))
}

/// An HTTP method such as GET, in capitals.
pub fn http_method(text: &str) -> Result<String, String> {
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(format!(
            "{text:?} is not an HTTP method such as GET, POST or HEAD"
        ));
    }
    Ok(text.to_ascii_uppercase())
}

/// A datacenter name: letters, digits, '-', '_' and '.'.
pub fn datacenter(text: &str) -> Result<String, String> {
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
    {
        return Err(format!(
            "{} is not a datacenter name (letters, digits, '-', '_' and '.', e.g. dc2)",
            shown(text)
        ));
    }
    Ok(text.to_string())
}

/// `host:port` with a port from 1 to 65535 (IPv6 hosts in brackets).
pub fn host_port(text: &str) -> Result<String, String> {
    let (host, port) = text
        .rsplit_once(':')
        .ok_or_else(|| format!("{text:?} has no port: write HOST:PORT, e.g. 127.0.0.1:8080"))?;
    if host.is_empty() || host.contains(char::is_whitespace) || host.contains('/') {
        return Err(format!(
            "{text:?} has no usable host: write HOST:PORT, e.g. 127.0.0.1:8080"
        ));
    }
    if host.contains(':') && !(host.starts_with('[') && host.ends_with(']')) {
        return Err(format!(
            "{text:?}: put an IPv6 host in brackets, e.g. [::1]:8080"
        ));
    }
    match port.parse::<u16>() {
        Ok(p) if p >= 1 => Ok(text.to_string()),
        _ => Err(format!(
            "{port:?} in {text:?} is not a port from 1 to 65535"
        )),
    }
}

/// An address to join: `HOST` or `HOST:PORT` (IPv6 in brackets when a port follows).
pub fn join_address(text: &str) -> Result<String, String> {
    if text.starts_with('[') != text.contains(']') {
        return Err(format!(
            "{text:?} has a '[' without its ']' or the reverse: write [IPv6] or [IPv6]:PORT"
        ));
    }
    let colons = text.matches(':').count();
    if text.contains("]:") || colons == 1 {
        return host_port(text);
    }
    let host = text.trim_start_matches('[').trim_end_matches(']');
    let bad_v6 = colons > 1 && host.parse::<std::net::Ipv6Addr>().is_err();
    if host.is_empty() || bad_v6 || host.contains(['/', ' ', '?', '#', '[', ']']) {
        return Err(format!("{text:?} is not HOST or HOST:PORT"));
    }
    Ok(text.to_string())
}

/// A service's host name or IP address, without a scheme or a port: Consul takes any text
/// here, and DNS and every client then get an address that does not work.
pub fn service_address(text: &str) -> Result<String, String> {
    let shown = shown(text);
    if text.trim().is_empty() {
        return Err(format!(
            "{shown} is empty: leave --address out for the node's address"
        ));
    }
    if text.contains("://") || text.contains(['/', '?', '#']) {
        return Err(format!(
            "{shown} is not a host name or IP address (no scheme or path: e.g. 10.0.0.5)"
        ));
    }
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("{shown} holds a space or control character"));
    }
    let unbracketed = text.trim_start_matches('[').trim_end_matches(']');
    let is_ipv6 = unbracketed.parse::<std::net::Ipv6Addr>().is_ok();
    if !is_ipv6 && text.contains(':') {
        return Err(format!(
            "{shown} holds a port or ':': give the host alone and the port with --port"
        ));
    }
    Ok(text.to_string())
}

/// A gRPC check target: `host:port`, optionally followed by `/service.Name`.
pub fn grpc_target(text: &str) -> Result<String, String> {
    let address = text.split_once('/').map_or(text, |(a, _)| a);
    host_port(address)?;
    Ok(text.to_string())
}

/// An http:// or https:// URL with a host.
pub fn http_url(text: &str) -> Result<String, String> {
    let url = Url::parse(text)
        .map_err(|e| format!("{text:?} is not a URL ({e}): e.g. http://127.0.0.1:8080/health"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(format!(
            "{text:?} is not an http:// or https:// URL with a host"
        ));
    }
    Ok(text.to_string())
}

/// Consul compiles template expressions with Go's regexp package (RE2 syntax); regex-syntax
/// parses the same language, so a mistake is caught before anything is sent.
pub fn go_regexp(text: &str) -> Result<String, String> {
    if text.is_empty() {
        return Err("it is empty: give the expression a regexp template matches".to_string());
    }
    // The errors' own Display draws the expression and a caret over several lines: keep to the
    // kind and where.
    let invalid = |kind: &dyn fmt::Display, at: usize| {
        format!("{text:?} is not a valid regular expression: {kind} (at byte {at})")
    };
    let hir = regex_syntax::Parser::new()
        .parse(text)
        .map_err(|e| match e {
            regex_syntax::Error::Parse(e) => invalid(e.kind(), e.span().start.offset),
            regex_syntax::Error::Translate(e) => invalid(e.kind(), e.span().start.offset),
            other => format!(
                "{text:?} is not a valid regular expression: {}",
                crate::error::one_line(&other.to_string())
            ),
        })?;
    if let Some(count) = largest_repeat(&hir).filter(|n| *n > GO_MAX_REPEAT) {
        return Err(format!(
            "{text:?} repeats {count} times; Go's regexp allows at most {GO_MAX_REPEAT}"
        ));
    }
    Ok(text.to_string())
}

/// Go's regexp refuses counted repetitions above this (`a{1001}`).
const GO_MAX_REPEAT: u32 = 1000;

fn largest_repeat(hir: &regex_syntax::hir::Hir) -> Option<u32> {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Repetition(r) => {
            let own = r.max.unwrap_or(r.min).max(r.min);
            Some(largest_repeat(&r.sub).map_or(own, |inner| inner.max(own)))
        }
        HirKind::Capture(c) => largest_repeat(&c.sub),
        HirKind::Concat(items) | HirKind::Alternation(items) => {
            items.iter().filter_map(largest_repeat).max()
        }
        _ => None,
    }
}

/// A set of exit codes, from `1,3-5`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Codes(Vec<(i32, i32)>);

impl Codes {
    pub fn contains(&self, code: i32) -> bool {
        self.0
            .iter()
            .any(|(from, to)| (*from..=*to).contains(&code))
    }
}

pub fn codes(text: &str) -> Result<Codes, String> {
    let code = |part: &str| match part.trim().parse::<i32>() {
        Ok(n) if (0..=255).contains(&n) => Ok(n),
        _ => Err(format!(
            "{part:?} in {text:?} is not an exit code from 0 to 255 (write e.g. 1,3-5)"
        )),
    };
    let mut ranges = Vec::new();
    for part in text.split(',') {
        let range = match part.split_once('-') {
            Some((from, to)) => (code(from)?, code(to)?),
            None => (code(part)?, code(part)?),
        };
        if range.0 > range.1 {
            return Err(format!("{part:?} in {text:?} is an empty range"));
        }
        ranges.push(range);
    }
    Ok(Codes(ranges))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_value_splits_at_first_equals() {
        assert_eq!(key_value("a=b=c"), Ok(("a".into(), "b=c".into())));
        assert_eq!(key_value("a="), Ok(("a".into(), "".into())));
        assert!(key_value("=b").is_err());
        assert!(key_value("ab").unwrap_err().contains("\"ab\""));
    }

    #[test]
    fn headers() {
        assert_eq!(header("X-A: 1: 2"), Ok(("X-A".into(), "1: 2".into())));
        assert!(header("nocolon").is_err());
        assert!(header("bad name: v").is_err());
    }

    #[test]
    fn host_ports() {
        assert!(host_port("127.0.0.1:80").is_ok());
        assert!(host_port("[::1]:80").is_ok());
        assert!(host_port("db.local:5432").is_ok());
        for bad in [
            "127.0.0.1",
            "127.0.0.1:0",
            "127.0.0.1:70000",
            ":80",
            "::1:80",
            "a b:1",
        ] {
            assert!(host_port(bad).is_err(), "{bad}");
        }
        assert!(grpc_target("127.0.0.1:9000/health.v1").is_ok());
    }

    #[test]
    fn urls() {
        assert!(http_url("http://127.0.0.1:8080/health").is_ok());
        assert!(http_url("ftp://x/").is_err());
        assert!(http_url("127.0.0.1:8080").is_err());
    }

    #[test]
    fn positive_durations_keep_their_words() {
        let d = positive_duration("1m30s").unwrap();
        assert_eq!(
            (d.text.as_str(), d.value),
            ("1m30s", Duration::from_secs(90))
        );
        for zero in ["0", "0s", "0h0m"] {
            let e = positive_duration(zero).unwrap_err();
            assert!(e.contains("is zero: give a positive duration"), "{e}");
        }
        assert!(wait_duration("11m").unwrap_err().contains("10m limit"));
        assert!(wait_duration("0").unwrap_err().contains("is zero"));
    }

    #[test]
    fn sizes() {
        assert_eq!(size("1048576"), Ok(1 << 20));
        assert_eq!(size("32MiB"), Ok(32 << 20));
        assert_eq!(size("512 kib"), Ok(512 << 10));
        assert_eq!(size("2G"), Ok(2 << 30));
        for bad in [
            "",
            "0",
            "MiB",
            "1.5MiB",
            "10MB",
            "-1",
            "99999999999999999999GiB",
        ] {
            let err = size(bad).unwrap_err();
            assert!(err.contains(&format!("{bad:?}")), "{err}");
        }
        assert_eq!(
            size(crate::config::DEFAULT_MAX_ANSWER_SIZE),
            Ok(crate::config::DEFAULT_MAX_ANSWER)
        );
        assert_eq!(
            positive_duration(crate::config::DEFAULT_REQUEST_TIMEOUT).map(|d| d.value),
            Ok(crate::config::DEFAULT_TIMEOUT)
        );
    }

    #[test]
    fn dns_ttl_uses_go_durations() {
        assert_eq!(dns_ttl("10s").as_deref(), Ok("10s"));
        assert_eq!(dns_ttl("").as_deref(), Ok(""));
        assert!(dns_ttl("abc").is_err());
        assert!(dns_ttl("30").is_err());
    }

    #[test]
    fn regexps_are_checked_locally() {
        assert!(go_regexp("^geo-db-(.*?)-([^-]*)$").is_ok());
        assert!(go_regexp(r"^(\p{L}+)$").is_ok());
        assert!(go_regexp(r"\p{Foo}").unwrap_err().contains("Foo"));
        // Found by fuzzing: errors of the translation step came with regex-syntax's drawing of
        // the expression, over several lines.
        let e = go_regexp(r"\P<").unwrap_err();
        assert_eq!(
            e,
            r#""\\P<" is not a valid regular expression: Unicode property not found (at byte 0)"#
        );
        assert!(go_regexp("a{1001}").unwrap_err().contains("1000"));
        assert!(go_regexp("a{2,1000}").is_ok());
        let e = go_regexp("^(unclosed").unwrap_err();
        assert!(e.contains("^(unclosed") && e.contains("byte"), "{e}");
    }

    #[test]
    fn counts_name_negative_values() {
        assert_eq!(count("3"), Ok(3));
        assert!(count("-1").unwrap_err().contains("negative"));
        assert!(count("x").unwrap_err().contains("\"x\""));
    }

    #[test]
    fn tags_need_a_name() {
        assert!(query_tag("!").is_err());
        assert_eq!(query_tag("!canary").as_deref(), Ok("!canary"));
    }

    #[test]
    fn codes_parse_lists_and_ranges() {
        assert!(codes("1,3-5").unwrap().contains(4));
        assert!(codes("256").is_err());
        assert!(codes("5-3").is_err());
        assert!(codes("x").unwrap_err().contains("\"x\""));
    }
}
