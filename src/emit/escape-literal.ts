/**
 * Rendering of MOF strings as TypeScript string literals. JSON.stringify already escapes
 * quotes, backslashes, control characters and (since ES2019) lone surrogates; U+2028/U+2029
 * are legal in string literals today but still end a line for older tools and for anyone
 * pasting the code, so they are escaped too.
 */
export function quoteString(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
