#include "importers/event_triggers.hpp"

#include <algorithm>
#include <string>

namespace allegraph {
namespace {

constexpr Frame V = Frame::verb, N = Frame::noun, I = Frame::intransitive;

// Ordered: where two triggers match the same words, the longer wins, then the earlier.
const std::vector<Trigger>& table() {
    static const std::vector<Trigger> t = {
        // legal steps that did not happen
        {"charges|allegations|accusations|case|cases|counts|claims ~6 were|was|been|be|are|is dropped|withdrawn|dismissed",
         "charge", V, "completed", "", false, true},
        {"dropped|dismissed|withdrew|withdrawn ~2 the|all|its|their? charges|case", "charge", V, "completed", "", false, true},
        {"dropping|dismissal|withdrawal of ~3 charges|charge|accusations|allegations|case|complaint|complaints",
         "charge", N, "completed", "against", false, true},
        {"declined|decline|declines|refused|refuses ~1 to charge|prosecute", "charge", V, "completed", "", false, true},
        {"declined|decline|declines|refused|refuses ~1 to press|file|bring charges", "charge", V, "completed", "", false, true},
        {"no charges", "charge", N, "completed", "", false, true},
        {"charges|charge ~2 have|has|had|were|was|been ~2 laid|filed|brought|pressed", "charge", V, "completed", "",
         false, false, false, true},
        // allegations
        {"accuse|accused|accuses|accusing", "allegation", V, "", ""},
        {"allege|alleged|alleges|alleging", "allegation", V, "", ""},
        {"allegedly", "allegation", V, "", ""},
        {"allegation|allegations|accusation|accusations", "allegation", N, "", ""},
        {"claim|claims ~3 of|against", "allegation", N, "", ""},
        {"complaint|complaints", "allegation", N, "", ""},
        {"reports|report ~1 of ~2 misconduct|harassment|abuse|assault|rape|groping|behavior|behaviour", "allegation", N,
         "", ""},
        {"raped|rape|rapes|raping", "allegation", V, "", "", false, false, true},
        {"sexually? assaulted|assaulting|assault|assaults", "allegation", V, "", "", false, false, true},
        {"sexually? harassed|harassing|harass|harasses", "allegation", V, "", "", false, false, true},
        {"sexually abused|abusing|abuse|abuses", "allegation", V, "", "", false, false, true},
        {"abused|molested|molesting|groped|groping", "allegation", V, "", "", false, false, true},
        {"made|make|makes|making ~3 advances", "allegation", V, "", "", false, false, true},
        {"touched|touching ~3 inappropriately", "allegation", V, "", "", false, false, true},
        {"inappropriately touched|touching", "allegation", V, "", "", false, false, true},
        {"exposed himself|herself", "allegation", V, "", "", false, false, true},
        {"touched|kissed|grabbed|groped|fondled|propositioned", "allegation", V, "", "", false, false, true},
        {"acted|behaved ~1 inappropriately", "allegation", V, "", "", false, false, true},
        // denials and apologies
        {"deny|denied|denies|denying", "denial", I, "", ""},
        {"denial|denials", "denial", N, "", ""},
        {"rejected|rejects|reject|disputed|disputes|dispute ~3 allegations|accusations|claims|charges|allegation|accusation",
         "denial", I, "", ""},
        {"no merit", "denial", N, "", ""},
        {"object|objects|objected|objecting to ~2 allegations|accusations|claims|allegation|accusation", "denial", I,
         "", ""},
        {"did|done|does ~1 nothing wrong", "denial", I, "", ""},
        {"called|calls|characterized|characterizes|described|describes|dismissed|dismisses ~3 allegations|accusations|claims|allegation|accusation|reports ~~3 false|untrue|inaccurate|baseless|unfounded|lies|fabricated|nonsense|ridiculous",
         "denial", I, "", ""},
        {"allegations|accusations|claims|allegation|accusation ~3 are|were|is|was ~1 false|untrue|inaccurate|baseless|unfounded|lies|fabricated",
         "denial", N, "", ""},
        {"pleaded|pleads|pled not guilty", "denial", I, "", ""},
        {"maintained|maintains|maintain ~2 innocence", "denial", I, "", ""},
        {"apologize|apologized|apologizes|apologizing|apologise|apologised|apologises|apologising", "apology", I, "",
         "to"},
        {"apology|apologies", "apology", N, "", "to"},
        {"expressed|expresses regret", "apology", I, "", "to"},
        {"is|was|am|'m ~1 sorry", "apology", I, "", "to"},
        {"acknowledged|acknowledging|acknowledges|admitted|admitting|admits ~2 wrongdoing|misconduct|mistakes",
         "apology", I, "", "to"},
        // institutional responses
        {"expel|expelled|expels|expelling", "expulsion", V, "completed", "", true},
        {"expulsion", "expulsion", N, "completed", "", true},
        {"defrock|defrocked|defrocks|defrocking|laicize|laicized|laicised|excommunicate|excommunicated",
         "expulsion", V, "completed", "", true},
        {"defrocking|laicization|excommunication", "expulsion", N, "completed", "", true},
        {"dismissed|dismissal from the clerical state", "expulsion", V, "completed", "", true},
        {"kicked|kicks|kick ~2 out of", "expulsion", V, "completed", "", true},
        {"banned|barred ~2 for life", "expulsion", V, "completed", "", true},
        {"lifetime|life|permanent ban", "expulsion", N, "completed", "on|against", true},
        {"suspend|suspended|suspends|suspending", "suspension", V, "completed", "", true},
        {"suspension", "suspension", N, "completed", "", true},
        {"placed|place|places|placing|put|puts|putting ~4 on a|an? paid|administrative|indefinite|unpaid|immediate? leave",
         "suspension", V, "completed", "", true},
        {"is|was|are|were|remains|remained|went|goes ~1 on a|an? paid|administrative|indefinite|unpaid|immediate? leave",
         "suspension", V, "completed", "", true, false, false, true},
        {"removed|removes|remove ~3 from ~2 responsibilities|duties", "suspension", V, "completed", "", true},
        {"halt|halts|halted|halting|pause|pauses|paused|pausing ~2 distribution|production|broadcast|broadcasts|airing|sales",
         "suspension", V, "completed", "of", true},
        {"banned|barred|bans|bars from", "suspension", V, "completed", "", true},
        {"banned|barred|bans|bars|ban ~~8 for life", "expulsion", V, "completed", "", true},
        {"banned|barred", "suspension", V, "completed", "", true},
        {"provisional|temporary|interim|indefinite? ban|bans", "suspension", N, "completed", "on|against", true},
        {"terminate|terminated|terminates|terminating ~3 employment", "firing", V, "completed", "", true},
        {"terminate|terminated|terminates|terminating ~3 relationship|relationships|agreement|agreements|deal|deals|partnership|partnerships|ties|association|sponsorship|endorsement|membership|contract|contracts",
         "termination", V, "completed", "with", true},
        {"termination proceedings", "termination_proceedings", N, "started", "against|for", true},
        {"impeachment proceedings|process|inquiry|investigation?", "termination_proceedings", N, "started", "against|of",
         true},
        {"disciplinary proceedings|process|hearing|hearings", "termination_proceedings", N, "started", "against|for", true},
        {"termination", "termination", N, "completed", "of|with", true},
        {"ended|ends|end|ending ~3 relationship|relationships|partnership|partnerships|ties|association|contract|contracts|deal|deals|sponsorship|affiliation|support",
         "termination", V, "completed", "with", true},
        {"cut|cuts|cutting|severed|severs|sever ties", "termination", V, "completed", "with", true},
        {"parted|part|parts|parting ways", "termination", V, "completed", "with", true},
        {"dropped|drop|drops|dropping", "termination", V, "completed", "", true},
        {"canceled|cancelled|cancels|cancel|canceling|cancelling ~4 agreement|agreements|contract|contracts|deal|deals|partnership|sponsorship|endorsement|relationship",
         "termination", V, "completed", "with", true},
        {"pulled|pulls|pull|withdrew|withdraws|withdraw|withdrawn ~2 support|endorsement|funding|sponsorship",
         "termination", V, "completed", "from|for", true},
        {"quit|quits|stopped|stops|halted|ended ~1 fundraising|campaigning|working|raising", "termination", V,
         "completed", "for|with", true},
        {"fire|fired|fires", "firing", V, "completed", "", true},
        {"terminated", "firing", V, "completed", "", true},
        {"firing", "firing", N, "completed", "", true},
        {"sacked|sacks|sack|ousted|ousts|oust", "firing", V, "completed", "", true},
        {"ouster|sacking|dismissal", "firing", N, "completed", "", true},
        {"dismissed|dismisses|dismiss", "firing", V, "completed", "", true},
        {"let go", "firing", V, "completed", "", true},
        {"removed|removes|remove ~3 from his|her|their post|position|role|job|duties", "firing", V, "completed", "",
         true},
        {"resign|resigned|resigns|resigning", "resignation", I, "completed", "from|as"},
        {"declined|declines|renounced|renounces|returned|returns|relinquished|relinquishes ~3 award|medal|prize|honour|honor|fellowship|degree|title|knighthood",
         "resignation", I, "completed", ""},
        {"leave|leaves|left|leaving office", "resignation", I, "completed", "from|as"},
        {"leave|leaves|left|leaving his|her|their post|position|job|seat", "resignation", I, "completed", "from|as"},
        {"resignation|resignations", "resignation", N, "completed", "from|as"},
        {"stepped|steps|step|stepping down", "resignation", I, "completed", "from|as"},
        {"quit|quits ~1 as|his|her|their|the", "resignation", I, "completed", "as"},
        {"revoke|revoked|revokes|revoking|rescind|rescinded|rescinds|rescinding", "revocation", V, "completed", ""},
        {"revocation", "revocation", N, "completed", "of"},
        {"remove|removed|removes|removing|strip|stripped ~3 name|names", "revocation", V, "completed", "", true},
        {"strip|stripped|strips|stripping ~3 of ~3 membership|rights|priesthood|status|ordination|credentials",
         "expulsion", V, "completed", "", true},
        {"strip|stripped|strips|stripping", "revocation", V, "completed", ""},
        {"withdraw|withdrew|withdrawn|withdraws|withdrawing ~3 award|honour|honor|prize|title|degree|medal|nomination|invitation|knighthood|doctorate",
         "revocation", V, "completed", ""},
        {"won't|wouldn't|not ~1 give|present|award|honor|honour|bestow", "revocation", V, "completed", "to",
         false, false, false},
        {"took|takes|take ~3 back", "revocation", V, "completed", ""},
        {"lost his|her|the distinction|award|honour|honor|title|medal|knighthood", "revocation", I, "completed", ""},
        {"investigate|investigated|investigates|investigating", "investigation", V, "started", ""},
        {"investigation|investigations|probe|probes|inquiry|inquiries", "investigation", N, "started", "into|of"},
        {"look|looking|looked|looks into", "investigation", V, "started", ""},
        {"review|reviews into", "investigation", N, "started", "into"},
        {"review|reviewing|reviews|reviewed ~3 allegations|allegation|complaint|complaints|claims|accusations",
         "investigation", V, "started", ""},
        {"to determine if|whether", "investigation", I, "started", ""},
        {"task force", "task_force", N, "", ""},
        {"new policy|policies|rules|guidelines", "policy_change", N, "completed", ""},
        {"code of conduct", "policy_change", N, "completed", ""},
        {"voted|votes|vote ~1 to|for|against", "vote", V, "completed", ""},
        // legal steps
        {"settle|settled|settles|settling", "settlement", I, "completed", "with"},
        {"settlement|settlements", "settlement", N, "completed", "with"},
        {"filed|files|file ~3 complaint|lawsuit|suit|grievance|complaints|lawsuits", "complaint", I, "completed",
         "against|about"},
        {"lawsuit|lawsuits|suit", "complaint", N, "completed", "against"},
        {"wrongful|civil|federal|formal|legal|criminal|police ~1 complaint|complaints", "complaint", N, "completed",
         "against"},
        {"sued|sues|sue|suing", "complaint", V, "completed", ""},
        {"charged|charges|charge|charging with", "charge", V, "completed", ""},
        {"charged", "charge", V, "completed", ""},
        {"criminal charges|charge|counts", "charge", N, "completed", "against"},
        {"filed|brought|pressed|laid|faces|faced|facing|file|bring|press ~2 charges|counts", "charge", V, "completed",
         "against"},
        {"indicted|indicts|indict|chargesheeted|charge-sheeted", "charge", V, "completed", ""},
        {"returned|unsealed|filed|issued|secured|obtained|brought ~2 indictment|indictments", "charge", V, "completed",
         "of|against"},
        {"arrest|arrested|arrests|arresting", "arrest", V, "completed", ""},
        {"taken into custody", "arrest", V, "completed", ""},
        {"stand|stands|stood|standing|face|faces|faced|facing|go|goes|went|on|to trial|retrial", "trial", V, "completed",
         "", false, false, false, true},
        {"trial|retrial", "trial", N, "completed", "of"},
        {"convict|convicted|convicts|convicting", "conviction", V, "completed", ""},
        {"conviction|convictions", "conviction", N, "completed", "of"},
        {"found|finds|find ~~30 not guilty", "acquittal", V, "completed", ""},
        {"found|finds|find ~~30 guilty", "conviction", V, "completed", ""},
        {"pleaded|pleads|pled guilty", "conviction", I, "completed", ""},
        {"guilty verdict", "conviction", N, "completed", "against"},
        {"acquit|acquitted|acquits|acquitting", "acquittal", V, "completed", ""},
        {"quash|quashed|quashes|quashing|overturn|overturned|overturns|overturning|vacated|vacates ~3 conviction|convictions|verdict|verdicts",
         "acquittal", V, "completed", ""},
        {"conviction|convictions ~4 quashed|overturned|vacated", "acquittal", N, "completed", "of"},
        {"acquittal", "acquittal", N, "completed", "of"},
        {"cleared of", "acquittal", V, "completed", ""},
        {"sentenced|sentencing", "sentence", V, "completed", ""},
        {"increased|lengthened|extended|reduced|cut|doubled|upheld ~2 prison|jail? sentence|term", "sentence", V,
         "completed", ""},
        {"prison|jail sentence|term", "sentence", N, "completed", ""},
        {"jailed|imprisoned for", "sentence", V, "completed", ""},
        // personal and campaign events
        {"filed|files|file for divorce", "divorce_filing", I, "completed", ""},
        {"started|launched|created the hashtag", "campaign_launch", I, "", ""},
    };
    return t;
}

struct Element {
    std::vector<std::string> words;  // alternatives
    bool optional = false;
    int skip = 0;                    // ~N
    bool commas = false;             // ~~N: commas and quotation marks may be skipped too
};

std::vector<Element> parse(std::string_view pattern) {
    std::vector<Element> out;
    while (!pattern.empty()) {
        auto space = pattern.find(' ');
        std::string_view part = pattern.substr(0, space);
        pattern = space == std::string_view::npos ? std::string_view() : pattern.substr(space + 1);
        Element e;
        if (part[0] == '~') {
            e.commas = part.size() > 1 && part[1] == '~';
            e.skip = std::stoi(std::string(part.substr(e.commas ? 2 : 1)));
            out.push_back(e);
            continue;
        }
        if (part.back() == '?') {
            e.optional = true;
            part.remove_suffix(1);
        }
        while (!part.empty()) {
            auto bar = part.find('|');
            e.words.emplace_back(part.substr(0, bar));
            part = bar == std::string_view::npos ? std::string_view() : part.substr(bar + 1);
        }
        out.push_back(std::move(e));
    }
    return out;
}

const std::vector<std::vector<Element>>& parsed() {
    static const std::vector<std::vector<Element>> p = [] {
        std::vector<std::vector<Element>> out;
        for (const auto& t : table()) out.push_back(parse(t.pattern));
        return out;
    }();
    return p;
}

bool word_is(const Token& t, const std::vector<std::string>& words) {
    return std::find(words.begin(), words.end(), t.lower) != words.end();
}

// The end of a match of elements[e..] at token k, or 0 when none.
std::size_t match(const std::vector<Element>& elements, std::size_t e, const std::vector<Token>& tokens, std::size_t k) {
    if (e == elements.size()) return k;
    const Element& el = elements[e];
    if (el.skip) {
        for (int n = 0; n <= el.skip; ++n) {
            if (std::size_t end = match(elements, e + 1, tokens, k + static_cast<std::size_t>(n))) return end;
            std::size_t at = k + static_cast<std::size_t>(n);
            if (at >= tokens.size()) break;
            bool skippable = tokens[at].word || (el.commas && (tokens[at].lower == "," || tokens[at].lower == "\""));
            if (!skippable) break;
        }
        return 0;
    }
    if (k < tokens.size() && word_is(tokens[k], el.words))
        if (std::size_t end = match(elements, e + 1, tokens, k + 1)) return end;
    return el.optional ? match(elements, e + 1, tokens, k) : 0;
}

}  // namespace

std::vector<TriggerMatch> find_triggers(const std::vector<Token>& tokens) {
    std::vector<TriggerMatch> all;
    const auto& patterns = parsed();
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        if (!tokens[k].word) continue;
        for (std::size_t i = 0; i < patterns.size(); ++i) {
            std::size_t end = match(patterns[i], 0, tokens, k);
            if (end > k) all.push_back({&table()[i], k, end, k});
        }
    }
    // longest first at each start; then drop what overlaps an earlier-kept, longer match
    std::stable_sort(all.begin(), all.end(), [](const TriggerMatch& a, const TriggerMatch& b) {
        return a.last - a.first > b.last - b.first;
    });
    std::vector<TriggerMatch> kept;
    for (const auto& m : all) {
        bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const TriggerMatch& k) {
            // "reviewed evidence relating to claims of …": the last word of one trigger may begin another
            // ("a review of sexual misconduct allegations" is a review and allegations; "filed a defamation
            // complaint" is one complaint)
            bool shares_a_noun = k.trigger->type != m.trigger->type && m.first + 1 == k.last && m.first > k.first &&
                                 (m.last > k.last || (m.trigger->type == "allegation" && k.trigger->type != "complaint"));
            return m.first < k.last && k.first < m.last && !shares_a_noun;
        });
        if (!overlaps) kept.push_back(m);
    }
    std::sort(kept.begin(), kept.end(), [](const TriggerMatch& a, const TriggerMatch& b) { return a.first < b.first; });
    return kept;
}

}  // namespace allegraph
