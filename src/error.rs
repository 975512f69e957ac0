//! The errors tipline can return. Extraction itself never fails: text it cannot
//! interpret becomes a [`Diagnostic`](crate::Diagnostic), not an error.

/// What went wrong reading an input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not UTF-8.
    #[error("expected UTF-8 text, but found an invalid byte sequence at byte offset {offset}")]
    InvalidUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The input is UTF-16 text (it opens with a UTF-16 byte order mark).
    #[error("expected UTF-8 text, but found UTF-16 ({order} byte order mark): convert it to UTF-8 first")]
    Utf16 {
        /// "little-endian" or "big-endian".
        order: &'static str,
    },
    /// The input looks like a binary file.
    #[error("expected text, but found binary data ({reason} at byte offset {offset})")]
    Binary {
        /// Why the input was judged binary.
        reason: &'static str,
        /// Where the evidence for it starts.
        offset: usize,
    },
    /// The input holds nothing but whitespace.
    #[error("expected text, but the input is empty")]
    Empty,
    /// The input is larger than the configured limit.
    #[error("expected at most {limit} bytes of input, but found {size} bytes (raise the limit with `Options::max_input_bytes` or `--max-bytes`)")]
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// A record of a JSON Lines batch could not be read.
    #[error("expected a JSON object {{\"id\": ..., \"text\": ...}} on line {line}, but {message}")]
    BadRecord {
        /// 1-based line number.
        line: usize,
        /// What the JSON reader said.
        message: String,
    },
    /// A gold annotation file could not be read.
    #[error("failed to read gold file {path:?}: {message}")]
    BadGold {
        /// Path of the gold file.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// An I/O error, with the path it concerns.
    #[error("failed to read {path:?}: {source}")]
    Io {
        /// The path being read.
        path: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}
