import type { OptionDef } from "./args.js";

/** Options of the schema model stage, for the commands that resolve a schema. */
export const resolveOptions: readonly OptionDef[] = [
  {
    name: "locale",
    type: "string",
    valueName: "id",
    description: "WMI amendment locale to merge: 0x409, 1033, ms_409 or en-US (default: 0x409)",
  },
  {
    name: "namespace",
    type: "string",
    valueName: "path",
    description: "namespace before the first #pragma namespace (default: root/cimv2)",
  },
];
