#include "jsonpreview.h"

#include <json/jsonhighlighter.h>

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTreeWidget>

namespace spool {

using namespace Qt::Literals::StringLiterals;

JsonPreview::JsonPreview(QWidget *parent)
    : QTabWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_text(new QPlainTextEdit(this))
{
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_text->setFont(mono);
    new JsonHighlighter(m_text->document());
    addTab(m_tree, QString());
    addTab(m_text, QString());
    retranslate();
}

void JsonPreview::retranslate()
{
    setTabText(0, tr("Tree"));
    setTabText(1, tr("Text"));
    m_tree->setHeaderLabels({tr("Key"), tr("Value")});
}

void JsonPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void JsonPreview::addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, key);
    const QPalette colours = palette();
    const bool dark = colours.color(QPalette::Base).lightness() < 128;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        item->setText(1, tr("{%n key(s)}", nullptr, int(object.size())));
        item->setForeground(1, colours.color(QPalette::PlaceholderText));
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, tr("[%n item(s)]", nullptr, int(array.size())));
        item->setForeground(1, colours.color(QPalette::PlaceholderText));
        for (qsizetype i = 0; i < array.size(); ++i)
            addValue(item, u"[%1]"_s.arg(i), array.at(i));
    } else if (value.isString()) {
        item->setText(1, u"\"%1\""_s.arg(value.toString()));
        item->setForeground(1, dark ? QColor(0x9c, 0xdc, 0x8c) : QColor(0x1a, 0x7f, 0x37));
    } else if (value.isDouble()) {
        item->setText(1, QString::number(value.toDouble(), 'g', 15));
        item->setForeground(1, dark ? QColor(0x8c, 0xc4, 0xff) : QColor(0x0b, 0x5c, 0xad));
    } else {
        item->setText(1, value.isBool() ? (value.toBool() ? u"true"_s : u"false"_s) : u"null"_s);
        item->setForeground(1, dark ? QColor(0xff, 0xa8, 0x70) : QColor(0xa3, 0x40, 0x00));
    }
    item->setToolTip(1, item->text(1));
}

void JsonPreview::setJson(const QByteArray &bytes)
{
    m_tree->clear();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        m_error = tr("Not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString());
        m_text->setPlainText(m_error + u"\n\n"_s + QString::fromUtf8(bytes));
        setCurrentWidget(m_text);
        return;
    }
    m_error.clear();
    if (document.isObject()) {
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(nullptr, it.key(), it.value());
    } else {
        const QJsonArray array = document.array();
        for (qsizetype i = 0; i < array.size(); ++i)
            addValue(nullptr, u"[%1]"_s.arg(i), array.at(i));
    }
    // Open one level: the top keys and what they hold.
    m_tree->expandToDepth(0);
    m_text->setPlainText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

} // namespace spool
