//! Response bodies: `Envelope` reading every shape (built in, declared, text
//! codes), bodies as HTTP delivers them, and the server side writing them
//! back. One test binary, a module per subject.

#[path = "../mutate/mod.rs"]
mod mutate;

mod answers;
mod built_in;
mod declared;
mod http;
mod text;
