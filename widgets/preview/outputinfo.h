#pragma once

#include <schema/outputentry.h>

#include <QWidget>

class QFormLayout;
class QLabel;
class QToolButton;

namespace spool {

/// Under every preview: what the probe says of the output (codecs, size, duration, bit rate,
/// file size, format), and Open Containing Folder, Open With Default Application and Copy Path.
class OutputInfo : public QWidget
{
    Q_OBJECT

public:
    explicit OutputInfo(QWidget *parent = nullptr);

    void setEntry(const OutputEntry &entry);
    QString path() const { return m_path; }
    /// The probe as shown: label, value pairs in order.
    QList<std::pair<QString, QString>> facts() const { return m_facts; }

    QToolButton *folderButton() const { return m_folder; }
    QToolButton *openButton() const { return m_open; }
    QToolButton *copyButton() const { return m_copy; }

    void copyPath();
    /// The desktop's file manager on the output's folder; false when it could not be asked.
    bool openContainingFolder();
    bool openWithDefaultApplication();

Q_SIGNALS:
    void messageRaised(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();

    OutputEntry m_entry;
    QString m_path;
    QList<std::pair<QString, QString>> m_facts;
    QLabel *m_summary;
    QToolButton *m_folder;
    QToolButton *m_open;
    QToolButton *m_copy;
};

} // namespace spool
