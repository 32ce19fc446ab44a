#include "importers/event_rules.hpp"

#include <algorithm>
#include <set>

#include "importers/trigger_dates.hpp"
#include "importers/name_words.hpp"

namespace allegraph {
namespace {

using namespace grammar;

constexpr std::string_view kCalls =
    "threatened|threatens|threaten|threatening|urged|urges|urge|urging|demanded|demands|demanding|demand|called|calls|"
    "calling|call|push|pushed|pushes|pushing|asked|asks|asking|ask|wants|wanted|want|consider|considers|considering|"
    "considered|pressure|pressured|pressuring|petitioned|lobbied|lobbying|seek|seeks|sought|seeking|weighing|weighs|"
    "mulling|whether|if|unless|could|might|may|should|hopes|hope|hoped";
constexpr std::string_view kPending =
    "will|would|'ll|shall|plans|plan|planned|planning|intends|intend|intended|set|expected|going|scheduled|due|poised|"
    "likely|is|are";
constexpr std::string_view kStarted =
    "moves|moved|move|moving|process|proceedings|procedures|procedure|began|begun|begin|begins|started|starts|start|"
    "initiated|initiate|instituted|institute|opened|launched|steps|step";
constexpr std::string_view kNegation =
    "not|never|no|didn't|doesn't|don't|hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't|won't|wouldn't|can't|"
    "couldn't|declined|refused|failed|yet";
constexpr std::string_view kDoVerbs =
    "launched|launch|launches|opened|open|opens|began|begun|begin|begins|started|start|starts|announced|announce|"
    "announces|ordered|order|orders|commissioned|commission|commissions|conducted|conduct|conducting|conducts|"
    "initiated|initiate|initiates|agreed|agree|agrees|reached|reach|reaches|paid|pay|pays|imposed|impose|imposes|"
    "issued|issue|issues|handed|hand|instituted|institute|institutes|created|create|creates|formed|form|forms|set|"
    "made|make|makes|brought|bring|filed|file|leveled|levelled|raised|repeated|came|come|"
    "comes|detailed|details|faces|face|faced|facing|dropped|adopted|adopt|adopts|"
    "unveiled|unveil|introduced|introduce|approved|approve";

std::string nature_of(const std::vector<Token>& tokens, std::size_t from) {
    std::string text;
    for (std::size_t k = from; k < tokens.size(); ++k) text += tokens[k].lower + " ";
    if (text.find("rape") != std::string::npos || text.find("raping") != std::string::npos) return "rape";
    if (text.find("assault") != std::string::npos || text.find("abus") != std::string::npos ||
        text.find("molest") != std::string::npos || text.find("grop") != std::string::npos)
        return "assault";
    if (text.find("harass") != std::string::npos || text.find("advances") != std::string::npos) return "harassment";
    return "misconduct";
}
class SentenceReader : public TriggerDates {
public:
    explicit SentenceReader(const SentenceContext& s) : TriggerDates(s) {}

    std::vector<Candidate> read() {
        std::vector<Candidate> out;
        agents_.assign(matches_.size(), {});
        patients_.assign(matches_.size(), {});
        passive_.assign(matches_.size(), false);
        dates_.assign(matches_.size(), std::nullopt);
        for (std::size_t i = 0; i < matches_.size(); ++i) {
            current_ = i;
            for (auto& c : build(matches_[i])) out.push_back(std::move(c));
        }
        return out;
    }

private:
    enum class Mood { plain, pending, started, skip };

    Mood mood(const TriggerMatch& m) const {
        std::size_t h = m.head;
        std::size_t from = h > 7 ? h - 7 : 0;
        for (std::size_t k = from; k < h; ++k) {
            if (is_any(t_[k], kLeftBoundary) && !is_any(t_[k], "if|unless")) from = k + 1;
        }
        for (std::size_t k = from; k < h; ++k)
            if (is_any(t_[k], kCalls)) return Mood::skip;
        // "calls from top Democrats, including Biden, that he step down": the content of a call
        if (from > 0 && t_[from - 1].lower == "that")
            for (std::size_t k = from - 1 > 12 ? from - 13 : 0; k + 1 < from; ++k)
                if (is_any(t_[k], "calls|call|demands|demand|demanded|urged|pressure|petition|requests|request|asked"))
                    return Mood::skip;
        // "an accusation from his former assistant that she was forced to quit": what is alleged, not a fact
        if (from > 0 && t_[from - 1].lower == "that" && !alleges(*m.trigger))
            for (std::size_t k = from - 1 > 8 ? from - 9 : 0; k + 1 < from; ++k)
                if (is_any(t_[k], "accusation|accusations|allegation|allegations|claim|claims|complaint")) return Mood::skip;
        if (should_conditional(h)) return Mood::skip;
        std::size_t verb = h;  // "expected to announce his resignation": the noun is what the verb would do
        if (frame_of(m) == Frame::noun) {
            std::size_t k = h;
            while (k > 0 && is_any(t_[k - 1], "his|her|its|their|the|a|an")) --k;
            if (k > 0 && is_any(t_[k - 1], "announce|submit|tender|offer|hand|launch|open|file|reach|impose")) verb = k - 1;
        }
        if (verb > 0 && t_[verb - 1].lower == "to") {
            std::size_t k = verb - 1;
            while (k > 0 && (in_date(k - 1) || adverb(t_[k - 1]) || t_[k - 1].lower == "\"")) --k;
            if (k > 0 && is_any(t_[k - 1], kStarted)) return Mood::started;
            if (k > 0 && is_any(t_[k - 1], kPending)) return Mood::pending;
            if (k > 1 && t_[k - 1].lower == "move" && t_[k - 2].lower == "a") return Mood::started;
        }
        std::size_t reach = m.trigger->frame == Frame::noun ? 6 : 4;  // "will reportedly launch its own investigation"
        for (std::size_t k = h > reach ? h - reach : 0; k < h; ++k) {
            if (!is_any(t_[k], "will|would|'ll|shall|wouldn't|won't|must") || m.trigger->type == "revocation") continue;
            // "will be conducting a joint criminal investigation": under way, not only planned
            bool under_way = k + 2 < h && t_[k + 1].lower == "be" && t_[k + 2].lower.ends_with("ing");
            return under_way && m.trigger->type == "investigation" ? Mood::started : Mood::pending;
        }
        // "announced he was resigning": a progressive in a report is what is about to happen
        if (m.trigger->definition->punctual && t_[h].lower.ends_with("ing") && h > 0 &&
            is_any(t_[h - 1], "is|are|was|were|'s|'re|am") && speech_before(h))
            return Mood::pending;
        return Mood::plain;
    }

