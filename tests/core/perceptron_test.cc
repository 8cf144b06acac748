#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <vector>

#include "core/model_file.h"
#include "core/perceptron.h"
#include "core/rows.h"

using namespace incidex;

namespace {
struct Item {
  std::vector<std::uint32_t> feats;
  std::uint8_t truth;
};
}  // namespace

// A model read back from its file scores from the file's int16 weights; the scores must be the trained
// float scores up to the quantisation step, and the classes the same.
TEST(Perceptron, AModelReadFromItsFileScoresAsTrained) {
  constexpr std::uint32_t kBuckets = 64;
  std::vector<Item> data;
  for (std::uint32_t k = 0; k < 300; ++k) {
    std::uint8_t truth = static_cast<std::uint8_t>(k % 6);
    data.push_back({{truth * 7u % kBuckets, (k * 13u + truth) % kBuckets, 60u + truth % 4}, truth});
  }
  Perceptron<6> trained(kBuckets);
  trained.train(data, 5);
  const std::vector<std::string> labels = {"a", "b", "c", "d", "e", "f"};
  ModelFormat format{"test", "test", 1, 1, kBuckets, labels, "", ""};
  auto path = std::filesystem::temp_directory_path() / "incidex-perceptron-test.model";
  write_model(path.string(), format, trained.weights(), 0, {}, "test");
  Perceptron<6> loaded(kBuckets);
  loaded.load(read_model(path.string(), format));
  std::filesystem::remove(path);

  float largest = 0;
  for (float w : trained.weights()) largest = std::max(largest, std::fabs(w));
  const float step = largest / 32767;
  int agree = 0;
  for (const Item& it : data) {
    float a[6], b[6];
    trained.scores(it.feats, a);
    loaded.scores(it.feats, b);
    for (int l = 0; l < 6; ++l) EXPECT_NEAR(a[l], b[l], step * it.feats.size()) << l;
    agree += std::max_element(a, a + 6) - a == std::max_element(b, b + 6) - b;
  }
  EXPECT_EQ(agree, static_cast<int>(data.size()));
  // The loaded model keeps the float weights too (what save() writes), and training again starts over from
  // them in floats.
  EXPECT_EQ(loaded.weights().size(), trained.weights().size());
  loaded.train(data, 5);
  EXPECT_EQ(loaded.weights(), trained.weights());
}

// The row sums (core/rows.h) keep each weight's sign and lane, in rows of eight lanes and more and in the
// plain loop for shorter ones.
TEST(Perceptron, RowSumsKeepSignAndLane) {
  std::int16_t row[16];
  for (int l = 0; l < 16; ++l) row[l] = static_cast<std::int16_t>((l % 2 ? -1 : 1) * (32767 - l * 1000));
  std::int32_t sum16[16] = {}, sum8[8] = {}, sum4[4] = {};
  for (int k = 0; k < 3; ++k) {
    add_row<16>(sum16, row);
    add_row<8>(sum8, row);
    add_row<4>(sum4, row);
  }
  for (int l = 0; l < 16; ++l) EXPECT_EQ(sum16[l], 3 * row[l]) << l;
  for (int l = 0; l < 8; ++l) EXPECT_EQ(sum8[l], 3 * row[l]) << l;
  for (int l = 0; l < 4; ++l) EXPECT_EQ(sum4[l], 3 * row[l]) << l;
}

// Many rows summed at once (add_rows(), the sums kept in registers) come to what they come to one by one,
// onto sums that were not zero, for each row width.
TEST(Perceptron, RowsSummedAtOnceAsOneByOne) {
  std::vector<std::int16_t> base(16 * 5);
  for (std::size_t k = 0; k < base.size(); ++k) base[k] = static_cast<std::int16_t>((k % 3 ? -1 : 1) * (30000 - 377 * static_cast<int>(k)));
  const std::uint32_t rows[] = {4, 0, 2, 2, 3};
  auto check = [&](auto lanes) {
    constexpr std::size_t L = decltype(lanes)::value;
    std::int32_t at_once[L], one_by_one[L];
    for (std::size_t l = 0; l < L; ++l) at_once[l] = one_by_one[l] = 1000 * static_cast<std::int32_t>(l) - 7000;
    add_rows<L>(at_once, base.data(), rows, 5);
    for (auto r : rows) add_row<L>(one_by_one, base.data() + r * L);
    for (std::size_t l = 0; l < L; ++l) EXPECT_EQ(at_once[l], one_by_one[l]) << L << " lanes, lane " << l;
  };
  check(std::integral_constant<std::size_t, 16>{});
  check(std::integral_constant<std::size_t, 8>{});
  check(std::integral_constant<std::size_t, 2>{});
}

// Training over one order is the plain training; over two, the weights are the mean of two trainings in
// different orders, and so not the first order's alone.
TEST(Perceptron, TrainingOverSeveralOrdersAveragesTheirWeights) {
  constexpr std::uint32_t kBuckets = 32;
  std::vector<Item> data;
  for (std::uint32_t k = 0; k < 200; ++k) {
    std::uint8_t truth = static_cast<std::uint8_t>((k * 7) % 3);
    data.push_back({{k % kBuckets, (k * 5u + truth) % kBuckets}, truth});
  }
  Perceptron<3> one(kBuckets), once(kBuckets), two(kBuckets), two_again(kBuckets);
  one.train(data, 4);
  once.train(data, 4, 1);
  EXPECT_EQ(once.weights(), one.weights());
  two.train(data, 4, 2);
  EXPECT_NE(two.weights(), one.weights());
  two_again.train(data, 4, 2);  // the orders are fixed: the same weights again
  EXPECT_EQ(two_again.weights(), two.weights());
}

// The same for a ranker: one order is the plain training, two the mean of two (and the same again), and the
// mean still ranks a candidate list that one feature decides.
TEST(Perceptron, RankingOverSeveralOrdersAveragesTheirWeights) {
  constexpr std::uint32_t kBuckets = 64;
  struct List {
    std::vector<std::vector<std::uint32_t>> cands;
    std::size_t truth;
  };
  std::vector<List> data;
  for (std::uint32_t k = 0; k < 120; ++k) {
    List l;
    const std::size_t n = 2 + k % 3;
    l.truth = (k * 5) % n;
    for (std::size_t c = 0; c < n; ++c)
      l.cands.push_back({static_cast<std::uint32_t>((k + 3 * c) % 40), c == l.truth ? 63u : static_cast<std::uint32_t>(41 + (k + c) % 20)});
    data.push_back(std::move(l));
  }
  Perceptron<1> one(kBuckets), once(kBuckets), two(kBuckets), two_again(kBuckets);
  one.train_ranking(data, 4);
  once.train_ranking(data, 4, 1);
  EXPECT_EQ(once.weights(), one.weights());
  two.train_ranking(data, 4, 2);
  EXPECT_NE(two.weights(), one.weights());
  two_again.train_ranking(data, 4, 2);
  EXPECT_EQ(two_again.weights(), two.weights());
  std::size_t right = 0;
  for (auto& l : data) right += two.best(l.cands) == l.truth;
  EXPECT_EQ(right, data.size());
}
