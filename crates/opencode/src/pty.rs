//! Terminals on the server: create a PTY, then read and write it over a WebSocket.
//!
//! Enabled by the `pty` feature.
//!
//! ```no_run
//! use futures_util::StreamExt;
//! use opencode::pty::PtyOptions;
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = opencode::Client::new("http://127.0.0.1:4096")?;
//! let pty = client.create_pty(PtyOptions::new().command("/bin/sh")).await?;
//! let mut conn = pty.connect().await?;
//! conn.send("echo hello\n").await?;
//! while let Some(chunk) = conn.next().await {
//!     let chunk = chunk?;
//!     print!("{}", String::from_utf8_lossy(&chunk));
//!     if chunk.windows(5).any(|w| w == b"hello") {
//!         break;
//!     }
//! }
//! conn.close().await?;
//! pty.remove().await?;
//! # Ok(()) }
//! ```
//!
//! # The protocol
//!
//! `GET /pty/{ptyID}/connect` upgrades to a WebSocket. The server sends the terminal's output
//! as text frames (first whatever the PTY printed while nobody was connected, then live
//! output), and one binary control frame between the two: a `0x00` byte followed by JSON
//! `{"cursor": n}`, the absolute output position at the end of the replay, counted in UTF-16
//! code units of output. The SDK adds the live output it reads to that
//! ([`PtyConnection::position`]), so a later [`PtyHandle::connect_from`] replays only what was
//! missed; `?cursor=-1` asks for live output only, no cursor for everything the server still
//! has. Input goes the other
//! way as text (or UTF-8 binary) frames. A resize is not a frame: it is `PUT /pty/{ptyID}`
//! with `{"size": {"rows", "cols"}}` ([`PtyConnection::resize`]). The server closes with
//! code 1000 when the process ends and 4404 when the PTY does not exist.
//!
//! Authentication: the SDK first asks `POST /pty/{ptyID}/connect-token` (with the
//! `x-opencode-ticket: 1` header the server requires) for a single-use ticket valid for 60 s
//! and passes it as `?ticket=`; servers without that route accept the basic-auth header the
//! upgrade request carries like every other call.
//!
//! The upgrade goes through the client's own stack ([`opencode_transport::Client::send_upgrade`]):
//! `https://` base URLs (with the `rustls` feature), the directory header, basic auth, your
//! own tower layers and tracing apply to it as to any other request.

use std::collections::BTreeMap;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use bytes::Bytes;
use futures_core::Stream;
use futures_util::{Sink, SinkExt, StreamExt};
use http::StatusCode;
use http::header::{HeaderName, HeaderValue};
use opencode_types::{
    V2PtyCreateBody, V2PtyUpdateBody, V2PtyUpdateBodySize, V2PtyUpdateBodySizeRequired,
};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::Role;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::{Message, Utf8Bytes};

use crate::Client;

/// The connection under a PTY WebSocket: whatever the transport upgraded (TCP or TLS).
type PtyIo = opencode_transport::UpgradedIo;

/// The server's description of a PTY (id, command, cwd, pid, status).
pub use opencode_types::Pty as PtyInfo;

/// The header the server requires on `POST /pty/{id}/connect-token`.
const TICKET_HEADER: &str = "x-opencode-ticket";
/// How long the WebSocket handshake may take once TCP is connected.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(30);
/// The close code the server sends when the PTY does not exist.
const CLOSE_NOT_FOUND: u16 = 4404;

