// The analyse stage: one pass over a Document's clean text that finds everything the extractor needs —
// tokens and sentences, numbers, time expressions (resolved against the publication date) and places
// (resolved against the gazetteer) and names of people, organisations and places (trained tagger + groups). Analyser is thread-safe after construction; it loads its data once.
#pragma once
#include <unordered_set>
#include <vector>

#include "analyse/names.h"
#include "analyse/numbers.h"
#include "analyse/places.h"
#include "analyse/times.h"
#include "analyse/tokenizer.h"
#include "core/record.h"

namespace incidex {

struct Analysis {
  Tokens tokens;
  std::vector<Quantity> numbers;
  std::vector<TimeExpr> times;
  std::vector<PlaceMention> places;
  std::vector<NameSpan> names;
  // Each token's word class (analyse/word_classes.h), as the name tagger looked it up, for the stages that
  // read the classes too (the role tagger); WordClasses::kNone for a token outside every sentence, kNotShared
  // for one the tagger read in another spelling than Tokens::lower.
  std::vector<std::uint16_t> word_classes;
  std::uint32_t dateline_start = 0;  // byte offsets of the dateline [start, end) (end 0 if none)
  std::uint32_t dateline_end = 0;
};

class Analyser {
 public:
  Analyser();
  Analysis analyse(const Document&) const;
  const Tokenizer& tokenizer() const { return tokenizer_; }
  const NumberFinder& numbers() const { return numbers_; }
  const PlaceFinder& places() const { return places_; }
  const TimeFinder& times() const { return times_; }
  const NameFinder& names() const { return names_; }
  // a common English first name (lower case): first_names.txt
  bool first_name(const std::string& lower_word) const { return first_names_.count(lower_word) > 0; }

 private:
  Tokenizer tokenizer_;
  NumberFinder numbers_;
  TimeFinder times_;
  NameFinder names_;
  PlaceFinder places_;
  std::unordered_set<std::string> titles_;  // data/person_titles.tsv "before_name": a name follows them
  std::unordered_set<std::string> first_names_;  // first_names.txt (built from npm's human-names)
  std::unordered_set<std::string> speech_;  // data/speech_verbs.txt: a lone place name before one is a person's
};

}  // namespace incidex
