//! A fault-injecting HTTP proxy to put between an application and an OpenCode server.
//!
//! [`ChaosProxy`] listens on `127.0.0.1`, forwards every request to the upstream server and,
//! by a seeded schedule, injects the faults a real network and a real server produce:
//! connections closed before or after the request reached the server, `502`/`503` answers,
//! delays, answers cut off part-way (REST bodies and event streams alike) and streams that
//! stall. [`Rule`]s choose which requests get which faults; [`ChaosProxy::stats`] counts what
//! was injected, so a test can assert that it really exercised the faults.
//!
//! ```no_run
//! # async fn demo(server: &opencode_testing::TestServer) -> std::io::Result<()> {
//! use std::time::Duration;
//! use opencode_testing::chaos::{ChaosProxy, Fault, Rule, StatusCode};
//!
//! let proxy = ChaosProxy::builder(server.url())
//!     .seed(7)
//!     // Event streams: cut part-way through, or stall for a while.
//!     .rule(Rule::path("/event").probability(0.5).faults([
//!         Fault::Truncate,
//!         Fault::Stall(Duration::from_millis(200)),
//!     ]))
//!     // Everything else: one request in four fails somehow.
//!     .rule(Rule::any().probability(0.25).faults([
//!         Fault::Reset,
//!         Fault::Status(StatusCode::SERVICE_UNAVAILABLE),
//!         Fault::DropAfterForward,
//!         Fault::Truncate,
//!         Fault::Delay(Duration::from_millis(50)),
//!     ]))
//!     .start()?;
//! // Point the client at `proxy.url()` instead of `server.url()`, run the workload, then:
//! let stats = proxy.stats();
//! println!("{} requests, {} faults: {:?}", stats.requests, stats.injected(), stats.faults);
//! # Ok(()) }
//! ```
//!
//! Upgrades (the PTY WebSocket) are not proxied.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::net::{SocketAddr, TcpListener as StdTcpListener};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use futures_util::StreamExt;
use http::{HeaderValue, Request, Response, Uri, header};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, BodyStream, Empty, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper_util::client::legacy::Client as HttpClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::sync::oneshot;

use crate::background::Background;

pub use http::{Method, StatusCode};

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type ProxyBody = UnsyncBoxBody<Bytes, BoxError>;

/// How far into an answer of unknown length (an event stream) a cut or a stall happens:
/// somewhere in its first this many bytes.
const STREAM_WINDOW: usize = 16 * 1024;

/// A fault the proxy can inject into one request.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// Closes the connection before forwarding: the server never sees the request.
    Reset,
    /// Answers with this status (and an empty body) without forwarding.
    Status(StatusCode),
    /// Forwards the request after this delay.
    Delay(Duration),
    /// Forwards the request, waits for the server's answer (so the server has acted on it),
    /// then closes the connection without answering: the case where a retry would repeat
    /// the request.
    DropAfterForward,
    /// Forwards the request and relays the answer, cutting it at a random point of its body
    /// (within its `Content-Length`, or its first 16 KiB for a stream) and closing the
    /// connection. A cut at the very start may leave the client without the status too.
    Truncate,
    /// Forwards the request and relays the answer, pausing the body this long at a random
    /// point (as [`Fault::Truncate`] chooses it).
    Stall(Duration),
}

impl Fault {
    /// A short name, the key of [`ChaosStats::faults`].
    pub fn name(&self) -> &'static str {
        match self {
            Fault::Reset => "reset",
            Fault::Status(_) => "status",
            Fault::Delay(_) => "delay",
            Fault::DropAfterForward => "drop_after_forward",
            Fault::Truncate => "truncate",
            Fault::Stall(_) => "stall",
        }
    }
}

/// Which requests get faults, how often, and which ones. The proxy uses the first rule that
/// matches a request; a request no rule matches is forwarded untouched.
#[derive(Debug, Clone)]
pub struct Rule {
    method: Option<Method>,
    path_prefix: Option<String>,
    probability: f64,
    faults: Vec<Fault>,
}

