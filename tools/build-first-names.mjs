#!/usr/bin/env node
// Builds incidex's list of common English first names from the npm package human-names, at build time only.
//   node tools/build-first-names.mjs OUT.txt
// The analyser reads it (src/analyse/analyser.cc): a name the name tagger took for a place or an
// organisation that opens with one of these words ("Brandon Crawford", "Dominique King") is a person's.
// Output: one name a line, in lower case, sorted, after a comment line.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const out = process.argv[2];
if (!out) { console.error('usage: build-first-names.mjs OUT.txt'); process.exit(2); }

const names = new Set();
for (const list of ['male-human-names-en.json', 'female-human-names-en.json'])
  for (const n of require(`human-names/data/${list}`)) {
    const w = String(n).trim().toLowerCase();
    if (/^[a-z][a-z'-]+$/.test(w)) names.add(w);  // (one word of letters: no initials, no spaces)
  }
if (names.size < 1000) { console.error(`build-first-names.mjs: only ${names.size} names read from human-names`); process.exit(1); }
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, '# common English first names, from the npm package human-names (tools/build-first-names.mjs)\n' +
  [...names].sort().join('\n') + '\n');
console.log(`wrote ${names.size} first names to ${out}`);
