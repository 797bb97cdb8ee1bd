#include "common/extraction_data.h"

#include <toml++/toml.h>

#include <sstream>

#include <algorithm>
#include <mutex>

#include "common/analysis.h"
#include "common/analyzed_text.h"
#include "common/data_files.h"
#include "common/errors.h"
#include "common/text_normalize.h"

namespace hemeroteca {

template <typename Value>
void PhraseTable<Value>::add(Phrase words, Value value) {
  if (words.empty()) return;
  std::string first = words.front();
  entries_.push_back({std::move(words), std::move(value)});
  std::vector<std::size_t>& bucket = by_first_word_[first];
  bucket.push_back(entries_.size() - 1);
  std::stable_sort(bucket.begin(), bucket.end(), [&](std::size_t a, std::size_t b) {
    return entries_[a].words.size() > entries_[b].words.size();
  });
}

template <typename Value>
const typename PhraseTable<Value>::Entry* PhraseTable<Value>::longest_at(const AnalyzedText& text,
                                                                         std::size_t t,
                                                                         std::size_t& end) const {
  if (t >= text.size()) return nullptr;
  auto bucket = by_first_word_.find(text.folded[t]);
  if (bucket == by_first_word_.end()) return nullptr;
  for (std::size_t index : bucket->second)
    if (text.matches_at(t, entries_[index].words, end)) return &entries_[index];
  return nullptr;
}

template class PhraseTable<bool>;
template class PhraseTable<std::string>;

namespace {

class TomlFile {
 public:
  TomlFile(const std::filesystem::path& path) : path_(path.string()) {
    text_ = read_data_file(path);
    try {
      table_ = toml::parse(text_, path_);
    } catch (const toml::parse_error& e) {
      throw DataFileError(path_ + ": " + std::string(e.description()));
    }
  }

  const toml::table& table() const { return table_; }
  const std::string& text() const { return text_; }

  [[noreturn]] void fail(const std::string& message) const {
    throw DataFileError(path_ + ": " + message);
  }

  std::vector<std::string> strings(const toml::node_view<const toml::node>& node) const {
    std::vector<std::string> out;
    if (!node) return out;
    const toml::array* array = node.as_array();
    if (array == nullptr) fail("expected a list of strings");
    for (const toml::node& item : *array) {
      auto value = item.value<std::string>();
      if (!value) fail("expected a list of strings");
      out.push_back(*value);
    }
    return out;
  }

  std::vector<std::string> strings(std::string_view key) const { return strings(table_[key]); }

  double number(const toml::node_view<const toml::node>& node, double fallback) const {
    if (!node) return fallback;
    if (auto value = node.value<double>()) return *value;
    fail("expected a number");
  }

