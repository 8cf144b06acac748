#!/usr/bin/env bash
# The victim scorer's held-out figure on gva-news: trains on one half of the gold incidents, scores the
# victims of the other with `eval gva --half`, both ways, and sums the two halves. (`eval gva` with the
# committed data/victims.model scores articles that model was trained on, so its victim rows are
# in-sample; this is the figure to quote.) Beside it, the extractor's rules alone on the same halves.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gold=../shared/data/gva-news/gold.jsonl articles=../shared/data/gva-news/articles.jsonl
for pair in "even odd" "odd even"; do
  set -- $pair
  "$build/incidex" train victims --gold $gold --articles $articles --half $1 --out "$tmp/v.$1" > /dev/null
  for model in "$tmp/v.$1" none; do
    "$build/incidex" eval gva --gold $gold --articles $articles --half $2 --victims-model "$model" --db "$tmp/$2.$(basename "$model").db" |
      awk -v m="$([ "$model" = none ] && echo rules || echo scorer)" '/^  victims (rec|prec)\./ { print m, $2, $3, $4 }'
  done
done | awk '{ right[$1 " " $2] += $3; of[$1 " " $2] += $4 }
  END { for (m in right) printf "%-8s %-6s %5d / %5d  %.1f\n", substr(m, 1, index(m, " ") - 1), substr(m, index(m, " ") + 1), right[m], of[m], 100 * right[m] / of[m] }' | sort