/// What can go wrong with a PTY.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An HTTP call (create, get, resize, remove, connect token) failed.
    #[error(transparent)]
    Http(#[from] opencode_transport::Error),
    /// The server answered the WebSocket upgrade with an HTTP status instead of switching
    /// protocols: 401 (wrong credentials), 403 (bad ticket), 404 (no such PTY), ….
    #[error("the server refused the PTY connection: HTTP {status}")]
    Rejected {
        /// The status the server answered with.
        status: StatusCode,
    },
    /// The PTY does not exist (any more): an upgrade answered 404 or a close with code 4404.
    #[error("PTY not found: {id}")]
    NotFound {
        /// The PTY id.
        id: String,
    },
    /// The server closed the connection with an unexpected close code.
    #[error("the server closed the PTY connection: {code} {reason}")]
    Closed {
        /// The WebSocket close code.
        code: u16,
        /// The reason the server gave.
        reason: String,
    },
    /// The connection failed: TCP, a WebSocket protocol error, a reset.
    #[error("PTY connection: {0}")]
    Connection(#[source] opencode_transport::BoxError),
    /// Connecting or the handshake took too long.
    #[error("PTY connection timed out during {0}")]
    Timeout(&'static str),
    /// Input that is not UTF-8 (the server only accepts UTF-8 text).
    #[error("PTY input is not valid UTF-8")]
    InvalidInput,
}

impl Error {
    /// The HTTP status of a refused call or upgrade, if there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Http(e) => e.status(),
            Error::Rejected { status } => Some(*status),
            _ => None,
        }
    }

    /// Whether the credentials were refused (HTTP 401).
    pub fn is_unauthorized(&self) -> bool {
        self.status() == Some(StatusCode::UNAUTHORIZED)
    }

    /// Whether the PTY does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::NotFound { .. }) || self.status() == Some(StatusCode::NOT_FOUND)
    }

    fn connection(error: impl Into<opencode_transport::BoxError>) -> Self {
        Error::Connection(error.into())
    }
}

impl From<Error> for std::io::Error {
    fn from(error: Error) -> Self {
        let kind = match &error {
            Error::InvalidInput => std::io::ErrorKind::InvalidData,
            Error::Timeout(_) => std::io::ErrorKind::TimedOut,
            Error::NotFound { .. } => std::io::ErrorKind::NotFound,
            Error::Rejected { .. } => std::io::ErrorKind::PermissionDenied,
            _ => std::io::ErrorKind::Other,
        };
        std::io::Error::new(kind, error)
    }
}

/// How to start a PTY: command, arguments, working directory, title, environment, size.
///
/// Every field is optional; the default is the user's preferred shell in the project
/// directory. Note: the server appends `-l` to the arguments when the command ends in `sh`.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct PtyOptions {
    /// The program to run (default: the server's preferred shell).
    pub command: Option<String>,
    /// Its arguments.
    pub args: Option<Vec<String>>,
    /// The working directory (default: the project directory).
    pub cwd: Option<String>,
    /// A title shown by the OpenCode apps.
    pub title: Option<String>,
    /// Extra environment variables.
    pub env: BTreeMap<String, String>,
    /// The initial size as `(rows, cols)`, set with a resize right after creation.
    pub size: Option<(u16, u16)>,
}

impl PtyOptions {
    /// The defaults: the preferred shell in the project directory.
    pub fn new() -> Self {
        Self::default()
    }

    /// The program to run.
    pub fn command(mut self, command: impl Into<String>) -> Self {
        self.command = Some(command.into());
        self
    }

    /// Its arguments.
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.args = Some(args.into_iter().map(Into::into).collect());
        self
    }

    /// The working directory.
    pub fn cwd(mut self, cwd: impl Into<String>) -> Self {
        self.cwd = Some(cwd.into());
        self
    }

    /// The title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Adds an environment variable.
    pub fn env(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.env.insert(key.into(), value.into());
        self
    }

    /// The initial size in rows and columns.
    pub fn size(mut self, rows: u16, cols: u16) -> Self {
        self.size = Some((rows, cols));
        self
    }

    fn body(&self) -> V2PtyCreateBody {
        let mut body = V2PtyCreateBody::new();
        body.command = self.command.clone();
        body.args = self.args.clone();
        body.cwd = self.cwd.clone();
        body.title = self.title.clone();
        if !self.env.is_empty() {
            body.env = Some(self.env.clone());
        }
        body
    }
}

impl Client {
    /// Starts a PTY on the server (`POST /pty`) in this client's directory.
    ///
    /// ```no_run
    /// # async fn run(client: opencode::Client) -> Result<(), opencode::pty::Error> {
    /// use opencode::pty::PtyOptions;
    /// let pty = client
    ///     .create_pty(PtyOptions::new().command("/bin/bash").size(40, 120))
    ///     .await?;
    /// println!("{} runs as pid {}", pty.id(), pty.info().pid);
    /// # Ok(()) }
    /// ```
    pub async fn create_pty(&self, options: PtyOptions) -> Result<PtyHandle, Error> {
        PtyHandle::create(self, options).await
    }

