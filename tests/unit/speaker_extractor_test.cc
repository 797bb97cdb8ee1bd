#include "common/speaker_extractor.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

std::vector<std::string> speakers(std::string_view text, const std::string& date = "2026-01-15") {
  static Analyzer analyzer;
  AnalyzedText analyzed = analyze_text(text, analyzer);
  const ExtractionData& data = *ExtractionData::shared();
  ActorExtraction actors = extract_actors(analyzed, data, date);
  SpeakerExtraction result = extract_speakers(analyzed, actors, data);
  std::vector<std::string> names;
  for (std::size_t actor : result.speakers) names.push_back(actors.actors[actor].name);
  return names;
}

using Names = std::vector<std::string>;

struct Case {
  const char* name;
  const char* text;
  Names expected;
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.name;
}

class SpeakerRules : public ::testing::TestWithParam<Case> {};

TEST_P(SpeakerRules, FindsTheSpeaker) {
  EXPECT_EQ(speakers(GetParam().text), GetParam().expected) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Attribution, SpeakerRules,
    ::testing::Values(
        Case{"subject_then_verb", "Rubio subrayó la necesidad de resultados.", {"Marco Rubio"}},
        Case{"verb_then_subject_after_quote",
             "“Es prioritario”, aseguró Piggot ante la prensa.",
             {"Tommy Pigott"}},
        Case{"dash_attribution", "—Lo veremos pronto —dijo Noem.", {"Kristi Noem"}},
        Case{"institution_subject",
             "La SRE informó que habrá reunión.",
             {"Secretaría de Relaciones Exteriores"}},
        Case{"inverted_after_comma",
             "Hubo acuerdo, señaló la Cancillería mexicana.",
             {"Secretaría de Relaciones Exteriores"}},
        Case{"auxiliary", "Sheinbaum ha reiterado que no habrá tropas.", {"Claudia Sheinbaum"}},
        Case{"apposition",
             "El embajador de Estados Unidos, Ronald Douglas Johnson, dijo que sí.",
             {"Ronald Johnson"}},
        Case{"relative_quien",
             "Habló el presidente Donald Trump, quien afirmó que atacará.",
             {"Donald Trump"}},
        Case{"subjunctive",
             "Después de que Trump afirmara que atacaría, hubo protestas.",
             {"Donald Trump"}},
        Case{"segun",
             "Según la SRE, la llamada fue cordial.",
             {"Secretaría de Relaciones Exteriores"}},
        Case{"de_acuerdo_con_filler",
             "De acuerdo con la versión del gobierno estadounidense, hubo acuerdo.",
             {"Gobierno de Estados Unidos"}},
        Case{"passive", "La postura expresada por Rubio fue dura.", {"Marco Rubio"}},
        Case{"passive_coordinated",
             "El comunicado emitido por la SRE y el Departamento de Estado fue breve.",
             {"Secretaría de Relaciones Exteriores", "Departamento de Estado"}},
        Case{"passive_appointment_is_not_speech",
             "Johnson fue confirmado por el Senado estadounidense como embajador.",
             {}},
        Case{"colon_quote", "Sheinbaum: «No habrá tropas extranjeras».", {"Claudia Sheinbaum"}},
        Case{"embedded_post",
             "Tuvimos una buena conversación. — Claudia Sheinbaum Pardo (@Claudiashein) January "
             "12, 2026",
             {"Claudia Sheinbaum"}},
        Case{"embedded_post_unknown_author",
             "Un gran día para la frontera. — Juana Pérez Luna (@juanaperez) March 3, 2026",
             {"Juana Pérez Luna"}},
        Case{"role_subject",
             "La mandataria sostuvo que la cooperación sigue.",
             {"Claudia Sheinbaum"}},
        Case{"description_of_last_institution",
             "La SRE informó que habrá cita. La dependencia subrayó que será en febrero.",
             {"Secretaría de Relaciones Exteriores"}},
        Case{"subjectless_after_quote_is_last_speaker",
             "Trump dijo que atacará. “Es muy triste”, destacó.",
             {"Donald Trump"}},
        Case{"subject_only_alias",
             "Washington reiteró su compromiso.",
             {"Gobierno de Estados Unidos"}},
        Case{"coordinated_subjects",
             "Rubio García y De la Fuente Ramírez revelaron una reunión.",
             {"Juan Ramón de la Fuente", "Marco Rubio"}},
        Case{"needs_complement_without_one", "Rubio sostuvo una llamada con De la Fuente.", {}},
        Case{
            "needs_complement_with_que", "Rubio sostuvo que la llamada fue útil.", {"Marco Rubio"}},
        Case{"noun_not_verb", "La denuncia de Rubio llegó tarde.", {}},
        Case{"infinitive_not_verb", "Al insistir Rubio en el tema, nadie habló.", {}},
        Case{"impersonal_se", "Se informó que habrá cambios.", {}},
        Case{"unknown_subject_blocks_fallback",
             "Rubio dijo que sí. Luego los secretarios reafirmaron el acuerdo.",
             {"Marco Rubio"}},
        Case{"object_of_preposition_is_not_subject",
             "Los encuentros con México exigirán resultados.",
             {}},
        Case{"title_after_verb",
             "Fue intenso, dijo el entrenador Martín Demichelis.",
             {"Martín Demichelis"}},
        Case{"apposition_owner",
             "La analista Mariana Castillo, investigadora del Colegio de México, explicó que no.",
             {"Mariana Castillo"}},
        Case{"apposition_owner_of_a_de_clause",
             "El diputado Juan Martín Echeverry Soto, de la comisión de Seguridad de la Cámara de "
             "Diputados, afirmó que no.",
             {"Juan Martín Echeverry Soto"}},
        Case{"relative_que_with_an_institution",
             "Coincide con la Secretaría de Relaciones Exteriores, que en un comunicado difundido "
             "por la tarde recordó que México cumplió.",
             {"Secretaría de Relaciones Exteriores"}},
        Case{"negated_verb", "El Departamento de Estado no respondió a la solicitud.", {}},
        Case{"subjunctive_without_complement",
             "Luego de que elementos de la Guardia Nacional aseguraran 118 kilos, hubo revisión.",
             {}},
        Case{"unknown_name_in_the_verbs_slot",
             "—Me detuvieron en Houston —relató Elmer Xoc Tiul, de 27 años.",
             {"Elmer Xoc Tiul"}},
        Case{"prepositional_phrase_then_titled_apposition",
             "“Nunca se cayó”, explicó en conferencia de prensa el técnico de los Tuzos, Fernando "
             "Arizmendi, quien elogió a los juveniles.",
             {"Fernando Arizmendi"}},
        Case{"object_of_a_preposition_after_the_verb",
             "“Los cárteles controlan”, dijo en una entrevista con Fox News.",
             {}},
        Case{"source_then_titled_apposition",
             "De acuerdo con el cónsul general de Estados Unidos en Ciudad Juárez, Thomas R. "
             "Ellingsen, el decomiso es un éxito.",
             {"Thomas R. Ellingsen"}},
        Case{"source_of_a_document",
             "Según estimaciones de la Cámara Nacional de Comercio, Servicios y Turismo de "
             "Monterrey (Canaco), las ventas cayeron.",
             {"Cámara Nacional de Comercio, Servicios y Turismo de Monterrey"}},
        Case{"opinion_with_para",
             "Para la economista Daniela Villarreal Salinas, de la UANL, el impacto se subestima.",
             {"Daniela Villarreal Salinas"}},
        Case{"description_by_title",
             "La visitadora general de la CNDH, Mariana Quiroga Ledesma, alertó que hay riesgo. "
             "Después habló el senador Pedro Ruiz Soto. La visitadora advirtió que sigue.",
             {"Mariana Quiroga Ledesma"}},
        Case{"quotation_then_verb_is_the_paragraphs_person",
             "Ester Huenchullán, de 61 años, espera una operación. «Ojalá sea cierto», comentó.",
             {"Ester Huenchullán"}},
        Case{"passive_of_something_that_is_not_a_statement",
             "La novela, publicada por Editorial Cenzontle, alterna dos lenguas.",
             {}},
        Case{
            "passive_with_ser_and_a_titled_apposition",
            "El ataque fue anunciado por el jefe del Comando Sur, el general Raymond J. Okafor, en "
            "un video.",
            {"Raymond J. Okafor"}},
        Case{"apposition_with_two_titles",
             "Eduardo José Marcano-Lugo, abogado y presidente de la Asociación de Venezolanos en "
             "Chile, lo dijo así: \"Nadie defiende la violencia\".",
             {"Eduardo José Marcano-Lugo"}},
        Case{"other_office_with_de_then_apposition",
             "\"Es una novela\", dijo el presidente del jurado, el escritor uruguayo Martín "
             "Echenique-Rossi, al leer el acta.",
             {"Martín Echenique-Rossi"}},
        Case{"acronym_in_parentheses_before_the_verb",
             "En un comunicado, la Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos (ATF) "
             "informó que recuperó 14 armas.",
             {"Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos"}},
        Case{"anonymous_sources_of_an_institution",
             "Fuentes de la Policía Nacional dijeron a EFE que la red controlaba tres rutas.",
             {}},
        Case{"future_without_complement", "México pedirá acceso a los registros.", {}},
        Case{"foreign_ministry_called_cancilleria",
             "Lo firmó el Ministerio de Relaciones Exteriores, Comercio Internacional y Culto. La "
             "Cancillería informó que no requiere aprobación.",
             {"Ministerio de Relaciones Exteriores de Argentina"}},
        Case{"colon_after_an_apposition",
             "Lucía Herrera Sotelo, presidenta de la Cámara Nacional de la Industria Textil "
             "(Canaintex): «El arancel no tiene lógica económica».",
             {"Lucía Herrera Sotelo"}},
        Case{"what_follows_que_is_not_the_subject",
             "Paula Wendt-Ríos, investigadora de la Universidad de Hamburgo, explicó a la prensa "
             "que el Gobierno mexicano negocia.",
             {"Paula Wendt-Ríos"}},
        Case{"unknown_given_name_with_a_title_in_apposition",
             "Deyanira Quirós Mata, vecina de Limón, contó que el agua no llega.",
             {"Deyanira Quirós Mata"}},
        Case{"description_by_a_feminine_title",
             "La arquera Rocío Bermúdez Sala fue la figura. «Lo soñé toda la semana», contó la "
             "arquera.",
             {"Rocío Bermúdez Sala"}},
        Case{"constituency_before_the_name",
             "El senador republicano por Georgia Mark T. Dwyer escribió que nadie lo autorizó.",
             {"Mark T. Dwyer"}},
        Case{"organization_named_after_its_kind",
             "La compañía de ciberseguridad Nubetec ha comunicado a la plantilla que cerrará la "
             "sede.",
             {"Nubetec"}},
        Case{"acronym_then_country_complement",
             "La Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos (ATF) de Estados Unidos "
             "confirmó en un comunicado que rastreó las armas.",
             {"Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos"}},
        Case{"organization_in_a_list_of_reactions",
             "– Movimiento Ciudadano, en un posicionamiento de su bancada: «Exigimos "
             "transparencia».",
             {"Movimiento Ciudadano"}},
        Case{"subject_of_the_sentence_before",
             "La gobernadora Lucía Ortega Lugo evitó la confrontación. En su conferencia "
             "semanal dijo que confía en un acuerdo.",
             {"Lucía Ortega Lugo"}},
        Case{"no_subject_across_paragraphs",
             "La gobernadora Lucía Ortega Lugo evitó la confrontación.\n\nEn la conferencia "
             "dijo que confía en un acuerdo.",
             {}},
        Case{"segun_opening_a_sentence_is_not_a_name",
             "Según Renata Olmos-Vidal, analista de la consultora Iberdata, el caso no es aislado.",
             {"Renata Olmos-Vidal"}},
        Case{"description_is_the_person_acting_in_its_sentence",
             "—No actuamos por encargo —contestó la mandataria.\n\nEl embajador Ronald Johnson "
             "celebró el operativo con un breve mensaje en video: \"Esto se logra confiando\", "
             "dijo el diplomático.",
             {"Claudia Sheinbaum", "Ronald Johnson"}},
        Case{"description_is_the_recent_speaker_before_a_person_named",
             "Ebrard anunció que viajará para reunirse con Howard Lutnick. «Vamos a defender a "
             "la industria», afirmó el funcionario.",
             {"Marcelo Ebrard"}},
        Case{"colon_quote_far_after_a_verb_needing_a_complement",
             "Ronald Johnson celebró el aseguramiento con un breve mensaje en su video: «Bien "
             "hecho».",
             {"Ronald Johnson"}},
        Case{"a_name_in_a_noun_complement_is_not_the_subject",
             "Se discutió si el operativo respondía a exigencias de la Casa Blanca.",
             {}},
        Case{"phrase_ending_in_a_name_then_the_subject",
             "—Lleva 146 días sin verlo —dijo a EFE su esposa, Mercedes Lozano de Urdaneta.",
             {"Mercedes Lozano de Urdaneta"}},
        Case{"source_introduced_by_its_kind",
             "De acuerdo con la ONG venezolana Foro Penal, hay 900 presos políticos.",
             {"Foro Penal"}},
        Case{"subjectless_verb_after_the_one_person_of_the_sentence_before",
             "Eran las tres cuando el presidente Javier Milei subió un mensaje. Minutos después "
             "agregó otro posteo: «Fin».",
             {"Javier Milei"}},
        Case{"dialogue_after_a_paragraph_ending_on_one_person",
             "Afuera, Rosa Huenchullán esperaba noticias de su nieta.\n\n—Llegamos a las siete de "
             "la mañana. Está con oxígeno —contó—.",
             {"Rosa Huenchullán"}},
        Case{"a_juicio_del",
             "A juicio del epidemiólogo Rodrigo A. Fuenzalida, la cobertura es baja.",
             {"Rodrigo A. Fuenzalida"}},
        Case{"greeting_with_a_colon_quote",
             "La Embajada de Estados Unidos en Bogotá saludó la firma con un mensaje escueto: "
             "«Reconocemos el compromiso».",
             {"Embajada de Estados Unidos en Bogotá"}},
        Case{"declining_is_no_statement",
             "El Departamento de Defensa se negó a comentar sobre los planes.",
             {}},
        Case{"who_declined_is_the_subject_of_the_next_verb",
             "El secretario de Estado, Marco Rubio, se negó el lunes a descartar ataques y "
             "aseguró que el gobierno de Donald Trump actuará.",
             {"Marco Rubio"}},
        Case{"name_with_an_apostrophe",
             "El senador Daniel R. O'Connell-Ruiz advirtió que sería ilegal.",
             {"Daniel R. O'Connell-Ruiz"}},
        Case{"quien_is_a_person",
             "«Es grave», sostuvo la congresista Rocío Mamani-Quispe, presidenta de la Comisión "
             "de Defensa Nacional, quien anunció que citará al ministro.",
             {"Rocío Mamani-Quispe"}},
        Case{"de_acuerdo_con_a_title_then_a_name",
             "El escáner detectó densidades irregulares, de acuerdo con el intendente de Aduana "
             "Marítima del Callao, Julio César Mendívil Prado.",
             {"Julio César Mendívil Prado"}},
        Case{"a_description_stands_for_an_institution_of_its_kind",
             "El Ministerio de Salud decretó la alerta. Según la Dirección Meteorológica de "
             "Chile, lloverá. La campaña se extenderá, informó la cartera.",
             {"Dirección Meteorológica de Chile", "Ministerio de Salud"}},
        Case{"a_description_after_a_paragraph_about_one_person",
             "—Pon la bola en juego —contó Ramón Peguero.\n\nEl derecho Yeison Alcántara de "
             "los Santos solo permitió un doble.\n\n«Tenía la recta viva», dijo el lanzador.",
             {"Ramón Peguero", "Yeison Alcántara de los Santos"}},
        Case{"a_nickname_in_quotes_is_dropped",
             "Lo conectó el receptor Ramón \"Moncho\" Peguero y Tavárez. «Es para mi mamá», "
             "contó Peguero.",
             {"Ramón Peguero y Tavárez"}},
        Case{"an_acronym_where_a_speaker_goes",
             "Conforme al CONICET, el proyecto fue financiado en parte por la provincia.",
             {"CONICET"}},
        Case{"que_after_a_parenthetical_completes_the_verb",
             "El presidente Gustavo Petro aseguró en octubre pasado, durante un consejo de "
             "ministros televisado, que no le temblaría la mano.",
             {"Gustavo Petro"}},
        Case{"an_infinitive_after_se_limito_a",
             "Calloway Reyes, por su parte, se limitó a decir que había sido productiva.",
             {}},
        Case{"an_infinitive_after_se_limito_a_with_a_named_subject",
             "El almirante Richard T. Calloway se limitó a decir que había sido productiva.",
             {"Richard T. Calloway"}},
        Case{"an_organization_where_a_speaker_goes",
             "Para la Pastoral de Movilidad Humana, que atiende a los retornados, ese ritmo no "
             "basta. De acuerdo con la organización, una cuarta parte vuelve a intentarlo.",
             {"Pastoral de Movilidad Humana"}},
        Case{"a_verb_opening_a_sentence_after_a_new_person",
             "«Está al límite», dijo Sergio Estrada-Pivaral.\n\nEntre quienes bajaron estaba "
             "Walter Jalapa López, de 38 años. Relató que fue arrestado.",
             {"Sergio Estrada-Pivaral", "Walter Jalapa López"}},
        Case{"al_plus_infinitive_que",
             "El secretario de Estado, Marco Rubio, había defendido en octubre la campaña ante "
             "el Senado, al asegurar que hay un conflicto armado.",
             {"Marco Rubio"}},
        Case{"a_passive_set_off_by_a_comma",
             "La amenaza arancelaria, anunciada por el presidente Donald Trump mediante una "
             "carta, genera inquietud.",
             {"Donald Trump"}},
        Case{"segun_datos_del_propio",
             "Según datos del propio ICE, hubo 3,000 operativos.",
             {"Servicio de Inmigración y Control de Aduanas"}},
        Case{"a_colon_quote_completing_a_persons_clause",
             "Preguntado en Bruselas, el ministro José Manuel Albares evitó pronunciarse sobre el "
             "caso: «España es un Estado de derecho».",
             {"José Manuel Albares"}},
        Case{"a_description_is_the_one_institution_of_the_sentence_before",
             "Según la Secretaría de Marina, hubo lluvias. La Policía Nacional registró 27 "
             "muertes. La institución atribuyó la violencia a Los Lobos.",
             {"Secretaría de Marina", "Policía Nacional"}},
        Case{"a_titles_domain_before_a_given_name",
             "La asambleísta de Revolución Ciudadana Gisela Mendoza-Quiñónez afirmó en X que no.",
             {"Gisela Mendoza-Quiñónez"}},
        Case{"the_surname_of_a_gazetteer_person_named_in_full",
             "El canciller se reunió con el embajador Ronald Johnson. De acuerdo con el "
             "canciller, fue cordial.\n\nJohnson, en cambio, insistió en otro punto. «Los "
             "resultados son reales», publicó el diplomático.",
             {"Juan Ramón de la Fuente", "Ronald Johnson"}},
        Case{"a_quotation_in_a_paragraph_opened_by_a_person",
             "Ceferino Ferraris asistió a la presentación en el Museo Municipal Carmen Funes. "
             "«Pensé que era un tronco», dijo entre risas.",
             {"Ceferino Ferraris"}},
        Case{"segun_ella",
             "Está Yusleidy Carolina Pérez de Arteaga, madre de Jhonaiker Arteaga Pérez, un "
             "barbero que, según ella, fue detenido por un tatuaje.",
             {"Yusleidy Carolina Pérez de Arteaga"}},
        Case{"an_acronym_before_a_parenthetical_and_a_verb",
             "El CONICET, por su parte, difundió la noticia y destacó que es el cuarto.",
             {"CONICET"}},
        Case{"the_union_named_with_a_number_then_described",
             "Votaron los socios del Sindicato N°1 de Trabajadores de Salmones Austral. Según el "
             "sindicato, la huelga seguirá.",
             {"Sindicato N°1 de Trabajadores de Salmones Austral"}},
        Case{"trasladar_with_a_quotation",
             "Marco Rubio trasladó la \"preocupación\" de su Gobierno por los acuerdos.",
             {"Marco Rubio"}},
        Case{"a_statement_noun_completes_the_verb",
             "La Compañía Minera Cóndor de Oro celebró la captura en un pronunciamiento.",
             {"Compañía Minera Cóndor de Oro"}},
        Case{"an_official_who_asked_for_anonymity_speaks_for_no_one",
             "Un funcionario del Departamento de Justicia, que pidió el anonimato por no estar "
             "autorizado a hablar, dijo a este diario que sí.",
             {}},
        Case{"a_place_before_a_titled_person_is_not_the_owner",
             "En San Lázaro, el diputado panista Óscar de la Peña Villarreal reprochó que el "
             "gobierno siga así.",
             {"Óscar de la Peña Villarreal"}},
        Case{"llamar_with_a_quotation",
             "El seremi de Minería, Patricio Andrés Aguirre del Solar, llamó a ambas partes a "
             "\"no extender el conflicto\".",
             {"Patricio Andrés Aguirre del Solar"}},
        Case{"a_title_right_after_the_preposition_is_its_object",
             "En el Senado, el coordinador de la bancada del PAN, Julián Esteban Garduño del "
             "Río, pidió a la presidenta \"dejar de lado la retórica\".",
             {"Julián Esteban Garduño del Río"}},
        Case{"a_titled_object_is_not_the_subject",
             "Kristi Noem aseguró que seguirán y agradeció al presidente Nayib Bukele por ser "
             "un socio.",
             {"Kristi Noem"}},
        Case{"an_indirect_question_is_no_statement",
             "El fiscal Mario Robles Tapia confirmó el arresto, aunque no precisó si "
             "Washington ha pedido formalmente su extradición.",
             {"Mario Robles Tapia"}},
        Case{"a_name_ending_the_title_domain_is_not_the_person",
             "Para el investigador de la Universidad Centroamericana José Simeón Cañas, "
             "Óscar A. Meléndez, el caso confirma que la región cambió.",
             {"Óscar A. Meléndez"}},
        Case{"an_institution_head_ending_a_name_is_a_surname",
             "El vicealmirante Ernesto Pacheco Cámara, explicó que se trata del mayor "
             "aseguramiento.",
             {"Ernesto Pacheco Cámara"}},
        Case{"an_object_relative_is_no_statement",
             "La presidenta Claudia Sheinbaum afirmó que no responderá al gravamen que Estados "
             "Unidos anunció sobre el tomate.",
             {"Claudia Sheinbaum"}},
        Case{"an_object_relative_with_a_close_quotation_is_a_statement",
             "Maduro acusó a mercenarios, unas declaraciones que el Gobierno de México calificó "
             "entonces de \"infundadas\".",
             {"Nicolás Maduro", "Gobierno de México"}},
        Case{"a_description_is_the_institution_named_before_it_in_its_sentence",
             "Abogados de la organización Al Otro Lado denunciaron que hay abusos. La "
             "Secretaría de Relaciones Exteriores ha brindado 40 mil asesorías, según datos de "
             "la dependencia.",
             {"Al Otro Lado", "Secretaría de Relaciones Exteriores"}},
        Case{"an_apposition_opened_by_any_noun_describes_the_person_before",
             "Rodolfo Canché Tun, guía y presidente de la cooperativa ecoturística "
             "Yaxbacaltún, dijo que se pide a los turistas bañarse.",
             {"Rodolfo Canché Tun"}},
        Case{"para_after_a_short_opening",
             "En cambio, para el representante del Pacto Histórico Álvaro Iván Mosquera, la "
             "decisión \"es un castigo político\".",
             {"Álvaro Iván Mosquera"}},
        Case{"sources_who_asked_not_to_be_cited_speak_for_no_one",
             "La Cancillería colombiana convocó a la encargada de negocios, según confirmaron "
             "fuentes del ministerio que pidieron no ser citadas.",
             {}},
        Case{"past_a_parenthesis_to_the_subject",
             "La Administración para el Control de Drogas (DEA, en inglés) sostuvo en un "
             "comunicado que los cárteles siguen.",
             {"Administración para el Control de Drogas"}},
        Case{"a_country_complementing_a_noun_does_not_speak",
             "Una jueza federal de Estados Unidos ordenó al gobierno del presidente Donald Trump "
             "\"tomar todas las medidas razonables\".",
             {}},
        Case{"a_noun_after_an_adjective_is_no_verb",
             "El decomiso llega bajo la presión del Gobierno de Donald Trump.\n\nLa DEA sostuvo "
             "que los cárteles son \"la mayor amenaza\".",
             {"Administración para el Control de Drogas"}},
        Case{"the_mexican_foreign_ministry_in_lower_case",
             "La Corte Suprema rechazó la demanda. La cancillería mexicana respondió entonces que "
             "seguiría \"por todas las vías legales\".",
             {"Corte Suprema", "Secretaría de Relaciones Exteriores"}},
        Case{"a_given_name_alone_is_the_person_named_in_full_with_it",
             "Efrén de Jesús Hernández Cruz cruzó la garita. Llevaba 19 años fuera.\n\nFrente a "
             "la carpa, Efrén intentaba cargar su celular. Dice que no sabe si se quedará.",
             {"Efrén de Jesús Hernández Cruz"}},
        Case{"the_trump_administration_in_lower_case",
             "El barco transportaba drogas, según la administración Trump.",
             {"Gobierno de Estados Unidos"}},
        Case{"a_verb_without_subject_takes_the_one_person_of_its_sentence",
             "Es la misma línea que ha mantenido la presidenta Claudia Sheinbaum desde 2025, "
             "cuando defendió que se trataba de una medida soberana.",
             {"Claudia Sheinbaum"}},
        Case{"a_longer_phrase_between_verb_and_subject",
             "El Gobierno envió a 26 presos, informaron en un comunicado conjunto la Fiscalía "
             "General de la República y la Secretaría de Marina.",
             {"Fiscalía General de la República", "Secretaría de Marina"}},
        Case{"past_a_relative_clause_to_its_antecedent",
             "El secretario de Economía, Marcelo Ebrard, quien negoció con el secretario de "
             "Comercio, Howard Lutnick, la prórroga de 90 días, dijo que las conversaciones van "
             "bien.",
             {"Marcelo Ebrard"}},
        Case{"an_infinitive_before_si_opens_a_question",
             "Tammy Bruce dijo que la relación es sólida, pero evitó responder si Washington "
             "descarta acciones unilaterales.",
             {"Tammy Bruce"}},
        Case{"a_dialogue_takes_the_subject_of_the_paragraph_before",
             "En el malecón de Güiria, Yusmary del Valle Rondón sostiene una foto de su "
             "hermano, Luis Alfredo Rondón, de 27 años. Según su familia, era pescador.\n\n"
             "—Salió a las cuatro de la mañana —dijo—. Nadie ha venido.",
             {"Yusmary del Valle Rondón"}},
        Case{"a_possessive_title_after_a_phrase",
             "“Nunca regresó”, dijo entre lágrimas su esposa, Marisol Ventura de Ulloa, en la "
             "sala de su casa.",
             {"Marisol Ventura de Ulloa"}},
        Case{"an_interview_question_names_who_answers",
             "—¿Fue la zona la clave del partido? —le preguntaron a Gonzalo de San Martín, "
             "técnico del club.\n—Sí, la trabajamos toda la semana.",
             {"Gonzalo de San Martín"}},
        Case{"a_question_without_a_dash_answer_names_no_one",
             "—¿Fue la zona la clave del partido? —le preguntaron a Gonzalo de San Martín.\n\n"
             "El partido siguió.",
             {}},
        Case{"an_object_relative_past_a_de_chain",
             "El propio Trump dijo en julio que no le importaría lanzar operaciones, una frase "
             "que el Gobierno de Sheinbaum rechazó de inmediato.",
             {"Donald Trump"}},
        Case{"an_acronym_ends_an_institution_name_and_quoted_sources_are_words",
             "La Comisión de Árbitros de la Liga MX informó que la decisión \"fue correcta "
             "conforme a las Reglas del Juego\".",
             {"Comisión de Árbitros de la Liga MX"}},
        Case{"more_reporting_verbs",
             "Trump ha repetido que habrá ataques. La jueza Ana Ruiz Soto observó que el caso "
             "sigue abierto.",
             {"Donald Trump", "Ana Ruiz Soto"}},
        Case{"an_impersonal_verb_in_a_statement_speaks_for_its_authors",
             "Se difundió un comunicado conjunto de la Fiscalía General de la República y la "
             "Secretaría de Marina en el que se afirma que la decisión fue legal.",
             {"Fiscalía General de la República", "Secretaría de Marina"}},
        Case{"sistema_heads_an_institution",
             "El Sistema Nacional de Áreas de Conservación (Sinac) celebró el descubrimiento y "
             "anunció que reforzará el monitoreo.",
             {"Sistema Nacional de Áreas de Conservación"}},
        Case{"a_subject_naming_no_actor_is_not_replaced_by_the_addressee",
             "Un portavoz de la empresa dijo al diario Houston Chronicle que la compañía "
             "\"siempre ha cumplido\".",
             {}},
        Case{"an_organisation_named_with_y_after_its_cue",
             "Según la organización Justicia y Proceso, con sede en Caracas, hay 800 presos.",
             {"Justicia y Proceso"}},
        Case{"unnamed_sources_after_the_verb_speak_for_no_one",
             "La Alta Representante de la UE, Kaja Kallas, ha sido informada de la propuesta, "
             "añadieron esas fuentes.",
             {}},
        Case{"a_coordinated_que_belongs_to_the_first_verb",
             "Fuentes diplomáticas indicaron que el Ministerio de Asuntos Exteriores mantiene "
             "contactos con el canciller y que Bruselas estudia un enviado.",
             {}},
        Case{"a_person_complementing_a_noun_is_not_its_subject",
             "La defensa de Wílmer Antonio Cárdenas Rosales anunció que presentará una tutela.",
             {}},
        Case{"the_names_in_a_question_do_not_answer_it",
             "Preguntado por si jugará Álvaro Valles o Adrián, respondió con una sonrisa: \"Lo "
             "sabrán mañana\".",
             {}},
        Case{"a_question_participle_then_the_speaker",
             "Consultado por Clarín sobre el financiamiento, el director financiero, Martín "
             "Eduardo Rossi, indicó que la inversión se cubrirá con fondos propios.",
             {"Martín Eduardo Rossi"}},
        Case{"an_indirect_question_a_few_words_after_its_verb",
             "La Corte Constitucional deberá decidir en las próximas semanas si admite a trámite "
             "la demanda.",
             {}},
        Case{"past_a_participle_apposition_to_its_person",
             "Armando Said Echeverría Lugo, señalado por fiscales como operador de Los Chapitos "
             "del Cártel de Sinaloa, dijo ante una corte federal que es inocente.",
             {"Armando Said Echeverría Lugo"}},
        Case{"past_a_que_clause_to_its_person",
             "Gustavo Petro, que ha mantenido choques con su homólogo estadounidense, Donald "
             "Trump, insistió en que Colombia \"ha incautado más cocaína que nunca\".",
             {"Gustavo Petro"}},
        Case{"experts_of_an_institution_are_not_the_institution",
             "Expertos de la Organización de las Naciones Unidas han cuestionado la legalidad "
             "de esos ataques.",
             {}},
        Case{"a_capitalised_title_is_not_part_of_the_name",
             "Por la noche, el Gobernador Samuel García celebró el aseguramiento en su cuenta de "
             "X: \"Gran golpe\".",
             {"Samuel García"}},
        Case{"al_and_an_infinitive_with_a_later_que",
             "Trump fue más lejos al asegurar ante periodistas en el Despacho Oval que los "
             "ataques seguirán.",
             {"Donald Trump"}},
        Case{"a_surname_with_a_particle_after_an_institution",
             "Para la investigadora de El Colegio de México Mariana del Río Quintanilla, el "
             "hallazgo confirma que la ruta sigue activa.",
             {"Mariana del Río Quintanilla"}},
        Case{"the_agent_of_a_participle_clause_is_not_the_subject",
             "La directiva del club, encabezada por el presidente ejecutivo Rodrigo Barraza "
             "Ochoa, emitió un comunicado en el que condena la violencia.",
             {}},
        Case{"a_catalan_i_between_surnames",
             "El coautor Pau Ferrer i Vidal, investigador del Instituto de Ciencias del Espacio, "
             "destacó que el sistema es un laboratorio natural.",
             {"Pau Ferrer i Vidal"}},
        Case{"a_trade_word_then_a_name_is_a_company_and_its_director_speaks",
             "Mariana Sáenz Lozada, directora de la consultora Horizonte Estratégico, dijo que "
             "México llega tarde.",
             {"Mariana Sáenz Lozada"}},
        Case{"people_of_a_place_or_an_agency_are_not_it",
             "Fuentes de la Dirandro indicaron que buscan a un ciudadano. Vecinos de Las Pintas "
             "relataron que hubo disparos.",
             {}},
        Case{"a_name_right_after_the_verbs_object",
             "«Lo que más pesa es el miedo», dijo a EFE Ximena de la Garza Treviño, economista "
             "jefa de la consultora Perspectiva Norte.",
             {"Ximena de la Garza Treviño"}},
        Case{"a_verb_in_a_statement_relative_before_a_quotation",
             "También el embajador de Estados Unidos en México, Ronald Johnson, compartió un "
             "mensaje conciliador en el que destacó \"los resultados históricos\" del Gabinete.",
             {"Ronald Johnson"}},
        Case{"a_statement_of_a_non_actor_clause",
             "El entrenador Julio César Huamán del Castillo no se presentó a la conferencia y el "
             "club se limitó a difundir un breve comunicado en el que lamentó \"algunas "
             "decisiones arbitrales\".",
             {}},
        Case{"a_place_after_a_preposition_is_no_subject",
             "El anfitrión, el presidente Gustavo Petro, no esperó. Desde el Centro de "
             "Convenciones, donde recibió a las delegaciones, advirtió que \"ningún acuerdo "
             "tendrá sentido\".",
             {"Gustavo Petro"}},
        Case{"a_time_after_a_quotation_is_no_subject",
             "El presidente Donald Trump ha evitado precisar sus intenciones. \"Ya veremos\", "
             "respondió el fin de semana a periodistas.",
             {"Donald Trump"}},
        Case{"an_object_relative_with_a_colon_quotation_further_on",
             "Trump aseguró que México está gobernado por los cárteles, una afirmación que "
             "Sheinbaum rechazó el mismo lunes en su conferencia matutina: «Es falso».",
             {"Donald Trump", "Claudia Sheinbaum"}},
        Case{"plural_institution_heads",
             "Las muertes bajaron, de acuerdo con los Centros para el Control y la Prevención "
             "de Enfermedades.",
             {"Centros para el Control y la Prevención de Enfermedades"}},
        Case{"a_pronominal_verb_is_no_impersonal_se",
             "«Con once no perdíamos», se quejó el capitán, Sebastián Ortiz de Zárate.",
             {"Sebastián Ortiz de Zárate"}},
        Case{"an_impersonal_se_hides_the_subject",
             "Sheinbaum viajó a Monterrey. Se informó que la reunión fue breve.",
             {}},
        Case{"a_negation_inside_the_quotation_is_not_the_verbs",
             "«Con once no perdíamos nunca», dijo el defensor, Tomás Ruiz Pérez, al salir.",
             {"Tomás Ruiz Pérez"}},
        Case{"a_title_known_by_its_ending",
             "Para el coautor del estudio, el ornitólogo Julián Andrés Mora Castaño, ese "
             "desfase «puede romper relaciones».",
             {"Julián Andrés Mora Castaño"}},
        Case{"source_after_the_verb_of_segun",
             "Según publicó The New York Times, el Pentágono ha preparado opciones.",
             {"The New York Times"}},
        Case{"a_long_apposition_with_an_acronym_in_parentheses",
             "Daniel K. Whitfield dirige la oficina. Whitfield, agente especial a cargo de la "
             "división de Houston de la Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos "
             "(ATF), explicó que la investigación comenzó en 2024.",
             {"Daniel K. Whitfield"}},
        Case{"a_noun_and_a_preposition_after_the_verb_are_its_object",
             "Bruno Rodríguez Parrilla, por su parte, agradeció el voto español en la Asamblea "
             "General "
             "de la ONU.",
             {"Bruno Rodríguez Parrilla"}},
        Case{"a_pronoun_subject_is_the_person_named_before",
             "Hablé con el presidente Trump en nuestra última llamada y él mismo me dijo que "
             "le interesaba una solución.",
             {"Donald Trump"}},
        Case{"an_impersonal_se_has_no_subject_after_it",
             "Cambió la fórmula con que se calcula la llamada Tasa Salarial de Efecto Adverso.",
             {}},
        Case{"se_limito_a_decir_goes_on_with_the_person_before",
             "El gobernador Rubén Rocha Moya fue más cauto. Al ser cuestionado, se limitó a "
             "decir que se trata de «una decisión que respetamos».",
             {"Rubén Rocha Moya"}},
        Case{"a_quoted_verb_ends_with_its_quotation",
             "Ebrard matizó. «Vamos a responder con datos. México ha asegurado una tonelada», "
             "sostuvo en un mensaje en video.",
             {"Marcelo Ebrard"}},
        Case{"a_headline_colon_quote_is_not_the_prepositions_object",
             "José Raúl Mulino tras llamada con Rubio: «Aquí no va a haber bases».",
             {"José Raúl Mulino"}},
        Case{"a_country_acting_inside_a_quotation_states_nothing",
             "«Cada vez que sube la presión, México responde con un traslado», dijo la "
             "analista Laura Ruiz Gómez.",
             {"Laura Ruiz Gómez"}},
        Case{"a_person_reported_inside_a_quotation_still_speaks",
             "«El secretario Rubio reafirmó el compromiso de Estados Unidos», detalló el "
             "Departamento de Estado en una tarjeta informativa.",
             {"Marco Rubio", "Departamento de Estado"}},
        Case{"an_adjective_of_manner_between_verb_and_name",
             "—Valió la pena —comentó eufórico Rafelito Sosa, un fanático.",
             {"Rafelito Sosa"}},
        Case{"an_embassy_by_its_city",
             "Según estimaciones de la propia Embajada de Estados Unidos en Guatemala, el 80 % "
             "pasa por el istmo.",
             {"Embajada de Estados Unidos en Guatemala"}},
        Case{"the_white_house_speaks_for_the_government",
             "La Casa Blanca anunció el viernes un arancel de 25 por ciento.",
             {"Gobierno de Estados Unidos"}}),
    [](const auto& info) { return std::string(info.param.name); });

