import { describe, expect, it } from "vitest";
import { qualifierValues, resolveInline, resolveStrict } from "./resolve-inline.js";

const names = (list: readonly { name: string }[]) => list.map((m) => m.name);
const origins = (list: readonly { name: string; origin: string }[]) =>
  list.map((m) => `${m.name}@${m.origin}`);

describe("inheritance", () => {
  it("resolves superclasses case-insensitively and in any order, superclasses first", () => {
    const r = resolveInline(`class C : b { string c; };
class A { string a; };
class B : A { string b; };
class D { };`);
    expect(r.found).toEqual([]);
    expect([...r.schema.classes.values()].map((c) => c.name)).toEqual(["A", "B", "C", "D"]);
    expect(r.cls("C").superclass).toBe("B");
    expect(origins(r.cls("C").properties)).toEqual(["a@A", "b@B", "c@C"]);
  });

  it("reports missing superclasses and cycles and keeps the classes", () => {
    const r = resolveInline(`class A : Missing { };
class B : C { };
class C : B { };`);
    expect(r.found).toEqual(["MOF3201 1:11", "MOF3202 3:11"]);
    expect(r.cls("A").superclass).toBeUndefined();
    expect(r.schema.classes.size).toBe(3);
  });

  it("puts an overriding member in the place of the overridden one and inherits its qualifiers", () => {
    const r = resolveStrict(`class A {
  [Key, Description("id")] string Id;
  [Description("n"), MaxLen(10)] string Name;
  [Description("m"), Deprecated{"X"}] uint32 M([In, Description("p")] string p);
};
class B : A {
  [Override("Name"), MaxLen(20)] string Name;
  [Override("M")] uint32 M([In] string p);
  string Extra;
};`);
    expect(r.found).toEqual([]);
    const b = r.cls("B");
    expect(origins(b.properties)).toEqual(["Id@A", "Name@B", "Extra@B"]);
    const name = b.properties[1]!;
    expect(name.overrides).toBe("A");
    expect(qualifierValues(name)).toEqual({ Description: "n", MaxLen: 20n, Override: "Name" });
    expect(name.qualifiers.get("description")?.origin).toBe("A");
    expect(name.qualifiers.get("maxlen")?.origin).toBe("B");
    const m = b.methods[0]!;
    expect(m.origin).toBe("B");
    // Deprecated is Restricted: it does not reach the overriding method.
    expect(qualifierValues(m)).toEqual({ Description: "m", Override: "M" });
    expect(qualifierValues(m.parameters[0]!)).toEqual({ In: true, Description: "p" });
  });

  it("shows inherited members with only their propagating qualifiers", () => {
    const r = resolveStrict(`class A { [Deprecated{"Y"}, Description("d")] string P; };
class B : A { };`);
    expect(qualifierValues(r.cls("A").properties[0]!)).toEqual({
      Deprecated: ["Y"],
      Description: "d",
    });
    expect(qualifierValues(r.cls("B").properties[0]!)).toEqual({ Description: "d" });
    expect(r.cls("B").properties[0]?.origin).toBe("A");
  });

  it("reports an Override with nothing to override and accepts Class.Member spellings", () => {
    const r = resolveStrict(`class A { string P; uint32 M(); };
class B : A {
  [Override("Q")] string Q;
  [Override("A.P")] string P;
  [Override("M")] string M;
};
class C { [Override("P")] string P; };`);
    expect(r.found).toEqual(["MOF3205 3:4", "MOF3205 5:4", "MOF3205 7:12"]);
    expect(origins(r.cls("B").properties)).toEqual(["P@B", "Q@B", "M@B"]);
  });

  it("lets an override rename a member, which its subclasses then no longer inherit by the old name", () => {
    const r = resolveStrict(`class A { string Old; string Other; };
class B : A { [Override("Old")] string New; };
class C : B { [Override("New")] string New; string Old; [Override("Other")] string other; };`);
    expect(r.found).toEqual([]);
    expect(origins(r.cls("B").properties)).toEqual(["New@B", "Other@A"]);
    expect(origins(r.cls("C").properties)).toEqual(["New@C", "other@C", "Old@C"]);
    expect(r.cls("C").properties[0]?.overrides).toBe("B");
  });

  it("treats a redeclaration without Override as an implicit override, with a warning", () => {
    const r = resolveStrict(`class A { [Description("d")] string P; };
class B : A { string p; };`);
    expect(r.found).toEqual(["MOF3206 2:22"]);
    expect(origins(r.cls("B").properties)).toEqual(["p@B"]);
    expect(qualifierValues(r.cls("B").properties[0]!)).toEqual({ Description: "d" });
  });

  it("rejects an override that changes the type", () => {
    const r = resolveStrict(`class T { }; class U : T { };
class A { string P; uint32 Q[]; T REF R; uint32 M(); };
class B : A {
  [Override("P")] uint32 P;
  [Override("Q")] uint32 Q;
  [Override("R")] U REF R;
  [Override("M")] string M();
};`);
    expect(r.found).toEqual(["MOF3207 4:19", "MOF3207 5:19", "MOF3207 7:19"]);
  });

  it("rejects duplicate members and parameters in one class", () => {
    const r = resolveInline(`class A {
  string P;
  uint32 p;
  uint32 P();
  uint32 M(string x, string X);
};`);
    expect(r.found).toEqual(["MOF3204 3:10", "MOF3204 4:10", "MOF3204 5:29"]);
    expect(names(r.cls("A").properties)).toEqual(["P"]);
  });

  it("warns about a redefined class and keeps the last definition in its place", () => {
    const r = resolveInline(`class A { string old; };
class B { };
class a { string New; };`);
    expect(r.found).toEqual(["MOF3203 3:7"]);
    expect([...r.schema.classes.values()].map((c) => c.name)).toEqual(["B", "a"]);
    expect(names(r.cls("A").properties)).toEqual(["New"]);
  });

  it("resolves REF, object and EmbeddedInstance targets to their canonical spelling", () => {
    const r = resolveInline(`[Association] class L {
  [Key] target REF a;
  [EmbeddedInstance("TARGET")] string e;
  object:target o;
  object any;
  Missing REF m;
  [EmbeddedInstance("Gone")] string g;
  uint32 Run(object:Nope x, [EmbeddedInstance("target")] string y);
};
class Target { };`);
    expect(r.found).toEqual(["MOF3208 6:3", "MOF3208 7:4", "MOF3208 8:21"]);
    const props = r.cls("L").properties;
    expect(props[0]?.type).toEqual({ kind: "ref", className: "Target" });
    expect(props[1]?.qualifiers.get("embeddedinstance")?.value).toBe("Target");
    expect(props[2]?.type).toEqual({ kind: "object", className: "Target" });
    expect(props[3]?.type).toEqual({ kind: "object", className: undefined });
    expect(r.cls("L").methods[0]?.parameters[1]?.qualifiers.get("embeddedinstance")?.value).toBe(
      "Target",
    );
  });

  it("checks property defaults and inherits the overridden default", () => {
    const r = resolveInline(`class A {
  uint8 a = 256;
  real32 b = 1;
  char16 c = 65;
  string d[] = "x";
  uint8 e[2] = {1, 2, 3};
  datetime f = "2024";
  boolean g = {true};
  uint32 h = 7;
};
class B : A { [Override("h")] uint32 h; };`);
    expect(r.found).toEqual([
      "MOF3102 2:13",
      "MOF3104 5:16",
      "MOF3105 6:16",
      "MOF3103 7:16",
      "MOF3104 8:15",
    ]);
    const props = r.cls("A").properties;
    expect(props.map((p) => p.default)).toEqual([
      undefined,
      1,
      "A",
      undefined,
      undefined,
      undefined,
      undefined,
      7n,
    ]);
    expect(r.cls("B").properties[7]?.default).toBe(7n);
  });
});

