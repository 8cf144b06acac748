// Names of people, organisations, places and nationalities: a sequence tagger the project trains itself
// (an averaged perceptron over hand-written features, greedy left-to-right with the previous tags as
// features), plus data/groups.tsv, the armed groups and security bodies with their aliases.
//
//   NameTagger tagger;                                  // loads data/ner.model (see `incidex train ner`)
//   std::vector<std::string> tags = tagger.tag(words, caseless);   // "B-per", "I-per", "O", ...
//
// The model is trained on the GMB sentences (every fifth sentence held out for evaluation), each sentence
// seen as written and, one in three, in lower case, so ALL-CAPS wire copy and lower-case blogs are tagged
// with the case features switched off. Model files carry a format version and refuse others.
// NameTagger is thread-safe after construction; training is single-threaded.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/lexicon.h"
#include "analyse/tokenizer.h"
#include "core/model_file.h"
#include "core/rows.h"

namespace incidex {

struct NameSpan {
  std::uint32_t first = 0, last = 0;  // token range
  std::string type;                   // per, org, geo, gpe
  std::string canonical;              // for groups from data/groups.tsv: the canonical name
  std::string kind;                   // for groups: armed (may be a perpetrator) or state; for a person: credit (a photo's)
};

class NameTagger {
 public:
  static constexpr int kFormatVersion = 1;   // layout of the model file
  // bump whenever features() changes, or how a model is trained and read: old models are then refused
  // (4: trained on whole sentences with a beam, and read with one; a greedily trained model read with a
  // beam falls to an F1 of 2; 5: the word classes of data/word_classes.tsv, whose fingerprint the model
  // records)
  static constexpr int kFeatureVersion = 5;
  static constexpr std::size_t kBeam = 2;  // label sequences kept, in training and in tagging
  static constexpr std::uint32_t kBuckets = 1u << 18;  // hashed feature buckets
  static constexpr std::size_t kRow = 16;  // int16 weights a feature row in memory (the labels, padded): 32 bytes

  NameTagger();                               // empty model (for training)
  explicit NameTagger(const std::string& model_path);
  static const NameTagger& shared();          // data/ner.model, loaded once

  // Tags a sentence given as words. `caseless`: the text carries no case information. `truecased`: its
  // case is the Truecaser's guess, so a word in lower case may yet be in a name.
  std::vector<std::string> tag(const std::vector<std::string_view>& words, bool caseless, bool truecased = false) const;
  // The same as indices into labels().
  // `classes`, if given, gets each word's class (WordClasses) as the tagger looked it up, one a word.
  std::vector<std::uint8_t> tag_ids(const std::vector<std::string_view>& words, bool caseless, bool truecased = false,
                                    std::uint16_t* classes = nullptr) const;

  // Training: examples are sentences with gold tags; `epochs` passes; weights are averaged.
  struct Example {
    std::vector<std::string> words, tags;
  };
  void train(const std::vector<Example>& data, int epochs, const std::string& description);
  void save(const std::string& path) const;  // gzip-compressed, pruned, quantised (core/model_file.h)
  const std::string& description() const { return description_; }
  const std::vector<std::string>& labels() const { return labels_; }

 private:
  static ModelFormat file_format();
  // Per-sentence values the features read, computed once per token: hashes of the lower-case word, its
  // shape, its 1-3 letter prefixes and suffixes; gazetteer bits of the word and of the word with the next.
  struct Prepared {
    std::vector<std::uint32_t> w, shape;
    std::vector<std::array<std::uint32_t, 3>> pre, suf;
    std::vector<std::uint8_t> gz, gz_next;
    std::vector<std::uint8_t> lowish;  // news prose writes the word in lower case (Truecaser)
    std::vector<std::uint16_t> cls;    // the word's class (WordClasses), WordClasses::kNone if it has none
    bool caseless = false;
  };
  void prepare(const std::vector<std::string_view>& words, bool caseless, Prepared&) const;
  void features(const Prepared&, std::size_t i, int prev, int prev2, std::vector<std::uint32_t>& out) const;
  // The two parts of features(): those that read the previous labels, and those that read only words.
  void label_features(const Prepared&, std::size_t i, int prev, int prev2, std::vector<std::uint32_t>& out) const;
  void word_features(const Prepared&, std::size_t i, std::vector<std::uint32_t>& out) const;

