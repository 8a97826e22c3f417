use std::io::Write;

use clap::Args;
use serde_json::json;

use super::read::{self, BlockingArgs, ConsistencyArgs};
use crate::api::ReadOptions;
use crate::commands::Context;
use crate::error::Result;
use crate::output::{self, Text};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl query list\n  consulctl query list --datacenter dc2 -o json\n  \
consulctl query list -o json --wait 5m --index 42   # answers when a query changes"
)]
pub struct ListArgs {
    #[command(flatten)]
    consistency: ConsistencyArgs,

    #[command(flatten)]
    blocking: BlockingArgs,

    /// Show the tokens stored in queries (hidden otherwise, in JSON too)
    #[arg(long)]
    show_token: bool,
}

impl ListArgs {
    pub fn run(&self, ctx: &mut Context, out: &mut dyn Write) -> Result<()> {
        self.blocking.check()?;
        let options = ReadOptions {
            datacenter: ctx.config.datacenter.as_deref(),
            consistency: self.consistency.consistency(),
            wait: self.blocking.wait,
            index: self.blocking.index,
        };
        let answer = ctx
            .client()?
            .query_list(&options)
            .map_err(ctx.api_error("listing prepared queries"))?;
        let (queries, mut raws): (Vec<_>, Vec<_>) = answer.value.into_iter().unzip();
        if ctx.json_output() {
            for raw in &mut raws {
                super::hide_token(raw, self.show_token);
            }
            let value = if self.blocking.blocking() {
                json!({"Index": answer.index, "Queries": raws})
            } else {
                json!(raws)
            };
            return Ok(output::json(out, &value, ctx.style())?);
        }
        if self.blocking.blocking() {
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