 private:
  std::string path_;
  std::string text_;
  toml::table table_;
};

// Folded words of `text`, as the tokenizer splits them.
Phrase phrase(Analyzer& analyzer, std::string_view text) {
  Phrase words;
  for (const Token& token : tokenize(text))
    if (!token.overlay) words.push_back(analyzer.folded(token.form));
  return words;
}

}  // namespace

Phrase folded_words(std::string_view text) {
  Phrase words;
  for (const Token& token : tokenize(text))
    if (!token.overlay) words.push_back(fold_accents(token.form));
  return words;
}

namespace {

// Index terms (stems) of `text`, one per word.
Phrase stems(Analyzer& analyzer, std::string_view text) {
  Phrase words;
  for (const Token& token : tokenize(text))
    if (!token.overlay) words.push_back(analyzer.term(token));
  return words;
}

std::vector<Phrase> phrases(Analyzer& analyzer, const std::vector<std::string>& texts) {
  std::vector<Phrase> out;
  for (const std::string& text : texts) {
    Phrase words = phrase(analyzer, text);
    if (!words.empty()) out.push_back(std::move(words));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Phrase& a, const Phrase& b) { return a.size() > b.size(); });
  return out;
}

std::unordered_set<std::string> word_set(Analyzer& analyzer,
                                         const std::vector<std::string>& texts) {
  std::unordered_set<std::string> out;
  for (const std::string& text : texts) out.insert(analyzer.folded(normalize_word(text)));
  return out;
}

void load_dates(const TomlFile& file, Analyzer& analyzer, ExtractionData& data) {
  auto months = [&](std::string_view key, std::unordered_map<std::string, int>& out) {
    std::vector<std::string> names = file.strings(key);
    if (!names.empty() && names.size() != 12) file.fail(std::string(key) + ": 12 months expected");
    for (std::size_t i = 0; i < names.size(); ++i)
      out[analyzer.folded(normalize_word(names[i]))] = static_cast<int>(i) + 1;
  };
  months("months_es", data.months_es);
  months("months_es_short", data.months_es);
  months("months_en", data.months_en);
  months("months_en_short", data.months_en);
  if (const toml::array* variants = file.table()["months_es_variants"].as_array())
    for (const toml::node& node : *variants) {
      const toml::array* pair = node.as_array();
      if (pair == nullptr || pair->size() != 2) file.fail("months_es_variants: [name, month]");
      auto name = (*pair)[0].value<std::string>();
      auto month = (*pair)[1].value<int64_t>();
      if (!name || !month) file.fail("months_es_variants: [name, month]");
      data.months_es[analyzer.folded(normalize_word(*name))] = static_cast<int>(*month);
    }
  for (Phrase& cue : phrases(analyzer, file.strings("future_cues")))
    data.future_cues.add(std::move(cue), true);
  for (Phrase& cue : phrases(analyzer, file.strings("event_cues")))
    data.event_cues.add(std::move(cue), true);
  for (Phrase& cue : phrases(analyzer, file.strings("yesterday_cues")))
    data.yesterday_cues.add(std::move(cue), true);
  data.history_year_cues = word_set(analyzer, file.strings("history_year_cues"));
  data.background_window_days =
      static_cast<int>(file.number(file.table()["background_window_days"], 31));
}

// The data lists an adjective in the masculine; texts also write it in the
// feminine ("la cancillería venezolana", "la Fiscalía neoleonesa").
std::vector<std::string> adjective_forms(Analyzer& analyzer, std::string_view masculine) {
  std::string folded = analyzer.folded(normalize_word(masculine));
  std::vector<std::string> forms{folded};
  if (folded.ends_with('o'))
    forms.push_back(folded.substr(0, folded.size() - 1) + "a");
  else if (masculine.ends_with("és") || masculine.ends_with("ol") || masculine.ends_with("án"))
    forms.push_back(folded + "a");
  return forms;
}

void load_names(const TomlFile& file, Analyzer& analyzer, ExtractionData& data) {
  data.particles = phrases(analyzer, file.strings("particles"));
  data.given_name_tails = phrases(analyzer, file.strings("given_name_tails"));
  data.person_cues.words = word_set(analyzer, file.strings("person_cues"));
  for (const std::string& ending : file.strings("person_cue_endings"))
    data.person_cues.endings.push_back(analyzer.folded(normalize_word(ending)));
  data.person_cues.not_cues = word_set(analyzer, file.strings("not_person_cues"));
  data.not_names = word_set(analyzer, file.strings("not_names"));
  data.given_name_abbreviations = word_set(analyzer, file.strings("given_name_abbreviations"));
  data.given_names.insert(data.given_name_abbreviations.begin(),
                          data.given_name_abbreviations.end());
  for (const std::string& head : file.strings("institution_heads")) {
    Phrase words = phrase(analyzer, head);
    if (!words.empty()) data.institution_heads.insert(words.front());
  }
  for (const std::string& cue : file.strings("organization_cues")) {
    Phrase words = phrase(analyzer, cue);
    if (!words.empty()) data.organization_cues.insert(words.back());
  }
  data.organization_name_words = word_set(analyzer, file.strings("organization_name_words"));
  data.english_organization_heads = word_set(analyzer, file.strings("english_organization_heads"));
  data.sentence_start_nouns = word_set(analyzer, file.strings("sentence_start_nouns"));
  data.words_before_a = word_set(analyzer, file.strings("institution_words_before_a"));
  data.company_suffixes = file.strings("company_suffixes");
  std::sort(data.company_suffixes.begin(), data.company_suffixes.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  data.place_prefixes = word_set(analyzer, file.strings("place_prefixes"));
  data.place_nouns = word_set(analyzer, file.strings("place_nouns"));
  data.place_nouns_before_de = word_set(analyzer, file.strings("place_nouns_before_de"));
  data.place_noun_modifiers = word_set(analyzer, file.strings("place_noun_modifiers"));
  data.office_modifiers = word_set(analyzer, file.strings("office_modifiers"));
  if (const toml::table* governments = file.table()["governments_by_adjective"].as_table())
    for (const auto& [adjective, country] : *governments)
      if (auto name = country.value<std::string>()) {
        for (const std::string& form : adjective_forms(analyzer, adjective.str()))
          data.governments_by_adjective[form] = *name;
        if (name->find(' ') == std::string::npos)
          data.countries[analyzer.folded(normalize_word(*name))] = *name;
      }
  if (const toml::table* offices = file.table()["national_offices"].as_table())
    for (const auto& [form, name] : *offices)
      if (auto value = name.value<std::string>())
        data.national_offices.add(phrase(analyzer, std::string(form.str())), *value);
  if (const toml::table* states = file.table()["states_by_adjective"].as_table())
    for (const auto& [adjective, state] : *states)
      if (auto name = state.value<std::string>()) {
        for (const std::string& form : adjective_forms(analyzer, adjective.str()))
          data.states_by_adjective[form] = *name;
        Phrase words = phrase(analyzer, *name);
        if (words.size() > 1 && (words.front() == "la" || words.front() == "el"))
          words.erase(words.begin());
        data.states.add(std::move(words), *name);
      }
}

// One word per line, "#" comments (and "|" comments, Snowball's form).
std::unordered_set<std::string> word_list(const std::string& text, Analyzer& analyzer) {
  std::unordered_set<std::string> words;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    line = line.substr(0, line.find_first_of("#|"));
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
      line.pop_back();
    if (!line.empty()) words.insert(analyzer.folded(normalize_word(line)));
  }
  return words;
}

// given_names.txt: one name per line, "#" comments.
std::string load_given_names(const std::filesystem::path& path, Analyzer& analyzer,
                             ExtractionData& data) {
  std::string text = read_data_file(path);
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    data.given_names.insert(analyzer.folded(normalize_word(line)));
  }
  return text;
}

