//! What HTTP adds to a body: the status and headers a client hands over
//! (`http`), and the response a server answers with (`axum`).

#[cfg(feature = "axum")]
mod axum;
#[cfg(feature = "http")]
mod http;
