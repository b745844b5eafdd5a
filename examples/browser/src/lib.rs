//! The SDK in a web page. Built with
//! `cargo build --release --target wasm32-unknown-unknown -p browser-example` and
//! `wasm-bindgen --target web`, a page calls it as
//!
//! ```js
//! import init, { ask } from "./browser_example.js";
//! await init();
//! const text = await ask("http://127.0.0.1:4096", "secret", "Say hello", (d) => out.append(d));
//! ```
//!
//! The server must allow the page's origin: `opencode serve --cors https://app.example`
//! (pages on `localhost` and `127.0.0.1` are allowed without it). See `docs/wasm.md`.

#[cfg(target_arch = "wasm32")]
mod page {
    use futures_util::StreamExt;
    use opencode::prelude::*;
    use wasm_bindgen::prelude::*;

    /// Creates a session on the server at `url`, sends `prompt`, calls `on_delta` with each
    /// piece of the answer as it streams in, and resolves to the whole answer.
    #[wasm_bindgen]
    pub async fn ask(
        url: String,
        password: String,
        prompt: String,
        on_delta: js_sys::Function,
    ) -> Result<String, JsError> {
        let client = Client::builder()
            .base_url(&url)
            .password(password)
            .build()?;
        let session = client.create_session().title("from the page").await?;
        let mut run = session.prompt(prompt).stream();
        while let Some(progress) = run.next().await {
            if let Progress::TextDelta { delta, .. } = progress? {
                on_delta
                    .call1(&JsValue::NULL, &JsValue::from_str(&delta))
                    .map_err(|_| JsError::new("on_delta threw"))?;
            }
        }
        Ok(run.finish().await?.text())
    }

    /// The titles of the server's sessions, newest first.
    #[wasm_bindgen]
    pub async fn session_titles(url: String, password: String) -> Result<Vec<String>, JsError> {
        let client = Client::builder()
            .base_url(&url)
            .password(password)
            .build()?;
        let sessions = client.api().session().list().send().await?;
        Ok(sessions.into_iter().map(|s| s.title).collect())
    }
}
