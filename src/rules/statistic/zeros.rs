//! Counts stated as zero: "did not prosecute any traffickers", "no convictions",
//! "reported no efforts to identify victims", "None of the 14 victims".

use super::verbs::{metric_of_word, verb_metrics, VERB};
use super::{push_told, trim_word, Found};
use crate::event::{Fact, Metric, COMPLICIT_OFFICIALS};
use crate::lazy_regex;
use crate::pattern::{contains_ci, starts_with_ci};
use crate::quantity::Quantity;
use crate::rules::context::{
    clause, contrast_at, finite_conjunct, is_past_participle, Comparison, SentenceCtx,
};
use crate::rules::lexicon::{
    is_enforcement_metric, is_victim_metric, CLAUSE_COPULAS, COMPARED_WITH, FIRST_REPORT_YEAR,
    HABITUAL_ADVERBS, INCREMENT_WORDS, METRIC_NOUNS, PARTIAL_QUANTIFIERS, RELATIVE_PRONOUNS,
    TRAFFICKING_KINDS, TRAINED_GROUP_ALTERNATION, TRAINING_AMOUNTS, VICTIM_NOUNS,
};
use crate::temporal::{PartialDate, Resolved, TimeExpr, TimeMention};

/// A verb that gets its metric noun ("secure convictions in"), or a verb of no metric that
/// may stand in a list of denied verbs ("hold accountable").
pub(super) const GETS_METRIC: &str = r"(?:(?:secur|obtain|achiev)\w*\s+(?:investigations|prosecutions|convictions)(?:\s+(?:in|of|for|against))?|hold\s+accountable)";

/// Care named by a verb and its noun, joined to a denied metric verb ("did not report referring
/// or otherwise providing protective services to any victims").
const CARE_JOINED: &str =
    r"provid(?:e|es|ed|ing)(?:\s+(?:[a-z-]+\s+){0,2}?(?:services|care|assistance|shelter)\s+to)?";

/// Adverbs that may stand before a metric verb ("did not proactively identify").
pub(super) const ADVERB: &str = r"(?:otherwise|proactively|actively|formally|officially|successfully|criminally|systematically|adequately|effectively|specifically|independently|publicly|fully|directly)";

/// Care denied with "any", given to someone ("any services to", "any medical care for").
const ANY_CARE_TO: &str =
    r"any\s+(?:[a-z-]+\s+){0,2}?(?:services|care|assistance|shelter)\s+(?:to|for)";

/// A phrase set off by commas after a joining word ("prosecute or, for the third consecutive
/// year, convict").
const ASIDE: &str = r"(?:,\s*(?:for|in|during)\s+(?:[\w-]+\s+){0,4}?[\w-]+,)";

// "did not investigate or prosecute any traffickers"; the list may close with care denied
// with "any" ("did not identify or provide any services to adult victims"), whose victims are
// the object of every verb.
lazy_regex!(
    pub(super) ZERO_DID_NOT,
    format!(
        r"(?i)\b(?:(?:did|does|do|has|have|had)\s+not(?:,\s*(?:however|though|therefore|nevertheless),)?|(?:government|authorities)\s+not|failed\s+to|(?:was|were)\s+unable\s+to|(?:has|have|had|is|was)\s+yet\s+to|neither)\s+(?:report\s+|demonstrate\s+|make\s+)?(?:{ADVERB}\s+)?(?:(?:{VERB}|{GETS_METRIC})(?:\s*,\s*(?:(?:or|and|nor){ASIDE}?\s+)?(?:{ADVERB}\s+)?(?:{VERB}|{GETS_METRIC}|{CARE_JOINED})|\s+(?:or|and|nor){ASIDE}?\s+(?:{ADVERB}\s+)?(?:{VERB}|{GETS_METRIC}|{CARE_JOINED})|\s+nor\s+[a-z]+ed)*)(?:\s+(?:any(?:one|body)?\b(?:\s+of\s+the)?(?:\s+[\w-]+){{0,4}}|a\s+single(?:\s+[\w-]+){{1,3}}|an?\s+(?:[\w-]+\s+){{0,2}}?(?:trafficker|offender|perpetrator|suspect|defendant|victim|case|prosecution|conviction|investigation)\b)|\s+(?:or|and)\s+(?:otherwise\s+)?provid(?:e|es|ed|ing)\s+{ANY_CARE_TO}\s+(?:[\w-]+\s+){{0,2}}?(?:victims|survivors)\b)"
    )
);

// "... or identifying any trafficking victims", "..., nor did it prosecute any cases", "nor did
// it identify or protect any victims", "nor did they report identifying any victims": a metric
// verb with its own object, joined by "or" to a zero before it in the clause.
lazy_regex!(
    pub(super) ZERO_OR_ANOTHER,
    format!(
        r"(?i)(?:,\s*(?:(?:or|nor)\s+)?|\s(?:or|nor)\s+)(?:(?:did|does|has|have|had)\s+(?:it|they|(?:the\s+)?(?:government|authorities|courts?|judges|prosecutors|police|judiciary|law\s+enforcement(?:\s+officials)?))\s+(?:report\s+)?)?(?:to\s+)?(?:{ADVERB}\s+)?(?P<verb>{VERB}(?:(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)(?:{ADVERB}\s+)?{VERB}){{0,3}}(?:\s+(?:or|and)\s+[a-z]+)?)\s+(?P<obj>(?:any(?:one|body)?|a\s+single)\b(?:\s+[\w-]+){{0,4}})"
    )
);

// "made no efforts to identify victims, ..., or investigate and prosecute suspected offenses":
// an infinitive joined to a list that "no efforts to" denies as a whole (no "any" needed).
lazy_regex!(
    pub(super) OR_INFINITIVE,
    format!(
        r"(?i)(?:,\s*(?:(?:or|and)\s+)?|\s(?:or|nor)\s+)(?:to\s+)?(?:{ADVERB}\s+)?(?P<verb>{VERB}(?:\s+(?:or|and)\s+{VERB})?)\s+(?P<obj>(?:[\w-]+\s+){{0,3}}[\w-]+)"
    )
);

// "... or begin investigations or prosecutions of any offenders", "... or achieve convictions of
// traffickers": a verb opening or getting metric nouns, joined by "or" to a zero before it.
lazy_regex!(
    pub(super) OR_NOUNS,
    format!(
        r"(?i)(?:,\s*(?:or|nor)\s+|\s(?:or|nor)\s+)(?:begin|open|start|launch|conduct|pursue|bring|file|initiate|institute|achieve|obtain|secure|record)\s+(?:any\s+)?{MODIFIERS}(?P<nouns>{METRIC_NOUN}(?:\s*,\s*(?:or\s+|and\s+)?{METRIC_NOUN}|\s+(?:or|and|nor)\s+{METRIC_NOUN})*)\b"
    )
);

// "did not report any investigations of officials or any prosecutions of traffickers": more
// metric nouns the denial before reaches, joined by "or any" ("or securing any convictions").
lazy_regex!(
    pub(super) OR_ANY_NOUNS,
    format!(
        r"(?i)\s(?:or|nor)\s+(?:(?:securing|obtaining|achieving|initiating|opening|recording)\s+)?any\s+{MODIFIERS}(?P<nouns>{METRIC_NOUN}(?:\s*,\s*(?:or\s+|and\s+)?{METRIC_NOUN}|\s+(?:or|and|nor)\s+{METRIC_NOUN})*)\b"
    )
);

// "did not advance any cases to prosecution or convict any traffickers": a verb of no metric
// denied with "any", whose clause may bring its object to prosecution or join metric verbs;
// "did not define trafficking offenses, ..., investigate or prosecute any suspected
// offenders": any denied verb heads a list whose later metric verbs it denies.
lazy_regex!(
    pub(super) ZERO_OTHER_VERB,
    r"(?i)\b(?:did|does|do|has|have|had)\s+not\s+(?:report\s+)?(?P<verb>[a-z]+)\b"
);

/// Gerunds of the metric verbs.
pub(super) const GERUND: &str =
    r"(?:investigat|prosecut|convict|identify|referr|assist|repatriat|sentenc|charg|indict)ing";
// "did not report investigating, prosecuting, or convicting sex trafficking offenders", "did
// not report identifying or assisting trafficking victims": the report's template, its object
// without "any".
lazy_regex!(
    pub(super) ZERO_NOT_REPORTED,
    format!(
        r"(?i)\b(?:did|does|has|have|had)\s+not\s+report\s+(?P<verbs>{GERUND}(?:\s*,\s*(?:or\s+|and\s+)?{GERUND}|\s+(?:or|and)\s+{GERUND})*)\s+(?P<obj>(?:[\w-]+\s+){{0,3}}?(?:traffickers|offenders|suspects|perpetrators|defendants|victims|cases|crimes|offenses|offences))\b"
    )
);

lazy_regex!(
    pub(super) ZERO_NEVER,
    format!(
        r"(?i)\b(?:has|have|had)\s+never\s+(?:reported\s+)?(?:{ADVERB}\s+)?(?P<verbs>(?:{VERB}|{GETS_ONE})(?:\s*,\s*(?:or\s+|and\s+)?{VERB}|\s+(?:or|and)\s+{VERB})*)\s+(?P<obj>(?:a|an|any)(?:\s+[\w-]+){{1,3}})"
    )
);

// "has yet to convict a trafficker", "has yet to obtain a conviction": none so far, like "never" (with "any", see ZERO_DID_NOT).
lazy_regex!(
    pub(super) ZERO_YET_TO_ONE,
    format!(
        r"(?i)\b(?:has|have|had)\s+yet\s+to\s+(?:{ADVERB}\s+)?(?P<verbs>(?:{VERB}|{GETS_ONE})(?:\s*,\s*(?:or\s+|and\s+)?{VERB}|\s+(?:or|and)\s+{VERB})*)\s+(?P<obj>an?(?:\s+[\w-]+){{1,3}})"
    )
);

// "has not initiated a prosecution since 2015", "has not obtained a trafficking conviction
// under the law since it was amended": none since then, like "never".
lazy_regex!(
    pub(super) ZERO_NOT_SINCE,
    format!(
        r"(?i)\b(?:has|have|had)\s+not\s+(?:{ADVERB}\s+)?(?P<verbs>(?:{VERB}|{GETS_ONE})(?:\s+(?:or|and|nor)\s+{VERB})*)\s+(?P<obj>an?\s+[^,;.]{{1,60}}?)\s+since\b"
    )
);

// "prosecuted 14 defendants but convicted none", "identified or referred none": a metric
// verb whose object is "none".
lazy_regex!(
    pub(super) ZERO_VERB_NONE,
    format!(
        r"(?i)\b(?P<verbs>{VERB}(?:\s*,\s*(?:or\s+|and\s+)?{VERB}|\s+(?:or|and)\s+{VERB})*)\s+none\b"
    )
);

// "none were convicted", "none of whom have been prosecuted", "none of these cases resulted in
// a conviction", "none of these led to prosecution or convictions": "none" as the subject of a
// metric verb or of the outcomes of a count's cases.
lazy_regex!(
    pub(super) ZERO_NONE_DONE,
    format!(
        r"(?i)\bnone\s+(?:of\s+(?:which|whom|them|these|those|the)\b(?:\s+[\w-]+){{0,3}}?\s+)?(?:(?:has|have|had|was|were)\s+(?:yet\s+)?(?:been\s+)?(?P<verbs>{VERB})|(?:has\s+|have\s+|had\s+)?(?:yet\s+)?(?:(?:resulted|led|ended)\s+in|led\s+to)\s+(?:an?\s+|any\s+)?(?:trafficking\s+)?(?P<noun>{METRIC_NOUN}(?:\s*,\s*{METRIC_NOUN})*(?:,?\s+(?:or|and|nor)\s+(?:in\s+|to\s+)?(?:an?\s+|any\s+)?{METRIC_NOUN})?))\b"
    )
);

/// A verb that gets or opens a metric noun, in any form ("obtained a conviction",
/// "initiated a prosecution").
const GETS_ONE: &str = r"(?:secur|obtain|achiev|initiat|institut)\w*";

lazy_regex!(
    pub(super) ZERO_NO_EFFORTS,
    format!(
        r"(?i)\b(?:(?:reported|demonstrated|made|showed|took)\s+no|(?:did\s+not|failed\s+to)\s+(?:(?:report|demonstrate|make|show|take)\s+any|make|take))\s+(?:(?:law\s+enforcement|discernible|known|apparent|concrete|tangible)\s+)?(?:efforts|actions?)\s+to\s+(?:{ADVERB}\s+)?(?P<verbs>{VERB}(?:\s*,\s*(?:or\s+|and\s+)?{VERB}|\s+(?:or|and)\s+{VERB})*)(?P<obj>(?:\s+[\w-]+){{0,4}})"
    )
);

