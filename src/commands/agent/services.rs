use std::io::Write;

use clap::Args;

use crate::commands::Context;
use crate::error::Result;
use crate::output::{self, Text};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  consulctl service list\n  consulctl agent services --filter 'Service == \"web\"'\n  consulctl agent services --filter '\"primary\" in Tags' -o json"
)]
pub struct ServicesArgs {
    /// Consul filter expression, passed through (e.g. 'Service == "web"')
    #[arg(long, value_name = "EXPR")]
    filter: Option<String>,
}

impl ServicesArgs {
    pub fn run(&self, ctx: &mut Context, out: &mut dyn Write, command: &str) -> Result<()> {
        ctx.refuse_datacenter(command)?;
        let services = ctx
            .client()?
            .agent_services(self.filter.as_deref())
            .map_err(ctx.api_error("listing services"))?;
        if ctx.json_output() {
            return Ok(output::json(out, &services, ctx.style())?);
        }
        let rows = services
            .values()
            .map(|s| {
                vec![
                    Text::from(s.id.as_str()),
                    Text::from(s.service.as_str()),
                    Text::from(s.address.as_str()),
                    Text::from(if s.port == 0 {
                        String::new()
                    } else {
                        s.port.to_string()
                    }),
                    Text::from(s.tags.as_deref().unwrap_or_default().join(",")),
                ]
            })
            .collect();
        Ok(output::table(
            out,
            &["ID", "Service", "Address", "Port", "Tags"],
            rows,
            ctx.style(),
        )?)
    }
}
