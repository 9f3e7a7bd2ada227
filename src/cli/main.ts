#!/usr/bin/env node
import v8 from "node:v8";
import type { CliContext } from "./cli-context.js";

// A run is short, and its hot code (lexer, parser, AST and model builders) is optimized while it
// runs, on V8's background threads, which share the machine's cores with the main thread. With
// V8's default inlining budget that costs more CPU than the work itself: `validate` of DMTF CIM
// 2.49 takes about 0.4 s on the main thread and 0.6 s on the others. A small budget still
// inlines the small helpers, cuts the background CPU to about 0.35 s, and the main thread is no
// slower. Set before any of mofgen is loaded, so that it applies to all of it.
v8.setFlagsFromString("--max-inlined-bytecode-size-cumulative=100");

/**
 * The `mofgen` executable. Everything, including loading the modules, runs inside one guard:
 * a bug must end in a short "internal error" message and exit code 3, never a stack trace.
 */
const internalErrorExitCode = 3;

function reportInternalError(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `mofgen: internal error: ${reason}\nThis is a bug in mofgen; please report it with the command line and the input that caused it.\n`,
  );
  process.exitCode = internalErrorExitCode;
}

process.on("uncaughtException", reportInternalError);
process.on("unhandledRejection", reportInternalError);
// `mofgen validate x.mof | head` closes the pipe early; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") reportInternalError(error);
  });
}

/**
 * Commands that only read and report. When one is done and its output has been written, the
 * process ends at once: winding down by itself, it would first free the V8 heap piece by piece
 * (some 10 ms after a schema the size of DMTF CIM) and finish garbage collection work started
 * during the run. Output still being written (to a full pipe) is waited for.
 */
const readOnlyCommands: ReadonlySet<string> = new Set(["validate", "inspect"]);

try {
  const argv = process.argv.slice(2);
  const { runCli } = await import("./run-cli.js");
  const context: CliContext = {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    onInterrupt(stop) {
      const handler = () => stop();
      process.once("SIGINT", handler);
      process.once("SIGTERM", handler);
      return () => {
        process.off("SIGINT", handler);
        process.off("SIGTERM", handler);
      };
    },
  };
  process.exitCode = await runCli(argv, context);
  const written = process.stdout.writableLength === 0 && process.stderr.writableLength === 0;
  if (readOnlyCommands.has(argv[0] ?? "") && written) process.exit();
} catch (error) {
  reportInternalError(error);
}
