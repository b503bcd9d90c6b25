//! The part of [codetables](https://docs.rs/codetables) that both the runtime
//! (`codetables-runtime`, which generated code calls) and the code generator
//! (`codetables-reader`, which runs inside the `include_codes!` macro) need:
//!
//! - [`Kind`]: the cross-vendor class of a status code (the generator checks a
//!   table's `kind` column against it; the runtime answers with it);
//! - the hash functions of the generated lookup tables ([`hash`]: the
//!   generator searches for a perfect table with them, the generated code
//!   calls them);
//! - [`Part`]: the parts of a response body that `#[codes(envelope(...))]`
//!   locates (the macro reads their keys, the runtime their places).
//!
//! It has no dependencies, so that in a user's cold build the generator and
//! the runtime compile side by side instead of one waiting for the other.
//! Users depend on `codetables`, which re-exports [`Kind`].

#![cfg_attr(not(test), no_std)]

pub mod hash;
mod kind;
mod part;

pub use kind::Kind;
pub use part::Part;
