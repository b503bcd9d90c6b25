//! The names the generated code gives every code enum, listed once, beside
//! the generators that define them: the checks of a table keep its
//! variants, categories and declared columns from taking them, and a test
//! (`reader/tests/generated_names.rs`) expands a table and holds every
//! method and associated item of the output against these lists.

/// Inherent methods of every code enum, besides one per declared column
/// and one `is_<category>()` per category. (Items that start with `__`
/// are internal; no table name can be one.)
pub const INHERENT_METHODS: [&str; 11] = [
    "code",
    "message",
    "name",
    "from_code",
    "from_name",
    "is_known",
    "category",
    "kind",
    "http_status",
    "is_success",
    "is_retryable",
];

/// Methods every code enum has through the traits it implements (derives,
/// `From`, `Display`, `FromStr`, serde, `codetables::Code`): a column of
/// that name would make `code.name()` mean two things.
pub const TRAIT_METHODS: [&str; 14] = [
    "all",
    "status_code",
    "clone",
    "clone_from",
    "eq",
    "ne",
    "hash",
    "fmt",
    "from",
    "into",
    "to_string",
    "from_str",
    "serialize",
    "deserialize",
];

/// Associated constants of the code enum and of its category enum.
pub const ASSOCIATED_CONSTS: [&str; 2] = ["ALL", "COUNT"];

/// The variant of a code the table does not list.
pub const UNKNOWN_VARIANT: &str = "Unknown";

/// The prefix of a category's method: `is_auth()` for `auth`.
pub const CATEGORY_METHOD_PREFIX: &str = "is_";

/// Identifiers of the generated code, beside the variants, that a variant
/// could be confused with by rustc's `confusable_idents` lint.
pub const OTHER_IDENTS: [&str; 5] = ["Some", "None", "Ok", "Err", "Self"];

/// Whether `name` is a method every code enum already has.
#[must_use]
pub fn is_method(name: &str) -> bool {
    INHERENT_METHODS.contains(&name) || TRAIT_METHODS.contains(&name)
}

/// Whether a variant (of the code enum or of the category enum) cannot be
/// `variant`, because the generated code already uses that name.
#[must_use]
pub fn is_reserved_variant(variant: &str) -> bool {
    variant == UNKNOWN_VARIANT || ASSOCIATED_CONSTS.contains(&variant)
}

/// The method generated for `category`: `is_<category>`.
#[must_use]
pub fn category_method(category: &str) -> String {
    format!("{CATEGORY_METHOD_PREFIX}{category}")
}
