/**
 * Deterministic damage to MOF files for the robustness fuzz test: a seeded PRNG and mutations
 * that each say what they did, so a failing seed can be read and replayed.
 */

/** mulberry32: small, fast, and the same sequence for a seed on every machine. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)]! };
}

export interface Random {
  /** In [0, 1). */
  next(): number;
  /** In [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

export interface Mutated {
  readonly bytes: Uint8Array;
  /** What was done, e.g. `inject "*\/" at 120`. */
  readonly description: string;
}

type Mutation = (bytes: Uint8Array, random: Random) => Mutated;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function insertAt(bytes: Uint8Array, at: number, inserted: Uint8Array): Uint8Array {
  return concat(bytes.subarray(0, at), inserted, bytes.subarray(at));
}

/** A range [start, end) of at most `max` bytes. */
function range(bytes: Uint8Array, random: Random, max: number): [number, number] {
  const start = random.int(0, bytes.length);
  return [start, Math.min(bytes.length, start + random.int(1, max))];
}

function shown(bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  const head = text.length > 40 ? `${text.slice(0, 40)}… (${bytes.length} bytes)` : text;
  return JSON.stringify(head);
}

/** Snippets that stress the lexer, parser, loader and model; `()` makes each fresh. */
const injections: readonly ((random: Random) => Uint8Array)[] = [
  () => Uint8Array.of(0),
  () => Uint8Array.of(0xc3), // truncated UTF-8 sequence
  () => Uint8Array.of(0xff, 0xfe), // a UTF-16 BOM in the middle
  () => Uint8Array.of(0xed, 0xa0, 0x80), // a lone surrogate encoded as UTF-8
  () => Uint8Array.of(0xf4, 0x90, 0x80, 0x80), // above U+10FFFF
  () => Uint8Array.of(0xc0, 0xaf), // overlong '/'
  (random) => Uint8Array.from({ length: random.int(1, 16) }, () => random.int(0, 255)),
  ...["*/", "/*", "//", "{", "}", "}}}};", "[", "]", "(", ")", ";", ",", ":", "=", '"', "'"].map(
    (s) => () => encoder.encode(s),
  ),
  () => encoder.encode('"\\'),
  () => encoder.encode("'\\x"),
  () => encoder.encode("\r"),
  () => encoder.encode("\u2028\ufeff\u0085"),
  () => encoder.encode('\n#pragma include ("missing.mof")\n'),
  () => encoder.encode('\n#pragma include ("")\n'),
  () => encoder.encode("\n#pragma namespace (42)\n"),
  () => encoder.encode('\n#pragma namespace ("__ROOT\\\\x")\n'),
  () => encoder.encode('\n#pragma locale ("xx_YY")\n'),
  () => encoder.encode("\nclass A : A { };\ninstance of A as $a { k = $a; };\n"),
  () => encoder.encode('\n[Override("X"), Key, Key] uint8 X = 256;\n'),
  () => encoder.encode(" 0x 07 08 1.e 1e5 0b2 -9223372036854775809 18446744073709551616 "),
  () => encoder.encode(' "20241301256099.999999+999" '),
  (random) => encoder.encode("x".repeat(random.int(10_000, 200_000))),
  (random) => encoder.encode(`"${"y".repeat(random.int(10_000, 100_000))}"`),
  (random) => encoder.encode("{".repeat(random.int(100, 3000))),
  (random) => encoder.encode("[".repeat(random.int(100, 3000))),
];

const inject: Mutation = (bytes, random) => {
  const at = random.int(0, bytes.length);
  const inserted = random.pick(injections)(random);
  return {
    bytes: insertAt(bytes, at, inserted),
    description: `inject ${shown(inserted)} at ${at}`,
  };
};

const deleteBytes: Mutation = (bytes, random) => {
  const [start, end] = range(bytes, random, 64);
  return {
    bytes: concat(bytes.subarray(0, start), bytes.subarray(end)),
    description: `delete bytes ${start}..${end}`,
  };
};

