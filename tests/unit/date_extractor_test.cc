#include "common/date_extractor.h"

#include <gtest/gtest.h>

namespace hemeroteca {
namespace {

struct Dates {
  DateExtraction result;
};

DateExtraction dates(std::string_view text, const std::string& header = "") {
  static Analyzer analyzer;
  AnalyzedText analyzed = analyze_text(text, analyzer);
  return extract_dates(analyzed, header, *ExtractionData::shared());
}

using List = std::vector<std::string>;

struct FormCase {
  const char* text;
  List mentioned;
};

TEST(DateExtractor, RecognisesEachForm) {
  const FormCase cases[] = {
      {"La reunión fue el 11 de enero de 2026 en Washington.", {"2026-01-11"}},
      {"Se firmó el 1o. de octubre de 2024.", {"2024-10-01"}},
      {"Desde el primero de mayo de 2025.", {"2025-05-01"}},
      {"El domingo 11 de enero del 2026 hubo llamada.", {"2026-01-11"}},
      {"Rubio (@SecRubio) January 12, 2026", {"2026-01-12"}},
      {"Posted on 12 January 2026.", {"2026-01-12"}},
      {"Fecha: 12/01/2026.", {"2026-01-12"}},
      {"Registro 2026-01-12 en el sistema.", {"2026-01-12"}},
      {"El Senado aprobó este jueves (16.10.2025) un exhorto.", {"2025-10-16"}},
      {"Creció 16.5 por ciento en 2025.", {}},
      {"Nada aquí, ni 2026 ni enero solos.", {}},
      {"El 30 de febrero de 2026 no existe.", {}},
  };
  for (const FormCase& c : cases) EXPECT_EQ(dates(c.text).mentioned, c.mentioned) << c.text;
}

TEST(DateExtractor, CompletesYearsFromContext) {
  // "15 de enero" next to a 2026 date; "20 de diciembre" goes to 2025,
  // nearer the reference than December 2026.
  DateExtraction result = dates(
      "El 10 de enero de 2026 se anunció la cita del 15 de enero; el 20 de diciembre hubo otra.");
  EXPECT_EQ(result.mentioned, (List{"2025-12-20", "2026-01-10", "2026-01-15"}));
  // "el 13 del mismo mes" takes the month and year of the date before it.
  EXPECT_EQ(dates("La llamada del 15 de enero de 2026 siguió a la del 13 del mismo mes.").mentioned,
            (List{"2026-01-13", "2026-01-15"}));
  // The header date is the reference when present.
  EXPECT_EQ(dates("La cumbre será el 3 de febrero.", "2027-01-20").mentioned, List{"2027-02-03"});
}

TEST(DateExtractor, HeaderDateWins) {
  DateExtraction result = dates("Ocurrió el 3 de enero de 2026.", "2026-01-05");
  EXPECT_EQ(result.date, "2026-01-05");
  EXPECT_EQ(result.source, "header");
}

TEST(DateExtractor, DatelineGivesThePublicationDate) {
  DateExtraction result = dates(
      "Ciudad de México, 5 de marzo de 2026.— El gobierno informó que el 1 de marzo de 2026 "
      "hubo cambios y que el 1 de marzo de 2026 se confirmaron.");
  EXPECT_EQ(result.date, "2026-03-05");
  EXPECT_EQ(result.source, "text");
  EXPECT_NE(result.evidence.find("dateline"), std::string::npos);
  EXPECT_EQ(dates("WASHINGTON, 12 de enero de 2026 (EFE).- Texto.").date, "2026-01-12");
}

TEST(DateExtractor, DatelineAfterAHeadline) {
  DateExtraction result = dates(
      "Los glaciares pierden superficie\n\nMadrid, 27 de mayo de 2025 (EFE).— Los "
      "investigadores volverán el 15 de septiembre de 2025.");
  EXPECT_EQ(result.date, "2025-05-27");
  // A sentence opening with a date is not a dateline.
  EXPECT_EQ(dates("El 3 de enero de 2026 hubo reunión. El 9 de enero de 2026 se firmó; el 9 de "
                  "enero de 2026 se publicó.")
                .date,
            "2026-01-09");
}

TEST(DateExtractor, YearlessDatelinesTakeTheYearOfTheText) {
  EXPECT_EQ(dates("Caracas, 22 de octubre (Infobae) — Suman ocho ataques desde septiembre de "
                  "2025.")
                .date,
            "2025-10-22");
  EXPECT_EQ(dates("CIUDAD DE MÉXICO, 13 de marzo (AP) — En lo que va de 2026 hubo más.").date,
            "2026-03-13");
  EXPECT_EQ(dates("Madrid, 2 feb (EFE).- La empresa prevé facturar a lo largo de 2026.").date,
            "2026-02-02");
}

TEST(DateExtractor, WeekdaysTellTheYear) {
  // 15 January was a Thursday in 2026, a Wednesday in 2025.
  EXPECT_EQ(dates("Pasadas las siete de este jueves 15 de enero llegó un autobús; el programa "
                  "arrancó en enero de 2025.")
                .mentioned,
            List{"2026-01-15"});
}

TEST(DateExtractor, AWeekdayAndADayTakeTheNextMatchingMonth) {
  // The other dates are background: the first 14th that is a Tuesday after
  // them (January to March 2026 have none).
  DateExtraction result = dates(
      "El impuesto rige desde el 1 de enero de 2026. Este martes 14 el banco central publicó "
      "las cifras. La revisión será el próximo 22 de junio.");
  EXPECT_EQ(result.date, "2026-04-14");
  EXPECT_EQ(result.mentioned, (List{"2026-01-01", "2026-04-14", "2026-06-22"}));
  EXPECT_EQ(dates("El 12 de agosto de 2025 se reunieron. Este miércoles 3 volvieron a verse.").date,
            "2025-09-03");
  // "el martes 14 de abril" keeps its month.
  EXPECT_EQ(dates("Ocurrió el martes 14 de abril de 2026.").mentioned, List{"2026-04-14"});
}

TEST(DateExtractor, TheLeadsWeekdayGivesAYearlessDatelineItsYear) {
  // 3 March was a Tuesday in 2026, a Monday in 2025.
  DateExtraction result = dates(
      "WASHINGTON, 3 mar (EFE).— El Tesoro sancionó este martes a cuatro personas, un año "
      "después de la designación del 20 de febrero de 2025.");
  EXPECT_EQ(result.date, "2026-03-03");
}

TEST(DateExtractor, ThisTuesdayAfterADateWithItsOwnWeekday) {
  // 12 July 2025 is a Saturday; "este martes" is the 15th.
  EXPECT_EQ(dates("Sheinbaum respondió este martes a la carta que Trump difundió el sábado 12 de "
                  "julio de 2025.")
                .date,
            "2025-07-15");
  // A date without its own weekday stays: the call "este domingo", the
  // post the day after.
  EXPECT_EQ(dates("De la Fuente dialogó este domingo con Rubio.\n— Claudia Sheinbaum "
                  "(@Claudiashein) January 12, 2026")
                .date,
            "2026-01-12");
}

TEST(DateExtractor, FutureDatesAreNotThePublicationDate) {
  DateExtraction result = dates(
      "La llamada se realizó el 15 de enero de 2026. La próxima reunión está prevista para el 23 "
      "de enero de 2026.");
  EXPECT_EQ(result.date, "2026-01-15");
  EXPECT_EQ(result.mentioned, (List{"2026-01-15", "2026-01-23"}));
}

TEST(DateExtractor, ThisWeekdaysDateIsTheReportedDay) {
  // The World Cup's opening is later, and not said to be in the future.
  DateExtraction result = dates(
      "García Harfuch negó este jueves 22 de enero de 2026 que haya agentes. Sobre el Mundial, "
      "que arranca el 11 de junio en la Ciudad de México, adelantó que habrá un centro de mando.");
  EXPECT_EQ(result.date, "2026-01-22");
  EXPECT_EQ(result.mentioned, (List{"2026-01-22", "2026-06-11"}));
}

TEST(DateExtractor, YesterdaysDateMakesTheArticleTheDayAfter) {
  DateExtraction result =
      dates("El día de ayer, 20 de enero de 2026, el Gabinete de Seguridad envió a 37 personas.");
  EXPECT_EQ(result.date, "2026-01-21");
  EXPECT_EQ(result.mentioned, (List{"2026-01-20"}));
}

TEST(DateExtractor, BackgroundDatesAreNotThePublicationDate) {
  DateExtraction result = dates(
      "Rubio fue confirmado el 20 de enero de 2025 y el 1 de octubre de 2024 asumió De la Fuente. "
      "Ambos conversaron el 15 de enero de 2026.");
  EXPECT_EQ(result.date, "2026-01-15");
}

TEST(DateExtractor, TheMostMentionedRecentDateWins) {
  DateExtraction result = dates(
      "El 15 de enero de 2026 hubo una llamada. La llamada del 15 de enero de 2026 siguió a otra "
      "del 13 de enero de 2026.");
  EXPECT_EQ(result.date, "2026-01-15");
}

TEST(DateExtractor, AYearOfHistoryDoesNotDateTheArticle) {
  DateExtraction result = dates(
      "La empresa anunció este miércoles 15 de octubre una nueva planta. La compañía, fundada "
      "en 1964, emplea a 1.150 personas.");
  EXPECT_NE(result.date.substr(0, 4), "1964");
  EXPECT_EQ(result.date.substr(5), "10-15");
}

TEST(DateExtractor, AWeekdayFarFromABackgroundYearTakesARecentYear) {
  // 9 March was a Monday in 2026 (and 2020, 2015...), not around 2000.
  DateExtraction result = dates(
      "Llegó a Houston en 2000. Este lunes 9 de marzo, Ávila cruzó a pie la garita de El "
      "Chaparral.");
  EXPECT_EQ(result.date.substr(5), "03-09");
  EXPECT_GE(result.date.substr(0, 4), "2020");
}

TEST(DateExtractor, ADatelineAfterASubtitlesDateAndWithADash) {
  DateExtraction result = dates(
      "Economistas coinciden en que el 1 de julio no será el final de nada\n\nCiudad de México - "
      "30 jun 2026\n\nLa revisión del tratado empieza mañana.");
  EXPECT_EQ(result.date, "2026-06-30");
}

TEST(DateExtractor, DayMonthAndYearWithoutDe) {
  EXPECT_EQ(dates("Ciudad de México (27 enero 2026).- El secretario viajará.").date, "2026-01-27");
  EXPECT_EQ(
      dates("Ciudad de México - 23 ene 2026 - 13:45 CST\n\nEn 2025 se aseguraron armas.").date,
      "2026-01-23");
}

TEST(DateExtractor, APeriodRunningFromAMonthDatesTheDaysAfterIt) {
  EXPECT_EQ(dates("La audiencia del 10 de diciembre duró cuatro horas. Desde enero de 2025, sus "
                  "agentes han participado en más operativos.")
                .date,
            "2025-12-10");
  EXPECT_EQ(dates("La audiencia del 10 de diciembre duró cuatro horas. En enero de 2025 hubo "
                  "operativos.")
                .date,
            "2024-12-10");
}

TEST(DateExtractor, NoDateMeansNone) {
  DateExtraction result = dates("El presidente habló ayer del tema.");
  EXPECT_EQ(result.date, "");
  EXPECT_EQ(result.source, "none");
}

}  // namespace
}  // namespace hemeroteca
