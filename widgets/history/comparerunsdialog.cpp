#include "comparerunsdialog.h"

#include "runcomparisonmodel.h"

#include <common/statusstyle.h>

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

QString describe(const QString &side, const Run &run)
{
    QString text = u"<b>%1</b> %2 — %3"_s.arg(side.toHtmlEscaped(),
                                              run.id.toHtmlEscaped(),
                                              StatusStyle::name(run.lifecycle.status()));
    if (const std::optional<qint64> created = run.lifecycle.createdAt())
        text += u", "_s
                + QLocale().toString(QDateTime::fromSecsSinceEpoch(*created), QLocale::ShortFormat);
    return text;
}

} // namespace

CompareRunsDialog::CompareRunsDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new RunComparisonModel(this))
    , m_firstLabel(new QLabel)
    , m_secondLabel(new QLabel)
    , m_summary(new QLabel)
    , m_onlyDifferences(new QCheckBox)
    , m_view(new QTreeView)
{
    setObjectName(u"compareRunsDialog"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(RunComparisonModel::TaskColumn, 200);
    m_firstLabel->setTextFormat(Qt::RichText);
    m_secondLabel->setTextFormat(Qt::RichText);
    m_firstLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secondLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_firstLabel);
    layout->addWidget(m_secondLabel);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_onlyDifferences);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &CompareRunsDialog::applyFilter);
    resize(980, 480);
    retranslate();
}

void CompareRunsDialog::setRuns(const Run &first, const Run &second)
{
    m_model->setRuns(first, second);
    for (int column = RunComparisonModel::FirstStatusColumn;
         column < RunComparisonModel::ColumnCount;
         ++column)
        m_view->resizeColumnToContents(column);
    retranslate();
    applyFilter();
}

void CompareRunsDialog::applyFilter()
{
    const bool only = m_onlyDifferences->isChecked();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setRowHidden(row, {}, only && !m_model->rowDiffers(row));
}

void CompareRunsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CompareRunsDialog::retranslate()
{
    setWindowTitle(tr("Compare Runs"));
    m_onlyDifferences->setText(tr("Only &differences"));
    if (m_model->first().id.isEmpty())
        return;
    m_firstLabel->setText(describe(tr("A"), m_model->first()));
    m_secondLabel->setText(describe(tr("B"), m_model->second()));
    const int differing = m_model->differingRows();
    m_summary->setText(
        differing == 0
            ? tr("The runs agree on every task.")
            : tr("%1 of %n task(s) differ.", nullptr, m_model->rowCount()).arg(differing));
}

} // namespace spool
