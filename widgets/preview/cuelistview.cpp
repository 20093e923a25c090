#include "cuelistview.h"

#include "cuereader.h"
#include "timecode.h"

#include <QEvent>
#include <QHeaderView>

namespace spool {

CueListView::CueListView(QWidget *parent)
    : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(false);
    setWordWrap(true);
    setColumnCount(3);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const int index = indexOfTopLevelItem(item);
        if (index >= 0 && index < m_cues.size())
            Q_EMIT seekRequested(m_cues.at(index).startMs);
    });
    retranslate();
}

void CueListView::retranslate()
{
    setHeaderLabels({tr("Start"), tr("End"), tr("Text")});
}

void CueListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void CueListView::setCues(const QList<Cue> &cues)
{
    m_cues = cues;
    m_current = -1;
    clear();
    QList<QTreeWidgetItem *> items;
    for (const Cue &cue : cues) {
        auto *item = new QTreeWidgetItem({TimeCode::format(cue.startMs, TimeCode::Milliseconds),
                                          TimeCode::format(cue.endMs, TimeCode::Milliseconds),
                                          QString(cue.text).replace(u'\n', u' ')});
        items.append(item);
    }
    addTopLevelItems(items);
}

void CueListView::setPosition(qint64 ms)
{
    const int index = CueReader::cueAt(m_cues, ms);
    if (index == m_current)
        return;
    m_current = index;
    const QSignalBlocker blocker(this);
    if (index < 0) {
        clearSelection();
        return;
    }
    QTreeWidgetItem *item = topLevelItem(index);
    setCurrentItem(item);
    scrollToItem(item);
}

} // namespace spool
