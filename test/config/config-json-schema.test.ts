import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configJsonSchema, configJsonSchemaText } from "../../src/config/config-json-schema.js";
import { TARGET_KEYS } from "../../src/config/config-keys.js";

const committed = new URL("../../schema/mofgen.config.schema.json", import.meta.url);

interface ObjectSchema {
  properties: Record<string, { enum?: unknown; default?: unknown; items?: ObjectSchema }>;
  additionalProperties: boolean;
}

describe("schema/mofgen.config.schema.json", () => {
  it("matches the configuration keys (run `npm run build` to regenerate)", () => {
    expect(readFileSync(committed, "utf8")).toBe(configJsonSchemaText());
  });

  it("offers exactly the keys the validator accepts, at the top level and in targets", () => {
    const schema = configJsonSchema() as unknown as ObjectSchema;
    expect(Object.keys(schema.properties)).toEqual([...TARGET_KEYS, "targets", "$schema"]);
    expect(schema.additionalProperties).toBe(false);
    const target = schema.properties.targets?.items;
    expect(Object.keys(target?.properties ?? {})).toEqual(TARGET_KEYS);
    expect(target?.additionalProperties).toBe(false);
  });

  it("lists the choices and defaults the validator applies", () => {
    const { properties } = configJsonSchema() as unknown as ObjectSchema;
    expect(properties.int64).toMatchObject({
      enum: ["bigint", "string", "number"],
      default: "bigint",
    });
    expect(properties.enumStyle).toMatchObject({ enum: ["const", "union"], default: "const" });
    expect(properties.namespace?.default).toBe("root/cimv2");
    expect(properties.format?.default).toBe(true);
  });
});
