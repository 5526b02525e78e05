//! The widget's wasm is linked with its relocations (`--emit-relocs`): the linker's record of
//! which object every address in the code and the data was computed from. The split of the
//! wasm in two (tools/split, src/data.rs there) reads them to move the read-only data only the
//! rest reads. wasm-bindgen and wasm-opt keep the same layout, and neither part ships them.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=lungstage-web=--emit-relocs");
    }
}
