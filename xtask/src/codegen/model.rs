//! The generator's intermediate model: OpenAPI schemas resolved into Rust-shaped type
//! definitions. Emitters (types, operations) read this model and never the raw JSON.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Result, bail};
use serde_json::Value;

use super::names::{pascal, snake, variant};

/// The HTTP methods an OpenAPI path item can hold.
pub const HTTP_METHODS: &[&str] = &["get", "put", "post", "delete", "patch", "head", "options"];

/// A Rust type as a field or a variant uses it.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    /// A generated type, by Rust name.
    Named(String),
    /// `String`.
    String,
    /// `i64`.
    Integer,
    /// `f64`.
    Number,
    /// A number that may also be sent as `"NaN"`, `"Infinity"` or `"-Infinity"`.
    JsNumber,
    /// A point in time sent as epoch milliseconds or as an RFC 3339 string.
    Timestamp,
    /// `bool`.
    Bool,
    /// JSON `null` (`()`).
    Null,
    /// Any JSON value.
    Any,
    /// A free-form JSON object.
    Object,
    /// `Vec<T>`.
    Array(Box<Ty>),
    /// `BTreeMap<String, T>`.
    Map(Box<Ty>),
    /// A fixed-length array with per-position types.
    Tuple(Vec<Ty>),
    /// `Option<T>`: the schema allows `null`.
    Nullable(Box<Ty>),
}

/// One generated type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// Rust name.
    pub name: String,
    /// Where it came from (component name or a JSON-pointer-like path), for docs.
    pub origin: String,
    /// The schema description.
    pub doc: Option<String>,
    /// The generated module (file) it lives in.
    pub module: String,
    /// Its shape.
    pub kind: Kind,
    /// Reachable from a request body ([`mark_inputs`]): callers build it, so it gets
    /// setters and a constructor that cannot take two same-typed values by position.
    pub input: bool,
    /// A twin of another type with the same shape ([`super::merge`]): rendered as an
    /// alias of it (its kind is then `Alias(Named(kept))`).
    pub merged: bool,
    /// Where the type is used (`the answer of \`GET /session\``, `` `time` of [`Session`] ``),
    /// for the doc of a type the spec does not describe ([`super::merge::index_uses`]).
    pub uses: Vec<String>,
}

/// Marks every type reachable from `roots` (the request bodies) as an input.
pub fn mark_inputs<'t>(
    types: &mut BTreeMap<String, TypeDef>,
    roots: impl IntoIterator<Item = &'t Ty>,
) {
    fn named(ty: &Ty, out: &mut Vec<String>) {
        match ty {
            Ty::Named(n) => out.push(n.clone()),
            Ty::Array(t) | Ty::Map(t) | Ty::Nullable(t) => named(t, out),
            Ty::Tuple(ts) => ts.iter().for_each(|t| named(t, out)),
            _ => {}
        }
    }
    let mut todo = Vec::new();
    roots.into_iter().for_each(|t| named(t, &mut todo));
    while let Some(name) = todo.pop() {
        let Some(def) = types.get_mut(&name) else {
            continue;
        };
        if std::mem::replace(&mut def.input, true) {
            continue;
        }
        match &def.kind {
            Kind::Struct(s) => s.fields.iter().for_each(|f| named(&f.ty, &mut todo)),
            Kind::Tagged(t) => todo.extend(t.variants.iter().map(|v| v.ty.clone())),
            Kind::Untagged(vs) => vs.iter().for_each(|v| named(&v.ty, &mut todo)),
            Kind::Alias(t) => named(t, &mut todo),
            Kind::StringEnum(_) => {}
        }
    }
}

/// The shape of a generated type.
#[derive(Debug, Clone)]
pub enum Kind {
    /// An object.
    Struct(Struct),
    /// A string enum; unknown values are kept.
    StringEnum(Vec<EnumValue>),
    /// A union told apart by a constant string at `tag` (a property path).
    Tagged(Tagged),
    /// A union without a discriminator: the first member that decodes wins.
    Untagged(Vec<Variant>),
    /// Another name for a type.
    Alias(Ty),
}

