#pragma once

#include <QStyledItemDelegate>

namespace spool {

/// Draws an integer 0–100 as the style's progress bar with its percent.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace spool