// Kept out of the table above, whose size already strains the debugger's
// variable tracking.
TEST(SpeakerExtractor, StateInstitutionsAreNamedWithTheirState) {
  EXPECT_EQ(speakers("Los oaxaqueños llenaron el cerro. La Secretaría de Turismo estatal "
                     "informó que llegaron 280 mil visitantes."),
            Names{"Secretaría de Turismo de Oaxaca"});
  EXPECT_EQ(speakers("Hubo balaceras en Culiacán, Sinaloa. Las clases se suspendieron, "
                     "informó la Secretaría de Educación Pública y Cultura del estado."),
            Names{"Secretaría de Educación Pública y Cultura de Sinaloa"});
  EXPECT_EQ(speakers("Atendieron a 300 corredores, informó la Secretaría de Salud capitalina."),
            Names{"Secretaría de Salud de la Ciudad de México"});
}

TEST(SpeakerExtractor, TitleWithADomainBeforeTheName) {
  // "el titular" would otherwise be read as a description of the last
  // speaker (Juan Pérez).
  EXPECT_EQ(speakers("Juan Pérez afirmó que hubo un ajuste. La Secretaría del Trabajo informó "
                     "que revisará el caso. El titular de la dependencia, Ramiro Téllez "
                     "Urquiza, dijo en entrevista que México no tiene nada que esconder."),
            (Names{"Juan Pérez", "Secretaría del Trabajo", "Ramiro Téllez Urquiza"}));
  // A quotation after the paragraph's opening titled name is that person's.
  EXPECT_EQ(speakers("El secretario de Economía de México, Marcelo Ebrard, quien se reunió "
                     "con el representante comercial Jamieson Greer, se mostró optimista. "
                     "\"Quedan temas, pero la voluntad está ahí\", declaró al salir."),
            Names{"Marcelo Ebrard"});
}

