codetables::include_codes! {
    pub enum Codes = "tables/bad_negative_pattern.csv";
}

fn main() {}
