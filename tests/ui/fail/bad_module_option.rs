codetables::include_codes! {
    #[codes(module = self::errors)]
    pub enum Codes = "tables/valid.csv";
}

codetables::include_codes! {
    #[codes(modul = crate::errors)]
    pub enum Other = "tables/valid.csv";
}

fn main() {}
