/**
 * webpack loader for ExcelJS's browser build (node_modules/exceljs/dist/
 * exceljs.min.js), which the workbench loads on demand to open and save
 * .xlsx files. The build carries three fallbacks that evaluate strings,
 * none of which runs in a browser that has `globalThis` and `self`:
 *
 *   - lodash's `Function("return this")()`, after globalThis, self and global;
 *   - regenerator-runtime's `Function("r", "regeneratorRuntime = r")(n)`, in
 *     the catch of a strict-mode assignment, after globalThis;
 *   - setImmediate's `new Function("" + fn)`, for a string callback (ExcelJS
 *     passes functions).
 *
 * The pages' Content-Security-Policy forbids them anyway; this replaces
 * each with what it stands for (the global object; nothing; an error), so
 * the bundle has no string evaluation (test/security.test.ts scans it). A
 * pattern no longer found fails the build: an ExcelJS update must be looked at.
 */
'use strict';

const REPLACEMENTS = [
  { name: 'Function("return this")()', pattern: /Function\("return this"\)\(\)/g, by: 'globalThis' },
  { name: 'Function("r","regeneratorRuntime = r")(…)', pattern: /Function\("r","regeneratorRuntime = r"\)\(([A-Za-z_$][\w$]*)\)/g, by: 'void 0' },
  {
    name: 'new Function(""+…)',
    pattern: /new Function\(""\+([A-Za-z_$][\w$]*)\)/g,
    by: 'function(){throw new TypeError("setImmediate: a string is not a function")}',
  },
];

module.exports = function excelJsCspLoader(source) {
  let out = source;
  for (const r of REPLACEMENTS) {
    const before = out;
    out = out.replace(r.pattern, r.by);
    if (out === before) {
      throw new Error(`exceljs-csp-loader: ${r.name} not found in ${this.resourcePath}; look at what ExcelJS's build evaluates now`);
    }
  }
  return out;
};
