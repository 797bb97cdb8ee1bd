#include "common/speaker_extractor.h"

#include <algorithm>
#include <map>

namespace hemeroteca {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

// How far (in words) the extractor looks around a verb.
constexpr std::size_t kBackWords = 8;
constexpr std::size_t kForwardWords = 5;
constexpr std::size_t kComplementWords = 12;
constexpr std::size_t kColonQuoteWords = 20;
constexpr std::size_t kFarThatWords = 16;  // "aseguró en octubre, durante ..., que"
constexpr std::size_t kParentheticalWords = 16;
constexpr std::size_t kSentenceOpening = 5;
constexpr std::size_t kRelativeWords = 10;
constexpr std::size_t kAppositionWords = 12;
constexpr std::size_t kPhraseWords = 6;
constexpr std::size_t kOfPhraseWords = 4;
// Words after a verb in an object relative within which a quotation gives
// what was said.
constexpr std::size_t kQuotedObjectWords = 3;
// Words back from a verb to the "si" opening an indirect question.
constexpr std::size_t kIndirectQuestionWords = 6;
// Sentences back within which a description is the person just named.
constexpr std::uint32_t kRecentSentences = 1;

bool contains_any(std::string_view text, std::initializer_list<std::string_view> needles) {
  return std::any_of(needles.begin(), needles.end(),
                     [&](std::string_view n) { return text.find(n) != std::string_view::npos; });
}

bool closing_quote(std::string_view gap) {
  return contains_any(gap, {"\xE2\x80\x9D", "\xC2\xBB", "\""});  // ” » "
}

bool opening_quote(std::string_view gap) {
  return contains_any(gap, {"\xE2\x80\x9C", "\xC2\xAB", "\""});  // “ « "
}

bool ends_with_any(std::string_view word, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) {
    return word.size() > e.size() && word.ends_with(e);
  });
}

const std::vector<std::string> kArticles = {"el", "la", "los", "las"};
const std::vector<std::string> kDeterminers = {
    "el",  "la",  "los", "las", "un", "una",     "unos",    "unas", "su",   "sus",  "esta", "este",
    "esa", "ese", "del", "al",  "de", "nuestra", "nuestro", "cuya", "cuyo", "otra", "otro"};
// "luego (de que)", "después (de que)": a time clause, not what was said.
const std::vector<std::string> kTimeConjunctionHeads = {"luego", "despues", "antes"};
// Words of a time phrase opening a sentence ("Esa tarde, la FGR ...").
const std::vector<std::string> kTimeOpeners = {"esa",   "ese", "esta",   "este",  "tarde", "manana",
                                               "noche", "dia", "semana", "mismo", "misma"};
const std::vector<std::string> kPrepositions = {
    "de",    "del",    "con",   "a",     "al",   "por", "para", "en",   "entre",
    "sobre", "contra", "hacia", "desde", "tras", "sin", "ante", "bajo", "durante"};
const std::vector<std::string> kQuantifiers = {
    "ambas", "ambos", "los",    "las",    "el",      "la",      "un",    "una",
    "unos",  "unas",  "varios", "varias", "algunos", "algunas", "otros", "otras",
    "todos", "todas", "este",   "esta",   "estos",   "estas"};
// Words that may open a sentence before its subject: "Por su parte, ...".
const std::vector<std::string> kOpeners = {"por",     "su",    "parte",   "ademas",  "asimismo",
                                           "tambien", "luego", "despues", "hoy",     "ayer",
                                           "asi",     "en",    "tanto",   "mientras"};
const std::vector<std::string> kHaber = {"ha",      "han",  "habia", "habian",  "habria",
                                         "habrian", "haya", "hayan", "hubiera", "hubieran",
                                         "hubo",    "he",   "hemos", "habra",   "habran"};
const std::vector<std::string> kMediaWords = {
    "diario",  "periodico", "periodico",   "rotativo",    "cadena",
    "agencia", "medio",     "publicacion", "publicacion", "televisora"};

const std::vector<std::string> kAnonymousSources = {
    "fuentes", "fuente",   "funcionarios",  "integrantes", "miembros",
    "voceros", "expertos", "especialistas", "analistas",   "investigadores"};
const std::vector<std::string> kNegations = {"no", "nunca", "tampoco", "ni", "jamas"};
const std::vector<std::string> kClitics = {"se",  "le",  "les", "lo", "la",
                                           "los", "las", "me",  "nos"};

