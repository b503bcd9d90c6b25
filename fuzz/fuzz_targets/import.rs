//! `codetables import` on arbitrary text, read as every format: never a
//! panic, and whatever it writes passes the checks of `include_codes!`
//! (with the attribute the import prints: `#[codes(text)]` for text codes).
#![no_main]

use codetables_cli::import::{self, Format, Options};
use libfuzzer_sys::fuzz_target;

const FORMATS: [Format; 11] = [
    Format::Auto,
    Format::Markdown,
    Format::Html,
    Format::Tsv,
    Format::Protobuf,
    Format::Errcodes,
    Format::Csv,
    Format::Json,
    Format::Smithy,
    Format::Openapi,
    Format::Text,
];

fuzz_target!(|bytes: &[u8]| {
    let Some((&selector, page)) = bytes.split_first() else {
        return;
    };
    let page = String::from_utf8_lossy(page);
    let options = Options {
        format: FORMATS[usize::from(selector) % FORMATS.len()],
        infer_kinds: selector & 0x80 != 0,
        ..Options::default()
    };
    let imported = import::import(&page, &options);
    if imported.rows.is_empty() {
        return;
    }
    let (csv, _) = import::write_table(&imported.rows).expect("writing to memory");
    let own = import::own_columns(&imported.rows);
    // With the attribute the import prints: `text` for text codes.
    let (_, diagnostics) = codetables_reader::read_table_as(&csv, &own, imported.text);
    assert!(
        diagnostics.is_empty(),
        "the imported table does not compile: {diagnostics:?}\n{}",
        String::from_utf8_lossy(&csv)
    );
});
