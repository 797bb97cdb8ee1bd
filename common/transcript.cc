#include "common/transcript.h"

#include <algorithm>
#include <unordered_map>

#include "common/actor_extractor.h"
#include "common/analysis.h"
#include "common/text_normalize.h"
#include "common/tokenizer.h"

namespace hemeroteca {
namespace {

constexpr std::size_t kMaxLabelBytes = 150;
constexpr std::size_t kMinLabeledLines = 2;

// "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO" before a colon at the
// start of a line; "" when the line does not start with a label.
std::string_view label_of(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > kMaxLabelBytes) return {};
  std::string_view label = line.substr(0, colon);
  if (label == "???") return label;
  // "[AUDIO — MADURO]: ...": a clip, bracketed.
  if (label.size() > 2 && label.front() == '[' && label.back() == ']')
    label = label.substr(1, label.size() - 2);
  LetterCase letters = letter_case(label);
  if (letters.upper < 2 || letters.lower > 0) return {};
  for (std::string_view quote : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB"})
    if (label.find(quote) != std::string_view::npos) return {};  // quotes: not a label
  return label;
}

// "AUDIO — MADURO", "VIDEO - CLAUDIA SHEINBAUM": after a dash, who is heard.
std::string_view after_dash(std::string_view label) {
  for (std::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "}) {
    std::size_t at = label.find(dash);
    if (at != std::string_view::npos) return label.substr(at + dash.size());
  }
  return {};
}

std::string trim(std::string_view text) {
  std::size_t start = text.find_first_not_of(" \t");
  std::size_t end = text.find_last_not_of(" \t");
  return start == std::string_view::npos ? std::string()
                                         : std::string(text.substr(start, end - start + 1));
}

// "INTERLOCUTORA 2", "PREGUNTA (INAUDIBLE)", "VOZ DE MUJER" are generic
// too: a generic label, or a label opening with a generic word.
bool generic(std::string label, const ExtractionData& data) {
  std::size_t paren = label.find('(');
  if (paren != std::string::npos) label = trim(label.substr(0, paren));
  while (!label.empty() &&
         (std::isdigit(static_cast<unsigned char>(label.back())) || label.back() == ' '))
    label.pop_back();
  if (label.empty() || data.generic_labels.count(label)) return true;
  std::string first_word = label.substr(0, label.find(' '));
  return data.generic_label_starts.count(first_word) > 0;
}

bool valid_on(const RoleHolder& holder, const std::string& date) {
  if (date.empty()) return holder.to.empty();
  return (holder.from.empty() || holder.from <= date) && (holder.to.empty() || date < holder.to);
}

struct Folded {
  std::vector<Token> tokens;
  std::vector<std::string> folded;
};

Folded fold_label(std::string_view text) {
  Folded out;
  out.tokens = tokenize(text);
  for (const Token& token : out.tokens) out.folded.push_back(fold_accents(token.form));
  return out;
}

// The gazetteer person named in `text`, or "".
std::string gazetteer_person(std::string_view text, const ExtractionData& data) {
  Folded words = fold_label(text);
  for (const AliasMatch& match : data.names.find(words.tokens, words.folded))
    if (data.actors[match.entry].kind == "person") return data.actors[match.entry].name;
  return {};
}

// A person's name in `text` once the titles that open it are dropped
// ("GENERAL JUAN PÉREZ" -> "Juan Pérez"): it must start with a known given
// name and have a surname; "" otherwise.
// `beside_office`: another part of the label is an office ("GOBERNADOR DE
// OAXACA, SALOMÓN JARA CRUZ"), so a part of two to five plain words is the
// name even without a known given name.
std::string plain_name(std::string_view text, const ExtractionData& data, bool beside_office) {
  Folded words = fold_label(text);
  std::size_t first = 0;
  while (first < words.tokens.size() &&
         (data.person_cues.count(words.folded[first]) || words.folded[first] == "de"))
    ++first;
  std::size_t count = words.tokens.size() - first;
  if (count < 2) return {};
  if (!data.given_names.count(words.folded[first])) {
    if (!beside_office || first > 0 || count > 5) return {};
    for (const std::string& word : words.folded)
      if (data.person_cues.count(word) || data.institution_heads.count(word) ||
          data.not_names.count(word))
        return {};
  }
  std::size_t start = words.tokens[first].start;
  return title_case_name(text.substr(start, words.tokens.back().end - start));
}

bool is_office(std::string_view part, const ExtractionData& data) {
  Folded words = fold_label(part);
  return !words.folded.empty() && data.person_cues.count(words.folded.front()) > 0;
}

std::vector<std::string_view> comma_parts(std::string_view label) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0; start <= label.size();) {
    std::size_t comma = label.find(',', start);
    if (comma == std::string_view::npos) comma = label.size();
    parts.push_back(label.substr(start, comma - start));
    start = comma + 1;
  }
  return parts;
}

