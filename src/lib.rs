//! Vendor status/error-code tables (CSV) turned into typed Rust enums at
//! compile time.
//!
//! ```
//! use codetables::vendors::StardustRosetta;
//!
//! let code = StardustRosetta::from(51006);
//! assert_eq!(code, StardustRosetta::CampaignIdNotExists);
//! assert_eq!(code.to_string(), "CampaignId not exists.");
//! assert!(code.is_campaign());
//!
//! // Codes the table does not list are kept, never lost.
//! assert_eq!(StardustRosetta::from(59999), StardustRosetta::Unknown(59999));
//!
//! // The checked macro: a code that is not in the table does not compile.
//! match code {
//!     codetables::stardust_rosetta!(51006) => {}
//!     _ => unreachable!(),
//! }
//! ```
//!
//! Generic client code works with any vendor's table through [`Code`]:
//!
//! ```
//! use codetables::{Code, Kind};
//! use codetables::vendors::{AiGateway, StardustRosetta};
//!
//! fn next_step<C: Code>(code: &C) -> &'static str {
//!     if code.is_success() {
//!         "done"
//!     } else if code.kind() == Kind::Unauthenticated {
//!         "refresh the credentials"
//!     } else if code.is_retryable() {
//!         "retry with backoff"
//!     } else {
//!         "report the error"
//!     }
//! }
//!
//! assert_eq!(next_step(&StardustRosetta::from(2000)), "done");
//! assert_eq!(next_step(&AiGateway::from(401002)), "refresh the credentials");
//! assert_eq!(next_step(&AiGateway::from(530002)), "retry with backoff");
//! ```
//!
//! Codes are `u32`, or `i64` for a table with negative codes (`-1` "system
//! busy"); generic code names the type as [`Code::Repr`] and converts with
//! `From`:
//!
//! ```
//! use codetables::Code;
//! use codetables::vendors::AiGateway;
//!
//! fn describe<C: Code>(raw: C::Repr) -> String {
//!     let code = C::from(raw);
//!     format!("{} in {}: {code}", code.code(), C::TABLE)
//! }
//!
//! assert_eq!(
//!     describe::<AiGateway>(401002),
//!     "401002 in tables/ai_gateway.csv: Unauthorized (Invalid API Key/Token)"
//! );
//! ```
//!
//! Your own tables work the same way:
//!
//! ```ignore
//! codetables::include_codes! {
//!     /// Status codes of the Foo API.
//!     pub enum Foo = "tables/foo.csv";
//! }
//! ```
//!
//! See the README for the table format and everything `include_codes!`
//! generates.

#![cfg_attr(docsrs, feature(doc_cfg))]

// Lets the generated code's `::codetables::…` paths resolve inside this crate too.
extern crate self as codetables;

#[doc(hidden)]
pub use codetables_macros::__checked_code_error;
pub use codetables_macros::include_codes;
#[doc(hidden)]
pub use codetables_runtime::__private;
#[cfg(feature = "serde")]
pub use codetables_runtime::Envelope;
pub use codetables_runtime::{
    ApiError, Code, CodeRepr, FieldPath, Kind, ParseCodeError, Part, Payload, Shape,
};

pub mod guide;
pub mod vendors;
