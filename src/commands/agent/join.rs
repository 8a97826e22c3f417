use std::io::Write;

use clap::Args;
use serde_json::json;

use crate::commands::{input, Context};
use crate::error::Result;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl agent join 127.0.0.2\n  consulctl agent join 127.0.0.2:8301 127.0.0.3:8301\n  consulctl agent join --wan 127.0.0.9:8302"
)]
pub struct JoinArgs {
    /// Addresses of agents to join: HOST or HOST:PORT (the Serf LAN port, or WAN with --wan)
    #[arg(required = true, value_name = "ADDR", value_parser = join_address)]
    addresses: Vec<String>,

    /// Join over the WAN (servers of other datacenters)
    #[arg(long)]
    wan: bool,
}

pub(crate) fn join_address(text: &str) -> std::result::Result<String, String> {
    if text.starts_with('[') != text.contains(']') {
        return Err(format!(
            "{text:?} has a '[' without its ']' or the reverse: write [IPv6] or [IPv6]:PORT"
        ));
    }
    let colons = text.matches(':').count();
    if text.contains("]:") || colons == 1 {
        return input::host_port(text);
    }
    let host = text.trim_start_matches('[').trim_end_matches(']');
    let bad_v6 = colons > 1 && host.parse::<std::net::Ipv6Addr>().is_err();
    if host.is_empty() || bad_v6 || host.contains(['/', ' ', '?', '#', '[', ']']) {
        return Err(format!("{text:?} is not HOST or HOST:PORT"));
    }
    Ok(text.to_string())
}

impl JoinArgs {
    pub fn run(&self, ctx: &mut Context, out: &mut dyn Write) -> Result<()> {
        ctx.refuse_datacenter("agent join")?;
        let client = ctx.client()?;
        let pool = if self.wan { "WAN" } else { "LAN" };
        let mut joined = Vec::new();
        let mut failures = Vec::new();
        for address in &self.addresses {
            match client.agent_join(address, self.wan) {
                Ok(()) => joined.push(address.clone()),
                Err(e) => failures.push(ctx.api_error(&format!("joining {address}"))(e)),
            }
        }
        let sentence = format!("Joined {} ({pool}).", joined.join(", "));
        if !joined.is_empty() || failures.is_empty() {
            ctx.done(out, &sentence, &json!({"Joined": joined, "WAN": self.wan}))?;
        }
        // Every failure is shown; the last one decides the exit status.
        let last = failures.pop();
        for earlier in &failures {
            ctx.note(&format!("error: {earlier}"));
        }
        last.map_or(Ok(()), Err)
    }
}
