#!/usr/bin/env bash
# Held-out figures for the whole gva-news pipeline. Everything incidex makes from the gold incidents —
# the outlet list (tools/make-outlets.py), the victim scorer, the date and place choosers and the
# resolver's pair model — is made from one half of the gold incidents (the halves of `eval gva --half`)
# and the other half is scored, both ways. `eval gva` with the committed files scores articles they were
# made from; tools/cv-gva.sh holds out one model at a time. This holds them all out at once.
#
# Prints each field summed over the two halves (right / of) and the clustering per half. B³ precision and
# recall are means over articles, so the line "B3 joined" weighs each half's by its articles.
#   tools/cv-gva-all.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a copy of the binary: a rebuild while this runs (minutes) must not swap it halfway
cp "$build/incidex" "$tmp/incidex"
gold=../shared/data/gva-news/gold.jsonl articles=../shared/data/gva-news/articles.jsonl
for pair in "even odd" "odd even"; do
  set -- $pair
  made="$tmp/$1"
  mkdir -p "$made"
  python3 tools/make-outlets.py ../shared/data "$1" > "$made/outlets.tsv"
  # INCIDEX_DATA is searched before data/: the half's outlet list replaces the committed one
  for kind in victims dates places; do
    INCIDEX_DATA="$made" "$tmp/incidex" train "$kind" --gold $gold --articles $articles --half "$1" \
      --out "$made/$kind.model" > /dev/null
  done
  INCIDEX_DATA="$made" "$tmp/incidex" train resolve --gold $gold --articles $articles --half "$1" \
    --out "$made/resolve.weights" > /dev/null
  INCIDEX_DATA="$made" "$tmp/incidex" eval gva --gold $gold --articles $articles --half "$2" \
    --victims-model "$made/victims.model" --dates-model "$made/dates.model" --places-model "$made/places.model" \
    --resolve-weights "$made/resolve.weights" > "$tmp/eval.$2"
done
awk '
  FNR == 1 { half = FILENAME; sub(/.*eval\./, "", half); articles[half] = $2 }
  /^per article/ { level = "article" } /^per incident/ { level = "incident" }
  /^  (date|state|city|killed|wounded|victims|victim|suspects) / && NF >= 4 {
    name = $1; if (name ~ /^(victims|victim|suspects)$/) name = $1 " " $2
    k = level " " name; right[k] += $(NF - 2); of[k] += $(NF - 1); if (!(k in order)) order[k] = ++n
  }
  /^  (MUC|B3|CEAF-e|CoNLL) / { cl[half] = cl[half] sprintf("  %-7s %s\n", $1, substr($0, 10)) }
  /^  B3 / { p[half] = $2; r[half] = $3 }
  END {
    for (k in right) line[order[k]] = sprintf("per %-24s %5d / %5d  %.1f", k, right[k], of[k], 100 * right[k] / of[k])
    for (i = 1; i <= n; ++i) if (i in line) print line[i]
    for (h in cl) printf "clustering, scored on the %s half (%d articles), models from the other:\n%s", h, articles[h], cl[h]
    tp = 0; tr = 0; w = 0
    for (h in p) { tp += p[h] * articles[h]; tr += r[h] * articles[h]; w += articles[h] }
    tp /= w; tr /= w
    printf "B3 joined: P %.1f R %.1f F1 %.1f\n", tp, tr, 2 * tp * tr / (tp + tr)
  }' "$tmp/eval.even" "$tmp/eval.odd"
