//! Splits the widget's wasm in two, so that the first load carries only what the first answer
//! runs. docs/size.md tells why and what it saves; scripts/split-profile.mjs finds which
//! functions the first answer runs.
//!
//! - `split-wasm instrument IN OUT NAMES`: IN with a call to the import `s.h(i)` at the start of
//!   every function it defines; NAMES, a JSON list, gives the stable name of function `i`.
//! - `split-wasm split IN LIST FIRST REST`: the functions LIST names (one stable name a line,
//!   `#` starts a comment) move from IN into REST; FIRST keeps everything else. Where FIRST
//!   still calls a moved function, it calls a stub of the same index and type, which asks
//!   the import `s.l()` to load REST if the table `s` of FIRST still holds no function at
//!   that slot, then calls through it. REST imports everything it uses from FIRST's exports,
//!   under the module name `p`, and writes its functions into that table when it is
//!   instantiated.
//!
//!   With `--data LINKED`, the read-only data only the moved functions read moves too
//!   (src/data.rs): LINKED is the wasm cargo linked, with its relocations (build.rs), before
//!   wasm-bindgen.
//!
//! IN must keep its name section (wasm-opt `-g`); FIRST and REST are written without one,
//! unless `--names` (for scripts/size-profile), and without the linker's sections.
//! A stable name is a function's name without the hash rustc adds to it (`::h0123…`), so
//! that a list stays valid while the code around it changes; a function the list does not
//! name stays in FIRST.

use std::collections::{HashMap, HashSet};
use std::process::ExitCode;

use walrus::ir::{self, Instr, InstrLocId, Value, Visitor};
use walrus::{
    ConstExpr, ElementItems, ElementKind, ExportItem, FunctionBuilder, FunctionId, FunctionKind,
    GlobalKind, ImportId, ImportKind, ImportedFunction, Module, ModuleConfig, RefType, ValType,
};

mod data;

type Result<T> = std::result::Result<T, String>;

const USAGE: &str = "usage: split-wasm instrument IN OUT NAMES | split-wasm split IN LIST FIRST REST [--names] [--data LINKED]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let done = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["instrument", input, output, names] => instrument(input, output, names),
        ["split", input, list, first, rest, options @ ..] => match options {
            [] => split(input, list, first, rest, false, None),
            ["--names"] => split(input, list, first, rest, true, None),
            ["--data", linked] => split(input, list, first, rest, false, Some(linked)),
            ["--names", "--data", linked] => split(input, list, first, rest, true, Some(linked)),
            _ => Err(USAGE.into()),
        },
        _ => Err(USAGE.into()),
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("split-wasm: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The module at `path`, with its names read; they are written back only if `names`.
fn read(path: &str, names: bool) -> Result<Module> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut config = ModuleConfig::new();
    config
        .generate_producers_section(false)
        .generate_name_section(names);
    config
        .parse(&bytes)
        .map_err(|e| format!("cannot parse {path}: {e}"))
}

fn emit(module: &mut Module, path: &str) -> Result<usize> {
    let bytes = module.emit_wasm();
    std::fs::write(path, &bytes).map_err(|e| format!("cannot write {path}: {e}"))?;
    Ok(bytes.len())
}

