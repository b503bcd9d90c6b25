codetables::include_codes! {
    pub enum Codes = "tables/empty_table.csv";
}

fn main() {}
