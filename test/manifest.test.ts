/**
 * Offline validation of manifest.xml (office-addin-manifest's `validate` needs the
 * network). Checks well-formedness, the element order the XSDs prescribe
 * (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd,
 * OfficeAppBasicTypesV1_0.xsd), resource ids, URLs, icon files and localisation.
 * manifest.contract.xml (the contract suite's add-in, contract.html) is checked
 * the same way, and is another add-in: its own Id, name and ribbon ids.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DOMParser } from '@xmldom/xmldom';
import type { Document as XmlDocument, Element as XmlElement, Node as XmlNode } from '@xmldom/xmldom';
import { MIN_EXCEL_API, OPTIONAL_SETS, missingRequirement } from '../src/host/excel/requirements';

const ROOT = path.resolve(__dirname, '..');
const ASSETS_DIR = path.join(ROOT, 'assets');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;
type Prefix = keyof typeof NS;

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

// ------------------------------------------------------------------ parsing

/** Parses XML and throws on every warning, error or fatal error the parser reports. */
function parseStrict(xml: string): XmlDocument {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, msg) => {
      problems.push(`${level}: ${msg}`);
    },
  });
  let doc: XmlDocument;
  try {
    doc = parser.parseFromString(xml, 'text/xml');
  } catch (e) {
    problems.push(`fatal: ${(e as Error).message}`);
    throw new Error(`not well-formed XML:\n${problems.join('\n')}`);
  }
  if (problems.length > 0) throw new Error(`not well-formed XML:\n${problems.join('\n')}`);
  return doc;
}

const ELEMENT_NODE = 1;

function isElement(n: XmlNode): n is XmlElement {
  return n.nodeType === ELEMENT_NODE;
}

function children(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let i = 0; i < el.childNodes.length; i++) {
    const n = el.childNodes[i];
    if (isElement(n)) out.push(n);
  }
  return out;
}

function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    out.push(e);
    children(e).forEach(walk);
  };
  walk(el);
  return out;
}

function prefixOf(el: XmlElement): Prefix | '?' {
  const hit = (Object.keys(NS) as Prefix[]).find((p) => NS[p] === el.namespaceURI);
  return hit ?? '?';
}

/** Namespace-qualified name with our fixed prefixes, e.g. "ov:Group", "bt:Image". */
function qname(el: XmlElement): string {
  return `${prefixOf(el)}:${el.localName}`;
}

function xsiType(el: XmlElement): string | null {
  return el.getAttributeNS(NS.xsi, 'type');
}

function where(el: XmlElement): string {
  return `<${el.tagName}> at line ${el.lineNumber ?? '?'}`;
}

function only<T>(els: T[], what: string): T {
  if (els.length !== 1) throw new Error(`expected exactly one ${what}, found ${els.length}`);
  return els[0];
}

function byQName(doc: XmlElement, name: string): XmlElement[] {
  return descendants(doc).filter((e) => qname(e) === name);
}

function childByQName(el: XmlElement, name: string): XmlElement {
  return only(
    children(el).filter((c) => qname(c) === name),
    `${name} in ${where(el)}`
  );
}

// ------------------------------------------------------------- schema order

/** [qualified child name, minOccurs, maxOccurs] in xs:sequence order. */
type Particle = [string, number, number];
const N = Infinity;

/**
 * Content models transcribed from the XSDs (only the parts this manifest can use).
 * Keys are qualified names, optionally with the xsi:type in brackets.
 * An element whose key is missing here fails the test: extend the table, checking the XSD.
 */
