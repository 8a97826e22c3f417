//! JSON output: values serde writes, and Consul's own answers re-spaced without reading their
//! numbers or strings again.

use std::io::{self, Write};

use serde::Serialize;

use super::Style;

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

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: Style = Style {
        color: false,
        pretty_json: false,
        fit_terminal: false,
    };

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