    // "should Moore still defeat Jones, he would push…": an inverted condition before the trigger.
    bool should_conditional(std::size_t h) const {
        for (std::size_t k = 0; k + 1 < h; ++k)
            if (t_[k].lower == "should" && covering(k + 1)) return true;
        return false;
    }

    bool negated(const TriggerMatch& m) const {
        if (m.trigger->negative) return true;
        if (is_any(t_[m.first], "won't|wouldn't|not")) return false;  // the trigger's own words: "won't give" revokes
        for (std::size_t k = m.first + 1; k < m.last; ++k)  // "Charges have not been laid"
            if (is_any(t_[k], "not|never|n't|hasn't|haven't|weren't|wasn't")) return true;
        std::size_t h = m.head;
        for (std::size_t k = h > 4 ? h - 4 : 0; k < h; ++k) {
            if (is_any(t_[k], kLeftBoundary) || t_[k].lower == ",") continue;
            if (is_any(t_[k], kNegation) && !(k + 1 < size() && is_any(t_[k + 1], "only|longer|doubt"))) {
                bool interrupted = false;
                for (std::size_t j = k + 1; j < h; ++j)
                    if (is_any(t_[j], ",|;|that|and|but") || covering(j)) interrupted = true;
                if (!interrupted) return true;
            }
        }
        return false;
    }

    bool done_at_once(const TriggerMatch& m) const {
        for (std::size_t k = m.last; k < size() && k < m.last + 3; ++k)
            if (is_any(t_[k], "immediately")) return true;
        return false;
    }

    // A verb pattern's word used as a noun: "Epstein's arrest", "the suspension", "his firing".
    Frame frame_of(const TriggerMatch& m) const {
        bool determined = m.head > 0 && is_any(t_[m.head - 1], "'s|'|his|her|its|their|the|a|an");
        bool participle = t_[m.head].lower.ends_with("ed");  // "the fired anchor" is an adjective
        return m.trigger->frame == Frame::verb && determined && !participle && m.first == m.head ? Frame::noun
                                                                                              : m.trigger->frame;
    }

    // "the investigation", "its review": a noun that points at one the article is about.
    bool definite(const TriggerMatch& m) const {
        return m.trigger->frame == Frame::noun && m.first > 0 && is_any(t_[m.first - 1], "the|its|their|his|her");
    }

    bool prospective_noun(const TriggerMatch& m) const {
        for (std::size_t k = m.first > 6 ? m.first - 6 : 0; k < m.first; ++k)
            if (is_any(t_[k], "will|would|hearing|proposed|possible|potential|consider|considering|recommended|"
                          "recommends|recommend|seek|seeking|sought|vote|threat|threatened"))
                return true;
        return false;
    }

    // The trigger is in an "after …" clause that follows the previous trigger's clause.
    bool after_clause(const TriggerMatch& m) const {
        for (std::size_t k = matches_[current_ - 1].last; k < m.first; ++k) {
            if (t_[k].lower == "after") return true;
            if (is_any(t_[k], ";|that|which|who|before|because|but|and")) return false;
        }
        return false;
    }

    struct Roles {
        std::vector<const Mention*> agent, patient, object;
        int implied_patient = -1;  // an entity the sentence does not name: the article's main person
    };

