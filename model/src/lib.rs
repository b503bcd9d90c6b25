//! The types that the stages of [codetables](https://docs.rs/codetables)'
//! `include_codes!` share: the leaf every stage imports, so that each
//! stage depends only on what comes before it.
//!
//! | module | holds | made by | read by |
//! | --- | --- | --- | --- |
//! | [`column`](mod@column) | the standard columns | — | the reader, diagnostics, tools |
//! | [`diagnostic`] | a problem of a table, with its subject and its fix | every stage | the macro, tools (`import` applies the fixes) |
//! | [`table`] | the checked table | `codetables-reader`'s checks | the generator |
//! | [`spec`] | one declaration of the macro | the macro | the generator |
//! | [`envelope`] | the declared shape of response bodies | the macro | the generator |

pub mod column;
pub mod diagnostic;
pub mod envelope;
pub mod spec;
pub mod table;

pub use column::Column;
pub use diagnostic::{Diagnostic, Fix, Subject};
pub use envelope::{DataSpec, EnvelopeSpec};
pub use spec::{EnumSpec, MacroVisibility};
pub use table::{Category, Class, CodeKey, CodeRow, CodeType, Covers, RangeRow, Table};
