/**
 * Pure decoders for MOF literal tokens (DSP0004 v2). They never throw: problems come back as
 * issues with offsets relative to the token text, which the AST builder turns into diagnostics.
 */

export interface LiteralIssue {
  readonly code: "MOF2005" | "MOF2006" | "MOF2007" | "MOF2008" | "MOF2009";
  readonly message: string;
  /** Offset of the problem inside the token text (0 = the token's first character). */
  readonly offset: number;
  readonly length: number;
}

export type DecodedNumber =
  | { readonly kind: "integer"; readonly value: bigint }
  | { readonly kind: "real"; readonly value: number }
  | { readonly kind: "invalid"; readonly issue: LiteralIssue };

const decimalPattern = /^(?:[1-9][0-9]*|0)$/;
const hexPattern = /^0[xX]([0-9a-fA-F]+)$/;
const octalPattern = /^0([0-7]+)$/;
const badOctalPattern = /^0[0-9]+$/;
const binaryPattern = /^([01]+)[bB]$/;
const badBinaryPattern = /^[0-9]+[bB]$/;
const realPattern = /^[0-9]*\.[0-9]+(?:[eE][+-]?[0-9]+)?$/;
const exponentWithoutDotPattern = /^[0-9]+[eE][+-]?[0-9]+$/;
const trailingDotPattern = /^[0-9]+\.(?:[eE][+-]?[0-9]+)?$/;

function invalid(code: LiteralIssue["code"], text: string, message: string): DecodedNumber {
  return { kind: "invalid", issue: { code, message, offset: 0, length: text.length } };
}

/**
 * Decodes a number token: decimal, `0x` hex, leading-zero octal, `b`-suffixed binary (all to an
 * exact bigint) or a real (which DSP0004 requires to have a `.` followed by digits).
 */
