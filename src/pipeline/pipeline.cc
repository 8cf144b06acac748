#include "pipeline/pipeline.h"

#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <set>
#include <thread>

#include "resolve/reconcile.h"
#include "resolve/resolver.h"
#include "store/store.h"

namespace incidex {

Pipeline::Pipeline(CleanOptions options) : cleaner_(options), extractor_(analyser_) { load_fuzzy_keys(); }
Pipeline::Pipeline(CleanOptions options, const VictimScorer* victims, const DateChooser* dates, const PlaceChooser* places,
                   const RoleTagger* roles)
    : cleaner_(options), extractor_(analyser_, roles, victims, dates, places) {
  load_fuzzy_keys();
}

Processed Pipeline::process(const RawDocument& raw) const {
  Processed out;
  out.document = cleaner_.clean(raw);
  Analysis a = analyser_.analyse(out.document);
  out.mentions = extractor_.extract(out.document, a);
  out.keys = document_keys(out.document, &a);
  // A body that reports no incident of its own (a scraped page of comments, sign-up prompts, or no body
  // at all) leaves the headline: its incident is the article's main one, with evidence in the title.
  bool has_main = std::any_of(out.mentions.begin(), out.mentions.end(), [](const Mention& m) { return m.main; });
  bool counts_missing = has_main && (!out.mentions.front().killed.value || !out.mentions.front().wounded.value);
  if ((!has_main || counts_missing) && !out.document.title.empty() && out.document.title != out.document.text) {
    // Where the body has no incident at all, the headline is read as the story's first sentence, before the
    // body, which can still give the place and the counts ("Second suspect found guilty in Boys and Girls Club
    // shooting" over "Three people were killed: ..."); its spans are mapped back to the body. Not the date:
    // such bodies are often a page's leftovers (weather alerts, video lists), whose days dated 18 gva-news
    // articles wrongly for 7 rightly; only a day the headline names is kept.
    Document headline = out.document;
    const std::size_t lead = has_main ? 0 : out.document.title.size() + 2;
    if (has_main) {
      headline.text = out.document.title;
      headline.dateline_place.clear();
      headline.dateline_start = headline.dateline_end = 0;
    } else {
      headline.text = out.document.title + "\n\n" + out.document.text;
      if (headline.dateline_end > headline.dateline_start) {
        headline.dateline_start += lead;
        headline.dateline_end += lead;
      }
    }
    Analysis ha = analyser_.analyse(headline);
    auto found = extractor_.extract(headline, ha);
    if (!found.empty() && found.front().main) {
      Mention h = std::move(found.front());
      for (auto& e : h.evidence) {
        if (e.in_title) continue;
        if (e.start < lead) {
          e.in_title = true;
          e.end = std::min<std::uint32_t>(e.end, static_cast<std::uint32_t>(out.document.title.size()));
        } else {
          e.start -= lead;
          e.end -= lead;
        }
      }
      if (lead) {
        auto date = std::find_if(h.evidence.begin(), h.evidence.end(), [](const Evidence& e) { return e.field == "date"; });
        auto type = std::find_if(h.evidence.begin(), h.evidence.end(), [](const Evidence& e) { return e.field == "type"; });
        if (date != h.evidence.end() && !date->in_title && type != h.evidence.end() && type->in_title) {
          h.date = {};
          h.bound_by(out.document.published);
          Evidence why = *type;
          why.field = "date";
          why.note = "the headline names no day, and the body, which tells of no incident itself, is not read for one";
          if (out.document.published.known())
            why.note += "; on or before the publication date (" + out.document.published.iso() + ")";
          *date = std::move(why);
        }
      }
      if (!has_main) {
        out.mentions.insert(out.mentions.begin(), std::move(h));
      } else {
        // The headline's casualties, when the body gives none of its own ("17-year-old shot, killed inside
        // house" over a body that never counts): only the counts the headline states, never its zeros.
        Mention& m = out.mentions.front();
        for (auto [field, slot, from] : {std::tuple{"killed", &m.killed, &h.killed}, std::tuple{"wounded", &m.wounded, &h.wounded}}) {
          if (slot->value || !from->value || *from->value <= 0) continue;
          *slot = *from;
          for (auto& e : h.evidence)
            if (e.field == field) {
              if (e.note.empty()) e.note = "from the headline: the body gives no count";
              m.evidence.push_back(e);
            }
        }
      }
    }
  }
  return out;
}

void parallel_for(std::size_t n, int threads, const std::function<void(std::size_t)>& fn) {
  if (threads <= 1 || n < 2) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next++) < n;) fn(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

Progress::Progress(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)) {
  start_ = last_ = std::chrono::steady_clock::now();
}

void Progress::update(std::uint64_t done, std::uint64_t total, std::uint64_t items) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  double mbs = secs > 0 ? done / 1048576.0 / secs : 0;
  std::string bar;
  if (total > 0) {
    int width = 30, fill = static_cast<int>(width * std::min(1.0, static_cast<double>(done) / static_cast<double>(total)));
    bar = "[" + std::string(static_cast<std::size_t>(fill), '=') + (fill < width ? ">" : "") +
          std::string(static_cast<std::size_t>(std::max(0, width - fill - 1)), ' ') + "] " +
          fmt::format("{:3.0f}% ", 100.0 * static_cast<double>(done) / static_cast<double>(total));
  }
  std::cerr << fmt::format("\r{}{} docs  {:.1f} MB/s ", bar, items, mbs) << std::flush;
  drawn_ = true;
}

