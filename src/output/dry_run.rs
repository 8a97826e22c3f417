//! `--dry-run`: the requests a command would have sent, each with a `curl` line that sends it.
//! Secrets are never printed: the ACL token becomes `$CONSUL_HTTP_TOKEN`, the basic-auth
//! credentials `$CONSUL_HTTP_AUTH` and a prepared query's stored token `$CONSUL_QUERY_TOKEN`.

use std::io::Write;

use reqwest::Url;
use serde_json::{json, Value};

use crate::api::{Endpoint, PlannedRequest};
use crate::config::{Config, OutputFormat};
use crate::error::Result;
use crate::output::shell::quoted;
use crate::output::{self, Style};

/// Stands in for a stored query token in a body; the curl line turns it into the variable.
const QUERY_TOKEN: &str = "$CONSUL_QUERY_TOKEN";

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
        let body = request.body.as_deref().map(|bytes| {
            let mut value = serde_json::from_slice(bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(bytes).into_owned()));
            hide_tokens(&mut value);
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
            curl: curl(config, &request.method, &url, body.as_ref()),
            method: request.method.clone(),
            url: shown_url,
            body,
        }
    }
}

/// A stored prepared-query token (`Token`, at any depth) is replaced by the variable's name.
fn hide_tokens(value: &mut Value) {
    crate::api::models::each_token(value, &mut |token| {
        if token.as_str().is_some_and(|t| !t.is_empty()) {
            *token = Value::String(QUERY_TOKEN.into());
        }
    });
}

/// The same request as a `curl` command line for a POSIX shell.
fn curl(config: &Config, method: &str, url: &Url, body: Option<&Value>) -> String {
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
        let text = quoted(&body.to_string());
        // Let the shell put the stored query token in from its variable.
        let text = text.replace(QUERY_TOKEN, &format!("'\"{QUERY_TOKEN}\"'"));
        words.push(format!("--data-binary {text}"));
    }
    words.push(quoted(url.as_str()));
    words.join(" ")
}
