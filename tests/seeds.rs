//! The bundled tables against the vendor pages they come from (`seeds/`).
//!
//! Each test parses a seed page itself (no expectation is copied by hand)
//! and checks every code, message, name and section against the generated
//! enum, and the table's own rows where the enum cannot show a column.

use std::collections::BTreeMap;

use codetables::vendors::{
    AiGateway, AiGatewayCategory, Clarifai, StardustProject, StardustRosetta,
};
use codetables::Code;

fn seed(prefix: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let entry = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}"));
    std::fs::read_to_string(entry).unwrap()
}

fn table(file: &str) -> codetables_reader::Table {
    let path = format!("{}/tables/{file}", env!("CARGO_MANIFEST_DIR"));
    let (table, diagnostics) = codetables_reader::read_table(&std::fs::read(path).unwrap(), &[]);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    table
}

/// Every text a seed gives each code, in page order.
type Texts = BTreeMap<u32, Vec<String>>;

fn collect(pairs: impl IntoIterator<Item = (u32, String)>) -> Texts {
    let mut texts = Texts::new();
    for (code, text) in pairs {
        texts.entry(code).or_default().push(text);
    }
    texts
}

/// The texts inside each `<td>…</td>` of an HTML page, in order.
fn html_cells(page: &str) -> Vec<String> {
    page.split("<td>")
        .skip(1)
        .map(|rest| rest.split("</td>").next().unwrap().trim().to_owned())
        .collect()
}

/// The cells of each markdown table row (`| a | b |`) of a page.
fn markdown_rows(page: &str) -> Vec<Vec<String>> {
    page.lines()
        .map(str::trim)
        .filter(|line| line.starts_with('|'))
        .map(|line| {
            line.trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().to_owned())
                .collect()
        })
        .collect()
}

/// Checks that the enum's message for each code holds each of its texts
/// (a code documented twice keeps both texts in one message).
fn assert_messages<C: Code<Repr = u32>>(texts: &Texts) {
    for (&code, expected) in texts {
        let variant = C::from_code(code).unwrap_or_else(|| panic!("{code} is not in {}", C::TABLE));
        let parts: Vec<&str> = variant.message().split(" / ").collect();
        assert_eq!(parts, *expected, "message of {code} in {}", C::TABLE);
    }
}

fn rosetta_000() -> Texts {
    let cells = html_cells(&seed("000"));
    collect(
        cells
            .chunks(2)
            .map(|pair| (pair[0].parse().unwrap(), pair[1].clone())),
    )
}

fn rosetta_001() -> Texts {
    let page = seed("001");
    collect(page.lines().filter_map(|line| {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        (digits == 5).then(|| (line[..5].parse().unwrap(), line[5..].trim().to_owned()))
    }))
}

#[test]
fn stardust_rosetta_reproduces_both_versions_of_its_page() {
    let older = rosetta_000();
    let newer = rosetta_001();
    assert_eq!(older.len(), 43);
    assert_eq!(newer.len(), 52);

    // The newer page wins for every code it lists.
    assert_messages::<StardustRosetta>(&newer);
    // Codes only in the older page stay, with their text, deprecated.
    let rows = table("stardust_rosetta.csv");
    let only_older: Texts = older
        .into_iter()
        .filter(|(code, _)| !newer.contains_key(code))
        .collect();
    assert_eq!(only_older.keys().copied().collect::<Vec<_>>(), [54007]);
    assert_messages::<StardustRosetta>(&only_older);
    for row in &rows.codes {
        assert_eq!(
            row.deprecated.is_some(),
            only_older.contains_key(&u32::try_from(row.code.number().unwrap()).unwrap()),
            "deprecation of {}",
            row.code
        );
    }

    // The envelope examples' codes are rows too.
    let page = seed("000");
    for example in ["\"code\": 2000", "\"code\": 5000"] {
        assert!(page.contains(example));
    }
    assert!(StardustRosetta::from_code(2000).is_some());
    assert_eq!(
        StardustRosetta::from(5000).message(),
        "Service hiccuped, please try again later"
    );
    assert_eq!(StardustRosetta::COUNT, newer.len() + only_older.len() + 2);
}

