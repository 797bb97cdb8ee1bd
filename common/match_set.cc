#include "common/match_set.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "common/schema.h"

namespace hemeroteca {
namespace {

// Children of an OR beyond this are merged into one sorted list up front:
// stepping every child at each document would cost more.
constexpr std::size_t kMaxSteppedChildren = 32;

// A stream of matching docids.
class Cursor {
 public:
  virtual ~Cursor() = default;
  // The first match >= `target`, or 0 when none is left. Targets never
  // decrease from one call to the next.
  virtual Xapian::docid next(Xapian::docid target) = 0;
  // An upper bound of the matches: an AND steps its rarest child first.
  virtual Xapian::doccount bound() const = 0;
};

class EmptyCursor : public Cursor {
 public:
  Xapian::docid next(Xapian::docid) override { return 0; }
  Xapian::doccount bound() const override { return 0; }
};

// A term's posting list ("" lists every document).
class TermCursor : public Cursor {
 public:
  TermCursor(const Xapian::Database& db, const std::string& term)
      : it_(db.postlist_begin(term)),
        end_(db.postlist_end(term)),
        bound_(term.empty() ? db.get_doccount() : db.get_termfreq(term)) {}

  Xapian::docid next(Xapian::docid target) override {
    if (it_ == end_) return 0;
    if (*it_ < target) {
      it_.skip_to(target);
      if (it_ == end_) return 0;
    }
    return *it_;
  }
  Xapian::doccount bound() const override { return bound_; }

 private:
  Xapian::PostingIterator it_, end_;
  Xapian::doccount bound_;
};

class ListCursor : public Cursor {
 public:
  explicit ListCursor(std::vector<Xapian::docid> docids) : docids_(std::move(docids)) {}

  Xapian::docid next(Xapian::docid target) override {
    // Gallop: targets usually move a little at a time.
    std::size_t step = 1, from = at_;
    while (from + step < docids_.size() && docids_[from + step] < target) {
      from += step;
      step *= 2;
    }
    auto end = docids_.begin() + static_cast<long>(std::min(docids_.size(), from + step + 1));
    at_ = static_cast<std::size_t>(
        std::lower_bound(docids_.begin() + static_cast<long>(at_), end, target) - docids_.begin());
    return at_ < docids_.size() ? docids_[at_] : 0;
  }
  Xapian::doccount bound() const override { return static_cast<Xapian::doccount>(docids_.size()); }

 private:
  std::vector<Xapian::docid> docids_;
  std::size_t at_ = 0;
};

// Inclusive range of dates; 0 for an open end.
struct DateRangeCheck {
  DateKey from = 0, to = 0;
  bool accepts(DateKey date) const {
    return date != 0 && (from == 0 || date >= from) && (to == 0 || date <= to);
  }
};

class AndCursor : public Cursor {
 public:
  AndCursor(std::vector<std::unique_ptr<Cursor>> children, std::vector<DateRangeCheck> dates,
            FacetColumns& columns)
      : children_(std::move(children)), dates_(std::move(dates)), columns_(columns) {
    std::sort(children_.begin(), children_.end(),
              [](const auto& a, const auto& b) { return a->bound() < b->bound(); });
  }

  Xapian::docid next(Xapian::docid target) override {
    for (Xapian::docid candidate = target;;) {
      candidate = children_[0]->next(candidate);
      if (candidate == 0) return 0;
      bool agreed = true;
      for (std::size_t i = 1; i < children_.size() && agreed; ++i) {
        Xapian::docid other = children_[i]->next(candidate);
        if (other == 0) return 0;
        if (other != candidate) {
          candidate = other;
          agreed = false;
        }
      }
      if (!agreed) continue;
      if (in_dates(candidate)) return candidate;
      ++candidate;
    }
  }
  Xapian::doccount bound() const override { return children_[0]->bound(); }

 private:
  bool in_dates(Xapian::docid docid) {
    if (dates_.empty()) return true;
    DateKey date = columns_.date(docid);
    return std::all_of(dates_.begin(), dates_.end(),
                       [&](const DateRangeCheck& range) { return range.accepts(date); });
  }

  std::vector<std::unique_ptr<Cursor>> children_;
  std::vector<DateRangeCheck> dates_;
  FacetColumns& columns_;
};

class OrCursor : public Cursor {
 public:
  explicit OrCursor(std::vector<std::unique_ptr<Cursor>> children)
      : children_(std::move(children)), current_(children_.size(), 0) {
    for (const auto& child : children_) bound_ += child->bound();
  }

