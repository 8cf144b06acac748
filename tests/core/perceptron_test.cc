#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <vector>

#include "core/model_file.h"
#include "core/perceptron.h"

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
