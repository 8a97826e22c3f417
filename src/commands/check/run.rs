use std::ffi::OsString;
use std::io::Write;
use std::path::Path;

use clap::Args;

use super::ensure::EnsureArgs;
use crate::api::models::CheckUpdate;
use crate::cli::values::{self, Id, PositiveDuration, TtlCheckId};
use crate::commands::{Context, Facts, Leaf};
use crate::error::{Error, ExitCode, Result};
use crate::job::{self, tail_within, Ending, Outcome, OUTPUT_LIMIT};

#[derive(Debug, Args)]
#[command(
    after_help = "Runs COMMAND (no shell: write `sh -c '...'` for one), lets its output \
through, and reports how it ended to the TTL check ID: exit 0 is passing, 1 is warning, any \
other exit, a signal or a --timeout is critical (the Nagios plugin convention; --warn-on and \
--fail-on change it). The check's output is a line saying how the command ended and how long \
it took, then the end of what it printed (stdout and stderr together), within the agent's 4096 \
bytes.\n\n\
consulctl exits with the command's own status (128+N for signal N, 124 for --timeout, 127 when \
it cannot be found, 126 when it cannot run). If the report to Consul fails (after --retry), an \
error is printed on stderr and, when the command succeeded, consulctl exits 1 (Consul refused) \
or 3 (Consul unreachable) instead of 0. The command always runs, even when Consul is down.\n\n\
Examples:\n  consulctl check run backup --ensure-ttl 15m --timeout 10m -- \\\n      /usr/local/bin/backup\n  \
consulctl check run disk --warn-on 1,3 -- \\\n      /usr/lib/nagios/plugins/check_disk -w 20% -c 10%\n  \
consulctl --retry 5 check run sync --ensure-ttl 2h -- \\\n      sh -c 'rsync -a /src/ /dst/ && touch /var/run/synced'"
)]
pub struct RunArgs {
    /// ID of the TTL check to report to
    #[arg(value_name = "ID")]
    id: Id<TtlCheckId>,

    #[command(flatten)]
    ensure: EnsureArgs,

    /// Kill the command (and its process group: SIGTERM, then SIGKILL 5s later) when it runs
    /// longer than this; the check turns critical
    #[arg(long, value_name = "DURATION")]
    timeout: Option<PositiveDuration>,

    /// Exit codes that mean warning, e.g. 1,3-5 (replaces the default: 1)
    #[arg(long, value_name = "CODES", value_parser = values::codes)]
    warn_on: Option<values::Codes>,

    /// Exit codes that mean critical even where the default or --warn-on says otherwise
    #[arg(long, value_name = "CODES", value_parser = values::codes)]
    fail_on: Option<values::Codes>,

    /// The command and its arguments, after `--`
    #[arg(value_name = "COMMAND", last = true, required = true, num_args = 1..)]
    command: Vec<OsString>,
}

impl RunArgs {
    /// The check status for how the command ended.
    fn status(&self, ending: &Ending) -> &'static str {
        let code = match ending {
            Ending::Exited(code) => *code,
            _ => return "critical",
        };
        if self.fail_on.as_ref().is_some_and(|c| c.contains(code)) {
            "critical"
        } else if self.warn_on.as_ref().is_some_and(|c| c.contains(code)) {
            "warning"
        } else if code == 0 {
            "passing"
        } else if code == 1 && self.warn_on.is_none() {
            "warning"
        } else {
            "critical"
        }
    }
}

impl Leaf for RunArgs {
    fn facts(&self) -> Facts {
        Facts::WRITES_AGENT
    }

