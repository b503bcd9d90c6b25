// A `Prefix*` pattern in a table of numeric codes.
codetables::include_codes! {
    pub enum Codes = "tables/star_pattern_in_numeric.csv";
}

fn main() {}