    /// A handle on an existing PTY, checked with `GET /pty/{id}`.
    pub async fn pty(&self, id: impl Into<String>) -> Result<PtyHandle, Error> {
        PtyHandle::open(self, id).await
    }
}

/// A PTY on the server. Dropping the handle leaves the process running; call
/// [`PtyHandle::remove`] to end it.
#[derive(Debug, Clone)]
pub struct PtyHandle {
    client: Client,
    info: PtyInfo,
}

impl PtyHandle {
    /// Starts a PTY (`POST /pty`), then applies [`PtyOptions::size`] if set.
    ///
    /// ```no_run
    /// # async fn run(client: opencode::Client) -> Result<(), opencode::pty::Error> {
    /// use opencode::pty::{PtyHandle, PtyOptions};
    /// let pty = PtyHandle::create(&client, PtyOptions::new().title("build")).await?;
    /// # Ok(()) }
    /// ```
    pub async fn create(client: &Client, options: PtyOptions) -> Result<PtyHandle, Error> {
        let info = client
            .api()
            .pty()
            .create()
            .body(options.body())
            .send()
            .await?;
        let pty = PtyHandle {
            client: client.clone(),
            info,
        };
        if let Some((rows, cols)) = options.size {
            resize(&pty.client, &pty.info.id, rows, cols).await?;
        }
        Ok(pty)
    }

    /// A handle on an existing PTY (`GET /pty/{id}`).
    ///
    /// ```no_run
    /// # async fn run(client: opencode::Client) -> Result<(), opencode::pty::Error> {
    /// let pty = opencode::pty::PtyHandle::open(&client, "pty_…").await?;
    /// # Ok(()) }
    /// ```
    pub async fn open(client: &Client, id: impl Into<String>) -> Result<PtyHandle, Error> {
        let info = client.api().pty().get(id).send().await?;
        Ok(PtyHandle {
            client: client.clone(),
            info,
        })
    }

    /// The PTY id (`pty_…`).
    pub fn id(&self) -> &str {
        &self.info.id
    }

    /// What the server said about the PTY when this handle was made or last refreshed.
    pub fn info(&self) -> &PtyInfo {
        &self.info
    }

    /// Fetches the PTY's current state (`GET /pty/{id}`); a PTY whose process ended is gone
    /// and gives [`Error::is_not_found`].
    pub async fn refresh(&mut self) -> Result<&PtyInfo, Error> {
        self.info = self.client.api().pty().get(&self.info.id).send().await?;
        Ok(&self.info)
    }

    /// Changes the terminal size (`PUT /pty/{id}` with `size`).
    pub async fn resize(&self, rows: u16, cols: u16) -> Result<(), Error> {
        resize(&self.client, &self.info.id, rows, cols).await
    }

    /// Changes the title (`PUT /pty/{id}` with `title`).
    pub async fn set_title(&mut self, title: impl Into<String>) -> Result<(), Error> {
        let mut body = V2PtyUpdateBody::new();
        body.title = Some(title.into());
        self.info = self
            .client
            .api()
            .pty()
            .update(&self.info.id)
            .body(body)
            .send()
            .await?;
        Ok(())
    }

    /// Ends the process and forgets the PTY (`DELETE /pty/{id}`); open connections are closed
    /// by the server.
    pub async fn remove(self) -> Result<(), Error> {
        self.client.api().pty().remove(&self.info.id).send().await?;
        Ok(())
    }

    /// Opens a connection: first whatever the PTY printed while nobody was connected, then
    /// live output.
    pub async fn connect(&self) -> Result<PtyConnection, Error> {
        self.connect_at(None).await
    }

    /// Opens a connection that replays output from `cursor` on: an earlier
    /// [`PtyConnection::position`] to get only what was missed since, `0` for everything the
    /// server kept, `-1` for live output only.
    pub async fn connect_from(&self, cursor: i64) -> Result<PtyConnection, Error> {
        self.connect_at(Some(cursor)).await
    }

