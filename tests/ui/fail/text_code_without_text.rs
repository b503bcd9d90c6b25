// Codes that are text, in a table included without `#[codes(text)]`: each
// row says to declare it.
codetables::include_codes! {
    pub enum Stripe = "tables/text_codes.csv";
}

fn main() {}
