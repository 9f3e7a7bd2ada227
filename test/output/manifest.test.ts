import { describe, expect, it } from "vitest";
import {
  MANIFEST_FILE,
  ownershipOnly,
  parseManifest,
  renderManifest,
} from "../../src/output/manifest.js";
import { unsafeOutputPathReason } from "../../src/output/output-path.js";

describe("renderManifest", () => {
  it("lists the paths once each, sorted by code point, one per line, with a final newline", () => {
    const files = new Map([
      ["b.ts", { sha256: "b" }],
      ["B.ts", { sha256: "B", render: "r" }],
      ["a/z.ts", {}],
      ["index.ts", { sha256: "i" }],
    ]);
    expect(renderManifest({ files })).toBe(
      [
        "{",
        '  "generator": "mofgen",',
        '  "format": 2,',
        '  "files": {',
        '    "B.ts": {"sha256":"B","render":"r"},',
        '    "a/z.ts": {},',
        '    "b.ts": {"sha256":"b"},',
        '    "index.ts": {"sha256":"i"}',
        "  }",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("round-trips through parseManifest, inputs included", () => {
    const files = new Map([
      ["x/y.ts", { sha256: "1", render: "2" }],
      ["a.ts", { sha256: "3" }],
    ]);
    const inputs = {
      fingerprint: "f",
      formatter: "p",
      diagnostics: 2,
      sources: new Map<string, string | null>([
        ["../in/s.mof", "4"],
        ["../in/gone.mof", null],
      ]),
    };
    expect(parseManifest(renderManifest({ files, inputs }))).toEqual({
      kind: "valid",
      files: ["a.ts", "x/y.ts"],
      records: new Map([
        ["a.ts", { sha256: "3" }],
        ["x/y.ts", { sha256: "1", render: "2" }],
      ]),
      inputs: { ...inputs, sources: new Map([...inputs.sources].reverse()) },
    });
  });

  it("renders an empty file map", () => {
    expect(renderManifest(ownershipOnly([]))).toContain('"files": {}\n}');
  });
});

describe("parseManifest of older and damaged manifests", () => {
  it("still reads the files a format-1 manifest owns, with nothing cached", () => {
    const text = '{"generator":"mofgen","format":1,"files":["b.ts","a.ts"]}';
    expect(parseManifest(text)).toEqual({
      kind: "valid",
      files: ["b.ts", "a.ts"],
      records: new Map([
        ["b.ts", {}],
        ["a.ts", {}],
      ]),
      inputs: undefined,
    });
  });

  it("ignores a malformed inputs section (the next run is then a full one)", () => {
    const text = '{"generator":"mofgen","format":2,"files":{},"inputs":{"fingerprint":1}}';
    expect(parseManifest(text)).toMatchObject({ kind: "valid", inputs: undefined });
  });
});

describe("parseManifest", () => {
  it.each([
    ["not json", "it is not valid JSON"],
    ["[]", "it is not a JSON object"],
    ['{"generator":"other","format":1,"files":[]}', "it was not written by mofgen"],
    ['{"generator":"mofgen","format":3,"files":{}}', "its format 3 is not the supported format 2"],
    ['{"generator":"mofgen","format":1,"files":[1]}', "'files' is not a list of paths"],
    ['{"generator":"mofgen","format":2,"files":[]}', "'files' is not a map of files"],
    [
      '{"generator":"mofgen","format":2,"files":{"a.ts":{"sha256":1}}}',
      "'files' is not a map of files",
    ],
    [
      '{"generator":"mofgen","format":1,"files":["../x.ts"]}',
      "it lists '../x.ts', which is unsafe because it contains a '..' segment",
    ],
    [
      '{"generator":"mofgen","format":1,"files":["/etc/passwd"]}',
      "it lists '/etc/passwd', which is unsafe because it is absolute",
    ],
    [`{"generator":"mofgen","format":1,"files":["${MANIFEST_FILE}"]}`, "it lists itself"],
  ])("rejects %s", (text, reason) => {
    expect(parseManifest(text)).toEqual({ kind: "invalid", reason });
  });
});

describe("unsafeOutputPathReason", () => {
  it.each([
    ["CIM_Job.ts", undefined],
    ["root/cimv2/CIM_Job.ts", undefined],
    ["", "the path is empty"],
    ["a\\b.ts", "it contains a backslash (output paths use '/')"],
    ["C:/x.ts", "it is absolute"],
    ["a//b.ts", "it has an empty path segment"],
    ["./a.ts", "it contains a '.' segment"],
    ["a/../../b.ts", "it contains a '..' segment"],
  ])("%j → %j", (path, reason) => {
    expect(unsafeOutputPathReason(path)).toBe(reason);
  });
});
