import { describe, expect, it } from "vitest";
import { mofLexer } from "../../grammar/lexer.js";

/** `Type:image` for every token the parser would see. */
function lex(text: string): string[] {
  const result = mofLexer.tokenize(text);
  expect(result.errors).toEqual([]);
  return result.tokens.map((t) => `${t.tokenType.name}:${t.image}`);
}

describe("lexer token families", () => {
  it.each([
    ["0 12 +5 -5", ["0", "12", "+5", "-5"]],
    ["0x1F -0X1f", ["0x1F", "-0X1f"]],
    ["017 08", ["017", "08"]],
    ["101b -11B 102b", ["101b", "-11B", "102b"]],
    ["1.5 .5 -.0e-0 1.5E-3", ["1.5", ".5", "-.0e-0", "1.5E-3"]],
    ["1e10 1. 12ab", ["1e10", "1.", "12ab"]],
  ])("numbers are single words: %s", (text, images) => {
    expect(lex(text)).toEqual(images.map((i) => `NumberLiteral:${i}`));
  });

  it("strings, char16 literals and aliases", () => {
    expect(lex(String.raw`"a\"b" "" 'c' '\'' $Alias_1 $é`)).toEqual([
      String.raw`StringLiteral:"a\"b"`,
      'StringLiteral:""',
      "CharLiteral:'c'",
      String.raw`CharLiteral:'\''`,
      "AliasIdentifier:$Alias_1",
      "AliasIdentifier:$é",
    ]);
  });

  it("strings with a raw line break or without a closing quote are error tokens", () => {
    expect(lex('"a\nb"')).toEqual(['StringWithLineBreak:"a\nb"']);
    expect(lex('"abc;\n}')).toEqual(['UnterminatedString:"abc;', "RCurly:}"]);
  });

  it("identifiers: ASCII, leading underscores and Unicode", () => {
    expect(lex("__CLASS CIM_X2 é日本")).toEqual([
      "Identifier:__CLASS",
      "Identifier:CIM_X2",
      "Identifier:é日本",
    ]);
  });

  it.each([
    ["class Class CLASS", "ClassKeyword"],
    ["instance INSTANCE", "InstanceKeyword"],
    ["of OF", "OfKeyword"],
    ["as AS", "AsKeyword"],
    ["qualifier QUALIFIER", "QualifierKeyword"],
    ["scope Scope", "ScopeKeyword"],
    ["flavor FLAVOR", "FlavorKeyword"],
    ["pragma PRAGMA", "PragmaKeyword"],
    ["ref Ref REF", "RefKeyword"],
    ["true True TRUE", "TrueKeyword"],
    ["false FALSE", "FalseKeyword"],
    ["null NULL Null", "NullKeyword"],
    ["enumeration Enumeration", "EnumerationKeyword"],
    ["structure Structure", "StructureKeyword"],
    ["association ASSOCIATION", "AssociationKeyword"],
    ["indication Indication", "IndicationKeyword"],
    ["value Value", "ValueKeyword"],
  ])("keywords in any case: %s", (text, type) => {
    const words = text.split(" ");
    expect(lex(text)).toEqual(words.map((w) => `${type}:${w}`));
  });

  it("a longer word that starts with a keyword is an identifier", () => {
    expect(lex("Classes Associations Reference Asset Office Nullable Values")).toEqual(
      ["Classes", "Associations", "Reference", "Asset", "Office", "Nullable", "Values"].map(
        (w) => `Identifier:${w}`,
      ),
    );
  });

  it("punctuation and # as its own token", () => {
    expect(lex("{}()[];,:=# pragma")).toEqual([
      "LCurly:{",
      "RCurly:}",
      "LParen:(",
      "RParen:)",
      "LBracket:[",
      "RBracket:]",
      "Semicolon:;",
      "Comma:,",
      "Colon::",
      "Equals:=",
      "Hash:#",
      "PragmaKeyword:pragma",
    ]);
  });

  it("skips white space, BOMs and both comment forms", () => {
    expect(lex("\uFEFF a // x\r\n/* y\n */\tb /**/")).toEqual(["Identifier:a", "Identifier:b"]);
  });

  it("reports characters no token matches, with their offset", () => {
    const result = mofLexer.tokenize("a \f $ b");
    expect(result.errors.map((e) => [e.offset, e.length])).toEqual([
      [2, 1],
      [4, 1],
    ]);
  });

  it("puts an unterminated comment into the error group", () => {
    const result = mofLexer.tokenize("a /* b\nc");
    expect(result.tokens.map((t) => t.image)).toEqual(["a"]);
    expect(result.groups.errors?.map((t) => t.image)).toEqual(["/* b\nc"]);
  });
});
