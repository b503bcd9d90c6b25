codetables::include_codes! {
    pub enum Codes = "tables/bad_category.csv";
}

fn main() {}
