use std::io::Write;

use clap::Args;

use crate::api::models::{AgentServices, Listener};
use crate::commands::{Context, Facts, Leaf};
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

impl Leaf for ServicesArgs {
    fn facts(&self) -> Facts {
        Facts::READS_AGENT
    }

    fn run(&self, ctx: &Context, out: &mut dyn Write) -> Result<()> {
        let action = "listing services";
        let answer = ctx
            .client()?
            .agent_services_answer(self.filter.as_deref())
            .map_err(ctx.api_error(action))?;
        // Decoded for JSON output too: an answer of the wrong shape is refused in every format.
        let services: AgentServices = answer.decode().map_err(ctx.api_error(action))?;
        if ctx.json_output() {
            return Ok(output::json_answer(out, answer.bytes(), ctx.style())?);
        }
        // A socket stands where the address would; a multi-port service shows its default port.
        let rows = services.values().map(|s| {
            let (address, port) = match s.listener() {
                Listener::Port(port) => (&*s.address, port.to_string()),
                Listener::Socket(path) => (path, String::new()),
                Listener::Unusable => (&*s.address, String::new()),
            };
            vec![
                Text::from(&*s.id),
                Text::from(&*s.service),
                Text::from(address),
                Text::from(port),
                Text::from(s.tags.join(",")),
            ]
        });
        Ok(output::table_of(
            out,
            &["ID", "Service", "Address", "Port", "Tags"],
            rows,
            ctx.style(),
        )?)
    }
}
