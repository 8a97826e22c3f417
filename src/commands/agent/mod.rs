//! `consulctl agent …`

pub(crate) mod checks;
mod force_leave;
mod info;
pub(crate) mod join;
pub(crate) mod maintenance;
pub(crate) mod members;
pub(crate) mod services;

use clap::Subcommand;

pub use checks::ChecksArgs;
pub use services::ServicesArgs;

use super::Leaf;

#[derive(Debug, Subcommand)]
pub enum AgentCommand {
    /// List the cluster members this agent sees (LAN, or WAN with --wan)
    Members(members::MembersArgs),
    /// Show this agent's name, datacenter, version and role
    #[command(name = "self")]
    Info(info::InfoArgs),
    /// List the services registered on this agent
    Services(ServicesArgs),
    /// List the checks registered on this agent
    Checks(ChecksArgs),
    /// Ask this agent to join others
    Join(join::JoinArgs),
    /// Force a failed member into the left state
    ForceLeave(force_leave::ForceLeaveArgs),
    /// Put the whole node into maintenance mode, or take it out
    #[command(subcommand)]
    Maintenance(maintenance::MaintenanceCommand),
}

impl AgentCommand {
    pub fn leaf(&self) -> &dyn Leaf {
        match self {
            AgentCommand::Members(args) => args,
            AgentCommand::Info(args) => args,
            AgentCommand::Services(args) => args,
            AgentCommand::Checks(args) => args,
            AgentCommand::Join(args) => args,
            AgentCommand::ForceLeave(args) => args,
            AgentCommand::Maintenance(cmd) => cmd,
        }
    }
}
