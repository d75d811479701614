// The calls the interface makes into the Rust core, over Tauri IPC.
// Shapes mirror overstap-core's views (crates/overstap-core/src/api/views.rs).
import { invoke } from "@tauri-apps/api/core";

export type Lang = "nl" | "de" | "en";

export interface NextStep {
  id: string;
  title: string;
}

export interface ChecklistProgress {
  total: number;
  required: number;
  done: number;
  skipped: number;
  blocked: number;
  todo: number;
  percent: number;
  complete: boolean;
  next_step: NextStep | null;
}

export interface ChecklistSummary {
  id: string;
  title: string;
  description: string;
  progress: ChecklistProgress;
}

export interface AppInfo {
  version: string;
  lang: Lang;
  data_dir: string;
  notices: { code: string; message: string }[];
}

/** The closed error set that crosses IPC: branch on `code`, show `message`. */
export interface ApiError {
  code: string;
  message: string;
}

export const appInfo = () => invoke<AppInfo>("app_info");
export const listChecklists = (lang: Lang) => invoke<ChecklistSummary[]>("list_checklists", { lang });
export const uiReady = (checklists: number) => invoke<void>("ui_ready", { checklists });
