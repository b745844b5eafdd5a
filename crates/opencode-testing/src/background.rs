//! A loopback server on its own thread and current-thread runtime, so it works from sync
//! code and from any async runtime; the fake provider and the chaos proxy both run so.

use std::future::Future;
use std::thread::JoinHandle;

use tokio::sync::oneshot;

/// A running background server: signals it to stop and joins its thread when dropped.
#[derive(Debug)]
pub(crate) struct Background {
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Background {
    /// Runs `serve(stop)` on a new thread named `name`; `serve` returns once `stop` fires.
    pub(crate) fn spawn<F, Fut>(name: String, serve: F) -> std::io::Result<Background>
    where
        F: FnOnce(oneshot::Receiver<()>) -> Fut + Send + 'static,
        Fut: Future<Output = ()>,
    {
        let (stop_tx, stop_rx) = oneshot::channel();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let thread = std::thread::Builder::new()
            .name(name)
            .spawn(move || runtime.block_on(serve(stop_rx)))?;
        Ok(Background {
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            // The accept loop returns as soon as it sees the signal; dropping its runtime
            // cancels open connections, so this join is short.
            let _ = thread.join();
        }
    }
}
