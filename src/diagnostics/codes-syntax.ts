import type { CodeInfo } from "./codes.js";

/**
 * MOF2xxx: lexical and syntax problems in one file, found by grammar/ and src/ast/.
 * One code per distinct problem so users can grep, silence or promote them individually.
 */
export const syntaxCodes = {
  MOF2001: { severity: "error", title: "Unexpected character" },
  MOF2002: { severity: "error", title: "Unterminated block comment" },
  MOF2003: { severity: "error", title: "Unterminated string literal" },
  MOF2004: { severity: "error", title: "Line break inside a string literal" },
  MOF2005: { severity: "error", title: "Invalid escape sequence" },
  MOF2006: { severity: "error", title: "Invalid number literal" },
  MOF2007: { severity: "error", title: "Invalid octal number" },
  MOF2008: { severity: "error", title: "Invalid binary number" },
  MOF2009: { severity: "error", title: "char16 literal must hold exactly one character" },
  MOF2010: { severity: "error", title: "Syntax error" },
  MOF2011: { severity: "error", title: "MOF v3 construct not supported yet" },
  MOF2012: { severity: "warning", title: "Unknown pragma" },
  MOF2013: {
    severity: "warning",
    title: "Deprecated ToInstance flavor in a qualifier declaration",
  },
  MOF2014: { severity: "error", title: "Unknown qualifier scope" },
  MOF2015: { severity: "error", title: "Unknown qualifier flavor" },
  MOF2016: { severity: "error", title: "Conflicting qualifier flavors" },
  MOF2017: { severity: "error", title: "Unknown data type" },
  MOF2018: { severity: "error", title: "Invalid array size" },
  MOF2019: { severity: "error", title: "Invalid reference declaration" },
  MOF2020: { severity: "error", title: "Invalid use of void or object" },
  MOF2021: { severity: "error", title: "Invalid pragma arguments" },
  MOF2099: { severity: "error", title: "Internal parser error" },
} as const satisfies Record<`MOF2${number}`, CodeInfo>;
