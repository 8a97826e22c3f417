//! Proxies on loopback for tests and the bench: one that counts the requests passing through
//! it, by path (how many a wait or a watch sends while nothing changes), one that holds an
//! answer back, and [`forward_each`], which the others that count or log build on.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// A proxy on loopback in front of `target` that counts the requests by path (no query).
pub struct CountingProxy {
    pub addr: String,
    counts: Arc<Mutex<BTreeMap<String, usize>>>,
}

impl CountingProxy {
    pub fn start(target: String) -> CountingProxy {
        let counts = Arc::new(Mutex::new(BTreeMap::new()));
        let shared = Arc::clone(&counts);
        let addr = forward_each(target, move |_, target| {
            let path = target.split('?').next().unwrap_or("").to_string();
            *shared.lock().unwrap().entry(path).or_insert(0) += 1;
        });
        CountingProxy { addr, counts }
    }

    pub fn counts(&self) -> BTreeMap<String, usize> {
        self.counts.lock().unwrap().clone()
    }
}

/// A proxy on loopback in front of `target` that holds back the answer to the first connection
/// whose first request line starts with `prefix` until the test releases it: a writer whose
/// read is answered late, while another writer acts. Every other byte passes through as it
/// comes, bodies included.
pub struct HoldingProxy {
    pub addr: String,
    gate: Arc<Gate>,
}

#[derive(Default)]
struct Gate {
    /// (the held answer has arrived from the target, the test released it)
    state: Mutex<(bool, bool)>,
    changed: std::sync::Condvar,
    claimed: std::sync::atomic::AtomicBool,
}

impl Gate {
    fn wait_for(&self, until: impl Fn(&(bool, bool)) -> bool, what: &str) {
        let state = self.state.lock().unwrap();
        let (state, timeout) = self
            .changed
            .wait_timeout_while(state, std::time::Duration::from_secs(30), |s| !until(s))
            .unwrap();
        assert!(!timeout.timed_out() || until(&state), "{what} within 30 s");
    }

    fn set(&self, change: impl FnOnce(&mut (bool, bool))) {
        change(&mut self.state.lock().unwrap());
        self.changed.notify_all();
    }
}

impl HoldingProxy {
    pub fn start(target: String, prefix: &'static str) -> HoldingProxy {
        use std::sync::atomic::{AtomicBool, Ordering};
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let gate = Arc::new(Gate::default());
        let shared = Arc::clone(&gate);
        std::thread::spawn(move || {
            for downstream in listener.incoming().flatten() {
                let upstream = TcpStream::connect(&target).unwrap();
                let hold = Arc::new(AtomicBool::new(false));
                let (mut down_read, mut up_write) = (
                    downstream.try_clone().unwrap(),
                    upstream.try_clone().unwrap(),
                );
                let (gate, this) = (Arc::clone(&shared), Arc::clone(&hold));
                std::thread::spawn(move || {
                    let mut buffer = [0u8; 8192];
                    let mut first = true;
                    while let Ok(n) = down_read.read(&mut buffer) {
                        if first
                            && buffer[..n].starts_with(prefix.as_bytes())
                            && !gate.claimed.swap(true, Ordering::SeqCst)
                        {
                            // Set before the request goes on, so before its answer can come.
                            this.store(true, Ordering::SeqCst);
                        }
                        first = false;
                        if n == 0 || up_write.write_all(&buffer[..n]).is_err() {
                            break;
                        }
                    }
                    let _ = up_write.shutdown(std::net::Shutdown::Write);
                });
                let gate = Arc::clone(&shared);
                let (mut up_read, mut down_write) = (upstream, downstream);
                std::thread::spawn(move || {
                    let mut buffer = [0u8; 8192];
                    let mut first = true;
                    while let Ok(n) = up_read.read(&mut buffer) {
                        if first && n > 0 && hold.load(Ordering::SeqCst) {
                            gate.set(|s| s.0 = true);
                            gate.wait_for(|s| s.1, "the test releases the held answer");
                        }
                        first = false;
                        if n == 0 || down_write.write_all(&buffer[..n]).is_err() {
                            break;
                        }
                    }
                    let _ = down_write.shutdown(std::net::Shutdown::Write);
                });
            }
        });
        HoldingProxy { addr, gate }
    }

    /// Returns once the held answer has come from the target (the read reached it).
    pub fn wait_held(&self) {
        self.gate
            .wait_for(|s| s.0, "a request starting with the prefix is answered");
    }

    /// Lets the held answer go on to the client.
    pub fn release(&self) {
        self.gate.set(|s| s.1 = true);
    }
}

/// A proxy on loopback in front of `target` that passes every request on whole, its head and
/// its Content-Length body, and first calls `seen` with its method and target (path and
/// query): to count or log it, or to hold it back a while (`seen` returns when it may go on).
/// Answers pass through as they come. Returns the proxy's address.
pub fn forward_each(target: String, seen: impl Fn(&str, &str) + Send + Sync + 'static) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let seen = Arc::new(seen);
    std::thread::spawn(move || {
        for downstream in listener.incoming().flatten() {
            let upstream = TcpStream::connect(&target).unwrap();
            let seen = Arc::clone(&seen);
            let (down_read, mut up_write) = (
                downstream.try_clone().unwrap(),
                upstream.try_clone().unwrap(),
            );
            std::thread::spawn(move || {
                let mut reader = BufReader::new(down_read);
                loop {
                    let mut head = String::new();
                    let mut length = 0usize;
                    loop {
                        let mut line = String::new();
                        if reader.read_line(&mut line).map(|n| n == 0).unwrap_or(true) {
                            let _ = up_write.shutdown(std::net::Shutdown::Write);
                            return;
                        }
                        if let Some((name, value)) = line.split_once(':') {
                            if name.eq_ignore_ascii_case("content-length") {
                                length = value.trim().parse().unwrap_or(0);
                            }
                        }
                        head.push_str(&line);
                        if line == "\r\n" {
                            break;
                        }
                    }
                    let mut body = vec![0u8; length];
                    if reader.read_exact(&mut body).is_err() {
                        return;
                    }
                    let mut words = head.split_whitespace();
                    seen(words.next().unwrap_or(""), words.next().unwrap_or(""));
                    if up_write.write_all(head.as_bytes()).is_err()
                        || up_write.write_all(&body).is_err()
                    {
                        return;
                    }
                }
            });
            let (mut up_read, mut down_write) = (upstream, downstream);
            std::thread::spawn(move || {
                let mut buffer = [0u8; 8192];
                while let Ok(n) = up_read.read(&mut buffer) {
                    if n == 0 || down_write.write_all(&buffer[..n]).is_err() {
                        break;
                    }
                }
                let _ = down_write.shutdown(std::net::Shutdown::Write);
            });
        }
    });
    addr
}
