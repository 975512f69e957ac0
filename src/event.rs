//! Events: the typed, dated facts tipline extracts. Their serde form is the
//! public JSON contract (`output-contract.md`).

use crate::quantity::{Penalty, Quantity};
use crate::temporal::PartialDate;
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// One extracted fact with its date and evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// What happened (carries the `kind` tag and the kind's fields).
    #[serde(flatten)]
    pub fact: Fact,
    /// When, as precisely as the text says; `None` for an undated fact.
    pub date: Option<PartialDate>,
    /// True when the event is implied rather than stated.
    pub inferred: bool,
    /// The sentences the event comes from, in text order.
    pub evidence: Vec<Evidence>,
    /// The name of the rule that produced the event.
    pub rule: String,
}

/// A sentence an event comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Byte offset of the sentence in the original input.
    pub start: usize,
    /// End of the sentence (exclusive).
    pub end: usize,
    /// The enclosing section's heading, if any.
    pub section: Option<String>,
}

/// The kinds of event, without their data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A treaty ratified, acceded to or signed.
    TreatyRatification,
    /// A law adopted.
    LawEnacted,
    /// A dated change to a law or code.
    LegalAmendment,
    /// A standing provision and its penalties.
    LegalProvision,
    /// A TIP report tier.
    TierPlacement,
    /// A score on an index.
    IndexScore,
    /// Whether the government meets the TVPA minimum standards.
    ComplianceAssessment,
    /// Source, transit or destination country, and forms of exploitation.
    TraffickingProfile,
    /// A pledge or agreement to act.
    Commitment,
    /// A count: victims, investigations, prosecutions, convictions, trainees.
    Statistic,
}

impl EventKind {
    /// Every kind, in contract order.
    pub const ALL: [EventKind; 10] = [
        EventKind::TreatyRatification,
        EventKind::LawEnacted,
        EventKind::LegalAmendment,
        EventKind::LegalProvision,
        EventKind::TierPlacement,
        EventKind::IndexScore,
        EventKind::ComplianceAssessment,
        EventKind::TraffickingProfile,
        EventKind::Commitment,
        EventKind::Statistic,
    ];

    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::TreatyRatification => "treaty_ratification",
            EventKind::LawEnacted => "law_enacted",
            EventKind::LegalAmendment => "legal_amendment",
            EventKind::LegalProvision => "legal_provision",
            EventKind::TierPlacement => "tier_placement",
            EventKind::IndexScore => "index_score",
            EventKind::ComplianceAssessment => "compliance_assessment",
            EventKind::TraffickingProfile => "trafficking_profile",
            EventKind::Commitment => "commitment",
            EventKind::Statistic => "statistic",
        }
    }

    /// Parses a snake_case kind name.
    pub fn parse(name: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a treaty event did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TreatyAction {
    /// Ratified (or adopted, joined).
    Ratified,
    /// Acceded to.
    Acceded,
    /// Signed.
    Signed,
}

impl TreatyAction {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            TreatyAction::Ratified => "ratified",
            TreatyAction::Acceded => "acceded",
            TreatyAction::Signed => "signed",
        }
    }
}

/// A TIP report tier. The order runs from best to worst, Special Case last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// Tier 1: fully meets the minimum standards.
    #[serde(rename = "tier_1")]
    Tier1,
    /// Tier 2.
    #[serde(rename = "tier_2")]
    Tier2,
    /// Tier 2 Watch List.
    #[serde(rename = "tier_2_watch_list")]
    Tier2WatchList,
    /// Tier 3.
    #[serde(rename = "tier_3")]
    Tier3,
    /// Special Case (not ranked).
    SpecialCase,
}

impl Tier {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Tier1 => "tier_1",
            Tier::Tier2 => "tier_2",
            Tier::Tier2WatchList => "tier_2_watch_list",
            Tier::Tier3 => "tier_3",
            Tier::SpecialCase => "special_case",
        }
    }

    /// True for the four ranked tiers.
    pub fn is_ranked(self) -> bool {
        self != Tier::SpecialCase
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A country's role in trafficking flows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Country of origin.
    Source,
    /// Transit country.
    Transit,
    /// Destination country.
    Destination,
}

