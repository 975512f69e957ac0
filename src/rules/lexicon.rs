//! Word lists for the rules, kept apart from their logic.

use crate::event::{Metric, Role, TreatyAction};

/// Verb stems that say what was done to a count, and the metric they give.
/// Checked in order: the first stem that starts a word wins.
pub const METRIC_STEMS: &[(&str, Metric)] = &[
    ("investigat", Metric::Investigations),
    ("prosecut", Metric::Prosecutions),
    ("charged", Metric::Prosecutions),
    ("charging", Metric::Prosecutions),
    ("indict", Metric::Prosecutions),
    ("convict", Metric::Convictions),
    ("identif", Metric::VictimsIdentified),
    ("assist", Metric::VictimsAssisted),
    ("shelter", Metric::VictimsAssisted),
    ("received services", Metric::VictimsAssisted),
    ("provided services", Metric::VictimsAssisted),
    ("provided care", Metric::VictimsAssisted),
    ("refer", Metric::VictimsReferred),
    ("repatriat", Metric::VictimsRepatriated),
    ("train", Metric::OfficialsTrained),
];

/// Metrics that count victims (need a victim noun).
pub fn is_victim_metric(m: Metric) -> bool {
    matches!(m, Metric::VictimsIdentified | Metric::VictimsAssisted | Metric::VictimsReferred | Metric::VictimsRepatriated)
}

/// Metrics that count law-enforcement actions (need a case or person noun).
pub fn is_enforcement_metric(m: Metric) -> bool {
    matches!(m, Metric::Investigations | Metric::Prosecutions | Metric::Convictions)
}

/// Nouns that are themselves a metric ("17 prosecutions").
pub const METRIC_NOUNS: &[(&str, Metric)] = &[
    ("investigations", Metric::Investigations),
    ("investigation", Metric::Investigations),
    ("prosecutions", Metric::Prosecutions),
    ("prosecution", Metric::Prosecutions),
    ("convictions", Metric::Convictions),
    ("conviction", Metric::Convictions),
    ("indictments", Metric::Prosecutions),
    ("referrals", Metric::VictimsReferred),
    ("repatriations", Metric::VictimsRepatriated),
];

/// Nouns for victims.
pub const VICTIM_NOUNS: &[&str] = &["victims", "victim", "survivors", "survivor"];

/// Nouns for cases and people a law-enforcement count can be about.
pub const ENFORCEMENT_NOUNS: &[&str] = &[
    "cases", "case", "traffickers", "trafficker", "suspects", "suspect", "offenders", "offender",
    "individuals", "individual", "persons", "person", "people", "defendants", "defendant",
    "perpetrators", "perpetrator", "officials", "official", "employers", "recruiters",
    "investigations", "prosecutions", "convictions",
];

/// Nouns for people who can be trained.
pub const TRAINEE_NOUNS: &[&str] = &[
    "officials", "official", "prosecutors", "prosecutor", "judges", "judge", "police", "officers",
    "officer", "investigators", "inspectors", "guards", "staff", "personnel", "diplomats",
    "workers", "agents", "magistrates", "participants", "professionals", "employees", "members",
    "trainers", "teachers", "students", "cadets", "soldiers", "troops", "peacekeepers",
];

/// Words that may stand between a number and its noun ("25 potential trafficking victims").
pub const NOUN_MODIFIERS: &[&str] = &[
    "potential", "suspected", "alleged", "confirmed", "presumed", "possible", "new", "additional",
    "trafficking", "sex", "labor", "labour", "forced", "child", "adult", "foreign", "domestic",
    "female", "male", "women", "men", "human", "identified", "convicted", "separate", "more",
    "government", "law", "enforcement", "border", "police", "criminal", "individual", "other",
    "officially", "certified", "local", "national", "regional", "judicial", "municipal", "state",
    "federal", "military", "prison", "migrant", "of", "these", "the", "them", "those", "such",
    "related", "trafficking-related", "accused", "anti-trafficking", "non-government", "governmental",
];

