//! Every setting that comes from more than a flag, declared once with its sources: its flag,
//! its environment variable, whether a context of the config file may set it, its default as
//! documented, and what its variable means. clap takes each variable from here, the config
//! file's keys are these, `Config::resolve` names each setting by its declaration, and the
//! environment list of `--help`, the man pages and the README is made from (or checked
//! against) this table.

use super::{DEFAULT_ADDR, DEFAULT_MAX_ANSWER_SIZE, DEFAULT_REQUEST_TIMEOUT};

/// One setting and where it may come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Declaration {
    /// The long flag, as typed: `--http-addr`.
    pub flag: &'static str,
    /// The environment variable that stands for it, if any.
    pub variable: Option<&'static str>,
    /// clap reads the variable with the flag; when false, `Config::resolve` reads it by rules
    /// of its own (Go's booleans for `CONSUL_HTTP_SSL`, `NO_COLOR` set to anything).
    pub variable_by_clap: bool,
    /// A context of the config file may set it, under the flag's long name.
    pub in_context: bool,
    /// A secret: its value is never shown, not even the variable's in `--help`, and it has no
    /// place in the config file.
    pub secret: bool,
    /// The default, as documented.
    pub default: &'static str,
    /// What the variable means, as `--help`'s environment list, the man pages and the README
    /// say it.
    pub meaning: &'static str,
}

impl Declaration {
    /// The flag's long name, which is also the setting's name in `context show` and its key
    /// in the config file: `http-addr`.
    pub fn name(&self) -> &'static str {
        let flag: &'static str = self.flag;
        flag.trim_start_matches("--")
    }

    /// The flag with its variable, as messages name where a value came from:
    /// `--namespace (CONSUL_NAMESPACE)`.
    pub fn label(&self) -> String {
        match self.variable {
            Some(var) => format!("{} ({var})", self.flag),
            None => self.flag.to_string(),
        }
    }
}

/// A declaration with the common case filled in: a variable read by clap, not a secret, not in
/// a context.
const fn declared(
    flag: &'static str,
    variable: Option<&'static str>,
    default: &'static str,
    meaning: &'static str,
) -> Declaration {
    Declaration {
        flag,
        variable,
        variable_by_clap: variable.is_some(),
        in_context: false,
        secret: false,
        default,
        meaning,
    }
}

impl Declaration {
    const fn in_context(self) -> Declaration {
        Declaration {
            in_context: true,
            ..self
        }
    }

    const fn secret(self) -> Declaration {
        Declaration {
            secret: true,
            ..self
        }
    }

    const fn variable_read_by_resolve(self) -> Declaration {
        Declaration {
            variable_by_clap: false,
            ..self
        }
    }
}

