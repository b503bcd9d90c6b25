codetables::include_codes! {
    pub enum Codes = "tables/no_such_table.csv";
}

fn main() {}
