// Word classes learnt from plain text: words that stand in the same neighbourhoods ("Kariyev" and "Smith"
// after "said", "Taraz" and "Denver" after "in") share a class, so the name and role taggers can read a
// word their training never had by the company it keeps in news at large.
//
// The classes are those of a class bigram model, P(w_i | w_i-1) = P(c_i | c_i-1) P(w_i | c_i), fitted by the
// exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): each word in turn moves to the
// class where the text is likeliest, until a pass moves few. Words are read in ASCII lower case with every
// digit written 0, so the classes serve text without capitals too.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/hash.h"

namespace incidex {

class WordClasses {
 public:
  // No classes: of() answers kNone for every word.
  WordClasses() = default;
  // Reads a classes file (tab-separated word, class; '#' lines are comments). Throws std::runtime_error
  // if it cannot be read or a row is malformed.
  static WordClasses load(const std::string& path);
  // The project's classes, data/word_classes.tsv, read once.
  static const WordClasses& shared();

  static constexpr std::uint16_t kNone = 0xffff;
  // In Analysis::word_classes: a token the name tagger read in another spelling than the tokenizer's lower case
  // ("’" for "'", "17 year old" for "17-year-old"), whose class is looked up again by who needs it.
  static constexpr std::uint16_t kNotShared = 0xfffe;
  // The class of a word as written (it is normalised here), kNone for a word the classes do not hold.
  std::uint16_t of(std::string_view word) const;
  // The same for a word in ASCII lower case whose token_hash (core/hash.h) is known, as the tokenizer
  // gives both (Tokens::lower, Tokens::hash): a probe or two of a flat table, no string made.
  std::uint16_t of_lower(std::string_view lower_word, std::uint32_t hash) const;
  std::size_t size() const { return class_of_.size(); }
  int classes() const { return classes_; }
  // A digest of the words and their classes (16 hex digits): a model trained with one set of classes
  // records it in its file's header field kModelField and refuses another.
  const std::string& fingerprint() const { return fingerprint_; }
  static constexpr const char* kModelField = "word_classes";
  // Throws std::runtime_error unless a model file's header `fields` record this fingerprint: the model at
  // `model_path` was trained with other classes (or none) and `retrain` must be run.
  void check_trained_with(const std::string& model_path, const std::map<std::string, std::string>& fields,
                          const std::string& retrain) const;
  // The form a word is learnt and looked up under: ASCII lower case, digits as 0.
  static std::string key(std::string_view word);

  struct LearnOptions {
    int classes = 256;
    int min_count = 3;   // rarer words share one fixed class with each other
    int passes = 12;     // at most; learning stops sooner when a pass moves fewer than 0.1 % of the words
    std::function<void(int pass, std::size_t moved, double log_likelihood)> on_pass;
  };
  // Learns classes from sentences of words (as written). Deterministic for the same input.
  static WordClasses learn(const std::vector<std::vector<std::string>>& sentences, const LearnOptions& options);
  // Writes the classes file: a comment line `header`, then one word and its class a line, commonest word first.
  void write(const std::string& path, const std::string& header) const;

 private:
  void make_fingerprint();  // fingerprint_ from class_of_
  WordMap<std::uint16_t> class_of_;  // each word's class, the words commonest first (as write() lists them)
  std::string fingerprint_;
  int classes_ = 0;
};

}  // namespace incidex
