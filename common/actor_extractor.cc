#include "common/actor_extractor.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "common/text_normalize.h"

namespace hemeroteca {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

// Tokens back from a name within which a title makes it a person's.
constexpr std::size_t kCueWindow = 3;
// ... and, for a name in apposition after a comma, within the clause.
constexpr std::size_t kAppositionWindow = 12;
// Capitalised words in a person's name, at most ("Juan Ramón de la Fuente
// Ramírez" has five; longer runs are titles of works or lists).
constexpr std::size_t kMaxNameWords = 6;
// Items of a list inside an institution's name, at most.
constexpr int kListItems = 4;
// Adjectives after a title in a description ("la funcionaria
// estadounidense"), at most.
constexpr int kDescriptionAdjectives = 2;
// Words between a description and its verb ("la visitadora también dijo").
const std::vector<std::string> kBeforeVerb = {"ha", "han", "habia", "tambien", "ya",    "se",
                                              "le", "les", "lo",    "no",      "ademas"};

const std::vector<std::string> kArticlesAfterJoint = {"el", "la", "los", "las"};
// Words after which a capitalised word names an owner or a domain ("la
// empresa de Carlos Slim", "la doctora en Ingeniería Química").
const std::vector<std::string> kOwnerWords = {"de",  "del", "a",    "al", "en",
                                              "con", "por", "para", "y"};
// Words joining the parts of an institution's name.
const std::vector<std::string> kInstitutionJoints = {"de", "del",  "la", "las", "los",
                                                     "el", "para", "y",  "e",   "en"};
// Words before a state's name that make it a place, not a surname ("en
// Guerrero", not "Diego Guerrero").
const std::unordered_set<std::string> kPlacePrepositions = {"de",   "en",    "a",     "por",
                                                            "para", "desde", "hasta", "entre"};
// Particles that open a surname ("Del Castillo", "De la Garza").
const std::vector<std::string> kSurnameParticles = {"de", "del", "la", "las", "los"};
// Words joining the words of an English organisation's name.
const std::vector<std::string> kEnglishJoints = {"and", "of", "for", "on", "the"};
// Words after a title that introduce its domain, not a name.
const std::vector<std::string> kDomainWords = {"de", "del", "para", "en", "ante"};

// The country named at token `first` ("Estados Unidos", "EE. UU.",
// "Colombia"), or "" with `last` untouched.
std::string country_named_at(const AnalyzedText& text, const ExtractionData& data,
                             std::size_t first, std::size_t& last) {
  if (first >= text.size() || !text.tokens[first].capitalized) return {};
  const std::string& word = text.folded[first];
  std::size_t second = text.next_word(first);
  bool two = second < text.size() && text.sentence[second] == text.sentence[first];
  if (two && ((word == "estados" && text.folded[second] == "unidos") ||
              (word == "ee" && text.folded[second] == "uu"))) {
    last = second;
    return "Estados Unidos";
  }
  if (word == "eu" || word == "eua" || word == "eeuu") {
    last = first;
    return "Estados Unidos";
  }
  auto country = data.countries.find(word);
  if (country == data.countries.end()) return {};
  last = first;
  return country->second;
}

bool in_list(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Quotes around a nickname inside a name: Ramón "Moncho" Peguero.
constexpr std::pair<std::string_view, std::string_view> kNicknameQuotes[] = {
    {"\"", "\""}, {"\xC2\xAB", "\xC2\xBB"}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}};

bool is_apostrophe(std::string_view gap) {
  return gap == "'" || gap == "\xE2\x80\x99";
}

// "Ramón "Moncho" Peguero" -> "Ramón Peguero": the name without the
// quoted nickname.
std::string without_nickname(std::string name) {
  for (const auto& [open, close] : kNicknameQuotes) {
    std::size_t start = name.find(" " + std::string(open));
    if (start == std::string::npos) continue;
    std::size_t end = name.find(close, start + 1 + open.size());
    if (end != std::string::npos) name.erase(start, end + close.size() - start);
  }
  return name;
}

bool valid_on(const RoleHolder& holder, const std::string& date) {
  if (date.empty()) return holder.to.empty();  // undated: the current holder
  return (holder.from.empty() || holder.from <= date) && (holder.to.empty() || date < holder.to);
}

class ActorFinder {
 public:
  ActorFinder(const AnalyzedText& text, const ExtractionData& data, const std::string& date)
      : text_(text), data_(data), date_(date), covered_(text.size(), npos) {
    for (std::size_t t = 0; t < text.size(); ++t)
      if (!text.tokens[t].capitalized) written_in_lower_case_.insert(text.folded[t]);
  }

  ActorExtraction run() {
    gazetteer();
    embassies();
    companies();
    national_offices();
    institutions();
    english_organizations();
    repeat_company_names();
    rebind_generic_aliases();
    organizations_in_statement_slots();
    people();
    described_organizations();
    short_references();
    rebind_bare_surnames();
    organizations_opening_statements();
    speaking_acronyms();
    anaphora();
    subject_names();
    std::sort(out_.mentions.begin(), out_.mentions.end(),
              [](const ActorMention& a, const ActorMention& b) { return a.first < b.first; });
    for (const ActorMention& mention : out_.mentions) {
      if (mention.actor == npos) continue;
      ArticleActor& actor = out_.actors[mention.actor];
      if (actor.mentions++ == 0 || mention.first < actor.first_token) {
        actor.first_token = mention.first;
        if (actor.evidence.empty())
          actor.evidence = collapse_spaces(text_.span(mention.first, mention.last));
      }
    }
    return std::move(out_);
  }

 private:
  const Token& token(std::size_t t) const { return text_.tokens[t]; }
  const std::string& word(std::size_t t) const { return text_.folded[t]; }
  bool free(std::size_t first, std::size_t last) const {
    for (std::size_t t = first; t <= last; ++t)
      if (covered_[t] != npos) return false;
    return true;
  }

  void add(std::size_t first, std::size_t last, std::size_t actor, MentionKind kind,
           std::string anaphora_kind = {}) {
    std::size_t index = out_.mentions.size();
    out_.mentions.push_back({first, last, actor, kind, std::move(anaphora_kind), {}});
    for (std::size_t t = first; t <= last; ++t) covered_[t] = index;
  }

  // "el titular de la dependencia, Marath Bolaños López": after a
  // description, a domain of free words and a comma, the person it titles;
  // the mention's index or npos.
  std::size_t person_after_domain(std::size_t last) const {
    std::size_t k = text_.next_word(last);
    if (k >= text_.size() || text_.gap(last, k) != " " || !in_list(kDomainWords, word(k)))
      return npos;
    for (std::size_t n = 0; n < kAppositionWindow && covered_[k] == npos; ++n) {
      std::size_t next = text_.next_word(k);
      if (next >= text_.size() || text_.sentence[next] != text_.sentence[k]) return npos;
      std::string_view gap = text_.gap(k, next);
      if (gap == ", ") {
        // "..., general (r) Julio César Ugaz Palomino": another title may
        // come first.
        std::size_t m = mention_after(k);
        for (std::size_t title = next, n = 0; m == npos && n < kCueWindow; ++n) {
          if (title >= text_.size() || token(title).capitalized != text_.sentence_start[title] ||
              text_.sentence[title] != text_.sentence[k])
            break;
          m = covered_[text_.next_word(title)];
          if (m != npos && out_.mentions[m].first != text_.next_word(title)) m = npos;
          title = text_.next_word(title);
        }
        bool person = m != npos && out_.mentions[m].actor != npos &&
                      out_.actors[out_.mentions[m].actor].kind == "person";
        return person ? m : npos;
      }
      if (gap != " ") return npos;
      k = next;
    }
    return npos;
  }

  // After "la cadena", "el diario": the capitalised words of the medium's
  // name ("NBC News", "El Heraldo de Chihuahua"), its last token or npos.
  std::size_t medium_name_after(std::size_t last, const std::string& kind) const {
    if (kind != "media") return npos;
    std::size_t first = text_.next_word(last);
    if (first >= text_.size() || text_.sentence[first] != text_.sentence[last] ||
        text_.gap(last, first) != " " || covered_[first] != npos ||
        !(capital_word(first) || (token(first).upper && token(first).kind == TokenKind::kWord)))
      return npos;
    std::size_t name_last = extend_name(first, /*allow_not_names=*/true);
    return free(first, name_last) ? name_last : npos;
  }

  // The mention starting at the next word after `t` (a comma allowed
  // between), or npos.
  std::size_t mention_after(std::size_t t) const {
    std::size_t next = text_.next_word(t);
    if (next >= text_.size()) return npos;
    std::string_view gap = text_.gap(t, next);
    if (gap.find_first_not_of(" ,") != std::string_view::npos) return npos;
    std::size_t m = covered_[next];
    return m != npos && out_.mentions[m].first == next ? m : npos;
  }

