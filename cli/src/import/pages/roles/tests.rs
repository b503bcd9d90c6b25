use super::*;

fn roles(header: &[&str], rows: &[&[&str]]) -> Vec<Role> {
    let cells: Vec<Vec<Cell>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|c| super::super::markup::markdown_cell(c))
                .collect()
        })
        .collect();
    let columns: Vec<Vec<&Cell>> = (0..header.len())
        .map(|i| cells.iter().filter_map(|row| row.get(i)).collect())
        .collect();
    let header: Vec<String> = header.iter().map(|h| (*h).to_owned()).collect();
    assign(&header, &columns)
}

/// A message column of names (`REQUEST_TIMEOUT`) beside a column of
/// prose: the names are names and the prose is the message (the names
/// went to `name` and the prose to an own column, leaving `message`
/// empty).
#[test]
fn a_message_column_of_names_beside_prose() {
    use Role::{Code, Message, Name};
    assert_eq!(
        roles(
            &["Error code", "Error message", "Possible reason"],
            &[
                &[
                    "1001",
                    "`REQUEST_TIMEOUT`",
                    "The upstream did not answer in time"
                ],
                &["1002", "`INVALID_SIGN`", "The signature does not match"],
            ],
        ),
        [Code, Name, Message]
    );
    // Names beside names only: the message stays where it was.
    assert_eq!(
        roles(
            &["Code", "Message"],
            &[&["1001", "`REQUEST_TIMEOUT`"], &["1002", "`INVALID_SIGN`"]],
        ),
        [Code, Message]
    );
}

#[test]
fn headers_in_english_and_chinese() {
    use Role::{Code, Message, Name};
    type Case<'a> = (&'a [&'a str], &'a [&'a [&'a str]], Vec<Role>);
    let cases: [Case; 7] = [
        (
            &["返回码", "说明"],
            &[&["-1", "系统繁忙"]],
            vec![Code, Message],
        ),
        (
            &["错误码", "错误信息", "解决方案"],
            &[&["40001", "invalid", "重试"]],
            vec![Code, Message, Role::Own("solution".into())],
        ),
        (&["Value", "Meaning"], &[&["1", "x"]], vec![Code, Message]),
        (
            &["status", "Reason"],
            &[&["400", "bad"]],
            vec![Code, Message],
        ),
        (
            &["Error Code", "errmsg", "Description"],
            &[&["1", "a", "b"]],
            vec![Code, Message, Role::Own("description".into())],
        ),
        (
            &["Code", "Status", "Notes"],
            &[&["5", "NOT_FOUND", "Some entity was not found."]],
            vec![Code, Name, Message],
        ),
        (
            &["CODE", "ERROR", "DESCRIPTION"],
            &[&["10000", "SUCCESS", "Ok"]],
            vec![Code, Name, Message],
        ),
    ];
    for (header, rows, expected) in cases {
        assert_eq!(roles(header, rows), expected, "{header:?}");
    }
}

#[test]
fn cells_decide_where_headers_do_not() {
    // No header at all (copied text): codes, then text.
    assert_eq!(
        roles(
            &["", ""],
            &[&["40001", "invalid credential"], &["40002", "bad grant"]]
        ),
        [Role::Code, Role::Message]
    );
    // An HTTP status beside the vendor's code.
    assert_eq!(
        roles(
            &["HTTP Status", "Error code", "Message"],
            &[&["400", "100001", "x"]]
        ),
        [Role::Http, Role::Code, Role::Message]
    );
    assert_eq!(
        roles(
            &["Status Code", "Error code", "Message"],
            &[&["400", "100001", "x"]]
        ),
        [Role::Http, Role::Code, Role::Message]
    );
    // A column headed `Error` of sentences is the message.
    assert_eq!(
        roles(&["Code", "Error"], &[&["1", "Something went wrong"]]),
        [Role::Code, Role::Message]
    );
    // A column of row numbers beside the codes.
    assert_eq!(
        roles(
            &["序号", "错误码", "错误描述"],
            &[
                &["1", "40001", "a"],
                &["2", "40002", "b"],
                &["3", "40003", "c"]
            ]
        ),
        [Role::Dropped("row numbers"), Role::Code, Role::Message]
    );
    assert_eq!(
        roles(
            &["Code", "Meaning"],
            &[&["1", "a"], &["2", "b"], &["3", "c"]]
        ),
        [Role::Code, Role::Message]
    );
    // No codes: nothing to import.
    assert!(matches!(
        roles(&["a", "b"], &[&["x", "y"]])[0],
        Role::Dropped(_)
    ));
    // Other columns are kept under their own name, empty ones left out.
    assert_eq!(
        roles(
            &["code", "message", "Level", ""],
            &[&["1", "x", "warn", ""]]
        ),
        [
            Role::Code,
            Role::Message,
            Role::Own("level".into()),
            Role::Dropped("no cell has text")
        ]
    );
}