    async fn connect_at(&self, cursor: Option<i64>) -> Result<PtyConnection, Error> {
        let id = self.info.id.clone();
        let ticket = self.ticket().await?;
        let mut builder = self.client.api().pty().connect(&id);
        if let Some(cursor) = cursor {
            builder = builder.cursor(cursor.to_string());
        }
        if let Some(ticket) = &ticket {
            builder = builder.ticket(ticket.clone());
        }
        let key = tungstenite::handshake::client::generate_key();
        let request = builder
            .request()?
            .header(
                http::header::CONNECTION,
                HeaderValue::from_static("upgrade"),
            )
            .header(http::header::UPGRADE, HeaderValue::from_static("websocket"))
            .header(
                http::header::SEC_WEBSOCKET_VERSION,
                HeaderValue::from_static("13"),
            )
            .header(
                http::header::SEC_WEBSOCKET_KEY,
                HeaderValue::try_from(key.as_str()).map_err(Error::connection)?,
            );
        // Through the transport's stack: base URL (http or https), auth, directory, user
        // layers and tracing apply to the upgrade as to every other call.
        let upgraded = tokio::time::timeout(
            HANDSHAKE_TIMEOUT,
            self.client.transport().send_upgrade(request),
        )
        .await
        .map_err(|_| Error::Timeout("the WebSocket handshake"))?
        .map_err(|error| match error.status() {
            Some(StatusCode::NOT_FOUND) => Error::NotFound { id: id.clone() },
            Some(status) => Error::Rejected { status },
            None => Error::Http(error),
        })?;
        let accept = upgraded
            .parts
            .headers
            .get(http::header::SEC_WEBSOCKET_ACCEPT);
        let expected = tungstenite::handshake::derive_accept_key(key.as_bytes());
        if accept.map(HeaderValue::as_bytes) != Some(expected.as_bytes()) {
            return Err(Error::connection(
                "the server's WebSocket handshake answer does not match the key sent",
            ));
        }
        let ws = WebSocketStream::from_raw_socket(upgraded.io, Role::Client, None).await;
        Ok(PtyConnection {
            ws,
            client: self.client.clone(),
            id,
            cursor: None,
            live_units: 0,
            pending_input: Vec::new(),
            read_buffer: Bytes::new(),
            close: None,
            close_error: None,
            done: false,
        })
    }

    /// A single-use connect ticket, or `None` when the server has no ticket route (the
    /// upgrade then carries basic auth).
    async fn ticket(&self) -> Result<Option<String>, Error> {
        let request = self
            .client
            .api()
            .pty()
            .connect_token(&self.info.id)
            .request()?
            .header(
                HeaderName::from_static(TICKET_HEADER),
                HeaderValue::from_static("1"),
            );
        let token: Result<opencode_types::PtyTicketConnectToken, _> =
            self.client.transport().send_json(request).await;
        match token {
            Ok(token) => Ok(Some(token.ticket)),
            // No answer, wrong credentials or no such PTY: the upgrade would fail the same way.
            Err(error)
                if error.is_unauthorized()
                    || error.is_not_found()
                    || error.is_timeout()
                    || matches!(
                        error,
                        opencode_transport::Error::Connect { .. }
                            | opencode_transport::Error::Transport { .. }
                    ) =>
            {
                Err(error.into())
            }
            // The server answered but gave no ticket: older servers answer unknown routes with
            // their web page, and the route refuses (403) when a proxy adds a foreign Origin.
            // Basic auth on the upgrade still works there.
            Err(error) => {
                tracing::debug!(%error, "no PTY connect ticket; using basic auth");
                Ok(None)
            }
        }
    }
}

async fn resize(client: &Client, id: &str, rows: u16, cols: u16) -> Result<(), Error> {
    let body = V2PtyUpdateBody::new().size(V2PtyUpdateBodySize::new(V2PtyUpdateBodySizeRequired {
        cols: i64::from(cols),
        rows: i64::from(rows),
    }));
    client.api().pty().update(id).body(body).send().await?;
    Ok(())
}

/// The valid UTF-8 text of `pending` + `input`, keeping an incomplete trailing character in
/// `pending` for the next write.
fn complete_utf8(pending: &mut Vec<u8>, input: Bytes) -> Result<Option<Utf8Bytes>, Error> {
    let bytes = if pending.is_empty() {
        input
    } else {
        let mut joined = std::mem::take(pending);
        joined.extend_from_slice(&input);
        Bytes::from(joined)
    };
    let complete = match std::str::from_utf8(&bytes) {
        Ok(_) => bytes,
        Err(error) if error.error_len().is_none() => {
            let valid = error.valid_up_to();
            *pending = bytes[valid..].to_vec();
            bytes.slice(..valid)
        }
        Err(_) => return Err(Error::InvalidInput),
    };
    if complete.is_empty() {
        return Ok(None);
    }
    Utf8Bytes::try_from(complete)
        .map(Some)
        .map_err(|_| Error::InvalidInput)
}