TEST(SpeakerExtractor, MediaAndEnglishNamesTheGazetteerLacks) {
  EXPECT_EQ(speakers("Sheinbaum habló luego de que la cadena NBC News reportara que el "
                     "Pentágono prepara planes."),
            (Names{"NBC News"}));
  EXPECT_EQ(speakers("Representan el 3%, según datos del American Iron and Steel Institute."),
            Names{"American Iron and Steel Institute"});
  EXPECT_EQ(speakers("La patronal, la National Shooting Sports Foundation (NSSF), rechazó las "
                     "conclusiones del informe."),
            Names{"National Shooting Sports Foundation"});
  EXPECT_EQ(speakers("Según la National Cattlemen's Beef Association, la carne subirá."),
            Names{"National Cattlemen's Beef Association"});
}

TEST(SpeakerExtractor, SubjectsPastPhrasesAndNegations) {
  EXPECT_EQ(speakers("\"Los datos dicen otra cosa\", afirmó durante la presentación la "
                     "coordinadora del estudio, Nerea Goikoetxea Larrañaga."),
            Names{"Nerea Goikoetxea Larrañaga"});
  EXPECT_EQ(speakers("Ni la Embajada de Estados Unidos en Madrid ni la Comisión Europea "
                     "respondieron a las preguntas de este periódico."),
            Names{});
  // The noun phrase is the subject, not the person named before.
  EXPECT_EQ(speakers("El detenido, Héctor Salazar, será trasladado a Houston, donde un gran "
                     "jurado le acusa de conspiración."),
            Names{});
  EXPECT_EQ(speakers("Para el crítico Ernesto Sandoval y Cárdenas, del diario Reforma, es "
                     "\"una de las comedias más inteligentes\"."),
            Names{"Ernesto Sandoval y Cárdenas"});
  // A colon quotation after an interview with a medium is the interviewee's.
  EXPECT_EQ(speakers("El representante comercial de Estados Unidos, Jamieson Greer, fue más "
                     "allá en una entrevista con la cadena CNBC: \"México se ha convertido en "
                     "la puerta trasera de China\"."),
            Names{"Jamieson Greer"});
}

