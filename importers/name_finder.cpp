#include "importers/name_finder.hpp"

#include <algorithm>
#include <cctype>

#include "importers/name_words.hpp"

namespace allegraph {
namespace {

// "Hee-jung" of Ahn Hee-jung, "Jae-in" of Moon Jae-in, "Ing-wen" of Tsai Ing-wen: a romanized given
// name of two short syllables after a surname, not an English compound ("Co-star", "Long-time").
bool romanized_given_name(const Token& t) {
    if (!t.word || !t.compound || !t.capitalized) return false;
    std::size_t hyphen = t.lower.find('-');
    if (hyphen == std::string::npos || hyphen > 5 || t.lower.size() - hyphen - 1 > 4) return false;
    std::string_view head = std::string_view(t.lower).substr(0, hyphen);
    std::string_view tail = std::string_view(t.lower).substr(hyphen + 1);
    static const std::string_view kEnglish[] = {"co", "ex", "anti", "self", "post", "pre", "mid", "non", "all",
                                                "low", "long", "then", "top", "well", "high", "much", "hard",
                                                "full", "part", "half", "far", "big", "old", "new", "open", "one",
                                                "two", "re", "so", "semi", "multi", "sub", "vice", "step", "half"};
    static const std::string_view kTails[] = {"star", "time", "wife", "boss", "made", "war", "day", "key", "gay",
                                              "old", "year", "term", "run", "led", "born", "like", "wide", "free",
                                              "law", "son", "up", "out", "on", "off", "host", "owner", "based"};
    for (auto w : kEnglish)
        if (head == w) return false;
    for (auto w : kTails)
        if (tail == w) return false;
    return true;
}

// A word that can be part of a name: capitalized, not a day or month, and not a compound
// adjective ("High-profile", "Oscar-winning"; "Jean-Claude" and "Sun-Times" are names).
bool name_word(const Token& t) {
    return t.word && (t.capitalized || t.camel) && !t.compound && !words::weekday(t.lower) && !words::month(t.lower) &&
           t.lower != "i" && t.lower.find('/') == std::string::npos;
}

// "21st Century Fox", "20th Century Studios"
bool ordinal(const Token& t) {
    return t.lower.size() >= 3 && std::isdigit(static_cast<unsigned char>(t.lower[0])) &&
           (t.lower.ends_with("st") || t.lower.ends_with("nd") || t.lower.ends_with("rd") || t.lower.ends_with("th"));
}

// Nouns after which a capitalized title names a work: "his show The O'Reilly Factor".
bool work_noun(std::string_view w) {
    return w == "show" || w == "program" || w == "programme" || w == "series" || w == "film" || w == "movie" ||
           w == "book" || w == "album" || w == "song" || w == "podcast" || w == "documentary" || w == "sitcom" ||
           w == "opera" || w == "play" || w == "musical" || w == "novel" || w == "memoir";
}

// "MJ", "J.D.", "R.": a person's initials.
bool initials(std::string_view text, const Token& t) {
    std::string_view w = text.substr(t.begin, t.end - t.begin);
    std::size_t letters = 0;
    for (char c : w) {
        if (std::isupper(static_cast<unsigned char>(c))) ++letters;
        else if (c != '.') return false;
    }
    return letters >= 1 && letters <= 3 && (letters <= 2 || w.find('.') != std::string_view::npos);
}

bool acronym(const Token& t) {
    if (!t.word || t.lower.size() < 2 || t.lower.size() > 7) return false;
    int letters = 0;
    for (char c : t.lower) {
        if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
        else if (c != '&' && c != '.') return false;
    }
    return letters >= 2 && t.capitalized;
}

bool all_caps(std::string_view text, const Token& t) {
    for (std::size_t i = t.begin; i < t.end; ++i)
        if (std::islower(static_cast<unsigned char>(text[i]))) return false;
    return true;
}

bool year(const Token& t) {
    return t.lower.size() == 4 && words::number(t.lower) >= 1800 && words::number(t.lower) <= 2100;
}

// "Grafton County Attorney's Office", "Children's Hospital": a possessive inside one name.
bool possessive_in_name(std::string_view w) {
    return w == "attorney" || w == "sheriff" || w == "general" || w == "people" || w == "children" || w == "women" ||
           w == "men" || w == "state" || w == "veterans" || w == "workers" || w == "governor" || w == "president" ||
           w == "prosecutor" || w == "chancellor" || w == "mayor" || w == "coroner" || w == "examiner";
}

bool connector(std::string_view w) {
    return w == "of" || w == "for" || w == "on" || w == "de" || w == "du" || w == "la" || w == "le" || w == "van" ||
           w == "von" || w == "der" || w == "den" || w == "del" || w == "da" || w == "di" || w == "bin" || w == "al";
}

bool is_place_name(std::string_view lower) {
    static const char* kMultiword[] = {"new york", "new york city", "los angeles", "san francisco", "new jersey",
                                       "new hampshire", "new mexico", "north carolina", "south carolina",
                                       "north dakota", "south dakota", "west virginia", "rhode island",
                                       "hong kong", "new zealand", "south africa", "united states",
                                       "united kingdom", "las vegas", "new orleans", "san diego", "st. louis",
                                       "great britain", "washington d.c.", "washington, d.c.", "near west side"};
    for (const char* p : kMultiword)
        if (lower == p) return true;
    return false;
}

// Lower-case words that continue a capitalized name into an institution:
// "New Hampshire attorney general's office", "Svea Hovratt appeal court".
bool institution_tail_word(std::string_view w) {
    return w == "attorney" || w == "general" || w == "'s" || w == "sheriff" || w == "district" || w == "appeals" ||
           w == "appeal" || w == "county" || w == "state" || w == "city" || w == "police" || w == "school" ||
           w == "fire" || w == "health" || w == "education" || w == "prosecutor" || w == "prosecutors";
}
bool institution_tail_head(std::string_view w) {
    return w == "office" || w == "department" || w == "court" || w == "police" || w == "board" ||
           w == "committee" || w == "commission" || w == "council" || w == "agency" || w == "bureau" ||
           w == "ministry" || w == "tribunal" || w == "district";
}

// Modifiers of a described institution: "a lower court", "the Swedish appeals court".
bool court_modifier(std::string_view w) {
    return w == "lower" || w == "appeals" || w == "appeal" || w == "appellate" || w == "district" ||
           w == "federal" || w == "state" || w == "supreme" || w == "high" || w == "criminal" || w == "civil" ||
           w == "county" || w == "magistrates" || w == "magistrates'" || w == "crown" || w == "grand" ||
           w == "church" || w == "canonical" || w == "ecclesiastical" || w == "disciplinary" || w == "military" ||
           w == "family" || w == "regional" || w == "local" || w == "superior" || w == "municipal" ||
           w == "juvenile" || w == "trial" || w == "circuit" || w == "bankruptcy" || w == "labour" || w == "labor";
}
bool court_head(std::string_view w) { return w == "court" || w == "jury" || w == "tribunal"; }

class Finder {
public:
    Finder(std::string_view text, const std::vector<Token>& tokens, bool headline)
        : text_(text), t_(tokens), headline_(headline), nickname_(tokens.size(), false) {
        mark_nicknames();
    }