export function decodeNumber(text: string): DecodedNumber {
  const signed = text.startsWith("-") || text.startsWith("+");
  const negative = text.startsWith("-");
  const body = signed ? text.slice(1) : text;
  const integer = (value: bigint): DecodedNumber => ({
    kind: "integer",
    value: negative ? -value : value,
  });

  if (decimalPattern.test(body)) return integer(BigInt(body));
  if (realPattern.test(body)) return { kind: "real", value: Number(text) };
  const hex = hexPattern.exec(body);
  if (hex !== null) return integer(BigInt(`0x${hex[1]}`));
  const octal = octalPattern.exec(body);
  if (octal !== null) return integer(BigInt(`0o${octal[1]}`));
  const binary = binaryPattern.exec(body);
  if (binary !== null) return integer(BigInt(`0b${binary[1]}`));

  if (badOctalPattern.test(body)) {
    return invalid(
      "MOF2007",
      text,
      `invalid octal number '${text}': a leading 0 makes a number octal, and octal digits are 0 to 7`,
    );
  }
  if (badBinaryPattern.test(body)) {
    return invalid(
      "MOF2008",
      text,
      `invalid binary number '${text}': binary digits before the 'b' suffix are 0 and 1`,
    );
  }
  if (exponentWithoutDotPattern.test(body)) {
    return invalid(
      "MOF2006",
      text,
      `invalid real number '${text}': a real number needs a '.' followed by digits (for example 1.0e10)`,
    );
  }
  if (trailingDotPattern.test(body)) {
    return invalid(
      "MOF2006",
      text,
      `invalid real number '${text}': a real number needs digits after the '.' (for example 1.0)`,
    );
  }
  return invalid("MOF2006", text, `invalid number '${text}'`);
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

const simpleEscapes: Readonly<Record<string, string>> = {
  b: "\b",
  t: "\t",
  n: "\n",
  f: "\f",
  r: "\r",
  '"': '"',
  "'": "'",
  "\\": "\\",
};

export interface DecodedText {
  readonly value: string;
  readonly issues: readonly LiteralIssue[];
}

/**
 * Decodes the escapes of a string or char16 body (the text between the quotes).
 * `\b \t \n \f \r \" \' \\` and `\xH..H` / `\XH..H` with 1 to 4 hex digits are valid. In strict
 * mode anything else is an issue; in lenient mode (pragma arguments, where Windows paths such
 * as `"System\CIM_X.mof"` occur) an invalid escape is kept verbatim, backslash included.
 * Issue offsets are relative to the body start plus `bodyOffset`.
 */
/** Shared by every literal without problems, which is nearly all of them. */
const noIssues: readonly LiteralIssue[] = Object.freeze([]);

export function decodeEscapes(body: string, lenient: boolean, bodyOffset: number): DecodedText {
  if (body.indexOf("\\") < 0) return { value: body, issues: noIssues };
  const issues: LiteralIssue[] = [];
  let value = "";
  let segmentStart = 0;
  let i = 0;
  while (i < body.length) {
    if (body.charCodeAt(i) !== 92) {
      i++;
      continue;
    }
    value += body.slice(segmentStart, i);
    const escapeChar = body[i + 1];
    const simple = escapeChar === undefined ? undefined : simpleEscapes[escapeChar];
    if (simple !== undefined) {
      value += simple;
      i += 2;
    } else if (escapeChar === "x" || escapeChar === "X") {
      let end = i + 2;
      while (end < body.length && end < i + 6 && isHexDigit(body.charCodeAt(end))) end++;
      if (end > i + 2) {
        value += String.fromCharCode(Number.parseInt(body.slice(i + 2, end), 16));
      } else {
        value += body.slice(i, i + 2);
        if (!lenient) {
          issues.push({
            code: "MOF2005",
            message: `invalid escape '\\${escapeChar}': expected 1 to 4 hex digits after it`,
            offset: bodyOffset + i,
            length: 2,
          });
        }
      }
      i = end;
    } else if (escapeChar === undefined) {
      value += "\\";
      if (!lenient) {
        issues.push({
          code: "MOF2005",
          message: "a backslash at the end of a string must be written as '\\\\'",
          offset: bodyOffset + i,
          length: 1,
        });
      }
      i += 1;
    } else {
      const escaped = String.fromCodePoint(body.codePointAt(i + 1)!);
      value += `\\${escaped}`;
      if (!lenient) {
        issues.push({
          code: "MOF2005",
          message: `invalid escape sequence '\\${escaped}' (valid: \\b \\t \\n \\f \\r \\" \\' \\\\ \\xHHHH; write '\\\\' for a backslash)`,
          offset: bodyOffset + i,
          length: 1 + escaped.length,
        });
      }
      i += 1 + escaped.length;
    }
    segmentStart = i;
  }
  value += body.slice(segmentStart);
  return { value, issues: issues.length === 0 ? noIssues : issues };
}

/**
 * Decodes a `"..."` token image. `closed` is false for an unterminated string token, which has
 * no closing quote; that problem itself is reported by the lexing step.
 */
export function decodeStringLiteral(image: string, lenient: boolean, closed = true): DecodedText {
  const body = image.slice(1, closed ? -1 : undefined);
  return decodeEscapes(body, lenient, 1);
}

/** Decodes a `'c'` char16 literal: the value must be exactly one UTF-16 code unit. */
export function decodeChar16Literal(image: string): DecodedText {
  const decoded = decodeEscapes(image.slice(1, -1), false, 1);
  if (decoded.issues.length > 0 || decoded.value.length === 1) return decoded;
  const found =
    decoded.value.length === 0
      ? "it is empty"
      : `${image} holds ${decoded.value.length} UTF-16 code units`;
  return {
    value: decoded.value,
    issues: [
      {
        code: "MOF2009",
        message: `a char16 literal must hold exactly one character, but ${found}`,
        offset: 0,
        length: image.length,
      },
    ],
  };
}
