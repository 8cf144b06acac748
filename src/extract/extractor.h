// The extract stage (first version): an analysed article -> its incident mentions, main one first.
//
// The main incident: its type from trigger words (data/triggers.tsv),
// its date from the time expressions near the triggers (else unknown, the evidence saying it is on or before
// the publication date), its place from the first resolved place near the triggers (never the dateline), killed and
// wounded from number + casualty-word patterns (data/casualty_words.tsv, data/person_nouns.txt) in the
// sentences about it, weapons from data/weapons.tsv, perpetrators as described (data/perpetrators.txt),
// physical targets (data/targets.txt)
// and armed groups (data/groups.tsv) named near it, and
// victims: people the name tagger found next to a casualty word. Then the background incidents: sentences
// about an older time with an incident word of their own, each with its own date (or its paragraph's),
// place and counts. Last, the role tagger's fillers (extract/roles.h, trained on MUC-4) replace the
// rules' targets (and their weapons, in caseless wire copy) and join their perpetrators and groups; the
// victim scorer (extract/victims.h, trained on gun-violence news) decides which of the people named were
// hit and how, and the date chooser (extract/when.h, trained on the same) which day named is the incident's.
// Every value carries the span that supports it.
// Thread-safe after construction.
#pragma once
#include "core/hash.h"
#include <unordered_set>
#include <vector>

#include "analyse/analyser.h"
#include "core/record.h"
#include "analyse/lexicon.h"
#include "extract/roles.h"
#include "extract/victims.h"
#include "extract/when.h"
#include "extract/where.h"

namespace incidex {

class Extractor {
 public:
  // `roles`: the role tagger whose fillers join the rules' (none: the rules alone); `victims`: the scorer
  // that decides the main incident's named victims (none: the rules' victims); `dates`: the chooser that
  // picks the main incident's day among those the article names (none: the rules' date); `places`: the
  // chooser that picks its town or county among those the article names (none: the rules' place).
  explicit Extractor(const Analyser&, const RoleTagger* roles = &RoleTagger::shared(),
                     const VictimScorer* victims = &VictimScorer::shared(),
                     const DateChooser* dates = &DateChooser::shared(),
                     const PlaceChooser* places = &PlaceChooser::shared());
  void set_victim_scorer(const VictimScorer* victims) { victims_ = victims; }
  const VictimScorer* victim_scorer() const { return victims_; }
  const DateChooser* date_chooser() const { return dates_; }
  const PlaceChooser* place_chooser() const { return places_; }
  // What the trained parts saw, for training them: every person the main incident's victims are chosen
  // from (the fullest name and the victim scorer's features), every day its date is chosen from (the
  // date, whether the rules chose it, and the date chooser's features), and every town or county its place
  // is chosen from (the place it would record, whether the rules chose it, the place chooser's features).
  struct PersonTrace {
    std::string name;
    std::vector<std::uint32_t> feats;
    std::vector<std::string> rules;  // what the rules said at each place it is written ("killed", "suspect", "")
    bool has_status = false;         // the rules gave the person a status somewhere: the scorer keeps, not adds
  };
  struct DateTrace {
    std::string date;  // ISO
    bool rules = false;
    std::vector<std::uint32_t> feats;
  };
  struct PlaceTrace {
    Place place;
    bool rules = false;
    std::vector<std::uint32_t> feats;
  };
  struct Trace {
    std::vector<PersonTrace> people;
    std::vector<DateTrace> dates;
    std::vector<PlaceTrace> places;
  };
  std::vector<Mention> extract(const Document&, const Analysis&, Trace* trace = nullptr) const;

