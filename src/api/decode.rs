//! Reading Consul's JSON answers as Consul's own Go client reads them: a key an object repeats
//! is taken once, with its last value. serde's derived models refuse a repeated field
//! ("duplicate field"), and HashiCorp's own documented answers repeat some (the explain sample
//! has `"Name"` twice).
//!
//! An answer is decoded as usual first; only when that fails on a repeated key is it decoded
//! again through [`LastWins`], which hands every object to the model with each key once. Large
//! answers without repeated keys (nearly all) cost nothing more, and what the model borrows
//! still borrows from the answer.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, IntoDeserializer, Visitor};
use serde_json::value::RawValue;

/// serde_json's name for the newtype a [`RawValue`] asks for: its text is passed through as
/// written, repeated keys and all (a model that keeps Consul's bytes keeps them as sent).
const RAW_VALUE: &str = "$serde_json::private::RawValue";

/// Decodes one of Consul's answers (or a part of one) into `T`, repeated keys last-wins.
pub(crate) fn from_answer<'a, T: Deserialize<'a>>(text: &'a [u8]) -> serde_json::Result<T> {
    let first = match serde_json::from_slice(text) {
        Ok(value) => return Ok(value),
        Err(e) => e,
    };
    if !is_repeated_key(&first) {
        return Err(first);
    }
    let Ok(text) = std::str::from_utf8(text) else {
        return Err(first);
    };
    T::deserialize(LastWins { text })
}

/// serde's words for a field given twice (`de::Error::duplicate_field`).
fn is_repeated_key(error: &serde_json::Error) -> bool {
    error.is_data() && error.to_string().starts_with("duplicate field")
}

/// A deserializer over one JSON value's text that gives each object's keys once, the last
/// value of a repeated one in the place of its last occurrence.
struct LastWins<'de> {
    text: &'de str,
}

impl<'de> LastWins<'de> {
    /// `read` on serde_json's own deserializer over the text, the visitor wrapped so that
    /// nested objects and lists come through [`LastWins`] too.
    fn with_json<V: Visitor<'de>>(
        self,
        visitor: V,
        read: impl FnOnce(
            &mut serde_json::Deserializer<serde_json::de::StrRead<'de>>,
            Nested<V>,
        ) -> serde_json::Result<V::Value>,
    ) -> serde_json::Result<V::Value> {
        let mut json = serde_json::Deserializer::from_str(self.text);
        let value = read(&mut json, Nested(visitor))?;
        json.end()?;
        Ok(value)
    }

    fn is_null(&self) -> bool {
        self.text.trim() == "null"
    }
}

macro_rules! through_json {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> serde_json::Result<V::Value> {
                self.with_json(visitor, |json, nested| json.$method(nested))
            }
        )*
    };
}

