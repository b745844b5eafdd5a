//! Clocks, timers and tasks on whatever runs the SDK: Tokio on an operating system, the
//! browser's event loop on `wasm32`.
//!
//! The SDK's crates use these instead of `tokio::time` and `tokio::spawn` so that one code
//! path serves both targets. On an operating system they are Tokio's own (call them inside
//! a runtime with time enabled); in the browser the timers are `setTimeout`, the clock is
//! `performance.now()` and a task is a promise job. A program that targets only one of them
//! has no reason to prefer these over its runtime's.
//!
//! ```no_run
//! use std::time::Duration;
//! use opencode_transport::rt;
//!
//! # async fn run() {
//! let started = rt::Instant::now();
//! match rt::timeout(Duration::from_secs(1), rt::sleep(Duration::from_millis(10))).await {
//!     Ok(()) => println!("slept {:?}", started.elapsed()),
//!     Err(rt::Elapsed) => println!("timed out"),
//! }
//! # }
//! ```

use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

/// A point in time from a monotonic clock: `tokio::time::Instant` on an operating system
/// (so Tokio's paused test clock applies), `web_time::Instant` (`performance.now()`) in the
/// browser.
#[cfg(not(target_arch = "wasm32"))]
pub use tokio::time::Instant;
/// A point in time from a monotonic clock: `tokio::time::Instant` on an operating system
/// (so Tokio's paused test clock applies), `web_time::Instant` (`performance.now()`) in the
/// browser.
#[cfg(target_arch = "wasm32")]
pub use web_time::Instant;

/// The wall clock, usable in the browser too (where `std::time::SystemTime::now` panics).
#[cfg(not(target_arch = "wasm32"))]
pub use std::time::SystemTime;
/// The wall clock, usable in the browser too (where `std::time::SystemTime::now` panics).
#[cfg(target_arch = "wasm32")]
pub use web_time::SystemTime;

/// The error of [`timeout`] and [`timeout_at`]: the deadline passed first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Elapsed;

impl std::fmt::Display for Elapsed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("deadline has elapsed")
    }
}

impl std::error::Error for Elapsed {}

/// A future that completes at a deadline, which [`Sleep::reset`] can move.
#[derive(Debug)]
pub struct Sleep {
    #[cfg(not(target_arch = "wasm32"))]
    inner: Pin<Box<tokio::time::Sleep>>,
    #[cfg(target_arch = "wasm32")]
    deadline: Instant,
    #[cfg(target_arch = "wasm32")]
    inner: futures_timer::Delay,
}

impl Sleep {
    /// When the sleep completes.
    pub fn deadline(&self) -> Instant {
        #[cfg(not(target_arch = "wasm32"))]
        return self.inner.deadline();
        #[cfg(target_arch = "wasm32")]
        return self.deadline;
    }

    /// Moves the deadline (earlier or later); the sleep can be polled again after it
    /// completed.
    pub fn reset(&mut self, deadline: Instant) {
        #[cfg(not(target_arch = "wasm32"))]
        self.inner.as_mut().reset(deadline);
        #[cfg(target_arch = "wasm32")]
        {
            self.deadline = deadline;
            self.inner
                .reset(deadline.saturating_duration_since(Instant::now()));
        }
    }
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        Pin::new(&mut self.inner).poll(cx)
    }
}

/// Sleeps for `duration`.
pub fn sleep(duration: Duration) -> Sleep {
    sleep_until(Instant::now() + duration)
}

/// Sleeps until `deadline` (at once if it has passed).
pub fn sleep_until(deadline: Instant) -> Sleep {
    #[cfg(not(target_arch = "wasm32"))]
    return Sleep {
        inner: Box::pin(tokio::time::sleep_until(deadline)),
    };
    #[cfg(target_arch = "wasm32")]
    return Sleep {
        deadline,
        inner: futures_timer::Delay::new(deadline.saturating_duration_since(Instant::now())),
    };
}

/// Runs `future` for at most `duration`.
pub async fn timeout<F: IntoFuture>(duration: Duration, future: F) -> Result<F::Output, Elapsed> {
    timeout_at(Instant::now() + duration, future).await
}

/// Runs `future` until `deadline` at most. A future that is ready is not cut off, even
/// at a deadline already passed.
pub async fn timeout_at<F: IntoFuture>(deadline: Instant, future: F) -> Result<F::Output, Elapsed> {
    let mut future = std::pin::pin!(future.into_future());
    let mut sleep = sleep_until(deadline);
    std::future::poll_fn(move |cx| {
        if let Poll::Ready(output) = future.as_mut().poll(cx) {
            return Poll::Ready(Ok(output));
        }
        Pin::new(&mut sleep).poll(cx).map(|()| Err(Elapsed))
    })
    .await
}

/// Runs `task` in the background: on the current Tokio runtime (panics outside one, as
/// `tokio::spawn` does), or as a browser task.
pub fn spawn<F>(task: F)
where
    F: Future<Output = ()> + Send + 'static,
{
    #[cfg(not(target_arch = "wasm32"))]
    drop(tokio::spawn(task));
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(task);
}

/// Like [`spawn`], but does nothing where no runtime runs (outside a Tokio runtime, as in
/// a destructor called after it shut down). Returns whether the task was started.
pub fn try_spawn<F>(task: F) -> bool
where
    F: Future<Output = ()> + Send + 'static,
{
    #[cfg(not(target_arch = "wasm32"))]
    return match tokio::runtime::Handle::try_current() {
        Ok(handle) => {
            drop(handle.spawn(task));
            true
        }
        Err(_) => false,
    };
    #[cfg(target_arch = "wasm32")]
    {
        wasm_bindgen_futures::spawn_local(task);
        true
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[tokio::test]
    async fn timeout_cuts_a_pending_future_and_keeps_a_ready_one() {
        // A future that never completes: any deadline cuts it, however loaded the machine.
        let cut = timeout(Duration::from_millis(20), std::future::pending::<()>()).await;
        assert_eq!(cut, Err(Elapsed));
        let kept = timeout_at(Instant::now() - Duration::from_secs(1), async { 7 }).await;
        assert_eq!(kept, Ok(7));
    }

    #[tokio::test]
    async fn a_reset_sleep_completes_at_its_new_deadline() {
        let start = Instant::now();
        let mut sleep = sleep(Duration::from_secs(3600));
        let due = start + Duration::from_millis(20);
        sleep.reset(due);
        assert_eq!(sleep.deadline(), due);
        // Bounded by the old deadline only: an hour, far beyond any load.
        (&mut sleep).await;
        assert!(Instant::now() >= due);
        assert!(Instant::now() < start + Duration::from_secs(3600));
    }
}
