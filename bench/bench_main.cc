// Micro-benchmarks of the stages on one core (Google Benchmark). The corpus figures (articles/s, MB/s
// for a whole ingest) come from tools/bench-corpus.sh.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "pipeline/pipeline.h"
#include "core/dates.h"
#include "read/stream.h"
#include "resolve/keys.h"
#include "resolve/resolver.h"

using namespace incidex;

namespace {

std::vector<RawDocument> corpus() {
  static std::vector<RawDocument> docs = [] {
    std::vector<RawDocument> out;
    Reader r;
    r.on_document = [&](RawDocument&& d) { out.push_back(std::move(d)); };
    r.read({INCIDEX_SHARED_DIR "/data/gva-news/articles.jsonl"});
    return out;
  }();
  return docs;
}

const Pipeline& pipeline() {
  static Pipeline p;
  return p;
}

void words_counter(benchmark::State& state, std::size_t bytes, std::size_t words) {
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsIterationInvariantRate);
}

std::size_t count_words(const std::string& s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool w = !std::isspace(static_cast<unsigned char>(c));
    n += w && !in;
    in = w;
  }
  return n;
}

void BM_Clean(benchmark::State& state) {
  auto docs = corpus();
  if (docs.empty()) { state.SkipWithError("../shared/data/gva-news not found"); return; }
  std::size_t bytes = 0, words = 0;
  for (auto& d : docs) bytes += d.body.size(), words += count_words(d.body);
  pipeline();  // its start-up (the gazetteer, the models) is not the cleaner's time
  for (auto _ : state)
    for (auto& d : docs) benchmark::DoNotOptimize(pipeline().cleaner().clean(d));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
  words_counter(state, bytes * state.iterations(), words);
}
BENCHMARK(BM_Clean)->Unit(benchmark::kMillisecond);

// The corpus cleaned, with `prepare` run once per document (tokenize, analyse ...) outside the timing.
template <typename T, typename P>
bool prepared(benchmark::State& state, std::vector<Document>& clean, std::vector<T>& extra, std::size_t& bytes,
              std::size_t& words, P&& prepare) {
  auto docs = corpus();
  if (docs.empty()) {
    state.SkipWithError("../shared/data/gva-news not found");
    return false;
  }
  for (auto& d : docs) {
    clean.push_back(pipeline().cleaner().clean(d));
    extra.push_back(prepare(clean.back()));
    bytes += clean.back().text.size();
    words += count_words(clean.back().text);
  }
  return true;
}

int nothing(const Document&) { return 0; }

void BM_Tokenize(benchmark::State& state) {
  std::vector<Document> clean;
  std::vector<int> none;
  std::size_t bytes = 0, words = 0;
  if (!prepared(state, clean, none, bytes, words, nothing)) return;
  for (auto _ : state)
    for (auto& d : clean) benchmark::DoNotOptimize(pipeline().analyser().tokenizer().tokenize(d.text));
  words_counter(state, bytes * state.iterations(), words);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_Analyse(benchmark::State& state) {
  std::vector<Document> clean;
  std::vector<int> none;
  std::size_t bytes = 0, words = 0;
  if (!prepared(state, clean, none, bytes, words, nothing)) return;
  for (auto _ : state)
    for (auto& d : clean) benchmark::DoNotOptimize(pipeline().analyser().analyse(d));
  words_counter(state, bytes * state.iterations(), words);
}
BENCHMARK(BM_Analyse)->Unit(benchmark::kMillisecond);

// One analysis component at a time, on tokenised clean text.
template <typename F>
void component(benchmark::State& state, F&& run) {
  std::vector<Document> clean;
  std::vector<Tokens> tokens;
  std::size_t bytes = 0, words = 0;
  if (!prepared(state, clean, tokens, bytes, words,
                [](const Document& d) { return pipeline().analyser().tokenizer().tokenize(d.text); }))
    return;
  for (auto _ : state)
    for (std::size_t i = 0; i < clean.size(); ++i) run(clean[i], tokens[i]);
  words_counter(state, bytes * state.iterations(), words);
}
void BM_Numbers(benchmark::State& s) {
  component(s, [](const Document& d, const Tokens& t) { benchmark::DoNotOptimize(pipeline().analyser().numbers().find(t, d.text)); });
}
void BM_Times(benchmark::State& s) {
  component(s, [](const Document& d, const Tokens& t) { benchmark::DoNotOptimize(pipeline().analyser().times().find(t, d.text, d.published)); });
}
void BM_Places(benchmark::State& s) {
  component(s, [](const Document& d, const Tokens& t) {
    benchmark::DoNotOptimize(pipeline().analyser().places().find(t, d.text, d.dateline_start, d.dateline_end, d.url));
  });
}
void BM_Names(benchmark::State& s) {
  component(s, [](const Document& d, const Tokens& t) { benchmark::DoNotOptimize(pipeline().analyser().names().find(t, d.text)); });
}
BENCHMARK(BM_Numbers)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Times)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Places)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Names)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  std::vector<Document> clean;
  std::vector<Analysis> analyses;
  std::size_t bytes = 0, words = 0;
  if (!prepared(state, clean, analyses, bytes, words, [](const Document& d) { return pipeline().analyser().analyse(d); }))
    return;
  for (auto _ : state)
    for (std::size_t i = 0; i < clean.size(); ++i) benchmark::DoNotOptimize(pipeline().extractor().extract(clean[i], analyses[i]));
  words_counter(state, bytes * state.iterations(), words);
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

