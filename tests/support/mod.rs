//! Scratch crates: small user crates, written under `target/tmp/`, that
//! depend on this `codetables` by path and are built with Cargo, for the
//! behaviours that only a real build shows (rebuilds, build time, size).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Scratch {
    dir: PathBuf,
    name: String,
}

impl Scratch {
    /// A fresh crate named `name` whose `src/main.rs` is `main`.
    pub fn new(name: &str, main: &str) -> Scratch {
        Scratch::of(Path::new(env!("CARGO_MANIFEST_DIR")), name, main)
    }

    /// [`Scratch::new`] for the `codetables` checkout at `root` (from a
    /// test of another crate of the workspace).
    pub fn of(root: &Path, name: &str, main: &str) -> Scratch {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::create_dir_all(dir.join("tables")).unwrap();
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\ncodetables = {{ path = '{}' }}\n\n\
             # Not a member of the codetables workspace that contains it.\n[workspace]\n",
            root.display()
        );
        std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
        // The same dependency versions as the tests themselves, already downloaded.
        std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        let scratch = Scratch {
            dir,
            name: name.to_owned(),
        };
        scratch.write("src/main.rs", main);
        scratch
    }

    pub fn write(&self, relative: &str, contents: &str) {
        std::fs::write(self.dir.join(relative), contents).unwrap();
    }

    /// Runs `cargo <args>` in the crate, with a target directory shared by
    /// every scratch crate (so `codetables` and its dependencies build once).
    pub fn cargo(&self, args: &[&str]) -> Output {
        self.cargo_with_env(args, &[])
    }

    /// [`Scratch::cargo`] with extra environment variables.
    pub fn cargo_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        Command::new(env!("CARGO"))
            .args(args)
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", target_dir())
            .env_remove("RUSTFLAGS")
            .envs(env.iter().copied())
            .output()
            .unwrap()
    }

    /// A path inside the crate's directory.
    #[allow(dead_code)]
    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.join(relative)
    }

    /// The package name.
    #[allow(dead_code)] // Not every user of this module needs it.
    pub fn name(&self) -> String {
        self.name.clone()
    }

    /// Appends `text` to a file of the crate.
    #[allow(dead_code)]
    pub fn append(&self, relative: &str, text: &str) {
        let mut contents = std::fs::read_to_string(self.dir.join(relative)).unwrap();
        contents.push_str(text);
        self.write(relative, &contents);
    }

    /// The built executable.
    #[allow(dead_code)]
    pub fn binary(&self, release: bool) -> PathBuf {
        target_dir()
            .join(if release { "release" } else { "debug" })
            .join(&self.name)
    }

    /// `cargo run --quiet` (with extra `args`): stdout, or a panic with stderr.
    #[allow(dead_code)]
    pub fn run(&self, args: &[&str]) -> String {
        let mut all = vec!["run", "--quiet"];
        all.extend_from_slice(args);
        let output = self.cargo(&all);
        assert!(
            output.status.success(),
            "cargo {all:?} failed in {}:\n{}",
            self.dir.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }
}

fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("scratch-target")
}
