/**
 * Identifier and key rendering for generated code. CIM names are kept verbatim wherever
 * TypeScript allows it; where it does not, the change is mechanical and injective so two CIM
 * names can never map to one TypeScript name.
 */
import { quoteString } from "./escape-literal.js";

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;
const IDENTIFIER_PART = /[\p{ID_Continue}$\u200c\u200d]/u;

/**
 * Words that cannot name an exported interface or const in an ES module, or that would
 * shadow something generated code relies on (`globalThis`).
 */
const RESERVED = new Set([
  ...["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete"],
  ...["do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if"],
  ...["import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw"],
  ...["true", "try", "typeof", "var", "void", "while", "with", "yield", "await", "let", "static"],
  ...["implements", "interface", "package", "private", "protected", "public", "arguments"],
  ...["eval", "undefined", "NaN", "Infinity", "globalThis"],
  // TypeScript's predefined type names cannot name an interface.
  ...["any", "unknown", "never", "number", "string", "boolean", "bigint", "symbol", "object"],
]);

export function isIdentifierName(text: string): boolean {
  return IDENTIFIER.test(text);
}

export function isReservedName(text: string): boolean {
  return RESERVED.has(text);
}

/**
 * A module-level binding name for a CIM-derived name. Characters TypeScript does not allow
 * become `$<hex>$` and a reserved word gets a `$` suffix; `$` never occurs in a MOF
 * identifier, so the mapping cannot collide with a verbatim name.
 */
export function bindingName(text: string): string {
  let out = "";
  for (const ch of text) {
    const ok = out === "" ? IDENTIFIER.test(ch) : IDENTIFIER_PART.test(ch);
    out += ok && ch !== "$" ? ch : `$${(ch.codePointAt(0) ?? 0).toString(16)}$`;
  }
  if (out === "") return "$";
  return RESERVED.has(out) ? `${out}$` : out;
}

/** A property key in an object literal. `__proto__` must be computed: as a plain key it sets the prototype. */
export function objectKey(name: string): string {
  if (name === "__proto__") return `["__proto__"]`;
  return isIdentifierName(name) ? name : quoteString(name);
}

/** Reading a member named `name`: `.name`, or `["name"]` when it is not an identifier. */
export function propertyAccess(name: string): string {
  return isIdentifierName(name) ? `.${name}` : `[${quoteString(name)}]`;
}

/** A member name in an interface or type literal (no `__proto__` special case there). */
export function memberKey(name: string): string {
  return isIdentifierName(name) ? name : quoteString(name);
}

/**
 * A short identifier made from free text ("DMTF Reserved" → "DmtfReserved"): words are split
 * on anything that is not a letter or digit and capitalised; a word in capitals is lowercased
 * first. Returns "" when no letters or digits remain.
 */
export function pascalWords(text: string): string {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .map((word) => {
      const lower = word === word.toUpperCase() ? word.toLowerCase() : word;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join("");
}

/** Code-point order, never locale order, so output is the same on every machine. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
