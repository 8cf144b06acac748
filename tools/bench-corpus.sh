#!/usr/bin/env bash
# Whole-pipeline throughput on the gun-violence corpus (3,038 articles, 5.3 MB of text): ingest into a
# fresh SQLite file on one thread and on all cores, and print articles/s and MB/s.
#   usage: tools/bench-corpus.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
corpus=$(dirname "$0")/../../shared/data/gva-news/articles.jsonl
if [[ ! -f $corpus ]]; then echo "bench-corpus: $corpus not found (needs ../shared/data); skipped"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
bytes=$(stat -c %s "$corpus")
for threads in 1 $(nproc); do
  start=$(date +%s.%N)
  "$build/incidex" ingest -q --threads "$threads" --db "$tmp/b$threads.db" "$corpus" 2>"$tmp/err"
  end=$(date +%s.%N)
  docs=$(grep -o 'read [0-9]*' "$tmp/err" | grep -o '[0-9]*')
  mem=$(grep -o 'peak memory [0-9]* MB' "$tmp/err" || echo "peak memory unknown")
  awk -v s="$start" -v e="$end" -v d="$docs" -v b="$bytes" -v t="$threads" -v m="$mem" \
    'BEGIN { secs = e - s; printf "ingest gva-news, %d thread(s): %d articles in %.2f s = %.0f articles/s, %.2f MB/s (input bytes, load of data files included), %s\n", t, d, secs, d / secs, b / 1048576 / secs, m }'
done
