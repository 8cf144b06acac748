#!/usr/bin/env bash
# Retrains the committed role model data/roles.model on MUC-4's training role keys
# (../shared/data/muc4/roles/train.jsonl; the lean is chosen by 4-fold cross-validation on them) and prints
# the tagger's own CEAF-REE on roles/dev.jsonl. Run after any change to RoleTagger's features or to the
# data files it reads (filler_stopwords.txt, triggers.tsv, casualty_words.tsv, weapons.tsv,
# perpetrators.txt, targets.txt, person_nouns.txt, word_classes.tsv), and after the name model
# (tools/train-ner.sh): its features read the names.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
"$build/incidex" train roles --gold ../shared/data/muc4/roles/train.jsonl --dev ../shared/data/muc4/roles/dev.jsonl \
  --out data/roles.model --epochs 8
