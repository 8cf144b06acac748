// Numbers and quantities: digits ("16", "1,200") and number words ("seven", "twenty-one", "a dozen"),
// with hedges ("at least 16", "more than 20", "about", "up to") and ranges ("two to three" keeps the
// lower bound and says so). Ages ("a 12-year-old", "35, died"), years, times of day, calibres
// (".45-caliber", "AR-15"), phone numbers and addresses are marked as not counts. Thread-safe.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyse/tokenizer.h"
#include "core/hash.h"

namespace incidex {

struct Quantity {
  std::uint32_t first = 0, last = 0;  // token range of the number itself (hedge included)
  int value = 0;
  std::string qualifier;  // "", "at least", "more than", "about", "up to", "range", "vague"
  bool count = true;      // false for ages, years, times, calibres, addresses, phone numbers
  bool article = false;   // "a"/"an" (value 1): a count only when the extractor says so
  bool multiple = false;  // "double", "triple": a count only of the event word right after ("double shooting")
  bool joined = false;    // ... written in the same word after a hyphen ("triple-murder"): first + 1 == last
};

// How many digits open a number written as an ordinal, "20th", "1st", "42nd", "3rd" (2, 1, 2, 1); 0 for any other
// word.
inline std::size_t ordinal_digits(std::string_view w) {
  std::size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  if (d == 0 || d + 2 != w.size()) return 0;
  const std::string_view suffix = w.substr(d);
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" ? d : 0;
}

// A word that gives someone's age in years or months: "12-year-old", "Nineteen-year-old", "9-month-old".
inline bool is_age_word(std::string_view lower_word) {
  return lower_word.ends_with("-year-old") || lower_word.ends_with("-month-old");
}

class NumberFinder {
 public:
  // The kinds of data/number_words.tsv (its header says what each is).
  enum class Kind { unit, ten, scale, vague, article, multiple, none };
  NumberFinder();  // loads data/number_words.tsv and data/not_counts.tsv
  std::vector<Quantity> find(const Tokens&, std::string_view text) const;
  // Value of one number word, or -1.
  int word_value(std::string_view lower_word) const;

 private:
  int hyphenated_value(std::string_view lower_word) const;  // "twenty-one": -1 when not two number words
  struct Word { int value; Kind kind; };
  const Word* multiple_before_hyphen(std::string_view lower_word) const;  // "triple-murder": triple's row
  WordMap<Word> words_;  // a token's look-up: words_.find(lower, Tokens::hash)
  // words that make the number beside them no count (data/not_counts.tsv): before it, after it
  StringSet not_before_, not_after_;
};

}  // namespace incidex
