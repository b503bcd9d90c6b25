use super::*;

fn derived(name: Option<&str>, message: &str) -> Result<String, String> {
    variant(None, name, message)
        .map(|d| d.variant)
        .map_err(|unusable| unusable.message)
}

#[test]
fn names_become_upper_camel_case() {
    let cases = [
        ("CONN_TOKEN_INVALID", "ConnTokenInvalid"),
        (
            "MODEL_TRAINING_ONE_VS_N_SINGLE_CLASS",
            "ModelTrainingOneVsNSingleClass",
        ),
        ("SUCCESS", "Success"),
        (
            "PASSWORDPOLICY_INVALID_ARGUMENT",
            "PasswordpolicyInvalidArgument",
        ),
        ("already_camel", "AlreadyCamel"),
    ];
    for (name, expected) in cases {
        assert_eq!(derived(Some(name), "ignored").as_deref(), Ok(expected));
    }
}

#[test]
fn messages_become_names_without_placeholders() {
    let cases = [
        ("CampaignId not exists.", "CampaignIdNotExists"),
        (
            "helixBucketName:[%s] max size is 255.",
            "HelixBucketNameMaxSizeIs255",
        ),
        (
            "The annotaion/check/sampling/algorithm pool can output only one edge.",
            "TheAnnotaionCheckSamplingAlgorithmPoolCanOutputOnlyOneEdge",
        ),
        ("Value {} of {field} is %05d wrong", "ValueOfIsWrong"),
        ("Unbalanced { brace", "UnbalancedBrace"),
        // ASCII messages keep every clause, as they always did.
        (
            "Invalid value, try again: later",
            "InvalidValueTryAgainLater",
        ),
    ];
    for (message, expected) in cases {
        assert_eq!(derived(None, message).as_deref(), Ok(expected), "{message}");
    }
}

#[test]
fn any_script_keeps_its_letters_and_drops_punctuation() {
    let cases = [
        (Some("ÉCHEC_ÜBER_ÅNGSTRÖM"), "", "ÉchecÜberÅngström"),
        (None, "未找到请求的资源", "未找到请求的资源"),
        (None, "ошибка авторизации", "ОшибкаАвторизации"),
        (None, "无效的企业ID", "无效的企业Id"),
        // Marks inside words survive (heck alone would drop the virama).
        (None, "त्रुटि हुई", "त्रुटिहुई"),
        // Full-width letters and digits are read as ASCII; emoji dropped.
        (None, "参数错误１２🎉", "参数错误12"),
        (Some("ＴＯＫＥＮ＿ＥＸＰＩＲＥＤ"), "", "TokenExpired"),
        // A cased word next to a caseless one starts a new word.
        (None, "不合法的access_token", "不合法的AccessToken"),
        (None, "ｶﾀｶﾅ", "カタカナ"),
    ];
    for (name, message, expected) in cases {
        assert_eq!(
            derived(name, message).as_deref(),
            Ok(expected),
            "{name:?} {message}"
        );
    }
}

#[test]
fn long_non_ascii_messages_keep_their_first_clause() {
    let derived = variant(
        None,
        None,
        "企业未开通该功能，请联系管理员开通（错误码：%s）",
    )
    .unwrap();
    assert_eq!(derived.variant, "企业未开通该功能");
    assert_eq!(derived.origin, Origin::Message);
    assert_eq!(
        derived.whole.as_deref(),
        Some("企业未开通该功能请联系管理员开通错误码")
    );
    // One clause: nothing to fall back on.
    let single = variant(None, None, "系统繁忙").unwrap();
    assert_eq!((single.variant.as_str(), single.whole), ("系统繁忙", None));
    // A leading clause without words is skipped.
    assert_eq!(
        variant(None, None, "（旧）参数错误，请检查")
            .unwrap()
            .variant,
        "旧"
    );
    let french = variant(
        None,
        None,
        "Échec de l'authentification. Réessayez plus tard.",
    )
    .unwrap();
    assert_eq!(french.variant, "ÉchecDeLAuthentification");
}

#[test]
fn explicit_variants_are_verbatim_but_checked() {
    assert_eq!(
        variant(Some("HTTPError"), Some("x"), "y"),
        Ok(Derived {
            variant: "HTTPError".to_owned(),
            origin: Origin::Variant,
            whole: None
        })
    );
    let error = variant(Some("not_found"), None, "").unwrap_err().message;
    assert!(error.contains("write it like `NotFound`"), "{error}");
    assert!(variant(Some("Self"), None, "").is_err());
    assert!(variant(Some("r#Match"), None, "").is_err());
    assert_eq!(variant(Some("Café"), None, "").unwrap().variant, "Café");
    assert_eq!(variant(Some("未找到"), None, "").unwrap().variant, "未找到");
    // Decomposed `é` is stored composed, as rustc reads it.
    assert_eq!(
        variant(Some("Cafe\u{301}"), None, "").unwrap().variant,
        "Café"
    );
    let error = variant(Some("Ｘ"), None, "").unwrap_err().message;
    assert!(error.contains("`uncommon_codepoints`"), "{error}");
}

#[test]
fn names_that_cannot_become_identifiers_get_a_suggestion() {
    let error = derived(Some("404_NOT_FOUND"), "").unwrap_err();
    assert_eq!(error, "name `404_NOT_FOUND` makes the variant `404NotFound`, which starts with a digit; give the row a `variant`, such as `Code404NotFound`");
    let error = derived(Some("self"), "").unwrap_err();
    assert!(error.contains("such as `SelfCode`"), "{error}");
    let error = derived(None, "...").unwrap_err();
    assert!(error.contains("no letters or digits"), "{error}");
    let error = derived(None, "🎉！").unwrap_err();
    assert!(error.contains("no letters or digits"), "{error}");
    let error = derived(None, "").unwrap_err();
    assert!(error.contains("empty message"), "{error}");
    // A character rustc warns about, named with its code point.
    let error = derived(None, "x\u{2D30}y").unwrap_err();
    assert!(error.contains("(U+2D30)"), "{error}");
}

#[test]
fn categories_and_columns_are_snake_case_in_any_script() {
    for good in ["model_evaluation", "用户管理", "ошибки_сети", "v2"] {
        assert_eq!(snake_problem(good), None, "{good}");
    }
    for bad in ["", "_x", "x_", "a__b", "1a", "Model", "a-b", "ｘ"] {
        assert!(snake_problem(bad).is_some(), "{bad}");
    }
    assert_eq!(snake_case("Doc URL"), "doc_url");
    assert_eq!(snake_case("解决 方案"), "解决_方案");
    assert_eq!(own_column_problem("solution"), None);
    assert_eq!(own_column_problem("解决方案"), None);
    for clash in ["code", "kind", "category", "clone", "to_string", "type"] {
        assert!(own_column_problem(clash).is_some(), "{clash}");
    }
}

#[test]
fn macro_and_category_names() {
    assert_eq!(macro_name("StardustRosetta"), "stardust_rosetta");
    assert_eq!(macro_name("AiGateway"), "ai_gateway");
    assert_eq!(macro_name("Crate"), "crate_");
    assert_eq!(macro_name("Type"), "type_");
    assert_eq!(macro_name("WeChat"), "we_chat");
    assert_eq!(macro_name("钉钉"), "钉钉");
    assert_eq!(category_variant("model_evaluation"), "ModelEvaluation");
    assert_eq!(category_variant("用户管理"), "用户管理");
}
