#include "common/format_explain.h"

namespace hemeroteca {
namespace {

nlohmann::ordered_json evidence_list(const std::vector<Evidence>& items) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Evidence& item : items) out.push_back({{"name", item.item}, {"evidence", item.why}});
  return out;
}

}  // namespace

nlohmann::ordered_json explain_json(const AnalyzedArticle& analyzed) {
  const Article& a = analyzed.article;
  const Extraction& x = analyzed.extraction;
  nlohmann::ordered_json topics = nlohmann::ordered_json::array();
  for (const TopicScore& topic : x.topics) {
    nlohmann::ordered_json terms = nlohmann::ordered_json::object();
    for (const auto& [term, count] : topic.evidence) terms[term] = count;
    topics.push_back({{"name", topic.name},
                      {"score", topic.score},
                      {"assigned", topic.assigned},
                      {"terms", terms}});
  }
  nlohmann::ordered_json mentions = nlohmann::ordered_json::array();
  for (const DateMention& m : x.dates.mentions)
    mentions.push_back({{"date", m.date.iso()},
                        {"phrase", std::string(analyzed.body.span(m.first, m.last))},
                        {"year_given", m.year_given},
                        {"future", m.future}});
  return {
      {"version", 1},
      {"id", a.id},
      {"path", a.path},
      {"title", a.title},
      {"date", a.date.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.date)},
      {"date_source", a.date_source},
      {"date_evidence", x.dates.evidence},
      {"mentioned_dates", a.mentioned_dates},
      {"date_mentions", mentions},
      {"transcript", x.transcript},
      {"speakers", evidence_list(x.speakers)},
      {"actors", evidence_list(x.actors)},
      {"topics", topics},
  };
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
  if (x.transcript) out << " (transcripción: etiquetas de turno)";
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
