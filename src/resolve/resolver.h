// The resolve stage: reports of one incident across articles become one incident.
//
//   Resolver r;                                   // pair weights from data/resolve.weights
//   Resolution res = r.resolve(items);           // items: every mention, in (document, ordinal) order
//   // res.cluster[i]: the incident of items[i]; res.links[i]: why it is there
//
// How (docs/architecture.md has the whole rule):
//   1. Candidates by blocking, never all pairs: two main reports are compared only when they share a rare
//      name (a word of at most `max_posting` documents) or a person's full name, name the same city within
//      a week, or the same state on the same day.
//   2. Each candidate pair gets a score: a logistic model over the pair's features (names shared, weighted
//      by rarity; title overlap; days between publication and between incident dates; same or different
//      state, city, death toll; a shared victim name; full person names shared; the incident date of one
//      among the days the other names; different types; far apart) with weights trained on
//      the gun-violence dev data (`incidex train resolve`).
//   3. Main reports are clustered by average link: the best-scoring pairs first, two groups joining when the
//      mean score over all their pairs (a pair never compared counts `missing`) stays above `threshold`,
//      and never two reports of one document.
//   4. Reports named in passing (background) join a group of the same city and type whose date range
//      overlaps theirs, or group among themselves (same city and type, dates not in conflict); they never
//      join main reports on words alone, so a passing mention cannot pull an old attack into today's story.
// The result depends only on the set of items, not on the order they arrived in.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/record.h"
#include "resolve/keys.h"

namespace incidex {

// One mention as the resolver sees it.
struct ResolveItem {
  std::int64_t row = 0;           // mentions.id in the store (0 outside a store)
  std::string document;
  int ordinal = 0;                // 0 = the document's main incident
  Date published;                 // the document's publication date
  Mention mention;
  std::vector<std::string> names; // capitalised words: of the whole document (main), of its evidence (background)
  std::vector<std::string> title; // the document's title words (main only)
  std::vector<std::string> people;  // fuzzy keys of the full person names in the document (main only)
  std::vector<std::string> dates;   // ISO days the document names (main only)
};

// The item for mention `ordinal` of a document: a main mention compares the document's keys, a mention
// named in passing the capitalised words of its own evidence.
ResolveItem resolve_item(std::string document, int ordinal, const Date& published, Mention, const DocumentKeys&);

struct Resolution {
  std::vector<int> cluster;       // per item: the index of its group (0..groups-1), numbered in item order
  std::vector<Link> links;        // per item: the report it is most alike and why
  int groups = 0;
  std::size_t candidate_pairs = 0;
};

class Resolver {
 public:
  static constexpr int kFeatures = 37;
  using Features = std::array<double, kFeatures>;
  static const char* feature_name(int);

  struct Params {
    std::array<double, kFeatures> weights{};
    double threshold = 0;    // average-link stopping score
    double missing = -6;     // score of a pair of reports never compared
    int max_posting = 30;    // a name shared by more documents than this does not make candidates
  };
  Resolver();                         // data/resolve.weights
  explicit Resolver(Params);
  static Params read_params(const std::string& path);
  static void write_params(const Params&, const std::string& path, const std::string& header);
  const Params& params() const { return p_; }

  Resolution resolve(const std::vector<ResolveItem>&) const;

  // The candidate pairs of main items (i < j) with their features: for training and `incidex explain`.
  struct Pair {
    std::uint32_t a, b;
    Features x;
  };
  std::vector<Pair> candidate_pairs(const std::vector<ResolveItem>&) const;
  // Features of any pairs of items, given the whole set (its document frequencies).
  std::vector<Features> features(const std::vector<ResolveItem>&, const std::vector<std::pair<std::size_t, std::size_t>>&) const;
  double score(const Features&) const;
  // "shared rare names 4 (+2.1), same city (+0.7), …": the features that weighed most in a score.
  std::string reason(const Features&, int top = 3) const;

  struct Prepared;  // the items in the form pair scoring reads (resolver.cc)

 private:
  Params p_;
};

// Fits the logistic pair model (deterministic SGD) on labelled pairs; keeps the given threshold/missing.
Resolver::Params train_pair_model(const std::vector<Resolver::Pair>&, const std::vector<bool>& same,
                                  Resolver::Params start, int epochs = 20);

}  // namespace incidex
