use std::io::Write;

use clap::Args;

use crate::api::models::{is_default_tenancy, AgentSelf};
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;
use crate::output;

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl agent self\n  consulctl agent self -o json | jq .Config.Version"
)]
pub struct InfoArgs {}

impl Leaf for InfoArgs {
    fn facts(&self) -> Facts {
        Facts::READS_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let action = "reading the agent's configuration";
        let answer = ctx
            .client()?
            .agent_self_answer()
            .map_err(ctx.api_error(action))?;
        let info: AgentSelf = answer.decode().map_err(ctx.api_error(action))?;
        if ctx.json_output() {
            return Ok(output::json_answer(out, answer.bytes(), ctx.style())?);
        }
        let c = &info.config;
        let address = info
            .member
            .as_ref()
            .map(|m| output::host_port(&m.addr, m.port))
            .unwrap_or_default();
        let mut pairs = vec![
            ("Name", c.node_name.clone()),
            ("Node ID", c.node_id.clone()),
            ("Datacenter", c.datacenter.clone()),
            ("Version", c.version.clone()),
            ("Revision", c.revision.clone()),
            (
                "Server",
                if c.server { "yes" } else { "no (client)" }.to_string(),
            ),
            ("Address", address),
        ];
        // Consul Enterprise: shown when the agent is outside the default partition.
        if !is_default_tenancy(&c.partition) {
            pairs.insert(3, ("Partition", c.partition.clone()));
        }
        // An empty value is one Consul did not fill in (a build without its revision, an agent
        // not yet in the pool): no row says it.
        pairs.retain(|(_, value)| !value.trim().is_empty());
        Ok(output::fields(out, &pairs)?)
    }
}
