codetables::include_codes! {
    pub enum Codes = "tables/missing_column.csv";
}

fn main() {}
