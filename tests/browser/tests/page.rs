//! `codetables export --to html` of the Clarifai table, opened from disk
//! in headless Chromium through WebDriver: the row the URL's fragment
//! names is highlighted, typing in the search box filters the rows by
//! code, name or message, and nothing is fetched from the network.
//! `CODETABLES_SCREENSHOT=FILE` saves what the browser shows (the README's
//! picture). Chromium and chromedriver come from the system's packages
//! (`.ci/install-tools`); where they are missing the test says so and
//! skips, except under `CI`.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use codetables_cli::declaration::Declaration;
use codetables_cli::export::{self, Target};
use serde_json::{json, Value};

/// A running chromedriver, stopped when dropped.
struct Driver {
    child: Child,
    base: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    fn start() -> Option<Driver> {
        let port = TcpListener::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()?
            .port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let driver = Driver {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if driver.call("GET", "/status", None).is_ok() {
                return Some(driver);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        None
    }

    /// A WebDriver command: its `value`.
    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
        let url = format!("{}{path}", self.base);
        let response = match body {
            Some(body) => ureq::post(&url)
                .header("Content-Type", "application/json")
                .send(body.to_string()),
            None if method == "DELETE" => ureq::delete(&url).call(),
            None => ureq::get(&url).call(),
        };
        let mut response = response.map_err(|e| e.to_string())?;
        let text = response
            .body_mut()
            .read_to_string()
            .map_err(|e| e.to_string())?;
        let value: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        Ok(value["value"].clone())
    }
}

/// A browser session.
struct Session<'d> {
    driver: &'d Driver,
    id: String,
}

impl Session<'_> {
    fn open(driver: &Driver) -> Session<'_> {
        let mut options = json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--window-size=1100,760", "--hide-scrollbars"]});
        if Path::new("/usr/bin/chromium").exists() {
            options["binary"] = json!("/usr/bin/chromium");
        }
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options}}});
        let session = driver
            .call("POST", "/session", Some(&capabilities))
            .unwrap();
        let id = session["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {session}"))
            .to_owned();
        Session { driver, id }
    }

    fn post(&self, path: &str, body: &Value) -> Value {
        let path = format!("/session/{}{path}", self.id);
        self.driver.call("POST", &path, Some(body)).unwrap()
    }

    fn script(&self, script: &str) -> Value {
        self.post("/execute/sync", &json!({"script": script, "args": []}))
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        let _ = self
            .driver
            .call("DELETE", &format!("/session/{}", self.id), None);
    }
}

/// Whether chromedriver is installed; under CI its absence fails.
fn have_chromedriver() -> bool {
    let found = Command::new("chromedriver")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromedriver is missing: .ci/install-tools installs it"
        );
        eprintln!("skipped: chromedriver is not installed");
    }
    found
}

/// The exported page, written to disk; the codes, names and messages of
/// its rows.
fn exported() -> (PathBuf, Vec<String>) {
    let table_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tables/clarifai.csv");
    let bytes = std::fs::read(table_path).unwrap();
    let (table, problems) = Declaration::inferred(&bytes).read(&bytes);
    assert!(problems.is_empty());
    let page = export::export(&table, "Clarifai", Target::Html);
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("clarifai.html");
    std::fs::write(&path, page).unwrap();
    let mut searchable: Vec<String> = table
        .codes
        .iter()
        .map(|r| {
            format!(
                "{} {} {}",
                r.code,
                r.name.as_deref().unwrap_or_default(),
                r.message
            )
        })
        .collect();
    searchable.extend(
        table
            .ranges
            .iter()
            .map(|r| format!("{}  {}", r.pattern, r.message)),
    );
    (path, searchable)
}

/// PNG bytes from WebDriver's base64.
fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let digits: Vec<u8> = text
        .bytes()
        .filter(|c| c.is_ascii_alphanumeric() || *c == b'+' || *c == b'/')
        .map(value)
        .collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, d)| n | u32::from(*d) << (18 - 6 * i));
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    out
}

#[test]
fn the_page_filters_highlights_and_fetches_nothing() {
    if !have_chromedriver() {
        return;
    }
    let (path, searchable) = exported();
    let driver = Driver::start().expect("chromedriver did not start");
    let session = Session::open(&driver);
    session.post(
        "/url",
        &json!({"url": format!("file://{}#code-11001", path.display())}),
    );

    // The fragment's row is highlighted, and no other.
    let background = |id: &str| {
        session.script(&format!(
            "return getComputedStyle(document.getElementById('{id}')).backgroundColor;"
        ))
    };
    assert_eq!(background("code-11001"), json!("rgb(255, 248, 197)"));
    assert_ne!(background("code-11002"), background("code-11001"));

    // Every row shows; typing filters them by code, name or message.
    let shown =
        || session.script("return document.querySelectorAll('tbody tr:not([hidden])').length;");
    assert_eq!(shown(), json!(searchable.len()));
    let search = session.post(
        "/element",
        &json!({"using": "css selector", "value": "#search"}),
    );
    let element = search
        .as_object()
        .and_then(|o| o.values().next())
        .and_then(Value::as_str)
        .unwrap()
        .to_owned();
    session.post(
        &format!("/element/{element}/value"),
        &json!({"text": "Token"}),
    );
    let expected = searchable
        .iter()
        .filter(|text| text.to_lowercase().contains("token"))
        .count();
    assert!(expected > 0 && expected < searchable.len());
    assert_eq!(shown(), json!(expected));
    assert_eq!(
        session.script("return document.getElementById('count').textContent;"),
        json!(format!("{expected} of {} codes", searchable.len()))
    );
    // A section left without a row is hidden with it.
    let empty_sections = session.script(
        "return [...document.querySelectorAll('section')].filter(s => !s.hidden && !s.querySelector('tbody tr:not([hidden])')).length;",
    );
    assert_eq!(empty_sections, json!(0));

    // Nothing was fetched: no resource besides the page itself.
    assert_eq!(
        session.script("return performance.getEntriesByType('resource').length;"),
        json!(0)
    );

    if let Some(file) = std::env::var_os("CODETABLES_SCREENSHOT") {
        session.post(&format!("/element/{element}/clear"), &json!({}));
        session.post(
            &format!("/element/{element}/value"),
            &json!({"text": "limit"}),
        );
        let shot = session
            .driver
            .call("GET", &format!("/session/{}/screenshot", session.id), None);
        std::fs::write(file, base64(shot.unwrap().as_str().unwrap())).unwrap();
    }
}