pub(super) const METRIC_NOUN: &str = r"(?:investigation|prosecution|conviction)s?";

/// Words that may stand before a metric noun without making it a part of the whole
/// ("no new trafficking prosecutions", "any new trafficking case investigations"; not "no
/// labor trafficking prosecutions").
pub(super) const MODIFIERS: &str = r"(?:(?:legal|new|newly|additional|final|successful|initiated|reported|known|formal|criminal|human|trafficking|anti-trafficking|trafficking-related|case)\s+){0,3}";
// Training denied to those it is for: "did not conduct any anti-trafficking training for
// officials", "did not initiate or conduct any training for police", "provided no training to
// officials", "did not provide anti-trafficking training to police or judicial officials" (not
// "did not provide adequate training": some was given); "did not provide training or basic
// resources for law enforcement"; "did not train officials", "did not train labor, customs,
// or immigration officials"; "new officers did not receive anti-trafficking training"; "no
// prosecutors have received specific anti-trafficking training". Training denied with no one named it
// was for ("did not conduct any anti-trafficking training") counts no officials.
lazy_regex!(
    pub(super) ZERO_TRAINING,
    format!(
        r"(?i)\b(?:(?:{NOT}|failed\s+to)\s+(?:(?:initiate|conduct|provide|offer|organi[sz]e|hold|deliver|fund)\s+(?:or|and)\s+)?(?:conduct|provide|offer|organi[sz]e|hold|deliver|fund|report)\s+any|(?:(?:conduct|provide|offer|organi[sz]e|deliver|fund|report)(?:e?d|e?s)|held|holds)\s+no)\s+(?:[\w-]+\s+){{0,2}}?trainings?\s+(?:to|for)\s+{GROUP}|\b(?:{NOT}|failed\s+to)\s+(?:report\s+(?:providing|conducting|offering|administering|delivering)|provide|conduct|offer|administer|deliver)\s+{KINDS}trainings?\s+(?:(?:or|and)\s+(?:[a-z]+\s+){{1,2}})?(?:to|for)\s+{GROUP}|\b(?:{NOT}|failed\s+to)\s+(?:report\s+training|train)\s+(?:any\s+)?(?:[\w-]+,?\s+(?:or\s+|and\s+)?){{0,3}}?(?:{TRAINED_GROUP_ALTERNATION})\b|\b(?:{TRAINED_GROUP_ALTERNATION})\s+(?:also\s+|still\s+)?(?:{NOT}|failed\s+to)\s+receive\s+(?:any\s+)?(?:[\w-]+\s+){{0,2}}?training\b|\bno\s+(?:[\w-]+\s+){{0,2}}?(?:{TRAINED_GROUP_ALTERNATION})\s+(?:(?:have|has|had)\s+)?(?:(?:received|attended)\s+(?:any\s+)?(?:[\w-]+\s+){{0,2}}?training|been\s+trained)\b",
        // Told in the past or, as early reports tell the year, the present ("provides no
        // trafficking training for law enforcement officials").
        NOT = r"(?:did|does|do)\s+not",
        // Its kinds, not its amount: "specialized human trafficking training" (not "adequate").
        KINDS = r"(?:(?:specialized|specific|formal|dedicated|anti-trafficking|human|trafficking|trafficking-specific)\s+){0,3}",
        // "its police or judicial officials", "law enforcement or protection officers".
        GROUP = format!(r"(?:its\s+|the\s+)?(?:[\w-]+\s+(?:or\s+|and\s+)?){{0,3}}?(?:{TRAINED_GROUP_ALTERNATION})\b"),
    )
);

// "reported no prosecutions", "did not secure any convictions", "did not complete any
// prosecutions", "no prosecutions were initiated", "neither prosecutions nor convictions were reported".
lazy_regex!(
    pub(super) ZERO_NO_NOUN,
    format!(
        r"(?i)\b(?:there\s+(?:were|was|(?:had|has|have)\s+been)\s+|with\s+|and\s+|report(?:ed|ing)\s+|(?:initiated|opened|began|started|launched)\s+|(?:produced|secured|achieved|obtained|recorded|conducted|pursued|brought|filed|completed|concluded|finali[sz]ed)\s+|from\s+|{COMPARED_WITH}\s+|same\s+as\s+|(?:had|has|have)\s+)(?P<no>no)\s+(?:reports?\s+of\s+)?{MODIFIERS}(?P<nouns>{METRIC_NOUN}(?:\s*,\s*(?:or\s+|and\s+)?{METRIC_NOUN}|\s+(?:or|and|nor)\s+{METRIC_NOUN})*)\b|\b(?:(?:did\s+not|failed\s+to)\s+(?:report\s+(?:initiating|opening)(?:\s+any)?|(?:initiate|open|begin|start|launch)\s+(?:any|new)|(?:report\s+(?:securing|obtaining|achieving|recording)|report|secure|obtain|achieve|produce|record|conduct|pursue|bring|file|complete|conclude|finali[sz]e)\s+any)|(?:has|have|had)\s+(?:not|never)\s+(?:(?:reported|secured|obtained|achieved|produced|recorded|initiated|opened|conducted|pursued|brought|filed|completed|concluded|finali[sz]ed)\s+any|(?:initiated|opened))|there\s+(?:have|has|had)\s+not\s+been\s+any)\s+{MODIFIERS}(?P<nouns2>{METRIC_NOUN}(?:\s*,\s*(?:or\s+|and\s+)?{METRIC_NOUN}|\s+(?:or|and|nor)\s+{METRIC_NOUN})*)\b|\b(?:no|neither)\s+{MODIFIERS}(?P<nouns3>{METRIC_NOUN}(?:\s*,\s*(?:or\s+|and\s+)?{METRIC_NOUN}|\s+(?:or|and|nor)\s+{METRIC_NOUN})*)(?:\s+for\s+(?:[\w-]+\s+){{0,2}}?(?:offenses|offences|crimes|trafficking))?\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:reported|recorded|secured|obtained|achieved|initiated|opened|filed|brought|launched|conducted|pursued|undertaken|registered|handed\s+down)|(?:(?:have|has|had)\s+)?(?:occurred|took\s+place))\b"
    )
);

// "did not achieve a single trafficking conviction": one noun, with a verb of getting.
lazy_regex!(
    pub(super) ZERO_A_SINGLE,
    format!(
        r"(?i)\b(?:did\s+not|failed\s+to|(?:has|have|had)\s+not)\s+(?:secure|obtain|achieve|record)[a-z]*\s+a\s+single\s+{MODIFIERS}(?P<noun>investigation|prosecution|conviction)\b"
    )
);

// "compared with no traffickers convicted in 2018": the copula left out after a comparison.
lazy_regex!(
    pub(super) ZERO_NO_ACTORS_COMPARED,
    format!(
    r"(?i)\b(?:{COMPARED_WITH}|from|versus|than)\s+(?P<no>no)\s+(?:{ACTOR_MODIFIER}\s+){{0,3}}(?P<noun>traffickers|offenders|suspects|perpetrators|defendants|cases)\s+(?P<verbs>[a-z]+ed)\b"
    )
);

lazy_regex!(
    pub(super) ZERO_NO_VICTIMS,
    r"(?i)\bno\s+(?:[\w-]+\s+){0,2}?victims\s+(?:were|was|had\s+been|have\s+been)\s+(?:officially\s+|formally\s+)?(?P<verb>identified|referred|assisted|repatriated|sheltered)\b"
);

// "did not report any victims identified or referred to care", "reported no traffickers
// convicted", "there were no victims identified": none reported of the people an act was done
// to, the act told by its participle after them.
lazy_regex!(
    pub(super) ZERO_REPORTED_NONE,
    r"(?i)\b(?:(?:did|does|has|have|had)\s+not\s+report\s+any|failed\s+to\s+report\s+any|not\s+reporting\s+any|reported\s+no|there\s+(?:were|was)\s+no)\s+(?P<obj>(?:[\w-]+\s+){0,2}?(?:victims|traffickers|offenders|suspects|perpetrators|defendants|cases))\s+(?P<verbs>(?:identified|referred|assisted|repatriated|sheltered|investigated|prosecuted|convicted)(?:\s*,?\s*(?:or|and|nor)\s+(?:identified|referred|assisted|repatriated|sheltered|investigated|prosecuted|convicted))*)\b"
);

// "No traffickers were convicted", "no officials were trained", "no one was convicted".
lazy_regex!(
    pub(super) ZERO_NO_ACTORS,
    format!(
    r"(?i)\bno\s+(?:{ACTOR_MODIFIER}\s+){{0,3}}(?P<noun>traffickers|offenders|suspects|perpetrators|defendants|cases|officials|officers|police|judges|prosecutors|one)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:ever\s+|yet\s+)?(?P<verbs>[a-z]+(?:\s*,\s*(?:or\s+|and\s+|nor\s+)?[a-z]+|\s+(?:or|and|nor)\s+[a-z]+)*)"
    )
);

/// Words that may stand before the people or cases of "no ... were convicted": "no alleged
/// sex traffickers", "no labor trafficking cases".
const ACTOR_MODIFIER: &str =
    r"(?:trafficking|human|suspected|alleged|criminal|new|sex|labou?r|child|forced|potential)";

/// Adverbs that keep a denial whole ("did not criminally prosecute complicit officials");
/// others make it a matter of degree ("did not vigorously prosecute offenders").
const WHOLE_ADVERB: &str = r"(?:criminally|formally|officially|successfully)";
/// The people or cases a denial with no "any" may count, in the plural.
const BARE_PLURAL: &str = r"(?:traffickers|offenders|suspects|perpetrators|defendants|officials|victims|cases|acts|individuals|persons|crimes|offenses|offences)";
// "did not prosecute or convict suspected traffickers or identify victims in 2015", "did not
// prosecute or convict, officials who were complicit", "did not report investigating,
// prosecuting, or convicting individuals for slavery", "failed to prosecute or obtain
// convictions for trafficking offenders": a denial of a bare plural.
lazy_regex!(
    pub(super) ZERO_BARE,
    format!(
        r"(?i)\b(?:(?:did|does|do|has|have|had)\s+not(?:\s+report)?|failed\s+to)\s+(?:{WHOLE_ADVERB}\s+)?(?P<verbs>(?:{VERB}|{GETS_METRIC})(?:\s*,\s*(?:or\s+|and\s+|nor\s+)?(?:{VERB}|{GETS_METRIC})|\s+(?:or|and|nor)\s+(?:{VERB}|{GETS_METRIC}))*)\s*,?\s+(?P<obj>(?:(?:[\w-]+\s+){{0,3}}?|(?:[\w-]+\s+){{1,3}}?(?:or|and)\s+(?:[\w-]+\s+){{0,3}}?){BARE_PLURAL})\b"
    )
);
// "... or identify victims", "..., nor did authorities report proactively identifying victims":
// a denied verb with a bare plural of its own, joined after.
lazy_regex!(
    pub(super) OR_BARE,
    format!(
        r"(?i)^\s*,?\s*(?:or|and|nor(?:\s+did\s+(?:it|they|(?:the\s+)?(?:government|authorities|officials|police))(?:\s+report)?)?)\s+(?:{ADVERB}\s+)?(?P<verb>{VERB}(?:\s*,\s*(?:or\s+|and\s+)?{VERB}|\s+(?:or|and)\s+{VERB})*)\s+(?P<obj>(?:[\w-]+\s+){{0,2}}?{BARE_PLURAL})\b"
    )
);

// "there were no reports of victims assisted or trafficking offenders prosecuted and punished".
lazy_regex!(
    pub(super) NO_REPORTS_OF,
    r"(?i)\bno\s+reports?\s+of\s+(?P<items>[^;.()]{1,160})"
);

/// What is given to victims in their care.
const CARE: &str = r"(?:care|assistance|services|shelter|protection|support)";
// "did not provide care to any victims", "did not provide any protection services to trafficking
// victims", "did not report providing services to any of the 26 potential victims", "did not
// report referring or otherwise providing protective services to any trafficking victims",
// "did not identify or provide shelter to any victims", "did not provide shelter or other
// services to any victims",
// "did not provide or fund any shelter for victims", "did not provide any protective services"
// (its clause ending there). Without "any" the care is judged, not denied ("did not provide or
// fund protective services to victims").
lazy_regex!(
    pub(super) ZERO_CARE,
    format!(
        r"(?i)\b(?:(?:did|does|has|have|had)\s+not|failed\s+to)\s+(?:report\s+)?(?:[a-z]+(?:\s*,\s*[a-z]+){{0,3}},?\s+(?:or|and)\s+(?:otherwise\s+)?)?(?:provid(?:e|ed|ing)|offer(?:ed|ing)?)(?:\s+(?:or|and)\s+(?:fund|financ|support)[a-z]*)?\s+(?:(?:any\s+(?:[\w-]+\s+){{0,2}}?{CARE}\s+(?:to|for)\s+(?:any\s+)?|(?:[\w-]+\s+){{0,2}}?(?:{CARE}\s+(?:or|and)\s+(?:other\s+)?)?{CARE}\s+(?:to|for)\s+any\s+(?:of\s+the\s+[\d,]+\s+)?)(?:[\w-]+\s+(?:(?:or|and)\s+[\w-]+\s+)?){{0,2}}?(?:victims|survivors)\b|any\s+(?:protective|protection|victim)\s+{CARE}\s*(?:[,;.]|$))"
    )
);

