#include <gtest/gtest.h>

#include "core/dates.h"

using namespace incidex;

TEST(Dates, ParsesTheFormsFoundInMetadataAndDatelines) {
  struct Case { const char* in; const char* iso; };
  for (auto c : {Case{"2016-07-28", "2016-07-28"}, Case{"2016-07-28T10:15:00Z", "2016-07-28"},
                 Case{"Saturday, November 12, 2011", "2011-11-12"}, Case{"Nov. 12, 2011", "2011-11-12"},
                 Case{"12 November 2011", "2011-11-12"}, Case{"3 JAN 90", "1990-01-03"},
                 Case{"Mon, 18 Jul 2016 10:00:00 GMT", "2016-07-18"}, Case{"07/28/2016", "2016-07-28"},
                 Case{"20160728", "2016-07-28"}, Case{"not a date", ""}, Case{"2016-02-30", ""}})
    EXPECT_EQ(parse_date_string(c.in).iso(), c.iso) << c.in;
}

TEST(Dates, WeekdaysAndArithmetic) {
  Date d = Date::ymd(2011, 11, 12);
  EXPECT_EQ(weekday_of(d), 6);  // Saturday
  EXPECT_EQ(add_days(d, -12).iso(), "2011-10-31");
  EXPECT_EQ(days_between(Date::ymd(2011, 10, 31), d), 12);
  EXPECT_EQ(weekday_from_name("Monday"), 1);
  EXPECT_EQ(weekday_from_name("tues."), 2);
  EXPECT_EQ(month_from_name("SEPT"), 9);
  EXPECT_EQ(month_from_name("mars"), 0);
}

TEST(Dates, IsoWritesEachPrecisionWithItsZeroes) {
  EXPECT_EQ(Date::ymd(2016, 7, 8).iso(), "2016-07-08");
  EXPECT_EQ(Date::ymd(989, 12, 31).iso(), "0989-12-31");
  EXPECT_EQ((Date{2011, 5, 0, Date::Precision::month}).iso(), "2011-05");
  EXPECT_EQ((Date{1990, 0, 0, Date::Precision::year}).iso(), "1990");
  EXPECT_EQ(Date{}.iso(), "");
  // outside four digits, as fmt writes them
  EXPECT_EQ(Date::ymd(12016, 1, 2).iso(), "12016-01-02");
  EXPECT_EQ((Date{-5, 0, 0, Date::Precision::year}).iso(), "-005");
}
