//! The demo behind `cargo xtask demo ["prompt"] [--model provider/model]`: the SDK end to
//! end in one command (`cargo xtask demo` installs the pinned server, then runs the `demo`
//! binary of this crate with `OPENCODE_BIN` set).
//!
//! Starts the OpenCode server, sends one prompt
//! through the umbrella crate and shows what happens as it happens: the answer text as it
//! streams, each tool call and its state changes, permission requests (asked on the
//! terminal, answered `once` automatically when stdin is not a terminal), and the turn's
//! token and cost totals.
//!
//! By default the model is the SDK's scripted fake provider: no API key, no network, and
//! the server runs in temporary HOME/XDG directories so the user's own configuration is
//! neither read nor touched. With `--model provider/model` the server runs with the user's
//! environment and configuration as they are, and the provider's key must be set there.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use futures_util::StreamExt;
use opencode::types::{self, ToolState};
use opencode::{Opencode, Progress, Reply};
use opencode_testing::{TestEnv, Turn};
use serde_json::json;

/// The prompt sent when none is given.
pub const DEFAULT_PROMPT: &str = "Say hello and show the date";

/// What the fake model says before it calls the tool.
pub const FAKE_INTRO: &str = "Hello! Let me check the date for you.";

/// The command the fake model runs (it needs permission: the demo config asks for `bash`).
pub const FAKE_COMMAND: &str = "date";

/// What the fake model answers once the tool ran.
pub const FAKE_ANSWER: &str =
    "Hello from the OpenCode Rust SDK! The command above printed today's date.";

/// How the demo runs.
#[derive(Debug, Clone)]
pub struct DemoOptions {
    /// The prompt.
    pub prompt: String,
    /// `provider/model` of a real provider; `None` for the scripted fake model.
    pub model: Option<String>,
    /// The `opencode` binary.
    pub binary: PathBuf,
    /// Ask permission questions on stdin (a terminal); otherwise answer `once` and say so.
    pub interactive: bool,
    /// Animate the startup line (stdout is a terminal).
    pub animate: bool,
}

/// Parses `["prompt"] [--model provider/model]`.
pub fn parse_args(args: &[String]) -> Result<(String, Option<String>)> {
    let mut prompt = None;
    let mut model = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--model" | "-m" => match it.next() {
                Some(m) if m.contains('/') => model = Some(m.clone()),
                Some(m) => bail!("--model takes provider/model, got `{m}`"),
                None => bail!("--model needs a value (provider/model)"),
            },
            other if other.starts_with('-') => bail!("unknown demo option `{other}`"),
            other if prompt.is_none() => prompt = Some(other.to_owned()),
            other => bail!("one prompt only (quote it); unexpected `{other}`"),
        }
    }
    Ok((prompt.unwrap_or_else(|| DEFAULT_PROMPT.to_owned()), model))
}

/// Runs the demo on the terminal. The server binary comes from `OPENCODE_BIN`, the
/// `cargo xtask install-opencode` location or `PATH`.
pub fn run(args: &[String]) -> Result<()> {
    let (prompt, model) = parse_args(args)?;
    let binary = opencode::process::find_binary(None).map_err(|tried| {
        anyhow::anyhow!(
            "no opencode binary ({}): run `cargo xtask demo`, which installs the pinned server, or set OPENCODE_BIN",
            tried.join("; ")
        )
    })?;
    let options = DemoOptions {
        prompt,
        model,
        binary,
        interactive: std::io::stdin().is_terminal(),
        animate: std::io::stdout().is_terminal(),
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let mut stdout = std::io::stdout();
    rt.block_on(run_with(options, &mut stdout))?;
    Ok(())
}

/// Token and cost totals of the turn (every assistant message answering the prompt).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    /// Input tokens.
    pub input: u64,
    /// Output tokens.
    pub output: u64,
    /// Reasoning tokens.
    pub reasoning: u64,
    /// Tokens read from the provider's cache.
    pub cache_read: u64,
    /// Cost in USD as the server computed it.
    pub cost: f64,
    /// Model calls (assistant messages).
    pub steps: usize,
}

/// Runs the demo with `options`, writing everything to `out`. Returns the totals.
pub async fn run_with(options: DemoOptions, out: &mut (dyn Write + Send)) -> Result<Totals> {
    // The fake environment lives until the server stopped (drop order: server first).
    let env;
    let mut builder = Opencode::builder();
    let model = match &options.model {
        None => {
            env = Some(fake_env(&options)?);
            let env = env.as_ref().context("fake environment")?;
            let server = env.server_builder();
            builder = builder
                .server(|_| server)
                .directory(env.project_dir().display().to_string());
            writeln!(
                out,
                "model: fake/{} (scripted, offline)",
                opencode_testing::DEFAULT_MODEL
            )?;
            None
        }
        Some(m) => {
            env = None;
            let (provider, model) = m.split_once('/').context("provider/model")?;
            let binary = options.binary.clone();
            builder = builder.server(|b| b.binary(binary));
            if let Ok(dir) = std::env::current_dir() {
                builder = builder.directory(dir.display().to_string());
            }
            writeln!(out, "model: {m} (your OpenCode configuration and keys)")?;
            Some((provider.to_owned(), model.to_owned()))
        }
    };

    let opencode = start(builder, options.animate, out).await?;
    let result = drive(&opencode, &options, model, out).await;
    opencode.stop().await;
    drop(env);
    result
}

