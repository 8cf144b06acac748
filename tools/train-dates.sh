#!/usr/bin/env bash
# Retrains the committed date chooser data/dates.model on the gun-violence dev data
# (../shared/data/gva-news: the days each article names, the right one its gold incident's date). Run after
# any change to DateChooser's features or to the extractor's date rules (which day they take is a
# feature), and after retraining the name model. It prints the chooser's 2-fold cross-validated accuracy
# beside the rules'; `tools/cv-gva.sh dates` gives the held-out figure of `eval gva`.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
"$build/incidex" train dates --gold ../shared/data/gva-news/gold.jsonl --articles ../shared/data/gva-news/articles.jsonl \
  --out data/dates.model --epochs 10
