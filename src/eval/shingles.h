// Article-body extraction score (the article-extraction-benchmark's definition): per page the gold and
// the extracted body are cut into word 4-grams (\w+ tokens, Unicode letters, digits and '_'); true and
// false positives and false negatives are counted over the 4-gram multisets and normalised to sum 1 per
// page; precision and recall are averaged over pages, and F1 is their harmonic mean.
#pragma once
#include <string>
#include <string_view>

#include "eval/coref.h"

namespace incidex::eval {

struct PageCounts {
  double tp = 0, fp = 0, fn = 0;  // normalised to sum 1 (all 0 if both texts have no 4-gram)
};
PageCounts shingle_counts(std::string_view gold, std::string_view predicted);

class ShingleScore {
 public:
  void add(std::string_view gold, std::string_view predicted);
  PRF score() const;
  std::size_t pages() const { return pages_; }

 private:
  double p_sum_ = 0, r_sum_ = 0;
  std::size_t pages_ = 0;
};

}  // namespace incidex::eval
