// The resolve stage (first version): every mention becomes its own incident. The incident's id is
// derived from its first report (document id and the mention's place in the document), so it is stable
// across later ingests; later versions merge reports of one incident across documents.
#pragma once
#include <string>

#include "core/record.h"

namespace incidex {

std::string incident_id(const std::string& document, std::size_t ordinal);
// An incident holding one mention: its values, its document, and one report per field it gives.
Incident singleton_incident(const Mention&, std::size_t ordinal, const Date& published);

}  // namespace incidex
