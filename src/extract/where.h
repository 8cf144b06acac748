// Which of the places an article names is its main incident's: a trained second opinion on the extractor's
// place rules.
//
// The rules (extract/extractor.cc) score each place by the sentence it is in (the incident's own, the ones
// that follow in its tense, the lead), its kind (a town or county over a state) and the story's region,
// then correct the pick by the state the story is filed from, a county's town and the headline's place.
// Where an article names several towns they still take the wrong one: a suburb the victim came from, the
// hospital's city, a surname read as a town, a homonym in another state beside a local dateline. This
// chooser sees every town and county the article names — every place each is written, in the text or the
// headline — and ranks them: its features are the words around each mention, whether it is the dateline or
// in the headline, how far its sentence is from the incident's first sentence and in which narrative time,
// the score the rules gave it, the place's kind and population, whether it lies in the story's dominant
// region and in the state the story is filed from, and how often and how early it is named. A ranking
// perceptron (core/ranker.h); the best-scored place is the incident's, also where the rules place the
// incident nowhere (the evidence says so).
//
// Trained on the gun-violence dev data (../shared/data/gva-news: each incident's city and state) by
// `incidex train places`; data/places.model, with tools/train-places.sh. Thread-safe after construction.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "analyse/tokenizer.h"
#include "core/ranker.h"

namespace incidex {

class PlaceChooser : public Ranker {  // best(), score(), train(), save(), description(); Ranker::Example
 public:
  static constexpr int kFormatVersion = 1;
  static constexpr int kFeatureVersion = 1;  // bump whenever the features change: old models are refused
  static constexpr std::uint32_t kBuckets = 1u << 16;

  PlaceChooser() : Ranker(file_format()) {}         // empty model (for training)
  explicit PlaceChooser(const std::string& model_path) : Ranker(file_format(), model_path) {}
  static const PlaceChooser& shared();         // data/places.model, loaded once

  static constexpr std::int32_t kNone = 1 << 20;
  // One place a candidate is written, in the text or in the headline.
  struct Mention {
    std::uint32_t first = 0, last = 0;  // its tokens (in the headline's tokens when `title`)
    bool title = false, dateline = false;
    bool within = false;                // a place the gazetteer lacks, read inside `entry` ("Cub Run, Ky.")
    bool surname = false;               // one word that is also the surname of a person the text names
    std::int32_t from_core = kNone;     // its sentence less the main incident's first sentence (body only)
    std::uint8_t tense = 0;             // its sentence's narrative time against the incident's: 0 unknown,
                                        // 1 the same, 2 stale, 3 another
    float score = -1;                   // the rules' score for it (-1: they did not consider it)
  };
  // A town or county the main incident may have, with every place it is written (text first, in order).
  struct Candidate {
    std::vector<Mention> mentions;
    std::uint8_t kind = 0;              // GazEntry::Kind
    std::uint32_t population = 0;
    std::uint8_t region = 0;            // the story's dominant region: 0 none, 1 in it, 2 outside it
    std::uint8_t home = 0;              // the state the story is filed from (dateline, outlet): 0 unknown,
                                        // 1 in it, 2 outside it
    bool part = false;                  // a part of a city (recorded as the city)
    bool rules = false;                 // the rules' choice
  };
  // The features of candidate `k` of `all` (in the order each is first written); `body` and `title` are the
  // tokens the mentions point into.
  static void features(const Tokens& body, const Tokens& title, std::span<const Candidate> all, std::size_t k,
                       std::vector<std::uint32_t>& out);

 private:
  static ModelFormat file_format();
};

}  // namespace incidex