    fn run(&self, ctx: &Context, _out: &mut dyn Write) -> Result<()> {
        if let (Some(warn), Some(fail)) = (&self.warn_on, &self.fail_on) {
            if let Some(code) = (0..=255).find(|c| warn.contains(*c) && fail.contains(*c)) {
                return Err(Error::usage(format!(
                    "exit code {code} is in both --warn-on and --fail-on: give it to one"
                )));
            }
        }
        let (program, args) = self.command.split_first().expect("clap requires a command");
        if ctx.config.dry_run {
            // The job is not run either: it is the thing most likely to change something.
            ctx.note(&format!(
                "dry run: {} was not run; shown is the report of a run that exits 0",
                Path::new(program).display()
            ));
            let output = format!("{} exited with status 0", Path::new(program).display());
            return self.report(ctx, "passing", output);
        }
        // A configuration that can never report (a CA, certificate or key file that cannot be
        // used) is a usage mistake like a bad flag: refused before the job, which then never
        // runs. Building the client sends nothing.
        ctx.client()?;
        // Monitoring must never stop or delay the job: Consul is asked only after it ran.
        let outcome = job::run(
            program,
            args,
            self.timeout.as_ref().map(|t| t.value),
            OUTPUT_LIMIT,
        );
        let status = self.status(&outcome.ending);
        let job_exit = outcome.ending.shell_status().clamp(0, 255) as u8;
        let report = self.report(ctx, status, check_output(&outcome, program));
        // A command that never ran printed nothing: without a line of ours, cron would mail
        // nothing either.
        if let (Ok(()) | Err(Error::Stopped), Ending::NotStarted(why, _)) =
            (&report, &outcome.ending)
        {
            return Err(Error::failed(
                ExitCode::Job(job_exit),
                format!(
                    "cannot run {}: {why}; check {:?} was reported critical",
                    crate::output::shell::command_line(&self.command),
                    self.id
                ),
            ));
        }
        match report {
            Ok(()) if job_exit == 0 => Ok(()),
            // A dry run that stops before the report: the job's own status still counts.
            Err(Error::Stopped) if job_exit == 0 => Err(Error::Stopped),
            Ok(()) | Err(Error::Stopped) => Err(Error::failed(ExitCode::Job(job_exit), "")),
            Err(e) if job_exit == 0 => {
                Err(e.map_message(|m| format!("{m} (the command itself succeeded)")))
            }
            Err(e) => Err(e.with_exit(ExitCode::Job(job_exit)).map_message(|m| {
                format!("{m} (the command itself {})", ending_words(&outcome.ending))
            })),
        }
    }
}

impl RunArgs {
    /// Creates the check if asked (--ensure-ttl), then sends it the job's status and output.
    fn report(&self, ctx: &Context, status: &str, output: String) -> Result<()> {
        self.ensure.ensure(ctx, &self.id)?;
        let update = CheckUpdate {
            status: status.to_string(),
            output: Some(output),
        };
        let action = format!("reporting {status} to check {:?}", self.id);
        let hints = super::TtlHints {
            missing: Some("or add --ensure-ttl DURATION to create it"),
            // --ensure-ttl would leave the existing check as it is.
            not_ttl: Some(
                "the agent sets its status itself, so `check run` cannot report to it: give the job a TTL check of its own (another ID, with --ensure-ttl DURATION to create it)",
            ),
        };
        ctx.client()?
            .check_update(&self.id, &update)
            .map_err(super::ttl_write_error(ctx, &self.id, &action, hints))
    }
}

/// "exited with status 2", "was killed by signal 9 (SIGKILL)", …
fn ending_words(ending: &Ending) -> String {
    match ending {
        Ending::Exited(code) => format!("exited with status {code}"),
        Ending::Signaled(signal) => {
            format!("was killed by signal {signal}{}", signal_name(*signal))
        }
        Ending::TimedOut(limit) => format!(
            "ran longer than --timeout {} and was killed",
            crate::duration::display(*limit)
        ),
        Ending::NotStarted(why, _) => format!("could not be started: {why}"),
    }
}

fn signal_name(signal: i32) -> &'static str {
    match signal {
        libc::SIGHUP => " (SIGHUP)",
        libc::SIGINT => " (SIGINT)",
        libc::SIGQUIT => " (SIGQUIT)",
        libc::SIGABRT => " (SIGABRT)",
        libc::SIGKILL => " (SIGKILL)",
        libc::SIGSEGV => " (SIGSEGV)",
        libc::SIGPIPE => " (SIGPIPE)",
        libc::SIGALRM => " (SIGALRM)",
        libc::SIGTERM => " (SIGTERM)",
        libc::SIGUSR1 => " (SIGUSR1)",
        libc::SIGUSR2 => " (SIGUSR2)",
        _ => "",
    }
}

