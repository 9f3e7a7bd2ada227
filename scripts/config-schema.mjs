// Writes schema/mofgen.config.schema.json, the JSON Schema of mofgen.config.json that editors
// use through "$schema". Derived from the configuration keys the validator checks; runs after
// `tsc` because it loads the compiled module.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { configJsonSchemaText } from "../dist/src/config/config-json-schema.js";

const schemaDir = fileURLToPath(new URL("../schema/", import.meta.url));
mkdirSync(schemaDir, { recursive: true });
writeFileSync(`${schemaDir}mofgen.config.schema.json`, configJsonSchemaText());
