#!/usr/bin/env node
// Puts the `overstap` command line where Tauri's bundler takes it from, so
// every installer carries it next to the desktop app (bundle.externalBin,
// "packaging/sidecar/overstap"): Tauri looks for that path with the target
// triple appended (packaging/sidecar/overstap-x86_64-pc-windows-msvc.exe,
// …-aarch64-apple-darwin, …-x86_64-unknown-linux-gnu) and installs it
// without the suffix: /usr/bin/overstap in the .deb, overstap.exe beside
// overstap-app.exe on Windows, Overstap.app/Contents/MacOS/overstap on macOS.
//
//   node scripts/cli-sidecar.mjs              release build of the CLI, then the copy
//   node scripts/cli-sidecar.mjs --no-build   only the copy (scripts/build-deb.sh
//                                             has just built both binaries in one run)
//
// Node, not a shell script: the Windows and macOS installers are built on
// those systems, where Node is already needed for the interface. The build
// target is this computer's (rustc's host); CARGO_TARGET_DIR is honoured.
// Prints the copied file's path (relative to the repository) on standard output.
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cargo = process.env.CARGO || "cargo";
const run = (program, args) => execFileSync(program, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

if (!process.argv.includes("--no-build")) {
  // Progress to standard error: standard output is the path alone.
  execFileSync(cargo, ["build", "--release", "--locked", "-p", "overstap-cli"], { cwd: root, stdio: ["ignore", 2, 2] });
}
const target = JSON.parse(run(cargo, ["metadata", "--format-version", "1", "--no-deps"])).target_directory;
const triple = run("rustc", ["--print", "host-tuple"]).trim();
const exe = triple.includes("windows") ? ".exe" : "";
const built = join(target, "release", `overstap${exe}`);
if (!existsSync(built)) {
  console.error(`cli-sidecar: ${built} is missing: build it with cargo build --release -p overstap-cli`);
  process.exit(1);
}
const sidecar = join(root, "packaging", "sidecar", `overstap-${triple}${exe}`);
mkdirSync(dirname(sidecar), { recursive: true });
copyFileSync(built, sidecar);
chmodSync(sidecar, 0o755);
console.log(relative(root, sidecar).split("\\").join("/"));