    std::vector<Candidate> build(const TriggerMatch& m) {
        const Trigger& trigger = *m.trigger;
        Mood how = mood(m);
        if (how == Mood::skip) return {};
        if ((frame_of(m) == Frame::noun || t_[m.head].lower.ends_with("ing")) &&
            word_at(m.last, "court|courts|judge|judges|lawyer|lawyers|attorney|date|run|balloon|period|hearing|"
                            "hearings|guidelines|memo|phase"))
            return {};  // "the trial court", "his sentencing hearing": a modifier, not the act
        // "procedures for investigating harassment" names an activity; "including settling a claim" an act
        bool gerund = t_[m.head].lower.ends_with("ing") && m.head > 0 &&
                      is_any(t_[m.head - 1], "for|of|to|about|against|with|in|on|at");
        if (gerund && !alleges(trigger)) return {};  // "procedures for investigating harassment"
        bool passive = frame_of(m) == Frame::verb && (passive_at(m) || joined_to_passive());
        passive_[current_] = passive;
        Roles roles = alleges(trigger) ? allegation_roles(m, passive) : response_roles(m, passive);
        if (alleges(trigger)) drop_publishers(roles.agent);
        if (alleges(trigger) && roles.patient.empty() && roles.implied_patient < 0) return {};
        agents_[current_] = roles.agent;
        patients_[current_] = roles.patient;
        Candidate c;
        c.type = std::string(trigger.type);
        if (c.type == "complaint" && complaint_to_employer(m)) {  // an allegation, in the vocabulary's words
            if (roles.patient.empty()) return {};
            c.type = first_type(&EventTypeDefinition::nature);
        }
        c.status = std::string(trigger.status);
        c.negated = negated(m);
        if (trigger.report_only && c.negated) return denial_by_speaker(m);  // "said he has never groped anyone"
        if (alleges(trigger) && trigger.frame == Frame::noun && m.head > 1 &&
            (is_any(t_[m.head - 1], "false|baseless|unfounded|fabricated|untrue|malicious") ||
             is_any(t_[m.head - 2], "false|baseless|unfounded|fabricated|untrue|malicious"))) {
            auto speaker = speaker_of(m);  // "these false accusations against me," Tambor said
            if (speaker.empty() || !party(speaker.front())) return {};
            Candidate denial;
            denial.type = first_type(&EventTypeDefinition::disputes);
            add(denial, speaker, "actor");
            denial.trigger_begin = t_[m.first].begin;
            return {denial};
        }
        if (alleges(trigger) && m.head > 0 && is_any(t_[m.head - 1], "falsely|wrongly|wrongfully|unjustly") &&
            !roles.patient.empty()) {  // "I was falsely accused of sexual assault": the accused denies it
            Candidate denial;
            denial.type = first_type(&EventTypeDefinition::disputes);
            add(denial, {roles.patient.front()}, "actor");
            denial.trigger_begin = t_[m.first].begin;
            return {denial};
        }
        const EventTypeDefinition& type = type_of(c);
        if (c.negated && (type.nature || type.disputes)) return {};
        if (type.disputes && !denies_allegations(m)) return {};  // "the court denied her motion"
        if (how == Mood::pending) c.status = "pending";
        if (how == Mood::started) c.status = "started";
        if (frame_of(m) == Frame::noun && c.status == "completed" && prospective_noun(m))
            c.status = "pending";  // "a hearing on his expulsion", "a proposed suspension"
        if (type.nature) c.nature = nature_of(t_, m.first);
        fill(c, roles);
        if (roles.implied_patient >= 0) c.participants.push_back({roles.implied_patient, "accused"});
        // "the investigation has concluded", "allegations were dropped": about the article's main person
        bool definite_inquiry = c.type == "investigation" && (!roles.agent.empty() || definite(m));
        bool implied = (c.type == "charge" && c.negated) || c.type == "divorce_filing" || definite_inquiry;
        if (implied && roles.patient.empty() && s_.entities.dominant_person() >= 0)
            c.participants.push_back({s_.entities.dominant_person(), "subject"});  // "the allegations were dropped"
        if (c.type == "resignation")  // a board resigns from the organization it governs
            for (const Mention* a : roles.agent)
                if (int owner = s_.entities.at(a->entity).owner; owner >= 0) c.participants.push_back({owner, "object"});
        if (!acceptable(c)) return {};
        date(c, m);
        c.trigger_begin = t_[m.first].begin;
        return separate_cases(c);
    }

    // "separate allegations against Kevin Spacey, Steven Seagal and Anthony Anderson": one event each.
    std::vector<Candidate> separate_cases(const Candidate& c) const {
        bool separate = false;
        for (const auto& tok : t_) separate = separate || is_any(tok, "separate|separately|respective|respectively");
        const std::string& role = type_of(c).subject_role;
        std::size_t many = 0;
        for (const auto& p : c.participants) many += p.role == role;
        if (!separate || many < 2) return {c};
        std::vector<Candidate> out;
        for (const auto& p : c.participants) {
            if (p.role != role) continue;
            Candidate one = c;
            one.participants.clear();
            for (const auto& q : c.participants)
                if (q.role != role || q.entity == p.entity) one.participants.push_back(q);
            one.trigger_begin = c.trigger_begin + out.size();  // distinct ids for the events of one trigger
            out.push_back(std::move(one));
        }
        return out;
    }

    // What follows "denied": the allegations, "it", "that…", "he ever…", or nothing — not "her motion" or "bail".
    bool denies_allegations(const TriggerMatch& m) const {
        if (t_[m.head].lower.rfind("deni", 0) != 0) return true;  // other denial triggers name what is denied
        constexpr std::string_view kDenied =
            "allegations|allegation|accusations|accusation|claims|claim|charges|charge|reports|report|wrongdoing|"
            "misconduct|story|stories|account|accounts|statements|details|it|them|this|he|she|they|i|being|knowing|"
            "doing|engaging|committing|having|ever|any|that";
        constexpr std::string_view kOtherThings =
            "bail|motion|request|requests|entry|access|permission|appeal|application|visa|parole|petition|bid|"
            "service|services|benefits|coverage|funding|license|licence";
        if (m.last >= size() || !t_[m.last].word) return true;  // "…, which he denies."
        for (std::size_t k = m.last; k < size() && k < m.last + 5; ++k) {  // "denies the outrageous allegations"
            if (!t_[k].word) return false;
            if (is_any(t_[k], kDenied)) return true;
            if (is_any(t_[k], kOtherThings)) return false;
        }
        return false;
    }

