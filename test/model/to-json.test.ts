import { describe, expect, it } from "vitest";
import { schemaToJson, valueToJson } from "../../src/model/to-json.js";
import { resolveInline } from "./resolve-inline.js";

describe("inspect JSON", () => {
  it("writes the resolved schema with a fixed key order", () => {
    const r =
      resolveInline(`Qualifier Key : boolean = false, Scope(property, reference), Flavor(DisableOverride, ToSubclass);
Qualifier Description : string = null, Scope(any), Flavor(Translatable);
Qualifier ValueMap : string[], Scope(property, method, parameter);
Qualifier Out : boolean = false, Scope(parameter);
Qualifier Association : boolean = false, Scope(association), Flavor(DisableOverride, ToSubclass);
[Description("base")]
class A {
  [Key] string Id;
  uint64 Big = 18446744073709551615;
  sint32 Arr[3] = {1, -2};
  [ValueMap{"0", "1"}] uint32 Go([Out] A REF Result, object:A Embedded[]);
};
class B : A { };
[Association] class L { A REF Left; };
instance of B { Id = "b"; Big = 5; };`);
    expect(r.found).toEqual([]);
    const json = schemaToJson(r.schema);
    expect(JSON.stringify(json).indexOf('"qualifierDeclarations"')).toBe(1);
    expect(json).toEqual({
      qualifierDeclarations: [
        {
          name: "Key",
          type: "boolean",
          array: false,
          default: false,
          scopes: ["property", "reference"],
          flavors: ["DisableOverride", "ToSubclass"],
          implicit: false,
        },
        {
          name: "Description",
          type: "string",
          array: false,
          default: null,
          scopes: ["any"],
          flavors: ["EnableOverride", "ToSubclass", "Translatable"],
          implicit: false,
        },
        {
          name: "ValueMap",
          type: "string",
          array: true,
          default: null,
          scopes: ["property", "method", "parameter"],
          flavors: ["EnableOverride", "ToSubclass"],
          implicit: false,
        },
        {
          name: "Out",
          type: "boolean",
          array: false,
          default: false,
          scopes: ["parameter"],
          flavors: ["EnableOverride", "ToSubclass"],
          implicit: false,
        },
        {
          name: "Association",
          type: "boolean",
          array: false,
          default: false,
          scopes: ["association"],
          flavors: ["DisableOverride", "ToSubclass"],
          implicit: false,
        },
      ],
      classes: [
        {
          name: "A",
          superclass: null,
          namespace: "root/cimv2",
          qualifiers: { Description: "base" },
          properties: [
            {
              name: "Id",
              type: "string",
              refClass: null,
              array: false,
              default: null,
              origin: "A",
              qualifiers: { Key: true },
            },
            {
              name: "Big",
              type: "uint64",
              refClass: null,
              array: false,
              default: "18446744073709551615",
              origin: "A",
              qualifiers: {},
            },
            {
              name: "Arr",
              type: "sint32",
              refClass: null,
              array: 3,
              default: [1, -2],
              origin: "A",
              qualifiers: {},
            },
          ],
          methods: [
            {
              name: "Go",
              returnType: "uint32",
              parameters: [
                {
                  name: "Result",
                  type: "ref",
                  refClass: "A",
                  array: false,
                  in: false,
                  out: true,
                  qualifiers: { Out: true },
                },
                {
                  name: "Embedded",
                  type: "object",
                  refClass: "A",
                  array: true,
                  in: true,
                  out: false,
                  qualifiers: {},
                },
              ],
              origin: "A",
              qualifiers: { ValueMap: ["0", "1"] },
            },
          ],
        },
        {
          name: "B",
          superclass: "A",
          namespace: "root/cimv2",
          qualifiers: { Description: "base" },
          properties: [
            {
              name: "Id",
              type: "string",
              refClass: null,
              array: false,
              default: null,
              origin: "A",
              qualifiers: { Key: true },
            },
            {
              name: "Big",
              type: "uint64",
              refClass: null,
              array: false,
              default: "18446744073709551615",
              origin: "A",
              qualifiers: {},
            },
            {
              name: "Arr",
              type: "sint32",
              refClass: null,
              array: 3,
              default: [1, -2],
              origin: "A",
              qualifiers: {},
            },
          ],
          methods: [
            {
              name: "Go",
              returnType: "uint32",
              parameters: [
                {
                  name: "Result",
                  type: "ref",
                  refClass: "A",
                  array: false,
                  in: false,
                  out: true,
                  qualifiers: { Out: true },
                },
                {
                  name: "Embedded",
                  type: "object",
                  refClass: "A",
                  array: true,
                  in: true,
                  out: false,
                  qualifiers: {},
                },
              ],
              origin: "A",
              qualifiers: { ValueMap: ["0", "1"] },
            },
          ],
        },
        {
          name: "L",
          superclass: null,
          namespace: "root/cimv2",
          qualifiers: { Association: true },
          properties: [
            {
              name: "Left",
              type: "ref",
              refClass: "A",
              array: false,
              default: null,
              origin: "L",
              qualifiers: {},
            },
          ],
          methods: [],
        },
      ],
      instances: [
        {
          className: "B",
          namespace: "root/cimv2",
          alias: null,
          qualifiers: {},
          properties: { Id: "b", Big: 5 },
        },
      ],
    });
  });

  it("keeps safe integers as numbers and larger ones as decimal strings", () => {
    expect(valueToJson(9007199254740991n)).toBe(9007199254740991);
    expect(valueToJson(-9007199254740992n)).toBe("-9007199254740992");
    expect(valueToJson([1n, "a", null, true, 1.5])).toEqual([1, "a", null, true, 1.5]);
  });
});
