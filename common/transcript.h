// Transcripts of press conferences: turns written "SPEAKER LABEL: text".
// Recognised when at least two lines start with such a label (a label is
// written in capitals, up to 150 bytes, before a colon).
//
// A label names a speaker through, in order: a gazetteer name found in it
// ("PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO" -> Claudia Sheinbaum); the
// name after its last comma, or after the titles that open it ("DIRECTOR
// GENERAL ..., JUAN JOSÉ PADILLA OLMOS" -> Juan José Padilla Olmos); an
// office held on the transcript's date ("SECRETARIA DE GOBERNACIÓN"). A
// label that is a surname of a person the text names takes the full name;
// a clip's label ("[AUDIO — MADURO]") names who is heard.
// Generic labels (PREGUNTA, INTERLOCUTOR, VOZ MUJER ...; speech.toml) are
// not people.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/extraction_data.h"

namespace hemeroteca {

struct TranscriptTurnLabel {
  std::string label;    // as written
  std::string speaker;  // canonical name, "" when generic or unresolved
  std::string how;      // "gazetteer", "article", "name", "role", "generic", "unresolved"
};

struct TranscriptSpeakers {
  bool is_transcript = false;
  std::vector<std::string> speakers;        // canonical names, first turn first
  std::vector<TranscriptTurnLabel> labels;  // each distinct label once
};

// `article_people`: the people the text names in full, which a label may
// name by surname only ("SAAVEDRA DE LOS REYES").
TranscriptSpeakers transcript_speakers(std::string_view body, const ExtractionData& data,
                                       const std::string& reference_date,
                                       const std::vector<std::string>& article_people = {});

}  // namespace hemeroteca
