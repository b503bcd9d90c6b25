// Variants derived from a table in other scripts that rustc would reject or
// warn about under `#![deny(warnings)]`.
#![deny(warnings)]

codetables::include_codes! {
    pub enum Codes = "tables/unusable_identifier.csv";
}

fn main() {}