/// A live connection to a PTY: a [`Stream`] of output chunks, a [`Sink`] of input bytes, and
/// [`AsyncRead`] + [`AsyncWrite`] over the same bytes.
///
/// Input must be UTF-8 (the server drops anything else); a character split across writes is
/// held back until it is complete. The stream ends when the process exits or the PTY is
/// removed.
///
/// ```no_run
/// # async fn run(pty: opencode::pty::PtyHandle) -> Result<(), Box<dyn std::error::Error>> {
/// use tokio::io::{AsyncReadExt, AsyncWriteExt};
/// let mut conn = pty.connect().await?;
/// conn.write_all(b"exit\n").await?;
/// conn.flush().await?;
/// let mut transcript = Vec::new();
/// conn.read_to_end(&mut transcript).await?; // until the shell exits
/// # Ok(()) }
/// ```
pub struct PtyConnection {
    ws: WebSocketStream<PtyIo>,
    client: Client,
    id: String,
    cursor: Option<i64>,
    /// Live output read since the cursor frame, in the cursor's unit (UTF-16 code units).
    live_units: i64,
    /// The start of a UTF-8 character whose remaining bytes have not been written yet.
    pending_input: Vec<u8>,
    /// Output handed out through `AsyncRead` only in part.
    read_buffer: Bytes,
    close: Option<(u16, String)>,
    /// The error a failure close code stands for, reported when the stream ends.
    close_error: Option<Error>,
    done: bool,
}

impl fmt::Debug for PtyConnection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PtyConnection")
            .field("id", &self.id)
            .field("cursor", &self.cursor)
            .field("close", &self.close)
            .finish_non_exhaustive()
    }
}

impl PtyConnection {
    /// The PTY id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The absolute output position the server reported at the end of its replay, once that
    /// frame has been read. It does not move with live output; see [`PtyConnection::position`].
    pub fn cursor(&self) -> Option<i64> {
        self.cursor
    }

    /// The position just after the last output read: the server's cursor plus the live
    /// output since. Pass it to [`PtyHandle::connect_from`] to resume without repeated output.
    /// `None` until the cursor frame has been read.
    pub fn position(&self) -> Option<i64> {
        self.cursor
            .map(|cursor| cursor.saturating_add(self.live_units))
    }

    /// The close code and reason, once the server closed the connection.
    pub fn close_reason(&self) -> Option<(u16, &str)> {
        self.close
            .as_ref()
            .map(|(code, reason)| (*code, reason.as_str()))
    }

    /// Writes input (keystrokes, a command line, …) and flushes it.
    pub async fn send(&mut self, input: impl Into<Bytes>) -> Result<(), Error> {
        SinkExt::send(self, input.into()).await
    }

    /// Changes the terminal size (`PUT /pty/{id}`).
    pub async fn resize(&self, rows: u16, cols: u16) -> Result<(), Error> {
        resize(&self.client, &self.id, rows, cols).await
    }

    /// Closes the connection (the PTY keeps running; see [`PtyHandle::remove`]).
    pub async fn close(mut self) -> Result<(), Error> {
        match self.ws.close(None).await {
            Ok(()) => Ok(()),
            Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => Ok(()),
            Err(error) => Err(Error::connection(error)),
        }
    }

    fn closed_by_server(&mut self, frame: Option<CloseFrame>) -> Option<Error> {
        let (code, reason) = match frame {
            Some(frame) => (u16::from(frame.code), frame.reason.as_str().to_owned()),
            None => (u16::from(CloseCode::Status), String::new()),
        };
        self.close = Some((code, reason.clone()));
        match code {
            1000 | 1001 | 1005 => None,
            CLOSE_NOT_FOUND => Some(Error::NotFound {
                id: self.id.clone(),
            }),
            _ => Some(Error::Closed { code, reason }),
        }
    }

    fn record_meta(&mut self, payload: &[u8]) {
        if let Ok(value) = serde_json::from_slice::<serde_json::Value>(payload)
            && let Some(cursor) = value.get("cursor").and_then(serde_json::Value::as_i64)
        {
            self.cursor = Some(cursor);
        }
    }
}

