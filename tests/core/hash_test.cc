#include <gtest/gtest.h>

#include <string>

#include "core/hash.h"

using namespace incidex;

// The bit filter in front of the table must never turn away a word that is in the set, however large the
// set grows (the filter is rebuilt as it does).
TEST(StringSet, FindsEveryWordItHoldsAndNoOther) {
  StringSet set = {"shot", "killed"};
  EXPECT_TRUE(set.contains("shot"));
  EXPECT_EQ(set.count("killed"), 1u);
  EXPECT_FALSE(set.contains("shots"));
  EXPECT_FALSE(set.contains(""));
  EXPECT_TRUE(set.find("wounded") == set.end());
  EXPECT_FALSE(set.insert("shot"));  // already there
  std::string phrase = "new mexico";
  EXPECT_TRUE(set.emplace(std::string_view(phrase).substr(0, 3)));
  EXPECT_TRUE(set.contains("new"));
  for (int i = 0; i < 5000; ++i) set.insert("word" + std::to_string(i));
  EXPECT_EQ(set.size(), 5003u);
  int found = 0, strays = 0;
  for (int i = 0; i < 5000; ++i) found += set.contains("word" + std::to_string(i));
  for (int i = 5000; i < 10000; ++i) strays += set.contains("word" + std::to_string(i));
  EXPECT_EQ(found, 5000);
  EXPECT_EQ(strays, 0);
  EXPECT_EQ(*set.find("word42"), "word42");
  // given the tokenizer's 32-bit hash of the word instead, the same answers
  for (int i = 0; i < 10000; ++i) {
    std::string w = "word" + std::to_string(i);
    EXPECT_EQ(set.contains(w, static_cast<std::uint32_t>(FnvHash{}(w))), set.contains(w)) << w;
  }
}

// Counts of keys, whatever their value (0 and the largest included), past many collisions of their slots.
TEST(KeyCounts, CountsEachKeyApart) {
  KeyCounts counts;
  counts.reset(3);
  EXPECT_EQ(counts.add(0), 1u);
  EXPECT_EQ(counts.add(UINT32_MAX), 1u);
  EXPECT_EQ(counts.add(0), 2u);
  EXPECT_EQ(counts.count(0), 2u);
  EXPECT_EQ(counts.count(7), 0u);
  counts.reset(1000);
  EXPECT_EQ(counts.count(0), 0u) << "reset clears";
  for (std::uint32_t k = 0; k < 1000; ++k)
    for (std::uint32_t n = 0; n <= k % 3; ++n) counts.add(k * 1024);
  for (std::uint32_t k = 0; k < 1000; ++k) EXPECT_EQ(counts.count(k * 1024), k % 3 + 1) << k;
}
