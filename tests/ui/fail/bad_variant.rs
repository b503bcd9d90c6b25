codetables::include_codes! {
    pub enum Codes = "tables/bad_variant.csv";
}

fn main() {}
