//! Runs a command for `check run`: its output passes through to ours and its end is kept for
//! the check; a timeout and the signals we receive reach its whole process group.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::os::fd::AsFd;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long a command has to end after SIGTERM before it gets SIGKILL.
pub const KILL_GRACE: Duration = Duration::from_secs(5);

/// How long we wait for output after the command ended: a background process it started may
/// hold its output open for ever.
const DRAIN: Duration = Duration::from_secs(2);

/// How a command ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    Exited(i32),
    Signaled(i32),
    /// It overran the timeout and was killed.
    TimedOut(Duration),
    /// It could not be started (no such file, not executable, …): why, in words (see
    /// [`not_started`]), and the kind of error.
    NotStarted(String, io::ErrorKind),
}

/// How a command that could not be started ended, with the reason in words that name the fix:
/// the operating system's "No such file or directory" does not say whether `PATH` was
/// searched, nor that a script's `#!` interpreter may be what is missing.
pub fn not_started(program: &OsString, e: &io::Error) -> Ending {
    let searched_path = !program.as_encoded_bytes().contains(&b'/');
    let why = match e.kind() {
        io::ErrorKind::NotFound if searched_path => "not found in PATH".to_string(),
        io::ErrorKind::NotFound => {
            "no such file (or the interpreter its #! line names is missing)".to_string()
        }
        io::ErrorKind::PermissionDenied => {
            "permission denied (it is not executable, or is a directory)".to_string()
        }
        _ => e.to_string(),
    };
    Ending::NotStarted(why, e.kind())
}

impl Ending {
    /// The exit status a shell would give: the code, 128+signal, 124 for a timeout (as
    /// timeout(1)), 127 for a command not found and 126 for one that cannot run.
    pub fn shell_status(&self) -> i32 {
        match self {
            Ending::Exited(code) => *code,
            Ending::Signaled(signal) => 128 + signal,
            Ending::TimedOut(_) => 124,
            Ending::NotStarted(_, io::ErrorKind::NotFound) => 127,
            Ending::NotStarted(..) => 126,
        }
    }
}

#[derive(Debug)]
pub struct Outcome {
    pub ending: Ending,
    pub elapsed: Duration,
    /// The last bytes it wrote, stdout and stderr together in arrival order.
    pub tail: Vec<u8>,
    /// Everything it wrote, in bytes.
    pub total: u64,
}

/// The end of a stream of bytes, at most `keep` of them, and how many there were in all.
pub struct Tail {
    bytes: VecDeque<u8>,
    keep: usize,
    total: u64,
}

impl Tail {
    pub fn new(keep: usize) -> Tail {
        Tail {
            bytes: VecDeque::new(),
            keep,
            total: 0,
        }
    }

    /// The bytes kept.
    pub fn kept(&self) -> Vec<u8> {
        self.bytes.iter().copied().collect()
    }

    /// How many bytes were pushed in all.
    pub fn total(&self) -> u64 {
        self.total
    }

    pub fn push(&mut self, chunk: &[u8]) {
        self.total += chunk.len() as u64;
        let chunk = &chunk[chunk.len().saturating_sub(self.keep)..];
        let overflow = (self.bytes.len() + chunk.len()).saturating_sub(self.keep);
        self.bytes.drain(..overflow);
        self.bytes.extend(chunk);
    }
}

/// Runs `program args…`, copying its stdout and stderr to ours and keeping the last `keep`
/// bytes of both.
///
/// Without a controlling terminal (cron, CI, systemd) the command gets a process group of its
/// own, so that a timeout or a signal sent to us (SIGINT, SIGTERM, SIGHUP, SIGQUIT) reaches
/// everything it started. At a terminal it stays in the shell's foreground job, as GNU
/// timeout's `--foreground` does: it may use the terminal (sudo, ssh, a prompt) and gets Ctrl-C
/// itself, and a timeout or a signal sent to us reaches the command but not what it started.
pub fn run(
    program: &OsString,
    args: &[OsString],
    timeout: Option<Duration>,
    keep: usize,
) -> Outcome {
    run_with_input(program, args, timeout, keep, None)
}

