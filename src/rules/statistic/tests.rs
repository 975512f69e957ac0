use super::zeros::*;
use super::*;
use crate::rules::testing::{lead, report, run, run_paragraph, section, wiki};

/// The dated statistics of `sentences` told in a report of `year`, one per line.
fn counts_in_report(year: i32, sentences: &str) -> String {
    let text = format!(
        "= Testland (Tier 2) \u{2014} {year} Trafficking in Persons Report =\n\n{sentences}\n"
    );
    crate::rules::testing::dated_facts_of_kind(&text, crate::event::EventKind::Statistic).join("\n")
}

#[test]
fn a_denied_object_of_four_words_and_a_subject_ended_by_another_clause() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials did not identify any adult male trafficking victims.", report(2022)), @"2021 statistic: victims_identified 0 (adult male trafficking victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not prosecute or convict any traffickers and only conducted two investigations.", report(2020)), @r"
    2019 statistic: prosecutions 0 (traffickers)
    2019 statistic: convictions 0 (traffickers)
    2019 statistic: investigations 2
    ");
}

#[test]
fn zero_phrases_split_at_their_object() {
    fn cut(t: &str) -> (&str, &str) {
        split_object(ZERO_DID_NOT.find(t).map_or("", |m| m.as_str()))
    }
    assert_eq!(
        cut("It did not prosecute or convict any traffickers in 2019."),
        ("did not prosecute or convict ", "any traffickers in 2019")
    );
    assert_eq!(
        cut("It failed to identify a single victim."),
        ("failed to identify ", "a single victim")
    );
    assert_eq!(
        cut("Police did not report investigating ANYONE."),
        ("did not report investigating ", "ANYONE")
    );
}

#[test]
fn a_second_denial_joined_after_an_object_is_a_zero_of_its_own() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not report prosecuting or convicting any traffickers and did not report identifying any trafficking victims.", report(2022)), @r"
    2021 statistic: prosecutions 0 (traffickers)
    2021 statistic: convictions 0 (traffickers)
    2021 statistic: victims_identified 0 (trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police did not investigate any cases but did not explain why, and prosecutors did not prosecute any suspects.", report(2016)), @r"
    2015 statistic: investigations 0 (cases)
    2015 statistic: prosecutions 0 (suspects)
    ");
    // An object of three words that ends the sentence is read as before.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not convict any labor trafficking offenders.", report(2016)), @"2015 statistic: convictions 0 (labor trafficking offenders)");
}

#[test]
fn counts_after_a_decline_from_keep_their_own_participles() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not prosecute any trafficking offenses or convict any trafficking offenders, a decline from five cases prosecuted and one trafficker convicted during the previous year.", report(2007)), @r"
    2006 statistic: prosecutions 0 (trafficking offenses)
    2006 statistic: convictions 0 (trafficking offenders)
    2005 statistic: prosecutions 5 (cases)
    2005 statistic: convictions 1 (trafficker)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police did not identify any victims in 2016, down from 14 victims identified in 2015.", wiki()), @r"
    2016 statistic: victims_identified 0 (victims)
    2015 statistic: victims_identified 14 (victims)
    ");
}

#[test]
fn care_told_around_the_count() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported providing at least 113 victims with various services, including medical care and shelter.", report(2023)), @"2022 statistic: victims_assisted at_least 113 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The immediate response team provided 67 victims of trafficking and related crimes with assistance.", report(2021)), @"2020 statistic: victims_assisted 67 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The new standard impeded efforts to provide at least 37 victims identified by an NGO with appropriate care.", report(2018)), @"2017 statistic: victims_identified at_least 37 (an NGO)");
    insta::assert_snapshot!(run(&StatisticRule, "NGOs provided 20 potential victims of forced labor with services in 2018.", wiki()), @"2018 statistic: victims_assisted 20 (potential victims)");
    // Care given as a list, ended by "to", may stand further from its verb.
    insta::assert_snapshot!(run(&StatisticRule, "The government reported providing psychological support, food, clothing, and health care to 11 victims.", report(2023)), @"2022 statistic: victims_assisted 11 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Shelters offered shelter, meals, legal aid, counseling, and medical care to 48 victims in 2018.", wiki()), @"2018 statistic: victims_assisted 48 (victims)");
    // Not care: what was given is no service, or those given it are no victims.
    assert_eq!(
        run(
            &StatisticRule,
            "The ministry provided 30 shelters with funding for victim services.",
            report(2019)
        ),
        ""
    );
    assert_eq!(
        run(
            &StatisticRule,
            "The government provided 20 victims with residence permits.",
            report(2019)
        ),
        ""
    );
}

#[test]
fn a_count_broken_down_in_brackets_stays_in_the_list_its_year_closes() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported the prosecution of 16 cases (14 sex trafficking cases and 2 forced labor cases) and 5 convictions in 2017.", report(2019)), @r"
    2017 statistic: prosecutions 16 (cases)
    2017 statistic: convictions 5
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated 20 cases (three of forced labor), prosecuted 16 defendants, and convicted five traffickers in 2017.", report(2019)), @r"
    2017 statistic: investigations 20 (cases)
    2017 statistic: prosecutions 16 (defendants)
    2017 statistic: convictions 5 (traffickers)
    ");
    // A bracket with a year of its own keeps its year.
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated 20 cases (12 in 2016), prosecuted 16 defendants, and convicted five traffickers in 2017.", report(2019)), @r"
    2018 statistic: investigations 20 (cases)
    2016 statistic: investigations 12 (cases)
    2017 statistic: prosecutions 16 (defendants)
    2017 statistic: convictions 5 (traffickers)
    ");
}

#[test]
fn a_year_after_a_fraction_or_multiple_of_the_number_is_the_comparisons() {
    insta::assert_snapshot!(run(&StatisticRule, "During 2014, the government initiated prosecutions of five defendants, one-third the number prosecuted in 2013.", report(2015)), @"2014 statistic: prosecutions 5 (defendants)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 40 victims, twice the number identified in 2017.", report(2019)), @"2018 statistic: victims_identified 40 (victims)");
    // A list of counts closed by its year is still read as one.
    insta::assert_snapshot!(run(&StatisticRule, "Police reported 44 investigations, 18 prosecutions, and 18 convictions in 2017.", report(2019)), @r"
    2017 statistic: investigations 44
    2017 statistic: prosecutions 18
    2017 statistic: convictions 18
    ");
}

#[test]
fn zeros_joined_to_a_denied_verb_of_no_metric() {
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated two cases, but it did not advance any cases to prosecution or convict any traffickers.", report(2021)), @r"
    2020 statistic: investigations 2 (cases)
    2020 statistic: prosecutions 0 (cases)
    2020 statistic: convictions 0 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not allocate any funds to victim services or prosecute any traffickers.", report(2021)), @"2020 statistic: prosecutions 0 (traffickers)");
    // Denied acts that are no metric give nothing; nor does a denied report of efforts.
    assert_eq!(
        run(
            &StatisticRule,
            "During investigations, police did not arrest any suspects or seize any assets.",
            report(2021)
        ),
        ""
    );
    assert_eq!(run(&StatisticRule, "The government did not make any efforts to address trafficking or raise awareness of prosecutions.", report(2021)), "");
    assert_eq!(run(&StatisticRule, "The government again did not demonstrate sufficient efforts to prosecute, convict, or punish any government officials complicit in trafficking.", report(2021)), "");
    // Efforts denied with no act to do, and an act with "any" joined after them.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not make any anti-trafficking law enforcement efforts or identify and protect any trafficking victims.", report(2014)), @"2013 statistic: victims_identified 0 (trafficking victims)");
}

#[test]
fn care_given_to_the_victims_restated_and_a_pair_read_once() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 11 adult trafficking victims and provided them with support services.", report(2023)), @r"
    2022 statistic: victims_identified 11 (adult trafficking victims)
    2022 statistic: victims_assisted 11 (adult trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 10 victims and reported providing all identified victims with care and services.", report(2023)), @r"
    2022 statistic: victims_identified 10 (victims)
    2022 statistic: victims_assisted 10 (victims)
    ");
    // Given something that is no care, the victims restated count nothing more.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 10 victims and provided them with identity documents.", report(2023)), @"2022 statistic: victims_identified 10 (victims)");
    // "providing shelter" is one verb of a pair, not a pair and a verb.
    insta::assert_snapshot!(run(&StatisticRule, "The government reported identifying 40 victims, and providing shelter and services for 23 victims.", report(2023)), @r"
    2022 statistic: victims_identified 40 (victims)
    2022 statistic: victims_assisted 23 (victims)
    ");
}

#[test]
fn a_count_without_its_noun_takes_the_one_before() {
    // The verb's object read with it: "provided services to".
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified 414 victims and provided services to 354 (compared to 290 in 2020).", report(2022)), @r"
    2021 statistic: victims_identified 414 (victims)
    2021 statistic: victims_assisted 354 (victims)
    2020 statistic: victims_assisted 290 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 1,143 potential victims and referred 254 to NGOs for assistance.", report(2019)), @r"
    2018 statistic: victims_identified 1143 (potential victims)
    2018 statistic: victims_referred 254 (potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities investigated 30 cases, prosecuted 12, and convicted seven in 2016.", wiki()), @r"
    2016 statistic: investigations 30 (cases)
    2016 statistic: prosecutions 12 (cases)
    2016 statistic: convictions 7 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police convicted 12 traffickers and charged five in absentia.", lead(2018)), @r"
    2018 statistic: convictions 12 (traffickers)
    2018 statistic: prosecutions 5 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 40 victims in 2019 and referred 25 in 2020.", report(2021)), @r"
    2019 statistic: victims_identified 40 (victims)
    2020 statistic: victims_referred 25 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Of the 120 victims identified in 2020, 80 were referred to shelters.", wiki()), @r"
    2020 statistic: victims_identified 120 (victims)
    2020 statistic: victims_referred 80 (victims)
    ");
    // A whole told with its own clause ("the government identified in 2017"): its part takes
    // none of that verb's metric.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 131 confirmed and potential victims the government identified in 2017, 127 victims, including 26 children, were sexually exploited.", wiki()), @"2017 statistic: victims_identified 131 (confirmed and potential victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 57 victims; 31 had been assisted by NGOs.", report(2019)), @r"
    2018 statistic: victims_identified 57 (victims)
    2018 statistic: victims_assisted 31 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2004, the government assisted 56 victims and referred 40 of them to NGO shelters.", wiki()), @r"
    2004 statistic: victims_assisted 56 (victims)
    2004 statistic: victims_referred 40 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 30 cases and prosecuted 12 of these in 2016.", wiki()), @r"
    2016 statistic: investigations 30 (cases)
    2016 statistic: prosecutions 12 (cases)
    ");
}

#[test]
fn a_metric_noun_that_changed() {
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutions rose from 12 in 2016 to 20 in 2017.", wiki()), @r"
    2016 statistic: prosecutions 12
    2017 statistic: prosecutions 20
    ");
    insta::assert_snapshot!(run(&StatisticRule, "New investigations of the trafficking of women and children for sexual exploitation increased from three in 2004 to seven in 2005.", report(2006)), @r"
    2004 statistic: investigations 3
    2005 statistic: investigations 7
    ");
    // An adverb before the verb, or the count told after "with".
    insta::assert_snapshot!(run(&StatisticRule, "Convictions also rose, with 71 in 2023 compared to 55 in 2022.", wiki()), @r"
    2023 statistic: convictions 71
    2022 statistic: convictions 55
    ");
    // A change told by how many times over, and a comma before its figures.
    insta::assert_snapshot!(run(&StatisticRule, "Convictions halved, from 12 in 2016 to six in 2017.", wiki()), @r"
    2016 statistic: convictions 12
    2017 statistic: convictions 6
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The number of victims identified by police tripled, from 40 in 2016 to 120 in 2017.", wiki()), @r"
    2016 statistic: victims_identified 40
    2017 statistic: victims_identified 120
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 50 victims in 2016; this doubled to 100 in 2017.", wiki()), @r"
    2016 statistic: victims_identified 50 (victims)
    2017 statistic: victims_identified 100 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutions sharply increased from 12 in 2016 to 20 in 2017.", wiki()), @r"
    2016 statistic: prosecutions 12
    2017 statistic: prosecutions 20
    ");
    // People counted in a clause about the number of those done the act: that act's.
    insta::assert_snapshot!(run(&StatisticRule, "The number of persons convicted of a human trafficking offense increased from 578 persons in 2012 to 1,118 persons in 2022.", wiki()), @r"
    2012 statistic: convictions 578 (persons)
    2022 statistic: convictions 1118 (persons)
    ");
    // The year told with the first count is that count's, not the second's.
    insta::assert_snapshot!(run(&StatisticRule, "Convictions decreased from 30 in the previous reporting period to 12.", report(2019)), @r"
    2017 statistic: convictions 30
    2018 statistic: convictions 12
    ");
    // The year before the sentence's.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 23 traffickers in 2019, up from 17 the year before.", wiki()), @r"
    2019 statistic: convictions 23 (traffickers)
    2018 statistic: convictions 17 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 40 victims, compared with 31 a year earlier.", report(2020)), @r"
    2019 statistic: victims_identified 40 (victims)
    2018 statistic: victims_identified 31 (victims)
    ");
    // A metric noun as the object of the change.
    insta::assert_snapshot!(run(&StatisticRule, "The government increased the number of investigations from 11 in 2017 to 23 in 2018.", wiki()), @r"
    2017 statistic: investigations 11
    2018 statistic: investigations 23
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities reduced prosecutions from 40 in 2016 to 25 in 2017.", wiki()), @r"
    2016 statistic: prosecutions 40
    2017 statistic: prosecutions 25
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police increased the number of victims identified from 102 in 2019 to 150 in 2020.", wiki()), @r"
    2019 statistic: victims_identified 102
    2020 statistic: victims_identified 150
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry increased funding from 30 in 2016 to 45 in 2017.", wiki()), @"");
    // A change of something else counts nothing.
    insta::assert_snapshot!(run(&StatisticRule, "Funding for shelters increased from 30 in 2016 to 45 in 2017.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Victims fell from 30 in 2016 to 12 in 2017.", wiki()), @"");
}

#[test]
fn the_number_of_a_metric() {
    // The number set beside the clause about it.
    insta::assert_snapshot!(run(&StatisticRule, "The total number of convictions, 31, was similar to 29 in 2020.", report(2022)), @r"
    2021 statistic: convictions 31
    2020 statistic: convictions 29
    ");
    // A participle after the noun counted, perhaps with its agent.
    insta::assert_snapshot!(run(&StatisticRule, "The number of victims identified by police rose from 120 in 2017 to 210 in 2018.", wiki()), @r"
    2017 statistic: victims_identified 120
    2018 statistic: victims_identified 210
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The number of cases investigated by the police fell from 40 in 2017 to 25 in 2018.", wiki()), @r"
    2017 statistic: investigations 40
    2018 statistic: investigations 25
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The number of officials trained rose to 400 in 2018.", wiki()), @"2018 statistic: officials_trained 400");
    // A participle the noun cannot take counts nothing.
    insta::assert_snapshot!(run(&StatisticRule, "The number of traffickers trained rose to 12 in 2018.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The number of convictions rose from 12 in 2016 to 30 in 2017.", wiki()), @r"
    2016 statistic: convictions 12
    2017 statistic: convictions 30
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, the number of identified victims increased to 214.", wiki()), @"2019 statistic: victims_identified 214");
    insta::assert_snapshot!(run(&StatisticRule, "In 2015, the number of prosecutions climbed to 40.", wiki()), @"2015 statistic: prosecutions 40");
    // "Of the (total) number of ...": the parts of that number, no counts of its metric.
    insta::assert_snapshot!(run(&StatisticRule, "Of the total number of trafficking victims assisted, 59 were Testlandic and 102 were foreigners.", report(2015)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Of the number of victims identified, 23 were women.", report(2015)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The number of identified trafficking victims had gone up from 229 to 367.", wiki()), @r"
    undated statistic: victims_identified 229
    undated statistic: victims_identified 367
    ");
    // A change told over a number of years: the first figure is of that many years before.
    insta::assert_snapshot!(run(&StatisticRule, "In 2024, the number of identified trafficking victims had gone up from 229 to 367 in three years.", wiki()), @r"
    2021 statistic: victims_identified 229
    2024 statistic: victims_identified 367
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Convictions fell from 30 to 12 over 2 years.", report(2019)), @r"
    2016 statistic: convictions 30
    2018 statistic: convictions 12
    ");
    // A first figure with a year of its own keeps it.
    insta::assert_snapshot!(run(&StatisticRule, "In 2024, the number of identified victims rose from 229 in 2020 to 367 in four years.", wiki()), @r"
    2020 statistic: victims_identified 229
    2024 statistic: victims_identified 367
    ");
    // The noun's complement stands between it and the verb.
    insta::assert_snapshot!(run(&StatisticRule, "In 2003, the number of reported investigations of trafficking decreased to 72.", wiki()), @"2003 statistic: investigations 72");
    insta::assert_snapshot!(run(&StatisticRule, "In 2003, the number of prosecutions for trafficking rose to 15.", wiki()), @"2003 statistic: prosecutions 15");
    assert_eq!(
        run(
            &StatisticRule,
            "In 2019, the number of victims increased to 214.",
            wiki()
        ),
        ""
    );
}

#[test]
fn cases_opened_are_investigations() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2013, the police opened 56 criminal cases related to trafficking.", wiki()), @"2013 statistic: investigations 56 (criminal cases)");
    insta::assert_snapshot!(run(&StatisticRule, "The government initiated prosecutions of 15 alleged traffickers.", report(2019)), @"2018 statistic: prosecutions 15 (alleged traffickers)");
    // An opening read with its noun joins a list of verbs; so does a noun's open preposition.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated and initiated the prosecution of 12 suspects.", report(2019)), @r"
    2018 statistic: investigations 12 (suspects)
    2018 statistic: prosecutions 12 (suspects)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities initiated the prosecutions of and convicted two labor traffickers.", report(2019)), @r"
    2018 statistic: prosecutions 2 (labor traffickers)
    2018 statistic: convictions 2 (labor traffickers)
    ");
    assert_eq!(
        run(
            &StatisticRule,
            "In 2013, the government opened two shelters for 40 victims.",
            wiki()
        ),
        ""
    );
}

#[test]
fn cases_told_opened_by_a_gerund_are_investigations() {
    insta::assert_snapshot!(run(&StatisticRule, "The Department of State reported opening 154 human trafficking-related cases during FY 2014.", report(2015)), @"2014 statistic: investigations 154 (human trafficking-related cases)");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported the opening of 3 new shelters in 2014.", report(2015)), @"");
}

#[test]
fn charges_brought_are_prosecutions() {
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors brought charges against 11 persons and courts convicted seven traffickers.", lead(2004)), @r"
    2004 statistic: prosecutions 11 (persons)
    2004 statistic: convictions 7 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, authorities filed trafficking charges against 23 suspects.", wiki()), @"2019 statistic: prosecutions 23 (suspects)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 14 defendants faced charges of trafficking.", wiki()), @"2019 statistic: prosecutions 14 (defendants)");
}

#[test]
fn a_count_shares_the_noun_of_the_next() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 13 Testlandic and five foreign victims.", report(2020)), @r"
    2019 statistic: victims_identified 13 (Testlandic victims)
    2019 statistic: victims_identified 5 (foreign victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated eight sex trafficking and four labor trafficking cases in 2019.", wiki()), @r"
    2019 statistic: investigations 8 (sex trafficking cases)
    2019 statistic: investigations 4 (labor trafficking cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The shelter assisted 88 women and 14 children in 2018.", wiki()), @r"
    2018 statistic: victims_assisted 88 (women)
    2018 statistic: victims_assisted 14 (children)
    ");
}

#[test]
fn parts_of_a_count_are_not_counts() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 190 victims, including 56 children, and referred all of them to care.", report(2019)), @r"
    2018 statistic: victims_identified 190 (victims)
    2018 statistic: victims_referred 190 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 40 cases, of which 12 involved forced labor.", report(2019)), @"2018 statistic: investigations 40 (cases)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2012, the government investigated 12 trafficking cases, including eight sex trafficking and four labor trafficking cases, and convicted five traffickers.", wiki()), @r"
    2012 statistic: investigations 12 (trafficking cases)
    2012 statistic: convictions 5 (traffickers)
    ");
}

#[test]
fn a_bare_count_of_another_stage_after_a_metric_noun() {
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors opened two new investigations (six in 2019) and prosecuted five for forced labor in 2020 (three in 2019).", report(2021)), @r"
    2020 statistic: investigations 2
    2019 statistic: investigations 6
    2020 statistic: prosecutions 5
    2019 statistic: prosecutions 3
    ");
    // Not a count of what is no stage of a case.
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors opened two new investigations and trained five.", report(2021)), @"2020 statistic: investigations 2");
}

#[test]
fn a_singular_noun_after_a_plural_count_modifies_what_is_counted() {
    insta::assert_snapshot!(run(&StatisticRule, "A government-issued report cited two different victim identification numbers.", report(2015)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated three case files.", report(2015)), @"");
    // A head noun after its count, or one counted alone.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified two victims.", report(2015)), @"2014 statistic: victims_identified 2 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified one victim in 2014.", report(2015)), @"2014 statistic: victims_identified 1 (victim)");
}

#[test]
fn groups_of_offenders_are_counted_as_cases_are() {
    insta::assert_snapshot!(run(&StatisticRule, "Law enforcement investigated 25 organized criminal groups involved in trafficking.", report(2008)), @"2007 statistic: investigations 25 (organized criminal groups)");
    insta::assert_snapshot!(run(&StatisticRule, "The trafficking activities of 16 other criminal groups are currently under investigation.", report(2004)), @"2003 statistic: investigations 16 (other criminal groups)");
    // Dismantled is no stage of a case; members of the groups counted are not counted.
    insta::assert_snapshot!(run(&StatisticRule, "Police dismantled 16 trafficking networks.", report(2008)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities prosecuted members of five trafficking rings.", report(2008)), @"");
    // One of a rank is no count.
    insta::assert_snapshot!(run(&StatisticRule, "These convictions led to the dismantling of one of the largest trafficking networks in the region.", report(2004)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated one of the most serious trafficking cases in the country's history.", report(2004)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted one of the traffickers.", report(2004)), @"2003 statistic: convictions 1 (traffickers)");
}

#[test]
fn a_verb_with_a_count_of_its_own_is_not_the_count_before_it() {
    // The second clause's subject joins the first count's noun, yet its verb has its own object.
    insta::assert_snapshot!(run(&StatisticRule, "Police arrested 12 suspects and prosecutors charged seven.", report(2021)), @"2020 statistic: prosecutions 7 (suspects)");
    insta::assert_snapshot!(run(&StatisticRule, "Police detained 30 suspects and prosecutors indicted 12 of them.", report(2021)), @"2020 statistic: prosecutions 12 (suspects)");
    // An aside in brackets or a clause after a comma is no object of the verb.
    insta::assert_snapshot!(run(&StatisticRule, "Between 2016 and 2019, 380 victims were identified (8% of whom were children).", wiki()), @"undated statistic: victims_identified 380 (victims)");
    // Subjects coordinated before their one verb share it.
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, 80 judges and prosecutors received training.", report(2021)), @"2020 statistic: officials_trained 80 (judges)");
}

#[test]
fn a_noun_left_out_and_its_limits() {
    // "arrested" is no metric, yet the count after it takes its noun.
    insta::assert_snapshot!(run(&StatisticRule, "Police arrested 40 suspects and investigated 25.", report(2021)), @"2020 statistic: investigations 25 (suspects)");
    // Not counts of the noun before: the verb does not fit it, or a noun of its own follows.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 40 victims and trained 25 to recognize indicators.", report(2019)), @"2018 statistic: victims_identified 40 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified 40 victims and referred 25 children to shelters.", report(2019)), @r"
    2018 statistic: victims_identified 40 (victims)
    2018 statistic: victims_referred 25 (children)
    ");
}

#[test]
fn verb_then_count() {
    insta::assert_snapshot!(run(&StatisticRule, "The Ministry of Justice reported investigating, prosecuting, and convicting three potential traffickers, although officials did not share information.", report(2021)), @r"
    2020 statistic: investigations 3 (potential traffickers)
    2020 statistic: prosecutions 3 (potential traffickers)
    2020 statistic: convictions 3 (potential traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "During the previous reporting period, the government reportedly investigated and prosecuted two cases of trafficking under non-trafficking statutes.", section(2009)), @r"
    2008 statistic: investigations 2 (cases)
    2008 statistic: prosecutions 2 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "ISF investigated five cases of trafficking, while the DGS investigated 78 suspected cases of trafficking.", lead(2014)), @r"
    2014 statistic: investigations 5 (cases)
    2014 statistic: investigations 78 (suspected cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases involving 20 suspects and convicted five traffickers.", lead(2016)), @r"
    2016 statistic: investigations 12 (cases)
    2016 statistic: investigations 20 (suspects)
    2016 statistic: convictions 5 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Officials charged 72 of these individuals under the anti-trafficking law.", lead(2014)), @"2014 statistic: prosecutions 72 (individuals)");
}

#[test]
fn count_then_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2009, 25 victims were assisted by non-government funded organizations, compared with 20 victims assisted by non-government funded organizations in 2008.", section(2009)), @r"
    2009 statistic: victims_assisted 25 (non-government funded organizations)
    2008 statistic: victims_assisted 20 (non-government funded organizations)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2011, 28 victims were referred by the police to shelters.", wiki()), @"2011 statistic: victims_referred 28 (the police)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2012, 19 traffickers were convicted by district courts under Article 12.", wiki()), @"2012 statistic: convictions 19 (district courts)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, the Internal Security Forces (ISF) stated that 29 victims of sex trafficking had been identified.", wiki()), @"2017 statistic: victims_identified 29 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "An Irish report noted that between 2014 and 2019, there were 346 victims officially identified in the country.", wiki()), @"undated statistic: victims_identified 346 (victims)");
}

#[test]
fn an_agent_ends_before_the_clauses_own_verb() {
    // The clause's own verb is the count's; the participle and its agent describe the victims.
    insta::assert_snapshot!(run(&StatisticRule, "All 82 Kazakhstani victims identified by the government received assistance from government-funded programs.", report(2017)), @"2016 statistic: victims_assisted 82 (Kazakhstani victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The 82 victims identified by the government were children.", report(2017)), @"2016 statistic: victims_identified 82 (the government)");
    // "involved" is the clause's own verb too, and tells what a part of the whole involved.
    insta::assert_snapshot!(run(&StatisticRule, "Police reported 38 of the 46 victims identified by law enforcement involved Slovak victims exploited abroad.", report(2019)), @"2018 statistic: victims_identified 46 (law enforcement)");
    insta::assert_snapshot!(run(&StatisticRule, "The 40 cases investigated by police involved 55 suspects.", report(2019)), @"2018 statistic: investigations 40 (police)");
}

#[test]
fn defendants_brought_to_trial_are_prosecuted() {
    insta::assert_snapshot!(run(&StatisticRule, "Italian prosecutors brought to trial 224 defendants in 2011, compared with 621 in 2010.", report(2013)), @r"
    2011 statistic: prosecutions 224 (defendants)
    2010 statistic: prosecutions 621 (defendants)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors brought 12 suspected traffickers to trial in 2015.", report(2016)), @"2015 statistic: prosecutions 12 (suspected traffickers)");
    // No other cue of the rule: "to trial" triggers it.
    insta::assert_snapshot!(run(&StatisticRule, "The courts brought to trial 20 defendants in 2015.", report(2016)), @"2015 statistic: prosecutions 20 (defendants)");
}

#[test]
fn a_count_told_by_there_were_is_compared_with_its_earlier_figure() {
    insta::assert_snapshot!(run(&StatisticRule, "There were 15 convictions for trafficking in 2012, up from nine in 2011.", wiki()), @r"
    2012 statistic: convictions 15
    2011 statistic: convictions 9
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019 there were 40 investigations, compared with 52 in 2018.", wiki()), @r"
    2019 statistic: investigations 40
    2018 statistic: investigations 52
    ");
}

#[test]
fn defendants_found_guilty_are_convicted() {
    insta::assert_snapshot!(run(&StatisticRule, "The courts found four defendants guilty of trafficking.", report(2019)), @"2018 statistic: convictions 4 (defendants)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, six traffickers were found guilty.", report(2019)), @"2017 statistic: convictions 6 (traffickers)");
    // Acquittals and people found are no convictions.
    insta::assert_snapshot!(run(&StatisticRule, "The court found two officials not guilty.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Two defendants were found not guilty.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police found 12 suspects in a raid.", report(2019)), @"");
}

#[test]
fn a_comparison_closed_before_the_next_count_keeps_its_date() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, the government reported initiating investigations of 20 suspected trafficking cases, compared with 35 the previous year and prosecutions of 17 defendants, compared with 10 the previous year.", report(2017)), @r"
    2016 statistic: investigations 20 (suspected trafficking cases)
    2015 statistic: investigations 35 (suspected trafficking cases)
    2016 statistic: prosecutions 17 (defendants)
    2015 statistic: prosecutions 10 (defendants)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated 20 cases in 2016, compared with 35 in 2015, and it prosecuted 17 defendants, compared with 10 in 2015.", report(2017)), @r"
    2016 statistic: investigations 20 (cases)
    2015 statistic: investigations 35 (cases)
    2016 statistic: prosecutions 17 (defendants)
    2015 statistic: prosecutions 10 (defendants)
    ");
}

#[test]
fn a_count_last_year_is_the_period_before() {
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted three trafficking cases, compared with two cases last year.", report(2018)), @r"
    2017 statistic: prosecutions 3 (trafficking cases)
    2016 statistic: prosecutions 2 (cases)
    ");
}

#[test]
fn a_comparison_may_open_with_in_comparison() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, authorities investigated 73 sex trafficking cases and two forced labor cases, in comparison to 55 sex trafficking cases in 2016.", report(2018)), @r"
    2017 statistic: investigations 73 (sex trafficking cases)
    2017 statistic: investigations 2 (forced labor cases)
    2016 statistic: investigations 55 (sex trafficking cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims, in comparison with 35 in the previous reporting period.", report(2022)), @r"
    2021 statistic: victims_identified 40 (victims)
    2020 statistic: victims_identified 35 (victims)
    ");
}

#[test]
fn a_compared_figure_may_take_the_after_any_comparison_word() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials referred 61 victims to care, similar to the 58 referred in 2016.", report(2018)), @r"
    2017 statistic: victims_referred 61 (victims)
    2016 statistic: victims_referred 58 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The courts convicted 14 traffickers in 2021, up from the nine convicted in 2020.", report(2022)), @r"
    2021 statistic: convictions 14 (traffickers)
    2020 statistic: convictions 9 (traffickers)
    ");
}

#[test]
fn a_figure_compared_after_an_included_part_is_the_wholes() {
    insta::assert_snapshot!(run(&StatisticRule, "Shelters assisted 150 victims, including the 30 identified victims, compared with 171 in 2020.", report(2022)), @r"
    2021 statistic: victims_assisted 150 (victims)
    2021 statistic: victims_identified 30 (identified victims)
    2020 statistic: victims_assisted 171 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors charged 30 suspects, including four convicted in 2021, compared with 25 in 2020.", report(2022)), @r"
    2021 statistic: prosecutions 30 (suspects)
    2021 statistic: convictions 4 (suspects)
    2020 statistic: prosecutions 25 (suspects)
    ");
}

#[test]
fn a_count_reported_with_a_verb_of_its_own_is_counted_by_that_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "The ministry reported 25 victims were referred to state shelters.", report(2022)), @"2021 statistic: victims_referred 25 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police recorded 31 victims received medical care.", report(2022)), @"2021 statistic: victims_assisted 31 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The embassy reported nine victims were repatriated.", report(2022)), @"2021 statistic: victims_repatriated 9 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police reported 40 victims in 2021.", report(2022)), @"2021 statistic: victims_identified 40 (victims)");
}

#[test]
fn help_asked_for_is_not_help_given() {
    insta::assert_snapshot!(run(&StatisticRule, "A legal aid NGO received requests for assistance from 120 victims of exploitation.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Shelters received requests for support from 45 potential victims.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The NGO provided assistance to 45 potential victims.", report(2022)), @"2021 statistic: victims_assisted 45 (potential victims)");
}

#[test]
fn all_as_the_subject_of_a_clause_restates_the_count_before() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials referred 52 victims to NGO shelters and all received counseling.", report(2022)), @r"
    2021 statistic: victims_referred 52 (victims)
    2021 statistic: victims_assisted 52 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims; all were repatriated to their home countries.", report(2022)), @r"
    2021 statistic: victims_identified 40 (victims)
    2021 statistic: victims_repatriated 40 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims and all were adults.", report(2022)), @"2021 statistic: victims_identified 40 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified 31 children in 2021 (45 in 2020); all received medical care.", report(2022)), @r"
    2021 statistic: victims_identified 31 (children)
    2020 statistic: victims_identified 45 (children)
    2021 statistic: victims_assisted 31 (children)
    ");
}

#[test]
fn care_told_as_a_list_of_kinds_joins_the_verbs_before_it() {
    insta::assert_snapshot!(run(&StatisticRule, "The ministry repatriated and provided legal, medical, and psychological assistance to five victims.", report(2022)), @r"
    2021 statistic: victims_repatriated 5 (victims)
    2021 statistic: victims_assisted 5 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified and provided food, shelter, and medical care to 12 victims.", report(2022)), @r"
    2021 statistic: victims_identified 12 (victims)
    2021 statistic: victims_assisted 12 (victims)
    ");
}

#[test]
fn victims_found_to_be_victims_of_other_crimes_are_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials later identified the seven remaining potential victims as victims of other crimes, such as smuggling.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified seven potential victims as trafficking victims.", report(2022)), @"2021 statistic: victims_identified 7 (potential victims)");
}

#[test]
fn this_was_a_change_from_a_figure_compares_the_last_count_told_before() {
    let stats = |sentences: &str| counts_in_report(2021, sentences);
    insta::assert_snapshot!(stats("Police referred 18 victims to shelters. This was a decrease from 30 in 2019."), @r"
    2019 victims_referred 30
    2020 victims_referred 18 (victims)
    ");
    insta::assert_snapshot!(stats("Of the 90 potential victims identified, officials referred 18 to shelters. This represented an increase from 12 in 2019."), @r"
    2019 victims_referred 12
    2020 victims_identified 90 (potential victims)
    2020 victims_referred 18 (potential victims)
    ");
}

#[test]
fn a_figure_compared_after_a_restated_count_is_of_the_restating_metric_too() {
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 60 victims and referred them to services in 2021, compared to 52 in 2020.", report(2022)), @r"
    2021 statistic: victims_identified 60 (victims)
    2021 statistic: victims_referred 60 (victims)
    2020 statistic: victims_identified 52 (victims)
    2020 statistic: victims_referred 52 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 60 victims, compared with 52 in 2020, and referred all of them to shelters.", report(2022)), @r"
    2021 statistic: victims_identified 60 (victims)
    2020 statistic: victims_identified 52 (victims)
    2021 statistic: victims_referred 60 (victims)
    ");
}

#[test]
fn a_year_closing_a_list_of_compared_counts_reaches_nouns_told_with_their_agents() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2021, police identified 150 victims, an increase from 96 victims identified by the national police and four additional victims identified by an international organization in 2020.", report(2022)), @r"
    2021 statistic: victims_identified 150 (victims)
    2020 statistic: victims_identified 96 (the national police)
    2020 statistic: victims_identified 4 (an international organization)
    ");
}

#[test]
fn care_given_to_all_of_a_bare_count_counts_them() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified 17 victims and provided shelter to all 17.", report(2022)), @r"
    2021 statistic: victims_identified 17 (victims)
    2021 statistic: victims_assisted 17 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police referred three victims to shelters and reported providing other care to all 17.", report(2022)), @r"
    2021 statistic: victims_referred 3 (victims)
    2021 statistic: victims_assisted 17 (victims)
    ");
}

#[test]
fn comparisons_with_their_own_period_bracket_or_participle() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities initiated 3,254 investigations during the reporting period, compared to 3,310 investigations in the previous period.", report(2019)), @r"
    2018 statistic: investigations 3254
    2017 statistic: investigations 3310
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police registered 176 cases, compared with 227 cases in the previous fiscal year.", report(2019)), @r"
    2018 statistic: investigations 176 (cases)
    2017 statistic: investigations 227 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 116 potential victims, compared with 95 potential victims (82 of sex trafficking and 13 of labor trafficking) in 2017.", report(2019)), @r"
    2018 statistic: victims_identified 116 (potential victims)
    2017 statistic: victims_identified 95 (potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government referred 112 victims to shelter services, compared with 78 victims referred to shelter in 2017.", report(2019)), @r"
    2018 statistic: victims_referred 112 (victims)
    2017 statistic: victims_referred 78 (victims)
    ");
    // A verb right before the next count is that count's.
    insta::assert_snapshot!(run(&StatisticRule, "Judges acquitted 68 traffickers in 30 cases, convicted 25 traffickers and sentenced them to prison.", report(2019)), @"2018 statistic: convictions 25 (traffickers)");
    // A count after a verb of no metric shares nothing with the count before it, a
    // determiner between or not.
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors prosecuted two labor trafficking cases, in which judges acquitted the five Testlandian and two foreign defendants.", report(2019)), @"2018 statistic: prosecutions 2 (labor trafficking cases)");
    // The active verb of a relative clause with a count of its own is that count's.
    insta::assert_snapshot!(run(&StatisticRule, "Police referred 51 new cases to the prosecutor's office, which investigated 65 people.", report(2019)), @"2018 statistic: investigations 65 (people)");
    // A passive one still tells what was done to the count before it.
    insta::assert_snapshot!(run(&StatisticRule, "Police found 40 victims, who were referred to shelters.", report(2019)), @"2018 statistic: victims_referred 40 (victims)");
}

#[test]
fn metric_nouns_comparisons_and_brackets() {
    insta::assert_snapshot!(run(&StatisticRule, "Kazakhstan convicted only one trafficker in 2006, a significant decrease from 13 convictions in 2005.", report(2007)), @r"
    2006 statistic: convictions 1 (trafficker)
    2005 statistic: convictions 13
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2022, authorities investigated 73 trafficking cases (33 sex trafficking, 39 labor trafficking, one unspecified form of trafficking), an increase from 57 in 2021; notably 20 of the cases involved 33 potential child sex trafficking victims.", report(2023)), @r"
    2022 statistic: investigations 73 (trafficking cases)
    2021 statistic: investigations 57 (trafficking cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2022, the government identified 150 trafficking victims (53 sex trafficking, 97 labor trafficking), less than half the number of identified victims (312) in 2021.", report(2023)), @r"
    2022 statistic: victims_identified 150 (trafficking victims)
    2021 statistic: victims_identified 312 (victims)
    ");
    // A part of a whole, its count bracketed.
    for s in [
        "The majority of identified victims (488) were women and children.",
        "Most of the victims (40) were foreign nationals.",
    ] {
        assert_eq!(run(&StatisticRule, s, report(2023)), "", "{s}");
    }
    // Done an act of its own after the bracket, the part is counted for that act.
    insta::assert_snapshot!(run(&StatisticRule, "Approximately half of the registered victims (380) benefited from rehabilitative assistance provided by NGOs.", report(2015)), @"2014 statistic: victims_assisted 380 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Most of the identified victims (120) were referred to shelters.", report(2015)), @"2014 statistic: victims_referred 120 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2022, authorities referred 148 of 150 identified victims to services; however, a limited number of victims received assistance - 24 percent (36 victims) in 2022, compared with 23 percent (70 victims) in 2021.", report(2023)), @r"
    2022 statistic: victims_referred 148 (identified victims)
    2022 statistic: victims_assisted 36 (victims)
    2021 statistic: victims_assisted 70 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The General Prosecutor's Office provided regular training for 10 to 15 prosecutors on trafficking.", section(2009)), @"2009 statistic: officials_trained range 10..=15 (prosecutors)");
    insta::assert_snapshot!(run(&StatisticRule, "Various organizations also provided training for more than 100 officials from the State Border Services.", section(2009)), @"2009 statistic: officials_trained more_than 100 (officials)");
}

#[test]
fn cases_registered_are_investigations() {
    insta::assert_snapshot!(run(&StatisticRule, "Police registered 40 criminal cases of trafficking in 2014.", wiki()), @"2014 statistic: investigations 40 (criminal cases)");
    insta::assert_snapshot!(run(&StatisticRule, "The police registered 25 trafficking crimes in 2015.", wiki()), @"2015 statistic: investigations 25 (trafficking crimes)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities investigated 12 trafficking offenses in 2015.", wiki()), @"2015 statistic: investigations 12 (trafficking offenses)");
    // Victims registered stay victims identified.
    insta::assert_snapshot!(run(&StatisticRule, "The ministry registered 120 victims in 2015.", wiki()), @"2015 statistic: victims_identified 120 (victims)");
    // Cases recorded are cases registered; so are the people they involve.
    insta::assert_snapshot!(run(&StatisticRule, "The government recorded 592 cases involving 1,324 suspects during the reporting period, a decrease from 778 cases the previous reporting period.", report(2019)), @r"
    2018 statistic: investigations 592 (cases)
    2018 statistic: investigations 1324 (suspects)
    2017 statistic: investigations 778 (cases)
    ");
    // Only right before the count: a count after a recorded change takes no act from it.
    insta::assert_snapshot!(run(&StatisticRule, "The government recorded an increase in cases, with 45 cases in 2020.", wiki()), @"");
}

#[test]
fn a_participle_names_the_metric() {
    insta::assert_snapshot!(run(&StatisticRule, "The ministry reported 321 identified victims in 2016.", wiki()), @"2016 statistic: victims_identified 321 (identified victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Eurostat reported 321 registered victims in 2016.", wiki()), @"2016 statistic: victims_identified 321 (registered victims)");
    // Past an adverb.
    insta::assert_snapshot!(run(&StatisticRule, "In 2022, authorities reported there were 47 officially identified victims, compared with 64 newly identified victims in 2021.", wiki()), @r"
    2022 statistic: victims_identified 47 (officially identified victims)
    2021 statistic: victims_identified 64 (newly identified victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported 47 recently arrived migrants in 2022.", wiki()), @"");
    // A verb's metric comes first; an adjective that is no metric names none.
    insta::assert_snapshot!(run(&StatisticRule, "The government assisted 40 identified victims in 2016.", wiki()), @"2016 statistic: victims_assisted 40 (identified victims)");
    assert_eq!(
        run(
            &StatisticRule,
            "The ministry cited 321 suspected victims in 2016.",
            wiki()
        ),
        ""
    );
}

#[test]
fn a_metric_noun_before_a_count_of_them() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities arrested 40 suspects and filed charges against 25 of them.", report(2012)), @"2011 statistic: prosecutions 25 (suspects)");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 40 victims and provided assistance to 28.", report(2012)), @r"
    2011 statistic: victims_identified 40 (victims)
    2011 statistic: victims_assisted 28 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 35 victims and referred all 35 to care facilities.", report(2012)), @r"
    2011 statistic: victims_identified 35 (victims)
    2011 statistic: victims_referred 35 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "It prosecuted 23 suspects and secured convictions of 16.", report(2012)), @r"
    2011 statistic: prosecutions 23 (suspects)
    2011 statistic: convictions 16 (suspects)
    ");
    // Not a metric word before the preposition: no count.
    insta::assert_snapshot!(run(&StatisticRule, "It identified 23 victims and raised the total to 40.", report(2012)), @"2011 statistic: victims_identified 23 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "It identified 23 victims in 2011, a total of 40 since 2009.", report(2012)), @"2011 statistic: victims_identified 23 (victims)");
}

#[test]
fn a_part_or_the_whole_done_something_else_to() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 54 victims, of whom 32 received assistance.", report(2012)), @r"
    2011 statistic: victims_identified 54 (victims)
    2011 statistic: victims_assisted 32 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 30 victims, all of whom were referred to shelters.", report(2012)), @r"
    2011 statistic: victims_identified 30 (victims)
    2011 statistic: victims_referred 30 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 112 victims and referred all of them to care.", report(2012)), @r"
    2011 statistic: victims_identified 112 (victims)
    2011 statistic: victims_referred 112 (victims)
    ");
    // A part of the same metric, or described rather than done something to, stays a part.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 54 victims, of whom 32 were children.", report(2012)), @"2011 statistic: victims_identified 54 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 54 victims, of whom 32 were identified in the capital.", report(2012)), @"2011 statistic: victims_identified 54 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers, all of whom were sentenced to prison.", report(2012)), @"2011 statistic: convictions 12 (traffickers)");
}

#[test]
fn zeros_told_of_the_actors() {
    insta::assert_snapshot!(run(&StatisticRule, "No traffickers were convicted in 2011.", report(2012)), @"2011 statistic: convictions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "No one was convicted of trafficking in 2011.", report(2012)), @"2011 statistic: convictions 0");
    insta::assert_snapshot!(run(&StatisticRule, "No defendants were found guilty in 2011.", report(2012)), @"2011 statistic: convictions 0 (defendants)");
    insta::assert_snapshot!(run(&StatisticRule, "No defendants were found not guilty in 2011.", report(2012)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "No suspected traffickers were prosecuted or convicted during the reporting period.", report(2012)), @r"
    2011 statistic: prosecutions 0 (traffickers)
    2011 statistic: convictions 0 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "No officials were trained.", report(2012)), @"2011 statistic: officials_trained 0 (officials)");
    // The plain verb of an opening is a cue of its own.
    insta::assert_snapshot!(run(&StatisticRule, "Officials did not initiate any new trafficking cases during the reporting period.", report(2012)), @"2011 statistic: investigations 0 (new trafficking cases)");
    // Of a kind of trafficking, as "did not convict any sex trafficking offenders" is.
    insta::assert_snapshot!(run(&StatisticRule, "No alleged sex traffickers were convicted under the anti-trafficking law.", report(2012)), @"2011 statistic: convictions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "No forced labor cases were initiated or prosecuted in 2011.", report(2012)), @r"
    2011 statistic: investigations 0 (cases)
    2011 statistic: prosecutions 0 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report any trafficking prosecutions or convictions during the reporting period.", report(2012)), @r"
    2011 statistic: prosecutions 0
    2011 statistic: convictions 0
    ");
    for s in [
        // Another population, or a part of the whole.
        "No officials were prosecuted for complicity in trafficking.",
        "The government did not report any labor trafficking prosecutions.",
        "No victims' cases were trained.",
        "No cases were reported to the hotline.",
    ] {
        assert_eq!(run(&StatisticRule, s, report(2012)), "", "{s}");
    }
}

#[test]
fn zeros_told_as_a_metric_verb_with_no_object() {
    insta::assert_snapshot!(run(&StatisticRule, "The police investigated no suspects for soliciting a trafficking victim.", report(2023)), @"2022 statistic: investigations 0 (suspects)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, courts prosecuted or convicted no traffickers.", wiki()), @r"
    2020 statistic: prosecutions 0 (traffickers)
    2020 statistic: convictions 0 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified no victims in 2019.", wiki()), @"2019 statistic: victims_identified 0 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted no officials for complicity in trafficking.", report(2021)), @"2020 statistic: prosecutions 0 (complicit officials)");
    for s in [
        // No person or case follows "no", or the count is not of the metric.
        "The government investigated no fewer than 40 cases.",
        "Police identified no significant gaps in the law.",
        "Authorities assisted victims with no shelters of their own.",
    ] {
        assert!(!run(&StatisticRule, s, report(2012)).contains(" 0 "), "{s}");
    }
}

#[test]
fn the_people_the_cases_told_before_involved() {
    insta::assert_snapshot!(run(&StatisticRule, "The investigations involved 67 criminal acts, 66 victims, and 15 perpetrators.", report(2018)), @r"
    2017 statistic: investigations 67 (criminal acts)
    2017 statistic: investigations 15 (perpetrators)
    ");
    let stats = |text: &str| {
        crate::rules::testing::facts_of_kind(text, crate::event::EventKind::Statistic).join("\n")
    };
    insta::assert_snapshot!(stats("Police conducted 313 investigations in 2018. The 313 cases involved 546 alleged traffickers."), @r"
    investigations 313
    investigations 546 (alleged traffickers)
    ");
    // Cases whose metric the sentence before does not tell, or a case of one's people.
    assert_eq!(
        run(
            &StatisticRule,
            "The cases involved 546 alleged traffickers.",
            report(2019)
        ),
        ""
    );
    assert_eq!(
        run(
            &StatisticRule,
            "One case involved 46 suspected victims.",
            report(2019)
        ),
        ""
    );
}

#[test]
fn a_run_of_years_in_an_earlier_conjunct_is_not_the_zeros() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities referred fewer victims to care for the third consecutive year and did not convict any traffickers.", report(2020)), @"2019 statistic: convictions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified fewer victims for the third consecutive year, did not report referring any victims to care, and did not prosecute any traffickers.", report(2020)), @r"
    2019 statistic: victims_referred 0 (victims)
    2019 statistic: prosecutions 0 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "It did not complete any prosecutions for the second consecutive year, did not investigate any cases of forced begging, and identified fewer victims.", report(2019)), @r"
    2018 statistic: prosecutions 0
    2017 statistic: prosecutions 0 (inferred)
    2018 statistic: investigations 0 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not convict any traffickers for the fifth consecutive year and did not initiate any prosecutions.", report(2019)), @r"
    2018 statistic: convictions 0 (traffickers)
    2018 statistic: prosecutions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report convicting any traffickers or, for the third consecutive year, identifying any victims.", report(2019)), @r"
    2018 statistic: convictions 0 (traffickers)
    2018 statistic: victims_identified 0 (victims)
    2017 statistic: victims_identified 0 (victims) (inferred)
    2016 statistic: victims_identified 0 (victims) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government failed to identify or directly assist any victims.", report(2015)), @r"
    2014 statistic: victims_identified 0 (victims)
    2014 statistic: victims_assisted 0 (victims)
    ");
    // Opening the clause, it is, for every conjunct.
    insta::assert_snapshot!(run(&StatisticRule, "For the second consecutive year, authorities did not identify any victims and did not prosecute any traffickers.", report(2020)), @r"
    2019 statistic: victims_identified 0 (victims)
    2018 statistic: victims_identified 0 (victims) (inferred)
    2019 statistic: prosecutions 0 (traffickers)
    2018 statistic: prosecutions 0 (traffickers) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "For the second consecutive year, the government did not convict any traffickers.", report(2020)), @r"
    2019 statistic: convictions 0 (traffickers)
    2018 statistic: convictions 0 (traffickers) (inferred)
    ");
    // A list of names in the subject joins no clause.
    insta::assert_snapshot!(run(&StatisticRule, "For the second consecutive year, authorities in Bonaire, St. Eustatius, and Saba did not prosecute any traffickers.", report(2020)), @r"
    2019 statistic: prosecutions 0 (traffickers)
    2018 statistic: prosecutions 0 (traffickers) (inferred)
    ");
    // A clause joined after a list is not reached.
    insta::assert_snapshot!(run(&StatisticRule, "For the second consecutive year, police arrested Ali, Omar, and Sara, and Judge Mensah did not convict any traffickers.", report(2020)), @"2019 statistic: convictions 0 (traffickers)");
}

#[test]
fn a_zeros_subject_ends_before_what_it_is_told_to_have_done() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not convict any traffickers associated with exploiting fishermen.", report(2017)), @"2016 statistic: convictions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not prosecute any traffickers who exploited migrant workers.", report(2024)), @"2023 statistic: prosecutions 0 (traffickers)");
    // A participle before the noun stays.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not convict any alleged traffickers.", report(2017)), @"2016 statistic: convictions 0 (alleged traffickers)");
}

#[test]
fn zeros_of_trafficking_related_cases() {
    insta::assert_snapshot!(run(&StatisticRule, "There were no trafficking-related investigations or prosecutions.", report(2004)), @r"
    2003 statistic: investigations 0
    2003 statistic: prosecutions 0
    ");
}

#[test]
fn an_adverb_of_manner_joins_denied_verbs() {
    // "or otherwise assist": each verb of the list is denied.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not refer or otherwise assist any trafficking victims.", report(2019)), @r"
    2018 statistic: victims_referred 0 (trafficking victims)
    2018 statistic: victims_assisted 0 (trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not investigate, prosecute, or otherwise punish any officials complicit in trafficking.", report(2019)), @r"
    2018 statistic: investigations 0 (complicit officials)
    2018 statistic: prosecutions 0 (complicit officials)
    ");
}

#[test]
fn victims_returned_to_their_home_countries_are_repatriated() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities returned 20 foreign victims to their home countries in 2017.", wiki()), @"2017 statistic: victims_repatriated 20 (foreign victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Officials returned 12 victims to their countries of origin in 2016.", wiki()), @"2016 statistic: victims_repatriated 12 (victims)");
    // Returned elsewhere, or people who are not told to be victims: no return home counted.
    insta::assert_snapshot!(run(&StatisticRule, "Police returned 30 children to their families in 2015.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities returned 300 migrants to their home countries in 2017.", wiki()), @"");
    // A bare count sent home: the victims told before.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities immediately returned all 11 to their home countries, without providing services.", report(2019)), @"2018 statistic: victims_repatriated 11");
}

#[test]
fn the_return_told_before_care_is_a_repatriation() {
    insta::assert_snapshot!(run(&StatisticRule, "The government provided repatriation assistance to 35 victims.", report(2018)), @"2017 statistic: victims_repatriated 35 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "It gave medical assistance to 12 victims and repatriation assistance to 35 victims.", report(2018)), @r"
    2017 statistic: victims_assisted 12 (victims)
    2017 statistic: victims_repatriated 35 (victims)
    ");
    // Care with no return before it is still care.
    insta::assert_snapshot!(run(&StatisticRule, "The government provided assistance to 35 victims.", report(2018)), @"2017 statistic: victims_assisted 35 (victims)");
}

#[test]
fn care_given_with_no_noun_after_a_verb_of_giving() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials offered 14 victims shelter in 2020, compared to providing 22 with legal aid and 9 with housing in 2019.", report(2021)), @r"
    2020 statistic: victims_assisted 14 (victims)
    2019 statistic: victims_assisted 22 (victims)
    2019 statistic: victims_assisted 9 (victims)
    ");
    // The same preposition after two bare counts: the second shares the first's metric.
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors charged 12 defendants in 2020, compared to charging 5 with sex trafficking and 3 with forced labor in 2019.", report(2021)), @r"
    2020 statistic: prosecutions 12 (defendants)
    2019 statistic: prosecutions 5 (defendants)
    2019 statistic: prosecutions 3 (defendants)
    ");
    // Not care after "with": no count of help.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 30 victims in 2020, compared to providing 12 with identity documents in 2019.", report(2021)), @"2020 statistic: victims_identified 30 (victims)");
}

#[test]
fn zeros_of_care_with_any_before_the_care_or_the_victims() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials did not provide any protection services to trafficking victims, including among victims who remained in the country at the close of the previous reporting period.", report(2023)), @"2022 statistic: victims_assisted 0 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report providing services to any of the 26 potential victims.", report(2022)), @"2021 statistic: victims_assisted 0 (victims)");
    // Referral denied with the care joined to it.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report referring or otherwise providing protective services to any trafficking victims.", report(2019)), @r"
    2018 statistic: victims_referred 0 (trafficking victims)
    2018 statistic: victims_assisted 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any victims, nor did it provide any services to victims identified earlier.", report(2021)), @r"
    2020 statistic: victims_identified 0 (victims)
    2020 statistic: victims_assisted 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not provide or fund any shelter for victims.", report(2021)), @"2020 statistic: victims_assisted 0 (victims)");
    // Care joined to other denied verbs, or to another kind of care.
    for (s, want) in [
        ("Authorities did not identify or provide shelter to any victims.", "2020 statistic: victims_identified 0 (victims)\n2020 statistic: victims_assisted 0 (victims)"),
        ("The government did not identify, refer, or provide care to any victims.", "2020 statistic: victims_identified 0 (victims)\n2020 statistic: victims_referred 0 (victims)\n2020 statistic: victims_assisted 0 (victims)"),
        ("The government did not provide shelter or other services to any victims.", "2020 statistic: victims_assisted 0 (victims)"),
        // "any" before the care: the victims after it are the object of every denied verb.
        ("The government failed to identify or provide any services to adult victims of labor trafficking.", "2020 statistic: victims_identified 0 (adult victims)\n2020 statistic: victims_assisted 0 (victims)"),
        ("Officials did not identify or provide any assistance to any victims.", "2020 statistic: victims_identified 0 (victims)\n2020 statistic: victims_assisted 0 (victims)"),
        ("The government did not prosecute or provide any services to victims.", "2020 statistic: victims_assisted 0 (victims)"),
        // The victims before the care: the object of "provide ... with".
        ("It did not identify or provide any trafficking victims with shelter or care within the country.", "2020 statistic: victims_identified 0 (trafficking victims)\n2020 statistic: victims_assisted 0 (victims)"),
        ("Police did not investigate or provide any cases with funding.", "2020 statistic: investigations 0 (cases)"),
    ] {
        assert_eq!(run(&StatisticRule, s, report(2021)), want, "{s}");
    }
    // Care denied with no one named, its clause ending there: none assisted.
    assert_eq!(
        run(&StatisticRule, "The government did not provide any protective services, and authorities did not identify any trafficking victims.", report(2022)),
        "2021 statistic: victims_assisted 0 (victims)\n2021 statistic: victims_identified 0 (trafficking victims)"
    );
    // Repatriation assistance denied: none repatriated.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not provide any repatriation assistance to trafficking victims in 2014.", report(2015)), @"2014 statistic: victims_repatriated 0 (victims)");
    // Neither the care nor the victims are "any": a judgement of services, no count.
    insta::assert_snapshot!(run(&StatisticRule, "It did not provide or fund protective services to victims.", report(2017)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not provide adequate services to all identified victims.", report(2017)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not provide any funding for victim services.", report(2017)), @"");
}

#[test]
fn zeros_of_care_a_listed_opening_and_a_noun_with_its_offense() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not provide care to any victims.", report(2018)), @"2017 statistic: victims_assisted 0 (victims)");
    // The victims before the care.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report identifying any trafficking victims or providing any suspected victims protective services.", report(2014)), @r"
    2013 statistic: victims_identified 0 (trafficking victims)
    2013 statistic: victims_assisted 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not provide any victims with shelter.", report(2014)), @"2013 statistic: victims_assisted 0 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police did not arrest anyone, and NGOs provided any victims with shelter when asked.", report(2014)), @"");
    // Care to victims, in a conjunct of the denial.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities failed to identify any foreign victims or provide any shelter to foreign victims.", report(2016)), @r"
    2015 statistic: victims_identified 0 (foreign victims)
    2015 statistic: victims_assisted 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any victims; NGOs continued to provide any services to victims who asked.", report(2016)), @"2015 statistic: victims_identified 0 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any victims, initiate any trafficking prosecutions, or convict any traffickers.", report(2023)), @r"
    2022 statistic: victims_identified 0 (victims)
    2022 statistic: prosecutions 0
    2022 statistic: convictions 0 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Though no convictions for trafficking offenses were reported, police arrested suspects.", report(2005)), @"2004 statistic: convictions 0");
    // Care given to some, or denied to others than victims.
    for s in [
        "The government did not provide care to victims of other crimes.",
        "NGOs did not provide shelter to any migrants.",
    ] {
        assert_eq!(run(&StatisticRule, s, report(2018)), "", "{s}");
    }
    // The same count in each of the years listed.
    insta::assert_snapshot!(run(&StatisticRule, "Police convicted two traffickers each in 2018 and 2019.", wiki()), @r"
    2018 statistic: convictions 2 (traffickers)
    2019 statistic: convictions 2 (traffickers)
    ");
}

#[test]
fn zeros_of_people_reported_none_of_by_the_act_done_to_them() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report any victims identified or referred to care.", report(2023)), @r"
    2022 statistic: victims_identified 0 (victims)
    2022 statistic: victims_referred 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported no traffickers convicted.", report(2023)), @"2022 statistic: convictions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "There were no victims identified in 2022.", report(2023)), @"2022 statistic: victims_identified 0 (victims)");
    // The participle naming the people, the clause's own verb after: not these acts.
    insta::assert_snapshot!(run(&StatisticRule, "The government reported no victims identified were charged with crimes.", report(2023)), @"");
}

#[test]
fn zeros_told_as_no_reports_of_them() {
    insta::assert_snapshot!(run(&StatisticRule, "There were no reports of trafficking prosecutions or convictions.", report(2011)), @r"
    2010 statistic: prosecutions 0
    2010 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "There were no reports of victims assisted or trafficking offenders prosecuted.", report(2011)), @r"
    2010 statistic: victims_assisted 0 (victims)
    2010 statistic: prosecutions 0 (trafficking offenders)
    ");
    for s in [
        "There were no reports of trafficking in the country.",
        "There were no reports of officials complicit in trafficking.",
    ] {
        assert_eq!(run(&StatisticRule, s, report(2011)), "", "{s}");
    }
}

#[test]
fn zeros_told_of_a_bare_plural() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not prosecute or convict suspected traffickers or identify victims in 2015.", report(2016)), @r"
    2015 statistic: prosecutions 0 (suspected traffickers)
    2015 statistic: convictions 0 (suspected traffickers)
    2015 statistic: victims_identified 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government arrested and investigated, but did not prosecute or convict, officials who were allegedly complicit in trafficking.", report(2021)), @r"
    2020 statistic: prosecutions 0 (complicit officials)
    2020 statistic: convictions 0 (complicit officials)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not criminally prosecute complicit officials.", report(2018)), @"2017 statistic: prosecutions 0 (complicit officials)");
    // The officials included are a part of the zero's population, not that population.
    insta::assert_snapshot!(run(&StatisticRule, "The government decreased investigations and did not secure convictions of any traffickers—including cases that involved complicit officials.", report(2022)), @"2021 statistic: convictions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "The government failed to prosecute acts of trafficking during the reporting period.", report(2009)), @"2008 statistic: prosecutions 0 (acts)");
    for s in [
        // A matter of degree, or some of them.
        "The government did not vigorously investigate and prosecute officials allegedly involved in trafficking crimes.",
        "The government did not consistently refer victims to appropriate shelter and services.",
        "The government did not proactively identify trafficking victims other than those represented by criminal cases.",
        "In two cases, the government did not prosecute those cases.",
        "The government did not identify victims among migrant workers.",
        "The government failed to vigorously investigate trafficking cases.",
    ] {
        assert_eq!(run(&StatisticRule, s, report(2016)), "", "{s}");
    }
}

#[test]
fn zeros_told_as_never_no_action_or_none_in_a_year() {
    insta::assert_snapshot!(run(&StatisticRule, "Testland has never convicted a trafficking offender.", report(2017)), @"2016 statistic: convictions 0 (trafficking offender)");
    insta::assert_snapshot!(run(&StatisticRule, "The government took no action to investigate or prosecute traffickers.", report(2009)), @r"
    2008 statistic: investigations 0 (traffickers)
    2008 statistic: prosecutions 0 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities reported 14 investigations in 2018, compared with 14 in 2017 and none in 2016.", report(2019)), @r"
    2018 statistic: investigations 14
    2017 statistic: investigations 14
    2016 statistic: investigations 0
    ");
    // Not zeros: a victim never identified as one, a "none" without its year.
    assert_eq!(
        run(
            &StatisticRule,
            "She had never assisted a victim before.",
            report(2019)
        ),
        ""
    );
    assert_eq!(
        run(
            &StatisticRule,
            "Police investigated 14 cases and none were closed.",
            report(2019)
        ),
        "2018 statistic: investigations 14 (cases)"
    );
}

#[test]
fn a_noun_read_past_the_next_number_does_not_overlap_it() {
    let text = "During the previous reporting period, the government reportedly more than 100 two cases of trafficking under non-trafficking statutes, although the individuals prosecuted in these cases were convicted.";
    insta::assert_snapshot!(run(&StatisticRule, text, report(2015)), @"");
}

#[test]
fn services_a_word_apart_zeros_not_been_and_parts_of_these() {
    insta::assert_snapshot!(run(&StatisticRule, "The government provided initial services to all 35 reported victims.", report(2020)), @"2019 statistic: victims_assisted 35 (reported victims)");
    insta::assert_snapshot!(run(&StatisticRule, "As yet, there have not been any prosecutions under the new law.", report(2006)), @"2005 statistic: prosecutions 0");
    insta::assert_snapshot!(run(&StatisticRule, "Police opened 40 new trafficking investigations, compared with 30 in 2018; 30 of these investigations led to police operations.", report(2020)), @r"
    2019 statistic: investigations 40
    2018 statistic: investigations 30
    ");
}

#[test]
fn people_counted_by_nationality() {
    insta::assert_snapshot!(run(&StatisticRule, "Separately, the courts convicted one Bangladeshi national of labor trafficking.", report(2019)), @"2018 statistic: convictions 1 (Bangladeshi national)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities prosecuted 14 foreign nationals for forced labor.", report(2019)), @"2018 statistic: prosecutions 14 (foreign nationals)");
    // Nationals are not victims by themselves.
    assert_eq!(
        run(
            &StatisticRule,
            "The government identified 30 citizens in the raid.",
            report(2019)
        ),
        ""
    );
}

#[test]
fn the_same_count_in_both_years() {
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted five traffickers in both 2018 and 2019, the lowest number since 2014.", report(2020)), @r"
    2018 statistic: convictions 5 (traffickers)
    2019 statistic: convictions 5 (traffickers)
    ");
    // Without "both", two years may share one count: the first year dates it.
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted five traffickers in 2018 and 2019.", report(2020)), @"2018 statistic: convictions 5 (traffickers)");
}

#[test]
fn a_figure_compared_for_several_years_at_once_counts_in_each() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified 312 victims in 2021, compared with 280 in both 2020 and 2019, and 250 in 2018.", report(2022)), @r"
    2021 statistic: victims_identified 312 (victims)
    2020 statistic: victims_identified 280 (victims)
    2019 statistic: victims_identified 280 (victims)
    2018 statistic: victims_identified 250 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers in 2021, compared with nine each in 2019 and 2020.", report(2022)), @r"
    2021 statistic: convictions 12 (traffickers)
    2019 statistic: convictions 9 (traffickers)
    2020 statistic: convictions 9 (traffickers)
    ");
    // Years told as recent periods: those compared with are before the current one.
    insta::assert_snapshot!(run(&StatisticRule, "The agency assisted 40 child victims, compared with 35 in each of the two previous years.", report(2022)), @r"
    2021 statistic: victims_assisted 40 (child victims)
    2020 statistic: victims_assisted 35 (child victims)
    2019 statistic: victims_assisted 35 (child victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases, compared with five during each of the past two reporting periods.", report(2022)), @r"
    2021 statistic: investigations 12 (cases)
    2020 statistic: investigations 5 (cases)
    2019 statistic: investigations 5 (cases)
    ");
    // Not compared with, the past periods end with the current one.
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted five traffickers in each of the last three years.", report(2022)), @r"
    2021 statistic: prosecutions 5 (traffickers)
    2020 statistic: prosecutions 5 (traffickers)
    2019 statistic: prosecutions 5 (traffickers)
    ");
}

#[test]
fn stated_zeros() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported no efforts to investigate, prosecute, convict, or punish any trafficking offenders during the reporting period.", section(2009)), @r"
    2009 statistic: investigations 0 (trafficking offenders)
    2009 statistic: prosecutions 0 (trafficking offenders)
    2009 statistic: convictions 0 (trafficking offenders)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not refer any victims to NGOs or IOM for assistance in 2009.", section(2009)), @"2009 statistic: victims_referred 0 (victims)");
    // A denied verb of no metric ends the list ("hold accountable"), its object still the list's.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not investigate, prosecute, or hold accountable any military members in 2009.", section(2009)), @r"
    2009 statistic: investigations 0 (military members)
    2009 statistic: prosecutions 0 (military members)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "During the previous year, the government did not report investigating or prosecuting any trafficking cases; courts reported convicting one trafficker for forcing victims to work.", report(2021)), @r"
    2019 statistic: investigations 0 (trafficking cases)
    2019 statistic: prosecutions 0 (trafficking cases)
    2019 statistic: convictions 1 (trafficker)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Although it reported 17 prosecutions in 2007, the government failed to convict or criminally punish anyone for trafficking offenses.", lead(2008)), @r"
    2007 statistic: prosecutions 17
    2007 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "It noted there had been less investigations and no legal convictions since 2017.", wiki()), @"undated statistic: convictions 0");
    insta::assert_snapshot!(run(&StatisticRule, "For the second year in a row, the government did not report identifying any victims.", report(2020)), @r"
    2019 statistic: victims_identified 0 (victims)
    2018 statistic: victims_identified 0 (victims) (inferred)
    ");
}

#[test]
fn more_phrasings() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported investigating 45 cases, prosecuting 30 defendants, and convicting 12 traffickers in 2019.", report(2020)), @r"
    2019 statistic: investigations 45 (cases)
    2019 statistic: prosecutions 30 (defendants)
    2019 statistic: convictions 12 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, the government initiated investigations of 20 trafficking cases and prosecutions against 15 alleged traffickers.", report(2020)), @r"
    2019 statistic: investigations 20 (trafficking cases)
    2019 statistic: prosecutions 15 (alleged traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 15 victims of sex trafficking and 30 victims of forced labor, compared with 40 in the previous reporting period.", report(2020)), @r"
    2019 statistic: victims_identified 15 (victims)
    2019 statistic: victims_identified 30 (victims)
    2018 statistic: victims_identified 40 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 12 Nepali victims and investigated 32 suspects in 19 cases.", report(2020)), @r"
    2019 statistic: victims_identified 12 (Nepali victims)
    2019 statistic: investigations 32 (suspects)
    2019 statistic: investigations 19 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 20 traffickers - 15 for sex trafficking and five for labor trafficking.", report(2020)), @"2019 statistic: convictions 20 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "NGOs provided shelter and services to 60 victims, and the government trained more than 1,000 police officers and repatriated 15 victims.", report(2020)), @r"
    2019 statistic: victims_assisted 60 (victims)
    2019 statistic: officials_trained more_than 1000 (police officers)
    2019 statistic: victims_repatriated 15 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report any investigations, prosecutions, or convictions.", report(2020)), @r"
    2019 statistic: investigations 0
    2019 statistic: prosecutions 0
    2019 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "There were no prosecutions or convictions in 2018, and no victims were identified.", wiki()), @r"
    2018 statistic: prosecutions 0
    2018 statistic: convictions 0
    2018 statistic: victims_identified 0 (victims)
    ");
}

#[test]
fn several_prior_years_in_one_bracket() {
    insta::assert_snapshot!(run(&StatisticRule, "At the end of the year, there were 18 ongoing investigations (29 in 2017, 19 in 2016).", report(2019)), @r"
    2018 statistic: investigations 18
    2017 statistic: investigations 29
    2016 statistic: investigations 19
    ");
    insta::assert_snapshot!(run(&StatisticRule, "An NGO reported it provided services to 336 victims in 2019 (339 in 2018 and 327 in 2017).", report(2020)), @r"
    2019 statistic: victims_assisted 336 (victims)
    2018 statistic: victims_assisted 339 (victims)
    2017 statistic: victims_assisted 327 (victims)
    ");
    // An earlier period named by its place, not its year.
    insta::assert_snapshot!(run(&StatisticRule, "Missions abroad identified 6,772 potential victims (2,591 in the preceding period).", report(2020)), @r"
    2019 statistic: victims_identified 6772 (potential victims)
    2018 statistic: victims_identified 2591 (potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government secured convictions against 27 traffickers in 11 cases (convictions in eight cases in 2017, six in 2016).", report(2019)), @r"
    2018 statistic: convictions 27 (traffickers)
    2018 statistic: convictions 11 (cases)
    2017 statistic: convictions 8 (cases)
    2016 statistic: convictions 6 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported investigating 39 incidents (69 in 2017).", report(2019)), @r"
    2018 statistic: investigations 39 (incidents)
    2017 statistic: investigations 69 (incidents)
    ");
    // A breakdown in brackets is not a year of its own.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 40 cases (25 for sex trafficking, 15 for forced labor) in 2018.", wiki()), @"2018 statistic: investigations 40 (cases)");
}

#[test]
fn prior_years_in_brackets() {
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated 15 cases (18 in 2018), prosecuted 12 defendants (10 in 2018), and convicted eight traffickers (six in 2018).", report(2020)), @r"
    2019 statistic: investigations 15 (cases)
    2018 statistic: investigations 18 (cases)
    2019 statistic: prosecutions 12 (defendants)
    2018 statistic: prosecutions 10 (defendants)
    2019 statistic: convictions 8 (traffickers)
    2018 statistic: convictions 6 (traffickers)
    ");
    // A list of years in one bracket is the count's, "and" within it or not.
    insta::assert_snapshot!(run(&StatisticRule, "The office initiated 11 investigations (17 in 2017, 25 in 2016, and 15 in 2015).", report(2019)), @r"
    2018 statistic: investigations 11
    2017 statistic: investigations 17
    2016 statistic: investigations 25
    2015 statistic: investigations 15
    ");
    // An aside past another clause is that clause's, not the count's before it.
    insta::assert_snapshot!(run(&StatisticRule, "The outreach team identified 150 victims (165 in 2020), and day centers gave children meals and tutoring (373 in 2020).", report(2022)), @r"
    2021 statistic: victims_identified 150 (victims)
    2020 statistic: victims_identified 165 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2008, the government reported 35 trafficking investigations, 21 prosecutions, and 12 convictions, up from nine convictions in 2007.", wiki()), @r"
    2008 statistic: investigations 35
    2008 statistic: prosecutions 21
    2008 statistic: convictions 12
    2007 statistic: convictions 9
    ");
}

#[test]
fn report_narrative_counts() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, the government initiated 24 investigations (15 sex trafficking, nine labor trafficking), compared with 19 investigations in 2018.", report(2020)), @r"
    2019 statistic: investigations 24
    2018 statistic: investigations 19
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 68 potential trafficking victims, compared with 95 potential victims in 2018; of these, 40 were children.", report(2020)), @r"
    2019 statistic: victims_identified 68 (potential trafficking victims)
    2018 statistic: victims_identified 95 (potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report any investigations, prosecutions, or convictions of government employees complicit in human trafficking offenses.", report(2020)), @r"
    2019 statistic: investigations 0 (complicit officials)
    2019 statistic: prosecutions 0 (complicit officials)
    2019 statistic: convictions 0 (complicit officials)
    ");
}

#[test]
fn comparison_blocks_take_their_closing_year() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported investigating 46 cases, prosecuting 33 alleged traffickers, and convicting 18 traffickers in 2021, compared with investigating 35 cases, prosecuting 20 alleged traffickers, and convicting 14 traffickers in 2020.", report(2022)), @r"
    2021 statistic: investigations 46 (cases)
    2021 statistic: prosecutions 33 (alleged traffickers)
    2021 statistic: convictions 18 (traffickers)
    2020 statistic: investigations 35 (cases)
    2020 statistic: prosecutions 20 (alleged traffickers)
    2020 statistic: convictions 14 (traffickers)
    ");
}

#[test]
fn a_list_of_counts_takes_the_year_that_closes_it() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, police opened 30 cases, up from 12 investigations, nine prosecutions and two convictions in 2019, and four investigations and one conviction in 2018.", report(2021)), @r"
    2020 statistic: investigations 30 (cases)
    2019 statistic: investigations 12
    2019 statistic: prosecutions 9
    2019 statistic: convictions 2
    2018 statistic: investigations 4
    2018 statistic: convictions 1
    ");
    // Not a list: a verb of its own comes between the count and the year.
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, police identified 40 victims, and the courts convicted 12 traffickers in 2019.", report(2021)), @r"
    2020 statistic: victims_identified 40 (victims)
    2019 statistic: convictions 12 (traffickers)
    ");
}

#[test]
fn zeros_of_a_verb_that_gets_its_metric_noun() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not prosecute or secure convictions in any forced labor cases.", report(2022)), @r"
    2021 statistic: prosecutions 0 (forced labor cases)
    2021 statistic: convictions 0 (forced labor cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not obtain convictions against any traffickers.", report(2022)), @"2021 statistic: convictions 0 (traffickers)");
    // Secured for another object, or not denied, is no zero.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not secure funding for any shelters.", report(2022)), @"");
}

#[test]
fn zeros_of_listed_nouns_opened_or_got_without_any() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported 11 investigations but failed to prosecute or obtain convictions for trafficking offenders, including exploitative employers.", report(2015)), @r"
    2014 statistic: investigations 11
    2014 statistic: prosecutions 0 (trafficking offenders)
    2014 statistic: convictions 0 (trafficking offenders)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Despite its efforts, the government did not identify any trafficking victims this year or begin investigations or prosecutions of any trafficking offenders.", report(2011)), @r"
    2010 statistic: victims_identified 0 (trafficking victims)
    2010 statistic: investigations 0
    2010 statistic: prosecutions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any trafficking victims, including nationals exploited abroad, nor initiate any trafficking investigations or achieve convictions of traffickers.", report(2023)), @r"
    2022 statistic: victims_identified 0 (trafficking victims)
    2022 statistic: investigations 0
    2022 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not initiate or conduct any anti-trafficking training for law enforcement.", report(2019)), @"2018 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government has never secured a trafficking conviction under the act.", report(2022)), @"2021 statistic: convictions 0 (trafficking conviction)");
    // A zero of one kind of trafficking is not the year's; an opening verb without a metric
    // noun opens nothing counted.
    insta::assert_snapshot!(run(&StatisticRule, "The government has never obtained a conviction for labor trafficking.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities have never prosecuted a recruiter for forced begging.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any victims or begin a review of its procedures.", report(2020)), @"2019 statistic: victims_identified 0 (victims)");
}

#[test]
fn zeros_with_an_adverb_a_second_object_or_a_run_of_years() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not formally identify any victims in 2015.", report(2016)), @"2015 statistic: victims_identified 0 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police did not arrest any suspects, provide shelter to victims, or prosecute any traffickers.", report(2016)), @"2015 statistic: prosecutions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry did not report investigating any cases or assisting any victims.", report(2016)), @r"
    2015 statistic: investigations 0 (cases)
    2015 statistic: victims_assisted 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Testland has not reported any trafficking convictions since the law was passed.", report(2016)), @"2015 statistic: convictions 0");
    // A run of up to four years is spelled out; a longer one gives the year told only.
    insta::assert_snapshot!(run(&StatisticRule, "For the third consecutive year, courts did not convict any traffickers.", report(2016)), @r"
    2015 statistic: convictions 0 (traffickers)
    2014 statistic: convictions 0 (traffickers) (inferred)
    2013 statistic: convictions 0 (traffickers) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "For the fifth consecutive year, courts did not convict any traffickers.", report(2016)), @"2015 statistic: convictions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "For the fourth consecutive year, courts did not convict any traffickers.", report(2016)), @r"
    2015 statistic: convictions 0 (traffickers)
    2014 statistic: convictions 0 (traffickers) (inferred)
    2013 statistic: convictions 0 (traffickers) (inferred)
    2012 statistic: convictions 0 (traffickers) (inferred)
    ");
    // A contrast ends the denial and its run of years.
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not convict any traffickers, although police investigated any case reported.", report(2016)), @"2015 statistic: convictions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "For the second consecutive year, the police identified more victims, but courts did not convict any traffickers.", report(2016)), @"2015 statistic: convictions 0 (traffickers)");
}

#[test]
fn a_date_a_span_starts_from_is_not_the_counts() {
    insta::assert_snapshot!(run(&StatisticRule, "The ministry reported training 450 officials since it opened its academy in 2017.", report(2020)), @"2019 statistic: officials_trained 450 (officials)");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry trained 450 officials in 2017.", report(2020)), @"2017 statistic: officials_trained 450 (officials)");
}

#[test]
fn a_comparison_takes_every_metric_of_the_count_compared() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials reported identifying and assisting 210 victims, compared with 180 victims in 2018.", report(2020)), @r"
    2019 statistic: victims_identified 210 (victims)
    2019 statistic: victims_assisted 210 (victims)
    2018 statistic: victims_identified 180 (victims)
    2018 statistic: victims_assisted 180 (victims)
    ");
}

#[test]
fn zeros_yet_to_come_or_produced_none() {
    insta::assert_snapshot!(run(&StatisticRule, "Testland has yet to prosecute any trafficking offenders under the 2005 law.", report(2010)), @"2009 statistic: prosecutions 0 (trafficking offenders)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities produced no investigations or prosecutions of traffickers last year.", report(2010)), @r"
    2009 statistic: investigations 0
    2009 statistic: prosecutions 0
    ");
    // Not a zero: a count yet to come.
    assert_eq!(
        run(
            &StatisticRule,
            "The court has yet to rule on the case.",
            report(2010)
        ),
        ""
    );
}

#[test]
fn a_zero_over_several_periods_is_one_in_each() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not convict any traffickers during the past two reporting periods.", report(2020)), @r"
    2019 statistic: convictions 0 (traffickers)
    2018 statistic: convictions 0 (traffickers) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted nine traffickers, up from zero the previous two years.", report(2020)), @r"
    2019 statistic: convictions 9 (traffickers)
    2018 statistic: convictions 0 (traffickers)
    2017 statistic: convictions 0 (traffickers) (inferred)
    ");
    // A count over several periods is a total with no year of its own.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 31 traffickers over the past three years.", report(2020)), @"undated statistic: convictions 31 (traffickers)");
}

#[test]
fn a_run_of_years_opening_the_next_conjunct_is_its_own() {
    insta::assert_snapshot!(run(&StatisticRule, "Police did not investigate any cases and, for the third consecutive year, courts did not convict any traffickers.", report(2020)), @r"
    2019 statistic: investigations 0 (cases)
    2019 statistic: convictions 0 (traffickers)
    2018 statistic: convictions 0 (traffickers) (inferred)
    2017 statistic: convictions 0 (traffickers) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government has never reported convicting a trafficker.", report(2020)), @"2019 statistic: convictions 0 (trafficker)");
}

#[test]
fn a_breakdown_after_included_counts_nothing() {
    insta::assert_snapshot!(run(&StatisticRule, "Identified victims included six Testlandic girls and one Testlandic woman, who were survivors of sex trafficking, and three foreign men.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The victims identified in 2021 included 12 children and five adults.", wiki()), @"");
    // A count the sentence tells before its parts still counts.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 10 victims; the victims included six girls.", report(2022)), @"2021 statistic: victims_identified 10 (victims)");
    // "included" with an act between is no list of parts.
    insta::assert_snapshot!(run(&StatisticRule, "Its efforts included identifying 40 victims.", report(2022)), @"2021 statistic: victims_identified 40 (victims)");
}

#[test]
fn a_first_conviction_is_one() {
    insta::assert_snapshot!(run(&StatisticRule, "The government achieved its first trafficking conviction in late 2008.", report(2009)), @"2008 statistic: convictions 1 (inferred)");
    insta::assert_snapshot!(run(&StatisticRule, "Continuing its progress, the government obtained its first successful trafficking conviction, and initiated three prosecutions.", report(2013)), @r"
    2012 statistic: convictions 1 (inferred)
    2012 statistic: prosecutions 3
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government demonstrated increasing efforts by achieving its first ever trafficking conviction and prosecuting more cases over the previous reporting period.", report(2018)), @"2017 statistic: convictions 1 (inferred)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2015, Testland secured its first conviction under the new law.", wiki()), @"2015 statistic: convictions 1 (inferred)");
    // Plural firsts tell no count; a first conviction of someone else's is no government's.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities achieved the country's first convictions for labor trafficking.", report(2014)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "This was the first extraterritorial conviction in Italy for trafficking.", report(2019)), @"");
}

#[test]
fn a_first_case_prosecution_or_victim_is_one() {
    insta::assert_snapshot!(run(&StatisticRule, "During the year, the government investigated and prosecuted its first case of trafficking involving two victims.", report(2011)), @r"
    2010 statistic: investigations 1 (inferred)
    2010 statistic: prosecutions 1 (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities initiated their first trafficking prosecution in March 2019.", wiki()), @"2019-03 statistic: prosecutions 1 (inferred)");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified the first trafficking victim since 2015.", report(2020)), @"2019 statistic: victims_identified 1 (inferred)");
    insta::assert_snapshot!(run(&StatisticRule, "In May 2008, prosecutors charged their first anti-trafficking case under the new code.", report(2009)), @"2008-05 statistic: prosecutions 1 (inferred)");
    // A first completed or marked, by a verb or its noun.
    insta::assert_snapshot!(run(&StatisticRule, "The government's enactment of anti-trafficking legislation and completion of its first prosecution under these provisions demonstrated increased commitment.", report(2009)), @"2008 statistic: prosecutions 1 (inferred)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2012, courts completed the first trafficking prosecution under the 2010 act.", wiki()), @"2012 statistic: prosecutions 1 (inferred)");
    insta::assert_snapshot!(run(&StatisticRule, "The verdict marked the country's first trafficking conviction.", report(2016)), @"2015 statistic: convictions 1 (inferred)");
    // The first of one kind of trafficking is one of many; a verb of no metric counts nothing.
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included convicting its first labor trafficking case under the law.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included convicting the first case of domestic servitude.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported its first case of forced labor.", report(2019)), @"");
}

#[test]
fn a_participle_repeated_after_a_bare_count() {
    insta::assert_snapshot!(run(&StatisticRule, "This is a decrease from 28 prosecutions initiated in the previous reporting period and 35 initiated in 2016.", report(2019)), @r"
    2017 statistic: prosecutions 28
    2016 statistic: prosecutions 35
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police recorded 40 victims identified in 2019, and 52 identified in 2020.", wiki()), @r"
    2019 statistic: victims_identified 40 (victims)
    2020 statistic: victims_identified 52 (victims)
    ");
    // A participle that tells no metric is no repetition.
    insta::assert_snapshot!(run(&StatisticRule, "Sixteen of the 19 convicted traffickers received suspended sentences, another received a fine, and two received sentences of two years' imprisonment.", report(2015)), @"2014 statistic: convictions 19 (convicted traffickers)");
    // Another participle is no repetition.
    insta::assert_snapshot!(run(&StatisticRule, "It opened 28 investigations in 2017 and 35 remained pending.", wiki()), @"2017 statistic: investigations 28");
}

#[test]
fn a_status_date_is_the_count_told_before_it() {
    insta::assert_snapshot!(run(&StatisticRule, "It also prosecuted 101 individuals in trafficking-related cases, with 80 convictions as of February 2004.", report(2004)), @r"
    2003 statistic: prosecutions 101 (individuals)
    2004-02 statistic: convictions 80
    ");
    // A date closing a list of counts is still theirs.
    insta::assert_snapshot!(run(&StatisticRule, "It prosecuted 101 individuals and convicted 80 in 2004.", report(2005)), @r"
    2004 statistic: prosecutions 101 (individuals)
    2004 statistic: convictions 80 (individuals)
    ");
    // Not of a count in a list item opened by another count and its own date.
    insta::assert_snapshot!(run(&StatisticRule, "This compared to 65 calls received in 2018 resulting in 25 investigations, 45 calls in 2017, and more than 60 calls in 2016.", report(2020)), @"2018 statistic: investigations 25");
    insta::assert_snapshot!(run(&StatisticRule, "In 2018 it reported 44 investigations, 18 prosecutions, and 18 convictions in 2017.", report(2020)), @r"
    2017 statistic: investigations 44
    2017 statistic: prosecutions 18
    2017 statistic: convictions 18
    ");
}

#[test]
fn a_count_of_no_metric_leaves_none_to_mirror() {
    insta::assert_snapshot!(run(&StatisticRule, "Of the 79 victims identified, traffickers exploited 28 victims in sex trafficking, 32 victims in labor trafficking, and 19 victims in forced begging.", report(2023)), @"2022 statistic: victims_identified 79 (victims)");
    // A count of another kind in a list of objects breaks no list.
    insta::assert_snapshot!(run(&StatisticRule, "The government trained four officials on victim care; 19 taskforce members, including NGOs, on planning; and 10 police officers on interviews.", report(2016)), @r"
    2015 statistic: officials_trained 4 (officials)
    2015 statistic: officials_trained 10 (police officers)
    ");
    // A count with a metric is still mirrored.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 28 victims of sex trafficking, 32 victims of labor trafficking, and 19 victims of forced begging.", report(2023)), @r"
    2022 statistic: victims_identified 28 (victims)
    2022 statistic: victims_identified 32 (victims)
    2022 statistic: victims_identified 19 (victims)
    ");
}

#[test]
fn this_number_compared_reads_the_count_before() {
    let stats = |text: &str| {
        crate::rules::testing::dated_facts_of_kind(text, crate::event::EventKind::Statistic)
            .join("\n")
    };
    insta::assert_snapshot!(stats("= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nIn 2020, authorities identified 13 confirmed victims. This number compared with 45 confirmed victims and 33 presumed victims in 2019 and 49 confirmed and 203 presumed in 2018.\n"), @r"
    2018 victims_identified 49 (confirmed victims)
    2018 victims_identified 203 (presumed victims)
    2019 victims_identified 45 (confirmed victims)
    2019 victims_identified 33 (presumed victims)
    2020 victims_identified 13 (confirmed victims)
    ");
    // Only the sentence just before is compared with.
    insta::assert_snapshot!(stats("= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nIn 2020, authorities identified 13 victims. NGOs ran two shelters. This compared with 45 victims in 2019.\n"), @"2020 victims_identified 13 (victims)");
    // Bare counts: the metrics of the count before, in each year listed.
    insta::assert_snapshot!(stats("= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nPolice investigated and prosecuted 17 cases in 2020. This compared with nine in 2019, 11 in 2018 and four in 2017.\n"), @r"
    2017 investigations 4
    2017 prosecutions 4
    2018 investigations 11
    2018 prosecutions 11
    2019 investigations 9
    2019 prosecutions 9
    2020 investigations 17 (cases)
    2020 prosecutions 17 (cases)
    ");
    insta::assert_snapshot!(stats("= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nIn 2020, authorities identified 13 victims. NGOs ran two shelters. This compared with 45 in 2019.\n"), @"2020 victims_identified 13 (victims)");
    // A count with a noun of its own is no figure of the count before.
    insta::assert_snapshot!(stats("= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nThe hotline received 120 calls in 2020, which resulted in 30 investigations. This compared to 65 calls in 2019.\n"), @"2020 investigations 30");
    // "This is compared with", "This compares with", "This is a decrease from".
    insta::assert_snapshot!(stats("= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nThe government identified 12 trafficking victims, including three adults. This is compared with 13 in 2019 and 30 in 2018.\n"), @r"
    2018 victims_identified 30
    2019 victims_identified 13
    2020 victims_identified 12 (trafficking victims)
    ");
    insta::assert_snapshot!(stats("= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nCourts convicted 12 traffickers in 2020. This compares with 15 in 2019.\n"), @r"
    2019 convictions 15
    2020 convictions 12 (traffickers)
    ");
    insta::assert_snapshot!(stats("= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nPolice investigated 12 cases in 2020. This is a decrease from 20 in 2019.\n"), @r"
    2019 investigations 20
    2020 investigations 12 (cases)
    ");
    // A sentence opening with its comparison.
    insta::assert_snapshot!(stats("= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nIn 2020, authorities reported identifying 114 victims (93 sex trafficking and 21 labor trafficking). Compared with 226 trafficking victims in 2019 and 467 victims in 2018, this was a significant decrease.\n"), @r"
    2018 victims_identified 467 (victims)
    2019 victims_identified 226 (trafficking victims)
    2020 victims_identified 114 (victims)
    ");
    insta::assert_snapshot!(stats("= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nPolice investigated 40 cases in 2020. Compared to 52 in 2019, this was a decrease.\n"), @r"
    2019 investigations 52
    2020 investigations 40 (cases)
    ");
    // Nor is a number that compares nothing.
    insta::assert_snapshot!(stats("= Testland (Tier 2) — 2021 Trafficking in Persons Report =\n\nPolice investigated 12 cases in 2020. This is the first time in 10 years that police reported data.\n"), @"2020 investigations 12 (cases)");
}

#[test]
fn bare_counts_listed_by_year_are_the_same_count() {
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted 20 traffickers in 2020, compared with 12 in 2019, 13 in 2018 and 51 in 2017.", wiki()), @r"
    2020 statistic: convictions 20 (traffickers)
    2019 statistic: convictions 12 (traffickers)
    2018 statistic: convictions 13 (traffickers)
    2017 statistic: convictions 51 (traffickers)
    ");
    // A bracket after the year; each metric of the count in a bracket of years.
    insta::assert_snapshot!(run(&StatisticRule, "Courts issued 155 convictions, a decrease compared with 204 total convictions in 2021 (81 trial and 123 appellate) and 175 in 2020 (80 trial and 95 appellate).", report(2023)), @r"
    2022 statistic: convictions 155
    2021 statistic: convictions 204
    2020 statistic: convictions 175
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified and referred 13 trafficking victims to care (five in 2015 and eight in 2014).", report(2017)), @r"
    2016 statistic: victims_identified 13 (trafficking victims)
    2016 statistic: victims_referred 13 (trafficking victims)
    2015 statistic: victims_identified 5 (trafficking victims)
    2015 statistic: victims_referred 5 (trafficking victims)
    2014 statistic: victims_identified 8 (trafficking victims)
    2014 statistic: victims_referred 8 (trafficking victims)
    ");
    // A count with a verb of its own after its year is not the same count.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 20 victims in 2020 and 12 in 2019 were referred to shelters.", wiki()), @"2020 statistic: victims_identified 20 (victims)");
}

#[test]
fn years_before_told_first_leave_a_count_undated() {
    insta::assert_snapshot!(run(&StatisticRule, "In previous years, over 100 victims have been identified from other countries.", report(2007)), @"undated statistic: victims_identified more_than 100 (victims)");
    // Told after the count, they are another verb's: the count keeps the reporting period.
    insta::assert_snapshot!(run(&StatisticRule, "The government initiated three investigations and continued 10 investigations initiated in prior years.", report(2021)), @r"
    2020 statistic: investigations 3
    2020 statistic: investigations 10
    ");
}

#[test]
fn a_date_in_a_bracket_after_the_count_is_the_asides() {
    // The aside's count repeating the noun before the bracket is that count's earlier year.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 39 official victims and 85 potential victims (no official victims and four potential victims in 2018).", report(2020)), @r"
    2019 statistic: victims_identified 39 (official victims)
    2019 statistic: victims_identified 85 (potential victims)
    2018 statistic: victims_identified 4 (potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The committee reported courts convicted at least 100 traffickers - including some whose trials began in the previous reporting period - up from 43 in 2015.", report(2017)), @r"
    2016 statistic: convictions at_least 100 (traffickers)
    2015 statistic: convictions 43 (traffickers)
    ");
    // A dash that closes before the date leaves it the count's.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers - all of them men - in 2016.", wiki()), @"2016 statistic: convictions 12 (traffickers)");
}

#[test]
fn a_consultation_makes_no_count_unreal() {
    insta::assert_snapshot!(run(&StatisticRule, "The National Intervention-Consultation Center, run by two NGOs, provided assistance to 254 potential victims.", report(2023)), @"2022 statistic: victims_assisted 254 (potential victims)");
    // A plan is still no count.
    insta::assert_snapshot!(run(&StatisticRule, "The government plans to train 200 officials.", report(2023)), @"");
}

#[test]
fn potential_victims_among_whom_victims_were_identified() {
    insta::assert_snapshot!(run(&StatisticRule, "From April 2020 to March 2021, the government identified and confirmed 119 trafficking victims among 487 potential victims.", report(2021)), @r"
    2020 statistic: victims_identified 119 (trafficking victims)
    2020 statistic: victims_identified 487 (potential victims)
    ");
    // Among people who are not victims, nothing more is counted.
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, police identified 10 victims among 200 migrants screened.", wiki()), @"2020 statistic: victims_identified 10 (victims)");
}

#[test]
fn victim_as_a_modifier_counts_no_victims() {
    insta::assert_snapshot!(run(&StatisticRule, "The government opened a new shelter and three victim support centers, and assisted 40 victims.", report(2021)), @"2020 statistic: victims_assisted 40 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified one victim in 2020.", wiki()), @"2020 statistic: victims_identified 1 (victim)");
}

#[test]
fn what_is_untold_about_cases_counted_leaves_them_counted() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report the status of four prosecutions involving 12 suspected traffickers.", report(2019)), @r"
    2018 statistic: prosecutions 4
    2018 statistic: prosecutions 12 (suspected traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not report the outcomes of 14 investigations.", report(2019)), @"2018 statistic: investigations 14");
    // The act itself untold is no count.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report the prosecution of 14 suspects.", report(2019)), @"");
}

#[test]
fn a_verb_denied_after_the_count_counts_nothing() {
    insta::assert_snapshot!(run(&StatisticRule, "Eight of the victims were children, and 54 victims were not identified by age.", report(2018)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 20 cases were not prosecuted.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 20 cases were prosecuted.", wiki()), @"2019 statistic: prosecutions 20 (cases)");
}

#[test]
fn the_start_of_a_span_is_no_count_date() {
    insta::assert_snapshot!(run(&StatisticRule, "Since the government amended its scheme for sea fishers in 2019, it has identified zero trafficking victims in the fishing industry.", report(2021)), @"2020 statistic: victims_identified 0 (trafficking victims)");
    // A date in the count's own clause still dates it.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, since the law changed, police identified 12 victims.", report(2021)), @"2019 statistic: victims_identified 12 (victims)");
}

#[test]
fn a_clause_told_of_a_date_is_dated_by_it() {
    insta::assert_snapshot!(run(&StatisticRule, "Unlike 2019, when the government identified nine child trafficking victims, the government did not identify any children as victims in 2020.", report(2021)), @r"
    2019 statistic: victims_identified 9 (child trafficking victims)
    2020 statistic: victims_identified 0 (children)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "These figures represent an increase from FY 2013, during which DOJ brought 161 prosecutions charging 253 defendants.", report(2015)), @r"
    2013 statistic: prosecutions 161
    2013 statistic: prosecutions 253 (defendants)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 40 victims in 2014, compared with 2013, in which it identified 25.", report(2015)), @r"
    2014 statistic: victims_identified 40 (victims)
    2013 statistic: victims_identified 25 (victims)
    ");
    // A thousands comma breaks no clause.
    insta::assert_snapshot!(run(&StatisticRule, "This was a decrease from 2017, when authorities identified 5,120 trafficking victims and 1,740 potential victims.", report(2020)), @r"
    2017 statistic: victims_identified 5120 (trafficking victims)
    2017 statistic: victims_identified 1740 (potential victims)
    ");
}

#[test]
fn a_sentence_told_of_the_period_compared_with_has_its_date() {
    // Opened by a comparison, the sentence's one date is every count's.
    insta::assert_snapshot!(run(&StatisticRule, "This compared with identifying and referring to care 37 trafficking victims (all adults) and identifying an additional 418 potential victims in the previous reporting period.", report(2023)), @r"
    2021 statistic: victims_identified 37 (trafficking victims)
    2021 statistic: victims_referred 37 (trafficking victims)
    2021 statistic: victims_identified 418 (potential victims)
    ");
    // Two dates: each count keeps its own.
    insta::assert_snapshot!(run(&StatisticRule, "This compared with 12 investigations in 2020 and 15 in 2019.", report(2022)), @r"
    2020 statistic: investigations 12
    2019 statistic: investigations 15
    ");
}

#[test]
fn a_date_told_of_some_of_the_people_counted_is_another_acts() {
    insta::assert_snapshot!(run(&StatisticRule, "The government also reported repatriating 40 men exploited in forced labor abroad, some of whom were identified in the previous reporting period.", report(2023)), @"2022 statistic: victims_repatriated 40 (men)");
    insta::assert_snapshot!(run(&StatisticRule, "Police referred 25 victims to shelters, including some identified in 2019.", report(2021)), @"2020 statistic: victims_referred 25 (victims)");
    // Told of all of them, after no "of whom", it is theirs.
    insta::assert_snapshot!(run(&StatisticRule, "The government repatriated 40 men exploited in forced labor in the previous reporting period.", report(2023)), @"2021 statistic: victims_repatriated 40 (men)");
}

#[test]
fn a_date_a_change_is_told_from_is_the_ones_compared_with() {
    insta::assert_snapshot!(run(&StatisticRule, "Law enforcement efforts slightly increased from last year with the conviction of a trafficker.", report(2008)), @"2007 statistic: convictions 1 (trafficker)");
    // A date the count is told in, after "from" of no change, still dates it.
    insta::assert_snapshot!(run(&StatisticRule, "From 2006, courts convicted 12 traffickers under the new law.", wiki()), @"2006 statistic: convictions 12 (traffickers)");
}

#[test]
fn a_date_closing_the_clause_before_a_semicolon_is_that_clauses() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 42 victims in 2020; it identified 75 victims, and NGOs identified 78 victims in 2019.", report(2022)), @r"
    2020 statistic: victims_identified 42 (victims)
    2019 statistic: victims_identified 75 (victims)
    2019 statistic: victims_identified 78 (victims)
    ");
    // A date opening the sentence goes on past the semicolon.
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, the government identified 42 victims; it referred 30 victims to care, compared with 25 in 2019.", report(2022)), @r"
    2020 statistic: victims_identified 42 (victims)
    2020 statistic: victims_referred 30 (victims)
    2019 statistic: victims_referred 25 (victims)
    ");
    // So before ", and" opening a clause with a subject of its own.
    insta::assert_snapshot!(run(&StatisticRule, "In comparison, police identified 24 victims in 2021, and the government provided care to 27 victims and helped NGOs provide food to 36 victims in 2020.", report(2023)), @r"
    2021 statistic: victims_identified 24 (victims)
    2020 statistic: victims_assisted 27 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 42 victims in 2020, and the government referred 30 victims to shelters.", report(2022)), @r"
    2020 statistic: victims_identified 42 (victims)
    2020 statistic: victims_referred 30 (victims)
    ");
}

#[test]
fn a_count_compared_with_a_zero_told_before_is_of_its_metric() {
    insta::assert_snapshot!(run(&StatisticRule, "No alleged traffickers were convicted under the anti-trafficking law, which is a decrease from nine in the previous reporting period.", report(2014)), @r"
    2013 statistic: convictions 0 (traffickers)
    2012 statistic: convictions 9 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not prosecute any traffickers, compared with four in 2012.", report(2014)), @r"
    2013 statistic: prosecutions 0 (traffickers)
    2012 statistic: prosecutions 4 (traffickers)
    ");
    // A count told after the zero is the one compared.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not prosecute any traffickers and identified 12 victims, compared with four in 2012.", report(2014)), @r"
    2013 statistic: prosecutions 0 (traffickers)
    2013 statistic: victims_identified 12 (victims)
    2012 statistic: victims_identified 4 (victims)
    ");
}

#[test]
fn a_past_tense_joined_after_a_denial_of_the_plain_verb_is_not_denied() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not prosecute any traffickers and identified 12 victims in 2013.", report(2014)), @r"
    2013 statistic: prosecutions 0 (traffickers)
    2013 statistic: victims_identified 12 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police failed to arrest any suspects but referred 30 victims to shelters.", report(2014)), @"2013 statistic: victims_referred 30 (victims)");
    // A participle after "has not" shares the denial; so does a plain verb after "did not".
    for s in [
        "The government has not investigated any cases and prosecuted 12 traffickers.",
        "The government did not report providing services to the five victims.",
        "The government did not investigate and prosecute the 12 cases it opened.",
    ] {
        assert!(
            !run(&StatisticRule, s, report(2014)).contains(" 12 ")
                && !run(&StatisticRule, s, report(2014)).contains(" 5 "),
            "{s}"
        );
    }
}

#[test]
fn a_run_of_years_in_another_conjunct_is_not_the_zeros() {
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted fewer suspects, did not prosecute any labor traffickers, and victim identification decreased for the fourth year in a row.", report(2021)), @"2020 statistic: prosecutions 0 (labor traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not convict any traffickers for the third consecutive year.", report(2021)), @r"
    2020 statistic: convictions 0 (traffickers)
    2019 statistic: convictions 0 (traffickers) (inferred)
    2018 statistic: convictions 0 (traffickers) (inferred)
    ");
    // Told after a denial's object, before the verb joined to it by "or": the denial's.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any victims for the second consecutive year or report providing any services to victims.", report(2022)), @r"
    2021 statistic: victims_identified 0 (victims)
    2020 statistic: victims_identified 0 (victims) (inferred)
    2021 statistic: victims_assisted 0 (victims)
    ");
    // Told before both verbs, it is both's.
    insta::assert_snapshot!(run(&StatisticRule, "For the second consecutive year, the government did not identify or assist any victims.", report(2022)), @r"
    2021 statistic: victims_identified 0 (victims)
    2020 statistic: victims_identified 0 (victims) (inferred)
    2021 statistic: victims_assisted 0 (victims)
    2020 statistic: victims_assisted 0 (victims) (inferred)
    ");
}

#[test]
fn never_holds_up_to_the_telling() {
    insta::assert_snapshot!(run(&StatisticRule, "Police made no arrests in 2019, and the government has never convicted a trafficker.", report(2022)), @"2021 statistic: convictions 0 (trafficker)");
    insta::assert_snapshot!(run(&StatisticRule, "Testland has not prosecuted a case since 2016 and has never convicted a trafficker.", report(2022)), @r"
    2021 statistic: prosecutions 0 (case)
    2021 statistic: convictions 0 (trafficker)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2012, the government had never prosecuted a trafficking offender.", report(2022)), @"2012 statistic: prosecutions 0 (trafficking offender)");
    // "yet to" with "a": none so far, like "never".
    insta::assert_snapshot!(run(&StatisticRule, "The government has yet to convict a trafficker.", report(2015)), @"2014 statistic: convictions 0 (trafficker)");
    insta::assert_snapshot!(run(&StatisticRule, "Testland has yet to prosecute or convict an offender under the 2011 law.", report(2015)), @r"
    2014 statistic: prosecutions 0 (offender)
    2014 statistic: convictions 0 (offender)
    ");
    // "has not ... a ... since": none since then.
    insta::assert_snapshot!(run(&StatisticRule, "The government has not initiated a prosecution since 2015 and has never convicted a trafficker.", report(2022)), @r"
    2021 statistic: prosecutions 0 (prosecution)
    2021 statistic: convictions 0 (trafficker)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government has not obtained a trafficking conviction under the law since it was amended in 2013.", report(2021)), @"2020 statistic: convictions 0 (trafficking conviction)");
    // A "since" of cause starts no span: the denial is the reporting period's.
    insta::assert_snapshot!(run(&StatisticRule, "Police have not prosecuted a case in court, since evidence was lacking.", report(2021)), @"2020 statistic: prosecutions 0 (case)");
    // With "any" it is read once; a purpose is no zero, and a victim none identified.
    insta::assert_snapshot!(run(&StatisticRule, "The government has yet to convict any traffickers.", report(2015)), @"2014 statistic: convictions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "The government has yet to identify a victim of forced labor.", report(2015)), @"2014 statistic: victims_identified 0 (victim)");
    insta::assert_snapshot!(run(&StatisticRule, "The law has yet to enter into force.", report(2015)), @"");
}

#[test]
fn modifiers_joined_by_and() {
    insta::assert_snapshot!(run(&StatisticRule, "Police initiated 14 new labor and sex trafficking investigations.", report(2014)), @"2013 statistic: investigations 14 (new labor and sex trafficking investigations)");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 6 sex or labor traffickers.", report(2014)), @"2013 statistic: convictions 6 (sex or labor traffickers)");
    // Victims officially recognized as such, joined to potential ones.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 27 of the 61 officially recognized and potential victims (19 in 2013).", report(2015)), @r"
    2014 statistic: victims_identified 27 (officially recognized and potential victims)
    2013 statistic: victims_identified 19 (officially recognized and potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 31 recognised and potential victims.", report(2015)), @"2014 statistic: victims_identified 31 (recognised and potential victims)");
    // An unlisted modifier joined to a listed one.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified more than 649 child slavery and forced begging victims in 2016.", report(2017)), @"2016 statistic: victims_identified more_than 649 (child slavery and forced begging victims)");
    // Nationalities joined to each other or to a modifier.
    insta::assert_snapshot!(run(&StatisticRule, "A partner organization helped identify and assist 336 Indonesian and foreign trafficking victims.", report(2017)), @r"
    2016 statistic: victims_identified 336 (Indonesian and foreign trafficking victims)
    2016 statistic: victims_assisted 336 (Indonesian and foreign trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 Filipino or Nepali domestic workers as victims.", report(2017)), @"2016 statistic: victims_identified 40 (Filipino or Nepali domestic workers)");
    // A list of counts is not a modifier joined: "and" before a number.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 8 sex trafficking and 4 labor trafficking cases.", report(2014)), @r"
    2013 statistic: investigations 8 (sex trafficking cases)
    2013 statistic: investigations 4 (labor trafficking cases)
    ");
}

#[test]
fn complicity_in_another_clause_leaves_a_zero_the_years() {
    insta::assert_snapshot!(run(&StatisticRule, "Police opened cases, including one into alleged police complicity, but did not report any prosecutions or convictions of traffickers.", report(2014)), @r"
    2013 statistic: prosecutions 0
    2013 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report any convictions; it did not prosecute any officials for complicity.", report(2014)), @r"
    2013 statistic: convictions 0
    2013 statistic: prosecutions 0 (complicit officials)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report any investigations of officials complicit in trafficking, while courts convicted four traffickers.", report(2014)), @r"
    2013 statistic: investigations 0 (complicit officials)
    2013 statistic: convictions 4 (traffickers)
    ");
    // A clause of its own after a comma and "and" with a verb.
    insta::assert_snapshot!(run(&StatisticRule, "To date, the government has failed to convict a trafficker, and did not report the decision on penalties for complicit police officers.", report(2019)), @"2018 statistic: convictions 0 (trafficker)");
}

#[test]
fn convictions_upheld_on_appeal_are_not_new() {
    for s in [
        "The Court of Appeal upheld the convictions of four traffickers.",
        "The government made progress, including upholding on appeal two trafficking convictions.",
    ] {
        assert_eq!(run(&StatisticRule, s, report(2019)), "", "{s}");
    }
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted nine traffickers, and the appeals court upheld the sentences.", report(2019)), @"2018 statistic: convictions 9 (traffickers)");
    // Kept where the sentence dates the convictions upheld.
    insta::assert_snapshot!(run(&StatisticRule, "An appellate court upheld convictions against two traffickers found guilty in a 2016 ruling.", report(2019)), @"2016 statistic: convictions 2 (traffickers)");
}

#[test]
fn parts_of_a_whole_named_first() {
    insta::assert_snapshot!(run(&StatisticRule, "Of the 64 convicted offenders, 20 were convicted of forced labor and 44 were convicted of sex trafficking.", report(2021)), @"2020 statistic: convictions 64 (convicted offenders)");
    // A part taken further is a count; a count after the clause is not a part.
    // A part with a participle of its own after its noun is taken further.
    insta::assert_snapshot!(run(&StatisticRule, "Of the eight trafficking cases, four cases have been concluded with four persons convicted under the law.", report(2021)), @"2020 statistic: convictions 4 (persons)");
    insta::assert_snapshot!(run(&StatisticRule, "Of the 31 victims identified, 18 were referred to NGO shelters; courts convicted nine traffickers.", report(2021)), @r"
    2020 statistic: victims_identified 31 (victims)
    2020 statistic: victims_referred 18 (victims)
    2020 statistic: convictions 9 (traffickers)
    ");
}

#[test]
fn services_and_care_read_as_two_words() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials reported providing services to 350 victims.", report(2020)), @"2019 statistic: victims_assisted 350 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "NGOs provided care to 12 victims.", report(2020)), @"2019 statistic: victims_assisted 12 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "A total of 75 victims received services from NGOs.", report(2020)), @"2019 statistic: victims_assisted 75 (victims)");
    assert_eq!(
        run(
            &StatisticRule,
            "The government provided services to victims through 12 NGOs.",
            report(2020)
        ),
        ""
    );
    assert_eq!(
        run(
            &StatisticRule,
            "Officials took care to interview 40 migrants.",
            report(2020)
        ),
        ""
    );
}

#[test]
fn promised_counts_are_not_reported_ones() {
    assert_eq!(
        run(
            &StatisticRule,
            "The Ministry of Interior pledged to train 500 officers by 2022.",
            report(2021)
        ),
        ""
    );
    assert_eq!(
        run(
            &StatisticRule,
            "The government will train 300 officials next year.",
            report(2021)
        ),
        ""
    );
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified 30 victims, and the ministry pledged to train 500 officers.", report(2020)), @"2019 statistic: victims_identified 30 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Officers committed to the task identified 30 victims.", report(2020)), @"2019 statistic: victims_identified 30 (victims)");
}

#[test]
fn a_verb_after_coordinated_nouns() {
    insta::assert_snapshot!(run(&StatisticRule, "Some 80 judges and prosecutors received anti-trafficking training.", report(2021)), @"2020 statistic: officials_trained approximately 80 (judges)");
    // A verb of another clause is not the count's.
    insta::assert_snapshot!(run(&StatisticRule, "Police arrested 40 suspects and investigated 25 cases.", report(2021)), @"2020 statistic: investigations 25 (cases)");
    // Nor is it of a count joined to one that no verb counts.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified 114 children in forced labor and intercepted a bus carrying 38 children and 12 girls bound for the mines.", report(2020)), @"2019 statistic: victims_identified 114 (children)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims in 2019 and arrested a gang holding 20 children and 12 girls.", report(2020)), @"2019 statistic: victims_identified 40 (victims)");
    // "from" telling where people came from compares nothing.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified 114 children from Central and Central-East Testland in gold mines and intercepted a convoy of 38 children and 12 adults.", report(2020)), @"2019 statistic: victims_identified 114 (children)");
    // A "from" right before a count compares it with the one told before.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified 45 victims, a decrease from 60 victims in 2018.", report(2020)), @r"
    2019 statistic: victims_identified 45 (victims)
    2018 statistic: victims_identified 60 (victims)
    ");
}

#[test]
fn people_joined_to_a_count_of_victims_are_victims() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified 12 adults and 14 children as trafficking victims.", report(2020)), @r"
    2019 statistic: victims_identified 12 (adults)
    2019 statistic: victims_identified 14 (children)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Shelters assisted 14 girls and 12 persons in 2019.", report(2020)), @r"
    2019 statistic: victims_assisted 14 (girls)
    2019 statistic: victims_assisted 12 (persons)
    ");
    // Not people of another act, nor people alone.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 12 adults and 14 children and arrested three persons.", report(2020)), @r"
    2019 statistic: victims_identified 12 (adults)
    2019 statistic: victims_identified 14 (children)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 12 adults.", report(2020)), @"");
}

#[test]
fn people_sent_to_care_are_victims() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, the government referred 40 persons to shelters.", report(2020)), @"2019 statistic: victims_referred 40 (persons)");
    insta::assert_snapshot!(run(&StatisticRule, "NGOs referred 12 individuals to government care facilities in 2019.", report(2020)), @"2019 statistic: victims_referred 12 (individuals)");
    // Not those sent to a court, a prosecutor or home.
    insta::assert_snapshot!(run(&StatisticRule, "The government referred 40 persons to the prosecutor.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government returned 40 persons to their home countries.", report(2020)), @"");
}

#[test]
fn victims_registered_or_detected() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2018, authorities registered 120 victims of trafficking.", report(2019)), @"2018 statistic: victims_identified 120 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The police detected 45 potential victims.", report(2019)), @"2018 statistic: victims_identified 45 (potential victims)");
    // Cases are not victims: cases registered are investigations.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities registered 15 cases of trafficking.", report(2019)), @"2018 statistic: investigations 15 (cases)");
}

#[test]
fn a_passive_with_its_were_left_out() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2002, police arrested 80 traffickers; 40 were prosecuted and 25 convicted.", report(2003)), @r"
    2002 statistic: prosecutions 40 (traffickers)
    2002 statistic: convictions 25 (traffickers)
    ");
    // Not a verb of the count: "and 25 arrested", "compared with 42 suspects arrested".
    insta::assert_snapshot!(run(&StatisticRule, "Police convicted 16 traffickers; this is compared with 42 suspects arrested and 26 traffickers convicted during the previous reporting period.", report(2019)), @r"
    2018 statistic: convictions 16 (traffickers)
    2017 statistic: convictions 26 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2002, police investigated 80 traffickers and 25 arrested.", report(2003)), @"2002 statistic: investigations 80 (traffickers)");
    // The act told before the count compared: "compared with intercepting 300 migrants".
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified 120 potential victims in 2019, compared with intercepting 300 potential victims in 2018.", report(2020)), @"2019 statistic: victims_identified 120 (potential victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police prosecuted 12 suspects in 2019, compared with arresting 30 suspects and prosecuting nine suspects in 2018.", report(2020)), @r"
    2019 statistic: prosecutions 12 (suspects)
    2018 statistic: prosecutions 9 (suspects)
    ");
}

#[test]
fn a_count_restated_whole_is_told_once_and_dates_the_parts_after_it() {
    let identified = [
        "The government identified 105 victims in 2008.",
        "Of the 105 victims identified, 60 were referred to NGOs.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &identified, wiki()), @r"
    2008 statistic: victims_identified 105 (victims)
    2008 statistic: victims_referred 60 (victims)
    ");
    let convicted = [
        "The government convicted 31 trafficking offenders in 2009.",
        "Of the 31 offenders convicted, 26 received prison sentences.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &convicted, wiki()), @"2009 statistic: convictions 31 (trafficking offenders)");
    // Another number, or a date of its own, is a count of its own.
    let other = [
        "The government identified 105 victims in 2008.",
        "Of the 98 victims identified in 2009, 60 were referred to NGOs.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &other, wiki()), @r"
    2008 statistic: victims_identified 105 (victims)
    2009 statistic: victims_identified 98 (victims)
    2009 statistic: victims_referred 60 (victims)
    ");
}

#[test]
fn an_arrest_between_a_metric_word_and_a_count_is_the_count_s_act() {
    // "led to the arrest of two suspects": arrested, not investigated.
    insta::assert_snapshot!(run(&StatisticRule, "The investigation led to the arrest of two suspects.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated the case, which resulted in the arrest of one individual.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities investigated 12 cases, leading to the arrest of 30 suspects.", report(2019)), @"2018 statistic: investigations 12 (cases)");
    insta::assert_snapshot!(run(&StatisticRule, "Raids led to the deportation of 40 migrants and the identification of 12 victims.", report(2019)), @"2018 statistic: victims_identified 12 (victims)");
}

#[test]
fn parts_listed_after_a_dash_or_a_colon_or_with_their_own_years() {
    let dash = "The government reported identifying 383 victims - 51 adult males, 176 adult females, 104 boys, and 52 girls - compared with 420 victims in 2019.";
    insta::assert_snapshot!(run(&StatisticRule, dash, report(2021)), @r"
    2020 statistic: victims_identified 383 (victims)
    2019 statistic: victims_identified 420 (victims)
    ");
    let colon = "The government identified 75 victims: 30 women, 25 girls, and 20 boys.";
    insta::assert_snapshot!(run(&StatisticRule, colon, report(2021)), @"2020 statistic: victims_identified 75 (victims)");
    let years = "Authorities assisted 567 victims, including 207 local victims (126 in 2019) and 360 foreign victims (345 in 2019).";
    insta::assert_snapshot!(run(&StatisticRule, years, report(2021)), @"2020 statistic: victims_assisted 567 (victims)");
    // A part's origin, told by name, stands aside in the list.
    let origin = "The government identified at least 210 victims, including 14 adult victims from Ruritania and 196 child victims.";
    insta::assert_snapshot!(run(&StatisticRule, origin, report(2021)), @"2020 statistic: victims_identified at_least 210 (victims)");
    let origins = "Authorities assisted 62 victims, including 20 men from the Gambia, 12 women from Sierra Leone, and 30 children.";
    insta::assert_snapshot!(run(&StatisticRule, origins, report(2021)), @"2020 statistic: victims_assisted 62 (victims)");
    // A list of parts ends where a verb starts the next count.
    let next =
        "Police identified 90 victims, including 40 children, and referred 35 victims to shelters.";
    insta::assert_snapshot!(run(&StatisticRule, next, report(2021)), @r"
    2020 statistic: victims_identified 90 (victims)
    2020 statistic: victims_referred 35 (victims)
    ");
}

#[test]
fn a_participle_after_a_coordinated_count_modifies_it() {
    insta::assert_snapshot!(run(&StatisticRule, "The centers provided services to 120 sex trafficking victims and 35 victims of forced labor identified during investigations.", report(2020)), @r"
    2019 statistic: victims_assisted 120 (sex trafficking victims)
    2019 statistic: victims_assisted 35 (victims)
    ");
    // With its own auxiliary, the verb after is the count's.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims and 12 victims were referred to shelters.", report(2020)), @r"
    2019 statistic: victims_identified 40 (victims)
    2019 statistic: victims_referred 12 (victims)
    ");
    // A participle after the count before is that count's: the count joined shares its verb.
    insta::assert_snapshot!(run(&StatisticRule, "The government provided assistance to 25 suspected trafficking victims repatriated from Guinea and one victim identified the previous reporting period.", report(2017)), @r"
    2016 statistic: victims_assisted 25 (suspected trafficking victims)
    2016 statistic: victims_assisted 1 (victim)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 30 victims referred by NGOs and 12 victims.", report(2017)), @r"
    2016 statistic: victims_identified 30 (victims)
    2016 statistic: victims_identified 12 (victims)
    ");
}

#[test]
fn a_count_whose_verb_is_denied_is_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report providing services to the five potential victims identified during the year.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities failed to refer the 12 victims to shelters.", report(2020)), @"");
    // A denial in another clause, or "not only", leaves the count.
    insta::assert_snapshot!(run(&StatisticRule, "Although the government did not convict anyone, police identified 40 victims.", report(2020)), @r"
    2019 statistic: convictions 0
    2019 statistic: victims_identified 40 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government not only identified 40 victims but also referred them to care.", report(2020)), @r"
    2019 statistic: victims_identified 40 (victims)
    2019 statistic: victims_referred 40 (victims)
    ");
}

#[test]
fn a_part_taken_to_a_later_stage() {
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 trafficking cases, two of which were prosecuted.", report(2006)), @r"
    2005 statistic: investigations 12 (trafficking cases)
    2005 statistic: prosecutions 2 (trafficking cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 trafficking cases, of which two were prosecuted.", report(2006)), @r"
    2005 statistic: investigations 12 (trafficking cases)
    2005 statistic: prosecutions 2 (trafficking cases)
    ");
    // A part no further along is no count of its own.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers, two of whom were investigated for other crimes.", report(2006)), @"2005 statistic: convictions 12 (traffickers)");
}

#[test]
fn a_part_with_its_own_noun_before_its_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2015, police opened 48 trafficking cases, of which nine suspects were prosecuted and four offenders were convicted.", wiki()), @r"
    2015 statistic: investigations 48 (trafficking cases)
    2015 statistic: prosecutions 9 (suspects)
    2015 statistic: convictions 4 (offenders)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Labor inspectors investigated 30 cases, of which 11 child victims were referred to shelters.", report(2014)), @r"
    2013 statistic: investigations 30 (cases)
    2013 statistic: victims_referred 11 (child victims)
    ");
    // The part's noun done what the whole was is no count of its own.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 70 victims, of whom 25 children were identified in the capital.", report(2014)), @"2013 statistic: victims_identified 70 (victims)");
}

#[test]
fn metric_nouns_joined_share_their_count() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported 21 prosecutions and convictions in 2006, up from 15 prosecutions and convictions in 2005.", report(2007)), @r"
    2006 statistic: prosecutions 21
    2006 statistic: convictions 21
    2005 statistic: prosecutions 15
    2005 statistic: convictions 15
    ");
    insta::assert_snapshot!(run(&StatisticRule, "It initiated one new investigation and prosecution against a trafficking offender.", report(2014)), @r"
    2013 statistic: investigations 1
    2013 statistic: prosecutions 1
    ");
}

#[test]
fn people_a_metric_noun_is_of() {
    insta::assert_snapshot!(run(&StatisticRule, "Police initiated 15 investigations, compared with eight investigations (six for sex trafficking and two for labor trafficking) of 19 individuals in 2021.", report(2023)), @r"
    2022 statistic: investigations 15
    2021 statistic: investigations 8
    2021 statistic: investigations 19 (individuals)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts reported 12 convictions of 20 traffickers.", report(2023)), @r"
    2022 statistic: convictions 12
    2022 statistic: convictions 20 (traffickers)
    ");
}

#[test]
fn metric_nouns_not_conducted_or_completed() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not complete any trafficking prosecutions for the second consecutive year.", report(2020)), @r"
    2019 statistic: prosecutions 0
    2018 statistic: prosecutions 0 (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police did not conduct any investigations of forced labor.", report(2020)), @"2019 statistic: investigations 0");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors have not brought any prosecutions under the new law.", report(2020)), @"2019 statistic: prosecutions 0");
    // Care completed is no metric noun.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not complete any victim assistance programs.", report(2020)), @"");
}

#[test]
fn zeros_not_secured_and_compared() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities decreased the number of prosecutions and did not secure any convictions.", report(2020)), @"2019 statistic: convictions 0");
    insta::assert_snapshot!(run(&StatisticRule, "It did not produce any trafficking-related prosecutions or convictions.", report(2005)), @r"
    2004 statistic: prosecutions 0
    2004 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The courts have not produced any convictions under the 2010 law.", report(2012)), @"2011 statistic: convictions 0");
    // More nouns the denial reaches, joined by "or any".
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report any investigations into official complicity or any prosecutions or convictions of allegedly complicit officials.", report(2020)), @r"
    2019 statistic: investigations 0 (complicit officials)
    2019 statistic: prosecutions 0 (complicit officials)
    2019 statistic: convictions 0 (complicit officials)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not initiate any new prosecutions against traffickers.", report(2020)), @"2019 statistic: prosecutions 0");
    insta::assert_snapshot!(run(&StatisticRule, "Investigations were opened, but no convictions were reported.", report(2020)), @"2019 statistic: convictions 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report investigating, prosecuting, or convicting sex trafficking offenders.", report(2020)), @r"
    2019 statistic: investigations 0 (sex trafficking offenders)
    2019 statistic: prosecutions 0 (sex trafficking offenders)
    2019 statistic: convictions 0 (sex trafficking offenders)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not report investigating or prosecuting forced labor offenses.", report(2020)), @r"
    2019 statistic: investigations 0 (forced labor offenses)
    2019 statistic: prosecutions 0 (forced labor offenses)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not convict any traffickers for the second consecutive reporting period.", report(2020)), @r"
    2019 statistic: convictions 0 (traffickers)
    2018 statistic: convictions 0 (traffickers) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The courts had no trafficking prosecutions or convictions under the new law.", report(2020)), @r"
    2019 statistic: prosecutions 0
    2019 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not convict any traffickers, compared to zero in 2017.", report(2019)), @r"
    2018 statistic: convictions 0 (traffickers)
    2017 statistic: convictions 0 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted three traffickers in 2019, an increase compared with no traffickers convicted in 2018.", report(2020)), @r"
    2019 statistic: convictions 3 (traffickers)
    2018 statistic: convictions 0 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The record improved, from no convictions in 2017 to nine convictions in 2019.", report(2020)), @r"
    2017 statistic: convictions 0
    2019 statistic: convictions 9
    ");
    // No zero where nothing of a metric is denied.
    insta::assert_snapshot!(run(&StatisticRule, "Compared with no shelters in 2017, the government identified 12 victims.", report(2020)), @"2019 statistic: victims_identified 12 (victims)");
}

#[test]
fn parts_that_add_up_to_a_count_before_them() {
    let involving = "Police investigated 90 cases, leading to the arrest of 45 suspects, involving 30 sex trafficking and 60 labor trafficking cases.";
    insta::assert_snapshot!(run(&StatisticRule, involving, report(2021)), @"2020 statistic: investigations 90 (cases)");
    let comprising = "The ministry identified 2,310 victims, comprising 2,004 adults and 306 victims of unknown age.";
    insta::assert_snapshot!(run(&StatisticRule, comprising, report(2021)), @"2020 statistic: victims_identified 2310 (victims)");
    let nouns = "Police initiated 15 investigations, two for sex trafficking, two for labor trafficking, and 11 for other forms.";
    insta::assert_snapshot!(run(&StatisticRule, nouns, report(2021)), @"2020 statistic: investigations 15");
    let tail = "Officials identified 75 victims, including 20 female victims of sex trafficking, five victims of forced labor, and 50 child victims of forced begging.";
    insta::assert_snapshot!(run(&StatisticRule, tail, report(2021)), @"2020 statistic: victims_identified 75 (victims)");
    // Counts that add up but were done something else to, or compared, stay counts.
    let referred = "Police identified 40 victims, referred 25 to shelters and 15 to NGOs.";
    insta::assert_snapshot!(run(&StatisticRule, referred, report(2021)), @r"
    2020 statistic: victims_identified 40 (victims)
    2020 statistic: victims_referred 25 (victims)
    2020 statistic: victims_referred 15 (victims)
    ");
    let compared = "Courts convicted 30 traffickers, compared with 10 in 2019 and 20 in 2018.";
    insta::assert_snapshot!(run(&StatisticRule, compared, report(2021)), @r"
    2020 statistic: convictions 30 (traffickers)
    2019 statistic: convictions 10 (traffickers)
    2018 statistic: convictions 20 (traffickers)
    ");
    let apart = "Police investigated 30 cases (12 of sex trafficking and 18 of labor trafficking), compared with 20 in 2019 and 10 in 2018.";
    insta::assert_snapshot!(run(&StatisticRule, apart, report(2021)), @r"
    2020 statistic: investigations 30 (cases)
    2019 statistic: investigations 20 (cases)
    2018 statistic: investigations 10 (cases)
    ");
}

#[test]
fn a_breakdown_whose_parts_name_their_nouns() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 311 victims, including 215 sex trafficking victims and 96 labor trafficking victims, and referred 205 to services.", report(2022)), @r"
    2021 statistic: victims_identified 311 (victims)
    2021 statistic: victims_referred 205 (victims)
    ");
}

#[test]
fn the_following_year_counts_from_the_year_named_before_it() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2015 police identified 40 victims, and the following year they identified 52 victims.", wiki()), @r"
    2015 statistic: victims_identified 40 (victims)
    2016 statistic: victims_identified 52 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers in 2016, compared with nine the previous year.", wiki()), @r"
    2016 statistic: convictions 12 (traffickers)
    2015 statistic: convictions 9 (traffickers)
    ");
    // With no report year, so does the previous reporting period, from a year named.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 293 cases in 2014, an increase from 159 cases the previous reporting period.", wiki()), @r"
    2014 statistic: investigations 293 (cases)
    2013 statistic: investigations 159 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 293 cases in 2014, an increase from 159 cases the previous reporting period.", report(2016)), @r"
    2014 statistic: investigations 293 (cases)
    2014 statistic: investigations 159 (cases)
    ");
}

#[test]
fn the_next_year_counts_from_an_earlier_sentence_when_nothing_else_can() {
    let paragraph = [
        "Police identified 40 victims in 2015.",
        "The following year they identified 52 victims.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, wiki()), @r"
    2015 statistic: victims_identified 40 (victims)
    2016 statistic: victims_identified 52 (victims)
    ");
    // Not the previous reporting period, whose year an earlier sentence may not tell.
    let period = [
        "Police identified 40 victims in 2015.",
        "During the previous reporting period they identified 52 victims.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &period, wiki()), @r"
    2015 statistic: victims_identified 40 (victims)
    undated statistic: victims_identified 52 (victims)
    ");
    let compared = [
        "Authorities identified 112 victims in 2022, an increase from 87 in 2021.",
        "They referred 95 victims to care, compared with 70 the previous year.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &compared, wiki()), @r"
    2022 statistic: victims_identified 112 (victims)
    2021 statistic: victims_identified 87 (victims)
    undated statistic: victims_referred 95 (victims)
    2021 statistic: victims_referred 70 (victims)
    ");
    // A report narrative counts from its reporting period instead.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2020)), @r"
    2015 statistic: victims_identified 40 (victims)
    2020 statistic: victims_identified 52 (victims)
    ");
}

#[test]
fn a_year_behind_a_comparison_is_not_the_counts() {
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted two traffickers, the same number as in the previous year.", report(2020)), @r"
    2019 statistic: convictions 2 (traffickers)
    2018 statistic: convictions 2 (traffickers) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 14 traffickers, the same as in 2017.", report(2020)), @r"
    2019 statistic: convictions 14 (traffickers)
    2017 statistic: convictions 14 (traffickers) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 53 victims, up from the previous year.", report(2020)), @"2019 statistic: victims_identified 53 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2013 the government reported 18 prosecutions and eight convictions, a decrease from 2012.", wiki()), @r"
    2013 statistic: prosecutions 18
    2013 statistic: convictions 8
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2016 police investigated 40 cases, an increase over 2015.", wiki()), @"2016 statistic: investigations 40 (cases)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2016 courts convicted 12 traffickers, more than in 2015.", wiki()), @"2016 statistic: convictions 12 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "The government trained more than 1,200 officials in 2016.", wiki()), @"2016 statistic: officials_trained more_than 1200 (officials)");
    // A year before the comparison is still the count's own.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 14 traffickers in 2018, the same as in 2017.", report(2020)), @r"
    2018 statistic: convictions 14 (traffickers)
    2017 statistic: convictions 14 (traffickers) (inferred)
    ");
    // A count after the comparison's clause does not take its year.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 19 victims, compared with 25 the previous year, and referred 14 of them to shelters.", report(2016)), @r"
    2015 statistic: victims_identified 19 (victims)
    2014 statistic: victims_identified 25 (victims)
    2015 statistic: victims_referred 14 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2012 police identified 30 victims, up from 21 in 2011, and referred 12 of them to NGOs.", wiki()), @r"
    2012 statistic: victims_identified 30 (victims)
    2011 statistic: victims_identified 21 (victims)
    2012 statistic: victims_referred 12 (victims)
    ");
    // A year in brackets or a comparison still open dates what follows it.
    insta::assert_snapshot!(run(&StatisticRule, "Compared with 2014, the government referred 14 victims to shelters.", report(2016)), @"2015 statistic: victims_referred 14 (victims)");
}

#[test]
fn a_part_of_a_whole_named_after_it_is_what_its_verb_counts() {
    // The verb after the whole, or before the part, is done to the part.
    insta::assert_snapshot!(run(&StatisticRule, "Fourteen of the 23 victims received shelter in 2016.", wiki()), @"2016 statistic: victims_assisted 14 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 9 of these victims were repatriated.", wiki()), @"2019 statistic: victims_repatriated 9 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2018, NGOs provided shelter to 15 of the 20 victims identified.", wiki()), @"2018 statistic: victims_assisted 15 (victims)");
    // A participle that only names the whole: the whole is the count, the part is not.
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, five of the 23 victims identified were children.", wiki()), @"2017 statistic: victims_identified 23 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, three of the 12 victims assisted by NGOs were men.", wiki()), @"2017 statistic: victims_assisted 12 (NGOs)");
    // The whole's participle, then the part's own verb: both are counts.
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, only two of the 23 child victims identified received care at the shelter.", wiki()), @r"
    2020 statistic: victims_assisted 2 (child victims)
    2020 statistic: victims_identified 23 (child victims)
    ");
    // The pool a count was drawn from, with no participle of its own, is no count of the act.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 43 victims from the 127 potential victims, compared with 48 victims in 2020.", report(2022)), @r"
    2021 statistic: victims_identified 43 (victims)
    2020 statistic: victims_identified 48 (victims)
    ");
    // So is a population they were found among; potential victims found are a count.
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, officials identified 85 victims among more than 6,000 children in street situations.", report(2021)), @"2020 statistic: victims_identified 85 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, officials identified and confirmed 85 victims among 610 potential victims.", report(2021)), @r"
    2020 statistic: victims_identified 85 (victims)
    2020 statistic: victims_identified 610 (potential victims)
    ");
    // Words between the two counts other than "of the" make two counts.
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, police identified 14 victims out of the 23 victims referred by NGOs.", wiki()), @r"
    2017 statistic: victims_identified 14 (victims)
    2017 statistic: victims_referred 23 (NGOs)
    ");
}

#[test]
fn participles_joined_after_a_count_each_count_it() {
    insta::assert_snapshot!(run(&StatisticRule, "The last statistic was 262 victims identified and assisted in 2016.", wiki()), @r"
    2016 statistic: victims_identified 262 (victims)
    2016 statistic: victims_assisted 262 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 14 traffickers were prosecuted and convicted.", wiki()), @r"
    2019 statistic: prosecutions 14 (traffickers)
    2019 statistic: convictions 14 (traffickers)
    ");
    // Another count after "and" has its own verb.
    insta::assert_snapshot!(run(&StatisticRule, "In 2018, 30 victims were identified and 12 were referred.", wiki()), @r"
    2018 statistic: victims_identified 30 (victims)
    2018 statistic: victims_referred 12 (victims)
    ");
}

#[test]
fn a_bare_count_sent_to_care_counts_victims() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reportedly referred at least 57 to care during the reporting period, an increase compared to 41 last reporting period.", report(2018)), @r"
    2017 statistic: victims_referred at_least 57
    2016 statistic: victims_referred 41
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police referred 12 to NGO shelters.", wiki()), @"2019 statistic: victims_referred 12");
    // Not sent by a metric verb, or not to care.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, the ministry allocated 12 to shelters.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police referred 12 to prosecutors.", wiki()), @"");
}

#[test]
fn a_count_with_its_noun_and_verb_left_out_mirrors_the_one_before() {
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors charged 43 defendants with sex trafficking and four with labor trafficking in 2014, compared with 114 and five, respectively, in 2013.", wiki()), @r"
    2014 statistic: prosecutions 43 (defendants)
    2014 statistic: prosecutions 4 (defendants)
    2013 statistic: prosecutions 114 (defendants)
    2013 statistic: prosecutions 5 (defendants)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, courts convicted 10 traffickers for sex trafficking and two for forced labor.", wiki()), @r"
    2020 statistic: convictions 10 (traffickers)
    2020 statistic: convictions 2 (traffickers)
    ");
    // The same with the law used.
    insta::assert_snapshot!(run(&StatisticRule, "In 2007, authorities convicted two sex traffickers using the anti-trafficking law and 11 using the procurement statute.", wiki()), @r"
    2007 statistic: convictions 2 (sex traffickers)
    2007 statistic: convictions 11 (sex traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2007, courts convicted two traffickers under the anti-trafficking law and 11 under other statutes.", wiki()), @r"
    2007 statistic: convictions 2 (traffickers)
    2007 statistic: convictions 11 (traffickers)
    ");
    // Parts of a count told before, without a noun of their own, are not counts.
    insta::assert_snapshot!(run(&StatisticRule, "In 2018, the government reported four prosecutions, one for sex trafficking and two for labor trafficking.", wiki()), @"2018 statistic: prosecutions 4");
}

#[test]
fn more_or_fewer_than_a_count_of_another_year_is_that_count() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, police identified 197 victims, a decrease compared with 235 in 2019 but more than 187 in 2018.", wiki()), @r"
    2020 statistic: victims_identified 197 (victims)
    2019 statistic: victims_identified 235 (victims)
    2018 statistic: victims_identified 187 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, police identified 97 victims, more than 87 in 2019.", wiki()), @r"
    2020 statistic: victims_identified 97 (victims)
    2019 statistic: victims_identified 87 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, police identified 57 victims, fewer than the 60 in 2019.", wiki()), @r"
    2020 statistic: victims_identified 57 (victims)
    2019 statistic: victims_identified 60 (victims)
    ");
    // A bound with its own noun stays a bound.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified more than 87 victims.", wiki()), @"2019 statistic: victims_identified more_than 87 (victims)");
}

#[test]
fn the_same_as_in_another_year_is_that_years_count_inferred() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, authorities identified 494 victims, the same as in 2019.", wiki()), @r"
    2020 statistic: victims_identified 494 (victims)
    2019 statistic: victims_identified 494 (victims) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted six traffickers during 2019, the same number as in 2018.", wiki()), @r"
    2019 statistic: convictions 6 (traffickers)
    2018 statistic: convictions 6 (traffickers) (inferred)
    ");
    // A bracket breaking the count down is not among the words before "the same".
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated five new cases (two of sex trafficking and three of forced labor) under Article 12 in 2019, the same number as in 2018.", wiki()), @r"
    2019 statistic: investigations 5 (new cases)
    2018 statistic: investigations 5 (new cases) (inferred)
    ");
    // "Roughly the same" or another count's comparison tells no count.
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, authorities identified 494 victims, compared with 400 in 2019, the same level as the year before.", wiki()), @r"
    2020 statistic: victims_identified 494 (victims)
    2019 statistic: victims_identified 400 (victims)
    ");
    // After a figure compared with its own year, "the same" is the count compared with.
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified three child victims during the reporting period, down from seven victims in 2017 and the same as in 2016.", report(2019)), @r"
    2018 statistic: victims_identified 3 (child victims)
    2017 statistic: victims_identified 7 (victims)
    2016 statistic: victims_identified 3 (child victims) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted four traffickers, up from two in 2018 and the same as in 2017.", report(2020)), @r"
    2019 statistic: convictions 4 (traffickers)
    2018 statistic: convictions 2 (traffickers)
    2017 statistic: convictions 4 (traffickers) (inferred)
    ");
    // A zero the same as another year's is that year's zero too.
    insta::assert_snapshot!(run(&StatisticRule, "Civil society organizations did not identify any victims, the same as in the previous reporting period.", report(2020)), @r"
    2019 statistic: victims_identified 0 (victims)
    2018 statistic: victims_identified 0 (victims) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported no convictions, the same as in 2016.", report(2019)), @r"
    2018 statistic: convictions 0
    2016 statistic: convictions 0 (inferred)
    ");
}

#[test]
fn a_part_of_a_whole_that_is_no_count_is_counted_by_its_own_verbs() {
    insta::assert_snapshot!(run(&StatisticRule, "Of the 52 suspects arrested in 2012, nine were prosecuted and convicted.", wiki()), @r"
    2012 statistic: prosecutions 9 (suspects)
    2012 statistic: convictions 9 (suspects)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Out of 73 potential victims screened at the border, 30 were referred to shelters.", report(2015)), @"2014 statistic: victims_referred 30 (potential victims)");
    // Its verb must fit the whole's noun.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 300 calls to the hotline, 40 were referred to police.", report(2015)), @"");
}

#[test]
fn an_example_with_a_participle_of_its_own_is_counted_by_it() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported more investigations and prosecutions of traffickers, including four suspects prosecuted in absentia.", report(2021)), @"2020 statistic: prosecutions 4 (suspects)");
    // A participle of no metric the noun takes leaves the verbs before.
    insta::assert_snapshot!(run(&StatisticRule, "The government reported more investigations and prosecutions of traffickers, including four suspects arrested in absentia.", report(2021)), @r"
    2020 statistic: investigations 4 (suspects)
    2020 statistic: prosecutions 4 (suspects)
    ");
}

#[test]
fn an_example_from_an_uncounted_whole_is_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, the government continued prosecuting and convicting some traffickers, including two perpetrators of forced begging.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified several victims, including 12 children.", wiki()), @"");
    // A counted whole keeps its part as a part; a count after the example is its own.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified 40 victims, including 12 children.", wiki()), @"2019 statistic: victims_identified 40 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified some victims, including two children, and convicted 14 traffickers.", wiki()), @"2019 statistic: convictions 14 (traffickers)");
}

#[test]
fn pending_cases_and_drafts_beside_a_count_leave_it_a_count() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2005, the government convicted 78 traffickers and 220 cases are still pending.", wiki()), @"2005 statistic: convictions 78 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2010, police rescued and identified 80 child victims and drafted new legislation.", wiki()), @"2010 statistic: victims_identified 80 (child victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2018, four of eight investigations begun in 2017 were still pending.", wiki()), @"");
    // A plan counts nothing.
    insta::assert_snapshot!(run(&StatisticRule, "In 2010, the ministry plans to train 200 officials, pending funding.", wiki()), @"");
}

#[test]
fn counts_each_with_its_participle_after_it_keep_their_own() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, courts convicted 12 traffickers, compared with nine traffickers prosecuted and 12 convicted in 2019 and nine cases prosecuted and seven traffickers convicted in 2018.", wiki()), @r"
    2020 statistic: convictions 12 (traffickers)
    2019 statistic: prosecutions 9 (traffickers)
    2019 statistic: convictions 12 (traffickers)
    2018 statistic: prosecutions 9 (cases)
    2018 statistic: convictions 7 (traffickers)
    ");
    // A participle after a count whose verb came before it still shares that verb.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, NGOs provided services to 2,119 victims and 153 victims identified during investigations.", wiki()), @r"
    2019 statistic: victims_assisted 2119 (victims)
    2019 statistic: victims_assisted 153 (victims)
    ");
    // A count whose people "received" what is counted has a verb of its own.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified 60 victims, and 41 child victims received state-funded shelter.", wiki()), @r"
    2019 statistic: victims_identified 60 (victims)
    2019 statistic: victims_assisted 41 (child victims)
    ");
}

#[test]
fn a_metric_noun_with_a_count_of_its_own_shares_none() {
    insta::assert_snapshot!(run(&StatisticRule, "During 2014, officials initiated 15 new investigations and prosecutions of 18 defendants, compared with 11 investigations and 12 defendants in 2013.", wiki()), @r"
    2014 statistic: investigations 15
    2014 statistic: prosecutions 18 (defendants)
    2013 statistic: investigations 11
    2013 statistic: prosecutions 12 (defendants)
    ");
    // Joined with no count of its own, the second noun shares the count.
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, courts reported 15 prosecutions and convictions of traffickers.", wiki()), @r"
    2017 statistic: prosecutions 15
    2017 statistic: convictions 15
    ");
}

#[test]
fn parts_after_a_longer_description_of_their_whole() {
    insta::assert_snapshot!(run(&StatisticRule, "The government initiated eight investigations under article 124 in 2016, including five sex trafficking cases and two child forced labor cases.", wiki()), @"2016 statistic: investigations 8");
    // So does the whole's own passive.
    insta::assert_snapshot!(run(&StatisticRule, "At least six individuals were indicted for trafficking crimes, including three traffickers who faced possible extradition.", report(2017)), @"2016 statistic: prosecutions at_least 6 (individuals)");
    // A verb of its own before "including" starts another count.
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, police investigated 40 cases and provided services to victims, including 12 children.", wiki()), @r"
    2017 statistic: investigations 40 (cases)
    2017 statistic: victims_assisted 12 (children)
    ");
}

#[test]
fn a_count_with_a_year_of_its_own_ends_a_list_of_parts() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2021, police investigated six cases, compared with 40 cases in 2020, including 24 sex trafficking cases and 16 forced labor cases, and eight cases in 2019, including one sex trafficking case and seven forced labor cases.", wiki()), @r"
    2021 statistic: investigations 6 (cases)
    2020 statistic: investigations 40 (cases)
    2019 statistic: investigations 8 (cases)
    ");
}

#[test]
fn housing_and_support_received_or_provided_are_assistance() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2015, the 10 identified victims received housing, medical care, and legal counsel.", wiki()), @"2015 statistic: victims_assisted 10 (identified victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, NGOs provided housing to 14 victims.", wiki()), @"2017 statistic: victims_assisted 14 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2021, the Ministry of Health provided healthcare to 127 trafficking victims.", wiki()), @"2021 statistic: victims_assisted 127 (trafficking victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2021, clinics provided medical assistance to 12 victims.", wiki()), @"2021 statistic: victims_assisted 12 (victims)");
    // The whole pipeline: "healthcare" alone makes the sentence one for the rule.
    let facts = crate::rules::testing::facts_of_kind(
        "= Testland =\n\nIn 2021, the Ministry of Health provided healthcare to 127 trafficking victims.\n",
        crate::event::EventKind::Statistic,
    );
    assert_eq!(facts.len(), 1, "{facts:?}");
}

#[test]
fn cases_registered_told_after_them() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, 2,189 cases of human trafficking were registered.", wiki()), @"2020 statistic: investigations 2189 (cases)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, 120 victims were registered.", wiki()), @"2020 statistic: victims_identified 120 (victims)");
}

#[test]
fn the_same_count_in_another_year_or_compared() {
    insta::assert_snapshot!(run(&StatisticRule, "Testland prosecuted 9 cases in 2017 and 14 in 2018.", wiki()), @r"
    2017 statistic: prosecutions 9 (cases)
    2018 statistic: prosecutions 14 (cases)
    ");
    // Years listed as clauses of their own, after semicolons.
    insta::assert_snapshot!(run(&StatisticRule, "This compared with 124 potential victims identified in 2019, including 12 in servile marriage; 114 in 2018, including nine in servile marriage; and 96 in 2017.", report(2021)), @r"
    2019 statistic: victims_identified 124 (potential victims)
    2018 statistic: victims_identified 114 (potential victims)
    2017 statistic: victims_identified 96 (potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 40 victims in 2020; 12 remained in shelters.", wiki()), @"2020 statistic: victims_identified 40 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, the government convicted 7 traffickers, as opposed to 3 in 2015.", wiki()), @r"
    2016 statistic: convictions 7 (traffickers)
    2015 statistic: convictions 3 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The number of victims identified increased from 21 in 2014 to 49 in 2016.", wiki()), @r"
    2014 statistic: victims_identified 21
    2016 statistic: victims_identified 49
    ");
    // A number in another year that goes on to say something else is not the count.
    insta::assert_snapshot!(run(&StatisticRule, "Testland prosecuted 9 cases in 2017, and 14 in 2018 were dismissed by courts.", wiki()), @"2017 statistic: prosecutions 9 (cases)");
}

#[test]
fn charges_after_a_preposition_are_a_noun() {
    insta::assert_snapshot!(run(&StatisticRule, "It prosecuted and convicted on trafficking charges 10 suspected traffickers in seven cases.", report(2017)), @r"
    2016 statistic: prosecutions 10 (suspected traffickers)
    2016 statistic: convictions 10 (suspected traffickers)
    2016 statistic: prosecutions 7 (cases)
    2016 statistic: convictions 7 (cases)
    ");
    assert_eq!(
        run(
            &StatisticRule,
            "Police arrested 10 suspects on charges of trafficking.",
            report(2017)
        ),
        ""
    );
    // A verb still charges.
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, 12 suspects faced charges.", wiki()), @"2016 statistic: prosecutions 12 (suspects)");
}

#[test]
fn a_part_of_a_part_does_not_sum_with_it() {
    // 8 + 1 = 9 by chance: the one case is a part of the eight.
    insta::assert_snapshot!(run(&StatisticRule, "It convicted nine traffickers in eight cases, including one case of forced labor.", report(2017)), @r"
    2016 statistic: convictions 9 (traffickers)
    2016 statistic: convictions 8 (cases)
    ");
    // Siblings that add up still do.
    insta::assert_snapshot!(run(&StatisticRule, "It identified 40 victims, 30 women and 10 children.", report(2017)), @"2016 statistic: victims_identified 40 (victims)");
}

#[test]
fn a_part_of_those_counted_before_is_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Two of the convicted traffickers were officials.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported 321 identified victims.", report(2019)), @"2018 statistic: victims_identified 321 (identified victims)");
}

#[test]
fn a_share_in_brackets_after_a_count_leaves_it_its_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "Of the 640 identified victims, 310 (48 percent) received assistance and 95 (15%) were repatriated.", report(2019)), @r"
    2018 statistic: victims_identified 640 (identified victims)
    2018 statistic: victims_assisted 310 (identified victims)
    2018 statistic: victims_repatriated 95 (identified victims)
    ");
}

#[test]
fn an_act_joined_to_the_wholes_own_is_the_parts() {
    // A part named by the whole's act, then another joined to it: that one counts it.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 40 victims identified, 16 were identified in Mexico or Guatemala and repatriated to Honduras.", report(2021)), @r"
    2020 statistic: victims_identified 40 (victims)
    2020 statistic: victims_repatriated 16 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 40 victims; 16 were identified abroad and repatriated.", report(2021)), @r"
    2020 statistic: victims_identified 40 (victims)
    2020 statistic: victims_identified 16 (victims)
    2020 statistic: victims_repatriated 16 (victims)
    ");
    // Not the verbs of another subject after the count.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 117 victims and referred at least 41 to care, while an NGO identified and assisted 415 victims.", report(2021)), @r"
    2020 statistic: victims_identified 117 (victims)
    2020 statistic: victims_referred at_least 41 (victims)
    2020 statistic: victims_identified 415 (victims)
    2020 statistic: victims_assisted 415 (victims)
    ");
}

#[test]
fn earlier_years_of_a_part_counted_for_its_own_act() {
    insta::assert_snapshot!(run(&StatisticRule, "Of the 88 victims, 19 entered the government-funded victim care program in 2017 (21 in 2016 and 25 in 2015).", report(2018)), @r"
    2017 statistic: victims_assisted 19 (victims)
    2016 statistic: victims_assisted 21 (victims)
    2015 statistic: victims_assisted 25 (victims)
    ");
    // Not those of a part counted for nothing told after it.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 88 victims, 19 received assistance and 12 were children (nine in 2016).", report(2018)), @"2017 statistic: victims_assisted 19 (victims)");
}

#[test]
fn a_figure_compared_with_verbs_of_its_own_counts_their_acts() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 33 victims, an increase from seven it independently identified and assisted the previous year.", report(2020)), @r"
    2019 statistic: victims_identified 33 (victims)
    2018 statistic: victims_identified 7 (victims)
    2018 statistic: victims_assisted 7 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 33 victims, compared with 28 it referred in 2018.", report(2020)), @r"
    2019 statistic: victims_identified 33 (victims)
    2018 statistic: victims_referred 28 (victims)
    ");
    // With none, the count before's.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 33 victims, compared with 28 in 2018.", report(2020)), @r"
    2019 statistic: victims_identified 33 (victims)
    2018 statistic: victims_identified 28 (victims)
    ");
}

#[test]
fn a_whole_named_by_a_participle_and_its_agent_keeps_its_act() {
    // The verb after the agent is the next count's.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 170 victims identified by police, 161 were referred to care.", report(2020)), @r"
    2019 statistic: victims_identified 170 (police)
    2019 statistic: victims_referred 161 (police)
    ");
    // With no count between, it is the count's own.
    insta::assert_snapshot!(run(&StatisticRule, "All 82 victims identified by the government received assistance.", report(2020)), @"2019 statistic: victims_assisted 82 (victims)");
    // The doer may stand before the participle.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 170 government identified victims, 161 were referred to care.", report(2020)), @r"
    2019 statistic: victims_identified 170 (government identified victims)
    2019 statistic: victims_referred 161 (government identified victims)
    ");
    // Or be joined to it.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 45 NGO-referred victims, 30 were women.", report(2020)), @"2019 statistic: victims_referred 45 (NGO-referred victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Of the 170 police-identified victims, authorities referred 120 to shelters.", report(2020)), @r"
    2019 statistic: victims_identified 170 (police-identified victims)
    2019 statistic: victims_referred 120 (police-identified victims)
    ");
}

#[test]
fn a_share_stands_for_its_count_in_brackets() {
    // The count in brackets after a share is read where the share stands, with the noun
    // and verb after the bracket.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 49 percent (339) of identified victims received assistance.", report(2021)), @"2019 statistic: victims_assisted 339 (identified victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government provided shelter to 49% (339) of identified victims.", report(2021)), @"2020 statistic: victims_assisted 339 (identified victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Of the 700 victims identified, 49 percent (339) received assistance.", report(2021)), @r"
    2020 statistic: victims_identified 700 (victims)
    2020 statistic: victims_assisted 339 (victims)
    ");
    // So is a count with its share in brackets after it, before its noun.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 339 (49 percent) of identified victims received assistance.", report(2021)), @"2019 statistic: victims_assisted 339 (identified victims)");
    // The pool after the share is the whole, not a count of its own.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities referred 30 percent (45) of the 150 identified victims to shelters.", report(2021)), @"2020 statistic: victims_referred 45 (identified victims)");
    // A share's count with no verb of its own is a part of the pool, not a count of it.
    counts_nothing(
        &[
            "42 percent (314) of registered victims were women.",
            "Nearly 42 percent (314) of registered victims, including 47 children, benefited from assistance.",
        ],
        report(2021),
    );
}

#[test]
fn people_done_another_act_are_described_by_a_metric_participle() {
    counts_nothing(
        &[
            "An amnesty led to the early release of more than 300 convicted traffickers.",
            "The government released 45 convicted traffickers on parole.",
            "Police arrested six convicted traffickers who had fled.",
        ],
        report(2019),
    );
    // Told with no other act, the participle counts them.
    insta::assert_snapshot!(run(&StatisticRule, "The ministry reported 45 convicted traffickers in 2018.", report(2019)), @"2018 statistic: convictions 45 (convicted traffickers)");
}

#[test]
fn passives_in_a_row() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 211 victims were identified, 87 cases were investigated and 23 traffickers were convicted.", wiki()), @r"
    2019 statistic: victims_identified 211 (victims)
    2019 statistic: investigations 87 (cases)
    2019 statistic: convictions 23 (traffickers)
    ");
    // A verb of its own after the passive still counts.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 87 cases were investigated and prosecutors charged 23 suspects.", wiki()), @r"
    2019 statistic: investigations 87 (cases)
    2019 statistic: prosecutions 23 (suspects)
    ");
}

#[test]
fn none_stated_as_a_count() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported two trafficking convictions in 2012, compared to none in 2011.", report(2013)), @r"
    2012 statistic: convictions 2
    2011 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 14 victims, up from none the previous year.", report(2013)), @r"
    2012 statistic: victims_identified 14 (victims)
    2011 statistic: victims_identified 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "None of the 14 victims were repatriated, compared with 3 in 2011.", report(2013)), @r"
    2012 statistic: victims_repatriated 0 (victims)
    2011 statistic: victims_repatriated 3 (victims)
    ");
    // "none" compared with nothing counted, or not compared at all.
    for s in [
        "None of the shelters were open, compared with none in 2011.",
        "The government identified 14 victims; none were children.",
    ] {
        let got = run(&StatisticRule, s, report(2013));
        assert!(!got.contains(" 0"), "{s}: {got}");
    }
}

#[test]
fn an_unlisted_word_right_before_the_noun() {
    insta::assert_snapshot!(run(&StatisticRule, "The government trained 250 consular officials.", report(2008)), @"2007 statistic: officials_trained 250 (consular officials)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 12 unaccompanied minors.", report(2008)), @"2007 statistic: victims_identified 12 (unaccompanied minors)");
    insta::assert_snapshot!(run(&StatisticRule, "As of December 2019, there were 45 ongoing trafficking investigations.", wiki()), @"2019-12 statistic: investigations 45");
    // Not a noun's modifier: a function word, or a word not right before the noun.
    for s in [
        "Police identified 40 percent of victims.",
        "The government trained 250 with support from victims' groups.",
        "Police identified 12 through hotline calls from victims.",
    ] {
        assert_eq!(run(&StatisticRule, s, report(2008)), "", "{s}");
    }
}

#[test]
fn a_metric_noun_counted_is_not_the_next_counts_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities conducted 28 trafficking investigations, prosecuted 19 cases, and convicted 14 offenders.", report(2008)), @r"
    2007 statistic: investigations 28
    2007 statistic: prosecutions 19 (cases)
    2007 statistic: convictions 14 (offenders)
    ");
}

#[test]
fn not_statistics() {
    for s in [
        "The government prohibits trafficking through Article 129 of its criminal code, which prescribes four to 25 years' imprisonment.",
        "The government intends to train 200 officials in 2022.",
        "The ministry aims to identify 500 victims by 2025.",
        "In 2023, the Organised Crime Index gave it a score of 8.5 out of 10.",
        "The government provided no information on whether the individuals prosecuted were convicted.",
        "In 2009 it did not make similar efforts to prosecute trafficking offenders or identify victims.",
        "The government did not report any systematic efforts to identify trafficking victims.",
        "The government did not report efforts to investigate such officials for complicity.",
        "In 2014, approximately 3,400 women entered Lebanon under this program.",
        "Separate from the three cases shared by the Ministry of Justice, media reported three potential cases.",
        "Forty-four were children (42 sex trafficking, two labor trafficking), compared with 32 in 2021.",
        "44 suspected trafficking victims were detained at the airport in Amsterdam.",
        "The government allocated 16.2 million MDL ($849,060) to assist victims.",
        "Men aged 18-54 must serve for 18 months and 24 percent were assisted.",
    ] {
        assert_eq!(run(&StatisticRule, s, report(2015)), "", "{s}");
    }
}

#[test]
fn a_date_of_a_participle_after_the_noun_is_the_participles() {
    // The victims repatriated are counted as repatriated in their year too.
    insta::assert_snapshot!(run(&StatisticRule, "The ministry assisted 34 victims repatriated in 2019 and referred 12 victims identified in 2018 to shelters.", report(2021)), @r"
    2019 statistic: victims_repatriated 34 (victims)
    2020 statistic: victims_assisted 34 (victims)
    2020 statistic: victims_referred 12 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2015, prosecutors charged 20 suspects arrested by police during 2013.", wiki()), @"2015 statistic: prosecutions 20 (suspects)");
    // The participle of the count's own verb keeps its date.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 53 traffickers in 2014, compared with 85 traffickers and five labor traffickers convicted in 2013.", wiki()), @r"
    2014 statistic: convictions 53 (traffickers)
    2013 statistic: convictions 85 (traffickers)
    2013 statistic: convictions 5 (labor traffickers)
    ");
    // So does a count whose verb comes after it.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities reported 45 victims identified in 2019.", report(2021)), @"2019 statistic: victims_identified 45 (victims)");
}

#[test]
fn a_date_in_a_participle_aside_before_the_count_is_the_asides() {
    insta::assert_snapshot!(run(&StatisticRule, "The referral protocol, developed in 2016, provided assistance to all 21 victims.", report(2018)), @"2017 statistic: victims_assisted 21 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The task force, established by decree in March 2014, identified 17 victims.", report(2016)), @"2015 statistic: victims_identified 17 (victims)");
    // An aside that only tells the date dates the count.
    insta::assert_snapshot!(run(&StatisticRule, "The government, in 2014, identified 17 victims.", report(2016)), @"2014 statistic: victims_identified 17 (victims)");
}

#[test]
fn a_date_of_a_participle_in_a_concessive_lead_is_its_nouns() {
    insta::assert_snapshot!(run(&StatisticRule, "Despite an NGO report released in December 2006 documenting child sex trafficking, the government did not investigate or prosecute traffickers.", report(2008)), @r"
    2007 statistic: investigations 0 (traffickers)
    2007 statistic: prosecutions 0 (traffickers)
    ");
    // The lead's own act dates what follows it.
    insta::assert_snapshot!(run(&StatisticRule, "Although it reported 17 prosecutions in 2007, the government failed to convict anyone for trafficking offenses.", report(2009)), @r"
    2007 statistic: prosecutions 17
    2007 statistic: convictions 0
    ");
}

#[test]
fn a_count_of_one_told_with_an_article() {
    insta::assert_snapshot!(run(&StatisticRule, "During the year, the government convicted a trafficker and identified an adult labor trafficking victim.", report(2020)), @r"
    2019 statistic: convictions 1 (trafficker)
    2019 statistic: victims_identified 1 (adult labor trafficking victim)
    ");
    // A report's summary of its efforts: a count of one too, which only stands where no count
    // of its metric and year is stated (see `merge`).
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included convicting a trafficker and identifying an adult labor trafficking victim.", report(2020)), @r"
    2019 statistic: convictions 1 (trafficker)
    2019 statistic: victims_identified 1 (adult labor trafficking victim)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included investigating more traffickers, prosecuting an allegedly complicit official, and providing services to victims.", report(2020)), @"2019 statistic: prosecutions 1 (allegedly complicit official)");
    insta::assert_snapshot!(run(&StatisticRule, "The government took some steps, including initiating the investigation of a government official under the anti-trafficking law.", report(2020)), @"2019 statistic: investigations 1 (government official)");
    // A first told by its noun is a first (see `firsts`), not a count of its own.
    insta::assert_snapshot!(run(&StatisticRule, "In 2009, a court heard a case of child servitude, the first known prosecution of a case involving trafficking.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, police initiated a trafficking investigation involving domestic workers.", wiki()), @"2016 statistic: investigations 1");
    insta::assert_snapshot!(run(&StatisticRule, "The court convicted a police officer for complicity in sex trafficking.", lead(2014)), @"2014 statistic: convictions 1 (police officer)");
    // A metric noun with "of a" stands for its verb.
    insta::assert_snapshot!(run(&StatisticRule, "Officials reported the conviction of a trafficker in March 2019.", report(2020)), @"2019-03 statistic: convictions 1 (trafficker)");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors initiated the prosecution of a sex trafficking case.", report(2013)), @"2012 statistic: prosecutions 1 (sex trafficking case)");
    // Not the plural, nor a noun the metric does not fit.
    insta::assert_snapshot!(run(&StatisticRule, "Convictions of a few traffickers and the prosecution of a law were reported.", report(2013)), @"");
    // "case" modifying another noun is no case.
    insta::assert_snapshot!(run(&StatisticRule, "The Home Office instituted a single case management unit to handle referrals.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The police opened a case file on a suspected trafficker.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The police opened a case against a suspected trafficker.", report(2019)), @"2018 statistic: investigations 1 (case)");
    // Two verbs joined before the article count one each.
    insta::assert_snapshot!(run(&StatisticRule, "During the reporting period, it prosecuted and convicted a former village chief for child sex trafficking.", report(2015)), @r"
    2014 statistic: prosecutions 1 (former village chief)
    2014 statistic: convictions 1 (former village chief)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police arrested and convicted a trafficker.", report(2015)), @"2014 statistic: convictions 1 (trafficker)");
}

#[test]
fn no_count_of_one_where_the_article_counts_nothing() {
    // Denied (a zero, not a one), to come, wanted, or not singular.
    insta::assert_snapshot!(run(&StatisticRule, "The government has never reported convicting a trafficker.", report(2020)), @"2019 statistic: convictions 0 (trafficker)");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report identifying a victim.", report(2020)), @"2019 statistic: victims_identified 0 (victim)");
    insta::assert_snapshot!(run(&StatisticRule, "Officials were trained to identify a victim of forced labor.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The unit will investigate a case reported by an NGO.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified a total of 40 victims.", report(2020)), @"2019 statistic: victims_identified 40 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry assisted a number of victims and identified a trend.", report(2020)), @"");
    // A verb that tells no metric the noun fits.
    insta::assert_snapshot!(run(&StatisticRule, "Police referred a case to prosecutors and identified a suspect.", report(2020)), @"");
}

#[test]
fn a_zero_since_a_year_holds_up_to_the_telling() {
    insta::assert_snapshot!(run(&StatisticRule, "It has not reported any trafficking prosecutions since 2011.", report(2014)), @"2013 statistic: prosecutions 0");
    // A count since a year is a total over the span, not a count of one year.
    insta::assert_snapshot!(run(&StatisticRule, "It has identified 300 victims since 2011.", report(2014)), @"undated statistic: victims_identified 300 (victims)");
    // A zero since a year takes no run of consecutive years told for another, and "since"
    // is no part of what it counts.
    insta::assert_snapshot!(run(&StatisticRule, "For the fourth consecutive year, authorities did not investigate any cases and have not convicted any offenders since 2009.", report(2016)), @r"
    2015 statistic: investigations 0 (cases)
    2014 statistic: investigations 0 (cases) (inferred)
    2013 statistic: investigations 0 (cases) (inferred)
    2012 statistic: investigations 0 (cases) (inferred)
    2015 statistic: convictions 0 (offenders)
    2014 statistic: convictions 0 (offenders) (inferred)
    2013 statistic: convictions 0 (offenders) (inferred)
    2012 statistic: convictions 0 (offenders) (inferred)
    ");
}

#[test]
fn a_span_after_a_superlative_is_the_superlatives() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities convicted the three traffickers - the first convictions under the law since 2012.", report(2017)), @"2016 statistic: convictions 3 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 85 victims, the highest number since 2015.", report(2020)), @"2019 statistic: victims_identified 85 (victims)");
}

#[test]
fn the_whole_of_a_part_restating_a_number_the_sentence_told_is_no_new_count() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 410 victims in 2020; 372 of the 410 identified victims were women.", report(2021)), @"2020 statistic: victims_identified 410 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 488 victims in 2022, and 410 were foreign nationals; 372 of the 410 identified foreign victims were Ivoirian.", report(2023)), @"2022 statistic: victims_identified 488 (victims)");
    // A whole whose number is new is counted.
    insta::assert_snapshot!(run(&StatisticRule, "Officials reported 15 cases; 20 of the 31 identified victims were women.", report(2023)), @"2022 statistic: victims_identified 31 (identified victims)");
}

#[test]
fn a_whole_restated_and_done_something_else_to() {
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 12 victims and referred them to shelters.", report(2021)), @r"
    2020 statistic: victims_identified 12 (victims)
    2020 statistic: victims_referred 12 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified eight victims, the first identified since 2013, and referred all victims to care.", report(2022)), @r"
    2021 statistic: victims_identified 8 (victims)
    2021 statistic: victims_referred 8 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified a child victim and referred the victim to protective services.", report(2022)), @r"
    2021 statistic: victims_identified 1 (child victim)
    2021 statistic: victims_referred 1 (child victim)
    ");
    // Each count listed with the last, sharing its verb, is restated with it.
    insta::assert_snapshot!(run(&StatisticRule, "NGOs identified 539 child victims (271 girls and 268 boys) and 63 adult victims (59 women and four men) and referred them to social services.", report(2021)), @r"
    2020 statistic: victims_identified 539 (child victims)
    2020 statistic: victims_identified 63 (adult victims)
    2020 statistic: victims_referred 63 (adult victims)
    2020 statistic: victims_referred 539 (child victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 12 victims and assisted 10 victims and referred them to shelters.", report(2021)), @r"
    2020 statistic: victims_identified 12 (victims)
    2020 statistic: victims_assisted 10 (victims)
    2020 statistic: victims_referred 10 (victims)
    ");
    // Not people counted as victims, not a number that disagrees, not the same metric again.
    insta::assert_snapshot!(run(&StatisticRule, "Police arrested 12 suspects and referred them to prosecutors.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified 12 victims and referred the victim to a shelter.", report(2021)), @"2020 statistic: victims_identified 12 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "NGOs identified 12 victims and later identified them again.", report(2021)), @"2020 statistic: victims_identified 12 (victims)");
    // Restated and denied: none of them.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified three victims in 2014 but did not refer them to care facilities.", report(2015)), @r"
    2014 statistic: victims_identified 3 (victims)
    2014 statistic: victims_referred 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified nine victims but failed to provide them with shelter.", report(2019)), @r"
    2018 statistic: victims_identified 9 (victims)
    2018 statistic: victims_assisted 0 (victims)
    ");
}

#[test]
fn efforts_failed_to_report_and_their_joined_denials() {
    insta::assert_snapshot!(run(&StatisticRule, "The government failed to report any efforts to investigate or prosecute any trafficking offenders, or identify or assist any trafficking victims.", report(2011)), @r"
    2010 statistic: investigations 0 (trafficking offenders)
    2010 statistic: prosecutions 0 (trafficking offenders)
    2010 statistic: victims_identified 0 (trafficking victims)
    2010 statistic: victims_assisted 0 (trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported no efforts to prosecute trafficking offenses, or to identify any victims.", report(2011)), @r"
    2010 statistic: prosecutions 0 (trafficking offenses)
    2010 statistic: victims_identified 0 (victims)
    ");
    // Efforts not made (not only not reported) deny as "no efforts" does.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not make efforts to investigate, prosecute, or convict officials complicit in forced labor.", report(2011)), @r"
    2010 statistic: investigations 0 (complicit officials)
    2010 statistic: prosecutions 0 (complicit officials)
    2010 statistic: convictions 0 (complicit officials)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report efforts to investigate officials for complicity.", report(2011)), @"");
    // A list of infinitives that "no discernible efforts to" denies, "any" or not.
    insta::assert_snapshot!(run(&StatisticRule, "In 2009, the government made no discernible efforts to proactively identify victims, prevent future trafficking incidents, or investigate and prosecute suspected trafficking offenses.", wiki()), @r"
    2009 statistic: victims_identified 0 (victims)
    2009 statistic: investigations 0 (suspected trafficking offenses)
    2009 statistic: prosecutions 0 (suspected trafficking offenses)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2009, the government made no efforts to investigate trafficking cases, and convicted 12 traffickers.", wiki()), @r"
    2009 statistic: investigations 0 (trafficking cases)
    2009 statistic: convictions 12 (traffickers)
    ");
    // Efforts of another kind, and a later clause of its own.
    insta::assert_snapshot!(run(&StatisticRule, "The government failed to report any efforts to raise awareness.", report(2011)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported no efforts to prosecute offenders, but NGOs identified 12 victims.", report(2011)), @r"
    2010 statistic: prosecutions 0 (offenders)
    2010 statistic: victims_identified 12 (victims)
    ");
}

#[test]
fn the_verbs_of_a_leading_concession_are_not_a_later_counts() {
    insta::assert_snapshot!(run(&StatisticRule, "While Testland continued its efforts to assist and protect most victims, 12 victims were identified during the year.", report(2011)), @"2010 statistic: victims_identified 12 (victims)");
    // A count inside the concession keeps its verb.
    insta::assert_snapshot!(run(&StatisticRule, "While police identified 12 victims, courts convicted three traffickers.", report(2011)), @r"
    2010 statistic: victims_identified 12 (victims)
    2010 statistic: convictions 3 (traffickers)
    ");
}

#[test]
fn a_part_of_people_counted_before_by_the_same_metric_is_no_count() {
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "The government reported it provided services to all 77 potential victims.",
        "The government reported providing two of the potential victims with additional services, including housing.",
    ], report(2023)), @"2022 statistic: victims_assisted 77 (potential victims)");
    // Some of them done the same act in another year, told by the part's own date, count.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "Courts convicted six traffickers during the reporting period.",
        "A case involving five alleged traffickers remained ongoing; in March 2023, three of the traffickers were convicted.",
    ], report(2023)), @r"
    2022 statistic: convictions 6 (traffickers)
    2023-03 statistic: convictions 3 (traffickers)
    ");
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "Courts convicted six traffickers in 2022.",
        "In June 2022, three of the traffickers were convicted of forced labor.",
    ], report(2023)), @"2022 statistic: convictions 6 (traffickers)");
    // Counted by another metric, the part counts, in the whole's year when it tells none.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "Police identified 40 victims in 2021.",
        "Ten of these victims received shelter.",
    ], report(2023)), @r"
    2021 statistic: victims_identified 40 (victims)
    2021 statistic: victims_assisted 10 (victims)
    ");
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "Police identified 40 victims in 2021.",
        "In 2022, ten of these victims received shelter.",
    ], report(2023)), @r"
    2021 statistic: victims_identified 40 (victims)
    2022 statistic: victims_assisted 10 (victims)
    ");
    // Not of a figure the whole was compared with.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "Police identified 40 victims in 2021, an increase from 30 victims identified in 2020.",
        "Ten of these victims received shelter.",
    ], report(2023)), @r"
    2021 statistic: victims_identified 40 (victims)
    2020 statistic: victims_identified 30 (victims)
    2021 statistic: victims_assisted 10 (victims)
    ");
    // A whole that adds up counts of its metric told before restates them; one that does
    // not is a count of its own.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "The government identified two confirmed and 129 potential trafficking victims, compared with 184 in 2016.",
        "Of the 131 confirmed and potential victims the government identified in 2017, 127 were sexually exploited.",
    ], report(2018)), @r"
    2017 statistic: victims_identified 2 (confirmed victims)
    2017 statistic: victims_identified 129 (potential trafficking victims)
    2016 statistic: victims_identified 184 (potential trafficking victims)
    ");
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "The government identified two confirmed and 129 potential trafficking victims.",
        "Of the 140 victims the government identified in 2017, 127 were sexually exploited.",
    ], report(2018)), @r"
    2017 statistic: victims_identified 2 (confirmed victims)
    2017 statistic: victims_identified 129 (potential trafficking victims)
    2017 statistic: victims_identified 140 (victims)
    ");
    // A part of people not counted before is a count.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "Police screened migrants at the border.",
        "The government provided two of the potential victims with shelter.",
    ], report(2023)), @"2022 statistic: victims_assisted 2 (potential victims)");
}

#[test]
fn a_pool_named_by_a_metric_noun_is_a_count_of_its_own() {
    insta::assert_snapshot!(run(&StatisticRule, "Over the last six years, the government has only convicted five traffickers, out of 43 investigations and 52 prosecutions.", report(2019)), @r"
    undated statistic: convictions 5 (traffickers)
    undated statistic: investigations 43
    undated statistic: prosecutions 52
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted five traffickers out of 43 investigations.", report(2019)), @r"
    2018 statistic: convictions 5 (traffickers)
    2018 statistic: investigations 43
    ");
    // A pool of people is where the count was drawn from, not a count of the act.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers, out of 40 suspects.", report(2019)), @"2018 statistic: convictions 12 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 out of 40 defendants.", report(2019)), @"2018 statistic: convictions 12 (defendants)");
    insta::assert_snapshot!(run(&StatisticRule, "The government referred 99 out of 102 victims to shelter and 98 to protective services, compared with 93 out of 131 victims in 2018.", report(2020)), @r"
    2019 statistic: victims_referred 99 (victims)
    2019 statistic: victims_referred 98 (victims)
    2018 statistic: victims_referred 93 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Officials referred 20 victims to shelters and five to NGOs for legal aid.", report(2020)), @r"
    2019 statistic: victims_referred 20 (victims)
    2019 statistic: victims_referred 5 (victims)
    ");
    // A score is no count.
    insta::assert_snapshot!(run(&StatisticRule, "The index gave the country 6 out of 10 for trafficking, and 7 out of 10 overall.", report(2020)), @"");
}

#[test]
fn victims_counted_as_penalized_are_no_count_of_identification() {
    for sentence in [
        "While Testland continued its efforts to assist and protect most victims, two victims identified during the year were punished for crimes.",
        "Two victims identified in 2010 were subsequently detained for immigration violations.",
        "Police arrested and deported 40 victims identified during raids.",
        "Authorities fined 12 victims identified by the labor inspectorate.",
    ] {
        assert_eq!(run(&StatisticRule, sentence, report(2011)), "", "{sentence}");
    }
    // A verb of care after the participle, or a penalty for a part told apart, keeps the count.
    insta::assert_snapshot!(run(&StatisticRule, "In 2010, 35 victims identified by NGOs received shelter.", report(2011)), @"2010 statistic: victims_assisted 35 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 40 victims, of whom 12 were deported.", report(2011)), @"2010 statistic: victims_identified 40 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 52 victims, who were later referred to shelters.", report(2011)), @r"
    2010 statistic: victims_identified 52 (victims)
    2010 statistic: victims_referred 52 (victims)
    ");
}

#[test]
fn a_case_opening_the_sentence_is_an_example_among_those_counted() {
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "Nine traffickers were convicted in 2014.",
        "One case led to the first conviction for trafficking of a child; the two perpetrators were sentenced to 12 and 10 years in prison.",
    ], report(2015)), @r"
    2014 statistic: convictions 9 (traffickers)
    2014 statistic: convictions 1 (case) (inferred)
    2014 statistic: convictions 2 (perpetrators) (inferred)
    ");
    // Told alone, it stays a count of one, inferred.
    insta::assert_snapshot!(run(&StatisticRule, "One case was prosecuted in 2014.", report(2015)), @"2014 statistic: prosecutions 1 (case) (inferred)");
    // A case not opening the sentence is a count of its own.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated one case in 2014.", report(2015)), @"2014 statistic: investigations 1 (case)");
}

#[test]
fn victims_of_cases_told_before_are_no_count() {
    // The people the cases were about, not victims identified: annotators leave them out,
    // and a text may say so ("... involved 65 potential victims, the government reported
    // identifying only one victim").
    let text = "= Testland (Tier 2) \u{2014} 2020 Trafficking in Persons Report =\n\nPolice investigated 12 trafficking cases. These cases involved 22 Testlandic male and female victims.\n";
    insta::assert_snapshot!(crate::rules::testing::facts_of_kind(text, EventKind::Statistic).join("\n"), @"investigations 12 (trafficking cases)");
    let text = "= Testland (Tier 2) \u{2014} 2020 Trafficking in Persons Report =\n\nPolice opened three new trafficking investigations. Although the three new trafficking investigations involved 65 potential victims, the government reported identifying only one victim.\n";
    insta::assert_snapshot!(crate::rules::testing::facts_of_kind(text, EventKind::Statistic).join("\n"), @r"
    investigations 3
    victims_identified 1 (victim)
    ");
}

#[test]
fn a_part_told_by_a_relative_clause_of_its_own_is_done_what_it_tells() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2014, the shelter assisted 58 victims, including 27 who were newly referred to the shelter.", report(2015)), @r"
    2014 statistic: victims_assisted 58 (victims)
    2014 statistic: victims_referred 27 (victims)
    ");
    // A part only described is no count.
    insta::assert_snapshot!(run(&StatisticRule, "In 2014, police identified 40 victims, including 12 who were children.", report(2015)), @"2014 statistic: victims_identified 40 (victims)");
}

#[test]
fn a_term_joined_to_another_is_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "The two perpetrators were sentenced to 12 and 10 years in prison.", report(2015)), @"2014 statistic: convictions 2 (perpetrators) (inferred)");
    // Past a short apposition, people sentenced are still told by their sentence.
    insta::assert_snapshot!(run(&StatisticRule, "The two perpetrators, both Cypriots, were sentenced to 12 and 10 years in prison.", report(2015)), @"2014 statistic: convictions 2 (perpetrators) (inferred)");
    insta::assert_snapshot!(run(&StatisticRule, "The two perpetrators, both Cypriots, were convicted and sentenced to prison.", report(2015)), @"2014 statistic: convictions 2 (perpetrators)");
}

#[test]
fn people_sentenced_for_another_act_are_no_convictions() {
    assert_eq!(run(&StatisticRule, "The government sentenced three individuals to death for communicating with the ILO on the subject of forced labor.", report(2005)), "");
    insta::assert_snapshot!(run(&StatisticRule, "Courts sentenced three traffickers to 10 years for recruiting girls into prostitution.", report(2005)), @"2004 statistic: convictions 3 (traffickers) (inferred)");
    insta::assert_snapshot!(run(&StatisticRule, "The court sentenced two people for trafficking.", report(2005)), @"2004 statistic: convictions 2 (people) (inferred)");
}

#[test]
fn help_to_go_home_is_repatriation_and_new_cases_not_opened_are_none() {
    insta::assert_snapshot!(run(&StatisticRule, "The government assisted one victim with return to their home country.", report(2019)), @"2018 statistic: victims_repatriated 1 (victim)");
    // One help or another: care, not each going home.
    insta::assert_snapshot!(run(&StatisticRule, "Officials assisted 40 victims with return assistance or legal aid.", report(2019)), @"2018 statistic: victims_assisted 40 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government assisted 12 victims with shelter and return.", report(2019)), @r"
    2018 statistic: victims_assisted 12 (victims)
    2018 statistic: victims_repatriated 12 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government assisted 12 victims with shelter.", report(2019)), @"2018 statistic: victims_assisted 12 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not initiate new prosecutions.", report(2017)), @"2016 statistic: prosecutions 0");
}

#[test]
fn a_proposal_named_is_no_hedge_of_the_counts() {
    insta::assert_snapshot!(run(&StatisticRule, "The government initiated prosecution of only one suspected trafficker and did not enact a proposed amendment to criminalize adult trafficking.", report(2015)), @"2014 statistic: prosecutions 1 (suspected trafficker)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims, and the proposed law would raise penalties.", report(2015)), @"");
    // Proposing is still a hedge.
    insta::assert_snapshot!(run(&StatisticRule, "The ministry proposed to train 200 officials in 2015.", report(2015)), @"");
}

#[test]
fn what_is_awaited_or_a_cause_is_not_the_counts_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "The government filed complaints against 16 traffickers who are awaiting prosecution.", report(2006)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government penalized one potential victim due to inadequate identification.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police detained 30 victims because of weak identification procedures.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police arrested 30 trafficking victims owing to poor identification.", report(2019)), @"");
    // The count's own verb after the noun still counts.
    insta::assert_snapshot!(run(&StatisticRule, "In 2018, 16 traffickers were prosecuted due to new police units.", wiki()), @"2018 statistic: prosecutions 16 (traffickers)");
    // The verb of some of those counted is not the count's.
    insta::assert_snapshot!(run(&StatisticRule, "The commission ruled on the status of 23 victims, including some identified in previous reporting periods.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In 2018, 23 victims, including some children, were identified.", wiki()), @"2018 statistic: victims_identified 23 (victims)");
}

#[test]
fn care_as_the_purpose_of_a_referral_is_no_metric() {
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included identifying and referring for assistance one foreign trafficking victim.", report(2021)), @r"
    2020 statistic: victims_identified 1 (foreign trafficking victim)
    2020 statistic: victims_referred 1 (foreign trafficking victim)
    ");
    // Providing care is assisting.
    insta::assert_snapshot!(run(&StatisticRule, "NGOs provided assistance to 14 victims.", report(2021)), @"2020 statistic: victims_assisted 14 (victims)");
}

#[test]
fn a_count_in_a_that_clause_is_not_the_verbs() {
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated credible allegations that approximately 500 workers were subjected to forced labor.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated reports that 40 children were exploited, and identified 12 victims.", report(2022)), @"2021 statistic: victims_identified 12 (victims)");
    // "that" as the subject of a verb before the count opens no clause of the count's.
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included appointing two victim assistance specialists that worked with more than 100 victims.", report(2020)), @"2019 statistic: victims_assisted more_than 100 (victims)");
}

#[test]
fn a_return_facilitated_is_a_repatriation() {
    let stats = |sentence: &str| counts_in_report(2021, sentence);
    insta::assert_snapshot!(stats("The government facilitated the return of 45 victims from abroad."), @"2020 victims_repatriated 45 (victims)");
    insta::assert_snapshot!(stats("The ministry organized the safe return of nine child victims to their families."), @"2020 victims_repatriated 9 (child victims)");
    // Of no victims, no count.
    insta::assert_snapshot!(stats("The government funded the return of 12 migrants."), @"");
}

#[test]
fn help_in_the_act_that_follows_is_that_act() {
    insta::assert_snapshot!(run(&StatisticRule, "The agency assisted repatriating three victims to their home countries.", report(2021)), @"2020 statistic: victims_repatriated 3 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police assisted in identifying 12 victims of forced labor.", report(2021)), @"2020 statistic: victims_identified 12 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities assisted the return of approximately 150 potential victims to their home countries.", report(2011)), @"2010 statistic: victims_repatriated approximately 150 (potential victims)");
    // Assisting and another act, each done.
    insta::assert_snapshot!(run(&StatisticRule, "The agency assisted and repatriated three victims.", report(2021)), @r"
    2020 statistic: victims_assisted 3 (victims)
    2020 statistic: victims_repatriated 3 (victims)
    ");
}

#[test]
fn comparisons_of_likeness_and_assistance_provided_after_another_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, the government identified 65 victims, an increase compared with 31 victims in 2019 but similar to 70 victims in 2018.", report(2021)), @r"
    2020 statistic: victims_identified 65 (victims)
    2019 statistic: victims_identified 31 (victims)
    2018 statistic: victims_identified 70 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, police investigated 120 cases, compared to the 105 of 2016.", wiki()), @r"
    2017 statistic: investigations 120 (cases)
    2016 statistic: investigations 105 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers, as opposed to 20 traffickers in 2019.", report(2021)), @r"
    2020 statistic: convictions 12 (traffickers)
    2019 statistic: convictions 20 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government referred and provided assistance to all 65 victims.", report(2021)), @r"
    2020 statistic: victims_referred 65 (victims)
    2020 statistic: victims_assisted 65 (victims)
    ");
}

#[test]
fn aid_counseling_and_rehabilitation_given_to_victims() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, authorities provided 12 trafficking victims with legal aid.", report(2020)), @"2019 statistic: victims_assisted 12 (trafficking victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government offered counseling to 30 victims.", report(2020)), @"2019 statistic: victims_assisted 30 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "NGOs provided reintegration support to 45 child victims.", report(2020)), @"2019 statistic: victims_assisted 45 (child victims)");
    // What officials were given is no care for victims.
    insta::assert_snapshot!(run(&StatisticRule, "The government provided legal training to 30 judges.", report(2020)), @"2019 statistic: officials_trained 30 (judges)");
}

#[test]
fn shelter_placements_and_cases_of_another_crime() {
    insta::assert_snapshot!(run(&StatisticRule, "The government placed 21 victims in shelters.", report(2017)), @"2016 statistic: victims_assisted 21 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, 21 victims were placed in shelters.", report(2017)), @"2016 statistic: victims_assisted 21 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Shelters accommodated 21 victims in 2016.", report(2017)), @"2016 statistic: victims_assisted 21 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, 12 victims were placed in detention.", report(2017)), @"");
    // Cases of another crime are not counted; cases of trafficking among others are.
    insta::assert_snapshot!(run(&StatisticRule, "The ministry investigated 60 cases of alleged pushbacks and excessive use of force in 2019.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases of migrant smuggling.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases of smuggling and trafficking.", report(2021)), @"2020 statistic: investigations 12 (cases)");
    // Labor-law offenses: "illegal recruitment", "labor violations".
    insta::assert_snapshot!(run(&StatisticRule, "Officials referred 39 cases of illegal recruitment for criminal investigation.", report(2017)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Inspectors investigated 40 cases of labor law violations.", report(2017)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases of forced labor and illegal recruitment.", report(2017)), @"2016 statistic: investigations 12 (cases)");
}

#[test]
fn examples_of_more_and_a_list_of_parts_dated_with_its_whole() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified and referred to care more victims, including one internal trafficking victim.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified more than 100 victims, including 12 children.", report(2020)), @"2019 statistic: victims_identified more_than 100 (victims)");
    // A number in an earlier clause is not the whole's.
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included training police for the first time since 2015; identifying more victims, including six male victims; and increasing funding.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "It identified 126 victims in 2021 (compared with a total of 121 victims comprising 112 females, nine males, and 32 children in 2020).", report(2022)), @r"
    2021 statistic: victims_identified 126 (victims)
    2020 statistic: victims_identified 121 (victims)
    ");
}

#[test]
fn care_told_with_adjectives_cases_opened_in_the_passive_and_cases_continued() {
    insta::assert_snapshot!(run(&StatisticRule, "The government provided psychological and medical care to 15 victims.", report(2018)), @"2017 statistic: victims_assisted 15 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The shelter offered psychological and medical care to 15 victims in 2016.", report(2017)), @"2016 statistic: victims_assisted 15 (victims)");
    // No count between the verb and its care.
    insta::assert_snapshot!(run(&StatisticRule, "The government provided funding, and 40 victims received care.", report(2018)), @"2017 statistic: victims_assisted 40 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Of those 91 investigations, prosecutions were initiated in 16 cases.", report(2012)), @r"
    2011 statistic: investigations 91
    2011 statistic: prosecutions 16 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government initiated one prosecution and continued 12 prosecutions from the previous reporting period.", report(2023)), @r"
    2022 statistic: prosecutions 1
    2022 statistic: prosecutions 12
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The office continued prosecuting four cases against five Maldivian and seven Bangladeshi defendants from the previous reporting period.", report(2018)), @r"
    2017 statistic: prosecutions 4 (cases)
    2017 statistic: prosecutions 5 (Maldivian defendants)
    2017 statistic: prosecutions 7 (Bangladeshi defendants)
    ");
    // Told as ongoing, or as their continuation, they are also of the reporting period.
    insta::assert_snapshot!(run(&StatisticRule, "The government also reported the continuation of seven ongoing investigations from the previous reporting period (two for sex trafficking and five for forced labor).", report(2022)), @"2021 statistic: investigations 7");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities reported seven ongoing investigations from the previous reporting period.", report(2022)), @"2021 statistic: investigations 7");
    // A comparison with the earlier period is of that period.
    insta::assert_snapshot!(run(&StatisticRule, "The government continued to prosecute 12 defendants, compared with 20 defendants from the previous reporting period.", report(2018)), @r"
    2017 statistic: prosecutions 12 (defendants)
    2016 statistic: prosecutions 20 (defendants)
    ");
    // Trainees and a list of those identified.
    insta::assert_snapshot!(run(&StatisticRule, "The ministry trained 630 first responders on applying these indicators.", report(2017)), @"2016 statistic: officials_trained 630 (first responders)");
    insta::assert_snapshot!(run(&StatisticRule, "Those identified included 18 women and 35 girls.", report(2017)), @"");
}

#[test]
fn a_count_compared_without_its_noun_takes_every_metric_before() {
    insta::assert_snapshot!(run(&StatisticRule, "The ministry identified and assisted 196 victims abroad, compared to 20 in 2016.", report(2018)), @r"
    2017 statistic: victims_identified 196 (victims)
    2017 statistic: victims_assisted 196 (victims)
    2016 statistic: victims_identified 20 (victims)
    2016 statistic: victims_assisted 20 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors charged 43 defendants in 2017 and 14 in 2018.", wiki()), @r"
    2017 statistic: prosecutions 43 (defendants)
    2018 statistic: prosecutions 14 (defendants)
    ");
}

#[test]
fn people_recognized_as_victims_are_victims_identified() {
    insta::assert_snapshot!(run(&StatisticRule, "The government officially recognized four Technical Intern Training Program (TITP) participants as trafficking victims.", report(2022)), @"2021 statistic: victims_identified 4 (Technical Intern Training Program (TITP) participants)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities certified 23 foreign workers as victims of forced labor.", report(2022)), @"2021 statistic: victims_identified 23 (foreign workers)");
    insta::assert_snapshot!(run(&StatisticRule, "Police granted official trafficking victim status to 73 individuals in 2017.", report(2018)), @"2017 statistic: victims_identified 73 (individuals)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities ultimately classified only seven of the 50 as victims of human trafficking.", report(2015)), @"2014 statistic: victims_identified 7");
    // Recognized as something else, or by a verb that recognizes nothing.
    insta::assert_snapshot!(run(&StatisticRule, "Police classified 12 cases as trafficking crimes.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry hired 23 foreign workers as victims' advocates.", report(2022)), @"");
}

#[test]
fn a_bracket_after_what_the_victims_were_victims_of_breaks_them_down() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported identifying and referring to care 41 child victims of forced labor (37 girls and four boys) during the reporting period.", report(2021)), @r"
    2020 statistic: victims_identified 41 (child victims)
    2020 statistic: victims_referred 41 (child victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 20 victims of sex trafficking in the capital (12 women and eight girls).", report(2021)), @"2020 statistic: victims_identified 20 (victims)");
    // Or after its time.
    insta::assert_snapshot!(run(&StatisticRule, "This compared with the government reporting identification of 291 trafficking victims in the previous reporting period (225 forced labor victims and 66 sex trafficking victims).", report(2023)), @"2021 statistic: victims_identified 291 (trafficking victims)");
    // A bracket after a clause of its own is no breakdown of the count before it.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 20 victims, and courts convicted traffickers of sex trafficking (five cases).", report(2021)), @r"
    2020 statistic: victims_identified 20 (victims)
    2020 statistic: convictions 5 (cases)
    ");
}

#[test]
fn brackets_are_asides_to_a_sum_of_parts() {
    insta::assert_snapshot!(run(&StatisticRule, "The center provided assistance to 254 potential victims (210 in 2021), including 29 victims of sex trafficking, 171 victims of forced labor (including three for forced begging), and 54 victims of other exploitation.", report(2023)), @r"
    2022 statistic: victims_assisted 254 (potential victims)
    2021 statistic: victims_assisted 210 (potential victims)
    ");
    // Parts that do not add up are counts of their own.
    insta::assert_snapshot!(run(&StatisticRule, "The center assisted 254 victims (210 in 2021) and referred 54 victims to shelters.", report(2023)), @r"
    2022 statistic: victims_assisted 254 (victims)
    2021 statistic: victims_assisted 210 (victims)
    2022 statistic: victims_referred 54 (victims)
    ");
}

#[test]
fn a_zero_told_with_an_article_and_its_run_of_years() {
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not convict a labor trafficker for the fourth consecutive year, and officials did not identify any foreign victims.", report(2024)), @r"
    2023 statistic: convictions 0 (labor trafficker)
    2022 statistic: convictions 0 (labor trafficker) (inferred)
    2021 statistic: convictions 0 (labor trafficker) (inferred)
    2020 statistic: convictions 0 (labor trafficker) (inferred)
    2023 statistic: victims_identified 0 (foreign victims)
    ");
    // An article before no counted noun is no zero.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify a clear trend in recruitment.", report(2024)), @"");
    // A run told by an ordinal year alone ("for the second year").
    insta::assert_snapshot!(run(&StatisticRule, "For the second year, prosecutors did not report charging any suspects.", report(2024)), @r"
    2023 statistic: prosecutions 0 (suspects)
    2022 statistic: prosecutions 0 (suspects) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not convict any traffickers for a third year and police did not identify any victims.", report(2024)), @r"
    2023 statistic: convictions 0 (traffickers)
    2022 statistic: convictions 0 (traffickers) (inferred)
    2021 statistic: convictions 0 (traffickers) (inferred)
    2023 statistic: victims_identified 0 (victims)
    ");
    // Not the year of something else.
    insta::assert_snapshot!(run(&StatisticRule, "Funding continued for the second year of the program, but courts did not convict any traffickers.", report(2024)), @"2023 statistic: convictions 0 (traffickers)");
}

#[test]
fn a_denial_reaches_its_noun_after_modifiers_joined_by_or() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not proactively identify any trafficking or hereditary slavery victims.", report(2020)), @"2019 statistic: victims_identified 0 (trafficking or hereditary slavery victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not prosecute any sex or labor trafficking offenders.", report(2020)), @"2019 statistic: prosecutions 0 (sex or labor trafficking offenders)");
    // A metric noun there is read by the noun's own pattern, as before.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not initiate any forced labor or sex trafficking prosecutions.", report(2020)), @"2019 statistic: prosecutions 0 (forced labor)");
    // A noun of people before "or" ends the object: the words after are another conjunct's.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not convict any traffickers or proactively implement formal victim identification procedures.", report(2020)), @"2019 statistic: convictions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "Police did not identify any victims or systematically apply written trafficker screening guidelines.", report(2020)), @"2019 statistic: victims_identified 0 (victims)");
}

#[test]
fn a_denial_interrupted_by_however_is_still_a_zero() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not, however, identify or assist any victims.", report(2014)), @r"
    2013 statistic: victims_identified 0 (victims)
    2013 statistic: victims_assisted 0 (victims)
    ");
    // "whether or not, in the end," denies nothing counted.
    insta::assert_snapshot!(run(&StatisticRule, "Whether or not, in the end, victims were identified remained unclear.", report(2014)), @"");
}

#[test]
fn zeros_of_cases_that_were_never_begun() {
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated three new cases; no prosecutions were initiated.", report(2021)), @r"
    2020 statistic: investigations 3 (new cases)
    2020 statistic: prosecutions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "No new trafficking investigations were opened in 2019.", report(2020)), @"2019 statistic: investigations 0");
    insta::assert_snapshot!(run(&StatisticRule, "No convictions were handed down during the reporting period.", report(2016)), @"2015 statistic: convictions 0");
    insta::assert_snapshot!(run(&StatisticRule, "Neither prosecutions nor convictions were reported.", report(2018)), @r"
    2017 statistic: prosecutions 0
    2017 statistic: convictions 0
    ");
    // Not a zero: the count is not denied, or the verb says nothing of a number.
    assert_eq!(
        run(
            &StatisticRule,
            "Neither prosecutions nor convictions were hampered by the new rules.",
            report(2018)
        ),
        ""
    );
    assert_eq!(
        run(
            &StatisticRule,
            "No prosecutions were completed because the courts were closed.",
            report(2018)
        ),
        ""
    );
}

#[test]
fn the_same_as_a_relative_year_or_unchanged_is_that_years_count_inferred() {
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted seven traffickers, the same as the previous year.", report(2022)), @r"
    2021 statistic: convictions 7 (traffickers)
    2020 statistic: convictions 7 (traffickers) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 40 victims, unchanged from the previous reporting period.", report(2022)), @r"
    2021 statistic: victims_identified 40 (victims)
    2020 statistic: victims_identified 40 (victims) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2018, police investigated 12 cases, unchanged from 2017.", wiki()), @r"
    2018 statistic: investigations 12 (cases)
    2017 statistic: investigations 12 (cases) (inferred)
    ");
    // A comparison with no date, or a level rather than a number, tells no other year's count.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted seven traffickers, the same as before.", report(2022)), @"2021 statistic: convictions 7 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases; the penalties stayed the same as in 2017.", report(2022)), @"2021 statistic: investigations 12 (cases)");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases, although the law on forced labor was unchanged from 2015.", report(2022)), @"2021 statistic: investigations 12 (cases)");
}

#[test]
fn a_run_of_years_in_a_later_conjunct_with_its_own_verb_is_not_the_zeros() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not convict a trafficker for the second consecutive year and has only convicted five traffickers in the past six years combined.", report(2019)), @r"
    2018 statistic: convictions 0 (trafficker)
    2017 statistic: convictions 0 (trafficker) (inferred)
    undated statistic: convictions 5 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police did not investigate any cases and reported no prosecutions during the past two reporting periods.", report(2019)), @r"
    2018 statistic: investigations 0 (cases)
    2018 statistic: prosecutions 0
    2017 statistic: prosecutions 0 (inferred)
    ");
    // Verbs that share the object keep the run.
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not prosecute and convict any traffickers during the past two reporting periods.", report(2019)), @r"
    2018 statistic: prosecutions 0 (traffickers)
    2017 statistic: prosecutions 0 (traffickers) (inferred)
    2018 statistic: convictions 0 (traffickers)
    2017 statistic: convictions 0 (traffickers) (inferred)
    ");
}

#[test]
fn people_of_cases_a_participle_after_a_metric_noun_and_a_purpose() {
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 85 new cases with 112 suspects, compared with 61 cases with 27 suspects in 2021.", report(2023)), @r"
    2022 statistic: investigations 85 (new cases)
    2022 statistic: investigations 112 (suspects)
    2021 statistic: investigations 61 (cases)
    2021 statistic: investigations 27 (suspects)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors prosecuted 54 cases with eight defendants.", report(2023)), @r"
    2022 statistic: prosecutions 54 (cases)
    2022 statistic: prosecutions 8 (defendants)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated 14 potential cases of trafficking with 24 defendants.", report(2018)), @r"
    2017 statistic: investigations 14 (potential cases)
    2017 statistic: investigations 24 (defendants)
    ");
    // People told in cases take the date after the cases.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 22 defendants in 2018, compared to 16 defendants convicted in 13 cases in 2017 and 14 defendants convicted in seven cases in 2016.", report(2019)), @r"
    2018 statistic: convictions 22 (defendants)
    2017 statistic: convictions 16 (defendants)
    2017 statistic: convictions 13 (cases)
    2016 statistic: convictions 14 (defendants)
    2016 statistic: convictions 7 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2018, courts convicted 22 defendants, and 14 defendants were convicted in seven cases in 2016.", report(2019)), @r"
    2018 statistic: convictions 22 (defendants)
    2016 statistic: convictions 14 (defendants)
    2016 statistic: convictions 7 (cases)
    ");
    // A victim's part told with "with" is no case's people.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 30 victims, with 12 children among them.", report(2023)), @"2022 statistic: victims_identified 30 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities prosecuted nine cases in 2017, compared to seven prosecutions and five sex traffickers convicted in 2016.", report(2018)), @r"
    2017 statistic: prosecutions 9 (cases)
    2016 statistic: prosecutions 7
    2016 statistic: convictions 5 (sex traffickers)
    ");
    // A count's verb shared with a participle stays shared.
    insta::assert_snapshot!(run(&StatisticRule, "The government provided services to 2,119 victims and 153 victims identified during investigations.", report(2018)), @r"
    2017 statistic: victims_assisted 2119 (victims)
    2017 statistic: victims_assisted 153 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2021, the ministry set up a unit with seven prosecutors for prosecuting trafficking crimes.", wiki()), @"");
}

#[test]
fn a_date_between_dashes_or_of_a_law_is_not_the_counts() {
    let doc = crate::extract(
        "Ruritania (Tier 2) \u{2014} 2004 Trafficking in Persons Report\n\nIn 2003, the government prosecuted two trafficking cases \u{2013} compared to four in 2002 \u{2013} and convicted one trafficker.",
    );
    let stats: Vec<_> = (doc.events.into_iter())
        .filter(|e| e.kind() == crate::event::EventKind::Statistic)
        .collect();
    insta::assert_snapshot!(crate::rules::testing::render(&stats), @r"
    2002 statistic: prosecutions 4 (trafficking cases)
    2003 statistic: prosecutions 2 (trafficking cases)
    2003 statistic: convictions 1 (trafficker)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted 12 traffickers under the anti-trafficking statute enacted in 2003.", report(2005)), @"2004 statistic: convictions 12 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims under the plan adopted in 2015.", report(2019)), @"2018 statistic: victims_identified 40 (victims)");
    // The count's own participle keeps its date.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers in 2003 under the law adopted in 2001.", report(2005)), @"2003 statistic: convictions 12 (traffickers)");
}

#[test]
fn a_denial_heads_a_list_whose_later_metric_verbs_take_any() {
    // A verb of no metric first.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not define forced labor offenses in its law, make efforts to screen migrants, investigate or prosecute any suspected offenders, or work with NGOs.", report(2012)), @r"
    2011 statistic: investigations 0 (suspected offenders)
    2011 statistic: prosecutions 0 (suspected offenders)
    ");
    // A metric verb whose object is no zero ("foreign crewmen"), then one with "any".
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not investigate or prosecute foreign crewmen for exploiting children, or identify or assist any victims during the year.", report(2012)), @r"
    2011 statistic: victims_identified 0 (victims)
    2011 statistic: victims_assisted 0 (victims)
    ");
    // Not a verb after a contrast, nor one of another subject's clause.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not fund shelters, but police identified any victims they found.", report(2012)), @"");
}

#[test]
fn a_zero_joined_by_nor_did_it() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report any investigations of suspected cases of sex or labor trafficking, nor did it prosecute any trafficking cases during the year.", report(2009)), @r"
    2008 statistic: investigations 0
    2008 statistic: prosecutions 0 (trafficking cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police did not identify any victims, nor has the government convicted any traffickers.", report(2009)), @r"
    2008 statistic: victims_identified 0 (victims)
    2008 statistic: convictions 0 (traffickers)
    ");
}

#[test]
fn a_zero_joined_by_nor_did_the_courts() {
    insta::assert_snapshot!(run(&StatisticRule, "However, it neither investigated nor apprehended any suspected sex traffickers during the year.", report(2011)), @"2010 statistic: investigations 0 (suspected sex traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "The government neither prosecuted nor convicted any officials.", report(2011)), @r"
    2010 statistic: prosecutions 0 (officials)
    2010 statistic: convictions 0 (officials)
    ");
    assert_eq!(
        run(
            &StatisticRule,
            "Police neither confirmed nor denied any reports of identified victims.",
            report(2011)
        ),
        ""
    );
    insta::assert_snapshot!(run(&StatisticRule, "The prosecutor did not prosecute any suspected traffickers, nor did courts convict any traffickers.", report(2024)), @r"
    2023 statistic: prosecutions 0 (suspected traffickers)
    2023 statistic: convictions 0 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not convict any traffickers, nor did law enforcement officials identify any victims.", report(2024)), @r"
    2023 statistic: convictions 0 (traffickers)
    2023 statistic: victims_identified 0 (victims)
    ");
    // "nor did ... report" with the act reported, an adverb, and an object with or without "any".
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not report investigating any cases, nor did they report identifying any victims.", report(2024)), @r"
    2023 statistic: investigations 0 (cases)
    2023 statistic: victims_identified 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not report convicting trafficking crimes, nor did authorities report proactively identifying victims and referring them to services.", report(2024)), @r"
    2023 statistic: convictions 0 (trafficking crimes)
    2023 statistic: victims_identified 0 (victims)
    2023 statistic: victims_referred 0 (victims)
    ");
}

#[test]
fn zeros_of_cases_not_reported_opened() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report initiating any new prosecutions.", report(2021)), @"2020 statistic: prosecutions 0");
    insta::assert_snapshot!(run(&StatisticRule, "It did not report initiating new prosecutions for forced labor.", report(2021)), @"2020 statistic: prosecutions 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report securing any convictions.", report(2021)), @"2020 statistic: convictions 0");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities investigated seven cases and continued one prosecution initiated in a previous year, but did not begin any new prosecutions.", report(2016)), @r"
    2015 statistic: investigations 7 (cases)
    2015 statistic: prosecutions 1
    2015 statistic: prosecutions 0
    ");
    // Data not reported is no zero.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report prosecutions or convictions data.", report(2021)), @"");
}

#[test]
fn a_count_compared_with_a_zero_takes_the_denied_verbs_metric() {
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not convict any traffickers, a significant decrease compared with 11 traffickers in 2021, but the same as no convictions in 2020.", report(2023)), @r"
    2022 statistic: convictions 0 (traffickers)
    2021 statistic: convictions 11 (traffickers)
    2020 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any victims, compared with 40 victims in 2021.", report(2023)), @r"
    2022 statistic: victims_identified 0 (victims)
    2021 statistic: victims_identified 40 (victims)
    ");
    // A comparison without a denied verb before it takes nothing from it.
    insta::assert_snapshot!(run(&StatisticRule, "Funding fell sharply, compared with 11 traffickers in 2021.", report(2023)), @"");
    // No comma before the comparison: the count compared is not denied.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not prosecute any suspects compared with three prosecutions during the previous reporting period.", report(2020)), @r"
    2019 statistic: prosecutions 0 (suspects)
    2018 statistic: prosecutions 3
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not refer any victims to shelters compared to 15 victims in 2017.", report(2020)), @r"
    2019 statistic: victims_referred 0 (victims)
    2017 statistic: victims_referred 15 (victims)
    ");
}

#[test]
fn cases_restated_or_disposed_of_and_people_who_may_be_victims() {
    assert_eq!(run(&StatisticRule, "Of the four investigations, police referred one to court for dismissal and merged two investigations.", report(2023)), "");
    assert_eq!(
        run(
            &StatisticRule,
            "The supreme court overturned three convictions on appeal.",
            report(2023)
        ),
        ""
    );
    counts_nothing(
        &[
            "The government expunged more than 600 prior convictions for commercial sex offenses.",
            "Courts vacated 12 convictions of trafficking victims for crimes their traffickers compelled.",
        ],
        report(2023),
    );
    insta::assert_snapshot!(run(&StatisticRule, "Of the four investigations opened in 2022, two led to prosecutions.", report(2023)), @r"
    2022 statistic: investigations 4
    2022 statistic: prosecutions 2
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Punjab reported it identified and removed approximately 79,000 children working in brick kilns, some of whom may have been victims of bonded labor.", report(2017)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims, some of whom were children.", report(2017)), @"2016 statistic: victims_identified 40 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry reported serving 1,659 possible trafficking victims, compared with 1,713 victims in 2016.", report(2018)), @r"
    2017 statistic: victims_assisted 1659 (possible trafficking victims)
    2016 statistic: victims_assisted 1713 (victims)
    ");
    // Not a count of victims served.
    assert_eq!(run(&StatisticRule, "Women were subjected to domestic servitude; the traffickers served 14 years in prison.", report(2018)), "");
    assert_eq!(run(&StatisticRule, "Of these facilities, 24 served children, 12 served women, and one served both women and men.", report(2018)), "");
}

#[test]
fn a_breakdown_by_form_in_a_later_paragraph_of_the_section_is_no_count_of_its_own() {
    let protection = "== Protection ==\n\nThe government identified 414 trafficking victims in 2021, including 181 victims of sex trafficking and 233 victims of labor trafficking.\n\nOf the 233 labor trafficking victims identified in 2021, 109 were forced to work for an online gambling website.";
    insta::assert_snapshot!(counts_in_report(2022, protection), @"2021 victims_identified 414 (trafficking victims)");
    // Another section's counts are no parts of this one's whole.
    let two_sections = "== Protection ==\n\nThe government identified 414 trafficking victims in 2021.\n\n== Prevention ==\n\nLabor inspectors identified 233 labor trafficking victims in 2021.";
    insta::assert_snapshot!(counts_in_report(2022, two_sections), @r"
    2021 victims_identified 414 (trafficking victims)
    2021 victims_identified 233 (labor trafficking victims)
    ");
}

#[test]
fn a_breakdown_by_form_after_its_whole_is_no_count_of_its_own() {
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "The government reported identifying 440 victims in 2022.",
        "At the federal level, officers identified 31 sex trafficking victims and nine forced labor victims.",
        "State officials identified 231 sex trafficking victims, 112 forced labor victims, and 57 victims of unspecified forms of trafficking.",
    ], report(2023)), @"2022 statistic: victims_identified 440 (victims)");
    // Without a whole told, the counts by form are the only counts.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "The government trained 40 officials.",
        "Police identified 31 sex trafficking victims and nine forced labor victims.",
    ], report(2023)), @r"
    2022 statistic: officials_trained 40 (officials)
    2022 statistic: victims_identified 31 (sex trafficking victims)
    2022 statistic: victims_identified 9 (forced labor victims)
    ");
    // Told as more, "also" or "in addition", counts by form add to the whole.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "The government reported identifying 440 victims in 2022.",
        "NGOs also reported identifying six sex trafficking and 37 forced labor victims.",
    ], report(2023)), @r"
    2022 statistic: victims_identified 440 (victims)
    2022 statistic: victims_identified 6 (sex trafficking victims)
    2022 statistic: victims_identified 37 (forced labor victims)
    ");
    // A count of one form only is no breakdown.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "The government identified 440 victims.",
        "NGOs identified 31 additional sex trafficking victims.",
    ], report(2023)), @r"
    2022 statistic: victims_identified 440 (victims)
    2022 statistic: victims_identified 31 (additional sex trafficking victims)
    ");
    // One form's count alone, smaller than a whole told before, with what it is compared with.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "In 2019, authorities investigated 51 trafficking cases, an increase compared with 16 in 2018.",
        "The labor ministry investigated 21 suspected labor trafficking cases, an increase compared with six cases in 2018.",
    ], report(2020)), @r"
    2019 statistic: investigations 51 (trafficking cases)
    2018 statistic: investigations 16 (trafficking cases)
    ");
    // Told "also", it adds to the whole; larger than the whole, it is none of its parts.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "In 2019, authorities investigated 51 trafficking cases.",
        "The government also investigated eight sex trafficking cases involving pornography.",
    ], report(2020)), @r"
    2019 statistic: investigations 51 (trafficking cases)
    2019 statistic: investigations 8 (sex trafficking cases)
    ");
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "In 2019, authorities investigated 51 trafficking cases.",
        "Police investigated 60 sex trafficking cases in 2019.",
    ], report(2020)), @r"
    2019 statistic: investigations 51 (trafficking cases)
    2019 statistic: investigations 60 (sex trafficking cases)
    ");
}

#[test]
fn zeros_listed_with_commas_and_cases_not_initiated() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials did not initiate any new trafficking cases, convict any traffickers, or identify any new trafficking victims during the reporting period.", report(2021)), @r"
    2020 statistic: investigations 0 (new trafficking cases)
    2020 statistic: convictions 0 (traffickers)
    2020 statistic: victims_identified 0 (new trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not initiate a single prosecution.", report(2021)), @"2020 statistic: prosecutions 0 (prosecution)");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported initiating 12 investigations, compared with nine in 2019.", report(2021)), @r"
    2020 statistic: investigations 12
    2019 statistic: investigations 9
    ");
}

#[test]
fn a_participle_with_its_agent_before_the_counts_own_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "All 57 victims identified by labor inspectors received shelter and legal aid.", report(2019)), @"2018 statistic: victims_assisted 57 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The 57 victims identified by labor inspectors were referred to NGOs.", report(2019)), @"2018 statistic: victims_referred 57 (victims)");
    // With no verb of its own after the agent, the participle is the count's verb.
    insta::assert_snapshot!(run(&StatisticRule, "The 57 victims identified by labor inspectors included 20 children.", report(2019)), @"2018 statistic: victims_identified 57 (labor inspectors)");
}

#[test]
fn supporting_victims_assists_them() {
    insta::assert_snapshot!(run(&StatisticRule, "The ministry identified and assisted nine victims in 2021, compared with supporting 14 victims in 2020.", report(2022)), @r"
    2021 statistic: victims_identified 9 (victims)
    2021 statistic: victims_assisted 9 (victims)
    2020 statistic: victims_assisted 14 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Funded NGOs supported 61 trafficking victims, and police identified 12 more.", report(2022)), @"2021 statistic: victims_assisted 61 (trafficking victims)");
    // Supporters are no act, and support given to no victims counts none.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 12 victims and 40 supporters of the campaign.", report(2022)), @"2021 statistic: victims_identified 12 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry supported 14 NGOs that identified victims.", report(2022)), @"");
}

#[test]
fn training_denied_to_those_it_is_for_is_a_zero() {
    insta::assert_snapshot!(run(&StatisticRule, "The ministry did not provide anti-trafficking training to border guards or labor inspectors.", report(2016)), @"2015 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not administer trafficking training for the judges and prosecutors handling such cases.", report(2016)), @"2015 statistic: officials_trained 0");
    // Training denied with other means beside it.
    insta::assert_snapshot!(run(&StatisticRule, "It did not provide training or basic resources for law enforcement and prosecutors.", report(2016)), @"2015 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report training law enforcement or social workers on identifying victims.", report(2022)), @"2021 statistic: officials_trained 0");
    // Training that those it is for did not receive.
    insta::assert_snapshot!(run(&StatisticRule, "New officers did not receive anti-trafficking training.", report(2016)), @"2015 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "Victims did not receive any vocational training.", report(2016)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Judges and prosecutors did not receive sufficient training to apply the law.", report(2016)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Labor inspectors still did not receive adequate anti-trafficking training.", report(2016)), @"");
    // None of them received it.
    insta::assert_snapshot!(run(&StatisticRule, "No prosecutors have received specific anti-trafficking training since 2011.", report(2016)), @"2015 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "No police officers received training on trafficking.", report(2016)), @"2015 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "No officials received adequate training.", report(2016)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Labor inspectors still did not receive specialized anti-trafficking training.", report(2016)), @"2015 statistic: officials_trained 0");
    // Training judged too little, or denied in other words, is none of that.
    insta::assert_snapshot!(run(&StatisticRule, "The ministry did not provide sufficient training to border guards.", report(2016)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry did not provide funds for training to border guards.", report(2016)), @"");
    // The verb itself denied.
    insta::assert_snapshot!(run(&StatisticRule, "However, the government did not train officials during the year.", report(2016)), @"2015 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report training any police officers.", report(2016)), @"2015 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "Officials did not train victims in vocational skills.", report(2016)), @"");
    // Groups named by their work or listed, and training of several kinds.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not train front-line responders.", report(2019)), @"2018 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "It did not train labor, customs, or immigration officials on trafficking.", report(2020)), @"2019 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not provide specialized human trafficking training to law enforcement or protection officers.", report(2022)), @"2021 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report providing training to social welfare professionals.", report(2022)), @"2021 statistic: officials_trained 0");
    // Workers at large are not officials.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not provide training to migrant workers.", report(2022)), @"");
}

#[test]
fn training_denied_in_the_present_tense_of_early_reports_counts_no_officials() {
    insta::assert_snapshot!(run(&StatisticRule, "The government provides no trafficking training for law enforcement officials.", report(2006)), @"2005 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry does not provide any anti-trafficking training to border guards.", report(2005)), @"2004 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "Police officers do not receive training on trafficking.", report(2005)), @"2004 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government provides no training to migrant workers.", report(2006)), @"");
}

#[test]
fn more_zeros_and_parts_told_before() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not conduct any anti-trafficking training for officials.", report(2017)), @"2016 statistic: officials_trained 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government provided no training to police.", report(2017)), @"2016 statistic: officials_trained 0");
    assert_eq!(run(&StatisticRule, "The government did not fund the training of officials, although NGOs trained 40 police.", report(2017)), "2016 statistic: officials_trained 40 (police)");
    insta::assert_snapshot!(run(&StatisticRule, "The government initiated no known prosecutions of traffickers.", report(2009)), @"2008 statistic: prosecutions 0");
    assert_eq!(
        run(
            &StatisticRule,
            "The remaining six prosecutions did not result in conviction.",
            report(2020)
        ),
        ""
    );
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted two traffickers under the 2008 anti-trafficking law, the same number of convictions reported in 2018.", report(2020)), @r"
    2019 statistic: convictions 2 (traffickers)
    2018 statistic: convictions 2 (traffickers) (inferred)
    ");
}

#[test]
fn adults_counted_and_a_count_dated_where_it_was_recorded() {
    insta::assert_snapshot!(run(&StatisticRule, "Of the 145 adults convicted in 2003, only 51 received a non-suspended prison sentence.", report(2005)), @"2003 statistic: convictions 145 (adults)");
    insta::assert_snapshot!(run(&StatisticRule, "Russia alone accounted for one-quarter of the 1,235 identified victims reported in 2003, the latest year for which statistics are available.", report(2005)), @"2003 statistic: victims_identified 1235 (identified victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Officials registered 40 identified victims recorded in 2019.", report(2021)), @"2019 statistic: victims_identified 40 (identified victims)");
    // Another act's participle keeps its date.
    insta::assert_snapshot!(run(&StatisticRule, "The government assisted 34 victims repatriated in 2019.", report(2021)), @r"
    2019 statistic: victims_repatriated 34 (victims)
    2020 statistic: victims_assisted 34 (victims)
    ");
    // So does another act's relative clause; a case opened in one is dated by it.
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, the shelter continued to assist 19 victims who arrived in 2019.", wiki()), @"2020 statistic: victims_assisted 19 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The shelter housed 19 victims who were referred in 2019.", report(2021)), @"2020 statistic: victims_assisted 19 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases that were opened in 2019.", report(2021)), @"2019 statistic: investigations 12 (cases)");
}

#[test]
fn a_verb_of_another_act_or_an_office_counts_nothing() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not convict any traffickers and, upon appeal, acquitted one previously convicted trafficker.", report(2020)), @"2019 statistic: convictions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "From the investigations, law enforcement arrested 285 suspects in 2019, compared with 311 suspects in 2018.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In addition, the government established eight specialized prosecution offices to manage trafficking cases.", report(2022)), @"");
    // Verbs of the count's own act, and plural metric nouns, still count.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted and sentenced 15 traffickers in 2019.", report(2020)), @"2019 statistic: convictions 15 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "The unit conducted 12 investigations, services for victims improved.", report(2020)), @"2019 statistic: investigations 12");
}

#[test]
fn a_dash_aside_after_a_count_holds_its_parts_not_its_verb() {
    // As normalization gives it: a dash glued to words stands apart.
    insta::assert_snapshot!(run(&StatisticRule, "This is compared to 121 trafficking victims - including 20 victims of forced labor - the government identified during the previous year.", report(2019)), @"2017 statistic: victims_identified 121 (trafficking victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims - 12 of them children - in 2019.", report(2021)), @"2019 statistic: victims_identified 40 (victims)");
}

#[test]
fn a_change_told_as_a_noun_counts_its_metric() {
    insta::assert_snapshot!(run(&StatisticRule, "The government stated its notable decrease in prosecutions from 341 cases in the previous Nepali fiscal year to 218 was due in part to poor investigative technique.", report(2017)), @r"
    2015 statistic: prosecutions 341 (cases)
    2016 statistic: prosecutions 218
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported a decrease in prosecutions from 341 in 2015 to 218 in 2016.", report(2017)), @r"
    2015 statistic: prosecutions 341
    2016 statistic: prosecutions 218
    ");
    // A change of something else counts nothing.
    insta::assert_snapshot!(run(&StatisticRule, "The increase in funding from 12 million to 20 million helped shelters.", report(2017)), @"");
}

#[test]
fn parts_that_resulted_in_a_later_stage() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities in the region prosecuted 23 child sex trafficking cases, three of which resulted in convictions.", report(2017)), @r"
    2016 statistic: prosecutions 23 (child sex trafficking cases)
    2016 statistic: convictions 3 (child sex trafficking cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases, two of which led to prosecutions.", report(2017)), @r"
    2016 statistic: investigations 12 (cases)
    2016 statistic: prosecutions 2 (cases)
    ");
    // A result that is no count.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases, two of which resulted in acquittals.", report(2017)), @"2016 statistic: investigations 12 (cases)");
    // Parts of a count named by its metric noun, told with "of which" or after "Of the".
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors initiated 31 prosecutions, 17 of which ended in convictions.", report(2017)), @r"
    2016 statistic: prosecutions 31
    2016 statistic: convictions 17
    ");
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &["Prosecutors initiated 31 prosecutions in 2016.", "Of the 31 prosecutions, 17 resulted in convictions."], report(2017)), @r"
    2016 statistic: prosecutions 31
    2016 statistic: convictions 17 (prosecutions)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Of the 50 investigations, 14 led to prosecutions.", report(2017)), @"2016 statistic: prosecutions 14 (investigations)");
    // Not a stage before the whole's.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 50 convictions, 14 were prosecuted.", report(2017)), @"");
}

#[test]
fn unreported_care_slaveholders_long_runs_and_a_noun_ending_a_list() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report identifying or assisting trafficking victims.", report(2017)), @r"
    2016 statistic: victims_identified 0 (trafficking victims)
    2016 statistic: victims_assisted 0 (trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted and convicted three slaveholders.", report(2018)), @r"
    2017 statistic: prosecutions 3 (slaveholders)
    2017 statistic: convictions 3 (slaveholders)
    ");
    // A run of years gives the zero of the year told, not one for each year before.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not report investigating or prosecuting any trafficking crimes for the eleventh consecutive year.", report(2023)), @r"
    2022 statistic: investigations 0 (trafficking crimes)
    2022 statistic: prosecutions 0 (trafficking crimes)
    ");
    // Periods counted back give one zero each, none before the first report's period.
    let long = run(
        &StatisticRule,
        "Authorities did not convict any traffickers during the past five reporting periods.",
        report(2003),
    );
    assert!(
        long.contains("2000 statistic: convictions 0") && !long.contains("1999"),
        "{long}"
    );
    insta::assert_snapshot!(run(&StatisticRule, "The government initiated eight investigations, did not initiate any new prosecutions, and convicted two traffickers.", report(2020)), @r"
    2019 statistic: investigations 8
    2019 statistic: prosecutions 0
    2019 statistic: convictions 2 (traffickers)
    ");
    // An investigation that found people counts them, its noun beside the verb.
    insta::assert_snapshot!(run(&StatisticRule, "An attorney general's office investigation identified 20 perpetrators.", report(2020)), @"2019 statistic: investigations 20 (perpetrators)");
}

#[test]
fn a_first_person_convicted_and_a_first_of_a_kind_told_before_its_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted its first trafficker in April 2011.", report(2015)), @"2011-04 statistic: convictions 1 (inferred)");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted the first sex trafficker in 2013.", report(2015)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included, for the first time, identifying and referring a child victim to care.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "For the first time, police identified a victim.", report(2019)), @"2018 statistic: victims_identified 1 (victim)");
}

#[test]
fn a_single_of_one_kind_for_the_first_time_or_a_registry_is_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "The government also increased prosecutions and convicted a sex trafficker for the first time.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government instituted a sex offender registry and deported some recruiters.", report(2016)), @"");
    // A verb that opens cases takes a case, not a person.
    insta::assert_snapshot!(run(&StatisticRule, "In 2012, the government instituted a compulsory citizen militia.", report(2017)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, police opened a trafficking investigation.", report(2017)), @"2016 statistic: investigations 1");
    // An opening verb yields to the metric noun after it; a verb of getting takes one (and
    // a denied one tells a zero).
    insta::assert_snapshot!(run(&StatisticRule, "The government reported initiating a new prosecution for the first time in four years.", report(2022)), @"2021 statistic: prosecutions 1");
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, prosecutors secured a trafficking conviction.", report(2017)), @"2016 statistic: convictions 1");
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, police launched an investigation into a trafficking ring.", report(2017)), @"2016 statistic: investigations 1");
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, the ministry launched a hotline and obtained a grant.", report(2017)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government has not secured a conviction since 2015.", report(2017)), @"2016 statistic: convictions 0 (conviction)");
    // The first since a year is the only one; a first with no kind is one.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified a victim for the first time since 2016.", report(2022)), @"2021 statistic: victims_identified 1 (victim)");
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted a trafficker for the first time.", report(2020)), @"2019 statistic: convictions 1 (trafficker)");
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted a sex trafficker for the first time in six years.", report(2023)), @"2022 statistic: convictions 1 (sex trafficker)");
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted a labor trafficker for the first time in its history.", report(2023)), @"");
}

#[test]
fn staff_added_after_metric_words_are_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included increasing prosecutions, convictions, and sentencing of traffickers, and adding two new prosecutors to its anti-trafficking unit.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted 12 cases and hired 30 labor inspectors.", report(2020)), @"2019 statistic: prosecutions 12 (cases)");
    // Staff designated or dedicated to a task.
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included increasing convictions, designating two specialized judges.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated more cases, dedicating three prosecutors to the new unit.", report(2020)), @"");
    // Nor by a metric word after them: the staff are the verb's.
    insta::assert_snapshot!(run(&StatisticRule, "The courts heard more cases, dedicating four judges to trafficking trials.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases and assigned five officers to trafficking investigations.", report(2020)), @"2019 statistic: investigations 12 (cases)");
    // Officials the metric verb takes are counted.
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted and convicted two police officers.", report(2020)), @r"
    2019 statistic: prosecutions 2 (police officers)
    2019 statistic: convictions 2 (police officers)
    ");
}

#[test]
fn victims_of_another_harm_are_not_counted() {
    insta::assert_snapshot!(run(&StatisticRule, "The unit identified and referred 337 potential victims of trafficking and 92 potential victims of illegal recruitment to task forces.", report(2020)), @r"
    2019 statistic: victims_identified 337 (potential victims)
    2019 statistic: victims_referred 337 (potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Shelters assisted 40 victims of domestic violence and 12 trafficking victims.", report(2020)), @"2019 statistic: victims_assisted 12 (trafficking victims)");
    // A form of trafficking is no other harm.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 15 victims of forced labor and 20 victims of smuggling-related trafficking.", report(2020)), @r"
    2019 statistic: victims_identified 15 (victims)
    2019 statistic: victims_identified 20 (victims)
    ");
    // The harm told before the noun; child labor is trafficking only when forced.
    insta::assert_snapshot!(run(&StatisticRule, "The raid led to the identification of 47 possible child labor victims and the arrest of 17 alleged traffickers.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 30 domestic violence victims and 12 trafficking victims.", report(2020)), @"2019 statistic: victims_identified 12 (trafficking victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 47 victims of child labor and 15 victims of child labor trafficking.", report(2020)), @"2019 statistic: victims_identified 15 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 47 forced child labor victims.", report(2020)), @"2019 statistic: victims_identified 47 (forced child labor victims)");
}

#[test]
fn the_same_amount_and_cases_carried_over() {
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated 10 new trafficking cases in 2014, the same amount as in 2013; four additional investigations were carried over from 2013.", report(2015)), @r"
    2014 statistic: investigations 10 (new trafficking cases)
    2013 statistic: investigations 10 (new trafficking cases) (inferred)
    2014 statistic: investigations 4
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated one case, the same number as reported during the previous reporting period.", report(2020)), @r"
    2019 statistic: investigations 1 (case)
    2018 statistic: investigations 1 (case) (inferred)
    ");
}

#[test]
fn counts_a_total_told_after_them_adds_up_are_its_parts() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2022, trial courts convicted 66 traffickers and appellate courts upheld the convictions of 89 traffickers for a total of 155 convictions.", report(2023)), @"2022 statistic: convictions 155");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 30 women and 12 children, totaling 42 victims.", report(2023)), @"2022 statistic: victims_identified 42 (victims)");
    // Not counts that do not add up to it.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 30 women and 12 children; NGOs identified a total of 50 victims.", report(2023)), @r"
    2022 statistic: victims_identified 30 (women)
    2022 statistic: victims_identified 12 (children)
    2022 statistic: victims_identified 50 (victims)
    ");
}

#[test]
fn care_received_named_by_a_determiner() {
    insta::assert_snapshot!(run(&StatisticRule, "All 113 government-identified victims received these services from the government.", report(2019)), @"2018 statistic: victims_assisted 113 (government-identified victims)");
}

#[test]
fn a_zeros_subject_is_its_noun_phrase_only() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not initiate any new prosecutions or convict any sex or labor traffickers.", report(2021)), @r"
    2020 statistic: prosecutions 0
    2020 statistic: convictions 0 (sex or labor traffickers)
    2020 statistic: convictions 0 (sex or labor traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not convict or sentence any traffickers over the reporting period.", report(2008)), @"2007 statistic: convictions 0 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any labor trafficking victims in the program.", report(2023)), @"2022 statistic: victims_identified 0 (labor trafficking victims)");
}

#[test]
fn accomplices_associates_and_owners_are_counted_people() {
    insta::assert_snapshot!(run(&StatisticRule, "Fourteen associates were also charged.", report(2009)), @"2008 statistic: prosecutions 14 (associates)");
    insta::assert_snapshot!(run(&StatisticRule, "The government charged 14 accomplices and convicted six brothel owners.", report(2009)), @r"
    2008 statistic: prosecutions 14 (accomplices)
    2008 statistic: convictions 6 (brothel owners)
    ");
}

#[test]
fn what_was_done_to_the_people_just_counted() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified eight trafficking victims who were provided government shelter and services.", report(2017)), @r"
    2016 statistic: victims_identified 8 (trafficking victims)
    2016 statistic: victims_assisted 8 (trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 12 victims, all of whom received shelter.", report(2017)), @r"
    2016 statistic: victims_identified 12 (victims)
    2016 statistic: victims_assisted 12 (victims)
    ");
    // Given care by others, told in the clause.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 56 victims, to whom they provided temporary shelter in police stations.", report(2017)), @r"
    2016 statistic: victims_identified 56 (victims)
    2016 statistic: victims_assisted 56 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 56 victims, to whom officials spoke.", report(2017)), @"2016 statistic: victims_identified 56 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 30 victims who were later referred to NGOs.", report(2017)), @r"
    2016 statistic: victims_identified 30 (victims)
    2016 statistic: victims_referred 30 (victims)
    ");
    // Not the whole when a part stands between, nor an act of no metric.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 20 victims, including five children who were referred to shelters.", report(2017)), @"2016 statistic: victims_identified 20 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 30 victims who were exploited in agriculture.", report(2017)), @"2016 statistic: victims_identified 30 (victims)");
}

#[test]
fn cases_continued_after_the_year_they_were_opened() {
    insta::assert_snapshot!(run(&StatisticRule, "The prosecution office initiated three new investigations and continued to investigate two cases initiated and registered in 2021.", report(2023)), @r"
    2022 statistic: investigations 3
    2022 statistic: investigations 2 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts continued prosecuting 14 cases that were opened in 2019.", report(2021)), @"2020 statistic: prosecutions 14 (cases)");
    // Not continued: the cases' year is the count's.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated five cases opened in 2019.", report(2021)), @"2019 statistic: investigations 5 (cases)");
}

#[test]
fn a_dash_aside_breaking_down_a_count_holds_its_parts() {
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted seven traffickers in 2014 - five for sex trafficking and two for labor trafficking - compared with 15 in 2013.", report(2015)), @r"
    2014 statistic: convictions 7 (traffickers)
    2013 statistic: convictions 15 (traffickers)
    ");
    // An aside comparing another year holds a count of its own.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers - compared with 20 in 2017 - and acquitted three.", report(2019)), @r"
    2018 statistic: convictions 12 (traffickers)
    2017 statistic: convictions 20 (traffickers)
    ");
}

#[test]
fn zeros_of_a_single_one_of_any_of_several_kinds_not_of_a_part() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not achieve a single trafficking conviction.", report(2019)), @"2018 statistic: convictions 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report providing assistance to any potential or confirmed victims during the reporting period.", report(2020)), @"2019 statistic: victims_assisted 0 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Law enforcement failed to refer two-thirds of identified victims to shelters.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Law enforcement failed to refer victims to shelters.", report(2020)), @"2019 statistic: victims_referred 0 (victims)");
}

#[test]
fn civil_servants_trained() {
    insta::assert_snapshot!(run(&StatisticRule, "The ministry conducted trafficking-related training for over 270 civil servants.", report(2015)), @"2014 statistic: officials_trained more_than 270 (civil servants)");
    // Community leaders and mediators, and those listed after them.
    insta::assert_snapshot!(run(&StatisticRule, "The task force trained 61 traditional leaders, 18 labor inspectors, and 25 cultural mediators.", report(2015)), @r"
    2014 statistic: officials_trained 61 (traditional leaders)
    2014 statistic: officials_trained 18 (labor inspectors)
    2014 statistic: officials_trained 25 (cultural mediators)
    ");
}

#[test]
fn a_whole_a_sentence_opens_with_and_does_nothing_to_is_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Of the 16 cases that courts ruled on, the NPPA reported obtaining convictions for at least 13 traffickers in 13 cases.", report(2019)), @r"
    2018 statistic: convictions at_least 13 (traffickers)
    2018 statistic: convictions 13 (cases)
    ");
    // A whole told with its own act is a count of it.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 79 victims identified, traffickers exploited 28 victims in sex trafficking.", report(2019)), @"2018 statistic: victims_identified 79 (victims)");
}

#[test]
fn the_metric_words_of_a_trainings_topic_are_the_topics() {
    insta::assert_snapshot!(run(&StatisticRule, "The government provided training on victim identification procedures to 170 officials.", report(2019)), @"2018 statistic: officials_trained 170 (officials)");
    insta::assert_snapshot!(run(&StatisticRule, "The police held trainings on victim identification for 170 officials.", report(2019)), @"2018 statistic: officials_trained 170 (officials)");
    // A metric noun joined to the next verb by "and" is the topic's, not a verb of the list.
    insta::assert_snapshot!(run(&StatisticRule, "The government provided training on victim identification and referred 12 victims to shelters.", report(2019)), @"2018 statistic: victims_referred 12 (victims)");
    // A noun whose preposition is left open shares the count.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities initiated the prosecutions of and convicted two labor traffickers.", report(2019)), @r"
    2018 statistic: prosecutions 2 (labor traffickers)
    2018 statistic: convictions 2 (labor traffickers)
    ");
}

#[test]
fn parts_told_by_agent_and_a_bracket_comparing_a_total() {
    // Counts of the total's noun, each with its own agent, adding up to it.
    insta::assert_snapshot!(run(&StatisticRule, "First responders referred 130 potential victims to shelters (135 in 2019); law enforcement referred 59 potential victims, social welfare organizations referred 43 potential victims, and NGOs referred 18 potential victims; four potential victims self-identified; and private citizens referred six potential victims.", report(2021)), @r"
    2020 statistic: victims_referred 130 (potential victims)
    2019 statistic: victims_referred 135 (potential victims)
    ");
    // Not when they do not add up; the state's own referrals stay, told beside others'.
    insta::assert_snapshot!(run(&StatisticRule, "Police referred 30 potential victims; prosecutors referred 12 potential victims.", report(2021)), @r"
    2020 statistic: victims_referred 30 (potential victims)
    2020 statistic: victims_referred 12 (potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police referred 30 potential victims; NGOs referred 12 potential victims.", report(2021)), @"2020 statistic: victims_referred 30 (potential victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported identifying 126 victims in 2021, of whom 114 were female and 12 were male (compared with a total of 121 victims comprising 112 females and nine males in 2020).", report(2022)), @r"
    2021 statistic: victims_identified 126 (victims)
    2020 statistic: victims_identified 121 (victims)
    ");
}

#[test]
fn trials_identity_and_cases_not_reported() {
    insta::assert_snapshot!(run(&StatisticRule, "The government housed 83 victims in government-run shelters.", report(2021)), @"2020 statistic: victims_assisted 83 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities initiated trials in four transnational trafficking cases and two internal trafficking cases.", report(2015)), @r"
    2014 statistic: prosecutions 4 (transnational trafficking cases)
    2014 statistic: prosecutions 2 (internal trafficking cases)
    ");
    // A participle before "as" tells what a part is, not an act.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 439 potential trafficking victims, of which 352 identified as female, 78 identified as male, and nine as LGBTQI+.", report(2021)), @"2020 statistic: victims_identified 439 (potential trafficking victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report investigating or prosecuting trafficking cases.", report(2023)), @r"
    2022 statistic: investigations 0 (trafficking cases)
    2022 statistic: prosecutions 0 (trafficking cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 20 trafficking cases in 2014, the same number investigated in 2013.", report(2015)), @r"
    2014 statistic: investigations 20 (trafficking cases)
    2013 statistic: investigations 20 (trafficking cases) (inferred)
    ");
}

#[test]
fn what_parts_are_and_what_is_done_whenever_one_is_are_no_counts() {
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &["The government identified 98 victims.", "Eight victims were men, 86 were women, and four identified as transgender."], report(2018)), @"2017 statistic: victims_identified 98 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The mechanism directed police to alert the commission when officers identified a victim.", report(2023)), @"");
    // Identified as victims is identification.
    insta::assert_snapshot!(run(&StatisticRule, "Labor inspectors identified 12 workers as trafficking victims.", report(2023)), @"2022 statistic: victims_identified 12 (workers)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2022, officers identified a victim of forced labor.", wiki()), @"2022 statistic: victims_identified 1 (victim)");
}

#[test]
fn people_counted_and_described_by_their_kind_are_a_part() {
    insta::assert_snapshot!(run(&StatisticRule, "Only one victim identified in 2017 was male.", report(2018)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 46 victims in 2017; three of the victims identified were men.", report(2018)), @"2017 statistic: victims_identified 46 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Three victims identified during the year were Nigerian nationals.", report(2018)), @"");
    // A whole restated, and what was done to them, are counts.
    insta::assert_snapshot!(run(&StatisticRule, "All 46 victims identified in 2017 were women.", report(2018)), @"2017 statistic: victims_identified 46 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 46 victims in 2017, who were referred to shelters.", report(2018)), @"2017 statistic: victims_identified 46 (victims)");
}

#[test]
fn a_time_told_after_than_is_the_comparisons() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified more victims than in previous years, and referred 12 victims to shelters.", report(2019)), @"2018 statistic: victims_referred 12 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified more victims than in 2017; it also referred 12 victims to shelters.", report(2019)), @"2018 statistic: victims_referred 12 (victims)");
}

#[test]
fn a_time_told_after_than_dates_no_other_conjunct() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report investigating any trafficking crimes, convicted fewer traffickers than last reporting period, and continued to offer fines.", report(2019)), @"2018 statistic: investigations 0 (trafficking crimes)");
}

#[test]
fn a_zero_joined_by_nor_with_two_verbs() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not investigate any cases, nor did it identify or protect any trafficking victims.", report(2017)), @r"
    2016 statistic: investigations 0 (cases)
    2016 statistic: victims_identified 0 (trafficking victims)
    ");
    // After a bare plural; the complicity of the first clause is not the second's.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not investigate or punish traffickers, including officials complicit in recruiting child soldiers, nor did it identify or protect any trafficking victims.", report(2017)), @r"
    2016 statistic: investigations 0 (traffickers)
    2016 statistic: victims_identified 0 (trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not investigate any cases, or identify and refer any victims.", report(2017)), @r"
    2016 statistic: investigations 0 (cases)
    2016 statistic: victims_identified 0 (victims)
    2016 statistic: victims_referred 0 (victims)
    ");
}

#[test]
fn staff_counted_as_the_doers_of_a_metric_verb_are_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Nigeria's 60 dedicated anti-trafficking investigators continued to actively investigate cases.", report(2006)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The unit's 12 prosecutors prosecuted 40 cases in 2005.", report(2006)), @"2005 statistic: prosecutions 40 (cases)");
    insta::assert_snapshot!(run(&StatisticRule, "A squad of 30 officers investigated forced labor cases.", report(2006)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The new unit, comprising 14 officers, specialized in investigating labor trafficking.", report(2006)), @"");
    // Passive, or trained: the staff are what the count is about.
    insta::assert_snapshot!(run(&StatisticRule, "Three officials were investigated for complicity in 2005.", report(2006)), @"2005 statistic: investigations 3 (officials)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2005, 40 officials were trained to identify victims.", report(2006)), @"2005 statistic: officials_trained 40 (officials)");
}

#[test]
fn a_time_told_after_a_comparison_dates_nothing_else() {
    insta::assert_snapshot!(run(&StatisticRule, "As in previous years, the government did not report any investigations, prosecutions, or convictions.", report(2023)), @r"
    2022 statistic: investigations 0
    2022 statistic: prosecutions 0
    2022 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Like in previous years, police investigated 12 cases.", report(2023)), @"2022 statistic: investigations 12 (cases)");
    // A zero likened to one time is a zero then too; not one set against it.
    insta::assert_snapshot!(run(&StatisticRule, "As in the previous reporting period, the government did not prosecute any traffickers.", report(2017)), @r"
    2016 statistic: prosecutions 0 (traffickers)
    2015 statistic: prosecutions 0 (traffickers) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Unlike the previous year, the government did not convict any traffickers.", report(2017)), @"2016 statistic: convictions 0 (traffickers)");
}

#[test]
fn a_zero_since_a_year_told_before_it_runs_to_the_telling() {
    insta::assert_snapshot!(run(&StatisticRule, "Since 2014, it did not identify or refer any trafficking victims to protective services.", report(2018)), @r"
    2017 statistic: victims_identified 0 (trafficking victims)
    2017 statistic: victims_referred 0 (trafficking victims)
    ");
}

#[test]
fn zeros_joined_by_nor_to_a_denial_of_no_metric() {
    insta::assert_snapshot!(run(&StatisticRule, "The government neither demonstrated proactive victim identification efforts nor identified or referred any trafficking victims for care.", report(2014)), @r"
    2013 statistic: victims_identified 0 (trafficking victims)
    2013 statistic: victims_referred 0 (trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government neither prosecuted nor convicted any traffickers.", report(2014)), @r"
    2013 statistic: prosecutions 0 (traffickers)
    2013 statistic: convictions 0 (traffickers)
    ");
}

#[test]
fn an_opening_verb_denied_of_a_longer_list_of_kinds_takes_its_noun() {
    insta::assert_snapshot!(run(&StatisticRule, "The government has not identified or assisted any victims of trafficking or initiated any forced labor or sex trafficking prosecutions.", report(2012)), @r"
    2011 statistic: victims_identified 0 (victims)
    2011 statistic: victims_assisted 0 (victims)
    2011 statistic: prosecutions 0 (forced labor)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not initiate any forced labor or sex trafficking prosecutions.", report(2012)), @"2011 statistic: prosecutions 0 (forced labor)");
}

#[test]
fn people_at_risk_are_not_victims() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, authorities conducted 746 inspections and identified approximately 1,040 vulnerable children.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 2,643 at-risk children and 12 child trafficking victims in 2020.", report(2021)), @"2020 statistic: victims_identified 12 (child trafficking victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government supported 167 children at risk of, or exploited in, sex trafficking.", report(2018)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, the government assisted 40 children at risk and 12 trafficking victims.", report(2018)), @"2017 statistic: victims_assisted 12 (trafficking victims)");
}

#[test]
fn a_count_denied_of_crimes() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials investigated no trafficking crimes in 2019.", report(2020)), @"2019 statistic: investigations 0 (trafficking crimes)");
}

#[test]
fn a_year_naming_a_law_dates_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included convicting one trafficker for the first time under its recent 2018 law.", report(2020)), @"2019 statistic: convictions 1 (trafficker)");
}

#[test]
fn a_bracket_giving_a_parts_earlier_year_holds_parts() {
    // Parts described by what they are, each with a bracket for the year before.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 57 victims (60 in 2020); 40 were women exploited in sex trafficking (38 women and two girls in 2020); one was a foreign national (four foreign nationals from Ghana in 2020); and three were children (five in 2020).", report(2022)), @r"
    2021 statistic: victims_identified 57 (victims)
    2020 statistic: victims_identified 60 (victims)
    ");
    // A list of parts after "there were", and one after "were".
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified nine potential victims (75 potential victims in 2020); of these, there were seven women and two boys (51 women and 24 children in 2020); six were Moldovan and three Ukrainian (70 Moldovans and five Ukrainians in 2020).", report(2022)), @r"
    2021 statistic: victims_identified 9 (potential victims)
    2020 statistic: victims_identified 75 (potential victims)
    ");
    // A count told as one keeps its bracket, whatever its noun.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 14 traffickers (nine convicted traffickers in 2020).", report(2022)), @r"
    2021 statistic: convictions 14 (traffickers)
    2020 statistic: convictions 9 (convicted traffickers)
    ");
    // A noun after its modifiers is the one counted before: each count of the bracket is
    // the one of its noun.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 81 potential victims and five officially recognized victims (96 potential victims and seven officially recognized victims in 2020).", report(2022)), @r"
    2021 statistic: victims_identified 81 (potential victims)
    2021 statistic: victims_identified 5 (officially recognized victims)
    2020 statistic: victims_identified 96 (potential victims)
    2020 statistic: victims_identified 7 (officially recognized victims)
    ");
    // A part named in the bracket is no count of the whole.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 150 victims (including 53 child victims in 2020).", report(2022)), @"2021 statistic: victims_identified 150 (victims)");
    // The noun of several words must repeat the one counted.
    insta::assert_snapshot!(run(&StatisticRule, "The agency assisted 30 victims (12 labor trafficking cases in 2020).", report(2022)), @"2021 statistic: victims_assisted 30 (victims)");
}

#[test]
fn counted_people_from_places_are_no_earlier_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials repatriated 11 victims, compared to seven victims from three countries in 2019.", report(2021)), @r"
    2020 statistic: victims_repatriated 11 (victims)
    2019 statistic: victims_repatriated 7 (victims)
    ");
    // "from" after a verb of change still gives the earlier count.
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutions rose to 31 in 2020, up from 22 in 2019.", report(2021)), @r"
    2020 statistic: prosecutions 31
    2019 statistic: prosecutions 22
    ");
}

#[test]
fn the_same_number_of_a_longer_noun_or_after_a_dash() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 23 victims, the same number of confirmed trafficking victims as in 2019.", report(2021)), @r"
    2020 statistic: victims_identified 23 (victims)
    2019 statistic: victims_identified 23 (victims) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors charged 15 defendants during the reporting period—the same number of alleged traffickers charged during the previous reporting period.", report(2021)), @r"
    2020 statistic: prosecutions 15 (defendants)
    2019 statistic: prosecutions 15 (defendants) (inferred)
    ");
    // Told of another count, a sentence with no dash or comma before it says nothing of this one.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 23 victims and trained judges on the same number of modules as in 2019.", report(2021)), @"2020 statistic: victims_identified 23 (victims)");
}

#[test]
fn victims_confirmed_and_acts_told_in_a_that_clause() {
    insta::assert_snapshot!(run(&StatisticRule, "The task force screened 3,100 migrants and confirmed 64 victims.", report(2021)), @"2020 statistic: victims_identified 64 (victims)");
    // By the gerund too, a group and the group joined to it.
    insta::assert_snapshot!(run(&StatisticRule, "The unit reported screening 900 migrants and confirming 21 adult and 40 child victims.", report(2021)), @r"
    2020 statistic: victims_identified 21 (adult victims)
    2020 statistic: victims_identified 40 (child victims)
    ");
    // The verb before "that" is a report of the clause's own act.
    insta::assert_snapshot!(run(&StatisticRule, "The ministry confirmed that 45 victims were referred to shelters.", report(2021)), @"2020 statistic: victims_referred 45 (victims)");
    // Confirmed cases are no victims.
    insta::assert_snapshot!(run(&StatisticRule, "Labor inspectors confirmed 12 cases of forced labor.", report(2021)), @"");
}

#[test]
fn a_second_denial_after_to() {
    insta::assert_snapshot!(run(&StatisticRule, "The government failed to convict any traffickers or to proactively identify any victims.", report(2014)), @r"
    2013 statistic: convictions 0 (traffickers)
    2013 statistic: victims_identified 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities were unable to prosecute any suspects, or to refer any victims to care.", report(2014)), @r"
    2013 statistic: prosecutions 0 (suspects)
    2013 statistic: victims_referred 0 (victims)
    ");
}

#[test]
fn room_for_victims_is_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "The government could shelter up to 40 adult victims in its two facilities.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The NGO shelter assisted 18 victims and provided care to 12 victims at a time.", report(2019)), @"2018 statistic: victims_assisted 18 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government opened a shelter with a capacity of 60 victims.", report(2019)), @"");
    // Building capacity is no room.
    insta::assert_snapshot!(run(&StatisticRule, "The government expanded its capacity to combat trafficking, including training 45 prosecutors.", report(2019)), @"2018 statistic: officials_trained 45 (prosecutors)");
}

#[test]
fn people_at_risk_are_no_victims() {
    insta::assert_snapshot!(run(&StatisticRule, "Social workers assisted 210 street children and 35 trafficking victims.", report(2019)), @"2018 statistic: victims_assisted 35 (trafficking victims)");
}

#[test]
fn parts_by_agent_may_leave_the_noun_out() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials referred 64 potential victims to care (58 in 2017); police referred 40, labor inspectors referred 15, and NGOs referred nine.", report(2019)), @r"
    2018 statistic: victims_referred 64 (potential victims)
    2017 statistic: victims_referred 58 (potential victims)
    ");
    // Another act by an agent is a count of its own, even when the numbers add up.
    insta::assert_snapshot!(run(&StatisticRule, "NGOs assisted 90 victims; among these, police referred 60 and NGOs were responsible for the other 30.", report(2019)), @r"
    2018 statistic: victims_assisted 90 (victims)
    2018 statistic: victims_referred 60 (victims)
    ");
}

#[test]
fn victims_owning_what_is_counted() {
    insta::assert_snapshot!(run(&StatisticRule, "The shelter provided care to 21 victims and nine victims’ children.", report(2019)), @"2018 statistic: victims_assisted 21 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry assisted three victims' families and 14 victims.", report(2019)), @"2018 statistic: victims_assisted 14 (victims)");
}

#[test]
fn victims_identified_among_a_whole_told_first() {
    insta::assert_snapshot!(run(&StatisticRule, "Of the 520, police identified 301 potential victims, compared with 280 in 2017.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Of the 97 victims identified, the ministry provided shelter to 40.", report(2019)), @r"
    2018 statistic: victims_identified 97 (victims)
    2018 statistic: victims_assisted 40 (victims)
    ");
    // A whole of another kind.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 60 referrals, the commission identified 51 victims.", report(2019)), @"2018 statistic: victims_identified 51 (victims)");
}

#[test]
fn a_pair_around_a_count_after_a_determiner() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported providing all nine victims with care and services.", report(2019)), @"2018 statistic: victims_assisted 9 (victims)");
}

#[test]
fn a_bare_zero_needs_an_object_of_its_own() {
    insta::assert_snapshot!(run(&StatisticRule, "NGOs sheltered some victims the government did not identify and referred instead to migration authorities.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify and protect trafficking victims.", report(2019)), @"2018 statistic: victims_identified 0 (trafficking victims)");
}

#[test]
fn some_of_these_victims_are_a_part() {
    insta::assert_snapshot!(run(&StatisticRule, "The labor inspectorate reported identifying 212 of these victims in 2021.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry removed 300 children from mines and provided care to 18 of these children.", report(2022)), @"");
}

#[test]
fn a_comparison_of_a_count_not_told() {
    insta::assert_snapshot!(run(&StatisticRule, "The hotline received 90 calls in 2021 that led to 14 investigations, compared to 70 calls in 2020.", report(2022)), @"2021 statistic: investigations 14");
    // The count told keeps its comparison.
    insta::assert_snapshot!(run(&StatisticRule, "Police opened 14 investigations in 2021, compared to 11 investigations in 2020.", report(2022)), @r"
    2021 statistic: investigations 14
    2020 statistic: investigations 11
    ");
}

#[test]
fn victims_unsaid_after_their_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Police identified nine potential victims who were later determined not to be trafficking victims.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The shelter had the capacity to accommodate 16 victims and served 11 victims.", report(2022)), @"2021 statistic: victims_assisted 11 (victims)");
}

#[test]
fn a_when_clause_after_since_is_of_that_year() {
    insta::assert_snapshot!(run(&StatisticRule, "The government has not convicted a trafficker since 2015, when courts convicted three traffickers.", report(2022)), @r"
    2021 statistic: convictions 0 (trafficker)
    2015 statistic: convictions 3 (traffickers)
    ");
}

#[test]
fn a_compared_count_told_by_its_participle() {
    insta::assert_snapshot!(run(&StatisticRule, "The ministry sheltered 41 victims and repatriated nine victims, compared to 28 sheltered and 15 repatriated victims in 2019.", report(2021)), @r"
    2020 statistic: victims_assisted 41 (victims)
    2020 statistic: victims_repatriated 9 (victims)
    2019 statistic: victims_assisted 28 (victims)
    2019 statistic: victims_repatriated 15 (repatriated victims)
    ");
    // A verb with an object of its own is no participle of the count.
    insta::assert_snapshot!(run(&StatisticRule, "Of these facilities, 24 served children and 12 served women.", report(2021)), @"");
}

#[test]
fn a_phrase_set_off_after_a_joining_word_keeps_the_denied_verbs() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not investigate, prosecute or, for the fourth consecutive year, convict any traffickers.", report(2020)), @r"
    2019 statistic: investigations 0 (traffickers)
    2019 statistic: prosecutions 0 (traffickers)
    2019 statistic: convictions 0 (traffickers)
    2018 statistic: convictions 0 (traffickers) (inferred)
    2017 statistic: convictions 0 (traffickers) (inferred)
    2016 statistic: convictions 0 (traffickers) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The police did not identify or, during the reporting period, refer any victims.", report(2020)), @r"
    2019 statistic: victims_identified 0 (victims)
    2019 statistic: victims_referred 0 (victims)
    ");
}

#[test]
fn a_denial_told_as_a_habit_is_no_zero() {
    insta::assert_snapshot!(run(&StatisticRule, "Police often did not investigate cases that showed signs of forced labor.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Labor inspectors at times failed to identify any victims among seasonal workers.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Labor inspectors failed to identify any victims.", report(2020)), @"2019 statistic: victims_identified 0 (victims)");
}

#[test]
fn a_denial_by_only_some_of_the_doers_is_no_zero() {
    counts_nothing(
        &[
            "However, some officers reportedly failed to identify and refer potential victims.",
            "Many police officers did not identify any victims.",
            "Twenty-two of the 36 states did not report identifying any bonded labor victims.",
            "In 2019, several regional offices did not refer any victims to care.",
        ],
        report(2020),
    );
    // The denial's own subject, past a clause told of some.
    insta::assert_snapshot!(run(&StatisticRule, "Some officials lacked training, and the government did not report investigating any cases.", report(2020)), @"2019 statistic: investigations 0 (cases)");
}

#[test]
fn a_denial_of_more_than_was_counted_is_no_zero() {
    insta::assert_snapshot!(run(&StatisticRule, "NGOs did not identify any additional victims during the year.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "It did not report identifying more trafficking victims as a result of the new policy.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not convict any other traffickers during the year.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The police did not identify any new victims during the year.", report(2021)), @"2020 statistic: victims_identified 0 (new victims)");
}

#[test]
fn offenders_are_not_trained() {
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included imprisoning four traffickers in the first labor case, training teachers on trafficking indicators, and identifying 30 victims.", report(2020)), @"2019 statistic: victims_identified 30 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry trained 45 officials and 12 prosecutors.", report(2020)), @r"
    2019 statistic: officials_trained 45 (officials)
    2019 statistic: officials_trained 12 (prosecutors)
    ");
}

#[test]
fn counted_people_whose_own_verb_is_denied_are_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials referred 22 victims to care, and nine victims did not receive any services because they left the country.", report(2020)), @"2019 statistic: victims_referred 22 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Three victims declined shelter.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 18 victims; four victims were not referred to shelters.", report(2020)), @"2019 statistic: victims_identified 18 (victims)");
    // A description is no denial.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 18 victims who were not citizens.", report(2020)), @"2019 statistic: victims_identified 18 (victims)");
}

#[test]
fn a_case_that_opens_its_clause_is_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "In one case, the investigation ended with the suspect's arrest.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 14 cases; in two cases, the suspects fled abroad.", report(2020)), @"2019 statistic: investigations 14 (cases)");
    // So does an investigation or a prosecution the clause tells of.
    insta::assert_snapshot!(run(&StatisticRule, "In one investigation, police arrested five suspects for labor trafficking.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In two prosecutions, the courts acquitted the defendants.", report(2022)), @"");
    // A count of its own after "In" is still a count.
    insta::assert_snapshot!(run(&StatisticRule, "In 2021, police opened 12 investigations.", report(2022)), @"2021 statistic: investigations 12");
}

#[test]
fn cases_and_their_people_share_the_passive_verb_after_them() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2013, 23 cases involving 41 suspects were investigated by police.", report(2014)), @r"
    2013 statistic: investigations 23 (police)
    2013 statistic: investigations 41 (police)
    ");
    // Victims of the cases are no count of investigations.
    insta::assert_snapshot!(run(&StatisticRule, "In 2013, 23 cases of trafficking involving 41 victims were investigated by police.", report(2014)), @"2013 statistic: investigations 23 (police)");
    insta::assert_snapshot!(run(&StatisticRule, "Seven cases of forced labor with 12 defendants were prosecuted, and four traffickers were convicted.", report(2014)), @r"
    2013 statistic: prosecutions 7 (cases)
    2013 statistic: prosecutions 12 (defendants)
    2013 statistic: convictions 4 (traffickers)
    ");
    // A count with a verb of its own between them keeps it.
    insta::assert_snapshot!(run(&StatisticRule, "Police opened 23 cases, involving 41 suspects who were later prosecuted.", report(2014)), @r"
    2013 statistic: investigations 23 (cases)
    2013 statistic: investigations 41 (suspects)
    ");
}

#[test]
fn counts_of_two_verbs_sharing_the_noun_after_them() {
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated 28 and prosecuted 22 cases under Article 130.", report(2015)), @r"
    2014 statistic: investigations 28 (cases)
    2014 statistic: prosecutions 22 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 and assisted 35 victims of forced labor.", report(2015)), @r"
    2014 statistic: victims_identified 40 (victims)
    2014 statistic: victims_assisted 35 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported initiating 10 and continuing 13 investigations.", report(2023)), @r"
    2022 statistic: investigations 10
    2022 statistic: investigations 13
    ");
    // A verb that is no metric's shares the noun, and counts nothing.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 and released 35 victims.", report(2015)), @"2014 statistic: victims_identified 40 (victims)");
}

#[test]
fn denied_verbs_listed_after_another_zero_and_any_of_the() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials did not report assisting any victims, or investigating, prosecuting, or convicting any suspects.", report(2021)), @r"
    2020 statistic: victims_assisted 0 (victims)
    2020 statistic: investigations 0 (suspects)
    2020 statistic: prosecutions 0 (suspects)
    2020 statistic: convictions 0 (suspects)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry did not report referring or assisting any of the adult trafficking victims it identified.", report(2021)), @r"
    2020 statistic: victims_referred 0
    2020 statistic: victims_assisted 0
    ");
}

#[test]
fn a_part_of_the_total_and_its_comparisons_are_no_counts() {
    insta::assert_snapshot!(run(&StatisticRule, "Regional authorities identified 312 of the total victims, compared to 280 in 2019 and 301 in 2018.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 700 victims in 2020; regional authorities identified 312 of the total victims, compared to 280 in 2019.", report(2021)), @"2020 statistic: victims_identified 700 (victims)");
}

#[test]
fn a_denied_report_of_acts_against_bare_plurals() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report investigating, prosecuting, or convicting individuals for hereditary slavery.", report(2021)), @r"
    2020 statistic: investigations 0 (individuals)
    2020 statistic: prosecutions 0 (individuals)
    2020 statistic: convictions 0 (individuals)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Officials did not report investigations or prosecutions of government officials for complicity.", report(2021)), @r"
    2020 statistic: investigations 0 (complicit officials)
    2020 statistic: prosecutions 0 (complicit officials)
    ");
    // Sentences are no act of a metric, whatever their object.
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not report sentences for convicted offenders.", report(2021)), @"");
    // Nor is a noun of care read by a metric verb's stem.
    insta::assert_snapshot!(run(&StatisticRule, "It did not report repatriation assistance provided to victims during the reporting period.", report(2015)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report referral services for victims.", report(2015)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not repatriate victims.", report(2015)), @"2014 statistic: victims_repatriated 0 (victims)");
}

#[test]
fn a_case_opened_after_its_count_is_dated_by_its_opening() {
    insta::assert_snapshot!(run(&StatisticRule, "The prosecution of three defendants initiated during the previous reporting period was dismissed.", report(2019)), @"2017 statistic: prosecutions 3 (defendants)");
    insta::assert_snapshot!(run(&StatisticRule, "The prosecution of four suspects opened in 2016 ended in acquittal.", report(2019)), @"2016 statistic: prosecutions 4 (suspects)");
    // Another act's participle keeps its date ("victims repatriated in 2016" were assisted later).
    insta::assert_snapshot!(run(&StatisticRule, "The ministry assisted 12 victims repatriated in 2016.", report(2019)), @r"
    2016 statistic: victims_repatriated 12 (victims)
    2018 statistic: victims_assisted 12 (victims)
    ");
}

#[test]
fn zeros_told_with_there_have_been_and_yet_to_obtain() {
    insta::assert_snapshot!(run(&StatisticRule, "There have been no prosecutions or convictions.", report(2004)), @r"
    2003 statistic: prosecutions 0
    2003 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "There has been no reported investigation of trafficking.", report(2004)), @"2003 statistic: investigations 0");
    insta::assert_snapshot!(run(&StatisticRule, "There was no conviction in 2003.", report(2004)), @"2003 statistic: convictions 0");
    insta::assert_snapshot!(run(&StatisticRule, "No prosecutions occurred during the year.", report(2004)), @"2003 statistic: prosecutions 0");
    insta::assert_snapshot!(run(&StatisticRule, "No investigations took place.", report(2004)), @"2003 statistic: investigations 0");
    insta::assert_snapshot!(run(&StatisticRule, "No arrests took place.", report(2004)), @"");
    // A person's record is no count of the year's cases.
    insta::assert_snapshot!(run(&StatisticRule, "The suspect had no conviction on his record.", report(2004)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government has had no convictions since 2001.", report(2004)), @"2003 statistic: convictions 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government has yet to obtain an anti-trafficking conviction.", report(2007)), @"2006 statistic: convictions 0 (anti-trafficking conviction)");
    insta::assert_snapshot!(run(&StatisticRule, "The government has yet to secure a conviction for labor trafficking.", report(2007)), @"");
    // Something else yet to be obtained is no zero.
    insta::assert_snapshot!(run(&StatisticRule, "The government has yet to obtain a clear picture of the victims it identified.", report(2007)), @"");
}

#[test]
fn medical_care_of_any_name_is_assistance() {
    // Through the whole pipeline, so the sentence must first be screened in by its cues.
    let facts = |sentence: &str| {
        let text =
            format!("= Testland (Tier 2) - 2012 Trafficking in Persons Report =\n\n{sentence}\n");
        crate::rules::testing::facts_of_kind(&text, crate::event::EventKind::Statistic).join("\n")
    };
    insta::assert_snapshot!(facts("The government provided medical and psychological attention to one trafficking victim."), @"victims_assisted 1 (trafficking victim)");
    insta::assert_snapshot!(facts("NGOs provided health care to 14 victims."), @"victims_assisted 14 (victims)");
    insta::assert_snapshot!(facts("The Ministry of Health provided healthcare to 127 trafficking victims."), @"victims_assisted 127 (trafficking victims)");
    insta::assert_snapshot!(facts("Shelters served 31 victims in 2011."), @"victims_assisted 31 (victims)");
    insta::assert_snapshot!(facts("Police charged 12 suspects."), @"prosecutions 12 (suspects)");
    insta::assert_snapshot!(facts("Authorities recognized four workers as human trafficking victims."), @"victims_identified 4 (workers)");
}

#[test]
fn people_named_by_a_plain_noun_are_counted_by_the_verb_right_before() {
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted two women and 12 traffickers for sex trafficking.", report(2012)), @r"
    2011 statistic: convictions 2 (women)
    2011 statistic: convictions 12 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities prosecuted three Nigerian men for forced labor.", report(2012)), @"2011 statistic: prosecutions 3 (Nigerian men)");
    // A modifier of a group may stand before them too.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities prosecuted two foreign men and identified four additional women exploited in forced labor.", report(2012)), @r"
    2011 statistic: prosecutions 2 (foreign men)
    2011 statistic: victims_identified 4 (additional women)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors indicted four men and two women for trafficking.", report(2012)), @r"
    2011 statistic: prosecutions 4 (men)
    2011 statistic: prosecutions 2 (women)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated four men and identified two women as victims.", report(2012)), @r"
    2011 statistic: investigations 4 (men)
    2011 statistic: victims_identified 2 (women)
    ");
    // Not people the offense was done to, nor people a verb of no metric acted on.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted a trafficker for exploiting 12 women.", report(2012)), @"2011 statistic: convictions 1 (trafficker)");
    insta::assert_snapshot!(run(&StatisticRule, "Police rescued 40 women from a brothel.", report(2012)), @"");
    // Nor women charged or prosecuted for offenses victims are penalized for.
    insta::assert_snapshot!(run(&StatisticRule, "Police arrested and charged 29 women with crimes under the Immigration Act.", report(2012)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 14 women for prostitution.", report(2012)), @"");
    // Nor people counted by a noun of their own, but no offenders.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 1,298 individuals convicted on prostitution charges in 2017, none were trafficking victims.", report(2018)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police prosecuted 40 people for prostitution-related offenses in 2017.", report(2018)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 individuals for trafficking in 2017, and 30 women were deported for visa violations.", report(2018)), @"2017 statistic: convictions 12 (individuals)");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers on charges of forced prostitution in 2017.", report(2018)), @"2017 statistic: convictions 12 (traffickers)");
    // People convicted of forcing others into prostitution are traffickers.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted five men for forcing women into prostitution.", report(2012)), @"2011 statistic: convictions 5 (men)");
    insta::assert_snapshot!(run(&StatisticRule, "The court convicted four young men.", report(2012)), @"");
}

#[test]
fn people_who_may_be_offenders_are_victims_when_told_exploited() {
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 31 people exploited in forced labor.", report(2021)), @"2020 statistic: victims_identified 31 (people)");
    insta::assert_snapshot!(run(&StatisticRule, "The government repatriated 14 Testland nationals who were subjected to forced labor abroad.", report(2021)), @"2020 statistic: victims_repatriated 14 (Testland nationals)");
    insta::assert_snapshot!(run(&StatisticRule, "Inspectors identified nine workers in forced labor.", report(2021)), @"2020 statistic: victims_identified 9 (workers)");
    // Offenders and trainees stay what their verbs make them.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 20 people suspected of forced labor.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities prosecuted 12 individuals for forced labor.", report(2021)), @"2020 statistic: prosecutions 12 (individuals)");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry trained 300 workers on forced labor indicators.", report(2021)), @"2020 statistic: officials_trained 300 (workers)");
}

#[test]
fn people_named_by_a_plain_noun_and_told_exploited_are_victims() {
    insta::assert_snapshot!(run(&StatisticRule, "The government collaborated with international organizations to identify and repatriate 35 Namibian women exploited in domestic servitude in Oman.", report(2023)), @"2022 statistic: victims_repatriated 35 (Namibian women)");
    // People told to be victims, after a victim verb or its noun.
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included funding the repatriation of 160 Bhutanese women who were victims of trafficking in the Gulf.", report(2021)), @"2020 statistic: victims_repatriated 160 (Bhutanese women)");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 30 women who were victims of sex trafficking.", report(2021)), @"2020 statistic: victims_identified 30 (women)");
    // Not people of no victim verb, nor people not told to be victims.
    insta::assert_snapshot!(run(&StatisticRule, "Police arrested 12 women who were victims of trafficking.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government funded the repatriation of 160 women.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 35 women in forced prostitution.", report(2023)), @"2022 statistic: victims_identified 35 (women)");
    // Not told exploited, or told so only after the clause ends.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 35 women in a raid on a bar.", report(2023)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The shelter assisted 12 men, some of whom may have been forced to work.", report(2023)), @"");
    // Given care next to a word of care, they are victims given it.
    insta::assert_snapshot!(run(&StatisticRule, "Transitional apartments housed 38 women, and the Atlas shelter assisted 79 men.", report(2015)), @r"
    2014 statistic: victims_assisted 38 (women)
    2014 statistic: victims_assisted 79 (men)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities referred 17 women to the Tesfa shelter.", report(2015)), @"2014 statistic: victims_referred 17 (women)");
    insta::assert_snapshot!(run(&StatisticRule, "Police assisted 40 women.", report(2015)), @"");
    // Marabouts are people who may be convicted.
    insta::assert_snapshot!(run(&StatisticRule, "Two marabouts were convicted for subjecting boys to forced begging.", report(2006)), @"2005 statistic: convictions 2 (marabouts)");
}

#[test]
fn people_named_by_a_plain_noun_after_metric_nouns_and_the_rest_of_a_whole() {
    insta::assert_snapshot!(run(&StatisticRule, "Police conducted an investigation and prosecution of four South Asian men.", report(2015)), @r"
    2014 statistic: prosecutions 4 (South Asian men)
    2014 statistic: investigations 4 (South Asian men)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported the conviction of two women.", report(2015)), @"2014 statistic: convictions 2 (women)");
    insta::assert_snapshot!(run(&StatisticRule, "The exploitation of three women continued.", report(2015)), @"");
    // Nor the parts of a breakdown in brackets.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities reported identifying 27,877 potential victims (14,770 men and 13,107 women) in 2019.", report(2020)), @"2019 statistic: victims_identified 27877 (potential victims)");
    // The rest of those identified is no count of identification.
    insta::assert_snapshot!(run(&StatisticRule, "It referred eight identified victims to the shelter; the other four victims identified by the government declined shelter services.", report(2020)), @"2019 statistic: victims_referred 8 (identified victims)");
    insta::assert_snapshot!(run(&StatisticRule, "It did not report what services it provided to the remaining 23 identified victims.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Six cases resulted in convictions while the remaining nine cases continued pending prosecution.", report(2015)), @"2014 statistic: convictions 6 (cases)");
}

#[test]
fn running_totals_since_an_earlier_year_are_undated() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not convict any traffickers during the reporting period and has only convicted one trafficker since 2014.", report(2021)), @r"
    2020 statistic: convictions 0 (traffickers)
    undated statistic: convictions 1 (trafficker)
    ");
    // A count ranked within the span is the year's own.
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors secured the second conviction of a trafficker since 2014.", report(2022)), @"2021 statistic: convictions 1 (trafficker)");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted three traffickers, the first convictions since 2012.", report(2019)), @"2018 statistic: convictions 3 (traffickers)");
    // A span told in an aside is the aside's.
    insta::assert_snapshot!(run(&StatisticRule, "These achievements included convicting five hereditary slaveholders - cases that had been pending since 2011 and 2015.", report(2020)), @"2019 statistic: convictions 5 (hereditary slaveholders)");
}

#[test]
fn ones_wanted_and_victims_of_other_harms_are_no_counts() {
    insta::assert_snapshot!(run(&StatisticRule, "Although it began to prosecute cases, it has yet to secure the conviction of a labor trafficker.", report(2017)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors sought to obtain the conviction of a trafficker.", report(2017)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The investigation led to the conviction of a trafficker.", report(2017)), @"2016 statistic: convictions 1 (trafficker)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities also identified 274 victims of sexual exploitation and 207 victims of labor exploitation, who may also be trafficking victims.", report(2017)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 274 trafficking victims, who may receive residence permits.", report(2017)), @"2016 statistic: victims_identified 274 (trafficking victims)");
}

#[test]
fn counts_compared_as_similar_and_a_breakdown_inside_the_noun() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 463 new victims in 2021, similar to 470 in 2020 but less than 657 in 2019.", report(2022)), @r"
    2021 statistic: victims_identified 463 (new victims)
    2020 statistic: victims_identified 470 (new victims)
    2019 statistic: victims_identified 657 (new victims)
    ");
    // The year after "similar to" is the comparison's, not the count's.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 463 victims, a number similar to the previous year.", report(2022)), @"2021 statistic: victims_identified 463 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, it reported identifying and assisting 1,107 trafficking (658 labor, 358 sex trafficking, and the remainder were unspecified) victims, compared with 666 in 2016.", report(2018)), @r"
    2017 statistic: victims_identified 1107 (trafficking victims)
    2017 statistic: victims_assisted 1107 (trafficking victims)
    2016 statistic: victims_identified 666 (trafficking victims)
    2016 statistic: victims_assisted 666 (trafficking victims)
    ");
}

#[test]
fn a_passive_verb_may_follow_a_long_phrase_after_its_noun() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2012, more than 80 male Burmese victims of forced labor on Malaysian-owned fishing boats were repatriated.", wiki()), @"2012 statistic: victims_repatriated more_than 80 (male Burmese victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2014, 25 Indonesian victims of forced labor aboard Taiwan-flagged long-line fishing vessels were identified.", wiki()), @"2014 statistic: victims_identified 25 (Indonesian victims)");
    // Further on, a verb is too far from the noun to be its count's.
    insta::assert_snapshot!(run(&StatisticRule, "In 2014, 25 Indonesian victims of forced labor aboard old Taiwan-flagged long-line fishing vessels far from home ports were identified.", wiki()), @"");
}

#[test]
fn complicity_told_in_a_clause_of_its_own_is_not_the_zeros() {
    insta::assert_snapshot!(run(&StatisticRule, "It did not convict any traffickers, funding for shelters was cut, investigations of complicit police officers remained stalled, and it did not identify any labor trafficking victims.", report(2021)), @r"
    2020 statistic: convictions 0 (traffickers)
    2020 statistic: victims_identified 0 (labor trafficking victims)
    ");
    // Complicity told of the zero's own object, or of it by a relative clause, still is.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not prosecute any officials who were complicit in trafficking, and shelters remained underfunded.", report(2021)), @"2020 statistic: prosecutions 0 (complicit officials)");
}

#[test]
fn a_run_or_span_told_in_another_conjunct_of_no_zeros_is_that_conjuncts() {
    // The span of the first conjunct neither dates nor undates the second's zero.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified no victims for the past two reporting periods, opened no new prosecutions for the third consecutive year, and have never obtained a conviction.", report(2021)), @r"
    2020 statistic: victims_identified 0 (victims)
    2019 statistic: victims_identified 0 (victims) (inferred)
    2020 statistic: prosecutions 0
    2019 statistic: prosecutions 0 (inferred)
    2018 statistic: prosecutions 0 (inferred)
    2020 statistic: convictions 0 (conviction)
    ");
    // Joined by "and" alone, as well.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified no victims for the past two years and opened no new investigations for the fourth consecutive year.", report(2016)), @r"
    2015 statistic: victims_identified 0 (victims)
    2014 statistic: victims_identified 0 (victims) (inferred)
    2015 statistic: investigations 0
    2014 statistic: investigations 0 (inferred)
    2013 statistic: investigations 0 (inferred)
    2012 statistic: investigations 0 (inferred)
    ");
    // A run told after a later comma-joined verb is that verb's.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified no victims, secured no convictions for the third consecutive year, and did not train any officials.", report(2018)), @r"
    2017 statistic: victims_identified 0 (victims)
    2017 statistic: convictions 0
    2016 statistic: convictions 0 (inferred)
    2015 statistic: convictions 0 (inferred)
    2017 statistic: officials_trained 0
    ");
}

#[test]
fn a_zero_over_listed_years_is_none_in_each() {
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not convict any labor traffickers under the anti-trafficking law in 2021 or 2020.", report(2022)), @r"
    2021 statistic: convictions 0 (labor traffickers)
    2020 statistic: convictions 0 (labor traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2014, 2015 and 2016, the police did not refer any victims to shelters.", report(2017)), @r"
    2016 statistic: victims_referred 0 (victims)
    2014 statistic: victims_referred 0 (victims)
    2015 statistic: victims_referred 0 (victims)
    ");
    // A count over two years is not each year's.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted four traffickers in 2021 and 2020.", report(2022)), @"2021 statistic: convictions 4 (traffickers)");
}

#[test]
fn a_bracket_of_counts_with_their_own_verbs_breaks_nothing_down() {
    insta::assert_snapshot!(run(&StatisticRule, "Outreach workers identified 50 potential victims and assisted 210 people (identified 61 potential victims and assisted 245 people in 2017).", report(2019)), @r"
    2018 statistic: victims_identified 50 (potential victims)
    2017 statistic: victims_identified 61 (potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims and referred 30 (identified 35 and referred 20 in 2018).", report(2020)), @r"
    2019 statistic: victims_identified 40 (victims)
    2019 statistic: victims_referred 30 (victims)
    2018 statistic: victims_identified 35 (victims)
    2018 statistic: victims_referred 20 (victims)
    ");
}

#[test]
fn a_denied_bare_plural_of_crimes_joined_by_or() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not investigate or prosecute child labor or commercial sexual exploitation crimes, or identify and assist victims.", report(2018)), @r"
    2017 statistic: investigations 0 (child labor or commercial sexual exploitation crimes)
    2017 statistic: prosecutions 0 (child labor or commercial sexual exploitation crimes)
    2017 statistic: victims_identified 0 (victims)
    2017 statistic: victims_assisted 0 (victims)
    ");
    // "as" tells how a case was treated, not what was denied.
    insta::assert_snapshot!(run(&StatisticRule, "Police did not investigate as trafficking offenses complaints of withheld wages.", report(2018)), @"");
    // Modifiers joined by "or" stay in the subject; one read short of its noun ends before "or".
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not convict any child or adult traffickers.", report(2018)), @"2017 statistic: convictions 0 (child or adult traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors did not report charging any forced labor or sex trafficking suspects.", report(2018)), @"2017 statistic: prosecutions 0 (forced labor or sex trafficking suspects)");
}

#[test]
fn a_figure_compared_with_a_part_told_by_a_copula_is_the_parts() {
    insta::assert_snapshot!(run(&StatisticRule, "The shelter assisted 180 victims; 120 were women, an increase from 90 in 2019.", report(2021)), @"2020 statistic: victims_assisted 180 (victims)");
    // The copula after the part's noun.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 484 victims identified, 395 were women and girls, compared with 456 in 2019; and 89 victims of trafficking were men and boys, a decrease from 174 in 2019.", report(2021)), @"2020 statistic: victims_identified 484 (victims)");
    // Not a passive verb: a count of its own act.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 30 victims; 12 victims were referred to shelters, a decrease from 20 in 2019.", report(2021)), @r"
    2020 statistic: victims_identified 30 (victims)
    2020 statistic: victims_referred 12 (victims)
    2019 statistic: victims_referred 20 (victims)
    ");
    // One compared with the whole after its parts is the whole's.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 60 victims, including 40 women and 20 children, compared with 45 in 2019.", report(2021)), @r"
    2020 statistic: victims_identified 60 (victims)
    2019 statistic: victims_identified 45 (victims)
    ");
}

#[test]
fn a_verb_after_a_bracket_and_victims_entering_a_program() {
    // The verb after a breakdown in brackets is the count's.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 15 new victims (11 men and four women) received assistance.", report(2020)), @"2019 statistic: victims_assisted 15 (new victims)");
    // Victims entering a program of care are assisted.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 15 new victims (11 men and four women) entered the Program, a decrease from 17 in 2018 and 24 in 2017.", report(2020)), @r"
    2019 statistic: victims_assisted 15 (new victims)
    2018 statistic: victims_assisted 17 (new victims)
    2017 statistic: victims_assisted 24 (new victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry enrolled 30 victims in its reintegration program.", report(2020)), @"2019 statistic: victims_assisted 30 (victims)");
    // Past a breakdown in brackets.
    insta::assert_snapshot!(run(&StatisticRule, "The government also enrolled five trafficking victims (two men and three women) into its reintegration program.", report(2021)), @"2020 statistic: victims_assisted 5 (trafficking victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities placed 21 victims (including four children) in shelters.", report(2021)), @"2020 statistic: victims_assisted 21 (victims)");
    // A part of a whole taken into one.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 88 victims, 19 entered the government-funded victim care program in 2019.", report(2020)), @"2019 statistic: victims_assisted 19 (victims)");
    // Not a country entered.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 15 migrants entered the country illegally.", report(2020)), @"");
}

#[test]
fn victims_supported_are_assisted() {
    insta::assert_snapshot!(run(&StatisticRule, "State-funded NGOs supported 95 trafficking victims, compared with 80 in 2019.", report(2021)), @r"
    2020 statistic: victims_assisted 95 (trafficking victims)
    2019 statistic: victims_assisted 80 (trafficking victims)
    ");
    assert_eq!(
        run(
            &StatisticRule,
            "The ministry supported three awareness campaigns.",
            report(2021)
        ),
        ""
    );
    // Support given, with no other word of care in the sentence.
    insta::assert_snapshot!(run(&StatisticRule, "Achievements included offering some support to 14 victims exploited abroad.", report(2021)), @"2020 statistic: victims_assisted 14 (victims)");
}

#[test]
fn parts_named_with_a_participle_modifier_continue_the_list() {
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 88 victims, including 50 victims of forced begging and six victims of forced criminality.", report(2021)), @"2020 statistic: victims_identified 88 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 88 victims; 60 were labor trafficking victims, including 50 victims of forced begging, six victims of forced criminality, and one victim of servitude.", report(2021)), @"2020 statistic: victims_identified 88 (victims)");
}

#[test]
fn a_span_compared_with_is_not_the_zeros() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not report training prosecutors, compared with training them in each of the past three reporting periods.", report(2022)), @"2021 statistic: officials_trained 0");
}

#[test]
fn care_named_as_where_victims_were_referred_is_no_care_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified and referred to assistance seven potential victims.", report(2016)), @r"
    2015 statistic: victims_identified 7 (potential victims)
    2015 statistic: victims_referred 7 (potential victims)
    ");
    // Care given is still care.
    insta::assert_snapshot!(run(&StatisticRule, "Officials provided assistance to seven potential victims.", report(2016)), @"2015 statistic: victims_assisted 7 (potential victims)");
}

#[test]
fn a_denial_told_after_its_subject_by_a_gerund() {
    insta::assert_snapshot!(run(&StatisticRule, "Screening remained weak, resulting in authorities not identifying any forced labor victims during the year.", report(2019)), @"2018 statistic: victims_identified 0 (forced labor victims)");
    // "not only" is no denial.
    insta::assert_snapshot!(run(&StatisticRule, "The government not only identified 12 victims but also referred them to care.", report(2019)), @r"
    2018 statistic: victims_identified 12 (victims)
    2018 statistic: victims_referred 12 (victims)
    ");
}

#[test]
fn a_zero_likened_by_similar_to_holds_then_too() {
    insta::assert_snapshot!(run(&StatisticRule, "Similar to the previous reporting period, the government did not prosecute any traffickers.", report(2017)), @r"
    2016 statistic: prosecutions 0 (traffickers)
    2015 statistic: prosecutions 0 (traffickers) (inferred)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Consistent with 2015, the government did not convict any traffickers.", report(2017)), @r"
    2016 statistic: convictions 0 (traffickers)
    2015 statistic: convictions 0 (traffickers) (inferred)
    ");
}

#[test]
fn a_single_one_denied_with_its_modifiers() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify a single trafficking victim, while NGOs identified more than 400 victims.", report(2021)), @r"
    2020 statistic: victims_identified 0 (trafficking victim)
    2020 statistic: victims_identified more_than 400 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not prosecute a single forced labor case.", report(2021)), @"2020 statistic: prosecutions 0 (forced labor case)");
}

#[test]
fn a_zero_over_a_span_of_years_is_one_in_each() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any victims between 2016 and 2018.", report(2021)), @r"
    2016 statistic: victims_identified 0 (victims)
    2017 statistic: victims_identified 0 (victims)
    2018 statistic: victims_identified 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified two victims in 2019, zero victims between 2016 and 2018, and ten victims in 2015.", report(2021)), @r"
    2019 statistic: victims_identified 2 (victims)
    2016 statistic: victims_identified 0 (victims)
    2017 statistic: victims_identified 0 (victims)
    2018 statistic: victims_identified 0 (victims)
    2015 statistic: victims_identified 10 (victims)
    ");
    // A count over a span is of no one year.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 30 victims between 2016 and 2018.", report(2021)), @"undated statistic: victims_identified 30 (victims)");
}

#[test]
fn a_part_given_what_a_pair_names() {
    insta::assert_snapshot!(run(&StatisticRule, "The Department of Human Services provided 11 of the 17 victims with services.", report(2019)), @"2018 statistic: victims_assisted 11 (victims)");
}

#[test]
fn a_dash_aside_may_hold_semicolons() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 17 potential victims in 2018 - at least 12 foreign nationals and three nationals; 12 adult females and five minors - compared to 17 potential victims in 2017.", report(2019)), @r"
    2018 statistic: victims_identified 17 (potential victims)
    2017 statistic: victims_identified 17 (potential victims)
    ");
    // Not past a clause that tells another act.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims - 20 women and 20 children; courts convicted five traffickers - three for sex trafficking and two for labor trafficking - in 2018.", report(2019)), @r"
    2018 statistic: victims_identified 40 (victims)
    2018 statistic: convictions 5 (traffickers)
    ");
}

#[test]
fn people_none_of_whom_is_known_to_be_a_victim() {
    insta::assert_snapshot!(run(&StatisticRule, "A program for child victims of sexual exploitation served 42 children, but it was not clear how many of these children were victims of trafficking.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government referred 135 children to its shelter, which may have included potential trafficking victims.", report(2021)), @"");
    // Victims counted as such stay counted.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 169 trafficking victims, although this number may have included victims of other crimes.", report(2022)), @"2021 statistic: victims_identified 169 (trafficking victims)");
}

#[test]
fn a_count_compared_with_previously_is_of_the_previous_period() {
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted 16 trafficking cases, compared with four previously, and convicted one trafficker.", report(2022)), @r"
    2021 statistic: prosecutions 16 (trafficking cases)
    2020 statistic: prosecutions 4 (trafficking cases)
    2021 statistic: convictions 1 (trafficker)
    ");
    // "Previously" opening another clause dates nothing compared.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims, compared with 25 in 2019; previously, the police relied on NGOs.", report(2022)), @r"
    2021 statistic: victims_identified 40 (victims)
    2019 statistic: victims_identified 25 (victims)
    ");
}

#[test]
fn a_sentence_opened_in_comparison_takes_the_date_after_its_count() {
    insta::assert_snapshot!(run(&StatisticRule, "In comparison, the government identified 75 victims (66 in sex trafficking and 9 in forced labor) and NGOs identified 78 victims in 2019, and the government identified 73 victims in 2018.", report(2021)), @r"
    2019 statistic: victims_identified 75 (victims)
    2019 statistic: victims_identified 78 (victims)
    2018 statistic: victims_identified 73 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In comparison, police identified 12 victims.", report(2021)), @"2020 statistic: victims_identified 12 (victims)");
}

#[test]
fn some_of_the_victims_found_again_are_no_new_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified five of the victims through calls to government hotlines.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "NGOs identified two of the reported victims, a mother and daughter.", report(2021)), @"");
    // Other acts done to some of them are counts; so is a part of a count.
    insta::assert_snapshot!(run(&StatisticRule, "The government repatriated five of the victims.", report(2021)), @"2020 statistic: victims_repatriated 5 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 11 of the 17 victims.", report(2021)), @"2020 statistic: victims_identified 11 (victims)");
}

#[test]
fn shares_of_agents_adding_up_to_a_total_are_its_parts() {
    insta::assert_snapshot!(run(&StatisticRule, "First responders referred 193 potential victims (142 in 2017) to the protection center; law enforcement referred 89 (44 in 2017), social welfare organizations referred 45 (57 in 2017), other government entities referred 21, and 38 were referred by civil society (41 in 2017).", report(2019)), @r"
    2018 statistic: victims_referred 193 (potential victims)
    2017 statistic: victims_referred 142 (potential victims)
    ");
    // Not counts that add up by chance: of other years, or of other acts.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers; in 2017, courts convicted 7 traffickers, and in 2016, courts convicted 5 traffickers.", report(2019)), @r"
    2018 statistic: convictions 12 (traffickers)
    2017 statistic: convictions 7 (traffickers)
    2016 statistic: convictions 5 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 30 victims; NGOs assisted 20 and embassies assisted 10.", report(2019)), @r"
    2018 statistic: victims_identified 30 (victims)
    2018 statistic: victims_assisted 20 (victims)
    2018 statistic: victims_assisted 10 (victims)
    ");
}

#[test]
fn a_list_of_parts_joined_by_semicolons() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 91 victims (98 in 2018); 85 were female sex trafficking victims and six were male forced labor victims; two were foreign victims (none in 2018); and one child victim (none in 2018).", report(2020)), @r"
    2019 statistic: victims_identified 91 (victims)
    2018 statistic: victims_identified 98 (victims)
    ");
    // A clause with a verb of its own after "; and" is no part.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 91 victims, including 85 women; and police referred 40 victims to shelters.", report(2020)), @r"
    2019 statistic: victims_identified 91 (victims)
    2019 statistic: victims_referred 40 (victims)
    ");
}

#[test]
fn a_bare_count_given_care_is_of_victims() {
    insta::assert_snapshot!(run(&StatisticRule, "Of the 132 child victims noted above, the government assisted 48 with psychological and health services, food, and clothing, as well as referred them to shelters.", report(2021)), @r"
    2020 statistic: victims_assisted 48
    2020 statistic: victims_referred 48
    ");
    // Not one charged with a crime.
    insta::assert_snapshot!(run(&StatisticRule, "Police charged 12 with trafficking.", report(2021)), @"");
}

#[test]
fn a_bare_count_sent_to_care_past_a_dash_aside() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, the police referred 21 - all Chinese nationals - to short-term shelter.", report(2017)), @"2016 statistic: victims_referred 21");
}

#[test]
fn the_subject_of_a_zero_ends_before_through() {
    insta::assert_snapshot!(run(&StatisticRule, "However, it did not report identifying any victims through proactive screening.", report(2019)), @"2018 statistic: victims_identified 0 (victims)");
}

#[test]
fn none_among_some_is_no_zero_of_the_whole() {
    // Told of the few a means or a place reached: "through these efforts", "within ...".
    insta::assert_snapshot!(run(&StatisticRule, "However, it did not report identifying any victims through this center.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Labor inspectors conducted raids; however, the government did not report identifying any victims or initiating any investigations based on such inspections.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Unlike prior years, authorities did not identify any victims within the asylum system.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Officials did not identify any victims among the migrants intercepted at sea.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police raided brothels but did not identify any victims during these operations.", report(2019)), @"");
    // Listed after a denied verb of no metric, read from its own verb.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not approve procedures to identify victims, provide security for victims, or identify any victims among the Haitian population.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not approve procedures to identify victims, provide security for victims, or identify any victims.", report(2019)), @"2018 statistic: victims_identified 0 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Despite identifying 40 children as potential forced begging victims, officials did not report investigating any suspects in connection with those cases.", report(2019)), @"2018 statistic: victims_identified 40 (children)");
    insta::assert_snapshot!(run(&StatisticRule, "Police did not arrest or prosecute any suspects related to these cases.", report(2019)), @"");
    // Not a time, the whole country, or some counted in.
    insta::assert_snapshot!(run(&StatisticRule, "Officials did not identify any victims during this year.", report(2019)), @"2018 statistic: victims_identified 0 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Officials did not identify any victims within the reporting period.", report(2019)), @"2018 statistic: victims_identified 0 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Officials did not identify any victims within the country.", report(2019)), @"2018 statistic: victims_identified 0 (victims)");
}

#[test]
fn a_zero_of_listed_metric_nouns_is_one_of_each() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported zero investigations, prosecutions, or convictions in 2016.", report(2019)), @r"
    2016 statistic: investigations 0
    2016 statistic: prosecutions 0
    2016 statistic: convictions 0
    ");
    // Not a noun with a count of its own.
    insta::assert_snapshot!(run(&StatisticRule, "The government reported zero investigations and prosecutions of 12 suspects.", report(2019)), @r"
    2018 statistic: investigations 0
    2018 statistic: prosecutions 12 (suspects)
    ");
}

#[test]
fn a_pair_told_after_its_noun_with_a_preposition_between() {
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors reported 44 new investigations and eight cases brought to trial in 2013.", report(2015)), @r"
    2013 statistic: investigations 44
    2013 statistic: prosecutions 8 (cases)
    ");
}

#[test]
fn none_compared_over_a_span_of_years() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not initiate any prosecutions in the reporting period, compared to four in 2015 and none from 2011 to 2014.", report(2017)), @r"
    2016 statistic: prosecutions 0
    2015 statistic: prosecutions 4
    2011 statistic: prosecutions 0
    2012 statistic: prosecutions 0
    2013 statistic: prosecutions 0
    2014 statistic: prosecutions 0
    ");
}

#[test]
fn counts_of_years_listed_may_end_with_a_span() {
    insta::assert_snapshot!(run(&StatisticRule, "Police convicted two traffickers in 2016, three in 2015 and 12 between 2012 and 2014.", report(2017)), @r"
    2016 statistic: convictions 2 (traffickers)
    2015 statistic: convictions 3 (traffickers)
    undated statistic: convictions 12 (traffickers)
    ");
}

#[test]
fn places_counted_are_no_counts_nor_bounds_of_a_count() {
    insta::assert_snapshot!(run(&StatisticRule, "This compared to identifying 851 trafficking victims and 2,844 potential trafficking victims with partial data from 30 of 45 provinces during the previous reporting period.", report(2020)), @r"
    2018 statistic: victims_identified 851 (trafficking victims)
    2018 statistic: victims_identified 2844 (potential trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 851 trafficking victims with data from 30 of the country's 45 provinces in 2019.", wiki()), @"2019 statistic: victims_identified 851 (trafficking victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Officials assisted 40 victims in five border districts in 2019.", wiki()), @"2019 statistic: victims_assisted 40 (victims)");
    // Only the places are left out, not the people beside them.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, authorities identified 120 victims from 12 countries and referred 30 victims to regional shelters.", wiki()), @r"
    2019 statistic: victims_identified 120 (victims)
    2019 statistic: victims_referred 30 (victims)
    ");
}

#[test]
fn an_adverb_before_an_unlisted_modifier_of_people() {
    insta::assert_snapshot!(run(&StatisticRule, "Police opened investigations against four potentially complicit officials in 2019.", wiki()), @"2019 statistic: investigations 4 (potentially complicit officials)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, prosecutors charged two allegedly corrupt border guards.", wiki()), @"2019 statistic: prosecutions 2 (allegedly corrupt border guards)");
    // Not an adverb before a word that is no noun's modifier.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, police identified 12 victims, mostly foreign nationals.", wiki()), @"2019 statistic: victims_identified 12 (victims)");
}

#[test]
fn a_denied_case_noun_after_three_modifiers() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials did not report initiating any new trafficking case investigations or prosecutions during the reporting period.", report(2019)), @r"
    2018 statistic: investigations 0
    2018 statistic: prosecutions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not open any new case investigations in 2020.", wiki()), @"2020 statistic: investigations 0");
}

#[test]
fn a_clause_with_its_own_subject_after_zeros_of_complicit_officials() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported no investigations or prosecutions of officials complicit in trafficking and it had not convicted any traffickers since 2012.", report(2019)), @r"
    2018 statistic: investigations 0 (complicit officials)
    2018 statistic: prosecutions 0 (complicit officials)
    2018 statistic: convictions 0 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not investigate any officials complicit in trafficking and they did not prosecute any traffickers in 2018.", wiki()), @r"
    2018 statistic: investigations 0 (complicit officials)
    2018 statistic: prosecutions 0 (traffickers)
    ");
}

#[test]
fn the_people_of_cases_opened_share_their_metric_and_date() {
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors reported 15 prosecutions initiated against 30 defendants in 2018.", wiki()), @r"
    2018 statistic: prosecutions 15
    2018 statistic: prosecutions 30 (defendants)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not initiate any prosecutions, compared with one prosecution initiated in the previous reporting period against three suspects in a 2017 forced labor case.", report(2020)), @r"
    2019 statistic: prosecutions 0
    2018 statistic: prosecutions 1
    2018 statistic: prosecutions 3 (suspects)
    ");
    // A verb of its own after the count before is still read.
    insta::assert_snapshot!(run(&StatisticRule, "In 2018, police opened 12 investigations and arrested 30 suspects.", wiki()), @"2018 statistic: investigations 12");
}

#[test]
fn cases_of_wider_crimes_with_trafficking_not_told_apart() {
    insta::assert_snapshot!(run(&StatisticRule, "Police conducted 310 investigations in 2019 of crimes against children, but did not specify how many of them involved child trafficking.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors opened 82 cases related to children in forced begging and other abuses in 2019, without disaggregating the trafficking cases.", wiki()), @"");
    // Cases told to be of trafficking stay counted when their kinds are not told apart.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 50 cases of trafficking in 2019, but did not specify how many involved sex trafficking.", wiki()), @"2019 statistic: investigations 50 (cases)");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 50 trafficking cases in 2019 but did not disaggregate the data by form of trafficking.", wiki()), @"2019 statistic: investigations 50 (trafficking cases)");
    // Cases of trafficking not broken down by its kinds: counted, their noun telling no crime.
    insta::assert_snapshot!(run(&StatisticRule, "Police initiated 80 investigations in 2020, but did not disaggregate by type of trafficking.", wiki()), @"2020 statistic: investigations 80");
}

#[test]
fn victims_receiving_health_care_counseling_or_shelter_are_assisted() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, two victims received health care and seven victims received psychological counseling.", wiki()), @r"
    2017 statistic: victims_assisted 2 (victims)
    2017 statistic: victims_assisted 7 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Eleven victims received shelter in 2018.", wiki()), @"2018 statistic: victims_assisted 11 (victims)");
}

#[test]
fn a_plural_metric_noun_after_two_unlisted_modifiers() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2021, the government reported initiating three hereditary slavery investigations.", wiki()), @"2021 statistic: investigations 3");
    // Not a verb before a singular noun.
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, courts prosecuted two suspects; one chose deferred prosecution.", wiki()), @"2020 statistic: prosecutions 2 (suspects)");
}

#[test]
fn more_acts_with_examples_and_zeros_of_others_besides() {
    // "Including of three police officers" after more acts with no number: an example, not a
    // count.
    insta::assert_snapshot!(run(&StatisticRule, "The government initiated more investigations of trafficking crimes and more prosecutions and convictions under the 2013 law, including of three police officers.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, the government identified more victims, including 12 children.", wiki()), @"");
    // "Any other" denies only others besides those told: no zero.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report prosecuting any other investigated cases or provide updates on ongoing cases.", report(2020)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police did not identify any victims or provide any other assistance in 2019.", wiki()), @"2019 statistic: victims_identified 0 (victims)");
}

#[test]
fn people_none_or_only_some_of_whom_are_known_to_be_victims() {
    insta::assert_snapshot!(run(&StatisticRule, "Inspectors identified 412 victims of labor exploitation during 90 inspections in 2021; however, the government did not specify how many, if any, of these were trafficking victims.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 75 children involved in illicit activities in 2019, including theft; some of these children may have been trafficking victims.", wiki()), @"");
    // A kind of trafficking not told apart, or a next clause of something else done to them.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 50 victims in 2019, but did not report how many were sex trafficking victims.", wiki()), @"2019 statistic: victims_identified 50 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 60 victims in 2019; some of these victims received shelter.", wiki()), @"2019 statistic: victims_identified 60 (victims)");
}

#[test]
fn parts_set_apart_by_semicolons_each_told_what_it_was_exploited_in() {
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims, including 11 girls and nine women exploited in sex trafficking; two women and six men exploited in forced labor; and seven girls, three boys, and two women subjected to other forms of exploitation.", wiki()), @"undated statistic: victims_identified 40 (victims)");
    // A clause of another act after the semicolon is no part.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 29 victims, including nine girls exploited in sex trafficking; prosecutors convicted five traffickers in 2022.", wiki()), @r"
    undated statistic: victims_identified 29 (victims)
    2022 statistic: convictions 5 (traffickers)
    ");
}

#[test]
fn people_tried_are_found_by_the_cue_walk_too() {
    // The whole pipeline, cue walk included: "tried" is the sentence's only cue.
    let doc = crate::extract(
        "= Testland (Tier 2) - 2020 Trafficking in Persons Report =\n\nIn 2019, courts tried 15 defendants.\n",
    );
    let stats: Vec<String> = doc.events.iter().map(|e| e.fact.to_string()).collect();
    assert!(
        stats.contains(&"prosecutions 15 (defendants)".to_string()),
        "{stats:?}"
    );
}

#[test]
fn cases_tried_are_prosecuted_but_an_attempt_is_no_trial() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2018, prosecutors tried 27 trafficking cases.", wiki()), @"2018 statistic: prosecutions 27 (trafficking cases)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2018, the government tried to identify victims among 300 migrants.", wiki()), @"");
}

#[test]
fn a_metric_noun_naming_a_procedure_is_no_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, the ministry implemented the national victim referral mechanism, directly provided 88 identified victims with protection services, and trained judges.", wiki()), @"2019 statistic: victims_assisted 88 (identified victims)");
    // A noun of the act itself still is.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, the government provided referrals to 40 victims.", wiki()), @"2019 statistic: victims_referred 40 (victims)");
}

#[test]
fn a_count_with_its_noun_left_out_that_received_care() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, police identified 12 victims and four received medical care.", wiki()), @r"
    2017 statistic: victims_identified 12 (victims)
    2017 statistic: victims_assisted 4 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, 15 victims received shelter and six received legal assistance.", wiki()), @r"
    2017 statistic: victims_assisted 15 (victims)
    2017 statistic: victims_assisted 6 (victims)
    ");
    // Not what traffickers received.
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, courts convicted 12 traffickers and four received prison sentences.", wiki()), @"2017 statistic: convictions 12 (traffickers)");
}

#[test]
fn one_sentenced_is_no_count_unless_convicted_too() {
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included sentencing a trafficker and increasing cooperation with NGOs.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Specific sentencing data on these 28 traffickers was unavailable.", report(2006)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government also convicted and sentenced a former police officer for collusion in human trafficking.", report(2017)), @"2016 statistic: convictions 1 (former police officer)");
}

#[test]
fn a_participle_naming_an_earlier_counts_people_is_no_verb_of_the_next() {
    insta::assert_snapshot!(run(&StatisticRule, "The government sentenced one convicted trafficker to 10 years' imprisonment and two traffickers to seven years' imprisonment.", report(2019)), @r"
    2018 statistic: convictions 1 (convicted trafficker) (inferred)
    2018 statistic: convictions 2 (traffickers) (inferred)
    ");
    // A verb joined to the sentencing still tells the conviction.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted and sentenced two traffickers to seven years' imprisonment.", report(2019)), @"2018 statistic: convictions 2 (traffickers)");
    // A verb right after a number is that count's own ("the other two sentenced to ...").
    let sentenced = super::verbs::sentenced_not_convicted;
    assert!(sentenced(
        "and the other two sentenced to four months' imprisonment and ",
        "trafficker was convicted"
    ));
    assert!(sentenced(
        "The court sentenced one convicted trafficker to 10 years and ",
        "traffickers to seven years"
    ));
    assert!(!sentenced(
        "The court convicted one sentenced trafficker and ",
        "traffickers"
    ));
}

#[test]
fn a_count_in_a_case_opened_earlier_is_of_its_own_period() {
    insta::assert_snapshot!(run(&StatisticRule, "These efforts included sentencing two complicit officials to seven years' imprisonment for their role in a trafficking case initiated in 2016, prosecuting more traffickers.", report(2021)), @"2020 statistic: convictions 2 (complicit officials) (inferred)");
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted two traffickers in cases opened in 2018 and prosecuted 12 suspects.", report(2021)), @r"
    2020 statistic: convictions 2 (traffickers)
    2020 statistic: prosecutions 12 (suspects)
    ");
    // A date of the count's own is kept.
    insta::assert_snapshot!(run(&StatisticRule, "The government convicted two traffickers in 2018.", report(2021)), @"2018 statistic: convictions 2 (traffickers)");
}

#[test]
fn zeros_of_new_or_additional_acts_and_of_acts_reported_as_none() {
    insta::assert_snapshot!(run(&StatisticRule, "Complicity remained a concern, with the government reporting no prosecutions or convictions of officials despite serious allegations.", report(2022)), @r"
    2021 statistic: prosecutions 0
    2021 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not initiate any additional trafficking investigations during the reporting period.", report(2020)), @"2019 statistic: investigations 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report any newly initiated prosecutions or convictions of officials complicit in human trafficking.", report(2018)), @r"
    2017 statistic: prosecutions 0 (complicit officials)
    2017 statistic: convictions 0 (complicit officials)
    ");
}

#[test]
fn those_who_do_the_act_are_not_counted_by_it() {
    insta::assert_snapshot!(run(&StatisticRule, "It established a dedicated unit for prosecuting trafficking crimes composed of seven prosecutors.", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated three prosecutors and prosecuted two investigators for complicity.", report(2021)), @r"
    2020 statistic: investigations 3 (prosecutors)
    2020 statistic: prosecutions 2 (investigators)
    ");
}

#[test]
fn a_date_in_a_relative_clause_after_a_count_is_the_clauses() {
    insta::assert_snapshot!(run(&StatisticRule, "The government assisted in the repatriation of 34 female trafficking victims, who authorities identified in Gulf countries in 2018 and 2019, and provided shelter.", report(2021)), @"2020 statistic: victims_repatriated 34 (female trafficking victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government repatriated 34 victims, whom police had identified in 2018.", report(2021)), @"2020 statistic: victims_repatriated 34 (victims)");
    // A clause holding the next count keeps that count's date.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, the government identified nine victims, which was a decrease from the 40 identified victims in 2018.", report(2020)), @r"
    2019 statistic: victims_identified 9 (victims)
    2018 statistic: victims_identified 40 (identified victims)
    ");
}

#[test]
fn care_given_to_a_count_is_assistance_whatever_verb_gave_it() {
    insta::assert_snapshot!(run(&StatisticRule, "The ministry provided psychological services, economic support, and, in coordination with the Ministry of Health, medical services to the 73 identified victims and ongoing support to 218 victims identified in previous reporting periods.", report(2019)), @r"
    2018 statistic: victims_assisted 73 (identified victims)
    2018 statistic: victims_assisted 218 (victims)
    ");
    // A victim named by a year is no date of the count.
    insta::assert_snapshot!(run(&StatisticRule, "The Ministry of Health provided some medical and psycho-social support to the 2015 victim and the 25 potential trafficking victims.", report(2017)), @"2016 statistic: victims_assisted 25 (potential trafficking victims)");
}

#[test]
fn the_people_with_acts_counted_are_counted_by_those_acts() {
    insta::assert_snapshot!(run(&StatisticRule, "The government reported 22 prosecutions involving 47 suspects, compared with five prosecutions with 14 defendants in 2018.", report(2020)), @r"
    2019 statistic: prosecutions 22
    2019 statistic: prosecutions 47 (suspects)
    2018 statistic: prosecutions 5
    2018 statistic: prosecutions 14 (defendants)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police opened two investigations with 14 suspects.", report(2020)), @r"
    2019 statistic: investigations 2
    2019 statistic: investigations 14 (suspects)
    ");
}

#[test]
fn parts_by_form_adding_up_to_a_whole_the_clause_opens_with_are_no_counts() {
    insta::assert_snapshot!(run(&StatisticRule, "Of the 589 alleged traffickers, 373 were charged with sex trafficking, 81 with labor trafficking, 32 with sex trafficking and forced labor, and 103 with unspecified forms of trafficking.", report(2024)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Of the 130 convictions, courts convicted 68 traffickers for sex trafficking, 31 for forced labor, and 31 for other forms of trafficking.", report(2024)), @"");
    // Outcomes or destinations of the whole are counts.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 44 traffickers arrested, six were convicted and 38 were acquitted.", report(2024)), @"2023 statistic: convictions 6 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "Of the 50 victims, authorities referred 30 to shelters and 20 to NGOs.", report(2024)), @"2023 statistic: victims_referred 30");
    // Counts of the whole's own act are its parts, even when they fall short of it.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 130 convictions, courts convicted 68 traffickers for sex trafficking and 31 for forced labor.", report(2024)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Of these 495 case investigations, officials investigated 127 at the federal level and 368 at the regional level, compared with 27 at the federal level and 145 at the regional level in 2020.", report(2022)), @"2021 statistic: investigations 495");
    // Another act done to the whole's people is a count.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 387 individuals prosecuted, courts convicted 120.", report(2022)), @r"
    2021 statistic: prosecutions 387 (individuals)
    2021 statistic: convictions 120 (individuals)
    ");
}

#[test]
fn a_count_sharing_the_noun_of_a_part_of_people_told_before_is_a_part_too() {
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &["The government reported prosecuting 387 individuals in 2021.", "Officials prosecuted 267 of these individuals under the anti-trafficking law and 120 under the criminal code."], report(2022)), @"2021 statistic: prosecutions 387 (individuals)");
    // A count with its own noun is no part.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &["The government reported prosecuting 387 individuals in 2021.", "Officials prosecuted 267 of these individuals under the anti-trafficking law and investigated 120 new suspects."], report(2022)), @r"
    2021 statistic: prosecutions 387 (individuals)
    2021 statistic: investigations 120 (new suspects)
    ");
}

#[test]
fn zeros_of_securing_and_of_repatriation_and_subjects_ended_by_a_cause() {
    insta::assert_snapshot!(run(&StatisticRule, "It did not report initiating any prosecutions or securing any convictions of trafficking offenders during the reporting period.", report(2014)), @r"
    2013 statistic: prosecutions 0
    2013 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not assist or facilitate the repatriation of any trafficking victims during the reporting period.", report(2018)), @"2017 statistic: victims_repatriated 0 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any labor trafficking victims despite the prevalence of labor trafficking indicators.", report(2023)), @"2022 statistic: victims_identified 0 (labor trafficking victims)");
}

#[test]
fn people_pending_an_act_are_not_counted_by_it() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2004, authorities arrested and released on bail one suspected trafficker pending indictment.", report(2005)), @"");
}

#[test]
fn a_modal_in_a_clause_after_the_counts_hedges_none() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 85 victims and 64 potential victims who officials identified prior to their departure to countries where officials determined they would be vulnerable to trafficking.", report(2019)), @r"
    2018 statistic: victims_identified 85 (victims)
    2018 statistic: victims_identified 64 (potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government said it would identify 30 victims.", report(2019)), @"");
    // A count compared with, named by the noun of a count that is none, is none either.
    insta::assert_snapshot!(run(&StatisticRule, "Of the 721 victims identified, the government issued 91 special immigration passes that would authorize freedom of movement, compared to 12 passes in 2016.", report(2018)), @"2017 statistic: victims_identified 721 (victims)");
}

#[test]
fn a_denial_of_whether_a_metric_act_was_done_tells_no_zero() {
    // Not told whether: no information, which is no zero.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report whether it investigated, prosecuted, or convicted any traffickers.", report(2023)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Despite evidence of many victims, the government did not indicate whether it investigated, prosecuted, or convicted any labor trafficking offenders.", report(2011)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not report if they identified any victims.", report(2023)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report whether it had any cases.", report(2023)), @"");
    // A zero told in a clause of its own still is one.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not prosecute any traffickers, and it did not report whether it identified any victims.", report(2023)), @"2022 statistic: prosecutions 0 (traffickers)");
}

#[test]
fn a_count_told_as_the_one_before_changed_takes_its_metric() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 14 victims in 2013; this number rose to 17 in 2014.", wiki()), @r"
        2013 statistic: victims_identified 14 (victims)
        2014 statistic: victims_identified 17 (victims)
        ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 30 cases in 2012, which fell to 12 in 2013.", wiki()), @r"
        2012 statistic: investigations 30 (cases)
        2013 statistic: investigations 12 (cases)
        ");
    // Something else changed is no count.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 30 cases in 2012; the budget rose to 300 million in 2013.", wiki()), @"2012 statistic: investigations 30 (cases)");
}

#[test]
fn figures_compared_respectively_answer_the_counts_before_them_in_order() {
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted 12 suspects and convicted five traffickers in 2020, compared with 30 and 10, respectively, in 2019.", wiki()), @r"
        2020 statistic: prosecutions 12 (suspects)
        2020 statistic: convictions 5 (traffickers)
        2019 statistic: prosecutions 30 (suspects)
        2019 statistic: convictions 10 (traffickers)
        ");
    // The list closed by its year, "respectively" left out.
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated 15 cases and prosecuted nine, compared with 20 and 12 in 2019.", report(2021)), @r"
    2020 statistic: investigations 15 (cases)
    2020 statistic: prosecutions 9 (cases)
    2019 statistic: investigations 20 (cases)
    2019 statistic: prosecutions 12 (cases)
    ");
    // One count before: both figures are its own, of the year.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims, compared with 20 and 15 in 2019.", report(2021)), @r"
    2020 statistic: victims_identified 40 (victims)
    2019 statistic: victims_identified 20 (victims)
    2019 statistic: victims_identified 15 (victims)
    ");
    // Figures of the parts of a breakdown are not counts, as the parts are not.
    insta::assert_snapshot!(run(&StatisticRule, "The government initiated 40 investigations (24 for sex trafficking and 16 for labor trafficking), compared with one and seven, respectively, in 2019.", report(2021)), @"2020 statistic: investigations 40");
    // One that answers no count told is none.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims and arrested 20 suspects in 2020, compared with 30 and 10, respectively, in 2019.", wiki()), @r"
        2020 statistic: victims_identified 40 (victims)
        2019 statistic: victims_identified 30 (victims)
        ");
}

#[test]
fn a_bare_count_recognized_as_victims_is_of_victims_identified() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials screened 2,000 migrants and identified 12 as trafficking victims.", report(2019)), @"2018 statistic: victims_identified 12 (trafficking victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Of these, authorities identified 12 as victims of trafficking.", report(2019)), @"2018 statistic: victims_identified 12 (victims)");
    // Not a count recognized as something else.
    insta::assert_snapshot!(run(&StatisticRule, "The court sentenced 12 as accomplices.", report(2019)), @"");
}

#[test]
fn a_bare_count_with_a_year_told_relative_to_the_one_before() {
    insta::assert_snapshot!(run(&StatisticRule, "The government initiated 15 investigations in 2019 and 22 the following year.", wiki()), @r"
        2019 statistic: investigations 15
        2020 statistic: investigations 22
        ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims in 2016, and 25 a year later.", wiki()), @r"
        2016 statistic: victims_identified 40 (victims)
        2017 statistic: victims_identified 25 (victims)
        ");
    // The year after the next count is that count's alone.
    insta::assert_snapshot!(run(&StatisticRule, "The government initiated 15 investigations and 22 the previous year.", report(2021)), @r"
        2020 statistic: investigations 15
        2019 statistic: investigations 22
        ");
    // A year after a count with its own noun still dates both.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 15 sex trafficking victims and 22 labor trafficking victims the previous year.", report(2021)), @r"
        2019 statistic: victims_identified 15 (sex trafficking victims)
        2019 statistic: victims_identified 22 (labor trafficking victims)
        ");
}

#[test]
fn a_count_told_with_there_were_and_its_act_can_change() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2013 there were 14 male victims identified, this rose to 17 in 2014.", wiki()), @r"
        2013 statistic: victims_identified 14 (male victims)
        2014 statistic: victims_identified 17 (male victims)
        ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2015 there were 30 cases prosecuted, which fell to 12 in 2016.", wiki()), @r"
        2015 statistic: prosecutions 30 (cases)
        2016 statistic: prosecutions 12 (cases)
        ");
    // What a part is, told by "there were", stays a part.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims in 2017; of these, there were seven women, a decrease from 12 in 2016.", wiki()), @"2017 statistic: victims_identified 40 (victims)");
}

#[test]
fn a_count_told_as_a_rate_is_no_year_s_count() {
    insta::assert_snapshot!(run(&StatisticRule, "In Testland, several hundred cases are officially registered each year.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Annually, police identify about 300 trafficking victims.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police identify about 300 trafficking victims per year, and prosecutors charged 40 suspects in 2019.", wiki()), @"2019 statistic: prosecutions 40 (suspects)");
    // A rate in brackets is another figure's: the count before it is over its years.
    insta::assert_snapshot!(run(&StatisticRule, "From 2016 to 2020, Testland identified 1152 victims of human trafficking (an average of almost 25 people per month).", wiki()), @"undated statistic: victims_identified 1152 (victims)");
}

#[test]
fn people_told_in_the_passive_to_be_victims_are_victims_identified() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 45 women were identified as victims of trafficking.", wiki()), @"2019 statistic: victims_identified 45 (women)");
    insta::assert_snapshot!(run(&StatisticRule, "From 2016 to 2018, 61 persons were officially determined to be victims of human trafficking.", wiki()), @"undated statistic: victims_identified 61 (persons)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 45 migrants were found to be victims of trafficking.", wiki()), @"2019 statistic: victims_identified 45 (migrants)");
    // Told to be something else, they are not.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 45 people were identified as traffickers.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 45 people were found to be victims of fraud.", wiki()), @"");
    // A participle right after the people, with no auxiliary, an adverb or a relative
    // pronoun.
    insta::assert_snapshot!(run(&StatisticRule, "In 2011, there was one case involving six individuals identified as trafficking victims by authorities.", wiki()), @"2011 statistic: victims_identified 6 (individuals)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2017, officials referred 121 victims out of 164 individuals proactively identified as potential victims.", wiki()), @r"
    2017 statistic: victims_referred 121 (victims)
    2017 statistic: victims_identified 164 (individuals)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2015, 69 individuals who were initially identified as potential victims received care.", wiki()), @"2015 statistic: victims_identified 69 (individuals)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 45 people identified as traffickers were arrested.", wiki()), @"");
}

#[test]
fn a_figure_compared_with_a_count_left_untold_is_its_verbs_metric() {
    insta::assert_snapshot!(run(&StatisticRule, "It is unclear how many cases of potential trafficking the government investigated in 2016, compared with 66 cases in 2015.", report(2017)), @"2015 statistic: investigations 66 (cases)");
    insta::assert_snapshot!(run(&StatisticRule, "It is not known how many victims authorities identified, compared with 40 victims in 2015.", report(2017)), @"2015 statistic: victims_identified 40 (victims)");
    // The untold count itself is no zero.
    insta::assert_snapshot!(run(&StatisticRule, "It is unclear how many cases the government investigated in 2016.", report(2017)), @"");
}

#[test]
fn a_figure_compared_with_a_denial_is_the_denied_metric() {
    insta::assert_snapshot!(run(&StatisticRule, "The government investigated 18 cases involving 27 suspects (nine cases involving 11 suspects in 2020), prosecuted 14 defendants (five in 2020), and did not convict any traffickers (zero in 2020).", report(2022)), @r"
    2021 statistic: investigations 18 (cases)
    2021 statistic: investigations 27 (suspects)
    2020 statistic: investigations 9 (cases)
    2020 statistic: investigations 11 (suspects)
    2021 statistic: prosecutions 14 (defendants)
    2020 statistic: prosecutions 5 (defendants)
    2021 statistic: convictions 0 (traffickers)
    2020 statistic: convictions 0 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted 14 defendants and did not convict any traffickers, compared with nine in 2020.", report(2022)), @r"
    2021 statistic: prosecutions 14 (defendants)
    2021 statistic: convictions 0 (traffickers)
    2020 statistic: convictions 9 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted 14 defendants, and did not convict any traffickers (two in 2020).", report(2022)), @r"
    2021 statistic: prosecutions 14 (defendants)
    2021 statistic: convictions 0 (traffickers)
    2020 statistic: convictions 2 (traffickers)
    ");
    // Each year of the comparison, the figure of the same denial.
    insta::assert_snapshot!(run(&StatisticRule, "NGOs did not identify any potential victims, compared with nine in 2020 and seven in 2019.", report(2022)), @r"
    2021 statistic: victims_identified 0 (potential victims)
    2020 statistic: victims_identified 9 (potential victims)
    2019 statistic: victims_identified 7 (potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not convict any traffickers, an increase from two in 2020, and four in 2019.", report(2022)), @r"
    2021 statistic: convictions 0 (traffickers)
    2020 statistic: convictions 2 (traffickers)
    2019 statistic: convictions 4 (traffickers)
    ");
}

#[test]
fn none_as_object_or_subject_of_a_metric_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted 14 defendants but convicted none.", report(2022)), @r"
    2021 statistic: prosecutions 14 (defendants)
    2021 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases; none resulted in convictions.", report(2022)), @r"
    2021 statistic: investigations 12 (cases)
    2021 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases, none of which have resulted in a conviction.", report(2022)), @r"
    2021 statistic: investigations 12 (cases)
    2021 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police looked into 22 cases of forced begging, although none of these led to prosecution or convictions.", report(2022)), @r"
    2021 statistic: prosecutions 0
    2021 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "This compared with investigating 14 cases in 2019, although none of these resulted in a prosecution, and no investigations in 2018.", report(2022)), @r"
    2019 statistic: investigations 14 (cases)
    2019 statistic: prosecutions 0
    2018 statistic: investigations 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Officers opened nine inquiries; none of them has led to an investigation, prosecution, or conviction.", report(2022)), @r"
    2021 statistic: investigations 0
    2021 statistic: prosecutions 0
    2021 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities arrested 30 suspects in 2020, but none were prosecuted.", report(2022)), @"2020 statistic: prosecutions 0");
    insta::assert_snapshot!(run(&StatisticRule, "Police screened 300 women in prostitution, but none were identified as trafficking victims.", report(2022)), @"2021 statistic: victims_identified 0");
    // "none" of no metric's act.
    for s in [
        "Police investigated 14 cases and none were closed.",
        "Of the 1,298 individuals convicted on prostitution charges in 2017, none were trafficking victims.",
    ] {
        let got = run(&StatisticRule, s, report(2022));
        assert!(!got.contains(" 0"), "{s}: {got}");
    }
}

#[test]
fn a_bracket_restating_the_counts_in_another_year() {
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 40 cases (12 cases in 2020).", report(2022)), @r"
    2021 statistic: investigations 40 (cases)
    2020 statistic: investigations 12 (cases)
    ");
    // A breakdown in a bracket, the year after it, stays a breakdown.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 150 victims (53 victims of sex trafficking and 97 victims of labor trafficking) in 2021.", report(2022)), @"2021 statistic: victims_identified 150 (victims)");
}

#[test]
fn victims_reported_or_recorded_are_identified() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2010, the government reported 102 victims of trafficking, of whom 85 were women.", wiki()), @"2010 statistic: victims_identified 102 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry recorded a total of 64 victims in 2013.", wiki()), @"2013 statistic: victims_identified 64 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "NGOs documented 40 trafficking victims in 2015.", wiki()), @"2015 statistic: victims_identified 40 (trafficking victims)");
    // A metric verb after the reporting verb is the count's.
    insta::assert_snapshot!(run(&StatisticRule, "In 2016 the government reported assisting 30 victims.", wiki()), @"2016 statistic: victims_assisted 30 (victims)");
    // The count must be the verb's object, and a count of victims.
    insta::assert_snapshot!(run(&StatisticRule, "Officials reported the forced begging of two boys in 2017.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "NGOs documented 40 cases of forced labor in 2015.", wiki()), @"");
}

#[test]
fn victims_rescued_are_identified() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2014, authorities rescued 1,200 victims.", wiki()), @"2014 statistic: victims_identified 1200 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police rescued 45 potential victims in raids on brothels.", report(2016)), @"2015 statistic: victims_identified 45 (potential victims)");
    // Rescued ones among those identified are a part; operations and rescuers count no victims.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 150 victims, including 100 rescued in raids.", report(2016)), @"2015 statistic: victims_identified 150 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police conducted 12 rescue operations.", report(2016)), @"");
}

#[test]
fn a_part_of_convicted_people_done_no_metric_is_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Twenty of the 26 convicted traffickers served time in prison.", report(2008)), @"2007 statistic: convictions 26 (convicted traffickers)");
    // The whole's participle after its noun, then the part's own verb of no metric.
    for (s, want) in [
        ("Only one of the three individuals convicted under a trafficking statute served jail time.", "2007 statistic: convictions 3 (individuals)"),
        ("Two of the 14 traffickers convicted received suspended sentences.", "2007 statistic: convictions 14 (traffickers)"),
    ] {
        assert_eq!(run(&StatisticRule, s, report(2008)), want, "{s}");
    }
    insta::assert_snapshot!(run(&StatisticRule, "Of the 26 convicted traffickers, 20 served time in prison.", report(2008)), @"2007 statistic: convictions 26 (convicted traffickers)");
    // A part of victims given care is still counted.
    insta::assert_snapshot!(run(&StatisticRule, "Fourteen of the 23 victims received shelter.", report(2008)), @"2007 statistic: victims_assisted 14 (victims)");
}

#[test]
fn victims_who_helped_the_justice_system_were_not_assisted() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2011, 23 victims assisted law enforcement.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Nine victims assisted in the prosecution of their traffickers.", report(2012)), @"");
    // Victims assisted somewhere, or by someone, were given care.
    insta::assert_snapshot!(run(&StatisticRule, "Twelve victims assisted in shelters received medical care.", report(2012)), @"2011 statistic: victims_assisted 12 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government assisted 30 victims.", report(2012)), @"2011 statistic: victims_assisted 30 (victims)");
}

#[test]
fn officials_who_attended_training_were_trained() {
    insta::assert_snapshot!(run(&StatisticRule, "More than 2,000 police officers attended anti-trafficking seminars.", report(2017)), @"2016 statistic: officials_trained more_than 2000 (police officers)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, 340 officials participated in trainings on victim identification.", wiki()), @"2016 statistic: officials_trained 340 (officials)");
    // Workshops counted, or organizations represented, are no people trained.
    insta::assert_snapshot!(run(&StatisticRule, "Officials attended 12 workshops on trafficking.", report(2017)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Representatives of 40 NGOs attended the workshop.", report(2017)), @"");
}

#[test]
fn cases_restated_by_their_number_take_that_counts_metric() {
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "In 2003, prosecutors tried 41 trafficking cases and convicted traffickers in 29 cases.",
        "These results represent increases of 215% and 190%, respectively, over 2002.",
        "Those 29 cases involved 32 defendants.",
        "The 41 cases involved 50 suspects.",
    ], report(2004)), @r"
    2003 statistic: prosecutions 41 (trafficking cases)
    2003 statistic: convictions 29 (cases)
    2003 statistic: convictions 32 (defendants)
    2003 statistic: prosecutions 50 (suspects)
    ");
    // People of convictions told before are convicted, not only sentenced.
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &[
        "In 2003, prosecutors convicted traffickers in 29 cases.",
        "Those 29 cases involved 32 defendants of whom 11 were sentenced to prison terms.",
    ], report(2004)), @r"
    2003 statistic: convictions 29 (cases)
    2003 statistic: convictions 32 (defendants)
    ");
}

#[test]
fn counts_in_an_aside_told_by_the_participle_of_a_noun_named_before() {
    insta::assert_snapshot!(run(&StatisticRule, "This represented a continual decrease in identified victims in comparison to previous reporting periods (300 identified in 2019; 490 identified in 2018).", report(2021)), @r"
    2019 statistic: victims_identified 300 (identified victims)
    2018 statistic: victims_identified 490 (identified victims)
    ");
    // A count with no participle, or one that names nothing before, counts nothing.
    insta::assert_snapshot!(run(&StatisticRule, "This represented a decrease in identified victims (300 in 2019).", report(2021)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The law protects identified victims (12 referred in 2019).", report(2021)), @"");
}

#[test]
fn a_count_of_one_told_in_the_passive() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2005, a trafficker was convicted and sentenced to five years.", wiki()), @"2005 statistic: convictions 1 (trafficker)");
    insta::assert_snapshot!(run(&StatisticRule, "A foreign national was convicted of child sexual abuse in 2005.", wiki()), @"2005 statistic: convictions 1 (foreign national)");
    // Whenever one is, one denied, or an act that is no metric: no count.
    insta::assert_snapshot!(run(&StatisticRule, "When a victim was identified in 2005, police referred her to a shelter.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In 2005, a suspected trafficker was arrested.", wiki()), @"");
    insta::assert_snapshot!(run(&StatisticRule, "In 2005, a man was not prosecuted.", wiki()), @"");
}

#[test]
fn years_of_the_offenses_are_not_the_counts() {
    insta::assert_snapshot!(run(&StatisticRule, "The court convicted one trafficker and sentenced him to 55 years in prison for kidnapping and exploiting a girl from 2017 through 2019.", report(2021)), @"2020 statistic: convictions 1 (trafficker)");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted two traffickers for crimes committed between 2015 and 2017.", report(2019)), @"2018 statistic: convictions 2 (traffickers)");
    // A span told of the count itself leaves it without one year.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 40 cases from 2015 to 2017.", report(2019)), @"undated statistic: investigations 40 (cases)");
}

#[test]
fn victims_told_to_exist_in_another_country_are_not_its_count() {
    // Through the whole pipeline, with the country of an article's title.
    let statistics = |country: &str, sentence: &str| {
        let text = format!("= Human trafficking in {country} =\n\n{sentence}\n");
        let statistics: Vec<_> = crate::extract(&text)
            .events
            .into_iter()
            .filter(|e| e.kind() == crate::event::EventKind::Statistic)
            .collect();
        crate::rules::testing::render(&statistics)
    };
    let in_luxembourg = "There were reportedly six French women subjected to forced prostitution in Luxembourg in 2009.";
    insta::assert_snapshot!(statistics("France", in_luxembourg), @"");
    insta::assert_snapshot!(statistics("Luxembourg", in_luxembourg), @"2009 statistic: victims_identified 6 (French women)");
    // A sentence set in another country tells that country's counts.
    let in_thailand = "In Thailand, authorities identified 40 Cambodian victims in 2009.";
    insta::assert_snapshot!(statistics("Cambodia", in_thailand), @"");
    insta::assert_snapshot!(statistics("Thailand", in_thailand), @"2009 statistic: victims_identified 40 (Cambodian victims)");
    // So are the counts of another country's agents.
    let greek = "In 2007, Greek law enforcement authorities identified a female sex trafficking victim from Sudan.";
    insta::assert_snapshot!(statistics("Sudan", greek), @"");
    insta::assert_snapshot!(statistics("Greece", greek), @"2007 statistic: victims_identified 1 (female sex trafficking victim)");
    let south_african = "South African police identified 30 Zimbabwean women as victims in 2019.";
    insta::assert_snapshot!(statistics("Zimbabwe", south_african), @"");
    insta::assert_snapshot!(statistics("South Africa", south_african), @"2019 statistic: victims_identified 30 (Zimbabwean women)");
    // Another name of the text's own country is not another country.
    for (country, sentence) in [
        (
            "Myanmar",
            "In Burma, authorities identified 50 victims in 2019.",
        ),
        ("Myanmar", "Burmese police identified 50 victims in 2019."),
        (
            "the United Kingdom",
            "In Great Britain, police identified 50 victims in 2019.",
        ),
    ] {
        assert_eq!(
            statistics(country, sentence),
            "2019 statistic: victims_identified 50 (victims)",
            "{country}: {sentence}"
        );
    }
    assert_eq!(
        statistics(
            "Madagascar",
            "In Great Britain, police identified 50 victims in 2019."
        ),
        ""
    );
}

#[test]
fn any_of_those_told_before_denied_is_no_zero() {
    counts_nothing(
        &[
            "Migrants transit the country to reach Western Europe, although police have yet to identify any as trafficking victims.",
            "Police screened 300 migrants but did not identify any of them as trafficking victims.",
        ],
        report(2016),
    );
    insta::assert_snapshot!(run(&StatisticRule, "Police did not identify any trafficking victims.", report(2016)), @"2015 statistic: victims_identified 0 (trafficking victims)");
    // "as" ends the people denied.
    insta::assert_snapshot!(run(&StatisticRule, "Courts did not convict any traffickers, as in the previous year.", report(2016)), @"2015 statistic: convictions 0 (traffickers)");
}

#[test]
fn a_list_of_groups_of_people_shares_its_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 8,651 boys, 7,238 women, 5,532 girls, and 1,696 men as trafficking victims.", report(2018)), @r"
    2017 statistic: victims_identified 8651 (boys)
    2017 statistic: victims_identified 7238 (women)
    2017 statistic: victims_identified 5532 (girls)
    2017 statistic: victims_identified 1696 (men)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 12 children, 7 women and 3 men in forced labor.", report(2018)), @r"
    2017 statistic: victims_identified 12 (children)
    2017 statistic: victims_identified 7 (women)
    2017 statistic: victims_identified 3 (men)
    ");
    // Recognized "as victims" together, each count keeps its own people.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 12 women and three men as trafficking victims.", report(2018)), @r"
    2017 statistic: victims_identified 12 (women)
    2017 statistic: victims_identified 3 (men)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 12 women, five girls, and three men as victims.", report(2018)), @r"
    2017 statistic: victims_identified 12 (women)
    2017 statistic: victims_identified 5 (girls)
    2017 statistic: victims_identified 3 (men)
    ");
    // A comma that opens no count ends the people recognized.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 12 workers, some of whom were later recognized as victims.", report(2018)), @"");
    // Told after a whole of another year, in a sentence that tells none, they are its parts.
    let paragraph = [
        "The NCRB reported the government's identification of 22,955 victims in 2016, compared with 8,281 in 2015.",
        "The government identified 8,651 boys, 7,238 women, 5,532 girls, and 1,696 men as trafficking victims.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2018)), @r"
    2016 statistic: victims_identified 22955 (victims)
    2015 statistic: victims_identified 8281 (victims)
    ");
}

#[test]
fn groups_of_people_fewer_than_the_victims_identified_before_are_their_parts() {
    let paragraph = [
        "Authorities reported identifying 47 trafficking victims, compared with 25 total in 2018.",
        "The government identified 12 women and girls forced to work as hostesses (three in 2018), and 35 female sex trafficking victims (20 in 2018).",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2020)), @r"
    2019 statistic: victims_identified 47 (trafficking victims)
    2018 statistic: victims_identified 25 (trafficking victims)
    ");
    // Victims of one origin too.
    let paragraph = [
        "The government identified 576 new victims in 2022, an increase compared with 493 in 2021.",
        "For the first time, the government identified two Italian national victims of enslavement.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2023)), @r"
    2022 statistic: victims_identified 576 (new victims)
    2021 statistic: victims_identified 493 (new victims)
    ");
    // Children beside a count of adults are none of them.
    let paragraph = [
        "The government identified 47 adult victims of trafficking, compared with 37 victims in 2019.",
        "Officials also reported identifying two child trafficking victims during the reporting period.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2021)), @r"
    2020 statistic: victims_identified 47 (adult victims)
    2019 statistic: victims_identified 37 (victims)
    2020 statistic: victims_identified 2 (child trafficking victims)
    ");
    // Nor are they of the figures of other years told after the adults by their bare noun.
    let paragraph = [
        "Police identified 60 adult victims in 2021, compared with 52 victims in 2020, 44 in 2019, and 30 victims in 2018.",
        "Police identified four child victims in 2021, compared with three in 2020 and six in 2019.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2022)), @r"
    2021 statistic: victims_identified 60 (adult victims)
    2020 statistic: victims_identified 52 (victims)
    2019 statistic: victims_identified 44 (victims)
    2018 statistic: victims_identified 30 (victims)
    2021 statistic: victims_identified 4 (child victims)
    2020 statistic: victims_identified 3 (child victims)
    2019 statistic: victims_identified 6 (child victims)
    ");
    // Figures told after a count of no age group still have the children among them.
    let paragraph = [
        "Police identified 60 victims in 2021, compared with 52 victims in 2020 and 44 in 2019.",
        "Police identified four child victims in 2021, compared with three in 2020 and six in 2019.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2022)), @r"
    2021 statistic: victims_identified 60 (victims)
    2020 statistic: victims_identified 52 (victims)
    2019 statistic: victims_identified 44 (victims)
    ");
    // A whole told by its lower bound: "at least".
    let paragraph = [
        "The government reported identifying at least 214 victims in 2018.",
        "The government also identified five child victims of both sex and labor trafficking.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2019)), @"2018 statistic: victims_identified at_least 214 (victims)");
    // More than the whole, or told by no group, is a count of its own.
    let paragraph = [
        "Authorities reported identifying 47 trafficking victims.",
        "NGOs identified 60 female victims in 2019, and labor inspectors identified 12 victims.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2020)), @r"
    2019 statistic: victims_identified 47 (trafficking victims)
    2019 statistic: victims_identified 60 (female victims)
    2019 statistic: victims_identified 12 (victims)
    ");
}

#[test]
fn a_group_counted_by_a_body_named_is_that_bodys_own_count() {
    let paragraph = [
        "Authorities reported identifying 300 trafficking victims in 2019.",
        "The National Child Welfare Institute (NCWI) identified 40 girls.",
        "The Ministry of Labor reported identifying 25 foreign victims.",
        "In 2019, the Anti-Trafficking Unit identified 30 child victims.",
        "NGOs identified 12 male victims.",
        "Agencies kept records; for example, the Ministry of Health reported its staff identified 16 adult and 9 child victims.",
        "In addition, in 2019, the Labor Inspectorate identified 14 female victims.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2020)), @r"
    2019 statistic: victims_identified 300 (trafficking victims)
    2019 statistic: victims_identified 40 (girls)
    2019 statistic: victims_identified 25 (foreign victims)
    2019 statistic: victims_identified 30 (child victims)
    2019 statistic: victims_identified 12 (male victims)
    2019 statistic: victims_identified 16 (adult victims)
    2019 statistic: victims_identified 9 (child victims)
    2019 statistic: victims_identified 14 (female victims)
    ");
    // Told by no body of its own name, the group is some of the victims told before.
    let paragraph = [
        "Authorities reported identifying 300 trafficking victims in 2019.",
        "Officials identified 40 girls.",
        "In their joint operations, the police identified 30 child victims.",
        "The government identified 25 foreign victims.",
        "For example, officials identified 16 adult and 9 child victims.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2020)), @"2019 statistic: victims_identified 300 (trafficking victims)");
}

#[test]
fn counts_a_plan_or_an_aim_governs_are_not_done() {
    counts_nothing(
        &[
            "The government planned to train 300 labor inspectors in 2018.",
            "The ministry aimed to identify 100 victims.",
            "Courts were scheduled to hear 30 trafficking cases.",
            "The government sought to prosecute 12 suspects but courts convicted only two.",
        ],
        report(2019),
    );
    // A count before the plan, or in a clause of its own after it, was done.
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified 45 victims and planned to open a second shelter.", report(2019)), @"2018 statistic: victims_identified 45 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government trained 300 officials in a program intended to improve victim identification.", report(2019)), @"2018 statistic: officials_trained 300 (officials)");
    insta::assert_snapshot!(run(&StatisticRule, "Courts were expected to hear 30 cases; by the end of the year they had convicted 12 traffickers.", report(2019)), @"2018 statistic: convictions 12 (traffickers)");
}

#[test]
fn referrals_told_by_their_sources_keep_the_states_own() {
    insta::assert_snapshot!(run(&StatisticRule, "Law enforcement referred 12 victims to NGOs, foreign embassies referred three, NGOs referred 23, international organizations referred seven, and 31 victims self-referred.", report(2020)), @"2019 statistic: victims_referred 12 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Police referred 73 victims and 88 were referred by international organizations.", report(2016)), @"2015 statistic: victims_referred 73 (victims)");
    // A referral by others told alone keeps its count.
    insta::assert_snapshot!(run(&StatisticRule, "NGOs referred 20 victims to government shelters.", report(2020)), @"2019 statistic: victims_referred 20 (victims)");
}

#[test]
fn a_part_of_a_group_takes_the_date_of_the_nearest_whole() {
    // The whole in the part's own sentence comes before one told in an earlier year.
    let nearest = [
        "Authorities identified 285 victims in 2017.",
        "The government identified eight victims; it provided assistance to six of the victims upon their return.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &nearest, report(2022)), @r"
    2017 statistic: victims_identified 285 (victims)
    2021 statistic: victims_identified 8 (victims)
    2021 statistic: victims_assisted 6 (victims)
    ");
    let earlier = [
        "Authorities identified 285 victims in 2017.",
        "The government provided assistance to six of the victims.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &earlier, report(2022)), @r"
    2017 statistic: victims_identified 285 (victims)
    2017 statistic: victims_assisted 6 (victims)
    ");
}

#[test]
fn a_part_of_a_group_told_with_its_number_is_no_count_of_its_own() {
    // The whole restated by its number: the part is among those counted before.
    let parted = [
        "Courts convicted 10 traffickers.",
        "Eight of the 10 traffickers were convicted of procurement and two of sex trafficking.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &parted, report(2019)), @"2018 statistic: convictions 10 (traffickers)");
    let in_words = [
        "Courts convicted ten traffickers.",
        "Eight of the ten traffickers were convicted of procurement.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &in_words, report(2019)), @"2018 statistic: convictions 10 (traffickers)");
    // Another number is another group; another act done to the part is a count.
    let other_group = [
        "Courts convicted 10 traffickers.",
        "Eight of the 12 traffickers were convicted of procurement.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &other_group, report(2019)), @r"
    2018 statistic: convictions 10 (traffickers)
    2018 statistic: convictions 8 (traffickers)
    ");
    let referred = [
        "Police identified 10 victims.",
        "Eight of the 10 victims were referred to shelters.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &referred, report(2019)), @r"
    2018 statistic: victims_identified 10 (victims)
    2018 statistic: victims_referred 8 (victims)
    ");
}

#[test]
fn people_reported_missing_or_dead_are_no_victims_found() {
    counts_nothing(
        &[
            "Of the 47 children who were reported missing from state care in 2009, nine were recovered.",
            "In 2009, 47 children were reported missing.",
            "Twelve migrants were reported dead after the boat capsized.",
            "NGOs reported 12 victims missing from shelters.",
            "Police reported 12 trafficking victims dead after the boat capsized.",
        ],
        report(2010),
    );
    // A state told of the victims found does not undo the finding.
    insta::assert_snapshot!(run(&StatisticRule, "NGOs reported 12 victims, three of whom later went missing from shelters.", report(2010)), @"2009 statistic: victims_identified 12 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2009, 47 children were reported as trafficking victims.", report(2010)), @"2009 statistic: victims_identified 47 (children)");
}

#[test]
fn counts_told_to_be_for_smuggling_are_no_trafficking_counts() {
    counts_nothing(
        &[
            "It prosecuted and convicted on smuggling charges 10 suspected traffickers in seven cases.",
            "Courts convicted 10 defendants for smuggling.",
            "Courts convicted 10 defendants in 2016 for migrant smuggling.",
            // Fraud in recruiting workers, likewise.
            "NGOs reported the government did not initiate any new investigations into fraudulent recruitment.",
            "The government initiated 12 investigations into illegal recruitment.",
            "Courts convicted four defendants on illegal recruitment charges.",
            // And employers keeping passports.
            "The government did not investigate any reports of employer passport retention.",
        ],
        report(2017),
    );
    // A charge after a count is not the verb's for the count after "and".
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 40 cases of illegal recruitment and 12 trafficking cases.", report(2017)), @"2016 statistic: investigations 12 (trafficking cases)");
    // The charge is its nearest count's, in its clause; trafficking joined to it stands.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases of trafficking and 30 cases of migrant smuggling.", report(2017)), @"2016 statistic: investigations 12 (cases)");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 10 defendants for smuggling and trafficking.", report(2017)), @"2016 statistic: convictions 10 (defendants)");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 10 defendants for smuggling and for trafficking in São Tomé.", report(2017)), @"2016 statistic: convictions 10 (defendants)");
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted nine suspected traffickers, but judges convicted all defendants for smuggling.", report(2017)), @"2016 statistic: prosecutions 9 (suspected traffickers)");
    // The figure a dropped count is compared with goes with it; not past a semicolon.
    counts_nothing(
        &["Courts convicted 10 defendants for smuggling, compared with five in 2015."],
        report(2017),
    );
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 10 defendants for smuggling; police investigated 30 trafficking cases, compared with 20 in 2015.", report(2017)), @r"
    2016 statistic: investigations 30 (trafficking cases)
    2015 statistic: investigations 20 (trafficking cases)
    ");
}

#[test]
fn counts_told_to_be_for_child_labor_are_no_trafficking_counts() {
    counts_nothing(
        &[
            "The government prosecuted four defendants for exploitative child labor using the Children's Act, compared with five in 2019.",
            "Labor inspectors investigated 300 cases of child labor.",
            "Courts convicted two employers on charges of illegal child labour.",
        ],
        report(2021),
    );
    // Forced child labor, and child labor trafficking, are trafficking; other counts stand.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases of forced child labor.", report(2021)), @"2020 statistic: investigations 12 (cases)");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 20 cases of child labor trafficking.", report(2021)), @"2020 statistic: investigations 20 (cases)");
    insta::assert_snapshot!(run(&StatisticRule, "Inspectors investigated 300 cases of child labor and identified 12 trafficking victims.", report(2021)), @"2020 statistic: victims_identified 12 (trafficking victims)");
}

#[test]
fn counts_told_to_be_for_corruption_are_no_trafficking_counts() {
    counts_nothing(
        &[
            "These efforts included convicting two former officials of corruption-related activities that contributed to vulnerabilities in overseas worker recruitment.",
            "Courts convicted three officials on corruption charges.",
        ],
        report(2021),
    );
    // Corruption joined to trafficking, or told of another count, leaves the count.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted three officials for corruption and trafficking.", report(2021)), @"2020 statistic: convictions 3 (officials)");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted 12 traffickers, and police investigated two officials for corruption.", report(2021)), @"2020 statistic: convictions 12 (traffickers)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities investigated 20 cases of trafficking-related corruption.", report(2021)), @"2020 statistic: investigations 20 (cases)");
}

#[test]
fn a_listed_denial_of_things_told_denies_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not make efforts to identify victims or investigate the persistent reports.", report(2020)), @"2019 statistic: victims_identified 0 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported no efforts to identify victims or investigate suspected trafficking offenses.", report(2020)), @r"
    2019 statistic: victims_identified 0 (victims)
    2019 statistic: investigations 0 (suspected trafficking offenses)
    ");
}

#[test]
fn victims_others_than_the_state_found_abroad_are_not_the_country_s() {
    let stats = |body: &str| {
        let text = format!("= Bangladesh — 2020 Trafficking in Persons Report =\n\n{body}\n");
        crate::rules::testing::facts_of_kind(&text, EventKind::Statistic).join("\n")
    };
    assert_eq!(stats("While international organizations identified more than 1,000 potential Bangladeshi forced labor victims in Saudi Arabia during the reporting period, the government did not provide services."), "");
    assert_eq!(
        stats("NGOs identified 40 Bangladeshi victims in India."),
        ""
    );
    // Found at home by others, or abroad by the state, they are.
    insta::assert_snapshot!(stats("NGOs identified 40 victims in Dhaka."), @"victims_identified 40 (victims)");
    insta::assert_snapshot!(stats("The government identified 40 Bangladeshi victims in Saudi Arabia."), @"victims_identified 40 (Bangladeshi victims)");
}

/// Asserts that the statistic rule counts nothing in each text.
fn counts_nothing(texts: &[&str], anchor: crate::temporal::Anchor) {
    for text in texts {
        assert_eq!(run(&StatisticRule, text, anchor), "", "{text}");
    }
}

#[test]
fn a_figure_compared_with_the_participle_of_the_count_compared_counts_its_act() {
    insta::assert_snapshot!(run(&StatisticRule, "The government repatriated two victims identified in South Africa, compared to 10 victims identified in various countries in 2018.", report(2020)), @r"
    2019 statistic: victims_repatriated 2 (victims)
    2018 statistic: victims_repatriated 10 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Officials referred 45 children identified by the police to shelters, compared with 30 children identified by the police in 2020.", report(2022)), @r"
    2021 statistic: victims_referred 45 (children)
    2020 statistic: victims_referred 30 (children)
    ");
    // A participle of its own names its own act.
    insta::assert_snapshot!(run(&StatisticRule, "The government repatriated two victims, compared to 10 victims identified in 2018.", report(2020)), @r"
    2019 statistic: victims_repatriated 2 (victims)
    2018 statistic: victims_identified 10 (victims)
    ");
}

#[test]
fn an_agent_joined_to_another_verb_ends_before_the_joining_word() {
    insta::assert_snapshot!(run(&StatisticRule, "Eleven victims were either identified by police or referred by NGOs.", report(2020)), @"2019 statistic: victims_identified 11 (police)");
}

#[test]
fn a_year_aside_of_a_number_read_as_no_count_counts_nothing() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 50 victims in 2020 (53 in 2019) and an NGO identified 11 victims (13 in 2019), bringing the total to 61 (66 in 2019).", report(2021)), @r"
    2020 statistic: victims_identified 50 (victims)
    2019 statistic: victims_identified 53 (victims)
    2020 statistic: victims_identified 11 (victims)
    2019 statistic: victims_identified 13 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The police reported identifying 530 victims (432 in 2017); regional health care organizations 91 (320 in 2017); labor inspectors 75 (38 in 2017).", report(2019)), @r"
    2018 statistic: victims_identified 530 (victims)
    2017 statistic: victims_identified 432 (victims)
    ");
}

#[test]
fn a_singular_coordinated_before_the_plural_head_modifies_it() {
    insta::assert_snapshot!(run(&StatisticRule, "The government and NGOs identified 95 official and potential victims (105 in 2017).", report(2019)), @r"
    2018 statistic: victims_identified 95 (official and potential victims)
    2017 statistic: victims_identified 105 (official and potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 trafficker or smuggler suspects.", report(2019)), @"2018 statistic: investigations 12 (trafficker or smuggler suspects)");
    // A coordinated phrase with its own count or determiner is not a modifier.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted one trafficker and two accomplices.", report(2019)), @r"
    2018 statistic: convictions 1 (trafficker)
    2018 statistic: convictions 2 (accomplices)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted one trafficker and the victims received compensation.", report(2019)), @"2018 statistic: convictions 1 (trafficker)");
    // A phrase denied of its own ("no", "zero", "any") counts none of the singular's number.
    insta::assert_snapshot!(run(&StatisticRule, "Police opened four investigations in 2022, compared with one investigation and no prosecutions or convictions in 2021.", report(2023)), @r"
    2022 statistic: investigations 4
    2021 statistic: investigations 1
    2021 statistic: prosecutions 0
    2021 statistic: convictions 0
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2021, courts convicted one trafficker and zero accomplices.", report(2022)), @r"
    2021 statistic: convictions 1 (trafficker)
    2021 statistic: convictions 0 (accomplices)
    ");
}

#[test]
fn a_part_after_its_whole_and_the_whole_in_another_year() {
    // The part's own earlier year is no count, past the whole's bracket or "only".
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 33 victims (60 in 2017), including only five identified by law enforcement (11 in 2017).", report(2019)), @r"
    2018 statistic: victims_identified 33 (victims)
    2017 statistic: victims_identified 60 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 33 victims (60 in 2017), including five children (11 in 2017).", report(2019)), @r"
    2018 statistic: victims_identified 33 (victims)
    2017 statistic: victims_identified 60 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 33 victims, including only five children (11 in 2017).", report(2019)), @"2018 statistic: victims_identified 33 (victims)");
}

#[test]
fn a_whole_shared_out_among_agents_sentence_by_sentence() {
    let paragraph = [
        "The government identified 90 potential victims (70 in 2018).",
        "Of the 90, police identified 50 potential victims compared with 40 in 2018.",
        "The Immigration Service identified 30 potential victims compared with 25 in 2018.",
        "In their joint cases, police and immigration identified 12 female victims.",
        "The DSW identified seven victims.",
        "In addition, NGOs identified 45 potential victims.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &paragraph, report(2020)), @r"
    2019 statistic: victims_identified 90 (potential victims)
    2018 statistic: victims_identified 70 (potential victims)
    2019 statistic: victims_identified 45 (potential victims)
    ");
    // An agent counting more than is left of the whole counts on its own.
    let more = [
        "Of the 90, police identified 50 potential victims.",
        "The Immigration Service identified 60 potential victims.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &more, report(2020)), @"2019 statistic: victims_identified 60 (potential victims)");
    // A whole named by another act is not shared out: each agent's referral is its own.
    let referred = [
        "Of the 34 identified victims, police referred eight victims to an NGO.",
        "The DGSN also referred two child victims to a youth center.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &referred, report(2020)), @r"
    2019 statistic: victims_identified 34 (identified victims)
    2019 statistic: victims_referred 8 (victims)
    2019 statistic: victims_referred 2 (child victims)
    ");
    // With no whole shared out, agents' counts are their own.
    let own = [
        "Police identified 50 potential victims.",
        "The Immigration Service identified 30 potential victims.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &own, report(2020)), @r"
    2019 statistic: victims_identified 50 (potential victims)
    2019 statistic: victims_identified 30 (potential victims)
    ");
}

#[test]
fn modifiers_joined_before_an_unlisted_one() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities prosecuted 12 new and ongoing cases.", report(2019)), @"2018 statistic: prosecutions 12 (new and ongoing cases)");
    insta::assert_snapshot!(run(&StatisticRule, "Police reported 290 new or existing investigations under Article 149.", report(2015)), @"2014 statistic: investigations 290");
    // An "and" that joins clauses joins no modifiers.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 20 new and the court convicted three traffickers.", report(2019)), @"2018 statistic: convictions 3 (traffickers)");
}

#[test]
fn a_zero_of_final_or_successful_acts() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials reported no final convictions for cases involving child victims.", report(2015)), @"2014 statistic: convictions 0");
    insta::assert_snapshot!(run(&StatisticRule, "The government reported no successful prosecutions.", report(2015)), @"2014 statistic: prosecutions 0");
}

#[test]
fn the_one_case_people_were_in_is_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted two child sex traffickers in one case.", report(2024)), @"2023 statistic: convictions 2 (child sex traffickers)");
    // Cases counted beyond one are counted.
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted five traffickers in two cases.", report(2024)), @r"
    2023 statistic: convictions 5 (traffickers)
    2023 statistic: convictions 2 (cases)
    ");
    // One case told as a count of its own clause stays.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 suspects and prosecuted one case.", report(2024)), @r"
    2023 statistic: investigations 12 (suspects)
    2023 statistic: prosecutions 1 (case)
    ");
}

#[test]
fn people_in_the_cases_are_no_part_of_them() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities investigated seven cases involving six suspects and continued one prosecution.", report(2016)), @r"
    2015 statistic: investigations 7 (cases)
    2015 statistic: investigations 6 (suspects)
    2015 statistic: prosecutions 1
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government prosecuted nine cases against eight defendants and one company.", report(2016)), @r"
    2015 statistic: prosecutions 9 (cases)
    2015 statistic: prosecutions 8 (defendants)
    ");
}

#[test]
fn cases_begun_in_earlier_years_date_no_later_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities continued two prosecutions initiated in prior years and began three new prosecutions.", report(2016)), @r"
    2015 statistic: prosecutions 2
    2015 statistic: prosecutions 3
    ");
    // Told before the count, earlier years leave it undated.
    insta::assert_snapshot!(run(&StatisticRule, "In prior years, courts convicted 12 traffickers.", report(2016)), @"undated statistic: convictions 12 (traffickers)");
}

#[test]
fn one_source_s_referrals_compared_across_years() {
    insta::assert_snapshot!(run(&StatisticRule, "An NGO reported the government referred 40 victims to shelters in 2016, compared with 17 victims in 2015.", report(2017)), @r"
    2016 statistic: victims_referred 40 (victims)
    2015 statistic: victims_referred 17 (victims)
    ");
    // Referrals told by their sources in one year are still a breakdown.
    insta::assert_snapshot!(run(&StatisticRule, "In 2016, police referred 12 victims and NGOs referred 23 victims.", report(2017)), @"2016 statistic: victims_referred 12 (victims)");
}

#[test]
fn counts_of_a_verbless_clause_after_a_semicolon() {
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 112 suspects in 2022; 71 suspects for sex trafficking and 41 suspects for labor trafficking.", report(2023)), @"2022 statistic: investigations 112 (suspects)");
    // A clause with verbs of its own counts.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 20 suspects; prosecutors charged 12 suspects and courts convicted five suspects.", report(2023)), @r"
    2022 statistic: investigations 20 (suspects)
    2022 statistic: prosecutions 12 (suspects)
    2022 statistic: convictions 5 (suspects)
    ");
}

#[test]
fn acts_against_buyers_of_sex_from_victims_are_no_trafficking_counts() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not investigate, prosecute, or convict anyone for knowingly soliciting or patronizing a sex trafficking victim to perform a commercial sex act.", report(2024)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated no suspects for \u{201c}knowingly soliciting or patronizing a sex trafficking victim,\u{201d} the same as in 2021.", report(2023)), @"");
    // The offense is the nearest count's.
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 12 cases and courts convicted two people for knowingly soliciting or patronizing a sex trafficking victim.", report(2024)), @"2023 statistic: investigations 12 (cases)");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted two people for patronizing a brothel and did not convict any traffickers.", report(2024)), @r"
    2023 statistic: convictions 2 (people)
    2023 statistic: convictions 0 (traffickers)
    ");
}

#[test]
fn a_whole_restated_as_the_object_of_a_relative_clause() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 1,204 potential trafficking victims, which it reportedly referred to services.", report(2023)), @r"
    2022 statistic: victims_identified 1204 (potential trafficking victims)
    2022 statistic: victims_referred 1204 (potential trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims, whom officials assisted with food and shelter.", report(2023)), @r"
    2022 statistic: victims_identified 40 (victims)
    2022 statistic: victims_assisted 40 (victims)
    ");
    // A relative clause with no metric verb restates nothing.
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims, which it said were mostly women.", report(2023)), @"2022 statistic: victims_identified 40 (victims)");
}

#[test]
fn all_the_victims_identified_before_restated_in_a_later_sentence() {
    let told = |later: &str| {
        run_paragraph(
            &StatisticRule,
            &["The government identified 79 trafficking victims in 2022, compared with 42 victims identified in 2021.", later],
            report(2023),
        )
    };
    insta::assert_snapshot!(told("The government reported referring all victims to care compared with 42 victims referred in the previous reporting period."), @r"
    2022 statistic: victims_identified 79 (trafficking victims)
    2021 statistic: victims_identified 42 (victims)
    2022 statistic: victims_referred 79 (inferred)
    2021 statistic: victims_referred 42 (victims)
    ");
    insta::assert_snapshot!(told("Police provided all identified victims with shelter."), @r"
    2022 statistic: victims_identified 79 (trafficking victims)
    2021 statistic: victims_identified 42 (victims)
    2022 statistic: victims_assisted 79 (inferred)
    ");
    // Care given "to" them, told by its own verb.
    insta::assert_snapshot!(told("OCPM provided temporary shelter and legal, medical, and psychological services to all identified potential victims."), @r"
    2022 statistic: victims_identified 79 (trafficking victims)
    2021 statistic: victims_identified 42 (victims)
    2022 statistic: victims_assisted 79 (inferred)
    ");
    // Care all of them received, told as a clause of its own.
    insta::assert_snapshot!(told("Authorities reported all identified victims received care."), @r"
    2022 statistic: victims_identified 79 (trafficking victims)
    2021 statistic: victims_identified 42 (victims)
    2022 statistic: victims_assisted 79 (inferred)
    ");
    assert_eq!(
        told("Authorities reported all victims received sentences.")
            .lines()
            .count(),
        2
    );
    // "All" of none told is no whole restated.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any trafficking victims and quickly repatriated all potential victims to their home countries.", report(2021)), @"2020 statistic: victims_identified 0 (trafficking victims)");
    // A duty, a policy, a denial, another year, or one of two acts tells nothing done to them.
    for later in [
        "The law requires officials to provide services to all victims.",
        "The government referred or directly provided assistance to all identified victims.",
        "The law requires officials to refer all victims to care.",
        "The government has a policy of referring all victims to care.",
        "Officials did not refer all victims to care.",
        "In 2021, the government referred all victims to care.",
    ] {
        assert_eq!(told(later).lines().count(), 2, "{later}");
    }
}

#[test]
fn a_wide_character_before_a_part_is_read_safely() {
    // The link before a part ends in a four-byte character, shorter in bytes than the links
    // it is compared with.
    let got = run(
        &StatisticRule,
        "Police investigated 12 cases \u{11f40}\u{11f40}\u{11f40} 3 suspects and 9 cases.",
        report(2020),
    );
    assert!(got.contains("investigations 12 (cases)"), "{got}");
}

#[test]
fn care_received_after_a_modifier_or_in_money() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 50 victims received psychological support.", wiki()), @"2019 statistic: victims_assisted 50 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Inspectors confirmed that 787 possible victims received unemployment insurance.", report(2020)), @"2019 statistic: victims_assisted 787 (possible victims)");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 30 victims received state benefits.", wiki()), @"2019 statistic: victims_assisted 30 (victims)");
    // A sentence received is no care.
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 12 traffickers received prison sentences.", wiki()), @"");
}

#[test]
fn an_adverb_before_a_verb_of_care_is_no_verb_of_its_own() {
    insta::assert_snapshot!(run(&StatisticRule, "The agency reportedly assisted 144 victims of forced recruitment in 2020, compared with 180 in 2019.", report(2021)), @r"
    2020 statistic: victims_assisted 144 (victims)
    2019 statistic: victims_assisted 180 (victims)
    ");
}

#[test]
fn all_victims_opening_a_clause_restate_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 221 potential victims and referred 104 to care facilities (47 in 2018); the government reported all victims were offered services.", report(2020)), @r"
    2019 statistic: victims_identified 221 (potential victims)
    2019 statistic: victims_referred 104 (potential victims)
    2018 statistic: victims_referred 47 (potential victims)
    ");
    // The object of the verb before still restates the count.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 22 victims and reported referring all victims to shelters.", report(2020)), @r"
    2019 statistic: victims_identified 22 (victims)
    2019 statistic: victims_referred 22 (victims)
    ");
}

#[test]
fn a_part_takes_the_date_of_the_whole_told_in_its_words() {
    let text = [
        "The government identified 1,381 trafficking victims during the reporting period.",
        "This was compared to identifying 1,547 potential child trafficking victims the previous reporting period.",
        "One NGO repatriated 249 of the trafficking victims.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &text, report(2018)), @r"
    2017 statistic: victims_identified 1381 (trafficking victims)
    2016 statistic: victims_identified 1547 (potential child trafficking victims)
    2017 statistic: victims_repatriated 249 (trafficking victims)
    ");
}

#[test]
fn caring_for_victims_is_assisting_them() {
    insta::assert_snapshot!(run(&StatisticRule, "The center cared for approximately 1,278 victims during the reporting period.", report(2018)), @"2017 statistic: victims_assisted approximately 1278 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "A second NGO identified and cared for an additional 565 trafficking victims.", report(2018)), @r"
    2017 statistic: victims_identified 565 (trafficking victims)
    2017 statistic: victims_assisted 565 (trafficking victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2019, 30 victims were cared for in shelters.", wiki()), @"2019 statistic: victims_assisted 30 (victims)");
}

#[test]
fn a_verb_reporting_a_part_is_not_its_act() {
    insta::assert_snapshot!(run(&StatisticRule, "Police reported 37 of the 48 victims identified by law enforcement were nationals exploited abroad.", report(2020)), @"2019 statistic: victims_identified 48 (law enforcement)");
    // A verb of care before the part is the part's.
    insta::assert_snapshot!(run(&StatisticRule, "Police provided shelter to 15 of the 20 victims.", report(2020)), @"2019 statistic: victims_assisted 15 (victims)");
}

#[test]
fn more_of_a_count_before_with_its_noun_left_out() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 53 victims and NGOs identified an additional 13.", report(2020)), @r"
    2019 statistic: victims_identified 53 (victims)
    2019 statistic: victims_identified 13 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 53 victims and NGOs identified another 13.", report(2020)), @r"
    2019 statistic: victims_identified 53 (victims)
    2019 statistic: victims_identified 13 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 53 victims and NGOs identified a further 13.", report(2020)), @r"
    2019 statistic: victims_identified 53 (victims)
    2019 statistic: victims_identified 13 (victims)
    ");
}

#[test]
fn training_denied_with_no_one_it_was_for_or_on_another_topic_counts_no_officials() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not conduct any anti-trafficking training.", report(2017)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report any anti-trafficking training activities.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "However, officials did not receive training on the use of such guidance.", report(2020)), @"");
    // Training on identifying victims is anti-trafficking training.
    insta::assert_snapshot!(run(&StatisticRule, "However, officials did not receive training on victim identification.", report(2020)), @"2019 statistic: officials_trained 0");
}

#[test]
fn a_destination_named_before_another_referral_is_not_its_source() {
    insta::assert_snapshot!(run(&StatisticRule, "The police referred eight victims to an NGO and referred three child victims to a shelter.", report(2019)), @r"
    2018 statistic: victims_referred 8 (victims)
    2018 statistic: victims_referred 3 (child victims)
    ");
    // Referrals told by their sources: the state's kept, the others' dropped.
    insta::assert_snapshot!(run(&StatisticRule, "Law enforcement referred 12 victims, NGOs referred 23, and 31 victims self-referred.", report(2019)), @"2018 statistic: victims_referred 12 (victims)");
}

#[test]
fn a_count_of_another_subject_with_the_verb_left_out() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, the government identified 199 victims and NGOs an additional five victims.", wiki()), @r"
    2020 statistic: victims_identified 199 (victims)
    2020 statistic: victims_identified 5 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, police investigated 20 cases and the Prosecutor General's Office 12.", wiki()), @r"
    2020 statistic: investigations 20 (cases)
    2020 statistic: investigations 12 (cases)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, NGOs identified 20 victims and law enforcement another 12.", wiki()), @r"
    2020 statistic: victims_identified 20 (victims)
    2020 statistic: victims_identified 12 (victims)
    ");
    // A subject with a verb of its own is not the gap.
    insta::assert_snapshot!(run(&StatisticRule, "In 2020, the government identified 199 victims and NGOs assisted 30.", wiki()), @r"
    2020 statistic: victims_identified 199 (victims)
    2020 statistic: victims_assisted 30 (victims)
    ");
}

#[test]
fn an_agent_ends_before_a_count_joined_to_it() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 199 victims, an increase from 102 victims identified by the government and three victims identified by an international organization in 2019.", report(2021)), @r"
    2020 statistic: victims_identified 199 (victims)
    2019 statistic: victims_identified 102 (the government)
    2019 statistic: victims_identified 3 (an international organization)
    ");
}

#[test]
fn victims_of_one_origin_found_abroad_are_no_part_of_those_found_at_home() {
    let text = [
        "Authorities identified 667 trafficking victims in 2017.",
        "The ministry identified 860 Mexican victims abroad in 2018, compared to 196 Mexican victims abroad in 2017.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &text, wiki()), @r"
    2017 statistic: victims_identified 667 (trafficking victims)
    2018 statistic: victims_identified 860 (Mexican victims)
    2017 statistic: victims_identified 196 (Mexican victims)
    ");
    // Found by authorities abroad, likewise.
    let text = [
        "Authorities identified 667 trafficking victims in 2017.",
        "In comparison, authorities abroad identified 313 Mexican victims in 2017.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &text, wiki()), @r"
    2017 statistic: victims_identified 667 (trafficking victims)
    2017 statistic: victims_identified 313 (Mexican victims)
    ");
    // Found in other countries, likewise; and a part of them after is dated with them, the
    // nearest whole, not an earlier one told by the same bare noun.
    let text = [
        "In 2021, the agency identified 718 trafficking victims, compared with the 907 victims it identified in 2020.",
        "During the reporting period, the government identified eight Testish victims in other Arab countries; it provided reintegration assistance to six of the victims upon their return.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &text, report(2022)), @r"
    2021 statistic: victims_identified 718 (trafficking victims)
    2020 statistic: victims_identified 907 (victims)
    2021 statistic: victims_identified 8 (Testish victims)
    2021 statistic: victims_assisted 6 (victims)
    ");
    // A figure compared with victims found abroad is of victims found abroad.
    let text = [
        "In 2021, the agency identified 718 trafficking victims, compared with 640 in 2020.",
        "The agency identified only three Testish victims exploited overseas, compared with 95 in the previous reporting period; 12 of the victims were boys.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &text, report(2022)), @r"
    2021 statistic: victims_identified 718 (trafficking victims)
    2020 statistic: victims_identified 640 (trafficking victims)
    2021 statistic: victims_identified 3 (Testish victims)
    2020 statistic: victims_identified 95 (Testish victims)
    ");
    // Found at home, fewer than the year's victims, they are a part of them.
    let text = [
        "Authorities identified 667 trafficking victims in 2017.",
        "In 2017, police identified 196 Mexican victims.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &text, wiki()), @"2017 statistic: victims_identified 667 (trafficking victims)");
    // Named by the country they came from, likewise; not by where they were found.
    let text = [
        "Authorities identified 667 trafficking victims in 2017.",
        "In 2017, police identified 12 victims from Uzbekistan.",
        "In 2017, NGOs identified 20 victims from hotline tips.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &text, wiki()), @r"
    2017 statistic: victims_identified 667 (trafficking victims)
    2017 statistic: victims_identified 20 (victims)
    ");
    // One victim of an origin is a part as well.
    let text = [
        "Authorities identified 667 trafficking victims in 2017.",
        "In 2017, police identified one Mexican victim of internal trafficking.",
    ];
    insta::assert_snapshot!(run_paragraph(&StatisticRule, &text, wiki()), @"2017 statistic: victims_identified 667 (trafficking victims)");
}

#[test]
fn a_dash_before_including_opens_parts() {
    // Through the whole pipeline: the dash is normalized before the rules read it.
    let statistics = |sentence: &str| {
        let text = format!(
            "Testland (Tier 2) \u{2014} 2019 Trafficking in Persons Report\n\n{sentence}\n"
        );
        crate::rules::testing::facts_of_kind(&text, crate::event::EventKind::Statistic)
    };
    let dashed = statistics("Police identified 420 trafficking victims during the reporting period\u{2014}including 12 Ghanaian sex trafficking victims and many child victims of forced begging.");
    assert_eq!(dashed.len(), 1, "{dashed:?}");
    let comma = statistics("Police identified 420 trafficking victims during the reporting period, including 12 Ghanaian sex trafficking victims.");
    assert_eq!(comma.len(), 1, "{comma:?}");
}

#[test]
fn a_bracket_telling_its_own_act_is_no_aside_of_the_count_before() {
    insta::assert_snapshot!(run(&StatisticRule, "Mobile teams assisted 362 victims (mobile teams identified 86 potential victims and assisted 316 individuals in 2019).", report(2021)), @r"
    2020 statistic: victims_assisted 362 (victims)
    2019 statistic: victims_identified 86 (potential victims)
    ");
    // A bare figure in the bracket is the count before in another year.
    insta::assert_snapshot!(run(&StatisticRule, "Mobile teams assisted 362 victims (86 in 2019).", report(2021)), @r"
    2020 statistic: victims_assisted 362 (victims)
    2019 statistic: victims_assisted 86 (victims)
    ");
}

#[test]
fn a_part_named_by_two_forms_goes_on_with_the_list() {
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 24 victims; eight were sex trafficking victims, 11 victims of both sex trafficking and forced labor, and five victims of forced labor.", report(2020)), @"2019 statistic: victims_identified 24 (victims)");
    // A verb after the part ends the list: what follows is a count of its own.
    insta::assert_snapshot!(run(&StatisticRule, "The government identified 24 victims; eight were sex trafficking victims, 11 victims of both sex trafficking and forced labor, and police referred five victims to shelters.", report(2020)), @r"
    2019 statistic: victims_identified 24 (victims)
    2019 statistic: victims_referred 5 (victims)
    ");
}

#[test]
fn people_investigations_looked_into() {
    insta::assert_snapshot!(run(&StatisticRule, "Police conducted 386 investigations into 602 suspects in 2018.", wiki()), @r"
    2018 statistic: investigations 386
    2018 statistic: investigations 602 (suspects)
    ");
    // Only investigations look into anything.
    insta::assert_snapshot!(run(&StatisticRule, "Courts held 12 prosecutions into 20 suspects in 2018.", wiki()), @"2018 statistic: prosecutions 12");
}

#[test]
fn care_denied_in_a_later_conjunct_of_a_denial() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any victims or provide any services to them.", report(2018)), @r"
    2017 statistic: victims_identified 0 (victims)
    2017 statistic: victims_assisted 0 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report referring any victims to care or directly providing such support in 2017.", report(2019)), @r"
    2017 statistic: victims_referred 0 (victims)
    2017 statistic: victims_assisted 0 (victims)
    ");
    // Care judged inadequate is some care; care joined to no denial is none denied.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not proactively identify victims or provide adequate services to them.", report(2018)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Officials identified 12 victims and provided services to them.", report(2018)), @r"
    2017 statistic: victims_identified 12 (victims)
    2017 statistic: victims_assisted 12 (victims)
    ");
    // Care denied in one place is no care denied at all.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not identify any victims or provide care for victims in its designated shelter.", report(2018)), @"2017 statistic: victims_identified 0 (victims)");
}

#[test]
fn a_graded_comparison_with_another_year_is_that_years_count() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 62 victims, an increase compared with 53 in 2020 but still less than 83 in 2019.", report(2022)), @r"
    2021 statistic: victims_identified 62 (victims)
    2020 statistic: victims_identified 53 (victims)
    2019 statistic: victims_identified 83 (victims)
    ");
    // Ungraded it is one too; a graded bound of the count itself stays a bound.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 62 victims, less than 83 in 2019.", report(2022)), @r"
    2021 statistic: victims_identified 62 (victims)
    2019 statistic: victims_identified 83 (victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified still more than 62 victims.", report(2022)), @"2021 statistic: victims_identified more_than 62 (victims)");
}

#[test]
fn victims_restated_by_a_pronoun_share_a_run_of_zeros() {
    insta::assert_snapshot!(run(&StatisticRule, "For the third consecutive year, the government did not report identifying any victims or referring them to services.", report(2020)), @r"
    2019 statistic: victims_identified 0 (victims)
    2018 statistic: victims_identified 0 (victims) (inferred)
    2017 statistic: victims_identified 0 (victims) (inferred)
    2019 statistic: victims_referred 0 (victims)
    2018 statistic: victims_referred 0 (victims) (inferred)
    2017 statistic: victims_referred 0 (victims) (inferred)
    ");
    // With no run, the year told only.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report identifying any victims or referring them to services.", report(2020)), @r"
    2019 statistic: victims_identified 0 (victims)
    2019 statistic: victims_referred 0 (victims)
    ");
}

#[test]
fn a_participle_clause_after_a_comma_gives_no_verb_to_the_count_before() {
    insta::assert_snapshot!(run(&StatisticRule, "Police often confused the two offenses, undermining the prosecution of traffickers.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities handled 14 cases, limiting convictions.", report(2022)), @"");
    // A participle of a metric still is the count's.
    insta::assert_snapshot!(run(&StatisticRule, "Police found 14 victims, referring them to shelters.", report(2022)), @"2021 statistic: victims_referred 14 (victims)");
}

#[test]
fn a_verb_with_its_own_object_after_a_comma_is_the_next_act_of_a_list() {
    insta::assert_snapshot!(run(&StatisticRule, "The government adopted two national action plans, opened a new shelter, and increased funding.", report(2022)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The ministry drafted three guidelines, investigated 12 cases, and trained judges.", report(2022)), @"2021 statistic: investigations 12 (cases)");
    // A participle with no object still tells the count's act.
    insta::assert_snapshot!(run(&StatisticRule, "Police found 14 victims, identified by NGOs.", report(2022)), @"2021 statistic: victims_identified 14 (NGOs)");
}

#[test]
fn a_comparison_of_thousands_is_an_aside_like_any_other() {
    // The comma grouping "6,912" opens no clause: the date behind the comparison is not the count's.
    insta::assert_snapshot!(run(&StatisticRule, "Officials screened 7,678 individuals in 2021, compared to 6,912 screened in 2020, but only identified one victim.", report(2022)), @"2021 statistic: victims_identified 1 (victim)");
}

#[test]
fn a_part_told_by_of_whom_and_a_copula_keeps_its_earlier_year() {
    insta::assert_snapshot!(run(&StatisticRule, "In 2021, police referred 40 victims (52 in 2020), 22 of whom were children (18 in 2020).", report(2022)), @r"
    2021 statistic: victims_referred 40 (victims)
    2020 statistic: victims_referred 52 (victims)
    ");
    // A passive after the relative is an act done to some, compared as such.
    insta::assert_snapshot!(run(&StatisticRule, "The government repatriated six victims, three of whom were returned home to receive services, compared to one in 2020.", report(2022)), @r"
    2021 statistic: victims_repatriated 6 (victims)
    2020 statistic: victims_repatriated 1 (victims)
    ");
}

#[test]
fn people_of_no_kind_counted_leave_the_next_count_its_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "The ministry trained 156 villagers and 96 police officers on victim identification.", report(2018)), @"2017 statistic: officials_trained 96 (police officers)");
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors charged 40 villagers and 12 traffickers.", report(2018)), @"2017 statistic: prosecutions 12 (traffickers)");
}

#[test]
fn parts_that_add_up_to_their_whole_end_its_list() {
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 sex trafficking victims, 25 women and 15 girls, and three forced labor victims.", report(2022)), @r"
    2021 statistic: victims_identified 40 (sex trafficking victims)
    2021 statistic: victims_identified 3 (forced labor victims)
    ");
    // Not a breakdown across the first ("females" and "males", then "children").
    insta::assert_snapshot!(run(&StatisticRule, "Police identified 40 victims, 25 females, 15 males, and 12 children.", report(2022)), @"2021 statistic: victims_identified 40 (victims)");
}

#[test]
fn every_phrase_that_unsays_victims_passes_its_screen() {
    for p in crate::rules::lexicon::NOT_VICTIMS_AFTER {
        assert!(p.contains("not") || p.contains("victims of"), "{p}");
    }
}

#[test]
fn a_denied_act_done_to_a_bare_plural_is_a_zero_of_that_act() {
    insta::assert_snapshot!(run(&StatisticRule, "The government failed to initiate prosecution of trafficking offenders in 2014.", report(2015)), @"2014 statistic: prosecutions 0 (trafficking offenders)");
    insta::assert_snapshot!(run(&StatisticRule, "Police did not initiate investigations of labor cases.", report(2020)), @"2019 statistic: investigations 0 (labor cases)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not initiate prosecution of any traffickers, compared with six in 2019.", report(2021)), @r"
    2020 statistic: prosecutions 0 (traffickers)
    2019 statistic: prosecutions 6 (traffickers)
    ");
    // A part of them is still no zero of them all.
    insta::assert_snapshot!(run(&StatisticRule, "Police did not investigate half of the reported cases.", report(2020)), @"");
}

#[test]
fn none_of_a_group_named_by_a_participle_is_no_zero_of_that_act() {
    insta::assert_snapshot!(run(&StatisticRule, "None of the five traffickers convicted under the anti-trafficking law were incarcerated; most received suspended sentences.", report(2015)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "None of the 14 victims identified were repatriated.", report(2015)), @"");
    // The act told as the clause's verb is still the zero.
    insta::assert_snapshot!(run(&StatisticRule, "None of the five victims were referred to shelters.", report(2015)), @r"
    2014 statistic: victims_referred 0
    2014 statistic: victims_referred 0 (victims)
    ");
}

#[test]
fn counts_named_by_a_kind_of_case_keep_it_as_their_subject() {
    // Two counts of one number and year are two facts when each names its kind of case.
    insta::assert_snapshot!(counts_in_report(2015, "In 2014 police initiated 10 forced labor investigations and 10 other trafficking investigations."), @r"
    2014 investigations 10 (forced labor investigations)
    2014 investigations 10 (other trafficking investigations)
    ");
    // A count of cases of no kind stays without a subject.
    insta::assert_snapshot!(run(&StatisticRule, "Police initiated two new investigations in 2014.", report(2015)), @"2014 statistic: investigations 2");
}

#[test]
fn a_dash_ends_a_comparison_with_no_count_of_its_own() {
    let counts = |sentence: &str| counts_in_report(2022, sentence);
    insta::assert_snapshot!(counts("These efforts included increasing convictions compared with the year prior\u{2014}including two convictions under the anti-trafficking law\u{2014}and assigning significant sentences."), @"2021 convictions 2");
    // A comparison with its own count keeps the part told after the dash.
    insta::assert_snapshot!(counts("The government identified 40 victims, compared with 35 the previous year\u{2014}including 10 women."), @r"
    2020 victims_identified 35 (victims)
    2021 victims_identified 40 (victims)
    ");
}

#[test]
fn one_set_against_another_counts_nothing() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities flagged 2,053 referrals as county lines referrals, cases in which children were coerced to transport drugs from one area to another.", report(2022)), @"2021 statistic: victims_referred 2053");
    // "the other" of another count is no idiom.
    insta::assert_snapshot!(run(&StatisticRule, "The court convicted one trafficker and acquitted the other.", report(2022)), @"2021 statistic: convictions 1 (trafficker)");
}

#[test]
fn sentencing_data_unreported_denies_no_conviction() {
    insta::assert_snapshot!(run(&StatisticRule, "Although the government meets the minimum standards, it did not report sentencing data of convicted traffickers.", report(2022)), @"");
    // Sentencing denied as an act still is a zero.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report sentencing or convicting any traffickers.", report(2022)), @"2021 statistic: convictions 0 (traffickers)");
}

#[test]
fn a_zero_of_victims_beside_complicity_is_the_years() {
    insta::assert_snapshot!(run(&StatisticRule, "Separate from this complicity, the government did not report identifying any trafficking victims.", report(2023)), @"2022 statistic: victims_identified 0 (trafficking victims)");
    // Officials denied an act beside complicity are still the complicit ones.
    insta::assert_snapshot!(run(&StatisticRule, "Despite reports of official complicity, the government did not identify any victims or investigate any officials.", report(2023)), @r"
    2022 statistic: victims_identified 0 (victims)
    2022 statistic: investigations 0 (complicit officials)
    ");
}

#[test]
fn all_of_a_count_given_care_are_victims() {
    insta::assert_snapshot!(counts_in_report(2023, "The government identified 444 victims. The government reported providing services to all 444 (compared with 354 victims in 2021) including through shelter."), @r"
    2021 victims_assisted 354
    2022 victims_identified 444 (victims)
    2022 victims_assisted 444
    ");
    insta::assert_snapshot!(run(&StatisticRule, "The shelter assisted all 15.", report(2023)), @"2022 statistic: victims_assisted 15");
    // Not an act done to offenders.
    insta::assert_snapshot!(run(&StatisticRule, "The courts convicted all 12.", report(2023)), @"");
}

#[test]
fn a_whole_named_by_its_participle_alone_is_a_count_of_its_act() {
    insta::assert_snapshot!(counts_in_report(2020, "Judges suspended most sentences; only two of the 14 convicted for trafficking offenses went to prison."), @"2019 convictions 14");
    insta::assert_snapshot!(counts_in_report(2020, "Of the 40 identified, 25 were referred to shelters."), @r"
    2019 victims_identified 40
    2019 victims_referred 25
    ");
    // A part of people convicted is not a count of victims.
    insta::assert_snapshot!(counts_in_report(2020, "Of the nine convicted, four served time in prison."), @"2019 convictions 9");
    // "None of" the whole is no count of it; a whole told before in the paragraph is restated.
    insta::assert_snapshot!(counts_in_report(2020, "None of the 20 identified were repatriated."), @"");
    insta::assert_snapshot!(counts_in_report(2020, "Police registered 310 possible victims in 2018. Of the 310 identified, most were women."), @"2018 victims_identified 310 (possible victims)");
}

#[test]
fn a_verb_after_despite_is_not_the_count_before_it() {
    insta::assert_snapshot!(counts_in_report(2020, "Only seven victims had received residence permits, despite the government identifying more than 300 victims."), @"2019 victims_identified more_than 300 (victims)");
}

#[test]
fn a_figure_compared_after_a_copula_of_the_count_before() {
    insta::assert_snapshot!(counts_in_report(2022, "The government identified 18 victims. This was fewer than 26 in 2018 and 31 in 2017."), @r"
    2017 victims_identified 31
    2018 victims_identified 26
    2021 victims_identified 18 (victims)
    ");
    insta::assert_snapshot!(counts_in_report(2022, "Police identified 40 victims, compared with 33 in 2020, though these identifications were still fewer than 52 in 2019."), @r"
    2019 victims_identified 52 (victims)
    2020 victims_identified 33 (victims)
    2021 victims_identified 40 (victims)
    ");
    // A count of its own year told with "more than" keeps its bound.
    insta::assert_snapshot!(counts_in_report(2022, "The number of prosecutions was more than 30 in 2019."), @"2019 prosecutions more_than 30");
}

#[test]
fn reintegrating_and_rehabilitating_victims_assist_them() {
    insta::assert_snapshot!(counts_in_report(2022, "An NGO reported successfully reintegrating 23 victims, and the state rehabilitated 11 child victims."), @r"
    2021 victims_assisted 23 (victims)
    2021 victims_assisted 11 (child victims)
    ");
}

#[test]
fn one_told_in_a_practice_is_no_count() {
    insta::assert_snapshot!(counts_in_report(2022, "After identifying a potential victim, border guards often called an NGO rather than the police."), @"");
    // One done on a day of its own is a count.
    insta::assert_snapshot!(counts_in_report(2022, "After identifying a potential victim in May, border guards called an NGO."), @"2021 victims_identified 1 (potential victim)");
}

#[test]
fn a_denied_verb_reaches_an_object_shared_past_an_aside() {
    insta::assert_snapshot!(counts_in_report(2022, "Officials did not report criminal investigations into, or victim care provided in, 14 suspected forced labor cases."), @"");
    // Not denied: the count of the cases is told.
    insta::assert_snapshot!(counts_in_report(2022, "Police opened investigations into, and prosecutors filed charges in, 14 suspected trafficking cases."), @"2021 prosecutions 14 (suspected trafficking cases)");
}

#[test]
fn a_participle_joined_past_a_complement_counts_the_same_people() {
    insta::assert_snapshot!(counts_in_report(2020, "All 17 victims were referred for care and provided with shelter."), @r"
    2019 victims_referred 17 (victims)
    2019 victims_assisted 17 (victims)
    ");
    insta::assert_snapshot!(counts_in_report(2020, "Nine suspects were investigated by police and prosecuted."), @r"
    2019 investigations 9 (police)
    2019 prosecutions 9 (police)
    ");
    // A count of its own after the joining word is no participle of this one; its own
    // participle's object tells its act.
    insta::assert_snapshot!(counts_in_report(2020, "Twenty victims were referred to shelters and 12 were provided with legal aid."), @r"
    2019 victims_referred 20 (victims)
    2019 victims_assisted 12 (victims)
    ");
    insta::assert_snapshot!(counts_in_report(2020, "Fifteen victims were provided with legal aid."), @"2019 victims_assisted 15 (victims)");
}

#[test]
fn a_verb_joined_after_the_counted_words_is_done_to_them_too() {
    insta::assert_snapshot!(counts_in_report(2020, "The ministry referred all 27 identified victims to care and provided shelter and legal assistance."), @r"
    2019 victims_referred 27 (identified victims)
    2019 victims_assisted 27 (identified victims)
    ");
    // Not to some of them, nor past a count of its own.
    insta::assert_snapshot!(counts_in_report(2020, "Officials identified 27 victims of trafficking and referred some of them to care."), @"2019 victims_identified 27 (victims)");
    insta::assert_snapshot!(counts_in_report(2020, "Officials identified 27 victims and referred nine to shelters."), @r"
    2019 victims_identified 27 (victims)
    2019 victims_referred 9 (victims)
    ");
}

#[test]
fn a_change_from_one_figure_to_another_with_no_year_starts_the_year_before() {
    insta::assert_snapshot!(counts_in_report(2016, "Efforts included an increase in trafficking prosecutions from four to nine."), @r"
    2014 prosecutions 4
    2015 prosecutions 9
    ");
    insta::assert_snapshot!(counts_in_report(2016, "Prosecutions fell from nine to four in 2015."), @r"
    2014 prosecutions 9
    2015 prosecutions 4
    ");
    // A first figure with a year of its own keeps it; a range tells no change.
    insta::assert_snapshot!(counts_in_report(2016, "Prosecutions rose from four in 2013 to nine."), @r"
    2013 prosecutions 4
    2015 prosecutions 9
    ");
    insta::assert_snapshot!(counts_in_report(2016, "Each shelter housed from four to nine victims."), @"2015 victims_assisted range 4..=9 (victims)");
}

#[test]
fn a_past_verb_joined_after_a_counts_complement_takes_the_next_number() {
    // The number after "and presented" is not the earlier verb's, aside or not.
    insta::assert_snapshot!(counts_in_report(2005, "The police investigated 24 trafficking cases under the new law \u{2013} a four-fold increase over cases investigated in 2003 \u{2013} and presented seven cases to the prosecutor's office for prosecution."), @r"
    2004 investigations 24 (trafficking cases)
    2004 prosecutions 7 (cases)
    ");
    insta::assert_snapshot!(counts_in_report(2005, "Police investigated the complaints in 2004 and closed seven cases."), @"");
    // A verb joined right after the metric verb shares its object.
    insta::assert_snapshot!(counts_in_report(2018, "One NGO repatriated and reunited 249 of the trafficking victims with their families."), @"2017 victims_repatriated 249 (trafficking victims)");
}

#[test]
fn a_man_or_woman_convicted_is_a_count_of_one() {
    insta::assert_snapshot!(counts_in_report(2005, "During the year, the government enforced its law against forced labor and convicted a Beninese woman for holding a 14-year-old girl in involuntary servitude."), @"2004 convictions 1 (Beninese woman)");
    insta::assert_snapshot!(counts_in_report(2005, "In 2004, courts convicted a man and acquitted two others."), @"2004 convictions 1 (man)");
    insta::assert_snapshot!(counts_in_report(2005, "Prosecutors indicted a South African woman for trafficking."), @"2004 prosecutions 1 (South African woman)");
    // Not one penalized for an offense of victims, one charged, one denied, nor a victim.
    insta::assert_snapshot!(counts_in_report(2019, "In one case in 2018, courts convicted a Vietnamese woman for prostitution one day after police detained her."), @"");
    insta::assert_snapshot!(counts_in_report(2005, "Police charged a Nigerian woman."), @"");
    insta::assert_snapshot!(counts_in_report(2005, "The government did not convict a man accused of trafficking."), @"");
    insta::assert_snapshot!(counts_in_report(2005, "Police identified a woman in a brothel."), @"");
}

#[test]
fn one_case_told_with_its_date_scopes_the_clause() {
    insta::assert_snapshot!(counts_in_report(2019, "In one case in 2018, courts convicted the owner of a brothel."), @"");
    insta::assert_snapshot!(counts_in_report(2019, "In one case in March 2018, police investigated a labor recruiter."), @"");
}

#[test]
fn people_given_care_are_assisted() {
    insta::assert_snapshot!(counts_in_report(2020, "Police identified 30 victims, and 12 were given shelter."), @r"
    2019 victims_identified 30 (victims)
    2019 victims_assisted 12 (victims)
    ");
    insta::assert_snapshot!(counts_in_report(2020, "Twelve victims were given medical care and legal aid."), @"2019 victims_assisted 12 (victims)");
    // Sentences given are no care.
    insta::assert_snapshot!(counts_in_report(2020, "Of the 20 defendants, 12 were given prison sentences."), @"");
    // People given care named after it, told to be victims.
    insta::assert_snapshot!(counts_in_report(2021, "The government provided medical care to 20 women who were victims of trafficking."), @"2020 victims_assisted 20 (women)");
    insta::assert_snapshot!(counts_in_report(2021, "The government provided shelter to 20 women exploited in forced labor."), @"2020 victims_assisted 20 (women)");
    insta::assert_snapshot!(counts_in_report(2021, "The government provided training to 20 women."), @"");
}

#[test]
fn a_figure_compared_after_a_relative_clause_of_the_noun_is_the_counts() {
    insta::assert_snapshot!(counts_in_report(2017, "The agency assisted 1,341 children who were victims of sexual exploitation in 2016, compared with 1,285 in 2015."), @r"
    2015 victims_assisted 1285 (children)
    2016 victims_assisted 1341 (children)
    ");
    // A part described after its noun has no earlier figure of the whole.
    insta::assert_snapshot!(counts_in_report(2017, "Of the 150 victims, 89 victims of trafficking were men and boys, up from 60 in 2015."), @"");
}

#[test]
fn a_figure_compared_with_a_count_left_untold_is_of_that_count() {
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report how many child victims it identified in 2021, compared with two in 2020.", report(2022)), @"2020 statistic: victims_identified 2 (child victims)");
    insta::assert_snapshot!(run(&StatisticRule, "Authorities did not report the number of prosecutions initiated in 2020, compared with 12 in 2019.", report(2021)), @"2019 statistic: prosecutions 12");
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report how many victims it identified in 2021, compared with two each in 2020 and 2019.", report(2022)), @r"
    2020 statistic: victims_identified 2 (victims)
    2019 statistic: victims_identified 2 (victims)
    ");
    // A figure not compared keeps its own reading.
    insta::assert_snapshot!(run(&StatisticRule, "The government did not report how many victims it identified in 2021, but NGOs assisted 40 victims.", report(2022)), @"2021 statistic: victims_assisted 40 (victims)");
}

#[test]
fn a_part_of_those_counted_the_sentence_before_counts_an_act_of_its_own() {
    let told = |second: &str| {
        counts_in_report(
            2022,
            &format!("The government identified 54 victims in 2020. {second}"),
        )
    };
    insta::assert_snapshot!(told("Of these, 25 were referred to shelters."), @r"
    2020 victims_identified 54 (victims)
    2020 victims_referred 25
    ");
    insta::assert_snapshot!(told("Of them, 12 received medical care."), @r"
    2020 victims_identified 54 (victims)
    2020 victims_assisted 12
    ");
    // Their own act again is a breakdown of them; no act, a description.
    insta::assert_snapshot!(told("Of these, 20 were identified in the capital."), @"2020 victims_identified 54 (victims)");
    insta::assert_snapshot!(told("Of these, 29 were victims of sex trafficking."), @"2020 victims_identified 54 (victims)");
    // Of the whole's date, not of a figure it was compared with.
    insta::assert_snapshot!(counts_in_report(2022, "The government identified 301 victims in 2020, up from 251 victims in 2019. Of these, 25 were referred to shelters."), @r"
    2019 victims_identified 251 (victims)
    2020 victims_identified 301 (victims)
    2020 victims_referred 25
    ");
    // With no count the sentence before, nothing tells whose part it is.
    insta::assert_snapshot!(counts_in_report(2022, "The government identified victims. Of these, 25 were referred to shelters."), @"");
}

#[test]
fn a_count_after_an_act_denied_is_not_done_that_act() {
    counts_nothing(
        &[
            "Protection is weak, and the failure to obtain a single conviction in nearly 100 cases warrants concern.",
            "Prosecutors have yet to secure any convictions in the 12 cases filed since 2015.",
        ],
        report(2021),
    );
    insta::assert_snapshot!(run(&StatisticRule, "Prosecutors secured convictions in 12 cases.", report(2021)), @"2020 statistic: convictions 12 (cases)");
}

#[test]
fn training_towards_a_living_is_care_given() {
    insta::assert_snapshot!(run(&StatisticRule, "Authorities provided accommodation, living expenses, legal advice, health services, vocational training, and counseling to 83 victims.", report(2017)), @"2016 statistic: victims_assisted 83 (victims)");
    insta::assert_snapshot!(run(&StatisticRule, "The government provided job training to 12 victims.", report(2017)), @"2016 statistic: victims_assisted 12 (victims)");
    // The training of officials stays theirs.
    insta::assert_snapshot!(run(&StatisticRule, "The government provided anti-trafficking training to 120 police officers.", report(2017)), @"2016 statistic: officials_trained 120 (police officers)");
}

#[test]
fn a_count_whose_noun_the_sentence_before_counted() {
    // The act of the sentence before, its verb right before the count.
    insta::assert_snapshot!(counts_in_report(2019, "The police referred 10 adult victims to the assistance program. NGOs referred seven (19 in 2017 and 13 in 2016)."), @r"
    2016 victims_referred 13 (adult victims)
    2017 victims_referred 19 (adult victims)
    2018 victims_referred 10 (adult victims)
    2018 victims_referred 7 (adult victims)
    ");
    insta::assert_snapshot!(counts_in_report(2021, "Police identified 20 victims. NGOs identified 15."), @r"
    2020 victims_identified 20 (victims)
    2020 victims_identified 15 (victims)
    ");
    // Another act, or a part of those counted, takes no noun from before.
    insta::assert_snapshot!(counts_in_report(2021, "Police identified 20 victims. NGOs referred 15."), @"2020 victims_identified 20 (victims)");
    insta::assert_snapshot!(counts_in_report(2021, "Courts convicted 97 traffickers. Of those convicted, 94 were convicted under the 2015 law."), @"2020 convictions 97 (traffickers)");
}

#[test]
fn plain_people_of_the_victims_are_victims() {
    insta::assert_snapshot!(run(&StatisticRule, "The agency assisted 12 women of the 41 victims of trafficking.", report(2019)), @"2018 statistic: victims_assisted 12 (women)");
    // Without a word of their exploitation, women assisted are no count of victims.
    insta::assert_snapshot!(run(&StatisticRule, "The agency assisted 12 women.", report(2019)), @"");
    insta::assert_snapshot!(run(&StatisticRule, "The agency assisted 12 women of the region.", report(2019)), @"");
}

#[test]
fn a_count_added_to_the_one_before_shares_its_verb() {
    insta::assert_snapshot!(run(&StatisticRule, "Officials reported identifying 14 confirmed victims and an additional 31 potential victims.", report(2021)), @r"
    2020 statistic: victims_identified 14 (confirmed victims)
    2020 statistic: victims_identified 31 (potential victims)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Courts convicted nine traffickers and a further three.", report(2019)), @r"
    2018 statistic: convictions 9 (traffickers)
    2018 statistic: convictions 3 (traffickers)
    ");
    insta::assert_snapshot!(run(&StatisticRule, "Police referred 40 victims to shelters and another 12 to NGOs.", report(2019)), @r"
    2018 statistic: victims_referred 40 (victims)
    2018 statistic: victims_referred 12 (victims)
    ");
}

#[test]
fn verbs_joined_before_a_count_with_its_noun_left_out_each_count_it() {
    insta::assert_snapshot!(run(&StatisticRule, "Police investigated 11 officials for complicity and prosecuted and convicted three.", report(2016)), @r"
    2015 statistic: investigations 11 (officials)
    2015 statistic: prosecutions 3 (officials)
    2015 statistic: convictions 3 (officials)
    ");
    // A verb of another kind of act is not joined: victims are not cases.
    insta::assert_snapshot!(run(&StatisticRule, "Authorities identified 25 victims and prosecuted and convicted three.", report(2016)), @"2015 statistic: victims_identified 25 (victims)");
}

#[test]
fn a_part_and_its_whole_each_by_their_own_verb() {
    // The part is the subject of the passive after its whole, not the object of the
    // clause before; the whole is named by its own participle.
    insta::assert_snapshot!(run(&StatisticRule, "As the law offered no way to refer victims to care, only six of the 480 victims identified were placed in government-run shelters.", report(2016)), @r"
    2015 statistic: victims_assisted 6 (victims)
    2015 statistic: victims_identified 480 (victims)
    ");
    // A verb before the part counts it; the whole's participle counts the whole.
    insta::assert_snapshot!(run(&StatisticRule, "Officials referred 18 of the 52 victims identified to NGO shelters.", report(2016)), @r"
    2015 statistic: victims_referred 18 (victims)
    2015 statistic: victims_identified 52 (victims)
    ");
    // With no participle of its own, the whole is only where the part was drawn from.
    insta::assert_snapshot!(run(&StatisticRule, "Officials referred 18 of the 52 victims to NGO shelters.", report(2016)), @"2015 statistic: victims_referred 18 (victims)");
}

#[test]
fn a_report_year_after_since_dates_no_count() {
    insta::assert_snapshot!(run(&StatisticRule, "These achievements included the government convicting its first trafficker since its inclusion in the 2009 Trafficking in Persons Report, and the use of procedures to identify and refer four potential victims for protective services.", report(2021)), @r"
    2020 statistic: convictions 1 (inferred)
    2020 statistic: victims_identified 4 (potential victims)
    2020 statistic: victims_referred 4 (potential victims)
    ");
    // A report telling the count dates it.
    insta::assert_snapshot!(run(&StatisticRule, "The 2016 report highlighted that the government identified 212 victims.", wiki()), @"2016 statistic: victims_identified 212 (victims)");
}

#[test]
fn a_denial_joined_by_nor_did_it_is_a_clause_of_its_own() {
    insta::assert_snapshot!(counts_in_report(2016, "Authorities did not report investigating or prosecuting alleged traffickers, nor did they investigate, prosecute, or convict police officials complicit in trafficking."), @r"
    2015 investigations 0 (alleged traffickers)
    2015 prosecutions 0 (alleged traffickers)
    2015 investigations 0 (complicit officials)
    2015 prosecutions 0 (complicit officials)
    2015 convictions 0 (complicit officials)
    ");
}

#[test]
fn a_count_with_its_noun_left_out_before_a_joined_clause() {
    insta::assert_snapshot!(counts_in_report(2019, "In 2018, NGOs assisted 140 trafficking victims; among these, police referred 31 while the others came to the NGOs themselves."), @r"
    2018 victims_assisted 140 (trafficking victims)
    2018 victims_referred 31 (trafficking victims)
    ");
}

#[test]
fn a_date_in_a_relative_clause_past_the_next_count_is_that_counts() {
    insta::assert_snapshot!(counts_in_report(2018, "Police identified one new victim, and confirmed four victims among the 30 migrants who were screened in the previous reporting period."), @r"
    2017 victims_identified 1 (new victim)
    2017 victims_identified 4 (victims)
    ");
}

#[test]
fn parts_after_a_whole_named_without_its_number_are_no_counts() {
    insta::assert_snapshot!(counts_in_report(2020, "Among the identified victims of sex trafficking, there were 95 girls, six boys, 14 women and one man."), @"");
    // A part done another act is counted.
    insta::assert_snapshot!(counts_in_report(2020, "Among the identified victims of labor trafficking, 41 were referred to shelters."), @"2019 victims_referred 41");
    insta::assert_snapshot!(counts_in_report(2020, "Of the cases investigated, 12 were prosecuted."), @"2019 prosecutions 12");
}

#[test]
fn a_passive_with_two_participles_counts_by_the_second() {
    insta::assert_snapshot!(counts_in_report(2017, "In 2016, 40 police officers were selected and trained on victim identification."), @"2016 officials_trained 40 (police officers)");
    insta::assert_snapshot!(counts_in_report(2017, "In 2016, 12 suspects were arrested and prosecuted."), @"2016 prosecutions 12 (suspects)");
    // Not a participle of another clause after "and".
    insta::assert_snapshot!(counts_in_report(2017, "In 2016, 30 victims were identified and 12 were referred to shelters."), @r"
    2016 victims_identified 30 (victims)
    2016 victims_referred 12 (victims)
    ");
}

#[test]
fn the_places_people_came_from_stand_between_a_count_and_its_verb() {
    insta::assert_snapshot!(counts_in_report(2017, "A taskforce was formed, to which 17 officers from seven agencies were assigned and trained on investigative tactics."), @"2016 officials_trained 17 (officers)");
    insta::assert_snapshot!(counts_in_report(2017, "In 2016, 25 judges from 12 provinces received training."), @"2016 officials_trained 25 (judges)");
    insta::assert_snapshot!(counts_in_report(2017, "In 2016, 30 victims in three regions were referred to shelters."), @"2016 victims_referred 30 (victims)");
    // A pool the count was drawn from is not a place.
    insta::assert_snapshot!(counts_in_report(2017, "In 2016, police referred 43 victims from the 127 potential victims identified."), @r"
    2016 victims_referred 43 (victims)
    2016 victims_identified 127 (potential victims)
    ");
}

#[test]
fn a_form_counted_by_another_named_body_is_no_part_of_a_whole() {
    insta::assert_snapshot!(counts_in_report(2023, "RCMP officers identified 58 victims in 2022. CBSA identified four potential forced labor victims in two cases."), @r"
    2022 victims_identified 58 (victims)
    2022 victims_identified 4 (potential forced labor victims)
    ");
    // Told by no body, or by the same, it is a part of the whole.
    insta::assert_snapshot!(counts_in_report(2023, "RCMP officers identified 58 victims in 2022. Officials identified four potential forced labor victims."), @"2022 victims_identified 58 (victims)");
    insta::assert_snapshot!(counts_in_report(2020, "The government investigated 51 cases in 2019. MOM investigated 21 suspected labor trafficking cases."), @"2019 investigations 51 (cases)");
}

#[test]
fn cases_opened_at_an_undated_earlier_time_are_no_count_unless_continued() {
    insta::assert_snapshot!(counts_in_report(2021, "One additional prosecution initiated in a previous reporting period was delayed because of the pandemic."), @"");
    insta::assert_snapshot!(counts_in_report(2021, "Police investigated five cases; two cases opened in prior years were dismissed."), @"2020 investigations 5 (cases)");
    insta::assert_snapshot!(counts_in_report(2021, "The government did not report updates on three other prosecutions it had initiated in previous reporting periods."), @"");
    // Continued, they are cases of the reporting period.
    insta::assert_snapshot!(counts_in_report(2021, "Courts continued 12 prosecutions initiated in previous years."), @"2020 prosecutions 12");
    // The previous reporting period is a year of its own.
    insta::assert_snapshot!(counts_in_report(2021, "One prosecution initiated in the previous reporting period was delayed."), @"2019 prosecutions 1");
}

#[test]
fn a_group_another_body_is_reported_to_have_counted_is_no_part_of_a_whole() {
    insta::assert_snapshot!(counts_in_report(2021, "In 2020, officials identified 363 potential victims. The government reported that NGOs identified 63 adult victims in 2020."), @r"
    2020 victims_identified 363 (potential victims)
    2020 victims_identified 63 (adult victims)
    ");
    insta::assert_snapshot!(counts_in_report(2021, "In 2020, officials identified 363 potential victims. The government reported NGOs identified 539 child victims and 63 adult victims."), @r"
    2020 victims_identified 363 (potential victims)
    2020 victims_identified 539 (child victims)
    2020 victims_identified 63 (adult victims)
    ");
    // Reported by the whole's own teller, it is a part of the whole.
    insta::assert_snapshot!(counts_in_report(2021, "In 2020, officials identified 363 potential victims. The government reported it identified 63 adult victims in 2020."), @"2020 victims_identified 363 (potential victims)");
}

#[test]
fn people_of_an_age_told_after_their_noun_are_a_part_of_a_whole() {
    insta::assert_snapshot!(counts_in_report(2022, "Authorities identified 46 potential victims in 2021. The majority were adults; however, authorities identified three potential victims younger than 15 years old."), @"2021 victims_identified 46 (potential victims)");
    insta::assert_snapshot!(counts_in_report(2022, "Authorities identified 46 victims in 2021. Police identified 12 victims under the age of 18."), @"2021 victims_identified 46 (victims)");
    // With no whole, they are a count.
    insta::assert_snapshot!(counts_in_report(2022, "Authorities identified three victims younger than 15 years old in 2021."), @"2021 victims_identified 3 (victims)");
}
