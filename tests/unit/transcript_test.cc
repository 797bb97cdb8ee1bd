#include "common/transcript.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

using Names = std::vector<std::string>;

TranscriptSpeakers speakers(std::string_view text) {
  return transcript_speakers(text, *ExtractionData::shared(), "2025-06-01");
}

TEST(Transcript, RecognisesTurnsAndNormalisesLabels) {
  TranscriptSpeakers result = speakers(
      "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO: Buenos días.\n"
      "PREGUNTA: ¿Y la frontera?\n"
      "SECRETARIO DE MARINA, RAYMUNDO PEDRO MORALES ÁNGELES: Informo.\n"
      "JUAN JOSÉ PADILLA OLMOS, DIRECTOR GENERAL DEL AEROPUERTO: Gracias.\n"
      "GOBERNADOR DE OAXACA, SALOMÓN JARA CRUZ: Saludos.\n"
      "INTERLOCUTORA 2: Gracias.\n"
      "VOZ DE MUJER: Aplausos.\n"
      "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO: Adiós.\n");
  EXPECT_TRUE(result.is_transcript);
  EXPECT_EQ(result.speakers, (Names{"Claudia Sheinbaum", "Raymundo Pedro Morales Ángeles",
                                    "Juan José Padilla Olmos", "Salomón Jara Cruz"}));
  std::size_t generic = 0;
  for (const TranscriptTurnLabel& label : result.labels) generic += label.how == "generic";
  EXPECT_EQ(generic, 3u);
}

TEST(Transcript, AnOfficeAloneIsItsHolder) {
  TranscriptSpeakers result = speakers(
      "PRESIDENTA DE LA REPÚBLICA: Hola.\nSECRETARIO DE ESTADO: Hello.\nPREGUNTA: ¿Qué?\n");
  EXPECT_EQ(result.speakers, (Names{"Claudia Sheinbaum", "Marco Rubio"}));
}

TEST(Transcript, ASurnameLabelIsThePersonTheTextNames) {
  TranscriptSpeakers result = transcript_speakers(
      "LOCUTORA: Tenemos en línea a la abogada.\n"
      "SAAVEDRA DE LOS REYES: Buenos días.\n"
      "[AUDIO — MADURO]: \"Que vengan todos\".\n"
      "[AUDIO — GUAICAIPURO-BLANCO]: \"Vengan\".\n",
      *ExtractionData::shared(), "2025-06-01",
      {"Marielena Saavedra de los Reyes", "Jhonny Rafael Guaicaipuro-Blanco"});
  EXPECT_EQ(result.speakers, (Names{"Marielena Saavedra de los Reyes", "Nicolás Maduro",
                                    "Jhonny Rafael Guaicaipuro-Blanco"}));
  // Two people of the text sharing the surname: the label says not which.
  EXPECT_TRUE(transcript_speakers("LÓPEZ: Hola.\nPREGUNTA: ¿Y?\n", *ExtractionData::shared(),
                                  "2025-06-01", {"Ana López", "Juan López"})
                  .speakers.empty());
}

TEST(Transcript, NewsIsNotATranscript) {
  EXPECT_FALSE(
      speakers("Sheinbaum dijo: «No habrá tropas».\nRUBIO: sin comentarios.").is_transcript);
  EXPECT_FALSE(speakers("Texto normal sin turnos.").is_transcript);
}

}  // namespace
}  // namespace hemeroteca
