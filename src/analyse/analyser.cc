#include "analyse/analyser.h"

#include <algorithm>
#include <unordered_set>

#include "core/data_dir.h"

namespace incidex {

Analyser::Analyser() : titles_(data_words_for("person_titles.tsv", "before_name")) {}

Analysis Analyser::analyse(const Document& doc) const {
  Analysis a;
  a.tokens = tokenizer_.tokenize(doc.text);
  a.dateline_end = doc.dateline_end;
  a.numbers = numbers_.find(a.tokens, doc.text);
  a.times = times_.find(a.tokens, doc.text, doc.published);
  a.places = places_.find(a.tokens, doc.text, a.dateline_end, doc.url);
  a.names = names_.find(a.tokens, doc.text);
  // A place inside a person's name is probably part of the name ("Prince Harper", "Norman Wilson"): kept,
  // and marked.
  for (auto& p : a.places)
    p.in_person = std::any_of(a.names.begin(), a.names.end(), [&](const NameSpan& n) {
      return n.type == "per" && n.first <= p.first && p.last <= n.last;
    });
  // A one-word place that is a person's name the tagger missed: a first name before an initial ("Norman R.
  // Burke"), a name after a title ("Sgt. Wayne Jefferson"), a name that speaks ("Moore said") or is given
  // an age ("Gordon, 25,"). (A word of a full name the tagger found
  // elsewhere is not enough: its person spans too often swallow a city, "Selma Police Chief".)
  const auto& t = a.tokens.tokens;
  const auto& low = a.tokens.lower;
  for (auto& p : a.places) {
    if (p.in_person || p.dateline || p.us_state || p.within || p.last - p.first != 1 || a.tokens.caseless) continue;
    std::uint32_t i = p.first;
    bool initial_after = i + 1 < t.size() && t[i + 1].cap && t[i + 1].end - t[i + 1].start == 2 &&
                         doc.text[t[i + 1].end - 1] == '.';  // "R."
    bool title_before = i > 0 && titles_.count(low[i - 1]) && i + 1 < t.size() && t[i + 1].cap &&
                        t[i + 1].kind == Token::word && t[i + 1].start == t[i].end + 1;
    // "Moore said", "Gordon, 25, was shot": a lone surname that speaks or has an age
    static const std::unordered_set<std::string> speech = {"said", "says", "told", "tells", "added", "explained",
                                                           "testified", "wrote", "recalled", "stated"};
    bool after_preposition = i > 0 && (low[i - 1] == "in" || low[i - 1] == "of" || low[i - 1] == "at" ||
                                       low[i - 1] == "from" || low[i - 1] == "near");  // "police in Houston said"
    bool speaks = i + 1 < t.size() && speech.count(low[i + 1]) && !after_preposition;
    bool aged = i + 3 < t.size() && doc.text.compare(t[i + 1].start, 1, ",") == 0 && t[i + 2].kind == Token::number &&
                doc.text.compare(t[i + 3].start, 1, ",") == 0;
    if (initial_after || title_before || speaks || aged) p.in_person = true;
  }
  // Time expressions inside the dateline are the publication date, not the incident's.
  std::erase_if(a.times, [&](const TimeExpr& t) { return a.tokens.tokens[t.first].end <= a.dateline_end; });
  return a;
}

}  // namespace incidex