// "did not assist or facilitate the repatriation of any trafficking victims".
lazy_regex!(
    pub(super) ZERO_REPATRIATION,
    r"(?i)\b(?:(?:did|does|has|have|had)\s+not|failed\s+to)\s+(?:[a-z]+\s+){0,3}?the\s+repatriation\s+of\s+any\s+(?:[\w-]+\s+){0,2}?(?:victims|survivors)\b"
);

// "or providing any suspected victims protective services", "provide any victims with shelter",
// "or provide any services to adult victims": care given to victims, in a clause denied before.
lazy_regex!(
    ZERO_CARE_GIVEN_VICTIMS,
    format!(
        r"(?i)\b(?:provid(?:e|ed|ing)|offer(?:ed|ing)?)\s+any\s+(?:(?:[\w-]+\s+){{0,2}}?(?:victims|survivors)\s+(?:with\s+)?(?:[\w-]+\s+){{0,2}}?{CARE}|(?:[\w-]+\s+){{0,2}}?{CARE}\s+(?:to|for)\s+(?:[\w-]+\s+){{0,2}}?(?:victims|survivors))\b"
    )
);

// "did not identify any victims or provide any services to them", "did not report referring
// any victims to care or directly providing such support": care denied in a later conjunct.
lazy_regex!(
    ZERO_CARE_JOINED,
    format!(
        r"(?i)\b(?:or|nor)\s+(?:(?:directly|otherwise)\s+)?(?:provid(?:e|ing)|offer(?:ing)?)\s+(?:(?:any|such)\s+(?:[\w-]+\s+)?{CARE}\b|(?:(?:protective|protection|victim)\s+)?{CARE}\s+(?:to|for)\s+(?:them\b|(?:any\s+)?(?:[\w-]+\s+){{0,2}}?(?:victims|survivors)\b))"
    )
);

// "investigated no suspects", "identified no victims", "prosecuted or convicted no officials".
lazy_regex!(
    pub(super) ZERO_VERB_NO,
    format!(
        r"(?i)\b(?P<verbs>{VERB}(?:\s*,\s*(?:or\s+|and\s+)?{VERB}|\s+(?:or|and|nor)\s+{VERB})*)\s+no\s+(?P<obj>(?:[\w-]+\s+){{0,3}}?(?:traffickers|offenders|suspects|perpetrators|defendants|cases|crimes|offenses|offences|victims|officials|individuals|persons|people|children|adults|workers|women|men|employers|recruiters|one))\b"
    )
);

crate::lazy_cues!(
    pub(super) COMPLICITY,
    &[
        "complicit",
        "complicity",
        "government employees",
        "officials for"
    ]
);

lazy_regex!(
    pub(super) NONE_COMPARED,
    format!(
    r"(?i)\b(?:{COMPARED_WITH}|(?:up\s+)?from|versus|vs\.?|than)\s+(?:none|zero)\b|(?:\band|,)\s+(?:none|zero)\s+(?:(?:in|during)\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d\s+(?:to|through)\s+(?:19|20)\d\d|between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d)\b"
    )
);

pub(super) fn zeros(cx: &SentenceCtx<'_>, rule: &str, out: &mut Found) {
    let text = cx.text;
    let first = out.len();
    zeros_in(cx, rule, out, cx.negations());
    // Zeros about complicit officials count another population than the year's cases: those
    // whose own clause speaks of complicity say so in their subject. Only officials are
    // investigated, prosecuted or convicted: a zero of victims stays the year's.
    if out.len() > first && COMPLICITY.any_in(text) {
        for (pos, event) in &mut out[first..] {
            if let Fact::Statistic {
                subject, metric, ..
            } = &mut event.fact
            {
                if is_enforcement_metric(*metric) && complicit_around(text, *pos) {
                    *subject = Some(COMPLICIT_OFFICIALS.to_string());
                }
            }
        }
    }
}

/// Whether the clause around `pos`, up to a contrast on either side, speaks of complicity.
pub(super) fn complicit_around(text: &str, pos: usize) -> bool {
    let (cs, ce) = clause(text, pos);
    let before = &text[cs..pos];
    // A contrast or ", nor did it ..." opens a clause of its own.
    let start = before
        .match_indices(", ")
        .map(|(i, _)| i)
        .filter(|&i| contrast_at(&before[i..]) == 0 || before[i + 2..].starts_with("nor "))
        .last()
        .map_or(cs, |i| cs + i);
    // "... any complicit officials, and did not report any convictions": nor a clause of its
    // own before it, after a comma.
    let mut start = start;
    let mut from = start;
    while let Some(at) = crate::rules::context::finite_conjunct(&text[from..pos]) {
        if text[..from + at].ends_with(',') {
            start = from + at;
        }
        from += at + 5;
    }
    // "... of officials complicit in trafficking and it had not prosecuted any traffickers":
    // a subject of its own opens a clause, comma or not.
    if let Some(at) = own_subject_conjunct(&text[start..pos]) {
        start += at;
    }
    let end = pos + contrast_at(&text[pos..ce]);
    // "... suspected offenders, nor did it investigate ... complicit officials": the clause
    // of its own after it.
    let end = text[pos..end].find(", nor ").map_or(end, |i| pos + i);
    // "did not secure convictions of any traffickers—including cases that involved complicit
    // officials": the part included is not the zero's population.
    let end = text[pos..end]
        .match_indices("including")
        .find(|(i, _)| {
            text[pos..pos + i]
                .trim_end()
                .ends_with([',', '—', '-', '('])
        })
        .map_or(end, |(i, _)| pos + i);
    // "has failed to convict a trafficker, and did not report ... complicit police officers": a
    // clause of its own after a comma.
    let end = crate::rules::context::finite_conjunct(&text[pos..end])
        .filter(|&at| text[..pos + at].ends_with(','))
        .map_or(end, |at| pos + at);
    // "It did not prosecute any traffickers, ..., cases involving complicit officials remained
    // open, and ...": a part between commas with a copula of its own is a clause of its own.
    let mut at = start;
    text[start..end].split(',').any(|part| {
        let (from, to) = (at, at + part.len());
        at = to + 1;
        COMPLICITY.any_in(part) && ((from..=to).contains(&pos) || !has_own_copula(part))
    })
}

/// Where the last conjunct of `text` opened by "and" and a subject pronoun of its own ("and it
/// had not", "and they did not") starts.
fn own_subject_conjunct(text: &str) -> Option<usize> {
    ["and it ", "and they "]
        .iter()
        .filter_map(|c| text.rfind(c))
        .filter(|&at| text[..at].ends_with(' '))
        .max()
}

/// Whether a part of a sentence between commas has a copula of its own after its first word
/// ("cases involving complicit officials remained open"), not a relative clause's ("officials
/// who were allegedly complicit").
fn has_own_copula(part: &str) -> bool {
    for w in part.split_whitespace().skip(1) {
        if crate::pattern::is_one_of(w, RELATIVE_PRONOUNS) {
            return false;
        }
        if crate::pattern::is_one_of(w, CLAUSE_COPULAS) {
            return true;
        }
    }
    false
}

/// Words that join a second verb or object to a denied one.
const JOINING: [&str; 4] = ["and", "or", "nor", "but"];

/// The zeros of one sentence, complicity aside.
pub(super) fn zeros_in(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    negations: crate::rules::Negations,
) {
    let text = cx.text;
    let first = out.len();
    let not = negations.has("not ") || negations.has("not, ");
    let no = negations.has("no ");
    let did_not =
        not || negations.has("failed") || negations.has("unable") || negations.has("yet to ");
    let neither = negations.has("neither ");
    let has_none = negations.has("none");
    if !(did_not || no || neither || has_none || negations.has("never")) {
        return;
    }
    // Each pattern needs a word the sentence may lack; a byte search is cheaper than the pattern.
    let efforts = contains_ci(text, "efforts")
        || contains_ci(text, "no action")
        || contains_ci(text, "any action");
    let victims = contains_ci(text, "victims");
    let metric_nouns = ["investigation", "prosecution", "conviction"]
        .iter()
        .any(|n| contains_ci(text, n));
    let denied = Denied {
        cx,
        rule,
        text,
        negations,
        not,
        no,
        did_not,
        neither,
        has_none,
        efforts,
        victims,
        metric_nouns,
    };
    let metric_denials = denied_verb_zeros(&denied, out);
    nor_zeros(&denied, out, &metric_denials);
    other_verb_zeros(&denied, out, &metric_denials);
    bare_plural_zeros(&denied, out);
    unreported_zeros(&denied, out);
    never_zeros(&denied, out);
    none_zeros(&denied, out);
    care_zeros(&denied, out);
    training_zero(&denied, out);
    no_noun_zeros(&denied, out);
    a_single_zeros(&denied, out);
    verb_no_zeros(&denied, out);
    no_actor_zeros(&denied, out);
    reported_none_zeros(&denied, out);
    // "did not report whether it investigated, prosecuted, or convicted any traffickers": what
    // the clause after "whether" tells is unknown, and no information is no zero.
    crate::lazy_regex!(
        NOT_TOLD_WHETHER,
        r"(?i)\b(?:(?:did|does|do|has|have|had)\s+not|failed\s+to)\s+(?:report|indicate|say|specify|disclose|state|clarify|confirm)\s+(?:whether|if)\b"
    );
    if did_not && (contains_ci(text, "whether") || contains_ci(text, " if ")) {
        for m in NOT_TOLD_WHETHER.find_iter(text) {
            let unknown = m.start()..clause(text, m.end()).1;
            let mut at = first;
            while at < out.len() {
                match unknown.contains(&out[at].0) {
                    true => drop(out.remove(at)),
                    false => at += 1,
                }
            }
        }
    }
    // "has not prosecuted a case since 2016": read by the denial and by the span alike, once.
    let mut i = first;
    while i < out.len() {
        if out[first..i].contains(&out[i]) {
            out.remove(i);
        } else {
            i += 1;
        }
    }
}

/// A sentence with a denial, and the words its zero patterns need, read once.
#[derive(Clone, Copy)]
struct Denied<'s, 't> {
    cx: &'s SentenceCtx<'t>,
    rule: &'s str,
    text: &'t str,
    negations: crate::rules::Negations,
    not: bool,
    no: bool,
    did_not: bool,
    neither: bool,
    has_none: bool,
    efforts: bool,
    victims: bool,
    metric_nouns: bool,
}

/// Zeros of the verbs a denial takes ("did not prosecute or convict any traffickers"), with the
/// verbs and nouns joined after them; where each denial starts.
fn denied_verb_zeros(d: &Denied<'_, '_>, out: &mut Found) -> Vec<usize> {
    let Denied {
        cx,
        rule,
        text,
        did_not,
        neither,
        ..
    } = *d;
    let mut metric_denials = Vec::new();
    let did_not_matches = (did_not || neither)
        .then(|| did_not_matches(text))
        .into_iter()
        .flatten();
    for m in did_not_matches {
        metric_denials.push(m.start());
        let (verbs, obj) = split_object(m.as_str());
        // "did not report prosecuting any traffickers or identifying any victims": the
        // object ends where another denied verb joins.
        let from = m.start() + verbs.len();
        let rest = &text[from..clause(text, from).1];
        let rest = &rest[..contrast_at(rest)];
        let others: Vec<_> = ZERO_OR_ANOTHER.captures_iter(rest).collect();
        let obj = others
            .first()
            .and_then(|c| obj.get(..c.get(0)?.start()))
            .unwrap_or(obj);
        let obj = noun_after_joined_modifiers(text, from, obj);
        push_denied(cx, rule, out, verbs, obj, m.start());
        for c in OR_NOUNS.captures_iter(rest) {
            let m = c.get(0).expect("group 0");
            // "nor initiate any investigations": read with its object below.
            let read =
                |o: &crate::pattern::Captures<'_>| o.get(0).is_some_and(|r| r.start() == m.start());
            if !others.iter().any(read) {
                push_nouns(cx, rule, out, &c["nouns"], from + m.start());
            }
        }
        for c in &others {
            // Placed at its own verb: a phrase opening its conjunct is its ("or, for the
            // third consecutive year, identifying any victims").
            let at = from + c.name("verb").map_or(0, |v| v.start());
            push_listed_denied(cx, rule, out, &c["verb"], &c["obj"], at);
        }
    }
    metric_denials
}

