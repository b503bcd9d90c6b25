codetables::include_codes! {
    pub enum Codes = "tables/unknown_column.csv";
}

fn main() {}
