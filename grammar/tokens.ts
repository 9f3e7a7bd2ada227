/**
 * MOF token types (DSP0004 v2 lexical grammar, plus the WMI spellings real files use).
 *
 * Keywords are case-insensitive and declared with `longer_alt: Identifier`, so `Classes` stays an
 * identifier. Every keyword that DSP0004 does not reserve absolutely also belongs to the `Name`
 * category: the parser consumes `Name` wherever an element name is expected, which is how CIM's
 * qualifiers `Association`, `Indication`, `Structure` and its property `Value` keep working.
 */
import type { TokenType } from "chevrotain";
import { chevrotain } from "./chevrotain.js";

const { createToken, Lexer } = chevrotain;

// ---------------------------------------------------------------------------------------------
// Categories (never produced by the lexer themselves)

/** Anything usable as an element name: identifiers and the non-reserved keywords. */
export const Name = createToken({ name: "Name", pattern: Lexer.NA, label: "a name" });

/**
 * Every token except `{`, `}` and `;`. Used only to skip over the body of MOF v3 declarations so
 * that they produce one precise diagnostic instead of a cascade of syntax errors.
 */
export const Skippable = createToken({ name: "Skippable", pattern: Lexer.NA });

// ---------------------------------------------------------------------------------------------
// Trivia

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  // U+FEFF: a byte order mark left in the text is treated as white space.
  pattern: /[ \t\r\n\uFEFF]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

export const LineComment = createToken({
  name: "LineComment",
  pattern: /\/\/[^\r\n]*/,
  group: Lexer.SKIPPED,
});

export const BlockComment = createToken({
  name: "BlockComment",
  pattern: {
    exec: (text, offset) => {
      if (text.charCodeAt(offset) !== 47 || text.charCodeAt(offset + 1) !== 42) return null;
      const end = text.indexOf("*/", offset + 2);
      return end < 0 ? null : [text.slice(offset, end + 2)];
    },
  },
  start_chars_hint: ["/"],
  group: Lexer.SKIPPED,
  line_breaks: true,
});

/** `/*` without a closing `*\/`: swallows the rest of the file and is reported as an error. */
export const UnterminatedComment = createToken({
  name: "UnterminatedComment",
  pattern: /\/\*[\s\S]*/,
  group: "errors",
  line_breaks: true,
});

// ---------------------------------------------------------------------------------------------
// Literals

/** Scans a `"..."` literal from `offset`; returns the end offset (exclusive) or -1. */
function scanString(text: string, offset: number, allowLineBreaks: boolean): number {
  let i = offset + 1;
  const length = text.length;
  let sawLineBreak = false;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 34) return allowLineBreaks && !sawLineBreak ? -1 : i + 1;
    if (c === 10 || c === 13) {
      if (!allowLineBreaks) return -1;
      sawLineBreak = true;
    } else if (c === 92) {
      i++;
      const next = text.charCodeAt(i);
      if (next === 10 || next === 13) {
        if (!allowLineBreaks) return -1;
        sawLineBreak = true;
      }
    }
    i++;
  }
  return -1;
}

/**
 * A string on one line: escapes are any `\` and the character after it (they are decoded and
 * checked when the AST is built). A regular expression rather than a scanning function like
 * the forms below: most of a CIM schema's text is strings, which V8's compiled expression scans
 * faster than a loop in JavaScript, and without a match array per string.
 */
export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /"[^"\\\r\n]*(?:\\[^\r\n][^"\\\r\n]*)*"/,
  label: "a string",
  categories: [Skippable],
});

/**
 * A string that is closed only on a later line. DSP0004 forbids raw line breaks in strings; the
 * token still counts as a string so that the parser does not add a cascade of errors.
 */
export const StringWithLineBreak = createToken({
  name: "StringWithLineBreak",
  pattern: {
    exec: (text, offset) => {
      if (text.charCodeAt(offset) !== 34) return null;
      const end = scanString(text, offset, true);
      return end < 0 ? null : [text.slice(offset, end)];
    },
  },
  start_chars_hint: ['"'],
  line_breaks: true,
  label: "a string",
  categories: [StringLiteral, Skippable],
});

/** A `"` never closed in the rest of the file: the token runs to the end of its line. */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"[^\r\n]*/,
  label: "a string",
  categories: [StringLiteral, Skippable],
});

/** A char16 literal. Its content is checked (exactly one character) when it is decoded. */
export const CharLiteral = createToken({
  name: "CharLiteral",
  pattern: /'(?:[^'\\\r\n]|\\[^\r\n])*'/,
  label: "a char16 literal",
  categories: [Skippable],
});

