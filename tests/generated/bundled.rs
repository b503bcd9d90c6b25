//! The bundled vendor enums as a user crate sees them: every row round
//! trips, unknown codes are kept, the checked macros work from outside.

use codetables::vendors::{AiGateway, Clarifai, StardustProject, StardustRosetta};
use codetables::Code;

/// Every row of `C`'s table round-trips through every conversion.
fn assert_round_trips<C: Code + Copy + std::str::FromStr + std::fmt::Debug>() {
    let all = C::all();
    assert!(!all.is_empty(), "{}", C::TABLE);
    let mut codes: Vec<C::Repr> = all.iter().map(Code::code).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), all.len(), "codes are unique in {}", C::TABLE);
    for &code in all {
        assert!(code.is_known());
        assert_eq!(C::from_code(code.code()), Some(code));
        assert_eq!(C::from(code.code()), code);
        assert_eq!(code.into(), code.code());
        assert_eq!(C::from_name(code.name()), Some(code), "{code:?}");
        assert!(code.name().parse::<C>().is_ok());
        let shown = code.to_string();
        if code.message().is_empty() {
            assert_eq!(shown, code.name());
        } else {
            assert_eq!(shown, code.message());
        }
    }
}

/// Codes around and between the table's codes, and extremes: every one
/// comes back unchanged, as a known variant exactly when the table lists it.
fn assert_unknowns_kept<C: Code<Repr = u32>>() {
    let listed: std::collections::HashSet<u32> = C::all().iter().map(Code::code).collect();
    let mut probes = vec![0, 1, 999, 65_535, 65_536, u32::MAX - 1, u32::MAX];
    for &code in &listed {
        probes.extend([
            code.wrapping_sub(1),
            code.wrapping_add(1),
            code.wrapping_mul(10),
        ]);
    }
    // A deterministic spread over the whole u32 range (xorshift).
    let mut state = 0x2545_f491_u32;
    for _ in 0..10_000 {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        probes.push(state);
    }
    for raw in probes {
        let code = C::from(raw);
        assert_eq!(code.code(), raw);
        assert_eq!(code.is_known(), listed.contains(&raw), "{raw}");
        if !code.is_known() {
            assert_eq!(code.to_string(), format!("unknown code {raw}"));
            assert_eq!((code.message(), code.name()), ("", ""));
        }
    }
}

#[test]
fn stardust_rosetta_round_trips() {
    assert_round_trips::<StardustRosetta>();
    assert_unknowns_kept::<StardustRosetta>();
}

#[test]
fn stardust_project_round_trips() {
    assert_round_trips::<StardustProject>();
    assert_unknowns_kept::<StardustProject>();
}

#[test]
fn ai_gateway_round_trips() {
    assert_round_trips::<AiGateway>();
    assert_unknowns_kept::<AiGateway>();
}

#[test]
fn clarifai_round_trips() {
    assert_round_trips::<Clarifai>();
    assert_unknowns_kept::<Clarifai>();
}

#[test]
fn spec_examples() {
    let code = StardustRosetta::from(51006);
    assert_eq!(code, StardustRosetta::CampaignIdNotExists);
    assert_eq!(code.message(), "CampaignId not exists.");
    assert_eq!(code.name(), "CampaignIdNotExists");
    assert!(code.is_campaign());
    assert_eq!(Clarifai::from(11001), Clarifai::ConnTokenInvalid);
    assert_eq!(Clarifai::ConnTokenInvalid.name(), "CONN_TOKEN_INVALID");
    assert_eq!(
        Clarifai::from_name("CONN_TOKEN_INVALID"),
        Some(Clarifai::ConnTokenInvalid)
    );
    assert_eq!("CONN_TOKEN_INVALID".parse(), Ok(Clarifai::ConnTokenInvalid));
    assert_eq!(StardustRosetta::from(77), StardustRosetta::Unknown(77));
}

#[test]
fn all_is_in_table_order() {
    let codes: Vec<u32> = AiGateway::ALL
        .iter()
        .copied()
        .map(AiGateway::code)
        .collect();
    assert_eq!(&codes[..4], [0, 100_001, 100_002, 130_005]);
    assert_eq!(AiGateway::COUNT, AiGateway::ALL.len());
    assert_eq!(StardustRosetta::ALL[0], StardustRosetta::Success);
}

#[test]
fn checked_macros_work_from_a_dependent_crate() {
    assert_eq!(
        codetables::stardust_rosetta!(51006),
        StardustRosetta::CampaignIdNotExists
    );
    assert_eq!(codetables::clarifai!(11001), Clarifai::ConnTokenInvalid);
    let advice = |code: Clarifai| match code {
        codetables::clarifai!(10000) => "ok",
        codetables::clarifai!(11001) | codetables::clarifai!(11002) => "log in again",
        Clarifai::Unknown(_) => "unknown",
        _ => "other",
    };
    assert_eq!(advice(Clarifai::from(11002)), "log in again");
    assert_eq!(advice(Clarifai::from(10000)), "ok");
    assert_eq!(advice(Clarifai::from(1)), "unknown");
    assert_eq!(codetables::ai_gateway!(0), AiGateway::Success);
    assert_eq!(
        codetables::stardust_project!(5308),
        StardustProject::DatasetNotExists
    );
}

#[test]
#[allow(deprecated)]
fn deprecated_codes_stay_usable() {
    let old = StardustRosetta::from(54007);
    assert_eq!(
        old,
        StardustRosetta::BucketConnectionFailedCheckWhetherTheBucketExists
    );
    assert_eq!(
        old.message(),
        "Bucket connection failed. Check whether the bucket exists."
    );
}
