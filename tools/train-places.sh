#!/usr/bin/env bash
# Retrains the committed place chooser data/places.model on the gun-violence dev data
# (../shared/data/gva-news: the towns and counties each article names, the right one its gold incident's
# city and state). Run after any change to PlaceChooser's features, to the extractor's place rules (their
# choice and scores are features), to the gazetteer or to the name model. It prints the chooser's 2-fold
# cross-validated accuracy beside the rules'; `tools/cv-gva.sh places` gives the held-out figure of `eval gva`.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
"$build/incidex" train places --gold ../shared/data/gva-news/gold.jsonl --articles ../shared/data/gva-news/articles.jsonl \
  --out data/places.model --epochs 5