/// Canonical forms of exploitation and the phrases that name them.
pub const FORMS: &[(&str, &str)] = &[
    ("forced labor", "forced labor"),
    ("forced labour", "forced labor"),
    ("labor trafficking", "forced labor"),
    ("labour trafficking", "forced labor"),
    ("forced prostitution", "forced prostitution"),
    ("sex trafficking", "sex trafficking"),
    ("commercial sexual exploitation", "commercial sexual exploitation"),
    ("sexual exploitation", "sexual exploitation"),
    ("domestic servitude", "domestic servitude"),
    ("domestic servants", "domestic servitude"),
    ("involuntary servitude", "involuntary servitude"),
    ("forced begging", "forced begging"),
    ("debt bondage", "debt bondage"),
    ("sex slavery", "sex slavery"),
    ("forced marriage", "forced marriage"),
    ("child soldiers", "child soldiers"),
    ("organ removal", "organ removal"),
    ("forced criminality", "forced criminality"),
    ("child sex tourism", "child sex tourism"),
];

/// Role words of a trafficking profile.
pub const ROLES: &[(&str, Role)] = &[
    ("source", Role::Source),
    ("origin", Role::Source),
    ("transit", Role::Transit),
    ("destination", Role::Destination),
];

/// Organizations that can be parties to a commitment.
pub const ORGANIZATIONS: &[&str] = &[
    "IOM", "UNICEF", "ILO", "UNODC", "UNHCR", "UNDP", "UNFPA", "OSCE", "OHCHR", "USAID", "EU",
    "European Union", "Council of Europe", "ASEAN", "ECOWAS", "NGOs", "NGO", "UN Women", "World Bank",
    "International Organization for Migration", "Interpol", "INTERPOL", "Europol",
];

/// Treaty verbs and the action they give.
pub const TREATY_VERBS: &[(&str, TreatyAction)] = &[
    ("ratified", TreatyAction::Ratified),
    ("ratifying", TreatyAction::Ratified),
    ("acceded to", TreatyAction::Acceded),
    ("acceding to", TreatyAction::Acceded),
    ("signed", TreatyAction::Signed),
    ("adopted", TreatyAction::Ratified),
    ("joined", TreatyAction::Ratified),
    ("became a party to", TreatyAction::Ratified),
    ("became party to", TreatyAction::Ratified),
];

/// Codes and laws a provision or amendment can belong to, longest first.
pub const INSTRUMENTS: &[&str] = &[
    "code of criminal procedure", "criminal procedure code", "criminal code", "penal code",
    "labor code", "labour code", "child protection code", "family code", "administrative code",
    "anti-trafficking law", "trafficking law", "counter-trafficking law", "anti-trafficking act",
    "constitution",
];

/// Countries and regions, for the destinations of a trafficking profile.
pub const PLACES: &[&str] = &[
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
    "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Benin", "Bolivia",
    "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burma",
    "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Costa Rica",
    "Croatia", "Cuba", "Cyprus", "Czech Republic", "Denmark", "Djibouti", "Dominican Republic",
    "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia", "Ethiopia", "Finland", "France",
    "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Guinea", "Haiti",
    "Honduras", "Hong Kong", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
    "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait",
    "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Liberia", "Libya", "Lithuania", "Macau",
    "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mexico",
    "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal",
    "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "Norway", "Oman",
    "Pakistan", "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
    "Romania", "Russia", "Rwanda", "Saudi Arabia", "Senegal", "Serbia", "Sierra Leone", "Singapore",
    "Slovakia", "Slovak Republic", "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan",
    "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan",
    "Tanzania", "Thailand", "Togo", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine",
    "United Arab Emirates", "UAE", "U.A.E.", "United Kingdom", "United States", "Uruguay",
    "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Western Europe",
    "Eastern Europe", "Europe", "the Middle East", "Middle East", "Persian Gulf", "Gulf states",
    "North Africa", "West Africa", "Central Asia", "Southeast Asia", "Asia",
];