void load_gazetteer(const TomlFile& file, ExtractionData& data) {
  const toml::array* actors = file.table()["actor"].as_array();
  if (actors == nullptr) file.fail("no [[actor]] entries");
  // Roles are grouped by phrase: "presidente de Estados Unidos" has held by
  // several people, each in their time.
  std::unordered_map<std::string, std::size_t> role_entry;
  for (const toml::node& node : *actors) {
    const toml::table* actor = node.as_table();
    auto name = actor ? (*actor)["name"].value<std::string>() : std::nullopt;
    if (!name) file.fail("every [[actor]] needs a name");
    std::string kind = (*actor)["kind"].value_or(std::string("person"));
    std::size_t index = data.actors.size();
    GazetteerActor entry{*name, kind, (*actor)["country"].value_or(std::string()), {}};
    for (const std::string& form : file.strings((*actor)["local"])) {
      std::string joined;
      for (const std::string& word : folded_words(form))
        joined += (joined.empty() ? "" : " ") + word;
      entry.local_forms.insert(joined);
    }
    data.actors.push_back(std::move(entry));
    data.names.add(*name, file.strings((*actor)["aliases"]));
    std::vector<std::string> subject_aliases = file.strings((*actor)["subject_aliases"]);
    if (!subject_aliases.empty()) {
      data.subject_names.add(*name, subject_aliases, /*canonical_is_form=*/false);
      data.subject_actor.push_back(index);
    }
    if (const toml::array* roles = (*actor)["roles"].as_array())
      for (const toml::node& role_node : *roles) {
        const toml::table* role = role_node.as_table();
        auto phrase_text = role ? (*role)["role"].value<std::string>() : std::nullopt;
        if (!phrase_text) file.fail(*name + ": every role needs a \"role\"");
        RoleHolder holder{index, (*role)["from"].value_or(std::string()),
                          (*role)["to"].value_or(std::string())};
        auto [it, inserted] = role_entry.emplace(*phrase_text, data.role_holders.size());
        if (inserted) {
          data.roles.add(*phrase_text, {});
          data.role_holders.emplace_back();
          std::vector<std::string> words;
          for (const Token& token : tokenize(*phrase_text))
            if (!token.overlay) words.push_back(token.form);
          data.role_words.push_back(std::move(words));
        }
        data.role_holders[it->second].push_back(holder);
      }
  }
}

