import { describe, expect, it } from "vitest";
import { MANIFEST_FILE, parseManifest, renderManifest } from "../../src/output/manifest.js";
import { unsafeOutputPathReason } from "../../src/output/output-path.js";

describe("renderManifest", () => {
  it("lists the paths once each, sorted by code point, with a final newline", () => {
    expect(renderManifest(["b.ts", "B.ts", "a/z.ts", "b.ts", "index.ts"])).toBe(
      [
        "{",
        '  "generator": "mofgen",',
        '  "format": 1,',
        '  "files": [',
        '    "B.ts",',
        '    "a/z.ts",',
        '    "b.ts",',
        '    "index.ts"',
        "  ]",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("round-trips through parseManifest", () => {
    expect(parseManifest(renderManifest(["x/y.ts", "a.ts"]))).toEqual({
      kind: "valid",
      files: ["a.ts", "x/y.ts"],
    });
  });
});

describe("parseManifest", () => {
  it.each([
    ["not json", "it is not valid JSON"],
    ["[]", "it is not a JSON object"],
    ['{"generator":"other","format":1,"files":[]}', "it was not written by mofgen"],
    ['{"generator":"mofgen","format":2,"files":[]}', "its format 2 is not the supported format 1"],
    ['{"generator":"mofgen","format":1,"files":[1]}', "'files' is not a list of paths"],
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