    std::vector<FoundName> run() {
        for (std::size_t i = 0; i < t_.size();) {
            std::size_t next = board(i);
            if (next == i) next = group(i);
            if (next == i) next = described(i);
            if (next == i) next = capitalized(i);
            i = next == i ? i + 1 : next;
        }
        return std::move(out_);
    }

private:
    // Sean "Diddy" Combs: a nickname in quotation marks between a given name and a surname is part of
    // the name's run, but not of the name the entity is given.
    void mark_nicknames() {
        for (std::size_t k = 1; k + 3 < t_.size(); ++k) {
            if (t_[k].lower != "\"" || !name_word(t_[k - 1]) || !t_[k - 1].capitalized) continue;
            std::size_t close = k + 1;
            while (close < t_.size() && close < k + 4 && name_word(t_[close])) ++close;
            if (close == k + 1 || close + 1 >= t_.size() || t_[close].lower != "\"" || !name_word(t_[close + 1]))
                continue;
            for (std::size_t j = k; j <= close; ++j) nickname_[j] = true;
            k = close;
        }
    }

    // The words as written, each run of white space (a wrapped line's break) as one space.
    std::string span(std::size_t first, std::size_t last) const {
        std::string out;
        for (std::size_t k = first; k < last; ++k) {
            if (nickname_[k]) continue;
            if (!out.empty() && t_[k].begin > t_[k - 1].end) out += ' ';
            out.append(text_.substr(t_[k].begin, t_[k].end - t_[k].begin));
        }
        return out;
    }
    // In quotation marks, as titles are: “Surviving R. Kelly”, “Better Things,”, "A Prairie Home Companion."
    bool quoted(std::size_t first, std::size_t last) const {
        while (first > 0 && (t_[first - 1].lower == "a" || t_[first - 1].lower == "the")) --first;
        if (last < t_.size() && (t_[last].lower == "," || t_[last].lower == ".")) ++last;
        return first > 0 && last < t_.size() && t_[first - 1].lower == "\"" && t_[last].lower == "\"";
    }