/// Zeros joined by "nor" to a denial of no metric.
fn nor_zeros(d: &Denied<'_, '_>, out: &mut Found, metric_denials: &[usize]) {
    let Denied {
        cx,
        rule,
        text,
        neither,
        ..
    } = *d;
    // "neither demonstrated proactive efforts nor identified or referred any victims": zeros
    // joined by "nor" to a denial of no metric.
    if let Some(at) = neither
        .then(|| crate::pattern::find_ci(text, "neither ", 0))
        .flatten()
        .filter(|at| !metric_denials.contains(at))
    {
        let from = at + "neither ".len();
        let rest = &text[from..clause(text, from).1];
        for o in ZERO_OR_ANOTHER.captures_iter(rest) {
            let joined = o.get(0).expect("group 0").as_str().trim_start();
            if joined
                .get(..4)
                .is_some_and(|w| w.eq_ignore_ascii_case("nor "))
            {
                let at = from + o.name("verb").map_or(0, |v| v.start());
                push_listed_denied(cx, rule, out, &o["verb"], &o["obj"], at);
            }
        }
    }
}

/// Zeros joined after a denied verb of no metric ("did not investigate or prosecute foreign
/// crewmen ..., or identify or assist any victims").
fn other_verb_zeros(d: &Denied<'_, '_>, out: &mut Found, metric_denials: &[usize]) {
    let Denied {
        cx,
        rule,
        text,
        not,
        ..
    } = *d;
    for c in captures_when(not && contains_ci(text, " any "), &ZERO_OTHER_VERB, text) {
        let m = c.get(0).expect("group 0");
        // A verb of reporting denies no act of its own, nor one of effort that the efforts'
        // denial reads ("did not make any efforts to ..."); "did not make any law enforcement
        // efforts or identify any victims" still denies the act joined after it.
        let verb = &c["verb"];
        let efforts_read = || {
            ["demonstrate", "make", "made", "show"]
                .iter()
                .any(|v| verb.eq_ignore_ascii_case(v))
                && efforts_to(&text[m.end()..])
        };
        if metric_denials.contains(&m.start())
            || verb.eq_ignore_ascii_case("report")
            || efforts_read()
        {
            continue;
        }
        // "did not investigate or prosecute foreign crewmen ..., or identify or assist any
        // victims": a metric verb with no "any" is no zero, the conjuncts after it may be,
        // unless the denial is read as zeros of a bare plural below.
        let metric_verb = metric_of_word(verb).is_some();
        let bare = || {
            ZERO_BARE
                .find_at(text, m.start())
                .is_some_and(|b| b.start() == m.start())
        };
        if verb.eq_ignore_ascii_case("any") || (metric_verb && bare()) {
            continue;
        }
        // Up to the next denial of a metric verb, which is read on its own.
        let end = metric_denials
            .iter()
            .copied()
            .find(|&d| d > m.start())
            .unwrap_or(text.len())
            .min(clause(text, m.end()).1)
            .max(m.end());
        let rest = &text[m.end()..end];
        let rest = &rest[..contrast_at(rest)];
        let denied_any = !metric_verb && starts_with_ci(rest.trim_start(), "any ");
        if let Some(obj) = brought_to_prosecution(rest).filter(|_| denied_any) {
            push_zero(
                cx,
                rule,
                out,
                Metric::Prosecutions,
                subject_of(obj),
                m.start(),
            );
        }
        for o in ZERO_OR_ANOTHER.captures_iter(rest) {
            // "..., or identify any victims among the vulnerable Haitian population": none
            // among some only, read from its own verb.
            let at = m.end() + o.name("verb").map_or(0, |v| v.start());
            if none_among_some(cx, at, clause(text, at).1) {
                continue;
            }
            push_listed_denied(cx, rule, out, &o["verb"], &o["obj"], m.start());
        }
    }
}

/// Whether the words after a verb of effort name efforts or actions to do something ("any
/// efforts to", "sufficient efforts to"): the acts are the efforts', not denied on their own.
fn efforts_to(after: &str) -> bool {
    let mut words = after.split_whitespace().take(7).peekable();
    while let Some(w) = words.next() {
        let effort = ["effort", "action"].iter().any(|e| starts_with_ci(w, e));
        if effort && words.peek().is_some_and(|n| n.eq_ignore_ascii_case("to")) {
            return true;
        }
    }
    false
}

/// Whether a word read by a metric verb's stem is the noun of the act ("repatriation",
/// "referral").
fn is_a_noun_of_an_act(word: &str) -> bool {
    const NOUN_ENDINGS: [&str; 8] = ["ion", "ions", "ance", "ances", "al", "als", "ment", "ments"];
    let word = word.to_ascii_lowercase();
    NOUN_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Zeros of a denied act done to a bare plural ("did not prosecute traffickers").
fn bare_plural_zeros(d: &Denied<'_, '_>, out: &mut Found) {
    let Denied {
        cx,
        rule,
        text,
        negations,
        not,
        ..
    } = *d;
    for c in captures_when(not || negations.has("failed"), &ZERO_BARE, text) {
        let m = c.get(0).expect("group 0");
        let obj = c.name("obj").expect("obj");
        // "did not report repatriation assistance provided to victims": the noun of an act
        // naming the care told, no act denied.
        let care_named =
            obj.as_str().split_whitespace().next().is_some_and(|w| {
                crate::pattern::is_one_of(w, crate::rules::lexicon::CARE_GIVEN_TO)
            });
        if care_named && c["verbs"].split([' ', ',']).any(is_a_noun_of_an_act) {
            continue;
        }
        // "did not report sentences for convicted traffickers": no denied act of a metric.
        let Some(own_obj) = own_bare_object(obj.as_str())
            .filter(|_| !verb_metrics(&c["verbs"]).is_empty())
            .filter(|_| bare_plural_counts(obj.as_str(), &text[obj.end()..]))
        else {
            continue;
        };
        push_denied(cx, rule, out, &c["verbs"], own_obj, m.start());
        if let Some(o) = OR_BARE.captures(&text[obj.end()..]) {
            let other = o.name("obj").expect("obj");
            if let Some(own) = own_bare_object(other.as_str())
                .filter(|_| bare_plural_counts(other.as_str(), &text[obj.end() + other.end()..]))
            {
                // Placed at its own verb: ", nor did it prosecute complicit officials" is a
                // clause of its own.
                let at = obj.end() + o.name("verb").map_or(0, |v| v.start());
                push_denied(cx, rule, out, &o["verb"], own, at);
            }
        }
        // "did not investigate or punish traffickers, ..., nor did it identify any victims".
        let from = obj.end();
        let rest = &text[from..clause(text, from).1];
        for o in ZERO_OR_ANOTHER.captures_iter(&rest[..contrast_at(rest)]) {
            let at = from + o.name("verb").map_or(0, |v| v.start());
            push_listed_denied(cx, rule, out, &o["verb"], &o["obj"], at);
        }
    }
}

/// Whether `text` holds ", and " that joins a clause, not the last item of a list of names
/// ("authorities in Bonaire, St. Eustatius, and Saba").
fn joins_a_clause(text: &str) -> bool {
    text.match_indices(", and ").any(|(at, _)| {
        let mut items = text[..at].rsplit(',');
        let names = |item: &str| {
            let words: Vec<&str> = item.split_whitespace().collect();
            // Not an item that ended a list before ("Omar, and Sara, and ...").
            (1..=3).contains(&words.len())
                && !words[0].eq_ignore_ascii_case("and")
                && words
                    .last()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        };
        let (last, before) = (items.next(), items.next());
        let next = text[at + 6..].split_whitespace().next().unwrap_or("");
        !(last.is_some_and(names)
            && before.is_some_and(|b| {
                b.split_whitespace()
                    .last()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            })
            && next.starts_with(|c: char| c.is_ascii_uppercase()))
    })
}

/// Zeros of acts reported as not done ("reported no efforts to investigate", "did not report
/// investigating ... offenders").
fn unreported_zeros(d: &Denied<'_, '_>, out: &mut Found) {
    let Denied {
        cx,
        rule,
        text,
        not,
        no,
        did_not,
        efforts,
        ..
    } = *d;
    // "reported no efforts to investigate", "did not report investigating ... offenders".
    let no_efforts = captures_when(efforts && (no || did_not), &ZERO_NO_EFFORTS, text);
    let unreported = captures_when(
        not && contains_ci(text, "not report"),
        &ZERO_NOT_REPORTED,
        text,
    );
    for c in no_efforts.chain(unreported) {
        let m = c.get(0).expect("group 0");
        let obj = c.name("obj").map_or("", |o| o.as_str());
        // "... efforts to prosecute any offenders, or identify or assist any victims": each
        // denied verb joined after the object takes its own.
        let from = c.name("verbs").map_or(m.end(), |v| v.end());
        let rest = &text[from..clause(text, from).1];
        let rest = &rest[..contrast_at(rest)];
        // Infinitives only: "..., and convicted 12 traffickers" is no denied verb.
        let infinitive = |o: &crate::pattern::Captures<'_>| {
            let first = o["verb"].split_whitespace().next().unwrap_or("");
            !first.ends_with("ed") && !first.ends_with("ing")
        };
        let others: Vec<_> = OR_INFINITIVE
            .captures_iter(rest)
            .filter(infinitive)
            .collect();
        let obj = others
            .first()
            .and_then(|o| (from + o.get(0)?.start()).checked_sub(c.name("obj")?.start()))
            .and_then(|len| obj.get(..len))
            .unwrap_or(obj);
        for o in &others {
            // "or investigate the persistent reports": things told before, no count denied.
            if names_things_told(&o["obj"]) {
                continue;
            }
            let at = from + o.name("verb").map_or(0, |v| v.start());
            push_listed_denied(cx, rule, out, &o["verb"], &o["obj"], at);
        }
        // "did not report sentencing data of convicted traffickers": a modifier, no act.
        let verbs = c.name("verbs").map_or("", |v| v.as_str());
        if verbs.eq_ignore_ascii_case("sentencing")
            && obj.split(' ').next().is_some_and(|w| {
                crate::pattern::is_one_of(w, crate::rules::lexicon::SENTENCING_HEADS)
            })
        {
            continue;
        }
        // "did not report identifying or assisting trafficking victims": victims for a
        // victim metric, offenders for an enforcement one.
        let victims = names_victims(obj);
        for metric in verb_metrics(verbs) {
            let fits = match victims {
                true => is_victim_metric(metric),
                false => is_enforcement_metric(metric),
            };
            if fits {
                push_zero(cx, rule, out, metric, subject_of(obj), m.start());
            }
        }
    }
}

/// Zeros of acts never done, or not done since a year ("has never convicted a trafficker").
fn never_zeros(d: &Denied<'_, '_>, out: &mut Found) {
    let Denied {
        cx,
        rule,
        text,
        negations,
        not,
        ..
    } = *d;
    // "has never convicted a trafficking offender", "has yet to convict a trafficker"
    let never = captures_when(negations.has("never"), &ZERO_NEVER, text);
    let yet_to = captures_when(negations.has("yet to "), &ZERO_YET_TO_ONE, text);
    let not_since = captures_when(not && contains_ci(text, " since "), &ZERO_NOT_SINCE, text);
    for c in never.chain(yet_to).chain(not_since) {
        let m = c.get(0).expect("group 0");
        let obj = c.name("obj").map_or("", |o| o.as_str());
        // "has never obtained a conviction for labor trafficking": none of one kind.
        if c.name("obj")
            .is_some_and(|o| of_one_kind(&text[o.start()..]))
        {
            continue;
        }
        // "never" holds up to the time of the telling: a year elsewhere in the sentence ("the
        // last prosecution in 2015", "since 2015") is another fact's.
        let told = year_of_telling(cx);
        let verbs = c.name("verbs").map_or("", |v| v.as_str());
        for metric in denied_metrics(verbs, obj) {
            if is_enforcement_metric(metric) && !names_victims(obj) {
                let date = told.map(PartialDate::year);
                let zero = (metric, subject_of(obj));
                push_zero_dated(cx, rule, out, zero, m.start(), date, false);
            }
        }
    }
}

