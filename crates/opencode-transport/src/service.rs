//! The tower stack: the inner HTTP service, the per-attempt service and the retry policy.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, Request, Response};
use http_body_util::BodyExt;
use http_body_util::combinators::UnsyncBoxBody;
use tower::Service;
use tower::util::BoxCloneSyncService;

use crate::error::is_retryable_status;
use crate::{BoxError, Error, RequestBody, RequestInfo, RequestKind, RetryPolicy, TimeoutKind};

/// The body of a response from the inner service: streamed, boxed.
pub type ResponseBody = UnsyncBoxBody<Bytes, BoxError>;

/// The inner HTTP service: the hyper-util client by default, or any service given to
/// [`crate::ClientBuilder::service`], wrapped by the layers given to
/// [`crate::ClientBuilder::layer`]. It sees every attempt.
pub type HttpService = BoxCloneSyncService<Request<RequestBody>, Response<ResponseBody>, BoxError>;

pub(crate) type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// Builds the default inner service: a pooled hyper-util client.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn hyper_service(
    connect_timeout: Option<Duration>,
    pool_idle_timeout: Duration,
    extra_roots: &[Vec<u8>],
) -> Result<HttpService, Error> {
    use hyper_util::client::legacy::Client;
    use hyper_util::client::legacy::connect::HttpConnector;
    use hyper_util::rt::{TokioExecutor, TokioTimer};

    let mut http = HttpConnector::new();
    http.set_connect_timeout(connect_timeout);
    // Requests are small and latency-bound: do not wait for Nagle.
    http.set_nodelay(true);

    let mut builder = Client::builder(TokioExecutor::new());
    builder
        .pool_timer(TokioTimer::new())
        .pool_idle_timeout(pool_idle_timeout)
        // Replays only requests that hyper knows were never written to the socket.
        .retry_canceled_requests(true);

    #[cfg(feature = "rustls")]
    let client = builder.build(crate::tls::https_connector(http, extra_roots)?);
    #[cfg(not(feature = "rustls"))]
    let client = {
        // Only settable with the `rustls` feature.
        debug_assert!(extra_roots.is_empty());
        builder.build(http)
    };

    Ok(BoxCloneSyncService::new(HyperService { client }))
}

/// Adapts the hyper-util client to [`HttpService`]'s types.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone)]
struct HyperService<C> {
    client: C,
}

#[cfg(not(target_arch = "wasm32"))]
impl<C, B> Service<Request<RequestBody>> for HyperService<C>
where
    C: Service<Request<RequestBody>, Response = Response<B>> + Clone + Send + 'static,
    C::Error: Into<BoxError>,
    C::Future: Send + 'static,
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    type Response = Response<ResponseBody>;
    type Error = BoxError;
    type Future = BoxFuture<Result<Response<ResponseBody>, BoxError>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.client.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, request: Request<RequestBody>) -> Self::Future {
        let future = self.client.call(request);
        Box::pin(async move {
            let response = future.await.map_err(Into::into)?;
            Ok(response.map(box_body))
        })
    }
}

/// Boxes any body into [`ResponseBody`].
pub(crate) fn box_body<B>(body: B) -> ResponseBody
where
    B: http_body::Body<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    body.map_err(Into::into).boxed_unsync()
}

/// Per-call settings the attempt service reads from the request extensions.
#[derive(Clone, Debug)]
pub(crate) struct AttemptMeta {
    /// Read the whole body inside the attempt (so the per-attempt timeout covers it and a
    /// broken body can be retried).
    pub(crate) buffer: bool,
    /// Largest body read into memory when buffering.
    pub(crate) max_body: Option<usize>,
    pub(crate) per_attempt_timeout: Option<Duration>,
    /// Attempts made so far, shared with the caller for tracing.
    pub(crate) attempts: Arc<AtomicU32>,
}

/// A response body after one attempt.
pub(crate) enum AttemptBody {
    /// Read to the end.
    Buffered(Bytes),
    /// Not read yet (streaming calls).
    Streaming(ResponseBody),
}

/// One attempt: applies the per-attempt timeout, reads the body when asked, and turns
/// inner errors into [`Error`].
#[derive(Clone)]
pub(crate) struct AttemptService {
    pub(crate) inner: HttpService,
}

impl Service<Request<RequestBody>> for AttemptService {
    type Response = Response<AttemptBody>;
    type Error = Error;
    type Future = BoxFuture<Result<Response<AttemptBody>, Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        self.inner.poll_ready(cx).map_err(Error::from_service)
    }

    fn call(&mut self, request: Request<RequestBody>) -> Self::Future {
        let meta = request.extensions().get::<AttemptMeta>().cloned();
        let future = self.inner.call(request);
        Box::pin(async move {
            let (buffer, max_body, timeout) = match &meta {
                Some(meta) => {
                    let attempt = meta.attempts.fetch_add(1, Ordering::Relaxed) + 1;
                    tracing::trace!(attempt, "sending request");
                    (meta.buffer, meta.max_body, meta.per_attempt_timeout)
                }
                None => (false, None, None),
            };
            let attempt = async move {
                let response = future.await.map_err(Error::from_service)?;
                let (parts, body) = response.into_parts();
                let body = if buffer {
                    AttemptBody::Buffered(read_body(body, &parts.headers, max_body).await?)
                } else {
                    AttemptBody::Streaming(body)
                };
                Ok(Response::from_parts(parts, body))
            };
            match timeout {
                Some(timeout) => {
                    crate::rt::timeout(timeout, attempt)
                        .await
                        .unwrap_or(Err(Error::Timeout {
                            kind: TimeoutKind::PerAttempt,
                        }))
                }
                None => attempt.await,
            }
        })
    }
}

