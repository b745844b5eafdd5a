//! The traits every generated request builder implements.

use std::future::Future;

use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use opencode_transport::{ApiRequest, Client, Error, RequestBody};

/// One operation's request builder: every builder in [`ops`](crate::ops) implements it, so
/// code can be generic over operations (send any of them, log their ids, build their
/// requests for a test).
///
/// ```no_run
/// # async fn run(api: opencode_api::Api) -> Result<(), opencode_transport::Error> {
/// use opencode_api::Operation;
///
/// async fn timed<O: Operation>(op: O) -> Result<O::Output, opencode_transport::Error> {
///     let started = std::time::Instant::now();
///     let out = op.send().await;
///     println!("{} took {:?}", O::ID, started.elapsed());
///     out
/// }
/// let sessions = timed(api.session().list()).await?;
/// # Ok(()) }
/// ```
pub trait Operation: Sized + Send + Sync {
    /// What [`send`](Self::send) resolves to.
    type Output;

    /// The server's operation id (`session.list`).
    const ID: &'static str;

    /// The client the builder sends through.
    fn client(&self) -> &Client;

    /// The request this builder describes, without sending it.
    fn request(&self) -> Result<ApiRequest, Error>;

    /// The HTTP request as it would be sent (URL, headers, body), without a socket.
    fn http_request(&self) -> Result<http::Request<RequestBody>, Error> {
        self.request()?.into_http(self.client().config())
    }

    /// Sends the request and returns the typed answer.
    fn send(self) -> impl Future<Output = Result<Self::Output, Error>> + Send;
}

/// An operation whose answer is read whole (every one but the four event streams): its
/// answer can be decoded from a response, and sent for the answer together with the
/// response's status and headers.
pub trait BufferedOperation: Operation {
    /// Decodes the operation's answer from a successful response, as
    /// [`send`](Operation::send) does.
    fn decode(response: &http::Response<Bytes>) -> Result<Self::Output, Error>;

    /// Sends the request and returns the answer with the response's status and headers.
    fn send_with_response(
        self,
    ) -> impl Future<Output = Result<ApiResponse<Self::Output>, Error>> + Send {
        async move {
            let request = self.request()?;
            let client = self.client().clone();
            let response = client.send(request).await?;
            let value = Self::decode(&response)?;
            let (parts, _) = response.into_parts();
            Ok(ApiResponse {
                status: parts.status,
                headers: parts.headers,
                value,
            })
        }
    }
}

/// A typed answer with the status and headers of the response it came in.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ApiResponse<T> {
    /// The HTTP status (a success: errors are [`Error`]s).
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The decoded answer.
    pub value: T,
}

impl<T> ApiResponse<T> {
    /// The decoded answer.
    pub fn into_inner(self) -> T {
        self.value
    }
}
