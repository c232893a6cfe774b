/**
 * Size of a value as UTF-8 JSON, without building the JSON: what
 * `new TextEncoder().encode(JSON.stringify(v)).length` gives, computed by
 * summing lengths so that a sync that moves a few million cells is cheap
 * to measure.
 */

/** UTF-8 bytes of a string as a JSON string literal, quotes included. */
export function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) n += 2;
      else if (c < 0x20) n += 6;
      else n += 1;
    } else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 6; // a lone surrogate is escaped (\udxxx)
    } else if (c >= 0xdc00 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}

/** UTF-8 bytes of JSON.stringify(v) (0 for what JSON leaves out: undefined, functions). */
export function jsonBytes(v: unknown): number {
  switch (typeof v) {
    case 'string':
      return stringBytes(v);
    case 'number':
      return Number.isFinite(v) ? numberBytes(v) : 4;
    case 'boolean':
      return v ? 4 : 5;
    case 'undefined':
    case 'function':
    case 'symbol':
      return 0;
    case 'bigint':
      return String(v).length;
    default:
      break;
  }
  if (v === null) return 4;
  if (Array.isArray(v)) {
    let n = 2 + Math.max(0, v.length - 1);
    for (const x of v) {
      const b = jsonBytes(x);
      // In an array, what JSON leaves out becomes null.
      n += b === 0 && (x === undefined || typeof x === 'function' || typeof x === 'symbol') ? 4 : b;
    }
    return n;
  }
  const o = v as { toJSON?: () => unknown };
  if (typeof o.toJSON === 'function') return jsonBytes(o.toJSON());
  let n = 2;
  let members = 0;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
    n += stringBytes(k) + 1 + jsonBytes(x);
    members++;
  }
  return n + Math.max(0, members - 1);
}

/** Small integers are most numbers in a sheet: count their digits without a string. */
function numberBytes(v: number): number {
  if (Number.isInteger(v) && v > -1e9 && v < 1e9) {
    if (v === 0) return 1;
    let n = v < 0 ? 2 : 1;
    let a = Math.abs(v);
    while (a >= 10) {
      a = Math.floor(a / 10);
      n++;
    }
    return n;
  }
  return String(v).length;
}
