#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeView;

namespace spool {

class RunComparisonModel;
struct Run;

/// *Compare Runs*: two runs of the history side by side, task by task, the differences
/// highlighted; *Only Differences* hides the tasks that agree.
class CompareRunsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareRunsDialog(QWidget *parent = nullptr);

    /// Compares `first` (A) with `second` (B).
    void setRuns(const Run &first, const Run &second);
    RunComparisonModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QCheckBox *onlyDifferencesBox() const { return m_onlyDifferences; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void retranslate();

    RunComparisonModel *m_model;
    QLabel *m_firstLabel;
    QLabel *m_secondLabel;
    QLabel *m_summary;
    QCheckBox *m_onlyDifferences;
    QTreeView *m_view;
};

} // namespace spool