/// Zeros told by "none" ("convicted none", "none were convicted").
fn none_zeros(d: &Denied<'_, '_>, out: &mut Found) {
    let Denied {
        cx,
        rule,
        text,
        has_none,
        ..
    } = *d;
    // "convicted none", "none were convicted", "none resulted in convictions".
    let verb_none = captures_when(has_none, &ZERO_VERB_NONE, text);
    let none_done = captures_when(has_none, &ZERO_NONE_DONE, text);
    for c in verb_none.chain(none_done) {
        let m = c.get(0).expect("group 0");
        // "None of the 14 victims were repatriated": read with the count it takes none of.
        if m.as_str().bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let metrics = match (c.name("verbs"), c.name("noun")) {
            (Some(v), _) => verb_metrics(v.as_str()),
            (None, Some(n)) => n
                .as_str()
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter_map(metric_of_word)
                .collect(),
            (None, None) => Vec::new(),
        };
        // "investigating 22 cases in 2017, although none of these led to prosecution": none of
        // what the clause before counted, of its date.
        let of_count_before = crate::pattern::starts_with_ci(m.as_str(), "none of")
            .then(|| {
                let t = cx.times().iter().rev().find(|t| t.end <= m.start())?;
                let between = &text[t.end..m.start()];
                (between.len() < 40 && !between.contains([';', '('])).then_some(())?;
                cx.resolve(t).point()
            })
            .flatten();
        for metric in metrics {
            match of_count_before {
                Some(date) => {
                    push_zero_dated(cx, rule, out, (metric, None), m.start(), Some(date), false)
                }
                None => push_zero(cx, rule, out, metric, None, m.start()),
            }
        }
    }
}

/// Zeros of care or repatriation denied to victims.
fn care_zeros(d: &Denied<'_, '_>, out: &mut Found) {
    let Denied {
        cx,
        rule,
        text,
        did_not,
        victims,
        ..
    } = *d;
    if did_not && victims {
        let given_victims = || {
            ZERO_CARE_GIVEN_VICTIMS.find(text).filter(|m| {
                let before = &text[clause(text, m.start()).0..m.start()];
                let before = crate::rules::context::last_conjunct(before);
                ["not ", "failed to", "never "]
                    .iter()
                    .any(|w| contains_ci(before, w))
            })
        };
        // Joined to a denial of what was done to victims ("did not identify any victims or
        // ...", "did not report referring any victims to care or ...").
        let joined = || {
            ZERO_CARE_JOINED.find(text).filter(|m| {
                // "or provide any other assistance": only others besides what was told; "or
                // provide care for victims in its designated shelter": care in one place.
                let in_one_place = [" in ", " at "].iter().any(|p| {
                    text[m.end()..].strip_prefix(p).is_some_and(|place| {
                        place.split_whitespace().take(4).any(|w| {
                            crate::pattern::is_one_of(
                                trim_word(w),
                                crate::rules::lexicon::CARE_PLACES,
                            )
                        })
                    })
                });
                if contains_ci(m.as_str(), " other ") || in_one_place {
                    return false;
                }
                let before = &text[clause(text, m.start()).0..m.start()];
                ["not ", "failed to", "never "]
                    .iter()
                    .any(|w| contains_ci(before, w))
                    && contains_ci(before, "victims")
            })
        };
        if let Some(m) = ZERO_CARE.find(text).or_else(given_victims).or_else(joined) {
            // "did not provide any repatriation assistance to victims": none repatriated.
            let metric = match contains_ci(m.as_str(), "repatriation") {
                true => Metric::VictimsRepatriated,
                false => Metric::VictimsAssisted,
            };
            push_zero(cx, rule, out, metric, Some("victims".into()), m.start());
        }
        if let Some(m) = ZERO_REPATRIATION.find(text) {
            push_zero(
                cx,
                rule,
                out,
                Metric::VictimsRepatriated,
                Some("victims".into()),
                m.start(),
            );
        }
    }
}

/// The zero of officials trained.
fn training_zero(d: &Denied<'_, '_>, out: &mut Found) {
    let Denied {
        cx,
        rule,
        text,
        no,
        did_not,
        ..
    } = *d;
    if (did_not || no) && contains_ci(text, "train") {
        if let Some(m) = ZERO_TRAINING
            .find(text)
            .filter(|m| !training_on_another_topic(&text[m.end()..]))
            .filter(|m| !training_judged_by_amount(m.as_str()))
        {
            push_zero(cx, rule, out, Metric::OfficialsTrained, None, m.start());
        }
    }
}

/// Zeros told by "no" before metric nouns ("no investigations or prosecutions").
fn no_noun_zeros(d: &Denied<'_, '_>, out: &mut Found) {
    let Denied {
        cx,
        rule,
        text,
        negations,
        no,
        did_not,
        neither,
        metric_nouns,
        ..
    } = *d;
    let no_nouns = metric_nouns && (no || did_not || neither || negations.has("never"));
    for c in captures_when(no_nouns, &ZERO_NO_NOUN, text) {
        // Dated from the zero itself, past any comparison before it.
        let m = c.name("no").unwrap_or_else(|| c.get(0).expect("group 0"));
        let nouns = c
            .name("nouns")
            .or(c.name("nouns2"))
            .or(c.name("nouns3"))
            .map_or("", |n| n.as_str());
        // "The suspect had no prior convictions": a person's record, not the year's cases.
        let whole = c.get(0).expect("group 0");
        if held_by_a_person(&text[..whole.start()], whole.as_str()) {
            continue;
        }
        push_nouns(cx, rule, out, nouns, m.start());
        // "did not report any investigations ..., nor did it prosecute any cases".
        if let Some(nouns) = c.name("nouns2") {
            let rest = &text[nouns.end()..clause(text, nouns.end()).1];
            let rest = &rest[..contrast_at(rest)];
            for other in ZERO_OR_ANOTHER.captures_iter(rest) {
                push_listed_denied(cx, rule, out, &other["verb"], &other["obj"], m.start());
            }
            for other in OR_ANY_NOUNS.captures_iter(rest) {
                let at = nouns.end() + other.name("nouns").map_or(0, |n| n.start());
                push_nouns(cx, rule, out, &other["nouns"], at);
            }
        }
    }
}

/// Zeros told as "not a single" case.
fn a_single_zeros(d: &Denied<'_, '_>, out: &mut Found) {
    let Denied {
        cx,
        rule,
        text,
        did_not,
        ..
    } = *d;
    for c in captures_when(
        did_not && contains_ci(text, "a single "),
        &ZERO_A_SINGLE,
        text,
    ) {
        let metric = match c["noun"].to_ascii_lowercase().as_str() {
            "investigation" => Metric::Investigations,
            "prosecution" => Metric::Prosecutions,
            _ => Metric::Convictions,
        };
        push_zero(
            cx,
            rule,
            out,
            metric,
            None,
            c.get(0).expect("group 0").start(),
        );
    }
}

/// Zeros told by a verb and "no" ("identified no victims", "no reports of ...").
fn verb_no_zeros(d: &Denied<'_, '_>, out: &mut Found) {
    let Denied {
        cx, rule, text, no, ..
    } = *d;
    for c in captures_when(no, &ZERO_VERB_NO, text) {
        let m = c.get(0).expect("group 0");
        // "investigated no fewer than 40 cases": a count, not none; "initiated no known
        // prosecutions of traffickers": told by the pattern of denied count nouns.
        let first = c["obj"].split(' ').next().unwrap_or("");
        if ["fewer", "more", "less"]
            .iter()
            .any(|w| first.eq_ignore_ascii_case(w))
            || c["obj"].bytes().any(|b| b.is_ascii_digit())
            || object_metric(&c["obj"]).is_some()
        {
            continue;
        }
        push_denied(cx, rule, out, &c["verbs"], &c["obj"], m.start());
    }
    crate::lazy_finder!(REPORTS_OF, "reports of");
    for c in captures_when(
        no && REPORTS_OF.find(text.as_bytes()).is_some(),
        &NO_REPORTS_OF,
        text,
    ) {
        let m = c.get(0).expect("group 0");
        for (noun, verbs) in reported_items(&c["items"]) {
            push_denied(cx, rule, out, verbs, noun, m.start());
        }
    }
}

/// Zeros told of no people ("no officials were convicted", "no one was prosecuted").
fn no_actor_zeros(d: &Denied<'_, '_>, out: &mut Found) {
    let Denied {
        cx, rule, text, no, ..
    } = *d;
    let actors = captures_when(no, &ZERO_NO_ACTORS, text);
    crate::lazy_finder!(NO, " no ");
    let compared = captures_when(
        no && NO.find(text.as_bytes()).is_some(),
        &ZERO_NO_ACTORS_COMPARED,
        text,
    );
    for c in actors.chain(compared) {
        let m = c.name("no").unwrap_or_else(|| c.get(0).expect("group 0"));
        let noun = c
            .name("noun")
            .map_or("", |n| n.as_str())
            .to_ascii_lowercase();
        // Officials are trained; the others are investigated, prosecuted or convicted.
        let trainees = matches!(
            noun.as_str(),
            "officials" | "officers" | "police" | "judges" | "prosecutors"
        );
        let verbs = c.name("verbs").map_or("", |v| v.as_str());
        // "no defendants were found guilty": convicted.
        let found_guilty = verbs.eq_ignore_ascii_case("found")
            && crate::pattern::starts_with_ci(
                text[c.get(0).map_or(0, |g| g.end())..].trim_start(),
                "guilty",
            );
        // "No one" names nobody in particular.
        let subject = (noun != "one").then(|| noun.clone());
        for metric in verbs
            .split(|ch: char| !ch.is_ascii_alphabetic())
            .filter_map(metric_of_word)
            .chain(found_guilty.then_some(Metric::Convictions))
        {
            let fits = if trainees {
                metric == Metric::OfficialsTrained
            } else {
                is_enforcement_metric(metric)
            };
            if fits {
                push_zero(cx, rule, out, metric, subject.clone(), m.start());
            }
        }
    }
}

/// Zeros reported as none ("reported no victims identified", "no victims were assisted").
fn reported_none_zeros(d: &Denied<'_, '_>, out: &mut Found) {
    let Denied {
        cx,
        rule,
        text,
        no,
        did_not,
        victims,
        ..
    } = *d;
    // Each form needs its words; a byte search is cheaper than the pattern.
    let reported_none = (did_not
        && (contains_ci(text, "report any") || contains_ci(text, "reporting any")))
        || (no
            && ["reported no", "there were no", "there was no"]
                .iter()
                .any(|w| contains_ci(text, w)));
    for c in captures_when(reported_none, &ZERO_REPORTED_NONE, text) {
        let m = c.get(0).expect("group 0");
        // Not "reported no victims identified were charged": the participle names them, the
        // clause's own verb comes after.
        let rest = &text[m.end()..clause(text, m.end()).1];
        let own_verb_after = rest
            .split_whitespace()
            .take(6)
            .any(|w| matches!(w, "were" | "was" | "had" | "have"));
        // "no reports of victims assisted": read with the reports (`NO_REPORTS_OF`).
        let of_reports = c["obj"]
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("of"));
        if !own_verb_after && !of_reports {
            push_denied(cx, rule, out, &c["verbs"], &c["obj"], m.start());
        }
    }
    for c in captures_when(victims && no, &ZERO_NO_VICTIMS, text) {
        let m = c.get(0).expect("group 0");
        if let Some(metric) = metric_of_word(c.name("verb").map_or("", |v| v.as_str())) {
            push_zero(cx, rule, out, metric, Some("victims".into()), m.start());
        }
    }
}

/// Whether a zero's object, in its first words, names one kind of trafficking ("a conviction
/// for labor trafficking", "any cases of sex trafficking"): a zero of that kind alone.
fn of_one_kind(object: &str) -> bool {
    let words: Vec<&str> = object.split_whitespace().take(6).collect();
    words.windows(2).any(|pair| {
        (pair[0].eq_ignore_ascii_case("for") || pair[0].eq_ignore_ascii_case("of"))
            && TRAFFICKING_KINDS
                .iter()
                .any(|k| pair[1].eq_ignore_ascii_case(k))
    })
}

/// The zeros of a list of metric nouns ("investigations or prosecutions").
fn push_nouns(cx: &SentenceCtx<'_>, rule: &str, out: &mut Found, nouns: &str, pos: usize) {
    for noun in nouns
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
    {
        if let Some((_, metric)) = METRIC_NOUNS
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(noun))
        {
            push_zero(cx, rule, out, *metric, None, pos);
        }
    }
}

/// The zeros of denied metric verbs and their object: victims for a victim metric, anyone
/// else for an enforcement one.
pub(super) fn push_denied(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    verbs: &str,
    obj: &str,
    pos: usize,
) {
    let victims = names_victims(obj);
    // "did not initiate any prosecutions": told by the pattern of denied count nouns.
    let any = obj.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("any "));
    // "have yet to identify any as trafficking victims": any of those told before, as "any
    // of them" is, not a count of all.
    if any && obj[4..].split_whitespace().next() == Some("as") {
        return;
    }
    if any && only_opening(verbs) {
        if object_metric(obj).is_some() {
            return;
        }
        // "did not initiate any forced labor or sex trafficking prosecutions": the noun past
        // a longer list of kinds.
        if let Some(metric) = opened_noun_after(cx.text, pos, obj) {
            push_zero(cx, rule, out, metric, subject_of(obj), pos);
            return;
        }
    }
    // "did not investigate, prosecute or, for the third consecutive year, convict any": a
    // verb after a phrase set off for it is placed at itself, so the phrase is its own.
    let aside_end = VERBS_ASIDE.find(verbs).map(|a| a.end());
    for metric in denied_metrics(verbs, obj) {
        let fits = if is_victim_metric(metric) {
            victims
        } else {
            is_enforcement_metric(metric) && !victims
        };
        if fits {
            let at = aside_end
                .and_then(|end| verb_offset(verbs, metric).filter(|&o| o >= end))
                .map_or(pos, |o| pos + o);
            push_zero(cx, rule, out, metric, subject_of(obj), at);
        }
    }
}