// The regular third-person and participle forms of a verb, folded:
// "anunciar" -> anuncio (anunció), anunciaron, anunciaba, anunciado ...
// Exact forms, not stems: stems would also catch nouns and adjectives
// ("informativa", "la denuncia").
std::vector<std::string> conjugation(Analyzer& analyzer, const std::string& lemma) {
  static const std::vector<std::string> kAr = {"ó",    "aron", "aba",  "aban", "ado",  "ada",
                                               "ados", "adas", "ara",  "aran", "ase",  "a",
                                               "an",   "ará",  "arán", "aría", "arían"};
  static const std::vector<std::string> kEr = {"ió",   "ieron", "ía",   "ían",   "ido", "ida",
                                               "idos", "idas",  "iera", "ieran", "e",   "en",
                                               "erá",  "erán",  "ería", "erían"};
  static const std::vector<std::string> kIr = {"ió",   "ieron", "ía",   "ían",   "ido", "ida",
                                               "idos", "idas",  "iera", "ieran", "e",   "en",
                                               "irá",  "irán",  "iría", "irían"};
  std::string form = normalize_word(lemma);
  std::vector<std::string> out;
  if (form.find(' ') != std::string::npos || form.size() < 4) return out;
  std::string root = form.substr(0, form.size() - 2);
  const auto& endings = form.ends_with("ar") ? kAr : form.ends_with("er") ? kEr : kIr;
  for (const std::string& ending : endings) out.push_back(analyzer.folded(root + ending));
  return out;
}

// The imperfect subjunctive, future and conditional forms of a verb,
// folded: "asegurar" -> asegurara, asegurase, asegurará, aseguraría.
std::vector<std::string> subjunctive(Analyzer& analyzer, const std::string& lemma) {
  std::string form = normalize_word(lemma);
  std::vector<std::string> out;
  if (form.find(' ') != std::string::npos || form.size() < 4) return out;
  std::string root = form.substr(0, form.size() - 2);
  // Future and conditional too: "México pedirá acceso" announces no
  // statement.
  std::vector<std::string> endings =
      form.ends_with("ar")
          ? std::vector<std::string>{"ara", "aran", "ase", "asen", "ará", "arán", "aría", "arían"}
      : form.ends_with("er")
          ? std::vector<std::string>{"iera", "ieran", "iese", "erá", "erán", "ería", "erían"}
          : std::vector<std::string>{"iera", "ieran", "iese", "irá", "irán", "iría", "irían"};
  for (const std::string& ending : endings) out.push_back(analyzer.folded(root + ending));
  return out;
}

