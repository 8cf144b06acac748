// A phrase lexicon read from a data/ file: lower-case phrases of up to 6 words, each with the remaining
// tab-separated columns of its line. Matching is on whole tokens, longest phrase first.
// Thread-safe after construction.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyse/tokenizer.h"
#include "core/hash.h"

namespace incidex {

class Lexicon {
 public:
  using Row = std::vector<std::string>;  // the columns after the phrase
  explicit Lexicon(const std::string& data_name);  // a file in data/; '#' lines are comments
  // The longest phrase starting at token i (within [i, end)); returns its row and sets `len` (tokens).
  const Row* match(const Tokens&, std::uint32_t i, std::uint32_t end, std::uint32_t& len) const;
  const Row* find(const std::string& phrase) const;
  std::size_t size() const { return rows_.size(); }

 private:
  StringMap<Row> rows_;
  StringSet first_words_;  // words a phrase starts with: match() gives up at once on others
  StringSet prefixes_;     // every beginning of a phrase that a longer phrase goes on from ("shot", "shot and")
  std::vector<std::uint64_t> first_bits_ = std::vector<std::uint64_t>(kBits / 64, 0);  // first words' hashes
  static constexpr std::size_t kBits = 1 << 14;
  std::size_t max_words_ = 1;
};

}  // namespace incidex
