codetables::include_codes! {
    pub enum Codes = "tables/overlapping_ranges.csv";
}

fn main() {}
