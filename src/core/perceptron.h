// The weights of a multi-class averaged perceptron over hashed features, shared by the classifiers that
// decide one thing per example (the role tagger's candidates, the victim scorer's people): a row of `L`
// floats per feature bucket, scoring by summing the rows of an example's features, training with
// averaging and a fixed seed (so a retrained model file is the same bytes), and loading from a model file
// (core/model_file.h). The name tagger, a sequence model, keeps its own.
//
// A model loaded from a file scores from the file's int16 weights themselves, in rows padded to a power of
// two (6 classes: 16 bytes) and aligned so that no row straddles a cache line: the role tagger's table is
// then 4 MB instead of 6 MB of floats, read at random. The sums are exact integers times the file's scale.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <stdexcept>
#include <vector>

#include "core/model_file.h"
#include "core/rows.h"

namespace incidex {

template <std::size_t L>
class Perceptron {
 public:
  explicit Perceptron(std::uint32_t buckets) : weights_(static_cast<std::size_t>(buckets) * L, 0.0f) {}

  // Where feature `f`'s row starts (to prefetch it before scoring).
  const void* row(std::uint32_t f) const {
    if (!q_.empty()) return q_.row(f);
    return &weights_[static_cast<std::size_t>(f) * L];
  }

  void scores(std::span<const std::uint32_t> feats, float* out) const {
    if (!q_.empty()) {
      std::int32_t sum[kLanes] = {};
      q_.add_all(sum, feats.data(), feats.size());
      for (std::size_t l = 0; l < L; ++l) out[l] = static_cast<float>(sum[l]) * scale_;
      return;
    }
    std::fill(out, out + L, 0.0f);
    for (auto f : feats) {
      const float* w = &weights_[static_cast<std::size_t>(f) * L];
      for (std::size_t l = 0; l < L; ++l) out[l] += w[l];
    }
  }

  // Trains from zero: on a wrong guess the true class's weights of every feature go up by one and the
  // guessed class's down by one (see `averaged` for the order and the averaging). `Example` has `feats` (a
  // range of buckets) and `truth` (a class below L). With `orders` above one, the weights are the mean of
  // that many such trainings, each over its own order of the examples (the first the order of one training):
  // a model the luck of one order moves less.
  template <typename Example>
  void train(const std::vector<Example>& data, int epochs, int orders = 1) {
    over_orders(orders, [&](unsigned seed) { train_once(data, epochs, seed); });
  }

  // A ranker (L == 1: one score per candidate): the best-scored of the candidates, each a range of buckets
  // (the first of equals).
  template <typename Candidates>
  std::size_t best(const Candidates& cands) const {
    static_assert(L == 1, "a ranker has one score per candidate");
    std::size_t pick = 0;
    float top = 0;
    for (std::size_t i = 0; i < cands.size(); ++i) {
      float s = 0;
      scores(cands[i], &s);
      if (i == 0 || s > top) top = s, pick = i;
    }
    return pick;
  }

  // Trains a ranker from zero: each example is a list of candidates (`cands`, each a range of buckets) and
  // the index of the right one (`truth`). On a wrong guess (best() is not the right one) the right
  // candidate's features go up by one and the guessed one's down by one.
  // With `orders` above one, the mean of that many trainings over their own orders, as train() does.
  template <typename Example>
  void train_ranking(const std::vector<Example>& data, int epochs, int orders = 1) {
    static_assert(L == 1, "a ranker has one score per candidate");
    over_orders(orders, [&](unsigned seed) {
      averaged(data.size(), epochs, seed, [&](std::size_t k, auto&& add) {
        const Example& ex = data[k];
        if (ex.truth >= ex.cands.size()) throw std::invalid_argument("perceptron: right candidate out of range");
        std::size_t guess = best(ex.cands);
        if (guess == ex.truth) return;
        for (auto f : ex.cands[ex.truth]) add(f, 1.0f);
        for (auto f : ex.cands[guess]) add(f, -1.0f);
      });
    });
  }

  // The weights a model file kept (the rest stay zero).
  void load(const ModelWeights& file) {
    const std::size_t buckets = weights_.size() / L;
    q_.assign(buckets);
    scale_ = file.scale;
    std::fill(weights_.begin(), weights_.end(), 0.0f);
    for (auto [k, q] : file.kept)
      if (k < weights_.size()) {
        weights_[k] = static_cast<float>(q) * file.scale;
        q_.row(k / L)[k % L] = q;
      }
  }
  const std::vector<float>& weights() const { return weights_; }

 private:
  static constexpr unsigned kSeed = 20261123;  // the first order's seed: a retrained model is the same bytes

  // `once(seed)` trains from zero over the order `seed` shuffles; with `orders` above one, the weights are the
  // mean of that many such trainings (the first the order of one training).
  template <typename Once>
  void over_orders(int orders, Once&& once) {
    if (orders <= 1) {
      once(kSeed);
      return;
    }
    std::vector<float> sum(weights_.size(), 0.0f);
    for (int r = 0; r < orders; ++r) {
      once(kSeed + static_cast<unsigned>(r));
      for (std::size_t k = 0; k < sum.size(); ++k) sum[k] += weights_[k];
    }
    for (std::size_t k = 0; k < sum.size(); ++k) weights_[k] = sum[k] / static_cast<float>(orders);
  }

  // One training of train(), over the order `seed` shuffles.
  template <typename Example>
  void train_once(const std::vector<Example>& data, int epochs, unsigned seed) {
    float score[L];
    averaged(data.size(), epochs, seed, [&](std::size_t k, auto&& add) {
      const Example& ex = data[k];
      std::size_t truth = ex.truth;
      if (truth >= L) throw std::invalid_argument("perceptron: class out of range");
      scores(ex.feats, score);
      std::size_t guess = static_cast<std::size_t>(std::max_element(score, score + L) - score);
      if (guess != truth)
        for (auto f : ex.feats) {
          std::size_t base = static_cast<std::size_t>(f) * L;
          add(base + truth, 1.0f);
          add(base + guess, -1.0f);
        }
    });
  }

  // Averaged training from zero: `epochs` passes over `n` examples in an order shuffled with `seed`;
  // `step(k, add)` looks at example k and calls add(weight index, delta) for each weight it moves. The
  // weights kept are the average over every step.
  template <typename Step>
  void averaged(std::size_t n, int epochs, Step&& step) {
    averaged(n, epochs, kSeed, step);
  }
  template <typename Step>
  void averaged(std::size_t n, int epochs, unsigned seed, Step&& step) {
    std::fill(weights_.begin(), weights_.end(), 0.0f);
    q_.clear();  // training scores with the float weights it moves
    std::vector<float> totals(weights_.size(), 0.0f);
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    std::mt19937 rng(seed);
    float c = 1;
    auto add = [&](std::size_t i, float delta) {
      weights_[i] += delta;
      totals[i] += delta * c;
    };
    for (int epoch = 0; epoch < epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (std::size_t k : order) {
        step(k, add);
        c += 1;
      }
    }
    for (std::size_t k = 0; k < weights_.size(); ++k) weights_[k] -= totals[k] / c;
  }

  static constexpr std::size_t kLanes = L <= 1 ? 1 : L <= 2 ? 2 : L <= 4 ? 4 : L <= 8 ? 8 : 16;
  static_assert(L <= 16, "up to 16 classes");

  std::vector<float> weights_;      // buckets * L: trained, or read from a file (then what save() writes)
  WeightRows<kLanes> q_;            // read from a file: the quantised weights, a row of kLanes a bucket
  float scale_ = 1;                 // weight = quantised value * scale_
};

}  // namespace incidex