const CONTENT: Record<string, Particle[]> = {
  // OfficeApp (abstract) + TaskPaneApp extension: OfficeAppManifestV1_1.xsd
  'app:OfficeApp[TaskPaneApp]': [
    ['app:Id', 1, 1],
    ['app:AlternateId', 0, 1],
    ['app:Version', 1, 1],
    ['app:ProviderName', 1, 1],
    ['app:DefaultLocale', 1, 1],
    ['app:DisplayName', 1, 1],
    ['app:Description', 1, 1],
    ['app:IconUrl', 0, 1],
    ['app:HighResolutionIconUrl', 0, 1],
    ['app:SupportUrl', 0, 1],
    ['app:AppDomains', 0, 1],
    ['app:Hosts', 0, 1],
    ['app:Requirements', 0, 1],
    ['app:DefaultSettings', 1, 1],
    ['app:Permissions', 1, 1],
    ['app:Dictionary', 0, 1],
    ['ov:VersionOverrides', 0, 1],
  ],
  'app:Id': [],
  'app:AlternateId': [],
  'app:Version': [],
  'app:ProviderName': [],
  'app:DefaultLocale': [],
  'app:DisplayName': [['app:Override', 0, N]],
  'app:Description': [['app:Override', 0, N]],
  'app:IconUrl': [['app:Override', 0, N]],
  'app:HighResolutionIconUrl': [['app:Override', 0, N]],
  'app:SupportUrl': [['app:Override', 0, N]],
  'app:Override': [],
  'app:AppDomains': [['app:AppDomain', 1, N]],
  'app:AppDomain': [],
  'app:Hosts': [['app:Host', 1, N]],
  'app:Host': [],
  'app:Requirements': [
    ['app:Sets', 0, 1],
    ['app:Methods', 0, 1],
  ],
  'app:Sets': [['app:Set', 1, N]],
  'app:Set': [],
  'app:Methods': [['app:Method', 1, N]],
  'app:Method': [],
  'app:DefaultSettings': [['app:SourceLocation', 1, 1]],
  'app:SourceLocation': [['app:Override', 0, N]],
  'app:Permissions': [],

  // TaskPaneAppVersionOverridesV1_0.xsd
  'ov:VersionOverrides[VersionOverridesV1_0]': [
    ['ov:Description', 0, 1],
    ['ov:Requirements', 0, 1],
    ['ov:Hosts', 0, 1],
    ['ov:Resources', 0, 1],
    ['ov:WebApplicationInfo', 0, 1],
    ['ov:EquivalentAddins', 0, 1],
  ],
  'ov:Description': [],
  'ov:Hosts': [['ov:Host', 1, N]],
  'ov:Host[Workbook]': [
    ['ov:AllFormFactors', 0, 1],
    ['ov:DesktopFormFactor', 0, 1],
  ],
  'ov:DesktopFormFactor': [
    ['ov:GetStarted', 0, 1],
    ['ov:FunctionFile', 0, 1],
    ['ov:ExtensionPoint', 1, N],
  ],
  'ov:GetStarted': [
    ['ov:Title', 1, 1],
    ['ov:Description', 1, 1],
    ['ov:LearnMoreUrl', 1, 1],
  ],
  'ov:Title': [],
  'ov:LearnMoreUrl': [],
  'ov:FunctionFile': [],
  'ov:ExtensionPoint[PrimaryCommandSurface]': [
    ['ov:OfficeTab', 0, N],
    ['ov:CustomTab', 0, N],
  ],
  'ov:OfficeTab': [['ov:Group', 1, N]],
  'ov:CustomTab': [
    ['ov:Group', 1, N],
    ['ov:Label', 1, 1],
  ],
  'ov:Group': [
    ['ov:Label', 1, 1],
    ['ov:Icon', 1, 1],
    ['ov:Control', 1, N],
  ],
  'ov:Control[Button]': [
    ['ov:Label', 1, 1],
    ['ov:Supertip', 1, 1],
    ['ov:Icon', 1, 1],
    ['ov:Action', 1, 1],
  ],
  'ov:Label': [],
  'ov:Supertip': [
    ['ov:Title', 1, 1],
    ['ov:Description', 1, 1],
  ],
  'ov:Icon': [['bt:Image', 1, N]],
  'ov:Action[ShowTaskpane]': [
    ['ov:TaskpaneId', 0, 1],
    ['ov:SourceLocation', 1, 1],
    ['ov:Title', 0, 1],
  ],
  'ov:Action[ExecuteFunction]': [['ov:FunctionName', 1, 1]],
  'ov:TaskpaneId': [],
  'ov:SourceLocation': [],
  'ov:FunctionName': [],

  // Resources: OfficeAppBasicTypesV1_0.xsd
  'ov:Resources': [
    ['bt:Images', 0, 1],
    ['bt:Urls', 0, 1],
    ['bt:ShortStrings', 0, 1],
    ['bt:LongStrings', 0, 1],
  ],
  'bt:Images': [['bt:Image', 0, N]],
  'bt:Urls': [['bt:Url', 0, N]],
  'bt:ShortStrings': [['bt:String', 0, N]],
  'bt:LongStrings': [['bt:String', 0, N]],
  'bt:Image': [['bt:Override', 0, N]],
  'bt:Url': [['bt:Override', 0, N]],
  'bt:String': [['bt:Override', 0, N]],
  'bt:Override': [],
};

