/** A one-line object literal from already-rendered keys and values (Prettier wraps it later). */
export function objectLiteral(fields: readonly (readonly [string, string])[]): string {
  if (fields.length === 0) return "{}";
  return `{ ${fields.map(([key, value]) => `${key}: ${value}`).join(", ")} }`;
}

/**
 * An object literal across lines, one field per line at `indent` spaces and the closing brace
 * two spaces less: where Prettier would put them, and Prettier keeps an object expanded when
 * its source breaks the line after `{`. So the lines of a long metadata object can be told
 * apart, and set aside while formatting (see set-aside-property-lists.ts).
 */
export function expandedObjectLiteral(
  fields: readonly (readonly [string, string])[],
  indent: number,
): string {
  if (fields.length === 0) return "{}";
  const pad = " ".repeat(indent);
  return `{\n${fields.map(([key, value]) => `${pad}${key}: ${value},\n`).join("")}${pad.slice(2)}}`;
}

/**
 * An array literal with one element per line, as Prettier prints an array of two or more
 * objects (it always breaks those); shorter ones stay on one line for Prettier to lay out.
 */
export function expandedArrayLiteral(items: readonly string[], indent: number): string {
  if (items.length < 2) return `[${items.join(", ")}]`;
  const pad = " ".repeat(indent + 2);
  return `[\n${items.map((item) => `${pad}${item},\n`).join("")}${" ".repeat(indent)}]`;
}
