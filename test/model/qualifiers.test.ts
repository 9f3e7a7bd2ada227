import { describe, expect, it } from "vitest";
import { qualifierValues, resolveInline, resolveStrict } from "./resolve-inline.js";

describe("qualifier types", () => {
  it("reports an undeclared qualifier as an error when the unit declares qualifiers", () => {
    const r = resolveStrict(`[Description("d"), Bogus(1)]
class A { };`);
    expect(r.found).toEqual(["MOF3001 1:20"]);
    expect(qualifierValues(r.cls("A"))).toEqual({ Description: "d" });
  });

  it("uses the built-in table when the unit declares no qualifier, and infers unknown ones once", () => {
    const r = resolveInline(`[Dynamic, Provider("P"), Locale(1033), UUID("{1}"), Vendor_X("a")]
class A {
  [Key, Vendor_X("b"), MaxLen(10)] string Name;
};`);
    expect(r.found).toEqual(["MOF3002 1:53"]);
    expect(qualifierValues(r.cls("A"))).toEqual({
      Dynamic: true,
      Provider: "P",
      Locale: 1033n,
      UUID: "{1}",
      Vendor_X: "a",
    });
    const types = [...r.schema.qualifierTypes.values()];
    expect(types.map((t) => [t.name, t.type, t.implicit])).toEqual([
      ["Dynamic", "boolean", true],
      ["Provider", "string", true],
      ["Locale", "sint32", true],
      ["UUID", "string", true],
      ["Vendor_X", "string", true],
      ["Key", "boolean", true],
      ["MaxLen", "uint32", true],
    ]);
  });

  it("lists declared qualifier types with their effective flavors", () => {
    const r = resolveInline(`Qualifier Note : string = "x", Scope(any);
Qualifier Tags : string[], Scope(class), Flavor(DisableOverride, Restricted, Translatable);`);
    expect(r.found).toEqual([]);
    expect([...r.schema.qualifierTypes.values()].map((t) => ({ ...t, span: undefined }))).toEqual([
      {
        name: "Note",
        type: "string",
        array: false,
        default: "x",
        scopes: ["any"],
        flavors: {
          overridable: true,
          toSubclass: true,
          translatable: false,
          toInstance: false,
          amended: false,
        },
        implicit: false,
        span: undefined,
      },
      {
        name: "Tags",
        type: "string",
        array: true,
        default: undefined,
        scopes: ["class"],
        flavors: {
          overridable: false,
          toSubclass: false,
          translatable: true,
          toInstance: false,
          amended: false,
        },
        implicit: false,
        span: undefined,
      },
    ]);
  });

  it("checks declaration defaults and warns about changed redeclarations", () => {
    const r = resolveInline(`Qualifier A : boolean = "yes", Scope(any);
Qualifier B : uint8 = 300, Scope(any);
Qualifier F : string, Scope(class);
Qualifier F : string, Scope(class);
Qualifier F : uint32, Scope(class);`);
    expect(r.found).toEqual(["MOF3101 1:25", "MOF3102 2:23", "MOF3007 5:11"]);
    expect(r.schema.qualifierTypes.get("f")?.type).toBe("uint32");
  });
});

