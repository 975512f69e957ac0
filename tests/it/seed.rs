//! The seed article's acceptance floor (`seed-events.md`), asserted event by event.

use super::{assert_spans, seed_text};
use tipline::stats::TierStatus;
use tipline::{
    Document, Event, EventKind, Fact, Metric, PartialDate, Qualifier, Tier, TreatyAction,
};

fn doc() -> (String, Document) {
    let text = seed_text();
    let doc = tipline::extract(&text);
    (text, doc)
}

fn date(y: i32, m: Option<u8>) -> Option<PartialDate> {
    Some(PartialDate::new(y, m, None).expect("valid"))
}

#[track_caller]
fn one<'a>(doc: &'a Document, what: &str, pred: impl Fn(&Event) -> bool) -> &'a Event {
    let found: Vec<&Event> = doc.events.iter().filter(|e| pred(e)).collect();
    assert_eq!(
        found.len(),
        1,
        "expected exactly one {what}, found {}: {found:#?}",
        found.len()
    );
    found[0]
}

#[track_caller]
fn quotes(text: &str, e: &Event, sentence: &str) {
    assert!(
        e.evidence
            .iter()
            .any(|ev| &text[ev.start..ev.end] == sentence),
        "no evidence span equals {sentence:?}; spans: {:?}",
        e.evidence
            .iter()
            .map(|ev| &text[ev.start..ev.end])
            .collect::<Vec<_>>()
    );
}

fn stat(e: &Event, metric: Metric, year: i32, min: u64, max: Option<u64>, q: Qualifier) -> bool {
    matches!(&e.fact, Fact::Statistic { metric: m, quantity, .. } if *m == metric && quantity.min == Some(min) && quantity.max == max && quantity.qualifier == q)
        && e.date == date(year, None)
}

#[test]
fn e01_treaty() {
    let (t, d) = doc();
    let e = one(
        &d,
        "ratification",
        |e| matches!(&e.fact, Fact::TreatyRatification { treaty, action } if treaty == "2000 UN TIP Protocol" && *action == TreatyAction::Ratified),
    );
    assert_eq!(e.date, date(2005, Some(3)));
    quotes(
        &t,
        e,
        "Turkmenistan ratified the 2000 UN TIP Protocol in March 2005.",
    );
}

#[test]
fn e02_law() {
    let (t, d) = doc();
    let e = one(&d, "law", |e| e.kind() == EventKind::LawEnacted);
    assert!(
        matches!(&e.fact, Fact::LawEnacted { name: Some(n) } if n == "Law on Combating Trafficking in Persons")
    );
    assert_eq!(e.date, date(2007, Some(12)));
    quotes(&t, e, "The government has indicated its commitment to implement the \u{201c}Law on Combating Trafficking in Persons,\u{201d} adopted in December 2007.");
}

#[test]
fn e03_amendment_stated_twice_is_one_event() {
    let (t, d) = doc();
    let e = one(&d, "amendment", |e| e.kind() == EventKind::LegalAmendment);
    assert_eq!(e.date, date(2010, Some(5)));
    let Fact::LegalAmendment {
        instrument,
        article,
        penalty,
        ..
    } = &e.fact
    else {
        unreachable!()
    };
    assert_eq!(instrument.as_deref(), Some("criminal code"));
    assert_eq!(article.as_deref(), Some("129"));
    let p = penalty.expect("penalty");
    assert_eq!((p.min_years, p.max_years), (Some(4.0), Some(25.0)));
    assert_eq!(e.evidence.len(), 2);
    assert_eq!(e.evidence[0].section, None);
    assert_eq!(e.evidence[1].section.as_deref(), Some("Prosecution (2009)"));
    quotes(&t, e, "Although the government did not demonstrate any efforts to investigate or prosecute trafficking offenses during 2009, in May 2010 the government demonstrated significant political will by adopting amendments to the criminal code that prescribed penalties for all forms of human trafficking.");
    quotes(&t, e, "The government prohibits all forms of trafficking in persons through Article 129 of its criminal code - adopted in May 2010 - which prescribes penalties ranging from four to 25 years\u{2019} imprisonment.");
}

