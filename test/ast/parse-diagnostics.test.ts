import { describe, expect, it } from "vitest";
import { parseMof } from "../../src/ast/parse.js";
import { syntaxCodes } from "../../src/diagnostics/codes-syntax.js";

/** `code file:line:col message` for every diagnostic, in order. */
function report(text: string): string[] {
  return parseMof(text, "x.mof").diagnostics.map(
    (d) => `${d.code} ${d.span?.file}:${d.span?.line}:${d.span?.column} ${d.message}`,
  );
}

const esc = String.raw;

describe("parseMof diagnostics: one case per MOF2xxx code", () => {
  it.each([
    ["MOF2001", "class A {};\n  \f", "MOF2001 x.mof:2:3 unexpected character 'U+000C'"],
    ["MOF2001", "class A$ {};", "MOF2001 x.mof:1:8 unexpected character '$'"],
    [
      "MOF2002",
      "class A {};\n  /* never closed\nclass B {};",
      "MOF2002 x.mof:2:3 unterminated comment: '/*' has no matching '*/' before the end of the file",
    ],
    [
      "MOF2004",
      'class A {\n string s = "abc\ndef";\n};',
      'MOF2004 x.mof:2:17 a string literal cannot contain a line break; close it on the same line and continue with another string ("a" "b"), or write \\n',
    ],
    [
      "MOF2005",
      esc`class A { string s = "a\qb"; };`,
      esc`MOF2005 x.mof:1:24 invalid escape sequence '\q' (valid: \b \t \n \f \r \" \' \\ \xHHHH; write '\\' for a backslash)`,
    ],
    [
      "MOF2005",
      esc`class A { string s = "ab\x"; };`,
      esc`MOF2005 x.mof:1:25 invalid escape '\x': expected 1 to 4 hex digits after it`,
    ],
    [
      "MOF2006",
      "class A { real32 r = 1e10; };",
      "MOF2006 x.mof:1:22 invalid real number '1e10': a real number needs a '.' followed by digits (for example 1.0e10)",
    ],
    [
      "MOF2006",
      "class A { real32 r = 1.; };",
      "MOF2006 x.mof:1:22 invalid real number '1.': a real number needs digits after the '.' (for example 1.0)",
    ],
    ["MOF2006", "class A { uint8 r = 12ab; };", "MOF2006 x.mof:1:21 invalid number '12ab'"],
    [
      "MOF2007",
      "class A { uint8 r = 08; };",
      "MOF2007 x.mof:1:21 invalid octal number '08': a leading 0 makes a number octal, and octal digits are 0 to 7",
    ],
    [
      "MOF2008",
      "class A { uint8 r = 102b; };",
      "MOF2008 x.mof:1:21 invalid binary number '102b': binary digits before the 'b' suffix are 0 and 1",
    ],
    [
      "MOF2009",
      "class A { char16 c = 'ab'; };",
      "MOF2009 x.mof:1:22 a char16 literal must hold exactly one character, but 'ab' holds 2 UTF-16 code units",
    ],
    [
      "MOF2009",
      "class A { char16 c = ''; };",
      "MOF2009 x.mof:1:22 a char16 literal must hold exactly one character, but it is empty",
    ],
    [
      "MOF2010",
      "class A {\n  uint32 x\n  uint32 y;\n};",
      "MOF2010 x.mof:3:3 expected '(', '[', '=' or ';' in the property or method declaration, found 'uint32'",
    ],
    [
      "MOF2011",
      "structure S { uint32 x; };",
      "MOF2011 x.mof:1:1 MOF v3 construct 'structure' declaration is not supported yet",
    ],
    ["MOF2012", '#pragma junkname("v")', "MOF2012 x.mof:1:9 unknown pragma 'junkname' is ignored"],
    [
      "MOF2013",
      "Qualifier Q : boolean, Scope(any), Flavor(ToInstance);",
      "MOF2013 x.mof:1:43 the ToInstance flavor is deprecated (DSP0004) and has no effect",
    ],
    [
      "MOF2014",
      "Qualifier Q : boolean, Scope(class, qualifier);",
      "MOF2014 x.mof:1:37 unknown scope 'qualifier' (valid scopes: class, association, indication, property, reference, method, parameter, any)",
    ],
    [
      "MOF2015",
      "[Key : Sometimes] class A {};",
      "MOF2015 x.mof:1:8 unknown flavor 'Sometimes' (valid flavors: EnableOverride, DisableOverride, Restricted, ToSubclass, Translatable, ToInstance, Amended)",
    ],
    [
      "MOF2016",
      "Qualifier Q : boolean, Scope(any), Flavor(ToSubclass, Restricted);",
      "MOF2016 x.mof:1:55 flavors ToSubclass and Restricted contradict each other",
    ],
    [
      "MOF2017",
      "class A { uint33 x; };",
      "MOF2017 x.mof:1:11 unknown data type 'uint33' (use a CIM type such as string or uint32, or 'uint33 REF name' for a reference)",
    ],
    [
      "MOF2017",
      "Qualifier Q : object, Scope(any);",
      "MOF2017 x.mof:1:15 unknown qualifier type 'object' (a qualifier type is one of: uint8, sint8, uint16, sint16, uint32, sint32, uint64, sint64, real32, real64, char16, string, boolean, datetime)",
    ],
    [
      "MOF2018",
      "class A { uint8 x[0x10]; };",
      "MOF2018 x.mof:1:19 an array size must be a positive decimal integer, found '0x10'",
    ],
    [
      "MOF2018",
      "class A { uint8 x[0]; };",
      "MOF2018 x.mof:1:19 an array size must be a positive decimal integer, found '0'",
    ],
    [
      "MOF2019",
      "class A { C REF r[]; };",
      "MOF2019 x.mof:1:18 a reference property cannot be an array in MOF v2 (DSP0004)",
    ],
    [
      "MOF2020",
      "class A { void x; };",
      "MOF2020 x.mof:1:11 'void' is only valid as a method return type, not for a property",
    ],
    [
      "MOF2021",
      "#pragma include",
      '#pragma include takes one string argument, for example #pragma include("...")',
    ],
  ])("%s: %j", (code, text, expected) => {
    const lines = report(text);
    expect(lines).toHaveLength(1);
    if (code === "MOF2021") expect(lines[0]).toBe(`MOF2021 x.mof:1:1 ${expected}`);
    else expect(lines[0]).toBe(expected);
  });

  it("MOF2003: an unterminated string swallows the rest of its line", () => {
    expect(report('class A {\n string s = "abc;\n};')).toEqual([
      "MOF2003 x.mof:2:13 unterminated string: the closing '\"' is missing",
      "MOF2010 x.mof:3:1 expected ';' after the property declaration, found '}'",
    ]);
  });

  it("the cases above cover every registered code except the internal error", () => {
    const tested = new Set([
      "MOF2001",
      "MOF2002",
      "MOF2003",
      "MOF2004",
      "MOF2005",
      "MOF2006",
      "MOF2007",
      "MOF2008",
      "MOF2009",
      "MOF2010",
      "MOF2011",
      "MOF2012",
      "MOF2013",
      "MOF2014",
      "MOF2015",
      "MOF2016",
      "MOF2017",
      "MOF2018",
      "MOF2019",
      "MOF2020",
      "MOF2021",
    ]);
    tested.add("MOF2099");
    expect(Object.keys(syntaxCodes).sort()).toEqual([...tested].sort());
  });
});

