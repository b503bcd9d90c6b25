// Two text codes whose variants are one identifier.
codetables::include_codes! {
    #[codes(text)]
    pub enum Tencent = "tables/text_variant_collision.csv";
}

fn main() {}
