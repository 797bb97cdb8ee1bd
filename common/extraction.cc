#include "common/extraction.h"

#include <algorithm>

#include "common/speaker_extractor.h"
#include "common/text_normalize.h"
#include "common/tokenizer.h"
#include "common/transcript.h"

namespace hemeroteca {
namespace {

void add_speaker(std::vector<Evidence>& speakers, const std::string& name,
                 const std::string& evidence) {
  if (std::none_of(speakers.begin(), speakers.end(),
                   [&](const Evidence& e) { return e.item == name; }))
    speakers.push_back({name, evidence});
}

std::vector<std::string> words_of(const std::string& name) {
  std::vector<std::string> words;
  for (const Token& token : tokenize(name))
    if (!token.overlay) words.push_back(fold_accents(token.form));
  return words;
}

// A part of a labelled speaker's name ("Zoé Robledo" of "ZOÉ ROBLEDO ABURTO").
bool part_of_label_speaker(const std::string& name, const std::vector<std::string>& labelled) {
  std::vector<std::string> words = words_of(name);
  return std::any_of(labelled.begin(), labelled.end(), [&](const std::string& speaker) {
    std::vector<std::string> whole = words_of(speaker);
    return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
      return std::find(whole.begin(), whole.end(), w) != whole.end();
    });
  });
}

// "él", "ella" a few words before `t`, in its sentence.
bool pronoun_before(const AnalyzedText& body, std::size_t t) {
  for (std::size_t k = t, n = 0; n < 3; ++n) {
    k = body.previous_word(k);
    if (k >= body.size() || body.sentence[k] != body.sentence[t]) return false;
    const std::string& form = body.tokens[k].form;
    if (form == "\xC3\xA9l" || form == "\xC3\x89l" || form == "ella" || form == "Ella")
      return true;  // él, Él
  }
  return false;
}

// In a transcript the labels name who speaks; what a speaker reports others
// said ("el senador Thomas Whitaker publicó ayer que ...") counts only when
// its author is named in that very sentence, by a verb, a source or a
// passive: spoken turns are too loose for descriptions and implied
// subjects.
bool reported_in_turn(const Attribution& attribution, const ActorExtraction& actors,
                      const AnalyzedText& body, const std::vector<std::string>& labelled) {
  if (attribution.how != "verb" && attribution.how != "source" && attribution.how != "passive")
    return false;
  const std::string& name = actors.actors[attribution.actor].name;
  if (part_of_label_speaker(name, labelled)) return false;
  std::uint32_t sentence = body.sentence[attribution.token];
  // "… el embajador Jamieson Greer. Él nos planteó que …": a pronoun
  // carries the name of the sentence before.
  if (sentence > 0 && pronoun_before(body, attribution.token)) --sentence;
  return std::any_of(actors.mentions.begin(), actors.mentions.end(), [&](const ActorMention& m) {
    return m.actor == attribution.actor &&
           (body.sentence[m.first] == sentence ||
            body.sentence[m.first] == body.sentence[attribution.token]) &&
           m.kind != MentionKind::kAnaphora && m.kind != MentionKind::kShort;
  });
}

}  // namespace

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
      if (!label.speaker.empty()) add_speaker(out.speakers, label.speaker, label.label + ":");
  }
  SpeakerExtraction speakers = extract_speakers(body, actors, data);
  for (const Attribution& attribution : speakers.attributions) {
    const std::string& name = actors.actors[attribution.actor].name;
    if (transcript.is_transcript &&
        !reported_in_turn(attribution, actors, body, transcript.speakers))
      continue;
    add_speaker(out.speakers, name, attribution.evidence);
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
