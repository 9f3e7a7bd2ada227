import type { Span } from "../ast/ast.js";
import type { DiagnosticCode } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";

/**
 * The text of one source file. Line breaks are kept exactly as written (CRLF, LF or lone CR),
 * so every offset, line and column the later stages compute matches what an editor shows.
 * When the bytes are not valid text, `diagnostics` says where; `text` is then a lossy decoding
 * (one U+FFFD per bad sequence, everything before the first one exact) so the rest of the file
 * can still be checked and quoted.
 */
export interface DecodedSource {
  readonly text: string;
  readonly diagnostics: Diagnostic[];
  /**
   * The file has a NUL: it is reported and not parsed. `text` is still the decoding, so the
   * NUL's location can be shown in a code frame.
   */
  readonly binary?: true;
}

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/** Decodes a MOF file: UTF-8 with or without BOM, or UTF-16 LE/BE with BOM (Windows exports). */
export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
  const { encoding, bomLength } = detectEncoding(bytes);
  const decoded =
    encoding === "utf-8"
      ? decodeUtf8(bytes.subarray(bomLength), bomLength, file)
      : decodeUtf16(bytes.subarray(bomLength), encoding, file);
  const nul = decoded.text.indexOf("\u0000");
  if (nul < 0) return decoded;
  // A NUL almost always means a binary file or UTF-16 saved without a BOM; parsing it (or
  // listing its invalid bytes) would only bury this one useful message. A 0x00 byte is never
  // part of a longer UTF-8 sequence, so the byte search and the text search find the same NUL.
  const byteOffset = encoding === "utf-8" ? bytes.indexOf(0, bomLength) : bomLength + 2 * nul;
  const hint = looksLikeBomlessUtf16(bytes)
    ? "; the file looks like UTF-16 without a byte order mark, save it as UTF-8 or UTF-16 with BOM"
    : "; is this a binary file?";
  return {
    text: decoded.text,
    binary: true,
    diagnostics: [
      problemAt("MOF1003", `NUL byte at byte offset ${byteOffset}${hint}`, decoded.text, nul, file),
    ],
  };
}

function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: "utf-8", bomLength: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  return { encoding: "utf-8", bomLength: 0 };
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** `bytes` follow the BOM; `base` is the BOM length, so messages count from the file start. */
function decodeUtf8(bytes: Uint8Array, base: number, file: string): DecodedSource {
  try {
    return { text: strictUtf8.decode(bytes), diagnostics: [] };
  } catch {
    // The fast decoder only says "invalid"; find the first bad sequence ourselves.
  }
  const bad = findInvalidUtf8(bytes);
  const text = lossyUtf8.decode(bytes);
  if (bad === undefined) return { text, diagnostics: [] };
  // The prefix is valid, so it decodes to exactly the first code units of the lossy text.
  const at = strictUtf8.decode(bytes.subarray(0, bad.offset)).length;
  const byte = bytes[bad.offset] ?? 0;
  const more = bad.count > 1 ? ` (${bad.count} invalid sequences in the file)` : "";
  const message =
    `invalid UTF-8 byte 0x${hex(byte)} at byte offset ${base + bad.offset}${more}; ` +
    "the file may be in a legacy encoding such as Latin-1 or Windows-1252, save it as UTF-8";
  return { text, diagnostics: [problemAt("MOF1002", message, text, at, file)] };
}

/**
 * The start of the first ill-formed sequence (WHATWG/Unicode "maximal subpart" rules: no
 * overlongs, no surrogates, nothing above U+10FFFF) and how many there are.
 */
function findInvalidUtf8(bytes: Uint8Array): { offset: number; count: number } | undefined {
  let first: number | undefined;
  let count = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    first ??= i;
    count++;
    i += Math.max(1, maximalSubpartLength(bytes, i));
  }
  return first === undefined ? undefined : { offset: first, count };
}

