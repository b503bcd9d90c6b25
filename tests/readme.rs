//! The README's quick start, compiled and run as written there (its table
//! is `tests/tables/status.csv`), and the tables the guide's chapters show
//! (`docs/*.md`, whose examples are doctests) with more of their behaviour.

codetables::include_codes! {
    /// The statuses my client handles.
    pub enum Status = "tests/tables/status.csv";
}

fn handle(raw: u32) -> Result<(), String> {
    let status = Status::from(raw);
    match status {
        status!(10000) => Ok(()),
        status!(11001) => Err("log in again".into()),
        _ if status.is_retryable() => Err(format!("{status}: retrying")),
        _ => Err(format!("error {}: {status}", status.code())),
    }
}

#[test]
fn quick_start_behaves_as_the_readme_says() {
    assert_eq!(handle(10000), Ok(()));
    assert_eq!(handle(11001), Err("log in again".to_owned()));
    assert_eq!(
        handle(11005),
        Err("Throttler and billing stuff; making too many requests: retrying".to_owned())
    );
    assert_eq!(handle(42), Err("error 42: unknown code 42".to_owned()));
    let unknown = Status::from(11999);
    assert_eq!(unknown, Status::Unknown(11999));
    assert!(unknown.is_connection());
    assert_eq!(unknown.to_string(), "unknown code 11999");
}

/// "Your own vendor" (`docs/own-vendor.md`): its CSV block is
/// `docs/tables/wechat.csv`, and its code behaves as the chapter says.
mod your_own_vendor {
    codetables::include_codes! {
        /// The vendor's global return codes.
        #[codes(columns(solution))]
        pub enum WeChat = "docs/tables/wechat.csv";
    }

    fn next_step(errcode: i64) -> String {
        let code = WeChat::from(errcode); // `i64`: the table has `-1`
        match code {
            we_chat!(0) => "done".to_owned(),
            we_chat!(-1) => "retry later".to_owned(),
            _ => format!("{code}: {}", code.solution().unwrap_or("see the docs")),
        }
    }

    #[test]
    fn the_guide_shows_this_table() {
        let chapter = include_str!("../docs/own-vendor.md");
        let block = chapter.split("```csv\n").nth(1).unwrap();
        let block = &block[..block.find("```").unwrap()];
        assert_eq!(block, include_str!("../docs/tables/wechat.csv"));
    }

    #[test]
    fn your_own_vendor_behaves_as_the_guide_says() {
        assert_eq!(next_step(0), "done");
        assert_eq!(next_step(-1), "retry later");
        assert_eq!(next_step(42001), "access_token 超时: 重新获取 access_token");
        assert_eq!(next_step(7), "unknown code 7: see the docs");
        assert!(WeChat::系统繁忙.is_retryable());
        assert_eq!(WeChat::系统繁忙.code(), -1);
        assert_eq!(WeChat::from(40001), WeChat::获取AccessToken时AppSecret错误);
        assert_eq!(WeChat::from(42001), WeChat::AccessToken超时);
        assert_eq!(WeChat::from(45009), WeChat::接口调用超过限制);
        assert_eq!(WeChat::from(0), WeChat::请求成功);
        let unlisted = WeChat::from(40099);
        assert_eq!(unlisted, WeChat::Unknown(40099));
        assert_eq!(unlisted.kind(), codetables::Kind::InvalidArgument);
        assert_eq!(unlisted.solution(), Some("检查请求参数"));
    }
}

/// "Vendors with text codes" (`docs/text-codes.md`): its CSV block is
/// `docs/tables/tencent.csv`, and its `match` does what it says.
mod vendors_with_text_codes {
    use codetables::Envelope;

    codetables::include_codes! {
        #[codes(text, envelope(
            code = "Response.Error.Code",
            message = "Response.Error.Message",
            request_id = "Response.RequestId",
            data = "Response",
        ))]
        pub enum Tencent = "docs/tables/tencent.csv";
    }

    fn next_step(body: &[u8]) -> Result<&'static str, String> {
        let error = Envelope::<Tencent, serde_json::Value>::from_json(body)
            .map_err(|e| e.to_string())?
            .into_result()
            .unwrap_err();
        Ok(match error.code() {
            tencent!("AuthFailure.SignatureExpire") => "resign and retry",
            code if code.is_auth_failure() => "reauthenticate",
            Tencent::Unknown(_) => "log the undocumented code",
            code => return Err(code.to_string()),
        })
    }

    #[test]
    fn the_match_does_what_the_guide_says() {
        let body = |code: &str| {
            format!(
                r#"{{"Response": {{"Error": {{"Code": "{code}", "Message": "m"}}, "RequestId": "ed93f3cb"}}}}"#
            )
        };
        let step = |code: &str| next_step(body(code).as_bytes());
        assert_eq!(step("AuthFailure.SignatureExpire"), Ok("resign and retry"));
        assert_eq!(step("AuthFailure.TokenFailure"), Ok("reauthenticate"));
        assert_eq!(step("Brand.New"), Ok("log the undocumented code"));
        assert_eq!(step("InternalError"), Err("Internal error.".to_owned()));
        assert!(!Tencent::from("invalidparameter").is_known());
    }
}

/// "Text codes": its CSV block is `tests/tables/readme_stripe.csv`, and its
/// assertions hold.
mod text_codes {
    use codetables::Kind;

    codetables::include_codes! {
        #[codes(text, envelope(code = "error.code", message = "error.message"))]
        pub enum Stripe = "tests/tables/readme_stripe.csv";
    }

    #[test]
    fn the_readme_shows_this_table_and_it_behaves_so() {
        let readme = include_str!("../README.md");
        let section = &readme[readme.find("## Text codes").unwrap()..];
        let block = section.split("```csv\n").nth(1).unwrap();
        let block = &block[..block.find("```").unwrap()];
        assert_eq!(block, include_str!("tables/readme_stripe.csv"));
        let code = Stripe::from("card_declined");
        assert_eq!(code, stripe!("card_declined"));
        assert_eq!(code.http_status(), Some(402));
        assert!(Stripe::from("invalid_currency").kind() == Kind::InvalidArgument);
        assert!(!Stripe::from("invalid_currency").is_known());
    }
}

/// "Response bodies": a declared WeChat shape, as the README writes it.
mod response_bodies {
    use codetables::Envelope;

    codetables::include_codes! {
        #[codes(envelope(code = "errcode", message = "errmsg", request_id = "log_id"))]
        enum WeChatApi = "examples/tables/wechat.csv";
    }

    #[derive(Debug, serde::Deserialize)]
    struct Profile {}

    #[test]
    fn the_error_reads_as_the_readme_says() {
        let body =
            br#"{"errcode": 45009, "errmsg": "reach max api daily quota limit", "log_id": 77}"#;
        let error = Envelope::<WeChatApi, Profile>::from_json(body)
            .unwrap()
            .into_result()
            .unwrap_err();
        assert!(error.is_retryable());
        let readme = include_str!("../README.md");
        let shown = format!("// {error}\n");
        assert!(readme.contains(&shown), "{shown}");
    }
}
