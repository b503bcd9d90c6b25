//! A real HTTP exchange over `127.0.0.1`: [`serve`] starts an axum server
//! on a free port in a runtime of its own, [`get`] fetches a URL with ureq
//! (failure statuses are answers, not errors) and hands the response over
//! as an `http::Response`, which `Envelope::from_http` decodes. Shared by
//! the tests and the examples `http_client` and `axum_server`.

use std::net::SocketAddr;

/// Serves `router` on `127.0.0.1` (a free port) until the process ends;
/// returns its address.
///
/// # Panics
/// Where no port or runtime can be had: the tests cannot run then.
#[must_use]
pub fn serve(router: axum::Router) -> SocketAddr {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("a port on 127.0.0.1");
    let address = listener.local_addr().expect("the bound address");
    std::thread::spawn(move || {
        runtime.block_on(async move {
            axum::serve(listener, router)
                .await
                .expect("the server runs");
        });
    });
    address
}

/// The response to `method` on `url`, its body read whole: what an HTTP
/// client hands over, as `http::Response<Vec<u8>>`.
///
/// # Errors
/// The connection failed or the body could not be read.
pub fn fetch(method: &str, url: &str) -> Result<http::Response<Vec<u8>>, ureq::Error> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let response = match method {
        "DELETE" => agent.delete(url).call()?,
        "POST" => agent.post(url).send_empty()?,
        _ => agent.get(url).call()?,
    };
    let (parts, mut body) = response.into_parts();
    let bytes = body.read_to_vec()?;
    Ok(http::Response::from_parts(parts, bytes))
}

/// [`fetch`] with `GET`.
///
/// # Errors
/// As [`fetch`].
pub fn get(url: &str) -> Result<http::Response<Vec<u8>>, ureq::Error> {
    fetch("GET", url)
}
