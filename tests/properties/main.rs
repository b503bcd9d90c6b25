//! Property tests of the generated enums over their whole code type:
//! numeric codes of both integer types, and text.

mod numeric;
mod text;
