//! Objects keyed by ID, read as lists.

use serde::Deserialize;

use super::{AgentCheck, AgentService};

/// An object keyed by ID (`/v1/agent/services`, `/v1/agent/checks`), held as the list of its
/// values in the answer's order, which is by ID: Consul's JSON encoder writes a map's keys
/// sorted. A map would hold a copy of every ID as its key, and its nodes, beside values that
/// already name their ID.
#[derive(Debug, Clone)]
pub struct ById<T>(Vec<T>);

/// A value of a [`ById`] object: the ID it is keyed by.
pub trait Keyed {
    fn key(&self) -> &str;
}

impl Keyed for AgentService<'_> {
    fn key(&self) -> &str {
        &self.id
    }
}

impl Keyed for AgentCheck<'_> {
    fn key(&self) -> &str {
        &self.check_id
    }
}

impl<T> Default for ById<T> {
    fn default() -> Self {
        ById(Vec::new())
    }
}

impl<T: Keyed> ById<T> {
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value with this ID (the list is sorted by ID).
    pub fn get(&self, id: &str) -> Option<&T> {
        self.0
            .binary_search_by(|value| value.key().cmp(id))
            .ok()
            .map(|at| &self.0[at])
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.get(id).is_some()
    }
}

impl<T> IntoIterator for ById<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<T> FromIterator<T> for ById<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        ById(values.into_iter().collect())
    }
}

impl<'de, T: Deserialize<'de> + Keyed> Deserialize<'de> for ById<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Values<T>(std::marker::PhantomData<T>);

        impl<'de, T: Deserialize<'de> + Keyed> serde::de::Visitor<'de> for Values<T> {
            type Value = ById<T>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object keyed by ID")
            }

            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<Self::Value, M::Error> {
                let mut values: Vec<T> = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some((serde::de::IgnoredAny, value)) =
                    map.next_entry::<serde::de::IgnoredAny, T>()?
                {
                    values.push(value);
                }
                // Another sender's order is put right, as a map keyed by ID would have.
                if !values.is_sorted_by(|a, b| a.key() <= b.key()) {
                    values.sort_by(|a, b| a.key().cmp(b.key()));
                }
                Ok(ById(values))
            }
        }

        deserializer.deserialize_map(Values(std::marker::PhantomData))
    }
}
