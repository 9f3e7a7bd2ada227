/**
 * The JSON Schema of `mofgen.config.json` (draft-07, which editors support), derived from
 * {@link TARGET_KEY_SPECS} so that it accepts what the validator accepts. It is committed as
 * `schema/mofgen.config.schema.json` (written by `npm run build`, checked by a test) and
 * shipped in the package, where a configuration points at it with `"$schema"`.
 */
import { type KeySpec, TARGET_KEY_SPECS, TARGET_KEYS, TOP_LEVEL_ONLY_KEYS } from "./config-keys.js";

type JsonSchema = { readonly [key: string]: unknown };

/** The schema as an object. */
export function configJsonSchema(): JsonSchema {
  const targetProperties = Object.fromEntries(
    TARGET_KEYS.map((key) => [key, keySchema(TARGET_KEY_SPECS[key])]),
  );
  const required = TARGET_KEYS.filter((key) => {
    const spec: KeySpec = TARGET_KEY_SPECS[key];
    return spec.required !== undefined;
  });
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "mofgen configuration",
    description:
      "One target's keys at the top level, or several targets in `targets`, where the other top-level keys are defaults for each.",
    type: "object",
    properties: {
      ...targetProperties,
      targets: {
        description: TOP_LEVEL_ONLY_KEYS.targets,
        type: "array",
        minItems: 1,
        items: { type: "object", properties: targetProperties, additionalProperties: false },
      },
      $schema: { description: TOP_LEVEL_ONLY_KEYS.$schema, type: "string" },
    },
    additionalProperties: false,
    // A required key is at the top level (alone, or as the default of every target), or in
    // every entry of `targets`.
    allOf: required.map((key) => ({
      anyOf: [
        { required: [key] },
        { required: ["targets"], properties: { targets: { items: { required: [key] } } } },
      ],
    })),
  };
}

/** The file's content: two-space JSON with a final newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

function keySchema(spec: KeySpec): JsonSchema {
  const { description } = spec;
  switch (spec.kind) {
    case "string":
      return { description, type: "string", ...withDefault(spec.default) };
    case "boolean":
      return { description, type: "boolean", default: spec.default };
    case "choice":
      return { description, enum: spec.values, default: spec.default };
    case "strings": {
      const list = {
        type: "array",
        items: { type: "string" },
        ...(spec.item === undefined ? {} : { minItems: 1 }),
      };
      return spec.single
        ? { description, anyOf: [{ type: "string" }, list] }
        : { description, ...list };
    }
  }
}

function withDefault(value: string | undefined): JsonSchema {
  return value === undefined ? {} : { default: value };
}
