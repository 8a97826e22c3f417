//! How a message shows what it names: Consul's words on one short line, bytes that are not
//! UTF-8, long lists, counts and sizes.

/// How many of a list a message names; the rest are counted.
pub const FIRST_FEW: usize = 6;

/// The first [`FIRST_FEW`] of `items` joined by `separator`, then how many more there are
/// (`a, b, c, d, e, f, and 1,994 more`): a message about thousands of checks stays short.
pub fn first_few(items: impl IntoIterator<Item = String>, separator: &str) -> String {
    let mut items = items.into_iter();
    let mut shown: Vec<String> = items.by_ref().take(FIRST_FEW).collect();
    let more = items.count();
    if more > 0 {
        shown.push(format!("and {} more", thousands(more)));
    }
    shown.join(separator)
}

/// A count with a comma between thousands (`1,994`), as the sentences around it are English.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A byte count as people write it: `32 MiB`, `1.5 GiB`, `900 bytes`.
pub fn size_text(bytes: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    for (unit, size) in UNITS {
        if bytes >= size {
            let value = bytes as f64 / size as f64;
            return if bytes.is_multiple_of(size) {
                format!("{} {unit}", bytes / size)
            } else {
                format!("{value:.1} {unit}")
            };
        }
    }
    format!("{bytes} bytes")
}

/// Error bodies can be long or span lines (an HTML page from a proxy): keep one short line.
pub fn one_line(body: &str) -> String {
    let joined = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() > 300 {
        let kept: String = joined.chars().take(299).collect();
        format!("{kept}…")
    } else if joined.is_empty() {
        "(no body)".to_string()
    } else {
        joined
    }
}

/// As much of a value as a message shows: what the ID rule (`input::shown`) shows of text.
const SHOWN_BYTES: usize = 60;

/// Bytes as a quoted string, with what is not UTF-8 as `\xNN` (the `Debug` of an `OsStr`),
/// cut as `input::shown` cuts text: after its first [`SHOWN_BYTES`], with the length said. The
/// IDs' own value parser (`cli::values::Identifier`) names a value that is not UTF-8 this way
/// too.
pub fn shown_bytes(bytes: &[u8]) -> String {
    use std::os::unix::ffi::OsStrExt;
    let limit = SHOWN_BYTES;
    if bytes.len() <= limit {
        return format!("{:?}", std::ffi::OsStr::from_bytes(bytes));
    }
    let quoted = format!("{:?}", std::ffi::OsStr::from_bytes(&bytes[..limit]));
    format!("{}…\" ({} bytes)", &quoted[..quoted.len() - 1], bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_that_are_not_utf8_are_shown_cut() {
        assert_eq!(shown_bytes(b"ab\xff"), "\"ab\\xFF\"");
        let huge = vec![0xffu8; 100_000];
        let shown = shown_bytes(&huge);
        assert!(shown.len() < 300, "{}", shown.len());
        assert!(shown.ends_with("\\xFF…\" (100000 bytes)"), "{shown}");
        assert_eq!(SHOWN_BYTES, crate::input::SHOWN_CHARS);
    }

    #[test]
    fn long_lists_name_the_first_few_and_count_the_rest() {
        let items = |n: usize| (0..n).map(|i| format!("c{i}"));
        assert_eq!(first_few(items(0), ", "), "");
        assert_eq!(first_few(items(2), ", "), "c0, c1");
        assert_eq!(first_few(items(FIRST_FEW), "; "), "c0; c1; c2; c3; c4; c5");
        assert_eq!(
            first_few(items(2000), ", "),
            "c0, c1, c2, c3, c4, c5, and 1,994 more"
        );
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
