// A declared column the table's header does not have.
codetables::include_codes! {
    #[codes(columns(solution, doc_url, message_en))]
    pub enum Codes = "tables/own_columns.csv";
}

fn main() {}
