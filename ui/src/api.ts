// The calls the interface makes into the Rust core, over Tauri IPC. This is
// the only file that calls `invoke`. The types are generated from the Rust
// types (src/bindings/, by ts-rs): never write one by hand here.
import { Channel, invoke } from "@tauri-apps/api/core";
import type { ActionOutcome } from "./bindings/ActionOutcome";
import type { AppInfo } from "./bindings/AppInfo";
import type { CheckReport } from "./bindings/CheckReport";
import type { CheckResultView } from "./bindings/CheckResultView";
import type { ChecklistDetail } from "./bindings/ChecklistDetail";
import type { ChecklistSummary } from "./bindings/ChecklistSummary";
import type { ErrorPayload } from "./bindings/ErrorPayload";
import type { ExampleView } from "./bindings/ExampleView";
import type { FleetPreview } from "./bindings/FleetPreview";
import type { FleetStatusView } from "./bindings/FleetStatusView";
import type { HistoryEntry } from "./bindings/HistoryEntry";
import type { PresetImport } from "./bindings/PresetImport";
import type { PresetView } from "./bindings/PresetView";
import type { ReportFormat } from "./bindings/ReportFormat";
import type { Service } from "./bindings/Service";
import type { SettingKey } from "./bindings/SettingKey";
import type { SettingsView } from "./bindings/SettingsView";
import type { SignInChoice } from "./bindings/SignInChoice";
import type { SignInEvent } from "./bindings/SignInEvent";
import type { SignInRecord } from "./bindings/SignInRecord";
import type { SignInService } from "./bindings/SignInService";
import type { StepAction } from "./bindings/StepAction";
import type { StepChanged } from "./bindings/StepChanged";

/** The closed error set that crosses IPC: branch on `code`, show `message`. */
export type ApiError = ErrorPayload;

/** Whether something thrown by a call is the core's `{code, message}`. */
export function isApiError(e: unknown): e is ApiError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

export const appInfo = () => invoke<AppInfo>("app_info");
export const settings = () => invoke<SettingsView>("settings");
export const setSetting = (key: SettingKey, value: string | null) =>
  invoke<SettingsView>("set_setting", { key, value });
export const finishFirstRun = () => invoke<SettingsView>("finish_first_run");
export const resetProgress = () => invoke<number>("reset_progress");
export const uiReady = (checklists: number) => invoke<void>("ui_ready", { checklists });

export const listChecklists = () => invoke<ChecklistSummary[]>("list_checklists");
/** The last detail of each checklist drawn: what a step waits for is named from it (screens/waiting.ts). */
const lastDetails = new Map<string, ChecklistDetail>();
export async function checklist(id: string): Promise<ChecklistDetail> {
  const detail = await invoke<ChecklistDetail>("checklist", { id });
  lastDetails.set(id, detail);
  return detail;
}
export const lastChecklist = (id: string): ChecklistDetail | undefined => lastDetails.get(id);
export const setStep = (step: string, action: StepAction, note: string | null = null) =>
  invoke<StepChanged>("set_step", { step, action, note });
export const stepHistory = (step: string) => invoke<HistoryEntry[]>("step_history", { step });

/** Runs the checks; `onResults` gets each service's results as they arrive. */
/** `sendTestMessage`: the person agreed to Overstap's Matrix test message for this run. */
export function runCheck(services: Service[], onResults: (r: CheckResultView[]) => void, sendTestMessage = false): Promise<CheckReport> {
  const channel = new Channel<CheckResultView[]>();
  channel.onmessage = onResults;
  return invoke<CheckReport>("run_check", { services, sendTestMessage, onResults: channel });
}
export const latestCheckResults = () => invoke<CheckResultView[]>("latest_check_results");
export const runAction = (id: string, undo: boolean) => invoke<ActionOutcome>("run_action", { id, undo });

export function signIn(
  service: SignInService,
  choice: SignInChoice,
  onEvent: (e: SignInEvent) => void,
): Promise<SignInRecord> {
  const channel = new Channel<SignInEvent>();
  channel.onmessage = onEvent;
  return invoke<SignInRecord>("sign_in", { service, choice, onEvent: channel });
}
export const signInCancel = (service: SignInService) => invoke<void>("sign_in_cancel", { service });
export const signInCode = (service: SignInService, code: string) => invoke<void>("sign_in_code", { service, code });
export const signIns = () => invoke<SignInRecord[]>("sign_ins");
export const signOut = (service: SignInService) => invoke<SignInRecord | null>("sign_out", { service });

export const presetView = () => invoke<PresetView>("preset_view");
export const importPreset = () => invoke<PresetImport | null>("import_preset");
export const examplePresets = () => invoke<ExampleView[]>("example_presets");
export const useExample = (id: string | null) => invoke<void>("use_example", { id });
export const exportReport = (format: ReportFormat) => invoke<string | null>("export_report", { format });

export const fleetStatus = () => invoke<FleetStatusView>("fleet_status");
export const fleetPreview = () => invoke<FleetPreview>("fleet_preview");
export const fleetMarkSeen = () => invoke<FleetStatusView>("fleet_mark_seen");
