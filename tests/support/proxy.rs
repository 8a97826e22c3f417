//! A proxy on loopback that counts the requests passing through it, by path: how many
//! requests a wait or a watch sends while nothing changes (tests and the bench).

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
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let counts = Arc::new(Mutex::new(BTreeMap::new()));
        let shared = Arc::clone(&counts);
        std::thread::spawn(move || {
            for downstream in listener.incoming().flatten() {
                let upstream = TcpStream::connect(&target).unwrap();
                let counts = Arc::clone(&shared);
                let (mut down_read, mut up_write) = (
                    downstream.try_clone().unwrap(),
                    upstream.try_clone().unwrap(),
                );
                std::thread::spawn(move || {
                    // Only bodiless GETs go through: each request is its head, up to a blank
                    // line, so every head's first line is a request.
                    let mut reader = BufReader::new(&mut down_read);
                    let mut line = String::new();
                    let mut at_start = true;
                    while reader.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
                        if at_start {
                            let path = line.split_whitespace().nth(1).unwrap_or("");
                            let path = path.split('?').next().unwrap_or("").to_string();
                            *counts.lock().unwrap().entry(path).or_insert(0) += 1;
                        }
                        at_start = line == "\r\n";
                        if up_write.write_all(line.as_bytes()).is_err() {
                            break;
                        }
                        line.clear();
                    }
                    let _ = up_write.shutdown(std::net::Shutdown::Write);
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
        CountingProxy { addr, counts }
    }

    pub fn counts(&self) -> BTreeMap<String, usize> {
        self.counts.lock().unwrap().clone()
    }
}
