//! The staging vocabulary: the closed categories (T, N, M, stage groups, editions, cancer types, sites, stations, features) and how numbers are read and written.

pub(crate) mod codes;
pub(crate) mod edition;
pub(crate) mod feature;
pub(crate) mod histology;
pub(crate) mod m;
pub(crate) mod n;
pub(crate) mod number;
pub(crate) mod prefix;
pub(crate) mod scheme;
pub(crate) mod site;
pub(crate) mod stage_group;
pub(crate) mod station;
pub(crate) mod t;
pub(crate) mod text;
