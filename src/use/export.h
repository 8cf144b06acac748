// Exports of incidents: JSON lines (the record of product.md), CSV (one row per incident, flat columns)
// and GeoJSON (a FeatureCollection of the incidents with a location). And the table `query` prints.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "core/record.h"

namespace incidex {

void write_jsonl(std::ostream&, const std::vector<Incident>&);
void write_csv(std::ostream&, const std::vector<Incident>&);
void write_geojson(std::ostream&, const std::vector<Incident>&);
// A fixed-width table for people: id, date, type, place, killed, wounded, documents.
void write_table(std::ostream&, const std::vector<Incident>&);
// CSV field quoting (RFC 4180).
std::string csv_field(const std::string&);

}  // namespace incidex
