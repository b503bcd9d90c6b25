//! The TypeScript, Python and Go exports answer what the Rust enum does:
//! for every bundled table and some unusual ones (negative codes, own
//! columns, Unicode and hostile text, a Python keyword as a variant, text
//! codes with prefixes, codes beyond JavaScript's safe integers),
//! `describe` gives the Rust enum's `is_known`, `name`, `message`,
//! category, `http_status`, kind, `is_retryable` and own columns for every
//! listed code and for codes around every range. The exports are checked
//! by the real tools (`tsc --strict`, `mypy --strict`, `gofmt`, `go vet`)
//! and run by `node`, `python3` and `go`; `.ci/run` installs them. Where a
//! tool is missing, the test says so and skips, except under `CI`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use codetables_cli::declaration::Declaration;
use codetables_cli::export::{self, Target};
use codetables_reader::model::{CodeKey, CodeType, Covers};
use codetables_reader::Table;
use serde_json::Value;

#[path = "../../tests/support/mod.rs"]
#[allow(dead_code)]
mod support;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A table under test: its enum's name, file and declaration.
struct Case {
    name: &'static str,
    path: PathBuf,
    declaration: Declaration,
    table: Table,
}

fn cases() -> Vec<Case> {
    let of = |name: &'static str, path: PathBuf| {
        let bytes = std::fs::read(&path).unwrap();
        let declaration = Declaration::inferred(&bytes);
        let (table, problems) = declaration.read(&bytes);
        assert!(problems.is_empty(), "{}: {problems:?}", path.display());
        Case {
            name,
            path,
            declaration,
            table,
        }
    };
    let bundled = root().join("../tables");
    let unusual = root().join("tests/export_tables");
    vec![
        of("Clarifai", bundled.join("clarifai.csv")),
        of("StardustRosetta", bundled.join("stardust_rosetta.csv")),
        of("StardustProject", bundled.join("stardust_project.csv")),
        of("AiGateway", bundled.join("ai_gateway.csv")),
        of("Negative", unusual.join("negative.csv")),
        of("TextCodes", unusual.join("text.csv")),
        of("Big", unusual.join("big.csv")),
    ]
}

/// The codes to ask about: every listed code, and around every range
/// (its bounds and the codes just outside them, or its prefix with more
/// after it), and a few no table lists; within the code type.
fn probes(table: &Table) -> Vec<CodeKey> {
    let mut probes: Vec<CodeKey> = table.codes.iter().map(|r| r.code.clone()).collect();
    if table.code_type == CodeType::Text {
        for range in &table.ranges {
            if let Covers::Prefix(prefix) = &range.covers {
                probes.push(CodeKey::Text(format!("{prefix}Unlisted")));
            }
        }
        probes.extend(["Nope.Nothing", "", "card"].map(|t| CodeKey::Text(t.to_owned())));
        return probes;
    }
    let mut numbers = vec![0, 1, 7, 999_999];
    for range in &table.ranges {
        if let Covers::Numbers { first, last } = range.covers {
            numbers.extend([first - 1, first, first + 1, last - 1, last, last + 1]);
        }
    }
    if table.code_type == CodeType::I64 {
        numbers.extend([-1, -7, -999_999]);
    }
    numbers.retain(|n| table.code_type == CodeType::I64 || u32::try_from(*n).is_ok());
    numbers.sort_unstable();
    numbers.dedup();
    probes.extend(numbers.into_iter().map(CodeKey::Int));
    probes
}

/// Whether `tool` runs; under CI a missing tool fails the test.
fn have(tool: &str, version: &[&str]) -> bool {
    let found = Command::new(tool)
        .args(version)
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{tool} is missing: .ci/run installs it"
        );
        eprintln!("skipped: {tool} is not installed");
    }
    found
}

fn run(command: &mut Command) -> String {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{command:?}\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// A fresh directory for one language.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cross_language_{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn literal(code: &CodeKey, bigint: bool) -> String {
    match code {
        CodeKey::Int(n) if bigint => format!("{n}n"),
        CodeKey::Int(n) => n.to_string(),
        CodeKey::Text(t) => serde_json::to_string(t).unwrap(),
    }
}

