use std::io::Write;

use clap::Args;
use serde_json::json;

use super::read::{self, ReadFlags};
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;
use crate::output::{self, Text};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl query list\n  consulctl query list --datacenter dc2 -o json\n  \
consulctl query list -o json --wait 5m --index 42  # when one changes"
)]
pub struct ListArgs {
    #[command(flatten)]
    read: ReadFlags,
}

impl Leaf for ListArgs {
    fn facts(&self) -> Facts {
        Facts::READS
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let options = self.read.options(ctx.config.datacenter.as_deref())?;
        let answer = ctx
            .client()?
            .query_list(&options)
            .map_err(ctx.api_error("listing prepared queries"))?;
        let (queries, mut raws): (Vec<_>, Vec<_>) = answer.value.into_iter().unzip();
        if ctx.json_output() {
            for raw in &mut raws {
                super::hide_token(raw, self.read.show_token);
            }
            let value = self.read.json("Queries", json!(raws), answer.index);
            return Ok(output::json(out, &value, ctx.style())?);
        }
        if self.read.blocking.blocking() {
            read::report_index(ctx, answer.index);
        }
        let rows = queries
            .iter()
            .map(|q| {
                let service = &q.service;
                let failover = service.failover.clone().unwrap_or_default();
                vec![
                    Text::from(q.id.clone().unwrap_or_default()),
                    Text::from(q.name.clone().unwrap_or_default()),
                    Text::from(service.service.as_str()),
                    Text::from(service.tags.clone().unwrap_or_default().join(",")),
                    Text::from(if service.only_passing == Some(true) {
                        "yes"
                    } else {
                        "no"
                    }),
                    Text::from(read::failover_text(
                        failover.nearest_n,
                        failover.datacenters.as_deref(),
                    )),
                    Text::from(
                        q.dns
                            .as_ref()
                            .and_then(|d| d.ttl.clone())
                            .unwrap_or_default(),
                    ),
                ]
            })
            .collect();
        let headers = [
            "ID",
            "Name",
            "Service",
            "Tags",
            "OnlyPassing",
            "Failover",
            "DNS TTL",
        ];
        Ok(output::table(out, &headers, rows, ctx.style())?)
    }
}
