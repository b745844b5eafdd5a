//! Merges generated types that have the same shape.
//!
//! The spec repeats many shapes under different names: 88 `*Durable` structs
//! (`{aggregateID, seq, version}`), the `{read, write}` cache structs of every model, event
//! payloads repeated across the v1, v2 and sync event unions. Each twin used to be its own
//! Rust type, so users converted between types that hold the same data, and the crate
//! compiled every copy. Here each group of twins becomes one type; every reference to a
//! twin is rewritten to it, and the twins' names stay as documented `type` aliases.
//!
//! Two types are twins when their kinds are equal field by field (wire and Rust names,
//! types, optionality, constants, aliases, field docs) with the types they refer to
//! compared the same way: the coarsest partition that is stable under that comparison,
//! found by refining one class until nothing splits. Type docs and origins may differ.

use std::collections::BTreeMap;

use super::model::{Kind, Ty, TypeDef};
use super::ops::{Operation, Response};

/// One group of twins: the name kept, and the names that become aliases of it.
#[derive(Debug, Clone)]
pub struct Group {
    /// The type that is kept.
    pub kept: String,
    /// The twins, now aliases of `kept`.
    pub aliases: Vec<String>,
}

/// Merges twins in `types`, rewrites every reference (in types and `ops`) to the kept
/// type, and turns each twin into an alias. Returns the groups, largest first.
pub fn merge(types: &mut BTreeMap<String, TypeDef>, ops: &mut [Operation]) -> Vec<Group> {
    let groups = twins(types);
    for g in &groups {
        // A kept name that is new (a common suffix): the first twin's definition under it.
        if !types.contains_key(&g.kept) {
            let mut def = types[&g.aliases[0]].clone();
            def.name = g.kept.clone();
            def.doc = Some(format!(
                "One type for the {} schemas of this shape (`{}`, …); each of their names is an alias of it.",
                g.aliases.len(),
                g.aliases[..3.min(g.aliases.len())].join("`, `")
            ));
            types.insert(g.kept.clone(), def);
        }
    }
    let mut renames = BTreeMap::new();
    for g in &groups {
        for a in &g.aliases {
            renames.insert(a.clone(), g.kept.clone());
        }
    }
    for def in types.values_mut() {
        rename_kind(&mut def.kind, &renames);
    }
    for op in ops.iter_mut() {
        for p in op.path_params.iter_mut().chain(op.query.iter_mut()) {
            rename_ty(&mut p.ty, &renames);
        }
        if let Some(b) = op.body.as_mut() {
            rename_ty(&mut b.ty, &renames);
        }
        if let Response::Json(ty) = &mut op.response {
            rename_ty(ty, &renames);
        }
    }
    for (alias, kept) in &renames {
        if let Some(def) = types.get_mut(alias) {
            def.kind = Kind::Alias(Ty::Named(kept.clone()));
            def.merged = true;
            if def.doc.is_none() {
                def.doc = Some(match def.origin.rsplit_once('.') {
                    Some((parent, field)) => {
                        format!("The spec's type of `{field}` in `{parent}`.")
                    }
                    None => format!("The spec's `{}` schema.", def.origin),
                });
            }
        }
    }
    groups
}

/// The groups of twins, largest first, then by kept name.
fn twins(types: &BTreeMap<String, TypeDef>) -> Vec<Group> {
    // Aliases are not merged: they are already one line each.
    let names: Vec<&String> = types
        .iter()
        .filter(|(_, d)| !matches!(d.kind, Kind::Alias(_)))
        .map(|(n, _)| n)
        .collect();
    let mut class: BTreeMap<String, usize> = names.iter().map(|n| ((*n).clone(), 0)).collect();
    let mut count = 1;
    loop {
        let mut ids: BTreeMap<String, usize> = BTreeMap::new();
        let mut next = BTreeMap::new();
        for name in &names {
            let key = format!("{}|{}", class[*name], shape(&types[*name].kind, &class));
            let len = ids.len();
            let id = *ids.entry(key).or_insert(len);
            next.insert((*name).clone(), id);
        }
        class = next;
        if ids.len() == count {
            break;
        }
        count = ids.len();
    }
    let mut members: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (name, id) in &class {
        members.entry(*id).or_default().push(name.clone());
    }
    let mut groups: Vec<Group> = members
        .into_values()
        .filter(|m| m.len() > 1)
        .map(|m| {
            let kept = keep(&m, types);
            let aliases = m.into_iter().filter(|n| *n != kept).collect();
            Group { kept, aliases }
        })
        .collect();
    groups.sort_by(|a, b| {
        b.aliases
            .len()
            .cmp(&a.aliases.len())
            .then(a.kept.cmp(&b.kept))
    });
    groups
}

/// The name a group keeps: a component of the spec (its origin has no path) before an
/// inline type, then the shortest name, then the first in order.
fn keep(members: &[String], types: &BTreeMap<String, TypeDef>) -> String {
    // Many inline twins named after different parents (`PtyExitedDurable`,
    // `SessionIdleDurable`, …) share the name of what they are: the common suffix.
    let inline = members
        .iter()
        .all(|n| types[n].origin.contains(['.', '[', '/']));
    let suffix = common_suffix(members);
    let words = suffix.chars().filter(char::is_ascii_uppercase).count();
    if inline && (words >= 2 || (words == 1 && members.len() >= 20)) && !types.contains_key(&suffix)
    {
        return suffix;
    }
    members
        .iter()
        .min_by_key(|n| {
            let inline = types[*n].origin.contains(['.', '[', '/']);
            (inline, n.len(), (*n).clone())
        })
        .cloned()
        .unwrap_or_default()
}

