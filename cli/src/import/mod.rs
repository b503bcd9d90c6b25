//! `codetables import`: a vendor's code page → a table in the format
//! `include_codes!` reads.
//!
//! Three page shapes, as the seeds show them: HTML `<table>`s ([`html`]),
//! markdown pipe tables with bold section rows and HTTP-status tables that
//! state code ranges ([`markdown`]), and flattened page text where the code
//! runs into the description ([`text`]).

mod html;
mod markdown;
mod merge;
mod text;

pub use merge::merge;

use std::collections::HashMap;

use heck::ToSnakeCase;

/// The page formats `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown pipe tables.
    Markdown,
    /// HTML `<table>` elements.
    Html,
    /// Flattened page text, one `CODEDescription` per line.
    Text,
    /// Decide from the page.
    Auto,
}

/// One row of the imported table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// A code, or a range pattern for a section that states one.
    pub code: String,
    /// The documented text.
    pub message: String,
    /// The vendor's symbolic name.
    pub name: Option<String>,
    /// The section's category.
    pub category: Option<String>,
    /// The HTTP status a status table gives a range.
    pub http: Option<u16>,
}

/// An imported table and what the importer had to decide.
#[derive(Debug, Default)]
pub struct Imported {
    /// The rows, in page order; each code once.
    pub rows: Vec<Row>,
    /// Things the user should know (merged duplicates, suspicious ranges).
    pub warnings: Vec<String>,
}

/// Imports `page` read as `format`.
#[must_use]
pub fn import(page: &str, format: Format) -> Imported {
    let rows = match resolve(page, format) {
        Format::Html => html::rows(page),
        Format::Markdown => markdown::rows(page),
        Format::Text | Format::Auto => text::rows(page),
    };
    let mut imported = merge_duplicates(rows);
    warn_about_empty_ranges(&mut imported);
    imported
}

fn resolve(page: &str, format: Format) -> Format {
    match format {
        Format::Auto if page.contains("<table") => Format::Html,
        Format::Auto if page.lines().any(|l| l.trim_start().starts_with('|')) => Format::Markdown,
        Format::Auto => Format::Text,
        other => other,
    }
}

/// One row per code: a code documented twice keeps both texts, joined by
/// ` / `, in page order.
fn merge_duplicates(rows: Vec<Row>) -> Imported {
    let mut imported = Imported::default();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in rows {
        if let Some(&first) = seen.get(&row.code) {
            let kept = &mut imported.rows[first];
            imported.warnings.push(format!(
                "code {} is listed twice ({:?} and {:?}); kept one row with both texts",
                row.code, kept.message, row.message
            ));
            if kept.message != row.message {
                kept.message = format!("{} / {}", kept.message, row.message);
            }
            kept.name = kept.name.take().or(row.name);
        } else {
            seen.insert(row.code.clone(), imported.rows.len());
            imported.rows.push(row);
        }
    }
    imported
}

