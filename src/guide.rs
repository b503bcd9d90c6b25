//! The guide: one chapter per subject, the same pages as `docs/` in the
//! repository. Every Rust example in them is compiled and run as a
//! doctest (the one that needs axum is compiled in
//! `examples/axum_server.rs` instead).
//!
//! | chapter | what it covers |
//! | --- | --- |
//! | [`table_format`] | the columns, ranges and patterns, quoting, and every mistake `include_codes!` reports |
//! | [`generated_api`] | the enum, its methods and constants, its traits, the checked macro, the `#[codes(...)]` options |
//! | [`own_vendor`] | a vendor of your own: a page in any language, codes below zero, own columns |
//! | [`text_codes`] | vendors whose codes are text (`card_declined`, `AuthFailure.SignatureExpire`) |
//! | [`envelopes`] | response bodies: the built-in and declared shapes, HTTP, answering with the table |
//! | [`table_changes`] | what a table change means for the generated API |
//! | [`command_line`] | `codetables import`, `check`, `lookup`, `diff` |
//! | [`architecture`] | the crates and modules, and how to work on them |

// The chapters quote vendors' pages as they are written (`access_token`
// inside a Chinese message is the vendor's text, not an identifier).
#![allow(clippy::doc_markdown)]

pub mod table_format {
    #![doc = include_str!("../docs/table-format.md")]
}

pub mod generated_api {
    #![doc = include_str!("../docs/generated-api.md")]
}

pub mod own_vendor {
    #![doc = include_str!("../docs/own-vendor.md")]
}

pub mod text_codes {
    #![doc = include_str!("../docs/text-codes.md")]
}

pub mod envelopes {
    #![doc = include_str!("../docs/envelopes.md")]
}

pub mod table_changes {
    #![doc = include_str!("../docs/table-changes.md")]
}

pub mod command_line {
    #![doc = include_str!("../docs/command-line.md")]
}

pub mod architecture {
    #![doc = include_str!("../docs/architecture.md")]
}
