import type { OptionDef, OptionValues } from "./args.js";
import type { CliContext, ExitCode } from "./cli-context.js";

/** A usage problem found by a command; the dispatcher prints it the same way for every command. */
export interface UsageError {
  readonly usageError: string;
}

/**
 * A subcommand as `mofgen --help` lists it. Its module, and everything that module imports, is
 * loaded only when it runs: `validate` must not pay for Prettier, Handlebars or the writer.
 */
export interface CommandEntry {
  readonly name: string;
  /** One line for `mofgen --help`. */
  readonly summary: string;
  load(): Promise<Command>;
}

/**
 * A `mofgen <name>` subcommand. The dispatcher parses the command line with `options`, answers
 * `--help` from `usage`/`description`/`options`, and calls `run` with the rest.
 */
export interface Command {
  readonly name: string;
  /** `mofgen <name> [options] <args>` */
  readonly usage: string;
  readonly description: string;
  readonly options: readonly OptionDef[];
  /** May be asynchronous: generating formats with Prettier, whose API is. */
  run(
    args: { readonly values: OptionValues; readonly positionals: readonly string[] },
    context: CliContext,
  ): ExitCode | UsageError | Promise<ExitCode | UsageError>;
}
