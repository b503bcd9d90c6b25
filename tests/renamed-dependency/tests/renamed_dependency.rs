//! A user who depends on codetables under another name
//! (`renamed_codetables = { package = "codetables", … }`) points the
//! generated code at it with `#[codes(crate = …)]`, in both forms.

renamed_codetables::include_codes! {
    /// Clarifai's codes, through the renamed crate.
    #[codes(crate = ::renamed_codetables, envelope(code = "status.code", message = "status.description"))]
    pub enum Clarifai = "../../tables/clarifai.csv";

    /// Text codes, with serde's form of the option.
    #[codes(text, crate = "renamed_codetables")]
    pub enum Stripe = "../../tests/tables/stripe.csv";
}

use renamed_codetables::Code;

#[test]
fn the_generated_code_reaches_the_renamed_crate() {
    assert_eq!(Clarifai::from(10000u32), clarifai!(10000));
    assert_eq!(
        Clarifai::from(10000u32).kind(),
        renamed_codetables::Kind::Ok
    );
    assert_eq!(<Clarifai as Code>::SHAPE.code, ["status", "code"]);
    let body = br#"{"status": {"code": 11102, "description": "Invalid request"}}"#;
    let error = renamed_codetables::Envelope::<Clarifai, ()>::from_json(body)
        .expect("a Clarifai body")
        .into_result()
        .expect_err("an error");
    assert_eq!(error.code(), Clarifai::from(11102u32));
    assert_eq!(Stripe::from("card_declined"), stripe!("card_declined"));
    assert_eq!(
        serde_json::to_string(&Stripe::from("new_code"))
            .ok()
            .as_deref(),
        Some("\"new_code\"")
    );
}
