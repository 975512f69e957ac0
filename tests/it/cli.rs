//! The command-line tool, run as a user would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn tipline(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tipline"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tipline");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("wait")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A directory for this test binary's files, under the build's own scratch
/// space rather than the system's temporary directory, so runs leave nothing behind.
fn scratch_dir(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("tipline-{name}"))
}

fn temp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = scratch_dir("cli");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write temp");
    p
}

#[test]
fn no_arguments_prints_the_seed_timeline() {
    let o = tipline(&[], None);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(
        out.lines().next().expect("a line").starts_with("2005-03"),
        "{out}"
    );
    assert!(out.contains("tier_placement") && out.contains("tier_2_watch_list (inferred)"));
    insta::assert_snapshot!("cli_default_timeline", out);
}

#[test]
fn extract_formats() {
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/turkmenistan.txt");
    let json = tipline(&["extract", "--format", "json", seed], None);
    assert!(json.status.success());
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(v["country"], "Turkmenistan");
    let csv = stdout(&tipline(&["extract", "--format", "csv", seed], None));
    assert!(csv.starts_with("source,kind,date,inferred,summary,start,end,section,rule\n"));
    assert_eq!(
        csv.lines().count(),
        v["events"].as_array().expect("events").len() + 1
    );
    let text = stdout(&tipline(&["extract", "--format", "text", seed], None));
    assert_eq!(text, stdout(&tipline(&["timeline", seed], None)));
    let explain = stdout(&tipline(&["extract", "--explain", seed], None));
    assert!(
        explain.contains("[rule treaty]")
            && explain
                .contains("39..100: Turkmenistan ratified the 2000 UN TIP Protocol in March 2005.")
    );
    let from_stdin = tipline(&["extract", "-"], Some(tipline::SEED_ARTICLE.as_bytes()));
    assert_eq!(from_stdin.stdout, json.stdout);
}

#[test]
fn stats_command() {
    let o = tipline(&["stats"], None);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("worst tier: tier_3"), "{out}");
    assert!(
        out.contains("victims_assisted: 2008 20, 2009 25 (+5, +25%)"),
        "{out}"
    );
    assert!(out.contains("penalty range: 4..=25 years"), "{out}");
    let json: serde_json::Value =
        serde_json::from_slice(&tipline(&["stats", "--format", "json"], None).stdout)
            .expect("json");
    assert_eq!(json["worst_tier"], "tier_3");
    assert_eq!(json["tier_history"]["2009"]["inferred"], true);
}

#[test]
fn bad_inputs_are_named_and_fail() {
    let missing = tipline(&["extract", "/no/such/file.txt"], None);
    assert!(!missing.status.success());
    assert!(
        stderr(&missing).contains("/no/such/file.txt"),
        "{}",
        stderr(&missing)
    );
    let bad = temp(
        "bad.txt",
        b"In 2010 it was placed on Tier 3.\n\xff\xfe more",
    );
    let o = tipline(&["timeline", bad.to_str().expect("path")], None);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("bad.txt") && err.contains("byte offset 33"),
        "{err}"
    );
    let lossy = tipline(&["timeline", "--lossy", bad.to_str().expect("path")], None);
    assert!(lossy.status.success());
    assert!(
        stdout(&lossy).contains("2010        tier_placement"),
        "{}",
        stdout(&lossy)
    );
    let bin = temp("bin.dat", b"\x7fELF\x02\x01\x01\0\0\0\0\0");
    let o = tipline(&["stats", bin.to_str().expect("path")], None);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("binary"), "{}", stderr(&o));
    for (name, bytes) in [("empty.txt", &b""[..]), ("blank.txt", &b" \n\n\t\n"[..])] {
        let empty = temp(name, bytes);
        let o = tipline(&["extract", empty.to_str().expect("path")], None);
        assert!(!o.status.success());
        assert!(stderr(&o).contains("the input is empty"), "{}", stderr(&o));
    }
    let small = tipline(
        &["extract", "--max-bytes", "10", "-"],
        Some(b"In 2010 it was placed on Tier 3."),
    );
    assert!(!small.status.success());
    assert!(
        stderr(&small).contains("at most 10 bytes"),
        "{}",
        stderr(&small)
    );
}

