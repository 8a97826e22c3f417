//! `--dry-run`: the requests a command would have sent, each with a `curl` line that sends it.
//! Secrets are never printed: the ACL token becomes `$CONSUL_HTTP_TOKEN`, the basic-auth
//! credentials `$CONSUL_HTTP_AUTH`, a prepared query's stored token `$CONSUL_QUERY_TOKEN` and
//! the value of a check's credential header (`Authorization` …) `$CONSUL_HEADER_AUTHORIZATION`.

use std::io::Write;

use reqwest::Url;
use serde_json::{json, Value};

use crate::api::{Endpoint, PlannedRequest};
use crate::config::{Config, OutputFormat};
use crate::error::Result;
use crate::output::shell::quoted;
use crate::output::{self, Style};

/// The variable that stands in for a stored query token in a body.
const QUERY_TOKEN: &str = "CONSUL_QUERY_TOKEN";

pub fn print(
    config: &Config,
    style: Style,
    planned: &[PlannedRequest],
    out: &mut dyn Write,
) -> Result<()> {
    let shown: Vec<Shown> = planned.iter().map(|r| Shown::new(config, r)).collect();
    if config.output == OutputFormat::Json {
        let list: Vec<Value> = shown
            .iter()
            .map(|s| {
                json!({
                    "Method": s.method,
                    "URL": s.url,
                    "Body": s.body,
                    "Curl": s.curl,
                })
            })
            .collect();
        output::json(out, &list, style)?;
        return Ok(());
    }
    for (i, s) in shown.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{} {}", s.method, s.url)?;
        if let Some(body) = &s.body {
            writeln!(out, "{body}")?;
        }
        writeln!(out, "{}", s.curl)?;
    }
    Ok(())
}

struct Shown {
    method: String,
    url: String,
    body: Option<Value>,
    curl: String,
}

impl Shown {
    fn new(config: &Config, request: &PlannedRequest) -> Shown {
        let sent = request.body.as_deref().map(|bytes| {
            serde_json::from_slice(bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(bytes).into_owned()))
        });
        let body = sent.clone().map(|mut value| {
            stand_in(&mut value, &mut |variable| format!("${variable}"));
            value
        });
        let url = Url::parse(&request.url).expect("the client built this URL");
        let shown_url = match &config.endpoint {
            Endpoint::Unix(path) => {
                let query = url.query().map(|q| format!("?{q}")).unwrap_or_default();
                format!("unix://{}{}{query}", path.display(), url.path())
            }
            Endpoint::Url(_) => url.to_string(),
        };
        Shown {
            curl: curl(config, &request.method, &url, sent),
            method: request.method.clone(),
            url: shown_url,
            body,
        }
    }
}

/// Replaces each secret in a body by what `with` makes of the name of the variable that stands
/// in for it: a stored prepared-query token (`Token`, at any depth), and each value of a
/// check's credential header (the second `Cookie` value is `$CONSUL_HEADER_COOKIE_2`).
fn stand_in(value: &mut Value, with: &mut dyn FnMut(&str) -> String) {
    crate::api::models::each_token(value, &mut |token| {
        if token.as_str().is_some_and(|t| !t.is_empty()) {
            *token = Value::String(with(QUERY_TOKEN));
        }
    });
    crate::api::each_secret_header(value, &mut |name, n, header| {
        let mut variable = format!(
            "CONSUL_HEADER_{}",
            name.to_ascii_uppercase().replace('-', "_")
        );
        if n > 0 {
            variable.push_str(&format!("_{}", n + 1));
        }
        *header = Value::String(with(&variable));
    });
}

/// The body as the curl line sends it, single-quoted, each secret's place filled in by the
/// shell from its variable. Each place is marked with a text the body does not hold anywhere
/// else, so that a value that only reads like a variable (`--meta 'k=$CONSUL_QUERY_TOKEN'`) is
/// sent as written.
fn curl_body(mut body: Value) -> String {
    let text = body.to_string();
    let prefix = (0u32..)
        .map(|n| format!("consulctl-stand-in-{n}-"))
        .find(|p| !text.contains(p.as_str()))
        .expect("some prefix is not in the body");
    let mut variables = Vec::new();
    stand_in(&mut body, &mut |variable| {
        variables.push(variable.to_string());
        format!("{prefix}{}", variables.len() - 1)
    });
    let mut text = quoted(&body.to_string());
    for (n, variable) in variables.iter().enumerate() {
        // The marker with its JSON quotes: `…-1` is never taken for the start of `…-10`.
        text = text.replace(
            &format!("\"{prefix}{n}\""),
            &format!("\"'\"${variable}\"'\""),
        );
    }
    text
}

/// The same request as a `curl` command line for a POSIX shell.
fn curl(config: &Config, method: &str, url: &Url, body: Option<Value>) -> String {
    let mut words = vec![
        "curl -sS --fail-with-body".to_string(),
        format!("-X {method}"),
    ];
    if config.token.is_some() {
        words.push("-H \"X-Consul-Token: $CONSUL_HTTP_TOKEN\"".into());
    }
    if config.basic_auth.is_some() {
        words.push("-u \"$CONSUL_HTTP_AUTH\"".into());
    }
    let mut url = url.clone();
    match &config.endpoint {
        Endpoint::Unix(path) => {
            words.push(format!(
                "--unix-socket {}",
                quoted(&path.display().to_string())
            ));
        }
        Endpoint::Url(base) if base.scheme() == "https" => {
            let tls = &config.tls;
            if !tls.verify {
                words.push("--insecure".into());
            }
            if let Some(file) = &tls.ca_file {
                words.push(format!("--cacert {}", quoted(&file.display().to_string())));
            } else if let Some(dir) = &tls.ca_path {
                words.push(format!("--capath {}", quoted(&dir.display().to_string())));
            }
            if let (Some(cert), Some(key)) = (&tls.client_cert, &tls.client_key) {
                words.push(format!("--cert {}", quoted(&cert.display().to_string())));
                words.push(format!("--key {}", quoted(&key.display().to_string())));
            }
            if let (Some(name), Some(host), Some(port)) = (
                &tls.server_name,
                base.host_str(),
                base.port_or_known_default(),
            ) {
                // curl checks the certificate against the URL's host: ask for the name, connect
                // to the address.
                words.push(format!(
                    "--connect-to {}",
                    quoted(&format!("{name}:{port}:{host}:{port}"))
                ));
                let _ = url.set_host(Some(name));
            }
        }
        Endpoint::Url(_) => {}
    }
    if let Some(body) = body {
        words.push("-H 'Content-Type: application/json'".into());
        words.push(format!("--data-binary {}", curl_body(body)));
    }
    words.push(quoted(url.as_str()));
    words.join(" ")
}
