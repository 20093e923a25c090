#pragma once

#include <QLabel>
#include <QStringList>

namespace spool {

/// Small red text under a field listing what is wrong with it, one problem a line; hidden
/// while there is nothing to say. Its red is chosen against the palette's window colour, so it
/// stays readable on light and dark desktops and follows a palette change.
class ProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget *parent = nullptr);

    void setProblems(const QStringList &messages);
    QStringList problems() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();

    QStringList m_problems;
};

} // namespace spool