    // "eight women", "more than a dozen former employees", "18 women", "dozens of accusers".
    std::size_t group(std::size_t i) {
        std::size_t j = i;
        std::string size;
        auto take = [&](std::size_t n) {
            for (std::size_t k = 0; k < n; ++k) size += (size.empty() ? "" : " ") + t_[j + k].lower;
            j += n;
        };
        auto is = [&](std::size_t k, std::string_view w) { return k < t_.size() && t_[k].lower == w; };
        if (i > 0 && words::month(t_[i - 1].lower)) return i;  // "Jan. 26 that…" is a date
        if ((is(j, "more") || is(j, "fewer")) && is(j + 1, "than")) take(2);
        else if ((is(j, "at") && (is(j + 1, "least") || is(j + 1, "most")))) take(2);
        else if (is(j, "nearly") || is(j, "almost") || is(j, "about") || is(j, "some") || is(j, "over")) take(1);
        std::size_t quantity = j;
        if (is(j, "a") && is(j + 1, "dozen")) take(2);
        else if (is(j, "a") && is(j + 1, "number") && is(j + 2, "of")) take(3);
        else if (is(j, "dozens") && is(j + 1, "of")) take(2);
        else if (j < t_.size() && (words::number(t_[j].lower) > 1 || is(j, "several") || is(j, "multiple") ||
                                   is(j, "numerous"))) {
            take(1);
            if (is(j, "dozen")) take(1);
        }
        if (j == quantity || (j == i + 1 && year(t_[i]))) return i;
        std::size_t noun = j;  // up to three modifiers: "former", "female", "Fox News"
        while (noun < t_.size() && noun < j + 3 && t_[noun].word && !words::group_noun(t_[noun].lower) &&
               !is_any(t_[noun], "that|a|an|the|of|who|whom|which|were|are|was|is|and|or|in|on|at|to|for|with|by|"
                                 "from|had|have|has|said|say"))
            ++noun;
        if (noun >= t_.size() || !t_[noun].word || !words::group_noun(t_[noun].lower)) return i;
        if (noun + 1 < t_.size() && t_[noun + 1].word && !t_[noun + 1].capitalized && t_[noun + 1].lower.size() > 4 &&
            t_[noun + 1].lower.back() == 's' && words::person_noun(t_[noun + 1].lower.substr(0, t_[noun + 1].lower.size() - 1)))
            ++noun;  // "20 women journalists"
        FoundName found{i, noun + 1, span(i, noun + 1), NameKind::group,
                        "a count of people (\"" + t_[noun].lower + "\") with no names", "", size};
        out_.push_back(std::move(found));
        return noun + 1;
    }

    // "its entire board of directors", "the Board of Trustees": a board, named after its organization later.
    std::size_t board(std::size_t i) {
        if (t_[i].lower != "board") return i;
        std::size_t last = i + 1;
        if (last + 1 < t_.size() && t_[last].lower == "of" &&
            is_any(t_[last + 1], "directors|trustees|governors|regents|supervisors|overseers"))
            last += 2;
        bool owned = i > 0 && is_any(t_[i - 1], "its|their|entire|whole|full|'s|the");
        if (last == i + 1 && !owned) return i;
        std::string name;
        for (std::size_t k = i; k < last; ++k) name += (name.empty() ? "" : " ") + t_[k].lower;
        out_.push_back({i, last, name, NameKind::description, "a board", "board", ""});
        return last;
    }

