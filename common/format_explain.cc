#include "common/format_explain.h"

#include "common/json_writer.h"

namespace hemeroteca {
namespace {

void write_evidence(JsonWriter& json, const std::vector<Evidence>& items) {
  json.begin_array();
  for (const Evidence& item : items)
    json.begin_object().member("name", item.item).member("evidence", item.why).end_object();
  json.end_array();
}

}  // namespace

std::string explain_json(const AnalyzedArticle& analyzed) {
  const Article& a = analyzed.article;
  const Extraction& x = analyzed.extraction;
  JsonWriter json;
  json.begin_object()
      .member("version", 1)
      .member("id", a.id)
      .member("path", a.path)
      .member("title", a.title);
  json.key("date").text_or_null(a.date);
  json.member("date_source", a.date_source).member("date_evidence", x.dates.evidence);
  json.key("mentioned_dates").strings(a.mentioned_dates);
  json.key("date_mentions").begin_array();
  for (const DateMention& m : x.dates.mentions)
    json.begin_object()
        .member("date", m.date.iso())
        .member("phrase", analyzed.body.span(m.first, m.last))
        .member("year_given", m.year_given)
        .member("future", m.future)
        .end_object();
  json.end_array();
  json.member("transcript", x.transcript);
  json.key("speakers");
  write_evidence(json, x.speakers);
  json.key("actors");
  write_evidence(json, x.actors);
  json.key("topics").begin_array();
  for (const TopicScore& topic : x.topics) {
    json.begin_object()
        .member("name", topic.name)
        .member("score", topic.score)
        .member("assigned", topic.assigned);
    json.key("terms").begin_object();
    for (const auto& [term, count] : topic.evidence) json.member(term, count);
    json.end_object().end_object();
  }
  json.end_array().end_object();
  return json.take();
}

void write_explain_text(const AnalyzedArticle& analyzed, std::ostream& out) {
  const Article& a = analyzed.article;
  const Extraction& x = analyzed.extraction;
  out << a.path << "\n  título: " << a.title << "\n";
  out << "  fecha: " << (a.date.empty() ? "—" : a.date) << " (" << a.date_source << ")";
  if (!x.dates.evidence.empty()) out << "\n    porque: " << x.dates.evidence;
  out << "\n  fechas mencionadas:";
  for (const DateMention& m : x.dates.mentions)
    out << "\n    " << m.date.iso() << "  «" << analyzed.body.span(m.first, m.last) << "»"
        << (m.future ? "  (futura)" : "");
  if (x.dates.mentions.empty()) out << " —";
  out << "\n  declarantes:" << (x.speakers.empty() ? " —" : "");
  if (x.transcript) out << " (transcripción: etiquetas de turno y citados por nombre)";
  for (const Evidence& e : x.speakers) out << "\n    " << e.item << "\n      «" << e.why << "»";
  out << "\n  actores:" << (x.actors.empty() ? " —" : "");
  for (const Evidence& e : x.actors) out << "\n    " << e.item << "  («" << e.why << "»)";
  out << "\n  temas:";
  if (x.topics.empty()) out << " —";
  for (const TopicScore& topic : x.topics) {
    out << "\n    " << (topic.assigned ? "[x] " : "[ ] ") << topic.name << "  (" << topic.score
        << "): ";
    for (std::size_t i = 0; i < topic.evidence.size(); ++i)
      out << (i ? ", " : "") << topic.evidence[i].first << " ×" << topic.evidence[i].second;
  }
  out << "\n";
}

}  // namespace hemeroteca
