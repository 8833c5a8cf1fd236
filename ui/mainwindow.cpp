#include "ui/mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace Quayside::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Quayside"));
    setCentralWidget(new QLabel(tr("Dashboard"), this));
    statusBar()->showMessage(tr("Starting…"));
}

} // namespace Quayside::Ui
