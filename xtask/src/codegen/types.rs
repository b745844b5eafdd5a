//! Emits Rust source for the types of the intermediate model.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use super::model::{Field, Kind, Struct, Tagged, Ty, TypeDef, Variant};
use super::names::lit;

/// Paths (crate-relative) the generated code uses for its helpers.
pub struct Paths {
    /// Module with `raw`, `tag`, `variant`, `value`, `double_option`, `str_enum`.
    pub private: &'static str,
    /// The `JsNumber` type.
    pub js_number: &'static str,
    /// The `Timestamp` type.
    pub timestamp: &'static str,
    /// Prefix for generated type names (`""` inside `opencode-types`).
    pub named: &'static str,
}

/// Renders every type of `module` as one source string (not yet pretty-printed).
pub fn render_module(types: &BTreeMap<String, TypeDef>, module: &str, paths: &Paths) -> String {
    let boxes = Boxes::new(types);
    let mut out = String::new();
    for def in types.values().filter(|d| d.module == module) {
        render_in(&mut out, types, def, &boxes, paths);
    }
    out
}

/// Renders `def`, one of `types`; a twin of an input that takes its required values by
/// name ([`super::merge`]) also gets that name for them.
pub fn render_in(
    out: &mut String,
    types: &BTreeMap<String, TypeDef>,
    def: &TypeDef,
    boxes: &Boxes<'_>,
    paths: &Paths,
) {
    render_type(out, def, boxes, paths);
    if let (true, Kind::Alias(Ty::Named(kept))) = (def.merged, &def.kind)
        && types.get(kept).is_some_and(|k| takes_required(k, paths))
    {
        let _ = writeln!(
            out,
            "/// The required properties of [`{0}`] (the same type as [`{1}`]), by name.\npub type {0}Required = {1}Required;",
            def.name, kept
        );
    }
}

