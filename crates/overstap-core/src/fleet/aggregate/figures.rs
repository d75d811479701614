//! The figures of a fleet, resolved from the tally: names instead of
//! numbers, in a stable order (shipped checklists and steps in their own
//! order, the biggest problems first), ready for the dashboard, the CSV
//! and `--json`.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::interner::{Interner, NameId};
use super::skip::Skipped;
use super::tally::{ChecklistCount, StepCount, Tally, NOT_GIVEN};
use super::timeline;
use super::titles::Titles;

/// Everything the aggregate found.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Figures {
    /// Valid reports counted (one per laptop and day).
    pub reports: u64,
    /// Valid reports replaced by a newer upload of the same laptop and day.
    pub replaced: u64,
    /// Laptops with at least one valid report.
    pub laptops: u64,
    /// Laptops whose newest report has every checklist complete.
    pub complete_laptops: u64,
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    /// Files left out, all of them, per reason code.
    pub skipped_total: u64,
    pub skipped_by_code: BTreeMap<String, u64>,
    /// Per checklist over all laptops, with each step.
    pub checklists: Vec<ChecklistFigures>,
    /// The same per department; `name` is null for reports that name none.
    pub departments: Vec<DepartmentFigures>,
    pub timeline: TimelineFigures,
    /// Blocked steps grouped by checklist, step and reason, most laptops first.
    pub blocked: Vec<BlockedFigures>,
    /// Per check, the most failures first.
    pub checks: Vec<CheckFigures>,
    /// Overstap versions and operating systems of the newest reports.
    pub versions: Vec<NamedCount>,
    pub systems: Vec<NamedCount>,
    /// The files left out, one by one (up to a limit; `skipped_total` counts all).
    #[serde(skip)]
    pub skipped: Vec<Skipped>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ChecklistFigures {
    pub id: String,
    /// Laptops the checklist applies to.
    pub laptops: u64,
    /// Of those, with every required step done.
    pub complete: u64,
    /// Required steps done, and required steps, summed over the laptops.
    pub done: u64,
    /// Of `done`: those Overstap proved (the rest are on people's word).
    pub done_checked: u64,
    pub required: u64,
    pub steps: Vec<StepFigures>,
}

impl ChecklistFigures {
    pub fn percent_complete(&self) -> f64 {
        percent(self.complete, self.laptops)
    }

    pub fn mean_done(&self) -> f64 {
        ratio(self.done, self.laptops)
    }

    pub fn mean_done_checked(&self) -> f64 {
        ratio(self.done_checked, self.laptops)
    }

