//! Tables that describe fields, not codes: an API action's request
//! parameters, a response's elements (`Name | Type | Required |
//! Description`). Their first column of identifiers looks like text codes;
//! their other columns say what they are.

use super::cells::Cell;

/// Headers of a column that describes a request's or a response's fields.
const FIELD_HEADERS: [&str; 12] = [
    "type",
    "data type",
    "value type",
    "required",
    "optional",
    "mandatory",
    "类型",
    "数据类型",
    "必填",
    "是否必填",
    "必須",
    "필수",
];

/// What the cells of such a column say: a type, or whether it is required.
const FIELD_VALUES: [&str; 24] = [
    "string",
    "integer",
    "int",
    "long",
    "number",
    "float",
    "double",
    "boolean",
    "bool",
    "array",
    "object",
    "timestamp",
    "map",
    "list",
    "yes",
    "no",
    "true",
    "false",
    "required",
    "optional",
    "是",
    "否",
    "y",
    "n",
];

/// The header of the column that makes a table one of fields (an API
/// action's parameters, a response's elements), where one does: headed as
/// a type or as required, and most of its cells a type or yes/no. A table
/// is a code table by its content, not by being on the page.
pub fn describes_fields(header: &[String], columns: &[Vec<&Cell>]) -> Option<String> {
    header.iter().zip(columns).find_map(|(title, cells)| {
        let title_is = FIELD_HEADERS.contains(&title.trim().to_lowercase().as_str());
        let said = cells
            .iter()
            .filter(|cell| {
                let text = cell.text.trim().to_lowercase();
                let first = text.split([' ', '<', '(']).next().unwrap_or_default();
                FIELD_VALUES.contains(&first)
            })
            .count();
        (title_is && !cells.is_empty() && said * 2 > cells.len()).then(|| title.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(texts: &[&str]) -> Vec<Cell> {
        texts
            .iter()
            .map(|text| Cell {
                text: (*text).to_owned(),
                ..Cell::default()
            })
            .collect()
    }

    #[test]
    fn a_column_of_types_or_required_makes_a_table_of_fields() {
        let header = ["Name".to_owned(), "Type".to_owned(), "Required".to_owned()];
        let types = cells(&["String", "Integer", "Array of objects"]);
        let required = cells(&["Yes", "No", "Yes"]);
        let names = cells(&["a", "b", "c"]);
        let columns = vec![
            names.iter().collect(),
            types.iter().collect(),
            required.iter().collect(),
        ];
        assert_eq!(describes_fields(&header, &columns), Some("Type".to_owned()));
        // An error table's `Type` column of error types is no field type.
        let kinds = cells(&["client", "server", "client"]);
        let columns = vec![names.iter().collect(), kinds.iter().collect()];
        assert_eq!(describes_fields(&header[..2], &columns), None);
    }
}
