//! Words written for a POSIX shell, so that a command consulctl suggests or names can be pasted
//! back as it is.

use std::borrow::Cow;
use std::ffi::OsStr;

/// `text` as one shell word: bare when no character in it means anything to a shell, single
/// quoted otherwise. Control characters are shown escaped (as in `$'\n'`): a message stays one
/// line.
pub fn word(text: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-./:=@%+,^".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        return text.into();
    }
    if text.chars().any(char::is_control) {
        let escaped: String = text
            .chars()
            .map(|c| match c {
                '\'' => r"\'".to_string(),
                '\\' => r"\\".to_string(),
                c if c.is_control() => c.escape_default().to_string(),
                c => c.to_string(),
            })
            .collect();
        return format!("$'{escaped}'").into();
    }
    quoted(text).into()
}

/// Always single quoted (a curl line quotes every argument alike).
pub fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// A command line, each word as [`word`] writes it; bytes that are not UTF-8 are shown replaced.
pub fn command_line<S: AsRef<OsStr>>(words: &[S]) -> String {
    words
        .iter()
        .map(|w| word(&w.as_ref().to_string_lossy()).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_only_when_needed() {
        assert_eq!(word("service:db"), "service:db");
        assert_eq!(word("a b"), "'a b'");
        assert_eq!(word(""), "''");
        assert_eq!(word("it's"), r"'it'\''s'");
        assert_eq!(word("a\nb"), r"$'a\nb'");
        assert_eq!(word("$HOME"), "'$HOME'");
        assert_eq!(
            command_line(&["/no/such/cmd", "--x", "a b"]),
            "/no/such/cmd --x 'a b'"
        );
    }
}
