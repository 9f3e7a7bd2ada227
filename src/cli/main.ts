#!/usr/bin/env node
import type { CliContext } from "./cli-context.js";

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

try {
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
  process.exitCode = await runCli(process.argv.slice(2), context);
} catch (error) {
  reportInternalError(error);
}