    std::vector<Candidate> denial_by_speaker(const TriggerMatch& m) {
        auto s = speech_before(m.head);
        if (!s) return {};
        const Mention* speaker = subject_before(*s);
        if (!speaker || !party(speaker)) return {};
        Candidate c;
        c.type = first_type(&EventTypeDefinition::disputes);
        add(c, {speaker}, "actor");
        if (auto said = speech_date(*s, m.head)) c.date = said->date;
        c.trigger_begin = t_[m.first].begin;
        return {c};
    }

    void add(Candidate& c, const std::vector<const Mention*>& list, const std::string& role) {
        for (const Mention* m : list) {
            if (!m || m->entity < 0) continue;
            bool seen = std::any_of(c.participants.begin(), c.participants.end(),
                                    [&](const CandidateRole& r) { return r.entity == m->entity; });
            if (!seen) c.participants.push_back({m->entity, role});
        }
    }

    void fill(Candidate& c, const Roles& r) {
        const EventTypeDefinition& type = type_of(c);
        add(c, r.agent, type.actor_role);
        add(c, r.patient, type.subject_role);
        add(c, r.object, "object");
        // "an investigation commissioned by the team": who orders an inquiry is not who conducts it
        if (c.type == "investigation")
            for (const Mention* a : r.agent)
                if (a && ordered_by(*a))
                    for (auto& p : c.participants)
                        if (p.entity == a->entity && p.role == "investigator") p.role = "actor";
    }

    bool ordered_by(const Mention& m) const {
        std::size_t k = m.first;
        if (k > 0 && is_any(t_[k - 1], "the|a|an|its|their")) --k;
        return k >= 2 && t_[k - 1].lower == "by" && is_any(t_[k - 2], "commissioned|ordered|requested|sought|called");
    }

    bool acceptable(const Candidate& c) const {
        auto has = [&](const std::string& role) {
            return std::any_of(c.participants.begin(), c.participants.end(),
                               [&](const CandidateRole& r) { return r.role == role; });
        };
        if (c.participants.empty()) return false;
        // "The FIFA ethics committee found Jean-Bart guilty": a body's finding, not a court's conviction
        if (c.type == "conviction" || c.type == "acquittal")
            for (const auto& p : c.participants) {
                const auto& e = s_.entities.at(p.entity);
                if (p.role == "actor" && e.kind == "organization" && e.category != "court") return false;
            }
        const auto& required = type_of(c).required;
        return std::all_of(required.begin(), required.end(), has);
    }

    // A noun's patient: "the suspension of X", "allegations against X", "his firing", "X's resignation".
    const Mention* noun_patient(const TriggerMatch& m, std::string_view preps) const {
        std::size_t k = m.first;  // past a modifier or a date: "his appeal trial", "Cosby's April conviction"
        while (k > 0 && k + 2 > m.first && !covering(k - 1) && t_[k - 1].word &&
               (!t_[k - 1].capitalized || in_date(k - 1)))
            --k;
        if (k > 0) {
            const Mention* before = covering(k - 1);
            if (before && before->via == Mention::Via::pronoun && party(before)) return before;  // "his firing"
            if (k > 1 && t_[k - 1].lower == "'s") {
                const Mention* owner = covering(k - 2);
                bool agent = owner && owner->kind == "organization" &&
                             (acts_on_someone(*m.trigger) || m.trigger->type == "investigation");
                if (owner && !agent) return owner;
            }
        }
        std::string all = "of|against|into";
        if (!preps.empty()) all += "|" + std::string(preps);
        return object_after(m.last, all, false, "party");
    }

    // The agent of a noun: "by X" right after it, a possessive organization ("FIFA's lifetime ban"), or the subject of
    // the verb that governs it ("the Met … pending an internal investigation", "agreed to a settlement").
    const Mention* noun_agent(const TriggerMatch& m) const {
        if (const Mention* by = by_agent(m.last, 2)) return by;
        for (std::size_t k = m.first; k > 0 && k + 4 > m.first;) {  // "suspended X pending an internal investigation"
            --k;
            if (t_[k].lower == "pending" && current_ > 0 && !agents_[current_ - 1].empty())
                return agents_[current_ - 1].front();
            if (!t_[k].word) break;
        }
        if (m.first > 1 && t_[m.first - 1].lower == "'s") {
            const Mention* owner = covering(m.first - 2);
            if (owner && (owner->kind == "organization" || m.trigger->frame == Frame::noun)) return owner;
        }
        for (std::size_t k = m.first; k > 0 && k + 6 > m.first;) {
            --k;
            if (is_any(t_[k], "faces|face|faced|facing|under")) return nullptr;  // the subject is acted on
            if (is_any(t_[k], kDoVerbs)) return subject_before(k);
            if (!t_[k].word && t_[k].lower != "$") break;
        }
        return nullptr;
    }

    // "the investigation of allegations that Meyer …": the one the allegations are against.
    const Mention* accused_of_next_allegation(const TriggerMatch& m) const {
        for (const auto& next : matches_) {
            if (next.first < m.last || next.first > m.last + 4 || !alleges(*next.trigger)) continue;
            Roles roles = allegation_roles(next, false);
            return roles.patient.empty() ? nullptr : roles.patient.front();
        }
        return nullptr;
    }

    // "He also faces investigations", "X is under investigation": the subject is the patient.
    const Mention* facing_subject(const TriggerMatch& m) const {
        for (std::size_t k = m.first; k > 0 && k + 5 > m.first;) {
            --k;
            if (is_any(t_[k], "faces|face|faced|facing|under")) return subject_before(k);
            if (!t_[k].word && t_[k].lower != "$") break;
        }
        return nullptr;
    }

