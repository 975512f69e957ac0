//! Word lists for the rules, kept apart from their logic.

use crate::event::{Metric, Role, TreatyAction};

/// The year of the first Trafficking in Persons Report: no placement is inferred before it.
pub const FIRST_REPORT_YEAR: i32 = 2001;

/// Words that make a sentence a hedge (a draft, a proposal, a recommendation): it states no fact.
pub const HEDGES: &[&str] = &[
    "draft",
    "should ",
    "proposed",
    "consultation",
    "being finalized",
    "pending",
    "would ",
    "plans to",
    "needs to ",
    "intends to",
    "aims to",
    "recommend",
    "urged",
];

/// Nouns of a plan whose contents are still to be done ("a national action plan that includes
/// amending the criminal code", "objectives that included ... amending legislation").
pub const PLAN_NOUNS: &[&str] = &[
    "plan",
    "program",
    "programme",
    "strategy",
    "objectives",
    "goals",
    "aims",
    "priorities",
    "roadmap",
    "agenda",
];

/// Leads that open a sentence about a part of those the sentence before counted ("Of these,
/// 25 were referred to shelters").
pub const PART_OF_THOSE_LEADS: &[&str] = &[
    "of these",
    "of those",
    "of them",
    "among these",
    "among those",
    "among them",
];

/// Words that judge training by its amount or quality ("did not receive sufficient training",
/// "adequate training"): some was given, so no zero of officials trained.
pub const TRAINING_AMOUNTS: &[&str] = &[
    "adequate",
    "sufficient",
    "enough",
    "proper",
    "appropriate",
    "regular",
    "systematic",
    "comprehensive",
    "consistent",
    "extensive",
    "thorough",
    "necessary",
    "continuous",
    "ongoing",
    "much",
];

/// Hedges that tell the state of a bill or of other work ("a draft law", "220 cases are
/// still pending", "a public consultation"), not that a count beside them is unreal:
/// statistics read past them.
pub const STATUS_HEDGES: &[&str] = &["draft", "pending", "consultation"];

/// Hedges of mood ("should", "would"), which a clause of its own may hold.
pub const MODAL_HEDGES: &[&str] = &["should ", "would "];

/// [`STATUS_HEDGES`] and [`MODAL_HEDGES`].
pub const STATUS_OR_MODAL_HEDGES: &[&str] =
    &["draft", "pending", "consultation", "should ", "would "];

/// [`STATUS_HEDGES`] and "proposed", which tells a bill's state too when it names a proposal
/// ("did not enact a proposed amendment").
pub const STATUS_OR_PROPOSAL_HEDGES: &[&str] = &["draft", "pending", "consultation", "proposed"];

/// Nouns of a change from an earlier figure ("an increase from 57", "a drop over 2015"), as
/// a regex alternation.
pub const CHANGE_NOUNS: &str =
    "increase|decrease|rise|drop|decline|fall|reduction|jump|improvement|change";

/// Verbs that tell a count changed, as a regex alternation ("rose from 12 to 30", "doubled
/// to 30", "went down to 4").
pub const CHANGED_VERB_ALTERNATION: &str = r"rose|risen|increased|grew|grown|climbed|jumped|doubled|tripled|quadrupled|fell|fallen|dropped|decreased|declined|halved|went\s+(?:up|down)";

/// Verbs of a change, with the adverbs that tell one ("increased from last year", "up from").
pub const CHANGE_VERBS: &[&str] = &[
    "increased",
    "decreased",
    "rose",
    "fell",
    "declined",
    "dropped",
    "grew",
    "improved",
    "up",
    "down",
];

/// Words for an amount that no number states ("some traffickers", "several victims").
pub const VAGUE_AMOUNTS: &[&str] = &["some", "several", "many", "numerous", "multiple", "various"];

/// Participles of acts that are no metric ("42 suspects arrested"), and their nouns: a count
/// they follow is not the metric of the count before it, and one they stand before is not the
/// metric of a verb before them.
pub const OTHER_ACTIONS: &[&str] = &[
    "arrested",
    "detained",
    "apprehended",
    "rescued",
    "intercepted",
    "deported",
    "released",
    "acquitted",
    "dismissed",
    "fined",
    "screened",
    // Their nouns: "the investigation led to the arrest of two suspects".
    "arrest",
    "arrests",
    "detention",
    "deportation",
    "deportations",
    "acquittal",
    "acquittals",
    "release",
    "releases",
];

/// Places and bodies counted by number ("30 of 45 provinces", "shelters in 12 regions",
/// "officers from seven agencies"): not people or cases.
pub const PLACE_UNITS: &[&str] = &[
    "agencies",
    "ministries",
    "institutions",
    "provinces",
    "regions",
    "states",
    "districts",
    "countries",
    "municipalities",
    "cities",
    "towns",
    "villages",
    "counties",
    "governorates",
    "departments",
    "oblasts",
    "cantons",
    "prefectures",
    "territories",
    "islands",
    "emirates",
    "communes",
    "localities",
];

/// Harms other than trafficking whose victims are counted apart ("92 potential victims of
/// illegal recruitment"): not trafficking victims.
pub const OTHER_HARMS: &[&str] = &[
    "illegal recruitment",
    "smuggling",
    "migrant smuggling",
    "domestic violence",
    "domestic abuse",
    "gender-based violence",
    "sexual violence",
    "sexual abuse",
    "child abuse",
    "rape",
    "fraud",
];

/// Harms that are trafficking only when told forced or trafficking ("child labor" against
/// "forced child labor" and "child labor trafficking").
pub const UNFORCED_HARMS: &[&str] = &["child labor", "child labour"];

/// Verbs of staffing ("adding two new prosecutors", "hired 12 labor inspectors", "designating
/// one specialized prosecutor"): the people counted after them are staff, not the object of a
/// metric verb before.
pub const STAFFING_VERBS: &[&str] = &[
    "added",
    "adding",
    "hired",
    "hiring",
    "appointed",
    "appointing",
    "assigned",
    "assigning",
    "deployed",
    "deploying",
    "designated",
    "designating",
    "dedicated",
    "dedicating",
];

/// Verbs of what is done to cases that exist ("merged two investigations", "overturned three
/// convictions"): the cases counted are not new.
pub const CASE_DISPOSALS: &[&str] = &[
    "merged",
    "closed",
    "dismissed",
    "dropped",
    "suspended",
    "terminated",
    "discontinued",
    "withdrew",
    "transferred",
    "archived",
    "overturned",
    "reversed",
    "annulled",
    "quashed",
    "vacated",
    "expunged",
];

/// Past participles that do not end in "-ed" ("begun in 2016", "set up in 2019").
pub const IRREGULAR_PARTICIPLES: &[&str] = &[
    "begun",
    "brought",
    "built",
    "drawn",
    "found",
    "given",
    "held",
    "known",
    "made",
    "set",
    "sold",
    "taken",
    "undertaken",
    "written",
];

/// Words ending in "-ed" that are no participle.
pub const NOT_PARTICIPLES: &[&str] = &["hundred", "indeed", "need", "seed", "speed", "feed"];

/// Words that a "since" span after them belongs to ("the first convictions since 2012", "the
/// highest number since 2015"), not the count before them.
pub const SINCE_SUPERLATIVES: &[&str] = &[
    "first", "second", "third", "only", "highest", "lowest", "largest", "smallest", "most",
    "fewest",
];

/// Prepositions that lead to a date after a participle ("established in 2016").
pub const DATE_PREPOSITIONS: &[&str] = &["in", "on", "during"];

/// Verbs that commit to an act ("pledged to train"): a commitment, not a fact done.
pub const COMMITMENT_VERBS: &[&str] = &[
    "agreed",
    "pledged",
    "committed",
    "promised",
    "vowed",
    "undertook",
];

