codetables::include_codes! {
    pub enum Codes = "tables/bad_retry.csv";
}

fn main() {}
