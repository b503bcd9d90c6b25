//! Categories: each once, in order of first appearance, with a variant of
//! the category enum and an `is_<category>()` method that clash with nothing.

use std::collections::HashMap;

use crate::model::Category;
use crate::model::Column;
use crate::names;
use crate::parse::Row;
use crate::reserved;
use crate::{Diagnostic, Subject};

#[derive(Default)]
pub(super) struct Categories {
    pub(super) list: Vec<Category>,
    /// The line that introduced each category of `list`.
    lines: Vec<usize>,
    by_name: HashMap<String, Option<usize>>,
    by_variant: HashMap<String, (String, usize)>,
}

impl Categories {
    /// The index of `name`, registering it on first sight; `None` (after one
    /// report) for a category that cannot be generated.
    pub(super) fn intern(
        &mut self,
        name: &str,
        row: &Row,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<usize> {
        if let Some(&index) = self.by_name.get(name) {
            if let Some(index) = index {
                let category: &mut Category = &mut self.list[index];
                if category.description.is_none() && row.codes.is_group() {
                    category.description = Some(row.message.clone());
                }
            }
            return index;
        }
        let variant = names::category_variant(name);
        let mut report = |message: String| {
            diagnostics.push(Diagnostic::at(
                row.line,
                Subject::Field(Column::Category),
                message,
            ));
        };
        let method = reserved::category_method(name);
        let index = if reserved::is_method(&method) {
            report(format!(
                "category `{name}` would generate `{method}()`, which every code enum \
                 already has; rename the category"
            ));
            None
        } else if !names::is_camel_identifier(&variant)
            || reserved::ASSOCIATED_CONSTS.contains(&variant.as_str())
        {
            report(format!(
                "category `{name}` cannot become a variant of the category enum (`{variant}`); rename it"
            ));
            None
        } else if let Some((other, line)) = self.by_variant.get(&variant) {
            report(format!(
                "category `{name}` and category `{other}` (line {line}) both become the \
                 category variant `{variant}`; use one spelling"
            ));
            None
        } else {
            self.by_variant
                .insert(variant.clone(), (name.to_owned(), row.line));
            self.list.push(Category {
                name: name.to_owned(),
                variant,
                description: row.codes.is_group().then(|| row.message.clone()),
            });
            self.lines.push(row.line);
            Some(self.list.len() - 1)
        };
        self.by_name.insert(name.to_owned(), index);
        index
    }

    /// Reports categories whose `is_<category>()` is also a declared
    /// column's method.
    pub(super) fn check_against_columns(&self, own: &[String], diagnostics: &mut Vec<Diagnostic>) {
        for (category, line) in self.list.iter().zip(&self.lines) {
            let method = reserved::category_method(&category.name);
            if own.contains(&method) {
                diagnostics.push(Diagnostic::at(
                    *line,
                    Subject::Field(Column::Category),
                    format!(
                        "category `{}` generates `{method}()`, and so does the declared column \
                         `{method}`; rename the category or the column",
                        category.name
                    ),
                ));
            }
        }
    }
}
