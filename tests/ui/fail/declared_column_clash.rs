// Declared columns that cannot become methods: a generated method, a
// standard column, a keyword, not snake_case, declared twice; and one whose
// name a category's `is_<category>()` also takes.
codetables::include_codes! {
    #[codes(columns(kind, http, r#type, DocUrl, solution, solution))]
    pub enum Clashing = "tables/own_columns.csv";
}

codetables::include_codes! {
    #[codes(columns(solution, doc_url, is_auth))]
    pub enum CategoryClash = "tables/own_columns_category.csv";
}

fn main() {}