    Roles response_roles(const TriggerMatch& m, bool passive) {
        const Trigger& trigger = *m.trigger;
        Roles r;
        std::string_view preps = trigger.patient_prep;
        if (frame_of(m) == Frame::noun) {
            const Mention* patient = noun_patient(m, preps);
            if (!patient) patient = facing_subject(m);
            if (!patient && trigger.type == "investigation") patient = accused_of_next_allegation(m);
            if (!patient && trigger.type == "investigation") patient = against_after(m.last);
            const Mention* agent = noun_agent(m);
            if (agent == patient) agent = nullptr;
            bool agent_acts = trigger.type == "denial" || trigger.type == "apology" || trigger.type == "resignation" ||
                              trigger.type == "settlement";
            if (agent_acts && patient && !agent && patient->via == Mention::Via::pronoun) std::swap(agent, patient);
            if (agent_acts && patient && !agent && patient->first < m.first) std::swap(agent, patient);  // "O'Reilly's settlement"
            if (trigger.type == "resignation" && !agent) {  // "resignations from (the members of) its board"
                const Mention* from = object_after(m.last, "from|of", false, "");
                if (party(from)) agent = from;
                if (agent == patient) patient = nullptr;
            }
            r.agent = listed(agent, false);
            r.patient = listed(patient, true);
            if (trigger.type == "settlement" || trigger.type == "apology") {
                if (const Mention* with = object_after(m.last, preps, false, "party")) r.patient = listed(with, true);
            }
        } else if (passive || trigger.patient_first || reduced_clause(m)) {
            std::size_t before = reduced_clause(m) ? m.head - 1 : m.head;  // "faces two years in jail when sentenced"
            r.patient = party_list(subject_before(before), false);
            r.agent = listed(legal_agent(by_agent(m.last), trigger), true);
            if (r.agent.empty() && (trigger.type == "suspension" || trigger.type == "expulsion"))
                r.agent = listed(object_after(m.last, "from|of", false, "organization"), true);  // "suspended from BAFTA"
            if (r.agent.empty()) r.agent = speaker_organization(m.head);
        } else {
            const Mention* agent = subject_before(m.head, previous_end());
            // "The 65-year-old stepped down after apologising": a participle's subject is the clause's
            if (!agent && t_[m.head].lower.ends_with("ing") && m.head > 1 &&
                is_any(t_[m.head - 1], "after|before|while|despite|without|upon"))
                agent = subject_before(m.head - 1);
            r.agent = agent ? listed(agent, false) : inherited();
            if (frame_of(m) == Frame::verb || !preps.empty()) {
                // a verb's object, also inside a pattern's gap ("placed three professors on leave"); a fixed
                // phrase ("parted ways", "cut ties") takes its patient only after its preposition
                bool gap = trigger.pattern.find('~') != std::string_view::npos;
                bool direct = frame_of(m) == Frame::verb && (gap || trigger.pattern.find(' ') == std::string_view::npos);
                std::size_t from = gap ? m.head + 1 : m.last;
                const Mention* patient = object_after(from, preps, direct, "party", m.last);
                if (!patient && acts_on_someone(trigger))  // "revoked the contracts of Patrick Jackson"
                    patient = object_after(from, "of|for|with|on", direct, "party", m.last);
                if (!patient && trigger.type == "investigation") patient = accused_of_next_allegation(m);
                if (!patient && frame_of(m) == Frame::verb) patient = object_after(from, preps, direct, "", m.last);
                if (patient && std::find(r.agent.begin(), r.agent.end(), patient) == r.agent.end())
                    r.patient = listed(patient, true);
            }
        }
        resolve_speaker(r, m);
        if (r.agent.empty() && !passive && (trigger.institution_agent || trigger.negative)) r.agent = trailing_speaker(m);
        // "the claims are false, he said"
        if (r.agent.empty() && trigger.definition->disputes) r.agent = speaker_of(m);
        if (trigger.institution_agent) {
            r.agent.erase(std::remove_if(r.agent.begin(), r.agent.end(), [&](const Mention* a) { return !body(a); }),
                          r.agent.end());
        }
        if (trigger.type == "revocation" || trigger.type == "resignation" || trigger.type == "expulsion")
            r.object = honours_and_bodies(m, r);
        if (trigger.type == "divorce_filing") r.patient = spouse_of(r);
        return r;
    }

    // "filed a complaint with the university": a complaint to an employer or a school is an allegation;
    // one to a court, the police or a prosecutor is a legal complaint.
    bool complaint_to_employer(const TriggerMatch& m) const {
        for (std::size_t k = m.last; k + 1 < size() && k < m.last + 3; ++k) {
            if (!is_any(t_[k], "with|to")) continue;
            const Mention* to = covering(k + 1);
            if (!to && k + 2 < size() && is_any(t_[k + 1], "the|a|an|his|her|their|its")) to = covering(k + 2);
            if (!to || to->kind != "organization") return false;
            const std::string& category = s_.entities.at(to->entity).category;
            return category != "court" && category != "police" && category != "prosecutor" && category != "government";
        }
        return false;
    }

    // A newspaper that reports an allegation is not its accuser ("the New York Times published an exposé …
    // alleging"): it publishes what others say.
    void drop_publishers(std::vector<const Mention*>& agents) const {
        agents.erase(std::remove_if(agents.begin(), agents.end(),
                                    [&](const Mention* a) {
                                        return a->kind == "organization" &&
                                               s_.entities.at(a->entity).category == "media";
                                    }),
                     agents.end());
    }

