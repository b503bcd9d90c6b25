codetables::include_codes! {
    pub enum Codes = "tables/unterminated_quote.csv";
}

fn main() {}
