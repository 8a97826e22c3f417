use std::io::Write;

use clap::Args;
use serde_json::value::RawValue;

use crate::api::models::{is_default_tenancy, Member};
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;
use crate::output::{self, Text};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl agent members\n  consulctl agent members --wan -o json"
)]
pub struct MembersArgs {
    /// List the WAN pool (servers of every datacenter) instead of the LAN. Only servers are in
    /// it: a client agent's list is empty, with a note on stderr saying to ask a server
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
        let action = "listing members";
        let answer = ctx
            .client()?
            .agent_members_answer(self.wan, self.segment.as_deref())
            .map_err(ctx.api_error(action))?;
        // Each member is kept as Consul wrote it, for JSON output, beside what the table reads.
        let raws: Option<Vec<&RawValue>> = answer.decode().map_err(ctx.api_error(action))?;
        if raws.is_none() && self.wan {
            ctx.note(&format!(
                "note: the agent at {} answered no WAN members: only servers are in the WAN pool, and it is not one; point --http-addr at a server to list them",
                ctx.config.endpoint
            ));
        }
        let mut members = raws
            .unwrap_or_default()
            .into_iter()
            .map(|raw| {
                answer
                    .decode_part::<Member>(raw.get())
                    .map(|member| (member, raw))
                    .map_err(ctx.api_error(action))
            })
            .collect::<Result<Vec<_>>>()?;
        members.sort_by(|(a, _), (b, _)| a.name.cmp(&b.name));
        if ctx.json_output() {
            let items: Vec<&[u8]> = members
                .iter()
                .map(|(_, raw)| raw.get().as_bytes())
                .collect();
            return Ok(output::json_answer_list(out, &items, ctx.style())?);
        }
        let partitions = members
            .iter()
            .any(|(m, _)| !is_default_tenancy(m.tag("ap")));
        // Network segments are Consul Enterprise's: Community Edition tags every member with an
        // empty one, which a column would show as nothing on every row.
        let segments = members.iter().any(|(m, _)| !m.tag("segment").is_empty());
        let rows = members
            .iter()
            .map(|(m, _)| {
                let build = m.tag("build");
                let mut row = vec![
                    Text::from(m.name.as_str()),
                    Text::from(output::host_port(&m.addr, m.port)),
                    Text::status(m.status_word()),
                    Text::from(node_type(m)),
                    Text::from(build.split(':').next().unwrap_or(build)),
                    Text::from(m.tag("vsn")),
                    Text::from(m.tag("dc")),
                ];
                if segments {
                    row.push(Text::from(m.tag("segment")));
                }
                if partitions {
                    row.push(Text::from(m.tag("ap")));
                }
                row
            })
            .collect();
        let mut headers = vec![
            "Node", "Address", "Status", "Type", "Build", "Protocol", "DC",
        ];
        if segments {
            headers.push("Segment");
        }
        if partitions {
            headers.push("Partition");
        }
        Ok(output::table(out, &headers, rows, ctx.style())?)
    }
}
