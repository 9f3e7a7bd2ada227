import type { Command } from "../command.js";
import { generateCommand } from "./generate.js";
import { inspectCommand } from "./inspect.js";
import { validateCommand } from "./validate.js";

/** Every subcommand, in the order `mofgen --help` lists them. */
export const commands: readonly Command[] = [validateCommand, generateCommand, inspectCommand];