/// Renders one type definition.
pub fn render_type(out: &mut String, def: &TypeDef, boxes: &Boxes<'_>, paths: &Paths) {
    let name = &def.name;
    doc(out, def.doc.as_deref(), &type_fallback(def));
    match &def.kind {
        Kind::Struct(s) => render_struct(out, name, s, def.input, boxes, paths),
        Kind::StringEnum(values) => {
            let _ = writeln!(
                out,
                "#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[non_exhaustive]\npub enum {name} {{"
            );
            for v in values {
                let _ = writeln!(out, "/// The wire value {}.\n{},", code(&v.wire), v.rust);
            }
            let _ = writeln!(
                out,
                "/// A value this version of the SDK does not know, kept as sent.\nUnknown(String),\n}}"
            );
            let _ = writeln!(
                out,
                "impl {name} {{\n/// Every value this version knows, in spec order.\npub const KNOWN: &'static [&'static str] = &[{}];",
                values
                    .iter()
                    .map(|v| lit(&v.wire))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            let _ = writeln!(
                out,
                "/// The wire value.\npub fn as_str(&self) -> &str {{ match self {{"
            );
            for v in values {
                let _ = writeln!(out, "Self::{} => {},", v.rust, lit(&v.wire));
            }
            let _ = writeln!(out, "Self::Unknown(s) => s, }} }}");
            let _ = writeln!(
                out,
                "/// The value for a wire string; unknown strings are kept in `Unknown`.\npub fn from_wire(s: &str) -> Self {{ match s {{"
            );
            for v in values {
                let _ = writeln!(out, "{} => Self::{},", lit(&v.wire), v.rust);
            }
            let _ = writeln!(out, "other => Self::Unknown(other.to_owned()), }} }} }}");
            let _ = writeln!(
                out,
                "impl From<&str> for {name} {{ fn from(s: &str) -> Self {{ Self::from_wire(s) }} }}"
            );
            let _ = writeln!(
                out,
                "impl std::fmt::Display for {name} {{ fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{ f.write_str(self.as_str()) }} }}"
            );
            let _ = writeln!(
                out,
                "impl serde::Serialize for {name} {{ fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {{ s.serialize_str(self.as_str()) }} }}"
            );
            let _ = writeln!(
                out,
                "impl<'de> serde::Deserialize<'de> for {name} {{ fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {{ {}::str_enum(d, Self::from_wire) }} }}",
                paths.private
            );
        }
        Kind::Tagged(t) => render_tagged(out, name, t, boxes, paths),
        Kind::Untagged(variants) => render_untagged(out, name, variants, boxes, paths),
        Kind::Alias(ty) if def.merged => {
            let _ = writeln!(
                out,
                "///\n/// The same shape as [`{0}`], so it is that type: a value of one is a value of the other.\npub type {name} = {0};",
                rust_ty(ty, paths)
            );
        }
        Kind::Alias(ty) => {
            let _ = writeln!(out, "pub type {name} = {};", rust_ty(ty, paths));
        }
    }
}

/// The doc of a type the spec does not describe: where it is used (at most three places).
fn type_fallback(def: &TypeDef) -> String {
    const SHOWN: usize = 3;
    let Some(first) = def.uses.first() else {
        return format!(
            "The `{}` schema of the server's OpenAPI document.",
            def.origin
        );
    };
    let mut text = first.clone();
    if let Some(f) = text.get_mut(..1) {
        f.make_ascii_uppercase();
    }
    let shown = &def.uses[1..def.uses.len().min(SHOWN)];
    for u in shown {
        text.push_str("; ");
        text.push_str(u);
    }
    let more = def.uses.len().saturating_sub(SHOWN);
    match more {
        0 => text.push('.'),
        1 => text.push_str("; and one more place."),
        n => {
            let _ = write!(text, "; and {n} more places.");
        }
    }
    text
}

/// The doc of a property the spec does not describe: its wire name and when it is there.
fn field_fallback(f: &Field) -> String {
    let nullable = matches!(f.ty, Ty::Nullable(_));
    let when = match (f.required, nullable) {
        (true, false) => "always present",
        (true, true) => "always present, `None` when `null`",
        (false, false) => "`None` when absent",
        (false, true) => "the outer `None` when absent, the inner one when `null`",
    };
    format!("`{}` in the JSON; {when}.", f.wire)
}

/// Two required values of one type by position can be swapped silently: an input whose
/// required values repeat a type takes them as the named fields of `{name}Required`.
fn repeats(types: &[String]) -> bool {
    types
        .iter()
        .enumerate()
        .any(|(i, t)| types[..i].contains(t))
}

/// Whether `def` is an input struct whose `new` takes a `{name}Required`.
fn takes_required(def: &TypeDef, paths: &Paths) -> bool {
    let Kind::Struct(s) = &def.kind else {
        return false;
    };
    let types: Vec<String> = s
        .fields
        .iter()
        .filter(|f| f.required && f.constant.is_none())
        .map(|f| rust_ty(&f.ty, paths))
        .collect();
    def.input && repeats(&types)
}

fn render_struct(
    out: &mut String,
    name: &str,
    s: &Struct,
    input: bool,
    boxes: &Boxes<'_>,
    paths: &Paths,
) {
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]\n#[non_exhaustive]\npub struct {name} {{"
    );
    for f in &s.fields {
        let boxed = boxes.needs(name, &f.ty);
        let mut ty = rust_ty(&f.ty, paths);
        if boxed {
            ty = format!("Box<{ty}>");
        }
        let fallback = match &f.constant {
            Some(c) => format!("Always {}.", code(c)),
            None => field_fallback(f),
        };
        doc(out, f.doc.as_deref(), &fallback);
        if !f.aliases.is_empty() {
            let names: Vec<String> = f.aliases.iter().map(|a| format!("`{a}`")).collect();
            let _ = writeln!(
                out,
                "///\n/// Older server releases send it as {}; both names decode.",
                names.join(" or ")
            );
        }
        let mut attrs = Vec::new();
        if f.rust != f.wire {
            attrs.push(format!("rename = {}", lit(&f.wire)));
        }
        for alias in &f.aliases {
            attrs.push(format!("alias = {}", lit(alias)));
        }
        let field_ty = if f.required {
            ty
        } else if matches!(f.ty, Ty::Nullable(_)) {
            attrs.push("default".into());
            attrs.push("skip_serializing_if = \"Option::is_none\"".into());
            attrs.push(format!(
                "deserialize_with = \"{}::double_option\"",
                paths.private
            ));
            format!("Option<{ty}>")
        } else {
            attrs.push("default".into());
            attrs.push("skip_serializing_if = \"Option::is_none\"".into());
            format!("Option<{ty}>")
        };
        if !attrs.is_empty() {
            let _ = writeln!(out, "#[serde({})]", attrs.join(", "));
        }
        let _ = writeln!(out, "pub {}: {field_ty},", f.rust);
    }
    let extra_ty = match &s.additional {
        Some(t) => format!("std::collections::BTreeMap<String, {}>", rust_ty(t, paths)),
        None => "serde_json::Map<String, serde_json::Value>".to_owned(),
    };
    let extra_doc = if s.additional.is_some() {
        "Properties beyond the declared ones (the schema allows them)."
    } else {
        "Properties this version of the SDK does not know, kept so that nothing is lost when the value is sent back."
    };
    let _ = writeln!(
        out,
        "/// {extra_doc}\n#[serde(flatten)]\npub additional: {extra_ty},\n}}"
    );

    // A constructor: `#[non_exhaustive]` structs cannot be built with literals outside the crate.
    let args: Vec<_> = s
        .fields
        .iter()
        .filter(|f| f.required && f.constant.is_none())
        .collect();
    let field_ty = |f: &Field| {
        let ty = rust_ty(&f.ty, paths);
        if boxes.needs(name, &f.ty) {
            format!("Box<{ty}>")
        } else {
            ty
        }
    };
    let types: Vec<String> = args.iter().map(|f| field_ty(f)).collect();
    let by_name = input && repeats(&types);
    let required = format!("{name}Required");
    if by_name {
        let _ = writeln!(
            out,
            "/// The required properties of [`{name}`], by name (for [`{name}::new`]).
#[derive(Debug, Clone, PartialEq)]
pub struct {required} {{"
        );
        for (f, ty) in args.iter().zip(&types) {
            let fallback = field_fallback(f);
            doc(out, f.doc.as_deref(), &fallback);
            let _ = writeln!(out, "pub {}: {ty},", f.rust);
        }
        let _ = writeln!(out, "}}");
    }
    let params: Vec<String> = if by_name {
        vec![format!("required: {required}")]
    } else {
        args.iter()
            .zip(&types)
            .map(|(f, ty)| {
                if f.ty == Ty::String {
                    format!("{}: impl Into<String>", f.rust)
                } else {
                    format!("{}: {ty}", f.rust)
                }
            })
            .collect()
    };
    let _ = writeln!(
        out,
        "impl {name} {{\n/// A value with the required properties set and the optional ones unset."
    );
    if params.len() > 7 {
        let _ = writeln!(out, "#[allow(clippy::too_many_arguments)]");
    }
    let _ = writeln!(out, "pub fn new({}) -> Self {{", params.join(", "));
    if by_name {
        let names: Vec<&str> = args.iter().map(|f| f.rust.as_str()).collect();
        let _ = writeln!(out, "let {required} {{ {} }} = required;", names.join(", "));
    }
    let _ = writeln!(out, "Self {{");
    for f in &s.fields {
        let value = match (&f.constant, f.required) {
            (Some(c), true) => format!("{}.to_owned()", lit(c)),
            (Some(c), false) => format!("Some({}.to_owned())", lit(c)),
            (None, true) if f.ty == Ty::String && !by_name => format!("{}.into()", f.rust),
            (None, true) => f.rust.clone(),
            (None, false) => "None".into(),
        };
        if value == f.rust {
            let _ = writeln!(out, "{value},");
        } else {
            let _ = writeln!(out, "{}: {value},", f.rust);
        }
    }
    let _ = writeln!(out, "additional: Default::default(), }} }}");
    if input {
        // Setters for the optional properties, so a value is built in one expression.
        for f in s
            .fields
            .iter()
            .filter(|f| !f.required && f.constant.is_none())
        {
            if f.rust == "new" || f.rust == "r#new" {
                continue;
            }
            let ty = field_ty(f);
            let (param, value) = if f.ty == Ty::String {
                ("impl Into<String>".to_owned(), "value.into()")
            } else {
                (ty, "value")
            };
            let _ = writeln!(
                out,
                "/// Sets the `{}` property.\n#[must_use]\npub fn {}(mut self, value: {param}) -> Self {{ self.{} = Some({value}); self }}",
                f.wire, f.rust, f.rust
            );
        }
    }
    let _ = writeln!(out, "}}");
    if params.is_empty() {
        let _ = writeln!(
            out,
            "impl Default for {name} {{ fn default() -> Self {{ Self::new() }} }}"
        );
    }
}

fn render_tagged(out: &mut String, name: &str, t: &Tagged, boxes: &Boxes<'_>, paths: &Paths) {
    let tag_path = t.tag.join(".");
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, PartialEq)]\n#[non_exhaustive]\npub enum {name} {{"
    );
    for v in &t.variants {
        let ty = if boxes.needs(name, &Ty::Named(v.ty.clone())) {
            format!("Box<{}>", v.ty)
        } else {
            v.ty.clone()
        };
        let _ = writeln!(
            out,
            "/// `{tag_path}` = {}.\n{}({ty}),",
            code(&v.tag),
            v.rust
        );
    }
    let _ = writeln!(
        out,
        "/// A `{tag_path}` this version of the SDK does not know; the whole JSON is kept.\nUnknown {{\n/// The `{tag_path}` value.\nkind: String,\n/// The whole value as received.\nraw: serde_json::Value,\n}},\n}}"
    );
    let _ = writeln!(
        out,
        "impl {name} {{\n/// Every `{tag_path}` value this version knows, in spec order.\npub const KINDS: &'static [&'static str] = &[{}];",
        t.variants
            .iter()
            .map(|v| lit(&v.tag))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        out,
        "/// The `{tag_path}` value, known or not.\npub fn kind(&self) -> &str {{ match self {{"
    );
    for v in &t.variants {
        let _ = writeln!(out, "Self::{}(_) => {},", v.rust, lit(&v.tag));
    }
    let _ = writeln!(out, "Self::Unknown {{ kind, .. }} => kind, }} }}");
    let _ = writeln!(
        out,
        "/// Whether this is a kind this version of the SDK does not know.\npub fn is_unknown(&self) -> bool {{ matches!(self, Self::Unknown {{ .. }}) }}"
    );
    // Decoding from text reads the tag first (stopping as soon as it is found), then decodes
    // only the named variant: one full pass over the JSON plus a short one.
    let path_lits = t.tag.iter().map(|s| lit(s)).collect::<Vec<_>>().join(", ");
    let _ = writeln!(
        out,
        "/// Decodes JSON text: the `{tag_path}` tag is read first, then only that variant is decoded (strictly; an unknown tag keeps the whole value).\npub fn from_json(json: &str) -> Result<Self, serde_json::Error> {{\nlet kind = {p}::tag::<serde_json::Error>(json, &[{path_lits}], {n})?;\nOk(match &*kind {{",
        p = paths.private,
        n = lit(name)
    );
    for v in &t.variants {
        let boxed = boxes.needs(name, &Ty::Named(v.ty.clone()));
        let call = format!(
            "{}::variant::<_, serde_json::Error>(json, {}, {})?",
            paths.private,
            lit(name),
            lit(&v.tag)
        );
        let call = if boxed {
            format!("Box::new({call})")
        } else {
            call
        };
        let _ = writeln!(out, "{} => Self::{}({call}),", lit(&v.tag), v.rust);
    }
    let _ = writeln!(
        out,
        "_ => Self::Unknown {{ raw: {p}::unknown::<serde_json::Error>(json, &[{path_lits}], &kind, {n})?, kind: kind.into_owned() }}, }}) }}\n}}",
        p = paths.private,
        n = lit(name)
    );
    let _ = writeln!(
        out,
        "impl<'de> serde::Deserialize<'de> for {name} {{ fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {{ let raw = {}::raw(d)?; Self::from_json(raw.get()).map_err(serde::de::Error::custom) }} }}",
        paths.private
    );
    let _ = writeln!(
        out,
        "impl serde::Serialize for {name} {{ fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {{ match self {{"
    );
    for v in &t.variants {
        let _ = writeln!(out, "Self::{}(v) => v.serialize(s),", v.rust);
    }
    let _ = writeln!(
        out,
        "Self::Unknown {{ raw, .. }} => raw.serialize(s), }} }} }}"
    );
    for v in &t.variants {
        if t.variants.iter().filter(|o| o.ty == v.ty).count() == 1
            && !boxes.needs(name, &Ty::Named(v.ty.clone()))
        {
            let _ = writeln!(
                out,
                "impl From<{ty}> for {name} {{ fn from(v: {ty}) -> Self {{ Self::{}(v) }} }}",
                v.rust,
                ty = v.ty
            );
        }
    }
}

