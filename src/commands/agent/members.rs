use std::io::Write;

use clap::Args;

use crate::api::models::Member;
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;
use crate::output::{self, Text};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl agent members\n  consulctl agent members --wan -o json"
)]
pub struct MembersArgs {
    /// List the WAN pool (servers of every datacenter) instead of the LAN
    #[arg(long)]
    wan: bool,

    /// Only members of this network segment (Consul Enterprise)
    #[arg(long, value_name = "SEGMENT", conflicts_with = "wan")]
    segment: Option<String>,
}

fn node_type(member: &Member) -> &'static str {
    match member.tag("role") {
        "consul" => "server",
        "node" => "client",
        _ => "unknown",
    }
}

impl Leaf for MembersArgs {
    fn facts(&self) -> Facts {
        Facts::READS_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let mut members = ctx
            .client()?
            .agent_members(self.wan, self.segment.as_deref())
            .map_err(ctx.api_error("listing members"))?;
        members.sort_by(|a, b| a.name.cmp(&b.name));
        if ctx.json_output() {
            return Ok(output::json(out, &members, ctx.style())?);
        }
        let rows = members
            .iter()
            .map(|m| {
                let build = m.tag("build");
                vec![
                    Text::from(m.name.as_str()),
                    Text::from(output::host_port(&m.addr, m.port)),
                    Text::status(m.status_word()),
                    Text::from(node_type(m)),
                    Text::from(build.split(':').next().unwrap_or(build)),
                    Text::from(m.tag("vsn")),
                    Text::from(m.tag("dc")),
                    Text::from(m.tag("segment")),
                ]
            })
            .collect();
        let headers = [
            "Node", "Address", "Status", "Type", "Build", "Protocol", "DC", "Segment",
        ];
        Ok(output::table(out, &headers, rows, ctx.style())?)
    }
}
