// A row of a text table without its code.
codetables::include_codes! {
    #[codes(text)]
    pub enum Stripe = "tables/text_empty_code.csv";
}

fn main() {}
