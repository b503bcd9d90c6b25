// One text code on two rows.
codetables::include_codes! {
    #[codes(text)]
    pub enum Stripe = "tables/text_duplicate_code.csv";
}

fn main() {}
