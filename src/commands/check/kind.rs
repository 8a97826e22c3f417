//! The kinds of check, shared by `check register` (`--ttl`, `--http` …) and `service register`
//! (`--check-ttl`, `--check-http` …): one set of rules, flag names passed in for messages.

use std::collections::BTreeMap;

use crate::api::models::CheckDefinition;
use crate::error::{Error, Result};

#[derive(Debug, Clone)]
pub enum Kind {
    Ttl(String),
    Http {
        url: String,
        method: Option<String>,
        headers: Vec<(String, String)>,
        body: Option<String>,
        tls_skip_verify: bool,
        tls_server_name: Option<String>,
    },
    Tcp(String),
    Grpc {
        target: String,
        use_tls: bool,
        tls_skip_verify: bool,
        tls_server_name: Option<String>,
    },
    H2ping {
        target: String,
        tls_skip_verify: bool,
    },
    Script(Vec<String>),
    Docker {
        container: String,
        args: Vec<String>,
    },
    Alias(String),
}

/// How often and how long: the timing flags, as typed.
#[derive(Debug, Clone, Default)]
pub struct Timing {
    pub interval: Option<String>,
    pub timeout: Option<String>,
    pub deregister_critical_after: Option<String>,
}

impl Kind {
    fn word(&self) -> &'static str {
        match self {
            Kind::Ttl(_) => "TTL",
            Kind::Http { .. } => "HTTP",
            Kind::Tcp(_) => "TCP",
            Kind::Grpc { .. } => "gRPC",
            Kind::H2ping { .. } => "H2PING",
            Kind::Script(_) => "script",
            Kind::Docker { .. } => "Docker",
            Kind::Alias(_) => "alias",
        }
    }

    /// Fills the kind's fields and the timing into `def`, refusing combinations Consul would
    /// refuse or ignore. `prefix` is `--` or `--check-`, for the flag names in messages.
    pub fn apply(self, timing: Timing, prefix: &str, def: &mut CheckDefinition) -> Result<()> {
        let word = self.word();
        let runs_periodically = !matches!(self, Kind::Ttl(_) | Kind::Alias(_));
        if runs_periodically && timing.interval.is_none() {
            return Err(Error::usage(format!(
                "{word} checks run periodically: give {prefix}interval, e.g. {prefix}interval 10s"
            )));
        }
        if !runs_periodically {
            let schedule = [
                ("interval", timing.interval.as_deref()),
                ("timeout", timing.timeout.as_deref()),
            ];
            if let Some((flag, value)) = crate::commands::first_given(&schedule) {
                return Err(Error::usage(format!(
                    "{prefix}{flag} {value:?} does not apply to {word} checks, which do not run on a schedule"
                )));
            }
        }
        def.interval = timing.interval;
        def.timeout = timing.timeout;
        def.deregister_critical_service_after = timing.deregister_critical_after;
        match self {
            Kind::Ttl(ttl) => def.ttl = Some(ttl),
            Kind::Http {
                url,
                method,
                headers,
                body,
                tls_skip_verify,
                tls_server_name,
            } => {
                def.http = Some(url);
                def.method = method;
                def.body = body;
                def.tls_skip_verify = tls_skip_verify.then_some(true);
                def.tls_server_name = tls_server_name;
                if !headers.is_empty() {
                    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
                    for (name, value) in headers {
                        map.entry(name).or_default().push(value);
                    }
                    def.header = Some(map);
                }
            }
            Kind::Tcp(address) => def.tcp = Some(address),
            Kind::Grpc {
                target,
                use_tls,
                tls_skip_verify,
                tls_server_name,
            } => {
                def.grpc = Some(target);
                def.grpc_use_tls = use_tls.then_some(true);
                def.tls_skip_verify = tls_skip_verify.then_some(true);
                def.tls_server_name = tls_server_name;
            }
            Kind::H2ping {
                target,
                tls_skip_verify,
            } => {
                def.h2ping = Some(target);
                def.tls_skip_verify = tls_skip_verify.then_some(true);
            }
            Kind::Script(args) => def.args = Some(args),
            Kind::Docker { container, args } => {
                def.docker_container_id = Some(container);
                def.args = Some(args);
            }
            Kind::Alias(service) => def.alias_service = Some(service),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periodic_checks_need_an_interval() {
        let mut def = CheckDefinition::default();
        let err = Kind::Tcp("127.0.0.1:1".into())
            .apply(Timing::default(), "--", &mut def)
            .unwrap_err();
        assert!(err.message().contains("--interval"), "{}", err.message());
        let err = Kind::Tcp("127.0.0.1:1".into())
            .apply(Timing::default(), "--check-", &mut def)
            .unwrap_err();
        assert!(
            err.message().contains("--check-interval"),
            "{}",
            err.message()
        );
    }

    #[test]
    fn ttl_refuses_an_interval() {
        let mut def = CheckDefinition::default();
        let timing = Timing {
            interval: Some("10s".into()),
            ..Default::default()
        };
        assert!(Kind::Ttl("30s".into())
            .apply(timing, "--", &mut def)
            .is_err());
    }

    #[test]
    fn repeated_headers_collect_values() {
        let mut def = CheckDefinition::default();
        let kind = Kind::Http {
            url: "http://127.0.0.1/".into(),
            method: None,
            headers: vec![("A".into(), "1".into()), ("A".into(), "2".into())],
            body: None,
            tls_skip_verify: false,
            tls_server_name: None,
        };
        let timing = Timing {
            interval: Some("10s".into()),
            ..Default::default()
        };
        kind.apply(timing, "--", &mut def).unwrap();
        assert_eq!(def.header.unwrap()["A"], vec!["1", "2"]);
        assert_eq!(def.tls_skip_verify, None);
    }
}