/** Length of the well-formed sequence starting at i, or 0 when it is ill-formed. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const [length, low, high] = leadByteRule(b0);
  if (length === 0) return 0;
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    const min = k === 1 ? low : 0x80;
    const max = k === 1 ? high : 0xbf;
    if (b === undefined || b < min || b > max) return 0;
  }
  return length;
}

/** How many bytes an ill-formed sequence swallows (so a Latin-1 "é" + ASCII counts once). */
function maximalSubpartLength(bytes: Uint8Array, i: number): number {
  const [length, low, high] = leadByteRule(bytes[i] ?? 0);
  let k = 1;
  while (k < length) {
    const b = bytes[i + k];
    const min = k === 1 ? low : 0x80;
    const max = k === 1 ? high : 0xbf;
    if (b === undefined || b < min || b > max) break;
    k++;
  }
  return k;
}

/** [sequence length, allowed range of the second byte]; length 0 for a byte that cannot lead. */
function leadByteRule(b0: number): [number, number, number] {
  if (b0 >= 0xc2 && b0 <= 0xdf) return [2, 0x80, 0xbf];
  if (b0 === 0xe0) return [3, 0xa0, 0xbf];
  if (b0 === 0xed) return [3, 0x80, 0x9f];
  if (b0 >= 0xe1 && b0 <= 0xef) return [3, 0x80, 0xbf];
  if (b0 === 0xf0) return [4, 0x90, 0xbf];
  if (b0 >= 0xf1 && b0 <= 0xf3) return [4, 0x80, 0xbf];
  if (b0 === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

function decodeUtf16(bytes: Uint8Array, encoding: Encoding, file: string): DecodedSource {
  const bigEndian = encoding === "utf-16be";
  const unitCount = bytes.length >> 1;
  const units = new Uint16Array(unitCount);
  for (let u = 0; u < unitCount; u++) {
    const a = bytes[2 * u] ?? 0;
    const b = bytes[2 * u + 1] ?? 0;
    units[u] = bigEndian ? (a << 8) | b : (b << 8) | a;
  }
  const unpaired = replaceUnpairedSurrogates(units);
  const text = unitsToString(units);
  const diagnostics: Diagnostic[] = [];
  const name = bigEndian ? "UTF-16BE" : "UTF-16LE";
  if (unpaired.first !== undefined) {
    const more = unpaired.count > 1 ? ` (${unpaired.count} in the file)` : "";
    const message = `unpaired ${name} surrogate at byte offset ${2 + 2 * unpaired.first}${more}`;
    diagnostics.push(problemAt("MOF1004", message, text, unpaired.first, file));
  }
  if (bytes.length % 2 === 1) {
    const message = `the ${name} file ends in the middle of a character (odd number of bytes)`;
    diagnostics.push(problemAt("MOF1004", message, text, text.length, file));
  }
  return { text, diagnostics };
}

/** Keeps the text well-formed and the same length, so offsets stay exact. */
function replaceUnpairedSurrogates(units: Uint16Array): { first?: number; count: number } {
  let first: number | undefined;
  let count = 0;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u] ?? 0;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = units[u + 1] ?? 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        u++;
        continue;
      }
    } else if (unit < 0xdc00 || unit > 0xdfff) {
      continue;
    }
    first ??= u;
    count++;
    units[u] = 0xfffd;
  }
  return first === undefined ? { count } : { first, count };
}

function unitsToString(units: Uint16Array): string {
  const chunk = 0x2000;
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += chunk) {
    parts.push(String.fromCharCode(...units.subarray(i, i + chunk)));
  }
  return parts.join("");
}

/** Files written as UTF-16 without a BOM: ASCII in every other byte. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const a = bytes[0];
  const b = bytes[1];
  return a !== undefined && b !== undefined && (a === 0) !== (b === 0) && a < 0x80 && b < 0x80;
}

function problemAt(
  code: DiagnosticCode,
  message: string,
  text: string,
  offset: number,
  file: string,
): Diagnostic {
  return makeDiagnostic(code, message, spanAt(text, offset, file));
}

/** Line breaks are LF, CRLF or a lone CR, as in the lexer and in editors. */
function spanAt(text: string, offset: number, file: string): Span {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  const length = offset < text.length ? 1 : 0;
  return { file, line, column: offset - lineStart + 1, offset, length };
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, "0");
}