/// The scripted fake model: a short intro and a `bash` call (which needs permission), then
/// the answer. Isolated HOME/XDG directories and a throwaway git project.
fn fake_env(options: &DemoOptions) -> Result<TestEnv> {
    let env = TestEnv::builder()
        .binary(&options.binary)
        .permission(json!({"bash": "ask"}))
        .turn(Turn::text(FAKE_INTRO).then_tool_call(
            "bash",
            json!({"command": FAKE_COMMAND, "description": "Show the date"}),
        ))
        .turn(Turn::text(FAKE_ANSWER))
        .build_env()
        .context("setting up the isolated demo environment")?;
    Ok(env)
}

/// Spawns the server with a progress line showing the elapsed time.
async fn start(
    builder: opencode::OpencodeBuilder,
    animate: bool,
    out: &mut (dyn Write + Send),
) -> Result<Opencode> {
    let started = Instant::now();
    write!(out, "starting server…")?;
    out.flush()?;
    let spawn = builder.spawn();
    tokio::pin!(spawn);
    let mut tick = tokio::time::interval(Duration::from_millis(100));
    let result = loop {
        tokio::select! {
            r = &mut spawn => break r,
            _ = tick.tick(), if animate => {
                write!(out, "\rstarting server… {:.1}s", started.elapsed().as_secs_f64())?;
                out.flush()?;
            }
        }
    };
    let opencode = match result {
        Ok(o) => o,
        Err(e) => {
            writeln!(out)?;
            return Err(e).context("the OpenCode server did not start");
        }
    };
    if animate {
        write!(out, "\rstarting server…")?;
    }
    writeln!(
        out,
        " ready in {:.1}s at {}",
        started.elapsed().as_secs_f64(),
        opencode.server().url()
    )?;
    Ok(opencode)
}

async fn drive(
    opencode: &Opencode,
    options: &DemoOptions,
    model: Option<(String, String)>,
    out: &mut (dyn Write + Send),
) -> Result<Totals> {
    if let Some((provider, model_id)) = &model {
        check_provider(opencode, provider, model_id).await?;
    }
    let session = opencode.create_session().title("xtask demo").await?;
    writeln!(out, "\n> {}\n", options.prompt)?;

    let mut prompt = session.prompt(options.prompt.clone());
    if let Some((provider, model_id)) = model {
        prompt = prompt.model(provider, model_id);
    }
    let mut run = prompt.stream();
    let mut tool_states: Vec<(String, String)> = Vec::new();
    let mut at_line_start = true;
    // A fresh server's first turn takes seconds before the model's first token; on a
    // terminal an elapsed-time line says the demo is not stuck, and is erased once
    // something arrives.
    let sent = Instant::now();
    let mut waiting = options.animate;
    let mut tick = tokio::time::interval(Duration::from_millis(100));
    loop {
        let progress = tokio::select! {
            p = run.next() => p,
            _ = tick.tick(), if waiting => {
                write!(out, "\rwaiting for the model… {:.1}s", sent.elapsed().as_secs_f64())?;
                out.flush()?;
                continue;
            }
        };
        let Some(progress) = progress else { break };
        if waiting {
            write!(out, "\r\x1b[2K")?;
            waiting = false;
        }
        match progress? {
            Progress::TextDelta { delta, .. } => {
                write!(out, "{delta}")?;
                at_line_start = delta.ends_with('\n');
                out.flush()?;
            }
            Progress::Tool(tool) => {
                let state = tool.state.kind().to_owned();
                // Updates repeat a state (new metadata, streamed output): show changes only.
                match tool_states.iter_mut().find(|(id, _)| *id == tool.id) {
                    Some((_, last)) if *last == state => continue,
                    Some((_, last)) => *last = state,
                    None => tool_states.push((tool.id.clone(), state)),
                }
                if !at_line_start {
                    writeln!(out)?;
                    at_line_start = true;
                }
                writeln!(out, "{}", describe_tool(&tool))?;
            }
            Progress::Permission(request) => {
                if !at_line_start {
                    writeln!(out)?;
                    at_line_start = true;
                }
                let what = format!("{} `{}`", request.permission, request.patterns.join(" "));
                let reply = if options.interactive {
                    write!(out, "? allow {what}? [o]nce/[a]lways/[r]eject: ")?;
                    out.flush()?;
                    ask_stdin().await?
                } else {
                    writeln!(
                        out,
                        "? permission {what}: answering once (stdin is not a terminal)"
                    )?;
                    Reply::Once
                };
                request.reply(reply).await?;
            }
            Progress::Question(q) => {
                // The demo has no question UI; dismissing ends the turn cleanly.
                writeln!(out, "? the model asks questions; dismissing them")?;
                q.reject().await?;
            }
            Progress::Retry { message, .. } => writeln!(out, "[provider retry: {message}]")?,
            Progress::Reconnected { downtime, .. } => {
                writeln!(out, "[event stream reconnected after {downtime:?}]")?;
            }
            _ => {}
        }
    }
    let output = match run.finish().await {
        Ok(o) => o,
        Err(e) => {
            if let Some(turn) = e.as_turn() {
                bail!(
                    "\nthe turn failed: {}: {}",
                    turn.name(),
                    turn.message().unwrap_or_else(|| "no message".to_owned())
                );
            }
            return Err(e.into());
        }
    };
    if !at_line_start {
        writeln!(out)?;
    }

    let totals = totals(&output);
    writeln!(
        out,
        "\ntotals: {} input, {} output, {} reasoning, {} cache-read tokens; cost ${:.4} ({} model calls)",
        totals.input, totals.output, totals.reasoning, totals.cache_read, totals.cost, totals.steps
    )?;
    Ok(totals)
}

