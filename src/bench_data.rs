//! A large synthetic session for the benchmarks (DESIGN §6): 300 delegations,
//! 500 agenda items, 2,000 decisions with their text in the five languages,
//! 50,000 events. The same seed gives the same files and the same record.
//!
//! The body and meeting files are written as TOML and loaded with
//! [`files::load`]; half the decisions are prepared in the meeting file, the
//! other half drafted during the session. The script plans and folds each
//! command on a state of its own, to choose the next one (who is on the
//! speakers list, how many events are left); the commands are stored through
//! the store's batch entry point, [`Session::execute_all`], which plans and
//! folds them again as for any user, a thousand commands to a transaction:
//! 50,000 fsyncs would take minutes. The record opens with no conflict.
//!
//! Only with the `bench-data` feature: it is test data, not the library's API.

use crate::commands::{self, Command, Who};
use crate::domain::ids::ItemNumber;
use crate::domain::{Group, State};
use crate::files;
use crate::store::Session;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const DELEGATIONS: usize = 300;
pub const ITEMS: usize = 500;
pub const DECISIONS: usize = 2_000;
pub const EVENTS: usize = 50_000;
/// The file name of the meeting written by [`write_large_session`].
pub const MEETING_FILE: &str = "large-session.toml";

const LANGS: [&str; 5] = ["en", "fr", "pt", "es", "ru"];
const SUBSIDIARIES: [&str; 4] = ["WGM", "WGS", "WGDE", "CRP"];
/// Commands stored per transaction.
const BATCH: usize = 1_000;

/// SplitMix64: a tiny generator, good enough for test data and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// A few words of each language, to make sentences of.
fn words(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &[
            "la",
            "réunion",
            "plénière",
            "a",
            "pris",
            "note",
            "du",
            "rapport",
            "groupe",
            "de",
            "travail",
            "sur",
            "les",
            "statistiques",
            "diamants",
            "bruts",
            "certificats",
            "visite",
            "d'examen",
            "participants",
            "décidé",
            "poursuivre",
            "mise",
            "en",
            "œuvre",
            "production",
            "artisanale",
            "et",
            "alluviale",
            "comité",
        ],
        "pt" => &[
            "a",
            "reunião",
            "plenária",
            "tomou",
            "nota",
            "do",
            "relatório",
            "grupo",
            "de",
            "trabalho",
            "sobre",
            "estatísticas",
            "diamantes",
            "em",
            "bruto",
            "certificados",
            "visita",
            "avaliação",
            "participantes",
            "decidiu",
            "prosseguir",
            "aplicação",
            "produção",
            "artesanal",
            "e",
            "aluvial",
            "comité",
            "os",
            "da",
        ],
        "es" => &[
            "la",
            "reunión",
            "plenaria",
            "tomó",
            "nota",
            "del",
            "informe",
            "grupo",
            "de",
            "trabajo",
            "sobre",
            "estadísticas",
            "diamantes",
            "en",
            "bruto",
            "certificados",
            "visita",
            "examen",
            "participantes",
            "decidió",
            "proseguir",
            "aplicación",
            "producción",
            "artesanal",
            "y",
            "aluvial",
            "comité",
            "los",
            "el",
        ],
        "ru" => &[
            "пленарное",
            "заседание",
            "приняло",
            "к",
            "сведению",
            "доклад",
            "рабочей",
            "группы",
            "по",
            "статистике",
            "необработанных",
            "алмазов",
            "сертификаты",
            "обзорный",
            "визит",
            "участники",
            "решили",
            "продолжить",
            "осуществление",
            "кустарной",
            "и",
            "аллювиальной",
            "добычи",
            "комитет",
            "мониторингу",
            "в",
            "году",
        ],
        _ => &[
            "the",
            "plenary",
            "took",
            "note",
            "of",
            "report",
            "working",
            "group",
            "on",
            "statistics",
            "rough",
            "diamonds",
            "certificates",
            "review",
            "visit",
            "participants",
            "decided",
            "to",
            "continue",
            "implementation",
            "artisanal",
            "and",
            "alluvial",
            "production",
            "committee",
            "monitoring",
            "in",
            "year",
        ],
    }
}

