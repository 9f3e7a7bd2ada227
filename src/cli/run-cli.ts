import { closestMatch } from "../diagnostics/closest-match.js";
import { formatOptionsHelp, type OptionDef, parseCommandLine } from "./args.js";
import { type CliContext, type ExitCode, exitCodes } from "./cli-context.js";
import type { Command } from "./command.js";
import { commands } from "./commands/index.js";
import { readVersion } from "./version.js";

const globalOptions: readonly OptionDef[] = [
  { name: "help", short: "h", type: "boolean", description: "show this help" },
  { name: "version", short: "v", type: "boolean", description: "print mofgen's version" },
];

/** `mofgen [--help | --version] <command> [options] [args]` */
export function runCli(argv: readonly string[], context: CliContext): ExitCode | Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    context.stderr(`${globalHelp()}\n`);
    return exitCodes.usage;
  }
  if (first.startsWith("-")) return runGlobalOptions(argv, context);
  const command = commands.find((c) => c.name === first);
  if (command === undefined) {
    const suggestion = closestMatch(
      first,
      commands.map((c) => c.name),
    );
    const hint = suggestion === undefined ? "" : `; did you mean '${suggestion}'?`;
    return usageError(`unknown command '${first}'${hint}`, "mofgen --help", context);
  }
  return command.load().then((loaded) => runCommand(loaded, rest, context));
}

function runGlobalOptions(argv: readonly string[], context: CliContext): ExitCode {
  const parsed = parseCommandLine(argv, globalOptions);
  if (!parsed.ok) return usageError(parsed.message, "mofgen --help", context);
  if (parsed.values.version === true) {
    context.stdout(`${readVersion()}\n`);
    return exitCodes.ok;
  }
  if (parsed.values.help === true && parsed.positionals.length === 0) {
    context.stdout(`${globalHelp()}\n`);
    return exitCodes.ok;
  }
  return usageError(
    "options go after the command, as in: mofgen validate -I dir file.mof",
    "mofgen --help",
    context,
  );
}

async function runCommand(
  command: Command,
  argv: readonly string[],
  context: CliContext,
): Promise<ExitCode> {
  const helpCommand = `mofgen ${command.name} --help`;
  const parsed = parseCommandLine(argv, command.options);
  if (!parsed.ok) return usageError(parsed.message, helpCommand, context);
  if (parsed.values.help === true) {
    context.stdout(`${commandHelp(command)}\n`);
    return exitCodes.ok;
  }
  const result = await command.run(parsed, context);
  return typeof result === "number" ? result : usageError(result.usageError, helpCommand, context);
}

function usageError(message: string, helpCommand: string, context: CliContext): ExitCode {
  context.stderr(`mofgen: ${message}\nRun '${helpCommand}' for usage.\n`);
  return exitCodes.usage;
}

function globalHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "mofgen: typed TypeScript bindings from DMTF/WMI MOF schemas",
    "",
    "Usage: mofgen <command> [options] <file.mof>...",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    formatOptionsHelp(globalOptions),
    "",
    "Run 'mofgen <command> --help' for the options of a command.",
    "",
    exitStatusHelp,
  ].join("\n");
}

function commandHelp(command: Command): string {
  return [
    `Usage: ${command.usage}`,
    "",
    command.description,
    "",
    "Options:",
    formatOptionsHelp(command.options),
    "",
    exitStatusHelp,
  ].join("\n");
}

const exitStatusHelp = [
  "Exit status:",
  "  0  no errors (warnings allowed)",
  "  1  the input has errors (generate --check: the output is out of date)",
  "  2  the command line is wrong, or a path on it cannot be read",
  "  3  internal error in mofgen (please report it)",
].join("\n");
