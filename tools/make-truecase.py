#!/usr/bin/env python3
"""Writes data/lowercase_words.txt: the words that news prose writes in lower case (more often than
capitalised, away from the start of a sentence). The name tagger truecases text without capitals (wire
copy in capitals, lower-cased feeds) with it: a listed word is written in lower case, any other word
capitalised, and the text is then tagged like ordinary prose.

Sources, both in ../shared/data: the gun-violence news articles (English local news) and the GMB training
sentences (every fifth sentence is held out for `incidex eval ner` and is not read here). A word must be
seen at least three times. Usage:
  tools/make-truecase.py [../shared/data] > data/lowercase_words.txt
"""
import collections
import csv
import json
import re
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
lower = collections.Counter()
capital = collections.Counter()
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


def count(words):
    for i, w in enumerate(words):
        if i == 0 or not WORD.fullmatch(w):
            continue
        if w.islower():
            lower[w] += 1
        elif w[0].isupper() and not w.isupper():
            capital[w.lower()] += 1


with open(f"{shared}/gva-news/articles.jsonl", encoding="utf-8") as f:
    for line in f:
        text = json.loads(line).get("text") or ""
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            count(sentence.split())

with open(f"{shared}/ner-gmb/ner_dataset.csv", encoding="latin-1") as f:
    rows = csv.reader(f)
    next(rows)
    index, words = -1, []
    for row in rows:
        if row[0].startswith("Sentence:"):
            if words and index % 5 != 4:
                count(words)
            index += 1
            words = []
        words.append(row[1])
    if words and index % 5 != 4:
        count(words)

print("# Words news prose writes in lower case (made by tools/make-truecase.py; do not edit by hand).")
for w in sorted(w for w, n in lower.items() if n >= 3 and n > capital[w]):
    print(w)
