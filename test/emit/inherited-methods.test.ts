import { describe, expect, it } from "vitest";
import { generateFiles } from "../../src/emit/generate-files.js";
import { buildSchema, prim } from "./schema-builder.js";

const runtimeSources = new Map([["index.ts", "export {};\n"]]);

/**
 * Base declares every kind of method; Sub overrides Reset; Leaf inherits from both; Remote
 * inherits from Base in another namespace.
 */
async function generate() {
  const schema = buildSchema([
    {
      name: "Base",
      methods: [
        {
          name: "Start",
          q: { Description: "Starts the element." },
          parameters: [{ name: "Force", type: prim("boolean") }],
        },
        {
          name: "Stop",
          q: { Description: "Stops it.", Deprecated: ["Base.Start()"], Experimental: true },
        },
        { name: "Create", static: true, parameters: [{ name: "Name", q: { Required: true } }] },
        { name: "Reset", q: { Description: "Resets a base." } },
        { name: "odd name" },
      ],
    },
    {
      name: "Sub",
      superclass: "Base",
      methods: [{ name: "Reset", overrides: "Base", q: { Description: "Resets a sub." } }],
    },
    { name: "Leaf", superclass: "Sub" },
    { name: "Remote", superclass: "Base", namespace: "root/remote" },
  ]);
  const { files, diagnostics } = await generateFiles(schema, { runtimeSources });
  expect(diagnostics).toEqual([]);
  return files;
}

describe("inherited methods", () => {
  it("forward to the declaring class's binding, imported as a value without its types", async () => {
    const sub = (await generate()).get("Sub.ts") ?? "";
    expect(sub).toContain(
      'import { Base, type Base_Create_Input, type Base_Create_Output } from "./Base.js";',
    );
    expect(sub).toContain(
      [
        "  /**",
        "   * Inherited from {@link Base.Start}.",
        "   */",
        '  Start: $rt.inheritedMethod("Sub", () => Base.Start),',
      ].join("\n"),
    );
    expect(sub).not.toContain("Base_Start_");
  });

  it("read their metadata from the declaring class through a getter", async () => {
    const sub = (await generate()).get("Sub.ts") ?? "";
    expect(sub).toContain(
      ["    get Start() {", "      return Base.$methods.Start;", "    },"].join("\n"),
    );
  });

  it("keep the Experimental and Deprecated tags of the declaration", async () => {
    const sub = (await generate()).get("Sub.ts") ?? "";
    expect(sub).toContain(
      [
        "  /**",
        "   * Inherited from {@link Base.Stop}.",
        "   * @experimental",
        "   * @deprecated Use {@link Base.Start} instead.",
        "   */",
        '  Stop: $rt.inheritedMethod("Sub", () => Base.Stop),',
      ].join("\n"),
    );
  });

  it("name a method that is not an identifier by a computed member", async () => {
    const sub = (await generate()).get("Sub.ts") ?? "";
    expect(sub).toContain(
      ['    get "odd name"() {', '      return Base.$methods["odd name"];', "    },"].join("\n"),
    );
    expect(sub).toContain(
      [
        "  /**",
        "   * Inherited from {@link Base}.",
        "   */",
        '  "odd name": $rt.inheritedMethod("Sub", () => Base["odd name"]),',
      ].join("\n"),
    );
  });

  it("share the nearest declaration: an override's, not the original's", async () => {
    const leaf = (await generate()).get("Leaf.ts") ?? "";
    expect(leaf).toContain('import { Sub } from "./Sub.js";');
    expect(leaf).toContain('  Reset: $rt.inheritedMethod("Leaf", () => Sub.Reset),');
    expect(leaf).toContain("      return Sub.$methods.Reset;");
    expect(leaf).toContain('  Start: $rt.inheritedMethod("Leaf", () => Base.Start),');
  });

  it("are bound in full where they are declared or overridden", async () => {
    const files = await generate();
    expect(files.get("Base.ts")).toContain(
      "    return $rt.invokeCimMethod(transport, Base.$methods.Start, target, input ?? {}, {",
    );
    const sub = files.get("Sub.ts") ?? "";
    expect(sub).toContain('      className: "Sub",\n      name: "Reset",');
    expect(sub).toContain(
      [
        "  /**",
        "   * Resets a sub.",
        "   */",
        "  Reset(",
        "    transport: $rt.CimTransport,",
        '    target: $rt.CimReference<"Sub">,',
        "    options: $rt.CimInvokeOptions = {},",
        "  ): Promise<Sub_Reset_Output> {",
      ].join("\n"),
    );
  });

  it("are bound in full when static", async () => {
    const sub = (await generate()).get("Sub.ts") ?? "";
    expect(sub).toContain('      className: "Base",\n      name: "Create",');
    expect(sub).toContain(
      [
        "  /**",
        "   * Static method: it is invoked on the class, not on an instance.",
        "   * Declared by {@link Base.Create}.",
        "   */",
        "  Create(",
        "    transport: $rt.CimTransport,",
        "    input: Base_Create_Input,",
        "    options: $rt.CimInvokeOptions = {},",
        "  ): Promise<Base_Create_Output> {",
        "    return $rt.invokeCimMethod(transport, Sub.$methods.Create, null, input, {",
      ].join("\n"),
    );
  });

  it("are bound in full, with the subclass's namespace, when declared in another namespace", async () => {
    const remote = (await generate()).get("Remote.ts") ?? "";
    expect(remote).not.toContain("inheritedMethod");
    expect(remote).not.toMatch(/^import \{ Base\b/m);
    expect(remote).toContain(
      [
        "    Start: {",
        '      className: "Base",',
        '      name: "Start",',
        '      namespace: "root/remote",',
      ].join("\n"),
    );
    expect(remote).toContain(
      [
        "  /**",
        "   * Stops it.",
        "   *",
        "   * Declared by {@link Base.Stop}.",
        "   * @experimental",
        "   * @deprecated Use {@link Base.Start} instead.",
        "   */",
        "  Stop(",
        "    transport: $rt.CimTransport,",
        '    target: $rt.CimReference<"Remote">,',
      ].join("\n"),
    );
  });
});
