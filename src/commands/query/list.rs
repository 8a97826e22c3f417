use std::io::Write;

use clap::Args;

use super::read::{self, ReadFlags};
use crate::api::models::{is_default_tenancy, PreparedQuery};
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
        let (mut queries, raws): (Vec<_>, Vec<_>) = answer.value.into_iter().unzip();
        if ctx.json_output() {
            let shown: Vec<_> = raws
                .iter()
                .map(|raw| super::shown_json(raw, self.read.show_token))
                .collect();
            let text = self
                .read
                .json("Queries", &format!("[{}]", shown.join(",")), answer.index);
            return Ok(output::json_answer(out, text.as_bytes(), ctx.style())?);
        }
        if self.read.blocking.blocking() {
            read::report_index(ctx, answer.index);
        }
        // By name, as queries are looked up; Consul lists them by ID. JSON keeps Consul's order.
        queries.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
        // Columns for newer fields only when a query uses them: older lists read as before.
        let used = |field: fn(&PreparedQuery) -> &Option<String>| {
            queries
                .iter()
                .any(|q| field(q).as_deref().is_some_and(|v| !v.is_empty()))
        };
        let peer_column = used(|q| &q.service.peer);
        // Consul Enterprise: only when some query looks outside the default.
        let tenancy_column = |key: &str| {
            queries
                .iter()
                .any(|q| !is_default_tenancy(q.service.tenancy(key)))
        };
        let namespace_column = tenancy_column("Namespace");
        let partition_column = tenancy_column("Partition");
        let group_column = used(|q| &q.service.sameness_group);
        // A template answers every name it matches, not only its own: its kind says how.
        let template_column = queries.iter().any(|q| !template_kind(q).is_empty());
        let rows = queries
            .iter()
            .map(|q| {
                let service = &q.service;
                let failover = service.failover.clone().unwrap_or_default();
                let text = |v: &Option<String>| Text::from(v.clone().unwrap_or_default());
                let mut row = vec![
                    Text::from(q.id.clone().unwrap_or_default()),
                    Text::from(q.name.clone().unwrap_or_default()),
                ];
                if template_column {
                    row.push(Text::from(template_kind(q)));
                }
                row.push(Text::from(service.service.as_str()));
                if peer_column {
                    row.push(text(&service.peer));
                }
                row.extend([
                    Text::from(service.tags.clone().unwrap_or_default().join(",")),
                    Text::from(if service.only_passing == Some(true) {
                        "yes"
                    } else {
                        "no"
                    }),
                ]);
                if group_column {
                    row.push(text(&service.sameness_group));
                }
                row.extend([
                    Text::from(read::failover_text(&failover)),
                    Text::from(
                        q.dns
                            .as_ref()
                            .and_then(|d| d.ttl.clone())
                            .unwrap_or_default(),
                    ),
                ]);
                if namespace_column {
                    row.push(Text::from(service.tenancy("Namespace")));
                }
                if partition_column {
                    row.push(Text::from(service.tenancy("Partition")));
                }
                row
            })
            .collect();
        let mut headers = vec!["ID", "Name"];
        if template_column {
            headers.push("Template");
        }
        headers.push("Service");
        if peer_column {
            headers.push("Peer");
        }
        headers.extend(["Tags", "OnlyPassing"]);
        if group_column {
            headers.push("SamenessGroup");
        }
        headers.extend(["Failover", "DNS TTL"]);
        if namespace_column {
            headers.push("Namespace");
        }
        if partition_column {
            headers.push("Partition");
        }
        Ok(output::table(out, &headers, rows, ctx.style())?)
    }
}

/// A template's kind (`name_prefix_match`); empty for a query that is not a template.
fn template_kind(query: &PreparedQuery) -> &str {
    query.template.as_ref().map_or("", |t| t.kind.as_str())
}
