// history_moment (graph/history.hpp); the log itself is the engine's (graph/sql/change_log.cpp).
#include "graph/history.hpp"

#include <cctype>

#include "graph/date.hpp"
#include "graph/text.hpp"

namespace allegraph {
namespace {

bool digits(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) return false;
    for (std::size_t i = at; i < at + count; ++i)
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
}

int number(std::string_view text, std::size_t at, std::size_t count) {
    return std::stoi(std::string(text.substr(at, count)));
}

}  // namespace

Result<std::string> history_moment(std::string_view text) {
    const Error bad{"give a date (2017-10-20) or a UTC time (2017-10-20T12:00:00Z), not " + in_quotes(text)};
    if (text.size() < 10 || !digits(text, 0, 4) || text[4] != '-' || !digits(text, 5, 2) || text[7] != '-' ||
        !digits(text, 8, 2) || !parse_date(text.substr(0, 10)))
        return bad;
    std::string day(text.substr(0, 10));
    if (text.size() == 10) return day + "T23:59:59.999Z";
    // 2017-10-20T12:00Z, 2017-10-20T12:00:00Z, 2017-10-20T12:00:00.250Z
    if (text[10] != 'T' || text.back() != 'Z' || !digits(text, 11, 2) || text[13] != ':' || !digits(text, 14, 2))
        return bad;
    std::string_view rest = text.substr(16, text.size() - 17);
    std::string seconds = "00", fraction = "000";
    if (!rest.empty()) {
        if (rest[0] != ':' || !digits(rest, 1, 2)) return bad;
        seconds = std::string(rest.substr(1, 2));
        rest = rest.substr(3);
        if (!rest.empty()) {
            if (rest[0] != '.' || rest.size() < 2 || !digits(rest, 1, rest.size() - 1)) return bad;
            fraction = std::string(rest.substr(1)) + "00";
            fraction.resize(3);
        }
    }
    if (number(text, 11, 2) > 23 || number(text, 14, 2) > 59 || std::stoi(seconds) > 59) return bad;
    return day + "T" + std::string(text.substr(11, 5)) + ":" + seconds + "." + fraction + "Z";
}

}  // namespace allegraph