/// The check's output: a first line saying how the command ended and how long it took, then
/// the end of what it printed, all within [`OUTPUT_LIMIT`] bytes.
pub fn check_output(outcome: &Outcome, program: &OsString) -> String {
    let path = std::path::Path::new(program);
    let name = path
        .file_name()
        .unwrap_or(program.as_os_str())
        .to_string_lossy();
    // A name can be anything; the first line must leave room for the output.
    let name = tail_within(&name, 200).trim_start_matches('\n');
    let mut first = format!(
        "{name} {} after {}",
        ending_words(&outcome.ending),
        crate::duration::display(outcome.elapsed)
    );
    let text = String::from_utf8_lossy(&outcome.tail);
    let room = OUTPUT_LIMIT.saturating_sub(first.len() + 64);
    let kept = tail_within(&text, room);
    // Compare in the command's own bytes: undecodable bytes grow in the text (U+FFFD).
    let cut = (outcome.tail.len() as u64) < outcome.total || kept.len() < text.len();
    if cut {
        first.push_str(&format!(
            "; output: the last {} of {} bytes",
            kept.len().min(outcome.total as usize),
            outcome.total
        ));
    }
    let mut output = first;
    if !kept.is_empty() {
        output.push('\n');
        output.push_str(kept);
    }
    tail_within(&output, OUTPUT_LIMIT).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::values::codes;
    use std::time::Duration;

    fn args(warn: Option<&str>, fail: Option<&str>) -> RunArgs {
        RunArgs {
            id: crate::cli::values::id("x"),
            ensure: EnsureArgs {
                ensure_ttl: None,
                name: None,
                service_id: None,
            },
            timeout: None,
            warn_on: warn.map(|w| codes(w).unwrap()),
            fail_on: fail.map(|f| codes(f).unwrap()),
            command: vec!["true".into()],
        }
    }

    #[test]
    fn nagios_mapping_and_overrides() {
        let plain = args(None, None);
        assert_eq!(plain.status(&Ending::Exited(0)), "passing");
        assert_eq!(plain.status(&Ending::Exited(1)), "warning");
        assert_eq!(plain.status(&Ending::Exited(2)), "critical");
        assert_eq!(plain.status(&Ending::Signaled(9)), "critical");
        assert_eq!(
            plain.status(&Ending::TimedOut(Duration::from_secs(1))),
            "critical"
        );
        let warn = args(Some("3-5"), None);
        assert_eq!(warn.status(&Ending::Exited(1)), "critical");
        assert_eq!(warn.status(&Ending::Exited(4)), "warning");
        let fail = args(None, Some("1"));
        assert_eq!(fail.status(&Ending::Exited(1)), "critical");
    }

    #[test]
    fn output_keeps_the_end_within_the_limit() {
        let lines: String = (0..10_000).map(|i| format!("line {i}\n")).collect();
        let outcome = Outcome {
            ending: Ending::Exited(2),
            elapsed: Duration::from_millis(1500),
            tail: lines.as_bytes()[lines.len() - OUTPUT_LIMIT..].to_vec(),
            total: lines.len() as u64,
        };
        let output = check_output(&outcome, &"/usr/bin/job".into());
        assert!(output.len() <= OUTPUT_LIMIT, "{}", output.len());
        let first = output.lines().next().unwrap();
        assert!(
            first.starts_with("job exited with status 2 after 1.5s; output: the last"),
            "{first}"
        );
        assert!(output.ends_with("line 9999\n"));
        assert!(output.lines().nth(1).unwrap().starts_with("line "));
    }

    #[test]
    fn odd_output_still_fits_and_says_it_was_cut() {
        let invalid = Outcome {
            ending: Ending::Exited(0),
            elapsed: Duration::from_millis(1),
            tail: vec![0xff; 2000],
            total: 2000,
        };
        let output = check_output(&invalid, &"job".into());
        assert!(output.len() <= OUTPUT_LIMIT);
        assert!(
            output.lines().next().unwrap().contains("output: the last"),
            "{output}"
        );

        let long_name = OsString::from("a".repeat(5000));
        let output = check_output(&invalid, &long_name);
        assert!(output.len() <= OUTPUT_LIMIT, "{}", output.len());

        let mut one_line = "x".repeat(5000);
        one_line.push_str("\ndone\n");
        let long_line = Outcome {
            tail: one_line.as_bytes()[one_line.len() - OUTPUT_LIMIT..].to_vec(),
            total: one_line.len() as u64,
            ..invalid
        };
        let output = check_output(&long_line, &"job".into());
        assert!(
            output.len() > 3000,
            "the long line is kept in part: {}",
            output.len()
        );
        assert!(output.ends_with("xxx\ndone\n"));
    }
}
