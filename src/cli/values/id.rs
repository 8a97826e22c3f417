//! Names and IDs on the command line, typed by what they name: the type of an argument says
//! what live completion offers for it, and which rule its text follows.

use std::any::TypeId;
use std::ffi::OsStr;
use std::fmt;
use std::marker::PhantomData;

use super::non_empty;
use crate::input::{identifier, shown, SHOWN_CHARS};

/// What a name or ID on the command line refers to: the live completion offers these names
/// from the agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Names {
    /// Every check on the agent.
    Checks,
    /// TTL checks only: Consul refuses pass, warn, fail and update on the others.
    TtlChecks,
    Services,
    /// Prepared queries, by name (by ID once what is typed matches no name).
    Queries,
    Members,
}

/// The kind of thing an [`Id`] names. Each argument that takes a name or ID says, by its type,
/// what it names; live completion reads that from the command tree.
pub trait IdKind: Clone + Send + Sync + 'static {
    /// What live completion offers, or `None` when there is nothing to offer.
    const NAMES: Option<Names>;

    /// The rule the text must follow: the returned text, or why it cannot be one.
    fn rule(text: &str) -> Result<String, String>;
}

/// Declares the kinds of [`Id`]: what completion offers for each, and its rule.
macro_rules! id_kinds {
    ($($(#[$doc:meta])* $kind:ident => $names:expr, $rule:path;)*) => {
        $( $(#[$doc])* #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $kind;

        impl IdKind for $kind {
            const NAMES: Option<Names> = $names;

            fn rule(text: &str) -> Result<String, String> {
                $rule(text)
            }
        } )*

        /// What completion offers for the argument, judged by the type its parser makes; the
        /// outer `None` when it takes no [`Id`] at all.
        pub fn names_of(arg: &clap::Arg) -> Option<Option<Names>> {
            let made = arg.get_value_parser().type_id();
            $( if made == TypeId::of::<Id<$kind>>() {
                return Some(<$kind as IdKind>::NAMES);
            } )*
            None
        }
    };
}

id_kinds! {
    /// Any check registered on the agent.
    CheckId => Some(Names::Checks), identifier;
    /// A check a prepared query ignores: kept in the query, never in a URL.
    IgnoredCheckId => Some(Names::Checks), non_empty;
    /// A TTL check registered on the agent.
    TtlCheckId => Some(Names::TtlChecks), identifier;
    /// A service registered on the agent.
    ServiceId => Some(Names::Services), identifier;
    /// A prepared query, by ID or name.
    QueryRef => Some(Names::Queries), identifier;
    /// A member of the agent's pool.
    MemberName => Some(Names::Members), identifier;
    /// A name or ID that the command gives to what it creates: nothing to offer.
    NewName => None, identifier;
    /// Something no list of the agent's holds (a Docker container): nothing to offer.
    OtherId => None, identifier;
}

/// A name or ID, typed by what it names, and checked by its kind's rule (most go into URL
/// paths: see [`identifier`]).
#[derive(Clone, PartialEq, Eq)]
pub struct Id<K> {
    text: String,
    kind: PhantomData<K>,
}

impl<K> Id<K> {
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl<K> std::ops::Deref for Id<K> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

impl<K> fmt::Debug for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.text, f)
    }
}

impl<K> fmt::Display for Id<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl<K> AsRef<str> for Id<K> {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl<K> From<Id<K>> for String {
    fn from(id: Id<K>) -> String {
        id.text
    }
}

impl<K> serde::Serialize for Id<K> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<K: IdKind> clap::builder::ValueParserFactory for Id<K> {
    type Parser = Identifier<K>;

    fn value_parser() -> Self::Parser {
        Identifier(PhantomData)
    }
}

/// clap value parser for [`Id`]s. clap's own message for a function parser quotes the raw
/// value, so a newline in it would split the one-line error; this one escapes such values.
#[derive(Debug, Clone, Copy)]
pub struct Identifier<K>(PhantomData<K>);

impl<K: IdKind> clap::builder::TypedValueParser for Identifier<K> {
    type Value = Id<K>;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<Id<K>, clap::Error> {
        let arg = arg.map_or_else(|| "the value".to_string(), |a| format!("'{a}'"));
        let invalid = |shown: String, why: String| {
            clap::Error::raw(
                clap::error::ErrorKind::ValueValidation,
                format!("invalid value {shown} for {arg}: {why}\n"),
            )
            .with_cmd(cmd)
        };
        let text = value.to_str().ok_or_else(|| {
            let shown = crate::error::shown_bytes(value.as_encoded_bytes());
            invalid(shown, "it is not UTF-8".to_string())
        })?;
        match K::rule(text) {
            Ok(text) => Ok(Id {
                text,
                kind: PhantomData,
            }),
            Err(why) => {
                let quoted =
                    if text.chars().any(char::is_control) || text.chars().count() > SHOWN_CHARS {
                        shown(text)
                    } else {
                        format!("'{text}'")
                    };
                Err(invalid(quoted, why))
            }
        }
    }
}

#[cfg(test)]
pub(crate) fn id<K>(text: &str) -> Id<K> {
    Id {
        text: text.to_string(),
        kind: PhantomData,
    }
}
