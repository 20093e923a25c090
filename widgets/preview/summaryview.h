#pragma once

#include <QJsonObject>
#include <QTextBrowser>

namespace spool {

/// A summary (title, description, tags, languages) or an outline (its timeline of sections)
/// laid out to read. An outline's section times are links that ask to seek there.
class SummaryView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SummaryView(QWidget *parent = nullptr);

    /// `result` is the summary or outline JSON (its `kind` says which).
    void setResult(const QJsonObject &result);
    int sectionCount() const { return m_sections; }

Q_SIGNALS:
    void seekRequested(qint64 ms);

private:
    int m_sections = 0;
};

} // namespace spool