/**
 * Any number-like word: `12`, `-0x1F`, `017`, `101b`, `1.5e-3`, `.5`, and also malformed ones
 * such as `08`, `102b`, `1e10` or `1.`. Taking the whole word here lets the decoder report
 * "invalid octal number '08'" instead of the lexer splitting it into confusing pieces.
 */
export const NumberLiteral = createToken({
  name: "NumberLiteral",
  pattern: /[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[A-Za-z0-9_]*/,
  label: "a number",
  categories: [Skippable],
});

const identifierStart = "A-Za-z_\\u0080-\\uFEFE\\uFF00-\\uFFEF";
const identifierPart = `${identifierStart}0-9`;

/** `$Name` is a single token: DSP0004 aliasIdentifier. */
export const AliasIdentifier = createToken({
  name: "AliasIdentifier",
  pattern: new RegExp(`\\$[${identifierStart}][${identifierPart}]*`),
  label: "an alias ($Name)",
  categories: [Skippable],
});

export const Identifier = createToken({
  name: "Identifier",
  pattern: new RegExp(`[${identifierStart}][${identifierPart}]*`),
  label: "a name",
  categories: [Name, Skippable],
});

// ---------------------------------------------------------------------------------------------
// Keywords

/** `word` is the usual spelling (used in messages); matching ignores case. */
function keyword(word: string, usableAsName: boolean): TokenType {
  return createToken({
    name: `${word[0]!.toUpperCase()}${word.slice(1).toLowerCase()}Keyword`,
    pattern: new RegExp(word, "i"),
    longer_alt: Identifier,
    label: `'${word}'`,
    categories: usableAsName ? [Name, Skippable] : [Skippable],
  });
}

export const ClassKeyword = keyword("class", true);
export const InstanceKeyword = keyword("instance", true);
export const OfKeyword = keyword("of", true);
export const AsKeyword = keyword("as", true);
export const QualifierKeyword = keyword("Qualifier", true);
export const ScopeKeyword = keyword("Scope", true);
export const FlavorKeyword = keyword("Flavor", true);
export const PragmaKeyword = keyword("pragma", true);
/** Reserved: `ref`, `true`, `false` and `null` can never be names (as in DSP0004 and pywbem). */
export const RefKeyword = keyword("REF", false);
export const TrueKeyword = keyword("true", false);
export const FalseKeyword = keyword("false", false);
export const NullKeyword = keyword("null", false);
// MOF v3 (DSP0221) keywords: recognised only to say "not supported yet" in their v3 position.
export const EnumerationKeyword = keyword("enumeration", true);
export const StructureKeyword = keyword("structure", true);
export const AssociationKeyword = keyword("association", true);
export const IndicationKeyword = keyword("indication", true);
export const ValueKeyword = keyword("value", true);

// ---------------------------------------------------------------------------------------------
// Punctuation

function punctuation(name: string, text: string, skippable: boolean): TokenType {
  return createToken({
    name,
    pattern: text,
    label: `'${text}'`,
    categories: skippable ? [Skippable] : [],
  });
}

export const LCurly = punctuation("LCurly", "{", false);
export const RCurly = punctuation("RCurly", "}", false);
export const Semicolon = punctuation("Semicolon", ";", false);
export const LParen = punctuation("LParen", "(", true);
export const RParen = punctuation("RParen", ")", true);
export const LBracket = punctuation("LBracket", "[", true);
export const RBracket = punctuation("RBracket", "]", true);
export const Comma = punctuation("Comma", ",", true);
export const Colon = punctuation("Colon", ":", true);
export const Equals = punctuation("Equals", "=", true);
export const Hash = punctuation("Hash", "#", true);

// ---------------------------------------------------------------------------------------------

/** Lexer order matters: first match wins, keywords before `Identifier`. */
export const allTokens: readonly TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnterminatedComment,
  StringLiteral,
  StringWithLineBreak,
  UnterminatedString,
  CharLiteral,
  NumberLiteral,
  AliasIdentifier,
  // Longest first: `as` would otherwise shadow `association` (longer_alt only reaches Identifier).
  AssociationKeyword,
  EnumerationKeyword,
  IndicationKeyword,
  QualifierKeyword,
  StructureKeyword,
  InstanceKeyword,
  PragmaKeyword,
  FlavorKeyword,
  ClassKeyword,
  FalseKeyword,
  ScopeKeyword,
  ValueKeyword,
  NullKeyword,
  TrueKeyword,
  RefKeyword,
  AsKeyword,
  OfKeyword,
  Identifier,
  LCurly,
  RCurly,
  Semicolon,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Colon,
  Equals,
  Hash,
];

/** Token types the parser can see, including the categories (needed by the CstParser). */
export const parserTokens: readonly TokenType[] = [Name, Skippable, ...allTokens];
