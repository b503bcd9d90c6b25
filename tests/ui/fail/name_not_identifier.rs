codetables::include_codes! {
    pub enum Codes = "tables/name_not_identifier.csv";
}

fn main() {}
