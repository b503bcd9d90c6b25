//! What `include_codes!` generates, on a user's own hostile table: strings
//! that break naive code generators, extreme codes, ranges, deprecation,
//! and every visibility of the checked macro.

mod codes {
    codetables::include_codes! {
        /// A table that tries to break the generator.
        pub(crate) enum Hostile = "tests/tables/hostile.csv";
    }

    codetables::include_codes! {
        enum PrivateCodes = "tests/tables/small.csv";
    }

    pub(crate) fn private_macro_works_in_its_module() -> bool {
        matches!(PrivateCodes::from(2), private_codes!(2)) && mod_child::check()
    }

    mod mod_child {
        // Without `#[codes(module = …)]` the macro names the enum as
        // written, so the enum must be in scope where the macro is called.
        use super::PrivateCodes;

        pub(super) fn check() -> bool {
            // Textual scope reaches child modules.
            PrivateCodes::from(1) == private_codes!(1)
        }
    }
}

use codes::Hostile;
use codetables::{Code, Kind};

#[test]
fn every_row_round_trips() {
    assert_eq!(Hostile::ALL.len(), Hostile::COUNT);
    for &code in Hostile::ALL {
        assert!(code.is_known());
        assert_eq!(Hostile::from_code(code.code()), Some(code));
        assert_eq!(Hostile::from(code.code()), code);
        assert_eq!(u32::from(code), code.code());
        assert_eq!(Hostile::from_name(code.name()), Some(code));
        assert_eq!(code.name().parse::<Hostile>(), Ok(code));
    }
}

#[test]
fn strings_come_out_verbatim() {
    assert_eq!(
        Hostile::from(0).message(),
        "Everything is {} fine %s %d {0} {name}"
    );
    assert_eq!(
        Hostile::from(0).to_string(),
        "Everything is {} fine %s %d {0} {name}"
    );
    assert_eq!(
        Hostile::from(u32::MAX).message(),
        r#"The "largest" code */ /* {{}} \n \ end"#
    );
    assert_eq!(
        Hostile::from(7).message(),
        "line one\nline two\r\n  indented"
    );
    assert_eq!(
        Hostile::from(8).message(),
        "bidi \u{202e}evil\u{202c} and \u{2066}isolate\u{2069} controls"
    );
    assert_eq!(Hostile::from(10).message(), "unicode: 日本語 — ümlaut — 🎉");
    assert_eq!(Hostile::from(13).name(), "name with spaces");
    assert_eq!(Hostile::from(13), Hostile::NameWithSpaces);
}

#[test]
fn extreme_codes() {
    assert_eq!(Hostile::from(0), Hostile::Ok);
    assert_eq!(Hostile::from(u32::MAX), Hostile::MaxCode);
    assert_eq!(Hostile::Ok.code(), 0);
    assert_eq!(Hostile::MaxCode.code(), u32::MAX);
}

#[test]
fn unknown_codes_are_kept() {
    for raw in [1, 6, 14, 99_999, 100_499, u32::MAX - 1] {
        let code = Hostile::from(raw);
        assert_eq!(code, Hostile::Unknown(raw));
        assert!(!code.is_known());
        assert_eq!(code.code(), raw);
        assert_eq!(u32::from(code), raw);
        assert_eq!(code.message(), "");
        assert_eq!(code.name(), "");
        assert_eq!(code.to_string(), format!("unknown code {raw}"));
        assert_eq!(Hostile::from_code(raw), None);
    }
}

#[test]
fn display_falls_back_to_the_name_and_pads() {
    assert_eq!(Hostile::from(11).message(), "");
    assert_eq!(Hostile::from(11).to_string(), "EMPTY_MESSAGE");
    assert_eq!(format!("[{:>8}]", Hostile::from(13)), "[name with spaces]");
    assert_eq!(
        format!("[{:<18}]", Hostile::from(13)),
        "[name with spaces  ]"
    );
}

#[test]
fn names_are_exact() {
    assert_eq!(Hostile::from_name("OK"), Some(Hostile::Ok));
    assert_eq!(Hostile::from_name("ok"), None);
    assert_eq!(Hostile::from_name("Ok"), None);
    assert_eq!(Hostile::from_name(""), None);
    // A row without a name is named by its variant.
    assert_eq!(Hostile::from(10).name(), "Unicode");
    let error = "NOPE".parse::<Hostile>().unwrap_err();
    assert_eq!(error.input(), "NOPE");
    assert_eq!(
        error.to_string(),
        "\"NOPE\" is not the name of a Hostile code"
    );
}

#[test]
fn categories_from_rows_and_ranges() {
    use codes::HostileCategory;
    assert_eq!(
        HostileCategory::ALL,
        [HostileCategory::General, HostileCategory::Things]
    );
    assert_eq!(HostileCategory::Things.name(), "things");
    assert_eq!(HostileCategory::Things.to_string(), "things");
    assert_eq!(HostileCategory::Things.description(), "Range of {} things");
    assert_eq!(HostileCategory::General.description(), "");
    assert_eq!(Hostile::from(0).category(), Some(HostileCategory::General));
    assert!(Hostile::from(0).is_general());
    assert_eq!(Hostile::from(7).category(), None);
    // Inherited from the range, for listed and unlisted codes alike.
    assert!(Hostile::from(100_500).is_things());
    assert!(Hostile::from(100_999).is_things());
    assert!(!Hostile::from(101_000).is_things());
    // An explicit column wins over the range.
    assert!(Hostile::from(100_501).is_general());
}

