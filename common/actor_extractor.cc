#include "common/actor_extractor.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_set>

#include "common/text_normalize.h"

namespace hemeroteca {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

// Tokens back from a name within which a title makes it a person's.
constexpr std::size_t kCueWindow = 3;
// ... and, for a name in apposition after a comma, within the clause.
constexpr std::size_t kAppositionWindow = 12;

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
    institutions();
    people();
    short_references();
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
    out_.mentions.push_back({first, last, actor, kind, std::move(anaphora_kind)});
    for (std::size_t t = first; t <= last; ++t) covered_[t] = index;
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
      candidates.push_back({m, true});
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
      end = c.match.last + 1;
      if (c.role) {
        roles.push_back(c);
      } else {
        add(c.match.first, c.match.last, out_.gazetteer_actor(c.match.entry, data_),
            MentionKind::kName);
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

  // An office: a title of the name after it, or a mention of its holder on
  // the article's date. False when it names nobody.
  bool office(const AliasMatch& match) {
    if (titles_a_name(match.last)) {
      absorb_title(match.first, mention_after(match.last));
      return true;
    }
    if (titles_an_unknown_name(match.last)) return false;
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

  // "la presidenta del Senado": another office, not the one in the gazetteer.
  bool continues_into_office(std::size_t last) const {
    std::size_t next = text_.next_word(last);
    if (next >= text_.size() || (word(next) != "de" && word(next) != "del")) return false;
    std::size_t after = text_.next_word(next);
    if (after < text_.size() && word(after) == "la") after = text_.next_word(after);
    if (after >= text_.size()) return false;
    if (data_.institution_heads.count(word(after))) return true;
    std::size_t m = covered_[after];
    return m != npos && out_.actors[out_.mentions[m].actor].kind != "person";
  }

  bool capital_word(std::size_t t) const {
    return t < text_.size() && !token(t).overlay && token(t).capitalized && !token(t).upper &&
           token(t).kind == TokenKind::kWord;
  }

  // Extends a name from `first`: capitalised words, joined by particles.
  // Returns the last token of the name.
  std::size_t extend_name(std::size_t first, bool allow_not_names) const {
    std::size_t last = first;
    for (;;) {
      std::size_t next = text_.next_word(last);
      if (next >= text_.size() || text_.sentence[next] != text_.sentence[first]) break;
      if (text_.gap(last, next).find_first_not_of(' ') != std::string_view::npos) break;
      if (capital_word(next) && covered_[next] == npos &&
          (allow_not_names || !data_.not_names.count(word(next)))) {
        last = next;
        continue;
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

  void institutions() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      if (covered_[t] != npos || !capital_word(t) || !data_.institution_heads.count(word(t)))
        continue;
      std::size_t last = extend_name(t, /*allow_not_names=*/true);
      if (last == t) continue;  // a head alone: a short reference, later
      std::string name = collapse_spaces(text_.span(t, last));
      add(t, last, out_.named_actor(name, "institution"), MentionKind::kInstitution);
      t = last;
    }
  }

  // An ordinary word capitalised because it starts a sentence.
  bool ordinary_sentence_start(std::size_t t) const {
    if (!text_.sentence_start[t] || data_.given_names.count(word(t))) return false;
    if (data_.not_names.count(word(t)) || written_in_lower_case_.count(word(t))) return true;
    return lowercase_function_word(t);
  }

  bool lowercase_function_word(std::size_t t) const {
    static const std::vector<std::string> kWords = {
        "el",  "la",   "los", "las",  "un",   "una", "en",  "de",   "por", "para",
        "con", "tras", "sin", "esta", "este", "ese", "esa", "pero", "y"};
    return std::find(kWords.begin(), kWords.end(), word(t)) != kWords.end();
  }

  bool titled(std::size_t first) const {
    std::size_t t = first;
    for (std::size_t n = 0; n < kAppositionWindow; ++n) {
      t = text_.previous_word(t);
      if (t == npos || text_.sentence[t] != text_.sentence[first]) return false;
      if (data_.person_cues.count(word(t))) {
        // Close before the name, or in the clause before an apposition comma.
        if (n < kCueWindow) return true;
        std::string_view gap = text_.gap(text_.previous_word(first), first);
        return gap.find(',') != std::string_view::npos;
      }
    }
    return false;
  }

  void people() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      if (covered_[t] != npos || !capital_word(t) || data_.not_names.count(word(t))) continue;
      if (lowercase_function_word(t) || ordinary_sentence_start(t)) continue;
      std::size_t last = extend_name(t, /*allow_not_names=*/false);
      std::size_t words = 0;
      for (std::size_t k = t; k <= last; k = text_.next_word(k))
        if (token(k).capitalized) ++words;
      if (words < 2 || (!data_.given_names.count(word(t)) && !titled(t))) continue;
      std::string raw = collapse_spaces(text_.span(t, last));
      std::size_t actor = same_person(t, last);
      if (actor == npos) actor = out_.named_actor(raw, "person");
      if (raw.size() > out_.actors[actor].name.size()) out_.actors[actor].name = raw;
      for (std::size_t k = text_.next_word(t); k <= last && k < text_.size();
           k = text_.next_word(k))
        if (token(k).capitalized) out_.actors[actor].surnames.push_back(word(k));
      add(t, last, actor, MentionKind::kPerson);
      t = last;
    }
  }

  // A person already found with the same first and last words ("Ronald
  // Johnson" is "Ronald Douglas Johnson").
  std::size_t same_person(std::size_t first, std::size_t last) const {
    for (const ActorMention& mention : out_.mentions) {
      if (mention.kind != MentionKind::kPerson) continue;
      if (word(mention.first) == word(first) && word(mention.last) == word(last))
        return mention.actor;
    }
    return npos;
  }

  void short_references() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      if (covered_[t] != npos || !capital_word(t)) continue;
      // A surname of a person named in full in this article.
      std::size_t found = npos;
      for (std::size_t a = 0; a < out_.actors.size() && found == npos; ++a)
        if (out_.actors[a].kind == "person" &&
            std::count(out_.actors[a].surnames.begin(), out_.actors[a].surnames.end(), word(t)))
          found = a;
      if (found != npos && !ordinary_sentence_start(t)) {
        add(t, t, found, MentionKind::kShort);
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

  bool has_mention(std::size_t actor) const {
    return std::any_of(out_.mentions.begin(), out_.mentions.end(),
                       [&](const ActorMention& m) { return m.actor == actor; });
  }

  static std::string analyzer_fold_first_word(const std::string& name) {
    std::vector<Token> tokens = tokenize(name);
    return tokens.empty() ? std::string() : fold_accents(tokens.front().form);
  }

  void anaphora() {
    for (std::size_t t = 0; t < text_.size(); t = text_.next_word(t)) {
      if (covered_[t] != npos) continue;
      std::size_t end = 0;
      const auto* entry = data_.anaphora.longest_at(text_, t, end);
      if (entry != nullptr && free(t, end - 1)) {
        const std::string& kind = entry->value;
        std::size_t last = text_.previous_word(end);
        // "el diario The New York Times": a description before a name is a
        // title.
        if (std::size_t named = mention_after(last); named != npos) {
          absorb_title(t, named);
        } else {
          add(t, last, npos, MentionKind::kAnaphora, kind);
        }
        t = last;
      }
    }
  }

  void subject_names() {
    for (const AliasMatch& match : data_.subject_names.find(text_.tokens, text_.folded))
      if (free(match.first, match.last))
        out_.subject_mentions.push_back(
            {match.first, match.last, data_.subject_actor[match.entry], MentionKind::kName, {}});
  }

  const AnalyzedText& text_;
  const ExtractionData& data_;
  std::string date_;
  std::vector<std::size_t> covered_;  // token -> mention index
  std::unordered_set<std::string> written_in_lower_case_;
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
