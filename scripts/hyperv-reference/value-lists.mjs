// Value lists of properties and parameters and the return codes of methods, from the several
// layouts the pages use, to {label, code} entries whose codes are ValueMap syntax ("8..32767",
// "2..", "..").

import { plain } from "./page-text.mjs";

const RANGE = /^(-?\d+)\s*(?:\.\.|\s+|-)\s*(\d+)$/;

function normaliseCode(raw) {
  const code = raw.trim();
  const range = code.match(RANGE);
  if (range) return `${range[1]}..${range[2]}`;
  const open = code.match(/^(-?\d+)\s*(?:\.\.\.?|\s+\.\.\.?)$/);
  if (open) return `${open[1]}..`;
  if (/^-?\d+$/.test(code) || /^-?\d+\.\.-?\d*$/.test(code) || code === "..") return code;
  return null;
}

const RESERVED_OPEN = /^(DMTF|IANA)\s+reserved$/i;
const VENDOR_OPEN = /^Vendor\s+(Reserved|Specific|Specified)$/i;
const VENDOR_RANGE = { uint8: "0x80..", uint16: "0x8000..", uint32: "0x80000000.." };

function openRange(label, type) {
  if (RESERVED_OPEN.test(label)) return "..";
  if (VENDOR_OPEN.test(label)) return VENDOR_RANGE[type] ?? "0x8000..";
  return null;
}

/**
 * Reads the value entries of one property or parameter block. Entries look like
 * `<span ...></span>**Label** (code)`, a span-only line followed by `**Label** (code)`,
 * `**Label**` followed by `<dd>8 32767</dd>`, or ` ("OK")` for string-valued maps.
 */
export function parseValueEntries(lines, type) {
  const entries = [];
  let prevSpanOnly = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    const spanOnly = /^(<span[^>]*><\/span>)+\s*$/.test(line);
    const body = line.replace(/^(<span[^>]*><\/span>)+/, "");
    const startsWithSpan = body !== line;
    let m = null;
    if (startsWithSpan || prevSpanOnly) m = body.match(/^\*\*(.+?)\*\*\s*(?:\((.*)\))?\s*$/);
    if (m) {
      const label = plain(m[1]);
      let code = null;
      if (m[2] !== undefined) {
        const inner = m[2].trim();
        code = inner.startsWith('"') ? inner.slice(1, -1) : normaliseCode(inner);
      } else {
        code = lookAheadCode(lines, i + 1);
      }
      if (code === null) code = openRange(label, type);
      entries.push({ label, code });
    } else {
      const s = line.match(/^\s*\("(.*)"\)\s*$/);
      if (s) entries.push({ label: "", code: s[1] });
    }
    prevSpanOnly = spanOnly;
  }
  return entries;
}

/** Finds a code given after a bare label: `</dt> <dd>4 32767</dd>` or a "Vendor Reserved 1..2" line. */
function lookAheadCode(lines, from) {
  for (let j = from; j < Math.min(lines.length, from + 8); j++) {
    const l = lines[j];
    if (/^(<span|\*\*)/.test(l) || /^\s*\(".*"\)\s*$/.test(l)) return null;
    const dd = l.match(/<dd>([^<]+)<\/dd>/);
    if (dd) return normaliseCode(dd[1].replace(/=.*$/, ""));
    const tail = l.match(/(-?\d+\s*\.\.\s*\d+)\s*$/);
    if (tail) return normaliseCode(tail[1]);
  }
  return null;
}

/** Return-code list of a method page; null when the page gives none or only prose. */
export function parseReturnCodes(section) {
  const lines = section
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const entries = [];
  let prose = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const labelled = line.match(/^\*\*(.+?)\*\*\s*(?:\(([^)]*)\))?\s*$/);
    const bare = line.match(/^\s*\((\d[^)]*)\)\s*$/);
    if (labelled) {
      let code = labelled[2] !== undefined ? normaliseCode(labelled[2]) : null;
      if (labelled[2] === undefined) {
        // `**Label**` then `</dt> <dd>` then the code line.
        // Any text after the code in that <dd> is an alternative wording, not another entry.
        for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
          if (/^<\/dt>/.test(lines[j])) continue;
          code = normaliseCode(lines[j].replace(/=.*$/, ""));
          i = j;
          break;
        }
      }
      if (code === null) return { entries: null, reason: `unreadable code for "${labelled[1]}"` };
      entries.push({ label: plain(labelled[1]), code });
    } else if (bare) {
      entries.push({ label: "", code: normaliseCode(bare[1]) });
    } else if (line === "</dt> <dd>" && i + 1 < lines.length) {
      // `<dt></dt> <dd>` then a code line then a label line.
      const codeLine = lines[i + 1].replace(/\s*=\s*\*?value\*?\s*$/, "");
      const code = normaliseCode(codeLine);
      const label = lines[i + 2] ?? "";
      if (code === null || label.startsWith("</dd>")) continue;
      if (/\.$/.test(label) || label.split(/\s+/).length > 8) prose = true;
      entries.push({ label: plain(label), code });
      i += 2;
    }
  }
  if (entries.length === 0) return { entries: null, reason: "no list" };
  if (prose) return { entries: null, reason: "prose" };
  return { entries, reason: null };
}
