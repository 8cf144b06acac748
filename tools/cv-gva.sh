#!/usr/bin/env bash
# Held-out figures on gva-news for one of the models trained on it: KIND is victims (the victim scorer),
# dates (the date chooser) or places (the place chooser). Trains that model on one half of the gold incidents, scores the other half
# with `eval gva --half`, both ways, and sums the two halves; beside it, the extractor's rules alone on the
# same halves (--KIND-model none). `eval gva` with the committed model
# scores articles it was trained on (it says so under its rows), so this is the figure to quote.
#   tools/cv-gva.sh dates [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:?usage: tools/cv-gva.sh victims|dates|places [build-dir]}
build=${2:-build}
case $kind in
  victims) rows='^  (victims (rec|prec)\.|victim status)' ;;
  dates) rows='^  date ' ;;
  places) rows='^  (state|city) ' ;;
  *) echo "tools/cv-gva.sh: no model called $kind (victims, dates or places)" >&2; exit 2 ;;
esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a copy of the binary: a rebuild while this runs (minutes) must not swap it halfway
cp "$build/incidex" "$tmp/incidex"
gold=../shared/data/gva-news/gold.jsonl articles=../shared/data/gva-news/articles.jsonl
for pair in "even odd" "odd even"; do
  set -- $pair
  "$tmp/incidex" train "$kind" --gold $gold --articles $articles --half $1 --out "$tmp/m.$1" ${EPOCHS:+--epochs $EPOCHS} > /dev/null
  for model in "$tmp/m.$1" none; do
    "$tmp/incidex" eval gva --gold $gold --articles $articles --half $2 "--$kind-model" "$model" --db "$tmp/$2.$(basename "$model").db" |
      awk -v m="$([ "$model" = none ] && echo rules || echo model)" -v rows="$rows" '
        /^per article/ { level = "article" } /^per incident/ { level = "incident" }
        $0 ~ rows { n = NF; print m, level, $(n - 3), $(n - 2), $(n - 1) }'
  done
done | awk '{ k = $1 " " $2 " " $3; right[k] += $4; of[k] += $5 }
  END { for (k in right) { split(k, p, " "); printf "%-6s per %-9s %-8s %5d / %5d  %.1f\n", p[1], p[2], p[3], right[k], of[k], 100 * right[k] / of[k] } }' | sort -k4,4 -k3,3 -k1,1
