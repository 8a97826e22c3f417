//! Rendering: tables for people, JSON for programs. Handlers hand rows or values to this module
//! and never format output themselves.

pub mod dry_run;

use std::io::{self, Write};

use std::borrow::Cow;

use comfy_table::{presets, Cell, Color, ColumnConstraint, ContentArrangement, Table as Grid};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

/// How output looks, decided once from the config.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub pretty_json: bool,
    pub fit_terminal: bool,
}

/// Writes one JSON document: indented on a terminal, compact otherwise.
pub fn json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T, style: Style) -> io::Result<()> {
    if style.pretty_json {
        serde_json::to_writer_pretty(&mut *out, value)?;
    } else {
        serde_json::to_writer(&mut *out, value)?;
    }
    out.write_all(b"\n")
}

/// Writes a JSON answer as Consul sent it: every string and number exactly as Consul wrote it
/// (a float is never parsed and printed again, which can change its last digit), only the
/// spacing redone: indented on a terminal, compact otherwise. The caller has decoded the answer
/// already, so it is JSON.
pub fn json_answer(out: &mut dyn Write, answer: &[u8], style: Style) -> io::Result<()> {
    json_answer_items(out, None, &[answer], style)
}

/// [`json_answer`] for a list whose items are slices of Consul's answer (put in another order):
/// `[item, item, ...]`, each item as Consul wrote it.
pub fn json_answer_list(out: &mut dyn Write, items: &[&[u8]], style: Style) -> io::Result<()> {
    json_answer_items(out, Some(b"["), items, style)
}

/// An object of Consul's answers, `{"key": answer, ...}`, each answer as Consul wrote it (for
/// [`json_answer`], which redoes only the spacing): for output that joins several answers, one
/// per endpoint or per datacenter.
pub fn answer_object<'a>(entries: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Vec<u8> {
    let mut object = vec![b'{'];
    for (n, (key, answer)) in entries.into_iter().enumerate() {
        if n > 0 {
            object.push(b',');
        }
        let key = serde_json::to_string(key).expect("a string always serializes");
        object.extend_from_slice(key.as_bytes());
        object.push(b':');
        object.extend_from_slice(answer);
    }
    object.push(b'}');
    object
}

fn json_answer_items(
    out: &mut dyn Write,
    list: Option<&[u8]>,
    items: &[&[u8]],
    style: Style,
) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(64 * 1024, out);
    let mut spacing = Spacing {
        pretty: style.pretty_json,
        depth: 0,
        opened: false,
    };
    if let Some(open) = list {
        spacing.token(&mut out, open)?;
    }
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            spacing.token(&mut out, b",")?;
        }
        // Go writes invalid UTF-8 as U+FFFD; an answer decoded without reading a string may
        // still hold some.
        let item = String::from_utf8_lossy(item);
        if style.pretty_json || !compact(item.as_bytes(), &mut out)? {
            respace(item.as_bytes(), &mut spacing, &mut out)?;
        }
    }
    if list.is_some() {
        spacing.token(&mut out, b"]")?;
    }
    out.write_all(b"\n")?;
    out.flush()
}

/// Where the writer is in the document, for the line breaks and indents of pretty output
/// (serde_json's: two spaces, `"key": value`, `[]` and `{}` when empty).
struct Spacing {
    pretty: bool,
    depth: usize,
    /// A `[` or `{` was the last token: a line break comes before the next, unless it closes.
    opened: bool,
}

impl Spacing {
    fn newline(&self, out: &mut impl Write) -> io::Result<()> {
        if self.pretty {
            out.write_all(b"\n")?;
            for _ in 0..self.depth {
                out.write_all(b"  ")?;
            }
        }
        Ok(())
    }

    /// Writes one token (a punctuation byte, or a whole string, number or literal).
    fn token(&mut self, out: &mut impl Write, token: &[u8]) -> io::Result<()> {
        match token {
            b"{" | b"[" => {
                if self.opened {
                    self.newline(out)?;
                }
                out.write_all(token)?;
                self.depth += 1;
                self.opened = true;
            }
            b"}" | b"]" => {
                self.depth = self.depth.saturating_sub(1);
                if !self.opened {
                    self.newline(out)?;
                }
                out.write_all(token)?;
                self.opened = false;
            }
            b"," => {
                out.write_all(token)?;
                self.newline(out)?;
            }
            b":" => out.write_all(if self.pretty { b": " } else { b":" })?,
            _ => {
                if self.opened {
                    self.newline(out)?;
                }
                out.write_all(token)?;
                self.opened = false;
            }
        }
        Ok(())
    }
}