#[test]
fn stardust_rosetta_keeps_both_texts_of_a_code_listed_twice() {
    let code = StardustRosetta::from(51002);
    assert_eq!(
        code.message(),
        "Unknown annotation type. / Unknown campaignType."
    );
    assert_eq!(code, StardustRosetta::UnknownAnnotationOrCampaignType);
    // `%s` templates are kept verbatim.
    assert_eq!(
        StardustRosetta::from(54011).message(),
        "helixBucketName:[%s] max size is 255."
    );
}

#[test]
fn stardust_project_reproduces_its_page_and_sections() {
    let page = seed("002");
    let (general, business) = page.split_once("Business-specific Codes").unwrap();
    let general = collect(
        html_cells(general)
            .chunks(2)
            .map(|p| (p[0].parse().unwrap(), p[1].clone())),
    );
    let business = collect(
        html_cells(business)
            .chunks(2)
            .map(|p| (p[0].parse().unwrap(), p[1].clone())),
    );
    assert_eq!((general.len(), business.len()), (6, 14));
    assert_messages::<StardustProject>(&general);
    assert_messages::<StardustProject>(&business);
    assert_eq!(StardustProject::COUNT, 20);
    for &code in general.keys() {
        let variant = StardustProject::from(code);
        assert!(variant.is_http(), "{code}");
        assert_eq!(variant.http_status(), Some(u16::try_from(code).unwrap()));
    }
    for &code in business.keys() {
        assert!(StardustProject::from(code).is_business(), "{code}");
    }
}

#[test]
fn ai_gateway_reproduces_its_business_codes_and_status_ranges() {
    let page = seed("003");
    let (statuses, business) = page.split_once("Business Error Codes").unwrap();
    let texts = collect(
        markdown_rows(business)
            .into_iter()
            .filter_map(|cells| Some((cells[0].parse().ok()?, cells[1].clone()))),
    );
    assert_eq!(texts.len(), 17);
    assert_messages::<AiGateway>(&texts);
    assert_eq!(AiGateway::COUNT, 17);

    // "Corresponds to (business codes) NNNxxx": every code of that pattern,
    // listed or not, carries the row's HTTP status.
    let mut checked = 0;
    for cells in markdown_rows(statuses)
        .into_iter()
        .filter(|cells| cells.len() == 3)
    {
        let Some((_, pattern)) = cells[2].split_once("Corresponds to ") else {
            continue;
        };
        let pattern = pattern
            .trim_start_matches("business codes ")
            .trim_end_matches('.');
        let status: u16 = cells[0].parse().unwrap();
        // The page writes `5xxxx` for the six-digit 5xxxxx business codes.
        let pattern = if pattern == "5xxxx" {
            "5xxxxx"
        } else {
            pattern
        };
        let digits = pattern.trim_end_matches('x');
        let scale = 10u32.pow(u32::try_from(pattern.len() - digits.len()).unwrap());
        let first = digits.parse::<u32>().unwrap() * scale;
        for code in [first, first + scale / 2 + 7, first + scale - 1] {
            assert_eq!(
                AiGateway::from(code).http_status(),
                Some(status),
                "{code} in {pattern}"
            );
        }
        checked += 1;
    }
    assert_eq!(checked, 6);
}

/// Seed 004's rows: codes with name and description, and section headers.
struct ClarifaiPage {
    codes: Vec<(u32, String, String)>,
    /// Section title → the codes listed under it.
    sections: Vec<(String, Vec<u32>)>,
}

fn clarifai_page() -> ClarifaiPage {
    let mut page = ClarifaiPage {
        codes: Vec::new(),
        sections: Vec::new(),
    };
    for cells in markdown_rows(&seed("004")) {
        let [code, name, description] = &cells[..3] else {
            panic!("{cells:?}")
        };
        if let Ok(number) = code.parse::<u32>() {
            page.codes.push((number, name.clone(), description.clone()));
            if let Some((_, codes)) = page.sections.last_mut() {
                codes.push(number);
            }
        } else if code.is_empty() && name.starts_with("**") {
            page.sections
                .push((name.trim_matches('*').trim().to_owned(), Vec::new()));
        } else if code.is_empty() && name.is_empty() {
            // A blank separator row ends the section.
            page.sections.push((String::new(), Vec::new()));
        }
    }
    page
}

