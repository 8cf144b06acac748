#!/usr/bin/env python3
"""Derives data/outlets.tsv: news outlets (URL hosts) and the U.S. state their stories are mostly about.

From the gun-violence news in ../shared/data (article URL host -> the gold incident's state), a host is
listed when it has at least 2 articles and at least 75 % of them are about one state. The place resolver
takes an outlet's state as a vote for that state (weaker than a state the text names): local news seldom
names its own state. Analysts may add outlets by hand at the end of the file.
  usage: tools/make-outlets.py SHARED_DATA_DIR [even|odd] > data/outlets.tsv
With a half, only the gold incidents of that half count (the halves of `incidex eval gva --half`), so that the
other half can be scored with outlets it did not make.
"""
import collections, json, re, sys

shared = sys.argv[1]
codes = {}
for line in open(__file__.rsplit('/', 2)[0] + '/data/us_states.tsv', encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    f = line.rstrip('\n').split('\t')
    codes[f[1]] = f[0]
half = sys.argv[2] if len(sys.argv) > 2 else None


def fnv1a(s):
    h = 1469598103934665603
    for b in s.encode('utf-8'):
        h = ((h ^ b) * 1099511628211) % (1 << 64)
    return h


state_of = {}
for line in open(f'{shared}/gva-news/gold.jsonl', encoding='utf-8'):
    g = json.loads(line)
    gid = g['incident'] if isinstance(g['incident'], str) else json.dumps(g['incident'])
    if half and (fnv1a(gid) % 2 == 0) != (half == 'even'):
        continue
    for a in g['articles']:
        state_of[a] = g['state']
hosts = collections.defaultdict(collections.Counter)
for line in open(f'{shared}/gva-news/articles.jsonl', encoding='utf-8'):
    d = json.loads(line)
    if d['id'] not in state_of:
        continue
    url = d.get('url') or ''
    m = re.search(r'https?://(?:web\.archive\.org/web/\d+/)?https?://([^/:]+)', url) or re.search(r'https?://([^/:]+)', url)
    if not m:
        continue
    host = m.group(1).lower()
    if host.startswith('www.'):
        host = host[4:]
    hosts[host][state_of[d['id']]] += 1
print('# host\tcountry\tstate (ISO 3166-2 subdivision code)\tarticles seen (made by tools/make-outlets.py)')
for host in sorted(hosts):
    c = hosts[host]
    total = sum(c.values())
    state, n = c.most_common(1)[0]
    if total >= 2 and n / total >= 0.75 and state in codes:
        print(f'{host}\tUS\t{codes[state]}\t{total}')
