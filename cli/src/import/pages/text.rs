//! Flattened page text: `50522The pool vertex information is incorrect.`,
//! the code running into its description.

use super::Row;

pub fn rows(page: &str) -> Vec<Row> {
    // Where a description starts with a digit, the digits run on; codes of a
    // page have one length, so cut every run at the commonest one.
    let runs: Vec<usize> = page
        .lines()
        .map(leading_digits)
        .filter(|&n| n > 0)
        .collect();
    let Some(code_length) = commonest(&runs) else {
        return Vec::new();
    };
    page.lines()
        .filter_map(|line| {
            let run = leading_digits(line);
            if run < code_length || line.len() == code_length {
                return None;
            }
            let (code, message) = line.split_at(code_length);
            let message = message.trim();
            (!message.is_empty()).then(|| Row {
                code: code.to_owned(),
                message: message.to_owned(),
                ..Row::default()
            })
        })
        .collect()
}

fn leading_digits(line: &str) -> usize {
    line.bytes().take_while(u8::is_ascii_digit).count()
}

fn commonest(values: &[usize]) -> Option<usize> {
    let mut counts = std::collections::BTreeMap::new();
    for &value in values {
        *counts.entry(value).or_insert(0) += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(value, count)| (count, std::cmp::Reverse(value)))
        .map(|(value, _)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_cut_at_the_common_length() {
        let rows = rows(
            "CodeDescription\n50522The pool\n50528The number 20.\n57001123 is a value\njson\n",
        );
        let parsed: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r.code.as_str(), r.message.as_str()))
            .collect();
        assert_eq!(
            parsed,
            [
                ("50522", "The pool"),
                ("50528", "The number 20."),
                ("57001", "123 is a value")
            ]
        );
    }
}
