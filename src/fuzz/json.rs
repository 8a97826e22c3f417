//! Inputs: text with the characters that break things, arbitrary JSON values, and the seed
//! corpus mutated at the JSON level (values replaced, removed, repeated, grafted from another
//! seed, numbers and strings Consul never sends) and at the byte level (flips, insertions,
//! deletions, truncation, splices).

use std::collections::BTreeSet;
use std::sync::Arc;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::{Map, Value};

/// Characters that have broken text handling somewhere: line breaks of every kind, escapes,
/// zero-width and combining marks, wide and astral characters, separators consulctl splits on.
const SPECIAL_CHARS: &[char] = &[
    '\n',
    '\r',
    '\t',
    '\0',
    '\x0b',
    '\x0c',
    '\x1b',
    '\x7f',
    '\u{85}',
    '\u{a0}',
    '\u{2028}',
    '\u{2029}',
    '\u{200b}',
    '\u{200d}',
    '\u{202e}',
    '\u{301}',
    '\u{feff}',
    '\u{fffd}',
    '\u{10ffff}',
    'é',
    'ß',
    'İ',
    'µ',
    'μ',
    '界',
    '…',
    '👍',
    '\u{1f3fd}',
    '"',
    '\\',
    '\'',
    ':',
    '/',
    '=',
    ',',
    '-',
    '!',
    ' ',
    '[',
    ']',
    '{',
    '}',
    '%',
    '.',
    '?',
    '#',
    '@',
    '`',
    '$',
];

/// Whole strings worth trying anywhere.
const INTERESTING: &[&str] = &[
    "", " ", "\n", "a\nb", " x ", "passing", "warning", "critical", "maintenance", "alive",
    "failed", "consul", "node", "ttl", "http", "script", "<hidden>", "name_prefix_match",
    "127.0.0.1", "::1", "[::1]", "fe80::1%eth0", "0", "-1", "65536", "1.8.7", "dc1", "_agent",
    "c7e3228a-d4e7-d3ef-5d65-fbcea27e6cdc", "\u{1b}[31mred\u{1b}[0m", "é", "👍🏽", "a:b:c",
    "${name.suffix}", "%2F", "..", ".", "/", "a/b", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\u{202e}txt",
];

/// Raw JSON tokens that no `Value` can stand for: numbers out of every range, lone surrogates,
/// escapes.
pub const RAW_TOKENS: &[&str] = &[
    "1e400",
    "-1e400",
    "18446744073709551616",
    "-9223372036854775809",
    "-0",
    "1.0",
    "1e2",
    "0.5",
    "-1",
    "65536",
    "256",
    "4294967296",
    "\"\\ud800\"",
    "\"\\u0000\"",
    "\"\\udbff\\udfff\"",
    "[]",
    "{}",
    "null",
    "true",
    "\"\"",
];

/// Byte fragments for insertions.
const BYTE_TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b":",
    b",",
    b"null",
    b"true",
    b"1e400",
    b"-",
    b"\\",
    b"\\u",
    b"\0",
    b"\xff",
    b"\xc3",
    b"\xef\xbb\xbf",
    b" ",
    b"\n",
    b"{}",
    b"[]",
    b"\"\":",
];

pub fn special_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => any::<char>(),
        3 => proptest::char::range(' ', '~'),
        2 => select(SPECIAL_CHARS),
        1 => proptest::char::range('\0', '\x1f'),
    ]
}

/// Any text, biased to what breaks things; sometimes long.
pub fn text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => select(INTERESTING).prop_map(str::to_string),
        5 => vec(special_char(), 0..24).prop_map(|c| c.into_iter().collect()),
        1 => (vec(special_char(), 1..8), 1..2000usize)
            .prop_map(|(c, n)| c.into_iter().collect::<String>().repeat(n)),
    ]
    .boxed()
}

/// Text shaped by `grammar` (a regex), often with a special character or two put in.
pub fn near(grammar: &'static str) -> BoxedStrategy<String> {
    let shaped = || proptest::string::string_regex(grammar).expect("fuzz grammars are valid");
    prop_oneof![
        4 => shaped(),
        2 => (shaped(), vec((any::<Index>(), special_char()), 1..3)).prop_map(|(mut s, inserts)| {
            for (at, c) in inserts {
                let chars: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
                s.insert(chars[at.index(chars.len())], c);
            }
            s
        }),
        1 => text(),
    ]
    .boxed()
}

pub fn number() -> BoxedStrategy<Value> {
    prop_oneof![
        3 => (0u64..70_000).prop_map(Value::from),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        1 => any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        1 => select(&[0i64, -1, 1, 4, 255, 256, 65535, 65536, i64::MIN, i64::MAX][..]).prop_map(Value::from),
    ]
    .boxed()
}

