#include "mainwindow.h"

#include "accounts/account.h"

#include <QLabel>
#include <QStatusBar>

MainWindow::MainWindow(const Profile &profile, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Outbound"));
    const int accounts = int(AccountStore(profile.accountsFile()).accounts().size());
    auto *label = new QLabel(
        tr("<h2>Outbound</h2>"
           "<p>The SMTP engine and the command-line tool are ready: try <code>outboundctl send "
           "--help</code>, "
           "<code>outboundctl probe --help</code> and <code>outboundctl account --help</code>.</p>"
           "<p>Not here yet: the outbox view, the compose window, the live transcript pane and the "
           "account "
           "dialog. They come with the desktop application.</p>"
           "<p>Profile: %1<br>Accounts: %2</p>")
            .arg(profile.path().toHtmlEscaped())
            .arg(accounts),
        this);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setMargin(24);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setCentralWidget(label);
    statusBar()->showMessage(tr("Profile: %1").arg(profile.path()));
    resize(640, 360);
}