    // A response or legal step done to someone, who its events must name (not an apology, a denial, a
    // resignation or an investigation; allegations take their roles elsewhere).
    static bool acts_on_someone(const Trigger& t) { return t.definition->requires_role(t.definition->subject_role); }

    // The vocabulary's allegation type (whose events carry a nature) or denial type (the answer that disputes).
    std::string first_type(bool EventTypeDefinition::*flag) const {
        for (const auto& type : s_.vocabulary.event_type_definitions())
            if ((*type).*flag) return type->word;
        return "";
    }

    const EventTypeDefinition& type_of(const Candidate& c) const { return *s_.vocabulary.event_type(c.type); }

    static bool alleges(const Trigger& t) { return t.definition->nature; }

    // "when sentenced", "after convicted": a participle whose subject is the main clause's.
    bool reduced_clause(const TriggerMatch& m) const {
        return m.head > 0 && t_[m.head].lower.ends_with("ed") && is_any(t_[m.head - 1], "when|after|before|once|until|if|unless");
    }

    // A court, a judge or a jury convicts and sentences; "convicted of concealing abuse by Fr Fletcher" does not
    // make the priest the court.
    const Mention* legal_agent(const Mention* by, const Trigger& trigger) const {
        if (!by || alleges(trigger) || by->kind != "person") return by;
        bool legal = trigger.definition->category == "legal" && acts_on_someone(trigger);
        bool judge = by->first > 0 && is_any(t_[by->first - 1], "judge|magistrate|justice|jury|juror|court");
        return legal && !judge ? nullptr : by;
    }

    // Objects of a revocation (the award), a resignation (the post or body left), an expulsion.
    std::vector<const Mention*> honours_and_bodies(const TriggerMatch& m, const Roles& r) const {
        std::vector<const Mention*> out;
        for (std::size_t k = m.first; k < size(); ++k) {
            if (is_any(t_[k], ";|.|that|which|who|because|when|but") || (t_[k].lower == "," && k > m.last)) break;
            const Mention* c = covering(k);
            if (!c) continue;
            k = c->last - 1;
            bool used = std::find(r.agent.begin(), r.agent.end(), c) != r.agent.end() ||
                        std::find(r.patient.begin(), r.patient.end(), c) != r.patient.end();
            bool honour = s_.entities.at(c->entity).category == "honour" || c->kind == "work";
            bool left = m.trigger->type == "resignation" && c->kind == "organization" && after_preposition(c) &&
                        is_any(t_[c->first - 1], "from|as");
            if (!used && (honour || left)) out.push_back(c);
        }
        return out;
    }

    // "Meyer's wife, Clara Meyer, has filed for divorce": the spouse named by the possessive.
    std::vector<const Mention*> spouse_of(const Roles& r) const {
        for (const auto& m : s_.mentions)
            if (m.kind == "person" && possessor(&m) && m.last + 1 < size() &&
                is_any(t_[m.last + 1], "wife|husband|spouse|partner") &&
                std::find(r.agent.begin(), r.agent.end(), &m) == r.agent.end())
                return {&m};
        int dominant = s_.entities.dominant_person();
        for (const auto& m : s_.mentions)
            if (m.entity == dominant && std::find(r.agent.begin(), r.agent.end(), &m) == r.agent.end()) return {&m};
        return {};
    }

    // A pronoun agent in reported speech is the speaker: "CBS said Tuesday that it has fired Rose".
    void resolve_speaker(Roles& r, const TriggerMatch& m) const {
        if (r.agent.size() != 1 || r.agent[0]->via != Mention::Via::pronoun) return;
        auto s = speech_before(m.head);
        if (!s) return;
        const Mention* speaker = subject_before(*s);
        if (speaker && speaker->kind == r.agent[0]->kind && speaker->via != Mention::Via::pronoun)
            r.agent = listed(speaker, false);
    }

    std::size_t previous_end() const { return current_ > 0 ? matches_[current_ - 1].last : 0; }

    // The words between the previous trigger and this one join them ("suspended … and expelled",
    // "voted to institute"), naming nobody new and opening no clause.
    bool joined_to_previous() const {
        if (current_ == 0) return false;
        bool joined = false;
        for (std::size_t k = matches_[current_ - 1].last; k < matches_[current_].first; ++k) {
            if (is_any(t_[k], "and|but|to")) joined = true;
            if (is_any(t_[k], kLeftBoundary) || is_any(t_[k], kSpeech)) return false;
            if (const Mention* m = covering(k); m && !after_preposition(m)) return false;
        }
        return joined;
    }

    bool joined_to_passive() const {
        return joined_to_previous() && passive_[current_ - 1] &&
               !is_any(t_[matches_[current_].first - 1], "to");
    }

    // "had convicted Arnault … but acquitted him": a verb joined to the one before shares its agent.
    std::vector<const Mention*> inherited() const {
        return joined_to_previous() ? agents_[current_ - 1] : std::vector<const Mention*>{};
    }

