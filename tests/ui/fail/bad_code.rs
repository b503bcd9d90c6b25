codetables::include_codes! {
    pub enum Codes = "tables/bad_code.csv";
}

fn main() {}