  // Names and offices of the gazetteer, leftmost-longest when they overlap
  // ("el secretario de Relaciones Exteriores, Juan Ramón de la Fuente" is an
  // office and a name, not the SRE).
  void gazetteer() {
    struct Candidate {
      AliasMatch match;
      bool role;
    };
    std::vector<Candidate> candidates;
    for (const AliasMatch& m : data_.names.find(text_.tokens, text_.folded))
      candidates.push_back({m, false});
    for (const AliasMatch& m : data_.roles.find(text_.tokens, text_.folded))
      if (accents_agree(m)) candidates.push_back({m, true});
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      if (a.match.first != b.match.first) return a.match.first < b.match.first;
      return a.match.last > b.match.last;
    });
    std::vector<Candidate> roles;
    std::vector<Candidate> shadowed;  // names inside an office, kept in reserve
    std::size_t end = 0;
    for (const Candidate& c : candidates) {
      if (c.match.first < end) {
        if (!c.role) shadowed.push_back(c);
        continue;
      }
      if (!c.role && (inside_institution_name(c.match) || goes_on_as_another(c.match))) {
        swallowed_.emplace_back(c.match.entry, c.match.first);
        continue;
      }
      if (!c.role && (inside_longer_name(c.match) || hyphenated_on(c.match))) continue;
      if (local_elsewhere(c.match, c.role)) continue;
      if (c.role && vocative(c.match)) continue;
      if (!c.role && of_another_country(c.match)) continue;
      end = c.match.last + 1;
      if (c.role) {
        roles.push_back(c);
      } else {
        std::size_t actor = out_.gazetteer_actor(c.match.entry, data_);
        add(c.match.first, c.match.last, actor, MentionKind::kName);
        // "Ronald Johnson" named in full: "Johnson" alone is him too.
        std::vector<std::string>& surnames = out_.actors[actor].surnames;
        if (out_.actors[actor].kind == "person" && c.match.first != c.match.last &&
            token(c.match.last).capitalized &&
            !std::count(surnames.begin(), surnames.end(), word(c.match.last)))
          surnames.push_back(word(c.match.last));
      }
    }
    for (const Candidate& c : roles)
      if (!office(c.match))
        for (const Candidate& name : shadowed)  // an office of nobody: its names count
          if (name.match.first >= c.match.first && name.match.first <= c.match.last &&
              free(name.match.first, name.match.last))
            add(name.match.first, name.match.last, out_.gazetteer_actor(name.match.entry, data_),
                MentionKind::kName);
  }

  // "Presidenta, la semana pasada el secretario ... dijo": a title
  // alone opening its sentence before a comma addresses someone.
  bool vocative(const AliasMatch& match) const {
    std::size_t next = text_.next_word(match.last);
    return match.first == match.last && text_.sentence_start[match.first] &&
           token(match.first).capitalized && next < text_.size() &&
           text_.gap(match.last, next).starts_with(",");
  }

  // "la Cancillería hondureña" is not the SRE: an institution's alias
  // followed by another country's adjective (the gazetteer's own forms,
  // "Cancillería mexicana", match as a whole first).
  bool of_another_country(const AliasMatch& match) const {
    if (data_.actors[match.entry].kind == "person") return false;
    std::size_t next = text_.next_word(match.last);
    if (next >= text_.size() || text_.sentence[next] != text_.sentence[match.last] ||
        text_.gap(match.last, next) != " " || token(next).capitalized)
      return false;
    // "la Secretaría de Economía del estado": a state's.
    std::size_t estado = text_.next_word(next);
    if (word(next) == "del" && estado < text_.size() && word(estado) == "estado" &&
        !token(estado).capitalized)
      return true;
    return data_.office_modifiers.count(word(next)) > 0;
  }

  // The countries the article names, most named first (never empty: one
  // nameless entry when it names none); counted once, when first needed.
  const std::vector<std::pair<std::string, int>>& countries_named() {
    if (country_counts_.empty()) {
      country_counts_ = countries_by_mentions(text_, data_);
      if (country_counts_.empty()) country_counts_.emplace_back("", 0);
    }
    return country_counts_;
  }

  // "La Cancillería informó" in an article about Chile is not the SRE: a
  // form the gazetteer marks local to its actor's country, in an article
  // that names another country more.
  bool local_elsewhere(const AliasMatch& match, bool role) {
    std::size_t actor = role ? data_.role_holders[match.entry].front().actor : match.entry;
    const GazetteerActor& entry = data_.actors[actor];
    if (entry.country.empty() || entry.local_forms.empty()) return false;
    std::string form;
    for (std::size_t t = match.first; t <= match.last; t = text_.next_word(t))
      form += (form.empty() ? "" : " ") + word(t);
    if (!entry.local_forms.count(form)) return false;
    // "el Ministerio de Relaciones Exteriores, Comercio Internacional y
    // Culto ... La Cancillería": another country's office named in full.
    for (const ArticleActor& other : out_.actors)
      if (other.gazetteer >= 0 && static_cast<std::size_t>(other.gazetteer) != actor &&
          data_.actors[other.gazetteer].local_forms.count(form))
        return true;
    const auto& country_counts = countries_named();
    // Local unless another country is named more than four times as often (a
    // Washington story about Mexico still calls Sheinbaum "la mandataria").
    int top = country_counts.front().second, own = 0;
    for (const auto& [country, n] : country_counts)
      if (country == entry.country) own = n;
    return top > 0 && own * 4 < top;
  }

  // "Daniel Ortega-Briones" is not Daniel Ortega: the name goes on after a
  // hyphen.
  bool hyphenated_on(const AliasMatch& match) const {
    std::size_t next = text_.next_word(match.last);
    return next < text_.size() && token(next).capitalized &&
           (text_.gap(match.last, next) == "-" || text_.gap(match.last, next) == "\u2010");
  }

  // "Óscar Iván Treviño Salazar" is not Ken Salazar: a one-word alias (a
  // surname) right after other capitalised words of a name.
  bool inside_longer_name(const AliasMatch& match) const {
    // A full name of the gazetteer starts with a given name; a surname or
    // "de la Fuente" may be the end of someone else's name.
    if (match.first != match.last && data_.given_names.count(word(match.first))) return false;
    std::size_t previous = text_.previous_word(match.first);
    if (previous == npos || text_.sentence[previous] != text_.sentence[match.first]) return false;
    if (text_.gap(previous, match.first) != " " || !capital_word(previous)) return false;
    if (data_.not_names.count(word(previous)) || data_.person_cues.count(word(previous)))
      return false;
    return !text_.sentence_start[previous] || data_.given_names.count(word(previous));
  }

  // An article about Argentina names its "Ministerio de Relaciones
  // Exteriores, Comercio Internacional y Culto", then calls it "la
  // Cancillería": a gazetteer institution's shorter aliases then mean the
  // institution whose name held the gazetteer's words, unless the article
  // also names the gazetteer's institution in full.
  void rebind_generic_aliases() {
    for (const auto& [entry, token_index] : swallowed_) {
      std::size_t holder = covered_[token_index];
      if (holder == npos) continue;
      std::size_t local = out_.mentions[holder].actor;
      const std::vector<std::string> canonical = folded_words(data_.actors[entry].name);
      std::vector<ActorMention*> aliases;
      bool named_in_full = false;
      for (ActorMention& mention : out_.mentions) {
        if (mention.actor == npos ||
            out_.actors[mention.actor].gazetteer != static_cast<long>(entry))
          continue;
        if (folded_words(text_.span(mention.first, mention.last)) == canonical)
          named_in_full = true;
        aliases.push_back(&mention);
      }
      if (named_in_full) continue;
      for (ActorMention* mention : aliases) mention->actor = local;
    }
  }

  static std::vector<std::string> folded_words(std::string_view text) {
    std::vector<std::string> words;
    for (const Token& token : tokenize(text))
      if (!token.overlay) words.push_back(fold_accents(token.form));
    return words;
  }

  // "Ministerio de Relaciones Exteriores, Comercio Internacional y Culto" is
  // not the SRE: an alias right after "<institution head> de".
  // "Secretaría de Relaciones Exteriores y Cooperación Internacional" (of
  // Honduras): a gazetteer institution's name going on with "y" and two
  // capitalised words is another institution.
  bool goes_on_as_another(const AliasMatch& match) const {
    if (data_.actors[match.entry].kind == "person") return false;
    if (goes_on_with_another_place(match)) return true;
    std::size_t joint = text_.next_word(match.last);
    if (joint >= text_.size() || text_.gap(match.last, joint) != " " ||
        (word(joint) != "y" && word(joint) != "e") || token(joint).capitalized)
      return false;
    std::size_t first = text_.next_word(joint);
    std::size_t second = first < text_.size() ? text_.next_word(first) : npos;
    return second < text_.size() && text_.gap(joint, first) == " " &&
           text_.gap(first, second) == " " && capital_word(first) && capital_word(second) &&
           !data_.institution_heads.count(word(first)) &&
           text_.sentence[second] == text_.sentence[match.first];
  }

  // "el Departamento de Agricultura de Tamaulipas", "la Secretaría de Salud
  // de Sonora": the gazetteer's (Mexican and US) institution's name going
  // on with another place is another institution.
  bool goes_on_with_another_place(const AliasMatch& match) const {
    std::size_t de = text_.next_word(match.last);
    if (de >= text_.size() || text_.gap(match.last, de) != " " || token(de).capitalized ||
        (word(de) != "de" && word(de) != "del"))
      return false;
    std::size_t place = text_.next_word(de);
    if (place >= text_.size() || text_.gap(de, place) != " " || !capital_word(place) ||
        text_.sentence[place] != text_.sentence[match.first] ||
        data_.institution_heads.count(word(place)))
      return false;
    std::size_t last = place;
    std::string country = country_at(place, last);
    return country != "México" && country != "Estados Unidos" && word(place) != "mexico";
  }

  bool inside_institution_name(const AliasMatch& match) const {
    if (data_.actors[match.entry].kind == "person") return false;  // "Gobierno de Sheinbaum"
    if (data_.institution_heads.count(word(match.first))) return false;
    if (!capital_word(match.first)) return false;  // "el Buró ... del DOS": its owner
    std::size_t joint = text_.previous_word(match.first);
    if (joint == npos || !in_list(kInstitutionJoints, word(joint)) || token(joint).capitalized)
      return false;
    // Back over the institution's words to its head: "Ministerio del Poder
    // Popular para Relaciones Exteriores".
    std::size_t t = joint;
    for (std::size_t n = 0; n < kAppositionWindow; ++n) {
      std::size_t before = text_.previous_word(t);
      if (before == npos || text_.sentence[before] != text_.sentence[match.first] ||
          text_.gap(before, t) != " ")
        return false;
      if (capital_word(before) && data_.institution_heads.count(word(before))) return true;
      if (!capital_word(before) && !in_list(kInstitutionJoints, word(before))) return false;
      t = before;
    }
    return false;
  }

  // The text writes the office's words with the office's accents: not
  // "Secretaría de Gobernación" (a ministry) for "secretaria de Gobernación".
  bool accents_agree(const AliasMatch& match) const {
    const std::vector<std::string>& words = data_.role_words[match.entry];
    std::size_t i = 0;
    for (std::size_t t = match.first; t <= match.last && t < text_.size(); ++t) {
      if (token(t).overlay) continue;
      if (i < words.size() && token(t).form != words[i]) return false;
      ++i;
    }
    return true;
  }

  // An office: a title of the name after it, or a mention of its holder on
  // the article's date. False when it names nobody.
  bool office(const AliasMatch& match) {
    if (titles_a_name(match.last)) {
      absorb_title(match.first, mention_after(match.last));
      return true;
    }
    if (titles_an_unknown_name(match.last) || another_office(match.last)) return false;
    std::size_t holder = npos;
    for (const RoleHolder& candidate : data_.role_holders[match.entry])
      if (valid_on(candidate, date_)) {
        if (holder != npos && holder != candidate.actor) return false;  // ambiguous
        holder = candidate.actor;
      }
    if (holder == npos || continues_into_office(match.last)) return false;
    add(match.first, match.last, out_.gazetteer_actor(holder, data_), MentionKind::kRole);
    return true;
  }

  // The title before a name becomes part of the name's mention: "el
  // secretario de Estado, Marco Rubio" is one mention of Rubio.
  void absorb_title(std::size_t first, std::size_t m) {
    for (std::size_t t = first; t < out_.mentions[m].first; ++t) covered_[t] = m;
    out_.mentions[m].first = first;
  }

  // "la presidenta Claudia Sheinbaum", "el secretario de Estado, Marco Rubio".
  bool titles_a_name(std::size_t last) const {
    std::size_t m = mention_after(last);
    return m != npos && out_.mentions[m].kind == MentionKind::kName;
  }

  // "el vocero adjunto del Departamento de Estado, Xander Pike": a title
  // followed by a name the gazetteer does not know (found later).
  bool titles_an_unknown_name(std::size_t last) const {
    std::size_t first = text_.next_word(last);
    if (first >= text_.size() || covered_[first] != npos) return false;
    if (text_.gap(last, first).find_first_not_of(" ,") != std::string_view::npos) return false;
    std::size_t second = text_.next_word(first);
    return capital_word(first) && !data_.not_names.count(word(first)) && second < text_.size() &&
           capital_word(second) && !data_.not_names.count(word(second));
  }

  // "la mandataria estatal", "el canciller guatemalteco", "el secretario de
  // Seguridad Pública": the office's words go on into another office than
  // the gazetteer's.
  bool another_office(std::size_t last) const {
    std::size_t next = text_.next_word(last);
    if (next >= text_.size() || text_.sentence[next] != text_.sentence[last]) return false;
    if (text_.gap(last, next) != " ") return false;
    if (data_.office_modifiers.count(word(next)) && !token(next).capitalized) return true;
    return capital_word(next) && covered_[next] == npos;
  }

  // "la presidenta del Senado": another office, not the one in the gazetteer.
  // "el presidente del jurado", "el presidente de Colombia": the office
  // goes on with "de" where the gazetteer's does not (its longer forms,
  // "la presidenta de México", match first).
  bool continues_into_office(std::size_t last) const {
    std::size_t next = text_.next_word(last);
    if (next >= text_.size() || text_.sentence[next] != text_.sentence[last] ||
        text_.gap(last, next) != " " || (word(next) != "de" && word(next) != "del"))
      return false;
    std::size_t after = text_.next_word(next);
    return after < text_.size() && token(after).kind == TokenKind::kWord;
  }

  // A single capital letter: a middle initial ("R." in "Thomas R.
  // Ellingsen").
  // So is a given name written short ("Ma." in "Lourdes Ma. Espinoza").
  bool initial_at(std::size_t t) const {
    const Token& tok = token(t);
    return tok.kind == TokenKind::kWord && tok.capitalized &&
           (tok.end - tok.start == 1 || data_.given_name_abbreviations.count(word(t)));
  }

  // A capitalised word of letters ("H-2A" names no one).
  bool capital_word(std::size_t t) const {
    return t < text_.size() && !token(t).overlay && token(t).capitalized && !token(t).upper &&
           token(t).kind == TokenKind::kWord &&
           std::none_of(token(t).form.begin(), token(t).form.end(),
                        [](char c) { return c >= '0' && c <= '9'; });
  }

  // After `last`, a nickname in quotes and the surname that follows
  // (Ramón "Moncho" Peguero): the surname's token, or npos.
  std::size_t after_nickname(std::size_t last, std::size_t first) const {
    std::size_t nick = text_.next_word(last);
    if (!token(last).capitalized || nick >= text_.size() ||
        text_.sentence[nick] != text_.sentence[first])
      return npos;
    std::string_view opening = text_.gap(last, nick);
    for (const auto& [open, close] : kNicknameQuotes) {
      if (!opening.starts_with(' ') || opening.substr(1) != open) continue;
      std::size_t t = nick;
      // Ezequiel "el Tano" Di Gregorio: an article opens the nickname.
      if ((word(t) == "el" || word(t) == "la") && !token(t).capitalized &&
          text_.next_word(t) < text_.size() && text_.gap(t, text_.next_word(t)) == " ")
        t = text_.next_word(t);
      for (int n = 0; n < 3 && t < text_.size() && capital_word(t); ++n) {
        std::size_t next = text_.next_word(t);
        if (next >= text_.size() || text_.sentence[next] != text_.sentence[first]) return npos;
        std::string_view gap = text_.gap(t, next);
        if (gap.ends_with(' ') && gap.substr(0, gap.size() - 1) == close)
          return capital_word(next) ? next : npos;
        if (gap != " ") return npos;
        t = next;
      }
    }
    return npos;
  }

  // Extends a name from `first`: capitalised words, joined by particles.
  // Returns the last token of the name.
  // An institution's head word ending a person's name ("Ernesto Pacheco
  // Cámara, explicó"): a surname when nothing of an institution's name
  // follows it, only punctuation or the sentence's end.
  bool surname_like_head(std::size_t t) const {
    if (!capital_word(t) || covered_[t] != npos || !data_.institution_heads.count(word(t)))
      return false;
    std::size_t after = text_.next_word(t);
    if (after >= text_.size() || text_.sentence[after] != text_.sentence[t]) return true;
    std::string_view gap = text_.gap(t, after);
    return gap.find_first_of(",;:)") != std::string_view::npos;
  }

  // "Martha Elena Cámara-Peniche": a word of institutions or places that
  // opens a compound surname.
  bool hyphen_follows(std::size_t t) const {
    std::size_t next = text_.next_word(t);
    return next < text_.size() && text_.gap(t, next) == "-" && capital_word(next);
  }

  std::size_t extend_name(std::size_t first, bool allow_not_names) const {
    std::size_t last = first;
    for (;;) {
      std::size_t next = text_.next_word(last);
      if (next >= text_.size() || text_.sentence[next] != text_.sentence[first]) break;
      std::string_view gap = text_.gap(last, next);
      // "Thomas R. Ellingsen": a middle initial's period; "Garza-Olvera": a
      // compound surname.
      bool initial = initial_at(last) && gap == ". ";
      bool hyphen = gap == "-" && token(last).capitalized && capital_word(next);
      // "Hong Myung-bo", "Kim Ji-woo": a Korean given name's second
      // syllable, in small letters.
      if (gap == "-" && token(last).capitalized && last != first && !token(next).capitalized &&
          token(next).kind == TokenKind::kWord && token(next).end - token(next).start <= 5 &&
          word(next) != "de" && word(next) != "la" && word(next) != "del") {
        last = next;
        break;
      }
      // "O'Connell", "D’Alessandro": a one-letter prefix and an apostrophe.
      bool apostrophe = is_apostrophe(gap) && token(last).capitalized &&
                        token(last).end - token(last).start == 1 && capital_word(next);
      // "María Jesús d'Ors Beltrán": a lower-case "d'" particle.
      if (gap == " " && word(next) == "d" && !token(next).capitalized) {
        std::size_t after = text_.next_word(next);
        std::string_view mark = after < text_.size() ? text_.gap(next, after) : "";
        if (is_apostrophe(mark) && capital_word(after) &&
            text_.sentence[after] == text_.sentence[first]) {
          last = after;
          continue;
        }
      }
      // "National Cattlemen's Beef Association": an English possessive.
      if (allow_not_names && is_apostrophe(gap) && word(next) == "s" && !token(next).capitalized) {
        std::size_t after = text_.next_word(next);
        if (after < text_.size() && text_.gap(next, after) == " " && capital_word(after) &&
            text_.sentence[after] == text_.sentence[first]) {
          last = after;
          continue;
        }
      }
      if (std::size_t after = after_nickname(last, first); after != npos) {
        last = after;  // Ramón "Moncho" Peguero: on to the surname
        continue;
      }
      if (!initial && !hyphen && !apostrophe &&
          gap.find_first_not_of(' ') != std::string_view::npos)
        break;
      if (capital_word(next) && covered_[next] == npos &&
          (allow_not_names || !data_.not_names.count(word(next)) || hyphen_follows(next))) {
        last = next;
        continue;
      }
      // "la Comisión de Árbitros de la Liga MX": an acronym ending an
      // institution's name right after a capitalised word.
      if (allow_not_names && gap == " " && token(next).upper && token(last).capitalized &&
          !token(last).upper && covered_[next] == npos && !data_.not_names.count(word(next)) &&
          token(next).kind == TokenKind::kWord) {
        last = next;  // "Centro INAH Sonora" goes on
        continue;
      }
      // "Luz Marina Echeverry", "José Salvador Alvarado": a given name that
      // is also a place's or an institution's word, between a given name
      // and a surname.
      if (!allow_not_names && capital_word(next) && covered_[next] == npos &&
          data_.given_names.count(word(next)) && data_.given_names.count(word(last))) {
        std::size_t surname = text_.next_word(next);
        if (surname < text_.size() && text_.gap(next, surname) == " " && capital_word(surname) &&
            covered_[surname] == npos && !data_.not_names.count(word(surname))) {
          last = next;
          continue;
        }
      }
      if (!allow_not_names && last != first && surname_like_head(next)) {
        last = next;  // "Ernesto Pacheco Cámara,"
        break;
      }
      // "Juan de Dios Almeida": a compound given name's ending.
      if (data_.given_names.count(word(last)) && gap == " ") {
        bool tail = false;
        for (const Phrase& words : data_.given_name_tails) {
          std::size_t end = 0;
          if (text_.matches_at(next, words, end) && !token(next).capitalized && end > next) {
            last = text_.previous_word(end);
            tail = true;
            break;
          }
        }
        if (tail) continue;
      }
      // A particle ("de la") followed by a capitalised word.
      bool joined = false;
      for (const Phrase& particle : data_.particles) {
        std::size_t end = 0;
        if (particle == Phrase{"y"}) continue;  // "Rubio y De la Fuente" are two
        if (!text_.matches_at(next, particle, end) || end >= text_.size()) continue;
        if (token(next).capitalized) continue;  // "De la" starts a name
        if (capital_word(end) && covered_[end] == npos &&
            (allow_not_names || !data_.not_names.count(word(end))) &&
            text_.sentence[end] == text_.sentence[first]) {
          last = end;
          joined = true;
          break;
        }
      }
      if (!joined) break;
    }
    return last;
  }

  // The country after "de" at `first` ("Estados Unidos", "EE. UU.",
  // "Colombia"), or "" with `last` untouched.
  std::string country_at(std::size_t first, std::size_t& last) const {
    return country_named_at(text_, data_, first, last);
  }

  // "la embajada de Estados Unidos en Quito", "la Embajada estadounidense
  // en Lima": an embassy (or consulate) is named by its country and its
  // city, "Embajada de Estados Unidos en Quito", whatever the case and the
  // form of the text. The gazetteer's embassies (matched first) stay.
  void embassies() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      if ((word(t) != "embajada" && word(t) != "consulado") || covered_[t] != npos) continue;
      std::size_t next = text_.next_word(t);
      if (next >= text_.size() || text_.sentence[next] != text_.sentence[t] ||
          text_.gap(t, next) != " ")
        continue;
      std::size_t last = next;
      std::string country;
      if (auto adjective = data_.governments_by_adjective.find(word(next));
          adjective != data_.governments_by_adjective.end() && !token(next).capitalized)
        country = adjective->second;
      else if (word(next) == "de" && !token(next).capitalized)
        country = country_at(text_.next_word(next), last);
      if (country.empty()) continue;
      std::string place;
      std::size_t en = text_.next_word(last);
      if (en < text_.size() && text_.sentence[en] == text_.sentence[t] &&
          text_.gap(last, en) == " " && word(en) == "en") {
        std::size_t city = text_.next_word(en);
        if (capital_word(city) && text_.gap(en, city) == " ") {
          std::size_t city_last = extend_name(city, /*allow_not_names=*/true);
          place = collapse_spaces(text_.span(city, city_last));
          last = city_last;
        }
      }
      // "la embajada estadounidense", no city: the gazetteer's, if any.
      if (place.empty() && country == "Estados Unidos") continue;
      if (!free(t, last)) continue;
      std::string name = (word(t) == "embajada" ? "Embajada de " : "Consulado de ") + country;
      if (!place.empty()) name += " en " + place;
      add(t, last, out_.named_actor(name, "institution"), MentionKind::kInstitution);
      t = last;
    }
  }

  void institutions() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      if (covered_[t] != npos || !capital_word(t) || !data_.institution_heads.count(word(t)))
        continue;
      // "Martha Elena Cámara-Peniche": a surname.
      if (std::size_t next = text_.next_word(t); next < text_.size() && text_.gap(t, next) == "-")
        continue;
      std::size_t last = extend_institution(t);
      std::string name = collapse_spaces(text_.span(t, last));
      // "el Gobierno colombiano", "la Cancillería hondureña", "la Secretaría
      // de Turismo estatal": named with the country or the state.
      std::size_t placed = with_place(last, name);
      if (placed == last && last == t) {
        // "la Cancillería regional": a head and another office's word.
        std::size_t next = text_.next_word(t);
        if (next >= text_.size() || text_.gap(t, next) != " " || token(next).capitalized ||
            !data_.office_modifiers.count(word(next)))
          continue;  // a head alone: a short reference, later
        placed = next;
        name = collapse_spaces(text_.span(t, next));
      }
      last = placed;
      std::size_t actor = shortened_institution(name);
      if (actor == npos) actor = out_.named_actor(name, "institution");
      add(t, last, actor, MentionKind::kInstitution);
      t = acronym_after(last, actor);
    }
  }

  // "El Gobierno sostiene que ...", "la Cancillería emitió": a country's
  // office named by no country is the one of the country the article
  // names most (names.toml, national_offices).
  void national_offices() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      std::size_t article = text_.previous_word(t);
      if (covered_[t] != npos || article == npos || text_.gap(article, t) != " " ||
          (word(article) != "el" && word(article) != "la"))
        continue;
      std::size_t end = 0;
      const auto* office = data_.national_offices.longest_at(text_, t, end);
      if (office == nullptr || !free(t, text_.previous_word(end))) continue;
      std::size_t last = text_.previous_word(end);
      // "el Gobierno de ...", "el gobierno chileno", "el Gobierno Federal",
      // "el Ministerio de Relaciones Exteriores, Comercio ...".
      if (end < text_.size() && text_.sentence[end] == text_.sentence[t] &&
          (text_.gap(last, end) == " " || text_.gap(last, end) == ", ") &&
          (token(end).capitalized || word(end) == "de" || word(end) == "del" || word(end) == "y" ||
           data_.governments_by_adjective.count(word(end)) ||
           data_.office_modifiers.count(word(end))))
        continue;
      // The same words name the same office throughout the article.
      std::string form = collapse_spaces(text_.span(t, last));
      auto known = national_office_of_.find(form);
      if (known == national_office_of_.end())
        known = national_office_of_.emplace(form, national_office(office->value, t, last)).first;
      std::size_t actor = known->second;
      if (actor == npos) continue;
      add(t, last, actor, MentionKind::kInstitution);
      t = last;
    }
  }

  // The actor of `office`: of the article's country, the gazetteer's actor
  // whose local form the words are ("Cancillería": the SRE) or the one so
  // named; else the office of another country the article named in full;
  // else a new one. npos for the United States, whose offices have other
  // names, and with no country.
  std::size_t national_office(const std::string& office, std::size_t first, std::size_t last) {
    std::string form;
    for (std::size_t t = first; t <= last; t = text_.next_word(t))
      form += (form.empty() ? "" : " ") + word(t);
    std::string country = article_country();
    if (!country.empty() && country != "Estados Unidos") {
      std::string name = office + " de " + country;
      for (std::size_t entry = 0; entry < data_.actors.size(); ++entry)
        if ((data_.actors[entry].country == country &&
             data_.actors[entry].local_forms.count(form)) ||
            data_.actors[entry].name == name)
          return out_.gazetteer_actor(entry, data_);
    }
    // The office already named in full ("el Ministerio de Relaciones
    // Exteriores, Comercio Internacional y Culto").
    for (std::size_t a = 0; a < out_.actors.size(); ++a)
      if (out_.actors[a].gazetteer >= 0 &&
          data_.actors[out_.actors[a].gazetteer].local_forms.count(form))
        return a;
    if (country.empty() || country == "Estados Unidos") return npos;
    return out_.named_actor(office + " de " + country, "institution");
  }

  // The country the article names most. Spanish-language news calls its
  // own country's government "el Gobierno"; one about the United States
  // names it: of a story about both, the other country.
  std::string article_country() {
    const auto& country_counts = countries_named();
    if (country_counts.front().first == "Estados Unidos" && country_counts.size() > 1 &&
        country_counts[1].second * 3 >= country_counts.front().second)
      return country_counts[1].first;
    return country_counts.front().first;
  }

  // "el Ministerio de la Defensa Nacional ... El Ministerio de la Defensa
  // indicó": the first words of an institution named before are it.
  std::size_t shortened_institution(const std::string& name) const {
    for (std::size_t a = 0; a < out_.actors.size(); ++a) {
      const ArticleActor& actor = out_.actors[a];
      if (actor.gazetteer < 0 && actor.kind == "institution" && actor.name.size() > name.size() &&
          actor.name.starts_with(name) && actor.name[name.size()] == ' ')
        return a;
    }
    return npos;
  }

  // "la Secretaría de Turismo estatal", "la Secretaría de Economía del
  // estado", "la Fiscalía chihuahuense", "la Cancillería hondureña": a
  // state's or a country's institution is named with its place,
  // "Secretaría de Turismo de Oaxaca", "Cancillería de Honduras". Returns
  // the new last token.
  std::size_t with_place(std::size_t last, std::string& name) {
    auto lower_word_after = [&](std::size_t t) {
      std::size_t next = text_.next_word(t);
      bool ok = next < text_.size() && text_.sentence[next] == text_.sentence[t] &&
                text_.gap(t, next) == " " && !token(next).capitalized;
      return ok ? next : npos;
    };
    std::size_t next = lower_word_after(last);
    if (next == npos) return last;
    std::string state;
    if (auto adjective = data_.states_by_adjective.find(word(next));
        adjective != data_.states_by_adjective.end())
      state = adjective->second;
    else if (auto country = data_.governments_by_adjective.find(word(next));
             country != data_.governments_by_adjective.end())
      state = country->second;
    else if (word(next) == "estatal")
      state = article_state();
    else if (std::size_t estado = lower_word_after(next);
             word(next) == "del" && estado != npos && word(estado) == "estado") {
      state = article_state();
      next = estado;
    }
    if (state.empty()) return last;
    name += state.starts_with("el ") ? " del " + state.substr(3) : " de " + state;
    return next;
  }

  // The state the article names most, by its name after a preposition or
  // a city ("en Oaxaca", "Culiacán, Sinaloa": not the surname Guerrero) or
  // by its adjective ("los oaxaqueños"); the first named on a tie; "" when
  // it names none.
  const std::string& article_state() {
    if (article_state_) return *article_state_;
    std::unordered_map<std::string, int> counts;
    int best = 0;
    article_state_.emplace();
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      const std::string* state = state_named_at(t);
      if (state == nullptr) continue;
      if (++counts[*state] > best) {
        best = counts[*state];
        *article_state_ = *state;
      }
    }
    return *article_state_;
  }

  const std::string* state_named_at(std::size_t t) const {
    std::string singular = word(t);
    if (singular.ends_with('s')) singular.pop_back();
    for (const std::string& adjective : {word(t), singular})
      if (auto found = data_.states_by_adjective.find(adjective);
          found != data_.states_by_adjective.end())
        return &found->second;
    std::size_t end = 0;
    const auto* state = data_.states.longest_at(text_, t, end);
    std::size_t before = text_.previous_word(t);
    if (state == nullptr || before == npos) return nullptr;
    // "en Culiacán, Sinaloa": a city before it.
    bool after_city = text_.gap(before, t) == ", " && capital_word(before);
    return kPlacePrepositions.count(word(before)) || after_city ? &state->value : nullptr;
  }

  // "American Iron and Steel Institute", "la National Shooting Sports
  // Foundation (NSSF)", "Center for Strategic and International Studies":
  // an English name ends with its kind of organisation, or opens with it
  // and goes on with "for", "on" or "of".
  void english_organizations() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      if (covered_[t] != npos || !capital_word(t) ||
          !data_.english_organization_heads.count(word(t)))
        continue;
      std::size_t first = english_words_before(t);
      std::size_t last = t;
      std::size_t joint = text_.next_word(t);
      if (joint < text_.size() && text_.gap(t, joint) == " " && !token(joint).capitalized &&
          in_list(kEnglishJoints, word(joint)) && word(joint) != "and") {
        std::size_t part = text_.next_word(joint);
        if (part < text_.size() && text_.gap(joint, part) == " " && english_word(part))
          last = english_words_after(part);
      }
      if (first == last || !free(first, last)) continue;
      std::size_t actor = out_.named_actor(collapse_spaces(text_.span(first, last)), "institution");
      add(first, last, actor, MentionKind::kInstitution);
      t = acronym_after(last, actor);
    }
  }

  // A capitalised word of an English name: not a Spanish word capitalised
  // at a sentence's start ("El International Crisis Group").
  bool english_word(std::size_t t) const {
    return t < text_.size() && capital_word(t) && covered_[t] == npos &&
           !in_list(kArticlesAfterJoint, word(t)) && !in_list(kOwnerWords, word(t)) &&
           !data_.sentence_start_nouns.count(word(t));
  }

  // The first word of the English name ending at `t`.
  std::size_t english_words_before(std::size_t t) const {
    std::size_t first = t;
    for (std::size_t p = text_.previous_word(first);
         p != npos && text_.sentence[p] == text_.sentence[t] && text_.gap(p, first) == " ";
         p = text_.previous_word(first)) {
      if (english_word(p)) {
        first = p;
        continue;
      }
      // "Iron and Steel", "Cattlemen's Beef": a joint or a possessive
      // between two capitalised words.
      std::size_t before = text_.previous_word(p);
      bool possessive = word(p) == "s" && before != npos && is_apostrophe(text_.gap(before, p));
      bool joint =
          in_list(kEnglishJoints, word(p)) && before != npos && text_.gap(before, p) == " ";
      if (token(p).capitalized || !(possessive || joint) || !english_word(before)) break;
      first = before;
    }
    return first;
  }

  // The last word of the English name going on at `t` ("Strategic and
  // International Studies").
  std::size_t english_words_after(std::size_t t) const {
    std::size_t last = t;
    for (std::size_t next = text_.next_word(last);
         next < text_.size() && text_.sentence[next] == text_.sentence[t] &&
         text_.gap(last, next) == " ";
         next = text_.next_word(last)) {
      if (english_word(next)) {
        last = next;
        continue;
      }
      std::size_t after = text_.next_word(next);
      if (token(next).capitalized || !in_list(kEnglishJoints, word(next)) ||
          after >= text_.size() || text_.gap(next, after) != " " || !english_word(after))
        break;
      last = after;
    }
    return last;
  }

  // "la productora de litio Litio Andino S.A. informó": capitalised words
  // (joined by "de", "del", "y") before a legal form name a company; its
  // name without the legal form ("Litio Andino") is the same company.
  void companies() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      std::size_t suffix_last = company_suffix_at(t);
      if (suffix_last == npos) continue;
      std::size_t name_last = text_.previous_word(t);
      if (name_last == npos || text_.gap(name_last, t) != " " || !capital_word(name_last) ||
          covered_[name_last] != npos)
        continue;
      std::size_t first = name_last;
      for (;;) {
        std::size_t before = text_.previous_word(first);
        if (before == npos || text_.sentence[before] != text_.sentence[t] ||
            text_.gap(before, first) != " " || covered_[before] != npos)
          break;
        // "Supermercados Andinos S.A. reportó": a company's name may open
        // the sentence.
        if (capital_word(before) && !lowercase_function_word(before)) {
          first = before;
          continue;
        }
        std::size_t joined = text_.previous_word(before);
        bool joint = !token(before).capitalized &&
                     (word(before) == "de" || word(before) == "del" || word(before) == "y");
        if (!joint || joined == npos || !capital_word(joined) || covered_[joined] != npos ||
            text_.gap(joined, before) != " " || text_.sentence[joined] != text_.sentence[t])
          break;
        first = joined;
      }
      std::string name =
          collapse_spaces(text_.span(first, name_last)) + " " + std::string(company_suffix_text(t));
      std::size_t actor = out_.named_actor(name, "institution");
      add(first, suffix_last, actor, MentionKind::kInstitution);
      company_names_.push_back({first, name_last, actor});
      t = suffix_last;
    }
  }

  // The companies' names without their legal form, once the institutions
  // have taken theirs ("el Sindicato de Trabajadores de Supermercados
  // Andinos" is not the company).
  void repeat_company_names() {
    for (const CompanyName& company : company_names_)
      repeat_mentions(company.first, company.last, company.actor);
  }

  struct CompanyName {
    std::size_t first, last, actor;
  };
  std::vector<CompanyName> company_names_;

  // The legal form starting at token `t`, as written ("S.A."), or "".
  std::string_view company_suffix_text(std::size_t t) const {
    std::string_view rest = text_.text.substr(token(t).start);
    for (const std::string& suffix : data_.company_suffixes) {
      if (!rest.starts_with(suffix)) continue;
      // The form ends the word: "S.A." but not "SpAin"; "S.A.," is fine.
      if (rest.size() > suffix.size() &&
          std::isalnum(static_cast<unsigned char>(rest[suffix.size()])))
        continue;
      return rest.substr(0, suffix.size());
    }
    return {};
  }

  // The last token of a legal form starting at `t`, or npos.
  std::size_t company_suffix_at(std::size_t t) const {
    if (token(t).overlay || !token(t).capitalized) return npos;
    std::string_view suffix = company_suffix_text(t);
    if (suffix.empty()) return npos;
    std::size_t end = token(t).start + suffix.size();
    std::size_t last = t;
    for (std::size_t k = text_.next_word(t); k < text_.size() && token(k).end <= end;
         k = text_.next_word(k))
      last = k;
    return last;
  }

  // "Sindicato N°1", "Juzgado N.º 3": a number sign and its number end the
  // name's words. Returns the new last token.
  std::size_t with_number(std::size_t last) const {
    if (word(last) != "n") return last;
    std::size_t number = text_.next_word(last);
    if (number >= text_.size() || token(number).kind != TokenKind::kNumber) return last;
    std::string_view gap = text_.gap(last, number);
    bool sign = gap.find("\xC2\xB0") != std::string_view::npos ||  // °
                gap.find("\xC2\xBA") != std::string_view::npos;    // º
    if (!sign || gap.size() > 5) return last;
    // "Sindicato N°1 de Trabajadores de ...": the name goes on.
    std::size_t de = text_.next_word(number);
    std::size_t more = de < text_.size() ? text_.next_word(de) : npos;
    if (more < text_.size() && (word(de) == "de" || word(de) == "del") &&
        text_.gap(number, de) == " " && capital_word(more) &&
        text_.sentence[more] == text_.sentence[number])
      return extend_name(more, /*allow_not_names=*/true);
    return number;
  }

  // An institution's name goes on further than a person's: "Organización
  // Internacional para las Migraciones", "Secretaría de las Culturas y
  // Artes de Oaxaca", "Oficina de Alcohol, Tabaco, Armas de Fuego y
  // Explosivos"; it stops where a person's name starts ("El Colegio de la
  // Frontera Norte Rodrigo Saldívar Meza").
  std::size_t extend_institution(std::size_t first) const {
    std::size_t last = with_number(extend_name(first, /*allow_not_names=*/true));
    for (;;) {
      std::size_t more = joined_part(last);
      if (more == npos) break;
      last = with_number(extend_name(more, /*allow_not_names=*/true));
    }
    // A given name after the institution's own words starts a person, with
    // the given names right after it ("Universidad de Chile Tomás Ignacio
    // Vergara"); a place's word is none ("del País Vasco Koldo Etxeberria").
    auto given = [&](std::size_t k) {
      return data_.given_names.count(word(k)) && !data_.not_names.count(word(k)) &&
             token(k).capitalized;
    };
    std::size_t end = last;
    for (std::size_t k = text_.next_word(first); k <= last && k < text_.size();
         k = text_.next_word(k)) {
      if (!given(k)) continue;
      std::size_t before = text_.previous_word(k);
      if (before == first || !token(before).capitalized) continue;
      // "Universidad del Rosario Santiago Leguízamo": a given name after
      // "de" is the institution's ("del Rosario").
      std::size_t de = text_.previous_word(before);
      bool institution_word = de != npos && (word(de) == "de" || word(de) == "del");
      if (given(before) && !institution_word) continue;
      std::size_t after = text_.next_word(k);
      // "... Mariana del Río Quintanilla": a surname may open with a particle.
      while (after <= last && !token(after).capitalized &&
             (word(after) == "de" || word(after) == "del" || word(after) == "la" ||
              word(after) == "los" || word(after) == "las"))
        after = text_.next_word(after);
      if (after <= last && token(after).capitalized) end = before;
    }
    return end;
  }

  // The first word of the next part of an institution's name after `last`:
  // "para (las) Migraciones", "y Artes", ", Tabaco, Armas ... y Explosivos"
  // (a list goes on only when it ends with "y"); npos when none.
  std::size_t joined_part(std::size_t last) const {
    std::size_t next = text_.next_word(last);
    if (next >= text_.size() || text_.sentence[next] != text_.sentence[last]) return npos;
    std::string_view gap = text_.gap(last, next);
    auto capital_after = [&](std::size_t t) -> std::size_t {
      while (t < text_.size() && in_list(kArticlesAfterJoint, word(t)) && !token(t).capitalized)
        t = text_.next_word(t);
      return t < text_.size() && capital_word(t) && covered_[t] == npos ? t : npos;
    };
    // "Coalición Tejana por los Derechos del Inmigrante", "Oficina de las
    // Naciones Unidas contra la Droga y el Delito"; not "... por la Guardia
    // Nacional", another institution.
    // So do "Desarrollo y Vida sin Drogas", "Determinación de los Hechos
    // sobre Venezuela".
    if (gap == " " && !token(next).capitalized &&
        (word(next) == "por" || word(next) == "contra" || word(next) == "sin" ||
         word(next) == "sobre")) {
      std::size_t part = capital_after(text_.next_word(next));
      return part != npos && !data_.institution_heads.count(word(part)) ? part : npos;
    }
    // "Centro de Atención al Migrante Retornado": "a" after a word of help.
    bool to = (word(next) == "a" || word(next) == "al") && data_.words_before_a.count(word(last));
    if (gap == " " && !token(next).capitalized &&
        (word(next) == "para" || word(next) == "y" || word(next) == "e" || word(next) == "en" ||
         to)) {
      std::size_t after = text_.next_word(next);
      // "y de la Función Pública"
      if (word(next) != "en" && after < text_.size() && !token(after).capitalized &&
          (word(after) == "de" || word(after) == "del"))
        after = text_.next_word(after);
      std::size_t part = capital_after(after);
      // "La Oficina del Representante Comercial ... y el Departamento de
      // Trabajo": an article and an institution's head start another one.
      if (part != npos && part != after && data_.institution_heads.count(word(part)) &&
          (word(next) == "y" || word(next) == "e"))
        return npos;
      return part;
    }
    if (gap != ", ") return npos;
    // ", Tabaco, Armas de Fuego y Explosivos"
    std::size_t item = next;
    for (int n = 0; n < kListItems; ++n) {
      if (!capital_word(item) || covered_[item] != npos) return npos;
      std::size_t end = extend_name(item, /*allow_not_names=*/true);
      std::size_t after = text_.next_word(end);
      if (after >= text_.size()) return npos;
      std::string_view between = text_.gap(end, after);
      if (between == " " && (word(after) == "y" || word(after) == "e") &&
          capital_after(text_.next_word(after)) != npos)
        return next;
      if (between != ", ") return npos;
      item = after;
    }
    return npos;
  }

  // "Comisión Nacional de los Derechos Humanos (CNDH)": the acronym names
  // the institution from then on. Returns the last token used.
  std::size_t acronym_after(std::size_t last, std::size_t actor) {
    std::size_t next = text_.next_word(last);
    // "(CNDH)", and the mixed case of Spanish acronyms: "(Minedu)", "(Sutep)".
    if (next >= text_.size() || !token(next).capitalized || covered_[next] != npos ||
        token(next).kind != TokenKind::kWord)
      return last;
    std::size_t after = text_.next_word(next);
    if (text_.gap(last, next) != " (" ||
        (after < text_.size() && text_.gap(next, after).substr(0, 1) != ")"))
      return last;
    acronyms_[word(next)] = actor;
    add(next, next, actor, MentionKind::kShort);
    return next;
  }

  // An ordinary word capitalised because it starts a sentence.
  bool ordinary_sentence_start(std::size_t t) const {
    if (!text_.sentence_start[t] || data_.given_names.count(word(t))) return false;
    if (data_.not_names.count(word(t)) || written_in_lower_case_.count(word(t)) ||
        data_.sentence_start_nouns.count(word(t)))
      return true;
    return lowercase_function_word(t);
  }

  bool lowercase_function_word(std::size_t t) const {
    static const std::vector<std::string> kWords = {
        "el",   "la",    "los",   "las",   "un",    "una",     "en",     "de",    "por", "para",
        "con",  "tras",  "sin",   "esta",  "este",  "ese",     "esa",    "pero",  "y",   "segun",
        "ante", "desde", "hasta", "sobre", "entre", "durante", "aunque", "cuando"};
    return std::find(kWords.begin(), kWords.end(), word(t)) != kWords.end();
  }

  // The title introducing the name at `first` ("la visitadora general de
  // la CNDH, Mariana Quiroga"): its token, or npos.
  std::size_t title_of(std::size_t first) const {
    std::string_view gap_before = text_.gap(text_.previous_word(first), first);
    bool apposition = gap_before.find(',') != std::string_view::npos;
    bool domain = false;  // "el subsecretario de Comercio Exterior": an office's domain
    std::size_t t = first;
    for (std::size_t n = 0; n < kAppositionWindow; ++n) {
      t = text_.previous_word(t);
      if (t == npos || text_.sentence[t] != text_.sentence[first]) return npos;
      // "Según la Secretaría, Banegas ...": an institution, not a title.
      bool institution = token(t).capitalized && !text_.sentence_start[t] &&
                         data_.institution_heads.count(word(t));
      if (data_.person_cues.count(word(t)) && !institution) {
        // Close before the name, or in the clause before an apposition comma.
        if (n < kCueWindow && !domain) return t;
        return apposition ? t : npos;
      }
      // "de inmigración" (lower case) specifies the title; "de Comercio
      // Exterior" names the office's domain, which the name is not.
      std::size_t after = text_.next_word(t);
      if (!token(t).capitalized && in_list(kDomainWords, word(t)) && after < text_.size() &&
          token(after).capitalized)
        domain = true;
    }
    return npos;
  }

  // "el aeropuerto Arturo Merino Benítez", "la unidad educativa Simón
  // Bolívar": a place named after a person.
  bool after_place_noun(std::size_t t) const {
    std::size_t previous = text_.previous_word(t);
    if (previous == npos || text_.sentence[previous] != text_.sentence[t] ||
        text_.gap(previous, t) != " ")
      return false;
    if (token(previous).capitalized && data_.place_noun_modifiers.count(word(previous)))
      return after_place_noun(previous);
    // "el distrito de Víctor Larco Herrera", "el municipio de Benito Juárez".
    if ((word(previous) == "de" || word(previous) == "del") && !token(previous).capitalized) {
      std::size_t noun = text_.previous_word(previous);
      return noun != npos && text_.gap(noun, previous) == " " && !token(noun).capitalized &&
             (data_.place_nouns.count(word(noun)) || data_.place_nouns_before_de.count(word(noun)));
    }
    return data_.place_nouns.count(word(previous)) > 0;
  }

  // The capitalised word right before `t` makes a place of what follows:
  // "San Luis Río Colorado", "Puerto Vallarta".
  bool after_place_prefix(std::size_t t) const {
    std::size_t previous = text_.previous_word(t);
    return previous != npos && text_.sentence[previous] == text_.sentence[t] &&
           token(previous).capitalized && data_.place_prefixes.count(word(previous)) &&
           text_.gap(previous, t) == " ";
  }

  // A name where statements put their speaker: right before a reporting
  // verb ("Elmer Xoc Tiul relató", "Karen Whitfield, quien declaró"), right
  // after one ("—relató Elmer Xoc Tiul"), or after a source marker ("según
  // Valeria Ortuño Lara"). Capitalised words there are a speaker's name.
  bool in_statement_slot(std::size_t first, std::size_t last) const {
    std::size_t next = text_.next_word(last);
    if (next < text_.size() && text_.sentence[next] == text_.sentence[last]) {
      std::string_view gap = text_.gap(last, next);
      if (gap == " " && data_.verb_forms.count(word(next))) return true;
      if ((gap == ", " || gap == " ") && (word(next) == "quien" || word(next) == "quienes")) {
        std::size_t verb = text_.next_word(next);
        if (verb < text_.size() && data_.verb_forms.count(word(verb))) return true;
      }
      // "Yorleny Campos Mora, vecina de Cariari, contó": an apposition that
      // opens with a person's title.
      if (gap == ", ") {
        std::size_t title = in_list(kArticlesAfterJoint, word(next)) ? text_.next_word(next) : next;
        if (title < text_.size() && !token(title).capitalized &&
            data_.person_cues.count(word(title)))
          return true;
      }
    }
    std::size_t previous = text_.previous_word(first);
    if (previous == npos || text_.sentence[previous] != text_.sentence[first]) return false;
    std::string_view gap = text_.gap(previous, first);
    if (gap != " ") return false;
    if (data_.verb_forms.count(word(previous)) && !token(previous).capitalized) return true;
    // "—comentó eufórico Rafelito Sosa": one adjective of manner between.
    if (std::size_t verb = text_.previous_word(previous);
        verb != npos && text_.sentence[verb] == text_.sentence[first] &&
        text_.gap(verb, previous) == " " && !token(previous).capitalized &&
        !token(verb).capitalized && data_.verb_forms.count(word(verb)) &&
        word(previous).size() > 4 &&
        (word(previous).ends_with("o") || word(previous).ends_with("a")) &&
        !in_list(kArticlesAfterJoint, word(previous)))
      return true;
    for (std::size_t k = previous, n = 0; k != npos && n < 4; k = text_.previous_word(k), ++n) {
      std::size_t end = 0;
      if (data_.source_markers.longest_at(text_, k, end) == nullptr) continue;
      if (end == first) return true;
      // "según la OIM": an article between.
      if (end == previous && in_list(kArticlesAfterJoint, word(previous))) return true;
    }
    return false;
  }

  // "Mariana Isabel Ocampo y Ruelas", "Marta Puig i Ferrer": surnames
  // joined by "y" (or Catalan "i") in a name that starts with a given name;
  // not "Rubio y Ebrard" (two people). Returns the new last token.
  std::size_t joined_surname(std::size_t first, std::size_t last) const {
    if (!data_.given_names.count(word(first)) || last == first) return last;
    std::size_t joint = text_.next_word(last);
    if (joint >= text_.size() || text_.gap(last, joint) != " " || token(joint).capitalized ||
        (word(joint) != "y" && word(joint) != "i"))
      return last;
    std::size_t surname = text_.next_word(joint);
    // "Quiroga y del Olmo": a particle may open the joined surname.
    while (surname < text_.size() && !token(surname).capitalized &&
           text_.gap(joint, surname) == " " &&
           (word(surname) == "del" || word(surname) == "de" || word(surname) == "la")) {
      joint = surname;
      surname = text_.next_word(surname);
    }
    if (surname >= text_.size() || text_.gap(joint, surname) != " " || !capital_word(surname) ||
        covered_[surname] != npos || data_.not_names.count(word(surname)))
      return last;
    // "Pau Ferrer i Vidal,": a word that is also a given name ends the name
    // when punctuation follows it.
    std::size_t after = text_.next_word(surname);
    bool ends = after >= text_.size() ||
                text_.gap(surname, after).find_first_of(",.;:") != std::string_view::npos;
    if (data_.given_names.count(word(surname)) && !ends) return last;
    // One surname ends the name: "y Ruelas, dijo"; a name going on ("y
    // Juan Pérez") is another person.
    return extend_name(surname, /*allow_not_names=*/false) == surname ? surname : last;
  }

  // "la visitadora general de la CNDH, Mariana Quiroga": every title word
  // of the phrase, so that "la visitadora" and "la general" both refer back.
  void record_titles(std::size_t title, std::size_t actor) {
    std::vector<std::string>& titles = out_.actors[actor].titles;
    for (std::size_t t = title, n = 0; t != npos && n < kCueWindow;
         t = text_.previous_word(t), ++n) {
      if (text_.sentence[t] != text_.sentence[title] || !data_.person_cues.count(word(t))) break;
      titles.push_back(word(t));
    }
  }

  // "la Pastoral de Movilidad Humana denunció", "según el Foro Penal",
  // "Para la Fundación Puente Atlántico, ...": after an article, in a
  // speaker's place, capitalised words that do not open with a given name
  // name an organisation.
  void organizations_in_statement_slots() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      std::size_t article = text_.previous_word(t);
      if (covered_[t] != npos || !capital_word(t) || token(t).upper || article == npos ||
          !in_list(kArticlesAfterJoint, word(article)) || text_.gap(article, t) != " " ||
          text_.sentence[article] != text_.sentence[t] || data_.given_names.count(word(t)) ||
          data_.not_names.count(word(t)) || data_.person_cues.count(word(t)))
        continue;
      // "Rosa María de la Garza": a surname's particle, not an article; "en
      // el Palacio Nacional": a place.
      std::size_t before = text_.previous_word(article);
      if (before != npos && text_.sentence[before] == text_.sentence[t] &&
          lowercase_function_word(before) && word(before) != "para" && word(before) != "segun")
        continue;
      std::size_t last = extend_name(t, /*allow_not_names=*/true);
      std::size_t words = 0;
      for (std::size_t k = t; k <= last; k = text_.next_word(k)) words += token(k).capitalized;
      if (words < 2 || words > kMaxNameWords) continue;
      if (!in_statement_slot(t, last) && !opinion_slot(article, last)) continue;
      // "dijo a La Tercera Yorman José Rangel": the medium spoken to, then
      // the person who spoke.
      if (before != npos && word(before) == "a" && given_name_inside(t, last)) continue;
      std::string name = collapse_spaces(text_.span(t, last));
      std::size_t actor = out_.named_actor(name, "institution");
      add(t, last, actor, MentionKind::kInstitution);
      repeat_mentions(t, last, actor);
      t = acronym_after(last, actor);  // "(OIJ)": named so before and after
    }
  }

  bool given_name_inside(std::size_t first, std::size_t last) const {
    for (std::size_t k = text_.next_word(first); k <= last && k < text_.size();
         k = text_.next_word(k))
      if (data_.given_names.count(word(k)) && token(k).capitalized) return true;
    return false;
  }

  // "Ternium México, la mayor productora del país, informó", "Moody's
  // Ratings señaló": a sentence that opens with capitalised words not
  // opening with a given name, then its reporting verb, names an
  // organisation; not a surname that the article gives to a person
  // elsewhere ("la diputada Gómez ... Gómez Ruiz dijo").
  void organizations_opening_statements() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      if (!text_.sentence_start[t] || covered_[t] != npos || !capital_word(t) ||
          data_.given_names.count(word(t)) || data_.not_names.count(word(t)) ||
          data_.person_cues.count(word(t)) || data_.sentence_start_nouns.count(word(t)) ||
          data_.function_words.count(word(t)) || data_.countries.count(word(t)) ||
          written_in_lower_case_.count(word(t)) || word(t).ends_with("mente"))
        continue;
      std::size_t end = 0;
      if (data_.source_markers.longest_at(text_, t, end) != nullptr) continue;  // "Según X"
      std::size_t last = extend_name(t, /*allow_not_names=*/true);
      // One word alone ("Independiente", "Gimnasia") is too often an
      // ordinary word or a nickname.
      if (last == t || !free(t, last) || persons_surname(t)) continue;
      if (!in_statement_slot(t, last) && !apposition_before_verb(last)) continue;
      std::size_t actor = out_.named_actor(collapse_spaces(text_.span(t, last)), "institution");
      add(t, last, actor, MentionKind::kInstitution);
      repeat_mentions(t, last, actor);
      t = acronym_after(last, actor);
    }
  }

  // The word at `t` follows a given name or a person's title somewhere in
  // the text.
  bool persons_surname(std::size_t t) const {
    for (std::size_t k = 0; k < text_.size(); k = text_.next_word(k)) {
      if (k == t || word(k) != word(t) || !token(k).capitalized) continue;
      std::size_t before = text_.previous_word(k);
      if (before != npos && text_.gap(before, k) == " " &&
          ((data_.given_names.count(word(before)) && token(before).capitalized) ||
           data_.person_cues.count(word(before))))
        return true;
    }
    return false;
  }

  // ", la mayor productora del país, informó": after `last`, a comma, a
  // clause without quotations and a comma right before a reporting verb.
  bool apposition_before_verb(std::size_t last) const {
    std::size_t k = text_.next_word(last);
    if (k >= text_.size() || text_.gap(last, k) != ", ") return false;
    for (std::size_t n = 0; n < kAppositionWindow; ++n) {
      std::size_t next = text_.next_word(k);
      if (next >= text_.size() || text_.sentence[next] != text_.sentence[last] || text_.quoted[k])
        return false;
      std::string_view gap = text_.gap(k, next);
      if (gap == ", ") return !token(next).capitalized && data_.verb_forms.count(word(next)) > 0;
      if (gap != " ") return false;
      k = next;
    }
    return false;
  }

  // "afirmó en rueda de prensa en Phoenix Teresa Maldonado": a place after
  // "en" or "desde", then a given name (not "en San Pedro Garza García").
  bool place_before_name(std::size_t preposition, std::size_t t) const {
    if ((word(preposition) != "en" && word(preposition) != "desde") ||
        token(preposition).capitalized || data_.place_prefixes.count(word(t)))
      return false;
    std::size_t given = text_.next_word(t);
    return given < text_.size() && text_.gap(t, given) == " " &&
           data_.given_names.count(word(given));
  }

  // "dijo a (Efecto Cocuyo)": "a" after a reporting verb.
  bool spoken_to(std::size_t a) const {
    std::size_t verb = text_.previous_word(a);
    return word(a) == "a" && !token(a).capitalized && verb != npos &&
           text_.sentence[verb] == text_.sentence[a] && text_.gap(verb, a) == " " &&
           data_.verb_forms.count(word(verb));
  }

  // "Para <article> X, ...": an opinion's holder.
  bool opinion_slot(std::size_t article, std::size_t last) const {
    std::size_t para = text_.previous_word(article);
    std::size_t next = text_.next_word(last);
    return para != npos && word(para) == "para" && text_.sentence[para] == text_.sentence[last] &&
           next < text_.size() && text_.gap(last, next).starts_with(",");
  }

  void people() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      // "el Gobernador Samuel García": a title written with a capital.
      // "Don Felipe Canul Dzib", "Doña Marielos Hooker" too.
      if (std::size_t next = text_.next_word(t);
          capital_word(t) && data_.person_cues.count(word(t)) && covered_[t] == npos &&
          next < text_.size() && text_.gap(t, next) == " " && capital_word(next) &&
          !data_.not_names.count(word(next)))
        continue;
      if (covered_[t] != npos || !capital_word(t) ||
          (data_.not_names.count(word(t)) && !given_name_before_another(t)))
        continue;
      if (lowercase_function_word(t) || ordinary_sentence_start(t)) continue;
      std::size_t last = extend_name(t, /*allow_not_names=*/false);
      // "dijo a La Tercera Yorman José Rangel": after a capitalised article
      // inside a sentence, a title's words come before the given name; so
      // do a medium's after "dijo a" ("dijo a Efecto Cocuyo Yusmary ...").
      if (std::size_t article = text_.previous_word(t);
          article != npos && !data_.given_names.count(word(t)) &&
          ((token(article).capitalized && !text_.sentence_start[article] &&
            in_list(kArticlesAfterJoint, word(article))) ||
           spoken_to(article) || place_before_name(article, t))) {
        std::size_t given = text_.next_word(t);
        while (given <= last && given < text_.size() && !data_.given_names.count(word(given)))
          given = text_.next_word(given);
        if (given > last || given >= text_.size()) {
          t = last;
          continue;
        }
        t = given;
      }
      t = after_constituency(t, last);
      t = after_title_domain(t, last);
      last = joined_surname(t, last);
      // "una conferencia en Campo Grande, el delegado ...": a place after
      // "en" or "desde", not a person, unless a given name opens it.
      // ("la doctora en Ingeniería Química Francisca ...": a title's field).
      if (std::size_t before = text_.previous_word(t);
          before != npos && (word(before) == "en" || word(before) == "desde") &&
          !token(before).capitalized && !opens_with_given_name(t) &&
          !(text_.previous_word(before) != npos &&
            data_.person_cues.count(word(text_.previous_word(before))))) {
        t = last;
        continue;
      }
      // "el Despacho Oval", "el Estadio Azteca": a place's own name.
      if (after_place_prefix(t) || after_place_noun(t) || data_.place_nouns.count(word(t))) {
        t = last;
        continue;
      }
      std::size_t words = 0;
      for (std::size_t k = t; k <= last; k = text_.next_word(k))
        if (token(k).capitalized) ++words;
      if (words < 2 || words > kMaxNameWords) continue;
      std::size_t title = title_of(t);
      // "la consultora Horizonte Estratégico": a word for a trade names a
      // company unless a given name follows it.
      if (title != npos && data_.organization_cues.count(word(title)) &&
          !data_.given_names.count(word(t)))
        continue;
      if (!opens_with_given_name(t) && title == npos && !in_statement_slot(t, last) &&
          !unknown_first_given_name(t, words))
        continue;
      // "En San Lázaro, el diputado ...": a place's name before a title is
      // no speaker's.
      if (data_.place_prefixes.count(word(t)) && title == npos) {
        t = last;
        continue;
      }
      std::string raw = without_nickname(collapse_spaces(text_.span(t, last)));
      // "María Josefina Urrutia P.": a second surname's initial keeps its
      // period.
      // So does "Jr." or "Sr." ending a name.
      bool abbreviation = initial_at(last) || word(last) == "jr" || word(last) == "sr";
      if (abbreviation && text_.gap(last, text_.next_word(last)).starts_with(".")) raw += ".";
      std::size_t actor = same_person(t, last);
      if (actor == npos) actor = out_.named_actor(raw, "person");
      if (raw.size() > out_.actors[actor].name.size()) out_.actors[actor].name = raw;
      for (std::size_t k = text_.next_word(t); k <= last && k < text_.size();
           k = text_.next_word(k))
        if (token(k).capitalized) out_.actors[actor].surnames.push_back(word(k));
      add(t, last, actor, MentionKind::kPerson);
      if (title != npos) record_titles(title, actor);
      t = last;
    }
  }

  // "Marina del Pilar Ávila Olmeda": a given name that is also an
  // institution's word (the Navy), not after "de", before a second given
  // name (a particle may come between).
  bool given_name_before_another(std::size_t t) const {
    if (!data_.given_names.count(word(t))) return false;
    std::size_t before = text_.previous_word(t);
    if (before != npos && (word(before) == "de" || word(before) == "del")) return false;
    std::size_t next = text_.next_word(t);
    if (next < text_.size() && !token(next).capitalized &&
        (word(next) == "del" || word(next) == "de"))
      next = text_.next_word(next);
    if (next < text_.size() && !token(next).capitalized && word(next) == "la")
      next = text_.next_word(next);
    if (next >= text_.size() || text_.sentence[next] != text_.sentence[t] || !capital_word(next) ||
        data_.not_names.count(word(next)))
      return false;
    return data_.given_names.count(word(next)) || two_surnames_after(t);
  }

  // "Para Salvador Íñiguez Rentería, abogado": two capitalised words that
  // are no place's right after a given name that is also one.
  bool two_surnames_after(std::size_t t) const {
    std::size_t before = text_.previous_word(t);
    if (before != npos && text_.sentence[before] == text_.sentence[t] &&
        ((token(before).capitalized && !text_.sentence_start[before]) || word(before) == "el" ||
         word(before) == "san"))
      return false;  // "El Salvador", "San Salvador", "Para Salvador Íñiguez"
    std::size_t first = t;
    for (int n = 0; n < 2; ++n) {
      std::size_t next = text_.next_word(first);
      if (next >= text_.size() || text_.gap(first, next) != " " || !capital_word(next) ||
          covered_[next] != npos || data_.not_names.count(word(next)))
        return false;
      first = next;
    }
    return true;
  }

  // A given name, or an initial before one ("J. Michael Hendricks").
  bool opens_with_given_name(std::size_t t) const {
    if (data_.given_names.count(word(t))) return true;
    std::size_t next = text_.next_word(t);
    return initial_at(t) && next < text_.size() && text_.gap(t, next) == ". " &&
           data_.given_names.count(word(next));
  }

  // "Yusmary Carolina Briceño, una enfermera ...": a word nobody writes in
  // lower case before a known given name and a surname is a first given
  // name the list lacks.
  bool unknown_first_given_name(std::size_t t, std::size_t words) const {
    std::size_t next = text_.next_word(t);
    // Not inside a title's domain ("la doctora en Ingeniería Química
    // Francisca ...", "la analista de BICE Inversiones Francisca ...").
    std::size_t before = text_.previous_word(t);
    if (before != npos && text_.sentence[before] == text_.sentence[t] &&
        (token(before).capitalized || in_list(kOwnerWords, word(before))))
      return false;
    return words >= 3 && next < text_.size() && data_.given_names.count(word(next)) &&
           text_.gap(t, next) == " " && !written_in_lower_case_.count(word(t)) &&
           !data_.before_verb.count(word(t)) && !data_.place_prefixes.count(word(t));
  }

  // "la asambleísta de Revolución Ciudadana Gissela Mendoza-Quiñónez": after
  // a title's "de", the words up to a given name are the title's domain.
  // Returns where the person's name starts.
  std::size_t after_title_domain(std::size_t first, std::size_t last) const {
    std::size_t de = text_.previous_word(first);
    if (de == npos || (word(de) != "de" && word(de) != "del") ||
        data_.given_names.count(word(first)))
      return first;
    for (std::size_t k = text_.next_word(first); k < last; k = text_.next_word(k))
      if (token(k).capitalized && data_.given_names.count(word(k))) return k;
    return first;
  }

  // "el senador demócrata por Virginia Thomas W. Haldane": after an office
  // and "por", the first word is the constituency when a given name follows
  // it. Returns where the person's name starts.
  std::size_t after_constituency(std::size_t first, std::size_t last) const {
    std::size_t por = text_.previous_word(first);
    if (por == npos || word(por) != "por" || text_.sentence[por] != text_.sentence[first])
      return first;
    // The place may have several words ("Tierra del Fuego Lucía Inés del
    // Valle Ortiz"); the name opens with a given name, or with a word before
    // an initial ("Oklahoma Dale R. McAllister").
    std::size_t name = text_.next_word(first);
    while (name < last && !data_.given_names.count(word(name)) &&
           !(token(name).capitalized && initial_at(text_.next_word(name))))
      name = text_.next_word(name);
    if (name >= last || !token(name).capitalized) return first;
    for (std::size_t t = text_.previous_word(por), n = 0; t != npos && n < kCueWindow;
         t = text_.previous_word(t), ++n)
      if (data_.person_cues.count(word(t))) return name;
    return first;
  }

  // A person already found with the same first and last words ("Ronald
  // Johnson" is "Ronald Douglas Johnson"), or whose surnames these words are
  // ("Castillo Ortega" after "Mariana Castillo Ortega").
  std::size_t same_person(std::size_t first, std::size_t last) const {
    for (const ActorMention& mention : out_.mentions) {
      if (mention.kind != MentionKind::kPerson) continue;
      if (word(mention.first) == word(first) && word(mention.last) == word(last))
        return mention.actor;
    }
    for (std::size_t a = 0; a < out_.actors.size(); ++a) {
      const std::vector<std::string>& surnames = out_.actors[a].surnames;
      if (out_.actors[a].kind != "person" || surnames.empty()) continue;
      bool all = true;
      for (std::size_t k = first; k <= last && all; k = text_.next_word(k))
        if (token(k).capitalized && !in_list(kSurnameParticles, word(k)))  // "Del Castillo"
          all = std::count(surnames.begin(), surnames.end(), word(k)) > 0;
      if (all) return a;
    }
    return by_given_names(first, last);
  }

  // "Rosa Isela la sostenía", after "Rosa Isela Gastélum Félix": the first
  // words of a name, two or more and from a given name on, are the one
  // person named in full with them; and the reverse.
  std::size_t by_given_names(std::size_t first, std::size_t last) const {
    std::vector<std::string> words;
    for (std::size_t k = first; k <= last && k < text_.size(); k = text_.next_word(k)) {
      if (k == first && !data_.given_names.count(word(k))) return npos;
      words.push_back(fold_accents(token(k).form));
    }
    if (words.size() < 2) return npos;
    std::size_t found = npos;
    for (std::size_t a = 0; a < out_.actors.size(); ++a) {
      const ArticleActor& actor = out_.actors[a];
      if (actor.kind != "person" || actor.gazetteer >= 0) continue;
      // "Mariela del Valle Arocha" in a headline, "Mariela del Valle Arocha
      // Pérez" in the text: either may come first.
      std::vector<std::string> name = folded_words(actor.name);
      const std::vector<std::string>& shorter = name.size() < words.size() ? name : words;
      const std::vector<std::string>& longer = name.size() < words.size() ? words : name;
      if (shorter.size() < 2 || shorter.size() == longer.size() ||
          !std::equal(shorter.begin(), shorter.end(), longer.begin()))
        continue;
      if (found != npos) return npos;
      found = a;
    }
    return found;
  }

  // "Efrén intentaba cargar su celular", after "Efrén de Jesús Hernández
  // Cruz": a given name alone is the one person named in full with it
  // (ordinary people are often called by their first name); npos if none
  // or several.
  std::size_t by_given_name(std::size_t t) const {
    if (!data_.given_names.count(word(t))) return npos;
    std::size_t next = text_.next_word(t);
    if (next < text_.size() && text_.gap(t, next) == " " && token(next).capitalized) return npos;
    std::size_t found = npos;
    for (std::size_t a = 0; a < out_.actors.size(); ++a) {
      const ArticleActor& actor = out_.actors[a];
      if (actor.kind != "person" || actor.gazetteer >= 0 || !has_mention(a)) continue;
      if (analyzer_fold_first_word(actor.name) != word(t)) continue;
      if (found != npos) return npos;
      found = a;
    }
    return found;
  }

  // "Del Castillo explicó", "De la Garza dijo": the capitalised particles
  // opening a surname; its first token.
  std::size_t capitalised_particles_before(std::size_t t) const {
    std::size_t first = t;
    for (int n = 0; n < 2; ++n) {
      std::size_t p = text_.previous_word(first);
      if (p == npos || text_.sentence[p] != text_.sentence[t] || text_.gap(p, first) != " " ||
          covered_[p] != npos ||
          !(word(p) == "de" || word(p) == "del" || word(p) == "la" || word(p) == "los"))
        break;
      if (!token(p).capitalized && !(word(p) == "la" && first == t)) break;
      first = p;
      if (token(p).capitalized) break;
    }
    return token(first).capitalized ? first : t;
  }

  void short_references() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      if (covered_[t] != npos) continue;
      if (auto acronym = acronyms_.find(word(t));
          acronym != acronyms_.end() && token(t).capitalized) {
        add(t, t, acronym->second, MentionKind::kShort);
        continue;
      }
      if (!capital_word(t)) continue;
      // A surname of a person named in full in this article.
      std::size_t found = npos;
      for (std::size_t a = 0; a < out_.actors.size() && found == npos; ++a)
        if (out_.actors[a].kind == "person" &&
            std::count(out_.actors[a].surnames.begin(), out_.actors[a].surnames.end(), word(t)))
          found = a;
      if (found != npos && !ordinary_sentence_start(t)) {
        add(capitalised_particles_before(t), t, found, MentionKind::kShort);
        continue;
      }
      if (std::size_t person = by_given_name(t); person != npos) {
        add(t, t, person, MentionKind::kShort);
        continue;
      }
      // The head word of the one institution that starts with it ("el
      // Buró"); not "Gobierno de Sheinbaum", which names another.
      if (!data_.institution_heads.count(word(t))) continue;
      std::size_t next = text_.next_word(t);
      if (next < text_.size() && (word(next) == "de" || word(next) == "del")) continue;
      std::size_t match = npos;
      for (std::size_t a = 0; a < out_.actors.size(); ++a) {
        const ArticleActor& actor = out_.actors[a];
        if (actor.kind == "person" || !has_mention(a)) continue;
        if (analyzer_fold_first_word(actor.name) != word(t)) continue;
        if (match != npos) {
          match = npos;
          break;
        }
        match = a;
      }
      if (match != npos) add(t, t, match, MentionKind::kShort);
    }
  }

  // "Mónica Alexandra Salazar del Pozo ... Salazar recordó": a surname that
  // is also a gazetteer person's alias (Ken Salazar) is the article's own
  // person, when the gazetteer's is never named in full here.
  void rebind_bare_surnames() {
    std::vector<bool> named_in_full(out_.actors.size(), false);
    for (const ActorMention& mention : out_.mentions)
      if (mention.actor != npos && mention.first != mention.last)
        named_in_full[mention.actor] = true;
    for (ActorMention& mention : out_.mentions) {
      if (mention.kind != MentionKind::kName || mention.first != mention.last ||
          mention.actor == npos || out_.actors[mention.actor].kind != "person" ||
          named_in_full[mention.actor])
        continue;
      std::size_t gazetteer_person = mention.actor;
      std::size_t own = npos;
      for (std::size_t a = 0; a < out_.actors.size(); ++a) {
        const ArticleActor& actor = out_.actors[a];
        if (a == gazetteer_person || actor.kind != "person" || actor.gazetteer >= 0 ||
            !std::count(actor.surnames.begin(), actor.surnames.end(), word(mention.first)))
          continue;
        if (own != npos) {
          own = npos;  // two people share it
          break;
        }
        own = a;
      }
      if (own != npos) mention.actor = own;
    }
  }

  bool has_mention(std::size_t actor) const {
    return std::any_of(out_.mentions.begin(), out_.mentions.end(),
                       [&](const ActorMention& m) { return m.actor == actor; });
  }

  static std::string analyzer_fold_first_word(const std::string& name) {
    std::vector<Token> tokens = tokenize(name);
    return tokens.empty() ? std::string() : fold_accents(tokens.front().form);
  }

  // "la visitadora", "el técnico argentino", "la funcionaria
  // estadounidense": an article, a person's title and up to two adjectives,
  // then a verb or a comma. Returns the last token, or npos.
  std::size_t title_description(std::size_t t) const {
    if (!in_list(kArticlesAfterJoint, word(t)) || token(t).capitalized != text_.sentence_start[t])
      return npos;
    std::size_t title = text_.next_word(t);
    if (title >= text_.size() || text_.sentence[title] != text_.sentence[t] ||
        !data_.person_cues.count(word(title)) || token(title).capitalized)
      return npos;
    // "«...», zanjó la fiscal antes de ...": right after a verb.
    std::size_t before = text_.previous_word(t);
    if (before != npos && text_.sentence[before] == text_.sentence[t] &&
        data_.verb_forms.count(word(before)) && text_.gap(before, t) == " ")
      return title;
    std::size_t last = title;
    for (int n = 0; n <= kDescriptionAdjectives; ++n) {
      std::size_t next = text_.next_word(last);
      if (next >= text_.size() || text_.sentence[next] != text_.sentence[t]) return npos;
      std::string_view gap = text_.gap(last, next);
      if (gap.find(',') != std::string_view::npos) return last;
      if (gap != " " || token(next).capitalized) return npos;
      if (data_.verb_forms.count(word(next)) || in_list(kBeforeVerb, word(next))) return last;
      if (n == kDescriptionAdjectives || !looks_adjective(word(next))) return npos;
      last = next;
    }
    return npos;
  }

  static bool looks_adjective(const std::string& w) {
    for (std::string_view ending : {"o", "a", "e", "l", "n", "r", "s", "i"})
      if (w.ends_with(ending)) return w.size() > 3;
    return false;
  }

  void anaphora() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      if (covered_[t] != npos) continue;
      std::size_t end = 0;
      const auto* entry = data_.anaphora.longest_at(text_, t, end);
      if (entry == nullptr) {
        std::size_t last = title_description(t);
        if (last != npos && free(t, last) && mention_after(last) == npos) {
          add(t, last, npos, MentionKind::kAnaphora, "person");
          out_.mentions.back().anaphora_title = word(text_.next_word(t));
          t = last;
        }
        continue;
      }
      if (free(t, end - 1)) {
        const std::string& kind = entry->value;
        std::size_t last = text_.previous_word(end);
        // "el diario The New York Times": a description before a name is a
        // title.
        if (std::size_t named = mention_after(last); named != npos) {
          absorb_title(t, named);
        } else if (std::size_t titled = person_after_domain(last); titled != npos) {
          absorb_title(t, titled);
          t = out_.mentions[titled].last;
          continue;
        } else if (std::size_t name_last = medium_name_after(last, kind); name_last != npos) {
          // "la cadena NBC News reportara": a medium the gazetteer lacks.
          std::size_t name_first = text_.next_word(last);
          std::string name = collapse_spaces(text_.span(name_first, name_last));
          add(t, name_last, out_.named_actor(name, "media"), MentionKind::kName);
          t = name_last;
          continue;
        } else {
          add(t, last, npos, MentionKind::kAnaphora, kind);
        }
        t = last;
      }
    }
  }

  // "Conforme al CONICET, ...", "según la OIM", "la UNAM informó": an
  // acronym no one introduced, where statements put their speaker, is an
  // institution; so are its other uses.
  void speaking_acronyms() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      const Token& tok = token(t);
      if (covered_[t] != npos || !tok.upper || tok.kind != TokenKind::kWord ||
          tok.end - tok.start < 3 || data_.not_names.count(word(t)) ||
          data_.organization_cues.count(word(t)) || acronyms_.count(word(t)) ||
          (!in_statement_slot(t, t) && !before_parenthetical_verb(t)))
        continue;
      // "el T-MEC establece": part of a compound.
      std::size_t before = text_.previous_word(t);
      if (before != npos && text_.gap(before, t).ends_with("-")) continue;
      std::size_t after = text_.next_word(t);
      if (after < text_.size() && text_.gap(t, after).starts_with("-")) continue;
      std::size_t actor = out_.named_actor(std::string(text_.span(t, t)), "institution");
      add(t, t, actor, MentionKind::kInstitution);
      repeat_mentions(t, t, actor);
    }
  }

  // "El CONICET, por su parte, difundió": a short comma-delimited phrase
  // after `last`, then a reporting verb.
  bool before_parenthetical_verb(std::size_t last) const {
    std::size_t t = text_.next_word(last);
    if (t >= text_.size() || text_.sentence[t] != text_.sentence[last] ||
        !text_.gap(last, t).starts_with(","))
      return false;
    for (int n = 0; n < 6; ++n) {
      std::size_t next = text_.next_word(t);
      if (next >= text_.size() || text_.sentence[next] != text_.sentence[last]) return false;
      if (text_.gap(t, next) == ", ") return data_.verb_forms.count(word(next)) > 0;
      t = next;
    }
    return false;
  }

  // "la compañía de ciberseguridad Cifranova", "la consultora Iberdata
  // Research": an article, an organisation cue and up to three words that
  // qualify it, then a name nobody else took. The name's later bare uses
  // ("Cifranova recibió ayudas") are mentions of the same organisation.
  void described_organizations() {
    static const std::vector<std::string> kArticles = {"el", "la", "los", "las", "un", "una"};
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      if ((token(t).capitalized && !text_.sentence_start[t]) || !in_list(kArticles, word(t)))
        continue;
      std::size_t cue = text_.next_word(t);
      if (cue >= text_.size() || covered_[cue] != npos ||
          token(cue).capitalized != token(cue).upper || !data_.organization_cues.count(word(cue)))
        continue;
      std::size_t first = organization_name_after(cue);
      if (first == npos) continue;
      std::size_t last = extend_name(first, /*allow_not_names=*/true);
      // "Justicia y Proceso", "Fletes y Logística del Bravo": two words
      // joined by "y", the name ending there.
      std::size_t joint = text_.next_word(last);
      std::size_t second = joint < text_.size() ? text_.next_word(joint) : npos;
      if (second < text_.size() && text_.gap(last, joint) == " " &&
          (word(joint) == "y" || word(joint) == "e") && !token(joint).capitalized &&
          text_.gap(joint, second) == " " && capital_word(second) && covered_[second] == npos &&
          text_.sentence[second] == text_.sentence[first]) {
        std::size_t end = extend_name(second, /*allow_not_names=*/true);
        std::size_t after = text_.next_word(end);
        if (after >= text_.size() || text_.gap(end, after).find_first_of(",.;:") != npos)
          last = end;
      }
      std::string name = collapse_spaces(text_.span(first, last));
      std::size_t actor = out_.named_actor(name, "institution");
      add(first, last, actor, MentionKind::kInstitution);
      repeat_mentions(first, last, actor);
      t = last;
    }
  }

  // Words of the not-names list that may open an organisation's name after
  // its cue ("la organización Justicia y Proceso"), as places may not.
  bool org_word(std::size_t t) const { return data_.organization_name_words.count(word(t)) > 0; }

  // After the organisation cue `cue` and up to three lower-case words that
  // qualify it ("de ciberseguridad", "española"): the first token of the
  // name, or npos. "la empresa de Carlos Slim" names its owner, not it.
  std::size_t organization_name_after(std::size_t cue) const {
    for (std::size_t t = cue, n = 0; n < 4; ++n) {
      std::size_t next = text_.next_word(t);
      if (next >= text_.size() || text_.sentence[next] != text_.sentence[cue] ||
          text_.gap(t, next) != " ")
        return npos;
      if (capital_word(next) || token(next).upper) {
        if (t != cue && in_list(kOwnerWords, word(t))) return npos;
        // "la organización Justicia y Proceso": an institution's word may
        // name it; a place may not ("la empresa México ...": rare, and
        // "la ONG venezolana Foro Penal" is cued by the adjective).
        return covered_[next] == npos &&
                       (!data_.not_names.count(word(next)) ||
                        data_.institution_heads.count(word(next)) || org_word(next))
                   ? next
                   : npos;
      }
      if (token(next).capitalized) return npos;
      t = next;
    }
    return npos;
  }

  // "KPMG México", "Ternium México": a country right after another
  // capitalised word ends a company's name; it is not the country acting.
  bool ends_a_name(std::size_t first) const {
    std::size_t previous = text_.previous_word(first);
    return previous != npos && text_.sentence[previous] == text_.sentence[first] &&
           text_.gap(previous, first) == " " && token(previous).capitalized &&
           (!text_.sentence_start[previous] || !written_in_lower_case_.count(word(previous)));
  }

  // Every other free occurrence of the words [first, last].
  void repeat_mentions(std::size_t first, std::size_t last, std::size_t actor) {
    std::vector<std::string> words;
    for (std::size_t t = first; t <= last; t = text_.next_word(t)) words.push_back(word(t));
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      std::size_t end = 0;
      if (t == first || !token(t).capitalized || !text_.matches_at(t, words, end)) continue;
      std::size_t end_token = text_.previous_word(end);
      if (!free(t, end_token)) continue;
      add(t, end_token, actor, MentionKind::kShort);
      t = end_token;
    }
  }

  void subject_names() {
    for (const AliasMatch& match : data_.subject_names.find(text_.tokens, text_.folded))
      if (free(match.first, match.last) && !ends_a_name(match.first) &&
          !begins_a_name(match.last) && !in_capitals(match.first, match.last) &&
          !in_headline(match.first) && !after_place_preposition(match.first, match.last))
        out_.subject_mentions.push_back({match.first,
                                         match.last,
                                         data_.subject_actor[match.entry],
                                         MentionKind::kName,
                                         {},
                                         {}});
  }

  // "En Caracas, Nicolás Maduro aseguró", "viajó a Washington": a place;
  // but "En Washington insisten en que": its people speak.
  bool after_place_preposition(std::size_t first, std::size_t last) const {
    std::size_t before = text_.previous_word(first);
    std::size_t verb = text_.next_word(last);
    bool plural_verb_follows = verb < text_.size() && text_.gap(last, verb) == " " &&
                               data_.verb_forms.count(word(verb)) && word(verb).ends_with("n");
    return before != npos && text_.sentence[before] == text_.sentence[first] &&
           kPlacePrepositions.count(word(before)) > 0 && !plural_verb_follows;
  }

  // "Uruguay XXI", "Washington Post": the words go on as another name.
  bool begins_a_name(std::size_t last) const {
    std::size_t next = text_.next_word(last);
    return next < text_.size() && text_.gap(last, next) == " " && token(next).capitalized;
  }

  // "EE. UU. ataca una lancha; Caracas denuncia una agresión": a headline
  // sums up what the body attributes to someone by name.
  bool in_headline(std::size_t t) const {
    std::size_t end = text_.text.find('\n');
    if (end == std::string_view::npos || token(t).start > end) return false;
    std::string_view line = text_.text.substr(0, end);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
      line.remove_suffix(1);
    return !line.ends_with('.');
  }

  // "MADRID/LA HABANA —": a dateline's place, not who speaks.
  bool in_capitals(std::size_t first, std::size_t last) const {
    for (std::size_t t = first; t <= last && t < text_.size(); t = text_.next_word(t))
      if (!token(t).upper || token(t).end - token(t).start < 5) return false;
    return true;
  }

  const AnalyzedText& text_;
  const ExtractionData& data_;
  std::string date_;
  std::vector<std::size_t> covered_;                                 // token -> mention index
  std::optional<std::string> article_state_;                         // once asked
  std::vector<std::pair<std::string, int>> country_counts_;          // once asked
  std::unordered_map<std::string, std::size_t> national_office_of_;  // words -> actor
  std::unordered_set<std::string> written_in_lower_case_;
  std::unordered_map<std::string, std::size_t> acronyms_;  // folded -> actor
  // Gazetteer institutions whose alias was part of another institution's
  // name, and where: (entry, token).
  std::vector<std::pair<std::size_t, std::size_t>> swallowed_;
  ActorExtraction out_;
};

}  // namespace

