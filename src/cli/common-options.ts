import type { OptionDef, OptionValues } from "./args.js";

/** Options every command that reads MOF accepts, so they read and behave the same everywhere. */
export const commonOptions: readonly OptionDef[] = [
  {
    name: "include",
    short: "I",
    type: "string",
    multiple: true,
    valueName: "dir",
    description: "also look for included files in <dir> (repeatable, searched in order)",
  },
  { name: "quiet", short: "q", type: "boolean", description: "print errors only" },
  { name: "verbose", type: "boolean", description: "print what was read and how long it took" },
  { name: "no-color", type: "boolean", description: "never colour the output (also: NO_COLOR=1)" },
  { name: "help", short: "h", type: "boolean", description: "show this help" },
];

export interface CommonOptions {
  readonly includeDirs: readonly string[];
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly noColor: boolean;
  readonly help: boolean;
}

export function readCommonOptions(values: OptionValues): CommonOptions {
  const include = values.include;
  return {
    includeDirs: Array.isArray(include) ? include.map(String) : [],
    quiet: values.quiet === true,
    verbose: values.verbose === true,
    noColor: values["no-color"] === true,
    help: values.help === true,
  };
}