impl<'de> Deserializer<'de> for LastWins<'de> {
    type Error = serde_json::Error;

    through_json! {
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32
        deserialize_u64 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_unit deserialize_seq deserialize_map deserialize_identifier
        deserialize_ignored_any
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> serde_json::Result<V::Value> {
        if self.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> serde_json::Result<V::Value> {
        self.with_json(visitor, |json, nested| {
            json.deserialize_unit_struct(name, nested)
        })
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> serde_json::Result<V::Value> {
        if name == RAW_VALUE {
            let mut json = serde_json::Deserializer::from_str(self.text);
            let value = json.deserialize_newtype_struct(name, visitor)?;
            json.end()?;
            return Ok(value);
        }
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> serde_json::Result<V::Value> {
        self.with_json(visitor, |json, nested| json.deserialize_tuple(len, nested))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> serde_json::Result<V::Value> {
        self.with_json(visitor, |json, nested| {
            json.deserialize_tuple_struct(name, len, nested)
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> serde_json::Result<V::Value> {
        self.with_json(visitor, |json, nested| {
            json.deserialize_struct(name, fields, nested)
        })
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> serde_json::Result<V::Value> {
        // Consul's enums are strings; an enum's content is read as serde_json reads it.
        let mut json = serde_json::Deserializer::from_str(self.text);
        let value = json.deserialize_enum(name, variants, visitor)?;
        json.end()?;
        Ok(value)
    }
}

/// A visitor whose objects and lists are read whole, then handed on through [`LastWins`].
struct Nested<V>(V);

macro_rules! passed_on {
    ($($method:ident: $ty:ty)*) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<Self::Value, E> {
                self.0.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Nested<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)
    }

    passed_on! {
        visit_bool: bool visit_i8: i8 visit_i16: i16 visit_i32: i32 visit_i64: i64
        visit_i128: i128 visit_u8: u8 visit_u16: u16 visit_u32: u32 visit_u64: u64
        visit_u128: u128 visit_f32: f32 visit_f64: f64 visit_char: char visit_str: &str
        visit_borrowed_str: &'de str visit_string: String visit_bytes: &[u8]
        visit_borrowed_bytes: &'de [u8] visit_byte_buf: Vec<u8>
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.visit_some(d)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.visit_newtype_struct(d)
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        self.0.visit_enum(data)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element::<&'de RawValue>()? {
            items.push(item);
        }
        self.0
            .visit_seq(Items(items.into_iter()))
            .map_err(de::Error::custom)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members: Vec<Option<(Key<'de>, &'de RawValue)>> = Vec::new();
        let mut at: HashMap<Cow<'de, str>, usize> = HashMap::new();
        while let Some((key, value)) = map.next_entry::<Key<'de>, &'de RawValue>()? {
            if let Some(earlier) = at.insert(key.0.clone(), members.len()) {
                members[earlier] = None;
            }
            members.push(Some((key, value)));
        }
        let members: Vec<_> = members.into_iter().flatten().collect();
        self.0
            .visit_map(Members {
                members: members.into_iter(),
                value: None,
            })
            .map_err(de::Error::custom)
    }
}

/// An object's key as written, borrowed where it holds no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> Visitor<'de> for Visit {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(Visit)
    }
}

struct Items<'de>(std::vec::IntoIter<&'de RawValue>);

impl<'de> de::SeqAccess<'de> for Items<'de> {
    type Error = serde_json::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> serde_json::Result<Option<T::Value>> {
        self.0
            .next()
            .map(|item| seed.deserialize(LastWins { text: item.get() }))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct Members<'de> {
    members: std::vec::IntoIter<(Key<'de>, &'de RawValue)>,
    value: Option<&'de RawValue>,
}

impl<'de> de::MapAccess<'de> for Members<'de> {
    type Error = serde_json::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> serde_json::Result<Option<K::Value>> {
        let Some((Key(key), value)) = self.members.next() else {
            return Ok(None);
        };
        self.value = Some(value);
        match key {
            Cow::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)),
            Cow::Owned(key) => {
                let key: StringDeserializer<serde_json::Error> = key.into_deserializer();
                seed.deserialize(key)
            }
        }
        .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> serde_json::Result<V::Value> {
        let value = self
            .value
            .take()
            .ok_or_else(|| de::Error::custom("a value asked for before its key"))?;
        seed.deserialize(LastWins { text: value.get() })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.members.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::models::{PreparedQuery, QueryExecution};

    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct Outer<'a> {
        name: String,
        #[serde(borrow)]
        tag: Cow<'a, str>,
        inner: Option<Vec<Inner>>,
        #[serde(flatten)]
        other: serde_json::Map<String, serde_json::Value>,
    }

    #[derive(Debug, serde::Deserialize, PartialEq)]
    #[serde(rename_all = "PascalCase")]
    struct Inner {
        port: u16,
    }

    #[test]
    fn a_repeated_key_keeps_its_last_value_at_every_depth() {
        let text = br#"{"Name":"a","Tag":"t1","Inner":[{"Port":1,"Port":2}],"Name":"b",
            "Tag":"t2","X":{"k":1,"k":2},"X":{"k":3}}"#;
        assert!(
            serde_json::from_slice::<Outer>(text).is_err(),
            "serde refuses it"
        );
        let outer: Outer = from_answer(text).unwrap();
        assert_eq!(outer.name, "b");
        assert_eq!(outer.inner, Some(vec![Inner { port: 2 }]));
        assert_eq!(outer.other["X"], serde_json::json!({"k": 3}));
        // What the model borrows still borrows from the answer.
        assert!(matches!(outer.tag, Cow::Borrowed("t2")), "{:?}", outer.tag);
    }

    #[test]
    fn raw_values_keep_the_answer_as_written() {
        #[derive(serde::Deserialize)]
        struct Kept<'a> {
            #[serde(borrow, rename = "Query")]
            query: &'a RawValue,
            #[serde(rename = "N")]
            n: u8,
        }
        let text = br#"{"N":1,"Query":{"Name":"a", "Name":"b"},"N":2}"#;
        let kept: Kept = from_answer(text).unwrap();
        assert_eq!(kept.query.get(), r#"{"Name":"a", "Name":"b"}"#);
        assert_eq!(kept.n, 2);
    }

    #[test]
    fn other_mistakes_are_reported_as_serde_json_words_them() {
        let wrong = from_answer::<Inner>(br#"{"Port":"x"}"#).unwrap_err();
        let direct = serde_json::from_slice::<Inner>(br#"{"Port":"x"}"#).unwrap_err();
        assert_eq!(wrong.to_string(), direct.to_string());
        let both = from_answer::<Inner>(br#"{"Port":1,"Port":"x"}"#).unwrap_err();
        assert!(both.to_string().contains("invalid type"), "{both}");
        assert!(from_answer::<Inner>(b"{\"Port\":1,\"Port\":2}  x").is_err());
    }

    #[test]
    fn consuls_models_take_repeated_keys() {
        let query: PreparedQuery = from_answer(
            br#"{"Name":"my-query","Service":{"Service":"a","OnlyPassing":false,"OnlyPassing":true},"Name":"geo-db"}"#,
        )
        .unwrap();
        assert_eq!(query.name.as_deref(), Some("geo-db"));
        assert_eq!(query.service.only_passing, Some(true));
        let execution: QueryExecution = from_answer(
            br#"{"Service":"a","Nodes":[],"Datacenter":"dc1","Datacenter":"dc2","Failovers":1}"#,
        )
        .unwrap();
        assert_eq!(execution.datacenter, "dc2");
    }
}