/// Words that may state a zero ("did not prosecute any", "no victims were identified").
pub const NEGATIONS: &[&str] = &[
    "not ", "cannot ", "no ", "failed", "unable", "never", "none", "yet to ",
    // "did not, however, identify any victims", "neither prosecutions nor convictions were
    // reported".
    "not, ", "neither ",
];

/// Verb stems that say what was done to a count, and the metric they give.
/// Checked in order: the first stem that starts a word wins.
pub const METRIC_STEMS: &[(&str, Metric)] = &[
    ("investigat", Metric::Investigations),
    // Opening verbs ("opened 56 criminal cases"), yielding to a metric word after them
    // ("initiated prosecutions of 15"): see `OPENING_VERBS`.
    ("opened", Metric::Investigations),
    ("opening", Metric::Investigations),
    ("initiat", Metric::Investigations),
    ("instituted", Metric::Investigations),
    ("prosecut", Metric::Prosecutions),
    ("charged", Metric::Prosecutions),
    ("charging", Metric::Prosecutions),
    ("charges", Metric::Prosecutions),
    ("indict", Metric::Prosecutions),
    // "initiated trials in four cases" (whole word: not "trial period").
    ("trials", Metric::Prosecutions),
    // "courts tried 41 cases" (not "tried to", see `verbs_before`).
    ("tried", Metric::Prosecutions),
    ("convict", Metric::Convictions),
    // "sentenced one person to 12 years": a conviction inferred (see `sentenced_not_convicted`).
    ("sentenced", Metric::Convictions),
    ("sentencing", Metric::Convictions),
    ("identif", Metric::VictimsIdentified),
    // "registered 120 victims", "detected 45 potential victims" (a victim noun must follow).
    ("register", Metric::VictimsIdentified),
    ("detect", Metric::VictimsIdentified),
    // "identified 2,229 potential victims and confirmed 82 victims", "reported confirming 13
    // adult victims".
    ("confirmed", Metric::VictimsIdentified),
    ("confirming", Metric::VictimsIdentified),
    // "police rescued 45 victims" (a victim noun must follow).
    ("rescu", Metric::VictimsIdentified),
    // "the government reported 90 victims", "recorded 64 victims" (a victim noun must follow;
    // see `REPORTING_VERBS`).
    ("reported", Metric::VictimsIdentified),
    ("recorded", Metric::VictimsIdentified),
    ("documented", Metric::VictimsIdentified),
    ("assist", Metric::VictimsAssisted),
    ("shelter", Metric::VictimsAssisted),
    ("housed", Metric::VictimsAssisted),
    // "shelters accommodated 21 victims" (whole words: not "accommodation centers").
    ("accommodated", Metric::VictimsAssisted),
    ("accommodating", Metric::VictimsAssisted),
    // "cared for 1,278 victims", "caring for 40 children".
    ("cared", Metric::VictimsAssisted),
    ("caring", Metric::VictimsAssisted),
    // "reported serving 1,659 possible victims" (whole words: not "servitude").
    ("served", Metric::VictimsAssisted),
    ("serving", Metric::VictimsAssisted),
    // "NGOs supported 247 trafficking victims" (whole words: not "supporters").
    ("supported", Metric::VictimsAssisted),
    ("supporting", Metric::VictimsAssisted),
    // "reintegrated 14 victims", "rehabilitating 30 children" (not "reintegration services":
    // a noun of care, read with its verb).
    ("reintegrated", Metric::VictimsAssisted),
    ("reintegrating", Metric::VictimsAssisted),
    ("rehabilitated", Metric::VictimsAssisted),
    ("rehabilitating", Metric::VictimsAssisted),
    ("refer", Metric::VictimsReferred),
    ("repatriat", Metric::VictimsRepatriated),
    ("train", Metric::OfficialsTrained),
];

/// Verbs that tell what cases went on to, before a metric noun ("resulted in convictions",
/// "ended in a conviction", "led to prosecutions").
pub const OUTCOME_VERBS: &[&str] = &["resulted", "ended", "led"];

/// Verbs of people taken into a program ("19 entered the victim care program"): care given
/// when a program follows within a few words.
pub const ENTERING_VERBS: &[&str] = &["entered", "admitted", "enrolled"];

/// Two words that together say what was done to a count, each given by its stem:
/// "provided services to 40 victims", "75 victims received care".
pub const METRIC_PAIRS: &[(&str, &str, Metric)] = &[
    // "provided repatriation assistance to 35 victims": the help is the return, before the
    // pairs of care below.
    ("provid", "repatriat", Metric::VictimsRepatriated),
    ("offer", "repatriat", Metric::VictimsRepatriated),
    ("receiv", "repatriat", Metric::VictimsRepatriated),
    // "returned 20 victims to their home countries", "... to their countries of origin".
    ("returned", "home", Metric::VictimsRepatriated),
    ("returned", "countr", Metric::VictimsRepatriated),
    ("returning", "home", Metric::VictimsRepatriated),
    ("returning", "countr", Metric::VictimsRepatriated),
    ("provid", "servic", Metric::VictimsAssisted),
    ("provid", "care", Metric::VictimsAssisted),
    ("receiv", "servic", Metric::VictimsAssisted),
    ("receiv", "care", Metric::VictimsAssisted),
    ("receiv", "housing", Metric::VictimsAssisted),
    ("receiv", "medical", Metric::VictimsAssisted),
    ("receiv", "support", Metric::VictimsAssisted),
    ("receiv", "accommodation", Metric::VictimsAssisted),
    ("receiv", "health", Metric::VictimsAssisted),
    ("receiv", "shelter", Metric::VictimsAssisted),
    ("receiv", "assist", Metric::VictimsAssisted),
    ("provid", "housing", Metric::VictimsAssisted),
    ("provid", "support", Metric::VictimsAssisted),
    ("provid", "accommodation", Metric::VictimsAssisted),
    ("provid", "health", Metric::VictimsAssisted),
    ("provid", "medical", Metric::VictimsAssisted),
    ("provid", "shelter", Metric::VictimsAssisted),
    // "referred and provided assistance to 65 victims": one verb after "and".
    ("provid", "assist", Metric::VictimsAssisted),
    ("offer", "assist", Metric::VictimsAssisted),
    // "15 new victims entered the Program", "19 were admitted to the victim care program".
    ("entered", "program", Metric::VictimsAssisted),
    ("admitted", "program", Metric::VictimsAssisted),
    ("enrolled", "program", Metric::VictimsAssisted),
    // "placed 21 victims in shelters", "were placed in shelters" (a preposition between).
    ("placed", "shelter", Metric::VictimsAssisted),
    ("placed", "care", Metric::VictimsAssisted),
    ("placing", "shelter", Metric::VictimsAssisted),
    ("offer", "servic", Metric::VictimsAssisted),
    ("offer", "care", Metric::VictimsAssisted),
    ("offer", "shelter", Metric::VictimsAssisted),
    ("offer", "support", Metric::VictimsAssisted),
    ("offer", "medical", Metric::VictimsAssisted),
    ("offer", "psycholog", Metric::VictimsAssisted),
    ("provid", "psycholog", Metric::VictimsAssisted),
    // "provided 12 victims with legal aid", "offered counseling to 30 victims".
    ("provid", "aid", Metric::VictimsAssisted),
    ("provid", "counsel", Metric::VictimsAssisted),
    ("provid", "rehabilit", Metric::VictimsAssisted),
    ("provid", "reintegrat", Metric::VictimsAssisted),
    ("offer", "aid", Metric::VictimsAssisted),
    ("offer", "counsel", Metric::VictimsAssisted),
    ("receiv", "aid", Metric::VictimsAssisted),
    ("receiv", "counsel", Metric::VictimsAssisted),
    ("receiv", "rehabilit", Metric::VictimsAssisted),
    // "12 were given shelter", "were given medical care and legal aid".
    ("given", "shelter", Metric::VictimsAssisted),
    ("given", "care", Metric::VictimsAssisted),
    ("given", "servic", Metric::VictimsAssisted),
    ("given", "assist", Metric::VictimsAssisted),
    ("given", "medical", Metric::VictimsAssisted),
    ("given", "housing", Metric::VictimsAssisted),
    ("given", "accommodation", Metric::VictimsAssisted),
    ("given", "support", Metric::VictimsAssisted),
    ("given", "counsel", Metric::VictimsAssisted),
    ("given", "psycholog", Metric::VictimsAssisted),
    // "received unemployment insurance", "received monthly stipends": support in money.
    ("receiv", "benefit", Metric::VictimsAssisted),
    ("receiv", "stipend", Metric::VictimsAssisted),
    ("receiv", "allowance", Metric::VictimsAssisted),
    ("receiv", "insurance", Metric::VictimsAssisted),
    // "brought to trial 224 defendants", "brought 12 suspects to trial".
    ("brought", "trial", Metric::Prosecutions),
    // "assisted the return of 150 victims", "facilitated the return of 45 victims".
    ("assist", "return", Metric::VictimsRepatriated),
    ("facilitat", "return", Metric::VictimsRepatriated),
    ("arrang", "return", Metric::VictimsRepatriated),
    ("fund", "return", Metric::VictimsRepatriated),
    ("organi", "return", Metric::VictimsRepatriated),
    // "2,000 police officers attended anti-trafficking seminars", "participated in trainings".
    ("attend", "train", Metric::OfficialsTrained),
    ("attend", "seminar", Metric::OfficialsTrained),
    ("attend", "workshop", Metric::OfficialsTrained),
    ("attend", "course", Metric::OfficialsTrained),
    ("participat", "train", Metric::OfficialsTrained),
    ("participat", "seminar", Metric::OfficialsTrained),
    ("participat", "workshop", Metric::OfficialsTrained),
    // "found four defendants guilty", "six traffickers were found guilty".
    ("found", "guilty", Metric::Convictions),
];