TEST(SpeakerExtractor, CoordinatedSubjectsAndFormerTitles) {
  EXPECT_EQ(speakers("La Secretaría de Relaciones Exteriores y el Departamento de Estado "
                     "difundieron después un comunicado conjunto."),
            (Names{"Departamento de Estado", "Secretaría de Relaciones Exteriores"}));
  EXPECT_EQ(speakers("Para el exprocurador antidrogas Fernando Ugarte Llosa, la extradición de "
                     "un operador como Quispe \"golpea la logística\": «Por cada uno que sale, "
                     "hay dos esperando»."),
            Names{"Fernando Ugarte Llosa"});
}

TEST(SpeakerExtractor, RulingsAndObjectRelativesAreNoStatements) {
  EXPECT_EQ(speakers("La Sala Penal de la Corte Suprema declaró procedente el pedido de "
                     "extradición."),
            Names{});
  EXPECT_EQ(speakers("El juez rechazó el recurso de Walter Hipólito Quispe Ccahuana, a quien la "
                     "justicia estadounidense acusa de haber coordinado envíos."),
            Names{});
}

TEST(SpeakerExtractor, InstitutionsNamedInFull) {
  EXPECT_EQ(speakers("La Misión Internacional Independiente de Determinación de los Hechos sobre "
                     "Venezuela, creada por el Consejo de Derechos Humanos, denunció que la "
                     "represión alcanzó niveles sin precedentes."),
            Names{"Misión Internacional Independiente de Determinación de los Hechos sobre "
                  "Venezuela"});
  EXPECT_EQ(speakers("El Vraem concentra el 40 % de la coca, de acuerdo con la Comisión Nacional "
                     "para el Desarrollo y Vida sin Drogas (Devida)."),
            Names{"Comisión Nacional para el Desarrollo y Vida sin Drogas"});
  EXPECT_EQ(speakers("Por su parte, la Financiera para el Bienestar (Finabien) informó que la "
                     "tarjeta superó los 250,000 usuarios."),
            Names{"Financiera para el Bienestar"});
  // "México" ends a company's name; the country does not speak.
  EXPECT_EQ(speakers("Karla Ivonne de la Garza Benavides, socia de KPMG México, advirtió que "
                     "las empresas siguen en espera."),
            Names{"Karla Ivonne de la Garza Benavides"});
}

