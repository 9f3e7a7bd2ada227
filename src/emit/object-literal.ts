/** A one-line object literal from already-rendered keys and values (Prettier wraps it later). */
export function objectLiteral(fields: readonly (readonly [string, string])[]): string {
  if (fields.length === 0) return "{}";
  return `{ ${fields.map(([key, value]) => `${key}: ${value}`).join(", ")} }`;
}