const duplicateBytes: Mutation = (bytes, random) => {
  const [start, end] = range(bytes, random, 200);
  const at = random.int(0, bytes.length);
  return {
    bytes: insertAt(bytes, at, bytes.slice(start, end)),
    description: `copy bytes ${start}..${end} to ${at}`,
  };
};

const truncate: Mutation = (bytes, random) => {
  const at = random.int(0, bytes.length);
  return { bytes: bytes.slice(0, at), description: `truncate at ${at}` };
};

/** Identifiers, numbers, strings, whitespace runs and single characters. */
function tokens(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of text.matchAll(/[A-Za-z_]\w*|\d+|"(?:[^"\\\n]|\\.)*"|\s+|[\s\S]/g)) {
    if (!/^\s/.test(m[0])) out.push({ text: m[0], start: m.index });
  }
  return out;
}

/** Token edits work on the decoded text (UTF-16 re-encoding always comes after them). */
function tokenMutation(
  name: string,
  edit: (text: string, toks: { text: string; start: number }[], random: Random) => string,
): Mutation {
  return (bytes, random) => {
    const text = decoder.decode(bytes);
    const toks = tokens(text);
    if (toks.length < 2) return deleteBytes(bytes, random);
    const before = random.int(0, 0x7fffffff);
    const edited = edit(text, toks, createRandom(before));
    return { bytes: encoder.encode(edited), description: `${name} (token seed ${before})` };
  };
}

const deleteToken = tokenMutation("delete a token", (text, toks, random) => {
  const t = random.pick(toks);
  return text.slice(0, t.start) + text.slice(t.start + t.text.length);
});

const duplicateToken = tokenMutation("duplicate a token", (text, toks, random) => {
  const t = random.pick(toks);
  const at = random.pick(toks).start;
  return `${text.slice(0, at)}${t.text} ${text.slice(at)}`;
});

const swapTokens = tokenMutation("swap two tokens", (text, toks, random) => {
  let [a, b] = [random.pick(toks), random.pick(toks)];
  if (a.start > b.start) [a, b] = [b, a];
  if (a.start === b.start) return text;
  return (
    text.slice(0, a.start) +
    b.text +
    text.slice(a.start + a.text.length, b.start) +
    a.text +
    text.slice(b.start + b.text.length)
  );
});

/** Re-encodes the file as UTF-16 with a BOM, then maybe breaks the UTF-16. */
const utf16: Mutation = (bytes, random) => {
  const text = decoder.decode(bytes);
  const bigEndian = random.next() < 0.5;
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  const damage = random.int(0, 3);
  const at = random.int(0, units.length);
  if (damage === 1) units.splice(at, 0, 0xd800); // lone high surrogate
  if (damage === 2) units.splice(at, 0, 0xdc00); // lone low surrogate
  const out = new Uint8Array(2 + units.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  units.forEach((unit, i) => {
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = unit >> 8;
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = unit & 0xff;
  });
  const odd = damage === 3;
  const what = ["", `, lone high surrogate at unit ${at}`, `, lone low surrogate at unit ${at}`];
  return {
    bytes: odd ? out.subarray(0, out.length - 1) : out,
    description: `as UTF-16${bigEndian ? "BE" : "LE"}${odd ? ", odd byte count" : (what[damage] ?? "")}`,
  };
};

const mutations: readonly Mutation[] = [
  inject,
  inject,
  deleteBytes,
  duplicateBytes,
  truncate,
  deleteToken,
  deleteToken,
  duplicateToken,
  swapTokens,
  utf16,
];

/** One to three mutations in a row; UTF-16 re-encoding, when drawn, is done last. */
export function mutate(bytes: Uint8Array, random: Random): Mutated {
  const chosen = Array.from({ length: random.int(1, 3) }, () => random.pick(mutations));
  chosen.sort((a, b) => Number(a === utf16) - Number(b === utf16));
  const steps: string[] = [];
  let current = bytes;
  for (const mutation of chosen) {
    const result = mutation(current, random);
    current = result.bytes;
    steps.push(result.description);
  }
  return { bytes: current, description: steps.join("; ") };
}
