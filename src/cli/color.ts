import type { CliContext } from "./cli-context.js";

/**
 * Colour only on a terminal, never with --no-color or a non-empty NO_COLOR (no-color.org);
 * FORCE_COLOR (other than "0") turns it on where a terminal cannot be detected, e.g. CI logs.
 */
export function useColor(context: CliContext, noColorFlag: boolean): boolean {
  if (noColorFlag || (context.env.NO_COLOR ?? "") !== "") return false;
  const force = context.env.FORCE_COLOR;
  if (force !== undefined && force !== "0") return true;
  return context.stderrIsTTY;
}