/// A string enum value.
#[derive(Debug, Clone)]
pub struct EnumValue {
    /// Rust variant name.
    pub rust: String,
    /// Wire value.
    pub wire: String,
}

/// An object type.
#[derive(Debug, Clone)]
pub struct Struct {
    /// Declared properties.
    pub fields: Vec<Field>,
    /// The type of undeclared properties the schema allows (`additionalProperties: T`);
    /// `None` means undeclared properties are kept as raw JSON.
    pub additional: Option<Ty>,
}

/// An object property.
#[derive(Debug, Clone)]
pub struct Field {
    /// Wire name.
    pub wire: String,
    /// Rust name.
    pub rust: String,
    /// Rust type (without the `Option` that optionality adds).
    pub ty: Ty,
    /// Listed in `required`.
    pub required: bool,
    /// A single-value string enum: the constant every value carries.
    pub constant: Option<String>,
    /// The property description.
    pub doc: Option<String>,
    /// Other wire names older releases use for this property (`x-aliases`, set by
    /// `patch_spec`): accepted when decoding, never written.
    pub aliases: Vec<String>,
}

/// A discriminated union.
#[derive(Debug, Clone)]
pub struct Tagged {
    /// Property path of the discriminator (`["type"]`, or `["syncEvent", "type"]`).
    pub tag: Vec<String>,
    /// Variants in spec order.
    pub variants: Vec<TaggedVariant>,
}

/// One variant of a discriminated union.
#[derive(Debug, Clone)]
pub struct TaggedVariant {
    /// The discriminator value.
    pub tag: String,
    /// Rust variant name.
    pub rust: String,
    /// The variant's struct (a named type).
    pub ty: String,
}

/// One variant of an undiscriminated union.
#[derive(Debug, Clone)]
pub struct Variant {
    /// Rust variant name.
    pub rust: String,
    /// Its payload.
    pub ty: Ty,
}

/// Module assignment for component schemas, first match wins (by name prefix).
const MODULES: &[(&str, &[&str])] = &[
    ("sync_event", &["SyncEvent"]),
    (
        "event",
        &["Event", "GlobalEvent", "ServerConnected", "GlobalDisposed"],
    ),
    (
        "error",
        &[
            "effect_HttpApiError",
            "BadRequestError",
            "NotFoundError",
            "UnknownError",
            "UnauthorizedError",
            "ForbiddenError",
            "ConflictError",
            "ServiceUnavailableError",
            "InvalidRequestError",
            "InvalidCursorError",
            "APIError",
            "ProviderAuthError",
            "MessageOutputLengthError",
            "MessageAbortedError",
            "StructuredOutputError",
            "ContextOverflowError",
            "ContentFilterError",
        ],
    ),
    (
        "config",
        &[
            "Config",
            "LogLevel",
            "ServerConfig",
            "Permission",
            "AgentConfig",
            "ProviderConfig",
            "Mcp",
            "LayoutConfig",
            "ImageAttachmentConfig",
            "AttachmentConfig",
            "Policy",
        ],
    ),
    (
        "message",
        &[
            "Message",
            "UserMessage",
            "AssistantMessage",
            "TextPart",
            "SubtaskPart",
            "ReasoningPart",
            "FilePart",
            "FileSource",
            "SymbolSource",
            "ResourceSource",
            "Range",
            "ToolState",
            "ToolPart",
            "StepStartPart",
            "StepFinishPart",
            "SnapshotPart",
            "PatchPart",
            "AgentPart",
            "RetryPart",
            "CompactionPart",
            "Part",
            "AgentPartInput",
            "OutputFormat",
            "JSONSchema",
            "Prompt",
        ],
    ),
    (
        "session_v2",
        &[
            "SessionNext",
            "SessionMessage",
            "SessionV2",
            "SessionInput",
            "SessionDurable",
            "SessionHistory",
            "SessionsResponse",
            "SessionActive",
            "SessionError",
            "LLM",
            "Tool",
        ],
    ),
    (
        "session",
        &[
            "Session",
            "Todo",
            "FileDiff",
            "SnapshotFileDiff",
            "RevertState",
            "GlobalSession",
            "MoveSession",
        ],
    ),
    ("question", &["Question"]),
    (
        "provider",
        &[
            "Provider",
            "Model",
            "Auth",
            "OAuth",
            "ApiAuth",
            "WellKnownAuth",
            "Credential",
            "Integration",
            "Connection",
            "Models-dev",
            "Catalog",
        ],
    ),
    (
        "project",
        &[
            "Project",
            "Workspace",
            "Worktree",
            "Vcs",
            "Location",
            "Path",
            "Reference",
            "ConfigV2",
        ],
    ),
    ("file", &["File", "Symbol"]),
    ("pty", &["Pty"]),
    (
        "agent",
        &[
            "Agent",
            "Command",
            "Skill",
            "MCP",
            "LSP",
            "Lsp",
            "Formatter",
            "ExperimentalCapabilities",
            "Console",
        ],
    ),
];

