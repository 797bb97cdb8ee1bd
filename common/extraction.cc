#include "common/extraction.h"

#include <algorithm>

#include "common/speaker_extractor.h"
#include "common/transcript.h"

namespace hemeroteca {

Extraction Extractor::extract(const Article& article, const AnalyzedText& body,
                              const AnalyzedText& title) {
  const ExtractionData& data = *data_;
  std::string header_date = article.date_source == "header" ? article.date : std::string();
  Extraction out;
  out.dates = extract_dates(body, header_date, data);
  const std::string& reference = out.dates.date;

  ActorExtraction actors = extract_actors(body, data, reference);
  std::vector<std::string> people;
  for (const ArticleActor& actor : actors.actors)
    if (actor.kind == "person") people.push_back(actor.name);
  TranscriptSpeakers transcript = transcript_speakers(body.text, data, reference, people);
  out.transcript = transcript.is_transcript;
  if (transcript.is_transcript) {
    // The turns are the statements: their labels name the speakers.
    for (const TranscriptTurnLabel& label : transcript.labels)
      if (!label.speaker.empty() &&
          std::none_of(out.speakers.begin(), out.speakers.end(),
                       [&](const Evidence& e) { return e.item == label.speaker; }))
        out.speakers.push_back({label.speaker, label.label + ":"});
  } else {
    SpeakerExtraction speakers = extract_speakers(body, actors, data);
    for (std::size_t actor : speakers.speakers) {
      auto first = std::find_if(speakers.attributions.begin(), speakers.attributions.end(),
                                [&](const Attribution& a) { return a.actor == actor; });
      out.speakers.push_back({actors.actors[actor].name, first->evidence});
    }
  }
  for (const ArticleActor* actor : actors.ranked())
    out.actors.push_back({actor->name, actor->evidence});
  // A speaker is an actor too (a transcript's labelled people, the author
  // of a post).
  for (const Evidence& speaker : out.speakers)
    if (std::none_of(out.actors.begin(), out.actors.end(),
                     [&](const Evidence& e) { return e.item == speaker.item; }))
      out.actors.push_back(speaker);
  out.topics = score_topics(body, title, data);
  return out;
}

void Extractor::apply(const Extraction& extraction, Article& article) {
  if (article.date_source != "header") {
    article.date = extraction.dates.date;
    article.date_source = extraction.dates.source;
  }
  article.mentioned_dates = extraction.dates.mentioned;
  article.actors.clear();
  for (const Evidence& actor : extraction.actors) article.actors.push_back(actor.item);
  article.speakers.clear();
  for (const Evidence& speaker : extraction.speakers) article.speakers.push_back(speaker.item);
  article.topics.clear();
  for (const TopicScore& topic : extraction.topics)
    if (topic.assigned) article.topics.push_back(topic.name);
}

}  // namespace hemeroteca
