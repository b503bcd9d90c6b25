codetables::include_codes! {
    pub enum Codes = "tables/too_many_fields.csv";
}

fn main() {}
