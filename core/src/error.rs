//! The one error type of the staging core.

use std::fmt;

/// Everything that can go wrong while reading or staging a case.
///
/// Each variant names what was wrong so the CLI and the widget can show it
/// next to the right field.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A written TNM form (`cT2a N1 M0`) could not be read; `token` is the
    /// part that failed.
    Notation { token: String, reason: String },
    /// A well-formed category that does not exist for this edition or cancer
    /// type, such as `N2a` in the 8th edition.
    Category { token: String, reason: String },
    /// A descriptor field that is missing, unknown, of the wrong type or out
    /// of range; `path` is like `tumor.size_cm` or `metastases.sites[1].lesions`.
    Field { path: String, reason: String },
    /// A share link from a newer LungStage, whose format version this one does not read:
    /// it is never half-read.
    NewerLink { version: String },
    /// Input that is not JSON at all.
    Json {
        line: usize,
        column: usize,
        reason: String,
    },
}

impl Error {
    pub(crate) fn notation(token: impl Into<String>, reason: impl Into<String>) -> Error {
        Error::Notation {
            token: token.into(),
            reason: reason.into(),
        }
    }

    pub(crate) fn category(token: impl Into<String>, reason: impl Into<String>) -> Error {
        Error::Category {
            token: token.into(),
            reason: reason.into(),
        }
    }

    pub(crate) fn field(path: impl Into<String>, reason: impl Into<String>) -> Error {
        Error::Field {
            path: path.into(),
            reason: reason.into(),
        }
    }

    /// The descriptor field the error belongs to, if any.
    pub fn field_path(&self) -> Option<&str> {
        match self {
            Error::Field { path, .. } => Some(path),
            Error::NewerLink { .. } => Some("link.v"),
            Error::Notation { .. } | Error::Category { .. } | Error::Json { .. } => None,
        }
    }

    /// The same error, attached to a descriptor field.
    pub(crate) fn at(self, path: &str) -> Error {
        match self {
            Error::Field { .. } | Error::NewerLink { .. } | Error::Json { .. } => self,
            Error::Notation { token, reason } | Error::Category { token, reason } => {
                Error::field(path, format!("`{token}`: {reason}"))
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Notation { token, reason } => write!(f, "cannot read `{token}`: {reason}"),
            Error::Category { token, reason } => write!(f, "`{token}`: {reason}"),
            Error::Field { path, reason } => write!(f, "{path}: {reason}"),
            Error::NewerLink { version } => write!(
                f,
                "link.v: comes from a newer LungStage (link version {version}; this one reads up to {})",
                crate::LINK_VERSION
            ),
            Error::Json {
                line,
                column,
                reason,
            } => write!(
                f,
                "not valid JSON at line {line}, column {column}: {reason}"
            ),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_culprit() {
        let cases = [
            (
                Error::notation("T5", "no such T category"),
                "cannot read `T5`: no such T category",
            ),
            (
                Error::field("tumor.size_cm", "must be more than 0"),
                "tumor.size_cm: must be more than 0",
            ),
            (
                Error::category("N2a", "is 9th edition only").at("nodes.category"),
                "nodes.category: `N2a`: is 9th edition only",
            ),
        ];
        for (error, text) in cases {
            assert_eq!(error.to_string(), text);
        }
        assert_eq!(Error::field("edition", "x").field_path(), Some("edition"));
        assert_eq!(Error::notation("x", "y").field_path(), None);
    }
}
