//! Build time and binary size of crates that use `include_codes!`:
//! - cold builds (empty target directory, every dependency built) of a user
//!   crate with one table, against the same crate with a `strum` derive of
//!   the same table instead, alternated in the same run;
//! - clean, non-incremental builds of the user crate alone (dependencies
//!   built first), against the same crate with the macro's expansion pasted
//!   in (the macro's own share) and a crate without a table;
//! - release binary size.
//!
//! Reproduce with `cargo bench --bench compile_time` (add `-- cold`,
//! `-- clean` or `-- size` for one section).

use std::fmt::Write as _;
use std::time::{Duration, Instant};

#[path = "../tests/support/mod.rs"]
mod support;

const ROWS: u32 = 20_000;

fn big_table() -> String {
    let mut table = String::from("code,message,name,category,http\n");
    for range in 0..100 {
        let first = 1_000_000 + range * 1_000;
        writeln!(
            table,
            "{first}-{},Range {range},,group_{},{}",
            first + 999,
            range % 16,
            400 + range % 100
        )
        .unwrap();
    }
    for row in 0..ROWS {
        writeln!(
            table,
            "{},\"Message {row}, with {{}} and %s\",CODE_{row},,",
            1_000_000 + row * 5
        )
        .unwrap();
    }
    table
}

/// A table of 20,000 text codes (`Service17.Error1234`) under 100
/// `Service17.*` patterns, with names, categories and messages.
fn big_text_table() -> String {
    let mut table = String::from("code,message,category,http\n");
    for service in 0..100 {
        writeln!(
            table,
            "Service{service}.*,Service {service},group_{},{}",
            service % 16,
            400 + service % 100
        )
        .unwrap();
    }
    for row in 0..ROWS {
        writeln!(
            table,
            "Service{}.Error{row},\"Message {row}, with {{}} and %s\",,",
            row % 100
        )
        .unwrap();
    }
    table
}

/// A user crate with a table of text codes, using every kind of lookup.
fn text_macro_crate(name: &str, table: &str) -> support::Scratch {
    let main = "codetables::include_codes! {\n    /// Codes.\n    #[codes(text)]\n    \
                pub enum Codes = \"tables/codes.csv\";\n}\n\n\
                fn main() {\n    let n = std::env::args().count();\n    \
                let code = Codes::from(format!(\"Service{n}.Error{n}\").as_str());\n    \
                println!(\"{code:?} {} {} {:?} {:?} {}\", code.message(), code.name(), \
                code.category(), Codes::from_name(\"Service7.Error7\"), code.is_retryable());\n}\n";
    let scratch = support::Scratch::new(name, main);
    scratch.write("tables/codes.csv", table);
    scratch
}

/// `main` using every kind of lookup, so that nothing is dead code.
fn main_using(enum_name: &str) -> String {
    format!(
        "fn main() {{\n    let n: u32 = std::env::args().count() as u32;\n    \
         let code = {enum_name}::from(1_000_000 + n * 5);\n    \
         println!(\"{{code:?}} {{}} {{}} {{:?}} {{:?}} {{}}\", code.message(), code.name(), code.category(), \
         {enum_name}::from_name(\"CODE_7\"), code.is_retryable());\n}}\n"
    )
}

fn macro_crate(name: &str, table: &str) -> support::Scratch {
    let main = format!(
        "codetables::include_codes! {{\n    /// Codes.\n    pub enum Codes = \"tables/codes.csv\";\n}}\n\n{}",
        main_using("Codes")
    );
    let scratch = support::Scratch::new(name, &main);
    scratch.write("tables/codes.csv", table);
    scratch
}