  Xapian::docid next(Xapian::docid target) override {
    Xapian::docid best = 0;
    for (std::size_t i = 0; i < children_.size(); ++i) {
      if (!children_[i]) continue;
      if (current_[i] < target) {
        current_[i] = children_[i]->next(target);
        if (current_[i] == 0) {
          children_[i].reset();  // exhausted
          continue;
        }
      }
      if (best == 0 || current_[i] < best) best = current_[i];
    }
    return best;
  }
  Xapian::doccount bound() const override { return bound_; }

 private:
  std::vector<std::unique_ptr<Cursor>> children_;
  std::vector<Xapian::docid> current_;
  Xapian::doccount bound_ = 0;
};

class AndNotCursor : public Cursor {
 public:
  AndNotCursor(std::unique_ptr<Cursor> positive, std::unique_ptr<Cursor> negative)
      : positive_(std::move(positive)), negative_(std::move(negative)) {}

  Xapian::docid next(Xapian::docid target) override {
    for (Xapian::docid candidate = positive_->next(target); candidate != 0;
         candidate = positive_->next(candidate + 1))
      if (negative_->next(candidate) != candidate) return candidate;
    return 0;
  }
  Xapian::doccount bound() const override { return positive_->bound(); }

 private:
  std::unique_ptr<Cursor> positive_, negative_;
};

std::vector<Xapian::docid> drain(Cursor& cursor) {
  std::vector<Xapian::docid> docids;
  for (Xapian::docid d = cursor.next(1); d != 0; d = cursor.next(d + 1)) docids.push_back(d);
  return docids;
}

// The matches of `query` as Xapian's matcher finds them.
std::vector<Xapian::docid> xapian_matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  // As a filter on MatchAll: see unweighted() in query_parser.h.
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::MatchAll, query));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  // The MSet, not a MatchSpy: over several shards a spy's documents carry
  // their shard's own docids.
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  std::vector<Xapian::docid> docids;
  docids.reserve(mset.size());
  for (auto it = mset.begin(); it != mset.end(); ++it) docids.push_back(*it);
  std::sort(docids.begin(), docids.end());
  return docids;
}

std::optional<DateKey> parse_date_key(const std::string& text) {
  if (text.size() != 8 || !std::all_of(text.begin(), text.end(), ::isdigit)) return std::nullopt;
  return static_cast<DateKey>(std::stoul(text));
}

// The bounds of a value range on the date slot. Xapian 1.4 has no accessor
// for them; its description ("VALUE_RANGE 0 20260101 20260131") holds them,
// and our date bounds never contain spaces. Anything else: nullopt (and
// Xapian's matcher handles the range).
std::optional<DateRangeCheck> date_range(const Xapian::Query& query) {
  Xapian::Query::op op = query.get_type();
  if (op != Xapian::Query::OP_VALUE_RANGE && op != Xapian::Query::OP_VALUE_GE &&
      op != Xapian::Query::OP_VALUE_LE)
    return std::nullopt;
  std::string description = query.get_description();
  const std::string opening = "Query(";
  if (!description.starts_with(opening) || !description.ends_with(")")) return std::nullopt;
  std::istringstream words(description.substr(opening.size(), description.size() - 7));
  std::string name, slot, first, second, extra;
  words >> name >> slot >> first >> second >> extra;
  if (!extra.empty() || slot != std::to_string(schema::kDate.slot)) return std::nullopt;
  auto a = parse_date_key(first);
  if (!a) return std::nullopt;
  if (op == Xapian::Query::OP_VALUE_RANGE) {
    auto b = parse_date_key(second);
    if (!b) return std::nullopt;
    return DateRangeCheck{*a, *b};
  }
  if (!second.empty()) return std::nullopt;
  return op == Xapian::Query::OP_VALUE_GE ? DateRangeCheck{*a, 0} : DateRangeCheck{0, *a};
}

class Builder {
 public:
  Builder(const Xapian::Database& db, FacetColumns& columns) : db_(db), columns_(columns) {}

