/**
 * Prettier in a few worker threads, for the CLI. Formatting is most of a cold `generate`, and
 * files are independent, so it spreads over cores; the emit stage only sees a `FormatFile`.
 *
 * Each worker loads nothing but Prettier's standalone build and the plugins of the pinned parser
 * (no mofgen code), so it is ready while the main thread is still parsing the schema.
 */
import { createRequire } from "node:module";
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { FormatFile } from "../emit/format-typescript.js";
import { PRETTIER_OPTIONS, PRETTIER_PLUGINS } from "../emit/prettier-options.js";
import { withVerbatimSetAside } from "../emit/set-aside-verbatim.js";

export interface FormatPool {
  readonly format: FormatFile;
  /** Stops the workers; formatting still pending is rejected. */
  close(): Promise<void>;
}

/** `MOFGEN_FORMAT_WORKERS` overrides it; 0 means format in-process. */
export function defaultPoolSize(env: Readonly<Record<string, string | undefined>>): number {
  const configured = env.MOFGEN_FORMAT_WORKERS;
  if (configured !== undefined && /^\d+$/.test(configured.trim())) return Number(configured);
  return Math.min(2, os.availableParallelism());
}

/**
 * Runs in each worker (as CommonJS, from source text, so it works the same from the build and
 * from the TypeScript sources). Requests are handled strictly one after another.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { format } = require(workerData.standalone);
const plugins = workerData.plugins.map((file) => require(file));
const options = { ...workerData.options, plugins };
let queue = Promise.resolve();
parentPort.on("message", ({ id, source }) => {
  queue = queue.then(() =>
    format(source, options).then(
      (text) => parentPort.postMessage({ id, text }),
      (error) => parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    ),
  );
});
`;

/**
 * Prettier's garbage is short-lived (one file's AST and document), so a small young generation
 * costs no measurable time, while with V8's default each worker's heap ends up about 30 MB
 * larger (cold CIM 2.49 run: median peak RSS 421 MB → 362 MB with two workers).
 */
const YOUNG_GENERATION_MB = 8;

interface Reply {
  readonly id: number;
  readonly text?: string;
  readonly error?: string;
}

interface Task {
  readonly resolve: (text: string) => void;
  readonly reject: (error: Error) => void;
  readonly size: number;
}

interface Slot {
  readonly worker: Worker;
  /** Characters sent and not yet returned: new work goes to the least loaded worker. */
  backlog: number;
}

export function createFormatPool(size: number): FormatPool {
  const require = createRequire(import.meta.url);
  const workerData = {
    standalone: require.resolve("prettier/standalone"),
    plugins: PRETTIER_PLUGINS.map((name) => require.resolve(`prettier/plugins/${name}`)),
    options: PRETTIER_OPTIONS,
  };
  const tasks = new Map<number, Task>();
  let nextId = 0;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const task of tasks.values()) task.reject(error);
    tasks.clear();
  };

  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    // Idle workers must not keep the process alive.
    worker.unref();
    const slot: Slot = { worker, backlog: 0 };
    worker.on("message", (reply: Reply) => {
      const task = tasks.get(reply.id);
      if (task === undefined) return;
      tasks.delete(reply.id);
      slot.backlog -= task.size;
      if (tasks.size === 0) for (const s of slots) s.worker.unref();
      if (reply.error !== undefined) task.reject(new Error(reply.error));
      else task.resolve(reply.text ?? "");
    });
    worker.on("error", failAll);
    worker.on("exit", (code) => {
      if (tasks.size > 0) failAll(new Error(`a formatting worker stopped (exit code ${code})`));
    });
    return slot;
  });

  // Work is handed out as soon as it arrives (not when a worker asks for it), because the main
  // thread is busy rendering and could not answer a worker in time.
  const format: FormatFile = (_path, source) => {
    if (failure !== undefined) return Promise.reject(failure);
    const slot = slots.reduce((best, s) => (s.backlog < best.backlog ? s : best));
    const id = nextId++;
    return new Promise<string>((resolve, reject) => {
      tasks.set(id, { resolve, reject, size: source.length });
      slot.backlog += source.length;
      for (const s of slots) s.worker.ref();
      slot.worker.postMessage({ id, source });
    });
  };

  return {
    // Verbatim text is set aside here, on the main thread, so workers get (and send back) less.
    format: withVerbatimSetAside(format),
    async close() {
      failAll(new Error("the formatting pool was closed"));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