lazy_regex!(VERBS_ASIDE, format!(r"(?i)\b(?:or|and|nor){ASIDE}\s*"));

/// Where the first verb of `verbs` telling `metric` starts.
fn verb_offset(verbs: &str, metric: Metric) -> Option<usize> {
    verbs
        .split(|c: char| !c.is_ascii_alphabetic())
        .find(|w| metric_of_word(w) == Some(metric))
        .map(|w| w.as_ptr() as usize - verbs.as_ptr() as usize)
}

/// The metric noun that ends the object `obj` of an opening verb further on, past words of
/// kinds and their links ("any forced labor or sex trafficking prosecutions"), before any
/// preposition or punctuation.
fn opened_noun_after(text: &str, pos: usize, obj: &str) -> Option<Metric> {
    let start = pos + text.get(pos..)?.find(obj)? + obj.len();
    for word in text[start..].split(' ').skip(1).take(4) {
        const PREPOSITIONS: [&str; 9] = [
            "of", "for", "against", "into", "to", "in", "under", "with", "by",
        ];
        let bare = trim_word(word);
        if bare.is_empty()
            || !bare.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
            || PREPOSITIONS.iter().any(|p| bare.eq_ignore_ascii_case(p))
        {
            return None;
        }
        if let Some((_, m)) = METRIC_NOUNS
            .iter()
            .find(|(n, _)| bare.eq_ignore_ascii_case(n))
        {
            return Some(*m);
        }
        if bare.len() < word.len() {
            return None;
        }
    }
    None
}

/// The "people participle(s)" items of a list of what no reports told ("victims assisted or
/// trafficking offenders prosecuted and convicted" → ("victims", "assisted"), ("trafficking
/// offenders", "prosecuted and convicted")); the list ends at the first item of another shape,
/// and a participle of no metric ("punished") ends its item.
fn reported_items(items: &str) -> Vec<(&str, &str)> {
    const PEOPLE: [&str; 7] = [
        "victims",
        "traffickers",
        "offenders",
        "suspects",
        "perpetrators",
        "defendants",
        "cases",
    ];
    let mut found = Vec::new();
    let mut rest = items;
    loop {
        let words: Vec<(usize, &str)> = rest
            .split(' ')
            .scan(0usize, |at, w| {
                let start = *at;
                *at += w.len() + 1;
                Some((start, w))
            })
            .take(8)
            .collect();
        // The people noun, then its participles joined by "and"/"or" until the next item.
        let Some(n) = words
            .iter()
            .position(|(_, w)| PEOPLE.iter().any(|p| trim_word(w).eq_ignore_ascii_case(p)))
        else {
            break;
        };
        let (noun_start, noun_word) = words[n];
        let noun = &rest[..noun_start + noun_word.len()];
        let mut end = noun_start + noun_word.len();
        let mut k = n + 1;
        let mut participles = 0;
        while let Some(&(at, w)) = words.get(k) {
            let w = trim_word(w);
            if w.ends_with("ed") && metric_of_word(w).is_some() {
                participles += 1;
                end = at + w.len();
                k += 1;
            } else if (w == "and" || w == "or")
                && words.get(k + 1).is_some_and(|(_, v)| {
                    let v = trim_word(v);
                    v.ends_with("ed") && metric_of_word(v).is_some()
                })
            {
                k += 1;
            } else {
                break;
            }
        }
        if participles == 0 {
            break;
        }
        found.push((noun.trim(), rest[noun_start + noun_word.len()..end].trim()));
        let tail = rest[end..].trim_start();
        match tail
            .strip_prefix("or ")
            .or_else(|| tail.strip_prefix("and "))
        {
            Some(next) => rest = next,
            None => break,
        }
    }
    found
}

/// The object of a denied verb with no "any", past another verb joined to it ("did not
/// identify and protect trafficking victims" → "trafficking victims"); none when that verb
/// has another tense ("victims it did not identify and classified as ...": it came before).
fn own_bare_object(obj: &str) -> Option<&str> {
    let Some(rest) = obj
        .split_once(' ')
        .filter(|(w, _)| JOINING.iter().any(|j| w.eq_ignore_ascii_case(j)))
        .map(|(_, rest)| rest)
    else {
        return Some(obj);
    };
    let (verb, own) = rest.split_once(' ').unwrap_or((rest, rest));
    (!verb.ends_with("ed")).then_some(own)
}

/// Whether a bare plural after a denied verb counts them all: not "those cases", "many
/// victims" or "victims other than those ..." (some of them), nor "any" ones (read by
/// [`ZERO_DID_NOT`]).
fn bare_plural_counts(obj: &str, after: &str) -> bool {
    // And "as": "did not investigate as trafficking crimes cases of ..." tells how, not what.
    const SOME: [&str; 15] = [
        "any", "a", "an", "the", "those", "these", "such", "many", "most", "some", "all", "its",
        "their", "other", "as",
    ];
    let first = obj.split_whitespace().next().unwrap_or("");
    let restricted = ["among ", "other than ", "at "].iter().any(|w| {
        after
            .trim_start()
            .get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    });
    // "two-thirds of identified victims", "half of the cases": a part, not all. An act of
    // them is no part ("prosecution of trafficking offenders", "investigations of cases").
    let mut words = obj.split_whitespace();
    let act = words.next().is_some_and(is_metric_noun);
    let part = words.next() == Some("of") && !act;
    !SOME.iter().any(|w| first.eq_ignore_ascii_case(w)) && !restricted && !part
}

/// Whether `word` is a noun that is itself a metric ("prosecutions").
fn is_metric_noun(word: &str) -> bool {
    crate::rules::lexicon::METRIC_NOUNS
        .iter()
        .any(|(noun, _)| word.eq_ignore_ascii_case(noun))
}

/// [`push_denied`] for a verb listed after the first denied one: "..., initiate any trafficking
/// prosecutions, ...", which no pattern of denied count nouns reads, is that noun's zero.
/// Whether an object opens with a definite determiner ("the persistent reports", "these
/// allegations"): things told of, not a class of things none of which were done.
fn names_things_told(obj: &str) -> bool {
    const DEFINITE: [&str; 6] = ["the", "these", "those", "this", "that", "such"];
    obj.split_whitespace()
        .next()
        .is_some_and(|w| crate::pattern::is_one_of(w, &DEFINITE))
}

fn push_listed_denied(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    verb: &str,
    obj: &str,
    pos: usize,
) {
    let any = obj.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("any "));
    match object_metric(obj) {
        Some(metric) if any && only_opening(verb) => push_zero(cx, rule, out, metric, None, pos),
        _ => push_denied(cx, rule, out, verb, obj, pos),
    }
}

/// The metrics of denied `verbs` with their object: an opening verb yields to the metric word
/// it opens ("has not initiated a prosecution"), and a verb of no metric takes the object's
/// ("obtained a trafficking conviction").
fn denied_metrics(verbs: &str, obj: &str) -> Vec<Metric> {
    let told = verb_metrics(verbs);
    match object_metric(obj) {
        Some(m) if told.is_empty() || only_opening(verbs) => vec![m],
        _ => told,
    }
}

/// The metric word among the first words of a zero's object ("any new trafficking case
/// investigations": "any" and three modifiers before it).
fn object_metric(obj: &str) -> Option<Metric> {
    obj.split_whitespace().take(5).find_map(metric_of_word)
}

/// Whether every metric verb of `verbs` opens a case ("initiate", "opened").
fn only_opening(verbs: &str) -> bool {
    verbs
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| metric_of_word(w).is_some())
        .all(|w| {
            ["initiat", "open", "institut"]
                .iter()
                .any(|o| w.len() >= o.len() && w[..o.len()].eq_ignore_ascii_case(o))
        })
}

/// The matches of `re` in `text`, or none when a cheaper screen says it holds none.
/// Whether a "had no convictions" is told of a person ("the suspect had no convictions").
fn held_by_a_person(before: &str, found: &str) -> bool {
    const PEOPLE: [&str; 12] = [
        "suspect",
        "suspects",
        "victim",
        "victims",
        "defendant",
        "defendants",
        "trafficker",
        "traffickers",
        "offender",
        "offenders",
        "he",
        "she",
    ];
    let had = ["had ", "has ", "have "].iter().any(|h| {
        found
            .get(..h.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(h))
    });
    had && before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| PEOPLE.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

fn captures_when<'r, 't>(
    screen: bool,
    re: &'r crate::pattern::Pattern,
    text: &'t str,
) -> std::iter::Flatten<std::option::IntoIter<crate::pattern::CaptureMatches<'r, 't>>> {
    screen.then(|| re.captures_iter(text)).into_iter().flatten()
}

/// Whether the object of a zero names victims ("any trafficking victims").
pub(super) fn names_victims(obj: &str) -> bool {
    obj.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        VICTIM_NOUNS.iter().any(|v| w.eq_ignore_ascii_case(v))
    })
}

/// A [`ZERO_DID_NOT`] match cut where its object ("any ...", "a single ...", "a ...") starts: the
/// part before holds the verbs (no other word there is a metric verb), the rest the object.
/// Cheaper than the pattern's capture groups.
/// The matches of [`ZERO_DID_NOT`], each looked for past the words of the last one's
/// object, which end before a conjunction: "did not report prosecuting any traffickers and
/// did not report identifying any victims" holds two.
fn did_not_matches(text: &str) -> impl Iterator<Item = crate::pattern::Match<'_>> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let m = ZERO_DID_NOT.find_at(text, at)?;
        let (verbs, obj) = split_object(m.as_str());
        let own = obj
            .match_indices(' ')
            .map(|(i, _)| i)
            .find(|&i| {
                let next = obj[i + 1..].split(' ').next().unwrap_or("");
                JOINING.contains(&next)
            })
            .unwrap_or(obj.len());
        at = m.start() + verbs.len() + own;
        Some(m)
    })
}

/// The object of "any" brought to prosecution in `rest` ("[any] cases to prosecution"), within
/// a few words and before another joins.
fn brought_to_prosecution(rest: &str) -> Option<&str> {
    const TO: [&str; 3] = [" to prosecution", " for prosecution", " to trial"];
    let head = &rest[..rest.find([',', ';']).unwrap_or(rest.len())];
    let at = TO
        .iter()
        .filter_map(|p| crate::pattern::find_ci(head, p, 0))
        .min()?;
    let obj = &head[..at];
    let words = obj.split_whitespace();
    (words.clone().count() <= 4 && !words.clone().any(|w| matches!(w, "or" | "and" | "nor")))
        .then_some(obj)
}

lazy_regex!(OPENS_WITH_ANY_CARE, format!(r"(?i)^{ANY_CARE_TO}\s"));

pub(super) fn split_object(found: &str) -> (&str, &str) {
    let b = found.as_bytes();
    let starts = |i: usize, w: &str| {
        b.get(i..i + w.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(w.as_bytes()))
    };
    let at = (1..b.len())
        .find(|&i| b[i - 1] == b' ' && (starts(i, "any") || starts(i, "a ") || starts(i, "an ")))
        .unwrap_or(b.len());
    // "provide any services to [adult victims]": the care is the verb's, the victims the
    // object.
    let provides = || {
        found[..at]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| starts_with_ci(w, "provid"))
    };
    let at = match OPENS_WITH_ANY_CARE.find(&found[at..]) {
        Some(care) if provides() => at + care.end(),
        _ => at,
    };
    (&found[..at], &found[at..])
}

/// Whether the phrase before a denial, from its last comma, opens with a subject naming only
/// some of its kind ("However, some officers", "Twenty-two of the 36 states").
fn told_of_some(lead: &str) -> bool {
    let lead = lead.rsplit(", ").next().unwrap_or(lead);
    let mut words = lead.split_whitespace().map(trim_word);
    let Some(first) = words.next() else {
        return false;
    };
    let mut partitive = || {
        let number = first.starts_with(|c: char| c.is_ascii_digit())
            || first
                .split('-')
                .all(|w| crate::quantity::words::word_value(w).is_some());
        number && words.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
    };
    crate::pattern::is_one_of(first, PARTIAL_QUANTIFIERS) || partitive()
}

/// The year a sentence is told in: its lead-in year, else its anchor's. A zero that holds
/// "since" a year, or "never", holds up to it.
fn year_of_telling(cx: &SentenceCtx<'_>) -> Option<i32> {
    crate::temporal::anchor::lead_in_year(cx.text).or(cx.anchor.activity_year())
}