impl Stream for PtyConnection {
    type Item = Result<Bytes, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if this.done {
                return Poll::Ready(None);
            }
            let message = match ready!(this.ws.poll_next_unpin(cx)) {
                None | Some(Err(tungstenite::Error::ConnectionClosed)) => {
                    this.done = true;
                    // A close code that means failure is reported once the close handshake
                    // has completed (reading on lets the SDK's close reply go out).
                    return Poll::Ready(this.close_error.take().map(Err));
                }
                Some(Err(error)) => {
                    this.done = true;
                    return Poll::Ready(Some(Err(Error::connection(error))));
                }
                Some(Ok(message)) => message,
            };
            match message {
                Message::Text(text) if !text.is_empty() => {
                    if this.cursor.is_some() {
                        let units = text.as_str().encode_utf16().count();
                        this.live_units = this
                            .live_units
                            .saturating_add(i64::try_from(units).unwrap_or(i64::MAX));
                    }
                    return Poll::Ready(Some(Ok(Bytes::from(text))));
                }
                Message::Binary(data) => match data.first() {
                    Some(0) => this.record_meta(&data[1..]),
                    Some(_) => return Poll::Ready(Some(Ok(data))),
                    None => {}
                },
                Message::Close(frame) => this.close_error = this.closed_by_server(frame),
                Message::Text(_) | Message::Ping(_) | Message::Pong(_) | Message::Frame(_) => {}
            }
        }
    }
}

impl Sink<Bytes> for PtyConnection {
    type Error = Error;

    fn poll_ready(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        self.ws.poll_ready_unpin(cx).map_err(Error::connection)
    }

    fn start_send(self: Pin<&mut Self>, item: Bytes) -> Result<(), Error> {
        let this = self.get_mut();
        match complete_utf8(&mut this.pending_input, item)? {
            Some(text) => this
                .ws
                .start_send_unpin(Message::Text(text))
                .map_err(Error::connection),
            None => Ok(()),
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        self.ws.poll_flush_unpin(cx).map_err(Error::connection)
    }

    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        self.ws.poll_close_unpin(cx).map_err(Error::connection)
    }
}

impl AsyncRead for PtyConnection {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        if self.read_buffer.is_empty() {
            match ready!(self.as_mut().poll_next(cx)) {
                Some(Ok(chunk)) => self.read_buffer = chunk,
                Some(Err(error)) => return Poll::Ready(Err(error.into())),
                None => return Poll::Ready(Ok(())),
            }
        }
        let n = self.read_buffer.len().min(buf.remaining());
        buf.put_slice(&self.read_buffer.split_to(n));
        Poll::Ready(Ok(()))
    }
}

impl AsyncWrite for PtyConnection {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        ready!(self.as_mut().poll_ready(cx))?;
        self.as_mut().start_send(Bytes::copy_from_slice(buf))?;
        // Keystrokes should not wait in a buffer for an explicit flush: start sending now.
        // If the socket is busy the frame stays queued and the next write or flush sends it.
        if let Poll::Ready(Err(error)) = Sink::poll_flush(self.as_mut(), cx) {
            return Poll::Ready(Err(error.into()));
        }
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Sink::poll_flush(self, cx).map_err(Into::into)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Sink::poll_close(self, cx).map_err(Into::into)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_split_inside_a_character_is_held_back() {
        let mut pending = Vec::new();
        let euro = "€".as_bytes();
        let first = complete_utf8(&mut pending, Bytes::from(vec![b'a', euro[0]])).unwrap();
        assert_eq!(first.as_ref().map(Utf8Bytes::as_str), Some("a"));
        assert_eq!(pending, &euro[..1]);
        assert!(
            complete_utf8(&mut pending, Bytes::copy_from_slice(&euro[1..2]))
                .unwrap()
                .is_none()
        );
        let rest = complete_utf8(&mut pending, Bytes::copy_from_slice(&euro[2..])).unwrap();
        assert_eq!(rest.as_ref().map(Utf8Bytes::as_str), Some("€"));
        assert!(pending.is_empty());
        assert!(matches!(
            complete_utf8(&mut pending, Bytes::from_static(b"\xff\n")),
            Err(Error::InvalidInput)
        ));
    }
}
