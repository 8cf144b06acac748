#include "use/export.h"

#include <fmt/format.h>

#include "core/json.h"

namespace incidex {

void write_jsonl(std::ostream& out, const std::vector<Incident>& incs) {
  for (auto& i : incs) out << to_json(i).dump() << '\n';
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string r = "\"";
  for (char c : s) {
    if (c == '"') r += '"';
    r += c;
  }
  return r + "\"";
}

static std::string join(const std::vector<std::string>& v, const char* sep = "; ") {
  std::string r;
  for (auto& s : v) r += (r.empty() ? "" : sep) + s;
  return r;
}

void write_csv(std::ostream& out, const std::vector<Incident>& incs) {
  out << "id,type,date,date_precision,date_latest,place,admin1,country,lat,lon,killed,wounded,attackers_killed,suicide,perpetrators,groups,"
         "victims,weapons,documents\n";
  for (auto& i : incs) {
    const Mention& r = i.record;
    std::vector<std::string> perps, groups, victims, weapons;
    for (auto& p : r.perpetrators) perps.push_back(p.text);
    for (auto& g : r.groups)  // with its part where the text says it: "Jund al-Khalifa (claimed)"
      groups.push_back(g.responsibility.empty() ? g.text : g.text + " (" + g.responsibility + ")");
    for (auto& v : r.victims) victims.push_back(v.text + " (" + v.status + ")");
    for (auto& w : r.weapons) weapons.push_back(w.text);
    std::vector<std::string> cols = {
        i.id, r.type, r.date.iso(), r.date.known() ? precision_name(r.date.precision) : "", r.latest.iso(),
        r.location ? r.location->name : "", r.location ? r.location->admin1 : "", r.location ? r.location->country : "",
        r.location ? fmt::format("{:.5f}", r.location->lat) : "", r.location ? fmt::format("{:.5f}", r.location->lon) : "",
        r.killed.value ? std::to_string(*r.killed.value) : "", r.wounded.value ? std::to_string(*r.wounded.value) : "",
        r.attackers_killed.value ? std::to_string(*r.attackers_killed.value) : "",
        r.suicide ? "true" : "false", join(perps), join(groups), join(victims), join(weapons), join(i.documents)};
    for (std::size_t k = 0; k < cols.size(); ++k) out << (k ? "," : "") << csv_field(cols[k]);
    out << '\n';
  }
}

void write_geojson(std::ostream& out, const std::vector<Incident>& incs) {
  nlohmann::json fc = {{"type", "FeatureCollection"}, {"features", nlohmann::json::array()}};
  for (auto& i : incs) {
    if (!i.record.location) continue;
    nlohmann::json props = to_json(i);
    props.erase("evidence");
    fc["features"].push_back({{"type", "Feature"}, {"id", i.id},
                              {"geometry", {{"type", "Point"}, {"coordinates", {i.record.location->lon, i.record.location->lat}}}},
                              {"properties", props}});
  }
  out << fc.dump() << '\n';
}

static std::string clip(std::string s, std::size_t n) {
  if (s.size() <= n) return s;
  // do not cut inside a UTF-8 sequence
  std::size_t k = n - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return s.substr(0, k) + "…";
}

void write_table(std::ostream& out, const std::vector<Incident>& incs) {
  // (an undated incident shows its bound: "<=2016-10-17", on or before that day)
  out << fmt::format("{:<16} {:<12} {:<15} {:<28} {:>6} {:>7}  {}\n", "id", "date", "type", "place", "killed", "wounded", "documents");
  for (auto& i : incs) {
    const Mention& r = i.record;
    std::string place = r.location ? r.location->name + ", " + r.location->country : "-";
    auto num = [](const Count& c) { return c.value ? std::to_string(*c.value) : std::string("-"); };
    std::string docs = join(i.documents, " ");
    std::string date = r.date.known() ? r.date.iso() : r.latest.known() ? "<=" + r.latest.iso() : "-";
    out << fmt::format("{:<16} {:<12} {:<15} {:<28} {:>6} {:>7}  {}\n", i.id, date, r.type,
                       clip(place, 28), num(r.killed), num(r.wounded), clip(docs, 60));
  }
}

}  // namespace incidex
