// `crate = …` takes the path the crate is known by; each wrong form is
// reported at what was written.
codetables::include_codes! {
    #[codes(crate = 5)]
    pub enum NotAPath = "tables/valid.csv";

    #[codes(crate = "not a path")]
    pub enum NotAPathInAString = "tables/valid.csv";

    #[codes(crate = ::codetables, crate = ::codetables)]
    pub enum Twice = "tables/valid.csv";
}

fn main() {}