/// Care nouns that, right before "to" and a count, say the count was assisted ("ongoing
/// support to 218 victims", "medical services to the 73 victims").
pub const CARE_GIVEN_TO: &[&str] = &["services", "support", "care", "assistance"];

/// Nouns of asking for what a pair names ("received requests for assistance from 820
/// victims"): asked for, not given.
pub const REQUEST_NOUNS: &[&str] = &[
    "request",
    "requests",
    "application",
    "applications",
    "appeal",
    "appeals",
    "inquiries",
    "demand",
    "demands",
];

/// Words before a metric verb that make its count of one no fact done ("to convict a
/// trafficker", "will identify a victim", "never convicted a trafficker").
pub const SINGLE_BLOCKERS: &[&str] = &[
    "to", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "never",
    "not", "cannot",
];

/// Nouns that make "case" or a person a modifier ("a single case management unit", "a case
/// worker", "a sex offender registry"): no one is counted then.
pub const CASE_COMPOUNDS: &[&str] = &[
    "management",
    "manager",
    "managers",
    "worker",
    "workers",
    "file",
    "files",
    "law",
    "study",
    "tracking",
    "database",
    "system",
    "officer",
    "officers",
    "registry",
    "register",
    "list",
];

/// Nouns that make a singular metric noun a modifier ("eight specialized prosecution
/// offices", "two investigation units"): the offices are counted, not prosecutions.
pub const METRIC_COMPOUND_HEADS: &[&str] = &[
    "office",
    "offices",
    "unit",
    "units",
    "team",
    "teams",
    "service",
    "services",
    "department",
    "departments",
    "section",
    "sections",
    "directorate",
    "directorates",
    "chamber",
    "chambers",
    "center",
    "centers",
    "centre",
    "centres",
    "body",
    "bodies",
    "authority",
    "authorities",
    "agency",
    "agencies",
    "division",
    "divisions",
];

/// Connectives that open a clause before a comma ("for example, the Ministry of Health
/// identified ..."), as lower-case words.
pub const CLAUSE_CONNECTIVES: &[&[&str]] = &[
    &["for", "example"],
    &["for", "instance"],
    &["in", "addition"],
    &["in", "particular"],
    &["additionally"],
    &["moreover"],
    &["furthermore"],
    &["meanwhile"],
    &["however"],
    &["also"],
    &["separately"],
    &["similarly"],
    &["likewise"],
    &["notably"],
];

/// Nouns that end the name of a public body ("the Colombian Family Welfare Institute", "the
/// Ministry of Interior"), written capitalized within the name.
pub const BODY_NAME_NOUNS: &[&str] = &[
    "Ministry",
    "Ministries",
    "Institute",
    "Agency",
    "Office",
    "Department",
    "Administration",
    "Commission",
    "Committee",
    "Service",
    "Unit",
    "Directorate",
    "Secretariat",
    "Council",
    "Bureau",
    "Center",
    "Centre",
    "Authority",
    "Inspectorate",
];

/// Nouns that make "sentencing" before them a modifier ("sentencing data on these 28
/// traffickers", "did not report sentencing data of convicted traffickers"): no act.
pub const SENTENCING_HEADS: &[&str] = &[
    "data",
    "information",
    "statistics",
    "guidelines",
    "hearing",
    "hearings",
];

/// Nouns that make a metric noun before them a modifier naming a procedure ("the national
/// victim referral mechanism", "identification procedures"): no act done to a count.
pub const PROCEDURE_HEADS: &[&str] = &[
    "mechanism",
    "mechanisms",
    "system",
    "systems",
    "procedure",
    "procedures",
    "process",
    "processes",
    "guidelines",
    "protocol",
    "protocols",
    "network",
    "networks",
    "pathway",
    "pathways",
    "manual",
    "form",
    "forms",
];

/// Words naming one kind of trafficking ("labor trafficking", "child sex trafficking", "of
/// domestic servitude"): a count or a first of one kind is not the year's whole.
pub const TRAFFICKING_KINDS: &[&str] = &["labor", "labour", "sex", "child", "forced", "domestic"];

/// Participles that tell when a count was taken, not another act ("the 1,235 identified
/// victims reported in 2003"): their date is the count's.
pub const RECORDING_PARTICIPLES: &[&str] = &[
    "reported",
    "recorded",
    "registered",
    "documented",
    "counted",
];

/// Verbs that recognize people as victims ("recognized four workers as trafficking victims").
pub const RECOGNITION_VERBS: &[&str] = &[
    "recognized",
    "recognised",
    "certified",
    "confirmed",
    "classified",
    "determined",
    "declared",
    "designated",
];

/// Verbs that get the act a metric noun after them names ("secured a conviction", "launched
/// an investigation"), and count nothing else.
pub const GETTING_VERBS: &[&str] = &[
    "secured",
    "securing",
    "obtained",
    "obtaining",
    "achieved",
    "achieving",
    "launched",
    "launching",
];

/// Verbs that open cases: investigations unless a metric word follows them.
pub const OPENING_VERBS: &[&str] = &[
    "opened",
    "opening",
    "initiated",
    "initiate",
    "initiating",
    "instituted",
];

/// Verbs that report a count of victims as found ("reported 90 victims") and yield to a
/// metric verb after them ("reported assisting 30 victims").
pub const REPORTING_VERBS: &[&str] = &["reported", "recorded", "documented"];

/// Verbs a body relays another body's count with ("The government reported NGOs identified 63
/// adult victims").
pub const RELAYING_VERBS: &[&str] = &["reported", "reports", "said", "stated", "indicated"];

/// States people are reported in that tell no finding of victims ("47 children who were
/// reported missing").
pub const REPORTED_STATES: &[&str] = &[
    "missing",
    "dead",
    "killed",
    "abducted",
    "kidnapped",
    "disappeared",
    "injured",
];

