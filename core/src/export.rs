//! Exports of a staging result for other systems: FHIR R4 following HL7 mCODE (`fhir`)
//! and NAACCR registrar fields (`naaccr`).
//!
//! Behind the `fhir` feature, which the CLI and the API module turn on and the widget does
//! not, so none of it can reach the widget's first-load WebAssembly.

pub mod fhir;
pub mod naaccr;
