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
//! Your own tables work the same way, a path relative to your crate's
//! `Cargo.toml`:
//!
//! ```
//! codetables::include_codes! {
//!     /// The vendor's global return codes.
//!     #[codes(columns(solution))]
//!     pub enum WeChat = "docs/tables/wechat.csv";
//! }
//!
//! assert_eq!(we_chat!(42001).solution(), Some("重新获取 access_token"));
//! ```
//!
//! The [`guide`] has a chapter for each subject: the table format, the
//! generated API and its options, a vendor of your own, text codes,
//! response bodies and HTTP, table changes, the command line, and the
//! architecture.

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
