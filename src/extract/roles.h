// Role fillers chosen in a whole article: who attacked (a person or description, `perpetrator`; an
// organisation, `group`), what was hit (`target`), who was hit (`victim`) and with what (`weapon`), as the
// MUC-4 templates code them.
//
// The candidates are the word runs of each sentence and every part of them up to six words ("farabundo
// marti national liberation front", "liberation front", ...): runs stop at punctuation and at the words of
// data/filler_stopwords.txt; and a run's last word with "of" (and "the") and up to four words of the run
// after it ("offices of the telecommunications enterprise", "members of the fmln"). Each distinct
// candidate of the article is one example for an averaged perceptron with six classes (the five roles
// and none), whose hand-written features read the candidate's words, the names the Analyser found in it,
// the extractor's lexicons (incident and casualty words, weapons, perpetrators, targets, person nouns)
// and, from every place the article writes it, the words around it and the nearest incident word on
// either side. A candidate is a filler when a role's score plus
// that role's lean outscores none; where two chosen candidates overlap, the surer one stays.
//
//   const RoleTagger& tagger = RoleTagger::shared();   // data/roles.model (see `incidex train roles`)
//   for (const RoleSpan& s : tagger.tag(analysis)) ...  // the first place each filler is written, with its role
//
// The model is trained on MUC-4's training documents (../shared/data/muc4/roles/train.jsonl, 1,300
// articles with their fillers). Model files carry a format and feature version and refuse others.
// Thread-safe after construction; training is single-threaded.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyse/analyser.h"
#include "analyse/lexicon.h"
#include "core/hash.h"
#include "core/model_file.h"
#include "core/perceptron.h"

namespace incidex {

struct RoleSpan {
  std::uint32_t first = 0, last = 0;  // token range [first, last) of the filler's first occurrence
  std::string role;                   // perpetrator, group, target, victim, weapon
  float margin = 0;                   // how far the role outscored none
};

class RoleTagger {
 public:
  static constexpr int kFormatVersion = 2;  // 2: a lean per role
  static constexpr int kFeatureVersion = 4;  // bump whenever the features change: old models are refused
                                             // (2: the word classes of data/word_classes.tsv; 3: the classes
                                             // of every word of a candidate; 4: the third and fourth words
                                             // on either side)
  static constexpr std::uint32_t kBuckets = 1u << 18;
  // trainings over that many orders of the candidates, their weights averaged (core/perceptron.h): with one
  // order, retraining after a change to the trigger words moved MUC-4 TST by up to a point either way
  static constexpr int kOrders = 5;

  RoleTagger();                               // empty model (for training)
  explicit RoleTagger(const std::string& model_path);
  static const RoleTagger& shared();          // data/roles.model, loaded once

  // A lean per role (perpetrator, group, target, victim, weapon): a candidate takes the role whose score
  // plus its lean is highest, when that beats none's score. The model's leans are chosen in training by
  // cross-validation.
  using Leans = std::array<float, 5>;
  static const std::vector<std::string>& roles();  // the five roles, in the order of Leans

  std::vector<RoleSpan> tag(const Analysis&) const;
  std::vector<RoleSpan> tag(const Analysis&, const Leans&) const;
  const Leans& leans() const { return leans_; }
  void set_leans(const Leans& leans) { leans_ = leans; }
  // Leans written as five numbers in the order of roles(), "-" keeping `base`'s for that role ("12 - 20 - -");
  // throws std::invalid_argument on anything else.
  static Leans parse_leans(std::string_view text, const Leans& base);

  // Every candidate of an article with the model's scores, so that many leans can be tried at the cost of
  // one scoring (training's cross-validation); choose() makes tag()'s answer from them.
  struct Scored {
    std::uint32_t first = 0, places = 0;  // its token ranges: ScoredArticle::at[first, first + places)
    std::array<float, 6> score{};         // none and the five roles
  };
  struct ScoredArticle {
    std::vector<Scored> candidates;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> at;  // every candidate's token ranges, one after another
    std::size_t tokens = 0;
  };
  ScoredArticle score(const Analysis&) const;
  static std::vector<RoleSpan> choose(const ScoredArticle&, const Leans&);
  // How far `role` (one of roles()), with its lean, outscores none for the candidate written at tokens
  // [first, last); nothing when no candidate is written there.
  std::optional<float> margin_at(const ScoredArticle&, std::uint32_t first, std::uint32_t last, std::string_view role) const;

  struct Example {
    Analysis analysis;
    std::vector<std::pair<std::string, std::string>> fillers;  // (role, words as written) of the article
  };
  void train(const std::vector<const Example*>& data, int epochs, const std::string& description);
  void save(const std::string& path) const;
  const std::string& description() const { return description_; }

  // One distinct candidate filler of an article (in a sentence that tells of an incident or casualties,
  // or one beside it): a hash of its words, its words (lower case, single
  // spaces, no punctuation; only when asked for) and each token range it is written at.
  struct Candidate {
    std::uint32_t id = 0;
    std::string key;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> at;
    std::vector<std::uint8_t> in_run;  // per occurrence: 0 middle of its run, 1 end, 2 start, 3 whole run
  };
  // A filler's words as candidates() writes its key.
  static std::string key_of(std::string_view words);

 private:
  static ModelFormat file_format();
  struct Prepared;
  // (held by the calling thread until its next call)
  std::span<const Candidate> candidates(const Analysis&, const Prepared&, bool keys = false) const;
  void prepare(const Analysis&, Prepared&) const;
  // Appends the candidate's features to `out`.
  void features(const Prepared&, const Analysis&, const Candidate&, std::vector<std::uint32_t>& out) const;

  Lexicon triggers_, casualties_, weapons_, perpetrators_, targets_, persons_;
  StringSet stop_;
  Perceptron<6> model_{kBuckets};  // none and the five roles
  Leans leans_{};
  std::string description_;
};

}  // namespace incidex