    Roles allegation_roles(const TriggerMatch& m, bool passive) const {
        Roles r;
        const std::string& head = t_[m.head].lower;
        if (m.trigger->report_only) return misconduct_roles(m, passive);
        if (m.trigger->frame == Frame::noun) return allegation_noun_roles(m);
        if (head == "allegedly") {
            r.patient = listed(subject_before(m.head), false);
            return r;
        }
        bool allege = head.starts_with("alleg");
        if (head == "alleged" && m.head + 1 < size() && t_[m.head + 1].word && !t_[m.head + 1].capitalized && !passive &&
            !is_any(t_[m.head + 1], "that|to|he|she|they|it|in|on|the|a")) {
            // "his alleged unwanted sexual advances": an allegation when it says whose
            if (m.head > 0) {
                const Mention* owner = covering(m.head - 1);
                if (!owner && m.head > 1 && t_[m.head - 1].lower == "'s") owner = covering(m.head - 2);
                if (owner && party(owner)) r.patient = {owner};
            }
            if (r.patient.empty())
                if (const Mention* by = by_agent(m.last, 6); by && party(by)) r.patient = {by};
            // "was arrested on Saturday for alleged sex trafficking": the one arrested is the one accused
            if (r.patient.empty() && m.head > 0 && is_any(t_[m.head - 1], "for|over") && current_ > 0 &&
                passive_[current_ - 1])
                r.patient = patients_[current_ - 1];
            return r;
        }
        if (passive) {
            r.patient = party_list(subject_before(m.head), false);
            r.agent = listed(by_agent(m.last, 12), true);
            return r;
        }
        r.agent = listed(subject_before(m.head, previous_end()), false);
        std::size_t content = m.last + (word_at(m.last, "that") ? 1 : 0);
        const Mention* first = content < size() ? covering(content) : nullptr;
        if (allege && first && party(first)) {  // "alleged he'd harassed…", "Karl alleges Dominguez made…"
            r.patient = party_list(first, true);
        } else if (allege && word_at(m.last, "that")) {
            r.patient = party_list(object_after(m.last + 1, "", true, "party"), true);
        } else {
            r.patient = party_list(object_after(m.last, "", true, "party"), true);
        }
        return r;
    }

    // "allegations … made by X", "accusations by X": the accuser — but not "allegations were collected by X".
    const Mention* noun_by_agent(const TriggerMatch& m) const {
        for (std::size_t k = m.last; k < size() && k < m.last + 12; ++k) {
            if (t_[k].lower == "by") return by_agent(k, 1);
            if (is_any(t_[k], "were|was|is|are|been|being|;|.|that|which|who")) return nullptr;
        }
        return nullptr;
    }

    // "allegations of sexual misconduct against X", "accusations McCarrick sexually abused a
    // teenager", "X came forward with allegations that Y…", "allegations by 18 women".
    // "allegations of inappropriate behaviour and abuse of power against Michael Colgan": past the
    // nouns of what is alleged, "and" included, to the one it is alleged against.
    const Mention* against_after(std::size_t from) const {
        for (std::size_t k = from; k + 1 < size() && k < from + 14; ++k) {
            if (is_any(t_[k], ";|.|,|that|which|who|—|(") || covering(k)) return nullptr;
            if (t_[k].lower != "against") continue;
            std::size_t j = k + 1;
            if (j < size() && is_any(t_[j], "the|a|an")) ++j;
            const Mention* m = j < size() ? covering(j) : nullptr;
            return party(m) ? m : nullptr;
        }
        return nullptr;
    }

    Roles allegation_noun_roles(const TriggerMatch& m) const {
        Roles r;
        const Mention* accused = object_after(m.last, "against", false, "party");
        if (!accused) accused = against_after(m.last);
        if (!accused) {
            std::size_t k = m.last;
            if (word_at(k, "that")) ++k;
            const Mention* next = k < size() ? covering(k) : nullptr;
            if (next && party(next) && next->via != Mention::Via::description) accused = next;
        }
        if (!accused) {  // "fired Charlie Rose amid reports of sexual misconduct": the allegations are against him
            bool attached = m.first > 0 && (is_any(t_[m.first - 1], "amid|following|over|after") ||
                                            (m.first > 1 && is_any(t_[m.first - 2], "amid|following|over|after")));
            if (attached && current_ > 0) {
                for (const Mention* p : patients_[current_ - 1])
                    if (party(p)) r.patient.push_back(p);
            }
            // "the subject of multiple complaints", "has since faced multiple allegations": against the subject
            for (std::size_t k = m.first; k > 0 && k + 6 > m.first && r.patient.empty();) {
                --k;
                if (is_any(t_[k], "subject|target|focus|object") && k + 1 < m.first && t_[k + 1].lower == "of")
                    r.patient = party_list(subject_before(k), false);
                if (is_any(t_[k], "faced|faces|face|facing"))
                    r.patient = party_list(subject_before(k), false);
            }
            if (!r.patient.empty()) {
                r.agent = listed(object_after(m.last, "from|by", false, "party"), true);
                return r;
            }
            // "claims … made by four men", "accusations by three singers": against the article's main person
            const Mention* accuser = noun_by_agent(m);
            if (r.patient.empty() && party(accuser) && s_.entities.dominant_person() >= 0 &&
                accuser->entity != s_.entities.dominant_person()) {
                r.implied_patient = s_.entities.dominant_person();
                r.agent = list_of(accuser, true);
            }
            return r;
        }
        r.patient = list_of(accused, true);
        const Mention* accuser = noun_by_agent(m);
        if (!accuser && m.first > 1 && t_[m.first - 1].lower == "'s") accuser = covering(m.first - 2);
        if (!accuser) {
            for (std::size_t k = m.first; k > 0 && k + 5 > m.first;) {
                --k;
                if (is_any(t_[k], "made|make|makes|making|came|come|comes|coming|brought|bring|leveled|levelled|raised|"
                              "filed|file|repeated|detailed|went|go|goes")) {
                    accuser = subject_before(k);
                    break;
                }
            }
        }
        if (accuser && accuser->entity != accused->entity && (party(accuser) || accuser->kind == "organization"))
            r.agent = listed(accuser, false);
        return r;
    }

