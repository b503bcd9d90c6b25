codetables::include_codes! {
    pub enum Codes = "tables/reserved_variant.csv";
}

fn main() {}
