/**
 * Emit diagnostics from real MOF (parser and model included), so their locations are the ones
 * users see: `CODE line:col message`.
 */
import { describe, expect, it } from "vitest";
import { generate } from "../../src/api/generate.js";
import { generateFiles } from "../../src/emit/generate-files.js";
import { at, resolveInline } from "../model/resolve-inline.js";

const runtimeSources = new Map([["index.ts", "export {};\n"]]);

/** Model diagnostics, then emit diagnostics, of test.mof as `CODE line:col message`. */
async function emitReport(text: string): Promise<{ model: string[]; emit: string[] }> {
  const { schema, found } = resolveInline(text);
  const { diagnostics } = await generateFiles(schema, { format: false, runtimeSources });
  for (const d of diagnostics) {
    if (d.span !== undefined) expect(d.span.file).toBe("test.mof");
  }
  return { model: [...found], emit: diagnostics.map((d) => `${at(d)} ${d.message}`) };
}

describe("emit diagnostics at their MOF location", () => {
  it("MOF4003: an OUT parameter named ReturnValue of a method with a return value", async () => {
    expect(
      await emitReport("class T_A {\n  uint32 Run([Out] uint32 ReturnValue, [In] uint32 X);\n};\n"),
    ).toEqual({
      model: [],
      emit: [
        "MOF4003 2:27 OUT parameter 'ReturnValue' of T_A.Run collides with the method's return value; it is left out of the output type",
      ],
    });
  });

  it("a void method may have an OUT parameter named ReturnValue", async () => {
    const { emit } = await emitReport("class T_A {\n  void Run([Out] uint32 ReturnValue);\n};\n");
    expect(emit).toEqual([]);
  });

  it("MOF4010: EmbeddedInstance naming a class not in the schema, at the qualifier", async () => {
    expect(
      await emitReport('class T_A {\n  [EmbeddedInstance("T_Missing")] string Payload;\n};\n'),
    ).toEqual({
      model: ["MOF3208 2:4"],
      emit: [
        "MOF4010 2:4 'Payload' embeds class 'T_Missing', which is not in the schema; it is typed as an instance of any class",
      ],
    });
  });

  it("MOF4010: WMI object:C naming a class not in the schema, at the element", async () => {
    const text = [
      "class T_A {",
      "  object:T_Missing Payload;",
      "  object:T_Gone Make([In] object:T_Lost P);",
      "};",
      "",
    ].join("\n");
    expect(await emitReport(text)).toEqual({
      model: ["MOF3208 2:10", "MOF3208 3:10", "MOF3208 3:34"],
      emit: [
        "MOF4010 2:20 'Payload' embeds class 'T_Missing', which is not in the schema; it is typed as an instance of any class",
        "MOF4010 3:17 'ReturnValue' embeds class 'T_Gone', which is not in the schema; it is typed as an instance of any class",
        "MOF4010 3:41 'P' embeds class 'T_Lost', which is not in the schema; it is typed as an instance of any class",
      ],
    });
  });

  it('MOF4021: a Values text "<name> (<code>)" equal to the key of a repeated name', async () => {
    const text =
      'class T_A {\n  [ValueMap {"2", "0", "1"}, Values {"A (1)", "A", "A"}] uint16 State;\n};\n';
    expect(await emitReport(text)).toEqual({
      model: [],
      emit: ['MOF4021 2:4 T_A_State: two values are both named "A (1)"'],
    });
  });

  it("MOF4004: a class whose module would replace the registry is reported at the class", async () => {
    expect(await emitReport("class T_A {};\nclass Schema {};\n")).toEqual({
      model: [],
      emit: [
        "MOF4004 2:7 the file 'schema.ts' of the class registry collides with 'Schema.ts' of class Schema (names that differ only in case count as the same)",
      ],
    });
  });

  it("MOF4001: a class named like a registry export is reported at the class", async () => {
    expect(await emitReport("class resolveClass {};\n")).toEqual({
      model: [],
      emit: [
        "MOF4001 1:7 the exported name 'resolveClass' of the class registry collides with 'resolveClass' of class resolveClass (names that differ only in case count as the same)",
      ],
    });
  });

  it("MOF4030: a template override that renders invalid TypeScript, with no files", async () => {
    const result = await generate(
      { files: ["t.mof"], sources: { "t.mof": "class T_A { [Key] string Id; };\n" } },
      { templates: new Map([["index.hbs", "export const = ;\n"]]) },
    );
    expect(result.files.size).toBe(0);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.span])).toEqual([
      ["MOF4030", "error", undefined],
    ]);
    expect(result.diagnostics[0]?.message).toMatch(
      /^generated file 'index\.ts' is not valid TypeScript: \S/,
    );
  });
});