TEST(SpeakerExtractor, OrganisationsOpeningTheirStatement) {
  EXPECT_EQ(speakers("Ternium México, la mayor productora del país, informó en un comunicado que "
                     "pospuso la segunda fase de su planta."),
            Names{"Ternium México"});
  EXPECT_EQ(speakers("Moody's Ratings señaló en un reporte que la inversión acumula un año de "
                     "contracción."),
            Names{"Moody's Ratings"});
  // A surname the article gives to a person is not an organisation.
  EXPECT_EQ(speakers("Habló la diputada Gómez Ruiz. Gómez Ruiz, que preside la comisión, "
                     "aseguró que votará en contra."),
            Names{"Gómez Ruiz"});
}

TEST(SpeakerExtractor, InstitutionsSpeakingAsAPlace) {
  EXPECT_EQ(speakers("El embajador Ronald Johnson habló ayer. En la Fiscalía General de la "
                     "República se limitaron a señalar, vía comunicado, que todas las "
                     "solicitudes se atienden."),
            Names{"Fiscalía General de la República"});
}

TEST(SpeakerExtractor, AppositionsWithCommasInsideNames) {
  EXPECT_EQ(speakers("Julio César Osuna-Leyva, presidente de la Cámara Nacional de Comercio, "
                     "Servicios y Turismo (Canaco Servytur) de Culiacán, estimó que mil negocios "
                     "han cerrado."),
            Names{"Julio César Osuna-Leyva"});
  EXPECT_EQ(speakers("El padre Juan Pablo Ortiz-Ledesma, coordinador de la Casa del Migrante San "
                     "Juan Diego, en la colonia Las Joyas, advirtió que el albergue está lleno."),
            Names{"Juan Pablo Ortiz-Ledesma"});
}

