//! `from_code` and `from_name`: one hash, one load and one comparison where
//! the search found a perfect table (see [`crate::hash`]).

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::Context;
use codetables_core::hash::{NameKey, KEY_COVERS};

use crate::hash::{self, SlotTable};
use codetables_model::{CodeRow, CodeType};

pub(super) fn tokens(cx: &Context<'_>) -> TokenStream {
    if cx.text() {
        return text_tokens(cx);
    }
    let ident = cx.ident();
    let runtime = cx.runtime();
    let repr = cx.repr();
    let codes: Vec<i64> = cx
        .table
        .codes
        .iter()
        .filter_map(|row| row.code.number())
        .collect();
    let names: Vec<&str> = cx.table.codes.iter().map(CodeRow::name).collect();
    let by_code = hash::code_table(&codes);
    let by_name = hash::name_table(&names);
    let code_probe = probe_loop(
        &by_code,
        &quote!(::core::option::Option::Some(#ident::__variants()[index])),
        &quote!(#ident::__codes()[index] == code),
    );
    // Through `from_code` rather than `__variants()`: rustc borrow-checks
    // a non-const fn that indexes a large array of the enum very slowly
    // (20 s for 20,000 rows).
    let name_probe = probe_loop(
        &by_name,
        &quote!(#ident::from_code(#ident::__codes()[index])),
        &quote!(#ident::__names()[index] == name),
    );
    let (code_slots, code_multiplier, code_shift) = slot_tokens(&by_code, codes.len());
    let (name_slots, name_seed, name_shift) = slot_tokens(&by_name, names.len());
    // The same hash for both code types: a non-negative code has one slot.
    let code_slot = match cx.code_type {
        CodeType::U32 => quote!(#runtime::__private::code_slot),
        CodeType::I64 | CodeType::Text => quote!(#runtime::__private::signed_code_slot),
    };
    quote! {
        /// The variant for `code`, or `None` if the table does not list it.
        #[must_use]
        pub const fn from_code(code: #repr) -> ::core::option::Option<#ident> {
            #code_slots
            let mut slot = #code_slot(code, #code_multiplier, #code_shift);
            #code_probe
        }

        /// The variant whose [`name`](Self::name) is `name`, exactly.
        #[must_use]
        pub fn from_name(name: &str) -> ::core::option::Option<#ident> {
            #name_slots
            let mut slot = #runtime::__private::name_slot(name.as_bytes(), #name_seed, #name_shift);
            #name_probe
        }
    }
}

/// `from_code(&str)` and `from_name` of a table of text codes: both
/// through a perfect hash of the text, as `from_name` of a numeric table.
fn text_tokens(cx: &Context<'_>) -> TokenStream {
    let ident = cx.ident();
    let runtime = cx.runtime();
    let codes: Vec<&str> = cx
        .table
        .codes
        .iter()
        .filter_map(|row| row.code.text())
        .collect();
    let names: Vec<&str> = cx.table.codes.iter().map(CodeRow::name).collect();
    let by_code = hash::name_table(&codes);
    let by_name = hash::name_table(&names);
    // The variant rebuilt from its position: arithmetic (see `text_clone`).
    let found = quote!(::core::option::Option::Some(#ident::__variant(index)));
    // Keys for the codes, the lookup every response makes; names compare
    // their bytes (a static of six integers per row costs compile time).
    let code_keys = keys_static(&codes);
    let perfect = by_code.max_probes == 1;
    // The perfect table reads one slot; probing moves on from it.
    let slot_binding = if perfect {
        quote!(let slot)
    } else {
        quote!(let mut slot)
    };
    let code_probe = if perfect {
        perfect_key_probe(&found, &quote!(#ident::__codes()[index] == code))
    } else {
        probe_loop(
            &by_code,
            &found,
            &key_matches(&quote!(#ident::__codes()[entry - 1] == code)),
        )
    };
    let name_probe = probe_loop(&by_name, &found, &quote!(#ident::__names()[index] == name));
    let (code_slots, code_seed, code_shift) = slot_tokens(&by_code, codes.len());
    let (name_slots, name_seed, name_shift) = slot_tokens(&by_name, names.len());
    quote! {
        /// The variant for `code`, exactly as the vendor sends it, or
        /// `None` if the table does not list it.
        #[must_use]
        #[inline]
        pub fn from_code(code: &str) -> ::core::option::Option<#ident> {
            #code_slots
            #code_keys
            let key = #runtime::__private::NameKey::of(code.as_bytes());
            #slot_binding = key.slot(#code_seed, #code_shift);
            #code_probe
        }

        /// The variant whose [`name`](Self::name) is `name`, exactly.
        #[must_use]
        pub fn from_name(name: &str) -> ::core::option::Option<#ident> {
            #name_slots
            let mut slot = #runtime::__private::name_slot(name.as_bytes(), #name_seed, #name_shift);
            #name_probe
        }
    }
}

/// `static KEYS`: each text's [`NameKey`] as its six words, at its index
/// plus one (the slots' numbering), so that a lookup compares six integers
/// and reads the bytes only of a text longer than the key covers.
/// `KEYS[0]`, where an empty slot leads, has a length no text has: it
/// never matches, and a lookup needs no test for an empty slot.
fn keys_static(texts: &[&str]) -> TokenStream {
    let count = texts.len() + 1;
    let keys = texts.iter().map(|text| {
        let words = NameKey::of(text.as_bytes())
            .words()
            .map(Literal::u64_suffixed);
        quote!([#(#words),*])
    });
    quote!(static KEYS: [[u64; 6]; #count] = [[0, 0, 0, 0, 0, u64::MAX], #(#keys),*];)
}

/// Whether the text in slot entry `entry` is the one looked up (`key` in
/// scope): the six words compared (combined, so that the compiler may
/// test them at once; an array `==` becomes a `memcmp` call), then
/// `bytes_equal` for a text longer than a key covers.
fn key_matches(bytes_equal: &TokenStream) -> TokenStream {
    let covers = KEY_COVERS as u64;
    quote! {
        ((KEYS[entry][0] ^ key.first)
            | (KEYS[entry][1] ^ key.second)
            | (KEYS[entry][2] ^ key.middle)
            | (KEYS[entry][3] ^ key.fourth)
            | (KEYS[entry][4] ^ key.last)
            | (KEYS[entry][5] ^ key.len))
            == 0
            && (key.len <= #covers || #bytes_equal)
    }
}

/// The lookup in a perfect table of keys: the slot's entry (an empty one
/// leads to a key that never matches), one comparison, and `found` with
/// `index` in scope.
fn perfect_key_probe(found: &TokenStream, bytes_equal: &TokenStream) -> TokenStream {
    let matches = key_matches(&quote!({
        let index = entry - 1;
        #bytes_equal
    }));
    quote! {
        let entry = SLOTS[slot] as usize;
        if #matches {
            let index = entry - 1;
            #found
        } else {
            ::core::option::Option::None
        }
    }
}

/// `static SLOTS` (the narrowest integer that holds every index), and the
/// hash's parameter and shift as literals.
fn slot_tokens(table: &SlotTable, keys: usize) -> (TokenStream, TokenStream, TokenStream) {
    let size = table.slots.len();
    let slots = if keys < usize::from(u16::MAX) {
        let values = table
            .slots
            .iter()
            .map(|&s| u16::try_from(s).unwrap_or(u16::MAX));
        quote!(static SLOTS: [u16; #size] = [#(#values),*];)
    } else {
        let values = &table.slots;
        quote!(static SLOTS: [u32; #size] = [#(#values),*];)
    };
    let parameter = Literal::u64_suffixed(table.parameter);
    let shift = Literal::u32_suffixed(table.shift);
    (slots, quote!(#parameter), quote!(#shift))
}

/// Probes from `slot` until the key is found (`matches`, with `index` in
/// scope; then returns `found`), an empty slot is met, or `max_probes`
/// slots were seen.
fn probe_loop(table: &SlotTable, found: &TokenStream, matches: &TokenStream) -> TokenStream {
    let probes = table.max_probes;
    let mask = table.slots.len() - 1;
    quote! {
        let mut probes = 0;
        while probes < #probes {
            let entry = SLOTS[slot] as usize;
            if entry == 0 {
                return ::core::option::Option::None;
            }
            let index = entry - 1;
            if #matches {
                return #found;
            }
            slot = (slot + 1) & #mask;
            probes += 1;
        }
        ::core::option::Option::None
    }
}
