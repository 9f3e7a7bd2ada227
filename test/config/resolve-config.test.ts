import { describe, expect, it } from "vitest";
import { type ConfigOrigin, resolveConfig } from "../../src/config/resolve-config.js";

const origin: ConfigOrigin = {
  displayName: "mofgen.config.json",
  file: "/project/mofgen.config.json",
  baseDir: "/project",
};

function messages(raw: unknown): string[] {
  return resolveConfig(raw, origin).diagnostics.map((d) => `${d.code} ${d.message}`);
}

describe("resolveConfig", () => {
  it("fills every default and resolves paths against the configuration's directory", () => {
    const result = resolveConfig({ inputs: "mof/a.mof", out: "gen" }, origin);
    expect(result.diagnostics).toEqual([]);
    expect(result.config).toEqual({
      file: "/project/mofgen.config.json",
      targets: [
        {
          name: "gen",
          inputs: ["/project/mof/a.mof"],
          include: [],
          out: "/project/gen",
          classes: undefined,
          namespace: "root/cimv2",
          locale: undefined,
          int64: "bigint",
          enumStyle: "const",
          importExtension: ".js",
          header: "",
          templatesDir: undefined,
          format: true,
        },
      ],
    });
  });

  it("takes every key", () => {
    const target = resolveConfig(
      {
        name: "hyperv",
        inputs: ["a.mof", "/abs/b.mfl"],
        include: ["inc"],
        out: "../out",
        classes: ["Msvm_*"],
        namespace: "root/HyperVCluster/v2",
        locale: "en-US",
        int64: "string",
        enumStyle: "union",
        importExtension: "",
        header: "Licensed under MIT",
        templatesDir: "tpl",
        format: false,
      },
      origin,
    ).config?.targets[0];
    expect(target).toEqual({
      name: "hyperv",
      inputs: ["/project/a.mof", "/abs/b.mfl"],
      include: ["/project/inc"],
      out: "/out",
      classes: ["Msvm_*"],
      namespace: "root/HyperVCluster/v2",
      locale: "en-US",
      int64: "string",
      enumStyle: "union",
      importExtension: "",
      header: "Licensed under MIT",
      templatesDir: "/project/tpl",
      format: false,
    });
  });

  it("gives each target the top-level keys as defaults, its own keys winning", () => {
    const config = resolveConfig(
      {
        int64: "string",
        targets: [
          { inputs: "a.mof", out: "a" },
          { inputs: "b.mof", out: "b", int64: "number", name: "bee" },
        ],
      },
      origin,
    ).config;
    expect(config?.targets.map((t) => [t.name, t.out, t.int64])).toEqual([
      ["a", "/project/a", "string"],
      ["bee", "/project/b", "number"],
    ]);
  });

  it.each([
    [
      { inputs: "a.mof", out: "gen", enumstyle: "union" },
      "MOF5102 mofgen.config.json: unknown key 'enumstyle'; did you mean 'enumStyle'?",
    ],
    [
      { inputz: "a.mof", out: "gen" },
      // The misspelt key is the news; "inputs is required" would only repeat it.
      "MOF5102 mofgen.config.json: unknown key 'inputz'; did you mean 'inputs'?",
    ],
    [
      { inputs: "a.mof", out: "gen", colour: true },
      "MOF5102 mofgen.config.json: unknown key 'colour'",
    ],
    [
      { targets: [{ inputs: "a.mof", out: "gen", templateDir: "t" }] },
      "MOF5102 mofgen.config.json: unknown key 'targets[0].templateDir'; did you mean 'targets[0].templatesDir'?",
    ],
    [
      { inputs: "a.mof", out: "gen", int64: "long" },
      `MOF5103 mofgen.config.json: 'int64' must be one of "bigint", "string", "number", not "long"`,
    ],
    [
      { inputs: "a.mof", out: "gen", enumStyle: "Union" },
      `MOF5103 mofgen.config.json: 'enumStyle' must be one of "const", "union", not "Union"; did you mean "union"?`,
    ],
    [
      { inputs: 42, out: "gen" },
      "MOF5103 mofgen.config.json: 'inputs' must be a string or an array of strings, not 42",
    ],
    [
      { inputs: "a.mof", out: "gen", classes: "Msvm_*" },
      `MOF5103 mofgen.config.json: 'classes' must be an array of strings, not "Msvm_*"`,
    ],
    [
      { inputs: "a.mof", out: "gen", format: "no" },
      `MOF5103 mofgen.config.json: 'format' must be true or false, not "no"`,
    ],
    [
      { inputs: "a.mof", out: "gen", classes: [] },
      "MOF5103 mofgen.config.json: 'classes' must name at least one class; omit it for every class",
    ],
    [
      { inputs: "a.mof", out: "gen", locale: "klingon" },
      "MOF5103 mofgen.config.json: 'locale' is not a locale mofgen knows: 'klingon' (use 0x409, 1033, ms_409 or en-US)",
    ],
    [{ inputs: "a.mof" }, "MOF5104 mofgen.config.json: 'out' is required: the output directory"],
    [{ out: "gen" }, "MOF5104 mofgen.config.json: 'inputs' is required: the MOF files"],
    [
      { inputs: [], out: "gen" },
      "MOF5103 mofgen.config.json: 'inputs' must name at least one file",
    ],
    [
      { inputs: "a.mof", out: "gen", name: 7 },
      "MOF5103 mofgen.config.json: 'name' must be a string, not 7",
    ],
    [
      { targets: [{ inputs: "a.mof", out: "gen", $schema: "x.json" }] },
      "MOF5102 mofgen.config.json: unknown key 'targets[0].$schema'",
    ],
    [[], "MOF5103 mofgen.config.json: the configuration must be an object, not an array"],
    [
      { targets: [] },
      "MOF5103 mofgen.config.json: 'targets' must be a non-empty array of targets, not an array",
    ],
  ])("reports %j", (raw, message) => {
    expect(messages(raw)).toEqual([message]);
    expect(resolveConfig(raw, origin).config).toBeUndefined();
  });

  it('accepts "$schema" at the top level and ignores it', () => {
    const withSchema = resolveConfig(
      { $schema: "./node_modules/mofgen/schema/mofgen.config.schema.json", inputs: "a", out: "o" },
      origin,
    );
    expect(withSchema).toEqual(resolveConfig({ inputs: "a", out: "o" }, origin));
    expect(withSchema.diagnostics).toEqual([]);
  });

  it("applies overrides to every target after naming it", () => {
    const config = resolveConfig(
      {
        targets: [
          { inputs: "a.mof", out: "a" },
          { inputs: "b.mof", out: "b", int64: "number" },
        ],
      },
      origin,
      { overrides: { out: "/elsewhere", int64: "string" } },
    ).config;
    expect(config?.targets.map((t) => [t.name, t.out, t.int64])).toEqual([
      ["a", "/elsewhere", "string"],
      ["b", "/elsewhere", "string"],
    ]);
  });

  it("does not require the keys named optional", () => {
    const target = resolveConfig({ inputs: "a.mof" }, origin, { optional: ["out"] }).config
      ?.targets[0];
    expect([target?.name, target?.out]).toEqual(["", ""]);
  });
});
