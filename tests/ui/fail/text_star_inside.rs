// A `*` only ends a pattern.
codetables::include_codes! {
    #[codes(text)]
    pub enum Tencent = "tables/text_star_inside.csv";
}

fn main() {}
