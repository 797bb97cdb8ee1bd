// The vocabularies of the extractors, loaded once from the data folder
// (dates.toml, names.toml, given_names.txt, speech.toml, gazetteer.toml,
// topics.toml) and shared read-only. Words are stored folded (no accents, lower case) unless
// said otherwise, so that lookups go through the same analysis as the text.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/aliases.h"

namespace hemeroteca {

class Analyzer;

// A sequence of folded words ("se llevara a cabo").
using Phrase = std::vector<std::string>;

// The words of `text`, case- and accent-folded ("Secretaría de Salud" ->
// secretaria, de, salud): to compare names with data.
Phrase folded_words(std::string_view text);

struct AnalyzedText;

// Phrases with a value each, found at a token position through an index of
// their first words (the extractors ask at every word of every article).
template <typename Value>
class PhraseTable {
 public:
  struct Entry {
    Phrase words;
    Value value;
  };

  void add(Phrase words, Value value);
  // The longest phrase starting at token `t` of `text` (overlay tokens
  // skipped), or null; `end` receives the index after it.
  const Entry* longest_at(const AnalyzedText& text, std::size_t t, std::size_t& end) const;
  bool empty() const { return entries_.empty(); }

 private:
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;  // longest first
};

// A term of a topic, as index terms (stems), one per word.
struct TopicTermPhrase {
  std::size_t topic = 0;
  bool weak = false;
  Phrase terms;
};

struct GazetteerActor {
  std::string name;  // canonical
  std::string kind;  // person | institution | organization | media
  // "la Cancillería", "el canciller": forms that name this actor only in an
  // article about its country (folded words, space-joined).
  std::string country;
  std::unordered_set<std::string> local_forms;
};

// Who held an office, and when (ISO dates; "" is open).
struct RoleHolder {
  std::size_t actor = 0;
  std::string from;
  std::string to;
};

struct TopicDefinition {
  std::string name;
  std::vector<Phrase> terms;  // index terms (stems), one per word
  std::vector<Phrase> weak;
};

struct TopicSettings {
  double title_weight = 3;
  double weak_weight = 0.5;
  double min_score = 3;
  double min_per_1000_words = 1.5;
  // Words (folded) whose stem is a term's but which mean something else:
  // "importante" (importaciones), "deportiva" (deportaciones).
  std::unordered_set<std::string> false_friends;
};

// Words for a kind of person: listed ones, plus open classes recognised by
// their ending ("ornitólogo", "internacionalista"), minus words that only
// look like them ("revista").
struct CueWords {
  std::unordered_set<std::string> words;     // folded
  std::vector<std::string> endings;          // folded
  std::unordered_set<std::string> not_cues;  // folded
  std::size_t count(const std::string& word) const {
    if (words.count(word)) return 1;
    if (not_cues.count(word)) return 0;
    // "el exprocurador": a former holder of a title.
    if (word.size() > 4 && word.starts_with("ex") && words.count(word.substr(2))) return 1;
    for (const std::string& ending : endings)
      if (word.size() > ending.size() + 2 && word.ends_with(ending)) return 1;
    return 0;
  }
};

struct ExtractionData {
  // dates.toml
  std::unordered_map<std::string, int> months_es;  // folded name -> 1..12
  std::unordered_map<std::string, int> months_en;
  PhraseTable<bool> future_cues;
  PhraseTable<bool> event_cues;
  PhraseTable<bool> yesterday_cues;
  std::unordered_set<std::string> history_year_cues;  // "fundada (en 1964)"
  int background_window_days = 31;

  // names.toml
  std::vector<Phrase> particles;
  std::vector<Phrase>
      given_name_tails;  // "(Juan) de Dios", "(María) de los Ángeles"  // longest first
  CueWords person_cues;
  std::unordered_set<std::string> not_names;
  std::unordered_set<std::string> institution_heads;  // first words
  std::unordered_set<std::string> organization_cues;  // last words ("cadena hotelera")
  std::unordered_set<std::string> organization_name_words;
  std::unordered_set<std::string> english_organization_heads;  // "(... Steel) Institute"
  std::unordered_set<std::string> sentence_start_nouns;
  std::unordered_set<std::string> words_before_a;  // "(Centro de) Atención (al Migrante)"  //
                                                   // "Fuentes (de la Dirandro) indicaron"  //
                                                   // "(la ONG) Justicia (y Proceso)"
  std::vector<std::string> company_suffixes;       // as written, longest first: "S.A. de C.V."
  std::unordered_set<std::string> given_names;     // given_names.txt
  std::unordered_set<std::string> function_words;  // stopwords_es.txt
  std::unordered_set<std::string> given_name_abbreviations;  // "Ma." (also in given_names)
  std::unordered_set<std::string> place_prefixes;
  std::unordered_set<std::string> place_nouns_before_de;  // "(el distrito) de X"
  std::unordered_set<std::string> place_nouns;           // "(el aeropuerto) Arturo Merino Benítez"
  std::unordered_set<std::string> place_noun_modifiers;  // "(aeropuerto) Internacional"     // "San
                                                         // Luis Río Colorado" is a place
  // Words after an office that make it another office: "la mandataria
  // estatal", "el canciller guatemalteco".
  std::unordered_set<std::string> office_modifiers;
  // "colombiano" -> "Colombia": "el Gobierno colombiano" is "Gobierno de
  // Colombia".
  std::unordered_map<std::string, std::string> governments_by_adjective;
  std::unordered_map<std::string, std::string> countries;  // folded one-word name -> name
  // "oaxaqueña" -> "Oaxaca", "capitalino" -> "la Ciudad de México": a
  // state's institution written without its state ("la Secretaría de
  // Turismo estatal") is named with it.
  std::unordered_map<std::string, std::string> states_by_adjective;
  PhraseTable<std::string> states;  // name's words (no article) -> name
  // "(la) Cancillería" -> "Ministerio de Relaciones Exteriores" (de <country>)
  PhraseTable<std::string> national_offices;

