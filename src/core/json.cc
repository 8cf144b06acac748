#include "core/json.h"

#include <cmath>

namespace incidex {
using nlohmann::json;

json to_json(const Date& d) { return d.known() ? json(d.iso()) : json(nullptr); }

json to_json(const Place& p) {
  return {{"name", p.name}, {"admin1", p.admin1.empty() ? json(nullptr) : json(p.admin1)},
          {"admin2", p.admin2.empty() ? json(nullptr) : json(p.admin2)},
          {"country", p.country}, {"country_name", p.country_name},
          {"lat", p.lat}, {"lon", p.lon}, {"precision", p.precision}};
}

json to_json(const Evidence& e) {
  json j = {{"field", e.field}, {"document", e.document}, {"start", e.start}, {"end", e.end}, {"text", e.text}};
  if (!e.note.empty()) j["note"] = e.note;
  if (e.in_title) j["in"] = "title";
  return j;
}

static json count_json(const Count& c) { return c.value ? json(*c.value) : json(nullptr); }

static json mention_fields(const Mention& m) {
  json j;
  j["type"] = m.type;
  j["date"] = to_json(m.date);
  j["date_precision"] = m.date.known() ? json(precision_name(m.date.precision)) : json(nullptr);
  j["date_latest"] = to_json(m.latest);
  j["location"] = m.location ? to_json(*m.location) : json(nullptr);
  j["killed"] = count_json(m.killed);
  j["wounded"] = count_json(m.wounded);
  j["attackers_killed"] = count_json(m.attackers_killed);
  if (!m.killed.qualifier.empty()) j["killed_qualifier"] = m.killed.qualifier;
  if (!m.wounded.qualifier.empty()) j["wounded_qualifier"] = m.wounded.qualifier;
  j["suicide"] = m.suicide;
  j["accidental"] = m.accidental;
  j["self_inflicted"] = m.self_inflicted;
  j["police_shooting"] = m.police_shooting;
  j["attempted"] = m.attempted;
  j["follow_up"] = m.follow_up;
  auto actors = [](const std::vector<Actor>& v) {
    json a = json::array();
    for (auto& x : v) {
      json one = {{"text", x.text}, {"name", x.name.empty() ? json(nullptr) : json(x.name)}};
      if (!x.responsibility.empty()) one["responsibility"] = x.responsibility;
      a.push_back(std::move(one));
    }
    return a;
  };
  j["perpetrators"] = actors(m.perpetrators);
  j["groups"] = actors(m.groups);
  j["victims"] = json::array();
  for (auto& v : m.victims) j["victims"].push_back({{"text", v.text}, {"status", v.status}});
  j["targets"] = json::array();
  for (auto& t : m.targets) j["targets"].push_back({{"text", t.text}});
  j["weapons"] = json::array();
  for (auto& w : m.weapons) j["weapons"].push_back({{"text", w.text}, {"class", w.klass}});
  j["evidence"] = json::array();
  for (auto& e : m.evidence) j["evidence"].push_back(to_json(e));
  return j;
}

json to_json(const Mention& m) {
  json j = mention_fields(m);
  j["document"] = m.document;
  j["main"] = m.main;
  return j;
}

json to_json(const Incident& inc) {
  json j = {{"id", inc.id}};
  j.update(mention_fields(inc.record));
  j["documents"] = inc.documents;
  j["main_documents"] = inc.main_documents;
  j["reports"] = json::array();
  for (auto& r : inc.reports) {
    json rj = {{"document", r.document}, {"field", r.field}, {"value", r.value}};
    if (!r.qualifier.empty()) rj["qualifier"] = r.qualifier;
    rj["published"] = to_json(r.published);
    j["reports"].push_back(rj);
  }
  j["choices"] = json::array();
  for (auto& c : inc.choices) j["choices"].push_back({{"field", c.field}, {"value", c.value}, {"rule", c.rule}});
  j["links"] = json::array();
  for (auto& l : inc.links) {
    json lj = {{"document", l.document}, {"ordinal", l.ordinal}, {"score", std::round(l.score * 100) / 100}, {"reason", l.reason}};
    if (l.to.empty()) lj["to"] = nullptr; else lj["to"] = l.to;
    j["links"].push_back(lj);
  }
  if (!inc.aliases.empty()) j["aliases"] = inc.aliases;
  // Keep the product.md key order readable: evidence last.
  json ev = j["evidence"];
  j.erase("evidence");
  j["evidence"] = ev;
  return j;
}

json document_json(const Document& d, bool with_text) {
  json j = {{"id", d.id}, {"title", d.title}, {"published", to_json(d.published)},
            {"published_from", d.published_from}, {"url", d.url}, {"source", d.source},
            {"format", d.format}, {"origin", d.origin.describe()}};
  if (!d.dateline_place.empty()) j["dateline"] = d.dateline_place;
  if (with_text) j["text"] = d.text;
  return j;
}

static std::string str(const json& j, const char* k) {
  auto it = j.find(k);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Mention mention_from_json(const json& j) {
  Mention m;
  m.document = str(j, "document");
  m.type = str(j, "type");
  m.main = j.value("main", true);
  m.suicide = j.value("suicide", false);
  m.accidental = j.value("accidental", false);
  m.self_inflicted = j.value("self_inflicted", false);
  m.police_shooting = j.value("police_shooting", false);
  m.attempted = j.value("attempted", false);
  m.follow_up = j.value("follow_up", false);
  m.date = Date::parse_iso(str(j, "date"));
  m.latest = Date::parse_iso(str(j, "date_latest"));
  if (auto it = j.find("location"); it != j.end() && it->is_object()) {
    Place p;
    p.name = str(*it, "name");
    p.admin1 = str(*it, "admin1");
    p.admin2 = str(*it, "admin2");
    p.country = str(*it, "country");
    p.country_name = str(*it, "country_name");
    p.lat = it->value("lat", 0.0);
    p.lon = it->value("lon", 0.0);
    p.precision = str(*it, "precision");
    m.location = p;
  }
  auto count = [&](const char* k, const char* q, Count& c) {
    if (auto it = j.find(k); it != j.end() && it->is_number_integer()) c.value = it->get<int>();
    c.qualifier = str(j, q);
  };
  count("killed", "killed_qualifier", m.killed);
  count("wounded", "wounded_qualifier", m.wounded);
  count("attackers_killed", "attackers_killed_qualifier", m.attackers_killed);
  for (auto& a : j.value("perpetrators", json::array())) m.perpetrators.push_back({str(a, "text"), str(a, "name"), {}});
  for (auto& a : j.value("groups", json::array()))
    m.groups.push_back({str(a, "text"), str(a, "name"), str(a, "responsibility")});
  for (auto& v : j.value("victims", json::array())) m.victims.push_back({str(v, "text"), str(v, "status")});
  for (auto& t : j.value("targets", json::array())) m.targets.push_back({str(t, "text")});
  for (auto& w : j.value("weapons", json::array())) m.weapons.push_back({str(w, "text"), str(w, "class")});
  for (auto& e : j.value("evidence", json::array()))
    m.evidence.push_back({str(e, "field"), str(e, "document"), e.value("start", 0u), e.value("end", 0u),
                          str(e, "text"), str(e, "note"), str(e, "in") == "title"});
  return m;
}

}  // namespace incidex