#[test]
fn clarifai_reproduces_every_code_name_and_message() {
    let page = clarifai_page();
    assert_eq!(page.codes.len(), 336);
    assert_eq!(Clarifai::COUNT, page.codes.len());
    for (code, name, description) in &page.codes {
        let variant = Clarifai::from_code(*code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(variant.message(), description, "message of {code}");
        if name.is_empty() {
            // Unnamed codes get a variant derived from the message.
            assert_eq!(variant.name(), format!("{variant:?}"), "{code}");
        } else {
            assert_eq!(variant.name(), name, "name of {code}");
            assert_eq!(Clarifai::from_name(name), Some(variant));
        }
    }
    assert_eq!(Clarifai::from(24153), Clarifai::AnnotationInProgress);
    assert_eq!(Clarifai::from(42000), Clarifai::VisualizationSucceeded);
}

#[test]
fn clarifai_sections_are_categories_and_ranged_sections_are_ranges() {
    let page = clarifai_page();
    let mut ranged = 0;
    for (title, codes) in page.sections.iter().filter(|(title, _)| !title.is_empty()) {
        let category = Clarifai::from(codes[0])
            .category()
            .unwrap_or_else(|| panic!("{title}"));
        for &code in codes {
            assert_eq!(
                Clarifai::from(code).category(),
                Some(category),
                "{code} in {title}"
            );
        }
        if let Some((_, pattern)) = title.rsplit_once(": ") {
            // A ranged section is a range row: its title describes the
            // category, and codes it covers but does not list fall in it,
            // unless a nested section is more specific.
            assert_eq!(category.description(), title);
            let digits = pattern.trim_end_matches('x');
            let scale = 10u32.pow(u32::try_from(pattern.len() - digits.len()).unwrap());
            let first = digits.parse::<u32>().unwrap() * scale;
            let unlisted = (first..first + scale)
                .rev()
                .find(|&c| Clarifai::from_code(c).is_none())
                .unwrap();
            let innermost = page
                .sections
                .iter()
                .filter_map(|(t, _)| t.rsplit_once(": ").map(|(_, p)| p))
                .filter(|p| {
                    let d = p.trim_end_matches('x');
                    let s = 10u32.pow(u32::try_from(p.len() - d.len()).unwrap());
                    let f = d.parse::<u32>().unwrap() * s;
                    (f..f + s).contains(&unlisted)
                })
                .min_by_key(|p| p.len() - p.trim_end_matches('x').len())
                .unwrap();
            if innermost == pattern {
                assert_eq!(
                    Clarifai::from(unlisted).category(),
                    Some(category),
                    "{unlisted} in {title}"
                );
            }
            ranged += 1;
        } else {
            assert!(category.description().is_empty(), "{title} has no range");
        }
    }
    assert_eq!(ranged, 46);
    // Codes after a blank separator and outside every range have no category.
    for code in [66000, 67000, 90400, 90500] {
        assert_eq!(Clarifai::from(code).category(), None, "{code}");
    }
}

#[test]
fn clarifai_reserved_model_evaluation_range_is_a_range_row() {
    let page = seed("004");
    let line = page
        .lines()
        .find(|l| l.contains("reserved for model evaluation"))
        .unwrap();
    assert!(line.contains("through 21319 (inclusive)"));
    let rows = table("clarifai.csv");
    let range = rows
        .ranges
        .iter()
        .find(|r| r.message.contains("reserved for model evaluation"))
        .unwrap();
    assert_eq!(
        range.covers,
        codetables_reader::model::Covers::Numbers {
            first: 21310,
            last: 21319
        }
    );
    assert_eq!(
        Clarifai::from(21319).category(),
        Clarifai::from(21317).category()
    );
    assert!(Clarifai::from(21319).is_model_evaluation());
    // 2135x, a nested section, is model deployment, not evaluation.
    assert!(Clarifai::from(21359).is_model_deployment());
}

#[test]
fn clarifai_kinds_follow_what_the_names_say() {
    use codetables::Kind;
    let page = clarifai_page();
    let rules: [(&str, Kind); 5] = [
        ("_PENDING", Kind::Pending),
        ("_IN_PROGRESS", Kind::Pending),
        ("_DOES_NOT_EXIST", Kind::NotFound),
        ("_PERMISSION_DENIED", Kind::PermissionDenied),
        ("_INVALID_ARGUMENT", Kind::InvalidArgument),
    ];
    let mut checked = 0;
    for (code, name, _) in &page.codes {
        let kind = Clarifai::from(*code).kind();
        for (suffix, expected) in rules {
            if name.ends_with(suffix) {
                assert_eq!(kind, expected, "{name}");
                checked += 1;
            }
        }
        if name.ends_with("_SUCCESS") || name == "SUCCESS" {
            assert!(Clarifai::from(*code).is_success(), "{name}");
        }
        if name.contains("QUEUED") {
            assert_eq!(kind, Kind::Pending, "{name}");
        }
    }
    assert!(checked > 50, "{checked}");
    assert_eq!(Clarifai::ConnThrottled.kind(), Kind::ResourceExhausted);
    assert!(Clarifai::ConnThrottled.is_retryable());
    assert!(!Clarifai::ConnExceedMonthlyLimit.is_retryable());
    assert_eq!(Clarifai::ConnTokenInvalid.kind(), Kind::Unauthenticated);
    assert_eq!(Clarifai::ConnTokenInvalid.http_status(), Some(401));
    assert!(Clarifai::TryAgain.is_retryable());
    // "Status codes through 21319 reserved for model evaluation errors":
    // an unlisted code there is an error, not a status to wait on.
    assert_eq!(Clarifai::from(21318).kind(), Kind::Internal);
    assert!(!Clarifai::from(21318).is_success());
}

#[test]
fn stardust_statements_hold() {
    use codetables::Kind;
    assert_eq!(StardustRosetta::from(2000).kind(), Kind::Ok);
    assert!(StardustRosetta::from(2000).is_success());
    // "Service hiccuped, please try again later".
    assert!(StardustRosetta::from(5000).is_retryable());
    assert!(!StardustRosetta::from(5000).is_success());
    for code in StardustRosetta::ALL {
        // A pool *type* that does not exist is a bad argument, not a missing resource.
        if (code.message().contains("not exists") && !code.message().contains("type"))
            || code.message().contains("not found")
        {
            assert_eq!(code.kind(), Kind::NotFound, "{code:?}");
        }
        if code.message().contains("already exists") {
            assert_eq!(code.kind(), Kind::AlreadyExists, "{code:?}");
        }
    }
    // "Internal Error, please try again later".
    assert!(StardustProject::from(500).is_retryable());
    assert_eq!(StardustProject::from(401).kind(), Kind::Unauthenticated);
    assert_eq!(StardustProject::from(404).kind(), Kind::NotFound);
}

#[test]
fn ai_gateway_statements_hold() {
    use codetables::Kind;
    assert!(AiGateway::from(0).is_success());
    // "Request too frequent" is a rate limit.
    assert_eq!(AiGateway::from(130005).kind(), Kind::ResourceExhausted);
    assert_eq!(AiGateway::from(130005).http_status(), Some(429));
    assert!(AiGateway::from(130005).is_retryable());
    // Unlisted codes: classified by the range the status table states.
    assert_eq!(
        AiGateway::from(100777)
            .category()
            .map(AiGatewayCategory::name),
        Some("bad_request")
    );
    assert_eq!(AiGateway::from(100777).kind(), Kind::InvalidArgument);
    assert_eq!(AiGateway::from(429001).kind(), Kind::ResourceExhausted);
    assert_eq!(AiGateway::from(401999).kind(), Kind::Unauthenticated);
    assert_eq!(AiGateway::from(402123).kind(), Kind::FailedPrecondition);
    assert_eq!(AiGateway::from(404404).kind(), Kind::NotFound);
    assert_eq!(AiGateway::from(599999).http_status(), Some(500));
}
