//! `Config::resolve`: each setting decided once from its flag, variable, context and default,
//! and the checks on the values given.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

use super::secrets::{basic_auth, read_token_file, resolve_token, token_from_command};
use super::settings::Layers;
use super::{
    parse_address, without_credentials, ChosenContext, ColorChoice, Config, Given, GlobalInput,
    Origin, OutputFormat, Setting, Source, Terminal, DEFAULT_ADDR, DEFAULT_MAX_ANSWER,
    DEFAULT_REQUEST_TIMEOUT, DEFAULT_TIMEOUT,
};
use crate::api::{RetryPolicy, TlsOptions};
use crate::error::{Error, Result};
use crate::secret::{Token, TokenOrigin};

impl Config {
    pub fn resolve(
        input: GlobalInput,
        env: &dyn Fn(&str) -> Option<OsString>,
        terminal: Terminal,
    ) -> Result<Config> {
        let env_str = |name: &str| {
            env(name)
                .and_then(|v| v.into_string().ok())
                .filter(|v| !v.is_empty())
        };
        let env_bool = |name: &str| -> Result<Option<bool>> {
            match env_str(name) {
                Some(v) => parse_go_bool(&v).map(Some).ok_or_else(|| {
                    Error::usage(format!("{name}={v:?} is not a boolean: use true or false"))
                }),
                None => Ok(None),
            }
        };
        let context = input.context.as_deref();
        let mut layers = Layers {
            context,
            ignored: Vec::new(),
            settings: Vec::new(),
        };
        let flag_or_env = |flag: Option<bool>, env: Option<bool>| {
            flag.map(|v| (v, Source::Flag))
                .or(env.map(|v| (v, Source::Env)))
        };
        let bool_shown = |b: &bool| Some(b.to_string());
        let path_shown = |p: &PathBuf| Some(p.display().to_string());
        let text_shown = |t: &String| Some(t.clone());
        // Each variable is read even when its flag wins, so a bad value is never ignored.
        let ssl = flag_or_env(input.http_ssl, env_bool("CONSUL_HTTP_SSL")?);
        let ssl = layers.pick(
            ("http-ssl", Some("CONSUL_HTTP_SSL")),
            ssl,
            |c| c.http_ssl.map(|v| (v, Source::Flag)),
            bool_shown,
        );
        let ssl = ssl.is_some_and(|(v, _)| v);
        let verify = flag_or_env(input.http_ssl_verify, env_bool("CONSUL_HTTP_SSL_VERIFY")?);
        let verify = layers.pick(
            ("http-ssl-verify", Some("CONSUL_HTTP_SSL_VERIFY")),
            verify,
            |c| c.http_ssl_verify.map(|v| (v, Source::Flag)),
            bool_shown,
        );
        let verify = verify.is_none_or(|(v, _)| v);
        let addr = layers.pick(
            ("http-addr", Some("CONSUL_HTTP_ADDR")),
            input.http_addr,
            |c| c.http_addr.clone(),
            |a| Some(without_credentials(a)),
        );
        let (addr, addr_source) = addr.unwrap_or_else(|| (DEFAULT_ADDR.to_string(), Source::Flag));
        let endpoint = parse_address(&addr, ssl).map_err(|why| {
            let addr = without_credentials(&addr);
            let origin = match (addr_source, context) {
                (Source::Context, Some(c)) => {
                    format!("http-addr of context {} ({})", c.name, c.file.display())
                }
                (Source::Env, _) => "CONSUL_HTTP_ADDR".to_string(),
                _ => "--http-addr".to_string(),
            };
            Error::usage(format!(
                "{origin} {addr:?} is not a usable address: {why}; give host:port, http://host:port, https://host:port or unix:///path/to/socket"
            ))
        })?;

        let token = layers.pick(
            ("token", Some("CONSUL_HTTP_TOKEN")),
            input.token,
            |_| None,
            |_| None,
        );
        let token_file = layers.pick(
            ("token-file", Some("CONSUL_HTTP_TOKEN_FILE")),
            input.token_file,
            |c| c.token_file.clone(),
            path_shown,
        );
        let token = match (token, token_file, context) {
            // A flag beats the context's token, however that one is given.
            (token, file, _) if has_flag(&token) || has_flag(&file) => resolve_token(token, file)?,
            (None, Some((path, Source::Context)), Some(c)) => Some(read_token_file(
                &path,
                &format!("token-file of context {}", c.name),
                TokenOrigin::ContextFile(c.name.clone(), path.clone()),
            )?),
            (None, None, Some(c)) if c.token_command.is_some() => {
                layers.settings.push(Setting {
                    name: "token",
                    value: None,
                    origin: Origin::Context(c.name.clone()),
                });
                if input.describe_only {
                    None
                } else {
                    let command = c.token_command.as_deref().unwrap_or_default();
                    Some(Token {
                        secret: token_from_command(&c.name, command)?,
                        origin: TokenOrigin::ContextCommand(c.name.clone()),
                    })
                }
            }
            (token, file, _) => resolve_token(token, file)?,
        };
        let basic_auth = layers
            .pick(
                ("http-auth", Some("CONSUL_HTTP_AUTH")),
                input.http_auth,
                |_| None,
                |_| None,
            )
            .map(basic_auth)
            .transpose()?;
        let ca_file = layers.pick(
            ("ca-file", Some("CONSUL_CACERT")),
            input.ca_file,
            |c| c.ca_file.clone(),
            path_shown,
        );
        let ca_path = layers.pick(
            ("ca-path", Some("CONSUL_CAPATH")),
            input.ca_path,
            |c| c.ca_path.clone(),
            path_shown,
        );
        let client_cert = layers.pick(
            ("client-cert", Some("CONSUL_CLIENT_CERT")),
            input.client_cert,
            |c| c.client_cert.clone(),
            path_shown,
        );
        let client_key = layers.pick(
            ("client-key", Some("CONSUL_CLIENT_KEY")),
            input.client_key,
            |c| c.client_key.clone(),
            path_shown,
        );
        let tls_server_name = layers.pick(
            ("tls-server-name", Some("CONSUL_TLS_SERVER_NAME")),
            input.tls_server_name,
            |c| c.tls_server_name.clone(),
            text_shown,
        );
        let cert_origin = |given: &Given<PathBuf>, option| {
            origin_label(
                option,
                given.as_ref().map_or(Source::Flag, |(_, s)| *s),
                context,
            )
        };
        let cert_label = cert_origin(&client_cert, "--client-cert (CONSUL_CLIENT_CERT)");
        let key_label = cert_origin(&client_key, "--client-key (CONSUL_CLIENT_KEY)");
        let (ca_file, ca_path, client_cert, client_key, tls_server_name) = (
            ca_file.map(|(v, _)| v),
            ca_path.map(|(v, _)| v),
            client_cert.map(|(v, _)| v),
            client_key.map(|(v, _)| v),
            tls_server_name.map(|(v, _)| v),
        );
        match (&client_cert, &client_key) {
            (Some(cert), None) => {
                return Err(Error::usage(format!(
                    "{cert_label} {} was given without --client-key (CONSUL_CLIENT_KEY): give both",
                    cert.display()
                )))
            }
            (None, Some(key)) => {
                return Err(Error::usage(format!(
                "{key_label} {} was given without --client-cert (CONSUL_CLIENT_CERT): give both",
                key.display()
            )))
            }
            _ => {}
        }
        let namespace = layers
            .pick(
                ("namespace", Some("CONSUL_NAMESPACE")),
                input.namespace,
                |c| c.namespace.clone(),
                text_shown,
            )
            .map(|(ns, source)| {
                let origin = origin_label("--namespace (CONSUL_NAMESPACE)", source, context);
                checked_tenancy(ns, &origin, "namespace")
            })
            .transpose()?;
        let partition = layers
            .pick(
                ("partition", Some("CONSUL_PARTITION")),
                input.partition,
                |c| c.partition.clone(),
                text_shown,
            )
            .map(|(ap, source)| {
                let origin = origin_label("--partition (CONSUL_PARTITION)", source, context);
                checked_tenancy(ap, &origin, "partition")
            })
            .transpose()?;
        let datacenter = layers
            .pick(
                ("datacenter", None),
                input.datacenter.map(|dc| (dc, Source::Flag)),
                |c| c.datacenter.clone().map(|dc| (dc, Source::Flag)),
                text_shown,
            )
            .map(|(dc, _)| dc);
        let duration_shown = |d: &Duration| Some(crate::duration::display(*d));
        let request_timeout = layers
            .pick(
                ("request-timeout", None),
                input.request_timeout.map(|d| (d, Source::Flag)),
                |c| c.request_timeout.map(|d| (d, Source::Flag)),
                duration_shown,
            )
            .map_or(DEFAULT_TIMEOUT, |(d, _)| d);
        let max_answer = layers
            .pick(
                ("max-answer-size", Some("CONSULCTL_MAX_ANSWER_SIZE")),
                input.max_answer,
                |c| c.max_answer,
                |n| Some(n.to_string()),
            )
            .map_or(DEFAULT_MAX_ANSWER, |(n, _)| n);
        let defaults = RetryPolicy::default();
        let retry = RetryPolicy {
            retries: layers
                .pick(
                    ("retry", Some("CONSULCTL_RETRY")),
                    input.retries,
                    |c| c.retries,
                    |n| Some(n.to_string()),
                )
                .map_or(defaults.retries, |(n, _)| n),
            max_time: layers
                .pick(
                    ("retry-max-time", Some("CONSULCTL_RETRY_MAX_TIME")),
                    input.retry_max_time,
                    |c| c.retry_max_time,
                    duration_shown,
                )
                .map_or(defaults.max_time, |(d, _)| d),
            force_unsafe: input.retry_unsafe,
        };
        layers.default("http-addr", DEFAULT_ADDR);
        layers.default("request-timeout", DEFAULT_REQUEST_TIMEOUT);
        let color = match input.color.unwrap_or(ColorChoice::Auto) {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                terminal.stdout_is_tty && env("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        let Layers {
            ignored, settings, ..
        } = layers;
        Ok(Config {
            endpoint,
            token,
            basic_auth,
            tls: TlsOptions {
                ca_file,
                ca_path,
                client_cert,
                client_key,
                server_name: tls_server_name,
                verify,
            },
            namespace,
            partition,
            max_answer,
            dry_run: input.dry_run,
            datacenter,
            output: input.output.unwrap_or(OutputFormat::Table),
            pretty_json: terminal.stdout_is_tty,
            color,
            request_timeout,
            retry,
            verbose: input.verbose,
            quiet: input.quiet,
            stdout_is_tty: terminal.stdout_is_tty,
            context: context.map(|c| (c.name.clone(), c.chosen_by)),
            protected: context.is_some_and(|c| c.protected),
            yes: input.yes,
            ignored_variables: ignored,
            settings,
        })
    }
}

/// How a message names where a value came from: the option (with its variable), or the key of
/// the context that gave it.
fn origin_label(option: &str, source: Source, context: Option<&ChosenContext>) -> String {
    match (source, context) {
        (Source::Context, Some(c)) => {
            let key = option.trim_start_matches("--");
            let key = key.split(' ').next().unwrap_or(key);
            format!("{key} of context {} ({})", c.name, c.file.display())
        }
        _ => option.to_string(),
    }
}

fn has_flag<T>(given: &Given<T>) -> bool {
    matches!(given, Some((_, Source::Flag)))
}

/// Namespaces and partitions are names, not paths or queries: refuse what Consul could never
/// hold. `option` names where the value came from, `what` what it is.
fn checked_tenancy(ns: String, option: &str, what: &str) -> Result<String> {
    let ns = ns.trim().to_string();
    if ns.is_empty() {
        return Err(Error::usage(format!(
            "{option} is empty: give a {what} name or leave it out"
        )));
    }
    if let Some(bad) = ns
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(Error::usage(format!(
            "{option} {ns:?} holds {bad:?}: a {what} name has letters, digits, '-' and '_' only"
        )));
    }
    Ok(ns)
}

