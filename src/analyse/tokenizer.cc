#include "analyse/tokenizer.h"

#include "core/hash.h"


#include "core/data_dir.h"

namespace incidex {

std::string ascii_lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return r;
}

Tokenizer::Tokenizer() {
  for (auto& row : read_data_rows("abbreviations.txt")) abbreviations_.insert(row[0]);
}

namespace {
inline bool is_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
// Bytes of a multi-byte UTF-8 letter count as word characters, except the punctuation block U+2000..U+206F
// (dashes, quotes, ellipsis), which starts with E2 80 / E2 81.
inline std::size_t utf8_letter_len(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0xC0) return 0;
  if (c == 0xE2 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) == 0x80 || static_cast<unsigned char>(s[i + 1]) == 0x81)) return 0;
  if (c == 0xC2) return 0;  // Latin-1 punctuation and symbols (NBSP, ©, «, »)
  std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  return i + len <= s.size() ? len : 0;
}
inline bool is_apostrophe(std::string_view s, std::size_t i, std::size_t& len) {
  if (s[i] == '\'') { len = 1; return true; }
  if (s.compare(i, 3, "\xE2\x80\x99") == 0) { len = 3; return true; }  // ’
  return false;
}
}  // namespace

Tokens Tokenizer::tokenize(std::string_view s) const {
  Tokens out;
  auto& toks = out.tokens;
  toks.reserve(s.size() / 5);
  std::size_t i = 0, n = s.size();
  std::size_t lower_letters = 0, upper_letters = 0;
  std::uint32_t sent_first = 0;
  auto end_sentence = [&](std::size_t upto_token) {
    if (upto_token > sent_first) {
      Sentence st;
      st.first = sent_first;
      st.last = static_cast<std::uint32_t>(upto_token);
      st.start = toks[sent_first].start;
      st.end = toks[upto_token - 1].end;
      out.sentences.push_back(st);
    }
    sent_first = static_cast<std::uint32_t>(upto_token);
  };
  // "police said Sunday.The suspects were": a page that lost the space between two sentences. A period
  // right after a word that ends in a small letter or a digit ("Sunday", "33"), right before a capital and a
  // small letter, ends the sentence as well. (Abbreviations and initials keep their period in their own
  // token, "Mr.Smith" and "St.Louis" among them, and never come here; "abc7.com" has no capital after it.)
  auto glued_sentence = [&](std::size_t at, std::size_t dot) {
    if (dot == 0 || at + 1 >= n || s[toks[dot].start] != '.') return false;
    if (!(s[at] >= 'A' && s[at] <= 'Z' && s[at + 1] >= 'a' && s[at + 1] <= 'z')) return false;
    const Token& before = toks[dot - 1];
    if (before.end != toks[dot].start || before.end - before.start < 2) return false;
    unsigned char last = static_cast<unsigned char>(s[before.end - 1]);
    return (last >= 'a' && last <= 'z') || is_digit(last);
  };
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\n') {
      // A line break ends a sentence, except inside a hard-wrapped paragraph (wire copy, plain text at 72
      // columns): a long line that stops without closing punctuation, followed by another line of text.
      std::size_t line_start = s.rfind('\n', i == 0 ? 0 : i - 1);
      line_start = line_start == std::string_view::npos || i == 0 ? 0 : line_start + 1;
      std::size_t last = i;
      while (last > line_start && (s[last - 1] == ' ' || s[last - 1] == '\t' || s[last - 1] == '\r')) --last;
      std::size_t next = i + 1;
      while (next < n && (s[next] == ' ' || s[next] == '\t' || s[next] == '\r')) ++next;
      // A period an abbreviation keeps ("A RESIDENCE OF U.S.\nMILITARY ADVISERS") closes no sentence at the
      // end of a line, as it closes none inside one.
      const bool kept_period = last > line_start && s[last - 1] == '.' && !toks.empty() &&
                               toks.back().kind == Token::word && toks.back().end == last;
      bool wrapped = last - line_start >= 45 && next < n && s[next] != '\n' &&
                     (kept_period || std::string_view(".!?:;\"')]").find(s[last - 1]) == std::string_view::npos) &&
                     !(static_cast<unsigned char>(s[last - 1]) >= 0x80);  // closing quotes and dashes are not ASCII
      if (!wrapped) end_sentence(toks.size());
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    Token t;
    t.start = static_cast<std::uint32_t>(i);
    if (is_digit(c)) {
      // 1,000  3.5  11:30  1990s  12-year-old (the hyphenated part joins)
      std::size_t j = i + 1;
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(s[j]);
        if (is_digit(d)) ++j;
        else if ((d == ',' || d == '.' || d == ':') && j + 1 < n && is_digit(static_cast<unsigned char>(s[j + 1]))) j += 2;
        else break;
      }
      // Letters or hyphenated parts join: "1990s", "12-year-old", "352-393-7670", "AR-15".
      bool wordy = false;
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(s[j]);
        if (is_alpha(d)) {
          wordy = true;
          ++j;
        } else if (d == '-' && j + 1 < n && (is_alpha(static_cast<unsigned char>(s[j + 1])) || is_digit(static_cast<unsigned char>(s[j + 1])))) {
          wordy = true;
          ++j;
          while (j < n && (is_alpha(static_cast<unsigned char>(s[j])) || is_digit(static_cast<unsigned char>(s[j])))) ++j;
        } else {
          break;
        }
      }
      // An age written with a space ("a 17 year old", "a 14 year-old boy", "a 3-month old") is one word,
      // read as "17-year-old" (its lower case below puts hyphens for the spaces).
      {
        auto word_at = [&](std::size_t at, std::string_view w) {
          if (at + w.size() > n) return false;
          for (std::size_t q = 0; q < w.size(); ++q)
            if (std::tolower(static_cast<unsigned char>(s[at + q])) != w[q]) return false;
          return at + w.size() == n || !is_alpha(static_cast<unsigned char>(s[at + w.size()]));
        };
        auto gap = [&](std::size_t at) { return at < n && (s[at] == ' ' || s[at] == '-'); };
        const std::string_view so_far = s.substr(i, j - i);
        for (std::string_view unit : {std::string_view("year"), std::string_view("month")}) {
          std::size_t k = j;
          if (!wordy && gap(k) && word_at(k + 1, unit)) k += 1 + unit.size();
          else if (!(so_far.size() > unit.size() + 1 && so_far[so_far.size() - unit.size() - 1] == '-' &&
                     word_at(j - unit.size(), unit)))
            continue;
          if (gap(k) && word_at(k + 1, "old")) {
            j = k + 4;
            wordy = true;
          }
          break;
        }
      }
      t.end = static_cast<std::uint32_t>(j);
      t.kind = wordy ? Token::word : Token::number;
      toks.push_back(t);
      i = j;
      continue;
    }
    std::size_t ul = 0;
    if (is_alpha(c) || (ul = utf8_letter_len(s, i))) {
      std::size_t j = i;
      std::size_t letters = 0, uppers = 0;
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(s[j]);
        std::size_t al = 0, l8 = 0;
        if (is_alpha(d) || is_digit(d)) {
          letters += is_alpha(d);
          uppers += d >= 'A' && d <= 'Z';
          ++j;
        } else if ((l8 = utf8_letter_len(s, j))) {
          ++letters;
          j += l8;
        } else if ((d == '-' || is_apostrophe(s, j, al)) && j + (d == '-' ? 1 : al) < n &&
                   (is_alpha(static_cast<unsigned char>(s[j + (d == '-' ? 1 : al)])) ||
                    is_digit(static_cast<unsigned char>(s[j + (d == '-' ? 1 : al)])) ||
                    utf8_letter_len(s, j + (d == '-' ? 1 : al)))) {
          j += d == '-' ? 1 : al;
        } else {
          break;
        }
      }
      t.end = static_cast<std::uint32_t>(j);
      t.cap = c >= 'A' && c <= 'Z';
      t.upper = letters >= 2 && uppers == letters;
      upper_letters += uppers;
      lower_letters += letters - uppers;
      // Abbreviations and initials keep their period: "Capt." "a.m." "U.S." "M."
      if (j < n && s[j] == '.') {
        std::string w = ascii_lower(s.substr(i, j - i));
        std::size_t k = j;
        // dotted sequences: a.m.  U.S.  M.K.
        while (k + 2 < n && s[k] == '.' && is_alpha(static_cast<unsigned char>(s[k + 1])) &&
               (s[k + 2] == '.' || !is_alpha(static_cast<unsigned char>(s[k + 2]))) && k - i < 12) {
          w += '.';
          w += static_cast<char>(std::tolower(static_cast<unsigned char>(s[k + 1])));
          k += 2;
        }
        // ... and an initial with a dotted word after it that data/abbreviations.txt lists whole: "W.Va."
        if (k == j && (j - i) == 1 && k + 2 < n && is_alpha(static_cast<unsigned char>(s[k + 1]))) {
          std::size_t e = k + 1;
          while (e < n && e - k < 8 && is_alpha(static_cast<unsigned char>(s[e]))) ++e;
          if (e < n && s[e] == '.') {
            std::string whole = w + "." + ascii_lower(s.substr(k + 1, e - k - 1));
            if (abbreviations_.count(whole)) w = std::move(whole), k = e;
          }
        }
        bool initial = (j - i) == 1 && is_alpha(c);
        if (initial || abbreviations_.count(w)) {
          // the closing period is kept; a sequence that ends without one ("D.A’s") stops before what follows
          std::size_t end = k < n && s[k] == '.' ? k + 1 : k;
          t.end = static_cast<std::uint32_t>(end);
          toks.push_back(t);
          i = end;
          continue;
        }
      }
      toks.push_back(t);
      i = j;
      continue;
    }
    // Punctuation: one code point (or "--").
    std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (c == '-' && i + 1 < n && s[i + 1] == '-') len = 2;
    if (i + len > n) len = n - i;
    t.end = static_cast<std::uint32_t>(i + len);
    t.kind = Token::punct;
    const std::size_t dot = toks.size();
    toks.push_back(t);
    i += len;
    if (c == '.' || c == '!' || c == '?') {
      // Closing quotes and brackets stay with the sentence they close.
      while (i < n) {
        std::size_t ql = 0;
        if (s[i] == '"' || s[i] == ')' || s[i] == '\'') ql = 1;
        else if (s.compare(i, 3, "\xE2\x80\x9D") == 0 || s.compare(i, 3, "\xE2\x80\x99") == 0) ql = 3;
        if (!ql) break;
        toks.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + ql), Token::punct});
        i += ql;
      }
      if (i >= n || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || glued_sentence(i, dot)) end_sentence(toks.size());
    }
  }
  end_sentence(toks.size());
  out.lower.reserve(toks.size());
  out.hash.reserve(toks.size());
  for (auto& t : toks) {
    std::string l = ascii_lower(t.text(s));
    // (respelled_in_lower, tokenizer.h, tells these two respellings: keep them in step)
    if (l.find("\xE2\x80\x99") != std::string::npos) {  // ’ as '
      std::string r;
      r.reserve(l.size());
      for (std::size_t k = 0; k < l.size();)
        if (l.compare(k, 3, "\xE2\x80\x99") == 0) r += '\'', k += 3;
        else r += l[k++];
      l.swap(r);
    }
    if (t.kind == Token::word && is_digit(static_cast<unsigned char>(l[0])))  // "17 year old" as "17-year-old"
      std::replace(l.begin(), l.end(), ' ', '-');
    out.hash.push_back(token_hash(l));
    out.lower.push_back(std::move(l));
  }
  std::size_t letters = lower_letters + upper_letters;
  out.caseless = letters > 50 && (upper_letters * 100 < letters * 2 || upper_letters * 100 > letters * 80);
  // Text with few capitals whose sentences open with one is in sentence case, only short of names ("Deaths
  // ruled murder-suicide; mother shot husband, infant son, then herself" and a paywall's lines), not caseless;
  // so is a line too short to tell ("17-year-old identified as suspect shot, killed by Columbus police officer").
  // Text with no capital at all stays caseless, short or not (MUC-4's lower-cased role-filler texts).
  if (out.caseless && upper_letters > 0 && upper_letters * 100 < letters * 2) {
    std::size_t opened = 0, capital = 0;
    for (const Sentence& se : out.sentences) {
      std::uint32_t k = se.first;
      while (k < se.last && toks[k].kind != Token::word) ++k;
      if (k == se.last) continue;
      ++opened;
      const char c = s[toks[k].start];
      capital += c >= 'A' && c <= 'Z';
    }
    if (capital * 2 > opened || letters < 200) out.caseless = false;
  }
  return out;
}

}  // namespace incidex
