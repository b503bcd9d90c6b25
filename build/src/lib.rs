//! What [`codetables::include_codes!`](https://docs.rs/codetables) generates
//! for a table, as a formatted Rust file: written from a `build.rs` into
//! `OUT_DIR`, or committed (a crate whose editor should see the enum, or
//! that wants no proc macro to run for its table).
//!
//! ```no_run
//! // build.rs
//! codetables_build::Generate::new("tables/vendor.csv", "Vendor")
//!     .write_to_out_dir("vendor.rs")
//!     .unwrap();
//! // src/lib.rs: include!(concat!(env!("OUT_DIR"), "/vendor.rs"));
//! ```
//!
//! The file gives the same enum, methods, trait impls and checked macro
//! (`vendor!(40001)`) as `include_codes!` of the same table with the same
//! options; its only dependency is `codetables`. The table is read and
//! checked by the macro's own reader: a table the macro refuses is refused
//! here, with every problem and its line. The output is deterministic.

use std::fmt;
use std::path::{Path, PathBuf};

use codetables_reader::{EnumSpec, MacroVisibility};
use proc_macro2::TokenStream;
use quote::quote;

/// The generation of one table's code, configured as `include_codes!`
/// would be.
#[derive(Debug, Clone)]
pub struct Generate {
    table: PathBuf,
    name: String,
    text: bool,
    columns: Vec<String>,
    public: bool,
    serde: bool,
    module: Option<String>,
}

/// Why the code could not be generated.
#[derive(Debug)]
pub enum Error {
    /// The table could not be read.
    Io(PathBuf, std::io::Error),
    /// The table has problems (`file:line: message`, one per line), as
    /// `include_codes!` would report them.
    Table(Vec<String>),
    /// The enum's name is not an identifier.
    Name(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(path, error) => write!(f, "{}: cannot read: {error}", path.display()),
            Error::Table(problems) => f.write_str(&problems.join("\n")),
            Error::Name(name) => write!(f, "`{name}` cannot name an enum"),
        }
    }
}

impl std::error::Error for Error {}

impl Generate {
    /// The code of the table at `table` (a path relative to the crate's
    /// root in a build script, as `include_codes!` takes it), as the enum
    /// `name`: public, numeric codes, no own columns, no serde impls.
    #[must_use]
    pub fn new(table: impl AsRef<Path>, name: &str) -> Generate {
        Generate {
            table: table.as_ref().to_owned(),
            name: name.to_owned(),
            text: false,
            columns: Vec::new(),
            public: true,
            serde: false,
            module: None,
        }
    }

    /// The codes are text, as `#[codes(text)]`.
    #[must_use]
    pub fn text(mut self, text: bool) -> Generate {
        self.text = text;
        self
    }

    /// The table's own columns, as `#[codes(columns(...))]`.
    #[must_use]
    pub fn columns<S: AsRef<str>>(mut self, columns: impl IntoIterator<Item = S>) -> Generate {
        self.columns = columns.into_iter().map(|c| c.as_ref().to_owned()).collect();
        self
    }

    /// A private enum (and macro) instead of a public one.
    #[must_use]
    pub fn private(mut self) -> Generate {
        self.public = false;
        self
    }

    /// `Serialize` and `Deserialize` impls, as `include_codes!` writes them
    /// when `codetables` has its `serde` feature (which the crate then
    /// needs).
    #[must_use]
    pub fn serde(mut self, serde: bool) -> Generate {
        self.serde = serde;
        self
    }

    /// The module that holds the enum (`crate::codes`), as
    /// `#[codes(module = "…")]`, so that the checked macro names it from
    /// anywhere.
    #[must_use]
    pub fn module(mut self, module: &str) -> Generate {
        self.module = Some(module.to_owned());
        self
    }

    /// The generated file.
    ///
    /// # Errors
    /// The table cannot be read, or has problems.
    pub fn generate(&self) -> Result<String, Error> {
        let bytes = std::fs::read(&self.table).map_err(|e| Error::Io(self.table.clone(), e))?;
        let (table, problems) = codetables_reader::read_table_as(&bytes, &self.columns, self.text);
        if !problems.is_empty() {
            let file = self.table.display().to_string();
            return Err(Error::Table(
                problems.iter().map(|p| p.located(&file)).collect(),
            ));
        }
        let spec = self.spec()?;
        let tokens = codetables_reader::expand(&spec, &table, &[]);
        Ok(format(&self.name, &self.table, &tokens))
    }

