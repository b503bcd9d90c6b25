// The table has an error: it is reported once, and the code that uses the
// enum (valid rows, the checked macro, the generated methods) still compiles,
// so the user sees the table's error and nothing else.
codetables::include_codes! {
    pub enum Codes = "tables/duplicate_code.csv";
}

fn main() {
    let code = Codes::from(51001);
    assert_eq!(code, Codes::DoNotCreateCampaignRepeatedly);
    let _ = codes!(51003);
    let _ = codes!(99999);
    let _ = (code.message(), code.category(), Codes::ALL, code.kind());
}
