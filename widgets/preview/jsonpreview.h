#pragma once

#include <QTabWidget>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace spool {

/// Any JSON output: as a tree whose objects and arrays fold, values coloured by type, and as
/// pretty-printed text with the editor's JSON highlighting. Text that is not JSON is shown as
/// it is, with the parse error above it.
class JsonPreview : public QTabWidget
{
    Q_OBJECT

public:
    explicit JsonPreview(QWidget *parent = nullptr);

    void setJson(const QByteArray &bytes);
    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *text() const { return m_text; }
    QString parseError() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void addValue(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value);
    void retranslate();

    QTreeWidget *m_tree;
    QPlainTextEdit *m_text;
    QString m_error;
};

} // namespace spool
