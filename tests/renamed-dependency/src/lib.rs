//! Empty: the test is `tests/renamed_dependency.rs`, a user crate that
//! names codetables `renamed_codetables`.
