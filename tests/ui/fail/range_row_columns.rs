codetables::include_codes! {
    pub enum Codes = "tables/range_row_columns.csv";
}

fn main() {}
