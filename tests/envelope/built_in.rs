//! `Envelope` on every response shape of the seeds, on codes as numbers,
//! strings and names, on bodies that disagree with the table, and on broken
//! bodies (errors, never panics).

use crate::mutate;

use codetables::vendors::{AiGateway, Clarifai, StardustProject, StardustRosetta};
use codetables::{ApiError, Code, Envelope, Kind};
use serde::Deserialize;
use serde_json::{json, Value};

fn seed(prefix: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let path = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .unwrap();
    std::fs::read_to_string(path).unwrap()
}

/// The JSON objects a seed page shows as examples (top-level `{ … }` blocks).
fn json_examples(page: &str) -> Vec<Value> {
    let mut examples = Vec::new();
    let mut block = String::new();
    for line in page.lines() {
        if line.starts_with('{') {
            block.clear();
        }
        block.push_str(line);
        block.push('\n');
        if line.starts_with('}') {
            examples.push(serde_json::from_str(&block).unwrap());
        }
    }
    examples
}

fn decode<C: Code, T: for<'de> Deserialize<'de>>(body: &Value) -> Envelope<C, T> {
    Envelope::from_json(body.to_string().as_bytes()).unwrap()
}

#[test]
fn stardust_rosetta_examples_of_both_page_versions() {
    for page in ["000", "001"] {
        let examples = json_examples(&seed(page));
        assert_eq!(examples.len(), 2, "seed {page}");
        for example in &examples {
            let result = decode::<StardustRosetta, Option<Value>>(example).into_result();
            match example["code"].as_u64().unwrap() {
                2000 => assert_eq!(result, Ok(None)),
                5000 => {
                    let error = result.unwrap_err();
                    assert_eq!(error.code(), StardustRosetta::ServiceHiccuped);
                    assert_eq!(error.message(), "Service hiccuped, please try again later");
                    assert_eq!(error.request_id(), Some("7610aa38c0fc409d98c827a879d9cae5"));
                    assert_eq!(error.date(), Some("2025-03-13 20:00:00"));
                    assert!(error.is_retryable());
                }
                other => panic!("unexpected example {other}"),
            }
        }
    }
}

#[test]
fn stardust_project_examples() {
    let examples = json_examples(&seed("002"));
    assert_eq!(examples.len(), 3);
    for example in &examples {
        let error = decode::<StardustProject, Option<Value>>(example)
            .into_result()
            .unwrap_err();
        let code = u32::try_from(example["code"].as_u64().unwrap()).unwrap();
        assert_eq!(error.code(), StardustProject::from(code));
        assert!(error.code().is_known());
        assert_eq!(error.message(), example["message"].as_str().unwrap());
        // The examples send empty strings: nothing to report.
        assert_eq!(error.request_id(), None);
        assert_eq!(error.date(), None);
        assert_eq!(
            error.code().http_status(),
            Some(u16::try_from(code).unwrap())
        );
    }
}

#[derive(Debug, PartialEq, Deserialize)]
struct Task {
    task_id: String,
}

#[test]
fn ai_gateway_flat_body_with_msg() {
    let ok = json!({"code": 0, "msg": "Success", "data": {"task_id": "t-1"}});
    assert_eq!(
        decode::<AiGateway, Task>(&ok).into_result(),
        Ok(Task {
            task_id: "t-1".into()
        })
    );
    let failure =
        json!({"code": 401002, "msg": "Unauthorized (Invalid API Key/Token)", "data": null});
    let error = decode::<AiGateway, Task>(&failure)
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), AiGateway::InvalidApiKey);
    assert_eq!(error.code().kind(), Kind::Unauthenticated);
    assert_eq!(error.message(), "Unauthorized (Invalid API Key/Token)");
    // An unlisted code in a documented range: kept, and classified.
    let unlisted = json!({"code": 429007, "msg": "slow down"});
    let error = decode::<AiGateway, Task>(&unlisted)
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), AiGateway::Unknown(429007));
    assert!(error.is_retryable());
    assert_eq!(error.message(), "slow down");
}

#[derive(Debug, PartialEq, Deserialize)]
struct Outputs {
    outputs: Vec<Value>,
}

