codetables::include_codes! {
    pub enum Codes = "tables/reserved_category.csv";
}

fn main() {}
