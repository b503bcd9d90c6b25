codetables::include_codes! {
    #[codes(text)]
    pub enum Codes = "tables/text_patterns_only.csv";
}

fn main() {}