std::size_t ActorExtraction::gazetteer_actor(std::size_t index, const ExtractionData& data) {
  for (std::size_t a = 0; a < actors.size(); ++a)
    if (actors[a].gazetteer == static_cast<long>(index)) return a;
  ArticleActor actor;
  actor.name = data.actors[index].name;
  actor.kind = data.actors[index].kind;
  actor.gazetteer = static_cast<long>(index);
  actors.push_back(std::move(actor));
  return actors.size() - 1;
}

std::size_t ActorExtraction::named_actor(const std::string& name, const std::string& kind) {
  for (std::size_t a = 0; a < actors.size(); ++a)
    if (actors[a].gazetteer < 0 && actors[a].name == name) return a;
  ArticleActor actor;
  actor.name = name;
  actor.kind = kind;
  actors.push_back(std::move(actor));
  return actors.size() - 1;
}

std::vector<const ArticleActor*> ActorExtraction::ranked() const {
  std::vector<const ArticleActor*> out;
  for (const ArticleActor& actor : actors)
    if (actor.mentions > 0) out.push_back(&actor);
  std::stable_sort(out.begin(), out.end(), [](const ArticleActor* a, const ArticleActor* b) {
    if (a->mentions != b->mentions) return a->mentions > b->mentions;
    return a->first_token < b->first_token;
  });
  return out;
}

