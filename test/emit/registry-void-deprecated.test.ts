import { describe, expect, it } from "vitest";
import { generateFiles } from "../../src/emit/generate-files.js";
import { buildSchema, prim, ref } from "./schema-builder.js";

const runtimeSources = new Map([["index.ts", "export {};\n"]]);

const schema = buildSchema([
  {
    name: "A_Settings",
    properties: [
      { name: "Id", q: { Key: true } },
      { name: "Size", type: prim("uint64") },
      { name: "OldSize", type: prim("uint32"), q: { Deprecated: ["a_settings.size"] } },
    ],
  },
  { name: "A_More", superclass: "A_Settings", properties: [{ name: "Extra" }] },
  {
    name: "A_Svc",
    methods: [
      { name: "Reset", returnType: null },
      { name: "Clear", returnType: null, q: { Deprecated: ["A_Svc.Reset()"] } },
      {
        name: "Get",
        returnType: null,
        parameters: [
          { name: "Settings", in: false, out: true, q: { EmbeddedInstance: "A_Settings" } },
        ],
      },
      { name: "Ping", parameters: [{ name: "Peer", type: ref("A_Svc") }] },
      {
        name: "Old",
        q: {
          Deprecated: ["A_More.Size", "A_More.Id()", "A_Gone.Size", "Use Reset, then Ping"],
        },
      },
      { name: "Older", q: { Deprecated: ["A_Settings, A_Svc.Ping()"] } },
    ],
  },
]);

describe("the class registry (schema.ts)", () => {
  it("maps every lowercased class name to its $class, built on first use", async () => {
    const { files, diagnostics } = await generateFiles(schema, { runtimeSources });
    expect(diagnostics.map((d) => d.code)).toEqual(["MOF4011", "MOF4011"]);
    const registry = files.get("schema.ts") ?? "";
    expect(registry).toContain('import type * as $rt from "./runtime/index.js";\n');
    expect(registry).toContain('import { A_More } from "./A_More.js";\n');
    expect(registry).toContain(
      [
        "  $classes ??= new Map<string, $rt.CimClassMeta>([",
        '    ["a_more", A_More.$class],',
        '    ["a_settings", A_Settings.$class],',
        '    ["a_svc", A_Svc.$class],',
        "  ]);",
        "  return $classes.get(className.toLowerCase());",
      ].join("\n"),
    );
    expect(files.get("index.ts")).toContain('export * from "./schema.js";\n');
  });

  it("flattens inherited properties into a subclass's $class", async () => {
    const { files } = await generateFiles(schema, { runtimeSources });
    expect(files.get("A_More.ts")).toContain(
      [
        "    properties: [",
        '      { name: "Id", type: "string", key: true },',
        '      { name: "Size", type: "uint64" },',
        '      { name: "OldSize", type: "uint32" },',
        '      { name: "Extra", type: "string" },',
        "    ],",
      ].join("\n"),
    );
  });

  it("is the default resolver of methods with embedded-instance parameters only", async () => {
    const { files } = await generateFiles(schema, { runtimeSources });
    const svc = files.get("A_Svc.ts") ?? "";
    expect(svc).toContain('import * as $schema from "./schema.js";\n');
    expect(svc).toContain('{ resolveClass: $schema.resolveClass, ...options, int64: "bigint" }');
    expect(svc.match(/\$schema\.resolveClass/g)).toHaveLength(1);
    expect(files.get("A_Settings.ts")).not.toContain("$schema");
  });

  it("reports a class whose module would replace the registry", async () => {
    const { diagnostics } = await generateFiles(buildSchema([{ name: "schema" }]), {
      runtimeSources,
    });
    expect(diagnostics.map((d) => d.code)).toEqual(["MOF4004"]);
  });
});

describe("void methods", () => {
  it("say returnType void and have no ReturnValue member", async () => {
    const { files } = await generateFiles(schema, { runtimeSources });
    const svc = files.get("A_Svc.ts") ?? "";
    expect(svc).toContain(
      [
        "/**",
        " * OUT parameters of {@link A_Svc.Reset} (a `void` method: no return code).",
        " */",
        "export interface A_Svc_Reset_Output {}",
      ].join("\n"),
    );
    expect(svc).toContain(
      '      name: "Reset",\n      namespace: "root/cimv2",\n      returnType: "void",',
    );
    expect(svc).not.toContain("as Promise<unknown>");
  });
});

describe("Deprecated replacements", () => {
  it("link a property, case-insensitively, to its generated member", async () => {
    const { files } = await generateFiles(schema, { runtimeSources });
    expect(files.get("A_Settings.ts")).toContain(
      "   * @deprecated Use {@link A_Settings.Size} instead.\n   */\n  readonly OldSize?: number;",
    );
  });

  it("link a method to its binding", async () => {
    const { files } = await generateFiles(schema, { runtimeSources });
    expect(files.get("A_Svc.ts")).toContain(
      "   * @deprecated Use {@link A_Svc.Reset} instead.\n   */\n  Clear(",
    );
  });

  it("link each element of a comma-separated list", async () => {
    const { files } = await generateFiles(schema, { runtimeSources });
    expect(files.get("A_Svc.ts")).toContain(
      "   * @deprecated Use {@link A_Settings} or {@link A_Svc.Ping} instead.\n   */\n  Older(",
    );
  });

  it("link inherited members through the subclass and keep the rest as text", async () => {
    const { files, diagnostics } = await generateFiles(schema, { runtimeSources });
    expect(files.get("A_Svc.ts")).toContain(
      '   * @deprecated Use {@link A_More.Size} or "A_More.Id()" or "A_Gone.Size" or "Use Reset, then Ping" instead.',
    );
    // `Id` is a property, so `A_More.Id()` names no method.
    expect(diagnostics.map((d) => d.message)).toEqual([
      "the replacement 'A_More.Id()' named by Deprecated is not in the schema; it is shown as text",
      "the replacement 'A_Gone.Size' named by Deprecated is not in the schema; it is shown as text",
    ]);
  });
});
