//! The one integration-test binary (one link, one shared agent). Every file under tests/ must
//! be a module here; `no_test_file_is_forgotten` checks it.

mod support;

mod cli_agent;
mod cli_bad_input;
mod cli_check;
mod cli_complete;
mod cli_dry_run;
mod cli_errors;
mod cli_faults;
mod cli_query;
mod cli_retry;
mod cli_service;
mod cli_versions;
mod corpus;
mod docs;
mod e2e_agent;
mod e2e_check;
mod e2e_complete;
mod e2e_cron;
mod e2e_federation;
mod e2e_query;
mod e2e_security;
mod e2e_service;
mod e2e_terminal;
mod generated;

#[test]
fn no_test_file_is_forgotten() {
    let runner = include_str!("runner.rs");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(module) = name.strip_suffix(".rs") {
            if module != "runner" {
                assert!(
                    runner.contains(&format!("mod {module};")),
                    "tests/{name} is not in runner.rs"
                );
            }
        }
    }
}
