//! A user crate built by `.ci/release-checks` against the packaged crates
//! (unpacked, `[patch.crates-io]`): its own table through `include_codes!`,
//! a bundled one through `codetables::vendors`, and with feature `all`
//! (codetables' `serde`, `http` and `axum`) a decoded response body.

#![deny(warnings)]

codetables::include_codes! {
    /// The codes of our own API.
    pub enum Ours = "tables/ours.csv";
}

use codetables::vendors::Clarifai;
use codetables::Kind;

fn main() {
    assert_eq!(Ours::from(1002u32), ours!(1002));
    assert_eq!(ours!(1002).http_status(), Some(429));
    assert!(ours!(1002).is_quota());
    assert_eq!(Ours::from(7u32).kind(), Kind::Unknown);
    assert_eq!(Clarifai::from(10000u32).kind(), Kind::Ok);
    assert!(!Clarifai::from(11102u32).message().is_empty());
    #[cfg(feature = "all")]
    {
        use codetables::Code;

        let body = br#"{"status": {"code": 11102, "description": "Invalid request"}}"#;
        let error = codetables::Envelope::<Clarifai, ()>::from_json(body)
            .expect("a Clarifai body")
            .into_result()
            .expect_err("an error");
        assert_eq!(error.code(), Clarifai::from(11102u32));
        assert_eq!(ours!(1001).status_code().map(|status| status.as_u16()), Some(401));
    }
    println!("{} / {}", ours!(1001), Clarifai::from(11102u32));
}