/// Words before an act that make it what is done whenever one is, not one done ("when
/// officers identified a victim", "if a trafficker was convicted").
pub const WHENEVER_WORDS: &[&str] = &["when", "whenever", "if", "once", "until", "unless"];

/// What victims who "assisted" or "supported" helped, told by the word after the verb
/// ("assisted law enforcement", "supported prosecutors"): their help, not care given to them.
pub const JUSTICE_HELPED: &[&str] = &[
    "law",
    "police",
    "authorities",
    "prosecutors",
    "prosecution",
    "prosecutions",
    "investigators",
    "investigations",
    "officials",
    "courts",
];

/// Who hand down sentences: an increase they make ("courts strengthened penalties for some
/// convicted offenders") is in sentences given, not in the law.
pub const SENTENCING_BODIES: &[&str] = &["courts", "court", "judges", "judiciary", "tribunals"];

/// What may be done to victims as if they were offenders ("two victims identified during the
/// year were punished", "deported 40 victims identified in raids"): a count of those is no count
/// of identification or care.
pub const PENALIZING_VERBS: &[&str] = &[
    "punished",
    "penalized",
    "penalised",
    "detained",
    "deported",
    "expelled",
    "arrested",
    "fined",
    "jailed",
    "imprisoned",
    "prosecuted",
    "convicted",
    "charged",
    "sentenced",
];

/// Stems of what victims helped "in" ("assisted in the prosecution", "in investigations").
pub const JUSTICE_HELPED_IN: &[&str] = &["investigat", "prosecut", "trial", "court"];

/// Words that may stand between a reporting verb and its count ("reported a total of 90").
pub const REPORTED_COUNT_OPENERS: &[&str] = &["a", "an", "total", "of", "estimated", "further"];

/// Metrics that count victims (need a victim noun).
pub fn is_victim_metric(m: Metric) -> bool {
    matches!(
        m,
        Metric::VictimsIdentified
            | Metric::VictimsAssisted
            | Metric::VictimsReferred
            | Metric::VictimsRepatriated
    )
}

/// Metrics that count law-enforcement actions (need a case or person noun).
pub fn is_enforcement_metric(m: Metric) -> bool {
    matches!(
        m,
        Metric::Investigations | Metric::Prosecutions | Metric::Convictions
    )
}

/// Words ending in "-ly" that are no adverbs: nouns and verbs ("the assembly amended its code",
/// "did not comply"), sorted.
pub const LY_NOT_ADVERBS: &[&str] = &[
    "anomaly", "apply", "assembly", "belly", "bully", "comply", "family", "folly", "homily",
    "imply", "monopoly", "multiply", "rally", "reply", "supply",
];

/// Nouns that are themselves a metric ("17 prosecutions").
pub const METRIC_NOUNS: &[(&str, Metric)] = &[
    ("investigations", Metric::Investigations),
    ("investigation", Metric::Investigations),
    ("prosecutions", Metric::Prosecutions),
    ("prosecution", Metric::Prosecutions),
    ("convictions", Metric::Convictions),
    ("conviction", Metric::Convictions),
    ("indictments", Metric::Prosecutions),
    ("trials", Metric::Prosecutions),
    ("referrals", Metric::VictimsReferred),
    ("repatriations", Metric::VictimsRepatriated),
];

/// Nouns for victims.
pub const VICTIM_NOUNS: &[&str] = &[
    "victims",
    "victim",
    "survivors",
    "survivor",
    "children",
    "minors",
    "girls",
    "boys",
];

/// Countries with the adjective that names their people and institutions ("Greek police"), for
/// counts told of another country's agents. A country missing here is never taken as foreign.
pub const DEMONYMS: &[(&str, &str)] = &[
    ("Afghanistan", "Afghan"),
    ("Albania", "Albanian"),
    ("Argentina", "Argentine"),
    ("Australia", "Australian"),
    ("Austria", "Austrian"),
    ("Bangladesh", "Bangladeshi"),
    ("Belgium", "Belgian"),
    ("Brazil", "Brazilian"),
    ("Bulgaria", "Bulgarian"),
    ("Burma", "Burmese"),
    ("Cambodia", "Cambodian"),
    ("Canada", "Canadian"),
    ("China", "Chinese"),
    ("Colombia", "Colombian"),
    ("Cyprus", "Cypriot"),
    ("Czech Republic", "Czech"),
    ("Denmark", "Danish"),
    ("Dominican Republic", "Dominican"),
    ("Egypt", "Egyptian"),
    ("Ethiopia", "Ethiopian"),
    ("Finland", "Finnish"),
    ("France", "French"),
    ("Germany", "German"),
    ("Ghana", "Ghanaian"),
    ("Greece", "Greek"),
    ("Hungary", "Hungarian"),
    ("India", "Indian"),
    ("Indonesia", "Indonesian"),
    ("Iran", "Iranian"),
    ("Iraq", "Iraqi"),
    ("Ireland", "Irish"),
    ("Israel", "Israeli"),
    ("Italy", "Italian"),
    ("Japan", "Japanese"),
    ("Jordan", "Jordanian"),
    ("Kenya", "Kenyan"),
    ("Korea", "Korean"),
    ("Kuwait", "Kuwaiti"),
    ("Laos", "Lao"),
    ("Lebanon", "Lebanese"),
    ("Libya", "Libyan"),
    ("Madagascar", "Malagasy"),
    ("Malaysia", "Malaysian"),
    ("Mexico", "Mexican"),
    ("Moldova", "Moldovan"),
    ("Morocco", "Moroccan"),
    ("Nepal", "Nepali"),
    ("Netherlands", "Dutch"),
    ("Nigeria", "Nigerian"),
    ("Norway", "Norwegian"),
    ("Pakistan", "Pakistani"),
    ("Philippines", "Philippine"),
    ("Poland", "Polish"),
    ("Portugal", "Portuguese"),
    ("Qatar", "Qatari"),
    ("Romania", "Romanian"),
    ("Russia", "Russian"),
    ("Saudi Arabia", "Saudi"),
    ("Serbia", "Serbian"),
    ("Singapore", "Singaporean"),
    ("South Africa", "South African"),
    ("Spain", "Spanish"),
    ("Sri Lanka", "Sri Lankan"),
    ("Sudan", "Sudanese"),
    ("Sweden", "Swedish"),
    ("Switzerland", "Swiss"),
    ("Syria", "Syrian"),
    ("Taiwan", "Taiwanese"),
    ("Thailand", "Thai"),
    ("Turkey", "Turkish"),
    ("Uganda", "Ugandan"),
    ("Ukraine", "Ukrainian"),
    ("United Arab Emirates", "Emirati"),
    ("United Kingdom", "British"),
    ("United States", "American"),
    ("Uzbekistan", "Uzbek"),
    ("Vietnam", "Vietnamese"),
    ("Zimbabwe", "Zimbabwean"),
];

/// Agents a count can be told of after a country's adjective ("Greek law enforcement
/// authorities identified ...").
pub const STATE_AGENTS: &[&str] = &[
    "law enforcement",
    "police",
    "authorities",
    "officials",
    "officers",
    "courts",
    "prosecutors",
    "judges",
    "government",
    "border guards",
    "labor inspectors",
    "labour inspectors",
];

/// Others than the state who find victims ("international organizations identified ..."),
/// lowercase word beginnings.
pub const NON_STATE_FINDERS: &[&str] = &[
    "international organi",
    "ngo",
    "nongovernmental",
    "non-governmental",
    "iom",
    "unhcr",
    "unicef",
    "civil society",
    "media",
    "observers",
];

