//! Rendering: tables for people, JSON for programs. Handlers hand rows or values to this module
//! and never format output themselves.

pub mod dry_run;
mod json;
pub mod shell;
mod table;

pub use json::{answer_object, json, json_answer, json_answer_list};
pub use table::{table, table_of, Text};

use std::borrow::Cow;
use std::io::{self, Write};

/// How output looks, decided once from the config.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub pretty_json: bool,
    pub fit_terminal: bool,
}

/// Text from Consul as one line a terminal shows as it is: line breaks and tabs become spaces,
/// and other control characters (a check's output may hold terminal escapes, which would
/// recolour or move the operator's cursor) are written out as `\u{1b}`.
fn plain_line(text: &str) -> Cow<'_, str> {
    // C0 controls, DEL, and the lead bytes of the C1 controls (U+0080 to U+009F) and of the
    // bidirectional overrides and line separators (U+2028 to U+2069).
    if !text
        .bytes()
        .any(|b| b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2)
    {
        return text.into();
    }
    let mut line = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => line.push(' '),
            // Bidi overrides and isolates reorder what follows them on the screen.
            '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
                line.extend(c.escape_unicode())
            }
            c if c.is_control() => line.extend(c.escape_unicode()),
            c => line.push(c),
        }
    }
    line.into()
}

/// `text` with its first letter in upper case, to begin a sentence.
pub fn capitalized(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// A word Consul sent (a check type, a datacenter) as it may stand in a one-line message: as it
/// is when plain, quoted and escaped when it holds control characters or line breaks.
pub fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    if text
        .chars()
        .any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'))
    {
        format!("{text:?}").into()
    } else {
        text.into()
    }
}

/// `host:port` as a person or a pipeline reads it back: an IPv6 address goes in brackets, so
/// the port stays separable (`[::1]:8500`); a host already in brackets is left as it is.
pub fn host_port(host: &str, port: impl std::fmt::Display) -> String {
    if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// Whether `host` could be handed on as where to connect: an IP address (IPv6 in brackets or
/// not, with a zone or not) or a DNS name of letters, digits, `-` and `_`. Consul takes any
/// text as a service's or node's Address; a line break in one would add a backend nobody
/// registered to a line-oriented list, and a leading `-` would read as an option to the
/// program it is handed to.
pub fn plausible_host(host: &str) -> bool {
    let bracketed = host.strip_prefix('[').and_then(|h| h.strip_suffix(']'));
    let inner = bracketed.unwrap_or(host);
    let (address, zone) = match inner.split_once('%') {
        Some((address, zone)) => (address, Some(zone)),
        None => (inner, None),
    };
    if let Some(zone) = zone {
        return address.parse::<std::net::Ipv6Addr>().is_ok()
            && !zone.is_empty()
            && zone
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    }
    if address.parse::<std::net::IpAddr>().is_ok() {
        return bracketed.is_none() || address.contains(':');
    }
    let name = address.strip_suffix('.').unwrap_or(address);
    bracketed.is_none()
        && !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
        })
}

/// An address as a table cell: as it is when it is a [`plausible_host`], otherwise quoted and
/// escaped, so that a line break or a space in it is seen for what it is.
pub fn address_cell(host: &str) -> String {
    if plausible_host(host) {
        host.to_string()
    } else {
        crate::input::shown(host)
    }
}