  std::unique_ptr<Cursor> build(const Xapian::Query& query) {
    switch (query.get_type()) {
      case Xapian::Query::LEAF_TERM: {
        std::string term = *query.get_terms_begin();
        if (!db_.term_exists(term)) return std::make_unique<EmptyCursor>();
        return std::make_unique<TermCursor>(db_, term);
      }
      case Xapian::Query::LEAF_MATCH_ALL:
        return std::make_unique<TermCursor>(db_, std::string());
      case Xapian::Query::LEAF_MATCH_NOTHING:
      case Xapian::Query::OP_INVALID:
        return std::make_unique<EmptyCursor>();
      case Xapian::Query::OP_SCALE_WEIGHT:
        return build(query.get_subquery(0));
      case Xapian::Query::OP_AND_MAYBE:  // the optional side only weighs
        return build(query.get_subquery(0));
      case Xapian::Query::OP_OR:
      case Xapian::Query::OP_SYNONYM:
        return any_of(query);
      // An AND with a phrase inside goes whole to Xapian, which checks the
      // phrase only where the other parts match.
      case Xapian::Query::OP_AND:
      case Xapian::Query::OP_FILTER:
        if (walks_alone(query)) return all_of(query);
        break;
      case Xapian::Query::OP_AND_NOT:
        if (walks_alone(query))
          return std::make_unique<AndNotCursor>(build(query.get_subquery(0)), negative(query));
        break;
      default:
        if (auto range = date_range(query)) {
          std::vector<std::unique_ptr<Cursor>> every;
          every.push_back(std::make_unique<TermCursor>(db_, std::string()));
          return std::make_unique<AndCursor>(std::move(every), std::vector{*range}, columns_);
        }
        break;
    }
    return std::make_unique<ListCursor>(xapian_matches(db_, query));
  }

 private:
  std::unique_ptr<Cursor> all_of(const Xapian::Query& query) {
    std::vector<std::unique_ptr<Cursor>> children;
    std::vector<DateRangeCheck> dates;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
      Xapian::Query child = query.get_subquery(i);
      if (auto range = date_range(child)) {
        dates.push_back(*range);
      } else {
        children.push_back(build(child));
        if (children.back()->bound() == 0) return std::make_unique<EmptyCursor>();
      }
    }
    if (children.empty()) children.push_back(std::make_unique<TermCursor>(db_, std::string()));
    if (children.size() == 1 && dates.empty()) return std::move(children.front());
    return std::make_unique<AndCursor>(std::move(children), std::move(dates), columns_);
  }

  std::unique_ptr<Cursor> any_of(const Xapian::Query& query) {
    std::vector<std::unique_ptr<Cursor>> children;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
      auto child = build(query.get_subquery(i));
      if (child->bound() > 0) children.push_back(std::move(child));
    }
    if (children.empty()) return std::make_unique<EmptyCursor>();
    if (children.size() == 1) return std::move(children.front());
    if (children.size() <= kMaxSteppedChildren)
      return std::make_unique<OrCursor>(std::move(children));
    std::vector<Xapian::docid> merged;
    for (auto& child : children) {
      std::vector<Xapian::docid> docids = drain(*child);
      merged.insert(merged.end(), docids.begin(), docids.end());
    }
    std::sort(merged.begin(), merged.end());
    merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
    return std::make_unique<ListCursor>(std::move(merged));
  }

  // Everything AND_NOT excludes: its subqueries after the first.
  std::unique_ptr<Cursor> negative(const Xapian::Query& query) {
    if (query.get_num_subqueries() == 2) return build(query.get_subquery(1));
    std::vector<std::unique_ptr<Cursor>> children;
    for (std::size_t i = 1; i < query.get_num_subqueries(); ++i)
      children.push_back(build(query.get_subquery(i)));
    return std::make_unique<OrCursor>(std::move(children));
  }

  const Xapian::Database& db_;
  FacetColumns& columns_;
};

}  // namespace

bool walks_alone(const Xapian::Query& query) {
  switch (query.get_type()) {
    case Xapian::Query::LEAF_TERM:
    case Xapian::Query::LEAF_MATCH_ALL:
    case Xapian::Query::LEAF_MATCH_NOTHING:
    case Xapian::Query::OP_INVALID:
      return true;
    case Xapian::Query::OP_SCALE_WEIGHT:
    case Xapian::Query::OP_AND_MAYBE:
      return walks_alone(query.get_subquery(0));
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_AND_NOT:
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        if (!walks_alone(query.get_subquery(i))) return false;
      return true;
    default:
      return date_range(query).has_value();
  }
}

std::vector<Xapian::docid> find_matches(const Xapian::Database& db, const Xapian::Query& query,
                                        FacetColumns& columns) {
  if (query.empty()) return {};
  std::unique_ptr<Cursor> cursor = Builder(db, columns).build(query);
  return drain(*cursor);
}

}  // namespace hemeroteca