TEST(SpeakerExtractor, SourcesAgentsAndObjectsBeforeTheVerb) {
  EXPECT_EQ(speakers("La producción cayó, según cifras divulgadas el jueves por la Cámara "
                     "Nacional de la Industria del Hierro y del Acero (Canacero)."),
            Names{"Cámara Nacional de la Industria del Hierro y del Acero"});
  EXPECT_EQ(speakers("Las piezas fueron localizadas en marzo por Luis Fernando Couoh-Ek, buzo de "
                     "Homún. \"Vi el borde de una olla saliendo del lodo\", recordó."),
            Names{"Luis Fernando Couoh-Ek"});
  EXPECT_EQ(speakers("Tenían el TPS, cuya terminación para los venezolanos anunció el "
                     "Departamento de Seguridad Nacional a comienzos de año."),
            Names{"Departamento de Seguridad Nacional"});
  EXPECT_EQ(speakers("Horas antes, el secretario de Estado, Marco Rubio, había escrito en X que "
                     "Maduro \"no es un presidente legítimo\"."),
            Names{"Marco Rubio"});
}

TEST(SpeakerExtractor, AGivenNameThatIsAnInstitutionsWordBeforeAnother) {
  EXPECT_EQ(speakers("La gobernadora de Baja California, Marina del Pilar Ávila Olmeda, aseguró "
                     "que el estado tiene capacidad."),
            Names{"Marina del Pilar Ávila Olmeda"});
  EXPECT_EQ(speakers("La Secretaría de Marina informó que aseguró 320 kilos."),
            Names{"Secretaría de Marina"});
}

TEST(SpeakerExtractor, BothGovernmentsAreTheTwoCountriesNamedMost) {
  EXPECT_EQ(speakers("Colombia y Estados Unidos se reunieron en Bogotá. En un comunicado "
                     "conjunto, los dos gobiernos señalaron que el encuentro fue productivo."),
            (Names{"Gobierno de Colombia", "Gobierno de Estados Unidos"}));
  EXPECT_EQ(speakers("En un comunicado, ambos gobiernos señalaron que hubo avances."), Names{})
      << "no countries named: no governments";
}

TEST(SpeakerExtractor, AuthorsOfAStatementSpeakInItsClause) {
  EXPECT_EQ(speakers("Esa tarde, la FGR y la Secretaría de Seguridad y Protección Ciudadana "
                     "emitieron un comunicado conjunto en el que subrayaron que no habrá pena de "
                     "muerte."),
            (Names{"Fiscalía General de la República",
                   "Secretaría de Seguridad y Protección Ciudadana"}));
}

