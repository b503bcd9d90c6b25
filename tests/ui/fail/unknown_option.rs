// Mistakes in `#[codes(...)]`: every one reported, each where it is, with
// the valid choices listed.
codetables::include_codes! {
    #[codes(colums(solution))]
    pub enum Misspelled = "tables/valid.csv";
}

codetables::include_codes! {
    #[codes(envelope(cod = "errcode", message = "errmsg", requestid = "log_id"))]
    pub enum UnknownKeys = "tables/valid.csv";
}

codetables::include_codes! {
    #[codes(envelope(message = "errmsg"))]
    pub enum NoCode = "tables/valid.csv";
}

codetables::include_codes! {
    #[codes(envelope(code = error.code, data = "result|data", success = "ok|*"))]
    pub enum BadPaths = "tables/valid.csv";
}

codetables::include_codes! {
    #[codes(envelope(code = "error.code", message = "error", request_id = "error.code"))]
    pub enum Conflicting = "tables/valid.csv";
}


codetables::include_codes! {
    #[codes(builtin = "stardust")]
    pub enum UnknownBuiltin = "tables/valid.csv";
}

fn main() {}
