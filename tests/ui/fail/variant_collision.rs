codetables::include_codes! {
    pub enum Codes = "tables/variant_collision.csv";
}

fn main() {}
