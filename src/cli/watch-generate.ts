import fs from "node:fs";
import path from "node:path";
import { type CliContext, type ExitCode, exitCodes } from "./cli-context.js";
import type { UsageError } from "./command.js";
import type { GenerateRun } from "./commands/generate.js";

/** Changes closer together than this are one change (editors write a file in several steps). */
const DEBOUNCE_MS = 100;

/**
 * `mofgen generate --watch`: runs once, then again after every change of a file the last run
 * depended on (inputs, every included file, templates, the configuration). The set is
 * recomputed after each run, since includes and the configuration may change. Template
 * directories are watched as a whole, so a template added there is noticed too. Errors are
 * printed and watching goes on; an interrupt (Ctrl-C) ends it with exit status 0. Directories
 * are watched (not files) so that editors which save by replacing the file are seen too.
 */
export async function watchGenerate(
  run: (context: CliContext) => Promise<GenerateRun>,
  context: CliContext,
): Promise<ExitCode | UsageError> {
  const first = await run(context);
  if (typeof first.status === "object") return first.status;
  let watched = first.inputs;
  let templateDirs = first.templateDirs ?? new Set<string>();
  context.stderr(
    `Watching ${watched.size} ${watched.size === 1 ? "file" : "files"} for changes (Ctrl-C to stop).\n`,
  );
  return new Promise((resolve) => {
    let watchers: fs.FSWatcher[] = [];
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    let pending = false;

    const regenerate = async () => {
      if (running) {
        pending = true;
        return;
      }
      running = true;
      const result = await run(context);
      if (typeof result.status === "object") {
        context.stderr(`mofgen: ${result.status.usageError}\n`);
      }
      // A run that stopped before reading anything keeps the previous set.
      if (result.inputs.size > 0) {
        watched = result.inputs;
        templateDirs = result.templateDirs ?? new Set();
      }
      watchFiles(watched, templateDirs);
      running = false;
      if (pending) {
        pending = false;
        schedule();
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void regenerate(), DEBOUNCE_MS);
    };
    const closeAll = () => {
      for (const watcher of watchers) watcher.close();
      watchers = [];
    };
    const watchFiles = (files: ReadonlySet<string>, templates: ReadonlySet<string>) => {
      closeAll();
      // Per directory: the names it holds that matter, and whether any template does (a
      // template directory or one under it, where a new file overrides a built-in template).
      const byDir = new Map<string, { names: Set<string>; templates: boolean }>();
      const entry = (dir: string) => {
        const found = byDir.get(dir) ?? { names: new Set<string>(), templates: false };
        byDir.set(dir, found);
        return found;
      };
      for (const dir of templates) {
        for (const sub of directoriesUnder(dir)) entry(sub).templates = true;
      }
      for (const file of files) entry(path.dirname(file)).names.add(path.basename(file));
      for (const [dir, { names, templates: anyTemplate }] of byDir) {
        const matters = (name: string) =>
          names.has(name) ||
          (anyTemplate && (name.endsWith(".hbs") || isDirectory(path.join(dir, name))));
        try {
          const watcher = fs.watch(dir, (_event, name) => {
            if (name === null || matters(name)) schedule();
          });
          watcher.on("error", () => {});
          watchers.push(watcher);
        } catch {
          // The directory is gone; a later run reports the missing file.
        }
      }
    };

    watchFiles(watched, templateDirs);
    const unsubscribe = context.onInterrupt?.(() => {
      clearTimeout(timer);
      closeAll();
      unsubscribe?.();
      resolve(exitCodes.ok);
    });
  });
}

/** `dir` and every directory below it (partials/ of a template directory); none if it is gone. */
function directoriesUnder(dir: string): string[] {
  if (!isDirectory(dir)) return [];
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  return [
    dir,
    ...entries
      .filter((e) => e.isDirectory())
      .flatMap((e) => directoriesUnder(path.join(dir, e.name))),
  ];
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
