#!/usr/bin/env bash
# The date chooser's held-out figure on gva-news: trains on one half of the gold incidents, scores the
# dates of the other with `eval gva --half`, both ways, and sums the two halves (per article and per
# incident). (`eval gva` with the committed data/dates.model scores articles that model was trained on, so
# its date rows are in-sample; this is the figure to quote.) Beside it, the extractor's rules alone.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gold=../shared/data/gva-news/gold.jsonl articles=../shared/data/gva-news/articles.jsonl
for pair in "even odd" "odd even"; do
  set -- $pair
  "$build/incidex" train dates --gold $gold --articles $articles --half $1 --out "$tmp/d.$1" > /dev/null
  for model in "$tmp/d.$1" none; do
    "$build/incidex" eval gva --gold $gold --articles $articles --half $2 --dates-model "$model" --db "$tmp/$2.$(basename "$model").db" |
      awk -v m="$([ "$model" = none ] && echo rules || echo chooser)" '
        /^per article/ { level = "article" } /^per incident/ { level = "incident" }
        /^  date / { print m, level, $2, $3 }'
  done
done | awk '{ right[$1 " " $2] += $3; of[$1 " " $2] += $4 }
  END { for (m in right) printf "%-8s date per %-9s %5d / %5d  %.1f\n", substr(m, 1, index(m, " ") - 1), substr(m, index(m, " ") + 1), right[m], of[m], 100 * right[m] / of[m] }' | sort