fn pasted_crate(name: &str, table: &str) -> support::Scratch {
    let (rows, diagnostics) = codetables_reader::read_table(table.as_bytes(), &[]);
    assert!(diagnostics.is_empty());
    let spec = codetables_reader::EnumSpec {
        attrs: quote::quote!(#[doc = "Codes."]),
        has_docs: true,
        vis: quote::quote!(pub),
        macro_visibility: codetables_reader::MacroVisibility::Exported,
        ident: proc_macro2::Ident::new("Codes", proc_macro2::Span::call_site()),
        table_path: "tables/codes.csv".to_owned(),
        tracked_file: None,
        module_path: None,
        runtime: quote::quote!(::codetables),
        serde: false,
        envelope: None,
        builtin: None,
        error_span: proc_macro2::Span::call_site(),
    };
    let expansion = codetables_reader::expand(&spec, &rows, &[]);
    support::Scratch::new(name, &format!("{expansion}\n\n{}", main_using("Codes")))
}

/// The Clarifai table as a `strum`-derived enum with what a user would
/// derive for the same purpose: the message as `Display`, the name through
/// `FromStr`/`IntoStaticStr`, the code through `FromRepr`, the category as a
/// property, iteration and count.
fn strum_crate(name: &str, table: &str) -> support::Scratch {
    let (rows, diagnostics) = codetables_reader::read_table(table.as_bytes(), &[]);
    assert!(diagnostics.is_empty());
    let mut source = String::from(
        "#![allow(dead_code)]\nuse strum::{EnumProperty, IntoStaticStr};\n\n\
         /// Codes.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, \
         strum::EnumString, strum::EnumIter, strum::EnumCount, strum::IntoStaticStr, \
         strum::FromRepr, strum::EnumProperty)]\n#[repr(u32)]\npub enum Codes {\n",
    );
    for row in &rows.codes {
        let category = row
            .class
            .category
            .map_or("", |index| rows.categories[index].name.as_str());
        writeln!(
            source,
            "    #[strum(to_string = {:?}, serialize = {:?}, props(category = {category:?}))]\n    {} = {},",
            row.message,
            row.name(),
            row.variant,
            row.code
        )
        .unwrap();
    }
    source.push_str(
        "}\n\nfn main() {\n    let n: u32 = std::env::args().count() as u32;\n    \
         let code = Codes::from_repr(10_000 + n);\n    \
         let named: Option<Codes> = \"CODE_7\".parse().ok();\n    \
         println!(\"{code:?} {:?} {:?} {named:?}\", code.map(|c| c.to_string()), \
         code.map(|c| (<&str>::from(c), c.get_str(\"category\"))));\n}\n",
    );
    let scratch = support::Scratch::new(name, &source);
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nstrum = {{ version = \"0.28.0\", features = [\"derive\"] }}\n\n[workspace]\n"
    );
    scratch.write("Cargo.toml", &manifest);
    scratch
}

/// A cold build: an empty target directory of its own, every dependency
/// built, as a user's first `cargo build` (or a CI run without a cache).
fn cold_build_time(scratch: &support::Scratch) -> Duration {
    let target = scratch.path("target-cold");
    let _ = std::fs::remove_dir_all(&target);
    let target = target.to_str().unwrap().to_owned();
    let started = Instant::now();
    let output = scratch.cargo_with_env(&["build", "--quiet"], &[("CARGO_TARGET_DIR", &target)]);
    let elapsed = started.elapsed();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    elapsed
}

/// Every dependency built as cargo builds one from a registry: not
/// incrementally (the user's own crate still is, as in any `cargo build`).
const REGISTRY_LIKE_PROFILE: &str = "\n[profile.dev.package.\"*\"]\nincremental = false\n";

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// A clean build of the crate itself: dependencies first, then the crate
/// again from scratch, timed.
fn build_time(scratch: &support::Scratch, release: bool) -> Duration {
    let profile: &[&str] = if release {
        &["build", "--quiet", "--release"]
    } else {
        &["build", "--quiet"]
    };
    assert!(scratch.cargo(profile).status.success());
    let package = scratch.name();
    let mut clean = vec!["clean", "--quiet", "-p", package.as_str()];
    if release {
        clean.push("--release");
    }
    assert!(scratch.cargo(&clean).status.success());
    let started = Instant::now();
    let output = scratch.cargo_with_env(profile, &[("CARGO_INCREMENTAL", "0")]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    started.elapsed()
}

/// A part of the benchmark: its name and what it runs on the Clarifai table.
type Section = (&'static str, fn(&str));

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing
    // and expects a quick exit.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    // `cargo bench --bench compile_time -- cold` runs the sections whose
    // name contains `cold` (`cold`, `clean`, `size`).
    let filter = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let clarifai =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tables/clarifai.csv"))
            .unwrap();
    let sections: [Section; 3] = [
        ("cold", cold_builds),
        ("clean", clean_builds),
        ("size", sizes),
    ];
    for (name, section) in sections {
        if filter.as_deref().is_none_or(|f| name.contains(f)) {
            section(&clarifai);
            println!();
        }
    }
}

fn cold_builds(clarifai: &str) {
    println!("cold build of a user crate with the Clarifai table (debug, dependencies included):");
    let with_codetables = macro_crate("ct_cold_codetables", clarifai);
    let with_strum = strum_crate("ct_cold_strum", clarifai);
    // A user gets both libraries from crates.io, and cargo never builds a
    // registry crate incrementally; a path dependency (this checkout) it
    // would, paying for the incremental cache on every codetables crate.
    for scratch in [&with_codetables, &with_strum] {
        scratch.append("Cargo.toml", REGISTRY_LIKE_PROFILE);
    }
    // Alternated, so that a slower moment of the machine hits both.
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        theirs.push(cold_build_time(&with_strum));
        ours.push(cold_build_time(&with_codetables));
    }
    let (ours, theirs) = (median(ours), median(theirs));
    println!(
        "  include_codes! (serde off)      {:>7.2} s   (median of 5)",
        ours.as_secs_f64()
    );
    println!(
        "  strum derive, same table        {:>7.2} s   (median of 5)",
        theirs.as_secs_f64()
    );
    println!(
        "  codetables / strum              {:>7.2}",
        ours.as_secs_f64() / theirs.as_secs_f64()
    );
}

fn clean_builds(clarifai: &str) {
    let big = big_table();
    println!("build time of the user crate (debug, clean, non-incremental):");
    let big_macro = build_time(&macro_crate("ct_big_macro", &big), false);
    let big_pasted = build_time(&pasted_crate("ct_big_pasted", &big), false);
    let big_text = build_time(&text_macro_crate("ct_big_text", &big_text_table()), false);
    let small_macro = build_time(&macro_crate("ct_clarifai_macro", clarifai), false);
    let small_pasted = build_time(&pasted_crate("ct_clarifai_pasted", clarifai), false);
    let none = build_time(
        &support::Scratch::new(
            "ct_no_table",
            "fn main() { println!(\"{}\", std::env::args().count()); }",
        ),
        false,
    );
    let share = |with: Duration, without: Duration| {
        100.0 * (with.as_secs_f64() - without.as_secs_f64()) / with.as_secs_f64()
    };
    println!(
        "  {ROWS} rows, include_codes!      {:>7.2} s",
        big_macro.as_secs_f64()
    );
    println!(
        "  {ROWS} rows, expansion pasted    {:>7.2} s   (the macro's share: {:.0}%)",
        big_pasted.as_secs_f64(),
        share(big_macro, big_pasted)
    );
    println!(
        "  {ROWS} text codes, include_codes! {:>6.2} s",
        big_text.as_secs_f64()
    );
    println!(
        "  336 rows, include_codes!        {:>7.2} s",
        small_macro.as_secs_f64()
    );
    println!(
        "  336 rows, expansion pasted      {:>7.2} s   (the macro's share: {:.0}%)",
        small_pasted.as_secs_f64(),
        share(small_macro, small_pasted)
    );
    println!(
        "  no table                        {:>7.2} s",
        none.as_secs_f64()
    );
}

fn sizes(clarifai: &str) {
    println!("release binary size (stripped):");
    let with_table = macro_crate("ct_size_clarifai", clarifai);
    let without = support::Scratch::new(
        "ct_size_none",
        "fn main() { println!(\"{}\", std::env::args().count()); }",
    );
    for scratch in [&with_table, &without] {
        scratch.append("Cargo.toml", "\n[profile.release]\nstrip = true\n");
        build_time(scratch, true);
    }
    let size = |s: &support::Scratch| s.binary(true).metadata().unwrap().len();
    let (with_size, without_size) = (size(&with_table), size(&without));
    println!("  336-row Clarifai table, every lookup used: {with_size} bytes");
    println!("  no table:                                  {without_size} bytes");
    println!(
        "  the table adds                             {} bytes",
        with_size.saturating_sub(without_size)
    );
}
