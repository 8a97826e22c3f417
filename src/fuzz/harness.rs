//! Runs one fuzz target for a share of the time budget: the corpus as it is first, then proptest
//! batches with fresh seeds until the share is spent. A failure names the batch's seed, so
//! `CONSULCTL_FUZZ_SEED=… CONSULCTL_FUZZ_ONLY=…` repeats it (batch 0 of a run uses the seed
//! given).

use std::cell::Cell;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use proptest::strategy::Strategy;
use proptest::test_runner::{
    Config, RngAlgorithm, TestCaseError, TestCaseResult, TestRng, TestRunner,
};

/// Cases per proptest batch: small enough that the budget is kept to within a fraction of a
/// second, large enough that starting a batch costs nothing.
const BATCH: u32 = 64;

/// The budget when `CONSULCTL_FUZZ_SECS` is unset: enough for a plain `cargo test` to run every
/// target past its corpus without making each test run wait on fuzzing. `scripts/test`, which CI
/// runs, sets a longer budget.
const DEFAULT_SECS: f64 = 5.0;

/// The budget and the seeds of one `cargo test` run.
pub struct Plan {
    pub total: Duration,
    /// `CONSULCTL_FUZZ_SEED`: the seed of every target's first batch.
    pub seed: Option<u64>,
    /// `CONSULCTL_FUZZ_ONLY`: run only these targets (names, comma-separated).
    pub only: Option<String>,
}

impl Plan {
    pub fn from_env() -> Plan {
        let secs = std::env::var("CONSULCTL_FUZZ_SECS")
            .ok()
            .map(|v| {
                v.trim().parse::<f64>().unwrap_or_else(|_| {
                    panic!("CONSULCTL_FUZZ_SECS={v:?} is not a number of seconds")
                })
            })
            .unwrap_or(DEFAULT_SECS);
        let seed = std::env::var("CONSULCTL_FUZZ_SEED").ok().map(|v| {
            let hex = v.trim().trim_start_matches("0x");
            u64::from_str_radix(hex, 16)
                .unwrap_or_else(|_| panic!("CONSULCTL_FUZZ_SEED={v:?} is not a hexadecimal seed"))
        });
        Plan {
            total: Duration::from_secs_f64(secs.max(0.0)),
            seed,
            only: std::env::var("CONSULCTL_FUZZ_ONLY")
                .ok()
                .filter(|v| !v.is_empty()),
        }
    }

    pub fn selects(&self, target: &str) -> bool {
        self.only
            .as_deref()
            .is_none_or(|only| only.split(',').any(|name| name.trim() == target))
    }
}

/// What one target did.
pub struct Stats {
    pub name: &'static str,
    pub cases: u64,
    pub elapsed: Duration,
}

/// One target: a name, fixed cases that always run (the corpus as it is), a strategy for the
/// rest, and the property. The property returns `Err` (or panics) on a finding.
pub struct Target<S: Strategy> {
    pub name: &'static str,
    pub fixed: Vec<S::Value>,
    pub strategy: S,
    /// Longest one case may take before it counts as a finding (a hang or a blow-up).
    pub case_limit: Duration,
}

