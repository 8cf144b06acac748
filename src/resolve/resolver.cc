#include "resolve/resolver.h"

#include <fmt/format.h>

namespace incidex {

std::string incident_id(const std::string& document, std::size_t ordinal) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : document + "#" + std::to_string(ordinal)) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return fmt::format("inc-{:012x}", h & 0xffffffffffffULL);
}

Incident singleton_incident(const Mention& m, std::size_t ordinal, const Date& published) {
  Incident inc;
  inc.id = incident_id(m.document, ordinal);
  inc.record = m;
  inc.record.document.clear();
  inc.documents = {m.document};
  if (m.main) inc.main_documents = {m.document};
  auto report = [&](const std::string& field, const std::string& value, const std::string& q = {}) {
    inc.reports.push_back({m.document, field, value, q, published});
  };
  if (m.date.known()) report("date", m.date.iso());
  if (m.location) report("location", m.location->name);
  if (m.killed.value) report("killed", std::to_string(*m.killed.value), m.killed.qualifier);
  if (m.wounded.value) report("wounded", std::to_string(*m.wounded.value), m.wounded.qualifier);
  return inc;
}

}  // namespace incidex
