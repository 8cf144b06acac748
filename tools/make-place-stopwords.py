#!/usr/bin/env python3
"""Derives data/place_stopwords.txt: one-word gazetteer names that are mostly ordinary English words.

A name is listed when, in the running text of the news corpora in ../shared/data (gun-violence news and
the GMB sentences), it occurs in lower case at least 3 times and at least as often in lower case as
capitalised in mid-sentence. Such names ("police", "home", "mobile", "of") are then only taken as places
where the text capitalises them and context supports them.
  usage: tools/make-place-stopwords.py GAZETTEER.tsv SHARED_DATA_DIR > data/place_stopwords.txt
"""
import collections, csv, json, re, sys

gaz, shared = sys.argv[1], sys.argv[2]
names = set()
with open(gaz, encoding='utf-8') as f:
    next(f)
    for line in f:
        keys = line.split('\t')[3]
        for k in keys.split('|'):
            if k and ' ' not in k and k.isalpha():
                names.add(k)

lower = collections.Counter()
cap = collections.Counter()
word = re.compile(r"[A-Za-z]+")

def count(text):
    for sent in re.split(r'(?<=[.!?])\s+|\n+', text):
        for i, m in enumerate(word.finditer(sent)):
            w = m.group(0)
            k = w.lower()
            if k not in names:
                continue
            if w.islower():
                lower[k] += 1
            elif i > 0 and w[0].isupper() and not w.isupper():
                cap[k] += 1

with open(f'{shared}/gva-news/articles.jsonl', encoding='utf-8') as f:
    for line in f:
        count(json.loads(line)['text'])
with open(f'{shared}/ner-gmb/ner_dataset.csv', encoding='latin-1') as f:
    r = csv.reader(f)
    next(r)
    sent = []
    for row in r:
        if row[0] and sent:
            count(' '.join(sent))
            sent = []
        sent.append(row[1])
    count(' '.join(sent))

print('# One-word place names that are mostly ordinary words (made by tools/make-place-stopwords.py; do not edit by hand,')
print('# add words to data/place_stopwords_extra.txt instead).')
for k in sorted(names):
    if lower[k] >= 3 and lower[k] >= cap[k]:
        print(k)