// The person of the article whose name ends with `label`'s words
// ("SAAVEDRA DE LOS REYES" -> Marielena Saavedra de los Reyes), if one.
std::string article_person(std::string_view label, const std::vector<std::string>& people) {
  Folded words = fold_label(label);
  if (words.folded.empty()) return {};
  std::string found;
  for (const std::string& person : people) {
    Folded name = fold_label(person);
    if (name.folded.size() <= words.folded.size() ||
        !std::equal(words.folded.rbegin(), words.folded.rend(), name.folded.rbegin()))
      continue;
    if (!found.empty() && found != person) return {};  // two people share it
    found = person;
  }
  return found;
}

TranscriptTurnLabel resolve(std::string_view label, const ExtractionData& data,
                            const std::string& date, const std::vector<std::string>& people) {
  TranscriptTurnLabel out{std::string(label), {}, "unresolved"};
  if (generic(out.label, data)) {
    std::string_view heard = after_dash(label);
    if (!heard.empty() && !generic(std::string(heard), data)) {
      TranscriptTurnLabel clip = resolve(heard, data, date, people);
      clip.label = out.label;
      return clip;
    }
    out.how = "generic";
    return out;
  }
  if (std::string person = article_person(label, people); !person.empty()) {
    out.speaker = person;
    out.how = "article";
    return out;
  }
  // "SECRETARIO DE X, NOMBRE APELLIDO" or "NOMBRE APELLIDO, SECRETARIO DE X":
  // the part that is a name.
  std::vector<std::string_view> parts = comma_parts(label);
  for (std::string_view part : parts)
    if (std::string person = gazetteer_person(part, data); !person.empty()) {
      out.speaker = person;
      out.how = "gazetteer";
      return out;
    }
  bool has_office = std::any_of(parts.begin(), parts.end(),
                                [&](std::string_view part) { return is_office(part, data); });
  for (std::string_view part : parts)
    if (std::string name = plain_name(part, data, has_office && !is_office(part, data));
        !name.empty()) {
      out.speaker = name;
      out.how = "name";
      return out;
    }
  // An office alone: "SECRETARIA DE GOBERNACIÓN".
  Folded words = fold_label(label);
  for (const AliasMatch& role : data.roles.find(words.tokens, words.folded))
    for (const RoleHolder& holder : data.role_holders[role.entry])
      if (valid_on(holder, date)) {
        out.speaker = data.actors[holder.actor].name;
        out.how = "role";
        return out;
      }
  return out;
}

}  // namespace

TranscriptSpeakers transcript_speakers(std::string_view body, const ExtractionData& data,
                                       const std::string& reference_date,
                                       const std::vector<std::string>& article_people) {
  TranscriptSpeakers out;
  std::vector<std::string_view> labels;
  std::size_t labeled_lines = 0;
  for (std::size_t start = 0; start < body.size();) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view label = label_of(body.substr(start, end - start));
    if (!label.empty()) {
      ++labeled_lines;
      if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
    }
    start = end + 1;
  }
  out.is_transcript = labeled_lines >= kMinLabeledLines;
  if (!out.is_transcript) return out;
  for (std::string_view label : labels) {
    TranscriptTurnLabel resolved = resolve(label, data, reference_date, article_people);
    if (!resolved.speaker.empty() &&
        std::find(out.speakers.begin(), out.speakers.end(), resolved.speaker) == out.speakers.end())
      out.speakers.push_back(resolved.speaker);
    out.labels.push_back(std::move(resolved));
  }
  return out;
}

}  // namespace hemeroteca
