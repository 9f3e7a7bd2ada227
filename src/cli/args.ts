import { parseArgs } from "node:util";
import { closestMatch } from "../diagnostics/closest-match.js";

/** One command-line option; the table drives both parsing and `--help`. */
export interface OptionDef {
  /** Long name without dashes: `include` for `--include`. */
  readonly name: string;
  readonly short?: string;
  readonly type: "string" | "boolean";
  /** Repeatable (`-I a -I b`); the value is then a list. */
  readonly multiple?: boolean;
  /** Placeholder shown in help for string options: `--include <dir>`. */
  readonly valueName?: string;
  readonly description: string;
}

export type OptionValues = Readonly<
  Record<string, string | boolean | (string | boolean)[] | undefined>
>;

export type ParsedArgs =
  | { readonly ok: true; readonly values: OptionValues; readonly positionals: readonly string[] }
  | { readonly ok: false; readonly message: string };

/**
 * Strict parsing (unknown options are errors, never ignored) that turns Node's error into a
 * short message with a "did you mean" hint instead of an exception.
 */
export function parseCommandLine(
  argv: readonly string[],
  options: readonly OptionDef[],
): ParsedArgs {
  const config = Object.fromEntries(
    options.map((o) => [
      o.name,
      {
        type: o.type,
        ...(o.short === undefined ? {} : { short: o.short }),
        ...(o.multiple === true ? { multiple: true } : {}),
      },
    ]),
  );
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: config,
      strict: true,
      allowPositionals: true,
    });
    return { ok: true, values, positionals };
  } catch (error) {
    return { ok: false, message: describeParseError(error, argv, options) };
  }
}

function describeParseError(
  error: unknown,
  argv: readonly string[],
  options: readonly OptionDef[],
): string {
  const code = (error as { code?: unknown }).code;
  const text = error instanceof Error ? error.message : String(error);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const flag = /'([^']+)'/.exec(text)?.[1] ?? "";
    const known = options.flatMap((o) => [
      `--${o.name}`,
      ...(o.short === undefined ? [] : [`-${o.short}`]),
    ]);
    const suggestion = closestMatch(flag, known);
    const hint = suggestion === undefined ? "" : `; did you mean '${suggestion}'?`;
    return `unknown option '${flag}'${hint}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = options.find((o) => new RegExp(`--${o.name}(?![\\w-])`).test(text));
    if (option !== undefined) {
      return option.type === "string"
        ? `option '--${option.name}' needs a value, as in --${option.name} <${option.valueName ?? "value"}>`
        : `option '--${option.name}' does not take a value`;
    }
  }
  // Node's wording for the remaining cases is already plain; keep the first sentence.
  return text.split(". ")[0] ?? `cannot parse the command line: ${argv.join(" ")}`;
}

/** The option list for help output, aligned in two columns. */
export function formatOptionsHelp(options: readonly OptionDef[]): string {
  const left = options.map((o) => {
    const short = o.short === undefined ? "    " : `-${o.short}, `;
    const value = o.type === "string" ? ` <${o.valueName ?? "value"}>` : "";
    return `${short}--${o.name}${value}`;
  });
  const width = Math.max(...left.map((l) => l.length));
  return options.map((o, i) => `  ${(left[i] ?? "").padEnd(width)}  ${o.description}`).join("\n");
}
