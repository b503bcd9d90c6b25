// `#[codes]` written without its list, or with a value where a name goes.

codetables::include_codes! {
    #[codes]
    pub enum Bare = "tables/valid.csv";
}

codetables::include_codes! {
    #[codes = "columns(solution)"]
    pub enum Assigned = "tables/valid.csv";
}

codetables::include_codes! {
    #[codes(columns(solution = "Solution"), module = crate::)]
    pub enum ValueForAColumn = "tables/valid.csv";
}

fn main() {}