/// A sentence of `min..min + spread` words in `lang`, capitalised, with a full stop.
fn sentence(rng: &mut Rng, lang: &str, min: usize, spread: usize) -> String {
    let list = words(lang);
    let n = min + rng.below(spread);
    let mut s = String::new();
    for i in 0..n {
        let w = list[rng.below(list.len())];
        if i == 0 {
            let mut c = w.chars();
            if let Some(first) = c.next() {
                s.extend(first.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push(' ');
            s.push_str(w);
        }
    }
    s.push('.');
    s
}

/// A name for a delegation or an item, the same stem in every language.
fn name(rng: &mut Rng) -> [String; 5] {
    const LATIN: [&str; 12] = [
        "ka", "lo", "mi", "ra", "ten", "vo", "sa", "ni", "du", "bel", "gor", "an",
    ];
    const CYRILLIC: [&str; 12] = [
        "ка", "ло", "ми", "ра", "тен", "во", "са", "ни", "ду", "бел", "гор", "ан",
    ];
    let parts: Vec<usize> = (0..2 + rng.below(3)).map(|_| rng.below(LATIN.len())).collect();
    let make = |table: &[&str; 12]| -> String {
        let s: String = parts.iter().map(|&p| table[p]).collect();
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    };
    let latin = make(&LATIN);
    [
        latin.clone(),
        format!("République de {latin}"),
        format!("República de {latin}"),
        format!("República de {latin}"),
        format!("Республика {}", make(&CYRILLIC)),
    ]
}

/// A TOML inline table of a text in every language.
fn localised(texts: &[String; 5]) -> String {
    let mut s = String::from("{ ");
    for (i, (lang, text)) in LANGS.iter().zip(texts).enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write!(s, "{lang} = {}", toml_string(text)).expect("write to a string");
    }
    s.push_str(" }");
    s
}

fn toml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn delegation_id(i: usize) -> String {
    format!("D{:03}", i + 1)
}

/// Item numbers: 100 items, each with four sub-items (1, 1.1 … 1.4, 2 …).
fn item_number(i: usize) -> String {
    let (top, sub) = (i / 5 + 1, i % 5);
    if sub == 0 {
        top.to_string()
    } else {
        format!("{top}.{sub}")
    }
}

fn body_file(rng: &mut Rng) -> String {
    let mut s = String::from(
        "# A synthetic body for the benchmarks (src/bench_data.rs).\nid = \"syn\"\n\
         name = { en = \"Synthetic Certification Scheme\", fr = \"Système synthétique de certification\", \
         pt = \"Sistema sintético de certificação\", es = \"Sistema sintético de certificación\", \
         ru = \"Синтетическая схема сертификации\" }\n\
         languages = [\"en-GB\", \"fr\", \"pt-PT\", \"es\", \"ru\"]\nformal_adoption_rule = \"26\"\n",
    );
    for id in SUBSIDIARIES {
        let kind = if id == "CRP" { "committee" } else { "working-group" };
        let names = [0, 1, 2, 3, 4].map(|i| format!("{} {id}", ["Group", "Groupe", "Grupo", "Grupo", "Группа"][i]));
        write!(
            s,
            "\n[[subsidiary]]\nid = \"{id}\"\nkind = \"{kind}\"\nname = {}\n",
            localised(&names)
        )
        .expect("write to a string");
    }
    for i in 0..DELEGATIONS {
        // 270 participants, 20 observers, 10 applicants.
        let category = match i {
            0..270 => "participant",
            270..290 => "observer",
            _ => "applicant",
        };
        write!(
            s,
            "\n[[delegations]]\nid = \"{}\"\nname = {}\n\n[[delegations.membership]]\nfrom = 2003-01-01\ncategory = \"{category}\"\n",
            delegation_id(i),
            localised(&name(rng))
        )
        .expect("write to a string");
    }
    s
}

fn meeting_file(rng: &mut Rng) -> String {
    let mut s = String::from(
        "# A synthetic meeting for the benchmarks (src/bench_data.rs).\nbody = \"large-body.toml\"\n\
         kind = \"plenary\"\nhost = \"D001\"\ncity = { en = \"Synthville\", ru = \"Синтвиль\" }\n\
         opens = 2020-06-01\ncloses = 2020-06-05\nchair = \"D001\"\nvice_chair = \"D002\"\n\
         expected = [\"participants\", \"observers\", \"applicants\"]\n\n\
         [next_meeting]\nhost = \"D002\"\nkind = \"intersessional\"\nyear = 2021\nmonth = 6\n",
    );
    let mut decision = 0;
    for i in 0..ITEMS {
        let lead = match rng.below(3) {
            0 => "chair".to_string(),
            _ => SUBSIDIARIES[rng.below(SUBSIDIARIES.len())].to_string(),
        };
        let title = LANGS.map(|l| sentence(rng, l, 4, 6));
        write!(
            s,
            "\n[[items]]\nnumber = \"{}\"\nlead = \"{lead}\"\nminutes = {}\ntitle = {}\n",
            item_number(i),
            15 + rng.below(60),
            localised(&title)
        )
        .expect("write to a string");
        // Two prepared decisions an item: 1,000 in all, final in every language.
        for _ in 0..2 {
            decision += 1;
            let text = LANGS.map(|l| sentence(rng, l, 25, 20));
            write!(
                s,
                "\n  [[items.decisions]]\n  id = \"SYN/2020/{decision}\"\n  text = {}\n",
                localised(&text)
            )
            .expect("write to a string");
        }
    }
    s
}

/// Writes `large-body.toml` and [`MEETING_FILE`] into `dir`, then the record
/// beside them (any record there before is replaced). Returns the meeting
/// file. Panics if the generated data does not load or fold: it is a bug here.
pub fn write_large_session(dir: &Path, seed: u64) -> PathBuf {
    let mut rng = Rng(seed);
    std::fs::write(dir.join("large-body.toml"), body_file(&mut rng)).expect("write the body file");
    let meeting_path = dir.join(MEETING_FILE);
    std::fs::write(&meeting_path, meeting_file(&mut rng)).expect("write the meeting file");
    let record_path = meeting_path.with_extension(crate::store::session::RECORD_EXTENSION);
    for suffix in ["", "-wal", "-shm"] {
        let mut p = record_path.clone().into_os_string();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
    let meeting = files::load(&meeting_path).unwrap_or_else(|p| panic!("generated meeting: {p:?}"));
    let mut w = Writer {
        rng,
        state: State::new(Arc::new(meeting)),
        session: Session::open(&meeting_path).expect("open the new record"),
        pending: Vec::new(),
        events: 0,
        clock: chrono::DateTime::parse_from_rfc3339("2020-06-01T09:00:00+02:00").expect("a date"),
    };
    w.script();
    w.flush();
    assert_eq!(w.events, EVENTS);
    assert_eq!(
        w.session.state.core, w.state.core,
        "the store folds what the script planned"
    );
    assert_eq!(w.session.state.core.decisions.len(), DECISIONS);
    meeting_path
}

struct Writer {
    rng: Rng,
    /// The script's own view, to choose the next command.
    state: State,
    session: Session,
    /// Commands planned and folded on `state`, not yet stored.
    pending: Vec<(Command, String, crate::domain::state::At)>,
    /// Events so far, stored or pending.
    events: usize,
    clock: chrono::DateTime<chrono::FixedOffset>,
}

impl Writer {
    /// Plans and folds one command as `Session::execute` does; it is stored
    /// with the next batch.
    fn run(&mut self, command: Command, author: &'static str) {
        self.clock += chrono::Duration::seconds(1);
        let events = commands::plan(&self.state, &command, author).unwrap_or_else(|m| panic!("{command}: {m:?}"));
        let group = Arc::new(Group {
            // The record numbers events from 1; a group is its first event's number.
            seq: self.events as i64 + 1,
            at: self.clock,
            author: author.to_string(),
            command: command.to_string(),
            events,
        });
        self.events += group.events.len();
        self.state.apply(group).unwrap_or_else(|m| panic!("{command}: {m:?}"));
        self.pending.push((command, author.to_string(), self.clock));
        if self.pending.len() == BATCH {
            self.flush();
        }
    }

    /// Stores the pending commands in one transaction.
    fn flush(&mut self) {
        if let Err((i, e)) = self.session.execute_all(&self.pending) {
            panic!("{}: {e:?}", self.pending[i.min(self.pending.len() - 1)].0);
        }
        self.pending.clear();
    }

    fn text(&mut self, lang: &str, min: usize, spread: usize) -> String {
        sentence(&mut self.rng, lang, min, spread)
    }

    fn someone(&mut self, participants_only: bool) -> String {
        delegation_id(self.rng.below(if participants_only { 270 } else { DELEGATIONS }))
    }

    /// Someone marked present: only they may object, and a speaker not
    /// marked present would be marked so by `speaker add` (one more event).
    fn someone_present(&mut self, participants_only: bool) -> String {
        loop {
            let id = self.someone(participants_only);
            let here = self
                .state
                .delegation_index(&id)
                .is_some_and(|i| self.state.core.delegations[i].present == Some(true));
            if here {
                return id;
            }
        }
    }

    fn script(&mut self) {
        use Command as C;
        let who = |w: Who| vec![w];
        self.run(
            C::Present {
                who: who(Who::Participants),
            },
            "secretariat",
        );
        self.run(
            C::Present {
                who: who(Who::Observers),
            },
            "secretariat",
        );
        self.run(
            C::Present {
                who: who(Who::Applicants),
            },
            "secretariat",
        );
        for _ in 0..40 {
            let id = self.someone(false);
            self.run(C::Absent { who: who(Who::Id(id)) }, "secretariat");
        }
        self.run(
            C::Chair {
                id: "D003".into(),
                year: 2021,
            },
            "secretariat",
        );
        self.run(
            C::ViceChair {
                id: "D004".into(),
                year: 2021,
            },
            "secretariat",
        );
        for id in ["D291", "D292"] {
            self.run(C::Admit { id: id.into() }, "secretariat");
        }
        let mut drafted = 0;
        for i in 0..ITEMS {
            // An even share of what is left, so that the total comes out exact.
            let budget = (EVENTS - self.events) / (ITEMS - i);
            let start = self.events;
            let item = ItemNumber::parse(&item_number(i)).expect("an item number");
            self.run(C::Open { item: item.clone() }, "secretariat");
            let lead = self.state.meeting.items[i].lead.clone();
            if let Some(body) = lead.filter(|l| SUBSIDIARIES.contains(&l.as_str())) {
                let text = self.text("en", 30, 30);
                self.run(
                    C::Wg {
                        body,
                        item: item.clone(),
                        text,
                    },
                    "secretariat",
                );
            }
            // Two new decisions, translated; some amended and translated again.
            let mut ids: Vec<String> = (0..2).map(|k| format!("SYN/2020/{}", 2 * i + k + 1)).collect();
            for _ in 0..2 {
                drafted += 1;
                let decision = format!("SYN/2020/D{drafted}");
                let text = self.text("en", 25, 20);
                self.run(
                    C::Draft {
                        item: item.clone(),
                        decision: decision.clone(),
                        text,
                    },
                    "secretariat",
                );
                self.translate_all(&decision);
                if self.rng.chance(30) {
                    let text = self.text("en", 25, 20);
                    self.run(
                        C::Amend {
                            target: decision.clone(),
                            text,
                        },
                        "secretariat",
                    );
                    self.translate_all(&decision);
                }
                ids.push(decision);
            }
            for _ in 0..2 {
                let text = self.text("en", 20, 25);
                self.run(
                    C::Note {
                        item: item.clone(),
                        lang: None,
                        text,
                    },
                    "secretariat",
                );
                for lang in &LANGS[1..] {
                    let text = self.text(lang, 20, 25);
                    self.run(
                        C::Note {
                            item: item.clone(),
                            lang: Some(lang.to_string()),
                            text,
                        },
                        rapporteur(lang),
                    );
                }
            }
            for _ in 0..2 {
                let by = self.someone(false);
                let text = self.text("en", 15, 20);
                self.run(
                    C::Statement {
                        item: item.clone(),
                        by,
                        text,
                    },
                    "secretariat",
                );
            }
            for decision in ids {
                match self.rng.below(100) {
                    0..3 => {
                        let by = self.someone_present(true);
                        let reason = self.text("en", 8, 10);
                        self.run(C::Object { decision, by, reason }, "secretariat");
                    }
                    3..6 => self.run(C::DeferDecision { decision }, "secretariat"),
                    _ => {
                        self.run(
                            C::Adopt {
                                decision: decision.clone(),
                            },
                            "secretariat",
                        );
                        if self.rng.chance(5) {
                            let by = self.someone(true);
                            let statement = self.text("en", 10, 10);
                            self.run(
                                C::Reserve {
                                    decision,
                                    by,
                                    statement,
                                },
                                "secretariat",
                            );
                        }
                    }
                }
            }
            if self.rng.chance(10) {
                let body = SUBSIDIARIES[self.rng.below(SUBSIDIARIES.len())].to_string();
                let text = self.text("en", 10, 10);
                let owner = Some(self.someone(false));
                self.run(
                    C::Action {
                        body,
                        text,
                        owner,
                        due: None,
                    },
                    "secretariat",
                );
            }
            // The floor fills the rest of the item's share: speakers join and speak.
            while self.events + 1 < start + budget {
                let queue = &self.state.core.items[i].queue;
                let add = queue.len() < 3 || (queue.len() < 12 && self.rng.chance(50));
                if add {
                    let id = loop {
                        let id = self.someone_present(false);
                        if !self.state.core.items[i].queue.contains(&id) {
                            break id;
                        }
                    };
                    self.run(C::SpeakerAdd { id }, "secretariat");
                } else {
                    self.run(C::SpeakerNext, "secretariat");
                }
            }
            self.run(C::Close { item }, "secretariat");
        }
    }

    /// Final translations into every other language, each by its rapporteur.
    fn translate_all(&mut self, target: &str) {
        for lang in &LANGS[1..] {
            let text = self.text(lang, 25, 20);
            let command = Command::Translate {
                target: target.to_string(),
                lang: lang.to_string(),
                draft: false,
                text,
            };
            self.run(command, rapporteur(lang));
        }
    }
}

fn rapporteur(lang: &str) -> &'static str {
    match lang {
        "fr" => "rapporteur-fr",
        "pt" => "rapporteur-pt",
        "es" => "rapporteur-es",
        _ => "rapporteur-ru",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_files() {
        let (mut a, mut b) = (Rng(7), Rng(7));
        assert_eq!(body_file(&mut a), body_file(&mut b));
        assert_eq!(meeting_file(&mut a), meeting_file(&mut b));
    }
}
