//! Gold annotation files (`gold-format.md`): the facts a careful reader takes from a text.

use crate::error::Error;
use crate::event::EventKind;
use crate::temporal::PartialDate;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// One gold file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldFile {
    /// The text's path relative to the corpus folder ("wiki/kazakhstan.txt").
    pub file: String,
    /// The report year, for a report narrative.
    #[serde(default)]
    pub report_year: Option<i32>,
    /// The facts.
    pub events: Vec<GoldEvent>,
}

/// One gold fact: the contract's fields plus a quote.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    /// Event kind.
    pub kind: String,
    /// Date, if any.
    pub date: Option<GoldDate>,
    /// The quote that states it.
    #[serde(default)]
    pub quote: Option<String>,
    /// Every other field, as written.
    #[serde(flatten)]
    pub fields: serde_json::Map<String, serde_json::Value>,
}

/// A gold date (month and day may be null).
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct GoldDate {
    /// Year.
    pub year: i32,
    /// Month.
    #[serde(default)]
    pub month: Option<u8>,
    /// Day.
    #[serde(default)]
    pub day: Option<u8>,
}

impl GoldDate {
    /// As a partial date.
    pub fn partial(self) -> PartialDate {
        PartialDate {
            year: self.year,
            month: self.month,
            day: self.day,
        }
    }
}

impl GoldEvent {
    /// The kind, if it is one of the contract's.
    pub fn event_kind(&self) -> Option<EventKind> {
        EventKind::parse(&self.kind)
    }

    /// A field by name.
    pub fn field(&self, name: &str) -> Option<&serde_json::Value> {
        self.fields.get(name).filter(|v| !v.is_null())
    }

    /// How specific the event is: dated events with months first, then by number of given
    /// values (a penalty of nulls gives none), so a lenient gold event is matched last.
    pub fn specificity(&self) -> (u8, usize) {
        let d = self.date.map_or(0, |d| d.partial().precision());
        (d, self.fields.values().map(given_values).sum())
    }
}

/// The non-null values in `v`, counting inside objects.
fn given_values(v: &serde_json::Value) -> usize {
    match v {
        serde_json::Value::Null => 0,
        serde_json::Value::Object(m) => m.values().map(given_values).sum(),
        _ => 1,
    }
}

/// Reads every `*.json` gold file under `dir` (recursively), sorted by path.
pub fn read_dir(dir: &Path) -> Result<Vec<(PathBuf, GoldFile)>, Error> {
    let mut paths = Vec::new();
    collect(dir, &mut paths)?;
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|source| Error::Io {
                path: p.display().to_string(),
                source,
            })?;
            let gold: GoldFile = serde_json::from_str(&text).map_err(|e| Error::BadGold {
                path: p.display().to_string(),
                message: e.to_string(),
            })?;
            Ok((p, gold))
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Io {
        path: dir.display().to_string(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| Error::Io {
            path: dir.display().to_string(),
            source,
        })?;
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    Ok(())
}
