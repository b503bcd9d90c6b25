//! The generated code is quiet under the strictest rustc lints, for every
//! visibility, with deprecated variants, hostile strings and ranges.
#![deny(warnings, missing_docs, unsafe_code, unused, nonstandard_style, rust_2018_idioms)]
#![deny(unreachable_pub, missing_debug_implementations, trivial_casts, unused_qualifications)]

codetables::include_codes! {
    /// Hostile strings, public.
    pub enum Hostile = "tables/hostile.csv";
}

mod private {
    codetables::include_codes! {
        enum Hidden = "tables/hostile.csv";
    }
    codetables::include_codes! {
        #[codes(module = crate::private)]
        pub(crate) enum Crate = "tables/valid.csv";
    }

    pub(crate) fn hidden() -> bool {
        hidden!(0) == Hidden::from(0)
    }
}

/// Uses a deprecated code knowingly.
#[allow(deprecated)]
pub fn old() -> Hostile {
    Hostile::Old
}

fn main() {
    assert_eq!(hostile!(0), Hostile::Ok);
    assert!(old().is_known());
    assert_eq!(private::crate_!(1).code(), 1);
    assert!(private::hidden());
}
