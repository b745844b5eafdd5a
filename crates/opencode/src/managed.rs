//! A managed server and a client connected to it, in one value.

use std::ops::Deref;

use opencode_process::{ExitInfo, Server, ServerBuilder};

use crate::{Client, Error};

/// `opencode serve` started and supervised by this process, with a [`Client`] connected
/// to it (with the server's random password). Dereferences to the client. The server is
/// stopped when this value is dropped; [`Opencode::stop`] stops it politely (dispose,
/// SIGTERM, then SIGKILL).
///
/// ```no_run
/// # async fn run() -> Result<(), opencode::Error> {
/// let opencode = opencode::Opencode::spawn().await?;
/// let session = opencode.create_session().await?;
/// println!("{}", session.prompt("hello").await?.text());
/// opencode.stop().await;
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct Opencode {
    client: Client,
    server: Server,
}

/// Configures a managed server: every [`ServerBuilder`] option, plus the client's.
#[derive(Debug)]
#[must_use = "call .spawn().await"]
pub struct OpencodeBuilder {
    server: ServerBuilder,
    directory: Option<String>,
}

impl Opencode {
    /// Spawns a server with the defaults (binary from `OPENCODE_BIN`, the xtask install or
    /// `PATH`; a free port; a random password).
    pub async fn spawn() -> Result<Opencode, Error> {
        Opencode::builder().spawn().await
    }

    /// A builder for the server and its client.
    pub fn builder() -> OpencodeBuilder {
        OpencodeBuilder {
            server: Server::builder(),
            directory: None,
        }
    }

    /// The client.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The server process.
    pub fn server(&self) -> &Server {
        &self.server
    }

    /// Stops the server politely and returns how it exited.
    pub async fn stop(self) -> ExitInfo {
        self.server.stop().await
    }
}

impl Deref for Opencode {
    type Target = Client;
    fn deref(&self) -> &Client {
        &self.client
    }
}

impl OpencodeBuilder {
    /// Changes the server options.
    pub fn server(mut self, f: impl FnOnce(ServerBuilder) -> ServerBuilder) -> Self {
        self.server = f(self.server);
        self
    }

    /// Lets a web page from `origin` (`https://app.example`) call the server from a browser
    /// (the server's `--cors`); call once per origin. Pages from `localhost` and
    /// `127.0.0.1` are allowed without it.
    pub fn cors(mut self, origin: impl AsRef<std::ffi::OsStr>) -> Self {
        self.server = self.server.cors(origin);
        self
    }

    /// The project directory the server runs in, and the client's default directory.
    pub fn directory(mut self, directory: impl Into<String>) -> Self {
        let directory = directory.into();
        self.server = self.server.current_dir(&directory);
        self.directory = Some(directory);
        self
    }

    /// Starts the server and connects a client.
    pub async fn spawn(self) -> Result<Opencode, Error> {
        let server = self.server.spawn().await?;
        let mut builder = Client::builder().base_url(server.url());
        if let Some(password) = server.password() {
            builder = builder.basic_auth(server.username(), password);
        }
        if let Some(directory) = self.directory {
            builder = builder.directory(directory);
        }
        Ok(Opencode {
            client: builder.build()?,
            server,
        })
    }
}
