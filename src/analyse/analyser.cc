#include "analyse/analyser.h"

#include <algorithm>

namespace incidex {

Analyser::Analyser() = default;

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
  // Time expressions inside the dateline are the publication date, not the incident's.
  std::erase_if(a.times, [&](const TimeExpr& t) { return a.tokens.tokens[t.first].end <= a.dateline_end; });
  return a;
}

}  // namespace incidex