TEST(SpeakerExtractor, PlacesAndAdjectivesAroundTheSubject) {
  EXPECT_EQ(speakers("En una conferencia de prensa en Campo Grande, el delegado de la Policía "
                     "Federal brasileña Rogério Fonseca de Albuquerque aseguró que la "
                     "investigación comenzó en 2024."),
            Names{"Rogério Fonseca de Albuquerque"});
  EXPECT_EQ(speakers("—No tengo palabras —dijo, emocionada, su directora escénica, Sofía "
                     "Barreiro Lussich."),
            Names{"Sofía Barreiro Lussich"});
}

TEST(SpeakerExtractor, AViewIntroducedByComo) {
  EXPECT_EQ(speakers("El secretario de Estado, Marco Rubio, ha defendido los ataques como parte "
                     "de la lucha contra el Tren de Aragua."),
            Names{"Marco Rubio"});
  EXPECT_EQ(speakers("El alcalde Ramiro Téllez Urquiza defendió su gestión."), Names{})
      << "no complement: defending is not saying";
}

TEST(SpeakerExtractor, DescriptionsAfterAQuotationLookBeforeIt) {
  EXPECT_EQ(speakers("Thomas W. Everly, curador del museo, participó en el análisis. \"Es un "
                     "hallazgo de primer nivel. Baja California sigue siendo poco explorada\", "
                     "afirmó el especialista."),
            Names{"Thomas W. Everly"});
  // The one who spoke in that sentence, not the one he named.
  EXPECT_EQ(speakers("El secretario de Economía, Marcelo Ebrard, anunció que se reunirá con el "
                     "representante comercial, Jamieson Greer. \"Vamos a demostrar con datos "
                     "que no somos una amenaza. Al contrario\", afirmó el funcionario."),
            Names{"Marcelo Ebrard"});
}

TEST(SpeakerExtractor, CoordinatedSubjectsWithTheirAcronyms) {
  EXPECT_EQ(speakers("En un comunicado conjunto, la Fiscalía General de la República (FGR) y la "
                     "Secretaría de Seguridad y Protección Ciudadana (SSPC) informaron que los "
                     "detenidos fueron trasladados."),
            (Names{"Secretaría de Seguridad y Protección Ciudadana",
                   "Fiscalía General de la República"}));
}

TEST(SpeakerExtractor, AnOpinionAfterAConnective) {
  EXPECT_EQ(speakers("Pero para Rebeca Olmos-Fitzgerald, abogada de la organización Casa "
                     "Libertad, la detención fue \"desproporcionada\"."),
            Names{"Rebeca Olmos-Fitzgerald"});
  EXPECT_EQ(speakers("Para Salvador Íñiguez Rentería, abogado penalista, los juicios son \"la "
                     "principal fuente de información\"."),
            Names{"Salvador Íñiguez Rentería"});
}

TEST(SpeakerExtractor, ATimeBeforeThePhraseBeforeTheSubject) {
  EXPECT_EQ(speakers("\"Juntos estamos logrando resultados\", escribió horas después en su "
                     "cuenta de X el embajador de Estados Unidos en México, Ronald Johnson."),
            Names{"Ronald Johnson"});
}

TEST(SpeakerExtractor, ALongParenthesisBetweenSubjectAndVerb) {
  EXPECT_EQ(speakers("La Asociación Nacional de Ganaderos de Carne Vacuna (NCBA, por sus siglas "
                     "en inglés) reiteró la semana pasada que la ampliación \"perjudica a los "
                     "productores\"."),
            Names{"Asociación Nacional de Ganaderos de Carne Vacuna"});
}

TEST(SpeakerExtractor, TheMediumSpokenToBeforeTheName) {
  EXPECT_EQ(speakers("\"Hay miles de familias que trabajan\", dijo a La Tercera Yorman José "
                     "Rangel Barrios, vocero de la Coordinadora de Migrantes Venezolanos."),
            Names{"Yorman José Rangel Barrios"});
}

TEST(SpeakerExtractor, TheAuthorOfALetterSpeaksInItsClause) {
  EXPECT_EQ(speakers("El ministro de Exteriores venezolano, Yván Gil, ha remitido una carta al "
                     "secretario general de la ONU, António Guterres, en la que denuncia una "
                     "\"amenaza inminente\" contra la soberanía."),
            Names{"Yván Gil"});
}

TEST(SpeakerExtractor, GovernmentsByCapitalAdjectiveOrPresident) {
  EXPECT_EQ(speakers("La Habana, por su parte, insiste en que cumple los acuerdos."),
            Names{"Gobierno de Cuba"});
  EXPECT_EQ(speakers("El gobierno venezolano calificó el ataque de \"ejecución extrajudicial\"."),
            Names{"Gobierno de Venezuela"});
  EXPECT_EQ(speakers("El régimen de Nicolás Maduro denunció este lunes que un ataque mató a "
                     "cuatro pescadores."),
            Names{"Gobierno de Venezuela"});
  // Not in a headline, inside another name, in a dateline or as an object.
  EXPECT_EQ(speakers("EE. UU. ataca otra lancha; Caracas denuncia \"ejecuciones\"\n\nEl "
                     "ataque dejó cuatro muertos."),
            Names{});
  EXPECT_EQ(speakers("De acuerdo con Uruguay XXI, el vino ingresa con arancel cero."), Names{})
      << "an agency, not the government";
  EXPECT_EQ(speakers("El Gobierno de Gustavo Petro ha pedido en varias ocasiones a Caracas "
                     "que actúe."),
            Names{"Gobierno de Colombia"});
}

TEST(SpeakerExtractor, TheBareGovernmentIsTheArticleCountrys) {
  EXPECT_EQ(speakers("Más de 850 presos políticos siguen en cárceles de Venezuela, según ONG de "
                     "Venezuela. El Gobierno sostiene que en Venezuela no hay presos políticos."),
            Names{"Gobierno de Venezuela"});
  // A story about Argentina and the United States: Argentina's.
  EXPECT_EQ(
      speakers(
          "Argentina y Estados Unidos firmaron el acuerdo en Washington. Estados "
          "Unidos dijo que el pacto con Argentina es histórico. El Gobierno informó que el acuerdo "
          "entra en vigor en abril."),
      (Names{"Gobierno de Estados Unidos", "Gobierno de Argentina"}));
}

TEST(SpeakerExtractor, TheBareForeignMinistryIsTheArticleCountrys) {
  EXPECT_EQ(speakers("Colombia fue descertificada por Washington. En Colombia hubo protestas. "
                     "Horas más tarde, la Cancillería emitió un comunicado en el que lamentó que "
                     "no se reconozcan sus esfuerzos."),
            Names{"Ministerio de Relaciones Exteriores de Colombia"});
  EXPECT_EQ(speakers("A través de un comunicado, el Ministerio de Relaciones Exteriores explicó "
                     "que Colombia llama a consultas a su embajador en Washington. Colombia "
                     "rechaza la medida."),
            (Names{"Ministerio de Relaciones Exteriores de Colombia", "Gobierno de Colombia"}));
  EXPECT_EQ(speakers("Estados Unidos y México firmaron el acuerdo. La Cancillería informó que "
                     "México no aceptará presiones de Estados Unidos."),
            Names{"Secretaría de Relaciones Exteriores"});
}

TEST(SpeakerExtractor, ATitledOpinionHolderWithHisAffiliation) {
  EXPECT_EQ(speakers("Para el analista Hernán Darío Lozano Quiceno, de la Universidad del Rosario, "
                     "la exención muestra que Washington \"no quiere romper\"."),
            Names{"Hernán Darío Lozano Quiceno"});
}

TEST(SpeakerExtractor, HablarWithWhatWasSaid) {
  EXPECT_EQ(speakers("Un zapatazo de Ezequiel \"el Tano\" Di Gregorio decidió el partido. Di "
                     "Gregorio, el héroe, habló con la voz quebrada: \"Se la dedico a mi viejo\"."),
            Names{"Ezequiel Di Gregorio"});
  EXPECT_EQ(speakers("El canciller Juan Ramón de la Fuente habló con el embajador."), Names{})
      << "talking to someone says nothing yet";
}

