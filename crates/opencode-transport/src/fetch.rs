//! The browser's inner HTTP service: every attempt is one `fetch`, its body read as a
//! stream (so event streams work, with the same auth headers as every other call).
//!
//! A `fetch` is aborted when its future or its body is dropped: a timed-out attempt, a
//! closed event stream or a dropped response ends the request in the browser too.
//!
//! The browser runs the page on one thread, so the JavaScript values here are wrapped in
//! `SendWrapper` to satisfy the `Send` bounds the operating-system transport needs; they
//! never leave that thread.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use http::{HeaderName, HeaderValue, Request, Response};
use http_body::Frame;
use http_body_util::{BodyExt, StreamBody};
use send_wrapper::SendWrapper;
use tower::Service;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::service::{BoxFuture, HttpService, ResponseBody};
use crate::{BoxError, RequestBody};

#[wasm_bindgen]
extern "C" {
    /// The global `fetch`, of a window and of a worker alike.
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(input: &web_sys::Request) -> js_sys::Promise;
}

/// The default inner service in the browser.
pub(crate) fn fetch_service() -> HttpService {
    tower::util::BoxCloneSyncService::new(FetchService)
}

#[derive(Clone, Copy, Debug)]
struct FetchService;

impl Service<Request<RequestBody>> for FetchService {
    type Response = Response<ResponseBody>;
    type Error = BoxError;
    type Future = BoxFuture<Result<Response<ResponseBody>, BoxError>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<RequestBody>) -> Self::Future {
        Box::pin(SendWrapper::new(fetch(request)))
    }
}

/// A failure the browser reported: its message (a `TypeError: Failed to fetch` for a
/// refused connection or a request the page's CORS rules forbid).
#[derive(Debug)]
pub(crate) struct FetchError(String);

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "fetch failed: {}", self.0)
    }
}

impl std::error::Error for FetchError {}

fn js_error(value: JsValue) -> BoxError {
    let message = match value.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.to_string()),
        None => value.as_string().unwrap_or_else(|| format!("{value:?}")),
    };
    Box::new(FetchError(message))
}

/// Aborts the `fetch` when dropped: after the body was read to its end this does nothing.
struct AbortOnDrop(web_sys::AbortController);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

async fn fetch(request: Request<RequestBody>) -> Result<Response<ResponseBody>, BoxError> {
    let (parts, body) = request.into_parts();
    let body: Bytes = body
        .collect()
        .await
        .map(|c| c.to_bytes())
        .unwrap_or_default();

    let init = web_sys::RequestInit::new();
    init.set_method(parts.method.as_str());
    let headers = web_sys::Headers::new().map_err(js_error)?;
    for (name, value) in &parts.headers {
        // The browser sets these itself and refuses them from a page.
        if matches!(name.as_str(), "host" | "content-length" | "connection") {
            continue;
        }
        let value = std::str::from_utf8(value.as_bytes())?;
        headers.append(name.as_str(), value).map_err(js_error)?;
    }
    init.set_headers(&headers);
    if !body.is_empty() {
        init.set_body(&js_sys::Uint8Array::from(&body[..]));
    }
    let abort = AbortOnDrop(web_sys::AbortController::new().map_err(js_error)?);
    init.set_signal(Some(&abort.0.signal()));
    let request =
        web_sys::Request::new_with_str_and_init(&parts.uri.to_string(), &init).map_err(js_error)?;

    let response: web_sys::Response = JsFuture::from(global_fetch(&request))
        .await
        .map_err(js_error)?
        .dyn_into()
        .map_err(js_error)?;

    let mut builder = Response::builder().status(response.status());
    if let Some(entries) = js_sys::try_iter(response.headers().as_ref()).map_err(js_error)? {
        for entry in entries {
            let entry: js_sys::Array = entry.map_err(js_error)?.unchecked_into();
            let (Some(name), Some(value)) = (entry.get(0).as_string(), entry.get(1).as_string())
            else {
                continue;
            };
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(&value),
            ) {
                builder = builder.header(name, value);
            }
        }
    }
    let body: ResponseBody = match response.body() {
        Some(stream) => {
            let chunks = wasm_streams::ReadableStream::from_raw(stream)
                .into_stream()
                .map(|chunk| {
                    let chunk = chunk.map_err(js_error)?;
                    let bytes = js_sys::Uint8Array::new(&chunk).to_vec();
                    Ok::<_, BoxError>(Frame::data(Bytes::from(bytes)))
                });
            let body = Chunks {
                chunks: Box::pin(chunks),
                _abort: abort,
            };
            StreamBody::new(SendWrapper::new(body)).boxed_unsync()
        }
        None => http_body_util::Empty::new()
            .map_err(|never| match never {})
            .boxed_unsync(),
    };
    Ok(builder.body(body)?)
}

/// A response body's chunks, aborting the `fetch` when dropped before its end.
struct Chunks {
    chunks: Pin<Box<dyn Stream<Item = Result<Frame<Bytes>, BoxError>>>>,
    _abort: AbortOnDrop,
}

impl Stream for Chunks {
    type Item = Result<Frame<Bytes>, BoxError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.chunks.as_mut().poll_next(cx)
    }
}