function contentModel(el: XmlElement): { key: string; model: Particle[] } | null {
  const t = xsiType(el);
  const typed = t ? `${qname(el)}[${t}]` : null;
  if (typed && CONTENT[typed]) return { key: typed, model: CONTENT[typed] };
  if (CONTENT[qname(el)]) return { key: qname(el), model: CONTENT[qname(el)] };
  return null;
}

/** Errors for `el`'s element children against an xs:sequence content model. */
function checkSequence(el: XmlElement, model: Particle[]): string[] {
  const errors: string[] = [];
  const counts = new Map<string, number>();
  let pos = 0;
  for (const c of children(el)) {
    const name = qname(c);
    const at = model.findIndex(([n], i) => i >= pos && n === name);
    if (at < 0) {
      const earlier = model.findIndex(([n]) => n === name);
      errors.push(
        earlier >= 0
          ? `${where(c)} is out of order in ${where(el)}: it must come before ${model
              .slice(earlier + 1)
              .map(([n]) => n)
              .join(', ')}`
          : `${where(c)} is not allowed in ${where(el)}`
      );
      continue;
    }
    pos = at;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [name, min, max] of model) {
    const n = counts.get(name) ?? 0;
    if (n < min) errors.push(`${where(el)} needs ${min === 1 ? 'a' : `at least ${min}`} ${name}`);
    if (n > max) errors.push(`${where(el)} has ${n} ${name}, at most ${max} allowed`);
  }
  return errors;
}