fn render_untagged(
    out: &mut String,
    name: &str,
    variants: &[Variant],
    boxes: &Boxes<'_>,
    paths: &Paths,
) {
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]\n#[serde(untagged)]\n#[non_exhaustive]\npub enum {name} {{"
    );
    for v in variants {
        let ty = rust_ty(&v.ty, paths);
        let ty = if boxes.needs(name, &v.ty) {
            format!("Box<{ty}>")
        } else {
            ty
        };
        let _ = writeln!(
            out,
            "/// The value is {}.\n{}({ty}),",
            describe(&v.ty),
            v.rust
        );
    }
    let _ = writeln!(out, "}}");
}

/// The Rust spelling of a type.
pub fn rust_ty(ty: &Ty, paths: &Paths) -> String {
    match ty {
        Ty::Named(n) => format!("{}{n}", paths.named),
        Ty::String => "String".into(),
        Ty::Integer => "i64".into(),
        Ty::Number => "f64".into(),
        Ty::JsNumber => paths.js_number.into(),
        Ty::Timestamp => paths.timestamp.into(),
        Ty::Bool => "bool".into(),
        Ty::Null => "()".into(),
        Ty::Any => "serde_json::Value".into(),
        Ty::Object => "serde_json::Map<String, serde_json::Value>".into(),
        Ty::Array(t) => format!("Vec<{}>", rust_ty(t, paths)),
        Ty::Map(t) => format!("std::collections::BTreeMap<String, {}>", rust_ty(t, paths)),
        Ty::Tuple(ts) => format!(
            "({},)",
            ts.iter()
                .map(|t| rust_ty(t, paths))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Ty::Nullable(t) => format!("Option<{}>", rust_ty(t, paths)),
    }
}

fn describe(ty: &Ty) -> String {
    match ty {
        Ty::Named(n) => format!("a [`{n}`]"),
        Ty::String => "a string".into(),
        Ty::Integer => "an integer".into(),
        Ty::Number | Ty::JsNumber => "a number".into(),
        Ty::Timestamp => "a point in time (epoch milliseconds or an RFC 3339 string)".into(),
        Ty::Bool => "a boolean".into(),
        Ty::Null => "`null`".into(),
        Ty::Any => "any JSON value".into(),
        Ty::Object => "a JSON object".into(),
        Ty::Array(_) | Ty::Tuple(_) => "an array".into(),
        Ty::Map(_) => "an object map".into(),
        Ty::Nullable(t) => format!("{} or `null`", describe(t)),
    }
}

/// Inline code for docs, robust to backticks in the value.
fn code(s: &str) -> String {
    format!("`{}`", lit(s).replace('`', "'"))
}

fn doc(out: &mut String, text: Option<&str>, fallback: &str) {
    let spec = text.filter(|t| !t.trim().is_empty());
    for line in spec.unwrap_or(fallback).lines() {
        let line = line.trim_end();
        if line.is_empty() {
            out.push_str("///\n");
        } else if spec.is_some() {
            // Square brackets in server prose are not intra-doc links (the generator's
            // own sentences use them as links).
            let line = line.replace('[', "\\[").replace(']', "\\]");
            let _ = writeln!(out, "/// {line}");
        } else {
            let _ = writeln!(out, "/// {line}");
        }
    }
}

/// Which fields and variants need a `Box` because their type contains the parent by value.
pub struct Boxes<'a> {
    types: &'a BTreeMap<String, TypeDef>,
}