/// Compact output the quick way, for long answers off a terminal: the answer's own bytes in
/// runs, leaving out only the spaces and line breaks between tokens. Returns false, having
/// written nothing, when the answer may hold a surrogate escape (which may be a lone one): the
/// token-by-token path handles those.
fn compact(json: &[u8], out: &mut impl Write) -> io::Result<bool> {
    // A backslash is only ever inside a string; `\\ud800` (an escaped backslash) counts too,
    // which costs only speed.
    let escape_at = |i: usize| json[i] == b'\\' && surrogate_at(json, i) != 0;
    if (0..json.len()).any(escape_at) {
        return Ok(false);
    }
    let mut i = 0;
    let mut run = 0;
    while i < json.len() {
        match json[i] {
            b'"' => {
                i += 1;
                while i < json.len() && json[i] != b'"' {
                    i += if json[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b' ' | b'\t' | b'\n' | b'\r' => {
                out.write_all(&json[run..i])?;
                while i < json.len() && matches!(json[i], b' ' | b'\t' | b'\n' | b'\r') {
                    i += 1;
                }
                run = i;
            }
            _ => i += 1,
        }
    }
    out.write_all(&json[run.min(json.len())..])?;
    Ok(true)
}

/// Splits valid JSON into tokens and writes them through `spacing`; strings, numbers and
/// literals go out byte for byte.
fn respace(json: &[u8], spacing: &mut Spacing, out: &mut impl Write) -> io::Result<()> {
    let mut i = 0;
    while i < json.len() {
        let end = match json[i] {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'{' | b'}' | b'[' | b']' | b',' | b':' => i + 1,
            b'"' => {
                let mut j = i + 1;
                while j < json.len() && json[j] != b'"' {
                    j += if json[j] == b'\\' { 2 } else { 1 };
                }
                (j + 1).min(json.len())
            }
            _ => {
                let mut j = i + 1;
                while j < json.len()
                    && !matches!(
                        json[j],
                        b' ' | b'\t' | b'\n' | b'\r' | b',' | b':' | b'}' | b']'
                    )
                {
                    j += 1;
                }
                j
            }
        };
        let token = &json[i..end];
        if token[0] == b'"' && has_lone_surrogate(token) {
            spacing.token(out, &without_lone_surrogates(token))?;
        } else {
            spacing.token(out, token)?;
        }
        i = end;
    }
    Ok(())
}

/// The surrogate half of a `\uXXXX` escape at `at`: 1 high, 2 low, 0 neither.
fn surrogate_at(text: &[u8], at: usize) -> u8 {
    let Some(hex) = text.get(at..at + 6) else {
        return 0;
    };
    if hex[0] != b'\\' || hex[1] != b'u' {
        return 0;
    }
    match std::str::from_utf8(&hex[2..]).map(|h| u16::from_str_radix(h, 16)) {
        Ok(Ok(0xd800..=0xdbff)) => 1,
        Ok(Ok(0xdc00..=0xdfff)) => 2,
        _ => 0,
    }
}

/// Where the escapes (`\n`, `\uXXXX`, ...) of a string token begin.
fn escapes(token: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut i = 1;
    std::iter::from_fn(move || {
        while i < token.len() {
            if token[i] == b'\\' {
                let at = i;
                i += 2;
                return Some(at);
            }
            i += 1;
        }
        None
    })
}

/// A `\uD800` with no low half after it (or a low half alone) is not JSON that parsers take;
/// Go never writes one, but an answer decoded without reading that string may hold it.
fn has_lone_surrogate(token: &[u8]) -> bool {
    token.windows(2).any(|w| w == b"\\u") && without_lone_surrogates(token) != token
}

/// The string token with each lone surrogate escape written as U+FFFD, as Go writes it.
fn without_lone_surrogates(token: &[u8]) -> Vec<u8> {
    let mut fixed = Vec::with_capacity(token.len());
    let mut copied = 0;
    let mut paired_low = None;
    for at in escapes(token) {
        let lone = match surrogate_at(token, at) {
            1 if surrogate_at(token, at + 6) == 2 => {
                paired_low = Some(at + 6);
                false
            }
            1 => true,
            2 => paired_low != Some(at),
            _ => false,
        };
        if lone {
            fixed.extend_from_slice(&token[copied..at]);
            fixed.extend_from_slice(b"\\ufffd");
            copied = at + 6;
        }
    }
    fixed.extend_from_slice(&token[copied..]);
    fixed
}

/// One cell: its text (borrowed where it can be, so a table of 50 000 rows does not copy every
/// field), and a status word to colour it by.
#[derive(Clone)]
pub struct Text<'a> {
    text: Cow<'a, str>,
    status: Option<&'static str>,
}

impl<'a> Text<'a> {
    pub fn status(word: &'a str) -> Self {
        let status = match word {
            "passing" | "alive" => Some("green"),
            "warning" | "leaving" => Some("yellow"),
            "critical" | "failed" => Some("red"),
            _ => None,
        };
        Text {
            text: word.into(),
            status,
        }
    }

    /// Any text, coloured as the status word `word` would be.
    pub fn status_colored(text: String, word: &str) -> Self {
        Text {
            text: text.into(),
            status: Text::status(word).status,
        }
    }
}

impl From<String> for Text<'_> {
    fn from(text: String) -> Self {
        Text {
            text: text.into(),
            status: None,
        }
    }
}

impl<'a> From<&'a str> for Text<'a> {
    fn from(text: &'a str) -> Self {
        Text {
            text: text.into(),
            status: None,
        }
    }
}