#[test]
fn clarifai_nested_status_with_the_rest_as_data() {
    let ok = json!({
        "status": {"code": 10000, "description": "Ok", "req_id": "r-1"},
        "outputs": [{"id": "o-1"}]
    });
    let envelope = decode::<Clarifai, Outputs>(&ok);
    assert_eq!(envelope.request_id(), Some("r-1"));
    assert_eq!(
        envelope.into_result().unwrap().outputs,
        [json!({"id": "o-1"})]
    );

    // The payload read as it streams (status first) or kept until the status
    // arrives (status last), and as an `Option`.
    let status_last = r#"{"outputs": [{"id": "o-2"}], "status": {"code": 10000}}"#;
    let envelope = Envelope::<Clarifai, Outputs>::from_json(status_last.as_bytes()).unwrap();
    assert_eq!(
        envelope.into_result().unwrap().outputs,
        [json!({"id": "o-2"})]
    );
    let optional = decode::<Clarifai, Option<Outputs>>(&ok)
        .into_result()
        .unwrap();
    assert_eq!(optional.unwrap().outputs.len(), 1);
    let broken = r#"{"status": {"code": 10000}, "outputs": 7}"#;
    let error = Envelope::<Clarifai, Outputs>::from_json(broken.as_bytes()).unwrap_err();
    assert_eq!(error.column(), broken.len() - 1, "{error}");

    let failure = json!({
        "status": {
            "code": 11001,
            "description": "Invalid authentication token used",
            "details": "token expired at 12:00",
            "req_id": "r-2"
        }
    });
    let error = decode::<Clarifai, Outputs>(&failure)
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), Clarifai::ConnTokenInvalid);
    assert_eq!(error.details(), Some("token expired at 12:00"));
    assert_eq!(error.request_id(), Some("r-2"));
    assert_eq!(
        error.to_string(),
        "error 11001 CONN_TOKEN_INVALID: Invalid authentication token used (token expired at 12:00) [request r-2]"
    );
    // Pending is not a success: the client polls.
    let pending =
        json!({"status": {"code": 21101, "description": "Custom model is currently training"}});
    let error = decode::<Clarifai, Outputs>(&pending)
        .into_result()
        .unwrap_err();
    assert_eq!(error.code().kind(), Kind::Pending);
    assert!(error.is_retryable());
}

#[test]
fn codes_as_numbers_numeric_strings_and_names() {
    for code in [json!(11001), json!("11001"), json!("CONN_TOKEN_INVALID")] {
        let body = json!({"status": {"code": code}});
        let envelope = decode::<Clarifai, Option<Value>>(&body);
        assert_eq!(envelope.code(), Clarifai::ConnTokenInvalid, "{code}");
    }
    let flat = json!({"code": "2000", "success": true});
    assert_eq!(decode::<StardustRosetta, ()>(&flat).into_result(), Ok(()));
}

#[test]
fn the_success_flag_wins_over_the_table() {
    // An unlisted code the server says is a success.
    let body = json!({"code": 2001, "data": [1, 2], "success": true});
    assert_eq!(
        decode::<StardustRosetta, Vec<u8>>(&body).into_result(),
        Ok(vec![1, 2])
    );
    // The table's success code, but the server says it failed.
    let body = json!({"code": 2000, "message": "partial outage", "success": false});
    let error = decode::<StardustRosetta, Option<Value>>(&body)
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), StardustRosetta::Success);
    assert_eq!(error.message(), "partial outage");
    // Without a flag, the table decides.
    let body = json!({"code": 51006});
    assert!(decode::<StardustRosetta, Option<Value>>(&body)
        .into_result()
        .is_err());
}

#[test]
fn success_without_data_only_where_the_payload_can_be_absent() {
    let body = json!({"code": 2000, "data": null, "success": true});
    assert_eq!(
        decode::<StardustRosetta, Option<Task>>(&body).into_result(),
        Ok(None)
    );
    assert_eq!(decode::<StardustRosetta, ()>(&body).into_result(), Ok(()));
    let error =
        Envelope::<StardustRosetta, Task>::from_json(body.to_string().as_bytes()).unwrap_err();
    assert!(
        error.to_string().contains("success without `data`"),
        "{error}"
    );
    let bare = json!({"status": {"code": 10000}});
    assert_eq!(
        decode::<Clarifai, Option<Outputs>>(&bare).into_result(),
        Ok(None)
    );
}