    /// Writes the file to `path`, where it differs (so that an unchanged
    /// table rebuilds nothing).
    ///
    /// # Errors
    /// As [`Generate::generate`], or the file cannot be written.
    pub fn write(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let text = self.generate()?;
        let path = path.as_ref();
        if std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(path, text).map_err(|e| Error::Io(path.to_owned(), e))?;
        }
        Ok(())
    }

    /// In a build script: writes the file as `OUT_DIR/file_name` and tells
    /// Cargo to run the script again when the table changes.
    ///
    /// # Errors
    /// As [`Generate::write`]; `OUT_DIR` unset (not in a build script).
    pub fn write_to_out_dir(&self, file_name: &str) -> Result<(), Error> {
        let out = std::env::var_os("OUT_DIR").ok_or_else(|| {
            Error::Io(
                PathBuf::from("OUT_DIR"),
                std::io::Error::other("OUT_DIR is unset: call this from a build script"),
            )
        })?;
        println!("cargo:rerun-if-changed={}", self.table.display());
        self.write(Path::new(&out).join(file_name))
    }

    fn spec(&self) -> Result<EnumSpec, Error> {
        let ident: syn::Ident =
            syn::parse_str(&self.name).map_err(|_| Error::Name(self.name.clone()))?;
        let mut spec = EnumSpec::plain(&ident.to_string(), &self.table.display().to_string());
        spec.serde = self.serde;
        if self.public {
            spec.vis = quote!(pub);
            spec.macro_visibility = MacroVisibility::Exported;
        }
        if let Some(module) = &self.module {
            let below: Vec<syn::Ident> = module
                .trim_start_matches("crate")
                .split("::")
                .filter(|s| !s.is_empty())
                .map(syn::parse_str)
                .collect::<Result<_, _>>()
                .map_err(|_| Error::Name(module.clone()))?;
            spec.module_path = Some(quote!($crate #(::#below)*));
        }
        Ok(spec)
    }
}

/// The tokens as a formatted file, with a header that says where it came
/// from: laid out by `prettyplease`, then by `rustfmt` where the toolchain
/// has it (`$RUSTFMT`, else `rustfmt`), so that the file is what
/// `cargo fmt` would leave.
fn format(name: &str, table: &Path, tokens: &TokenStream) -> String {
    let header = format!(
        "// The codes of {name}, generated by codetables from {}.\n\
         // Do not edit: change the table and generate again.\n\n",
        table.display()
    );
    let text = match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(mut file) => {
            // Out of a macro, clippy lints what it generates as the
            // crate's own code (long hash constants, casts): the file is
            // generated, as a macro's expansion is.
            for item in &mut file.items {
                if let Some(attrs) = attributes(item) {
                    attrs.insert(
                        0,
                        syn::parse_quote!(#[allow(clippy::all, clippy::pedantic, clippy::nursery)]),
                    );
                }
            }
            header + &prettyplease::unparse(&file)
        }
        // Not expected: the expansion is always a file of items.
        Err(_) => header + &tokens.to_string(),
    };
    rustfmt(&text).unwrap_or(text)
}

/// The attributes of an item the expansion writes.
fn attributes(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    match item {
        syn::Item::Const(i) => Some(&mut i.attrs),
        syn::Item::Enum(i) => Some(&mut i.attrs),
        syn::Item::Fn(i) => Some(&mut i.attrs),
        syn::Item::Impl(i) => Some(&mut i.attrs),
        syn::Item::Macro(i) => Some(&mut i.attrs),
        syn::Item::Mod(i) => Some(&mut i.attrs),
        syn::Item::Static(i) => Some(&mut i.attrs),
        syn::Item::Struct(i) => Some(&mut i.attrs),
        syn::Item::Use(i) => Some(&mut i.attrs),
        _ => None,
    }
}

/// `text` through `rustfmt`, where one runs and accepts it.
fn rustfmt(text: &str) -> Option<String> {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut child = Command::new(program)
        .args(["--edition", "2021", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = text.to_owned();
    // Written from another thread: rustfmt writes while it reads.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    if output.status.success() {
        String::from_utf8(output.stdout).ok()
    } else {
        None
    }
}
