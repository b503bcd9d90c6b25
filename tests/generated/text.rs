//! Tables whose codes are text (`#[codes(text)]`): Stripe's
//! `card_declined`, Tencent Cloud's dotted `AuthFailure.SignatureExpire`
//! with `Prefix*` patterns. Every generated item, for listed and unlisted
//! codes.

use codetables::Code;

codetables::include_codes! {
    /// Stripe's error codes.
    #[codes(text)]
    pub enum Stripe = "tests/tables/stripe.csv";

    /// Tencent Cloud's common error codes.
    #[codes(text)]
    pub enum TencentCloud = "tests/tables/tencent_cloud.csv";

    /// Codes longer than a lookup key covers (40 bytes), two of which have
    /// equal keys: they differ only in byte 17, outside the key's words.
    #[codes(text)]
    pub enum Long = "tests/tables/long_text_codes.csv";

    /// 2,100 codes: lookups and `Clone` cross the generated code's blocks
    /// of 1,024 variants.
    #[codes(text)]
    pub enum Batch = "tests/tables/large/text_2100.csv";
}

#[test]
fn codes_longer_than_the_key_are_compared_byte_by_byte() {
    for variant in Long::ALL {
        assert_eq!(Long::from(variant.code()), *variant);
    }
    let first = Long::First.code();
    let mut changed = first.to_owned();
    changed.replace_range(30..31, "#");
    assert!(!Long::from(changed.as_str()).is_known());
    assert!(!Long::from(&first[..49]).is_known());
}

#[test]
fn every_variant_clones_and_looks_up_to_itself() {
    assert_eq!(Batch::COUNT, 2100);
    for (index, variant) in Batch::ALL.iter().enumerate() {
        assert_eq!(variant.clone(), *variant);
        assert_eq!(variant.code(), format!("Batch.Error{index}"));
        assert_eq!(Batch::from(variant.code()), *variant);
        assert_eq!(Batch::from_name(variant.name()), Some(variant.clone()));
    }
    let unknown = Batch::from("Batch.Error2100");
    assert_eq!(unknown.clone(), Batch::Unknown("Batch.Error2100".into()));
    assert!(unknown.is_batch());
    for variant in Stripe::ALL
        .iter()
        .chain([&Stripe::from("issuer_not_available")])
    {
        assert_eq!(&variant.clone(), variant);
    }
}

#[test]
fn codes_are_the_text_the_vendor_sends() {
    let declined = Stripe::from("card_declined");
    assert_eq!(declined, Stripe::CardDeclined);
    assert_eq!(declined.code(), "card_declined");
    assert_eq!(declined.name(), "card_declined");
    assert_eq!(declined.to_string(), "The card has been declined.");
    assert_eq!(declined.http_status(), Some(402));
    assert!(declined.is_card());
    assert_eq!(
        Stripe::from_code("card_declined"),
        Some(Stripe::CardDeclined)
    );
    assert_eq!(Stripe::from_code("Card_Declined"), None);
    assert_eq!(stripe!("rate_limit"), Stripe::RateLimit);
    assert!(stripe!("rate_limit").is_retryable());
    assert_eq!(Stripe::COUNT, 12);
    assert_eq!(Stripe::ALL[0], Stripe::CardDeclined);
    assert_eq!("expired_card".parse::<Stripe>(), Ok(Stripe::ExpiredCard));
}

#[test]
fn unknown_text_is_kept_exactly() {
    let sent = "card_velocity_exceeded \u{1F4B3} \"quoted\" {}";
    let unknown = Stripe::from(sent);
    assert!(!unknown.is_known());
    assert_eq!(unknown.code(), sent);
    assert_eq!(unknown.to_string(), format!("unknown code {sent}"));
    assert_eq!((unknown.message(), unknown.name()), ("", ""));
    assert_eq!(unknown.kind(), codetables::Kind::Unknown);
    match &unknown {
        Stripe::Unknown(text) => assert_eq!(text, sent),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        Stripe::from(String::from("resource_missing")),
        Stripe::ResourceMissing
    );
    // Case and spelling matter: two codes.
    assert!(!Stripe::from("Rate_Limit").is_known());
}

#[test]
fn patterns_classify_listed_and_unlisted_codes_by_the_longest_prefix() {
    let expired = TencentCloud::from("AuthFailure.SignatureExpire");
    assert_eq!(expired, TencentCloud::AuthFailureSignatureExpire);
    assert_eq!(expired.kind(), codetables::Kind::Unauthenticated);
    assert_eq!(expired.http_status(), Some(401));
    assert!(expired.is_auth_failure());
    // Its own row wins over the pattern.
    let unauthorized = TencentCloud::AuthFailureUnauthorizedOperation;
    assert_eq!(unauthorized.kind(), codetables::Kind::PermissionDenied);
    assert_eq!(unauthorized.http_status(), Some(403));
    // Unlisted codes, classified by their patterns.
    let unlisted = TencentCloud::from("AuthFailure.TokenFailure");
    assert!(!unlisted.is_known());
    assert_eq!(unlisted.kind(), codetables::Kind::Unauthenticated);
    assert!(unlisted.is_auth_failure());
    let quota = TencentCloud::from("LimitExceeded.InstanceQuota");
    assert!(quota.is_retryable());
    assert_eq!(quota.http_status(), Some(429));
    // `InvalidParameter` is a code and a prefix.
    assert!(TencentCloud::from("InvalidParameter").is_known());
    assert_eq!(
        TencentCloud::from("InvalidParameter.KMSKeyId.NotFound").kind(),
        codetables::Kind::InvalidArgument
    );
    assert_eq!(
        TencentCloud::from("Nothing.Like.It").kind(),
        codetables::Kind::Unknown
    );
    assert_eq!(
        tencent_cloud!("SecurityRisk.3DVerification"),
        TencentCloud::SecurityRisk3DVerification
    );
}

#[test]
fn checked_macro_in_patterns() {
    let code = Stripe::from("expired_card");
    let advice = match code {
        stripe!("card_declined") | stripe!("expired_card") => "ask for another card",
        Stripe::Unknown(_) => "log it",
        _ => "report",
    };
    assert_eq!(advice, "ask for another card");
}

#[test]
fn generic_code_serves_text_tables() {
    fn describe<C: Code>(code: &C) -> String {
        format!(
            "{} ({:?}, retry: {})",
            code.code(),
            code.kind(),
            code.is_retryable()
        )
    }
    assert_eq!(
        describe(&Stripe::RateLimit),
        "rate_limit (ResourceExhausted, retry: true)"
    );
    assert_eq!(
        describe(&Stripe::from("new_code")),
        "new_code (Unknown, retry: false)"
    );
    let raw: <Stripe as Code>::Repr = "card_declined".into();
    assert_eq!(Stripe::from(raw), Stripe::CardDeclined);
    let back: std::borrow::Cow<'static, str> = Stripe::CardDeclined.into();
    assert!(matches!(back, std::borrow::Cow::Borrowed("card_declined")));
}

#[test]
fn serde_as_the_text() {
    assert_eq!(
        serde_json::to_string(&Stripe::CardDeclined).unwrap(),
        "\"card_declined\""
    );
    let unknown: Stripe = serde_json::from_str("\"brand_new\"").unwrap();
    assert_eq!(unknown, Stripe::from("brand_new"));
    assert_eq!(serde_json::to_string(&unknown).unwrap(), "\"brand_new\"");
    let known: TencentCloud = serde_json::from_str("\"InternalError\"").unwrap();
    assert_eq!(known, TencentCloud::InternalError);
}
