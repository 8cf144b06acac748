// Calendar helpers shared by the date stage (publication dates) and the time resolver (analyse/times).
// Built on howardhinnant-date (GCC 12 has no <chrono> calendar types).
#pragma once
#include <string_view>

#include "core/record.h"

namespace incidex {

// 1..12 for "jan", "January", "SEPT", "sept." ...; 0 otherwise.
int month_from_name(std::string_view word);
// 0=Sunday .. 6=Saturday for "sat", "Saturday", "Sat." ...; -1 otherwise.
int weekday_from_name(std::string_view word);
// A weekday's or a month's name, as either of the two above reads it.
inline bool calendar_word(std::string_view word) { return weekday_from_name(word) >= 0 || month_from_name(word) != 0; }
// Day of week (0=Sunday) of a day-precision date.
int weekday_of(const Date&);
// Adds (or subtracts) days to a day-precision date.
Date add_days(const Date&, int days);
// Days from a to b (b - a); both must have day precision.
int days_between(const Date& a, const Date& b);
bool valid_ymd(int y, int m, int d);
// Two-digit years: 90 -> 1990, 11 -> 2011 (pivot 50).
int expand_year(int yy);

// Parses a whole date string as found in metadata or a dateline:
// "2016-07-28", "2016-07-28T10:15:00Z", "Saturday, November 12, 2011", "November 12, 2011", "Nov. 12, 2011",
// "12 November 2011", "3 JAN 90", "Mon, 18 Jul 2016 10:00:00 GMT", "07/28/2016", "20160728".
// Returns an unknown Date if the string holds no complete date.
Date parse_date_string(std::string_view);

}  // namespace incidex