#[test]
fn an_error_payload_of_another_shape_does_not_hide_the_error() {
    // `data` before `code`, in a shape `Task` cannot read.
    let body = json!({"data": {"errors": ["x"]}, "code": 51006, "success": false});
    let error = decode::<StardustRosetta, Task>(&body)
        .into_result()
        .unwrap_err();
    assert_eq!(error.code(), StardustRosetta::CampaignIdNotExists);
    // And the same body decodes fine for a success read after the code.
    let body = r#"{"code": 2000, "success": true, "data": {"task_id": "t"}}"#;
    let envelope = Envelope::<StardustRosetta, Task>::from_json(body.as_bytes()).unwrap();
    assert_eq!(
        envelope.data(),
        Some(&Task {
            task_id: "t".into()
        })
    );
}

#[test]
fn unknown_codes_survive_decoding_and_encoding() {
    for raw in [0u32, 1, 99_999, 4_294_967_295] {
        let body = json!({"code": raw, "success": false});
        let error = decode::<StardustRosetta, Option<Value>>(&body)
            .into_result()
            .unwrap_err();
        assert_eq!(error.code().code(), raw);
        assert_eq!(serde_json::to_value(error.code()).unwrap(), json!(raw));
        let back: StardustRosetta = serde_json::from_value(json!(raw)).unwrap();
        assert_eq!(back, error.code());
    }
}

