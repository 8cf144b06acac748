#include "extract/extractor.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>

#include "core/data_dir.h"
#include "core/dates.h"

namespace incidex {

// Literals compared with words are string_views: a word of another length is told apart without a call.
using namespace std::string_view_literals;

namespace {
// Whether token k of x is in `words`, looked up by the hash the tokenizer made of it (not hashed again: the
// extractor asks its word lists of tokens some 3 million times on 3,000 articles).
inline bool has(const StringSet& words, const Tokens& x, std::uint32_t k) { return words.contains(x.lower[k], x.hash[k]); }
template <typename Set>  // another kind of set, by the word
bool has(const Set& words, const Tokens& x, std::uint32_t k) { return words.count(x.lower[k]) > 0; }
}  // namespace

Extractor::Extractor(const Analyser& a, const RoleTagger* roles, const VictimScorer* victims, const DateChooser* dates,
                     const PlaceChooser* places)
    : analyser_(a), roles_(roles), victims_(victims), dates_(dates), places_(places), triggers_("triggers.tsv"), casualties_("casualty_words.tsv"), weapons_("weapons.tsv"),
      perpetrators_("perpetrators.txt"), targets_("targets.txt"), survival_("survival_phrases.txt"),
      deaths_("death_words.txt"), injuries_("injury_words.txt"), harms_("victim_words.tsv"), perpetration_("perpetration_verbs.txt"),
      tallies_("tally_phrases.txt"), attacker_deaths_("attacker_deaths.txt"),
      responsibility_("responsibility_words.txt"), state_forces_("state_forces.txt"), flag_words_("flag_words.tsv"),
      other_causes_("other_causes.txt"), violence_by_("violence_by.txt"), care_places_("care_places.tsv"), hurt_charges_("hurt_charges.txt") {
  // data/flag_words.tsv's police phrases "<verb> by [a|an] <police>" ("shot by police", "killed by a deputy"):
  // their verbs and their last words, for the same told with a name between ("shot by Baltimore County police");
  // and of "<police> fired" and "<police> opened fire" the nouns, for the same told with a name or an adverb
  // before the firing ("Officer Andrew Hearst fired", "officers eventually shot")
  for (auto& row : read_data_rows("flag_words.tsv")) {
    if (row.size() < 2 || row[1].find("police") == std::string::npos) continue;
    const std::string& phrase = row[0];
    const std::size_t space = phrase.find(' ');
    if (space == std::string::npos) continue;
    const std::string_view rest = std::string_view(phrase).substr(space + 1);
    if (rest == "fired"sv || rest == "opened fire"sv) firing_police_.insert(phrase.substr(0, space));
    if (!rest.starts_with("by "sv)) continue;
    police_verbs_.insert(phrase.substr(0, space));
    police_nouns_.insert(phrase.substr(phrase.rfind(' ') + 1));
  }
  for (auto& row : read_data_rows("person_nouns.txt")) persons_.insert(row[0]);
  for (auto& w : data_words_for("person_nouns.txt", "kin")) kin_.insert(w);
  for (auto& row : read_data_rows("victims_not_attacker.txt")) not_attackers_.insert(row[0]);
  for (auto& row : read_data_rows("agent_nouns.txt")) agents_.insert(row[0]);
  for (auto& row : read_data_rows("later_events.txt")) later_events_.insert(row[0]);
  for (auto& row : read_data_rows("perpetrator_modified_nouns.txt"))
    (row.size() > 1 && row[1] == "joins" ? joined_ : qualified_).insert(row[0]);
  for (auto& w : data_words_for("later_events.txt", "clause")) later_clause_.insert(w);
  for (auto& row : read_data_rows("speech_verbs.txt")) speech_words_.insert(row[0]);
  for (auto& w : data_words_for("care_places.tsv", "care")) care_words_.insert(w);
  for (auto& row : read_data_rows("ammunition.txt")) ammunition_.insert(row[0]);
  for (auto& row : read_data_rows("other_incident_words.txt")) other_incident_.insert(row[0]);
  for (auto& row : read_data_rows("suspect_words.tsv")) {
    if (row.size() < 2) continue;
    if (row[1] == "before"sv || row[1] == "both"sv) suspect_before_.insert(row[0]);
    if (row[1] == "after"sv || row[1] == "both"sv) suspect_after_.insert(row[0]);
    if (row[1] == "sought_before"sv) sought_before_.insert(row[0]);
    if (row[1] == "sought_after"sv) sought_after_.insert(row[0]);
    if (row[1] == "search"sv) searching_.insert(row[0]);
  }
  for (auto& w : data_words_for("person_titles.tsv", "official")) officials_.insert(w);
  for (auto& row : read_data_rows("place_followers.tsv"))
    if (row.size() > 2 && row[2] == "surname"sv) surname_followers_.insert(row[0]);
  for (auto& w : data_words_for("person_titles.tsv", "rank")) ranks_.insert(w);
  for (auto& w : data_words_for("person_titles.tsv", "describes")) describing_.insert(w);
  // The victim scorer's word kinds, the first list that knows a word giving its kind: 1 a suspect's word,
  // 2 an official's, 3 a later event, 4 a speech verb, 5 a relative, 6 a person (the sets above), 7 a
  // casualty word of the dead, 8 one of the hurt, 9 a death word, 10 an injury word (one-word entries of
  // those files; a death or injury word marked "not" is none).
  auto kinds_of = [&](const StringSet& words, std::uint8_t k) {
    for (const std::string& w : words)
      if (w.find(' ') == std::string::npos) word_kinds_.insert(w, k);
  };
  kinds_of(suspect_before_, 1);
  kinds_of(suspect_after_, 1);
  kinds_of(officials_, 2);
  kinds_of(later_events_, 3);
  kinds_of(speech_words_, 4);
  kinds_of(kin_, 5);
  kinds_of(persons_, 6);
  auto kinds_from = [&](const char* file, std::uint8_t k, const char* field) {
    for (auto& row : read_data_rows(file)) {
      if (row[0].find(' ') != std::string::npos) continue;
      if (field ? !(row.size() > 1 && row[1] == field) : row.size() > 1 && row[1] == "not"sv) continue;
      word_kinds_.insert(row[0], k);
    }
  };
  kinds_from("casualty_words.tsv", 7, "killed");
  kinds_from("casualty_words.tsv", 8, "wounded");
  kinds_from("death_words.txt", 9, nullptr);
  kinds_from("injury_words.txt", 10, nullptr);
  to_a_hospital_ = casualties_.find(std::string("to a hospital"));
}

namespace {

struct Hit {
  std::uint32_t sentence, first, last;
  std::string type;
  int weight;
  std::string flags;
};

// A value as written, on one line: "FEDERICO ESTRADA\nVELEZ" (hard-wrapped copy) is "FEDERICO ESTRADA VELEZ".
std::string flat(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A name without its possessive ending ("Zina Bowser's", "Jones'", "PORTH'S"), as a victim's name is kept.
std::string_view without_possessive(std::string_view name) {
  for (std::string_view possessive : {"'s", "\u2019s", "'S", "\u2019S", "'", "\u2019"})
    if (name.size() > possessive.size() + 1 && name.ends_with(possessive)) return name.substr(0, name.size() - possessive.size());
  return name;
}

// Two renderings of one name: every word of the shorter is a word of the longer ("Jaylene", "Jaylene
// Damaris Cruz"; "Rodriguez Porth's", "Jose Antonio Rodriguez Porth"; "Mr. Rodriguez", "Luis Rodriguez" is
// not decided here: titles differ).
bool same_person(std::string_view x, std::string_view y) {
  // the words of each, split at spaces, without their possessive endings and without a nickname in quotes
  // ('Zhivago "Stank" Hines' is 'Zhivago “Stank” Hines' and Zhivago Hines); compared in ASCII lower case
  // (asked for every pair of people an article names: no strings are built)
  auto words = [](std::string_view s, std::vector<std::string_view>& out) {
    out.clear();
    for (std::size_t at = 0; at <= s.size();) {
      std::size_t end = std::min(s.find(' ', at), s.size());
      std::string_view w = s.substr(at, end - at);
      if (end > at && !w.starts_with('"') && !w.starts_with("\u201c"sv)) out.push_back(without_possessive(w));
      at = end + 1;
    }
  };
  auto equal = [](std::string_view p, std::string_view q) {
    if (p.size() != q.size()) return false;
    for (std::size_t k = 0; k < p.size(); ++k) {
      char c = p[k], d = q[k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (d >= 'A' && d <= 'Z') d = static_cast<char>(d + 32);
      if (c != d) return false;
    }
    return true;
  };
  thread_local std::vector<std::string_view> a, b;
  words(x, a);
  words(y, b);
  const auto& fewer = a.size() > b.size() ? b : a;
  const auto& more = a.size() > b.size() ? a : b;
  if (fewer.empty()) return false;
  for (auto w : fewer)
    if (std::none_of(more.begin(), more.end(), [&](std::string_view v) { return equal(w, v); })) return false;
  return true;
}


// A casualty word's row (data/casualty_words.tsv): what happened, and whether the word counts everyone hit,
// the dead too ("shot"; "a gunshot wound" for someone already named).
std::string_view casualty_status(const Lexicon::Row& row) { return row[0] == "killed"sv ? "killed" : "wounded"; }
// The length of a hospital named with capitals after "to" at token j ("to Grady Memorial Hospital", "to St.
// Mary's Medical Center", "to the University of Kansas Hospital"), or 0: up to eight words, the last
// "Hospital" or "Infirmary", or "Center"/"Centre" after "Medical", "Trauma" or "Health".
std::uint32_t named_hospital(const Tokens& tk, std::uint32_t j, std::uint32_t end) {
  if (j + 2 >= end || tk.lower[j] != "to"sv) return 0;
  std::uint32_t k = j + 1;
  if (tk.lower[k] == "the"sv) ++k;
  if (k >= end || !tk.tokens[k].cap) return 0;
  for (std::uint32_t last = k; last < end && last < k + 8; ++last) {
    const std::string& low = tk.lower[last];
    if (!tk.tokens[last].cap) {
      const bool joiner = low == "of"sv || low == "'s"sv || low == "\u2019s"sv || low == "'"sv || low == "\u2019"sv ||
                          low == "."sv || low == "-"sv || low == "&"sv ||
                          (low == ","sv && last + 1 < end && tk.lower[last + 1] == "jr."sv);  // "John H. Stroger, Jr. Hospital"
      if (!joiner) return 0;
      continue;
    }
    if (low == "hospital"sv || low == "infirmary"sv) return last + 1 - j;
    if ((low == "center"sv || low == "centre"sv) && last > k &&
        (tk.lower[last - 1] == "medical"sv || tk.lower[last - 1] == "trauma"sv || tk.lower[last - 1] == "health"sv))
      return last + 1 - j;
  }
  return 0;
}

bool counts_everyone_hit(const Lexicon::Row& row) { return row.size() > 2 && (row[2] == "all"sv || row[2] == "same"sv); }
// Where a casualty or victim word (second column of data/casualty_words.tsv and data/victim_words.tsv) stands
// beside its people: after them ("seven killed"), before them ("killing seven"), or either ("both").
bool told_after(const Lexicon::Row& row) { return row[1] == "after"sv || row[1] == "both"sv; }
bool told_before(const Lexicon::Row& row) { return row[1] == "before"sv || row[1] == "both"sv; }

// A form of "to be" that joins a subject to what it is or what befell it: "was", "were", "is", "are".
bool copula(std::string_view w) { return w == "was"sv || w == "were"sv || w == "is"sv || w == "are"sv; }

// A verb's helper: "was shot", "had been shot", "were shot three times" are no active shooting.
bool auxiliary(std::string_view w) {
  return copula(w) || w == "been"sv || w == "be"sv || w == "being"sv || w == "got"sv || w == "get"sv || w == "gets"sv;
}

// Whether the casualty word at [at, at + len), after the people counted from `from`, is a verb in the active
// voice with an object right after it: "A gunman shot three people", "two men shot a teen", "a man killed his
// wife" (no "was" or "were" before it; "him", "her", "his", "a", a number up to ten after it), or a headline's
// "Husband accidentally shoots wife" (`person_after`: the word after it is one person, as headlines write).
bool active_with_object(const Tokens& x, std::uint32_t from, std::uint32_t at, std::uint32_t len, std::uint32_t end,
                        bool person_after) {
  static const StringSet verbs = {"shot", "shoots", "killed", "wounded", "injured", "hit", "struck", "stabbed", "murdered"};
  static const StringSet objects = {"him", "her", "them", "his", "their", "a", "an", "another", "other", "two", "three",
                                    "four", "five", "six", "seven", "eight", "nine", "ten", "several"};
  const std::uint32_t next = at + len;
  if (next >= end || !has(verbs, x, next - 1)) return false;
  for (std::uint32_t k = from; k < at; ++k)
    if (auxiliary(x.lower[k])) return false;
  return has(objects, x, next) || x.tokens[next].kind == Token::number || person_after;
}

// The age written between commas right after a name, at token k: ", 21," (3 tokens) or ", age 31," (4); 0
// where there is none before end.
std::uint32_t age_aside(const Tokens& x, std::uint32_t k, std::uint32_t end) {
  if (k + 2 < end && x.lower[k] == ","sv && x.tokens[k + 1].kind == Token::number && x.lower[k + 2] == ","sv) return 3;
  if (k + 3 < end && x.lower[k] == ","sv && x.lower[k + 1] == "age"sv && x.tokens[k + 2].kind == Token::number &&
      x.lower[k + 3] == ","sv)
    return 4;
  return 0;
}

// A word that denies what follows: "never", "hasn't", "wasn’t" (plain "not" and "no" are read apart).
bool negation(std::string_view w) { return w == "never"sv || w.ends_with("n't") || w.ends_with("n\u2019t"); }

// A denial ("not", "never", "didn't") right before token `at`, or before an adverb right before it ("would
// never purposefully hurt"), after token `from`.
bool denied_before(const Tokens& x, std::uint32_t at, std::uint32_t from) {
  const std::uint32_t b = at > from + 1 && x.lower[at - 1].size() > 4 && x.lower[at - 1].ends_with("ly") ? at - 1 : at;
  return b > from && (negation(x.lower[b - 1]) || x.lower[b - 1] == "not"sv);
}

// What was only tried: "attempted" or "attempt", or a word of `also` ("tried", "intent"), among the `n` words
// right before token `at`, not before `from` ("attempted murder", "attempted to kill", "intent to commit murder").
bool attempt_before(const Tokens& x, std::uint32_t at, std::uint32_t from, std::uint32_t n,
                    std::initializer_list<std::string_view> also = {}) {
  for (std::uint32_t k = at; k > from && at - k < n; --k) {
    std::string_view w = x.lower[k - 1];
    if (w == "attempted"sv || w == "attempt"sv || std::find(also.begin(), also.end(), w) != also.end()) return true;
  }
  return false;
}

// Whether a word of `words` is among the `n` words right before token `at`, in its clause: not before `from`,
// nor past punctuation, "and" or "but".
bool clause_word_before(const Tokens& x, std::uint32_t at, std::uint32_t from, std::uint32_t n, const StringSet& words) {
  for (std::uint32_t k = at; k > from && k + n > at; --k) {
    std::string_view w = x.lower[k - 1];
    if (w == "and"sv || w == "but"sv || x.tokens[k - 1].kind == Token::punct) return false;
    if (words.contains(w)) return true;
  }
  return false;
}

// Another, earlier incident told right after a casualty word or count ending at token `at`, in its clause, up
// to n words on: "a teen victim who was killed in a previous shooting", "killed in an unrelated shooting",
// "who died in a separate crash", "her son was shot to death two years ago", "killed last year".
bool other_incident_after(const Tokens& x, std::uint32_t at, std::uint32_t last, std::uint32_t n) {
  static const StringSet other = {"previous", "prior", "separate", "unrelated"};
  static const StringSet incident = {"shooting", "incident", "attack", "homicide", "case", "crash", "robbery",
                                     "stabbing", "altercation", "murder", "killing"};
  for (std::uint32_t k = at + 1; k < last && k <= at + n; ++k) {
    std::string_view w = x.lower[k];
    if (w == "and"sv || w == "but"sv || x.tokens[k].kind == Token::punct) return false;
    // ... an incident that is another ("in a separate, and apparently unrelated incident"), not "in three
    // separate locations"
    if (other.contains(w) || (w == "earlier"sv && x.lower[k - 1] == "an"sv))
      for (std::uint32_t j = k + 1; j < last && j <= k + 4; ++j)
        if (incident.contains(x.lower[j])) return true;
    if (w == "earlier"sv && x.lower[k - 1] == "years"sv) return true;
    if ((w == "ago"sv && x.lower[k - 1] == "years"sv) || (w == "year"sv && x.lower[k - 1] == "last"sv)) return true;
  }
  return false;
}

// Whether the people or group at token `at` are fought, not fighting: "clashes against members of the fmln",
// "the offensive against the drug trafficking mafia" ("against" up to four words before, in its sentence); not
// where "against" is a court's ("charges against the gunman", "testified against the suspect").
bool fought(const Tokens& x, std::uint32_t at) {
  static const StringSet court = {"charge", "charges", "charged", "case", "cases", "evidence", "testimony", "testify",
                                  "testified", "warrant", "warrants", "complaint", "lawsuit", "indictment", "accusations",
                                  "allegations", "filed", "pressed", "verdict", "ruled", "witness", "witnesses"};
  const std::uint32_t first = x.sentences[x.sentence_of(at)].first;
  for (std::uint32_t k = at; k > first && k + 5 > at; --k) {
    if (x.lower[k - 1] != "against"sv) continue;
    for (std::uint32_t j = k - 1; j > first && j + 4 > k; --j)
      if (court.contains(x.lower[j - 1])) return false;
    return true;
  }
  return false;
}

// Whether the name at token `at` owns a building or a thing the sentence tells of: "the house of judge
// guillermo torre alday", "the offices of lawyer luis rossman", "the home of rolando archila" (a word of a
// place and "of" right before the name, or before one or two words of title). The target is what was hit;
// its owner was not, unless the text says so.
bool owner_of_place(const Tokens& x, std::uint32_t at) {
  static const StringSet owned = {"home", "homes", "house", "houses", "residence", "office", "offices", "headquarters",
                                  "farm", "estate", "ranch", "store", "shop", "business", "property", "apartment",
                                  "car", "vehicle", "premises", "plant"};
  const std::uint32_t first = x.sentences[x.sentence_of(at)].first;
  for (std::uint32_t k = at; k > first + 1 && k + 3 > at; --k)
    if (x.lower[k - 1] == "of"sv) return owned.contains(x.lower[k - 2]);
  return false;
}

// What someone was ready for, meant or tried: the casualty word at j after "to" and a word of intent ("he was
// ready to die", "going to kill them", "wanted to hurt her", "tried to kill"), not before from.
bool intended(const Tokens& x, std::uint32_t j, std::uint32_t from) {
  static const StringSet intent = {"ready", "going", "willing", "prepared", "afraid", "deserve", "deserves",
                                   "deserved", "want", "wants", "wanted", "about", "threatened", "threatening",
                                   "vowed", "planned", "plotted", "tried", "trying", "tries", "try", "attempted"};
  return j >= from + 2 && x.lower[j - 1] == "to"sv && intent.count(x.lower[j - 2]);
}

// What did not happen: the casualty word at j after "could have", "would've", "might have been", "may have",
// "nearly", "almost" ("he could've easily died", "she could have been killed", "he nearly died"), or one only
// intended (above), looking back no further than from.
bool counterfactual(const Tokens& x, std::uint32_t j, std::uint32_t from) {
  if (intended(x, j, from)) return true;
  for (std::uint32_t k = j, seen = 0; k > from && seen < 4; --k, ++seen) {
    const std::string& w = x.lower[k - 1];
    if (w == "nearly"sv || w == "almost"sv) return true;
    std::string_view modal;  // "could have", "could've", "could’ve": could
    if (w == "have"sv && k - 1 > from) modal = x.lower[k - 2];
    else if (w.ends_with("'ve")) modal = std::string_view(w).substr(0, w.size() - 3);
    else if (w.ends_with("\u2019ve")) modal = std::string_view(w).substr(0, w.size() - 5);
    if (modal == "could"sv || modal == "would"sv || modal == "might"sv || modal == "may"sv) return true;
    if (w != "been"sv && w != "be"sv && w != "easily"sv && w != "very"sv && w != "well"sv && w != "have"sv) return false;
  }
  return false;
}

// The short name a group's name is followed by in brackets, the same group's ("FARABUNDO MARTI NATIONAL
// LIBERATION FRONT [FMLN]", "Ejercito de Liberacion Nacional (ELN)"): the group is written so, as the text
// goes on to call it; nullptr when there is none.
const NameSpan* bracketed_alias(const Analysis& a, const NameSpan& n) {
  const Tokens& tk = a.tokens;
  if (n.canonical.empty() || n.last + 2 >= tk.tokens.size() || (tk.lower[n.last] != "("sv && tk.lower[n.last] != "["sv))
    return nullptr;
  for (const NameSpan& m : a.names)
    if (m.first == n.last + 1 && m.canonical == n.canonical && m.last < tk.tokens.size() &&
        (tk.lower[m.last] == ")"sv || tk.lower[m.last] == "]"sv))
      return &m;
  return nullptr;
}

// What is only supposed of someone, no part of who they are: "alleged urban guerrillas", "presumed terrorists".
bool hedge_word(std::string_view w) {
  return w == "alleged"sv || w == "presumed"sv || w == "suspected"sv || w == "presumably"sv || w == "apparently"sv ||
         w == "possible"sv || w == "so-called"sv;
}

// The end of an "of" phrase right after a noun that ends at `last` ("members of the salvadoran army", "the
// residence of salvadoran president alfredo cristiani"): up to six words after "of" (and "the"), to a
// punctuation mark, a verb or a word that opens a clause, without a last "of", "the" or "a"; `last` if there is none.
std::uint32_t of_phrase_end(const Tokens& tk, const Sentence& s, std::uint32_t last) {
  if (last + 1 >= s.last || tk.lower[last] != "of"sv) return last;
  static const std::unordered_set<std::string_view> stop = {"who", "that", "which", "and", "in", "on", "at", "when",
                                                            "with", "after", "said", "was", "were", "had", "have",
                                                            "to", "from", "for", "by", "as", "is", "are", "against",
                                                            "during", "near", "into", "while", "since", "because"};
  std::uint32_t k = last + 1;
  if (tk.lower[k] == "the"sv) ++k;
  std::uint32_t end = k;
  while (end < s.last && end < k + 6 && tk.tokens[end].kind == Token::word && !stop.count(tk.lower[end]) &&
         !tk.lower[end].ends_with("ed") && !tk.lower[end].ends_with("ing"))
    ++end;
  while (end > k && (tk.lower[end - 1] == "of"sv || tk.lower[end - 1] == "the"sv || tk.lower[end - 1] == "a"sv)) --end;
  return end > k ? end : last;
}

// The nouns of a target that the text says whose or what it is with "of" (see of_phrase_end).
const std::unordered_set<std::string_view> owned_nouns = {"house", "home", "residence", "offices", "office",
                                                          "headquarters", "car", "vehicle", "truck", "farm", "building",
                                                          "buildings", "plant", "station", "store", "stores", "houses", "homes"};

// Attackers as MUC-4's keys write them: with the group they make ("a group of unidentified persons", "a column
// of ... terrorists"), with what they are members of ("members of the salvadoran army"), up to six words, to
// a punctuation mark, a verb or a word that opens a clause; and with what they wore or rode. [first, last) is
// the description found. (MUC-4 DEV with the role tagger held out: PerpInd 32.3 -> 33.2 for the group and the
// members, 6 right more and 5 wrong fewer, TST the same; 33.2 -> 34.1 for the dress and the motorcycle, 6 right
// more and 1 wrong fewer, TST 24.0 -> 23.9, one wrong more.)
std::pair<std::uint32_t, std::uint32_t> attackers_span(const Tokens& tk, const Sentence& s, std::uint32_t first, std::uint32_t last) {
  if (first >= s.first + 2 && tk.lower[first - 1] == "of"sv &&
      (tk.lower[first - 2] == "group"sv || tk.lower[first - 2] == "column"sv || tk.lower[first - 2] == "band"sv))
    first -= 2;
  if (tk.lower[last - 1] == "members"sv) last = of_phrase_end(tk, s, last);
  // and with what they wore or rode, right after them ("individuals wearing military uniforms", "men in
  // uniform", "eight men in civilian clothes", "two men on a motorcycle")
  if (last + 1 < s.last) {
    const std::string& w = tk.lower[last];
    auto dress = [](std::string_view x) {
      return x.starts_with("uniform") || x == "clothes"sv || x == "clothing"sv || x == "fatigues"sv;
    };
    std::uint32_t k = last + 1, end = 0;
    if (w == "wearing"sv) {
      for (; k < s.last && k < last + 5 && tk.tokens[k].kind == Token::word; ++k)
        if (dress(tk.lower[k])) end = k + 1;
    } else if (w == "in"sv) {
      for (; k < s.last && k < last + 4 && tk.tokens[k].kind == Token::word; ++k)
        if (dress(tk.lower[k])) end = k + 1;
    } else if (w == "on"sv && k + 1 < s.last) {
      if (tk.lower[k] == "a"sv) ++k;
      if (k < s.last && (tk.lower[k].starts_with("motorcycle"sv) || tk.lower[k].starts_with("motorbike"sv))) end = k + 1;
    }
    if (end) last = end;
  }
  return {first, last};
}

// A weapon measured out comes with its measure: the first word of the amount, the unit and "of" before token
// i ("5 kg of dynamite", "125 to 150 grams of tnt", "a charge of dynamite", "several sticks of dynamite"), or i
// where there is none. (MUC-4's keys mostly write weapons so: DEV with the role tagger held out, Weapon 52.0 ->
// 52.3, three right and two wrong where the key writes "dynamite" for "80 kg of dynamite"; TST the same.)
std::uint32_t measure_before(const Tokens& tk, const NumberFinder& numbers, std::uint32_t sentence_first, std::uint32_t i) {
  static const std::unordered_set<std::string_view> units = {"kg", "kgs", "kilograms", "kilos", "grams", "pounds",
                                                             "lbs", "tons", "charge", "charges", "sticks", "stick"};
  if (i < sentence_first + 2 || tk.lower[i - 1] != "of"sv || !units.count(tk.lower[i - 2])) return i;
  std::uint32_t from = i - 2;
  auto amount = [&](std::uint32_t k) {
    return tk.tokens[k].kind == Token::number || numbers.word_value(tk.lower[k]) > 0 || tk.lower[k] == "several"sv;
  };
  if (from > sentence_first && amount(from - 1)) {
    --from;
    if (from >= sentence_first + 2 && tk.lower[from - 1] == "to"sv && amount(from - 2)) from -= 2;  // "125 to 150"
    // and its hedge ("almost 200 kg of dynamite", "over 100 kg")
    static const std::unordered_set<std::string_view> hedges = {"almost", "about", "nearly", "over", "some",
                                                                "approximately", "around", "roughly"};
    if (from > sentence_first && hedges.count(tk.lower[from - 1])) --from;
  }
  return from;
}

// "second" to "tenth" as 2 to 10 ("a third man was shot": the third of those hit), else 0.
int ordinal_value(std::string_view w) {
  static constexpr std::array<std::string_view, 9> words = {"second", "third",   "fourth", "fifth", "sixth",
                                                            "seventh", "eighth", "ninth",  "tenth"};
  for (std::size_t k = 0; k < words.size(); ++k)
    if (w == words[k]) return static_cast<int>(k) + 2;
  return 0;
}

// A verb of killing or wounding whose object comes right after it: "kills six near port", "kills 4-month-old",
// "killed one and injured three before shooting himself".
bool kills_or_wounds(std::string_view w) {
  return w == "kills"sv || w == "killed"sv || w == "killing"sv || w == "wounds"sv || w == "wounding"sv || w == "wounded"sv ||
         w == "injures"sv || w == "injuring"sv || w == "injured"sv;
}

// An age written apart from its number: "11 year-old", "3 month-old".
bool age_apart(std::string_view w) { return w == "year-old"sv || w == "month-old"sv; }

// "identified" and its present tense ("The Sheriff's Office identifies the toddler that died as ...").
bool identify_word(std::string_view w) { return w == "identified"sv || w == "identifies"sv || w == "identify"sv; }

// "his", "her", "their": a pronoun that owns what follows ("her son", "their two children").
bool possessive_pronoun(std::string_view w) { return w == "his"sv || w == "her"sv || w == "their"sv; }

// An adverb that may stand between a doer and the verb: "then", "later", "also", "again", "accidentally".
bool adverb_word(std::string_view w) {
  return w == "then"sv || w == "later"sv || w == "also"sv || w == "again"sv || (w.size() > 4 && w.ends_with("ly"sv));
}

// A word that opens a clause of time: what comes after it is told apart from the verb before it ("Police
// arrested Roberts hours after Melina Torres was shot").
bool clause_word(std::string_view w) {
  return w == "after"sv || w == "before"sv || w == "when"sv || w == "while"sv || w == "since"sv || w == "until"sv;
}

// A quotation mark, straight or curly, single or double.
bool is_quote(std::string_view p) {
  return p == "'"sv || p == "\""sv || p == "\u2018"sv || p == "\u2019"sv || p == "\u201c"sv || p == "\u201d"sv;
}

bool is_plural_person(const std::string& w) {
  return w == "men"sv || w == "women"sv || w.ends_with("children"sv) || w == "people"sv || w == "police"sv || w == "policemen"sv ||
         w == "gunmen"sv || w == "passersby"sv || (w.size() > 3 && w.back() == 's' && w != "boss"sv);
}

Evidence span(const Document& d, const std::string& field, std::uint32_t start, std::uint32_t end, std::string note = {}) {
  Evidence e;
  e.field = field;
  e.document = d.id;
  e.start = start;
  e.end = end;
  e.text = d.text.substr(start, end - start);
  e.note = std::move(note);
  return e;
}

// The same for a span of the headline.
Evidence title_span(const Document& d, const std::string& field, std::uint32_t start, std::uint32_t end,
                    std::string note = {}) {
  Evidence e = {field, d.id, start, end, d.title.substr(start, end - start), std::move(note), true};
  return e;
}

}  // namespace

std::vector<Mention> Extractor::extract(const Document& doc, const Analysis& a, Trace* trace) const {
  const auto& tk = a.tokens;
  const auto& t = tk.tokens;
  const std::string_view text = doc.text;
  std::vector<Hit> hits;
  for (std::uint32_t si = 0; si < tk.sentences.size(); ++si) {
    const Sentence& s = tk.sentences[si];
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      std::uint32_t len = 0;
      if (const auto* row = triggers_.match(tk, i, s.last, len)) {
        hits.push_back({si, i, i + len, (*row)[0], std::stoi((*row)[1]), row->size() > 2 ? (*row)[2] : ""});
        i += len - 1;
      }
    }
  }
  // A firearm and a casualty a few words apart tell of a shooting where no word for one does ("5 People
  // Injured By Man With A Shotgun", "Woman killed accidentally when gun fell from son's pocket"): read only
  // where the article has no incident's word of a known kind at all.
  if (std::none_of(hits.begin(), hits.end(), [](const Hit& h) { return h.type != "other"sv; }))
    for (std::uint32_t si = 0; si < tk.sentences.size(); ++si) {
      const Sentence& s = tk.sentences[si];
      std::optional<std::uint32_t> gun, hurt;
      for (std::uint32_t i = s.first; i < s.last; ++i) {
        std::uint32_t len = 0;
        if (const auto* row = weapons_.match(tk, i, s.last, len); row && !row->empty() && (*row)[0] == "firearm"sv) {
          if (!gun) gun = i;
        } else if (casualties_.match(tk, i, s.last, len)) {
          if (!hurt) hurt = i;
        } else {
          continue;
        }
        i += len - 1;
      }
      if (gun && hurt && (*gun > *hurt ? *gun - *hurt : *hurt - *gun) <= 8)
        hits.push_back({si, std::min(*gun, *hurt), std::max(*gun, *hurt) + 1, "armed_assault", 3, ""});
    }
  // Only words like "attack" or "killed": not enough to call it a violent incident of a known kind,
  // unless they come with casualties; v1 keeps them as type "other" when weight adds up.
  int total = 0;
  for (auto& h : hits) total += h.weight;
  if (hits.empty()) return {};
  // ... as a weak word of a known kind does with a casualty in its sentence or the next ("officers responded
  // ... for a report of gunshots. One person was found dead")
  if (total < 3 && !tk.caseless)
    for (const Hit& h : hits) {
      if (h.type == "other"sv) continue;
      bool hurt = false;
      for (std::uint32_t si = h.sentence; si <= h.sentence + 1 && si < tk.sentences.size() && !hurt; ++si)
        for (std::uint32_t i = tk.sentences[si].first; i < tk.sentences[si].last && !hurt; ++i) {
          std::uint32_t len = 0;
          if (casualties_.match(tk, i, tk.sentences[si].last, len)) hurt = !(i >= h.first && i < h.last);
        }
      if (hurt) {
        total = 3;
        break;
      }
    }
  // Too few for the rules alone: caseless wire copy still makes an incident when the role tagger is sure
  // of what it finds there (see tagger_sure), and its fillers, made here, are the ones added at the end.
  std::optional<std::vector<RoleSpan>> tagged;
  if (total < 3) {
    if (!roles_ || !tk.caseless) return {};
    tagged = roles_->tag(a);
    if (!tagger_sure(*tagged)) return {};
  }

  std::vector<char> trigger_at(t.size() + 1, 0);  // the first word of an incident's trigger
  for (auto& h : hits)
    if (h.type != "other"sv) trigger_at[h.first] = 1;
  // The headline's tokens, made once for the places and the death words it is read for.
  std::optional<Tokens> title_tokens;
  auto title_tk = [&]() -> const Tokens& {
    if (!title_tokens) title_tokens = analyser_.tokenizer().tokenize(doc.title);
    return *title_tokens;
  };
  // The paragraph of each sentence (a blank line starts a new one).
  std::vector<std::uint32_t> paragraph(tk.sentences.size(), 0);
  for (std::uint32_t si = 1; si < tk.sentences.size(); ++si) {
    std::string_view gap = text.substr(tk.sentences[si - 1].end, tk.sentences[si].start - tk.sentences[si - 1].end);
    paragraph[si] = paragraph[si - 1] + (gap.find("\n\n") != std::string_view::npos);
  }
  // Narrative time of each sentence: fresh (today, a weekday, yesterday, within 3 days of publication),
  // stale (weeks or more before publication, another month or year) or unknown; a sentence without a
  // time expression inherits the time of the sentence before it in the same paragraph.
  enum Tense { unknown = 0, fresh = 1, stale = 2 };
  std::vector<Tense> tense(tk.sentences.size(), unknown);
  std::vector<char> own(tk.sentences.size(), 0);
  auto classify = [&](const TimeExpr& te) {
    if (te.date.known() && doc.published.precision == Date::Precision::day) {
      const Date& d = te.date;
      if (d.precision == Date::Precision::day) {
        int back = days_between(d, doc.published);
        return back >= -1 && back <= 3 ? fresh : stale;
      }
      if (d.precision == Date::Precision::month) return d.year == doc.published.year && d.month == doc.published.month ? unknown : stale;
      return d.year == doc.published.year ? unknown : stale;
    }
    if (te.weekday >= 0 || te.stale_hint == 0) return fresh;  // a weekday, today, yesterday with no anchor
    // No anchor: an explicit year or month ("in 2011", "in May 2011") is not the news of the day.
    if (!te.relative && te.date.known() && te.date.precision != Date::Precision::day) return stale;
    return te.stale_hint > 0 ? stale : unknown;
  };
  // A time expression right after a word for a later event ("charged Tuesday", "police said Monday")
  // dates that event, not the incident.
  auto dates_later_event = [&](const TimeExpr& te) {
    std::uint32_t si = tk.sentence_of(te.first);
    const Sentence& s = tk.sentences[si];
    // a word of the list that names a street ("134th Court", "near 5th Court and Elm") is none
    auto clause_word = [&](std::uint32_t k) {
      return has(later_clause_, tk, k) &&
             !(t[k].cap && !tk.caseless && k > s.first && std::isdigit(static_cast<unsigned char>(tk.lower[k - 1][0])));
    };
    // three words back, from before a weekday that goes with the date ("Updated: Wednesday, March 20, 2013")
    std::uint32_t from = te.first;
    static const std::unordered_set<std::string> weekdays = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                                             "saturday", "sunday", ","};
    while (from > s.first && from + 2 > te.first && has(weekdays, tk, from - 1)) --from;
    // right before the incident's word: "the Feb. 16 shooting", "Thursday's homicide"
    for (std::uint32_t k = te.last; k < s.last && k < te.last + 2; ++k)
      if (trigger_at[k]) return false;
    // up to three words back any later event, up to six a clause-long one, unless the incident's own word
    // comes first (up to eight back): "was arrested about 2:30 p.m. Monday", but "was arrested after he
    // shot a man Monday"
    // ("the shooting was reported around 2:30 a.m.": the incident's word is the subject, the report its time)
    bool incident = false;
    for (std::uint32_t k = from; k > s.first && k + 8 > from && !incident; --k) {
      if (trigger_at[k - 1]) incident = true;
      else if (k + 6 > from && (k + 3 > from ? has(later_events_, tk, k - 1) : clause_word(k - 1))) {
        bool subject = k >= s.first + 3 && (tk.lower[k - 2] == "was"sv || tk.lower[k - 2] == "were"sv) &&
                       (trigger_at[k - 3] || (k >= s.first + 4 && trigger_at[k - 4]));
        if (!subject) return true;
      }
    }
    // the word right after: "police on Monday identified the girl slain Sunday night", but not after the
    // incident's word ("was reportedly shot in the head Saturday afternoon said the shooting was accidental")
    if (!incident && te.last < s.last && has(later_events_, tk, te.last)) return true;
    // a clause-long one a few words after, when the incident's word is not the nearer: "On Tuesday, the
    // two were arraigned", but "shot himself June 7 will stand trial"
    for (std::uint32_t k = te.last + 1; k < s.last && k < te.last + 4 && !incident; ++k) {
      if (trigger_at[k]) break;
      if (clause_word(k)) return true;
    }
    // the date stamp of an embedded post: "— Christina Fan (@ChristinaABC30) March 25, 2017"
    if (te.first > s.first && t[te.first - 1].text(text) == ")"sv && te.date.precision == Date::Precision::day &&
        !te.relative)
      return true;
    return false;
  };
  for (auto& te : a.times) {
    if (te.implicit || dates_later_event(te)) continue;  // neither says which day the sentence is about
    std::uint32_t si = tk.sentence_of(te.first);
    Tense c = classify(te);
    if (!own[si] || c == fresh) tense[si] = c;
    own[si] = 1;
  }
  for (std::uint32_t si = 1; si < tk.sentences.size(); ++si)
    if (!own[si] && paragraph[si] == paragraph[si - 1]) tense[si] = tense[si - 1];
  // The main incident's sentences: the first trigger sentences of the freshest tense present.
  Tense want = stale;
  for (auto& h : hits) {
    if (tense[h.sentence] == fresh) { want = fresh; break; }
    if (tense[h.sentence] == unknown) want = unknown;
  }
  std::vector<std::uint32_t> core;
  for (auto& h : hits) {
    if (tense[h.sentence] != want) continue;
    if (!core.empty() && (core.back() == h.sentence)) continue;
    if (!core.empty() && h.sentence > core.front() + 8) break;
    core.push_back(h.sentence);
    if (core.size() >= 4) break;
  }
  auto in_core = [&](std::uint32_t si) { return std::find(core.begin(), core.end(), si) != core.end(); };

  Mention m;
  m.document = doc.id;
  m.main = true;
  // Type: the heaviest specific type among the core sentences and the headline, whose words vote as theirs do
  // ("Mass shooting at Hollywood Recreation Center" over a body that also tells of a stabbing there). Where
  // neither has a word of a known kind ("killed", "a double homicide"), "other".
  std::map<std::string, int> votes;
  for (auto& h : hits)
    if (in_core(h.sentence) && h.type != "other"sv) votes[h.type] += h.weight;
  // the headline's incident words (data/triggers.tsv), read here for the type and below for the flags
  struct TitleHit {
    const Lexicon::Row* row;
    std::uint32_t first, last;  // tokens of the headline
  };
  std::vector<TitleHit> title_hits;
  if (!doc.title.empty()) {
    const Tokens& x = title_tk();
    const auto n = static_cast<std::uint32_t>(x.tokens.size());
    for (std::uint32_t i = 0; i < n; ++i) {
      std::uint32_t len = 0;
      if (const auto* row = triggers_.match(x, i, n, len)) {
        title_hits.push_back({row, i, i + len});
        i += len - 1;
      }
    }
  }
  auto kind_of = [](const TitleHit& th) { return std::string_view((*th.row)[0]); };
  auto weight_of = [](const TitleHit& th) { return std::stoi((*th.row)[1]); };
  if (doc.title != doc.text)
    for (auto& th : title_hits)
      if (kind_of(th) != "other"sv) votes[(*th.row)[0]] += weight_of(th);
  m.type = votes.empty() ? std::string("other")
                         : std::max_element(votes.begin(), votes.end(), [](auto& x, auto& y) { return x.second < y.second; })->first;
  // the type's evidence: its first word in the core (with no votes, every core word is of no kind) ...
  const Hit* type_hit = nullptr;
  for (auto& h : hits)
    if (h.type == m.type && in_core(h.sentence)) { type_hit = &h; break; }
  // ... else its heaviest word in the headline, the core's first word anchoring the rest
  std::optional<Evidence> type_from_title;
  if (!type_hit && !votes.empty()) {
    for (auto& h : hits)
      if (in_core(h.sentence)) { type_hit = &h; break; }
    const TitleHit* best = nullptr;
    for (auto& th : title_hits)
      if (kind_of(th) == m.type && (!best || weight_of(th) > weight_of(*best))) best = &th;
    const Tokens& x = title_tk();
    type_from_title = title_span(doc, "type", x.tokens[best->first].start, x.tokens[best->last - 1].end,
                                 "the headline's word: the incident's sentences tell of no other kind as surely");
  }
  // Flags from the trigger words (data/triggers.tsv, fourth column) and the flag words (data/flag_words.tsv)
  // of the core sentences, else of the headline ("Hunter Takes Responsibility After Accidentally Shooting
  // Himself"), else of the two sentences in the incident's tense after the core ("KSP says it appears the
  // teen handling the gun accidentally shot him- or herself"), else (accidental, police shooting and
  // self-inflicted only) of any sentence of the story not told in another tense. Not a word denied right
  // before it ("the shooting was not accidental").
  {
    struct Marked {
      std::uint32_t sentence, first, last;
      std::string_view flags;
    };
    auto by_first = [](const Marked& x, const Marked& y) { return x.first < y.first; };
    auto denied = [](const Tokens& x, std::uint32_t first, std::uint32_t i) {
      for (std::uint32_t k = i; k > first && k + 3 > i; --k)
        if (negation(x.lower[k - 1]) || x.lower[k - 1] == "not"sv || x.lower[k - 1] == "no"sv) return true;
      return false;
    };
    // the flag words of [first, last) in x, in order
    auto flag_words_in = [&](const Tokens& x, std::uint32_t si, std::uint32_t first, std::uint32_t last, std::vector<Marked>& out) {
      for (std::uint32_t i = first; i < last; ++i) {
        std::uint32_t len = 0;
        const auto* row = flag_words_.match(x, i, last, len);
        // "shot by Baltimore County police", "fatally shot by a Santa Cruz deputy": a name between
        if (std::uint32_t end = row ? 0 : std::max(police_by_name(x, i, last), police_firing(x, i, last))) {
          if (!denied(x, first, i)) out.push_back({si, i, end, "police"});
          i = end - 1;
          continue;
        }
        if (!row) continue;
        if (!denied(x, first, i)) out.push_back({si, i, i + len, (*row)[0]});
        // a phrase that marks no flag ("threatened to take his own life") covers its words; one that marks some
        // lets another begin inside it ("officer accidentally shot" and "shot himself")
        if ((*row)[0] == "none"sv) i += len - 1;
      }
    };
    // a body sentence's: its flagged trigger words (found above) and its flag words, in order
    std::vector<std::uint8_t> marked(tk.sentences.size(), 0);  // the body sentences read so far
    auto marked_in = [&](std::uint32_t si, std::vector<Marked>& out) {
      marked[si] = 1;
      const std::size_t from = out.size();
      const Sentence& s = tk.sentences[si];
      for (auto& h : hits)
        if (h.sentence == si && !h.flags.empty() && !denied(tk, s.first, h.first)) out.push_back({si, h.first, h.last, h.flags});
      flag_words_in(tk, si, s.first, s.last, out);
      std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(), by_first);
    };
    std::vector<Marked> in_core_words, in_title, after_core;
    for (std::uint32_t si : core) marked_in(si, in_core_words);
    if (!doc.title.empty()) {  // the headline's trigger words are not among the hits
      const Tokens& x = title_tk();
      const auto n = static_cast<std::uint32_t>(x.tokens.size());
      for (auto& th : title_hits)
        if (th.row->size() > 2 && !denied(x, 0, th.first)) in_title.push_back({0, th.first, th.last, (*th.row)[2]});
      flag_words_in(x, 0, 0, n, in_title);
      std::stable_sort(in_title.begin(), in_title.end(), by_first);
    }
    for (std::uint32_t si = core.empty() ? 0 : core.back() + 1; !core.empty() && si <= core.back() + 2 && si < tk.sentences.size(); ++si)
      if (tense[si] == want && !in_core(si)) marked_in(si, after_core);
    // How it happened, accidentally, at police hands or by the victim's own hand, is the whole story's: any
    // other sentence not told in another tense says it too ("Police believe the shooting was accidental",
    // often paragraphs after the lead). Not "officers involved" or "police shooting" there, which say police
    // were there, not who shot whom (paragraphs on, often of officers shot). On gva-news this took accidental
    // from P 98.5 / R 54.7 to 96.3 / 68.1, police shooting from 84.6 / 42.3 to 81.9 / 56.7 (75.6 / 59.6 with
    // those words; two sentences more after the core, or three before it, gained a third as much) and
    // self-inflicted from 80.1 / 38.8 to 76.1 / 53.2; an attempt or a suicide attack a later paragraph tells
    // may be another's, and is not read so.
    // (read once, when a flag is still missing after the windows above: the hits gone through once, the flag
    // words read of each sentence those windows did not read)
    std::vector<Marked> in_story;
    bool story_read = false;
    auto read_story = [&] {
      story_read = true;
      if (core.empty()) return;
      std::vector<std::uint8_t> told(tk.sentences.size(), 0);
      for (std::uint32_t si = 0; si < tk.sentences.size(); ++si)
        told[si] = !marked[si] && (tense[si] == want || tense[si] == unknown);
      for (auto& h : hits)
        if (told[h.sentence] && !h.flags.empty() && !denied(tk, tk.sentences[h.sentence].first, h.first))
          in_story.push_back({h.sentence, h.first, h.last, h.flags});
      for (std::uint32_t si = 0; si < tk.sentences.size(); ++si)
        if (told[si]) flag_words_in(tk, si, tk.sentences[si].first, tk.sentences[si].last, in_story);
      std::stable_sort(in_story.begin(), in_story.end(), by_first);
      std::erase_if(in_story, [&](const Marked& x) {
        const std::string& last = tk.lower[x.last - 1];
        return x.flags == "police"sv && (last == "involved"sv || last == "shooting"sv || last == "shootings"sv);
      });
    };
    for (auto [flag, member] : {std::pair{"suicide", &Mention::suicide}, std::pair{"accidental", &Mention::accidental},
                                std::pair{"self_inflicted", &Mention::self_inflicted}, std::pair{"attempted", &Mention::attempted},
                                std::pair{"police", &Mention::police_shooting}}) {
      const std::string field = std::string(flag) == "police"sv ? "police_shooting" : flag;
      const bool whole_story = field == "accidental"sv || field == "police_shooting"sv || field == "self_inflicted"sv;
      for (const auto* words : {&in_core_words, &in_title, &after_core, &in_story}) {
        if (words == &in_story && !whole_story) continue;
        if (words == &in_story && !story_read) read_story();
        auto w = std::find_if(words->begin(), words->end(), [&](const Marked& x) { return x.flags.find(flag) != std::string_view::npos; });
        if (w == words->end()) continue;
        m.*member = true;
        if (words == &in_title)
          m.evidence.push_back(title_span(doc, field, title_tk().tokens[w->first].start, title_tk().tokens[w->last - 1].end,
                                          "a word of the headline"));
        else
          m.evidence.push_back(span(doc, field, t[w->first].start, t[w->last - 1].end));
        break;
      }
    }
  }
  m.evidence.insert(m.evidence.begin(),
                    type_from_title ? *type_from_title
                                    : span(doc, "type", t[type_hit->first].start, t[type_hit->last - 1].end,
                                           tagged ? "too few incident words for the rules alone; the role tagger is sure of its fillers" : ""));
  // A follow-up: the main sentences tell of an arrest, a charge, a trial (data/later_events.txt "clause").
  for (std::uint32_t si : core) {
    for (std::uint32_t k = tk.sentences[si].first; k < tk.sentences[si].last && !m.follow_up; ++k)
      if (has(later_clause_, tk, k)) {
        m.follow_up = true;
        m.evidence.push_back(span(doc, "follow_up", t[k].start, t[k].end, "the main sentences tell of a later event"));
      }
    if (m.follow_up) break;
  }
  // ... or the headline does ("Arrest made in Bourbon Street shooting", "2 Youths Arrested In Sweet 16 Shooting")
  if (!m.follow_up && !doc.title.empty()) {
    const Tokens& x = title_tk();
    for (std::uint32_t k = 0; k < x.tokens.size() && !m.follow_up; ++k)
      if (has(later_clause_, x, k) || x.lower[k] == "arrest"sv || x.lower[k] == "arrests"sv) {
        m.follow_up = true;
        m.evidence.push_back(title_span(doc, "follow_up", x.tokens[k].start, x.tokens[k].end, "the headline tells of a later event"));
      }
  }

  // Date: the first time expression in the core sentences (or the paragraph they inherit it from), else
  // among them and in the three sentences after them, each made more exact by the rules below; else the
  // first exact date of a sentence that tells of an incident; else the first day the article names in the
  // incident's tense; else, in a news report, a bare clock time told with the incident (the news day); else
  // unknown, the evidence saying it is on or before the publication date.
  const TimeExpr* when = nullptr;
  std::uint32_t when_step = 0;  // which rule below chose it (a feature of the date chooser)
  // "an hour later", "two weeks later" count from an event told before: never the incident's date by
  // themselves (the event before them is looked for instead)
  auto counts_on = [&](const TimeExpr& te) {
    return !te.date.known() && te.last > te.first && tk.lower[te.last - 1] == "later"sv;
  };
  for (auto& te : a.times) {
    if (te.implicit || counts_on(te) || dates_later_event(te)) continue;
    std::uint32_t si = tk.sentence_of(te.first);
    if (si > core.back()) break;
    if ((in_core(si) || (si < core.front() && tense[si] == want && si + 3 >= core.front())) && classify(te) == want &&
        (te.date.known() || te.relative))
      when = &te, when_step = 1;
    if (when && in_core(si)) break;
  }
  // A later day in the core sentences dates what followed ("a father was arraigned Thursday after his son
  // shot himself Wednesday night"; "police said Monday that he was found dead Friday"): the earliest day
  // they name within a week before the first one is the incident's.
  if (when && when->date.precision == Date::Precision::day) {
    const Date first = when->date;
    for (auto& te : a.times) {
      std::uint32_t si = tk.sentence_of(te.first);
      if (si > core.back()) break;
      if (!in_core(si) || te.implicit || te.date.precision != Date::Precision::day || classify(te) != want) continue;
      int back = days_between(te.date, first);
      if (back > 0 && back <= 7 && days_between(te.date, when->date) > 0) when = &te, when_step = 2;
    }
  }
  // "Overnight" is the publication day or the evening before it: a day named among the incident's sentences
  // and the three after them says which ("shot overnight in north St. Louis. It happened around 10:45 p.m.
  // Friday").
  if (when && when->last == when->first + 1 && tk.lower[when->first] == "overnight"sv) {
    for (auto& te : a.times) {
      std::uint32_t si = tk.sentence_of(te.first);
      if (si < core.front() || si > core.back() + 3 || te.implicit || te.date.precision != Date::Precision::day) continue;
      if (days_between(te.date, when->date) == 1) {
        when = &te, when_step = 2;
        break;
      }
    }
  }
  // A weekday with the date beside it: the date says which one ("last Monday night, November 28").
  if (when && when->weekday >= 0 && when->relative) {
    for (auto& te : a.times)
      if (&te != when && te.first >= when->last && te.first <= when->last + 2 && month_from_name(tk.lower[te.first]) &&
          !te.implicit &&
          te.date.precision == Date::Precision::day && tk.sentence_of(te.first) == tk.sentence_of(when->first)) {
        when = &te, when_step = 3;
        break;
      }
  }
  if (!when) {
    // The sentences among and just after the main incident's: "A teen was hurt in a shooting. Deputies say
    // it happened around 2 p.m. on Sunday."
    for (auto& te : a.times) {
      if (te.implicit || counts_on(te) || dates_later_event(te)) continue;
      std::uint32_t si = tk.sentence_of(te.first);
      if (si < core.front() || si > core.back() + 3) continue;
      Tense c = classify(te);
      if ((c == want || c == fresh) && (te.date.known() || te.relative)) {  // never an older story's date
        when = &te, when_step = 4;
        break;
      }
    }
  }
  // A sentence that tells of an incident: an incident's word, a casualty word, "it happened", "occurred"
  // (decided once for each sentence).
  std::vector<signed char> told(tk.sentences.size(), -1);
  auto tells_of_incident = [&](std::uint32_t si) {
    if (told[si] < 0) {
      told[si] = std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return h.sentence == si && h.type != "other"sv; });
      for (std::uint32_t k = tk.sentences[si].first; k < tk.sentences[si].last && !told[si]; ++k) {
        std::uint32_t len = 0;
        told[si] = tk.lower[k] == "happened"sv || tk.lower[k] == "occurred"sv ||
                   casualties_.match(tk, k, tk.sentences[si].last, len);  // "Shellsea was killed Sept. 21"
      }
    }
    return told[si] == 1;
  };
  // The first day-precise date, not a later event's, of a sentence that tells of the incident, among those
  // `also` admits.
  auto first_told_day = [&](auto&& also) -> const TimeExpr* {
    for (auto& te : a.times) {
      if (te.implicit || te.date.precision != Date::Precision::day || dates_later_event(te) || !also(te)) continue;
      if (tells_of_incident(tk.sentence_of(te.first))) return &te;
    }
    return nullptr;
  };
  // A follow-up (an arrest, a charge, a trial) whose incident's sentences are dated by the later event: an
  // earlier day in a sentence that tells of the incident is the incident's ("Four people were shot ... on
  // June 27").
  if (when && m.follow_up && when->date.precision == Date::Precision::day)
    if (const TimeExpr* te = first_told_day([&](const TimeExpr& x) { return days_between(x.date, when->date) > 0; }))
      when = te, when_step = 5;
  // A month or a year ("this month", "in March"): a day within it, in a sentence that tells of the incident,
  // says which day.
  if (when && when->date.known() && when->date.precision != Date::Precision::day)
    if (const TimeExpr* te = first_told_day([&](const TimeExpr& x) {
          return x.date.year == when->date.year &&
                 (when->date.precision == Date::Precision::year || x.date.month == when->date.month);
        }))
      when = te, when_step = 6;
  // Nothing near the main incident's sentences: the first day-precise date of any sentence that mentions an
  // incident (follow-up stories: "charged in the fatal shooting of X on Jan. 27").
  if (!when && (when = first_told_day([](const TimeExpr&) { return true; }))) when_step = 7;
  const char* when_note = nullptr;
  if (!when) {
    // Still nothing: the first day the article names in the incident's tense, not a later event's
    // ("Police said the boy was found Monday morning ..." far below a lead that names no day).
    for (auto& te : a.times) {
      if (te.implicit || te.date.precision != Date::Precision::day || dates_later_event(te)) continue;
      if (classify(te) == want || classify(te) == fresh) {
        when = &te, when_step = 8;
        when_note = "the first day the article names: its incident's sentences name none";
        break;
      }
    }
  }
  if (!when && doc.published.precision == Date::Precision::day) {
    // Last: a clock time with no day, in the incident's own sentences or one that tells of it, is the news
    // day, as news writes ("The shooting was reported around 2:30 a.m."); on the dev data this dates 42
    // articles, 35 of them right. So it is in a story whose main sentences tell of a later event too ("The
    // shooting took place just before 7 p.m." beside a suspect "in custody", none of it dated: gva-news,
    // the rules alone 2222 -> 2226 of 3031 held out, one of five wrong). Where those have none, in a news
    // report (not a follow-up), one in any sentence of the incident's tense ("Police were on the scene in
    // an alley at about 5 p.m.", below "a 3-year-old child was shot in the hand"): 7 more right on the dev
    // data, 2 wrong.
    auto first_clock = [&](auto&& admits) -> const TimeExpr* {
      for (auto& te : a.times)
        if (te.implicit && !dates_later_event(te) && admits(tk.sentence_of(te.first))) return &te;
      return nullptr;
    };
    auto in_tense = [&](std::uint32_t si) { return tense[si] != stale || want == stale; };
    if ((when = first_clock([&](std::uint32_t si) { return in_core(si) || (tells_of_incident(si) && in_tense(si)); }))) {
      when_step = 9;
      when_note = "a clock time with no day in the incident's sentences: the day of publication, as news writes";
    } else if (!m.follow_up && (when = first_clock(in_tense))) {
      when_step = 9;
      when_note = "a clock time with no day, in a sentence of the incident's tense: the day of publication, as news writes";
    }
  }
  // The date chooser's say (extract/when.h): every day the article names, on or before its publication and
  // not counted from another event ("two days later"), is a candidate beside the rules' date; the one it
  // scores best is the incident's. Where the rules found no day, it still chooses among the days the article
  // names, and the evidence says so. Caseless wire copy, not what it was trained on, keeps the rules' date.
  std::string chooser_note;
  if ((dates_ || trace) && !tk.caseless) {
    std::vector<DateChooser::Candidate> cands;
    std::vector<std::vector<const TimeExpr*>> written;  // each candidate's time expressions
    for (auto& te : a.times) {
      bool rules = &te == when;
      // ("overnight" is one of two days: a candidate only where the rules chose it)
      if (!rules && (te.implicit || counts_on(te) || te.date.precision != Date::Precision::day ||
                     (te.last == te.first + 1 && tk.lower[te.first] == "overnight"sv) ||
                     (doc.published.precision == Date::Precision::day && days_between(te.date, doc.published) < 0)))
        continue;
      auto it = std::find_if(cands.begin(), cands.end(), [&](const DateChooser::Candidate& c) {
        return c.date.precision == te.date.precision && c.date.iso() == te.date.iso();
      });
      if (it == cands.end()) {
        cands.push_back({te.date, {}, false});
        written.emplace_back();
        it = cands.end() - 1;
      }
      it->rules |= rules;
      std::uint32_t si = tk.sentence_of(te.first);
      std::int32_t gap = DateChooser::kNone;
      for (std::uint32_t k = tk.sentences[si].first; k < tk.sentences[si].last; ++k) {
        if (!trigger_at[k] || (k >= te.first && k < te.last)) continue;
        std::int32_t d = k < te.first ? -static_cast<std::int32_t>(te.first - k) : static_cast<std::int32_t>(k + 1 - te.last);
        if (std::abs(d) < std::abs(gap)) gap = d;
      }
      it->places.push_back({te.first, te.last, static_cast<std::int32_t>(si) - static_cast<std::int32_t>(core.front()), gap,
                            static_cast<std::uint8_t>(tense[si]), dates_later_event(te), tells_of_incident(si), te.relative});
      written[static_cast<std::size_t>(it - cands.begin())].push_back(&te);
    }
    DateChooser::Context ctx{doc.published, when ? when->date : Date{}, when ? when_step : 0u, cands.size()};
    std::vector<std::vector<std::uint32_t>> feats(cands.size());
    std::size_t rules_pick = when ? 0 : cands.size();
    for (std::size_t k = 0; k < cands.size(); ++k) {
      DateChooser::features(a, cands, k, ctx, feats[k]);
      if (trace) trace->dates.push_back({cands[k].date.iso(), cands[k].rules, feats[k]});
      if (cands[k].rules) rules_pick = k;
    }
    std::size_t pick = dates_ && !cands.empty() ? dates_->best(feats) : rules_pick;
    if (pick != rules_pick) {
      // the day as first written where it dates no later event
      const TimeExpr* chosen = written[pick].front();
      for (std::size_t k = 0; k < written[pick].size(); ++k)
        if (!cands[pick].places[k].later_event) { chosen = written[pick][k]; break; }
      chooser_note = when ? "the date chooser's day; the rules took \"" +
                                std::string(text.substr(t[when->first].start, t[when->last - 1].end - t[when->first].start)) + "\""
                          : "the date chooser's day; the rules found no day told with the incident";
      if (!chosen->note.empty()) chooser_note += "; " + chosen->note;
      when = chosen;
    }
  }
  // the sentence the incident's date comes from: a background incident is never made of it again
  const std::uint32_t date_sentence = when ? tk.sentence_of(when->first) : UINT32_MAX;
  if (when) {
    m.date = when->date;
    if (m.date.known() && doc.published.known() && m.date.precision == Date::Precision::day &&
        doc.published.precision == Date::Precision::day && days_between(doc.published, m.date) > 0)
      m.date = {};
    m.evidence.push_back(span(doc, "date", t[when->first].start, t[when->last - 1].end,
                              !chooser_note.empty()                ? chooser_note
                              : when->note.empty() && when_note ? when_note
                                                                   : when->note));
  } else if (doc.published.known()) {
    // The publication date is a bound, not a date: articles with no time expression are as often
    // follow-ups and next-day reports as same-day news (on the gun-violence data it was the incident's day
    // for 38 % of them). Left unknown; the incident's other reports may date it.
    Evidence e = span(doc, "date", t[type_hit->first].start, t[type_hit->last - 1].end,
                      "no time expression near the incident; on or before the publication date (" +
                          doc.published.iso() + ", from the " + doc.published_from + ")");
    m.evidence.push_back(e);
  } else {
    Evidence e = span(doc, "date", t[type_hit->first].start, t[type_hit->last - 1].end,
                      "no time expression near the incident and no publication date");
    m.evidence.push_back(e);
  }

  // The sentences that name the incident's own day, with those after them in their paragraph that name no
  // time: in a follow-up, whose main sentences tell of arrests or a trial this week, they are about the
  // incident all the same ("Elijah Jackson and Shakur Franklin, both 16, were killed during the shootout July
  // 24th, 2015", where the incident's date came from). Not read where the story's main sentences are stale.
  std::vector<char> incident_day(tk.sentences.size(), 0);
  if (want != stale && m.date.known() && m.date.precision == Date::Precision::day) {
    for (auto& te : a.times)
      if (!te.implicit && te.date.precision == Date::Precision::day && te.date.iso() == m.date.iso() && !dates_later_event(te))
        incident_day[tk.sentence_of(te.first)] = 1;
    for (std::uint32_t si = 1; si < tk.sentences.size(); ++si)
      if (!own[si] && paragraph[si] == paragraph[si - 1] && incident_day[si - 1]) incident_day[si] = 1;
  }
  // Place: the best resolved place near the core sentences: a city or county in a core sentence, then
  // in the sentences that follow in the same tense, in the country the core names; a region or country
  // only when no city is named. The dateline only when it is local and nothing better is named.
  const auto& gaz = analyser_.places().gazetteer();
  std::string core_country;
  for (auto& p : a.places) {
    if (p.dateline || p.entry < 0 || !in_core(tk.sentence_of(p.first))) continue;
    const GazEntry& e = gaz.at(static_cast<std::uint32_t>(p.entry));
    if (core_country.empty()) core_country = e.country;
  }
  // Surnames of the people the article names ("Benetria Robinson ... Robinson, a Forest High graduate"):
  // a lone word that is one is a person again, unless it reads as a sizeable place of the story's region
  // (the tagger's person spans sometimes swallow a city: "Selma Police Chief ...").
  std::unordered_set<std::string> surnames;
  for (auto& n : a.names)
    if (n.type == "per"sv && n.last - n.first >= 2) surnames.insert(tk.lower[n.last - 1]);
  // ... but not a word the text also uses as a place for sure: before a police or city body's word or in
  // the dateline ("Fox Chicago" read as a person's name where the story says "Chicago Police").
  for (auto& p : a.places)
    if ((p.before_agency || p.dateline) && p.last - p.first == 1) surnames.erase(tk.lower[p.first]);
  auto lone_surname = [&](const PlaceMention& p) {
    return p.last - p.first == 1 && !p.within && !p.dateline && has(surnames, tk, p.first);
  };
  // The document's dominant region: the first-level region most of its local places are in (a lone
  // surname of a named person does not vote: "Kason Barnes ... Barnes" is not Barnes, London).
  std::map<std::pair<std::string, std::string>, int> regions;
  for (auto& p : a.places) {
    if (p.entry < 0 || p.in_person) continue;
    if (lone_surname(p)) continue;
    const GazEntry& e = gaz.at(static_cast<std::uint32_t>(p.entry));
    if (e.kind != GazEntry::Kind::country && e.kind != GazEntry::Kind::demonym) ++regions[{e.country, e.admin1}];
  }
  std::pair<std::string, std::string> dominant;
  int dominant_votes = 0, total_votes = 0;
  for (auto& [r, v] : regions) {
    total_votes += v;
    if (v > dominant_votes) dominant_votes = v, dominant = r;
  }
  bool has_dominant = dominant_votes >= 2 && dominant_votes * 2 > total_votes;
  // ... and its dominant country: a small foreign town in a story whose places are in one country is a
  // homonym of a local name ("Whitehaven", a part of Memphis, is also a town in England)
  std::map<std::string, int> countries;
  for (auto& [r, v] : regions) countries[r.first] += v;
  std::string home;
  for (auto& [c, v] : countries)
    if (v >= 2 && v * 2 > total_votes) home = c;
  // else the country of its outlet, when data/outlets.tsv knows it ("Obama" in a Milwaukee paper's headline
  // is no town in Japan)
  const auto* outlet = analyser_.places().outlet_home(doc.url);
  if (home.empty() && outlet) home = outlet->first;
  auto in_region = [&](const GazEntry& e) {  // in the story's dominant region
    return has_dominant && e.country == dominant.first && e.admin1 == dominant.second;
  };
  auto a_surname = [&](const PlaceMention& p, const GazEntry& e) {
    if (!lone_surname(p)) return false;
    return !(in_region(e) && e.population >= 50000);
  };
  // a small town abroad in a story of one country is a homonym of a local name
  auto foreign_homonym = [&](const PlaceMention& p, const GazEntry& e) {
    return !home.empty() && e.country != home && e.local() && !p.within && !p.dateline && !e.large_city();
  };
  // The town of a place of care ("taken to Lehigh Valley Hospital in Allentown", "died in an Anchorage
  // hospital") is where the hurt were taken, not where they were hurt (the archive sometimes codes it; the
  // text does not say the incident was there). Only the body's places: a headline's are read apart.
  std::vector<char> care_towns(a.places.size());
  for (std::size_t k = 0; k < a.places.size(); ++k)
    care_towns[k] = a.places[k].entry >= 0 && care_town(tk, a.places[k].first, a.places[k].last);
  auto care_town_at = [&](const PlaceMention& p) {
    const PlaceMention* const body = a.places.data();
    return &p >= body && &p < body + a.places.size() && care_towns[static_cast<std::size_t>(&p - body)];
  };
  // Why a place the article names cannot be the incident's (nullptr: it can): the rules' choice below skips
  // these, and an unknown place's evidence gives the reasons.
  auto not_the_incidents = [&](const PlaceMention& p, const GazEntry& e, bool in_title) -> const char* {
    if (p.in_person) return "a person's name";
    if (p.in_name) return "a venue's or an outlet's name";
    if (care_town_at(p)) return "the town of a place of care the hurt were taken to";
    if (e.kind == GazEntry::Kind::demonym) return "a demonym";
    if (!in_title && a_surname(p, e)) return "a surname of the story";
    if (foreign_homonym(p, e)) return "a small town abroad in a story of another country";
    return nullptr;
  };
  const PlaceMention* where = nullptr;
  double best = 0;
  std::vector<std::pair<double, const PlaceMention*>> scored;  // every place that could be the incident's
  for (auto& p : a.places) {
    if (p.entry < 0) continue;
    const GazEntry& e = gaz.at(static_cast<std::uint32_t>(p.entry));
    if (not_the_incidents(p, e, false)) continue;
    std::uint32_t si = tk.sentence_of(p.first);
    double sc = 0;
    if (p.dateline) {
      // The dateline is where the story was filed. A local one (a city of the story's own region:
      // "CHICAGO — A shooting in Austin ...") stands in when the text names no better place; a wire
      // dateline abroad ("MOSCOW —" over a story about Kazakhstan) never does.
      if (!e.local() || !in_region(e)) continue;
      sc = 3;
    } else if (in_core(si)) sc = 6;
    else if (si > core.front() && si <= core.back() + 6 && tense[si] == want) sc = 4;
    else if (si + 2 >= core.front() && si <= core.back() + 3 && tense[si] != stale) sc = 3;
    else if (incident_day[si]) sc = 4;
    else if (tense[si] == want) sc = 1;
    else if (si < 2 && tense[si] != stale) sc = 0.5;  // the lead says where, even in another tense
    if (sc == 0) continue;
    if (e.local() || p.within) sc += 4;
    else if (e.kind == GazEntry::Kind::admin1) sc += 1;
    if (!core_country.empty() && e.country == core_country) sc += 1;
    if (has_dominant && e.kind != GazEntry::Kind::country) sc += in_region(e) ? 1 : -3;
    scored.emplace_back(sc, &p);
    // a town of the state chosen, as near the incident's sentences, is the more precise ("a shooting in New
    // Jersey ... called to Cleveland Street in Orange")
    auto within_chosen = [&] {
      if (!where || sc != best || e.kind == GazEntry::Kind::admin1 || e.kind == GazEntry::Kind::country) return false;
      const GazEntry& w = gaz.at(static_cast<std::uint32_t>(where->entry));
      return w.kind == GazEntry::Kind::admin1 && w.country == e.country && w.admin1 == e.admin1;
    };
    if (sc > best || within_chosen()) {
      best = sc;
      where = &p;
    }
  }
  // The state a U.S. story is filed from: its dateline's ("KANSAS CITY, Mo. -"), else its local outlet's
  // (data/outlets.tsv). When the best place lies outside it and the text names a place in it too, the best
  // place there is taken instead: a neighbourhood the gazetteer lacks is read as a homonym far away
  // ("Overtown", "Central City") and a person's name as a town ("Lee") more often than a local story is
  // about a small place elsewhere.
  std::string home_state, home_from;
  for (auto& p : a.places)
    if (p.dateline && p.us_state && p.entry >= 0) {
      home_state = gaz.at(static_cast<std::uint32_t>(p.entry)).admin1;
      home_from = "the dateline's state";
      break;
    }
  if (home_state.empty() && outlet && outlet->first == "US"sv) {
    home_state = outlet->second;
    home_from = "the home state of the outlet " + PlaceFinder::host_of(doc.url) + " (data/outlets.tsv)";
  }
  std::string home_note;
  if (where && !where->within && !home_state.empty()) {
    const GazEntry& e = gaz.at(static_cast<std::uint32_t>(where->entry));
    auto at_home = [&](const GazEntry& x) { return x.country == "US"sv && x.admin1 == home_state; };
    if (!at_home(e)) {
      const PlaceMention* local = nullptr;
      double local_best = 0;
      for (auto& [sc, p] : scored)
        if (sc > local_best && at_home(gaz.at(static_cast<std::uint32_t>(p->entry)))) local_best = sc, local = p;
      if (!local)  // the dateline's own town ("MANCHESTER, IL")
        for (auto& p : a.places)
          if (p.dateline && !p.us_state && p.entry >= 0 &&
              (p.within || gaz.at(static_cast<std::uint32_t>(p.entry)).local()) &&
              at_home(gaz.at(static_cast<std::uint32_t>(p.entry)))) {
            local = &p;
            break;
          }
      if (local) {
        home_note = "in " + home_from + ", not " + e.name + ", " + (e.admin1_name.empty() ? e.country : e.admin1_name);
        where = local, best = std::max(best, local_best);
      }
    }
  }
  // The headline's places, read once and in the story's region: a name found outside it is taken as the
  // place of that name in the region when there is one ("Roswell" over a New Mexico story is not Roswell,
  // Georgia).
  std::vector<PlaceMention> title_places;
  bool title_read = false;
  auto read_title_places = [&]() -> std::vector<PlaceMention>& {
    if (title_read) return title_places;
    title_read = true;
    title_places = analyser_.places().find(title_tk(), doc.title, 0, 0, doc.url);
    // a person's name the text gives, written whole in a headline of words in lower case, is no place:
    // "Alex Arthur Buckner shot parents ..." over "Gunman Alex Buckner, 26, ..." has no town Alex (the
    // headline's capitalised words from the place on end before a word in lower case, and the text names a
    // person with the first and the last of them)
    const Tokens& htk = title_tk();
    auto capitalised = [&](std::uint32_t i) {
      std::string_view w = htk.tokens[i].text(doc.title);
      return htk.tokens[i].kind == Token::word && !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
    };
    for (auto& tp : title_places) {
      if (tp.in_person || tp.last != tp.first + 1) continue;
      std::uint32_t e = tp.last;  // past the capitalised words
      while (e < htk.tokens.size() && e < tp.last + 3 && capitalised(e)) ++e;
      if (e == tp.last || e >= htk.tokens.size() || htk.tokens[e].kind != Token::word || capitalised(e)) continue;
      for (const NameSpan& n : a.names)
        if (n.type == "per"sv && n.last - n.first >= 2 && tk.lower[n.first] == htk.lower[tp.first] &&
            tk.lower[n.last - 1] == htk.lower[e - 1]) {
          for (auto& other : title_places)  // the middle name too ("Arthur")
            if (other.first >= tp.first && other.last <= e) other.in_person = true;
          break;
        }
    }
    for (auto& tp : title_places) {
      if (tp.entry < 0 || tp.us_state || tp.within || !has_dominant || in_region(gaz.at(static_cast<std::uint32_t>(tp.entry)))) continue;
      const GazEntry* same_name = nullptr;
      if (const auto* cands = gaz.lookup(fold_key(doc.title.substr(tp.start, tp.end - tp.start))))
        for (auto ci : *cands) {
          const GazEntry& c = gaz.at(ci);
          if (in_region(c) && c.local() && (!same_name || c.population > same_name->population)) same_name = &c;
        }
      if (same_name) tp.entry = static_cast<int>(same_name - &gaz.at(0));
    }
    return title_places;
  };
  // A county chosen while a city of that county is named too (in the text, its dateline or the headline):
  // the city is the more precise place.
  bool where_in_title = false;
  std::string refined;  // the note of such a city
  if (where && where->entry >= 0 && gaz.at(static_cast<std::uint32_t>(where->entry)).kind == GazEntry::Kind::admin2) {
    const GazEntry& county = gaz.at(static_cast<std::uint32_t>(where->entry));
    auto in_county = [&](const PlaceMention& p) {
      if (p.entry < 0 || p.in_person || p.in_name || care_town_at(p)) return false;
      const GazEntry& e = gaz.at(static_cast<std::uint32_t>(p.entry));
      return e.kind == GazEntry::Kind::city && e.country == county.country && e.admin1 == county.admin1 &&
             e.admin2_name == county.admin2_name;
    };
    auto first_in_county = [&](bool dateline) -> const PlaceMention* {  // one named in the text before the dateline's
      for (auto& p : a.places)
        if (p.dateline == dateline && in_county(p)) return &p;
      return nullptr;
    };
    const PlaceMention* city = first_in_county(false);
    if (!city) city = first_in_county(true);
    refined = "a town of " + county.name + ", which the story names too";
    if (city) {
      where = city;
    } else if (!doc.title.empty() && doc.title != doc.text) {
      for (auto& tp : read_title_places())
        if (in_county(tp)) {
          where = &tp;
          where_in_title = true;
          break;
        }
    }
    if (!city && !where_in_title) refined.clear();
  }
  // The headline's local place, when the body names none in the incident's own sentences ("Boy shoots
  // himself ... in central Fresno" over a body that says only "the city"): read in the story's region.
  const PlaceMention* title_where = nullptr;
  if (where_in_title) {
    title_where = where;
    where = nullptr;
  } else if ((!where || best < 10) && !doc.title.empty() && doc.title != doc.text) {
    // (a place that begins a venue's or an institution's name, "Garden City High School student ... fatally
    // shot in Detroit", only where the headline names no other)
    const Tokens& ttk = title_tk();
    auto venue_name = [&](const PlaceMention& tp) {
      return tp.last < ttk.tokens.size() && analyser_.places().follower_use(ttk.lower[tp.last]) == "venue"sv;
    };
    for (int pass = 0; pass < 2 && !title_where; ++pass)
      for (auto& tp : read_title_places()) {
        if (tp.entry < 0 || tp.us_state || tp.in_person) continue;
        const GazEntry* e = &gaz.at(static_cast<std::uint32_t>(tp.entry));
        if (has_dominant && !tp.within && !in_region(*e)) continue;  // no place of that name in the story's region
        if (!e->local() && !tp.within) continue;
        if (foreign_homonym(tp, *e)) continue;
        if (pass == 0 && venue_name(tp)) continue;
        double sc = 5 + 4 + (has_dominant ? 1 : 0);
        if (sc > best) {
          best = sc;
          if (!where || where->entry != tp.entry) refined.clear();  // (said of the county's town it replaces)
          title_where = &tp;
          where = nullptr;
        }
        break;
      }
  }
  // Why the analysis left a name unresolved (PlaceMention::stray): its readings are elsewhere.
  auto stray_reason = [&](const PlaceMention& p) {
    const GazEntry& e = gaz.at(static_cast<std::uint32_t>(p.stray));
    return e.country == "US"sv ? "only a small town of another state than the story's (" + e.name + ", " + e.admin1_name + ")"
                               : "only a town abroad in a story of another country (" + e.name + ", " + e.country + ")";
  };
  // The dateline's place, when nothing else is named at all; else the town of the place of care the hurt
  // were taken to, which the rules above pass over, the note saying so: the text does not tell it as the
  // incident's, but the hurt are mostly taken to a hospital near where they were hurt (with it, 3 stories of
  // gva-news that had lost their state have it back).
  const char* where_note = "";
  if (!where && !title_where)
    for (auto& p : a.places)
      if (p.dateline && p.entry >= 0 && !p.us_state) {
        if (gaz.at(static_cast<std::uint32_t>(p.entry)).local()) {
          where = &p;
          where_note = "the dateline's place: the text names no other";
          break;
        }
      }
  if (!where && !title_where)
    for (auto& p : a.places)
      if (care_town_at(p) && !p.in_person && !p.in_name && gaz.at(static_cast<std::uint32_t>(p.entry)).local()) {
        where = &p;
        where_note = "the town of the place of care the hurt were taken to: the text names no other place";
        break;
      }
  // The place a mention records: a part of a city ("a shooting in West Garfield Park") is recorded as the
  // city, as registers code it (the evidence keeps the part's name).
  auto recorded = [&](const PlaceMention& p, bool in_title, std::string* note) {
    Place out = analyser_.places().to_place(p, in_title ? std::string_view(doc.title) : text);
    if (!p.within) {
      const GazEntry& e = gaz.at(static_cast<std::uint32_t>(p.entry));
      if (const GazEntry* city = gaz.enclosing_city(e)) {
        if (note) *note = out.name + " is a part of " + city->name + " (gazetteer)";
        out = analyser_.places().to_place(static_cast<int>(city - &gaz.at(0)));
      } else if (const GazEntry* one = gaz.consolidated_city(e)) {
        if (note) *note = out.name + " is in " + e.admin2_name + ", one city with " + one->name + " (data/consolidated_counties.tsv)";
        out = analyser_.places().to_place(static_cast<int>(one - &gaz.at(0)));
      }
    }
    return out;
  };
  // A second opinion (extract/where.h): every town and county the article names, in the text and the
  // headline, ranked by the place chooser, which overrides the rules where it prefers another, and chooses
  // where the rules place nothing.
  std::string place_note;
  if ((places_ || trace) && !tk.caseless) {
    const PlaceMention* w = where ? where : title_where;
    std::string_view w_text = !w       ? std::string_view()
                              : where ? text.substr(w->start, w->end - w->start)
                                      : std::string_view(doc.title).substr(w->start, w->end - w->start);
    if (!doc.title.empty() && doc.title != doc.text) read_title_places();
    // one candidate per gazetteer entry; a place the gazetteer lacks is one by its name
    auto key_of = [&](const PlaceMention& p, bool in_title) {
      if (!p.within) return std::to_string(p.entry);
      std::string_view src = in_title ? std::string_view(doc.title) : text;
      return "within " + flat(src.substr(p.start, p.end - p.start));
    };
    const std::string w_key = w ? key_of(*w, where == nullptr) : std::string();
    std::vector<PlaceChooser::Candidate> cands;
    std::vector<std::string> keys;
    std::vector<std::pair<const PlaceMention*, bool>> first;  // each candidate's first mention (and in the headline)
    auto consider = [&](const PlaceMention& p, bool in_title) {
      if (p.entry < 0 || p.in_person || p.in_name || p.us_state) return;
      if (!in_title && care_town_at(p)) return;
      const GazEntry& e = gaz.at(static_cast<std::uint32_t>(p.entry));
      std::string key = key_of(p, in_title);
      if (key != w_key) {  // what the rules never consider is no candidate: a state, a surname, a foreign homonym
        if (!e.local() && !p.within) return;
        // nor a dateline in another country than the rules' place ("MOSCOW —" over a story of Taraz): where
        // the story was filed
        if (p.dateline && w && w->entry >= 0 && gaz.at(static_cast<std::uint32_t>(w->entry)).country != e.country) return;
        if (!in_title && a_surname(p, e)) return;
        if (foreign_homonym(p, e)) return;
      }
      std::size_t k = static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
      if (k == keys.size()) {
        PlaceChooser::Candidate c;
        c.kind = static_cast<std::uint8_t>(e.kind);
        c.population = e.population;
        c.region = has_dominant ? (in_region(e) ? 1 : 2) : 0;
        c.home = home_state.empty() ? 0 : (e.country == "US"sv && e.admin1 == home_state) ? 1 : 2;
        c.part = !p.within && gaz.enclosing_city(e) != nullptr;
        c.rules = key == w_key;
        cands.push_back(std::move(c));
        keys.push_back(key);
        first.emplace_back(&p, in_title);
      }
      PlaceChooser::Mention pm;
      pm.first = p.first, pm.last = p.last, pm.title = in_title, pm.dateline = p.dateline, pm.within = p.within;
      if (!in_title) {
        std::uint32_t si = tk.sentence_of(p.first);
        pm.surname = lone_surname(p);
        pm.from_core = static_cast<std::int32_t>(si) - static_cast<std::int32_t>(core.front());
        pm.tense = tense[si] == want ? 1 : tense[si] == stale ? 2 : tense[si] == unknown ? 0 : 3;
        for (auto& [sc, q] : scored)
          if (q == &p) pm.score = static_cast<float>(sc);
      }
      cands[k].mentions.push_back(pm);
    };
    for (auto& p : a.places) consider(p, false);
    for (auto& p : title_places) consider(p, true);
    std::size_t rules_pick = static_cast<std::size_t>(std::find(keys.begin(), keys.end(), w_key) - keys.begin());
    if (rules_pick < cands.size() || (!w && !cands.empty())) {
      std::vector<std::vector<std::uint32_t>> feats(cands.size());
      for (std::size_t k = 0; k < cands.size(); ++k) {
        PlaceChooser::features(tk, title_tk(), cands, k, feats[k]);
        if (trace) trace->places.push_back({recorded(*first[k].first, first[k].second, nullptr), cands[k].rules, feats[k]});
      }
      std::size_t pick = places_ ? places_->best(feats) : rules_pick;
      if (pick != rules_pick) {
        place_note = w ? "the place chooser's; the rules took \"" + flat(w_text) + "\""
                       : std::string("the place chooser's; the rules placed the incident nowhere");
        if (first[pick].second) title_where = first[pick].first, where = nullptr;
        else where = first[pick].first, title_where = nullptr;
      }
    }
  }
  if (where || title_where) {
    const PlaceMention* w = where ? where : title_where;
    std::string note = !place_note.empty() ? place_note : !refined.empty() ? refined : !home_note.empty() ? home_note : where_note;
    // a name in the incident's sentences the analysis left unresolved as a place elsewhere ("in Liberty City"
    // in a Miami station's story is no Liberty City, Texas)
    if (note.empty())
      for (auto& p : a.places)
        if (p.stray >= 0 && !p.in_person && in_core(tk.sentence_of(p.first))) {
          note = "not " + flat(text.substr(p.start, p.end - p.start)) + ": " + stray_reason(p);
          break;
        }
    m.location = recorded(*w, where == nullptr, place_note.empty() ? &note : nullptr);
    // A national capital's dateline over a text that names no other place is where the report was filed
    // ("SAN SALVADOR, 5 JAN 90 (RADIO VENCEREMOS) --"), not where the incident was: correspondents write
    // from the capital about the whole country. Its country is known; the town is not. (On MUC-4 DEV the
    // keys give the country alone for 29 such reports and the capital for 15; no gva-news story is datelined
    // in a national capital with no other place named.)
    if (const GazEntry* filed = where && note == where_note && *where_note ? &gaz.at(static_cast<std::uint32_t>(where->entry)) : nullptr;
        filed && filed->national_capital())
      if (const GazEntry* country = gaz.country(filed->country)) {
        note = "the dateline's " + m.location->name + " is the capital, where the report was filed; the text names no place for the incident, so only its country is known";
        m.location = analyser_.places().to_place(static_cast<int>(country - &gaz.at(0)));
      }
    if (where) {
      m.evidence.push_back(span(doc, "location", where->start, where->end, note));
    } else {
      m.evidence.push_back(title_span(doc, "location", title_where->start, title_where->end,
                                      note.empty() ? "named in the headline; the incident's sentences name no place" : note));
    }
  } else {
    // Unknown, and why: what the article names that could have been a place, and why none is the incident's.
    std::string why;
    std::vector<std::string> seen;
    std::vector<std::pair<const PlaceMention*, bool>> named;  // and whether it is the headline's
    for (auto& p : a.places) named.emplace_back(&p, false);
    if (!doc.title.empty() && doc.title != doc.text)
      for (auto& p : read_title_places()) named.emplace_back(&p, true);
    for (auto [pp, in_title] : named) {
      const PlaceMention& p = *pp;
      std::string_view src = in_title ? std::string_view(doc.title) : text;
      if ((p.entry < 0 && (p.stray < 0 || p.in_person)) || seen.size() == 3) continue;
      std::string name = flat(src.substr(p.start, p.end - p.start));
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
      seen.push_back(name);
      std::string reason;
      if (p.entry < 0) {  // the analysis left its only readings out, as places elsewhere
        reason = stray_reason(p);
      } else if (const char* r = not_the_incidents(p, gaz.at(static_cast<std::uint32_t>(p.entry)), in_title)) {
        reason = r;
      } else {
        reason = p.dateline ? "the dateline, where the story was filed" : "not told with the incident";
      }
      why += (why.empty() ? "" : "; ") + name + ": " + reason;
    }
    m.evidence.push_back(span(doc, "location", t[type_hit->first].start, t[type_hit->last - 1].end,
                              why.empty() ? "unknown: the article names no place the gazetteer knows"
                                          : "unknown: no place the article names is the incident's (" + why + ")"));
  }

  // Casualties: "NUMBER (people) (were) killed", "killing NUMBER", "NUMBER dead", "a man was killed".
  // A sentence in another tense than the main incident's is about something else.
  // (but not one of the incident's own day, above)
  auto off_tense = [&](std::uint32_t si) { return tense[si] == stale && want != stale && !incident_day[si]; };
  struct Found {
    int value;
    std::string qualifier;
    std::uint32_t start, end;
    bool all = false;  // from a word that counts everyone hit, the dead too ("shot")
    bool same = false;  // from a word that does so for someone already named ("a gunshot wound")
    bool in_title = false;
    bool number = false;  // from a number ("2 dead"), not from one person ("Man shot")
    bool self = false;    // from a word for one who hurt himself ("shot himself")
    bool others = false;  // the people after a verb whose subject did it ("killed his wife", "killing seven"):
                          // the one who did it is not among them
    int ordinal = 0;      // "a fourth man was shot": 4, the place of this one among those hit
    bool also = false;    // told as hit besides someone ("her mother was also shot", "two boys were also wounded")
  };
  // One person without a number, at token i: a count only where the extractor finds a casualty word for it.
  auto one_person = [](std::uint32_t i) {
    Quantity q;
    q.first = q.last = i;
    q.value = 1;
    q.article = true;
    return q;
  };
  // A word for one person: "man", "toddler", "17-year-old".
  auto single_person = [&](const std::string& w) {
    return (persons_.count(w) && !is_plural_person(w)) || w.ends_with("-year-old");
  };
  // "twin" before a word for people: two of them ("his twin daughters")
  auto twin_pair = [&](const Tokens& x, std::uint32_t at) {
    return x.lower[at] == "twin"sv && at + 1 < x.tokens.size() && has(persons_, x, at + 1) &&
           is_plural_person(x.lower[at + 1]);
  };
  // The value of a number or number word at token `at`, or -1 (0 for digits that are no number); twins are two.
  auto value_at = [&](const Tokens& x, std::uint32_t at) {
    if (twin_pair(x, at)) return 2;
    return x.tokens[at].kind == Token::number ? std::atoi(x.lower[at].c_str()) : analyser_.numbers().word_value(x.lower[at]);
  };
  // An age after "his", "her", "their" or "of" is one person ("fatally shooting her 17-year-old son", "the
  // fatal shooting of 17-year-old son"). So is a person after "his" or "her" that something happened to
  // ("his son was wounded").
  auto add_owned_ages = [&](const Tokens& x, std::vector<Quantity>& qs) {
    for (std::uint32_t i = 1; i < x.tokens.size(); ++i) {
      const std::string& before = x.lower[i - 1];
      bool owner = before == "his"sv || before == "her"sv;
      if (is_age_word(x.lower[i]) && (kills_or_wounds(before) || before == "murders"sv || before == "murdered"sv)) {
        // an age right after a verb of killing or wounding is the one it was done to ("man kills 4-month-old
        // before shooting himself"): counted as a number is, by the verb before it
        Quantity q = one_person(i);
        q.article = false;
        q.last = i + 1;
        qs.push_back(q);
      } else if (x.lower[i].ends_with("-year-old")) {
        if (owner || before == "their"sv || before == "of"sv) qs.push_back(one_person(i));
      } else if (owner && single_person(x.lower[i]) && i + 4 < x.tokens.size() && x.lower[i + 1] == "and"sv) {
        // two people of one owner ("her sister and mother were injured", "his wife and his son were
        // wounded"), when the casualty word follows "were"
        std::uint32_t k = i + 2;
        if (x.lower[k] == "his"sv || x.lower[k] == "her"sv) ++k;
        if (k + 2 < x.tokens.size() && single_person(x.lower[k]) && x.lower[k + 1] == "were"sv) {
          std::uint32_t len = 0;
          const auto* row = casualties_.match(x, k + 2, static_cast<std::uint32_t>(x.tokens.size()), len);
          if (row && told_after(*row)) {
            Quantity q = one_person(i);
            q.article = false;
            q.value = 2;
            q.last = k + 1;
            qs.push_back(q);
          }
        }
      } else if (owner && single_person(x.lower[i]) && i + 2 < x.tokens.size() &&
                 (x.lower[i + 1] == "was"sv || x.lower[i + 1] == "is"sv)) {
        // the word right after tells of a casualty itself ("was wounded"; not "was taken to a hospital")
        std::uint32_t len = 0;
        const auto* row = casualties_.match(x, i + 2, static_cast<std::uint32_t>(x.tokens.size()), len);
        if (row && !(row->size() > 2 && (*row)[2] == "same"sv)) qs.push_back(one_person(i));
      }
    }
  };
  // The people right after a verb ("shot three people", "shot a 17-year-old", "killed his wife", "shot
  // him"): how many, and the token after the last word of them; none when no person is named there.
  std::function<std::optional<std::pair<int, std::uint32_t>>(const Tokens&, std::uint32_t, std::uint32_t)> people_after;
  people_after = [&](const Tokens& x, std::uint32_t at, std::uint32_t end) -> std::optional<std::pair<int, std::uint32_t>> {
    if (x.lower[at] == "him"sv) return std::pair{1, at + 1};
    std::uint32_t from = at;
    if (possessive_pronoun(x.lower[at])) ++from;  // "their two children"
    int v = from < end ? value_at(x, from) : -1;
    if (v > 0 && from + 1 < end && age_apart(x.lower[from + 1]))
      v = 1;  // an age written apart: "shot his 11 year-old son"
    bool one = x.lower[from] == "a"sv || x.lower[from] == "an"sv || x.lower[from] == "another"sv ||
               x.lower[from] == "other"sv || from > at ||
               single_person(x.lower[from]);  // a headline's "shoots wife", "shoots other child"
    for (std::uint32_t k = from + (v > 0 ? 1 : 0); k < end && k < from + 5 && x.tokens[k].kind != Token::punct; ++k) {
      if (!has(persons_, x, k) && !is_age_word(x.lower[k])) continue;
      if (v > 0 && v < 100 && x.lower[from] != "a"sv && x.lower[from] != "an"sv) return std::pair{v, k + 1};
      if (one && single_person(x.lower[k])) {
        // and the people after "and" ("wounded a 16-year-old boy and a 19-year-old", "shooting his
        // 2-year-old nephew and his 24-year-old sister", "killed her daughter and two young grandchildren");
        // not "and then himself", "and fled"
        std::uint32_t e = k + 1;
        while (e < end && e < k + 3 && has(persons_, x, e)) ++e;  // "16-year-old boy"
        if (e + 1 < end && x.lower[e] == "and"sv && x.lower[e + 1] != "him"sv)
          if (auto more = people_after(x, e + 1, end); more && more->first >= 1) return std::pair{1 + more->first, more->second};
        return std::pair{1, k + 1};
      }
      return std::nullopt;
    }
    return std::nullopt;
  };
  std::vector<Quantity> quantities = a.numbers;
  add_owned_ages(tk, quantities);
  // Twins are two people: "twin daughters", "the twins were shot".
  auto add_twins = [&](const Tokens& x, std::vector<Quantity>& qs) {
    for (std::uint32_t i = 0; i < x.tokens.size(); ++i) {
      if (!twin_pair(x, i) && x.lower[i] != "twins"sv) continue;
      Quantity q;
      q.first = i;
      q.last = i + 1;
      q.value = 2;
      q.count = true;
      qs.push_back(q);
    }
  };
  add_twins(tk, quantities);
  // "Another" before a casualty word, or before a word for one person and one, is one person more: "one man
  // was killed and another wounded", "a student was fatally shot and another teenager injured".
  for (std::uint32_t i = 0; i + 1 < tk.tokens.size(); ++i) {
    if (tk.lower[i] != "another"sv) continue;
    std::uint32_t k = i + 1, end = tk.sentences[tk.sentence_of(i)].last, len = 0;
    // (an age before the word for one person, or for it: "another 16-year-old boy", "another 16-year-old")
    const bool aged = k < end && is_age_word(tk.lower[k]);
    if (aged) ++k;
    const bool person = k < end && single_person(tk.lower[k]);
    if (person) ++k;
    if (person || aged) {
      // where: "another man in the home was wounded"
      if (k < end && (tk.lower[k] == "in"sv || tk.lower[k] == "at"sv || tk.lower[k] == "inside"sv))
        for (std::uint32_t j = k + 1; j < end && j < k + 5 && tk.tokens[j].kind == Token::word; ++j)
          if (tk.lower[j] == "was"sv || tk.lower[j] == "is"sv) {
            k = j;
            break;
          }
    }
    // ... told in a relative clause: "they found another 16-year-old boy who had been shot in the ankle"
    if (k > i + 1 && k < end && tk.lower[k] == "who"sv) ++k;
    if (k < end && (tk.lower[k] == "was"sv || tk.lower[k] == "is"sv)) ++k;
    else if (k + 1 < end && (tk.lower[k] == "had"sv || tk.lower[k] == "has"sv) && tk.lower[k + 1] == "been"sv) k += 2;
    const auto* row = k < end ? casualties_.match(tk, k, end, len) : nullptr;
    if (row && told_after(*row)) quantities.push_back(one_person(i));
  }
  // A list of people, each with its article, owner or number, before a plural verb and a casualty word
  // counts them all: "The woman, the man and the ten-month old child were pronounced dead" (three), "a man,
  // a woman and a child were killed". Read back from the verb; at least two people, the last after "and".
  for (std::uint32_t v = 2; v + 1 < tk.tokens.size(); ++v) {
    if (tk.lower[v] != "were"sv && tk.lower[v] != "are"sv) continue;
    const Sentence& s = tk.sentences[tk.sentence_of(v)];
    bool hit = false;
    for (std::uint32_t j = v + 1; j < s.last && j <= v + 3 && !hit; ++j) {
      std::uint32_t len = 0;
      const auto* row = casualties_.match(tk, j, s.last, len);
      hit = row && told_after(*row);
    }
    if (!hit) continue;
    int total = 0, items = 0;
    bool last_and = false, first_item = true;
    std::uint32_t k = v, start = v;  // the item ends right before k; the first item's first word
    while (k > s.first) {
      const std::string& noun = tk.lower[k - 1];
      if (!persons_.count(noun) && !is_age_word(noun)) break;
      // back to the item's article, owner or number, over at most three describing words
      std::uint32_t b = k - 1;
      int n = 0;
      bool aged = false;
      for (std::uint32_t d = 0; b > s.first && d < 4; ++d) {
        const std::string& w = tk.lower[b - 1];
        if (w == "the"sv || w == "a"sv || w == "an"sv || w == "his"sv || w == "her"sv || w == "their"sv) {
          n = 1;
          --b;
          break;
        }
        // (a number before an age written apart is the age: "two year old child"; one of more than one counts
        // no single person: "Image 2 of 9 7-year-old girl and her mother were shot", a gallery's caption)
        if (int val = value_at(tk, b - 1); val >= 1 && val < 20 && !aged && (val == 1 || is_plural_person(noun))) {
          n = val;
          --b;
          break;
        }
        if (tk.tokens[b - 1].kind != Token::word || w == "and"sv) break;
        aged |= age_apart(w) || w == "old"sv || w == "year"sv || w == "month"sv;
        --b;
      }
      if (n == 0 || (n == 1 && is_plural_person(noun))) break;
      total += n;
      ++items;
      if (first_item) last_and = b > s.first && tk.lower[b - 1] == "and"sv;
      first_item = false;
      k = start = b;
      if (k > s.first && tk.lower[k - 1] == "and"sv) --k;
      if (k > s.first && tk.lower[k - 1] == ","sv) --k;
      else if (k == b) break;
    }
    if (items >= 2 && last_and && total < 20) {
      Quantity q;
      q.first = start;
      q.last = v;
      q.value = total;
      quantities.push_back(q);
    }
  }
  // Headline style counts one person too: "Teen shot, killed", "17-year-old found dead" — a sentence that
  // opens with a singular person noun.
  for (const Sentence& s : tk.sentences)
    if (single_person(tk.lower[s.first])) quantities.push_back(one_person(s.first));
  // The headline's numbers, and its one person: a singular person word after at most three capitalised
  // words ("Athens man wounded in drive-by shooting", "Off-duty DPS trooper shot").
  // Headlines capitalise every word, so they are read in lower case ("2 Men Shot" is no street number).
  std::string lower_title = doc.title;
  for (char& c : lower_title) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::optional<Tokens> lower_title_tokens;
  auto lower_title_tk = [&]() -> const Tokens& {
    if (!lower_title_tokens) lower_title_tokens = analyser_.tokenizer().tokenize(lower_title);
    return *lower_title_tokens;
  };
  auto title_quantities = [&]() {
    const Tokens& x = lower_title_tk();
    std::vector<Quantity> qs = analyser_.numbers().find(x, lower_title);
    add_owned_ages(x, qs);
    add_twins(x, qs);
    for (std::uint32_t i = 0; i < x.tokens.size() && i < 4; ++i) {
      if (single_person(x.lower[i])) {
        qs.push_back(one_person(i));
        break;
      }
      std::string_view word = x.tokens[i].text(doc.title);  // the same offsets in the headline as written
      if (word == ":"sv) continue;  // who says it: "Coroner: 12-year-old boy dead"
      if (x.tokens[i].kind != Token::word || word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) break;
    }
    // One person right before a casualty word, anywhere in the headline: "Family bids farewell to toddler
    // killed by gunfire".
    // ... or right after one that comes before its people: "Accidental shooting claims life of 15-year-old"
    for (std::uint32_t j = 1; j + 1 < x.tokens.size(); ++j) {
      std::uint32_t len = 0;
      const auto* row = casualties_.match(x, j, static_cast<std::uint32_t>(x.tokens.size()), len);
      if (row && told_before(*row) && j + len < x.tokens.size() && single_person(x.lower[j + len]))
        qs.push_back(one_person(j + len));
    }
    // ... or with "was" or "is" between: "Alleged gang member was target, but 2-year-old was shot"
    for (std::uint32_t i = 1; i + 1 < x.tokens.size(); ++i) {
      if (!single_person(x.lower[i])) continue;
      std::uint32_t at = i + 1, len = 0;
      if (at + 1 < x.tokens.size() && (x.lower[at] == "was"sv || x.lower[at] == "is"sv)) ++at;
      const auto* row = casualties_.match(x, at, static_cast<std::uint32_t>(x.tokens.size()), len);
      if (row && told_after(*row)) qs.push_back(one_person(i));
    }
    // A list of people after a casualty word counts them all too: "Man kills woman, her son, himself",
    // "Father kills wife, 2 children, self" (the one who killed himself is among the dead).
    auto person_word = [&](const std::string& p) {
      return persons_.count(p) || p.ends_with("-year-old") || p.ends_with("-month-old") || p.ends_with("-week-old");
    };
    for (std::uint32_t j = 1; j < x.tokens.size(); ++j) {
      std::uint32_t len = 0;
      const auto* row = casualties_.match(x, j, static_cast<std::uint32_t>(x.tokens.size()), len);
      if (!row || (*row)[0] != "killed"sv || !told_before(*row)) continue;
      int total = 0, items = 0;
      bool ok = true;
      std::uint32_t k = j + len;
      while (k < x.tokens.size() && ok) {
        const std::string& w = x.lower[k];
        if (w == ","sv || w == "and"sv || w == "&"sv || w == "her"sv || w == "his"sv || w == "their"sv) {
          ++k;
          continue;
        }
        // one item: a number or not, then the words for one kind of person ("8-year-old girl", "teen girl")
        int n = 1;
        if (w == "himself"sv || w == "herself"sv || w == "self"sv) {
          total += 1;
          ++items;
          ++k;
          continue;
        }
        if (int v = value_at(x, k); v >= 1 && v < 20 && k + 1 < x.tokens.size() && person_word(x.lower[k + 1])) {
          n = v;
          ++k;
        }
        if (!person_word(x.lower[k])) break;
        bool plural = false;
        for (; k < x.tokens.size() && person_word(x.lower[k]); ++k) plural = has(persons_, x, k) && is_plural_person(x.lower[k]);
        if (plural && n == 1) {  // a plural without its number: only "parents" says how many
          ok = x.lower[k - 1] == "parents"sv;
          n = 2;
        }
        total += n;
        ++items;
      }
      if (ok && items >= 2) {
        Quantity q;
        q.first = j + len;  // read as "killing seven": the casualty word right before the count
        q.last = k;
        q.value = total;
        qs.push_back(q);
      }
    }
    // A list of people before a casualty word counts them all: "Man, 17-month-old child dead", "Mother,
    // Father, Toddler Dead", "Parents, 2 children dead" (a plural counts only with its number, "parents" two).
    for (std::uint32_t j = 1; j < x.tokens.size(); ++j) {
      std::uint32_t len = 0;
      const auto* row = casualties_.match(x, j, static_cast<std::uint32_t>(x.tokens.size()), len);
      if (!row || !told_after(*row)) continue;
      int total = 0, items = 0;
      std::uint32_t k = j;
      if (k > 1 && x.lower[k - 1] == "found"sv) --k;  // "Man, Toddler Found Dead"
      bool ok = true;
      if (x.lower[j - 1] == "another"sv) {  // "Teen Killed, Another Wounded"
        Quantity q;
        q.first = j - 1;
        q.last = j;
        q.value = 1;
        qs.push_back(q);
        continue;
      }
      while (k > 0 && ok) {
        const std::string& w = x.lower[k - 1];
        if (w == ","sv || w == "and"sv || w == "&"sv) {
          --k;
          continue;
        }
        bool age = w.ends_with("-year-old") || w.ends_with("-month-old") || w.ends_with("-week-old");
        if (!persons_.count(w) && !age) break;
        int n = 1;
        std::uint32_t from = k - 1;
        if (from > 0 && is_age_word(x.lower[from - 1])) --from;
        // a singular person word right before describes this one: "Teen girl shot", "Teen passenger shot"
        if (!is_plural_person(w) && from > 0 && has(persons_, x, from - 1) && !is_plural_person(x.lower[from - 1]))
          --from;
        int v = from > 0 ? value_at(x, from - 1) : -1;
        // a number before the noun, even one ("2 children, 1 teen shot"), or with one describing word
        // between them ("Woman, 3 teenage daughters shot")
        bool described = false;
        // ("Two teen girls, two men shot": a singular person word describes the plural after it)
        if (!(v >= 1 && v < 20) && from > 1 && x.tokens[from - 1].kind == Token::word &&
            (!has(persons_, x, from - 1) || (is_plural_person(w) && !is_plural_person(x.lower[from - 1]))) &&
            x.lower[from - 1] != "and"sv) {
          int v2 = value_at(x, from - 2);
          if (v2 >= 1 && v2 < 20) v = v2, described = true;
        }
        if (v >= 1 && v < 20) {
          n = v;
          from -= described ? 2 : 1;
        } else if (is_plural_person(w)) {
          if (w != "parents"sv) ok = false;
          n = 2;
        }
        total += n;
        ++items;
        k = from;
      }
      if (ok && items >= 2) {
        Quantity q;
        q.first = k;
        q.last = j;
        q.value = total;
        qs.push_back(q);
      }
    }
    return qs;
  };
  // Whether a place or a name the analysis found ends right before token i of the text.
  auto name_ends_at = [&](std::uint32_t i) {
    return std::any_of(a.places.begin(), a.places.end(), [&](const PlaceMention& p) { return p.last == i; }) ||
           std::any_of(a.names.begin(), a.names.end(), [&](const NameSpan& n) { return n.last == i; });
  };
  // Casualties in the sentences `accept` admits; the largest count of each kind, with its span. A death told
  // with an ordinal ("a third victim died") is kept in `ordinal_deaths` too, and the first one who "also shot
  // himself" in `also_self`, the last call's.
  std::vector<Found> ordinal_deaths, ordinal_hurts;
  std::optional<Found> also_self;
  // the largest count of the hurt alone that a count_casualties_in() found (not one of everyone hit):
  // "left four people dead and one person injured" beside a "Quadruple Shooting"
  std::optional<Found> hurt_only;
  // "the fourth" after a capitalised word is part of a name: "Printess Winston the fourth was accidentally shot"
  auto ordinal_after_name = [](const Tokens& x, const Quantity& q) {
    return q.first > 0 && x.lower[q.first] == "the"sv && x.tokens[q.first - 1].kind == Token::word && x.tokens[q.first - 1].cap;
  };
  auto count_casualties_in = [&](const Tokens& x, std::string_view txt, const std::vector<Quantity>& qs, bool in_title,
                                auto&& accept) {
    std::optional<Found> killed, wounded;
    ordinal_deaths.clear();
    ordinal_hurts.clear();
    also_self.reset();
    hurt_only.reset();
    // one person hurt, told with an article ("a 5-year old child was struck in the arm"): in a sentence that
    // tells of several, one after another, they add up (below)
    struct Single {
      std::uint32_t sentence, first;
      Found f;
    };
    std::vector<Single> singles;
    // a count found: the larger one of its kind is kept (and the largest of the hurt alone, above)
    auto consider = [&](std::optional<Found>& slot, const Found& f) {
      // a count in the clause of a word for another incident, one avenged, is that one's
      // (data/other_incident_words.txt: "in retaliation for a Labor Day shooting that left one person dead")
      const std::uint32_t at = x.token_at(f.start);
      if (at < x.tokens.size() && clause_word_before(x, at, x.sentences[x.sentence_of(at)].first, 8, other_incident_)) return;
      // ... and one told right after it ("a teen victim who was killed in a previous shooting")
      if (const std::uint32_t end = x.token_at(f.end - 1); end < x.tokens.size() &&
          other_incident_after(x, end, x.sentences[x.sentence_of(end)].last, 8))
        return;
      if (!slot || f.value > slot->value) slot = f;
      if (&slot == &wounded && (f.number || f.also) && !f.all && !f.same && !f.self && (!hurt_only || f.value > hurt_only->value))
        hurt_only = f;
    };
    for (const Quantity& q : qs) {
      if (!q.count) continue;
      std::uint32_t si = x.sentence_of(q.first);
      if (!accept(si)) continue;
      const Sentence& s = x.sentences[si];
      if (q.multiple) {  // "a double shooting", "triple homicide": the word right after, and nothing else
        // ... or the rest of the same word ("triple-murder")
        std::uint32_t len = 0;
        const std::string& word = x.lower[q.first];
        const std::string joined = q.joined ? word.substr(word.find('-') + 1) : std::string();
        const auto* row = q.joined ? casualties_.find(joined) : q.last < s.last ? casualties_.match(x, q.last, s.last, len) : nullptr;
        if (row && (*row)[1] == "multiple"sv) {
          const std::uint32_t end = q.joined ? q.first : q.last + len - 1;
          Found f{q.value, "", x.tokens[q.first].start, x.tokens[end].end, false, false, in_title, true};
          f.all = row->size() > 2 && (*row)[2] == "all"sv;
          // "a double murder-suicide": two killed by one who then killed himself, counted apart
          std::uint32_t dlen = 0;
          f.others = q.joined ? attacker_deaths_.find(joined) != nullptr : attacker_deaths_.match(x, q.last, s.last, dlen) != nullptr;
          consider((*row)[0] == "killed"sv ? killed : wounded, f);
        }
        continue;
      }
      // digits right after a name are part of it: "Cleveland 19" (a station), "Local 10"
      if (!in_title && &x == &tk && q.first > s.first && x.tokens[q.first].kind == Token::number &&
          x.tokens[q.first].start == x.tokens[q.first - 1].end + 1 && name_ends_at(q.first))
        continue;
      // a number of wounds or shots is no number of people: "suffered two gunshot wounds" ("one gunshot
      // wound" of someone dead still tells that everyone hit died)
      if (q.last < s.last && !q.article && q.value > 1) {
        const std::string& nx = x.lower[q.last];
        if (nx == "gunshot"sv || nx == "gunshots"sv || nx == "wound"sv || nx == "wounds"sv || nx == "bullet"sv || nx == "bullets"sv)
          continue;
      }
      // an age written apart ("his 11 year-old son") is no count
      if (q.last < s.last && age_apart(x.lower[q.last])) continue;
      // after the number: a few words (nouns, "were", "people") then a casualty word; "a"/"the" reach a
      // little further ("a 13 year old Franklin County girl remains in the hospital"). A death anywhere in
      // that stretch wins over an injury: "was taken to the hospital where he died" is one killed.
      std::uint32_t j = q.last;
      bool person = x.lower[q.first] == "another"sv, plural = false;  // "another (was) wounded" is one person
      std::optional<Found> hurt, dead;
      std::uint32_t reach = q.article ? 12 : 6;
      // "a 2-year-old boy and a 26-year-old man were killed": one more person for each "and a", "and his"
      // before the casualty word, when the verb is plural
      // ("Five young men and a woman were shot and wounded": six)
      int joined = 0;
      bool were = false, after_and = false;
      // the person in a question asked ("whether the victim died", "if the man had died")
      const bool asked = [&] {
        for (std::uint32_t b = q.first; b > s.first && b + 3 > q.first; --b)
          if (x.lower[b - 1] == "if"sv || x.lower[b - 1] == "whether"sv) return true;
        return false;
      }();
      // ... and one more for each person named by a noun before "and" and the number ("the man and two
      // children found dead": three; "whose sister, nephew and two other relatives were killed": four), or
      // before "and" and one person with an article, where they "were" hurt ("the baby's mother, grandmother
      // and a family friend were critically wounded": three)
      int joined_before = 0;
      bool others_of_one = false;
      std::uint32_t joined_from = q.first;  // the first of those nouns' words: where the evidence starts
      if (q.first >= s.first + 2 && x.lower[q.first - 1] == "and"sv) {
        std::uint32_t k = q.first - 1;  // at the "and" or comma that ends the item before
        while (k >= s.first + 1 && single_person(x.lower[k - 1])) {
          std::uint32_t b = k - 1;  // the noun, then what may come before it in its item
          if (b > s.first && (x.lower[b - 1] == "the"sv || x.lower[b - 1] == "a"sv || x.lower[b - 1] == "his"sv ||
                              x.lower[b - 1] == "her"sv || x.lower[b - 1] == "their"sv || x.lower[b - 1] == "one"sv))
            --b;
          ++joined_before;
          joined_from = b;
          if (b < s.first + 2 || x.lower[b - 1] != ","sv) break;
          k = b - 1;
        }
        // ... or by "he" or "she" ("after he and three others were shot": four)
        // (the others are besides that one: all of them hit, "A District man died Tuesday night after he and
        // four others were shot" is five hit, four hurt)
        if (!joined_before && (x.lower[q.first - 2] == "he"sv || x.lower[q.first - 2] == "she"sv)) {
          joined_before = 1;
          joined_from = q.first - 2;
          others_of_one = true;
        }
      }
      // A number of more than one before a singular verb is no count of people ("12 was shot": a name's or
      // a street's number) unless a group of them is ("a family of five was found dead"), nor one before "and"
      // and an age ("16 and 17-year-old were shot": two ages).
      if (!q.article && q.value > 1 && q.last < s.last && !(q.first > s.first && x.lower[q.first - 1] == "of"sv) &&
          (x.lower[q.last] == "was"sv || x.lower[q.last] == "is"sv || x.lower[q.last] == "has"sv ||
           (x.lower[q.last] == "and"sv && q.last + 1 < s.last && x.lower[q.last + 1].ends_with("-year-old"))))
        continue;
      // A shot fired or heard is no person: "fired at least one shot".
      if (q.first > s.first) {
        const std::string& before = x.lower[q.first - 1];
        if (before == "fired"sv || before == "fire"sv || before == "fires"sv || before == "firing"sv || before == "heard"sv ||
            before == "hear"sv || before == "squeezed"sv || before == "let"sv)
          continue;
      }
      // the number is the object of a casualty verb before it ("wounded 16 people"): a casualty word after
      // "and" is another verb's, with its own object ("... and killed one")
      bool object_of_verb = false;
      if (!q.article && q.first > s.first) {
        std::uint32_t before_len = 0;
        const auto* verb = casualties_.match(x, q.first - 1, s.last, before_len);
        object_of_verb = verb && before_len == 1 && told_before(*verb);
      }
      for (std::uint32_t k = 0; k < reach && j < s.last; ++k, ++j) {
        const std::string& w = x.lower[j];
        // a verb of speaking before the casualty word begins what was said of someone else: "four victims
        // went to the hospital where police say 19-year-old Demetrius Davis died", "275 were told of ...'s death"
        // (not "a man who police say shot and killed his son": said of the same one)
        if (!dead && speech_words_.count(w) && !(j >= 2 && (x.lower[j - 2] == "who"sv || x.lower[j - 2] == "whom"sv)))
          break;
        if (w == "and"sv) after_and = true;  // "killed four people and left one seriously injured": another count
        // an aside on some of the people counted, between commas, is passed over whole: "five people, four of
        // them teenagers, were shot" (five); its own number is a part of them
        if (w == ","sv && person && !hurt && !dead && j + 4 < s.last && x.lower[j + 2] == "of"sv &&
            (x.lower[j + 3] == "them"sv || x.lower[j + 3] == "whom"sv) &&
            (x.tokens[j + 1].kind == Token::number || analyser_.numbers().word_value(x.lower[j + 1]) > 0 ||
             x.lower[j + 1] == "all"sv || x.lower[j + 1] == "some"sv || x.lower[j + 1] == "most"sv || x.lower[j + 1] == "both"sv)) {
          std::uint32_t close = j + 4;
          while (close < s.last && close < j + 10 && x.lower[close] != ","sv) ++close;
          if (close < s.last && x.lower[close] == ","sv) {
            j = close;  // (the aside takes one of the words the stretch may reach)
            continue;
          }
        }
        // "other" and "more" right after the number add nothing to the people counted, nor does an adverb to
        // what befell them: not counted in the stretch's length ("Three other men inside the home were
        // subsequently injured", "Three other men at the scene were also hit by gunfire")
        if (((w == "other"sv || w == "more"sv) && j == q.last) || (w.size() > 5 && w.ends_with("ly"sv)) || w == "also"sv) ++reach;
        // what befell someone the hurt are kin of: "five people wounded, including a pregnant woman whose unborn
        // baby was killed"
        if (hurt && w == "whose"sv) break;
        // those held, charged or questioned right after the number are its people, not those hurt after them:
        // "2 questioned after toddler shot", "Three men arrested after ..." (data/suspect_words.tsv "after")
        if (!hurt && !dead && !q.article && j <= q.last + 1 && suspect_after_.count(w)) break;
        if (!hurt && !dead && w == "and"sv && j + 1 < s.last) {
          const std::string& nx = x.lower[j + 1];
          // "a father and daughter": two people whatever the verb
          // "a father and daughter", "a 13-month-old boy and 20-year-old man": two people whatever the verb
          bool bare = person && !plural &&
                      ((persons_.count(nx) && !is_plural_person(nx)) || nx.ends_with("-year-old") || nx.ends_with("-month-old"));
          were |= bare;
          int owned = possessive_pronoun(nx) && j + 2 < s.last ? value_at(x, j + 2) : -1;
          if (owned > 1 && owned < 100) {  // "a woman and her two children were shot": three
            joined += owned;
            reach += 3;
            j += 2, k += 2;  // past the number, which would end the stretch
          } else if (nx == "a"sv || nx == "an"sv || nx == "his"sv || nx == "her"sv || nx == "another"sv || bare ||
                     // "Two children, ages 3 and 5, and their mother were found dead": three
                     (nx == "their"sv && j + 2 < s.last && single_person(x.lower[j + 2])) ||
                     // "all 3 children and the man died": one more, the person after "the"
                     (nx == "the"sv && !q.article && j + 2 < s.last && single_person(x.lower[j + 2]))) {
            ++joined;
            // (the article's own stretch is long already; it reaches further only past another person with an
            // article: "A 15-year-old male and a 69-year-old male in the vehicle with Johnson were also hit")
            if (!q.article || nx == "a"sv || nx == "an"sv) reach += 3;
          } else if (int v = analyser_.numbers().word_value(nx); !q.article && v > 0 && v < 100) {
            joined += v;  // "three men and two women were shot"
            reach += 3;
            ++j, ++k;     // past the number, which would end the stretch
          }
        }
        were |= w == "were"sv || w == "are"sv || w == "have"sv;
        // "a fourth is wounded", "the third was shot": an ordinal right after the article is one person
        if (q.article && j == q.last && !person && ordinal_value(w) > 0 && !ordinal_after_name(x, q)) person = true;
        if ((persons_.count(w) || w.ends_with("-year-old")) && !person) {  // "a 17-year-old" is a person
          person = true;
          plural = persons_.count(w) && is_plural_person(w);
        }
        std::uint32_t len = 0;
        const auto* row = casualties_.match(x, j, s.last, len);
        // a death denied in passing: "Eight people were injured - none fatally -"; anything denied: "he
        // hasn't been shot", "was never wounded"
        if (row && j > q.last) {
          const std::string& b1 = x.lower[j - 1];
          if (b1 == "none"sv || b1 == "no"sv || denied_before(x, j, q.last) || counterfactual(x, j, q.last) ||
              (b1 == "to"sv && (w == "hurt"sv || w == "wound"sv)) ||  // "he did not mean to hurt anyone"
              ((b1 == "been"sv || b1 == "be"sv) && j - 1 > q.last && negation(x.lower[j - 2])))
            row = nullptr;
          // a shot fired, not someone shot: "An 8-year-old boy picked up a gun and fired at least one shot"
          // (the number itself before "shot" is a count of people: "One shot, four dead")
          if (w == "shot"sv && len == 1 &&
              (b1 == "one"sv || b1 == "a"sv || b1 == "single"sv || b1 == "warning"sv || b1 == "another"sv || b1 == "lone"sv))
            row = nullptr;
          // bodies counted are the number's own noun ("three bodies were found", "the four bodies"), not
          // a word further on ("Five people ... were shot in different parts of their bodies")
          if (w == "bodies"sv && len == 1 && j > q.last + 1) row = nullptr;
        }
        // neither of two said ("the eighth child this year to be injured or killed"), nor what is asked ("not
        // able to say if the man had died")
        if (row && ((j > q.last && x.lower[j - 1] == "or"sv) || (j + len < s.last && x.lower[j + len] == "or"sv) ||
                    asked))
          row = nullptr;
        // nor harm of no violence ("5 bicyclists hit by vehicle", "two people died in the crash": data/other_causes.txt)
        if (row && other_cause_after(x, j + len, s.last)) row = nullptr;
        // nor the death of someone named further on ("the one retaliating for Smith's death", "arrested one man
        // in connection with Johnson's death"; not the counted noun's own: "one man's death")
        if (row && j > q.last + 1 && x.tokens[j - 1].cap && ends_possessive(x.lower[j - 1])) row = nullptr;
        if (row && after_and && object_of_verb) break;
        if (row && told_after(*row)) {
          // "he died", "she was shot": one person, but only as the one it happened to ("he shot two
          // people" makes him the shooter)
          const std::string& first = x.lower[q.first];
          if (first == "he"sv || first == "she"sv) {
            bool passive = j > q.last && (x.lower[j - 1] == "was"sv || x.lower[j - 1] == "is"sv || x.lower[j - 1] == "been"sv);
            bool intransitive = w == "died"sv || w == "dies"sv || w == "succumbed"sv || w == "passed"sv ||
                                x.lower[j + len - 1] == "himself"sv || x.lower[j + len - 1] == "herself"sv;  // "she shot herself"
            if (!passive && !intransitive) break;
            person = true;
          }
          // "A gunman shot three people", "two men shot a teen": the people counted did it, to the people
          // after the verb, who are counted instead
          if (active_with_object(x, q.last, j, len, s.last,
                                 in_title && j + len + 1 < s.last && single_person(x.lower[j + len]) &&
                                     x.lower[j + len + 1] != ","sv && x.lower[j + len + 1] != "and"sv)) {
            if (auto people = people_after(x, j + len, s.last)) {
              Found f{people->first, "", x.tokens[j].start, x.tokens[people->second - 1].end,
                      false, false, in_title, true};
              f.all = row->size() > 2 && (*row)[2] == "all"sv;
              f.others = true;
              ((*row)[0] == "killed"sv ? dead : hurt) = f;
            }
            break;
          }
          // "Man shoots girl, 2 women": "shoots" tells what the one before it did; its people are after it
          if (x.lower[j + len - 1] == "shoots"sv) break;
          if (q.article && (!person || plural)) break;  // "a man was killed" is one; "the victims died" is not
          const bool before_too = joined_before > 0 && (were || q.value > 1);
          // (the people joined after "and" count with a plural verb, or after a number of people: "two men
          // and a woman suffered minor injuries")
          const bool after_too = were || (q.value > 1 && !q.article);
          Found f{q.value + (after_too ? joined : 0) + (before_too ? joined_before : 0), q.qualifier == "vague"sv ? "about" : q.qualifier,
                  x.tokens[before_too ? joined_from : q.first].start, x.tokens[j + len - 1].end, false, false, in_title, !q.article};
          if (row->size() > 2) {
            const std::string& first = x.lower[q.first];
            f.all = (*row)[2] == "all"sv || ((*row)[2] == "same"sv && (first == "the"sv || first == "he"sv || first == "she"sv));
            f.same = (*row)[2] == "same"sv;
            f.self = row->size() > 3 && (*row)[3] == "self"sv;
          }
          // "a boy accidentally shot himself and his friend": the people after "and" were hit too
          if (f.self && j + len + 1 < s.last && x.lower[j + len] == "and"sv)
            if (auto people = people_after(x, j + len + 1, s.last)) {
              f.value += people->first;
              f.end = x.tokens[people->second - 1].end;
              f.self = false;
            }
          // "four others were shot", "six other victims", "a woman was also shot", "the other four shooting
          // victims": people besides the dead, whom they do not count
          for (std::uint32_t o = q.last; o < j; ++o) {
            f.also |= x.lower[o] == "also"sv;
            if (((x.lower[o] == "other"sv || x.lower[o] == "others"sv) && !(others_of_one && before_too)) || x.lower[o] == "also"sv)
              f.all = f.same = false;
          }
          if (q.first > s.first && x.lower[q.first - 1] == "other"sv) f.all = f.same = false;
          // "three people dead and another person injured": one besides the dead; so is "one of his friends"
          // (someone the dead one, or the one who shot, had with him)
          if (x.lower[q.first] == "another"sv ||
              (q.last + 2 < j && x.lower[q.first] == "one"sv && x.lower[q.last] == "of"sv &&
               (x.lower[q.last + 1] == "his"sv || x.lower[q.last + 1] == "her"sv))) {
            f.also = true;
            f.all = f.same = false;
          }
          // the murdered or slain are the attacker's victims, and he is none of them: "5 Murdered In Manchester,
          // IL; Suspect Dead"
          if ((*row)[0] == "killed"sv && (x.lower[j + len - 1] == "murdered"sv || x.lower[j + len - 1] == "slain"sv)) f.others = true;
          // "while the 15-year-old also shot himself in the wrist": one more hurt, besides those counted
          // (the count's own subject: not read on past another casualty word for someone before it)
          if (f.self && !in_title && !hurt && !dead)
            for (std::uint32_t o = q.last; o < j; ++o)
              if (x.lower[o] == "also"sv && !also_self) also_self = f;
          // "a fourth man suffered a gunshot wound": the fourth of those hit (besides three dead, or one of four)
          if (q.article && q.last < j) f.ordinal = ordinal_value(x.lower[q.last]);
          std::optional<Found>& slot = (*row)[0] == "killed"sv ? dead : hurt;
          if (!slot) {
            slot = f;
            if (!dead) reach = k + 16;  // room for "... and was taken to the hospital, where he died"
          }
          if (dead) break;
          j += len - 1;
          k += len - 1;
          continue;
        }
        // an aside between commas or dashes before anything happened: "Five people, including a 12-year-old,
        // were shot"; "the victim, a 22-year-old man, was shot"; "eight people — including a 3-year-old girl —
        // were struck"
        std::string_view mark = x.tokens[j].text(txt);
        if (!hurt && !dead && (mark == ","sv || mark == "\u2014" || mark == "--"sv || mark == "\u2013") &&
            j + 1 < s.last) {
          const std::string& nx = x.lower[j + 1];
          const bool ages = nx == "ages"sv || nx == "aged"sv;  // "ages 19 and 22"
          // one person's age between commas: "Girl, 4, apparently shot herself in the hand"
          if (mark == ","sv && q.article && j + 2 < s.last && x.tokens[j + 1].kind == Token::number &&
              x.lower[j + 2] == ","sv) {
            j += 2;
            continue;
          }
          // ... or two people's ages: "two girls, 7 and 5, critically shot"
          if (mark == ","sv && q.value == 2 && !q.article && j + 4 < s.last && x.tokens[j + 1].kind == Token::number &&
              x.lower[j + 2] == "and"sv && x.tokens[j + 3].kind == Token::number && x.lower[j + 4] == ","sv) {
            j += 4;
            continue;
          }
          // the people counted, one by one: "Three victims, a 25-year-old man, a 26-year-old man, and a
          // 33-year-old man, were all transported to a local hospital" (no more of them than the number)
          if (mark == ","sv && (nx == "a"sv || nx == "an"sv) && q.value > 1 && !q.article) {
            std::uint32_t at = j + 1, items = 0, word = 0;
            bool closed = false;
            while (at < s.last && items < static_cast<std::uint32_t>(q.value)) {
              if (x.lower[at] == "and"sv) ++at;
              if (at >= s.last || (x.lower[at] != "a"sv && x.lower[at] != "an"sv)) break;
              std::uint32_t e = at + 1;  // the item's person: "a 25-year-old man", "a woman", "an 8-year-old"
              while (e < s.last && e < at + 5 && x.tokens[e].kind == Token::word && !casualties_.match(x, e, s.last, word) &&
                     !has(persons_, x, e) && !x.lower[e].ends_with("-year-old"))
                ++e;
              if (e >= s.last || x.tokens[e].kind != Token::word || casualties_.match(x, e, s.last, word)) break;
              if (x.lower[e].ends_with("-year-old") && e + 1 < s.last && has(persons_, x, e + 1)) ++e;
              ++items;
              at = e + 1;
              if (at < s.last && x.lower[at] == "and"sv) continue;  // "a 25-year-old man and a 33-year-old woman"
              if (at < s.last && x.tokens[at].text(txt) == ","sv) {
                const std::string_view after = at + 1 < s.last ? std::string_view(x.lower[at + 1]) : std::string_view();
                if (after != "a"sv && after != "an"sv && after != "and"sv) {  // the aside's closing comma
                  closed = true;
                  break;
                }
                ++at;
              } else {
                break;
              }
            }
            if (closed && items > 1) {
              j = at;
              continue;
            }
          }
          // ... or anything short (between dashes, whatever it opens with: "Five other people -- men and women --
          // had been shot, too")
          const bool dashes = mark != ","sv;
          if (ages || dashes || nx == "including"sv || nx == "a"sv || nx == "an"sv || nx == "both"sv || nx == "all"sv) {
            std::uint32_t close = j + 2, word = 0;
            while (close < s.last && close < j + 10 && x.tokens[close].text(txt) != mark &&
                   (ages || dashes || x.lower[close] != "and"sv) && !casualties_.match(x, close, s.last, word))
              ++close;
            if (close < s.last && close < j + 10 && x.tokens[close].text(txt) == mark) {
              j = close;  // the aside does not use up the stretch's reach
              continue;
            }
          }
        }
        // (quotes go on: "Man wounded in 'accidental' shooting dies"), but a person named after the comma is
        // someone else: "Four Shot, Man Dead"
        // ("1 person injured, 16-year-old dead")
        if (hurt && j > q.first && x.tokens[j - 1].text(txt) == ","sv && (persons_.count(w) || w.ends_with("-year-old"))) break;
        // (nor the apostrophe of a plural's possessive: "the boy found his parents' handgun and shot himself")
        auto possessive = [&] {
          std::string_view p = x.tokens[j].text(txt);
          return (p == "'"sv || p == "\u2019"sv) && j > 0 && x.tokens[j].start == x.tokens[j - 1].end &&
                 x.tokens[j - 1].kind == Token::word && x.lower[j - 1].ends_with('s');
        };
        if (x.tokens[j].kind == Token::punct && x.tokens[j].text(txt) != "-"sv && !(hurt && x.tokens[j].text(txt) == ","sv) &&
            !(hurt && is_quote(x.tokens[j].text(txt))) && !possessive())
          break;
        // a clause of its own before anything happened to them: "she was with three other friends when she
        // was shot" counts the friends for nothing
        // ("killed 2 daughters in car before shooting himself": what he did next is no count of them)
        if (!hurt && !dead && (w == "when"sv || w == "while"sv || w == "because"sv || w == "until"sv || w == "before"sv))
          break;
        // a relative clause of someone the people counted are "of": "The mother and brother of an 8-year-old
        // girl who died" tells of her death
        if (!hurt && !dead && person && (w == "who"sv || w == "whose"sv) && j >= q.last + 2 &&
            (has(persons_, x, j - 1) || x.lower[j - 1].ends_with("-year-old")) &&
            std::find(x.lower.begin() + q.last, x.lower.begin() + (j - 1), "of") != x.lower.begin() + (j - 1))
          break;
        // what the people counted did to someone else before anything befell anyone: "two deputies rushed the
        // girl to the hospital, where she was pronounced dead"
        if (!hurt && !dead && person && j > q.last && w.size() > 3 && w.ends_with("ed") && j + 2 < s.last &&
            (x.lower[j + 1] == "the"sv || x.lower[j + 1] == "a"sv || x.lower[j + 1] == "an"sv || possessive_pronoun(x.lower[j + 1])) &&
            (has(persons_, x, j + 2) || x.lower[j + 2].ends_with("-year-old")))
          break;
        // what is done to them later makes them suspects: "Two arrested after child shot"
        // (not "a man was arrested after accidentally shooting himself": the one is both)
        if (!hurt && !dead && !q.article && later_clause_.count(w)) break;
        // a number ends the stretch, unless it is an age ("a 13 year old girl"); so does a number word once
        // something has happened ("two men were shot, one of them fatally": the one is another count)
        if (x.tokens[j].kind == Token::number && !(j + 1 < s.last && (x.lower[j + 1] == "year"sv || x.lower[j + 1].starts_with("-year"))))
          break;
        // — and after a bare number before any person word ("Motel 6 that left one dead") or after "and"
        // ("killed four people and left one seriously injured")
        const bool another_count = hurt || (j > q.last && !q.article && (!person || after_and));
        if (another_count && x.tokens[j].kind == Token::word && analyser_.numbers().word_value(w) > 0 && w != "a"sv &&
            w != "an"sv && w != "the"sv && w != "he"sv && w != "she"sv)  // a pronoun goes on with the same person
          break;
        // "was shot and another man died" is someone else; "was shot and was taken ..." the same person
        if (hurt && (w == "and"sv || w == "but"sv) &&
            !(j + 1 < s.last && (x.lower[j + 1] == "was"sv || x.lower[j + 1] == "later"sv || x.lower[j + 1] == "then"sv ||
                                 x.lower[j + 1] == "died"sv || x.lower[j + 1] == "is"sv)))
          break;
      }
      // "one of 5 shot ... dies", "two of the four individuals who were shot died": the death is the one's (the
      // two's); the five (four) were all hit. Not "one of the five people shot and killed": the death is all
      // five's, where after "the" the death is no verb of its own ("died", "dies").
      int part = 0;
      bool all_dead = false;
      bool of_the = q.first >= s.first + 3 && x.lower[q.first - 1] == "the"sv;  // "two of the four"
      if (of_the && dead) {
        of_the = false;
        // (or a copula's: "one of the two officers involved was dead", not in a clause of the many's own, "one
        // of the four people who were killed")
        bool relative = false;
        for (std::uint32_t k = q.last + 1; k < s.last && x.tokens[k].start < dead->end; ++k) {
          relative |= x.lower[k] == "who"sv || x.lower[k] == "that"sv;
          if (x.tokens[k].end == dead->end)
            of_the = x.lower[k] == "died"sv || x.lower[k] == "dies"sv ||
                     (!relative && k > q.last + 1 && copula(x.lower[k - 1]));
        }
      }
      const std::uint32_t of_at = of_the ? q.first - 2 : q.first - 1;
      if (q.first >= s.first + 2 && x.lower[of_at] == "of"sv) {
        part = value_at(x, of_at - 1);
        if (part < 1 || part >= q.value) part = 0;
        // "two of four teenagers shot dead", "two of four teenagers killed": a death word right after the
        // people, with no verb of its own ("died", "was killed"), is all of theirs; the two are dead, and none
        // of the four is hurt
        if (part && dead && !of_the && has(persons_, x, q.last)) {
          all_dead = true;
          for (std::uint32_t e = q.last + 1; e < s.last && x.tokens[e].start < dead->end; ++e)
            if (x.lower[e] == "died"sv || x.lower[e] == "dies"sv || auxiliary(x.lower[e]) || x.lower[e] == "been"sv) all_dead = false;
        }
      }
      if (dead && part) {
        Found d = *dead, h = *dead;
        d.value = part;
        d.number = true;
        h.all = true;
        consider(killed, d);
        if (!all_dead) consider(wounded, h);
      } else if (dead) {
        consider(killed, *dead);
        // (not "a second suspect in the shooting that left one person dead")
        if (dead->ordinal > 1 && dead->value == 1 && q.last + 1 < x.tokens.size() && !has(suspect_before_, x, q.last + 1))
          ordinal_deaths.push_back(*dead);
      } else if (hurt) {
        consider(wounded, *hurt);
        if (hurt->ordinal > 1 && hurt->value == 1 && !hurt->self && !asked && q.last + 1 < x.tokens.size() &&
            !has(suspect_before_, x, q.last + 1))
          ordinal_hurts.push_back(*hurt);
        if (q.article && hurt->value == 1 && !hurt->self && !hurt->ordinal && !asked) {
          // (told in the passive, what befell that one: "a 5-year old child was struck")
          bool passive = false;
          for (std::uint32_t k = q.last; k < s.last && x.tokens[k].end < hurt->end && !passive; ++k)
            passive = x.lower[k] == "was"sv || x.lower[k] == "is"sv;
          if (passive) singles.push_back({si, q.first, *hurt});
        }
      }
      // "Sims shot three people in their legs", "accused of shooting three people": "shot" in the active voice,
      // its people right after it, all hit; so are those of "the shooting of four members of a family" (not
      // "the fatal shooting of two men": data/casualty_words.tsv)
      const bool shooting_of = q.first > s.first + 2 && x.lower[q.first - 1] == "of"sv &&
                               (x.lower[q.first - 2] == "shooting"sv || x.lower[q.first - 2] == "shootings"sv);
      const std::uint32_t shot_at = shooting_of ? q.first - 2 : q.first - 1;  // the verb's, or the noun's, token
      if (!q.article && q.first > s.first + 1 && q.last < s.last && has(persons_, x, q.last) &&
          (shooting_of || x.lower[shot_at] == "shot"sv || x.lower[shot_at] == "shoots"sv || x.lower[shot_at] == "shooting"sv) &&
          x.lower[shot_at - 1] != "fatally"sv &&  // "fatally shooting three people": data/casualty_words.tsv
          !(shooting_of && (x.lower[shot_at - 1] == "fatal"sv || x.lower[shot_at - 1] == "deadly"sv)) &&
          x.tokens[shot_at - 1].kind == Token::word && !auxiliary(x.lower[shot_at - 1])) {
        Found f{q.value, q.qualifier, x.tokens[shot_at].start, x.tokens[q.last].end, false, false, in_title, true};
        // ("killed a young couple and shot two others": the others are besides the dead)
        f.all = x.lower[q.last] != "others"sv && x.lower[q.last] != "other"sv;
        f.others = true;
        consider(wounded, f);
        continue;
      }
      // before the number: "killing at least seven people", "left two dead", "the fatal shooting of a woman";
      // "another" may come between ("The gunfire injured another four teenagers")
      const std::uint32_t counted_from =
          !q.article && q.first > s.first + 1 && x.lower[q.first - 1] == "another"sv ? q.first - 1 : q.first;
      // (the longest phrase that ends there, of up to three words: "fatally wounding the younger sibling" is a
      // death, not "wounding")
      for (std::uint32_t k = 3; k >= 1; --k) {
        if (counted_from < s.first + k) continue;
        std::uint32_t p = counted_from - k;
        std::uint32_t len = 0;
        const auto* row = casualties_.match(x, p, s.last, len);
        if (!row || len != k || !told_before(*row)) continue;
        // a murder tried is no death: "the attempted murders of five teenagers", "attempted aggravated murder of"
        if (attempt_before(x, p, s.first, 3)) break;
        // ... nor one only intended ("trying to kill 2 officers"; not a trial's "was tried for killing")
        if (intended(x, p, s.first)) break;
        // nor is a harm denied: "the suspect would never hurt the boy", "would never purposefully hurt", "did
        // not kill anyone"
        if (denied_before(x, p, s.first)) break;
        // the number must name people: "killing seven people", "killed two officers", or stand alone;
        // "a"/"the" only before one person ("the fatal shooting of a woman")
        bool ok = !q.article;
        if (q.last < s.last) {
          const std::string& nx = x.lower[q.last];
          // (two words may come between, neither a word of grammar: "two law enforcement officers")
          auto modifier = [&](std::uint32_t k) {
            const std::string& w = x.lower[k];
            return x.tokens[k].kind == Token::word && w.size() > 2 && !auxiliary(w) && w != "the"sv && w != "and"sv &&
                   w != "for"sv && w != "his"sv && w != "her"sv && w != "its"sv && w != "who"sv && w != "but"sv &&
                   w != "not"sv && w != "with"sv && w != "from"sv &&
                   w != "near"sv && w != "into"sv && w != "inside"sv && w != "outside"sv && w != "after"sv && w != "before"sv &&
                   w != "during"sv && w != "while"sv && w != "when"sv && w != "where"sv && w != "then"sv && w != "their"sv &&
                   w != "more"sv && w != "other"sv && w != "others"sv;
          };
          bool next_person = persons_.count(nx) || (q.last + 1 < s.last && has(persons_, x, q.last + 1)) ||
                             (!q.article && q.last + 2 < s.last && modifier(q.last) && modifier(q.last + 1) &&
                              has(persons_, x, q.last + 2)) ||
                             (q.article && q.first == q.last && nx.ends_with("-year-old"));  // one person: "life of 15-year-old"
          // ... or an ordinal alone ("seriously injuring a fourth before barricading himself", "wounding the third")
          const bool lone_ordinal = q.article && ordinal_value(nx) > 0 && !ordinal_after_name(x, q) &&
                                    (q.last + 1 >= s.last || x.tokens[q.last + 1].kind == Token::punct ||
                                     x.lower[q.last + 1] == "before"sv || x.lower[q.last + 1] == "and"sv ||
                                     x.lower[q.last + 1] == "in"sv || x.lower[q.last + 1] == "at"sv ||
                                     x.lower[q.last + 1] == "who"sv);
          // (a bare number: "more" after it too, "wounded 3 more")
          ok = lone_ordinal ||
               (q.article ? next_person && !is_plural_person(q.last + 1 < s.last && !persons_.count(nx) ? x.lower[q.last + 1] : nx)
                          : next_person || x.tokens[q.last].kind == Token::punct || nx == "and"sv || nx == "of"sv || nx == "more"sv ||
                                (x.tokens[q.last].kind == Token::word && nx.size() > 3 && nx.back() == 's') ||  // "killed four worshippers"
                                // a verb's object before where it happened: "Car bomb kills six near port", "wounding 3 at party"
                                (kills_or_wounds(x.lower[p]) &&
                                 (nx == "near"sv || nx == "in"sv || nx == "at"sv || nx == "outside"sv || nx == "inside"sv ||
                                  nx == "during"sv || nx == "before"sv || nx == "after"sv ||
                                  nx == "then"sv)));  // "man killed his wife, 2 sons, then himself"
        }
        if (ok) {
          Found f{q.value, q.qualifier, x.tokens[p].start, x.tokens[q.last - 1].end, false, false, in_title, !q.article};
          // (the ordinal's rank: the fourth of those hit, besides three dead)
          if (q.article && q.last < s.last && ordinal_value(x.lower[q.last]) > 0) {
            f.ordinal = ordinal_value(x.lower[q.last]);
            f.end = x.tokens[q.last].end;
            f.number = true;  // one, as surely as a number: "killing three ... and injuring a fourth"
          }
          // one more person joined to them with "and a": "injured three adults and an 11-year-old child"
          // (four), not one with a verb of its own ("killed two people and a third was hurt")
          if (!q.article && q.last + 3 < s.last && has(persons_, x, q.last) && x.lower[q.last + 1] == "and"sv &&
              (x.lower[q.last + 2] == "a"sv || x.lower[q.last + 2] == "an"sv)) {
            std::uint32_t e = q.last + 3;
            const bool aged = x.lower[e].ends_with("-year-old") || x.lower[e].ends_with("-month-old");
            if (aged && e + 1 < s.last && has(persons_, x, e + 1) && !is_plural_person(x.lower[e + 1])) ++e;
            if ((aged || (has(persons_, x, e) && !is_plural_person(x.lower[e]))) &&
                !(e + 1 < s.last && (auxiliary(x.lower[e + 1]) || x.lower[e + 1] == "who"sv || casualties_.match(x, e + 1, s.last, len)))) {
              f.value += 1;
              f.end = x.tokens[e].end;
            }
          }
          // ... or more of them with a number of their own, "and" or "&" between: "wounding two officers and
          // three civilians", "Injured 2 Officers & 3 Others" (five); each number's people a word for people
          // within three words of it, and the second with no verb of its own ("killed two people and three
          // were hurt", "and two others who ...")
          if (!q.article && f.value == q.value) {
            // the word for people in the three words from b, before any "and" or punctuation: its token, or 0
            auto people_noun = [&](std::uint32_t b) -> std::uint32_t {
              for (std::uint32_t e = b; e < s.last && e < b + 3; ++e) {
                if (has(persons_, x, e)) {
                  while (e + 1 < s.last && has(persons_, x, e + 1)) ++e;  // "police officers"
                  return e;
                }
                if (x.tokens[e].kind != Token::word || x.lower[e] == "and"sv || x.lower[e] == "or"sv) return 0;
              }
              return 0;
            };
            const std::uint32_t e = people_noun(q.last);
            if (e && e + 3 < s.last && (x.lower[e + 1] == "and"sv || x.lower[e + 1] == "&"sv) && x.lower[e + 2] != "a"sv &&
                x.lower[e + 2] != "an"sv) {
              const int more = value_at(x, e + 2);
              const std::uint32_t e2 = more > 0 && more < 100 ? people_noun(e + 3) : 0;
              if (e2 && !(e2 + 1 < s.last && (auxiliary(x.lower[e2 + 1]) || x.lower[e2 + 1] == "who"sv ||
                                              casualties_.match(x, e2 + 1, s.last, len)))) {
                f.value += more;
                f.end = x.tokens[e2].end;
              }
            }
          }
          // a verb of killing, not a noun ("the death of"), whose object is not the attacker ("killing the
          // gunman"); "fatally shoots", "fatally shot" too
          const std::string& verb = x.lower[p];
          const bool fatally_shot = k == 2 && verb == "fatally"sv &&
                                    (x.lower[p + 1] == "shoots"sv || x.lower[p + 1] == "shot"sv || x.lower[p + 1] == "shooting"sv);
          f.others = (fatally_shot ||
                      (k == 1 && (verb == "killing"sv || verb == "kills"sv || verb == "kill"sv || verb == "killed"sv || verb == "murdered"sv))) &&
                     !(q.last < s.last && has(suspect_before_, x, q.last));
          consider((*row)[0] == "killed"sv ? killed : wounded, f);
        }
        break;
      }
    }
    // "arrested for accidentally shooting his 2-year-old nephew and his 24-year-old step-brother", "Husband
    // shoots his wife": the people owned by the subject, right after "shot" in the active voice, all hit,
    // whoever is counted before the verb (often no one: "man arrested for shooting his ...")
    for (std::uint32_t si = 0; si < x.sentences.size(); ++si) {
      if (!accept(si)) continue;
      const Sentence& s = x.sentences[si];
      for (std::uint32_t j = s.first + 1; j + 2 < s.last; ++j) {
        const std::string& w = x.lower[j];
        if (w != "shot"sv && w != "shoots"sv && w != "shooting"sv) continue;
        const std::string& before = x.lower[j - 1];
        // (or after "shooting of": "arrested in connection to the accidental shooting of his 10-year-old brother",
        // not "the fatal shooting of his wife")
        const std::uint32_t owner = w == "shooting"sv && x.lower[j + 1] == "of"sv && j + 3 < s.last ? j + 2 : j + 1;
        if (!possessive_pronoun(x.lower[owner]) || auxiliary(before) || before == "a"sv || before == "fatally"sv ||
            before == "and"sv || (owner == j + 1 && before == "the"sv) ||
            (owner > j + 1 && (before == "fatal"sv || before == "deadly"sv)))
          continue;
        if (auto people = people_after(x, owner, s.last)) {
          Found f{people->first, "", x.tokens[j].start, x.tokens[people->second - 1].end, false, false, in_title, true};
          f.all = true;
          f.others = true;
          consider(wounded, f);
        }
      }
    }
    // "Her mother was also shot, but survived", "Fulton's 12-year-old son was also shot", "Raymone West, Brian
    // Dearmond and Marquise McPherson were also struck": people hit besides those told before, whom no number
    // or article counts: one for "was", the names before "were" (none where they are not all names: "the
    // teenagers were also struck" says not how many). Not one who then died in that sentence.
    for (std::uint32_t si = 0; si < x.sentences.size() && !in_title; ++si) {
      if (!accept(si)) continue;
      const Sentence& s = x.sentences[si];
      for (std::uint32_t j = s.first + 1; j + 2 < s.last; ++j) {
        const bool were = x.lower[j] == "were"sv;
        if ((x.lower[j] != "was"sv && !were) || x.lower[j + 1] != "also"sv) continue;
        const std::string& v = x.lower[j + 2];
        if (v != "shot"sv && v != "wounded"sv && v != "struck"sv && v != "hit"sv && v != "injured"sv && v != "grazed"sv) continue;
        bool died = false;
        for (std::uint32_t k = j + 3; k < s.last && !died; ++k) {
          std::uint32_t len = 0;
          died = deaths_.match(x, k, s.last, len) != nullptr;
        }
        if (died) break;
        // the subject: back to the sentence's start, a clause's comma or "and" before a capitalised word
        std::uint32_t first = j, names = 0;
        bool all_names = true, in_name = false;
        while (first > s.first) {
          const std::uint32_t k = first - 1;
          const std::string_view w = x.tokens[k].text(txt);
          if (w == ","sv || x.lower[k] == "and"sv) {
            if (!were || !in_name) break;  // "..., her mother was also shot"; names are joined by them
            in_name = false;
          } else if (x.tokens[k].kind == Token::word && x.tokens[k].cap) {
            if (!in_name) ++names;
            in_name = true;
          } else {
            if (were) all_names = false;
            if (x.tokens[k].kind != Token::word) break;
          }
          first = k;
        }
        if (first == j || (were && (!all_names || names < 2))) continue;
        // ... a person's: a name, a word for someone, "he" or "she" ("their car was also struck" is no one)
        const std::string& head = x.lower[j - 1];
        if (!were && !x.tokens[j - 1].cap && !single_person(head) && head != "he"sv && head != "she"sv) continue;
        Found f{were ? static_cast<int>(names) : 1, "", x.tokens[first].start, x.tokens[j + 2].end, false, false, in_title, false};
        f.also = true;
        consider(wounded, f);
      }
    }
    // "A 20-year-old woman was shot in the back, and a 5-year old child was struck in the arm": two hurt, each
    // told with its own article and its own verb in the passive, the next one after "and" past the last one's
    // words
    for (std::size_t a = 0; a < singles.size();) {
      std::size_t b = a + 1;
      Found sum = singles[a].f;
      while (b < singles.size() && singles[b].sentence == singles[a].sentence && singles[b].first > 0 &&
             x.lower[singles[b].first - 1] == "and"sv && x.tokens[singles[b].first].start >= singles[b - 1].f.end) {
        sum.value += 1;
        sum.all &= singles[b].f.all;
        sum.same &= singles[b].f.same;
        sum.end = singles[b].f.end;
        ++b;
      }
      if (b - a > 1) {
        sum.number = true;
        consider(wounded, sum);
      }
      a = b;
    }
    return std::pair{killed, wounded};
  };
  auto count_casualties = [&](auto&& accept) { return count_casualties_in(tk, text, quantities, false, accept); };
  // A count found into a mention, with its evidence; an unset count is left alone.
  auto set_counts = [&](Mention& into, const std::optional<Found>& k, const std::optional<Found>& w) {
    for (auto [field, slot, f] : {std::tuple{"killed", &into.killed, &k}, std::tuple{"wounded", &into.wounded, &w}}) {
      if (slot->value || !*f) continue;
      *slot = {(*f)->value, (*f)->qualifier};
      if ((*f)->in_title) into.evidence.push_back(title_span(doc, field, (*f)->start, (*f)->end, "counted in the headline"));
      else into.evidence.push_back(span(doc, field, (*f)->start, (*f)->end));
    }
  };
  // A sentence that tallies many incidents ("at least 47 people have been killed in Chicago so far this
  // year") counts none of them (data/tally_phrases.txt).
  // A tally phrase at token i of [first, last), not an incident's time right after "earlier" or "later".
  // ... or a spell told by its length or its first year: "in the last 17 months", "over the last two years",
  // "Since 2005, 14 cases involving the shooting deaths or injuries of children ..."
  auto tally_phrase_at = [&](const Tokens& x, std::uint32_t i, std::uint32_t first, std::uint32_t last) {
    std::uint32_t len = 0;
    if (i + 1 < last && x.lower[i] == "since"sv && x.tokens[i + 1].kind == Token::number && x.lower[i + 1].size() == 4) {
      const int year = std::atoi(x.lower[i + 1].c_str());
      if (year >= 1900 && year <= 2100) return true;
    }
    if (i + 4 < last && (x.lower[i] == "in"sv || x.lower[i] == "over"sv || x.lower[i] == "during"sv) &&
        x.lower[i + 1] == "the"sv && x.lower[i + 2] == "last"sv && value_at(x, i + 3) > 1) {
      const std::string& unit = x.lower[i + 4];
      if (unit == "days"sv || unit == "weeks"sv || unit == "months"sv || unit == "years"sv) return true;
    }
    // ... or by its hours: "18 people shot in Philly in 48-hour span", "7 adults, one child shot in five hours"
    if (i + 2 < last && (x.lower[i] == "in"sv || x.lower[i] == "over"sv || x.lower[i] == "within"sv)) {
      std::uint32_t k = i + 1;
      if (x.lower[k] == "a"sv || x.lower[k] == "an"sv || x.lower[k] == "the"sv) ++k;
      if (k + 1 < last && value_at(x, k) > 1 && x.lower[k + 1] == "hours"sv) return true;
      const std::string& w = x.lower[k];
      if (k + 1 < last && w.ends_with("-hour"sv) &&
          (x.lower[k + 1] == "span"sv || x.lower[k + 1] == "period"sv || x.lower[k + 1] == "stretch"sv))
        return true;
    }
    // ... or by two days at its ends: "between 3:50 p.m. Friday and 3 a.m. Monday"
    if (x.lower[i] == "between"sv) {
      static const StringSet days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
      std::uint32_t from_day = 0, and_at = 0;
      for (std::uint32_t k = i + 1; k < last && k < i + 12; ++k) {
        if (has(days, x, k)) {
          if (!from_day) from_day = k;
          else if (and_at && x.lower[k] != x.lower[from_day]) return true;
        } else if (x.lower[k] == "and"sv && from_day) {
          and_at = k;
        }
      }
    }
    return tallies_.match(x, i, last, len) != nullptr &&
           !(i > first && (x.lower[i - 1] == "earlier"sv || x.lower[i - 1] == "later"sv));
  };
  // A headline that tallies many incidents ("4 dead, 17 wounded in Chicago shootings") counts none of them,
  // nor does the headline read as a story of its own (the pipeline's headline fallback).
  bool title_tally = false;
  {
    const Tokens& h = lower_title_tk();
    const auto n = static_cast<std::uint32_t>(h.tokens.size());
    for (std::uint32_t i = 0; i < n && !title_tally; ++i) title_tally = h.lower[i] == "shootings"sv || tally_phrase_at(h, i, 0, n);
  }
  std::vector<std::int8_t> tallies(tk.sentences.size(), -1);  // each sentence read once: -1 not yet
  auto tally = [&](std::uint32_t si) {
    if (title_tally && doc.text == doc.title) return true;  // the headline read as the whole story
    if (tallies[si] < 0) {
      const Sentence& s = tk.sentences[si];
      tallies[si] = 0;
      for (std::uint32_t i = s.first; i < s.last && !tallies[si]; ++i)
        if (tally_phrase_at(tk, i, s.first, s.last)) tallies[si] = 1;
      // an ordinal before the phrase ranks this incident among the others ("killing six people ... in the
      // second bombing in the coastal city this year", "the city's 45th homicide so far"): no tally
      for (std::uint32_t i = s.first; i < s.last && tallies[si]; ++i) {
        const std::string& w = tk.lower[i];
        if (ordinal_value(w) > 0 ||
            (w.size() > 2 && std::isdigit(static_cast<unsigned char>(w[0])) &&
             (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"))))
          tallies[si] = 0;
        std::uint32_t len = 0;
        if (tallies_.match(tk, i, s.last, len)) break;  // only an ordinal before the phrase
      }
    }
    return tallies[si] == 1;
  };
  auto counts = count_casualties([&](std::uint32_t si) { return !off_tense(si) && !tally(si); });
  const std::optional<Found> main_hurt_only = hurt_only;
  const std::vector<Found> main_ordinal_deaths = ordinal_deaths, main_ordinal_hurts = ordinal_hurts;
  const std::optional<Found> main_also_self = also_self;
  // A follow-up (an arrest, a charge, a trial) tells its incident in an older tense ("The shots on July 4
  // wounded four people" in a story of the trial): where its own tense counts nobody, those sentences do;
  // where it counts only the dead, they count the hurt ("accused of killing a 4-year-old ... Ava was
  // fatally shot while her sister and mother were injured"), and the other way round.
  if (m.follow_up && (!counts.first || !counts.second)) {
    auto older = count_casualties([&](std::uint32_t si) { return !tally(si); });
    if (!counts.first) counts.first = older.first;
    if (!counts.second) counts.second = older.second;
  }
  std::optional<Found>& killed = counts.first;
  std::optional<Found>& wounded = counts.second;
  // The headline's counts: a number there wins over the text's largest ("1 dead, 4 injured in South Memphis
  // shooting" over a story that goes on to the city's "10 people shot" that weekend: on the dev data the
  // headline is right 68 times where the text is right 14); one person there ("Athens man wounded") only
  // fills a count the text does not give.
  if (!title_tally) {
    auto in_title =
        count_casualties_in(lower_title_tk(), lower_title, title_quantities(), true, [](std::uint32_t) { return true; });
    // ... but a vague one ("Several People Shot During MLK Day Celebration") not over the text's number ("in
    // total eight people were shot")
    auto exact = [](const Found& f) { return f.number && f.qualifier != "about"sv; };
    for (auto [slot, head] : {std::pair{&killed, &in_title.first}, std::pair{&wounded, &in_title.second}})
      if (*head && (!*slot || ((*head)->number && (exact(**head) || !exact(**slot))))) *slot = *head;
  }
  // A count that grows through the text: "two people were killed ... a third victim died at the hospital" is
  // three dead, the one told last the third of them, not one more besides a fourth.
  // Not where the one told may be one of those counted hurt: "two SDPD officers were shot ... one officer dead
  // and another injured ... a second officer who was shot has died" is the second of the two shot.
  // (a count grown so: the one told with the next ordinal, where `may` lets it, becomes the count; the
  // reason, for the evidence's note)
  auto grow_by_ordinal = [](std::optional<Found>& count, const std::vector<Found>& ordinals, const char* what,
                            auto&& may) {
    std::optional<std::string> why;
    for (const Found& f : ordinals)
      if (f.ordinal == count->value + 1 && may(f)) {
        why = std::to_string(count->value) + " " + what + ", then one more told as the next";
        Found grown = f;
        grown.value = f.ordinal;
        grown.number = true;
        count = grown;
      }
    return why;
  };
  std::optional<std::string> grew_from;
  if (killed && killed->number && killed->qualifier.empty())
    grew_from = grow_by_ordinal(killed, main_ordinal_deaths, "killed", [&](const Found& f) {
      // (told before or after the count: "A third person has died ... two dead")
      return !(wounded && wounded->value > 0 && (!wounded->all || wounded->value >= f.ordinal));
    });
  // ... and "one of the wounded later died": one more dead, one fewer hurt
  if (!grew_from && killed && killed->number && killed->qualifier.empty() && wounded && wounded->number &&
      wounded->value > 0) {
    for (std::uint32_t si = 0; si < tk.sentences.size() && !grew_from; ++si) {
      if (off_tense(si) || tally(si)) continue;
      const Sentence& s = tk.sentences[si];
      for (std::uint32_t i = s.first; i + 3 < s.last && !grew_from; ++i) {
        if (tk.lower[i] != "one"sv || tk.lower[i + 1] != "of"sv || tk.lower[i + 2] != "the"sv) continue;
        const std::string& who = tk.lower[i + 3];
        if (who != "wounded"sv && who != "injured"sv && who != "hurt"sv) continue;
        for (std::uint32_t k = i + 4; k < s.last && k < i + 12; ++k) {
          std::uint32_t len = 0;
          const auto* row = deaths_.match(tk, k, s.last, len);
          if (!row) continue;
          if ((!row->empty() && (*row)[0] == "not"sv) || counterfactual(tk, k, s.first)) {  // "played dead"
            k += len - 1;
            continue;
          }
          grew_from = std::to_string(killed->value) + " killed, then one of the wounded told dead";
          Found grown{killed->value + 1, "", t[i].start, t[k + len - 1].end, false, false, false, true};
          killed = grown;
          if (!wounded->all) wounded->value -= 1;
          break;
        }
      }
    }
  }
  // The hurt, likewise, where nobody is counted dead: "Four young people were shot ..., and a fifth person was
  // wounded, too" is five hurt (the ordinal ranks the one told among all hit, so not beside a count of the
  // dead, whom it may count too).
  std::optional<std::string> hurt_grew_from;
  if (wounded && wounded->number && wounded->qualifier.empty() && wounded->value > 0 && (!killed || killed->value == 0))
    hurt_grew_from = grow_by_ordinal(wounded, main_ordinal_hurts, "hurt", [](const Found&) { return true; });
  // ... and where the one told with an ordinal is the only count of the hurt: "one male ... and two female
  // victims were shot ... A fourth victim was grazed" is four hurt, the fourth of those hit; less the dead,
  // whom the ordinal ranks too ("a fourth man suffered a gunshot wound" after three dead is one). Not a
  // second: "the second victim ... was wounded" and "a second officer was injured" follow one who died as
  // often as one who was hurt, and the first's death may be told where no count of the dead is found.
  if (!hurt_grew_from && wounded && wounded->value == 1 && wounded->ordinal > 2 && !wounded->self &&
      wounded->qualifier.empty()) {
    const int n = wounded->ordinal, dead = killed ? killed->value : 0, hurt = n - dead;
    if (hurt > 1) {
      const char* th = n % 100 / 10 == 1 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
      hurt_grew_from = "the hurt told as the " + std::to_string(n) + th + " of those hit" +
                       (dead ? ", less the " + std::to_string(dead) + " killed" : std::string());
      wounded->value = hurt;
      wounded->number = true;
    }
  }
  // ... besides the people a count of the hurt tells of: "the 18-year-old was shot in the chest ..., while
  // the 15-year-old also shot himself in the wrist" is two hurt, where nobody is counted dead
  bool also_self_added = false;
  if (main_also_self && wounded && !wounded->self && wounded->value > 0 && wounded->start != main_also_self->start &&
      (!killed || killed->value == 0)) {
    wounded->value += 1;
    also_self_added = true;
  }
  set_counts(m, killed, wounded);
  if (also_self_added)
    m.evidence.push_back(span(doc, "wounded", main_also_self->start, main_also_self->end, "one more: someone who also shot himself"));
  for (auto [field, why] : {std::pair{"killed"sv, &grew_from}, std::pair{"wounded"sv, &hurt_grew_from}})
    if (*why)
      for (auto& e : m.evidence)
        if (e.field == field) e.note = "the count grows through the text: " + **why;

  // The sentences about the main incident, for its roles: from its first to three after its last, in its
  // tense.
  std::vector<std::uint32_t> about;
  for (std::uint32_t si = core.front(); si < tk.sentences.size() && si <= core.back() + 3; ++si)
    if (in_core(si) || !off_tense(si)) about.push_back(si);

  // Phrases of a lexicon in a mention's sentences (for the main incident: those about it; for a background
  // one: its own), each once as written, with evidence; `take(row, said, next)` decides and records
  // (`next`: the token after the phrase).
  std::uint32_t phrase_sentence = 0;  // the sentence of the phrase `take` is deciding on
  std::uint32_t phrase_from = 0;      // ... and its first word
  auto attack_sentence = [&](std::uint32_t si) {
    return std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return h.sentence == si; });
  };
  // The roles a lexicon phrase describes, for one mention from the given sentences.
  auto described_roles = [&](Mention& into, const std::vector<std::uint32_t>& sentences) {
    // (`modifiers`: the words before the phrase that name it more closely come with it, up to three:
    // "the federal police building", "a power substation"; articles, numbers, possessives, prepositions and
    // verbs stop them)
    auto each_phrase = [&](const Lexicon& lexicon, const char* field, auto&& take, bool modifiers = false) {
      static const std::unordered_set<std::string> stop = {
          "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "by", "with", "from", "for", "into", "near",
          "his", "her", "their", "its", "our", "was", "were", "is", "are", "been", "be", "that", "which", "who",
          "several", "some", "this", "these", "those", "other", "against", "up", "set", "fire", "blew", "as", "after",
          "before", "when", "where", "while", "also", "both", "all", "another", "said", "says", "one", "two", "three"};
      std::vector<std::string> seen;
      std::uint32_t taken_to = 0;  // the end of the last phrase taken: modifiers never reach into it
      for (auto si : sentences) {
        phrase_sentence = si;
        const Sentence& s = tk.sentences[si];
        for (std::uint32_t i = s.first; i < s.last; ++i) {
          std::uint32_t len = 0;
          const auto* row = lexicon.match(tk, i, s.last, len);
          if (!row) continue;
          if (i < taken_to) {  // within the description taken before ("members of the guerrilla forces")
            i += len - 1;
            continue;
          }
          std::uint32_t from = i;
          while (modifiers && from > s.first && from > taken_to && i - from < 3) {
            const std::string& w = tk.lower[from - 1];
            if (t[from - 1].kind != Token::word || stop.count(w) || w.ends_with("ed") || w.ends_with("ing") ||
                ends_possessive(w) || w.ends_with("ly"))
              break;
            --from;
          }
          if (field == "weapons"sv && from == i) from = std::max(measure_before(tk, analyser_.numbers(), s.first, i), taken_to);
          // a word the description joins ("guerrilla forces": data/perpetrator_modified_nouns.txt "joins")
          const std::uint32_t join = field == "perpetrators"sv && len == 1 && i + 1 < s.last && has(joined_, tk, i + 1) ? 1 : 0;
          std::uint32_t to = i + len + join;  // (the description's end)
          if (field == "perpetrators"sv) {
            auto [f, l] = attackers_span(tk, s, from, to);
            from = std::max(f, taken_to), to = l;
          }
          std::uint32_t b = t[from].start, e = t[to - 1].end;
          std::string said = flat(text.substr(b, e - b)), key = ascii_lower(said);
          phrase_from = from;
          if (std::find(seen.begin(), seen.end(), key) == seen.end() &&
              take(*row, said, i + len + join < s.last ? i + len + join : 0)) {
            seen.push_back(key);
            into.evidence.push_back(span(doc, field, b, e));
            taken_to = to;
          }
          i += join;
          i += len - 1;
        }
      }
    };
    // Weapons (vehicles only in a ramming).
    each_phrase(weapons_, "weapons", [&](const Lexicon::Row& row, const std::string& said, std::uint32_t) {
      if (row[0] == "vehicle"sv && into.type != "vehicle_ramming"sv) return false;
      if (!attack_sentence(phrase_sentence)) return false;
      into.weapons.push_back({said, row[0]});
      return true;
    });
    // Perpetrators as the text describes them ("urban guerrillas", "two masked men", "the gunman").
    each_phrase(perpetrators_, "perpetrators", [&](const Lexicon::Row&, const std::string& said, std::uint32_t next) {
      if (!attack_sentence(phrase_sentence)) return false;
      // "a terrorist attack", "the guerrilla offensive": a word that only qualifies the noun after it
      if (next && said.find(' ') == std::string::npos && has(qualified_, tk, next)) return false;
      if (fought(tk, phrase_from)) return false;  // "the army's attacks against the guerrillas"
      into.perpetrators.push_back({said, "", {}});
      return true;
    });
    // ... and the people after "by" a few words after a violent word, in the passive or after an attack
    // ("intercepted by four individuals on two motorcycles", "shot by two men"): the words up to an agent's
    // word (data/agent_nouns.txt) or an attacker's description, with their number, not their article
    for (auto si : sentences) {
      if (!attack_sentence(si)) continue;
      const Sentence& s = tk.sentences[si];
      for (std::uint32_t i = s.first + 1; i + 2 < s.last; ++i) {
        if (tk.lower[i] != "by"sv) continue;
        bool violent = false;
        for (std::uint32_t k = i; k > s.first && i - k < 5 && !violent; --k) {
          std::uint32_t len = 0;
          violent = triggers_.match(tk, k - 1, i, len) || perpetration_.match(tk, k - 1, i, len) ||
                    (casualties_.match(tk, k - 1, i, len) != nullptr);
        }
        if (!violent) continue;
        std::uint32_t b = i + 1;
        if (tk.lower[b] == "a"sv || tk.lower[b] == "an"sv || tk.lower[b] == "the"sv) ++b;
        while (b + 1 < s.last && hedge_word(tk.lower[b])) ++b;
        std::uint32_t head = 0;
        for (std::uint32_t k = b; k < s.last && k < b + 4 && t[k].kind != Token::punct; ++k) {
          std::uint32_t len = 0;
          if (has(agents_, tk, k)) {
            head = k + 1;
            break;
          }
          if (perpetrators_.match(tk, k, s.last, len)) {
            head = k + len;
            break;
          }
          if (tk.lower[k] == "and"sv || tk.lower[k] == "or"sv || tk.lower[k] == "of"sv || tk.lower[k] == "in"sv ||
              tk.lower[k] == "on"sv || tk.lower[k] == "those"sv)
            break;
        }
        if (!head) continue;
        std::tie(b, head) = attackers_span(tk, s, b, head);  // "by members of the salvadoran army"
        std::uint32_t bb = t[b].start, e = t[head - 1].end;
        std::string said = flat(text.substr(bb, e - bb)), key = ascii_lower(said);
        if (std::any_of(into.perpetrators.begin(), into.perpetrators.end(), [&](const Actor& p) { return ascii_lower(p.text) == key; }))
          continue;
        // a description found inside it is this one, said more fully ("a drive-by shooter", "motorcycle-riding
        // gunmen"): it takes that one's place
        auto inside = std::find_if(into.evidence.begin(), into.evidence.end(), [&](const Evidence& x) {
          return x.field == "perpetrators"sv && !x.in_title && bb <= x.start && x.end <= e;
        });
        if (inside != into.evidence.end()) {
          const std::string shorter = ascii_lower(inside->text);
          std::erase_if(into.perpetrators, [&](const Actor& p) { return ascii_lower(p.text) == shorter; });
          into.evidence.erase(inside);
        } else if (std::any_of(into.evidence.begin(), into.evidence.end(), [&](const Evidence& x) {
                     return x.field == "perpetrators"sv && !x.in_title && x.start < e && bb < x.end;
                   })) {
          continue;  // one that reaches past it is found already
        }
        into.perpetrators.push_back({said, "", {}});
        into.evidence.push_back(span(doc, "perpetrators", bb, e));
      }
    }
    // Physical targets ("the interior ministry building", "a weapons store"), in a sentence that tells of
    // an attack (a place merely mentioned near it is no target); "car bomb" is a weapon.
    each_phrase(targets_, "targets", [&](const Lexicon::Row&, const std::string& said, std::uint32_t next) {
      if (next && (tk.lower[next] == "bomb"sv || tk.lower[next] == "bombs"sv)) return false;
      if (!attack_sentence(phrase_sentence)) return false;
      into.targets.push_back({said});
      return true;
    }, true);
  };
  described_roles(m, about);

  // Groups: armed groups (data/groups.tsv) named in the incident's sentences or next to them,
  // and, anywhere in its tense, in a sentence that says who is responsible (data/responsibility_words.txt)
  // (`responsibility_in` reads any sentence, a background incident's too)
  auto responsibility_in = [&](std::uint32_t si) -> const Lexicon::Row* {
    const Sentence& s = tk.sentences[si];
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      std::uint32_t len = 0;
      const auto* row = responsibility_.match(tk, i, s.last, len);
      if (!row) continue;
      // not where the text denies it: "the fmln has not yet claimed responsibility", "denied any responsibility"
      bool denied = false;
      for (std::uint32_t k = i; k > s.first && k + 4 > i; --k) {
        const std::string& w = tk.lower[k - 1];
        denied |= w == "not"sv || w == "no"sv || w == "denied"sv || w == "denies"sv || w == "deny"sv || w == "denying"sv || negation(w);
      }
      if (!denied) return row;
      i += len - 1;
    }
    return nullptr;
  };
  auto responsibility = [&](std::uint32_t si) -> const Lexicon::Row* {
    return off_tense(si) ? nullptr : responsibility_in(si);
  };
  // Whether the group `n` is who says another is responsible, not the one made so: the subject before "accused"
  // or "blamed" in the active voice ("the fmln accused the army of ..."; not "the fmln was blamed"), or a group
  // with a word of saying or pointing between it and "responsible" ("the fmln ... were right in pointing to the
  // army as being responsible").
  auto accuser = [&](const NameSpan& n) {
    const Sentence& s = tk.sentences[tk.sentence_of(n.first)];
    for (std::uint32_t i = n.last; i < s.last; ++i) {
      std::uint32_t len = 0;
      const auto* row = responsibility_.match(tk, i, s.last, len);
      if (!row || row->empty()) {
        const std::string& w = tk.lower[i];
        if (speech_words_.count(w) || w == "pointing"sv || w == "pointed"sv || w == "points"sv || w == "holds"sv ||
            w == "considers"sv || w == "charged"sv) {
          for (std::uint32_t k = i + 1; k < s.last; ++k) {  // saying, then "responsible" later on
            const auto* later = responsibility_.match(tk, k, s.last, len);
            if (later && !later->empty() && (*later)[0] == "named responsible"sv) return true;
          }
          return false;
        }
        continue;
      }
      if ((*row)[0] != "blamed"sv) return false;
      return !auxiliary(tk.lower[i - 1]);
    }
    return false;
  };
  // A group (data/groups.tsv) into a mention, once, with how the text makes it responsible (`how`, "" if it
  // does not say); one already there that the text only named gains that. `why` adds to the evidence's note.
  auto add_group = [&](Mention& into, const NameSpan& n, const std::string& how, const char* why = nullptr) {
    const NameSpan* alias = bracketed_alias(a, n);
    const NameSpan& written = alias ? *alias : n;
    std::uint32_t b = t[written.first].start, e = t[written.last - 1].end;
    std::string note = how.empty() ? "" : "responsibility: " + how;
    if (why) note += (note.empty() ? "" : "; ") + std::string(why);
    auto known = std::find_if(into.groups.begin(), into.groups.end(), [&](const Actor& g) { return g.name == n.canonical; });
    if (known == into.groups.end()) {
      into.groups.push_back({flat(text.substr(b, e - b)), n.canonical, how});
      into.evidence.push_back(span(doc, "groups", b, e, note));
    } else if (known->responsibility.empty() && !how.empty()) {  // named before, said responsible here
      known->responsibility = how;
      into.evidence.push_back(span(doc, "groups", b, e, note));
    }
  };
  for (const NameSpan& n : a.names) {
    if (n.kind != "armed"sv) continue;
    std::uint32_t si = tk.sentence_of(n.first);
    const Lexicon::Row* responsible = responsibility(si);
    if (responsible && accuser(n)) responsible = nullptr;
    if (!responsible) {
      if (!(in_core(si) || (si + 1 >= core.front() && si <= core.back() + 2 && !off_tense(si)))) continue;
      // and only in a sentence that tells of the attack: a group that speaks in the sentences beside it
      // ("the FMLN general command announced ...") or is merely named there is not thereby its author
      // (MUC-4 DEV, role tagger held out: PerpOrg 32.6 -> 33.3)
      if (!attack_sentence(si)) continue;
      if (fought(tk, n.first)) continue;  // nor a group fought ("clashes against members of the fmln")
    }
    add_group(m, n, responsible && !responsible->empty() ? (*responsible)[0] : "");
  }
  // A state's forces the text accuses ("opposition leaders accused the army of murdering six jesuit priests",
  // "blamed the salvadoran armed forces"): the object of "accused" or "blamed" in the active voice, up to a
  // phrase of data/state_forces.txt within its first four words, and a second one joined to it by "and" ("blamed
  // the government and the armed forces"); or the agent after "by" of a verb of violence (data/violence_by.txt:
  // "machinegunned by salvadoran air force helicopters", "carried out by armed forces troops"), with no word
  // before the phrase but a nationality; in a sentence of the incident's time near it
  // (MUC-4 DEV with the role tagger held out: PerpOrg 35.2 -> 35.9, 4 right of 8 more, for the accused; 37.5 ->
  // 37.8, 4 right of 16 more, for the second and the agent; on TST one more, wrong: 41.7 -> 41.4).
  // `state_at` adds the phrase found within `width` words from b (before `end`; past nationalities alone where
  // `demonyms_only`) and returns the word after it, 0 if none.
  auto state_at = [&](std::uint32_t b, std::uint32_t end, std::uint32_t width, bool demonyms_only,
                      const char* how) -> std::uint32_t {
    if (b < end && tk.lower[b] == "the"sv) ++b;
    for (std::uint32_t k = b; k < end && k < b + width && t[k].kind == Token::word; ++k) {
      std::uint32_t len = 0;
      if (!state_forces_.match(tk, k, std::min(end, b + width), len)) {
        if (demonyms_only && !(gaz.bits(tk.lower[k]) & 16)) return 0;
        continue;
      }
      const std::uint32_t e = k + len - 1;  // the phrase's last word
      NameSpan n;
      n.first = b;
      n.last = e + 1;
      n.canonical = ascii_lower(flat(text.substr(t[b].start, t[e].end - t[b].start)));
      n.kind = "state";
      add_group(m, n, how);
      return e + 1;
    }
    return 0;
  };
  for (std::uint32_t si = 0; si < tk.sentences.size(); ++si) {
    if (off_tense(si) || !(in_core(si) || (si + 1 >= core.front() && si <= core.back() + 2))) continue;
    const Sentence& s = tk.sentences[si];
    for (std::uint32_t i = s.first + 1; i + 1 < s.last; ++i) {
      const std::string& v = tk.lower[i];
      if (v == "by"sv) {
        bool violence = false;
        for (std::uint32_t k = i > s.first + 2 ? i - 2 : s.first; k < i && !violence; ++k) {
          std::uint32_t len = 0;
          violence = violence_by_.match(tk, k, i, len) && k + len == i;
        }
        if (violence) state_at(i + 1, s.last, 3, true, "");
        continue;
      }
      if (v != "accused"sv && v != "accusing"sv && v != "accuses"sv && v != "accuse"sv && v != "blamed"sv && v != "blaming"sv &&
          v != "blames"sv && v != "blame"sv)
        continue;
      if (auxiliary(tk.lower[i - 1])) continue;  // "was accused": the subject is the one accused
      const std::uint32_t after = state_at(i + 1, s.last, 4, false, "blamed");
      if (after && after + 1 < s.last && tk.lower[after] == "and"sv) state_at(after + 1, s.last, 4, false, "blamed");
    }
  }

  // Victims: people named next to a casualty word — "Antonio Mason, 35, died", "John Doe was shot",
  // "shot and killed John Doe" — in the incident's tense. Killed if the word says so, else wounded.
  // A person's name as the tagger found it, carried over the capitalised words it missed ("Charles" of
  // "Charles Ulery", "Atu Williams II").
  struct PersonSpan {
    std::uint32_t first, last;
    std::string status;
    std::uint32_t ev_start, ev_end;
    bool hit = false;  // "wounded" only as far as "was shot" goes: the dead are shot too
    bool learned = false;   // the status is the victim scorer's, not the rules'
    bool rejected = false;  // the victim scorer calls this person no victim
    bool veto = false;      // the rules call this one the attacker or a suspect: never a victim
    bool listed = false;    // ... as one a list of names opened by "as", "are" or "were" gives ("the suspects
                            // were identified as ...", "their names are ...")
  };
  std::vector<PersonSpan> people;
  // the victim scorer's killed or wounded for a person the rules name as a victim with no word of the fate
  std::vector<std::pair<std::string, std::string_view>> scorer_fates;
  // A word after a name that tells the name is held for the incident (data/suspect_words.tsv "after"), in
  // that sense: not "pleaded for the shooting to stop", "pleaded with", "their custody dispute", "custody
  // battle", "custody of the children".
  auto held_word = [&](std::uint32_t k) {
    const std::string& w = tk.lower[k];
    if (!suspect_after_.contains(w, tk.hash[k])) return false;
    const std::string_view next = k + 1 < tk.lower.size() ? std::string_view(tk.lower[k + 1]) : std::string_view();
    if (w == "pleaded"sv || w == "pled"sv) return next != "for"sv && next != "with"sv;
    if (w == "custody"sv) return next != "dispute"sv && next != "battle"sv && next != "of"sv;
    return true;
  };
  // a token of a time expression ("officers arrested Justin Johnson Friday": no part of his name)
  auto in_time = [&](std::uint32_t k) {
    return std::any_of(a.times.begin(), a.times.end(), [&](const TimeExpr& te) { return te.first <= k && k < te.last; });
  };
  auto initial = [&](std::uint32_t k) { return is_initial(tk.lower[k]); };  // "O."
  for (const NameSpan& tagged : a.names) {
    if (tagged.type != "per"sv || tagged.kind == "credit"sv) continue;  // (a photographer)
    // A tagger's span with a word that is no name's (data/not_name_words.txt) is the name after it ("Preston
    // Police Chief Ken Geddes" is Ken Geddes; "Jefferson County" is nobody).
    NameSpan n = tagged;
    for (std::uint32_t k = n.last; k > n.first; --k)
      if (not_name_word(tk.lower[k - 1])) {
        n.first = k;
        break;
      }
    // (one word left after such a word is no name either: "North" of "Penn Avenue North")
    if (n.first == n.last || (n.first > tagged.first && n.last - n.first == 1)) continue;
    std::uint32_t si = tk.sentence_of(n.first);
    const Sentence& s = tk.sentences[si];
    std::uint32_t last = n.last;
    if (!tk.caseless)
      // (an initial goes on to the surname after it: "Elliseo O. Cantu", "Jawon C. Smith")
      while (last < s.last && last < n.last + 2 + initial(last - 1) && t[last].kind == Token::word && t[last].cap &&
             (!t[last].upper || initial(last)) && t[last].start == t[last - 1].end + 1 &&
             !not_name_word(tk.lower[last]) && !in_time(last) &&
             (initial(last - 1) || initial(last) ||  // (the tagger's "L. Johnson" of "Shawn L. Johnson" is his too)
              !std::any_of(a.names.begin(), a.names.end(), [&](const NameSpan& o) { return o.first == last; })))
        ++last;
    // and one capitalised word before it, not the sentence's first nor a title ("identified as Ray Anthony
    // Joseph Jr.")
    std::uint32_t first = n.first;
    if (!tk.caseless && first > s.first + 1 && t[first - 1].kind == Token::word && t[first - 1].cap &&
        !t[first - 1].upper && t[first].start == t[first - 1].end + 1 && !not_name_word(tk.lower[first - 1]) &&
        !has(persons_, tk, first - 1) && tk.lower[first - 1].back() != '.' &&
        !std::any_of(a.places.begin(), a.places.end(), [&](const PlaceMention& p) { return p.last == first; }))
      --first;
    if (!people.empty() && people.back().last > first) continue;
    people.push_back({first, last, "", 0, 0, false});
  }
  // "identified (the victims / by police / Wednesday) as": the words after it are a name even where the
  // tagger saw none ("identified as Thomas May, 26"; "as 24-year-old Akeem Lee"). Two to four capitalised
  // words, not a place.
  // ... and the same after a word that opens a list of the people hit: "including", "the victims include",
  // "identified five of the victims:"
  // (of those, the words that name who they are, not "including", which may pick one of many)
  auto naming = [&](std::uint32_t k) {
    return tk.lower[k] == "as"sv || tk.lower[k] == "are"sv || tk.lower[k] == "were"sv;
  };
  auto identified_as = [&](std::uint32_t as, std::uint32_t first) {
    // (asked of every word: most are turned away on the tokenizer's hash, no string compared)
    static const StringSet opening = {"including", "include", "includes", "included", "are", "were", "is", "was", ":", "as"};
    const std::string& w = tk.lower[as];
    const bool kin = kin_.contains(w, tk.hash[as]);
    if (!kin && !opening.contains(w, tk.hash[as])) return false;
    if (w == "including"sv || w == "include"sv || w == "includes"sv || w == "included"sv) return true;
    if (kin) {  // "fatally shot his 42-year-old wife Min Huang": after the incident's word
      for (std::uint32_t k = as; k > first && k + 5 > as; --k) {
        if (trigger_at[k - 1]) return true;
        // (not the end of a quote between: "... said that Jasmine had been shot,” Morris' mother, Lisa Briggs,
        // said" tells whose mother speaks)
        const std::string_view raw = t[k - 1].text(text);
        if (raw == "\u201D"sv || (raw == "\""sv && k - 1 > first && t[k - 2].end == t[k - 1].start)) return false;
      }
      return false;
    }
    // "He is Rolandreon Marquis Fischer, 25", "He was Bernard Gillis": the one the sentence before told of
    if (w == "is"sv || w == "was"sv)
      return as == first + 1 && (tk.lower[first] == "he"sv || tk.lower[first] == "she"sv) && as + 1 < t.size() && t[as + 1].cap;
    if ((w == "are"sv || w == "were"sv) && as > first) {  // "The victims were ...", "Their names are ..."
      if (as == first + 1 && tk.lower[first] == "they"sv) return true;  // "They are Raul Carrillo, 58; ..."
      for (std::uint32_t k = as; k > first && k + 3 > as; --k) {
        const std::string& b = tk.lower[k - 1];
        if (b == "victims"sv || b == "names"sv || b == "dead"sv || b == "deceased"sv || b == "survivors"sv) return true;
      }
      // ... or a sentence that opens with the victims, where they are comes first ("The victims being treated
      // at Flagstaff Medical Center are Nicholas Prato, Kyle Zientek and Nicholas Piring")
      std::uint32_t k = first + (tk.lower[first] == "the"sv ? 1 : 0);
      if (k < as && tk.lower[k] == "other"sv) ++k;
      if (k >= as || tk.lower[k] != "victims"sv || as - k > 10) return false;
      for (std::uint32_t x = k + 1; x < as; ++x)
        if (t[x].kind == Token::punct || tk.lower[x] == "and"sv || tk.lower[x] == "were"sv || tk.lower[x] == "are"sv) return false;
      return true;
    }
    if (w == ":"sv && as > first) {  // "identified five of the victims:", not "(Photo: ...", "Source: ..."
      const std::string& b = tk.lower[as - 1];
      return b == "victims"sv || b == "victim"sv || b == "dead"sv || b == "killed"sv || b == "wounded"sv || b == "injured"sv ||
             b == "deceased"sv || b == "died"sv;
    }
    if (w != "as"sv) return false;
    for (std::uint32_t k = as; k > first && k + 15 > as; --k)
      if (identify_word(tk.lower[k - 1])) return true;
    return false;
  };
  if (!tk.caseless) {
    // a word of such a name: capitalised, not all capitals, no street, office or person word
    auto name_word = [&](std::uint32_t k) {
      return t[k].kind == Token::word && t[k].cap && !t[k].upper && !not_name_word(tk.lower[k]) &&
             !has(persons_, tk, k);
    };
    auto taken = [&](std::uint32_t b, std::uint32_t e) {
      return std::any_of(people.begin(), people.end(), [&](const PersonSpan& p) { return p.first < e && b < p.last; });
    };
    auto by_start = [](const PersonSpan& x, const PersonSpan& y) { return x.first < y.first; };
    // A name found beside another (tokens [b, e)): added, in order, unless a person or a place holds any of it.
    auto add_person = [&](std::uint32_t b, std::uint32_t e) {
      bool place = std::any_of(a.places.begin(), a.places.end(),
                               [&](const PlaceMention& p) { return !p.in_person && p.first < e && b < p.last; });
      if (taken(b, e) || place) return false;
      people.push_back({b, e, "", 0, 0, false});
      std::sort(people.begin(), people.end(), by_start);
      return true;
    };
    std::vector<PersonSpan> more;
    for (const Sentence& s : tk.sentences)
      for (std::uint32_t i = s.first; i + 2 < s.last; ++i) {
        if (!identified_as(i, s.first)) continue;
        std::uint32_t j = i + 1;
        if (tk.lower[j].ends_with("-year-old")) ++j;
        std::uint32_t e = j;
        while (e < s.last && e < j + 4 && name_word(e)) ++e;
        if (e - j < 2) continue;
        bool place = std::any_of(a.places.begin(), a.places.end(),
                                 [&](const PlaceMention& p) { return !p.in_person && p.first <= j && e <= p.last; });
        if (!taken(j, e) && !place) more.push_back({j, e, "", 0, 0, false});
      }
    if (!more.empty()) {
      people.insert(people.end(), more.begin(), more.end());
      std::sort(people.begin(), people.end(), by_start);
    }
    // Two to three capitalised words joined to a person's name by "and" or a comma are a name too, where
    // the tagger missed the first of a pair ("Monte Compton and Donte Jefferson were both pronounced dead",
    // "Twenty-one-year-old Izaak Bridges and 32-year-old Tanishia Graham"). Ages between are skipped.
    auto age_word = [&](std::uint32_t k) { return is_age_word(tk.lower[k]); };
    for (bool added = true; added;) {
      added = false;
      for (std::size_t pi = 0; pi < people.size() && !added; ++pi) {
        std::uint32_t k = people[pi].first;
        const Sentence& s = tk.sentences[tk.sentence_of(k)];
        if (k > s.first && age_word(k - 1)) --k;
        if (k <= s.first + 1 || (tk.lower[k - 1] != "and"sv && tk.lower[k - 1] != ","sv)) continue;
        std::uint32_t e = k - 1, b = e;
        if (b > s.first && tk.lower[b - 1] == ","sv) --b, --e;  // "A, and B"
        while (b > s.first && e - b < 3 && name_word(b - 1) && !age_word(b - 1)) --b;
        if (e - b < 2) continue;
        added = add_person(b, e);
      }
      // ... and the second of a pair ("identified as Petetrial Michael Scott and Jerry Jamale Jackson")
      for (std::size_t pi = 0; pi < people.size() && !added; ++pi) {
        std::uint32_t k = people[pi].last;
        const Sentence& s = tk.sentences[tk.sentence_of(people[pi].first)];
        if (k + 3 < s.last && age_aside(tk, k, s.last) == 3) k += 2;  // past the age: "Henry Sherman, 44, and Randy Brown"
        if (k + 2 >= s.last || (tk.lower[k] != "and"sv && tk.lower[k] != ","sv)) continue;
        std::uint32_t b = k + 1;
        if (tk.lower[b] == "and"sv && tk.lower[k] == ","sv) ++b;  // "A, and B"
        if (b < s.last && age_word(b)) ++b;
        std::uint32_t e = b;
        while (e < s.last && e - b < 3 && name_word(e)) ++e;
        if (e - b < 2) continue;
        added = add_person(b, e);
      }
    }
  }
  // the words an apposition describing a person begins with
  static const StringSet appositive_start = {"a", "an", "the"};
  // The casualty phrase that ends right before token `end`, beginning at most `reach` tokens back and not
  // before `from`, the nearest first, for which fits(row, its first token) holds: its first token, or none.
  auto casualty_ending = [&](std::uint32_t end, std::uint32_t from, std::uint32_t reach,
                             auto&& fits) -> std::optional<std::pair<std::uint32_t, const Lexicon::Row*>> {
    for (std::uint32_t b = end; b > from && end - b < reach; --b) {
      std::uint32_t len = 0;
      const auto* row = casualties_.match(tk, b - 1, end, len);
      if (row && b - 1 + len == end && fits(*row, b - 1)) return std::pair{b - 1, row};
    }
    return std::nullopt;
  };
  // Where an age written right before token `k` begins ("30-year-old", "16 year-old", "16 year old"), not
  // before `from`; `k` itself when there is none.
  auto age_start = [&](std::uint32_t k, std::uint32_t from) {
    if (k > from && is_age_word(tk.lower[k - 1])) return k - 1;
    if (k >= from + 2 && age_apart(tk.lower[k - 1]) && t[k - 2].kind == Token::number) return k - 2;
    if (k >= from + 3 && tk.lower[k - 1] == "old"sv && (tk.lower[k - 2] == "year"sv || tk.lower[k - 2] == "month"sv) &&
        t[k - 3].kind == Token::number)
      return k - 3;
    return k;
  };
  // A sentence that tells of another incident than the story's ("In an unrelated incident, Bavet Lyles, 34, was
  // shot", "killed and another man was wounded in a separate shooting", "A second shooting was reported ...",
  // "In other shootings:"), and the sentence after it (news paragraphs are often one sentence long): the
  // people there are that incident's victims.
  std::vector<std::uint8_t> other_story(tk.sentences.size(), 0);
  for (std::uint32_t si = 0; si < tk.sentences.size(); ++si) {
    const Sentence& s = tk.sentences[si];
    auto incident_noun = [&](std::uint32_t k) {
      const std::string& x = tk.lower[k];
      return x == "shooting"sv || x == "shootings"sv || x == "incident"sv || x == "incidents"sv || x == "attack"sv;
    };
    // (not the people of one: "6 other shooting victims")
    auto of_people = [&](std::uint32_t at) { return at < s.last && has(persons_, tk, at) > 0; };
    bool other = false;
    for (std::uint32_t k = s.first; k + 1 < s.last && !other; ++k) {
      const std::string& x = tk.lower[k];
      if (x == "other"sv)
        other = (tk.lower[k + 1] == "shootings"sv || tk.lower[k + 1] == "incidents"sv) && !of_people(k + 2);
      else if (x == "separate"sv || x == "unrelated"sv)
        other = (incident_noun(k + 1) && !of_people(k + 2)) ||
                (k + 2 < s.last && incident_noun(k + 2) && !incident_noun(k + 1) && t[k + 1].kind == Token::word && !of_people(k + 3));
    }
    // ("A second shooting", "Another shooting")
    std::uint32_t k = s.first;
    if (k < s.last && (tk.lower[k] == "a"sv || tk.lower[k] == "another"sv)) {
      ++k;
      if (k < s.last && ordinal_value(tk.lower[k]) > 1) ++k;
      other |= k < s.last && k > s.first + (tk.lower[s.first] == "a"sv ? 1 : 0) && incident_noun(k) && tk.lower[k] != "incidents"sv;
    }
    if (other) {
      other_story[si] = 1;
      if (si + 1 < tk.sentences.size()) other_story[si + 1] = 1;
    }
  }
  // ... and the people those sentences name first, named again later (only read where there are such sentences:
  // most stories have none): "A second shooting was reported ... the
  // victim, later identified as Vincent Stone ... Stone was taken to a Blytheville hospital"
  std::vector<std::string> named_first, elsewhere;
  if (std::find(other_story.begin(), other_story.end(), 1) != other_story.end())
    for (const NameSpan& o : a.names) {
      if (o.type != "per"sv || o.last - o.first < 2) continue;
      std::string full = flat(text.substr(t[o.first].start, t[o.last - 1].end - t[o.first].start));
      if (std::any_of(named_first.begin(), named_first.end(), [&](const std::string& x) { return same_person(x, full); }))
        continue;
      if (other_story[tk.sentence_of(o.first)]) elsewhere.push_back(full);
      named_first.push_back(std::move(full));
    }
  for (PersonSpan& ps : people) {
    NameSpan n;
    n.first = ps.first;
    n.last = ps.last;
    std::uint32_t si = tk.sentence_of(n.first);
    if (off_tense(si) || other_story[si]) continue;
    const Sentence& s = tk.sentences[si];
    const std::uint32_t aged = age_start(n.first, s.first);  // the name's first token, or its age's before it
    std::string status;
    bool hit = false;
    std::uint32_t ev_end = t[n.last - 1].end, ev_start = t[n.first].start;
    // after the name: "Antonio Mason, 35, died", "Jamaine Sutton, 32, of Dunbar, was pronounced dead"
    bool agent = false;  // "Kyle Holaday, 26, also shot and killed ...": the one who did it
    std::uint32_t status_end = 0;  // the token after the words that gave the status
    // the name after a casualty noun and "of" ("the shooting death of 5-year-old Austin Ramos Jr."): the verbs
    // after it are the noun phrase's head's, the sentence's subject's
    bool of_casualty = false;
    {
      std::uint32_t k = n.first;
      if (k > s.first && is_age_word(tk.lower[k - 1])) --k;
      if (k > s.first + 1 && tk.lower[k - 1] == "of"sv)
        for (std::uint32_t b = k - 1; b > s.first && b + 4 > k && !of_casualty; --b) {
          std::uint32_t len = 0;  // the phrase, "of" in it or not ("shooting death of", "murder")
          const auto* row = casualties_.match(tk, b - 1, k, len);
          of_casualty = row && (b - 1 + len == k || b - 1 + len == k - 1) && told_before(*row);
        }
    }
    // An apposition that describes the name ("Demontris Toliver, 25, an aspiring tattoo artist from Baton Rouge,
    // was killed"; "Queric Richardson, a 17-year-old student of ..., died") or says where the person lives
    // ("Scott Travis Thompson of the first block of Kempton Drive in Romeoville, was also found dead") is not
    // counted in the twelve words.
    // One that tells whose kin or friend the name is ("Ledrue Williams, a relative of the deceased, told ...") is
    // not read at all: what it says befell someone else.
    std::uint32_t reach = n.last + 12, aside_from = 0, aside_to = 0;
    {
      std::uint32_t k = n.last;
      if (const std::uint32_t aged = age_aside(tk, k, s.last)) k += aged - 1;  // to the comma after ", 31," or ", age 31,"
      // (two of them: "Karen L. Torres of Quincy, the mother of a 7-year-old girl who died in a shooting May 20
      // near Beverly, had her preliminary hearing continued")
      for (int asides = 0; asides < 2; ++asides) {
        // (a relative's word opens one too: "Richard Martinez, father to deceased victim Christopher Martinez,
        // delivered an impassioned statement")
        const bool kin_of = k + 2 < s.last && tk.lower[k] == ","sv && has(kin_, tk, k + 1) &&
                            (tk.lower[k + 2] == "of"sv || tk.lower[k + 2] == "to"sv);
        const bool describes = k + 1 < s.last && tk.lower[k] == ","sv && (has(appositive_start, tk, k + 1) || kin_of);
        const bool from = k + 1 < s.last && (tk.lower[k] == "of"sv || (tk.lower[k] == ","sv && tk.lower[k + 1] == "of"sv));
        if (!describes && !from) break;
        // (where it says where the person lives, up to a comma or the verb: "Aron Turner, age 31, of the 3900
        // block of Trailwood Court in Chesapeake was pronounced dead")
        auto verb = [&](std::uint32_t x) { return from && (tk.lower[x] == "was"sv || tk.lower[x] == "is"sv || tk.lower[x] == "died"sv); };
        std::uint32_t close = k + 2;
        while (close < s.last && close < k + 18 && tk.lower[close] != ","sv && tk.lower[close] != ";"sv && !verb(close)) ++close;
        if (close >= s.last || (tk.lower[close] != ","sv && !verb(close))) break;
        reach += close - k;
        // (whose kin or friend the name is: "father of a", "mother to", "best friends with", not "father of
        // three", said of the name)
        bool whose = false;
        for (std::uint32_t x = k + 1; describes && x + 2 < close; ++x) {
          const std::string& after = tk.lower[x + 1];
          if (has(persons_, tk, x) &&
              (after == "of"sv || (x == k + 1 && after == "to"sv) ||
               (after == "with"sv && (tk.lower[x] == "friend"sv || tk.lower[x] == "friends"sv))) &&
              !(t[x + 2].kind == Token::number || (analyser_.numbers().word_value(tk.lower[x + 2]) > 1)))
            aside_from = k + 1, aside_to = close, whose = true;
        }
        if (tk.lower[close] != ","sv) break;
        // ... and what the next aside says, of that other person: "Troy Meyer, a best friend of Nathaniel Conley,
        // one of the deceased, place flowers"
        if (whose && close + 2 < s.last && (tk.lower[close + 1] == "one"sv || tk.lower[close + 1] == "who"sv)) {
          std::uint32_t next = close + 2;
          while (next < s.last && next < close + 8 && tk.lower[next] != ","sv) ++next;
          if (next < s.last && tk.lower[next] == ","sv) {
            reach += next - close;
            aside_to = next;
            close = next;
          }
        }
        k = close;
      }
    }
    for (std::uint32_t j = n.last; j < s.last && j < reach && status.empty(); ++j) {
      if (j >= aside_from && j < aside_to) {
        j = aside_to - 1;
        continue;
      }
      const std::string& w = tk.lower[j];
      // "identified Darren Johnson, 47, as the victim", "named John Doe as the deceased" (after "identified" or
      // "named" up to four words before the name): the words after "as" tell who the name is
      if (w == "as"sv && j + 2 < s.last && (tk.lower[j + 1] == "the"sv || tk.lower[j + 1] == "a"sv) && j > n.last) {
        bool identified = false;
        for (std::uint32_t b = n.first; b > s.first && b + 4 > n.first && !identified; --b)
          identified = identify_word(tk.lower[b - 1]) || tk.lower[b - 1] == "named"sv;
        const std::string& what = tk.lower[j + 2];
        if (identified && (what == "victim"sv || what == "deceased"sv)) {
          status = what == "deceased"sv ? "killed" : "unknown";
          ev_end = t[j + 2].end;
          status_end = j + 3;
          break;
        }
      }
      // "Reginald Williams, 35, of Montgomery, was the victim", "... was one of the victims", "was among the
      // victims": the name's own verb, right after it or its asides, says who the name is (not "was the
      // victim's mother", "was not the intended victim")
      if ((w == "was"sv || w == "is"sv) && (j == n.last || tk.lower[j - 1] == ","sv)) {
        std::uint32_t k = j + 1;
        if (k + 2 < s.last && tk.lower[k] == "one"sv && tk.lower[k + 1] == "of"sv) k += 2;
        else if (k < s.last && tk.lower[k] == "among"sv) ++k;
        if (k < s.last && (tk.lower[k] == "the"sv || (k == j + 1 && (tk.lower[k] == "a"sv || tk.lower[k] == "an"sv)))) ++k;
        if (k < s.last && t[k].kind == Token::number) ++k;  // "one of the four victims"
        if (k < s.last && (tk.lower[k] == "shooting"sv || tk.lower[k] == "gunshot"sv)) ++k;
        const bool plural = k > j + 2;  // after "one of" or "among"
        if (k < s.last && tk.lower[k] == (plural ? "victims"sv : "victim"sv) && k > j + 1 &&
            !(k + 1 < s.last && (tk.lower[k + 1] == "'"sv || tk.lower[k + 1] == "'s"sv))) {
          status = "unknown";
          ev_end = t[k].end;
          status_end = k + 1;
          break;
        }
      }
      // "and" before someone described, not named, and "were", right after the name's age and origin: one
      // subject with the name ("Mercedes McMillan, 18, and a 14-year-old girl were shot")
      if (w == "and"sv && j + 2 < s.last && !t[j + 1].cap) {
        bool apposition_only = true;  // (", 18, of Dunbar,")
        for (std::uint32_t k = n.last; k < j && apposition_only; ++k)
          apposition_only = t[k].kind != Token::word || t[k].cap || tk.lower[k] == "of"sv;
        std::uint32_t k = j + 1;
        while (k < s.last && k < j + 8 && t[k].kind != Token::punct && !t[k].cap && tk.lower[k] != "were"sv) ++k;
        if (apposition_only && k < s.last && tk.lower[k] == "were"sv && k > j + 1) {
          reach += k - j;  // (the other person's words are not counted in the twelve)
          j = k - 1;
          continue;
        }
      }
      // a source speaking or asking ("Mayor Jim Kenney asked that everyone pray for the injured"), or someone else
      // (or a label before a colon, a headline's source: "Birmingham PD: Juvenile accidentally shot"; not
      // "reported to be among the three killed", said of the name)
      const bool said_of = j + 1 < s.last && tk.lower[j + 1] == "to"sv;
      // (but "and" before a verb goes on with the same person: "was treated at the scene and transported to
      // ProMedica Toledo Hospital, where he died"; "got access to his father's gun and fatally shot himself")
      static const StringSet same_subject = {"was", "is", "later", "then", "died", "taken", "transported", "rushed",
                                             "airlifted", "flown", "pronounced", "succumbed", "accidentally", "fatally"};
      const bool goes_on = w == "and"sv && j + 1 < s.last && has(same_subject, tk, j + 1);
      if ((speech_words_.count(w) && !said_of) || w == "asked"sv || (w == "and"sv && !goes_on) || w == ":"sv) break;
      // a place's clause with people of its own ("Patti Beller prays outside a home where seven people were
      // shot"), not the name's ("taken to a hospital, where he died")
      if (w == "where"sv && j + 2 < s.last &&
          (t[j + 1].kind == Token::number || analyser_.numbers().word_value(tk.lower[j + 1]) > 0) &&
          (has(persons_, tk, j + 2) || tk.lower[j + 2].ends_with("-year-old")))
        break;
      // a relative or a friend of the name's, whom what follows befell ("Cassandra Nathan attended a vigil for
      // her son Ketron who was killed", "Toni Collins found out Sunday afternoon that her 17-year-old son had been
      // killed", "Yohana Miranda asks why her friend had to be shot", "Joseph Williams, whose great-grandson shot
      // himself")
      // (not one with them: "Terry Andres, shown with his wife of 40 years, was shot to death")
      if ((possessive_pronoun(w) || w == "whose"sv) && tk.lower[j - 1] != "with"sv) {
        std::uint32_t o = j + 1;
        while (o < s.last && o < j + 3 && (is_age_word(tk.lower[o]) || tk.lower[o] == "longtime"sv || tk.lower[o] == "best"sv))
          ++o;
        if (o < s.last && (has(kin_, tk, o) || tk.lower[o] == "friend"sv)) break;
      }
      // (not "was allegedly shot and killed by her ex-boyfriend": a passive verb's subject had it done to her)
      if (held_word(j) && !(w == "allegedly"sv && auxiliary(tk.lower[j - 1]))) {  // "John Doe was arrested after fatally shooting ..."
        // (but the suspect "in the shooting death of Austin Ramos Jr. was arrested", the "uncle of Melina Torres,
        // has pleaded not guilty")
        const bool of_person = aged >= s.first + 2 && tk.lower[aged - 1] == "of"sv && has(persons_, tk, aged - 2);
        agent = !of_casualty && !of_person;
        break;
      }
      std::uint32_t len = 0;
      const auto* row = casualty_at(tk, j, s.last, len);
      // a casualty another owns, told after the name: "Sen. Susan Collins released a statement reacting to
      // Harmon's death" (not the name's own, "Harmon's death", nor a pronoun's "is": "he's dead")
      static const StringSet contracted = {"he's", "she's", "it's", "that's", "who's", "there's", "what's", "here's"};
      if (row && j > n.last + 1 && (tk.lower[j - 1].ends_with("'s"sv) || tk.lower[j - 1].ends_with("s'"sv)) &&
          !has(contracted, tk, j - 1))
        break;
      // the one taken to a hospital is whom the name took there ("Hill transported him to Methodist Hospital",
      // "Peterson rushed the children to North Memorial Medical Center"), not the name; but a person's word in
      // the aside that describes the name before "shot himself" is the name ("Dekota Smith, a student at South
      // Caldwell High School, accidentally shot himself")
      std::uint32_t past_aside = n.last;
      if (row && row->size() > 3 && (*row)[3] == "self"sv && past_aside < j && tk.lower[past_aside] == ","sv) {
        std::uint32_t close = past_aside + 1;
        while (close < j && tk.lower[close] != ","sv) ++close;
        if (close < j) past_aside = close + 1;
      }
      if (row && row->size() > 2 && (*row)[2] == "same"sv &&
          std::any_of(tk.lower.begin() + past_aside, tk.lower.begin() + j, [&](const std::string& x) {
            return x == "him"sv || x == "her"sv || x == "them"sv || (persons_.count(x) && !kin_.contains(x));
          }))
        continue;
      const auto* harm = row ? nullptr : harms_.match(tk, j, s.last, len);
      if ((row || harm) && counterfactual(tk, j, n.last)) continue;  // "Doe could have been killed"
      if (harm && told_after(*harm)) {
        std::uint32_t after = j + len;
        bool aux = tk.lower[j - 1] == "was"sv || tk.lower[j - 1] == "were"sv || tk.lower[j - 1] == "been"sv ||
                   tk.lower[j - 1] == "is"sv || tk.lower[j - 1] == "are"sv;
        bool agent_verb = harm->size() > 2 && (*harm)[2] == "agent"sv;  // data/victim_words.tsv
        if (agent_verb && !aux && after < s.last && t[after].kind == Token::word) {
          agent = true;  // "guerrillas kidnapped two engineers": the name did it
          break;
        }
        status = (*harm)[0];
        hit = status == "wounded"sv;  // "hit by a stray bullet" tells of the dead too, as "shot" does
        ev_end = t[j + len - 1].end;
        status_end = j + len;
        continue;
      }
      if (row && told_after(*row)) {
        // a verb that takes an object, in the active voice, with something after it: the name did it
        static const std::unordered_set<std::string> transitive = {"shot", "killed", "murdered", "wounded", "injured",
                                                                   "fatally", "stabbed"};
        static const std::unordered_set<std::string> auxiliary = {"was", "were", "is", "are", "been", "be", "being",
                                                                  "got", "gets", "get", "later", "fatally"};
        // the words an object of the verb begins with (a capitalised word, a count or an age-word too)
        static const std::unordered_set<std::string> object_start = {"his", "her", "a", "an", "the", "another", "their",
                                                                     "him", "them", "all", "both"};
        // where "shot" fires rather than hits ("shot into the crowd"), and the words after "at" that say it hit
        static const std::unordered_set<std::string> fired_toward = {"into", "toward", "towards", "through", "at"};
        static const std::unordered_set<std::string> at_measure = {"least", "most", "close", "point"};
        const std::string& before = tk.lower[j - 1];
        // "the shot", "a shot": a noun ("Joseph Hettle fired the shot"), no casualty
        if (w == "shot"sv && len == 1 && (before == "the"sv || before == "a"sv || before == "one"sv)) continue;
        std::uint32_t after = j + len;
        // "shot and injured the four victims": the object comes after the second verb
        if (transitive.count(w) && after + 1 < s.last && tk.lower[after] == "and"sv && has(transitive, tk, after + 1))
          after += 2;
        bool self = after < s.last && (tk.lower[after] == "himself"sv || tk.lower[after] == "herself"sv);
        // ("Tyricco Simmons shot 18-year-old Marquez Jones", "Jimerson shot him in the back")
        // ... or a count of people ("Roy Stephens, 34, shot four people")
        const bool count_after = after < s.last && std::any_of(a.numbers.begin(), a.numbers.end(), [&](const Quantity& q) {
                                   return q.first == after && q.count && !q.multiple && !q.joined;
                                 });
        // (a day is when, not whom: "was one of five people shot Sunday night")
        bool object = after < s.last && (t[after].kind == Token::word || count_after) && !self &&
                      ((t[after].cap && !calendar_word(tk.lower[after])) || count_after ||
                       has(object_start, tk, after) || is_age_word(tk.lower[after]));
        // ... or fired somewhere ("Barrow shot into the air and then into the crowd", "shot at the car"; not "shot at
        // least twice", "shot at close range")
        const bool fired = w == "shot"sv && len == 1 && after < s.last && has(fired_toward, tk, after) &&
                           !(tk.lower[after] == "at"sv && after + 1 < s.last && has(at_measure, tk, after + 1));
        if (transitive.count(w) && !auxiliary.count(before) && (object || fired) && !w.ends_with("himself")) {
          agent = true;
          break;
        }
        // the one police shot ("Michael Mernack, 36, was shot by deputies"; data/flag_words.tsv "police") is
        // the one they fired at, counted apart from the victims, as an attacker who died is
        // ("Richard Che Risher was fatally shot by Los Angeles police officers": a name between)
        std::uint32_t by_len = 0;
        if (const auto* by = flag_words_.match(tk, j, s.last, by_len); by && (*by)[0].find("police") != std::string::npos) {
          const auto from = tk.lower.begin() + j, to = from + by_len;
          if (std::find(from, to, "by") != to) {
            agent = true;
            break;
          }
        }
        if (police_by_name(tk, j + len - 1, s.last)) {
          agent = true;
          break;
        }
        status = casualty_status(*row);
        hit = counts_everyone_hit(*row);
        ev_end = t[j + len - 1].end;
        status_end = j + len;
      }
    }
    // what befell the name told in a clause of "who" between commas, and after it what the name was: "Travis
    // Carnez, Jr., who was also found dead, was the shooter"
    if (!status.empty() && status_end + 3 < s.last && tk.lower[status_end] == ","sv &&
        (tk.lower[status_end + 1] == "was"sv || tk.lower[status_end + 1] == "is"sv) &&
        (tk.lower[status_end + 2] == "the"sv || tk.lower[status_end + 2] == "a"sv) &&
        has(suspect_before_, tk, status_end + 3)) {
      bool who = false;
      for (std::uint32_t k = n.last; k + 1 < status_end && k < n.last + 6 && !who; ++k)
        who = tk.lower[k] == ","sv && tk.lower[k + 1] == "who"sv;
      agent = who;
    }
    if (agent) {
      ps.veto = true;
      continue;
    }
    // the sentence's subject told of again by "he" or "she" in a clause of when, past no other person's name
    // ("Corey Singleton is out of the hospital and recovering at his home after he was shot twice")
    if (status.empty() && aged == s.first)
      for (std::uint32_t k = n.last; k + 3 < s.last && k < n.last + 24; ++k) {
        if (std::any_of(people.begin(), people.end(), [&](const PersonSpan& o) { return o.first == k; }) ||
            has(speech_words_, tk, k))
          break;
        const std::string& w = tk.lower[k];
        if ((w != "after"sv && w != "when"sv) || (tk.lower[k + 1] != "he"sv && tk.lower[k + 1] != "she"sv) ||
            tk.lower[k + 2] != "was"sv)
          continue;
        std::uint32_t len = 0;
        if (const auto* row = casualty_at(tk, k + 3, s.last, len); row && told_after(*row)) {
          status = casualty_status(*row);
          hit = counts_everyone_hit(*row);
          ev_end = t[k + 3 + len - 1].end;
          status_end = k + 3 + len;
        }
        break;
      }
    // "Jaton Watts was also shot": someone besides the dead, as "also" says
    for (std::uint32_t j = n.last; hit && j < status_end; ++j)
      if (tk.lower[j] == "also"sv) hit = false;
    // hit, then dead in the same clause: "Randy Chapman, 23, who suffered a gunshot wound to the upper torso,
    // was pronounced dead", or after "and" with no other subject: "Chadney Allen, 19, and Kara Allen, 17, each
    // had multiple gunshot wounds and were pronounced dead"
    if (status == "wounded"sv && hit)
      for (std::uint32_t j = status_end; j < s.last && j < status_end + 8; ++j) {
        if (has(speech_words_, tk, j) ||
            (tk.lower[j] == "and"sv && !(j + 1 < s.last && (tk.lower[j + 1] == "was"sv || tk.lower[j + 1] == "were"sv))))
          break;
        std::uint32_t len = 0;
        const auto* row = casualties_.match(tk, j, s.last, len);
        if (row && told_after(*row) && casualty_status(*row) == "killed"sv) {
          status = "killed";
          ev_end = t[j + len - 1].end;
          break;
        }
      }
    // named as the one who did it or is held for it: "gunman Alex Arthur Buckner", "suspect John Doe",
    // "police arrested 19-year-old John Doe" (data/suspect_words.tsv)
    // (not past a verb of harm whose object the name is: "he was charged with fatally shooting Jihad Cromer",
    // "accused of killing 30-year-old Rachael Johnson")
    const auto verb = casualty_ending(aged, s.first, 4, [](const Lexicon::Row& row, std::uint32_t) { return told_before(row); });
    bool suspect = false;
    for (std::uint32_t back = 1; back <= 4 && n.first >= s.first + back && !suspect; ++back) {
      if (verb && verb->first >= n.first - back) break;
      // ("is accused of shooting Brian Banes and Delandis Clark": "shooting" is that verb too)
      if (tk.lower[n.first - back] == "shooting"sv || tk.lower[n.first - back] == "shot"sv) break;
      // (nor past the start of the name's own clause: "Police arrested Roberts hours after Melina Torres was shot")
      if (clause_word(tk.lower[n.first - back])) break;
      suspect = has(suspect_before_, tk, n.first - back) > 0;
    }
    if (suspect) {
      ps.veto = true;
      ps.listed = n.first > s.first + 1 && naming(n.first - 1) && identified_as(n.first - 1, s.first);
      continue;
    }
    // A verb of harm's count of people right before the name (from `from` up to its age), the name the first
    // of them: "wounding three other people, Kendra Covey, 28; Elizabeth Taylor-Laaker, 20; and Jimmy Sangster,
    // 30", "shot two innocent bystanders, Lazaro Paredesquelite, 43, and Rakeya Jackson, 18".
    auto counted_between = [&](std::uint32_t from) {
      std::uint32_t k = from;
      if (k + 1 < aged && possessive_pronoun(tk.lower[k])) ++k;  // "killed his two step-children, 17-year-old ..."
      if (k < aged && (t[k].kind == Token::number || analyser_.numbers().word_value(tk.lower[k]) > 1)) ++k;
      else return false;
      // (up to two words that describe them: "two innocent bystanders")
      for (std::uint32_t d = 0; d < 2 && k + 1 < aged && t[k].kind == Token::word && !t[k].cap && !has(persons_, tk, k); ++d)
        ++k;
      if (k < aged && has(persons_, tk, k) && is_plural_person(tk.lower[k])) ++k;
      else return false;
      if (k < aged && (t[k].text(text) == ","sv || t[k].text(text) == ":"sv)) ++k;
      else return false;
      return k == aged;
    };
    // ... or one person so described, the name set beside: "fatally shooting his ex-wife, 33-year-old Latoya A.
    // Andrews, and her boyfriend, 33-year-old Joseph Terry Brown" (a possessive, a person's word, a comma)
    auto described_between = [&](std::uint32_t from) {
      std::uint32_t k = from;
      if (!(k + 3 <= aged && possessive_pronoun(tk.lower[k]))) return false;
      ++k;
      if (!has(persons_, tk, k) || is_plural_person(tk.lower[k])) return false;
      ++k;
      return t[k].text(text) == ","sv && k + 1 == aged;
    };
    // before it: "shot and killed John Doe", "the murder of Heather Kelso", "identified the deceased as X",
    // "a third shooting victim, 21-year-old Antuan Greer"; not for a source who speaks right after the words
    // ("... was also wounded, Jones said")
    const bool speaks = n.last < s.last && has(speech_words_, tk, n.last);
    // the words before "shooting" that make it a verb of its own ("accused of shooting", "charged with
    // shooting", "after fatally shooting")
    static const StringSet gerund_before = {"of", "with", "for", "after", "before", "while", "fatally", "mortally", "accidentally"};
    for (std::uint32_t back = 1; !speaks && status.empty() && back <= 6 && n.first >= s.first + back; ++back) {
      std::uint32_t j = n.first - back;
      const std::string& w = tk.lower[j];
      std::uint32_t len = 0;
      const auto* row = casualties_.match(tk, j, s.last, len);
      const Lexicon::Row* harm = nullptr;
      if (!row) {
        harm = harms_.match(tk, j, s.last, len);
      } else if (!told_before(*row)) {
        // a casualty word told after its people may begin a victim phrase told before, right before the name
        // or its age: "in the shooting of Kaylee Reyes" (not "the shooting of four people was Kishawn Jackson")
        std::uint32_t harm_len = 0;
        const auto* longer = harms_.match(tk, j, s.last, harm_len);
        if (longer && told_before(*longer) && (j + harm_len == n.first || j + harm_len == aged || described_between(j + harm_len))) {
          row = nullptr;
          harm = longer;
          len = harm_len;
        }
      }
      // (not what was tried: "attempted to kill Deputy Benjamin Frazier", "the attempted murder of")
      if (row && attempt_before(tk, j, s.first, 3, {"tried", "trying"})) break;
      // (... or with the people it counts between: counted_between above)
      // (a preposition of place between tells where it happened, not to whom: "Father, Daughter Killed in N.H.
      // Circus Tent Collapse")
      static const StringSet of_place = {"in", "at", "near", "outside", "inside", "during"};
      const bool where = row && j + len < aged &&
                         std::any_of(tk.lower.begin() + j + len, tk.lower.begin() + aged,
                                     [&](const std::string& x) { return of_place.contains(x); });
      if (row && !where && (j + len + 2 >= n.first || j + len == aged || counted_between(j + len) || described_between(j + len)) &&
          told_before(*row)) {
        status = casualty_status(*row);
        hit = counts_everyone_hit(*row);
      } else if (harm && (j + len + 3 >= n.first || described_between(j + len)) && told_before(*harm)) {
        status = (*harm)[0];  // "the kidnapping of liberal senator Federico Estrada Velez"
      } else if ((w == "shot"sv || w == "hitting"sv || w == "striking"sv) && (back <= 3 || counted_between(j + 1))) {
        // ("... and went through the wall, hitting Kaitlyn Pullam"; "he fatally shot John Cromer": dead)
        status = j > s.first && (tk.lower[j - 1] == "fatally"sv || tk.lower[j - 1] == "mortally"sv) ? "killed" : "wounded";
        hit = true;
      } else if (w == "shooting"sv && (j + 1 == n.first || j + 1 == aged) && j > s.first && has(gerund_before, tk, j - 1)) {
        // "is accused of shooting 17-year-old Kelly Evander Stacy Jr.": hit, and whether the person lived is told
        // elsewhere if at all (not "the shooting" of a noun)
        status = tk.lower[j - 1] == "fatally"sv || tk.lower[j - 1] == "mortally"sv ? "killed" : "unknown";
      } else if ((w == "victim"sv || w == "victims"sv || w == "deceased"sv) &&
                 // (not a word of a title or a body's name: "Victim Advocate", "Victim Assistance Program")
                 !(!tk.caseless && t[j].cap && j > s.first && j + 1 < s.last && t[j + 1].cap && t[j + 1].kind == Token::word)) {
        status = w == "deceased"sv ? "killed" : "unknown";
        // "the injured victim as", "the dead man as"
        for (std::uint32_t k = j; k > s.first && k + 3 > j; --k) {
          const std::string& x = tk.lower[k - 1];
          if (x == "injured"sv || x == "wounded"sv) status = "wounded";
          if (x == "dead"sv || x == "deceased"sv || x == "slain"sv || x == "killed"sv) status = "killed";
        }
      }
      if (!status.empty()) ev_start = t[j].start;
    }
    // an inverted copula: "Also wounded in the shooting were Aaron Brown, 22, Joe Brown, 41, and Michael Hogue";
    // "Killed was 19-year-old John Doe" (the casualty word opens the sentence or follows "also", "those", ...,
    // and only words of where and when come between it and "were")
    if (status.empty() && !speaks) {
      static const StringSet between = {"in", "during", "at", "on", "the", "this", "that", "shooting", "incident",
                                        "attack", "gunfire", "also"};
      // ("The child who died was 10-year-old DeShaun Swanson": the casualty word right before the copula)
      static const StringSet opener = {"also", "those", "among", "seriously", "critically", "fatally", "mortally",
                                       "slightly", "others", "people", "who"};
      std::uint32_t c = n.first;
      if (c > s.first && is_age_word(tk.lower[c - 1])) --c;
      std::optional<std::pair<std::uint32_t, const Lexicon::Row*>> word;
      if (c > s.first + 1 && copula(tk.lower[c - 1])) {
        std::uint32_t k = c - 1;
        while (k > s.first && c - 1 - k < 5 && (has(between, tk, k - 1) || calendar_word(tk.lower[k - 1]))) --k;
        word = casualty_ending(k, s.first, 3, [&](const Lexicon::Row&, std::uint32_t w0) {
          return w0 == s.first || has(opener, tk, w0 - 1) > 0;
        });
      } else if (c > s.first + 3 && (tk.lower[c - 1] == ","sv || tk.lower[c - 1] == "--"sv || tk.lower[c - 1] == "\u2014"sv)) {
        // ... or the name set beside a person the casualty befell: "the two men who died, Joseph Villalobos and
        // Jonathan Rojas, were on opposite sides", "the woman who was hurt, Debra Childress"
        word = casualty_ending(c - 1, s.first, 3, [&](const Lexicon::Row&, std::uint32_t w0) {
          std::uint32_t k = w0;
          if (k > s.first && (tk.lower[k - 1] == "was"sv || tk.lower[k - 1] == "were"sv)) --k;
          return k > s.first + 1 && tk.lower[k - 1] == "who"sv && has(persons_, tk, k - 2) &&
                 !has(suspect_before_, tk, k - 2);
        });
      }
      if (word) {
        status = casualty_status(*word->second);
        hit = counts_everyone_hit(*word->second);
        ev_start = t[word->first].start;
      }
    }
    // "The two men who were killed have been identified as X and Y", "the injured officers have been
    // identified as ...": named as the people the sentence's casualty word is about
    // The name may come later in a list after "as" ("identified as Thomas May, 26, Joseph Edwards, 28").
    if (status.empty()) {
      std::uint32_t as = 0;
      for (std::uint32_t back = 1; back <= 40 && n.first >= s.first + back && !as; ++back) {
        std::uint32_t k = n.first - back;
        if (identified_as(k, s.first)) {
          as = k;
          break;
        }
        const std::string& w = tk.lower[k];
        std::string_view raw = t[k].text(text);
        bool list = t[k].cap || t[k].kind == Token::number || raw == ","sv || raw == ";"sv || w == "and"sv || w == "of"sv ||
                    w == "age"sv || w.ends_with("-year-old") || age_apart(w) ||
                    ((w == "year"sv || w == "old"sv) && k > s.first && (t[k - 1].kind == Token::number || tk.lower[k - 1] == "year"sv)) ||
                    possessive_pronoun(w) || w == "'s"sv || w == "’s"sv || w == "'"sv || persons_.count(w) ||
                    (back <= 4 && (w == "the"sv || w == "a"sv || describing_.count(w))) ||
                    raw == ":"sv || analyser_.numbers().word_value(w) > 1 || ((w == "a"sv || w == "an"sv) && is_age_word(tk.lower[k + 1]));
        if (!list) break;
      }
      std::uint32_t as_word = as;
      if (tk.lower[as] == "as"sv)
        while (as > s.first && !identify_word(tk.lower[as])) --as;  // the casualty words come before "identified"
      // "identified the suspect as ...": not a victim
      for (std::uint32_t j = as; as && j < as_word; ++j)
        if (has(suspect_before_, tk, j)) as = 0, ps.veto = true, ps.listed = naming(as_word);
      // ... or, for "He was identified as ...", "Officials identified the boy as ...", in the sentence before
      // when this one tells of nobody else and names no suspect
      std::uint32_t from = s.first;
      if (as) {
        auto suspects_word = [&](const std::string& w) { return suspect_before_.count(w) || suspect_after_.count(w); };
        bool casualty = false, suspect = false;
        for (std::uint32_t j = s.first; j < as; ++j) {
          std::uint32_t len = 0;
          casualty |= casualties_.match(tk, j, as, len) != nullptr || tk.lower[j] == "victim"sv || tk.lower[j] == "victims"sv;
          suspect |= suspects_word(tk.lower[j]);
        }
        // "The suspects were identified as ...", "police arrested a man identified as ...": the one held
        if (suspect && !casualty) as = 0, ps.veto = true, ps.listed = naming(as_word);
        // (or, for "The man, identified as ...", the one before that, past a sentence that tells of no casualty
        // and no suspect: "A man was hurt after getting shot in the back. Police said the incident happened near
        // an apartment complex. The man, identified as Isaiah McKissick, 22, ran to the apartments for help.")
        const bool the_person = tk.lower[as_word] == "as"sv && s.first + 1 < as && tk.lower[s.first] == "the"sv &&
                                has(persons_, tk, s.first + 1) && !suspects_word(tk.lower[s.first + 1]);
        const std::uint32_t most = the_person ? 2 : 1;
        for (std::uint32_t back = 1; as && !casualty && !suspect && back <= most && si >= back && !off_tense(si - back); ++back) {
          const Sentence& b = tk.sentences[si - back];
          bool before_suspect = false, before_casualty = false;
          for (std::uint32_t j = b.first; j < b.last; ++j) {
            std::uint32_t len = 0;
            before_suspect |= suspects_word(tk.lower[j]);
            before_casualty |= casualties_.match(tk, j, b.last, len) != nullptr;
          }
          if (!before_suspect) from = b.first;
          ps.veto |= before_suspect;
          ps.listed |= before_suspect && naming(as_word);
          if (before_suspect || before_casualty) break;
        }
      }
      // a death word wins ("was shot ... and was pronounced dead"); the words between "identified" and "as"
      // count too ("identified the victim in the Feb. 16 shooting as Tristan Gray"), but not the event word
      // a multiple counts ("shooting", "homicide"), which says nothing of this one
      for (std::uint32_t j = from; as && j < as_word && status != "killed"sv; ++j) {
        std::uint32_t len = 0;
        const auto* row = casualties_.match(tk, j, as_word, len);
        if (row && j >= as && (*row)[1] == "multiple"sv) row = nullptr;
        if (row) {
          if (status.empty()) ev_start = t[j].start;
          status = casualty_status(*row);
          hit = counts_everyone_hit(*row);
          j += len - 1;
        } else if (status.empty() && (tk.lower[j] == "victim"sv || tk.lower[j] == "victims"sv)) {
          status = "unknown";
          ev_start = t[j].start;
        } else if (status.empty() && tk.lower[j] == "survivors"sv) {  // "The survivors are ...": hurt, alive
          status = "wounded";
          ev_start = t[j].start;
        }
      }
    }
    ps.status = status;
    ps.hit = hit && status == "wounded"sv;
    ps.ev_start = ev_start;
    ps.ev_end = ev_end;
  }
  // A list of names shares what happened to one of them: "Antonio Hernandez, 31, and Omero Garcia, 39, were
  // killed"; "identified the victims as Thomas May, 26, Joseph Edwards, 28, and Roger Montgomery, 29".
  // Between two names of a list: commas, "and", ages, "of"/"from" and the places people are from, a relative's
  // word ("and her son", "and their two children"), and in a list whose items a semicolon ends, what an item
  // says of its person after ", who".
  auto relative = [&](std::uint32_t k) { return has(persons_, tk, k) > 0; };  // (kin_ is among them)
  auto count_word = [&](std::uint32_t k) { return analyser_.numbers().word_value(tk.lower[k]) > 1; };
  auto listed = [&](const PersonSpan& x, const PersonSpan& y) {
    if (tk.sentence_of(x.first) != tk.sentence_of(y.first) || y.first < x.last) return false;
    bool joint = false, semicolon = false;
    for (std::uint32_t k = x.last; k < y.first; ++k) {
      const std::string& w = tk.lower[k];
      const std::string& before = tk.lower[k - 1];
      std::string_view raw = t[k].text(text);
      semicolon |= raw == ";"sv;
      // a list whose items a semicolon ends: what an item says of its person goes up to it ("Nathaniel
      // Williams, 29, of Dunbar, who was hit seven times; Arthur Grant, 25, ...")
      if ((w == "who"sv || w == "whose"sv) && before == ","sv) {
        std::uint32_t semi = k + 1;
        while (semi < y.first && t[semi].text(text) != ";"sv) ++semi;
        if (semi < y.first) {
          k = semi;
          joint = semicolon = true;
          continue;
        }
        // ... or a short clause set off by commas before "and" the next name ("Jason Jonathan Acosta-Ramos, 18,
        // who was celebrating his birthday, and Elliseo Cantu, 16, were killed")
        std::uint32_t comma = k + 1;
        while (comma < y.first && comma < k + 10 && t[comma].text(text) != ","sv) ++comma;
        if (comma + 1 < y.first && comma < k + 10 && tk.lower[comma + 1] == "and"sv) {
          k = comma;
          joint = true;
          continue;
        }
      }
      if (raw == ","sv || raw == ";"sv || w == "and"sv) joint = true;
      else if (t[k].kind == Token::number || w.ends_with("-year-old") || w.ends_with("-month-old") ||
               w.ends_with("-week-old") || w.ends_with("-day-old") || age_apart(w) || t[k].cap || raw == "("sv ||
               raw == ")"sv ||
               raw == "-"sv || w == "of"sv || w == "from"sv || w == "age"sv || w == "ages"sv || w == "years"sv || w == "year"sv ||
               w == "old"sv || w == "olds"sv || w == "both"sv || (w == "the"sv && (before == "of"sv || before == "from"sv)) ||
               // "18-year olds Kia Moss, Dana Hooper ... and 17-year olds Zack Anders"
               (w.ends_with("-year"sv) && k + 1 < y.first && tk.lower[k + 1].starts_with("old"sv)) ||
               // an age with its article: "a 19-year-old Demonya Battle and an 18-year-old Joshua Woodruff"
               ((w == "a"sv || w == "an"sv) && k + 1 < y.first && is_age_word(tk.lower[k + 1])) ||
               // a relative named after "and" ("Bianca Arter and her son, 17-year-old Javeer Arter"; "Amanda
               // Morris, 29, and their two children, 7-year-old Brandon Beharry and ...")
               // (an age or a count between: "and her 13-year-old daughter, Breanna Pavlicek")
               (possessive_pronoun(w) && k + 1 < y.first &&
                (relative(k + 1) ||
                 ((count_word(k + 1) || is_age_word(tk.lower[k + 1])) && k + 2 < y.first && relative(k + 2)))) ||
               (count_word(k) && possessive_pronoun(before)) ||
               // ... or after a name's possessive ("Toshya Millhorn, 39, Denton's mother, James Millhorn, ...")
               (relative(k) && t[k - 1].cap && ends_possessive(before)) ||
               // ... or with no owner said, after "and" ("Toya Smith, 43, and daughter Tasmia Allen, 17, were shot")
               (relative(k) && before == "and"sv) ||
               (relative(k) && (possessive_pronoun(before) || ((count_word(k - 1) || is_age_word(before)) && k >= 2 &&
                                                              possessive_pronoun(tk.lower[k - 2])))))
        continue;
      else
        return false;
    }
    return joint && y.first - x.last <= (semicolon ? 24u : 12u);  // (an item's description is longer)
  };
  for (int pass = 0; pass < 2; ++pass)  // forwards, then backwards
    for (std::size_t k = 0; k + 1 < people.size(); ++k) {
      std::size_t from = pass == 0 ? k : people.size() - 1 - k, to = pass == 0 ? k + 1 : people.size() - 2 - k;
      PersonSpan &x = people[std::min(from, to)], &y = people[std::max(from, to)];
      PersonSpan &src = people[from], &dst = people[to];
      if (!src.status.empty() && dst.status.empty() && !dst.veto && listed(x, y)) {
        dst.status = src.status;
        dst.hit = src.hit;
        dst.ev_start = std::min(src.ev_start, t[dst.first].start);
        dst.ev_end = std::max(src.ev_end, t[dst.last - 1].end);
      }
      // ... and the suspects' list its being a suspect: "Police have arrested Darren Lamont Roberts, 20, Kyle
      // Edward Thornton, 20, for the shooting"
      if (src.veto && dst.status.empty() && !dst.veto && listed(x, y)) dst.veto = true;
    }
  // a person's name as written (on one line)
  auto name_of = [&](const PersonSpan& ps) { return flat(text.substr(t[ps.first].start, t[ps.last - 1].end - t[ps.first].start)); };
  // "Both" opening a sentence of the same paragraph, with what befell them, tells of the two people the
  // sentence before names: "Enrique Ramirez, 56, and Jose Roberto Pena, 31, are permanent residents. Both
  // were injured in the shooting" (not where it names more or fewer, or one the rules call a suspect).
  for (std::uint32_t si = 1; si < tk.sentences.size(); ++si) {
    const Sentence& s = tk.sentences[si];
    if (paragraph[si] != paragraph[si - 1] || s.last - s.first < 3 || tk.lower[s.first] != "both"sv) continue;
    std::uint32_t k = s.first + 1;
    if (has(persons_, tk, k) || tk.lower[k] == "victims"sv) ++k;
    if (k + 1 >= s.last || (tk.lower[k] != "were"sv && tk.lower[k] != "was"sv)) continue;
    std::uint32_t len = 0;
    const auto* row = casualty_at(tk, k + 1, s.last, len);
    if (!row || !told_after(*row)) continue;
    std::vector<PersonSpan*> two;
    std::vector<std::string> whom;
    for (PersonSpan& ps : people) {
      if (tk.sentence_of(ps.first) != si - 1) continue;
      std::string name = name_of(ps);
      if (std::none_of(whom.begin(), whom.end(), [&](const std::string& w) { return same_person(w, name); })) whom.push_back(name);
      two.push_back(&ps);
    }
    if (whom.size() != 2 || std::any_of(two.begin(), two.end(), [](const PersonSpan* ps) { return ps->veto; })) continue;
    for (PersonSpan* ps : two)
      if (ps->status.empty()) {
        ps->status = casualty_status(*row);
        ps->hit = counts_everyone_hit(*row);
        ps->ev_start = t[ps->first].start;
        ps->ev_end = t[k + 1 + len - 1].end;
      }
  }
  // The victim scorer's say: the places one person is written (the same words, in full or in part) are
  // read together. A person it calls a victim whom the rules gave no status, and did not call the attacker
  // or a suspect, gets the status it chose, on the fullest place the name is written (two words at least);
  // one it calls no victim is dropped from the victims. Either way the counts below stay the rules' (a
  // name is a weaker count than a number, and the scorer is not trained on counts). Caseless text (MUC-4's
  // wire copy) is not what it was trained on: there the rules decide alone.
  if ((victims_ || trace) && !tk.caseless) {
    struct Person {
      std::string name;
      std::vector<std::size_t> spans;  // into people
    };
    std::vector<Person> persons;
    for (std::size_t k = 0; k < people.size(); ++k) {
      std::string name = name_of(people[k]);
      auto it = std::find_if(persons.begin(), persons.end(), [&](const Person& p) { return same_person(p.name, name); });
      if (it == persons.end()) {
        persons.push_back({name, {k}});
      } else {
        it->spans.push_back(k);
        if (name.size() > it->name.size()) it->name = name;
      }
    }
    std::vector<VictimScorer::Place> places;
    std::vector<std::uint32_t> feats;
    for (std::size_t pi = 0; pi < persons.size(); ++pi) {
      Person& p = persons[pi];
      places.clear();
      for (std::size_t k : p.spans)
        places.push_back({people[k].first, people[k].last,
                          people[k].status.empty() && people[k].veto ? std::string_view("suspect") : std::string_view(people[k].status),
                          off_tense(tk.sentence_of(people[k].first))});
      VictimScorer::features(a, places, pi, persons.size(), feats, &word_kinds_);
      const bool has_status = std::any_of(p.spans.begin(), p.spans.end(), [&](std::size_t k) { return !people[k].status.empty(); });
      if (trace) {
        std::vector<std::string> said;
        for (const VictimScorer::Place& place : places) said.emplace_back(place.rule_status);
        trace->people.push_back({p.name, feats, std::move(said), has_status});
      }
      if (!victims_) continue;
      VictimScorer::Decision d = victims_->decide(feats, has_status);
      if (d.cls == 0) {
        for (std::size_t k : p.spans) people[k].rejected = true;
        continue;
      }
      const bool said = has_status || std::any_of(p.spans.begin(), p.spans.end(), [&](std::size_t k) { return people[k].veto; });
      if (said) {
        // what the scorer calls a victim the rules name with no word of the fate (`unknown`): read once the
        // counts are made, for those whose fate the counts do not tell either (below)
        const std::string_view cls = VictimScorer::classes()[d.cls];
        const bool untold = has_status && std::all_of(p.spans.begin(), p.spans.end(), [&](std::size_t k) {
          return !people[k].veto && (people[k].status.empty() || people[k].status == "unknown"sv);
        });
        if (untold && (cls == "killed"sv || cls == "wounded"sv)) scorer_fates.emplace_back(p.name, cls);
        continue;
      }
      std::size_t fullest = p.spans.front();
      for (std::size_t k : p.spans)
        if (people[k].last - people[k].first > people[fullest].last - people[fullest].first) fullest = k;
      PersonSpan& ps = people[fullest];
      if (ps.last - ps.first < 2) continue;  // a lone word ("Islam", "Omar") is too weak a name to add
      std::string_view cls = VictimScorer::classes()[d.cls];
      ps.status = cls == "victim"sv ? "unknown" : std::string(cls);
      ps.learned = true;
      const Sentence& s = tk.sentences[tk.sentence_of(ps.first)];
      ps.ev_start = t[s.first].start;
      ps.ev_end = t[s.last - 1].end;
    }
  }
  // verbs of being taken somewhere: a name after them and "to" is a place (a hospital), no person
  static const StringSet taken_verbs = {"went", "taken", "transported", "rushed", "driven", "drove", "airlifted",
                                        "flown", "brought", "sent", "carried", "admitted", "transferred", "walked",
                                        "ran", "go"};
  std::vector<char> victim_hit;  // in the order of m.victims: PersonSpan::hit
  std::vector<char> victim_counts, victim_kept;  // the rules gave the status; the scorer keeps the person
  // The people the rules call the attacker or a suspect where they are named in full (two words at least):
  // what befalls them elsewhere ("Denton was treated at a local hospital and then taken to jail") is no
  // victim's.
  std::vector<std::string> suspects;
  for (const PersonSpan& ps : people)
    if (ps.veto && ps.status.empty() && ps.last - ps.first >= 2)
      suspects.push_back(name_of(ps));
  // a word that makes the capitalised words before it a street's, a venue's or an outlet's name
  // (data/place_followers.tsv)
  auto thing_word = [&](std::uint32_t k) {
    std::string_view use = analyser_.places().follower_use(tk.lower[k]);
    return use == "street"sv || use == "venue"sv || use == "outlet"sv;
  };
  // A name the rules found as a person's, as a person's name: none where it is no person's, else without the
  // words before it that describe the person.
  auto as_person = [&](NameSpan n) -> std::optional<NameSpan> {
    // Not a person after all: an institution, a place, an abbreviation, a lower-case word; or an official
    // named with a title, who speaks about the incident ("Lt. Tim Brown", "Superintendent Eddie Johnson").
    bool person = true;
    for (std::uint32_t k = n.first; k < n.last; ++k) {
      const std::string& w = tk.lower[k];
      if (w == "hospital"sv || w == "school"sv || w == "university"sv || w == "college"sv || w == "center"sv || w == "centre"sv ||
          w == "church"sv || w == "department"sv || w == "police"sv || w == "county"sv || w == "medical"sv || w == "academy"sv ||
          w == "sheriff's"sv || w == "office"sv || w == "trauma"sv || w == "crime"sv || w == "courtesy"sv || w == "named"sv ||
          w == "victim"sv || w == "man"sv || w == "woman"sv || w == "followed"sv || not_name_word(w) ||
          (k == n.first && officials_.count(w)))
        person = false;
    }
    const std::uint32_t sentence_first = tk.sentences[tk.sentence_of(n.first)].first;
    if (n.first > sentence_first && has(officials_, tk, n.first - 1)) person = false;
    // ... or set off by a comma after the title ("Marion County Sheriff, David McKnight, released a statement")
    if (n.first > sentence_first + 1 && tk.lower[n.first - 1] == ","sv && has(officials_, tk, n.first - 2)) person = false;
    // a place by its business's name: "walking away from Cuellar Park near Don Jose", "near Taco Bell"
    if (n.first > sentence_first && tk.lower[n.first - 1] == "near"sv) person = false;
    // where someone was taken: "went to Mercy West with three gunshot wounds", "transported to Sentara CarePlex"
    if (n.first > sentence_first + 1 && tk.lower[n.first - 1] == "to"sv && has(taken_verbs, tk, n.first - 2))
      person = false;
    // a credit: "(Photo: Daniel Bethencourt", "Source: Sun-Times Media Wire"
    for (std::uint32_t back = 1; back <= 2 && n.first >= back; ++back) {
      const std::string& w = tk.lower[n.first - back];
      if (w == "photo"sv || w == "photos"sv || w == "source"sv || w == "credit"sv || w == "courtesy"sv || w == "image"sv ||
          w == "video"sv || w == "story"sv || w == "by"sv || w == "copyright"sv || w == "©"sv)
        person = false;
    }
    // a street's, a venue's or an outlet's name ("South John Young Parkway", "Spohn Memorial", "Houston
    // Chronicle Patti Beller"): data/place_followers.tsv; a last word that is also a surname there ("Hill",
    // "Field", "Way") does not decide
    for (std::uint32_t k = n.first + 1; k < n.last; ++k)
      if (thing_word(k) && (k + 1 < n.last || !has(surname_followers_, tk, k))) person = false;
    // ... also where the tagger left the venue's word out ("treated at Maryview Hospital"), past a suffix
    // ("John H. Stroger, Jr. Hospital")
    std::uint32_t after_name = n.last;
    while (after_name + 1 < t.size() && after_name < n.last + 2 &&
           (tk.lower[after_name] == ","sv || name_suffix(tk.lower[after_name])))
      ++after_name;
    if (after_name < t.size() && t[after_name].cap && !tk.caseless && !has(surname_followers_, tk, after_name) &&
        thing_word(after_name))
      person = false;
    if (t[n.last - 1].kind != Token::word || (n.last - n.first == 1 && !std::isalpha(static_cast<unsigned char>(text[t[n.first].end - 1]))))
      person = false;
    // a credit after a picture: "(Terrence Antonio James / Chicago Tribune)", "(Johnny Hanson/Houston Chronicle)"
    if (n.last < t.size() && t[n.last].text(text) == "/"sv) person = false;
    // a place's or a business's name before the person it tells of: "a Salt Lake man shot an 8-year-old boy",
    // "the Circle K employee killed" (not an owner's: "Jamar Hamilton's mother")
    if (!tk.caseless && n.last < t.size() && !t[n.last].cap && persons_.count(tk.lower[n.last]) &&
        without_possessive(tk.lower[n.last - 1]).size() == tk.lower[n.last - 1].size())
      person = false;
    if (!tk.caseless && !t[n.first].cap) person = false;
    if (n.last - n.first == 1 && (tk.lower[n.first].size() <= 2 || tk.lower[n.first].back() == '.')) person = false;
    // a rank alone ("Major Crimes unit"), or a date stuck to a name ("Hill Dec. 25")
    if (n.last - n.first == 1 && has(ranks_, tk, n.first)) person = false;
    // a number ("Nineteen people were wounded")
    if (n.last - n.first == 1 && std::any_of(a.numbers.begin(), a.numbers.end(), [&](const Quantity& q) {
          return q.first <= n.first && n.first < q.last;
        }))
      person = false;
    // part of a longer name that a word of data/not_name_words.txt ends ("The Harris County Sheriff's Office",
    // "Antonio Mason Street")
    // (not a day after it: "officers arrested Justin Johnson Friday")
    if (!tk.caseless && n.last < t.size() && t[n.last].cap && t[n.last].start == t[n.last - 1].end + 1 &&
        not_name_word(tk.lower[n.last]) && !in_time(n.last))
      person = false;
    // ("Thomas May, 26" is a name: no day follows)
    if (month_from_name(tk.lower[n.last - 1]) && tk.lower[n.last - 1].size() <= 5 && n.last < t.size() &&
        t[n.last].kind == Token::number)
      person = false;
    // a hospital's name written without its last word ("flown by helicopter to John Muir, where he later died"
    // in a story that names John Muir Medical Center): the same words followed, somewhere in the text, by
    // "Hospital", "Medical", "Health", "Trauma", "Infirmary", "Memorial Hospital" or "Regional"
    if (!tk.caseless) {
      const std::string_view words = text.substr(t[n.first].start, t[n.last - 1].end - t[n.first].start);
      for (std::size_t at = text.find(words); at != std::string_view::npos && person; at = text.find(words, at + 1)) {
        std::string_view rest = text.substr(at + words.size());
        if (rest.starts_with("'s"sv) || rest.starts_with("’s"sv)) rest.remove_prefix(rest[0] == '\'' ? 2 : 4);
        for (std::string_view w : {" Hospital"sv, " Medical"sv, " Health"sv, " Trauma"sv, " Infirmary"sv, " Memorial Hospital"sv,
                                   " Regional"sv})
          if (rest.starts_with(w)) person = false;
      }
    }
    // no word of a name in it: every word one prose writes in lower case, a title's or a place's, and the
    // first no first name ("An Indiana State Trooper was injured"; not "Will Rose")
    if (!tk.caseless && n.last - n.first >= 2 && !analyser_.first_name(tk.lower[n.first])) {
      bool common = true;
      for (std::uint32_t k = n.first; k < n.last && common; ++k) {
        const std::string& w = tk.lower[k];
        common = Truecaser::shared().usually_lower(w) || persons_.count(w) || describing_.count(w) || officials_.count(w) ||
                 ranks_.count(w) || (gaz.bits(w) & 16) || std::any_of(a.places.begin(), a.places.end(), [&](const PlaceMention& p) {
                   return !p.in_person && p.first <= k && k < p.last;
                 });
      }
      if (common) person = false;
    }
    // a named day ("celebrating Martin Luther King Jr. Day at a Miami park"): data/holidays.tsv
    for (const TimeExpr& te : a.times)
      if (te.first < n.last && n.first < te.last) person = false;
    // a place the tagger took for a person ("Palm Beach police", "Silver Spring"); one word is decided below
    for (auto& p : a.places)
      if (n.last - n.first >= 2 && p.first <= n.first && n.last <= p.last) person = false;  // covers the whole name
    if (!person) return std::nullopt;
    // a possessive inside the name makes it someone's thing or someone's reporter: "Barack Obama's
    // inauguration", "told NBC10's Tim Furlong"
    {
      const std::string_view words = text.substr(t[n.first].start, t[n.last - 1].end - t[n.first].start);
      if (words.find("'s "sv) != std::string_view::npos || words.find("\u2019s "sv) != std::string_view::npos) return std::nullopt;
      // ... or right before it, after a capitalised word: "an interview with NBC10's Tim Furlong"
      const std::string_view before = text.substr(0, t[n.first].start);
      if (before.ends_with("'s "sv) || before.ends_with("\u2019s "sv)) {
        const std::size_t w = before.find_last_of(' ', before.size() - 2);
        const char c = before[w == std::string_view::npos ? 0 : w + 1];
        if (c >= 'A' && c <= 'Z') return std::nullopt;
      }
    }
    // the name without the words that describe the person ("SENATOR FEDERICO ESTRADA VELEZ")
    // (and without a nationality: "SPANIARD FRANCISCO PUJA"; Gazetteer::bits 16 is a demonym)
    // (and without a word in capitals before it in text with small letters, a station's call sign: "Her mother
    // told KCCI Destiny is in critical condition")
    while (n.last - n.first > 1 && (has(describing_, tk, n.first) || has(persons_, tk, n.first) ||
                                    (gaz.bits(tk.lower[n.first]) & 16) ||
                                    (!tk.caseless && t[n.first].upper && tk.lower[n.first].size() >= 3)))
      ++n.first;
    return n;
  };
  for (const PersonSpan& ps : people) {
    if (ps.status.empty()) continue;
    NameSpan n;
    n.first = ps.first;
    n.last = ps.last;
    const std::string& status = ps.status;
    const std::uint32_t ev_start = ps.ev_start, ev_end = ps.ev_end;
    const std::optional<NameSpan> named = as_person(n);
    if (!named) continue;
    n = *named;
    std::string name = flat(text.substr(t[n.first].start, t[n.last - 1].end - t[n.first].start));
    // One word ("Jake", "Mason"): the full name the article gives that person elsewhere, if any; of two
    // people of one surname, the one already among the victims ("killing Edwards" is Ernest Edwards, killed,
    // not his widow Alicia Edwards, who speaks)
    if (n.last - n.first == 1) {
      std::size_t best = 0;
      bool best_victim = false;
      // Where that full name has an office before the word ("Coroner Margaret Fisher says ... Fisher stopped
      // short of revealing", "Anderson County Coroner Greg Shore") or a police force's rank ("Selma Police
      // Lt. Sam Miller", "Tulsa Police sergeant Dave Walker"; not "Sergeant Rod Lucas", who can be the
      // victim), the person is an official who speaks about the incident.
      bool official = false;
      auto office_before = [&](std::uint32_t first, std::uint32_t word) {
        if (first > 0 && t[first - 1].end + 1 == t[first].start) --first;
        for (std::uint32_t j = first; j < word; ++j) {
          const std::string& w = tk.lower[j];
          if (officials_.count(w) &&
              ((!ranks_.count(w) && !describing_.count(w)) || (j > 0 && tk.lower[j - 1] == "police"sv)))
            return true;
        }
        return false;
      };
      for (const NameSpan& o : a.names) {
        if (o.type != "per"sv || o.kind == "credit"sv || o.last - o.first < 2) continue;  // (nor a photo credit)
        // (not a tagger's "person" with a word no name has: "Penn Avenue North" for "North")
        bool named = true;
        for (std::uint32_t k = o.first; k < o.last && named; ++k) named = !not_name_word(tk.lower[k]);
        if (!named) continue;
        for (std::uint32_t k = o.first; k < o.last; ++k)
          if (tk.lower[k] == tk.lower[n.first]) {
            std::string full = flat(text.substr(t[o.first].start, t[o.last - 1].end - t[o.first].start));
            const bool victim = std::any_of(m.victims.begin(), m.victims.end(),
                                            [&](const Victim& v) { return same_person(v.text, full); });
            if (best_victim > victim || (best_victim == victim && o.last - o.first <= best)) break;
            best = o.last - o.first;
            best_victim = victim;
            name = std::move(full);
            official = office_before(o.first, k);
            break;
          }
      }
      // ... or, where the tagger found none, capitalised words right before the same word ("the slaying
      // of Sunny Ravi Patel" for "Patel")
      if (!best && !tk.caseless)
        for (std::uint32_t k = 1; k < t.size(); ++k) {
          if (tk.lower[k] != tk.lower[n.first] || !t[k].cap) continue;
          std::uint32_t b = k;
          while (b > 0 && k - b < 2 && t[b - 1].kind == Token::word && t[b - 1].cap && !t[b - 1].upper &&
                 t[b - 1].end + 1 == t[b].start && !has(persons_, tk, b - 1) && !has(describing_, tk, b - 1) &&
                 !not_name_word(tk.lower[b - 1]) && !Truecaser::shared().usually_lower(tk.lower[b - 1]))
            --b;
          if (k - b + 1 <= best) continue;
          bool placed = false;
          for (auto& p : a.places) placed |= !p.in_person && p.first < k + 1 && b < p.last;
          // (not a street's or a venue's name: "600 North Colton Avenue" for "Colton")
          placed |= k + 1 < t.size() && t[k + 1].cap && !has(surname_followers_, tk, k + 1) && thing_word(k + 1);
          if (b == k || placed) continue;
          best = k - b + 1;
          name = flat(text.substr(t[b].start, t[k].end - t[b].start));
          official = office_before(b, k);
        }
      // a lone word that is also a place the text names ("Dayton") is more likely the place
      bool place = false;
      for (auto& p : a.places) place |= p.first <= n.first && n.first < p.last;
      if (!best && place) continue;
      if (official) continue;
    }
    name = std::string(without_possessive(name));
    // (a father and his son of one name are two people: "Timothy Hollis, 32, killed ... Timothy Hollis Jr.")
    auto junior = [](std::string_view x) {
      const std::size_t space = x.find_last_of(' ');
      return name_suffix(ascii_lower(x.substr(space == std::string_view::npos ? 0 : space + 1)));
    };
    auto named_among = [&](const std::vector<std::string>& names) {
      return std::any_of(names.begin(), names.end(),
                         [&](const std::string& x) { return same_person(x, name) && junior(x) == junior(name); });
    };
    if (named_among(suspects) || named_among(elsewhere)) continue;
    // The same person named again, in full or in part ("Jaylene" after "Jaylene Damaris Cruz"): one victim,
    // under the longer name.
    bool dup = false;
    for (std::size_t k = 0; k < m.victims.size(); ++k) {
      auto& v = m.victims[k];
      if (same_person(v.text, name)) {
        if (!ps.learned) victim_counts[k] = 1;
        if (!ps.rejected) victim_kept[k] = 1;
        if (status == "killed"sv) v.status = "killed";
        if (status == "wounded"sv && !ps.hit) victim_hit[k] = 0;
        if (name.size() > v.text.size()) v.text = name;
        dup = true;
      }
    }
    if (dup) continue;
    m.victims.push_back({name, status});
    victim_hit.push_back(ps.hit);
    victim_counts.push_back(!ps.learned);
    victim_kept.push_back(!ps.rejected);
    m.evidence.push_back(span(doc, "victims", ev_start, ev_end, ps.learned ? "victim scorer" : ""));
  }
  // Named perpetrators: a name (capitalised words and initials, two tokens at least, partly tagged as a
  // name and not a gazetteer place) right before a perpetration verb in the incident's sentences, and not a
  // victim — "a man identified by investigators as M. K. Kariyev first killed two members …".
  if (!tk.caseless) {
    auto capital = [&](std::uint32_t i) {
      std::string_view w = t[i].text(text);
      return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])) &&
             (w.size() == 1 || std::islower(static_cast<unsigned char>(w[1])) || (w.size() == 2 && w[1] == '.'));
    };
    // (written in lower case: "Emily" is no adverb)
    auto adverb = [&](std::uint32_t i) {
      const std::string_view w = tk.lower[i], raw = t[i].text(text);
      if (raw.empty() || !std::islower(static_cast<unsigned char>(raw[0]))) return false;
      return adverb_word(w) || w == "first"sv || w == "just"sv || w == "once"sv;
    };
    std::vector<char> named(t.size(), 0), placed(t.size(), 0);
    for (const NameSpan& n : a.names)
      for (std::uint32_t i = n.first; i < n.last; ++i) named[i] = 1;
    for (const PlaceMention& pm : a.places)
      if (pm.entry >= 0 && !pm.in_person)
        for (std::uint32_t i = pm.first; i < pm.last && i < t.size(); ++i) placed[i] = 1;
    for (auto si : about) {
      const Sentence& s = tk.sentences[si];
      for (std::uint32_t j = s.first + 2; j < s.last; ++j) {
        std::uint32_t len = 0;
        if (!perpetration_.match(tk, j, s.last, len)) continue;
        for (std::uint32_t gap = 0; gap <= 1; ++gap) {  // "Kariyev first killed"
          if (j < s.first + 2 + gap) break;
          // (the word between is an adverb: "allegedly", "first", "then"; not "was" of the passive, "Melina
          // Torres was shot", not "and" after a place, "Umatilla River and killed", nor the noun the name
          // qualifies, "Salt Lake man shot", "Circle K employee killed")
          if (gap && !adverb(j - 1)) break;
          std::uint32_t last = j - 1 - gap, first = last + 1;
          while (first > s.first && capital(first - 1)) --first;
          if (last + 1 - first < 2) continue;
          bool tagged = false, place = false;
          for (std::uint32_t i = first; i <= last; ++i) tagged |= named[i], place |= placed[i];
          if (!tagged || place) continue;
          // (a person's name by the victims' checks: not "Reagan Drive that killed", "Seven People")
          NameSpan whole;
          whole.first = first;
          whole.last = last + 1;
          const auto named_as = as_person(whole);
          if (!named_as || named_as->last - named_as->first < 2) continue;
          std::uint32_t b = t[named_as->first].start, e = t[last].end;
          std::string name = flat(text.substr(b, e - b));
          bool known = false;
          for (auto& v : m.victims) known |= v.text.find(name) != std::string::npos || name.find(v.text) != std::string::npos;
          for (auto& p : m.perpetrators) known |= p.name == name;
          if (known) break;
          m.perpetrators.push_back({name, name, {}});
          m.evidence.push_back(span(doc, "perpetrators", b, t[j + len - 1].end));
          break;
        }
        j += len - 1;
      }
    }
  }
  // Where the rules gave a name neither a status nor a suspect's part, the words of its sentence around it
  // may still tell that it is held or sought for the incident: one held for it in the words after it, before
  // any casualty word ("Jaqeuce Spinks, 19, and a 16-year-old boy have been charged with murder", "... was
  // named a person of interest"), or a warrant or charges before it, past no casualty word ("Arrest warrants
  // have been issued for 23-year-old Richard Holmes", "Charges were filed against Joshua Herrington").
  // (data/suspect_words.tsv "sought_before", "sought_after", "search")
  auto held_for_it = [&](const PersonSpan& ps) {
    const Sentence& s = tk.sentences[tk.sentence_of(ps.first)];
    // ... or gave himself up, the name's own verb: "Ivan Clark, 21, turned himself in", "Marquis D. Hinton, 18,
    // later turned himself in" (not "... that Evans turned himself in" after a reporter's name)
    {
      std::uint32_t k = ps.last;
      if (age_aside(tk, k, s.last) == 3) k += 3;
      while (k < s.last && (tk.lower[k] == "has"sv || tk.lower[k] == "had"sv || tk.lower[k] == "later"sv ||
                            tk.lower[k] == "eventually"sv || tk.lower[k] == "then"sv || tk.lower[k] == "since"sv))
        ++k;
      if (k + 2 < s.last && tk.lower[k] == "turned"sv && (tk.lower[k + 1] == "himself"sv || tk.lower[k + 1] == "herself"sv) &&
          tk.lower[k + 2] == "in"sv)
        return true;
    }
    for (std::uint32_t k = ps.last; k < s.last && k < ps.last + 12; ++k) {
      std::uint32_t len = 0;
      if (casualties_.match(tk, k, s.last, len) || deaths_.match(tk, k, s.last, len) || has(speech_words_, tk, k)) break;
      if (held_word(k) || has(sought_after_, tk, k)) return true;
    }
    // ... or sought: "Police are searching for Jonathan Figueroa, 23"
    if (ps.first >= s.first + 2 && tk.lower[ps.first - 1] == "for"sv && has(searching_, tk, ps.first - 2)) return true;
    for (std::uint32_t k = ps.first; k > s.first && k + 12 > ps.first; --k) {
      std::uint32_t len = 0;
      if (casualties_.match(tk, k - 1, ps.first, len) || deaths_.match(tk, k - 1, ps.first, len)) break;
      // (nor past the start of the name's own clause: "Police arrested Roberts hours after Melina Torres was shot")
      if (clause_word(tk.lower[k - 1])) break;
      if (has(sought_before_, tk, k - 1)) return true;
    }
    return false;
  };
  // The people the rules call a suspect or the one who fired, or whom their sentence tells are held or sought
  // for it (above), named in full and no victim, are the incident's perpetrators by name ("police arrested
  // 19-year-old John Doe", "suspect John Doe"), with the sentence that names them as such.
  // In caseless wire copy, where a word of arrest or suspicion is often next to an official's or a victim's
  // name, only those a list names as the suspects are ("THE SUSPECTS, WHO WERE IDENTIFIED AS ALBERTO JUBIS
  // HAZVUMB, ARMANDO BERNAL ACOSTA, ..."): MUC-4 DEV with the role tagger held out, PerpInd 37.3 -> 38.3 with
  // the first names below and the tagger's victims that are such a name dropped (add_tagged_roles); every
  // suspect word's name, as in text with capitals, 36.5 (146 more, 23 right).
  for (const PersonSpan& ps : people) {
    const bool suspect = tk.caseless ? ps.listed : ps.veto || held_for_it(ps);
    if (!ps.status.empty() || ps.last - ps.first < 2 || !suspect) continue;
    NameSpan n;
    n.first = ps.first;
    n.last = ps.last;
    std::optional<NameSpan> named = as_person(n);
    if (!named || named->last - named->first < 2) continue;
    // (in caseless copy the name tagger may leave out a first name: "DIEGO" of "DIEGO LEON OROZCO"; up to
    // three, not a verb of speaking, "SAID", which is a first name too)
    if (tk.caseless)
      while (named->first > 0 && named->first + 3 > ps.first && given_name(tk, named->first - 1) &&
             !has(speech_words_, tk, named->first - 1))
        --named->first;
    // (not an officer or an official, who arrests or speaks: "Investigating Officer Anwawn Jones", "said Casey
    // Hicks, spokeswoman for the sheriff's office")
    auto titled = [&](std::uint32_t k) { return has(ranks_, tk, k) || has(officials_, tk, k); };
    if (titled(ps.first) || (ps.first > 0 && titled(ps.first - 1)) || (named->first > 0 && titled(named->first - 1)))
      continue;
    const std::uint32_t after = named->last;
    if (after + 2 < t.size() && tk.lower[after] == ","sv &&
        (titled(after + 1) || ((tk.lower[after + 1] == "a"sv || tk.lower[after + 1] == "the"sv) && titled(after + 2))))
      continue;
    const std::string name =
        std::string(without_possessive(flat(text.substr(t[named->first].start, t[named->last - 1].end - t[named->first].start))));
    if (std::any_of(m.victims.begin(), m.victims.end(), [&](const Victim& v) { return same_person(v.text, name); })) continue;
    auto known = std::find_if(m.perpetrators.begin(), m.perpetrators.end(),
                              [&](const Actor& p) { return !p.name.empty() && same_person(p.name, name); });
    if (known != m.perpetrators.end()) {
      if (name.size() > known->name.size()) known->name = known->text = name;
      continue;
    }
    m.perpetrators.push_back({name, name, {}});
    const Sentence& s = tk.sentences[tk.sentence_of(ps.first)];
    m.evidence.push_back(span(doc, "perpetrators", t[s.first].start, t[s.last - 1].end, "named as a suspect"));
  }
  // Named victims are counts too when no number gives one: "Antonio Mason, 35, died" is one killed. Those
  // the victim scorer rejects count all the same: on gva-news it rejects more people the rules counted
  // right than wrong (killed per article 73.8 -> 73.5 when they did not count).
  std::vector<Evidence> victim_evidence;  // in the order of m.victims
  for (auto& e : m.evidence)
    if (e.field == "victims"sv) victim_evidence.push_back(e);
  for (const char* status : {"killed", "wounded"}) {
    Count& c = std::string(status) == "killed"sv ? m.killed : m.wounded;
    if (c.value) continue;
    bool all_hit = true;
    for (std::size_t k = 0; k < m.victims.size(); ++k) {
      if (m.victims[k].status != status || !victim_counts[k]) continue;
      c.value = c.value.value_or(0) + 1;
      all_hit &= victim_hit[k] != 0;
      Evidence e = victim_evidence[k];
      e.field = status;
      e.note = "counted from the named victims";
      m.evidence.push_back(e);
    }
    // "Laylah Petersen was shot" in a story that counts one dead: the dead were shot too
    if (c.value && std::string(status) == "wounded"sv && all_hit && m.killed.value && *m.killed.value > 0) {
      c.value = std::max(0, *c.value - *m.killed.value);
      for (auto& e : m.evidence)
        if (e.field == "wounded"sv && e.note == "counted from the named victims"sv) e.note = "named people shot, less the killed";
    }
  }
  // The people the victim scorer calls no victim leave the list (their evidence with them).
  if (std::find(victim_kept.begin(), victim_kept.end(), 0) != victim_kept.end()) {
    std::vector<Victim> kept;
    std::vector<Evidence> evidence;
    std::vector<char> kept_hit;
    std::size_t k = 0;
    for (auto& e : m.evidence) {
      if (e.field != "victims"sv) {
        evidence.push_back(std::move(e));
      } else if (victim_kept[k++]) {
        evidence.push_back(std::move(e));
        kept.push_back(m.victims[k - 1]);
        kept_hit.push_back(victim_hit[k - 1]);
      }
    }
    m.victims = std::move(kept);
    m.evidence = std::move(evidence);
    victim_hit = std::move(kept_hit);
  }
  // "Two men were shot, one fatally": a count of everyone hit includes the dead; the wounded are the rest.
  // So does "a child with a gunshot wound" before the count of the dead (the child who then died), but not
  // after it ("a man was killed; a woman was taken to a hospital" is someone new).
  // One who "shot himself" (casualty_words.tsv "self") is the one who died, wherever the death is told: an
  // accident or a suicide, or a shooter who then turned the gun on himself (counted among the dead where he
  // died).
  const bool self = wounded && wounded->value == 1 && wounded->self;
  constexpr const char* kSelfNote = "one who shot himself or herself, counted among the dead";
  // the note of the wounded count's evidence, where the count was lessened by the dead
  auto renote_wounded = [&](const char* note) {
    for (auto& e : m.evidence)
      if (e.field == "wounded"sv && e.start == wounded->start && e.in_title == wounded->in_title) e.note = note;
  };
  // ... but "a fourth man suffered a gunshot wound" after three dead is a fourth person, besides them
  if (wounded && (wounded->all || (wounded->same && killed && wounded->start < killed->start) || self) && m.wounded.value &&
      m.killed.value && *m.killed.value > 0 && !(wounded->ordinal > *m.killed.value && wounded->value == 1)) {
    m.wounded.value = std::max(0, *m.wounded.value - *m.killed.value);
    renote_wounded(self ? kSelfNote : "everyone shot, less the killed");
    // ... unless the text counts more of the hurt outright ("shooting 11 people" and "wounded nine others"
    // where the gunman is among three dead; "four people dead and one person injured" in a "Quadruple
    // Shooting")
    // (told beside the dead, or as others than them: not "12 injured" before "she died")
    auto beside = [&](const Found& h) {
      // ("a fourth" after three dead is one besides them)
      if (killed && h.ordinal > killed->value && h.value == 1) return true;
      if (killed && !killed->in_title && !h.in_title &&
          tk.sentence_at(killed->start) == tk.sentence_at(h.start))
        return true;
      // (the span's words and the one after it: "three other people wounded", "wounded nine others", "another
      // person injured")
      auto k = std::lower_bound(t.begin(), t.end(), h.start, [](const Token& x, std::uint32_t at) { return x.start < at; });
      for (bool past = false; k != t.end() && !past; ++k) {
        past = k->start >= h.end;
        const std::string& w = tk.lower[static_cast<std::size_t>(k - t.begin())];
        if (w == "other"sv || w == "others"sv || w == "another"sv || (h.also && w == "also"sv)) return true;
      }
      return false;
    };
    if (!self && main_hurt_only && main_hurt_only->value > *m.wounded.value && main_hurt_only->value <= wounded->value &&
        beside(*main_hurt_only)) {
      std::erase_if(m.evidence, [](const Evidence& e) { return e.field == "wounded"sv; });
      m.wounded = {main_hurt_only->value, main_hurt_only->qualifier};
      m.evidence.push_back(span(doc, "wounded", main_hurt_only->start, main_hurt_only->end));
    }
  }
  // The hurt counted by the charges, where no sentence counts the hurt nor any dead: an arrest story's "booked on
  // 17 counts of attempted murder" (data/hurt_charges.txt), one count a person shot at. The largest such count
  // in the body's sentences ("two counts of criminal attempted homicide and four counts of aggravated assault"
  // are four people); the zero counts below then read it as any count of the hurt.
  if (!m.wounded.value && !(m.killed.value && *m.killed.value > 0)) {
    const Quantity* most = nullptr;
    std::uint32_t most_end = 0;  // the token after its charge
    for (const Quantity& q : a.numbers) {
      if (!q.count || q.article || q.qualifier == "vague"sv || q.value < 1 || tally(tk.sentence_of(q.first))) continue;
      const std::uint32_t k = q.last, end = tk.sentences[tk.sentence_of(q.first)].last;
      std::uint32_t len = 0;
      if (k + 2 < end &&
          (tk.lower[k] == "counts"sv || tk.lower[k] == "count"sv || tk.lower[k] == "charges"sv || tk.lower[k] == "charge"sv) &&
          tk.lower[k + 1] == "of"sv && hurt_charges_.match(tk, k + 2, end, len) && (!most || q.value > most->value))
        most = &q, most_end = k + 2 + len;
    }
    if (most) {
      m.wounded = {most->value, ""};
      m.evidence.push_back(span(doc, "wounded", t[most->first].start, t[most_end - 1].end,
                                "no sentence counts the hurt: the counts charged of harming people who lived, one a person"));
    }
  }
  // Zero counts, when the article says so. An analyst codes "nobody died" for a shooting whose victims are
  // all said to be hurt when no death word appears in the incident's own sentences (its core and the two after
  // it) or headline, a death word further off being another story's, and "nobody hurt" for one whose
  // victims all died when no injury word appears; "no one was injured" says it outright. Each zero cites
  // the sentence it rests on and says which rule made it.
  // a zero resting on another count's evidence cites that same span, in the body or the headline
  auto cite_as = [&](const char* field, Evidence from, const char* note) {
    from.field = field;
    from.note = note;
    m.evidence.push_back(std::move(from));
  };
  auto first_evidence = [&](const char* field) -> const Evidence* {
    for (auto& e : m.evidence)
      if (e.field == field) return &e;
    return nullptr;
  };
  constexpr const char* kNobodyHurt = "people are reported killed and the article reports nobody hurt";
  bool injury_told = false;  // (the block below found a word of an injury: read again further down)
  {
    bool death = false, injury = false;
    std::optional<std::pair<std::uint32_t, std::uint32_t>> survival, unhurt;
    // The headline counts for the words ("... ended in fatal shooting"); phrases are cited from the body.
    // An injury word in a sentence that tells of a death is the dead person's ("died at the hospital",
    // "was found with a gunshot wound to the head and pronounced dead") when it is near the death word or
    // the sentence has no word for someone else ("another", "two", "injuring": injury_words.txt "other").
    // The headline is read the same way ("Teen dies of gunshot wound").
    std::vector<std::uint32_t> deaths_at, injuries_at, injury_len;  // per sentence, reused
    // the first death word in the incident's own sentences (its core and the two after it) or else the
    // headline: [start, end), in the headline
    std::optional<std::tuple<std::uint32_t, std::uint32_t, bool>> first_death;
    // ... and the first that tells of more than one dead with no number ("the victims died"): at least two
    std::optional<std::tuple<std::uint32_t, std::uint32_t, bool>> first_deaths;
    bool near_incident = false;  // the sentence scanned is one of those
    std::optional<std::tuple<std::uint32_t, std::uint32_t, bool>> first_injury;  // the same for an injury word
    // The surnames of the named victims who died: "police found Destiny Nelson suffering from a gunshot
    // wound" tells of her, not of someone else hurt, when she is counted among the dead.
    std::vector<std::string> dead_names;
    for (auto& v : m.victims)
      if (v.status == "killed"sv) {
        std::size_t at = v.text.find_last_of(' ');
        std::string last = ascii_lower(v.text.substr(at == std::string::npos ? 0 : at + 1));
        if (last.size() > 1) dead_names.push_back(std::move(last));
      }
    // A death or an injury that did not happen ("they could have killed someone", "I could've died", "could
    // have caused ... injuries or death", "I don't believe he would ever hurt her", "asked if anyone was
    // hurt"): could, would, might, if or whether shortly before the word at `i`, in the same clause, or a denial
    // right before it ("he didn't hurt anybody"; "wasn't seriously hurt" is hurt). Nor
    // another incident's ("in retaliation for another homicide", "an unrelated fatal shooting", "in
    // retaliation for a Labor Day shooting that left one person dead").
    auto unreal = [this](const Tokens& x, std::uint32_t first, std::uint32_t i) {
      if (intended(x, i, first)) return true;  // "he was ready to die"
      // one of two, neither said ("to be injured or killed", "killed or injured")
      if ((i > first && x.lower[i - 1] == "or"sv) || (i + 1 < x.lower.size() && x.lower[i + 1] == "or"sv)) return true;
      for (std::uint32_t k = i; k > first && k + 8 > i; --k) {
        std::string_view w = x.lower[k - 1];
        if (w == "and"sv || w == "but"sv || x.tokens[k - 1].kind == Token::punct) return false;
        if (w.starts_with("could") || w.starts_with("would") || w.starts_with("might") || w == "if"sv || w == "whether"sv)
          return true;
        // what has not happened yet: "Nothing is going to be done until somebody gets killed" (not "was on life
        // support until he died")
        if (w == "until"sv && k < i &&
            (x.lower[k] == "somebody"sv || x.lower[k] == "someone"sv || x.lower[k] == "anybody"sv || x.lower[k] == "anyone"sv))
          return true;
        if (k == i && (negation(w) || w == "not"sv)) return true;  // "He didn't hurt nobody", not "wasn't seriously hurt"
        if (k + 3 > i && (w == "another"sv || w == "unrelated"sv || w == "separate"sv || w == "previous"sv || w == "prior"sv))
          return true;
      }
      // one avenged, in the same clause, up to twelve words before ("in retaliation for a Labor Day shooting
      // that left one person dead": data/other_incident_words.txt)
      return clause_word_before(x, i, first, 12, other_incident_) ||
             other_incident_after(x, i, x.sentences[x.sentence_of(i)].last, 8);
    };
    auto scan = [&](const Tokens& x, std::uint32_t first, std::uint32_t last, bool cite_phrases) {
      deaths_at.clear();
      injuries_at.clear();
      injury_len.clear();
      bool someone_else = false;
      bool all_state = true;  // every injury word is the wound or the hospital (injury_words.txt "state")
      for (std::uint32_t i = first; i < last; ++i) {
        std::uint32_t len = 0;
        if (const auto* row = deaths_.match(x, i, last, len)) {
          // "attempted murder", "homicide detectives", "body armor" are not deaths; nor is a murder or a
          // homicide that was attempted or intended ("attempted criminal homicide", "intent to commit murder")
          const bool tried = attempt_before(x, i, first, 4, {"intent"});
          if ((row->empty() || (*row)[0] != "not"sv) && !tried && !unreal(x, first, i)) {
            deaths_at.push_back(i);
            // ... "the victims died", "people were killed": more than one, how many not said
            bool many = false;
            for (std::uint32_t k = i; k > first && k + 4 > i; --k) {
              const std::string& w = x.lower[k - 1];
              if (persons_.count(w) && is_plural_person(w)) many = true;
              if (many || !(w == "were"sv || w == "are"sv || w == "have"sv || w == "had"sv || w == "been"sv || w == "both"sv ||
                            w == "all"sv || w == "also"sv || w == "later"sv))
                break;
            }
            if (!first_death && near_incident && !many)
              first_death = {x.tokens[i].start, x.tokens[i + len - 1].end, !cite_phrases};
            if (!first_deaths && near_incident && many)
              first_deaths = {x.tokens[i].start, x.tokens[i + len - 1].end, !cite_phrases};
          }
        } else if (const auto* row = injuries_.match(x, i, last, len)) {
          if (row->empty() || (*row)[0] == "state"sv) {
            if (!unreal(x, first, i)) {
              injuries_at.push_back(i), injury_len.push_back(len);
              if (row->empty()) all_state = false;
            }
          } else if ((*row)[0] == "other"sv) {
            someone_else = true;
          }
        } else if (has(kin_, x, i)) {
          all_state = false;  // "Officers found her brother suffering from a gunshot wound"
          continue;
        } else if (const auto* row = survival_.match(x, i, last, len)) {
          const bool nobody_hurt = !row->empty() && (*row)[0] == "unhurt"sv;
          auto& slot = nobody_hurt ? unhurt : survival;
          if (!nobody_hurt) all_state = false;  // "the wounds were not life-threatening": someone lives
          if (!slot && cite_phrases) slot = {x.tokens[i].start, x.tokens[i + len - 1].end};
        } else {
          continue;
        }
        i += len - 1;
      }
      if (!deaths_at.empty()) death = true;
      bool names_dead = false;
      for (std::uint32_t i = first; i < last && !names_dead && !someone_else; ++i)
        names_dead = std::find(dead_names.begin(), dead_names.end(), x.lower[i]) != dead_names.end();
      // nor "He had a gunshot wound to the chest", "The boy was taken to a hospital" where one person died:
      // a sentence that begins with him (a pronoun, or "the" and one person) tells of him
      if (!names_dead && !someone_else && m.killed.value == 1 && last > first + 1) {
        const std::string& w0 = x.lower[first];
        names_dead = w0 == "he"sv || w0 == "she"sv || w0 == "his"sv || w0 == "her"sv ||
                     (w0 == "the"sv && has(persons_, x, first + 1) && !is_plural_person(x.lower[first + 1]));
      }
      if (names_dead) return;
      // "Officers found Neeley suffering from a gunshot wound", "Stone was taken to a hospital": where someone
      // died, a wound or a hospital with no word for anyone else is the dead person's
      if (all_state && !someone_else && m.killed.value && *m.killed.value > 0) return;
      for (std::size_t k = 0; k < injuries_at.size(); ++k) {
        std::uint32_t at = injuries_at[k];
        bool near = false;
        for (std::uint32_t d : deaths_at) near |= (d > at ? d - at : at - d) <= 6;
        if (deaths_at.empty() || (someone_else && !near)) {
          injury = true;
          if (!first_injury && near_incident)
            first_injury = {x.tokens[at].start, x.tokens[at + injury_len[k] - 1].end, !cite_phrases};
        }
      }
    };
    // the sentences in the incident's tense: a death in an older story ("in 2008, Dion Wiley was killed")
    // says nothing about this one
    // nor does a tally of many incidents ("126 people had been murdered in Baltimore this year")
    for (std::uint32_t si = 0; si < tk.sentences.size(); ++si)
      if (!off_tense(si) && !tally(si)) {
        // (and a lead before them that names no time of its own but an incident: "Police are investigating
        // an accidental fatal shooting." over "Frank was shot by his friend Sunday night")
        const bool lead = !core.empty() && si < core.front() && si + 3 >= core.front() && tense[si] == unknown &&
                          std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return h.sentence == si && h.type != "other"sv; });
        near_incident = in_core(si) || lead || (!core.empty() && si >= core.front() && si <= core.back() + 2);
        scan(tk, tk.sentences[si].first, tk.sentences[si].last, true);
      }
    if (!doc.title.empty()) {
      near_incident = true;
      scan(title_tk(), 0, static_cast<std::uint32_t>(title_tk().tokens.size()), false);
    }
    auto cite = [&](const char* field, std::uint32_t b, std::uint32_t e, const char* note) {
      m.evidence.push_back(span(doc, field, b, e, note));
    };
    if (!m.wounded.value && injury && first_injury && !death && !(m.killed.value && *m.killed.value > 0)) {
      auto [b, e, in_title] = *first_injury;
      m.wounded = {1, "at least"};
      const char* note = "someone hurt is told with no number: at least one";
      m.evidence.push_back(in_title ? title_span(doc, "wounded", b, e, note) : span(doc, "wounded", b, e, note));
    }
    // "no one else was hurt": everyone but the people already told
    auto unhurt_else = [&] {
      return unhurt && text.substr(unhurt->first, unhurt->second - unhurt->first).find(" else ") != std::string_view::npos;
    };
    // (a death word only far from the incident's sentences and headline is another story's: "especially with
    // the murder rates", "people are being killed in their neighborhoods")
    const bool death_near = first_death || first_deaths;
    if (!m.killed.value && death && !death_near) {
      if (const Evidence* w = first_evidence("wounded"); w && m.wounded.value && *m.wounded.value > 0) {
        m.killed = {0, ""};
        cite_as("killed", *w, "people are reported hurt and no death is told in the incident's sentences or headline");
      }
    }
    if (!m.killed.value && !death) {
      if (survival || unhurt) {
        m.killed = {0, ""};
        auto [b, e] = survival ? *survival : *unhurt;
        cite("killed", b, e,
             survival ? "the people hurt are said to survive and the article reports no death"
             : unhurt_else() ? "the article says nobody else was hurt and reports no death"
                             : "the article says nobody was hurt and reports no death");
      } else if (const Evidence* w = first_evidence("wounded"); w && m.wounded.value && *m.wounded.value > 0) {
        m.killed = {0, ""};
        cite_as("killed", *w, "people are reported hurt and the article reports no death");
      }
    }
    // A death told with no number ("police investigate a deadly shooting", "the homicide") is at least one.
    if (!m.killed.value && death && !first_death && first_deaths) {
      auto [b, e, in_title] = *first_deaths;
      m.killed = {2, "at least"};
      const char* note = "deaths of more than one are told with no number: at least two";
      m.evidence.push_back(in_title ? title_span(doc, "killed", b, e, note) : span(doc, "killed", b, e, note));
    }
    if (!m.killed.value && death && first_death) {
      auto [b, e, in_title] = *first_death;
      m.killed = {1, "at least"};
      const char* note = "a death is told with no number: at least one";
      m.evidence.push_back(in_title ? title_span(doc, "killed", b, e, note) : span(doc, "killed", b, e, note));
      // ... who is the one who shot himself: "Police investigate a deadly shooting ... a 16-year-old boy shot
      // himself in the head" (not one of everyone hit: on gva-news that lost 16 articles for 12)
      if (self && m.wounded.value && *m.wounded.value > 0) {
        m.wounded.value = *m.wounded.value - 1;
        renote_wounded(kSelfNote);
      }
    }
    if (!m.wounded.value && !injury) {
      if (unhurt) {
        m.wounded = {0, ""};
        cite("wounded", unhurt->first, unhurt->second,
             unhurt_else() ? "the article says nobody else was hurt and tells of no one hurt besides the dead"
                           : "the article says nobody was hurt");
      } else if (const Evidence* k = first_evidence("killed"); k && m.killed.value && *m.killed.value > 0) {
        m.wounded = {0, ""};
        cite_as("wounded", *k, kNobodyHurt);
      }
    }
    injury_told = injury;
  }
  // The attacker's own death ("killed his wife and two children, then turned the gun on himself", "killing at
  // least seven people and blowing himself up"; data/attacker_deaths.txt), counted apart from the people he
  // killed, and only where the count of the dead leaves him out: the people after a verb of killing whose
  // subject he is, or a count its sentence goes on from with "then" or "before" ("left seven people dead
  // before the gunman killed himself"). A total ("3 dead in murder-suicide") may count him already, and a
  // list that names him ("Man kills woman, her son, himself") does; neither gets an attacker's count.
  if (killed && killed->value > 0 && m.killed.value == killed->value) {
    const Tokens& x = killed->in_title ? lower_title_tk() : tk;
    std::string_view src = killed->in_title ? std::string_view(doc.title) : std::string_view(text);
    std::string said = ascii_lower(std::string(src.substr(killed->start, killed->end - killed->start)));
    const bool names_self = said.find("himself") != std::string::npos || said.find("herself") != std::string::npos ||
                            said.ends_with("self") || said.find("self,") != std::string::npos;
    // The attacker's death at token i, where no word before it makes it an accident, an attempt or an intent.
    auto attacker_death = [&](const Tokens& y, std::uint32_t i, std::uint32_t first, std::uint32_t last,
                              bool continued) -> std::uint32_t {
      std::uint32_t len = 0;
      const auto* row = attacker_deaths_.match(y, i, last, len);
      if (!row || (!continued && !row->empty() && (*row)[0] == "continued"sv)) return 0;
      for (std::uint32_t k = i; k > first && k + 4 > i; --k) {
        std::string_view w = y.lower[k - 1];
        if (w == "accidentally"sv || w == "attempted"sv || w == "tried"sv || w == "trying"sv || w == "threatened"sv ||
            w == "threatening"sv || w == "about"sv || w == "planned"sv || w == "wanted"sv || w == "if"sv || w == "whether"sv ||
            w.starts_with("could") || w.starts_with("would") || w.starts_with("might"))
          return 0;
      }
      return len;
    };
    // the token where the count ends, and its sentence
    const std::uint32_t after = x.token_at(killed->end - 1);
    std::optional<std::pair<std::uint32_t, std::uint32_t>> death;  // its tokens, in the text or the headline
    bool death_in_title = false;
    if (!names_self && after < x.tokens.size()) {
      const Sentence& s = x.sentences[x.sentence_of(after)];
      // "... seven people dead before the gunman killed himself": the count's own sentence goes on
      bool then = false;
      for (std::uint32_t i = after + 1; i < s.last && !death; ++i) {
        then |= x.lower[i] == "then"sv || x.lower[i] == "before"sv;
        if (std::uint32_t len = attacker_death(x, i, s.first, s.last, then); len && (then || killed->others))
          death = {i, i + len}, death_in_title = killed->in_title;
      }
      // else anywhere in the incident's sentences or the headline, for the people after a verb of killing, or
      // children or kin counted ("Two boys killed, father commits suicide"; "two daughters dead"), whom the
      // attacker is not among
      // (then even "the father killed himself" tells of the attacker; not where the count lists grown-ups too:
      // "Parents, 2 children dead", "a father and his two children")
      bool kin_counted = false, others_too = false;
      for (std::size_t from = 0; from < said.size();) {
        std::size_t to = std::min(said.find_first_of(" ,", from), said.size());
        std::string_view w = std::string_view(said).substr(from, to - from);
        if (not_attackers_.contains(w)) kin_counted = true;
        else if (w == "and"sv || (to < said.size() && said[to] == ',') || persons_.contains(w)) others_too = true;
        from = to + 1;
      }
      kin_counted &= !others_too;
      if (!death && (killed->others || kin_counted)) {
        for (std::uint32_t si = 0; si < tk.sentences.size() && !death; ++si) {
          if (off_tense(si) || tally(si)) continue;
          for (std::uint32_t i = tk.sentences[si].first; i < tk.sentences[si].last && !death; ++i)
            if (std::uint32_t len = attacker_death(tk, i, tk.sentences[si].first, tk.sentences[si].last, kin_counted))
              death = {i, i + len}, death_in_title = false;
        }
        const Tokens& h = lower_title_tk();
        for (std::uint32_t i = 0; i < h.tokens.size() && !death; ++i)
          if (std::uint32_t len = attacker_death(h, i, 0, static_cast<std::uint32_t>(h.tokens.size()), kin_counted))
            death = {i, i + len}, death_in_title = true;
      }
    }
    if (death) {
      const Tokens& y = death_in_title ? lower_title_tk() : tk;
      std::uint32_t b = y.tokens[death->first].start, e = y.tokens[death->second - 1].end;
      m.attackers_killed = {1, ""};
      std::string note = "the attacker, counted apart from the " + std::to_string(*m.killed.value) + " killed";
      m.evidence.push_back(death_in_title ? title_span(doc, "attackers_killed", b, e, note)
                                          : span(doc, "attackers_killed", b, e, note));
    }
  }
  // A murder-suicide is two deaths at least, one of them the attacker's: where the headline or the incident's
  // core sentences call it one ("Woman Kills Daughter In Tragic Murder-Suicide", "Father, daughter, 9, found dead
  // in possible murder-suicide") and the counts give one death in all, the other is the attacker's. Not an
  // attempted one ("an attempted murder-suicide": the one shot may live).
  if (m.killed.value && *m.killed.value == 1 && !m.attackers_killed.value) {
    // the murder-suicide at token i of [first, last): its tokens, or 0
    auto murder_suicide = [&](const Tokens& y, std::uint32_t i, std::uint32_t first, std::uint32_t last) -> std::uint32_t {
      const std::string& w = y.lower[i];
      std::uint32_t len = 0;
      if (w == "murder-suicide"sv || w == "murder/suicide"sv) len = 1;
      else if (w == "murder"sv && i + 1 < last && y.lower[i + 1] == "suicide"sv) len = 2;
      else if (w == "murder"sv && i + 2 < last && (y.lower[i + 1] == "-"sv || y.lower[i + 1] == "/"sv) && y.lower[i + 2] == "suicide"sv)
        len = 3;
      return len && !attempt_before(y, i, first, 3) ? len : 0;
    };
    std::optional<std::pair<std::uint32_t, std::uint32_t>> said;
    bool said_in_title = false;
    const Tokens& h = lower_title_tk();
    for (std::uint32_t i = 0; i < h.tokens.size() && !said; ++i)
      if (std::uint32_t len = murder_suicide(h, i, 0, static_cast<std::uint32_t>(h.tokens.size())))
        said = {i, i + len}, said_in_title = true;
    for (std::uint32_t si = 0; si < tk.sentences.size() && !said; ++si) {
      if (!in_core(si)) continue;
      const Sentence& s = tk.sentences[si];
      for (std::uint32_t i = s.first; i < s.last && !said; ++i)
        if (std::uint32_t len = murder_suicide(tk, i, s.first, s.last)) said = {i, i + len};
    }
    if (said) {
      const Tokens& y = said_in_title ? h : tk;
      std::uint32_t b = y.tokens[said->first].start, e = y.tokens[said->second - 1].end;
      m.attackers_killed = {1, ""};
      const char* note = "a murder-suicide with one death counted: the other is the attacker's";
      m.evidence.push_back(said_in_title ? title_span(doc, "attackers_killed", b, e, note)
                                         : span(doc, "attackers_killed", b, e, note));
    }
  }
  // Sets the status of the victims `which` (places in m.victims), with why in each one's evidence (the
  // victims' evidence is in their order).
  auto restate = [&](const std::vector<std::size_t>& which, const char* status, const std::string& why) {
    std::size_t k = 0;
    for (auto& e : m.evidence) {
      if (e.field != "victims"sv) continue;
      if (std::find(which.begin(), which.end(), k) != which.end()) e.note = e.note.empty() ? why : e.note + "; " + why;
      ++k;
    }
    for (std::size_t v : which) m.victims[v].status = status;
  };
  // The people told only as shot ("Ariel Morgan was shot", "hitting Kaitlyn Pullam"), where the story counts
  // as many dead as it names, with them, or more, are the dead: "was shot" tells that a bullet hit, not that
  // the person lived. (Not where one of them is also told as hurt, "remained in critical condition"; nor where
  // they are more than the dead left unnamed.)
  if (m.killed.value && *m.killed.value > 0) {
    // the sentences of a victim's evidence tell of someone hurt who lives ("remains in critical condition",
    // "is recovering", data/injury_words.txt and survival_phrases.txt)
    auto told_alive = [&](const Evidence& e) {
      if (e.in_title || e.end <= e.start) return false;
      const std::uint32_t first = tk.sentences[tk.sentence_at(e.start)].first, last = tk.sentences[tk.sentence_at(e.end - 1)].last;
      for (std::uint32_t i = first; i < last; ++i) {
        std::uint32_t len = 0;
        if (const auto* row = injuries_.match(tk, i, last, len); row && row->empty()) return true;
        if (survival_.match(tk, i, last, len)) return true;
      }
      return false;
    };
    std::vector<const Evidence*> evidence_of;  // in the order of m.victims
    for (const Evidence& e : m.evidence)
      if (e.field == "victims"sv) evidence_of.push_back(&e);
    int named_dead = 0;
    std::vector<std::size_t> shot;
    for (std::size_t k = 0; k < m.victims.size(); ++k) {
      if (m.victims[k].status == "killed"sv) ++named_dead;
      else if (m.victims[k].status == "wounded"sv && k < victim_hit.size() && victim_hit[k] && k < evidence_of.size() &&
               !told_alive(*evidence_of[k]))
        shot.push_back(k);
    }
    if (!shot.empty() && named_dead + static_cast<int>(shot.size()) <= *m.killed.value) {
      restate(shot, "killed", "told as shot, and the story counts " + std::to_string(*m.killed.value) + " dead");
      // ... and no longer among the hurt where the count of the hurt was made of the named ones ("Dennard was
      // shot" counted one hurt before she was found to be the teenager who died): each person is counted once.
      // Where that leaves no one hurt, the zero rule above is read again: nobody hurt when the article holds no
      // word of an injury, else unknown.
      // (their evidence's spans first: erasing from m.evidence moves what evidence_of points at)
      std::vector<std::tuple<std::uint32_t, std::uint32_t, bool>> spans_of_shot;
      for (std::size_t k : shot) spans_of_shot.emplace_back(evidence_of[k]->start, evidence_of[k]->end, evidence_of[k]->in_title);
      const auto uncounted = static_cast<int>(std::erase_if(m.evidence, [&](const Evidence& x) {
        return x.field == "wounded"sv && x.note == "counted from the named victims"sv &&
               std::find(spans_of_shot.begin(), spans_of_shot.end(), std::tuple(x.start, x.end, x.in_title)) != spans_of_shot.end();
      }));
      if (uncounted && m.wounded.value) {
        m.wounded.value = std::max(0, *m.wounded.value - uncounted);
        if (*m.wounded.value == 0 && !first_evidence("wounded")) {
          m.wounded = {};
          if (const Evidence* k = first_evidence("killed"); k && !injury_told) {
            m.wounded = {0, ""};
            cite_as("wounded", *k, kNobodyHurt);
          }
        }
      }
    }
  }
  // A victim whose fate the text does not tell of him or her ("identified the victim as Dwayne Curtis"), where
  // the story's counts leave one: dead where it counts dead and nobody hurt, hurt where it counts hurt and no
  // dead, when they are no more than the count leaves unnamed.
  {
    const int dead = m.killed.value.value_or(0), hurt = m.wounded.value.value_or(0);
    int named_dead = 0, named_hurt = 0;
    std::vector<std::size_t> unknown;
    for (std::size_t k = 0; k < m.victims.size(); ++k) {
      const std::string& status = m.victims[k].status;
      if (status == "killed"sv) ++named_dead;
      else if (status == "wounded"sv) ++named_hurt;
      else if (status == "unknown"sv) unknown.push_back(k);
    }
    const int n = static_cast<int>(unknown.size());
    const char* fate = dead > 0 && hurt == 0 && named_dead + n <= dead   ? "killed"
                       : hurt > 0 && dead == 0 && named_hurt + n <= hurt ? "wounded"
                                                                         : nullptr;
    if (n > 0 && fate)
      restate(unknown, fate,
              std::string(fate) == "killed"sv ? "the story counts " + std::to_string(dead) + " dead and nobody hurt"
                                              : "the story counts " + std::to_string(hurt) + " hurt and no dead");
  }
  // A victim whose fate neither the text nor the counts tell (a story that counts dead and hurt, "Police
  // identified one of the victims as Maria Lopez") is dead or hurt as the victim scorer, reading the words
  // around each place the name is written, calls the person (held out, tools/cv-gva.sh victims: status
  // 88.2 -> 93.0 %; 90.7 % when the scorer's fate came before the counts' above). Made after the counts, it
  // counts no one.
  for (const char* fate : {"killed", "wounded"}) {
    std::vector<std::size_t> which;
    for (std::size_t k = 0; k < m.victims.size(); ++k)
      if (m.victims[k].status == "unknown"sv &&
          std::any_of(scorer_fates.begin(), scorer_fates.end(),
                      [&](const auto& f) { return f.second == fate && same_person(f.first, m.victims[k].text); }))
        which.push_back(k);
    if (!which.empty()) restate(which, fate, "the victim scorer's: the text does not tell it");
  }
  // Background incidents: sentences with a specific incident word, outside the main incident's, about an
  // older time ("on october 31st, the group claimed a pair of blasts in atyrau"). Each gets its own date
  // (its sentence's, else the paragraph's), place and counts from that sentence; a following sentence
  // that names no new date or place adds to the one before.
  std::vector<Mention> out{m};
  std::uint32_t last_bg = UINT32_MAX;
  // a sentence whose count the main incident took (a follow-up's story of its incident) is the main one's
  std::vector<std::uint32_t> main_count_sentences;
  for (auto& e : m.evidence)
    if ((e.field == "killed"sv || e.field == "wounded"sv) && !e.in_title) main_count_sentences.push_back(tk.sentence_at(e.start));
  for (std::uint32_t si = 0; si < tk.sentences.size() && out.size() < 9; ++si) {
    if (in_core(si) || tense[si] != stale || want == stale) continue;
    if (tally(si)) continue;  // many incidents, no one of them: "Since 2005, 14 children have been killed ..."
    if (std::find(main_count_sentences.begin(), main_count_sentences.end(), si) != main_count_sentences.end()) continue;
    const Hit* best_hit = nullptr;
    for (auto& h : hits)
      if (h.sentence == si && h.weight > 0 && (!best_hit || (best_hit->type == "other"sv && h.type != "other"sv) ||
                                               (h.type != "other"sv && h.weight > best_hit->weight)))
        best_hit = &h;
    if (!best_hit) continue;
    auto bg_counts = count_casualties([&](std::uint32_t x) { return x == si; });
    // "an apparently botched attack ... that killed only the bomber": a general word needs a casualty
    if (best_hit->type == "other"sv && !bg_counts.first && !bg_counts.second) {
      bool casualty = false;
      for (std::uint32_t k = tk.sentences[si].first; k < tk.sentences[si].last && !casualty; ++k) {
        std::uint32_t len = 0;
        casualty = casualties_.match(tk, k, tk.sentences[si].last, len) != nullptr;
      }
      if (!casualty) continue;
    }
    // its own date, else the one its paragraph last gave
    const TimeExpr* own = nullptr;
    const TimeExpr* inherited = nullptr;
    for (auto& te : a.times) {
      if (te.implicit || dates_later_event(te) || !(te.date.known() || te.relative)) continue;
      std::uint32_t ts = tk.sentence_of(te.first);
      if (ts == si && !own) own = &te;
      if (ts < si && paragraph[ts] == paragraph[si]) inherited = &te;
    }
    // its own place: a city or county first, else a region or country
    const PlaceMention* place = nullptr;
    for (auto& p : a.places) {
      if (tk.sentence_of(p.first) != si || p.dateline || p.entry < 0 || p.in_person || p.in_name) continue;
      const GazEntry& e = gaz.at(static_cast<std::uint32_t>(p.entry));
      if (e.kind == GazEntry::Kind::demonym) continue;
      bool local = e.local() || p.within;
      if (!place || (local && !(gaz.at(static_cast<std::uint32_t>(place->entry)).kind == GazEntry::Kind::city))) place = &p;
      if (local) break;
    }
    // an incident named by another place than the one the sentence says it happened in ("two cops were killed
    // in almaty ... whether it was related to the atyrau bombing") is that other incident: the sentence's own
    // is told by another word
    auto after = [&](const PlaceMention& p, std::initializer_list<std::string_view> words) {
      return p.first > tk.sentences[si].first && std::find(words.begin(), words.end(), tk.lower[p.first - 1]) != words.end();
    };
    auto named_elsewhere = [&](const Hit& h) {
      if (!place || !after(*place, {"in", "at", "near"})) return false;
      for (auto& p : a.places)
        if (p.last == h.first && &p != place && p.entry >= 0 && p.entry != place->entry && after(p, {"the"})) return true;
      return false;
    };
    if (named_elsewhere(*best_hit)) {
      const Hit* other = nullptr;
      for (auto& h : hits)
        if (h.sentence == si && h.weight > 0 && &h != best_hit && !named_elsewhere(h) &&
            (!other || (other->type == "other"sv && h.type != "other"sv)))
          other = &h;
      if (other) best_hit = other;
    }
    // "the shooting", "this attack" in a sentence that names no other place is the main incident again
    bool definite = best_hit->first > tk.sentences[si].first &&
                    (tk.lower[best_hit->first - 1] == "the"sv || tk.lower[best_hit->first - 1] == "this"sv ||
                     tk.lower[best_hit->first - 1] == "that"sv);
    bool other_place = place && (!m.location || analyser_.places().to_place(*place, text).name != m.location->name);
    if (definite && !other_place) continue;
    // the sentence before told of the same event: add to it
    if (last_bg != UINT32_MAX && last_bg + 1 == si && paragraph[last_bg] == paragraph[si] && !own && !place &&
        out.size() > 1) {
      set_counts(out.back(), bg_counts.first, bg_counts.second);
      last_bg = si;
      continue;
    }
    Mention b;
    b.document = doc.id;
    b.main = false;
    b.type = best_hit->type;
    b.suicide = best_hit->flags.find("suicide") != std::string::npos;
    b.evidence.push_back(span(doc, "type", t[best_hit->first].start, t[best_hit->last - 1].end));
    // in a follow-up, the sentence that dates the main incident tells of it, not of another ("Four people
    // were shot ... on June 27"); a wire story's sentence may tell of two attacks of one day
    if (m.follow_up && own && tk.sentence_of(own->first) == date_sentence && m.date.known() &&
        own->date.iso() == m.date.iso())
      continue;
    // one that happened on the main incident's day, in no other place, is the main incident told again
    // ("charged with six counts of aggravated assault stemming from the October 28 shooting. Six people
    // were shot"): its counts fill the main incident's unknown ones, and its roles join the main incident's
    if (const TimeExpr* when_bg = own ? own : inherited;
        when_bg && !other_place && m.date.precision == Date::Precision::day && when_bg->date.iso() == m.date.iso()) {
      set_counts(out.front(), bg_counts.first, bg_counts.second);
      described_roles(out.front(), {si});
      continue;
    }
    // ... and so is one told as "last week" or "a few days ago", with no exact day, where the main incident's
    // day lies in the two weeks before the news ("The man accused of shooting an 11-year-old boy in the head
    // last week now faces more charges" over a story of the shooting "on Dec. 15")
    // (not where its counts differ from the main incident's: "last week's shooting that killed one and
    // wounded 11" is another)
    auto differs = [](const Count& main, const std::optional<Found>& f) { return main.value && f && *main.value != f->value; };
    bool days_or_week = false;
    if (own)
      for (std::uint32_t k = own->first; k < own->last; ++k)
        days_or_week |= tk.lower[k] == "week"sv || tk.lower[k] == "days"sv;
    if (own && days_or_week && !own->date.known() && own->relative && own->stale_hint == 1 && !other_place &&
        m.date.precision == Date::Precision::day && doc.published.precision == Date::Precision::day &&
        !differs(m.killed, bg_counts.first) && !differs(m.wounded, bg_counts.second)) {
      const int back = days_between(m.date, doc.published);
      if (back >= 1 && back <= 14) {
        set_counts(out.front(), bg_counts.first, bg_counts.second);
        described_roles(out.front(), {si});
        continue;
      }
    }
    if (const TimeExpr* when_bg = own ? own : inherited) {
      b.date = when_bg->date;
      b.evidence.push_back(span(doc, "date", t[when_bg->first].start, t[when_bg->last - 1].end,
                                own ? when_bg->note : "the date the paragraph gave before"));
    }
    if (place) {
      b.location = analyser_.places().to_place(*place, text);
      b.evidence.push_back(span(doc, "location", place->start, place->end));
    }
    set_counts(b, bg_counts.first, bg_counts.second);
    // the sentence before, of the same paragraph and outside the main incident's, that told of the same kind of
    // incident with no date ("about 50 peasants have been kidnapped by terrorists of the fmln in san miguel. the
    // mass kidnapping took place on 30 december"): its roles are this one's (MUC-4 DEV with the role tagger held
    // out: 44.1 -> 44.2, one attacker and one group right more; TST the same)
    std::vector<std::uint32_t> told{si};
    if (si > 0 && paragraph[si - 1] == paragraph[si] && !in_core(si - 1) && last_bg != si - 1 &&
        std::find(main_count_sentences.begin(), main_count_sentences.end(), si - 1) == main_count_sentences.end() &&
        std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return h.sentence == si - 1 && h.weight > 0 && h.type == b.type; }) &&
        std::none_of(a.times.begin(), a.times.end(), [&](const TimeExpr& te) { return tk.sentence_of(te.first) == si - 1 && !te.implicit; }))
      told.insert(told.begin(), si - 1);
    described_roles(b, told);
    // its groups: the armed groups its sentence names, responsible as the sentence says ("prosecutors blamed
    // ... Jund al-Khilafah for an apparently botched attack"); where it names none but says who claimed it,
    // "the group" is the one the sentence before named ("a previously unknown group, jund al-khalifa, issued a
    // statement ... on october 31st, the group claimed responsibility for a pair of blasts")
    {
      const Lexicon::Row* said = responsibility_in(si);
      const std::string how = said && !said->empty() ? (*said)[0] : "";
      for (const NameSpan& n : a.names)
        if (n.kind == "armed"sv && std::find(told.begin(), told.end(), tk.sentence_of(n.first)) != told.end())
          add_group(b, n, accuser(n) ? "" : how);
      if (b.groups.empty() && !how.empty() && si > 0 && paragraph[si - 1] == paragraph[si]) {
        bool the_group = false;
        for (std::uint32_t k = tk.sentences[si].first; k + 1 < tk.sentences[si].last && !the_group; ++k)
          the_group = tk.lower[k] == "the"sv && (tk.lower[k + 1] == "group"sv || tk.lower[k + 1] == "organization"sv);
        const NameSpan* before = nullptr;
        for (const NameSpan& n : a.names)
          if (n.kind == "armed"sv && tk.sentence_of(n.first) == si - 1) before = &n;
        if (the_group && before) add_group(b, *before, how, "'the group' of the sentence after, which names no other");
      }
    }
    // a sentence that tells of two attacks, each with its own place right after its word ("there was a suicide
    // bombing in aktobe and a (perhaps botched) car bombing in astana"): one background incident each, the
    // first keeping the sentence's counts and roles, which cannot be told apart
    std::vector<std::pair<const Hit*, const PlaceMention*>> each;
    for (auto& h : hits) {
      if (h.sentence != si || h.type == "other"sv || h.weight <= 0) continue;
      for (auto& p : a.places) {
        if (p.first < h.last || p.first > h.last + 1 || p.entry < 0 || p.dateline || p.in_person || p.in_name) continue;
        const std::string& before = tk.lower[p.first - 1];
        if (before != "in"sv && before != "at"sv && before != "near"sv) continue;
        if (std::none_of(each.begin(), each.end(), [&](auto& x) { return x.second->entry == p.entry; })) each.emplace_back(&h, &p);
        break;
      }
    }
    if (each.size() >= 2 && out.size() + each.size() <= 9) {
      for (std::size_t k = 0; k < each.size(); ++k) {
        auto [h, p] = each[k];
        Mention c = k == 0 ? std::move(b) : Mention{};
        if (k > 0) {
          c.document = doc.id;
          c.main = false;
          c.date = out.back().date;
          for (auto& e : out.back().evidence)
            if (e.field == "date"sv) c.evidence.push_back(e);
        }
        c.type = h->type;
        c.suicide = h->flags.find("suicide") != std::string::npos;
        std::erase_if(c.evidence, [](const Evidence& e) { return e.field == "type"sv || e.field == "location"sv; });
        c.evidence.insert(c.evidence.begin(), span(doc, "type", t[h->first].start, t[h->last - 1].end,
                                                   "one of the attacks its sentence tells, each with its own place"));
        c.location = analyser_.places().to_place(*p, text);
        c.evidence.push_back(span(doc, "location", p->start, p->end));
        out.push_back(std::move(c));
      }
      last_bg = si;
      continue;
    }
    out.push_back(std::move(b));
    last_bg = si;
  }
  add_tagged_roles(doc, a, out, tagged ? &*tagged : nullptr);
  // An incident no sentence dates happened on or before the day it was reported (Mention::latest).
  for (Mention& x : out) x.bound_by(doc.published);
  return out;
}

std::uint32_t Extractor::care_place_length(const Tokens& tk, std::uint32_t k, std::uint32_t end) const {
  std::uint32_t len = 0;
  const auto* row = care_places_.match(tk, k, end, len);
  return row && !row->empty() && (*row)[0] == "place"sv ? len : 0;
}

bool Extractor::care_place(const Tokens& tk, std::uint32_t first, std::uint32_t last, bool in_as_at) const {
  bool ends_in_care = false;
  for (std::uint32_t k = first; k < last && !ends_in_care; ++k) {
    const std::uint32_t len = care_place_length(tk, k, last);
    ends_in_care = len > 0 && k + len == last;
  }
  if (!ends_in_care || first == 0) return false;
  std::uint32_t before = first - 1;  // the word before it, past an article
  if (before > 0 && (tk.lower[before] == "the"sv || tk.lower[before] == "a"sv || tk.lower[before] == "an"sv)) --before;
  const std::string& w = tk.lower[before];
  if (w == "to"sv || w == "via"sv || w == "by"sv || w == "from"sv) return true;
  if (w != "at"sv && !(in_as_at && w == "in"sv)) return false;
  // "at" after a word of care within three words: "pronounced dead at", "underwent surgery at"
  for (std::uint32_t k = before; k > 0 && before - k <= 3; --k)
    if (has(care_words_, tk, k - 1)) return true;
  return false;
}

bool Extractor::care_town(const Tokens& tk, std::uint32_t first, std::uint32_t last) const {
  // "taken to Lehigh Valley Hospital in Allentown": a place of care the hurt were taken to (care_place) that
  // ends right before "in", its name up to four words
  if (first >= 2 && tk.lower[first - 1] == "in"sv)
    for (std::uint32_t k = first - 1; k-- > 0 && first - 1 - k <= 4;)
      if (care_place(tk, k, first - 1, true)) return true;
  // "died in an Anchorage hospital": the place of care right after the town's name
  const std::uint32_t end = static_cast<std::uint32_t>(tk.tokens.size());
  const std::uint32_t len = last < end ? care_place_length(tk, last, std::min(end, last + 3)) : 0;
  return len > 0 && care_place(tk, first, last + len, true);
}

bool Extractor::other_cause_after(const Tokens& tk, std::uint32_t from, std::uint32_t end) const {
  for (std::uint32_t k = from; k < end && k < from + 6 && tk.lower[k] != ","sv; ++k) {
    std::uint32_t cause = 0;
    if (other_causes_.match(tk, k, end, cause)) return true;
  }
  return false;
}

const Lexicon::Row* Extractor::casualty_at(const Tokens& tk, std::uint32_t j, std::uint32_t end, std::uint32_t& len) const {
  if (const auto* row = casualties_.match(tk, j, end, len)) return other_cause_after(tk, j + len, end) ? nullptr : row;
  if (std::uint32_t n = to_a_hospital_ ? named_hospital(tk, j, end) : 0) {
    len = n;
    return to_a_hospital_;
  }
  return nullptr;
}

std::uint32_t Extractor::police_firing(const Tokens& x, std::uint32_t i, std::uint32_t end) const {
  if (!has(firing_police_, x, i)) return 0;
  std::uint32_t k = i + 1;
  // a name ("Officer Andrew Hearst", "Punta Gorda Police Officer Lee Coel"), then up to two adverbs
  // ("eventually", "then", "accidentally"); one or the other at least
  const std::uint32_t name = k;
  while (k < end && k < name + 3 && x.tokens[k].cap && x.tokens[k].kind == Token::word) ++k;
  const std::uint32_t adverbs = k;
  while (k < end && k < adverbs + 2 && adverb_word(x.lower[k])) ++k;
  if (k == name || k >= end) return 0;  // (right after the noun, "officers shot" is as often the ones hit)
  const std::string& v = x.lower[k];
  if ((v == "opened"sv || v == "returned"sv) && k + 1 < end && x.lower[k + 1] == "fire"sv) return k + 2;
  if (v == "fired"sv) return k + 1;
  if (v != "shot"sv && v != "shoots"sv) return 0;
  // "shot" with its object after it (not "Officer Jane Doe, shot in the leg"): "shot and killed Hayes",
  // "shot him", "shot the man", "shot two men"
  std::uint32_t o = k + 1;
  if (o + 1 < end && x.lower[o] == "and"sv && (x.lower[o + 1] == "killed"sv || x.lower[o + 1] == "wounded"sv)) o += 2;
  if (o >= end) return 0;
  const std::string& w = x.lower[o];
  const bool object = w == "him"sv || w == "her"sv || w == "them"sv || w == "the"sv || w == "a"sv || w == "an"sv ||
                      w == "his"sv || w == "their"sv || x.tokens[o].kind == Token::number ||
                      (x.tokens[o].cap && x.tokens[o].kind == Token::word && weekday_from_name(w) < 0);
  return object ? o : 0;
}

std::uint32_t Extractor::police_by_name(const Tokens& x, std::uint32_t i, std::uint32_t end) const {
  if (i + 3 >= end || x.lower[i + 1] != "by"sv || !has(police_verbs_, x, i)) return 0;
  std::uint32_t k = i + 2;
  if (x.lower[k] == "a"sv || x.lower[k] == "an"sv) ++k;
  const std::uint32_t name = k;
  while (k < end && k < name + 3 && x.tokens[k].cap && !has(police_nouns_, x, k)) ++k;
  return k > name && k < end && has(police_nouns_, x, k) ? k + 1 : 0;
}

// Where the incident words add up to too little for the rules ("carlos pizarro leongomez, who was hacked
// on 26 april": one word of weight 2), caseless wire copy, which the role tagger learnt from, still makes an
// incident when the tagger is sure enough of its fillers: their margins over none sum to 10 or more. On
// MUC-4 DEV with the tagger held out (tools/cv-muc4.sh) this made 38.7 -> 39.5 F1; with the later rules,
// sums of 0, 5, 10, 20 and 30 give 40.3, 40.4, 40.4, 40.4 and 40.3. The rules then read the incident's date,
// place and counts as for any other.
bool Extractor::tagger_sure(const std::vector<RoleSpan>& tagged) {
  float sure = 0;
  for (const RoleSpan& r : tagged) sure += r.margin;
  return !tagged.empty() && sure >= 10;
}

// A first name or an initial, before a surname the text gives ("TEOFILO" of "TEOFILO FORERO CASTRO"; not a
// title, "MSGR", or a word for people, "ENGINEERS").
bool Extractor::given_name(const Tokens& tk, std::uint32_t i) const {
  const std::string& w = tk.lower[i];
  return tk.tokens[i].kind == Token::word && !describing_.count(w) &&
         (analyser_.first_name(w) || is_initial(w));
}

// The role tagger's fillers join the mention whose sentence they are in (a background incident's own
// sentence, else the main incident). They replace the rules' targets and weapons, and add to the rules'
// perpetrators and groups (on MUC-4 either way scores the same, and the rules know modern descriptions
// the 1989 wire copy lacks; in caseless wire copy the rules' ones the tagger calls none by far go).
// Victims stay the rules' in text with capitals (they carry a status, and the tagger, trained on 1989 wire
// copy, takes too many bystanders' names in U.S. local news for victims); in caseless wire copy the
// tagger's replace them (MUC-4 Victim 36.0 -> 39.2 with the single lean).
void Extractor::add_tagged_roles(const Document& doc, const Analysis& a, std::vector<Mention>& out,
                                 const std::vector<RoleSpan>* tagged) const {
  if (out.empty() || !roles_) return;
  const Tokens& tk = a.tokens;
  std::vector<std::uint32_t> own_sentence(out.size(), UINT32_MAX);
  for (std::size_t k = 1; k < out.size(); ++k)
    for (auto& e : out[k].evidence)
      if (e.field == "type"sv && !e.in_title) own_sentence[k] = tk.sentence_at(e.start);
  // In text with capitals (today's news, not the 1989 wire copy the tagger learnt from) the rules' weapons
  // stay — data/weapons.tsv knows "semi-automatic rifles" and "AR-15" — and the tagger's join them where
  // they do not overlap one.
  const bool rule_weapons = !tk.caseless;
  // In caseless wire copy the rules find names poorly and the tagger, which learnt from such copy, does
  // better: its victims replace the rules', each with the status the rules gave the same person.
  const bool tagged_victims = tk.caseless;
  std::vector<std::vector<Victim>> rule_victims(out.size());
  for (std::size_t k = 0; k < out.size(); ++k) {
    Mention& m = out[k];
    m.targets.clear();
    if (!rule_weapons) m.weapons.clear();
    if (tagged_victims) rule_victims[k] = std::exchange(m.victims, {});
    std::erase_if(m.evidence, [&](const Evidence& e) {
      return e.field == "targets"sv || (e.field == "weapons"sv && !rule_weapons) || (e.field == "victims"sv && tagged_victims);
    });
  }
  // a word written right before a verb of speaking somewhere in the text ("... bustillo said"): the text
  // read once, at the first victim asked about
  std::optional<StringSet> speakers;
  auto speaker = [&](const std::string& w) {
    if (!speakers) {
      speakers.emplace();
      for (std::uint32_t i = 0; i + 1 < tk.tokens.size(); ++i)
        if (has(speech_words_, tk, i + 1)) speakers->insert(tk.lower[i]);
    }
    return speakers->contains(w);
  };
  // Whether the names from token `k` on (people's names, commas, "and") end in a copula and a word of
  // arrest or charge: "... AND ALBERTO JUBIS HASZVUMB WERE ARRESTED".
  auto held_after_names = [&](std::uint32_t k) {
    const std::uint32_t end = tk.sentences[tk.sentence_of(k == 0 ? 0 : k - 1)].last;
    for (std::uint32_t steps = 0; k < end && steps < 60; ++steps) {
      if (tk.lower[k] == ","sv || tk.lower[k] == "and"sv) {
        ++k;
        continue;
      }
      auto name = std::find_if(a.names.begin(), a.names.end(),
                               [&](const NameSpan& n) { return n.type == "per"sv && n.first <= k && k < n.last; });
      if (name == a.names.end()) break;
      k = name->last;
    }
    if (k + 1 >= end || !copula(tk.lower[k])) return false;
    ++k;
    if (tk.lower[k] == "later"sv || tk.lower[k] == "also"sv) ++k;
    static const StringSet held = {"arrested", "charged", "booked", "indicted", "convicted", "sentenced", "arraigned", "jailed"};
    return k < end && has(held, tk, k) > 0;
  };
  const std::optional<RoleTagger::ScoredArticle> scored =
      !tagged || tk.caseless ? std::optional(roles_->score(a)) : std::nullopt;
  const std::vector<RoleSpan> spans = tagged ? std::vector<RoleSpan>() : RoleTagger::choose(*scored, roles_->leans());
  // In caseless wire copy an attacker or a group the rules took from their word lists ("REBELS", "FMLN") is
  // dropped where the tagger, reading the words around it, calls it none by a wide margin (its score for
  // the role, with the lean, kVeto below none's): "the rebels attacked military positions", "the fmln
  // insisted that ...". MUC-4 DEV with the tagger held out: 46.0 -> 46.7 (PerpInd 228 right of 725 -> 204
  // of 573, PerpOrg 173 of 409 -> 168 of 360; a margin of 10 / 20 scored the same to 0.1; attackers alone
  // 46.4).
  constexpr float kVeto = 15;
  if (tk.caseless) {
    for (Mention& m : out)
      for (auto [field, role] : {std::pair{"perpetrators"sv, "perpetrator"sv}, std::pair{"groups"sv, "group"sv}}) {
        std::vector<std::string> vetoed;  // lower case
        for (const Evidence& e : m.evidence) {
          if (e.field != field || e.in_title || !e.note.empty()) continue;
          // (its tokens: the words begin and end where it does)
          const std::uint32_t first = tk.token_at(e.start), last = tk.token_at(e.end - 1) + 1;
          if (first >= last || last > tk.tokens.size() || tk.tokens[first].start != e.start || tk.tokens[last - 1].end != e.end)
            continue;
          // (the words as the rules wrote them: "MEMBERS OF THE SALVADORAN ARMY" is no candidate of the tagger's,
          // and its last word alone, a group, would be no attacker; with it, 46.6)
          const std::optional<float> margin = roles_->margin_at(*scored, first, last, role);
          if (margin && *margin < -kVeto) vetoed.push_back(ascii_lower(doc.text.substr(e.start, e.end - e.start)));
        }
        if (vetoed.empty()) continue;
        auto is_vetoed = [&](std::string_view text) {
          return std::find(vetoed.begin(), vetoed.end(), ascii_lower(text)) != vetoed.end();
        };
        auto& actors = field == "perpetrators"sv ? m.perpetrators : m.groups;
        std::erase_if(actors, [&](const Actor& x) { return is_vetoed(x.text); });
        std::erase_if(m.evidence, [&](const Evidence& e) {
          return e.field == field && is_vetoed(doc.text.substr(e.start, e.end - e.start));
        });
      }
  }
  for (const RoleSpan& r : tagged ? *tagged : spans) {
    if (r.role == "victim"sv && !tagged_victims) continue;
    // The dateline's words (its place, date and source: "BOGOTA, 28 APR 90 (RADIO CADENA NACIONAL) --",
    // "PITTSBURGH (KDKA) --") fill no role, and a place the gazetteer resolves there is no person: no victim
    // or attacker is written "bogota" or "guatemala city" (MUC-4 DEV with the tagger held out: 39.5 -> 39.7,
    // 20 wrong fillers fewer and none right lost).
    if (doc.dateline_end > doc.dateline_start && tk.tokens[r.first].start >= doc.dateline_start &&
        tk.tokens[r.last - 1].end <= doc.dateline_end)
      continue;
    if ((r.role == "victim"sv || r.role == "perpetrator"sv) &&
        std::any_of(a.places.begin(), a.places.end(), [&](const PlaceMention& p) {
          return p.entry >= 0 && !p.in_person && p.first == r.first && p.last == r.last;
        }))
      continue;
    std::uint32_t si = tk.sentence_of(r.first);
    std::size_t k = 0;
    for (std::size_t j = 1; j < out.size(); ++j)
      if (own_sentence[j] == si) k = j;
    Mention& into = out[k];
    const std::vector<Victim>& rules_said = rule_victims[k];
    // Attackers are written with their number when the text gives one right before them ("THREE HEAVILY
    // ARMED MEN FORCED HIM ..."): an exact count, not "several". (Targets are not: MUC-4's keys write "buses"
    // for "10 buses", and the tagger learnt them so.)
    std::uint32_t first = r.first;
    if (r.role == "perpetrator"sv) {
      while (r.last - first > 1 && hedge_word(tk.lower[first])) ++first;  // "alleged gang members"
      for (const Quantity& q : a.numbers)
        if (q.last == r.first && q.first >= tk.sentences[si].first && q.count && !q.article && !q.multiple &&
            q.value > 1 && q.qualifier.empty())
          first = q.first;
    }
    // A victim's name without the words that describe the person, as the rules write theirs ("CORPORAL
    // ALIPIO ARCELA MADRID", "MINISTER RODRIGO LARA BONILLA"): MUC-4's keys name 600 of 605 victims so.
    // (An attacker's rank stays: the keys keep "colonel rene emilio ponce", and cutting it lost on DEV.)
    // (nor their age: "42-YEAR-OLD JOSEF PIESCHER")
    if (r.role == "victim"sv)
      while (r.last - first > 1 && (has(describing_, tk, first) || is_age_word(tk.lower[first]))) ++first;
    if (r.role == "weapon"sv) first = measure_before(tk, analyser_.numbers(), tk.sentences[si].first, first);
    std::uint32_t last = r.last;
    if (r.role == "perpetrator"sv) std::tie(first, last) = attackers_span(tk, tk.sentences[si], first, last);
    // A building, a home or a vehicle is written with whose or what it is ("the residence of salvadoran
    // president alfredo cristiani", "home of mpsc secretary general ruben zamora"), as MUC-4's keys write it
    // (DEV with the role tagger held out: Target 36.2 -> 36.8, 3 right more, for homes, offices and vehicles;
    // -> 37.3, 3 more, with buildings, plants, stations, stores and plural homes; TST the same).
    if (r.role == "target"sv && owned_nouns.count(tk.lower[last - 1])) last = of_phrase_end(tk, tk.sentences[si], last);
    // A person's name the text writes in full elsewhere is written so ("FORERO CASTRO", after "TEOFILO FORERO
    // CASTRO"): a person's name the name tagger found that ends with the same words, with the first names
    // before them (not "MINISTER" or "ENGINEERS", which the tagger's span may hold).
    if (r.role == "victim"sv || r.role == "perpetrator"sv) {
      const std::uint32_t from = std::max(first, r.first), n = r.last - from;  // the name, after a number or title
      for (const NameSpan& nm : a.names) {
        if (nm.type != "per"sv || nm.last - nm.first <= n) continue;
        bool same = true;
        for (std::uint32_t i = 0; i < n && same; ++i) same = tk.lower[nm.last - n + i] == tk.lower[from + i];
        if (!same) continue;
        std::uint32_t at = nm.last - n;
        while (at > nm.first && given_name(tk, at - 1)) --at;
        if (at < nm.last - n && nm.last - at > last - first) first = at, last = nm.last;
      }
      // A victim's name the name tagger did not find whole (caseless wire copy): the same words where they
      // come after the most first names (up to three), here or elsewhere, a possessive the same words
      // ("RODRIGUEZ PORTH'S DEATH" after "DR JOSE ANTONIO RODRIGUEZ PORTH'S"; "STANISLAUS MACKEY" in "SISTER
      // MARY STANISLAUS MACKEY"). MUC-4 DEV with the tagger held out: Victim 54.4 -> 55.3.
      if (r.role == "victim"sv && n >= 2 && last - first == n) {
        std::uint32_t best_at = 0, best_k = 0;
        for (std::uint32_t k = 1; k + n <= tk.tokens.size(); ++k) {
          bool same = true;
          for (std::uint32_t i = 0; i < n && same; ++i)
            same = without_possessive(tk.lower[k + i]) == without_possessive(tk.lower[from + i]);
          if (!same) continue;
          std::uint32_t at = k;
          while (at > 0 && k - at < 3 && given_name(tk, at - 1)) --at;
          if (k - at > best_k - best_at) best_at = at, best_k = k;
        }
        if (best_k > best_at) first = best_at, last = best_k + n;
      }
    }
    std::uint32_t b = tk.tokens[first].start, e = tk.tokens[last - 1].end;
    std::string said(without_possessive(flat(doc.text.substr(b, e - b)))), key = ascii_lower(said);
    auto known = [&](const auto& list) {
      return std::any_of(list.begin(), list.end(), [&](const auto& x) { return ascii_lower(x.text) == key; });
    };
    std::string field;
    // (the rules' description already holding the tagger's words is the same attacker: "GUERRILLA COLUMNS")
    auto within_rules = [&](const char* f) {
      return std::any_of(into.evidence.begin(), into.evidence.end(), [&](const Evidence& x) {
        return x.field == f && !x.in_title && x.note.empty() && x.start <= b && e <= x.end;
      });
    };
    if (r.role == "perpetrator"sv && !known(into.perpetrators) && !within_rules("perpetrators") && !fought(tk, r.first)) {
      into.perpetrators.push_back({said, "", {}});
      field = "perpetrators";
    } else if (r.role == "group"sv && !known(into.groups) && !fought(tk, r.first)) {
      // a group data/groups.tsv knows keeps its canonical name, and comes once
      // (and is written as the short name the text gives it in brackets right after: "... FRONT [FMLN]")
      std::string canonical;
      for (const NameSpan& n : a.names)
        if (!n.canonical.empty() && n.first < r.last && r.first < n.last) {
          canonical = n.canonical;
          if (const NameSpan* alias = bracketed_alias(a, n); alias && n.first == r.first && n.last == r.last) {
            b = tk.tokens[alias->first].start, e = tk.tokens[alias->last - 1].end;
            said = flat(doc.text.substr(b, e - b));
          }
        }
      if (!canonical.empty() &&
          std::any_of(into.groups.begin(), into.groups.end(), [&](const Actor& g) { return g.name == canonical; }))
        continue;
      into.groups.push_back({said, canonical, {}});
      field = "groups";
    } else if (r.role == "victim"sv) {
      // (not one the rules name a suspect: the tagger, reading a list of names after a killing, takes them for
      // its victims)
      if (std::any_of(into.perpetrators.begin(), into.perpetrators.end(),
                      [&](const Actor& x) { return !x.name.empty() && same_person(x.name, said); }))
        continue;
      // one already listed, by the same names or by more or fewer of them ("PIZARRO" after "CARLOS PIZARRO
      // LEONGOMEZ"), is that victim, written with the most of them (as MUC-4's keys write a victim)
      if (auto same = std::find_if(into.victims.begin(), into.victims.end(),
                                   [&](const Victim& v) { return same_person(v.text, said); });
          same != into.victims.end()) {
        if (said.size() > same->text.size()) {
          for (Evidence& x : into.evidence)
            if (x.field == "victims"sv && without_possessive(flat(x.text)) == same->text)
              x = span(doc, "victims", b, e, "role tagger");
          same->text = said;
        }
        continue;
      }
      std::string status = "unknown";
      for (const Victim& v : rules_said)
        if (same_person(v.text, said)) status = v.status;
      // one the text has speak ("bustillo said", "shultz stated") with nothing the rules say befell them is
      // a source, not a victim
      if (status == "unknown"sv && speaker(tk.lower[r.last - 1])) continue;
      if (status == "unknown"sv && owner_of_place(tk, first)) continue;
      // nor one of a list of names that were arrested or charged ("..., ARMANDO BERNAL ACOSTA, HECTOR MANUEL
      // ZEPEDA QUINTERO, AND ALBERTO JUBIS HASZVUMB WERE ARRESTED"): the suspects
      if (status == "unknown"sv && held_after_names(last)) continue;
      // nor a place's name the tagger took for a person's ("SAN MIGUEL DE MERCEDES" as "MIGUEL DE MERCEDES"):
      // a resolved place, not inside a name the analysis reads as a person's, overlapping the span
      if (status == "unknown"sv && std::any_of(a.places.begin(), a.places.end(), [&](const PlaceMention& p) {
            return p.entry >= 0 && !p.in_person && p.first < last && first < p.last;
          }))
        continue;
      into.victims.push_back({said, status});
      field = "victims";
    } else if (r.role == "target"sv && !known(into.targets)) {
      if (care_place(tk, first, last)) continue;
      into.targets.push_back({said});
      field = "targets";
    } else if (r.role == "weapon"sv && !known(into.weapons) &&
               !std::any_of(into.evidence.begin(), into.evidence.end(), [&](const Evidence& x) {
                 return x.field == "weapons"sv && !x.in_title && x.start < e && b < x.end;
               })) {
      // its class from the weapon words in it ("two powerful bombs": explosive), else a firearm's where it is
      // what a firearm fires ("a stray bullet", data/ammunition.txt), else other
      std::string klass = "other";
      bool fired = false;
      for (std::uint32_t i = r.first; i < r.last; ++i) {
        std::uint32_t len = 0;
        if (const auto* row = weapons_.match(tk, i, r.last, len); row && !row->empty()) klass = (*row)[0];
        fired |= has(ammunition_, tk, i);
      }
      if (klass == "other"sv && fired) klass = "firearm";
      into.weapons.push_back({said, klass});
      field = "weapons";
    }
    if (!field.empty()) into.evidence.push_back(span(doc, field, b, e, "role tagger"));
  }
}

}  // namespace incidex