#[test]
fn e04_e05_watch_list_two_years() {
    let (t, d) = doc();
    let sentence = "Because the determination that the Government of Turkmenistan is making significant efforts is based in part on the government's commitments to take additional future steps over the next year, Turkmenistan was placed on Tier 2 Watch List for the second consecutive year.";
    let e09 = one(&d, "2009 placement", |e| {
        e.kind() == EventKind::TierPlacement && e.date == date(2009, None)
    });
    assert!(e09.inferred);
    assert!(matches!(
        e09.fact,
        Fact::TierPlacement {
            tier: Tier::Tier2WatchList,
            ..
        }
    ));
    quotes(&t, e09, sentence);
    let e10 = one(&d, "2010 placement", |e| {
        e.kind() == EventKind::TierPlacement && e.date == date(2010, None)
    });
    assert!(!e10.inferred);
    assert!(matches!(
        e10.fact,
        Fact::TierPlacement {
            tier: Tier::Tier2WatchList,
            consecutive_years: Some(2)
        }
    ));
    quotes(&t, e10, sentence);
}

#[test]
fn e06_e07_tier_3_in_two_years() {
    let (t, d) = doc();
    for y in [2017, 2023] {
        let e = one(&d, "tier 3", |e| {
            e.date == date(y, None)
                && matches!(
                    e.fact,
                    Fact::TierPlacement {
                        tier: Tier::Tier3,
                        ..
                    }
                )
        });
        assert!(!e.inferred);
        quotes(&t, e, "The U.S. State Department's Office to Monitor and Combat Trafficking in Persons placed Turkmenistan in \"Tier 3\" in 2017 and 2023, noting that it was one of eleven countries which were seen as having a documented government policy or pattern of human trafficking.");
    }
}

#[test]
fn e08_index_score() {
    let (t, d) = doc();
    let e = one(&d, "index score", |e| e.kind() == EventKind::IndexScore);
    assert_eq!(e.date, date(2023, None));
    assert!(
        matches!(&e.fact, Fact::IndexScore { index, indicator: Some(i), score, scale: Some(s) }
        if index == "Organised Crime Index" && i == "human trafficking" && *score == 8.5 && *s == 10.0)
    );
    quotes(&t, e, "In 2023, the Organised Crime Index gave Turkmenistan a score of 8.5 out of 10 for human trafficking, noting that government efforts to work against this crime were negligible.");
}

#[test]
fn e09_compliance() {
    let (t, d) = doc();
    let e = one(&d, "compliance", |e| {
        e.kind() == EventKind::ComplianceAssessment
    });
    assert_eq!(e.date, date(2010, None));
    assert!(matches!(
        e.fact,
        Fact::ComplianceAssessment {
            meets_minimum_standards: false,
            significant_efforts: Some(true)
        }
    ));
    quotes(&t, e, "In 2010, the Government of Turkmenistan did not fully comply with the minimum standards for the elimination of trafficking; however, it made significant efforts to do so.");
}

#[test]
fn e10_profile() {
    let (t, d) = doc();
    let e = one(&d, "profile", |e| e.kind() == EventKind::TraffickingProfile);
    assert_eq!(e.date, date(2010, None));
    let Fact::TraffickingProfile {
        roles,
        destinations,
        forms,
    } = &e.fact
    else {
        unreachable!()
    };
    assert_eq!(roles, &[tipline::Role::Source]);
    assert_eq!(destinations, &["Turkey"]);
    for f in ["forced prostitution", "forced labor", "domestic servitude"] {
        assert!(forms.iter().any(|x| x == f), "missing form {f}: {forms:?}");
    }
    quotes(&t, e, "In 2010 Turkmenistan was a source country for women subjected to human trafficking, specifically forced prostitution and for men in forced labor.");
}

