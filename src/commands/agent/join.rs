use std::io::Write;

use clap::Args;
use serde_json::json;

use crate::cli::values;
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl agent join 127.0.0.2\n  consulctl agent join 127.0.0.2:8301 127.0.0.3:8301\n  consulctl agent join --wan 127.0.0.9:8302"
)]
pub struct JoinArgs {
    /// Addresses of agents to join: HOST or HOST:PORT (the Serf LAN port, or WAN with --wan)
    #[arg(required = true, value_name = "ADDR", value_parser = values::join_address)]
    addresses: Vec<String>,

    /// Join over the WAN (servers of other datacenters)
    #[arg(long)]
    wan: bool,
}

impl Leaf for JoinArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
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