    // An act stated in reported speech: "Eight women … told the Post that he made unwanted sexual
    // advances"; "actresses who have said they were raped by the disgraced mogul".
    Roles misconduct_roles(const TriggerMatch& m, bool passive) const {
        Roles r;
        if (m.head > 0 && is_any(t_[m.head - 1], "a|an|the|including|such|alleged|his|her|their|any"))
            return r;  // "including a rape": a noun, the act named, not said
        for (std::size_t k = m.head > 3 ? m.head - 3 : 0; k < m.head; ++k)
            if (is_any(t_[k], "of|for"))
                return r;  // "accuse Levine … of sexually abusing them", "allegations of harassment or assault"
        // "a tweet accusing Marciano of using his power to harass her": the accusation says it, not a report
        for (std::size_t k = m.head > 12 ? m.head - 12 : 0; k + 1 < m.head; ++k)
            if (t_[k].lower.starts_with("accus") && !boundary_between(k + 1, m.head, ";|.|but"))
                for (std::size_t j = k + 1; j < m.head && j < k + 6; ++j)
                    if (t_[j].lower == "of") return r;
        for (std::size_t k = m.head > 10 ? m.head - 10 : 0; k + 1 < m.head; ++k)
            if (is_any(t_[k], "allegations|accusations|claims|charges|allegation|accusation") && t_[k + 1].lower == "of")
                return r;  // "accusations of sexual violence, death threats and rape"
        auto report = speech_before(m.head);
        bool in_allegation = false;
        for (std::size_t k = 0; k < m.head; ++k)
            if (is_any(t_[k], "allegations|accusations|allegation|accusation|claims|alleged|allegedly")) in_allegation = true;
        if (!report && !in_allegation) return r;
        if (passive) {
            r.patient = party_list(by_agent(m.last, 6), true);
            const Mention* victim = subject_before(m.head);
            if (victim && party(victim) && !(victim->via == Mention::Via::pronoun && is_any(t_[victim->first], "they")))
                r.agent = list_of(victim, false);
        } else {
            r.patient = party_list(subject_before(m.head), false);
            if (report) {
                const Mention* speaker = subject_before(*report);
                if (speaker && party(speaker)) r.agent = list_of(speaker, false);
            }
        }
        for (const Mention* a : std::vector<const Mention*>(r.agent))
            for (const Mention* p : r.patient)
                if (a->entity == p->entity) r.agent.clear();
        return r;
    }

    void date(Candidate& c, const TriggerMatch& m) {
        auto due = own_date(current_, true);
        if (due && c.status == "completed" && starts_then(*due)) c.status = "pending";  // "suspended from August 31"
        if (due && (c.status == "pending" || c.status == "started")) c.due = due->date;
        if (c.status == "pending" && done_at_once(m)) c.status = "completed";  // "plans to step down immediately"
        if (c.negated) return;  // the importer dates a negated fact up to publication
        if (auto own = own_date(current_, false)) {
            c.date = own->date;
            // "revealed he had reached settlements … earlier this month": the phrase may date the report
            if (auto s = speech_before(m.head); s && past_perfect(m, *s) && own->first > m.head)
                c.date = date_from_days(kOpenStart, own->date.hi);
        } else if (auto s = speech_before(m.head); s && !m.trigger->report_only && m.trigger->frame != Frame::noun) {
            if (auto said = speech_date(*s, m.head)) {
                bool done = reported_as_done(m, *s) && c.status != "pending";
                c.date = done ? date_from_days(kOpenStart, said->date.hi) : said->date;
            }
        } else if (auto s2 = speech_before(m.head); s2 && m.trigger->report_only) {
            if (auto said = speech_date(*s2, m.head)) c.date = said->date;
        } else if (auto s3 = speech_before(m.head); s3 && announced_noun(m, *s3)) {
            if (auto said = speech_date(*s3, m.head)) c.date = said->date;  // "announced on Thursday his resignation"
        }
        if (!c.date && joined_to_previous()) c.date = dates_[current_ - 1];
        if (!c.date) c.date = said_after(m);
        // "suspended … on Tuesday after three former clients accused him": the accusation came first
        if (!c.date && current_ > 0 && dates_[current_ - 1] && after_clause(m))
            c.date = date_from_days(kOpenStart, dates_[current_ - 1]->hi);
        dates_[current_] = c.date;
    }

    // "announced on Thursday his resignation": the noun is what was announced, on the day it was.
    bool announced_noun(const TriggerMatch& m, std::size_t speech) const {
        if (m.trigger->frame != Frame::noun || !is_any(t_[speech], "announced|announces|announcing|announce")) return false;
        for (std::size_t k = speech + 1; k < m.first; ++k)
            if (!in_date(k) && !is_any(t_[k], "his|her|its|their|the|a|an|own|immediate|planned")) return false;
        return true;
    }

    std::vector<std::vector<const Mention*>> agents_, patients_;  // per trigger, once read
    std::vector<bool> passive_;
    std::vector<std::optional<Date>> dates_;
    std::size_t current_ = 0;
};

}  // namespace

std::vector<Candidate> extract_events(const SentenceContext& sentence) { return SentenceReader(sentence).read(); }

}  // namespace allegraph
