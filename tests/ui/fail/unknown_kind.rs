codetables::include_codes! {
    pub enum Codes = "tables/unknown_kind.csv";
}

fn main() {}
