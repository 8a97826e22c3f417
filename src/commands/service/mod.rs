//! `consulctl service …`

mod deregister;
mod maintenance;
pub(crate) mod register;

use std::io::Write;

use clap::Subcommand;

use super::agent::ServicesArgs;
use super::Context;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum ServiceCommand {
    /// Register a service on this agent, optionally with one check
    Register(Box<register::RegisterArgs>),
    /// Remove a service (and its checks) from this agent
    Deregister(deregister::DeregisterArgs),
    /// Put one service into maintenance mode, or take it out
    #[command(subcommand)]
    Maintenance(maintenance::MaintenanceCommand),
    /// List the services registered on this agent (same as `agent services`)
    List(ServicesArgs),
}

impl ServiceCommand {
    pub fn run(&self, ctx: &mut Context, out: &mut dyn Write) -> Result<()> {
        ctx.refuse_datacenter("service")?;
        match self {
            ServiceCommand::Register(args) => args.run(ctx, out),
            ServiceCommand::Deregister(args) => args.run(ctx, out),
            ServiceCommand::Maintenance(cmd) => cmd.run(ctx, out),
            ServiceCommand::List(args) => args.run(ctx, out, "service list"),
        }
    }
}