/// Nouns that name a group of people by sex or age: a count of them after a count of victims
/// of the same year may be its part.
pub const GROUPS_OF_PEOPLE: &[&str] = &[
    "women",
    "girls",
    "men",
    "boys",
    "children",
    "minors",
    "adults",
    "females",
    "males",
    "juveniles",
];

/// Words that name adults, as a noun or before one ("adult victims").
pub const ADULT_WORDS: &[&str] = &["adult", "adults", "men", "women"];

/// Words that name children, as a noun or before one ("child trafficking victims").
pub const CHILD_WORDS: &[&str] = &[
    "child",
    "children",
    "minor",
    "minors",
    "underage",
    "juvenile",
    "juveniles",
    "boys",
    "girls",
];

/// Words before "victims" that name a group of them by sex, age or origin.
pub const GROUP_ADJECTIVES: &[&str] = &[
    "female", "male", "child", "adult", "minor", "underage", "foreign", "women", "girl", "boy",
];

/// People named by no noun of a count's class ("convicted two women"): counted only by the
/// verb right before them.
pub const PLAIN_PEOPLE: &[&str] = &["men", "women", "foreigners", "man", "woman"];

/// Words after "was" or "were" that tell what kind of people a count is ("one victim
/// identified in 2017 was male", "victims were from Nigeria"): a part described.
pub const KINDS_OF_PERSON: &[&str] = &[
    "male",
    "female",
    "men",
    "women",
    "boys",
    "girls",
    "children",
    "minors",
    "adults",
    "juveniles",
    "foreign",
    "foreigners",
    "transgender",
    "nationals",
    "citizens",
    "from",
    "aged",
];

/// Modifiers of people at risk, not victims ("1,040 vulnerable children", "362 street
/// children").
pub const AT_RISK_MODIFIERS: &[&str] = &["vulnerable", "at-risk", "street", "homeless"];

/// Verbs of room given ("could house up to 30 victims"): after "can" or "could", a
/// capacity, not an act.
pub const ROOM_VERBS: &[&str] = &[
    "accommodate",
    "house",
    "hold",
    "host",
    "place",
    "receive",
    "serve",
    "shelter",
    "take",
];

/// Phrases after counted victims that unsay them ("seven potential victims who were later
/// found not to have been victims", "identified five potential victims as victims of other
/// crimes"). Each holds "not" or "victims of", which the rule screens for.
pub const NOT_VICTIMS_AFTER: &[&str] = &[
    "found not to",
    "determined not to",
    "deemed not to",
    "not to have been",
    "were not trafficking victims",
    "were not victims",
    "as victims of other crimes",
    "as victims of other offenses",
    "as victims of crimes other than",
];

/// What may be left untold about cases that are counted ("did not report the status of four
/// prosecutions"): the cases are told, what became of them is not.
pub const ATTRIBUTES_OF_CASES: &[&str] = &["status", "outcome", "outcomes", "results", "details"];

/// Words that make a denied object an increment beyond what was counted ("did not identify
/// any additional victims"): the year's count is not told to be none.
pub const INCREMENT_WORDS: &[&str] = &["more", "additional", "further", "other"];

/// Adverbs of habit before a denial: "often did not investigate" tells a practice, not a
/// count of none.
pub const HABITUAL_ADVERBS: &[&str] = &[
    "often",
    "frequently",
    "sometimes",
    "occasionally",
    "generally",
    "usually",
    "typically",
    "regularly",
    "routinely",
    "commonly",
    "repeatedly",
    "rarely",
    "seldom",
    "times",
];

/// Words that open a subject naming only some of its kind ("some officers", "many
/// officials"): what they did not do is no count of none.
pub const PARTIAL_QUANTIFIERS: &[&str] = &["some", "many", "several", "most", "certain", "few"];

/// Verbs after counted people that refuse what a count would tell ("two victims declined
/// assistance").
pub const DENYING_VERBS: &[&str] = &["declined", "refused", "never"];

/// Auxiliaries of a bare verb that "not" after counted people denies ("13 victims did not
/// receive care").
pub const DO_AUXILIARIES: &[&str] = &["did", "do", "does", "could", "would"];

/// Auxiliaries of a participle that "not" after counted people denies ("five victims were not
/// referred").
pub const BE_AUXILIARIES: &[&str] = &["were", "was", "are", "is", "have", "has", "had"];

/// Copulas that make a part between commas a clause of its own ("cases involving complicit
/// officials remained open").
pub const CLAUSE_COPULAS: &[&str] = &[
    "is", "are", "was", "were", "remain", "remains", "remained", "stayed",
];

/// Pronouns that open a relative clause ("officials who were complicit").
pub const RELATIVE_PRONOUNS: &[&str] = &["who", "which", "that"];

/// Where victims are sent for care, told after a bare count ("referred at least 57 to care",
/// "to NGO shelters").
pub const CARE_DESTINATIONS: &[&str] = &[
    "care",
    "shelter",
    "shelters",
    "services",
    "assistance",
    "protection",
];

/// Phrases after a count that make it a capacity ("10 victims at a time").
pub const AT_ONCE: &[&str] = &[
    "at a time",
    "at any one time",
    "at any given time",
    "at one time",
    "simultaneously",
];

/// Words after "victim" that make it a modifier of something else counted ("three victim
/// support centers", "two victim shelters").
pub const VICTIM_COMPOUND_HEADS: &[&str] = &[
    "support",
    "assistance",
    "protection",
    "service",
    "services",
    "care",
    "center",
    "centers",
    "centre",
    "centres",
    "shelter",
    "shelters",
    "hotline",
    "hotlines",
    "coordinators",
    "advocates",
];

/// How a comparison with another count opens, as a pattern fragment ("compared with 20",
/// "in comparison to 55 cases").
pub const COMPARED_WITH: &str = r"compar(?:ed|es|ison)\s+(?:with|to)";

/// Places care is given in ("did not ... provide care for victims in its designated
/// shelter": care denied in one place only).
pub const CARE_PLACES: &[&str] = &[
    "shelter",
    "shelters",
    "facility",
    "facilities",
    "center",
    "centers",
    "centre",
    "centres",
];

/// Adverbs that grade a comparison ("still less than 83 in 2019", "slightly more than").
pub const GRADING_ADVERBS: &[&str] = &[
    "still",
    "slightly",
    "far",
    "much",
    "well",
    "significantly",
    "considerably",
    "substantially",
    "somewhat",
];

/// Words after which a count is compared with another ("compared with 20", "a decline from
/// five cases prosecuted"): what comes before them is not the count's.
pub const COMPARISON_WORDS: &[&str] = &[
    "compared",
    "in comparison",
    "versus",
    " than ",
    "decline from",
    "decrease from",
    "increase from",
    "drop from",
    "reduction from",
    "down from",
    "up from",
    "similar to",
];

/// Words after counted cases that lead to a count of something else in them ("seven cases
/// involving six suspects", "cases against 12 defendants"): never a part of the cases.
pub const OTHER_COUNT_LINKS: &[&str] = &[" involving", " against"];

/// Words that introduce the parts of a count told just before ("40 victims, including 12
/// children", "12 cases, two of which").
pub const PART_LINKS: &[&str] = &[
    "including",
    "of whom",
    "of which",
    "among them",
    "among whom",
    "comprising",
];

/// Enforcement nouns of offenders, whom no one counts as trained.
pub const OFFENDER_NOUNS: &[&str] = &[
    "traffickers",
    "trafficker",
    "suspects",
    "suspect",
    "offenders",
    "offender",
    "defendants",
    "defendant",
    "perpetrators",
    "perpetrator",
    "pimps",
    "slaveholders",
];