describe("parseMof diagnostics: syntax errors", () => {
  it("quotes the found token on one line, control characters named", () => {
    expect(report('class A { string "ab\r\n cd"; };\nclass B { string "a\u001b[2Jb"; };')).toEqual([
      "MOF2010 x.mof:1:18 expected a property or method name in the property or method declaration, found '\"ab...'",
      'MOF2004 x.mof:1:21 a string literal cannot contain a line break; close it on the same line and continue with another string ("a" "b"), or write \\n',
      "MOF2010 x.mof:3:18 expected a property or method name in the property or method declaration, found '\"aU+001B[2Jb\"'",
    ]);
  });

  it("reports every syntax error of a file, each with its own position", () => {
    expect(
      report(
        [
          "class A { uint32 x; };",
          "foo bar;",
          "class B {",
          "  uint32 y = 5",
          "};",
          "class C { string s = ; };",
          "[Key,] class D {};",
          "instance of A {};",
        ].join("\n"),
      ),
    ).toEqual([
      "MOF2010 x.mof:2:1 expected a declaration (class, instance, qualifier or #pragma), found 'foo'",
      "MOF2010 x.mof:5:1 expected ';' after the property declaration, found '}'",
      "MOF2010 x.mof:6:22 expected a value, found ';'",
      "MOF2010 x.mof:7:6 expected a qualifier name in the qualifier list, found ']'",
      "MOF2010 x.mof:8:16 expected '[' or a property name in the instance declaration, found '}'",
    ]);
  });

  it.each([
    [
      "[]\nclass A {};",
      "MOF2010 x.mof:1:2 expected a qualifier name in the qualifier list, found ']'",
    ],
    [
      "Qualifier Q : boolean, Scope();",
      "MOF2010 x.mof:1:30 expected a scope (class, association, indication, property, reference, method, parameter or any) in the Scope list, found ')'",
    ],
    [
      "Qualifier Q : boolean, Scope(class,);",
      "MOF2010 x.mof:1:36 expected a scope (class, association, indication, property, reference, method, parameter or any) in the Scope list, found ')'",
    ],
    [
      "Qualifier Q : boolean, Scope(class), Flavor();",
      "MOF2010 x.mof:1:45 expected a flavor (EnableOverride, DisableOverride, Restricted, ToSubclass or Translatable) in the Flavor list, found ')'",
    ],
    [
      "Qualifier Q : boolean, Flavor(ToSubclass);",
      "MOF2010 x.mof:1:24 expected 'Scope' in the qualifier declaration, found 'Flavor'",
    ],
    [
      "Qualifier Q : ref, Scope(any);",
      "MOF2010 x.mof:1:15 expected a data type, found the reserved word 'ref'",
    ],
    [
      "class A {}",
      "MOF2010 x.mof:1:11 expected ';' after the class declaration, found the end of the file",
    ],
    [
      "class A { uint32 f(uint32 a, ); };",
      "MOF2010 x.mof:1:30 expected a data type or class name, found ')'",
    ],
    ["[Name({1})] class A {};", "MOF2010 x.mof:1:7 expected a value, found '{'"],
    [
      "[Name(1) Translatable] class A {};",
      "MOF2010 x.mof:1:10 expected ']' in the qualifier list, found 'Translatable'",
    ],
    [
      "instance of A as B { x = 1; };",
      "MOF2010 x.mof:1:18 expected an alias ($Name) in the alias, found 'B'",
    ],
    [
      "#pragma namespace()",
      "MOF2010 x.mof:1:19 expected a string or a word in the #pragma directive, found ')'",
    ],
    ["class A { uint32 x = {1, 2,}; };", "MOF2010 x.mof:1:28 expected a value, found '}'"],
    [
      "garbage",
      "MOF2010 x.mof:1:1 expected a declaration (class, instance, qualifier or #pragma), found 'garbage'",
    ],
  ])("%j", (text, expected) => {
    expect(report(text)).toEqual([expected]);
  });

  it("reports a pragma without its string and the word after it", () => {
    expect(report("#pragma namespace root")).toEqual(
      [
        '#pragma namespace takes one string argument, for example #pragma namespace("...")',
        "MOF2010 x.mof:1:19 expected a declaration (class, instance, qualifier or #pragma), found 'root'",
      ].map((m, i) => (i === 0 ? `MOF2021 x.mof:1:1 ${m}` : m)),
    );
  });

  it("after an unterminated comment, does not add an end-of-file syntax error", () => {
    expect(report("class A {\n/* x")).toEqual([
      "MOF2002 x.mof:2:1 unterminated comment: '/*' has no matching '*/' before the end of the file",
    ]);
  });

  it("drops the declaration a syntax error damaged but keeps the others", () => {
    const result = parseMof("class A { uint32 x };\nclass B {};", "x.mof");
    expect(result.document.productions.map((p) => p.kind)).toEqual(["class", "class"]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["MOF2010"]);
  });
});