/// Builds Rust-shaped types from the component schemas of an OpenAPI document.
pub struct Builder<'a> {
    schemas: &'a serde_json::Map<String, Value>,
    /// Component name → Rust name.
    component_names: BTreeMap<String, String>,
    /// Component schema JSON text → component name, to reuse a component for an identical
    /// inline schema.
    by_shape: BTreeMap<String, String>,
    types: BTreeMap<String, TypeDef>,
    taken: BTreeSet<String>,
    skip: BTreeSet<String>,
    v2_events: BTreeSet<String>,
    /// Inline schema JSON text → the type already defined for it.
    inline_by_shape: BTreeMap<String, String>,
}

impl<'a> Builder<'a> {
    /// A builder over `schemas` (`components.schemas`); `skip` names components that are
    /// written by hand instead.
    pub fn new(schemas: &'a serde_json::Map<String, Value>, skip: &[&str]) -> Self {
        let mut component_names = BTreeMap::new();
        let mut taken = BTreeSet::new();
        // Names that are already identifiers claim their spelling first; the others (dotted
        // event names) get a numeric suffix if they collide.
        let mut order: Vec<&String> = schemas.keys().collect();
        order.sort_by_key(|n| (pascal(n) != **n, (*n).clone()));
        // Prelude names stay unshadowed in the generated modules.
        for reserved in [
            "Option", "Result", "String", "Vec", "Box", "Some", "None", "Ok", "Err",
        ] {
            taken.insert(reserved.to_owned());
        }
        let v2_members = members_of(schemas, "V2Event");
        for name in order {
            let mut base = pascal(name);
            if taken.contains(&base) && v2_members.contains(name) {
                // A v2 event whose name (`session.status`) collides with a v1 type.
                base.push_str("V2");
            }
            let rust = unique(&mut taken, base);
            component_names.insert(name.clone(), rust);
        }
        let by_shape = schemas
            .iter()
            .map(|(k, v)| (v.to_string(), k.clone()))
            .collect();
        Builder {
            schemas,
            component_names,
            by_shape,
            types: BTreeMap::new(),
            taken,
            skip: skip.iter().map(|s| s.to_string()).collect(),
            v2_events: v2_members,
            inline_by_shape: BTreeMap::new(),
        }
    }

    /// Builds every component schema (and the inline types they need).
    pub fn build_components(mut self) -> Result<BTreeMap<String, TypeDef>> {
        self.define_components()?;
        Ok(self.types)
    }

    /// Defines every component schema; more types (operations) may be added after.
    pub fn define_components(&mut self) -> Result<()> {
        let schemas = self.schemas;
        for (name, schema) in schemas {
            if self.skip.contains(name) {
                continue;
            }
            let rust = self.component_names[name].clone();
            let module = if self.v2_events.contains(name) {
                "event_v2".to_owned()
            } else {
                module_of(name)
            };
            self.define(&rust, name, &module, schema)?;
        }
        Ok(())
    }

