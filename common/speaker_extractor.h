// Speakers: the actors a statement is attributed to.
//
// Attributions recognised (vocabulary in data/speech.toml):
//   * a reporting verb with its subject before it ("Rubio subrayó que",
//     "Sheinbaum ha reiterado", "el titular ..., Ronald Johnson, dijo",
//     "Trump, quien afirmó") or after it ("”, aseguró Piggot", "—dijo
//     Noem", "señaló la Cancillería mexicana"); verbs with other common uses
//     ("sostuvo una llamada") count only before "que", a colon or a quote,
//     or right after a quote;
//   * a verb without a subject ("”, destacó."): the last speaker, or the
//     actor that opens the sentence;
//   * the passive: "la postura expresada por Rubio", "el comunicado emitido
//     por la SRE y el Departamento de Estado";
//   * "según X", "de acuerdo con (la versión de) X";
//   * "X: «...»";
//   * an embedded post signed "— Nombre (@handle) January 12, 2026";
//   * descriptions ("la dependencia subrayó", "el diplomático estadounidense
//     expresó"): the last speaker of that kind, else the last actor of that
//     kind mentioned;
//   * "Washington reiteró", "México rechazó": the government
//     (gazetteer subject_aliases);
//   * an interview: "—¿…? —le preguntaron a X." before a dash answer.
// Not statements: negated or refused verbs ("no precisó", "se negó a
// comentar"), indirect questions ("no precisó si Washington ha pedido"),
// object relatives ("el arancel que Estados Unidos anunció"), sources who
// asked for anonymity.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/actor_extractor.h"
#include "common/analysis.h"
#include "common/analyzed_text.h"
#include "common/extraction_data.h"

namespace hemeroteca {

struct Attribution {
  std::size_t actor = 0;  // index into ActorExtraction::actors
  std::size_t token = 0;  // the verb, marker or signature
  std::string how;        // "verb", "passive", "source", "colon", "post"
  std::string evidence;   // the sentence
};

struct SpeakerExtraction {
  std::vector<std::size_t> speakers;  // actors, in order of first attribution
  std::vector<Attribution> attributions;
};

// May add actors to `actors` (a government named only as a subject, the
// author of an embedded post).
SpeakerExtraction extract_speakers(const AnalyzedText& body, ActorExtraction& actors,
                                   const ExtractionData& data);

}  // namespace hemeroteca