#[test]
fn code_enums_serialize_as_numbers_and_read_names_and_strings() {
    assert_eq!(
        serde_json::to_string(&Clarifai::ConnTokenInvalid).unwrap(),
        "11001"
    );
    let parsed: Vec<Clarifai> =
        serde_json::from_str(r#"[11001, "11001", "CONN_TOKEN_INVALID", 5]"#).unwrap();
    assert_eq!(
        parsed,
        [
            Clarifai::ConnTokenInvalid,
            Clarifai::ConnTokenInvalid,
            Clarifai::ConnTokenInvalid,
            Clarifai::Unknown(5)
        ]
    );
    for bad in [
        "-1",
        "4294967296",
        "1.5",
        "null",
        r#""NOPE""#,
        r#""""#,
        "[]",
    ] {
        let error = serde_json::from_str::<Clarifai>(bad).unwrap_err();
        assert!(!error.to_string().is_empty(), "{bad}");
    }
    let error = serde_json::from_str::<Clarifai>(r#""NOPE""#).unwrap_err();
    assert!(
        error.to_string().contains("unknown code name \"NOPE\""),
        "{error}"
    );
}

#[test]
fn malformed_bodies_are_errors_with_positions() {
    let cases: [&[u8]; 5] = [
        b"",
        b"{",
        b"{\"code\": -5}",
        b"{\"code\": 2000, \"success\": \"yes\"}",
        b"{\"status\": \"ok\"}",
    ];
    for body in cases {
        let error = Envelope::<StardustRosetta, Option<Value>>::from_json(body).unwrap_err();
        assert!(error.line() >= 1, "{error}");
    }
    // The built-in shapes read bodies as declared shapes do: a body
    // without a code is a success, its payload the body (or `data`).
    let codeless: [&[u8]; 5] = [
        b"[]",
        b"null",
        b"{\"data\": 1}",
        b"{\"code\": null}",
        b"{\"status\": {\"description\": \"no code\"}}",
    ];
    for body in codeless {
        let envelope = Envelope::<StardustRosetta, Option<Value>>::from_json(body).unwrap();
        assert!(envelope.is_success() && !envelope.has_code(), "{body:?}");
    }
    let error = Envelope::<StardustRosetta, Option<Value>>::from_json(
        b"{\n  \"code\": 2000,\n  \"success\": nope\n}",
    )
    .unwrap_err();
    assert_eq!(
        (error.line(), error.classify()),
        (3, serde_json::error::Category::Syntax)
    );
}

/// Bytes derived from the seed examples, mutated by a deterministic
/// generator: decoding never panics, and whatever decodes keeps the body's
/// code exactly.
#[test]
fn mutated_bodies_never_panic_and_keep_their_code() {
    let mut bodies: Vec<Vec<u8>> = json_examples(&seed("000"))
        .into_iter()
        .chain(json_examples(&seed("002")))
        .map(|v| v.to_string().into_bytes())
        .collect();
    bodies.push(br#"{"status":{"code":"CONN_THROTTLED","req_id":"x"},"outputs":[]}"#.to_vec());
    let mut random = mutate::Random(0x9e37_79b9);
    let mut decoded = 0;
    for round in 0..20_000 {
        let mut body = bodies[round % bodies.len()].clone();
        mutate::mutate(&mut random, &mut body);
        if let Ok(envelope) = Envelope::<StardustRosetta, Option<Value>>::from_json(&body) {
            decoded += 1;
            let value: Value = serde_json::from_slice(&body).unwrap();
            let code = envelope.code().code();
            // The code is at `code` or `status.code`; a name the table does
            // not list is kept as the server wrote it.
            let keeps = |sent: &Value| {
                sent.as_u64() == Some(u64::from(code))
                    || sent.as_str() == Some(&code.to_string())
                    || sent.as_str().is_some() && sent.as_str() == envelope.code_name()
            };
            // A body without one (a mutated key) decodes without a code.
            let sent_none = |sent: &Value| sent.is_null() || sent.as_str() == Some("");
            let codeless = !envelope.has_code()
                && sent_none(&value["code"])
                && sent_none(&value["status"]["code"]);
            assert!(
                codeless || keeps(&value["code"]) || keeps(&value["status"]["code"]),
                "{} decoded as {code}",
                String::from_utf8_lossy(&body)
            );
        }
    }
    assert!(decoded > 100, "{decoded}");
}

#[test]
fn api_errors_display_and_status_codes() {
    let error = ApiError::new(StardustRosetta::from(99_999))
        .with_message("nope")
        .with_request_id("r");
    assert_eq!(
        error.to_string(),
        "error 99999 (not in tables/stardust_rosetta.csv): nope [request r]"
    );
    let error = ApiError::new(StardustProject::NotFound);
    assert_eq!(error.message(), "Not Found, the resource is missing");
    assert_eq!(
        error.code().status_code(),
        Some(http::StatusCode::NOT_FOUND)
    );
    let boxed: Box<dyn std::error::Error> = Box::new(error);
    assert!(boxed.to_string().starts_with("error 404 "));
}

/// Structured fuzzing: random bodies of every shape, with codes known and
/// unknown, written as numbers, numeric strings or names, keys in random
/// order with extra keys: the code always comes back exactly, and encodes
/// back to the same number.
#[test]
fn random_envelopes_keep_their_code() {
    let mut state = 0x1234_5678_9abc_def1_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..5_000 {
        let raw: u32 = if next() % 2 == 0 {
            Clarifai::ALL[usize::try_from(next() % Clarifai::ALL.len() as u64).unwrap()].code()
        } else {
            u32::try_from(next() >> 32).unwrap()
        };
        let known = Clarifai::from(raw);
        let code = match next() % 3 {
            0 => json!(raw),
            1 => json!(raw.to_string()),
            _ if known.is_known() => json!(known.name()),
            _ => json!(raw),
        };
        let mut fields: Vec<(String, Value)> = vec![
            ("extra".into(), json!({"nested": [1, "two", null]})),
            ("message".into(), json!("m")),
            ("requestId".into(), json!(format!("r{}", next() % 100))),
        ];
        let nested = next() % 2 == 0;
        if nested {
            fields.push((
                "status".into(),
                json!({"code": code, "description": "d", "req_id": "q"}),
            ));
        } else {
            fields.push(("code".into(), code));
            fields.push(("data".into(), json!(null)));
        }
        // Shuffle the keys.
        for i in (1..fields.len()).rev() {
            fields.swap(i, usize::try_from(next() % (i as u64 + 1)).unwrap());
        }
        let body = Value::Object(fields.into_iter().collect());
        let envelope = decode::<Clarifai, Option<Value>>(&body);
        assert_eq!(envelope.code(), known, "{body}");
        assert_eq!(envelope.code().code(), raw);
        assert_eq!(serde_json::to_value(envelope.code()).unwrap(), json!(raw));
        assert_eq!(envelope.is_success(), known.is_success());
    }
}
