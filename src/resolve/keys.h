// What the resolver compares between reports, computed once per document when it is processed and
// stored with it (table document_keys), so resolution never re-reads the text:
//
//   DocumentKeys k = document_keys(doc);   // capitalised words of title + text, and the title's words
//   fuzzy_key("Jund al-Khilafah") == fuzzy_key("Jund al-Khalifa")   // "jnd al klf"
//   fuzzy_key("Nazarbayev") == fuzzy_key("Nazarbaev")
//
// Words are lower-cased, unique and sorted. Stop words (weekdays, months, titles …) come from
// data/resolve_stopwords.txt.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "analyse/analyser.h"
#include "core/record.h"

namespace incidex {

struct DocumentKeys {
  std::vector<std::string> names;   // capitalised words of the title and text ("kariyev", "taraz", "baitasov")
  std::vector<std::string> title;   // every word of the title
  std::vector<std::string> people;  // fuzzy keys of the people the analysis named in full ("g btsv")
  std::vector<std::string> dates;   // the days the text names, ISO ("2011-11-12"), clock-time conventions left out
};

// Capitalised words carry the names in ordinary text; in caseless text (all lower or upper case) the words
// of the names and places the analysis found stand in for them.
DocumentKeys document_keys(const Document&, const Analysis* = nullptr);
// The capitalised words of one piece of text (a background mention's evidence), as document_keys does.
std::vector<std::string> name_words(std::string_view text);
// A spelling-tolerant key for a name: transliterated to Latin ASCII, lower-cased, and each word reduced to
// its first letter and its consonants (doubled letters once, "kh" as "h", a final "h" dropped).
std::string fuzzy_key(std::string_view name);
// Builds what fuzzy_key transliterates with (ICU's transliterator registry, some 150M instructions) now
// instead of at the first name that is not ASCII: a Pipeline calls it when it starts.
void load_fuzzy_keys();

}  // namespace incidex