/// An object key: mostly one Consul uses (so typed fields get hit), sometimes anything.
pub fn key(vocabulary: Arc<Vec<String>>) -> BoxedStrategy<String> {
    prop_oneof![
        4 => any::<Index>().prop_map(move |i| vocabulary[i.index(vocabulary.len())].clone()),
        1 => text(),
    ]
    .boxed()
}

/// Arbitrary JSON.
pub fn value(vocabulary: Arc<Vec<String>>) -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            vec(inner.clone(), 0..8).prop_map(Value::Array),
            vec((key(vocabulary.clone()), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
    .boxed()
}

/// One file of the corpus.
#[derive(Debug)]
pub struct Seed {
    pub name: String,
    pub bytes: Vec<u8>,
    pub json: Option<Value>,
}

/// The files of `tests/corpus/<folder>/`, then those of `tests/corpus/versions/*/<folder>/`
/// (answers shaped as newer Consul versions send them), sorted by name. Panics when the real
/// agent's folder is empty: the corpus test (tests/corpus.rs) writes it.
pub fn corpus(folder: &str) -> Vec<Seed> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let dir = root.join(folder);
    let mut seeds = seeds_in(&dir, folder).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run UPDATE_CORPUS=1 cargo test --test runner corpus",
            dir.display()
        )
    });
    assert!(!seeds.is_empty(), "{} is empty", dir.display());
    let mut versions: Vec<_> = std::fs::read_dir(root.join("versions"))
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    versions.sort();
    for version in versions {
        let name = version.file_name().unwrap_or_default().to_string_lossy();
        seeds.extend(
            seeds_in(&version.join(folder), &format!("versions/{name}/{folder}"))
                .unwrap_or_default(),
        );
    }
    seeds
}

/// The files of `dir`, sorted by name, each named `shown/FILE`.
fn seeds_in(dir: &std::path::Path, shown: &str) -> std::io::Result<Vec<Seed>> {
    let mut seeds = std::fs::read_dir(dir)?
        .map(|entry| {
            let path = entry?.path();
            let bytes = std::fs::read(&path)?;
            Ok(Seed {
                name: format!(
                    "{shown}/{}",
                    path.file_name().unwrap_or_default().to_string_lossy()
                ),
                json: serde_json::from_slice(&bytes).ok(),
                bytes,
            })
        })
        .collect::<std::io::Result<Vec<_>>>()?;
    seeds.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(seeds)
}

/// Every object key in the seeds, for generated objects to use.
pub fn vocabulary(seeds: &[Seed]) -> Arc<Vec<String>> {
    fn walk(value: &Value, keys: &mut BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    keys.insert(k.clone());
                    walk(v, keys);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, keys)),
            _ => {}
        }
    }
    let mut keys = BTreeSet::new();
    for seed in seeds {
        if let Some(json) = &seed.json {
            walk(json, &mut keys);
        }
    }
    keys.insert("Name".to_string());
    Arc::new(keys.into_iter().collect())
}

