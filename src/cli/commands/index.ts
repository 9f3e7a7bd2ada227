import type { CommandEntry } from "../command.js";

/** Every subcommand, in the order `mofgen --help` lists them. */
export const commands: readonly CommandEntry[] = [
  {
    name: "validate",
    summary: "check MOF files and everything they include for errors",
    load: async () => (await import("./validate.js")).validateCommand,
  },
  {
    name: "generate",
    summary: "generate TypeScript bindings from MOF files",
    load: async () => (await import("./generate.js")).generateCommand,
  },
  {
    name: "inspect",
    summary: "print the resolved schema (classes, qualifiers, instances) as JSON",
    load: async () => (await import("./inspect.js")).inspectCommand,
  },
];