#[test]
fn classification_from_rows_ranges_and_inference() {
    assert_eq!(Hostile::from(0).kind(), Kind::Ok);
    assert_eq!(Hostile::from(0).http_status(), Some(200));
    assert!(Hostile::from(0).is_success());
    // Nothing said: unknown kind, no status.
    assert_eq!(Hostile::from(7).kind(), Kind::Unknown);
    assert_eq!(Hostile::from(7).http_status(), None);
    assert!(!Hostile::from(7).is_retryable());
    // The range's status, and the kind it implies.
    assert_eq!(Hostile::from(100_500).http_status(), Some(418));
    assert_eq!(Hostile::from(100_500).kind(), Kind::InvalidArgument);
    assert_eq!(Hostile::from(100_777).http_status(), Some(418));
    // The row's own status wins and implies its kind; retry overridden.
    assert_eq!(Hostile::from(100_501).http_status(), Some(503));
    assert_eq!(Hostile::from(100_501).kind(), Kind::Unavailable);
    assert!(!Hostile::from(100_501).is_retryable());
}

#[test]
fn the_code_trait_agrees_with_the_inherent_methods() {
    fn check<C: Code<Repr = u32>>(
        raw: u32,
    ) -> (u32, &'static str, &'static str, bool, Kind, Option<u16>) {
        let code = C::from(raw);
        assert_eq!(C::from_code(raw).is_some(), code.is_known());
        (
            code.code(),
            code.message(),
            code.name(),
            code.is_retryable(),
            code.kind(),
            code.http_status(),
        )
    }
    for raw in [0, 7, 12, 100_500, 100_501, 555, u32::MAX] {
        let code = Hostile::from(raw);
        assert_eq!(
            check::<Hostile>(raw),
            (
                code.code(),
                code.message(),
                code.name(),
                code.is_retryable(),
                code.kind(),
                code.http_status()
            )
        );
    }
    assert_eq!(<Hostile as Code>::TABLE, "tests/tables/hostile.csv");
    assert_eq!(<Hostile as Code>::all(), Hostile::ALL);
}

#[test]
fn methods_are_const() {
    const CODE: Hostile = match Hostile::from_code(9) {
        Some(code) => code,
        None => Hostile::Unknown(9),
    };
    const MESSAGE: &str = CODE.message();
    const KNOWN: bool = CODE.is_known();
    const _: () = assert!(KNOWN);
    assert!(MESSAGE.starts_with("`ticks`"));
}

#[test]
fn checked_macro_in_expressions_and_patterns() {
    // A pub(crate) enum's macro is re-imported beside it, reachable by path.
    let code = codes::hostile!(100500);
    assert_eq!(code, Hostile::InRange);
    let described = match Hostile::from(0) {
        codes::hostile!(4294967295) => "max",
        codes::hostile!(0) => "ok",
        _ => "other",
    };
    assert_eq!(described, "ok");
    assert!(codes::private_macro_works_in_its_module());
}

#[test]
#[allow(deprecated)]
fn deprecated_variants_are_still_complete() {
    let old = Hostile::from(12);
    assert_eq!(old, Hostile::Old);
    assert_eq!(old.message(), "Old code, do not use");
}

#[test]
fn hash_and_eq_follow_the_variant() {
    use std::collections::HashSet;
    let set: HashSet<Hostile> = Hostile::ALL
        .iter()
        .copied()
        .chain([Hostile::Unknown(5)])
        .collect();
    assert_eq!(set.len(), Hostile::COUNT + 1);
    assert!(set.contains(&Hostile::from(5)));
}

#[test]
fn debug_is_the_variant_name_as_derived() {
    assert_eq!(format!("{:?}", Hostile::from(0)), "Ok");
    assert_eq!(format!("{:?}", Hostile::from(13)), "NameWithSpaces");
    assert_eq!(format!("{:?}", Hostile::from(5)), "Unknown(5)");
    assert_eq!(format!("{:#?}", Hostile::from(5)), "Unknown(\n    5,\n)");
    assert_eq!(
        format!("{:?}", Some(Hostile::from(u32::MAX))),
        "Some(MaxCode)"
    );
}

/// Every visibility an item can have, each with its checked macro where
/// that visibility puts it.
mod visibilities {
    pub(crate) mod outer {
        pub(crate) mod inner {
            codetables::include_codes! {
                #[codes(module = crate::numeric::visibilities::outer::inner)]
                pub(super) enum ForParent = "tests/tables/small.csv";
            }
            codetables::include_codes! {
                #[codes(module = crate::numeric::visibilities::outer::inner)]
                pub(in crate::numeric::visibilities) enum ForGrandparent = "tests/tables/small.csv";
            }
            codetables::include_codes! {
                pub(self) enum ForSelf = "tests/tables/small.csv";
            }

            pub(crate) fn own_macro() -> bool {
                ForSelf::from(1) == for_self!(1)
            }
        }

        pub(crate) fn parent_reaches_its_macro() -> bool {
            inner::ForParent::from(2) == inner::for_parent!(2)
        }
    }

    #[test]
    fn restricted_visibilities_reach_as_far_as_they_say() {
        assert!(outer::parent_reaches_its_macro());
        assert!(outer::inner::own_macro());
        assert_eq!(
            outer::inner::ForGrandparent::from(1),
            outer::inner::for_grandparent!(1)
        );
    }
}
