//! `Config::resolve`: each setting decided once from its flag, variable, context and default,
//! and the checks on the values given.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

use super::declarations::{
    CA_FILE, CA_PATH, CLIENT_CERT, CLIENT_KEY, COLOR, DATACENTER, HTTP_ADDR, HTTP_AUTH, HTTP_SSL,
    HTTP_SSL_VERIFY, MAX_ANSWER_SIZE, NAMESPACE, PARTITION, REQUEST_TIMEOUT, RETRY, RETRY_MAX_TIME,
    TLS_SERVER_NAME, TOKEN, TOKEN_FILE,
};
use super::secrets::{basic_auth, read_token_file, resolve_token, token_from_command};
use super::settings::Layers;
use super::{
    parse_address, without_credentials, ChosenContext, ColorChoice, Config, Declaration, Given,
    GlobalInput, Origin, OutputFormat, Setting, Source, Terminal, DEFAULT_ADDR, DEFAULT_MAX_ANSWER,
    DEFAULT_TIMEOUT,
};
use crate::api::{RetryPolicy, TlsOptions};
use crate::error::{Error, Result};
use crate::secret::{Secret, Token, TokenOrigin};

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
        // A variable clap does not read: Go's booleans, as the official CLI reads them. Read
        // even when its flag wins, so a bad value is never ignored.
        let env_bool = |declared: &Declaration| -> Result<Given<bool>> {
            let Some(name) = declared.variable else {
                return Ok(None);
            };
            match env_str(name) {
                Some(v) => match parse_go_bool(&v) {
                    Some(b) => Ok(Some((b, Source::Env))),
                    None => Err(Error::usage(format!(
                        "{name}={v:?} is not a boolean: use true or false"
                    ))),
                },
                None => Ok(None),
            }
        };
        let mut input = input;
        input.http_ssl = input.http_ssl.or(env_bool(&HTTP_SSL)?);
        input.http_ssl_verify = input.http_ssl_verify.or(env_bool(&HTTP_SSL_VERIFY)?);
        let input = input;
        let context = input.context.as_deref();
        let mut layers = Layers {
            input: &input,
            context,
            ignored: Vec::new(),
            settings: Vec::new(),
        };
        let bool_shown = |b: &bool| Some(b.to_string());
        let path_shown = |p: &PathBuf| Some(p.display().to_string());
        let text_shown = |t: &String| Some(t.clone());
        let secret_shown = |_: &Secret| None;
        let ssl = layers.pick(&HTTP_SSL, |s| s.http_ssl, bool_shown);
        let ssl = ssl.is_some_and(|(v, _)| v);
        let verify = layers.pick(&HTTP_SSL_VERIFY, |s| s.http_ssl_verify, bool_shown);
        let verify = verify.is_none_or(|(v, _)| v);
        let addr = layers.pick(
            &HTTP_ADDR,
            |s| s.http_addr.clone(),
            |a| Some(without_credentials(a)),
        );
        let (addr, addr_source) = addr.unwrap_or_else(|| (DEFAULT_ADDR.to_string(), Source::Flag));
        let endpoint = parse_address(&addr, ssl).map_err(|why| {
            let addr = without_credentials(&addr);
            let origin = match (addr_source, context) {
                (Source::Context, Some(c)) => {
                    format!("{} of context {} ({})", HTTP_ADDR.name(), c.name, c.file.display())
                }
                (Source::Env, _) => HTTP_ADDR.variable.unwrap_or_default().to_string(),
                _ => HTTP_ADDR.flag.to_string(),
            };
            Error::usage(format!(
                "{origin} {addr:?} is not a usable address: {why}; give host:port, http://host:port, https://host:port or unix:///path/to/socket"
            ))
        })?;

        let token = layers.pick(&TOKEN, |s| s.token.clone(), secret_shown);
        let token_file = layers.pick(&TOKEN_FILE, |s| s.token_file.clone(), path_shown);
        let token = match (token, token_file, context) {
            // A flag beats the context's token, however that one is given.
            (token, file, _) if has_flag(&token) || has_flag(&file) => resolve_token(token, file)?,
            (None, Some((path, Source::Context)), Some(c)) => Some(read_token_file(
                &path,
                &format!("{} of context {}", TOKEN_FILE.name(), c.name),
                TokenOrigin::ContextFile(c.name.clone(), path.clone()),
            )?),
            (None, None, Some(c)) if c.token_command.is_some() => {
                layers.settings.push(Setting {
                    name: TOKEN.name(),
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
            .pick(&HTTP_AUTH, |s| s.http_auth.clone(), secret_shown)
            .map(basic_auth)
            .transpose()?;
        let ca_file = layers.pick(&CA_FILE, |s| s.ca_file.clone(), path_shown);
        let ca_path = layers.pick(&CA_PATH, |s| s.ca_path.clone(), path_shown);
        let client_cert = layers.pick(&CLIENT_CERT, |s| s.client_cert.clone(), path_shown);
        let client_key = layers.pick(&CLIENT_KEY, |s| s.client_key.clone(), path_shown);
        let tls_server_name =
            layers.pick(&TLS_SERVER_NAME, |s| s.tls_server_name.clone(), text_shown);
        let cert_origin = |given: &Given<PathBuf>, declared: &Declaration| {
            origin_label(
                declared,
                given.as_ref().map_or(Source::Flag, |(_, s)| *s),
                context,
            )
        };
        let cert_label = cert_origin(&client_cert, &CLIENT_CERT);
        let key_label = cert_origin(&client_key, &CLIENT_KEY);
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
                    "{cert_label} {} was given without {}: give both",
                    cert.display(),
                    CLIENT_KEY.label()
                )))
            }
            (None, Some(key)) => {
                return Err(Error::usage(format!(
                    "{key_label} {} was given without {}: give both",
                    key.display(),
                    CLIENT_CERT.label()
                )))
            }
            _ => {}
        }
        let namespace = layers
            .pick(&NAMESPACE, |s| s.namespace.clone(), text_shown)
            .map(|(ns, source)| {
                let origin = origin_label(&NAMESPACE, source, context);
                checked_tenancy(ns, &origin, "namespace")
            })
            .transpose()?;
        let partition = layers
            .pick(&PARTITION, |s| s.partition.clone(), text_shown)
            .map(|(ap, source)| {
                let origin = origin_label(&PARTITION, source, context);
                checked_tenancy(ap, &origin, "partition")
            })
            .transpose()?;
        let datacenters = layers
            .pick(
                &DATACENTER,
                |s| s.datacenters.clone(),
                |dcs| Some(dcs.join(", ")),
            )
            .map_or_else(Vec::new, |(dcs, _)| dcs);
        let duration_shown = |d: &Duration| Some(crate::duration::display(*d));
        let request_timeout = layers
            .pick(&REQUEST_TIMEOUT, |s| s.request_timeout, duration_shown)
            .map_or(DEFAULT_TIMEOUT, |(d, _)| d);
        let max_answer = layers
            .pick(&MAX_ANSWER_SIZE, |s| s.max_answer, |n| Some(n.to_string()))
            .map_or(DEFAULT_MAX_ANSWER, |(n, _)| n);
        let defaults = RetryPolicy::default();
        let retry = RetryPolicy {
            retries: layers
                .pick(&RETRY, |s| s.retries, |n| Some(n.to_string()))
                .map_or(defaults.retries, |(n, _)| n),
            max_time: layers
                .pick(&RETRY_MAX_TIME, |s| s.retry_max_time, duration_shown)
                .map_or(defaults.max_time, |(d, _)| d),
            force_unsafe: input.retry_unsafe,
        };
        layers.default(&HTTP_ADDR);
        layers.default(&REQUEST_TIMEOUT);
        let color = match input.color.unwrap_or(ColorChoice::Auto) {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                terminal.stdout_is_tty && COLOR.variable.and_then(env).is_none_or(|v| v.is_empty())
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
            datacenter: datacenters.first().cloned(),
            datacenters,
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
fn origin_label(declared: &Declaration, source: Source, context: Option<&ChosenContext>) -> String {
    match (source, context) {
        (Source::Context, Some(c)) => {
            format!(
                "{} of context {} ({})",
                declared.name(),
                c.name,
                c.file.display()
            )
        }
        _ => declared.label(),
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
            http_ssl: Some((false, Source::Flag)),
            http_ssl_verify: Some((true, Source::Flag)),
            ..Default::default()
        };
        assert_eq!(https(flags, &env), (false, true));
        // A bad variable is an error even when its flag is given.
        let flags = GlobalInput {
            http_ssl_verify: Some((true, Source::Flag)),
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
            datacenters: Some((vec!["eu1".into()], Source::Flag)),
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
            datacenters: Some((vec!["dc9".into()], Source::Flag)),
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