/// One line for a tool-call state: name, state, and input or output when there is one.
pub fn describe_tool(tool: &types::ToolPart) -> String {
    let name = &tool.tool;
    match &tool.state {
        ToolState::Pending(_) => format!("[tool {name}] pending"),
        ToolState::Running(s) => format!(
            "[tool {name}] running {}",
            serde_json::Value::Object(s.input.clone())
        ),
        ToolState::Completed(s) => {
            format!("[tool {name}] completed: {}", first_line(&s.output, 100))
        }
        ToolState::Error(s) => format!("[tool {name}] error: {}", first_line(&s.error, 100)),
        other => format!("[tool {name}] {}", other.kind()),
    }
}

fn first_line(text: &str, max: usize) -> String {
    let line = text.trim().lines().next().unwrap_or("");
    if line.chars().count() > max {
        format!("{}…", line.chars().take(max).collect::<String>())
    } else {
        line.to_owned()
    }
}

/// Reads `o`, `a` or `r` from stdin (blocking, off the runtime's workers).
async fn ask_stdin() -> Result<Reply> {
    let line = tokio::task::spawn_blocking(|| {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map(|_| line)
    })
    .await??;
    Ok(match line.trim().to_ascii_lowercase().as_str() {
        "o" | "once" | "y" | "yes" => Reply::Once,
        "a" | "always" => Reply::Always,
        _ => Reply::reject_with("the user rejected this in the demo"),
    })
}

/// Fails with a clear message when the server has no such provider or model (no key in
/// the environment, a typo).
async fn check_provider(opencode: &Opencode, provider: &str, model_id: &str) -> Result<()> {
    let providers = opencode.api().config().providers().send().await?;
    let Some(p) = providers.providers.iter().find(|p| p.id == provider) else {
        let known: Vec<&str> = providers.providers.iter().map(|p| p.id.as_str()).collect();
        bail!(
            "the OpenCode server has no provider `{provider}` (configured: {known:?}); set its \
             API key in the environment (e.g. ANTHROPIC_API_KEY) or run `opencode auth login`"
        );
    };
    if !p.models.contains_key(model_id) {
        bail!("provider `{provider}` has no model `{model_id}`");
    }
    Ok(())
}

/// The turn's totals: every model call of the turn, tool steps included.
fn totals(output: &opencode::TurnOutput) -> Totals {
    let t = output.tokens();
    Totals {
        input: t.input,
        output: t.output,
        reasoning: t.reasoning,
        cache_read: t.cache_read,
        cost: output.cost(),
        steps: output.messages().len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn parses_prompt_and_model() {
        assert_eq!(parse_args(&[]).unwrap(), (DEFAULT_PROMPT.to_owned(), None));
        let (p, m) = parse_args(&args(&["hi there", "--model", "anthropic/claude"])).unwrap();
        assert_eq!(p, "hi there");
        assert_eq!(m.as_deref(), Some("anthropic/claude"));
        assert!(parse_args(&args(&["--model", "no-slash"])).is_err());
        assert!(parse_args(&args(&["--model"])).is_err());
        assert!(parse_args(&args(&["a", "b"])).is_err());
        assert!(parse_args(&args(&["--nope"])).is_err());
    }

    #[test]
    fn long_tool_output_is_cut_to_one_line() {
        assert_eq!(first_line("  one\ntwo", 10), "one");
        assert_eq!(first_line("abcdef", 3), "abc…");
    }
}
