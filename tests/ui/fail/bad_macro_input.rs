codetables::include_codes! {
    pub enum Codes "tables/valid.csv";
}

codetables::include_codes! {
    pub enum Other = tables/valid.csv;
}

codetables::include_codes! {}

fn main() {}
