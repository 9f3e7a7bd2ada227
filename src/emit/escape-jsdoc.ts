/**
 * Turns MOF text (Description, Values, Deprecated) into lines that are safe inside a JSDoc
 * block. Nothing in the input may end the comment, start a JSDoc tag, or smuggle in a line
 * terminator or invisible control character.
 */

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/;

/** Split into comment lines with every hazard neutralised; trailing blank lines removed. */
export function jsDocLines(text: string): string[] {
  const lines = text.split(LINE_BREAK).map((line) => escapeJsDocLine(line).trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  while (lines.length > 0 && lines[0] === "") lines.shift();
  return lines;
}

/**
 * Escapes one line (which must not contain line breaks): `*\/` cannot close the comment, `@`
 * after whitespace cannot start a tag (TSDoc's `\@`), control characters and lone surrogates
 * become visible `\uXXXX` text, and tabs become spaces.
 */
export function escapeJsDocLine(line: string): string {
  // Almost every line of a schema's descriptions has nothing to escape (a hot path on large
  // schemas): skip the character loop unless a character below could need it.
  if (!NEEDS_ESCAPING.test(line)) return line;
  let out = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    const code = line.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + line.charAt(i + 1);
        i++;
        continue;
      }
    }
    if (ch === "\t") out += " ";
    else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0))
      out += unicodeEscape(code);
    else if (code >= 0xd800 && code <= 0xdfff) out += unicodeEscape(code);
    else if (code === 0xfeff || code === 0x200b) out += unicodeEscape(code);
    else if (ch === "/" && out.endsWith("*")) out += "\\/";
    else if (ch === "@" && (out === "" || /[\s{]$/.test(out))) out += "\\@";
    else out += ch;
  }
  return out;
}

/** Any character the loop in `escapeJsDocLine` may change: keep the two in step. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job
const NEEDS_ESCAPING = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufeff\u200b@]|\*\//;

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
