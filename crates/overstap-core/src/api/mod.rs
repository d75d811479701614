//! The one API surface: the Tauri shell, the CLI and the tests all call
//! [`Overstap`]. It joins the checklist library with the progress store and
//! returns views in the caller's language.

mod actions;
mod check;
mod fleet;
mod preset;
mod proof;
mod settings;
mod signin;
mod step_action;
mod views;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::checklist::{self, Checklist, Library, StepRef};
use crate::error::{Error, ErrorCode, Result};
use crate::i18n::{self, Arg};
use crate::lang::Lang;
use crate::paths;
use crate::preset::{self as presets, EffectivePreset};
use crate::progress::{self, status_of};
use crate::report::{self, Report};
use crate::store::{ChangeSource, HistoryEntry, NewChange, Store};

pub use actions::{ActionId, ActionOutcome};
pub use check::{CheckReport, CheckResultView};
pub use fleet::{
    FleetAttempt, FleetPreview, FleetSendPlan, FleetSendView, FleetState, FleetStatusView, FleetUploadView,
};
pub use preset::{
    preset_schema, system_preset_language, ClientConfigs, PresetImport, PresetProblemView, PresetValidation,
    PresetView, WrittenView,
};
pub use settings::{SettingKey, SettingSource, SettingView, SettingsView, MAX_DEPARTMENT_CHARS};
pub use signin::{PendingSignIn, SignInRequest, SignInStartView};
pub use step_action::{StepAction, MAX_NOTE_CHARS, MAX_REASON_CHARS};
pub use views::{CheckedView, ChecklistDetail, ChecklistSummary, LinkView, ProgressView, StepChanged, StepView};

/// How to open Overstap.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// `--data-dir`; `None` uses `$OVERSTAP_DATA_DIR` or the per-OS default.
    pub data_dir: Option<PathBuf>,
    /// Recorded in the history of every change made through this handle.
    pub source: ChangeSource,
}

/// Something the person must be told after opening (not an error: work goes on).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The database was damaged; it was moved to `moved_to` and a fresh one started.
    DatabaseRecovered { moved_to: PathBuf, cause: String },
}

impl Notice {
    /// A stable code for scripts and the UI.
    pub fn code(&self) -> &'static str {
        match self {
            Notice::DatabaseRecovered { .. } => "database_recovered",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            Notice::DatabaseRecovered { moved_to, .. } => {
                i18n::tr(lang, "notice-database-recovered", &[("path", Arg::from(moved_to.display().to_string()))])
            }
        }
    }
}

/// An open Overstap: the checklists and this person's progress.
/// Cheap to share between threads (the Tauri shell keeps one in its state).
#[derive(Debug)]
pub struct Overstap {
    /// The checklists as this organisation's preset shapes them.
    library: Arc<Library>,
    /// The checklists as shipped (what presets name).
    shipped: Arc<Library>,
    preset: Arc<EffectivePreset>,
    store: Mutex<Store>,
    data_dir: PathBuf,
    source: ChangeSource,
}