/// One answer, normalized: Go's `""` and `0` for "none" read as `null`.
fn normalized(line: &str) -> Value {
    let mut value: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
    let fields = value.as_array_mut().unwrap();
    for at in [5, 6] {
        if fields[at] == "" || fields[at] == 0 {
            fields[at] = Value::Null;
        }
    }
    if let Some(columns) = fields[9].as_object_mut() {
        for v in columns.values_mut() {
            if *v == "" {
                *v = Value::Null;
            }
        }
    }
    value
}

fn answers(out: &str) -> Vec<Value> {
    out.lines().map(normalized).collect()
}

/// The Rust enums' answers, from a user crate that includes every table.
fn rust_answers(cases: &[Case]) -> Vec<Value> {
    let mut main = String::from(
        "#![allow(clippy::all)]\nfn q(s: &str) -> String {\n    let mut o = String::from(\"\\\"\");\n    \
         for c in s.chars() {\n        match c {\n            '\"' => o.push_str(\"\\\\\\\"\"),\n            \
         '\\\\' => o.push_str(\"\\\\\\\\\"),\n            c if (c as u32) < 0x20 => o.push_str(&format!(\"\\\\u{:04x}\", c as u32)),\n            \
         c => o.push(c),\n        }\n    }\n    o.push('\"');\n    o\n}\n\
         fn opt(s: Option<&str>) -> String { s.map_or(\"null\".to_owned(), q) }\n\n",
    );
    for case in cases {
        let attribute = case.declaration.attribute().unwrap_or_default();
        let file = case.path.file_name().unwrap().to_str().unwrap();
        let _ = write!(
            main,
            "codetables::include_codes! {{\n    {attribute}\n    pub enum {} = \"tables/{file}\";\n}}\n",
            case.name
        );
    }
    main.push_str("\nfn main() {\n");
    for case in cases {
        let columns: Vec<String> = case
            .table
            .columns
            .iter()
            .map(|c| format!("format!(\"{{}}:{{}}\", q(\"{c}\"), opt(c.{c}()))"))
            .collect();
        for probe in probes(&case.table) {
            let _ = writeln!(
            main,
                "    {{ let c = {}::from({}); println!(\"[{{}},{{}},{{}},{{}},{{}},{{}},{{}},{{}},{{}},{{{{{{}}}}}}]\", q(\"{}\"), q(&c.code().to_string()), c.is_known(), q(c.name()), q(c.message()), opt(c.category().map(|k| k.name())), c.http_status().map_or(\"null\".to_owned(), |s| s.to_string()), q(c.kind().snake_name()), c.is_retryable(), <[String]>::join(&[{}], \",\")); }}",
                case.name,
                literal(&probe, false),
                case.name,
                columns.join(", ")
            );
        }
    }
    main.push_str("}\n");
    let crate_ = support::Scratch::of(&root().join(".."), "cross_language_rust", &main);
    for case in cases {
        let file = case.path.file_name().unwrap().to_str().unwrap();
        crate_.write(
            &format!("tables/{file}"),
            &std::fs::read_to_string(&case.path).unwrap(),
        );
    }
    answers(&crate_.run(&[]))
}

fn typescript_answers(cases: &[Case]) -> Vec<Value> {
    let dir = scratch("typescript");
    std::fs::write(dir.join("package.json"), "{\"type\": \"module\"}\n").unwrap();
    let mut files = Vec::new();
    for case in cases {
        let module = export::export(&case.table, case.name, Target::Typescript);
        std::fs::write(dir.join(format!("{}.ts", case.name)), &module).unwrap();
        let bigint = module.contains("bigint");
        let probes: Vec<String> = probes(&case.table)
            .iter()
            .map(|p| literal(p, bigint))
            .collect();
        let driver = format!(
            "import {{ describe }} from \"./{name}.js\";\n\
             for (const p of [{probes}]) {{\n\
             \x20 const i = describe(p);\n\
             \x20 console.log(JSON.stringify([\"{name}\", String(i.code), i.known, i.name, i.message, i.category, i.http, i.kind, i.retryable, i.columns]));\n\
             }}\n",
            name = case.name,
            probes = probes.join(", ")
        );
        std::fs::write(dir.join(format!("drive_{}.ts", case.name)), driver).unwrap();
        files.push(format!("drive_{}.ts", case.name));
    }
    run(Command::new("tsc")
        .args([
            "--strict",
            "--target",
            "es2022",
            "--module",
            "es2022",
            "--moduleResolution",
            "bundler",
            "--outDir",
            "out",
        ])
        .args(&files)
        .current_dir(&dir));
    let mut out = String::new();
    for file in &files {
        let js = format!("out/{}", file.replace(".ts", ".js"));
        out.push_str(&run(Command::new("node").arg(js).current_dir(&dir)));
    }
    answers(&out)
}

