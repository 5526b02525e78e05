//! The read-only data that only the moved functions read, moved with them: zeroed in FIRST and
//! written by REST's own data segments, at the same addresses, when REST is instantiated.
//!
//! Which object a constant in the code points at is not always the object it falls in: the
//! compiler folds `table[i - k]` into `(table - 4k)[i]`, so the constant may lie before the
//! table, in another object. So the objects and every pointer to them are read from the
//! linker's own records, in the wasm cargo links (`--emit-relocs`, build.rs): its symbol table
//! gives each object of `.rodata` (where it starts and its size), and its relocations give, for
//! every address the code or the data holds, the object it was computed from.
//!
//! An object stays in FIRST when anything FIRST keeps may point at it:
//! - a constant (either half of an i64 one, where the optimiser joined a pointer and a
//!   length) or a load's or store's offset in a function FIRST keeps, or a global's value,
//!   that falls inside the object or that a relocation computed from it;
//! - an address the link computed in a function FIRST keeps, whatever the optimiser made of
//!   it since, and one computed in a function the split's input no longer has (inlined or
//!   dropped) that appears nowhere in it;
//! - such a value in `.rodata` that no relocation made (one the optimiser made after the
//!   link): every object starting up to [`WINDOW`] bytes after it, too;
//! - a pointer in the data FIRST keeps (`.data`, or an object that stays), by its relocation
//!   or by its value.
//!
//! Bytes no symbol covers, and everything outside `.rodata`, never move. Before anything
//! moves, the linked wasm's data must be byte for byte the split's input's data, or the build
//! is stale and the split fails.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use walrus::ir::{self, Instr, InstrLocId, Value, Visitor};
use walrus::{ConstExpr, DataKind, FunctionId, GlobalKind, MemoryId, Module};
use wasmparser::{KnownCustom, Linking, Parser, Payload, RelocationType, SymbolInfo};

use crate::{Result, hash_at, without_suffix};

/// How far after a value no relocation explains the objects it keeps reach.
const WINDOW: u32 = 256;
/// Moved ranges closer than this are written by one segment.
const JOIN: u32 = 16;

/// An object of `.rodata`, by its addresses.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
struct Object {
    start: u32,
    end: u32,
}

/// What the linked wasm says about the data.
struct Layout {
    /// Every data segment: its address and its bytes.
    segments: Vec<(u32, Vec<u8>)>,
    /// The `.rodata` objects, sorted, each once.
    objects: Vec<Object>,
    /// The longest object, to bound the search for the ones holding an address.
    longest: u32,
    /// Every address a relocation computed, and the objects it was computed from.
    computed: HashMap<u32, Vec<usize>>,
    /// The pointers in the data, sorted: where each is, and its value (an address in
    /// `computed`).
    pointers: Vec<(u32, u32)>,
    /// The addresses each function's relocations computed, by [`function_key`].
    by_function: HashMap<String, Vec<u32>>,
    /// The addresses `.rodata` spans.
    rodata: Range<u32>,
}

/// What names one function in the linked wasm (a mangled name, `…17h0123456789abcdefE`) and
/// in the split's input (demangled by wasm-bindgen, `…::h0123456789abcdef`, perhaps with the
/// optimiser's suffix): rustc's hash, or else the whole name.
fn function_key(name: &str) -> String {
    let mangled = name
        .strip_suffix('E')
        .and_then(|n| n.get(n.len().saturating_sub(19)..))
        .and_then(|tail| tail.strip_prefix("17h"))
        .filter(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()));
    if let Some(hash) = mangled {
        return format!("h{hash}");
    }
    let demangled = without_suffix(name);
    match hash_at(demangled) {
        Some(at) => demangled[at + 2..at + 19].to_string(),
        None => name.to_string(),
    }
}

/// Whether a relocation writes a memory address (the others write a function's, a type's or
/// a global's index).
fn is_memory_address(ty: RelocationType) -> bool {
    use RelocationType::*;
    matches!(
        ty,
        MemoryAddrLeb
            | MemoryAddrSleb
            | MemoryAddrI32
            | MemoryAddrRelSleb
            | MemoryAddrLeb64
            | MemoryAddrSleb64
            | MemoryAddrI64
            | MemoryAddrRelSleb64
            | MemoryAddrLocrelI32
    )
}

fn constant(expr: &wasmparser::ConstExpr) -> Result<u32> {
    let mut ops = expr.get_operators_reader();
    match ops.read() {
        Ok(wasmparser::Operator::I32Const { value }) => Ok(value as u32),
        other => Err(format!(
            "a data segment's offset is not one i32.const: {other:?}"
        )),
    }
}

