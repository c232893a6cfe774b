#!/usr/bin/env node
'use strict';
// The command line runs the compiled engine in lib/ (built by `npm install`
// through the "prepare" script, or by `npx tsc -p tsconfig.cli.json`).
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch {
  process.stderr.write(
    'chitieu: chưa biên dịch; chạy `npm install` (hoặc `npm run prepare`) trước. / not built yet; run `npm install` (or `npm run prepare`) first.\n'
  );
  process.exit(2);
}
cli.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
