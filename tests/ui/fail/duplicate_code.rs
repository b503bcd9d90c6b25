codetables::include_codes! {
    pub enum Codes = "tables/duplicate_code.csv";
}

fn main() {}