/// What a statistic counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Victims identified.
    VictimsIdentified,
    /// Victims assisted or sheltered.
    VictimsAssisted,
    /// Victims referred to care.
    VictimsReferred,
    /// Victims repatriated.
    VictimsRepatriated,
    /// Investigations (cases or suspects).
    Investigations,
    /// Prosecutions (cases or defendants).
    Prosecutions,
    /// Convictions.
    Convictions,
    /// Officials trained.
    OfficialsTrained,
    /// Anything else, described by the statistic's `label`.
    Other,
}

impl Metric {
    /// Every metric, in contract order.
    pub const ALL: [Metric; 9] = [
        Metric::VictimsIdentified,
        Metric::VictimsAssisted,
        Metric::VictimsReferred,
        Metric::VictimsRepatriated,
        Metric::Investigations,
        Metric::Prosecutions,
        Metric::Convictions,
        Metric::OfficialsTrained,
        Metric::Other,
    ];

    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::VictimsIdentified => "victims_identified",
            Metric::VictimsAssisted => "victims_assisted",
            Metric::VictimsReferred => "victims_referred",
            Metric::VictimsRepatriated => "victims_repatriated",
            Metric::Investigations => "investigations",
            Metric::Prosecutions => "prosecutions",
            Metric::Convictions => "convictions",
            Metric::OfficialsTrained => "officials_trained",
            Metric::Other => "other",
        }
    }

    /// Parses a snake_case metric name.
    pub fn parse(name: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.as_str() == name)
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of an event with its kind-specific fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fact {
    /// A treaty ratified, acceded to or signed.
    TreatyRatification {
        /// The treaty as named in the text.
        treaty: String,
        /// What the state did.
        action: TreatyAction,
    },
    /// A law adopted.
    LawEnacted {
        /// The law's name or number, when the text gives one.
        name: Option<String>,
    },
    /// A dated change to a law or code.
    LegalAmendment {
        /// The law or code changed ("criminal code").
        instrument: Option<String>,
        /// The article, when named ("129").
        article: Option<String>,
        /// The penalty it prescribes.
        penalty: Option<Penalty>,
        /// What the change does, in the text's words.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
    },
    /// A standing provision with its penalty.
    LegalProvision {
        /// The law or code ("criminal code").
        instrument: Option<String>,
        /// The article ("132", "165 and 206").
        article: Option<String>,
        /// The penalty it prescribes.
        penalty: Option<Penalty>,
    },
    /// A TIP report tier.
    TierPlacement {
        /// The tier.
        tier: Tier,
        /// "for the second consecutive year" → 2.
        consecutive_years: Option<u32>,
    },
    /// A score on an index.
    IndexScore {
        /// The index ("Organised Crime Index").
        index: String,
        /// What was scored ("human trafficking").
        indicator: Option<String>,
        /// The score.
        #[serde(serialize_with = "serialize_f64")]
        score: f64,
        /// The top of the scale ("out of 10").
        #[serde(serialize_with = "serialize_number")]
        scale: Option<f64>,
    },
    /// Whether the government meets the minimum standards.
    ComplianceAssessment {
        /// Fully meets the minimum standards.
        meets_minimum_standards: bool,
        /// Is making significant efforts (null when the text does not say).
        significant_efforts: Option<bool>,
    },
    /// The country's place in trafficking flows.
    TraffickingProfile {
        /// Source, transit, destination.
        roles: Vec<Role>,
        /// Places victims are taken to.
        destinations: Vec<String>,
        /// Forms of exploitation ("forced labor").
        forms: Vec<String>,
    },
    /// A pledge or agreement to act.
    Commitment {
        /// Who committed ("IOM", "Ministry of Education").
        parties: Vec<String>,
        /// What they committed to.
        description: String,
    },
    /// A count.
    Statistic {
        /// What is counted.
        metric: Metric,
        /// The count.
        quantity: Quantity,
        /// Who did or received it ("prosecutors", "trafficking cases").
        subject: Option<String>,
        /// A free-text label for metric `other`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        label: Option<String>,
    },
}