impl Rule {
    /// Matches every request.
    pub fn any() -> Self {
        Rule {
            method: None,
            path_prefix: None,
            probability: 1.0,
            faults: Vec::new(),
        }
    }

    /// Matches requests whose path starts with `prefix` (`"/event"`, `"/session/"`).
    pub fn path(prefix: impl Into<String>) -> Self {
        Rule {
            path_prefix: Some(prefix.into()),
            ..Rule::any()
        }
    }

    /// Only requests with this method.
    pub fn method(mut self, method: Method) -> Self {
        self.method = Some(method);
        self
    }

    /// The chance (0 to 1) that a matching request gets a fault (default 1).
    pub fn probability(mut self, p: f64) -> Self {
        self.probability = p.clamp(0.0, 1.0);
        self
    }

    /// The faults to choose from, uniformly (none: matching requests pass untouched).
    pub fn faults(mut self, faults: impl IntoIterator<Item = Fault>) -> Self {
        self.faults = faults.into_iter().collect();
        self
    }

    fn matches(&self, method: &Method, path: &str) -> bool {
        self.method.as_ref().is_none_or(|m| m == method)
            && self
                .path_prefix
                .as_deref()
                .is_none_or(|p| path.starts_with(p))
    }
}

/// What the proxy did so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ChaosStats {
    /// Requests received.
    pub requests: u64,
    /// Requests forwarded without a fault.
    pub passed: u64,
    /// Faults injected, by [`Fault::name`].
    pub faults: BTreeMap<&'static str, u64>,
    /// Requests the upstream server did not answer (it was down or refused them).
    pub upstream_errors: u64,
}

impl ChaosStats {
    /// Faults injected in all.
    pub fn injected(&self) -> u64 {
        self.faults.values().sum()
    }
}

/// Builds a [`ChaosProxy`].
#[derive(Debug)]
pub struct ChaosProxyBuilder {
    upstream: String,
    seed: u64,
    rules: Vec<Rule>,
}

impl ChaosProxyBuilder {
    /// The seed of the fault schedule (default 0). The same seed and the same order of
    /// requests give the same faults.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// Adds a rule (rules are tried in the order they were added).
    pub fn rule(mut self, rule: Rule) -> Self {
        self.rules.push(rule);
        self
    }

    /// Binds `127.0.0.1:0` and starts proxying on a background thread with its own runtime,
    /// so the proxy works from any async runtime and from sync code. The upstream must be
    /// an `http://host:port` URL.
    pub fn start(self) -> std::io::Result<ChaosProxy> {
        let invalid =
            |why: &str| std::io::Error::new(std::io::ErrorKind::InvalidInput, why.to_owned());
        let upstream: Uri = self
            .upstream
            .trim_end_matches('/')
            .parse()
            .map_err(|_| invalid("the upstream is not a URL"))?;
        if upstream.scheme_str() != Some("http") || upstream.authority().is_none() {
            return Err(invalid("the upstream must be an http://host:port URL"));
        }
        let listener = StdTcpListener::bind(("127.0.0.1", 0))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            upstream,
            rules: self.rules,
            rng: Mutex::new(fastrand::Rng::with_seed(self.seed)),
            stats: Mutex::new(ChaosStats::default()),
            enabled: AtomicBool::new(true),
        });
        let thread_shared = Arc::clone(&shared);
        let background = Background::spawn(format!("chaos-proxy-{}", addr.port()), move |stop| {
            serve(listener, thread_shared, stop)
        })?;
        Ok(ChaosProxy {
            addr,
            shared,
            _background: background,
        })
    }
}

/// A fault-injecting HTTP proxy on `127.0.0.1` (see the [module docs](self)). Dropping it
/// stops it.
#[derive(Debug)]
pub struct ChaosProxy {
    addr: SocketAddr,
    shared: Arc<Shared>,
    _background: Background,
}