  std::vector<std::string> labels_;
  std::vector<float> weights_;          // kBuckets * labels, while training
  WeightRows<kRow> qrows_;              // the same, quantised as in the model file, when loaded from one
  float scale_ = 1;                     // qrows_ * scale_ = weights
  std::string description_;
};

// Truecasing for text without capitals (wire copy in capitals, lower-cased feeds): a word news prose writes
// in lower case (data/lowercase_words.txt, made by tools/make-truecase.py) is lower-cased, any other word
// capitalised, so the tagger reads it like ordinary prose.
class Truecaser {
 public:
  Truecaser();
  static const Truecaser& shared();
  std::string apply(std::string_view word) const;
  // Whether news prose writes this (lower-case) word in lower case: a capital on it is the sentence's.
  bool usually_lower(std::string_view lower_word) const { return lower_.find(lower_word) != lower_.end(); }
  // The same, given the word's 32-bit FNV-1a hash as the tagger has it already: a probe or two of a flat
  // table, the words compared only where the hashes are equal.
  bool usually_lower(std::string_view lower_word, std::uint32_t fnv32) const;

 private:
  StringSet lower_;
  std::vector<std::string> words_;     // the same words, for the table below
  std::vector<std::uint32_t> slots_;   // open addressing on their hash: 1 + index into words_, 0 empty
  std::vector<std::uint32_t> hashes_;  // the hash of each slot's word
};

// Finds names in a tokenised text: the tagger's spans, and groups from data/groups.tsv (which win).
class NameFinder {
 public:
  NameFinder();
  // `classes`, if given, is set to each token's word class, as the tagger looked them up (Analysis::word_classes).
  std::vector<NameSpan> find(const Tokens&, std::string_view text, std::vector<std::uint16_t>* classes = nullptr) const;
  // A word never part of a person's name (data/not_name_words.txt), lower case: "street", "police".
  bool not_name_word(std::string_view lower_word) const { return not_name_words_.contains(lower_word); }
  // A word that may be part of a person's name: capitalised, not all capitals, no word prose writes in lower
  // case (unless `common_too`: a surname after a first name, "Price", "Black"), no name's word
  // (data/not_name_words.txt), no day or month.
  bool name_word(const Tokens&, std::uint32_t i, bool common_too = false) const;

 private:
  // People an age beside them tells of ("Leander Williams, 17," or "14-year-old Jamyha Luss"): two to four
  // capitalised words the tagger took for a place or an organisation, left out, or cut short after the
  // first name, are one person's name.
  void people_by_age(const Tokens&, std::string_view text, const Sentence&, std::vector<NameSpan>& spans) const;
  // A surname the tagger left out at the end of a sentence ("identified as Carter Epps.") is the name's.
  void surname_at_sentence_end(const Tokens&, const Sentence&, std::vector<NameSpan>& spans) const;
  // The words the tagger left out before a person's name: the name words before a suffix it tagged alone
  // ("Croshian Xaviere-Romaine Edwards" + "Jr."), and a sentence's first word before a name it tagged from
  // the second ("Aiden" + "Michael McClendon was shot").
  void words_before(const Tokens&, const Sentence&, std::vector<NameSpan>& spans) const;
  // A nickname in quotes between a first name and a surname ('Takeeya "KeKe" Fulton') is in the name.
  void nicknames(const Tokens&, std::string_view text, const Sentence&, std::vector<NameSpan>& spans) const;
  // A surname with its particles and the name words after them ("Juan de la Fuente"), which the tagger,
  // having seen few, cuts after the first name, is in the person's name; and a street's "St." after its
  // number is not the start of the name after it ("N. 57th St. Jamel E. Jenkins").
  void particles(const Tokens&, const Sentence&, std::vector<NameSpan>& spans) const;
  // A person's surname written alone ("Destiny Nelson ... Nelson died"), which the tagger left out or took
  // for an organisation, is that person's name.
  void surnames_alone(const Tokens&, std::vector<NameSpan>& names) const;

  const NameTagger& tagger_;
  Lexicon groups_;
  StringSet not_name_words_;  // data/not_name_words.txt
};

// Chunk-level precision/recall/F1 of BIO tag sequences, per type (exact spans), as conlleval counts them.
struct ChunkCounts {
  std::uint64_t correct = 0, predicted = 0, gold = 0;
};
void count_chunks(const std::vector<std::string>& gold, const std::vector<std::string>& predicted,
                  std::map<std::string, ChunkCounts>& per_type);

}  // namespace incidex
