codetables::include_codes! {
    pub enum Codes = "tables/many_errors.csv";
}

fn main() {}
