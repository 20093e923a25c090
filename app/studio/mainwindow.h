#pragma once

#include <QMainWindow>

namespace spool {

class GraphView;

/// The studio's main window. It only assembles the canvas, docks and actions; behaviour lives
/// in controllers.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(GraphView *canvas, QWidget *parent = nullptr);

    /// Shows which run request is open and what the validator says of it.
    void showRequestStatus(const QString &fileName, int taskCount, int problemCount);
    void showLoadError(const QString &fileName, const QString &message);

private:
    void createActions();

    GraphView *m_canvas;
};

} // namespace spool