/// [`run`], with `input` written to the command's stdin (then closed) when given: a watch's
/// handler reads its event there, as `consul watch` handlers do.
pub fn run_with_input(
    program: &OsString,
    args: &[OsString],
    timeout: Option<Duration>,
    keep: usize,
    input: Option<Vec<u8>>,
) -> Outcome {
    let started = Instant::now();
    let mut command = Command::new(program);
    command.args(args);
    if input.is_some() {
        command.stdin(Stdio::piped());
    }
    // A process in a group that is not the terminal's foreground is stopped when it touches
    // the terminal, for good: only jobs without one get a group of their own.
    let own_group = std::fs::File::open("/dev/tty").is_err();
    if own_group {
        command.process_group(0);
    }
    // When our stdout and stderr are one file (cron's mail pipe, `>log 2>&1`), the command gets
    // one pipe for both, so its output keeps its order exactly; otherwise two pipes, read as
    // the bytes arrive.
    let shared = same_file(io::stdout().as_fd(), io::stderr().as_fd())
        .then(io::pipe)
        .and_then(Result::ok);
    let shared_reader = match shared {
        Some((reader, writer)) => match writer.try_clone() {
            Ok(second) => {
                command.stdout(writer).stderr(second);
                Some(reader)
            }
            Err(_) => None,
        },
        None => None,
    };
    if shared_reader.is_none() {
        command.stdout(Stdio::piped()).stderr(Stdio::piped());
    }
    let spawned = command.spawn();
    // Our copies of the write ends must go, or the reader never sees the end of the output.
    drop(command);
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            return Outcome {
                ending: not_started(program, &e),
                elapsed: started.elapsed(),
                tail: Vec::new(),
                total: 0,
            }
        }
    };
    if let (Some(input), Some(mut stdin)) = (input, child.stdin.take()) {
        // On a thread of its own: a command that never reads must not block us; a command
        // that exits without reading makes the write fail, which is no error of ours.
        thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
    }
    // Where signals go: the command's group, or the command alone when it shares ours.
    let target = if own_group {
        -(child.id() as libc::pid_t)
    } else {
        child.id() as libc::pid_t
    };
    forward_signals(target, own_group);

    let tail = Arc::new(Mutex::new(Tail::new(keep)));
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let first_stream = match shared_reader {
        Some(reader) => Some(Box::new(reader) as Box<dyn Read + Send>),
        None => child
            .stdout
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    };
    let readers = [
        copy(
            first_stream,
            own_copy(io::stdout().as_fd()),
            &tail,
            done_tx.clone(),
        ),
        copy(
            child
                .stderr
                .take()
                .map(|s| Box::new(s) as Box<dyn Read + Send>),
            own_copy(io::stderr().as_fd()),
            &tail,
            done_tx,
        ),
    ];

    let (exit_tx, exit_rx) = mpsc::channel();
    thread::spawn(move || {
        let _ = exit_tx.send(child.wait());
    });
    let status = match timeout {
        Some(limit) => match exit_rx.recv_timeout(limit) {
            Ok(status) => Some(status),
            Err(_) => {
                terminate(target, &exit_rx);
                None
            }
        },
        None => exit_rx.recv().ok(),
    };
    let elapsed = started.elapsed();
    // Reporting may take a while (retries): from now on a signal ends us as usual.
    restore_default_signals();
    // Both readers end at end of file; give lingering writers a moment, then go on without them.
    let deadline = Instant::now() + DRAIN;
    for _ in readers.iter().flatten() {
        let left = deadline.saturating_duration_since(Instant::now());
        if done_rx.recv_timeout(left).is_err() {
            break;
        }
    }
    let ending = match status {
        None => Ending::TimedOut(timeout.unwrap_or_default()),
        Some(Ok(status)) => match (status.code(), status.signal()) {
            (Some(code), _) => Ending::Exited(code),
            (None, Some(signal)) => Ending::Signaled(signal),
            (None, None) => Ending::Exited(-1),
        },
        Some(Err(e)) => Ending::NotStarted(e.to_string(), e.kind()),
    };
    let tail = tail.lock().unwrap_or_else(|e| e.into_inner());
    Outcome {
        ending,
        elapsed,
        tail: tail.kept(),
        total: tail.total(),
    }
}

