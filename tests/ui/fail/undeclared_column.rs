// The table has columns of the vendor's own that the invocation does not
// declare: the error says how to declare them.
codetables::include_codes! {
    pub enum Codes = "tables/own_columns.csv";
}

fn main() {}