describe("qualifier usages", () => {
  it("enforces scopes of declared qualifiers", () => {
    const r = resolveStrict(`[Key, Association]
class A {
  [Abstract] string P;
  [In] uint32 M([Key] string x);
};
[Association]
class B {
  [Description("r")] A REF r;
};`);
    // [Association] makes A an association, so only Key is out of scope there.
    expect(r.found).toEqual(["MOF3003 1:2", "MOF3003 3:4", "MOF3003 4:4", "MOF3003 4:18"]);
    expect(r.cls("A").isAssociation).toBe(true);
    expect(r.cls("B").isAssociation).toBe(true);
  });

  it("allows association and indication scopes only on associations and indications", () => {
    const r =
      resolveInline(`Qualifier Association : boolean = false, Scope(association), Flavor(DisableOverride, ToSubclass);
Qualifier Indication : boolean = false, Scope(class, indication), Flavor(DisableOverride, ToSubclass);
Qualifier AssocOnly : string, Scope(association);
Qualifier IndOnly : string, Scope(indication);
Qualifier ClassOnly : string, Scope(class);
[Association, AssocOnly("a"), ClassOnly("c")] class A { };
class A2 : A { };
[AssocOnly("a"), IndOnly("i")] class C { };
[Indication, IndOnly("i")] class I { };
[IndOnly("j")] class I2 : I { };`);
    expect(r.found).toEqual(["MOF3003 8:2", "MOF3003 8:18"]);
    expect(r.cls("A2").isAssociation).toBe(true);
    expect(r.cls("I2").isIndication).toBe(true);
  });

  it("treats built-in scopes as advisory and lets property scope cover references", () => {
    const r = resolveInline(`class T { };
[Association] class A {
  [Key, Read] T REF r;
  [Max(4)] uint16 order[];
};
[Key] class K { };`);
    expect(r.found).toEqual(["MOF3009 4:4", "MOF3009 6:2"]);
  });

  it("rejects a qualifier given twice", () => {
    const r = resolveStrict(`class A {
  [Key, key] string P;
};`);
    expect(r.found).toEqual(["MOF3004 2:9"]);
    expect(qualifierValues(r.cls("A").properties[0]!)).toEqual({ Key: true });
  });

  it("checks values against the qualifier type and wraps a scalar for an array type", () => {
    const r = resolveStrict(`class A {
  [Description(5)] string P1;
  [Key("true")] string P2;
  [MaxLen(-1)] string P3;
  [ValueMap("0"), Values{"zero"}] uint8 P4;
  [ValueMap{"0", 1}] uint8 P5;
  [Description{"a"}] string P6;
  [Description(null), MaxLen] string P7;
};`);
    expect(r.found).toEqual([
      "MOF3101 2:16",
      "MOF3101 3:8",
      "MOF3102 4:11",
      "MOF3101 6:18",
      "MOF3104 7:15",
    ]);
    const p = (name: string) =>
      qualifierValues(r.cls("A").properties.find((x) => x.name === name)!);
    expect(p("P4")).toEqual({ ValueMap: ["0"], Values: ["zero"] });
    expect(p("P7")).toEqual({ Description: null, MaxLen: null });
  });

  it("propagates ToSubclass qualifiers with their origin and keeps Restricted ones local", () => {
    const r = resolveStrict(`[Abstract, Description("base")]
class A { };
class B : A { };
[Description("own")]
class C : B { };`);
    expect(r.found).toEqual([]);
    const b = r.cls("B");
    expect(qualifierValues(b)).toEqual({ Description: "base" });
    expect(b.qualifiers.get("description")?.origin).toBe("A");
    expect(b.isAbstract).toBe(false);
    expect(r.cls("A").isAbstract).toBe(true);
    expect(r.cls("C").qualifiers.get("description")).toMatchObject({ value: "own", origin: "C" });
  });

  it("rejects a different value for a DisableOverride qualifier in an override", () => {
    const r = resolveStrict(`class A {
  [Key] string Id;
  [Static] uint32 M();
};
class B : A {
  [Override("Id"), Key(false)] string Id;
  [Override("M"), Static] uint32 M();
};`);
    expect(r.found).toEqual(["MOF3006 6:20"]);
    expect(r.cls("B").properties[0]?.qualifiers.get("key")).toMatchObject({
      value: true,
      origin: "A",
    });
  });

  it("records usage flavors in the effective flavors", () => {
    const r = resolveInline(`[Description("d") : Amended ToInstance Restricted]
class A { };`);
    expect(r.cls("A").qualifiers.get("description")?.flavors).toEqual({
      overridable: true,
      toSubclass: false,
      translatable: true,
      toInstance: true,
      amended: true,
    });
  });
});

describe("robustness", () => {
  it("never throws on the partial AST of a file with syntax errors", async () => {
    const { parseMof } = await import("../../src/ast/parse.js");
    const { resolveSchema } = await import("../../src/model/resolve-schema.js");
    const text = `class A : { string P = ; };
[Key(] class B : A { uint32 M(string; };
instance of { P = $; };
class C : B { [Override("")] A REF r; object: o; };`;
    const { document, diagnostics } = parseMof(text, "broken.mof");
    expect(diagnostics.length).toBeGreaterThan(0);
    const unit = {
      sources: new Map([["broken.mof", text]]),
      documents: [document],
      productions: document.productions,
    };
    const result = resolveSchema(unit, {});
    expect(result.diagnostics.filter((d) => d.code === "MOF3901")).toEqual([]);
  });

  it("never throws on any prefix of the WMI fixtures", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const { parseMof } = await import("../../src/ast/parse.js");
    const { resolveSchema } = await import("../../src/model/resolve-schema.js");
    const dir = path.resolve(import.meta.dirname, "../../fixtures");
    const text = ["wmi-provider/SampleProvider.mof", "wmi-amendment/Sample.mfl"]
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
      .join("\n");
    const internal: string[] = [];
    for (let end = 0; end < text.length; end += 23) {
      const { document } = parseMof(text.slice(0, end), "cut.mof");
      const unit = { sources: new Map(), documents: [document], productions: document.productions };
      for (const d of resolveSchema(unit, {}).diagnostics) {
        if (d.code === "MOF3901") internal.push(`${end}: ${d.message}`);
      }
    }
    expect(internal).toEqual([]);
  });
});
