//! What the user hands consulctl besides flags: definition files (JSON, in the API's shape or an
//! agent config file's) and note files, read and checked before anything is sent; and the rule
//! for names and IDs, which flags and files share. Failures name the offending value and give a
//! hint.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use serde_json::{Map, Value};

use crate::config::{read_bounded, MAX_FILE_SHOWN};
use crate::error::{Error, Result};

/// Longest value quoted whole in a message; longer ones are cut (a 100 KB ID is one line of
/// 100 KB otherwise).
pub const SHOWN_CHARS: usize = 60;

/// `text` quoted for a message: escaped as Rust's `{:?}` does, cut after [`SHOWN_CHARS`]
/// characters with its length in bytes said.
pub fn shown(text: &str) -> String {
    if text.chars().count() <= SHOWN_CHARS {
        return format!("{text:?}");
    }
    let start: String = text.chars().take(SHOWN_CHARS).collect();
    let quoted = format!("{start:?}");
    format!("{}…\" ({} bytes)", &quoted[..quoted.len() - 1], text.len())
}

/// A name or ID that goes into a URL path: not empty, no control characters, and not `.` or
/// `..`, which URLs drop or resolve as path steps instead of sending them as a segment.
pub fn identifier(text: &str) -> std::result::Result<String, String> {
    if text.trim().is_empty() {
        return Err("it is empty".to_string());
    }
    if text.chars().any(char::is_control) {
        return Err(format!("{} holds control characters", shown(text)));
    }
    // Consul decodes %2F back into '/', and its router redirects paths with empty, "." or ".."
    // steps: such an ID could be registered but never addressed again.
    if text
        .split('/')
        .any(|step| step.is_empty() || step == "." || step == "..")
    {
        return Err(format!(
            "{} has an empty, '.' or '..' step between slashes, which Consul's router rewrites: such an ID could never be addressed; choose another",
            shown(text)
        ));
    }
    if text.len() > 512 {
        return Err("IDs are at most 512 bytes long".to_string());
    }
    Ok(text.to_string())
}

/// Collects repeated `KEY=VALUE` flags, refusing a key given twice.
pub fn key_values(
    flag: &str,
    pairs: &[(String, String)],
) -> Result<Option<BTreeMap<String, String>>> {
    if pairs.is_empty() {
        return Ok(None);
    }
    let mut map = BTreeMap::new();
    for (k, v) in pairs {
        if map.insert(k.clone(), v.clone()).is_some() {
            return Err(Error::usage(format!(
                "{flag} key {k:?} is given twice: give each key once"
            )));
        }
    }
    Ok(Some(map))
}

/// How messages name an input file: its path, or "stdin" for `-`.
pub fn source_name(path: &Path) -> String {
    if path == Path::new("-") {
        "stdin".to_string()
    } else {
        path.display().to_string()
    }
}

/// Reads a JSON object from a file, or from stdin for `-`.
pub fn json_object_file(path: &Path) -> Result<Map<String, Value>> {
    let name = source_name(path);
    let text = text_file(path, &name)?;
    if text.trim().is_empty() {
        return Err(Error::usage(format!(
            "{name} is empty: it should hold a JSON object"
        )));
    }
    let parsed = document(&text, path, &name)?;
    match parsed {
        Value::Object(map) => Ok(map),
        other => Err(Error::usage(format!(
            "{name} holds a JSON {}, not an object",
            json_kind(&other)
        ))),
    }
}

