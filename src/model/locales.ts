/**
 * Locale identifiers for WMI amendments. Windows names a locale by its LCID: the
 * `Locale(0x409)` qualifier of an amendment class and its `ms_409` namespace both mean
 * 0x409 (en-US). Users may name it as `0x409`, `1033`, `ms_409` or a language tag (`en-US`,
 * `en_US`, `en`) for the common Windows UI languages.
 */

const LANGUAGE_TAGS: Readonly<Record<string, number>> = {
  "en-us": 0x409,
  en: 0x409,
  "en-gb": 0x809,
  "de-de": 0x407,
  de: 0x407,
  "fr-fr": 0x40c,
  fr: 0x40c,
  "es-es": 0xc0a,
  es: 0xc0a,
  "it-it": 0x410,
  it: 0x410,
  "ja-jp": 0x411,
  ja: 0x411,
  "ko-kr": 0x412,
  ko: 0x412,
  "zh-cn": 0x804,
  "zh-hans": 0x804,
  "zh-tw": 0x404,
  "zh-hant": 0x404,
  "pt-br": 0x416,
  "pt-pt": 0x816,
  "ru-ru": 0x419,
  ru: 0x419,
  "nl-nl": 0x413,
  nl: 0x413,
  "sv-se": 0x41d,
  sv: 0x41d,
  "pl-pl": 0x415,
  pl: 0x415,
  "cs-cz": 0x405,
  cs: 0x405,
  "tr-tr": 0x41f,
  tr: 0x41f,
};

/** The LCID a user-given locale names, or `undefined` when it is not recognised. */
export function parseLocale(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  const hex = /^(?:0x|ms_)([0-9a-f]{1,8})$/.exec(trimmed);
  if (hex !== null) return Number.parseInt(hex[1]!, 16);
  if (/^[0-9]{1,10}$/.test(trimmed)) return Number(trimmed);
  return LANGUAGE_TAGS[trimmed.replace(/_/g, "-")];
}

/** The LCID of a Windows locale namespace name such as `ms_409`. */
export function localeOfNamespace(namespace: string): number | undefined {
  const last = namespace.slice(namespace.lastIndexOf("/") + 1);
  const match = /^ms_([0-9a-f]{1,8})$/i.exec(last);
  return match === null ? undefined : Number.parseInt(match[1]!, 16);
}

export function formatLocale(lcid: number): string {
  return `0x${lcid.toString(16)}`;
}