impl ChaosProxy {
    /// A proxy in front of `upstream` (an `http://host:port` base URL).
    pub fn builder(upstream: impl Into<String>) -> ChaosProxyBuilder {
        ChaosProxyBuilder {
            upstream: upstream.into(),
            seed: 0,
            rules: Vec::new(),
        }
    }

    /// The proxy's base URL (`http://127.0.0.1:port`), to use in place of the server's.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The proxy's address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// What the proxy did so far.
    pub fn stats(&self) -> ChaosStats {
        lock(&self.shared.stats).clone()
    }

    /// Turns fault injection on or off (on by default); while off, every request passes
    /// untouched. Connections already cut stay cut.
    pub fn set_enabled(&self, enabled: bool) {
        self.shared.enabled.store(enabled, Ordering::SeqCst);
    }
}

#[derive(Debug)]
struct Shared {
    upstream: Uri,
    rules: Vec<Rule>,
    rng: Mutex<fastrand::Rng>,
    stats: Mutex<ChaosStats>,
    enabled: AtomicBool,
}

impl Shared {
    /// The fault for one request, if any, and the random point a cut or stall uses.
    fn draw(&self, method: &Method, path: &str) -> (Option<Fault>, f64) {
        let mut rng = lock(&self.rng);
        let point = rng.f64();
        if !self.enabled.load(Ordering::SeqCst) {
            return (None, point);
        }
        let Some(rule) = self.rules.iter().find(|r| r.matches(method, path)) else {
            return (None, point);
        };
        if rule.faults.is_empty() || rng.f64() >= rule.probability {
            return (None, point);
        }
        let fault = rule.faults[rng.usize(..rule.faults.len())].clone();
        (Some(fault), point)
    }

