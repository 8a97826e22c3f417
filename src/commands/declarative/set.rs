//! A set of definitions by name (`--set`), and where it keeps itself in Consul: every key of a
//! set is under `consulctl/sets/NAME/` in a datacenter's KV store.

/// The set `plan` and `apply` work on when `--set` is not given.
pub(super) const DEFAULT: &str = "default";

/// The longest set name: a KV key segment, and a name people type.
const LONGEST: usize = 64;

/// Checks a `--set` name: it becomes one segment of KV keys, so it holds only letters, digits,
/// `-`, `_` and `.`, and is not `.` or `..` (which the agent's router would resolve away).
pub(super) fn name(given: &str) -> Result<String, String> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
    if given.is_empty() || given.len() > LONGEST || !given.chars().all(allowed) {
        return Err(format!(
            "a set name is 1 to {LONGEST} letters, digits, '-', '_' or '.' (like \"web-prod\")"
        ));
    }
    if given == "." || given == ".." {
        return Err("a set name cannot be \".\" or \"..\"".to_string());
    }
    Ok(given.to_string())
}

/// The folder of the set's keys in each datacenter's KV store.
pub(super) fn prefix(set: &str) -> String {
    format!("consulctl/sets/{set}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_name_is_one_plain_key_segment() {
        assert_eq!(name("web-prod.v2_a"), Ok("web-prod.v2_a".to_string()));
        for bad in ["", ".", "..", "a/b", "a b", "ünï", "a?b", &"x".repeat(65)] {
            assert!(name(bad).is_err(), "{bad:?}");
        }
        assert_eq!(prefix("web"), "consulctl/sets/web");
    }
}