void Progress::finish() {
  if (drawn_) std::cerr << "\r\033[K" << std::flush;
}

long peak_memory_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;  // ru_maxrss is in KiB on Linux
}

std::string IngestSummary::line() const {
  std::string skipped;
  for (auto& [kind, n] : read.skipped_by_kind)
    skipped += fmt::format("{}{} {}", skipped.empty() ? "" : ", ", n, kind);
  double docs = static_cast<double>(read.documents);
  return fmt::format(
      "read {} documents from {} files in {:.2f} s ({:.0f} docs/s, {:.2f} MB/s); added {}, unchanged {}, updated {}; "
      "skipped {}{}; {} incident mentions; {}; {} incidents in store; peak memory {} MB",
      read.documents, read.files, seconds, seconds > 0 ? docs / seconds : 0, seconds > 0 ? bytes / 1048576.0 / seconds : 0,
      added, unchanged, updated, read.skipped, skipped.empty() ? "" : " (" + skipped + ")", mentions,
      resolve.mentions ? fmt::format("resolved {} mentions in {:.2f} s ({} incidents merged away)", resolve.mentions,
                                     resolve.seconds, resolve.merged)
                       : std::string("nothing to resolve"),
      incidents, peak_memory_mb());
}

ResolveSummary resolve_store(const Resolver& resolver, Store& store) {
  ResolveSummary s;
  auto t0 = std::chrono::steady_clock::now();
  std::vector<ResolveItem> items = store.resolution_items();
  s.mentions = items.size();
  Resolution res = resolver.resolve(items);
  s.candidate_pairs = res.candidate_pairs;
  auto before = store.prior_incidents();
  std::vector<std::optional<PriorIncident>> prior(items.size());
  for (std::size_t i = 0; i < items.size(); ++i)
    if (auto it = before.find(items[i].row); it != before.end()) prior[i] = it->second;
  IdAssignment ids = assign_ids(items, res, prior);
  const auto groups = static_cast<std::size_t>(res.groups);
  std::vector<std::vector<const ResolveItem*>> members(groups);
  std::vector<std::vector<Link>> links(groups);
  std::vector<std::vector<std::int64_t>> rows(groups);
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto g = static_cast<std::size_t>(res.cluster[i]);
    members[g].push_back(&items[i]);
    links[g].push_back(res.links[i]);
    rows[g].push_back(items[i].row);
  }
  std::vector<Incident> incs(groups);
  for (std::size_t g = 0; g < groups; ++g) {
    incs[g] = reconcile(members[g], links[g]);
    incs[g].id = ids.ids[g];
    // Its aliases: those it had, the incidents merged into it now, and theirs.
    std::set<std::string> aliases(ids.merged[g].begin(), ids.merged[g].end());
    for (auto& a : store.aliases_of(ids.ids[g])) aliases.insert(a);
    for (auto& old : ids.merged[g])
      for (auto& a : store.aliases_of(old)) aliases.insert(a);
    incs[g].aliases.assign(aliases.begin(), aliases.end());
    s.merged += ids.merged[g].size();
  }
  store.begin();
  try {
    s.written = store.replace_incidents(incs, rows, ids.merged);
    store.commit();
  } catch (...) {
    store.rollback();
    throw;
  }
  s.incidents = groups;
  s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return s;
}

IngestSummary ingest(const Pipeline& p, Store& store, const std::vector<std::string>& inputs, const IngestOptions& o) {
  IngestSummary s;
  auto t0 = std::chrono::steady_clock::now();
  Reader reader;
  Progress progress(o.progress);
  std::vector<RawDocument> batch;
  std::vector<Processed> done;
  std::uint64_t items = 0, read_done = 0, read_total = 0;

  auto flush = [&] {
    if (batch.empty()) return;
    done.assign(batch.size(), {});
    parallel_for(batch.size(), o.threads, [&](std::size_t i) { done[i] = p.process(batch[i]); });
    store.begin();
    try {
      for (auto& r : done) {
        s.bytes += r.document.text.size();
        auto put = store.put_document(r.document);
        if (put == Store::Put::unchanged) {
          ++s.unchanged;
          continue;
        }
        ++(put == Store::Put::added ? s.added : s.updated);
        store.put_document_keys(r.document.id, r.keys);
        s.mentions += store.put_mentions(r.document.id, r.mentions).size();
      }
      store.commit();
    } catch (...) {
      store.rollback();
      throw;
    }
    items += batch.size();
    batch.clear();
    progress.update(read_done, read_total, items);
  };

  reader.on_document = [&](RawDocument&& d) {
    batch.push_back(std::move(d));
    if (batch.size() >= o.batch) flush();
  };
  reader.on_issue = [&](const ReadIssue& i) {
    if (!o.verbose_issues) return;
    progress.finish();
    std::cerr << fmt::format("incidex: skipped {}: {}\n", i.where, i.reason);
  };
  reader.on_progress = [&](std::uint64_t d, std::uint64_t t) {
    read_done = d;
    read_total = t;
    progress.update(d, t, items + batch.size());
  };
  reader.read(inputs);
  flush();
  progress.finish();
  if (s.added + s.updated > 0 || store.unresolved_mentions() > 0) s.resolve = resolve_store(p.resolver(), store);
  s.read = reader.stats();
  s.incidents = static_cast<std::uint64_t>(store.counts().incidents);
  s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return s;
}

}  // namespace incidex
