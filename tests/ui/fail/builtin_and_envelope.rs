// `builtin` names a built-in shape and `envelope(...)` declares one: two
// shapes for one table's bodies, in either order.
codetables::include_codes! {
    #[codes(builtin = "nested", envelope(code = "errcode"))]
    pub enum BuiltinFirst = "tables/valid.csv";

    #[codes(envelope(code = "errcode"), builtin = "flat_msg")]
    pub enum EnvelopeFirst = "tables/valid.csv";
}

fn main() {}
