import { describe, expect, it } from "vitest";
import { normaliseTypeName, readClassPage, readMethodPage } from "./reference-pages.js";

const front = (api: string) => `---\ntitle: t\napi_name:\n- ${api}\napi_location:\n- X.exe\n---\n`;

describe("readClassPage", () => {
  it("reads class, superclass and properties with REF, arrays, defaults and typos", () => {
    const text = `${front("Ex_Widget")}
# Ex_Widget

\`\`\` syntax
[Dynamic, AMENDMENT]
class Ex_Widget : Ex_Base
{
  string   Name;
  uint16   States[] = {2};
  DateTime Started;
  Ex_Part  REF Part;
  Ex_Item  Items[];
  boolean  On = TRUE;
};
\`\`\`
`;
    expect(readClassPage(text, "ex-widget.md")).toEqual({
      file: "ex-widget.md",
      className: "Ex_Widget",
      superclass: "Ex_Base",
      properties: [
        {
          propertyName: "Name",
          name: "string",
          isRef: false,
          isArray: false,
          arraySize: undefined,
        },
        {
          propertyName: "States",
          name: "uint16",
          isRef: false,
          isArray: true,
          arraySize: undefined,
        },
        {
          propertyName: "Started",
          name: "datetime",
          isRef: false,
          isArray: false,
          arraySize: undefined,
        },
        {
          propertyName: "Part",
          name: "Ex_Part",
          isRef: true,
          isArray: false,
          arraySize: undefined,
        },
        {
          propertyName: "Items",
          name: "Ex_Item",
          isRef: false,
          isArray: true,
          arraySize: undefined,
        },
        { propertyName: "On", name: "boolean", isRef: false, isArray: false, arraySize: undefined },
      ],
    });
  });

  it("reads a class without superclass and refuses a line it cannot read", () => {
    const ok = `${front("Ex_Root")}\`\`\`syntax\nclass Ex_Root\n{\n  string Id;\n};\n\`\`\`\n`;
    expect(readClassPage(ok, "f")?.superclass).toBeUndefined();
    const bad = `${front("Ex_Root")}\`\`\`syntax\nclass Ex_Root\n{\n  string;\n};\n\`\`\`\n`;
    expect(readClassPage(bad, "f")).toBeUndefined();
  });
});

describe("readMethodPage", () => {
  const page = (signature: string, returns: string) =>
    `${front("Ex_Widget.Go")}\n\`\`\`mof\n${signature}\n\`\`\`\n\n## Parameters\n\ntext\n\n## Return value\n\n${returns}\n\n## Requirements\n\n|a|b|\n`;

  it("reads directions, REF targets, arrays and fixed sizes", () => {
    const read = readMethodPage(
      page(
        "uint32 Go(\n  [in]      unit16 Mode,\n  [in, out] Ex_Job REF Job,\n  [out]     string Items[1],\n  [out]     Ex_Part REF Parts[]\n);",
        "Returns 0 on success.",
      ),
      "ex-widget-go.md",
    );
    expect(read?.parameters).toEqual([
      {
        parameterName: "Mode",
        name: "uint16",
        isRef: false,
        isArray: false,
        arraySize: undefined,
        in: true,
        out: false,
      },
      {
        parameterName: "Job",
        name: "Ex_Job",
        isRef: true,
        isArray: false,
        arraySize: undefined,
        in: true,
        out: true,
      },
      {
        parameterName: "Items",
        name: "string",
        isRef: false,
        isArray: true,
        arraySize: 1,
        in: false,
        out: true,
      },
      {
        parameterName: "Parts",
        name: "Ex_Part",
        isRef: true,
        isArray: true,
        arraySize: undefined,
        in: false,
        out: true,
      },
    ]);
    expect([read?.className, read?.methodName, read?.returnType]).toEqual([
      "Ex_Widget",
      "Go",
      "uint32",
    ]);
    expect(read?.returnValues).toEqual({ kind: "prose" });
  });

  it("reads the three return-code layouts and turns ranges into ValueMap entries", () => {
    const returns = [
      "<dl> <dt>\n\n**Done** (0)\n</dt> <dt>\n\n**Reserved** (5 4095)\n</dt> <dt>\n\n (4096)\n</dt> <dt>\n",
      "**Busy\\_Now**\n</dt> <dd>\n\n7\n\nAnother wording\n\n</dd> <dt>\n\n</dt> <dd>\n\n8 ...\n\nOpen range\n\n</dd> <dt>\n",
      "\n</dt> <dd>\n\n32768..65535\n\nVendor Specific\n\n</dd> </dl>",
    ].join("");
    const read = readMethodPage(page("uint32 Go();", returns), "f");
    expect(read?.parameters).toEqual([]);
    expect(read?.returnValues).toEqual({
      kind: "codes",
      codes: [
        { code: "0", name: "Done" },
        { code: "5..4095", name: "Reserved" },
        { code: "4096", name: "" },
        { code: "7", name: "Busy_Now" },
        { code: "8..", name: "Open range" },
        { code: "32768..65535", name: "Vendor Specific" },
      ],
    });
  });

  it("counts a list whose entries are sentences as prose", () => {
    const returns =
      "<dl> <dt>\n\n</dt> <dd>\n\n0\n\nThe call worked.\n\n</dd> <dt>\n\n</dt> <dd>\n\n3 = *value*\n\nSomething failed.\n\n</dd> </dl>";
    expect(readMethodPage(page("uint32 Go();", returns), "f")?.returnValues).toEqual({
      kind: "prose",
    });
  });
});

describe("normaliseTypeName", () => {
  it("fixes spelling of primitives and keeps class names", () => {
    expect(["unit16", "DateTime", "String", "UINT64", "Ex_Part"].map(normaliseTypeName)).toEqual([
      "uint16",
      "datetime",
      "string",
      "uint64",
      "Ex_Part",
    ]);
  });
});