impl<'a> Boxes<'a> {
    /// Over all types of the model.
    pub fn new(types: &'a BTreeMap<String, TypeDef>) -> Self {
        Boxes { types }
    }

    /// Whether a field or variant of type `ty` inside `parent` closes a cycle of by-value types.
    pub fn needs(&self, parent: &str, ty: &Ty) -> bool {
        let mut seen = BTreeSet::new();
        self.reaches(ty, parent, &mut seen)
    }

    fn reaches(&self, ty: &Ty, target: &str, seen: &mut BTreeSet<String>) -> bool {
        match ty {
            Ty::Named(n) => {
                if n == target {
                    return true;
                }
                if !seen.insert(n.clone()) {
                    return false;
                }
                let Some(def) = self.types.get(n) else {
                    return false;
                };
                match &def.kind {
                    Kind::Struct(s) => s.fields.iter().any(|f| self.reaches(&f.ty, target, seen)),
                    Kind::Tagged(t) => t
                        .variants
                        .iter()
                        .any(|v| self.reaches(&Ty::Named(v.ty.clone()), target, seen)),
                    Kind::Untagged(vs) => vs.iter().any(|v| self.reaches(&v.ty, target, seen)),
                    Kind::Alias(t) => self.reaches(t, target, seen),
                    Kind::StringEnum(_) => false,
                }
            }
            Ty::Nullable(t) => self.reaches(t, target, seen),
            Ty::Tuple(ts) => ts.iter().any(|t| self.reaches(t, target, seen)),
            // Vec and BTreeMap already put their elements on the heap.
            _ => false,
        }
    }
}
