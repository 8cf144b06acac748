// Turning what a crawler stored into UTF-8 text: HTTP chunked transfer coding, gzip/deflate content
// coding, and declared character sets (the Content-Type header, or the page's own <meta charset>),
// converted with ICU. Used by the WARC reader and for HTML files. Stateless, thread-safe.
#pragma once
#include <string>
#include <string_view>

namespace incidex {

// Undoes "Transfer-Encoding: chunked". Returns false (body unchanged) if the chunks are malformed.
bool dechunk(std::string& body);
// Inflates a gzip or zlib (deflate) body. Returns false (body unchanged) if it is not one or is corrupt.
bool inflate_body(std::string& body);
// The charset a Content-Type value or an HTML head declares ("windows-1252"), lower case; "" if none.
std::string declared_charset(std::string_view content_type, std::string_view html);
// Converts `body` from `charset` to UTF-8 in place. Returns false with `error` set if the charset is
// unknown to ICU or the conversion fails. UTF-8 (or no charset) is left as it is.
bool to_utf8(std::string& body, const std::string& charset, std::string& error);

}  // namespace incidex
