//! An empty Tauri v2 app: one window, one line of HTML, no commands.

fn main() {
    tauri::Builder::default().run(tauri::generate_context!()).expect("the empty app runs");
}
