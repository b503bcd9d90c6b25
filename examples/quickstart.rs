//! The bundled vendor tables at work: lookups, unknown codes, categories,
//! classification and the compile-time checked macros.
//!
//! Run with `cargo run --example quickstart`.

use codetables::vendors::{AiGateway, Clarifai, StardustProject, StardustRosetta};
use codetables::{Code, Kind};

fn main() {
    section("Look a code up (StardustRosetta, from tables/stardust_rosetta.csv)");
    for raw in [51006, 54011, 2000, 59999] {
        describe(StardustRosetta::from(raw));
    }

    section("Unknown codes are kept, and classified by the table's ranges (AiGateway)");
    for raw in [401002, 401777, 100777, 530002, 777] {
        describe(AiGateway::from(raw));
    }

    section("Categories come from Clarifai's ranged sections");
    for raw in [11001, 21317, 21318, 21351, 64005, 98014, 66000] {
        let code = Clarifai::from(raw);
        let category = code.category().map_or_else(
            || "(none)".to_owned(),
            |c| format!("{c} — {}", c.description()),
        );
        println!("  {raw:>6}  {:<36} {category}", code.name_or_unknown());
    }

    section("Symbolic names parse back to codes");
    for name in ["CONN_TOKEN_INVALID", "MODEL_TRAINING", "NO_SUCH_NAME"] {
        match name.parse::<Clarifai>() {
            Ok(code) => println!("  {name:<20} -> {} ({code})", code.code()),
            Err(error) => println!("  {name:<20} -> error: {error}"),
        }
    }

    section("The checked macros: a code that is not in the table does not compile");
    let code = StardustProject::from(404);
    let advice = match code {
        codetables::stardust_project!(401) | codetables::stardust_project!(403) => "sign again",
        codetables::stardust_project!(404) => "check the resource id",
        codetables::stardust_project!(500) => "retry later",
        _ => "report it",
    };
    println!("  stardust_project!(404) matched StardustProject::{code:?}: {advice}");
    println!("  (`stardust_project!(999)` would be: error: code 999 is not in tables/stardust_project.csv)");

    section("Generic code over any vendor, through the Code trait");
    next_step(StardustRosetta::from(5000));
    next_step(AiGateway::from(401001));
    next_step(StardustProject::from(5842));
    next_step(AiGateway::from(0));
}

fn section(title: &str) {
    println!("\n{title}\n{}", "─".repeat(title.chars().count()));
}

fn describe<C: Code>(code: C) {
    let status = code
        .http_status()
        .map_or_else(|| "—".to_owned(), |s| s.to_string());
    println!(
        "  {:>6}  {:<44} kind {:<18} http {status:<4} {}",
        code.code(),
        code.to_string(),
        code.kind().snake_name(),
        if code.is_known() {
            ""
        } else {
            "(not in the table)"
        },
    );
}

/// What a client would do with a response code from any vendor.
fn next_step<C: Code>(code: C) {
    let step = if code.is_success() {
        "done: use the data"
    } else if code.kind() == Kind::Unauthenticated {
        "re-authenticate, then retry"
    } else if code.is_retryable() {
        "retry with backoff"
    } else {
        "report the error to the user"
    };
    println!(
        "  {:<16} {:>6}  {:<42} → {step}",
        short_name::<C>(),
        code.code(),
        code.to_string()
    );
}

fn short_name<C>() -> &'static str {
    let full = std::any::type_name::<C>();
    full.rsplit("::").next().unwrap_or(full)
}

trait NameOrUnknown {
    fn name_or_unknown(self) -> String;
}

impl<C: Code> NameOrUnknown for C {
    fn name_or_unknown(self) -> String {
        if self.is_known() {
            self.name().to_owned()
        } else {
            format!("(unlisted {})", self.code())
        }
    }
}
