#!/usr/bin/env bash
# Relearns the word classes data/word_classes.tsv (analyse/word_classes.h) from the plain text in
# ../shared/data: the GMB training sentences (never the held-out fifth), the gva-news article bodies and the
# MUC-4 development texts (not the TST1/TST2 texts MUC-4 is scored on). The name model reads them, so
# tools/train-ner.sh must follow (and the models trained on its names: tools/train-victims.sh,
# train-dates.sh, train-places.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
"$build/incidex" train classes --gmb ../shared/data/ner-gmb/ner_dataset.csv --articles ../shared/data/gva-news/articles.jsonl \
  --muc ../shared/data/muc4/raw/dev --out data/word_classes.tsv --classes 256