void load_speech(const TomlFile& file, Analyzer& analyzer, ExtractionData& data) {
  // Lemmas give their regular forms; other words are forms already.
  auto forms = [&](const std::vector<std::string>& words) {
    std::unordered_set<std::string> out;
    for (const std::string& word : words) {
      std::string folded = analyzer.folded(normalize_word(word));
      bool infinitive = folded.ends_with("ar") || folded.ends_with("er") || folded.ends_with("ir");
      if (!infinitive) out.insert(folded);  // "al insistir" reports nothing
      for (std::string& form : conjugation(analyzer, word)) out.insert(std::move(form));
    }
    return out;
  };
  auto verbs = file.table()["verbs"];
  data.verb_forms = forms(file.strings(verbs["lemmas"]));
  for (const std::string& form : file.strings(verbs["forms"]))
    data.verb_forms.insert(analyzer.folded(normalize_word(form)));
  for (Phrase& head : phrases(analyzer, file.strings(verbs["infinitive_heads"])))
    data.infinitive_heads.add(std::move(head), true);
  for (const std::string& lemma : file.strings(verbs["lemmas"]))
    data.infinitives.insert(analyzer.folded(normalize_word(lemma)));
  for (const std::string& word : file.strings(verbs["infinitives"]))
    data.infinitives.insert(analyzer.folded(normalize_word(word)));
  data.complement_forms = forms(file.strings(verbs["needs_complement"]));
  data.as_complement_forms = forms(file.strings(verbs["as_complement"]));
  data.pronominal_forms = forms(file.strings(verbs["pronominal"]));
  data.statement_nouns = word_set(analyzer, file.strings(verbs["statement_nouns"]));
  data.prenominal_adjectives = word_set(analyzer, file.strings(verbs["prenominal_adjectives"]));
  // The imperfect subjunctive, the future and the conditional report
  // nothing on their own ("luego de que los soldados aseguraran 118 kilos"):
  // they need "que" or a quotation too.
  for (const std::string& lemma : file.strings(verbs["lemmas"]))
    for (std::string& form : subjunctive(analyzer, lemma))
      data.complement_forms.insert(std::move(form));
  data.passive_forms = forms(file.strings(verbs["passive"]));
  data.passive_blockers = word_set(analyzer, file.strings(verbs["passive_blockers"]));
  data.passive_heads = word_set(analyzer, file.strings(verbs["passive_heads"]));
  auto refusals = file.table()["refusals"];
  data.reflexive_refusals = forms(file.strings(refusals["reflexive"]));
  data.direct_refusals = forms(file.strings(refusals["direct"]));
  data.question_heads = forms(file.strings(refusals["question_heads"]));
  for (const std::string& word : word_set(analyzer, file.strings(refusals["question_heads"])))
    data.question_heads.insert(word);  // "decidir (si)": the infinitive too
  data.question_verbs = forms(file.strings(verbs["question_verbs"]));
  data.ruling_words = word_set(analyzer, file.strings(verbs["ruling_words"]));
  auto subjects = file.table()["subjects"];
  data.before_verb = word_set(analyzer, file.strings(subjects["between_subject_and_verb"]));
  data.after_verb = word_set(analyzer, file.strings(subjects["between_verb_and_subject"]));
  data.time_words = word_set(analyzer, file.strings(subjects["time_words"]));
  for (Phrase& phrase : phrases(analyzer, file.strings(subjects["through_spokesperson"])))
    data.through_spokesperson.add(std::move(phrase), true);
  for (Phrase& phrase : phrases(analyzer, file.strings(subjects["time_phrases"])))
    data.time_phrases.add(std::move(phrase), true);
  auto sources = file.table()["sources"];
  for (Phrase& marker : phrases(analyzer, file.strings(sources["markers"])))
    data.source_markers.add(std::move(marker), true);
  for (Phrase& filler : phrases(analyzer, file.strings(sources["fillers"])))
    data.source_fillers.add(std::move(filler), true);
  data.data_nouns = word_set(analyzer, file.strings(sources["data_nouns"]));
  data.opinion_connectives = word_set(analyzer, file.strings(sources["opinion_connectives"]));
  for (const std::string kind : {"institution", "person", "media"})
    for (Phrase& words : phrases(analyzer, file.strings(file.table()["anaphora"][kind])))
      data.anaphora.add(std::move(words), kind);
  if (const toml::table* heads = file.table()["anaphora"]["heads"].as_table())
    for (const auto& [head, openings] : *heads)
      for (const std::string& opening : file.strings(toml::node_view<const toml::node>(openings)))
        data.anaphora_heads[fold_accents(std::string(head.str()))].push_back(folded_words(opening));
  for (const std::string& label : file.strings(file.table()["transcripts"]["generic_labels"]))
    data.generic_labels.insert(label);
  for (const std::string& word : file.strings(file.table()["transcripts"]["generic_starts"]))
    data.generic_label_starts.insert(word);
  if (data.verb_forms.empty()) file.fail("[verbs] lemmas: no reporting verbs");
}

