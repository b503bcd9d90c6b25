//! Every `#[codes(...)]` option combines with every other, for numeric and
//! text codes alike (SPEC "Envelope shape"): each combination of the code
//! type, the body's shape (built in by default, `builtin = "flat_msg"`,
//! `builtin = "nested"`, a declared `envelope(...)`), `columns(...)`,
//! `module = …` and `crate = …` generates an enum whose checked macro,
//! classification, own column and bodies behave the same. A body is
//! written in the enum's shape and read back; an unlisted code is
//! classified by its range or pattern.

use codetables::{ApiError, Code, Envelope, Kind, Shape};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

/// What every combination must do: `known` is the table's `bad token`
/// row, `unlisted` a code its range or pattern covers, `shape` the shape
/// the options name.
fn check<C: Code + Serialize + DeserializeOwned>(known: &C, unlisted: &C, shape: &Shape) {
    assert_eq!(C::SHAPE, shape, "{}", C::TABLE);
    assert_eq!(known.message(), "bad token");
    assert_eq!(known.kind(), Kind::Unauthenticated);
    assert!(!unlisted.is_known());
    assert_eq!(unlisted.kind(), Kind::InvalidArgument, "{}", C::TABLE);
    // A failure, written in the shape and read back.
    let error = ApiError::new(known.clone()).with_message("server says");
    let body = serde_json::to_vec(&Envelope::<C, Value>::failure(error)).unwrap();
    let read = Envelope::<C, Value>::from_json(&body).unwrap();
    assert_eq!(read.code(), *known, "{}", String::from_utf8_lossy(&body));
    assert!(!read.is_success());
    assert_eq!(read.message(), Some("server says"));
    // A success, and an unlisted code kept.
    let body = serde_json::to_vec(&Envelope::<C, Value>::success(json!({"id": 1}))).unwrap();
    let read = Envelope::<C, Value>::from_json(&body).unwrap();
    assert_eq!(read.into_result().unwrap(), json!({"id": 1}));
    let body = serde_json::to_vec(&Envelope::<C, Value>::failure(ApiError::new(
        unlisted.clone(),
    )))
    .unwrap();
    let read = Envelope::<C, Value>::from_json(&body).unwrap();
    assert_eq!(read.code(), *unlisted);
}

/// One combination: the enum, its test, and what its own column says
/// where it has one.
macro_rules! combination {
    ($module:ident, $enum:ident, $checked:ident, [$($options:tt)*], $table:literal,
     $code:tt, $unlisted:expr, $shape:expr, $columns:tt) => {
        mod $module {
            use super::*;

            codetables::include_codes! {
                #[codes($($options)*)]
                pub enum $enum = $table;
            }

            #[test]
            fn combines() {
                let known = $checked!($code);
                check(&known, &$enum::from($unlisted), $shape);
                combination!(@columns $columns, known, $enum, $unlisted);
            }
        }
    };
    (@columns none, $known:ident, $enum:ident, $unlisted:expr) => {};
    (@columns solution, $known:ident, $enum:ident, $unlisted:expr) => {
        assert_eq!($known.solution(), Some("log in again"));
        assert_eq!($enum::from($unlisted).solution(), Some("check the request"));
    };
}