/// Nouns for cases and people a law-enforcement count can be about.
pub const ENFORCEMENT_NOUNS: &[&str] = &[
    "cases",
    "case",
    "traffickers",
    "trafficker",
    "suspects",
    "suspect",
    "offenders",
    "offender",
    "individuals",
    "individual",
    "persons",
    "person",
    "people",
    "adults",
    "defendants",
    "defendant",
    "perpetrators",
    "perpetrator",
    "officials",
    "official",
    "employers",
    "recruiters",
    "slaveholders",
    "pimps",
    "owners",
    "accomplices",
    "accomplice",
    "associates",
    "co-defendants",
    "co-conspirators",
    "marabouts",
    "marabout",
    "nationals",
    "national",
    "citizens",
    "citizen",
    "crimes",
    "acts",
    "incidents",
    "offenses",
    "offences",
    "investigations",
    "prosecutions",
    "convictions",
    // "investigated 16 organized criminal groups": the groups of offenders a case is against.
    "groups",
    "networks",
    "rings",
    "gangs",
    "syndicates",
];

/// Kinds of training given to victims as help towards a living ("vocational training", "job
/// training"), not the training of officials.
pub const LIVELIHOOD_TRAINING_KINDS: &[&str] = &[
    "vocational",
    "job",
    "skills",
    "life-skills",
    "livelihood",
    "livelihoods",
    "literacy",
    "computer",
    "language",
    "employment",
];

/// The groups of officials a training is for, as a regex alternation ("police or judicial
/// officials", "front-line responders", "social welfare professionals"); not workers at large.
pub const TRAINED_GROUP_ALTERNATION: &str = r"officials|officers|personnel|police|law\s+enforcement|judges|prosecutors|authorities|inspectors|staff|diplomats|investigators|magistrates|responders|professionals|agents|guards|employees|servants|social\s+workers";

/// Nouns for people who can be trained.
pub const TRAINEE_NOUNS: &[&str] = &[
    "officials",
    "official",
    "prosecutors",
    "prosecutor",
    "judges",
    "judge",
    "police",
    "officers",
    "officer",
    "investigators",
    "inspectors",
    "guards",
    "staff",
    "personnel",
    "diplomats",
    "workers",
    "agents",
    "magistrates",
    "participants",
    "professionals",
    "employees",
    "members",
    "trainers",
    "teachers",
    "students",
    "cadets",
    "soldiers",
    "troops",
    "peacekeepers",
    "servants",
    "chiefs",
    "chief",
    "responders",
    "attendees",
    // "trained 43 village leaders", "community representatives", "cultural mediators".
    "leaders",
    "representatives",
    "mediators",
    "stakeholders",
];

/// The offense of buying sex from a victim, which reports count apart from trafficking
/// ("investigated no one for knowingly soliciting or patronizing a sex trafficking victim").
pub const BUYER_OFFENSES: &[&str] = &[
    "soliciting or patronizing",
    "patronizing or soliciting",
    "soliciting or patronising",
    "patronising or soliciting",
];

/// Crimes other than trafficking that cases are told to be of.
pub const OTHER_CRIMES: &[&str] = &[
    "pushback",
    "use of force",
    "assault",
    "smuggling",
    "fraud",
    "corruption",
    "illegal border crossing",
    "illegal migration",
    "forgery",
    // "39 cases of illegal recruitment", "cases of labor violations": labor-law offenses.
    "illegal recruitment",
    "labor violations",
    "labour violations",
    "labor law violations",
    "labour law violations",
];

/// Words that tell a crime is trafficking or exploitation.
pub const TRAFFICKING_WORDS: &[&str] = &[
    "traffick",
    "forced",
    "exploit",
    "slave",
    "servitude",
    "bondage",
    "prostitution",
    "pimping",
    "begging",
];

/// Acts of trafficking told as a gerund after "sentenced ... for" ("for recruiting girls"),
/// besides the [`TRAFFICKING_WORDS`] stems.
pub const TRAFFICKING_GERUNDS: &[&str] = &[
    "recruiting",
    "selling",
    "buying",
    "harboring",
    "harbouring",
    "transporting",
    "forcing",
    "subjecting",
    "procuring",
    "facilitating",
    "operating",
    "running",
];

/// Nouns of people who may be offenders, officials trained or victims ("31 people exploited
/// in forced labor"): victims only when the words after tell they were exploited.
pub const PEOPLE_HEADS: &[&str] = &[
    "people",
    "persons",
    "individuals",
    "nationals",
    "citizens",
    "adults",
    "workers",
];

/// Words after a count of people that tell they were exploited ("35 women exploited in
/// domestic servitude", "12 men in forced labor").
pub const EXPLOITED_WORDS: &[&str] = &[
    "exploited",
    "forced",
    "trafficked",
    "subjected",
    "servitude",
    "enslaved",
];

/// Words that may stand between a number and its noun ("25 potential trafficking victims").
pub const NOUN_MODIFIERS: &[&str] = &[
    "potential",
    "suspected",
    "alleged",
    "confirmed",
    "presumed",
    "possible",
    "new",
    "additional",
    "trafficking",
    "sex",
    "labor",
    "labour",
    "forced",
    "child",
    "adult",
    "foreign",
    "domestic",
    "female",
    "male",
    "women",
    "men",
    "human",
    "identified",
    "registered",
    "detected",
    "convicted",
    "separate",
    "more",
    "government",
    "law",
    "enforcement",
    "border",
    "police",
    "criminal",
    "individual",
    "other",
    "officially",
    "certified",
    "recognized",
    "recognised",
    "local",
    "national",
    "regional",
    "judicial",
    "municipal",
    "state",
    "federal",
    "military",
    "prison",
    "migrant",
    "of",
    "these",
    "the",
    "them",
    "those",
    "such",
    "related",
    "trafficking-related",
    "accused",
    "anti-trafficking",
    "non-government",
    "governmental",
    "former",
    "village",
];

/// Words that never qualify the noun after them ("40 percent victims" is not a count of victims).
pub const NOT_MODIFIERS: &[&str] = &[
    "and", "or", "nor", "but", "to", "in", "into", "for", "from", "with", "without", "by", "at",
    "on", "as", "per", "percent", "than", "were", "was", "are", "is", "had", "have", "has", "who",
    "whom", "which", "that", "times", "years", "months", "days", "hours", "out", "all", "both",
    "each", "any", "some", "many", "most", "fewer", "less",
    // "24 served children": a verb of the count, not a modifier of the noun after it.
    "served", "serving",
];

/// Canonical forms of exploitation and the phrases that name them.
pub const FORMS: &[(&str, &str)] = &[
    ("forced labor", "forced labor"),
    ("forced labour", "forced labor"),
    ("labor trafficking", "forced labor"),
    ("labour trafficking", "forced labor"),
    ("forced child labor", "forced labor"),
    ("forced child labour", "forced labor"),
    ("labor exploitation", "forced labor"),
    ("labour exploitation", "forced labor"),
    ("bonded labor", "bonded labor"),
    ("bonded labour", "bonded labor"),
    ("forced prostitution", "forced prostitution"),
    ("sex trafficking", "sex trafficking"),
    (
        "commercial sexual exploitation",
        "commercial sexual exploitation",
    ),
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
    ("organ trafficking", "organ removal"),
    ("organ harvesting", "organ removal"),
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
    "IOM",
    "UNICEF",
    "ILO",
    "UNODC",
    "UNHCR",
    "UNDP",
    "UNFPA",
    "OSCE",
    "OHCHR",
    "USAID",
    "EU",
    "European Union",
    "Council of Europe",
    "ASEAN",
    "ECOWAS",
    "NGOs",
    "NGO",
    "UN Women",
    "World Bank",
    "International Organization for Migration",
    "Interpol",
    "INTERPOL",
    "Europol",
];

