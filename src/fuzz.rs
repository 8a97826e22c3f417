//! Fuzzing: every decoder of Consul's answers, with the rendering after it, every
//! local validator, and whole command lines, under proptest. One test runs the targets one
//! after another within a time budget: `CONSULCTL_FUZZ_SECS` (default 5) in all, shared
//! equally; `CONSULCTL_FUZZ_ONLY` picks targets (names, comma-separated); `CONSULCTL_FUZZ_SEED`
//! repeats a failing batch. The seed corpus is the real agent's answers in tests/corpus/
//! (written by tests/corpus.rs); what the fuzzers found is kept in `regressions`.

mod answers;
mod command_lines;
mod harness;
mod json;
mod regressions;
mod validators;

use std::time::Duration;

use harness::{Plan, Stats};

/// A target's name and how to run it for a share of the budget.
type Run<'a> = Box<dyn Fn(&Plan, Duration) -> Stats + 'a>;

#[test]
fn fuzz_decoders_renderers_and_validators() {
    let plan = Plan::from_env();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let agent = answers::FakeAgent::start();
    let mut targets: Vec<(&str, Run)> = Vec::new();
    for decoder in answers::DECODERS {
        let (agent, dir) = (&agent, dir.path());
        targets.push((
            decoder.name,
            Box::new(move |plan, share| answers::fuzz_decoder(decoder, plan, share, agent, dir)),
        ));
    }
    targets.push((
        "error_answers",
        Box::new(|plan, share| answers::fuzz_error_answers(plan, share, &agent, dir.path())),
    ));
    targets.push((
        "command_lines",
        Box::new(|plan, share| command_lines::fuzz_command_lines(plan, share, &agent, dir.path())),
    ));
    targets.push(("validators", Box::new(validators::fuzz_validators)));
    targets.push((
        "tokens_and_addresses",
        Box::new(|plan, share| validators::fuzz_tokens_and_addresses(plan, share, dir.path())),
    ));
    targets.push((
        "identifiers_in_urls",
        Box::new(validators::fuzz_identifiers_in_urls),
    ));
    targets.push((
        "definition_files",
        Box::new(|plan, share| validators::fuzz_definition_files(plan, share, dir.path())),
    ));
    targets.push((
        "check_output",
        Box::new(|plan, share| validators::fuzz_check_output(plan, share, dir.path())),
    ));

    let chosen: Vec<_> = targets
        .into_iter()
        .filter(|(name, _)| plan.selects(name))
        .collect();
    assert!(
        !chosen.is_empty(),
        "CONSULCTL_FUZZ_ONLY={:?} matches no target",
        plan.only
    );
    let share = plan.total / chosen.len() as u32;
    let started = std::time::Instant::now();
    let mut total = 0;
    for (_, run) in &chosen {
        let stats = run(&plan, share);
        report(&format!(
            "fuzz: {:<22} {:>9} cases in {:6.1}s",
            stats.name,
            stats.cases,
            stats.elapsed.as_secs_f64()
        ));
        total += stats.cases;
    }
    report(&format!(
        "fuzz: {} targets, {total} cases in {:.1}s",
        chosen.len(),
        started.elapsed().as_secs_f64()
    ));
}

/// A line on the real stderr: libtest keeps what `eprintln!` writes for failing tests only, and
/// the case counts belong in every CI log.
fn report(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{line}");
}
