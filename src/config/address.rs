//! The agent's address: the forms the official CLI reads, and how it is shown without
//! credentials.

use std::path::PathBuf;

use reqwest::Url;

use crate::api::Endpoint;

/// The address as it may be shown: whatever stands before the last `@` (after the scheme)
/// replaced, so an error never echoes a password, with or without a scheme (`user:pw@host`).
pub fn without_credentials(addr: &str) -> String {
    let Some(at) = addr.rfind('@') else {
        return addr.to_string();
    };
    let start = addr.find("://").map_or(0, |i| i + 3);
    let start = if start <= at { start } else { 0 };
    format!("{}***{}", &addr[..start], &addr[at..])
}

/// `host:port`, `http(s)://host:port[/prefix]` or `unix:///path`, as the official CLI reads it.
pub fn parse_address(addr: &str, ssl: bool) -> std::result::Result<Endpoint, String> {
    let addr = addr.trim();
    if addr.is_empty() {
        return Err("it is empty".into());
    }
    if let Some(path) = addr.strip_prefix("unix://") {
        if path.is_empty() {
            return Err("the socket path is missing".into());
        }
        return Ok(Endpoint::Unix(PathBuf::from(path)));
    }
    let with_scheme = if addr.contains("://") {
        addr.to_string()
    } else {
        format!("{}://{addr}", if ssl { "https" } else { "http" })
    };
    // `host:` parses as the scheme's default port (80), which nobody who typed the colon meant.
    let authority = with_scheme.split_once("://").map_or("", |(_, rest)| {
        rest.split(['/', '?', '#']).next().unwrap_or("")
    });
    if authority.ends_with(':') {
        return Err("the port after ':' is missing".into());
    }
    let url = Url::parse(&with_scheme).map_err(|e| e.to_string())?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "the scheme {:?} is not http, https or unix",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err("the host is missing".into());
    }
    if url.port() == Some(0) {
        return Err("port 0 is no port an agent listens on".into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(
            "credentials do not belong in the address: give user:password in CONSUL_HTTP_AUTH or --http-auth"
                .into(),
        );
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err("an address has no query or fragment".into());
    }
    // consulctl puts `/v1` before every path itself: a prefix ending in it would be sent twice.
    if url.path().trim_end_matches('/').ends_with("/v1") {
        let mut without = url.clone();
        without.set_path(url.path().trim_end_matches('/').trim_end_matches("/v1"));
        return Err(format!(
            "it ends in /v1, which consulctl adds to every request itself: give {}",
            without.as_str().trim_end_matches('/')
        ));
    }
    Ok(Endpoint::Url(url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_forms() {
        let cases = [
            ("127.0.0.2:8500", false, "http://127.0.0.2:8500/"),
            ("127.0.0.2:8501", true, "https://127.0.0.2:8501/"),
            ("http://h:1/prefix", true, "http://h:1/prefix"),
            ("https://h:1", false, "https://h:1/"),
            ("[::1]:8500", false, "http://[::1]:8500/"),
        ];
        for (addr, ssl, want) in cases {
            match parse_address(addr, ssl).unwrap() {
                Endpoint::Url(u) => assert_eq!(u.as_str(), want, "{addr}"),
                other => panic!("{addr}: {other:?}"),
            }
        }
        assert_eq!(
            parse_address("unix:///tmp/c.sock", false).unwrap(),
            Endpoint::Unix(PathBuf::from("/tmp/c.sock"))
        );
        for bad in [
            "",
            "ftp://h:1",
            "http://",
            "h:99999",
            "http://u:p@h:1",
            "h:1?x=1",
            "unix://",
            "127.0.0.1:",
            "http://h:/v1",
            "127.0.0.1:0",
            "http://[::1]:0",
            "127.0.0.1:8500/v1",
            "http://h:1/consul/v1/",
        ] {
            assert!(
                parse_address(bad, false).is_err(),
                "{bad:?} should be rejected"
            );
        }
    }
}
