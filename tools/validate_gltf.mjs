#!/usr/bin/env node
// Validates glTF/GLB files with the Khronos glTF-Validator (npm package
// gltf-validator, installed by scripts/setup.sh).
//
// Usage: node tools/validate_gltf.mjs FILE...
// Prints one summary line per file ("<file>: N errors, N warnings, N infos,
// N hints") followed by one indented line per reported message. Exits 1 when
// any file has an error or a warning (or cannot be read), 2 on bad usage.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

let validator;
try {
  validator = require(require.resolve('gltf-validator', { paths: [repoRoot, process.cwd()] }));
} catch (error) {
  console.error('validate_gltf: the gltf-validator npm package is missing; run scripts/setup.sh');
  process.exit(2);
}

const kSeverity = ['error', 'warning', 'info', 'hint'];

async function validateFile(file) {
  const bytes = new Uint8Array(await readFile(file));
  const directory = path.dirname(file);
  const report = await validator.validateBytes(bytes, {
    uri: path.basename(file),
    maxIssues: 0,
    // .gltf files reference their .bin beside them; nothing else is loaded.
    externalResourceFunction: async (uri) => {
      const resolved = path.resolve(directory, decodeURIComponent(uri));
      if (path.dirname(resolved) !== path.resolve(directory)) {
        throw new Error(`refusing resource outside the asset directory: ${uri}`);
      }
      return new Uint8Array(await readFile(resolved));
    },
  });
  return report.issues;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node tools/validate_gltf.mjs FILE...');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let issues;
  try {
    issues = await validateFile(file);
  } catch (error) {
    console.log(`${file}: cannot validate: ${error.message ?? error}`);
    failed = true;
    continue;
  }
  console.log(`${file}: ${issues.numErrors} errors, ${issues.numWarnings} warnings, ` +
              `${issues.numInfos} infos, ${issues.numHints} hints`);
  for (const m of issues.messages) {
    console.log(`  ${kSeverity[m.severity] ?? m.severity} ${m.code} ${m.pointer ?? ''}: ${m.message}`);
  }
  if (issues.numErrors > 0 || issues.numWarnings > 0) failed = true;
}
process.exit(failed ? 1 : 0);
