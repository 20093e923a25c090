#include "summaryview.h"

#include "timecode.h"

#include <QJsonArray>
#include <QUrl>

namespace spool {

using namespace Qt::Literals::StringLiterals;

SummaryView::SummaryView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"seek")
            Q_EMIT seekRequested(url.path().toLongLong());
    });
}

void SummaryView::setResult(const QJsonObject &result)
{
    QString html;
    const QString title = result.value(u"title").toString();
    if (!title.isEmpty())
        html += u"<h2>%1</h2>"_s.arg(title.toHtmlEscaped());
    const QString description = result.value(u"description").toString();
    if (!description.isEmpty())
        html += u"<p>%1</p>"_s.arg(description.toHtmlEscaped());
    const QJsonArray tags = result.value(u"tags").toArray();
    if (!tags.isEmpty()) {
        QStringList chips;
        for (const QJsonValue &tag : tags)
            chips.append(
                u"<span style=\"background-color:palette(alternate-base)\">&nbsp;#%1&nbsp;</span>"_s
                    .arg(tag.toString().toHtmlEscaped()));
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Tags:"), chips.join(u' '));
    }
    const QJsonArray languages = result.value(u"languages").toArray();
    if (!languages.isEmpty()) {
        QStringList names;
        for (const QJsonValue &language : languages)
            names.append(language.toString().toHtmlEscaped());
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Languages:"), names.join(u", "_s));
    }
    m_sections = 0;
    const QJsonArray sections = result.value(u"timeline").toArray();
    if (!sections.isEmpty()) {
        html += u"<h3>%1</h3><table cellspacing=\"4\">"_s.arg(
            result.value(u"kind").toString() == u"outline" ? tr("Outline") : tr("Sections"));
        for (const QJsonValue &value : sections) {
            const QJsonObject section = value.toObject();
            const qint64 start = qRound64(section.value(u"start").toDouble() * 1000);
            const qint64 end = qRound64(section.value(u"end").toDouble() * 1000);
            html += u"<tr><td><a href=\"seek:%1\">%2</a></td><td>– %3</td><td>%4</td></tr>"_s
                        .arg(start)
                        .arg(TimeCode::format(start), TimeCode::format(end))
                        .arg(section.value(u"title").toString().toHtmlEscaped());
            ++m_sections;
        }
        html += u"</table>"_s;
    }
    if (html.isEmpty())
        html = u"<p><i>%1</i></p>"_s.arg(tr("This result is empty."));
    setHtml(html);
}

} // namespace spool
