// Which of the people an article names were hit in its main incident, and how: a trained second opinion on
// the extractor's victim rules.
//
// The rules (extract/extractor.cc) give a person a status from the words right next to the name ("Antonio
// Mason, 35, died", "shot and killed John Doe"). They miss victims named away from a casualty word
// ("Shanteria Timmons ... was taken to a hospital") and take suspects and officials who stand next to one.
// This scorer reads every person the article names — all the places each is written — and decides between
// none, killed, wounded and victim (hit, status not said). Its features: the words around each place the
// name is written (before, after, and after an age: "Mason, 35, died"), the words of its sentence, the
// sentence's place in the article, how often and how fully the person is named, which of the people named
// it is, and what the rules said of each place. An averaged perceptron; where a class, with the model's
// lean toward victims added, beats none, the person is a victim (one lean for a person the rules gave a
// status, kept or dropped; another, lower, for one they did not, added or not).
//
// Trained on the gun-violence dev data (../shared/data/gva-news: each incident's participants, with names,
// roles and statuses) by `incidex train victims`; data/victims.model, with tools/train-victims.sh.
// Thread-safe after construction; training is single-threaded.
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyse/analyser.h"
#include "core/hash.h"
#include "core/model_file.h"
#include "core/perceptron.h"

namespace incidex {

class VictimScorer {
 public:
  static constexpr int kFormatVersion = 2;  // 2: a second lean, for adding people
  static constexpr int kFeatureVersion = 3;  // bump whenever the features change: old models are refused
  static constexpr std::uint32_t kBuckets = 1u << 16;
  // trainings over that many orders of the examples, their weights averaged (core/perceptron.h): the held-out
  // figures of one order moved by a point and more from order to order, of 16 by some half a point
  static constexpr int kOrders = 16;
  static constexpr std::size_t kClasses = 4;  // none, killed, wounded, victim
  static const std::array<std::string_view, kClasses>& classes();

  VictimScorer() = default;                     // empty model (for training)
  explicit VictimScorer(const std::string& model_path);
  static const VictimScorer& shared();          // data/victims.model, loaded once

  // One place a person is written, with what the rules made of it.
  struct Place {
    std::uint32_t first = 0, last = 0;  // token range
    std::string_view rule_status;       // killed, wounded, kidnapped, unknown, ... or empty
    bool off_tense = false;             // in a sentence about another time than the incident's
  };
  // The kind of a word the extractor's word lists know (a suspect's or an official's word, a later event, a
  // speech verb, a relative, a person, a casualty, a death or an injury word), 0 for none: the words around
  // a name read as their kind too, which carries what the model learnt from one word to the others of its
  // list ("the suspect", "the gunman"; "died", "succumbed").
  using WordKinds = WordMap<std::uint8_t>;
  // The features of one person written at `places` (in text order), the `order`-th of the `people` the
  // article names (by where each is first written).
  static void features(const Analysis&, std::span<const Place> places, std::size_t order, std::size_t people,
                       std::vector<std::uint32_t>& out, const WordKinds* kinds = nullptr);

  struct Decision {
    std::size_t cls = 0;  // index into classes(); 0 = not a victim
    float margin = 0;     // how far that class beat none
  };
  // `said`: the rules gave the person a status already (the scorer keeps or drops it); else the scorer would
  // add the person.
  Decision decide(std::span<const std::uint32_t> feats, bool said = true) const;
  // A class is chosen when its score plus the lean beats none's; one lean for keeping a person the rules
  // gave a status, another for adding one they did not (both chosen in training by cross-validation).
  float lean() const { return lean_; }
  float lean_add() const { return lean_add_; }
  void set_lean(float lean) { lean_ = lean; }
  void set_lean_add(float lean) { lean_add_ = lean; }

  struct Example {
    std::vector<std::uint32_t> feats;
    std::uint8_t truth = 0;
    bool said = false;  // the rules gave the person a status
  };
  void train(const std::vector<Example>& data, int epochs, const std::string& description);
  void save(const std::string& path) const;
  const std::string& description() const { return description_; }

 private:
  static ModelFormat file_format();
  Perceptron<kClasses> model_{kBuckets};
  float lean_ = 0, lean_add_ = 0;
  std::string description_;
};

}  // namespace incidex
