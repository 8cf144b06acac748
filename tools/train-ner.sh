#!/usr/bin/env bash
# Retrains the committed name model data/ner.model from ../shared/data/ner-gmb (every fifth sentence held
# out) and prints its held-out figures. Run after any change to NameTagger::features() or to
# data/word_classes.tsv (tools/train-classes.sh), which its features read.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
"$build/incidex" train ner --gmb ../shared/data/ner-gmb/ner_dataset.csv --out data/ner.model --epochs 8