void load_topics(const TomlFile& file, Analyzer& analyzer, ExtractionData& data) {
  auto settings = file.table()["settings"];
  data.topic_settings.title_weight = file.number(settings["title_weight"], 3);
  data.topic_settings.weak_weight = file.number(settings["weak_weight"], 0.5);
  data.topic_settings.min_score = file.number(settings["min_score"], 3);
  data.topic_settings.min_per_1000_words = file.number(settings["min_per_1000_words"], 1.5);
  for (const std::string& word : file.strings(settings["false_friends"]))
    data.topic_settings.false_friends.insert(fold_accents(normalize_word(word)));
  const toml::array* topics = file.table()["topic"].as_array();
  if (topics == nullptr) return;

  for (const toml::node& node : *topics) {
    const toml::table* topic = node.as_table();
    auto name = topic ? (*topic)["name"].value<std::string>() : std::nullopt;
    if (!name) file.fail("every [[topic]] needs a name");
    TopicDefinition definition{*name, {}, {}};
    for (const std::string& term : file.strings((*topic)["terms"]))
      if (Phrase words = stems(analyzer, term); !words.empty()) definition.terms.push_back(words);
    for (const std::string& term : file.strings((*topic)["weak"]))
      if (Phrase words = stems(analyzer, term); !words.empty()) definition.weak.push_back(words);
    if (definition.terms.empty()) file.fail(*name + ": a topic needs terms");
    std::size_t index = data.topics.size();
    for (const Phrase& term : definition.terms)
      data.topic_terms_by_first[term.front()].push_back({index, false, term});
    for (const Phrase& term : definition.weak)
      data.topic_terms_by_first[term.front()].push_back({index, true, term});
    data.topics.push_back(std::move(definition));
  }
  for (auto& [first, terms] : data.topic_terms_by_first)
    std::stable_sort(terms.begin(), terms.end(),
                     [](const auto& a, const auto& b) { return a.terms.size() > b.terms.size(); });
}

}  // namespace

std::shared_ptr<const ExtractionData> ExtractionData::load(const std::filesystem::path& dir,
                                                           Analyzer& analyzer) {
  return load([&](std::string_view name) { return dir / std::string(name); }, analyzer);
}

std::shared_ptr<const ExtractionData> ExtractionData::load(
    const std::function<std::filesystem::path(std::string_view)>& file, Analyzer& analyzer) {
  auto data = std::make_shared<ExtractionData>();
  TomlFile dates(file("dates.toml"));
  TomlFile names(file("names.toml"));
  TomlFile speech(file("speech.toml"));
  TomlFile gazetteer(file("gazetteer.toml"));
  TomlFile topics(file("topics.toml"));
  load_dates(dates, analyzer, *data);
  load_names(names, analyzer, *data);
  std::string given_names = load_given_names(file("given_names.txt"), analyzer, *data);
  std::string stopwords = read_data_file(file("stopwords_es.txt"));
  data->function_words = word_list(stopwords, analyzer);
  load_gazetteer(gazetteer, *data);
  load_speech(speech, analyzer, *data);
  load_topics(topics, analyzer, *data);
  std::string all;
  for (const TomlFile* file : {&dates, &names, &speech, &gazetteer, &topics})
    all += file->text() + '\0';
  all += given_names + '\0' + stopwords;
  data->fingerprint = hemeroteca::fingerprint(all);
  return data;
}

std::shared_ptr<const ExtractionData> ExtractionData::shared() {
  static std::mutex mutex;
  static std::shared_ptr<const ExtractionData> data;
  std::lock_guard<std::mutex> lock(mutex);
  if (!data) {
    Analyzer analyzer;
    data = load(data_file, analyzer);
  }
  return data;
}

}  // namespace hemeroteca
