// A mistake in one declaration's `#[codes(...)]` is reported at the
// attribute, and every declaration of the block is still generated: the
// enums, their methods and their checked macros all resolve, so the user
// sees the one mistake and nothing else.
codetables::include_codes! {
    #[codes(envelope(cod = "errcode"))]
    pub enum Misspelled = "tables/valid.csv";

    pub enum Fine = "tables/valid.csv";
}

fn main() {
    let misspelled = misspelled!(1);
    let fine = fine!(2);
    let _ = (misspelled.message(), fine.message(), Misspelled::ALL, Fine::COUNT);
}