/// A change to a parsed seed.
#[derive(Debug, Clone)]
pub enum Edit {
    /// Replace a node with another value (of any type).
    Replace(Index, Value),
    /// Replace a node with raw JSON text no `Value` holds.
    Raw(Index, &'static str),
    Remove(Index),
    /// Repeat an array element (or an object member under a new key) `n` times.
    Repeat(Index, usize),
    /// Put a member into an object node.
    Insert(Index, String, Value),
    /// Replace a node with a node of another seed.
    Graft(Index, Index, Index),
    /// Replace every leaf with a random leaf of the same type (the shape stays, so the answer
    /// still decodes, with content nobody expects).
    Reshape(Vec<String>, Vec<Value>, u64),
}

/// A change to the bytes.
#[derive(Debug, Clone)]
pub enum ByteEdit {
    Flip(Index, u8),
    Insert(Index, &'static [u8]),
    InsertBytes(Index, Vec<u8>),
    Delete(Index, usize),
    Truncate(Index),
    Splice(Index, Index, usize, Index),
}

fn edit(vocabulary: Arc<Vec<String>>) -> BoxedStrategy<Edit> {
    let small = value(vocabulary.clone());
    prop_oneof![
        3 => (any::<Index>(), small.clone()).prop_map(|(i, v)| Edit::Replace(i, v)),
        2 => (any::<Index>(), select(RAW_TOKENS)).prop_map(|(i, t)| Edit::Raw(i, t)),
        1 => any::<Index>().prop_map(Edit::Remove),
        1 => (any::<Index>(), prop_oneof![1usize..4, 50usize..400]).prop_map(|(i, n)| Edit::Repeat(i, n)),
        2 => (any::<Index>(), key(vocabulary), small).prop_map(|(i, k, v)| Edit::Insert(i, k, v)),
        1 => (any::<Index>(), any::<Index>(), any::<Index>()).prop_map(|(a, s, b)| Edit::Graft(a, s, b)),
        2 => (vec(text(), 1..16), vec(number(), 1..16), any::<u64>())
            .prop_map(|(s, n, keep)| Edit::Reshape(s, n, keep)),
    ]
    .boxed()
}

fn byte_edit() -> BoxedStrategy<ByteEdit> {
    prop_oneof![
        2 => (any::<Index>(), 0u8..8).prop_map(|(i, bit)| ByteEdit::Flip(i, bit)),
        2 => (any::<Index>(), select(BYTE_TOKENS)).prop_map(|(i, t)| ByteEdit::Insert(i, t)),
        1 => (any::<Index>(), vec(any::<u8>(), 1..8)).prop_map(|(i, b)| ByteEdit::InsertBytes(i, b)),
        2 => (any::<Index>(), 1usize..16).prop_map(|(i, n)| ByteEdit::Delete(i, n)),
        1 => any::<Index>().prop_map(ByteEdit::Truncate),
        1 => (any::<Index>(), any::<Index>(), 1usize..64, any::<Index>())
            .prop_map(|(s, from, n, at)| ByteEdit::Splice(s, from, n, at)),
    ]
    .boxed()
}

/// A body made from the seeds: mutated, reshaped, or arbitrary JSON or bytes.
#[derive(Debug, Clone)]
pub struct Mutant {
    pub seed: Index,
    pub edits: Vec<Edit>,
    pub pretty: bool,
    pub bytes: Vec<ByteEdit>,
}

pub fn mutant(vocabulary: Arc<Vec<String>>) -> BoxedStrategy<Mutant> {
    prop_oneof![
        // JSON-level changes only: mostly still JSON, often still decodable.
        4 => (any::<Index>(), vec(edit(vocabulary.clone()), 1..4), any::<bool>())
            .prop_map(|(seed, edits, pretty)| Mutant { seed, edits, pretty, bytes: vec![] }),
        // Byte-level changes, after some JSON-level ones.
        1 => (any::<Index>(), vec(edit(vocabulary), 0..2), any::<bool>(), vec(byte_edit(), 1..4))
            .prop_map(|(seed, edits, pretty, bytes)| Mutant { seed, edits, pretty, bytes }),
    ]
    .boxed()
}

impl Mutant {
    pub fn apply(&self, seeds: &[Seed]) -> Vec<u8> {
        let seed = &seeds[self.seed.index(seeds.len())];
        let mut bytes = match &seed.json {
            Some(json) if !self.edits.is_empty() => {
                let mut json = json.clone();
                let mut raws = Vec::new();
                for edit in &self.edits {
                    apply_edit(&mut json, edit, seeds, &mut raws);
                }
                let mut text = if self.pretty {
                    serde_json::to_string_pretty(&json)
                } else {
                    serde_json::to_string(&json)
                }
                .expect("a Value serializes");
                for (n, raw) in raws.iter().enumerate() {
                    text = text.replacen(&format!("\"{}\"", marker(n)), raw, 1);
                }
                text.into_bytes()
            }
            _ => seed.bytes.clone(),
        };
        for edit in &self.bytes {
            apply_byte_edit(&mut bytes, edit, seeds);
        }
        bytes
    }
}

/// Stands in for a raw token until the value is written out.
fn marker(n: usize) -> String {
    format!("\u{e000}raw{n}\u{e000}")
}

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    At(usize),
}

fn paths(value: &Value) -> Vec<Vec<Step>> {
    fn walk(value: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        out.push(here.clone());
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    here.push(Step::Key(k.clone()));
                    walk(v, here, out);
                    here.pop();
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    here.push(Step::At(i));
                    walk(v, here, out);
                    here.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, &mut Vec::new(), &mut out);
    out
}

fn node_mut<'v>(value: &'v mut Value, path: &[Step]) -> &'v mut Value {
    path.iter().fold(value, |node, step| match (node, step) {
        (Value::Object(map), Step::Key(k)) => map.get_mut(k).expect("a path from paths()"),
        (Value::Array(items), Step::At(i)) => &mut items[*i],
        _ => unreachable!("paths() follows the value"),
    })
}