#[test]
fn batch_jsonl_keeps_order_and_reports_errors() {
    let mut input = String::new();
    for i in 0..40 {
        input.push_str(&serde_json::json!({"id": format!("doc{i}"), "text": format!("In {}, X was placed on Tier 2.", 2000 + i)}).to_string());
        input.push('\n');
    }
    input.push_str("{not json}\n");
    input.push_str(&serde_json::json!({"id": 7, "text": "Nothing."}).to_string());
    input.push('\n');
    input.push_str(&serde_json::json!({"id": "blank", "text": "  \n"}).to_string());
    input.push('\n');
    let o = tipline(
        &[
            "extract", "--format", "jsonl", "--input", "jsonl", "--jobs", "2",
        ],
        Some(input.as_bytes()),
    );
    assert!(
        !o.status.success(),
        "a bad record makes the run fail at the end"
    );
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("jsonl"))
        .collect();
    assert_eq!(lines.len(), 43);
    for (i, l) in lines.iter().take(40).enumerate() {
        assert_eq!(l["source"], format!("doc{i}"));
        assert_eq!(l["events"][0]["date"]["year"], 2000 + i as i64);
    }
    assert!(lines[40]["error"]
        .as_str()
        .expect("error")
        .contains("line 41"));
    assert_eq!(lines[41]["source"], "7");
    assert_eq!(lines[42]["source"], "blank");
    assert_eq!(lines[42]["error"], "expected text, but the input is empty");
    assert!(
        stderr(&o).contains("43 documents") && stderr(&o).contains("2 errors"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_report_year_given_dates_a_narrative_whose_title_tells_none() {
    let narrative = "TESTLAND: Tier 2\n\nThe Government of Testland does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so. The government convicted 12 traffickers.\n";
    let dated = |o: &Output| -> Vec<(String, serde_json::Value, serde_json::Value)> {
        stdout(o)
            .lines()
            .flat_map(|l| {
                let d: serde_json::Value = serde_json::from_str(l).expect("jsonl");
                let events = d["events"].as_array().cloned().unwrap_or_default();
                events.into_iter().map(move |e| {
                    (
                        e["kind"].as_str().unwrap_or("").to_string(),
                        e["date"]["year"].clone(),
                        d["report_year"].clone(),
                    )
                })
            })
            .collect()
    };
    // A record's own year, else the option's, else none.
    let records = [
        serde_json::json!({"id": "own", "text": narrative, "report_year": 2016}),
        serde_json::json!({"id": "option", "text": narrative}),
    ];
    let input: String = records.iter().map(|r| format!("{r}\n")).collect();
    let o = tipline(
        &[
            "extract",
            "--format",
            "jsonl",
            "--input",
            "jsonl",
            "--report-year",
            "2012",
        ],
        Some(input.as_bytes()),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let got = dated(&o);
    for (kind, year, report_year) in [
        ("tier_placement", 2016, 2016),
        ("statistic", 2015, 2016),
        ("tier_placement", 2012, 2012),
        ("statistic", 2011, 2012),
    ] {
        let want = (kind.to_string(), year.into(), report_year.into());
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
    let o = tipline(
        &["extract", "--format", "jsonl", "--input", "jsonl"],
        Some(input.as_bytes()),
    );
    let got = dated(&o);
    assert!(
        got.contains(&("tier_placement".into(), 2016.into(), 2016.into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "tier_placement".into(),
            serde_json::Value::Null,
            serde_json::Value::Null
        )),
        "{got:?}"
    );
    // A year the title tells wins.
    let titled =
        format!("= Testland (Tier 2) — 2020 Trafficking in Persons Report =\n\n{narrative}");
    let record = serde_json::json!({"id": "titled", "text": titled, "report_year": 2016});
    let o = tipline(
        &["extract", "--format", "jsonl", "--input", "jsonl"],
        Some(format!("{record}\n").as_bytes()),
    );
    assert!(
        dated(&o).contains(&("statistic".into(), 2019.into(), 2020.into())),
        "{:?}",
        dated(&o)
    );
}

#[test]
fn batch_of_paths_and_directories() {
    let dir = scratch_dir("dir");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).expect("dirs");
    std::fs::write(dir.join("a.txt"), "In 2017 X was placed on Tier 3.").expect("write");
    std::fs::write(dir.join("sub/b.wiki"), "In 2018 X was placed on Tier 2.").expect("write");
    std::fs::write(dir.join("ignored.md"), "In 2019 X was placed on Tier 1.").expect("write");
    let o = tipline(
        &[
            "extract",
            "--format",
            "jsonl",
            dir.to_str().expect("dir"),
            "/no/such.txt",
        ],
        None,
    );
    assert!(!o.status.success());
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("jsonl"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["source"]
        .as_str()
        .expect("source")
        .ends_with("a.txt"));
    assert!(lines[1]["source"]
        .as_str()
        .expect("source")
        .ends_with("b.wiki"));
    assert!(lines[2]["error"]
        .as_str()
        .expect("error")
        .contains("/no/such.txt"));
}

#[test]
fn eval_command() {
    let Some(dir) = super::corpus_dir() else {
        return;
    };
    let o = tipline(
        &[
            "eval",
            dir.join("gold").to_str().expect("dir"),
            "--format",
            "json",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["documents"], 30);
    assert!(v["overall"]["f1"].as_f64().expect("f1") > 0.9);
    let bad = tipline(&["eval", "/no/such/gold"], None);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("/no/such/gold"));
}