combination!(
    numeric,
    Numeric,
    numeric,
    [],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    &Shape::FLAT,
    none
);
combination!(
    numeric_crate,
    NumericCrate,
    numeric_crate,
    [crate = ::codetables],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    &Shape::FLAT,
    none
);
combination!(
    numeric_module,
    NumericModule,
    numeric_module,
    [module = crate::options::numeric_module],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    &Shape::FLAT,
    none
);
combination!(
    numeric_module_crate,
    NumericModuleCrate,
    numeric_module_crate,
    [
        module = crate::options::numeric_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    &Shape::FLAT,
    none
);
combination!(
    numeric_columns,
    NumericColumns,
    numeric_columns,
    [columns(solution)],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    &Shape::FLAT,
    solution
);
combination!(
    numeric_columns_crate,
    NumericColumnsCrate,
    numeric_columns_crate,
    [columns(solution), crate = ::codetables],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    &Shape::FLAT,
    solution
);
combination!(
    numeric_columns_module,
    NumericColumnsModule,
    numeric_columns_module,
    [
        columns(solution),
        module = crate::options::numeric_columns_module
    ],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    &Shape::FLAT,
    solution
);
combination!(
    numeric_columns_module_crate,
    NumericColumnsModuleCrate,
    numeric_columns_module_crate,
    [
        columns(solution),
        module = crate::options::numeric_columns_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    &Shape::FLAT,
    solution
);
combination!(
    numeric_flat_msg,
    NumericFlatMsg,
    numeric_flat_msg,
    [builtin = "flat_msg"],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    &Shape::FLAT_MSG,
    none
);
combination!(
    numeric_flat_msg_crate,
    NumericFlatMsgCrate,
    numeric_flat_msg_crate,
    [builtin = "flat_msg", crate = ::codetables],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    &Shape::FLAT_MSG,
    none
);
combination!(
    numeric_flat_msg_module,
    NumericFlatMsgModule,
    numeric_flat_msg_module,
    [
        builtin = "flat_msg",
        module = crate::options::numeric_flat_msg_module
    ],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    &Shape::FLAT_MSG,
    none
);
combination!(
    numeric_flat_msg_module_crate,
    NumericFlatMsgModuleCrate,
    numeric_flat_msg_module_crate,
    [
        builtin = "flat_msg",
        module = crate::options::numeric_flat_msg_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    &Shape::FLAT_MSG,
    none
);
combination!(
    numeric_flat_msg_columns,
    NumericFlatMsgColumns,
    numeric_flat_msg_columns,
    [builtin = "flat_msg", columns(solution)],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    &Shape::FLAT_MSG,
    solution
);
combination!(
    numeric_flat_msg_columns_crate,
    NumericFlatMsgColumnsCrate,
    numeric_flat_msg_columns_crate,
    [
        builtin = "flat_msg",
        columns(solution),
        crate = ::codetables
    ],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    &Shape::FLAT_MSG,
    solution
);
combination!(
    numeric_flat_msg_columns_module,
    NumericFlatMsgColumnsModule,
    numeric_flat_msg_columns_module,
    [
        builtin = "flat_msg",
        columns(solution),
        module = crate::options::numeric_flat_msg_columns_module
    ],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    &Shape::FLAT_MSG,
    solution
);
combination!(
    numeric_flat_msg_columns_module_crate,
    NumericFlatMsgColumnsModuleCrate,
    numeric_flat_msg_columns_module_crate,
    [
        builtin = "flat_msg",
        columns(solution),
        module = crate::options::numeric_flat_msg_columns_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    &Shape::FLAT_MSG,
    solution
);
combination!(
    numeric_nested,
    NumericNested,
    numeric_nested,
    [builtin = "nested"],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    &Shape::NESTED,
    none
);
combination!(
    numeric_nested_crate,
    NumericNestedCrate,
    numeric_nested_crate,
    [builtin = "nested", crate = ::codetables],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    &Shape::NESTED,
    none
);
combination!(
    numeric_nested_module,
    NumericNestedModule,
    numeric_nested_module,
    [
        builtin = "nested",
        module = crate::options::numeric_nested_module
    ],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    &Shape::NESTED,
    none
);
combination!(
    numeric_nested_module_crate,
    NumericNestedModuleCrate,
    numeric_nested_module_crate,
    [
        builtin = "nested",
        module = crate::options::numeric_nested_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    &Shape::NESTED,
    none
);
combination!(
    numeric_nested_columns,
    NumericNestedColumns,
    numeric_nested_columns,
    [builtin = "nested", columns(solution)],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    &Shape::NESTED,
    solution
);
combination!(
    numeric_nested_columns_crate,
    NumericNestedColumnsCrate,
    numeric_nested_columns_crate,
    [builtin = "nested", columns(solution), crate = ::codetables],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    &Shape::NESTED,
    solution
);
combination!(
    numeric_nested_columns_module,
    NumericNestedColumnsModule,
    numeric_nested_columns_module,
    [
        builtin = "nested",
        columns(solution),
        module = crate::options::numeric_nested_columns_module
    ],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    &Shape::NESTED,
    solution
);
combination!(
    numeric_nested_columns_module_crate,
    NumericNestedColumnsModuleCrate,
    numeric_nested_columns_module_crate,
    [
        builtin = "nested",
        columns(solution),
        module = crate::options::numeric_nested_columns_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    &Shape::NESTED,
    solution
);
combination!(
    numeric_declared,
    NumericDeclared,
    numeric_declared,
    [envelope(
        code = "error.code",
        message = "error.message",
        request_id = "error.id"
    )],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    <NumericDeclared as Code>::SHAPE,
    none
);
combination!(
    numeric_declared_crate,
    NumericDeclaredCrate,
    numeric_declared_crate,
    [
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        crate = ::codetables
    ],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    <NumericDeclaredCrate as Code>::SHAPE,
    none
);
combination!(
    numeric_declared_module,
    NumericDeclaredModule,
    numeric_declared_module,
    [
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        module = crate::options::numeric_declared_module
    ],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    <NumericDeclaredModule as Code>::SHAPE,
    none
);
combination!(
    numeric_declared_module_crate,
    NumericDeclaredModuleCrate,
    numeric_declared_module_crate,
    [
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        module = crate::options::numeric_declared_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/numeric.csv",
    40001,
    40099u32,
    <NumericDeclaredModuleCrate as Code>::SHAPE,
    none
);
combination!(
    numeric_declared_columns,
    NumericDeclaredColumns,
    numeric_declared_columns,
    [
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        columns(solution)
    ],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    <NumericDeclaredColumns as Code>::SHAPE,
    solution
);
combination!(
    numeric_declared_columns_crate,
    NumericDeclaredColumnsCrate,
    numeric_declared_columns_crate,
    [
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        columns(solution),
        crate = ::codetables
    ],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    <NumericDeclaredColumnsCrate as Code>::SHAPE,
    solution
);
combination!(
    numeric_declared_columns_module,
    NumericDeclaredColumnsModule,
    numeric_declared_columns_module,
    [
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        columns(solution),
        module = crate::options::numeric_declared_columns_module
    ],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    <NumericDeclaredColumnsModule as Code>::SHAPE,
    solution
);
combination!(
    numeric_declared_columns_module_crate,
    NumericDeclaredColumnsModuleCrate,
    numeric_declared_columns_module_crate,
    [
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        columns(solution),
        module = crate::options::numeric_declared_columns_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/numeric_solution.csv",
    40001,
    40099u32,
    <NumericDeclaredColumnsModuleCrate as Code>::SHAPE,
    solution
);
combination!(
    text,
    Text,
    text,
    [text],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT,
    none
);
combination!(
    text_crate,
    TextCrate,
    text_crate,
    [text, crate = ::codetables],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT,
    none
);
combination!(
    text_module,
    TextModule,
    text_module,
    [text, module = crate::options::text_module],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT,
    none
);
combination!(
    text_module_crate,
    TextModuleCrate,
    text_module_crate,
    [
        text,
        module = crate::options::text_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT,
    none
);
combination!(
    text_columns,
    TextColumns,
    text_columns,
    [text, columns(solution)],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT,
    solution
);
combination!(
    text_columns_crate,
    TextColumnsCrate,
    text_columns_crate,
    [text, columns(solution), crate = ::codetables],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT,
    solution
);
combination!(
    text_columns_module,
    TextColumnsModule,
    text_columns_module,
    [
        text,
        columns(solution),
        module = crate::options::text_columns_module
    ],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT,
    solution
);
combination!(
    text_columns_module_crate,
    TextColumnsModuleCrate,
    text_columns_module_crate,
    [
        text,
        columns(solution),
        module = crate::options::text_columns_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT,
    solution
);
combination!(
    text_flat_msg,
    TextFlatMsg,
    text_flat_msg,
    [text, builtin = "flat_msg"],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT_MSG,
    none
);
combination!(
    text_flat_msg_crate,
    TextFlatMsgCrate,
    text_flat_msg_crate,
    [text, builtin = "flat_msg", crate = ::codetables],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT_MSG,
    none
);
combination!(
    text_flat_msg_module,
    TextFlatMsgModule,
    text_flat_msg_module,
    [
        text,
        builtin = "flat_msg",
        module = crate::options::text_flat_msg_module
    ],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT_MSG,
    none
);
combination!(
    text_flat_msg_module_crate,
    TextFlatMsgModuleCrate,
    text_flat_msg_module_crate,
    [
        text,
        builtin = "flat_msg",
        module = crate::options::text_flat_msg_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT_MSG,
    none
);
combination!(
    text_flat_msg_columns,
    TextFlatMsgColumns,
    text_flat_msg_columns,
    [text, builtin = "flat_msg", columns(solution)],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT_MSG,
    solution
);
combination!(
    text_flat_msg_columns_crate,
    TextFlatMsgColumnsCrate,
    text_flat_msg_columns_crate,
    [
        text,
        builtin = "flat_msg",
        columns(solution),
        crate = ::codetables
    ],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT_MSG,
    solution
);
combination!(
    text_flat_msg_columns_module,
    TextFlatMsgColumnsModule,
    text_flat_msg_columns_module,
    [
        text,
        builtin = "flat_msg",
        columns(solution),
        module = crate::options::text_flat_msg_columns_module
    ],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT_MSG,
    solution
);
combination!(
    text_flat_msg_columns_module_crate,
    TextFlatMsgColumnsModuleCrate,
    text_flat_msg_columns_module_crate,
    [
        text,
        builtin = "flat_msg",
        columns(solution),
        module = crate::options::text_flat_msg_columns_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::FLAT_MSG,
    solution
);
combination!(
    text_nested,
    TextNested,
    text_nested,
    [text, builtin = "nested"],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::NESTED,
    none
);
combination!(
    text_nested_crate,
    TextNestedCrate,
    text_nested_crate,
    [text, builtin = "nested", crate = ::codetables],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::NESTED,
    none
);
combination!(
    text_nested_module,
    TextNestedModule,
    text_nested_module,
    [
        text,
        builtin = "nested",
        module = crate::options::text_nested_module
    ],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::NESTED,
    none
);
combination!(
    text_nested_module_crate,
    TextNestedModuleCrate,
    text_nested_module_crate,
    [
        text,
        builtin = "nested",
        module = crate::options::text_nested_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::NESTED,
    none
);
combination!(
    text_nested_columns,
    TextNestedColumns,
    text_nested_columns,
    [text, builtin = "nested", columns(solution)],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::NESTED,
    solution
);
combination!(
    text_nested_columns_crate,
    TextNestedColumnsCrate,
    text_nested_columns_crate,
    [
        text,
        builtin = "nested",
        columns(solution),
        crate = ::codetables
    ],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::NESTED,
    solution
);
combination!(
    text_nested_columns_module,
    TextNestedColumnsModule,
    text_nested_columns_module,
    [
        text,
        builtin = "nested",
        columns(solution),
        module = crate::options::text_nested_columns_module
    ],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::NESTED,
    solution
);
combination!(
    text_nested_columns_module_crate,
    TextNestedColumnsModuleCrate,
    text_nested_columns_module_crate,
    [
        text,
        builtin = "nested",
        columns(solution),
        module = crate::options::text_nested_columns_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    &Shape::NESTED,
    solution
);
combination!(
    text_declared,
    TextDeclared,
    text_declared,
    [
        text,
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        )
    ],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    <TextDeclared as Code>::SHAPE,
    none
);
combination!(
    text_declared_crate,
    TextDeclaredCrate,
    text_declared_crate,
    [
        text,
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        crate = ::codetables
    ],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    <TextDeclaredCrate as Code>::SHAPE,
    none
);
combination!(
    text_declared_module,
    TextDeclaredModule,
    text_declared_module,
    [
        text,
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        module = crate::options::text_declared_module
    ],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    <TextDeclaredModule as Code>::SHAPE,
    none
);
combination!(
    text_declared_module_crate,
    TextDeclaredModuleCrate,
    text_declared_module_crate,
    [
        text,
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        module = crate::options::text_declared_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/text.csv",
    "bad_token",
    "Client.Unknown",
    <TextDeclaredModuleCrate as Code>::SHAPE,
    none
);
combination!(
    text_declared_columns,
    TextDeclaredColumns,
    text_declared_columns,
    [
        text,
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        columns(solution)
    ],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    <TextDeclaredColumns as Code>::SHAPE,
    solution
);
combination!(
    text_declared_columns_crate,
    TextDeclaredColumnsCrate,
    text_declared_columns_crate,
    [
        text,
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        columns(solution),
        crate = ::codetables
    ],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    <TextDeclaredColumnsCrate as Code>::SHAPE,
    solution
);
combination!(
    text_declared_columns_module,
    TextDeclaredColumnsModule,
    text_declared_columns_module,
    [
        text,
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        columns(solution),
        module = crate::options::text_declared_columns_module
    ],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    <TextDeclaredColumnsModule as Code>::SHAPE,
    solution
);
combination!(
    text_declared_columns_module_crate,
    TextDeclaredColumnsModuleCrate,
    text_declared_columns_module_crate,
    [
        text,
        envelope(
            code = "error.code",
            message = "error.message",
            request_id = "error.id"
        ),
        columns(solution),
        module = crate::options::text_declared_columns_module_crate,
        crate = ::codetables
    ],
    "tests/tables/matrix/text_solution.csv",
    "bad_token",
    "Client.Unknown",
    <TextDeclaredColumnsModuleCrate as Code>::SHAPE,
    solution
);
