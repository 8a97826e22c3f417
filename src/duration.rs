//! Durations in Go's syntax, as Consul parses them (`10s`, `1m30s`, `500ms`, `1.5h`; a bare number
//! is an error except `0`). Parsing is go-parse-duration's port of Go's `time.ParseDuration`; this
//! file only guards its input and words the errors.

use std::time::Duration;

/// Longer strings are no duration a person means, and the parser is quadratic in length.
const MAX_LEN: usize = 64;

/// Parses a non-negative Go duration, or says in plain words why `text` is not one.
pub fn parse(text: &str) -> Result<Duration, String> {
    let hint = "use Go's syntax such as 10s, 1m30s, 500ms or 1.5h";
    if text.is_empty() {
        return Err(format!("empty duration: {hint}"));
    }
    if text.len() > MAX_LEN {
        return Err(format!(
            "duration is {} characters long: {hint}",
            text.len()
        ));
    }
    // Go accepts the micro sign and the Greek mu for microseconds; the parser underneath indexes
    // by byte, so it only ever sees ASCII.
    let ascii = text.replace(['µ', 'μ'], "u");
    if !ascii.is_ascii() {
        return Err(format!("invalid duration {text:?}: {hint}"));
    }
    if ascii.bytes().all(|b| b.is_ascii_digit()) && ascii != "0" {
        return Err(format!(
            "missing unit in duration {text:?}: did you mean {text}s? ({hint})"
        ));
    }
    if let Some(hours) = in_hours(&ascii) {
        return Err(format!(
            "invalid duration {text:?}: Go's durations have no days or weeks; did you mean {hours}h?"
        ));
    }
    let nanos = go_parse_duration::parse_duration(&ascii)
        .map_err(|_| format!("invalid duration {text:?}: {hint}"))?;
    u64::try_from(nanos)
        .map(Duration::from_nanos)
        .map_err(|_| format!("negative duration {text:?}: give a positive one such as 10s"))
}

/// `1d`, `2.5d` or `1w` in hours, as Go's syntax must write them: the largest unit it has.
fn in_hours(text: &str) -> Option<String> {
    let (number, hours_per_unit) = match text.as_bytes().last()? {
        b'd' => (&text[..text.len() - 1], 24.0),
        b'w' => (&text[..text.len() - 1], 168.0),
        _ => return None,
    };
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let hours = number.parse::<f64>().ok()? * hours_per_unit;
    hours.is_finite().then(|| format!("{hours}"))
}

/// Formats a duration the way Go prints it (`1m30s`, `500ms`), for messages.
pub fn display(d: Duration) -> String {
    let ms = d.as_millis();
    if ms < 1000 {
        return format!("{ms}ms");
    }
    let secs = d.as_secs_f64();
    let (h, rem) = ((secs / 3600.0).floor(), secs % 3600.0);
    let (m, s) = ((rem / 60.0).floor(), rem % 60.0);
    let mut out = String::new();
    if h > 0.0 {
        out.push_str(&format!("{h}h"));
    }
    if h > 0.0 || m > 0.0 {
        out.push_str(&format!("{m}m"));
    }
    let s = (s * 1000.0).round() / 1000.0;
    out.push_str(&format!("{s}s"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_go_syntax() {
        assert_eq!(parse("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse("1m30s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse("1.5h"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse("0"), Ok(Duration::ZERO));
        assert_eq!(parse("3µs"), Ok(Duration::from_micros(3)));
        assert_eq!(parse("3μs"), Ok(Duration::from_micros(3)));
        assert_eq!(parse("+5s"), Ok(Duration::from_secs(5)));
    }

    #[test]
    fn rejects_what_consul_rejects() {
        for bad in [
            "", "30", "abc", "10x", "1d", "s", ".s", "-1s", "10 s", "5é1s", "1h-1m",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should be rejected");
        }
        assert!(parse("30").unwrap_err().contains("did you mean 30s"));
        assert_eq!(
            parse("1d").unwrap_err(),
            "invalid duration \"1d\": Go's durations have no days or weeks; did you mean 24h?"
        );
        assert!(parse("1.5d").unwrap_err().ends_with("did you mean 36h?"));
        assert!(parse("2w").unwrap_err().ends_with("did you mean 336h?"));
        assert!(!parse("1h1d").unwrap_err().contains("did you mean"));
        assert!(parse(&"9".repeat(200)).is_err());
        assert!(parse("99999999999999999999h").is_err());
    }

    #[test]
    fn displays_like_go() {
        assert_eq!(display(Duration::from_millis(250)), "250ms");
        assert_eq!(display(Duration::from_secs(10)), "10s");
        assert_eq!(display(Duration::from_secs(90)), "1m30s");
        assert_eq!(display(Duration::from_secs(3600)), "1h0m0s");
    }
}
