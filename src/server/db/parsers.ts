// One set of type parsers for both drivers, so a row looks the same on PGlite and PostgreSQL.
// int8 -> number (counts, money in minor units; safe up to 2^53), numeric -> string (exact),
// date -> 'YYYY-MM-DD' string (no time-zone shift), timestamptz -> Date.
export const OID = {
  int8: 20,
  numeric: 1700,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
} as const;

function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} exceeds the safe integer range`);
  return n;
}

export const typeParsers: Record<number, (value: string) => unknown> = {
  [OID.int8]: parseInt8,
  [OID.numeric]: (v) => v,
  [OID.date]: (v) => v,
  [OID.timestamp]: (v) => new Date(v.replace(' ', 'T') + 'Z'),
  [OID.timestamptz]: (v) => new Date(v),
};