impl Overstap {
    /// Loads the checklists and opens the progress store. Returns the notices
    /// the person must see (e.g. that a damaged database was moved aside).
    pub fn open(options: OpenOptions) -> Result<(Overstap, Vec<Notice>)> {
        let shipped = checklist::load_embedded().map_err(Error::from)?;
        let data_dir = paths::resolve_data_dir(options.data_dir.as_deref())?;
        paths::check_data_dir(&data_dir)?;
        if let Some(err) = crate::data_dir_file::file_in_the_way(&data_dir) {
            return Err(err);
        }
        let (store, recovery) = Store::open(&data_dir.join(paths::DATABASE_FILE))?;
        let preset = presets::load(&shipped, &data_dir, &store);
        let library = presets::apply(&shipped, &preset.preset);
        let notices =
            recovery.into_iter().map(|r| Notice::DatabaseRecovered { moved_to: r.moved_to, cause: r.cause }).collect();
        tracing::info!(data_dir = %data_dir.display(), "opened");
        let overstap = Overstap {
            library: Arc::new(library),
            shipped: Arc::new(shipped),
            preset: Arc::new(preset),
            store: Mutex::new(store),
            data_dir,
            source: options.source,
        };
        overstap.reconcile_proofs()?;
        Ok((overstap, notices))
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn database_path(&self) -> PathBuf {
        self.data_dir.join(paths::DATABASE_FILE)
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    /// Every checklist with its progress, in overview order.
    pub fn checklists(&self, lang: Lang) -> Result<Vec<ChecklistSummary>> {
        let statuses = self.store()?.statuses()?;
        Ok(self.library.checklists().iter().map(|c| summary(c, &statuses, lang)).collect())
    }

    /// One checklist with every step and its state.
    pub fn checklist(&self, id: &str, lang: Lang) -> Result<ChecklistDetail> {
        let c = self.find_checklist(id)?;
        let store = self.store()?;
        let statuses = store.statuses()?;
        let checked =
            checked_views(&store, c.steps.iter().filter_map(|s| statuses.get(&StepRef::new(&c.id, &s.id))), lang)?;
        drop(store);
        let steps = c
            .steps
            .iter()
            .map(|s| StepView {
                id: s.id.clone(),
                kind: s.kind,
                required: s.required,
                title: s.title.get(lang).to_owned(),
                body: s.body.get(lang).to_owned(),
                links: s
                    .links
                    .iter()
                    .map(|l| LinkView { label: l.label.get(lang).to_owned(), url: l.url.clone() })
                    .collect(),
                depends_on: s.depends_on.iter().map(StepRef::to_string).collect(),
                ready: progress::is_ready(s, &statuses),
                probe: s.probe.clone(),
                action: s.action.clone(),
                confirm: s.confirm,
                confirm_text: s.confirm.then(|| s.confirm_text.get(lang).to_owned()),
                status: status_of(&statuses, &c.id, &s.id).clone(),
                checked: status_of(&statuses, &c.id, &s.id).checked_by.and_then(|seq| checked.get(&seq).cloned()),
            })
            .collect();
        let s = summary(c, &statuses, lang);
        Ok(ChecklistDetail { id: s.id, title: s.title, description: s.description, progress: s.progress, steps })
    }

    /// Marks a step (`checklist/step`) done, skipped, blocked, or back to to-do.
    /// Returns only after the change is durably stored.
    pub fn set_step(&self, step: &str, action: &StepAction, note: Option<&str>) -> Result<StepChanged> {
        let step_ref = self.find_step(step)?;
        let data = self
            .library
            .checklist(&step_ref.checklist)
            .and_then(|c| c.step(&step_ref.step))
            .ok_or_else(|| Error::internal("a step found is in its checklist"))?;
        let reason = action.validated_reason()?;
        let note =
            note.map(|n| step_action::clean_text(n, "note", MAX_NOTE_CHARS)).transpose()?.filter(|n| !n.is_empty());
        let mut store = self.store()?;
        let current = store.status(&step_ref)?;
        let proof = match action {
            // A check step is done when its check passes, not when someone says so (proof.rs).
            StepAction::Done => {
                let latest = match &data.probe {
                    Some(p) => store.latest_probe_result(&p.id)?.map(|r| r.outcome.status),
                    None => None,
                };
                Some(proof::person_done(data, &current, latest)?)
            }
            _ => None,
        };
        let change = NewChange {
            step: &step_ref,
            state: action.state(),
            reason: reason.as_deref(),
            note: note.as_deref(),
            source: self.source,
            probe_result: None,
            proof,
            // A check that stands keeps standing, whatever the person says of the step.
            checked_by: current.checked_by,
        };
        let entry = store.record(&change)?;
        // Ids and states only: reasons and notes may hold personal details.
        tracing::info!(step = %step_ref, state = entry.state.as_str(), seq = entry.seq, "step changed");
        Ok(entry.into())
    }

    /// The history of one step (`checklist/step`), oldest first.
    pub fn step_history(&self, step: &str) -> Result<Vec<HistoryEntry>> {
        let step_ref = self.find_step(step)?;
        self.store()?.history(Some(&step_ref))
    }

    /// Progress of every checklist, with totals.
    pub fn progress(&self, lang: Lang) -> Result<ProgressView> {
        let checklists = self.checklists(lang)?;
        let sum = |f: fn(&ChecklistSummary) -> usize| checklists.iter().map(f).sum();
        Ok(ProgressView {
            total_steps: sum(|c| c.progress.total),
            done_steps: sum(|c| c.progress.done),
            done_checked_steps: sum(|c| c.progress.done_checked),
            done_confirmed_steps: sum(|c| c.progress.done_confirmed),
            skipped_steps: sum(|c| c.progress.skipped),
            blocked_steps: sum(|c| c.progress.blocked),
            complete_checklists: checklists.iter().filter(|c| c.progress.complete).count(),
            checklists,
        })
    }

    /// Everything: every checklist, step, state and history entry.
    pub fn report(&self, lang: Lang) -> Result<Report> {
        let store = self.store()?;
        let statuses = store.statuses()?;
        let history = store.history(None)?;
        let checked = checked_views(&store, statuses.values(), lang)?;
        drop(store);
        Ok(report::build(&self.library, &statuses, &checked, &history, lang))
    }

    /// Runs SQLite's full integrity check on the progress database.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        self.store()?.integrity_check()
    }

    fn find_checklist(&self, id: &str) -> Result<&Checklist> {
        self.library
            .checklist(id)
            .ok_or_else(|| Error::new(ErrorCode::UnknownChecklist, "error-unknown-checklist").arg("id", id))
    }

    fn find_step(&self, text: &str) -> Result<StepRef> {
        let step_ref = StepRef::parse(text)
            .ok_or_else(|| Error::new(ErrorCode::Usage, "error-step-ref-format").arg("given", text))?;
        let c = self.find_checklist(&step_ref.checklist)?;
        if c.step(&step_ref.step).is_none() {
            return Err(Error::new(ErrorCode::UnknownStep, "error-unknown-step")
                .arg("checklist", step_ref.checklist.clone())
                .arg("step", step_ref.step.clone()));
        }
        Ok(step_ref)
    }

    fn store(&self) -> Result<MutexGuard<'_, Store>> {
        self.store.lock().map_err(|_| Error::internal("progress store lock poisoned"))
    }
}

/// The check results the given steps rest on, rendered in `lang`, by sequence number.
fn checked_views<'a>(
    store: &Store,
    statuses: impl Iterator<Item = &'a crate::store::StepStatus>,
    lang: Lang,
) -> Result<std::collections::HashMap<i64, CheckedView>> {
    let mut views = std::collections::HashMap::new();
    for seq in statuses.filter_map(|s| s.checked_by) {
        if views.contains_key(&seq) {
            continue;
        }
        if let Some(result) = store.probe_result(seq)? {
            let view = CheckedView {
                seq,
                probe: result.outcome.probe,
                summary: result.outcome.summary.render(lang),
                at: result.at,
            };
            views.insert(seq, view);
        }
    }
    Ok(views)
}

fn summary(
    c: &Checklist,
    statuses: &std::collections::HashMap<StepRef, crate::store::StepStatus>,
    lang: Lang,
) -> ChecklistSummary {
    ChecklistSummary {
        id: c.id.clone(),
        title: c.title.get(lang).to_owned(),
        description: c.description.get(lang).to_owned(),
        progress: progress::of_checklist(c, statuses, lang),
    }
}
