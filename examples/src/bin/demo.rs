//! `cargo xtask demo` runs this: one prompt against a server, streamed to the terminal.

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    examples::demo::run(&args)
}
