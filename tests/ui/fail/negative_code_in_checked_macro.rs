// The checked macro of a table with negative codes takes `-1` as written,
// in patterns too, and names a negative code that is not in the table.
codetables::include_codes! {
    pub enum Signed = "tables/signed.csv";
}

fn main() {
    let busy = matches!(Signed::from(-1), signed!(-1));
    let _ = signed!(-2);
    let _ = (busy, signed!(- 3));
}
