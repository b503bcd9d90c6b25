codetables::include_codes! {
    pub enum Numbers = "tables/valid.csv";
}

fn main() {
    let _ = numbers!(ONE);
    let _ = numbers!(1, 2);
}