void BM_Process(benchmark::State& state) {
  auto docs = corpus();
  if (docs.empty()) { state.SkipWithError("../shared/data/gva-news not found"); return; }
  std::size_t bytes = 0, words = 0;
  for (auto& d : docs) bytes += d.body.size(), words += count_words(d.body);
  pipeline();  // start-up outside the timing, also when this benchmark runs alone
  for (auto _ : state)
    for (auto& d : docs) benchmark::DoNotOptimize(pipeline().process(d));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
  words_counter(state, bytes * state.iterations(), words);
}
BENCHMARK(BM_Process)->Unit(benchmark::kMillisecond);

// Resolution at scale: synthetic mentions made from the dev data. Each copy of the gva-news mentions gets
// its own document ids, its own names (each word suffixed with the copy number) and dates moved on by
// 400 days a copy, so copies never match each other — more incidents, each as the dev data reports it —
// while each copy keeps the dev data's cities, counts and how often names are shared. Near-linear cost
// means the time per mention stays flat from 10k to 1M.
const std::vector<ResolveItem>& base_items() {
  static std::vector<ResolveItem> items = [] {
    std::vector<ResolveItem> out;
    auto docs = corpus();
    std::vector<Processed> done(docs.size());
    parallel_for(docs.size(), 2, [&](std::size_t i) { done[i] = pipeline().process(docs[i]); });
    std::sort(done.begin(), done.end(), [](auto& a, auto& b) { return a.document.id < b.document.id; });
    for (auto& r : done)
      for (std::size_t k = 0; k < r.mentions.size(); ++k) {
        ResolveItem it = resolve_item(r.document.id, static_cast<int>(k), r.document.published, r.mentions[k], r.keys);
        it.mention.evidence.clear();  // not read by the resolver; a million copies would only cost memory
        out.push_back(std::move(it));
      }
    return out;
  }();
  return items;
}

void BM_Resolve(benchmark::State& state) {
  const auto& base = base_items();
  if (base.empty()) { state.SkipWithError("../shared/data/gva-news not found"); return; }
  const std::size_t n = static_cast<std::size_t>(state.range(0));
  std::vector<ResolveItem> items;
  items.reserve(n);
  for (std::size_t copy = 0; items.size() < n; ++copy)
    for (std::size_t i = 0; i < base.size() && items.size() < n; ++i) {
      ResolveItem it = base[i];
      if (copy > 0) {
        std::string tag = fmt::format("~{}", copy);
        it.document += tag;
        for (auto& w : it.names) w += tag;
        for (auto& w : it.title) w += tag;
        int shift = static_cast<int>(copy) * 400;
        if (it.published.precision == Date::Precision::day) it.published = add_days(it.published, shift);
        if (it.mention.date.precision == Date::Precision::day) it.mention.date = add_days(it.mention.date, shift);
        else if (it.mention.date.known()) it.mention.date.year += static_cast<int>(copy) * 2;
      }
      items.push_back(std::move(it));
    }
  Resolver resolver;
  std::size_t pairs = 0;
  int groups = 0;
  for (auto _ : state) {
    Resolution r = resolver.resolve(items);
    pairs = r.candidate_pairs;
    groups = r.groups;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
  state.counters["pairs/mention"] = static_cast<double>(pairs) / static_cast<double>(n);
  state.counters["incidents"] = groups;
  state.counters["us/mention"] =
      benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.counters["peak_MB"] = static_cast<double>(peak_memory_mb());
}
BENCHMARK(BM_Resolve)->Arg(10000)->Arg(100000)->Arg(1000000)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
