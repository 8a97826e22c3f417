fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(consulctl::run_main(std::env::args_os()).code())
}
