codetables::include_codes! {
    pub enum Codes = "tables/code_beyond_i64.csv";
}

fn main() {}
