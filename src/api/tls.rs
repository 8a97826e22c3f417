//! TLS for `https://` agents, built only when the address is https: which CAs to trust, the
//! client certificate to show, the name to expect on the agent's certificate, and whether to
//! check at all. The rules are Consul's own (`api.TLSConfig`): a CA file or folder replaces
//! the system's roots, `--ca-file` wins over `--ca-path`, and the server name replaces the
//! address's host when the certificate is checked.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

/// What the user asked for; files are read only when an https client is built.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsOptions {
    /// `--ca-file` / `CONSUL_CACERT`: PEM certificates to trust instead of the system's.
    pub ca_file: Option<PathBuf>,
    /// `--ca-path` / `CONSUL_CAPATH`: a folder of PEM files, each certificate trusted.
    pub ca_path: Option<PathBuf>,
    /// `--client-cert` / `CONSUL_CLIENT_CERT` with `--client-key` / `CONSUL_CLIENT_KEY`.
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
    /// `--tls-server-name` / `CONSUL_TLS_SERVER_NAME`: the name the certificate must hold.
    pub server_name: Option<String>,
    /// `false` with `--http-ssl-verify=false` / `CONSUL_HTTP_SSL_VERIFY=false`.
    pub verify: bool,
}

/// Builds the rustls configuration; an `Err` names the file or value at fault.
pub(crate) fn client_config(options: &TlsOptions) -> Result<ClientConfig, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier: Arc<dyn ServerCertVerifier> = if !options.verify {
        Arc::new(Unchecked(provider.clone()))
    } else {
        let checked: Arc<dyn ServerCertVerifier> = match trusted_roots(options)? {
            Some(roots) => rustls::client::WebPkiServerVerifier::builder_with_provider(
                Arc::new(roots),
                provider.clone(),
            )
            .build()
            .map_err(|e| format!("cannot use the CA certificates: {e}"))?,
            None => Arc::new(
                rustls_platform_verifier::Verifier::new(provider.clone())
                    .map_err(|e| format!("cannot load the system's CA certificates: {e}"))?,
            ),
        };
        match &options.server_name {
            Some(name) => Arc::new(NameOverride {
                name: server_name(name)?,
                inner: checked,
            }),
            None => checked,
        }
    };
    let builder = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("cannot set up TLS: {e}"))?
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    match (&options.client_cert, &options.client_key) {
        (Some(cert), Some(key_file)) => {
            let chain = certificates(cert, "--client-cert, CONSUL_CLIENT_CERT")?;
            let key = private_key(key_file)?;
            builder.with_client_auth_cert(chain, key).map_err(|e| {
                format!(
                    "the client certificate {} and key {} do not make a usable pair: {e}",
                    cert.display(),
                    key_file.display()
                )
            })
        }
        (None, None) => Ok(builder.with_no_client_auth()),
        // Config resolution refuses one without the other; this is a second line of defence.
        _ => Err("--client-cert and --client-key must be given together".to_string()),
    }
}

/// `Ok(None)`: no CA given, so the system's roots decide.
fn trusted_roots(options: &TlsOptions) -> Result<Option<RootCertStore>, String> {
    let mut roots = RootCertStore::empty();
    if let Some(file) = &options.ca_file {
        trust_file(&mut roots, file, "--ca-file, CONSUL_CACERT")?;
    } else if let Some(folder) = &options.ca_path {
        let entries = std::fs::read_dir(folder).map_err(|e| {
            format!(
                "cannot read the CA folder {} (--ca-path, CONSUL_CAPATH): {e}",
                folder.display()
            )
        })?;
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        paths.sort();
        for path in paths {
            // As Consul's rootcerts: every file must hold certificates.
            trust_file(&mut roots, &path, "--ca-path, CONSUL_CAPATH")?;
        }
        if roots.is_empty() {
            return Err(format!(
                "the CA folder {} (--ca-path, CONSUL_CAPATH) holds no certificates",
                folder.display()
            ));
        }
    } else {
        return Ok(None);
    }
    Ok(Some(roots))
}

/// Adds every certificate of a PEM file to `roots`.
fn trust_file(roots: &mut RootCertStore, path: &Path, via: &str) -> Result<(), String> {
    for cert in certificates(path, via)? {
        roots.add(cert).map_err(|e| {
            format!(
                "the CA file {} holds a certificate that cannot be trusted: {e}",
                path.display()
            )
        })?;
    }
    Ok(())
}

/// Every certificate in a PEM file; none is an error naming the file.
fn certificates(path: &Path, via: &str) -> Result<Vec<CertificateDer<'static>>, String> {
    let bytes = read(path, via)?;
    let certs = CertificateDer::pem_slice_iter(&bytes)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| {
            format!(
                "{} ({via}) is not a PEM certificate file: {e}",
                path.display()
            )
        })?;
    if certs.is_empty() {
        return Err(format!(
            "{} ({via}) holds no PEM certificate (-----BEGIN CERTIFICATE-----)",
            path.display()
        ));
    }
    Ok(certs)
}

fn private_key(path: &Path) -> Result<PrivateKeyDer<'static>, String> {
    let via = "--client-key, CONSUL_CLIENT_KEY";
    let bytes = read(path, via)?;
    // The key's bytes never reach a message: only the file's name does.
    PrivateKeyDer::from_pem_slice(&bytes).map_err(|_| {
        format!(
            "{} ({via}) holds no PEM private key (-----BEGIN … PRIVATE KEY-----)",
            path.display()
        )
    })
}

fn read(path: &Path, via: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {} ({via}): {e}", path.display()))
}

fn server_name(name: &str) -> Result<ServerName<'static>, String> {
    ServerName::try_from(name.to_string()).map_err(|_| {
        format!(
            "--tls-server-name (CONSUL_TLS_SERVER_NAME) {name:?} is not a host name; give the name the agent's certificate holds, such as server.dc1.consul"
        )
    })
}

/// Checks the certificate against the configured name instead of the address's host, as Go
/// does with `tls.Config.ServerName`.
#[derive(Debug)]
struct NameOverride {
    name: ServerName<'static>,
    inner: Arc<dyn ServerCertVerifier>,
}

impl ServerCertVerifier for NameOverride {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        self.inner
            .verify_server_cert(end_entity, intermediates, &self.name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// `CONSUL_HTTP_SSL_VERIFY=false`: any certificate is accepted (the handshake's signatures are
/// still checked, so the session is at least with the holder of the certificate shown).
#[derive(Debug)]
struct Unchecked(Arc<CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