/// A range that covers none of the page's codes while longer codes start
/// with its digits is likely a typo in the page (seed 003 writes `5xxxx`
/// for its six-digit `5xxxxx` codes): say so, keep the page's text.
fn warn_about_empty_ranges(imported: &mut Imported) {
    let codes: Vec<&str> = imported
        .rows
        .iter()
        .map(|r| r.code.as_str())
        .filter(|c| c.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    for row in &imported.rows {
        let Some((first, last)) = pattern_bounds(&row.code) else {
            continue;
        };
        if codes
            .iter()
            .any(|c| c.parse().is_ok_and(|c: u64| (first..=last).contains(&c)))
        {
            continue;
        }
        let digits = row.code.trim_end_matches('x');
        let longer: Vec<&str> = codes
            .iter()
            .copied()
            .filter(|c| c.starts_with(digits) && c.len() > row.code.len())
            .take(3)
            .collect();
        if !digits.is_empty() && !row.code.contains('-') && !longer.is_empty() {
            imported.warnings.push(format!(
                "range {} covers none of the page's codes, but {}… start with its digits and are longer; \
                 did the page mean {}{}? (kept as written)",
                row.code,
                longer.join(", "),
                row.code,
                "x".repeat(longer[0].len() - row.code.len())
            ));
        }
    }
}

/// The bounds of `11xxx` or `21310-21319`.
fn pattern_bounds(pattern: &str) -> Option<(u64, u64)> {
    if let Some((first, last)) = pattern.split_once('-') {
        return Some((first.parse().ok()?, last.parse().ok()?));
    }
    let digits = pattern.trim_end_matches('x');
    let wildcards = u32::try_from(pattern.len() - digits.len())
        .ok()
        .filter(|&w| w > 0)?;
    let scale = 10u64.checked_pow(wildcards)?;
    let first = digits.parse::<u64>().ok()?.checked_mul(scale)?;
    Some((first, first + scale - 1))
}

/// The category of a section title: `Clarifai Connection Codes` →
/// `clarifai_connection`, `Input: Image Related Codes` → `input_image`.
#[must_use]
pub fn category(title: &str) -> Option<String> {
    const FILLER: [&str; 6] = ["codes", "code", "related", "status", "error", "issues"];
    let mut words: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| FILLER.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    let snake = words.join(" ").to_snake_case();
    let snake = if snake.starts_with(|c: char| c.is_ascii_lowercase()) {
        snake
    } else {
        format!("section_{snake}")
    };
    let snake = match snake.as_str() {
        // Would clash with generated methods (`is_success()`…).
        "success" | "known" | "retryable" => format!("{snake}_codes"),
        _ => snake,
    };
    snake.is_ascii().then_some(snake)
}

/// Writes `rows` as a table, with the columns that have any value.
///
/// # Errors
/// An I/O error of `out`.
pub fn write_table(rows: &[Row], out: impl std::io::Write) -> csv::Result<()> {
    let has_names = rows.iter().any(|r| r.name.is_some());
    let has_categories = rows.iter().any(|r| r.category.is_some());
    let has_http = rows.iter().any(|r| r.http.is_some());
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    let mut header = vec!["code", "message"];
    header.extend(has_names.then_some("name"));
    header.extend(has_categories.then_some("category"));
    header.extend(has_http.then_some("http"));
    writer.write_record(&header)?;
    for row in rows {
        let mut record = vec![row.code.clone(), row.message.clone()];
        if has_names {
            record.push(row.name.clone().unwrap_or_default());
        }
        if has_categories {
            record.push(row.category.clone().unwrap_or_default());
        }
        if has_http {
            record.push(row.http.map(|s| s.to_string()).unwrap_or_default());
        }
        writer.write_record(&record)?;
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_from_section_titles() {
        let cases = [
            ("Clarifai Connection Codes", "clarifai_connection"),
            ("Input: Image Related Codes", "input_image"),
            ("Redis/Cache Error Codes", "redis_cache"),
            ("Business-specific Codes", "business_specific"),
            ("Generic", "generic"),
            ("Billing Related Issues", "billing"),
            ("Success", "success_codes"),
        ];
        for (title, expected) in cases {
            assert_eq!(category(title).as_deref(), Some(expected), "{title}");
        }
    }

    #[test]
    fn duplicates_merge_and_warn() {
        let rows = vec![
            Row {
                code: "1".into(),
                message: "a".into(),
                ..Row::default()
            },
            Row {
                code: "2".into(),
                message: "b".into(),
                ..Row::default()
            },
            Row {
                code: "1".into(),
                message: "c".into(),
                ..Row::default()
            },
        ];
        let imported = merge_duplicates(rows);
        assert_eq!(imported.rows.len(), 2);
        assert_eq!(imported.rows[0].message, "a / c");
        assert_eq!(imported.warnings.len(), 1);
    }

    #[test]
    fn formats_are_detected() {
        assert_eq!(resolve("<table><tr>", Format::Auto), Format::Html);
        assert_eq!(resolve("| a | b |\n|---|", Format::Auto), Format::Markdown);
        assert_eq!(
            resolve("51006CampaignId not exists.", Format::Auto),
            Format::Text
        );
        assert_eq!(resolve("<table>", Format::Text), Format::Text);
    }

    #[test]
    fn pattern_bounds_of_both_forms() {
        assert_eq!(pattern_bounds("11xxx"), Some((11_000, 11_999)));
        assert_eq!(pattern_bounds("21310-21319"), Some((21_310, 21_319)));
        assert_eq!(pattern_bounds("51006"), None);
    }
}