impl Layout {
    fn read(path: &str) -> Result<Layout> {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        let bad = |e: wasmparser::BinaryReaderError| format!("cannot read {path}: {e}");
        // Each segment: its address, its bytes, where its bytes start in the data section.
        let mut segments = Vec::new();
        let mut names = Vec::new();
        let mut symbols = Vec::new();
        let mut relocs = Vec::new();
        // Each function body's place in the code section, in order, and the functions' names.
        let mut bodies: Vec<Range<u32>> = Vec::new();
        let mut imported = 0;
        let mut code_start = 0;
        let mut function_names: HashMap<u32, String> = HashMap::new();
        for payload in Parser::new(0).parse_all(&bytes) {
            match payload.map_err(bad)? {
                Payload::ImportSection(reader) => {
                    for import in reader.into_imports() {
                        if matches!(import.map_err(bad)?.ty, wasmparser::TypeRef::Func(_)) {
                            imported += 1;
                        }
                    }
                }
                Payload::CodeSectionStart { range, .. } => code_start = range.start,
                Payload::CodeSectionEntry(body) => {
                    let r = body.range();
                    bodies.push((r.start - code_start) as u32..(r.end - code_start) as u32);
                }
                Payload::DataSection(reader) => {
                    let base = reader.range().start;
                    for data in reader {
                        let data = data.map_err(bad)?;
                        let wasmparser::DataKind::Active { offset_expr, .. } = &data.kind else {
                            return Err(format!("{path} has a passive data segment"));
                        };
                        let at = data.range.end - data.data.len() - base;
                        segments.push((constant(offset_expr)?, data.data.to_vec(), at as u32));
                    }
                }
                Payload::CustomSection(section) => match section.as_known() {
                    KnownCustom::Name(reader) => {
                        for sub in reader {
                            if let wasmparser::Name::Function(map) = sub.map_err(bad)? {
                                for naming in map {
                                    let naming = naming.map_err(bad)?;
                                    function_names.insert(naming.index, naming.name.to_string());
                                }
                            }
                        }
                    }
                    KnownCustom::Linking(reader) => {
                        for sub in reader.subsections() {
                            match sub.map_err(bad)? {
                                Linking::SegmentInfo(map) => {
                                    for s in map {
                                        names.push(s.map_err(bad)?.name.to_string());
                                    }
                                }
                                Linking::SymbolTable(map) => {
                                    for s in map {
                                        symbols.push(match s.map_err(bad)? {
                                            SymbolInfo::Data {
                                                symbol: Some(d), ..
                                            } => Some(d),
                                            _ => None,
                                        });
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                    KnownCustom::Reloc(reader) if section.name() == "reloc.CODE" => {
                        for r in reader.entries() {
                            relocs.push((false, r.map_err(bad)?));
                        }
                    }
                    KnownCustom::Reloc(reader) if section.name() == "reloc.DATA" => {
                        for r in reader.entries() {
                            relocs.push((true, r.map_err(bad)?));
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        if symbols.is_empty() || relocs.is_empty() {
            return Err(format!(
                "{path} has no symbol table or no relocations: link it with --emit-relocs (build.rs)"
            ));
        }
        if names.len() != segments.len() {
            return Err(format!(
                "{path} names {} data segments but has {}",
                names.len(),
                segments.len()
            ));
        }
        let rodata_segments: Vec<usize> = (0..names.len())
            .filter(|&i| names[i].starts_with(".rodata"))
            .collect();
        let rodata = match (rodata_segments.first(), rodata_segments.last()) {
            (Some(&a), Some(&b)) => segments[a].0..segments[b].0 + segments[b].1.len() as u32,
            _ => return Err(format!("{path} has no .rodata segment")),
        };
        // Each defined data symbol's addresses, and the object it is if it is in `.rodata`.
        let address = |d: &wasmparser::DefinedDataSymbol| -> Option<(u32, u32)> {
            let (base, bytes, _) = segments.get(d.index as usize)?;
            (d.offset + d.size <= bytes.len() as u32).then_some((base + d.offset, d.size))
        };
        let mut objects: Vec<Object> = symbols
            .iter()
            .flatten()
            .filter(|d| names[d.index as usize].starts_with(".rodata") && d.size > 0)
            .filter_map(|d| {
                address(d).map(|(start, size)| Object {
                    start,
                    end: start + size,
                })
            })
            .collect();
        objects.sort();
        objects.dedup();
        let index: HashMap<Object, usize> =
            objects.iter().enumerate().map(|(i, o)| (*o, i)).collect();
        let longest = objects.iter().map(|o| o.end - o.start).max().unwrap_or(0);
        let mut computed: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut pointers = Vec::new();
        let mut by_function: HashMap<String, Vec<u32>> = HashMap::new();
        for (in_data, r) in relocs {
            if !is_memory_address(r.ty) {
                continue;
            }
            let Some(Some(d)) = symbols.get(r.index as usize) else {
                continue;
            };
            let Some((start, size)) = address(d) else {
                return Err(format!(
                    "{path}: a relocation's symbol lies outside its segment"
                ));
            };
            let value = (start as i64 + r.addend) as u32;
            let targets = computed.entry(value).or_default();
            targets.extend(
                index
                    .get(&Object {
                        start,
                        end: start + size,
                    })
                    .copied(),
            );
            if in_data {
                // Where the pointer is: its place in the data section, made an address.
                let Some((base, _, at)) = segments
                    .iter()
                    .find(|(_, b, at)| (*at..*at + b.len() as u32).contains(&r.offset))
                else {
                    return Err(format!(
                        "{path}: a data relocation lies outside every segment"
                    ));
                };
                pointers.push((base + (r.offset - at), value));
            } else {
                let body = bodies.partition_point(|b| b.end <= r.offset);
                if bodies.get(body).is_none_or(|b| !b.contains(&r.offset)) {
                    return Err(format!(
                        "{path}: a code relocation lies outside every function"
                    ));
                }
                let name = function_names.get(&(imported + body as u32));
                let name = name.ok_or_else(|| format!("{path} has no name for function {body}"))?;
                by_function
                    .entry(function_key(name))
                    .or_default()
                    .push(value);
            }
        }
        pointers.sort();
        Ok(Layout {
            segments: segments.into_iter().map(|(a, b, _)| (a, b)).collect(),
            objects,
            longest,
            computed,
            pointers,
            by_function,
            rodata,
        })
    }

    /// The objects that hold `address`.
    fn holding(&self, address: u32) -> impl Iterator<Item = usize> + '_ {
        let end = self.objects.partition_point(|o| o.start <= address);
        (0..end)
            .rev()
            .take_while(move |&i| self.objects[i].start + self.longest > address)
            .filter(move |&i| self.objects[i].end > address)
    }

    /// The objects `value` falls in or a relocation computed it from; whether a relocation
    /// did.
    fn explained(&self, value: u32, out: &mut Vec<usize>) -> bool {
        out.extend(self.holding(value));
        let computed = self.computed.get(&value);
        out.extend(computed.into_iter().flatten());
        computed.is_some()
    }

    /// The objects a value in the code or the data may point at (module doc).
    fn targets(&self, value: u32, out: &mut Vec<usize>) {
        if !self.explained(value, out) && self.rodata.contains(&value) {
            let from = self.objects.partition_point(|o| o.start <= value);
            out.extend(
                (from..self.objects.len()).take_while(|&i| self.objects[i].start <= value + WINDOW),
            );
        }
    }
}

/// Every i32 constant, both halves of every i64 constant, and every memory offset in a
/// function.
struct Values<'a>(&'a mut Vec<u32>);

impl<'a, 'b> Visitor<'a> for Values<'b> {
    fn visit_instr(&mut self, instr: &'a Instr, _: &'a InstrLocId) {
        let offset = match instr {
            Instr::Const(ir::Const {
                value: Value::I32(v),
            }) => Some(*v as u32),
            // The optimiser joins a pointer and a length into one i64 (`ptr | len << 32`), to
            // store them at once: both halves may be addresses.
            Instr::Const(ir::Const {
                value: Value::I64(v),
            }) => {
                self.0.push((*v >> 32) as u32);
                Some(*v as u32)
            }
            Instr::Load(i) => Some(i.arg.offset as u32),
            Instr::Store(i) => Some(i.arg.offset as u32),
            Instr::AtomicRmw(i) => Some(i.arg.offset as u32),
            Instr::Cmpxchg(i) => Some(i.arg.offset as u32),
            Instr::AtomicNotify(i) => Some(i.arg.offset as u32),
            Instr::AtomicWait(i) => Some(i.arg.offset as u32),
            Instr::LoadSimd(i) => Some(i.arg.offset as u32),
            _ => None,
        };
        self.0.extend(offset);
    }
}

/// The address ranges of data only the moved functions can read, from the wasm cargo linked
/// (`linked`), for `module`, the split's input, whose `kept` functions stay in FIRST.
pub fn movable(linked: &str, module: &Module, kept: &[FunctionId]) -> Result<Vec<Range<u32>>> {
    let layout = Layout::read(linked)?;
    // The split's input must hold the linked wasm's data, at the same addresses.
    let mut image: BTreeMap<u32, &[u8]> = BTreeMap::new();
    for data in module.data.iter() {
        if let DataKind::Active {
            offset: ConstExpr::Value(Value::I32(at)),
            ..
        } = data.kind
        {
            image.insert(at as u32, &data.value);
        }
    }
    let byte = |address: u32| -> u8 {
        image
            .range(..=address)
            .next_back()
            .and_then(|(at, bytes)| bytes.get((address - at) as usize).copied())
            .unwrap_or(0)
    };
    for (at, bytes) in &layout.segments {
        if let Some(i) = (0..bytes.len()).find(|&i| byte(at + i as u32) != bytes[i]) {
            return Err(format!(
                "{linked} does not hold the split's input's data (first difference at {:#x}): \
                 it is from another build",
                at + i as u32
            ));
        }
    }

    // Each function's values, read once.
    let own: HashMap<FunctionId, Vec<u32>> = module
        .funcs
        .iter_local()
        .map(|(id, func)| {
            let mut values = Vec::new();
            ir::dfs_in_order(&mut Values(&mut values), func, func.entry_block());
            (id, values)
        })
        .collect();
    let mut values = Vec::new();
    for id in kept {
        values.extend(own.get(id).into_iter().flatten());
        // What the function's code computed at the link, whatever the optimiser made of it
        // since (an address joined with a length into one i64, say).
        if let Some(name) = &module.funcs.get(*id).name {
            values.extend(
                layout
                    .by_function
                    .get(&function_key(name))
                    .into_iter()
                    .flatten(),
            );
        }
    }
    // A function of the link the split's input no longer has was inlined or dropped. Where
    // it was inlined, its addresses are in the code that took it in, as they were or as
    // above; an address that is nowhere in the split's input, moved or kept, may have become
    // anything, so it stays.
    let present: HashSet<String> = module
        .funcs
        .iter()
        .filter_map(|f| f.name.as_deref().map(function_key))
        .collect();
    let everywhere: HashSet<u32> = own.values().flatten().copied().collect();
    for (key, addresses) in &layout.by_function {
        if !present.contains(key) {
            values.extend(addresses.iter().filter(|a| !everywhere.contains(a)));
        }
    }
    for global in module.globals.iter() {
        match global.kind {
            GlobalKind::Local(ConstExpr::Value(Value::I32(v))) => values.push(v as u32),
            GlobalKind::Local(ConstExpr::Value(Value::I64(v))) => {
                values.extend([v as u32, (v >> 32) as u32]);
            }
            _ => {}
        }
    }
    let mut reached = vec![false; layout.objects.len()];
    let mut queue = Vec::new();
    let mut found = Vec::new();
    for v in values {
        layout.targets(v, &mut found);
    }
    // The pointers in data outside every object (`.data`, and `.rodata` no symbol covers).
    for (place, value) in &layout.pointers {
        if layout.holding(*place).next().is_none() {
            layout.targets(*value, &mut found);
        }
    }
    let mark = |found: &mut Vec<usize>, reached: &mut Vec<bool>, queue: &mut Vec<usize>| {
        for t in found.drain(..) {
            if !reached[t] {
                reached[t] = true;
                queue.push(t);
            }
        }
    };
    mark(&mut found, &mut reached, &mut queue);
    while let Some(i) = queue.pop() {
        let Object { start, end } = layout.objects[i];
        let from = layout.pointers.partition_point(|(p, _)| *p < start);
        for (_, value) in layout.pointers[from..].iter().take_while(|(p, _)| *p < end) {
            layout.targets(*value, &mut found);
        }
        // Belt and braces: every aligned word of the object read as an address too.
        for word in (start.next_multiple_of(4)..end.saturating_sub(3)).step_by(4) {
            let w = u32::from_le_bytes([0, 1, 2, 3].map(|k| byte(word + k)));
            if layout.rodata.contains(&w) {
                layout.explained(w, &mut found);
            }
        }
        mark(&mut found, &mut reached, &mut queue);
    }

    // What moves: the unreached objects' bytes, less any byte a reached object covers.
    let mut kept_bytes: Vec<Range<u32>> = (0..layout.objects.len())
        .filter(|&i| reached[i])
        .map(|i| layout.objects[i].start..layout.objects[i].end)
        .collect();
    kept_bytes.sort_by_key(|r| r.start);
    let mut moving: Vec<Range<u32>> = Vec::new();
    for (i, o) in layout.objects.iter().enumerate() {
        if reached[i] {
            continue;
        }
        let mut at = o.start;
        let from = kept_bytes.partition_point(|r| r.end <= o.start);
        for r in kept_bytes[from..].iter().take_while(|r| r.start < o.end) {
            if r.start > at {
                moving.push(at..r.start);
            }
            at = at.max(r.end);
        }
        if at < o.end {
            moving.push(at..o.end);
        }
    }
    moving.sort_by_key(|r| r.start);
    let mut joined: Vec<Range<u32>> = Vec::new();
    for r in moving {
        match joined.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => joined.push(r),
        }
    }
    Ok(joined)
}

/// `ranges` zeroed in FIRST's data and written by segments of REST into `memory` (REST's
/// import of FIRST's memory); returns how many bytes REST now writes.
pub fn apply(
    first: &mut Module,
    rest: &mut Module,
    memory: MemoryId,
    ranges: &[Range<u32>],
) -> usize {
    // Each moved range's bytes, taken out of FIRST's segments (zeros where no segment writes).
    let mut taken: Vec<(u32, Vec<u8>)> = ranges
        .iter()
        .map(|r| (r.start, vec![0; (r.end - r.start) as usize]))
        .collect();
    let ids: Vec<_> = first.data.iter().map(|d| d.id()).collect();
    for id in ids {
        let data = first.data.get_mut(id);
        // Without their names (`.rodata.1`, …): where the zeroed bytes split a segment,
        // wasm-opt names the pieces after it and would meet the next segment's name (a build
        // that keeps names, scripts/size-profile).
        data.name = None;
        let DataKind::Active {
            offset: ConstExpr::Value(Value::I32(at)),
            ..
        } = data.kind
        else {
            continue;
        };
        let at = at as u32;
        let end = at + data.value.len() as u32;
        for (start, bytes) in &mut taken {
            let range_end = *start + bytes.len() as u32;
            for address in (*start).max(at)..range_end.min(end) {
                bytes[(address - *start) as usize] =
                    std::mem::take(&mut data.value[(address - at) as usize]);
            }
        }
    }
    // REST writes each range's runs of nonzero bytes (memory starts zeroed), a run joined to
    // the next across a short gap of zeros, but never beyond its range: the bytes between
    // two ranges belong to FIRST.
    let mut written = 0;
    for (start, bytes) in taken {
        let mut runs: Vec<Range<usize>> = Vec::new();
        for (i, b) in bytes.iter().enumerate() {
            if *b == 0 {
                continue;
            }
            match runs.last_mut() {
                Some(run) if i - run.end <= JOIN as usize => run.end = i + 1,
                _ => runs.push(i..i + 1),
            }
        }
        for run in runs {
            written += run.len();
            let at = start + run.start as u32;
            let id = rest.data.add(
                DataKind::Active {
                    memory,
                    offset: ConstExpr::Value(Value::I32(at as i32)),
                },
                bytes[run].to_vec(),
            );
            rest.memories.get_mut(memory).data_segments.insert(id);
        }
    }
    written
}

#[cfg(test)]
mod tests {
    use super::function_key;

    #[test]
    fn a_function_has_one_key_in_the_link_and_after_wasm_bindgen() {
        assert_eq!(
            function_key(
                "_ZN13lungstage_web10components14stage_headline14stage_headline17h73993399ff3a390eE"
            ),
            "h73993399ff3a390e"
        );
        assert_eq!(
            function_key(
                "lungstage_web::components::stage_headline::stage_headline::h73993399ff3a390e"
            ),
            "h73993399ff3a390e"
        );
        assert_eq!(
            function_key(
                "wasm_bindgen::convert::closures::_::invoke::he36e837ffec00c2e externref shim"
            ),
            "he36e837ffec00c2e"
        );
        // After the optimiser's suffix.
        assert_eq!(
            function_key("lungstage::reference::guide::Treatment::sources::ha2d9a8905110407d.12"),
            "ha2d9a8905110407d"
        );
        // No hash: the whole name.
        assert_eq!(function_key("memcpy"), "memcpy");
        assert_eq!(function_key("a::h12345"), "a::h12345");
    }
}