impl<S: Strategy> Target<S> {
    pub fn run(
        self,
        plan: &Plan,
        share: Duration,
        property: impl Fn(&S::Value) -> TestCaseResult,
    ) -> Stats {
        let started = Instant::now();
        let cases = Cell::new(0u64);
        let limit = self.case_limit;
        let batch_seed = Cell::new(None);
        let timed = |value: &S::Value| -> TestCaseResult {
            cases.set(cases.get() + 1);
            let start = Instant::now();
            watchdog().watch(Some((start, self.name, batch_seed.get())));
            let result = property(value);
            watchdog().watch(None);
            let took = start.elapsed();
            if took > limit {
                return Err(TestCaseError::fail(format!(
                    "one case took {took:?}, more than the {limit:?} allowed"
                )));
            }
            result
        };
        for (n, value) in self.fixed.iter().enumerate() {
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| timed(value)));
            let why = match outcome {
                Ok(Ok(())) => continue,
                Ok(Err(e)) => e.to_string(),
                Err(_) => "it panicked (see above)".to_string(),
            };
            let shown: String = format!("{value:?}").chars().take(500).collect();
            panic!(
                "fuzz target {}: fixed case {n} failed: {why}\ninput: {shown}",
                self.name
            );
        }
        let first = plan.seed.unwrap_or_else(fresh_seed);
        let mut batch = 0u64;
        while started.elapsed() < share {
            let seed = if batch == 0 { first } else { mix(first, batch) };
            batch_seed.set(Some(seed));
            let config = Config {
                cases: BATCH,
                failure_persistence: None,
                // Shrinking runs the property again and again; bound it so that a finding (a
                // slow case above all) is reported within minutes even for the slower targets.
                max_shrink_iters: 4096,
                max_shrink_time: 120_000,
                ..Config::default()
            };
            let mut runner = TestRunner::new_with_rng(
                config,
                TestRng::from_seed(RngAlgorithm::XorShift, &seed_bytes(seed)),
            );
            if let Err(e) = runner.run(&self.strategy, |value| timed(&value)) {
                panic!(
                    "fuzz target {} failed: {e}\nrepeat with: CONSULCTL_FUZZ_SEED={seed:#x} CONSULCTL_FUZZ_ONLY={} cargo test --lib fuzz",
                    self.name, self.name
                );
            }
            batch += 1;
        }
        Stats {
            name: self.name,
            cases: cases.get(),
            elapsed: started.elapsed(),
        }
    }
}

/// A case that never returns cannot fail by itself: a thread of its own watches the case under
/// way and, past [`HANG`], names the target and batch and aborts the test process.
struct Watchdog {
    case: Mutex<Option<(Instant, &'static str, Option<u64>)>>,
}

const HANG: Duration = Duration::from_secs(120);

impl Watchdog {
    fn watch(&self, case: Option<(Instant, &'static str, Option<u64>)>) {
        *self.case.lock().unwrap_or_else(|e| e.into_inner()) = case;
    }
}

fn watchdog() -> &'static Watchdog {
    static WATCHDOG: OnceLock<Watchdog> = OnceLock::new();
    WATCHDOG.get_or_init(|| {
        std::thread::spawn(|| loop {
            std::thread::sleep(Duration::from_secs(1));
            let case = *watchdog().case.lock().unwrap_or_else(|e| e.into_inner());
            if let Some((start, name, seed)) = case.filter(|(start, ..)| start.elapsed() > HANG) {
                let repeat = match seed {
                    Some(seed) => format!("CONSULCTL_FUZZ_SEED={seed:#x} CONSULCTL_FUZZ_ONLY={name}"),
                    None => format!("CONSULCTL_FUZZ_ONLY={name} (a corpus case)"),
                };
                eprintln!(
                    "fuzz target {name}: one case has run for {:?} and does not end; repeat with {repeat} cargo test --lib fuzz",
                    start.elapsed()
                );
                std::process::abort();
            }
        });
        Watchdog {
            case: Mutex::new(None),
        }
    })
}

fn fresh_seed() -> u64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos(),
    );
    hasher.finish()
}

/// splitmix64 of `seed` and `n`: independent seeds for the batches after the first.
fn mix(seed: u64, n: u64) -> u64 {
    let mut z = seed.wrapping_add(n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// XorShift: a fraction of ChaCha's cost, and fuzzing needs no cryptographic randomness.
fn seed_bytes(seed: u64) -> [u8; 16] {
    let mut bytes = [0u8; 16];
    for (i, chunk) in bytes.chunks_mut(8).enumerate() {
        chunk.copy_from_slice(&mix(seed, i as u64).to_le_bytes());
    }
    bytes
}