/// A count stated as zero at `pos`, dated within its clause.
pub(super) fn push_zero(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    metric: Metric,
    subject: Option<String>,
    pos: usize,
) {
    // "often did not investigate", "at times failed to identify": a practice, not none.
    let word_before = cx.text[..pos].split_whitespace().next_back().unwrap_or("");
    if crate::pattern::is_one_of(trim_word(word_before), HABITUAL_ADVERBS) {
        return;
    }
    if none_besides(&cx.text[pos..]) {
        return;
    }
    // "did not identify any additional victims": none beyond those counted.
    let increment = |s: &String| {
        s.split_whitespace()
            .next()
            .is_some_and(|w| crate::pattern::is_one_of(w, INCREMENT_WORDS))
    };
    if subject.as_ref().is_some_and(increment) {
        return;
    }
    let (cstart, cend) = clause(cx.text, pos);
    // "some officers failed to identify and refer potential victims", "Twenty-two of the 36
    // states did not report identifying any victims": what only some did not do.
    if told_of_some(&cx.text[cstart..pos]) {
        return;
    }
    // "did not convict a trafficker for the second consecutive year and has only convicted
    // five in the past six years": the dates after a conjunct with a verb of its own are its.
    let cend = finite_conjunct(&cx.text[pos..cend]).map_or(cend, |at| pos + at);
    if none_among_some(cx, pos, cend) {
        return;
    }
    // "did not provide any services to victims, including among victims who remained at the
    // close of the previous reporting period": an including phrase's dates are its part's.
    let cend = cx.text[pos..cend]
        .find(", including ")
        .map_or(cend, |at| pos + at);
    // The times after the zero that may be its own run up to a contrast.
    let ahead = pos + contrast_at(&cx.text[pos..cend]);
    // "did not initiate any prosecutions and, for the second consecutive year, did not convict
    // any traffickers": a phrase opening the next conjunct is that conjunct's.
    let opens_conjunct = |lead: &str| {
        let lead = lead.trim_end();
        lead.ends_with(" and,") || lead.ends_with(" but,") || lead.ends_with(" or,")
    };
    let opens_next = |t: &TimeMention| opens_conjunct(&cx.text[pos..t.start]);
    // "... or, for the third consecutive year, identifying any victims": this conjunct's.
    let opens_this = |t: &TimeMention| {
        opens_conjunct(&cx.text[..t.start])
            && cx.text[t.end..pos].split_whitespace().count() <= 4
            && !cx.text[t.end..pos].contains(';')
    };
    let first_word_end = cx.text[pos..].find(' ').map_or(cx.text.len(), |i| pos + i);
    let in_scope = |t: &TimeMention| match t.end <= pos {
        // "did not convict a trafficker for the fourth consecutive year, and officials did not
        // identify any foreign victims", "... for the fifth consecutive year and did not initiate
        // any prosecutions": an earlier conjunct's phrase is its own (not one opening the
        // clause: "For the fourth year, it did not identify ... and did not provide ...").
        true if opens_this(t) => true,
        true => {
            t.start >= cstart
                && contrast_at(&cx.text[t.end..pos]) == pos - t.end
                && !joins_a_clause(&cx.text[t.end..pos])
                && (finite_conjunct(&cx.text[t.end..first_word_end]).is_none()
                    || !denied_before(&cx.text[cstart..t.start]))
                && !in_earlier_conjunct(&cx.text[cstart..pos], t.start - cstart, t.end - cstart)
                // "did not identify any victims for the second consecutive year or report
                // providing any services", "identified fewer victims for the second
                // consecutive year and did not identify any ...": told after another verb,
                // before the verb joined to it.
                && !([" or ", " nor ", " and "]
                    .iter()
                    .any(|j| cx.text[t.end..pos].starts_with(j))
                    && cx.text[cstart..t.start].split_whitespace().count() > 2)
        }
        // "did not prosecute any labor traffickers, and victim identification decreased for
        // the fourth year in a row": a later conjunct's phrase is its own.
        false => {
            t.start >= pos
                && t.start < ahead.min(cend)
                && !opens_next(t)
                && !cx.text[pos..t.start].contains(", and ")
                && !verb_after_comma(&cx.text[pos..t.start])
                // "did not report training officials compared with doing so during the
                // previous four reporting periods": the time compared with.
                && !contains_ci(&cx.text[pos..t.start], "compared ")
        }
    };
    // Not the dates after the clause, nor a span told in an earlier conjunct ("identified no
    // victims for the past two reporting periods, initiated no new prosecutions ...").
    let others: Vec<usize> =
        (cx.times().iter())
            .filter(|t| t.start >= cend)
            .take(1)
            .chain(cx.times().iter().filter(|t| {
                t.end <= pos && !in_scope(t) && matches!(cx.resolve(t), Resolved::Period)
            }))
            .map(|t| t.start)
            .collect();
    let date = cx.activity_date_except(pos, cend, &others).point();
    // "has not reported any prosecutions since 2011", "Since 2014, it did not identify any
    // victims": none up to the time of the telling.
    let since = cx
        .times()
        .iter()
        .any(|t| matches!(t.expr, TimeExpr::Since(_)) && in_scope(t));
    let date = match date {
        None if since => year_of_telling(cx).map(PartialDate::year),
        date => date,
    };
    // "did not identify any victims between 2016 and 2018": none in each year of the span.
    let span = cx.times().iter().find_map(|t| match t.expr {
        TimeExpr::Range { from, to }
            if in_scope(t) && (0..MOST_YEARS_BACK as i32).contains(&(to - from)) =>
        {
            Some(from..=to)
        }
        _ => None,
    });
    if let Some(years) = span.filter(|_| date.is_none()) {
        for year in years {
            let date = Some(PartialDate::year(year));
            push_zero_dated(cx, rule, out, (metric, subject.clone()), pos, date, false);
        }
        return;
    }
    // "did not initiate any prosecutions during the past two reporting periods": none in each.
    let recent = cx.times().iter().find_map(|t| match t.expr {
        TimeExpr::RecentPeriods { count, offset } if in_scope(t) => Some((count, offset)),
        _ => None,
    });
    // "did not convict any traffickers for the third consecutive year": none in each year of
    // the run, as far back as a run is carried.
    let consecutive = cx.times().iter().find_map(|t| match t.expr {
        TimeExpr::Consecutive(n) if in_scope(t) => Some(match n > MOST_YEARS_OF_A_RUN {
            true => 1,
            false => n,
        }),
        _ => None,
    });
    // The latest year told and how many years the zero runs back from it.
    let (latest, years) = match (recent, cx.anchor.reporting_period()) {
        (Some((count, offset)), Some(period)) => (
            Some(PartialDate::year(period + offset)),
            count.min(MOST_YEARS_BACK),
        ),
        _ => match consecutive {
            Some(years) if date.is_some() => (date, years),
            _ => (date, 1),
        },
    };
    for back in 0..years {
        let year = latest
            .filter(|_| back > 0)
            .map(|d| PartialDate::year(d.year - back as i32));
        // No report told of the years before its first one's period.
        if year.is_some_and(|y| y.year < FIRST_REPORT_YEAR - 1) {
            break;
        }
        let date = year.or(latest);
        push_zero_dated(
            cx,
            rule,
            out,
            (metric, subject.clone()),
            pos,
            date,
            back > 0,
        );
    }
    // "did not convict any traffickers in 2019 or 2018": none in each year listed.
    if let Some(d) = latest.filter(|d| years == 1 && d.month.is_none()) {
        for year in years_listed_with(cx, d.year, cstart, cend) {
            let date = Some(PartialDate::year(year));
            push_zero_dated(cx, rule, out, (metric, subject.clone()), pos, date, false);
        }
    }
    // "As in the previous reporting period, the government did not prosecute any traffickers":
    // none in the time likened either, inferred.
    let likened = cx.times().iter().find_map(|t| {
        let like = cx.compared_by(t) == Some(Comparison::Likened);
        match cx.resolve(t) {
            Resolved::Point(d) if like && t.end <= pos && in_scope(t) => Some(d.year),
            _ => None,
        }
    });
    // "NGOs did not identify any victims, the same as in the previous reporting period".
    let likened = likened.or_else(|| {
        let same = contains_ci(&cx.text[pos..cend], "same as");
        let (_, year) = same
            .then(|| super::counts::same_as_in(cx, pos, cend))
            .flatten()?;
        Some(year)
    });
    if let Some(year) = likened.filter(|&y| latest.is_none_or(|d| d.year != y)) {
        let date = Some(PartialDate::year(year));
        push_zero_dated(cx, rule, out, (metric, subject), pos, date, true);
    }
}

// "through these efforts", "during these operations", "using this mechanism", "based on such
// efforts", "in connection with those cases", "among the asylum-seeking population", "within
// the asylum system": the few a denial is told of.
lazy_regex!(
    SOME_ONLY,
    r"(?i)\b(?:(?:through|using|via|from|during|in|based\s+on|as\s+a\s+result\s+of|in\s+connection\s+with|related\s+to)\s+(?:this|these|such|those)|among|within)\s+(?P<what>[\w-]+)"
);

/// Whether the denial at `pos` (its clause ending at `end`) is told of some only: "did not
/// identify any victims through these efforts", "did not report identifying any victims
/// within the asylum system". None among some is no zero of the year's whole.
fn none_among_some(cx: &SentenceCtx<'_>, pos: usize, end: usize) -> bool {
    let clause = &cx.text[pos..end];
    if !["this ", "these ", "such ", "those ", "among ", "within "]
        .iter()
        .any(|w| contains_ci(clause, w))
    {
        return false;
    }
    const WHOLE: [&str; 10] = [
        "reporting",
        "period",
        "periods",
        "year",
        "years",
        "time",
        "same",
        "country",
        "borders",
        "territory",
    ];
    SOME_ONLY.captures_iter(clause).any(|c| {
        let at = c.get(0).map_or(0, |m| m.start());
        let what = c.name("what").expect("what");
        // "within the reporting period", "during this year", "within the country": a time or
        // the whole country, told by the word after the preposition or the next one.
        let next = clause[what.end()..].split_whitespace().next().unwrap_or("");
        let whole = crate::pattern::is_one_of(what.as_str(), &WHOLE)
            || (crate::pattern::is_one_of(what.as_str(), &["the", "its", "a", "last", "past"])
                && crate::pattern::is_one_of(next.trim_end_matches([',', '.', ';']), &WHOLE));
        let timed = cx
            .times()
            .iter()
            .any(|t| t.start >= pos + at && t.start <= pos + what.end());
        // "including among victims who remained": some counted in, not the only ones.
        let including = clause[..at].trim_end().ends_with("including");
        clause[..at].split_whitespace().count() <= 14 && !whole && !timed && !including
    })
}

/// Whether a zero's first conjunct denies only others besides those told ("did not report
/// any other investigations", "did not prosecute any other investigated cases"): no zero.
fn none_besides(zero: &str) -> bool {
    let mut previous = "";
    for w in zero.split_whitespace().take(8) {
        let word = w.trim_end_matches([',', ';']);
        if word.eq_ignore_ascii_case("other")
            && (previous.eq_ignore_ascii_case("any") || previous.eq_ignore_ascii_case("no"))
        {
            return true;
        }
        if matches!(w, "or" | "and") || w.len() != word.len() {
            return false;
        }
        previous = word;
    }
    false
}

/// Pushes a zero of `metric` about `subject`, dated `date`, inferred or told.
fn push_zero_dated(
    cx: &SentenceCtx<'_>,
    rule: &str,
    out: &mut Found,
    (metric, subject): (Metric, Option<String>),
    pos: usize,
    date: Option<PartialDate>,
    inferred: bool,
) {
    push_told(
        cx,
        rule,
        out,
        (metric, Quantity::exact(0), subject),
        pos,
        date,
        inferred,
    );
}

/// Whether a denial stands in `text` ("did not", "no").
fn denied_before(text: &str) -> bool {
    text.contains(" not ") || text.contains(" no ")
}

/// Whether the phrase at `start..end` of `text` (a clause up to a zero) belongs to an earlier
/// conjunct with a verb of its own: "identified fewer victims for the third consecutive year,
/// did not refer any ...", "did not complete any prosecutions for the second consecutive
/// year, did not investigate ..." (not "In 2019, the government did not ...").
fn in_earlier_conjunct(text: &str, start: usize, end: usize) -> bool {
    if !text[end..].contains(", ") {
        return false;
    }
    let conjunct = text[..start].rsplit(", ").next().unwrap_or("");
    conjunct.split_whitespace().any(|w| {
        (w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()))
            || w == "not"
    })
}