/// Longest text a table cell shows before it is cut with a marker (JSON is never cut).
const MAX_CELL: usize = 80;

/// Columns no wider than this ("critical", "8080", "server") are never wrapped on a terminal.
const SHORT_COLUMN: u16 = 12;

fn cut(text: &str) -> Cow<'_, str> {
    let one_line = plain_line(text.trim());
    if one_line.len() <= MAX_CELL || one_line.chars().count() <= MAX_CELL {
        return one_line;
    }
    let kept: String = one_line.chars().take(MAX_CELL - 1).collect();
    format!("{kept}…").into()
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

/// Writes a plain column table (like `consul members`), coloured status words when allowed.
pub fn table(
    out: &mut dyn Write,
    headers: &[&str],
    rows: Vec<Vec<Text>>,
    style: Style,
) -> io::Result<()> {
    table_of(out, headers, rows, style)
}

/// [`table`] for rows made as they are needed, for long listings. `rows` is gone through twice
/// when nothing is coloured or fitted (the usual case off a terminal): once for the column
/// widths, once to write.
pub fn table_of<'a, R>(
    out: &mut dyn Write,
    headers: &[&str],
    rows: R,
    style: Style,
) -> io::Result<()>
where
    R: IntoIterator<Item = Vec<Text<'a>>>,
    R::IntoIter: Clone,
{
    // Buffered: stdout flushes at every line, which is one write per row.
    let mut out = io::BufWriter::with_capacity(64 * 1024, out);
    if style.color || style.fit_terminal {
        styled_table(&mut out, headers, rows.into_iter(), style)?;
    } else {
        plain_table(&mut out, headers, rows.into_iter())?;
    }
    out.flush()
}

/// Columns two spaces apart and flush left, each as wide as its widest cell: what comfy-table
/// writes for [`styled_table`] with neither colour nor fitting, without holding every cell of
/// the table at once, which comfy-table does (README, Performance).
fn plain_table<'a>(
    out: &mut dyn Write,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<Text<'a>>> + Clone,
) -> io::Result<()> {
    let mut widths: Vec<usize> = headers.iter().map(|h| cut(h).width()).collect();
    for row in rows.clone() {
        for (n, cell) in row.iter().enumerate() {
            let width = cut(&cell.text).width();
            match widths.get_mut(n) {
                Some(w) => *w = (*w).max(width),
                None => widths.push(width),
            }
        }
    }
    let mut line = String::new();
    let mut write_line = |cells: &mut dyn Iterator<Item = &str>| {
        line.clear();
        for (cell, width) in cells.zip(&widths) {
            let cell = cut(cell);
            line.push_str(&cell);
            line.extend(std::iter::repeat_n(' ', width - cell.width() + 2));
        }
        writeln!(out, "{}", line.trim_end())
    };
    write_line(&mut headers.iter().copied())?;
    for row in rows {
        write_line(&mut row.iter().map(|t| t.text.as_ref()))?;
    }
    Ok(())
}

