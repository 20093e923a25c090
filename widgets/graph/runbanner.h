#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace spool {

/// The band across the top of the canvas while a run is live: it says the workflow cannot be
/// edited now and offers *Edit a Copy*. It places itself over its parent (the canvas's
/// viewport) and follows its size.
class RunBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RunBanner(QWidget *canvasViewport);

    void setMessage(const QString &message);
    QString message() const;
    QPushButton *editCopyButton() const { return m_button; }

Q_SIGNALS:
    void editCopyRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void place();
    void retranslate();

    QLabel *m_label;
    QPushButton *m_button;
};

} // namespace spool
