//! Editing a table rebuilds the crate that includes it: the macro emits
//! `include_bytes!` of the table, which Cargo tracks like a source file.

mod support;

const MAIN: &str = r#"
codetables::include_codes! {
    /// Codes under edit.
    pub enum Codes = "tables/codes.csv";
}

fn main() {
    let names: Vec<&str> = Codes::ALL.iter().map(|c| c.name()).collect();
    println!("{}", names.join(","));
}
"#;

#[test]
fn editing_the_table_rebuilds_the_crate() {
    let scratch = support::Scratch::new("rebuild_on_edit", MAIN);
    scratch.write(
        "tables/codes.csv",
        "code,message,name\n1,One,ONE\n2,Two,TWO\n",
    );
    assert_eq!(scratch.run(&[]).trim(), "ONE,TWO");

    // Cargo compares modification times; make sure the edit is newer.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    scratch.write(
        "tables/codes.csv",
        "code,message,name\n1,One,ONE\n2,Two,TWO\n3,Three,THREE\n",
    );
    assert_eq!(scratch.run(&[]).trim(), "ONE,TWO,THREE");

    // And a table that turns bad fails the rebuild with the table's error.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    scratch.write(
        "tables/codes.csv",
        "code,message,name\n1,One,ONE\n1,Again,AGAIN\n",
    );
    let output = scratch.cargo(&["build", "--quiet"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("tables/codes.csv:3: duplicate code 1 (first defined at line 2)"),
        "{stderr}"
    );
}