    /// Every type defined so far.
    pub fn into_types(self) -> BTreeMap<String, TypeDef> {
        self.types
    }

    /// Resolves `$ref` chains to the target schema.
    fn resolve<'s>(&'s self, mut schema: &'s Value) -> &'s Value {
        for _ in 0..16 {
            match schema.get("$ref").and_then(Value::as_str) {
                Some(r) => match self.schemas.get(ref_name(r)) {
                    Some(s) => schema = s,
                    None => return schema,
                },
                None => return schema,
            }
        }
        schema
    }

    /// Defines the named type `rust` from `schema` (a struct, enum or alias).
    fn define(&mut self, rust: &str, origin: &str, module: &str, schema: &Value) -> Result<()> {
        let doc = description(schema);
        let kind = if let Some(members) = union_members(schema) {
            self.union_kind(rust, origin, module, members)?
        } else if is_string_enum(schema) {
            Kind::StringEnum(enum_values(schema))
        } else if is_struct(schema) {
            Kind::Struct(self.struct_of(rust, origin, module, schema)?)
        } else {
            Kind::Alias(self.ty(rust, origin, module, schema)?)
        };
        self.types.insert(
            rust.to_owned(),
            TypeDef {
                name: rust.to_owned(),
                origin: origin.to_owned(),
                doc,
                module: module.to_owned(),
                kind,
                input: false,
                merged: false,
                uses: Vec::new(),
            },
        );
        Ok(())
    }

