#!/usr/bin/env node
// Builds incidex's list of one-word place names that are English words, from the gazetteer and the npm
// package an-array-of-english-words (a list of some 275,000 English words), at build time only.
//   node tools/build-word-places.mjs GAZETTEER.tsv OUT.txt
// The place finder reads it (src/analyse/places.cc): in text without capitals ("HUMBLE WOMEN",
// "ARENALES CANTON", "WE WILL MANAGE"), such a name is a place only where it is a city of a million people, a
// capital of 100,000, more than a city (a country, a region), or a U.S. state follows it.
// Output: one name a line, in lower case (as the gazetteer folds it), sorted, after a comment line.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const [gazetteer, out] = process.argv.slice(2);
if (!gazetteer || !out) { console.error('usage: build-word-places.mjs GAZETTEER.tsv OUT.txt'); process.exit(2); }

const english = new Set(require('an-array-of-english-words'));
if (english.size < 100000) { console.error(`build-word-places.mjs: only ${english.size} words read`); process.exit(1); }
const lines = readFileSync(gazetteer, 'utf8').split('\n');
const header = lines[0].split('\t');
const keysAt = header.indexOf('keys');
if (keysAt < 0) { console.error(`build-word-places.mjs: no keys column in ${gazetteer}`); process.exit(1); }
const words = new Set();
for (const line of lines.slice(1)) {
  const keys = line.split('\t')[keysAt];
  if (!keys) continue;
  for (const k of keys.split('|')) if (/^[a-z]+$/.test(k) && english.has(k)) words.add(k);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, '# one-word place names that are English words (tools/build-word-places.mjs, from the gazetteer ' +
  'and the npm package an-array-of-english-words)\n' + [...words].sort().join('\n') + '\n');
console.log(`wrote ${words.size} place names that are English words to ${out}`);
