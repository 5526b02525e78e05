//! A macro for closed enums written as short codes (`T1a`, `4R`, `visceral_pleura`).

/// Declares a `Copy` enum whose variants each have one canonical code.
///
/// Generates `ALL`, `code()`, `from_code()` (case-insensitive), `Display`
/// (the code), `FromStr` (its inverse) and serde through the code, so the
/// stored form equals the printed form.
macro_rules! coded_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident ($what:ident) {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The canonical code.
            pub const fn code(self) -> &'static str {
                match self {
                    $( $name::$variant => $code, )+
                }
            }

            /// Reads a code, ignoring ASCII case.
            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.code().eq_ignore_ascii_case(code))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::from_code(s.trim()).ok_or_else(|| {
                    $crate::Error::code($crate::input::error::Cause::UnknownCode {
                        code: $crate::input::error::Excerpt::new(s),
                        of: $crate::messages::Msg::$what,
                    })
                })
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <::std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                $name::from_code(&text).ok_or_else(|| {
                    ::serde::de::Error::custom(format!(
                        "`{}` is not a known {}; expected one of: {}",
                        $crate::input::error::Excerpt::new(&text),
                        $crate::messages::text($crate::messages::Msg::$what, &[]),
                        $name::ALL.iter().map(|v| v.code()).collect::<Vec<_>>().join(", ")
                    ))
                })
            }
        }
    };
}

pub(crate) use coded_enum;
