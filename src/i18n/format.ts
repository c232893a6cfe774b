/**
 * The one interpolator: a template's `{name}` placeholders filled from
 * parameters. The engine's messages, the pane's strings and the command
 * line's text all go through it.
 */

export type Params = Record<string, string | number>;

/** Templates split once into text and parameter names: [text, name, text, name, …, text]. */
const COMPILED = new Map<string, string[]>();

function compiled(template: string): string[] {
  let parts = COMPILED.get(template);
  if (!parts) COMPILED.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}

/**
 * `template` with each `{name}` replaced by `params[name]`. A placeholder
 * without its parameter is kept as written (`missing: 'keep'`, so a slip
 * shows) or left out (`'empty'`).
 */
export function fill(template: string, params: Readonly<Record<string, string | number | null | undefined>>, missing: 'keep' | 'empty' = 'keep'): string {
  return fillWith(template, (k) => {
    if (!Object.prototype.hasOwnProperty.call(params, k)) return missing === 'keep' ? `{${k}}` : '';
    const v = params[k];
    return v !== undefined && v !== null ? String(v) : '';
  });
}

/** `template` with each `{name}` replaced by `value(name)`: for parameters that are written as they are filled in (numbers in a language's style). */
export function fillWith(template: string, value: (name: string) => string): string {
  const parts = compiled(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += value(parts[i]) + parts[i + 1];
  return out;
}
