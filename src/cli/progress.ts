import type { CliContext } from "./cli-context.js";
import type { GenerateProgress } from "./generate-in-memory.js";

export interface Progress {
  readonly update: (event: GenerateProgress) => void;
  /** Erases the progress line, before anything else is printed. */
  readonly clear: () => void;
}

const silent: Progress = { update: () => {}, clear: () => {} };

/**
 * One self-overwriting status line on stderr while a target generates. Only on a terminal:
 * never in CI logs (`CI` set), never with --quiet, never when stderr is a pipe or file.
 */
export function createProgress(context: CliContext, quiet: boolean, label: string): Progress {
  const ci = context.env.CI;
  if (quiet || !context.stderrIsTTY || (ci !== undefined && ci !== "" && ci !== "false")) {
    return silent;
  }
  let shown = false;
  const prefix = label === "" ? "" : `${label}: `;
  return {
    update(event) {
      shown = true;
      context.stderr(`\r\u001b[K${prefix}${describe(event)}`);
    },
    clear() {
      if (shown) context.stderr("\r\u001b[K");
      shown = false;
    },
  };
}

function describe(event: GenerateProgress): string {
  switch (event.stage) {
    case "read":
      return `reading MOF files (${event.files} read)`;
    case "resolve":
      return "resolving the schema";
    case "emit":
      return `generating ${event.classes} classes`;
  }
}