    fn count(&self, fault: Option<&Fault>) {
        let mut stats = lock(&self.stats);
        stats.requests += 1;
        match fault {
            Some(f) => *stats.faults.entry(f.name()).or_default() += 1,
            None => stats.passed += 1,
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

async fn serve(listener: StdTcpListener, shared: Arc<Shared>, mut stop: oneshot::Receiver<()>) {
    let listener = match tokio::net::TcpListener::from_std(listener) {
        Ok(l) => l,
        Err(err) => {
            tracing::error!(%err, "chaos proxy: cannot register listener");
            return;
        }
    };
    let client: HttpClient<HttpConnector, Incoming> =
        HttpClient::builder(TokioExecutor::new()).build_http();
    loop {
        tokio::select! {
            _ = &mut stop => return,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                };
                let shared = Arc::clone(&shared);
                let client = client.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |req| {
                        let shared = Arc::clone(&shared);
                        let client = client.clone();
                        async move { handle(req, &shared, &client).await }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        }
    }
}

/// An error returned to hyper closes the connection without an answer.
#[derive(Debug, thiserror::Error)]
#[error("chaos proxy: connection closed ({0})")]
struct Closed(&'static str);

async fn handle(
    req: Request<Incoming>,
    shared: &Shared,
    client: &HttpClient<HttpConnector, Incoming>,
) -> Result<Response<ProxyBody>, Closed> {
    let (fault, point) = shared.draw(req.method(), req.uri().path());
    shared.count(fault.as_ref());
    match &fault {
        Some(Fault::Reset) => return Err(Closed("reset")),
        Some(Fault::Status(status)) => {
            let mut resp = Response::new(empty());
            *resp.status_mut() = *status;
            return Ok(resp);
        }
        Some(Fault::Delay(d)) => tokio::time::sleep(*d).await,
        _ => {}
    }
    let req = match upstream_request(req, &shared.upstream) {
        Ok(r) => r,
        Err(_) => return Ok(status(StatusCode::BAD_REQUEST)),
    };
    let resp = match client.request(req).await {
        Ok(r) => r,
        Err(err) => {
            tracing::debug!(%err, "chaos proxy: upstream failed");
            lock(&shared.stats).upstream_errors += 1;
            return Ok(status(StatusCode::BAD_GATEWAY));
        }
    };
    let (parts, body) = resp.into_parts();
    let length = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<usize>().ok())
        .unwrap_or(STREAM_WINDOW);
    // Truncation keeps 0..length bytes; a stall happens somewhere in the same range.
    let at = ((length as f64) * point) as usize;
    let plan = match fault {
        Some(Fault::DropAfterForward) => return Err(Closed("dropped after forwarding")),
        Some(Fault::Truncate) => Plan::CutAt(at.min(length.saturating_sub(1))),
        Some(Fault::Stall(d)) => Plan::StallAt(at, d),
        _ => Plan::Pass,
    };
    Ok(Response::from_parts(parts, relay(body, plan)))
}

fn upstream_request(
    req: Request<Incoming>,
    upstream: &Uri,
) -> Result<Request<Incoming>, http::Error> {
    let (mut parts, body) = req.into_parts();
    let path = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let mut uri = Uri::builder();
    if let Some(scheme) = upstream.scheme() {
        uri = uri.scheme(scheme.clone());
    }
    if let Some(authority) = upstream.authority() {
        uri = uri.authority(authority.clone());
        if let Ok(host) = HeaderValue::from_str(authority.as_str()) {
            parts.headers.insert(header::HOST, host);
        }
    }
    parts.uri = uri.path_and_query(path).build()?;
    Ok(Request::from_parts(parts, body))
}

fn empty() -> ProxyBody {
    Empty::new()
        .map_err(|never: Infallible| match never {})
        .boxed_unsync()
}

fn status(code: StatusCode) -> Response<ProxyBody> {
    let mut resp = Response::new(empty());
    *resp.status_mut() = code;
    resp
}

/// What happens to an answer's body on its way through.
#[derive(Debug, Clone, Copy)]
enum Plan {
    Pass,
    /// Relay this many bytes, then fail the body (hyper closes the connection).
    CutAt(usize),
    /// Pause once this many bytes in.
    StallAt(usize, Duration),
}

struct Relay {
    body: BodyStream<Incoming>,
    plan: Plan,
    sent: usize,
    cut: bool,
}

fn relay(body: Incoming, plan: Plan) -> ProxyBody {
    if matches!(plan, Plan::Pass) {
        return body.map_err(BoxError::from).boxed_unsync();
    }
    let state = Relay {
        body: BodyStream::new(body),
        plan,
        sent: 0,
        cut: false,
    };
    let frames = futures_util::stream::unfold(state, |mut s| async move {
        if s.cut {
            return None;
        }
        if let Plan::CutAt(0) = s.plan {
            s.cut = true;
            // One `Pending` first, so hyper flushes what was relayed before the cut
            // (otherwise a short answer's head and partial body die in its write buffer).
            tokio::task::yield_now().await;
            return Some((Err(BoxError::from(Closed("truncated"))), s));
        }
        let frame = match s.body.next().await? {
            Ok(frame) => frame,
            Err(err) => return Some((Err(BoxError::from(err)), s)),
        };
        let data = match frame.into_data() {
            Ok(data) => data,
            // Trailers pass as they are.
            Err(frame) => return Some((Ok(frame), s)),
        };
        let end = s.sent + data.len();
        match s.plan {
            Plan::CutAt(at) if end >= at => {
                // The bytes up to the cut go out; the next poll fails the body.
                let keep = data.slice(..at - s.sent);
                s.sent = at;
                s.plan = Plan::CutAt(0);
                Some((Ok(Frame::data(keep)), s))
            }
            Plan::StallAt(at, pause) if end >= at => {
                s.plan = Plan::Pass;
                tokio::time::sleep(pause).await;
                s.sent = end;
                Some((Ok(Frame::data(data)), s))
            }
            _ => {
                s.sent = end;
                Some((Ok(Frame::data(data)), s))
            }
        }
    });
    StreamBody::new(frames).boxed_unsync()
}
