#include "extract/where.h"

#include <algorithm>
#include <cmath>

#include "core/data_dir.h"
#include "core/hash.h"

namespace incidex {

namespace {

constexpr std::size_t kMaxMentions = 4;  // the mentions a candidate's context is read from: the first four

constexpr FeatureHasher<PlaceChooser::kBuckets> feature;  // one hashed feature, masked to the table

// A sentence's distance from the incident's first sentence: 0 not in the body (a headline's mention), else
// one more than sentence_distance (core/ranker.h).
std::uint32_t from_core(std::int32_t d) { return d == PlaceChooser::kNone ? 0 : 1 + sentence_distance(d); }

// The rules' score, in whole points (they add small integers and halves); 0 when they did not consider it.
std::uint32_t rules_score(float s) { return s < 0 ? 0 : 1 + static_cast<std::uint32_t>(std::min(s, 15.0f)); }

// Population by order of magnitude: unknown, under 1,000, 1,000s ... 1,000,000s.
std::uint32_t population(std::uint32_t p) {
  if (p == 0) return 0;
  return std::min<std::uint32_t>(7, 1 + static_cast<std::uint32_t>(std::log10(static_cast<double>(p))) - 2);
}

}  // namespace

void PlaceChooser::features(const Tokens& body, const Tokens& title, std::span<const Candidate> all, std::size_t rank,
                            std::vector<std::uint32_t>& out) {
  out.clear();
  const Candidate& c = all[rank];
  const std::uint32_t r = c.rules;
  float best = -1;
  bool in_title = false, dateline = false, within = false, surname = true;
  std::size_t in_body = 0;
  for (auto& m : c.mentions) {
    best = std::max(best, m.score);
    in_title |= m.title;
    dateline |= m.dateline;
    within |= m.within;
    surname &= m.surname;
    in_body += !m.title;
  }
  const std::uint32_t n = static_cast<std::uint32_t>(std::min(all.size(), std::size_t{6}));
  out.push_back(feature(1, r));                                    // the rules' place, or another
  out.push_back(feature(2, rules_score(best), r));                 // how the rules scored it
  out.push_back(feature(3, c.kind, population(c.population)));     // what kind of place
  out.push_back(feature(4, c.region, c.home));                     // in the story's region and home state
  out.push_back(feature(5, c.home, r));
  out.push_back(feature(6, c.region, r));
  out.push_back(feature(7, in_title, dateline, in_body > 0));      // where it is written
  out.push_back(feature(8, within, c.part));
  out.push_back(feature(9, surname, r));
  out.push_back(feature(10, static_cast<std::uint32_t>(std::min(in_body, std::size_t{4})), in_title));  // how often
  out.push_back(feature(11, static_cast<std::uint32_t>(std::min(rank, std::size_t{4})), r));            // how early
  out.push_back(feature(12, n, r));                                // among how many
  out.push_back(feature(13, rules_score(best), c.home, c.kind));
  for (std::size_t k = 0; k < c.mentions.size() && k < kMaxMentions; ++k) {
    const Mention& m = c.mentions[k];
    const Tokens& tk = m.title ? title : body;
    std::uint32_t lo = 0, hi = static_cast<std::uint32_t>(tk.tokens.size());
    if (!m.title && !tk.sentences.empty()) {
      const Sentence& s = tk.sentences[tk.sentence_of(m.first)];
      lo = s.first, hi = s.last;
    }
    const std::int64_t b = m.first, e = m.last;
    auto word = [&](std::int64_t i) { return tk.feature_word(i, lo, hi); };
    // the words around it: "in Roswell", "Roswell police", "of Raceland", "from Chelsea", "Chelsea native"
    std::uint32_t l1 = word(b - 1), l2 = word(b - 2), r1 = word(e), r2 = word(e + 1);
    const std::uint32_t where = m.title ? 1u : m.dateline ? 2u : 0u;
    out.push_back(feature(20, l1, where));
    out.push_back(feature(21, l2, l1));
    out.push_back(feature(22, r1, where));
    out.push_back(feature(23, r1, r2));
    out.push_back(feature(24, l1, r1));
    // where and what its sentence is
    std::uint32_t fc = from_core(m.from_core);
    out.push_back(feature(25, fc, m.tense));
    out.push_back(feature(26, fc, r));
    out.push_back(feature(27, static_cast<std::uint32_t>(k), fc, where));
    out.push_back(feature(28, rules_score(m.score), fc));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

ModelFormat PlaceChooser::file_format() {
  return {"places", "place", kFormatVersion, kFeatureVersion, kBuckets, {"score"}, "run tools/train-places.sh", "tools/train-places.sh"};
}

const PlaceChooser& PlaceChooser::shared() {
  static const PlaceChooser s(data_file("places.model"));
  return s;
}

}  // namespace incidex