    // "a lower court", "the Swedish appeals court": an institution named by its description.
    std::size_t described(std::size_t i) {
        if (!(t_[i].lower == "a" || t_[i].lower == "an" || t_[i].lower == "the")) return i;
        std::size_t j = i + 1;
        bool modified = false;
        while (j < t_.size() && (court_modifier(t_[j].lower) || words::descriptor(t_[j].lower))) {
            modified = true;
            ++j;
        }
        if (!modified || j >= t_.size() || !court_head(t_[j].lower)) return i;
        std::string name = span(i + 1, j + 1);
        if (t_[i + 1].capitalized && !words::descriptor(t_[i + 1].lower)) return i;
        out_.push_back({i + 1, j + 1, name, NameKind::description,
                        "an institution the article names only as \"" + name + "\"", "court", ""});
        return j + 1;
    }

    // The end of a run of capitalized words starting at `i`, with its inner connectors.
    std::size_t run_end(std::size_t i) const {
        std::size_t j = i + 1;
        bool of = false;
        while (j < t_.size()) {
            if (nickname_[j]) {
                while (j < t_.size() && nickname_[j]) ++j;
                continue;
            }
            if ((name_word(t_[j]) || romanized_given_name(t_[j])) && t_[j].begin - t_[j - 1].end <= 1) {
                ++j;
                continue;
            }
            if (j + 1 < t_.size() && name_word(t_[j + 1])) {
                const std::string& c = t_[j].lower;
                bool institution_link = c != "for" && c != "on" ? true : words::organization_head(t_[j - 1].lower);
                if (connector(c) && institution_link) {  // "Committee for …", never "Representatives for Sony"
                    of = of || c == "of" || c == "for" || c == "on";
                    j += 2;
                    continue;
                }
                if (c == "&" || (c == "and" && of)) {
                    j += 2;
                    continue;
                }
                if (c == "'s" && words::organization_head(t_[j + 1].lower) && possessive_in_name(t_[j - 1].lower)) {
                    j += 2;
                    continue;
                }
            }
            if (j + 2 < t_.size() && t_[j].lower == "of" && t_[j + 1].lower == "the" && name_word(t_[j + 2])) {
                of = true;
                j += 3;
                continue;
            }
            break;
        }
        if (j < t_.size() && (t_[j].lower == "jr." || t_[j].lower == "sr." || t_[j].lower == "iii")) ++j;
        return j;
    }

    // Lower-case words that make the run an institution: "attorney general's office".
    std::size_t institution_tail(std::size_t j) const {
        std::size_t k = j;
        while (k < t_.size() && k < j + 4 && institution_tail_word(t_[k].lower)) ++k;
        if (k < t_.size() && institution_tail_head(t_[k].lower)) return k + 1;
        return j;
    }

    std::size_t capitalized(std::size_t i) {
        bool starts = name_word(t_[i]) || (t_[i].word && (t_[i].lower[0] == '#'));
        bool year_first = (year(t_[i]) || ordinal(t_[i])) && i + 1 < t_.size() && name_word(t_[i + 1]);
        if (!starts && !year_first) return i;
        if (t_[i].lower[0] == '#') {
            out_.push_back({i, i + 1, span(i, i + 1), NameKind::campaign, "a hashtag", "", ""});
            return i + 1;
        }
        std::size_t run = run_end(i);
        bool named = false;  // "His office" is no institution's name
        for (std::size_t k = i; k < run; ++k) named = named || !words::function_word(t_[k].lower);
        std::size_t end = named ? institution_tail(run) : run;
        classify(i, end);
        return end;
    }

    // Splits the run [first, last) at titles and classifies each part.
    void classify(std::size_t first, std::size_t last) {
        // "The Atlantic", "The Washington Post": a capital "The" inside a sentence is part of the name
        std::size_t the = first > 0 && t_[first].lower == "the" && t_[first].capitalized && last - first >= 2 &&
                                  !headline_ && (t_[first - 1].word || t_[first - 1].lower == ",") ? first : last;
        while (first < last && (words::function_word(t_[first].lower) || (words::number(t_[first].lower) > 0 &&
                                                                           !year(t_[first]))))
            ++first;
        if (first >= last) return;
        keep_the_ = the == first - 1;
        // A title inside the run separates two names, unless the run ends as an institution.
        for (std::size_t k = first; k < last; ++k) {
            bool caps_title = is_any(t_[k], "mp|mep|msp|mla|mpp|td|ceo");  // "Conservative MP Charlie Elphicke"
            if (!words::title(t_[k].lower) || (all_caps(text_, t_[k]) && !caps_title)) continue;
            std::size_t after = k;
            while (after < last && words::title(t_[after].lower)) ++after;
            if (after >= last || words::organization_head(t_[last - 1].lower) || t_[after].lower == "'s") continue;
            // an occupation ("Model", "Star") is a title only before a full name: not in "Star Trek"
            if (words::person_noun(t_[k].lower) && after + 2 > last) continue;
            if (k > first) part(first, k, false, first);
            part(after, last, true, k);
            return;
        }
        bool titled = first > 0 && (words::title(t_[first - 1].lower) || words::person_noun(t_[first - 1].lower));
        part(first, last, titled, first);
    }