describe("methods and parameters", () => {
  it("derives in/out: IN by default, [Out] alone is output only", () => {
    const r = resolveInline(`class A {
  [Static] uint32 M(string a, [In] string b, [Out] string c, [In, Out] string d,
    [In(false), Out] string e, [In(false)] string f);
  void N();
};`);
    expect(r.found).toEqual([]);
    const m = r.cls("A").methods[0]!;
    expect(m.parameters.map((p) => [p.name, p.in, p.out])).toEqual([
      ["a", true, false],
      ["b", true, false],
      ["c", false, true],
      ["d", true, true],
      ["e", false, true],
      ["f", false, false],
    ]);
    expect(m.static).toBe(true);
    expect(r.cls("A").methods[1]).toMatchObject({
      name: "N",
      returnType: undefined,
      static: false,
    });
  });

  it("takes an overriding parameter's direction as written when it gives In or Out", () => {
    const r = resolveStrict(`class A { uint32 M([In, Out] string job, [In, Out] string keep); };
class B : A { [Override("M")] uint32 M([Out] string job, [Description("k")] string keep); };`);
    expect(r.found).toEqual([]);
    const m = r.cls("B").methods[0]!;
    expect(m.parameters.map((p) => [p.name, p.in, p.out, qualifierValues(p)])).toEqual([
      ["job", false, true, { Out: true }],
      ["keep", true, true, { In: true, Out: true, Description: "k" }],
    ]);
  });
});
