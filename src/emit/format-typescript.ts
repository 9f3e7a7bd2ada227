/**
 * Prettier in-process with pinned options, one file at a time (Prettier is super-linear in file
 * size, so per-class files keep it fast). The standalone build with only the TypeScript and
 * ESTree plugins loads much faster than the full package.
 */
import * as estree from "prettier/plugins/estree";
import * as typescript from "prettier/plugins/typescript";
import { format } from "prettier/standalone";

/** Pinned: output must not depend on any Prettier config the user has lying around. */
export const PRETTIER_OPTIONS = {
  parser: "typescript",
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "preserve",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
  proseWrap: "preserve",
} as const;

export function formatTypeScript(source: string): Promise<string> {
  return format(source, { ...PRETTIER_OPTIONS, plugins: [estree, typescript] });
}