    fn struct_of(
        &mut self,
        parent: &str,
        origin: &str,
        module: &str,
        schema: &Value,
    ) -> Result<Struct> {
        let required: BTreeSet<&str> = schema["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let mut fields = Vec::new();
        let mut rust_taken = BTreeSet::new();
        rust_taken.insert("additional".to_owned());
        if let Some(props) = schema["properties"].as_object() {
            for (wire, prop) in props {
                let rust = unique_field(&mut rust_taken, snake(wire));
                let constant = single_constant(self.resolve(prop));
                let ty = if constant.is_some() {
                    Ty::String
                } else {
                    let hint = format!("{parent}{}", pascal(wire));
                    self.ty(&hint, &format!("{origin}.{wire}"), module, prop)?
                };
                fields.push(Field {
                    wire: wire.clone(),
                    rust,
                    ty,
                    required: required.contains(wire.as_str()),
                    constant,
                    doc: description(prop),
                    aliases: prop["x-aliases"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect(),
                });
            }
        }
        let additional = match schema.get("additionalProperties") {
            Some(v) if v.is_object() => {
                let hint = format!("{parent}Value");
                Some(self.ty(&hint, &format!("{origin}.*"), module, v)?)
            }
            _ => None,
        };
        Ok(Struct { fields, additional })
    }

    fn union_kind(
        &mut self,
        parent: &str,
        origin: &str,
        module: &str,
        members: &[Value],
    ) -> Result<Kind> {
        let non_null: Vec<&Value> = members.iter().filter(|m| !is_null(m)).collect();
        if non_null.len() < members.len() && non_null.len() == 1 {
            return Ok(Kind::Alias(Ty::Nullable(Box::new(self.ty(
                parent,
                origin,
                module,
                non_null[0],
            )?))));
        }
        if let Some(tag) = self.discriminator(members) {
            let mut variants = Vec::new();
            let mut taken = BTreeSet::from(["Unknown".to_owned()]);
            for member in members {
                let value = self.tag_value(member, &tag).unwrap_or_default();
                let rust = unique(&mut taken, variant(&value));
                let ty = match member.get("$ref").and_then(Value::as_str) {
                    Some(r) => self.component_names[ref_name(r)].clone(),
                    None => {
                        let name = self.claim(&format!("{parent}{rust}"));
                        self.define(&name, &format!("{origin}[{value}]"), module, member)?;
                        name
                    }
                };
                variants.push(TaggedVariant {
                    tag: value,
                    rust,
                    ty,
                });
            }
            return Ok(Kind::Tagged(Tagged { tag, variants }));
        }
        if members
            .iter()
            .all(|m| is_string_enum(self.resolve(m)) || is_plain_string(self.resolve(m)))
        {
            // A set of string constants, possibly open (`string`): one enum keeps them all.
            let mut values = Vec::new();
            for m in members {
                for v in enum_values(self.resolve(m)) {
                    if !values.iter().any(|e: &EnumValue| e.wire == v.wire) {
                        values.push(v);
                    }
                }
            }
            dedupe_variants(&mut values);
            return Ok(Kind::StringEnum(values));
        }
        if is_js_number(members) {
            return Ok(Kind::Alias(Ty::JsNumber));
        }
        if is_timestamp(members) {
            return Ok(Kind::Alias(Ty::Timestamp));
        }
        let mut variants = Vec::new();
        let mut taken = BTreeSet::new();
        for (i, member) in members.iter().enumerate() {
            let resolved = self.resolve(member);
            let base = match member.get("$ref").and_then(Value::as_str) {
                Some(r) => self.component_names[ref_name(r)].clone(),
                None => variant_base(resolved, i),
            };
            let rust = unique(&mut taken, base);
            let ty = self.ty(
                &format!("{parent}{rust}"),
                &format!("{origin}[{i}]"),
                module,
                member,
            )?;
            variants.push(Variant { rust, ty });
        }
        Ok(Kind::Untagged(variants))
    }

    /// A property (or nested property path) every member sets to a distinct constant.
    fn discriminator(&self, members: &[Value]) -> Option<Vec<String>> {
        let objects: Vec<&Value> = members.iter().map(|m| self.resolve(m)).collect();
        if objects.len() < 2 || !objects.iter().all(|o| is_struct(o)) {
            return None;
        }
        let first = objects[0]["properties"].as_object()?;
        let mut candidates: Vec<Vec<String>> = Vec::new();
        for (k, v) in first {
            let v = self.resolve(v);
            if single_constant(v).is_some() {
                candidates.push(vec![k.clone()]);
            } else if is_struct(v) {
                for (k2, v2) in v["properties"].as_object().into_iter().flatten() {
                    if single_constant(self.resolve(v2)).is_some() {
                        candidates.push(vec![k.clone(), k2.clone()]);
                    }
                }
            }
        }
        // Shorter paths first; `type` before other names.
        candidates.sort_by_key(|p| (p.len(), p.last().map(|s| s != "type"), p.clone()));
        candidates.into_iter().find(|path| {
            let mut seen = BTreeSet::new();
            members
                .iter()
                .all(|m| self.tag_value(m, path).is_some_and(|v| seen.insert(v)))
        })
    }

    fn tag_value(&self, member: &Value, path: &[String]) -> Option<String> {
        let mut s = self.resolve(member);
        for key in path {
            s = self.resolve(s["properties"].get(key)?);
        }
        single_constant(s)
    }

    /// The type of `schema` where it is used; inline objects, enums and unions become new
    /// named types called `hint` (or reuse an identical component).
    pub fn ty(&mut self, hint: &str, origin: &str, module: &str, schema: &Value) -> Result<Ty> {
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            let name = ref_name(r);
            return match self.component_names.get(name) {
                Some(rust) => Ok(Ty::Named(rust.clone())),
                None => bail!("{origin}: unknown reference {r}"),
            };
        }
        if let Some(name) = self.by_shape.get(&schema.to_string())
            && !self.skip.contains(name)
            && (is_struct(schema) || union_members(schema).is_some())
        {
            return Ok(Ty::Named(self.component_names[name].clone()));
        }
        if let Some(members) = union_members(schema) {
            let non_null: Vec<&Value> = members.iter().filter(|m| !is_null(m)).collect();
            if non_null.len() == 1 && members.len() == 2 {
                return Ok(Ty::Nullable(Box::new(self.ty(
                    hint,
                    origin,
                    module,
                    non_null[0],
                )?)));
            }
            if is_js_number(members) {
                return Ok(Ty::JsNumber);
            }
            if is_timestamp(members) {
                return Ok(Ty::Timestamp);
            }
            return self.named_inline(hint, origin, module, schema);
        }
        if is_string_enum(schema) {
            return self.named_inline(hint, origin, module, schema);
        }
        let ty = match schema.get("type") {
            Some(Value::String(t)) => t.as_str(),
            Some(Value::Array(ts)) => {
                // `type: [X, "null"]`.
                let others: Vec<&str> = ts
                    .iter()
                    .filter_map(Value::as_str)
                    .filter(|t| *t != "null")
                    .collect();
                if others.len() == 1 && ts.len() == 2 {
                    let mut inner = schema.clone();
                    inner["type"] = Value::String(others[0].to_owned());
                    return Ok(Ty::Nullable(Box::new(
                        self.ty(hint, origin, module, &inner)?,
                    )));
                }
                return Ok(Ty::Any);
            }
            _ => return Ok(Ty::Any),
        };
        Ok(match ty {
            "string" => Ty::String,
            "integer" => Ty::Integer,
            "number" => Ty::Number,
            "boolean" => Ty::Bool,
            "null" => Ty::Null,
            "array" => {
                if let Some(prefix) = schema["prefixItems"].as_array() {
                    let mut items = Vec::new();
                    for (i, item) in prefix.iter().enumerate() {
                        items.push(self.ty(
                            &format!("{hint}{i}"),
                            &format!("{origin}[{i}]"),
                            module,
                            item,
                        )?);
                    }
                    Ty::Tuple(items)
                } else {
                    match schema.get("items") {
                        Some(items) => {
                            let hint = format!("{hint}Item");
                            Ty::Array(Box::new(self.ty(
                                &hint,
                                &format!("{origin}[]"),
                                module,
                                items,
                            )?))
                        }
                        None => Ty::Array(Box::new(Ty::Any)),
                    }
                }
            }
            "object" => {
                if is_struct(schema) {
                    return self.named_inline(hint, origin, module, schema);
                }
                match schema.get("additionalProperties") {
                    Some(v) if v.is_object() && v.as_object().is_some_and(|o| !o.is_empty()) => {
                        let hint = format!("{hint}Value");
                        Ty::Map(Box::new(self.ty(
                            &hint,
                            &format!("{origin}.*"),
                            module,
                            v,
                        )?))
                    }
                    _ => Ty::Object,
                }
            }
            _ => Ty::Any,
        })
    }

    fn named_inline(
        &mut self,
        hint: &str,
        origin: &str,
        module: &str,
        schema: &Value,
    ) -> Result<Ty> {
        // Identical inline schemas (the parts of `prompt` and `prompt_async`) share one type.
        // Only among operations: component types keep their own parent-based names.
        let shape = schema.to_string();
        let share = module == super::ops::MODULE;
        if share && let Some(existing) = self.inline_by_shape.get(&shape) {
            return Ok(Ty::Named(existing.clone()));
        }
        let name = self.claim(hint);
        if share {
            self.inline_by_shape.insert(shape, name.clone());
        }
        self.define(&name, origin, module, schema)?;
        Ok(Ty::Named(name))
    }

    fn claim(&mut self, hint: &str) -> String {
        unique(&mut self.taken, pascal(hint))
    }
}

/// The module a component schema is generated into.
pub fn module_of(name: &str) -> String {
    for (module, prefixes) in MODULES {
        if prefixes.iter().any(|p| name.starts_with(p)) {
            return (*module).to_owned();
        }
    }
    "misc".to_owned()
}

/// Component names a union lists by reference.
fn members_of(schemas: &serde_json::Map<String, Value>, union: &str) -> BTreeSet<String> {
    schemas
        .get(union)
        .and_then(union_members)
        .into_iter()
        .flatten()
        .filter_map(|m| m["$ref"].as_str().map(|r| ref_name(r).to_owned()))
        .collect()
}

/// `#/components/schemas/Name` → `Name`.
pub fn ref_name(r: &str) -> &str {
    r.rsplit('/').next().unwrap_or(r)
}

fn unique(taken: &mut BTreeSet<String>, base: String) -> String {
    let mut name = base.clone();
    let mut n = 2;
    while !taken.insert(name.clone()) {
        name = format!("{base}{n}");
        n += 1;
    }
    name
}

fn unique_field(taken: &mut BTreeSet<String>, base: String) -> String {
    let mut name = base.clone();
    let mut n = 2;
    while !taken.insert(name.clone()) {
        name = format!("{}_{n}", base.trim_end_matches('_'));
        n += 1;
    }
    name
}

fn dedupe_variants(values: &mut [EnumValue]) {
    let mut taken = BTreeSet::from(["Unknown".to_owned()]);
    for v in values.iter_mut() {
        v.rust = unique(&mut taken, v.rust.clone());
    }
}

fn description(schema: &Value) -> Option<String> {
    schema["description"].as_str().map(str::to_owned)
}

fn union_members(schema: &Value) -> Option<&[Value]> {
    schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array)
        .map(Vec::as_slice)
}

