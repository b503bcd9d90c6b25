// The checked macro of a numeric table takes numbers, that of a text table
// string literals; an unlisted text code names the code and the table.
codetables::include_codes! {
    pub enum Numbers = "tables/valid.csv";

    #[codes(text)]
    pub enum Stripe = "tables/text_codes.csv";
}

fn main() {
    let _ = numbers!("1");
    let _ = stripe!(1);
    let _ = stripe!("card_velocity_exceeded");
    let _ = stripe!("card_declined");
}
