# Sourced by the scripts: puts the project's pinned tools first on PATH.
# node_modules/.bin first, so trunk finds binaryen 132's wasm-opt before Debian's 108.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT
export PATH="$REPO_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-$REPO_ROOT/webdriver.json}"
# The wasm names its dependencies' source files in panic messages. With the cargo home
# remapped to one name, the first load is the same bytes on every machine, whatever
# its home directory (a longer one cost about 90 B of brotli on this build).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo"
