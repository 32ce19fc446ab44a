#include "importers/name_words.hpp"

#include <cctype>
#include <string>
#include <unordered_set>

namespace allegraph::words {
namespace {

using WordSet = std::unordered_set<std::string_view>;

bool in(const WordSet& set, std::string_view lower) { return set.count(lower) > 0; }

}  // namespace

bool function_word(std::string_view w) {
    static const WordSet s = {
        "the", "a", "an", "in", "on", "at", "after", "before", "when", "while", "but", "and", "or", "if", "as",
        "of", "for", "to", "from", "by", "with", "meanwhile", "also", "another", "other", "some", "many", "it",
        "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "this", "that",
        "these", "those", "why", "how", "what", "who", "where", "which", "despite", "over", "under", "since",
        "during", "amid", "according", "following", "last", "next", "earlier", "later", "now", "then", "yet",
        "so", "because", "although", "though", "once", "until", "about", "all", "both", "each", "every", "no",
        "not", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "more",
        "most", "few", "such", "there", "here", "today", "yesterday", "tonight", "read", "related", "photo",
        "photograph", "image", "video", "watch", "skip", "link", "share", "advertisement", "contributing",
        "reporting", "updated", "published", "first", "via", "like", "just", "still", "even", "only", "former",
        "ex", "is", "was", "are", "were", "be", "has", "have", "had", "do", "did", "does", "will",
        "would", "can", "could", "should", "may", "might", "must", "mr.", "mrs.", "ms.", "dr.", "editor's",
        "note", "reminder", "thousands", "hundreds", "dozens", "millions", "police"};
    return in(s, w);
}

bool title(std::string_view w) {
    static const WordSet s = {
        "president", "vice", "prime", "minister", "senator", "sen.", "rep.", "representative", "congressman",
        "congresswoman", "governor", "gov.", "mayor", "judge", "justice", "cardinal", "archbishop", "bishop",
        "pope", "father", "rev.", "rev", "reverend", "mp", "mep", "msp", "mr", "mrs", "ms", "dr", "fr", "msgr", "sr", "rabbi", "imam", "pastor", "dr.", "mr.", "mrs.", "ms.", "miss",
        "sir", "dame", "lord", "chairman", "chairwoman", "chair", "ceo", "chief", "executive", "director",
        "manager", "general", "attorney", "secretary", "speaker", "leader", "majority", "minority", "professor",
        "prof.", "coach", "officer", "detective", "sgt.", "lt.", "capt.", "col.", "gen.", "adm.", "queen",
        "king", "prince", "princess", "sheikh", "ambassador", "commissioner", "chancellor", "provost", "dean",
        "superintendent", "sheriff", "prosecutor", "councilman", "councilwoman", "assemblyman",
        "assemblywoman", "delegate", "treasurer", "founder", "editor", "anchor", "host", "spokesman",
        "spokeswoman", "spokesperson", "actor", "actress", "singer", "producer", "model", "designer", "cyclist",
        "violinist", "conductor", "comedian", "rapper", "star", "broadcaster", "journalist", "reporter",
        "columnist", "photographer", "architect", "filmmaker", "writer", "author", "player", "gymnast",
        "athlete", "doctor", "nurse", "lawyer", "msgr.", "fr.", "hon.", "u.s.", "user", "pilot", "trustee",
        "supervisor", "inspector", "magistrate", "colonel", "captain", "lieutenant", "sergeant", "admiral"};
    return in(s, w);
}

bool descriptor(std::string_view w) {
    static const WordSet s = {
        "american", "british", "french", "german", "swedish", "canadian", "australian", "italian", "spanish",
        "irish", "english", "scottish", "welsh", "mexican", "russian", "chinese", "japanese", "indian",
        "israeli", "dutch", "belgian", "swiss", "austrian", "norwegian", "danish", "finnish", "polish",
        "brazilian", "argentine", "korean", "south", "north", "frenchman", "frenchwoman", "englishman",
        "englishwoman", "irishman", "dutchman", "scotsman", "democrat", "democratic", "republican",
        "conservative", "liberal", "labour", "tory", "hollywood", "veteran", "disgraced", "late", "then",
        "catholic", "vatican", "papal", "ex", "roman", "anglican", "orthodox", "jewish", "muslim", "evangelical"};
    return in(s, w);
}

bool organization_head(std::string_view w) {
    static const WordSet s = {
        "committee", "academy", "college", "university", "office", "department", "police", "opera", "records",
        "music", "court", "church", "networks", "council", "association", "foundation", "guild", "union", "company", "co.",
        "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "group", "network", "news",
        "times", "post", "journal", "magazine", "press", "studios", "studio", "pictures", "entertainment",
        "media", "bank", "party", "senate", "congress", "parliament", "ministry", "agency", "commission",
        "board", "institute", "institution", "school", "service", "services", "federation", "league", "team",
        "club", "orchestra", "symphony", "ballet", "theatre", "theater", "museum", "gallery", "hospital",
        "gymnastics", "airlines", "motors", "holdings", "partners", "systems", "technologies", "labs",
        "bureau", "administration", "authority", "army", "navy", "force", "fund", "trust", "society",
        "organization", "organisation", "festival", "cathedral", "diocese", "archdiocese", "vatican",
        "tribunal", "patrol", "guard", "sheriff's", "fbi", "cia", "nypd", "lapd", "bbc", "cnn",
        "cbs", "nbc", "abc", "pbs", "npr", "hbo", "fox", "tv", "television", "radio", "channel", "broadcasting",
        "newspaper", "herald", "tribune", "gazette", "chronicle", "telegraph", "guardian", "independent",
        "reporter", "examiner", "inquirer", "register", "mirror", "express", "courier", "dispatch", "bulletin",
        "sun", "globe", "record", "recorder", "leader", "enquirer", "sentinel", "monitor", "advertiser",
        "observer", "review", "daily", "weekly", "wire", "reuters", "bloomberg", "netflix", "amazon", "google",
        "facebook", "twitter", "instagram", "youtube", "microsoft", "apple", "sony", "disney", "warner",
        "universal", "paramount", "lionsgate", "miramax", "league", "olympic", "olympics", "fifa", "uefa",
        "nfl", "nba", "mlb", "nhl", "ioc", "usoc", "chamber", "cabinet", "house", "assembly", "legislature",
        "government", "state's", "attorney's", "records", "label", "brands", "group's", "industries",
        "enterprises", "productions", "films", "publishing", "publishers", "books", "hotels", "restaurants",
        "stores", "co", "center", "centre", "courthouse", "clinic", "firm", "lab", "laboratory", "seminary", "parish",
        "congregation", "order", "mission", "charity", "ngo", "campaign", "coalition", "alliance", "movement"};
    return in(s, w);
}

bool honour_head(std::string_view w) {
    static const WordSet s = {"award", "awards", "prize", "medal", "honour", "honor", "legion", "knighthood",
                              "doctorate", "degree", "fellowship", "emmy", "oscar", "grammy", "tony", "bafta",
                              "cross"};
    return in(s, w);
}

bool place(std::string_view w) {
    static const WordSet s = {
        // countries
        "afghanistan", "argentina", "australia", "austria", "belgium", "brazil", "britain", "canada", "chile",
        "china", "colombia", "cuba", "cyprus", "denmark", "egypt", "england", "finland", "france", "germany",
        "greece", "hungary", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan",
        "kenya", "korea", "lebanon", "mexico", "netherlands", "nigeria", "norway", "pakistan", "peru",
        "philippines", "poland", "portugal", "romania", "russia", "scotland", "spain", "sweden", "switzerland",
        "syria", "taiwan", "thailand", "turkey", "ukraine", "uk", "u.k.", "usa", "us", "u.s.", "america",
        "vietnam", "wales", "europe", "asia", "africa",
        // U.S. states
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
        "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
        "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas",
        "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming",
        // cities
        "london", "paris", "berlin", "rome", "madrid", "stockholm", "oslo", "copenhagen", "dublin", "moscow",
        "tokyo", "beijing", "sydney", "toronto", "montreal", "vancouver", "ottawa", "chicago", "atlanta",
        "boston", "houston", "dallas", "miami", "seattle", "denver", "philadelphia", "detroit", "brooklyn",
        "manhattan", "hollywood", "indianapolis", "baltimore", "phoenix", "geneva", "vienna", "brussels",
        "amsterdam", "cannes", "venice", "milan", "athens", "jerusalem", "nicosia", "mumbai", "delhi"};
    return in(s, w);
}

bool place_head(std::string_view w) {
    static const WordSet s = {"city", "county", "street", "avenue", "road", "square", "island", "islands",
                              "river", "valley", "beach", "bay", "mountains", "hills", "heights", "side",
                              "district", "province", "region", "coast", "state", "states", "kingdom",
                              "republic", "area", "airport", "station", "arena", "stadium", "hall", "park"};
    return in(s, w);
}

bool month(std::string_view w) {
    static const WordSet s = {"january", "february", "march", "april", "may", "june", "july", "august",
                              "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
                              "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "jan", "feb", "aug", "sept",
                              "oct", "nov", "dec"};
    return in(s, w);
}

bool weekday(std::string_view w) {
    static const WordSet s = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    return in(s, w);
}

bool group_noun(std::string_view w) {
    static const WordSet s = {
        "women", "men", "people", "accusers", "victims", "survivors", "employees", "staffers", "staff",
        "students", "girls", "boys", "children", "athletes", "gymnasts", "actresses", "actors", "models",
        "clients", "patients", "members", "players", "dancers", "musicians", "colleagues", "workers", "interns",
        "assistants", "teenagers", "minors", "individuals", "parishioners", "congregants", "pupils", "swimmers",
        "singers", "performers", "journalists", "reporters", "officers", "soldiers", "cadets", "nurses",
        "residents"};
    return in(s, w);
}

bool person_noun(std::string_view w) {
    static const WordSet s = {
        "actor", "actress", "conductor", "broadcaster", "singer", "star", "superstar", "producer", "mogul",
        "director", "executive", "founder", "cardinal", "archbishop", "priest", "bishop", "professor", "doctor",
        "coach", "senator", "candidate", "politician", "comedian", "host", "anchor", "journalist",
        "photographer", "artist", "rapper", "musician", "lawmaker", "congressman", "congresswoman", "official",
        "chairman", "ceo", "businessman", "financier", "player", "athlete", "designer", "filmmaker", "writer",
        "author", "commentator", "presenter", "chef", "physician", "teacher", "pastor", "cleric", "monk",
        "defendant", "governor", "mayor", "judge", "billionaire", "tycoon", "magnate", "entertainer",
        "performer", "dancer", "choreographer", "composer", "architect", "surgeon", "psychologist", "scientist",
        "economist", "diplomat", "minister", "legislator", "representative", "man", "woman", "celebrity",
        "personality", "model", "photographer", "gymnast", "trainer", "therapist", "ex-cardinal", "assistant",
        "aide", "employee", "staffer", "student", "colleague", "intern", "accuser", "victim", "teenager",
        "publicist", "spokesman", "spokeswoman", "lawyer", "attorney", "agent", "manager", "friend", "member",
        "ex-president", "comic", "novelist", "poet", "painter", "sculptor", "inventor", "entrepreneur"};
    return in(s, w);
}

bool organization_noun(std::string_view w) {
    static const WordSet s = {
        "organization", "organisation", "company", "network", "label", "academy", "college", "university",
        "church", "committee", "board", "party", "school", "league", "federation", "union", "guild",
        "association", "agency", "office", "court", "institute", "foundation", "society", "studio", "firm",
        "broadcaster", "newspaper", "magazine", "channel", "team", "club", "orchestra", "opera", "museum",
        "festival", "group", "department", "ministry", "council", "commission", "government", "administration",
        "corporation", "employer", "publisher", "chain", "retailer", "brand", "charity", "diocese",
        "archdiocese", "order", "vatican", "senate", "house", "parliament", "congress", "tribunal", "bureau"};
    return in(s, w);
}

bool band_noun(std::string_view w) {
    static const WordSet s = {"band", "label", "network", "broadcaster", "company", "firm", "studio", "group",
                              "newspaper", "magazine", "channel", "charity", "brand", "retailer", "chain",
                              "publisher", "outlet", "site", "website", "app", "platform", "service", "team",
                              "club", "orchestra", "choir", "ensemble", "league", "agency"};
    return in(s, w);
}

char gender(std::string_view w) {
    static const WordSet male = {
        "mr", "mr.", "sir", "lord", "king", "prince", "father", "pope", "cardinal", "archbishop", "bishop", "rev.",
        "aaron", "adam", "alan", "albert", "alex", "alexander", "andrew", "andy", "anthony", "arthur", "ben",
        "benjamin", "bill", "billy", "bob", "brad", "brett", "brian", "bruce", "bryan", "carl", "charles", "charlie",
        "chris", "christopher", "claude", "cory", "craig", "dan", "daniel", "danny", "dave", "david", "dennis",
        "donald", "doug", "douglas", "dustin", "ed", "edward", "eric", "frank", "fred", "gary", "gene", "george",
        "gerald", "greg", "gregory", "harold", "harvey", "henry", "howard", "jack", "jacob", "james", "jared",
        "jason", "jean-claude", "jeff", "jeffrey", "jeremy", "jerry", "jim", "joe", "john", "jon", "jonathan",
        "jorge", "jose", "joseph", "josh", "juan", "justin", "keith", "ken", "kenneth", "kevin", "larry", "lawrence",
        "lee", "leon", "louis", "luis", "marc", "mario", "mark", "martin", "matt", "matthew", "michael", "mike",
        "mitch", "nathan", "nathaniel", "nicholas", "nick", "patrick", "paul", "peter", "philip", "phil", "placido",
        "plácido", "ralph", "randy", "ray", "raymond", "richard", "rick", "rob", "robert", "roger", "roman", "ron",
        "ronald", "roy", "russell", "ryan", "sam", "samuel", "scott", "sean", "stephen", "steve", "steven", "ted",
        "theodore", "thomas", "tim", "timothy", "todd", "tom", "tony", "travis", "urban", "victor", "vincent",
        "walter", "wayne", "william", "zach", "zachary", "emmanuel", "francis", "harry", "hugh", "ian", "ivan",
        "jesse", "kyle", "leonard", "marcus", "neil", "oliver", "oscar", "rupert", "simon", "stanley", "warren",
        "woody", "al", "les", "lachlan", "garrison", "tavis", "brendan", "jarl", "luc", "jean", "pierre", "jacques",
        "françois", "francois", "michel", "philippe", "alain", "gérard", "gerard", "bernard", "olivier", "nicolas",
        "christophe", "gilles", "rené", "rene", "andré", "andre", "marcel", "carlos", "miguel", "javier", "pedro",
        "antonio", "giuseppe", "marco", "luca", "giovanni", "hans", "klaus", "stefan", "sven", "lars", "erik",
        "ahmed", "mohammed", "muhammad", "ali", "omar", "rahul", "amit", "raj", "vikram", "tarun", "junot", "sherman",
        "bryan", "kenneth", "jameis", "francisco", "gilbert", "geoffrey", "trevor", "cliff",
        "keramuddin", "philip", "george", "mike", "jorge"};
    static const WordSet female = {
        "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "sister", "mother",
        "alexis", "alice", "alyssa", "amanda", "amy", "andrea", "angela", "angelina", "ann", "anna", "anne",
        "ashley", "asia", "barbara", "beverly", "betty", "brenda", "carol", "caroline", "catherine", "celine",
        "charlotte", "christina", "christine", "claire", "clara", "courtney", "cynthia", "deanna", "deborah",
        "debra", "diana", "diane", "donna", "dorothy", "elizabeth", "ellen", "emily", "emma", "frances",
        "georgina", "grace", "gwyneth", "hannah", "heather", "helen", "jane", "janet", "jennifer", "jessica", "jill",
        "joan", "joyce", "judith", "judy", "julia", "julie", "karen", "kate", "katarina", "katherine", "kathleen",
        "kathy", "kathryn", "kelly", "laura", "lauren", "leigh", "linda", "lisa", "lis", "lucia", "lysette",
        "margaret", "maria", "marie", "martha", "mary", "melissa", "meryl", "michelle", "monica", "nancy",
        "natalie", "nicole", "nora", "olivia", "pamela", "patricia", "rachel", "rebecca", "rose", "rosanna",
        "rosario", "ruth", "sandra", "sarah", "savannah", "sharon", "sheila", "shirley", "sophia", "stephanie",
        "susan", "teresa", "theresa", "tina", "uma", "victoria", "virginia", "wendy", "letitia", "kathy",
        "cara", "romola", "lea", "léa", "mira", "liz", "alexandra", "elisabeth", "savannah", "jodi", "megan",
        "gretchen", "andrea", "salma", "lupita", "annabella", "ambra", "lady", "marie", "sophie", "isabelle",
        "nathalie", "sandrine", "céline", "valérie", "valerie", "camille", "chloé", "chloe", "ana", "giulia",
        "francesca", "ingrid", "astrid", "katja", "greta", "svetlana", "olga", "priya", "ananya", "deepika", "aisha",
        "fatima", "yuki", "mei", "olivia", "zinzi", "khalida", "melanie", "mélanie", "kathleen", "andrea", "linda",
        "hillary", "kamala", "nikki", "kirsten", "tina", "rachel", "katelyn", "kristin", "kristen", "jenny",
        "jenna", "keri", "gillian", "natasha", "tanya", "vanessa", "veronica", "yvonne", "zoe", "zoë"};
    if (male.count(w)) return 'm';
    if (female.count(w)) return 'f';
    return 0;
}

char noun_gender(std::string_view w) {
    static const WordSet male = {"man", "spokesman", "congressman", "businessman", "chairman", "father", "husband",
                                 "son", "brother", "boy", "gentleman", "boyfriend"};
    static const WordSet female = {"woman", "spokeswoman", "congresswoman", "businesswoman", "chairwoman", "mother",
                                   "wife", "daughter", "sister", "girl", "actress", "lady", "girlfriend", "waitress"};
    if (male.count(w)) return 'm';
    if (female.count(w)) return 'f';
    return 0;
}

bool other_party_noun(std::string_view w) {
    static const WordSet s = {"accuser", "victim", "woman", "girl", "teenager", "student", "intern", "staffer",
                              "employee", "aide", "assistant", "colleague", "friend", "member", "lawyer",
                              "attorney", "spokesman", "spokeswoman", "publicist", "agent", "manager", "man"};
    return in(s, w);
}

int number(std::string_view w) {
    static const std::string_view kWords[] = {"one",     "two",     "three",    "four",     "five",
                                              "six",     "seven",   "eight",    "nine",     "ten",
                                              "eleven",  "twelve",  "thirteen", "fourteen", "fifteen",
                                              "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (int i = 0; i < 20; ++i)
        if (kWords[i] == w) return i + 1;
    if (w == "dozen") return 12;
    if (w == "thirty") return 30;
    if (w == "forty") return 40;
    if (w == "fifty") return 50;
    if (w == "hundred") return 100;
    if (w.empty() || w.size() > 6) return 0;
    int n = 0;
    for (char c : w) {
        if (c == ',') continue;
        if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
        n = n * 10 + (c - '0');
    }
    return n;
}

}  // namespace allegraph::words