#[test]
fn e11_e12_commitments() {
    let (t, d) = doc();
    let commitments: Vec<&Event> = d
        .events
        .iter()
        .filter(|e| e.kind() == EventKind::Commitment)
        .collect();
    assert_eq!(commitments.len(), 2, "{commitments:#?}");
    for c in &commitments {
        assert_eq!(c.date, date(2010, Some(4)));
        let Fact::Commitment { parties, .. } = &c.fact else {
            unreachable!()
        };
        assert!(parties.iter().any(|p| p == "IOM"), "{parties:?}");
    }
    let shelter = one(
        &d,
        "shelter commitment",
        |e| matches!(&e.fact, Fact::Commitment { description, .. } if description.contains("shelter")),
    );
    quotes(&t, shelter, "However, in April 2010, the government pledged to donate facility space for a trafficking shelter that will be foreign-funded and operated by IOM.");
    let campaign = one(&d, "campaign commitment", |e| {
        e.evidence
            .iter()
            .any(|ev| t[ev.start..ev.end].contains("information campaign"))
    });
    let Fact::Commitment { parties, .. } = &campaign.fact else {
        unreachable!()
    };
    assert!(
        parties
            .iter()
            .any(|p| p == "Ministries of Education and Health"),
        "{parties:?}"
    );
    quotes(&t, campaign, "However, in April 2010, the Ministries of Education and Health, in cooperation with IOM, formally agreed to conduct an information campaign in public schools for young adolescents.");
}

#[test]
fn e13_e14_victims_assisted() {
    let (t, d) = doc();
    let s = "In 2009, 25 victims were assisted by non-government funded organizations, compared with 20 victims assisted by non-government funded organizations in 2008.";
    let e = one(&d, "25 assisted", |e| {
        stat(
            e,
            Metric::VictimsAssisted,
            2009,
            25,
            Some(25),
            Qualifier::Exact,
        )
    });
    quotes(&t, e, s);
    let e = one(&d, "20 assisted", |e| {
        stat(
            e,
            Metric::VictimsAssisted,
            2008,
            20,
            Some(20),
            Qualifier::Exact,
        )
    });
    quotes(&t, e, s);
}

#[test]
fn e15_previous_reporting_period() {
    let (t, d) = doc();
    let s = "During the previous reporting period, the government reportedly investigated and prosecuted two cases of trafficking under non-trafficking statutes, although the government provided no information on whether the individuals prosecuted in these cases were convicted or sentenced to time in prison.";
    for m in [Metric::Investigations, Metric::Prosecutions] {
        let e = one(&d, "2008 count", |e| {
            stat(e, m, 2008, 2, Some(2), Qualifier::Exact)
        });
        quotes(&t, e, s);
    }
}

#[test]
fn e16_e17_training() {
    let (t, d) = doc();
    let e = one(&d, "10 to 15", |e| {
        stat(
            e,
            Metric::OfficialsTrained,
            2009,
            10,
            Some(15),
            Qualifier::Range,
        )
    });
    assert!(matches!(&e.fact, Fact::Statistic { subject: Some(s), .. } if s == "prosecutors"));
    quotes(&t, e, "The General Prosecutor's Office provided regular training for 10 to 15 prosecutors on trafficking in Ashgabat.");
    let e = one(&d, "more than 100", |e| {
        stat(
            e,
            Metric::OfficialsTrained,
            2009,
            100,
            None,
            Qualifier::MoreThan,
        )
    });
    quotes(&t, e, "Various international organizations also provided training for more than 100 officials from the State Migration, State Customs, and State Border Services on the legal anti-trafficking framework and general trafficking issues.");
}

#[test]
fn e18_stated_zeros() {
    let (t, d) = doc();
    for m in [
        Metric::Investigations,
        Metric::Prosecutions,
        Metric::Convictions,
    ] {
        let e = one(&d, "zero", |e| {
            stat(e, m, 2009, 0, Some(0), Qualifier::Exact)
        });
        quotes(&t, e, "The government reported no efforts to investigate, prosecute, convict, or punish any trafficking offenders during the reporting period.");
    }
}

#[test]
fn e19_no_referrals() {
    let (t, d) = doc();
    let e = one(&d, "referrals", |e| {
        stat(
            e,
            Metric::VictimsReferred,
            2009,
            0,
            Some(0),
            Qualifier::Exact,
        )
    });
    quotes(
        &t,
        e,
        "The government did not refer any victims to NGOs or IOM for assistance in 2009.",
    );
}

