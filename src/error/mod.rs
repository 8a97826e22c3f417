//! The one place where failures become one-line messages and exit codes.

mod api;
mod clap;
mod render;
mod shown;

use std::fmt;

pub use self::api::from_api;
pub use self::clap::report_clap_error;
pub use self::render::escaped;
pub use self::shown::{first_few, one_line, shown_bytes, size_text, thousands, FIRST_FEW};

/// The exit statuses. Each owns its number ([`ExitCode::code`]) and its meaning
/// ([`ExitCode::meaning`]): `--help`, the man pages and the README's table all give these words,
/// and a test compares them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Success,
    Api,
    Usage,
    Unreachable,
    /// A wait (`service wait`, `check wait`, `query execute --wait-min`) ran out of time.
    TimedOut,
    /// `plan --exit-code`: the definitions and Consul differ.
    Drift,
    /// `check run`: the command's own exit status, passed on.
    Job(u8),
}

impl ExitCode {
    /// The statuses consulctl itself exits with, in order.
    pub const DOCUMENTED: [ExitCode; 6] = [
        ExitCode::Success,
        ExitCode::Api,
        ExitCode::Usage,
        ExitCode::Unreachable,
        ExitCode::TimedOut,
        ExitCode::Drift,
    ];

    /// Said after the exit statuses wherever they are listed.
    pub const NOTES: [&'static str; 5] = [
        "query execute --min N exits 1 when fewer than N healthy instances answer (without --min, \
         an empty answer is a success).",
        "query execute --port-name NAME exits 1 when no instance in the answer has a port of that \
         name (the refusal lists the names it has).",
        "check run exits with its command's own status instead.",
        "check list and service list with --all-datacenters exit 3 when a datacenter could not \
         be read (each is named on stderr; the others are still shown).",
        "apply exits 4 when another apply of its set still holds the set's lock after \
         --lock-timeout (default 0s: at once); nothing was applied.",
    ];

    pub fn code(self) -> u8 {
        match self {
            ExitCode::Success => 0,
            ExitCode::Api => 1,
            ExitCode::Usage => 2,
            ExitCode::Unreachable => 3,
            ExitCode::TimedOut => 4,
            ExitCode::Drift => 5,
            ExitCode::Job(code) => code,
        }
    }

    /// What the status means, as the documentation says it.
    pub fn meaning(self) -> &'static str {
        match self {
            ExitCode::Success => "success",
            ExitCode::Api => "Consul answered with an error, or what was asked for does not exist",
            ExitCode::Usage => "the command line or an input file is invalid; nothing was sent",
            ExitCode::Unreachable => {
                "Consul could not be reached or did not answer in time (refused, DNS, TLS, \
                 timeout, cut-off answer)"
            }
            ExitCode::TimedOut => {
                "a wait (service wait, check wait, query execute --wait-min) timed out before \
                 what it waited for held"
            }
            ExitCode::Drift => {
                "plan --exit-code: changes are pending (the definition files and Consul differ)"
            }
            ExitCode::Job(_) => "the status of the command that check run ran",
        }
    }
}

/// What ends a command before it is done.
#[derive(Debug)]
pub enum Error {
    /// A failure: one line in plain words (empty when there is nothing to add, as when `check
    /// run` passes on its command's status), what to do about it, and the status to exit with.
    Failed {
        exit: ExitCode,
        message: String,
        /// Said after the message, in order (as jj's errors carry theirs).
        hints: Vec<String>,
    },
    /// Not a failure: the command stops early and exits 0. The reader closed our output (`|
    /// head`), or a dry run reached a request whose answer it would need.
    Stopped,
}

impl Error {
    /// Bad command line or input file: exit 2, nothing sent.
    pub fn usage(message: impl Into<String>) -> Self {
        Error::failed(ExitCode::Usage, message)
    }

    /// Consul refused, failed, or the object does not exist: exit 1.
    pub fn api(message: impl Into<String>) -> Self {
        Error::failed(ExitCode::Api, message)
    }

    /// Consul could not be reached or did not answer in time: exit 3.
    pub fn unreachable(message: impl Into<String>) -> Self {
        Error::failed(ExitCode::Unreachable, message)
    }

    /// A wait ran out of time before its condition held: exit 4.
    pub fn timed_out(message: impl Into<String>) -> Self {
        Error::failed(ExitCode::TimedOut, message)
    }

    /// A failure with any status but success (an early success is [`Error::Stopped`]).
    pub fn failed(exit: ExitCode, message: impl Into<String>) -> Self {
        debug_assert!(exit != ExitCode::Success, "a success is Error::Stopped");
        Error::Failed {
            exit,
            message: message.into(),
            hints: Vec::new(),
        }
    }

    /// Adds what the user can do about it, after the hints already there.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        if let Error::Failed { hints, .. } = &mut self {
            hints.push(hint.into());
        }
        self
    }

    /// The same failure, said in other words (`reword` gets the message); the hints stay.
    pub fn map_message(mut self, reword: impl FnOnce(&str) -> String) -> Self {
        if let Error::Failed { message, .. } = &mut self {
            *message = reword(message);
        }
        self
    }

    /// The same failure, exiting with another status.
    pub fn with_exit(self, exit: ExitCode) -> Self {
        match self {
            Error::Failed { message, hints, .. } => Error::Failed {
                exit,
                message,
                hints,
            },
            Error::Stopped => Error::Stopped,
        }
    }

    pub fn exit(&self) -> ExitCode {
        match self {
            Error::Failed { exit, .. } => *exit,
            Error::Stopped => ExitCode::Success,
        }
    }

    /// What failed, without the hints ("" when there is nothing to say).
    pub fn message(&self) -> &str {
        match self {
            Error::Failed { message, .. } => message,
            Error::Stopped => "",
        }
    }

    pub fn hints(&self) -> &[String] {
        match self {
            Error::Failed { hints, .. } => hints,
            Error::Stopped => &[],
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())?;
        for hint in self.hints() {
            write!(f, "; {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<std::io::Error> for Error {
    /// Writing our own output failed. A closed pipe (`| head`) is not a failure: exit quietly.
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::Stopped
        } else {
            Error::api(format!("cannot write output: {e}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_are_the_documented_numbers() {
        assert_eq!(ExitCode::Success.code(), 0);
        assert_eq!(ExitCode::Api.code(), 1);
        assert_eq!(ExitCode::Usage.code(), 2);
        assert_eq!(ExitCode::Unreachable.code(), 3);
        assert_eq!(ExitCode::TimedOut.code(), 4);
    }

    #[test]
    fn hints_follow_the_message_on_its_one_line() {
        let e = Error::api("registering check \"x\"")
            .with_hint("first")
            .with_hint("second");
        assert_eq!(e.message(), "registering check \"x\"");
        assert_eq!(e.hints(), ["first", "second"]);
        assert_eq!(e.line(), "registering check \"x\"; first; second");
        assert_eq!(e.to_string(), e.line());
        let mut out = Vec::new();
        e.report(&mut out).unwrap();
        assert_eq!(out, b"error: registering check \"x\"; first; second\n");
        let reworded = e
            .with_exit(ExitCode::Job(5))
            .map_message(|m| format!("{m} (more)"));
        assert_eq!(reworded.exit(), ExitCode::Job(5));
        assert_eq!(
            reworded.line(),
            "registering check \"x\" (more); first; second"
        );
        let mut out = Vec::new();
        Error::Stopped.report(&mut out).unwrap();
        Error::failed(ExitCode::Job(3), "")
            .report(&mut out)
            .unwrap();
        assert!(out.is_empty());
    }
}