bool in(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

class SpeakerFinder {
 public:
  SpeakerFinder(const AnalyzedText& text, ActorExtraction& actors, const ExtractionData& data)
      : text_(text),
        actors_(actors),
        data_(data),
        mention_at_(text.size(), npos),
        subject_at_(text.size(), npos) {
    for (std::size_t m = 0; m < actors_.mentions.size(); ++m)
      for (std::size_t t = actors_.mentions[m].first; t <= actors_.mentions[m].last; ++t)
        mention_at_[t] = m;
    for (std::size_t m = 0; m < actors_.subject_mentions.size(); ++m)
      for (std::size_t t = actors_.subject_mentions[m].first; t <= actors_.subject_mentions[m].last;
           ++t)
        subject_at_[t] = m;
  }

  SpeakerExtraction run() {
    for (std::size_t t = 0; t < text_.size(); ++t) {
      if (mention_at_[t] != npos && actors_.mentions[mention_at_[t]].first == t)
        enter_mention(mention_at_[t]);
      if (text_.tokens[t].overlay) {
        if (text_.tokens[t].kind == TokenKind::kHandle) signature(t);
        continue;
      }
      colon_quote(t);
      interview_question(t);
      if (is_reporting_verb(t)) {
        verb(t);
      } else if (std::size_t head = infinitive_head(t); head != npos) {
        verb(head);  // "se limitó a decir": the head verb's subject speaks
      } else if (is_passive_participle(t)) {
        passive(t);
      } else {
        source(t);
      }
    }
    return std::move(out_);
  }

 private:
  const Token& token(std::size_t t) const { return text_.tokens[t]; }
  const std::string& word(std::size_t t) const { return text_.folded[t]; }
  bool valid(std::size_t t) const { return t != npos && t < text_.size(); }
  bool same_sentence(std::size_t a, std::size_t b) const {
    return valid(a) && valid(b) && text_.sentence[a] == text_.sentence[b];
  }
  const ActorMention& mention(std::size_t m) const { return actors_.mentions[m]; }
  const std::string& kind_of(std::size_t actor) const { return actors_.actors[actor].kind; }

  // «"Vi unos huesos ... Le tomé fotos", recordó el ranchero»: a
  // description right after a quotation and its verb is as near to what
  // came before as the quotation's opening sentence. Otherwise its own
  // sentence.
  std::uint32_t sentence_opening_quotation(std::size_t first) const {
    std::size_t verb = text_.previous_word(first);
    std::size_t p = valid(verb) ? text_.previous_word(verb) : npos;
    if (!valid(p) || !text_.quoted[p] || text_.quoted[verb] || !is_reporting_verb(verb))
      return text_.sentence[first];
    for (std::size_t q = text_.previous_word(p); valid(q) && text_.quoted[q];
         q = text_.previous_word(q)) {
      if (text_.gap(q, p).find("\n\n") != std::string_view::npos) break;
      p = q;
    }
    // A quotation opening its paragraph does not bring the paragraph before
    // nearer.
    std::size_t before = text_.previous_word(p);
    if (!valid(before) || text_.gap(before, p).find('\n') != std::string_view::npos)
      return text_.sentence[first];
    return text_.sentence[p];
  }

  // A description ("la dependencia") is the last speaker of its kind, else
  // the last actor of that kind mentioned; resolved when first needed.
  void resolve(std::size_t m) {
    ActorMention& current = actors_.mentions[m];
    if (current.kind != MentionKind::kAnaphora || current.actor != npos) return;
    const std::string& kind = current.anaphora_kind;
    // "la visitadora": the last person introduced with that title.
    if (!current.anaphora_title.empty()) {
      for (std::size_t k = m; k-- > 0;) {
        std::size_t actor = actors_.mentions[k].actor;
        if (actor == npos) continue;
        const std::vector<std::string>& titles = actors_.actors[actor].titles;
        if (std::count(titles.begin(), titles.end(), current.anaphora_title)) {
          current.actor = actor;
          return;
        }
      }
    }
    // "la vocalista recordó" right after "... la cantante Dulce María
    // Cárdenas.": the person just named. So is "dijo el diplomático" in the
    // sentence where "el embajador ..., Ronald Johnson," acts; but someone
    // who spoke just before comes before a person merely named in the
    // previous sentence ("Ebrard anunció ... ver a Lutnick. «…», afirmó el
    // funcionario").
    auto speaker = last_speaker_of_kind_.find(kind);
    bool recent_speaker =
        speaker != last_speaker_of_kind_.end() &&
        text_.sentence[current.first] - last_speaker_sentence_[kind] <= kRecentSentences;
    if (!current.anaphora_title.empty() || kind == "person") {
      std::uint32_t window =
          current.anaphora_title.empty() && recent_speaker ? 0 : kRecentSentences;
      std::uint32_t here = sentence_opening_quotation(current.first);
      for (std::size_t k = m; k-- > 0;) {
        const ActorMention& before = actors_.mentions[k];
        if (here < text_.sentence[before.first] && !text_.quoted[before.first]) continue;
        if (here - std::min(here, text_.sentence[before.first]) > window) break;
        if (before.actor != npos && kind_of(before.actor) == "person" &&
            !text_.quoted[before.first]) {
          // "Ebrard anunció que se reunirá con Greer. «…», afirmó el
          // funcionario": who spoke in that sentence, not whom he named.
          if (speaker != last_speaker_of_kind_.end() && kind == "person" &&
              last_speaker_sentence_[kind] == text_.sentence[before.first]) {
            current.actor = speaker->second;
            return;
          }
          current.actor = before.actor;
          return;
        }
      }
    }
    // "la cartera" is a ministry: the last such institution that spoke,
    // else the last one named.
    if (auto heads = data_.anaphora_heads.find(word(current.last));
        heads != data_.anaphora_heads.end()) {
      auto fits = [&](std::size_t actor) {
        Phrase name = folded_words(actors_.actors[actor].name);
        return std::any_of(heads->second.begin(), heads->second.end(), [&](const Phrase& head) {
          return name.size() >= head.size() && std::equal(head.begin(), head.end(), name.begin());
        });
      };
      if (speaker != last_speaker_of_kind_.end() && fits(speaker->second)) {
        current.actor = speaker->second;
        return;
      }
      std::size_t spoke = npos, named = npos;
      for (std::size_t k = m; k-- > 0 && spoke == npos;) {
        std::size_t actor = actors_.mentions[k].actor;
        if (actor == npos || !fits(actor)) continue;
        if (named == npos) named = actor;
        if (std::find(out_.speakers.begin(), out_.speakers.end(), actor) != out_.speakers.end())
          spoke = actor;
      }
      if (spoke != npos || named != npos) {
        current.actor = spoke != npos ? spoke : named;
        return;
      }
    }
    // "Alcántara ... solo permitió un doble.\n\n«Tenía la recta viva», dijo
    // el lanzador": the one person of the paragraph before, unless the last
    // speaker spoke there or here.
    if (kind == "person") {
      auto [start, previous_start] = paragraph_starts(current.first);
      bool spoke_recently = speaker != last_speaker_of_kind_.end() && !out_.attributions.empty() &&
                            token(out_.attributions.back().token).start >= previous_start;
      if (!spoke_recently && previous_start < start) {
        if (std::size_t person = only_actor_between(previous_start, start); person != npos) {
          current.actor = person;
          return;
        }
      }
    }
    // "la Policía Nacional registró 27 muertes. La institución atribuyó
    // ...": the one institution of the sentence before. "La SRE ha
    // brindado ... asesorías, según datos de la dependencia": the one
    // institution named before it in its own sentence.
    if (kind == "institution") {
      std::size_t first = current.first;
      while (same_sentence(text_.previous_word(first), current.first))
        first = text_.previous_word(first);
      if (first != current.first)
        if (std::size_t only =
                only_actor_between(token(first).start, token(current.first).start, kind);
            only != npos) {
          current.actor = only;
          return;
        }
      std::size_t p = text_.previous_word(first);
      if (valid(p) && current.first > 0)
        if (std::size_t only = only_person_in_sentence(p, kind); only != npos) {
          current.actor = only;
          return;
        }
    }
    auto mentioned = last_mention_of_kind_.find(kind);
    if (speaker != last_speaker_of_kind_.end()) {
      current.actor = speaker->second;
    } else if (mentioned != last_mention_of_kind_.end()) {
      current.actor = mentioned->second;
    }
  }

  // Passing a mention in text order: remember the last actor of each kind.
  void enter_mention(std::size_t m) {
    resolve(m);
    const ActorMention& current = actors_.mentions[m];
    if (current.actor != npos) last_mention_of_kind_[kind_of(current.actor)] = current.actor;
  }

  // ----------------------------------------------------------- verbs --

  bool is_reporting_verb(std::size_t t) const {
    const Token& tok = token(t);
    if (tok.kind != TokenKind::kWord || (tok.capitalized && !text_.sentence_start[t])) return false;
    if (!data_.verb_forms.count(word(t))) return false;
    const std::string& form = tok.form;
    std::size_t previous = text_.previous_word(t);
    // A participle is a verb after "haber" ("ha reiterado"); otherwise an
    // adjective ("el citado", "lo dicho"), or a passive (see passive()).
    if (ends_with_any(form, {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "icho"}))
      return valid(previous) && in(kHaber, word(previous));
    // "afirma", "la denuncia", "el anuncio": after a determiner, a noun;
    // so after a determiner and an adjective ("la mayor amenaza").
    if (ends_with_any(form, {"a", "e", "an", "en", "o"}) && !form.ends_with("ía")) {
      if (!valid(previous)) return true;
      if (in(kDeterminers, word(previous))) return false;
      std::size_t before = text_.previous_word(previous);
      return !(data_.prenominal_adjectives.count(word(previous)) && valid(before) &&
               in(kDeterminers, word(before)));
    }
    return true;
  }

  bool needs_complement(std::size_t t) const { return data_.complement_forms.count(word(t)) > 0; }

  // "que", a colon or a quotation after the verb; or a quotation right
  // before it. Further on, a colon opening a quotation still counts ("celebró
  // el aseguramiento con un breve mensaje en video: «…»") unless another
  // reporting verb comes first.
  bool has_complement(std::size_t v) const {
    std::size_t previous = text_.previous_word(v);
    if (valid(previous)) {
      std::string_view gap = text_.gap(previous, v);
      // A quotation's end, or a dialogue's dash: "—Está con oxígeno —contó".
      if (closing_quote(gap) || gap.ends_with("\xE2\x80\x94") || gap.ends_with("\xE2\x80\x93"))
        return true;
    }
    // A straight quote after a quoted word closes its quotation: "la mayor
    // amenaza" is no verb with a quotation after it.
    auto opens_quotation = [&](std::size_t before, std::string_view gap) {
      if (!opening_quote(gap)) return false;
      bool straight_only = !contains_any(gap, {"\xE2\x80\x9C", "\xC2\xAB"});
      return !(straight_only && text_.quoted[before]);
    };
    std::size_t t = v;
    for (std::size_t n = 0; n < kColonQuoteWords; ++n) {
      std::size_t next = text_.next_word(t);
      if (!same_sentence(v, next)) {
        // A colon or a quotation may open right at the sentence's end.
        std::string_view gap = text_.gap(t, next);
        return n == 0 && (gap.find(':') != std::string_view::npos || opens_quotation(t, gap));
      }
      std::string_view gap = text_.gap(t, next);
      // «México ha asegurado una tonelada», sostuvo en un mensaje: a quoted
      // verb's complement ends with the quotation.
      if (text_.quoted[v] && !text_.quoted[next]) return false;
      bool colon = gap.find(':') != std::string_view::npos;
      if (n >= kComplementWords) {
        // "aseguró en octubre, durante un consejo de ministros, que ...".
        if ((colon && opening_quote(gap)) ||
            (word(next) == "que" && gap.find(',') != gap.npos && n < kFarThatWords))
          return true;
        if (is_reporting_verb(next)) return false;
        t = next;
        continue;
      }
      if (colon || opens_quotation(t, gap) || data_.statement_nouns.count(word(next))) return true;
      // "trasladó a 55 reos ..., la fiscal respondió que": another verb's.
      if (n > 0 && is_reporting_verb(next) && !token(next).capitalized &&
          gap.find(',') == std::string_view::npos && !text_.quoted[next])
        return false;
      // "defendió los ataques como parte de la lucha": a view.
      if (word(next) == "como" && n < 5 && data_.as_complement_forms.count(word(v))) return true;
      // "mantiene contactos con el canciller y que Bruselas ...": a "que"
      // coordinated with an earlier one is not this verb's.
      if (word(next) == "que" && (word(t) == "y" || word(t) == "e")) return false;
      // "habló luego de que la cadena reportara": a time's "que".
      if (word(next) == "que" && word(t) == "de" && valid(text_.previous_word(t)) &&
          in(kTimeConjunctionHeads, word(text_.previous_word(t))))
        return false;
      if (word(next) == "que" && !in(kArticles, word(t)) && word(t) != "lo" &&
          (!in(kPrepositions, word(t)) || (word(t) == "de" && text_.previous_word(t) == v)))
        return true;  // "advirtió que", "advirtió de que"
      t = next;
    }
    return false;
  }

  // "si Quintanilla declarara ante un jurado", "¿Y si Washington pide
  // ...?": a condition states nothing.
  bool hypothetical(std::size_t v) const {
    std::size_t p = text_.previous_word(v);
    for (std::size_t n = 0; n < 5 && same_sentence(p, v); ++n, p = text_.previous_word(p)) {
      std::string_view gap = text_.gap(p, text_.next_word(p));
      if (text_.quoted[p] || closing_quote(gap) ||
          contains_any(gap, {",", ";", ":", "\xE2\x80\x94", "\xE2\x80\x93"}))
        return false;  // "—... si está vivo —dijo": the quotation's words
      if (word(p) == "si" && !token(p).capitalized) return true;
      if (word(p) == "que") return false;
    }
    return false;
  }

  // "no respondió", "no lo ha confirmado", "tampoco dijo": no statement.
  bool negated(std::size_t v) const {
    if (refused(v) || opens_with_ni(v)) return true;
    std::size_t p = text_.previous_word(v);
    std::size_t after = v;
    for (int n = 0; n < 3 && same_sentence(p, v); ++n, after = p, p = text_.previous_word(p)) {
      // "«No perdíamos nunca», dijo": the quotation's last word is not his.
      std::string_view gap = text_.gap(p, after);
      if (closing_quote(gap) || gap.find(',') != std::string_view::npos) return false;
      if (in(kNegations, word(p))) return true;
      if (!in(kClitics, word(p)) && !in(kHaber, word(p))) return false;
    }
    return false;
  }

  // "Ni la Embajada ... ni la Comisión Europea respondieron", "Tampoco la
  // Embajada respondió": a sentence opening with "ni" or "tampoco" negates
  // its verb.
  bool opens_with_ni(std::size_t v) const {
    std::size_t t = v;
    while (same_sentence(text_.previous_word(t), v)) {
      t = text_.previous_word(t);
      if (text_.quoted[t]) return false;
    }
    return t != v && (word(t) == "ni" || word(t) == "tampoco");
  }

  // "declaró procedente la extradición": a ruling, not a statement.
  bool ruling(std::size_t v) const {
    std::size_t next = text_.next_word(v);
    return same_sentence(next, v) && text_.gap(v, next) == " " &&
           data_.ruling_words.count(word(next));
  }

  // "En la FGR señalaron que", "En Palacio Nacional se limitaron a decir":
  // an institution after the sentence's opening "en", right before a
  // plural verb.
  bool spoken_from_inside(std::size_t m, std::size_t v) const {
    if (mention(m).actor == npos || kind_of(mention(m).actor) == "person" ||
        !word(v).ends_with("n"))
      return false;
    std::size_t en = text_.previous_word(mention(m).first);
    if (valid(en) && in(kArticles, word(en))) en = text_.previous_word(en);
    // "Desde la Cámara de Productores señalaron" too.
    if (!valid(en) || (word(en) != "en" && word(en) != "desde") || !text_.sentence_start[en])
      return false;
    for (std::size_t k = text_.next_word(mention(m).last); k < v; k = text_.next_word(k))
      if (!data_.before_verb.count(word(k))) return false;
    return true;
  }

  // "se negó", "se negó (el lunes) a comentar", "declinó comentar".
  bool refused(std::size_t v) const {
    auto reflexive = [&](std::size_t t) {
      std::size_t se = text_.previous_word(t);
      return data_.reflexive_refusals.count(word(t)) && same_sentence(se, t) && word(se) == "se";
    };
    if (reflexive(v)) return true;
    std::size_t p = text_.previous_word(v);
    if (!same_sentence(p, v)) return false;
    if (data_.direct_refusals.count(word(p))) return true;
    if (word(p) != "a") return false;
    for (int n = 0; n < 4 && same_sentence(p, v); ++n) {
      p = text_.previous_word(p);
      if (valid(p) && reflexive(p)) return true;
    }
    return false;
  }

  // "según confirmaron fuentes del ministerio que pidieron no ser citadas":
  // unnamed sources, who speak for no one.
  bool anonymous_sources_after(std::size_t m) {
    for (std::size_t n = 0; n < 3 && valid(m); ++n, m = text_.next_word(m)) {
      if (in(kAnonymousSources, word(m))) return asked_for_anonymity(m);
      if (mention_at_[m] != npos) return false;
    }
    return false;
  }

  // "Un funcionario del Departamento de Justicia, que pidió el anonimato,
  // dijo": a source that asked not to be named speaks for no one.
  bool asked_for_anonymity(std::size_t v) const {
    // "anonimato"; "(pidió) reserva de su nombre", not "la Reserva Federal".
    // "que pidieron no ser citadas", "no ser identificado".
    auto unnamed = [&](std::size_t t) {
      std::size_t ser = text_.previous_word(t), no = valid(ser) ? text_.previous_word(ser) : npos;
      return valid(no) && word(ser) == "ser" && word(no) == "no" &&
             (word(t).starts_with("citad") || word(t).starts_with("identificad") ||
              word(t).starts_with("nombrad"));
    };
    auto anonymity = [&](std::size_t t) {
      return word(t) == "anonimato" || (word(t) == "reserva" && !token(t).capitalized) ||
             unnamed(t);
    };
    for (std::size_t p = text_.previous_word(v); same_sentence(p, v); p = text_.previous_word(p))
      if (anonymity(p)) return true;
    // "..., que pidió el anonimato, ...": the request itself; "confirmaron
    // fuentes del ministerio que pidieron no ser citadas": the sources'
    // request, in the verb's clause.
    std::size_t n = text_.next_word(v);
    for (std::size_t k = 0; k < kBackWords && same_sentence(n, v); ++k, n = text_.next_word(n)) {
      if (anonymity(n)) return true;
      if (text_.gap(text_.previous_word(n), n).find_first_of(",;:") != std::string_view::npos &&
          k >= 3)
        break;
    }
    return false;
  }

  // "no precisó si Washington ha pedido su extradición", "se desconoce si
  // la FGR solicitó ...": a clause opened by "si" (whether) after a verb is
  // a question, not what its subject said.
  bool in_indirect_question(std::size_t v) const {
    std::size_t p = text_.previous_word(v);
    for (std::size_t n = 0; n < kIndirectQuestionWords && same_sentence(p, v);
         ++n, p = text_.previous_word(p)) {
      if (text_.gap(p, text_.next_word(p)).find_first_of(",;:") != std::string_view::npos &&
          text_.next_word(p) != v)
        return false;
      if (word(p) == "que") return false;
      if (word(p) != "si" || token(p).form != "si") continue;
      // "no precisó si", "deberá decidir en las próximas semanas si": a
      // verb or a word of doubt a few words before "si".
      std::size_t before = p;
      for (std::size_t k = 0; k < kIndirectQuestionWords; ++k) {
        std::size_t previous = text_.previous_word(before);
        if (!same_sentence(previous, p) ||
            text_.gap(previous, before).find_first_of(",;:") != std::string_view::npos)
          return false;
        before = previous;
        if (data_.verb_forms.count(word(before)) || data_.infinitives.count(word(before)) ||
            data_.question_heads.count(word(before)))
          return true;
      }
      return false;
    }
    return false;
  }

  // "el gravamen que Estados Unidos anunció sobre el tomate", "las
  // misiones, que Washington considera «trabajo forzoso»": the relative
  // "que" is the verb's object, a thing announced or judged, not what was
  // said. Only a "que" after the verb makes it a statement again.
  bool in_object_relative(std::size_t v) const {
    std::size_t p = text_.previous_word(v);
    while (same_sentence(p, v) && data_.before_verb.count(word(p)) && mention_at_[p] == npos &&
           subject_at_[p] == npos)
      p = text_.previous_word(p);
    if (!same_sentence(p, v) || text_.gap(p, text_.next_word(p)) != " ") return false;
    std::size_t first = npos;
    if (mention_at_[p] != npos) first = mention(head_of(mention_at_[p])).first;
    if (subject_at_[p] != npos) first = actors_.subject_mentions[subject_at_[p]].first;
    if (first == npos) return false;
    // "el Gobierno de Sheinbaum": to the head of the "de" chain.
    for (int n = 0; n < 3; ++n) {
      std::size_t de = text_.previous_word(first);
      if (!same_sentence(de, v) || (word(de) != "de" && word(de) != "del")) break;
      std::size_t owner = text_.previous_word(de);
      if (!valid(owner)) break;
      if (mention_at_[owner] != npos) {
        first = mention(head_of(mention_at_[owner])).first;
      } else if (subject_at_[owner] != npos) {
        first = actors_.subject_mentions[subject_at_[owner]].first;
      } else if (data_.institution_heads.count(word(owner))) {
        first = owner;  // "el Gobierno de Sheinbaum"
      } else {
        break;
      }
    }
    std::size_t que = text_.previous_word(first);
    if (valid(que) && in(kArticles, word(que)) && mention_at_[p] != npos)
      que = text_.previous_word(que);
    // "Ibarra, a quien el Departamento de Justicia acusa de ...": the
    // person is the object.
    if (same_sentence(que, v) && (word(que) == "quien" || word(que) == "quienes") &&
        same_sentence(text_.previous_word(que), v) && word(text_.previous_word(que)) == "a")
      return true;
    if (!same_sentence(que, v) || word(que) != "que") return false;
    std::size_t antecedent = text_.previous_word(que);
    if (!same_sentence(antecedent, v) || in(kPrepositions, word(antecedent)) ||
        word(antecedent) == "lo" || in(kHaber, word(antecedent)) ||
        data_.verb_forms.count(word(antecedent)) || token(antecedent).kind != TokenKind::kWord)
      return false;
    // "unas declaraciones que el Gobierno calificó entonces de «infundadas»":
    // a quotation close after the verb gives the words said.
    std::size_t t = v;
    for (std::size_t n = 0; n < kColonQuoteWords; ++n) {
      std::size_t next = text_.next_word(t);
      std::string_view gap = text_.gap(t, next);
      // "una afirmación que Sheinbaum rechazó el lunes en su conferencia:
      // «…»": a colon opening a quotation, however far.
      if (gap.find(':') != std::string_view::npos && opening_quote(gap)) return false;
      if (!same_sentence(next, v)) return true;
      if (n < kQuotedObjectWords &&
          (word(next) == "que" || gap.find(':') != std::string_view::npos || opening_quote(gap)))
        return false;
      t = next;
    }
    return true;
  }

  void verb(std::size_t v) {
    if (asked_for_anonymity(v) || in_indirect_question(v) || in_object_relative(v)) return;
    if (negated(v)) {
      // Who declined is still the subject of the next verb: "Rubio se negó
      // a descartar ataques y aseguró que ...".
      if (refused(v)) remember_subject(v);
      return;
    }
    if (hypothetical(v)) return;
    if (needs_complement(v) && !has_complement(v)) {
      // "Rubio habló con el canciller y le reiteró que ...": its subject is
      // the next verb's.
      remember_subject(v);
      return;
    }
    if (ruling(v)) return;
    if (std::size_t owner = statement_owner_of_impersonal(v); owner != npos) {
      for (std::size_t actor : resolved(with_coordinated_after(owner))) attribute(actor, v, "verb");
      return;
    }
    if (statement_of_a_non_actor(v)) return;
    if (std::size_t authors = authors_of_statement_clause(v); authors != npos) {
      for (std::size_t actor : resolved(with_coordinated_after(authors)))
        attribute(actor, v, "verb");
      return;
    }
    if (std::vector<std::size_t> issuers = issuers_of_statement(v); !issuers.empty()) {
      for (std::size_t actor : issuers) attribute(actor, v, "verb");
      return;
    }
    std::vector<std::size_t> subject = find_subject(v);
    if (!subject.empty())
      if (std::size_t institution = speaking_through(v); institution != npos)
        subject.insert(subject.begin(), institution);
    // Inside a quotation, a country or an institution acting ("México
    // responde con un traslado") states nothing without what it said; a
    // person named there ("El secretario Rubio reafirmó ...") does.
    if (text_.quoted[v] && !has_complement(v))
      std::erase_if(subject, [&](std::size_t actor) { return kind_of(actor) != "person"; });
    for (std::size_t actor : subject) attribute(actor, v, "verb");
    if (!subject.empty()) last_verb_subject_ = {text_.sentence[v], subject};
  }

  // "(un comunicado) en el que <v>", "en la cual <v>": the "en" opening the
  // relative clause right before verb `v`, or npos.
  std::size_t en_que_before(std::size_t v) const {
    std::size_t que = text_.previous_word(v);
    if (!same_sentence(que, v) || (word(que) != "que" && word(que) != "cual")) return npos;
    std::size_t article = text_.previous_word(que);
    std::size_t en = same_sentence(article, v) ? text_.previous_word(article) : npos;
    if (!same_sentence(en, v) || word(en) != "en" || !in(kArticles, word(article))) return npos;
    return en;
  }

  // "... y el club se limitó a difundir un comunicado en el que lamentó
  // ...": the statement's author is the subject of its own clause (from the
  // last "y"), here no actor.
  bool statement_of_a_non_actor(std::size_t v) const {
    std::size_t en = en_que_before(v);
    if (en == npos) return false;
    std::size_t noun = npos;
    for (std::size_t t = text_.previous_word(en), n = 0; n < 4 && same_sentence(t, v);
         ++n, t = text_.previous_word(t))
      if (data_.statement_nouns.count(word(t))) {
        noun = t;
        break;
      }
    if (noun == npos) return false;
    for (std::size_t t = text_.previous_word(noun); same_sentence(t, v);
         t = text_.previous_word(t)) {
      if (mention_at_[t] != npos || subject_at_[t] != npos) return false;
      if ((word(t) == "y" || word(t) == "e") && !token(t).capitalized) return true;
    }
    return false;
  }

  // "la FGR y la SSPC emitieron un comunicado conjunto en el que
  // subrayaron que": a verb in a statement's relative clause speaks for the
  // sentence's opening actors, who issued the statement ("El ministro ...,
  // Yván Gil, remitió una carta a la ONU en la que denuncia"). Returns the
  // first one's mention, or npos.
  std::size_t authors_of_statement_clause(std::size_t v) {
    std::size_t en = en_que_before(v);
    if (en == npos) return npos;
    std::size_t noun = npos;
    for (std::size_t t = text_.previous_word(en), n = 0;
         n < kAppositionWords && same_sentence(t, v); ++n, t = text_.previous_word(t)) {
      if (data_.statement_nouns.count(word(t))) {
        noun = t;
        break;
      }
      // A plural verb reaches only its noun's words ("un comunicado
      // conjunto en el que"); a singular one, past the addressee too.
      if (word(v).ends_with("n") && n >= 2) return npos;
      if (text_.quoted[t]) return npos;
    }
    if (noun == npos) return npos;
    std::size_t t = en;
    while (same_sentence(text_.previous_word(t), v)) t = text_.previous_word(t);
    // "El ministro de Exteriores venezolano, Yván Gil, ha remitido una carta".
    if (std::size_t m = titled_apposition(t, v); m != npos && mention(m).last < noun) {
      resolve(m);
      return mention(m).actor == npos ? npos : m;
    }
    for (std::size_t n = 0; n < kSentenceOpening && t < en; ++n, t = text_.next_word(t)) {
      if (std::size_t m = mention_at_[t]; m != npos && mention(m).first == t) {
        resolve(m);
        return mention(m).actor == npos ? npos : m;
      }
      if (!in(kArticles, word(t)) && !in(kOpeners, word(t)) && !in(kTimeOpeners, word(t)))
        return npos;
    }
    return npos;
  }

  // "La Comisión Europea, a través de su portavoz de Comercio, Olof Gill,
  // indicó": the institution the verb's subject speaks for, or npos.
  std::size_t speaking_through(std::size_t v) {
    std::size_t t = v;
    for (std::size_t n = 0; n < kParentheticalWords && same_sentence(text_.previous_word(t), v);
         ++n) {
      t = text_.previous_word(t);
      if (text_.quoted[t] || (data_.verb_forms.count(word(t)) && t != v)) return npos;
      std::size_t end = 0;
      if (!data_.through_spokesperson.longest_at(text_, t, end)) continue;
      std::size_t owner = text_.previous_word(t);
      if (!same_sentence(owner, v) || mention_at_[owner] == npos ||
          text_.gap(owner, t).find(',') == std::string_view::npos)
        return npos;
      std::size_t head = head_of(mention_at_[owner]);
      resolve(head);
      if (mention(head).actor == npos || kind_of(mention(head).actor) == "person") return npos;
      return mention(head).actor;
    }
    return npos;
  }

  // "Horas más tarde, la Cancillería emitió un comunicado en el que lamentó":
  // the subject of the verb that issued the statement ("emitió un").
  std::vector<std::size_t> issuers_of_statement(std::size_t v) {
    std::size_t en = en_que_before(v);
    if (en == npos) return {};
    std::size_t noun = text_.previous_word(en);
    // "un comunicado más mesurado en el que": two words may qualify it.
    for (int n = 0; n < 3 && same_sentence(noun, v) && !data_.statement_nouns.count(word(noun));
         ++n)
      noun = text_.previous_word(noun);
    if (!same_sentence(noun, v) || !data_.statement_nouns.count(word(noun))) return {};
    std::size_t determiner = text_.previous_word(noun);
    if (!same_sentence(determiner, v) || !in(kDeterminers, word(determiner))) return {};
    std::size_t issued = text_.previous_word(determiner);
    if (!same_sentence(issued, v) || token(issued).capitalized || mention_at_[issued] != npos ||
        text_.gap(issued, determiner) != " ")
      return {};
    return before_verb(issued);
  }

  // "un comunicado conjunto de la FGR y la SSPC en el que se afirma que":
  // an impersonal verb in a statement's relative clause speaks for the
  // statement's authors. Returns the first author's mention, or npos.
  std::size_t statement_owner_of_impersonal(std::size_t v) const {
    std::size_t se = text_.previous_word(v);
    if (!same_sentence(se, v) || word(se) != "se") return npos;
    std::size_t que = text_.previous_word(se);
    if (!same_sentence(que, v) || (word(que) != "que" && word(que) != "cual")) return npos;
    std::size_t article = text_.previous_word(que);
    std::size_t en = same_sentence(article, v) ? text_.previous_word(article) : npos;
    if (!same_sentence(en, v) || word(en) != "en" || !in(kArticles, word(article))) return npos;
    // Back to the statement noun and its "de" owner.
    for (std::size_t t = text_.previous_word(en), n = 0;
         n < kAppositionWords && same_sentence(t, v); ++n, t = text_.previous_word(t)) {
      if (mention_at_[t] != npos) t = mention(mention_at_[t]).first;  // a name counts once
      if (!data_.statement_nouns.count(word(t))) continue;
      for (std::size_t k = text_.next_word(t), m = 0; m < 3 && k < en;
           ++m, k = text_.next_word(k)) {
        if (word(k) != "de" && word(k) != "del") continue;
        std::size_t owner = text_.next_word(k);
        if (valid(owner) && in(kArticles, word(owner))) owner = text_.next_word(owner);
        if (valid(owner) && mention_at_[owner] != npos &&
            mention(mention_at_[owner]).first == owner)
          return mention_at_[owner];
        return npos;
      }
      return npos;
    }
    return npos;
  }

  // For a reporting verb's infinitive after "se limitó a", "volvió a" ...:
  // the head's verb ("limitó", "volvió"), or npos.
  std::size_t infinitive_head(std::size_t t) const {
    if (!data_.infinitives.count(word(t)) || token(t).capitalized) return npos;
    // "..., al asegurar que ...": the infinitive speaks for the clause.
    // "al asegurar ante periodistas en el Despacho Oval que ...".
    std::size_t before = text_.previous_word(t);
    if (same_sentence(before, t) && word(before) == "al" && that_follows(t)) return t;
    std::size_t k = t;
    for (int n = 0; n < 3; ++n) {
      k = text_.previous_word(k);
      if (!same_sentence(k, t)) return npos;
      std::size_t end = 0;
      if (data_.infinitive_heads.longest_at(text_, k, end) && end == t)
        return word(k) == "se" ? text_.next_word(k) : k;
    }
    return npos;
  }

  // "que" within a few words after `t`, in its clause.
  bool that_follows(std::size_t t) const {
    std::size_t k = t;
    for (std::size_t n = 0; n < kComplementWords; ++n) {
      std::size_t next = text_.next_word(k);
      if (!same_sentence(next, t) ||
          text_.gap(k, next).find_first_of(",;:") != std::string_view::npos)
        return false;
      if (word(next) == "que") return true;
      if (is_reporting_verb(next)) return false;
      k = next;
    }
    return false;
  }

  void remember_subject(std::size_t v) {
    std::vector<std::size_t> subject = before_verb(v);
    if (!subject.empty()) last_verb_subject_ = {text_.sentence[v], subject};
  }

  bool inverted(std::size_t v) const {
    std::size_t previous = text_.previous_word(v);
    if (!valid(previous)) return true;
    std::string_view gap = text_.gap(previous, v);
    if (closing_quote(gap) || contains_any(gap, {"\xE2\x80\x94", "\xE2\x80\x93"})) return true;
    return gap.find(',') != std::string_view::npos && mention_at_[previous] == npos &&
           subject_at_[previous] == npos;
  }

  std::vector<std::size_t> find_subject(std::size_t v) {
    // "con que se calcula la llamada Tasa Salarial": an impersonal "se"
    // right before the verb; what follows is its object.
    if (std::size_t p = text_.previous_word(v); same_sentence(p, v) && word(p) == "se" &&
                                                data_.verb_forms.count(word(v)) &&
                                                !data_.pronominal_forms.count(word(v)))
      return {};
    bool after_quote = inverted(v);
    std::vector<std::size_t> subject;
    // After a comma the subject usually follows: "..., informó la FGR".
    std::size_t previous = text_.previous_word(v);
    bool after_comma =
        valid(previous) && text_.gap(previous, v).find(',') != std::string_view::npos;
    // "..., añadieron esas fuentes": unnamed sources after the verb.
    if ((after_quote || after_comma) && anonymous_subject_after(v)) return {};
    if (after_quote || after_comma) subject = after_verb(v);
    // "Preguntado por si jugará Álvaro Valles, respondió": the names in the
    // question are not who answers.
    if (subject.empty() && after_comma && opens_with_question_participle(v) &&
        !mention_after_opening_clause(v))
      return implicit_subject(v, after_quote);
    if (subject.empty()) subject = before_verb(v);
    if (subject.empty()) subject = relative_antecedent(v);
    // "el TPS, cuya terminación anunció el DHS": the noun after "cuya" is
    // the object when an actor follows the verb.
    if (subject.empty() && object_after_cuyo(v)) subject = after_verb(v);
    // "Un portavoz de la empresa dijo al diario X": a subject that names no
    // actor; the words after the verb are not its subject.
    if (subject.empty() && !after_quote && !after_comma && non_actor_subject_before(v)) return {};
    if (subject.empty()) subject = after_verb(v);
    if (subject.empty()) subject = implicit_subject(v, after_quote);
    return subject;
  }

  // The actors of mention `m` and of those coordinated with it before it
  // ("Rubio García y De la Fuente Ramírez").
  std::vector<std::size_t> with_coordinated_before(std::size_t m) {
    resolve(m);
    std::vector<std::size_t> actors{mention(m).actor};
    std::size_t first = same_actor_before(m);
    for (int n = 0; n < 3; ++n) {
      std::size_t joint = text_.previous_word(first);
      // "La SRE y el Departamento de Estado difundieron".
      if (valid(joint) && in(kArticles, word(joint)) && !token(joint).capitalized)
        joint = text_.previous_word(joint);
      if (!valid(joint) || (word(joint) != "y" && word(joint) != "e")) break;
      std::size_t before = text_.previous_word(joint);
      if (!valid(before) || mention_at_[before] == npos) break;
      std::size_t other = head_of(mention_at_[before]);
      resolve(other);
      actors.push_back(mention(other).actor);
      first = same_actor_before(other);
    }
    return actors;
  }

  std::vector<std::size_t> with_coordinated_after(std::size_t m) {
    resolve(m);
    std::vector<std::size_t> actors{mention(m).actor};
    std::size_t last = same_actor_after(m);
    for (int n = 0; n < 3; ++n) {
      std::size_t joint = text_.next_word(last);
      if (!valid(joint) || (word(joint) != "y" && word(joint) != "e")) break;
      std::size_t after = text_.next_word(joint);
      while (valid(after) && in(kArticles, word(after))) after = text_.next_word(after);
      if (!valid(after) || mention_at_[after] == npos) break;
      resolve(mention_at_[after]);
      actors.push_back(mention(mention_at_[after]).actor);
      last = same_actor_after(mention_at_[after]);
    }
    return actors;
  }

  // The last token of mention `m`, or of the mention of the same actor right
  // after it: "la Secretaría de Relaciones Exteriores (SRE)".
  std::size_t same_actor_after(std::size_t m) const {
    std::size_t next = text_.next_word(mention(m).last);
    if (valid(next) && mention_at_[next] != npos && mention(mention_at_[next]).first == next &&
        mention(mention_at_[next]).actor == mention(m).actor)
      return mention(mention_at_[next]).last;
    return mention(m).last;
  }

  // The first token of mention `m`, or of the mention of the same actor
  // right before it: "la Secretaría de Marina (Semar)".
  std::size_t same_actor_before(std::size_t m) const {
    std::size_t previous = text_.previous_word(mention(m).first);
    if (valid(previous) && mention_at_[previous] != npos &&
        mention(mention_at_[previous]).last == previous &&
        mention(mention_at_[previous]).actor == mention(m).actor)
      return mention(mention_at_[previous]).first;
    return mention(m).first;
  }

  // Before capitalised words that name no actor, "de"/"del" and the
  // mention (or its acronym in parentheses) they complement: that
  // mention's head, or npos.
  std::size_t owner_of_unknown_complement(std::size_t p, std::size_t v) const {
    std::size_t k = p;
    for (int n = 0; n < 3; ++n) {
      std::size_t previous = text_.previous_word(k);
      if (!same_sentence(previous, v) || text_.gap(previous, k) != " " ||
          !token(previous).capitalized || mention_at_[previous] != npos)
        break;
      k = previous;
    }
    std::size_t de = text_.previous_word(k);
    if (!same_sentence(de, v) || text_.gap(de, k) != " " || token(de).capitalized ||
        (word(de) != "de" && word(de) != "del"))
      return npos;
    std::size_t owner = text_.previous_word(de);
    if (!same_sentence(owner, v) || mention_at_[owner] == npos) return npos;
    std::string_view gap = text_.gap(owner, de);
    if (gap != " " && gap != ") ") return npos;
    return head_of(mention_at_[owner]);
  }

  // "La Oficina del Portavoz del Gobierno de Estados Unidos informó": the
  // subject is the first mention, the others complement it.
  std::size_t head_of(std::size_t m) const {
    for (std::size_t owner = owner_before(mention(m).first); owner != npos;
         owner = owner_before(mention(m).first))
      m = owner;
    return m;
  }

  // The mention that the words from `first` complement ("... de Estados
  // Unidos", "(FGR) de México"), or npos.
  std::size_t owner_before(std::size_t first) const {
    std::size_t particle = text_.previous_word(first);
    if (valid(particle) && word(particle) == "la") particle = text_.previous_word(particle);
    if (!valid(particle) || (word(particle) != "de" && word(particle) != "del")) return npos;
    std::size_t before = text_.previous_word(particle);
    // "la Fiscalía General de la República (FGR) de México": past the
    // acronym in parentheses.
    if (valid(before) && mention_at_[before] == npos &&
        text_.gap(before, particle).find(')') != std::string_view::npos)
      before = text_.previous_word(before);
    return valid(before) ? mention_at_[before] : npos;
  }

  // "Mariana Castillo, investigadora del Colegio de México, explicó": the
  // mention found before the verb sits in an apposition ("investigadora
  // del ..."): the subject is the name before the apposition's comma.
  std::size_t apposition_owner(std::size_t head, std::size_t v) const {
    std::size_t t = text_.previous_word(mention(head).first);
    // A person right after a title is that title's holder: "Presidenta, el
    // senador republicano Thomas Whitaker dijo" is the senator speaking.
    if (kind_of_mention(head) == "person") {
      std::size_t k = mention(head).first;
      for (int n = 0; n < 3; ++n) {
        std::size_t title = text_.previous_word(k);
        // "abogado de Quintanar": the name is the title's complement.
        if (!same_sentence(title, v) || text_.gap(title, k) != " " || token(title).capitalized ||
            in(kArticles, word(title)) || in(kPrepositions, word(title)))
          break;
        if (data_.person_cues.count(word(title))) return npos;
        k = title;  // "republicano", "general"
      }
    }
    while (valid(t) && (word(t) == "de" || word(t) == "del" || word(t) == "la"))
      t = text_.previous_word(t);
    // The title noun, possibly with an adjective: "investigadora", "vocero adjunto".
    for (int n = 0; n < 3 && same_sentence(t, v); ++n, t = text_.previous_word(t)) {
      if (!data_.person_cues.count(word(t))) continue;
      std::size_t before = text_.previous_word(t);
      if (same_sentence(before, v) && in(kArticles, word(before))) {
        t = before;
        before = text_.previous_word(t);
      }
      if (!same_sentence(before, v) || text_.gap(before, t).find(',') == std::string_view::npos)
        break;  // "abogado y presidente de ...": see clause_owner
      if (mention_at_[before] == npos) return npos;
      std::size_t owner = head_of(mention_at_[before]);
      // "En San Lázaro, el diputado ...": a place, not the owner.
      if (after_preposition(mention(owner).first)) return npos;
      return kind_of_mention(owner) == "person" ? owner : npos;
    }
    return clause_owner(head, v);
  }

  // "El diputado Juan Martín Echeverry, de la comisión de Seguridad de la
  // Cámara de Diputados, afirmó": the mention before the verb sits in a
  // clause opened by "de" after a comma; the subject is the person before
  // that comma.
  // ", guía y presidente de la cooperativa Yaxbacaltún, dijo": a clause
  // opened by a lower-case noun and closed by a comma right before the verb
  // describes whoever comes before it.
  bool closed_apposition(std::size_t opener, std::size_t head, std::size_t v) const {
    static const std::vector<std::string> kNotNouns = {
        "que", "quien", "quienes", "cuyo", "cuya", "donde", "cuando", "como", "y",
        "e",   "o",     "pero",    "tras", "ante", "segun", "aunque", "si",   "mientras"};
    std::size_t after = text_.next_word(mention(head).last);
    return after == v && text_.gap(mention(head).last, v).find(',') != std::string_view::npos &&
           valid(opener) && !token(opener).capitalized && !in(kNotNouns, word(opener)) &&
           !in(kPrepositions, word(opener)) && !data_.verb_forms.count(word(opener));
  }

  std::size_t clause_owner(std::size_t head, std::size_t v) const {
    std::size_t t = mention(head).first;
    for (std::size_t n = 0; n < kParentheticalWords; ++n) {
      // "de la Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos
      // (ATF),": a name, its commas included, is one word of the clause.
      if (mention_at_[t] != npos) t = mention(mention_at_[t]).first;
      std::size_t before = text_.previous_word(t);
      if (!same_sentence(before, v)) return npos;
      if (text_.gap(before, t).find(',') != std::string_view::npos) {
        // ", de la comisión ...,", ", abogado y presidente de ...,", ", la
        // directora de ...,"
        std::size_t opener = in(kArticles, word(t)) ? text_.next_word(t) : t;
        if (word(t) != "de" && word(t) != "del" && !data_.person_cues.count(word(opener)) &&
            !closed_apposition(opener, head, v))
          return npos;
        if (mention_at_[before] == npos) return npos;
        std::size_t owner = head_of(mention_at_[before]);
        return kind_of_mention(owner) == "person" ? owner : npos;
      }
      t = before;
    }
    return npos;
  }

  std::string kind_of_mention(std::size_t m) const {
    return mention(m).actor == npos ? mention(m).anaphora_kind : kind_of(mention(m).actor);
  }

  // "con México", "a la SRE": the object of a preposition ("de" excepted:
  // "el vocero del Departamento de Estado" speaks for it).
  // "Las piezas fueron localizadas en marzo por Luis Fernando Couoh-Ek":
  // the agent of a passive, who may speak next.
  bool passive_agent(std::size_t first) const {
    std::size_t por = text_.previous_word(first);
    if (!same_sentence(por, first) || word(por) != "por") return false;
    for (std::size_t k = text_.previous_word(por), n = 0; n < 4 && same_sentence(k, first);
         ++n, k = text_.previous_word(k))
      if (looks_participle(word(k))) return true;
    return false;
  }

  // "localizadas", "divulgadas", "detenido": a regular past participle.
  static bool looks_participle(const std::string& w) {
    if (w.size() <= 4) return false;
    for (const char* ending : {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"})
      if (w.ends_with(ending)) return true;
    return false;
  }

  bool after_preposition(std::size_t first) const {
    std::size_t before = text_.previous_word(first);
    if (valid(before) && in(kArticles, word(before))) before = text_.previous_word(before);
    return valid(before) && same_sentence(before, first) && word(before) != "de" &&
           word(before) != "del" && in(kPrepositions, word(before));
  }

  // "al presidente Nayib Bukele", "a la senadora X": a person's titles
  // between a preposition and the name.
  bool titled_object(std::size_t first) const {
    std::size_t p = text_.previous_word(first);
    int titles = 0;
    while (valid(p) && same_sentence(p, first) && data_.person_cues.count(word(p)) && titles < 3) {
      p = text_.previous_word(p);
      ++titles;
    }
    if (titles == 0 || !valid(p)) return false;
    if (in(kArticles, word(p))) p = text_.previous_word(p);
    return valid(p) && same_sentence(p, first) && in(kPrepositions, word(p)) && word(p) != "de" &&
           word(p) != "del";
  }

  // The first of the titles right before `first` ("presidente" in "del
  // presidente Donald Trump"), or `first` when none.
  std::size_t first_title_before(std::size_t first) const {
    for (int n = 0; n < 3; ++n) {
      std::size_t before = text_.previous_word(first);
      if (!same_sentence(before, first) || text_.gap(before, first) != " " ||
          !(data_.person_cues.count(word(before)) || data_.office_modifiers.count(word(before))))
        break;
      first = before;
    }
    return first;
  }

  // "de la Casa Blanca", "del Tesoro": a noun's complement.
  bool after_de(std::size_t first) const {
    std::size_t before = text_.previous_word(first);
    if (valid(before) && in(kArticles, word(before))) before = text_.previous_word(before);
    return valid(before) && same_sentence(before, first) &&
           (word(before) == "de" || word(before) == "del");
  }

  std::vector<std::size_t> resolved(const std::vector<std::size_t>& actors) const {
    std::vector<std::size_t> out;
    for (std::size_t actor : actors)
      if (actor != npos) out.push_back(actor);
    return out;
  }

  // "ambos gobiernos", "los dos Gobiernos" ending at `t`.
  bool both_governments_at(std::size_t t) const {
    if (word(t) != "gobiernos") return false;
    std::size_t before = text_.previous_word(t);
    if (!same_sentence(before, t)) return false;
    if (word(before) == "ambos") return true;
    std::size_t los = text_.previous_word(before);
    return word(before) == "dos" && same_sentence(los, t) && word(los) == "los";
  }

  // The governments of the two countries the article names most (by name,
  // adjective or capital: "Washington"); none when it names fewer.
  std::vector<std::size_t> both_governments() {
    std::vector<std::pair<std::string, int>> counts = countries_by_mentions(text_, data_);
    if (counts.size() < 2) return {};
    std::vector<std::size_t> governments;
    for (std::size_t c = 0; c < 2; ++c) {
      std::string name = "Gobierno de " + counts[c].first;
      auto known = std::find_if(data_.actors.begin(), data_.actors.end(),
                                [&](const GazetteerActor& actor) { return actor.name == name; });
      governments.push_back(known != data_.actors.end()
                                ? actors_.gazetteer_actor(
                                      static_cast<std::size_t>(known - data_.actors.begin()), data_)
                                : actors_.named_actor(name, "institution"));
    }
    return governments;
  }

  std::vector<std::size_t> subject_alias(std::size_t t) {
    // «... era que Estados Unidos anunciara ...», "Rubio aseguró que
    // Washington reconoce ...": a country or a capital inside what someone
    // says is what he says of it.
    if (text_.quoted[t] || inside_reported_clause(t)) return {};
    const ActorMention& alias = actors_.subject_mentions[subject_at_[t]];
    return {actors_.gazetteer_actor(alias.actor, data_)};
  }

  // Token `t` follows "que" right after a reporting verb of its sentence
  // ("aseguró que", "dijo ayer que").
  bool inside_reported_clause(std::size_t t) const {
    for (std::size_t k = text_.previous_word(t), n = 0; n < kComplementWords && same_sentence(k, t);
         ++n, k = text_.previous_word(k)) {
      if (word(k) != "que") continue;
      for (std::size_t v = text_.previous_word(k), m = 0; m < 3 && same_sentence(v, t);
           ++m, v = text_.previous_word(v))
        if (is_reporting_verb(v) && !token(v).capitalized) return true;
      return false;
    }
    return false;
  }

  // "hablé con el presidente Trump y él mismo me dijo que": a subject
  // pronoun stands for the last person named before it in its sentence.
  // Returns that person's mention, or npos.
  std::size_t pronoun_antecedent(std::size_t v) {
    std::size_t p = text_.previous_word(v);
    while (same_sentence(p, v) &&
           (data_.before_verb.count(word(p)) || word(p) == "mismo" || word(p) == "misma"))
      p = text_.previous_word(p);
    if (!same_sentence(p, v) || text_.quoted[p]) return npos;
    const std::string& form = token(p).form;
    if (form != "\xC3\xA9l" && form != "\xC3\x89l" && form != "ella" && form != "Ella") return npos;
    // In its own sentence only: across sentences "ella" may be anyone
    // ("... ni Juan Guaidó. Ella misma lo dijo").
    for (std::size_t t = text_.previous_word(p); same_sentence(t, p); t = text_.previous_word(t)) {
      if (text_.quoted[t] || mention_at_[t] == npos) continue;
      std::size_t m = mention_at_[t];
      resolve(m);
      if (kind_of_mention(m) == "person" && mention(m).actor != npos) return m;
    }
    return npos;
  }

  std::vector<std::size_t> before_verb(std::size_t v) {
    if (std::size_t m = pronoun_antecedent(v); m != npos) return {mention(m).actor};
    std::size_t t = v;
    bool parenthesis_opened = false;  // `t` is the first word inside "(...)"
    for (std::size_t n = 0; n < kBackWords; ++n) {
      std::size_t p = text_.previous_word(t);
      if (!same_sentence(p, v)) break;
      if (both_governments_at(p)) return both_governments();
      std::string_view gap = text_.gap(p, t);
      // The parenthesis skipped, its opening is no boundary: "la Asociación
      // (NCBA, por sus siglas en inglés) reiteró".
      if (parenthesis_opened && gap.ends_with("(") &&
          gap.find_first_of(",;:)") == std::string_view::npos)
        gap = " ";
      parenthesis_opened = false;
      // "la Oficina ... (ATF) informó": an acronym in parentheses is part of
      // the subject.
      bool acronym = gap.starts_with(")") && mention_at_[p] != npos &&
                     mention(mention_at_[p]).first == p &&
                     text_.gap(text_.previous_word(p), p).ends_with("(");
      // "La DEA (DEA, en inglés) sostuvo": past a parenthesis to its subject.
      if (!acronym && gap.starts_with(")") && gap.find('(') == std::string_view::npos) {
        if (std::size_t open = parenthesis_start(p, v); open != npos) {
          t = open;
          parenthesis_opened = true;
          continue;
        }
      }
      if (!acronym &&
          (contains_any(gap, {":", ";", "(", ")"}) || closing_quote(gap) || opening_quote(gap)))
        break;
      if (mention_at_[p] != npos) {
        std::size_t head = head_of(mention_at_[p]);
        if (anonymous_source_of(head)) return {};
        // "El canciller Yván Gil, en declaraciones a la prensa en la sede de
        // la cancillería, sostuvo": past the phrase set off by commas.
        if (after_preposition(mention(head).first) && gap.find(',') != std::string_view::npos)
          return before_parenthetical(p, v);
        // "La defensa de Cárdenas Rosales anunció", "la madre de X dijo":
        // a person complementing a noun is not its subject.
        if (complement_of_a_noun(head)) return {};
        // "Petro, que ha chocado con su homólogo, Donald Trump, insistió":
        // the name closing a relative clause is not the subject.
        if (gap.find(',') != std::string_view::npos) {
          if (std::size_t antecedent = relative_before(mention(head).first, v); antecedent != npos)
            return resolved(with_coordinated_before(antecedent));
          // "La directiva del club, encabezada por el presidente X, emitió":
          // the agent of a participle clause is not the subject.
          if (in_participle_clause(mention(head).first, v)) return {};
        }
        if (std::size_t person = apposition_owner(head, v); person != npos)
          return resolved(with_coordinated_before(person));
        // "En la Fiscalía General de la República se limitaron a señalar":
        // a plural verb with no subject, spoken from inside an institution.
        if (spoken_from_inside(head, v)) return resolved({mention(head).actor});
        if (after_preposition(mention(head).first)) break;
        return resolved(with_coordinated_before(head));
      }
      if (subject_at_[p] != npos) {
        std::size_t first = actors_.subject_mentions[subject_at_[p]].first;
        // "la ATF de Estados Unidos confirmó": the country complements it.
        if (std::size_t owner = owner_before(first); owner != npos)
          return resolved(with_coordinated_before(head_of(owner)));
        // "Una jueza federal de Estados Unidos ordenó": the judge, not the
        // country, acts.
        if (after_preposition(first) || after_de(first)) break;
        return subject_alias(p);
      }
      // "La Oficina de Control de Activos Extranjeros (OFAC) del Tesoro
      // afirmó": a complement naming no actor, after the subject.
      if (gap == " " && token(p).capitalized && !text_.quoted[p])
        if (std::size_t owner = owner_of_unknown_complement(p, v); owner != npos)
          return resolved(with_coordinated_before(owner));
      if (word(p) == "quien" || word(p) == "quienes") {
        std::size_t antecedent = text_.previous_word(p);
        if (valid(antecedent) && mention_at_[antecedent] != npos) {
          std::size_t head = head_of(mention_at_[antecedent]);
          // "la congresista Rocío Mamani-Quispe, presidenta de la Comisión
          // de Defensa, quien anunció": "quien" is a person.
          if (kind_of_mention(head) != "person") head = person_before(mention(head).first, v);
          if (head != npos) return resolved(with_coordinated_before(head));
        }
        break;
      }
      // "la Secretaría de Relaciones Exteriores, que en un comunicado ...
      // recordó": "que" right after a comma and a mention.
      if (word(p) == "que") {
        std::size_t antecedent = text_.previous_word(p);
        std::string_view before_que = valid(antecedent) ? text_.gap(antecedent, p) : "";
        // "la Coordinadora ... (COAG), que advirtió": past the acronym.
        if (before_que.starts_with(")") && before_que.find(',') != std::string_view::npos &&
            mention_at_[antecedent] == npos)
          if (std::size_t open = parenthesis_start(antecedent, v); open != npos)
            antecedent = text_.previous_word(open);
        if (valid(antecedent) && mention_at_[antecedent] != npos &&
            before_que.find(',') != std::string_view::npos)
          return resolved({mention(head_of(mention_at_[antecedent])).actor});
        break;
      }
      if (data_.before_verb.count(word(p))) {
        t = p;
        continue;
      }
      if (gap.find(',') != std::string_view::npos) return before_parenthetical(p, v);
      break;
    }
    return {};
  }

  // The first token inside the parenthesis that closes right after `p`
  // ("(DEA, en inglés)"), when it opens in the sentence of `v` within a few
  // words; npos otherwise.
  std::size_t parenthesis_start(std::size_t p, std::size_t v) const {
    for (std::size_t k = p, n = 0; n < kParentheticalWords && same_sentence(k, v); ++n) {
      std::size_t before = text_.previous_word(k);
      if (!same_sentence(before, v)) return npos;
      std::string_view gap = text_.gap(before, k);
      if (gap.find(')') != std::string_view::npos) return npos;
      if (gap.find('(') != std::string_view::npos) return k;
      k = before;
    }
    return npos;
  }

  // The nearest person mention before `t` in the sentence of `v`, not
  // inside a quotation nor a complement ("de", a preposition); npos if none.
  std::size_t person_before(std::size_t t, std::size_t v) {
    for (std::size_t p = text_.previous_word(t); same_sentence(p, v); p = text_.previous_word(p)) {
      std::size_t m = mention_at_[p];
      if (m == npos || mention(m).first != p || text_.quoted[p]) continue;
      resolve(m);
      if (kind_of_mention(m) == "person" && !after_preposition(p) && !after_de(p)) return m;
    }
    return npos;
  }

  // "la SRE, que en un comunicado difundido por la tarde recordó": the
  // antecedent of a relative "que"/"quien" a few words back, in the clause.
  std::vector<std::size_t> relative_antecedent(std::size_t v) {
    std::size_t t = v;
    for (std::size_t n = 0; n < kRelativeWords; ++n) {
      std::size_t p = text_.previous_word(t);
      if (!same_sentence(p, v)) break;
      std::string_view gap = text_.gap(p, t);
      if (contains_any(gap, {":", ";", "(", ")"}) || closing_quote(gap) || opening_quote(gap))
        break;
      if (mention_at_[p] != npos) break;  // a nearer subject's clause
      if (word(p) == "que" || word(p) == "quien" || word(p) == "quienes") {
        std::size_t antecedent = text_.previous_word(p);
        if (same_sentence(antecedent, v) && mention_at_[antecedent] != npos &&
            text_.gap(antecedent, p).find(',') != std::string_view::npos) {
          std::size_t head = head_of(mention_at_[antecedent]);
          // "quien" is a person (see before_verb).
          if (word(p) != "que" && kind_of_mention(head) != "person")
            head = person_before(mention(head).first, v);
          if (head != npos) return resolved({mention(head).actor});
        }
        break;
      }
      if (gap.find(',') != std::string_view::npos) break;
      t = p;
    }
    return {};
  }

  // A person after "de" and a lower-case noun that is no title of theirs
  // ("la defensa de X", "la familia de X").
  bool complement_of_a_noun(std::size_t m) const {
    if (kind_of_mention(m) != "person") return false;
    std::size_t de = text_.previous_word(mention(m).first);
    if (!valid(de) || (word(de) != "de" && word(de) != "del") ||
        !same_sentence(de, mention(m).first))
      return false;
    std::size_t noun = text_.previous_word(de);
    return valid(noun) && same_sentence(noun, de) && !token(noun).capitalized &&
           mention_at_[noun] == npos && token(noun).kind == TokenKind::kWord &&
           !in(kPrepositions, word(noun));
  }

  // "Fuentes de la Policía Nacional dijeron": unnamed people of an
  // institution, not the institution.
  bool anonymous_source_of(std::size_t m) const {
    std::size_t de = text_.previous_word(mention(m).first);
    if (valid(de) && in(kArticles, word(de))) de = text_.previous_word(de);
    if (!valid(de) || (word(de) != "de" && word(de) != "del")) return false;
    std::size_t noun = text_.previous_word(de);
    // "Vecinos de Las Pintas relataron": people of a place, not the place.
    return valid(noun) &&
           (in(kAnonymousSources, word(noun)) || data_.sentence_start_nouns.count(word(noun)));
  }

  // "Rubio, por su parte, dijo": skip back over the comma-delimited clause.
  // The person a ", quien ..." clause ending at `t` describes: its
  // antecedent's mention, or npos.
  std::size_t relative_before(std::size_t t, std::size_t v) const {
    for (std::size_t n = 0; n < 2 * kParentheticalWords; ++n) {
      std::size_t before = text_.previous_word(t);
      if (!same_sentence(before, v)) return npos;
      // ", quien negoció ...", ", que ha mantenido choques con ...", ",
      // señalado por fiscales como ...": a relative or a participle.
      bool opens_clause = word(t) == "quien" || word(t) == "quienes" || word(t) == "que" ||
                          (!token(t).capitalized && !data_.person_cues.count(word(t)) &&
                           ends_with_any(word(t), {"ado", "ada", "ados", "adas", "ido", "ida"}));
      bool after_comma = text_.gap(before, t).find(',') != std::string_view::npos;
      if (!(opens_clause && after_comma) && data_.verb_forms.count(word(t)) &&
          word(before) != "quien" && word(before) != "que")
        return npos;
      if (opens_clause && after_comma) {
        std::size_t m = mention_at_[before];
        if (m == npos) return npos;
        // "el Ministerio ..., que encabeza Yván Gil, calificó": a relative's
        // antecedent is whatever it is; a participle's, a person.
        bool relative = word(t) == "que" || word(t) == "quien" || word(t) == "quienes";
        return relative || kind_of_mention(head_of(m)) == "person" ? head_of(m) : npos;
      }
      t = before;
    }
    return npos;
  }

  std::vector<std::size_t> before_parenthetical(std::size_t p, std::size_t v) {
    std::size_t k = p;
    for (std::size_t n = 0; n < kParentheticalWords; ++n) {
      std::size_t before = text_.previous_word(k);
      if (!same_sentence(before, v)) return {};
      // "la Cámara Nacional de Comercio, Servicios y Turismo": a comma
      // inside a name.
      bool inside_a_name = mention_at_[before] != npos && mention_at_[before] == mention_at_[k];
      if (!inside_a_name && text_.gap(before, k).find(',') != std::string_view::npos) {
        // "Ebrard, quien negoció con el secretario de Comercio, Howard
        // Lutnick, la prórroga ..., dijo": the relative's antecedent.
        if (std::size_t antecedent = relative_before(before, v); antecedent != npos)
          return resolved(with_coordinated_before(antecedent));
        // "Desde el Centro de Convenciones, donde recibió a ..., advirtió":
        // a place after a preposition is no subject.
        if (mention_at_[before] != npos &&
            !after_preposition(mention(head_of(mention_at_[before])).first)) {
          std::size_t head = head_of(mention_at_[before]);
          // "X, coordinador de la Casa del Migrante San Juan Diego, en la
          // colonia Las Joyas, advirtió": the apposition's owner.
          if (std::size_t owner = apposition_owner(head, v); owner != npos) head = owner;
          return resolved(with_coordinated_before(head));
        }
        // "Benjamin Hartley, paleontólogo de la Universidad de Alberta, en
        // Canadá, y coautor del estudio, considera": a place or an
        // institution after a preposition ends an apposition; go on to its
        // owner.
        bool complement = (mention_at_[before] != npos &&
                           after_preposition(mention(head_of(mention_at_[before])).first)) ||
                          (subject_at_[before] != npos &&
                           after_preposition(actors_.subject_mentions[subject_at_[before]].first));
        if (!complement) {
          if (mention_at_[before] != npos) return {};
          if (subject_at_[before] != npos) return subject_alias(before);
          return {};
        }
      }
      k = before;
    }
    return {};
  }

  // "informó este miércoles 9 de julio la Cámara": a date's day, "de" and
  // month after a weekday.
  bool date_word_after(std::size_t previous, std::size_t t) const {
    if (token(t).kind == TokenKind::kNumber)
      return data_.time_words.count(word(previous)) > 0 && !text_.quoted[t];
    if (word(t) == "de") return token(previous).kind == TokenKind::kNumber;
    return data_.months_es.count(word(t)) && word(previous) == "de";
  }

  bool skippable_after(std::size_t t) const {
    return data_.after_verb.count(word(t)) || in(kArticles, word(t)) ||
           data_.person_cues.count(word(t)) || in(kMediaWords, word(t));
  }

  // "el subsecretario de Comercio Exterior, Arturo Villaseñor Peña": a
  // title from token `t` on, then the person's name after a comma. Returns
  // the name's mention, or npos.
  std::size_t titled_apposition(std::size_t t, std::size_t sentence_of) const {
    // "la abogada, Name,"; "su esposa, Name,".
    if (valid(t) && (in(kArticles, word(t)) || word(t) == "su")) t = text_.next_word(t);
    if (!same_sentence(t, sentence_of) || !data_.person_cues.count(word(t))) return npos;
    // "Según la Secretaría, Banegas ...": an institution, not "la secretaria".
    if (token(t).capitalized && !text_.sentence_start[t] && data_.institution_heads.count(word(t)))
      return npos;
    for (std::size_t n = 0; n < kAppositionWords; ++n) {
      std::size_t next = text_.next_word(t);
      if (!same_sentence(next, sentence_of)) return npos;
      std::string_view gap = text_.gap(t, next);
      if (contains_any(gap, {":", ";"}) || opening_quote(gap) || closing_quote(gap)) return npos;
      if (gap.find(',') != std::string_view::npos) {
        // ", la magistrada Elena Bustamante", ", el escritor uruguayo Martín
        // Echenique": a second title may come first.
        for (int n = 0; n < 4 && valid(next) && mention_at_[next] == npos &&
                        (in(kArticles, word(next)) || data_.person_cues.count(word(next)) ||
                         data_.office_modifiers.count(word(next)));
             ++n)
          next = text_.next_word(next);
        if (!same_sentence(next, sentence_of)) return npos;
        std::size_t m = mention_at_[next];
        if (m == npos || mention(m).first != next) return npos;
        return kind_of_mention(m) == "person" ? m : npos;
      }
      if (mention_at_[next] != npos && mention(mention_at_[next]).first == next &&
          kind_of_mention(mention_at_[next]) == "person")
        return mention_at_[next];  // "la senadora Gabriela Ruvalcaba Tena"
      t = next;
    }
    return npos;
  }

  // "—comentó eufórico Rafelito Sosa": a person right after the verb and
  // one adjective of manner. Returns the person's mention, or npos.
  std::size_t person_after_adjective(std::size_t v) const {
    std::size_t adjective = text_.next_word(v);
    if (!same_sentence(adjective, v) || text_.gap(v, adjective) != " " ||
        token(adjective).capitalized || in(kArticles, word(adjective)) ||
        in(kPrepositions, word(adjective)) ||
        !ends_with_any(word(adjective), {"o", "a", "os", "as"}))
      return npos;
    std::size_t name = text_.next_word(adjective);
    if (!same_sentence(name, v) || text_.gap(adjective, name) != " ") return npos;
    std::size_t m = mention_at_[name];
    return m != npos && mention(m).first == name && kind_of_mention(m) == "person" ? m : npos;
  }

  // "escribió en redes sociales la senadora ...", "dijo desde Madrid la
  // exdiputada ...": a short prepositional phrase between a verb and its
  // subject. Returns the last token of the phrase, or `v` when none.
  std::size_t skip_prepositional_phrase(std::size_t v) const {
    std::size_t next = text_.next_word(v);
    // "escribió horas después en su cuenta de X el embajador": a time first.
    if (std::size_t end = 0; same_sentence(next, v) && text_.gap(v, next) == " " &&
                             data_.time_phrases.longest_at(text_, next, end) != nullptr &&
                             same_sentence(end, v) && in(kPrepositions, word(end))) {
      std::size_t t = skip_prepositional_phrase(text_.previous_word(end));
      if (t != text_.previous_word(end)) return t;
    }
    if (!same_sentence(next, v) || text_.gap(v, next) != " " || word(next) == "de" ||
        !in(kPrepositions, word(next)))
      return v;
    std::size_t t = next;
    for (std::size_t n = 0; n < kPhraseWords; ++n) {
      std::size_t after = text_.next_word(t);
      if (!same_sentence(after, v) || text_.gap(t, after) != " ") return v;
      // "explicó a DW que el Gobierno ...": a clause after "que" is what was
      // said; the subject is not in it.
      if (word(after) == "que") return v;
      std::size_t title = text_.next_word(after);
      // "dijo desde Madrid la exdiputada ...": a titled subject after the
      // phrase; but "pidió a la presidenta": the preposition's own object.
      // So is "dijo entre lágrimas su esposa, Marisol Ventura".
      if ((in(kArticles, word(after)) || word(after) == "su") && valid(title) &&
          data_.person_cues.count(word(title)))
        return t == next ? v : t;
      // "dijo en una entrevista con Fox News", "respondía a exigencias de
      // la Casa Blanca": a name inside the phrase is not the subject.
      if (mention_at_[after] != npos && mention(mention_at_[after]).first == after) {
        // "ordenó al gobierno del presidente Donald Trump": a noun's
        // complement, titled or not.
        if (after_de(after) || after_de(first_title_before(after))) return v;
        // "agradeció al presidente Nayib Bukele por ...": the phrase's object,
        // titled, with no subject after it.
        if (!after_preposition(after) && !titled_object(after)) return t;
        // "dijo a EFE la abogada ...": the phrase ends with its object.
        std::size_t last = mention(mention_at_[after]).last;
        std::size_t following = text_.next_word(last);
        // "dijo a EFE Ximena de la Garza": a name right after the object too.
        bool named = same_sentence(following, v) && mention_at_[following] != npos &&
                     mention(mention_at_[following]).first == following &&
                     kind_of_mention(mention_at_[following]) == "person";
        bool subject_follows = same_sentence(following, v) && text_.gap(last, following) == " " &&
                               (in(kArticles, word(following)) || word(following) == "su" || named);
        return subject_follows ? last : v;
      }
      t = after;
    }
    return v;
  }

  std::vector<std::size_t> after_verb(std::size_t v) {
    // "—dijo, emocionada, su directora escénica, Sofía Barreiro": an
    // adjective of manner set off by commas.
    if (std::size_t adjective = text_.next_word(v);
        same_sentence(adjective, v) && text_.gap(v, adjective) == ", " &&
        !token(adjective).capitalized && mention_at_[adjective] == npos &&
        (word(adjective).ends_with("o") || word(adjective).ends_with("a") ||
         word(adjective).ends_with("os") || word(adjective).ends_with("as"))) {
      std::size_t after = text_.next_word(adjective);
      if (same_sentence(after, v) && text_.gap(adjective, after) == ", ") {
        if (std::size_t m = titled_apposition(after, v); m != npos)
          return resolved(with_coordinated_after(m));
      }
    }
    std::size_t t = skip_prepositional_phrase(v);
    if (std::size_t m = titled_apposition(text_.next_word(t), v); m != npos)
      return resolved(with_coordinated_after(m));
    if (std::size_t m = person_after_adjective(v); m != npos)
      return resolved(with_coordinated_after(m));
    std::size_t title_words = 0;  // "dijo el entrenador argentino Martín Demichelis"
    bool after_article = false;
    for (std::size_t n = 0; n < kForwardWords + 2; ++n) {
      std::size_t next = text_.next_word(t);
      if (!same_sentence(next, v)) break;
      std::string_view gap = text_.gap(t, next);
      if (contains_any(gap, {":", ";", ","}) || opening_quote(gap)) break;
      if (mention_at_[next] != npos && mention(mention_at_[next]).first == next)
        return resolved(with_coordinated_after(mention_at_[next]));
      // "ha pedido en varias ocasiones a Caracas que": an object.
      if (subject_at_[next] != npos && in(kPrepositions, word(t))) break;
      if (subject_at_[next] != npos) return subject_alias(next);
      // "agradeció el voto español en la Asamblea General": a noun and a
      // preposition after the article make an object, not a title.
      if (title_words > 0 && in(kPrepositions, word(next))) break;
      if (skippable_after(next) || date_word_after(t, next)) {
        after_article = after_article || in(kArticles, word(next));
      } else if (after_article && title_words < 2 && !token(next).capitalized &&
                 !in(kPrepositions, word(next)) && word(next) != "que") {
        ++title_words;  // a title before the name
      } else {
        break;
      }
      t = next;
    }
    return {};
  }

  // An explicit subject that is not an actor ("los secretarios
  // reafirmaron", "señalaron ambas naciones"), or an impersonal "se": then
  // no actor is the speaker.
  bool unknown_subject(std::size_t v) const {
    bool pronominal = data_.pronominal_forms.count(word(v)) > 0;  // "se quejó"
    std::size_t p = text_.previous_word(v);
    while (same_sentence(p, v) && data_.before_verb.count(word(p)) &&
           (word(p) != "se" || pronominal))
      p = text_.previous_word(p);
    if (same_sentence(p, v) && word(p) == "se") return true;
    // Not across a quotation's end: "—Llegamos a las siete —dijo".
    std::string_view gap = same_sentence(p, v) ? text_.gap(p, v) : std::string_view();
    if (same_sentence(p, v) && word(p) != "que" && word(p) != "quien" &&
        gap.find(',') == std::string_view::npos && !closing_quote(gap) &&
        !contains_any(gap, {"\xE2\x80\x94", "\xE2\x80\x93"})) {
      std::size_t before = text_.previous_word(p);
      if (same_sentence(before, v) && in(kDeterminers, word(before))) return true;
    }
    std::size_t next = text_.next_word(v);
    std::string_view after = same_sentence(next, v) ? text_.gap(v, next) : std::string_view();
    // "«Ya veremos», respondió el fin de semana a periodistas": after a
    // quotation, a time, not a subject.
    std::size_t noun = same_sentence(next, v) ? text_.next_word(next) : npos;
    bool time = same_sentence(noun, v) && data_.time_words.count(word(noun)) &&
                in(kArticles, word(next)) && inverted(v);
    if (same_sentence(next, v) && after.find_first_of(",:;") == std::string_view::npos &&
        !opening_quote(after) && !time && (in(kQuantifiers, word(next)) || token(next).capitalized))
      return true;
    return false;
  }

  // A mention between the sentence's first comma and `v` ("Consultado por
  // Clarín, el director financiero, Martín Rossi, indicó").
  bool mention_after_opening_clause(std::size_t v) const {
    std::size_t t = v;
    while (same_sentence(text_.previous_word(t), v)) t = text_.previous_word(t);
    bool past_comma = false;
    for (; valid(t) && t < v; t = text_.next_word(t)) {
      std::size_t next = text_.next_word(t);
      if (past_comma && mention_at_[t] != npos) return true;
      if (valid(next) && text_.gap(t, next).find(',') != std::string_view::npos) past_comma = true;
    }
    return false;
  }

  // Token `t` sits in a clause opened by a comma and a participle
  // (", encabezada por ...", ", acompañado de ...").
  bool in_participle_clause(std::size_t t, std::size_t v) const {
    for (std::size_t n = 0; n < kParentheticalWords; ++n) {
      std::size_t before = text_.previous_word(t);
      if (!same_sentence(before, v)) return false;
      if (text_.gap(before, t).find(',') != std::string_view::npos)
        return !token(t).capitalized && !data_.person_cues.count(word(t)) &&
               ends_with_any(word(t), {"ado", "ada", "ados", "adas", "ido", "ida"});
      t = before;
    }
    return false;
  }

  // The sentence of `v` opens with "Preguntado", "Consultada" ...
  bool opens_with_question_participle(std::size_t v) const {
    std::size_t first = v;
    while (same_sentence(text_.previous_word(first), v)) first = text_.previous_word(first);
    return first != v && data_.question_verbs.count(word(first)) &&
           ends_with_any(word(first), {"ado", "ada", "ados", "adas"});
  }

  // "añadieron esas fuentes", "dijeron los funcionarios": a determiner and
  // a word for unnamed sources right after the verb.
  bool anonymous_subject_after(std::size_t v) const {
    std::size_t det = text_.next_word(v);
    std::size_t noun = same_sentence(det, v) ? text_.next_word(det) : npos;
    static const std::vector<std::string> kDemonstratives = {"esas",  "esos",  "dichas",  "dichos",
                                                             "estas", "estos", "aquellas"};
    return same_sentence(noun, v) &&
           (in(kDeterminers, word(det)) || in(kDemonstratives, word(det))) &&
           in(kAnonymousSources, word(noun)) && mention_at_[noun] == npos;
  }

  // A determiner and a noun right before the verb ("la empresa dijo"), no
  // actor among them.
  // "cuya terminación (para los venezolanos) anunció": a few words without
  // an actor or a comma back to "cuya".
  bool object_after_cuyo(std::size_t v) const {
    std::size_t k = v;
    for (int n = 0; n < 6; ++n) {
      std::size_t p = text_.previous_word(k);
      if (!same_sentence(p, v) || text_.gap(p, k) != " " || mention_at_[p] != npos ||
          subject_at_[p] != npos)
        return false;
      if (word(p) == "cuya" || word(p) == "cuyo" || word(p) == "cuyas" || word(p) == "cuyos")
        return n > 0;
      k = p;
    }
    return false;
  }

  bool non_actor_subject_before(std::size_t v) const {
    bool pronominal = data_.pronominal_forms.count(word(v)) > 0;  // "el club se limitó a"
    std::size_t p = text_.previous_word(v);
    while (same_sentence(p, v) && data_.before_verb.count(word(p)) &&
           (word(p) != "se" || pronominal))
      p = text_.previous_word(p);
    if (!same_sentence(p, v) || mention_at_[p] != npos || subject_at_[p] != npos ||
        token(p).capitalized || word(p) == "que" || word(p) == "quien")
      return false;
    std::string_view gap = text_.gap(p, text_.next_word(p));
    if (gap.find_first_not_of(' ') != std::string_view::npos) return false;
    std::size_t before = text_.previous_word(p);
    // "donde un gran jurado le acusa": an adjective before the noun.
    if (same_sentence(before, v) && data_.prenominal_adjectives.count(word(before)) &&
        text_.gap(before, p) == " ") {
      p = before;
      before = text_.previous_word(p);
    }
    // "a quien la justicia estadounidense acusa": a country's adjective
    // after it.
    if (same_sentence(before, v) && !in(kDeterminers, word(before)) &&
        data_.governments_by_adjective.count(word(p)) && text_.gap(before, p) == " " &&
        !token(before).capitalized && mention_at_[before] == npos) {
      p = before;
      before = text_.previous_word(p);
    }
    return same_sentence(before, v) && in(kDeterminers, word(before)) &&
           text_.gap(before, p) == " ";
  }

  std::vector<std::size_t> implicit_subject(std::size_t v, bool after_quote) {
    if (unknown_subject(v)) return {};
    std::size_t previous = text_.previous_word(v);
    bool opens = !same_sentence(previous, v);
    // "Ester Huenchullán, de 61 años, espera ... «...», comentó": the person
    // the paragraph is about, before the quotation.
    if (after_quote) {
      if (std::size_t person = paragraph_person_before(v); person != npos) return {person};
      // "Rosa Huenchullán esperaba noticias.\n\n—Llegamos a las siete
      // —contó—.": a dialogue opening its paragraph, after a paragraph
      // that ends on one person.
      if (std::size_t person = person_ending_previous_paragraph(v); person != npos) return {person};
    }
    // "Entre quienes bajaron estaba Walter Jalapa López. Relató que ...":
    // a verb opening its sentence goes on with the one person of the
    // sentence before (same paragraph), before the last speaker.
    if (opens && !after_quote) {
      std::size_t p = text_.previous_word(v);
      if (valid(p) && text_.gap(p, v).find("\n\n") == std::string_view::npos)
        if (std::size_t person = only_person_in_sentence(p); person != npos) return {person};
    }
    if ((after_quote || opens) && last_speaker_ != npos) return {last_speaker_};
    // Another verb of the same sentence already had a subject: "Trump ha
    // vinculado ... y ha insistido".
    if (last_verb_subject_.first == text_.sentence[v] && !last_verb_subject_.second.empty())
      return last_verb_subject_.second;
    // The actor opening the sentence ("El secretario ..., Marco Rubio, ...
    // en la que pidió"), after nothing but articles and openers.
    std::size_t t = v;
    while (same_sentence(text_.previous_word(t), v)) t = text_.previous_word(t);
    // "La presidenta del tribunal, la magistrada Elena Bustamante, llamó al
    // orden ... y advirtió".
    if (std::size_t m = titled_apposition(t, v); m != npos && mention(m).last < v)
      return resolved(with_coordinated_after(m));
    std::size_t opening = t;
    for (std::size_t n = 0; n < kSentenceOpening && valid(t) && t < v;
         ++n, t = text_.next_word(t)) {
      if (text_.quoted[t]) break;  // «México ha asegurado ...», sostuvo
      if (mention_at_[t] != npos) return resolved(with_coordinated_after(mention_at_[t]));
      if (subject_at_[t] != npos) return subject_alias(t);
      if (!in(kArticles, word(t)) && !in(kOpeners, word(t))) break;
    }
    // "Es la línea que ha mantenido la presidenta Claudia Sheinbaum desde
    // 2025, cuando defendió que ...": the one person named before it in its
    // sentence as a subject could be (not "cobrado por el árbitro X").
    if (!opens_with_question_participle(v))
      if (std::size_t only = only_free_person_between(opening, v); only != npos) return {only};
    if (std::size_t person = previous_sentence_person(opening, v); person != npos) return {person};
    return {};
  }

  // "La presidenta Claudia Sheinbaum evitó la confrontación. En su
  // conferencia dijo que ...": with no actor before the verb in its own
  // sentence, the person who opened the sentence before, in the same
  // paragraph, is still the subject. npos otherwise.
  std::size_t previous_sentence_person(std::size_t opening, std::size_t v) {
    for (std::size_t t = opening; t < v; t = text_.next_word(t))
      if (mention_at_[t] != npos || subject_at_[t] != npos) return npos;
    std::size_t p = text_.previous_word(opening);
    if (!valid(p) || text_.gap(p, opening).find("\n\n") != std::string_view::npos) return npos;
    std::size_t t = p;
    while (same_sentence(text_.previous_word(t), p)) t = text_.previous_word(t);
    for (std::size_t n = 0; n < kSentenceOpening && same_sentence(t, p);
         ++n, t = text_.next_word(t)) {
      if (std::size_t m = mention_at_[t]; m != npos) {
        resolve(m);
        bool person = mention(m).actor != npos && kind_of(mention(m).actor) == "person";
        return person && !text_.quoted[t] ? mention(m).actor : npos;
      }
      if (!in(kArticles, word(t)) && !in(kOpeners, word(t)) && !data_.person_cues.count(word(t)))
        return only_person_in_sentence(p);
    }
    return only_person_in_sentence(p);
  }

  // Byte offsets where the paragraph of token `t` starts, and where the
  // paragraph before it starts (equal when there is none).
  std::pair<std::size_t, std::size_t> paragraph_starts(std::size_t t) const {
    std::size_t start = text_.text.rfind("\n\n", token(t).start);
    if (start == std::string_view::npos) return {0, 0};
    std::size_t previous =
        start == 0 ? std::string_view::npos : text_.text.rfind("\n\n", start - 1);
    return {start + 2, previous == std::string_view::npos ? 0 : previous + 2};
  }

  // The one actor of `kind` named in bytes [begin, end), outside
  // quotations and complements (after a preposition or "de"); npos when
  // none or several.
  // The one person mentioned in [first, v) outside quotations, not as the
  // object of a preposition or of "de", nor after a bare article ("el
  // Villamarín" is a stadium); npos if none or several.
  std::size_t only_free_person_between(std::size_t first, std::size_t v) {
    std::size_t found = npos;
    for (std::size_t t = first; valid(t) && t < v; t = text_.next_word(t)) {
      std::size_t m = mention_at_[t];
      if (m == npos || mention(m).first != t || text_.quoted[t]) continue;
      resolve(m);
      std::size_t titled = first_title_before(t);
      if (kind_of_mention(m) != "person" || after_preposition(titled) || after_de(titled) ||
          in_participle_clause(t, v))
        continue;
      std::size_t before = text_.previous_word(t);
      if (same_sentence(before, t) && in(kArticles, word(before)) &&
          !data_.person_cues.count(word(t)))
        continue;
      if (found != npos && found != mention(m).actor) return npos;
      found = mention(m).actor;
    }
    return found;
  }

  std::size_t only_actor_between(std::size_t begin, std::size_t end,
                                 const std::string& kind = "person") {
    std::size_t found = npos;
    for (std::size_t m = 0; m < actors_.mentions.size(); ++m) {
      std::size_t t = mention(m).first;
      if (token(t).start < begin || token(t).start >= end || text_.quoted[t]) continue;
      resolve(m);
      if (mention(m).actor == npos || kind_of(mention(m).actor) != kind) continue;
      if (after_preposition(t) || after_de(t)) continue;
      if (found != npos && found != mention(m).actor) return npos;
      found = mention(m).actor;
    }
    return found;
  }

  // When `v`'s paragraph opens with a dash or a quotation: the one person
  // of the previous paragraph's last sentence; npos otherwise.
  std::size_t person_ending_previous_paragraph(std::size_t v) {
    std::size_t paragraph_start = text_.text.rfind("\n\n", token(v).start);
    if (paragraph_start == std::string_view::npos) return npos;
    std::size_t first = v;
    while (valid(text_.previous_word(first)) &&
           token(text_.previous_word(first)).start > paragraph_start)
      first = text_.previous_word(first);
    std::string_view opening =
        text_.text.substr(paragraph_start + 2, token(first).start - paragraph_start - 2);
    if (!contains_any(opening, {"\xE2\x80\x94", "\xC2\xAB", "\xE2\x80\x9C", "\""})) return npos;
    std::size_t p = text_.previous_word(first);
    if (!valid(p)) return npos;
    // "Su hermana, Lucía, explicó que ...\n\n—No sabemos nada —señaló.":
    // the one person of the last sentence, when they just spoke.
    std::size_t last_named = only_person_in_sentence(p);
    if (last_named != npos && last_named == last_speaker_) return last_named;
    // "... Yusmary del Valle Rondón sostiene una foto de su hermano, Luis
    // Alfredo Rondón. Según su familia, ...\n\n—Salió a las cuatro —dijo—":
    // the one person the paragraph before has as a subject, before the one
    // person its last sentence names ("el paquete para su hijo, Luis").
    std::size_t previous_start = text_.text.rfind("\n\n", token(p).start);
    previous_start = previous_start == std::string_view::npos ? 0 : previous_start + 2;
    std::size_t start = p;
    while (valid(text_.previous_word(start)) &&
           token(text_.previous_word(start)).start >= previous_start)
      start = text_.previous_word(start);
    if (std::size_t person = only_subject_person_between(start, first); person != npos)
      return person;
    return last_named;
  }

  // The one person in [first, end) that stands where a subject does: not
  // quoted, not after a preposition or "de", not in an apposition after a
  // comma; npos if none or several.
  std::size_t only_subject_person_between(std::size_t first, std::size_t end) {
    std::size_t found = npos;
    for (std::size_t t = first; valid(t) && t < end; t = text_.next_word(t)) {
      std::size_t m = mention_at_[t];
      if (m == npos || mention(m).first != t || text_.quoted[t]) continue;
      resolve(m);
      std::size_t titled = first_title_before(t);
      std::size_t before = text_.previous_word(titled);
      std::size_t after = text_.next_word(mention(m).last);
      bool apposition =
          valid(before) && !text_.sentence_start[titled] &&
          text_.gap(before, titled).find(',') != std::string_view::npos && valid(after) &&
          text_.gap(mention(m).last, after).find_first_of(",.") != std::string_view::npos;
      if (kind_of_mention(m) != "person" || after_preposition(titled) || after_de(titled) ||
          apposition)
        continue;
      if (found != npos && found != mention(m).actor) return npos;
      found = mention(m).actor;
    }
    return found;
  }

  // "Eran las 3 de la madrugada cuando el presidente Javier Milei subió a X
  // un mensaje. Minutos después agregó ...": the one actor of `kind` of the
  // sentence of `p` (see only_actor_between).
  std::size_t only_person_in_sentence(std::size_t p, const std::string& kind = "person") {
    std::size_t first = p, last = p;
    while (same_sentence(text_.previous_word(first), p)) first = text_.previous_word(first);
    while (same_sentence(text_.next_word(last), p)) last = text_.next_word(last);
    return only_actor_between(token(first).start, token(last).end, kind);
  }

  // The last person named (not as the object of a preposition) in the
  // paragraph of `v`, before the quotation that ends right before `v`;
  // npos when none or when the quotation opens the paragraph.
  std::size_t paragraph_person_before(std::size_t v) {
    std::size_t paragraph_start = text_.text.rfind("\n\n", token(v).start);
    paragraph_start = paragraph_start == std::string_view::npos ? 0 : paragraph_start + 2;
    // Someone who already spoke in this paragraph goes on speaking.
    if (last_speaker_ != npos && !out_.attributions.empty() &&
        token(out_.attributions.back().token).start >= paragraph_start &&
        !text_.quoted[out_.attributions.back().token])
      return last_speaker_;
    // "Ferraris, hoy de 67 años, asistió a la presentación en el Museo
    // Carmen Funes. «...», dijo": the person who opens the paragraph.
    std::size_t first = v;
    while (valid(text_.previous_word(first)) &&
           token(text_.previous_word(first)).start >= paragraph_start)
      first = text_.previous_word(first);
    if (first != v && !text_.quoted[first]) {
      // "El secretario ..., Marcelo Ebrard, ...": a mention may start at
      // the article.
      std::size_t opener =
          in(kArticles, word(first)) && mention_at_[first] == npos ? text_.next_word(first) : first;
      if (std::size_t named = titled_apposition(first, first);
          named != npos && mention(named).last < v)
        return mention(named).actor;
      if (valid(opener) && opener < v && mention_at_[opener] != npos &&
          mention(mention_at_[opener]).first == opener) {
        std::size_t m = mention_at_[opener];
        resolve(m);
        if (kind_of_mention(m) == "person" && mention(m).actor != npos) return mention(m).actor;
      }
    }
    std::size_t found = npos;
    for (std::size_t t = text_.previous_word(v); valid(t) && token(t).start >= paragraph_start;
         t = text_.previous_word(t)) {
      if (text_.quoted[t] || mention_at_[t] == npos) continue;
      std::size_t m = mention_at_[t];
      if (mention(m).first != t) continue;
      resolve(m);
      if ((!after_preposition(t) || passive_agent(t)) && kind_of_mention(m) == "person" &&
          mention(m).actor != npos) {
        found = mention(m).actor;
        break;
      }
    }
    return found;
  }

  // ----------------------------------------------------------- others --

  bool is_passive_participle(std::size_t t) const {
    const Token& tok = token(t);
    if (tok.kind != TokenKind::kWord || tok.capitalized) return false;
    if (!ends_with_any(tok.form, {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"}))
      return false;
    return data_.passive_forms.count(word(t)) > 0;
  }

  // "la postura expresada", "fue anunciado", "el comunicado conjunto
  // emitido": what the participle describes is a statement.
  bool statement_passive(std::size_t t) const {
    std::size_t p = t;
    for (int n = 0; n < 2; ++n) {
      std::size_t before = text_.previous_word(p);
      // "la amenaza arancelaria, anunciada por Trump": a comma may set the
      // participle off.
      std::string_view gap = text_.gap(before, p);
      if (!same_sentence(before, t) || (gap != " " && !(p == t && gap == ", "))) return false;
      if (data_.passive_heads.count(word(before))) return true;
      p = before;
    }
    return false;
  }

  // "expresada por Rubio", "emitido por la SRE y el Departamento de Estado".
  void passive(std::size_t t) {
    if (!statement_passive(t) || channel_of_a_statement(t)) return;
    std::size_t n = text_.next_word(t);
    while (same_sentence(n, t) && data_.before_verb.count(word(n))) n = text_.next_word(n);
    if (!same_sentence(n, t) || word(n) != "por") return;
    std::size_t m = text_.next_word(n);
    // "anunciado por el jefe del Comando Sur, el general Raymond Okafor".
    if (std::size_t named = titled_apposition(m, t); named != npos) {
      for (std::size_t actor : resolved(with_coordinated_after(named)))
        attribute(actor, t, "passive");
      return;
    }
    for (int k = 0; k < 3 && same_sentence(m, t) && mention_at_[m] == npos; ++k) {
      if (!in(kArticles, word(m)) && !data_.person_cues.count(word(m)) && word(m) != "parte" &&
          word(m) != "de" && word(m) != "del")
        return;
      m = text_.next_word(m);
    }
    if (!same_sentence(m, t) || mention_at_[m] == npos) return;
    // "confirmado por el Senado ... como embajador": an appointment.
    for (std::size_t k = mention(mention_at_[m]).last, n = 0; n < 12; ++n) {
      k = text_.next_word(k);
      if (!same_sentence(k, t)) break;
      if (data_.passive_blockers.count(word(k))) return;
    }
    for (std::size_t actor : resolved(with_coordinated_after(mention_at_[m])))
      attribute(actor, t, "passive");
  }

  // "«…», dijo Bondi en un mensaje difundido por el Departamento de
  // Justicia": the participle after "en un mensaje" of a reporting verb
  // names who relayed the words, not who said them.
  bool channel_of_a_statement(std::size_t participle) const {
    std::size_t noun = text_.previous_word(participle);
    std::size_t article = same_sentence(noun, participle) ? text_.previous_word(noun) : npos;
    std::size_t en = same_sentence(article, participle) ? text_.previous_word(article) : npos;
    if (!same_sentence(en, participle) || word(en) != "en" ||
        !data_.statement_nouns.count(word(noun)) || !in(kDeterminers, word(article)))
      return false;
    // "dijo en", "dijo la fiscal general Pam Bondi en".
    for (std::size_t v = text_.previous_word(en), n = 0;
         n < kBackWords && same_sentence(v, participle) && !text_.quoted[v];
         ++n, v = text_.previous_word(v))
      if (is_reporting_verb(v) && !token(v).capitalized) return true;
    return false;
  }

  // "según X", "de acuerdo con la versión de X".
  void source(std::size_t t) {
    std::size_t end = 0;
    if (data_.source_markers.longest_at(text_, t, end) == nullptr) {
      opinion(t);
      return;
    }
    if (anonymous_sources_after(end)) return;
    // "«fue correcta conforme a las Reglas del Juego»": inside a quotation
    // a source is part of what someone said.
    if (text_.quoted[t]) return;
    std::size_t m = end;
    // "según publicó The New York Times", "según informó la SRE": the
    // source follows the verb.
    if (valid(m) && same_sentence(m, t) && !token(m).capitalized && data_.verb_forms.count(word(m)))
      m = text_.next_word(m);
    if (std::size_t named = titled_apposition(m, t); named != npos) {
      for (std::size_t actor : resolved(with_coordinated_after(named)))
        attribute(actor, t, "source");
      return;
    }
    // "Yusleidy Pérez, madre de Jhonaiker, que, según ella, fue detenido":
    // the person of the clause.
    if (valid(m) && (word(m) == "ella" || word(m) == "el") && !token(m).capitalized &&
        text_.gap(m, text_.next_word(m)).starts_with(",")) {
      if (std::size_t person = person_before(t, t); person != npos)
        attribute(mention(person).actor, t, "source");
      return;
    }
    for (int k = 0; k < 3 && valid(m) && mention_at_[m] == npos && subject_at_[m] == npos; ++k) {
      bool skipped = false;
      if (std::size_t filler_end = 0; data_.source_fillers.longest_at(text_, m, filler_end)) {
        m = filler_end;
        skipped = true;
      }
      if (!skipped && valid(m) && in(kArticles, word(m))) {
        m = text_.next_word(m);
        skipped = true;
      }
      if (!skipped && valid(m) && data_.organization_cues.count(word(m))) {
        if (std::size_t named = named_after_cue(m, t); named != npos) {
          m = named;  // "de acuerdo con la ONG venezolana Foro Penal"
          skipped = true;
        }
      }
      if (!skipped && valid(m)) {
        if (std::size_t agent = agent_of_data(m, t); agent != npos) {
          m = agent;
          skipped = true;
        }
      }
      if (!skipped && valid(m)) {
        if (std::size_t owner = owner_after_of(m, t); owner != npos) {
          m = owner;
          skipped = true;
        }
      }
      if (!skipped) break;
    }
    if (!same_sentence(m, t)) return;
    if (std::size_t named = titled_apposition(m, t); named != npos) {
      for (std::size_t actor : resolved(with_coordinated_after(named)))
        attribute(actor, t, "source");
      return;
    }
    if (mention_at_[m] != npos) {
      for (std::size_t actor : resolved(with_coordinated_after(mention_at_[m])))
        attribute(actor, t, "source");
    } else if (subject_at_[m] != npos) {
      for (std::size_t actor : subject_alias(m)) attribute(actor, t, "source");
    }
  }

  // After an organisation cue ("ONG", "consultora") and up to three
  // lower-case words that qualify it: the first token of the mention that
  // names it, or npos.
  std::size_t named_after_cue(std::size_t cue, std::size_t sentence_of) const {
    std::size_t t = text_.next_word(cue);
    for (int n = 0;
         n < 3 && same_sentence(t, sentence_of) && mention_at_[t] == npos && !token(t).capitalized;
         ++n)
      t = text_.next_word(t);
    if (!same_sentence(t, sentence_of) || mention_at_[t] == npos) return npos;
    return mention(mention_at_[t]).first == t ? t : npos;
  }

  // "(según) estimaciones preliminares de la Cámara ...": a few lower-case
  // words, then "de"/"del" and the mention they belong to. Returns the
  // mention's first token, or npos.
  std::size_t owner_after_of(std::size_t m, std::size_t sentence_of) const {
    std::size_t t = m;
    for (std::size_t n = 0; n < kOfPhraseWords && same_sentence(t, sentence_of); ++n) {
      if (token(t).capitalized || mention_at_[t] != npos) return npos;
      std::size_t next = text_.next_word(t);
      if (!same_sentence(next, sentence_of) || text_.gap(t, next) != " ") return npos;
      if (word(t) == "de" || word(t) == "del") {
        if (in(kArticles, word(next))) next = text_.next_word(next);
        return valid(next) && mention_at_[next] != npos ? next : npos;
      }
      t = next;
    }
    return npos;
  }

  // "Para el investigador de la Universidad Centroamericana José Simeón
  // Cañas, Óscar A. Meléndez, el caso ...": a name that ends the title's
  // domain is the institution's; the person is the apposition after it.
  // Returns that apposition's mention, else `named`.
  std::size_t person_in_apposition(std::size_t named, std::size_t sentence_of) const {
    std::size_t after = text_.next_word(mention(named).last);
    std::size_t next = same_sentence(after, sentence_of) ? mention_at_[after] : npos;
    if (next == npos || mention(next).first != after || kind_of_mention(next) != "person")
      return named;
    std::size_t following = text_.next_word(mention(next).last);
    bool closed = same_sentence(following, sentence_of) &&
                  text_.gap(mention(next).last, following).find(',') != std::string_view::npos;
    return closed ? next : named;
  }

  // The sentence's start, or right after a short opening set off by a
  // comma ("En cambio, para ...", "Sin embargo, para ...").
  bool opens_sentence(std::size_t t) const {
    if (text_.sentence_start[t]) return true;
    std::size_t p = text_.previous_word(t);
    if (!same_sentence(p, t) || text_.gap(p, t) != ", ") return false;
    for (std::size_t n = 0; n < kSentenceOpening && same_sentence(p, t); ++n) {
      if (mention_at_[p] != npos || subject_at_[p] != npos || data_.verb_forms.count(word(p)))
        return false;
      if (text_.sentence_start[p]) return true;
      if (text_.gap(text_.previous_word(p), p) != " ") return false;
      p = text_.previous_word(p);
    }
    return false;
  }

  // "según cifras divulgadas el jueves por la Canacero": after a noun of
  // data and its participle, the first word after "por"; npos otherwise.
  std::size_t agent_of_data(std::size_t m, std::size_t t) const {
    if (in(kDeterminers, word(m)) && !token(m).capitalized) m = text_.next_word(m);  // "un resumen"
    if (!same_sentence(m, t) || !data_.data_nouns.count(word(m))) return npos;
    std::size_t participle = text_.next_word(m);
    if (!same_sentence(participle, t) || text_.gap(m, participle) != " ") return npos;
    // "un resumen de la reunión difundido por": the noun's complement first.
    if (word(participle) == "de" || word(participle) == "del")
      for (int n = 0; n < 3 && same_sentence(participle, t) && !looks_participle(word(participle));
           ++n) {
        std::size_t next = text_.next_word(participle);
        if (!same_sentence(next, t) || text_.gap(participle, next) != " " ||
            token(next).capitalized || mention_at_[next] != npos)
          return npos;
        participle = next;
      }
    if (!looks_participle(word(participle))) return npos;
    std::size_t k = participle;
    for (int n = 0; n < 5; ++n) {
      k = text_.next_word(k);
      if (!same_sentence(k, t) || text_.gap(text_.previous_word(k), k) != " ") return npos;
      if (word(k) == "por") return text_.next_word(k);
    }
    return npos;
  }

  // "Para el exprocurador X, la extradición de un operador como Quispe
  // «golpea ...»: «…»": the quotation goes on with the opinion's holder
  // (see opinion), not with the last person named.
  bool opens_with_opinion(std::size_t t) const {
    std::size_t first = t;
    while (same_sentence(text_.previous_word(first), t)) first = text_.previous_word(first);
    return word(first) == "para" && !text_.quoted[first];
  }

  // "Para la economista Daniela Villarreal, de la UANL, el impacto ...": a
  // sentence opening with "para" and a person, then a comma, gives that
  // person's view.
  // "Para X, ...", "Pero para X, ...": the sentence opens with "para", or
  // with a connective or two and then "para".
  bool opens_opinion(std::size_t t) const {
    for (int n = 0; n < 3; ++n) {
      if (opens_sentence(t)) return true;
      std::size_t p = text_.previous_word(t);
      if (!same_sentence(p, t) || text_.gap(p, t) != " " ||
          !data_.opinion_connectives.count(word(p)))
        return false;
      t = p;
    }
    return false;
  }

  void opinion(std::size_t t) {
    if (word(t) != "para" || !opens_opinion(t)) return;
    std::size_t m = text_.next_word(t);
    // "Para la portavoz de la OCU, Marta Puig i Ferrer, el uso ...".
    if (std::size_t named = titled_apposition(m, t);
        named != npos && !text_.quoted[mention(named).first]) {
      std::size_t after = text_.next_word(mention(named).last);
      if (same_sentence(after, t) &&
          text_.gap(mention(named).last, after).find(',') != std::string_view::npos) {
        named = person_in_apposition(named, t);
        resolve(named);
        attribute(mention(named).actor, t, "source");
        return;
      }
    }
    if (valid(m) && in(kArticles, word(m))) m = text_.next_word(m);
    // "Para el profesor de la Universidad del Rosario Santiago Leguízamo,":
    // a title and its domain before the name.
    bool titled = false;  // "el analista Hernán Lozano": the mention may open at the title
    if (same_sentence(m, t) &&
        (mention_at_[m] == npos || kind_of_mention(mention_at_[m]) == "person") &&
        data_.person_cues.count(word(m))) {
      for (std::size_t n = 0; n < kAppositionWords && same_sentence(m, t); ++n) {
        std::size_t next = text_.next_word(m);
        if (!same_sentence(next, t) || text_.gap(m, next).find_first_of(",;:") != npos) return;
        m = next;
        if (mention_at_[m] != npos && token(m).capitalized &&
            kind_of_mention(mention_at_[m]) == "person") {
          titled = true;
          break;
        }
      }
    }
    if (!same_sentence(m, t) || mention_at_[m] == npos ||
        (!titled && mention(mention_at_[m]).first != m))
      return;
    std::size_t named = mention_at_[m];
    resolve(named);
    std::size_t after = text_.next_word(mention(named).last);
    if (!same_sentence(after, t) ||
        text_.gap(mention(named).last, after).find(',') == std::string_view::npos)
      return;
    named = person_in_apposition(named, t);
    resolve(named);
    attribute(mention(named).actor, t, "source");
  }

  // "—¿Fue la zona la clave? —le preguntaron a Gonzalo de San Martín.\n\n
  // —Sí, ...": an interview's question names who answers in the paragraph
  // after it.
  void interview_question(std::size_t t) {
    if (!data_.question_verbs.count(word(t)) || token(t).capitalized) return;
    std::size_t start = text_.text.rfind('\n', token(t).start);
    start = start == std::string_view::npos ? 0 : start + 1;
    std::string_view paragraph = text_.text.substr(start, token(t).start - start);
    if (!paragraph.starts_with("\xE2\x80\x94") && !paragraph.starts_with("\xE2\x80\x93")) return;
    if (paragraph.find("\xC2\xBF") == std::string_view::npos) return;  // ¿
    std::size_t end = text_.text.find('\n', token(t).end);
    if (end == std::string_view::npos) return;
    std::string_view answer = text_.text.substr(end);
    answer.remove_prefix(std::min(answer.find_first_not_of("\n \t"), answer.size()));
    if (!answer.starts_with("\xE2\x80\x94") && !answer.starts_with("\xE2\x80\x93")) return;
    // "a Gonzalo de San Martín", "al constitucionalista Andrés F. Gallegos".
    std::size_t k = text_.next_word(t);
    if (!same_sentence(k, t) || (word(k) != "a" && word(k) != "al")) return;
    for (int n = 0; n < 4; ++n) {
      k = text_.next_word(k);
      if (!same_sentence(k, t)) return;
      std::size_t m = mention_at_[k];
      if (m != npos && mention(m).first == k) {
        resolve(m);
        if (kind_of_mention(m) == "person") attribute(mention(m).actor, t, "interview");
        return;
      }
      if (!in(kArticles, word(k)) && !data_.person_cues.count(word(k)) &&
          !data_.office_modifiers.count(word(k)))
        return;
    }
  }

  // "— Relaciones Exteriores (@SRE_mx) January 12, 2026": the author of an
  // embedded post. `h` is the handle's overlay token.
  void signature(std::size_t h) {
    std::size_t start = token(h).start;
    if (start == 0 || text_.text[start - 1] != '(') return;
    std::string_view before = text_.text.substr(0, start - 1);
    std::size_t dash = before.rfind("\xE2\x80\x94");  // —
    if (dash == std::string_view::npos || start - dash > 80) return;
    if (before.find('\n', dash) != std::string_view::npos) return;
    // The words between the dash and the parenthesis.
    std::size_t first = npos, last = npos;
    for (std::size_t t = 0; t < h; ++t) {
      if (token(t).overlay || token(t).start < dash || token(t).end > start - 1) continue;
      if (first == npos) first = t;
      last = t;
    }
    if (first == npos) return;
    std::size_t actor = npos;
    if (mention_at_[last] != npos) {
      actor = mention(mention_at_[last]).actor;
    } else {
      std::size_t words = 0;
      for (std::size_t t = first; t <= last; t = text_.next_word(t)) words += token(t).capitalized;
      if (words < 2) return;
      std::string name(text_.span(first, last));
      if (token(first).upper) name = title_case_name(name);
      actor = actors_.named_actor(name, "person");
      actors_.mentions.push_back({first, last, actor, MentionKind::kPerson, {}, {}});
      ++actors_.actors[actor].mentions;
      if (actors_.actors[actor].evidence.empty()) actors_.actors[actor].evidence = name;
    }
    if (actor != npos) attribute(actor, h, "post");
  }

  // "Rubio: «...»": the mention right before a colon that opens a
  // quotation. "Marisol Cantú, presidenta de la Canacero: «...»": a person
  // opening the sentence, an apposition, then the colon: the person speaks,
  // not the institution that ends the apposition.
  void colon_quote(std::size_t t) {
    std::size_t next = text_.next_word(t);
    std::string_view gap = text_.gap(t, next);
    std::size_t colon = gap.find(':');
    if (colon == std::string_view::npos || !opening_quote(gap.substr(colon))) return;
    if (std::size_t head = apposition_head(t); head != npos) {
      attribute(mention(head).actor, t, "colon");
    } else if (mention_at_[t] != npos && mention(mention_at_[t]).last == t) {
      std::size_t m = mention_at_[t];
      // "Mulino tras llamada con Rubio: «…»": the object of a preposition
      // does not speak; the name opening the sentence does.
      if (after_preposition(mention(m).first)) m = opening_mention(t);
      if (m != npos) attribute(mention(m).actor, t, "colon");
    } else if (std::size_t person = person_before(next, t);
               person != npos && !reporting_verb_between(mention(person).last, t) &&
               !opens_with_opinion(t)) {
      // "el ministro ..., José Manuel Albares, evitó pronunciarse sobre el
      // caso: «...»": the person of the clause the quotation completes.
      // ("Preguntado por si jugará Valles, respondió: «…»": the verb's own
      // subject speaks, found with the verb.)
      attribute(mention(person).actor, t, "colon");
    }
  }

  // The mention opening the sentence of `t`, resolved, when no reporting
  // verb comes between it and `t`; npos otherwise.
  std::size_t opening_mention(std::size_t t) {
    std::size_t first = t;
    for (std::size_t p = text_.previous_word(t); same_sentence(p, t); p = text_.previous_word(p))
      first = p;
    std::size_t m = mention_at_[first];
    // "El representante comercial de Estados Unidos, Jamieson Greer, fue
    // más allá en una entrevista con la cadena CNBC: «…»".
    // "El representante comercial ..., Jamieson Greer" as one mention after
    // its article.
    if ((m == npos || mention(m).first != first) && in(kArticles, word(first))) {
      std::size_t next = text_.next_word(first);
      if (valid(next) && mention_at_[next] != npos && mention(mention_at_[next]).first == next)
        m = mention_at_[next];
    }
    if (m == npos || (mention(m).first != first && mention(m).first != text_.next_word(first)))
      m = titled_apposition(first, t);
    if (m == npos || mention(m).last >= t || reporting_verb_between(mention(m).last, t))
      return npos;
    resolve(m);
    return mention(m).actor == npos ? npos : m;
  }

  bool reporting_verb_between(std::size_t first, std::size_t last) const {
    for (std::size_t k = text_.next_word(first); valid(k) && k <= last; k = text_.next_word(k))
      if (is_reporting_verb(k)) return true;
    return false;
  }

  // The mention that opens the sentence of `t` (a person, or an
  // organisation in a list of reactions: "– Movimiento Ciudadano, en un
  // posicionamiento: «...»") and is followed by a comma, with no reporting
  // verb between it and `t`; npos otherwise.
  std::size_t apposition_head(std::size_t t) {
    std::size_t first = t;
    for (std::size_t p = text_.previous_word(t); same_sentence(p, t); p = text_.previous_word(p))
      first = p;
    std::size_t m = mention_at_[first];
    if (m == npos || mention(m).first != first || mention(m).last >= t) return npos;
    resolve(m);
    if (mention(m).actor == npos) return npos;
    std::size_t after = text_.next_word(mention(m).last);
    if (text_.gap(mention(m).last, after).find(',') == std::string_view::npos) return npos;
    for (std::size_t k = after; k <= t; k = text_.next_word(k))
      if (is_reporting_verb(k)) return npos;
    return m;
  }

  void attribute(std::size_t actor, std::size_t t, const char* how) {
    if (actor == npos) return;
    if (std::find(out_.speakers.begin(), out_.speakers.end(), actor) == out_.speakers.end())
      out_.speakers.push_back(actor);
    out_.attributions.push_back({actor, t, how, std::string(text_.sentence_text(t))});
    // Statements reported inside a quotation belong to the quotation, not to
    // the article's thread of speakers.
    if (text_.quoted[t]) return;
    last_speaker_ = actor;
    last_speaker_of_kind_[kind_of(actor)] = actor;
    last_speaker_sentence_[kind_of(actor)] = text_.sentence[t];
  }

  const AnalyzedText& text_;
  ActorExtraction& actors_;
  const ExtractionData& data_;
  std::vector<std::size_t> mention_at_;
  std::vector<std::size_t> subject_at_;
  std::size_t last_speaker_ = npos;
  std::map<std::string, std::size_t> last_speaker_of_kind_;
  std::map<std::string, std::uint32_t> last_speaker_sentence_;  // of the statement
  std::map<std::string, std::size_t> last_mention_of_kind_;
  std::pair<std::uint32_t, std::vector<std::size_t>> last_verb_subject_{~0u, {}};
  SpeakerExtraction out_;
};

}  // namespace

SpeakerExtraction extract_speakers(const AnalyzedText& body, ActorExtraction& actors,
                                   const ExtractionData& data) {
  SpeakerFinder finder(body, actors, data);
  return finder.run();
}

}  // namespace hemeroteca