    // A name [first, last); `title_begin` < first when a title inside the run came before it.
    void part(std::size_t first, std::size_t last, bool titled, std::size_t title_begin) {
        bool has_year = year(t_[first]);
        std::size_t named = has_year ? first + 1 : first;
        std::string lower_last = t_[last - 1].lower;
        std::string lower_name;
        for (std::size_t k = named; k < last; ++k) lower_name += (lower_name.empty() ? "" : " ") + t_[k].lower;
        bool org_head = false;
        for (std::size_t k = named; k < last; ++k)
            if (words::organization_head(t_[k].lower) && (k + 1 == last || t_[k + 1].lower == "of" ||
                                                          t_[k + 1].lower == "for" || t_[k + 1].lower == "'s"))
                org_head = true;
        if (quoted(first, last)) return add(first, last, NameKind::work, "a title in quotation marks");
        std::size_t before = first > 0 && t_[first - 1].lower == "the" ? first - 1 : first;
        if (before > 0 && work_noun(t_[before - 1].lower) && !t_[before - 1].capitalized)
            return add(first, last, NameKind::work, "a title after \"" + t_[before - 1].lower + "\"");
        if (words::honour_head(lower_last) && last - named >= 2)
            return add(first, last, NameKind::honour, "ends in \"" + t_[last - 1].lower + "\": an award", "honour");
        if (has_year) {
            first = named;
            if (first >= last) return;
        }
        if (is_place_name(lower_name) || (last - first == 1 && words::place(lower_name) && !band_before(first)) ||
            (last - first >= 2 && words::place_head(lower_last) && !org_head))
            return add(first, last, NameKind::place, "a place");
        // "Record label drops…", "Publishing giant Condé Nast": a capitalized common noun opening a sentence
        bool common_noun_first = first == 0 && last - first == 1 && last < t_.size() && t_[last].word &&
                                 !t_[last].capitalized &&
                                 (words::organization_noun(t_[last].lower) || words::band_noun(t_[last].lower) ||
                                  words::person_noun(t_[last].lower) || t_[last].lower == "giant");
        if (org_head && common_noun_first && !all_caps(text_, t_[first])) return;
        bool before_organization_noun = last < t_.size() && t_[last].word && !t_[last].capitalized &&
                                        (words::band_noun(t_[last].lower) || is_any(t_[last], "website|site|newspaper|magazine"));
        if (before_organization_noun && !org_head && last - first >= 1 && first > 0)
            return add(first, last, NameKind::organization,
                       "named before \"" + t_[last].lower + "\"");  // "the Business Insider website"
        if (org_head) {
            std::string head;
            for (std::size_t k = first; k < last; ++k)
                if (words::organization_head(t_[k].lower)) head = t_[k].lower;
            return add(first, last, NameKind::organization, "\"" + head + "\" names an organization",
                       category_of(lower_name));
        }
        // "South Chungcheong province", "New York state": a place named before its lower-case kind
        if (last < t_.size() && t_[last].word && !t_[last].capitalized &&
            is_any(t_[last], "province|state|county|region|district|prefecture|city|island|oblast|canton"))
            return add(first, last, NameKind::place, "a place: before \"" + t_[last].lower + "\"");
        auto describes = [](const std::string& w) {  // "Korean", "Koreans"
            return words::descriptor(w) || (w.size() > 3 && w.ends_with("s") && words::descriptor(w.substr(0, w.size() - 1)));
        };
        bool before_place = words::place(lower_last);  // "South Korea"
        for (std::size_t k = first; k + 1 < last; ++k) before_place = before_place && words::descriptor(t_[k].lower);
        if (before_place && last - first >= 2) return add(first, last, NameKind::place, "a place");
        if (last - first == 1) {
            if (describes(lower_last) && !words::descriptor(lower_last)) return;  // "Koreans"
            return single(first, titled, title_begin);
        }
        bool described = true;  // "Roman Catholic" describes, it names no one
        for (std::size_t k = first; k < last; ++k) described = described && describes(t_[k].lower);
        if (described) return;
        if (words::descriptor(lower_last)) return;  // "Prominent South Korean" is no one's name
        // a person: strip descriptors ("Frenchman", "Democrat") that a name never starts with
        std::size_t start = first;
        while (start + 1 < last && words::descriptor(t_[start].lower)) ++start;
        // "Foreign Affairs MJ Akbar": the name starts at initials or a given name inside the run
        auto starts_name = [&](const Token& w) {  // "MJ", "J.D." or a given name; "J." is a middle initial
            return (initials(text_, w) && w.lower.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos &&
                    std::count_if(w.lower.begin(), w.lower.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }) >= 2) ||
                   words::gender(w.lower) != 0;
        };
        bool given_first = starts_name(t_[start]);
        // one unknown word before a given name is a given name too ("actress Evan Rachel Wood"), unless it
        // opens the sentence or names an occupation ("Financier Jeffrey Epstein")
        for (std::size_t k = start + 1; k + 1 < last && !given_first; ++k)
            if (starts_name(t_[k])) {
                bool one_word = k == start + 1;
                if (one_word && first != 0 && !words::person_noun(t_[start].lower) && !words::descriptor(t_[start].lower))
                    break;
                start = k;
                break;
            }
        // "Rocker Marilyn Manson" opening a sentence: an occupation, capitalized only by its place
        const std::string& opening = t_[start].lower;
        bool occupation = start == 0 && last - start >= 3 && !starts_name(t_[start]) && opening.size() > 4 &&
                          (opening.ends_with("er") || opening.ends_with("or") || opening.ends_with("ist") ||
                           opening.ends_with("ian") || opening.ends_with("ess"));
        if (occupation) ++start;
        if (last - start - static_cast<std::size_t>(std::count(nickname_.begin() + static_cast<std::ptrdiff_t>(start),
                                                               nickname_.begin() + static_cast<std::ptrdiff_t>(last), true)) > 4)
            return;
        if (words::title(t_[last - 1].lower) && !words::person_noun(t_[last - 1].lower) && last - start >= 2)
            return;  // "Defence Secretary", "Attorney General": a post, not a person
        for (std::size_t k = start; k < last; ++k)
            if (!nickname_[k] && (!t_[k].word || (!t_[k].capitalized && !t_[k].camel && !connector(t_[k].lower)) ||
                                  (words::function_word(t_[k].lower) && !connector(t_[k].lower))))
                return;  // "Available On Air Stations" is page furniture, not a name
        if (words::place(t_[last - 1].lower) && is_any(t_[start], "west|east|north|south|new|upper|lower|central"))
            return add(start, last, NameKind::place, "a place");
        if (start >= 2 && t_[start - 1].lower == "," && words::organization_noun(t_[start - 2].lower))
            return add(start, last, NameKind::organization,
                       "named after \"" + t_[start - 2].lower + "\"");  // "his company, Pig Newton,"
        if (last - start == 1) {
            if (words::title(t_[start].lower) || words::person_noun(t_[start].lower)) return;  // "Reporter"
            return single(start, true, start);
        }
        for (std::size_t k = start + 1; k < last; ++k)
            if (is_any(t_[k], "of|for|on")) return part(start, k, titled, title_begin);  // "Brown" of "Sexual Misconduct"
        add(start, last, NameKind::person, "a person's name: capitalized words naming no organization or place");
        out_.back().titled = titled;
        out_.back().unsure = headline_;
    }