fn python_answers(cases: &[Case]) -> Vec<Value> {
    let dir = scratch("python");
    let mut out = String::new();
    for case in cases {
        let module = export::export(&case.table, case.name, Target::Python);
        std::fs::write(dir.join(format!("{}.py", case.name)), module).unwrap();
        run(Command::new("python3")
            .args(["-m", "mypy", "--strict", "--no-incremental"])
            .arg(format!("{}.py", case.name))
            .current_dir(&dir));
        let probes: Vec<String> = probes(&case.table)
            .iter()
            .map(|p| literal(p, false))
            .collect();
        let driver = format!(
            "import json\nfrom {name} import describe\n\
             for p in [{probes}]:\n\
             \x20   i = describe(p)\n\
             \x20   print(json.dumps([\"{name}\", str(i.code), i.known, i.name, i.message, i.category, i.http, i.kind, i.retryable, dict(i.columns)], ensure_ascii=False))\n",
            name = case.name,
            probes = probes.join(", ")
        );
        std::fs::write(dir.join("drive.py"), driver).unwrap();
        out.push_str(&run(Command::new("python3")
            .arg("drive.py")
            .current_dir(&dir)));
    }
    answers(&out)
}

fn go_answers(cases: &[Case]) -> Vec<Value> {
    let dir = scratch("go");
    std::fs::write(dir.join("go.mod"), "module example.com/codes\n\ngo 1.18\n").unwrap();
    let mut main = String::from("package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n\n");
    let mut body = String::new();
    for case in cases {
        let package = case.name.to_lowercase();
        std::fs::create_dir_all(dir.join(&package)).unwrap();
        let file = export::export(&case.table, case.name, Target::Go);
        std::fs::write(dir.join(&package).join(format!("{package}.go")), file).unwrap();
        let _ = writeln!(main, "\t\"example.com/codes/{package}\"");
        let shown = if case.table.code_type == CodeType::Text {
            "string(i.Code)"
        } else {
            "fmt.Sprintf(\"%d\", int64(i.Code))"
        };
        for probe in probes(&case.table) {
            let _ = write!(
                body,
                "\t{{\n\t\ti := {package}.Describe({package}.{name}({code}))\n\t\tprint(\"{name}\", {shown}, i.Known, i.Name, i.Message, i.Category, i.HTTP, i.Kind, i.Retryable, i.Columns)\n\t}}\n",
                name = case.name,
                code = literal(&probe, false)
            );
        }
    }
    main.push_str(")\n\nfunc print(fields ...any) {\n\tline, err := json.Marshal(fields)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tfmt.Println(string(line))\n}\n\nfunc main() {\n");
    main.push_str(&body);
    main.push_str("}\n");
    std::fs::write(dir.join("main.go"), main).unwrap();
    let unformatted = run(Command::new("gofmt")
        .arg("-l")
        .args(cases.iter().map(|c| c.name.to_lowercase()))
        .current_dir(&dir));
    assert_eq!(unformatted, "", "gofmt would change these files");
    run(Command::new("go").args(["vet", "./..."]).current_dir(&dir));
    answers(&run(Command::new("go")
        .args(["run", "."])
        .current_dir(&dir)))
}

#[test]
fn describe_answers_what_the_rust_enum_answers() {
    let cases = cases();
    let expected = rust_answers(&cases);
    let count: usize = cases.iter().map(|c| probes(&c.table).len()).sum();
    assert_eq!(expected.len(), count);
    for (language, tool, version, answers) in [
        (
            "TypeScript",
            "tsc",
            &["--version"][..],
            typescript_answers as fn(&[Case]) -> Vec<Value>,
        ),
        (
            "Python",
            "python3",
            &["-m", "mypy", "--version"],
            python_answers,
        ),
        ("Go", "go", &["version"], go_answers),
    ] {
        if !have(tool, version) {
            continue;
        }
        let got = answers(&cases);
        assert_eq!(got.len(), expected.len(), "{language}");
        for (theirs, ours) in got.iter().zip(&expected) {
            assert_eq!(theirs, ours, "{language} differs from Rust");
        }
        eprintln!("{language}: {} answers agree with Rust", got.len());
    }
}