describe("parseMof diagnostics: MOF v3 constructs", () => {
  it.each([
    [
      "enumeration E : uint32 { a = 1 };",
      "MOF2011 x.mof:1:1 MOF v3 construct 'enumeration' declaration is not supported yet",
    ],
    [
      "association A { R REF a; };",
      "MOF2011 x.mof:1:1 MOF v3 construct 'association' declaration is not supported yet; in MOF v2 write '[Association] class Name { ... };'",
    ],
    [
      "Indication I : B { };",
      "MOF2011 x.mof:1:1 MOF v3 construct 'indication' declaration is not supported yet; in MOF v2 write '[Indication] class Name { ... };'",
    ],
    [
      "value of S as $v { x = { 1, 2 }; };",
      "MOF2011 x.mof:1:1 MOF v3 construct 'value of' declaration is not supported yet",
    ],
    [
      "class A { string[] a; };",
      "MOF2011 x.mof:1:11 MOF v3 construct 'string[] name' (array brackets after the type) is not supported yet; write 'string name[]'",
    ],
    [
      "class A { octetstring o; };",
      "MOF2011 x.mof:1:11 MOF v3 construct 'octetstring' type is not supported yet",
    ],
    [
      "Qualifier Q : OctetString, Scope(any);",
      "MOF2011 x.mof:1:15 MOF v3 construct 'octetstring' type is not supported yet",
    ],
    [
      "instance of A { e = value of S { x = 1; }; };",
      "MOF2011 x.mof:1:21 MOF v3 construct 'value of' as a value is not supported yet",
    ],
    [
      "class A { uint32 f(uint32 a = 1); };",
      "MOF2011 x.mof:1:29 MOF v3 construct 'parameter default value' is not supported yet",
    ],
    [
      "class A { C REF f(); };",
      "MOF2011 x.mof:1:11 MOF v3 construct 'method returning a reference' is not supported yet",
    ],
    [
      "[Abstract] Qualifier Q : boolean, Scope(any);",
      "MOF2011 x.mof:1:1 MOF v3 construct 'qualifier list before a qualifier declaration' is not supported yet",
    ],
  ])("%j", (text, expected) => {
    expect(report(text)).toEqual([expected]);
  });

  it("keeps Structure and Octetstring usable as qualifier names", () => {
    expect(report("[Octetstring, Structure(true)] class A { [Octetstring] uint8 b[]; };")).toEqual(
      [],
    );
  });
});

