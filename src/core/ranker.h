// A ranking model over hashed features: scores each candidate of a decision (the days an article names,
// the counts it gives) and takes the best. A Perceptron<1> trained with train_ranking, kept in a model file
// (core/model_file.h) with one label, "score". The extractor's date and place choosers are rankers with
// their own features and model files (extract/when.h, extract/where.h).
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/model_file.h"
#include "core/perceptron.h"

namespace incidex {

// For the choosers' features: a sentence's distance from the incident's first sentence, bucketed as far
// before, just before, it, 1, 2, 3, 4-8, farther (0..7).
inline std::uint32_t sentence_distance(std::int32_t d) {
  if (d < -3) return 0;
  if (d < 0) return 1;
  if (d <= 3) return 2 + static_cast<std::uint32_t>(d);
  return d <= 8 ? 6 : 7;
}

class Ranker {
 public:
  // trainings over that many orders of the examples, their weights averaged (core/perceptron.h): with one
  // order the held-out date figure moved by several articles with any change to the sentences the choosers read
  // (gva-news held out, tools/cv-gva.sh: dates 2298 -> 2314 of 3031, cities 2453 -> 2460, states 2783 -> 2786)
  static constexpr int kOrders = 8;
  struct Example {
    std::vector<std::vector<std::uint32_t>> cands;
    std::size_t truth = 0;  // the right candidate
  };
  // An empty model (for training), or the one in `path` (throws std::runtime_error naming what is wrong).
  explicit Ranker(ModelFormat format) : format_(std::move(format)), model_(format_.buckets) {}
  Ranker(ModelFormat format, const std::string& path) : Ranker(std::move(format)) {
    ModelWeights file = read_model(path, format_);
    description_ = file.description;
    model_.load(file);
  }
  float score(std::span<const std::uint32_t> feats) const {
    float s = 0;
    model_.scores(feats, &s);
    return s;
  }
  // The best-scored candidate (the first of equals).
  std::size_t best(const std::vector<std::vector<std::uint32_t>>& cands) const { return model_.best(cands); }
  void train(const std::vector<Example>& data, int epochs, const std::string& description) {
    model_.train_ranking(data, epochs, kOrders);
    description_ = description;
  }
  void save(const std::string& path) const { write_model(path, format_, model_.weights(), 4, {}, description_); }
  const std::string& description() const { return description_; }

 private:
  ModelFormat format_;
  Perceptron<1> model_;
  std::string description_;
};

}  // namespace incidex
