// Reading the Markdown of the reference pages: plain text, front matter, sections, qualifier
// lists as the pages write them, and the DMTF spelling of the type keywords the pages misspell.

const PRIMITIVES = new Map(
  [
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "sint8",
    "sint16",
    "sint32",
    "sint64",
    "real32",
    "real64",
    "string",
    "char16",
    "boolean",
    "datetime",
  ].map((t) => [t, t]),
);
for (const bits of ["8", "16", "32", "64"]) PRIMITIVES.set(`unit${bits}`, `uint${bits}`);
PRIMITIVES.set("int32", "sint32");

export function normaliseType(raw) {
  return PRIMITIVES.get(raw.toLowerCase()) ?? null;
}

/** Markdown/HTML of a page fragment to plain text (links, emphasis and escapes removed). */
export function plain(text) {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/(^|[^\\])\*([^*]+)\*/g, "$1$2")
    .replace(/\\([_|[\]*\\<>#`])/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/<br\s*\/?>/g, " ")
    .trim();
}

export function frontMatterList(text, key) {
  const fm = text.match(/^---\n([\s\S]*?)\n---/);
  if (!fm) return [];
  const lines = fm[1].split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (start < 0) return [];
  const out = [];
  for (const line of lines.slice(start + 1)) {
    const m = line.match(/^-\s+(.*)$/);
    if (!m) break;
    out.push(m[1].trim());
  }
  return out;
}

/** Splits on commas outside quotes and parentheses. */
export function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' && text[i - 1] !== "\\") quoted = !quoted;
    else if (!quoted && "({[".includes(ch)) depth++;
    else if (!quoted && ")}]".includes(ch)) depth--;
    if (ch === "," && depth === 0 && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/**
 * Parses `Name` / `Name (args)` / `Name(args)` into {name, args: string[], hasArgs}; quoted
 * arguments lose their quotes. A part that is not a qualifier is kept as {name: null, raw}.
 */
export function parseQualifierList(text) {
  const result = [];
  for (const part of splitTopLevel(text)) {
    const m = part.match(/^([A-Za-z_][\w]*)\s*(?:[({]\s*([\s\S]*?)\s*[)}])?$/);
    if (!m) {
      result.push({ name: null, raw: part });
      continue;
    }
    const args = m[2] === undefined ? [] : splitTopLevel(m[2]).map(unquote);
    result.push({ name: m[1], args, hasArgs: m[2] !== undefined });
  }
  return result;
}

function unquote(token) {
  const t = token.trim();
  if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) {
    // Quoted page values are written as MOF source: "root\\HyperVCluster\\v2".
    return t.slice(1, -1).replace(/\\(["\\])/g, "$1");
  }
  return t;
}

/** The body of the `## title` section, up to the next `## ` heading; null without one. */
export function sectionText(text, title) {
  const start = text.search(new RegExp(`^## ${title}`, "m"));
  if (start < 0) return null;
  const rest = text.slice(start + title.length + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The class a member's notes call it an embedded instance of ("embedded instances of [**X**]"). */
export function embeddedClassIn(lines) {
  const m = lines
    .join("\n")
    .match(/embedded\s+(?:instances?\s+)?(?:of\s+)?(?:the\s+)?\[\*\*([\w\\]+)\*\*\]/i);
  return m ? m[1].replace(/\\_/g, "_") : null;
}

export function lower(s) {
  return s.toLowerCase();
}