    bool band_before(std::size_t k) const { return k > 0 && words::band_noun(t_[k - 1].lower); }

    void single(std::size_t k, bool titled, std::size_t title_begin) {
        const Token& w = t_[k];
        if (words::descriptor(w.lower)) return;  // "Spanish football federation": no one called Spanish
        if (acronym(w) && all_caps(text_, w))
            return add(k, k + 1, NameKind::organization, "an acronym", category_of(w.lower));
        if (band_before(k))
            return add(k, k + 1, NameKind::organization, "named after \"" + t_[k - 1].lower + "\"", "");
        if (titled && !headline_) {
            std::size_t from = title_begin < k ? title_begin : k;  // "Pope Francis"; "actor Rapp" is "Rapp"
            add(from, k + 1, NameKind::person, "a name after the title \"" + t_[title_begin < k ? title_begin : k - 1].lower + "\"");
            out_.back().titled = true;
            return;
        }
        bool after_the = k > 0 && t_[k - 1].lower == "the" && !words::title(w.lower);
        bool modifier = k + 1 < t_.size() && t_[k + 1].word && !t_[k + 1].capitalized &&
                        (words::person_noun(t_[k + 1].lower) || words::organization_noun(t_[k + 1].lower) ||
                         words::group_noun(t_[k + 1].lower));
        if (after_the && !modifier && w.lower.find('-') == std::string::npos)
            return add(k, k + 1, NameKind::organization, "\"the\" before a single name", "");
        add(k, k + 1, NameKind::unknown, "a single capitalized word");
    }

