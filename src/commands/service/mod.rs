//! `consulctl service …`

mod deregister;
mod list;
mod maintenance;
pub(crate) mod register;
pub(crate) mod wait;

use clap::Subcommand;

use super::Leaf;

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
    List(list::ListArgs),
    /// Wait until a service has enough healthy instances (or has drained), then print them
    Wait(wait::WaitArgs),
}

impl ServiceCommand {
    pub fn leaf(&self) -> &dyn Leaf {
        match self {
            ServiceCommand::Register(args) => args.as_ref(),
            ServiceCommand::Deregister(args) => args,
            ServiceCommand::Maintenance(cmd) => cmd,
            ServiceCommand::List(args) => args,
            ServiceCommand::Wait(args) => args,
        }
    }
}
