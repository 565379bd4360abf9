#!/usr/bin/env node
'use strict';
// The `serviceledger` command. The TypeScript sources are bundled by `npm run build`
// (which `npm install` runs through the prepare script).
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'serviceledger.cjs');
if (!fs.existsSync(bundle)) {
  console.error('serviceledger: the app is not built yet. Run `npm run build` in ' + path.dirname(__dirname) + ' first.');
  process.exit(1);
}
require(bundle);
