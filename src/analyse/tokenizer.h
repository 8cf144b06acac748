// One tokenizer for all of incidex: words, numbers and punctuation with byte offsets into the clean
// text, and sentences. Initials and abbreviations ("M. K. Kariyev", "Capt.", "11 a.m.", "U.S.") stay
// one token and do not end a sentence; a line break always ends one (the clean stage puts one
// paragraph or headline per line). Thread-safe after construction.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/hash.h"

namespace incidex {

struct Token {
  std::uint32_t start = 0, end = 0;  // byte offsets into the text
  enum Kind : std::uint8_t { word, number, punct } kind = word;
  bool cap = false;    // starts with an upper-case letter
  bool upper = false;  // all letters upper case (and at least two letters)
  std::string_view text(std::string_view doc) const { return doc.substr(start, end - start); }
};

struct Sentence {
  std::uint32_t first = 0, last = 0;  // token range [first, last)
  std::uint32_t start = 0, end = 0;   // byte range in the text
};

struct Tokens {
  std::vector<Token> tokens;
  std::vector<std::string> lower;  // each token in ASCII lower case, ’ written ', made once for every stage
  std::vector<std::uint32_t> hash;  // token_hash (core/hash.h) of each lower token: the word tables look tokens up by it
  std::vector<Sentence> sentences;
  bool caseless = false;  // the text is (nearly) all lower or all upper case: capitals carry no signal

  // The sentence holding token `tok` (0 before the first).
  std::uint32_t sentence_of(std::uint32_t tok) const {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), tok, [](std::uint32_t v, const Sentence& s) { return v < s.first; });
    return static_cast<std::uint32_t>(it == sentences.begin() ? 0 : it - sentences.begin() - 1);
  }
  // The sentence holding byte `offset` of the text (0 before the first).
  std::uint32_t sentence_at(std::uint32_t offset) const {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](std::uint32_t v, const Sentence& s) { return v < s.start; });
    return static_cast<std::uint32_t>(it == sentences.begin() ? 0 : it - sentences.begin() - 1);
  }
  // The token holding byte `offset` of the text, else the first after it (tokens.size() past the last).
  std::uint32_t token_at(std::uint32_t offset) const {
    return static_cast<std::uint32_t>(
        std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.end <= offset; }) - tokens.begin());
  }
  // A token as a trained model's feature value: numbers are one word ("35" and "19" both say "a number
  // here"); 2 outside [lo, hi) (past the sentence).
  std::uint32_t feature_word(std::int64_t i, std::uint32_t lo = 0, std::uint32_t hi = UINT32_MAX) const {
    if (i < lo || i >= hi || i >= static_cast<std::int64_t>(tokens.size())) return 2;
    return tokens[static_cast<std::size_t>(i)].kind == Token::number ? 1 : fnv32(lower[static_cast<std::size_t>(i)]);
  }
};

class Tokenizer {
 public:
  Tokenizer();  // loads data/abbreviations.txt
  Tokens tokenize(std::string_view text) const;

 private:
  std::unordered_set<std::string> abbreviations_;
};

// Lower-cases ASCII letters; other bytes are kept.
std::string ascii_lower(std::string_view);
// Whether Tokens::lower writes a token otherwise than ascii_lower(text): "’" as "'" (shorter), a number's
// spaces as hyphens ("17 year old" as "17-year-old"). `lower` is the token's Tokens::lower. (The two
// respellings are made at the end of Tokenizer::tokenize.)
inline bool respelled_in_lower(std::string_view text, std::string_view lower) {
  return lower.size() != text.size() ||
         (!lower.empty() && lower[0] >= '0' && lower[0] <= '9' && text.find(' ') != std::string_view::npos);
}
// A lower-case token that is an initial: one letter and a full stop ("e.", of "Jamel E. Jenkins").
inline bool is_initial(std::string_view lower_word) { return lower_word.size() == 2 && lower_word[1] == '.'; }
// A lower-case word that follows a person's name to tell a generation ("jr.", "sr", "iii"; the full stop
// optional): kJunior, kSenior, kNumeral, or kNotSuffix (0) if it is none.
enum NameSuffix { kNotSuffix = 0, kJunior = 1, kSenior = 2, kNumeral = 3 };
inline NameSuffix name_suffix(std::string_view lower_word) {
  if (lower_word.ends_with('.')) lower_word.remove_suffix(1);
  if (lower_word == "jr") return kJunior;
  if (lower_word == "sr") return kSenior;
  return lower_word == "ii" || lower_word == "iii" || lower_word == "iv" ? kNumeral : kNotSuffix;
}
// A lower-case token that ends with a possessive "'s" or "’s" ("malone's").
inline bool ends_possessive(std::string_view lower_word) {
  return lower_word.ends_with("'s") || lower_word.ends_with("\xE2\x80\x99s");
}
// The same word without that ending ("malone's": "malone"); a word without one as it is.
inline std::string_view without_possessive_s(std::string_view lower_word) {
  if (lower_word.ends_with("'s")) lower_word.remove_suffix(2);
  else if (lower_word.ends_with("\xE2\x80\x99s")) lower_word.remove_suffix(4);
  return lower_word;
}

}  // namespace incidex
