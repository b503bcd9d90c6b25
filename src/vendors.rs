//! The bundled vendor tables, built from the vendors' published code pages.
//!
//! | enum | table | source |
//! | --- | --- | --- |
//! | [`StardustRosetta`] | `tables/stardust_rosetta.csv` | Stardust's "Response Codes" page, two versions (the newer wins; codes only in the older are deprecated) |
//! | [`StardustProject`] | `tables/stardust_project.csv` | Stardust's project and dataset API "Errors" page |
//! | [`AiGateway`] | `tables/ai_gateway.csv` | an AI-generation gateway's HTTP status and business code tables |
//! | [`Clarifai`] | `tables/clarifai.csv` | Clarifai's "Status Codes" page, sections as ranges |
//!
//! Each enum comes with a checked constructor macro at the crate root:
//! `codetables::stardust_rosetta!(51006)` is
//! [`StardustRosetta::CampaignIdNotExists`], and a code that is not in the
//! table does not compile.

crate::include_codes! {
    /// Stardust's Rosetta open-API business codes (`code` in Stardust's
    /// `{code, data, date, message, requestId, success}` envelope).
    #[codes(module = crate::vendors)]
    #[non_exhaustive]
    pub enum StardustRosetta = "tables/stardust_rosetta.csv";

    /// Stardust's project and dataset API codes: HTTP-like codes and
    /// business-specific codes.
    #[codes(module = crate::vendors)]
    #[non_exhaustive]
    pub enum StardustProject = "tables/stardust_project.csv";

    /// An AI-generation gateway's business codes (`code` beside `msg`), with
    /// the HTTP status ranges its documentation states.
    #[codes(module = crate::vendors, builtin = "flat_msg")]
    #[non_exhaustive]
    pub enum AiGateway = "tables/ai_gateway.csv";

    /// Clarifai's API status codes (`status.code`), grouped by section.
    #[codes(module = crate::vendors, builtin = "nested")]
    #[non_exhaustive]
    pub enum Clarifai = "tables/clarifai.csv";
}

/// The bundled tables as CSV text, by enum name: what tools that read
/// tables themselves (the `codetables` command line) start from, the very
/// files the enums above are generated from.
pub const TABLES: [(&str, &str); 4] = [
    (
        "StardustRosetta",
        include_str!("../tables/stardust_rosetta.csv"),
    ),
    (
        "StardustProject",
        include_str!("../tables/stardust_project.csv"),
    ),
    ("AiGateway", include_str!("../tables/ai_gateway.csv")),
    ("Clarifai", include_str!("../tables/clarifai.csv")),
];
