//! The SDK logs through `tracing`. To send its records to any logging system, give them to
//! a plain callback: a small `tracing_subscriber` layer does it.
//!
//! ```sh
//! OPENCODE_SERVER_URL=http://127.0.0.1:4096 cargo run -p examples --example logging_callback
//! ```

use std::fmt::Write as _;

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

/// Calls `F` with the level, the target and one line of text for every event: the names
/// and fields of the spans it happened in (`opencode.request{method=GET path=…}`), then
/// its own fields.
struct Callback<F>(F);

/// Fields formatted as `name=value` pairs.
struct Fields(String);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let sep = if self.0.is_empty() { "" } else { " " };
        let _ = write!(self.0, "{sep}{}={value:?}", field.name());
    }
}

impl<S, F> Layer<S> for Callback<F>
where
    S: tracing::Subscriber + for<'a> LookupSpan<'a>,
    F: Fn(&tracing::Level, &str, &str) + 'static,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut fields = Fields(String::new());
        attrs.record(&mut fields);
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(fields);
        }
    }

    fn on_event(&self, event: &tracing::Event<'_>, ctx: Context<'_, S>) {
        let mut line = String::new();
        for span in ctx
            .event_scope(event)
            .into_iter()
            .flat_map(|s| s.from_root())
        {
            let ext = span.extensions();
            let fields = ext.get::<Fields>().map_or("", |f| f.0.as_str());
            let _ = write!(line, "{}{{{fields}}}:", span.name());
        }
        let mut fields = Fields(line);
        event.record(&mut fields);
        let meta = event.metadata();
        (self.0)(meta.level(), meta.target(), &fields.0);
    }
}

#[tokio::main]
async fn main() -> Result<(), opencode::Error> {
    // Your logging system goes here.
    let log = |level: &tracing::Level, target: &str, line: &str| {
        eprintln!("[{level}] {target}: {line}");
    };
    let subscriber = tracing_subscriber::registry().with(Callback(log));
    tracing::subscriber::set_global_default(subscriber).expect("no other subscriber is set");

    let client = opencode::Client::from_env()?;
    let sessions = client.api().session().list().send().await?;
    println!("{} sessions", sessions.len());
    Ok(())
}
