//! The table reader on arbitrary bytes: every stage, with and without a
//! declared own column. Never a panic; every diagnostic of a row has its line.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for own in [&[][..], &["solution".to_owned()][..]] {
        let (_, diagnostics) = codetables_reader::read_table(bytes, own);
        for diagnostic in diagnostics {
            assert!(!diagnostic.message.is_empty());
        }
    }
    let _ = codetables_reader::extra_columns(bytes);
});