pub const HTTP_ADDR: Declaration = declared(
    "--http-addr",
    Some("CONSUL_HTTP_ADDR"),
    DEFAULT_ADDR,
    "host:port, http://..., https://... or unix:///path",
)
.in_context();
pub const TOKEN: Declaration = declared(
    "--token",
    Some("CONSUL_HTTP_TOKEN"),
    "none",
    "ACL token, sent as X-Consul-Token (never in the URL)",
)
.secret();
pub const TOKEN_FILE: Declaration = declared(
    "--token-file",
    Some("CONSUL_HTTP_TOKEN_FILE"),
    "none",
    "file holding the token; trailing newlines trimmed",
)
.in_context();
pub const HTTP_AUTH: Declaration = declared(
    "--http-auth",
    Some("CONSUL_HTTP_AUTH"),
    "none",
    "HTTP basic auth, for a proxy in front of the agent",
)
.secret();
pub const NAMESPACE: Declaration = declared(
    "--namespace",
    Some("CONSUL_NAMESPACE"),
    "none",
    "Consul Enterprise namespace, sent as ?ns= to the service, check and health endpoints",
)
.in_context();
pub const PARTITION: Declaration = declared(
    "--partition",
    Some("CONSUL_PARTITION"),
    "none",
    "Consul Enterprise admin partition, sent as ?partition= to the service, check, health and member endpoints",
)
.in_context();
pub const CONTEXT: Declaration = declared(
    "--context",
    Some("CONSULCTL_CONTEXT"),
    "none",
    "named context of the config file; replaces the CONSUL_* variables entirely",
);
pub const MAX_ANSWER_SIZE: Declaration = declared(
    "--max-answer-size",
    Some("CONSULCTL_MAX_ANSWER_SIZE"),
    DEFAULT_MAX_ANSWER_SIZE,
    "longer answers are refused (exit 1), never held in memory",
)
.in_context();
pub const RETRY: Declaration = declared(
    "--retry",
    Some("CONSULCTL_RETRY"),
    "0",
    "try a failed request up to N more times, when that is safe",
)
.in_context();
pub const RETRY_MAX_TIME: Declaration = declared(
    "--retry-max-time",
    Some("CONSULCTL_RETRY_MAX_TIME"),
    "30s",
    "no retry starts later than this after the first attempt",
)
.in_context();
pub const HTTP_SSL: Declaration = declared(
    "--http-ssl",
    Some("CONSUL_HTTP_SSL"),
    "false",
    "use https for a bare host:port",
)
.variable_read_by_resolve()
.in_context();
pub const HTTP_SSL_VERIFY: Declaration = declared(
    "--http-ssl-verify",
    Some("CONSUL_HTTP_SSL_VERIFY"),
    "true",
    "false accepts any certificate, with a warning on every run",
)
.variable_read_by_resolve()
.in_context();
pub const CA_FILE: Declaration = declared(
    "--ca-file",
    Some("CONSUL_CACERT"),
    "system roots",
    "PEM CA certificate(s) to trust instead of the system's",
)
.in_context();
pub const CA_PATH: Declaration = declared(
    "--ca-path",
    Some("CONSUL_CAPATH"),
    "system roots",
    "folder of PEM CA files; --ca-file wins when both are set",
)
.in_context();
pub const CLIENT_CERT: Declaration = declared(
    "--client-cert",
    Some("CONSUL_CLIENT_CERT"),
    "none",
    "PEM client certificate, for verify_incoming agents",
)
.in_context();
pub const CLIENT_KEY: Declaration = declared(
    "--client-key",
    Some("CONSUL_CLIENT_KEY"),
    "none",
    "its PEM private key (both or neither)",
)
.in_context();
pub const TLS_SERVER_NAME: Declaration = declared(
    "--tls-server-name",
    Some("CONSUL_TLS_SERVER_NAME"),
    "the address's host",
    "the name the agent's certificate must hold",
)
.in_context();
pub const COLOR: Declaration = declared(
    "--color",
    Some("NO_COLOR"),
    "auto",
    "colour status words in tables; auto colours only a terminal without NO_COLOR",
)
.variable_read_by_resolve();
pub const DATACENTER: Declaration = declared("--datacenter", None, "the agent's", "").in_context();
pub const REQUEST_TIMEOUT: Declaration =
    declared("--request-timeout", None, DEFAULT_REQUEST_TIMEOUT, "").in_context();

/// Every declared setting. The variables keep this order in `--help` and the man pages.
pub const SETTINGS: &[Declaration] = &[
    HTTP_ADDR,
    TOKEN,
    TOKEN_FILE,
    HTTP_AUTH,
    NAMESPACE,
    PARTITION,
    CONTEXT,
    MAX_ANSWER_SIZE,
    RETRY,
    RETRY_MAX_TIME,
    HTTP_SSL,
    HTTP_SSL_VERIFY,
    CA_FILE,
    CA_PATH,
    CLIENT_CERT,
    CLIENT_KEY,
    TLS_SERVER_NAME,
    COLOR,
    DATACENTER,
    REQUEST_TIMEOUT,
];

/// The setting whose flag has this long name (`http-addr`).
pub fn declaration(name: &str) -> Option<&'static Declaration> {
    SETTINGS.iter().find(|d| d.name() == name)
}

/// The config file's keys for the global options, in the table's order.
pub fn context_keys() -> impl Iterator<Item = &'static str> {
    SETTINGS.iter().filter(|d| d.in_context).map(|d| d.name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_setting_is_declared_once() {
        for (i, d) in SETTINGS.iter().enumerate() {
            assert!(d.flag.starts_with("--"), "{d:?}");
            assert!(
                SETTINGS[..i].iter().all(|e| e.flag != d.flag
                    && (e.variable.is_none() || e.variable != d.variable)),
                "{} declared twice",
                d.flag
            );
            // A secret in the config file would be backed up and shared with it.
            assert!(!(d.secret && d.in_context), "{d:?}");
            assert_eq!(d.variable.is_some(), !d.meaning.is_empty(), "{d:?}");
        }
    }
}