/// Treaty verbs and the action they give.
pub const TREATY_VERBS: &[(&str, TreatyAction)] = &[
    ("ratified", TreatyAction::Ratified),
    ("ratifying", TreatyAction::Ratified),
    ("acceded to", TreatyAction::Acceded),
    // "the Protocol (acceded 2005)".
    ("acceded", TreatyAction::Acceded),
    ("acceding to", TreatyAction::Acceded),
    ("signed", TreatyAction::Signed),
    ("adopted", TreatyAction::Ratified),
    ("joined", TreatyAction::Ratified),
    ("became a party to", TreatyAction::Ratified),
    ("became party to", TreatyAction::Ratified),
];

/// Codes and laws a provision or amendment can belong to, longest first.
pub const INSTRUMENTS: &[&str] = &[
    "code of criminal procedure",
    "criminal procedure code",
    "criminal code",
    "penal code",
    "labor code",
    "labour code",
    "child protection code",
    "code on children",
    "children's code",
    "child code",
    "family code",
    "administrative code",
    "anti-trafficking law",
    "trafficking law",
    "counter-trafficking law",
    "anti-trafficking act",
    "trafficking act",
    "immigration act",
    "immigration law",
    "labor law",
    "labour law",
    "child labor law",
    "child labour law",
    "domestic worker law",
    "domestic workers law",
    "domestic labor law",
    "domestic labour law",
    "employment law",
    "migration law",
    "passport law",
    "constitution",
];

/// Words naming a legal instrument or a part of one: a sentence telling an act made a crime
/// under one is that instrument's (law, amendment, provision), not an enactment of its own.
pub const LEGAL_INSTRUMENT_WORDS: &[&str] = &[
    "law",
    "laws",
    "act",
    "acts",
    "code",
    "codes",
    "legislation",
    "statute",
    "statutes",
    "decree",
    "ordinance",
    "proclamation",
    "regulation",
    "regulations",
    "article",
    "articles",
    "section",
    "sections",
    "amendment",
    "amendments",
    "amended",
    "amending",
    "bill",
    "constitution",
    "provision",
    "provisions",
    "protocol",
    "convention",
];

/// Verbs that tell a law's enactment with the law as their object ("passed the Children's
/// Act, which prohibits ...", "enacted a new labour code prohibiting ...").
pub const ENACTING_VERBS: &[&str] = &[
    "enacted",
    "enacting",
    "passed",
    "passing",
    "adopted",
    "adopting",
    "approved",
    "approving",
    "promulgated",
    "promulgating",
];

/// Verbs that tell a tier first reached ("which it had achieved the year before").
pub const REACHING_VERBS: &[&str] = &[
    "achieved", "attained", "reached", "earned", "gained", "obtained", "won",
];

/// Stems of verbs that make or change a law, read in the past ("adopted", "signed"): before
/// a standing verb they make the sentence a change ("amendments adopted in 2016 criminalized").
pub const MAKING_VERB_STEMS: &[&str] = &[
    "adopt",
    "pass",
    "enact",
    "approv",
    "introduc",
    "sign",
    "promulgat",
    "implement",
    "draft",
    "propos",
];

/// Phrases that tell a count as a rate, no year's count ("registered each year").
pub const RATE_PHRASES: &[&str] = &[
    " each year",
    " every year",
    " annually",
    " per year",
    " per annum",
    " each month",
    " every month",
    " per month",
];

/// Words that open a numbered law's title as its kind ("Federal Law No. 51 of 2006",
/// "Organic Law 5/2010").
pub const LAW_KIND_WORDS: &[&str] = &[
    "Federal",
    "Organic",
    "Republic",
    "Royal",
    "Presidential",
    "Legislative",
];

/// Capitalized words before "law" that name no country's law ("The law prohibits").
pub const LAW_DETERMINERS: &[&str] = &[
    "The", "This", "That", "These", "Such", "Its", "Their", "No", "Any", "Current", "Existing",
    "New", "Other", "Each", "Every", "Federal", "State", "Local", "Criminal", "Labor", "Labour",
];

/// Words that deny a law named after them ("does not have a comprehensive anti-trafficking
/// law", "lacks a law", "no law").
pub const LAW_DENIALS: &[&str] = &["not", "no", "lacks", "lack", "lacked", "without", "absence"];

/// Words naming the United States' own anti-trafficking acts, by whose minimum standards the
/// reports measure every country: not laws of the country a text is about.
pub const US_LAWS: &[&str] = &[
    "trafficking victims protection",
    "victims of trafficking and violence protection",
    "tvpa",
    "tvpra",
];

/// The United States and its states, as the titles of articles about them name them
/// ("Human trafficking in Florida", "Human trafficking in Georgia (U.S. state)"): the places
/// whose own laws [`US_LAWS`] are.
pub const US_PLACES: &[&str] = &[
    "United States",
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia (U.S. state)",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "District of Columbia",
];

/// Countries and regions, for the destinations of a trafficking profile.
pub const PLACES: &[&str] = &[
    "Afghanistan",
    "Albania",
    "Algeria",
    "Angola",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahamas",
    "Bahrain",
    "Bangladesh",
    "Belarus",
    "Belgium",
    "Benin",
    "Bolivia",
    "Bosnia and Herzegovina",
    "Botswana",
    "Brazil",
    "Brunei",
    "Bulgaria",
    "Burkina Faso",
    "Burma",
    "Burundi",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Chad",
    "Chile",
    "China",
    "Colombia",
    "Costa Rica",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czech Republic",
    "Denmark",
    "Djibouti",
    "Dominican Republic",
    "Ecuador",
    "Egypt",
    "El Salvador",
    "Eritrea",
    "Estonia",
    "Ethiopia",
    "Finland",
    "France",
    "Gabon",
    "Gambia",
    "Georgia",
    "Germany",
    "Ghana",
    "Great Britain",
    "Greece",
    "Guatemala",
    "Guinea",
    "Haiti",
    "Honduras",
    "Hong Kong",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Jamaica",
    "Japan",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Kosovo",
    "Kuwait",
    "Kyrgyzstan",
    "Laos",
    "Latvia",
    "Lebanon",
    "Liberia",
    "Libya",
    "Lithuania",
    "Macau",
    "Madagascar",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Mauritania",
    "Mexico",
    "Moldova",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nepal",
    "Netherlands",
    "New Zealand",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "North Korea",
    "Norway",
    "Oman",
    "Pakistan",
    "Panama",
    "Paraguay",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Romania",
    "Russia",
    "Rwanda",
    "Saudi Arabia",
    "Senegal",
    "Serbia",
    "Sierra Leone",
    "Singapore",
    "Slovakia",
    "Slovak Republic",
    "Slovenia",
    "Somalia",
    "South Africa",
    "South Korea",
    "South Sudan",
    "Spain",
    "Sri Lanka",
    "Sudan",
    "Sweden",
    "Switzerland",
    "Syria",
    "Taiwan",
    "Tajikistan",
    "Tanzania",
    "Thailand",
    "Togo",
    "Tunisia",
    "Turkey",
    "Turkmenistan",
    "Uganda",
    "Ukraine",
    "United Arab Emirates",
    "UAE",
    "U.A.E.",
    "United Kingdom",
    "United States",
    "Uruguay",
    "Uzbekistan",
    "Venezuela",
    "Vietnam",
    "Yemen",
    "Zambia",
    "Zimbabwe",
    "Western Europe",
    "Andorra",
    "Barbados",
    "Belize",
    "Bhutan",
    "Bosnia",
    "Cabo Verde",
    "Central African Republic",
    "Comoros",
    "Congo",
    "Cote d'Ivoire",
    "Democratic Republic of the Congo",
    "Equatorial Guinea",
    "Eswatini",
    "Fiji",
    "Guinea-Bissau",
    "Guyana",
    "Kiribati",
    "Kyrgyz Republic",
    "Lesotho",
    "Liechtenstein",
    "Luxembourg",
    "Macedonia",
    "North Macedonia",
    "Marshall Islands",
    "Mauritius",
    "Micronesia",
    "Monaco",
    "Nauru",
    "Palau",
    "Papua New Guinea",
    "Russian Federation",
    "Samoa",
    "San Marino",
    "Seychelles",
    "Solomon Islands",
    "Suriname",
    "Swaziland",
    "Timor-Leste",
    "Tonga",
    "Trinidad and Tobago",
    "Tuvalu",
    "Vanuatu",
    "Korea",
    "Republic of Korea",
    "UK",
    "Western Sahara",
    "South Asia",
    "East Asia",
    "East Africa",
    "Southern Africa",
    "Latin America",
    "South America",
    "Central America",
    "Caribbean",
    "Eastern Europe",
    "Europe",
    "Middle East",
    "Persian Gulf",
    "Gulf states",
    "North Africa",
    "West Africa",
    "Central Asia",
    "Southeast Asia",
    "Asia",
];

