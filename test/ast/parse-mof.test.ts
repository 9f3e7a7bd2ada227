import { describe, expect, it } from "vitest";
import type {
  ClassDeclaration,
  InstanceDeclaration,
  MethodDeclaration,
  Pragma,
  Production,
  PropertyDeclaration,
  QualifierDeclaration,
  Span,
  Value,
} from "../../src/ast/ast.js";
import { parseMof } from "../../src/ast/parse.js";

const file = "t.mof";

function span(line: number, column: number, offset: number, length: number): Span {
  return { file, line, column, offset, length };
}

/** Parses text that must be free of diagnostics. */
function productions(text: string): readonly Production[] {
  const result = parseMof(text, file);
  expect(result.diagnostics).toEqual([]);
  return result.document.productions;
}

function only<T extends Production>(text: string): T {
  const all = productions(text);
  expect(all).toHaveLength(1);
  return all[0] as T;
}

function property(text: string): PropertyDeclaration {
  const cls = only<ClassDeclaration>(`class A {${text}};`);
  expect(cls.features).toHaveLength(1);
  return cls.features[0] as PropertyDeclaration;
}

function defaultOf(text: string): Value | undefined {
  return property(text).default;
}

describe("parseMof: documents", () => {
  it.each([
    ["an empty file", ""],
    ["white space only", " \t\r\n\r\n"],
    ["comments only", "// a\n/* b\n c */ // d"],
    ["a line comment at EOF without newline", "// end"],
    ["a byte order mark", "\uFEFFclass A {};"],
  ])("accepts %s", (_, text) => {
    const result = parseMof(text, file);
    expect(result.diagnostics).toEqual([]);
    expect(result.document.file).toBe(file);
  });

  it("keeps productions in source order", () => {
    const kinds = productions(
      '#pragma locale("en_US")\nQualifier Key : boolean = false, Scope(property);\nclass A {};\ninstance of A { x = 1; };',
    ).map((p) => p.kind);
    expect(kinds).toEqual(["pragma", "qualifierDeclaration", "class", "instance"]);
  });

  it("accepts comments between any two tokens", () => {
    const p = property(" uint8 /* c */ /**/ B /* d */ [ /* e */ 2 ] // f\n ; ");
    expect(p.array).toBe(2);
    expect(p.name.text).toBe("B");
  });

  it("counts columns in UTF-16 units and lines after CRLF, CR and LF", () => {
    const cls = only<ClassDeclaration>('class A {\r\n string s = "é😀";\r uint8\n\tb; };');
    expect(cls.features[0]!.span).toEqual(span(2, 2, 12, 17));
    expect(cls.features[1]!.name.span).toEqual(span(4, 2, 38, 1));
  });
});

describe("parseMof: pragmas", () => {
  const pragma = (text: string) => only<Pragma>(text);

  it("records a pragma with its exact spans", () => {
    expect(pragma('#pragma include ("qualifiers.mof")')).toEqual({
      kind: "pragma",
      name: "include",
      nameSpan: span(1, 9, 8, 7),
      args: [{ kind: "string", value: "qualifiers.mof", span: span(1, 18, 17, 16) }],
      known: true,
      span: span(1, 1, 0, 34),
    });
  });

  it.each([
    ['#PRAGMA LOCALE("en_US")', "locale"],
    ['# pragma namespace("root/test")', "namespace"],
    ['#Pragma InstanceLocale("en_US")', "instancelocale"],
    ['#pragma nonlocal("x")', "nonlocal"],
    ['#pragma nonlocaltype("x")', "nonlocaltype"],
    ['#pragma source("x")', "source"],
    ['#pragma sourcetype("x")', "sourcetype"],
    ['#pragma amendment("MS_409")', "amendment"],
    ['#pragma classflags("forceupdate")', "classflags"],
    ['#pragma deleteclass("X", NOFAIL)', "deleteclass"],
    ["#pragma autorecover", "autorecover"],
  ])("%s is the known pragma %s", (text, name) => {
    const p = pragma(text);
    expect(p.name).toBe(name);
    expect(p.known).toBe(true);
  });

  it("takes several string arguments and bare word arguments", () => {
    expect(pragma('#pragma classflags("a", "b")').args.map((a) => a.value)).toEqual(["a", "b"]);
    expect(pragma('#pragma deleteclass("X", NOFAIL)').args).toEqual([
      { kind: "string", value: "X", span: span(1, 21, 20, 3) },
      { kind: "identifier", value: "NOFAIL", span: span(1, 26, 25, 6) },
    ]);
    expect(pragma("#pragma autorecover").args).toEqual([]);
  });

  it("decodes pragma strings leniently: invalid escapes are kept verbatim", () => {
    expect(pragma('#pragma include("System\\CIM_X.mof")').args[0]!.value).toBe("System\\CIM_X.mof");
    expect(pragma('#pragma include("a\\x")').args[0]!.value).toBe("a\\x");
  });

  it("decodes valid escapes in pragma strings normally", () => {
    expect(pragma('#pragma namespace("\\\\\\\\.\\\\root\\\\cimv2")').args[0]!.value).toBe(
      "\\\\.\\root\\cimv2",
    );
  });

  it("keeps an unknown pragma, marked unknown, with a warning", () => {
    const result = parseMof('#pragma junkname("v")', file);
    expect(result.document.productions[0]).toMatchObject({ name: "junkname", known: false });
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([["MOF2012", "warning"]]);
  });
});