/// `strconv.ParseBool`, which the official CLI uses for CONSUL_HTTP_SSL.
pub fn parse_go_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Endpoint;
    use crate::config::ChosenBy;
    use crate::secret::Secret;

    fn no_env(_: &str) -> Option<OsString> {
        None
    }

    fn resolve(input: GlobalInput, env: &[(&str, &str)]) -> Result<Config> {
        let owned: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let lookup = move |name: &str| {
            owned
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| OsString::from(v))
        };
        Config::resolve(input, &lookup, Terminal::default())
    }

    fn url(config: &Config) -> String {
        match &config.endpoint {
            Endpoint::Url(u) => u.to_string(),
            Endpoint::Unix(p) => format!("unix://{}", p.display()),
        }
    }

    #[test]
    fn default_address_is_local_http() {
        let c = Config::resolve(GlobalInput::default(), &no_env, Terminal::default()).unwrap();
        assert_eq!(url(&c), "http://127.0.0.1:8500/");
        assert_eq!(c.request_timeout, Duration::from_secs(10));
        assert!(c.token.is_none());
    }

    #[test]
    fn credentials_in_a_bad_address_are_not_echoed() {
        let input = GlobalInput {
            http_addr: Some(("http://u:PASSWORD@127.0.0.1:1".into(), Source::Flag)),
            ..Default::default()
        };
        let err = resolve(input, &[]).unwrap_err();
        assert!(!err.message().contains("PASSWORD"), "{}", err.message());
        assert!(
            err.message().contains("http://***@127.0.0.1:1"),
            "{}",
            err.message()
        );
    }

    #[test]
    fn consul_http_ssl_switches_bare_addresses_to_https() {
        let input = GlobalInput {
            http_addr: Some(("127.0.0.1:8501".into(), Source::Env)),
            ..Default::default()
        };
        let c = resolve(input, &[("CONSUL_HTTP_SSL", "true")]).unwrap();
        assert_eq!(url(&c), "https://127.0.0.1:8501/");
        let err = resolve(GlobalInput::default(), &[("CONSUL_HTTP_SSL", "yes")]).unwrap_err();
        assert_eq!(err.exit(), crate::error::ExitCode::Usage);
        assert!(err.message().contains("\"yes\""));
    }

    #[test]
    fn bad_address_names_value_and_origin() {
        let input = GlobalInput {
            http_addr: Some(("ftp://x".into(), Source::Env)),
            ..Default::default()
        };
        let err = resolve(input, &[]).unwrap_err();
        assert!(
            err.message().contains("CONSUL_HTTP_ADDR \"ftp://x\""),
            "{}",
            err.message()
        );
    }

    #[test]
    fn token_precedence_flag_then_file_then_env() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t");
        std::fs::write(&file, "from-file\n\n").unwrap();

        let input = GlobalInput {
            token: Some(("from-flag".into(), Source::Flag)),
            token_file: Some((file.clone(), Source::Env)),
            ..Default::default()
        };
        let t = resolve(input, &[]).unwrap().token.unwrap();
        assert_eq!(
            (t.secret.expose(), t.origin),
            ("from-flag", TokenOrigin::Flag)
        );

        let input = GlobalInput {
            token: Some(("from-env".into(), Source::Env)),
            token_file: Some((file.clone(), Source::Env)),
            ..Default::default()
        };
        let t = resolve(input, &[]).unwrap().token.unwrap();
        assert_eq!(t.secret.expose(), "from-file");
        assert_eq!(t.origin, TokenOrigin::EnvFile(file.clone()));

        let input = GlobalInput {
            token: Some(("from-env".into(), Source::Env)),
            ..Default::default()
        };
        let t = resolve(input, &[]).unwrap().token.unwrap();
        assert_eq!(
            (t.secret.expose(), t.origin),
            ("from-env", TokenOrigin::Env)
        );

        let input = GlobalInput {
            token: Some(("a".into(), Source::Flag)),
            token_file: Some((file, Source::Flag)),
            ..Default::default()
        };
        assert!(resolve(input, &[]).is_err());
    }

    #[test]
    fn token_file_problems_are_usage_errors_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty");
        std::fs::write(&empty, "\n").unwrap();
        for path in [empty, dir.path().join("missing")] {
            let input = GlobalInput {
                token_file: Some((path.clone(), Source::Flag)),
                ..Default::default()
            };
            let err = resolve(input, &[]).unwrap_err();
            assert_eq!(err.exit(), crate::error::ExitCode::Usage);
            assert!(err.message().contains(&path.display().to_string()));
        }
    }

    #[test]
    fn a_token_file_that_never_ends_is_refused_naming_it() {
        let path = PathBuf::from("/dev/zero");
        let input = GlobalInput {
            token_file: Some((path, Source::Flag)),
            ..Default::default()
        };
        let err = resolve(input, &[]).unwrap_err();
        assert_eq!(err.exit(), crate::error::ExitCode::Usage);
        assert_eq!(
            err.message(),
            "the token file /dev/zero (--token-file) is larger than 16 MiB; is it the right file?"
        );
    }

    #[test]
    fn ssl_flags_beat_their_variables() {
        let https = |input: GlobalInput, env: &[(&str, &str)]| {
            let c = resolve(input, env).unwrap();
            (c.endpoint.is_https(), c.tls.verify)
        };
        assert_eq!(https(GlobalInput::default(), &[]), (false, true));
        let env = [
            ("CONSUL_HTTP_SSL", "true"),
            ("CONSUL_HTTP_SSL_VERIFY", "false"),
        ];
        assert_eq!(https(GlobalInput::default(), &env), (true, false));
        let flags = GlobalInput {
            http_ssl: Some(false),
            http_ssl_verify: Some(true),
            ..Default::default()
        };
        assert_eq!(https(flags, &env), (false, true));
        // A bad variable is an error even when its flag is given.
        let flags = GlobalInput {
            http_ssl_verify: Some(true),
            ..Default::default()
        };
        let err = resolve(flags, &[("CONSUL_HTTP_SSL_VERIFY", "no")]).unwrap_err();
        assert!(
            err.message().contains("CONSUL_HTTP_SSL_VERIFY=\"no\""),
            "{}",
            err.message()
        );
    }

    #[test]
    fn basic_auth_splits_at_the_first_colon_and_never_echoes() {
        let auth = |text: &str| {
            resolve(
                GlobalInput {
                    http_auth: Some((text.into(), Source::Env)),
                    ..Default::default()
                },
                &[],
            )
        };
        let a = auth("ops:pa:ss").unwrap().basic_auth.unwrap();
        assert_eq!(a.user, "ops");
        assert_eq!(a.password.unwrap().expose(), "pa:ss");
        assert!(auth("ops").unwrap().basic_auth.unwrap().password.is_none());
        for bad in [":SECRETPW", "ops:SECRET\nPW"] {
            let err = auth(bad).unwrap_err();
            assert_eq!(err.exit(), crate::error::ExitCode::Usage);
            assert!(
                err.message().contains("CONSUL_HTTP_AUTH"),
                "{}",
                err.message()
            );
            assert!(!err.message().contains("SECRET"), "{}", err.message());
        }
    }

    #[test]
    fn client_certificate_needs_its_key() {
        let input = GlobalInput {
            client_cert: Some(("/tmp/c.pem".into(), Source::Flag)),
            ..Default::default()
        };
        let err = resolve(input, &[]).unwrap_err();
        assert!(err.message().contains("/tmp/c.pem") && err.message().contains("--client-key"));
        let input = GlobalInput {
            client_key: Some(("/tmp/k.pem".into(), Source::Flag)),
            ..Default::default()
        };
        assert!(resolve(input, &[])
            .unwrap_err()
            .message()
            .contains("/tmp/k.pem"));
    }

    #[test]
    fn namespaces_and_sizes() {
        let ns = |text: &str| {
            resolve(
                GlobalInput {
                    namespace: Some((text.into(), Source::Flag)),
                    ..Default::default()
                },
                &[],
            )
        };
        assert_eq!(ns(" team-a ").unwrap().namespace.as_deref(), Some("team-a"));
        assert!(ns("a/b").unwrap_err().message().contains("\"a/b\""));
        assert!(ns(" ").is_err());
        let c = resolve(GlobalInput::default(), &[]).unwrap();
        assert_eq!(c.max_answer, 32 << 20);
    }

    #[test]
    fn secret_debug_is_redacted() {
        let s = Secret::from("canary-123");
        assert_eq!(format!("{s:?}"), "<redacted>");
    }

    fn prod(settings: GlobalInput) -> Option<Box<ChosenContext>> {
        Some(Box::new(ChosenContext {
            name: "prod".into(),
            chosen_by: ChosenBy::Flag,
            file: "/c.toml".into(),
            settings,
            token_command: None,
            protected: false,
        }))
    }

    #[test]
    fn a_context_replaces_the_consul_variables_and_a_flag_beats_it() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("t");
        std::fs::write(&file, "prod-token\n").unwrap();
        let context = GlobalInput {
            http_addr: Some(("127.0.0.9:8500".into(), Source::Flag)),
            token_file: Some((file.clone(), Source::Flag)),
            datacenter: Some("eu1".into()),
            ..Default::default()
        };
        let input = GlobalInput {
            http_addr: Some(("127.0.0.1:1".into(), Source::Env)),
            token: Some(("dev-token".into(), Source::Env)),
            context: prod(context.clone()),
            ..Default::default()
        };
        let c = resolve(input, &[]).unwrap();
        assert_eq!(url(&c), "http://127.0.0.9:8500/");
        let token = c.token.clone().unwrap();
        assert_eq!(token.secret.expose(), "prod-token");
        assert_eq!(token.origin, TokenOrigin::ContextFile("prod".into(), file));
        assert_eq!(
            c.ignored_variables,
            ["CONSUL_HTTP_ADDR", "CONSUL_HTTP_TOKEN"]
        );
        assert_eq!(c.origin("http-addr"), Some(&Origin::Context("prod".into())));
        assert_eq!(c.datacenter.as_deref(), Some("eu1"));

        // A flag wins for its own value; the rest still comes from the context.
        let input = GlobalInput {
            http_addr: Some(("127.0.0.2:8500".into(), Source::Flag)),
            datacenter: Some("dc9".into()),
            context: prod(context),
            ..Default::default()
        };
        let c = resolve(input, &[]).unwrap();
        assert_eq!(url(&c), "http://127.0.0.2:8500/");
        assert_eq!(c.origin("http-addr"), Some(&Origin::Flag));
        assert_eq!(c.datacenter.as_deref(), Some("dc9"));
        assert_eq!(c.token.unwrap().secret.expose(), "prod-token");
    }

    #[test]
    fn a_bad_value_from_a_context_names_the_context() {
        let input = GlobalInput {
            context: prod(GlobalInput {
                namespace: Some(("a/b".into(), Source::Flag)),
                ..Default::default()
            }),
            ..Default::default()
        };
        let err = resolve(input, &[]).unwrap_err();
        assert!(
            err.message()
                .starts_with("namespace of context prod (/c.toml) \"a/b\""),
            "{}",
            err.message()
        );
    }

    #[test]
    fn without_a_context_the_variables_count() {
        let input = GlobalInput {
            http_addr: Some(("127.0.0.1:7".into(), Source::Env)),
            ..Default::default()
        };
        let c = resolve(input, &[]).unwrap();
        assert_eq!(url(&c), "http://127.0.0.1:7/");
        assert_eq!(
            c.origin("http-addr"),
            Some(&Origin::Env("CONSUL_HTTP_ADDR"))
        );
        assert_eq!(c.origin("request-timeout"), Some(&Origin::Default));
        assert!(c.ignored_variables.is_empty());
    }

    #[test]
    fn color_follows_tty_and_no_color() {
        let tty = Terminal {
            stdout_is_tty: true,
        };
        let c = Config::resolve(GlobalInput::default(), &no_env, tty).unwrap();
        assert!(c.color && c.pretty_json);
        let with_no_color = |name: &str| (name == "NO_COLOR").then(|| OsString::from("1"));
        let c = Config::resolve(GlobalInput::default(), &with_no_color, tty).unwrap();
        assert!(!c.color);
        let always = GlobalInput {
            color: Some(ColorChoice::Always),
            ..Default::default()
        };
        assert!(
            Config::resolve(always, &no_env, Terminal::default())
                .unwrap()
                .color
        );
    }
}
