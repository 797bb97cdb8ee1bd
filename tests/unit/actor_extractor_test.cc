#include "common/actor_extractor.h"

#include <gtest/gtest.h>

#include <set>

namespace hemeroteca {
namespace {

std::set<std::string> actors(std::string_view text, const std::string& date = "2026-01-15") {
  static Analyzer analyzer;
  AnalyzedText analyzed = analyze_text(text, analyzer);
  ActorExtraction result = extract_actors(analyzed, *ExtractionData::shared(), date);
  std::set<std::string> names;
  for (const ArticleActor* actor : result.ranked()) names.insert(actor->name);
  return names;
}

using Names = std::set<std::string>;

TEST(ActorExtractor, GazetteerNamesAndAliases) {
  EXPECT_EQ(actors("Marco Antonio Rubio García habló con Sheinbaum Pardo."),
            (Names{"Marco Rubio", "Claudia Sheinbaum"}));
  EXPECT_EQ(
      actors("La SRE y el DOS firmaron; @SecRubio lo celebró."),
      (Names{"Secretaría de Relaciones Exteriores", "Departamento de Estado", "Marco Rubio"}));
  EXPECT_EQ(actors("Juan Ramón de la Fuente y De la Fuente Ramírez son uno."),
            Names{"Juan Ramón de la Fuente"});
}

TEST(ActorExtractor, CapitalisedSurnameAliasOnly) {
  EXPECT_EQ(actors("El niño rubio jugaba."), Names{}) << "rubio (blond) is not Rubio";
  EXPECT_EQ(actors("Según Rubio, todo va bien."), Names{"Marco Rubio"});
}

TEST(ActorExtractor, OfficesResolvedByDate) {
  EXPECT_EQ(actors("La mandataria habló ayer.", "2026-01-15"), Names{"Claudia Sheinbaum"});
  EXPECT_EQ(actors("El secretario de Estado llegó.", "2026-01-15"), Names{"Marco Rubio"});
  EXPECT_EQ(actors("El secretario de Estado llegó.", "2023-05-01"), Names{"Antony Blinken"});
  EXPECT_EQ(actors("El presidente de Estados Unidos llegó.", "2022-05-01"), Names{"Joe Biden"});
  // An office before a name is a title, not another mention.
  EXPECT_EQ(actors("El canciller Marco Rubio busca acuerdos."), Names{"Marco Rubio"});
  // Another office: "la presidenta del Senado" is not the president.
  EXPECT_EQ(actors("La presidenta del Senado habló."), Names{});
}

TEST(ActorExtractor, PeopleNotInTheGazetteer) {
  EXPECT_EQ(actors("La analista Mariana Castillo Ortega explicó el caso."),
            Names{"Mariana Castillo Ortega"});
  // A title introduces a name whose given name is unknown.
  EXPECT_EQ(actors("El vocero adjunto del Departamento de Estado, Xander Pike, habló."),
            (Names{"Departamento de Estado", "Xander Pike"}));
  // Surnames alone refer back to the full name.
  ActorExtraction result;
  {
    Analyzer analyzer;
    std::string text = "La senadora Laura Jiménez Soto llegó. Después, Jiménez habló.";
    AnalyzedText analyzed = analyze_text(text, analyzer);
    result = extract_actors(analyzed, *ExtractionData::shared(), "2026-01-15");
  }
  ASSERT_EQ(result.ranked().size(), 1u);
  EXPECT_EQ(result.ranked()[0]->mentions, 2u);
}

TEST(ActorExtractor, NamesWithAWidowsParticleOrAPlaceAsGivenName) {
  EXPECT_EQ(actors("En San Miguel, la madre del joven, María Elena Menjívar viuda de Ayala, "
                   "recibió la noticia."),
            Names{"María Elena Menjívar viuda de Ayala"});
  EXPECT_EQ(actors("Para Salvador Íñiguez Rentería, abogado, el juicio fue largo."),
            Names{"Salvador Íñiguez Rentería"});
  EXPECT_EQ(actors("En San Salvador Atenco llovió."), Names{});
}

TEST(ActorExtractor, PlacesMonthsAndSentenceStartsAreNotPeople) {
  EXPECT_EQ(actors("Nueva York y Ciudad de México en Enero. Luego Washington D.C."), Names{});
  EXPECT_EQ(actors("Tras la llamada, Llamada Especial llegó."), Names{});
  EXPECT_EQ(actors("Iniciativa Mérida y Entendimiento Bicentenario."), Names{});
}

TEST(ActorExtractor, InstitutionsByHeadWord) {
  EXPECT_EQ(actors("El Buró de Asuntos del Hemisferio Occidental expresó; luego el Buró añadió."),
            Names{"Buró de Asuntos del Hemisferio Occidental"});
  EXPECT_EQ(actors("Lo dijo la Comisión Nacional de los Derechos Humanos."),
            Names{"Comisión Nacional de los Derechos Humanos"});
}

TEST(ActorExtractor, AnUnknownFirstGivenNameBeforeAKnownOne) {
  EXPECT_EQ(actors("Yusmary Carolina Briceño, una enfermera que llegó en 2019, dijo que sí."),
            Names{"Yusmary Carolina Briceño"});
  EXPECT_EQ(actors("Habló la doctora en Ingeniería Química Francisca Undurraga de la Maza."),
            Names{"Francisca Undurraga de la Maza"})
      << "a capitalised word of the title's domain is not a given name";
}

TEST(ActorExtractor, AGovernmentByItsAdjectiveIsTheCountrysGovernment) {
  EXPECT_EQ(actors("El Gobierno dominicano autorizó el uso de la base."),
            Names{"Gobierno de República Dominicana"});
  EXPECT_EQ(actors("La Cancillería hondureña protestó."),
            Names{"Ministerio de Relaciones Exteriores de Honduras"});
  EXPECT_EQ(actors("La Secretaría de Defensa Nacional hondureña respondió."),
            Names{"Secretaría de Defensa Nacional de Honduras"});
  EXPECT_EQ(actors("La secretaría hondureña respondió."), Names{})
      << "a head in lower case is a short reference, resolved later";
}

TEST(ActorExtractor, AGivenNameThatIsAlsoAnInstitutionsWord) {
  EXPECT_EQ(actors("Para la investigadora Luz Marina Echeverry, el mensaje es político."),
            Names{"Luz Marina Echeverry"});
  EXPECT_EQ(actors("La Secretaría de Marina informó."), Names{"Secretaría de Marina"});
}

TEST(ActorExtractor, AnEnglishPossessiveInsideAnOrganisationsName) {
  EXPECT_EQ(actors("En cambio, la National Cattlemen's Beef Association reiteró su rechazo."),
            Names{"National Cattlemen's Beef Association"});
}

TEST(ActorExtractor, OrganisationsIntroducedByTheirTrade) {
  EXPECT_EQ(actors("El laboratorio Takeda, fabricante de la vacuna, indicó que cumplió."),
            Names{"Takeda"});
}

TEST(ActorExtractor, HonorificsAndJoinedSurnamesWithParticles) {
  EXPECT_EQ(actors("Don Felipe Canul Dzib, que administra un parador, teme lo peor."),
            Names{"Felipe Canul Dzib"});
  EXPECT_EQ(actors("El general Tomás Eduardo Quiroga y del Olmo, exagregado militar, opinó."),
            Names{"Tomás Eduardo Quiroga y del Olmo"});
}

TEST(ActorExtractor, InstitutionNamesGoingOnPastAGazetteerOrAWordOfHelp) {
  EXPECT_EQ(actors("La Secretaría de Relaciones Exteriores y Cooperación Internacional de "
                   "Honduras informó."),
            Names{"Secretaría de Relaciones Exteriores y Cooperación Internacional de Honduras"});
  EXPECT_EQ(actors("El Centro de Atención al Migrante Retornado recibió a 120 personas."),
            Names{"Centro de Atención al Migrante Retornado"});
}

TEST(ActorExtractor, JuniorKeepsItsPeriod) {
  EXPECT_EQ(actors("El acusado Marcos Antonio Leyva Jr. se declaró culpable."),
            Names{"Marcos Antonio Leyva Jr."});
}

TEST(ActorExtractor, ALegalFormEndsACompanyName) {
  EXPECT_EQ(actors("La productora de litio Litio Andino S.A. informó ayer. Litio Andino creció."),
            Names{"Litio Andino S.A."});
  EXPECT_EQ(actors("Según Agroexportadora Valle del Chira S.A.C., el lote era suyo."),
            Names{"Agroexportadora Valle del Chira S.A.C."});
  EXPECT_EQ(actors("La firma Grupo Norte y Asociados S.A. de C.V. respondió."),
            Names{"Grupo Norte y Asociados S.A. de C.V."});
}

TEST(ActorExtractor, NamesWithInitialsHyphensAndJoinedSurnames) {
  EXPECT_EQ(actors("El cónsul Thomas R. Ellingsen habló."), Names{"Thomas R. Ellingsen"});
  EXPECT_EQ(actors("La investigadora Leticia Garza-Olvera matizó."), Names{"Leticia Garza-Olvera"});
  EXPECT_EQ(actors("La fiscal Mariana Isabel Ocampo y Ruelas, dijo."),
            Names{"Mariana Isabel Ocampo y Ruelas"});
  EXPECT_EQ(actors("Ayer Marcelo Ebrard y Rosa Icela Rodríguez hablaron."),
            (Names{"Marcelo Ebrard", "Rosa Icela Rodríguez"}));
  EXPECT_EQ(actors("Mariana Castillo Ortega llegó. Castillo Ortega habló."),
            Names{"Mariana Castillo Ortega"});
}

TEST(ActorExtractor, GazetteerSurnamesInsideOtherNames) {
  EXPECT_EQ(actors("El coordinador Óscar Iván Treviño Salazar informó."),
            Names{"Óscar Iván Treviño Salazar"})
      << "not Ken Salazar";
  EXPECT_EQ(actors("Su presidente, el doctor Ignacio de la Fuente Bravo, advirtió."),
            Names{"Ignacio de la Fuente Bravo"})
      << "not Juan Ramón de la Fuente";
}

TEST(ActorExtractor, PlacesBeforeGivenNames) {
  EXPECT_EQ(actors("Se incautaron en San Luis Río Colorado, Sonora."), Names{});
}

TEST(ActorExtractor, LongInstitutionNamesAndAcronyms) {
  EXPECT_EQ(actors("La Organización Internacional para las Migraciones (OIM) señaló. La OIM "
                   "añadió."),
            Names{"Organización Internacional para las Migraciones"});
  EXPECT_EQ(actors("La Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos (ATF) rastreó."),
            Names{"Oficina de Alcohol, Tabaco, Armas de Fuego y Explosivos"});
  EXPECT_EQ(actors("El Ministerio de Educación (Minedu) precisó. El Minedu publicará."),
            Names{"Ministerio de Educación"});
  // A person's name right after an institution's.
  EXPECT_EQ(actors("El investigador de El Colegio de la Frontera Norte Rodrigo Saldívar Meza "
                   "habló."),
            (Names{"Colegio de la Frontera Norte", "Rodrigo Saldívar Meza"}));
}

TEST(ActorExtractor, OrganizationsIntroducedByTheirKind) {
  EXPECT_EQ(actors("La compañía Lácteos del Sur cerró el año con ganancias. Lácteos del Sur "
                   "repartirá dividendos."),
            Names{"Lácteos del Sur"});
  // "de" names the owner, not the company.
  EXPECT_EQ(actors("Trabaja en la empresa de Carlos Slim."), Names{"Carlos Slim"});
}

TEST(ActorExtractor, ATitleSpecifiedInLowerCaseStillIntroducesAName) {
  EXPECT_EQ(actors("Tenemos en línea a la abogada de inmigración Marielena Saavedra de los Reyes."),
            Names{"Marielena Saavedra de los Reyes"});
  EXPECT_EQ(actors("El senador Daniel R. O'Connell-Ruiz votó."), Names{"Daniel R. O'Connell-Ruiz"});
  EXPECT_EQ(actors("Su abogada, María Jesús d'Ors Beltrán, anunció un recurso."),
            Names{"María Jesús d'Ors Beltrán"});
  EXPECT_EQ(actors("La gerenta de Finanzas, María Josefina Urrutia P., detalló la deuda."),
            Names{"María Josefina Urrutia P."});
  EXPECT_EQ(actors("Venció al belga Luca Van der Meulen en la final."),
            Names{"Luca Van der Meulen"});
  EXPECT_EQ(actors("La Oficina de las Naciones Unidas contra la Droga y el Delito informó."),
            Names{"Oficina de las Naciones Unidas contra la Droga y el Delito"});
  EXPECT_EQ(actors("La Secretaría de Marina por la Guardia Nacional informó."),
            (Names{"Secretaría de Marina", "Guardia Nacional"}));
  // A person after an institution's name: all the given names are the
  // person's, unless the first is the institution's ("del Rosario").
  EXPECT_EQ(actors("Para el académico de la Universidad de Chile Tomás Ignacio Vergara del "
                   "Campo, el reto es grande."),
            (Names{"Universidad de Chile", "Tomás Ignacio Vergara del Campo"}));
  EXPECT_EQ(actors("Para el profesor de la Universidad del Rosario Santiago Leguízamo Prieto, "
                   "la firma pesa."),
            (Names{"Universidad del Rosario", "Santiago Leguízamo Prieto"}));
  // A gazetteer surname (Ken Salazar's) for the article's own person.
  EXPECT_EQ(actors("La asambleísta Mónica Alexandra Salazar del Pozo anunció una demanda. "
                   "Salazar recordó los ataques."),
            Names{"Mónica Alexandra Salazar del Pozo"});
  // Places named after people.
  EXPECT_EQ(actors("Aterrizó en el aeropuerto Ramón Villeda Morales con 142 deportados."), Names{});
  EXPECT_EQ(actors("Llegó al Aeropuerto Internacional Arturo Merino Benítez de noche."), Names{});
}

TEST(ActorExtractor, OfficesWithModifiersAreOtherOffices) {
  EXPECT_EQ(actors("La mandataria estatal precisó los horarios."), Names{});
  EXPECT_EQ(actors("El canciller guatemalteco, Julio César Monterroso Abril, habló."),
            Names{"Julio César Monterroso Abril"});
  EXPECT_EQ(actors("El secretario de Seguridad Pública estatal, Gilberto Loera Casas, advirtió."),
            Names{"Gilberto Loera Casas"});
  // The ministry is not its secretary: accents tell "Secretaría" from
  // "secretaria".
  EXPECT_EQ(actors("La Secretaría de Gobernación informó."), Names{"Secretaría de Gobernación"});
}

TEST(TitleCaseName, KeepsParticlesSmall) {
  EXPECT_EQ(title_case_name("JUAN RAMÓN DE LA FUENTE"), "Juan Ramón de la Fuente");
  EXPECT_EQ(title_case_name("HUGO LÓPEZ-GATELL RAMÍREZ"), "Hugo López-Gatell Ramírez");
  EXPECT_EQ(title_case_name("ÁNGEL"), "Ángel");
}

TEST(ActorExtractor, TextEndingOnACapitalisedTitle) {
  // "Rey" is a title ("el rey Felipe"); last in the text, nothing follows.
  EXPECT_EQ(actors("Convocó a una vigilia frente al edificio federal de Hato Rey."), Names{});
}

TEST(ActorExtractor, NamesWrittenShortOrWithSyllables) {
  EXPECT_EQ(actors("Alertó la toxicóloga Lourdes Ma. Espinoza-Urías, investigadora."),
            Names{"Lourdes Ma. Espinoza-Urías"});
  EXPECT_EQ(actors("El seleccionador coreano Hong Myung-bo elogió la ciudad."),
            Names{"Hong Myung-bo"});
  EXPECT_EQ(actors("Rosa Isela Gastélum Félix se enteró. Rosa Isela la sostenía."),
            Names{"Rosa Isela Gastélum Félix"});
  EXPECT_EQ(actors("Los visados H-2A. La secretaria habló."), Names{});
}

TEST(ActorExtractor, EmbassiesByCountryAndCity) {
  EXPECT_EQ(actors("La embajada de Estados Unidos en Quito agradeció la cooperación."),
            Names{"Embajada de Estados Unidos en Quito"});
  EXPECT_EQ(actors("La embajada estadounidense en Lima destacó el trabajo."),
            Names{"Embajada de Estados Unidos en Lima"});
  EXPECT_EQ(actors("La embajada de Colombia respondió."), Names{"Embajada de Colombia"});
}

TEST(ActorExtractor, InstitutionsJoinedByAnArticleAreTwo) {
  EXPECT_EQ(actors("La Oficina de Aduanas de Laredo y el Departamento de Agricultura de "
                   "Tamaulipas solicitaron una revisión."),
            (Names{"Oficina de Aduanas de Laredo", "Departamento de Agricultura de Tamaulipas"}));
  EXPECT_EQ(actors("La Oficina de las Naciones Unidas contra la Droga y el Delito alertó."),
            Names{"Oficina de las Naciones Unidas contra la Droga y el Delito"});
}

TEST(ActorExtractor, StateFromItsAdjectiveOrTheArticle) {
  EXPECT_EQ(actors("La Fiscalía General chihuahuense abrió una carpeta."),
            Names{"Fiscalía General de Chihuahua"});
  // "Guerrero" after a given name is a surname, not the state.
  EXPECT_EQ(actors("«Todo tranquilo», dijo Diego Guerrero en Monterrey, Nuevo León. La "
                   "Secretaría de Seguridad estatal reportó saldo blanco."),
            (Names{"Diego Guerrero", "Secretaría de Seguridad de Nuevo León"}));
}

TEST(ActorExtractor, LocalFormsOfAnotherCountrysActors) {
  // A Chilean story: its "Cancillería" is Chile's, not Mexico's.
  EXPECT_EQ(actors("Chile expulsó a 40 venezolanos. El Gobierno chileno dijo que Chile seguirá. "
                   "En Chile, la Cancillería informó que busca terceros países."),
            (Names{"Gobierno de Chile", "Ministerio de Relaciones Exteriores de Chile"}));
  EXPECT_EQ(actors("México y Estados Unidos hablaron. La Cancillería informó que hubo acuerdo."),
            Names{"Secretaría de Relaciones Exteriores"});
}

TEST(ActorExtractor, ConstituenciesAndParticlesOpeningASurname) {
  EXPECT_EQ(actors("El senador republicano por Oklahoma Dale R. McAllister afirmó que sí."),
            Names{"Dale R. McAllister"});
  EXPECT_EQ(actors("La diputada por Tierra del Fuego Lucía Inés del Valle Ortiz habló. —No "
                   "firmamos nada —respondió Del Valle Ortiz."),
            Names{"Lucía Inés del Valle Ortiz"});
}

TEST(ActorExtractor, PlacesThroughDe) {
  EXPECT_EQ(actors("Fue detenido en el distrito de Víctor Larco Herrera, en Trujillo."), Names{});
  EXPECT_EQ(actors("La jueza de distrito Margaret L. Whitfield impuso penas de tres años."),
            Names{"Margaret L. Whitfield"});
}

TEST(ActorExtractor, HonorificsInitialsAndLongerForms) {
  EXPECT_EQ(actors("«Hay más nidos», comentó Doña Marielos Hooker, guía."),
            Names{"Marielos Hooker"});
  EXPECT_EQ(actors("J. Michael Hendricks, contraalmirante retirado, dijo que no."),
            Names{"J. Michael Hendricks"});
  EXPECT_EQ(actors("Mariela del Valle Arocha: «No habrá invasión».\n\nConversamos con "
                   "Mariela del Valle Arocha Pérez en Caracas."),
            Names{"Mariela del Valle Arocha Pérez"});
  EXPECT_EQ(actors("—Valió la pena —comentó eufórico Rafelito Sosa, un fanático."),
            Names{"Rafelito Sosa"});
}

}  // namespace
}  // namespace hemeroteca