 private:
  // A first name or an initial at token i (before a surname)
  bool given_name(const Tokens&, std::uint32_t i) const;
  // `tagged`: the role tagger's fillers when they are already made
  void add_tagged_roles(const Document&, const Analysis&, std::vector<Mention>&,
                        const std::vector<RoleSpan>* tagged = nullptr) const;
  // Whether the role tagger's fillers are sure enough to make an incident the rules find too few words for
  static bool tagger_sure(const std::vector<RoleSpan>& tagged);
  const Analyser& analyser_;
  const RoleTagger* roles_;
  const VictimScorer* victims_;
  const DateChooser* dates_;
  const PlaceChooser* places_;
  Lexicon triggers_, casualties_, weapons_, perpetrators_, targets_, survival_, deaths_, injuries_, harms_, perpetration_,
      tallies_, attacker_deaths_, responsibility_, state_forces_, flag_words_, other_causes_,
      violence_by_, care_places_, hurt_charges_;
  StringSet persons_, later_events_, later_clause_, speech_words_, kin_, agents_;
  StringSet not_attackers_;  // data/victims_not_attacker.txt
  StringSet care_words_;     // data/care_places.tsv "care": "pronounced dead at", "treated at"
  StringSet ammunition_;     // data/ammunition.txt: "bullet", "gunfire" (a firearm's)
  StringSet other_incident_;  // data/other_incident_words.txt: "retaliation", "revenge"
  StringSet suspect_before_, suspect_after_;  // data/suspect_words.tsv
  StringSet sought_before_, sought_after_, searching_;  // ... and its words of one held or sought, for suspects alone
  StringSet police_verbs_, police_nouns_;     // data/flag_words.tsv: "shot" and "police" of "shot by police"
  StringSet firing_police_;  // data/flag_words.tsv: "officers" of "officers fired", "officers opened fire"
  VictimScorer::WordKinds word_kinds_;  // the kinds of the words these lists know, for the victim scorer
  StringSet qualified_;  // data/perpetrator_modified_nouns.txt: "attack" of "a terrorist attack"
  StringSet joined_;     // ... and "joins": "forces" of "guerrilla forces", which the description takes in
  // data/person_titles.tsv: officials who speak (no victims), ranks alone (no names), words that describe
  // a person (left out of a victim's name)
  StringSet officials_, ranks_, describing_;
  StringSet surname_followers_;  // data/place_followers.tsv: street and venue words that are also surnames ("Hill")
  // The casualty phrase at token j (data/casualty_words.tsv), or a hospital named with capitals after "to"
  // ("was taken to Grady Memorial Hospital"), read as "to a hospital" is. Asked for a victim's status only:
  // in the counts it lost more than it gained on gva-news (wounded -3, killed -1). None where a cause that is
  // no violence follows in its next six words, up to a comma (data/other_causes.txt: "died of natural causes").
  const Lexicon::Row* casualty_at(const Tokens& tk, std::uint32_t j, std::uint32_t end, std::uint32_t& len) const;
  // Whether a cause that is no violence (data/other_causes.txt) is in the six words from `from`, up to a comma:
  // casualty_at's check, which the counts ask too ("Five bicyclists were hit by a car").
  bool other_cause_after(const Tokens& tk, std::uint32_t from, std::uint32_t end) const;
  // the length of data/care_places.tsv's place phrase ("hospital", "medical center") at token k, 0 if none
  std::uint32_t care_place_length(const Tokens& tk, std::uint32_t k, std::uint32_t end) const;
  // tokens [first, last) name a place of care the hurt were taken to (data/care_places.tsv), no target;
  // `in_as_at`: "in" after a word of care is read as "at" is ("died in a Chicago hospital")
  bool care_place(const Tokens& tk, std::uint32_t first, std::uint32_t last, bool in_as_at = false) const;
  // tokens [first, last) name the town of a place of care: "Lehigh Valley Hospital in Allentown", "an
  // Anchorage hospital" (data/care_places.tsv's places): where the hurt were taken, not where they were hurt
  bool care_town(const Tokens& tk, std::uint32_t first, std::uint32_t last) const;
  const Lexicon::Row* to_a_hospital_ = nullptr;  // casualty_words.tsv's "to a hospital", which casualty_at gives
  // The end of a police phrase "<verb> by [a|an] <name> <police>" at token i, one to three capitalised words
  // between ("shot by Baltimore County police", "fatally shot by Los Angeles police officers": at "shot"),
  // or 0. data/flag_words.tsv's own phrases ("shot by police") are matched as they are written.
  std::uint32_t police_by_name(const Tokens& x, std::uint32_t i, std::uint32_t end) const;
  // "Officer Andrew Hearst shot and killed Hayes", "officers eventually shot Glenn": a police noun that fires,
  // with a name or a word like "then" between; the end of the span, or 0.
  std::uint32_t police_firing(const Tokens& x, std::uint32_t i, std::uint32_t end) const;
  // data/not_name_words.txt, as the analysis read it: a word never part of a person's name
  bool not_name_word(std::string_view lower_word) const { return analyser_.names().not_name_word(lower_word); }
};

}  // namespace incidex
