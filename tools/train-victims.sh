#!/usr/bin/env bash
# Retrains the committed victim model data/victims.model on the gun-violence dev data
# (../shared/data/gva-news: the people each article names, labelled by the gold incident's participants;
# the lean is chosen by 2-fold cross-validation over the gold incidents). Run after any change to
# VictimScorer's features or to the extractor's victim rules (their statuses are features), and after
# retraining the name or role model. `tools/cv-gva.sh victims` gives the held-out figure of `eval gva`.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
"$build/incidex" train victims --gold ../shared/data/gva-news/gold.jsonl --articles ../shared/data/gva-news/articles.jsonl \
  --out data/victims.model