/// The table through comfy-table, which colours and fits it to the terminal.
fn styled_table<'a>(
    out: &mut dyn Write,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<Text<'a>>>,
    style: Style,
) -> io::Result<()> {
    let mut grid = Grid::new();
    grid.load_style(presets::NOTHING);
    grid.set_content_arrangement(if style.fit_terminal {
        ContentArrangement::Dynamic
    } else {
        ContentArrangement::Disabled
    });
    // comfy-table learns the width from the terminal only while it believes there is one, so
    // it is told "no terminal" only when the table need not fit one: NO_COLOR on a terminal
    // still fits (no cell is styled, so no colour is written).
    if style.color {
        grid.enforce_styling();
    } else if !style.fit_terminal {
        grid.force_no_tty();
    }
    grid.set_header(headers.iter().map(Cell::new));
    for row in rows {
        grid.add_row(row.into_iter().map(|t| {
            let cell = Cell::new(cut(&t.text));
            match (style.color, t.status) {
                (true, Some("green")) => cell.fg(Color::Green),
                (true, Some("yellow")) => cell.fg(Color::Yellow),
                (true, Some("red")) => cell.fg(Color::Red),
                _ => cell,
            }
        }));
    }
    // Columns two spaces apart and flush left, like `consul members`.
    for column in grid.column_iter_mut() {
        column.set_padding((0, 2));
    }
    // On a narrow terminal the long columns (names, output) wrap; the first column, which
    // names the row (an ID, a node) and is copied in one piece, and short columns such as a
    // status word or a port keep their width.
    // When those cannot all keep their width and leave the others room, the first column
    // wraps too; when even the short ones cannot, comfy-table shares the width as it likes.
    let widths = grid.column_max_content_widths();
    let mut whole: Vec<bool> = (0..widths.len())
        .map(|n| n == 0 || widths[n] <= SHORT_COLUMN)
        .collect();
    let room = usize::from(grid.width().unwrap_or(u16::MAX));
    let needed = |whole: &[bool]| -> usize {
        whole
            .iter()
            .zip(&widths)
            .map(|(keep, w)| if *keep { usize::from(*w) + 2 } else { 10 })
            .sum()
    };
    if needed(&whole) > room && !whole.is_empty() {
        whole[0] = widths[0] <= SHORT_COLUMN;
    }
    if needed(&whole) <= room {
        for (column, keep) in grid.column_iter_mut().zip(&whole) {
            if *keep {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
        }
    }
    for line in grid.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
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

    const PLAIN: Style = Style {
        color: false,
        pretty_json: false,
        fit_terminal: false,
    };

    #[test]
    fn table_is_plain_columns_without_colour() {
        let mut out = Vec::new();
        let rows = vec![vec![Text::from("web"), Text::status("passing")]];
        table(&mut out, &["ID", "Status"], rows, PLAIN).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains('\x1b'));
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].contains("ID") && lines[1].contains("passing"));
    }

    #[test]
    fn colour_marks_status_words_only_when_asked() {
        let mut out = Vec::new();
        let style = Style {
            color: true,
            ..PLAIN
        };
        table(
            &mut out,
            &["Status"],
            vec![vec![Text::status("critical")]],
            style,
        )
        .unwrap();
        assert!(String::from_utf8(out).unwrap().contains("\x1b["));
    }

    #[test]
    fn long_cells_are_cut_with_a_marker() {
        let long = "x".repeat(500);
        assert_eq!(cut(&long).chars().count(), MAX_CELL);
        assert!(cut(&long).ends_with('…'));
        assert_eq!(cut("a\nb"), "a b");
    }

    #[test]
    fn terminal_escapes_from_consul_are_written_out_in_tables_and_fields() {
        assert_eq!(cut("\u{1b}[31mred\u{1b}[0m"), "\\u{1b}[31mred\\u{1b}[0m");
        assert_eq!(cut("bell\u{7}\u{9b}2J"), "bell\\u{7}\\u{9b}2J");
        assert_eq!(cut("café ✓ …"), "café ✓ …");
        assert_eq!(cut("user\u{202e}gpj.exe"), "user\\u{202e}gpj.exe");
        let mut out = Vec::new();
        fields(&mut out, &[("Meta", "a\nb\u{1b}]0;x".to_string())]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "Meta  a b\\u{1b}]0;x\n");
    }

    #[test]
    fn words_from_consul_are_escaped_only_when_not_plain() {
        assert_eq!(shown("dc1"), "dc1");
        assert_eq!(shown("dc\n1"), "\"dc\\n1\"");
        assert_eq!(shown("\u{1b}[31m"), "\"\\u{1b}[31m\"");
    }

    /// A closed pipe stays a closed pipe through the re-spacing, so `| head` is not an error.
    #[test]
    fn json_answer_passes_on_the_writers_own_error() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let answer = format!("[{}1]", "1,".repeat(100_000));
        let e = json_answer(&mut Closed, answer.as_bytes(), PLAIN).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::BrokenPipe, "{e}");
    }

    #[test]
    fn ipv6_hosts_are_bracketed_before_a_port() {
        assert_eq!(host_port("10.0.0.1", 8080), "10.0.0.1:8080");
        assert_eq!(host_port("::1", 8301), "[::1]:8301");
        assert_eq!(host_port("fe80::1%eth0", 1u16), "[fe80::1%eth0]:1");
        assert_eq!(host_port("[::1]", 8500), "[::1]:8500");
        assert_eq!(host_port("node.example", "8500"), "node.example:8500");
    }

    const PRETTY: Style = Style {
        pretty_json: true,
        ..PLAIN
    };

    fn answer_as(style: Style, answer: &str) -> String {
        let mut out = Vec::new();
        json_answer(&mut out, answer.as_bytes(), style).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Go writes the shortest text that reads back as the same float64; parsing it into an f64
    /// and printing it again may not give the same text (`1e-07` is `1e-7` to Rust).
    #[test]
    fn json_answers_keep_every_number_and_string_as_consul_wrote_them() {
        let answer = r#"{"Vec":[0.0012345678901234567,-2.3e-07,1e+21,0.1,5],"Big":18446744073709551616,"S":"a\u003cb\"c\\","E":{},"L":[],"N":null,"T":true}"#;
        assert_eq!(answer_as(PLAIN, answer), format!("{answer}\n"));
        let spaced = "{ \"Vec\" : [ 0.0012345678901234567 ,\n -2.3e-07 ] , \"E\" : { } }";
        assert_eq!(
            answer_as(PLAIN, spaced),
            "{\"Vec\":[0.0012345678901234567,-2.3e-07],\"E\":{}}\n"
        );
        assert_eq!(
            answer_as(PRETTY, answer),
            r#"{
  "Vec": [
    0.0012345678901234567,
    -2.3e-07,
    1e+21,
    0.1,
    5
  ],
  "Big": 18446744073709551616,
  "S": "a\u003cb\"c\\",
  "E": {},
  "L": [],
  "N": null,
  "T": true
}
"#
        );
    }

    /// Pretty output is serde_json's own layout, so nothing changes for a reader of the old one.
    #[test]
    fn pretty_json_answers_are_laid_out_as_serde_json_does() {
        let answer = r#"{"a":[1,{"b":[],"c":{"d":"x"}}],"e":[[]],"f":"]}:,"}"#;
        let value: serde_json::Value = serde_json::from_str(answer).unwrap();
        let expected = serde_json::to_string_pretty(&value).unwrap() + "\n";
        assert_eq!(answer_as(PRETTY, answer), expected);
        assert_eq!(answer_as(PRETTY, "[]"), "[]\n");
        assert_eq!(answer_as(PLAIN, " null "), "null\n");
    }

    #[test]
    fn lone_surrogate_escapes_become_replacement_characters() {
        let answer = r#"["\ud800","\ud83d\ude00","\udc00x","a\\ud800","\u00e9"]"#;
        assert_eq!(
            answer_as(PLAIN, answer),
            "[\"\\ufffd\",\"\\ud83d\\ude00\",\"\\ufffdx\",\"a\\\\ud800\",\"\\u00e9\"]\n"
        );
    }

    #[test]
    fn invalid_utf8_becomes_replacement_characters() {
        let mut out = Vec::new();
        json_answer(&mut out, b"[\"a\xffb\"]", PLAIN).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "[\"a\u{fffd}b\"]\n");
    }

    #[test]
    fn json_answer_lists_are_items_as_sent() {
        let mut out = Vec::new();
        json_answer_list(&mut out, &[b"{\"a\": 1.50}", b"[2]"], PLAIN).unwrap();
        assert_eq!(out, b"[{\"a\":1.50},[2]]\n");
        let mut out = Vec::new();
        json_answer_list(&mut out, &[], PRETTY).unwrap();
        assert_eq!(out, b"[]\n");
    }

    #[test]
    fn json_is_compact_off_terminal() {
        let mut out = Vec::new();
        json(&mut out, &serde_json::json!({"a": [1, 2]}), PLAIN).unwrap();
        assert_eq!(out, b"{\"a\":[1,2]}\n");
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
