//! One dev agent with ACLs on (default deny, a master token), shared by every test that needs
//! ACLs, and set-up requests made with the master token.

use std::sync::OnceLock;
use std::time::Duration;

use serde_json::{json, Value};

use super::agent::{http_client, AgentOptions};
use super::{unique, Agent};

/// The agent's master token: allowed everything.
pub const MASTER: &str = "6d1b4d7e-1111-4c0e-9a37-000000000001";

/// The dev agent on 127.0.0.23 with `default_policy = "deny"`: without a token that allows
/// it, nothing can be read or written.
pub fn acl_agent() -> &'static Agent {
    static ACL: OnceLock<Agent> = OnceLock::new();
    ACL.get_or_init(|| {
        let mut options = AgentOptions::dev("acl");
        options.ip = "127.0.0.23".to_string();
        options.hcl.push(format!(
            r#"acl {{ enabled = true default_policy = "deny" tokens {{ master = "{MASTER}" }} }}"#
        ));
        Agent::start(options)
    })
}

/// A request straight to the ACL agent with the master token, for set-up; the answer's JSON
/// (`Null` for an empty body).
pub fn as_master(method: reqwest::Method, path: &str, body: Value) -> Value {
    let agent = acl_agent();
    let url = format!("{}{path}", agent.http_url());
    let response = http_client(Duration::from_secs(10))
        .request(method, &url)
        .header("X-Consul-Token", MASTER)
        .body(body.to_string())
        .send()
        .unwrap_or_else(|e| panic!("{url}: {e}"));
    let status = response.status();
    let text = response.text().unwrap();
    assert!(status.is_success(), "{url}: {status}: {text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

/// A new token whose one policy holds `rules` (Consul's HCL rules); its secret.
pub fn token_with_rules(rules: &str) -> String {
    let policy = unique("policy");
    as_master(
        reqwest::Method::PUT,
        "/v1/acl/policy",
        json!({"Name": policy, "Rules": rules}),
    );
    let token = as_master(
        reqwest::Method::PUT,
        "/v1/acl/token",
        json!({"Policies": [{"Name": policy}]}),
    );
    token["SecretID"].as_str().unwrap().to_string()
}