impl Fact {
    /// The kind of this fact.
    pub fn kind(&self) -> EventKind {
        match self {
            Fact::TreatyRatification { .. } => EventKind::TreatyRatification,
            Fact::LawEnacted { .. } => EventKind::LawEnacted,
            Fact::LegalAmendment { .. } => EventKind::LegalAmendment,
            Fact::LegalProvision { .. } => EventKind::LegalProvision,
            Fact::TierPlacement { .. } => EventKind::TierPlacement,
            Fact::IndexScore { .. } => EventKind::IndexScore,
            Fact::ComplianceAssessment { .. } => EventKind::ComplianceAssessment,
            Fact::TraffickingProfile { .. } => EventKind::TraffickingProfile,
            Fact::Commitment { .. } => EventKind::Commitment,
            Fact::Statistic { .. } => EventKind::Statistic,
        }
    }

    /// True for a count of officials complicit in trafficking (subject
    /// [`COMPLICIT_OFFICIALS`]): another population than the year's cases.
    pub fn about_complicit_officials(&self) -> bool {
        matches!(self, Fact::Statistic { subject: Some(s), .. } if s == COMPLICIT_OFFICIALS)
    }
}

/// The subject of counts about officials complicit in trafficking ("did not report any
/// prosecutions of government employees complicit in trafficking").
pub const COMPLICIT_OFFICIALS: &str = "complicit officials";

impl Event {
    /// The kind of this event.
    pub fn kind(&self) -> EventKind {
        self.fact.kind()
    }

    /// Where the event is first stated.
    pub fn first_evidence(&self) -> Option<&Evidence> {
        self.evidence.first()
    }
}

fn opt<T: fmt::Display>(v: &Option<T>) -> String {
    v.as_ref().map_or("-".to_string(), |v| v.to_string())
}

impl fmt::Display for Fact {
    /// A one-line summary ("tier_2_watch_list (2 consecutive years)").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fact::TreatyRatification { treaty, action } => {
                write!(f, "{} {treaty}", action.as_str())
            }
            Fact::LawEnacted { name } => f.write_str(name.as_deref().unwrap_or("(unnamed law)")),
            Fact::LegalAmendment {
                instrument,
                article,
                penalty,
                ..
            }
            | Fact::LegalProvision {
                instrument,
                article,
                penalty,
            } => {
                write!(
                    f,
                    "{}",
                    instrument.as_deref().unwrap_or("(unnamed instrument)")
                )?;
                if let Some(a) = article {
                    write!(f, " article {a}")?;
                }
                if let Some(p) = penalty {
                    write!(f, ", penalty {p}")?;
                }
                Ok(())
            }
            Fact::TierPlacement {
                tier,
                consecutive_years,
            } => {
                write!(f, "{tier}")?;
                if let Some(n) = consecutive_years {
                    write!(f, " ({n} consecutive years)")?;
                }
                Ok(())
            }
            Fact::IndexScore {
                index,
                indicator,
                score,
                scale,
            } => {
                write!(f, "{index}")?;
                if let Some(i) = indicator {
                    write!(f, " ({i})")?;
                }
                write!(f, ": {score}")?;
                if let Some(s) = scale {
                    write!(f, " out of {s}")?;
                }
                Ok(())
            }
            Fact::ComplianceAssessment {
                meets_minimum_standards,
                significant_efforts,
            } => write!(
                f,
                "meets minimum standards: {meets_minimum_standards}, significant efforts: {}",
                opt(significant_efforts)
            ),
            Fact::TraffickingProfile {
                roles,
                destinations,
                forms,
            } => {
                let roles: Vec<String> = roles
                    .iter()
                    .map(|r| format!("{r:?}").to_lowercase())
                    .collect();
                write!(f, "{} country", roles.join("/"))?;
                if !destinations.is_empty() {
                    write!(f, "; to {}", destinations.join(", "))?;
                }
                if !forms.is_empty() {
                    write!(f, "; {}", forms.join(", "))?;
                }
                Ok(())
            }
            Fact::Commitment {
                parties,
                description,
            } => write!(f, "{}: {description}", parties.join(", ")),
            Fact::Statistic {
                metric,
                quantity,
                subject,
                label,
            } => {
                write!(f, "{metric} {quantity}")?;
                if let Some(l) = label {
                    write!(f, " [{l}]")?;
                }
                if let Some(s) = subject {
                    write!(f, " ({s})")?;
                }
                Ok(())
            }
        }
    }
}

/// Writes an optional number as an integer when it has no fraction (`4`, not `4.0`).
pub fn serialize_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => serialize_f64(v, s),
        None => s.serialize_none(),
    }
}

/// Writes a number as an integer when it has no fraction.
pub fn serialize_f64<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}