/// Words that define a tier by the assessment after them ("Tier 3 nations are defined as
/// those ...", "Tier 2 is the ranking for ...").
pub const TIER_DEFINING_WORDS: &[&str] = &[
    "defined as",
    "defines",
    "definition",
    "ranking for",
    "reserved for",
    "category for",
];

/// Tiers as a definition names them, the longest first.
pub const DEFINED_TIERS: [&str; 4] = ["tier 2 watch list", "tier 3", "tier 2", "tier 1"];

/// Subjects of a tier's definition, when the country is not named with them ("Countries whose
/// governments do not fully comply ...").
pub const GENERIC_GOVERNMENTS: &[&str] = &[
    "countries whose governments",
    "governments of countries",
    "nations whose governments",
];

/// Nouns of what is done to a law, which open a sentence before its title ("Promulgation of
/// the ... Act", "Implementation of the ... Law"): not part of the title.
pub const LAW_PROCESS_NOUNS: &[&str] = &[
    "Adoption",
    "Amendment",
    "Application",
    "Enactment",
    "Enforcement",
    "Implementation",
    "Passage",
    "Promulgation",
    "Ratification",
];

/// Nouns of changes made to a law, which open a title-cased phrase before it ("Changes to
/// the German Penal Code"): the phrase names no law of its own.
pub const LAW_CHANGE_NOUNS: &[&str] = &[
    "Changes",
    "Modifications",
    "Reforms",
    "Revisions",
    "Updates",
];

/// Words that open a sentence or clause before a law's title ("Under the ... Act", "Although
/// the ... Act is not in force"): capitalised, but not the title's.
pub const TITLE_OPENERS: &[&str] = &[
    "Under",
    "In",
    "By",
    "With",
    "Through",
    "Since",
    "After",
    "Before",
    "Although",
    "Though",
    "While",
    "Whereas",
    "When",
    "Once",
    "Until",
    "Unlike",
    "Despite",
    "Because",
    "As",
    "If",
    "Unless",
    "Following",
    "Pursuant",
];

/// People a law's title may be of ("the Children's Act", "the Women's Protection Law"): a
/// possessive of these is part of the title, another owner ("Testland's Penal Code") is not.
pub const TITLE_POSSESSIVES: &[&str] = &[
    "Child",
    "Children",
    "Woman",
    "Women",
    "Worker",
    "Workers",
    "People",
    "Person",
    "Persons",
    "Victim",
    "Victims",
    "Migrant",
    "Migrants",
    "Employee",
    "Employees",
    "Employer",
    "Employers",
    "Seafarer",
    "Seafarers",
    "Citizen",
    "Citizens",
];

/// Names of one country ("Burma" and "Myanmar"), matched whole: a text names its country
/// by one and may tell of it by another.
pub const COUNTRY_ALIASES: &[&[&str]] = &[
    &["Burma", "Myanmar"],
    &["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    &["Eswatini", "Swaziland"],
    &["Czech Republic", "Czechia"],
    &["North Macedonia", "Macedonia"],
    &["Cabo Verde", "Cape Verde"],
    &["Timor-Leste", "East Timor"],
    &["Netherlands", "Holland"],
    &["United Kingdom", "Great Britain", "Britain", "UK"],
    &[
        "United States",
        "United States of America",
        "USA",
        "US",
        "America",
    ],
    &[
        "Democratic Republic of the Congo",
        "DRC",
        "Congo-Kinshasa",
        "DR Congo",
    ],
    &["Republic of the Congo", "Congo-Brazzaville"],
    &["South Korea", "Republic of Korea"],
    &[
        "North Korea",
        "Democratic People's Republic of Korea",
        "DPRK",
    ],
    &["Russia", "Russian Federation"],
    &["Vietnam", "Viet Nam"],
    &["Laos", "Lao PDR", "Lao People's Democratic Republic"],
    &["Syria", "Syrian Arab Republic"],
    &["Iran", "Islamic Republic of Iran"],
    &["Brunei", "Brunei Darussalam"],
    &["Kyrgyzstan", "Kyrgyz Republic"],
    &["Slovakia", "Slovak Republic"],
    &["Bahamas", "Commonwealth of the Bahamas"],
    &["Bolivia", "Plurinational State of Bolivia"],
    &["Venezuela", "Bolivarian Republic of Venezuela"],
    &["Tanzania", "United Republic of Tanzania"],
    &["Moldova", "Republic of Moldova"],
    &["Turkey", "Türkiye", "Turkiye"],
    &["Micronesia", "Federated States of Micronesia"],
    &["United Arab Emirates", "UAE", "Emirates"],
    &["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"],
    &["China", "People's Republic of China", "PRC"],
    &[
        "Bosnia and Herzegovina",
        "Bosnia-Herzegovina",
        "Bosnia",
        "BiH",
    ],
    &["Papua New Guinea", "PNG"],
    &["Central African Republic", "CAR"],
    &["Gambia", "The Gambia"],
];

/// Words of a plan or an aim: what follows them in their clause has not been done ("planned
/// to train 300 inspectors", "aimed to identify 100 victims").
pub const PLAN_PHRASES: &[&str] = &[
    "planned to",
    "planning to",
    "aimed to",
    "aiming to",
    "intended to",
    "scheduled to",
    "hoped to",
    "hoping to",
    "expected to",
    "expects to",
    "sought to",
];

/// What opens a clause of its own: a law's penalties or another country's placement end there.
pub const CLAUSE_BREAKS: &[&str] = &[", and ", "; ", ", but ", ", while ", ", whereas "];

/// Nouns for a part or a change of a law that open its name ("Provisions of the Labor
/// Code"), compared in any case.
pub const LAW_PARTS: &[&str] = &[
    "provisions",
    "provision",
    "sections",
    "articles",
    "chapters",
    "chapter",
    "parts",
    "amendments",
    "amendment",
    "revisions",
    "regulations",
];

/// Crimes whose penalties a text sets beside a law's for comparison ("the crime of rape has a
/// minimum penalty of five years").
pub const COMPARED_CRIMES: &[&str] = &["rape", "kidnapping", "murder", "robbery", "sexual assault"];

/// Word stems that speak of a law's penalties, with or without their terms ("prescribes
/// severe penalties", "punishable by a fine"): what makes a prohibition a provision.
pub const PENALTY_TALK: &[&str] = &[
    "penalt", "punish", "imprison", "sanction", "fine", "sentence",
];

/// Word stems that make a term of months or years a punishment. A sentence naming no law
/// needs one for its terms to be a provision's: "assistance was provided for up to six
/// months" sets no penalty.
pub const PENALTY_WORDS: &[&str] = &[
    "imprison",
    "prison",
    "jail",
    "incarcerat",
    "deprivation of liberty",
    "penalt",
    "sentenc",
    "punish",
    "fine",
    "offender",
    "convict",
    "guilty",
];