describe("parseMof: qualifier declarations", () => {
  const decl = (text: string) => only<QualifierDeclaration>(text);

  it("builds a full declaration with exact spans", () => {
    expect(
      decl(
        "Qualifier Description : string = null,\n  Scope(any),\n  Flavor(EnableOverride, ToSubclass, Translatable);",
      ),
    ).toEqual({
      kind: "qualifierDeclaration",
      name: { text: "Description", span: span(1, 11, 10, 11) },
      type: "string",
      array: false,
      default: { kind: "null", span: span(1, 34, 33, 4) },
      scopes: ["any"],
      flavors: ["EnableOverride", "ToSubclass", "Translatable"],
      span: span(1, 1, 0, 104),
    });
  });

  it.each([
    "uint8",
    "sint8",
    "uint16",
    "sint16",
    "uint32",
    "sint32",
    "uint64",
    "sint64",
    "real32",
    "real64",
    "char16",
    "string",
    "boolean",
    "datetime",
  ])("accepts the type %s (any case)", (type) => {
    expect(decl(`Qualifier Q : ${type.toUpperCase()}, Scope(property);`).type).toBe(type);
  });

  it.each([
    ["string[]", true, undefined],
    ["uint32[3]", 3, undefined],
    ["uint32[] = {}", true, { kind: "array", elements: [], span: span(1, 26, 25, 2) }],
  ] as const)("array type %s", (type, array, defaultValue) => {
    const d = decl(`Qualifier Q : ${type}, Scope(property);`);
    expect(d.array).toBe(array);
    expect(d.default).toEqual(defaultValue);
  });

  it("defaults to no default and no flavors", () => {
    const d = decl("Qualifier Q : boolean, Scope(class);");
    expect(d.default).toBeUndefined();
    expect(d.flavors).toEqual([]);
  });

  it("accepts every scope word in any case and extra white space", () => {
    const d = decl(
      "Qualifier Q : boolean = false, Scope( Class , ASSOCIATION, indication, property, reference, method, parameter, any ) ;",
    );
    expect(d.scopes).toEqual([
      "class",
      "association",
      "indication",
      "property",
      "reference",
      "method",
      "parameter",
      "any",
    ]);
  });

  it("accepts every flavor, canonically spelled", () => {
    const all = decl(
      "Qualifier Q : boolean, Scope(any), Flavor(enableoverride, Restricted, TRANSLATABLE, Amended);",
    );
    expect(all.flavors).toEqual(["EnableOverride", "Restricted", "Translatable", "Amended"]);
    const rest = decl("Qualifier Q : boolean, Scope(any), Flavor(DisableOverride, ToSubclass);");
    expect(rest.flavors).toEqual(["DisableOverride", "ToSubclass"]);
  });

  it("accepts ToInstance in a declaration with a deprecation warning", () => {
    const result = parseMof("Qualifier Q : boolean, Scope(any), Flavor(ToInstance);", file);
    expect((result.document.productions[0] as QualifierDeclaration).flavors).toEqual([
      "ToInstance",
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([["MOF2013", "warning"]]);
  });

  it("counts CIM's keyword-named qualifiers as names", () => {
    const names = productions(
      [
        "Association",
        "Indication",
        "Reference",
        "Schema",
        "Structure",
        "Octetstring",
        "Class",
        "Scope",
      ]
        .map((n) => `Qualifier ${n} : boolean = false, Scope(any);`)
        .join("\n"),
    ).map((p) => (p as QualifierDeclaration).name.text);
    expect(names).toEqual([
      "Association",
      "Indication",
      "Reference",
      "Schema",
      "Structure",
      "Octetstring",
      "Class",
      "Scope",
    ]);
  });
});

describe("parseMof: qualifier lists", () => {
  it("builds names, values, arrays and both flavor syntaxes", () => {
    const cls = only<ClassDeclaration>(
      '[A, B(1), C{"x", "y"}, D(2) : ToSubclass DisableOverride, E("x") : ToInstance Amended]\nclass K {};',
    );
    expect(cls.qualifiers).toEqual([
      {
        name: { text: "A", span: span(1, 2, 1, 1) },
        value: undefined,
        flavors: [],
        span: span(1, 2, 1, 1),
      },
      {
        name: { text: "B", span: span(1, 5, 4, 1) },
        value: { kind: "integer", value: 1n, span: span(1, 7, 6, 1) },
        flavors: [],
        span: span(1, 5, 4, 4),
      },
      {
        name: { text: "C", span: span(1, 11, 10, 1) },
        value: {
          kind: "array",
          elements: [
            { kind: "string", value: "x", span: span(1, 13, 12, 3) },
            { kind: "string", value: "y", span: span(1, 18, 17, 3) },
          ],
          span: span(1, 12, 11, 10),
        },
        flavors: [],
        span: span(1, 11, 10, 11),
      },
      {
        name: { text: "D", span: span(1, 24, 23, 1) },
        value: { kind: "integer", value: 2n, span: span(1, 26, 25, 1) },
        flavors: ["ToSubclass", "DisableOverride"],
        span: span(1, 24, 23, 33),
      },
      {
        name: { text: "E", span: span(1, 59, 58, 1) },
        value: { kind: "string", value: "x", span: span(1, 61, 60, 3) },
        flavors: ["ToInstance", "Amended"],
        span: span(1, 59, 58, 27),
      },
    ]);
    expect(cls.span).toEqual(span(1, 1, 0, 98));
  });

  it("accepts null as a qualifier value", () => {
    const cls = only<ClassDeclaration>("[Description(null)] class K {};");
    expect(cls.qualifiers[0]!.value).toEqual({ kind: "null", span: span(1, 14, 13, 4) });
  });

  it("does not warn about ToInstance in qualifier lists (WMI output uses it everywhere)", () => {
    expect(parseMof("[Locale(1033) : ToInstance] class K {};", file).diagnostics).toEqual([]);
  });
});

describe("parseMof: classes", () => {
  it("builds a class with alias, superclass and exact spans", () => {
    expect(only<ClassDeclaration>("class A as $a : B {\n};")).toEqual({
      kind: "class",
      name: { text: "A", span: span(1, 7, 6, 1) },
      qualifiers: [],
      superclass: { text: "B", span: span(1, 17, 16, 1) },
      alias: { text: "a", span: span(1, 12, 11, 2) },
      features: [],
      span: span(1, 1, 0, 22),
    });
  });

  it("accepts the class keyword in any case", () => {
    for (const kw of ["class", "Class", "CLASS", "cLaSs"]) {
      expect(only<ClassDeclaration>(`${kw} A {};`).name.text).toBe("A");
    }
  });

  it("builds properties with arrays, defaults and exact spans", () => {
    const cls = only<ClassDeclaration>(
      "class A {\n  [Key] string Id;\n  uint8 a[] = {1, null, -2};\n  uint8 f[4];\n};",
    );
    expect(cls.features).toEqual([
      {
        kind: "property",
        name: { text: "Id", span: span(2, 16, 25, 2) },
        qualifiers: [
          {
            name: { text: "Key", span: span(2, 4, 13, 3) },
            value: undefined,
            flavors: [],
            span: span(2, 4, 13, 3),
          },
        ],
        type: { kind: "primitive", name: "string", span: span(2, 9, 18, 6) },
        array: false,
        default: undefined,
        span: span(2, 3, 12, 16),
      },
      {
        kind: "property",
        name: { text: "a", span: span(3, 9, 37, 1) },
        qualifiers: [],
        type: { kind: "primitive", name: "uint8", span: span(3, 3, 31, 5) },
        array: true,
        default: {
          kind: "array",
          elements: [
            { kind: "integer", value: 1n, span: span(3, 16, 44, 1) },
            { kind: "null", span: span(3, 19, 47, 4) },
            { kind: "integer", value: -2n, span: span(3, 25, 53, 2) },
          ],
          span: span(3, 15, 43, 13),
        },
        span: span(3, 3, 31, 26),
      },
      {
        kind: "property",
        name: { text: "f", span: span(4, 9, 66, 1) },
        qualifiers: [],
        type: { kind: "primitive", name: "uint8", span: span(4, 3, 60, 5) },
        array: 4,
        default: undefined,
        span: span(4, 3, 60, 11),
      },
    ]);
  });

  it("builds references with any REF spelling and a path default", () => {
    for (const ref of ["REF", "Ref", "ref"]) {
      const p = property(` CIM_X ${ref} r = "CIM_X.k=\\"v\\"";`);
      expect(p.type).toEqual({
        kind: "ref",
        className: { text: "CIM_X", span: span(1, 11, 10, 5) },
        span: span(1, 11, 10, 9),
      });
      expect(p.default).toEqual({
        kind: "string",
        value: 'CIM_X.k="v"',
        span: span(1, 25, 24, 15),
      });
    }
  });

  it("builds WMI object and object:Class types", () => {
    expect(property(" object o;").type).toEqual({
      kind: "object",
      className: undefined,
      span: span(1, 11, 10, 6),
    });
    expect(property(" object : Win32_X o;").type).toEqual({
      kind: "object",
      className: { text: "Win32_X", span: span(1, 20, 19, 7) },
      span: span(1, 11, 10, 16),
    });
  });

  it("builds methods with parameters, arrays, references and void", () => {
    const cls = only<ClassDeclaration>(
      "class A {\n uint32 M([In] uint8 a, string b[], C REF c, C REF d[], object:E e, uint8 f[2]);\n void N();\n};",
    );
    const m = cls.features[0] as MethodDeclaration;
    expect(m.kind).toBe("method");
    expect(m.returnType).toEqual({ kind: "primitive", name: "uint32", span: span(2, 2, 11, 6) });
    expect(m.span).toEqual(span(2, 2, 11, 79));
    expect(m.parameters.map((p) => [p.name.text, p.type.kind, p.array])).toEqual([
      ["a", "primitive", false],
      ["b", "primitive", true],
      ["c", "ref", false],
      ["d", "ref", true],
      ["e", "object", false],
      ["f", "primitive", 2],
    ]);
    expect(m.parameters[0]).toEqual({
      kind: "parameter",
      name: { text: "a", span: span(2, 22, 31, 1) },
      qualifiers: [
        {
          name: { text: "In", span: span(2, 12, 21, 2) },
          value: undefined,
          flavors: [],
          span: span(2, 12, 21, 2),
        },
      ],
      type: { kind: "primitive", name: "uint8", span: span(2, 16, 25, 5) },
      array: false,
      span: span(2, 11, 20, 12),
    });
    const n = cls.features[1] as MethodDeclaration;
    expect(n.returnType).toBeUndefined();
    expect(n.parameters).toEqual([]);
  });

  it("accepts an empty body and properties named like keywords", () => {
    const cls = only<ClassDeclaration>(
      "class A { uint32 Value; uint32 Scope; string Flavor; uint32 Instance; uint32 Of; uint32 Any; uint32 Uint32; uint32 class; uint32 Qualifier; uint32 Pragma; uint32 As; uint32 Association; uint32 Indication; uint32 Structure; uint32 Enumeration; };",
    );
    expect(cls.features.map((f) => f.name.text)).toEqual([
      "Value",
      "Scope",
      "Flavor",
      "Instance",
      "Of",
      "Any",
      "Uint32",
      "class",
      "Qualifier",
      "Pragma",
      "As",
      "Association",
      "Indication",
      "Structure",
      "Enumeration",
    ]);
  });

  it("accepts parameters and methods named like keywords", () => {
    const cls = only<ClassDeclaration>(
      "class A { uint32 Instance(uint32 Scope, string Flavor, Of REF Any); };",
    );
    const m = cls.features[0] as MethodDeclaration;
    expect(m.name.text).toBe("Instance");
    expect(m.parameters.map((p) => p.name.text)).toEqual(["Scope", "Flavor", "Any"]);
  });
});

describe("parseMof: instances", () => {
  it("builds an instance with alias, qualifiers and exact spans", () => {
    expect(
      only<InstanceDeclaration>('[Q] instance of A as $x {\n  [P] Name = "n";\n  R = $y;\n};'),
    ).toEqual({
      kind: "instance",
      qualifiers: [
        {
          name: { text: "Q", span: span(1, 2, 1, 1) },
          value: undefined,
          flavors: [],
          span: span(1, 2, 1, 1),
        },
      ],
      className: { text: "A", span: span(1, 17, 16, 1) },
      alias: { text: "x", span: span(1, 22, 21, 2) },
      properties: [
        {
          name: { text: "Name", span: span(2, 7, 32, 4) },
          qualifiers: [
            {
              name: { text: "P", span: span(2, 4, 29, 1) },
              value: undefined,
              flavors: [],
              span: span(2, 4, 29, 1),
            },
          ],
          value: { kind: "string", value: "n", span: span(2, 14, 39, 3) },
          span: span(2, 3, 28, 15),
        },
        {
          name: { text: "R", span: span(3, 3, 46, 1) },
          qualifiers: [],
          value: { kind: "alias", name: "y", span: span(3, 7, 50, 2) },
          span: span(3, 3, 46, 7),
        },
      ],
      span: span(1, 1, 0, 56),
    });
  });

  it("accepts INSTANCE OF in any case", () => {
    expect(only<InstanceDeclaration>("INSTANCE Of A { x = 1; };").className.text).toBe("A");
  });
});

describe("parseMof: values", () => {
  it.each([
    ["0", 0n],
    ["+5", 5n],
    ["-5", -5n],
    ["0x1F", 31n],
    ["-0x1f", -31n],
    ["0X1F", 31n],
    ["017", 15n],
    ["-017", -15n],
    ["+00", 0n],
    ["101b", 5n],
    ["101B", 5n],
    ["-11b", -3n],
    ["0b", 0n],
    ["+0b", 0n],
    ["18446744073709551615", 18446744073709551615n],
    ["-9223372036854775808", -9223372036854775808n],
  ])("integer %s", (text, value) => {
    expect(defaultOf(` uint64 x = ${text};`)).toMatchObject({ kind: "integer", value });
  });

  it.each([
    ["1.5", 1.5],
    [".5", 0.5],
    ["1.5e10", 1.5e10],
    ["1.5E-3", 1.5e-3],
    ["-0.0", -0],
    ["+2.5", 2.5],
    ["-.0e-0", -0],
  ])("real %s", (text, value) => {
    expect(defaultOf(` real64 x = ${text};`)).toMatchObject({ kind: "real", value });
  });

  it("keeps an integer literal for a real property as an integer (the model coerces)", () => {
    expect(defaultOf(" real32 x = 0;")).toMatchObject({ kind: "integer", value: 0n });
  });

  it.each([
    ["TRUE", { kind: "boolean", value: true }],
    ["True", { kind: "boolean", value: true }],
    ["false", { kind: "boolean", value: false }],
    ["NULL", { kind: "null" }],
    ["Null", { kind: "null" }],
  ])("%s", (text, expected) => {
    expect(defaultOf(` boolean b = ${text};`)).toMatchObject(expected);
  });

  it("concatenates adjacent strings and spans all of them", () => {
    expect(defaultOf(' string s = "a" "b"\n "c";')).toEqual({
      kind: "string",
      value: "abc",
      span: span(1, 22, 21, 12),
    });
  });

  it("decodes string escapes", () => {
    expect(defaultOf(String.raw` string s = "\b\t\n\f\r\"\'\\\x41\X263A\x1";`)).toMatchObject({
      value: "\b\t\n\f\r\"'\\A\u263A\u0001",
    });
  });

  it("keeps non-ASCII text, including astral characters", () => {
    expect(defaultOf(' string s = "日本 😀";')).toMatchObject({ value: "日本 😀" });
  });

  it.each([
    ["'a'", "a"],
    [String.raw`'\n'`, "\n"],
    [String.raw`'\x41'`, "A"],
    [String.raw`'\''`, "'"],
    ["'\"'", '"'],
  ])("char16 %s", (text, value) => {
    expect(defaultOf(` char16 c = ${text};`)).toMatchObject({ kind: "char16", value });
  });

  it("keeps an integer for a char16 property (the model converts it)", () => {
    expect(defaultOf(" char16 c = 65;")).toMatchObject({ kind: "integer", value: 65n });
  });

  it("splits {'a', 'b'} on one line into two char16 values", () => {
    expect(defaultOf(" char16 c[] = {'a', 'b'};")).toMatchObject({
      kind: "array",
      elements: [
        { kind: "char16", value: "a" },
        { kind: "char16", value: "b" },
      ],
    });
  });

  it("accepts an empty array and nulls in arrays", () => {
    expect(defaultOf(" uint8 a[] = {};")).toEqual({
      kind: "array",
      elements: [],
      span: span(1, 23, 22, 2),
    });
    expect(defaultOf(' string a[] = {null, "x"};')).toMatchObject({
      elements: [{ kind: "null" }, { kind: "string", value: "x" }],
    });
  });

  it("has no length limit on string literals", () => {
    const long = "x".repeat(1_000_000);
    expect(defaultOf(` string s = "${long}";`)).toMatchObject({ value: long });
  });
});