/// The longest run of whole PascalCase words every name ends with (`""` if none).
fn common_suffix(names: &[String]) -> String {
    let first = names.first().map(String::as_str).unwrap_or_default();
    let starts: Vec<usize> = first
        .char_indices()
        .filter(|(_, c)| c.is_ascii_uppercase())
        .map(|(i, _)| i)
        .collect();
    starts
        .into_iter()
        .map(|i| &first[i..])
        .find(|tail| {
            names.iter().all(|n| {
                n.ends_with(tail)
                    && n[..n.len() - tail.len()]
                        .chars()
                        .last()
                        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            })
        })
        .unwrap_or_default()
        .to_owned()
}

/// A kind as text, with each named type replaced by its class and docs left out.
fn shape(kind: &Kind, class: &BTreeMap<String, usize>) -> String {
    let mut kind = kind.clone();
    let classes: BTreeMap<String, String> = class
        .iter()
        .map(|(n, c)| (n.clone(), format!("#{c}")))
        .collect();
    rename_kind(&mut kind, &classes);
    format!("{kind:?}")
}

fn rename_kind(kind: &mut Kind, renames: &BTreeMap<String, String>) {
    match kind {
        Kind::Struct(s) => {
            for f in &mut s.fields {
                rename_ty(&mut f.ty, renames);
            }
            if let Some(t) = s.additional.as_mut() {
                rename_ty(t, renames);
            }
        }
        Kind::Tagged(t) => {
            for v in &mut t.variants {
                if let Some(r) = renames.get(&v.ty) {
                    v.ty = r.clone();
                }
            }
        }
        Kind::Untagged(vs) => vs.iter_mut().for_each(|v| rename_ty(&mut v.ty, renames)),
        Kind::Alias(t) => rename_ty(t, renames),
        Kind::StringEnum(_) => {}
    }
}

fn rename_ty(ty: &mut Ty, renames: &BTreeMap<String, String>) {
    match ty {
        Ty::Named(n) => {
            if let Some(r) = renames.get(n) {
                *n = r.clone();
            }
        }
        Ty::Array(t) | Ty::Map(t) | Ty::Nullable(t) => rename_ty(t, renames),
        Ty::Tuple(ts) => ts.iter_mut().for_each(|t| rename_ty(t, renames)),
        _ => {}
    }
}

/// Records in each type's `uses` where it is used: operation answers, bodies and
/// parameters, `errors` (`(type, "the 404 answer of …")`), struct fields, union variants
/// and aliases, in that order. Twins ([`merge`]) are skipped as
/// users of others.
pub fn index_uses(
    types: &mut BTreeMap<String, TypeDef>,
    ops: &[Operation],
    errors: &[(String, String)],
) {
    fn names(ty: &Ty, out: &mut Vec<String>) {
        match ty {
            Ty::Named(n) => out.push(n.clone()),
            Ty::Array(t) | Ty::Map(t) | Ty::Nullable(t) => names(t, out),
            Ty::Tuple(ts) => ts.iter().for_each(|t| names(t, out)),
            _ => {}
        }
    }
    let mut uses: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let add = |ty: &Ty, what: String, uses: &mut BTreeMap<String, Vec<String>>| {
        let mut found = Vec::new();
        names(ty, &mut found);
        for n in found {
            let list = uses.entry(n).or_default();
            if !list.contains(&what) {
                list.push(what.clone());
            }
        }
    };
    for op in ops {
        let route = format!("`{} {}` (`{}`)", op.method, op.path, op.id);
        for p in &op.path_params {
            add(
                &p.ty,
                format!("the `{}` path value of {route}", p.wire),
                &mut uses,
            );
        }
        for q in &op.query {
            add(
                &q.ty,
                format!("the `{}` query value of {route}", q.wire),
                &mut uses,
            );
        }
        if let Response::Json(ty) = &op.response {
            add(ty, format!("the answer of {route}"), &mut uses);
        }
        if let Some(b) = &op.body {
            add(&b.ty, format!("the body of {route}"), &mut uses);
        }
    }
    for (name, what) in errors {
        add(&Ty::Named(name.clone()), what.clone(), &mut uses);
    }
    for def in types.values().filter(|d| !d.merged) {
        let parent = &def.name;
        match &def.kind {
            Kind::Struct(s) => {
                for f in &s.fields {
                    add(
                        &f.ty,
                        format!("the `{}` of [`{parent}`]", f.wire),
                        &mut uses,
                    );
                }
                if let Some(t) = &s.additional {
                    add(t, format!("the values of [`{parent}`]"), &mut uses);
                }
            }
            Kind::Tagged(t) => {
                for v in &t.variants {
                    let ty = Ty::Named(v.ty.clone());
                    add(
                        &ty,
                        format!("the `{}` variant of [`{parent}`]", v.tag),
                        &mut uses,
                    );
                }
            }
            Kind::Untagged(vs) => {
                for v in vs {
                    add(&v.ty, format!("a variant of [`{parent}`]"), &mut uses);
                }
            }
            Kind::Alias(t) => add(t, format!("[`{parent}`]"), &mut uses),
            Kind::StringEnum(_) => {}
        }
    }
    for (name, list) in uses {
        if let Some(def) = types.get_mut(&name) {
            def.uses = list;
        }
    }
}
