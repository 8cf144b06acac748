#include "analyse/analyser.h"

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
  // Time expressions inside the dateline are the publication date, not the incident's.
  std::erase_if(a.times, [&](const TimeExpr& t) { return a.tokens.tokens[t.first].end <= a.dateline_end; });
  return a;
}

}  // namespace incidex
