/**
 * What a command may touch of the outside world besides the file system: streams, the working
 * directory and the environment. main.ts builds it from `process`; keeping it an object makes
 * every command's output and exit code a function of its inputs.
 */
export interface CliContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr, where diagnostics go, is a terminal (colour is only used there). */
  readonly stderrIsTTY: boolean;
  /**
   * Calls `stop` when the user interrupts (Ctrl-C) instead of ending the process, for commands
   * that run until then (`generate --watch`); returns a function that stops listening. Absent
   * where there is nobody to interrupt (tests calling the CLI in-process).
   */
  readonly onInterrupt?: (stop: () => void) => () => void;
}

/**
 * Exit codes, documented in `mofgen --help`: 0 no errors (warnings allowed), 1 the input has
 * errors, 2 the command line is wrong or names a path that cannot be read, 3 internal error.
 */
export const exitCodes = {
  ok: 0,
  inputErrors: 1,
  usage: 2,
  internal: 3,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
