//! HTTPS support (the `rustls` feature): rustls with the ring provider and the webpki
//! (Mozilla) root certificates, plus any roots the application adds, over the same
//! `HttpConnector` as plain HTTP.

use std::sync::Arc;

use hyper_rustls::{HttpsConnector, HttpsConnectorBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

use crate::Error;

/// Wraps the TCP connector with TLS. `http://` URLs still connect in plain text.
///
/// `extra_roots` are certificates (DER, or PEM with one or more `CERTIFICATE` blocks)
/// trusted in addition to the webpki roots: a private CA, a self-signed server.
pub(crate) fn https_connector(
    mut http: HttpConnector,
    extra_roots: &[Vec<u8>],
) -> Result<HttpsConnector<HttpConnector>, Error> {
    // The TLS layer decides the scheme; the TCP connector must accept https URLs.
    http.enforce_http(false);
    // An explicit provider: the process-wide default may be unset, or ambiguous when another
    // crate in the application enables a second rustls provider.
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = if extra_roots.is_empty() {
        HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(rustls::crypto::ring::default_provider())
            .map_err(|error| build_error("could not set up TLS", error))?
    } else {
        let mut roots = rustls::RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        for (index, cert) in extra_roots.iter().enumerate() {
            for der in certificates(cert, index)? {
                roots.add(der).map_err(|error| {
                    build_error(
                        &format!("root certificate #{index} is not a usable CA certificate"),
                        error,
                    )
                })?;
            }
        }
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|error| build_error("could not set up TLS", error))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        HttpsConnectorBuilder::new().with_tls_config(config)
    };
    Ok(builder.https_or_http().enable_http1().wrap_connector(http))
}

/// The certificates in one added root: PEM blocks when it looks like PEM, else one DER.
fn certificates(cert: &[u8], index: usize) -> Result<Vec<CertificateDer<'static>>, Error> {
    if !cert.trim_ascii_start().starts_with(b"-----BEGIN") {
        return Ok(vec![CertificateDer::from(cert.to_vec())]);
    }
    let certs = CertificateDer::pem_slice_iter(cert)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| {
            build_error(
                &format!("root certificate #{index} is not valid PEM"),
                error,
            )
        })?;
    if certs.is_empty() {
        return Err(Error::Build {
            message: format!("root certificate #{index} has no CERTIFICATE block"),
            source: None,
        });
    }
    Ok(certs)
}

fn build_error(message: &str, error: impl std::error::Error + Send + Sync + 'static) -> Error {
    Error::Build {
        message: message.to_owned(),
        source: Some(Box::new(error)),
    }
}