  // gazetteer.toml
  std::vector<GazetteerActor> actors;
  AliasTable names{CaseRule::kCapitalized};          // entry index == actor index
  AliasTable subject_names{CaseRule::kCapitalized};  // entry -> subject_actor
  std::vector<std::size_t> subject_actor;
  AliasTable roles{CaseRule::kCapitalized};  // entry -> role_holders
  std::vector<std::vector<RoleHolder>> role_holders;
  // Per role entry, its words with their accents (lower case): "secretaria
  // de Gobernación" is an office, "Secretaría de Gobernación" a ministry.
  std::vector<std::vector<std::string>> role_words;

  // speech.toml
  // Reporting verbs: every finite or participle form (folded), generated
  // from the infinitives plus the irregular forms listed.
  std::unordered_set<std::string> verb_forms;
  std::unordered_set<std::string> complement_forms;     // need "que" or a quote
  std::unordered_set<std::string> as_complement_forms;  // "calificó (X) como"
  std::unordered_set<std::string> pronominal_forms;     // "se quejó": "se" is no impersonal
  std::unordered_set<std::string> passive_forms;        // "expresada por X"
  std::unordered_set<std::string> passive_blockers;     // "confirmado por el Senado como embajador"
  std::unordered_set<std::string> passive_heads;    // "la postura expresada por", "fue dicho por"
  std::unordered_set<std::string> statement_nouns;  // "(celebró ...) en un comunicado"
  std::unordered_set<std::string> prenominal_adjectives;  // "la mayor (amenaza)"
  std::unordered_set<std::string> reflexive_refusals;     // "se negó (a comentar)"
  std::unordered_set<std::string> direct_refusals;        // "declinó (comentar)"
  std::unordered_set<std::string> question_heads;         // "(se) desconoce (si ...)"
  std::unordered_set<std::string> ruling_words;           // "declaró (procedente)"
  std::unordered_set<std::string> question_verbs;         // "—¿...? —le preguntaron a X"
  std::unordered_set<std::string> before_verb;
  std::unordered_set<std::string> after_verb;
  std::unordered_set<std::string> time_words;   // "(respondió el) fin (de semana)"
  PhraseTable<bool> infinitive_heads;           // "se limitó a" (decir)
  std::unordered_set<std::string> infinitives;  // of reporting verbs, folded
  PhraseTable<bool> source_markers;
  PhraseTable<bool> source_fillers;
  PhraseTable<bool> time_phrases;
  PhraseTable<bool> through_spokesperson;  // "(la Comisión,) a través de su (portavoz)"  //
                                           // "(escribió) horas después (en X el embajador)"
  std::unordered_set<std::string> opinion_connectives;  // "Pero (para X, ...)"
  std::unordered_set<std::string> data_nouns;           // "(según) cifras (divulgadas por)"
  PhraseTable<std::string> anaphora;                    // phrase -> kind of actor
  // A description's last word ("cartera") -> how the names of the
  // institutions it can stand for open (folded_words: ministerio ...).
  std::unordered_map<std::string, std::vector<Phrase>> anaphora_heads;
  std::unordered_set<std::string> generic_labels;        // upper case, as written
  std::unordered_set<std::string> generic_label_starts;  // first words, upper case

  // topics.toml
  std::vector<TopicDefinition> topics;
  // Every topic's terms, by their first index term, longest first.
  std::unordered_map<std::string, std::vector<TopicTermPhrase>> topic_terms_by_first;
  TopicSettings topic_settings;

  // Identifies the contents of all these files.
  std::string fingerprint;

  // Loads the files of `dir`; throws DataFileError naming the file at fault.
  static std::shared_ptr<const ExtractionData> load(const std::filesystem::path& dir,
                                                    Analyzer& analyzer);
  // The same, each file where `file` says (by name).
  static std::shared_ptr<const ExtractionData> load(
      const std::function<std::filesystem::path(std::string_view)>& file, Analyzer& analyzer);
  // The data of the data files (data_file()), loaded on first use.
  static std::shared_ptr<const ExtractionData> shared();
};

}  // namespace hemeroteca
