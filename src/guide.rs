//! The guide: the table format, what `include_codes!` generates and the
//! options it takes. The same pages as `docs/` in the repository.

pub mod table_format {
    #![doc = include_str!("../docs/table-format.md")]
}

pub mod generated_api {
    #![doc = include_str!("../docs/generated-api.md")]
}
