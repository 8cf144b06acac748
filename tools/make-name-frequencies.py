#!/usr/bin/env python3
"""Writes data/name_frequencies.tsv: how many documents of a background news collection hold each
capitalised word, so the resolver knows that "Russia" or "Security" is common even when the articles
being resolved are few (three articles say nothing about which of their shared names are rare).

Background: the GMB sentences (Voice of America news) in ../shared/data/ner-gmb, cut into documents of
ten sentences. Only words in at least two such documents are kept. Usage:
  tools/make-name-frequencies.py [../shared/data/ner-gmb/ner_dataset.csv] > data/name_frequencies.tsv
"""
import collections
import csv
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ner-gmb/ner_dataset.csv"
SENTENCES_PER_DOCUMENT = 10
df = collections.Counter()
documents = 0
sentences = 0
words = set()
with open(path, encoding="latin-1") as f:
    rows = csv.reader(f)
    next(rows)
    for row in rows:
        if row[0].startswith("Sentence:"):
            sentences += 1
            if sentences % SENTENCES_PER_DOCUMENT == 1:
                df.update(words)
                words = set()
                documents += 1
        w = row[1]
        if w[:1].isupper() and w[1:].islower() and len(w) >= 2 and w.replace('-', '').replace("'", '').isalpha():
            words.add(w.lower())
df.update(words)
print("# capitalised words of the GMB sentences (../shared/data/ner-gmb) and how many ten-sentence documents hold")
print("# each; made by tools/make-name-frequencies.py. The resolver adds these to its own document counts.")
print(f"@documents\t{documents}")
for w, n in sorted(df.items(), key=lambda x: (-x[1], x[0])):
    if n >= 2:
        print(f"{w}\t{n}")