describe("parseMof never throws", () => {
  it.each([
    ["binary junk", "\u0000\u0001\u0002\uFFFF\uD800garbage{{{]]]"],
    ["only punctuation", "};)]([{,:=#"],
    ["a huge line", `class A { ${"uint8 x; ".repeat(50_000)}};`],
    ["a 1 MB string", `class A { string s = "${"y".repeat(1 << 20)}"; };`],
    ["a 1 MB unterminated string", `class A { string s = "${"y".repeat(1 << 20)}`],
    ["deep nesting", `${"[A{".repeat(2000)}`],
    ["a lone quote", '"'],
    ["a lone backslash in a string", '#pragma include("\\'],
  ])("%s", (_, text) => {
    const result = parseMof(text, "x.mof");
    expect(Array.isArray(result.diagnostics)).toBe(true);
    for (const d of result.diagnostics) {
      expect(d.span?.line).toBeGreaterThanOrEqual(1);
      expect(d.span?.column).toBeGreaterThanOrEqual(1);
    }
  });

  it("reports pathological nesting as one diagnostic and stays usable afterwards", () => {
    expect(report(`structure S ${"{".repeat(50_000)}${"}".repeat(50_000)};`)).toEqual([
      "MOF2099 x.mof:1:1 the file nests brackets or braces too deeply to be parsed",
    ]);
    expect(report("class A { uint8 x; };")).toEqual([]);
  });

  it("reports nothing for a 1 MB string", () => {
    expect(report(`class A { string s = "${"y".repeat(1 << 20)}"; };`)).toEqual([]);
  });
});
