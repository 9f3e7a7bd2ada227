import { describe, expect, it } from "vitest";
import { decodeSource } from "../../src/input/decode-source.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : p)));

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const hi = unit >> 8;
    const lo = unit & 0xff;
    out.set(bigEndian ? [hi, lo] : [lo, hi], 2 + 2 * i);
  }
  return out;
}

describe("decodeSource: valid text", () => {
  it("decodes UTF-8 without a BOM", () => {
    expect(decodeSource(utf8("class A {};\n"), "a.mof")).toEqual({
      text: "class A {};\n",
      diagnostics: [],
    });
  });

  it("strips a UTF-8 BOM", () => {
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], "class Ä {};"), "a.mof")).toEqual({
      text: "class Ä {};",
      diagnostics: [],
    });
  });

  it("keeps CRLF line breaks and astral characters", () => {
    const text = 'class A {\r\n  [Description("😀")] string P;\r\n};';
    expect(decodeSource(utf8(text), "a.mof").text).toBe(text);
  });

  it("decodes UTF-16LE with a BOM", () => {
    const text = 'class A {\r\n  [Description("é 😀")] string P;\r\n};';
    expect(decodeSource(utf16(text, false), "a.mof")).toEqual({ text, diagnostics: [] });
  });

  it("decodes UTF-16BE with a BOM", () => {
    const text = "class Ω {};";
    expect(decodeSource(utf16(text, true), "a.mof")).toEqual({ text, diagnostics: [] });
  });

  it.each([
    ["empty", new Uint8Array()],
    ["a UTF-8 BOM only", bytes([0xef, 0xbb, 0xbf])],
    ["a UTF-16LE BOM only", bytes([0xff, 0xfe])],
  ])("gives empty text for %s", (_, input) => {
    expect(decodeSource(input, "a.mof")).toEqual({ text: "", diagnostics: [] });
  });
});

describe("decodeSource: invalid UTF-8", () => {
  it("reports a Latin-1 byte with its byte offset, line and column", () => {
    // "é" in Latin-1 is the single byte 0xE9; line 2 starts at byte 11.
    const input = bytes("class A {\n", '  [D("caf', [0xe9], '")] string P;\n};');
    const result = decodeSource(input, "dir/a.mof");
    expect(result.diagnostics).toEqual([
      {
        code: "MOF1002",
        severity: "error",
        message:
          "invalid UTF-8 byte 0xE9 at byte offset 19; the file may be in a legacy encoding such as Latin-1 or Windows-1252, save it as UTF-8",
        span: { file: "dir/a.mof", line: 2, column: 10, offset: 19, length: 1 },
      },
    ]);
    expect(result.text).toBe('class A {\n  [D("caf\uFFFD")] string P;\n};');
  });

  it("counts byte offsets from the file start past a BOM and multi-byte characters", () => {
    const input = bytes([0xef, 0xbb, 0xbf], "Ä\r\nx", [0xff], [0xfe]);
    const [d] = decodeSource(input, "a.mof").diagnostics;
    expect(d?.message).toBe(
      "invalid UTF-8 byte 0xFF at byte offset 8 (2 invalid sequences in the file); the file may be in a legacy encoding such as Latin-1 or Windows-1252, save it as UTF-8",
    );
    expect(d?.span).toEqual({ file: "a.mof", line: 2, column: 2, offset: 4, length: 1 });
  });

  it.each([
    ["an overlong encoding", [0xc0, 0xaf], 0],
    ["an encoded surrogate", [0xed, 0xa0, 0x80], 0],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["a sequence cut off by the end of the file", [0x41, 0xe2, 0x82], 1],
    ["a lone continuation byte", [0x41, 0x42, 0x80], 2],
  ])("rejects %s", (_, input, offset) => {
    const [d] = decodeSource(new Uint8Array(input), "a.mof").diagnostics;
    expect(d?.code).toBe("MOF1002");
    expect(d?.span?.offset).toBe(offset);
  });

  it("counts a lone CR as a line break", () => {
    const [d] = decodeSource(bytes("a\rb\r\n", [0xe9]), "a.mof").diagnostics;
    expect(d?.span).toEqual({ file: "a.mof", line: 3, column: 1, offset: 5, length: 1 });
  });
});

describe("decodeSource: NUL bytes and binary files", () => {
  it("reports a NUL byte with its position and marks the file as not to be parsed", () => {
    const result = decodeSource(bytes("class A {\n  ", [0], "};"), "a.mof");
    expect(result).toEqual({
      text: "class A {\n  \u0000};",
      binary: true,
      diagnostics: [
        {
          code: "MOF1003",
          severity: "error",
          message: "NUL byte at byte offset 12; is this a binary file?",
          span: { file: "a.mof", line: 2, column: 3, offset: 12, length: 1 },
        },
      ],
    });
  });

  it("reports only the NUL, not the invalid bytes, of a binary file", () => {
    const result = decodeSource(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x00]),
      "x.png",
    );
    expect(result.diagnostics.map((d) => d.code)).toEqual(["MOF1003"]);
  });

  it("recognises UTF-16 written without a BOM", () => {
    const withoutBom = utf16("class A {};", false).subarray(2);
    const [d] = decodeSource(withoutBom, "a.mof").diagnostics;
    expect(d?.message).toBe(
      "NUL byte at byte offset 1; the file looks like UTF-16 without a byte order mark, save it as UTF-8 or UTF-16 with BOM",
    );
  });

  it("reports a NUL character in UTF-16 at its byte offset", () => {
    const [d] = decodeSource(utf16("ab\u0000", true), "a.mof").diagnostics;
    expect(d?.message).toBe("NUL byte at byte offset 6; is this a binary file?");
    expect(d?.span?.column).toBe(3);
  });
});

describe("decodeSource: invalid UTF-16", () => {
  it("reports an odd number of bytes at the end of the text", () => {
    const input = bytes([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x42]);
    const result = decodeSource(input, "a.mof");
    expect(result.text).toBe("A\n");
    expect(result.diagnostics).toEqual([
      {
        code: "MOF1004",
        severity: "error",
        message: "the UTF-16LE file ends in the middle of a character (odd number of bytes)",
        span: { file: "a.mof", line: 2, column: 1, offset: 2, length: 0 },
      },
    ]);
  });

  it("replaces unpaired surrogates and reports the first", () => {
    const input = utf16("ab\uD800c\uDC00", false);
    const result = decodeSource(input, "a.mof");
    expect(result.text).toBe("ab\uFFFDc\uFFFD");
    expect(result.diagnostics).toEqual([
      {
        code: "MOF1004",
        severity: "error",
        message: "unpaired UTF-16LE surrogate at byte offset 6 (2 in the file)",
        span: { file: "a.mof", line: 1, column: 3, offset: 2, length: 1 },
      },
    ]);
  });
});
