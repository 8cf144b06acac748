// Micro-benchmarks of the stages on one core (Google Benchmark). The corpus figures (articles/s, MB/s
// for a whole ingest) come from tools/bench-corpus.sh.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "pipeline/pipeline.h"
#include "read/stream.h"

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
    benchmark::DoNotOptimize(pipeline().analyser().places().find(t, d.text, d.dateline_end, d.url));
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
  for (auto _ : state)
    for (auto& d : docs) benchmark::DoNotOptimize(pipeline().process(d));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
  words_counter(state, bytes * state.iterations(), words);
}
BENCHMARK(BM_Process)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
