/**
 * The add-in's settings (Workbook.settings) as Excel saves them in an .xlsx
 * file: web extension parts (MS-OWEXML). The root relationships point at
 * xl/webextensions/taskpanes.xml, which points at each
 * xl/webextensions/webextensionN.xml; there, `<we:property name="…"
 * value="…"/>` holds each setting, its value the JSON text of what the
 * add-in stored. ExcelJS neither reads nor writes these parts, so the
 * command line reads them here and carries them into the copies it writes.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';

const WE_NS = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const TASKPANES_REL = /\/webextensiontaskpanes$/;
const FOLDER = 'xl/webextensions/';

export interface SavedSetting {
  key: string;
  /** The stored value (the property's JSON text, parsed; the text itself when it is no JSON). */
  value: unknown;
}

/** What a workbook file holds of web extensions: its settings, and the parts to carry over. */
export interface WebExtensionParts {
  settings: SavedSetting[];
  /** Every part under xl/webextensions/ (with its relationships), by path. */
  parts: Map<string, Uint8Array>;
  /** The root relationship(s) to the task panes part. */
  rootRelationships: { id: string; type: string; target: string }[];
  /** Content type overrides of those parts. */
  overrides: { partName: string; contentType: string }[];
}

function parse(xml: string) {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

/** The elements of a tag in a namespace, as an array. */
function elements(doc: ReturnType<typeof parse>, ns: string, tag: string) {
  const list = doc.getElementsByTagNameNS(ns, tag);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}

/** A part of the package read as XML (null when the package has no such part). */
async function xmlPart(zip: JSZip, name: string) {
  const file = zip.file(name);
  return file ? parse(await file.async('string')) : null;
}

/** The web extension parts of an .xlsx (null when it has none). */
export async function readWebExtensions(data: Uint8Array | Buffer): Promise<WebExtensionParts | null> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files).filter((n) => n.startsWith(FOLDER) && !zip.files[n].dir);
  if (!names.length) return null;
  const parts = new Map<string, Uint8Array>();
  const settings: SavedSetting[] = [];
  for (const name of names) {
    const bytes = await zip.files[name].async('uint8array');
    parts.set(name, bytes);
    if (!/webextension\d*\.xml$/.test(name)) continue;
    const doc = parse(new TextDecoder().decode(bytes));
    for (const p of elements(doc, WE_NS, 'property')) {
      const key = p.getAttribute('name');
      const text = p.getAttribute('value');
      if (key === null || text === null) continue;
      let value: unknown = text;
      try {
        value = JSON.parse(text);
      } catch {
        // kept as text
      }
      settings.push({ key, value });
    }
  }
  const rootRelationships: WebExtensionParts['rootRelationships'] = [];
  const rels = await xmlPart(zip, '_rels/.rels');
  if (rels) {
    for (const r of elements(rels, RELS_NS, 'Relationship')) {
      const type = r.getAttribute('Type') ?? '';
      if (TASKPANES_REL.test(type)) rootRelationships.push({ id: r.getAttribute('Id') ?? '', type, target: r.getAttribute('Target') ?? '' });
    }
  }
  const overrides: WebExtensionParts['overrides'] = [];
  const types = await xmlPart(zip, '[Content_Types].xml');
  if (types) {
    for (const o of elements(types, TYPES_NS, 'Override')) {
      const partName = o.getAttribute('PartName') ?? '';
      if (partName.startsWith(`/${FOLDER}`)) overrides.push({ partName, contentType: o.getAttribute('ContentType') ?? '' });
    }
  }
  return { settings, parts, rootRelationships, overrides };
}

/**
 * Put web extension parts into an .xlsx written by ExcelJS (which leaves
 * them out): the parts, the root relationship to the task panes (under an
 * id the file does not use yet) and their content types.
 */
export async function withWebExtensions(data: Uint8Array | Buffer, web: WebExtensionParts): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  for (const [name, bytes] of web.parts) zip.file(name, bytes);
  const doc = web.rootRelationships.length ? await xmlPart(zip, '_rels/.rels') : null;
  if (doc) {
    const root = doc.documentElement!;
    const list = elements(doc, RELS_NS, 'Relationship');
    const ids = new Set(list.map((r) => r.getAttribute('Id') ?? ''));
    const targets = new Set(list.map((r) => (r.getAttribute('Target') ?? '').replace(/^\//, '')));
    for (const r of web.rootRelationships) {
      if (targets.has(r.target.replace(/^\//, ''))) continue;
      let id = r.id;
      for (let n = 1; !id || ids.has(id); n++) id = `rIdWebExt${n}`;
      ids.add(id);
      const el = doc.createElementNS(RELS_NS, 'Relationship');
      el.setAttribute('Id', id);
      el.setAttribute('Type', r.type);
      el.setAttribute('Target', r.target);
      root.appendChild(el);
    }
    zip.file('_rels/.rels', new XMLSerializer().serializeToString(doc));
  }
  const typesDoc = web.overrides.length ? await xmlPart(zip, '[Content_Types].xml') : null;
  if (typesDoc) {
    const root = typesDoc.documentElement!;
    const have = new Set(elements(typesDoc, TYPES_NS, 'Override').map((o) => o.getAttribute('PartName') ?? ''));
    for (const o of web.overrides) {
      if (have.has(o.partName)) continue;
      const el = typesDoc.createElementNS(TYPES_NS, 'Override');
      el.setAttribute('PartName', o.partName);
      el.setAttribute('ContentType', o.contentType);
      root.appendChild(el);
    }
    zip.file('[Content_Types].xml', new XMLSerializer().serializeToString(typesDoc));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Whether a setting is chitieu's own (its records, and an earlier version's role corrections). */
const OWN_KEY = /^chitieu\./;

/**
 * Replace chitieu's settings in the web extension parts (in memory; written
 * with the file by `withWebExtensions`): in the part that holds chitieu's
 * settings already, its own properties are replaced by `settings` and every
 * other property (another add-in's, Office's) is kept. False when no part
 * holds chitieu's settings: a file the add-in never saved a decision in has
 * no part of chitieu's to write into (making one would need the add-in's
 * store reference, which only Excel knows).
 */
export function setOwnSettings(web: WebExtensionParts, settings: readonly SavedSetting[]): boolean {
  for (const [name, bytes] of web.parts) {
    if (!/webextension\d*\.xml$/.test(name)) continue;
    const doc = parse(new TextDecoder().decode(bytes));
    const props = elements(doc, WE_NS, 'property');
    if (!props.some((p) => OWN_KEY.test(p.getAttribute('name') ?? ''))) continue;
    const parent = elements(doc, WE_NS, 'properties')[0];
    if (!parent) continue;
    for (const p of props) if (OWN_KEY.test(p.getAttribute('name') ?? '')) p.parentNode?.removeChild(p);
    for (const s of settings) {
      if (!OWN_KEY.test(s.key)) continue;
      const el = doc.createElementNS(WE_NS, parent.prefix ? `${parent.prefix}:property` : 'property');
      el.setAttribute('name', s.key);
      el.setAttribute('value', JSON.stringify(s.value));
      parent.appendChild(el);
    }
    web.parts.set(name, new TextEncoder().encode(new XMLSerializer().serializeToString(doc)));
    web.settings = [...web.settings.filter((s) => !OWN_KEY.test(s.key)), ...settings.filter((s) => OWN_KEY.test(s.key))];
    return true;
  }
  return false;
}
