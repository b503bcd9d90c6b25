codetables::include_codes! {
    pub enum Numbers = "tables/valid.csv";
}

fn main() {
    spelled_differently();
    let _ = numbers!(3);
    match Numbers::from(1) {
        numbers!(1) => {}
        numbers!(4) => {}
        _ => {}
    }
}

fn spelled_differently() {
    let _ = numbers!(0x1);
    let _ = numbers!(1u32);
}
