// A phrase lexicon read from a data/ file: lower-case phrases of up to 6 words, each with the remaining
// tab-separated columns of its line. Matching is on whole tokens, longest phrase first.
//
// match() builds no strings: each phrase, and each beginning of one that a longer phrase goes on from, is
// keyed in a flat table by its words' hashes combined (the tokenizer's hash of each lower-case token), and a
// phrase found there is compared with the tokens word by word.
// Thread-safe after construction.
#pragma once
#include <cstdint>
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
  // Asked of nearly every token by several lexicons: a token no phrase starts with is turned away here, on
  // the tokenizer's hash, without a call.
  const Row* match(const Tokens& tk, std::uint32_t i, std::uint32_t end, std::uint32_t& len) const {
    if (i >= end || i >= tk.lower.size()) return nullptr;
    if (tk.hash.size() == tk.lower.size() && !first_words_.may_hold(tk.hash[i])) return nullptr;
    return match_from(tk, i, end, len);
  }
  const Row* find(const std::string& phrase) const;
  std::size_t size() const { return rows_.size(); }

 private:
  // A phrase, or a beginning of one that a longer phrase goes on from ("shot", "shot and"), or both.
  struct Entry {
    std::uint64_t key = 0;                // the words' hashes combined (words_key)
    const std::string* phrase = nullptr;  // the phrase and its row, when these words are one
    const Row* row = nullptr;
    bool goes_on = false;                 // a longer phrase begins with these words
  };
  const Row* match_from(const Tokens&, std::uint32_t i, std::uint32_t end, std::uint32_t& len) const;
  static std::uint64_t words_key(std::uint64_t key, std::uint32_t word_hash);
  const Entry* entry(std::uint64_t key) const;
  Entry& add_entry(std::uint64_t key);

  StringMap<Row> rows_;
  std::vector<Entry> table_;  // open addressing; an entry with neither phrase nor goes_on is empty
  HashFilter first_words_;  // the hashes of the words phrases start with
  std::size_t max_words_ = 1;
};

}  // namespace incidex
