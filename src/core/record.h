// incidex records: what flows between the pipeline stages.
//
//   RawDocument  (read)    bytes as found in a file, a JSON line or a WARC record, plus where they came from
//   Document     (clean)   clean UTF-8 text (NFC, whitespace normalised) and metadata; every offset in the
//                          later records is a byte offset into Document::text
//   Mention      (extract) one incident as one article reports it, each field with its evidence
//   Incident     (resolve) one incident as all articles together report it
//
// Unknown is std::nullopt (null in JSON), never a guess.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace incidex {

// A calendar date with the precision the text supports: 2011-11-12 (day), 2011-05 (month), 2011 (year).
struct Date {
  enum class Precision { none, year, month, day };
  int year = 0;
  int month = 0;  // 1..12 when precision >= month
  int day = 0;    // 1..31 when precision == day
  Precision precision = Precision::none;

  bool known() const { return precision != Precision::none; }
  std::string iso() const;                 // "2011-11-12", "2011-05", "2011", "" when unknown
  static Date parse_iso(std::string_view);  // accepts the forms iso() writes, and a leading ISO date-time
  static Date ymd(int y, int m, int d) { return {y, m, d, Precision::day}; }
  bool operator==(const Date&) const = default;
};
const char* precision_name(Date::Precision);

// Where a RawDocument came from, precise enough to find it again: file plus line (JSON lines) or byte offset (WARC).
struct Origin {
  std::string path;       // file path, or "-" for standard input
  std::uint64_t line = 0;    // 1-based line for JSON lines, 0 otherwise
  std::uint64_t offset = 0;  // byte offset of the record in the (decompressed) stream
  std::string describe() const;  // "file.jsonl:12", "crawl.warc.gz@40960", "story.txt"
};

struct RawDocument {
  std::string id;         // JSON id, WARC record id, else file name without extension
  std::string format;     // txt, html, jsonl, warc
  std::string title;
  std::string body;       // text or HTML, as found
  bool is_html = false;
  std::string published;  // as given by the JSON field or WARC-Date; parsed by the date stage
  std::string url;
  std::string source;
  Origin origin;
};

struct Document {
  std::string id;
  std::string title;
  std::string text;       // clean text; all evidence offsets point into it
  Date published;
  std::string published_from;  // json, html-meta, json-ld, dateline, option, warc, none
  std::string url;
  std::string source;
  std::string format;
  Origin origin;
  std::string content_hash;   // hex of a 64-bit hash of title + text
  std::string dateline_place; // "MOSCOW" in "MOSCOW — ...": where the story was filed, never an incident place
  std::uint32_t dateline_start = 0;  // byte offset of the dateline in text: after a copy of the headline
  std::uint32_t dateline_end = 0;    // byte offset just past the dateline in text (0: no dateline)
};

// A piece of evidence: the span of Document::text that supports one field's value.
struct Evidence {
  std::string field;     // "type", "date", "location", "killed", ...
  std::string document;
  std::uint32_t start = 0, end = 0;  // byte offsets into the document's clean text (into its title if in_title)
  std::string text;
  std::string note;      // why a value was chosen or left out ("no anchor for 'Monday'")
  bool in_title = false; // the span is in the headline: an article whose body reports no incident
};

struct Place {
  std::string name;
  std::string admin1;        // first-level region name
  std::string admin2;        // county (United States) where known
  std::string country;       // ISO 3166 alpha-2
  std::string country_name;
  double lat = 0, lon = 0;
  std::string precision;     // city, admin2, admin1, country
  std::string gazetteer_id;
};

struct Actor {
  std::string text, name;
  // For a group: how the text makes it responsible, where it does ("claimed": it claimed the attack;
  // "named responsible": someone says it is; "blamed": someone accuses it), data/responsibility_words.txt.
  std::string responsibility;
};
struct Victim { std::string text, status; };   // status: killed, wounded, kidnapped, unharmed, unknown
struct Target { std::string text; };
struct Weapon { std::string text, klass; };     // klass: firearm, explosive, incendiary, melee, vehicle, other

struct Count {
  std::optional<int> value;
  std::string qualifier;     // "", "at least", "more than", "about", "up to"
};

struct Mention {
  std::string document;
  std::string type = "other";    // armed_assault, bombing, arson, kidnapping, ...
  bool main = true;              // the article's main incident (false: named in passing)
  bool suicide = false, accidental = false, self_inflicted = false, police_shooting = false, attempted = false;
  bool follow_up = false;        // the article's news is a later event (an arrest, a charge, a trial)
  Date date;
  // With the date unknown, the last day it can be: the publication date (the incident was reported then, so
  // it happened on or before it). A bound, not a date: nothing is guessed. Unknown where the date is known.
  Date latest;
  // Sets `latest` from the day the mention's article was published: only where the date is unknown and that
  // day is known.
  void bound_by(const Date& published) {
    latest = !date.known() && published.known() && published.precision == Date::Precision::day ? published : Date{};
  }
  std::optional<Place> location;
  Count killed, wounded;
  // The attacker's own death ("killed two people, then himself"), apart from `killed`: known only where the
  // count of the dead is one that leaves the attacker out. Registers that count a dead suspect among the
  // killed (the Gun Violence Archive) add the two.
  Count attackers_killed;
  std::vector<Actor> perpetrators, groups;
  std::vector<Victim> victims;
  std::vector<Target> targets;
  std::vector<Weapon> weapons;
  std::vector<Evidence> evidence;
};

// One value one source gave for one field of an incident.
struct Report {
  std::string document, field, value, qualifier;
  Date published;
};

// Why the resolver put a mention into its incident: the report it is most alike, with the score and the
// pair features that weighed most ("same city +0.7, shared rare names 3 +1.9").
struct Link {
  std::string document;     // the mention's document
  int ordinal = 0;          // the mention's place in its document (0 = main)
  std::string to;           // the document it was linked to ("" for the incident's first report)
  double score = 0;
  std::string reason;
};

// The value chosen for one field among the reports, and the rule that chose it.
struct Choice {
  std::string field, value, rule;
};

struct Incident {
  std::string id;                 // "inc-" + 12 hex digits, stable across later ingests
  Mention record;                 // the chosen values (record.document is empty)
  std::vector<std::string> documents, main_documents;
  std::vector<Report> reports;
  std::vector<Choice> choices;    // one per field with reports: value and rule
  std::vector<Link> links;        // one per mention: why it is in this incident
  std::vector<std::string> aliases;  // ids of incidents merged into this one
};

}  // namespace incidex