/// Writes `key: value` lines, aligned, for single objects such as `agent self`.
pub fn fields(out: &mut dyn Write, pairs: &[(&str, String)]) -> io::Result<()> {
    let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (key, value) in pairs {
        let value = plain_line(value);
        writeln!(out, "{}", format!("{key:<width$}  {value}").trim_end())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_from_consul_are_escaped_only_when_not_plain() {
        assert_eq!(shown("dc1"), "dc1");
        assert_eq!(shown("dc\n1"), "\"dc\\n1\"");
        assert_eq!(shown("\u{1b}[31m"), "\"\\u{1b}[31m\"");
    }

    #[test]
    fn ipv6_hosts_are_bracketed_before_a_port() {
        assert_eq!(host_port("10.0.0.1", 8080), "10.0.0.1:8080");
        assert_eq!(host_port("::1", 8301), "[::1]:8301");
        assert_eq!(host_port("fe80::1%eth0", 1u16), "[fe80::1%eth0]:1");
        assert_eq!(host_port("[::1]", 8500), "[::1]:8500");
        assert_eq!(host_port("node.example", "8500"), "node.example:8500");
    }

    #[test]
    fn only_addresses_and_host_names_are_plausible_hosts() {
        for host in [
            "10.0.0.1",
            "::1",
            "[::1]",
            "fe80::1%eth0",
            "[fe80::1%eth0]",
            "node.example",
            "node.example.",
            "web_1.service.consul",
            "localhost",
        ] {
            assert!(plausible_host(host), "{host}");
        }
        for host in [
            "",
            "10.0.0.1\n6.6.6.6",
            "10.0.0.1 6.6.6.6",
            "\u{1b}[31mred",
            "-oProxyCommand=x",
            "a..b",
            "[10.0.0.1]",
            "[node.example]",
            "10.0.0.1:80",
            "fe80::1%",
            "fe80::1%eth0\n",
            "bücher.example",
            &"a".repeat(64),
        ] {
            assert!(!plausible_host(host), "{host:?}");
        }
        assert_eq!(address_cell("10.0.0.1"), "10.0.0.1");
        assert_eq!(address_cell("10.0.0.1\n6.6.6.6"), "\"10.0.0.1\\n6.6.6.6\"");
    }
}

/// Consul Enterprise's Namespace and Partition columns: each is added to a table only when some
/// row holds a value other than the default (`default`, or none on Community Edition), so that
/// Community answers read as they always did.
#[derive(Debug, Clone, Copy)]
pub struct TenancyColumns {
    namespace: bool,
    partition: bool,
}

impl TenancyColumns {
    /// The columns the rows' `(namespace, partition)` pairs call for.
    pub fn of<'a>(rows: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut columns = TenancyColumns {
            namespace: false,
            partition: false,
        };
        for (namespace, partition) in rows {
            columns.namespace |= !crate::api::models::is_default_tenancy(namespace);
            columns.partition |= !crate::api::models::is_default_tenancy(partition);
        }
        columns
    }

    /// `headers`, with the columns' headers after them.
    pub fn headers<'h>(&self, headers: &[&'h str]) -> Vec<&'h str> {
        let mut all = headers.to_vec();
        if self.namespace {
            all.push("Namespace");
        }
        if self.partition {
            all.push("Partition");
        }
        all
    }

    /// `row`, with the row's namespace and partition after it where the columns are shown.
    pub fn row<'a>(
        &self,
        mut row: Vec<Text<'a>>,
        namespace: &'a str,
        partition: &'a str,
    ) -> Vec<Text<'a>> {
        if self.namespace {
            row.push(Text::from(namespace));
        }
        if self.partition {
            row.push(Text::from(partition));
        }
        row
    }
}

/// An instance's checks in a word: "2 passing, 1 warning", coloured by the worst status, or
/// "no checks".
pub fn health_summary<'s>(statuses: impl Iterator<Item = &'s str> + Clone) -> Text<'static> {
    let mut parts = Vec::new();
    let mut worst = "passing";
    for word in ["passing", "warning", "critical", "maintenance"] {
        let count = statuses.clone().filter(|s| *s == word).count();
        if count > 0 {
            parts.push(format!("{count} {word}"));
            worst = word;
        }
    }
    if parts.is_empty() {
        return Text::from("no checks");
    }
    Text::status_colored(parts.join(", "), worst)
}

/// Writes `path` whole: a new file at `partial` (beside it, in the same folder), renamed over
/// it, so that a crash or a full disk never leaves half a file. With `mode`, the new file is
/// created with it (a file that may hold a token is never readable by others, not even for a
/// moment) and then given exactly it; without, it gets the process's default.
pub fn replace_file(
    path: &std::path::Path,
    partial: &std::path::Path,
    text: &[u8],
    mode: Option<u32>,
) -> io::Result<()> {
    // One left by an interrupted write is replaced.
    match std::fs::remove_file(partial) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if let Some(mode) = mode {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(mode);
    }
    let written = options.open(partial).and_then(|mut file| {
        #[cfg(unix)]
        if let Some(mode) = mode {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(mode))?;
        }
        file.write_all(text)?;
        std::fs::rename(partial, path)
    });
    if written.is_err() {
        let _ = std::fs::remove_file(partial);
    }
    written
}
