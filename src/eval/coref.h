// Cross-document coreference scores of a clustering against gold clusters: MUC (link-based), B³
// (item-based), CEAF-e (entity-based, with φ4 similarity and an optimal one-to-one alignment) and CoNLL
// (their mean F1). Items are strings (document ids). Items of the gold that the response lacks are added
// to it as singletons, and response items the gold lacks are dropped, so both cover the same items.
#pragma once
#include <string>
#include <vector>

namespace incidex::eval {

using Clusters = std::vector<std::vector<std::string>>;

struct PRF {
  double p = 0, r = 0, f = 0;
};
inline double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

struct CorefScores {
  PRF muc, b3, ceafe;
  double conll = 0;  // mean of the three F1, in [0, 1]
};

CorefScores score_coref(const Clusters& gold, Clusters response);

}  // namespace incidex::eval
