codetables::include_codes! {
    pub enum Codes = "tables/bad_http.csv";
}

fn main() {}