TEST(SpeakerExtractor, InstitutionsBehindComplementsAcronymsAndSpokespeople) {
  EXPECT_EQ(speakers("La Oficina de Control de Activos Extranjeros (OFAC) del Tesoro afirmó en un "
                     "comunicado que la empresa había enviado precursores."),
            Names{"Oficina de Control de Activos Extranjeros"});
  EXPECT_EQ(speakers("Unos 200 agricultores acudieron convocados por la Coordinadora de "
                     "Organizaciones de Agricultores y Ganaderos (COAG), que advirtió en un "
                     "comunicado de que el acuerdo supondrá \"la ruina\"."),
            Names{"Coordinadora de Organizaciones de Agricultores y Ganaderos"});
  EXPECT_EQ(speakers("Desde la Cámara de Productores Lecheros de Córdoba señalaron que la noticia "
                     "\"trae alivio\"."),
            Names{"Cámara de Productores Lecheros de Córdoba"});
  EXPECT_EQ(speakers("La Comisión Europea, a través de su portavoz de Comercio, Olof Gill, indicó "
                     "que Bruselas \"comparte el sentido de urgencia\"."),
            (Names{"Comisión Europea", "Olof Gill"}));
}

TEST(SpeakerExtractor, TheMediumSpokenToWithoutArticle) {
  EXPECT_EQ(speakers("—Era pescador de toda la vida —dijo a Efecto Cocuyo Yusmary del Valle "
                     "Rondón, hermana de uno de los desaparecidos."),
            Names{"Yusmary del Valle Rondón"});
}

TEST(SpeakerExtractor, CompoundGivenNamesPlacesAndDatesAroundTheSubject) {
  EXPECT_EQ(speakers("\"Ahora llegan mexicanos\", dijo el pastor Juan de Dios Almeida Ruelas, "
                     "director del albergue."),
            Names{"Juan de Dios Almeida Ruelas"});
  EXPECT_EQ(speakers("«Cada uno de estos fusiles es un homicidio», afirmó en rueda de prensa en "
                     "Phoenix Teresa Maldonado-Reyes, agente especial de la ATF."),
            Names{"Teresa Maldonado-Reyes"});
  EXPECT_EQ(speakers("Las ventas cayeron 20 por ciento, informó este miércoles 9 de julio la "
                     "Cámara Nacional de la Industria de Transformación (Canacintra)."),
            Names{"Cámara Nacional de la Industria de Transformación"});
  EXPECT_EQ(speakers("La secretaria de Seguridad Nacional, Kristi Noem, defendió la semana "
                     "pasada el ritmo de las deportaciones en una entrevista con la cadena Fox "
                     "News: \"Vamos a seguir sacando a los criminales\"."),
            Names{"Kristi Noem"});
}

TEST(SpeakerExtractor, AppositionsEndingInPlacesAndDataWithComplements) {
  EXPECT_EQ(speakers("Benjamin Hartley, paleontólogo de la Universidad de Alberta, en Canadá, y "
                     "coautor del estudio, considera que el hallazgo refuerza la hipótesis."),
            Names{"Benjamin Hartley"});
  EXPECT_EQ(speakers("Según un resumen de la reunión difundido por el Departamento de Estado, la "
                     "delegación pidió acelerar las entregas."),
            Names{"Departamento de Estado"});
}

TEST(SpeakerExtractor, ATitleAddressedIsNoSubject) {
  EXPECT_EQ(speakers("Presidenta, la semana pasada el secretario de Guerra, Pete Hegseth, dijo en "
                     "una entrevista que \"todas las opciones están sobre la mesa\"."),
            Names{"Pete Hegseth"});
}

TEST(SpeakerExtractor, ACountryInsideWhatSomeoneSaysSaysNothing) {
  EXPECT_EQ(speakers("Rubio aseguró que Washington reconoce los esfuerzos del gobierno mexicano."),
            Names{"Marco Rubio"});
  EXPECT_EQ(speakers("«Lo peor que podía pasar era que Estados Unidos anunciara que no "
                     "renovaría», dijo Ebrard."),
            Names{"Marcelo Ebrard"});
  EXPECT_EQ(speakers("Washington reconoce que México ha hecho esfuerzos."),
            Names{"Gobierno de Estados Unidos"});
}

TEST(SpeakerExtractor, ChannelsAndAccusationsOfAnObject) {
  EXPECT_EQ(speakers("\"Ahora van a enfrentar la justicia\", dijo la fiscal general Pam Bondi en "
                     "un mensaje difundido por el Departamento de Justicia."),
            Names{"Pam Bondi"});
  EXPECT_EQ(speakers("Entre ellos figura Héctor Ibarra del Castillo, a quien el Departamento de "
                     "Justicia acusa de haber dirigido laboratorios."),
            Names{});
}

TEST(SpeakerExtractor, CompoundSurnamesNegationsAndParticipleClauses) {
  EXPECT_EQ(speakers("\"Nadie nos ha dicho dónde empieza la zona\", dijo Martha Elena "
                     "Cámara-Peniche, presidenta de la cooperativa."),
            Names{"Martha Elena Cámara-Peniche"});
  EXPECT_EQ(speakers("Tampoco la Embajada de México en Cuba respondió a las preguntas."), Names{});
  EXPECT_EQ(speakers("Desde septiembre, el Departamento de Guerra, encabezado por Pete Hegseth, "
                     "ha anunciado que hubo más de una veintena de ataques."),
            Names{"Departamento de Defensa de Estados Unidos"});
}

TEST(SpeakerExtractor, ReportingFiguresIsAStatement) {
  EXPECT_EQ(speakers("En todo 2025, la Secretaría de la Defensa Nacional reportó el aseguramiento "
                     "de más de 12 mil armas largas."),
            Names{"Secretaría de la Defensa Nacional"});
}

TEST(SpeakerExtractor, AnotherVerbsComplementAndACapitalAsAPlace) {
  EXPECT_EQ(speakers("Cuestionada sobre los envíos, cuando el gobierno mexicano trasladó a 55 reos "
                     "a territorio estadounidense, la fiscal respondió que \"cada caso se "
                     "analiza por separado\"."),
            Names{});
  EXPECT_EQ(speakers("Ayer mismo el secretario Rubio habló con nuestro canciller, Juan Ramón de la "
                     "Fuente, y le reiteró que lo que hay es cooperación."),
            Names{"Marco Rubio"});
  EXPECT_EQ(speakers("En Caracas, Nicolás Maduro encabezó un acto en el que aseguró que Venezuela "
                     "\"está preparada\"."),
            Names{"Nicolás Maduro"});
  EXPECT_EQ(speakers("En Washington insisten en que no es suficiente."),
            Names{"Gobierno de Estados Unidos"});
}

TEST(SpeakerExtractor, ConditionsInstitutionsAndTheirShortNames) {
  EXPECT_EQ(speakers("Según la Secretaría, Banegas Euceda encabezaba una estructura que recibía "
                     "cocaína y la trasladaba hacia Guatemala."),
            Names{});
  EXPECT_EQ(speakers("Según el exfiscal, si Quintanilla declarara ante un jurado, su testimonio "
                     "sería incómodo."),
            Names{});
  EXPECT_EQ(speakers("El OIJ estima que se inspecciona menos del 5%. Según el Organismo de "
                     "Investigación Judicial (OIJ), se han decomisado 31 toneladas."),
            Names{"Organismo de Investigación Judicial"});
  EXPECT_EQ(speakers("La avioneta fue hallada, informó el Ministerio de la Defensa Nacional. El "
                     "Ministerio de la Defensa indicó que la aeronave venía de Sudamérica."),
            Names{"Ministerio de la Defensa Nacional"});
}

TEST(SpeakerExtractor, ParticlesPlacesAndRelativesWithInvertedSubjects) {
  EXPECT_EQ(speakers("La presidenta de la Comisión Europea, Ursula von der Leyen, anunció este "
                     "domingo que la Unión Europea prorrogará la suspensión."),
            Names{"Ursula von der Leyen"});
  EXPECT_EQ(speakers("Horas más tarde, el presidente Donald Trump defendió la operación ante "
                     "periodistas en el Despacho Oval. \"Ya casi no vienen por mar\", dijo el "
                     "mandatario."),
            Names{"Donald Trump"});
  EXPECT_EQ(speakers("El Ministerio de Salud, que encabeza Yván Gil, calificó el ataque de "
                     "\"ejecución extrajudicial\"."),
            Names{"Ministerio de Salud"});
}

}  // namespace
}  // namespace hemeroteca
