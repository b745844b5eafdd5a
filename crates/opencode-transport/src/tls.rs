//! HTTPS support (the `rustls` feature): rustls with the ring provider and the webpki
//! (Mozilla) root certificates, over the same `HttpConnector` as plain HTTP.

use hyper_rustls::{HttpsConnector, HttpsConnectorBuilder};
use hyper_util::client::legacy::connect::HttpConnector;

use crate::Error;

/// Wraps the TCP connector with TLS. `http://` URLs still connect in plain text.
pub(crate) fn https_connector(
    mut http: HttpConnector,
) -> Result<HttpsConnector<HttpConnector>, Error> {
    // The TLS layer decides the scheme; the TCP connector must accept https URLs.
    http.enforce_http(false);
    // An explicit provider: the process-wide default may be unset, or ambiguous when another
    // crate in the application enables a second rustls provider.
    let builder = HttpsConnectorBuilder::new()
        .with_provider_and_webpki_roots(rustls::crypto::ring::default_provider())
        .map_err(|error| Error::Build {
            message: "could not set up TLS".to_owned(),
            source: Some(Box::new(error)),
        })?;
    Ok(builder.https_or_http().enable_http1().wrap_connector(http))
}
