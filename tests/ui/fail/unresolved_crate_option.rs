// A `crate = …` path that does not resolve: rustc's own error, pointing
// at the path the user wrote.
codetables::include_codes! {
    #[codes(crate = ::no_such_crate)]
    pub enum Unresolved = "tables/valid.csv";
}

fn main() {
    let _ = Unresolved::COUNT;
}