/// Reads a whole body, failing with [`Error::ResponseTooLarge`] past `limit` bytes (checked
/// against `Content-Length` first). A body in one chunk is returned without copying.
pub(crate) async fn read_body(
    mut body: ResponseBody,
    headers: &HeaderMap,
    limit: Option<usize>,
) -> Result<Bytes, Error> {
    if let Some(limit) = limit {
        let declared = headers
            .get(http::header::CONTENT_LENGTH)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.trim().parse::<u64>().ok());
        if declared.is_some_and(|length| length > limit as u64) {
            return Err(Error::ResponseTooLarge { limit });
        }
    }
    let mut first: Option<Bytes> = None;
    let mut joined: Vec<u8> = Vec::new();
    let mut total = 0usize;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|source| Error::Transport { source })?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        total = total.saturating_add(data.len());
        if let Some(limit) = limit
            && total > limit
        {
            return Err(Error::ResponseTooLarge { limit });
        }
        match first.take() {
            None if joined.is_empty() => first = Some(data),
            None => joined.extend_from_slice(&data),
            Some(previous) => {
                joined.reserve(previous.len() + data.len());
                joined.extend_from_slice(&previous);
                joined.extend_from_slice(&data);
            }
        }
    }
    Ok(first.unwrap_or_else(|| Bytes::from(joined)))
}

/// The retry policy of one call: [`RetryPolicy`] plus the attempts made so far.
#[derive(Clone, Debug)]
pub(crate) struct RetryState {
    policy: RetryPolicy,
    attempts: u32,
}

impl RetryState {
    pub(crate) fn new(policy: RetryPolicy) -> Self {
        RetryState {
            policy,
            attempts: 0,
        }
    }
}

impl tower::retry::Policy<Request<RequestBody>, Response<AttemptBody>, Error> for RetryState {
    type Future = crate::rt::Sleep;

    fn retry(
        &mut self,
        request: &mut Request<RequestBody>,
        result: &mut Result<Response<AttemptBody>, Error>,
    ) -> Option<Self::Future> {
        self.attempts = self.attempts.saturating_add(1);
        let info = request.extensions().get::<RequestInfo>();
        if self.attempts >= max_attempts(&self.policy, info) {
            return None;
        }
        let kind = info
            .map(|info| info.kind)
            .unwrap_or_else(|| RequestKind::for_method(request.method()));
        let delay = match result {
            Ok(response) => {
                let status = response.status();
                if !is_retryable_status(status) || !kind.is_idempotent() {
                    return None;
                }
                let delay = retry_after(response.headers())
                    .map(|after| after.min(self.policy.max_retry_after))
                    .unwrap_or_else(|| self.policy.backoff(self.attempts));
                tracing::debug!(
                    attempt = self.attempts,
                    status = status.as_u16(),
                    delay_ms = delay.as_millis() as u64,
                    "retrying after a transient status"
                );
                delay
            }
            Err(error) => {
                if !error.is_retryable_for(kind) {
                    return None;
                }
                let delay = self.policy.backoff(self.attempts);
                tracing::debug!(
                    attempt = self.attempts,
                    error = %error,
                    delay_ms = delay.as_millis() as u64,
                    "retrying after a transient failure"
                );
                delay
            }
        };
        Some(crate::rt::sleep(delay))
    }

    fn clone_request(&mut self, request: &Request<RequestBody>) -> Option<Request<RequestBody>> {
        if max_attempts(&self.policy, request.extensions().get::<RequestInfo>()) <= 1 {
            return None;
        }
        let mut clone = Request::new(request.body().clone());
        *clone.method_mut() = request.method().clone();
        *clone.uri_mut() = request.uri().clone();
        *clone.version_mut() = request.version();
        *clone.headers_mut() = request.headers().clone();
        *clone.extensions_mut() = request.extensions().clone();
        Some(clone)
    }
}

/// Attempts allowed for a request: its own limit, else the policy's.
fn max_attempts(policy: &RetryPolicy, info: Option<&RequestInfo>) -> u32 {
    info.and_then(|i| i.max_attempts)
        .unwrap_or(policy.max_attempts)
}

/// `Retry-After` in seconds. (HTTP dates are not used by the OpenCode server.)
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?;
    let seconds: u64 = value.trim().parse().ok()?;
    Some(Duration::from_secs(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_parses_seconds_only() {
        let mut headers = HeaderMap::new();
        assert_eq!(retry_after(&headers), None);
        headers.insert(
            http::header::RETRY_AFTER,
            http::HeaderValue::from_static(" 2 "),
        );
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(2)));
        headers.insert(
            http::header::RETRY_AFTER,
            http::HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"),
        );
        assert_eq!(retry_after(&headers), None);
    }
}
