//! The README's quick start, compiled and run as written there (its table
//! is `tests/tables/status.csv`).

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
