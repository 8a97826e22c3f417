//! Two real dev servers in datacenters dc1 and dc2, each on a loopback address of its own,
//! federated over the WAN with `consulctl agent join --wan`.

use std::time::Duration;

use super::agent::{eventually, AgentOptions};
use super::{consulctl_at, ok, Agent};

/// dc1 and dc2, joined over the WAN; dc1 knows a path to dc2 once [`federate`] returns.
pub struct Federation {
    pub dc1: Agent,
    pub dc2: Agent,
}

/// Starts the two servers as `PREFIX-dc1` on `ips[0]` and `PREFIX-dc2` on `ips[1]` and joins
/// them.
pub fn federate(prefix: &str, ips: [&str; 2]) -> Federation {
    let server = |node: &str, dc: &str, ip: &str| {
        let mut options = AgentOptions::dev(node);
        options.datacenter = dc.to_string();
        options.ip = ip.to_string();
        Agent::start(options)
    };
    let dc1 = server(&format!("{prefix}-dc1"), "dc1", ips[0]);
    let dc2 = server(&format!("{prefix}-dc2"), "dc2", ips[1]);
    ok(&consulctl_at(&dc1.addr())
        .args(["agent", "join", "--wan", &dc2.serf_wan_addr()])
        .output()
        .unwrap());
    eventually("dc1 knows a path to dc2", Duration::from_secs(30), || {
        let dcs = dc1.get("/v1/catalog/datacenters");
        match dcs.as_array() {
            Some(list) if list.len() == 2 => Ok(()),
            _ => Err(dcs.to_string()),
        }
    });
    Federation { dc1, dc2 }
}