    pub fn mean_required(&self) -> f64 {
        ratio(self.required, self.laptops)
    }
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct StepFigures {
    pub id: String,
    /// Laptops for which the step is required (the others have it optional).
    pub required: u64,
    pub todo: u64,
    pub done: u64,
    /// Of `done`: on the person's word alone, not proved by Overstap.
    pub done_confirmed: u64,
    pub skipped: u64,
    pub blocked: u64,
}

impl StepFigures {
    pub fn laptops(&self) -> u64 {
        self.todo + self.done + self.skipped + self.blocked
    }
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DepartmentFigures {
    pub name: Option<String>,
    pub laptops: u64,
    pub complete: u64,
    pub checklists: Vec<ChecklistFigures>,
}

impl DepartmentFigures {
    pub fn percent_complete(&self) -> f64 {
        percent(self.complete, self.laptops)
    }
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct TimelineFigures {
    /// The checklists followed, in the order of each day's `checklists`.
    pub checklists: Vec<String>,
    pub days: Vec<DayFigures>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DayFigures {
    pub day: String,
    /// Laptops that had reported by this day.
    pub reporting: u64,
    /// Of those, complete by their newest report on or before this day.
    pub complete: u64,
    pub checklists: Vec<DayChecklist>,
}

impl DayFigures {
    pub fn percent_complete(&self) -> f64 {
        percent(self.complete, self.reporting)
    }
}

#[derive(Debug, Clone, Copy, Serialize, schemars::JsonSchema)]
pub struct DayChecklist {
    pub laptops: u64,
    pub complete: u64,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct BlockedFigures {
    pub checklist: String,
    pub step: String,
    /// The most common spelling; null when the reports give no reason.
    pub reason: Option<String>,
    pub laptops: u64,
    /// The departments affected, most laptops first.
    pub departments: Vec<DepartmentCount>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DepartmentCount {
    pub name: Option<String>,
    pub laptops: u64,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct CheckFigures {
    pub probe: String,
    pub pass: u64,
    pub warn: u64,
    pub fail: u64,
    pub skipped: u64,
    /// Failure kinds of the failing and warning results, most common first.
    pub failures: Vec<NamedCount>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct NamedCount {
    pub name: String,
    pub count: u64,
}

/// `part` of `whole` in percent; 0 for an empty whole.
pub fn percent(part: u64, whole: u64) -> f64 {
    ratio(part, whole) * 100.0
}

fn ratio(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

impl Figures {
    pub(crate) fn from_tally(tally: Tally, titles: &Titles) -> Figures {
        let names = &tally.names;
        let name = |id: NameId| names.name(id).to_owned();
        let department_name = |id: NameId| (id != NOT_GIVEN).then(|| name(id));

        let mut groups = group_counts(&tally);
        let mut departments: Vec<DepartmentFigures> = tally
            .departments
            .iter()
            .map(|(&dept, count)| DepartmentFigures {
                name: department_name(dept),
                laptops: count.laptops,
                complete: count.complete,
                checklists: checklists(groups.remove(&Some(dept)).unwrap_or_default(), names, titles),
            })
            .collect();
        // By name, the reports without a department last.
        departments.sort_by(|a, b| (a.name.is_none(), &a.name).cmp(&(b.name.is_none(), &b.name)));

        let mut blocked: Vec<BlockedFigures> = tally
            .blocked
            .iter()
            .map(|(&(checklist, step, reason), count)| {
                let spelling = count
                    .spellings
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then_with(|| names.name(*b.0).cmp(names.name(*a.0))));
                let mut affected: Vec<DepartmentCount> = count
                    .departments
                    .iter()
                    .map(|(&dept, &laptops)| DepartmentCount { name: department_name(dept), laptops })
                    .collect();
                affected.sort_by(|a, b| b.laptops.cmp(&a.laptops).then_with(|| a.name.cmp(&b.name)));
                BlockedFigures {
                    checklist: name(checklist),
                    step: name(step),
                    reason: (reason != NOT_GIVEN).then(|| spelling.map(|(id, _)| name(*id))).flatten(),
                    laptops: count.laptops,
                    departments: affected,
                }
            })
            .collect();
        blocked.sort_by(|a, b| {
            b.laptops
                .cmp(&a.laptops)
                .then_with(|| (&a.checklist, &a.step, &a.reason).cmp(&(&b.checklist, &b.step, &b.reason)))
        });

        let mut checks: Vec<CheckFigures> = tally
            .checks
            .iter()
            .map(|(&probe, count)| {
                let [pass, warn, fail, skipped] = count.statuses;
                CheckFigures { probe: name(probe), pass, warn, fail, skipped, failures: ranked(&count.failures, names) }
            })
            .collect();
        checks.sort_by(|a, b| (b.fail, b.warn).cmp(&(a.fail, a.warn)).then_with(|| a.probe.cmp(&b.probe)));

        let timeline_days = timeline::build(tally.timeline, tally.timeline_checklists.len());
        let timeline = TimelineFigures {
            checklists: tally.timeline_checklists.iter().map(|&c| name(c)).collect(),
            days: timeline_days
                .iter()
                .map(|d| DayFigures {
                    day: d.day.to_string(),
                    reporting: d.reporting,
                    complete: d.complete,
                    checklists: d
                        .checklists
                        .iter()
                        .map(|&(laptops, complete)| DayChecklist { laptops, complete })
                        .collect(),
                })
                .collect(),
        };

        Figures {
            reports: tally.reports,
            replaced: tally.replaced,
            laptops: tally.laptops,
            complete_laptops: tally.departments.values().map(|c| c.complete).sum(),
            first_day: timeline.days.first().map(|d| d.day.clone()),
            last_day: timeline.days.last().map(|d| d.day.clone()),
            skipped_total: tally.skipped_total,
            skipped_by_code: tally.skipped_by_code.iter().map(|(code, n)| ((*code).to_owned(), *n)).collect(),
            checklists: checklists(groups.remove(&None).unwrap_or_default(), names, titles),
            departments,
            timeline,
            blocked,
            checks,
            versions: ranked(&tally.versions, names),
            systems: ranked(&tally.systems, names),
            skipped: tally.skipped,
        }
    }
}

/// Checklist and step counts of one group of laptops.
#[derive(Debug, Default)]
struct GroupCounts {
    checklists: HashMap<NameId, ChecklistCount>,
    steps: HashMap<NameId, Vec<(NameId, StepCount)>>,
}

/// The counts per department (`Some`) and over all laptops (`None`), in one
/// pass over the tally.
fn group_counts(tally: &Tally) -> HashMap<Option<NameId>, GroupCounts> {
    let mut groups: HashMap<Option<NameId>, GroupCounts> = HashMap::new();
    for (&(dept, checklist), count) in &tally.checklists {
        for group in [Some(dept), None] {
            let sum = groups.entry(group).or_default().checklists.entry(checklist).or_default();
            sum.laptops += count.laptops;
            sum.complete += count.complete;
            sum.done += count.done;
            sum.done_checked += count.done_checked;
            sum.required += count.required;
        }
    }
    let mut overall: HashMap<(NameId, NameId), StepCount> = HashMap::new();
    for (&(dept, checklist, step), count) in &tally.steps {
        groups.entry(Some(dept)).or_default().steps.entry(checklist).or_default().push((step, *count));
        let sum = overall.entry((checklist, step)).or_default();
        for (total, n) in sum.states.iter_mut().zip(count.states) {
            *total += n;
        }
        sum.done_confirmed += count.done_confirmed;
        sum.required += count.required;
    }
    let all = groups.entry(None).or_default();
    for ((checklist, step), count) in overall {
        all.steps.entry(checklist).or_default().push((step, count));
    }
    groups
}

/// One group's checklists with their steps, in display order.
fn checklists(group: GroupCounts, names: &Interner, titles: &Titles) -> Vec<ChecklistFigures> {
    let GroupCounts { checklists, mut steps } = group;
    let mut list: Vec<ChecklistFigures> = checklists
        .into_iter()
        .map(|(checklist, count)| {
            let id = names.name(checklist);
            let mut steps: Vec<StepFigures> = steps
                .remove(&checklist)
                .unwrap_or_default()
                .into_iter()
                .map(|(step, count)| {
                    let [todo, done, skipped, blocked] = count.states;
                    StepFigures {
                        id: names.name(step).to_owned(),
                        required: count.required,
                        todo,
                        done,
                        done_confirmed: count.done_confirmed,
                        skipped,
                        blocked,
                    }
                })
                .collect();
            steps.sort_by_cached_key(|s| titles.step_rank(id, &s.id));
            ChecklistFigures {
                id: id.to_owned(),
                laptops: count.laptops,
                complete: count.complete,
                done: count.done,
                done_checked: count.done_checked,
                required: count.required,
                steps,
            }
        })
        .collect();
    list.sort_by_cached_key(|c| titles.checklist_rank(&c.id));
    list
}

/// Counts by name, the largest first (ties by name).
fn ranked(counts: &HashMap<NameId, u64>, names: &Interner) -> Vec<NamedCount> {
    let mut list: Vec<NamedCount> =
        counts.iter().map(|(&id, &count)| NamedCount { name: names.name(id).to_owned(), count }).collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    list
}
