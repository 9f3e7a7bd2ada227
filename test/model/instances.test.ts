import { describe, expect, it } from "vitest";
import { resolveInline } from "./resolve-inline.js";

const values = (instance: { properties: readonly { name: string; value: unknown }[] }) =>
  Object.fromEntries(instance.properties.map((p) => [p.name, p.value]));

describe("instances", () => {
  it("checks properties against the class, case-insensitively", () => {
    const r = resolveInline(`class A { [Key] string Name; uint8 Size; string Tags[]; };
instance of a {
  name = "x";
  SIZE = 300;
  Unknown = 1;
  Size = 2;
  Tags = "single";
};`);
    expect(r.found).toEqual(["MOF3102 4:10", "MOF3402 5:3", "MOF3403 6:3", "MOF3104 7:10"]);
    expect(r.schema.instances).toHaveLength(1);
    expect(r.schema.instances[0]).toMatchObject({ className: "A", namespace: "root/cimv2" });
    expect(values(r.schema.instances[0]!)).toEqual({ Name: "x" });
  });

  it("rejects a property set twice and an instance of an unknown class, warns for abstract classes", () => {
    const r = resolveInline(`[Abstract] class A { string P; };
instance of A { P = "a"; p = "b"; };
instance of Nowhere { P = 1; };`);
    expect(r.found).toEqual(["MOF3406 2:13", "MOF3403 2:26", "MOF3401 3:13"]);
    expect(r.schema.instances).toHaveLength(1);
  });

  it("resolves aliases used before their definition to object paths built from keys", () => {
    const r = resolveInline(`class Person { [Key] string Name; [Key] uint32 Id; string Note; };
class Group { [Key] boolean Flag; };
[Association] class Member { [Key] Person REF Who; [Key] Group REF In; };
instance of Member { Who = $p; In = $G; };
instance of Person as $P { Note = "n"; Id = 7; Name = "Al \\"Q\\" \\\\"; };
instance of Group as $g { Flag = true; };`);
    expect(r.found).toEqual([]);
    const member = r.schema.instances[0]!;
    expect(values(member)).toEqual({
      Who: 'Person.Name="Al \\"Q\\" \\\\",Id=7',
      In: "Group.Flag=TRUE",
    });
    expect(r.schema.instances[1]?.alias).toBe("P");
  });

  it("builds paths through aliased keys and reports undefined, duplicate and cyclic aliases", () => {
    const r = resolveInline(`class T { [Key] string K; };
[Association] class L { [Key] T REF A; [Key] L REF Self; };
instance of T as $t { K = "k"; };
instance of T as $T { K = "again"; };
instance of L as $l1 { A = $t; Self = $l2; };
instance of L as $l2 { A = $t; Self = $l1; };
instance of L { A = $nobody; };`);
    expect(r.found).toEqual(["MOF3404 4:18", "MOF3407 5:39", "MOF3407 6:39", "MOF3405 7:21"]);
  });

  it("uses a class alias as the class path", () => {
    const r = resolveInline(`class T as $Cls { };
[Association] class L { [Key] T REF A; };
instance of L { A = $Cls; };`);
    expect(r.found).toEqual([]);
    expect(values(r.schema.instances[0]!)).toEqual({ A: "T" });
  });

  it("rejects an alias where a plain value is expected", () => {
    const r = resolveInline(`class T { [Key] string K; string S; };
instance of T as $t { K = "k"; S = $t; };`);
    expect(r.found).toEqual(["MOF3101 2:36"]);
  });

  it("places instances in the namespace of their pragma", () => {
    const r = resolveInline(`#pragma namespace("\\\\\\\\.\\\\root\\\\test")
class T { [Key] string K; };
instance of T { K = "k"; };`);
    expect(r.schema.instances[0]?.namespace).toBe("root/test");
    expect(r.cls("T").namespace).toBe("root/test");
  });
});
