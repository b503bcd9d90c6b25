//! The names the checks reserve are the names the generator emits: a table
//! is expanded with every feature (categories, a declared column, ranges,
//! an envelope shape, serde), and each method and associated item of the
//! output is held against the lists of `codetables_reader::reserved`. A new
//! generated method that the lists miss (and that a table could then take
//! as a column or category) fails here.

use std::collections::BTreeSet;

use codetables_reader::{envelope, expand, read_table, reserved, DataSpec, EnumSpec, EnvelopeSpec};

const TABLE: &str = "code,message,name,category,http,kind,solution
1xx,Auth errors,,auth,401,,log in again
0,ok,OK,,,ok,
101,token expired,TOKEN_EXPIRED,,,,
200,busy,BUSY,limits,429,,wait
";

/// The methods and constants of the expanded table: inherent ones, trait
/// ones, and the variants of the code enum.
#[derive(Default)]
struct Items {
    inherent_methods: BTreeSet<String>,
    inherent_consts: BTreeSet<String>,
    trait_methods: BTreeSet<String>,
    variants: BTreeSet<String>,
}

fn items_of(file: &syn::File, enum_name: &str, items: &mut Items) {
    for item in &file.items {
        match item {
            syn::Item::Impl(block) => {
                let syn::Type::Path(self_ty) = &*block.self_ty else {
                    continue;
                };
                if !self_ty.path.is_ident(enum_name) {
                    continue;
                }
                for item in &block.items {
                    let (methods, consts) = if block.trait_.is_some() {
                        (&mut items.trait_methods, None)
                    } else {
                        (
                            &mut items.inherent_methods,
                            Some(&mut items.inherent_consts),
                        )
                    };
                    match item {
                        syn::ImplItem::Fn(method) => {
                            methods.insert(method.sig.ident.to_string());
                        }
                        syn::ImplItem::Const(constant) => {
                            if let Some(consts) = consts {
                                consts.insert(constant.ident.to_string());
                            }
                        }
                        _ => {}
                    }
                }
            }
            syn::Item::Enum(def) if def.ident == enum_name => {
                items
                    .variants
                    .extend(def.variants.iter().map(|v| v.ident.to_string()));
            }
            _ => {}
        }
    }
}

#[test]
fn every_generated_name_is_listed_where_the_checks_read_it() {
    let columns = vec!["solution".to_owned()];
    let (table, diagnostics) = read_table(TABLE.as_bytes(), &columns);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let mut spec = EnumSpec::plain("Codes", "tables/codes.csv");
    spec.envelope = Some(EnvelopeSpec {
        code: envelope::field_path("error.code").unwrap(),
        code_after: None,
        request_id_header: None,
        code_header: None,
        message: Some(envelope::field_path("error.message").unwrap()),
        request_id: None,
        date: None,
        success: None,
        details: None,
        data: DataSpec::Rest,
    });
    let tokens = expand(&spec, &table, &[]);
    let file: syn::File = syn::parse2(tokens).expect("the expansion parses as Rust items");
    let mut items = Items::default();
    items_of(&file, "Codes", &mut items);

    let public: BTreeSet<String> = items
        .inherent_methods
        .iter()
        .filter(|m| !m.starts_with("__"))
        .cloned()
        .collect();
    let mut expected: BTreeSet<String> = reserved::INHERENT_METHODS
        .iter()
        .map(|m| (*m).to_owned())
        .collect();
    expected.insert("solution".to_owned());
    expected.extend(["auth", "limits"].map(reserved::category_method));
    assert_eq!(
        public, expected,
        "inherent methods vs reserved::INHERENT_METHODS"
    );

    let listed: BTreeSet<&str> = reserved::INHERENT_METHODS
        .iter()
        .chain(&reserved::TRAIT_METHODS)
        .copied()
        .collect();
    let unlisted: Vec<&String> = items
        .trait_methods
        .iter()
        .filter(|m| !listed.contains(m.as_str()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "trait methods missing from reserved::TRAIT_METHODS: {unlisted:?}"
    );
    for method in &items.trait_methods {
        assert!(reserved::is_method(method));
    }

    let consts: BTreeSet<&str> = items.inherent_consts.iter().map(String::as_str).collect();
    assert_eq!(consts, reserved::ASSOCIATED_CONSTS.into_iter().collect());
    assert!(items.variants.contains(reserved::UNKNOWN_VARIANT));
    assert!(reserved::is_reserved_variant(reserved::UNKNOWN_VARIANT));
}

/// The lists are what the checks refuse: a column or a category that takes
/// a listed name is an error.
#[test]
fn the_checks_refuse_every_listed_name() {
    for method in reserved::INHERENT_METHODS
        .iter()
        .chain(&reserved::TRAIT_METHODS)
    {
        assert!(
            codetables_reader::names::own_column_problem(method).is_some(),
            "column `{method}` is accepted"
        );
        if let Some(category) = method.strip_prefix(reserved::CATEGORY_METHOD_PREFIX) {
            let table = format!("code,message,category\n1,one,{category}\n");
            let (_, diagnostics) = read_table(table.as_bytes(), &[]);
            assert!(
                diagnostics.iter().any(|d| d.message.contains(method)),
                "category `{category}` is accepted: {diagnostics:?}"
            );
        }
    }
    for variant in reserved::ASSOCIATED_CONSTS
        .iter()
        .chain([&reserved::UNKNOWN_VARIANT])
    {
        let table = format!("code,message,variant\n1,one,{variant}\n");
        let (_, diagnostics) = read_table(table.as_bytes(), &[]);
        assert!(!diagnostics.is_empty(), "variant `{variant}` is accepted");
    }
}
