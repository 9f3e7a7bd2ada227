import fs from "node:fs";
import type { SourceHost } from "../input/load-unit.js";

/** The input stage's file access, backed by the real file system. */
export const fsSourceHost: SourceHost = {
  readFile(path) {
    try {
      return fs.readFileSync(path);
    } catch {
      // Missing, a directory, or not permitted: the loader reports it where the path came from.
      return undefined;
    }
  },
};
