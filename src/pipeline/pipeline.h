// The whole pipeline in one place, for the commands, the evaluations and the benchmarks:
//
//   Pipeline p(clean_options);             // loads every data file once
//   Processed r = p.process(raw);          // clean -> date -> analyse -> extract (thread-safe)
//   IngestSummary s = ingest(p, store, inputs, options);   // read -> process (N threads) -> resolve -> store
//
// Ingest commits every batch of documents in one transaction: a killed run loses at most the batch in
// flight and never leaves half a document.
#pragma once
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "analyse/analyser.h"
#include "clean/cleaner.h"
#include "extract/extractor.h"
#include "read/reader.h"
#include "resolve/keys.h"
#include "resolve/resolver.h"

namespace incidex {
class Store;

struct Processed {
  Document document;
  std::vector<Mention> mentions;
  DocumentKeys keys;  // what the resolver compares
};

class Pipeline {
 public:
  explicit Pipeline(CleanOptions options = {});
  // `victims`: the extractor's victim scorer (none: the rules' victims alone); `dates`: its date chooser
  // (none: the rules' dates alone); `places`: its place chooser (none: the rules' places alone); `roles`: its
  // role tagger (none: the rules' role fillers alone).
  Pipeline(CleanOptions options, const VictimScorer* victims, const DateChooser* dates = &DateChooser::shared(),
           const PlaceChooser* places = &PlaceChooser::shared(), const RoleTagger* roles = &RoleTagger::shared());
  Processed process(const RawDocument&) const;
  const Cleaner& cleaner() const { return cleaner_; }
  const Analyser& analyser() const { return analyser_; }
  const Extractor& extractor() const { return extractor_; }
  const Resolver& resolver() const { return resolver_; }
  void set_resolver(Resolver r) { resolver_ = std::move(r); }

 private:
  Cleaner cleaner_;
  Analyser analyser_;
  Extractor extractor_;
  Resolver resolver_;
};

struct IngestOptions {
  int threads = 1;
  std::size_t batch = 256;    // documents per transaction
  bool progress = false;      // draw a progress bar on stderr
  bool verbose_issues = true; // print each skipped item
};

// Resolves every mention in the store into incidents (the resolve stage over the whole store, so the
// result depends only on what is stored, not on the batches it came in), keeping prior incident ids and
// recording merged ones as aliases. Ingest calls it after its last batch when anything changed.
struct ResolveSummary {
  std::size_t mentions = 0, incidents = 0, written = 0, merged = 0, candidate_pairs = 0;
  double seconds = 0;
};

struct IngestSummary {
  ReadStats read;
  std::uint64_t added = 0, unchanged = 0, updated = 0, mentions = 0, incidents = 0, words = 0, bytes = 0;
  double seconds = 0;
  ResolveSummary resolve;
  std::string line() const;   // the one-line summary printed after a run
};

IngestSummary ingest(const Pipeline&, Store&, const std::vector<std::string>& inputs, const IngestOptions&);

ResolveSummary resolve_store(const Resolver&, Store&);

// The process's peak resident memory so far, in MB.
long peak_memory_mb();

// Runs `fn(i)` for i in [0, n) on `threads` threads (the calling thread included).
void parallel_for(std::size_t n, int threads, const std::function<void(std::size_t)>& fn);

// A progress bar on stderr: "[=====>    ] 45%  1,234 docs  3.1 MB/s"; quiet when stderr is not a terminal.
class Progress {
 public:
  explicit Progress(bool enabled);
  void update(std::uint64_t done, std::uint64_t total, std::uint64_t items);
  void finish();

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_ = false;
};

}  // namespace incidex