// ------------------------------------------------------------------ PNGs

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (b.length < 24 || !b.subarray(0, 8).equals(sig)) throw new Error(`${file} is not a PNG`);
  if (b.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file}: first chunk is not IHDR`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The file under assets/ that an /assets/… URL names, or null if it does not point there. */
function assetFile(url: string): string | null {
  const p = new URL(url).pathname;
  if (!p.startsWith('/assets/')) return null;
  const rel = decodeURIComponent(p.slice('/assets/'.length));
  const file = path.resolve(ASSETS_DIR, rel);
  if (!file.startsWith(ASSETS_DIR + path.sep)) throw new Error(`${url} escapes assets/`);
  return file;
}

// ------------------------------------------------------------------ fixture

/** The manifests, and what differs between them. */
const MANIFESTS = [
  { file: 'manifest.xml', displayName: 'Chỉ tiêu KT-XH', pane: '/taskpane.html' },
  { file: 'manifest.contract.xml', displayName: 'chitieu (kiểm tra)', pane: '/contract.html' },
] as const;

interface Parsed {
  doc: XmlDocument | null;
  parseError: Error | null;
}

function parseFile(file: string): Parsed {
  try {
    return { doc: parseStrict(fs.readFileSync(path.join(ROOT, file), 'utf8')), parseError: null };
  } catch (e) {
    return { doc: null, parseError: e as Error };
  }
}

const PARSED: Record<string, Parsed> = Object.fromEntries(MANIFESTS.map((m) => [m.file, parseFile(m.file)]));

/** The manifest the tests of the describe block being run look at (set in its beforeAll). */
let current: Parsed = PARSED['manifest.xml'];

function root(): XmlElement {
  if (!current.doc || !current.doc.documentElement) throw current.parseError ?? new Error('the manifest did not parse');
  return current.doc.documentElement;
}

type Kind = 'image' | 'url' | 'short' | 'long';
const DEF_KIND: Record<string, Kind> = {
  'bt:Images': 'image',
  'bt:Urls': 'url',
  'bt:ShortStrings': 'short',
  'bt:LongStrings': 'long',
};
/** What kind of resource a `resid` on each element must name (from the XSD's *ResourceReference types). */
const REF_KIND: Record<string, Kind> = {
  'bt:Image': 'image',
  'ov:SourceLocation': 'url',
  'ov:FunctionFile': 'url',
  'ov:LearnMoreUrl': 'url',
  'ov:Label': 'short',
  'ov:Title': 'short',
  'ov:Description': 'long',
};
const MAX_LEN: Record<Kind, number> = { image: 2048, url: 2048, short: 125, long: 250 };

interface ResourceDef {
  id: string;
  kind: Kind;
  el: XmlElement;
}

function resourceDefs(): ResourceDef[] {
  const vo = childByQName(root(), 'ov:VersionOverrides');
  const res = childByQName(vo, 'ov:Resources');
  const defs: ResourceDef[] = [];
  for (const group of children(res)) {
    const kind = DEF_KIND[qname(group)];
    if (!kind) throw new Error(`unexpected ${where(group)} in Resources`);
    for (const item of children(group)) defs.push({ id: item.getAttribute('id') ?? '', kind, el: item });
  }
  return defs;
}

function resourceRefs(): { resid: string; kind: Kind | undefined; el: XmlElement }[] {
  return descendants(root())
    .filter((e) => e.hasAttribute('resid'))
    .map((el) => ({ resid: el.getAttribute('resid') ?? '', kind: REF_KIND[qname(el)], el }));
}

function resourceValue(id: string): string {
  const def = only(
    resourceDefs().filter((d) => d.id === id),
    `resource "${id}"`
  );
  return def.el.getAttribute('DefaultValue') ?? '';
}

/** Every URL-looking attribute value and text value in the manifest (namespace declarations excluded). */
function urlsInManifest(): { value: string; el: XmlElement; what: string }[] {
  const out: { value: string; el: XmlElement; what: string }[] = [];
  const looksLikeUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^(\/\/|www\.)/i.test(s);
  for (const el of descendants(root())) {
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes[i];
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:') || a.namespaceURI === NS.xsi) continue;
      const v = a.value.trim();
      if (looksLikeUrl(v)) out.push({ value: v, el, what: `@${a.name}` });
    }
    if (children(el).length === 0) {
      const t = (el.textContent ?? '').trim();
      if (looksLikeUrl(t)) out.push({ value: t, el, what: 'text' });
    }
  }
  return out;
}

// ------------------------------------------------------------------ tests

describe.each(MANIFESTS)('$file', (spec) => {
  beforeAll(() => {
    current = PARSED[spec.file];
  });

  test('the strict parser rejects malformed XML (so the next check means something)', () => {
    expect(() => parseStrict('<a><b></a>')).toThrow();
    expect(() => parseStrict('<a x="1" x="2"/>')).toThrow();
    expect(() => parseStrict('<a>&nbsp;</a>')).toThrow();
    expect(() => parseStrict('<p:a/>')).toThrow();
  });

  test('is well-formed XML with no parser warnings', () => {
    if (current.parseError) throw current.parseError;
    expect(current.doc).not.toBeNull();
  });

  test('root is OfficeApp (appforoffice/1.1) of xsi:type TaskPaneApp', () => {
    const r = root();
    expect(r.localName).toBe('OfficeApp');
    expect(r.namespaceURI).toBe(NS.app);
    expect(xsiType(r)).toBe('TaskPaneApp');
  });

  test('OfficeApp children are in schema order and all expected ones are present', () => {
    const r = root();
    expect(checkSequence(r, CONTENT['app:OfficeApp[TaskPaneApp]'])).toEqual([]);
    const names = children(r).map((c) => c.localName);
    expect(names).toEqual([
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ]);
  });

  test('every element is known, in the right namespace, with children in schema order', () => {
    const errors: string[] = [];
    for (const el of descendants(root())) {
      const cm = contentModel(el);
      if (!cm) {
        errors.push(`${where(el)} (${qname(el)}${xsiType(el) ? `[${xsiType(el)}]` : ''}) has no content model here`);
        continue;
      }
      errors.push(...checkSequence(el, cm.model));
    }
    expect(errors).toEqual([]);
  });

  test('identity: GUID Id, version, provider, default locale', () => {
    const r = root();
    expect(childByQName(r, 'app:Id').textContent?.trim()).toMatch(GUID);
    expect(childByQName(r, 'app:Version').textContent?.trim()).toBe('0.1.0.0');
    expect(childByQName(r, 'app:ProviderName').textContent?.trim()).toBe('chitieu');
    expect(childByQName(r, 'app:DefaultLocale').textContent?.trim()).toBe('vi-VN');
    expect(childByQName(r, 'app:DisplayName').getAttribute('DefaultValue')).toBe(spec.displayName);
  });

  test('hosts: Workbook in the base manifest and in VersionOverrides', () => {
    const r = root();
    const baseHosts = children(childByQName(r, 'app:Hosts')).map((h) => h.getAttribute('Name'));
    expect(baseHosts).toContain('Workbook');
    const vo = childByQName(r, 'ov:VersionOverrides');
    expect(vo.namespaceURI).toBe(NS.ov);
    expect(xsiType(vo)).toBe('VersionOverridesV1_0');
    const ovHosts = children(childByQName(vo, 'ov:Hosts')).map(xsiType);
    expect(ovHosts).toEqual(['Workbook']);
  });

  test('permissions: ReadWriteDocument and nothing more', () => {
    const r = root();
    expect(childByQName(r, 'app:Permissions').textContent?.trim()).toBe('ReadWriteDocument');
    const vo = childByQName(r, 'ov:VersionOverrides');
    expect(children(vo).map(qname)).not.toContain('ov:WebApplicationInfo');
    expect(descendants(r).map((e) => e.localName)).not.toContain('ExtendedPermissions');
  });

  test('Requirements: ExcelApi MinVersion equals MIN_EXCEL_API (src/host/excel/requirements.ts)', () => {
    const sets = childByQName(childByQName(root(), 'app:Requirements'), 'app:Sets');
    expect(sets.getAttribute('DefaultMinVersion')).toBe('1.1');
    const excel = only(
      children(sets).filter((s) => s.getAttribute('Name') === 'ExcelApi'),
      'Set Name="ExcelApi"'
    );
    expect(excel.getAttribute('MinVersion')).toBe(MIN_EXCEL_API);
  });

  test('ribbon: one ShowTaskpane button in a group on a tab of PrimaryCommandSurface', () => {
    const r = root();
    const points = byQName(r, 'ov:ExtensionPoint');
    expect(points.map(xsiType)).toEqual(['PrimaryCommandSurface']);
    const tabs = children(points[0]);
    expect(tabs.length).toBeGreaterThan(0);
    const controls = byQName(r, 'ov:Control');
    expect(controls).toHaveLength(1);
    expect(xsiType(controls[0])).toBe('Button');
    const action = childByQName(controls[0], 'ov:Action');
    expect(xsiType(action)).toBe('ShowTaskpane');
    expect(childByQName(action, 'ov:TaskpaneId').textContent?.trim()).not.toBe('');
    const taskpaneUrl = resourceValue(childByQName(action, 'ov:SourceLocation').getAttribute('resid') ?? '');
    const defaultUrl = childByQName(childByQName(r, 'app:DefaultSettings'), 'app:SourceLocation').getAttribute('DefaultValue');
    expect(taskpaneUrl).toBe(defaultUrl);
    expect(new URL(defaultUrl ?? '').pathname).toBe(spec.pane);
    const funcFile = only(byQName(r, 'ov:FunctionFile'), 'FunctionFile');
    expect(new URL(resourceValue(funcFile.getAttribute('resid') ?? '')).pathname).toBe('/commands.html');
  });

  test('every resid is defined exactly once, in Resources of the matching kind', () => {
    const defs = resourceDefs();
    const errors: string[] = [];
    for (const { resid, kind, el } of resourceRefs()) {
      if (!kind) {
        errors.push(`${where(el)} has a resid but this test does not know which resource kind it takes`);
        continue;
      }
      const found = defs.filter((d) => d.id === resid);
      if (found.length !== 1) errors.push(`resid "${resid}" on ${where(el)} is defined ${found.length} times`);
      else if (found[0].kind !== kind) errors.push(`resid "${resid}" on ${where(el)} needs a ${kind} resource, found ${found[0].kind}`);
    }
    expect(errors).toEqual([]);
  });

  test('resource ids are unique, at most 32 characters, and all used', () => {
    const defs = resourceDefs();
    const ids = defs.map((d) => d.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) {
      expect(id.length).toBeGreaterThan(0);
      expect(id.length).toBeLessThanOrEqual(32);
    }
    const used = new Set(resourceRefs().map((r) => r.resid));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  test('every URL is https and on one origin (the dev server port from package.json)', () => {
    const urls = urlsInManifest();
    expect(urls.length).toBeGreaterThan(0);
    const bad = urls.filter((u) => !u.value.startsWith('https://'));
    expect(bad.map((u) => `${u.value} (${u.what} of ${where(u.el)})`)).toEqual([]);
    const origins = new Set(urls.map((u) => new URL(u.value).origin));
    expect([...origins]).toHaveLength(1);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      config?: { dev_server_port?: number };
    };
    const origin = new URL([...origins][0]);
    expect(origin.hostname).toBe('localhost');
    expect(Number(origin.port)).toBe(pkg.config?.dev_server_port);
  });

  test('icon URLs into /assets/ name existing PNGs of the size their id or element says', () => {
    const errors: string[] = [];
    const check = (url: string, expected: number, label: string): void => {
      const file = assetFile(url);
      if (!file) {
        errors.push(`${label}: ${url} is not under /assets/`);
        return;
      }
      if (!fs.existsSync(file)) {
        errors.push(`${label}: ${path.relative(ROOT, file)} does not exist`);
        return;
      }
      const { width, height } = pngSize(file);
      if (width !== expected || height !== expected)
        errors.push(`${label}: ${path.relative(ROOT, file)} is ${width}x${height}, expected ${expected}x${expected}`);
    };

    const r = root();
    check(childByQName(r, 'app:IconUrl').getAttribute('DefaultValue') ?? '', 32, 'IconUrl');
    check(childByQName(r, 'app:HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', 64, 'HighResolutionIconUrl');

    const images = resourceDefs().filter((d) => d.kind === 'image');
    expect(images.length).toBeGreaterThan(0);
    for (const { id, el } of images) {
      const m = /(\d+)x(\d+)$/.exec(id);
      if (!m || m[1] !== m[2]) {
        errors.push(`image id "${id}" does not end in NxN`);
        continue;
      }
      const size = Number(m[1]);
      check(el.getAttribute('DefaultValue') ?? '', size, `image "${id}"`);
      for (const o of children(el)) check(o.getAttribute('Value') ?? '', size, `image "${id}" (${o.getAttribute('Locale')})`);
    }

    // Each <Icon><bt:Image size="N" resid=…/> must point at an N x N image, and offer 16, 32 and 80.
    for (const icon of byQName(r, 'ov:Icon')) {
      const sizes: number[] = [];
      for (const img of children(icon)) {
        const size = Number(img.getAttribute('size'));
        sizes.push(size);
        const def = images.find((d) => d.id === img.getAttribute('resid'));
        if (def) check(def.el.getAttribute('DefaultValue') ?? '', size, `${where(img)} size=${size}`);
      }
      expect(sizes.sort((a, b) => a - b)).toEqual([16, 32, 80]);
    }
    expect(errors).toEqual([]);
  });

  test('every DisplayName, Description and ribbon string has an en-US override', () => {
    const r = root();
    const errors: string[] = [];
    const needsEnUS = (el: XmlElement, label: string): void => {
      const en = children(el).filter((o) => o.localName === 'Override' && o.getAttribute('Locale') === 'en-US');
      if (en.length !== 1) errors.push(`${label} has ${en.length} en-US overrides`);
      else if (!(en[0].getAttribute('Value') ?? '').trim()) errors.push(`${label}: empty en-US override`);
    };
    needsEnUS(childByQName(r, 'app:DisplayName'), 'DisplayName');
    needsEnUS(childByQName(r, 'app:Description'), 'Description');
    for (const d of resourceDefs().filter((x) => x.kind === 'short' || x.kind === 'long')) {
      needsEnUS(d.el, `string "${d.id}"`);
    }
    // Labels, titles and descriptions all go through string resources (checked above).
    for (const { el, kind } of resourceRefs()) {
      if (['ov:Label', 'ov:Title', 'ov:Description'].includes(qname(el)) && kind !== 'short' && kind !== 'long')
        errors.push(`${where(el)} does not reference a string`);
    }
    expect(errors).toEqual([]);
  });

  test('strings fit their schema length limits and are NFC-normalised Vietnamese/English', () => {
    const r = root();
    const errors: string[] = [];
    const checkText = (value: string, max: number, label: string): void => {
      if (value.length === 0) errors.push(`${label} is empty`);
      if (value.length > max) errors.push(`${label} is ${value.length} characters, max ${max}`);
      if (value !== value.normalize('NFC')) errors.push(`${label} is not NFC-normalised`);
    };
    const withOverrides = (el: XmlElement, max: number, label: string): void => {
      checkText(el.getAttribute('DefaultValue') ?? '', max, label);
      for (const o of children(el)) checkText(o.getAttribute('Value') ?? '', max, `${label} (${o.getAttribute('Locale')})`);
    };
    withOverrides(childByQName(r, 'app:DisplayName'), 125, 'DisplayName');
    withOverrides(childByQName(r, 'app:Description'), 250, 'Description');
    for (const d of resourceDefs()) withOverrides(d.el, MAX_LEN[d.kind], `${d.kind} "${d.id}"`);
    for (const o of byQName(r, 'app:Override').concat(byQName(r, 'bt:Override'))) {
      if (!/^[a-z]{2}-[A-Z]{2}$/.test(o.getAttribute('Locale') ?? '')) errors.push(`${where(o)}: odd Locale`);
    }
    expect(errors).toEqual([]);
  });
});

describe('the two manifests', () => {
  /** Id, display name and the ribbon's ids of a manifest. */
  function identity(file: string) {
    current = PARSED[file];
    const r = root();
    return {
      id: childByQName(r, 'app:Id').textContent?.trim(),
      name: childByQName(r, 'app:DisplayName').getAttribute('DefaultValue'),
      ids: [...byQName(r, 'ov:Group'), ...byQName(r, 'ov:Control')].map((e) => e.getAttribute('id')),
      taskpane: byQName(r, 'ov:TaskpaneId').map((e) => e.textContent?.trim()),
    };
  }

  test('are two add-ins that can be sideloaded side by side: other Id, name, ribbon ids and task pane id', () => {
    const main = identity('manifest.xml');
    const contract = identity('manifest.contract.xml');
    expect(contract.id).not.toBe(main.id);
    expect(contract.name).not.toBe(main.name);
    for (const id of contract.ids) expect(main.ids).not.toContain(id);
    for (const id of contract.taskpane) expect(main.taskpane).not.toContain(id);
  });
});

describe('requirements.ts', () => {
  test('versions are short versions the manifest schema accepts', () => {
    for (const v of [MIN_EXCEL_API, ...Object.values(OPTIONAL_SETS)]) expect(v).toMatch(/^\d{1,5}\.\d{1,5}$/);
  });

  test('missingRequirement names the minimum set only when the host lacks it', () => {
    expect(missingRequirement(() => true)).toBeNull();
    expect(missingRequirement(() => false)).toBe(`ExcelApi ${MIN_EXCEL_API}`);
    expect(missingRequirement((n, v) => n === 'ExcelApi' && v === MIN_EXCEL_API)).toBeNull();
    expect(
      missingRequirement(() => {
        throw new Error('no requirements API');
      })
    ).toBe(`ExcelApi ${MIN_EXCEL_API}`);
  });
});
