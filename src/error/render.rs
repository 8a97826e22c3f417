//! The one renderer of a failure: its line on stderr, escaped and bounded.

use std::io::Write;

use super::Error;

impl Error {
    /// The line for stderr: the message and its hints, control characters escaped and the
    /// length bounded, so that no outside byte can move the cursor, recolour the terminal or
    /// add a line ("" when there is nothing to say).
    pub fn line(&self) -> String {
        if self.message().is_empty() {
            return String::new();
        }
        let mut line = bounded(&escaped(self.message()), MESSAGE_CHARS);
        for hint in self.hints() {
            line.push_str("; ");
            line.push_str(&bounded(&escaped(hint), HINT_CHARS));
        }
        line
    }

    /// Writes `error: ` and [`Error::line`] on `stderr`; nothing when there is nothing to say.
    /// Every failure consulctl reports reaches the terminal here.
    pub fn report(&self, stderr: &mut dyn Write) -> std::io::Result<()> {
        let line = self.line();
        if line.is_empty() {
            return Ok(());
        }
        writeln!(stderr, "error: {line}")
    }
}

/// The most of a message, in characters once escaped, that a line shows; values inside it are
/// cut much shorter where they are built (IDs as `input::shown` cuts them, Consul's
/// words as [`one_line`](super::one_line) does), so only a message made of many of them
/// reaches this.
const MESSAGE_CHARS: usize = 2000;

/// The most of one hint a line shows.
const HINT_CHARS: usize = 500;

/// `text` with every character that a terminal acts on, or that would end the line, written
/// as an escape (`\u{1b}`, `\n`): C0 and C1 controls, DEL, Unicode line and paragraph
/// separators and the bidirectional controls that reorder what is shown.
pub fn escaped(text: &str) -> std::borrow::Cow<'_, str> {
    let acts = |c: char| {
        c.is_control()
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
                    | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
            )
    };
    if !text.chars().any(acts) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if acts(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out.into()
}

/// `text` cut after `limit` characters, saying how long it was, as IDs are cut.
pub(super) fn bounded(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        None => text.to_string(),
        Some((end, _)) => format!("{}… ({} bytes in all)", &text[..end], text.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_escapes_what_a_terminal_acts_on() {
        let e = Error::api(
            "answered 500: a\u{1b}[2Jb\u{7}c\u{8}d\re\nf\tg\u{9b}h\u{7f}i\u{2028}j\u{202e}k",
        )
        .with_hint("x\u{1b}]0;title\u{7}");
        assert_eq!(
            e.line(),
            "answered 500: a\\u{1b}[2Jb\\u{7}c\\u{8}d\\re\\nf\\tg\\u{9b}h\\u{7f}i\\u{2028}j\\u{202e}k; x\\u{1b}]0;title\\u{7}"
        );
        // Escapes already written (a value quoted with {:?}) stay as they are.
        assert_eq!(Error::api("id \"a\\u{1b}\"").line(), "id \"a\\u{1b}\"");
        assert_eq!(escaped("plain: ünïcode ✓"), "plain: ünïcode ✓");
    }

    #[test]
    fn the_line_is_bounded() {
        let long = "x".repeat(100_000);
        let line = Error::api(format!("listing: {long}")).with_hint("h").line();
        assert!(line.chars().count() < MESSAGE_CHARS + 40, "{}", line.len());
        assert!(
            line.ends_with("… (100009 bytes in all); h"),
            "{}",
            &line[1990..]
        );
        let hint = Error::api("m").with_hint("y".repeat(10_000)).line();
        assert!(hint.len() < HINT_CHARS + 40);
        // Each escape counts as what it shows.
        let escapes = Error::api("\u{1b}".repeat(100_000)).line();
        assert!(escapes.len() < MESSAGE_CHARS + 40, "{}", escapes.len());
    }
}