/// A definition file's text (stdin for `-`), named `name` in messages: within the bound every
/// input file has, and UTF-8.
pub fn text_file(path: &Path, name: &str) -> Result<String> {
    let read = if path == Path::new("-") {
        read_bounded(std::io::stdin().lock())
    } else {
        std::fs::File::open(path).and_then(read_bounded)
    };
    let bytes = read
        .map_err(|e| Error::usage(format!("cannot read {name}: {e}")))?
        .ok_or_else(|| {
            Error::usage(format!(
                "{name} is larger than {MAX_FILE_SHOWN}; is it the right file?"
            ))
        })?;
    String::from_utf8(bytes).map_err(|e| {
        Error::usage(format!(
            "{name} is not UTF-8 text (byte {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// A definition file's text parsed as its path says: a file ending in .hcl as HCL, as Consul
/// reads its config files; all else as JSON.
pub fn document(text: &str, path: &Path, name: &str) -> Result<Value> {
    if path.extension().is_some_and(|e| e == "hcl") {
        hcl_value(text, name)
    } else {
        serde_json::from_str::<Value>(text)
            .map_err(|e| Error::usage(format!("{name} is not valid JSON: {e}")))
    }
}

/// An HCL file's body as the JSON it stands for (a block is an object, a repeated block a
/// list of them), as Consul reads its HCL config files; a parse error names its line and
/// column.
pub fn hcl_value(text: &str, name: &str) -> Result<Value> {
    hcl::from_str::<Value>(text).map_err(|e| match e {
        hcl::Error::Parse(e) => Error::usage(format!(
            "{name} is not valid HCL at line {}, column {}: {}",
            e.location().line(),
            e.location().column(),
            crate::error::one_line(e.message())
        )),
        other => Error::usage(format!(
            "{name} is not valid HCL: {}",
            crate::error::one_line(&other.to_string())
        )),
    })
}

/// The text of a file (or stdin for `-`), read to the end but keeping only its last `keep`
/// bytes; when some were dropped, a first line says so. Not UTF-8 bytes become U+FFFD.
pub fn text_tail(path: &Path, keep: usize) -> Result<String> {
    let name = source_name(path);
    let mut reader: Box<dyn Read> = if path == Path::new("-") {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(
            std::fs::File::open(path)
                .map_err(|e| Error::usage(format!("cannot read {name}: {e}")))?,
        )
    };
    let mut tail = crate::job::Tail::new(keep);
    let mut buffer = [0u8; 8192];
    loop {
        let n = match reader.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Error::usage(format!("cannot read {name}: {e}"))),
        };
        tail.push(&buffer[..n]);
    }
    let (kept, total) = (tail.kept(), tail.total());
    let text = String::from_utf8_lossy(&kept).into_owned();
    if text.len() <= keep && total == kept.len() as u64 {
        return Ok(text);
    }
    Ok(end_of(&text, total, keep, &name))
}

/// A check's output given on the command line (`--note`), as [`text_tail`] keeps a file's:
/// whole when it fits in `keep` bytes, else its end after a first line that says so.
pub fn text_within(text: &str, keep: usize, name: &str) -> String {
    if text.len() <= keep {
        return text.to_string();
    }
    end_of(text, text.len() as u64, keep, name)
}

/// The end of `text` (the last part of `total` bytes of `name`) in `keep` bytes, the first line
/// saying how much was kept.
fn end_of(text: &str, total: u64, keep: usize, name: &str) -> String {
    let marker = |kept: usize| format!("(the last {kept} of {total} bytes of {name})\n");
    let room = keep.saturating_sub(marker(keep).len());
    let kept = crate::job::tail_within(text, room);
    format!("{}{kept}", marker(kept.len()))
}

pub fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A definition file may wrap its object the way agent config files do (`{"service": {…}}`);
/// returns the inner object.
pub fn unwrap_definition(
    mut map: Map<String, Value>,
    key: &str,
    source: &str,
) -> Result<Map<String, Value>> {
    if map.len() == 1 {
        let only = map.keys().next().expect("one key").clone();
        if only.eq_ignore_ascii_case(key) {
            return match map.remove(&only) {
                Some(Value::Object(inner)) => Ok(config_keys_to_api(inner, key == "check")),
                Some(other) => Err(Error::usage(format!(
                    "{source}: \"{only}\" holds a JSON {}, not an object",
                    json_kind(&other)
                ))),
                None => unreachable!("the key was just seen"),
            };
        }
        if only.eq_ignore_ascii_case(&format!("{key}s")) {
            return Err(Error::usage(format!(
                "{source} holds a list \"{only}\": give one {key} per file"
            )));
        }
    }
    Ok(map)
}

/// Reads a check or service definition file (`kind` is "check" or "service"): a JSON object in
/// the API's shape or wrapped as agent config files write it, with a name. Returns the object and
/// how to name the file in messages.
pub fn definition_file(path: &Path, kind: &str) -> Result<(Map<String, Value>, String)> {
    let source = source_name(path);
    let map = unwrap_definition(json_object_file(path)?, kind, &source)?;
    checked_definition(&map, kind, &source)?;
    Ok((map, source))
}

/// Checks a check or service definition (`kind`) in the API's shape: it has a name, and every
/// ID it registers could be addressed. `source` names it in messages.
pub fn checked_definition(map: &Map<String, Value>, kind: &str, source: &str) -> Result<()> {
    if definition_name(map).is_none() {
        return Err(Error::usage(format!(
            "{source}: the {kind} has no \"Name\"; every {kind} needs one"
        )));
    }
    // Each ID (the name when there is none) goes into URL paths as an ID given on the command
    // line does: the same rules keep a file from registering what could never be addressed.
    let mut ids = Vec::new();
    for key in ["Name", "ID", "CheckID"] {
        if let Some((field, Value::String(value))) = last_key(map, key) {
            ids.push((format!("\"{field}\""), value.as_str()));
        }
    }
    if kind == "service" {
        nested_ids(map, "", &mut ids);
    }
    for (place, value) in ids {
        identifier(value).map_err(|why| {
            Error::usage(format!(
                "{source}: the {kind}'s {place} {}: {why}",
                shown(value)
            ))
        })?;
    }
    Ok(())
}

/// The entry of `key` as Consul's decoder reads an object: keys match in any case, and when
/// several do, the last one wins (Go sets the field once for each, in order).
fn last_key<'m>(map: &'m Map<String, Value>, key: &str) -> Option<(&'m String, &'m Value)> {
    map.iter().rev().find(|(k, _)| k.eq_ignore_ascii_case(key))
}

/// The IDs a service definition registers besides its own, each with where it is (after
/// `at`): its checks' (`Check`, `Checks`: the API takes `CheckID` there) and its sidecar's,
/// with the sidecar's checks.
fn nested_ids<'m>(service: &'m Map<String, Value>, at: &str, ids: &mut Vec<(String, &'m str)>) {
    let mut check_id = |check: &'m Value, place: String| {
        if let Some((field, Value::String(id))) =
            check.as_object().and_then(|c| last_key(c, "CheckID"))
        {
            ids.push((format!("{place}.\"{field}\""), id));
        }
    };
    if let Some((field, check)) = last_key(service, "Check") {
        check_id(check, format!("{at}\"{field}\""));
    }
    if let Some((field, Value::Array(checks))) = last_key(service, "Checks") {
        for (n, check) in checks.iter().enumerate() {
            check_id(check, format!("{at}\"{field}\"[{n}]"));
        }
    }
    let sidecar = last_key(service, "Connect")
        .and_then(|(connect, v)| Some((connect, v.as_object()?)))
        .and_then(|(connect, v)| Some((connect, last_key(v, "SidecarService")?)));
    if let Some((connect, (field, Value::Object(sidecar)))) = sidecar {
        let at = format!("{at}\"{connect}\".\"{field}\"");
        if let Some((id_field, Value::String(id))) = last_key(sidecar, "ID") {
            ids.push((format!("{at}.\"{id_field}\""), id));
        }
        nested_ids(sidecar, &format!("{at}."), ids);
    }
}

/// Agent config files write keys in snake_case (`enable_tag_override`, `check_id`); the HTTP
/// API decodes JSON case-insensitively but knows them only without the underscores, and names a
/// check's ID `ID` when registering a check but `CheckID` inside a service. Keys of maps that
/// hold the user's own data (meta, headers, proxy config) or name things (tagged addresses:
/// `lan_ipv4` is not `lanipv4`) are left as written.
fn config_keys_to_api(map: Map<String, Value>, top_level_check: bool) -> Map<String, Value> {
    const USER_DATA: [&str; 6] = [
        "meta",
        "nodemeta",
        "servicemeta",
        "header",
        "config",
        "taggedaddresses",
    ];
    map.into_iter()
        .map(|(key, value)| {
            let folded = key.replace('_', "").to_ascii_lowercase();
            let api_key = match folded.as_str() {
                "id" | "checkid" if top_level_check => "ID".to_string(),
                _ => key.replace('_', ""),
            };
            let value = match (folded.as_str(), value) {
                (k, v) if USER_DATA.contains(&k) => v,
                ("check", Value::Object(check)) => Value::Object(service_check_keys(check)),
                ("checks", Value::Array(checks)) => Value::Array(
                    checks
                        .into_iter()
                        .map(|c| match c {
                            Value::Object(check) => Value::Object(service_check_keys(check)),
                            other => other,
                        })
                        .collect(),
                ),
                (_, Value::Object(inner)) => Value::Object(config_keys_to_api(inner, false)),
                (_, other) => other,
            };
            (api_key, value)
        })
        .collect()
}

/// A check inside a service definition: its ID field is `CheckID`.
fn service_check_keys(check: Map<String, Value>) -> Map<String, Value> {
    config_keys_to_api(check, false)
        .into_iter()
        .map(|(key, value)| match key.to_ascii_lowercase().as_str() {
            "id" | "checkid" => ("CheckID".to_string(), value),
            _ => (key, value),
        })
        .collect()
}

/// The string under `Name` (any case; the last of several, as Consul reads it) of a
/// definition, if any.
pub fn definition_name(map: &Map<String, Value>) -> Option<&str> {
    last_key(map, "name")
        .and_then(|(_, v)| v.as_str())
        .filter(|s| !s.trim().is_empty())
}

/// The string under one of `keys` (any case; the last of several, as Consul reads it), if any.
pub fn definition_str<'m>(map: &'m Map<String, Value>, keys: &[&str]) -> Option<&'m str> {
    map.iter()
        .rev()
        .find(|(k, _)| keys.iter().any(|key| k.eq_ignore_ascii_case(key)))
        .and_then(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unwraps_config_file_shape() {
        let map = serde_json::json!({"service": {"name": "web"}});
        let inner = unwrap_definition(map.as_object().unwrap().clone(), "service", "f").unwrap();
        assert_eq!(definition_name(&inner), Some("web"));
        let list = serde_json::json!({"services": []});
        assert!(unwrap_definition(list.as_object().unwrap().clone(), "service", "f").is_err());
    }

    #[test]
    fn config_file_keys_become_api_keys_but_user_data_stays() {
        let file = serde_json::json!({"service": {
            "name": "web",
            "enable_tag_override": true,
            "meta": {"build_id": "7"},
            "check": {"id": "web-ttl", "ttl": "30s", "success_before_passing": 2},
            "checks": [{"check_id": "c2", "http": "http://127.0.0.1/", "interval": "5s",
                        "header": {"X_Custom": ["1"]}}]
        }});
        let inner = unwrap_definition(file.as_object().unwrap().clone(), "service", "f").unwrap();
        assert_eq!(
            Value::Object(inner),
            serde_json::json!({
                "name": "web",
                "enabletagoverride": true,
                "meta": {"build_id": "7"},
                "check": {"CheckID": "web-ttl", "ttl": "30s", "successbeforepassing": 2},
                "checks": [{"CheckID": "c2", "http": "http://127.0.0.1/", "interval": "5s",
                            "header": {"X_Custom": ["1"]}}]
            })
        );
        let check = serde_json::json!({"check": {"check_id": "x", "alias_service": "web"}});
        let inner = unwrap_definition(check.as_object().unwrap().clone(), "check", "f").unwrap();
        assert_eq!(
            Value::Object(inner),
            serde_json::json!({"ID": "x", "aliasservice": "web"})
        );
        let api_shape = serde_json::json!({"Name": "web", "Meta": {"a_b": "1"}});
        let same =
            unwrap_definition(api_shape.as_object().unwrap().clone(), "service", "f").unwrap();
        assert_eq!(Value::Object(same), api_shape);
    }

    fn refusal(kind: &str, definition: Value) -> Option<String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("def.json");
        std::fs::write(&path, definition.to_string()).unwrap();
        definition_file(&path, kind)
            .err()
            .map(|e| e.message().replace(&path.display().to_string(), "def.json"))
    }

    #[test]
    fn every_id_of_a_definition_is_checked_as_consul_reads_it() {
        let bad = "a/../b";
        let step = format!("\"{bad}\": \"{bad}\" has an empty, '.' or '..' step");
        for (kind, definition, place) in [
            (
                "service",
                serde_json::json!({"Name": "good", "name": bad}),
                r#""name""#,
            ),
            (
                "service",
                serde_json::json!({"Name": "s", "id": "ok", "ID": bad}),
                r#""ID""#,
            ),
            (
                "check",
                serde_json::json!({"Name": "c", "ID": "ok", "iD": bad}),
                r#""iD""#,
            ),
            (
                "service",
                serde_json::json!({"Name": "s", "Check": {"CheckID": bad}}),
                r#""Check"."CheckID""#,
            ),
            (
                "service",
                serde_json::json!({"Name": "s", "check": {"CheckID": "ok"},
                                   "Check": {"checkid": "ok", "CheckId": bad}}),
                r#""Check"."CheckId""#,
            ),
            (
                "service",
                serde_json::json!({"Name": "s", "Checks": [{"CheckID": "ok"}, {"CheckID": bad}]}),
                r#""Checks"[1]."CheckID""#,
            ),
            (
                "service",
                serde_json::json!({"service": {"name": "s", "checks": [{"check_id": bad}]}}),
                r#""checks"[0]."CheckID""#,
            ),
            (
                "service",
                serde_json::json!({"Name": "s", "Connect": {"SidecarService": {"ID": bad}}}),
                r#""Connect"."SidecarService"."ID""#,
            ),
            (
                "service",
                serde_json::json!({"Name": "s", "Connect": {"SidecarService": {
                    "Checks": [{"CheckID": bad}]}}}),
                r#""Connect"."SidecarService"."Checks"[0]."CheckID""#,
            ),
        ] {
            assert_eq!(
                refusal(kind, definition.clone())
                    .as_deref()
                    .and_then(|m| m.split(" which").next()),
                Some(format!("def.json: the {kind}'s {place} {step} between slashes,").as_str()),
                "{definition}"
            );
        }
        // The earlier of two keys is not what Consul registers: its text does not matter.
        assert_eq!(
            refusal("service", serde_json::json!({"name": bad, "Name": "good"})),
            None
        );
        let map = serde_json::json!({"name": "first", "Name": "second", "ID": "x", "id": "y"});
        let map = map.as_object().unwrap();
        assert_eq!(definition_name(map), Some("second"));
        assert_eq!(definition_str(map, &["ID"]), Some("y"));
    }

    #[test]
    fn key_given_twice_is_refused() {
        let pairs = vec![
            ("a".to_string(), "1".to_string()),
            ("a".to_string(), "2".to_string()),
        ];
        assert!(key_values("--meta", &pairs).is_err());
    }
}
