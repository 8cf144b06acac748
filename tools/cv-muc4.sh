#!/usr/bin/env bash
# MUC-4 role fillers on the 1300 DEV documents with the role tagger held out: the tagger is trained on one
# half of roles/train.jsonl (alternate documents) and the whole pipeline scored (CEAF-REE) on the other half,
# both ways, and the two halves summed. `eval muc4` on TST1+TST2 is the figure to quote; this one is for
# tuning the extractor's rules on DEV without reading the test set's errors (the tagger trained on all of
# DEV scores DEV in-sample, so `eval muc4 --gold roles/train.jsonl` says little).
#   tools/cv-muc4.sh [build-dir] [errors.jsonl]
#   LEANS="12 - 20 - -" tools/cv-muc4.sh     the tagger's leans (perpetrator group target victim weapon) instead
#                                            of each half model's own (`eval muc4 --role-leans`)
#   LEANS=sweep tools/cv-muc4.sh             one line a lean: the half models' own leans, then one lean for every
#                                            role (12, 18, 24, 30). Each model picks its own leans by
#                                            cross-validation, which moves a single figure by half a point
#                                            from one retraining to the next; a change that helps at every lean
#                                            is worth more than one that helps at the model's own.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
errors=${2:-}
leans=${LEANS:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a copy of the binary: a rebuild while this runs (minutes) must not swap it halfway
cp "$build/incidex" "$tmp/incidex"
mkdir -p "$tmp/0" "$tmp/1"
awk -v d="$tmp" '{ print > (d "/" (NR - 1) % 2 "/half.jsonl") }' ../shared/data/muc4/roles/train.jsonl
for h in 0 1; do
  "$tmp/incidex" train roles --gold "$tmp/$h/half.jsonl" --out "$tmp/$h/roles.model" > /dev/null
done
# both halves scored with the other's model at the leans $1 ("" for the models' own) and summed, a line a
# role in the order eval prints them: role matched predicted gold
halves() {
  local at=$1
  for pair in "0 1" "1 0"; do
    set -- $pair
    "$tmp/incidex" eval muc4 --gold "$tmp/$2/half.jsonl" --raw ../shared/data/muc4/raw/dev \
      --roles-model "$tmp/$1/roles.model" ${at:+--role-leans "$at"} --errors "$tmp/errors.$2"
  done | awk '$1 ~ /^(PerpInd|PerpOrg|Target|Victim|Weapon|overall)$/ && NF == 7 {
      m[$1] += $5; p[$1] += $6; g[$1] += $7; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
    END { for (k = 1; k <= n; ++k) { r = order[k]; print r, m[r], p[r], g[r] } }'
}
if [ "$leans" = sweep ]; then  # (no errors file: it would be the last lean's)
  for l in own 12 18 24 30; do
    halves "$([ $l = own ] || echo "$l $l $l $l $l")" | awk -v l=$l '
      { P = $2 / $3; R = $2 / $4; line = line sprintf("  %s %.1f", $1, 200 * P * R / (P + R)) }
      END { printf "lean %-4s%s\n", l, line }'
  done
  exit 0
fi
halves "$leans" | awk -v leans="$leans" '
  BEGIN { printf "%-8s %6s %6s %6s %8s %6s %6s   (DEV, role tagger held out%s)\n", "role", "P", "R", "F1", "matched", "pred", "gold",
                 leans == "" ? "" : ", leans " leans }
  { P = $2 / $3; R = $2 / $4; printf "%-8s %6.1f %6.1f %6.1f %8d %6d %6d\n", $1, 100 * P, 100 * R, 200 * P * R / (P + R), $2, $3, $4 }'
if [ -n "$errors" ]; then cat "$tmp/errors.0" "$tmp/errors.1" > "$errors"; fi