/// The other years of a list with the plain year `year` in `start..end` ("in 2019 or 2018",
/// "In 2017, 2018, and 2019, ..."), in order.
fn years_listed_with(cx: &SentenceCtx<'_>, year: i32, start: usize, end: usize) -> Vec<i32> {
    let plain_year = |t: &TimeMention| match t.expr {
        TimeExpr::Point(d) if d.month.is_none() && t.start >= start && t.end <= end => Some(d.year),
        _ => None,
    };
    let joined = |a: &TimeMention, b: &TimeMention| {
        matches!(
            cx.text.get(a.end..b.start),
            Some(" or " | " and " | ", " | ", or " | ", and " | " nor ")
        )
    };
    let times = cx.times();
    let Some(at) = times.iter().position(|t| plain_year(t) == Some(year)) else {
        return Vec::new();
    };
    let mut first = at;
    while first > 0
        && joined(&times[first - 1], &times[first])
        && plain_year(&times[first - 1]).is_some()
    {
        first -= 1;
    }
    let mut last = at;
    while last + 1 < times.len()
        && joined(&times[last], &times[last + 1])
        && plain_year(&times[last + 1]).is_some()
    {
        last += 1;
    }
    let mut listed: Vec<i32> = times[first..=last].iter().filter_map(plain_year).collect();
    listed.dedup();
    listed.retain(|&y| y != year);
    listed
}

/// Whether a conjunct with a past verb of its own opens after a comma in `text`: "identified
/// no victims, initiated no new prosecutions for the fifth consecutive year" (not "compared").
fn verb_after_comma(text: &str) -> bool {
    text.match_indices(", ").any(|(at, _)| {
        let next = text[at + 2..].split(' ').next().unwrap_or("");
        next.bytes().all(|b| b.is_ascii_lowercase())
            && is_past_participle(next)
            && !matches!(next, "compared" | "based")
    })
}

/// Most years a run of zeros reaches back ("for the eleventh consecutive year"): the life of
/// the reports.
pub(super) const MOST_YEARS_BACK: u32 = 25;

/// The longest run whose zeros are spelled out year by year, the year told among them: as far
/// as annotators carry runs back ("fourth consecutive year" gives the three years before). A
/// longer run gives the year told only; see DESIGN.md.
const MOST_YEARS_OF_A_RUN: u32 = 4;

/// The object read on to its noun when modifiers joined by "or" took the words the pattern
/// reads ("any trafficking or hereditary slavery | victims"): up to two more words, to a
/// noun of people. Not when a noun of people comes before "or": what follows is another
/// conjunct ("any traffickers or proactively implement | formal victim identification").
fn noun_after_joined_modifiers<'a>(text: &'a str, from: usize, obj: &'a str) -> &'a str {
    let end = from + obj.len();
    let words: Vec<&str> = obj.split_whitespace().collect();
    let is_people = |word: &str| {
        super::nouns::classify_noun(word).is_some_and(|c| {
            matches!(
                c,
                super::nouns::NounClass::Victim | super::nouns::NounClass::Enforcement
            )
        })
    };
    let short_of_noun = words.iter().position(|w| *w == "or").is_some_and(|or| {
        words.len() >= 4
            && !words[..or].iter().any(|w| is_people(trim_word(w)))
            && !words.last().is_some_and(|w| w.ends_with('s'))
    });
    if !short_of_noun || text.as_bytes().get(end) != Some(&b' ') {
        return obj;
    }
    let mut at = end;
    for word in text[end..].split(' ').skip(1).take(2) {
        let start = at + 1;
        at = start + word.len();
        let noun = trim_word(word);
        if is_people(noun) {
            let noun_end = start + word.find(noun).unwrap_or(0) + noun.len();
            return &text[from..noun_end];
        }
        if word != noun {
            break;
        }
    }
    obj
}

/// "any confirmed trafficking cases" → "confirmed trafficking cases"; "anyone" → none.
pub(super) fn subject_of(obj: &str) -> Option<String> {
    // "any cases and reported no ...": the next conjunct is not the subject's.
    let obj = &obj[..finite_conjunct(obj).unwrap_or(obj.len())];
    let determiner = |w: &&str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "any" | "a" | "an" | "single"
        )
    };
    let mut words: Vec<&str> = obj.split_whitespace().skip_while(determiner).collect();
    // "prosecution of any trafficking offenders", "investigations into 21 cases": the act's
    // object is what it was done to.
    if words
        .get(1)
        .is_some_and(|w| ["of", "into", "against"].contains(w))
        && words.first().is_some_and(|w| is_metric_noun(w))
    {
        words.drain(..2);
    }
    let mut words: Vec<&str> = words
        .into_iter()
        .skip_while(determiner)
        .scan("", |previous, w| {
            // "any sex trafficking or forced labor crimes": "or" between modifiers, not nouns.
            let joins_modifiers = w.eq_ignore_ascii_case("or") && !previous.ends_with('s');
            *previous = w;
            let ends = !joins_modifiers
                && matches!(
                    w.to_ascii_lowercase().as_str(),
                    "for"
                        | "to"
                        | "in"
                        | "during"
                        | "under"
                        | "of"
                        | "on"
                        | "with"
                        | "since"
                        | "over"
                        | "within"
                        | "at"
                        | "by"
                        | "after"
                        | "before"
                        | "throughout"
                        | "across"
                        | "among"
                        | "between"
                        | "through"
                        | "but"
                        | "despite"
                        | "because"
                        | "due"
                        | "as"
                        | "this"
                        | "last"
                        | "or"
                        | "nor"
                );
            (!ends).then_some(w)
        })
        // "any traffickers - including ...": a dash sets off what follows.
        .take_while(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    // "any traffickers from 2015 to 2017": the span is the zero's date, not its subject.
    if let Some(from) = words.windows(2).position(|p| {
        p[0].eq_ignore_ascii_case("from") && p[1].starts_with(|c: char| c.is_ascii_digit())
    }) {
        words.truncate(from);
    }
    // Modifiers joined by "or" need their plural noun after them ("any forced labor or sex"
    // read short of its noun ends before the "or").
    if let Some(or) = words.iter().position(|w| w.eq_ignore_ascii_case("or")) {
        if !words[or + 1..]
            .iter()
            .any(|w| w.trim_end_matches(',').ends_with('s'))
        {
            words.truncate(or);
        }
    }
    // "any traffickers who exploited ...", "any traffickers associated with ...": what the
    // noun is told to be or have done after it is no part of its name.
    if let Some(cut) = words.iter().enumerate().skip(1).position(|(i, w)| {
        let w = w.to_ascii_lowercase();
        matches!(w.as_str(), "who" | "whom" | "which" | "that" | "whose")
            || (w.len() > 4 && w.ends_with("ed") && words[i - 1].ends_with('s'))
    }) {
        words.truncate(cut + 1);
    }
    // "any traffickers and only conducted ...", "any cases and it ...": a joining word before
    // a pronoun, an adverb or a verb starts another clause.
    // Not "or" between modifiers: "any sex trafficking or forced labor crimes".
    if let Some(cut) = (1..words.len()).position(|i| {
        let (joining, next) = (
            words[i - 1].to_ascii_lowercase(),
            words[i].to_ascii_lowercase(),
        );
        let between_modifiers =
            joining == "or" && i >= 2 && !words[i - 2].ends_with('s') && next.ends_with("ed");
        ["and", "or", "nor", "but"].contains(&joining.as_str())
            && !between_modifiers
            && (matches!(
                next.as_str(),
                "it" | "they" | "the" | "only" | "also" | "still" | "did" | "has" | "have" | "was"
            ) || next.ends_with("ly")
                || (next.len() > 4 && next.ends_with("ed")))
    }) {
        words.truncate(cut);
    }
    // "any cases and, for the third year, ...": a link to what follows is not the subject's.
    while words.last().is_some_and(|w| {
        ["and", "or", "nor"].contains(&w.trim_end_matches(',').to_ascii_lowercase().as_str())
    }) {
        words.pop();
    }
    let s = words
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    (!s.is_empty() && !s.eq_ignore_ascii_case("anyone")).then_some(s)
}

/// The words before an aside that shares the object after it ("investigations into, or
/// care provided in, 21 cases"): both end with a preposition.
fn before_raised_object(before: &str) -> Option<&str> {
    const PREPOSITIONS: [&str; 7] = ["in", "into", "of", "for", "on", "to", "against"];
    let aside = before.trim_end().strip_suffix(',')?;
    let preposition = aside.rsplit(' ').next()?;
    if !PREPOSITIONS.contains(&preposition) {
        return None;
    }
    let open = [", or ", ", and "]
        .iter()
        .filter_map(|j| aside.rfind(j))
        .max()?;
    let shared = &aside[..open];
    PREPOSITIONS
        .contains(&shared.rsplit(' ').next()?)
        .then_some(shared)
}

/// Whether the verb of a count is denied in the words just before it, its clause
/// ("did not report providing services to the", "failed to assist the"; not "not only").
pub(super) fn verb_denied(before: &str) -> bool {
    // "did not report investigations into, or care provided in, 21 cases": the object is
    // shared past an aside that ends with its preposition.
    if let Some(shared) = before_raised_object(before) {
        return verb_denied(shared);
    }
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let words: Vec<&str> = clause.split_whitespace().rev().take(8).collect();
    // "did not prosecute any traffickers and identified 12 victims": after a denial that
    // takes the plain verb, a past tense joined by "and" or "but" is a verb of its own.
    let past_joined_before = |i: usize| {
        let takes_plain = words.get(i + 1).is_some_and(|aux| {
            ["did", "does", "do"]
                .iter()
                .any(|a| aux.eq_ignore_ascii_case(a))
        }) || words[i].eq_ignore_ascii_case("failed")
            || words[i].eq_ignore_ascii_case("unable");
        takes_plain
            && (0..i).any(|j| words[j].ends_with("ed") && ["and", "but"].contains(&words[j + 1]))
    };
    // "did not report the status of four prosecutions": what is untold is about the cases
    // counted, which are told.
    let about_the_counted = |i: usize| {
        (0..i).any(|j| {
            words[j].eq_ignore_ascii_case("of")
                && words.get(j + 1).is_some_and(|w| {
                    crate::pattern::is_one_of(w, crate::rules::lexicon::ATTRIBUTES_OF_CASES)
                })
        })
    };
    words.iter().enumerate().any(|(i, w)| {
        let w = w.to_ascii_lowercase();
        let next = i.checked_sub(1).map(|j| words[j].to_ascii_lowercase());
        let denies = (w == "not" && next.as_deref() != Some("only"))
            || w == "never"
            || ((w == "failed" || w == "unable") && next.as_deref() == Some("to"));
        denies && !past_joined_before(i) && !about_the_counted(i)
    })
}

/// True when `before` ends with "none of (the|these|those)".
pub(super) fn none_of(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let mut last = words.next();
    if last.is_some_and(|w| {
        ["the", "these", "those"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    }) {
        last = words.next();
    }
    last.is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("none"))
}

/// "two convictions in 2012, compared to none in 2011", "four in 2015 and none from 2011 to
/// 2014": a zero of the count it is compared with.
pub(super) fn none_compared(cx: &SentenceCtx<'_>, rule: &str, out: &mut Found) {
    if !cx.is_negated() || !(contains_ci(cx.text, "none") || contains_ci(cx.text, "zero")) {
        return;
    }
    for m in NONE_COMPARED.find_iter(cx.text) {
        let compared =
            out.iter()
                .rev()
                .find(|(pos, _)| *pos < m.start())
                .and_then(|(_, e)| match &e.fact {
                    Fact::Statistic {
                        metric, subject, ..
                    } => Some((*metric, subject.clone())),
                    _ => None,
                });
        if let Some((metric, subject)) = compared {
            let word = crate::pattern::find_ci(m.as_str(), "none", 0)
                .or_else(|| crate::pattern::find_ci(m.as_str(), "zero", 0));
            let at = m.start() + word.unwrap_or(0);
            push_zero(cx, rule, out, metric, subject, at);
        }
    }
}

/// Whether training denied is told to be on a topic other than trafficking ("did not receive
/// training on the use of such guidance"): no anti-trafficking training is denied.
/// "did not receive sufficient training": training judged by its amount, some was given.
fn training_judged_by_amount(denial: &str) -> bool {
    denial
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| crate::pattern::is_one_of(w, TRAINING_AMOUNTS))
}

fn training_on_another_topic(after: &str) -> bool {
    let after = after.trim_start();
    let Some(topic) = ["on ", "in "].iter().find_map(|p| after.strip_prefix(p)) else {
        return false;
    };
    let topic = &topic[..topic.find([',', ';', '.']).unwrap_or(topic.len())];
    !topic.split_whitespace().take(8).any(|w| {
        [
            "traffick", "victim", "identif", "exploit", "forced", "smuggl", "referr",
        ]
        .iter()
        .any(|t| crate::pattern::contains_ci(w, t))
    })
}