fn pick(value: &Value, at: &Index) -> Vec<Step> {
    let all = paths(value);
    all[at.index(all.len())].clone()
}

fn apply_edit(json: &mut Value, edit: &Edit, seeds: &[Seed], raws: &mut Vec<&'static str>) {
    match edit {
        Edit::Replace(at, v) => *node_mut(json, &pick(json, at)) = v.clone(),
        Edit::Raw(at, token) => {
            *node_mut(json, &pick(json, at)) = Value::String(marker(raws.len()));
            raws.push(token);
        }
        Edit::Remove(at) => {
            let path = pick(json, at);
            match path.split_last() {
                None => *json = Value::Null,
                Some((last, parent)) => match (node_mut(json, parent), last) {
                    (Value::Object(map), Step::Key(k)) => {
                        map.shift_remove(k);
                    }
                    (Value::Array(items), Step::At(i)) => {
                        items.remove(*i);
                    }
                    _ => unreachable!("paths() follows the value"),
                },
            }
        }
        Edit::Repeat(at, n) => {
            let path = pick(json, at);
            if let Some((last, parent)) = path.split_last() {
                let copy = node_mut(json, &path).clone();
                match (node_mut(json, parent), last) {
                    (Value::Array(items), Step::At(i)) => {
                        for _ in 0..*n {
                            items.insert(*i, copy.clone());
                        }
                    }
                    (Value::Object(map), Step::Key(k)) => {
                        for n in 0..*n {
                            map.insert(format!("{k}-{n}"), copy.clone());
                        }
                    }
                    _ => unreachable!("paths() follows the value"),
                }
            }
        }
        Edit::Insert(at, k, v) => {
            // The nearest object at or above the node.
            let mut path = pick(json, at);
            loop {
                if let Value::Object(map) = node_mut(json, &path) {
                    map.insert(k.clone(), v.clone());
                    break;
                }
                if path.pop().is_none() {
                    break;
                }
            }
        }
        Edit::Graft(at, seed, from) => {
            let Some(other) = &seeds[seed.index(seeds.len())].json else {
                return;
            };
            let mut other = other.clone();
            let path = pick(&other, from);
            let graft = node_mut(&mut other, &path).clone();
            *node_mut(json, &pick(json, at)) = graft;
        }
        Edit::Reshape(strings, numbers, keep) => {
            let mut n = 0usize;
            reshape(json, strings, numbers, *keep, &mut n);
        }
    }
}

fn reshape(value: &mut Value, strings: &[String], numbers: &[Value], keep: u64, n: &mut usize) {
    let kept = keep.rotate_left(*n as u32) & 1 == 1;
    *n += 1;
    match value {
        Value::String(s) if !kept => *s = strings[*n % strings.len()].clone(),
        Value::Number(_) if !kept => *value = numbers[*n % numbers.len()].clone(),
        Value::Bool(b) if !kept => *b = !*b,
        Value::Object(map) => {
            let mut renamed = Map::new();
            for (k, mut v) in std::mem::take(map) {
                reshape(&mut v, strings, numbers, keep, n);
                renamed.insert(k, v);
            }
            *map = renamed;
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|v| reshape(v, strings, numbers, keep, n)),
        _ => {}
    }
}

fn apply_byte_edit(bytes: &mut Vec<u8>, edit: &ByteEdit, seeds: &[Seed]) {
    let at = |i: &Index, len: usize| if len == 0 { 0 } else { i.index(len + 1) };
    match edit {
        ByteEdit::Flip(i, bit) => {
            if !bytes.is_empty() {
                let i = i.index(bytes.len());
                bytes[i] ^= 1 << bit;
            }
        }
        ByteEdit::Insert(i, token) => {
            let i = at(i, bytes.len());
            bytes.splice(i..i, token.iter().copied());
        }
        ByteEdit::InsertBytes(i, new) => {
            let i = at(i, bytes.len());
            bytes.splice(i..i, new.iter().copied());
        }
        ByteEdit::Delete(i, n) => {
            if !bytes.is_empty() {
                let i = i.index(bytes.len());
                let end = (i + n).min(bytes.len());
                bytes.drain(i..end);
            }
        }
        ByteEdit::Truncate(i) => {
            let i = at(i, bytes.len());
            bytes.truncate(i);
        }
        ByteEdit::Splice(seed, from, n, to) => {
            let other = &seeds[seed.index(seeds.len())].bytes;
            if other.is_empty() {
                return;
            }
            let from = from.index(other.len());
            let piece = &other[from..(from + n).min(other.len())];
            let to = at(to, bytes.len());
            bytes.splice(to..to, piece.iter().copied());
        }
    }
}
