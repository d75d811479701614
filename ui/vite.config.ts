// Builds ui/ into ui/dist, which tauri.conf.json embeds into the app.
// Everything is bundled locally: the webview loads nothing from the network.
import { defineConfig } from "vite";

export default defineConfig({
  clearScreen: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2021",
    // No inline <script> or data: module preloads: the CSP allows only 'self'.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: { port: 1420, strictPort: true },
});
