import type { MofgenConfig } from "./config-types.js";

/**
 * Types a `mofgen.config.mjs` / `.js` default export; returns its argument unchanged.
 *
 * @example
 * ```js
 * import { defineConfig } from "mofgen";
 * export default defineConfig({ inputs: ["schema.mof"], out: "src/generated" });
 * ```
 */
export function defineConfig(config: MofgenConfig): MofgenConfig {
  return config;
}