ActorExtraction extract_actors(const AnalyzedText& body, const ExtractionData& data,
                               const std::string& reference_date) {
  return ActorFinder(body, data, reference_date).run();
}

std::vector<std::pair<std::string, int>> countries_by_mentions(const AnalyzedText& text,
                                                               const ExtractionData& data) {
  std::vector<std::pair<std::string, int>> counts;  // in order of first mention
  auto count = [&](const std::string& country) {
    auto it = std::find_if(counts.begin(), counts.end(),
                           [&](const auto& c) { return c.first == country; });
    if (it == counts.end())
      counts.emplace_back(country, 1);
    else
      ++it->second;
  };
  for (std::size_t t = 0; t < text.size(); t = text.next_word(t)) {
    std::size_t last = t;
    if (std::string country = country_named_at(text, data, t, last); !country.empty()) {
      count(country);
      t = last;
    } else if (text.folded[t] == "washington") {
      count("Estados Unidos");
    } else if (auto adjective = data.governments_by_adjective.find(text.folded[t]);
               adjective != data.governments_by_adjective.end()) {
      count(adjective->second);
    }
  }
  std::stable_sort(counts.begin(), counts.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return counts;
}

std::string title_case_name(std::string_view name) {
  static const std::vector<std::string> kParticles = {"de", "del", "la", "las", "los", "y", "e"};
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  text.toLower();
  std::string lower;
  text.toUTF8String(lower);
  std::string out;
  std::size_t start = 0;
  bool first_word = true;
  while (start <= lower.size()) {
    std::size_t end = lower.find(' ', start);
    if (end == std::string::npos) end = lower.size();
    std::string word = lower.substr(start, end - start);
    if (!word.empty()) {
      bool particle = !first_word && std::count(kParticles.begin(), kParticles.end(), word);
      if (!particle) {
        // Every part of a hyphenated name: "López-Gatell".
        icu::UnicodeString w = icu::UnicodeString::fromUTF8(word);
        for (int32_t i = 0; i < w.length();
             i = w.indexOf(u'-', i) < 0 ? w.length() : w.indexOf(u'-', i) + 1) {
          UChar32 c = w.char32At(i);
          icu::UnicodeString head(static_cast<UChar32>(u_totitle(c)));
          w.replace(i, U16_LENGTH(c), head);
        }
        word.clear();
        w.toUTF8String(word);
      }
      if (!out.empty()) out.push_back(' ');
      out += word;
      first_word = false;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace hemeroteca
