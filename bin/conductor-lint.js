#!/usr/bin/env node
// Thin launcher for the bundled CLI linter (built by `npm run build`).
require('../dist/cli.js');