fn is_null(schema: &Value) -> bool {
    schema["type"] == "null"
}

fn is_struct(schema: &Value) -> bool {
    schema["type"] == "object"
        && schema
            .get("properties")
            .is_some_and(|p| p.as_object().is_some_and(|o| !o.is_empty()))
}

fn is_plain_string(schema: &Value) -> bool {
    schema["type"] == "string" && schema.get("enum").is_none()
}

fn is_string_enum(schema: &Value) -> bool {
    schema["type"] == "string"
        && schema["enum"]
            .as_array()
            .is_some_and(|v| !v.is_empty() && v.iter().all(Value::is_string))
}

/// `anyOf [number, "NaN" | "Infinity" | "-Infinity" …]`: how the server writes non-finite numbers.
fn is_js_number(members: &[Value]) -> bool {
    members.iter().any(|m| m["type"] == "number")
        && members.iter().all(|m| {
            m["type"] == "number"
                || (is_string_enum(m)
                    && m["enum"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .all(|v| matches!(v.as_str(), Some("NaN" | "Infinity" | "-Infinity"))))
        })
}

/// `anyOf [number, {string, format: date-time}]`: a time the server sends either way (the
/// spec says `number`; `patch_spec` writes this where the server sends strings too).
fn is_timestamp(members: &[Value]) -> bool {
    members.len() == 2
        && members.iter().any(|m| m["type"] == "number")
        && members
            .iter()
            .any(|m| m["type"] == "string" && m["format"] == "date-time")
}

fn single_constant(schema: &Value) -> Option<String> {
    if let Some(c) = schema.get("const").and_then(Value::as_str) {
        return Some(c.to_owned());
    }
    match schema["enum"].as_array() {
        Some(v) if v.len() == 1 && schema["type"] == "string" => v[0].as_str().map(str::to_owned),
        _ => None,
    }
}

fn enum_values(schema: &Value) -> Vec<EnumValue> {
    let mut values: Vec<EnumValue> = schema["enum"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|wire| EnumValue {
            rust: enum_variant_name(wire),
            wire: wire.to_owned(),
        })
        .collect();
    dedupe_variants(&mut values);
    values
}

fn enum_variant_name(wire: &str) -> String {
    match wire {
        "" => "Empty".to_owned(),
        "*" => "Any".to_owned(),
        w if w.starts_with('-') => format!("Neg{}", variant(w)),
        w => variant(w),
    }
}

fn variant_base(schema: &Value, index: usize) -> String {
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => "String".into(),
        Some("number") => "Number".into(),
        Some("integer") => "Integer".into(),
        Some("boolean") => "Bool".into(),
        Some("array") => "Array".into(),
        Some("object") if is_struct(schema) => format!("Object{index}"),
        Some("object") => "Object".into(),
        Some("null") => "Null".into(),
        _ => format!("Variant{index}"),
    }
}
