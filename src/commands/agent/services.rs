use std::io::Write;

use clap::Args;

use crate::api::models::{AgentServices, Listener};
use crate::api::JsonAnswer;
use crate::commands::{Context, Facts, Leaf};
use crate::error::Result;
use crate::output::{self, TenancyColumns, Text};

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
        list(ctx, out, self.filter.as_deref())
    }
}

/// `agent services` and `service list`: the agent's services, as a table or as Consul sent them.
pub(crate) fn list(ctx: &Context, out: &mut dyn Write, filter: Option<&str>) -> Result<()> {
    let answer = ctx
        .client()?
        .agent_services_answer(filter)
        .map_err(ctx.api_error("listing services"))?;
    print(ctx, out, &answer)
}

/// The agent's services as a table, or as Consul sent them.
pub(crate) fn print(ctx: &Context, out: &mut dyn Write, answer: &JsonAnswer) -> Result<()> {
    let action = "listing services";
    // Decoded for JSON output too: an answer of the wrong shape is refused in every format.
    let services: Option<AgentServices> = answer.decode().map_err(ctx.api_error(action))?;
    if ctx.json_output() {
        // Go writes an empty map as `null`: scripts get one shape, `{}`.
        let as_sent = if services.is_some() {
            answer.bytes()
        } else {
            b"{}"
        };
        return Ok(output::json_answer(out, as_sent, ctx.style())?);
    }
    let services = services.unwrap_or_default();
    let tenancy = TenancyColumns::of(services.iter().map(|s| (s.namespace(), s.partition())));
    // A socket stands where the address would; a multi-port service shows its default port.
    let rows = services.iter().map(|s| {
        let (address, port) = match s.listener() {
            Listener::Port(port) => (&*s.address, port.to_string()),
            Listener::Socket(path) => (path, String::new()),
            Listener::Unusable => (&*s.address, String::new()),
        };
        let row = vec![
            Text::from(&*s.id),
            Text::from(&*s.service),
            Text::from(address),
            Text::from(port),
            Text::from(s.tags().join(",")),
        ];
        tenancy.row(row, s.namespace(), s.partition())
    });
    let headers = tenancy.headers(&["ID", "Service", "Address", "Port", "Tags"]);
    Ok(output::table_of(out, &headers, rows, ctx.style())?)
}
