codetables::include_codes! {
    pub enum Codes = "tables/not_utf8.csv";
}

fn main() {}
