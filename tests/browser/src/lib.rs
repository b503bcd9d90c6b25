//! The exported HTML page in a real browser: see `tests/page.rs`. The
//! crate has no code of its own; it keeps the WebDriver client (`ureq`)
//! out of every crate a user compiles.
