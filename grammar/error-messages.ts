/**
 * Plain-language syntax error messages: "expected ';' after the property declaration, found
 * 'uint32'". Chevrotain's defaults name internal token types (`Semicolon`, `Name`); these use
 * the token labels and the rule being parsed instead.
 */
import type { IParserErrorMessageProvider, IToken, TokenType } from "chevrotain";
import { chevrotain } from "./chevrotain.js";
import { Name, Semicolon } from "./tokens.js";

const { EOF, tokenMatcher } = chevrotain;

/** What the enclosing rule is about, for "in the ..." / "after the ..." phrases. */
const ruleSubjects: Readonly<Record<string, string>> = {
  mofSpecification: "the file",
  production: "the file",
  pragma: "the #pragma directive",
  pragmaArgument: "the #pragma directive",
  declaration: "the declaration",
  qualifierDeclaration: "the qualifier declaration",
  qualifierType: "the qualifier declaration",
  scopeClause: "the Scope list",
  flavorClause: "the Flavor list",
  qualifierList: "the qualifier list",
  qualifier: "the qualifier list",
  qualifierFlavors: "the qualifier flavors",
  classDeclaration: "the class declaration",
  aliasClause: "the alias",
  superclass: "the class declaration",
  classFeature: "the property or method declaration",
  propertyRest: "the property declaration",
  methodRest: "the method declaration",
  parameter: "the parameter declaration",
  arraySpec: "the array brackets",
  defaultValue: "the default value",
  instanceDeclaration: "the instance declaration",
  propertyInitializer: "the property value",
  value: "the value",
  arrayValue: "the array value",
  scalarValue: "the value",
  v3Declaration: "the declaration",
  v3InlineValue: "the value",
  braceBlock: "the declaration",
};

/** What a `Name` means in each rule (every rule consumes at most one kind of name). */
const nameMeanings: Readonly<Record<string, string>> = {
  pragma: "a pragma name",
  pragmaArgument: "a string or a word",
  qualifierDeclaration: "a qualifier name",
  qualifierType: "a data type",
  scopeClause:
    "a scope (class, association, indication, property, reference, method, parameter or any)",
  flavorClause:
    "a flavor (EnableOverride, DisableOverride, Restricted, ToSubclass or Translatable)",
  qualifierFlavors: "a flavor",
  qualifierList: "a qualifier name",
  qualifier: "a qualifier name",
  classDeclaration: "a class name",
  superclass: "a class name",
  typeSpec: "a data type or class name",
  classFeature: "a property or method name",
  methodRest: "a parameter",
  parameter: "a parameter name",
  instanceDeclaration: "a class name",
  propertyInitializer: "a property name",
};

/** What a `Name` starting the next repetition means, where that differs from `nameMeanings`. */
const repetitionNameMeanings: Readonly<Record<string, string>> = {
  instanceDeclaration: "a property name",
  classDeclaration: "a property or method declaration",
  pragma: "a word",
};

/** Rules where any value may come next: "expected a value" says it better than a token list. */
const valueRules: ReadonlySet<string> = new Set(["value", "scalarValue", "defaultValue"]);

const declarationExpected = "expected a declaration (class, instance, qualifier or #pragma)";

function expectedText(type: TokenType, ruleName: string): string {
  if (type === Name) return nameMeanings[ruleName] ?? "a name";
  if (type === EOF) return "the end of the file";
  return type.LABEL ?? type.name;
}

/** How the offending token is shown: `'uint32'`, or "the end of the file". */
export function describeFound(token: IToken): string {
  if (token.tokenType === EOF) return "the end of the file";
  // A message is one line: a token that spans lines (a string with a line break) is cut at
  // the break, and control characters are named rather than sent to the terminal.
  const firstLine = token.image.split(/\r\n|\r|\n/, 1)[0] ?? "";
  const cut = firstLine.length > 40 || firstLine !== token.image;
  const image = cut ? `${firstLine.slice(0, 37)}...` : firstLine;
  return `'${[...image].map(visibleCharacter).join("")}'`;
}

function visibleCharacter(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f)
    ? `U+${code.toString(16).toUpperCase().padStart(4, "0")}`
    : ch;
}

function placePhrase(ruleName: string, expected: readonly TokenType[]): string {
  const subject = ruleSubjects[ruleName];
  if (subject === undefined) return "";
  const after = expected.length === 1 && expected[0] === Semicolon;
  return ` ${after ? "after" : "in"} ${subject}`;
}

function joinAlternatives(items: readonly string[]): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? "something else";
  return `${unique.slice(0, -1).join(", ")} or ${unique[unique.length - 1]}`;
}

function firstTokens(paths: readonly (readonly TokenType[])[]): TokenType[] {
  const result: TokenType[] = [];
  for (const path of paths) {
    const first = path[0];
    if (first !== undefined && !result.includes(first)) result.push(first);
  }
  return result;
}

function expectedOneOf(types: readonly TokenType[], ruleName: string, actual: IToken): string {
  const texts = types.map((t) => expectedText(t, ruleName));
  return `expected ${joinAlternatives(texts)}${placePhrase(ruleName, types)}, found ${describeFound(actual)}`;
}

export const mofErrorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, ruleName }) {
    if (expected === EOF) return `${declarationExpected}, found ${describeFound(actual)}`;
    if (expected === Name && tokenMatcher(actual, Name) === false && actual.tokenType !== EOF) {
      // A reserved word where a name belongs is the most common surprise: say so.
      const reserved = /^(ref|true|false|null)$/i.test(actual.image);
      if (reserved) {
        return `expected ${expectedText(expected, ruleName)}, found the reserved word '${actual.image}'`;
      }
    }
    return expectedOneOf([expected], ruleName, actual);
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `${declarationExpected}, found ${describeFound(firstRedundant)}`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    const first = actual[0];
    if (first === undefined) return "syntax error";
    if (valueRules.has(ruleName)) return `expected a value, found ${describeFound(first)}`;
    return expectedOneOf(firstTokens(expectedPathsPerAlt.flat()), ruleName, first);
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }) {
    const first = actual[0];
    const types = firstTokens(expectedIterationPaths);
    if (first === undefined) return "syntax error";
    const meaning = repetitionNameMeanings[ruleName];
    const texts = types.map((t) =>
      t === Name && meaning !== undefined ? meaning : expectedText(t, ruleName),
    );
    return `expected ${joinAlternatives(texts)}${placePhrase(ruleName, types)}, found ${describeFound(first)}`;
  },
};
