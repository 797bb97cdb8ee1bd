// Actors: the people and institutions an article mentions.
//
// Found, in this order of precedence (a word belongs to one mention):
//   1. names and aliases of the gazetteer (data/gazetteer.toml);
//   2. offices ("la mandataria", "el secretario de Estado"), resolved to
//      whoever held them on the article's date; an office followed by a
//      name is a title ("la presidenta Claudia Sheinbaum") and not counted;
//   3. institutions not in the gazetteer, by their head word: "Buró de
//      Asuntos del Hemisferio Occidental" (names.toml institution_heads);
//   4. people not in the gazetteer: two or more capitalised words (joined by
//      particles: "de la") that start with a known given name or follow a
//      title ("el vocero adjunto ..., Tommy Pigott"), and contain no place,
//      month or institution word; a sentence's first word counts only when
//      it is not an ordinary word written in lower case elsewhere;
//   5. short references: a surname alone ("Pigott") for a person named in
//      full in the same article; a head word alone ("el Buró") for the one
//      institution of the article with that head;
//   6. references by description ("la dependencia", "el diplomático"),
//      resolved by the speaker extractor, which knows who spoke last.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/analyzed_text.h"
#include "common/extraction_data.h"

namespace hemeroteca {

enum class MentionKind { kName, kRole, kInstitution, kPerson, kShort, kAnaphora };

struct ActorMention {
  std::size_t first = 0;  // tokens [first, last]
  std::size_t last = 0;
  std::size_t actor = static_cast<std::size_t>(-1);  // npos: unresolved anaphora
  MentionKind kind = MentionKind::kName;
  std::string anaphora_kind;   // for kAnaphora: person, institution, media
  std::string anaphora_title;  // for kAnaphora by title ("la visitadora"): the title, folded
};

struct ArticleActor {
  std::string name;
  std::string kind;  // person, institution, organization, media
  long gazetteer = -1;
  std::size_t mentions = 0;
  std::size_t first_token = 0;
  std::vector<std::string> surnames;  // folded, for short references
  std::vector<std::string> titles;    // folded titles it was introduced with ("visitadora")
  std::string evidence;               // the first phrase naming it
};

struct ActorExtraction {
  std::vector<ArticleActor> actors;
  std::vector<ActorMention> mentions;  // in text order, not overlapping
  // Names that refer to an actor only as a statement's subject
  // ("Washington reiteró"); `actor` indexes data.actors (the gazetteer).
  std::vector<ActorMention> subject_mentions;

  // The actor for gazetteer entry `index`, added when missing.
  std::size_t gazetteer_actor(std::size_t index, const ExtractionData& data);
  // The actor called `name`, added when missing.
  std::size_t named_actor(const std::string& name, const std::string& kind);
  // Actors with at least one mention, most mentioned first.
  std::vector<const ArticleActor*> ranked() const;
};

// `reference_date` (ISO, may be "") decides who held an office.
ActorExtraction extract_actors(const AnalyzedText& body, const ExtractionData& data,
                               const std::string& reference_date);

// The countries a text names (by name, adjective, or "Washington"), with
// how often, most named first (the first named on a tie).
std::vector<std::pair<std::string, int>> countries_by_mentions(const AnalyzedText& text,
                                                               const ExtractionData& data);

// "CLAUDIA SHEINBAUM PARDO" -> "Claudia Sheinbaum Pardo"; particles stay in
// lower case ("Juan Ramón de la Fuente").
std::string title_case_name(std::string_view name);

}  // namespace hemeroteca