    static std::string category_of(const std::string& lower) {
        auto has = [&](const char* w) { return (" " + lower + " ").find(std::string(" ") + w + " ") != std::string::npos; };
        if (has("court") || has("tribunal")) return "court";
        if (has("police") || has("sheriff's") || has("patrol")) return "police";
        if (has("attorney") || has("prosecutor") || has("prosecutors") || has("attorney's")) return "prosecutor";
        if (has("academy")) return "academy";
        if (has("guild") || has("union")) return "guild";
        if (has("news") || has("times") || has("post") || has("journal") || has("magazine") || has("press") ||
            has("tv") || has("television") || has("radio") || has("newspaper"))
            return "media";
        if (has("ministry") || has("government") || has("senate") || has("congress") || has("parliament") ||
            has("department"))
            return "government";
        if (has("records") || has("music") || has("company") || has("inc.") || has("corp.") || has("studios") ||
            has("pictures") || has("entertainment"))
            return "company";
        return "other";
    }

    void add(std::size_t first, std::size_t last, NameKind kind, std::string reason, std::string category = "") {
        std::size_t from = keep_the_ && kind == NameKind::organization && first > 0 ? first - 1 : first;
        out_.push_back({from, last, span(from, last), kind, std::move(reason), std::move(category), ""});
        keep_the_ = false;
    }

    std::string_view text_;
    const std::vector<Token>& t_;
    bool headline_;
    std::vector<bool> nickname_;  // per token: inside a nickname in quotation marks
    bool keep_the_ = false;  // the name being classified began with a capital "The" inside the sentence
    std::vector<FoundName> out_;
};

}  // namespace

std::vector<FoundName> find_names(std::string_view text, const std::vector<Token>& tokens, bool headline) {
    return Finder(text, tokens, headline).run();
}

bool is_title_case(const std::vector<Token>& tokens) {
    if (!tokens.empty() && tokens.back().lower == ".") return false;  // a headline has no full stop
    int long_words = 0, capitalized = 0;
    for (const auto& t : tokens) {
        if (!t.word || t.lower.size() < 4) continue;
        ++long_words;
        if (t.capitalized) ++capitalized;
    }
    return long_words >= 5 && capitalized * 10 >= long_words * 8;
}

std::string acronym_of(std::string_view name) {
    std::string out;
    bool word_start = true;
    bool caps_word = false;
    for (std::size_t i = 0; i <= name.size(); ++i) {
        char c = i < name.size() ? name[i] : ' ';
        if (c == ' ' || c == '-') {
            word_start = true;
            continue;
        }
        if (word_start) {
            word_start = false;
            caps_word = std::isupper(static_cast<unsigned char>(c)) != 0;
            // an all-capital word gives all its letters: USA Gymnastics → USAG
            std::size_t end = name.find(' ', i);
            std::string_view word = name.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
            bool all = word.size() > 1;
            for (char w : word)
                if (std::isalpha(static_cast<unsigned char>(w)) && !std::isupper(static_cast<unsigned char>(w))) all = false;
            if (all) {
                for (char w : word)
                    if (std::isalpha(static_cast<unsigned char>(w))) out += static_cast<char>(std::tolower(w));
                i += word.size() - 1;
                continue;
            }
            if (caps_word) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return out;
}

}  // namespace allegraph