#[test]
fn must_not() {
    let (t, d) = doc();
    assert_spans(&t, &d);
    for e in &d.events {
        assert_ne!(
            e.date.map(|d| d.year),
            Some(2000),
            "the protocol's name is not a date: {e:?}"
        );
        if let Fact::Statistic {
            quantity, metric, ..
        } = &e.fact
        {
            let v = (quantity.min, quantity.max);
            assert!(
                ![
                    (Some(129), Some(129)),
                    (Some(4), Some(25)),
                    (Some(8), Some(8)),
                    (Some(9), Some(9)),
                    (Some(2000), Some(2000))
                ]
                .contains(&v),
                "{e:?}"
            );
            assert!(
                !(*metric == Metric::Convictions && e.date == date(2008, None)),
                "2008 convictions are unknown, not counted: {e:?}"
            );
            for ev in &e.evidence {
                let s = &t[ev.start..ev.end];
                assert!(
                    !s.contains("Article 129") && !s.contains("out of 10"),
                    "statistic from {s:?}"
                );
            }
        }
    }
    assert_eq!(
        d.events
            .iter()
            .filter(|e| e.kind() == EventKind::LawEnacted)
            .count(),
        1,
        "the 2007 trafficking law is event 2"
    );
    assert_eq!(
        d.events
            .iter()
            .filter(|e| e.kind() == EventKind::LegalAmendment)
            .count(),
        1
    );
}

#[test]
fn timeline_order() {
    let (_, d) = doc();
    let dates: Vec<String> = d
        .timeline()
        .iter()
        .map(|e| e.date.map_or("undated".into(), |d| d.to_string()))
        .collect();
    assert_eq!(dates.first().map(String::as_str), Some("2005-03"));
    assert_eq!(dates[1], "2007-12");
    let first_2010_month = dates.iter().position(|d| d == "2010-04").expect("2010-04");
    assert!(
        dates[..first_2010_month].iter().any(|d| d == "2010"),
        "year-only 2010 sorts before 2010-04"
    );
    let tail: Vec<&str> = dates
        .iter()
        .map(String::as_str)
        .skip_while(|d| *d != "2010-04")
        .collect();
    assert_eq!(
        tail,
        ["2010-04", "2010-04", "2010-05", "2017", "2023", "2023"]
    );
    assert!(dates.iter().filter(|d| *d == "2008").count() >= 2);
}

#[test]
fn statistics_answers() {
    let (_, d) = doc();
    let st = d.statistics();
    let history: Vec<(i32, Tier, bool)> = st
        .tier_history()
        .into_iter()
        .map(|(y, t)| (y, t.tier, t.inferred))
        .collect();
    assert_eq!(
        history,
        [
            (2009, Tier::Tier2WatchList, true),
            (2010, Tier::Tier2WatchList, false),
            (2017, Tier::Tier3, false),
            (2023, Tier::Tier3, false)
        ]
    );
    assert_eq!(st.tier_in(2012), TierStatus::Unknown);
    assert_eq!(st.worst_tier(), Some(Tier::Tier3));
    let run = st.longest_run(Tier::Tier2WatchList).expect("run");
    assert_eq!((run.from, run.to, run.years), (2009, 2010, 2));
    let series = st.series(Metric::VictimsAssisted);
    assert_eq!(
        series.iter().map(|p| (p.year, p.value)).collect::<Vec<_>>(),
        [(2008, Some(20)), (2009, Some(25))]
    );
    let change = series[1].change.expect("change");
    assert_eq!(change.absolute, 5);
    assert_eq!(change.percent, Some(25.0));
    let p = st.penalty_range().expect("penalty");
    assert_eq!((p.min_years, p.max_years), (Some(4.0), Some(25.0)));
    let counts = st.counts_by_kind();
    assert_eq!(counts[&EventKind::TierPlacement], 4);
    assert_eq!(counts[&EventKind::Commitment], 2);
    assert_eq!(counts.values().sum::<usize>(), d.events.len());
}

#[test]
fn snapshots() {
    let (t, d) = doc();
    insta::assert_snapshot!("seed_timeline", tipline::render::timeline(&d));
    insta::assert_snapshot!("seed_explain", tipline::render::explain(&d, &t));
    insta::assert_json_snapshot!("seed_json", d);
    insta::assert_snapshot!("seed_stats", tipline::render::stats(&d));
}