/// Whether two descriptors are the same open file (same device and inode).
fn same_file(a: std::os::fd::BorrowedFd<'_>, b: std::os::fd::BorrowedFd<'_>) -> bool {
    use std::os::unix::fs::MetadataExt;
    let meta = |fd: std::os::fd::BorrowedFd<'_>| own_copy(fd).and_then(|f| f.metadata().ok());
    match (meta(a), meta(b)) {
        (Some(x), Some(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

/// Our stdout or stderr as a file of its own: writing through `io::stdout()` would wait for the
/// lock the main thread holds while the command runs.
fn own_copy(fd: std::os::fd::BorrowedFd<'_>) -> Option<std::fs::File> {
    fd.try_clone_to_owned().ok().map(std::fs::File::from)
}

/// Copies a child's stream to ours and into `tail`; says on `done` when the stream ends.
fn copy(
    from: Option<Box<dyn Read + Send>>,
    mut to: Option<std::fs::File>,
    tail: &Arc<Mutex<Tail>>,
    done: mpsc::Sender<()>,
) -> Option<thread::JoinHandle<()>> {
    let mut from = from?;
    let tail = Arc::clone(tail);
    Some(thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        loop {
            match from.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => {
                    tail.lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push(&buffer[..n]);
                    // Our own stdout may be closed (`| head`): keep reading, so that the
                    // command is not blocked, and stop passing its output on.
                    if let Some(file) = &mut to {
                        if file.write_all(&buffer[..n]).is_err() {
                            to = None;
                        }
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => break,
            }
        }
        let _ = done.send(());
    }))
}

/// SIGTERM to `target` (a group when negative), and SIGKILL to whatever of it is left
/// [`KILL_GRACE`] later: a background process that ignores SIGTERM dies too.
fn terminate(target: libc::pid_t, exited: &mpsc::Receiver<io::Result<std::process::ExitStatus>>) {
    signal(target, libc::SIGTERM);
    let deadline = Instant::now() + KILL_GRACE;
    let mut leader_gone = false;
    while Instant::now() < deadline {
        if !leader_gone {
            leader_gone = exited.recv_timeout(Duration::from_millis(50)).is_ok();
        } else {
            thread::sleep(Duration::from_millis(50));
        }
        if leader_gone && !alive(target) {
            return;
        }
    }
    signal(target, libc::SIGKILL);
    if !leader_gone {
        let _ = exited.recv();
    }
}

fn signal(target: libc::pid_t, signal: libc::c_int) {
    // SAFETY: kill(2) takes plain integers and touches no memory of ours.
    unsafe {
        libc::kill(target, signal);
    }
}

/// Whether any process of `target` is left (signal 0 checks without sending).
fn alive(target: libc::pid_t) -> bool {
    // SAFETY: as in `signal`.
    unsafe { libc::kill(target, 0) == 0 }
}

const FORWARDED: [libc::c_int; 4] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT];

/// Where [`forward`] sends what we receive (0: nowhere), and whether SIGINT goes too.
static FORWARD_TO: AtomicI32 = AtomicI32::new(0);
static FORWARD_SIGINT: AtomicBool = AtomicBool::new(false);
/// Whether a SIGINT arrived while a command ran (the last one, since [`run_with_input`]).
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// The handler of the forwarded signals: atomics and kill(2) only, both async-signal-safe.
extern "C" fn forward(received: libc::c_int) {
    if received == libc::SIGINT {
        INTERRUPTED.store(true, Ordering::SeqCst);
    }
    let target = FORWARD_TO.load(Ordering::SeqCst);
    if target != 0 && (received != libc::SIGINT || FORWARD_SIGINT.load(Ordering::SeqCst)) {
        signal(target, received);
    }
}

/// Passes the signals that end us on to the command, so that stopping consulctl stops the job
/// too, and we live to report how it ended. Ctrl-C at a terminal already reaches a command in
/// our group, so SIGINT is not sent twice then. A plain handler, installed for each command:
/// a process that runs one command after another (a watch's handler) must forward to each, and
/// [`restore_default_signals`] puts the default back when a command ends.
fn forward_signals(target: libc::pid_t, own_group: bool) {
    INTERRUPTED.store(false, Ordering::SeqCst);
    FORWARD_SIGINT.store(own_group, Ordering::SeqCst);
    FORWARD_TO.store(target, Ordering::SeqCst);
    for forwarded in FORWARDED {
        // SAFETY: the handler touches only atomics and calls kill(2).
        unsafe {
            libc::signal(
                forwarded,
                forward as extern "C" fn(libc::c_int) as libc::sighandler_t,
            );
        }
    }
}

/// Whether Ctrl-C (SIGINT) reached us while the last command ran: a watch that ran a handler
/// then ends, as it would have without one.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Puts the forwarded signals back to their default action.
fn restore_default_signals() {
    for forwarded in FORWARDED {
        // SAFETY: setting a signal's disposition to SIG_DFL touches no memory of ours.
        unsafe {
            libc::signal(forwarded, libc::SIG_DFL);
        }
    }
    FORWARD_TO.store(0, Ordering::SeqCst);
}

/// The agent keeps at most this much of a check's output (its default OutputMaxSize).
pub const OUTPUT_LIMIT: usize = 4096;

/// The end of `text` in at most `room` bytes. When a cut was needed it starts at a line, unless
/// that would throw away more than half of the room (one long last line).
pub fn tail_within(text: &str, room: usize) -> &str {
    if text.len() <= room {
        return text;
    }
    let mut start = text.len() - room;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let cut = &text[start..];
    match cut.find('\n') {
        Some(newline) if newline + 1 < cut.len() && newline < room / 2 => &cut[newline + 1..],
        _ => cut,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_keeps_the_end() {
        let mut tail = Tail::new(5);
        tail.push(b"abc");
        tail.push(b"defg");
        assert_eq!(tail.bytes.iter().copied().collect::<Vec<_>>(), b"cdefg");
        tail.push(b"0123456789");
        assert_eq!(tail.bytes.iter().copied().collect::<Vec<_>>(), b"56789");
        assert_eq!(tail.total, 17);
    }

    #[test]
    fn shell_statuses() {
        assert_eq!(Ending::Exited(3).shell_status(), 3);
        assert_eq!(Ending::Signaled(9).shell_status(), 137);
        assert_eq!(Ending::TimedOut(Duration::from_secs(1)).shell_status(), 124);
        assert_eq!(
            Ending::NotStarted(String::new(), io::ErrorKind::NotFound).shell_status(),
            127
        );
    }

    #[test]
    fn tails_cut_at_characters_and_lines() {
        assert_eq!(tail_within("ab\ncd", 10), "ab\ncd");
        assert_eq!(tail_within("abc\ndef", 5), "def");
        assert_eq!(
            tail_within("abcdef\ngh", 5),
            "ef\ngh",
            "a cut line, not half the room lost"
        );
        assert_eq!(tail_within("abcdefgh\nab\ncd", 7), "ab\ncd");
        assert_eq!(tail_within("ééé", 3), "é");
    }
}
