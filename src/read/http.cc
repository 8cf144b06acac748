#include "read/http.h"

#include <unicode/ucnv.h>
#include <zlib.h>

#include <cctype>

namespace incidex {

bool dechunk(std::string& body) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    std::size_t eol = body.find("\r\n", pos);
    if (eol == std::string::npos) return false;
    std::string size_text = body.substr(pos, eol - pos);
    auto semi = size_text.find(';');  // chunk extensions
    if (semi != std::string::npos) size_text.resize(semi);
    std::size_t size = 0;
    try {
      size = std::stoul(size_text, nullptr, 16);
    } catch (...) {
      return false;
    }
    pos = eol + 2;
    if (size == 0) break;
    if (pos + size > body.size()) return false;
    out.append(body, pos, size);
    pos += size;
    if (body.compare(pos, 2, "\r\n") != 0) return false;
    pos += 2;
  }
  body.swap(out);
  return true;
}

bool inflate_body(std::string& body) {
  z_stream z{};
  if (inflateInit2(&z, 32 + MAX_WBITS) != Z_OK) return false;  // 32: gzip or zlib header, detected
  z.next_in = reinterpret_cast<Bytef*>(body.data());
  z.avail_in = static_cast<uInt>(body.size());
  std::string out;
  char buf[1 << 15];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) break;
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > (256u << 20)) {  // a decompression bomb is not an article
      rc = Z_DATA_ERROR;
      break;
    }
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END) return false;
  body.swap(out);
  return true;
}

static std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// The value after "charset=" in `s`, up to a quote, semicolon, space or '>'.
static std::string charset_after(const std::string& s, std::size_t from = 0) {
  auto p = s.find("charset=", from);
  if (p == std::string::npos) return {};
  p += 8;
  while (p < s.size() && (s[p] == '"' || s[p] == '\'' || s[p] == ' ')) ++p;
  std::size_t e = p;
  while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '-' || s[e] == '_' || s[e] == '.' || s[e] == ':')) ++e;
  return s.substr(p, e - p);
}

std::string declared_charset(std::string_view content_type, std::string_view html) {
  std::string cs = charset_after(lower(content_type));
  if (!cs.empty()) return cs;
  // <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">, near the top
  std::string head = lower(html.substr(0, 4096));
  for (std::size_t m = head.find("<meta"); m != std::string::npos; m = head.find("<meta", m + 5)) {
    std::size_t end = head.find('>', m);
    std::string tag = head.substr(m, end == std::string::npos ? std::string::npos : end - m);
    if (auto c = charset_after(tag); !c.empty()) return c;
  }
  return {};
}

bool to_utf8(std::string& body, const std::string& charset, std::string& error) {
  if (charset.empty() || charset == "utf-8" || charset == "utf8") return true;
  UErrorCode err = U_ZERO_ERROR;
  // ICU sizes the output first, then converts.
  int32_t need = ucnv_convert("UTF-8", charset.c_str(), nullptr, 0, body.data(), static_cast<int32_t>(body.size()), &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) {
    error = "cannot convert from charset '" + charset + "': " + u_errorName(err);
    return false;
  }
  std::string out(static_cast<std::size_t>(need), '\0');
  err = U_ZERO_ERROR;
  ucnv_convert("UTF-8", charset.c_str(), out.data(), need, body.data(), static_cast<int32_t>(body.size()), &err);
  if (U_FAILURE(err)) {
    error = "cannot convert from charset '" + charset + "': " + u_errorName(err);
    return false;
  }
  body.swap(out);
  return true;
}

}  // namespace incidex
