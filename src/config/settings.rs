//! Where each resolved setting came from, as `context show` prints it, and the layers that
//! decide each setting while recording that.

use super::{ChosenContext, Config, Declaration, Given, GlobalInput, Source};

/// Where one resolved setting came from, as `context show` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Flag,
    Env(&'static str),
    Context(String),
    Default,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Flag => f.write_str("flag"),
            Origin::Env(var) => write!(f, "environment {var}"),
            Origin::Context(name) => write!(f, "context {name}"),
            Origin::Default => f.write_str("default"),
        }
    }
}

/// One resolved setting: its option's long name, the value as shown (`None`: never shown, as
/// the token) and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    pub name: &'static str,
    pub value: Option<String>,
    pub origin: Origin,
}

/// Decides each setting from its layers: a flag, then its variable (a `CONSUL_*` one only when
/// no context is in use: a context replaces them all), then the context's key; recording where
/// each value came from.
pub(super) struct Layers<'a> {
    pub(super) input: &'a GlobalInput,
    pub(super) context: Option<&'a ChosenContext>,
    pub(super) ignored: Vec<&'static str>,
    pub(super) settings: Vec<Setting>,
}

impl Layers<'_> {
    /// The setting `declared`, as `get` finds it in what was typed and, failing that, in the
    /// context's keys; `shown` is how `context show` prints it (a secret is never shown).
    pub(super) fn pick<T>(
        &mut self,
        declared: &Declaration,
        get: impl Fn(&GlobalInput) -> Given<T>,
        shown: impl Fn(&T) -> Option<String>,
    ) -> Given<T> {
        let var = declared.variable;
        let replaced = self.context.is_some() && var.is_some_and(|v| v.starts_with("CONSUL_"));
        let given = match get(self.input) {
            Some((_, Source::Env)) if replaced => {
                self.ignored.extend(var);
                None
            }
            other => other,
        };
        let picked = given.or_else(|| {
            let context = self.context.filter(|_| declared.in_context)?;
            get(&context.settings).map(|(v, _)| (v, Source::Context))
        });
        let origin = match (&picked, self.context) {
            (None, _) => Origin::Default,
            (Some((_, Source::Flag)), _) => Origin::Flag,
            (Some((_, Source::Env)), _) => Origin::Env(var.unwrap_or_default()),
            (Some((_, Source::Context)), Some(c)) => Origin::Context(c.name.clone()),
            (Some((_, Source::Context)), None) => Origin::Default,
        };
        if let Some((value, _)) = &picked {
            self.settings.push(Setting {
                name: declared.name(),
                value: if declared.secret { None } else { shown(value) },
                origin,
            });
        }
        picked
    }

    /// A setting that was not given anywhere, with its declared default.
    pub(super) fn default(&mut self, declared: &Declaration) {
        let name = declared.name();
        if !self.settings.iter().any(|s| s.name == name) {
            self.settings.push(Setting {
                name,
                value: Some(declared.default.to_string()),
                origin: Origin::Default,
            });
        }
    }
}

impl Config {
    /// Where a setting (by its option's long name) came from, when it was given at all.
    pub fn origin(&self, name: &str) -> Option<&Origin> {
        self.settings
            .iter()
            .find(|s| s.name == name)
            .map(|s| &s.origin)
    }
}