/// A function's name without what changes from one build or toolchain to the next: the hash
/// rustc appends (`::h` and 16 hex digits), the crates' disambiguators (`core[c5930c85a12de822]`)
/// and the optimiser's numbers for a name it has seen before (`write_char.223`, `write_fmt[1]`).
/// Several functions may share one stable name; the profile lists a name only if none of them
/// ran.
fn stable(name: &str) -> String {
    let mut name = without_suffix(name);
    // rustc's hash, at the end or before wasm-bindgen's " externref shim" and the like.
    let unhashed;
    if let Some(at) = hash_at(name) {
        unhashed = format!("{}{}", &name[..at], &name[at + 19..]);
        name = &unhashed;
    }
    // Crate disambiguators: `[`, 16 hex digits, `]`.
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(at) = rest.find('[') {
        let tail = &rest[at + 1..];
        let hash = tail.len() > 16
            && tail.as_bytes()[16] == b']'
            && tail[..16].bytes().all(|b| b.is_ascii_hexdigit());
        if hash {
            out.push_str(&rest[..at]);
            rest = &tail[17..];
        } else {
            out.push_str(&rest[..=at]);
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// Whether a function stays in the first part whatever the list says: what a fault runs (the
/// standard library's panic and formatting machinery, the widget's crash notice), so that a
/// fault shows the crash notice even when the rest cannot load, and the runtime's machinery.
fn always_first(stable: &str) -> bool {
    stable.contains("panic")
        // wasm-bindgen's own machinery (its closures and cells, with their drops and trait
        // impls: every name that mentions them) runs when the browser's timing says: a profile
        // can miss it, and a first answer that needed the rest for it would wait on a request.
        // yew's scheduler and js-sys's queue of futures serve only the live widget, which is
        // in the rest (src/early.rs).
        || ["wasm_bindgen::"]
            .iter()
            .any(|p| stable.contains(p))
        || [
            "core::fmt",
            "alloc::fmt",
            "std::",
            "lungstage_web::crash",
            "lungstage_rest_failed",
        ]
        .iter()
        .any(|p| stable.starts_with(p))
}

/// `name` without the optimiser's suffix for a name it has seen before (`.223` or `[1]` at the
/// end, after rustc's hash if any).
fn without_suffix(name: &str) -> &str {
    let digits = name.trim_end_matches(|c: char| c.is_ascii_digit());
    if digits.len() < name.len() && digits.ends_with('.') {
        return &digits[..digits.len() - 1];
    }
    if let Some(inner) = name.strip_suffix(']') {
        let digits = inner.trim_end_matches(|c: char| c.is_ascii_digit());
        if digits.len() < inner.len() && digits.ends_with('[') {
            return &digits[..digits.len() - 1];
        }
    }
    name
}

/// Where rustc's hash (`::h` and 16 hex digits) starts in a demangled `name`: at its end, or
/// before wasm-bindgen's " externref shim" and the like.
fn hash_at(name: &str) -> Option<usize> {
    let at = name.rfind("::h")?;
    let end = at + 19;
    let hash = name
        .get(at + 3..end)
        .is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
        && (name.len() == end || name.as_bytes()[end] == b' ');
    hash.then_some(at)
}

/// A function's stable name; a function without a name (one the optimiser made) has none, and
/// never moves.
fn name_of(module: &Module, id: FunctionId) -> Option<String> {
    module.funcs.get(id).name.as_deref().map(stable)
}

fn instrument(input: &str, output: &str, names: &str) -> Result<()> {
    let mut module = read(input, false)?;
    let hit_ty = module.types.add(&[ValType::I32], &[]);
    let (hit, _) = module.add_import_func("s", "h", hit_ty);
    let locals: Vec<FunctionId> = module.funcs.iter_local().map(|(id, _)| id).collect();
    let mut list = Vec::with_capacity(locals.len());
    for (i, id) in locals.iter().enumerate() {
        list.push(name_of(&module, *id).unwrap_or_default());
        let FunctionKind::Local(func) = &mut module.funcs.get_mut(*id).kind else {
            unreachable!()
        };
        let entry = func.entry_block();
        let seq = func.block_mut(entry);
        seq.instrs.insert(
            0,
            (Instr::Call(ir::Call { func: hit }), InstrLocId::default()),
        );
        seq.instrs.insert(
            0,
            (
                Instr::Const(ir::Const {
                    value: Value::I32(i as i32),
                }),
                InstrLocId::default(),
            ),
        );
    }
    emit(&mut module, output)?;
    let json = format!(
        "[\n{}\n]\n",
        list.iter()
            .map(|n| format!("  {}", json_string(n)))
            .collect::<Vec<_>>()
            .join(",\n")
    );
    std::fs::write(names, json).map_err(|e| format!("cannot write {names}: {e}"))?;
    eprintln!("split-wasm: {} functions instrumented", list.len());
    Ok(())
}

fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether a function body holds an instruction that cannot move into another module: one
/// that names a data or element segment (they stay where they are) or takes a function's
/// reference (which would need its own declaration there).
struct Pinned(bool);

impl<'a> Visitor<'a> for Pinned {
    fn visit_instr(&mut self, instr: &'a Instr, _: &'a InstrLocId) {
        if matches!(
            instr,
            Instr::MemoryInit(_)
                | Instr::DataDrop(_)
                | Instr::TableInit(_)
                | Instr::ElemDrop(_)
                | Instr::RefFunc(_)
        ) {
            self.0 = true;
        }
    }
}

fn movable(module: &Module, id: FunctionId) -> bool {
    let FunctionKind::Local(func) = &module.funcs.get(id).kind else {
        return false;
    };
    let mut pinned = Pinned(false);
    ir::dfs_in_order(&mut pinned, func, func.entry_block());
    !pinned.0
}

/// The names in a list file: one a line, `#` to the end of a line a comment.
fn list(path: &str) -> Result<HashSet<String>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Ok(text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect())
}

/// `a`, `b`, ... `Z`, `aa`, ...: short export names (scripts/shrink-glue.mjs names imports
/// the same way).
fn short(mut i: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[i % LETTERS.len()]);
        if i < LETTERS.len() {
            break;
        }
        i = i / LETTERS.len() - 1;
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

fn split(
    input: &str,
    list_path: &str,
    first_path: &str,
    rest_path: &str,
    names: bool,
    linked: Option<&str>,
) -> Result<()> {
    let wanted = list(list_path)?;
    let mut first = read(input, names)?;
    let mut rest = read(input, names)?;

    if first.funcs.iter().all(|f| f.name.is_none()) {
        return Err(format!(
            "{input} has no function names: build it with its name section (wasm-opt -g)"
        ));
    }
    // The moved functions, in the order of the table slots they get.
    let mut moved = Vec::new();
    for (id, _) in first.funcs.iter_local() {
        if name_of(&first, id).is_some_and(|n| wanted.contains(&n) && !always_first(&n))
            && movable(&first, id)
            && first.start != Some(id)
        {
            moved.push(id);
        }
    }
    if moved.is_empty() {
        return Err(format!("{list_path} names no function of {input}"));
    }
    // The two modules were read from the same bytes, so an item has the same index in both
    // (ids themselves belong to one module).
    let slot: HashMap<usize, i32> = moved
        .iter()
        .enumerate()
        .map(|(i, id)| (id.index(), i as i32))
        .collect();
    let in_rest = by_index(rest.funcs.iter().map(|f| f.id()), |f| f.index());
    let rest_moved: Vec<FunctionId> = moved.iter().map(|id| in_rest[&id.index()]).collect();
    let data_moving = match linked {
        Some(linked) => {
            let kept: Vec<FunctionId> = first
                .funcs
                .iter_local()
                .map(|(id, _)| id)
                .filter(|id| !slot.contains_key(&id.index()))
                .collect();
            data::movable(linked, &first, &kept)?
        }
        None => Vec::new(),
    };
    // The linker's sections, if the input kept them, belong in neither part.
    for module in [&mut first, &mut rest] {
        let linker: Vec<String> = module
            .customs
            .iter()
            .map(|(_, c)| c.name().to_string())
            .filter(|n| n == "linking" || n.starts_with("reloc."))
            .collect();
        for name in linker {
            module.customs.remove_raw(&name);
        }
    }

    // REST: the moved functions, with everything else they use imported from FIRST.
    for id in rest.data.iter().map(|d| d.id()).collect::<Vec<_>>() {
        rest.data.delete(id);
    }
    for m in rest.memories.iter_mut() {
        m.data_segments.clear();
    }
    for id in rest.elements.iter().map(|e| e.id()).collect::<Vec<_>>() {
        rest.elements.delete(id);
    }
    for t in rest.tables.iter_mut() {
        t.elem_segments.clear();
    }
    let rest_memory = rest.memories.iter().next().map(|m| m.id());
    let data_moved = match rest_memory {
        Some(memory) if !data_moving.is_empty() => {
            data::apply(&mut first, &mut rest, memory, &data_moving)
        }
        _ => 0,
    };
    for id in rest.exports.iter().map(|e| e.id()).collect::<Vec<_>>() {
        rest.exports.delete(id);
    }
    rest.start = None;
    let (table, _) =
        rest.add_import_table("p", "s", false, moved.len() as u64, None, RefType::FUNCREF);
    let segment = rest.elements.add(
        ElementKind::Active {
            table,
            offset: ConstExpr::Value(Value::I32(0)),
        },
        ElementItems::Functions(rest_moved),
    );
    rest.tables.get_mut(table).elem_segments.insert(segment);
    // Every other function, global, table and memory becomes an import, named for now by its
    // place; the ones REST does not use are dropped by the collection below, and the rest
    // get their short names after it.
    let kept: Vec<FunctionId> = rest
        .funcs
        .iter()
        .map(|f| f.id())
        .filter(|id| !slot.contains_key(&id.index()))
        .collect();
    for id in kept {
        let ty = rest.funcs.get(id).ty();
        let existing = match &rest.funcs.get(id).kind {
            FunctionKind::Import(imported) => Some(imported.import),
            _ => None,
        };
        let name = format!("f{}", id.index());
        if let Some(import) =
            import_from_first(&mut rest, existing, &name, ImportKind::Function(id))
        {
            rest.funcs.get_mut(id).kind = FunctionKind::Import(ImportedFunction { import, ty });
        }
    }
    for id in rest.globals.iter().map(|g| g.id()).collect::<Vec<_>>() {
        let existing = match rest.globals.get(id).kind {
            GlobalKind::Import(import) => Some(import),
            GlobalKind::Local(_) => None,
        };
        let name = format!("g{}", id.index());
        if let Some(import) = import_from_first(&mut rest, existing, &name, ImportKind::Global(id))
        {
            rest.globals.get_mut(id).kind = GlobalKind::Import(import);
        }
    }
    let tables: Vec<_> = rest
        .tables
        .iter()
        .map(|t| t.id())
        .filter(|t| *t != table)
        .collect();
    for id in tables {
        let existing = rest.tables.get(id).import;
        let name = format!("t{}", id.index());
        if let Some(import) = import_from_first(&mut rest, existing, &name, ImportKind::Table(id)) {
            rest.tables.get_mut(id).import = Some(import);
        }
    }
    for id in rest.memories.iter().map(|m| m.id()).collect::<Vec<_>>() {
        let existing = rest.memories.get(id).import;
        let name = format!("m{}", id.index());
        if let Some(import) = import_from_first(&mut rest, existing, &name, ImportKind::Memory(id))
        {
            rest.memories.get_mut(id).import = Some(import);
        }
    }
    walrus::passes::gc::run(&mut rest);

    // FIRST: each moved function's body becomes a stub; FIRST exports what REST imports.
    let load_ty = first.types.add(&[], &[]);
    let (load, _) = first.add_import_func("s", "l", load_ty);
    let split_table = first.tables.add_local(
        false,
        moved.len() as u64,
        Some(moved.len() as u64),
        RefType::FUNCREF,
    );
    first.exports.add("s", split_table);
    for id in &moved {
        let ty = first.funcs.get(*id).ty();
        let (params, results) = {
            let t = first.types.get(ty);
            (t.params().to_vec(), t.results().to_vec())
        };
        let args: Vec<_> = params.iter().map(|p| first.locals.add(*p)).collect();
        let mut builder = FunctionBuilder::new(&mut first.types, &params, &results);
        let k = slot[&id.index()];
        let mut body = builder.func_body();
        body.i32_const(k)
            .table_get(split_table)
            .ref_is_null()
            .if_else(
                None,
                |then| {
                    then.call(load);
                },
                |_| {},
            );
        for a in &args {
            body.local_get(*a);
        }
        body.i32_const(k).call_indirect(ty, split_table);
        let stub = builder.local_func(args);
        first.funcs.get_mut(*id).kind = FunctionKind::Local(stub);
    }
    // What REST imports, exported by FIRST under a short name (or the name it has already).
    let mut exported: HashMap<(u8, usize), String> = HashMap::new();
    for e in first.exports.iter() {
        exported
            .entry(key(e.item))
            .or_insert_with(|| e.name.clone());
    }
    let first_funcs = by_index(first.funcs.iter().map(|f| f.id()), |f| f.index());
    let first_globals = by_index(first.globals.iter().map(|g| g.id()), |g| g.index());
    let first_tables = by_index(first.tables.iter().map(|t| t.id()), |t| t.index());
    let first_memories = by_index(first.memories.iter().map(|m| m.id()), |m| m.index());
    let mut count = 0;
    let imports: Vec<_> = rest
        .imports
        .iter()
        .map(|i| (i.id(), i.name.clone(), i.kind.clone()))
        .collect();
    for (import, name, kind) in imports {
        if name == "s" {
            continue;
        }
        let item = match kind {
            ImportKind::Function(f) => ExportItem::Function(first_funcs[&f.index()]),
            ImportKind::Global(g) => ExportItem::Global(first_globals[&g.index()]),
            ImportKind::Table(t) => ExportItem::Table(first_tables[&t.index()]),
            ImportKind::Memory(m) => ExportItem::Memory(first_memories[&m.index()]),
            ImportKind::Tag(_) => return Err("tags are not supported".into()),
        };
        let export = match exported.get(&key(item)) {
            Some(n) => n.clone(),
            None => {
                let n = loop {
                    let n = short(count);
                    count += 1;
                    if first.exports.iter().all(|e| e.name != n) {
                        break n;
                    }
                };
                first.exports.add(&n, item);
                exported.insert(key(item), n.clone());
                n
            }
        };
        rest.imports.get_mut(import).name = export;
    }
    walrus::passes::gc::run(&mut first);

    let first_size = emit(&mut first, first_path)?;
    let rest_size = emit(&mut rest, rest_path)?;
    let defined = first.funcs.iter_local().count() + rest.funcs.iter_local().count();
    eprintln!(
        "split-wasm: {} functions and {data_moved} B of data moved, {defined} functions defined in the two parts; first {first_size} B, rest {rest_size} B",
        moved.len()
    );
    Ok(())
}

/// An item of REST imported from FIRST (module `p`) under a provisional `name`: its import
/// renamed, if it has one, or else a new import, returned for the item to be pointed at.
fn import_from_first(
    rest: &mut Module,
    existing: Option<ImportId>,
    name: &str,
    kind: ImportKind,
) -> Option<ImportId> {
    match existing {
        Some(import) => {
            let import = rest.imports.get_mut(import);
            import.module = "p".into();
            import.name = name.into();
            None
        }
        None => Some(rest.imports.add("p", name, kind)),
    }
}

/// Items of one module by their index, the same in both modules read from the same bytes.
fn by_index<I: Copy>(ids: impl Iterator<Item = I>, index: fn(I) -> usize) -> HashMap<usize, I> {
    ids.map(|id| (index(id), id)).collect()
}

/// An export's item as a key: its kind and its index.
fn key(item: ExportItem) -> (u8, usize) {
    match item {
        ExportItem::Function(f) => (0, f.index()),
        ExportItem::Table(t) => (1, t.index()),
        ExportItem::Memory(m) => (2, m.index()),
        ExportItem::Global(g) => (3, g.index()),
        ExportItem::Tag(t) => (4, t.index()),
    }
}

#[cfg(test)]
mod tests {
    use super::{always_first, short, stable};

    #[test]
    fn a_stable_name_drops_what_changes_between_builds() {
        for (name, stable_name) in [
            (
                "lungstage::rules::assessment::stage::h4d245a88985f99fe",
                "lungstage::rules::assessment::stage",
            ),
            ("core::fmt::write", "core::fmt::write"),
            (
                "<alloc[3ca501edff3f0c7c]::string::String as core[c5930c85a12de822]::fmt::Write>::write_char.223",
                "<alloc::string::String as core::fmt::Write>::write_char",
            ),
            (
                "<str>::eq_ignore_ascii_case.220",
                "<str>::eq_ignore_ascii_case",
            ),
            ("a::write_fmt[1]", "a::write_fmt"),
            (
                "web_sys::A::set_value::h919bff595f95ad3a externref shim",
                "web_sys::A::set_value externref shim",
            ),
            // A hash and a suffix after it.
            (
                "lungstage::reference::guide::Treatment::sources::ha2d9a8905110407d.12",
                "lungstage::reference::guide::Treatment::sources",
            ),
            // Not a hash or a suffix: too short, not hexadecimal, or not at the end.
            ("a::h12345", "a::h12345"),
            ("a::hzzzzzzzzzzzzzzzz", "a::hzzzzzzzzzzzzzzzz"),
            ("a[12]::b", "a[12]::b"),
            ("<[u8] as b>::c", "<[u8] as b>::c"),
            ("v1.2x", "v1.2x"),
        ] {
            assert_eq!(stable(name), stable_name, "{name}");
        }
    }

    #[test]
    fn what_a_fault_runs_stays_first() {
        assert!(always_first("core::panicking::panic_bounds_check"));
        assert!(always_first(
            "<std::panicking::begin_panic_handler::FormatStringPayload as core::panic::PanicPayload>::get"
        ));
        assert!(always_first("core::fmt::write"));
        assert!(always_first(
            "wasm_bindgen::__rt::WasmRefCell<T>::borrow_mut"
        ));
        assert!(always_first(
            "core::ptr::drop_in_place<core::option::Option<wasm_bindgen::closure::ScopedClosure<dyn core::ops::function::FnMut<()>+Output = ()>>>"
        ));
        assert!(!always_first(
            "js_sys::futures::queue::Queue::new::{{closure}}"
        ));
        assert!(!always_first(
            "<yew::html::component::lifecycle::RenderRunner as yew::scheduler::Runnable>::run"
        ));
        assert!(always_first("lungstage_web::crash::install::{{closure}}"));
        assert!(!always_first(
            "<lungstage::input::error::Cause as core::fmt::Display>::fmt"
        ));
        assert!(!always_first("lungstage::rules::grouping::mesothelioma"));
    }

    #[test]
    fn short_names_count_like_the_glues() {
        assert_eq!(
            [0, 25, 26, 51, 52, 53].map(short),
            ["a", "z", "A", "Z", "aa", "ab"]
        );
    }
}
