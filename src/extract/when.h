// Which of the days an article names is its main incident's: a trained second opinion on the extractor's
// date rules.
//
// The rules (extract/extractor.cc) take the first time expression of the main incident's sentences and
// refine it with a cascade (a later day in those sentences dates what followed; a follow-up's own day is
// the later event's; a month is made exact by a day within it ...). Where the article names several days,
// they often take the wrong one: the day a victim left hospital, the day police spoke, a next-day story's
// "Tuesday" beside "late Monday". This chooser sees every day the article names — all the places each is
// written — and ranks them: its features are the words in and around each time expression, whether the
// sentence tells of an incident, how far it is from the incident's first sentence and in which narrative
// time, whether it dates a later event, how many days it lies before the publication date and from the
// rules' day, how often and how early it is named, and which rule chose the rules' day. A ranking
// perceptron (core/perceptron.h); the day with the best score is the incident's. Where the rules find no
// day told with the incident, it chooses among the days the article names all the same (the evidence says
// the rules found none).
//
// Trained on the gun-violence dev data (../shared/data/gva-news: each incident's date) by
// `incidex train dates`; data/dates.model, with tools/train-dates.sh. Thread-safe after construction.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "analyse/analyser.h"
#include "core/ranker.h"
#include "core/record.h"

namespace incidex {

class DateChooser : public Ranker {  // best(), score(), train(), save(), description(); Ranker::Example
 public:
  static constexpr int kFormatVersion = 1;
  static constexpr int kFeatureVersion = 1;  // bump whenever the features change: old models are refused
  static constexpr std::uint32_t kBuckets = 1u << 16;

  DateChooser() : Ranker(file_format()) {}         // empty model (for training)
  explicit DateChooser(const std::string& model_path) : Ranker(file_format(), model_path) {}
  static const DateChooser& shared();          // data/dates.model, loaded once

  static constexpr std::int32_t kNone = 1 << 20;
  // One place a candidate day is written: a time expression, with what the extractor knows of its sentence.
  struct Place {
    std::uint32_t first = 0, last = 0;  // the time expression's tokens
    std::int32_t from_core = 0;         // its sentence less the main incident's first sentence
    std::int32_t to_trigger = kNone;    // words to the nearest incident word of its sentence (negative: before)
    std::uint8_t tense = 0;             // the sentence's narrative time: 0 unknown, 1 fresh, 2 stale
    bool later_event = false;           // it dates a later event ("was charged Tuesday")
    bool told = false;                  // its sentence tells of an incident
    bool relative = false;              // it was resolved against the publication date
  };
  // A day the main incident may have, with every place it is written (in text order).
  struct Candidate {
    Date date;
    std::vector<Place> places;
    bool rules = false;  // the rules' choice
  };
  struct Context {
    Date published;           // unknown when the article has none
    Date rules;               // the rules' date
    std::uint32_t rule_step;  // which rule chose it (the extractor's numbering)
    std::size_t candidates;
  };
  // The features of candidate `k` of `all` (in the order each is first written).
  static void features(const Analysis&, std::span<const Candidate> all, std::size_t k, const Context&,
                       std::vector<std::uint32_t>& out);

 private:
  static ModelFormat file_format();
};

}  // namespace incidex
