//! Secrets: the ACL token and basic-auth password, which no `Debug`, message or log may show,
//! and how the token was given, which messages name instead.

use std::fmt;
use std::path::PathBuf;

/// An ACL token. Its `Debug` and `Display` never show the value.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// For values as typed, before they are checked: they are secret from the start, so that no
/// `Debug` of the parsed command line can show them.
impl From<&str> for Secret {
    fn from(text: &str) -> Self {
        Secret(text.to_string())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// How the token reached us: named in messages instead of the token itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenOrigin {
    Flag,
    FlagFile(PathBuf),
    Env,
    EnvFile(PathBuf),
    /// A context's `token-file`: the context's name and the file.
    ContextFile(String, PathBuf),
    /// A context's `token-command`, by the context's name.
    ContextCommand(String),
}

impl fmt::Display for TokenOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenOrigin::Flag => f.write_str("the token given with --token"),
            TokenOrigin::FlagFile(p) => {
                write!(f, "the token read from --token-file {}", p.display())
            }
            TokenOrigin::Env => f.write_str("the token in CONSUL_HTTP_TOKEN"),
            TokenOrigin::EnvFile(p) => {
                write!(
                    f,
                    "the token read from CONSUL_HTTP_TOKEN_FILE ({})",
                    p.display()
                )
            }
            TokenOrigin::ContextFile(name, p) => write!(
                f,
                "the token read from token-file {} of context {name}",
                p.display()
            ),
            TokenOrigin::ContextCommand(name) => {
                write!(
                    f,
                    "the token printed by the token-command of context {name}"
                )
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct Token {
    pub secret: Secret,
    pub origin: TokenOrigin,
}
